//! Kommuner and fylker valid from 1 January 2024, with their regional health
//! authority (RHF). The table is generated at build time by `build.rs` from
//! `data/kommuner_2024.csv` and `data/fylker_2024.csv` (provenance and
//! licence in `data/README.md`); nothing is read at run time.
//!
//! Employers may be given by kommunenummer (B-20, B-25): the kommune that
//! hires for allmennmedisin, or where a helseforetak is located.

use serde::Serialize;

/// The four regional health authorities (regionale helseforetak).
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Rhf {
    /// Helse Sør-Øst.
    HelseSorOst,
    /// Helse Vest.
    HelseVest,
    /// Helse Midt-Norge.
    HelseMidtNorge,
    /// Helse Nord.
    HelseNord,
}

impl Rhf {
    /// All RHFs, alphabetical by code (the order of [`RHF_CODES`]).
    pub const ALL: [Rhf; 4] = [Rhf::HelseMidtNorge, Rhf::HelseNord, Rhf::HelseSorOst, Rhf::HelseVest];

    /// The code used in inputs and outputs (`helse-sor-ost`, ...).
    pub fn code(self) -> &'static str {
        match self {
            Rhf::HelseSorOst => "helse-sor-ost",
            Rhf::HelseVest => "helse-vest",
            Rhf::HelseMidtNorge => "helse-midt-norge",
            Rhf::HelseNord => "helse-nord",
        }
    }

    /// The official name (the same in nb, nn and en).
    pub fn name(self) -> &'static str {
        match self {
            Rhf::HelseSorOst => "Helse Sør-Øst",
            Rhf::HelseVest => "Helse Vest",
            Rhf::HelseMidtNorge => "Helse Midt-Norge",
            Rhf::HelseNord => "Helse Nord",
        }
    }

    /// Parses a code (`helse-nord`).
    pub fn parse(code: &str) -> Option<Rhf> {
        Rhf::ALL.into_iter().find(|r| r.code() == code)
    }
}

/// Codes of [`Rhf`], the one list used by validation and schemas.
pub const RHF_CODES: &[&str] = &["helse-midt-norge", "helse-nord", "helse-sor-ost", "helse-vest"];

/// One kommune (2024 numbering).
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Kommune {
    /// Kommunenummer, 4 digits (`1804`).
    pub number: &'static str,
    /// Official name (Kartverket), e.g. `Bodø`.
    pub name: &'static str,
    /// Name with Sami/Kven forms where official (FHI csdata), e.g. `Bodø`, `Oslo-Oslove`.
    pub full_name: &'static str,
    /// Fylkesnummer, 2 digits.
    pub fylke_number: &'static str,
    /// Official fylke name, e.g. `Nordland - Nordlánnda`.
    pub fylke_name: &'static str,
    /// RHF via the fylke.
    pub rhf: Rhf,
}

/// One fylke (2024).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Fylke {
    /// Fylkesnummer, 2 digits.
    pub number: &'static str,
    /// Short name, e.g. `Nordland`.
    pub name: &'static str,
    /// Official name, e.g. `Nordland - Nordlánnda`.
    pub official_name: &'static str,
    /// Number of kommuner in the fylke.
    pub kommuner: usize,
    /// The RHF the fylke belongs to.
    pub rhf: Rhf,
}

include!(concat!(env!("OUT_DIR"), "/kommuner_table.rs"));

/// The kommune with this kommunenummer (exactly 4 digits, 2024 numbering).
pub fn kommune(number: &str) -> Option<&'static Kommune> {
    KOMMUNER.binary_search_by(|k| k.number.cmp(number)).ok().and_then(|i| KOMMUNER.get(i))
}

/// The fylke with this fylkesnummer (2 digits).
pub fn fylke(number: &str) -> Option<&'static Fylke> {
    FYLKER.iter().find(|f| f.number == number)
}

/// Whether `value` has the form of a kommunenummer (4 ASCII digits).
pub fn is_kommune_number(value: &str) -> bool {
    value.len() == 4 && value.bytes().all(|b| b.is_ascii_digit())
}

/// Number of kommuner in an RHF's area.
pub fn kommuner_in(rhf: Rhf) -> usize {
    KOMMUNER.iter().filter(|k| k.rhf == rhf).count()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_has_357_kommuner_and_15_fylker() {
        assert_eq!(KOMMUNER.len(), 357);
        assert_eq!(FYLKER.len(), 15);
        // The fylker's antall_kommuner add up to the 357 kommuner.
        assert_eq!(FYLKER.iter().map(|f| f.kommuner).sum::<usize>(), 357);
    }

    #[test]
    fn known_kommuner_resolve_with_fylke_and_rhf() {
        let bodo = kommune("1804").unwrap();
        assert_eq!((bodo.name, bodo.fylke_number, bodo.rhf), ("Bodø", "18", Rhf::HelseNord));
        let oslo = kommune("0301").unwrap();
        assert_eq!((oslo.name, oslo.rhf), ("Oslo", Rhf::HelseSorOst));
        assert_eq!(kommune("4601").map(|k| k.rhf), Some(Rhf::HelseVest));
        // Vestfold (39) is set to Helse Sør-Øst (derived from the former 38).
        assert!(KOMMUNER.iter().filter(|k| k.fylke_number == "39").all(|k| k.rhf == Rhf::HelseSorOst));
    }

    #[test]
    fn name_collisions_are_told_apart_by_number() {
        assert_eq!(kommune("1515").map(|k| (k.name, k.fylke_number)), Some(("Herøy", "15")));
        assert_eq!(kommune("1818").map(|k| (k.name, k.fylke_number)), Some(("Herøy", "18")));
        assert_eq!(kommune("3114").map(|k| k.name), Some("Våler"));
        assert_eq!(kommune("3419").map(|k| k.name), Some("Våler"));
    }

    #[test]
    fn unknown_or_malformed_numbers_give_none() {
        // 1507 Ålesund was split in 2024; 0000 never existed.
        assert_eq!(kommune("1507"), None);
        assert_eq!(kommune("0000"), None);
        assert_eq!(kommune("301"), None);
        assert!(!is_kommune_number("301"));
        assert!(!is_kommune_number("03a1"));
    }

    #[test]
    fn kommuner_per_rhf_match_the_source_counts() {
        // rhf_via_fylke in kommuner_2024.csv: Sør-Øst 140 + 6 (Vestfold) = 146,
        // Vest 66, Midt-Norge 65, Nord 80; 146 + 66 + 65 + 80 = 357.
        assert_eq!(kommuner_in(Rhf::HelseSorOst), 146);
        assert_eq!(kommuner_in(Rhf::HelseVest), 66);
        assert_eq!(kommuner_in(Rhf::HelseMidtNorge), 65);
        assert_eq!(kommuner_in(Rhf::HelseNord), 80);
    }

    #[test]
    fn rhf_codes_round_trip() {
        for rhf in Rhf::ALL {
            assert_eq!(Rhf::parse(rhf.code()), Some(rhf));
            assert!(RHF_CODES.contains(&rhf.code()));
        }
    }
}
