//! Arbeidsgiveravgift zones (RULES.md C-7): the zone follows the employer's
//! kommune. The table is generated at build time from
//! `data/aga_soner_per_kommune_2024.csv` (see `data/README.md` for
//! provenance); nothing is read at run time. Rates are **not** here: they are
//! dated parameters (`C-7.zone-*` in [`crate::parameters`]) so callers can
//! override them.

use serde::Serialize;

/// An arbeidsgiveravgift zone.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
pub enum Zone {
    /// Zone I (ordinary rate).
    I,
    /// Zone Ia (reduced rate up to the fribeløp, then the zone I rate).
    Ia,
    /// Zone II.
    II,
    /// Zone III.
    III,
    /// Zone IV.
    IV,
    /// Zone IVa.
    IVa,
    /// Zone V (Finnmark and Nord-Troms: 0 %).
    V,
}

/// The zone names as written in inputs (`zone` on a position).
pub const ZONE_NAMES: &[&str] = &["I", "Ia", "II", "III", "IV", "IVa", "V"];

impl Zone {
    /// All zones in table order.
    pub const ALL: [Zone; 7] = [Zone::I, Zone::Ia, Zone::II, Zone::III, Zone::IV, Zone::IVa, Zone::V];

    /// The zone's name as in Skatteetaten's catalogue.
    pub fn name(self) -> &'static str {
        match self {
            Zone::I => "I",
            Zone::Ia => "Ia",
            Zone::II => "II",
            Zone::III => "III",
            Zone::IV => "IV",
            Zone::IVa => "IVa",
            Zone::V => "V",
        }
    }

    /// Parses an exact zone name (`IVa`, not `iva`).
    pub fn parse(name: &str) -> Option<Zone> {
        Zone::ALL.into_iter().find(|z| z.name() == name)
    }

    /// The id of this zone's rate in the parameter table, e.g. `C-7.zone-III`.
    pub fn parameter_id(self) -> &'static str {
        match self {
            Zone::I => "C-7.zone-I",
            Zone::Ia => "C-7.zone-Ia",
            Zone::II => "C-7.zone-II",
            Zone::III => "C-7.zone-III",
            Zone::IV => "C-7.zone-IV",
            Zone::IVa => "C-7.zone-IVa",
            Zone::V => "C-7.zone-V",
        }
    }
}

/// One kommune of the zone table.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct KommuneZone {
    /// Kommunenummer (2024), four digits.
    pub number: &'static str,
    /// Name as in Kartverket's register.
    pub name: &'static str,
    /// The zone, or for the 12 split kommuner (`flere_soner = ja`) every zone
    /// a part of the kommune has.
    pub zones: &'static [Zone],
    /// For split kommuner: the source's note on which former kommune lies
    /// in which zone; empty otherwise.
    pub parts_note: &'static str,
}

impl KommuneZone {
    /// Whether the kommune is split between zones, so the caller must say
    /// which part the employer is in.
    pub fn is_split(&self) -> bool {
        self.zones.len() > 1
    }

    /// The zone names joined for messages, e.g. `I, Ia`.
    pub fn zone_list(&self) -> String {
        self.zones.iter().map(|z| z.name()).collect::<Vec<_>>().join(", ")
    }
}

include!(concat!(env!("OUT_DIR"), "/zones_table.rs"));

/// The kommune with this number (2024 numbering), if it exists.
pub fn kommune(number: &str) -> Option<&'static KommuneZone> {
    KOMMUNER.binary_search_by(|k| k.number.cmp(number)).ok().and_then(|i| KOMMUNER.get(i))
}

/// Every kommune of the table, sorted by number.
pub fn all() -> &'static [KommuneZone] {
    KOMMUNER
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn c_7_spot_checks_from_the_data_readme() {
        for (number, zone) in [("0301", Zone::I), ("4601", Zone::I), ("5601", Zone::V), ("1804", Zone::IVa), ("5501", Zone::IVa)] {
            assert_eq!(kommune(number).map(|k| k.zones), Some(&[zone][..]), "{number}");
        }
    }

    #[test]
    fn c_7_examples_of_every_other_zone() {
        // Rows of data/aga_soner_per_kommune_2024.csv.
        assert_eq!(kommune("1144").map(|k| (k.name, k.zones)), Some(("Kvitsøy", &[Zone::Ia][..])));
        assert_eq!(kommune("1133").map(|k| (k.name, k.zones)), Some(("Hjelmeland", &[Zone::II][..])));
        assert_eq!(kommune("1511").map(|k| (k.name, k.zones)), Some(("Vanylven", &[Zone::III][..])));
        assert_eq!(kommune("1806").map(|k| (k.name, k.zones)), Some(("Narvik", &[Zone::IV][..])));
    }

    #[test]
    fn c_7_twelve_kommuner_are_split_between_zones() {
        let split: Vec<_> = all().iter().filter(|k| k.is_split()).map(|k| k.number).collect();
        assert_eq!(
            split,
            vec!["1506", "1508", "1577", "1579", "4225", "4602", "4621", "4640", "4647", "5006", "5057", "5059"]
        );
        let orkland = kommune("5059").unwrap();
        assert_eq!(orkland.zones, &[Zone::I, Zone::II, Zone::III]);
        assert!(orkland.parts_note.contains("Gamle Agdenes"));
    }

    #[test]
    fn table_has_357_kommuner_and_unknown_numbers_are_absent() {
        assert_eq!(all().len(), 357);
        assert!(kommune("0000").is_none());
        assert!(kommune("1507").is_none(), "pre-2024 Ålesund number");
    }

    #[test]
    fn zone_names_round_trip() {
        for z in Zone::ALL {
            assert_eq!(Zone::parse(z.name()), Some(z));
        }
        assert_eq!(ZONE_NAMES.len(), Zone::ALL.len());
    }
}
