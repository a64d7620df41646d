//! The calculation: per row, per part, per payer and per budget year.

use lis1_core::{date, Assumption, ErrorKind, Lis1Error, Part, Pointer, Warning};

use crate::breakdown::{per_month, Components, CostBreakdown, PartSetting};
use crate::budget_year::Years;
use crate::messages as msg;
use crate::overrides::ParamSet;
use crate::parameters::{self, ids};
use crate::payers::Payers;
use crate::result::{CostResult, PerPosition, RowResult};
use crate::timeline::{self, Timeline};
use crate::validate::{self, zone_of};
use crate::zones::Zone;
use crate::{round_nok, CostInput};

/// Sums of one part over positions.
#[derive(Debug, Default, Clone, Copy)]
struct PartSum {
    c: Components,
    months: f64,
    counted: f64,
}

impl PartSum {
    fn add(&mut self, c: &Components, months: f64, counted: f64, k: f64) {
        self.c.add(&c.scaled(k));
        self.months += months * k;
        self.counted += counted * k;
    }

    fn breakdown(&self, part: Part, k: f64) -> CostBreakdown {
        CostBreakdown::from_components(part, &self.c.scaled(k), self.months * k, self.counted * k)
    }
}

fn dated(mut b: CostBreakdown, t: &Timeline, part: Part) -> CostBreakdown {
    let span = if part == Part::Hospital { t.hospital } else { t.municipal };
    if let Some((first, last)) = Timeline::dates(&span) {
        b.start = Some(date::format(first));
        b.end = Some(date::format(last));
    }
    b
}

/// See [`crate::estimate_cost`].
pub(crate) fn run(input: &CostInput) -> Result<CostResult, Lis1Error> {
    let lang = input.lang.unwrap_or_default();
    let issues = validate::issues(input, lang);
    if !issues.is_empty() {
        return Err(Lis1Error::new(ErrorKind::InvalidInput, issues));
    }
    let params = ParamSet::new(input);
    let ia_within = input.options.as_ref().and_then(|o| o.ia_within_exemption).unwrap_or(false);
    let mut warnings: Vec<Warning> = Vec::new();
    let mut zone_defaulted = false;
    let mut any_ia = false;
    let (mut any_hospital, mut any_municipal) = (false, false);
    let (mut first_day, mut last_day) = (None, None);

    let mut rows = Vec::new();
    let mut hospital_sum = PartSum::default();
    let mut municipal_sum = PartSum::default();
    let mut years = Years::default();
    let mut total_count = 0.0;
    let root = Pointer::root().key("positions");

    for (index, pos) in input.positions.iter().enumerate() {
        let Some(t) = timeline::of(pos) else { continue };
        let row = index + 1;
        let month = u8::from(t.start.month());
        if month != 3 && month != 9 {
            warnings.push(Warning::new(
                lang,
                &msg::START_UNUSUAL,
                &[("row", row.to_string()), ("value", pos.start.clone())],
            ));
        }
        if let Some(p) = pos.percent.filter(|p| *p < 50.0) {
            warnings.push(Warning::new(
                lang,
                &msg::PERCENT_LOW,
                &[("row", row.to_string()), ("got", lis1_core::input::number(p))],
            ));
        }
        let (zone, assumed) = match zone_of(pos, &root.index(index), lang) {
            Ok(Some(z)) => (z, false),
            Ok(None) => (Zone::I, true),
            Err(_) => continue, // reported by validate
        };
        zone_defaulted |= assumed;
        any_ia |= zone == Zone::Ia;
        let tax_rate_id = match zone {
            Zone::Ia if !ia_within => ids::ZONE_IA_ABOVE,
            z => z.parameter_id(),
        };
        let over60 = pos.over60.unwrap_or(false);
        let hospital = PartSetting {
            part: Part::Hospital,
            fraction: t.fraction,
            tax_rate_id,
            over60,
            grant: 0.0,
            months: t.hospital.months,
        };
        let grant = if t.municipal.months > 0.0 {
            let start = date::format(t.municipal.start);
            // Start dates are ≥ 2017-03-01 (validated), so a C-3 row exists.
            parameters::grant_for(&start).map_or(0.0, |id| params.get(id) * t.municipal.counted / 6.0)
        } else {
            0.0
        };
        let municipal = PartSetting {
            part: Part::Municipal,
            fraction: t.fraction,
            tax_rate_id,
            over60,
            grant,
            months: t.municipal.months,
        };
        let h_rate = if t.hospital.months > 0.0 { per_month(&params, &hospital) } else { Components::default() };
        let m_rate = if t.municipal.months > 0.0 { per_month(&params, &municipal) } else { Components::default() };
        any_hospital |= t.hospital.months > 0.0;
        any_municipal |= t.municipal.months > 0.0;
        let h_total = h_rate.scaled(t.hospital.months);
        let m_total = m_rate.scaled(t.municipal.months);
        let count = pos.count;
        total_count += count;
        hospital_sum.add(&h_total, t.hospital.months, t.hospital.counted, count);
        municipal_sum.add(&m_total, t.municipal.months, t.municipal.counted, count);
        years.add(&t, &h_rate, &m_rate, count);
        if let Some(last) = t.end() {
            first_day = Some(first_day.map_or(t.start, |d: time::Date| d.min(t.start)));
            last_day = Some(last_day.map_or(last, |d: time::Date| d.max(last)));
        }
        let per_position = PerPosition {
            hospital: dated(
                CostBreakdown::from_components(Part::Hospital, &h_total, t.hospital.months, t.hospital.counted),
                &t,
                Part::Hospital,
            ),
            municipal: dated(
                CostBreakdown::from_components(Part::Municipal, &m_total, t.municipal.months, t.municipal.counted),
                &t,
                Part::Municipal,
            ),
            total: round_nok(h_total.gross() + m_total.gross()),
        };
        rows.push(RowResult {
            index,
            count,
            zone: zone.name(),
            zone_assumed: assumed,
            employer_tax_rate: params.get(tax_rate_id),
            total: round_nok((h_total.gross() + m_total.gross()) * count),
            per_position,
        });
    }

    let mut by_payer = hospital_sum.c.payers(Part::Hospital);
    by_payer.add(&municipal_sum.c.payers(Part::Municipal));
    let total = hospital_sum.c.gross() + municipal_sum.c.gross();
    let per = if total_count > 0.0 { 1.0 / total_count } else { 0.0 };
    // One row: that row's position, with its dates. Several rows: the
    // average over all positions (dates differ per row, see `rows`).
    let per_position = match rows.as_slice() {
        [one] => one.per_position.clone(),
        _ => PerPosition {
            hospital: hospital_sum.breakdown(Part::Hospital, per),
            municipal: municipal_sum.breakdown(Part::Municipal, per),
            total: round_nok(total * per),
        },
    };

    for id in params.overridden_references() {
        warnings.push(Warning::new(lang, &msg::PARAMETER_REFERENCE, &[("value", id.to_owned())]));
    }
    if let (Some(first), Some(last)) = (first_day, last_day) {
        if let Some(rates) = parameters::find(Zone::I.parameter_id()) {
            let (from, to) = (rates.valid_from, rates.valid_to.unwrap_or("9999-12-31"));
            let (f, l) = (date::format(first), date::format(last));
            if f.as_str() < from || l.as_str() > to {
                warnings.push(Warning::new(
                    lang,
                    &msg::ZONE_RATES_OUTSIDE_VALIDITY,
                    &[("from", from.to_owned()), ("to", to.to_owned()), ("first", f), ("last", l)],
                ));
            }
        }
    }
    let price_adjusted = input.price_index.is_some() && input.price_year.is_some();
    if !price_adjusted {
        let years_list = params.nominal_years().iter().map(i32::to_string).collect::<Vec<_>>().join(", ");
        if !years_list.is_empty() {
            warnings.push(Warning::new(lang, &msg::NOMINAL_AMOUNTS, &[("years", years_list)]));
        }
    }

    let assumptions = assumptions(&params, any_hospital, any_municipal, zone_defaulted, any_ia, ia_within);
    Ok(CostResult {
        per_position,
        rows,
        by_payer: by_payer.rounded(),
        by_year: years.rows(),
        total: round_nok(total),
        price_year: input.price_year,
        price_adjusted,
        parameters_used: params.used(),
        warnings,
        assumptions,
    })
}

fn assumptions(
    params: &ParamSet,
    hospital: bool,
    municipal: bool,
    zone_defaulted: bool,
    any_ia: bool,
    ia_within: bool,
) -> Vec<Assumption> {
    let mut out = Vec::new();
    let mut push =
        |option: &'static str, value: String, rule: &'static str| out.push(Assumption { option, value, rule });
    if hospital || municipal {
        push(ids::PENSION, lis1_core::input::number(params.get(ids::PENSION)), "C-8");
    }
    if hospital {
        push("hospitalSalary", String::from(ids::SALARY), "C-4");
        push(ids::HOSPITAL_REMAINDER, lis1_core::input::number(params.get(ids::HOSPITAL_REMAINDER)), "C-1");
    }
    if municipal {
        push("overheadTimeUnit", String::from("per-year"), "C-9");
        push("municipalSupervision", String::from(ids::SUPERVISION), "C-10");
    }
    if zone_defaulted {
        push("zone", String::from("I"), "C-7");
    }
    if any_ia {
        push("iaWithinExemption", ia_within.to_string(), "C-7");
    }
    out
}

/// Payers difference helper for comparisons.
pub(crate) fn payer_difference(a: &Payers, b: &Payers) -> Payers {
    b.minus(a).rounded()
}
