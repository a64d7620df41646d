//! The roster input described once: its field tables ([`ROSTER_INPUT`],
//! [`DOCTOR`]) drive reading it from any source ([`RosterInput::read`]) and
//! checking a typed one ([`RosterInput::check`]).
//!
//! Issues are of two kinds, told apart by their path. One under
//! `/doctors/<i>/` belongs to that doctor: its row stays in the roster with
//! status `error` and the issue, so nothing typed for the other doctors (or
//! for this one) is lost. Any other — more than [`MAX_DOCTORS`] doctors, a
//! row that is no object, an unknown `order`, a bad `stamp` — refuses the
//! whole input, as every calculation refuses a malformed input.

use lis1_core::input::sort_by_path;
use lis1_core::read::{self, Source};
use lis1_core::shape::{field, Check, Kind, Shape};
use lis1_core::{input, Issue, Lang, Pointer};
use serde::{Deserialize, Serialize};

use crate::model::ServiceInput;
use crate::params::{MAX_DOCTORS, MAX_NAME_CHARS};

/// How the rows are ordered: `input` (the doctors' order, the default) or
/// `end` (by the projected last day of del 1, [`super::sort_by_end`]).
pub const ORDERS: &[&str] = &["input", "end"];

/// `RosterInput`.
pub static ROSTER_INPUT: Shape = Shape {
    fields: &[
        field("doctors", Kind::List { of: &DOCTOR, max: MAX_DOCTORS }, true),
        field("order", Kind::Code(ORDERS), false),
        field("stamp", Kind::Checked(lis1_core::ical::stamp), false),
        field("lang", Kind::Code(Lang::CODES), false),
    ],
};

/// One doctor: a name or ID and one service history, which feeds both the
/// remaining service and the absence check (issue 25 item 1).
pub static DOCTOR: Shape = Shape {
    fields: &[
        field("name", Kind::Text { max_chars: MAX_NAME_CHARS }, true),
        field("input", Kind::Object(&crate::input::SERVICE_INPUT), true),
    ],
};

/// Several doctors, each with a service history (issue 25): the input of
/// the roster, its CSV and its calendar.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Default, PartialEq, Deserialize, Serialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct RosterInput {
    /// The doctors, at most [`MAX_DOCTORS`].
    #[serde(deserialize_with = "input::capped_rows::<_, _, MAX_DOCTORS>")]
    #[cfg_attr(feature = "schema", schemars(extend("maxItems" = MAX_DOCTORS)))]
    pub doctors: Vec<DoctorInput>,
    /// Row order: `input` (default) or `end`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schema", schemars(extend("enum" = ORDERS)))]
    pub order: Option<String>,
    /// When a calendar is made, in UTC (`2026-12-06T09:30:00Z`, or
    /// `new Date().toISOString()`): the events' DTSTAMP. Needed by the
    /// calendar only; the core reads no clock.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub stamp: Option<String>,
    /// Language of every text (default nb). A doctor's own `input.lang`
    /// does not apply: one roster speaks one language.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lang: Option<Lang>,
}

/// One doctor of a [`RosterInput`].
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Default, PartialEq, Deserialize, Serialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct DoctorInput {
    /// Name or ID, as HR writes it (at most [`MAX_NAME_CHARS`] characters,
    /// not blank).
    #[cfg_attr(feature = "schema", schemars(extend("maxLength" = MAX_NAME_CHARS)))]
    pub name: String,
    /// The doctor's service history.
    pub input: ServiceInput,
    /// Issues found while reading this doctor's row (paths into the roster
    /// input): its values could not all be typed, so it is not calculated.
    /// Empty for a value built in Rust.
    #[serde(skip)]
    #[cfg_attr(feature = "schema", schemars(skip))]
    pub read_issues: Vec<Issue>,
}

impl RosterInput {
    /// Reads a roster from `source` in one pass. Issues inside a doctor's
    /// row are kept with that doctor ([`DoctorInput::read_issues`]); any
    /// other issue refuses the whole input (every issue then, sorted by
    /// path).
    pub fn read<S: Source>(source: &S, lang: Lang) -> Result<Self, Vec<Issue>> {
        let (value, issues) = read::read_keeping(source, &ROSTER_INPUT, lang, |o| RosterInput {
            doctors: o
                .list("doctors", |d| DoctorInput {
                    name: d.text("name").unwrap_or_default(),
                    input: d.object("input", ServiceInput::read_fields).unwrap_or_default(),
                    read_issues: Vec::new(),
                })
                .unwrap_or_default(),
            order: o.text("order"),
            stamp: o.text("stamp"),
            lang: o.lang("lang"),
        });
        let (whole, per_doctor) = split(issues.clone());
        match value {
            // Without an issue of the whole, every row was an object and was read: index i is row i.
            Some(mut roster) if whole.is_empty() => {
                for (index, issue) in per_doctor {
                    if let Some(doctor) = roster.doctors.get_mut(index) {
                        doctor.read_issues.push(issue);
                    }
                }
                Ok(roster)
            }
            _ => Err(issues),
        }
    }

    /// The language of every text (default nb).
    pub fn lang(&self) -> Lang {
        self.lang.unwrap_or_default()
    }

    /// Every leaf issue of the roster's own fields, by the field tables:
    /// the number of doctors, each name (its length; a blank name is
    /// `input.missing`), `order` and `stamp`. A doctor's service history is
    /// checked by the calculation. Sorted by path.
    pub fn check(&self, lang: Lang) -> Vec<Issue> {
        let mut issues = Vec::new();
        let mut c = Check::root(lang, &ROSTER_INPUT, &mut issues);
        c.list("doctors", &self.doctors, |c, d| c.text("name", Some(&d.name)));
        c.text("order", self.order.as_deref());
        c.text("stamp", self.stamp.as_deref());
        let doctors = Pointer::root().key("doctors");
        for (index, doctor) in self.doctors.iter().enumerate() {
            if doctor.name.trim().is_empty() {
                let at = doctors.index(index).key("name");
                issues.push(Issue::new(lang, &lis1_core::messages::INPUT_MISSING, &at, &[("field", "name".into())]));
            }
        }
        sort_by_path(&mut issues);
        issues
    }
}

/// The issues of the whole input, and those of each doctor with its index.
pub(super) fn split(issues: Vec<Issue>) -> (Vec<Issue>, Vec<(usize, Issue)>) {
    let mut whole = Vec::new();
    let mut per_doctor = Vec::new();
    for issue in issues {
        match doctor_of(&issue.path) {
            Some(index) => per_doctor.push((index, issue)),
            None => whole.push(issue),
        }
    }
    (whole, per_doctor)
}

/// The doctor an issue's path lies inside (`/doctors/3/name` → 3); `None`
/// for `/doctors/3` itself (a row that is no object) and for any other path.
fn doctor_of(path: &str) -> Option<usize> {
    let (index, _) = path.strip_prefix("/doctors/")?.split_once('/')?;
    if index.is_empty() || !index.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    index.parse().ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_issue_belongs_to_the_doctor_whose_row_holds_it() {
        assert_eq!(doctor_of("/doctors/3/name"), Some(3));
        assert_eq!(doctor_of("/doctors/12/input/periods/0/end"), Some(12));
        // The row itself (not an object), the list, and other fields belong to the whole input.
        assert_eq!(doctor_of("/doctors/3"), None);
        assert_eq!(doctor_of("/doctors"), None);
        assert_eq!(doctor_of("/stamp"), None);
        assert_eq!(doctor_of("/doctors/x/name"), None);
    }
}
