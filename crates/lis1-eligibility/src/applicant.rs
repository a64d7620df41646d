//! The applicant side: specialty (B-1), exemptions (S-12), earlier LIS1
//! service (B-10, B-12, S-8, S-9) and authorisation (B-11, S-11).

use lis1_core::{Date, Lang, MessageDef, Part};

use crate::input::Lis1Summary;
use crate::messages as m;
use crate::timeline::params::{HOSPITAL_MONTHS, MUNICIPAL_MONTHS};

/// Specialty of the bound path (B-1).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Specialty {
    /// ALIS in a registered kommune.
    Allmennmedisin,
    /// LIS3 in psykiatri at an approved helseforetak.
    Psykiatri,
    /// LIS3 in barne- og ungdomspsykiatri at an approved helseforetak.
    Bup,
}

impl Specialty {
    /// Parses an input value (`allmennmedisin`, `psykiatri`, `bup`).
    pub fn parse(value: &str) -> Option<Specialty> {
        match value {
            "allmennmedisin" => Some(Specialty::Allmennmedisin),
            "psykiatri" => Some(Specialty::Psykiatri),
            "bup" => Some(Specialty::Bup),
            _ => None,
        }
    }

    /// The input value.
    pub fn code(self) -> &'static str {
        match self {
            Specialty::Allmennmedisin => "allmennmedisin",
            Specialty::Psykiatri => "psykiatri",
            Specialty::Bup => "bup",
        }
    }

    /// The label in `lang`.
    pub fn label(self, lang: Lang) -> String {
        let def: &MessageDef = match self {
            Specialty::Allmennmedisin => &m::LABEL_ALLMENNMEDISIN,
            Specialty::Psykiatri => &m::LABEL_PSYKIATRI,
            Specialty::Bup => &m::LABEL_BUP,
        };
        def.render(lang, &[])
    }

    /// Whether the path goes to LIS3 at a helseforetak (T-4) rather than ALIS
    /// in a kommune (T-3).
    pub fn is_hospital_path(self) -> bool {
        !matches!(self, Specialty::Allmennmedisin)
    }
}

/// An exemption from del 1 (S-12).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Exemption {
    /// S-12 (a): equivalent service with all del 1 læringsmål achieved abroad.
    ForeignDel1,
    /// S-12 (b): at least half a specialist education abroad (T-2 exception).
    HalfSpecialistAbroad,
    /// S-12 (c): EU/EØS-authorised, started as LIS before 1 March 2019.
    EeaBefore2019,
}

impl Exemption {
    /// Parses an input value.
    pub fn parse(value: &str) -> Option<Exemption> {
        match value {
            "foreign-del1" => Some(Exemption::ForeignDel1),
            "half-specialist-abroad" => Some(Exemption::HalfSpecialistAbroad),
            "eea-before-2019" => Some(Exemption::EeaBefore2019),
            _ => None,
        }
    }

    /// The reason text explaining why the exempt doctor is not a candidate.
    pub fn message(self) -> &'static MessageDef {
        match self {
            Exemption::ForeignDel1 => &m::EXEMPT_FOREIGN_DEL1,
            Exemption::HalfSpecialistAbroad => &m::EXEMPT_HALF_ABROAD,
            Exemption::EeaBefore2019 => &m::EXEMPT_EEA,
        }
    }
}

/// Earlier LIS1 service reduced to what eligibility needs. A service history
/// is first summarised by [`Lis1Summary::from_service`], so both forms take
/// the same route.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct EarlierService {
    /// Counted hospital months.
    pub hospital: f64,
    /// Counted municipal months.
    pub municipal: f64,
    /// Hospital months still to serve: max(0, 12 − hospital) (S-1).
    pub remaining_hospital: f64,
    /// Municipal months still to serve: max(0, 6 − municipal) (S-1).
    pub remaining_municipal: f64,
    /// Hospital absence days still to make up.
    pub make_up_hospital: f64,
    /// Municipal absence days still to make up.
    pub make_up_municipal: f64,
    /// Make-up days are working days (option A-O2), else calendar days.
    pub workdays: bool,
    /// The hospital part's læringsmål are approved (S-9).
    pub goals_hospital: bool,
    /// The municipal part's læringsmål are approved (S-9).
    pub goals_municipal: bool,
    /// First day of the earlier counted service, when known (T-1).
    pub first_start: Option<Date>,
}

/// Below this a month or day figure is zero (figures come rounded to 2 decimals).
const EPS: f64 = 1e-9;

impl EarlierService {
    /// From a summary. Remaining = max(0, 12 − hospital) and max(0, 6 −
    /// municipal) (S-1); the læringsmål of both parts count as approved when
    /// `complete` is true (S-9: complete includes them), otherwise as given
    /// (missing = no).
    pub fn from_summary(summary: &Lis1Summary) -> Self {
        let goals = summary.learning_goals_approved.unwrap_or_default();
        let complete = summary.complete == Some(true);
        let days = summary.make_up_days.clone().unwrap_or_default();
        EarlierService {
            hospital: summary.hospital_months,
            municipal: summary.municipal_months,
            remaining_hospital: (HOSPITAL_MONTHS - summary.hospital_months).max(0.0),
            remaining_municipal: (MUNICIPAL_MONTHS - summary.municipal_months).max(0.0),
            make_up_hospital: days.hospital.unwrap_or(0.0).max(0.0),
            make_up_municipal: days.municipal.unwrap_or(0.0).max(0.0),
            workdays: days.day_unit.as_deref().unwrap_or("workdays") == "workdays",
            goals_hospital: complete || goals.hospital == Some(true),
            goals_municipal: complete || goals.municipal == Some(true),
            first_start: summary.first_start.as_deref().and_then(|d| lis1_core::date::parse(d).ok()),
        }
    }

    /// Both parts' months counted (12 + 6), whatever else is owed.
    pub fn months_covered(&self) -> bool {
        self.remaining_hospital <= EPS && self.remaining_municipal <= EPS
    }

    /// Make-up days still owed in either part.
    pub fn days_owed(&self) -> bool {
        self.make_up_hospital > EPS || self.make_up_municipal > EPS
    }

    /// Del 1 complete (S-9): both parts' months, no make-up days owed, all
    /// læringsmål approved.
    pub fn complete(&self) -> bool {
        self.months_covered() && !self.days_owed() && self.goals_hospital && self.goals_municipal
    }

    /// Parts whose months are counted but whose læringsmål are not approved
    /// (a part still serving its months has them ahead of it anyway).
    pub fn goals_pending(&self) -> Vec<Part> {
        let mut out = Vec::new();
        if self.remaining_hospital <= EPS && !self.goals_hospital {
            out.push(Part::Hospital);
        }
        if self.remaining_municipal <= EPS && !self.goals_municipal {
            out.push(Part::Municipal);
        }
        out
    }

    /// Whether anything was counted or is still owed from earlier service.
    fn any(&self) -> bool {
        self.hospital > EPS || self.municipal > EPS || self.days_owed()
    }
}

/// The applicant's situation regarding earlier LIS1 service.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum History {
    /// No earlier counted LIS1 service: enters the whole path (B-10).
    Fresh,
    /// Some months counted, some left (B-12).
    Partial(EarlierService),
    /// Both parts' months counted, but make-up days still owed or læringsmål
    /// not (stated as) approved: del 1 is not complete (B-14), and S-8's
    /// "nothing left" does not apply.
    NotComplete(EarlierService),
    /// Del 1 complete: time, make-up days and læringsmål (S-9). Not a
    /// candidate (B-10); a new full del 1 would repeat it (S-8).
    Completed(EarlierService),
}

/// Classifies earlier service, however it was given (see [`EarlierService`]).
pub fn history(service: Option<EarlierService>) -> History {
    let Some(service) = service else { return History::Fresh };
    if service.complete() {
        History::Completed(service)
    } else if service.months_covered() {
        History::NotComplete(service)
    } else if !service.any() {
        History::Fresh
    } else {
        History::Partial(service)
    }
}
