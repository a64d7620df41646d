//! `<lis1-eligibility>`: the eligibility form, then the verdict, the
//! applicant's reasons and the employer checklist (each with its rule id and
//! met / not met in words), and the 6.5-year timeline.

use lis1_core::Lang;
use lis1_eligibility::{EligibilityResult, Eligible, Reason};
use wasm_bindgen::prelude::*;
use web_sys::{Document, Element};

use super::dom::{append, el};
use super::form_element::{run_with, FormKind};
use super::meta::{dev_doc, preset, Attribute};
use super::panel::{checklist, container, notes, shown_date, table, text};
use crate::element_texts as tx;

/// `<lis1-eligibility>`.
pub static ELIGIBILITY: FormKind = FormKind {
    kind: "eligibility",
    // <lis1-eligibility specialty="allmennmedisin" round="2026-09-01" employer="kommune" kommune="1804">
    attributes: PRESET_ATTRIBUTES,
    run: |input, lang, doc| run_with(input, lang, doc, lis1_eligibility::check_eligibility, panel),
};

/// Preset attributes: the advertised position.
pub const PRESET_ATTRIBUTES: &[Attribute] = &[
    preset("specialty", "/applicant/specialty", dev_doc!("The specialty the position is bound to (`applicant.specialty`, one of the specialties of formSpec('eligibility')).")),
    preset("round", "/round", dev_doc!("Start of the LIS1 round, YYYY-MM-DD (`round`).")),
    preset("employer", "/employer/kind", dev_doc!("Kind of employer (`employer.kind`: helseforetak, kommune, …).")),
    preset("kommune", "/employer/kommune", dev_doc!("Kommune number of the employer (`employer.kommune`, e.g. 1804).")),
];

fn items(reasons: &[Reason]) -> Vec<(&str, bool, &str)> {
    reasons.iter().map(|r| (r.rule, r.met, r.message.as_str())).collect()
}

fn panel(
    doc: &Document,
    lang: Lang,
    _input: &lis1_eligibility::EligibilityInput,
    r: &EligibilityResult,
) -> Result<Element, JsValue> {
    let panel = container(doc, lang)?;
    let verdict = match r.eligible {
        Eligible::Yes => &tx::ELIGIBLE_YES,
        Eligible::Conditional => &tx::ELIGIBLE_CONDITIONAL,
        Eligible::No => &tx::ELIGIBLE_NO,
    };
    let summary = el(doc, "p", Some("summary"), Some(&text(lang, verdict)))?;
    summary.set_class_name("summary");
    panel.append_child(&summary)?;
    append(&panel, checklist(doc, lang, &tx::REASONS, &items(&r.reasons)))?;
    if let Some(list) = &r.employer_checklist {
        append(&panel, checklist(doc, lang, &tx::EMPLOYER_CHECKLIST, &items(list)))?;
    }
    if let Some(t) = &r.timeline {
        let rows: Vec<Vec<String>> = [
            (&tx::TL_LIS1_START, Some(t.lis1_start.as_str())),
            (&tx::TL_HOSPITAL_END, t.hospital_end.as_deref()),
            (&tx::TL_MUNICIPAL_START, Some(t.municipal_start.as_str())),
            (&tx::TL_LIS1_END, Some(t.lis1_end.as_str())),
            (&tx::TL_SPECIALTY_START, Some(t.specialty_start.as_str())),
            (&tx::TL_MINIMUM_END, Some(t.minimum_end.as_str())),
        ]
        .into_iter()
        .filter(|(_, d)| d.is_some())
        .map(|(label, d)| vec![text(lang, label), shown_date(d, lang)])
        .collect();
        append(&panel, el(doc, "h4", None, Some(&text(lang, &tx::TIMELINE))))?;
        append(&panel, table(doc, lang, None, &[&tx::TIMELINE, &tx::YEAR_DATE], &rows))?;
    }
    notes(doc, lang, &panel, &r.warnings, &r.assumptions)?;
    Ok(panel)
}
