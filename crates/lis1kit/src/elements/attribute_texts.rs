//! The elements' attributes in the words of the people who set them (a
//! kommune's HR officer making a job posting): a label and a help text in nb,
//! nn and en per attribute of the elements' table ([`super::meta`]), and the
//! words for the names a chosen attribute takes (`view="applicant"`).
//!
//! Beside the developer descriptions of `meta`, keyed by attribute name (an
//! attribute has one meaning on every element that takes it). Native only:
//! `tests/custom_elements.rs` writes them into `custom-elements.json` as the
//! extension fields `x-lis1kit-label`, `x-lis1kit-help` and
//! `x-lis1kit-choices` of each attribute, where the site's configurator reads
//! them; the elements never show them, so the wasm does not carry them. A
//! test below checks that every attribute of every element has its texts and
//! that no text is left without an attribute.

use lis1_core::MessageDef;

/// The label and help of one attribute, and the words for its names.
#[derive(Debug)]
pub struct AttributeText {
    /// The attribute's name, as in `meta`.
    pub name: &'static str,
    /// A short label for a form field (no code marks).
    pub label: MessageDef,
    /// One or two sentences: what it does for the person who sets it.
    pub help: MessageDef,
    /// Words for the names the attribute takes, where they are codes a
    /// reader would not know (`employer`, `applicant`); empty otherwise.
    pub choices: &'static [(&'static str, MessageDef)],
}

/// A text of this table: `attr.<name>.<what>`, no rule.
macro_rules! text {
    ($code:literal, $rule:expr, $nb:literal, $nn:literal, $en:literal) => {
        MessageDef { code: $code, rule: $rule, nb: $nb, nn: $nn, en: $en }
    };
}

/// One attribute with a label and help and no choices.
macro_rules! attribute {
    ($name:literal, $label:expr, $help:expr) => {
        AttributeText { name: $name, label: $label, help: $help, choices: &[] }
    };
}

/// Every attribute of every element, in the elements' table order.
pub static ATTRIBUTE_TEXTS: &[AttributeText] = &[
    attribute!(
        "lang",
        text!("attr.lang.label", None, "Språk", "Språk", "Language"),
        text!(
            "attr.lang.help",
            None,
            "Språket kalkulatoren vises på: bokmål, nynorsk eller engelsk. Uten dette følger den språket på siden.",
            "Språket kalkulatoren blir vist på: bokmål, nynorsk eller engelsk. Utan dette følgjer han språket på sida.",
            "The language the calculator is shown in: Bokmål, Nynorsk or English. Without it, it follows the page's language."
        )
    ),
    attribute!(
        "preset",
        text!("attr.preset.label", None, "Eksempel å starte med", "Døme å starte med", "Example to start with"),
        text!(
            "attr.preset.help",
            None,
            "Skjemaet starter utfylt med dette eksempelet. Eksemplene er til demonstrasjon og hører ikke hjemme i en stillingsannonse.",
            "Skjemaet startar utfylt med dette dømet. Døma er til demonstrasjon og høyrer ikkje heime i ei stillingsannonse.",
            "The form starts filled in with this example. The examples are for demonstration and do not belong in a job posting."
        )
    ),
    attribute!(
        "rules-href",
        text!("attr.rules-href.label", None, "Lenke til regelsiden", "Lenkje til regelsida", "Link to the rules page"),
        text!(
            "attr.rules-href.help",
            None,
            "Adressen til en side på deres eget nettsted med regeloversikten (for eksempel regler.html). Regel-ID-ene i svaret lenker dit; uten den vises regelens sammendrag når man peker på ID-en.",
            "Adressa til ei side på det eigne nettstaden dykkar med regeloversikta (til dømes regler.html). Regel-ID-ane i svaret lenkjer dit; utan ho blir samandraget av regelen vist når ein peikar på ID-en.",
            "The address of a page on your own site with the rules overview (e.g. regler.html). The rule ids in the answer link there; without it, a rule's summary shows when pointing at its id."
        )
    ),
    attribute!(
        "for",
        text!("attr.for.label", None, "Bruker skjemaet til", "Bruker skjemaet til", "Uses the form of"),
        text!(
            "attr.for.help",
            None,
            "ID-en til et annet lis1-element lenger opp på siden. Dette elementet bruker opplysningene fra det skjemaet i stedet for et eget.",
            "ID-en til eit anna lis1-element lenger oppe på sida. Dette elementet bruker opplysningane frå det skjemaet i staden for eit eige.",
            "The id of another lis1 element further up the page. This element uses the details of that form instead of its own."
        )
    ),
    attribute!(
        "name",
        text!("attr.name.label", None, "Navn i sidens skjema", "Namn i skjemaet på sida", "Name in the page's form"),
        text!(
            "attr.name.help",
            None,
            "Med et navn sendes svaret med når sidens eget skjema sendes inn.",
            "Med eit namn blir svaret sendt med når det eigne skjemaet på sida blir sendt inn.",
            "With a name, the answer is sent along when the page's own form is submitted."
        )
    ),
    AttributeText {
        name: "voice",
        label: text!("attr.voice.label", None, "Hvem svarene snakker til", "Kven svara snakkar til", "Whom the answers speak to"),
        help: text!(
            "attr.voice.help",
            None,
            "På en side for legen selv sier svaret «Du mangler 3 måneder i sykehus.». På en side for HR sier det «Legen mangler 3 måneder i sykehus.». Uten valg snakker svarene til legen som «du».",
            "På ei side for legen sjølv seier svaret «Du manglar 3 månader i sjukehus.». På ei side for HR seier det «Legen manglar 3 månader i sjukehus.». Utan val snakkar svara til legen som «du».",
            "On a page for the doctor, the answer says \"You still lack 3 months in hospital.\". On an HR page it says \"The doctor still lacks 3 months in hospital.\". Without a choice, the answers speak to the doctor."
        ),
        choices: &[
            ("you", text!("attr.voice.you", None, "Legen selv («du»)", "Legen sjølv («du»)", "The doctor (\"you\")")),
            ("doctor", text!("attr.voice.doctor", None, "HR (om legen)", "HR (om legen)", "HR (about the doctor)")),
        ],
    },
    AttributeText {
        name: "specialty",
        label: text!("attr.specialty.label", Some("B-1"), "Spesialitet", "Spesialitet", "Specialty"),
        help: text!(
            "attr.specialty.help",
            Some("B-1"),
            "Spesialiteten den bundne stillingen fører fram til.",
            "Spesialiteten den bundne stillinga fører fram til.",
            "The specialty the bound position leads to."
        ),
        choices: &[
            ("allmennmedisin", text!("attr.specialty.allmennmedisin", Some("B-1"), "Allmennmedisin", "Allmennmedisin", "General practice (allmennmedisin)")),
            ("psykiatri", text!("attr.specialty.psykiatri", Some("B-1"), "Psykiatri", "Psykiatri", "Psychiatry (psykiatri)")),
            (
                "bup",
                text!(
                    "attr.specialty.bup",
                    Some("B-1"),
                    "Barne- og ungdomspsykiatri (BUP)",
                    "Barne- og ungdomspsykiatri (BUP)",
                    "Child and adolescent psychiatry (BUP)"
                ),
            ),
        ],
    },
    attribute!(
        "round",
        text!("attr.round.label", Some("B-2"), "Oppstart (LIS1-runde)", "Oppstart (LIS1-runde)", "Start (LIS1 round)"),
        text!(
            "attr.round.help",
            Some("B-2"),
            "Dagen stillingen starter: 1. mars eller 1. september, når de felles LIS1-rundene starter.",
            "Dagen stillinga startar: 1. mars eller 1. september, når dei felles LIS1-rundane startar.",
            "The day the position starts: 1 March or 1 September, when the common LIS1 rounds start."
        )
    ),
    attribute!(
        "employer",
        text!("attr.employer.label", Some("B-25"), "Type arbeidsgiver", "Type arbeidsgivar", "Kind of employer"),
        text!(
            "attr.employer.help",
            Some("B-25"),
            "Om det er en kommune eller et helseforetak som ansetter.",
            "Om det er ein kommune eller eit helseføretak som tilset.",
            "Whether a kommune or a health trust (helseforetak) is hiring."
        )
    ),
    attribute!(
        "kommune",
        text!("attr.kommune.label", None, "Kommune", "Kommune", "Kommune (municipality)"),
        text!(
            "attr.kommune.help",
            None,
            "Kommunen stillingen hører til, med kommunenummeret fra 2024 (for eksempel 1804 for Bodø).",
            "Kommunen stillinga høyrer til, med kommunenummeret frå 2024 (til dømes 1804 for Bodø).",
            "The kommune the position belongs to, by its 2024 number (e.g. 1804 for Bodø)."
        )
    ),
    attribute!(
        "registered",
        text!(
            "attr.registered.label",
            Some("B-20"),
            "Kommunen er registrert utdanningsvirksomhet i allmennmedisin",
            "Kommunen er registrert utdanningsverksemd i allmennmedisin",
            "The kommune is a registered training provider in general practice"
        ),
        text!(
            "attr.registered.help",
            Some("B-20"),
            "Bare registrerte kommuner kan tilby bundne stillinger i allmennmedisin. Søkeren ser ikke dette selv.",
            "Berre registrerte kommunar kan tilby bundne stillingar i allmennmedisin. Søkjaren ser ikkje dette sjølv.",
            "Only registered kommuner may offer bound positions in general practice. The applicant does not see this themselves."
        )
    ),
    attribute!(
        "vacancy-from",
        text!(
            "attr.vacancy-from.label",
            Some("B-21"),
            "Ledig ALIS/LIS3-stilling fra",
            "Ledig ALIS/LIS3-stilling frå",
            "Vacant ALIS/LIS3 post from"
        ),
        text!(
            "attr.vacancy-from.help",
            Some("B-21"),
            "Dagen man kan tiltre den faste stillingen etter LIS1. Den må være ledig senest når LIS1 er ferdig, om lag 18 måneder etter oppstart.",
            "Dagen ein kan tiltre den faste stillinga etter LIS1. Ho må vere ledig seinast når LIS1 er ferdig, om lag 18 månader etter oppstart.",
            "The day the post after LIS1 can be taken up. It must be vacant by the time LIS1 ends, about 18 months after the start."
        )
    ),
    attribute!(
        "fixed-salary",
        text!("attr.fixed-salary.label", Some("B-24"), "Fastlønn", "Fastløn", "Fixed salary"),
        text!(
            "attr.fixed-salary.help",
            Some("B-24"),
            "Ja hvis stillingen etter LIS1 er fastlønnet (det vanlige), nei ved næringsdrift.",
            "Ja viss stillinga etter LIS1 er fastløna (det vanlege), nei ved næringsdrift.",
            "Yes if the post after LIS1 has a fixed salary (the usual case), no if it is self-employed (næringsdrift)."
        )
    ),
    attribute!(
        "recruitment-weak",
        text!(
            "attr.recruitment-weak.label",
            Some("B-24"),
            "Rekrutteringssvak kommune",
            "Rekrutteringssvak kommune",
            "Kommune with weak recruitment"
        ),
        text!(
            "attr.recruitment-weak.help",
            Some("B-24"),
            "Ja hvis kommunen har vansker med å rekruttere leger. Det er ikke et krav, men slike kommuner med god veiledning prioriteres.",
            "Ja viss kommunen har vanskar med å rekruttere legar. Det er ikkje eit krav, men slike kommunar med god rettleiing blir prioriterte.",
            "Yes if the kommune finds it hard to recruit doctors. Not a requirement, but such kommuner with good supervision are prioritised."
        )
    ),
    attribute!(
        "supervision",
        text!(
            "attr.supervision.label",
            Some("B-24"),
            "Kapasitet til veiledning",
            "Kapasitet til rettleiing",
            "Capacity for supervision"
        ),
        text!(
            "attr.supervision.help",
            Some("B-24"),
            "Ja hvis arbeidsgiveren kan gi legen god veiledning gjennom hele løpet.",
            "Ja viss arbeidsgivaren kan gi legen god rettleiing gjennom heile løpet.",
            "Yes if the employer can give the doctor good supervision throughout."
        )
    ),
    attribute!(
        "advertised",
        text!(
            "attr.advertised.label",
            Some("B-23"),
            "Annonsen sier hvordan søkerne vurderes",
            "Annonsen seier korleis søkjarane blir vurderte",
            "The advertisement says how applicants are assessed"
        ),
        text!(
            "attr.advertised.help",
            Some("B-23"),
            "Ja hvis annonsen sier at stillingene er koblet sammen og hva søkerne vurderes etter (særlig om tilknytning eller motivasjon teller).",
            "Ja viss annonsen seier at stillingane er kopla saman og kva søkjarane blir vurderte etter (særleg om tilknyting eller motivasjon tel).",
            "Yes if the advertisement says the positions are combined and what applicants are assessed on (especially whether ties or motivation count)."
        )
    ),
    attribute!(
        "lis3-public",
        text!(
            "attr.lis3-public.label",
            Some("B-22"),
            "ALIS/LIS3-stillingen er lyst ut offentlig",
            "ALIS/LIS3-stillinga er lyst ut offentleg",
            "The ALIS/LIS3 post is advertised publicly"
        ),
        text!(
            "attr.lis3-public.help",
            Some("B-22"),
            "Ja hvis den faste stillingen etter LIS1 er lyst ut offentlig, samtidig med eller før denne.",
            "Ja viss den faste stillinga etter LIS1 er lyst ut offentleg, samtidig med eller før denne.",
            "Yes if the post after LIS1 is advertised publicly, at the same time as this one or before."
        )
    ),
    AttributeText {
        name: "view",
        label: text!("attr.view.label", None, "Hvem kalkulatoren er for", "Kven kalkulatoren er for", "Who the calculator is for"),
        help: text!(
            "attr.view.help",
            None,
            "I en stillingsannonse: søkerne. De ser bare sine egne spørsmål, og arbeidsgiverens opplysninger hentes herfra. Uten valg vises også arbeidsgiverens del og sjekkliste.",
            "I ei stillingsannonse: søkjarane. Dei ser berre sine eigne spørsmål, og opplysningane til arbeidsgivaren blir henta herifrå. Utan val blir òg delen og sjekklista til arbeidsgivaren vist.",
            "In a job posting: the applicants. They see only their own questions, and the employer's details are taken from here. Without a choice, the employer's part and checklist are shown too."
        ),
        choices: &[
            ("employer", text!("attr.view.employer", None, "Arbeidsgiveren", "Arbeidsgivaren", "The employer")),
            (
                "applicant",
                text!(
                    "attr.view.applicant",
                    None,
                    "Søkerne (stillingsannonse)",
                    "Søkjarane (stillingsannonse)",
                    "Applicants (job posting)"
                ),
            ),
        ],
    },
    attribute!(
        "start",
        text!("attr.start.label", None, "Oppstart", "Oppstart", "Start"),
        text!(
            "attr.start.help",
            None,
            "Dagen den første stillingen starter; kostnaden fordeles på budsjettår fra denne dagen.",
            "Dagen den første stillinga startar; kostnaden blir fordelt på budsjettår frå denne dagen.",
            "The day the first position starts; the cost is spread over budget years from this day."
        )
    ),
    attribute!(
        "section",
        text!("attr.section.label", None, "Del av regeltabellen", "Del av regeltabellen", "Part of the rule table"),
        text!(
            "attr.section.help",
            None,
            "Bare reglene i én del: 1 tjenestetid, 2 fravær, 3 løpet videre, 4 bundne stillinger, 5 kostnader.",
            "Berre reglane i éin del: 1 tenestetid, 2 fråvær, 3 løpet vidare, 4 bundne stillingar, 5 kostnader.",
            "Only the rules of one part: 1 service time, 2 absence, 3 the path after, 4 bound positions, 5 costs."
        )
    ),
];

/// The texts of the attribute `name`.
pub fn of(name: &str) -> Option<&'static AttributeText> {
    ATTRIBUTE_TEXTS.iter().find(|t| t.name == name)
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::indexing_slicing)]
    use super::*;
    use std::collections::BTreeSet;

    #[test]
    fn every_attribute_of_every_element_has_a_label_and_help_and_no_text_is_left_over() {
        let names: BTreeSet<&str> =
            crate::elements::described().flat_map(|(el, _)| el.attributes()).map(|a| a.name).collect();
        let texts: Vec<&str> = ATTRIBUTE_TEXTS.iter().map(|t| t.name).collect();
        let text_set: BTreeSet<&str> = texts.iter().copied().collect();
        assert_eq!(texts.len(), text_set.len(), "one entry per attribute: {texts:?}");
        assert_eq!(names, text_set);
    }

    #[test]
    fn the_texts_are_a_sound_catalogue_in_three_languages() {
        let all: Vec<&MessageDef> = ATTRIBUTE_TEXTS
            .iter()
            .flat_map(|t| [&t.label, &t.help].into_iter().chain(t.choices.iter().map(|(_, m)| m)))
            .collect();
        assert_eq!(lis1_core::message::check_catalogue(&all), Vec::<String>::new());
        for t in ATTRIBUTE_TEXTS {
            // Labels are short (a field's label), help a sentence or two; neither shows code marks.
            for m in [&t.label, &t.help] {
                for text in [m.nb, m.nn, m.en] {
                    assert!(!text.contains('`') && !text.trim().is_empty(), "{}: {text:?}", m.code);
                }
            }
            assert!(t.label.nb.chars().count() <= 70, "{}: a label, not a sentence", t.label.code);
            assert!(t.help.nb.ends_with('.'), "{}: a sentence", t.help.code);
        }
    }

    #[test]
    fn nynorsk_has_none_of_the_bokmal_forms_a_reader_notices_first() {
        // As www/texts.js is checked (tests/node/site-texts.test.mjs): nn writes ikkje, kva, korleis, eg, vere,
        // kvart, lastar, køyrer, utrekning.
        let bokmal = ["ikke", "hva", "hvordan", "jeg", "være", "hvert", "laster", "kjører", "beregn", "hvis", "også"];
        for t in ATTRIBUTE_TEXTS {
            for m in [&t.label, &t.help].into_iter().chain(t.choices.iter().map(|(_, m)| m)) {
                let words: Vec<String> = m.nn.split(|c: char| !c.is_alphanumeric()).map(str::to_lowercase).collect();
                for word in bokmal {
                    assert!(
                        !words.iter().any(|w| w == word || (word == "beregn" && w.starts_with(word))),
                        "{}: {word}",
                        m.code
                    );
                }
            }
        }
    }

    #[test]
    fn choices_name_exactly_the_names_the_attribute_takes() {
        // view: 'employer' | 'applicant' (meta); specialty: the bound specialties of B-1.
        let view: Vec<&str> = of("view").unwrap().choices.iter().map(|(v, _)| *v).collect();
        assert_eq!(view, ["employer", "applicant"]);
        // voice: 'you' | 'doctor' (meta, the service elements).
        let voice: Vec<&str> = of("voice").unwrap().choices.iter().map(|(v, _)| *v).collect();
        assert_eq!(voice, ["you", "doctor"]);
        let specialty: Vec<&str> = of("specialty").unwrap().choices.iter().map(|(v, _)| *v).collect();
        assert_eq!(specialty, ["allmennmedisin", "psykiatri", "bup"]);
    }
}
