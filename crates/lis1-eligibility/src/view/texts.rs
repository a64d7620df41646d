//! The eligibility view's texts (nb, nn, en): the verdict, the checklists'
//! headings and the 6.5-year timeline's rows.

lis1_core::texts! {
    ELIGIBLE_YES "ui.eligibility.yes" Some("B-10"), "Søkeren kan tilsettes i den bundne stillingen.", "Søkjaren kan tilsetjast i den bundne stillinga.", "The applicant can be hired into the bound position.";
    ELIGIBLE_CONDITIONAL "ui.eligibility.conditional" Some("B-11"), "Søkeren kan tilsettes på vilkår av autorisasjon før start.", "Søkjaren kan tilsetjast på vilkår av autorisasjon før start.", "The applicant can be hired on condition of authorisation before the start.";
    ELIGIBLE_NO "ui.eligibility.no" Some("B-10"), "Søkeren er ikke kandidat til den bundne stillingen.", "Søkjaren er ikkje kandidat til den bundne stillinga.", "The applicant is not a candidate for the bound position.";
    STATUS_YES "ui.eligibility.status-yes" None, "Ja", "Ja", "Yes";
    STATUS_CONDITIONAL "ui.eligibility.status-conditional" None, "På vilkår", "På vilkår", "On condition";
    STATUS_NO "ui.eligibility.status-no" None, "Nei", "Nei", "No";
    REASONS "ui.eligibility.reasons" None, "Søkeren", "Søkjaren", "The applicant";
    EMPLOYER_CHECKLIST "ui.eligibility.employer" None, "Sjekkliste for arbeidsgiver", "Sjekkliste for arbeidsgivar", "Employer checklist";
    TIMELINE "ui.timeline" Some("T-1"), "Tidslinje", "Tidslinje", "Timeline";
    YEAR_DATE "ui.timeline.date" None, "Dato", "Dato", "Date";
    TL_LIS1_START "ui.timeline.lis1-start" Some("S-10"), "LIS1 starter", "LIS1 startar", "LIS1 starts";
    TL_HOSPITAL_END "ui.timeline.hospital-end" Some("S-1"), "Sykehusdelen slutter", "Sjukehusdelen sluttar", "Hospital part ends";
    TL_MUNICIPAL_START "ui.timeline.municipal-start" Some("S-2"), "Kommunedelen starter", "Kommunedelen startar", "Municipal part starts";
    TL_LIS1_END "ui.timeline.lis1-end" Some("S-1"), "LIS1 slutter", "LIS1 sluttar", "LIS1 ends";
    TL_SPECIALTY_START "ui.timeline.specialty-start" Some("T-2"), "LIS3/ALIS starter", "LIS3/ALIS startar", "LIS3/ALIS starts";
    TL_MINIMUM_END "ui.timeline.minimum-end" Some("T-1"), "6,5 år nås tidligst", "6,5 år blir nådd tidlegast", "6.5 years reached at the earliest";
}

#[cfg(test)]
mod tests {
    #[test]
    fn every_view_text_has_nb_nn_and_en_with_the_same_placeholders() {
        assert_eq!(lis1_core::message::check_catalogue(super::ALL), Vec::<String>::new());
    }
}
