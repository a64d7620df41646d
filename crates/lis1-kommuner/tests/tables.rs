//! The generated tables, checked against rows of `data/*.csv` read by hand
//! (the CSV line is given with each case).

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing, clippy::panic)]

use lis1_kommuner::{
    all, all_zones, fylke, is_kommune_number, kommune, kommuner_in, zones, Rhf, Zone, COUNT, FYLKER, RHF_CODES,
    ZONE_NAMES,
};

#[test]
fn table_has_357_kommuner_and_15_fylker() {
    // 357 data rows in kommuner_2024.csv and aga_soner_per_kommune_2024.csv, 15 in fylker_2024.csv.
    assert_eq!(COUNT, 357);
    assert_eq!(all().count(), 357, "every row resolves");
    assert_eq!(all_zones().count(), 357, "every row resolves");
    assert_eq!(FYLKER.len(), 15);
    // antall_kommuner: 1+23+27+41+12+21+18+46+6+17+25+43+38+21+18 = 357.
    assert_eq!(FYLKER.iter().map(|f| f.kommuner).sum::<usize>(), 357);
}

#[test]
fn b_25_oslo_0301_is_helse_sor_ost_in_zone_i() {
    // kommuner_2024.csv: 0301,Oslo,Oslo-Oslove,03,Oslo,Oslo,Østlandet-Austlandet,Helse Sør-Øst,speshelse
    let oslo = kommune("0301").unwrap();
    assert_eq!(
        (oslo.number, oslo.name, oslo.full_name, oslo.fylke_number, oslo.fylke_name, oslo.rhf),
        ("0301", "Oslo", "Oslo-Oslove", "03", "Oslo", Rhf::HelseSorOst)
    );
    // aga_soner_per_kommune_2024.csv: 0301,Oslo,I,nei,I,14.1,
    let z = zones("0301").unwrap();
    assert_eq!((z.name, z.zones, z.parts_note, z.is_split()), ("Oslo", &[Zone::I][..], "", false));
}

#[test]
fn sami_and_kven_names_keep_every_form() {
    // 5544,Nordreisa - Ráisa - Raisi,Nordreisa,55,Troms,Troms - Romsa - Tromssa,...,Helse Nord (Sami and Kven)
    let k = kommune("5544").unwrap();
    assert_eq!(
        (k.name, k.full_name, k.fylke_name, k.rhf),
        ("Nordreisa - Ráisa - Raisi", "Nordreisa", "Troms - Romsa - Tromssa", Rhf::HelseNord)
    );
    // 1875,Hábmer - Hamarøy,Hamarøy,18,Nordland,Nordland - Nordlánnda,... (Lule Sami)
    let k = kommune("1875").unwrap();
    assert_eq!((k.name, k.full_name, k.fylke_name), ("Hábmer - Hamarøy", "Hamarøy", "Nordland - Nordlánnda"));
    // 5610,Kárášjohka - Karasjok,Kárášjohka-Karasjok,56,...; zone V (aga row 345).
    let k = kommune("5610").unwrap();
    assert_eq!((k.name, k.full_name, k.fylke_number), ("Kárášjohka - Karasjok", "Kárášjohka-Karasjok", "56"));
    assert_eq!(zones("5610").map(|z| (z.name, z.zones)), Some(("Kárášjohka - Karasjok", &[Zone::V][..])));
}

#[test]
fn alesund_split_in_2024_has_new_numbers_and_the_old_one_is_gone() {
    // 1507 Ålesund was split on 1 January 2024 into 1508 Ålesund and 1580 Haram.
    assert_eq!(kommune("1507"), None);
    assert_eq!(zones("1507"), None);
    // 1580,Haram,Haram,15,Møre og Romsdal,...,Helse Midt-Norge; aga: 1580,Haram,Ia,nei,Ia
    let haram = kommune("1580").unwrap();
    assert_eq!((haram.name, haram.fylke_name, haram.rhf), ("Haram", "Møre og Romsdal", Rhf::HelseMidtNorge));
    assert_eq!(zones("1580").map(|z| z.zones), Some(&[Zone::Ia][..]));
    // aga: 1508,Ålesund,,ja,I|II,,sone II: Sandøy / sone I: (rad uten kommentar)
    let alesund = zones("1508").unwrap();
    assert_eq!((alesund.name, alesund.zones), ("Ålesund", &[Zone::I, Zone::II][..]));
    assert_eq!(alesund.parts_note, "sone II: Sandøy / sone I: (rad uten kommentar)");
    assert_eq!(alesund.zone_list(), "I, II");
}

#[test]
fn c_7_kommuner_split_between_zones_keep_the_source_order_and_note() {
    // aga: 5059,Orkland,,ja,I|II|III,,sone II: Gamle Agdenes / sone III: Gamle Meldal og deler av tidligere Snillfjord / sone I: (rad uten kommentar)
    let orkland = zones("5059").unwrap();
    assert_eq!(orkland.zones, &[Zone::I, Zone::II, Zone::III]);
    assert_eq!(orkland.parts_note, "sone II: Gamle Agdenes / sone III: Gamle Meldal og deler av tidligere Snillfjord / sone I: (rad uten kommentar)");
    // aga: 4640 Sogndal, Ia|II; the source's double space in "Gamle  Balestrand" is collapsed.
    let sogndal = zones("4640").unwrap();
    assert_eq!(sogndal.zones, &[Zone::Ia, Zone::II]);
    assert_eq!(sogndal.parts_note, "sone II: Gamle Balestrand Leikanger / sone Ia: (rad uten kommentar)");
    // flere_soner = ja in exactly these 12 rows.
    let split: Vec<_> = all_zones().filter(|k| k.is_split()).map(|k| k.number).collect();
    assert_eq!(split, ["1506", "1508", "1577", "1579", "4225", "4602", "4621", "4640", "4647", "5006", "5057", "5059"]);
    // A kommune in one zone has no note.
    assert!(all_zones().filter(|k| !k.is_split()).all(|k| k.parts_note.is_empty()));
}

#[test]
fn c_7_one_kommune_of_every_zone() {
    for (number, name, zone) in [
        ("4601", "Bergen", Zone::I),
        ("1144", "Kvitsøy", Zone::Ia),
        ("5053", "Inderøy", Zone::II),
        ("1511", "Vanylven", Zone::III),
        ("1806", "Narvik", Zone::IV),
        ("5501", "Tromsø", Zone::IVa),
        ("5601", "Alta", Zone::V),
    ] {
        assert_eq!(zones(number).map(|z| (z.name, z.zones)), Some((name, &[zone][..])), "{number}");
    }
}

#[test]
fn b_25_vestfold_is_set_to_helse_sor_ost() {
    // fylker_2024.csv: 39,Vestfold,Vestfold,6,Helse Sør-Øst,derived_from_38
    let vestfold = fylke("39").unwrap();
    assert_eq!((vestfold.name, vestfold.kommuner, vestfold.rhf), ("Vestfold", 6, Rhf::HelseSorOst));
    let in_39: Vec<_> = all().filter(|k| k.fylke_number == "39").collect();
    assert_eq!(in_39.len(), 6);
    assert!(in_39.iter().all(|k| k.rhf == Rhf::HelseSorOst));
    // 3905,Tønsberg,Tønsberg,39,Vestfold,...
    assert_eq!(kommune("3905").map(|k| k.name), Some("Tønsberg"));
}

#[test]
fn name_collisions_are_told_apart_by_number() {
    assert_eq!(kommune("1515").map(|k| (k.name, k.fylke_number)), Some(("Herøy", "15")));
    assert_eq!(kommune("1818").map(|k| (k.name, k.fylke_number)), Some(("Herøy", "18")));
    assert_eq!(kommune("3114").map(|k| (k.name, k.fylke_number)), Some(("Våler", "31")));
    assert_eq!(kommune("3419").map(|k| (k.name, k.fylke_number)), Some(("Våler", "34")));
}

#[test]
fn unknown_or_malformed_numbers_give_none() {
    for number in ["0000", "9999", "301", "03011", "03a1", "", "0301 "] {
        assert_eq!(kommune(number), None, "{number:?}");
        assert_eq!(zones(number), None, "{number:?}");
    }
    assert!(is_kommune_number("0301"));
    assert!(!is_kommune_number("301"));
    assert!(!is_kommune_number("03a1"));
    assert_eq!(fylke("38"), None, "Vestfold og Telemark was split in 2024");
}

#[test]
fn every_kommune_is_found_by_its_own_number_in_order() {
    let numbers: Vec<_> = all().map(|k| k.number).collect();
    assert!(numbers.windows(2).all(|w| w[0] < w[1]), "sorted and unique");
    for k in all() {
        assert_eq!(kommune(k.number), Some(k));
        assert!(!k.name.is_empty() && !k.full_name.is_empty(), "{}", k.number);
        assert!(k.number.starts_with(k.fylke_number));
        let z = zones(k.number).unwrap();
        assert_eq!((z.number, z.name), (k.number, k.name));
        assert!(!z.zones.is_empty());
    }
}

#[test]
fn kommuner_per_rhf_match_the_source_counts() {
    // rhf in fylker_2024.csv with antall_kommuner:
    // Sør-Øst 1 (03) + 12 (31) + 21 (32) + 18 (33) + 46 (34) + 6 (39) + 17 (40) + 25 (42) = 146;
    // Vest 23 (11) + 43 (46) = 66; Midt-Norge 27 (15) + 38 (50) = 65; Nord 41 (18) + 21 (55) + 18 (56) = 80.
    assert_eq!(kommuner_in(Rhf::HelseSorOst), 146);
    assert_eq!(kommuner_in(Rhf::HelseVest), 66);
    assert_eq!(kommuner_in(Rhf::HelseMidtNorge), 65);
    assert_eq!(kommuner_in(Rhf::HelseNord), 80);
}

#[test]
fn codes_and_names_round_trip() {
    for rhf in Rhf::ALL {
        assert_eq!(Rhf::parse(rhf.code()), Some(rhf));
        assert!(RHF_CODES.contains(&rhf.code()));
    }
    for z in Zone::ALL {
        assert_eq!(Zone::parse(z.name()), Some(z));
        assert_eq!(z.parameter_id(), format!("C-7.zone-{}", z.name()));
    }
    assert_eq!(ZONE_NAMES, ["I", "Ia", "II", "III", "IV", "IVa", "V"]);
    assert_eq!(Zone::parse("iva"), None);
}
