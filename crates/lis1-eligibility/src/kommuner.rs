//! Kommuner and fylker valid from 1 January 2024, with their regional health
//! authority (RHF). The tables and their data (`crates/lis1-kommuner/data`,
//! provenance and licence in its `README.md`) live in the `lis1-kommuner`
//! crate, the one source shared with lis1-cost; this module
//! re-exports them under their old paths.
//!
//! Employers may be given by kommunenummer (B-20, B-25): the kommune that
//! hires for allmennmedisin, or where a helseforetak is located.

pub use lis1_kommuner::{all, fylke, is_kommune_number, kommune, kommuner_in, Fylke, Kommune, Rhf, FYLKER, RHF_CODES};
