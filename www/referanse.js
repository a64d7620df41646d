// www/referanse.html: the elements' reference drawn from the package's
// custom-elements.json, and the JS API examples (examples.js) with Run
// buttons. Built with textContent only (no HTML strings).
import { t, lang, el, elementDeclarations } from './site.js';
import { EXAMPLES } from './examples.js';

/** A table with a caption, column headings and rows (first cell heads the row). */
function table(caption, head, rows) {
  const wrap = el('div', undefined, { class: 'table-wrap' });
  const tableEl = el('table');
  tableEl.append(el('caption', caption));
  const tr = el('tr');
  for (const h of head) tr.append(el('th', h, { scope: 'col' }));
  const thead = el('thead');
  thead.append(tr);
  tableEl.append(thead);
  const body = el('tbody');
  for (const row of rows) {
    const r = el('tr');
    row.forEach((cell, i) => {
      const c = el(i === 0 ? 'th' : 'td', undefined, i === 0 ? { scope: 'row' } : {});
      if (cell && typeof cell === 'object') c.append(cell); else c.textContent = cell;
      r.append(c);
    });
    body.append(r);
  }
  tableEl.append(body);
  wrap.append(tableEl);
  return wrap;
}

const code = (text) => el('code', text);
// Descriptions are English in the manifest; marked so for screen readers.
const described = (text) => el('span', text ?? '', { lang: 'en' });

function group(parent, headingKey, tag, rows, head) {
  const caption = `${t(headingKey)}: <${tag}>`;
  parent.append(el('h4', t(headingKey)));
  if (rows.length === 0) parent.append(el('p', t('ref.none')));
  else parent.append(table(caption, head, rows));
}

function elementDocs(manifest) {
  const out = document.createDocumentFragment();
  const declarations = elementDeclarations(manifest);
  for (const d of declarations) {
    const section = el('section', undefined, { id: d.tagName, 'aria-labelledby': `${d.tagName}-heading`, class: 'element-doc' });
    const h = el('h3', undefined, { id: `${d.tagName}-heading` });
    h.append(code(`<${d.tagName}>`));
    section.append(h, el('p', d.description, { lang: 'en' }));
    group(section, 'ref.attributes', d.tagName,
      (d.attributes ?? []).map((a) => [code(a.name), code(a.type?.text ?? ''), described(a.description)]),
      [t('ref.name'), t('ref.type'), t('ref.description')]);
    group(section, 'ref.properties', d.tagName,
      (d.members ?? []).map((m) => [code(m.name), code(m.kind === 'method' ? `() => ${m.return?.type?.text ?? 'void'}` : `${m.readonly ? 'readonly ' : ''}${m.type?.text ?? ''}`),
        described(m.description)]),
      [t('ref.name'), t('ref.type'), t('ref.description')]);
    group(section, 'ref.events', d.tagName,
      (d.events ?? []).map((e) => [code(e.name), code(e.type?.text ?? ''), described(e.description)]),
      [t('ref.name'), t('ref.type'), t('ref.description')]);
    group(section, 'ref.parts', d.tagName,
      (d.cssParts ?? []).map((p) => [code(p.name), described(p.description)]),
      [t('ref.name'), t('ref.description')]);
    group(section, 'ref.css-properties', d.tagName,
      (d.cssProperties ?? []).map((p) => [code(p.name), described(p.description)]),
      [t('ref.name'), t('ref.description')]);
    group(section, 'ref.slots', d.tagName,
      (d.slots ?? []).map((s) => [code(s.name || t('ref.default-slot')), described(s.description)]),
      [t('ref.name'), t('ref.description')]);
    out.append(section);
  }
  return out;
}

function show(value) {
  if (value === undefined) return 'undefined';
  return typeof value === 'string' ? JSON.stringify(value) : JSON.stringify(value, null, 2);
}

function examples(container) {
  let api;
  for (const ex of EXAMPLES) {
    const section = el('section', undefined, { id: `example-${ex.id}`, class: 'example', 'aria-labelledby': `example-${ex.id}-heading` });
    section.append(el('h3', t(`ex.${ex.id}`), { id: `example-${ex.id}-heading` }));
    const source = `import * as lis1kit from 'lis1kit';\n\nconst example = ${ex.run.toString()};\n\nexample(lis1kit);`;
    const listing = el('pre', undefined, { tabindex: '0' });
    listing.append(code(source));
    section.append(listing);
    const button = el('button', t('ref.run'), { type: 'button', 'aria-describedby': `example-${ex.id}-heading` });
    const output = el('output', undefined, { 'aria-live': 'polite' });
    const pre = el('pre', undefined, { class: 'output', tabindex: '0' });
    pre.append(output);
    button.addEventListener('click', async () => {
      output.textContent = t('ref.running');
      try {
        // The package's browser entry loads the wasm once.
        api ??= await import('./lis1kit/index.js');
        output.textContent = show(await ex.run(api));
        pre.className = 'output ok';
      } catch (err) {
        output.textContent = `${err?.name ?? 'Error'}: ${err?.message ?? err}`;
        pre.className = 'output error';
      }
    });
    section.append(button, el('h4', t('ref.output')), pre);
    container.append(section);
  }
}

const docs = document.getElementById('element-docs');
try {
  const response = await fetch('./lis1kit/custom-elements.json');
  if (!response.ok) throw new Error(`${response.status} ${response.statusText}`);
  docs.replaceChildren(elementDocs(await response.json()));
} catch (err) {
  docs.replaceChildren(el('p', `${t('ref.load-failed')} (${err.message})`, { role: 'alert' }));
}
docs.removeAttribute('aria-busy');
// The table of contents lists each element.
const toc = document.getElementById('toc');
const api = toc.lastElementChild;
const sub = el('ul');
for (const s of docs.querySelectorAll('section.element-doc')) {
  const li = el('li');
  const a = el('a', undefined, { href: `#${s.id}` });
  a.append(code(`<${s.id}>`));
  li.append(a);
  sub.append(li);
}
toc.firstElementChild.append(sub);
toc.append(api);
examples(document.getElementById('examples'));
document.documentElement.dataset.ready = lang;
