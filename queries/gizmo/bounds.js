// Guards on the built-in functions that turn a small value into a large one
// in a single native call, where goja cannot interrupt them: without them
// "x".repeat(2e9) allocates 2 GB before the memory ceiling is next checked.
// Each guard throws a RangeError when the result could pass the query's
// memory ceiling (__kg_room(), in bytes; 0 for none) and otherwise calls the
// original. Run once per JavaScript environment, before the prelude.
(function __kg_bounds(room, global) {
	var UNIT = 2; // bytes per character of a string that is not ASCII
	var SLOT = 16; // bytes per array element

	function __kg_check(what, bytes) {
		var max = room();
		if (max > 0 && bytes > max) {
			throw new RangeError(what + " would need about " + Math.round(bytes / 1048576) +
				" MiB, past the query's memory ceiling of " + Math.round(max / 1048576) + " MiB");
		}
	}

	function __kg_guard(proto, name, size) {
		var orig = proto[name];
		Object.defineProperty(proto, name, {
			value: function __kg_guarded() {
				__kg_check(name, size(this, arguments));
				return orig.apply(this, arguments);
			},
			writable: true,
			configurable: true
		});
	}

	function __kg_len(x) {
		return x === undefined || x === null ? 0 : String(x).length;
	}

	__kg_guard(String.prototype, "repeat", function __kg_repeatSize(s, a) {
		return __kg_len(s) * Math.max(0, Math.floor(Number(a[0])) || 0) * UNIT;
	});
	function __kg_padSize(s, a) {
		return Math.max(__kg_len(s), Math.floor(Number(a[0])) || 0) * UNIT;
	}
	__kg_guard(String.prototype, "padStart", __kg_padSize);
	__kg_guard(String.prototype, "padEnd", __kg_padSize);
	__kg_guard(String.prototype, "concat", function __kg_concatSize(s, a) {
		var n = __kg_len(s);
		for (var i = 0; i < a.length; i++) {
			n += __kg_len(a[i]);
		}
		return n * UNIT;
	});
	__kg_guard(String.prototype, "split", function __kg_splitSize(s, a) {
		var sep = a[0] === undefined ? 0 : (typeof a[0] === "string" ? a[0].length : 1);
		return sep === 0 ? __kg_len(s) * SLOT * 2 : 0;
	});
	__kg_guard(Array.prototype, "join", function __kg_joinSize(arr, a) {
		var sep = a[0] === undefined ? 1 : __kg_len(a[0]);
		var len = arr.length >>> 0;
		var n = Math.max(0, len - 1) * sep;
		var max = room();
		for (var i = 0; i < len && (max === 0 || n <= max); i++) {
			n += __kg_len(arr[i]);
		}
		return n * UNIT;
	});
	function __kg_slots(arr) {
		return (arr.length >>> 0) * SLOT;
	}
	__kg_guard(Array.prototype, "fill", __kg_slots);
	__kg_guard(Array.prototype, "map", __kg_slots);
	__kg_guard(Array.prototype, "forEach", __kg_slots);
	__kg_guard(Array, "from", function __kg_fromSize(arr, a) {
		var src = a[0];
		var ok = typeof src === "string" || src !== null && typeof src === "object" && typeof src.length === "number";
		return ok ? src.length * SLOT : 0;
	});

	// Array buffers and typed arrays: their memory is zeroed lazily, and
	// a native fill would then touch all of it at once. The constructors
	// are replaced by guarded ones that share their prototypes, so
	// instanceof, subclasses and the static methods work as before.
	["ArrayBuffer", "SharedArrayBuffer", "Int8Array", "Uint8Array", "Uint8ClampedArray", "Int16Array",
		"Uint16Array", "Int32Array", "Uint32Array", "Float32Array", "Float64Array"].forEach(function __kg_guardBuffer(name) {
		var orig = global[name];
		if (typeof orig !== "function") {
			return;
		}
		var unit = orig.BYTES_PER_ELEMENT || 1;
		var guarded = function __kg_guardedBuffer(n) {
			var bytes = typeof n === "number" ? n * unit : (n !== null && typeof n === "object" && typeof n.length === "number" ? n.length * unit : 0);
			__kg_check("new " + name, bytes);
			return Reflect.construct(orig, arguments, new.target || guarded);
		};
		Object.setPrototypeOf(guarded, orig); // statics: from, of, BYTES_PER_ELEMENT
		guarded.prototype = orig.prototype;
		Object.defineProperty(orig.prototype, "constructor", { value: guarded, writable: true, configurable: true });
		global[name] = guarded;
	});
})(__kg_room, this);
