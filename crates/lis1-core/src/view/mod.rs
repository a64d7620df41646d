//! A result in people's words, as data: the answer first, then blocks —
//! tables, checklists, bar charts, a timeline, notes. Each calculation crate
//! builds its own view from its input and result (`<crate>::view`), in the
//! crate that owns the rules and the words; the lis1kit elements draw any
//! view with one renderer, so no domain wording lives in the bindings.
//!
//! A view holds text already in the requested language and numbers already
//! written for reading (`number_text`); dates of a timeline stay dates, since
//! the renderer places them.

pub mod texts;

use crate::{date, Assumption, Date, Lang, Warning};

/// Who a part of a view is for: a job posting (`view="applicant"`) shows
/// only the parts for everyone, whatever facts are missing.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Audience {
    /// Every reader.
    Everyone,
    /// The employer only (its checklist, its notes).
    Employer,
}

/// Whom a view's sentences speak to (issue 24 item 8, issue 25 item 3): the
/// doctor as "du" on an applicant's or doctor's own page (the default), or
/// about the doctor in the third person on an employer's HR page, where the
/// reader is not the doctor. Chosen once per view, by whoever draws it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Voice {
    /// To the doctor: "Du mangler 3 måneder i sykehus."
    #[default]
    You,
    /// About the doctor: "Legen mangler 3 måneder i sykehus."
    Doctor,
}

impl Voice {
    /// `def_you` or `def_doctor`, as this voice says it.
    pub fn pick<'a>(self, def_you: &'a crate::MessageDef, def_doctor: &'a crate::MessageDef) -> &'a crate::MessageDef {
        match self {
            Voice::You => def_you,
            Voice::Doctor => def_doctor,
        }
    }
}

/// A result in people's words.
#[derive(Debug, Clone, PartialEq)]
pub struct View {
    /// What the reader asked, answered first.
    pub answer: Answer,
    /// The figures and reasons behind it, in reading order.
    pub blocks: Vec<Block>,
}

/// The answer: one or two plain sentences a person can act on.
#[derive(Debug, Clone, PartialEq)]
pub struct Answer {
    /// The sentences.
    pub text: String,
    /// Its name as a part and class: `answer` (a verdict, an end date, days
    /// to make up) or `summary` (an amount).
    pub part: &'static str,
    /// The verdict's key (`yes`, `conditional`, `no`), where there is one.
    pub status: Option<&'static str>,
}

/// One block of a view.
#[derive(Debug, Clone, PartialEq)]
pub enum Block {
    /// A heading for the blocks after it.
    Heading(String),
    /// A table.
    Table(Table),
    /// Conditions met or not, and information, with their rules.
    Checklist(Checklist),
    /// Amounts in kroner as bars.
    Bars(Bars),
    /// Service over time.
    Timeline(Timeline),
    /// Warnings and assumptions.
    Notes(Notes),
    /// Assumptions used that do not change this result, after the notes.
    Folded(Folded),
}

/// A table whose first cell of each row heads the row.
#[derive(Debug, Clone, PartialEq)]
pub struct Table {
    /// Caption, if the table has one.
    pub caption: Option<String>,
    /// Column headings.
    pub head: Vec<String>,
    /// Rows of cells.
    pub rows: Vec<Vec<String>>,
}

/// A checklist under a heading.
#[derive(Debug, Clone, PartialEq)]
pub struct Checklist {
    /// Heading.
    pub heading: String,
    /// Items in order.
    pub items: Vec<Item>,
    /// Who it is for.
    pub audience: Audience,
}

/// One checklist item.
#[derive(Debug, Clone, PartialEq)]
pub struct Item {
    /// Rule id.
    pub rule: &'static str,
    /// Met, not met or information (said in words, not only by colour).
    pub status: Status,
    /// The sentence.
    pub text: String,
}

/// What a checklist item is: a condition met or not met, or information (a
/// statement, never shown as met).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    /// A condition that is met.
    Met,
    /// A condition that is not met.
    NotMet,
    /// Information.
    Info,
}

/// A bar chart of amounts in kroner.
#[derive(Debug, Clone, PartialEq)]
pub struct Bars {
    /// Its name (part and id), e.g. `chart-by-payer`.
    pub name: &'static str,
    /// Title.
    pub title: String,
    /// (label, kroner) in display order.
    pub bars: Vec<(String, f64)>,
}

/// Warnings and assumptions under a result.
#[derive(Debug, Clone, PartialEq)]
pub struct Notes {
    /// Warnings, with their rules.
    pub warnings: Vec<Warning>,
    /// The open rules' options used, with their sentences.
    pub assumptions: Vec<Assumption>,
    /// Who they are for.
    pub audience: Audience,
}

/// The assumptions a result used that do not change it (issue 24 item 8):
/// with the option's other value the calculation gives the same answer (an
/// absence rule when there is no absence, the day unit when no days are
/// owed). The renderer folds them under one line after the notes, so the
/// assumptions that do change the result are read first; the API's
/// `assumptions` still lists them all. The calculation's crate decides which
/// they are.
#[derive(Debug, Clone, PartialEq)]
pub struct Folded {
    /// The assumptions, with their sentences.
    pub assumptions: Vec<Assumption>,
    /// Who they are for.
    pub audience: Audience,
}

/// Service over time: one lane per part, from `first` to `last`.
#[derive(Debug, Clone, PartialEq)]
pub struct Timeline {
    /// Title.
    pub title: String,
    /// First day shown.
    pub first: Date,
    /// Last day shown.
    pub last: Date,
    /// The lanes, top to bottom.
    pub lanes: Vec<Lane>,
    /// What the picture shows, in sentences (its text alternative).
    pub sentences: Vec<String>,
    /// The words of the legend.
    pub legend: Legend,
}

/// One lane of a timeline.
#[derive(Debug, Clone, PartialEq)]
pub struct Lane {
    /// Its label.
    pub label: String,
    /// Marks in drawing order.
    pub marks: Vec<Mark>,
    /// The projected end, drawn as a line.
    pub end: Option<Date>,
}

/// One mark of a lane, from `start` to `end` (both days included).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Mark {
    /// What it is.
    pub kind: MarkKind,
    /// First day.
    pub start: Date,
    /// Last day.
    pub end: Date,
}

/// What a timeline mark is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MarkKind {
    /// Service that counts.
    Counting,
    /// Service that does not count (outlined only).
    NotCounting,
    /// Absence, under the lane.
    Absence,
    /// Planned service.
    Planned,
    /// Days to make up.
    MakeUp,
}

/// The legend's words, one per kind of mark and for the projected end.
#[derive(Debug, Clone, PartialEq)]
pub struct Legend {
    /// [`MarkKind::Counting`].
    pub counting: String,
    /// [`MarkKind::NotCounting`].
    pub not_counting: String,
    /// [`MarkKind::Absence`].
    pub absence: String,
    /// [`MarkKind::Planned`].
    pub planned: String,
    /// [`MarkKind::MakeUp`].
    pub make_up: String,
    /// The projected end line.
    pub end: String,
}

/// A catalogue text without parameters.
pub fn text(lang: Lang, def: &crate::MessageDef) -> String {
    def.render(lang, &[])
}

/// An ISO date for reading (`1. september 2026`), or `–`.
pub fn shown_date(iso: Option<&str>, lang: Lang) -> String {
    iso.and_then(|d| date::parse(d).ok()).map_or_else(|| String::from("–"), |d| date::display(d, lang))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_date_is_written_for_reading_and_a_missing_one_as_a_dash() {
        assert_eq!(shown_date(Some("2026-09-01"), Lang::Nb), "1. september 2026");
        assert_eq!(shown_date(None, Lang::En), "–");
        assert_eq!(shown_date(Some("not a date"), Lang::Nb), "–");
    }
}
