// Side-effect entry: defines the lis1kit custom elements, loading the
// WebAssembly module only when the first <lis1-…> element on the page comes
// into view (or at once where IntersectionObserver is missing). Until then
// each element shows its own light-DOM fallback content. Loading this file
// twice warns and keeps the first definitions.
const PREFIX = 'LIS1-';
let loading = null;

function load() {
  loading ??= import('./full.js').then(({ defineElements }) => defineElements());
  return loading;
}

function undefinedElements(root) {
  return [...root.querySelectorAll(':not(:defined)')].filter((el) => el.tagName.startsWith(PREFIX));
}

if (typeof IntersectionObserver === 'undefined') {
  load();
} else {
  const visible = new IntersectionObserver((entries) => {
    if (entries.some((e) => e.isIntersecting)) {
      visible.disconnect();
      added.disconnect();
      load();
    }
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
