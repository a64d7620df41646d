//! LIS1 remaining service and absence check (rules sections 1, 2, 6 of docs/rules.md).
//!
//! Pure Rust, no wasm: the `lis1kit` crate binds it for JavaScript.
//!
//! - [`validate`] reports every problem of a [`ServiceInput`] with JSON
//!   pointers, including the rule violations S-2 (municipal before hospital)
//!   and S-8 (a second full del 1);
//! - [`remaining_service`] counts month-equivalents per part (S-1, S-4, S-6,
//!   S-7), analyses absence (A-1..A-4, options A-O1..A-O7), gives make-up
//!   days, completion (S-9), projected end dates and the P-1 offer;
//! - [`check_absence`] gives the absence analysis only;
//! - [`roster`] gives the table of several doctors (issue 25), each with a
//!   name and one history, and [`roster_csv`] / [`roster_calendar`] that
//!   table as a CSV file and an iCalendar file.
//!
//! # Decisions on open points (documented for the lead and the UI)
//!
//! - **Month-equivalents** (S-4), by anniversary (`lis1_core::months`): month
//!   k of a period ends the day before its start + k months; whole months = 1,
//!   the rest a share of the next month-window; times percent / 100; each
//!   stretch counted from its own start. A stretch is a run of contiguous
//!   counting periods (each starting the day after the previous ends) of the
//!   same part and percentage: a year split at a rotation change counts as
//!   the one year it is ([`months::stretches`]). Sums are `f64`, compared with a
//!   tolerance of 1e-9 months, rounded to 2 decimals only in output.
//! - **Positions** (S-6): `coupled` (default), `reststilling` and `extra`
//!   count; `extra` carries a P-1 warning; `postlege` and
//!   `foreign-internship` count 0 with an S-6 warning.
//! - **Regime per part** is chosen by the first counting period of the part;
//!   a part without counting periods is judged by A-3 (it starts now or later).
//! - **Absence days** are in `dayUnit` (A-O2). Date ranges count only their
//!   days inside counting periods of their part; `days` rows are taken as
//!   given. Absence days are not scaled by the position percentage.
//! - **allowance**: 10 % of the part's required length (26 / 13
//!   working days, 36.5 / 18.25 calendar days), never of the days recorded
//!   so far. A-O1 (excess only) applies to all regimes; A-O3 (pro rata, by
//!   the part's calendar-day-weighted percentage) to every allowance.
//! - **Regime** per part: A-O5 for a part started 2019-03-01..06-20 that
//!   ended later (default A-3), A-O6 for a part started before 2019-03-01
//!   that ended on or after 2019-06-21 (default A-1).
//! - **Kinds**: under A-1 all vacation kinds (ordinary, transferred, advance)
//!   are service; under A-2 all vacation is absence; under A-3 ordinary
//!   vacation is service and transferred/advance vacation is absence. Courses
//!   are never absence. `time-off-in-lieu` and `strike` count as absence and
//!   are flagged (A-3 warning).
//! - **A-4**: covid-marked days from 2020-03-20 to `covidOverlayEnd` (open by
//!   default, A-O4 note) in any regime are not deducted: they use no
//!   allowance and are never made up (`covidSparedDays`). With A-O7 only in
//!   a part whose læringsmål are approved.
//! - **Make-up**: service after the required months of a part is resttjeneste
//!   and reduces `makeUpDays` (counted in `dayUnit`, times the percentage);
//!   projections stretch make-up at part-time (8 days at 80 % take 10).
//! - **S-2** is judged on the hospital part's service time: a counting
//!   municipal period must start after the day the hospital months were
//!   reached and its make-up served; when only make-up days are missing, the
//!   issue says how many and the day the municipal part can start. The
//!   hospital læringsmål are a separate condition: with municipal service
//!   recorded and them not approved, a warning says the kommune cannot claim
//!   trygderefusjon for the doctor as a LIS1 until they are approved.
//! - **S-8**: once counted service covers both parts, a further 12 + 6
//!   counted months (any counting position) is a rule violation; repeating
//!   one part is allowed. A plan for a doctor with nothing left is an S-8
//!   warning.
//! - **P-1** (`offerOnlyMissing`): `offer.parts` lists every part that is not
//!   complete — remaining months or make-up days owed (a part whose months
//!   are served but which owes make-up days is not complete) — `offer.months`
//!   their remaining months and `offer.makeUpDays` the days owed per part;
//!   `checkEligibility` builds the same offer ([`Offer::of`]). **P-2** is never
//!   applied.
//! - **S-11**: an optional `authorised: false` (an addition to the API input)
//!   gives a warning. **S-12** exemptions belong to the eligibility check and
//!   are not modelled here.
//! - **Parse once**: the input is read into a typed history once
//!   (`history::read`), field and domain checks included; a row that cannot
//!   be typed is an issue, never skipped. `checkAbsence` runs the same
//!   reading, so it also rejects S-2/S-8 histories. [`validate`] returns the
//!   same issues as the calculations (S-2/S-8 on an otherwise valid input).
//! - Date-range absences that share a day are rejected (they would be counted
//!   twice); overlapping periods are rejected across both parts.
//!
//! Module map: [`model`] (types), `history` (the typed input), [`months`]
//! (counted service),
//! [`regime`] (which absence regime), `absence` (per part), [`projection`]
//! (end dates), `validate` (issues), [`roster`] (several doctors, their
//! table and its files), [`messages`] (nb/nn/en texts),
//! [`params`] (the crate's one table of numbers).

#![cfg_attr(test, allow(clippy::indexing_slicing, clippy::unwrap_used, clippy::expect_used, clippy::panic))]

mod absence;
pub mod form;
mod history;
pub mod input;
pub mod messages;
pub mod model;
pub mod months;
pub mod params;
pub mod projection;
pub mod regime;
pub mod roster;
mod service;
mod validate;
pub mod view;

pub use history::{offer_assumption, position_counts};
pub use model::{
    Absence, AbsenceResult, AbsenceSummary, LearningGoals, Offer, OfferDays, PartResult, Period, Plan, ServiceInput,
    ServiceOptions, ServiceResult,
};
pub use roster::{roster, roster_calendar, roster_csv, Roster, RosterInput, RosterRow};
pub use service::{check_absence, remaining_service, validate};
