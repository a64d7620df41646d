//! Generates the static arbeidsgiveravgift zone table from `data/*.csv` at
//! build time (no file is read at run time, RULES.md C-7). Checks the data
//! while doing so; a broken row fails the build with its line number.

use std::collections::{BTreeMap, BTreeSet};
use std::error::Error;
use std::fmt::Write as _;
use std::path::Path;

type Res<T> = Result<T, Box<dyn Error>>;

/// Zone names of the data and the Rust variants they become.
const ZONES: [(&str, &str); 7] = [
    ("I", "Zone::I"),
    ("Ia", "Zone::Ia"),
    ("II", "Zone::II"),
    ("III", "Zone::III"),
    ("IV", "Zone::IV"),
    ("IVa", "Zone::IVa"),
    ("V", "Zone::V"),
];

fn zone_variant(name: &str, where_: &str) -> Res<&'static str> {
    ZONES.iter().find(|(n, _)| *n == name).map(|(_, v)| *v).ok_or_else(|| format!("{where_}: unknown zone {name:?}").into())
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

fn rows(path: &Path, columns: usize) -> Res<Vec<(usize, Vec<String>)>> {
    let text = std::fs::read_to_string(path)?;
    let mut out = Vec::new();
    for (index, line) in text.lines().enumerate().skip(1) {
        if line.trim().is_empty() {
            continue;
        }
        let fields = split(line).map_err(|e| format!("{}:{}: {e}", path.display(), index + 1))?;
        if fields.len() != columns {
            return Err(format!("{}:{}: expected {columns} fields, got {}", path.display(), index + 1, fields.len()).into());
        }
        out.push((index + 1, fields));
    }
    Ok(out)
}

fn field(row: &[String], i: usize) -> &str {
    row.get(i).map_or("", String::as_str)
}

fn main() -> Res<()> {
    let dir = Path::new("data");
    let per_kommune = dir.join("aga_soner_per_kommune_2024.csv");
    let parts = dir.join("aga_soner_delomrader_2024.csv");
    println!("cargo::rerun-if-changed={}", per_kommune.display());
    println!("cargo::rerun-if-changed={}", parts.display());

    // kommunenummer,kommunenavn_kilde,fylke_kilde,sone,delomrade_kommentar
    let mut part_zones: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for (line, row) in rows(&parts, 5)? {
        zone_variant(field(&row, 3), &format!("delomrader line {line}"))?;
        part_zones.entry(field(&row, 0).to_owned()).or_default().insert(field(&row, 3).to_owned());
    }

    // kommunenummer,kommunenavn_kartverket,sone,flere_soner,alle_soner,sats_prosent_ordinaer_2024_2025,delomrader_fra_kilden
    let mut table: BTreeMap<String, String> = BTreeMap::new();
    for (line, row) in rows(&per_kommune, 7)? {
        let at = format!("per_kommune line {line}");
        let number = field(&row, 0).to_owned();
        if number.len() != 4 || !number.bytes().all(|b| b.is_ascii_digit()) {
            return Err(format!("{at}: bad kommunenummer {number:?}").into());
        }
        let all: Vec<&str> = field(&row, 4).split('|').collect();
        let variants = all.iter().map(|z| zone_variant(z, &at)).collect::<Res<Vec<_>>>()?;
        let split = match field(&row, 3) {
            "ja" => true,
            "nei" => false,
            other => return Err(format!("{at}: flere_soner must be ja/nei, got {other:?}").into()),
        };
        if split != (all.len() > 1) {
            return Err(format!("{at}: flere_soner={split} but alle_soner={all:?}").into());
        }
        if !split && field(&row, 2) != field(&row, 4) {
            return Err(format!("{at}: sone {:?} differs from alle_soner {:?}", field(&row, 2), field(&row, 4)).into());
        }
        let from_parts: BTreeSet<String> = part_zones.get(&number).cloned().unwrap_or_default();
        let listed: BTreeSet<String> = all.iter().map(|z| (*z).to_owned()).collect();
        if from_parts != listed {
            return Err(format!("{at}: zone parts {from_parts:?} differ from alle_soner {listed:?}").into());
        }
        let note = if split { field(&row, 6) } else { "" };
        let entry = format!(
            "    KommuneZone {{ number: {number:?}, name: {:?}, zones: &[{}], parts_note: {:?} }},\n",
            field(&row, 1),
            variants.join(", "),
            note.split_whitespace().collect::<Vec<_>>().join(" "),
        );
        if table.insert(number.clone(), entry).is_some() {
            return Err(format!("{at}: duplicate kommunenummer {number}").into());
        }
    }
    if table.len() != 357 {
        return Err(format!("expected 357 kommuner, got {}", table.len()).into());
    }

    let mut out = String::from("// Generated by build.rs from data/aga_soner_*_2024.csv. Do not edit.\n\n");
    writeln!(out, "/// Every kommune (2024 numbering) with its arbeidsgiveravgift zone(s), sorted by number.")?;
    writeln!(out, "pub(crate) static KOMMUNER: &[KommuneZone] = &[")?;
    for entry in table.values() {
        out.push_str(entry);
    }
    writeln!(out, "];")?;
    let target = Path::new(&std::env::var("OUT_DIR")?).join("zones_table.rs");
    std::fs::write(target, out)?;
    Ok(())
}
