//! The form for `checkEligibility` (`EligibilityInput` of lis1-eligibility).
//!
//! Choices and limits come from lis1-eligibility's own tables
//! (`SPECIALTIES`, `EXEMPTIONS`, `EMPLOYER_KINDS`, `APPROVED_FOR`,
//! `MAX_MONTHS`, the kommune table of lis1-kommuner); a test checks that every value of those
//! tables has a label here.
//!
//! Out of scope for this form: earlier LIS1 service given as a full
//! `ServiceInput` (`applicant.lis1` also accepts one; the API takes it, the
//! service form collects it). Here earlier service is the summary
//! `{ hospitalMonths, municipalMonths, complete, firstStart, makeUpDays,
//! learningGoalsApproved }` (B-12, B-14, T-1), which
//! `Lis1Summary::from_service` fills from a service history. The round is a date
//! control, not a select: which rounds are upcoming or recent is not static
//! data; the help text and `validate` give the B-2 rule (1 March or
//! 1 September).

pub mod texts;

use crate::input::{APPROVED_FOR, DAY_UNITS, EMPLOYER_KINDS, EXEMPTIONS, MAX_MAKE_UP_DAYS, MAX_MONTHS, SPECIALTIES};
use lis1_core::{Lang, MessageDef};
use serde_json::json;

use lis1_core::form::texts as shared;
use lis1_core::form::{choices, field, t, with_help, Control, FormSpec, Preset, Section};
use lis1_service::form::texts as service_texts;
use texts as m;

/// The label of a value of one of lis1-eligibility's enum tables.
fn choice_text(value: &str) -> Option<&'static MessageDef> {
    Some(match value {
        "allmennmedisin" => &m::CHOICE_ALLMENNMEDISIN,
        "psykiatri" => &m::CHOICE_PSYKIATRI,
        "bup" => &m::CHOICE_BUP,
        "foreign-del1" => &m::CHOICE_FOREIGN_DEL1,
        "half-specialist-abroad" => &m::CHOICE_HALF_ABROAD,
        "eea-before-2019" => &m::CHOICE_EEA,
        "helseforetak" => &m::CHOICE_HELSEFORETAK,
        "kommune" => &m::CHOICE_KOMMUNE,
        "workdays" => &service_texts::UNIT_WORKDAYS,
        "calendar-days" => &service_texts::UNIT_CALENDAR,
        _ => return None,
    })
}

fn select(lang: Lang, values: &'static [&'static str]) -> Control {
    Control::Select { options: choices(lang, values, choice_text), default: None }
}

fn multi(lang: Lang, values: &'static [&'static str]) -> Control {
    Control::MultiSelect { options: choices(lang, values, choice_text) }
}

fn applicant(lang: Lang) -> Section {
    Section {
        id: "applicant",
        legend: t(lang, &m::APPLICANT_LEGEND),
        help: Some(t(lang, &m::APPLICANT_HELP)),
        path: "/applicant",
        repeat: None,
        fields: vec![
            field(lang, "specialty", &m::FIELD_SPECIALTY, select(lang, SPECIALTIES), true),
            with_help(
                field(lang, "authorised", &m::FIELD_AUTHORISED, Control::Checkbox { default: false }, true),
                lang,
                &m::FIELD_AUTHORISED_HELP,
            ),
            // T-1 counts the 6.5 years from it (S-11: only for an authorised doctor).
            with_help(
                field(lang, "authorisedOn", &m::FIELD_AUTHORISED_ON, Control::Date, false),
                lang,
                &m::FIELD_AUTHORISED_ON_HELP,
            ),
            with_help(
                field(lang, "exemptions", &m::FIELD_EXEMPTIONS, multi(lang, EXEMPTIONS), false),
                lang,
                &m::FIELD_EXEMPTIONS_HELP,
            ),
        ],
    }
}

/// Earlier LIS1 service as the summary form (see the module comment).
fn earlier_lis1(lang: Lang) -> Section {
    // Month-equivalents, shown to 2 decimals like every month figure.
    let unit = t(lang, &shared::UNIT_MONTHS);
    let months = || Control::Number { min: 0.0, max: MAX_MONTHS, step: 0.01, unit: Some(unit.clone()), default: None };
    Section {
        id: "earlier-lis1",
        legend: t(lang, &m::LIS1_LEGEND),
        help: Some(t(lang, &m::LIS1_HELP)),
        path: "/applicant/lis1",
        repeat: None,
        fields: vec![
            field(lang, "hospitalMonths", &m::FIELD_HOSPITAL_MONTHS, months(), true),
            field(lang, "municipalMonths", &m::FIELD_MUNICIPAL_MONTHS, months(), true),
            field(lang, "complete", &m::FIELD_COMPLETE, Control::Checkbox { default: false }, false),
            with_help(
                field(lang, "firstStart", &m::FIELD_FIRST_START, Control::Date, false),
                lang,
                &m::FIELD_FIRST_START_HELP,
            ),
        ],
    }
}

/// Make-up days still owed from earlier service (B-14, A-3). The unit has no
/// default choice, so an untouched section adds nothing to the input (the
/// calculation's default is working days, A-O2).
fn earlier_make_up(lang: Lang) -> Section {
    let days = || Control::Number {
        min: 0.0,
        max: MAX_MAKE_UP_DAYS,
        step: 0.01,
        unit: Some(t(lang, &shared::UNIT_DAYS)),
        default: None,
    };
    Section {
        id: "earlier-lis1-make-up",
        legend: t(lang, &m::MAKE_UP_LEGEND),
        help: Some(t(lang, &m::MAKE_UP_HELP)),
        path: "/applicant/lis1/makeUpDays",
        repeat: None,
        fields: vec![
            field(lang, "hospital", &m::FIELD_MAKE_UP_HOSPITAL, days(), false),
            field(lang, "municipal", &m::FIELD_MAKE_UP_MUNICIPAL, days(), false),
            field(lang, "dayUnit", &service_texts::FIELD_DAY_UNIT, select(lang, DAY_UNITS), false),
        ],
    }
}

/// The læringsmål of earlier service per part (S-9, B-14): unticked = not approved.
fn earlier_goals(lang: Lang) -> Section {
    Section {
        id: "earlier-lis1-goals",
        legend: t(lang, &m::GOALS_LEGEND),
        help: Some(t(lang, &m::GOALS_HELP)),
        path: "/applicant/lis1/learningGoalsApproved",
        repeat: None,
        fields: vec![
            field(lang, "hospital", &service_texts::FIELD_GOALS_HOSPITAL, Control::Checkbox { default: false }, false),
            field(
                lang,
                "municipal",
                &service_texts::FIELD_GOALS_MUNICIPAL,
                Control::Checkbox { default: false },
                false,
            ),
        ],
    }
}

fn employer(lang: Lang) -> Section {
    // An item left unticked is "not confirmed" in the checklist, never
    // assumed (crate::employer).
    let check = |key, label| field(lang, key, label, Control::Checkbox { default: false }, false);
    Section {
        id: "employer",
        legend: t(lang, &m::EMPLOYER_LEGEND),
        help: Some(t(lang, &m::EMPLOYER_HELP)),
        path: "/employer",
        repeat: None,
        fields: vec![
            field(lang, "kind", &m::FIELD_EMPLOYER_KIND, select(lang, EMPLOYER_KINDS), true),
            field(lang, "kommune", &m::FIELD_KOMMUNE, lis1_kommuner::kommune_select(), false),
            field(lang, "approvedFor", &m::FIELD_APPROVED_FOR, multi(lang, APPROVED_FOR), false),
            check("registeredForAllmennmedisin", &m::FIELD_REGISTERED),
            with_help(
                field(lang, "vacancyFrom", &m::FIELD_VACANCY_FROM, Control::Date, false),
                lang,
                &m::FIELD_VACANCY_HELP,
            ),
            check("fixedSalary", &m::FIELD_FIXED_SALARY),
            check("recruitmentWeak", &m::FIELD_RECRUITMENT_WEAK),
            check("supervisionCapacity", &m::FIELD_SUPERVISION),
            check("advertisementStatesCriteria", &m::FIELD_ADVERTISEMENT),
            check("lis3PostAdvertisedPublicly", &m::FIELD_LIS3_PUBLIC),
        ],
    }
}

fn round(lang: Lang) -> Section {
    Section {
        id: "round",
        legend: t(lang, &m::ROUND_LEGEND),
        help: None,
        path: "",
        repeat: None,
        fields: vec![with_help(
            field(lang, "round", &m::FIELD_ROUND, Control::Date, false),
            lang,
            &m::FIELD_ROUND_HELP,
        )],
    }
}

fn options(lang: Lang) -> Section {
    Section {
        id: "options",
        legend: t(lang, &m::OPTIONS_LEGEND),
        help: None,
        path: "/options",
        repeat: None,
        // P-1 is a proposal: off by default (docs/rules.md section 1).
        fields: vec![field(
            lang,
            "offerOnlyMissing",
            &service_texts::FIELD_OFFER_ONLY_MISSING,
            Control::Checkbox { default: false },
            false,
        )],
    }
}

/// Worked example 1 (docs/rules.md#example-1) as a bound psykiatri path at an
/// approved helseforetak, and an allmennmedisin path in Bodø (1804), the
/// README's embedding example (`round="2026-09-01" kommune="1804"`). In both
/// the LIS3/ALIS post is vacant from the day after LIS1 ends, 18 months
/// after the start (B-21).
fn presets(lang: Lang) -> Vec<Preset> {
    vec![
        Preset {
            id: "psykiatri-2022",
            label: t(lang, &m::PRESET_PSYKIATRI),
            input: json!({
                "applicant": { "authorised": true, "specialty": "psykiatri" },
                "employer": { "kind": "helseforetak", "approvedFor": ["psykiatri"], "vacancyFrom": "2024-03-01",
                              "advertisementStatesCriteria": true, "lis3PostAdvertisedPublicly": true },
                "round": "2022-09-01"
            }),
        },
        Preset {
            id: "allmennmedisin-bodo",
            label: t(lang, &m::PRESET_BODO),
            input: json!({
                "applicant": { "authorised": true, "specialty": "allmennmedisin" },
                "employer": { "kind": "kommune", "kommune": "1804", "registeredForAllmennmedisin": true,
                              "vacancyFrom": "2028-03-01", "fixedSalary": true, "supervisionCapacity": true,
                              "advertisementStatesCriteria": true, "lis3PostAdvertisedPublicly": true },
                "round": "2026-09-01"
            }),
        },
    ]
}

/// The eligibility form in `lang`.
pub fn form(lang: Lang) -> FormSpec {
    FormSpec {
        kind: "eligibility",
        title: t(lang, &m::TITLE),
        sections: vec![
            applicant(lang),
            earlier_lis1(lang),
            earlier_make_up(lang),
            earlier_goals(lang),
            employer(lang),
            round(lang),
            options(lang),
        ],
        presets: presets(lang),
        submit_label: t(lang, &m::SUBMIT),
    }
}

/// This form's fields filled from a service history (an element with `for`
/// a remaining-service form): the applicant's earlier LIS1 service,
/// summarised by the typed conversion `Lis1Summary::from_service` (B-12,
/// B-14, T-1) — counted months, make-up days still owed, the læringsmål per
/// part, whether del 1 is complete and the first day of counted service —
/// as (JSON pointer of this form's field, value). The history is read and
/// run through the service engine again (typed), never picked from a
/// result's JSON. Nothing when the history cannot be read or no month is
/// counted; `null` clears a field.
pub fn earlier_service(history: &serde_json::Value, lang: lis1_core::Lang) -> Vec<(&'static str, serde_json::Value)> {
    let Ok(input) = lis1_service::ServiceInput::read(&lis1_core::read::Json(Some(history)), lang) else {
        return Vec::new();
    };
    let Ok(result) = lis1_service::remaining_service(&input) else { return Vec::new() };
    let s = crate::Lis1Summary::from_service(&input, &result);
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{EligibilityInput, Eligible};
    use lis1_core::form::checks::{control, preset, values};

    fn section(spec: &FormSpec, id: &str) -> Section {
        spec.sections.iter().find(|s| s.id == id).cloned().unwrap()
    }

    #[test]
    fn every_value_of_the_eligibility_tables_has_a_label() {
        for table in [SPECIALTIES, EXEMPTIONS, EMPLOYER_KINDS, APPROVED_FOR, DAY_UNITS] {
            for value in table {
                assert!(choice_text(value).is_some(), "no label for {value}");
            }
        }
    }

    #[test]
    fn choices_are_the_eligibility_tables() {
        let spec = form(Lang::Nb);
        let applicant = section(&spec, "applicant");
        let employer = section(&spec, "employer");
        assert_eq!(values(&control(&applicant, "specialty")), SPECIALTIES);
        assert_eq!(values(&control(&applicant, "exemptions")), EXEMPTIONS);
        assert_eq!(values(&control(&employer, "kind")), EMPLOYER_KINDS);
        assert_eq!(values(&control(&employer, "approvedFor")), APPROVED_FOR);
        // Exemptions and approvedFor are lists: multi-selects, one checkbox each.
        assert!(matches!(control(&applicant, "exemptions"), Control::MultiSelect { .. }));
        assert!(matches!(control(&employer, "approvedFor"), Control::MultiSelect { .. }));
    }

    #[test]
    fn b_20_kommune_choices_are_the_357_kommuner_of_2024_each_valid() {
        // 2024: 357 kommuner (Kartverket); Bodø is 1804.
        let kommuner = values(&control(&section(&form(Lang::En), "employer"), "kommune"));
        assert_eq!(kommuner.len(), 357);
        let bodo = match control(&section(&form(Lang::En), "employer"), "kommune") {
            Control::Select { options, .. } => options.into_iter().find(|c| c.value == "1804").map(|c| c.label),
            _ => None,
        };
        assert_eq!(bodo.as_deref(), Some("1804 Bodø"));
        for number in kommuner {
            assert_eq!(crate::input::kommune_number(number), Ok(()), "{number}");
        }
    }

    #[test]
    fn every_field_key_is_a_key_of_eligibility_input() {
        // Serialising a fully filled EligibilityInput gives every key the type
        // has; the form must not invent keys the calculation would reject.
        let full: EligibilityInput = serde_json::from_value(json!({
            "applicant": { "authorised": true, "authorisedOn": "2022-06-20", "specialty": "psykiatri",
                           "lis1": { "hospitalMonths": 6, "municipalMonths": 0, "complete": false,
                                     "firstStart": "2022-03-01",
                                     "makeUpDays": { "hospital": 2, "municipal": 0, "dayUnit": "workdays" },
                                     "learningGoalsApproved": { "hospital": false, "municipal": false } },
                           "exemptions": ["foreign-del1"] },
            "employer": { "kind": "helseforetak", "kommune": "0301", "approvedFor": ["psykiatri"],
                          "registeredForAllmennmedisin": false, "vacancyFrom": "2024-03-01", "fixedSalary": true,
                          "recruitmentWeak": false, "supervisionCapacity": true, "advertisementStatesCriteria": true,
                          "lis3PostAdvertisedPublicly": true },
            "round": "2022-09-01",
            "options": { "offerOnlyMissing": true }
        }))
        .unwrap();
        let value = serde_json::to_value(full).unwrap();
        lis1_core::form::checks::field_keys_exist(&form(Lang::En), &value, "EligibilityInput");
    }

    #[test]
    fn presets_are_valid_eligibility_inputs() {
        lis1_core::form::checks::presets_are_valid::<EligibilityInput>(&form(Lang::Nb), crate::validate);
    }

    #[test]
    fn t_1_psykiatri_preset_is_worked_example_1() {
        // Worked example 1 (docs/rules.md#example-1): hospital 2022-09-01..2023-08-31, municipal
        // 2023-09-01..2024-02-29, LIS3 from 2024-03-01; 6.5 years = 78 months
        // from 2022-09-01 end on 2029-02-28. Every employer item is stated.
        let input: EligibilityInput = preset(&form(Lang::En), "psykiatri-2022");
        let result = crate::check_eligibility(&input).unwrap();
        assert_eq!(result.eligible, Eligible::Yes);
        let timeline = serde_json::to_value(result.timeline.unwrap()).unwrap();
        assert_eq!(timeline["lis1Start"], "2022-09-01");
        assert_eq!(timeline["hospitalEnd"], "2023-08-31");
        assert_eq!(timeline["municipalStart"], "2023-09-01");
        assert_eq!(timeline["lis1End"], "2024-02-29");
        assert_eq!(timeline["specialtyStart"], "2024-03-01");
        assert_eq!(timeline["minimumEnd"], "2029-02-28");
        assert!(result.employer_checklist.unwrap().iter().all(|item| item.met));
    }

    #[test]
    fn b_1_bodo_preset_is_an_allmennmedisin_path_from_2026_09_01() {
        // ALIS starts 18 months after 2026-09-01: 2028-03-01, the day the
        // post is vacant (B-21).
        let input: EligibilityInput = preset(&form(Lang::En), "allmennmedisin-bodo");
        let result = crate::check_eligibility(&input).unwrap();
        assert_eq!(result.eligible, Eligible::Yes);
        let timeline = serde_json::to_value(result.timeline.unwrap()).unwrap();
        assert_eq!(timeline["specialtyStart"], "2028-03-01");
        assert_eq!(result.employer_kommune.map(|k| k.name), Some("Bodø"));
    }

    #[test]
    fn limits_come_from_the_eligibility_crate() {
        let lis1 = section(&form(Lang::Nb), "earlier-lis1");
        for key in ["hospitalMonths", "municipalMonths"] {
            assert!(
                matches!(control(&lis1, key), Control::Number { min, max, .. } if min == 0.0 && max == MAX_MONTHS),
                "{key}"
            );
        }
        let days = section(&form(Lang::Nb), "earlier-lis1-make-up");
        for key in ["hospital", "municipal"] {
            assert!(
                matches!(control(&days, key), Control::Number { min, max, .. } if min == 0.0 && max == MAX_MAKE_UP_DAYS),
                "{key}"
            );
        }
        assert_eq!(values(&control(&days, "dayUnit")), DAY_UNITS);
    }

    #[test]
    fn t_1_the_authorisation_date_is_asked_with_a_label_and_help_in_three_languages() {
        for (lang, label) in [
            (Lang::Nb, "Dato for autorisasjon"),
            (Lang::Nn, "Dato for autorisasjon"),
            (Lang::En, "Date of authorisation"),
        ] {
            let applicant = section(&form(lang), "applicant");
            let f = applicant.fields.iter().find(|f| f.key == "authorisedOn").unwrap();
            assert_eq!((f.label.as_str(), f.control.clone(), f.required), (label, Control::Date, false));
            assert!(f.help.as_deref().is_some_and(|h| h.contains("6,5") || h.contains("6.5")));
        }
    }
}

#[cfg(test)]
mod field_at_tests {
    use lis1_core::Lang;

    #[test]
    fn an_issue_path_finds_its_field_in_a_nested_object_and_the_top_level() {
        let eligibility = super::form(Lang::En);
        // A nested object (EligibilityInput.employer.kind) and the top level (round).
        assert_eq!(eligibility.field_at("/employer/kind").map(|f| f.key), Some("kind"));
        assert_eq!(eligibility.field_at("/round").map(|f| f.key), Some("round"));
        assert!(eligibility.field_at("").is_none());
    }
}
