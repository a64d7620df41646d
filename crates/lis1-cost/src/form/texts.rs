//! Texts of the cost form (`form.cost.*`) and the labels of lis1-cost's
//! tables (`form.choice.<table>.<value>`), nb/nn/en. The cost form also uses
//! shared texts of [`crate::messages`] (part, percent, options, units).

use lis1_core::MessageDef;

/// `form.cost.title`.
pub static TITLE: MessageDef = MessageDef {
    code: "form.cost.title",
    rule: Some("C-20"),
    nb: "Kostnader for LIS1-stillinger",
    nn: "Kostnader for LIS1-stillingar",
    en: "Cost of LIS1 positions",
};

/// `form.cost.submit`.
pub static SUBMIT: MessageDef = MessageDef {
    code: "form.cost.submit",
    rule: None,
    nb: "Beregn kostnad",
    nn: "Rekn ut kostnad",
    en: "Estimate cost",
};

/// `form.cost.positions.legend`.
pub static POSITIONS_LEGEND: MessageDef = MessageDef {
    code: "form.cost.positions.legend",
    rule: Some("C-21"),
    nb: "Stillinger",
    nn: "Stillingar",
    en: "Positions",
};

/// `form.cost.positions.help`.
pub static POSITIONS_HELP: MessageDef = MessageDef {
    code: "form.cost.positions.help",
    rule: Some("C-21"),
    nb: "Hver rad er et antall stillinger med samme start. Kostnaden fordeles på budsjettår.",
    nn: "Kvar rad er eit tal stillingar med same start. Kostnaden blir fordelt på budsjettår.",
    en: "Each row is a number of positions with the same start. The cost is spread over budget years.",
};

/// `form.cost.positions.item`.
pub static POSITION_ITEM: MessageDef =
    MessageDef { code: "form.cost.positions.item", rule: None, nb: "Rad {n}", nn: "Rad {n}", en: "Row {n}" };

/// `form.cost.positions.add`.
pub static POSITION_ADD: MessageDef =
    MessageDef { code: "form.cost.positions.add", rule: None, nb: "Legg til rad", nn: "Legg til rad", en: "Add row" };

/// `form.cost.positions.remove`.
pub static POSITION_REMOVE: MessageDef =
    MessageDef { code: "form.cost.positions.remove", rule: None, nb: "Fjern rad", nn: "Fjern rad", en: "Remove row" };

/// `form.cost.field.count`.
pub static FIELD_COUNT: MessageDef = MessageDef {
    code: "form.cost.field.count",
    rule: None,
    nb: "Antall stillinger",
    nn: "Tal på stillingar",
    en: "Number of positions",
};

/// `form.cost.field.start`.
pub static FIELD_START: MessageDef = MessageDef {
    code: "form.cost.field.start",
    rule: Some("S-10"),
    nb: "Første tjenestedag",
    nn: "Første tenestedag",
    en: "First day of service",
};

/// `form.cost.field.start.help`.
pub static FIELD_START_HELP: MessageDef = MessageDef {
    code: "form.cost.field.start.help",
    rule: Some("S-10"),
    nb: "Den 1. i en måned; ordinære starter er 1. mars og 1. september.",
    nn: "Den 1. i ein månad; ordinære starter er 1. mars og 1. september.",
    en: "The 1st of a month; ordinary starts are 1 March and 1 September.",
};

/// `form.cost.field.kommune`.
pub static FIELD_KOMMUNE: MessageDef = MessageDef {
    code: "form.cost.field.kommune",
    rule: Some("C-7"),
    nb: "Arbeidsgiverens kommune (for arbeidsgiveravgiften)",
    nn: "Kommunen til arbeidsgivaren (for arbeidsgivaravgifta)",
    en: "Employer's municipality (for the employer's social security contribution)",
};

/// `form.cost.field.kommune.help`.
pub static FIELD_KOMMUNE_HELP: MessageDef = MessageDef {
    code: "form.cost.field.kommune.help",
    rule: Some("C-7"),
    nb: "Uten kommune og sone regnes sone I. Ligger helseforetaket i en annen sone enn kommunen, bruk to rader: sykehusdelen og kommunedelen.",
    nn: "Utan kommune og sone blir sone I rekna. Ligg helseføretaket i ei anna sone enn kommunen, bruk to rader: sjukehusdelen og kommunedelen.",
    en: "Without municipality and zone, zone I is assumed. If the health trust is in another zone than the municipality, use two rows: the hospital part and the municipal part.",
};

/// `form.cost.field.zone`.
pub static FIELD_ZONE: MessageDef = MessageDef {
    code: "form.cost.field.zone",
    rule: Some("C-7"),
    nb: "Sone for arbeidsgiveravgift",
    nn: "Sone for arbeidsgivaravgift",
    en: "Contribution zone",
};

/// `form.cost.field.zone.help`.
pub static FIELD_ZONE_HELP: MessageDef = MessageDef {
    code: "form.cost.field.zone.help",
    rule: Some("C-7"),
    nb: "Trengs bare for kommunene som er delt mellom flere soner.",
    nn: "Trengst berre for kommunane som er delte mellom fleire soner.",
    en: "Needed only for the municipalities split between zones.",
};

/// `form.cost.field.hospital-months`.
pub static FIELD_HOSPITAL_MONTHS: MessageDef = MessageDef {
    code: "form.cost.field.hospital-months",
    rule: Some("P-1"),
    nb: "Sykehusmåneder som betales",
    nn: "Sjukehusmånader som blir betalte",
    en: "Hospital months paid",
};

/// `form.cost.field.municipal-months`.
pub static FIELD_MUNICIPAL_MONTHS: MessageDef = MessageDef {
    code: "form.cost.field.municipal-months",
    rule: Some("P-1"),
    nb: "Kommunemåneder som betales",
    nn: "Kommunemånader som blir betalte",
    en: "Municipal months paid",
};

/// `form.cost.field.months.help`.
pub static FIELD_MONTHS_HELP: MessageDef = MessageDef {
    code: "form.cost.field.months.help",
    rule: Some("P-1"),
    nb: "Tellende måneder; færre enn hele delen når bare tjenesten som mangler, tilbys.",
    nn: "Teljande månader; færre enn heile delen når berre tenesta som manglar, blir tilboden.",
    en: "Counted months; fewer than the whole part when only the missing service is offered.",
};

/// `form.cost.field.over60`.
pub static FIELD_OVER60: MessageDef = MessageDef {
    code: "form.cost.field.over60",
    rule: Some("C-6"),
    nb: "Legen er 60 år eller eldre (høyere feriepenger)",
    nn: "Legen er 60 år eller eldre (høgare feriepengar)",
    en: "The doctor is 60 or older (higher holiday pay)",
};

/// `form.cost.price.legend`.
pub static PRICE_LEGEND: MessageDef = MessageDef {
    code: "form.cost.price.legend",
    rule: Some("C-20"),
    nb: "Prisnivå",
    nn: "Prisnivå",
    en: "Price level",
};

/// `form.cost.price.help`.
pub static PRICE_HELP: MessageDef = MessageDef {
    code: "form.cost.price.help",
    rule: Some("C-20"),
    nb: "Året beløpene oppgis i. Uten prisindeks blir de ikke justert: hver parameter står i sitt eget prisår, som resultatet viser.",
    nn: "Året beløpa blir oppgitt i. Utan prisindeks blir dei ikkje justerte: kvar parameter står i sitt eige prisår, som resultatet viser.",
    en: "The year the amounts are stated in. Without a price index they are not adjusted: each parameter stays at its own price year, as the result shows.",
};

/// `form.cost.field.price-year`.
pub static FIELD_PRICE_YEAR: MessageDef =
    MessageDef {
        code: "form.cost.field.price-year", rule: Some("C-20"), nb: "Prisår", nn: "Prisår", en: "Price year"
    };

/// `form.cost.price-index.legend`.
pub static PRICE_INDEX_LEGEND: MessageDef = MessageDef {
    code: "form.cost.price-index.legend",
    rule: Some("C-20"),
    nb: "Prisindeks (for beløp i dagens kroner)",
    nn: "Prisindeks (for beløp i dagens kroner)",
    en: "Price index (for amounts in today's kroner)",
};

/// `form.cost.price-index.help`.
pub static PRICE_INDEX_HELP: MessageDef = MessageDef {
    code: "form.cost.price-index.help",
    rule: Some("C-20"),
    nb: "Vil du ha beløpene i ett års kroner, skriv prisåret over og en indeks for det året og for hvert år satsene står i, for eksempel konsumprisindeksen fra SSB (årsgjennomsnitt). Resultatet sier hvilke år satsene står i. Uten indeks blir beløpene ikke justert.",
    nn: "Vil du ha beløpa i kronene til eitt år, skriv prisåret over og ein indeks for det året og for kvart år satsane står i, til dømes konsumprisindeksen frå SSB (årsgjennomsnitt). Resultatet seier kva år satsane står i. Utan indeks blir beløpa ikkje justerte.",
    en: "For the amounts in one year's kroner, enter the price year above and an index for that year and for each year the rates are stated in, for example Statistics Norway's consumer price index (annual average). The result says which years the rates are stated in. Without an index the amounts are not adjusted.",
};

/// `form.cost.price-index.item`.
pub static PRICE_INDEX_ITEM: MessageDef =
    MessageDef { code: "form.cost.price-index.item", rule: None, nb: "Indeks {n}", nn: "Indeks {n}", en: "Index {n}" };

/// `form.cost.price-index.add`.
pub static PRICE_INDEX_ADD: MessageDef = MessageDef {
    code: "form.cost.price-index.add",
    rule: None,
    nb: "Legg til et år med indeks",
    nn: "Legg til eit år med indeks",
    en: "Add a year with its index",
};

/// `form.cost.price-index.remove`.
pub static PRICE_INDEX_REMOVE: MessageDef = MessageDef {
    code: "form.cost.price-index.remove",
    rule: None,
    nb: "Fjern året",
    nn: "Fjern året",
    en: "Remove this year",
};

/// `form.cost.field.index-year`.
pub static FIELD_INDEX_YEAR: MessageDef =
    MessageDef { code: "form.cost.field.index-year", rule: Some("C-20"), nb: "År", nn: "År", en: "Year" };

/// `form.cost.field.index-value`.
pub static FIELD_INDEX_VALUE: MessageDef =
    MessageDef { code: "form.cost.field.index-value", rule: Some("C-20"), nb: "Indeks", nn: "Indeks", en: "Index" };

/// `form.cost.field.ia-within-exemption`.
pub static FIELD_IA_WITHIN: MessageDef = MessageDef {
    code: "form.cost.field.ia-within-exemption",
    rule: Some("C-7"),
    nb: "Sone Ia: arbeidsgiveren er fortsatt innenfor fribeløpet (redusert sats)",
    nn: "Sone Ia: arbeidsgivaren er framleis innanfor fribeløpet (redusert sats)",
    en: "Zone Ia: the employer is still within the exemption amount (reduced rate)",
};

/// `form.cost.field.office-capacity` (C-9, off by default).
pub static FIELD_OFFICE_CAPACITY: MessageDef = MessageDef {
    code: "form.cost.field.office-capacity",
    rule: Some("C-9"),
    nb: "Kommunen trenger ny kontorkapasitet for legen (kontorleie og hjelpepersonell, 500 000 kr i året)",
    nn: "Kommunen treng ny kontorkapasitet for legen (kontorleige og hjelpepersonell, 500 000 kr i året)",
    en: "The kommune needs new office capacity for the doctor (office rent and support staff, NOK 500,000 a year)",
};

/// `form.cost.field.office-capacity.help`.
pub static FIELD_OFFICE_CAPACITY_HELP: MessageDef = MessageDef {
    code: "form.cost.field.office-capacity.help",
    rule: Some("C-9"),
    nb: "Bare når kommunen må skaffe nytt kontor og mer hjelpepersonell for stillingen. Det er ikke en fast kostnad for hver LIS1.",
    nn: "Berre når kommunen må skaffe nytt kontor og meir hjelpepersonell for stillinga. Det er ikkje ein fast kostnad for kvar LIS1.",
    en: "Only when the kommune must find a new office and more support staff for the position. It is not a running cost of every LIS1.",
};

/// `form.cost.field.supervision-raise-on-top` (C-10, off by default).
pub static FIELD_SUPERVISION_RAISE: MessageDef = MessageDef {
    code: "form.cost.field.supervision-raise-on-top",
    rule: Some("C-10"),
    nb: "Regn veiledningen som 63 500 kr + 17 300 kr = 80 800 kr i året",
    nn: "Rekn rettleiinga som 63 500 kr + 17 300 kr = 80 800 kr i året",
    en: "Count supervision as NOK 63,500 + NOK 17,300 = NOK 80,800 a year",
};

/// `form.cost.field.supervision-raise-on-top.help`.
pub static FIELD_SUPERVISION_RAISE_HELP: MessageDef = MessageDef {
    code: "form.cost.field.supervision-raise-on-top.help",
    rule: Some("C-10"),
    nb: "Satsen er for veiledning av ALIS (allmennleger i spesialisering); det finnes ingen egen sats for LIS1. Uten valget er den 63 500 kr i året, som tar med økningen fra 3 til 4 timer i måneden (17 300 kr).",
    nn: "Satsen er for rettleiing av ALIS (allmennlegar i spesialisering); det finst inga eiga sats for LIS1. Utan valet er han 63 500 kr i året, som tek med auken frå 3 til 4 timar i månaden (17 300 kr).",
    en: "The rate is for supervising ALIS (GPs in specialist training); there is no separate rate for LIS1. Without this choice it is NOK 63,500 a year, which includes the raise from 3 to 4 hours a month (NOK 17,300).",
};

/// `form.choice.part.both`.
pub static CHOICE_BOTH: MessageDef = MessageDef {
    code: "form.choice.part.both",
    rule: Some("S-1"),
    nb: "Begge deler (12 + 6 måneder)",
    nn: "Begge delar (12 + 6 månader)",
    en: "Both parts (12 + 6 months)",
};

/// `form.choice.zone.i`.
pub static CHOICE_ZONE_I: MessageDef =
    MessageDef { code: "form.choice.zone.i", rule: Some("C-7"), nb: "Sone I", nn: "Sone I", en: "Zone I" };

/// `form.choice.zone.ia`.
pub static CHOICE_ZONE_IA: MessageDef =
    MessageDef { code: "form.choice.zone.ia", rule: Some("C-7"), nb: "Sone Ia", nn: "Sone Ia", en: "Zone Ia" };

/// `form.choice.zone.ii`.
pub static CHOICE_ZONE_II: MessageDef =
    MessageDef { code: "form.choice.zone.ii", rule: Some("C-7"), nb: "Sone II", nn: "Sone II", en: "Zone II" };

/// `form.choice.zone.iii`.
pub static CHOICE_ZONE_III: MessageDef =
    MessageDef { code: "form.choice.zone.iii", rule: Some("C-7"), nb: "Sone III", nn: "Sone III", en: "Zone III" };

/// `form.choice.zone.iv`.
pub static CHOICE_ZONE_IV: MessageDef =
    MessageDef { code: "form.choice.zone.iv", rule: Some("C-7"), nb: "Sone IV", nn: "Sone IV", en: "Zone IV" };

/// `form.choice.zone.iva`.
pub static CHOICE_ZONE_IVA: MessageDef =
    MessageDef { code: "form.choice.zone.iva", rule: Some("C-7"), nb: "Sone IVa", nn: "Sone IVa", en: "Zone IVa" };

/// `form.choice.zone.v`.
pub static CHOICE_ZONE_V: MessageDef =
    MessageDef { code: "form.choice.zone.v", rule: Some("C-7"), nb: "Sone V", nn: "Sone V", en: "Zone V" };

/// `form.cost.preset.one-oslo-2022`.
pub static PRESET_ONE_OSLO: MessageDef = MessageDef {
    code: "form.cost.preset.one-oslo-2022",
    rule: Some("C-20"),
    nb: "Eksempel: én LIS1 i full stilling fra 1.9.2022 i Oslo",
    nn: "Døme: éin LIS1 i full stilling frå 1.9.2022 i Oslo",
    en: "Example: one full-time LIS1 from 2022-09-01 in Oslo",
};

/// `form.cost.preset.bound-2022`.
pub static PRESET_BOUND_2022: MessageDef = MessageDef {
    code: "form.cost.preset.bound-2022",
    rule: Some("C-11"),
    nb: "Eksempel: de 31 bundne stillingene fra 1.9.2022",
    nn: "Døme: dei 31 bundne stillingane frå 1.9.2022",
    en: "Example: the 31 bound positions from 2022-09-01",
};

/// Every text of this form.
pub static ALL: &[&MessageDef] = &[
    &TITLE,
    &SUBMIT,
    &POSITIONS_LEGEND,
    &POSITIONS_HELP,
    &POSITION_ITEM,
    &POSITION_ADD,
    &POSITION_REMOVE,
    &FIELD_COUNT,
    &FIELD_START,
    &FIELD_START_HELP,
    &FIELD_KOMMUNE,
    &FIELD_KOMMUNE_HELP,
    &FIELD_ZONE,
    &FIELD_ZONE_HELP,
    &FIELD_HOSPITAL_MONTHS,
    &FIELD_MUNICIPAL_MONTHS,
    &FIELD_MONTHS_HELP,
    &FIELD_OVER60,
    &PRICE_LEGEND,
    &PRICE_HELP,
    &FIELD_PRICE_YEAR,
    &PRICE_INDEX_LEGEND,
    &PRICE_INDEX_HELP,
    &PRICE_INDEX_ITEM,
    &PRICE_INDEX_ADD,
    &PRICE_INDEX_REMOVE,
    &FIELD_INDEX_YEAR,
    &FIELD_INDEX_VALUE,
    &FIELD_IA_WITHIN,
    &FIELD_OFFICE_CAPACITY,
    &FIELD_OFFICE_CAPACITY_HELP,
    &FIELD_SUPERVISION_RAISE,
    &FIELD_SUPERVISION_RAISE_HELP,
    &CHOICE_BOTH,
    &CHOICE_ZONE_I,
    &CHOICE_ZONE_IA,
    &CHOICE_ZONE_II,
    &CHOICE_ZONE_III,
    &CHOICE_ZONE_IV,
    &CHOICE_ZONE_IVA,
    &CHOICE_ZONE_V,
    &PRESET_ONE_OSLO,
    &PRESET_BOUND_2022,
];

#[cfg(test)]
mod tests {
    #[test]
    fn every_text_has_nb_nn_and_en_with_the_same_placeholders() {
        assert_eq!(lis1_core::message::check_catalogue(super::ALL), Vec::<String>::new());
    }
}
