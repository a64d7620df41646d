//! Texts of the element chrome and result panels (nb, nn, en). Form labels
//! come from lis1-forms; calculation messages from the calculation crates.
//! Outside the feature-gated `elements` module: the headless build publishes
//! them with `messages()` as well.

use lis1_core::MessageDef;

macro_rules! texts {
    ($($name:ident $code:literal $rule:expr, $nb:literal, $nn:literal, $en:literal;)*) => {
        $(
            #[doc = concat!("`", $code, "`.")]
            pub static $name: MessageDef = MessageDef { code: $code, rule: $rule, nb: $nb, nn: $nn, en: $en };
        )*
        /// Every text of the elements.
        pub static ALL: &[&MessageDef] = &[$(&$name),*];
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
    ANSWER_END "ui.answer.service-end" Some("S-1"), "Du er ferdig med tjenestetiden i LIS1 {date}.", "Du er ferdig med tenestetida i LIS1 {date}.", "You finish the LIS1 service time on {date}.";
    ANSWER_MISSING_HOSPITAL "ui.answer.missing-hospital" Some("S-1"), "Du mangler {months} måneder i sykehus.", "Du manglar {months} månader i sjukehus.", "You still lack {months} months in hospital.";
    ANSWER_MISSING_MUNICIPAL "ui.answer.missing-municipal" Some("S-1"), "Du mangler {months} måneder i kommunen.", "Du manglar {months} månader i kommunen.", "You still lack {months} months in the kommune.";
    ANSWER_MAKE_UP_HOSPITAL "ui.answer.make-up-hospital" Some("A-3"), "Du må jobbe {days} dager ekstra i sykehusdelen fordi fraværet er over grensen.", "Du må jobbe {days} dagar ekstra i sjukehusdelen fordi fråværet er over grensa.", "You must work {days} extra days in the hospital part because absence is above the allowance.";
    ANSWER_MAKE_UP_MUNICIPAL "ui.answer.make-up-municipal" Some("A-3"), "Du må jobbe {days} dager ekstra i kommunedelen fordi fraværet er over grensen.", "Du må jobbe {days} dagar ekstra i kommunedelen fordi fråværet er over grensa.", "You must work {days} extra days in the municipal part because absence is above the allowance.";
    WARNINGS "ui.result.warnings" None, "Merknader", "Merknader", "Notes";
    ASSUMPTIONS "ui.result.assumptions" None, "Forutsetninger (uavklarte regler)", "Føresetnader (uavklara reglar)", "Assumptions (unsettled rules)";
    YES "ui.yes" None, "ja", "ja", "yes";
    NO "ui.no" None, "nei", "nei", "no";
    TIMELINE_TITLE "ui.timeline.title" Some("S-1"), "Tidslinje for LIS1 del 1", "Tidslinje for LIS1 del 1", "Timeline of LIS1 del 1";
    TIMELINE_PART "ui.timeline.part" Some("S-1"), "{part}: {counted} av {required} måneder talt, {days} dager å ta igjen, beregnet slutt {end}.", "{part}: {counted} av {required} månader talde, {days} dagar å ta att, utrekna slutt {end}.", "{part}: {counted} of {required} months counted, {days} days to make up, projected end {end}.";
    TIMELINE_NOT_COUNTING "ui.timeline.not-counting" Some("S-6"), "{part}: perioden {start}–{end} teller ikke som LIS1-tjeneste og er tegnet med stiplet kant.", "{part}: perioden {start}–{end} tel ikkje som LIS1-teneste og er teikna med stipla kant.", "{part}: the period {start}–{end} does not count as LIS1 service and is drawn with a dashed outline.";
    TIMELINE_MAKE_UP "ui.timeline.make-up" Some("A-3"), "{part}: dager å ta igjen fra {from} til og med {end}.", "{part}: dagar å ta att frå {from} til og med {end}.", "{part}: days to make up from {from} to {end}.";
    TIMELINE_LEGEND "ui.timeline.legend" None, "Forklaring til tidslinjen", "Forklaring til tidslinja", "Timeline legend";
    LEGEND_COUNTING "ui.legend.counting" Some("S-4"), "Tjeneste som teller", "Teneste som tel", "Service that counts";
    LEGEND_NOT_COUNTING "ui.legend.not-counting" Some("S-6"), "Teller ikke", "Tel ikkje", "Does not count";
    LEGEND_ABSENCE "ui.legend.absence" Some("A-3"), "Fravær", "Fråvær", "Absence";
    LEGEND_PLANNED "ui.legend.planned" None, "Planlagt", "Planlagt", "Planned";
    LEGEND_TODAY "ui.legend.today" None, "I dag ({date})", "I dag ({date})", "Today ({date})";
    TIMELINE_TODAY "ui.timeline.today" None, "I dag er {date}.", "I dag er {date}.", "Today is {date}.";
    RULE_ID "ui.rules.id" None, "Regel", "Regel", "Rule";
    RULE_STATUS "ui.rules.status" None, "Status", "Status", "Status";
    RULE_SUMMARY "ui.rules.summary" None, "Innhold", "Innhald", "Summary";
    RULE_SOURCE "ui.rules.source" None, "Kilde", "Kjelde", "Source";
    STATUS_LAW "ui.rules.status.law" None, "lov/forskrift", "lov/forskrift", "law";
    STATUS_PRACTICE "ui.rules.status.practice" None, "praksis", "praksis", "practice";
    STATUS_PROPOSAL "ui.rules.status.proposal" None, "forslag (av som standard)", "framlegg (av som standard)", "proposal (off by default)";
    STATUS_OPEN "ui.rules.status.open" None, "uavklart (valg med standard)", "uavklara (val med standard)", "open (option with default)";
    STATUS_REJECTED "ui.rules.status.rejected" None, "forkastet (brukes ikke)", "forkasta (blir ikkje brukt)", "rejected (not applied)";
    STATUS_MODEL "ui.rules.status.model" None, "modell (IS-3030)", "modell (IS-3030)", "model (IS-3030)";
    STATUS_PLANNING "ui.rules.status.planning" None, "beregning", "utrekning", "calculation";
    STATUS_PARAMETER "ui.rules.status.parameter" None, "datert parameter", "datert parameter", "dated parameter";
    REQUIRED_FIELD "ui.required" None, "«{field}» må fylles ut.", "«{field}» må fyllast ut.", "“{field}” is required.";
    EMPTY_CHOICE "ui.empty-choice" None, "– velg –", "– vel –", "– choose –";
    ELIGIBLE_YES "ui.eligibility.yes" Some("B-10"), "Søkeren kan tilsettes i den bundne stillingen.", "Søkjaren kan tilsetjast i den bundne stillinga.", "The applicant can be hired into the bound position.";
    STATUS_YES "ui.eligibility.status-yes" None, "Ja", "Ja", "Yes";
    STATUS_CONDITIONAL "ui.eligibility.status-conditional" None, "På vilkår", "På vilkår", "On condition";
    STATUS_NO "ui.eligibility.status-no" None, "Nei", "Nei", "No";
    ADVANCED "ui.advanced" None, "Avanserte valg (kan stå som de er)", "Avanserte val (kan stå som dei er)", "Advanced options (can be left as they are)";
    ABSENCE_TITLE "ui.absence.title" Some("A-3"), "Fravær i LIS1: hva må tas igjen?", "Fråvær i LIS1: kva må takast att?", "Absence in LIS1: what must be made up?";
    ABSENCE_WITHIN "ui.answer.absence-within" Some("A-3"), "Fraværet er innenfor grensene. Du trenger ikke å ta igjen dager.", "Fråværet er innanfor grensene. Du treng ikkje å ta att dagar.", "Your absence is within the allowances. You do not have to make up any days.";
    ELIGIBLE_CONDITIONAL "ui.eligibility.conditional" Some("B-11"), "Søkeren kan tilsettes på vilkår av autorisasjon før start.", "Søkjaren kan tilsetjast på vilkår av autorisasjon før start.", "The applicant can be hired on condition of authorisation before the start.";
    ELIGIBLE_NO "ui.eligibility.no" Some("B-10"), "Søkeren er ikke kandidat til den bundne stillingen.", "Søkjaren er ikkje kandidat til den bundne stillinga.", "The applicant is not a candidate for the bound position.";
    REASONS "ui.eligibility.reasons" None, "Søkeren", "Søkjaren", "The applicant";
    EMPLOYER_CHECKLIST "ui.eligibility.employer" None, "Sjekkliste for arbeidsgiver", "Sjekkliste for arbeidsgivar", "Employer checklist";
    MET "ui.met" None, "Oppfylt", "Oppfylt", "Met";
    NOT_MET "ui.not-met" None, "Ikke oppfylt", "Ikkje oppfylt", "Not met";
    INFO "ui.info" None, "Til informasjon", "Til informasjon", "For information";
    TIMELINE "ui.timeline" Some("T-1"), "Tidslinje", "Tidslinje", "Timeline";
    YEAR_DATE "ui.timeline.date" None, "Dato", "Dato", "Date";
    TL_LIS1_START "ui.timeline.lis1-start" Some("S-10"), "LIS1 starter", "LIS1 startar", "LIS1 starts";
    TL_HOSPITAL_END "ui.timeline.hospital-end" Some("S-1"), "Sykehusdelen slutter", "Sjukehusdelen sluttar", "Hospital part ends";
    TL_MUNICIPAL_START "ui.timeline.municipal-start" Some("S-2"), "Kommunedelen starter", "Kommunedelen startar", "Municipal part starts";
    TL_LIS1_END "ui.timeline.lis1-end" Some("S-1"), "LIS1 slutter", "LIS1 sluttar", "LIS1 ends";
    TL_SPECIALTY_START "ui.timeline.specialty-start" Some("T-2"), "LIS3/ALIS starter", "LIS3/ALIS startar", "LIS3/ALIS starts";
    TL_MINIMUM_END "ui.timeline.minimum-end" Some("T-1"), "6,5 år nås tidligst", "6,5 år blir nådd tidlegast", "6.5 years reached at the earliest";
    COST_TOTAL "ui.cost.total" Some("C-20"), "Samlet kostnad: {amount}.", "Samla kostnad: {amount}.", "Total cost: {amount}.";
    COST_TOTAL_IN_YEAR "ui.cost.total-in-year" Some("C-20"), "Samlet kostnad: {amount}, i {year}-kroner.", "Samla kostnad: {amount}, i {year}-kroner.", "Total cost: {amount}, in {year} kroner.";
    COST_TOTAL_NOMINAL "ui.cost.total-nominal" Some("C-20"), "Samlet kostnad: {amount}. Beløpene er ikke prisjustert: satsene er fra {years}.", "Samla kostnad: {amount}. Beløpa er ikkje prisjusterte: satsane er frå {years}.", "Total cost: {amount}. The amounts are not adjusted for prices: the rates are from {years}.";
    COST_PER_POSITION "ui.cost.per-position" Some("C-20"), "Per stilling", "Per stilling", "Per position";
    COST_COMPONENT "ui.cost.component" None, "Post", "Post", "Item";
    COST_SALARY "ui.cost.salary" Some("C-4"), "Lønn", "Løn", "Salary";
    COST_HOLIDAY_PAY "ui.cost.holiday-pay" Some("C-6"), "Feriepenger", "Feriepengar", "Holiday pay";
    COST_PENSION "ui.cost.pension" Some("C-8"), "Pensjon", "Pensjon", "Pension";
    COST_EMPLOYER_TAX "ui.cost.employer-tax" Some("C-7"), "Arbeidsgiveravgift", "Arbeidsgivaravgift", "Employer's national insurance";
    COST_REMAINDER "ui.cost.remainder" Some("C-1"), "Øvrige sykehuskostnader", "Andre sjukehuskostnader", "Other hospital costs";
    COST_SUPERVISION "ui.cost.supervision" Some("C-10"), "Veiledning", "Rettleiing", "Supervision";
    COST_OVERHEAD "ui.cost.overhead" Some("C-9"), "Kontor og støtte", "Kontor og støtte", "Office and support";
    COST_GRANTS "ui.cost.grants" Some("C-3"), "Herav statlig tilskudd", "Av dette statleg tilskot", "Of which state grant";
    COST_SUM "ui.cost.sum" None, "Sum", "Sum", "Total";
    COST_BY_PAYER "ui.cost.by-payer" Some("C-20"), "Per betaler", "Per betalar", "By payer";
    PAYER "ui.cost.payer" None, "Betaler", "Betalar", "Payer";
    AMOUNT "ui.cost.amount" None, "Beløp (kr)", "Beløp (kr)", "Amount (NOK)";
    PAYER_HF "ui.cost.payer.helseforetak" None, "Helseforetak", "Helseføretak", "Health trust";
    PAYER_KOMMUNE "ui.cost.payer.kommune" None, "Kommune", "Kommune", "Municipality";
    PAYER_STATE "ui.cost.payer.state" None, "Staten", "Staten", "State";
    COST_BY_YEAR "ui.cost.by-year" Some("C-21"), "Per budsjettår", "Per budsjettår", "By budget year";
    YEAR "ui.cost.year" None, "År", "År", "Year";
    POSITION_MONTHS "ui.cost.position-months" Some("C-21"), "Stillingsmåneder", "Stillingsmånader", "Position months";
    CHART_TITLE "ui.chart.title" None, "Diagram: {what}", "Diagram: {what}", "Chart: {what}";
    CHART_BAR "ui.chart.bar" None, "{label}: {amount} kr", "{label}: {amount} kr", "{label}: NOK {amount}";
    PRINT_INPUTS "ui.print.inputs" None, "Dette ble regnet ut", "Dette vart rekna ut", "What was calculated";
    PRINT_CALCULATED "ui.print.calculated" None, "Regnet ut {date} med lis1kit {version}, etter reglene slik de var {rules}.", "Rekna ut {date} med lis1kit {version}, etter reglane slik dei var {rules}.", "Calculated on {date} with lis1kit {version}, under the rules as of {rules}.";
    FLAG_NOT_YES_NO "ui.attribute.not-yes-no" None, "Innstillingen {attribute}=\"{value}\" er verken ja eller nei og er ikke brukt. Skriv ja eller nei (eller true/false, 1/0).", "Innstillinga {attribute}=\"{value}\" er korkje ja eller nei og er ikkje brukt. Skriv ja eller nei (eller true/false, 1/0).", "The setting {attribute}=\"{value}\" is neither yes nor no and is not used. Write yes or no (or true/false, 1/0).";
    FOLLOW_WAITING "ui.follow.waiting" None, "Svaret kommer her når du har regnet ut skjemaet over.", "Svaret kjem her når du har rekna ut skjemaet over.", "The answer appears here once you have calculated the form above.";
}
