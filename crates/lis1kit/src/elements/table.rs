//! The element table: every custom element this package defines, in the
//! order `defineElements()` defines them, with what differs between the form
//! elements (their calculation, its view and pictures, their preset
//! attributes). The only elements file that names the calculations: the
//! form renderer (`form.rs`, `form_element.rs`) and the view renderer
//! (`view.rs`) are generic.

use super::form_element::{read_issues, run_with, FormKind, Takes};
use super::meta::{
    self, dev_doc, preset, preset_flag, Attribute, ElementMeta, ANSWER_PARTS, COST_PARTS, ELIGIBILITY_PARTS,
    FOLDED_PARTS, FORM_ATTRIBUTES, FORM_CSS_PROPERTIES, FORM_EVENTS, FORM_MEMBERS, FORM_PARTS, LIST_PARTS,
    RESULT_PARTS, SERVICE_PARTS, SUMMARY_PARTS,
};
use super::{rule_sets, rules, Body, ElementSpec};

pub(super) const ELEMENTS: &[ElementSpec] = &[
    ElementSpec { meta: &meta::RULE_SETS, body: Body::Plain(rule_sets::render) },
    ElementSpec { meta: &meta::RULES, body: Body::Plain(rules::render) },
    #[cfg(feature = "service")]
    ElementSpec { meta: &REMAINING_SERVICE_META, body: Body::Form(&REMAINING) },
    #[cfg(feature = "service")]
    ElementSpec { meta: &ABSENCE_CHECK_META, body: Body::Form(&ABSENCE) },
    #[cfg(feature = "eligibility")]
    ElementSpec { meta: &ELIGIBILITY_META, body: Body::Form(&ELIGIBILITY) },
    #[cfg(feature = "cost")]
    ElementSpec { meta: &COST_ESTIMATE_META, body: Body::Form(&COST) },
];

// What each calculation's elements offer a page (tag, attributes, members, events, parts): their rows of the
// manifest. The elements every module defines (the rule elements) and the parts shared by the form elements are
// in `meta`.

pub const REMAINING_SERVICE_META: ElementMeta = ElementMeta {
    tag: "lis1-remaining-service",
    class_name: "Lis1RemainingService",
    description: dev_doc!("Remaining service of LIS1 del 1 (rule sections 1 and 6 of docs/rules.md): a form for periods, absence, learning goals, plan and options; counted and remaining months per part, days to make up, projected end dates and a timeline. Form-associated."),
    types: Some(("ServiceInput", "ServiceResult")),
    attributes: &[FORM_ATTRIBUTES, SERVICE_ATTRIBUTES],
    members: FORM_MEMBERS,
    events: FORM_EVENTS,
    parts: &[FORM_PARTS, LIST_PARTS, RESULT_PARTS, ANSWER_PARTS, FOLDED_PARTS, SERVICE_PARTS],
    css_properties: FORM_CSS_PROPERTIES,
    css: super::style::CSS,
};

pub const ABSENCE_CHECK_META: ElementMeta = ElementMeta {
    tag: "lis1-absence-check",
    class_name: "Lis1AbsenceCheck",
    description: dev_doc!("Absence check (rule section 2): the service form; absence per part against the dated allowance (A-1..A-4) and the days to make up. Form-associated."),
    types: Some(("ServiceInput", "AbsenceResult")),
    attributes: &[FORM_ATTRIBUTES, SERVICE_ATTRIBUTES],
    members: FORM_MEMBERS,
    events: FORM_EVENTS,
    parts: &[FORM_PARTS, LIST_PARTS, RESULT_PARTS, ANSWER_PARTS, FOLDED_PARTS],
    css_properties: FORM_CSS_PROPERTIES,
    css: super::style::CSS,
};

pub const ELIGIBILITY_META: ElementMeta = ElementMeta {
    tag: "lis1-eligibility",
    class_name: "Lis1Eligibility",
    description: dev_doc!("Bound positions (rule sections 3–4): verdict yes / no / conditional, the applicant's reasons and the employer checklist with rule ids, and the 6.5-year timeline. Preset attributes describe the advertised position. With `for`, `<lis1-eligibility>` takes the earlier LIS1 service from a remaining-service form into its own form: counted months, make-up days still owed, the læringsmål per part and the first day of service (B-12, B-14, T-1). Form-associated."),
    types: Some(("EligibilityInput", "EligibilityResult")),
    attributes: &[FORM_ATTRIBUTES, ELIGIBILITY_ATTRIBUTES],
    members: FORM_MEMBERS,
    events: FORM_EVENTS,
    parts: &[FORM_PARTS, RESULT_PARTS, ANSWER_PARTS, ELIGIBILITY_PARTS],
    css_properties: FORM_CSS_PROPERTIES,
    css: super::style::CSS,
};

pub const COST_ESTIMATE_META: ElementMeta = ElementMeta {
    tag: "lis1-cost-estimate",
    class_name: "Lis1CostEstimate",
    description: dev_doc!("Cost estimate (rule section 5): the total, the breakdown of one position per part, and the totals per payer and per budget year, each as a table and a bar chart. Preset attributes fill the first position row. Form-associated."),
    types: Some(("CostInput", "CostResult")),
    attributes: &[FORM_ATTRIBUTES, COST_ATTRIBUTES],
    members: FORM_MEMBERS,
    events: FORM_EVENTS,
    parts: &[FORM_PARTS, LIST_PARTS, RESULT_PARTS, SUMMARY_PARTS, COST_PARTS],
    css_properties: FORM_CSS_PROPERTIES,
    css: super::style::CSS,
};

/// `<lis1-remaining-service>`.
pub static REMAINING: FormKind = FormKind {
    presets_follow: &[],
    title: None,
    takes: None,
    kind: "service",
    attributes: SERVICE_ATTRIBUTES,
    run: |input, ctx| run_with(input, ctx, lis1_service::remaining_service, lis1_service::view::remaining),
    pictures: super::view::Pictures { timeline: Some(super::timeline::draw), bars: None },
    read_issues: read_issues::<lis1_service::ServiceInput>,
};
/// `<lis1-absence-check>`.
pub static ABSENCE: FormKind = FormKind {
    presets_follow: &[],
    title: Some(&lis1_service::view::texts::ABSENCE_TITLE),
    takes: None,
    kind: "service",
    attributes: SERVICE_ATTRIBUTES,
    run: |input, ctx| run_with(input, ctx, lis1_service::check_absence, lis1_service::view::absence),
    pictures: super::view::Pictures { timeline: Some(super::timeline::draw), bars: None },
    read_issues: read_issues::<lis1_service::ServiceInput>,
};

/// The service elements' own attribute: whom the answers speak to (issue 24
/// item 8, issue 25 item 3). Not a preset: it changes the words, not the input.
pub const SERVICE_ATTRIBUTES: &[Attribute] = &[Attribute {
    name: "voice",
    type_text: "'you' | 'doctor'",
    description: dev_doc!("Whom the answers speak to: `you` (default) to the doctor as \"du\" (\"Du mangler 3 måneder i sykehus.\"), for an applicant's or doctor's own page; `doctor` about the doctor in the third person (\"Legen mangler 3 måneder i sykehus.\"), for an employer's HR page. Any other value is shown as an issue in the element and on the console, and the answers speak to \"du\"."),
    observed: true,
    pointer: None,
}];

/// `<lis1-eligibility>`.
pub static ELIGIBILITY: FormKind = FormKind {
    presets_follow: &["specialty"],
    title: None,
    takes: Some(Takes { kind: "service", values: lis1_eligibility::form::earlier_service }),
    kind: "eligibility",
    // <lis1-eligibility specialty="allmennmedisin" round="2026-09-01" employer="kommune" kommune="1804">
    attributes: ELIGIBILITY_ATTRIBUTES,
    run: |input, ctx| {
        run_with(input, ctx, lis1_eligibility::check_eligibility, |_, r, lang, _| lis1_eligibility::view::view(r, lang))
    },
    pictures: super::view::Pictures::NONE,
    read_issues: read_issues::<lis1_eligibility::EligibilityInput>,
};

/// Preset attributes: the advertised position.
pub const ELIGIBILITY_ATTRIBUTES: &[Attribute] = &[
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

/// `<lis1-cost-estimate>`.
pub static COST: FormKind = FormKind {
    presets_follow: &[],
    title: None,
    takes: None,
    kind: "cost",
    // <lis1-cost-estimate kommune="1804" start="2026-09-01">: the first row.
    attributes: COST_ATTRIBUTES,
    run: |input, ctx| run_with(input, ctx, lis1_cost::estimate_cost, |_, r, lang, _| lis1_cost::view::view(r, lang)),
    pictures: super::view::Pictures { timeline: None, bars: Some(super::chart::bars) },
    read_issues: read_issues::<lis1_cost::CostInput>,
};

/// Preset attributes: the first position row.
pub const COST_ATTRIBUTES: &[Attribute] = &[
    preset(
        "kommune",
        "/positions/0/kommune",
        dev_doc!("Kommune number of the first position (`positions[0].kommune`, e.g. 1804)."),
    ),
    preset(
        "start",
        "/positions/0/start",
        dev_doc!("Start date of the first position, YYYY-MM-DD (`positions[0].start`)."),
    ),
];

/// TypeScript: the tags `defineElements()` returns, one per entry of
/// [`ELEMENTS`] (a test below keeps the two equal).
// wasm-bindgen copies the text at macro time, so rustc sees no use of the
// const on any target; natively only the test below reads it.
#[allow(dead_code)]
const TS_ELEMENT_TAG: &str = r#"
/** The tag of a lis1kit custom element, as returned by `defineElements()`. */
export type ElementTag = 'lis1-rule-sets' | 'lis1-rules' | 'lis1-remaining-service' | 'lis1-absence-check' | 'lis1-eligibility' | 'lis1-cost-estimate';
"#;
#[wasm_bindgen::prelude::wasm_bindgen(typescript_custom_section)]
const TS_ELEMENT_TAG_SECTION: &'static str = TS_ELEMENT_TAG;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_typescript_element_tags_are_the_defined_elements() {
        let ts: Vec<&str> = TS_ELEMENT_TAG.split('\'').skip(1).step_by(2).collect();
        let tags: Vec<&str> = ELEMENTS.iter().map(|e| e.meta.tag).collect();
        assert_eq!(ts, tags);
    }

    #[test]
    fn the_defined_elements_are_the_readme_s_in_its_order() {
        // Independently from README.md "Embedding": the two rule elements, then the form elements of remaining
        // service, absence, eligibility and cost; the two service elements belong to one calculation.
        let defined: Vec<(&str, Option<&str>)> =
            ELEMENTS.iter().map(|e| (e.meta.tag, e.form().map(|k| k.kind))).collect();
        assert_eq!(
            defined,
            [
                ("lis1-rule-sets", None),
                ("lis1-rules", None),
                ("lis1-remaining-service", Some("service")),
                ("lis1-absence-check", Some("service")),
                ("lis1-eligibility", Some("eligibility")),
                ("lis1-cost-estimate", Some("cost")),
            ]
        );
    }

    #[test]
    fn a_form_element_documents_exactly_its_preset_attributes() {
        for spec in ELEMENTS {
            let documented: Vec<(&str, &str)> =
                spec.meta.attributes().filter_map(|a| Some((a.name, a.pointer?))).collect();
            let used: Vec<(&str, &str)> = spec
                .form()
                .map(|k| k.attributes.iter().filter_map(|a| Some((a.name, a.pointer?))).collect())
                .unwrap_or_default();
            assert_eq!(documented, used, "<{}>", spec.meta.tag);
            // Hand-listed from the README's embedding example: the eligibility
            // presets are specialty, round, employer, kommune, then the
            // employer's facts and the view (issue 15 item 6); cost: kommune, start.
            let observed: Vec<&str> = spec.meta.observed().collect();
            match spec.meta.tag {
                "lis1-eligibility" => assert_eq!(
                    observed,
                    [
                        "lang",
                        "preset",
                        "rules-href",
                        "for",
                        "specialty",
                        "round",
                        "employer",
                        "kommune",
                        "registered",
                        "vacancy-from",
                        "fixed-salary",
                        "recruitment-weak",
                        "supervision",
                        "advertised",
                        "lis3-public",
                        "view"
                    ]
                ),
                "lis1-cost-estimate" => {
                    assert_eq!(observed, ["lang", "preset", "rules-href", "for", "kommune", "start"])
                }
                "lis1-remaining-service" | "lis1-absence-check" => {
                    assert_eq!(observed, ["lang", "preset", "rules-href", "for", "voice"])
                }
                "lis1-rules" => assert_eq!(observed, ["lang", "section"]),
                _ => assert_eq!(observed, ["lang"]),
            }
        }
    }
}
