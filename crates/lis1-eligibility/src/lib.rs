//! Eligibility for bound LIS1 positions and the 6.5-year specialist path
//! (docs/rules.md sections 3–4: T-1..T-5, B-1..B-40; S-8, S-9, S-11, S-12).
//!
//! Pure Rust, no `JsValue`. Modules are named after the concept:
//! - [`eligibility`]: [`check_eligibility`] and [`validate`] (the API's
//!   `EligibilityInput` / `EligibilityResult`);
//! - [`applicant`]: specialty, exemptions, earlier LIS1 service, authorisation;
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
//!   exemption (S-12), a completed del 1 (B-10), time already covering both
//!   parts (S-8) or a specialty the employer kind cannot offer (B-1);
//!   `conditional` when only authorisation by the start is missing (B-11);
//!   the employer checklist never changes it (unmet items give a warning).
//! - Earlier partial service (B-12): without P-1 (`options.offerOnlyMissing`,
//!   default off) the position covers the full 18 months (parts may be
//!   repeated, S-8) and the timeline is the full one; with P-1 only the
//!   missing months (plus absence days still to make up, from the service
//!   engine) are offered and the timeline is shortened.
//! - T-1 `minimumEnd` is counted from this round's LIS1 start (assumption
//!   `minimumFrom = lis1Start`): the authorisation date is not an input.
//! - B-21: the post must be vacant on or before the computed specialty
//!   start; more than [`employer::VACANCY_FAR_LATER_DAYS`] days later also
//!   warns.
//! - B-30 remainder: largest first ([`distribution::REMAINDER_ORDER`]).
//! - B-40: 2 weeks = 14 calendar days; 3 working days counted from the day
//!   after the first offer.

#![cfg_attr(test, allow(clippy::indexing_slicing, clippy::unwrap_used, clippy::expect_used, clippy::panic))]

pub mod applicant;
pub mod distribution;
pub mod eligibility;
pub mod employer;
pub mod input;
pub mod kommuner;
pub mod messages;
pub mod portal;
pub mod round;
pub mod timeline;

pub use distribution::{distribute, Distribution, DistributionInput};
pub use eligibility::{
    check_eligibility, validate, DaysPerPart, EligibilityResult, Eligible, Offer, Reason, ReasonKind, Remaining,
};
pub use input::{Applicant, EarlierLis1, EligibilityInput, EligibilityOptions, Employer, Lis1Summary, MakeUpDays};
pub use kommuner::{fylke, kommune, Fylke, Kommune, Rhf};
pub use portal::{check_portal, PortalInput, PortalResult};
pub use timeline::Timeline;
