// Site glue shared by every page: the page language (?lang=nn or en, default nb)
// set on <html> (the lis1 elements follow it), the texts of elements marked
// data-t="key" from texts.js (the one place for nb, nn and en; the nb text in the
// HTML is only the fallback without scripts), links that keep the language,
// and the language switch. Nothing is stored.
import { TEXTS } from './texts.js';

export const LANGS = ['nb', 'nn', 'en'];
const asked = new URLSearchParams(location.search).get('lang');
export const lang = LANGS.includes(asked) ? asked : 'nb';

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

document.documentElement.lang = lang;
translate();
// Rule ids in the widgets' results link to the rules page in this language.
for (const w of document.querySelectorAll('[rules-href]')) w.setAttribute('rules-href', urlFor(lang, w.getAttribute('rules-href')));
for (const a of document.querySelectorAll('a[href]:not([data-lang-switch])')) {
  if (!a.getAttribute('href').startsWith('#')) a.href = urlFor(lang, a.href);
}
// The switch offers the two other languages, each named in itself (so lang= on it).
for (const a of document.querySelectorAll('a[data-lang-switch]')) {
  const links = LANGS.filter((other) => other !== lang).map((other, i) => {
    const link = i === 0 ? a : a.cloneNode();
    link.href = urlFor(other);
    link.lang = other;
    link.hreflang = other;
    link.textContent = TEXTS['site.lang-name'][other];
    return link;
  });
  a.after(...links.slice(1).flatMap((link) => [' · ', link]));
}
