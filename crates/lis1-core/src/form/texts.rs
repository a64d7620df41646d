//! Texts every form shares (nb, nn, en): the parts, the position percentage,
//! the options section, units and the out-of-date note. Each calculation
//! crate keeps its own form texts beside its form (`<crate>::form::texts`).

use crate::MessageDef;

/// `form.result.stale`: shown above a result once the form is edited (the
/// element's form value is cleared with it).
pub static RESULT_STALE: MessageDef = MessageDef {
    code: "form.result.stale",
    rule: None,
    nb: "Svaret under gjelder ikke endringene du har gjort. Beregn på nytt for et oppdatert svar.",
    nn: "Svaret under gjeld ikkje endringane du har gjort. Rekn ut på nytt for eit oppdatert svar.",
    en: "The answer below does not include your changes. Calculate again for an updated answer.",
};

/// `form.field.part`.
pub static FIELD_PART: MessageDef =
    MessageDef { code: "form.field.part", rule: Some("S-1"), nb: "Del", nn: "Del", en: "Part" };

/// `form.field.percent`.
pub static FIELD_PERCENT: MessageDef = MessageDef {
    code: "form.field.percent",
    rule: Some("S-4"),
    nb: "Stillingsprosent",
    nn: "Stillingsprosent",
    en: "Position percentage",
};

/// `form.field.percent.help`.
pub static FIELD_PERCENT_HELP: MessageDef = MessageDef {
    code: "form.field.percent.help",
    rule: Some("S-4"),
    nb: "Deltid forlenger tjenesten tilsvarende: 80 % gir 15 måneder for 12.",
    nn: "Deltid forlengjer tenesta tilsvarande: 80 % gir 15 månader for 12.",
    en: "Part-time lengthens the service in proportion: 80 % takes 15 months for 12.",
};

/// `form.options.legend`.
pub static OPTIONS_LEGEND: MessageDef = MessageDef {
    code: "form.options.legend",
    rule: None,
    nb: "Valg for uavklarte regler",
    nn: "Val for uavklara reglar",
    en: "Options for unsettled rules",
};

/// `form.options.help`.
pub static OPTIONS_HELP: MessageDef = MessageDef {
    code: "form.options.help",
    rule: None,
    nb: "Kildene avgjør ikke disse spørsmålene. Standardvalgene er forhåndsvalgt, og resultatet viser hvilke som er brukt.",
    nn: "Kjeldene avgjer ikkje desse spørsmåla. Standardvala er førehandsvalde, og resultatet viser kva som er brukt.",
    en: "The sources do not settle these questions. The defaults are preselected, and the result shows which were used.",
};

/// `form.choice.part.hospital`.
pub static CHOICE_HOSPITAL: MessageDef = MessageDef {
    code: "form.choice.part.hospital",
    rule: Some("S-1"),
    nb: "Sykehusdelen (12 måneder)",
    nn: "Sjukehusdelen (12 månader)",
    en: "Hospital part (12 months)",
};

/// `form.choice.part.municipal`.
pub static CHOICE_MUNICIPAL: MessageDef = MessageDef {
    code: "form.choice.part.municipal",
    rule: Some("S-1"),
    nb: "Kommunedelen (6 måneder)",
    nn: "Kommunedelen (6 månader)",
    en: "Municipal part (6 months)",
};

/// `form.unit.days`.
pub static UNIT_DAYS: MessageDef =
    MessageDef { code: "form.unit.days", rule: None, nb: "dager", nn: "dagar", en: "days" };

/// `form.unit.months`.
pub static UNIT_MONTHS: MessageDef =
    MessageDef { code: "form.unit.months", rule: None, nb: "måneder", nn: "månader", en: "months" };

/// The texts of this file.
pub static ALL: &[&MessageDef] = &[
    &RESULT_STALE,
    &FIELD_PART,
    &FIELD_PERCENT,
    &FIELD_PERCENT_HELP,
    &OPTIONS_LEGEND,
    &OPTIONS_HELP,
    &CHOICE_HOSPITAL,
    &CHOICE_MUNICIPAL,
    &UNIT_DAYS,
    &UNIT_MONTHS,
];

#[cfg(test)]
mod tests {
    #[test]
    fn every_shared_form_text_has_nb_nn_and_en_with_the_same_placeholders() {
        assert_eq!(crate::message::check_catalogue(super::ALL), Vec::<String>::new());
    }
}
