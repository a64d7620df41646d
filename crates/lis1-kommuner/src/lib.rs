//! Kommuner and fylker valid from 1 January 2024, with their regional health
//! authority (RHF, rules B-20, B-25) and arbeidsgiveravgift zone(s)
//! (rule C-7). The one source of these tables for lis1-eligibility and
//! lis1-cost (their forms' kommune select included: feature `form`).
//!
//! The tables are generated at build time by `build.rs` from `data/*.csv`
//! (provenance and licence in `data/README.md`); nothing is read at run
//! time. They are compact: each name is stored once in one string, a kommune
//! is a 12-byte row of offsets and small indices, and the lookups build the
//! [`Kommune`] and [`KommuneZone`] views on demand.
//!
//! Pure Rust (no wasm-bindgen): it builds and tests natively.

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

/// An arbeidsgiveravgift zone (rule C-7).
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

    /// The id of this zone's rate in lis1-cost's parameter table, e.g.
    /// `C-7.zone-III` (the rates themselves live there, dated).
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

/// One kommune of the arbeidsgiveravgift zone table (rule C-7).
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

/// One kommune of the generated table: offsets into `TEXT` and indices into
/// `FYLKER` and `ZONE_SETS` (the number is its position in `NUMBERS`).
#[derive(Debug, Clone, Copy)]
struct Row {
    name_at: u16,
    full_at: u16,
    note_at: u16,
    name_len: u8,
    full_len: u8,
    note_len: u8,
    fylke: u8,
    zones: u8,
}

include!(concat!(env!("OUT_DIR"), "/kommuner_table.rs"));

/// `TEXT[at..at + len]` (the build script wrote only valid spans; the
/// table tests check every one).
fn text(at: u16, len: u8) -> &'static str {
    let at = usize::from(at);
    TEXT.get(at..at + usize::from(len)).unwrap_or_default()
}

/// The kommunenummer of row `i`.
fn number_at(i: usize) -> Option<&'static str> {
    NUMBERS.get(4 * i..4 * i + 4)
}

/// The row index of a kommunenummer (binary search over `NUMBERS`).
fn index_of(number: &str) -> Option<usize> {
    if !is_kommune_number(number) {
        return None;
    }
    let (mut low, mut high) = (0, COUNT);
    while low < high {
        let mid = low + (high - low) / 2;
        match number_at(mid)?.cmp(number) {
            std::cmp::Ordering::Less => low = mid + 1,
            std::cmp::Ordering::Greater => high = mid,
            std::cmp::Ordering::Equal => return Some(mid),
        }
    }
    None
}

fn kommune_at(i: usize) -> Option<Kommune> {
    let (number, row) = (number_at(i)?, ROWS.get(i)?);
    let fylke = FYLKER.get(usize::from(row.fylke))?;
    Some(Kommune {
        number,
        name: text(row.name_at, row.name_len),
        full_name: text(row.full_at, row.full_len),
        fylke_number: fylke.number,
        fylke_name: fylke.official_name,
        rhf: fylke.rhf,
    })
}

fn zone_at(i: usize) -> Option<KommuneZone> {
    let (number, row) = (number_at(i)?, ROWS.get(i)?);
    Some(KommuneZone {
        number,
        name: text(row.name_at, row.name_len),
        zones: ZONE_SETS.get(usize::from(row.zones))?,
        parts_note: text(row.note_at, row.note_len),
    })
}

/// The kommune with this kommunenummer (exactly 4 digits, 2024 numbering).
pub fn kommune(number: &str) -> Option<Kommune> {
    index_of(number).and_then(kommune_at)
}

/// The arbeidsgiveravgift zone(s) of the kommune with this kommunenummer
/// (2024 numbering), if it exists (rule C-7).
pub fn zones(number: &str) -> Option<KommuneZone> {
    index_of(number).and_then(zone_at)
}

/// Every kommune, sorted by kommunenummer.
pub fn all() -> impl Iterator<Item = Kommune> + Clone {
    (0..COUNT).filter_map(kommune_at)
}

/// The kommune select of the eligibility and cost forms: every kommune of
/// the 2024 table, in number order, labelled `1804 Bodø` (names are the
/// same in every language).
#[cfg(feature = "form")]
pub fn kommune_select() -> lis1_core::form::Control {
    let options =
        all().map(|k| lis1_core::form::Choice { value: k.number, label: format!("{} {}", k.number, k.name) }).collect();
    lis1_core::form::Control::Select { options, default: None }
}

/// Every kommune with its zone(s), sorted by kommunenummer.
pub fn all_zones() -> impl Iterator<Item = KommuneZone> + Clone {
    (0..COUNT).filter_map(zone_at)
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
    ROWS.iter().filter(|r| FYLKER.get(usize::from(r.fylke)).is_some_and(|f| f.rhf == rhf)).count()
}
