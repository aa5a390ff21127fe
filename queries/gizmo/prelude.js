// kg's additions to Gizmo, run once in every session before the first
// query. Function names start with __kg_ so that error positions point at
// the analyst's query rather than in here.

// Guard: Cayley's Gizmo panics, and so kills the whole process, when some
// arguments have the wrong type (g.V().out("<p>", null), iri(5)). Paths and
// g are wrapped in objects that check those arguments and throw a TypeError
// instead; everything else passes through unchanged. This protects analysts
// from mistakes; it is no sandbox for hostile scripts.
(function __kg_guard(global) {
	var RAW = "__kg_gizmo"; // the wrapped Go object; Go looks for this key
	var rawG = global.g;
	var quads = new WeakSet(); // values made by iri(), g.IRI() and friends

	function __kg_Path(raw) {
		this[RAW] = raw;
	}

	function __kg_isRawPath(x) {
		return x !== null && typeof x === "object" && !(x instanceof __kg_Path) &&
			typeof x.getLimit === "function" && typeof x.all === "function";
	}

	function __kg_wrap(x) {
		return __kg_isRawPath(x) ? new __kg_Path(x) : x;
	}

	function __kg_unwrap(x) {
		if (x instanceof __kg_Path) {
			return x[RAW];
		}
		if (Array.isArray(x)) {
			return Array.prototype.map.call(x, __kg_unwrap);
		}
		return x;
	}

	function __kg_describe(x) {
		if (x === null) {
			return "null";
		}
		if (Array.isArray(x)) {
			return "a list holding " + x.map(__kg_describe).join(", ");
		}
		if (typeof x === "object") {
			return "an object";
		}
		return typeof x === "string" ? JSON.stringify(x) : typeof x;
	}

	function __kg_isNode(x) {
		var t = typeof x;
		return t === "string" || t === "number" || t === "boolean" ||
			x instanceof Date || x instanceof __kg_Path || (x !== null && t === "object" && quads.has(x));
	}

	function __kg_checkVia(fn, v) {
		if (v === null || v === undefined) {
			return;
		}
		var items = Array.isArray(v) ? v : [v];
		for (var i = 0; i < items.length; i++) {
			if (!__kg_isNode(items[i])) {
				throw new TypeError(fn + ": expected a predicate such as \"<kg:leads>\", a path or a list of them, got " + __kg_describe(v));
			}
		}
	}

	function __kg_checkTags(fn, tags) {
		for (var i = 0; i < tags.length; i++) {
			var t = tags[i];
			var ok = typeof t === "string" || (t !== null && typeof t === "object" && quads.has(t)) ||
				Array.isArray(t) && t.every(function __kg_isString(s) { return typeof s === "string"; });
			if (!ok) {
				throw new TypeError(fn + ": tag names must be strings, got " + __kg_describe(t));
			}
		}
	}

	// Arguments checks by lower-cased method name.
	var checks = {
		out: function __kg_checkOut(fn, a) { __kg_checkVia(fn, a[0]); __kg_checkTags(fn, a.slice(1)); },
		followrecursive: function __kg_checkFollowRecursive(fn, a) {
			__kg_checkVia(fn, a[0]);
			__kg_checkTags(fn, a.slice(typeof a[1] === "number" ? 2 : 1));
		}
	};
	checks["in"] = checks.both = checks.labelcontext = checks.out;

	// runs counts the calls that send results, so that Go can tell a
	// query that found nothing from a script that asked for nothing.
	var runs = 0;
	var sends = { all: true, getlimit: true, emit: true };
	global.__kg_took = function __kg_took() {
		var n = runs;
		runs = 0;
		return n;
	};

	function __kg_method(name) {
		var check = checks[name.toLowerCase()];
		var send = sends[name.toLowerCase()] === true;
		return function __kg_call() {
			var args = Array.prototype.slice.call(arguments);
			if (check) {
				check(name, args);
			}
			if (send) {
				runs++;
			}
			var raw = this[RAW];
			if (raw === undefined) {
				throw new TypeError(name + " called on " + __kg_describe(this));
			}
			return __kg_wrap(raw[name].apply(raw, args.map(__kg_unwrap)));
		};
	}

	Object.keys(rawG.V()).forEach(function __kg_addPathMethod(name) {
		__kg_Path.prototype[name] = __kg_method(name);
	});

	function __kg_Graph() {
		this[RAW] = rawG;
	}
	Object.keys(rawG).forEach(function __kg_addGraphMethod(name) {
		var call = __kg_method(name);
		var makesValue = name === "IRI" || name === "Uri";
		__kg_Graph.prototype[name] = makesValue ? function __kg_iri() {
			var v = call.apply(this, arguments);
			if (v !== null && typeof v === "object") {
				quads.add(v);
			}
			return v;
		} : call;
	});
	global.g = global.graph = new __kg_Graph();

	["iri", "bnode", "raw", "str", "lang", "typed"].forEach(function __kg_guardValue(name) {
		var orig = global[name];
		global[name] = function __kg_value() {
			for (var i = 0; i < arguments.length; i++) {
				var a = arguments[i];
				if (typeof a !== "string" && !(a !== null && typeof a === "object" && quads.has(a))) {
					throw new TypeError(name + ": expected a string, got " + __kg_describe(a));
				}
			}
			var v = orig.apply(null, arguments);
			if (v !== null && typeof v === "object") {
				quads.add(v);
			}
			return v;
		};
	});
})(this);

// kg.entity and kg.entities: entities by name.
var kg = (function __kg_helpers() {
	var NAME = "<http://schema.org/name>";
	var ALT = "<http://schema.org/alternateName>";
	var PREDS = [NAME, ALT];

	// Filled in by Go: [prefix, namespace] pairs, longest namespace first.
	var PREFIXES = __KG_PREFIXES__;

	// What names are compared without: white space, punctuation, symbols,
	// and the modifier letters and combining marks of transliterations
	// (Quds / al-Quds, ʿAli / Ali, U.S. / US).
	var SEP = /[\s\u0000-\u002f\u003a-\u0040\u005b-\u0060\u007b-\u00bf\u02b0-\u036f\u2000-\u206f\u2e00-\u2e7f\u3000-\u303f\u060c\u061b\u061f\u066a-\u066d\u06d4\ufe10-\ufe6f\uff00-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff65]+/;
	// The same, for Gizmo's regex() (Go's RE2 syntax).
	var GOSEP = "(?:[^\\pL\\pN]|[\\p{Lm}\\pM])";

	function __kg_tokens(s) {
		return s.split(SEP).filter(function __kg_nonEmpty(t) { return t.length > 0; });
	}

	function __kg_quote(c) {
		return /[\\^$.|?*+()\[\]{}]/.test(c) ? "\\" + c : c;
	}

	// A Go regexp matching the characters of toks with anything ignorable
	// between them.
	function __kg_loose(toks) {
		return Array.from(toks.join("")).map(__kg_quote).join(GOSEP + "*");
	}

	// Names equal to the query, ignoring case and punctuation.
	function __kg_exact(toks) {
		return "(?i)^" + GOSEP + "*" + __kg_loose(toks) + GOSEP + "*$";
	}

	// Names holding the token as a whole word.
	function __kg_word(tok) {
		return "(?i)(?:^|" + GOSEP + ")" + __kg_loose([tok]) + "(?:$|" + GOSEP + ")";
	}

	// Entities with a name or alias matching every regexp in res, sorted by
	// IRI, each with the names that matched.
	function __kg_find(res) {
		var p = g.V().out(PREDS);
		for (var i = 0; i < res.length; i++) {
			p = p.filter(regex(res[i]));
		}
		var rows = p.tag("name").in(PREDS).tagArray();
		var byID = {};
		var out = [];
		for (var j = 0; j < rows.length; j++) {
			var r = rows[j];
			var e = byID[r.id];
			if (!e) {
				e = byID[r.id] = { id: r.id, names: [] };
				out.push(e);
			}
			if (e.names.indexOf(r.name) < 0) {
				e.names.push(r.name);
			}
		}
		out.sort(function __kg_byID(a, b) { return a.id < b.id ? -1 : a.id > b.id ? 1 : 0; });
		return out;
	}

	function __kg_candidates(fn, name) {
		if (typeof name !== "string") {
			throw new TypeError(fn + ": expected a name in quotes, got " + typeof name);
		}
		var toks = __kg_tokens(name);
		if (toks.length === 0) {
			throw new Error(fn + ": " + JSON.stringify(name) + " has no letters or digits");
		}
		var found = __kg_find([__kg_exact(toks)]);
		if (found.length === 0) {
			found = __kg_find(toks.map(__kg_word));
		}
		return found;
	}

	function __kg_short(iri) {
		var s = iri.replace(/^<|>$/g, "");
		for (var i = 0; i < PREFIXES.length; i++) {
			var ns = PREFIXES[i][1];
			if (s.indexOf(ns) === 0) {
				return "<" + PREFIXES[i][0] + ":" + s.slice(ns.length) + ">";
			}
		}
		return iri;
	}

	// kg.entity(name) returns the IRI of the one entity whose schema:name or
	// schema:alternateName equals name, ignoring case and punctuation, or
	// failing that contains all its words. It throws when there is none or
	// more than one.
	function __kg_entity(name) {
		var found = __kg_candidates("kg.entity", name);
		if (found.length === 1) {
			return found[0].id;
		}
		if (found.length === 0) {
			throw new Error("kg.entity: no entity is named " + JSON.stringify(name));
		}
		var shown = found.slice(0, 5).map(function __kg_describeEntity(e) {
			return __kg_short(e.id) + " (" + e.names.join(", ") + ")";
		});
		if (found.length > shown.length) {
			shown.push("...");
		}
		throw new Error("kg.entity: " + JSON.stringify(name) + " matches " + found.length +
			" entities: " + shown.join(", ") + "; give a fuller name, or use kg.entities");
	}

	// kg.entities(name) returns the IRIs of every entity kg.entity would
	// choose from, possibly none: g.V(...kg.entities("Hezbollah")).
	function __kg_entities(name) {
		return __kg_candidates("kg.entities", name).map(function __kg_id(e) { return e.id; });
	}

	return { entity: __kg_entity, entities: __kg_entities };
})();
