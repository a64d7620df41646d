//! The roster of issue 25: several doctors' rows, their CSV and their
//! calendar. Every expected figure is derived below from docs/rules.md (month
//! counting by anniversary, A-3, the projection conventions), every expected
//! text from the catalogue's templates and RFC 4180 / RFC 5545.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, clippy::indexing_slicing)]

use lis1_core::ical::token;
use lis1_core::read::Json;
use lis1_core::{ErrorKind, Lang};
use lis1_service::roster::{roster, roster_calendar, roster_csv, RosterInput, StatusCode};
use serde_json::{json, Value};

/// Kari: worked example 2 of docs/rules.md. Hospital 2023-03-01..2024-02-29 is 12 whole months (month 12 ends the
/// day before 2024-03-01); 20 working days of sick leave, 2023-10-02 (Monday)..2023-10-27 (Friday), four weeks
/// without a public holiday. A-3 (part started after 2019-06-21): allowance 12, excess 8 working days to make
/// up (A-O1 default: the excess only). Plan from 2024-03-01 (Friday): the 8 make-up days are Mar 1, 4, 5, 6,
/// 7, 8, 11, 12 → the hospital part ends 2024-03-12, its make-up from 2024-03-01. The municipal part starts
/// the day after (S-2), 2024-03-13; 6 months end the day before 2024-09-13 → 2024-09-12 = end of del 1.
/// Her name holds `,` and `;` (CSV quoting, iCalendar escaping) and `ø`, `Å` (UTF-8 octets).
const KARI: &str = "Kari Nordmann-Bergstrøm, Ås; ID7";

fn kari() -> Value {
    json!({ "name": KARI, "input": {
        "periods": [{ "part": "hospital", "start": "2023-03-01", "end": "2024-02-29" }],
        "absences": [{ "part": "hospital", "kind": "sick", "start": "2023-10-02", "end": "2023-10-27" }],
        "plan": { "nextStart": "2024-03-01" }
    }})
}

/// Ola: 80 % from 2023-09-01 to 2024-02-29 counts 6 × 0.8 = 4.8 months (S-4); 7.2 remain. At 80 % from
/// 2024-03-01 they take 7.2 / 0.8 = 9 months → the day before 2024-12-01 = 2024-11-30 (as worked example 4:
/// the whole hospital part at 80 % from 2023-09-01 ends 2024-11-30). Municipal from 2024-12-01 at 80 %:
/// 6 / 0.8 = 7.5 months; 7 whole end the day before 2025-07-01; the half month is ceil(0.5 × 31) = 16 days of
/// the window 2025-07-01..07-31 → 2025-07-16. No absence: 0 of 12 and 0 of 6 used.
fn ola() -> Value {
    json!({ "name": "Ola Hansen", "input": {
        "periods": [{ "part": "hospital", "start": "2023-09-01", "end": "2024-02-29", "percent": 80 }],
        "plan": { "nextStart": "2024-03-01", "percent": 80 }
    }})
}

/// Per: worked example 1, done: hospital 2022-09-01..2023-08-31 (12.0), municipal 2023-09-01..2024-02-29
/// (6.0), both parts' læringsmål approved (S-9). Each part ends the day it was completed.
fn per() -> Value {
    json!({ "name": "Per Berg", "input": {
        "periods": [
            { "part": "hospital", "start": "2022-09-01", "end": "2023-08-31" },
            { "part": "municipal", "start": "2023-09-01", "end": "2024-02-29" }
        ],
        "learningGoalsApproved": { "hospital": true, "municipal": true }
    }})
}

/// A doctor whose period ends before it starts, and whose "name" is a formula.
const EVIL: &str = "=HYPERLINK(\"http://x\")";

fn evil() -> Value {
    json!({ "name": EVIL, "input": {
        "periods": [{ "part": "hospital", "start": "2024-03-01", "end": "2024-02-01" }]
    }})
}

fn typed(value: Value) -> RosterInput {
    serde_json::from_value(value).expect("a roster input")
}

fn four(order: &str) -> RosterInput {
    typed(json!({ "doctors": [kari(), ola(), per(), evil()], "order": order }))
}

#[test]
fn each_doctor_has_a_row_with_the_figures_of_its_history() {
    let table = roster(&four("input")).unwrap();
    let names: Vec<&str> = table.rows.iter().map(|r| r.name.as_str()).collect();
    assert_eq!(names, [KARI, "Ola Hansen", "Per Berg", EVIL]);

    let k = &table.rows[0];
    assert_eq!((k.status.code, k.status.text.as_str()), (StatusCode::MakeUp, "må ta igjen dager"));
    let h = k.hospital.as_ref().unwrap();
    assert_eq!((h.counted_months, h.remaining_months), (12.0, 0.0));
    assert_eq!((h.absence_used_days, h.absence_allowance_days, h.make_up_days), (20.0, 12.0, 8.0));
    assert_eq!((h.projected_end.as_deref(), h.make_up_from.as_deref()), (Some("2024-03-12"), Some("2024-03-01")));
    assert_eq!(k.municipal.as_ref().unwrap().projected_end.as_deref(), Some("2024-09-12"));
    assert_eq!(k.projected_del1_end.as_deref(), Some("2024-09-12"));
    let unit = k.day_unit.as_ref().unwrap();
    assert_eq!((unit.code, unit.text.as_str()), ("workdays", "arbeidsdager"));

    let o = &table.rows[1];
    assert_eq!((o.status.code, o.status.text.as_str()), (StatusCode::OnTrack, "på skjema"));
    assert_eq!(o.hospital.as_ref().unwrap().counted_months, 4.8);
    assert_eq!(o.hospital.as_ref().unwrap().remaining_months, 7.2);
    assert_eq!(o.hospital.as_ref().unwrap().projected_end.as_deref(), Some("2024-11-30"));
    assert_eq!(o.projected_del1_end.as_deref(), Some("2025-07-16"));

    let p = &table.rows[2];
    assert_eq!((p.status.code, p.status.text.as_str()), (StatusCode::Done, "ferdig"));
    assert!(p.del1_complete);
    assert_eq!(p.hospital.as_ref().unwrap().projected_end.as_deref(), Some("2023-08-31"));
}

#[test]
fn a_doctor_with_bad_input_keeps_its_row_with_status_error_and_its_issues() {
    let table = roster(&four("input")).unwrap();
    let e = &table.rows[3];
    assert_eq!((e.index, e.name.as_str()), (3, EVIL));
    assert_eq!((e.status.code, e.status.text.as_str()), (StatusCode::Error, "feil i opplysningene"));
    // The history's issue, its path into the roster input; the catalogue's nb template "Sluttdato {end} er før
    // startdato {start}." with its dates in words.
    let issues: Vec<(&str, &str)> = e.issues.iter().map(|i| (i.path.as_str(), i.code)).collect();
    assert_eq!(issues, [("/doctors/3/input/periods/0/end", "range.end-before-start")]);
    assert_eq!(e.issues[0].message, "Sluttdato 1. februar 2024 er før startdato 1. mars 2024.");
    assert!(e.hospital.is_none() && e.municipal.is_none() && e.projected_del1_end.is_none());
    // The other rows are untouched by it.
    assert!(table.rows[..3].iter().all(|r| r.issues.is_empty()));
}

#[test]
fn a_blank_name_is_an_issue_of_its_row_which_keeps_its_figures() {
    let mut doctor = ola();
    doctor["name"] = json!("  ");
    let table = roster(&typed(json!({ "doctors": [doctor] }))).unwrap();
    let row = &table.rows[0];
    assert_eq!(row.status.code, StatusCode::Error);
    assert_eq!(row.issues[0].path, "/doctors/0/name");
    assert_eq!(row.issues[0].message, "«name» mangler.");
    assert_eq!(row.projected_del1_end.as_deref(), Some("2025-07-16"));
}

#[test]
fn rows_sorted_by_end_date_put_the_earliest_first_and_rows_without_one_last() {
    // Per 2024-02-29 < Kari 2024-09-12 < Ola 2025-07-16; the doctor with issues has no end.
    let table = roster(&four("end")).unwrap();
    let order: Vec<usize> = table.rows.iter().map(|r| r.index).collect();
    assert_eq!(order, [2, 0, 1, 3]);
}

/// The CSV header in nb: name, status, del 1 end, six columns per part, unit, issues.
const HEADER_NB: &str = "Navn eller ID;Status for del 1;Del 1: beregnet slutt;\
    Sykehusdelen: tellende måneder;Sykehusdelen: gjenstående måneder;Sykehusdelen: fravær brukt (dager);\
    Sykehusdelen: fraværsgrense (dager);Sykehusdelen: dager å ta igjen;Sykehusdelen: beregnet slutt;\
    Kommunedelen: tellende måneder;Kommunedelen: gjenstående måneder;Kommunedelen: fravær brukt (dager);\
    Kommunedelen: fraværsgrense (dager);Kommunedelen: dager å ta igjen;Kommunedelen: beregnet slutt;\
    Enhet for dager;Feil i opplysningene\r\n";

#[test]
fn the_csv_has_the_hand_derived_rows_as_norwegian_excel_reads_them() {
    let file = roster_csv(&four("end")).unwrap();
    assert_eq!((file.name.as_str(), file.media_type), ("lis1-leger.csv", "text/csv;charset=utf-8"));
    let want = [
        "\u{feff}",
        HEADER_NB,
        // Per: 12 and 6 counted, nothing remaining or used; allowance 12 / 6.
        "Per Berg;ferdig;2024-02-29;12;0;0;12;0;2023-08-31;6;0;0;6;0;2024-02-29;arbeidsdager;\r\n",
        // Kari: quoted for its `;` (the comma needs no quotes with `;` as separator).
        "\"Kari Nordmann-Bergstrøm, Ås; ID7\";må ta igjen dager;2024-09-12;12;0;20;12;8;2024-03-12;\
         0;6;0;6;0;2024-09-12;arbeidsdager;\r\n",
        // Ola: decimal commas.
        "Ola Hansen;på skjema;2025-07-16;4,8;7,2;0;12;0;2024-11-30;0;6;0;6;0;2025-07-16;arbeidsdager;\r\n",
        // The formula is prefixed with ' and quoted, its quotes doubled; 14 empty cells, then the issue.
        "\"'=HYPERLINK(\"\"http://x\"\")\";feil i opplysningene;;;;;;;;;;;;;;;\
         Sluttdato 1. februar 2024 er før startdato 1. mars 2024.\r\n",
    ]
    .concat();
    assert_eq!(file.text, want);
}

#[test]
fn the_csv_headers_follow_the_language_and_the_format_stays_norwegian() {
    let file = roster_csv(&typed(json!({ "doctors": [ola()], "lang": "en" }))).unwrap();
    assert_eq!(file.name, "lis1-doctors.csv");
    let want = "\u{feff}Name or ID;Del 1 status;Del 1: projected end;\
        Hospital part: counted months;Hospital part: remaining months;Hospital part: absence used (days);\
        Hospital part: absence allowance (days);Hospital part: days to make up;Hospital part: projected end;\
        Municipal part: counted months;Municipal part: remaining months;Municipal part: absence used (days);\
        Municipal part: absence allowance (days);Municipal part: days to make up;Municipal part: projected end;\
        Unit of days;Errors in the details\r\n\
        Ola Hansen;on track;2025-07-16;4,8;7,2;0;12;0;2024-11-30;0;6;0;6;0;2025-07-16;working days;\r\n";
    assert_eq!(file.text, want);
}

/// The content lines of an iCalendar text: folded lines joined again (RFC 5545 §3.1: CRLF + one space).
fn unfolded(text: &str) -> Vec<String> {
    text.replace("\r\n ", "").split("\r\n").filter(|l| !l.is_empty()).map(str::to_owned).collect()
}

#[test]
fn the_calendar_has_each_part_end_and_make_up_period_as_all_day_events() {
    let input = typed(json!({ "doctors": [kari(), evil()], "stamp": "2026-12-06T09:30:00.000Z" }));
    let file = roster_calendar(&input).unwrap();
    assert_eq!((file.name.as_str(), file.media_type), ("lis1-leger.ics", "text/calendar;charset=utf-8"));
    let text = &file.text;
    assert!(text.ends_with("END:VCALENDAR\r\n"));
    assert!(!text.replace("\r\n", "").contains('\n') && !text.replace("\r\n", "").contains('\r'), "only CRLF");
    for line in text.split("\r\n") {
        assert!(line.len() <= 75, "over 75 octets: {line}");
    }

    let t = token(KARI);
    let description = "DESCRIPTION:Beregnet av lis1kit ut fra tjenesten og planen som er registrert for legen \
                       (LIS1 del 1). Datoen endres når opplysningene endres.";
    let event = |uid: String, start: &str, end: &str, summary: &str| {
        vec![
            "BEGIN:VEVENT".to_owned(),
            format!("UID:{uid}"),
            "DTSTAMP:20261206T093000Z".to_owned(),
            format!("DTSTART;VALUE=DATE:{start}"),
            format!("DTEND;VALUE=DATE:{end}"),
            format!("SUMMARY:Kari Nordmann-Bergstrøm\\, Ås\\; ID7: {summary}"),
            description.to_owned(),
            "TRANSP:TRANSPARENT".to_owned(),
            "END:VEVENT".to_owned(),
        ]
    };
    let mut want: Vec<String> = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        &format!("PRODID:-//lis1kit//lis1kit {}//NB", env!("CARGO_PKG_VERSION")),
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
    ]
    .map(str::to_owned)
    .to_vec();
    // Make-up 2024-03-01..03-12 (DTEND the day after, exclusive), the hospital end 2024-03-12, the municipal end
    // 2024-09-12. The doctor with issues has no events.
    want.extend(event(
        format!("hospital-make-up-{t}@lis1kit"),
        "20240301",
        "20240313",
        "tar igjen 8 arbeidsdager fravær i sykehusdelen",
    ));
    want.extend(event(format!("hospital-end-{t}@lis1kit"), "20240312", "20240313", "sykehusdelen slutter"));
    want.extend(event(format!("municipal-end-{t}@lis1kit"), "20240912", "20240913", "kommunedelen slutter"));
    want.push("END:VCALENDAR".to_owned());
    assert_eq!(unfolded(text), want);

    // The make-up summary folded by hand: "SUMMARY:" is 8 octets, the escaped name 35 ("Kari Nordmann-Bergstrøm"
    // 23 with ø of 2, "\," 2, " Ås" 4 with Å of 2, "\;" 2, " ID7" 4), so 32 octets of the rest fit in 75:
    // ": tar igjen 8 arbeidsdager " is 27, "frav" 31, and the 32nd octet is the first of "æ" — the line stops
    // before it (74 octets) and "æ" starts the continuation after its space.
    assert!(
        text.contains(
            "\r\nSUMMARY:Kari Nordmann-Bergstrøm\\, Ås\\; ID7: tar igjen 8 arbeidsdager frav\r\n ær i sykehusdelen\r\n"
        ),
        "{text}"
    );
}

#[test]
fn the_calendar_has_rfc_5545s_required_properties() {
    let input = typed(json!({ "doctors": [kari(), ola(), per()], "stamp": "2026-12-06T09:30:00Z", "lang": "nn" }));
    let lines = unfolded(&roster_calendar(&input).unwrap().text);
    // §3.6: the calendar's VERSION and PRODID once each, before the first component.
    let first_event = lines.iter().position(|l| l == "BEGIN:VEVENT").unwrap();
    let head = &lines[..first_event];
    assert_eq!(head.iter().filter(|l| *l == "VERSION:2.0").count(), 1);
    assert_eq!(head.iter().filter(|l| l.starts_with("PRODID:") && l.ends_with("//NN")).count(), 1);
    // §3.6.1: every VEVENT has exactly one UID, DTSTAMP and DTSTART; UIDs are unique in the file.
    let mut uids = Vec::new();
    let mut events = 0;
    for block in lines.split(|l| l == "BEGIN:VEVENT").skip(1) {
        let block = &block[..block.iter().position(|l| l == "END:VEVENT").unwrap()];
        let one = |name: &str| block.iter().filter(|l| l.starts_with(name)).count() == 1;
        assert!(one("UID:") && one("DTSTAMP:") && one("DTSTART;VALUE=DATE:"), "{block:?}");
        uids.extend(block.iter().filter(|l| l.starts_with("UID:")).cloned());
        events += 1;
    }
    // Kari: make-up + 2 ends; Ola: 2 ends; Per: 2 ends (the days the parts were completed).
    assert_eq!(events, 7);
    uids.sort();
    uids.dedup();
    assert_eq!(uids.len(), 7);
    // Nynorsk words.
    assert!(lines.contains(&"SUMMARY:Ola Hansen: sjukehusdelen sluttar".to_owned()), "{lines:?}");
}

#[test]
fn a_repeated_name_gets_its_own_uids_whatever_the_order() {
    let mut second = ola();
    second["name"] = json!("Ola Hansen");
    let input = |order: &str| {
        typed(json!({ "doctors": [ola(), per(), second.clone()], "order": order, "stamp": "2026-12-06T00:00:00Z" }))
    };
    let t = token("Ola Hansen");
    for order in ["input", "end"] {
        let text = roster_calendar(&input(order)).unwrap().text;
        assert!(text.contains(&format!("UID:hospital-end-{t}@lis1kit\r\n")), "{text}");
        assert!(text.contains(&format!("UID:hospital-end-{t}-2@lis1kit\r\n")), "{text}");
    }
}

#[test]
fn the_calendar_needs_a_utc_stamp() {
    let missing = roster_calendar(&typed(json!({ "doctors": [ola()] }))).unwrap_err();
    let got: Vec<(&str, &str)> = missing.issues.iter().map(|i| (i.path.as_str(), i.code)).collect();
    assert_eq!(got, [("/stamp", "input.missing")]);
    let local = roster_calendar(&typed(json!({ "doctors": [ola()], "stamp": "2026-12-06T10:30:00+01:00" })));
    let local = local.unwrap_err();
    assert_eq!(
        (local.kind, local.issues[0].path.as_str(), local.issues[0].code),
        (ErrorKind::InvalidInput, "/stamp", "stamp.format")
    );
    // The CSV and the table do not need one, but a bad one is still refused there.
    assert!(roster_csv(&typed(json!({ "doctors": [ola()] }))).is_ok());
    assert!(roster(&typed(json!({ "doctors": [ola()], "stamp": "now" }))).is_err());
}

#[test]
fn more_than_200_doctors_are_refused_naming_the_list() {
    let doctors: Vec<Value> = (0..201).map(|_| ola()).collect();
    let value = json!({ "doctors": doctors });
    // Read from a value: the list is counted on the input (one row past the limit read).
    let issues = RosterInput::read(&Json(Some(&value)), Lang::Nb).unwrap_err();
    assert_eq!(issues.iter().map(|i| (i.path.as_str(), i.code)).collect::<Vec<_>>(), [("/doctors", "list.too-long")]);
    assert_eq!(issues[0].message, "«doctors» har for mange rader: høyst 200.");
    // Built in Rust: the same issue from the calculation.
    let error = roster(&typed(value)).unwrap_err();
    assert_eq!(
        error.issues.iter().map(|i| (i.path.as_str(), i.code)).collect::<Vec<_>>(),
        [("/doctors", "list.too-long")]
    );
    // 200 are accepted.
    let doctors: Vec<Value> = (0..200).map(|_| ola()).collect();
    assert_eq!(roster(&typed(json!({ "doctors": doctors }))).unwrap().rows.len(), 200);
}

#[test]
fn a_doctor_over_a_row_cap_or_with_a_wrong_type_keeps_its_row_when_read() {
    // Doctor 0: 201 periods (the cap is 200); doctor 1: a start that is a number; doctor 2: a name of 101
    // characters (the cap is 100); doctor 4: a name that is a number (a type issue, not also "missing").
    // Doctor 3 is fine.
    let periods: Vec<Value> =
        (0..201).map(|_| json!({ "part": "hospital", "start": "2023-09-01", "end": "2023-09-02" })).collect();
    let mut long = ola();
    long["name"] = json!("x".repeat(101));
    let value = json!({ "doctors": [
        { "name": "Mange", "input": { "periods": periods } },
        { "name": "Tall", "input": { "periods": [{ "part": "hospital", "start": 20230901, "end": "2023-09-02" }] } },
        long,
        ola(),
        { "name": 7, "input": { "periods": [] } },
    ]});
    let input = RosterInput::read(&Json(Some(&value)), Lang::Nb).unwrap();
    let table = roster(&input).unwrap();
    let issues =
        |i: usize| -> Vec<(&str, &str)> { table.rows[i].issues.iter().map(|x| (x.path.as_str(), x.code)).collect() };
    assert_eq!(issues(0), [("/doctors/0/input/periods", "list.too-long")]);
    assert_eq!(issues(1), [("/doctors/1/input/periods/0/start", "input.type")]);
    assert_eq!(issues(2), [("/doctors/2/name", "text.too-long")]);
    assert_eq!(issues(4), [("/doctors/4/name", "input.type")]);
    let status: Vec<StatusCode> = table.rows.iter().map(|r| r.status.code).collect();
    assert_eq!(
        status,
        [StatusCode::Error, StatusCode::Error, StatusCode::Error, StatusCode::OnTrack, StatusCode::Error]
    );
    // The names typed are kept (the long one as read: one character past its limit).
    assert_eq!((table.rows[0].name.as_str(), table.rows[1].name.as_str()), ("Mange", "Tall"));
    assert_eq!(table.rows[3].projected_del1_end.as_deref(), Some("2025-07-16"));
}

#[test]
fn a_row_that_is_no_object_refuses_the_whole_input() {
    let value = json!({ "doctors": [ola(), 7] });
    let issues = RosterInput::read(&Json(Some(&value)), Lang::En).unwrap_err();
    assert_eq!(issues.iter().map(|i| (i.path.as_str(), i.code)).collect::<Vec<_>>(), [("/doctors/1", "input.type")]);
}

#[test]
fn the_roster_language_applies_to_every_doctor() {
    // A doctor's own lang does not apply: the issue is in the roster's en.
    let mut doctor = evil();
    doctor["input"]["lang"] = json!("nn");
    let table = roster(&typed(json!({ "doctors": [doctor], "lang": "en" }))).unwrap();
    assert_eq!(table.rows[0].status.text, "errors in the details");
    assert_eq!(table.rows[0].issues[0].message, "End date 1 February 2024 is before start date 1 March 2024.");
}
