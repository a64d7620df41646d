//! `<lis1-eligibility>`: the eligibility form, then the eligibility view
//! (`lis1_eligibility::view`): the verdict, the applicant's reasons and the
//! employer checklist, and the 6.5-year timeline.

use super::form_element::{read_issues, run_with, FormKind, Takes};
use super::meta::{dev_doc, preset, preset_flag, Attribute};

/// `<lis1-eligibility>`.
pub static ELIGIBILITY: FormKind = FormKind {
    presets_follow: &["specialty"],
    title: None,
    takes: Some(Takes { kind: "service", values: lis1_eligibility::form::earlier_service }),
    kind: "eligibility",
    // <lis1-eligibility specialty="allmennmedisin" round="2026-09-01" employer="kommune" kommune="1804">
    attributes: PRESET_ATTRIBUTES,
    run: |input, ctx| {
        run_with(input, ctx, lis1_eligibility::check_eligibility, |_, r, lang| lis1_eligibility::view::view(r, lang))
    },
    pictures: super::view::Pictures::NONE,
    read_issues: read_issues::<lis1_eligibility::EligibilityInput>,
};

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
