//! The service results in words (`lis1_service::view`): the answer first,
//! the figures per part, the timeline's lanes. Expected values by hand.
#![allow(clippy::indexing_slicing, clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use lis1_core::view::{Block, MarkKind, Voice};
use lis1_core::{Date, Lang};
use lis1_service::{check_absence, view, ServiceInput};
use serde_json::json;
use time::macros::date;

fn input() -> ServiceInput {
    // A full hospital year, 2023-03-01..2024-02-29 (12 months by anniversary), and the kommune planned from
    // 2024-03-01 at 100 %: its 6 months end the day before 2024-09-01 → 2024-08-31, the end of del 1 (S-1).
    serde_json::from_value(json!({
        "periods": [{"part": "hospital", "start": "2023-03-01", "end": "2024-02-29"}],
        "plan": {"nextStart": "2024-03-01"}
    }))
    .unwrap()
}

#[test]
fn the_remaining_view_answers_when_the_service_time_ends() {
    let input = input();
    let r = lis1_service::remaining_service(&input).unwrap();
    let v = view::remaining(&input, &r, Lang::Nb, Voice::You);
    assert_eq!(v.answer.text, "Du er ferdig med tjenestetiden i LIS1 31. august 2024.");
    let Block::Table(t) = &v.blocks[0] else { panic!("a table first: {:?}", v.blocks[0]) };
    assert_eq!(
        t.head,
        ["Del", "Kreves (mnd.)", "Tellende (mnd.)", "Gjenstår (mnd.)", "Dager å ta igjen", "Beregnet slutt"]
    );
    assert_eq!(t.rows[0], ["Sykehusdelen", "12", "12", "0", "0", "29. februar 2024"]);
    assert_eq!(t.rows[1], ["Kommunedelen", "6", "0", "6", "0", "31. august 2024"]);
}

#[test]
fn the_timeline_has_the_served_year_and_the_planned_half_year() {
    let input = input();
    let r = lis1_service::remaining_service(&input).unwrap();
    let v = view::remaining(&input, &r, Lang::En, Voice::You);
    let Some(Block::Timeline(t)) = v.blocks.iter().find(|b| matches!(b, Block::Timeline(_))) else {
        panic!("no timeline")
    };
    // From the first period's start to the projected end of the municipal part.
    assert_eq!((t.first, t.last), (date!(2023 - 03 - 01), date!(2024 - 08 - 31)));
    let marks = |lane: usize| -> Vec<(MarkKind, Date, Date)> {
        t.lanes[lane].marks.iter().map(|m| (m.kind, m.start, m.end)).collect()
    };
    assert_eq!(marks(0), [(MarkKind::Counting, date!(2023 - 03 - 01), date!(2024 - 02 - 29))]);
    assert_eq!(marks(1), [(MarkKind::Planned, date!(2024 - 03 - 01), date!(2024 - 08 - 31))]);
    assert_eq!(t.lanes[1].end, Some(date!(2024 - 08 - 31)));
    assert_eq!(
        t.sentences[0],
        "Hospital part: 12 of 12 months counted, 0 days to make up, projected end 29 February 2024."
    );
}

#[test]
fn the_absence_view_says_no_days_are_owed_within_the_allowance() {
    let r = check_absence(&input()).unwrap();
    let v = view::absence(&input(), &r, Lang::Nn, Voice::You);
    assert_eq!(v.answer.text, "Fråværet er innanfor grensene. Du treng ikkje å ta att dagar.");
}

#[test]
fn the_answer_says_when_make_up_days_move_the_kommune_and_how_the_absence_adds_up() {
    // Hospital 2024-09-01..2025-08-31: 12 months. Absence there: 14 days own sickness + 59 days parental leave = 73
    // working days (A-O2 default), allowance 12 → 61 to make up (A-O1: the excess). Planned on from
    // 2025-10-01: the 61 working days run 2025-10-01..2025-12-24 (October 23 weekdays, November 20, December 1–24
    // 18; 25 and 26 December are holidays after it), so the kommune can start 2025-12-25 at the earliest (S-2), and
    // its 6 months end the day before 2026-06-25.
    let input: ServiceInput = serde_json::from_value(json!({
        "periods": [{"part": "hospital", "start": "2024-09-01", "end": "2025-08-31"}],
        "absences": [
            {"part": "hospital", "kind": "sick", "days": 14},
            {"part": "hospital", "kind": "parental-leave", "days": 59}
        ],
        "plan": {"nextStart": "2025-10-01"}
    }))
    .unwrap();
    let r = lis1_service::remaining_service(&input).unwrap();
    let v = view::remaining(&input, &r, Lang::Nb, Voice::You);
    assert_eq!(
        v.answer.text,
        "Du er ferdig med tjenestetiden i LIS1 24. juni 2026. \
         Du må jobbe 61 arbeidsdager ekstra i sykehusdelen fordi fraværet er over grensen. \
         Kommunedelen kan tidligst starte 25. desember 2025 (ikke 1. oktober 2025): 61 arbeidsdager må tas igjen i \
         sykehuset først. \
         Sykehusdelen: 59 foreldrepermisjon + 14 egen sykdom = 73 arbeidsdager fravær, grensen er 12."
    );
    // In calendar days (A-O2) the unit says so.
    let mut calendar = input.clone();
    calendar.options = Some(serde_json::from_value(json!({"dayUnit": "calendar-days"})).unwrap());
    let a = check_absence(&calendar).unwrap();
    let v = view::absence(&calendar, &a, Lang::En, Voice::You);
    assert!(v.answer.text.contains("extra calendar days in the hospital part"), "{}", v.answer.text);
}
