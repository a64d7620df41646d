//! Whom the service answers speak to (issue 24 item 8, issue 25 item 3): the
//! doctor as "du" by default, about the doctor ("Legen …") on an HR page, in
//! nb, nn and en. Every expected sentence is written by hand from the texts'
//! meaning and the rules, not copied from a run.
#![allow(clippy::indexing_slicing, clippy::unwrap_used, clippy::expect_used)]

use lis1_core::view::Voice;
use lis1_core::Lang;
use lis1_service::{check_absence, remaining_service, view, ServiceInput};
use serde_json::json;

/// Six months in hospital, 2023-03-01..2023-08-31 (by anniversary, S-4), and
/// no plan: 12 − 6 = 6 months lack in hospital and all 6 in the kommune
/// (S-1), with no end date to project.
fn half_way() -> ServiceInput {
    serde_json::from_value(json!({
        "periods": [{"part": "hospital", "start": "2023-03-01", "end": "2023-08-31"}]
    }))
    .unwrap()
}

/// A full hospital year, 2023-03-01..2024-02-29, the kommune planned from
/// 2024-03-01: its 6 months end 2024-08-31, the end of del 1 (S-1); no
/// absence, so nothing to make up.
fn on_track() -> ServiceInput {
    serde_json::from_value(json!({
        "periods": [{"part": "hospital", "start": "2023-03-01", "end": "2024-02-29"}],
        "plan": {"nextStart": "2024-03-01"}
    }))
    .unwrap()
}

/// The hospital year 2024-09-01..2025-08-31 with 14 + 59 = 73 working days
/// of absence against an allowance of 12: 61 to make up there, before
/// the kommune, planned 2025-10-01, can start (S-2; the worked example of
/// tests/views.rs: it starts 2025-12-25 and del 1 ends 2026-06-24).
fn over_the_allowance() -> ServiceInput {
    serde_json::from_value(json!({
        "periods": [{"part": "hospital", "start": "2024-09-01", "end": "2025-08-31"}],
        "absences": [
            {"part": "hospital", "kind": "sick", "days": 14},
            {"part": "hospital", "kind": "parental-leave", "days": 59}
        ],
        "plan": {"nextStart": "2025-10-01"}
    }))
    .unwrap()
}

fn remaining(input: &ServiceInput, lang: Lang, voice: Voice) -> String {
    view::remaining(input, &remaining_service(input).unwrap(), lang, voice).answer.text
}

fn absence(input: &ServiceInput, lang: Lang, voice: Voice) -> String {
    view::absence(input, &check_absence(input).unwrap(), lang, voice).answer.text
}

#[test]
fn the_months_that_lack_are_said_to_the_doctor_or_about_the_doctor() {
    let input = half_way();
    assert_eq!(
        remaining(&input, Lang::Nb, Voice::You),
        "Du mangler 6 måneder i sykehus. Du mangler 6 måneder i kommunen."
    );
    assert_eq!(
        remaining(&input, Lang::Nb, Voice::Doctor),
        "Legen mangler 6 måneder i sykehus. Legen mangler 6 måneder i kommunen."
    );
    assert_eq!(
        remaining(&input, Lang::Nn, Voice::Doctor),
        "Legen manglar 6 månader i sjukehus. Legen manglar 6 månader i kommunen."
    );
    assert_eq!(
        remaining(&input, Lang::En, Voice::Doctor),
        "The doctor still lacks 6 months in hospital. The doctor still lacks 6 months in the kommune."
    );
    assert_eq!(
        remaining(&input, Lang::En, Voice::You),
        "You still lack 6 months in hospital. You still lack 6 months in the kommune."
    );
}

#[test]
fn the_end_date_is_said_to_the_doctor_or_about_the_doctor() {
    let input = on_track();
    assert_eq!(remaining(&input, Lang::Nb, Voice::You), "Du er ferdig med tjenestetiden i LIS1 31. august 2024.");
    assert_eq!(remaining(&input, Lang::Nb, Voice::Doctor), "Legen er ferdig med tjenestetiden i LIS1 31. august 2024.");
    assert_eq!(remaining(&input, Lang::Nn, Voice::Doctor), "Legen er ferdig med tenestetida i LIS1 31. august 2024.");
    assert_eq!(
        remaining(&input, Lang::En, Voice::Doctor),
        "The doctor finishes the LIS1 service time on 31 August 2024."
    );
}

#[test]
fn days_to_make_up_are_said_about_the_doctor_and_the_rest_of_the_answer_stays() {
    let input = over_the_allowance();
    // The sentences that speak to or about the doctor change; the kommune's start and the sum do not.
    let rest = "Kommunedelen kan tidligst starte 25. desember 2025 (ikke 1. oktober 2025): 61 arbeidsdager må tas \
                igjen i sykehuset først. Sykehusdelen: 59 foreldrepermisjon + 14 egen sykdom = 73 arbeidsdager \
                fravær, grensen er 12.";
    assert_eq!(
        remaining(&input, Lang::Nb, Voice::Doctor),
        format!(
            "Legen er ferdig med tjenestetiden i LIS1 24. juni 2026. Legen må jobbe 61 arbeidsdager ekstra i \
             sykehusdelen fordi fraværet er over grensen. {rest}"
        )
    );
    assert!(
        remaining(&input, Lang::Nn, Voice::Doctor).starts_with(
            "Legen er ferdig med tenestetida i LIS1 24. juni 2026. Legen må jobbe 61 arbeidsdagar ekstra i \
             sjukehusdelen fordi fråværet er over grensa. Kommunedelen kan tidlegast starte 25. desember 2025"
        ),
        "{}",
        remaining(&input, Lang::Nn, Voice::Doctor)
    );
    assert!(
        remaining(&input, Lang::En, Voice::Doctor).starts_with(
            "The doctor finishes the LIS1 service time on 24 June 2026. The doctor must work 61 extra working days \
             in the hospital part because absence is above the allowance."
        ),
        "{}",
        remaining(&input, Lang::En, Voice::Doctor)
    );
    // The absence check: the same 61 days, about the doctor.
    assert!(absence(&input, Lang::Nb, Voice::Doctor)
        .starts_with("Legen må jobbe 61 arbeidsdager ekstra i sykehusdelen fordi fraværet er over grensen."));
    assert!(absence(&input, Lang::Nb, Voice::You)
        .starts_with("Du må jobbe 61 arbeidsdager ekstra i sykehusdelen fordi fraværet er over grensen."));
}

#[test]
fn absence_within_the_allowance_is_said_to_the_doctor_or_about_the_doctor() {
    let input = on_track();
    assert_eq!(
        absence(&input, Lang::Nb, Voice::You),
        "Fraværet er innenfor grensene. Du trenger ikke å ta igjen dager."
    );
    assert_eq!(
        absence(&input, Lang::Nb, Voice::Doctor),
        "Fraværet er innenfor grensene. Legen trenger ikke å ta igjen dager."
    );
    assert_eq!(
        absence(&input, Lang::Nn, Voice::Doctor),
        "Fråværet er innanfor grensene. Legen treng ikkje å ta att dagar."
    );
    assert_eq!(
        absence(&input, Lang::En, Voice::Doctor),
        "The doctor's absence is within the allowances. The doctor does not have to make up any days."
    );
}

/// Words that speak to the reader, in nb, nn and en.
const TO_THE_READER: &[&str] = &["du", "deg", "din", "ditt", "dine", "you", "your"];

fn speaks_to_the_reader(text: &str) -> bool {
    text.split(|c: char| !c.is_alphanumeric()).any(|w| TO_THE_READER.contains(&w.to_lowercase().as_str()))
}

#[test]
fn in_the_doctor_voice_no_answer_speaks_to_the_reader_in_any_language() {
    for input in [half_way(), on_track(), over_the_allowance()] {
        for lang in [Lang::Nb, Lang::Nn, Lang::En] {
            let r = remaining_service(&input).unwrap();
            let remaining = view::remaining(&input, &r, lang, Voice::Doctor);
            let absence = view::absence(&input, &check_absence(&input).unwrap(), lang, Voice::Doctor);
            for v in [remaining, absence] {
                assert!(!speaks_to_the_reader(&v.answer.text), "{lang:?}: {}", v.answer.text);
                // The notes shown with the answer (assumption sentences, warnings) speak to no one either.
                for block in &v.blocks {
                    let texts: Vec<&String> = match block {
                        lis1_core::view::Block::Notes(n) => {
                            n.assumptions.iter().map(|a| &a.text).chain(n.warnings.iter().map(|w| &w.message)).collect()
                        }
                        lis1_core::view::Block::Folded(f) => f.assumptions.iter().map(|a| &a.text).collect(),
                        _ => Vec::new(),
                    };
                    for text in texts {
                        assert!(!speaks_to_the_reader(text), "{lang:?}: {text}");
                    }
                }
            }
        }
    }
    // The check can fail: the default voice does speak to the reader.
    assert!(speaks_to_the_reader(&remaining(&half_way(), Lang::Nn, Voice::You)));
}

#[test]
fn the_default_voice_is_to_the_doctor() {
    assert_eq!(Voice::default(), Voice::You);
}
