//! The service form's texts: labels, help, choices, buttons (nb, nn, en),
//! one entry each. The texts every form shares (part, percent, options,
//! units) are lis1-core's (`lis1_core::form::texts`).

use lis1_core::MessageDef;

/// `form.service.title`.
pub static SERVICE_TITLE: MessageDef = MessageDef {
    code: "form.service.title",
    rule: None,
    nb: "Gjenstående tjeneste i LIS1",
    nn: "Attverande teneste i LIS1",
    en: "Remaining LIS1 service",
};

/// `form.service.submit`.
pub static SERVICE_SUBMIT: MessageDef =
    MessageDef { code: "form.service.submit", rule: None, nb: "Beregn", nn: "Rekn ut", en: "Calculate" };

/// `form.periods.legend`.
pub static PERIODS_LEGEND: MessageDef = MessageDef {
    code: "form.periods.legend",
    rule: Some("S-1"),
    nb: "Tjenesteperioder",
    nn: "Tenesteperiodar",
    en: "Service periods",
};

/// `form.periods.help`.
pub static PERIODS_HELP: MessageDef = MessageDef {
    code: "form.periods.help",
    rule: Some("S-7"),
    nb: "Alle perioder i LIS1-stillinger, også reststillinger. Datoene er med begge ender.",
    nn: "Alle periodar i LIS1-stillingar, også reststillingar. Datoane er med i begge endar.",
    en: "Every period in LIS1 positions, reststillinger included. Both dates are inclusive.",
};

/// `form.periods.item`.
pub static PERIOD_ITEM: MessageDef =
    MessageDef { code: "form.periods.item", rule: None, nb: "Periode {n}", nn: "Periode {n}", en: "Period {n}" };

/// `form.periods.add`.
pub static PERIOD_ADD: MessageDef = MessageDef {
    code: "form.periods.add",
    rule: None,
    nb: "Legg til periode",
    nn: "Legg til periode",
    en: "Add period",
};

/// `form.periods.remove`.
pub static PERIOD_REMOVE: MessageDef = MessageDef {
    code: "form.periods.remove",
    rule: None,
    nb: "Fjern periode",
    nn: "Fjern periode",
    en: "Remove period",
};

/// `form.field.start`.
pub static FIELD_START: MessageDef =
    MessageDef { code: "form.field.start", rule: None, nb: "Fra og med", nn: "Frå og med", en: "From" };

/// `form.field.end`.
pub static FIELD_END: MessageDef =
    MessageDef { code: "form.field.end", rule: None, nb: "Til og med", nn: "Til og med", en: "To" };

/// `form.field.position`.
pub static FIELD_POSITION: MessageDef = MessageDef {
    code: "form.field.position",
    rule: Some("S-6"),
    nb: "Stillingstype",
    nn: "Stillingstype",
    en: "Position type",
};

/// `form.field.rotation`.
pub static FIELD_ROTATION: MessageDef = MessageDef {
    code: "form.field.rotation",
    rule: Some("S-3"),
    nb: "Rotasjon (valgfri)",
    nn: "Rotasjon (valfri)",
    en: "Rotation (optional)",
};

/// `form.absences.legend`.
pub static ABSENCES_LEGEND: MessageDef =
    MessageDef { code: "form.absences.legend", rule: Some("A-3"), nb: "Fravær", nn: "Fråvær", en: "Absence" };

/// `form.absences.help`.
pub static ABSENCES_HELP: MessageDef = MessageDef {
    code: "form.absences.help",
    rule: Some("A-3"),
    nb: "Oppgi fravær som datoer eller som antall dager. Permisjon, også lang foreldrepermisjon, er fravær: før den opp her, ikke som et opphold mellom periodene. Da dekker fraværsgrensen (12 dager i sykehus, 6 i kommunen) de første dagene. Som opphold brukes ikke grensen, og tjenesten blir ferdig omtrent så mange arbeidsdager senere. Helseopplysninger blir i nettleseren.",
    nn: "Oppgi fråvær som datoar eller som tal på dagar. Permisjon, også lang foreldrepermisjon, er fråvær: før han opp her, ikkje som eit opphald mellom periodane. Då dekkjer fråværsgrensa (12 dagar i sjukehus, 6 i kommunen) dei første dagane. Som opphald blir ikkje grensa brukt, og tenesta blir ferdig omtrent så mange arbeidsdagar seinare. Helseopplysningar blir i nettlesaren.",
    en: "Give absence as dates or as a number of days. Leave, long parental leave included, is absence: enter it here, not as a gap between periods. The absence allowance (12 days in hospital, 6 in the kommune) then covers its first days. As a gap the allowance is not used, and the service ends about that many working days later. Health data stays in your browser.",
};

/// `form.absences.item`.
pub static ABSENCE_ITEM: MessageDef =
    MessageDef { code: "form.absences.item", rule: None, nb: "Fravær {n}", nn: "Fråvær {n}", en: "Absence {n}" };

/// `form.absences.add`.
pub static ABSENCE_ADD: MessageDef = MessageDef {
    code: "form.absences.add",
    rule: None,
    nb: "Legg til fravær",
    nn: "Legg til fråvær",
    en: "Add absence",
};

/// `form.absences.remove`.
pub static ABSENCE_REMOVE: MessageDef = MessageDef {
    code: "form.absences.remove",
    rule: None,
    nb: "Fjern fravær",
    nn: "Fjern fråvær",
    en: "Remove absence",
};

/// `form.field.kind`.
pub static FIELD_KIND: MessageDef = MessageDef {
    code: "form.field.kind",
    rule: Some("A-3"),
    nb: "Type fravær",
    nn: "Type fråvær",
    en: "Kind of absence",
};

/// `form.field.absence-start`.
pub static FIELD_ABSENCE_START: MessageDef = MessageDef {
    code: "form.field.absence-start",
    rule: None,
    nb: "Fra og med (eller oppgi dager)",
    nn: "Frå og med (eller oppgi dagar)",
    en: "From (or give days)",
};

/// `form.field.absence-end`.
pub static FIELD_ABSENCE_END: MessageDef =
    MessageDef { code: "form.field.absence-end", rule: None, nb: "Til og med", nn: "Til og med", en: "To" };

/// `form.field.days`.
pub static FIELD_DAYS: MessageDef = MessageDef {
    code: "form.field.days",
    rule: Some("A-O2"),
    nb: "Antall dager",
    nn: "Tal på dagar",
    en: "Number of days",
};

/// `form.field.days.help`: which days a number of days is (issue 24 item 8).
pub static FIELD_DAYS_HELP: MessageDef = MessageDef {
    code: "form.field.days.help",
    rule: Some("A-O2"),
    nb: "Arbeidsdager, eller kalenderdager hvis «Dager telles som» er satt til det under valgene. Bare når fraværet ikke har datoer.",
    nn: "Arbeidsdagar, eller kalenderdagar viss «Dagar blir talde som» er sett til det under vala. Berre når fråværet ikkje har datoar.",
    en: "Working days, or calendar days if “Days are counted as” is set so under the options. Only when the absence has no dates.",
};

/// `form.field.covid`.
pub static FIELD_COVID: MessageDef = MessageDef {
    code: "form.field.covid",
    rule: Some("A-4"),
    nb: "Skyldes covid-19-utbruddet",
    nn: "Kjem av covid-19-utbrotet",
    en: "Caused by the covid-19 outbreak",
};

/// `form.goals.legend`.
pub static GOALS_LEGEND: MessageDef = MessageDef {
    code: "form.goals.legend",
    rule: Some("S-9"),
    nb: "Godkjente læringsmål",
    nn: "Godkjende læringsmål",
    en: "Approved learning goals",
};

/// `form.goals.help`.
pub static GOALS_HELP: MessageDef = MessageDef {
    code: "form.goals.help",
    rule: Some("S-9"),
    nb: "Del 1 er ikke fullført før alle læringsmål er godkjent.",
    nn: "Del 1 er ikkje fullført før alle læringsmål er godkjende.",
    en: "Del 1 is not complete until all learning goals are approved.",
};

/// `form.field.goals-hospital`.
pub static FIELD_GOALS_HOSPITAL: MessageDef = MessageDef {
    code: "form.field.goals-hospital",
    rule: Some("S-9"),
    nb: "Alle læringsmål i sykehusdelen er godkjent",
    nn: "Alle læringsmål i sjukehusdelen er godkjende",
    en: "All learning goals of the hospital part are approved",
};

/// `form.field.goals-municipal`.
pub static FIELD_GOALS_MUNICIPAL: MessageDef = MessageDef {
    code: "form.field.goals-municipal",
    rule: Some("S-9"),
    nb: "Alle læringsmål i kommunedelen er godkjent",
    nn: "Alle læringsmål i kommunedelen er godkjende",
    en: "All learning goals of the municipal part are approved",
};

/// `form.plan.legend`.
pub static PLAN_LEGEND: MessageDef =
    MessageDef { code: "form.plan.legend", rule: None, nb: "Videre plan", nn: "Vidare plan", en: "Further plan" };

/// `form.plan.help`.
pub static PLAN_HELP: MessageDef = MessageDef {
    code: "form.plan.help",
    rule: None,
    nb: "Når og i hvilken stillingsprosent neste tjeneste starter; gir beregnet sluttdato.",
    nn: "Når og i kva stillingsprosent neste teneste startar; gir utrekna sluttdato.",
    en: "When and at what percentage the next service starts; gives projected end dates.",
};

/// `form.field.next-start`.
pub static FIELD_NEXT_START: MessageDef = MessageDef {
    code: "form.field.next-start",
    rule: None,
    nb: "Neste tjeneste starter",
    nn: "Neste teneste startar",
    en: "Next service starts",
};

/// `form.field.excess-only`.
pub static FIELD_EXCESS_ONLY: MessageDef = MessageDef {
    code: "form.field.excess-only",
    rule: Some("A-O1"),
    nb: "Bare fravær ut over grensen tas igjen",
    nn: "Berre fråvær ut over grensa blir teke att",
    en: "Only absence above the limit is made up",
};

/// `form.field.day-unit`.
pub static FIELD_DAY_UNIT: MessageDef = MessageDef {
    code: "form.field.day-unit",
    rule: Some("A-O2"),
    nb: "Dager telles som",
    nn: "Dagar blir talde som",
    en: "Days are counted as",
};

/// `form.field.prorate`.
pub static FIELD_PRORATE: MessageDef = MessageDef {
    code: "form.field.prorate",
    rule: Some("A-O3"),
    nb: "Fraværsgrensen reduseres ved deltid",
    nn: "Fråværsgrensa blir redusert ved deltid",
    en: "The absence allowance is reduced for part-time",
};

/// `form.field.covid-end`.
pub static FIELD_COVID_END: MessageDef = MessageDef {
    code: "form.field.covid-end",
    rule: Some("A-O4"),
    nb: "Sluttdato for koronaunntaket (valgfri)",
    nn: "Sluttdato for koronaunntaket (valfri)",
    en: "End date of the covid exception (optional)",
};

/// `form.field.offer-only-missing`.
pub static FIELD_OFFER_ONLY_MISSING: MessageDef = MessageDef {
    code: "form.field.offer-only-missing",
    rule: Some("P-1"),
    nb: "Tilby bare tjenesten som mangler (forslag P-1)",
    nn: "Tilby berre tenesta som manglar (framlegg P-1)",
    en: "Offer only the missing service (proposal P-1)",
};

/// `form.field.regime-at-start`.
pub static FIELD_REGIME_AT_START: MessageDef = MessageDef {
    code: "form.field.regime-at-start",
    rule: Some("A-O5"),
    nb: "Regelverket da delen startet gjelder (deler startet 1.3.–20.6.2019)",
    nn: "Regelverket då delen starta gjeld (delar starta 1.3.–20.6.2019)",
    en: "The rules in force when the part started apply (parts started 2019-03-01..06-20)",
};

/// `form.field.a3-for-old-parts`.
pub static FIELD_A3_FOR_OLD_PARTS: MessageDef = MessageDef {
    code: "form.field.a3-for-old-parts",
    rule: Some("A-O6"),
    nb: "Fraværsreglene fra juni 2019 gjelder også deler startet før mars 2019 som varte til 21. juni 2019 eller senere",
    nn: "Fråværsreglane frå juni 2019 gjeld òg delar starta før mars 2019 som varte til 21. juni 2019 eller seinare",
    en: "The June 2019 absence rules also apply to parts started before March 2019 that lasted until 21 June 2019 or later",
};

/// `form.field.covid-needs-goals`.
pub static FIELD_COVID_NEEDS_GOALS: MessageDef = MessageDef {
    code: "form.field.covid-needs-goals",
    rule: Some("A-O7"),
    nb: "Koronafravær skånes bare i en del der læringsmålene er godkjent",
    nn: "Koronafråvær blir berre skåna i ein del der læringsmåla er godkjende",
    en: "Covid-related absence is spared only in a part whose learning goals are approved",
};

// The position types' labels live with the calculation that names them in its messages (period.not-counting);
// the form uses the same texts.
pub use crate::messages::{CHOICE_COUPLED, CHOICE_EXTRA, CHOICE_FOREIGN, CHOICE_POSTLEGE, CHOICE_RESTSTILLING};

// The absence kinds' labels live with the calculation that names them in its
// messages (absence.unclear-kind); the form uses the same texts.
pub use crate::messages::{
    KIND_ADVANCE, KIND_COURSE, KIND_OTHER, KIND_PARENTAL, KIND_SICK, KIND_SICK_CHILD, KIND_STRIKE, KIND_TIME_OFF,
    KIND_TRANSFERRED, KIND_UNPAID, KIND_VACATION, KIND_WELFARE,
};

/// `form.choice.day-unit.workdays`.
pub static UNIT_WORKDAYS: MessageDef = MessageDef {
    code: "form.choice.day-unit.workdays",
    rule: Some("A-O2"),
    nb: "Arbeidsdager",
    nn: "Arbeidsdagar",
    en: "Working days",
};

/// `form.choice.day-unit.calendar-days`.
pub static UNIT_CALENDAR: MessageDef = MessageDef {
    code: "form.choice.day-unit.calendar-days",
    rule: Some("A-O2"),
    nb: "Kalenderdager",
    nn: "Kalenderdagar",
    en: "Calendar days",
};

/// `form.preset.example-1`.
pub static PRESET_EXAMPLE_1: MessageDef = MessageDef {
    code: "form.preset.example-1",
    rule: Some("S-1"),
    nb: "Eksempel: full LIS1 fra 1.9.2022",
    nn: "Døme: full LIS1 frå 1.9.2022",
    en: "Example: full LIS1 from 2022-09-01",
};

/// `form.preset.example-2`.
pub static PRESET_EXAMPLE_2: MessageDef = MessageDef {
    code: "form.preset.example-2",
    rule: Some("A-3"),
    nb: "Eksempel: 20 dagers sykefravær i sykehusdelen",
    nn: "Døme: 20 dagars sjukefråvær i sjukehusdelen",
    en: "Example: 20 days of sick leave in the hospital part",
};

/// `form.preset.example-4`.
pub static PRESET_EXAMPLE_4: MessageDef = MessageDef {
    code: "form.preset.example-4",
    rule: Some("S-4"),
    nb: "Eksempel: 80 % fra 1.9.2023",
    nn: "Døme: 80 % frå 1.9.2023",
    en: "Example: 80 % from 2023-09-01",
};

/// The texts of this file: the service form's.
pub static ALL: &[&MessageDef] = &[
    &SERVICE_TITLE,
    &SERVICE_SUBMIT,
    &PERIODS_LEGEND,
    &PERIODS_HELP,
    &PERIOD_ITEM,
    &PERIOD_ADD,
    &PERIOD_REMOVE,
    &FIELD_START,
    &FIELD_END,
    &FIELD_POSITION,
    &FIELD_ROTATION,
    &ABSENCES_LEGEND,
    &ABSENCES_HELP,
    &ABSENCE_ITEM,
    &ABSENCE_ADD,
    &ABSENCE_REMOVE,
    &FIELD_KIND,
    &FIELD_ABSENCE_START,
    &FIELD_ABSENCE_END,
    &FIELD_DAYS,
    &FIELD_DAYS_HELP,
    &FIELD_COVID,
    &GOALS_LEGEND,
    &GOALS_HELP,
    &FIELD_GOALS_HOSPITAL,
    &FIELD_GOALS_MUNICIPAL,
    &PLAN_LEGEND,
    &PLAN_HELP,
    &FIELD_NEXT_START,
    &FIELD_EXCESS_ONLY,
    &FIELD_DAY_UNIT,
    &FIELD_PRORATE,
    &FIELD_COVID_END,
    &FIELD_OFFER_ONLY_MISSING,
    &FIELD_REGIME_AT_START,
    &FIELD_A3_FOR_OLD_PARTS,
    &FIELD_COVID_NEEDS_GOALS,
    &CHOICE_COUPLED,
    &CHOICE_RESTSTILLING,
    &CHOICE_EXTRA,
    &CHOICE_POSTLEGE,
    &CHOICE_FOREIGN,
    &KIND_SICK,
    &KIND_SICK_CHILD,
    &KIND_PARENTAL,
    &KIND_WELFARE,
    &KIND_UNPAID,
    &KIND_TRANSFERRED,
    &KIND_ADVANCE,
    &KIND_VACATION,
    &KIND_COURSE,
    &KIND_TIME_OFF,
    &KIND_STRIKE,
    &KIND_OTHER,
    &UNIT_WORKDAYS,
    &UNIT_CALENDAR,
    &PRESET_EXAMPLE_1,
    &PRESET_EXAMPLE_2,
    &PRESET_EXAMPLE_4,
];

#[cfg(test)]
mod tests {
    #[test]
    fn every_service_form_text_has_nb_nn_and_en_with_the_same_placeholders() {
        assert_eq!(lis1_core::message::check_catalogue(super::ALL), Vec::<String>::new());
    }
}
