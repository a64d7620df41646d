//! The input as typed values, read once: parsed dates, parts, fractions and
//! resolved options. [`read`] runs the field checks (stage 2) and the domain
//! checks (stage 3, `crate::validate`) while typing each row; it returns the
//! typed [`History`] only when there is no issue, and a row that cannot be
//! typed is always an issue, never skipped.

use lis1_core::sort::StableSort as _;
use lis1_core::{date, input, Assumption, Issue, Lang, MessageDef, Part, Pointer};
use time::Date;

use crate::messages as msg;
use crate::model::{ServiceInput, ABSENCE_KINDS, POSITIONS};
use crate::months::Stretch;
use crate::params::S5_MIN_PERCENT;
use crate::regime::Choice;
use crate::validate;

/// Positions that count as LIS1 service (S-6): coupled, reststilling (S-7)
/// and employer-funded extra positions (counted, with a warning that they are
/// a proposal of R-2021 that needs a regulation change). `postlege` and
/// `foreign-internship` count 0 months.
pub fn position_counts(position: &str) -> bool {
    matches!(position, "coupled" | "reststilling" | "extra")
}

/// One service period.
#[derive(Debug, Clone, PartialEq)]
pub struct Span {
    /// Index in `input.periods`.
    pub index: usize,
    /// Part.
    pub part: Part,
    /// First day.
    pub start: Date,
    /// Last day.
    pub end: Date,
    /// Position percentage / 100.
    pub fraction: f64,
    /// Position type (one of `POSITIONS`).
    pub position: &'static str,
    /// Rotation label, trimmed, if any.
    pub rotation: Option<String>,
}

impl Span {
    /// Whether the period counts (S-6).
    pub fn counts(&self) -> bool {
        position_counts(self.position)
    }

    /// As a stretch for month counting.
    pub fn stretch(&self) -> Stretch {
        Stretch { start: self.start, end: self.end, fraction: self.fraction }
    }
}

/// How an absence is given.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum When {
    /// `start..=end`.
    Range(Date, Date),
    /// A number of days in the day unit.
    Days(f64),
}

/// One absence.
#[derive(Debug, Clone, PartialEq)]
pub struct Leave {
    /// Index in `input.absences`.
    pub index: usize,
    /// Part.
    pub part: Part,
    /// Kind (one of `ABSENCE_KINDS`).
    pub kind: &'static str,
    /// Dates or day count.
    pub when: When,
    /// Marked covid-related.
    pub covid: bool,
}

/// Options with their defaults applied (the open rules A-O1..A-O7).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Options {
    /// A-O1, default true.
    pub excess_only: bool,
    /// A-O2, default working days.
    pub workdays: bool,
    /// A-O3, default false.
    pub prorate_allowance: bool,
    /// A-O4, default none (open).
    pub covid_overlay_end: Option<Date>,
    /// P-1, default false.
    pub offer_only_missing: bool,
    /// A-O5 and A-O6, defaults false.
    pub regime: Choice,
    /// A-O7, default false (A-4 has no læringsmål condition).
    pub covid_needs_learning_goals: bool,
}

impl Options {
    /// The absence options used, as assumptions in `lang` (A-O1..A-O7).
    pub fn absence_assumptions(&self, lang: Lang) -> Vec<Assumption> {
        let pick = |on: bool, yes: &'static MessageDef, no: &'static MessageDef| if on { yes } else { no };
        let a = |def: &'static MessageDef, option: &'static str, value: String, shown: Option<String>| {
            Assumption::new(lang, def, option, value, shown)
        };
        vec![
            a(
                pick(self.excess_only, &msg::A_O1_TRUE, &msg::A_O1_FALSE),
                "excessOnly",
                self.excess_only.to_string(),
                None,
            ),
            if self.workdays {
                a(&msg::A_O2_WORKDAYS, "dayUnit", String::from("workdays"), None)
            } else {
                a(&msg::A_O2_CALENDAR, "dayUnit", String::from("calendar-days"), None)
            },
            a(
                pick(self.prorate_allowance, &msg::A_O3_TRUE, &msg::A_O3_FALSE),
                "prorateAllowance",
                self.prorate_allowance.to_string(),
                None,
            ),
            match self.covid_overlay_end {
                Some(end) => a(&msg::A_O4_DATE, "covidOverlayEnd", date::format(end), Some(date::display(end, lang))),
                None => a(&msg::A_O4_NONE, "covidOverlayEnd", String::from("none"), None),
            },
            a(
                pick(self.regime.regime_at_part_start, &msg::A_O5_TRUE, &msg::A_O5_FALSE),
                "regimeAtPartStart",
                self.regime.regime_at_part_start.to_string(),
                None,
            ),
            a(
                pick(self.regime.a3_for_parts_before_2019, &msg::A_O6_TRUE, &msg::A_O6_FALSE),
                "a3ForPartsBefore2019",
                self.regime.a3_for_parts_before_2019.to_string(),
                None,
            ),
            a(
                pick(self.covid_needs_learning_goals, &msg::A_O7_TRUE, &msg::A_O7_FALSE),
                "covidNeedsLearningGoals",
                self.covid_needs_learning_goals.to_string(),
                None,
            ),
        ]
    }

    /// All options used by the remaining-service calculation: the absence
    /// options plus S-5's warning threshold and the P-1 switch.
    pub fn service_assumptions(&self, lang: Lang) -> Vec<Assumption> {
        let mut out = self.absence_assumptions(lang);
        out.push(Assumption::new(
            lang,
            &msg::S_5_WARNING,
            "minimumPercentWarning",
            lis1_core::input::number(S5_MIN_PERCENT),
            Some(lis1_core::number_text::shown(S5_MIN_PERCENT, lang)),
        ));
        out.push(offer_assumption(self.offer_only_missing, lang));
        out
    }
}

/// The P-1 switch as an assumption in `lang` (the eligibility check states
/// it too, in the same words).
pub fn offer_assumption(offer_only_missing: bool, lang: Lang) -> Assumption {
    let def = if offer_only_missing { &msg::P_1_TRUE } else { &msg::P_1_FALSE };
    Assumption::new(lang, def, "offerOnlyMissing", offer_only_missing.to_string(), None)
}

/// The typed history.
#[derive(Debug, Clone, PartialEq)]
pub struct History {
    /// Message language.
    pub lang: Lang,
    /// Periods sorted by start date.
    pub spans: Vec<Span>,
    /// Absences in input order.
    pub leaves: Vec<Leave>,
    /// Læringsmål approved: hospital, municipal (missing = not approved).
    pub goals: (bool, bool),
    /// Plan: next start and fraction (default 100 %).
    pub plan: Option<(Date, f64)>,
    /// Plan percentage given without a start (still checked for S-5).
    pub plan_fraction: Option<f64>,
    /// Options.
    pub options: Options,
    /// Authorisation (S-11), if given.
    pub authorised: Option<bool>,
}

fn static_name(value: &str, list: &'static [&'static str]) -> Option<&'static str> {
    list.iter().copied().find(|v| *v == value)
}

/// A period's dates, once they parse.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Dated {
    /// Index in `input.periods`.
    pub index: usize,
    /// First day.
    pub start: Date,
    /// Last day (not before `start`).
    pub end: Date,
}

/// Reads `input` into a typed [`History`], or every issue it has: field
/// checks, domain checks, and any row that could not be typed.
pub fn read(input: &ServiceInput) -> Result<History, Vec<Issue>> {
    let lang = input.lang.unwrap_or_default();
    let mut issues = input.check_fields(lang);

    // Periods: dates first (the domain checks need them even when another
    // field of the row is wrong), then the whole typed row.
    let dated = validate::period_dates(input, lang, &mut issues);
    let mut spans = Vec::with_capacity(input.periods.len());
    let mut unread: Vec<Pointer> = Vec::new();
    for (index, p) in input.periods.iter().enumerate() {
        let row = dated.iter().find(|d| d.index == index).and_then(|d| {
            Some(Span {
                index,
                part: Part::parse(&p.part)?,
                start: d.start,
                end: d.end,
                fraction: p.percent.unwrap_or(100.0) / 100.0,
                position: static_name(p.position.as_deref().unwrap_or("coupled"), POSITIONS)?,
                rotation: p.rotation.as_deref().map(str::trim).filter(|r| !r.is_empty()).map(str::to_owned),
            })
        });
        match row {
            Some(span) => spans.push(span),
            None => unread.push(Pointer::root().key("periods").index(index)),
        }
    }
    validate::overlaps(&dated, lang, &mut issues);

    let mut leaves = Vec::with_capacity(input.absences.len());
    for (index, a) in input.absences.iter().enumerate() {
        let when = validate::absence_when(input, index, &dated, lang, &mut issues);
        let row = when.and_then(|when| {
            Some(Leave {
                index,
                part: Part::parse(&a.part)?,
                kind: static_name(&a.kind, ABSENCE_KINDS)?,
                when,
                covid: a.covid.unwrap_or(false),
            })
        });
        match row {
            Some(leave) => leaves.push(leave),
            None => unread.push(Pointer::root().key("absences").index(index)),
        }
    }
    validate::absence_overlaps(&leaves, lang, &mut issues);

    let plan_fraction = input.plan.as_ref().and_then(|p| p.percent).map(|p| p / 100.0);
    let plan_start = validate::plan_start(input, &dated, lang, &mut issues);
    let plan = plan_start.map(|d| (d, plan_fraction.unwrap_or(1.0)));
    let o = input.options.clone().unwrap_or_default();
    let covid_overlay_end = validate::covid_overlay_end(o.covid_overlay_end.as_deref(), lang, &mut issues);

    // A row that is not typed must have an issue of its own (at the row or
    // inside it); otherwise it would silently not count.
    for at in unread {
        let prefix = format!("{}/", at.as_str());
        if !issues.iter().any(|i| i.path == at.as_str() || i.path.starts_with(&prefix)) {
            issues.push(Issue::new(lang, &lis1_core::messages::ROW_UNREADABLE, &at, &[]));
        }
    }
    if !issues.is_empty() {
        input::sort_by_path(&mut issues);
        issues.dedup();
        return Err(issues);
    }

    // Sorted by date so that the result does not depend on input order.
    spans.stable_sort_by(|a, b| (a.start, a.end, a.part).cmp(&(b.start, b.end, b.part)).then(a.index.cmp(&b.index)));
    let goals = input
        .learning_goals_approved
        .map_or((false, false), |g| (g.hospital.unwrap_or(false), g.municipal.unwrap_or(false)));
    let options = Options {
        excess_only: o.excess_only.unwrap_or(true),
        workdays: o.workdays(),
        prorate_allowance: o.prorate_allowance.unwrap_or(false),
        covid_overlay_end,
        offer_only_missing: o.offer_only_missing.unwrap_or(false),
        regime: Choice {
            regime_at_part_start: o.regime_at_part_start.unwrap_or(false),
            a3_for_parts_before_2019: o.a3_for_parts_before_2019.unwrap_or(false),
        },
        covid_needs_learning_goals: o.covid_needs_learning_goals.unwrap_or(false),
    };
    Ok(History { lang, spans, leaves, goals, plan, plan_fraction, options, authorised: input.authorised })
}

impl History {
    /// Counting periods of `part`, by date.
    pub fn counting(&self, part: Part) -> impl Iterator<Item = &Span> {
        self.spans.iter().filter(move |s| s.part == part && s.counts())
    }

    /// Counting periods of `part` joined into stretches: contiguous periods
    /// of the same percentage are one (the date conventions, corrected
    /// 2026-12-06).
    pub fn stretches(&self, part: Part) -> Vec<Stretch> {
        crate::months::stretches(self.counting(part).map(Span::stretch))
    }

    /// Both parts' læringsmål approved (S-9).
    pub fn all_goals_approved(&self) -> bool {
        self.goals.0 && self.goals.1
    }

    /// This part's læringsmål approved.
    pub fn goals_approved(&self, part: Part) -> bool {
        match part {
            Part::Hospital => self.goals.0,
            Part::Municipal => self.goals.1,
        }
    }
}
