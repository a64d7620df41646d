// A class extending HTMLElement cannot be written in Rust, so this thin
// class forwards each lifecycle callback to Rust hooks (src/elements/).
// Idempotent: defining a name twice warns and keeps the first definition.
// The form elements are form-associated: with a `name`, the value (the result as JSON)
// is submitted with the surrounding <form>; its validity follows the issues.

export function defineElement(name, observedAttributes, hooks) {
  if (customElements.get(name)) {
    console.warn(`lis1kit: <${name}> is already defined; keeping the first definition.`);
    return false;
  }
  class Lis1Element extends HTMLElement {
    static observedAttributes = observedAttributes;
    connectedCallback() { hooks.connected(this); }
    attributeChangedCallback(attribute, before, after) {
      if (!this.isConnected || before === after) return;
      if (hooks.attributeChanged) hooks.attributeChanged(this, attribute);
      else hooks.connected(this);
    }
  }
  // Only the form elements (those with input hooks) are form-associated and
  // have the input and form API; the display elements (rule sets, rules) have
  // none of it, as custom-elements.json says.
  class Lis1FormElement extends Lis1Element {
    static formAssociated = true;
    constructor() {
      super();
      this.lis1Internals = this.attachInternals();
      // The form's listeners are JS closures over this element only, so a
      // removed element is garbage like any other (no Rust closure per element).
      const root = this.attachShadow({ mode: 'open' });
      root.addEventListener('submit', (event) => hooks.submit(this, event));
      root.addEventListener('click', (event) => hooks.click(this, event));
      root.addEventListener('input', () => hooks.edited(this));
      root.addEventListener('change', () => hooks.edited(this));
    }
    formResetCallback() { hooks.reset?.(this); }
    // Inside <fieldset disabled> (or disabled itself): drawn again with every control disabled.
    formDisabledCallback() { if (this.isConnected) hooks.connected(this); }
    /** The calculation's input as currently filled in (a plain object). */
    get input() { return hooks.getInput(this); }
    set input(value) { hooks.setInput(this, value); }
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

/** Sets the form value (JSON text or null) and the validity (a message = invalid). */
export function setFormState(element, value, message) {
  element.lis1Value = value;
  const internals = element.lis1Internals;
  if (!internals) return;
  internals.setFormValue(value);
  if (message) internals.setValidity({ customError: true }, message);
  else internals.setValidity({});
}
