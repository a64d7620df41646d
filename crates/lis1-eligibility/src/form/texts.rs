//! Texts of the eligibility form (`form.eligibility.*`) and the labels of
//! lis1-eligibility's tables (`form.choice.<table>.<value>`), nb/nn/en.

use lis1_core::MessageDef;

/// `form.eligibility.title`.
pub static TITLE: MessageDef = MessageDef {
    code: "form.eligibility.title",
    rule: Some("B-1"),
    nb: "Kan søkeren få en bundet LIS1-stilling?",
    nn: "Kan søkjaren få ei bunden LIS1-stilling?",
    en: "Can the applicant get a bound LIS1 position?",
};

/// `form.eligibility.submit`.
pub static SUBMIT: MessageDef =
    MessageDef { code: "form.eligibility.submit", rule: None, nb: "Vurder", nn: "Vurder", en: "Check" };

/// `form.eligibility.applicant.legend`.
pub static APPLICANT_LEGEND: MessageDef = MessageDef {
    code: "form.eligibility.applicant.legend",
    rule: None,
    nb: "Søkeren",
    nn: "Søkjaren",
    en: "The applicant",
};

/// `form.eligibility.applicant.help`.
pub static APPLICANT_HELP: MessageDef = MessageDef {
    code: "form.eligibility.applicant.help",
    rule: Some("B-10"),
    nb: "Den bundne stillingen forutsetter at legen går inn i hele løpet fra starten av LIS1.",
    nn: "Den bundne stillinga føreset at legen går inn i heile løpet frå starten av LIS1.",
    en: "The bound position presumes that the doctor enters the whole path from the start of LIS1.",
};

/// `form.eligibility.field.authorised`.
pub static FIELD_AUTHORISED: MessageDef = MessageDef {
    code: "form.eligibility.field.authorised",
    rule: Some("S-11"),
    nb: "Har autorisasjon som lege",
    nn: "Har autorisasjon som lege",
    en: "Authorised as a doctor",
};

/// `form.eligibility.field.authorised.help`.
pub static FIELD_AUTHORISED_HELP: MessageDef = MessageDef {
    code: "form.eligibility.field.authorised.help",
    rule: Some("B-11"),
    nb: "Autorisasjon trengs før LIS1 starter, ikke for å søke. Uten autorisasjon er svaret betinget av autorisasjon innen start.",
    nn: "Autorisasjon trengst før LIS1 startar, ikkje for å søkje. Utan autorisasjon er svaret avhengig av autorisasjon innan start.",
    en: "Authorisation is needed before LIS1 starts, not to apply. Without it the answer is conditional on authorisation by the start.",
};

/// `form.eligibility.field.authorised-on`.
pub static FIELD_AUTHORISED_ON: MessageDef = MessageDef {
    code: "form.eligibility.field.authorised-on",
    rule: Some("T-1"),
    nb: "Dato for autorisasjon",
    nn: "Dato for autorisasjon",
    en: "Date of authorisation",
};

/// `form.eligibility.field.authorised-on.help`.
pub static FIELD_AUTHORISED_ON_HELP: MessageDef = MessageDef {
    code: "form.eligibility.field.authorised-on.help",
    rule: Some("T-1"),
    nb: "Datoen for autorisasjon eller lisens, hvis legen har autorisasjon. Minstetiden på 6,5 år regnes fra den; uten den regnes tiden fra starten av den første LIS1-tjenesten.",
    nn: "Datoen for autorisasjon eller lisens, viss legen har autorisasjon. Minstetida på 6,5 år blir rekna frå han; utan han blir tida rekna frå starten av den første LIS1-tenesta.",
    en: "The date of authorisation or licence, if the doctor is authorised. The 6.5-year minimum counts from it; without it the time counts from the start of the first LIS1 service.",
};

/// `form.eligibility.field.specialty`.
pub static FIELD_SPECIALTY: MessageDef = MessageDef {
    code: "form.eligibility.field.specialty",
    rule: Some("B-1"),
    nb: "Spesialitet i det bundne løpet",
    nn: "Spesialitet i det bundne løpet",
    en: "Specialty of the bound path",
};

/// `form.eligibility.field.exemptions`.
pub static FIELD_EXEMPTIONS: MessageDef = MessageDef {
    code: "form.eligibility.field.exemptions",
    rule: Some("S-12"),
    nb: "Unntak fra del 1",
    nn: "Unntak frå del 1",
    en: "Exemptions from del 1",
};

/// `form.eligibility.field.exemptions.help`.
pub static FIELD_EXEMPTIONS_HELP: MessageDef = MessageDef {
    code: "form.eligibility.field.exemptions.help",
    rule: Some("S-12"),
    nb: "Leger som er unntatt fra del 1, trenger ikke en LIS1-stilling.",
    nn: "Legar som er unnatekne frå del 1, treng ikkje ei LIS1-stilling.",
    en: "Doctors exempt from del 1 do not need a LIS1 position.",
};

/// `form.eligibility.lis1.legend`.
pub static LIS1_LEGEND: MessageDef = MessageDef {
    code: "form.eligibility.lis1.legend",
    rule: Some("B-12"),
    nb: "Tidligere LIS1-tjeneste",
    nn: "Tidlegare LIS1-teneste",
    en: "Earlier LIS1 service",
};

/// `form.eligibility.lis1.help`.
pub static LIS1_HELP: MessageDef = MessageDef {
    code: "form.eligibility.lis1.help",
    rule: Some("B-12"),
    nb: "Fyll ut bare hvis søkeren har hatt LIS1-tjeneste før: tellende måneder per del. Etter dagens regler blir stillingen likevel et fullt løp på 18 måneder; bare med forslaget om å tilby bare tjenesten som mangler, blir løpet kortere.",
    nn: "Fyll ut berre viss søkjaren har hatt LIS1-teneste før: teljande månader per del. Etter dagens reglar blir stillinga likevel eit fullt løp på 18 månader; berre med forslaget om å tilby berre tenesta som manglar, blir løpet kortare.",
    en: "Fill in only if the applicant has served in LIS1 before: counted months per part. Under today's rules the position is still a full 18-month course; only with the proposal to offer just the missing service is the path shorter.",
};

/// `form.eligibility.field.hospital-months`.
pub static FIELD_HOSPITAL_MONTHS: MessageDef = MessageDef {
    code: "form.eligibility.field.hospital-months",
    rule: Some("S-1"),
    nb: "Tellende måneder i sykehusdelen",
    nn: "Teljande månader i sjukehusdelen",
    en: "Counted months in the hospital part",
};

/// `form.eligibility.field.municipal-months`.
pub static FIELD_MUNICIPAL_MONTHS: MessageDef = MessageDef {
    code: "form.eligibility.field.municipal-months",
    rule: Some("S-1"),
    nb: "Tellende måneder i kommunedelen",
    nn: "Teljande månader i kommunedelen",
    en: "Counted months in the municipal part",
};

/// `form.eligibility.field.complete`.
pub static FIELD_COMPLETE: MessageDef = MessageDef {
    code: "form.eligibility.field.complete",
    rule: Some("S-9"),
    nb: "Del 1 er fullført (tid og alle læringsmål godkjent)",
    nn: "Del 1 er fullført (tid og alle læringsmål godkjende)",
    en: "Del 1 is complete (time and all learning goals approved)",
};

/// `form.eligibility.field.first-start`.
pub static FIELD_FIRST_START: MessageDef = MessageDef {
    code: "form.eligibility.field.first-start",
    rule: Some("T-1"),
    nb: "Første dag i den tidligere LIS1-tjenesten",
    nn: "Første dag i den tidlegare LIS1-tenesta",
    en: "First day of the earlier LIS1 service",
};

/// `form.eligibility.field.first-start.help`.
pub static FIELD_FIRST_START_HELP: MessageDef = MessageDef {
    code: "form.eligibility.field.first-start.help",
    rule: Some("T-1"),
    nb: "Brukes for minstetiden på 6,5 år når datoen for autorisasjon ikke er oppgitt.",
    nn: "Blir brukt for minstetida på 6,5 år når datoen for autorisasjon ikkje er oppgitt.",
    en: "Used for the 6.5-year minimum when the date of authorisation is not given.",
};

/// `form.eligibility.make-up.legend`.
pub static MAKE_UP_LEGEND: MessageDef = MessageDef {
    code: "form.eligibility.make-up.legend",
    rule: Some("B-14"),
    nb: "Fravær som ennå må tas igjen",
    nn: "Fråvær som enno må takast att",
    en: "Absence still to be made up",
};

/// `form.eligibility.make-up.help`.
pub static MAKE_UP_HELP: MessageDef = MessageDef {
    code: "form.eligibility.make-up.help",
    rule: Some("B-14"),
    nb: "Dager med fravær over grensen som ikke er tatt igjen ennå, per del. Del 1 er ikke fullført før de er tatt igjen.",
    nn: "Dagar med fråvær over grensa som ikkje er tekne att enno, per del. Del 1 er ikkje fullført før dei er tekne att.",
    en: "Days of absence above the allowance not yet made up, per part. Del 1 is not complete until they are made up.",
};

/// `form.eligibility.field.make-up-hospital`.
pub static FIELD_MAKE_UP_HOSPITAL: MessageDef = MessageDef {
    code: "form.eligibility.field.make-up-hospital",
    rule: Some("A-3"),
    nb: "Dager å ta igjen i sykehusdelen",
    nn: "Dagar å ta att i sjukehusdelen",
    en: "Days to make up in the hospital part",
};

/// `form.eligibility.field.make-up-municipal`.
pub static FIELD_MAKE_UP_MUNICIPAL: MessageDef = MessageDef {
    code: "form.eligibility.field.make-up-municipal",
    rule: Some("A-3"),
    nb: "Dager å ta igjen i kommunedelen",
    nn: "Dagar å ta att i kommunedelen",
    en: "Days to make up in the municipal part",
};

/// `form.eligibility.goals.legend`.
pub static GOALS_LEGEND: MessageDef = MessageDef {
    code: "form.eligibility.goals.legend",
    rule: Some("S-9"),
    nb: "Læringsmål i den tidligere LIS1-tjenesten",
    nn: "Læringsmål i den tidlegare LIS1-tenesta",
    en: "Learning goals of the earlier LIS1 service",
};

/// `form.eligibility.goals.help`.
pub static GOALS_HELP: MessageDef = MessageDef {
    code: "form.eligibility.goals.help",
    rule: Some("B-14"),
    nb: "Del 1 er fullført bare når alle læringsmål er godkjent. Det som ikke er krysset av, regnes som ikke godkjent.",
    nn: "Del 1 er fullført berre når alle læringsmål er godkjende. Det som ikkje er kryssa av, blir rekna som ikkje godkjent.",
    en: "Del 1 is complete only when all learning goals are approved. What is not ticked counts as not approved.",
};

/// `form.eligibility.employer.legend`.
pub static EMPLOYER_LEGEND: MessageDef = MessageDef {
    code: "form.eligibility.employer.legend",
    rule: Some("B-20"),
    nb: "Arbeidsgiveren",
    nn: "Arbeidsgivaren",
    en: "The employer",
};

/// `form.eligibility.employer.help`.
pub static EMPLOYER_HELP: MessageDef = MessageDef {
    code: "form.eligibility.employer.help",
    rule: Some("B-20"),
    nb: "Punktene blir en sjekkliste. Det som ikke er krysset av, regnes som ikke bekreftet.",
    nn: "Punkta blir ei sjekkliste. Det som ikkje er kryssa av, blir rekna som ikkje stadfesta.",
    en: "The items become a checklist. Anything not ticked counts as not confirmed.",
};

/// `form.eligibility.field.employer-kind`.
pub static FIELD_EMPLOYER_KIND: MessageDef = MessageDef {
    code: "form.eligibility.field.employer-kind",
    rule: Some("B-20"),
    nb: "Type arbeidsgiver",
    nn: "Type arbeidsgivar",
    en: "Kind of employer",
};

/// `form.eligibility.field.kommune`.
pub static FIELD_KOMMUNE: MessageDef = MessageDef {
    code: "form.eligibility.field.kommune",
    rule: Some("B-25"),
    nb: "Kommune (som ansetter, eller der helseforetaket ligger)",
    nn: "Kommune (som tilset, eller der helseføretaket ligg)",
    en: "Municipality (that hires, or where the health trust is located)",
};

/// `form.eligibility.field.approved-for`.
pub static FIELD_APPROVED_FOR: MessageDef = MessageDef {
    code: "form.eligibility.field.approved-for",
    rule: Some("B-20"),
    nb: "Helseforetaket er godkjent utdanningsvirksomhet for",
    nn: "Helseføretaket er godkjend utdanningsverksemd for",
    en: "The health trust is an approved training institution for",
};

/// `form.eligibility.field.registered-for-allmennmedisin`.
pub static FIELD_REGISTERED: MessageDef = MessageDef {
    code: "form.eligibility.field.registered-for-allmennmedisin",
    rule: Some("B-20"),
    nb: "Kommunen er registrert utdanningsvirksomhet for allmennmedisin",
    nn: "Kommunen er registrert utdanningsverksemd for allmennmedisin",
    en: "The municipality is a registered training institution for general practice",
};

/// `form.eligibility.field.vacancy-from`.
pub static FIELD_VACANCY_FROM: MessageDef = MessageDef {
    code: "form.eligibility.field.vacancy-from",
    rule: Some("B-21"),
    nb: "LIS3-/ALIS-stillingen er ledig fra",
    nn: "LIS3-/ALIS-stillinga er ledig frå",
    en: "The LIS3/ALIS post is vacant from",
};

/// `form.eligibility.field.vacancy-from.help`.
pub static FIELD_VACANCY_HELP: MessageDef = MessageDef {
    code: "form.eligibility.field.vacancy-from.help",
    rule: Some("B-21"),
    nb: "Stillingen må være ledig når LIS1 er ferdig, 18 måneder etter start (om lag 1,5–2 år etter ansettelsen).",
    nn: "Stillinga må vere ledig når LIS1 er ferdig, 18 månader etter start (om lag 1,5–2 år etter tilsetjinga).",
    en: "The post must be vacant when LIS1 ends, 18 months after the start (about 1.5–2 years after hiring).",
};

/// `form.eligibility.field.fixed-salary`.
pub static FIELD_FIXED_SALARY: MessageDef = MessageDef {
    code: "form.eligibility.field.fixed-salary",
    rule: Some("B-24"),
    nb: "Fastlønnet stilling (ikke næringsdrift)",
    nn: "Fastløna stilling (ikkje næringsdrift)",
    en: "Salaried post (not self-employed practice)",
};

/// `form.eligibility.field.recruitment-weak`.
pub static FIELD_RECRUITMENT_WEAK: MessageDef = MessageDef {
    code: "form.eligibility.field.recruitment-weak",
    rule: Some("B-24"),
    nb: "Rekrutteringssvak kommune",
    nn: "Rekrutteringssvak kommune",
    en: "Municipality with weak recruitment",
};

/// `form.eligibility.field.supervision-capacity`.
pub static FIELD_SUPERVISION: MessageDef = MessageDef {
    code: "form.eligibility.field.supervision-capacity",
    rule: Some("B-24"),
    nb: "Kan gi god veiledning",
    nn: "Kan gi god rettleiing",
    en: "Can offer good supervision",
};

/// `form.eligibility.field.advertisement-states-criteria`.
pub static FIELD_ADVERTISEMENT: MessageDef = MessageDef {
    code: "form.eligibility.field.advertisement-states-criteria",
    rule: Some("B-23"),
    nb: "Utlysningen sier at stillingene er koblet, og hvordan søkerne vurderes",
    nn: "Utlysinga seier at stillingane er kopla, og korleis søkjarane blir vurderte",
    en: "The advertisement states that the posts are combined and how applicants are assessed",
};

/// `form.eligibility.field.lis3-post-advertised-publicly`.
pub static FIELD_LIS3_PUBLIC: MessageDef = MessageDef {
    code: "form.eligibility.field.lis3-post-advertised-publicly",
    rule: Some("B-22"),
    nb: "LIS3-/ALIS-stillingen er lyst ut offentlig",
    nn: "LIS3-/ALIS-stillinga er lyst ut offentleg",
    en: "The LIS3/ALIS post is advertised publicly",
};

/// `form.eligibility.round.legend`.
pub static ROUND_LEGEND: MessageDef = MessageDef {
    code: "form.eligibility.round.legend",
    rule: Some("B-2"),
    nb: "Søknadsrunde",
    nn: "Søknadsrunde",
    en: "Application round",
};

/// `form.eligibility.field.round`.
pub static FIELD_ROUND: MessageDef = MessageDef {
    code: "form.eligibility.field.round",
    rule: Some("B-2"),
    nb: "LIS1 starter",
    nn: "LIS1 startar",
    en: "LIS1 starts",
};

/// `form.eligibility.field.round.help`.
pub static FIELD_ROUND_HELP: MessageDef = MessageDef {
    code: "form.eligibility.field.round.help",
    rule: Some("B-2"),
    nb: "Rundens felles startdato: 1. mars eller 1. september. Gir tidslinjen for hele løpet.",
    nn: "Felles startdato for runden: 1. mars eller 1. september. Gir tidslinja for heile løpet.",
    en: "The round's common start date: 1 March or 1 September. Gives the timeline of the whole path.",
};

/// `form.eligibility.options.legend`.
pub static OPTIONS_LEGEND: MessageDef = MessageDef {
    code: "form.eligibility.options.legend",
    rule: Some("P-1"),
    nb: "Forslag (av som standard)",
    nn: "Framlegg (av som standard)",
    en: "Proposals (off by default)",
};

/// `form.choice.specialty.allmennmedisin`.
pub static CHOICE_ALLMENNMEDISIN: MessageDef = MessageDef {
    code: "form.choice.specialty.allmennmedisin",
    rule: Some("B-1"),
    nb: "Allmennmedisin (ALIS i kommune)",
    nn: "Allmennmedisin (ALIS i kommune)",
    en: "General practice (ALIS in a municipality)",
};

/// `form.choice.specialty.psykiatri`.
pub static CHOICE_PSYKIATRI: MessageDef = MessageDef {
    code: "form.choice.specialty.psykiatri",
    rule: Some("B-1"),
    nb: "Psykiatri",
    nn: "Psykiatri",
    en: "Psychiatry",
};

/// `form.choice.specialty.bup`.
pub static CHOICE_BUP: MessageDef = MessageDef {
    code: "form.choice.specialty.bup",
    rule: Some("B-1"),
    nb: "Barne- og ungdomspsykiatri (BUP)",
    nn: "Barne- og ungdomspsykiatri (BUP)",
    en: "Child and adolescent psychiatry (BUP)",
};

/// `form.choice.exemption.foreign-del1`.
pub static CHOICE_FOREIGN_DEL1: MessageDef = MessageDef {
    code: "form.choice.exemption.foreign-del1",
    rule: Some("S-12"),
    nb: "Tilsvarende tjeneste i utlandet med alle læringsmål i del 1 oppnådd",
    nn: "Tilsvarande teneste i utlandet med alle læringsmåla i del 1 oppnådde",
    en: "Equivalent service abroad with all del 1 learning goals achieved",
};

/// `form.choice.exemption.half-specialist-abroad`.
pub static CHOICE_HALF_ABROAD: MessageDef = MessageDef {
    code: "form.choice.exemption.half-specialist-abroad",
    rule: Some("S-12"),
    nb: "Minst halvparten av en spesialistutdanning gjennomført i utlandet",
    nn: "Minst halvparten av ei spesialistutdanning gjennomført i utlandet",
    en: "At least half of a specialist education completed abroad",
};

/// `form.choice.exemption.eea-before-2019`.
pub static CHOICE_EEA: MessageDef = MessageDef {
    code: "form.choice.exemption.eea-before-2019",
    rule: Some("S-12"),
    nb: "EU/EØS-autorisert og startet spesialisering som LIS før 1. mars 2019",
    nn: "EU/EØS-autorisert og starta spesialisering som LIS før 1. mars 2019",
    en: "EU/EEA-authorised and started specialising as LIS before 1 March 2019",
};

/// `form.choice.employer-kind.helseforetak`.
pub static CHOICE_HELSEFORETAK: MessageDef = MessageDef {
    code: "form.choice.employer-kind.helseforetak",
    rule: Some("B-20"),
    nb: "Helseforetak / sykehus (psykiatri, BUP)",
    nn: "Helseføretak / sjukehus (psykiatri, BUP)",
    en: "Health trust / hospital (psychiatry, BUP)",
};

/// `form.choice.employer-kind.kommune`.
pub static CHOICE_KOMMUNE: MessageDef = MessageDef {
    code: "form.choice.employer-kind.kommune",
    rule: Some("B-20"),
    nb: "Kommune (allmennmedisin)",
    nn: "Kommune (allmennmedisin)",
    en: "Municipality (general practice)",
};

/// `form.eligibility.preset.psykiatri-2022`.
pub static PRESET_PSYKIATRI: MessageDef = MessageDef {
    code: "form.eligibility.preset.psykiatri-2022",
    rule: Some("B-1"),
    nb: "Eksempel: bundet psykiatriløp fra 1.9.2022 ved godkjent helseforetak",
    nn: "Døme: bunde psykiatriløp frå 1.9.2022 ved godkjent helseføretak",
    en: "Example: bound psychiatry path from 2022-09-01 at an approved health trust",
};

/// `form.eligibility.preset.allmennmedisin-bodo`.
pub static PRESET_BODO: MessageDef = MessageDef {
    code: "form.eligibility.preset.allmennmedisin-bodo",
    rule: Some("B-1"),
    nb: "Eksempel: allmennmedisin i Bodø kommune fra 1.9.2026",
    nn: "Døme: allmennmedisin i Bodø kommune frå 1.9.2026",
    en: "Example: general practice in Bodø municipality from 2026-09-01",
};

/// Every text of this form.
pub static ALL: &[&MessageDef] = &[
    &TITLE,
    &SUBMIT,
    &APPLICANT_LEGEND,
    &APPLICANT_HELP,
    &FIELD_AUTHORISED,
    &FIELD_AUTHORISED_HELP,
    &FIELD_AUTHORISED_ON,
    &FIELD_AUTHORISED_ON_HELP,
    &FIELD_SPECIALTY,
    &FIELD_EXEMPTIONS,
    &FIELD_EXEMPTIONS_HELP,
    &LIS1_LEGEND,
    &LIS1_HELP,
    &FIELD_HOSPITAL_MONTHS,
    &FIELD_MUNICIPAL_MONTHS,
    &FIELD_COMPLETE,
    &FIELD_FIRST_START,
    &FIELD_FIRST_START_HELP,
    &MAKE_UP_LEGEND,
    &MAKE_UP_HELP,
    &FIELD_MAKE_UP_HOSPITAL,
    &FIELD_MAKE_UP_MUNICIPAL,
    &GOALS_LEGEND,
    &GOALS_HELP,
    &EMPLOYER_LEGEND,
    &EMPLOYER_HELP,
    &FIELD_EMPLOYER_KIND,
    &FIELD_KOMMUNE,
    &FIELD_APPROVED_FOR,
    &FIELD_REGISTERED,
    &FIELD_VACANCY_FROM,
    &FIELD_VACANCY_HELP,
    &FIELD_FIXED_SALARY,
    &FIELD_RECRUITMENT_WEAK,
    &FIELD_SUPERVISION,
    &FIELD_ADVERTISEMENT,
    &FIELD_LIS3_PUBLIC,
    &ROUND_LEGEND,
    &FIELD_ROUND,
    &FIELD_ROUND_HELP,
    &OPTIONS_LEGEND,
    &CHOICE_ALLMENNMEDISIN,
    &CHOICE_PSYKIATRI,
    &CHOICE_BUP,
    &CHOICE_FOREIGN_DEL1,
    &CHOICE_HALF_ABROAD,
    &CHOICE_EEA,
    &CHOICE_HELSEFORETAK,
    &CHOICE_KOMMUNE,
    &PRESET_PSYKIATRI,
    &PRESET_BODO,
];

#[cfg(test)]
mod tests {
    #[test]
    fn every_text_has_nb_nn_and_en_with_the_same_placeholders() {
        assert_eq!(lis1_core::message::check_catalogue(super::ALL), Vec::<String>::new());
    }
}
