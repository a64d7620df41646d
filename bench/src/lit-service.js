// Baseline 1: a minimal Lit element with the same service inputs as
// <lis1-remaining-service>: the same sections, fields, labels and help texts
// (taken at build time from lis1kit's formSpec('service'), written to
// src/generated/ by scripts/perf.mjs), one row in each repeated section that
// lis1kit starts with a row, labels and aria-describedby like lis1kit. No
// validation and no calculation: it only draws the form.
import { LitElement, html, css } from 'lit';
import spec from './generated/service-form.json';
import initial from './generated/service-initial.json';

const id = (path) => `f${path.replace(/[^a-zA-Z0-9]/g, '-')}`;

function control(field, path) {
  const c = field.control;
  const described = `${id(path)}-error${field.help ? ` ${id(path)}-help` : ''}`;
  switch (c.type) {
    case 'select':
      return html`<select id=${id(path)} aria-describedby=${described}>
        ${c.default == null ? html`<option value="">–</option>` : ''}
        ${c.options.map((o) => html`<option value=${o.value} ?selected=${o.value === c.default}>${o.label}</option>`)}
      </select>`;
    case 'multiSelect':
      return html`<fieldset id=${id(path)}><legend>${field.label}</legend>
        ${c.options.map((o, i) => html`<div><input type="checkbox" id=${`${id(path)}-${i}`} value=${o.value}><label for=${`${id(path)}-${i}`}>${o.label}</label></div>`)}
      </fieldset>`;
    case 'number':
      return html`<input type="number" inputmode="decimal" id=${id(path)} min=${c.min} max=${c.max} step=${c.step} placeholder=${c.default ?? ''} aria-describedby=${described}>`;
    case 'checkbox':
      return html`<input type="checkbox" id=${id(path)} ?checked=${c.default} aria-describedby=${described}>`;
    case 'text':
      return html`<input type="text" id=${id(path)} maxlength=${c.maxLength} aria-describedby=${described}>`;
    default:
      return html`<input type=${c.type} id=${id(path)} aria-describedby=${described}>`;
  }
}

function field(f, path) {
  return html`<div class="field">
    ${f.control.type === 'multiSelect' ? '' : html`<label for=${id(path)}>${f.label}</label>`}
    ${control(f, path)}
    ${f.help ? html`<p class="help" id=${`${id(path)}-help`}>${f.help}</p>` : ''}
    <p class="error" id=${`${id(path)}-error`} hidden></p>
  </div>`;
}

class BenchLitService extends LitElement {
  static styles = css`:host{display:block;font:1rem system-ui,sans-serif}.field{display:grid;gap:.25rem;margin:.5rem 0}`;

  render() {
    return html`<form novalidate @submit=${(e) => e.preventDefault()}>
      <h2>${spec.title}</h2>
      ${spec.sections.map((s) => html`<fieldset>
        <legend>${s.legend}</legend>
        ${s.help ? html`<p class="help">${s.help}</p>` : ''}
        ${s.repeat
          ? html`${(initial[s.id] ?? []).map((_, i) => html`<fieldset><legend>${s.repeat.itemLabel.replace('{n}', i + 1)}</legend>
              ${s.fields.map((f) => field(f, `${s.path}/${i}/${f.key}`))}
              <button type="button">${s.repeat.removeLabel}</button></fieldset>`)}
            <button type="button">${s.repeat.addLabel}</button>`
          : s.fields.map((f) => field(f, `${s.path}/${f.key}`))}
      </fieldset>`)}
      <button type="submit">${spec.submitLabel}</button>
    </form>`;
  }
}
customElements.define('bench-lit-service', BenchLitService);
