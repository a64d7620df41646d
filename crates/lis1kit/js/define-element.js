// A class extending HTMLElement cannot be written in Rust, so this thin
// class forwards each lifecycle callback to Rust hooks (src/elements/).
// Idempotent: defining a name twice warns and keeps the first definition.
// The form elements are form-associated: with a `name`, the value (the result as JSON)
// is submitted with the surrounding <form>; its validity follows the issues.
import { active, restoring } from './guard.js';

// Each element's hooks and its module's guard. A restored instance (guard.js) defines its elements again: the new
// hooks replace the old (the elements' state is in the DOM). The old are kept: freed, they would free new memory.
const defined = new Map();
const retired = [];

// The elements follow `lang` on an ancestor as well as their own (issue 26 item 9): one observer for the page, and
// the connected elements with their hooks (removed on disconnect, so nothing keeps a removed element).
const connected = new Map();
let langObserver = null;

function followLang(el, hook) {
  connected.set(el, hook);
  if (langObserver || typeof MutationObserver === 'undefined') return;
  langObserver = new MutationObserver((records) => {
    for (const [element, hook] of connected) {
      // Its own lang is observed by the element itself (attributeChangedCallback).
      if (element.hasAttribute('lang')) continue;
      if (records.some((r) => r.target !== element && r.target.contains?.(element))) hook('connected')(element);
    }
  });
  langObserver.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
}

export function defineElement(name, observedAttributes, hooks) {
  const entry = defined.get(name);
  if (entry && restoring && entry.guard === restoring) {
    retired.push(entry.hooks);
    entry.hooks = hooks;
    return true;
  }
  if (customElements.get(name)) {
    console.warn(`lis1kit: <${name}> is already defined; keeping the first definition.`);
    return false;
  }
  const own = { hooks, guard: active };
  defined.set(name, own);
  active?.tags.add(name);
  // The hook of the current instance (a new one first if the last call failed).
  const hook = (key) => {
    own.guard?.ready();
    return own.hooks[key];
  };
  class Lis1Element extends HTMLElement {
    static observedAttributes = observedAttributes;
    connectedCallback() {
      hook('connected')(this);
      followLang(this, hook);
    }
    disconnectedCallback() { connected.delete(this); }
    attributeChangedCallback(attribute, before, after) {
      if (!this.isConnected || before === after) return;
      if (own.hooks.attributeChanged) hook('attributeChanged')(this, attribute);
      else hook('connected')(this);
    }
  }
  // Only the form elements (those with input hooks) are form-associated and
  // have the input and form API; the display elements (rule sets, rules) have
  // none of it, as custom-elements.json says.
  class Lis1FormElement extends Lis1Element {
    static formAssociated = true;
    // `for`: the root node listened on for the named form's results.
    #root = null;
    // An `input` set on the element before it was defined (before defineElements() or before the lazy module
    // loaded) is an own property that hides the setter: taken over here, given to the form once it draws.
    #early;
    constructor() {
      super();
      if (Object.prototype.hasOwnProperty.call(this, 'input')) {
        this.#early = { value: this.input };
        delete this.input;
      }
      this.lis1Internals = this.attachInternals();
      // The form's listeners are JS closures over this element only, so a
      // removed element is garbage like any other (no Rust closure per element).
      const root = this.attachShadow({ mode: 'open' });
      root.addEventListener('submit', (event) => { hook('submit')(this, event); this.#saveState(); });
      root.addEventListener('click', (event) => { hook('click')(this, event); this.#saveState(); });
      root.addEventListener('input', () => { hook('edited')(this); this.#saveState(); });
      root.addEventListener('change', () => { hook('edited')(this); this.#saveState(); });
    }
    /**
     * The form's state for the browser's session history: what was typed, as the input's JSON, beside the value
     * (the result). Going back to the page without the back/forward cache gives it to formStateRestoreCallback, as
     * a native form keeps its fields (issue 26 item 9). Kept by the browser for that history entry only.
     */
    #saveState() {
      try {
        const input = hook('getInput')(this, this.#followed());
        if (!input || typeof input !== 'object') return;
        this.lis1State = JSON.stringify({ lis1Input: input });
        this.lis1Internals.setFormValue(this.lis1Value ?? null, this.lis1State);
      } catch {
        // A state that cannot be kept is not kept; the page works as before.
      }
    }
    formStateRestoreCallback(state, reason) {
      if (reason !== 'restore' || typeof state !== 'string') return;
      let kept;
      try {
        kept = JSON.parse(state)?.lis1Input;
      } catch {
        return;
      }
      if (!kept) return;
      try {
        this.input = kept;
      } catch (error) {
        console.error(`lis1kit <${this.localName}>: the input kept for this page could not be restored.`, error);
      }
    }
    connectedCallback() {
      super.connectedCallback();
      this.#listen();
      const early = this.#early;
      this.#early = undefined;
      if (early) {
        try {
          this.input = early.value;
        } catch (error) {
          // As a late set would have thrown it; the form keeps its own start.
          console.error(`lis1kit <${this.localName}>: the input set before the element was defined was refused.`, error);
        }
      }
    }
    // The listener sits on the document (or shadow root): removed with the element.
    disconnectedCallback() {
      super.disconnectedCallback();
      this.#unlisten();
    }
    attributeChangedCallback(attribute, before, after) {
      super.attributeChangedCallback(attribute, before, after);
      if (attribute === 'for' && this.isConnected && before !== after) this.#listen();
    }
    /**
     * The element named by `for` (same document or shadow root), or null. It
     * must have no `for` itself: no chain, so no loop (a for b, b for a).
     */
    #followed() {
      const id = this.getAttribute('for');
      const found = id ? this.getRootNode().getElementById?.(id) : null;
      return found && !found.hasAttribute('for') ? found : null;
    }
    // A result (detail) or issues (null) of the form named by `for`.
    #hear = (event) => {
      const source = event.target;
      if (source === this.#followed()) hook('follow')(this, source, event.type === 'lis1-result' ? event.detail : null);
    };
    #listen() {
      this.#unlisten();
      if (!this.hasAttribute('for')) return;
      this.#root = this.getRootNode();
      this.#root.addEventListener('lis1-result', this.#hear);
      this.#root.addEventListener('lis1-invalid', this.#hear);
      // Already answered before this element came: follow that answer now.
      const source = this.#followed();
      if (source?.value) this.#hear({ target: source, type: 'lis1-result', detail: JSON.parse(source.value) });
    }
    #unlisten() {
      this.#root?.removeEventListener('lis1-result', this.#hear);
      this.#root?.removeEventListener('lis1-invalid', this.#hear);
      this.#root = null;
    }
    formResetCallback() { hook('reset')?.(this); }
    // Inside <fieldset disabled> (or disabled itself): drawn again with every control disabled.
    formDisabledCallback() { if (this.isConnected) hook('connected')(this); }
    /** The calculation's input as currently filled in (a plain object). */
    get input() { return hook('getInput')(this, this.#followed()); }
    set input(value) { hook('setInput')(this, value, this.#followed()); this.#saveState(); }
    /** Calculates as the form's button does, without moving focus; true when a result is shown. */
    calculate() {
      const shown = hook('calculate')(this, this.#followed());
      this.#saveState();
      return shown;
    }
    /** The last result as JSON text, or null. */
    get value() { return this.lis1Value ?? null; }
    get form() { return this.lis1Internals.form; }
    get name() { return this.getAttribute('name'); }
    get validity() { return this.lis1Internals.validity; }
    get validationMessage() { return this.lis1Internals.validationMessage; }
    checkValidity() { return this.lis1Internals.checkValidity(); }
    reportValidity() { return this.lis1Internals.reportValidity(); }
  }
  customElements.define(name, hooks.getInput ? Lis1FormElement : Lis1Element);
  return true;
}

// Taken when the package loads, before a page can replace it.
const Lis1CustomEvent = globalThis.CustomEvent;

/**
 * Dispatches `type` on the element, bubbling and composed, with `detail`. The init is an object literal, whose
 * fields are defined, not assigned: no setter a page put on `Object.prototype` runs inside a call (issue 26 item 1;
 * web-sys's CustomEventInit assigned them).
 */
export function dispatchLis1Event(element, type, detail) {
  element.dispatchEvent(new Lis1CustomEvent(type, { bubbles: true, composed: true, detail }));
}

/** Sets the form value (JSON text or null) and the validity (a message = invalid). */
export function setFormState(element, value, message) {
  element.lis1Value = value;
  const internals = element.lis1Internals;
  if (!internals) return;
  // The state beside the value is the input kept for the session history (#saveState), never lost by a new value.
  internals.setFormValue(value, element.lis1State ?? null);
  // `:state(answered)`: a page can style (or, printed, leave out) an element without a result.
  try {
    if (value) internals.states.add('answered');
    else internals.states.delete('answered');
  } catch {
    // A browser without custom states (or only the old `--name` syntax): no state, nothing else lost.
  }
  if (message) internals.setValidity({ customError: true }, message);
  else internals.setValidity({});
}

// The rule table in one language (rules-<lang>.js, generated from the Rust rule table): imported where rules are
// shown — <lis1-rules>, a rule id's title in a result without `rules-href` — and by no other page, so the summaries
// in three languages weigh on no element's wasm. Each by a literal import(), so that bundlers emit all three.
const RULE_MODULES = {
  nb: () => import('./rules-nb.js'),
  nn: () => import('./rules-nn.js'),
  en: () => import('./rules-en.js'),
};

/** The rows `{ id, section, status, summary, source }` of the rule table in `lang` (a promise; loaded once). */
export function ruleRows(lang) {
  return (RULE_MODULES[lang] ?? RULE_MODULES.nb)().then((module) => module.RULES);
}
