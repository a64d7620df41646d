//! Texts of the roster (issue 25): status words, the CSV's headers and the
//! calendar's events, in nb, nn and en. HR reads them about a doctor, so
//! every sentence is in the third person, never to "du".
//!
//! A catalogue of their own ([`ALL`]) beside the crate's
//! (`crate::messages::ALL`): a wasm module that offers no roster need not
//! carry its texts, so the bindings list this catalogue with the roster's
//! functions.

use lis1_core::MessageDef;

// ---------------------------------------------------------------- status

/// Status: nothing owed beyond the months still to serve.
pub static STATUS_ON_TRACK: MessageDef =
    MessageDef { code: "roster.status.on-track", rule: None, nb: "på skjema", nn: "på skjema", en: "on track" };

/// Status: absence above the allowance must be made up.
pub static STATUS_MAKE_UP: MessageDef = MessageDef {
    code: "roster.status.make-up",
    rule: Some("A-3"),
    nb: "må ta igjen dager",
    nn: "må ta att dagar",
    en: "has days to make up",
};

/// Status: del 1 complete, service time and læringsmål (S-9).
pub static STATUS_DONE: MessageDef =
    MessageDef { code: "roster.status.done", rule: Some("S-9"), nb: "ferdig", nn: "ferdig", en: "complete" };

/// Status: the doctor's details have issues.
pub static STATUS_ERROR: MessageDef = MessageDef {
    code: "roster.status.error",
    rule: None,
    nb: "feil i opplysningene",
    nn: "feil i opplysningane",
    en: "errors in the details",
};

// ---------------------------------------------------------------- CSV headers

/// Header: the doctor's name or ID.
pub static CSV_NAME: MessageDef =
    MessageDef { code: "roster.csv.name", rule: None, nb: "Navn eller ID", nn: "Namn eller ID", en: "Name or ID" };

/// Header: the status word.
pub static CSV_STATUS: MessageDef = MessageDef {
    code: "roster.csv.status",
    rule: None,
    nb: "Status for del 1",
    nn: "Status for del 1",
    en: "Del 1 status",
};

/// Header: the projected last day of del 1.
pub static CSV_DEL1_END: MessageDef = MessageDef {
    code: "roster.csv.del1-end",
    rule: None,
    nb: "Del 1: beregnet slutt",
    nn: "Del 1: utrekna slutt",
    en: "Del 1: projected end",
};

/// Header: a part's counted month-equivalents (S-4); `{part}` its title.
pub static CSV_COUNTED: MessageDef = MessageDef {
    code: "roster.csv.counted-months",
    rule: Some("S-4"),
    nb: "{part}: tellende måneder",
    nn: "{part}: teljande månader",
    en: "{part}: counted months",
};

/// Header: a part's remaining months.
pub static CSV_REMAINING: MessageDef = MessageDef {
    code: "roster.csv.remaining-months",
    rule: Some("S-1"),
    nb: "{part}: gjenstående måneder",
    nn: "{part}: månader som står att",
    en: "{part}: remaining months",
};

/// Header: absence days that count against the allowance.
pub static CSV_ABSENCE_USED: MessageDef = MessageDef {
    code: "roster.csv.absence-used",
    rule: None,
    nb: "{part}: fravær brukt (dager)",
    nn: "{part}: fråvær brukt (dagar)",
    en: "{part}: absence used (days)",
};

/// Header: the absence allowance (A-1..A-3).
pub static CSV_ALLOWANCE: MessageDef = MessageDef {
    code: "roster.csv.allowance",
    rule: None,
    nb: "{part}: fraværsgrense (dager)",
    nn: "{part}: fråværsgrense (dagar)",
    en: "{part}: absence allowance (days)",
};

/// Header: make-up days still to serve.
pub static CSV_MAKE_UP: MessageDef = MessageDef {
    code: "roster.csv.make-up-days",
    rule: Some("A-3"),
    nb: "{part}: dager å ta igjen",
    nn: "{part}: dagar å ta att",
    en: "{part}: days to make up",
};

/// Header: a part's projected last day.
pub static CSV_PART_END: MessageDef = MessageDef {
    code: "roster.csv.part-end",
    rule: None,
    nb: "{part}: beregnet slutt",
    nn: "{part}: utrekna slutt",
    en: "{part}: projected end",
};

/// Header: the unit of the day columns (A-O2).
pub static CSV_DAY_UNIT: MessageDef = MessageDef {
    code: "roster.csv.day-unit",
    rule: Some("A-O2"),
    nb: "Enhet for dager",
    nn: "Eining for dagar",
    en: "Unit of days",
};

/// Header: the issues of a doctor's details.
pub static CSV_ISSUES: MessageDef = MessageDef {
    code: "roster.csv.issues",
    rule: None,
    nb: "Feil i opplysningene",
    nn: "Feil i opplysningane",
    en: "Errors in the details",
};

// ---------------------------------------------------------------- calendar and files

/// Event: the projected last day of a part; `{part}` its name in running
/// text. The doctor's name goes before it (`Kari Nordmann: …`).
pub static EVENT_PART_END: MessageDef = MessageDef {
    code: "roster.event.part-end",
    rule: None,
    nb: "{part} slutter",
    nn: "{part} sluttar",
    en: "the {part} ends",
};

/// Event: the projected make-up days of a part.
pub static EVENT_MAKE_UP: MessageDef = MessageDef {
    code: "roster.event.make-up",
    rule: Some("A-3"),
    nb: "tar igjen {days} {unit} fravær i {part}",
    nn: "tek att {days} {unit} fråvær i {part}",
    en: "makes up {days} {unit} of absence in the {part}",
};

/// Event description: where the date comes from.
pub static EVENT_DESCRIPTION: MessageDef = MessageDef {
    code: "roster.event.description",
    rule: None,
    nb: "Beregnet av lis1kit ut fra tjenesten og planen som er registrert for legen (LIS1 del 1). Datoen endres når opplysningene endres.",
    nn: "Rekna ut av lis1kit frå tenesta og planen som er registrert for legen (LIS1 del 1). Datoen endrar seg når opplysningane endrar seg.",
    en: "Projected by lis1kit from the service and plan recorded for the doctor (LIS1 del 1). The date changes when the details change.",
};

/// The suggested name of an exported file, without its extension.
pub static FILE_NAME: MessageDef =
    MessageDef { code: "roster.file-name", rule: None, nb: "lis1-leger", nn: "lis1-legar", en: "lis1-doctors" };

/// Every message of the roster.
pub static ALL: &[&MessageDef] = &[
    &STATUS_ON_TRACK,
    &STATUS_MAKE_UP,
    &STATUS_DONE,
    &STATUS_ERROR,
    &CSV_NAME,
    &CSV_STATUS,
    &CSV_DEL1_END,
    &CSV_COUNTED,
    &CSV_REMAINING,
    &CSV_ABSENCE_USED,
    &CSV_ALLOWANCE,
    &CSV_MAKE_UP,
    &CSV_PART_END,
    &CSV_DAY_UNIT,
    &CSV_ISSUES,
    &EVENT_PART_END,
    &EVENT_MAKE_UP,
    &EVENT_DESCRIPTION,
    &FILE_NAME,
];

#[cfg(test)]
mod tests {
    use lis1_core::message::check_catalogue;

    #[test]
    fn the_roster_catalogue_is_complete_and_clashes_with_no_other_code() {
        assert_eq!(check_catalogue(super::ALL), Vec::<String>::new());
        let all: Vec<_> = super::ALL
            .iter()
            .chain(crate::messages::ALL.iter())
            .chain(lis1_core::messages::ALL.iter())
            .copied()
            .collect();
        assert_eq!(check_catalogue(&all), Vec::<String>::new());
    }

    #[test]
    fn nynorsk_is_never_a_copy_of_english_and_no_sentence_speaks_to_du() {
        let copies: Vec<&str> = super::ALL.iter().filter(|m| m.nn == m.en).map(|m| m.code).collect();
        assert_eq!(copies, Vec::<&str>::new());
        // HR pages speak about the doctor (issue 25 item 3): no "du", "deg", "din" in nb or nn.
        let words = |text: &str| text.split(|c: char| !c.is_alphabetic()).map(str::to_lowercase).collect::<Vec<_>>();
        for m in super::ALL {
            for text in [m.nb, m.nn] {
                let w = words(text);
                assert!(!["du", "deg", "din", "ditt", "dine"].iter().any(|x| w.iter().any(|y| y == x)), "{}", m.code);
            }
        }
    }
}
