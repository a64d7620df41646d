//! Core message catalogue: input shape problems shared by every calculation,
//! and the summaries of the dated rule sets.
//!
//! Parameters: `{field}` is the JSON key, `{value}` an echo of the user's
//! text (shortened), `{got}` a number as the user gave it (NaN, Infinity
//! included), other names as documented on each entry.

use crate::message::MessageDef;

/// The input is not an object / has the wrong shape at a path.
pub static INPUT_TYPE: MessageDef = MessageDef {
    code: "input.type",
    rule: None,
    nb: "«{field}» har feil type: forventet {expected}.",
    nn: "«{field}» har feil type: venta {expected}.",
    en: "“{field}” has the wrong type: expected {expected}.",
};

/// A required field is missing.
pub static INPUT_MISSING: MessageDef = MessageDef {
    code: "input.missing",
    rule: None,
    nb: "«{field}» mangler.",
    nn: "«{field}» manglar.",
    en: "“{field}” is missing.",
};

/// A field the input kind does not have (often a typo).
pub static INPUT_UNKNOWN_FIELD: MessageDef = MessageDef {
    code: "input.unknown-field",
    rule: None,
    nb: "Ukjent felt «{field}». Kjente felt her: {allowed}.",
    nn: "Ukjent felt «{field}». Kjende felt her: {allowed}.",
    en: "Unknown field “{field}”. Known fields here: {allowed}.",
};

/// A date is not written `YYYY-MM-DD`.
pub static DATE_FORMAT: MessageDef = MessageDef {
    code: "date.format",
    rule: None,
    nb: "«{field}» må være en dato på formen ÅÅÅÅ-MM-DD, fikk «{value}».",
    nn: "«{field}» må vere ein dato på forma ÅÅÅÅ-MM-DD, fekk «{value}».",
    en: "“{field}” must be a date written YYYY-MM-DD, got “{value}”.",
};

/// A date that does not exist in the calendar, e.g. 2023-02-29.
pub static DATE_IMPOSSIBLE: MessageDef = MessageDef {
    code: "date.impossible",
    rule: None,
    nb: "«{field}»: {value} finnes ikke i kalenderen.",
    nn: "«{field}»: {value} finst ikkje i kalenderen.",
    en: "“{field}”: {value} is not a day of the calendar.",
};

/// A period ends before it starts.
pub static RANGE_END_BEFORE_START: MessageDef = MessageDef {
    code: "range.end-before-start",
    rule: None,
    nb: "Sluttdato {end} er før startdato {start}.",
    nn: "Sluttdato {end} er før startdato {start}.",
    en: "End date {end} is before start date {start}.",
};

/// Position percentage outside 1..100 (S-4).
pub static PERCENT_RANGE: MessageDef = MessageDef {
    code: "percent.range",
    rule: Some("S-4"),
    nb: "Stillingsprosent må være mellom 1 og 100, fikk {got}.",
    nn: "Stillingsprosent må vere mellom 1 og 100, fekk {got}.",
    en: "Position percentage must be between 1 and 100, got {got}.",
};

/// NaN or infinity where a number is needed.
pub static NUMBER_NOT_FINITE: MessageDef = MessageDef {
    code: "number.not-finite",
    rule: None,
    nb: "«{field}» må være et vanlig tall, fikk {got}.",
    nn: "«{field}» må vere eit vanleg tal, fekk {got}.",
    en: "“{field}” must be an ordinary number, got {got}.",
};

/// A value outside its list of allowed values.
pub static ENUM_UNKNOWN: MessageDef = MessageDef {
    code: "enum.unknown",
    rule: None,
    nb: "«{field}»: «{value}» er ikke en gyldig verdi. Gyldige verdier: {allowed}.",
    nn: "«{field}»: «{value}» er ikkje ein gyldig verdi. Gyldige verdiar: {allowed}.",
    en: "“{field}”: “{value}” is not a valid value. Valid values: {allowed}.",
};

/// A text longer than allowed.
pub static TEXT_TOO_LONG: MessageDef = MessageDef {
    code: "text.too-long",
    rule: None,
    nb: "«{field}» er for lang: høyst {max} tegn.",
    nn: "«{field}» er for lang: høgst {max} teikn.",
    en: "“{field}” is too long: at most {max} characters.",
};

/// A list longer than allowed.
pub static LIST_TOO_LONG: MessageDef = MessageDef {
    code: "list.too-long",
    rule: None,
    nb: "«{field}» har for mange rader: høyst {max}.",
    nn: "«{field}» har for mange rader: høgst {max}.",
    en: "“{field}” has too many rows: at most {max}.",
};

/// A map (an object of named entries) with more entries than allowed.
pub static MAP_TOO_LONG: MessageDef = MessageDef {
    code: "map.too-long",
    rule: None,
    nb: "«{field}» har for mange oppføringer: høyst {max}.",
    nn: "«{field}» har for mange oppføringar: høgst {max}.",
    en: "“{field}” has too many entries: at most {max}.",
};

/// A moment that is not a UTC time written `YYYY-MM-DDTHH:MM:SSZ` (a
/// calendar file's time stamp, `crate::ical::Stamp`).
pub static STAMP_FORMAT: MessageDef = MessageDef {
    code: "stamp.format",
    rule: None,
    nb: "«{field}» må være et tidspunkt i UTC på formen ÅÅÅÅ-MM-DDTtt:mm:ssZ, fikk «{value}».",
    nn: "«{field}» må vere eit tidspunkt i UTC på forma ÅÅÅÅ-MM-DDTtt:mm:ssZ, fekk «{value}».",
    en: "“{field}” must be a UTC time written YYYY-MM-DDThh:mm:ssZ, got “{value}”.",
};

/// Unknown input kind given to `validate`/`schema`.
pub static KIND_UNKNOWN: MessageDef = MessageDef {
    code: "kind.unknown",
    rule: None,
    nb: "Ukjent inndatatype «{value}». Gyldige typer: {allowed}.",
    nn: "Ukjend inndatatype «{value}». Gyldige typar: {allowed}.",
    en: "Unknown input kind “{value}”. Valid kinds: {allowed}.",
};

/// A row that passed the field checks but could not be turned into the
/// typed model (a safety net: never expected, never skipped silently).
pub static ROW_UNREADABLE: MessageDef = MessageDef {
    code: "input.row-unreadable",
    rule: None,
    nb: "Denne raden kunne ikke leses og er ikke regnet med. Kontroller feltene i raden.",
    nn: "Denne rada kunne ikkje lesast og er ikkje rekna med. Kontroller felta i rada.",
    en: "This row could not be read and is not counted. Check the fields of the row.",
};

/// Summary of regime A-1.
pub static REGIME_A1: MessageDef = MessageDef {
    code: "ruleset.A-1",
    rule: Some("A-1"),
    nb: "Del startet 1. mars 2017–28. februar 2019: fravær (sykdom, permisjon, annet) over 10 % av delens lengde trekkes fra – 26 arbeidsdager i sykehusdelen, 13 i kommunedelen. Ferie og kurs teller som tjeneste.",
    nn: "Del starta 1. mars 2017–28. februar 2019: fråvær (sjukdom, permisjon, anna) over 10 % av lengda til delen blir trekt frå – 26 arbeidsdagar i sjukehusdelen, 13 i kommunedelen. Ferie og kurs tel som teneste.",
    en: "Part started 1 March 2017–28 February 2019: absence (sickness, leave, other) above 10 % of the part's length is deducted – 26 working days in the hospital part, 13 in the municipal part. Vacation and courses count as service.",
};

/// Summary of regime A-2.
pub static REGIME_A2: MessageDef = MessageDef {
    code: "ruleset.A-2",
    rule: Some("A-2"),
    nb: "Del startet 1. mars–20. juni 2019: grense på 10 % av delens lengde (26 / 13 arbeidsdager), og ferie regnes som fravær.",
    nn: "Del starta 1. mars–20. juni 2019: grense på 10 % av lengda til delen (26 / 13 arbeidsdagar), og ferie blir rekna som fråvær.",
    en: "Part started 1 March–20 June 2019: a limit of 10 % of the part's length (26 / 13 working days), and vacation counts as absence.",
};

/// Summary of regime A-3.
pub static REGIME_A3: MessageDef = MessageDef {
    code: "ruleset.A-3",
    rule: Some("A-3"),
    nb: "Fra 21. juni 2019: lovfestet ferie trekkes ikke. Annet fravær inntil 12 dager i sykehusdelen og 6 dager i kommunedelen trekkes ikke; fravær ut over dette må tas igjen.",
    nn: "Frå 21. juni 2019: lovfesta ferie blir ikkje trekt. Anna fråvær inntil 12 dagar i sjukehusdelen og 6 dagar i kommunedelen blir ikkje trekt; fråvær ut over dette må takast att.",
    en: "From 21 June 2019: statutory vacation is not deducted. Other absence up to 12 days in the hospital part and 6 days in the municipal part is not deducted; absence beyond that must be made up.",
};

/// Summary of regime A-4.
pub static REGIME_A4: MessageDef = MessageDef {
    code: "ruleset.A-4",
    rule: Some("A-4"),
    nb: "Fra 20. mars 2020 (covid-19): fravær som skyldes koronautbruddet, trekkes ikke fra tjenestetiden – det bruker ikke av grensen og skal ikke tas igjen. Sluttdato er ikke fastsatt.",
    nn: "Frå 20. mars 2020 (covid-19): fråvær som kjem av koronautbrotet, blir ikkje trekt frå tenestetida – det brukar ikkje av grensa og skal ikkje takast att. Sluttdato er ikkje fastsett.",
    en: "From 20 March 2020 (covid-19): absence caused by the covid-19 outbreak is not deducted from the service time – it uses none of the allowance and is never made up. No end date is set.",
};

/// Every message of this catalogue.
pub static ALL: &[&MessageDef] = &[
    &INPUT_TYPE,
    &INPUT_MISSING,
    &INPUT_UNKNOWN_FIELD,
    &DATE_FORMAT,
    &DATE_IMPOSSIBLE,
    &RANGE_END_BEFORE_START,
    &PERCENT_RANGE,
    &NUMBER_NOT_FINITE,
    &ENUM_UNKNOWN,
    &TEXT_TOO_LONG,
    &LIST_TOO_LONG,
    &MAP_TOO_LONG,
    &STAMP_FORMAT,
    &KIND_UNKNOWN,
    &ROW_UNREADABLE,
    &REGIME_A1,
    &REGIME_A2,
    &REGIME_A3,
    &REGIME_A4,
];

#[cfg(test)]
mod tests {
    #[test]
    fn every_core_message_has_three_languages_and_matching_placeholders() {
        assert_eq!(crate::message::check_catalogue(super::ALL), Vec::<String>::new());
    }
}
