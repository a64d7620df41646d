//! Eligibility for bound LIS1 positions and the 6.5-year specialist path
//! (RULES.md §3 T-1..T-5, §4 B-1..B-40; S-8, S-9, S-11, S-12).
//!
//! Pure Rust, no `JsValue`. Modules are named after the concept:
//! - [`eligibility`]: [`check_eligibility`] and [`validate`] (API.md
//!   `EligibilityInput` / `EligibilityResult`);
//! - [`applicant`]: specialty, exemptions, earlier LIS1 service, authorisation;
//! - [`employer`]: the employer checklist B-20..B-25;
//! - [`round`]: round start dates (B-2, S-10);
//! - [`timeline`]: the dates of the path (T-1..T-5);
//! - [`kommuner`]: the 2024 kommune/fylke/RHF table, generated at build time;
//! - [`distribution`]: a round's split across RHFs and specialties (B-30, B-31);
//! - [`portal`]: the portal calendar checks (B-40);
//! - [`messages`]: the nb/nn/en catalogue.

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
pub use eligibility::{check_eligibility, validate, Eligible, EligibilityResult, Offer, Reason, Remaining};
pub use input::{Applicant, EarlierLis1, EligibilityInput, EligibilityOptions, Employer, Lis1Summary};
pub use kommuner::{fylke, kommune, Fylke, Kommune, Rhf};
pub use portal::{check_portal, PortalInput, PortalResult};
pub use timeline::Timeline;
