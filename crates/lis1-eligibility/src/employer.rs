//! The employer side as a checklist (B-20..B-25). Items that are not stated
//! in the input are reported as not met ("not confirmed"), never assumed.

use lis1_core::date::{format, Date};
use lis1_core::{Assumption, Lang, MessageDef, Warning};

use crate::applicant::Specialty;
use crate::eligibility::{Reason, ReasonKind};
use crate::input::Employer;
use crate::messages as m;
use crate::timeline::Dates;

/// Days after the specialty start from which a late vacancy is also warned
/// about ("far later", B-21): more than about 3 months without a post.
pub const VACANCY_FAR_LATER_DAYS: i64 = 90;

/// Employer kind (B-20).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// Helseforetak / sykehus: approved for psykiatri/BUP.
    Helseforetak,
    /// Kommune: registered for allmennmedisin.
    Kommune,
}

impl Kind {
    /// Parses an input value.
    pub fn parse(value: &str) -> Option<Kind> {
        match value {
            "helseforetak" => Some(Kind::Helseforetak),
            "kommune" => Some(Kind::Kommune),
            _ => None,
        }
    }

    /// Whether this kind offers bound positions in `specialty` (B-1, B-20).
    pub fn fits(self, specialty: Specialty) -> bool {
        match self {
            Kind::Helseforetak => specialty.is_hospital_path(),
            Kind::Kommune => !specialty.is_hospital_path(),
        }
    }
}

/// Whether a warning speaks to the employer only (its checklist and its
/// vacant post, B-20..B-25): a job posting's applicant view leaves it out.
pub fn employer_only_warning(w: &Warning) -> bool {
    [&m::WARN_CHECKLIST_OPEN, &m::WARN_VACANCY_FAR_LATER].iter().any(|def| def.code == w.code)
}

/// Whether an assumption concerns the employer's side only (B-21's vacancy).
pub fn employer_only_assumption(a: &Assumption) -> bool {
    a.rule == "B-21"
}

/// The checklist, its warnings and assumptions.
#[derive(Debug, Default)]
pub struct Checklist {
    /// The items, in rule order.
    pub items: Vec<Reason>,
    /// Warnings (late vacancy, open items).
    pub warnings: Vec<Warning>,
    /// Assumptions used.
    pub assumptions: Vec<Assumption>,
}

/// Builds the employer checklist for `specialty`; `dates` is the timeline
/// when a round was given.
pub fn checklist(
    employer: &Employer,
    kind: Kind,
    specialty: Specialty,
    dates: Option<&Dates>,
    vacancy: Option<Date>,
    lang: Lang,
) -> Checklist {
    let mut out = Checklist::default();
    let label = specialty.label(lang);
    let spec = [("specialty", label)];
    let mut item = |met: bool, def: &MessageDef, params: &[(&str, String)]| {
        out.items.push(Reason {
            rule: def.rule.unwrap_or("B-20"),
            met,
            kind: ReasonKind::Condition,
            message: def.render(lang, params),
        });
    };

    // B-20: approved (HF) / registered (kommune) utdanningsvirksomhet.
    match kind {
        Kind::Helseforetak if !kind.fits(specialty) => item(false, &m::B20_WRONG_KIND_HF, &spec),
        Kind::Helseforetak => {
            let approved =
                employer.approved_for.as_ref().is_some_and(|list| list.iter().any(|s| s == specialty.code()));
            item(approved, if approved { &m::B20_HF_APPROVED } else { &m::B20_HF_NOT_APPROVED }, &spec);
        }
        Kind::Kommune if !kind.fits(specialty) => item(false, &m::B20_WRONG_KIND_KOMMUNE, &spec),
        Kind::Kommune => {
            let registered = employer.registered_for_allmennmedisin == Some(true);
            item(
                registered,
                if registered { &m::B20_KOMMUNE_REGISTERED } else { &m::B20_KOMMUNE_NOT_REGISTERED },
                &spec,
            );
        }
    }

    // B-25: who hires.
    match (kind, specialty.is_hospital_path()) {
        (Kind::Kommune, false) => item(true, &m::B25_KOMMUNE, &[]),
        (Kind::Helseforetak, true) => item(true, &m::B25_HF, &[]),
        (Kind::Helseforetak, false) => item(false, &m::B25_GP_NOT_HF, &[]),
        (Kind::Kommune, true) => item(false, &m::B25_PSY_NOT_KOMMUNE, &spec),
    }

    // B-21: a vacant LIS3/ALIS post when del 1 ends (about 2 years after hiring).
    let mut late_days = None;
    match (vacancy, dates) {
        (None, _) => item(false, &m::B21_MISSING, &[]),
        (Some(v), None) => item(false, &m::B21_NO_ROUND, &[("vacancy", format(v))]),
        (Some(v), Some(t)) => {
            let params = [("vacancy", format(v)), ("specialtyStart", format(t.specialty_start))];
            if v <= t.specialty_start {
                item(true, &m::B21_OK, &params);
            } else {
                item(false, &m::B21_LATE, &params);
                late_days = Some((v - t.specialty_start).whole_days());
            }
        }
    }

    // B-22, B-23.
    let yes = employer.lis3_post_advertised_publicly == Some(true);
    item(yes, if yes { &m::B22_YES } else { &m::B22_NO }, &[]);
    let yes = employer.advertisement_states_criteria == Some(true);
    item(yes, if yes { &m::B23_YES } else { &m::B23_NO }, &[]);

    // B-24 (kommune / allmennmedisin): salary form and priority.
    if kind == Kind::Kommune {
        match employer.fixed_salary {
            Some(true) => item(true, &m::B24_FIXED, &[]),
            Some(false) => item(true, &m::B24_BUSINESS, &[]),
            None => item(false, &m::B24_SALARY_MISSING, &[]),
        }
        match (employer.supervision_capacity, employer.recruitment_weak) {
            (Some(true), Some(true)) => item(true, &m::B24_PRIORITISED, &[]),
            (Some(true), _) => item(true, &m::B24_SUPERVISION, &[]),
            _ => item(false, &m::B24_NO_SUPERVISION, &[]),
        }
    }

    if let Some(days) = late_days.filter(|d| *d > VACANCY_FAR_LATER_DAYS) {
        out.warnings.push(Warning::new(lang, &m::WARN_VACANCY_FAR_LATER, &[("days", days.to_string())]));
    }
    if vacancy.is_some() && dates.is_some() {
        out.assumptions.push(Assumption::new(lang, &m::B_21_BY_START, "vacancyNeededBy", "specialtyStart", None));
    }
    let mut open: Vec<&str> = out.items.iter().filter(|r| !r.met).map(|r| r.rule).collect();
    open.dedup();
    if !open.is_empty() {
        out.warnings.push(Warning::new(lang, &m::WARN_CHECKLIST_OPEN, &[("rules", open.join(", "))]));
    }
    out
}
