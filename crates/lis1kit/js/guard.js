// Every call into wasm passes here (scripts/build.mjs, guardGlue). A trap or an exception unwinding through wasm
// frames leaves the instance broken (shadow stack pointer moved); the call reports a Lis1Error of kind `internal`
// (validate: an issue) and the next call first gets a new instance from the compiled module (issue 26 item 1).
import { Lis1Error } from './lis1-error.js';

// Not in Rust: the instance holding the other texts is the one that failed.
const TEXTS = {
  __proto__: null,
  nb: 'Beregningen stoppet uventet. Prøv igjen; modulen er startet på nytt.',
  nn: 'Utrekninga stoppa uventa. Prøv igjen; modulen er starta på nytt.',
  en: 'The calculation stopped unexpectedly. Try again; the module has been restarted.',
};

function failed(name, args, cause) {
  // The language without running a getter: the input may be why the call failed.
  let lang = 'nb';
  for (const arg of args) {
    try {
      const own = Object.getOwnPropertyDescriptor(arg, 'lang')?.value;
      if (typeof own === 'string' && TEXTS[own]) lang = own;
    } catch {}
  }
  const issues = [{ code: 'internal', path: '', message: TEXTS[lang] }];
  if (name === 'validate') return { ok: false, issues };
  throw new Lis1Error(TEXTS[lang], 'internal', issues, { cause });
}

/** The module whose call runs (owner of an element defined now), and the one defining its elements again. */
export let active = null;
export let restoring = null;

/** A module's guard: `restore` makes a new instance (which calls `wrap`); `define` is its defineElements, if any. */
export function guarded(restore, define) {
  let depth = 0;
  let broken = false;
  let current;
  const guard = {
    tags: new Set(),
    /** A new instance if the last failed and none of its frames runs; its elements get new hooks. */
    ready() {
      if (!broken || depth) return;
      broken = false;
      try {
        restore();
      } catch (error) {
        broken = true;
        throw error;
      }
      if (!define || !guard.tags.size) return;
      restoring = guard;
      try {
        define([...guard.tags]);
      } finally {
        restoring = null;
      }
    },
    wrap(exports) {
      current = exports;
      const wrapped = Object.create(null);
      for (const [name, value] of Object.entries(exports)) {
        wrapped[name] = typeof value !== 'function' ? value : (...args) => {
          try {
            guard.ready();
          } catch (error) {
            return failed(name, args, error);
          }
          const outer = active;
          active = guard;
          depth++;
          try {
            return current[name](...args);
          } catch (error) {
            broken = true;
            return failed(name, args, error);
          } finally {
            depth--;
            active = outer;
          }
        };
      }
      return wrapped;
    },
  };
  return guard;
}
