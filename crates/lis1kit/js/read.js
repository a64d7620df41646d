// Reading a caller's value without letting its exceptions into wasm.
//
// A getter or a Proxy trap in an input can throw. An exception that crosses
// a wasm frame skips Rust's destructors and leaves the wasm stack pointer
// where it was, and wasm-bindgen's `catch` imports keep a table slot per
// caught exception; so every read that can run the caller's code catches
// here, and wasm only ever sees a value (issue 16 item 3). Results go back
// as JSON text through `JSON.parse`, which defines properties instead of
// assigning them: a setter on `Object.prototype` is never run.

const UNREADABLE = Symbol('unreadable');
const { isArray } = Array;
const { keys } = Object;
const { parse, stringify } = JSON;
const { fromEntries } = Object;

/** `value[key]`, or a symbol (which no input field accepts) when reading throws. */
export function readKey(value, key) {
  try {
    return value[key];
  } catch {
    return UNREADABLE;
  }
}

/** `Array.isArray(value)`, false when it throws (a revoked Proxy). */
export function isList(value) {
  try {
    return isArray(value);
  } catch {
    return false;
  }
}

/** `Object.keys(value)`, or null when listing them throws. */
export function ownKeys(value) {
  try {
    return keys(value);
  } catch {
    return null;
  }
}

/** A result from its JSON text. */
export function fromJson(text) {
  return parse(text);
}

/**
 * The JSON text of `value` as JSON.stringify writes it, with every string, list and object cut one past `most`
 * (characters, rows, keys): a form's copy of an input that enters wasm is never larger than the input's limits allow
 * (issue 26 item 3). Cut objects are made by Object.fromEntries, which defines its keys: no page setter runs.
 * Throws what JSON.stringify throws (a getter, a cycle); the caller catches.
 */
export function cappedJson(value, most) {
  return stringify(value, (key, v) => {
    if (typeof v === 'string' || isArray(v)) return v.length > most ? v.slice(0, most + 1) : v;
    if (v !== null && typeof v === 'object') {
      const names = keys(v);
      if (names.length > most) return fromEntries(names.slice(0, most + 1).map((name) => [name, v[name]]));
    }
    return v;
  });
}
