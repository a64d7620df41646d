//! The one dated parameter table of the cost estimate (docs/rules.md section 5, C-1..C-12).
//!
//! Every amount and rate the calculation uses is a row here, with its unit,
//! validity, price year, source and the date it was last verified; no amount
//! appears anywhere else in the code. Callers override any row through
//! `parameters` in [`crate::CostInput`] (key = the row's `id`); an unknown id
//! is an input error at `/parameters/<id>`.
//!
//! ## Ids
//! | id | what | unit |
//! |---|---|---|
//! | `C-1.total-18-months` | published total of one LIS1 over 18 months (reference: a figure the remainder is fitted to) | NOK |
//! | `C-1.hospital-remainder` | hospital costs not itemised by §5, fitted to C-1 and C-11; checked against C-12 and C-2 (`docs/calibration.md`) | NOK per full-time hospital month |
//! | `C-2.kommune-per-year` | a kommune's average LIS1 cost per year (reference: independent calibration check) | NOK per year |
//! | `C-3.grant-H2016`, `C-3.grant-V2017`, `C-3.grant-H2021`, `C-3.grant-V2022` | state veiledningstilskudd to the kommune per LIS1 per half-year | NOK per half-year |
//! | `C-4.salary` | annual base salary (KS minimum for LIS1 in kommuner; also used for the hospital part) | NOK per year |
//! | `C-5.hours-per-week` | working hours in the kommune (reference) | hours per week |
//! | `C-6.holiday-pay` | feriepenger | % of salary |
//! | `C-6.holiday-pay-60` | feriepenger from age 60 (used with `over60`) | % of salary |
//! | `C-7.zone-I` … `C-7.zone-V` | arbeidsgiveravgift per zone (`C-7.zone-Ia` is the reduced Ia rate up to the fribeløp) | % |
//! | `C-7.zone-Ia-above-exemption` | Ia rate once the fribeløp is used | % |
//! | `C-7.exemption-Ia` | the Ia fribeløp per enterprise (reference) | NOK per year |
//! | `C-8.pension` | employer pension premium (open: an assumption) | % of salary |
//! | `C-9.overhead-per-year` | extra office rent and support staff when a kommune adds a doctor to an office; **off by default**, used only with the option `officeCapacity` (a position that needs new office capacity) | NOK per year |
//! | `C-9.support-staff-per-doctor` | support staff per doctor (reference; inside the overhead amount) | ratio |
//! | `C-10.supervision-per-year` | supervision per doctor per year, the rate for ALIS (LIS3 in allmennmedisin, not LIS1), **including** the raise from 3 to 4 h/month; used for the municipal part | NOK per year |
//! | `C-10.supervision-4h-extra` | the raise from 3 to 4 h/month, added on top only with the option `supervisionRaiseOnTop` (the reading 63 500 + 17 300 = 80 800) | NOK per year |
//! | `C-11.budget-2022` | 2022 state budget line for the bound positions (reference: a figure the remainder is fitted to) | NOK |
//! | `C-11.positions` | bound positions funded by that line (reference) | count |
//! | `C-11.admin-per-year` | programme administration (reference) | NOK per year |
//! | `C-11.follow-up-system` | digital follow-up system, once (reference) | NOK |
//! | `C-12.covid-positions-2020` | 100 temporary covid LIS1 positions from 2020-09-01 (reference: independent calibration check) | NOK |
//! | `C-12.covid-positions-count` | number of those positions (reference) | count |
//! | `C-20.price-index-jump` | the largest change of `priceIndex` from one year to the next that is taken as plausible; a larger one gives the warning `cost.price-index-jump` (an assumption: the rules say nothing about checking an index; read only with a `priceIndex`) | % |
//!
//! Rows marked *reference* are published totals and context; they do not
//! enter the sum (overriding one gives a warning) but are kept here so the
//! checks in the tests read their values from the same table.
//!
//! Each row has a name in nb, nn and en ([`Parameter::name`]): messages name
//! a parameter by it, never by its id.

use lis1_core::Lang;
use serde::Serialize;

/// Unit of a parameter value.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Unit {
    /// NOK, a one-off or total amount.
    Nok,
    /// NOK per year.
    NokPerYear,
    /// NOK per half-year.
    NokPerHalfYear,
    /// NOK per month.
    NokPerMonth,
    /// Percent (14.1 means 14.1 %).
    Percent,
    /// Hours per week.
    HoursPerWeek,
    /// A plain ratio or count.
    Number,
}

impl Unit {
    /// Whether values of this unit are money (and so have a price year and
    /// are converted by `priceIndex`).
    pub fn is_money(self) -> bool {
        matches!(self, Unit::Nok | Unit::NokPerYear | Unit::NokPerHalfYear | Unit::NokPerMonth)
    }
}

/// Whether a parameter enters the calculation or is a published reference.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Role {
    /// Used in the sums.
    Component,
    /// A published total or context figure; used by the calibration checks.
    Reference,
}

/// One dated parameter.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Parameter {
    /// Stable id, the key for overrides (`C-4.salary`).
    pub id: &'static str,
    /// Rule id.
    pub rule: &'static str,
    /// Default value in `unit`.
    pub value: f64,
    /// Unit of `value`.
    pub unit: Unit,
    /// First day the value applies (ISO date).
    pub valid_from: &'static str,
    /// Last day the value applies, if known.
    pub valid_to: Option<&'static str>,
    /// Price year of a money value.
    pub price_year: Option<i32>,
    /// Where the value comes from.
    pub source: &'static str,
    /// When the value was last checked against the source (ISO date).
    pub last_verified: &'static str,
    /// Component or reference.
    pub role: Role,
    /// Short English note.
    pub note: &'static str,
    /// The row's name in words, for messages.
    pub name: Names,
}

/// A parameter's name in nb, nn and en.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Names {
    /// Bokmål.
    pub nb: &'static str,
    /// Nynorsk.
    pub nn: &'static str,
    /// English.
    pub en: &'static str,
}

/// How a row's `source` marks lis1kit's own value — a fit or an assumption,
/// not a published figure — before an English note on how it was reached.
/// Every other source is a citation (a document, a law, a publisher), the
/// same in every language.
pub const OWN_SOURCE: &str = "lis1kit ";

impl Parameter {
    /// Whether the value is lis1kit's own (its source starts with
    /// [`OWN_SOURCE`]; each such row has an assumption saying so in words),
    /// so that a table says that in the reader's language rather than
    /// printing the English note.
    pub fn is_own(&self) -> bool {
        self.source.starts_with(OWN_SOURCE)
    }

    /// The row's name in `lang` (`lønn`, `pay`), as messages print it.
    pub fn name(&self, lang: Lang) -> &'static str {
        match lang {
            Lang::Nb => self.name.nb,
            Lang::Nn => self.name.nn,
            Lang::En => self.name.en,
        }
    }
}

/// Ids used by the calculation (one constant each, so a typo does not compile).
pub mod ids {
    /// C-1 published total.
    pub const C1_TOTAL: &str = "C-1.total-18-months";
    /// C-1 calibration remainder per full-time hospital month: **fitted** to
    /// C-1 and C-11 (so those two are not checks of it) and **checked**
    /// against C-12 and C-2, which the fit does not use. Fit arithmetic and
    /// the deviations: see the row in [`super::PARAMETERS`] and
    /// `docs/calibration.md`.
    pub const HOSPITAL_REMAINDER: &str = "C-1.hospital-remainder";
    /// C-2 kommune average per year.
    pub const KOMMUNE_PER_YEAR: &str = "C-2.kommune-per-year";
    /// C-4 salary.
    pub const SALARY: &str = "C-4.salary";
    /// C-6 feriepenger.
    pub const HOLIDAY_PAY: &str = "C-6.holiday-pay";
    /// C-6 feriepenger from 60.
    pub const HOLIDAY_PAY_60: &str = "C-6.holiday-pay-60";
    /// C-7 Ia rate above the fribeløp.
    pub const ZONE_IA_ABOVE: &str = "C-7.zone-Ia-above-exemption";
    /// C-8 pension.
    pub const PENSION: &str = "C-8.pension";
    /// C-9 overhead (only with the option `officeCapacity`).
    pub const OVERHEAD: &str = "C-9.overhead-per-year";
    /// C-10 supervision (the ALIS rate, including the raise to 4 h/month).
    pub const SUPERVISION: &str = "C-10.supervision-per-year";
    /// C-10 raise from 3 to 4 h/month (added only with the option `supervisionRaiseOnTop`).
    pub const SUPERVISION_RAISE: &str = "C-10.supervision-4h-extra";
    /// C-11 budget line.
    pub const BUDGET_2022: &str = "C-11.budget-2022";
    /// The plausible change of `priceIndex` between adjacent years (C-20, an assumption).
    pub const PRICE_INDEX_JUMP: &str = "C-20.price-index-jump";
}

const HDIR_TILSKUDD: &str = "Helsedirektoratet, tilskudd til veiledning av LIS1 i kommunene";
const SKATTEETATEN: &str = "Stortingets vedtak om arbeidsgiveravgift, Skatteetaten kommunekatalog 2024–2025";
/// Date every row was last checked — against docs/rules.md section 5, the seeds and
/// `crates/lis1-kommuner/data/README.md`, not against the original publishers (re-verify amounts
/// marked "verify per year", e.g. C-7, with Skatteetaten before a release).
const VERIFIED: &str = "2026-11-23";

#[allow(clippy::too_many_arguments)]
const fn p(
    id: &'static str,
    rule: &'static str,
    value: f64,
    unit: Unit,
    valid_from: &'static str,
    valid_to: Option<&'static str>,
    price_year: Option<i32>,
    source: &'static str,
    role: Role,
    note: &'static str,
    name: Names,
) -> Parameter {
    Parameter {
        id,
        rule,
        value,
        unit,
        valid_from,
        valid_to,
        price_year,
        source,
        last_verified: VERIFIED,
        role,
        note,
        name,
    }
}

const fn n(nb: &'static str, nn: &'static str, en: &'static str) -> Names {
    Names { nb, nn, en }
}

use Role::{Component, Reference};
use Unit::*;

/// Every parameter, in rule-catalogue order.
pub static PARAMETERS: &[Parameter] = &[
    p("C-1.total-18-months", "C-1", 2_061_000.0, Nok, "2019-01-01", None, Some(2019), "IS-2802 via R-2021 l. 2000–2002", Reference,
      "Total cost of one LIS1 over 18 months, all payers.",
      n("samlet kostnad for én LIS1 over 18 måneder", "samla kostnad for éin LIS1 over 18 månader", "total cost of one LIS1 over 18 months")),
    // C-1.hospital-remainder — FIT, not a published figure (docs/calibration.md).
    // Fit inputs: C-1 (2 061 000 for one LIS1 over 18 months = 12 h + 6 ×
    // 80 198.32, the municipal month without C-9, which is off by default)
    // and C-11 (15 500 000 for the 31 positions' Sep–Dec 2022 = 124 h), where
    // h is the full hospital month. Equal and opposite relative errors:
    // (12 h + 481 189.90) / 2 061 000 − 1 = 1 − 124 h / 15 500 000 →
    // h = 127 801.53; remainder = h − 74 906.65 (bottom-up month, zone I) =
    // 52 894.88, rounded to 53 000. Residuals: C-1 −2.2 %, C-11 +2.3 % (the
    // fit's own, not checks). Checks against figures the fit does not use:
    // C-12 −3.5 % (PASS), C-2 −6.3 % kommune share (PASS) / +28.3 % all
    // payers (REPORTED); tests/calibration.rs.
    p("C-1.hospital-remainder", "C-1", 53_000.0, NokPerMonth, "2019-01-01", None, Some(2019),
      "lis1kit fit to C-1 (R-2021 l. 2000–2002) and C-11 (seed 004); checked against C-12 and C-2 in docs/calibration.md", Component,
      "Hospital costs per full-time month that the cost rules (section 5) do not itemise (on-call and other pay supplements, supervision and overhead in the helseforetak).",
      n("andre sykehuskostnader per månedsverk", "andre sjukehuskostnader per månadsverk", "other hospital costs per full-time month")),
    p("C-2.kommune-per-year", "C-2", 750_000.0, NokPerYear, "2019-01-01", None, Some(2019), "IS-2802 via R-2021 l. 2297–2299; Bergen kommune (seed 000)", Reference,
      "A kommune's average cost per LIS1 per year.",
      n("kommunens kostnad per LIS1 per år", "kostnaden til kommunen per LIS1 per år", "a kommune's cost per LIS1 per year")),
    p("C-3.grant-H2016", "C-3", 128_000.0, NokPerHalfYear, "2016-07-01", Some("2016-12-31"), Some(2016), HDIR_TILSKUDD, Component,
      "Veiledningstilskudd per LIS1 per half-year, autumn 2016.",
      n("veiledningstilskudd høsten 2016", "rettleiingstilskot hausten 2016", "supervision grant, autumn 2016")),
    p("C-3.grant-V2017", "C-3", 130_000.0, NokPerHalfYear, "2017-01-01", Some("2021-06-30"), Some(2017), HDIR_TILSKUDD, Component,
      "From spring 2017; used until the next known rate (H2021).",
      n("veiledningstilskudd fra våren 2017", "rettleiingstilskot frå våren 2017", "supervision grant from spring 2017")),
    p("C-3.grant-H2021", "C-3", 138_000.0, NokPerHalfYear, "2021-07-01", Some("2021-12-31"), Some(2021), HDIR_TILSKUDD, Component,
      "Autumn 2021.",
      n("veiledningstilskudd høsten 2021", "rettleiingstilskot hausten 2021", "supervision grant, autumn 2021")),
    p("C-3.grant-V2022", "C-3", 140_000.0, NokPerHalfYear, "2022-01-01", None, Some(2022), HDIR_TILSKUDD, Component,
      "From spring 2022; the last known rate, used for later half-years.",
      n("veiledningstilskudd fra våren 2022", "rettleiingstilskot frå våren 2022", "supervision grant from spring 2022")),
    p("C-4.salary", "C-4", 606_000.0, NokPerYear, "2020-01-01", None, Some(2020), "KS SFS 2305; Legeforeningen", Component,
      "Minimum pay for LIS1 in kommuner (not Oslo); raised again 2022-01-01, amount unknown. Also used as hospital base pay.",
      n("årslønn", "årsløn", "annual pay")),
    p("C-5.hours-per-week", "C-5", 37.5, HoursPerWeek, "2020-01-01", None, None, "SFS 2305 § 3.1; Legeforeningen", Reference,
      "Working hours in the kommune.",
      n("arbeidstid per uke", "arbeidstid per veke", "working hours per week")),
    p("C-6.holiday-pay", "C-6", 12.0, Percent, "1988-01-01", None, None, "ferieloven / tariff", Component, "Feriepenger.",
      n("feriepenger", "feriepengar", "holiday pay")),
    p("C-6.holiday-pay-60", "C-6", 14.3, Percent, "1988-01-01", None, None, "ferieloven / tariff", Component,
      "Feriepenger from age 60 (positions with over60).",
      n("feriepenger fra 60 år", "feriepengar frå 60 år", "holiday pay from age 60")),
    p("C-7.zone-I", "C-7", 14.1, Percent, "2024-01-01", Some("2025-12-31"), None, SKATTEETATEN, Component, "Zone I.",
      n("arbeidsgiveravgift i sone I", "arbeidsgivaravgift i sone I", "employer's contribution in zone I")),
    p("C-7.zone-Ia", "C-7", 10.6, Percent, "2024-01-01", Some("2025-12-31"), None, SKATTEETATEN, Component,
      "Zone Ia up to the fribeløp (used with option iaWithinExemption).",
      n("arbeidsgiveravgift i sone Ia innenfor fribeløpet", "arbeidsgivaravgift i sone Ia innanfor fribeløpet", "employer's contribution in zone Ia within the exemption amount")),
    p("C-7.zone-Ia-above-exemption", "C-7", 14.1, Percent, "2024-01-01", Some("2025-12-31"), None, SKATTEETATEN, Component,
      "Zone Ia once the enterprise's fribeløp is used (default).",
      n("arbeidsgiveravgift i sone Ia over fribeløpet", "arbeidsgivaravgift i sone Ia over fribeløpet", "employer's contribution in zone Ia above the exemption amount")),
    p("C-7.exemption-Ia", "C-7", 850_000.0, NokPerYear, "2024-01-01", Some("2025-12-31"), Some(2024), SKATTEETATEN, Reference,
      "Fribeløp per enterprise in zone Ia.",
      n("fribeløpet i sone Ia", "fribeløpet i sone Ia", "exemption amount in zone Ia")),
    p("C-7.zone-II", "C-7", 10.6, Percent, "2024-01-01", Some("2025-12-31"), None, SKATTEETATEN, Component, "Zone II.",
      n("arbeidsgiveravgift i sone II", "arbeidsgivaravgift i sone II", "employer's contribution in zone II")),
    p("C-7.zone-III", "C-7", 6.4, Percent, "2024-01-01", Some("2025-12-31"), None, SKATTEETATEN, Component, "Zone III.",
      n("arbeidsgiveravgift i sone III", "arbeidsgivaravgift i sone III", "employer's contribution in zone III")),
    p("C-7.zone-IV", "C-7", 5.1, Percent, "2024-01-01", Some("2025-12-31"), None, SKATTEETATEN, Component, "Zone IV.",
      n("arbeidsgiveravgift i sone IV", "arbeidsgivaravgift i sone IV", "employer's contribution in zone IV")),
    p("C-7.zone-IVa", "C-7", 7.9, Percent, "2024-01-01", Some("2025-12-31"), None, SKATTEETATEN, Component, "Zone IVa.",
      n("arbeidsgiveravgift i sone IVa", "arbeidsgivaravgift i sone IVa", "employer's contribution in zone IVa")),
    p("C-7.zone-V", "C-7", 0.0, Percent, "2024-01-01", Some("2025-12-31"), None, SKATTEETATEN, Component, "Zone V.",
      n("arbeidsgiveravgift i sone V", "arbeidsgivaravgift i sone V", "employer's contribution in zone V")),
    p("C-8.pension", "C-8", 18.0, Percent, "2019-01-01", None, None,
      "lis1kit assumption (rule C-8 is open): typical employer share of public-sector occupational pension premiums (KLP/SPK)", Component,
      "Employer pension premium as % of salary; an assumption, listed in assumptions.",
      n("pensjonspremie", "pensjonspremie", "pension premium")),
    p("C-9.overhead-per-year", "C-9", 500_000.0, NokPerYear, "2020-01-01", None, Some(2020), "R-2021 l. 4181–4191", Component,
      "Extra office rent and support staff; only with option officeCapacity. Read as per year (assumption).",
      n("kontorleie og hjelpepersonell for ny kontorplass", "kontorleige og hjelpepersonell for ny kontorplass", "office rent and support staff for a new office place")),
    p("C-9.support-staff-per-doctor", "C-9", 0.8, Number, "2020-01-01", None, None, "R-2021 l. 4181–4191", Reference,
      "A general norm, higher than LIS1 offices need; not used.",
      n("hjelpepersonell per lege", "hjelpepersonell per lege", "support staff per doctor")),
    p("C-10.supervision-per-year", "C-10", 63_500.0, NokPerYear, "2020-01-01", None, Some(2020), "R-2021 l. 4193–4203", Component,
      "The ALIS rate incl. the raise to 4 h/month; used for LIS1 (assumption).",
      n("veiledning per lege per år etter ALIS-satsen", "rettleiing per lege per år etter ALIS-satsen", "supervision per doctor per year at the ALIS rate")),
    p("C-10.supervision-4h-extra", "C-10", 17_300.0, NokPerYear, "2020-01-01", None, Some(2020), "R-2021 l. 4193–4203", Component,
      "Added only with option supervisionRaiseOnTop.",
      n("økt veiledning fra 3 til 4 timer i måneden", "auka rettleiing frå 3 til 4 timar i månaden", "supervision raised from 3 to 4 hours a month")),
    p("C-11.budget-2022", "C-11", 15_500_000.0, Nok, "2022-01-01", Some("2022-12-31"), Some(2022), "seed 004 (tildelingsbrev nr. 76)", Reference,
      "2022 state budget for 62 new LIS1 positions, 31 starting autumn 2022.",
      n("statsbudsjettet 2022 for de bundne stillingene", "statsbudsjettet 2022 for dei bundne stillingane", "2022 state budget for the bound positions")),
    p("C-11.positions", "C-11", 62.0, Number, "2022-01-01", None, None, "seed 004", Reference, "Bound positions per year (31 per round).",
      n("bundne stillinger per år", "bundne stillingar per år", "bound positions per year")),
    p("C-11.admin-per-year", "C-11", 1_500_000.0, NokPerYear, "2022-01-01", None, Some(2022), "IS-3030 l. 936–942", Reference,
      "Programme administration, highest in the first year.",
      n("administrasjon av ordningen per år", "administrasjon av ordninga per år", "programme administration per year")),
    p("C-11.follow-up-system", "C-11", 1_500_000.0, Nok, "2022-01-01", None, Some(2022), "IS-3030 l. 936–942", Reference,
      "Digital follow-up system, once.",
      n("digitalt oppfølgingssystem", "digitalt oppfølgingssystem", "digital follow-up system")),
    p("C-12.covid-positions-2020", "C-12", 53_000_000.0, Nok, "2020-09-01", None, Some(2020), "Ylf / Nmf", Reference,
      "100 temporary covid LIS1 positions from 2020-09-01.",
      n("de midlertidige covid-stillingene i 2020", "dei mellombelse covid-stillingane i 2020", "the temporary covid positions in 2020")),
    p("C-12.covid-positions-count", "C-12", 100.0, Number, "2020-09-01", None, None, "Ylf / Nmf", Reference, "Number of covid positions.",
      n("antall covid-stillinger", "talet på covid-stillingar", "number of covid positions")),
    // Not a cost: a check of the caller's price index (issue 25 item 4). The rules only say "no inflation
    // adjustment unless the user sets an index" (C-20); a consumer or wage index moves a few percent a year,
    // so a change above 50 % between adjacent years is read as a typing error (a missing or extra digit, two
    // series with different base years mixed) rather than prices. Overridable like any row.
    p("C-20.price-index-jump", "C-20", 50.0, Percent, "2000-01-01", None, None,
      "lis1kit assumption (issue 25): a price index rarely moves more than a few percent a year", Component,
      "Largest plausible change of the price index between adjacent years; a larger one is a warning.",
      n("største rimelige endring i prisindeksen fra ett år til det neste", "største rimelege endring i prisindeksen frå eitt år til det neste", "largest plausible change of the price index from one year to the next")),
];

/// The grant rows of C-3, oldest first.
pub const GRANTS: &[&str] = &["C-3.grant-H2016", "C-3.grant-V2017", "C-3.grant-H2021", "C-3.grant-V2022"];

/// The parameter with this id.
pub fn find(id: &str) -> Option<&'static Parameter> {
    PARAMETERS.iter().find(|p| p.id == id)
}

/// The C-3 grant row for a municipal part starting on `date` (ISO): the
/// latest row whose `valid_from` is on or before it. Dates before the first
/// row give `None`.
pub fn grant_for(date: &str) -> Option<&'static str> {
    GRANTS.iter().rev().copied().find(|id| find(id).is_some_and(|p| p.valid_from <= date))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_source_is_a_citation_or_marks_lis1kits_own_value() {
        // lis1kit's own values (docs/rules.md): the C-1 remainder is fitted to C-1 and C-11, C-8's pension share
        // is an assumption (the rule is open), C-20's plausible index change is an assumption (issue 25).
        let own: Vec<_> = PARAMETERS.iter().filter(|p| p.is_own()).map(|p| p.id).collect();
        assert_eq!(own, ["C-1.hospital-remainder", "C-8.pension", "C-20.price-index-jump"]);
        // Citations carry no English words of their own: the rule id is the row's `rule`, not "(rule C-3)".
        for p in PARAMETERS.iter().filter(|p| !p.is_own()) {
            assert!(!p.source.contains("rule") && !p.source.contains("lis1kit"), "{}: {}", p.id, p.source);
        }
    }

    #[test]
    fn ids_are_unique_and_cite_section_5_rules() {
        let mut ids: Vec<_> = PARAMETERS.iter().map(|p| p.id).collect();
        ids.sort_unstable();
        let n = ids.len();
        ids.dedup();
        assert_eq!(n, ids.len());
        for p in PARAMETERS {
            assert!(p.id.starts_with(p.rule), "{}", p.id);
            assert!(lis1_core::rules::find(p.rule).is_some(), "{}", p.id);
            assert!(lis1_core::date::parse(p.valid_from).is_ok(), "{}", p.id);
            assert!(p.valid_to.is_none_or(|d| lis1_core::date::parse(d).is_ok()), "{}", p.id);
            assert_eq!(p.unit.is_money(), p.price_year.is_some(), "{}: money has a price year", p.id);
        }
    }

    #[test]
    fn every_amount_of_rules_section_5_is_in_the_table() {
        let value = |id: &str| find(id).map(|p| p.value);
        assert_eq!(value("C-1.total-18-months"), Some(2_061_000.0));
        assert_eq!(value("C-2.kommune-per-year"), Some(750_000.0));
        assert_eq!(value("C-3.grant-H2016"), Some(128_000.0));
        assert_eq!(value("C-3.grant-V2017"), Some(130_000.0));
        assert_eq!(value("C-3.grant-H2021"), Some(138_000.0));
        assert_eq!(value("C-3.grant-V2022"), Some(140_000.0));
        assert_eq!(value("C-4.salary"), Some(606_000.0));
        assert_eq!(value("C-5.hours-per-week"), Some(37.5));
        assert_eq!(value("C-6.holiday-pay"), Some(12.0));
        assert_eq!(value("C-6.holiday-pay-60"), Some(14.3));
        for (zone, rate) in
            [("I", 14.1), ("Ia", 10.6), ("II", 10.6), ("III", 6.4), ("IV", 5.1), ("IVa", 7.9), ("V", 0.0)]
        {
            assert_eq!(value(&format!("C-7.zone-{zone}")), Some(rate), "{zone}");
        }
        assert_eq!(value("C-7.zone-Ia-above-exemption"), Some(14.1));
        assert_eq!(value("C-7.exemption-Ia"), Some(850_000.0));
        assert_eq!(value("C-9.overhead-per-year"), Some(500_000.0));
        assert_eq!(value("C-9.support-staff-per-doctor"), Some(0.8));
        assert_eq!(value("C-10.supervision-per-year"), Some(63_500.0));
        assert_eq!(value("C-10.supervision-4h-extra"), Some(17_300.0));
        // C-9 is opt-in and C-10's 63 500 already includes the raise (corrected 2026-12-06): both stay
        // components, read only when their option asks for them.
        assert_eq!(find("C-9.overhead-per-year").map(|p| p.role), Some(Role::Component));
        assert_eq!(find("C-10.supervision-4h-extra").map(|p| p.role), Some(Role::Component));
        assert_eq!(value("C-11.budget-2022"), Some(15_500_000.0));
        assert_eq!(value("C-11.admin-per-year"), Some(1_500_000.0));
        assert_eq!(value("C-11.follow-up-system"), Some(1_500_000.0));
        assert_eq!(value("C-12.covid-positions-2020"), Some(53_000_000.0));
    }

    #[test]
    fn c_3_grant_follows_the_half_year_of_the_municipal_start() {
        assert_eq!(grant_for("2016-06-30"), None);
        assert_eq!(grant_for("2016-09-01"), Some("C-3.grant-H2016"));
        assert_eq!(grant_for("2018-03-01"), Some("C-3.grant-V2017"));
        assert_eq!(grant_for("2021-06-30"), Some("C-3.grant-V2017"));
        assert_eq!(grant_for("2021-09-01"), Some("C-3.grant-H2021"));
        assert_eq!(grant_for("2022-03-01"), Some("C-3.grant-V2022"));
        assert_eq!(grant_for("2030-09-01"), Some("C-3.grant-V2022"));
    }

    #[test]
    fn every_row_has_a_name_in_words_in_three_languages() {
        for p in PARAMETERS {
            for lang in [Lang::Nb, Lang::Nn, Lang::En] {
                let name = p.name(lang);
                assert!(!name.is_empty(), "{} {lang:?}", p.id);
                // Words, not the id or its rule-id form (C-4.salary, C-4).
                assert!(!name.contains(p.id) && !name.contains('.'), "{}: {name}", p.id);
            }
        }
        let mut names: Vec<_> = PARAMETERS.iter().map(|p| p.name.nb).collect();
        names.sort_unstable();
        names.dedup();
        assert_eq!(names.len(), PARAMETERS.len(), "every row has its own name");
    }

    #[test]
    fn every_zone_has_a_rate_row() {
        for z in crate::zones::Zone::ALL {
            assert!(find(z.parameter_id()).is_some(), "{}", z.name());
        }
    }
}
