//! The rule catalogue: one row per rule id with its status, summary and source.
//!
//! Code, tests and messages cite these ids. This table is the single source
//! of the site's rules page (`<lis1-rules>`) and of `docs/rules.md`, which
//! `tests/rules_page.rs` generates from it together with the section titles,
//! the date conventions and the worked examples below; a test checks that
//! every id cited by a message exists here.

use serde::Serialize;

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
    /// One-line English summary.
    pub summary: &'static str,
    /// Where it comes from: a seed report with line numbers (R-2021 is
    /// Helsedirektoratet's LIS1 evaluation, IS-3030 its model for bound
    /// positions), the regulation, or "—" for a project decision.
    pub source: &'static str,
}

const fn r(id: &'static str, section: u8, status: Status, summary: &'static str, source: &'static str) -> Rule {
    Rule { id, section, status, summary, source }
}

use Status::*;

/// Every rule id, in catalogue order (by section).
pub static RULES: &[Rule] = &[
    r("S-1", 1, Law, "Del 1 is 12 months in spesialisthelsetjenesten followed by 6 months in the kommune; 18 months in total.", "R-2021 l. 3334–3338; IS-3030 l. 122"),
    r("S-2", 1, Law, "The hospital part's service time (12 counted months and any make-up days owed) must be completed before the municipal part starts; a plan that breaks this is an error. The hospital læringsmål are a separate condition: until they are approved, the kommune cannot claim trygderefusjon for the doctor as a LIS1 (a warning).", "R-2021 l. 2620–2624, 3255–3258 (fn 58), 3420–3422"),
    r("S-3", 1, Practice, "The split of the 12 hospital months into rotations is employer data; only the part total is required.", "R-2021 l. 3385–3389, 4927–4931; IS-3030 l. 749–765"),
    r("S-4", 1, Law, "Part-time reduces counted service in proportion to the position percentage.", "spesialistforskriften § 31 andre ledd; Helsedirektoratet"),
    r("S-5", 1, Open, "No minimum position percentage; warn below 50 %, never reject.", "—"),
    r("S-6", 1, Law, "Only service in a LIS1 position advertised in Helsedirektoratet's portal counts (coupled positions and reststillinger); postlege posts and foreign internships do not. Extra positions funded by an employer are a recommendation of R-2021 that needs a regulation change (not P-1).", "R-2021 l. 1772–1776, 3180–3188; Ylf"),
    r("S-7", 1, Law, "Del 1 may be assembled from several positions (reststillinger).", "IS-3030 l. 130; R-2021 l. 688–692"),
    r("S-8", 1, Law, "The whole del 1 may not be completed more than once; parts may be repeated.", "R-2021 l. 1903–1905"),
    r("S-9", 1, Law, "Del 1 is complete only when both parts' time is reached and all læringsmål are approved.", "IS-3030 l. 319; R-2021 l. 3444–3447"),
    r("S-10", 1, Practice, "Ordinary start dates are 1 March and 1 September; the municipal part of a coupled position starts 12 months after the hospital start.", "R-2021 l. 1933–1937, 2567–2570, 2634–2636"),
    r("S-11", 1, Law, "Authorisation is required before starting del 1.", "R-2021 l. 830–832"),
    r("S-12", 1, Law, "Exemptions from del 1: equivalent service abroad; half a specialist education abroad; EU/EØS doctors who started as LIS before 1 March 2019.", "R-2021 l. 899–903, 3066–3076"),
    r("P-1", 1, Proposal, "Offer only the service the doctor lacks (switch, default off). A part whose months are served but which still owes make-up days is not complete: the offer covers those days.", "R-2021 l. 153–165, 1953–1998"),
    r("P-2", 1, Rejected, "More than 6 months in reststilling bars a full coupled course: must not be applied.", "R-2021 l. 1941–1951"),
    r("A-1", 2, Law, "Parts started 2017-03-01..2019-02-28: absence above 10 % of the part's required length (26 / 13 working days) is deducted; ferie counts as service.", "Helsedirektoratet LIS1 fravær; Ylf"),
    r("A-2", 2, Law, "Parts started 2019-03-01..2019-06-20: 10 % limit of the part's required length, and ferie counts as absence.", "Helsedirektoratet; Legeforeningen"),
    r("A-3", 2, Law, "From 2019-06-21: ferie is not deducted; other absence up to 12 days (hospital) and 6 days (municipal) is not deducted; the excess is made up.", "HOD letter 21.06.2019; Ylf; Legeforeningen 25.6.2019"),
    r("A-4", 2, Law, "From 2020-03-20: absence caused by the covid-19 outbreak is not deducted from service time: it uses no allowance and is never made up.", "Legeforeningen 24.3.2020; R-2021 l. 3488–3492"),
    r("A-5", 2, Law, "The employer calculates absence and resttjeneste; statutory absence gives a right to finish del 1 with the same employer.", "spesialistforskriften § 14 or § 15"),
    r("A-6", 2, Practice, "No cap on absence per rotation: warn about risk to læringsmål, do not deduct.", "Ylf"),
    r("A-7", 2, Law, "LIS2/LIS3: sickness, leave and other absence above 10 % of service time is deducted.", "spesialistforskriften § 31"),
    r("A-8", 2, Planning, "Warn before the absence allowance is used up (e.g. at 75 %).", "—"),
    r("A-O1", 2, Open, "Is only the part above the allowance made up, or all of it? Default: excess only.", "—"),
    r("A-O2", 2, Open, "Unit of absence days. Default: working days.", "—"),
    r("A-O3", 2, Open, "Is the allowance reduced for part-time? Default: not reduced.", "—"),
    r("A-O4", 2, Open, "End date of the covid overlay A-4. Default: none.", "—"),
    r("A-O5", 2, Open, "Regime for a part started 2019-03-01..2019-06-20 that ended later. Default: A-3.", "—"),
    r("A-O6", 2, Open, "Regime for a part started before 2019-03-01 that ended on or after 2019-06-21. Default: A-1; alternative A-3.", "—"),
    r("A-O7", 2, Open, "Does A-4 need the part's læringsmål approved? Default: no condition; alternative: covid days are spared only in a part whose læringsmål are approved.", "—"),
    r("T-1", 3, Law, "The whole specialist education lasts at least 6.5 years after authorisation or licence, including del 1: counted from the authorisation date when given, otherwise from the start of the doctor's first counted LIS1 service (an assumption, never a later round's start).", "R-2021 l. 3332–3334"),
    r("T-2", 3, Law, "Del 1 must be complete before LIS2/LIS3 or ALIS starts.", "IS-3030 l. 319, 332; R-2021 l. 3066–3076"),
    r("T-3", 3, Law, "Allmennmedisin (ALIS): 5 years after del 1, at least 2 in open general practice and 6 months in an institution.", "R-2021 l. 3869–3873, 4612–4614"),
    r("T-4", 3, Law, "Psykiatri and BUP have no del 2: LIS3 follows del 1 directly.", "IS-3030"),
    r("T-5", 3, Law, "A fastlege position cannot start before del 1 is complete; a contract may be signed earlier.", "IS-3030 l. 912–914"),
    r("B-1", 4, Model, "A bound path of at least 6.5 years: LIS1 + LIS3 in psykiatri/BUP at an approved virksomhet, or LIS1 + allmennmedisin in a registered kommune.", "IS-3030 l. 78–80, 282, 330, 374"),
    r("B-2", 4, Model, "Advertised with the ordinary LIS1 round twice a year; start 1 September and 1 March.", "IS-3030 l. 82–84, 521–525"),
    r("B-3", 4, Model, "The LIS3/ALIS contract is signed at hiring, 1.5–2 years before LIS3/ALIS starts.", "IS-3030 l. 332, 608"),
    r("B-4", 4, Model, "No bindingstid or karantene; ordinary labour law.", "IS-3030 l. 280–302"),
    r("B-5", 4, Model, "Leave during LIS1 keeps the same rights as ordinary LIS1.", "IS-3030 l. 348"),
    r("B-10", 4, Model, "A doctor who has completed LIS1 is not a candidate for a bound position.", "IS-3030 l. 378, 659, 370–376"),
    r("B-11", 4, Law, "Authorisation is needed before LIS1 starts, not to apply: otherwise eligibility is conditional.", "R-2021 l. 830–832"),
    r("B-12", 4, Law, "Partial earlier LIS1 service: eligible. Under today's rules a full 18-month course; shorter only with P-1 on, when only the missing service is offered. The reason says which applies.", "R-2021 l. 159–163, 1903–1913"),
    r("B-14", 4, Law, "Del 1 not complete: counted months covering 12 + 6 with make-up days still owed or læringsmål not all approved is not a completed del 1; the reason names what remains.", "IS-3030 l. 319, 332; R-2021 l. 3482–3484, 3492"),
    r("B-13", 4, Law, "Kvalifikasjonsprinsippet; ties and motivation weigh only if the advertisement says so.", "IS-3030 l. 537–585"),
    r("B-20", 4, Model, "Only approved (HF) or registered (kommune) utdanningsvirksomheter may offer bound positions.", "IS-3030 l. 148"),
    r("B-21", 4, Model, "A vacant LIS3/ALIS post about 2 years after hiring.", "IS-3030 l. 148, 608"),
    r("B-22", 4, Model, "The LIS3/ALIS post is advertised publicly, in parallel or before.", "IS-3030 l. 370–376"),
    r("B-23", 4, Model, "The advertisement states that the positions are combined and how applicants are assessed.", "IS-3030 l. 87"),
    r("B-24", 4, Model, "Allmennmedisin: primarily fastlønn; recruitment-weak kommuner with supervision capacity are prioritised.", "IS-3030 l. 98–100, 641–699"),
    r("B-25", 4, Model, "Hiring authority: the kommune for allmennmedisin, the virksomhet for psykiatri/BUP.", "IS-3030 l. 739, 899–901"),
    r("B-30", 4, Model, "62 bound positions a year, 31 per round; later possibly an equal split between allmennmedisin and psykiatri (with BUP), 15/16 of 31. No equal split across RHFs: that split is the user's input (the first round's Nord 3, Midt-Norge 6, Vest 6, Sør-Øst 16 as an example).", "IS-3030 l. 62, 785, 803, 821–863"),
    r("B-31", 4, Model, "Converting ordinary to bound positions keeps the national LIS1 total.", "IS-3030 l. 13, 801"),
    r("B-40", 4, Model, "Portal calendar: deadline ≥ 2 weeks, reply ≥ 3 working days, acceptance mark hidden 1 week before start.", "draft § 12"),
    r("C-1", 5, Parameter, "Total cost of one LIS1 over 18 months: 2 061 000 NOK (2019).", "IS-2802 via R-2021 l. 2000–2002"),
    r("C-2", 5, Parameter, "A kommune's average cost per LIS1 per year: 750 000 NOK (2019).", "IS-2802 via R-2021 l. 2297–2299; seed 000"),
    r("C-3", 5, Parameter, "State veiledningstilskudd per LIS1 per half-year.", "Helsedirektoratet tilskudd"),
    r("C-4", 5, Parameter, "Minimum pay for LIS1 in kommuner: 606 000 NOK per year from 2020.", "KS; Legeforeningen"),
    r("C-5", 5, Parameter, "Working hours in the kommune: 37.5 h/week.", "SFS 2305 § 3.1"),
    r("C-6", 5, Parameter, "Feriepenger 12 % (14.3 % from age 60).", "ferieloven / tariff"),
    r("C-7", 5, Parameter, "Arbeidsgiveravgift by zone of the employer's kommune.", "Skatteetaten"),
    r("C-8", 5, Open, "Employer pension premium: no sourced default; an assumption.", "—"),
    r("C-9", 5, Parameter, "Extra office rent and support staff when a kommune adds a doctor to an office: 500 000 NOK per year, off by default (an option for a position that needs new office capacity, flagged when on).", "R-2021 l. 4181–4191"),
    r("C-10", 5, Parameter, "Supervision for ALIS (not LIS1): 63 500 NOK per doctor per year including the 17 300 raise to 4 h/month; 63 500 + 17 300 = 80 800 as an option.", "R-2021 l. 4193–4203"),
    r("C-11", 5, Parameter, "Bound positions: 15.5 MNOK in the 2022 state budget; administration and follow-up system.", "seed 004; IS-3030"),
    r("C-12", 5, Parameter, "100 temporary covid LIS1 positions from 1 Sep 2020: 53 MNOK.", "Ylf / Nmf"),
    r("C-20", 5, Planning, "Cost per position, part and payer.", "—"),
    r("C-21", 5, Planning, "Programme cost per budget year.", "—"),
    r("C-22", 5, Planning, "Scenario comparison.", "—"),
];

impl Status {
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

    #[test]
    fn open_questions_of_section_2_are_open() {
        for id in ["A-O1", "A-O2", "A-O3", "A-O4", "A-O5", "A-O6", "A-O7", "S-5", "C-8"] {
            assert_eq!(find(id).map(|r| r.status), Some(Status::Open), "{id}");
        }
        assert_eq!(find("P-2").map(|r| r.status), Some(Status::Rejected));
    }
}
