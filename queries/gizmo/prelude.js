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

// kg.entity and kg.entities: entities by name. Both ask Go (__kg_resolve,
// __kg_candidates, set by the session), which resolves names as the CLI
// does: by name or alias, ignoring case, punctuation and titles, by
// spelling variant, or the nearest name when no other comes close.
var kg = (function __kg_helpers() {
	function __kg_checkName(fn, name) {
		if (typeof name !== "string") {
			throw new TypeError(fn + ": expected a name in quotes, got " + typeof name);
		}
	}

	// kg.entity(name) returns the IRI of the entity name means, as kg links
	// NAME would take it. It throws when there is none or more than one.
	function __kg_entity(name) {
		__kg_checkName("kg.entity", name);
		var r = __kg_resolve(name);
		if (r.error) {
			throw new Error("kg.entity: " + r.error);
		}
		return r.iri;
	}

	// kg.entities(name) returns the IRIs of every entity name could mean,
	// possibly none: g.V(...kg.entities("Mahdi")).
	function __kg_entities(name) {
		__kg_checkName("kg.entities", name);
		var found = __kg_candidates(name);
		var out = [];
		for (var i = 0; i < found.length; i++) {
			out.push(found[i]);
		}
		return out;
	}

	return { entity: __kg_entity, entities: __kg_entities };
})();
