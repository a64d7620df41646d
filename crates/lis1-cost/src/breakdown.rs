//! Cost of one position per part (C-20): the components per calendar month
//! and their totals.
//!
//! Per calendar month of a part, at position fraction `f` (percent / 100):
//! - salary = `C-4.salary` / 12 × f (the KS minimum, used for both parts);
//! - feriepenger = salary × `C-6.holiday-pay` (or `C-6.holiday-pay-60`);
//! - pension = salary × `C-8.pension` (open rule: an assumption);
//! - arbeidsgiveravgift = (salary + feriepenger + pension) × the zone rate
//!   (`C-7.zone-*`); employer pension premiums are avgiftspliktige;
//! - hospital only: remainder = `C-1.hospital-remainder` × f, the hospital
//!   costs §5 does not itemise (see the crate's "Calibration");
//! - municipal only: supervision = `C-10.supervision-per-year` / 12 (the
//!   ALIS rate, 63 500 including the raise to 4 h/month; with the option
//!   `supervisionRaiseOnTop` + `C-10.supervision-4h-extra` / 12, 80 800 a
//!   year) and, only with the option `officeCapacity`, overhead =
//!   `C-9.overhead-per-year` / 12 (C-9 is off by default), per calendar
//!   month, **not** scaled by f (office space and the supervisor's hours do
//!   not shrink with part-time);
//! - municipal only: the grant `C-3` per 6 counted months, spread evenly over
//!   the part's calendar months (a transfer from the state to the kommune: it
//!   changes who pays, not the total).
//!
//! Remainder, supervision and overhead are all-in amounts: no
//! arbeidsgiveravgift is added to them.
//!
//! # Rounding
//! A part's components are rounded to whole kroner **per position**
//! ([`Components::rounded`]) and every total is the sum of rounded parts: a
//! part's `total` is the sum of its rounded components, a position's the sum
//! of its parts, a row's `count` × that, the result's the sum of its rows
//! (see the crate's "Money adds up").

use lis1_core::Part;
use serde::Serialize;

use crate::overrides::ParamSet;
use crate::parameters::ids;
use crate::payers::Payers;
use crate::round_months;
use crate::round_nok;

/// Money components of a part (per month or in total).
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub(crate) struct Components {
    pub salary: f64,
    pub holiday_pay: f64,
    pub pension: f64,
    pub employer_tax: f64,
    pub remainder: f64,
    pub supervision: f64,
    pub overhead: f64,
    pub grant: f64,
}

impl Components {
    /// Cost to all payers (the grant is a transfer and not added).
    pub fn gross(&self) -> f64 {
        self.salary
            + self.holiday_pay
            + self.pension
            + self.employer_tax
            + self.remainder
            + self.supervision
            + self.overhead
    }

    pub fn scaled(&self, k: f64) -> Components {
        Components {
            salary: self.salary * k,
            holiday_pay: self.holiday_pay * k,
            pension: self.pension * k,
            employer_tax: self.employer_tax * k,
            remainder: self.remainder * k,
            supervision: self.supervision * k,
            overhead: self.overhead * k,
            grant: self.grant * k,
        }
    }

    pub fn add(&mut self, o: &Components) {
        self.salary += o.salary;
        self.holiday_pay += o.holiday_pay;
        self.pension += o.pension;
        self.employer_tax += o.employer_tax;
        self.remainder += o.remainder;
        self.supervision += o.supervision;
        self.overhead += o.overhead;
        self.grant += o.grant;
    }

    /// Every component rounded to whole kroner: the parts totals are summed from.
    pub fn rounded(&self) -> Components {
        Components {
            salary: round_nok(self.salary),
            holiday_pay: round_nok(self.holiday_pay),
            pension: round_nok(self.pension),
            employer_tax: round_nok(self.employer_tax),
            remainder: round_nok(self.remainder),
            supervision: round_nok(self.supervision),
            overhead: round_nok(self.overhead),
            grant: round_nok(self.grant),
        }
    }

    pub fn payers(&self, part: Part) -> Payers {
        match part {
            Part::Hospital => Payers::hospital(self.gross()),
            Part::Municipal => Payers::municipal(self.gross(), self.grant),
        }
    }
}

/// What a part's monthly cost depends on besides the parameter table.
#[derive(Debug, Clone, Copy)]
pub(crate) struct PartSetting {
    pub part: Part,
    /// Position fraction (0.8 for 80 %).
    pub fraction: f64,
    /// Parameter id of the arbeidsgiveravgift rate.
    pub tax_rate_id: &'static str,
    pub over60: bool,
    /// Grant total for the part (0 for the hospital part).
    pub grant: f64,
    /// Calendar months of the part (to spread the grant).
    pub months: f64,
    /// C-9 office overhead included (option `officeCapacity`).
    pub office_capacity: bool,
    /// C-10 raise added on top (option `supervisionRaiseOnTop`).
    pub supervision_raise_on_top: bool,
}

/// Components per calendar month of a part.
pub(crate) fn per_month(params: &ParamSet, s: &PartSetting) -> Components {
    let salary = params.get(ids::SALARY) / 12.0 * s.fraction;
    let holiday_rate = params.rate(if s.over60 { ids::HOLIDAY_PAY_60 } else { ids::HOLIDAY_PAY });
    let holiday_pay = salary * holiday_rate;
    let pension = salary * params.rate(ids::PENSION);
    let employer_tax = (salary + holiday_pay + pension) * params.rate(s.tax_rate_id);
    let mut c = Components { salary, holiday_pay, pension, employer_tax, ..Components::default() };
    match s.part {
        Part::Hospital => c.remainder = params.get(ids::HOSPITAL_REMAINDER) * s.fraction,
        Part::Municipal => {
            let raise = if s.supervision_raise_on_top { params.get(ids::SUPERVISION_RAISE) } else { 0.0 };
            c.supervision = (params.get(ids::SUPERVISION) + raise) / 12.0;
            // C-9 is opt-in (corrected 2026-12-06): without the option the row is not read.
            c.overhead = if s.office_capacity { params.get(ids::OVERHEAD) / 12.0 } else { 0.0 };
            c.grant = if s.months > 0.0 { s.grant / s.months } else { 0.0 };
        }
    }
    c
}

/// Cost of one part of one position (the API's `CostBreakdown`), rounded for
/// output: NOK to whole kroner, months to 2 decimals. `total` is the sum of
/// the rounded components; `byPayer` sums to `total`.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct CostBreakdown {
    /// Calendar months paid.
    pub months: f64,
    /// Counted (full-time-equivalent) months of training paid for.
    pub counted_months: f64,
    /// First day of the part (absent if the part is not included or for averages).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub start: Option<String>,
    /// Last day of the part.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub end: Option<String>,
    /// Salary (C-4).
    pub salary: f64,
    /// Feriepenger (C-6).
    pub holiday_pay: f64,
    /// Employer pension premium (C-8, assumption).
    pub pension: f64,
    /// Arbeidsgiveravgift (C-7).
    pub employer_tax: f64,
    /// Hospital costs not itemised (C-1 calibration remainder).
    pub remainder: f64,
    /// Supervision (C-10).
    pub supervision: f64,
    /// Office rent and support staff (C-9).
    pub overhead: f64,
    /// Cost to all payers.
    pub total: f64,
    /// State grant to the kommune included in `total` (C-3).
    pub grants: f64,
    /// `total` split by payer.
    pub by_payer: Payers,
}

impl CostBreakdown {
    /// Rounds each component of `c` to whole kroner, then sums them.
    pub(crate) fn from_components(part: Part, c: &Components, months: f64, counted: f64) -> Self {
        let r = c.rounded();
        CostBreakdown {
            months: round_months(months),
            counted_months: round_months(counted),
            start: None,
            end: None,
            salary: r.salary,
            holiday_pay: r.holiday_pay,
            pension: r.pension,
            employer_tax: r.employer_tax,
            remainder: r.remainder,
            supervision: r.supervision,
            overhead: r.overhead,
            total: r.gross(),
            grants: r.grant,
            by_payer: r.payers(part),
        }
    }
}
