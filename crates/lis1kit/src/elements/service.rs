//! `<lis1-remaining-service>` and `<lis1-absence-check>`: the service form
//! with the remaining-service or the absence result panel.

use lis1_core::Lang;
use lis1_service::{AbsenceResult, AbsenceSummary, PartResult, ServiceResult};
use wasm_bindgen::prelude::*;
use web_sys::{Document, Element};

use super::dom::{append, el};
use super::form_element::{read_issues, run_with, FormKind};
use super::format::number;
use super::panel::{container, notes, shown_date, table, text};
use crate::element_texts as tx;

/// `<lis1-remaining-service>`.
pub static REMAINING: FormKind = FormKind {
    presets_follow: &[],
    title: None,
    takes: None,
    kind: "service",
    attributes: &[],
    run: |input, lang, doc| run_with(input, lang, doc, lis1_service::remaining_service, remaining_panel),
    read_issues: read_issues::<lis1_service::ServiceInput>,
};
/// `<lis1-absence-check>`.
pub static ABSENCE: FormKind = FormKind {
    presets_follow: &[],
    title: Some(&tx::ABSENCE_TITLE),
    takes: None,
    kind: "service",
    attributes: &[],
    run: |input, lang, doc| run_with(input, lang, doc, lis1_service::check_absence, absence_panel),
    read_issues: read_issues::<lis1_service::ServiceInput>,
};

fn part_label(lang: Lang, hospital: bool) -> String {
    text(lang, if hospital { &tx::PART_HOSPITAL } else { &tx::PART_MUNICIPAL })
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

/// What a doctor asks first: when am I done (or what do I lack), and do I
/// owe extra days. Complete parts say so (S-1, S-9).
fn remaining_answer(lang: Lang, r: &ServiceResult) -> String {
    let mut out = Vec::new();
    let lacking = r.hospital.remaining_months > 0.0 || r.municipal.remaining_months > 0.0;
    if r.del1_complete {
        out.push(text(lang, &tx::DEL1_COMPLETE));
    } else if r.del1_time_complete {
        out.push(text(lang, &tx::DEL1_TIME_COMPLETE));
    } else if let Some(end) = r.projected_del1_end.as_deref() {
        out.push(tx::ANSWER_END.render(lang, &[("date", shown_date(Some(end), lang))]));
    } else if lacking {
        for (def, part) in [(&tx::ANSWER_MISSING_HOSPITAL, &r.hospital), (&tx::ANSWER_MISSING_MUNICIPAL, &r.municipal)]
        {
            if part.remaining_months > 0.0 {
                out.push(def.render(lang, &[("months", number(part.remaining_months, lang))]));
            }
        }
    } else {
        out.push(text(lang, &tx::DEL1_NOT_COMPLETE));
    }
    for (def, part) in [(&tx::ANSWER_MAKE_UP_HOSPITAL, &r.hospital), (&tx::ANSWER_MAKE_UP_MUNICIPAL, &r.municipal)] {
        if part.make_up_days > 0.0 {
            out.push(def.render(lang, &[("days", number(part.make_up_days, lang))]));
        }
    }
    out.join(" ")
}

fn remaining_panel(
    doc: &Document,
    lang: Lang,
    input: &lis1_service::ServiceInput,
    r: &ServiceResult,
) -> Result<Element, JsValue> {
    let panel = container(doc, lang)?;
    // The answer first, in one or two plain sentences; the figures follow.
    let answer = el(doc, "p", Some("answer"), Some(&remaining_answer(lang, r)))?;
    answer.set_class_name("answer");
    panel.append_child(&answer)?;
    let head = [&tx::PART, &tx::REQUIRED, &tx::COUNTED, &tx::REMAINING, &tx::MAKE_UP, &tx::PROJECTED_END];
    let rows = [remaining_row(lang, true, &r.hospital), remaining_row(lang, false, &r.municipal)];
    append(&panel, table(doc, lang, None, &head, &rows))?;
    if let Some(picture) = super::timeline::draw(doc, lang, input, r, super::dom::today())? {
        panel.append_child(&picture)?;
    }
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

fn absence_panel(
    doc: &Document,
    lang: Lang,
    _input: &lis1_service::ServiceInput,
    r: &AbsenceResult,
) -> Result<Element, JsValue> {
    let panel = container(doc, lang)?;
    // The answer first: nothing to make up, or how many days in which part.
    let mut answer: Vec<String> =
        [(&tx::ANSWER_MAKE_UP_HOSPITAL, &r.hospital), (&tx::ANSWER_MAKE_UP_MUNICIPAL, &r.municipal)]
            .into_iter()
            .filter(|(_, a)| a.to_make_up_days > 0.0)
            .map(|(def, a)| def.render(lang, &[("days", number(a.to_make_up_days, lang))]))
            .collect();
    if answer.is_empty() {
        answer.push(text(lang, &tx::ABSENCE_WITHIN));
    }
    let line = el(doc, "p", Some("answer"), Some(&answer.join(" ")))?;
    line.set_class_name("answer");
    panel.append_child(&line)?;
    let head = [&tx::PART, &tx::REGIME, &tx::ALLOWANCE, &tx::USED, &tx::EXCESS, &tx::MAKE_UP];
    let rows = [absence_row(lang, true, &r.hospital), absence_row(lang, false, &r.municipal)];
    append(&panel, table(doc, lang, None, &head, &rows))?;
    notes(doc, lang, &panel, &r.warnings, &r.assumptions)?;
    Ok(panel)
}
