// A class extending HTMLElement cannot be written in Rust, so this thin
// class forwards each lifecycle callback to Rust hooks (src/elements/).
// Idempotent: defining a name twice warns and keeps the first definition.

export function defineElement(name, observedAttributes, hooks) {
  if (customElements.get(name)) {
    console.warn(`lis1kit: <${name}> is already defined; keeping the first definition.`);
    return false;
  }
  class Lis1Element extends HTMLElement {
    static observedAttributes = observedAttributes;
    connectedCallback() { hooks.connected(this); }
    attributeChangedCallback() { if (this.isConnected) hooks.connected(this); }
  }
  customElements.define(name, Lis1Element);
  return true;
}
