//! The service views' texts (nb, nn, en): the answers, the tables' headings,
//! the timeline's sentences and legend, and the absence check's title. An
//! answer that speaks to the doctor ("Du …") has a `…_DOCTOR` twin that
//! speaks about the doctor ("Legen …") for HR pages (`view::Voice`).

lis1_core::texts! {
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
    ANSWER_END_DOCTOR "ui.answer.service-end.doctor" Some("S-1"), "Legen er ferdig med tjenestetiden i LIS1 {date}.", "Legen er ferdig med tenestetida i LIS1 {date}.", "The doctor finishes the LIS1 service time on {date}.";
    ANSWER_MISSING_HOSPITAL "ui.answer.missing-hospital" Some("S-1"), "Du mangler {months} måneder i sykehus.", "Du manglar {months} månader i sjukehus.", "You still lack {months} months in hospital.";
    ANSWER_MISSING_HOSPITAL_DOCTOR "ui.answer.missing-hospital.doctor" Some("S-1"), "Legen mangler {months} måneder i sykehus.", "Legen manglar {months} månader i sjukehus.", "The doctor still lacks {months} months in hospital.";
    ANSWER_MISSING_MUNICIPAL "ui.answer.missing-municipal" Some("S-1"), "Du mangler {months} måneder i kommunen.", "Du manglar {months} månader i kommunen.", "You still lack {months} months in the kommune.";
    ANSWER_MISSING_MUNICIPAL_DOCTOR "ui.answer.missing-municipal.doctor" Some("S-1"), "Legen mangler {months} måneder i kommunen.", "Legen manglar {months} månader i kommunen.", "The doctor still lacks {months} months in the kommune.";
    ANSWER_MAKE_UP_HOSPITAL "ui.answer.make-up-hospital" Some("A-3"), "Du må jobbe {days} {unit} ekstra i sykehusdelen fordi fraværet er over grensen.", "Du må jobbe {days} {unit} ekstra i sjukehusdelen fordi fråværet er over grensa.", "You must work {days} extra {unit} in the hospital part because absence is above the allowance.";
    ANSWER_MAKE_UP_HOSPITAL_DOCTOR "ui.answer.make-up-hospital.doctor" Some("A-3"), "Legen må jobbe {days} {unit} ekstra i sykehusdelen fordi fraværet er over grensen.", "Legen må jobbe {days} {unit} ekstra i sjukehusdelen fordi fråværet er over grensa.", "The doctor must work {days} extra {unit} in the hospital part because absence is above the allowance.";
    ANSWER_MAKE_UP_MUNICIPAL "ui.answer.make-up-municipal" Some("A-3"), "Du må jobbe {days} {unit} ekstra i kommunedelen fordi fraværet er over grensen.", "Du må jobbe {days} {unit} ekstra i kommunedelen fordi fråværet er over grensa.", "You must work {days} extra {unit} in the municipal part because absence is above the allowance.";
    ANSWER_MAKE_UP_MUNICIPAL_DOCTOR "ui.answer.make-up-municipal.doctor" Some("A-3"), "Legen må jobbe {days} {unit} ekstra i kommunedelen fordi fraværet er over grensen.", "Legen må jobbe {days} {unit} ekstra i kommunedelen fordi fråværet er over grensa.", "The doctor must work {days} extra {unit} in the municipal part because absence is above the allowance.";
    ANSWER_MUNICIPAL_MOVES "ui.answer.municipal-moves" Some("S-2"), "Kommunedelen kan tidligst starte {date} (ikke {planned}): {days} {unit} må tas igjen i sykehuset først.", "Kommunedelen kan tidlegast starte {date} (ikkje {planned}): {days} {unit} må takast att i sjukehuset først.", "The municipal part can start on {date} at the earliest (not {planned}): {days} {unit} must be made up in the hospital first.";
    ABSENCE_SUM "ui.answer.absence-sum" Some("A-3"), "{part}: {terms} = {used} {unit} fravær, grensen er {allowance}.", "{part}: {terms} = {used} {unit} fråvær, grensa er {allowance}.", "{part}: {terms} = {used} {unit} of absence, the allowance is {allowance}.";
    ABSENCE_SUM_ONE "ui.answer.absence-sum-one" Some("A-3"), "{part}: {used} {unit} fravær ({kind}), grensen er {allowance}.", "{part}: {used} {unit} fråvær ({kind}), grensa er {allowance}.", "{part}: {used} {unit} of absence ({kind}), the allowance is {allowance}.";
    ABSENCE_COVID_TERM "ui.answer.absence-covid-term" Some("A-4"), "{days} koronafravær som ikke trekkes", "{days} koronafråvær som ikkje blir trekt", "{days} covid absence not deducted";
    TIMELINE_TITLE "ui.timeline.title" Some("S-1"), "Tidslinje for LIS1 del 1", "Tidslinje for LIS1 del 1", "Timeline of LIS1 del 1";
    TIMELINE_PART "ui.timeline.part" Some("S-1"), "{part}: {counted} av {required} måneder talt, {days} dager å ta igjen, beregnet slutt {end}.", "{part}: {counted} av {required} månader talde, {days} dagar å ta att, utrekna slutt {end}.", "{part}: {counted} of {required} months counted, {days} days to make up, projected end {end}.";
    TIMELINE_NOT_COUNTING "ui.timeline.not-counting" Some("S-6"), "{part}: perioden {start}–{end} teller ikke som LIS1-tjeneste og er tegnet med stiplet kant.", "{part}: perioden {start}–{end} tel ikkje som LIS1-teneste og er teikna med stipla kant.", "{part}: the period {start}–{end} does not count as LIS1 service and is drawn with a dashed outline.";
    TIMELINE_MAKE_UP "ui.timeline.make-up" Some("A-3"), "{part}: dager å ta igjen fra {from} til og med {end}.", "{part}: dagar å ta att frå {from} til og med {end}.", "{part}: days to make up from {from} to {end}.";
    LEGEND_COUNTING "ui.legend.counting" Some("S-4"), "Tjeneste som teller", "Teneste som tel", "Service that counts";
    LEGEND_NOT_COUNTING "ui.legend.not-counting" Some("S-6"), "Teller ikke", "Tel ikkje", "Does not count";
    LEGEND_ABSENCE "ui.legend.absence" Some("A-3"), "Fravær", "Fråvær", "Absence";
    LEGEND_PLANNED "ui.legend.planned" None, "Planlagt", "Planlagt", "Planned";
    ABSENCE_TITLE "ui.absence.title" Some("A-3"), "Fravær i LIS1: hva må tas igjen?", "Fråvær i LIS1: kva må takast att?", "Absence in LIS1: what must be made up?";
    ABSENCE_WITHIN "ui.answer.absence-within" Some("A-3"), "Fraværet er innenfor grensene. Du trenger ikke å ta igjen dager.", "Fråværet er innanfor grensene. Du treng ikkje å ta att dagar.", "Your absence is within the allowances. You do not have to make up any days.";
    ABSENCE_WITHIN_DOCTOR "ui.answer.absence-within.doctor" Some("A-3"), "Fraværet er innenfor grensene. Legen trenger ikke å ta igjen dager.", "Fråværet er innanfor grensene. Legen treng ikkje å ta att dagar.", "The doctor's absence is within the allowances. The doctor does not have to make up any days.";
}

#[cfg(test)]
mod tests {
    #[test]
    fn every_view_text_has_nb_nn_and_en_with_the_same_placeholders() {
        assert_eq!(lis1_core::message::check_catalogue(super::ALL), Vec::<String>::new());
    }
}
