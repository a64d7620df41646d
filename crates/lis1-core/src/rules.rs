//! The rule catalogue: one row per rule id with its status, source and
//! summary in bokmål, nynorsk and English.
//!
//! Code, tests and messages cite these ids. This table is the single source
//! of the site's rules page (`<lis1-rules>`, which reads the rows in its
//! language from the package's generated `rules-<lang>.js`, written from
//! [`RULES`] by `crates/lis1kit/tests/rule_texts.rs`) and of `docs/rules.md`,
//! which `tests/rules_page.rs` generates from it together with the section
//! titles, the date conventions and the worked examples below; a test checks
//! that every id cited by a message exists here.
//!
//! The summaries are kept out of the wasm modules: code that runs in the
//! browser names only [`IDS`], so the three languages' texts (about 20 KB)
//! are fetched only where rules are shown.

use serde::Serialize;

use crate::Lang;

/// How firm a rule is; [`Status::meaning`] says it in a sentence.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    /// In force per regulation or ministry decision.
    Law,
    /// How employers and Helsedirektoratet apply it.
    Practice,
    /// Recommended in a report; a switch, off by default.
    Proposal,
    /// Not settled by the sources: an option with a documented default.
    Open,
    /// Rejected idea that must not be applied.
    Rejected,
    /// The IS-3030 model for bound positions.
    Model,
    /// A planning feature or calculator duty, not a rule of law.
    Planning,
    /// A dated parameter (amount, rate).
    Parameter,
}

/// One rule of the catalogue.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Rule {
    /// The id, e.g. `S-2`.
    pub id: &'static str,
    /// Section number, 1–5 (see [`SECTIONS`]).
    pub section: u8,
    /// Status word.
    pub status: Status,
    /// Where it comes from: a seed report with line numbers (R-2021 is
    /// Helsedirektoratet's LIS1 evaluation, IS-3030 its model for bound
    /// positions), the regulation, or "—" for a project decision.
    pub source: &'static str,
    /// The rule in one or two sentences, in each language.
    pub summary: Summary,
}

/// A rule's summary in bokmål, nynorsk and English (written for each, not
/// machine-translated: domain terms such as del 1, læringsmål and
/// trygderefusjon stay Norwegian in the English text too).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Summary {
    /// Bokmål.
    pub nb: &'static str,
    /// Nynorsk.
    pub nn: &'static str,
    /// English.
    pub en: &'static str,
}

impl Summary {
    /// The summary in `lang`.
    pub fn get(&self, lang: Lang) -> &'static str {
        match lang {
            Lang::Nb => self.nb,
            Lang::Nn => self.nn,
            Lang::En => self.en,
        }
    }
}

/// The catalogue, one row per rule — `"id", section, Status, "source" => "nb", "nn", "en";` — as
/// [`RULES`] and, without the texts, [`IDS`].
macro_rules! catalogue {
    ($($id:literal, $section:literal, $status:ident, $source:literal => $nb:literal, $nn:literal, $en:literal;)*) => {
        /// Every rule, in catalogue order (by section).
        pub static RULES: &[Rule] = &[$(
            Rule { id: $id, section: $section, status: $status, source: $source, summary: Summary { nb: $nb, nn: $nn, en: $en } },
        )*];

        /// Every rule id, in catalogue order: what the elements' wasm needs to
        /// link a result's rule id (the texts stay out of it).
        pub static IDS: &[&str] = &[$($id,)*];
    };
}

use Status::*;

#[rustfmt::skip]
catalogue! {
    "S-1", 1, Law, "R-2021 l. 3334–3338; IS-3030 l. 122" =>
        "Del 1 er 12 måneder i spesialisthelsetjenesten etterfulgt av 6 måneder i kommunen, til sammen 18 måneder.",
        "Del 1 er 12 månader i spesialisthelsetenesta etterfølgd av 6 månader i kommunen, til saman 18 månader.",
        "Del 1 is 12 months in spesialisthelsetjenesten followed by 6 months in the kommune; 18 months in total.";
    "S-2", 1, Law, "R-2021 l. 2620–2624, 3255–3258 (fn 58), 3420–3422" =>
        "Tjenestetiden i sykehusdelen (12 tellende måneder og eventuelle dager som skal tas igjen) må være fullført før kommunedelen starter; en plan som bryter med dette, er en feil. Læringsmålene i sykehusdelen er et eget vilkår: før de er godkjent, kan kommunen ikke kreve trygderefusjon for legen som LIS1 (en advarsel).",
        "Tenestetida i sjukehusdelen (12 teljande månader og eventuelle dagar som skal takast att) må vere fullført før kommunedelen startar; ein plan som bryt med dette, er ein feil. Læringsmåla i sjukehusdelen er eit eige vilkår: før dei er godkjende, kan ikkje kommunen krevje trygderefusjon for legen som LIS1 (ei åtvaring).",
        "The hospital part's service time (12 counted months and any make-up days owed) must be completed before the municipal part starts; a plan that breaks this is an error. The hospital læringsmål are a separate condition: until they are approved, the kommune cannot claim trygderefusjon for the doctor as a LIS1 (a warning).";
    "S-3", 1, Practice, "R-2021 l. 3385–3389, 4927–4931; IS-3030 l. 749–765" =>
        "Fordelingen av de 12 sykehusmånedene på rotasjoner er opplysninger fra arbeidsgiver; bare samlet tid for delen er et krav.",
        "Fordelinga av dei 12 sjukehusmånadene på rotasjonar er opplysningar frå arbeidsgivaren; berre samla tid for delen er eit krav.",
        "The split of the 12 hospital months into rotations is employer data; only the part total is required.";
    "S-4", 1, Law, "spesialistforskriften § 31 andre ledd; Helsedirektoratet" =>
        "Ved deltid blir tellende tjenestetid redusert i forhold til stillingsprosenten.",
        "Ved deltid blir teljande tenestetid redusert i forhold til stillingsprosenten.",
        "Part-time reduces counted service in proportion to the position percentage.";
    "S-5", 1, Open, "—" =>
        "Ingen minstekrav til stillingsprosent: varsle under 50 %, aldri avvise.",
        "Ingen minstekrav til stillingsprosent: åtvar under 50 %, avvis aldri.",
        "No minimum position percentage; warn below 50 %, never reject.";
    "S-6", 1, Law, "R-2021 l. 1772–1776, 3180–3188; Ylf" =>
        "Bare tjeneste i en LIS1-stilling som er lyst ut i Helsedirektoratets søknadsportal, teller (koblede stillinger og reststillinger); postlegestillinger og praktisk tjeneste fra grunnutdanning i utlandet teller ikke. Ekstra stillinger finansiert av arbeidsgiver er en anbefaling i R-2021 som krever forskriftsendring (ikke P-1).",
        "Berre teneste i ei LIS1-stilling som er lyst ut i søknadsportalen til Helsedirektoratet, tel (kopla stillingar og reststillingar); postlegestillingar og praktisk teneste frå grunnutdanning i utlandet tel ikkje. Ekstra stillingar finansierte av arbeidsgivaren er ei tilråding i R-2021 som krev forskriftsendring (ikkje P-1).",
        "Only service in a LIS1 position advertised in Helsedirektoratet's portal counts (coupled positions and reststillinger); postlege posts and foreign internships do not. Extra positions funded by an employer are a recommendation of R-2021 that needs a regulation change (not P-1).";
    "S-7", 1, Law, "IS-3030 l. 130; R-2021 l. 688–692" =>
        "Del 1 kan settes sammen av flere stillinger (reststillinger).",
        "Del 1 kan setjast saman av fleire stillingar (reststillingar).",
        "Del 1 may be assembled from several positions (reststillinger).";
    "S-8", 1, Law, "R-2021 l. 1903–1905" =>
        "Hele del 1 kan ikke gjennomføres mer enn én gang; enkelte deler kan gjentas.",
        "Heile del 1 kan ikkje gjennomførast meir enn éin gong; einskilde delar kan gjentakast.",
        "The whole del 1 may not be completed more than once; parts may be repeated.";
    "S-9", 1, Law, "IS-3030 l. 319; R-2021 l. 3444–3447" =>
        "Del 1 er fullført først når tjenestetiden i begge deler er nådd og alle læringsmål er godkjent.",
        "Del 1 er fullført først når tenestetida i begge delane er nådd og alle læringsmåla er godkjende.",
        "Del 1 is complete only when both parts' time is reached and all læringsmål are approved.";
    "S-10", 1, Practice, "R-2021 l. 1933–1937, 2567–2570, 2634–2636" =>
        "Ordinære startdatoer er 1. mars og 1. september; i en koblet stilling starter kommunedelen 12 måneder etter start i sykehuset.",
        "Ordinære startdatoar er 1. mars og 1. september; i ei kopla stilling startar kommunedelen 12 månader etter start i sjukehuset.",
        "Ordinary start dates are 1 March and 1 September; the municipal part of a coupled position starts 12 months after the hospital start.";
    "S-11", 1, Law, "R-2021 l. 830–832" =>
        "Autorisasjon kreves før del 1 starter.",
        "Autorisasjon er eit krav før del 1 startar.",
        "Authorisation is required before starting del 1.";
    "S-12", 1, Law, "R-2021 l. 899–903, 3066–3076" =>
        "Unntak fra del 1: tilsvarende tjeneste i utlandet; halvparten av en spesialistutdanning gjennomført i utlandet; leger med autorisasjon fra EU/EØS som startet som LIS før 1. mars 2019.",
        "Unntak frå del 1: tilsvarande teneste i utlandet; halvparten av ei spesialistutdanning gjennomført i utlandet; legar med autorisasjon frå EU/EØS som starta som LIS før 1. mars 2019.",
        "Exemptions from del 1: equivalent service abroad; half a specialist education abroad; EU/EØS doctors who started as LIS before 1 March 2019.";
    "P-1", 1, Proposal, "R-2021 l. 153–165, 1953–1998" =>
        "Tilby bare den tjenesten legen mangler (valg, av som standard). En del der månedene er gjennomført, men der det fortsatt er dager som skal tas igjen, er ikke fullført: tilbudet dekker de dagene.",
        "Tilby berre den tenesta legen manglar (val, av som standard). Ein del der månadene er gjennomførte, men der det framleis er dagar som skal takast att, er ikkje fullført: tilbodet dekkjer dei dagane.",
        "Offer only the service the doctor lacks (switch, default off). A part whose months are served but which still owes make-up days is not complete: the offer covers those days.";
    "P-2", 1, Rejected, "R-2021 l. 1941–1951" =>
        "Mer enn 6 måneder i reststilling utelukker et fullt koblet løp: skal ikke brukes.",
        "Meir enn 6 månader i reststilling utelukkar eit fullt kopla løp: skal ikkje nyttast.",
        "More than 6 months in reststilling bars a full coupled course: must not be applied.";
    "A-1", 2, Law, "Helsedirektoratet LIS1 fravær; Ylf" =>
        "Deler startet 1. mars 2017 – 28. februar 2019: fravær over 10 % av delens fastsatte lengde (26 / 13 arbeidsdager) trekkes fra; ferie regnes som tjeneste.",
        "Delar starta 1. mars 2017 – 28. februar 2019: fråvær over 10 % av den fastsette lengda på delen (26 / 13 arbeidsdagar) blir trekt frå; ferie blir rekna som teneste.",
        "Parts started 2017-03-01..2019-02-28: absence above 10 % of the part's required length (26 / 13 working days) is deducted; ferie counts as service.";
    "A-2", 2, Law, "Helsedirektoratet; Legeforeningen" =>
        "Deler startet 1. mars – 20. juni 2019: grense på 10 % av delens fastsatte lengde, og ferie regnes som fravær.",
        "Delar starta 1. mars – 20. juni 2019: grense på 10 % av den fastsette lengda på delen, og ferie blir rekna som fråvær.",
        "Parts started 2019-03-01..2019-06-20: 10 % limit of the part's required length, and ferie counts as absence.";
    "A-3", 2, Law, "HOD letter 21.06.2019; Ylf; Legeforeningen 25.6.2019" =>
        "Fra 21. juni 2019: ferie trekkes ikke fra; annet fravær inntil 12 dager (sykehusdelen) og 6 dager (kommunedelen) trekkes ikke fra; det som går over, må tas igjen.",
        "Frå 21. juni 2019: ferie blir ikkje trekt frå; anna fråvær inntil 12 dagar (sjukehusdelen) og 6 dagar (kommunedelen) blir ikkje trekt frå; det som går over, må takast att.",
        "From 2019-06-21: ferie is not deducted; other absence up to 12 days (hospital) and 6 days (municipal) is not deducted; the excess is made up.";
    "A-4", 2, Law, "Legeforeningen 24.3.2020; R-2021 l. 3488–3492" =>
        "Fra 20. mars 2020: fravær som følge av covid-19-utbruddet går ikke til fratrekk i tjenestetiden: det bruker ikke av fraværsgrensen og skal aldri tas igjen.",
        "Frå 20. mars 2020: fråvær som følgje av covid-19-utbrotet går ikkje til fråtrekk i tenestetida: det brukar ikkje av fråværsgrensa og skal aldri takast att.",
        "From 2020-03-20: absence caused by the covid-19 outbreak is not deducted from service time: it uses no allowance and is never made up.";
    "A-5", 2, Law, "spesialistforskriften § 14 or § 15" =>
        "Arbeidsgiver beregner fravær og resttjeneste; lovfestet fravær gir rett til å fullføre del 1 hos samme arbeidsgiver.",
        "Arbeidsgivaren reknar ut fråvær og restteneste; lovfesta fråvær gir rett til å fullføre del 1 hos same arbeidsgivar.",
        "The employer calculates absence and resttjeneste; statutory absence gives a right to finish del 1 with the same employer.";
    "A-6", 2, Practice, "Ylf" =>
        "Ingen grense for fravær per rotasjon: varsle om risiko for læringsmålene, ikke trekke fra.",
        "Inga grense for fråvær per rotasjon: åtvar om risiko for læringsmåla, trekk ikkje frå.",
        "No cap on absence per rotation: warn about risk to læringsmål, do not deduct.";
    "A-7", 2, Law, "spesialistforskriften § 31" =>
        "LIS2/LIS3: sykdom, permisjon og annet fravær over 10 % av tjenestetiden trekkes fra.",
        "LIS2/LIS3: sjukdom, permisjon og anna fråvær over 10 % av tenestetida blir trekt frå.",
        "LIS2/LIS3: sickness, leave and other absence above 10 % of service time is deducted.";
    "A-8", 2, Planning, "—" =>
        "Varsle før fraværsgrensen er brukt opp (for eksempel ved 75 %).",
        "Åtvar før fråværsgrensa er brukt opp (til dømes ved 75 %).",
        "Warn before the absence allowance is used up (e.g. at 75 %).";
    "A-O1", 2, Open, "—" =>
        "Tas bare fraværet over grensen igjen, eller alt? Standard: bare det som går over.",
        "Blir berre fråværet over grensa teke att, eller alt? Standard: berre det som går over.",
        "Is only the part above the allowance made up, or all of it? Default: excess only.";
    "A-O2", 2, Open, "—" =>
        "Enhet for fraværsdager. Standard: arbeidsdager.",
        "Eining for fråværsdagar. Standard: arbeidsdagar.",
        "Unit of absence days. Default: working days.";
    "A-O3", 2, Open, "—" =>
        "Reduseres fraværsgrensen ved deltid? Standard: ikke redusert.",
        "Blir fråværsgrensa redusert ved deltid? Standard: ikkje redusert.",
        "Is the allowance reduced for part-time? Default: not reduced.";
    "A-O4", 2, Open, "—" =>
        "Når slutter covid-regelen A-4? Standard: ingen sluttdato.",
        "Når sluttar covid-regelen A-4? Standard: ingen sluttdato.",
        "End date of the covid overlay A-4. Default: none.";
    "A-O5", 2, Open, "—" =>
        "Regelsett for en del som startet 1. mars – 20. juni 2019 og sluttet senere. Standard: A-3.",
        "Regelsett for ein del som starta 1. mars – 20. juni 2019 og slutta seinare. Standard: A-3.",
        "Regime for a part started 2019-03-01..2019-06-20 that ended later. Default: A-3.";
    "A-O6", 2, Open, "—" =>
        "Regelsett for en del som startet før 1. mars 2019 og sluttet 21. juni 2019 eller senere. Standard: A-1; alternativ: A-3.",
        "Regelsett for ein del som starta før 1. mars 2019 og slutta 21. juni 2019 eller seinare. Standard: A-1; alternativ: A-3.",
        "Regime for a part started before 2019-03-01 that ended on or after 2019-06-21. Default: A-1; alternative A-3.";
    "A-O7", 2, Open, "—" =>
        "Krever A-4 at læringsmålene i delen er godkjent? Standard: intet vilkår; alternativ: covid-dager holdes utenfor bare i en del der læringsmålene er godkjent.",
        "Krev A-4 at læringsmåla i delen er godkjende? Standard: ikkje noko vilkår; alternativ: covid-dagar blir haldne utanfor berre i ein del der læringsmåla er godkjende.",
        "Does A-4 need the part's læringsmål approved? Default: no condition; alternative: covid days are spared only in a part whose læringsmål are approved.";
    "T-1", 3, Law, "R-2021 l. 3332–3334" =>
        "Hele spesialistutdanningen varer minst 6,5 år etter tildelt autorisasjon eller lisens, medregnet del 1: regnet fra autorisasjonsdatoen når den er oppgitt, ellers fra starten av legens første tellende LIS1-tjeneste (en forutsetning, aldri starten av en senere runde).",
        "Heile spesialistutdanninga varer minst 6,5 år etter tildelt autorisasjon eller lisens, medrekna del 1: rekna frå autorisasjonsdatoen når han er oppgitt, elles frå starten av den første teljande LIS1-tenesta til legen (ein føresetnad, aldri starten av ein seinare runde).",
        "The whole specialist education lasts at least 6.5 years after authorisation or licence, including del 1: counted from the authorisation date when given, otherwise from the start of the doctor's first counted LIS1 service (an assumption, never a later round's start).";
    "T-2", 3, Law, "IS-3030 l. 319, 332; R-2021 l. 3066–3076" =>
        "Del 1 må være fullført før LIS2/LIS3 eller ALIS starter.",
        "Del 1 må vere fullført før LIS2/LIS3 eller ALIS startar.",
        "Del 1 must be complete before LIS2/LIS3 or ALIS starts.";
    "T-3", 3, Law, "R-2021 l. 3869–3873, 4612–4614" =>
        "Allmennmedisin (ALIS): 5 år etter del 1, minst 2 år i åpen uselektert allmennpraksis og 6 måneder i institusjon.",
        "Allmennmedisin (ALIS): 5 år etter del 1, minst 2 år i open uselektert allmennpraksis og 6 månader i institusjon.",
        "Allmennmedisin (ALIS): 5 years after del 1, at least 2 in open general practice and 6 months in an institution.";
    "T-4", 3, Law, "IS-3030" =>
        "Psykiatri og BUP har ingen del 2: LIS3 følger rett etter del 1.",
        "Psykiatri og BUP har ingen del 2: LIS3 kjem rett etter del 1.",
        "Psykiatri and BUP have no del 2: LIS3 follows del 1 directly.";
    "T-5", 3, Law, "IS-3030 l. 912–914" =>
        "En fastlegestilling kan ikke tiltres før del 1 er fullført; avtale kan inngås tidligere.",
        "Ei fastlegestilling kan ikkje tiltreast før del 1 er fullført; avtale kan inngåast tidlegare.",
        "A fastlege position cannot start before del 1 is complete; a contract may be signed earlier.";
    "B-1", 4, Model, "IS-3030 l. 78–80, 282, 330, 374" =>
        "Et bundet løp på minst 6,5 år: LIS1 + LIS3 i psykiatri/BUP ved en godkjent utdanningsvirksomhet, eller LIS1 + allmennmedisin i en registrert kommune.",
        "Eit bunde løp på minst 6,5 år: LIS1 + LIS3 i psykiatri/BUP ved ei godkjend utdanningsverksemd, eller LIS1 + allmennmedisin i ein registrert kommune.",
        "A bound path of at least 6.5 years: LIS1 + LIS3 in psykiatri/BUP at an approved virksomhet, or LIS1 + allmennmedisin in a registered kommune.";
    "B-2", 4, Model, "IS-3030 l. 82–84, 521–525" =>
        "Lyses ut sammen med den ordinære LIS1-runden to ganger i året; start 1. september og 1. mars.",
        "Blir lyste ut saman med den ordinære LIS1-runden to gonger i året; start 1. september og 1. mars.",
        "Advertised with the ordinary LIS1 round twice a year; start 1 September and 1 March.";
    "B-3", 4, Model, "IS-3030 l. 332, 608" =>
        "Arbeidsavtalen for LIS3/ALIS inngås ved ansettelse, 1,5–2 år før LIS3/ALIS starter.",
        "Arbeidsavtalen for LIS3/ALIS blir inngått ved tilsetjing, 1,5–2 år før LIS3/ALIS startar.",
        "The LIS3/ALIS contract is signed at hiring, 1.5–2 years before LIS3/ALIS starts.";
    "B-4", 4, Model, "IS-3030 l. 280–302" =>
        "Ingen bindingstid eller karantene; vanlige arbeidsrettslige regler gjelder.",
        "Inga bindingstid eller karantene; vanlege arbeidsrettslege reglar gjeld.",
        "No bindingstid or karantene; ordinary labour law.";
    "B-5", 4, Model, "IS-3030 l. 348" =>
        "Permisjon under LIS1 gir de samme rettighetene som i ordinær LIS1.",
        "Permisjon under LIS1 gir dei same rettane som i ordinær LIS1.",
        "Leave during LIS1 keeps the same rights as ordinary LIS1.";
    "B-10", 4, Model, "IS-3030 l. 378, 659, 370–376" =>
        "En lege som har fullført LIS1, er ikke aktuell for en bunden stilling.",
        "Ein lege som har fullført LIS1, er ikkje aktuell for ei bunden stilling.",
        "A doctor who has completed LIS1 is not a candidate for a bound position.";
    "B-11", 4, Law, "R-2021 l. 830–832" =>
        "Autorisasjon må foreligge før LIS1 starter, ikke ved søknad: ellers er legen kvalifisert på vilkår.",
        "Autorisasjon må liggje føre før LIS1 startar, ikkje ved søknad: elles er legen kvalifisert på vilkår.",
        "Authorisation is needed before LIS1 starts, not to apply: otherwise eligibility is conditional.";
    "B-12", 4, Law, "R-2021 l. 159–163, 1903–1913" =>
        "Delvis tidligere LIS1-tjeneste: kan søke. Etter dagens regler et fullt løp på 18 måneder; kortere bare med P-1 slått på, når bare tjenesten som mangler, tilbys. Begrunnelsen sier hva som gjelder.",
        "Delvis tidlegare LIS1-teneste: kan søkje. Etter dagens reglar eit fullt løp på 18 månader; kortare berre med P-1 slått på, når berre tenesta som manglar, blir tilboden. Grunngivinga seier kva som gjeld.",
        "Partial earlier LIS1 service: eligible. Under today's rules a full 18-month course; shorter only with P-1 on, when only the missing service is offered. The reason says which applies.";
    "B-14", 4, Law, "IS-3030 l. 319, 332; R-2021 l. 3482–3484, 3492" =>
        "Del 1 ikke fullført: tellende måneder som dekker 12 + 6, men med dager som fortsatt skal tas igjen eller læringsmål som ikke er godkjent, er ikke en fullført del 1; begrunnelsen sier hva som gjenstår.",
        "Del 1 ikkje fullført: teljande månader som dekkjer 12 + 6, men med dagar som framleis skal takast att eller læringsmål som ikkje er godkjende, er ikkje ein fullført del 1; grunngivinga seier kva som står att.",
        "Del 1 not complete: counted months covering 12 + 6 with make-up days still owed or læringsmål not all approved is not a completed del 1; the reason names what remains.";
    "B-13", 4, Law, "IS-3030 l. 537–585" =>
        "Kvalifikasjonsprinsippet; tilknytning og motivasjon vektlegges bare hvis utlysningen sier det.",
        "Kvalifikasjonsprinsippet; tilknyting og motivasjon blir vektlagde berre dersom utlysinga seier det.",
        "Kvalifikasjonsprinsippet; ties and motivation weigh only if the advertisement says so.";
    "B-20", 4, Model, "IS-3030 l. 148" =>
        "Bare godkjente (helseforetak) eller registrerte (kommuner) utdanningsvirksomheter kan tilby bundne stillinger.",
        "Berre godkjende (helseføretak) eller registrerte (kommunar) utdanningsverksemder kan tilby bundne stillingar.",
        "Only approved (HF) or registered (kommune) utdanningsvirksomheter may offer bound positions.";
    "B-21", 4, Model, "IS-3030 l. 148, 608" =>
        "En ledig LIS3/ALIS-stilling omtrent 2 år etter ansettelse.",
        "Ei ledig LIS3/ALIS-stilling omtrent 2 år etter tilsetjing.",
        "A vacant LIS3/ALIS post about 2 years after hiring.";
    "B-22", 4, Model, "IS-3030 l. 370–376" =>
        "LIS3/ALIS-stillingen lyses ut offentlig, samtidig eller før.",
        "LIS3/ALIS-stillinga blir lyst ut offentleg, samtidig eller før.",
        "The LIS3/ALIS post is advertised publicly, in parallel or before.";
    "B-23", 4, Model, "IS-3030 l. 87" =>
        "Utlysningen sier at stillingene er koblet, og hvordan søkerne vurderes.",
        "Utlysinga seier at stillingane er kopla, og korleis søkjarane blir vurderte.",
        "The advertisement states that the positions are combined and how applicants are assessed.";
    "B-24", 4, Model, "IS-3030 l. 98–100, 641–699" =>
        "Allmennmedisin: primært fastlønn; rekrutteringssvake kommuner med kapasitet til veiledning prioriteres.",
        "Allmennmedisin: primært fastløn; rekrutteringssvake kommunar med kapasitet til rettleiing blir prioriterte.",
        "Allmennmedisin: primarily fastlønn; recruitment-weak kommuner with supervision capacity are prioritised.";
    "B-25", 4, Model, "IS-3030 l. 739, 899–901" =>
        "Ansettelsesmyndighet: kommunen for allmennmedisin, virksomheten (helseforetaket) for psykiatri/BUP.",
        "Tilsetjingsmynde: kommunen for allmennmedisin, verksemda (helseføretaket) for psykiatri/BUP.",
        "Hiring authority: the kommune for allmennmedisin, the virksomhet for psykiatri/BUP.";
    "B-30", 4, Model, "IS-3030 l. 62, 785, 803, 821–863" =>
        "62 bundne stillinger i året, 31 per runde; senere kanskje lik fordeling mellom allmennmedisin og psykiatri (med BUP), 15/16 av 31. Ingen lik fordeling mellom de regionale helseforetakene: den fordelingen oppgir brukeren (første rundes Nord 3, Midt-Norge 6, Vest 6, Sør-Øst 16 som eksempel).",
        "62 bundne stillingar i året, 31 per runde; seinare kanskje lik fordeling mellom allmennmedisin og psykiatri (med BUP), 15/16 av 31. Inga lik fordeling mellom dei regionale helseføretaka: den fordelinga oppgir brukaren (Nord 3, Midt-Norge 6, Vest 6, Sør-Øst 16 frå første runde som døme).",
        "62 bound positions a year, 31 per round; later possibly an equal split between allmennmedisin and psykiatri (with BUP), 15/16 of 31. No equal split across RHFs: that split is the user's input (the first round's Nord 3, Midt-Norge 6, Vest 6, Sør-Øst 16 as an example).";
    "B-31", 4, Model, "IS-3030 l. 13, 801" =>
        "Omgjøring av ordinære stillinger til bundne endrer ikke det nasjonale antallet LIS1-stillinger.",
        "Omgjering av ordinære stillingar til bundne endrar ikkje talet på LIS1-stillingar nasjonalt.",
        "Converting ordinary to bound positions keeps the national LIS1 total.";
    "B-40", 4, Model, "draft § 12" =>
        "Portalens kalender: søknadsfrist minst 2 uker, svarfrist minst 3 arbeidsdager, akseptmerket skjules 1 uke før start.",
        "Kalenderen i portalen: søknadsfrist minst 2 veker, svarfrist minst 3 arbeidsdagar, akseptmerket blir skjult 1 veke før start.",
        "Portal calendar: deadline ≥ 2 weeks, reply ≥ 3 working days, acceptance mark hidden 1 week before start.";
    "C-1", 5, Parameter, "IS-2802 via R-2021 l. 2000–2002" =>
        "Samlet kostnad for én LIS1 over 18 måneder: 2 061 000 kr (2019).",
        "Samla kostnad for éin LIS1 over 18 månader: 2 061 000 kr (2019).",
        "Total cost of one LIS1 over 18 months: 2 061 000 NOK (2019).";
    "C-2", 5, Parameter, "IS-2802 via R-2021 l. 2297–2299; seed 000" =>
        "En kommunes gjennomsnittlige kostnad per LIS1 per år: 750 000 kr (2019).",
        "Gjennomsnittleg kostnad for ein kommune per LIS1 per år: 750 000 kr (2019).",
        "A kommune's average cost per LIS1 per year: 750 000 NOK (2019).";
    "C-3", 5, Parameter, "Helsedirektoratet tilskudd" =>
        "Statlig veiledningstilskudd per LIS1 per halvår.",
        "Statleg rettleiingstilskot per LIS1 per halvår.",
        "State veiledningstilskudd per LIS1 per half-year.";
    "C-4", 5, Parameter, "KS; Legeforeningen" =>
        "Minstelønn for LIS1 i kommunene: 606 000 kr per år fra 2020.",
        "Minsteløn for LIS1 i kommunane: 606 000 kr per år frå 2020.",
        "Minimum pay for LIS1 in kommuner: 606 000 NOK per year from 2020.";
    "C-5", 5, Parameter, "SFS 2305 § 3.1" =>
        "Arbeidstid i kommunen: 37,5 timer per uke.",
        "Arbeidstid i kommunen: 37,5 timar per veke.",
        "Working hours in the kommune: 37.5 h/week.";
    "C-6", 5, Parameter, "ferieloven / tariff" =>
        "Feriepenger 12 % (14,3 % fra fylte 60 år).",
        "Feriepengar 12 % (14,3 % frå fylte 60 år).",
        "Feriepenger 12 % (14.3 % from age 60).";
    "C-7", 5, Parameter, "Skatteetaten" =>
        "Arbeidsgiveravgift etter sonen til arbeidsgiverens kommune.",
        "Arbeidsgivaravgift etter sona til kommunen der arbeidsgivaren held til.",
        "Arbeidsgiveravgift by zone of the employer's kommune.";
    "C-8", 5, Open, "—" =>
        "Arbeidsgivers pensjonspremie: ingen standardverdi med kilde; en forutsetning.",
        "Pensjonspremien til arbeidsgivaren: ingen standardverdi med kjelde; ein føresetnad.",
        "Employer pension premium: no sourced default; an assumption.";
    "C-9", 5, Parameter, "R-2021 l. 4181–4191" =>
        "Ekstra kontorleie og hjelpepersonell når en kommune får en lege til på et legekontor: 500 000 kr per år, av som standard (et valg for en stilling som trenger ny kontorkapasitet, markert når det er på).",
        "Ekstra kontorleige og hjelpepersonell når ein kommune får ein lege til på eit legekontor: 500 000 kr per år, av som standard (eit val for ei stilling som treng ny kontorkapasitet, markert når det er på).",
        "Extra office rent and support staff when a kommune adds a doctor to an office: 500 000 NOK per year, off by default (an option for a position that needs new office capacity, flagged when on).";
    "C-10", 5, Parameter, "R-2021 l. 4193–4203" =>
        "Veiledning for ALIS (ikke LIS1): 63 500 kr per lege per år, medregnet økningen på 17 300 til 4 timer per måned; 63 500 + 17 300 = 80 800 som valg.",
        "Rettleiing for ALIS (ikkje LIS1): 63 500 kr per lege per år, medrekna auken på 17 300 til 4 timar per månad; 63 500 + 17 300 = 80 800 som val.",
        "Supervision for ALIS (not LIS1): 63 500 NOK per doctor per year including the 17 300 raise to 4 h/month; 63 500 + 17 300 = 80 800 as an option.";
    "C-11", 5, Parameter, "seed 004; IS-3030" =>
        "Bundne stillinger: 15,5 mill. kr i statsbudsjettet for 2022; administrasjon og oppfølgingssystem.",
        "Bundne stillingar: 15,5 mill. kr i statsbudsjettet for 2022; administrasjon og oppfølgingssystem.",
        "Bound positions: 15.5 MNOK in the 2022 state budget; administration and follow-up system.";
    "C-12", 5, Parameter, "Ylf / Nmf" =>
        "100 midlertidige LIS1-stillinger under covid-19 fra 1. september 2020: 53 mill. kr.",
        "100 mellombelse LIS1-stillingar under covid-19 frå 1. september 2020: 53 mill. kr.",
        "100 temporary covid LIS1 positions from 1 Sep 2020: 53 MNOK.";
    "C-20", 5, Planning, "—" =>
        "Kostnad per stilling, del og betaler.",
        "Kostnad per stilling, del og betalar.",
        "Cost per position, part and payer.";
    "C-21", 5, Planning, "—" =>
        "Kostnad for ordningen per budsjettår.",
        "Kostnad for ordninga per budsjettår.",
        "Programme cost per budget year.";
    "C-22", 5, Planning, "—" =>
        "Sammenligning av scenarioer.",
        "Samanlikning av scenario.",
        "Scenario comparison.";
}

impl Status {
    /// Every status, in the order the rules page explains them.
    pub const ALL: [Status; 8] = [Law, Practice, Proposal, Open, Rejected, Model, Planning, Parameter];

    /// The status with this word (`law`, `open`, …), as [`Status::word`] writes it.
    pub fn from_word(word: &str) -> Option<Status> {
        Status::ALL.into_iter().find(|s| s.word() == word)
    }

    /// The status word, as serialised (`law`, `open`, …).
    pub fn word(self) -> &'static str {
        match self {
            Law => "law",
            Practice => "practice",
            Proposal => "proposal",
            Open => "open",
            Rejected => "rejected",
            Model => "model",
            Planning => "planning",
            Parameter => "parameter",
        }
    }

    /// What the status word means for a calculation.
    pub fn meaning(self) -> &'static str {
        match self {
            Law => "In force per the regulation (spesialistforskriften, FOR-2016-12-08-1482) or a ministry decision, as quoted by Helsedirektoratet, Legeforeningen/Ylf or the seed reports.",
            Practice => "How employers and Helsedirektoratet apply it; not written as a number in the regulation.",
            Proposal => "Recommended in a report, not known to be law: a switch, off by default.",
            Open => "The sources do not settle it: an explicit option with a documented default; every result lists the option it used (`assumptions`).",
            Rejected => "An idea that was considered and must not be applied.",
            Model => "Part of Helsedirektoratet's IS-3030 model for the bound positions.",
            Planning => "A planning feature or a duty of the calculator, not a rule of law.",
            Parameter => "A dated amount or rate, with its price year.",
        }
    }
}

/// The date the rule table was last checked against its sources (the last
/// correction, the second domain audit: contiguous stretches, P-1 offers with
/// make-up days, S-2's læringsmål warning, T-1 from authorisation, B-12,
/// B-14, B-30, C-9 off by default, C-10's rate). A printed result names it,
/// so a personnel file says which rules it was calculated with.
pub const RULES_AS_OF: &str = "2026-12-06";

/// The sections of the catalogue: number and English title.
pub static SECTIONS: &[(u8, &str)] = &[
    (1, "Structure of del 1 (LIS1): remaining service"),
    (2, "Absence (fravær)"),
    (3, "After del 1: the whole specialist path"),
    (4, "Bound positions (bundne LIS1-stillinger): eligibility"),
    (5, "Costs"),
];

/// The short names the `source` column uses. "l." gives line numbers in the
/// project's plain-text copies of these reports.
pub static SOURCE_NAMES: &[(&str, &str)] = &[
    ("R-2021", "Helsedirektoratet's evaluation of application-based LIS1: measures and recruitment to general practice (2020/21)."),
    ("IS-3030", "Helsedirektoratet IS-3030 (January 2022): the model for the 62 bound LIS1 positions."),
    ("seed 000", "Bergen kommune's consultation answer on the LIS1 evaluation (2021)."),
    ("seed 004", "The ministry's assignment no. 76 (1 October 2021): 62 new LIS1 positions bound to allmennmedisin, psykiatri and BUP."),
];

/// The date and time conventions every calculation shares (project
/// decisions; the month count lives in [`crate::months`], working days in
/// [`crate::calendar`]).
pub static DATE_CONVENTIONS: &[&str] = &[
    "Dates are calendar dates and periods include both ends: 2023-09-01..2024-08-31 is 12 whole months.",
    "Service is counted in month-equivalents by anniversary (corrected 2026-12-03). For a period starting on s, month k ends the day before s + k months (same day of month, clamped to the last day of a shorter month, always counted from s). Whole months count 1 each; the days left over count as their share of the next, unfinished month-window. All of it is multiplied by the position percentage. So 2023-02-15..2024-02-14 = 12.0, 2022-09-01..2023-02-28 = 6.0, 2024-03-01..2024-03-15 at 100 % = 15/31 and 2024-01-31..2024-02-28 = 1.0. Each stretch is counted on its own and the stretches are summed. A stretch is a run of contiguous periods (each starting the day after the previous ends) of the same part and the same percentage (corrected 2026-12-06): a continuous year split at a rotation change is one stretch, so 2023-03-01..2023-03-14 + 2023-03-15..2024-02-29 is 12.0 months, not 11.97. Periods with a gap or a different percentage are separate stretches.",
    "Projected end dates use the same convention in reverse: from the next start s, n whole remaining months end the day before s + n months; a fractional remainder f takes ceil(f × days of the window) further days.",
    "A part's projected end is found by walking forward from the next start at the planned percentage until the remaining month-equivalents are used, then adding the days of absence that must be made up (section 2).",
    "Working days are Monday–Friday minus Norwegian public holidays (1 January, skjærtorsdag, langfredag, 1. and 2. påskedag, 1 May, 17 May, Kristi himmelfartsdag, 1. and 2. pinsedag, 25 and 26 December); the Easter-based days are computed, not tabulated.",
];

/// Worked examples, numbered from 1: the hand-derived cases the tests and
/// the site's examples are checked against.
pub static WORKED_EXAMPLES: &[&str] = &[
    "Full-time coupled LIS1 from 2022-09-01, no absence: hospital 2022-09-01..2023-08-31 (12.0 months), municipal 2023-09-01..2024-02-29 (6.0); del 1 time complete 2024-02-29. With a bound psykiatri path LIS3 starts 2024-03-01 and the 6.5-year minimum (T-1) is reached 2029-02-28.",
    "Hospital part 2023-03-01..2024-02-29 with 20 working days of sick leave (regime A-3, default options): allowance 12, so 8 working days are made up; the hospital part ends 8 working days after 2024-02-29 and the municipal part cannot start before that (S-2).",
    "6 months of kirurgi done in a reststilling (2023-03-01..2023-08-31), then offered a coupled position: 6.0 hospital months and 6.0 municipal months remain; with P-1 on, the offer covers only 6 months hospital + 6 months municipal.",
    "80 % position for the whole hospital part from 2023-09-01: the 12 months take 15 calendar months (S-4) and end 2024-11-30.",
    "A doctor with 12 + 6 months counted and all læringsmål approved applies for a new full LIS1: an error (S-8).",
];

/// The rule with this id.
pub fn find(id: &str) -> Option<&'static Rule> {
    RULES.iter().find(|rule| rule.id == id)
}

/// Whether `id` is a rule id of the catalogue (through [`IDS`]: no text is
/// linked into a module that only asks this).
pub fn is_rule_id(id: &str) -> bool {
    IDS.contains(&id)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_unique() {
        let mut ids: Vec<_> = RULES.iter().map(|r| r.id).collect();
        ids.sort_unstable();
        let before = ids.len();
        ids.dedup();
        assert_eq!(before, ids.len());
    }

    /// The words of a text, lower-case, without punctuation.
    fn words(text: &str) -> Vec<String> {
        text.split(|c: char| !c.is_alphanumeric() && c != '-')
            .filter(|w| !w.is_empty())
            .map(str::to_lowercase)
            .collect()
    }

    #[test]
    fn every_rule_is_summarised_in_bokmal_nynorsk_and_english() {
        for rule in RULES {
            let Summary { nb, nn, en } = rule.summary;
            for (lang, text) in [("nb", nb), ("nn", nn), ("en", en)] {
                assert!(!text.trim().is_empty(), "{} has no {lang} summary", rule.id);
                assert_eq!(text.trim(), text, "{} {lang}: leading or trailing space", rule.id);
                assert!(text.ends_with(['.', '?']), "{} {lang}: a summary is a sentence: {text}", rule.id);
            }
            // Three texts written for their readers, none a copy of another (bokmål and nynorsk differ in every
            // row of this table: each has a word the other writes differently).
            assert_ne!(nb, en, "{}: nb is the English text", rule.id);
            assert_ne!(nn, en, "{}: nn is the English text", rule.id);
            assert_ne!(nb, nn, "{}: nn is the bokmål text", rule.id);
        }
    }

    /// Word forms that are bokmål and not nynorsk (nynorsk: ikkje, frå, berre, dersom, teneste, månader, dagar,
    /// sjukehus, kva/korleis, eit/ei, blir … teke att) or nynorsk and not bokmål; and Norwegian function words
    /// an English sentence does not have. A summary in the wrong language or form trips one of these.
    const BOKMAL_ONLY: &[&str] = &[
        "ikke",
        "fra",
        "bare",
        "hvis",
        "hva",
        "hvordan",
        "tjeneste",
        "tjenesten",
        "tjenestetid",
        "tjenestetiden",
        "måneder",
        "dager",
        "sykehusdelen",
        "kreves",
        "trekkes",
        "regnes",
        "dekker",
        "mangler",
        "senere",
        "tidligere",
    ];
    const NYNORSK_ONLY: &[&str] = &[
        "ikkje",
        "frå",
        "berre",
        "dersom",
        "kva",
        "korleis",
        "teneste",
        "tenesta",
        "tenestetida",
        "månader",
        "dagar",
        "sjukehusdelen",
        "eit",
        "dei",
        "seinare",
        "tidlegare",
        "òg",
    ];
    const NORWEGIAN_FUNCTION_WORDS: &[&str] = &["og", "er", "ikke", "ikkje", "av", "med", "som", "til", "før", "etter"];

    #[test]
    fn each_summary_is_in_its_own_language() {
        for rule in RULES {
            let Summary { nb, nn, en } = rule.summary;
            let (nb, nn, en) = (words(nb), words(nn), words(en));
            for w in BOKMAL_ONLY {
                assert!(!nn.iter().any(|x| x == w), "{}: nynorsk summary has the bokmål form {w:?}", rule.id);
            }
            for w in NYNORSK_ONLY {
                assert!(!nb.iter().any(|x| x == w), "{}: bokmål summary has the nynorsk form {w:?}", rule.id);
            }
            for w in NORWEGIAN_FUNCTION_WORDS {
                assert!(!en.iter().any(|x| x == w), "{}: English summary has the Norwegian word {w:?}", rule.id);
            }
        }
    }

    #[test]
    fn a_status_is_read_back_from_its_word() {
        assert_eq!(Status::from_word("open"), Some(Open));
        assert_eq!(Status::from_word("parameter"), Some(Parameter));
        assert_eq!(Status::from_word("Law"), None);
        for status in Status::ALL {
            assert_eq!(Status::from_word(status.word()), Some(status));
        }
    }

    #[test]
    fn ids_list_the_catalogue_in_order() {
        assert_eq!(IDS, RULES.iter().map(|r| r.id).collect::<Vec<_>>());
        assert!(is_rule_id("A-O6") && is_rule_id("C-22"));
        assert!(!is_rule_id("A-9") && !is_rule_id("s-1"));
    }

    #[test]
    fn open_questions_of_section_2_are_open() {
        for id in ["A-O1", "A-O2", "A-O3", "A-O4", "A-O5", "A-O6", "A-O7", "S-5", "C-8"] {
            assert_eq!(find(id).map(|r| r.status), Some(Status::Open), "{id}");
        }
        assert_eq!(find("P-2").map(|r| r.status), Some(Status::Rejected));
    }
}
