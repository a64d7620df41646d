//! LIS1 remaining service and absence check (RULES.md sections 1, 2, 6).
//!
//! Pure Rust, no wasm: the `lis1kit` crate binds it for JavaScript.
//!
//! - [`validate`] reports every problem of a [`ServiceInput`] with JSON
//!   pointers, including the rule violations S-2 (municipal before hospital)
//!   and S-8 (a second full del 1);
//! - [`remaining_service`] counts month-equivalents per part (S-1, S-4, S-6,
//!   S-7), analyses absence (A-1..A-4, options A-O1..A-O5), gives make-up
//!   days, completion (S-9), projected end dates and the P-1 offer;
//! - [`check_absence`] gives the absence analysis only.
//!
//! Module map: [`model`] (types), [`months`] (month-equivalents),
//! [`regime`] (which absence regime), `absence` (per part), [`projection`]
//! (end dates), `validate` (issues), [`messages`] (nb/nn/en texts),
//! [`params`] (the crate's one table of numbers).

#![cfg_attr(test, allow(clippy::indexing_slicing, clippy::unwrap_used, clippy::expect_used, clippy::panic))]

mod absence;
mod history;
pub mod messages;
pub mod model;
pub mod months;
pub mod params;
pub mod projection;
pub mod regime;
mod service;
mod validate;

pub use model::{
    Absence, AbsenceResult, AbsenceSummary, LearningGoals, Offer, PartResult, Period, Plan, ServiceInput, ServiceOptions,
    ServiceResult,
};
pub use service::{check_absence, remaining_service, validate};
