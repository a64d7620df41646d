//! The applicant side: specialty (B-1), exemptions (S-12), earlier LIS1
//! service (B-10, B-12, S-8, S-9) and authorisation (B-11, S-11).

use lis1_core::{Lang, MessageDef};

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

/// Earlier LIS1 service reduced to what eligibility needs, whatever form it
/// was given in (summary in months, or a service history through the service
/// engine).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct EarlierService {
    /// Counted hospital months.
    pub hospital: f64,
    /// Counted municipal months.
    pub municipal: f64,
    /// Hospital months still to serve.
    pub remaining_hospital: f64,
    /// Municipal months still to serve.
    pub remaining_municipal: f64,
    /// Both parts' counted time reached and absence made up.
    pub time_complete: bool,
    /// Both parts' months counted (make-up days may still be owed): a new
    /// full del 1 would repeat the whole del 1 (S-8).
    pub months_covered: bool,
    /// Del 1 complete: time and læringsmål (S-9).
    pub complete: bool,
    /// Hospital absence days still to make up (service engine only).
    pub make_up_hospital: f64,
    /// Municipal absence days still to make up (service engine only).
    pub make_up_municipal: f64,
    /// Make-up days are working days (option A-O2 of the history).
    pub workdays: bool,
}

impl EarlierService {
    /// From a summary `{ hospitalMonths, municipalMonths, complete? }`.
    /// Remaining = max(0, 12 − hospital) and max(0, 6 − municipal) (S-1).
    pub fn from_summary(summary: &Lis1Summary) -> Self {
        let remaining_hospital = (HOSPITAL_MONTHS - summary.hospital_months).max(0.0);
        let remaining_municipal = (MUNICIPAL_MONTHS - summary.municipal_months).max(0.0);
        let time_complete = remaining_hospital <= 1e-9 && remaining_municipal <= 1e-9;
        EarlierService {
            hospital: summary.hospital_months,
            municipal: summary.municipal_months,
            remaining_hospital,
            remaining_municipal,
            time_complete,
            months_covered: time_complete,
            complete: time_complete && summary.complete == Some(true),
            make_up_hospital: 0.0,
            make_up_municipal: 0.0,
            workdays: true,
        }
    }

    /// From the service engine's result (`lis1_service::remaining_service`):
    /// counted and remaining months, make-up days, `del1TimeComplete`,
    /// `del1Complete`. Nothing is recomputed here.
    pub fn from_service(result: &lis1_service::ServiceResult, workdays: bool) -> Self {
        EarlierService {
            hospital: result.hospital.counted_months,
            municipal: result.municipal.counted_months,
            remaining_hospital: result.hospital.remaining_months,
            remaining_municipal: result.municipal.remaining_months,
            time_complete: result.del1_time_complete,
            months_covered: result.hospital.remaining_months <= 0.0 && result.municipal.remaining_months <= 0.0,
            complete: result.del1_complete,
            make_up_hospital: result.hospital.make_up_days,
            make_up_municipal: result.municipal.make_up_days,
            workdays,
        }
    }

    /// Whether anything was counted or is still owed from earlier service.
    fn any(&self) -> bool {
        self.hospital > 1e-9 || self.municipal > 1e-9 || self.make_up_hospital > 1e-9 || self.make_up_municipal > 1e-9
    }
}

/// The applicant's situation regarding earlier LIS1 service.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum History {
    /// No earlier counted LIS1 service: enters the whole path (B-10).
    Fresh,
    /// Some service counted, some left (B-12).
    Partial(EarlierService),
    /// Both parts' months counted — læringsmål not (yet) approved (S-9) or
    /// make-up days still owed: no new full del 1 (S-8), at most the days.
    TimeCovered(EarlierService),
    /// Del 1 complete (B-10): not a candidate.
    Completed(EarlierService),
}

/// Classifies earlier service, however it was given (summary or service
/// engine; see [`EarlierService`]).
pub fn history(service: Option<EarlierService>) -> History {
    let Some(service) = service else { return History::Fresh };
    if service.complete {
        History::Completed(service)
    } else if service.months_covered {
        History::TimeCovered(service)
    } else if !service.any() {
        History::Fresh
    } else {
        History::Partial(service)
    }
}
