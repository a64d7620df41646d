// Side-effect entry: defines the lis1kit custom elements, loading their
// WebAssembly module only when the first <lis1-…> element on the page comes
// into view (or at once where IntersectionObserver is missing). Until then
// each element shows its own light-DOM fallback content. Loading this file
// twice warns and keeps the first definitions.
//
// Which module: scripts/build.mjs builds one per calculation (elements-*.js),
// so that a page with one element loads only its calculation's code. A page
// whose elements need more than one calculation loads full.js, which has them
// all; an element of another calculation added later loads its own module.
// The rule elements (lis1-rule-sets, lis1-rules) are in every module.
const PREFIX = 'LIS1-';
const CALCULATION = {
  'lis1-remaining-service': 'service',
  'lis1-absence-check': 'service',
  'lis1-eligibility': 'eligibility',
  'lis1-cost-estimate': 'cost',
};
// For a page with only rule elements: the service module (as small as any).
const RULES_ONLY = 'service';

// Tags whose module is loading or loaded: an element added while a module loads asks only for what that module
// will not define.
const requested = new Set();

// Elements inside open shadow roots (a Lit or Stencil component's) are found
// too: every open shadow root met is observed like the document. Roots are
// held only by the MutationObserver, so a removed component is not kept.
const seenRoots = new WeakSet();

/** The undefined lis1 elements in `root` and in the open shadow roots inside it, however deep. */
function undefinedElements(root, found = []) {
  for (const el of root.querySelectorAll('*')) {
    if (el.tagName.startsWith(PREFIX) && !customElements.get(el.localName)) found.push(el);
    if (el.shadowRoot) undefinedElements(el.shadowRoot, found);
  }
  return found;
}

/** Defines every lis1 element of the page (and `extra`, from shadow roots) not defined yet, loading the one module they need. */
function load(extra = []) {
  const elements = [...undefinedElements(document), ...extra];
  const tags = [...new Set(elements.map((el) => el.localName))].filter((tag) => !requested.has(tag) && !customElements.get(tag));
  if (!tags.length) return;
  for (const tag of tags) requested.add(tag);
  const needed = [...new Set(tags.map((tag) => CALCULATION[tag]).filter(Boolean))];
  const entry = needed.length > 1 ? './full.js' : `./elements-${needed[0] ?? RULES_ONLY}.js`;
  // Only tags still undefined when the module is ready: an earlier load may have defined some meanwhile.
  import(entry).then(({ defineElements }) => defineElements(tags.filter((tag) => !customElements.get(tag))));
}

/** Calls `found` with the undefined lis1 elements added to the page, shadow roots included. */
function onAdded(found) {
  const added = new MutationObserver((records) => {
    const elements = [];
    for (const r of records) for (const n of r.addedNodes) {
      if (n.nodeType !== 1) continue;
      if (n.tagName.startsWith(PREFIX) && !customElements.get(n.localName)) elements.push(n);
      undefinedElements(n, elements);
      for (const host of [n, ...n.querySelectorAll('*')]) if (host.shadowRoot) observe(host.shadowRoot);
    }
    if (elements.length) found(elements);
  });
  const observe = (root) => {
    if (seenRoots.has(root)) return;
    seenRoots.add(root);
    added.observe(root, { childList: true, subtree: true });
    for (const host of root.querySelectorAll('*')) if (host.shadowRoot) observe(host.shadowRoot);
  };
  observe(document);
}

if (typeof IntersectionObserver === 'undefined') {
  load();
  onAdded(load);
} else {
  const visible = new IntersectionObserver((entries) => {
    const seen = entries.filter((e) => e.isIntersecting).map((e) => e.target);
    for (const el of seen) visible.unobserve(el);
    if (seen.length) load(seen);
  });
  const watch = (elements) => elements.forEach((el) => visible.observe(el));
  onAdded(watch);
  watch(undefinedElements(document));
}
