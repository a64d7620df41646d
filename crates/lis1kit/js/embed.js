// The embed page's script (embed.html): for sites that take an iframe but no script (issue 24 item 11). It draws
// one lis1kit element from the page's address, `embed.html?element=<tag>&<attribute>=<value>&--lis1-<name>=<value>`:
//
// - `element`: one of the elements of custom-elements.json (embed-table.js, generated from it by
//   scripts/build.mjs, so no extra request); nothing is drawn for any other.
// - `lang` (nb, nn, en): the page's language, which the element follows.
// - the element's own attributes, checked against the element table: a name the table lists with a type that is a
//   list of names must be one of them; other values (yes/no facts, dates, kommune, the rules link) go to the
//   element, which reads and checks them itself and shows its own issues (a yes/no fact it cannot read, a date
//   that is no round). `for` and `name` concern a page around the element and are not taken.
// - the element's documented custom properties (`--lis1-*`): set on the element if the value is a safe theme
//   value (theme-value.js, the configurator's rule too).
//
// Whatever is not taken is named in a visible message in the page's language and in the console; the rest is
// drawn. The page's height goes to the frame's parent (`{ type: 'lis1kit:height', height }`), nothing else: no
// input, no result. Every request stays in this folder (the page's CSP says so).
import { ELEMENTS } from './embed-table.js';
import { themeValue } from './theme-value.js';
import './elements.js';

const LANGS = ['nb', 'nn', 'en'];
// Concern the page around an element (another element's id, the surrounding form): there is none in the frame.
const PAGE_ATTRIBUTES = ['for', 'name'];
// A value longer than this is no setting of an element (the longest real one, a rules page's address, is short).
const MAX_VALUE = 500;

// This file's texts (the wasm that holds the elements' texts may not have loaded).
const TEXTS = {
  heading: {
    nb: 'Noen innstillinger i adressen til denne kalkulatoren ble ikke brukt:',
    nn: 'Nokre innstillingar i adressa til denne kalkulatoren vart ikkje brukte:',
    en: 'Some settings in the address of this calculator were not used:',
  },
  noElement: {
    nb: (tags) => `Adressen sier ikke hvilken kalkulator som skal vises: element= må være ett av ${tags}.`,
    nn: (tags) => `Adressa seier ikkje kva kalkulator som skal visast: element= må vere eitt av ${tags}.`,
    en: (tags) => `The address does not say which calculator to show: element= must be one of ${tags}.`,
  },
  unknownElement: {
    nb: (value, tags) => `«${value}» er ingen lis1kit-kalkulator: element= må være ett av ${tags}.`,
    nn: (value, tags) => `«${value}» er ingen lis1kit-kalkulator: element= må vere eitt av ${tags}.`,
    en: (value, tags) => `“${value}” is no lis1kit calculator: element= must be one of ${tags}.`,
  },
  unknown: {
    nb: (name, tag) => `«${name}» er ingen innstilling for <${tag}>.`,
    nn: (name, tag) => `«${name}» er inga innstilling for <${tag}>.`,
    en: (name, tag) => `“${name}” is no setting of <${tag}>.`,
  },
  pageOnly: {
    nb: (name) => `«${name}» gjelder en side med flere elementer eller et skjema rundt, og virker ikke i en iframe.`,
    nn: (name) => `«${name}» gjeld ei side med fleire element eller eit skjema rundt, og verkar ikkje i ein iframe.`,
    en: (name) => `“${name}” concerns a page with other elements or a form around, and does not work in an iframe.`,
  },
  choice: {
    nb: (name, choices) => `Verdien for «${name}» er ikke gyldig: den må være en av ${choices}.`,
    nn: (name, choices) => `Verdien for «${name}» er ikkje gyldig: han må vere ein av ${choices}.`,
    en: (name, choices) => `The value of “${name}” is not valid: it must be one of ${choices}.`,
  },
  long: {
    nb: (name) => `Verdien for «${name}» er for lang (over ${MAX_VALUE} tegn).`,
    nn: (name) => `Verdien for «${name}» er for lang (over ${MAX_VALUE} teikn).`,
    en: (name) => `The value of “${name}” is too long (over ${MAX_VALUE} characters).`,
  },
  theme: {
    nb: (name) => `Verdien for «${name}» er ikke brukt: bare farger (#8a1538, rgb(), hsl()), lengder (6px, 1rem) og skriftnavn er tillatt, uten ; { } < > \\ eller url().`,
    nn: (name) => `Verdien for «${name}» er ikkje brukt: berre fargar (#8a1538, rgb(), hsl()), lengder (6px, 1rem) og skriftnamn er tillatne, utan ; { } < > \\ eller url().`,
    en: (name) => `The value of “${name}” is not used: only colours (#8a1538, rgb(), hsl()), lengths (6px, 1rem) and font names are allowed, without ; { } < > \\ or url().`,
  },
  twice: {
    nb: (name) => `«${name}» er gitt mer enn én gang; ingen av verdiene er brukt.`,
    nn: (name) => `«${name}» er gitt meir enn éin gong; ingen av verdiane er brukte.`,
    en: (name) => `“${name}” is given more than once; none of its values is used.`,
  },
  loading: { nb: 'Kalkulatoren lastes …', nn: 'Kalkulatoren blir lasta …', en: 'The calculator is loading …' },
};

/** A name or value from the address as a message shows it: short, on one line. */
const shown = (text) => {
  const line = text.replace(/\s+/g, ' ');
  return line.length > 40 ? `${line.slice(0, 40)}…` : line;
};

/** The choices of a list of names as a message writes them. */
const listed = (names) => names.join(', ');

/**
 * What the address asks for: the element to draw (or null), its attributes and custom properties to set, the
 * page's language, and the problems (each `[text key, ...arguments]`) with what is not taken.
 */
function read(search) {
  const params = new URLSearchParams(search);
  const problems = [];
  const counts = new Map();
  for (const [name] of params) counts.set(name, (counts.get(name) ?? 0) + 1);
  const once = (name) => {
    if (counts.get(name) > 1) {
      problems.push(['twice', shown(name)]);
      return null;
    }
    return params.get(name);
  };
  let lang = 'nb';
  const asked = counts.has('lang') ? once('lang') : null;
  if (asked !== null) {
    if (LANGS.includes(asked)) lang = asked;
    else problems.push(['choice', 'lang', listed(LANGS)]);
  }
  const tags = Object.keys(ELEMENTS);
  const tag = counts.has('element') ? once('element') : null;
  if (tag === null && !counts.has('element')) problems.push(['noElement', listed(tags)]);
  else if (tag !== null && !Object.hasOwn(ELEMENTS, tag)) problems.push(['unknownElement', shown(tag), listed(tags)]);
  if (tag === null || !Object.hasOwn(ELEMENTS, tag)) return { tag: null, lang, attributes: [], theme: [], problems };

  const table = ELEMENTS[tag];
  const types = new Map(table.attributes);
  const properties = new Set(table.cssProperties);
  const attributes = [];
  const theme = [];
  for (const name of counts.keys()) {
    if (name === 'element' || name === 'lang') continue;
    if (PAGE_ATTRIBUTES.includes(name)) {
      problems.push(['pageOnly', name]);
      continue;
    }
    if (!types.has(name) && !properties.has(name)) {
      problems.push(['unknown', shown(name), tag]);
      continue;
    }
    const value = once(name);
    if (value === null) continue;
    if (value.length > MAX_VALUE) {
      problems.push(['long', name]);
    } else if (properties.has(name)) {
      const safe = themeValue(value);
      if (safe === null) problems.push(['theme', name]);
      else theme.push([name, safe]);
    } else {
      const type = types.get(name);
      if (Array.isArray(type) && !type.includes(value)) problems.push(['choice', name, listed(type)]);
      else attributes.push([name, value]);
    }
  }
  return { tag, lang, attributes, theme, problems };
}

/** The message with what the address asked for but is not used, in the page's language; and each in the console. */
function problemsMessage(problems, lang) {
  const texts = problems.map(([key, ...args]) => TEXTS[key][lang](...args));
  for (const text of problems.map(([key, ...args]) => TEXTS[key].en(...args))) console.error(`lis1kit embed.html: ${text}`);
  const box = document.createElement('div');
  box.className = 'lis1-embed-problems';
  box.setAttribute('role', 'alert');
  const heading = document.createElement('p');
  heading.textContent = TEXTS.heading[lang];
  const list = document.createElement('ul');
  for (const text of texts) {
    const item = document.createElement('li');
    item.textContent = text;
    list.append(item);
  }
  box.append(heading, list);
  return box;
}

// The page's few styles, as a constructed sheet (the CSP allows no inline style).
const sheet = new CSSStyleSheet();
sheet.replaceSync(`html, body { margin: 0; }
body { padding: 4px; font-family: var(--lis1-font, system-ui, sans-serif); }
.lis1-embed-problems { border: 2px solid #b00020; border-radius: 6px; padding: 0 1rem; margin-bottom: 1rem; color: #1a1a1a; background: #fff; }`);
document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];

const { tag, lang, attributes, theme, problems } = read(location.search);
document.documentElement.lang = lang;
const main = document.getElementById('lis1-embed');
if (problems.length) main.append(problemsMessage(problems, lang));
if (tag) {
  const element = document.createElement(tag);
  for (const [name, value] of attributes) element.setAttribute(name, value);
  // CSSOM, which the CSP allows (no style attribute in markup).
  for (const [name, value] of theme) element.style.setProperty(name, value);
  const loading = document.createElement('p');
  loading.textContent = TEXTS.loading[lang];
  element.append(loading);
  main.append(element);
}

// The height, for a host that resizes the frame to it (README: "Embedding without a script"); nothing else is sent.
if (window.parent !== window) {
  let sent = 0;
  new ResizeObserver(() => {
    const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (height === sent) return;
    sent = height;
    window.parent.postMessage({ type: 'lis1kit:height', height }, '*');
  }).observe(document.documentElement);
}
