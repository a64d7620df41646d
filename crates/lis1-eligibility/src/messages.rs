//! Message catalogue of lis1-eligibility: every user-visible text, nb + nn +
//! en, with the rule id it reports on (docs/rules.md sections 3, 4; S-8, S-9, S-11, S-12).
//!
//! Parameters: `{field}` the JSON key, `{value}` an echo of the user's text,
//! `{got}` a number as given; dates are `YYYY-MM-DD`; `{specialty}` is a
//! rendered specialty label (see the `LABEL_*` entries).

use lis1_core::MessageDef;

macro_rules! msg {
    ($name:ident, $code:literal, $rule:expr, $nb:literal, $nn:literal, $en:literal) => {
        #[doc = $en]
        pub static $name: MessageDef = MessageDef { code: $code, rule: $rule, nb: $nb, nn: $nn, en: $en };
    };
}

// ---- labels -------------------------------------------------------------
msg!(
    LABEL_ALLMENNMEDISIN,
    "label.specialty.allmennmedisin",
    None,
    "allmennmedisin",
    "allmennmedisin",
    "general practice (allmennmedisin)"
);
msg!(LABEL_PSYKIATRI, "label.specialty.psykiatri", None, "psykiatri", "psykiatri", "psychiatry (psykiatri)");
msg!(
    LABEL_BUP,
    "label.specialty.bup",
    None,
    "barne- og ungdomspsykiatri (BUP)",
    "barne- og ungdomspsykiatri (BUP)",
    "child and adolescent psychiatry (BUP)"
);
msg!(LABEL_HOSPITAL, "label.part.hospital", None, "sykehusdelen", "sjukehusdelen", "the hospital part");
msg!(LABEL_MUNICIPAL, "label.part.municipal", None, "kommunedelen", "kommunedelen", "the municipal part");
msg!(LABEL_AND, "label.and", None, "og", "og", "and");
// What remains of del 1, one item each; joined into `{remains}` (B-12, B-14).
msg!(
    REMAIN_MONTHS,
    "label.remain.months",
    Some("S-1"),
    "{months} md. i {part}",
    "{months} md. i {part}",
    "{months} months in {part}"
);
msg!(
    REMAIN_DAYS,
    "label.remain.make-up",
    Some("A-3"),
    "{days} {unit} fravær å ta igjen i {part}",
    "{days} {unit} fråvær å ta att i {part}",
    "{days} {unit} of absence to make up in {part}"
);
msg!(
    REMAIN_GOALS,
    "label.remain.learning-goals",
    Some("S-9"),
    "godkjenning av læringsmålene i {part}",
    "godkjenning av læringsmåla i {part}",
    "approval of the learning goals of {part}"
);

// ---- input issues -------------------------------------------------------
msg!(
    ROUND_NOT_START_DATE,
    "round.not-start-date",
    Some("B-2"),
    "«{field}» må være en oppstartsdato 1. mars eller 1. september (ÅÅÅÅ-03-01 eller ÅÅÅÅ-09-01), fikk «{value}».",
    "«{field}» må vere ein oppstartsdato 1. mars eller 1. september (ÅÅÅÅ-03-01 eller ÅÅÅÅ-09-01), fekk «{value}».",
    "“{field}” must be a start date on 1 March or 1 September (YYYY-03-01 or YYYY-09-01), got “{value}”."
);
msg!(
    MONTHS_RANGE,
    "months.range",
    None,
    "«{field}» må være et antall måneder mellom 0 og 600, fikk {got}.",
    "«{field}» må vere eit tal på månader mellom 0 og 600, fekk {got}.",
    "“{field}” must be a number of months between 0 and 600, got {got}."
);
msg!(
    COUNT_RANGE,
    "count.range",
    None,
    "«{field}» må være et heltall mellom 0 og {max}, fikk {got}.",
    "«{field}» må vere eit heiltal mellom 0 og {max}, fekk {got}.",
    "“{field}” must be a whole number between 0 and {max}, got {got}."
);
msg!(LIS1_COMPLETE_INCONSISTENT, "lis1.complete-inconsistent", Some("S-9"),
    "Del 1 er oppgitt som fullført, men månedene ({hospital} + {municipal}) når ikke 12 + 6: del 1 er fullført bare når begge delene har nådd sin tid.",
    "Del 1 er oppgitt som fullført, men månadene ({hospital} + {municipal}) når ikkje 12 + 6: del 1 er fullført berre når begge delane har nådd si tid.",
    "Del 1 is given as complete, but the months ({hospital} + {municipal}) do not reach 12 + 6: del 1 is complete only when both parts have reached their time.");
msg!(LIS1_COMPLETE_OPEN, "lis1.complete-open", Some("S-9"),
    "Del 1 er oppgitt som fullført, men det gjenstår {remains}; del 1 er fullført bare når fraværet over grensen er tatt igjen og alle læringsmål er godkjent.",
    "Del 1 er oppgitt som fullført, men det står att {remains}; del 1 er fullført berre når fråværet over grensa er teke att og alle læringsmål er godkjende.",
    "Del 1 is given as complete, but still to do is {remains}; del 1 is complete only when absence above the allowance is made up and all learning goals are approved.");
msg!(LIS1_ORDER_MAKE_UP, "lis1.order-make-up", Some("S-2"),
    "Kommunetjeneste ({municipal} md.) mens {days} {unit} fravær i sykehusdelen ikke er tatt igjen, er ikke tillatt: sykehusdelens tjenestetid, med fraværet tatt igjen, skal være fullført før kommunedelen starter.",
    "Kommuneteneste ({municipal} md.) medan {days} {unit} fråvær i sjukehusdelen ikkje er teke att, er ikkje tillate: tenestetida i sjukehusdelen, med fråværet teke att, skal vere fullført før kommunedelen startar.",
    "Municipal service ({municipal} months) while {days} {unit} of absence in the hospital part are not made up is not allowed: the hospital part's service time, absence made up, must be complete before the municipal part starts.");
msg!(
    DAYS_RANGE,
    "days.range",
    None,
    "«{field}» må være et antall dager mellom 0 og {max}, fikk {got}.",
    "«{field}» må vere eit tal på dagar mellom 0 og {max}, fekk {got}.",
    "“{field}” must be a number of days between 0 and {max}, got {got}."
);
msg!(AUTHORISED_ON_NOT_AUTHORISED, "authorisation.date-not-authorised", Some("S-11"),
    "«{field}» er oppgitt, men legen er ikke oppgitt som autorisert: oppgi autorisasjonsdatoen bare for en lege som har autorisasjon.",
    "«{field}» er oppgitt, men legen er ikkje oppgitt som autorisert: oppgi autorisasjonsdatoen berre for ein lege som har autorisasjon.",
    "“{field}” is given, but the doctor is not stated to be authorised: give the date of authorisation only for an authorised doctor.");
msg!(
    AUTHORISED_AFTER_START,
    "authorisation.after-start",
    Some("S-11"),
    "Autorisasjonen ({date}) er etter LIS1-start {start}: autorisasjon kreves før del 1 starter.",
    "Autorisasjonen ({date}) er etter LIS1-start {start}: autorisasjon krevst før del 1 startar.",
    "The authorisation ({date}) is after the LIS1 start on {start}: authorisation is required before del 1 starts."
);
msg!(AUTHORISED_AFTER_LIS1, "authorisation.after-earlier-lis1", Some("S-11"),
    "Autorisasjonen ({date}) er etter at den tidligere LIS1-tjenesten startet {start}: autorisasjon kreves før del 1 starter.",
    "Autorisasjonen ({date}) er etter at den tidlegare LIS1-tenesta starta {start}: autorisasjon krevst før del 1 startar.",
    "The authorisation ({date}) is after the earlier LIS1 service started on {start}: authorisation is required before del 1 starts.");
msg!(LIS1_ORDER, "lis1.order", Some("S-2"),
    "Kommunetjeneste ({municipal} md.) før sykehusdelen er fullført ({hospital} av 12 md.) er ikke tillatt.",
    "Kommuneteneste ({municipal} md.) før sjukehusdelen er fullført ({hospital} av 12 md.) er ikkje tillate.",
    "Municipal service ({municipal} months) before the hospital part is complete ({hospital} of 12 months) is not allowed.");
msg!(
    KOMMUNE_FORMAT,
    "kommune.format",
    None,
    "«{field}» må være et kommunenummer med 4 sifre, fikk «{value}».",
    "«{field}» må vere eit kommunenummer med 4 siffer, fekk «{value}».",
    "“{field}” must be a kommunenummer of 4 digits, got “{value}”."
);
msg!(
    KOMMUNE_UNKNOWN,
    "kommune.unknown",
    None,
    "Kommunenummer {value} finnes ikke (kommuneinndeling fra 1.1.2024).",
    "Kommunenummer {value} finst ikkje (kommuneinndeling frå 1.1.2024).",
    "Kommunenummer {value} does not exist (kommuner from 1 January 2024)."
);
msg!(
    LIST_DUPLICATE,
    "list.duplicate",
    None,
    "«{value}» står mer enn én gang.",
    "«{value}» står meir enn éin gong.",
    "“{value}” is listed more than once."
);
msg!(
    LIST_EMPTY,
    "list.empty",
    None,
    "«{field}» kan ikke være tom.",
    "«{field}» kan ikkje vere tom.",
    "“{field}” must not be empty."
);
msg!(
    DISTRIBUTION_SUM,
    "distribution.sum",
    Some("B-30"),
    "Fordelingen summerer til {sum}, men runden har {expected} stillinger ({positions} + {extra} selvfinansierte).",
    "Fordelinga summerer til {sum}, men runden har {expected} stillingar ({positions} + {extra} sjølvfinansierte).",
    "The allocations sum to {sum}, but the round has {expected} positions ({positions} + {extra} self-financed)."
);
msg!(
    DISTRIBUTION_DUPLICATE_CELL,
    "distribution.duplicate-cell",
    Some("B-30"),
    "{rhf} / {specialty} står mer enn én gang i fordelingen; før opp hver kombinasjon én gang med hele antallet.",
    "{rhf} / {specialty} står meir enn éin gong i fordelinga; før opp kvar kombinasjon éin gong med heile talet.",
    "{rhf} / {specialty} appears more than once in the allocations; list each combination once with its whole count."
);
msg!(
    DISTRIBUTION_DUPLICATE_RHF,
    "distribution.duplicate-rhf",
    Some("B-30"),
    "{rhf} står mer enn én gang i fordelingen på RHF; før opp hvert RHF én gang med hele antallet.",
    "{rhf} står meir enn éin gong i fordelinga på RHF; før opp kvart RHF éin gong med heile talet.",
    "{rhf} appears more than once in the split by RHF; list each RHF once with its whole count."
);
msg!(DISTRIBUTION_BOTH_SPLITS, "distribution.both-splits", Some("B-30"),
    "Gi enten en fordeling på RHF og spesialitet eller en fordeling på RHF, ikke begge: den første fordeler allerede på RHF.",
    "Gi anten ei fordeling på RHF og spesialitet eller ei fordeling på RHF, ikkje begge: den første fordeler alt på RHF.",
    "Give either a split by RHF and specialty or a split by RHF, not both: the first already splits by RHF.");
msg!(
    DISTRIBUTION_BOUND_EXCEEDS,
    "distribution.bound-exceeds-total",
    Some("B-31"),
    "{bound} bundne stillinger er flere enn det nasjonale totaltallet {total}.",
    "{bound} bundne stillingar er fleire enn det nasjonale totaltalet {total}.",
    "{bound} bound positions exceed the national total of {total}."
);
msg!(
    PORTAL_ORDER,
    "portal.order",
    Some("B-40"),
    "«{field}» ({value}) må være etter {after}.",
    "«{field}» ({value}) må vere etter {after}.",
    "“{field}” ({value}) must be after {after}."
);

// ---- applicant reasons --------------------------------------------------
msg!(EXEMPT_FOREIGN_DEL1, "reason.exempt.foreign-del1", Some("S-12"),
    "Fritatt fra del 1: tilsvarende tjeneste med alle læringsmål i del 1 er oppnådd i utlandet. Legen trenger ingen LIS1-stilling og er ikke kandidat til en bundet LIS1-stilling; søk LIS3/ALIS-stillingen direkte.",
    "Friteken frå del 1: tilsvarande teneste med alle læringsmål i del 1 er oppnådd i utlandet. Legen treng inga LIS1-stilling og er ikkje kandidat til ei bunden LIS1-stilling; søk LIS3/ALIS-stillinga direkte.",
    "Exempt from del 1: equivalent service with all del 1 learning goals was achieved abroad. The doctor needs no LIS1 post and is not a candidate for a bound LIS1 position; apply for the LIS3/ALIS post directly.");
msg!(EXEMPT_HALF_ABROAD, "reason.exempt.half-specialist-abroad", Some("S-12"),
    "Fritatt fra del 1: minst halvparten av en spesialistutdanning er gjennomført i utlandet, med tilsvarende tjenestetid og de fleste læringsmål i del 1 oppnådd. Legen kan ansettes direkte i LIS2/LIS3 (unntaket i T-2) og er ikke kandidat til en bundet LIS1-stilling.",
    "Friteken frå del 1: minst halvparten av ei spesialistutdanning er gjennomført i utlandet, med tilsvarande tenestetid og dei fleste læringsmåla i del 1 oppnådd. Legen kan tilsetjast direkte i LIS2/LIS3 (unntaket i T-2) og er ikkje kandidat til ei bunden LIS1-stilling.",
    "Exempt from del 1: at least half of a specialist education was done abroad, with equivalent service time and most del 1 learning goals met. The doctor may be hired directly into LIS2/LIS3 (the exception in T-2) and is not a candidate for a bound LIS1 position.");
msg!(EXEMPT_EEA, "reason.exempt.eea-before-2019", Some("S-12"),
    "Fritatt fra del 1: EU/EØS-autorisert lege som startet spesialisering som LIS før 1. mars 2019. Legen trenger ingen LIS1-stilling og er ikke kandidat til en bundet LIS1-stilling.",
    "Friteken frå del 1: EU/EØS-autorisert lege som starta spesialisering som LIS før 1. mars 2019. Legen treng inga LIS1-stilling og er ikkje kandidat til ei bunden LIS1-stilling.",
    "Exempt from del 1: an EU/EEA-authorised doctor who started specialisation as LIS before 1 March 2019. The doctor needs no LIS1 post and is not a candidate for a bound LIS1 position.");
msg!(NO_EARLIER_LIS1, "reason.no-earlier-lis1", Some("B-10"),
    "Ingen tidligere LIS1-tjeneste: legen går inn i hele løpet fra starten av LIS1, slik den bundne stillingen forutsetter.",
    "Inga tidlegare LIS1-teneste: legen går inn i heile løpet frå starten av LIS1, slik den bundne stillinga føreset.",
    "No earlier LIS1 service: the doctor enters the whole path from the start of LIS1, as the bound position presumes.");
msg!(LIS1_COMPLETED, "reason.lis1-completed", Some("B-10"),
    "Del 1 er fullført: begge delenes tid, fraværet tatt igjen og alle læringsmål godkjent. Legen er ikke kandidat til den kombinerte stillingen, og en ny hel del 1 er ikke tillatt (S-8), men legen kan søke LIS3/ALIS-stillingen, som lyses ut offentlig.",
    "Del 1 er fullført: tida i begge delane, fråværet teke att og alle læringsmål godkjende. Legen er ikkje kandidat til den kombinerte stillinga, og ein ny heil del 1 er ikkje tillate (S-8), men legen kan søkje LIS3/ALIS-stillinga, som blir lyst ut offentleg.",
    "Del 1 is complete: both parts' time, absence made up and all learning goals approved. The doctor is not a candidate for the combined position, and a new full del 1 is not allowed (S-8), but may apply for the LIS3/ALIS post, which is advertised publicly.");
msg!(PARTIAL_LIS1, "reason.partial-lis1", Some("B-12"),
    "Tidligere LIS1-tjeneste: {hospital} md. i sykehusdelen og {municipal} md. i kommunedelen er tellende; det gjenstår {remains}. {course}",
    "Tidlegare LIS1-teneste: {hospital} md. i sjukehusdelen og {municipal} md. i kommunedelen er teljande; det står att {remains}. {course}",
    "Earlier LIS1 service: {hospital} months in the hospital part and {municipal} months in the municipal part count; still to do: {remains}. {course}");
msg!(B14_NOT_COMPLETE, "reason.del1-not-complete", Some("B-14"),
    "Del 1 er ikke fullført: månedene i begge delene er tellende ({hospital} + {municipal} md.), men det gjenstår {remains}. Legen har altså ikke fullført LIS1 og er ikke utelukket. {course}",
    "Del 1 er ikkje fullført: månadene i begge delane er teljande ({hospital} + {municipal} md.), men det står att {remains}. Legen har altså ikkje fullført LIS1 og er ikkje utestengd. {course}",
    "Del 1 is not complete: the months of both parts count ({hospital} + {municipal} months), but still to do: {remains}. So the doctor has not completed LIS1 and is not excluded. {course}");
msg!(COURSE_FULL, "reason.course-full", Some("B-12"),
    "Etter dagens regler kan legen søke og få et fullt løp på 18 måneder: bare hele del 1 kan ikke gjennomføres to ganger (S-8). Forslaget om å tilby bare tjenesten som mangler (P-1), er ikke brukt, og tidslinjen viser hele løpet.",
    "Etter dagens reglar kan legen søkje og få eit fullt løp på 18 månader: berre heile del 1 kan ikkje gjennomførast to gonger (S-8). Forslaget om å tilby berre tenesta som manglar (P-1), er ikkje brukt, og tidslina viser heile løpet.",
    "Under today's rules the doctor may apply and get a full 18-month course: only the whole del 1 cannot be done twice (S-8). The proposal to offer only the missing service (P-1) is not applied, and the timeline shows the full path.");
msg!(COURSE_ONLY_MISSING, "reason.course-only-missing", Some("B-12"),
    "Legen kan søke. Med forslaget om å tilby bare tjenesten som mangler (P-1), tilbys bare det som gjenstår, så løpet blir kortere, og tidslinjen viser det.",
    "Legen kan søkje. Med forslaget om å tilby berre tenesta som manglar (P-1), blir berre det som står att tilbode, så løpet blir kortare, og tidslina viser det.",
    "The doctor may apply. With the proposal to offer only the missing service (P-1), only what remains is offered, so the path is shorter, and the timeline shows it.");
msg!(COURSE_NOTHING_TO_OFFER, "reason.course-nothing-to-offer", Some("P-1"),
    "Med forslaget om å tilby bare tjenesten som mangler (P-1), er det ingen tjeneste å tilby: bare godkjenning av læringsmål gjenstår, hos arbeidsgiveren der tjenesten ble gjort.",
    "Med forslaget om å tilby berre tenesta som manglar (P-1), er det inga teneste å tilby: berre godkjenning av læringsmål står att, hos arbeidsgivaren der tenesta vart gjord.",
    "With the proposal to offer only the missing service (P-1), there is no service to offer: only approval of learning goals remains, with the employer where the service was done.");
msg!(
    OFFER_ONLY_MISSING,
    "reason.offer-only-missing",
    Some("P-1"),
    "Med P-1 (bare tjenesten som mangler) dekker tilbudet {offer}. Tidslinjen er forkortet tilsvarende.",
    "Med P-1 (berre tenesta som manglar) dekkjer tilbodet {offer}. Tidslina er forkorta tilsvarande.",
    "With P-1 (only the missing service) the offer covers {offer}. The timeline is shortened accordingly."
);
msg!(
    AUTHORISED,
    "reason.authorised",
    Some("B-11"),
    "Legen har autorisasjon, som kreves før del 1 starter.",
    "Legen har autorisasjon, som krevst før del 1 startar.",
    "The doctor is authorised, as required before del 1 starts."
);
msg!(
    AUTHORISED_ON,
    "reason.authorised-on",
    Some("B-11"),
    "Legen har autorisasjon fra {date}, som kreves før del 1 starter.",
    "Legen har autorisasjon frå {date}, som krevst før del 1 startar.",
    "The doctor has been authorised since {date}, as required before del 1 starts."
);
msg!(AUTHORISATION_BY, "reason.authorisation-by", Some("B-11"),
    "Ikke autorisert ennå: autorisasjon trengs ikke for å søke, men før LIS1 starter {start} (S-11). Aktuell på vilkår av autorisasjon innen da.",
    "Ikkje autorisert enno: autorisasjon trengst ikkje for å søkje, men før LIS1 startar {start} (S-11). Aktuell på vilkår av autorisasjon innan då.",
    "Not yet authorised: authorisation is not needed to apply, but before LIS1 starts on {start} (S-11). Eligible on condition of authorisation by then.");
msg!(AUTHORISATION_BEFORE_START, "reason.authorisation-before-start", Some("B-11"),
    "Ikke autorisert ennå: autorisasjon trengs ikke for å søke, men før LIS1 starter (S-11). Aktuell på vilkår av autorisasjon innen oppstart.",
    "Ikkje autorisert enno: autorisasjon trengst ikkje for å søkje, men før LIS1 startar (S-11). Aktuell på vilkår av autorisasjon innan oppstart.",
    "Not yet authorised: authorisation is not needed to apply, but before LIS1 starts (S-11). Eligible on condition of authorisation by the start.");
msg!(PATH_PSYCHIATRY, "reason.path.lis3", Some("B-1"),
    "Bundet løp: LIS1 + LIS3 i {specialty} ved en godkjent utdanningsvirksomhet (helseforetak), til sammen minst 6,5 år.",
    "Bunde løp: LIS1 + LIS3 i {specialty} ved ei godkjend utdanningsverksemd (helseføretak), til saman minst 6,5 år.",
    "Bound path: LIS1 + LIS3 in {specialty} at an approved training institution (helseforetak), at least 6.5 years in all.");
msg!(PATH_GP, "reason.path.alis", Some("B-1"),
    "Bundet løp: LIS1 + kommunal legestilling/fastlegehjemmel (ALIS) i en kommune som er registrert utdanningsvirksomhet i allmennmedisin, til sammen minst 6,5 år.",
    "Bunde løp: LIS1 + kommunal legestilling/fastlegeheimel (ALIS) i ein kommune som er registrert utdanningsverksemd i allmennmedisin, til saman minst 6,5 år.",
    "Bound path: LIS1 + a municipal doctor post or GP list (ALIS) in a kommune registered as a training institution for allmennmedisin, at least 6.5 years in all.");
msg!(
    PATH_KOMMUNE_MISMATCH,
    "reason.path.kommune-mismatch",
    Some("B-1"),
    "En kommune tilbyr bundne stillinger bare i allmennmedisin, ikke i {specialty}.",
    "Ein kommune tilbyr bundne stillingar berre i allmennmedisin, ikkje i {specialty}.",
    "A kommune offers bound positions only in allmennmedisin, not in {specialty}."
);
msg!(
    PATH_HF_MISMATCH,
    "reason.path.helseforetak-mismatch",
    Some("B-1"),
    "Et helseforetak tilbyr bundne stillinger bare i psykiatri og BUP, ikke i {specialty}.",
    "Eit helseføretak tilbyr bundne stillingar berre i psykiatri og BUP, ikkje i {specialty}.",
    "A helseforetak offers bound positions only in psykiatri and BUP, not in {specialty}."
);
msg!(ROUND_OK, "reason.round", Some("B-2"),
    "Runde med oppstart {start}: bundne stillinger lyses ut sammen med den ordinære LIS1-runden, og det går an å søke både ordinære og bundne stillinger.",
    "Runde med oppstart {start}: bundne stillingar blir lyste ut saman med den ordinære LIS1-runden, og det går an å søkje både ordinære og bundne stillingar.",
    "Round starting {start}: bound positions are advertised with the ordinary LIS1 round, and applicants may apply to both ordinary and bound positions.");
msg!(T1_FROM_AUTHORISATION, "reason.t1-from-authorisation", Some("T-1"),
    "Hele spesialistutdanningen varer minst 6,5 år etter autorisasjon, medregnet del 1: regnet fra autorisasjonen {from} er minstetiden nådd {minimumEnd}.",
    "Heile spesialistutdanninga varer minst 6,5 år etter autorisasjon, medrekna del 1: rekna frå autorisasjonen {from} er minstetida nådd {minimumEnd}.",
    "The whole specialist education lasts at least 6.5 years after authorisation, including del 1: counted from the authorisation on {from}, the minimum is reached on {minimumEnd}.");
msg!(T1_FROM_EARLIER_LIS1, "reason.t1-from-earlier-lis1", Some("T-1"),
    "Hele spesialistutdanningen varer minst 6,5 år etter autorisasjon, medregnet del 1. Autorisasjonsdatoen er ikke oppgitt, så tiden er regnet fra starten av den første tellende LIS1-tjenesten {from} (autorisasjonen kom før den): minstetiden er nådd {minimumEnd}.",
    "Heile spesialistutdanninga varer minst 6,5 år etter autorisasjon, medrekna del 1. Autorisasjonsdatoen er ikkje oppgitt, så tida er rekna frå starten av den første teljande LIS1-tenesta {from} (autorisasjonen kom før ho): minstetida er nådd {minimumEnd}.",
    "The whole specialist education lasts at least 6.5 years after authorisation, including del 1. The date of authorisation is not given, so the time is counted from the start of the first counted LIS1 service on {from} (authorisation came before it): the minimum is reached on {minimumEnd}.");
msg!(T1_FROM_ROUND, "reason.t1-from-round", Some("T-1"),
    "Hele spesialistutdanningen varer minst 6,5 år etter autorisasjon, medregnet del 1. Autorisasjonsdatoen er ikke oppgitt, så tiden er regnet fra LIS1-start {from}: minstetiden er nådd {minimumEnd}.",
    "Heile spesialistutdanninga varer minst 6,5 år etter autorisasjon, medrekna del 1. Autorisasjonsdatoen er ikkje oppgitt, så tida er rekna frå LIS1-start {from}: minstetida er nådd {minimumEnd}.",
    "The whole specialist education lasts at least 6.5 years after authorisation, including del 1. The date of authorisation is not given, so the time is counted from the LIS1 start on {from}: the minimum is reached on {minimumEnd}.");
msg!(T2_DEL1_FIRST, "reason.t2-del1-first", Some("T-2"),
    "Del 1 må være fullført (tid og læringsmål) før {specialty} starter; planlagt tidligst {specialtyStart}. Arbeidsgiver kontrollerer dette.",
    "Del 1 må vere fullført (tid og læringsmål) før {specialty} startar; planlagt tidlegast {specialtyStart}. Arbeidsgivaren kontrollerer dette.",
    "Del 1 must be complete (time and learning goals) before {specialty} starts; planned at the earliest on {specialtyStart}. The employer checks this.");
msg!(T3_ALIS, "reason.t3-alis", Some("T-3"),
    "ALIS: 5 års tjeneste etter del 1 ({specialtyStart}–{specialtyEnd}), hvorav minst 2 år i åpen uselektert allmennpraksis og minst 6 måneder institusjonstjeneste.",
    "ALIS: 5 års teneste etter del 1 ({specialtyStart}–{specialtyEnd}), av dette minst 2 år i open uselektert allmennpraksis og minst 6 månader institusjonsteneste.",
    "ALIS: 5 years of service after del 1 ({specialtyStart}–{specialtyEnd}), of which at least 2 years in open unselected general practice and at least 6 months of institutional service.");
msg!(
    T4_NO_DEL2,
    "reason.t4-no-del2",
    Some("T-4"),
    "{specialty} har ingen del 2: LIS3 følger direkte etter del 1, fra {specialtyStart}.",
    "{specialty} har ingen del 2: LIS3 følgjer direkte etter del 1, frå {specialtyStart}.",
    "{specialty} has no del 2: LIS3 follows del 1 directly, from {specialtyStart}."
);
msg!(T5_FASTLEGE, "reason.t5-fastlege", Some("T-5"),
    "En fastlegestilling kan ikke starte før del 1 er fullført (tidligst {specialtyStart}), men avtalen kan signeres tidligere.",
    "Ei fastlegestilling kan ikkje starte før del 1 er fullført (tidlegast {specialtyStart}), men avtalen kan signerast tidlegare.",
    "A fastlege (GP list) position cannot start before del 1 is complete (at the earliest {specialtyStart}), but the contract may be signed earlier.");
msg!(B3_CONTRACT, "reason.b3-contract", Some("B-3"),
    "Arbeidsavtalen for LIS3/ALIS signeres ved ansettelsen; LIS3/ALIS starter {specialtyStart}, {months} måneder etter LIS1-start (modellen: 1,5–2 år etter ansettelse).",
    "Arbeidsavtalen for LIS3/ALIS blir signert ved tilsetjinga; LIS3/ALIS startar {specialtyStart}, {months} månader etter LIS1-start (modellen: 1,5–2 år etter tilsetjing).",
    "The LIS3/ALIS employment contract is signed at hiring; LIS3/ALIS starts on {specialtyStart}, {months} months after the LIS1 start (model: 1.5–2 years after hiring).");
msg!(B4_NO_TIE_IN, "reason.b4-no-tie-in", Some("B-4"),
    "Ingen bindingstid og ingen karantene: vanlig arbeidsrett gjelder (en individuell avtale kan likevel avtale bindingstid).",
    "Inga bindingstid og ingen karantene: vanleg arbeidsrett gjeld (ein individuell avtale kan likevel avtale bindingstid).",
    "No tie-in period and no quarantine: ordinary labour law applies (an individual contract may still agree a tie-in period).");
msg!(B5_LEAVE, "reason.b5-leave", Some("B-5"),
    "Permisjon under LIS1 (sykdom, foreldrepermisjon) gir samme rett til å komme tilbake som i ordinær LIS1; en forsinket start i LIS3/ALIS beholder de samme rettighetene.",
    "Permisjon under LIS1 (sjukdom, foreldrepermisjon) gir same rett til å kome tilbake som i ordinær LIS1; ein forseinka start i LIS3/ALIS held på dei same rettane.",
    "Leave during LIS1 (sickness, parental leave) gives the same right to return as ordinary LIS1; a delayed LIS3/ALIS start keeps the same rights.");
msg!(B13_ASSESSMENT, "reason.b13-assessment", Some("B-13"),
    "Vurderingen følger kvalifikasjonsprinsippet (utdanning, erfaring, personlig egnethet). Tilknytning og motivasjon kan bare vektlegges i tillegg hvis utlysningen sier det, og aldri foran formelle kvalifikasjoner.",
    "Vurderinga følgjer kvalifikasjonsprinsippet (utdanning, erfaring, personleg eigna). Tilknyting og motivasjon kan berre vektleggjast i tillegg dersom utlysinga seier det, og aldri framfor formelle kvalifikasjonar.",
    "Assessment follows the qualification principle (education, experience, personal suitability). Ties and motivation may weigh in addition only if the advertisement says so, and never above formal qualifications.");

// ---- employer checklist -------------------------------------------------
msg!(
    B20_HF_APPROVED,
    "employer.b20.approved",
    Some("B-20"),
    "Helseforetaket er godkjent utdanningsvirksomhet for {specialty}.",
    "Helseføretaket er godkjend utdanningsverksemd for {specialty}.",
    "The helseforetak is an approved training institution for {specialty}."
);
msg!(B20_HF_NOT_APPROVED, "employer.b20.not-approved", Some("B-20"),
    "Helseforetaket er ikke oppgitt som godkjent utdanningsvirksomhet for {specialty}; bare godkjente virksomheter kan tilby bundne stillinger.",
    "Helseføretaket er ikkje oppgitt som godkjend utdanningsverksemd for {specialty}; berre godkjende verksemder kan tilby bundne stillingar.",
    "The helseforetak is not stated to be an approved training institution for {specialty}; only approved institutions may offer bound positions.");
msg!(
    B20_KOMMUNE_REGISTERED,
    "employer.b20.registered",
    Some("B-20"),
    "Kommunen er registrert utdanningsvirksomhet for allmennmedisin.",
    "Kommunen er registrert utdanningsverksemd for allmennmedisin.",
    "The kommune is registered as a training institution for allmennmedisin."
);
msg!(B20_KOMMUNE_NOT_REGISTERED, "employer.b20.not-registered", Some("B-20"),
    "Kommunen er ikke oppgitt som registrert utdanningsvirksomhet for allmennmedisin; bare registrerte kommuner kan tilby bundne stillinger.",
    "Kommunen er ikkje oppgitt som registrert utdanningsverksemd for allmennmedisin; berre registrerte kommunar kan tilby bundne stillingar.",
    "The kommune is not stated to be registered as a training institution for allmennmedisin; only registered kommuner may offer bound positions.");
msg!(
    B20_WRONG_KIND_KOMMUNE,
    "employer.b20.kommune-specialty",
    Some("B-20"),
    "En kommune kan bare være registrert utdanningsvirksomhet for allmennmedisin, ikke for {specialty}.",
    "Ein kommune kan berre vere registrert utdanningsverksemd for allmennmedisin, ikkje for {specialty}.",
    "A kommune can only be a registered training institution for allmennmedisin, not for {specialty}."
);
msg!(
    B20_WRONG_KIND_HF,
    "employer.b20.helseforetak-specialty",
    Some("B-20"),
    "Et helseforetak er godkjent utdanningsvirksomhet for psykiatri/BUP i denne modellen, ikke for {specialty}.",
    "Eit helseføretak er godkjend utdanningsverksemd for psykiatri/BUP i denne modellen, ikkje for {specialty}.",
    "In this model a helseforetak is the approved training institution for psykiatri/BUP, not for {specialty}."
);
msg!(
    B25_KOMMUNE,
    "employer.b25.kommune",
    Some("B-25"),
    "Kommunen ansetter, både i del 1 og i resten av løpet (allmennmedisin).",
    "Kommunen tilset, både i del 1 og i resten av løpet (allmennmedisin).",
    "The kommune hires, for del 1 and for the rest of the path (allmennmedisin)."
);
msg!(B25_HF, "employer.b25.helseforetak", Some("B-25"),
    "Helseforetaket ansetter; sykehusdelen av LIS1 bør som hovedregel være ved det helseforetaket der legen fortsetter.",
    "Helseføretaket tilset; sjukehusdelen av LIS1 bør som hovudregel vere ved det helseføretaket der legen held fram.",
    "The helseforetak hires; the LIS1 hospital part should as a rule be at the helseforetak where the doctor continues.");
msg!(
    B25_GP_NOT_HF,
    "employer.b25.allmennmedisin-not-helseforetak",
    Some("B-25"),
    "I allmennmedisin er det kommunen som ansetter, ikke et helseforetak.",
    "I allmennmedisin er det kommunen som tilset, ikkje eit helseføretak.",
    "In allmennmedisin the kommune hires, not a helseforetak."
);
msg!(
    B25_PSY_NOT_KOMMUNE,
    "employer.b25.lis3-not-kommune",
    Some("B-25"),
    "I {specialty} er det helseforetaket (virksomheten) som ansetter, ikke en kommune.",
    "I {specialty} er det helseføretaket (verksemda) som tilset, ikkje ein kommune.",
    "In {specialty} the helseforetak (the institution) hires, not a kommune."
);
msg!(
    B21_OK,
    "employer.b21.ok",
    Some("B-21"),
    "LIS3/ALIS-stillingen er ledig fra {vacancy}, senest ved planlagt start {specialtyStart} etter del 1.",
    "LIS3/ALIS-stillinga er ledig frå {vacancy}, seinast ved planlagd start {specialtyStart} etter del 1.",
    "The LIS3/ALIS post is vacant from {vacancy}, no later than the planned start {specialtyStart} after del 1."
);
msg!(
    B21_LATE,
    "employer.b21.late",
    Some("B-21"),
    "LIS3/ALIS-stillingen er først ledig fra {vacancy}, etter planlagt start {specialtyStart} etter del 1.",
    "LIS3/ALIS-stillinga er først ledig frå {vacancy}, etter planlagd start {specialtyStart} etter del 1.",
    "The LIS3/ALIS post is vacant only from {vacancy}, after the planned start {specialtyStart} after del 1."
);
msg!(B21_MISSING, "employer.b21.missing", Some("B-21"),
    "Det er ikke oppgitt når LIS3/ALIS-stillingen blir ledig; den må kunne tiltres omtrent 2 år etter ansettelse, når del 1 er fullført.",
    "Det er ikkje oppgitt når LIS3/ALIS-stillinga blir ledig; ho må kunne tiltreast omtrent 2 år etter tilsetjing, når del 1 er fullført.",
    "It is not stated when the LIS3/ALIS post becomes vacant; it must be available about 2 years after hiring, when del 1 is complete.");
msg!(
    B21_NO_ROUND,
    "employer.b21.no-round",
    Some("B-21"),
    "Ledig fra {vacancy}: kan ikke kontrolleres uten runde (LIS1-start).",
    "Ledig frå {vacancy}: kan ikkje kontrollerast utan runde (LIS1-start).",
    "Vacant from {vacancy}: cannot be checked without the round (LIS1 start)."
);
msg!(B22_YES, "employer.b22.yes", Some("B-22"),
    "LIS3/ALIS-stillingen er lyst ut offentlig; arbeidsgiver kontrollerer at ingen bedre kvalifisert søker finnes før koblingen.",
    "LIS3/ALIS-stillinga er lyst ut offentleg; arbeidsgivaren kontrollerer at ingen betre kvalifisert søkjar finst før koplinga.",
    "The LIS3/ALIS post is advertised publicly; the employer checks that there is no better-qualified applicant before coupling.");
msg!(B22_NO, "employer.b22.no", Some("B-22"),
    "LIS3/ALIS-stillingen er ikke oppgitt som offentlig utlyst; den skal lyses ut offentlig, samtidig eller før.",
    "LIS3/ALIS-stillinga er ikkje oppgitt som offentleg utlyst; ho skal lysast ut offentleg, samtidig eller før.",
    "The LIS3/ALIS post is not stated to be advertised publicly; it must be advertised publicly, in parallel or before.");
msg!(
    B23_YES,
    "employer.b23.yes",
    Some("B-23"),
    "Utlysningen sier at stillingene er kombinert og hvordan søkere vurderes.",
    "Utlysinga seier at stillingane er kombinerte og korleis søkjarar blir vurderte.",
    "The advertisement states that the positions are combined and how applicants are assessed."
);
msg!(B23_NO, "employer.b23.no", Some("B-23"),
    "Utlysningen er ikke oppgitt å si at stillingene er kombinert og hvordan søkere vurderes (særlig om tilknytning eller motivasjon vektlegges).",
    "Utlysinga er ikkje oppgitt å seie at stillingane er kombinerte og korleis søkjarar blir vurderte (særleg om tilknyting eller motivasjon blir vektlagd).",
    "The advertisement is not stated to say that the positions are combined and how applicants are assessed (especially whether ties or motivation are weighted).");
msg!(
    B24_FIXED,
    "employer.b24.fixed-salary",
    Some("B-24"),
    "Fastlønnsstilling, slik modellen primært forutsetter.",
    "Fastlønsstilling, slik modellen primært føreset.",
    "A fixed-salary post, as the model primarily presumes."
);
msg!(
    B24_BUSINESS,
    "employer.b24.private-practice",
    Some("B-24"),
    "Næringsdrift er mulig, men starten i ALIS må passe med når legen som slutter, fratrer.",
    "Næringsdrift er mogleg, men starten i ALIS må passe med når legen som sluttar, fråtrer.",
    "Private practice (næringsdrift) is possible, but the ALIS start must fit the date the outgoing doctor leaves."
);
msg!(
    B24_SALARY_MISSING,
    "employer.b24.salary-missing",
    Some("B-24"),
    "Det er ikke oppgitt om stillingen er fastlønn eller næringsdrift.",
    "Det er ikkje oppgitt om stillinga er fastløn eller næringsdrift.",
    "It is not stated whether the post has a fixed salary or is private practice."
);
msg!(
    B24_PRIORITISED,
    "employer.b24.prioritised",
    Some("B-24"),
    "Rekrutteringssvak kommune som kan gi god veiledning: prioriteres.",
    "Rekrutteringssvak kommune som kan gi god rettleiing: blir prioritert.",
    "A recruitment-weak kommune that can offer good supervision: prioritised."
);
msg!(B24_SUPERVISION, "employer.b24.supervision", Some("B-24"),
    "Kommunen kan gi god veiledning. Ordningen er ikke forbeholdt rekrutteringssvake kommuner, men de prioriteres.",
    "Kommunen kan gi god rettleiing. Ordninga er ikkje reservert for rekrutteringssvake kommunar, men dei blir prioriterte.",
    "The kommune can offer good supervision. The scheme is not reserved for recruitment-weak kommuner, but they are prioritised.");
msg!(
    B24_NO_SUPERVISION,
    "employer.b24.no-supervision",
    Some("B-24"),
    "Det er ikke oppgitt at kommunen kan gi god veiledning; kommuner som kan det, prioriteres.",
    "Det er ikkje oppgitt at kommunen kan gi god rettleiing; kommunar som kan det, blir prioriterte.",
    "It is not stated that the kommune can offer good supervision; kommuner that can are prioritised."
);

// ---- warnings -----------------------------------------------------------
msg!(
    WARN_ROUND_MISSING,
    "warning.round-missing",
    Some("B-2"),
    "Uten oppstartsdato for LIS1 beregnes ingen tidslinje.",
    "Utan oppstartsdato for LIS1 blir inga tidslinje rekna ut.",
    "Without the LIS1 start date no timeline is computed."
);
msg!(WARN_CHECKLIST_OPEN, "warning.employer-checklist-open", Some("B-20"),
    "Arbeidsgiverens sjekkliste har punkter som ikke er oppfylt ({rules}); stillingen kan tilbys som bundet stilling først når de er oppfylt.",
    "Sjekklista til arbeidsgivaren har punkt som ikkje er oppfylte ({rules}); stillinga kan tilbydast som bunden stilling først når dei er oppfylte.",
    "The employer checklist has unmet items ({rules}); the position can be offered as a bound position only once they are met.");
msg!(WARN_VACANCY_FAR_LATER, "warning.vacancy-far-later", Some("B-21"),
    "LIS3/ALIS-stillingen blir ledig {days} dager etter planlagt start etter del 1; legen vil stå uten stilling i mellomtiden.",
    "LIS3/ALIS-stillinga blir ledig {days} dagar etter planlagd start etter del 1; legen vil stå utan stilling i mellomtida.",
    "The LIS3/ALIS post becomes vacant {days} days after the planned start after del 1; the doctor would be without a post in between.");
msg!(
    WARN_CONTRACT_SHORT,
    "warning.contract-short",
    Some("B-3"),
    "LIS3/ALIS starter bare {months} måneder etter LIS1-start, mindre enn de 1,5–2 årene modellen regner med.",
    "LIS3/ALIS startar berre {months} månader etter LIS1-start, mindre enn dei 1,5–2 åra modellen reknar med.",
    "LIS3/ALIS starts only {months} months after the LIS1 start, less than the 1.5–2 years the model assumes."
);
msg!(WARN_T1_UNDATED, "warning.t1-undated-earlier-lis1", Some("T-1"),
    "Tidligere LIS1-tjeneste er oppgitt uten startdato, og autorisasjonsdatoen mangler: de 6,5 årene er regnet fra denne rundens start, og minstetiden nås egentlig tidligere. Oppgi autorisasjonsdatoen eller når den tidligere tjenesten startet.",
    "Tidlegare LIS1-teneste er oppgitt utan startdato, og autorisasjonsdatoen manglar: dei 6,5 åra er rekna frå starten av denne runden, og minstetida blir eigentleg nådd tidlegare. Oppgi autorisasjonsdatoen eller når den tidlegare tenesta starta.",
    "Earlier LIS1 service is given without a start date, and the date of authorisation is missing: the 6.5 years are counted from this round's start, so the minimum is in fact reached earlier. Give the date of authorisation or when the earlier service started.");
msg!(
    WARN_POSITIONS_NOT_31,
    "warning.positions-not-31",
    Some("B-30"),
    "Modellen har 31 bundne stillinger per runde; her brukes {positions}.",
    "Modellen har 31 bundne stillingar per runde; her blir {positions} brukt.",
    "The model has 31 bound positions per round; {positions} are used here."
);

// ---- portal calendar (B-40) ---------------------------------------------
msg!(B40_DEADLINE, "portal.application-deadline", Some("B-40"),
    "Søknadsfrist {deadline}: minst 2 uker etter utlysningen {advertised}, altså tidligst {earliest}.",
    "Søknadsfrist {deadline}: minst 2 veker etter utlysinga {advertised}, altså tidlegast {earliest}.",
    "Application deadline {deadline}: at least 2 weeks after the advertisement on {advertised}, i.e. on {earliest} at the earliest.");
msg!(B40_REPLY, "portal.reply-deadline", Some("B-40"),
    "Svarfrist {reply}: minst 3 arbeidsdager etter første tilbud {offer}, altså tidligst {earliest}.",
    "Svarfrist {reply}: minst 3 arbeidsdagar etter første tilbod {offer}, altså tidlegast {earliest}.",
    "Reply deadline {reply}: at least 3 working days after the first offer on {offer}, i.e. on {earliest} at the earliest.");
msg!(
    B40_HIDDEN,
    "portal.acceptance-hidden",
    Some("B-40"),
    "Akseptmerket skjules 1 uke før oppstart {start}, altså fra {hiddenFrom}.",
    "Akseptmerket blir skjult 1 veke før oppstart {start}, altså frå {hiddenFrom}.",
    "The acceptance mark is hidden 1 week before the start on {start}, i.e. from {hiddenFrom}."
);
msg!(B40_HIDDEN_GIVEN, "portal.acceptance-hidden-given", Some("B-40"),
    "Akseptmerket skjules fra {given}; det skal skjules senest 1 uke før oppstart {start}, altså fra {hiddenFrom}.",
    "Akseptmerket blir skjult frå {given}; det skal skjulast seinast 1 veke før oppstart {start}, altså frå {hiddenFrom}.",
    "The acceptance mark is hidden from {given}; it must be hidden 1 week before the start on {start} at the latest, i.e. from {hiddenFrom}.");

// ---- distribution (B-30, B-31) ------------------------------------------
msg!(
    B31_NATIONAL,
    "distribution.national-total",
    Some("B-31"),
    "Nasjonalt totalt {total} LIS1-stillinger: {ordinary} ordinære + {bound} bundne; omgjøring endrer ikke totalen.",
    "Nasjonalt totalt {total} LIS1-stillingar: {ordinary} ordinære + {bound} bundne; omgjering endrar ikkje totalen.",
    "National total {total} LIS1 positions: {ordinary} ordinary + {bound} bound; conversion does not change the total."
);

// Assumptions in words (issue 22 item 9): one sentence per option and value, beside the calculation that
// uses the option; `{value}` is the value as people read it. The API returns it as `assumptions[].text`.
/// `ui.assumption.minimum-from.authorisation`.
pub static T_1_FROM_AUTHORISATION: MessageDef = MessageDef {
    code: "ui.assumption.minimum-from.authorisation",
    rule: Some("T-1"),
    nb: "De 6,5 årene regnes fra datoen for autorisasjon.",
    nn: "Dei 6,5 åra blir rekna frå datoen for autorisasjon.",
    en: "The 6.5 years are counted from the date of authorisation.",
};

/// `ui.assumption.minimum-from.first-lis1-start`.
pub static T_1_FROM_FIRST_LIS1: MessageDef = MessageDef {
    code: "ui.assumption.minimum-from.first-lis1-start",
    rule: Some("T-1"),
    nb: "Datoen for autorisasjon er ikke oppgitt: de 6,5 årene regnes fra starten av den første tellende LIS1-tjenesten.",
    nn: "Datoen for autorisasjon er ikkje oppgitt: dei 6,5 åra blir rekna frå starten av den første teljande LIS1-tenesta.",
    en: "The date of authorisation is not given: the 6.5 years are counted from the start of the first counted LIS1 service.",
};

/// `ui.assumption.minimum-from.round-start`.
pub static T_1_FROM_ROUND: MessageDef = MessageDef {
    code: "ui.assumption.minimum-from.round-start",
    rule: Some("T-1"),
    nb: "Datoen for autorisasjon er ikke oppgitt: de 6,5 årene regnes fra LIS1-start i denne runden.",
    nn: "Datoen for autorisasjon er ikkje oppgitt: dei 6,5 åra blir rekna frå LIS1-start i denne runden.",
    en: "The date of authorisation is not given: the 6.5 years are counted from the LIS1 start of this round.",
};

/// `ui.assumption.odd-position-to.allmennmedisin`.
pub static B_30_ODD_ALLMENNMEDISIN: MessageDef = MessageDef {
    code: "ui.assumption.odd-position-to.allmennmedisin",
    rule: Some("B-30"),
    nb: "Ved et odde antall stillinger får allmennmedisin den ekstra stillingen.",
    nn: "Ved eit odde tal stillingar får allmennmedisin den ekstra stillinga.",
    en: "With an odd number of positions, allmennmedisin gets the extra one.",
};

/// `ui.assumption.odd-position-to.psykiatri`.
pub static B_30_ODD_PSYKIATRI: MessageDef = MessageDef {
    code: "ui.assumption.odd-position-to.psykiatri",
    rule: Some("B-30"),
    nb: "Ved et odde antall stillinger får psykiatri (med BUP) den ekstra stillingen.",
    nn: "Ved eit odde tal stillingar får psykiatri (med BUP) den ekstra stillinga.",
    en: "With an odd number of positions, psykiatri (with BUP) gets the extra one.",
};

/// `ui.assumption.vacancy-needed-by`.
pub static B_21_BY_START: MessageDef = MessageDef {
    code: "ui.assumption.vacancy-needed-by",
    rule: Some("B-21"),
    nb: "Den ledige LIS-stillingen må være klar når spesialiseringen etter LIS1 starter.",
    nn: "Den ledige LIS-stillinga må vere klar når spesialiseringa etter LIS1 startar.",
    en: "The vacant specialist post must be ready when specialisation after LIS1 starts.",
};

/// `ui.assumption.application-weeks`.
pub static B_40_APPLICATION: MessageDef = MessageDef {
    code: "ui.assumption.application-weeks",
    rule: Some("B-40"),
    nb: "Søknadsfristen på minst 2 uker er regnet som 14 kalenderdager fra dagen stillingen ble lyst ut.",
    nn: "Søknadsfristen på minst 2 veker er rekna som 14 kalenderdagar frå dagen stillinga vart lyst ut.",
    en:
        "The application deadline of at least 2 weeks is counted as 14 calendar days from the day of the advertisement.",
};

/// `ui.assumption.reply-working-days-from`.
pub static B_40_REPLY: MessageDef = MessageDef {
    code: "ui.assumption.reply-working-days-from",
    rule: Some("B-40"),
    nb: "De 3 arbeidsdagene til svarfristen regnes fra arbeidsdagen etter første tilbud.",
    nn: "Dei 3 arbeidsdagane til svarfristen blir rekna frå arbeidsdagen etter første tilbod.",
    en: "The 3 working days to the reply deadline are counted from the working day after the first offer.",
};

/// Every message of this crate.
pub static ALL: &[&MessageDef] = &[
    &T_1_FROM_AUTHORISATION,
    &T_1_FROM_FIRST_LIS1,
    &T_1_FROM_ROUND,
    &B_30_ODD_ALLMENNMEDISIN,
    &B_30_ODD_PSYKIATRI,
    &B_21_BY_START,
    &B_40_APPLICATION,
    &B_40_REPLY,
    &LABEL_ALLMENNMEDISIN,
    &LABEL_PSYKIATRI,
    &LABEL_BUP,
    &LABEL_HOSPITAL,
    &LABEL_MUNICIPAL,
    &LABEL_AND,
    &REMAIN_MONTHS,
    &REMAIN_DAYS,
    &REMAIN_GOALS,
    &ROUND_NOT_START_DATE,
    &MONTHS_RANGE,
    &COUNT_RANGE,
    &LIS1_COMPLETE_INCONSISTENT,
    &LIS1_COMPLETE_OPEN,
    &LIS1_ORDER_MAKE_UP,
    &DAYS_RANGE,
    &AUTHORISED_ON_NOT_AUTHORISED,
    &AUTHORISED_AFTER_START,
    &AUTHORISED_AFTER_LIS1,
    &LIS1_ORDER,
    &KOMMUNE_FORMAT,
    &KOMMUNE_UNKNOWN,
    &LIST_DUPLICATE,
    &LIST_EMPTY,
    &DISTRIBUTION_SUM,
    &DISTRIBUTION_DUPLICATE_CELL,
    &DISTRIBUTION_DUPLICATE_RHF,
    &DISTRIBUTION_BOTH_SPLITS,
    &DISTRIBUTION_BOUND_EXCEEDS,
    &PORTAL_ORDER,
    &EXEMPT_FOREIGN_DEL1,
    &EXEMPT_HALF_ABROAD,
    &EXEMPT_EEA,
    &NO_EARLIER_LIS1,
    &LIS1_COMPLETED,
    &PARTIAL_LIS1,
    &B14_NOT_COMPLETE,
    &COURSE_FULL,
    &COURSE_ONLY_MISSING,
    &COURSE_NOTHING_TO_OFFER,
    &OFFER_ONLY_MISSING,
    &AUTHORISED,
    &AUTHORISED_ON,
    &AUTHORISATION_BY,
    &AUTHORISATION_BEFORE_START,
    &PATH_PSYCHIATRY,
    &PATH_GP,
    &PATH_KOMMUNE_MISMATCH,
    &PATH_HF_MISMATCH,
    &ROUND_OK,
    &T1_FROM_AUTHORISATION,
    &T1_FROM_EARLIER_LIS1,
    &T1_FROM_ROUND,
    &T2_DEL1_FIRST,
    &T3_ALIS,
    &T4_NO_DEL2,
    &T5_FASTLEGE,
    &B3_CONTRACT,
    &B4_NO_TIE_IN,
    &B5_LEAVE,
    &B13_ASSESSMENT,
    &B20_HF_APPROVED,
    &B20_HF_NOT_APPROVED,
    &B20_KOMMUNE_REGISTERED,
    &B20_KOMMUNE_NOT_REGISTERED,
    &B20_WRONG_KIND_KOMMUNE,
    &B20_WRONG_KIND_HF,
    &B25_KOMMUNE,
    &B25_HF,
    &B25_GP_NOT_HF,
    &B25_PSY_NOT_KOMMUNE,
    &B21_OK,
    &B21_LATE,
    &B21_MISSING,
    &B21_NO_ROUND,
    &B22_YES,
    &B22_NO,
    &B23_YES,
    &B23_NO,
    &B24_FIXED,
    &B24_BUSINESS,
    &B24_SALARY_MISSING,
    &B24_PRIORITISED,
    &B24_SUPERVISION,
    &B24_NO_SUPERVISION,
    &WARN_ROUND_MISSING,
    &WARN_CHECKLIST_OPEN,
    &WARN_VACANCY_FAR_LATER,
    &WARN_CONTRACT_SHORT,
    &WARN_T1_UNDATED,
    &WARN_POSITIONS_NOT_31,
    &B40_DEADLINE,
    &B40_REPLY,
    &B40_HIDDEN,
    &B40_HIDDEN_GIVEN,
    &B31_NATIONAL,
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn catalogue_is_complete_in_three_languages() {
        assert_eq!(lis1_core::message::check_catalogue(ALL), Vec::<String>::new());
    }

    #[test]
    fn catalogue_codes_do_not_clash_with_core() {
        for m in ALL {
            assert!(lis1_core::messages::ALL.iter().all(|c| c.code != m.code), "{}", m.code);
        }
    }
}
