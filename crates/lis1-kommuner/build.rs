//! Generates the compact static kommune, fylke and arbeidsgiveravgift zone
//! tables from `data/*.csv` at build time (no file is read at run time,
//! rule C-7). One CSV reader for all four files; the data is checked
//! while reading (see `data/README.md`) and a broken row fails the build with
//! its file and line.
//!
//! Output (`$OUT_DIR/kommuner_table.rs`):
//! - `NUMBERS`: the 357 kommunenummer, 4 characters each, sorted;
//! - `TEXT`: every name and zone-part note once (a string already in `TEXT`
//!   is not appended again, so `Oslo` and `Oslo-Oslove` share bytes);
//! - `ROWS`: per kommune (same order as `NUMBERS`) offsets into `TEXT`, the
//!   fylke index and the zone-set index, 12 bytes a row;
//! - `ZONE_SETS`: the distinct zone combinations; `FYLKER`: the 15 fylker.

use std::collections::{BTreeMap, BTreeSet};
use std::error::Error;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

type Res<T> = Result<T, Box<dyn Error>>;

/// RHF names of the data and the Rust variants they become.
const RHFS: [(&str, &str); 4] = [
    ("Helse Sør-Øst", "Rhf::HelseSorOst"),
    ("Helse Vest", "Rhf::HelseVest"),
    ("Helse Midt-Norge", "Rhf::HelseMidtNorge"),
    ("Helse Nord", "Rhf::HelseNord"),
];

/// Zone names of the data, in the order of `Zone::ALL`.
const ZONES: [&str; 7] = ["I", "Ia", "II", "III", "IV", "IVa", "V"];

/// One CSV file: its header and its rows with their line numbers.
struct Csv {
    path: PathBuf,
    header: Vec<String>,
    rows: Vec<(usize, Vec<String>)>,
}

/// One row of a [`Csv`], read by column name.
struct Row<'a> {
    csv: &'a Csv,
    line: usize,
    fields: &'a [String],
}

impl Csv {
    /// Reads `data/<name>`, which must have exactly the columns `columns`.
    fn read(name: &str, columns: &[&str]) -> Res<Csv> {
        let path = Path::new("data").join(name);
        println!("cargo::rerun-if-changed={}", path.display());
        let text = std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
        let mut lines = text.lines().enumerate();
        let header = match lines.next() {
            Some((_, line)) => split(line).map_err(|e| format!("{}:1: {e}", path.display()))?,
            None => return Err(format!("{}: empty file", path.display()).into()),
        };
        if header != columns {
            return Err(format!("{}:1: expected columns {columns:?}, got {header:?}", path.display()).into());
        }
        let mut rows = Vec::new();
        for (index, line) in lines {
            if line.trim().is_empty() {
                continue;
            }
            let fields = split(line).map_err(|e| format!("{}:{}: {e}", path.display(), index + 1))?;
            if fields.len() != header.len() {
                let msg =
                    format!("{}:{}: expected {} fields, got {}", path.display(), index + 1, header.len(), fields.len());
                return Err(msg.into());
            }
            rows.push((index + 1, fields));
        }
        Ok(Csv { path, header, rows })
    }

    fn rows(&self) -> impl Iterator<Item = Row<'_>> {
        self.rows.iter().map(move |(line, fields)| Row { csv: self, line: *line, fields })
    }
}

impl Row<'_> {
    /// The field of column `name` (the header was checked by [`Csv::read`]).
    fn get(&self, name: &str) -> &str {
        let index = self.csv.header.iter().position(|h| h == name);
        index.and_then(|i| self.fields.get(i)).map_or("", String::as_str)
    }

    /// An error naming the file and line of this row.
    fn err(&self, what: impl std::fmt::Display) -> Box<dyn Error> {
        format!("{}:{}: {what}", self.csv.path.display(), self.line).into()
    }

    /// The field `name`, which must be `digits` ASCII digits.
    fn number(&self, name: &str, digits: usize) -> Res<String> {
        let value = self.get(name);
        if value.len() != digits || !value.bytes().all(|b| b.is_ascii_digit()) {
            return Err(self.err(format!("{name} must be {digits} digits, got {value:?}")));
        }
        Ok(value.to_owned())
    }

    fn rhf(&self, name: &str) -> Res<&'static str> {
        let value = self.get(name);
        RHFS.iter()
            .find(|(n, _)| *n == value)
            .map(|(_, v)| *v)
            .ok_or_else(|| self.err(format!("unknown RHF {value:?}")))
    }

    fn zone(&self, value: &str) -> Res<usize> {
        ZONES.iter().position(|z| *z == value).ok_or_else(|| self.err(format!("unknown zone {value:?}")))
    }
}

/// Splits one CSV line with RFC 4180 quoting (`"a, b"`, `""` inside quotes).
fn split(line: &str) -> Res<Vec<String>> {
    let mut fields = Vec::new();
    let mut field = String::new();
    let mut quoted = false;
    let mut chars = line.chars().peekable();
    while let Some(c) = chars.next() {
        match (c, quoted) {
            ('"', true) if chars.peek() == Some(&'"') => {
                field.push('"');
                chars.next();
            }
            ('"', true) => quoted = false,
            ('"', false) if field.is_empty() => quoted = true,
            ('"', false) => return Err("quote inside an unquoted field".into()),
            (',', false) => fields.push(std::mem::take(&mut field)),
            _ => field.push(c),
        }
    }
    if quoted {
        return Err("unterminated quote".into());
    }
    fields.push(field);
    Ok(fields)
}

/// All strings of the table, each stored once.
#[derive(Default)]
struct Text(String);

impl Text {
    /// `(start, len)` of `s` in the text, appending it only when it is not
    /// already there.
    fn span(&mut self, s: &str) -> Res<(u16, u8)> {
        let start = match self.0.find(s) {
            Some(start) => start,
            None => {
                self.0.push_str(s);
                self.0.len() - s.len()
            }
        };
        Ok((u16::try_from(start)?, u8::try_from(s.len())?))
    }
}

struct Fylke {
    name: String,
    official: String,
    count: usize,
    rhf: &'static str,
    index: usize,
}

fn main() -> Res<()> {
    let fylker_csv = Csv::read(
        "fylker_2024.csv",
        &["fylkesnummer", "fylkesnavn", "fylkesnavn_offisielt", "antall_kommuner", "rhf", "rhf_kilde"],
    )?;
    let kommuner_csv = Csv::read(
        "kommuner_2024.csv",
        &[
            "kommunenummer",
            "kommunenavn_kartverket",
            "kommunenavn_fhi_csdata",
            "fylkesnummer",
            "fylkesnavn",
            "fylkesnavn_offisielt",
            "landsdel_fhi_csdata",
            "rhf_via_fylke",
            "rhf_kilde",
        ],
    )?;
    let zones_csv = Csv::read(
        "aga_soner_per_kommune_2024.csv",
        &[
            "kommunenummer",
            "kommunenavn_kartverket",
            "sone",
            "flere_soner",
            "alle_soner",
            "sats_prosent_ordinaer_2024_2025",
            "delomrader_fra_kilden",
        ],
    )?;
    let parts_csv = Csv::read(
        "aga_soner_delomrader_2024.csv",
        &["kommunenummer", "kommunenavn_kilde", "fylke_kilde", "sone", "delomrade_kommentar"],
    )?;

    // Fylker, sorted by number; `index` is the position in FYLKER.
    let mut fylker: BTreeMap<String, Fylke> = BTreeMap::new();
    for row in fylker_csv.rows() {
        let number = row.number("fylkesnummer", 2)?;
        let count: usize = row.get("antall_kommuner").parse().map_err(|e| row.err(format!("antall_kommuner: {e}")))?;
        let fylke = Fylke {
            name: row.get("fylkesnavn").to_owned(),
            official: row.get("fylkesnavn_offisielt").to_owned(),
            count,
            rhf: row.rhf("rhf")?,
            index: 0,
        };
        if fylker.insert(number.clone(), fylke).is_some() {
            return Err(row.err(format!("duplicate fylkesnummer {number}")));
        }
    }
    for (index, fylke) in fylker.values_mut().enumerate() {
        fylke.index = index;
    }

    // Zone parts: the zones each kommune has parts in.
    let mut part_zones: BTreeMap<String, BTreeSet<usize>> = BTreeMap::new();
    for row in parts_csv.rows() {
        let number = row.number("kommunenummer", 4)?;
        let zone = row.zone(row.get("sone"))?;
        part_zones.entry(number).or_default().insert(zone);
    }

    // Zones per kommune: (Kartverket name, zone indices, note on the parts).
    let mut zones: BTreeMap<String, (String, Vec<usize>, String)> = BTreeMap::new();
    for row in zones_csv.rows() {
        let number = row.number("kommunenummer", 4)?;
        let all = row.get("alle_soner").split('|').map(|z| row.zone(z)).collect::<Res<Vec<_>>>()?;
        let split = match row.get("flere_soner") {
            "ja" => true,
            "nei" => false,
            other => return Err(row.err(format!("flere_soner must be ja/nei, got {other:?}"))),
        };
        if split != (all.len() > 1) {
            return Err(row.err(format!("flere_soner={split} but alle_soner={:?}", row.get("alle_soner"))));
        }
        if !split && row.get("sone") != row.get("alle_soner") {
            return Err(row.err(format!(
                "sone {:?} differs from alle_soner {:?}",
                row.get("sone"),
                row.get("alle_soner")
            )));
        }
        let listed: BTreeSet<usize> = all.iter().copied().collect();
        if part_zones.get(&number) != Some(&listed) {
            return Err(row.err(format!("zone parts in {} differ from alle_soner", parts_csv.path.display())));
        }
        let note = if split {
            row.get("delomrader_fra_kilden").split_whitespace().collect::<Vec<_>>().join(" ")
        } else {
            String::new()
        };
        if zones.insert(number.clone(), (row.get("kommunenavn_kartverket").to_owned(), all, note)).is_some() {
            return Err(row.err(format!("duplicate kommunenummer {number}")));
        }
    }

    // A zone part of a kommune the per-kommune zone file does not list.
    if let Some(number) = part_zones.keys().find(|n| !zones.contains_key(*n)) {
        return Err(format!(
            "{}: kommunenummer {number} has zone parts but no row in {}",
            parts_csv.path.display(),
            zones_csv.path.display()
        )
        .into());
    }

    // Kommuner, joined with their fylke and zones.
    let mut text = Text::default();
    let mut zone_sets: Vec<Vec<usize>> = Vec::new();
    let mut rows: BTreeMap<String, String> = BTreeMap::new();
    let mut per_fylke: BTreeMap<String, usize> = BTreeMap::new();
    for row in kommuner_csv.rows() {
        let number = row.number("kommunenummer", 4)?;
        let fylke_number = row.number("fylkesnummer", 2)?;
        let Some(fylke) = fylker.get(&fylke_number) else {
            return Err(row.err(format!("fylke {fylke_number} is not in {}", fylker_csv.path.display())));
        };
        if !number.starts_with(&fylke_number)
            || row.rhf("rhf_via_fylke")? != fylke.rhf
            || row.get("fylkesnavn") != fylke.name
            || row.get("fylkesnavn_offisielt") != fylke.official
        {
            return Err(row.err(format!("fylke/RHF do not match {}", fylker_csv.path.display())));
        }
        *per_fylke.entry(fylke_number).or_default() += 1;
        let name = row.get("kommunenavn_kartverket");
        let Some((zone_name, kommune_zones, note)) = zones.get(&number) else {
            return Err(row.err(format!("kommune {number} is not in {}", zones_csv.path.display())));
        };
        if zone_name != name {
            return Err(row.err(format!("name {name:?} differs from {zone_name:?} in {}", zones_csv.path.display())));
        }
        let set = match zone_sets.iter().position(|s| s == kommune_zones) {
            Some(i) => i,
            None => {
                zone_sets.push(kommune_zones.clone());
                zone_sets.len() - 1
            }
        };
        let (name_at, name_len) = text.span(name)?;
        let (full_at, full_len) = text.span(row.get("kommunenavn_fhi_csdata"))?;
        let (note_at, note_len) = text.span(note)?;
        let entry = format!(
            "    Row {{ name_at: {name_at}, name_len: {name_len}, full_at: {full_at}, full_len: {full_len}, \
             note_at: {note_at}, note_len: {note_len}, fylke: {}, zones: {set} }},\n",
            fylke.index
        );
        if rows.insert(number.clone(), entry).is_some() {
            return Err(row.err(format!("duplicate kommunenummer {number}")));
        }
    }
    for (number, fylke) in &fylker {
        let got = per_fylke.get(number).copied().unwrap_or(0);
        if got != fylke.count {
            return Err(format!(
                "fylke {number}: {got} kommuner in kommuner_2024.csv, antall_kommuner says {}",
                fylke.count
            )
            .into());
        }
    }
    if let Some(extra) = zones.keys().find(|n| !rows.contains_key(*n)) {
        return Err(
            format!("{}: kommune {extra} is not in {}", zones_csv.path.display(), kommuner_csv.path.display()).into()
        );
    }
    u8::try_from(zone_sets.len())?;
    u8::try_from(fylker.len())?;

    let mut out = String::from("// Generated by build.rs from data/*.csv. Do not edit.\n\n");
    writeln!(out, "/// Number of kommuner (2024 numbering).\npub const COUNT: usize = {};\n", rows.len())?;
    writeln!(out, "/// Every kommunenummer, 4 characters each, sorted; kommune `i` is `NUMBERS[4 * i..4 * i + 4]`.")?;
    writeln!(out, "static NUMBERS: &str = {:?};\n", rows.keys().map(String::as_str).collect::<String>())?;
    writeln!(out, "/// Every name and note once; [`Row`] points into it.\nstatic TEXT: &str = {:?};\n", text.0)?;
    writeln!(out, "/// One row per kommune, in the order of `NUMBERS`.\nstatic ROWS: [Row; COUNT] = [")?;
    for entry in rows.values() {
        out.push_str(entry);
    }
    writeln!(out, "];\n\n/// The distinct zone combinations, indexed by [`Row::zones`].")?;
    writeln!(out, "static ZONE_SETS: [&[Zone]; {}] = [", zone_sets.len())?;
    for set in &zone_sets {
        let names: Vec<String> =
            set.iter().map(|&z| format!("Zone::{}", ZONES.get(z).copied().unwrap_or("I"))).collect();
        writeln!(out, "    &[{}],", names.join(", "))?;
    }
    writeln!(out, "];\n\n/// Every fylke valid from 1 January 2024, sorted by fylkesnummer.")?;
    writeln!(out, "pub static FYLKER: [Fylke; {}] = [", fylker.len())?;
    for (number, f) in &fylker {
        writeln!(
            out,
            "    Fylke {{ number: {number:?}, name: {:?}, official_name: {:?}, kommuner: {}, rhf: {} }},",
            f.name, f.official, f.count, f.rhf
        )?;
    }
    writeln!(out, "];")?;
    let target = Path::new(&std::env::var("OUT_DIR")?).join("kommuner_table.rs");
    std::fs::write(target, out)?;
    Ok(())
}
