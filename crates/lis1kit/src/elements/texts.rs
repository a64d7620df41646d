//! Texts of the element chrome and result panels (nb, nn, en). Form labels
//! come from lis1-forms; calculation messages from the calculation crates.

use lis1_core::MessageDef;

macro_rules! texts {
    ($($name:ident $code:literal $rule:expr, $nb:literal, $nn:literal, $en:literal;)*) => {
        $(
            #[doc = concat!("`", $code, "`.")]
            pub const $name: MessageDef = MessageDef { code: $code, rule: $rule, nb: $nb, nn: $nn, en: $en };
        )*
        /// Every text of the elements.
        pub const ALL: &[&MessageDef] = &[$(&$name),*];
    };
}

texts! {
    PRESETS "ui.presets" None, "Start fra et eksempel:", "Start frå eit døme:", "Start from an example:";
    FORM_ERRORS "ui.form-errors" None, "Rett opp dette før beregningen:", "Rett opp dette før utrekninga:", "Please correct this first:";
    RESULT_HEADING "ui.result.heading" None, "Resultat", "Resultat", "Result";
    PART "ui.result.part" Some("S-1"), "Del", "Del", "Part";
    PART_HOSPITAL "ui.result.part.hospital" Some("S-1"), "Sykehusdelen", "Sjukehusdelen", "Hospital part";
    PART_MUNICIPAL "ui.result.part.municipal" Some("S-1"), "Kommunedelen", "Kommunedelen", "Municipal part";
    REQUIRED "ui.result.required" Some("S-1"), "Kreves (mnd.)", "Krevst (mnd.)", "Required (months)";
    COUNTED "ui.result.counted" Some("S-4"), "Tellende (mnd.)", "Teljande (mnd.)", "Counted (months)";
    REMAINING "ui.result.remaining" None, "Gjenstår (mnd.)", "Står att (mnd.)", "Remaining (months)";
    MAKE_UP "ui.result.make-up" Some("A-3"), "Dager å ta igjen", "Dagar å ta att", "Days to make up";
    PROJECTED_END "ui.result.projected-end" None, "Beregnet slutt", "Utrekna slutt", "Projected end";
    REGIME "ui.result.regime" None, "Fraværsregel", "Fråværsregel", "Absence rule";
    ALLOWANCE "ui.result.allowance" None, "Grense (dager)", "Grense (dagar)", "Allowance (days)";
    USED "ui.result.used" None, "Brukt (dager)", "Brukt (dagar)", "Used (days)";
    EXCESS "ui.result.excess" None, "Over grensen", "Over grensa", "Above the allowance";
    DEL1_TIME_COMPLETE "ui.result.del1-time-complete" Some("S-1"), "Tjenestetiden i del 1 er fullført.", "Tenestetida i del 1 er fullført.", "The service time of del 1 is complete.";
    DEL1_COMPLETE "ui.result.del1-complete" Some("S-9"), "Del 1 er fullført: tiden er nådd og alle læringsmål er godkjent.", "Del 1 er fullført: tida er nådd og alle læringsmål er godkjende.", "Del 1 is complete: the time is reached and all learning goals are approved.";
    DEL1_NOT_COMPLETE "ui.result.del1-not-complete" Some("S-9"), "Del 1 er ikke fullført ennå.", "Del 1 er ikkje fullført enno.", "Del 1 is not complete yet.";
    DEL1_END "ui.result.del1-end" None, "Beregnet slutt på del 1: {date}.", "Utrekna slutt på del 1: {date}.", "Projected end of del 1: {date}.";
    WARNINGS "ui.result.warnings" None, "Merknader", "Merknader", "Notes";
    ASSUMPTIONS "ui.result.assumptions" None, "Forutsetninger (uavklarte regler)", "Føresetnader (uavklara reglar)", "Assumptions (unsettled rules)";
    YES "ui.yes" None, "ja", "ja", "yes";
    NO "ui.no" None, "nei", "nei", "no";
    EMPTY_CHOICE "ui.empty-choice" None, "– velg –", "– vel –", "– choose –";
}
