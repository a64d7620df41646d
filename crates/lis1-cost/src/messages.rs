//! Message catalogue of the cost estimate (nb, nn, en), each with its rule id.
//!
//! Parameters: `{field}` the JSON key, `{got}` a number as given, `{value}`
//! an echo of a text, `{name}` a parameter's name in words
//! ([`crate::parameters::Parameter::name`], never its id), amounts as people
//! write them (`500 000 kr`, `NOK 500,000`; `lis1_core::number_text::kroner`),
//! others as documented on each entry.

use lis1_core::MessageDef;

/// No position rows.
pub static POSITIONS_EMPTY: MessageDef = MessageDef {
    code: "cost.positions-empty",
    rule: Some("C-20"),
    nb: "Oppgi minst én stillingsrad.",
    nn: "Oppgi minst éi stillingsrad.",
    en: "Give at least one position row.",
};

/// A count that is negative or not a whole number.
pub static COUNT_INVALID: MessageDef = MessageDef {
    code: "cost.count-invalid",
    rule: Some("C-21"),
    nb: "«{field}» må være et helt tall fra 0 til {max}, fikk {got}.",
    nn: "«{field}» må vere eit heilt tal frå 0 til {max}, fekk {got}.",
    en: "“{field}” must be a whole number from 0 to {max}, got {got}.",
};

/// A start date that is not the first day of a month.
pub static START_NOT_FIRST: MessageDef = MessageDef {
    code: "cost.start-not-first",
    rule: Some("S-10"),
    nb: "Startdato {value} må være den 1. i en måned (ordinære startdatoer er 1. mars og 1. september).",
    nn: "Startdato {value} må vere den 1. i ein månad (ordinære startdatoar er 1. mars og 1. september).",
    en: "Start date {value} must be the 1st of a month (ordinary start dates are 1 March and 1 September).",
};

/// A start date before LIS1 existed.
pub static START_BEFORE_LIS1: MessageDef = MessageDef {
    code: "cost.start-before-lis1",
    rule: Some("S-1"),
    nb: "Startdato {value} er før LIS1 ble innført ({first}).",
    nn: "Startdato {value} er før LIS1 vart innført ({first}).",
    en: "Start date {value} is before LIS1 began ({first}).",
};

/// Warning: start date other than 1 March / 1 September.
pub static START_UNUSUAL: MessageDef = MessageDef {
    code: "cost.start-unusual",
    rule: Some("S-10"),
    nb: "Rad {row}: startdato {value} er ikke en ordinær startdato (1. mars eller 1. september).",
    nn: "Rad {row}: startdato {value} er ikkje ein ordinær startdato (1. mars eller 1. september).",
    en: "Row {row}: start date {value} is not an ordinary start date (1 March or 1 September).",
};

/// Warning: position percentage below 50 (S-5).
pub static PERCENT_LOW: MessageDef = MessageDef {
    code: "cost.percent-low",
    rule: Some("S-5"),
    nb: "Rad {row}: stillingsprosent {got} er under 50 %. Det finnes ingen skrevet nedre grense, men beslektede ordninger bruker 50 %.",
    nn: "Rad {row}: stillingsprosent {got} er under 50 %. Det finst inga skriven nedre grense, men nærskylde ordningar brukar 50 %.",
    en: "Row {row}: position percentage {got} is below 50 %. No minimum is written, but related schemes use 50 %.",
};

/// Unknown kommunenummer.
pub static KOMMUNE_UNKNOWN: MessageDef = MessageDef {
    code: "cost.kommune-unknown",
    rule: Some("C-7"),
    nb: "Ukjent kommunenummer «{value}». Bruk firesifret kommunenummer fra 2024 (f.eks. 0301 Oslo).",
    nn: "Ukjent kommunenummer «{value}». Bruk firesifra kommunenummer frå 2024 (t.d. 0301 Oslo).",
    en: "Unknown kommune number “{value}”. Use the four-digit 2024 kommune number (e.g. 0301 Oslo).",
};

/// A kommune split between zones without `zone`.
pub static ZONE_REQUIRED: MessageDef = MessageDef {
    code: "cost.zone-required",
    rule: Some("C-7"),
    nb: "Kommune {kommune} {name} er delt mellom arbeidsgiveravgiftssonene {zones} ({note}). Velg sone for den delen av kommunen arbeidsgiveren ligger i.",
    nn: "Kommune {kommune} {name} er delt mellom arbeidsgjevaravgiftssonene {zones} ({note}). Vel sone for den delen av kommunen arbeidsgjevaren ligg i.",
    en: "Kommune {kommune} {name} is split between arbeidsgiveravgift zones {zones} ({note}). Choose the zone for the part of the kommune the employer is in.",
};

/// A zone that the kommune does not have.
pub static ZONE_MISMATCH: MessageDef = MessageDef {
    code: "cost.zone-mismatch",
    rule: Some("C-7"),
    nb: "Sone {value} finnes ikke i kommune {kommune} {name}; mulige soner: {zones}.",
    nn: "Sone {value} finst ikkje i kommune {kommune} {name}; moglege soner: {zones}.",
    en: "Zone {value} does not exist in kommune {kommune} {name}; possible zones: {zones}.",
};

/// Months of a part outside 0..required.
pub static MONTHS_RANGE: MessageDef = MessageDef {
    code: "cost.months-range",
    rule: Some("S-1"),
    nb: "«{field}» må være mellom 0 og {max} måneder, fikk {got}.",
    nn: "«{field}» må vere mellom 0 og {max} månader, fekk {got}.",
    en: "“{field}” must be between 0 and {max} months, got {got}.",
};

/// Unknown parameter id in `parameters`.
pub static PARAMETER_UNKNOWN: MessageDef = MessageDef {
    code: "cost.parameter-unknown",
    rule: Some("C-20"),
    nb: "Ukjent parameter «{value}». Kjente parametere: {allowed}.",
    nn: "Ukjent parameter «{value}». Kjende parametrar: {allowed}.",
    en: "Unknown parameter “{value}”. Known parameters: {allowed}.",
};

/// A parameter override out of range. `{name}` the parameter's name,
/// `{max}` the largest value in its unit (`1 000 000 000 kr`, `100 %`).
pub static PARAMETER_RANGE: MessageDef = MessageDef {
    code: "cost.parameter-range",
    rule: Some("C-20"),
    nb: "«{name}» må være mellom 0 og {max}, fikk {got}.",
    nn: "«{name}» må vere mellom 0 og {max}, fekk {got}.",
    en: "“{name}” must be between 0 and {max}, got {got}.",
};

/// Warning: a reference parameter was overridden but does not enter the sums.
pub static PARAMETER_REFERENCE: MessageDef = MessageDef {
    code: "cost.parameter-reference",
    rule: Some("C-20"),
    nb: "«{name}» er et publisert referansetall og inngår ikke i beregningen; overstyringen har ingen virkning.",
    nn: "«{name}» er eit publisert referansetal og går ikkje inn i utrekninga; overstyringa har inga verknad.",
    en: "“{name}” is a published reference figure and does not enter the calculation; overriding it has no effect.",
};

/// Warning: a calculation parameter was overridden but this estimate does not
/// use it (e.g. office rent without the option for new office capacity, C-9).
pub static PARAMETER_UNUSED: MessageDef = MessageDef {
    code: "cost.parameter-unused",
    rule: Some("C-20"),
    nb: "«{name}» er gitt en egen verdi, men inngår ikke i denne beregningen; overstyringen har ingen virkning.",
    nn: "«{name}» er gitt ein eigen verdi, men går ikkje inn i denne utrekninga; overstyringa har inga verknad.",
    en: "“{name}” was given a value of its own but is not part of this estimate; overriding it has no effect.",
};

/// Warning: C-9's office overhead is included (option `officeCapacity`).
/// `{amount}` per year, `{average}` the C-2 average per kommune-year.
pub static OFFICE_CAPACITY: MessageDef = MessageDef {
    code: "cost.office-capacity",
    rule: Some("C-9"),
    nb: "Kontorleie og hjelpepersonell for ny kontorplass er tatt med: {amount} per år i hver kommunedel. Det gjelder bare en stilling som trenger ny kontorkapasitet; lagt til hver LIS1 gir det en kostnad for kommunen langt over gjennomsnittet på {average} per år.",
    nn: "Kontorleige og hjelpepersonell for ny kontorplass er tekne med: {amount} per år i kvar kommunedel. Det gjeld berre ei stilling som treng ny kontorkapasitet; lagt til kvar LIS1 gir det ein kostnad for kommunen langt over gjennomsnittet på {average} per år.",
    en: "Office rent and support staff for a new office place are included: {amount} a year in each municipal part. This applies only to a position that needs new office capacity; added to every LIS1 it puts the kommune's cost far above the average of {average} a year.",
};

/// `priceIndex` without `priceYear`.
pub static PRICE_INDEX_WITHOUT_YEAR: MessageDef = MessageDef {
    code: "cost.price-index-without-year",
    rule: Some("C-20"),
    nb: "En prisindeks trenger et prisår: hvilket år skal beløpene regnes om til?",
    nn: "Ein prisindeks treng eit prisår: kva år skal beløpa reknast om til?",
    en: "A price index needs a price year: which year should amounts be converted to?",
};

/// `priceIndex` lacks a year it needs. `{needed}` the names of what needs it
/// (the price year, parameters by name).
pub static PRICE_INDEX_MISSING_YEAR: MessageDef = MessageDef {
    code: "cost.price-index-missing-year",
    rule: Some("C-20"),
    nb: "Prisindeksen mangler en verdi for {year} (trengs for {needed}).",
    nn: "Prisindeksen manglar ein verdi for {year} (trengst for {needed}).",
    en: "The price index has no value for {year} (needed for {needed}).",
};

/// The price year itself, as a thing that needs an index value (inside
/// `{needed}` of [`PRICE_INDEX_MISSING_YEAR`]).
pub static NEEDED_PRICE_YEAR: MessageDef = MessageDef {
    code: "cost.price-index-missing-year.price-year",
    rule: Some("C-20"),
    nb: "prisåret",
    nn: "prisåret",
    en: "the price year",
};

/// A price index entry that is not a positive number or has a bad year key.
pub static PRICE_INDEX_INVALID: MessageDef = MessageDef {
    code: "cost.price-index-invalid",
    rule: Some("C-20"),
    nb: "Prisindeksen: hver rad må ha et årstall og et positivt tall, fikk «{value}»: {got}.",
    nn: "Prisindeksen: kvar rad må ha eit årstal og eit positivt tal, fekk «{value}»: {got}.",
    en: "Price index: each row needs a year and a positive number, got “{value}”: {got}.",
};

/// `priceIndex` converts an amount by an implausible factor.
pub static PRICE_INDEX_FACTOR: MessageDef = MessageDef {
    code: "cost.price-index-factor",
    rule: Some("C-20"),
    nb: "Prisindeksen regner om beløp fra {from} til {to} med en faktor over {max} (eller under 1/{max}); det kan ikke stemme. Sjekk indeksen for de to årene.",
    nn: "Prisindeksen reknar om beløp frå {from} til {to} med ein faktor over {max} (eller under 1/{max}); det kan ikkje stemme. Sjekk indeksen for dei to åra.",
    en: "The price index converts amounts from {from} to {to} by a factor above {max} (or below 1/{max}); that cannot be right. Check the index for the two years.",
};

/// Warning: the price index changes implausibly between two adjacent years
/// (issue 25 item 4). `{from}`/`{to}` the years, `{a}`/`{b}` their index
/// values and `{change}` the change in percent as people read them (`51`,
/// `−51`), `{max}` the threshold (`C-20.price-index-jump`).
pub static PRICE_INDEX_JUMP: MessageDef = MessageDef {
    code: "cost.price-index-jump",
    rule: Some("C-20"),
    nb: "Prisindeksen endrer seg med {change} % fra {from} ({a}) til {to} ({b}), mer enn {max} % på ett år. Sjekk radene {from} og {to}.",
    nn: "Prisindeksen endrar seg med {change} % frå {from} ({a}) til {to} ({b}), meir enn {max} % på eitt år. Sjekk radene {from} og {to}.",
    en: "The price index changes by {change} % from {from} ({a}) to {to} ({b}), more than {max} % in one year. Check the rows {from} and {to}.",
};

/// `priceYear` out of range.
pub static PRICE_YEAR_RANGE: MessageDef = MessageDef {
    code: "cost.price-year-range",
    rule: Some("C-20"),
    nb: "Prisåret må være et årstall mellom 2000 og 2100, fikk {got}.",
    nn: "Prisåret må vere eit årstal mellom 2000 og 2100, fekk {got}.",
    en: "The price year must be a year between 2000 and 2100, got {got}.",
};

/// Warning: amounts are nominal at each parameter's own price year.
pub static NOMINAL_AMOUNTS: MessageDef = MessageDef {
    code: "cost.nominal-amounts",
    rule: Some("C-20"),
    nb: "Beløpene er nominelle, i prisnivået til hver parameter ({years}); ingen prisjustering uten en prisindeks.",
    nn: "Beløpa er nominelle, i prisnivået til kvar parameter ({years}); inga prisjustering utan ein prisindeks.",
    en:
        "Amounts are nominal, at each parameter's own price level ({years}); no price adjustment without a price index.",
};

/// Warning: AGA rates are dated 2024–2025 and used for other years.
pub static ZONE_RATES_OUTSIDE_VALIDITY: MessageDef = MessageDef {
    code: "cost.zone-rates-outside-validity",
    rule: Some("C-7"),
    nb: "Satsene for arbeidsgiveravgift gjelder {from}–{to}, men stillingene går {first}–{last}; satsene er brukt uendret.",
    nn: "Satsane for arbeidsgjevaravgift gjeld {from}–{to}, men stillingane går {first}–{last}; satsane er brukte uendra.",
    en: "The arbeidsgiveravgift rates apply {from}–{to}, but the positions run {first}–{last}; the rates are used unchanged.",
};

// Assumptions in words (issue 22 item 9): one sentence per option and value, beside the calculation that
// uses the option; `{value}` is the value as people read it. The API returns it as `assumptions[].text`.
/// `ui.assumption.pension`.
pub static C_8_PENSION: MessageDef = MessageDef {
    code: "ui.assumption.pension",
    rule: Some("C-8"),
    nb: "Pensjonskostnaden er satt til {value} % av lønnen.",
    nn: "Pensjonskostnaden er sett til {value} % av løna.",
    en: "The pension cost is taken as {value} % of pay.",
};

/// `ui.assumption.hospital-salary`.
pub static C_4_SALARY: MessageDef = MessageDef {
    code: "ui.assumption.hospital-salary",
    rule: Some("C-4"),
    nb: "Lønnen i sykehus er grunnlønnen i tabellen.",
    nn: "Løna i sjukehus er grunnløna i tabellen.",
    en: "Hospital pay is the base salary in the table.",
};

/// `ui.assumption.hospital-remainder`.
pub static C_1_REMAINDER: MessageDef = MessageDef {
    code: "ui.assumption.hospital-remainder",
    rule: Some("C-1"),
    nb: "Andre kostnader i sykehus (vakttillegg, veiledning, drift) er satt til {value} kr per månedsverk, tilpasset publiserte tall.",
    nn: "Andre kostnader i sjukehus (vakttillegg, rettleiing, drift) er sette til {value} kr per månadsverk, tilpassa publiserte tal.",
    en: "Other hospital costs (on-call pay, supervision, overhead) are taken as NOK {value} per full-time month, fitted to published figures.",
};

/// `ui.assumption.overhead-per-year`.
pub static C_9_PER_YEAR: MessageDef = MessageDef {
    code: "ui.assumption.overhead-per-year",
    rule: Some("C-9"),
    nb: "Kontorleie og hjelpepersonell er regnet per år (kilden oppgir ingen tidsenhet).",
    nn: "Kontorleige og hjelpepersonell er rekna per år (kjelda oppgir inga tidseining).",
    en: "Office rent and support staff are counted per year (the source gives no time unit).",
};

/// `ui.assumption.municipal-supervision`.
pub static C_10_SUPERVISION: MessageDef = MessageDef {
    code: "ui.assumption.municipal-supervision",
    rule: Some("C-10"),
    nb: "Veiledning i kommunen er regnet med {value} kr per lege per år, satsen for veiledning av ALIS (allmennleger i spesialisering); det finnes ingen egen sats for LIS1.",
    nn: "Rettleiing i kommunen er rekna med {value} kr per lege per år, satsen for rettleiing av ALIS (allmennlegar i spesialisering); det finst inga eiga sats for LIS1.",
    en: "Supervision in the kommune is counted at NOK {value} per doctor per year, the rate for supervising ALIS (GPs in specialist training); there is no separate rate for LIS1.",
};

/// `ui.assumption.supervision-raise-on-top.true`.
pub static C_10_RAISE_TRUE: MessageDef = MessageDef {
    code: "ui.assumption.supervision-raise-on-top.true",
    rule: Some("C-10"),
    nb: "Økningen fra 3 til 4 timer veiledning i måneden (17 300 kr) er lagt til de 63 500 kr.",
    nn: "Auken frå 3 til 4 timar rettleiing i månaden (17 300 kr) er lagd til dei 63 500 kr.",
    en: "The raise from 3 to 4 hours of supervision a month (NOK 17,300) is added to the NOK 63,500.",
};

/// `ui.assumption.supervision-raise-on-top.false`.
pub static C_10_RAISE_FALSE: MessageDef = MessageDef {
    code: "ui.assumption.supervision-raise-on-top.false",
    rule: Some("C-10"),
    nb: "De 63 500 kr til veiledning tar med økningen fra 3 til 4 timer i måneden.",
    nn: "Dei 63 500 kr til rettleiing tek med auken frå 3 til 4 timar i månaden.",
    en: "The NOK 63,500 for supervision includes the raise from 3 to 4 hours a month.",
};

/// `ui.assumption.office-capacity.true`.
pub static C_9_OFFICE_TRUE: MessageDef = MessageDef {
    code: "ui.assumption.office-capacity.true",
    rule: Some("C-9"),
    nb: "Kontorleie og hjelpepersonell for ny kontorplass er tatt med i kommunedelen.",
    nn: "Kontorleige og hjelpepersonell for ny kontorplass er tekne med i kommunedelen.",
    en: "Office rent and support staff for a new office place are included in the municipal part.",
};

/// `ui.assumption.office-capacity.false`.
pub static C_9_OFFICE_FALSE: MessageDef = MessageDef {
    code: "ui.assumption.office-capacity.false",
    rule: Some("C-9"),
    nb: "Kommunen trenger ikke ny kontorkapasitet: ingen ekstra kontorleie eller hjelpepersonell er tatt med.",
    nn: "Kommunen treng ikkje ny kontorkapasitet: inga ekstra kontorleige eller hjelpepersonell er teke med.",
    en: "The kommune needs no new office capacity: no extra office rent or support staff is included.",
};

/// `ui.assumption.price-index-jump`: the threshold of [`PRICE_INDEX_JUMP`].
pub static C_20_PRICE_INDEX_JUMP: MessageDef = MessageDef {
    code: "ui.assumption.price-index-jump",
    rule: Some("C-20"),
    nb: "En prisindeks som endrer seg mer enn {value} % fra ett år til det neste, er trolig feil og gir en advarsel.",
    nn: "Ein prisindeks som endrar seg meir enn {value} % frå eitt år til det neste, er truleg feil og gir ei åtvaring.",
    en: "A price index that changes by more than {value} % from one year to the next is probably wrong and gives a warning.",
};

/// `ui.assumption.zone`.
pub static C_7_ZONE: MessageDef = MessageDef {
    code: "ui.assumption.zone",
    rule: Some("C-7"),
    nb: "Arbeidsgiveravgiften er regnet for sone {value}, fordi ingen sone eller kommune er oppgitt.",
    nn: "Arbeidsgivaravgifta er rekna for sone {value}, fordi ingen sone eller kommune er oppgitt.",
    en: "Employer's contribution is for zone {value}, as no zone or kommune was given.",
};

/// `ui.assumption.ia-within.true`.
pub static C_7_IA_TRUE: MessageDef = MessageDef {
    code: "ui.assumption.ia-within.true",
    rule: Some("C-7"),
    nb: "I sone Ia er det regnet med at fribeløpet ikke er brukt opp.",
    nn: "I sone Ia er det rekna med at fribeløpet ikkje er brukt opp.",
    en: "In zone Ia the exemption amount is taken as not yet used up.",
};

/// `ui.assumption.ia-within.false`.
pub static C_7_IA_FALSE: MessageDef = MessageDef {
    code: "ui.assumption.ia-within.false",
    rule: Some("C-7"),
    nb: "I sone Ia er det regnet med at fribeløpet er brukt opp.",
    nn: "I sone Ia er det rekna med at fribeløpet er brukt opp.",
    en: "In zone Ia the exemption amount is taken as used up.",
};

/// Every message of this catalogue.
pub static ALL: &[&MessageDef] = &[
    &PRICE_INDEX_FACTOR,
    &C_8_PENSION,
    &C_4_SALARY,
    &C_1_REMAINDER,
    &C_9_PER_YEAR,
    &C_10_SUPERVISION,
    &C_10_RAISE_TRUE,
    &C_10_RAISE_FALSE,
    &C_9_OFFICE_TRUE,
    &C_9_OFFICE_FALSE,
    &C_7_ZONE,
    &C_20_PRICE_INDEX_JUMP,
    &C_7_IA_TRUE,
    &C_7_IA_FALSE,
    &POSITIONS_EMPTY,
    &COUNT_INVALID,
    &START_NOT_FIRST,
    &START_BEFORE_LIS1,
    &START_UNUSUAL,
    &PERCENT_LOW,
    &KOMMUNE_UNKNOWN,
    &ZONE_REQUIRED,
    &ZONE_MISMATCH,
    &MONTHS_RANGE,
    &PARAMETER_UNKNOWN,
    &PARAMETER_RANGE,
    &PARAMETER_REFERENCE,
    &PARAMETER_UNUSED,
    &OFFICE_CAPACITY,
    &PRICE_INDEX_WITHOUT_YEAR,
    &PRICE_INDEX_MISSING_YEAR,
    &NEEDED_PRICE_YEAR,
    &PRICE_INDEX_INVALID,
    &PRICE_INDEX_JUMP,
    &PRICE_YEAR_RANGE,
    &NOMINAL_AMOUNTS,
    &ZONE_RATES_OUTSIDE_VALIDITY,
];

#[cfg(test)]
mod tests {
    #[test]
    fn catalogue_is_complete_in_three_languages() {
        assert_eq!(lis1_core::message::check_catalogue(super::ALL), Vec::<String>::new());
    }
}
