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

function undefinedElements(root) {
  return [...root.querySelectorAll(':not(:defined)')].filter((el) => el.tagName.startsWith(PREFIX));
}

/** Defines every lis1 element of the page that is not defined yet, loading the one module they need. */
function load() {
  const tags = [...new Set(undefinedElements(document).map((el) => el.localName))].filter((tag) => !requested.has(tag));
  if (!tags.length) return;
  for (const tag of tags) requested.add(tag);
  const needed = [...new Set(tags.map((tag) => CALCULATION[tag]).filter(Boolean))];
  const entry = needed.length > 1 ? './full.js' : `./elements-${needed[0] ?? RULES_ONLY}.js`;
  // Only tags still undefined when the module is ready: an earlier load may have defined some meanwhile.
  import(entry).then(({ defineElements }) => defineElements(tags.filter((tag) => !customElements.get(tag))));
}

if (typeof IntersectionObserver === 'undefined') {
  load();
  new MutationObserver(load).observe(document.documentElement, { childList: true, subtree: true });
} else {
  const visible = new IntersectionObserver((entries) => {
    const seen = entries.filter((e) => e.isIntersecting);
    for (const e of seen) visible.unobserve(e.target);
    if (seen.length) load();
  });
  const watch = (root) => undefinedElements(root).forEach((el) => visible.observe(el));
  // Elements added later (single-page apps, late markup) are watched too.
  const added = new MutationObserver((records) => {
    for (const r of records) for (const n of r.addedNodes) {
      if (n.nodeType !== 1) continue;
      if (n.tagName.startsWith(PREFIX) && !customElements.get(n.localName)) visible.observe(n);
      watch(n);
    }
  });
  added.observe(document.documentElement, { childList: true, subtree: true });
  watch(document);
}
