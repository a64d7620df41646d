//! The roster as files: the table as CSV (issue 25 item 3: one row per
//! doctor, headers in the roster's language, as Norwegian Excel opens it —
//! `lis1_core::csv`) and each doctor's projected part ends and make-up
//! periods as an iCalendar file (RFC 5545, all-day events — `lis1_core::ical`).
//!
//! **CSV.** The figures are the row's, which are the remaining-service
//! result's own rounded figures, written as the screen writes them (at most
//! two decimals, a decimal comma); dates are `YYYY-MM-DD`. The file's format
//! does not change with `lang` (`;` and the decimal comma stay; only the
//! words do): it is made for Excel in a Norwegian locale. Columns: name,
//! status, del 1 end, then per part (hospital, municipal) counted months,
//! remaining months, absence used, allowance, days to make up, projected
//! end; then the unit of the day columns and the row's issues (their
//! messages, one after another). A row with issues keeps its name and
//! status, and whatever figures it has.
//!
//! **Calendar.** Per doctor without issues, in the roster's order: for each
//! part with a projected end, its make-up period (first make-up day to the
//! end) if it has one, then its last day. Del 1 ends with the municipal
//! part, so it has no event of its own. An event's UID is its kind and a
//! token of the doctor's name (`hospital-end-<16 hex>@lis1kit`), with `-2`,
//! `-3`, … for the second, third doctor of the same name in input order:
//! the same doctor's event keeps its UID when the dates move, so importing a
//! newer file updates the event instead of adding a second one, and the
//! name itself is not written into the UID.

use lis1_core::csv::{self, Cell, Csv};
use lis1_core::file::TextFile;
use lis1_core::ical::{self, Event, Stamp};
use lis1_core::number_text::shown;
use lis1_core::{date, ErrorKind, Issue, Lang, Lis1Error, MessageDef, Part, Pointer};

use super::messages as m;
use super::{roster, PartRow, Roster, RosterInput, RosterRow, StatusCode};
use crate::messages::{part_label, part_title};

/// The CSV of a roster input (the JS `rosterCsv`): the table of
/// [`roster`] as a file. Refused as [`roster`] is.
pub fn roster_csv(input: &RosterInput) -> Result<TextFile, Lis1Error> {
    let lang = input.lang();
    let table = roster(input)?;
    Ok(TextFile { name: file_name(lang, "csv"), media_type: csv::MEDIA_TYPE, text: csv_text(&table, lang) })
}

/// The calendar of a roster input (the JS `rosterCalendar`): one file for
/// the whole list (give a list of one for one doctor). Needs `stamp`, the
/// moment the file is made (DTSTAMP); refused as [`roster`] is otherwise.
pub fn roster_calendar(input: &RosterInput) -> Result<TextFile, Lis1Error> {
    let lang = input.lang();
    let at = Pointer::root().key("stamp");
    // A stamp that is given is checked by `roster` (`stamp.format`); a missing one is this function's issue.
    let stamp = match input.stamp.as_deref() {
        None => Err(Issue::new(lang, &lis1_core::messages::INPUT_MISSING, &at, &[("field", "stamp".into())])),
        Some(text) => Stamp::parse(text).ok_or_else(|| {
            let problem = ical::stamp(text).err();
            problem.map_or_else(
                || Issue::new(lang, &lis1_core::messages::INPUT_MISSING, &at, &[("field", "stamp".into())]),
                |p| p.issue(lang, &at, "stamp"),
            )
        }),
    };
    let table = roster(input).map_err(|mut error| {
        if let Err(issue) = &stamp {
            if !error.issues.contains(issue) {
                error.issues.push(issue.clone());
                lis1_core::input::sort_by_path(&mut error.issues);
            }
        }
        error
    })?;
    let stamp = stamp.map_err(|issue| Lis1Error::new(ErrorKind::InvalidInput, vec![issue]))?;
    Ok(TextFile {
        name: file_name(lang, "ics"),
        media_type: ical::MEDIA_TYPE,
        text: calendar_text(&table, &stamp, lang),
    })
}

fn file_name(lang: Lang, extension: &str) -> String {
    format!("{}.{extension}", m::FILE_NAME.render(lang, &[]))
}

/// The CSV text of a roster's rows, headers in `lang`.
pub fn csv_text(roster: &Roster, lang: Lang) -> String {
    let mut out = Csv::new();
    let say = |def: &MessageDef| def.render(lang, &[]);
    let mut header = vec![say(&m::CSV_NAME), say(&m::CSV_STATUS), say(&m::CSV_DEL1_END)];
    for part in Part::ALL {
        let title = [("part", part_title(lang, part))];
        for def in [&m::CSV_COUNTED, &m::CSV_REMAINING, &m::CSV_ABSENCE_USED, &m::CSV_ALLOWANCE, &m::CSV_MAKE_UP] {
            header.push(def.render(lang, &title));
        }
        header.push(m::CSV_PART_END.render(lang, &title));
    }
    header.push(say(&m::CSV_DAY_UNIT));
    header.push(say(&m::CSV_ISSUES));
    let header: Vec<&str> = header.iter().map(String::as_str).collect();
    out.texts(&header);
    for row in &roster.rows {
        let issues: Vec<&str> = row.issues.iter().map(|i| i.message.as_str()).collect();
        let issues = issues.join(" ");
        let mut cells = vec![Cell::Text(&row.name), Cell::Text(&row.status.text), text(&row.projected_del1_end)];
        for part in [&row.hospital, &row.municipal] {
            match part {
                Some(p) => cells.extend([
                    Cell::Number(p.counted_months),
                    Cell::Number(p.remaining_months),
                    Cell::Number(p.absence_used_days),
                    Cell::Number(p.absence_allowance_days),
                    Cell::Number(p.make_up_days),
                    text(&p.projected_end),
                ]),
                None => cells.extend(std::iter::repeat_n(Cell::Empty, 6)),
            }
        }
        cells.push(row.day_unit.as_ref().map_or(Cell::Empty, |u| Cell::Text(&u.text)));
        cells.push(if issues.is_empty() { Cell::Empty } else { Cell::Text(&issues) });
        out.row(&cells);
    }
    out.finish()
}

/// A text that may be absent (a date not known): an empty cell then.
fn text(value: &Option<String>) -> Cell<'_> {
    value.as_deref().map_or(Cell::Empty, Cell::Text)
}

/// The iCalendar text of a roster's projected part ends and make-up
/// periods, stamped `stamp`, in `lang`.
pub fn calendar_text(roster: &Roster, stamp: &Stamp, lang: Lang) -> String {
    let tokens = name_tokens(&roster.rows);
    let description = m::EVENT_DESCRIPTION.render(lang, &[]);
    let mut events = Vec::new();
    for row in roster.rows.iter().filter(|r| r.status.code != StatusCode::Error) {
        let Some((_, token)) = tokens.iter().find(|(index, _)| *index == row.index) else { continue };
        for (part, figures) in [(Part::Hospital, &row.hospital), (Part::Municipal, &row.municipal)] {
            let Some(figures) = figures else { continue };
            for (kind, first, last, summary) in part_events(row, part, figures, lang) {
                events.push(Event {
                    uid: format!("{}-{kind}-{token}@lis1kit", part.code()),
                    first,
                    last,
                    summary: format!("{}: {summary}", row.name),
                    description: Some(description.clone()),
                });
            }
        }
    }
    let prodid = format!("-//lis1kit//lis1kit {}//{}", env!("CARGO_PKG_VERSION"), lang.code().to_ascii_uppercase());
    ical::calendar(&prodid, stamp, &events)
}

/// A part's events: its make-up period, then its last day.
fn part_events(
    row: &RosterRow,
    part: Part,
    figures: &PartRow,
    lang: Lang,
) -> Vec<(&'static str, date::Date, date::Date, String)> {
    let day = |text: &Option<String>| text.as_deref().and_then(|t| date::parse(t).ok());
    let Some(end) = day(&figures.projected_end) else { return Vec::new() };
    let label = part_label(lang, part);
    let mut events = Vec::new();
    if let Some(from) = day(&figures.make_up_from) {
        let unit = row.day_unit.as_ref().map(|u| u.text.clone()).unwrap_or_default();
        let summary = m::EVENT_MAKE_UP
            .render(lang, &[("days", shown(figures.make_up_days, lang)), ("unit", unit), ("part", label.clone())]);
        events.push(("make-up", from, end, summary));
    }
    events.push(("end", end, end, m::EVENT_PART_END.render(lang, &[("part", label)])));
    events
}

/// Each row's UID token: its name's, with `-2`, `-3`, … for a repeated
/// name, counted in input order (so the order of the rows does not change it).
/// (Lists, not B-trees: a roster has at most 200 rows, and B-tree code weighs
/// kilobytes in the wasm.)
fn name_tokens(rows: &[RosterRow]) -> Vec<(usize, String)> {
    let mut by_index: Vec<&RosterRow> = rows.iter().collect();
    lis1_core::sort::StableSort::stable_sort_by_key(&mut by_index, |r| r.index);
    let mut seen: Vec<(&str, usize)> = Vec::new();
    let mut tokens = Vec::with_capacity(rows.len());
    for row in by_index {
        let count = match seen.iter_mut().find(|(name, _)| *name == row.name) {
            Some((_, count)) => {
                *count += 1;
                *count
            }
            None => {
                seen.push((row.name.as_str(), 1));
                1
            }
        };
        let token = ical::token(&row.name);
        tokens.push((row.index, if count == 1 { token } else { format!("{token}-{count}") }));
    }
    tokens
}
