// Site glue shared by every page: the page language (?lang=nn or en, default nb)
// set on <html> (the lis1 elements follow it), the texts of elements marked
// data-t="key" from texts.js (the one place for nb, nn and en; the nb text in the
// HTML is only the fallback without scripts), links that keep the language,
// and the language switch. On a page with forms (<body data-lang-in-place>) the
// switch changes the language in place, so nothing typed is lost (issue 24
// item 7): the elements follow <html lang> and keep their input and answers.
// Nothing is stored.
import { TEXTS } from './texts.js';

export const LANGS = ['nb', 'nn', 'en'];
const asked = new URLSearchParams(location.search).get('lang');
/** The page language; changed in place by the switch on a page with forms (a live binding for the page scripts). */
export let lang = LANGS.includes(asked) ? asked : 'nb';

/** The page text `key` in the page language (a console error names a missing one). */
export function t(key) {
  const text = TEXTS[key]?.[lang];
  if (typeof text !== 'string') {
    console.error(`site: no ${lang} text for "${key}"`);
    return key;
  }
  return text;
}

/** Fills every [data-t] (text) and [data-t-label] (aria-label) under `root`. */
export function translate(root = document) {
  for (const el of root.querySelectorAll('[data-t]')) el.textContent = t(el.dataset.t);
  for (const el of root.querySelectorAll('[data-t-label]')) el.setAttribute('aria-label', t(el.dataset.tLabel));
}

/**
 * `href` (default: this page) in language `to`: nb is the default, so it has
 * no lang parameter; other origins and non-page files are left as they are.
 */
export function urlFor(to, href = location.href) {
  const url = new URL(href, location.href);
  if (url.origin !== location.origin || !(url.pathname.endsWith('.html') || url.pathname.endsWith('/'))) return url.href;
  if (to === 'nb') url.searchParams.delete('lang');
  else url.searchParams.set('lang', to);
  return url.href;
}

/** An element with text content (if given) and attributes: pages build their DOM with this, never from HTML strings. */
export function el(tag, text, attrs = {}) {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  return node;
}

/** The custom element declarations of a Custom Elements Manifest (the package's custom-elements.json). */
export const elementDeclarations = (manifest) => manifest.modules.flatMap((m) => m.declarations.filter((d) => d.customElement));

/** The generated links of the language switch (the first is the page's own <a data-lang-switch>). */
let switchNodes = [];

/** Sets the page language everywhere the site and the elements read it. */
function applyLang() {
  document.documentElement.lang = lang;
  translate();
  // Rule ids in the widgets' results link to the rules page in this language.
  for (const w of document.querySelectorAll('[rules-href]')) w.setAttribute('rules-href', urlFor(lang, w.getAttribute('rules-href')));
  for (const a of document.querySelectorAll('a[href]:not([data-lang-switch])')) {
    if (!a.getAttribute('href').startsWith('#')) a.href = urlFor(lang, a.href);
  }
  drawSwitch();
}

/** The switch offers the two other languages, each named in itself (so lang= on it). */
function drawSwitch() {
  for (const node of switchNodes) node.remove();
  switchNodes = [];
  for (const a of document.querySelectorAll('a[data-lang-switch]:not([data-lang-copy])')) {
    const links = LANGS.filter((other) => other !== lang).map((other, i) => {
      const link = i === 0 ? a : a.cloneNode();
      if (i > 0) link.setAttribute('data-lang-copy', '');
      link.href = urlFor(other);
      link.lang = other;
      link.hreflang = other;
      link.dataset.to = other;
      link.textContent = TEXTS['site.lang-name'][other];
      return link;
    });
    const added = links.slice(1).flatMap((link) => [document.createTextNode(' · '), link]);
    a.after(...added);
    switchNodes.push(...added);
  }
}

applyLang();

// On a page with forms, switching keeps the page: the address says the language (a reload or a shared link gives
// the same), the texts and the elements change in place.
if (document.body?.hasAttribute('data-lang-in-place')) {
  document.addEventListener('click', (event) => {
    const link = event.target instanceof Element ? event.target.closest('a[data-lang-switch]') : null;
    if (!link || !LANGS.includes(link.dataset.to) || event.defaultPrevented || event.button !== 0
      || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    lang = link.dataset.to;
    history.replaceState(history.state, '', urlFor(lang));
    applyLang();
    document.dispatchEvent(new CustomEvent('site-lang', { detail: { lang } }));
    // The clicked link may have been redrawn: focus stays on the switch.
    document.querySelector('a[data-lang-switch]')?.focus();
  });
}
