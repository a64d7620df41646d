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
// The rule elements (lis1-rule-sets, lis1-rules) are in every module. Which
// tag needs which calculation, and how each module is imported, is written by
// the build from the element table: scripts/build.mjs puts the map in place of
// this import (there is no element-modules.js in the package).
import { CALCULATION, MODULES, RULES_ONLY } from './element-modules.js';

const PREFIX = 'LIS1-';

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
  // An element with `for` follows an element of maybe another calculation: its module must know that one too
  // (issue 26 item 8), so both calculations count.
  const followed = elements.filter((el) => tags.includes(el.localName) && el.hasAttribute('for'))
    .map((el) => el.getRootNode().getElementById?.(el.getAttribute('for'))?.localName)
    .filter(Boolean);
  const needed = [...new Set([...tags, ...followed].map((tag) => CALCULATION[tag]).filter(Boolean))];
  const entry = needed.length > 1 ? 'full' : needed[0] ?? RULES_ONLY;
  // Only tags still undefined when the module is ready: an earlier load may have defined some meanwhile.
  const loading = MODULES[entry]().then(({ defineElements }) => defineElements(tags.filter((tag) => !customElements.get(tag))));
  // A load that fails (404, a CSP without 'wasm-unsafe-eval', offline) or hangs says so in each waiting element
  // instead of leaving "loading …" for good; the cause goes to the console.
  let timer;
  const late = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`the ${entry} module did not load within ${LOAD_TIMEOUT_MS / 1000} s`)), LOAD_TIMEOUT_MS);
  });
  Promise.race([loading, late]).then(() => clearTimeout(timer), (cause) => {
    clearTimeout(timer);
    console.error('lis1kit: the calculator could not be loaded.', cause);
    for (const tag of tags) if (!customElements.get(tag)) {
      requested.delete(tag);
      for (const el of [...undefinedElements(document), ...elements]) if (el.localName === tag) showLoadError(el);
    }
  });
}

// How long a module may take before the elements say it could not be loaded (a slow phone fetches a few hundred
// KB well within it).
const LOAD_TIMEOUT_MS = 10000;

// The one text this file shows: the wasm that holds every other text is what failed to load.
const LOAD_ERROR = {
  nb: 'Kalkulatoren kunne ikke lastes.',
  nn: 'Kalkulatoren kunne ikkje lastast.',
  en: 'The calculator could not be loaded.',
};

/** Replaces an undefined element's fallback content with the load error, in the element's language. */
function showLoadError(el) {
  if (el.querySelector(':scope > [data-lis1-load-error]')) return;
  const lang = (el.closest('[lang]')?.getAttribute('lang') ?? el.ownerDocument.documentElement.lang ?? '').toLowerCase().slice(0, 2);
  const p = el.ownerDocument.createElement('p');
  p.setAttribute('role', 'alert');
  p.setAttribute('data-lis1-load-error', '');
  p.textContent = LOAD_ERROR[lang] ?? LOAD_ERROR.nb;
  el.replaceChildren(p);
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
