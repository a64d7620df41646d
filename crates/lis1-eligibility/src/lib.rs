//! Eligibility for bound LIS1 positions and the 6.5-year specialist path
//! (docs/rules.md sections 3–4: T-1..T-5, B-1..B-40; S-8, S-9, S-11, S-12).
//!
//! Pure Rust, no `JsValue`. Modules are named after the concept:
//! - [`eligibility`]: [`check_eligibility`] and [`validate`] (the API's
//!   `EligibilityInput` / `EligibilityResult`);
//! - [`applicant`]: specialty, exemptions, earlier LIS1 service (B-10, B-12,
//!   B-14);
//! - [`employer`]: the employer checklist B-20..B-25;
//! - [`round`]: round start dates (B-2, S-10);
//! - [`timeline`]: the dates of the path (T-1..T-5);
//! - [`kommuner`]: the 2024 kommune/fylke/RHF table, generated at build time;
//! - [`distribution`]: a round's split across RHFs and specialties (B-30, B-31);
//! - [`portal`]: the portal calendar checks (B-40);
//! - [`messages`]: the nb/nn/en catalogue.
//!
//! Decisions on points the sources leave open (each is documented where it
//! is implemented, and returned as an assumption where it shapes a result):
//! - `eligible` reflects the applicant with this position: `no` on an
//!   exemption (S-12), a completed del 1 (B-10: both parts' months, no
//!   make-up days owed and all læringsmål approved, S-9; a new full del 1
//!   would repeat it, S-8), a specialty the employer kind cannot offer (B-1),
//!   or under P-1 nothing left to offer but approval of læringsmål;
//!   `conditional` when only authorisation by the start is missing (B-11);
//!   the employer checklist never changes it (unmet items give a warning).
//! - Reasons are conditions (met or not) or information (`kind: "info"`: B-4,
//!   B-13, the path's dates, ...), which are never shown as met conditions.
//! - Earlier service is read as a summary; a history goes through the service
//!   engine first ([`Lis1Summary::from_service`], the one typed route).
//!   Months covering 12 + 6 with make-up days owed or læringsmål pending is
//!   not a completed del 1 (B-14): the reason names what remains.
//! - Earlier partial service (B-12, B-14): without P-1
//!   (`options.offerOnlyMissing`, default off) the position covers the full
//!   18 months (only the whole del 1 cannot be done twice, S-8) and the
//!   reason and the timeline say so; with P-1 only the missing months and
//!   make-up days are offered and the timeline is shortened.
//! - T-1 `minimumEnd` is counted from `applicant.authorisedOn` when given,
//!   else from the first day of the first counted LIS1 service (earlier
//!   service: a history's first counting period, a summary's `firstStart`;
//!   otherwise this round), never from a round later than earlier service;
//!   assumption `minimumFrom` = `authorisation`, `firstLis1Start` or
//!   `roundStart` (the last with a warning when earlier service has no
//!   date). An authorisation date must not be after the round's start or
//!   the earlier service's start (S-11); no "today" is used, so a date in
//!   the future of the calendar is not checked.
//! - B-21: the post must be vacant on or before the computed specialty
//!   start; more than [`employer::VACANCY_FAR_LATER_DAYS`] days later also
//!   warns.
//! - B-30: the default split is equal between allmennmedisin and psykiatri
//!   (with BUP), 15/16 of 31; the odd position goes to
//!   `oddPositionTo` (default psykiatri, an assumption). The RHF split is the
//!   user's input (`byRhf`, e.g. [`distribution::FIRST_ROUND_SPLIT`]).
//! - B-40: 2 weeks = 14 calendar days; 3 working days counted from the day
//!   after the first offer.

#![cfg_attr(test, allow(clippy::indexing_slicing, clippy::unwrap_used, clippy::expect_used, clippy::panic))]

pub mod applicant;
pub mod distribution;
pub mod eligibility;
pub mod employer;
pub mod form;
pub mod input;
pub mod kommuner;
pub mod messages;
pub mod portal;
pub mod round;
pub mod timeline;
pub mod view;

pub use distribution::{distribute, Distribution, DistributionInput};
pub use eligibility::{
    check_eligibility, validate, DaysPerPart, EligibilityResult, Eligible, Offer, Reason, ReasonKind, Remaining,
};
pub use input::{Applicant, EarlierLis1, EligibilityInput, EligibilityOptions, Employer, Lis1Summary, MakeUpDays};
pub use kommuner::{fylke, kommune, Fylke, Kommune, Rhf};
pub use portal::{check_portal, PortalInput, PortalResult};
pub use timeline::Timeline;
