//! The service input described once: one field table per object
//! ([`SERVICE_INPUT`], [`PERIOD`], [`ABSENCE`], …) drives reading it from any
//! source ([`ServiceInput::read`]) and checking its leaf values
//! ([`ServiceInput::check_fields`]); the domain checks follow in `validate`.

use lis1_core::number_text::js as number;
use lis1_core::read::{self, Obj, Source};
use lis1_core::shape::{self, field, Check, Kind, Problem, Shape};
use lis1_core::{Issue, Lang};

use crate::messages as msg;
use crate::model::{
    Absence, LearningGoals, Period, Plan, ServiceInput, ServiceOptions, ABSENCE_KINDS, DAY_UNITS, PARTS, POSITIONS,
};
use crate::params::{MAX_ABSENCES, MAX_ABSENCE_DAYS, MAX_PERIODS, MAX_ROTATION_CHARS};

/// `ServiceInput`.
pub static SERVICE_INPUT: Shape = Shape {
    fields: &[
        field("periods", Kind::List { of: &PERIOD, max: MAX_PERIODS }, true),
        field("absences", Kind::List { of: &ABSENCE, max: MAX_ABSENCES }, false),
        field("learningGoalsApproved", Kind::Object(&LEARNING_GOALS), false),
        field("plan", Kind::Object(&PLAN), false),
        field("options", Kind::Object(&OPTIONS), false),
        field("authorised", Kind::Flag, false),
        field("lang", Kind::Code(Lang::CODES), false),
    ],
};

/// One period of service (S-3, S-4, S-6).
pub static PERIOD: Shape = Shape {
    fields: &[
        field("part", Kind::Code(PARTS), true),
        field("start", Kind::Date, true),
        field("end", Kind::Date, true),
        field("percent", Kind::Number(shape::percent), false),
        field("rotation", Kind::Text { max_chars: MAX_ROTATION_CHARS }, false),
        field("position", Kind::Code(POSITIONS), false),
    ],
};

/// One absence: dates or a day count (A-1..A-4).
pub static ABSENCE: Shape = Shape {
    fields: &[
        field("part", Kind::Code(PARTS), true),
        field("kind", Kind::Code(ABSENCE_KINDS), true),
        field("start", Kind::Date, false),
        field("end", Kind::Date, false),
        field("days", Kind::Number(day_count), false),
        field("covid", Kind::Flag, false),
    ],
};

/// Læringsmål approved per part (S-9).
pub static LEARNING_GOALS: Shape =
    Shape { fields: &[field("hospital", Kind::Flag, false), field("municipal", Kind::Flag, false)] };

/// The next service, for projections.
pub static PLAN: Shape =
    Shape { fields: &[field("nextStart", Kind::Date, false), field("percent", Kind::Number(shape::percent), false)] };

/// The open-rule options A-O1..A-O7 and P-1.
pub static OPTIONS: Shape = Shape {
    fields: &[
        field("excessOnly", Kind::Flag, false),
        field("dayUnit", Kind::Code(DAY_UNITS), false),
        field("prorateAllowance", Kind::Flag, false),
        field("covidOverlayEnd", Kind::Date, false),
        field("offerOnlyMissing", Kind::Flag, false),
        field("regimeAtPartStart", Kind::Flag, false),
        field("a3ForPartsBefore2019", Kind::Flag, false),
        field("covidNeedsLearningGoals", Kind::Flag, false),
    ],
};

/// A day count: finite, not negative, not absurd ([`MAX_ABSENCE_DAYS`]).
fn day_count(value: f64) -> Result<(), Problem> {
    shape::finite(value)?;
    if value < 0.0 {
        return Err(Problem::new(&msg::DAYS_NEGATIVE, vec![("got", number(value))]));
    }
    if value > MAX_ABSENCE_DAYS {
        return Err(Problem::new(&msg::DAYS_ABSURD, vec![("got", number(value)), ("max", number(MAX_ABSENCE_DAYS))]));
    }
    Ok(())
}

impl ServiceInput {
    /// Reads a service input from `source` in one pass, or every structural
    /// issue (in `lang`). Leaf values are checked by the calculation
    /// ([`ServiceInput::check_fields`]).
    pub fn read<S: Source>(source: &S, lang: Lang) -> Result<Self, Vec<Issue>> {
        read::read(source, &SERVICE_INPUT, lang, Self::read_fields)
    }

    /// Reads the fields of a service input from an object of shape
    /// [`SERVICE_INPUT`] already opened, e.g. earlier LIS1 service inside
    /// another calculation's input (its issues at their paths there).
    pub fn read_fields<S: Source>(o: &mut Obj<'_, S>) -> Self {
        ServiceInput {
            periods: o.list("periods", read_period).unwrap_or_default(),
            absences: o.list("absences", read_absence).unwrap_or_default(),
            learning_goals_approved: o.object("learningGoalsApproved", LearningGoals::read_fields),
            plan: o.object("plan", |p| Plan { next_start: p.text("nextStart"), percent: p.number("percent") }),
            options: o.object("options", read_options),
            authorised: o.flag("authorised"),
            lang: o.lang("lang"),
        }
    }

    /// Every leaf value's issue (dates, codes, ranges, lengths), by the
    /// field tables.
    pub fn check_fields(&self, lang: Lang) -> Vec<Issue> {
        let mut issues = Vec::new();
        let mut c = Check::root(lang, &SERVICE_INPUT, &mut issues);
        c.list("periods", &self.periods, |c, p| {
            c.text("part", Some(&p.part));
            c.text("start", Some(&p.start));
            c.text("end", Some(&p.end));
            c.number("percent", p.percent);
            c.text("rotation", p.rotation.as_deref());
            c.text("position", p.position.as_deref());
        });
        c.list("absences", &self.absences, |c, a| {
            c.text("part", Some(&a.part));
            c.text("kind", Some(&a.kind));
            c.text("start", a.start.as_deref());
            c.text("end", a.end.as_deref());
            c.number("days", a.days);
        });
        c.object("plan", self.plan.as_ref(), |c, p| {
            c.text("nextStart", p.next_start.as_deref());
            c.number("percent", p.percent);
        });
        c.object("options", self.options.as_ref(), |c, o| {
            c.text("dayUnit", o.day_unit.as_deref());
            c.text("covidOverlayEnd", o.covid_overlay_end.as_deref());
        });
        issues
    }
}

impl LearningGoals {
    /// Reads læringsmål from an object of shape [`LEARNING_GOALS`].
    pub fn read_fields<S: Source>(g: &mut Obj<'_, S>) -> Self {
        LearningGoals { hospital: g.flag("hospital"), municipal: g.flag("municipal") }
    }
}

fn read_period<S: Source>(o: &mut Obj<'_, S>) -> Period {
    Period {
        part: o.text("part").unwrap_or_default(),
        start: o.text("start").unwrap_or_default(),
        end: o.text("end").unwrap_or_default(),
        percent: o.number("percent"),
        rotation: o.text("rotation"),
        position: o.text("position"),
    }
}

fn read_absence<S: Source>(o: &mut Obj<'_, S>) -> Absence {
    Absence {
        part: o.text("part").unwrap_or_default(),
        kind: o.text("kind").unwrap_or_default(),
        start: o.text("start"),
        end: o.text("end"),
        days: o.number("days"),
        covid: o.flag("covid"),
    }
}

fn read_options<S: Source>(o: &mut Obj<'_, S>) -> ServiceOptions {
    ServiceOptions {
        excess_only: o.flag("excessOnly"),
        day_unit: o.text("dayUnit"),
        prorate_allowance: o.flag("prorateAllowance"),
        covid_overlay_end: o.text("covidOverlayEnd"),
        offer_only_missing: o.flag("offerOnlyMissing"),
        regime_at_part_start: o.flag("regimeAtPartStart"),
        a3_for_parts_before_2019: o.flag("a3ForPartsBefore2019"),
        covid_needs_learning_goals: o.flag("covidNeedsLearningGoals"),
    }
}
