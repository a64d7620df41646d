// www/konfigurator.html: choose an element, its preset attributes, the
// language and theme custom properties (all from the package's
// custom-elements.json) → a live preview and a snippet that loads the package
// from the employer's own site (the base address they give; issue 24 item 3),
// with the Subresource Integrity hash computed by scripts/build.mjs
// (lis1kit/embed.json), and a second snippet for the npm registry's CDN once the
// package is published; and, for sites that take no script, an iframe of the
// package's embed.html with the same choices in its address (issue 24 item 11).
// Nothing is stored.
import { t, el, lang, elementDeclarations } from './site.js';
import { TEXTS } from './texts.js';
// The one rule for a theme value, shared with the package's embed page.
import { themeValue } from './lis1kit/theme-value.js';
// The form presets' names, the kommune table and the next rounds, from the package itself.
import { formSpec, nextRounds } from './lis1kit/index.js';

/** Where the snippet loads the package from (the published npm package). */
export const CDN = 'https://cdn.jsdelivr.net';

const [manifest, embed] = await Promise.all(['./lis1kit/custom-elements.json', './lis1kit/embed.json']
  .map((url) => fetch(url).then((r) => {
    if (!r.ok) throw new Error(`${url}: ${r.status}`);
    return r.json();
  })));
const declarations = elementDeclarations(manifest);
const $ = (id) => document.getElementById(id);
const tagSelect = $('tag');
for (const d of declarations) tagSelect.append(el('option', `<${d.tagName}>`, { value: d.tagName }));
tagSelect.value = 'lis1-eligibility';

const declaration = () => declarations.find((d) => d.tagName === tagSelect.value);
// Not offered: the language has its own field; `name` and `for` concern the
// page around one element (a form, another element), not the element.
const presetAttributes = (d) => d.attributes.filter((a) => !['lang', 'name', 'for'].includes(a.name));

/** Today in the visitor's calendar (local date), `YYYY-MM-DD`. */
function today() {
  const now = new Date();
  const two = (n) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${two(now.getMonth() + 1)}-${two(now.getDate())}`;
}

/** A `YYYY-MM-DD` date in words in the page language (nynorsk's months are bokmål's; not every browser has nn data). */
const inWords = (date) => new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'nb', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' })
  .format(new Date(`${date}T00:00:00Z`));

/** The choice of the round field that shows the date field for another round. */
const OTHER = 'other';

/**
 * The `round` field: the next four rounds after today (computed by the package, B-2), or another date typed in a
 * date field shown on choosing «Annen dato» (an older round, one further ahead; the element checks it is a round).
 */
function roundControl(described) {
  const select = el('select', undefined, described);
  select.append(el('option', t('conf.unset'), { value: '' }),
    ...nextRounds({ after: today(), count: 4 }).map((r) => el('option', inWords(r), { value: r })),
    el('option', t('conf.round-other'), { value: OTHER }));
  const other = el('input', undefined, { id: `${described.id}-other`, type: 'date', 'aria-describedby': `${described.id}-help ${described.id}-error` });
  const otherLabel = el('label', t('conf.round-other-date'), { for: other.id });
  const otherWrap = el('div', undefined, { class: 'field', hidden: '' });
  otherWrap.append(otherLabel, other);
  select.addEventListener('change', () => { otherWrap.hidden = select.value !== OTHER; });
  return { input: select, extra: otherWrap };
}

/** An attribute's value as chosen: the round's other date when «Annen dato» is chosen. */
function attributeValue(a) {
  const input = $(`attr-${a.name}`);
  if (a.name === 'round' && input.value === OTHER) return $('attr-round-other').value.trim();
  return input.value.trim();
}

/** The names of a type like `'a' | 'b'`, or null for any other type. */
function names(type) {
  const parts = (type ?? '').split(' | ');
  return parts.every((p) => /^'[^']*'$/.test(p)) ? parts.map((p) => p.slice(1, -1)) : null;
}

/** The form spec of an element (by its `input` type: ServiceInput → service), or null. */
function spec(d) {
  const type = d.members?.find((m) => m.name === 'input')?.type?.text;
  return type ? formSpec(type.replace(/Input$/, '').toLowerCase(), { lang }) : null;
}

/** Every kommune of the package's table: [number, "number name"]. */
const KOMMUNER = formSpec('cost', { lang: 'nb' }).sections.flatMap((s) => s.fields)
  .find((f) => f.key === 'kommune').control.options.map((o) => [o.value, o.label]);

/** A kommune typed by number or by name ("Bodø") → its number, or the text as typed. */
function kommuneNumber(text) {
  const typed = text.trim().toLowerCase();
  const found = KOMMUNER.find(([number, label]) => number === typed || label.toLowerCase() === typed
    || label.slice(5).toLowerCase() === typed);
  return found ? found[0] : text.trim();
}

/** The default colour a custom property's description names ("(default #005b9a)"), or null. */
const defaultColour = (description) => description.match(/default (#[0-9a-f]{6})\b/i)?.[1]?.toLowerCase() ?? null;

/** Help in plain words: the manifest's descriptions without code marks. */
const plain = (text) => (text ?? '').replaceAll('`', '');

/** An attribute's words for the people who set it, from the manifest's extension fields, in the page language. */
const words = (a) => ({
  label: a['x-lis1kit-label']?.[lang] ?? a.name,
  help: a['x-lis1kit-help']?.[lang] ?? plain(a.description),
  choice: (value) => a['x-lis1kit-choices']?.[value]?.[lang] ?? value,
});

/**
 * A field for an attribute or custom property: a list for a type that is a
 * union of names (presets by their names, other names in words where the
 * manifest has them), Ja / Nei / Ikke oppgitt for a yes/no fact, the next
 * rounds for `round`, a date field for a date, a colour picker for a colour,
 * a text field with the kommune names for `kommune`, else a text field.
 * Attributes are labelled and helped in the page language from the package's
 * manifest (`x-lis1kit-label`, `x-lis1kit-help`), their names shown beside as
 * the snippet writes them; custom properties by their names and descriptions.
 */
function field(id, { name, type, description, label, help, choice = (v) => v }, d) {
  const wrap = el('div', undefined, { class: 'field' });
  const choices = names(type);
  const described = { id, 'aria-describedby': `${id}-help ${id}-error` };
  let input;
  let extra = null;
  if (name === 'round') {
    ({ input, extra } = roundControl(described));
  } else if (type === 'boolean') {
    // A yes/no fact (the element reads ja/nei): the employer says yes, no, or nothing.
    input = el('select', undefined, described);
    input.append(el('option', t('conf.not-given'), { value: '' }), el('option', t('conf.yes'), { value: 'ja' }),
      el('option', t('conf.no'), { value: 'nei' }));
  } else if (choices) {
    input = el('select', undefined, described);
    const presets = name === 'preset' ? spec(d)?.presets ?? [] : [];
    const text = (c) => presets.find((p) => p.id === c)?.label ?? choice(c);
    input.append(el('option', t('conf.unset'), { value: '' }), ...choices.map((c) => el('option', text(c), { value: c })));
  } else if (defaultColour(description ?? '')) {
    input = el('input', undefined, { ...described, type: 'color', value: defaultColour(description) });
    input.dataset.default = defaultColour(description);
  } else if (/YYYY-MM-DD/.test(description ?? '')) {
    input = el('input', undefined, { ...described, type: 'date' });
  } else if (name === 'kommune') {
    input = el('input', undefined, { ...described, type: 'text', autocomplete: 'off', list: 'kommuner' });
  } else {
    input = el('input', undefined, { ...described, type: 'text', autocomplete: 'off' });
  }
  const labelEl = el('label', undefined, { for: id });
  if (label && label !== name) labelEl.append(label, ' ', el('code', name, { class: 'attr-name' }));
  else labelEl.append(el('code', name));
  const error = el('p', undefined, { id: `${id}-error`, class: 'error', 'aria-live': 'polite' });
  // Help from the manifest's texts is in the page language; a description (custom properties) is English.
  const helpAttrs = { id: `${id}-help`, class: 'help', ...(label ? {} : { lang: 'en' }) };
  wrap.append(labelEl, input, el('p', help ?? plain(description), helpAttrs), error);
  if (extra) wrap.append(extra);
  return wrap;
}

function drawFields() {
  const d = declaration();
  $('attributes').replaceChildren(...presetAttributes(d).map((a) => field(`attr-${a.name}`,
    { name: a.name, type: a.type?.text, description: a.description, ...words(a) }, d)));
  $('theme').replaceChildren(...d.cssProperties.map((p) => field(`css-${p.name.slice(2)}`,
    { name: p.name, description: p.description }, d)));
}

// The kommune names offered while typing.
const kommuner = el('datalist', undefined, { id: 'kommuner' });
kommuner.append(...KOMMUNER.map(([number, label]) => el('option', label, { value: number })));
document.body.append(kommuner);

/**
 * A custom property value as the CSS snippet and the iframe's address may hold it, or null with the field's
 * message: only a safe theme value (the package's theme-value.js, the rule the embed page applies too: colours,
 * lengths, font names; nothing that could end its declaration or fetch a file) is written.
 */
function cssValue(input) {
  const value = input.value.trim();
  const safe = themeValue(value);
  const bad = value !== '' && safe === null;
  $(`${input.id}-error`).textContent = bad ? t('conf.css-refused') : '';
  if (!safe) return null;
  if (input.dataset.default && safe.toLowerCase() === input.dataset.default) return null;
  return safe;
}

/** The chosen configuration: attributes (in manifest order) and theme. */
function chosen() {
  const d = declaration();
  const attributes = [['lang', $('lang').value]];
  for (const a of presetAttributes(d)) {
    // The form's examples are the demo's: a job posting (the applicant view) never starts filled with one.
    if (a.name === 'preset' && applicantView()) continue;
    const typed = attributeValue(a);
    const value = a.name === 'kommune' ? kommuneNumber(typed) : typed;
    if (value) attributes.push([a.name, value]);
  }
  const theme = d.cssProperties.map((p) => [p.name, cssValue($(`css-${p.name.slice(2)}`))]).filter(([, v]) => v);
  return { tag: d.tagName, attributes, theme };
}

const quote = (v) => v.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;');

/**
 * The folder the employer serves the package from, as the snippet writes it (ending in `/`), and the CSP source
 * for it ('self' for a path on their own site, the origin for a full address); null with the field's message for
 * anything else (another scheme, quotes or markup).
 */
function base() {
  const typed = $('base').value.trim() || '/lis1kit/';
  const folder = typed.endsWith('/') ? typed : `${typed}/`;
  let source = null;
  if (/^\/(?!\/)[^"'<>\s\\]*$/.test(folder)) source = "'self'";
  else if (/^https?:\/\/[^"'<>\s\\/]+\/[^"'<>\s\\]*$/.test(folder)) source = URL.canParse(folder) ? new URL(folder).origin : null;
  $('base-error').textContent = source ? '' : t('conf.base-refused');
  return source ? { folder, source } : null;
}

/** The script tag and the element, loading the package's entry from `folder`. */
function markup({ tag, attributes }, folder) {
  const attrs = attributes.map(([k, v]) => ` ${k}="${quote(v)}"`).join('');
  return `<script type="module" src="${quote(folder)}${embed.entry}"\n  integrity="${embed.integrity}" crossorigin="anonymous"></script>\n`
    + `<${tag}${attrs}>\n  <p>${quote(t('conf.fallback'))}</p>\n</${tag}>`;
}

/**
 * The iframe's least height in the snippet, per element (px): its empty form at 700 px width, rounded up (measured:
 * eligibility for applicants 1872, cost 1700, service and absence 1705, rule sets 415), so that without the host's
 * resize lines the form shows whole and only an answer scrolls inside; the full rules table (6175) scrolls.
 */
const IFRAME_HEIGHT = {
  'lis1-eligibility': 1900, 'lis1-cost-estimate': 1750, 'lis1-remaining-service': 1750, 'lis1-absence-check': 1750,
  'lis1-rule-sets': 450,
};
const IFRAME_HEIGHT_OTHER = 800;

/**
 * The iframe of the package's embed page, with the element, its attributes and theme in the address (the language
 * as `lang`), titled in the snippet's language.
 */
function iframeMarkup({ tag, attributes, theme }, folder) {
  const snippetLang = attributes.find(([k]) => k === 'lang')?.[1] ?? lang;
  const src = `${folder}embed.html?${new URLSearchParams([['element', tag], ...attributes, ...theme])}`;
  const height = IFRAME_HEIGHT[tag] ?? IFRAME_HEIGHT_OTHER;
  return `<iframe data-lis1kit src="${quote(src)}"\n  title="${quote(TEXTS['conf.iframe-title'][snippetLang])}" loading="lazy"`
    + `\n  style="width:100%;min-height:${height}px;border:0"></iframe>`;
}

/**
 * The host page's optional lines: the height the embed page posts (and nothing else) sets its iframe's height. Only
 * a message from one of the page's lis1kit iframes is taken.
 */
const RESIZE = `<script>
addEventListener('message', (event) => {
  if (event.data?.type !== 'lis1kit:height' || !Number.isFinite(event.data.height)) return;
  for (const frame of document.querySelectorAll('iframe[data-lis1kit]')) {
    if (event.source !== frame.contentWindow) continue;
    frame.style.minHeight = '0';
    frame.style.height = \`\${Math.ceil(event.data.height)}px\`;
  }
});
</script>`;

function snippets(config) {
  const { tag, theme } = config;
  const own = base() ?? { folder: '/lis1kit/', source: "'self'" };
  const html = markup(config, own.folder);
  const iframe = iframeMarkup(config, own.folder);
  const cdn = markup(config, `${CDN}/npm/${embed.name}@${embed.version}/`);
  const css = theme.length ? `${tag} {\n${theme.map(([k, v]) => `  ${k}: ${v};`).join('\n')}\n}` : t('conf.no-theme');
  // The entry imports the elements' module of the element's calculation, which fetches its .wasm (connect-src)
  // and compiles it ('wasm-unsafe-eval'); styles are constructable sheets.
  const csp = `script-src ${own.source} 'wasm-unsafe-eval'; connect-src ${own.source}`;
  return { html, css, csp, cdn, iframe };
}

/** Whether the element is drawn for applicants (`view="applicant"`, a job posting). */
const applicantView = () => $('attr-view')?.value === 'applicant';

/** The `preset` field is not offered for a job posting (its examples are the demo's); what was chosen is kept. */
function drawPresetField() {
  const preset = $('attr-preset');
  if (preset) preset.closest('.field').hidden = applicantView();
}

/**
 * The employer's yes/no facts (boolean attributes) left unset while the element is drawn for applicants
 * (`view="applicant"`): the applicant then cannot see that the position meets its requirements, so the answer may be
 * wrong for the posting (issue 24 item 2). Empty when the view is not the applicant's.
 */
function missingFacts() {
  const d = declaration();
  if (!applicantView()) return [];
  return presetAttributes(d).filter((a) => a.type?.text === 'boolean' && !$(`attr-${a.name}`).value).map((a) => a.name);
}

/** The snippets that draw the element (the script's and the iframe's): copying one without the facts warns first. */
const FACT_SNIPPETS = ['snippet-html', 'snippet-iframe'];

/** The warning beside the snippet, and the copy buttons' state: a first click on one only warns. */
function drawWarning() {
  const missing = missingFacts();
  const warning = $('facts-warning');
  warning.replaceChildren();
  warning.hidden = missing.length === 0;
  if (missing.length) {
    const attributes = declaration().attributes;
    const named = (name) => [words(attributes.find((a) => a.name === name)).label, ' (', el('code', name), ')'];
    warning.append(el('strong', t('conf.facts-missing')), ' ', ...missing.flatMap((name, i) => [i ? ', ' : '', ...named(name)]),
      '. ', t('conf.facts-why'));
  }
  for (const button of document.querySelectorAll(FACT_SNIPPETS.map((id) => `button.copy[data-copy="${id}"]`).join(', '))) {
    delete button.dataset.confirm;
    button.textContent = t('conf.copy');
  }
}

function update() {
  drawPresetField();
  drawWarning();
  const config = chosen();
  const preview = el(config.tag);
  for (const [k, v] of config.attributes) preview.setAttribute(k, v);
  // CSSOM, allowed under style-src 'self' (no style attribute in markup).
  for (const [k, v] of config.theme) preview.style.setProperty(k, v);
  $('preview').replaceChildren(preview);
  const { html, css, csp, cdn, iframe } = snippets(config);
  $('snippet-html').textContent = html;
  $('snippet-css').textContent = css;
  $('snippet-csp').textContent = csp;
  $('snippet-cdn').textContent = cdn;
  $('snippet-iframe').textContent = iframe;
  $('snippet-iframe-resize').textContent = RESIZE;
}

tagSelect.addEventListener('change', () => { drawFields(); update(); });
$('config').addEventListener('input', (e) => { if (e.target !== tagSelect) update(); });
$('config').addEventListener('change', (e) => { if (e.target.tagName === 'SELECT' && e.target !== tagSelect) update(); });
$('config').addEventListener('submit', (e) => e.preventDefault());
for (const button of document.querySelectorAll('button.copy')) {
  button.addEventListener('click', async () => {
    // An applicant-view snippet without the employer's facts: the first click warns, the second copies.
    if (FACT_SNIPPETS.includes(button.dataset.copy) && missingFacts().length && !button.dataset.confirm) {
      button.dataset.confirm = 'true';
      button.textContent = t('conf.copy-anyway');
      $('copy-status').textContent = t('conf.facts-first');
      $('facts-warning').focus();
      return;
    }
    try {
      await navigator.clipboard.writeText($(button.dataset.copy).textContent);
      $('copy-status').textContent = t('conf.copied');
    } catch {
      $('copy-status').textContent = t('conf.copy-failed');
    }
  });
}
drawFields();
$('attr-specialty').value = 'allmennmedisin';
$('attr-kommune').value = '1804';
update();
document.documentElement.dataset.ready = 'true';
