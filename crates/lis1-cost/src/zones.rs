//! Arbeidsgiveravgift zones (rule C-7): the zone follows the employer's
//! kommune. The zone table and its data (`crates/lis1-kommuner/data`,
//! provenance in its `README.md`) live in the `lis1-kommuner` crate, the one
//! source shared with lis1-eligibility; this module re-exports
//! them under their old paths. Rates are **not** there: they are dated
//! parameters (`C-7.zone-*` in [`crate::parameters`]) so callers can
//! override them.

pub use lis1_kommuner::{KommuneZone, Zone, ZONE_NAMES};

/// The kommune with this number (2024 numbering) and its zone(s), if it exists.
pub fn kommune(number: &str) -> Option<KommuneZone> {
    lis1_kommuner::zones(number)
}

/// Every kommune of the zone table, sorted by number.
pub fn all() -> impl Iterator<Item = KommuneZone> + Clone {
    lis1_kommuner::all_zones()
}
