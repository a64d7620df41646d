//! Message catalogue of the service engine: every user-visible text, in nb,
//! nn and en, with its rule id. Input-shape messages (dates, percent, enum
//! values) come from `lis1_core::messages`.

use lis1_core::{Lang, MessageDef, Part};

// ---------------------------------------------------------------- issues

/// An absence day count below zero.
pub static DAYS_NEGATIVE: MessageDef = MessageDef {
    code: "absence.days-negative",
    rule: None,
    nb: "«{field}» kan ikke være negativ, fikk {got}.",
    nn: "«{field}» kan ikkje vere negativ, fekk {got}.",
    en: "“{field}” cannot be negative, got {got}.",
};

/// An absence day count beyond any LIS1 absence.
pub static DAYS_ABSURD: MessageDef = MessageDef {
    code: "absence.days-absurd",
    rule: None,
    nb: "«{field}» er urimelig stor: {got} (høyst {max}).",
    nn: "«{field}» er urimeleg stor: {got} (høgst {max}).",
    en: "“{field}” is implausibly large: {got} (at most {max}).",
};

/// Service dated before del 1 existed (old turnus).
pub static PERIOD_BEFORE_DEL1: MessageDef = MessageDef {
    code: "period.before-del1",
    rule: Some("S-1"),
    nb: "Tjeneste før {del1Start} er gammel turnustjeneste og ikke del 1 av spesialistutdanningen (startdato {start}).",
    nn: "Teneste før {del1Start} er gammal turnusteneste og ikkje del 1 av spesialistutdanninga (startdato {start}).",
    en: "Service before {del1Start} is the old internship (turnus), not del 1 of specialist training (start date {start}).",
};

/// Two periods overlap.
pub static PERIOD_OVERLAP: MessageDef = MessageDef {
    code: "period.overlap",
    rule: Some("S-7"),
    nb: "Perioden {start}–{end} overlapper periode {other}; en lege kan ikke tjenestegjøre to steder samtidig.",
    nn: "Perioden {start}–{end} overlappar periode {other}; ein lege kan ikkje gjere teneste to stader samtidig.",
    en: "The period {start}–{end} overlaps period {other}; a doctor cannot serve twice at once.",
};

/// Both a date range and a day count on one absence.
pub static ABSENCE_BOTH_FORMS: MessageDef = MessageDef {
    code: "absence.both-forms",
    rule: None,
    nb: "Oppgi fraværet enten med datoer (fra og med, til og med) eller som antall dager, ikke begge.",
    nn: "Oppgi fråværet anten med datoar (frå og med, til og med) eller som tal på dagar, ikkje begge.",
    en: "Give the absence either as dates (from, to) or as a number of days, not both.",
};

/// Neither a date range nor a day count.
pub static ABSENCE_NO_FORM: MessageDef = MessageDef {
    code: "absence.no-form",
    rule: None,
    nb: "Fraværet mangler tid: oppgi datoer (fra og med, til og med) eller antall dager.",
    nn: "Fråværet manglar tid: oppgi datoar (frå og med, til og med) eller tal på dagar.",
    en: "The absence has no time: give its dates (from, to) or a number of days.",
};

/// Only one end of a date range.
pub static ABSENCE_INCOMPLETE_RANGE: MessageDef = MessageDef {
    code: "absence.incomplete-range",
    rule: None,
    nb: "Fraværet har bare én av start- og sluttdatoen; «{field}» mangler.",
    nn: "Fråværet har berre éin av start- og sluttdatoen; «{field}» manglar.",
    en: "The absence has only one of its start and end dates; “{field}” is missing.",
};

/// An absence not inside a period of its part.
pub static ABSENCE_OUTSIDE_PERIOD: MessageDef = MessageDef {
    code: "absence.outside-period",
    rule: Some("A-3"),
    nb: "Fraværet {start}–{end} ligger ikke innenfor en tjenesteperiode i {part}.",
    nn: "Fråværet {start}–{end} ligg ikkje innanfor ein tenesteperiode i {part}.",
    en: "The absence {start}..{end} is not inside a service period of the {part}.",
};

/// Two date-range absences share days (they would be counted twice).
pub static ABSENCE_OVERLAP: MessageDef = MessageDef {
    code: "absence.overlap",
    rule: None,
    nb: "Fraværet {start}–{end} overlapper fravær {other}; samme dag kan ikke telles to ganger.",
    nn: "Fråværet {start}–{end} overlappar fråvær {other}; same dag kan ikkje teljast to gonger.",
    en: "The absence {start}–{end} overlaps absence {other}; the same day cannot be counted twice.",
};

/// A day-count absence in a part without any period.
pub static ABSENCE_PART_WITHOUT_PERIOD: MessageDef = MessageDef {
    code: "absence.part-without-period",
    rule: Some("A-3"),
    nb: "Fravær i {part}, men ingen tjenesteperiode i {part} er oppgitt.",
    nn: "Fråvær i {part}, men ingen tenesteperiode i {part} er oppgitt.",
    en: "Absence in the {part}, but no service period in the {part} is given.",
};

/// The plan starts before recorded service ends.
pub static PLAN_BEFORE_HISTORY: MessageDef = MessageDef {
    code: "plan.before-history",
    rule: Some("S-7"),
    nb: "Planlagt start {start} er før siste registrerte tjeneste slutter ({end}).",
    nn: "Planlagd start {start} er før siste registrerte teneste sluttar ({end}).",
    en: "The planned start {start} is before the last recorded service ends ({end}).",
};

/// The plan starts before del 1 existed.
pub static PLAN_BEFORE_DEL1: MessageDef = MessageDef {
    code: "plan.before-del1",
    rule: Some("S-1"),
    nb: "Planlagt start {start} er før del 1 ble innført {del1Start}.",
    nn: "Planlagd start {start} er før del 1 vart innført {del1Start}.",
    en: "The planned start {start} is before del 1 was introduced on {del1Start}.",
};

/// Covid overlay end before the overlay began.
pub static COVID_END_BEFORE_START: MessageDef = MessageDef {
    code: "options.covid-end-before-start",
    rule: Some("A-O4"),
    nb: "Sluttdato for koronaunntaket ({end}) er før unntaket begynte {start}.",
    nn: "Sluttdato for koronaunntaket ({end}) er før unntaket byrja {start}.",
    en: "The covid overlay end date ({end}) is before the overlay began on {start}.",
};

/// S-2: municipal service while the hospital part is completed later.
pub static S2_HOSPITAL_LATER: MessageDef = MessageDef {
    code: "service.municipal-before-hospital",
    rule: Some("S-2"),
    nb: "Kommunetjeneste fra {start} starter før sykehusdelen er fullført ({done}). Sykehusdelen må fullføres først.",
    nn: "Kommuneteneste frå {start} startar før sjukehusdelen er fullført ({done}). Sjukehusdelen må fullførast først.",
    en: "Municipal service from {start} starts before the hospital part is complete ({done}). The hospital part must be completed first.",
};

/// S-2: municipal service starting while make-up days of the hospital part
/// are still owed (the hospital months themselves were reached).
pub static S2_MAKE_UP_FIRST: MessageDef = MessageDef {
    code: "service.municipal-before-make-up",
    rule: Some("S-2"),
    nb: "Kommunetjenesten fra {start} starter for tidlig: {days} dager fravær over grensen i sykehusdelen må tas igjen først. Kommunedelen kan starte {canStart}.",
    nn: "Kommunetenesta frå {start} startar for tidleg: {days} dagar fråvær over grensa i sjukehusdelen må takast att først. Kommunedelen kan starte {canStart}.",
    en: "Municipal service from {start} starts too early: {days} days of absence above the allowance in the hospital part must be made up first. The municipal part can start on {canStart}.",
};

/// S-2: municipal service while the hospital part is not complete at all.
pub static S2_HOSPITAL_MISSING: MessageDef = MessageDef {
    code: "service.municipal-without-hospital",
    rule: Some("S-2"),
    nb: "Kommunetjeneste fra {start}, men sykehusdelen er ikke fullført i de oppgitte periodene. Sykehusdelen må fullføres først.",
    nn: "Kommuneteneste frå {start}, men sjukehusdelen er ikkje fullført i dei oppgitte periodane. Sjukehusdelen må fullførast først.",
    en: "Municipal service from {start}, but the hospital part is not complete in the given periods. The hospital part must be completed first.",
};

/// S-8: a second full del 1.
pub static S8_REPEATED: MessageDef = MessageDef {
    code: "service.del1-repeated",
    rule: Some("S-8"),
    nb: "Tellende tjeneste dekket begge deler av del 1 allerede den {done}; en ny full LIS1 etter dette er ikke tillatt (deler kan gjentas, ikke hele del 1).",
    nn: "Tellande teneste dekte begge delane av del 1 alt den {done}; ein ny full LIS1 etter dette er ikkje tillate (delar kan gjentakast, ikkje heile del 1).",
    en: "Counted service already covered both parts of del 1 on {done}; a new full LIS1 after that is not allowed (parts may be repeated, not the whole of del 1).",
};

// -------------------------------------------------------------- warnings

/// S-5: low position percentage.
pub static LOW_PERCENT: MessageDef = MessageDef {
    code: "period.low-percent",
    rule: Some("S-5"),
    nb: "Stillingsprosent {percent} er under {min} %. Det finnes ingen fastsatt minstegrense for LIS1, men beslektede ordninger bruker {min} %.",
    nn: "Stillingsprosent {percent} er under {min} %. Det finst inga fastsett minstegrense for LIS1, men liknande ordningar brukar {min} %.",
    en: "Position percentage {percent} is below {min} %. No minimum is set for LIS1, but related schemes use {min} %.",
};

/// S-6: a period that does not count.
pub static NOT_COUNTING: MessageDef = MessageDef {
    code: "period.not-counting",
    rule: Some("S-6"),
    nb: "Perioden {start}–{end} ({position}) er ikke en utlyst LIS1-stilling og teller 0 måneder.",
    nn: "Perioden {start}–{end} ({position}) er ikkje ei utlyst LIS1-stilling og tel 0 månader.",
    en: "The period {start}..{end} ({position}) is not an advertised LIS1 position and counts 0 months.",
};

/// P-1: extra (employer-funded) positions count, but rest on a proposal.
pub static EXTRA_POSITION: MessageDef = MessageDef {
    code: "period.extra-position",
    rule: Some("S-6"),
    nb: "Perioden {start}–{end} er i en arbeidsgiverfinansiert ekstrastilling. Den er talt med, men bare tjeneste i LIS1-stillinger utlyst i Helsedirektoratets portal teller; ekstrastillinger er et forslag som krever forskriftsendring. Sjekk at stillingen var utlyst der.",
    nn: "Perioden {start}–{end} er i ei arbeidsgivarfinansiert ekstrastilling. Ho er talt med, men berre teneste i LIS1-stillingar utlyste i Helsedirektoratet sin portal tel; ekstrastillingar er eit forslag som krev forskriftsendring. Sjekk at stillinga var utlyst der.",
    en: "The period {start}..{end} is in an employer-funded extra position. It is counted, but only service in LIS1 positions advertised in Helsedirektoratet's portal counts; extra positions are a proposal that needs a regulation change. Check that the position was advertised there.",
};

/// S-10: a coupled course starting on an unusual date.
pub static UNUSUAL_START: MessageDef = MessageDef {
    code: "period.unusual-start",
    rule: Some("S-10"),
    nb: "Koblet stilling starter {start}; ordinære startdatoer er 1. mars og 1. september.",
    nn: "Kopla stilling startar {start}; ordinære startdatoar er 1. mars og 1. september.",
    en: "Coupled position starts on {start}; the ordinary start dates are 1 March and 1 September.",
};

/// S-11: not authorised.
pub static NOT_AUTHORISED: MessageDef = MessageDef {
    code: "service.not-authorised",
    rule: Some("S-11"),
    nb: "Autorisasjon kreves før del 1 starter.",
    nn: "Autorisasjon krevst før del 1 startar.",
    en: "Authorisation is required before del 1 starts.",
};

/// S-9: time complete, læringsmål not approved.
pub static GOALS_NOT_APPROVED: MessageDef = MessageDef {
    code: "service.learning-goals-missing",
    rule: Some("S-9"),
    nb: "Tjenestetiden i del 1 er nådd, men del 1 er ikke fullført før alle læringsmål i begge deler er godkjent.",
    nn: "Tenestetida i del 1 er nådd, men del 1 er ikkje fullført før alle læringsmål i begge delar er godkjende.",
    en: "The service time of del 1 is reached, but del 1 is not complete until all learning goals of both parts are approved.",
};

/// S-2: municipal service recorded, hospital læringsmål not approved.
pub static HOSPITAL_GOALS_PENDING: MessageDef = MessageDef {
    code: "service.hospital-goals-pending",
    rule: Some("S-2"),
    nb: "Det er registrert kommunetjeneste, men læringsmålene i sykehusdelen er ikke oppgitt som godkjent. Til de er godkjent, kan kommunen ikke kreve trygderefusjon for legen som LIS1.",
    nn: "Det er registrert kommuneteneste, men læringsmåla i sjukehusdelen er ikkje oppgitte som godkjende. Til dei er godkjende, kan kommunen ikkje krevje trygderefusjon for legen som LIS1.",
    en: "Municipal service is recorded, but the hospital part's learning goals are not given as approved. Until they are approved, the kommune cannot claim trygderefusjon (national insurance refunds) for the doctor as a LIS1.",
};

/// S-8: a plan for a doctor with nothing left.
pub static NOTHING_LEFT: MessageDef = MessageDef {
    code: "service.nothing-left",
    rule: Some("S-8"),
    nb: "Begge deler av del 1 er allerede fullført i tid; det gjenstår ingen tjeneste, og en ny full LIS1 er ikke tillatt.",
    nn: "Begge delane av del 1 er alt fullførte i tid; det står ingen teneste att, og ein ny full LIS1 er ikkje tillate.",
    en: "Both parts of del 1 are already complete in time; no service remains, and a new full LIS1 is not allowed.",
};

/// allowance nearly used.
pub static ALLOWANCE_NEARLY_USED: MessageDef = MessageDef {
    code: "absence.allowance-nearly-used",
    rule: Some("A-8"),
    nb: "{part}: {used} av {allowance} fraværsdager er brukt. Mer fravær må tas igjen.",
    nn: "{part}: {used} av {allowance} fråværsdagar er brukte. Meir fråvær må takast att.",
    en: "{part}: {used} of {allowance} absence days are used. Further absence must be made up.",
};

/// absence above 10 %.
pub static OVER_ALLOWANCE_A1: MessageDef = MessageDef {
    code: "absence.over-allowance-a1",
    rule: Some("A-1"),
    nb: "{part}: {used} fraværsdager er over grensen på 10 % av delens lengde ({allowance} dager); {makeUp} dager må tas igjen.",
    nn: "{part}: {used} fråværsdagar er over grensa på 10 % av lengda til delen ({allowance} dagar); {makeUp} dagar må takast att.",
    en: "{part}: {used} absence days exceed the limit of 10 % of the part's length ({allowance} days); {makeUp} days must be made up.",
};

/// absence above 10 % (ferie counted as absence).
pub static OVER_ALLOWANCE_A2: MessageDef = MessageDef {
    code: "absence.over-allowance-a2",
    rule: Some("A-2"),
    nb: "{part}: {used} fraværsdager (ferie medregnet) er over grensen på 10 % av delens lengde ({allowance} dager); {makeUp} dager må tas igjen.",
    nn: "{part}: {used} fråværsdagar (ferie medrekna) er over grensa på 10 % av lengda til delen ({allowance} dagar); {makeUp} dagar må takast att.",
    en: "{part}: {used} absence days (vacation included) exceed the limit of 10 % of the part's length ({allowance} days); {makeUp} days must be made up.",
};

/// absence above 12/6 days.
pub static OVER_ALLOWANCE_A3: MessageDef = MessageDef {
    code: "absence.over-allowance-a3",
    rule: Some("A-3"),
    nb: "{part}: {used} fraværsdager er over grensen på {allowance} dager; {makeUp} dager må tas igjen (resttjeneste).",
    nn: "{part}: {used} fråværsdagar er over grensa på {allowance} dagar; {makeUp} dagar må takast att (restteneste).",
    en: "{part}: {used} absence days exceed the limit of {allowance} days; {makeUp} days must be made up.",
};

// The absence kinds (`ABSENCE_KINDS`) in words: the form's choices and the
// messages that name a kind (A-3's unclear kinds) use these labels. Not in
// [`ALL`]: the forms publish them with their choices.
/// `form.choice.kind.sick`.
pub static KIND_SICK: MessageDef = MessageDef {
    code: "form.choice.kind.sick",
    rule: Some("A-3"),
    nb: "Egen sykdom",
    nn: "Eigen sjukdom",
    en: "Own sickness",
};

/// `form.choice.kind.sick-child`.
pub static KIND_SICK_CHILD: MessageDef = MessageDef {
    code: "form.choice.kind.sick-child",
    rule: Some("A-3"),
    nb: "Sykt barn",
    nn: "Sjukt barn",
    en: "Sick child",
};

/// `form.choice.kind.parental-leave`.
pub static KIND_PARENTAL: MessageDef = MessageDef {
    code: "form.choice.kind.parental-leave",
    rule: Some("A-3"),
    nb: "Foreldrepermisjon",
    nn: "Foreldrepermisjon",
    en: "Parental leave",
};

/// `form.choice.kind.welfare-leave`.
pub static KIND_WELFARE: MessageDef = MessageDef {
    code: "form.choice.kind.welfare-leave",
    rule: Some("A-3"),
    nb: "Velferdspermisjon",
    nn: "Velferdspermisjon",
    en: "Welfare leave",
};

/// `form.choice.kind.unpaid-leave`.
pub static KIND_UNPAID: MessageDef = MessageDef {
    code: "form.choice.kind.unpaid-leave",
    rule: Some("A-3"),
    nb: "Ulønnet permisjon",
    nn: "Ulønna permisjon",
    en: "Unpaid leave",
};

/// `form.choice.kind.transferred-vacation`.
pub static KIND_TRANSFERRED: MessageDef = MessageDef {
    code: "form.choice.kind.transferred-vacation",
    rule: Some("A-3"),
    nb: "Overført ferie",
    nn: "Overført ferie",
    en: "Transferred vacation",
};

/// `form.choice.kind.advance-vacation`.
pub static KIND_ADVANCE: MessageDef = MessageDef {
    code: "form.choice.kind.advance-vacation",
    rule: Some("A-3"),
    nb: "Forskuttert ferie",
    nn: "Forskotert ferie",
    en: "Advance vacation",
};

/// `form.choice.kind.vacation`.
pub static KIND_VACATION: MessageDef = MessageDef {
    code: "form.choice.kind.vacation",
    rule: Some("A-3"),
    nb: "Ordinær ferie (ikke fravær)",
    nn: "Ordinær ferie (ikkje fråvær)",
    en: "Ordinary vacation (not absence)",
};

/// `form.choice.kind.course`.
pub static KIND_COURSE: MessageDef = MessageDef {
    code: "form.choice.kind.course",
    rule: Some("A-3"),
    nb: "Kurs og utdanning (ikke fravær)",
    nn: "Kurs og utdanning (ikkje fråvær)",
    en: "Course or education (not absence)",
};

/// `form.choice.kind.time-off-in-lieu`.
pub static KIND_TIME_OFF: MessageDef = MessageDef {
    code: "form.choice.kind.time-off-in-lieu",
    rule: Some("A-3"),
    nb: "Avspasering",
    nn: "Avspasering",
    en: "Time off in lieu",
};

/// `form.choice.kind.strike`.
pub static KIND_STRIKE: MessageDef =
    MessageDef { code: "form.choice.kind.strike", rule: Some("A-3"), nb: "Streik", nn: "Streik", en: "Strike" };

/// `form.choice.kind.other`.
pub static KIND_OTHER: MessageDef = MessageDef {
    code: "form.choice.kind.other",
    rule: Some("A-3"),
    nb: "Annet fravær",
    nn: "Anna fråvær",
    en: "Other absence",
};

// The position types (`POSITIONS`) in words: the form's choices and S-6's
// message name them so. Not in [`ALL`]: the forms publish them.
/// `form.choice.position.coupled`.
pub static CHOICE_COUPLED: MessageDef = MessageDef {
    code: "form.choice.position.coupled",
    rule: Some("S-6"),
    nb: "Koblet LIS1-stilling",
    nn: "Kopla LIS1-stilling",
    en: "Coupled LIS1 position",
};

/// `form.choice.position.reststilling`.
pub static CHOICE_RESTSTILLING: MessageDef = MessageDef {
    code: "form.choice.position.reststilling",
    rule: Some("S-7"),
    nb: "Reststilling",
    nn: "Reststilling",
    en: "Reststilling (partial position)",
};

/// `form.choice.position.extra`.
pub static CHOICE_EXTRA: MessageDef = MessageDef {
    code: "form.choice.position.extra",
    rule: Some("S-6"),
    nb: "Ekstra stilling finansiert av arbeidsgiver",
    nn: "Ekstra stilling finansiert av arbeidsgivar",
    en: "Employer-funded extra position",
};

/// `form.choice.position.postlege`.
pub static CHOICE_POSTLEGE: MessageDef = MessageDef {
    code: "form.choice.position.postlege",
    rule: Some("S-6"),
    nb: "Postlege / LIS1-venter (teller ikke)",
    nn: "Postlege / LIS1-ventar (tel ikkje)",
    en: "Ward doctor / LIS1 waiting post (does not count)",
};

/// `form.choice.position.foreign-internship`.
pub static CHOICE_FOREIGN: MessageDef = MessageDef {
    code: "form.choice.position.foreign-internship",
    rule: Some("S-6"),
    nb: "Praksis fra utlandet, f.eks. KBU/AT (teller ikke)",
    nn: "Praksis frå utlandet, t.d. KBU/AT (tel ikkje)",
    en: "Internship abroad, e.g. KBU/AT (does not count)",
};

/// The label of a position type (one of `POSITIONS`).
pub fn position_label(position: &str) -> Option<&'static MessageDef> {
    Some(match position {
        "coupled" => &CHOICE_COUPLED,
        "reststilling" => &CHOICE_RESTSTILLING,
        "extra" => &CHOICE_EXTRA,
        "postlege" => &CHOICE_POSTLEGE,
        "foreign-internship" => &CHOICE_FOREIGN,
        _ => return None,
    })
}

/// The label of an absence kind (one of `ABSENCE_KINDS`).
pub fn kind_label(kind: &str) -> Option<&'static MessageDef> {
    Some(match kind {
        "sick" => &KIND_SICK,
        "sick-child" => &KIND_SICK_CHILD,
        "parental-leave" => &KIND_PARENTAL,
        "welfare-leave" => &KIND_WELFARE,
        "unpaid-leave" => &KIND_UNPAID,
        "transferred-vacation" => &KIND_TRANSFERRED,
        "advance-vacation" => &KIND_ADVANCE,
        "vacation" => &KIND_VACATION,
        "course" => &KIND_COURSE,
        "time-off-in-lieu" => &KIND_TIME_OFF,
        "strike" => &KIND_STRIKE,
        "other" => &KIND_OTHER,
        _ => return None,
    })
}

/// avspasering / strike counted as absence by default.
pub static UNCLEAR_KIND: MessageDef = MessageDef {
    code: "absence.unclear-kind",
    rule: Some("A-3"),
    nb: "Det er uavklart om «{kind}» er fravær; det er regnet som fravær.",
    nn: "Det er uavklart om «{kind}» er fråvær; det er rekna som fråvær.",
    en: "It is unsettled whether “{kind}” is absence; it is counted as absence.",
};

/// covid-related absence inside the overlay is not deducted.
pub static COVID_SPARED: MessageDef = MessageDef {
    code: "absence.covid-spared",
    rule: Some("A-4"),
    nb: "{part}: {days} dager koronarelatert fravær trekkes ikke fra tjenestetiden; de bruker ikke av fraværsgrensen og skal ikke tas igjen.",
    nn: "{part}: {days} dagar koronarelatert fråvær blir ikkje trekte frå tenestetida; dei brukar ikkje av fråværsgrensa og skal ikkje takast att.",
    en: "{part}: {days} days of covid-related absence are not deducted from the service time; they use none of the allowance and need no make-up.",
};

/// A-O7: covid absence counted as ordinary absence (the part's goals are
/// not approved).
pub static COVID_NEEDS_GOALS: MessageDef = MessageDef {
    code: "absence.covid-needs-goals",
    rule: Some("A-O7"),
    nb: "{part}: {days} dager koronarelatert fravær regnes som vanlig fravær fordi læringsmålene i delen ikke er oppgitt som godkjent (valgt tolkning: koronaunntaket krever godkjente læringsmål).",
    nn: "{part}: {days} dagar koronarelatert fråvær blir rekna som vanleg fråvær fordi læringsmåla i delen ikkje er oppgitte som godkjende (vald tolking: koronaunntaket krev godkjende læringsmål).",
    en: "{part}: {days} days of covid-related absence count as ordinary absence because the part's learning goals are not given as approved (chosen reading: the covid exception needs approved learning goals).",
};

/// covid-marked absence outside the overlay's dates.
pub static COVID_OUTSIDE_OVERLAY: MessageDef = MessageDef {
    code: "absence.covid-outside-overlay",
    rule: Some("A-4"),
    nb: "{part}: {days} dager markert som koronarelatert ligger utenfor koronaunntakets periode og regnes som vanlig fravær.",
    nn: "{part}: {days} dagar markerte som koronarelaterte ligg utanfor perioden til koronaunntaket og blir rekna som vanleg fråvær.",
    en: "{part}: {days} days marked as covid-related fall outside the covid overlay's period and count as ordinary absence.",
};

/// A-O4: the overlay's end is open.
pub static COVID_OPEN_END: MessageDef = MessageDef {
    code: "absence.covid-open-end",
    rule: Some("A-O4"),
    nb: "Koronaunntaket har ingen kjent sluttdato; det er regnet som fortsatt gjeldende. Oppgi en sluttdato hvis den er kjent.",
    nn: "Koronaunntaket har ingen kjend sluttdato; det er rekna som framleis gjeldande. Oppgi ein sluttdato dersom han er kjend.",
    en: "The covid overlay has no known end date; it is treated as still in force. Give an end date if one is known.",
};

/// high absence in one rotation.
pub static ROTATION_HIGH: MessageDef = MessageDef {
    code: "absence.rotation-high",
    rule: Some("A-6"),
    nb: "Rotasjon «{rotation}»: {days} fraværsdager av {rotationDays}. Det trekkes ikke, men høyt fravær kan true læringsmålene.",
    nn: "Rotasjon «{rotation}»: {days} fråværsdagar av {rotationDays}. Det blir ikkje trekt, men høgt fråvær kan truge læringsmåla.",
    en: "Rotation “{rotation}”: {days} absence days of {rotationDays}. Nothing is deducted, but high absence puts the learning goals at risk.",
};

// Assumptions in words (issue 22 item 9): one sentence per option and value, beside the option it
// describes; `{value}` is the value as people read it. The API returns it as `assumptions[].text`.

/// `ui.assumption.excess-only.true`.
pub static A_O1_TRUE: MessageDef = MessageDef {
    code: "ui.assumption.excess-only.true",
    rule: Some("A-O1"),
    nb: "Bare fraværet over grensen må tas igjen.",
    nn: "Berre fråværet over grensa må takast att.",
    en: "Only absence above the allowance has to be made up.",
};

/// `ui.assumption.excess-only.false`.
pub static A_O1_FALSE: MessageDef = MessageDef {
    code: "ui.assumption.excess-only.false",
    rule: Some("A-O1"),
    nb: "Når grensen er passert, må alt fraværet tas igjen.",
    nn: "Når grensa er passert, må alt fråværet takast att.",
    en: "Once the allowance is exceeded, all absence has to be made up.",
};

/// `ui.assumption.day-unit.workdays`.
pub static A_O2_WORKDAYS: MessageDef = MessageDef {
    code: "ui.assumption.day-unit.workdays",
    rule: Some("A-O2"),
    nb: "Fravær telles i arbeidsdager.",
    nn: "Fråvær blir talt i arbeidsdagar.",
    en: "Absence is counted in working days.",
};

/// `ui.assumption.day-unit.calendar-days`.
pub static A_O2_CALENDAR: MessageDef = MessageDef {
    code: "ui.assumption.day-unit.calendar-days",
    rule: Some("A-O2"),
    nb: "Fravær telles i kalenderdager.",
    nn: "Fråvær blir talt i kalenderdagar.",
    en: "Absence is counted in calendar days.",
};

/// `ui.assumption.prorate.true`.
pub static A_O3_TRUE: MessageDef = MessageDef {
    code: "ui.assumption.prorate.true",
    rule: Some("A-O3"),
    nb: "Grensen for fravær er redusert etter stillingsprosenten.",
    nn: "Grensa for fråvær er redusert etter stillingsprosenten.",
    en: "The absence allowance is reduced in line with the position percentage.",
};

/// `ui.assumption.prorate.false`.
pub static A_O3_FALSE: MessageDef = MessageDef {
    code: "ui.assumption.prorate.false",
    rule: Some("A-O3"),
    nb: "Grensen for fravær er den samme uansett stillingsprosent.",
    nn: "Grensa for fråvær er den same uansett stillingsprosent.",
    en: "The absence allowance is the same whatever the position percentage.",
};

/// `ui.assumption.covid-end.date`.
pub static A_O4_DATE: MessageDef = MessageDef {
    code: "ui.assumption.covid-end.date",
    rule: Some("A-O4"),
    nb: "Covid-unntaket gjelder fravær til og med {value}.",
    nn: "Covid-unntaket gjeld fråvær til og med {value}.",
    en: "The covid exception applies to absence up to and including {value}.",
};

/// `ui.assumption.covid-end.none`.
pub static A_O4_NONE: MessageDef = MessageDef {
    code: "ui.assumption.covid-end.none",
    rule: Some("A-O4"),
    nb: "Covid-unntaket har ingen sluttdato.",
    nn: "Covid-unntaket har ingen sluttdato.",
    en: "The covid exception has no end date.",
};

/// `ui.assumption.regime-at-start.true`.
pub static A_O5_TRUE: MessageDef = MessageDef {
    code: "ui.assumption.regime-at-start.true",
    rule: Some("A-O5"),
    nb: "Fraværsreglene som gjaldt da delen startet, gjelder hele delen.",
    nn: "Fråværsreglane som galdt då delen starta, gjeld heile delen.",
    en: "The absence rules in force when a part started apply to the whole part.",
};

/// `ui.assumption.regime-at-start.false`.
pub static A_O5_FALSE: MessageDef = MessageDef {
    code: "ui.assumption.regime-at-start.false",
    rule: Some("A-O5"),
    nb: "Fraværsreglene som gjaldt den dagen fraværet var, gjelder.",
    nn: "Fråværsreglane som galdt den dagen fråværet var, gjeld.",
    en: "The absence rules in force on the day of the absence apply.",
};

/// `ui.assumption.a3-before-2019.true`.
pub static A_O6_TRUE: MessageDef = MessageDef {
    code: "ui.assumption.a3-before-2019.true",
    rule: Some("A-O6"),
    nb: "En del som startet før 1. mars 2019 og sluttet etter 20. juni 2019, følger de nye fraværsreglene (A-3).",
    nn: "Ein del som starta før 1. mars 2019 og slutta etter 20. juni 2019, følgjer dei nye fråværsreglane (A-3).",
    en: "A part that started before 1 March 2019 and ended after 20 June 2019 follows the new absence rules (A-3).",
};

/// `ui.assumption.a3-before-2019.false`.
pub static A_O6_FALSE: MessageDef = MessageDef {
    code: "ui.assumption.a3-before-2019.false",
    rule: Some("A-O6"),
    nb: "En del som startet før 1. mars 2019 og sluttet etter 20. juni 2019, følger de gamle fraværsreglene (A-1).",
    nn: "Ein del som starta før 1. mars 2019 og slutta etter 20. juni 2019, følgjer dei gamle fråværsreglane (A-1).",
    en: "A part that started before 1 March 2019 and ended after 20 June 2019 follows the old absence rules (A-1).",
};

/// `ui.assumption.covid-goals.true`.
pub static A_O7_TRUE: MessageDef = MessageDef {
    code: "ui.assumption.covid-goals.true",
    rule: Some("A-O7"),
    nb: "Covid-fravær er bare unntatt når læringsmålene for delen er godkjent.",
    nn: "Covid-fråvær er berre unnateke når læringsmåla for delen er godkjende.",
    en: "Covid absence is exempt only when the part's learning goals are approved.",
};

/// `ui.assumption.covid-goals.false`.
pub static A_O7_FALSE: MessageDef = MessageDef {
    code: "ui.assumption.covid-goals.false",
    rule: Some("A-O7"),
    nb: "Covid-fravær er unntatt uten krav om godkjente læringsmål.",
    nn: "Covid-fråvær er unnateke utan krav om godkjende læringsmål.",
    en: "Covid absence is exempt with no condition on approved learning goals.",
};

/// `ui.assumption.minimum-percent`.
pub static S_5_WARNING: MessageDef = MessageDef {
    code: "ui.assumption.minimum-percent",
    rule: Some("S-5"),
    nb: "En stillingsprosent under {value} % gir en advarsel.",
    nn: "Ein stillingsprosent under {value} % gir ei åtvaring.",
    en: "A position percentage below {value} % gives a warning.",
};

/// `ui.assumption.offer-only-missing.true`.
pub static P_1_TRUE: MessageDef = MessageDef {
    code: "ui.assumption.offer-only-missing.true",
    rule: Some("P-1"),
    nb: "Forslaget om å tilby bare tjenesten som mangler, er brukt.",
    nn: "Forslaget om å tilby berre tenesta som manglar, er brukt.",
    en: "The proposal to offer only the missing service is applied.",
};

/// `ui.assumption.offer-only-missing.false`.
pub static P_1_FALSE: MessageDef = MessageDef {
    code: "ui.assumption.offer-only-missing.false",
    rule: Some("P-1"),
    nb: "Forslaget om å tilby bare tjenesten som mangler, er ikke brukt (det er ikke vedtatt).",
    nn: "Forslaget om å tilby berre tenesta som manglar, er ikkje brukt (det er ikkje vedteke).",
    en: "The proposal to offer only the missing service is not applied (it is not adopted).",
};

// ---------------------------------------------------------------- labels

/// The unit of absence days with option A-O2 `workdays`, for running text.
pub static LABEL_WORKDAYS: MessageDef = MessageDef {
    code: "label.unit.workdays",
    rule: Some("A-O2"),
    nb: "arbeidsdager",
    nn: "arbeidsdagar",
    en: "working days",
};

/// The unit of absence days with option A-O2 `calendar-days`.
pub static LABEL_CALENDAR_DAYS: MessageDef = MessageDef {
    code: "label.unit.calendar-days",
    rule: Some("A-O2"),
    nb: "kalenderdager",
    nn: "kalenderdagar",
    en: "calendar days",
};

/// The unit of absence days (A-O2): working days or calendar days.
pub fn day_unit_label(workdays: bool) -> &'static MessageDef {
    if workdays {
        &LABEL_WORKDAYS
    } else {
        &LABEL_CALENDAR_DAYS
    }
}

/// Every message of this crate.
pub static ALL: &[&MessageDef] = &[
    &A_O1_TRUE,
    &A_O1_FALSE,
    &A_O2_WORKDAYS,
    &A_O2_CALENDAR,
    &A_O3_TRUE,
    &A_O3_FALSE,
    &A_O4_DATE,
    &A_O4_NONE,
    &A_O5_TRUE,
    &A_O5_FALSE,
    &A_O6_TRUE,
    &A_O6_FALSE,
    &A_O7_TRUE,
    &A_O7_FALSE,
    &S_5_WARNING,
    &P_1_TRUE,
    &P_1_FALSE,
    &DAYS_NEGATIVE,
    &DAYS_ABSURD,
    &PERIOD_BEFORE_DEL1,
    &PERIOD_OVERLAP,
    &ABSENCE_BOTH_FORMS,
    &ABSENCE_NO_FORM,
    &ABSENCE_INCOMPLETE_RANGE,
    &ABSENCE_OUTSIDE_PERIOD,
    &ABSENCE_OVERLAP,
    &ABSENCE_PART_WITHOUT_PERIOD,
    &PLAN_BEFORE_HISTORY,
    &PLAN_BEFORE_DEL1,
    &COVID_END_BEFORE_START,
    &S2_HOSPITAL_LATER,
    &S2_HOSPITAL_MISSING,
    &S2_MAKE_UP_FIRST,
    &S8_REPEATED,
    &LOW_PERCENT,
    &NOT_COUNTING,
    &EXTRA_POSITION,
    &UNUSUAL_START,
    &NOT_AUTHORISED,
    &GOALS_NOT_APPROVED,
    &HOSPITAL_GOALS_PENDING,
    &NOTHING_LEFT,
    &ALLOWANCE_NEARLY_USED,
    &OVER_ALLOWANCE_A1,
    &OVER_ALLOWANCE_A2,
    &OVER_ALLOWANCE_A3,
    &UNCLEAR_KIND,
    &COVID_SPARED,
    &COVID_NEEDS_GOALS,
    &COVID_OUTSIDE_OVERLAY,
    &COVID_OPEN_END,
    &ROTATION_HIGH,
    &LABEL_WORKDAYS,
    &LABEL_CALENDAR_DAYS,
];

/// A part's name for running text ("the hospital part" without article in en
/// where the template supplies it).
pub fn part_label(lang: Lang, part: Part) -> String {
    let text = match (lang, part) {
        (Lang::Nb, Part::Hospital) => "sykehusdelen",
        (Lang::Nn, Part::Hospital) => "sjukehusdelen",
        (Lang::En, Part::Hospital) => "hospital part",
        (Lang::Nb | Lang::Nn, Part::Municipal) => "kommunedelen",
        (Lang::En, Part::Municipal) => "municipal part",
    };
    text.to_owned()
}

/// A part's name at the start of a sentence (`Sykehusdelen`, `Hospital part`).
pub fn part_title(lang: Lang, part: Part) -> String {
    let label = part_label(lang, part);
    let mut chars = label.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => label,
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn catalogue_is_complete_in_three_languages() {
        assert_eq!(lis1_core::message::check_catalogue(super::ALL), Vec::<String>::new());
    }

    #[test]
    fn part_titles_are_capitalised() {
        use lis1_core::{Lang, Part};
        assert_eq!(super::part_title(Lang::Nb, Part::Hospital), "Sykehusdelen");
        assert_eq!(super::part_title(Lang::En, Part::Municipal), "Municipal part");
    }

    #[test]
    fn codes_do_not_clash_with_core_codes() {
        let mut all: Vec<_> = super::ALL.iter().chain(lis1_core::messages::ALL.iter()).copied().collect();
        all.sort_by_key(|m| m.code);
        assert_eq!(lis1_core::message::check_catalogue(&all), Vec::<String>::new());
    }
}
