//! The calculation: per row, per part, per payer and per budget year.

use lis1_core::{date, number_text, Assumption, ErrorKind, Lang, Lis1Error, MessageDef, Part, Pointer, Warning};

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
use crate::{round_nok, CostInput, CostOptions};
use lis1_core::number_text::kroner;

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
    let options = input.options.as_ref();
    let ia_within = options.and_then(|o| o.ia_within_exemption).unwrap_or(false);
    let office_capacity = CostOptions::office_capacity(options);
    let raise_on_top = CostOptions::supervision_raise_on_top(options);
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
            office_capacity,
            supervision_raise_on_top: raise_on_top,
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
            office_capacity,
            supervision_raise_on_top: raise_on_top,
        };
        let h_rate = if t.hospital.months > 0.0 { per_month(&params, &hospital) } else { Components::default() };
        let m_rate = if t.municipal.months > 0.0 { per_month(&params, &municipal) } else { Components::default() };
        any_hospital |= t.hospital.months > 0.0;
        any_municipal |= t.municipal.months > 0.0;
        // Money adds up (issue 22 item 10): one position's part costs are
        // rounded per component to whole kroner; every total below is a sum
        // of these (times counts), never rounded again on its own.
        let h_total = h_rate.scaled(t.hospital.months).rounded();
        let m_total = m_rate.scaled(t.municipal.months).rounded();
        let count = pos.count;
        total_count += count;
        hospital_sum.add(&h_total, t.hospital.months, t.hospital.counted, count);
        municipal_sum.add(&m_total, t.municipal.months, t.municipal.counted, count);
        years.add(&t, &h_total, &m_total, count);
        if let Some(last) = t.end() {
            first_day = Some(first_day.map_or(t.start, |d: time::Date| d.min(t.start)));
            last_day = Some(last_day.map_or(last, |d: time::Date| d.max(last)));
        }
        let hospital = dated(
            CostBreakdown::from_components(Part::Hospital, &h_total, t.hospital.months, t.hospital.counted),
            &t,
            Part::Hospital,
        );
        let municipal = dated(
            CostBreakdown::from_components(Part::Municipal, &m_total, t.municipal.months, t.municipal.counted),
            &t,
            Part::Municipal,
        );
        let per_position_total = hospital.total + municipal.total;
        rows.push(RowResult {
            index,
            count,
            zone: zone.name(),
            zone_assumed: assumed,
            employer_tax_rate: params.get(tax_rate_id),
            total: per_position_total * count,
            per_position: PerPosition { hospital, municipal, total: per_position_total },
        });
    }

    // Whole kroner throughout: the sums are exact (below 2^53).
    let mut by_payer = hospital_sum.c.payers(Part::Hospital);
    by_payer.add(&municipal_sum.c.payers(Part::Municipal));
    let total: f64 = rows.iter().map(|r| r.total).sum();
    let per = if total_count > 0.0 { 1.0 / total_count } else { 0.0 };
    // One row: that row's position, with its dates. Several rows: the
    // average over all positions (dates differ per row, see `rows`), its
    // components rounded and summed again.
    let per_position = match rows.as_slice() {
        [one] => one.per_position.clone(),
        _ => {
            let hospital = hospital_sum.breakdown(Part::Hospital, per);
            let municipal = municipal_sum.breakdown(Part::Municipal, per);
            let total = hospital.total + municipal.total;
            PerPosition { hospital, municipal, total }
        }
    };

    for p in params.overridden_references() {
        warnings.push(Warning::new(lang, &msg::PARAMETER_REFERENCE, &[("name", p.name(lang).to_owned())]));
    }
    for p in params.overridden_unused() {
        warnings.push(Warning::new(lang, &msg::PARAMETER_UNUSED, &[("name", p.name(lang).to_owned())]));
    }
    if office_capacity && any_municipal {
        // C-9 (corrected 2026-12-06): opt-in, flagged when on.
        let average = parameters::find(ids::KOMMUNE_PER_YEAR).map_or(0.0, |p| p.value);
        warnings.push(Warning::new(
            lang,
            &msg::OFFICE_CAPACITY,
            &[("amount", kroner(params.get(ids::OVERHEAD), lang)), ("average", kroner(average, lang))],
        ));
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
    if let Some(index) = &input.price_index {
        warnings.extend(price_index_jumps(index, params.get(ids::PRICE_INDEX_JUMP), lang));
    }
    if !price_adjusted {
        let years_list = params.nominal_years().iter().map(i32::to_string).collect::<Vec<_>>().join(", ");
        if !years_list.is_empty() {
            warnings.push(Warning::new(lang, &msg::NOMINAL_AMOUNTS, &[("years", years_list)]));
        }
    }

    let mut assumptions = assumptions(
        &params,
        Parts { hospital: any_hospital, municipal: any_municipal },
        zone_defaulted,
        any_ia,
        ia_within,
        Options { office_capacity, raise_on_top },
        lang,
    );
    if input.price_index.is_some() {
        let max = params.get(ids::PRICE_INDEX_JUMP);
        assumptions.push(Assumption::new(
            lang,
            &msg::C_20_PRICE_INDEX_JUMP,
            ids::PRICE_INDEX_JUMP,
            lis1_core::input::number(max),
            Some(number_text::shown(max, lang)),
        ));
    }
    Ok(CostResult {
        per_position,
        rows,
        by_payer: by_payer.rounded(),
        by_year: years.rows(),
        total,
        price_year: input.price_year,
        price_adjusted,
        parameters_used: params.used(),
        warnings,
        assumptions,
    })
}

/// A warning per pair of adjacent years (`y`, `y + 1`, both in the index)
/// whose values differ by more than `max` percent of the earlier one, up or
/// down (issue 25 item 4, `C-20.price-index-jump`). Years with a gap between
/// them are not compared: a change over several years may be large and
/// right. Runs on a validated input: index values are positive and keys
/// are four-digit years.
pub(crate) fn price_index_jumps(index: &std::collections::BTreeMap<String, f64>, max: f64, lang: Lang) -> Vec<Warning> {
    // Valid keys are four digits (validation), so the map's text order is the years' order.
    let rows: Vec<(i32, f64)> =
        index.iter().filter_map(|(year, value)| year.parse::<i32>().ok().map(|y| (y, *value))).collect();
    rows.windows(2)
        .filter_map(|pair| match pair {
            [(from, a), (to, b)] if *to == from + 1 && *a > 0.0 => {
                let change = (b - a) / a * 100.0;
                (change.abs() > max).then(|| {
                    Warning::new(
                        lang,
                        &msg::PRICE_INDEX_JUMP,
                        &[
                            ("change", number_text::shown(change, lang)),
                            ("from", from.to_string()),
                            ("to", to.to_string()),
                            ("a", number_text::shown(*a, lang)),
                            ("b", number_text::shown(*b, lang)),
                            ("max", number_text::shown(max, lang)),
                        ],
                    )
                })
            }
            _ => None,
        })
        .collect()
}

/// Which parts the estimate has.
struct Parts {
    hospital: bool,
    municipal: bool,
}

/// The C-9 and C-10 options.
struct Options {
    office_capacity: bool,
    raise_on_top: bool,
}

/// Every open choice the estimate used, with its value. Amounts are whole
/// kroner (`55993`, never a raw float of a price conversion).
fn assumptions(
    params: &ParamSet,
    parts: Parts,
    zone_defaulted: bool,
    any_ia: bool,
    ia_within: bool,
    options: Options,
    lang: Lang,
) -> Vec<Assumption> {
    let mut out = Vec::new();
    let mut push = |sentence: &'static MessageDef, option: &'static str, value: String, shown: Option<String>| {
        out.push(Assumption::new(lang, sentence, option, value, shown));
    };
    let pick = |on: bool, yes: &'static MessageDef, no: &'static MessageDef| if on { yes } else { no };
    if parts.hospital || parts.municipal {
        let pension = params.get(ids::PENSION);
        push(
            &msg::C_8_PENSION,
            ids::PENSION,
            lis1_core::input::number(pension),
            Some(number_text::shown(pension, lang)),
        );
    }
    if parts.hospital {
        push(&msg::C_4_SALARY, "hospitalSalary", String::from(ids::SALARY), None);
        let remainder = round_nok(params.get(ids::HOSPITAL_REMAINDER));
        push(
            &msg::C_1_REMAINDER,
            ids::HOSPITAL_REMAINDER,
            lis1_core::input::number(remainder),
            Some(number_text::grouped(remainder, lang)),
        );
    }
    if parts.municipal {
        // C-9 is opt-in (corrected 2026-12-06); listed either way.
        let office = options.office_capacity;
        push(pick(office, &msg::C_9_OFFICE_TRUE, &msg::C_9_OFFICE_FALSE), "officeCapacity", office.to_string(), None);
        if office {
            push(&msg::C_9_PER_YEAR, "overheadTimeUnit", String::from("per-year"), None);
        }
        // C-10 (corrected 2026-12-06): 63 500 includes the raise; 80 800 is the option.
        let on_top = options.raise_on_top;
        push(
            pick(on_top, &msg::C_10_RAISE_TRUE, &msg::C_10_RAISE_FALSE),
            "supervisionRaiseOnTop",
            on_top.to_string(),
            None,
        );
        // The rate is the one for ALIS supervision (LIS3 in allmennmedisin), used for LIS1.
        let raise = if on_top { params.get(ids::SUPERVISION_RAISE) } else { 0.0 };
        let rate = round_nok(params.get(ids::SUPERVISION) + raise);
        push(
            &msg::C_10_SUPERVISION,
            "municipalSupervision",
            lis1_core::input::number(rate),
            Some(number_text::grouped(rate, lang)),
        );
    }
    if zone_defaulted {
        push(&msg::C_7_ZONE, "zone", String::from("I"), Some(String::from("I")));
    }
    if any_ia {
        push(pick(ia_within, &msg::C_7_IA_TRUE, &msg::C_7_IA_FALSE), "iaWithinExemption", ia_within.to_string(), None);
    }
    out
}

/// Payers difference helper for comparisons.
pub(crate) fn payer_difference(a: &Payers, b: &Payers) -> Payers {
    b.minus(a).rounded()
}
