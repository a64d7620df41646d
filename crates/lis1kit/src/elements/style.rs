//! The default look of the elements: calm, readable, accessible (visible
//! focus, 44 px targets, no colour-only meaning), themable with custom
//! properties and `::part`, reflowing at 320 px and 200 % zoom, and a print
//! style for results: the form (every control and button) hidden and the
//! input printed in words instead (elements/summary.rs), the result with its
//! tables and the charts' text black on white, whatever the theme. Adopted as a constructable stylesheet (allowed under
//! `style-src 'self'`).
//!
//! Custom properties: `--lis1-font`, `--lis1-color`, `--lis1-background`,
//! `--lis1-accent`, `--lis1-accent-contrast`, `--lis1-muted`, `--lis1-border`,
//! `--lis1-error`, `--lis1-radius`, `--lis1-gap`, `--lis1-chart-bar` (bars of
//! the cost charts; default the accent, 7:1 against white).
//!
//! A job posting (`view="applicant"`) shows no preset buttons: the forms'
//! examples are the demo's, not the applicant's (issue 24 item 10); a
//! `preset` attribute still fills the form.

pub const CSS: &str = "\
:host{display:block;font-family:var(--lis1-font,system-ui,sans-serif);color:var(--lis1-color,#1a1a1a);\
background:var(--lis1-background,transparent);line-height:1.45}\
*{box-sizing:border-box}\
form,.result{max-width:100%}\
h2{font-size:1.25rem;margin:0 0 .75rem}\
fieldset{border:1px solid var(--lis1-border,#c7c7c7);border-radius:var(--lis1-radius,6px);margin:0 0 var(--lis1-gap,1rem);padding:.75rem 1rem;min-width:0}\
legend{font-weight:600;padding:0 .25rem}\
fieldset fieldset{background:rgba(0,0,0,.02)}\
.rows{display:grid;gap:.5rem}\
.field{display:flex;flex-direction:column;gap:.2rem;margin:.5rem 0}\
.field.checkbox{flex-direction:row;flex-wrap:wrap;align-items:flex-start;gap:.5rem}\
.field.checkbox>label{flex:1 1 0;min-width:0}.field.checkbox>:is(.help,.error){flex-basis:100%}\
label{font-weight:500}\
input,select{font:inherit;min-height:44px;padding:.4rem .5rem;border:1px solid var(--lis1-muted,#6b6b6b);border-radius:4px;max-width:100%;background:#fff;color:inherit}\
input[type=checkbox]{min-height:auto;width:1.25rem;height:1.25rem}\
button{font:inherit;min-height:44px;padding:.4rem 1rem;border-radius:4px;border:1px solid var(--lis1-accent,#005b9a);background:#fff;color:var(--lis1-accent,#005b9a);cursor:pointer}\
button[type=submit]{background:var(--lis1-accent,#005b9a);color:var(--lis1-accent-contrast,#fff);font-weight:600}\
:focus-visible{outline:3px solid var(--lis1-accent,#005b9a);outline-offset:2px}\
.help{margin:0;color:var(--lis1-muted,#4a4a4a);font-size:.9rem}\
.error{margin:0;color:var(--lis1-error,#b00020);font-weight:500}\
.error .line{display:block}.error .line::before{content:'⚠ '}\
[aria-invalid=true]{border:2px solid var(--lis1-error,#b00020)}\
.form-errors{border-left:4px solid var(--lis1-error,#b00020);padding:.5rem .75rem;margin-bottom:1rem}\
.presets{display:flex;flex-wrap:wrap;gap:.5rem;align-items:center;margin-bottom:1rem}\
:host([view=applicant]) .presets{display:none}\
tr[aria-current]{outline:3px solid var(--lis1-accent,#005b9a)}\
details[part=advanced]{margin:0 0 1rem}details>summary{cursor:pointer;font-weight:600;padding:.5rem 0;min-height:44px}\
.result p.answer{font-size:1.15rem;font-weight:600;margin:.25rem 0 .75rem}\
.result p.stale{font-weight:600;border-left:4px solid var(--lis1-accent,#005b9a);padding-left:.5rem}\
.result:not(:empty){margin-top:1rem;border-top:2px solid var(--lis1-accent,#005b9a);padding-top:.75rem}\
table{border-collapse:collapse;width:100%;margin:.5rem 0}th,td{text-align:left;padding:.35rem .5rem;border-bottom:1px solid var(--lis1-border,#c7c7c7)}\
td.num{text-align:right;font-variant-numeric:tabular-nums}\
.table-wrap{container-type:inline-size}\
@container (max-width:40rem){.table-wrap :is(table,caption,tbody,tr,th,td){display:block}\
.table-wrap thead{position:absolute;width:1px;height:1px;overflow:hidden;clip-path:inset(50%)}\
.table-wrap caption{font-weight:600;text-align:left}.table-wrap tr{border-bottom:1px solid var(--lis1-border,#c7c7c7);padding:.25rem 0}\
.table-wrap :is(th,td){border:0;padding:.15rem 0}.table-wrap td{display:flex;justify-content:space-between;gap:1rem}\
.table-wrap td::before{content:attr(data-label) / \"\";text-align:left;font-variant-numeric:normal}}\
ul{padding-left:1.25rem}\
.rule{font-weight:600;color:var(--lis1-accent,#005b9a)}\
[hidden]{display:none!important}\
svg.timeline{display:block;width:100%;margin:.75rem 0;font-size:.8rem}\
.timeline .period{fill:var(--lis1-accent,#005b9a);rx:3px}.timeline .not-counting{fill:none;stroke:var(--lis1-muted,#6b6b6b);stroke-dasharray:4 2}\
.timeline .absence{fill:var(--lis1-error,#b00020)}.timeline .end{stroke:var(--lis1-color,#1a1a1a);stroke-width:2}\
.timeline .today{stroke:var(--lis1-muted,#6b6b6b);stroke-dasharray:2 2}.timeline text{fill:currentColor}\
.timeline .planned{fill:var(--lis1-accent,#005b9a);fill-opacity:.3}.timeline .make-up{fill:var(--lis1-error,#b00020);fill-opacity:.6}\
.timeline .tick{stroke:var(--lis1-muted,#6b6b6b)}\
.legend{display:flex;flex-wrap:wrap;gap:.25rem 1rem;list-style:none;margin:0 0 .75rem;padding:0;font-size:.8rem}\
.legend li::before{content:'';display:inline-block;width:1.2em;height:.8em;margin-right:.35em;vertical-align:-.05em;box-sizing:border-box}\
.legend .period::before{background:var(--lis1-accent,#005b9a)}.legend .not-counting::before{background:none;border:1px dashed var(--lis1-muted,#6b6b6b)}\
.legend .absence::before{background:var(--lis1-error,#b00020);height:.35em}.legend .planned::before{background:var(--lis1-accent,#005b9a);opacity:.3}\
.legend .make-up::before{background:var(--lis1-error,#b00020);opacity:.6}.legend .end::before{width:2px;background:var(--lis1-color,#1a1a1a)}\
.legend .today::before{width:0;border-left:2px dotted var(--lis1-muted,#6b6b6b)}\
svg.chart{display:block;width:100%;margin:.25rem 0 1rem;font-size:.875rem}.chart text{fill:currentColor}\
.chart .bar{fill:var(--lis1-chart-bar,var(--lis1-accent,#005b9a))}\
.print-only{display:none}.print-only h5{margin:.5rem 0 0;font-size:1em}.print-only ul{margin:0;padding-left:1.25rem}\
@media print{:host{color:#000;background:#fff}form{display:none}.print-only{display:block}\
.result,.result *{color:#000!important;background:#fff!important;border-color:#000!important}.result{border:0;margin:0;padding:0}\
svg text{fill:#000!important}.chart .bar,.timeline :is(.period,.absence,.planned,.make-up){fill:#000!important}\
.legend :is(.period,.absence,.planned,.make-up)::before{background:#000!important;print-color-adjust:exact}\
.timeline .not-counting{fill:none!important}.timeline :is(.not-counting,.end,.today){stroke:#000!important}}\
";
