//! `<lis1-eligibility>`: the eligibility form, then the verdict, the
//! applicant's reasons and the employer checklist (each with its rule id and
//! met / not met / information in words), and the 6.5-year timeline.

use lis1_core::Lang;
use lis1_eligibility::{EligibilityResult, Eligible, Lis1Summary, Reason, ReasonKind};
use wasm_bindgen::prelude::*;
use web_sys::{Document, Element};

use super::dom::{append, el};
use super::form_element::{read_issues, run_with, FormKind, Takes};
use super::meta::{dev_doc, preset, preset_flag, Attribute};
use super::panel::{checklist, container, notes, shown_date, table, text, Status};
use crate::element_texts as tx;

/// `<lis1-eligibility>`.
pub static ELIGIBILITY: FormKind = FormKind {
    presets_follow: &["specialty"],
    title: None,
    takes: Some(Takes { kind: "service", values: earlier_service }),
    kind: "eligibility",
    // <lis1-eligibility specialty="allmennmedisin" round="2026-09-01" employer="kommune" kommune="1804">
    attributes: PRESET_ATTRIBUTES,
    run: |input, lang, doc| run_with(input, lang, doc, lis1_eligibility::check_eligibility, panel),
    read_issues: read_issues::<lis1_eligibility::EligibilityInput>,
};

/// `for` a remaining-service form: the applicant's earlier LIS1 service is
/// that form's history, summarised by lis1-eligibility's typed conversion
/// (`Lis1Summary::from_service`, B-12, B-14, T-1): counted months, make-up
/// days still owed, the læringsmål per part, whether del 1 is complete and
/// the first day of counted service. The history is read and run through
/// the service engine again (typed), never picked from the result's JSON.
/// Nothing when the history cannot be read or no month is counted.
fn earlier_service(history: &serde_json::Value, lang: lis1_core::Lang) -> Vec<(&'static str, serde_json::Value)> {
    let Ok(input) = lis1_service::ServiceInput::read(&lis1_core::read::Json(Some(history)), lang) else {
        return Vec::new();
    };
    let Ok(result) = lis1_service::remaining_service(&input) else { return Vec::new() };
    let s = Lis1Summary::from_service(&input, &result);
    if s.hospital_months + s.municipal_months <= 0.0 {
        return Vec::new();
    }
    let days = s.make_up_days.unwrap_or_default();
    let goals = s.learning_goals_approved.unwrap_or_default();
    let or_null = |v: Option<serde_json::Value>| v.unwrap_or(serde_json::Value::Null);
    // Days owed are filled in only where there are some (and then their unit); an empty field is none.
    let owed = |d: Option<f64>| d.filter(|d| *d > 0.0);
    let (hospital, municipal) = (owed(days.hospital), owed(days.municipal));
    let unit = days.day_unit.filter(|_| hospital.is_some() || municipal.is_some());
    vec![
        ("/applicant/lis1/hospitalMonths", s.hospital_months.into()),
        ("/applicant/lis1/municipalMonths", s.municipal_months.into()),
        ("/applicant/lis1/complete", s.complete.unwrap_or(false).into()),
        ("/applicant/lis1/firstStart", or_null(s.first_start.map(Into::into))),
        ("/applicant/lis1/makeUpDays/hospital", or_null(hospital.map(Into::into))),
        ("/applicant/lis1/makeUpDays/municipal", or_null(municipal.map(Into::into))),
        ("/applicant/lis1/makeUpDays/dayUnit", or_null(unit.map(Into::into))),
        ("/applicant/lis1/learningGoalsApproved/hospital", goals.hospital.unwrap_or(false).into()),
        ("/applicant/lis1/learningGoalsApproved/municipal", goals.municipal.unwrap_or(false).into()),
    ]
}

/// Preset attributes: the advertised position.
pub const PRESET_ATTRIBUTES: &[Attribute] = &[
    preset("specialty", "/applicant/specialty", dev_doc!("The specialty the position is bound to (`applicant.specialty`, one of the specialties of formSpec('eligibility')).")),
    preset("round", "/round", dev_doc!("Start of the LIS1 round, YYYY-MM-DD (`round`).")),
    preset("employer", "/employer/kind", dev_doc!("Kind of employer (`employer.kind`: helseforetak, kommune, …).")),
    preset("kommune", "/employer/kommune", dev_doc!("Kommune number of the employer (`employer.kommune`, e.g. 1804).")),
    // The employer's facts, so that a job posting states them once (issue 15 item 6).
    preset_flag("registered", "/employer/registeredForAllmennmedisin", dev_doc!("The kommune is registered for bound positions in allmennmedisin (`employer.registeredForAllmennmedisin`).")),
    preset("vacancy-from", "/employer/vacancyFrom", dev_doc!("From when the vacant LIS3/ALIS post can be taken, YYYY-MM-DD (`employer.vacancyFrom`, B-21).")),
    preset_flag("fixed-salary", "/employer/fixedSalary", dev_doc!("Fixed salary (`employer.fixedSalary`).")),
    preset_flag("recruitment-weak", "/employer/recruitmentWeak", dev_doc!("Weak recruitment (`employer.recruitmentWeak`).")),
    preset_flag("supervision", "/employer/supervisionCapacity", dev_doc!("Capacity for supervision (`employer.supervisionCapacity`).")),
    preset_flag("advertised", "/employer/advertisementStatesCriteria", dev_doc!("The advertisement states the criteria (`employer.advertisementStatesCriteria`).")),
    preset_flag("lis3-public", "/employer/lis3PostAdvertisedPublicly", dev_doc!("The LIS3 post is advertised publicly (`employer.lis3PostAdvertisedPublicly`).")),
    Attribute {
        name: "view",
        type_text: "'employer' | 'applicant'",
        description: dev_doc!("`applicant` (for a job posting): the employer's section of the form, the employer checklist and the preset buttons (the form's examples) are not shown; the facts come from the attributes. Default `employer`: all shown."),
        observed: true,
        pointer: None,
    },
];

/// Conditions as met or not met; information (B-4, B-13, the path's dates)
/// as information, never "met" (issue 22 item 11).
fn items(reasons: &[Reason]) -> Vec<(&str, Status, &str)> {
    reasons
        .iter()
        .map(|r| {
            let status = match (r.kind, r.met) {
                (ReasonKind::Info, _) => Status::Info,
                (ReasonKind::Condition, true) => Status::Met,
                (ReasonKind::Condition, false) => Status::NotMet,
            };
            (r.rule, status, r.message.as_str())
        })
        .collect()
}

fn panel(
    doc: &Document,
    lang: Lang,
    _input: &lis1_eligibility::EligibilityInput,
    r: &EligibilityResult,
) -> Result<Element, JsValue> {
    let panel = container(doc, lang)?;
    // The verdict first, as a status word and a sentence, with the reasons
    // that decided a "no" (the unmet ones) right after it.
    let (status, verdict, key) = match r.eligible {
        Eligible::Yes => (&tx::STATUS_YES, &tx::ELIGIBLE_YES, "yes"),
        Eligible::Conditional => (&tx::STATUS_CONDITIONAL, &tx::ELIGIBLE_CONDITIONAL, "conditional"),
        Eligible::No => (&tx::STATUS_NO, &tx::ELIGIBLE_NO, "no"),
    };
    let mut answer = format!("{}: {}", text(lang, status), text(lang, verdict));
    if r.eligible == Eligible::No {
        for reason in r.reasons.iter().filter(|reason| !reason.met) {
            answer.push(' ');
            answer.push_str(&reason.message);
        }
    }
    let summary = el(doc, "p", Some("answer"), Some(&answer))?;
    summary.set_class_name("answer");
    summary.set_attribute("data-status", key)?;
    panel.append_child(&summary)?;
    append(&panel, checklist(doc, lang, &tx::REASONS, &items(&r.reasons)))?;
    if let Some(list) = &r.employer_checklist {
        let employer = checklist(doc, lang, &tx::EMPLOYER_CHECKLIST, &items(list))?;
        // `view="applicant"` leaves it out (form_element::applicant_view).
        employer.set_attribute("data-view", "employer")?;
        panel.append_child(&employer)?;
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
    // The employer's notes (an unmet checklist, the vacancy) go in a part of their own that `view="applicant"`
    // leaves out, like the checklist (issue 24 item 1).
    let (employer_warnings, warnings): (Vec<_>, Vec<_>) =
        r.warnings.iter().cloned().partition(lis1_eligibility::employer::employer_only_warning);
    let (employer_assumptions, assumptions): (Vec<_>, Vec<_>) =
        r.assumptions.iter().cloned().partition(lis1_eligibility::employer::employer_only_assumption);
    notes(doc, lang, &panel, &warnings, &assumptions)?;
    if !employer_warnings.is_empty() || !employer_assumptions.is_empty() {
        let employer = el(doc, "div", None, None)?;
        employer.set_attribute("data-view", "employer")?;
        notes(doc, lang, &employer, &employer_warnings, &employer_assumptions)?;
        panel.append_child(&employer)?;
    }
    Ok(panel)
}
