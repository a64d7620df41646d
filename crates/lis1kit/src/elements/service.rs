//! `<lis1-remaining-service>` and `<lis1-absence-check>`: the service form
//! with the remaining-service or the absence result panel.

use lis1_core::{date, Assumption, Issue, Lang, MessageDef, Warning};
use lis1_service::{AbsenceResult, AbsenceSummary, PartResult, ServiceInput, ServiceResult};
use serde_json::Value;
use wasm_bindgen::prelude::*;
use web_sys::{Document, Element};

use super::dom::{append, el};
use super::form_element::FormKind;
use super::format::number;
use super::texts as tx;
use crate::convert;

/// `<lis1-remaining-service>`.
pub static REMAINING: FormKind = FormKind { kind: "service", run: run_remaining };
/// `<lis1-absence-check>`.
pub static ABSENCE: FormKind = FormKind { kind: "service", run: run_absence };

type Outcome = Result<Result<(JsValue, Element), Vec<Issue>>, JsValue>;

fn parse(input: &Value, lang: Lang) -> Result<ServiceInput, Vec<Issue>> {
    lis1_core::input::deserialize(input.clone(), lang)
}

fn run_remaining(input: &Value, lang: Lang, doc: &Document) -> Outcome {
    let result = match parse(input, lang).and_then(|i| lis1_service::remaining_service(&i).map_err(|e| e.issues)) {
        Ok(result) => result,
        Err(issues) => return Ok(Err(issues)),
    };
    Ok(Ok((convert::to_js(&result)?, remaining_panel(doc, lang, &result)?)))
}

fn run_absence(input: &Value, lang: Lang, doc: &Document) -> Outcome {
    let result = match parse(input, lang).and_then(|i| lis1_service::check_absence(&i).map_err(|e| e.issues)) {
        Ok(result) => result,
        Err(issues) => return Ok(Err(issues)),
    };
    Ok(Ok((convert::to_js(&result)?, absence_panel(doc, lang, &result)?)))
}

fn text(lang: Lang, def: &MessageDef) -> String {
    def.render(lang, &[])
}

fn table(doc: &Document, lang: Lang, head: &[&MessageDef], rows: &[Vec<String>]) -> Result<Element, JsValue> {
    let wrap = el(doc, "div", None, None)?;
    wrap.set_class_name("table-wrap");
    let table = el(doc, "table", Some("table"), None)?;
    let thead = el(doc, "thead", None, None)?;
    let tr = el(doc, "tr", None, None)?;
    for h in head {
        let th = el(doc, "th", None, Some(&text(lang, h)))?;
        th.set_attribute("scope", "col")?;
        tr.append_child(&th)?;
    }
    thead.append_child(&tr)?;
    table.append_child(&thead)?;
    let tbody = el(doc, "tbody", None, None)?;
    for row in rows {
        let tr = el(doc, "tr", None, None)?;
        for (i, cell) in row.iter().enumerate() {
            let td = el(doc, if i == 0 { "th" } else { "td" }, None, Some(cell))?;
            if i == 0 {
                td.set_attribute("scope", "row")?;
            } else {
                td.set_class_name("num");
            }
            tr.append_child(&td)?;
        }
        tbody.append_child(&tr)?;
    }
    table.append_child(&tbody)?;
    wrap.append_child(&table)?;
    Ok(wrap)
}

fn part_label(lang: Lang, hospital: bool) -> String {
    text(lang, if hospital { &tx::PART_HOSPITAL } else { &tx::PART_MUNICIPAL })
}

fn shown_date(iso: Option<&str>, lang: Lang) -> String {
    iso.and_then(|d| date::parse(d).ok()).map_or_else(|| String::from("–"), |d| date::display(d, lang))
}

fn notes(doc: &Document, lang: Lang, panel: &Element, warnings: &[Warning], assumptions: &[Assumption]) -> Result<(), JsValue> {
    if !warnings.is_empty() {
        append(&panel, el(doc, "h4", None, Some(&text(lang, &tx::WARNINGS))))?;
        let list = el(doc, "ul", Some("warnings"), None)?;
        for w in warnings {
            let li = el(doc, "li", None, None)?;
            if let Some(rule) = w.rule {
                let r = el(doc, "span", None, Some(&format!("{rule} ")))?;
                r.set_class_name("rule");
                li.append_child(&r)?;
            }
            li.append_child(&doc.create_text_node(&w.message))?;
            list.append_child(&li)?;
        }
        panel.append_child(&list)?;
    }
    if !assumptions.is_empty() {
        append(&panel, el(doc, "h4", None, Some(&text(lang, &tx::ASSUMPTIONS))))?;
        let list = el(doc, "ul", Some("assumptions"), None)?;
        for a in assumptions {
            let li = el(doc, "li", None, None)?;
            let r = el(doc, "span", None, Some(&format!("{} ", a.rule)))?;
            r.set_class_name("rule");
            li.append_child(&r)?;
            li.append_child(&doc.create_text_node(&format!("{} = {}", a.option, a.value)))?;
            list.append_child(&li)?;
        }
        panel.append_child(&list)?;
    }
    Ok(())
}

fn remaining_row(lang: Lang, hospital: bool, p: &PartResult) -> Vec<String> {
    vec![
        part_label(lang, hospital),
        number(p.required_months, lang),
        number(p.counted_months, lang),
        number(p.remaining_months, lang),
        number(p.make_up_days, lang),
        shown_date(p.projected_end.as_deref(), lang),
    ]
}

fn remaining_panel(doc: &Document, lang: Lang, r: &ServiceResult) -> Result<Element, JsValue> {
    let panel = el(doc, "div", Some("result-panel"), None)?;
    append(&panel, el(doc, "h3", None, Some(&text(lang, &tx::RESULT_HEADING))))?;
    let status = if r.del1_complete {
        &tx::DEL1_COMPLETE
    } else if r.del1_time_complete {
        &tx::DEL1_TIME_COMPLETE
    } else {
        &tx::DEL1_NOT_COMPLETE
    };
    let summary = el(doc, "p", Some("summary"), Some(&text(lang, status)))?;
    panel.append_child(&summary)?;
    if let Some(end) = r.projected_del1_end.as_deref() {
        let line = tx::DEL1_END.render(lang, &[("date", shown_date(Some(end), lang))]);
        append(&panel, el(doc, "p", Some("projected-end"), Some(&line)))?;
    }
    let head = [&tx::PART, &tx::REQUIRED, &tx::COUNTED, &tx::REMAINING, &tx::MAKE_UP, &tx::PROJECTED_END];
    let rows = [remaining_row(lang, true, &r.hospital), remaining_row(lang, false, &r.municipal)];
    append(&panel, table(doc, lang, &head, &rows))?;
    notes(doc, lang, &panel, &r.warnings, &r.assumptions)?;
    Ok(panel)
}

fn absence_row(lang: Lang, hospital: bool, a: &AbsenceSummary) -> Vec<String> {
    vec![
        part_label(lang, hospital),
        a.regime.to_owned(),
        number(a.allowance_days, lang),
        number(a.used_days, lang),
        number(a.excess_days, lang),
        number(a.to_make_up_days, lang),
    ]
}

fn absence_panel(doc: &Document, lang: Lang, r: &AbsenceResult) -> Result<Element, JsValue> {
    let panel = el(doc, "div", Some("result-panel"), None)?;
    append(&panel, el(doc, "h3", None, Some(&text(lang, &tx::RESULT_HEADING))))?;
    let head = [&tx::PART, &tx::REGIME, &tx::ALLOWANCE, &tx::USED, &tx::EXCESS, &tx::MAKE_UP];
    let rows = [absence_row(lang, true, &r.hospital), absence_row(lang, false, &r.municipal)];
    append(&panel, table(doc, lang, &head, &rows))?;
    notes(doc, lang, &panel, &r.warnings, &r.assumptions)?;
    Ok(panel)
}
