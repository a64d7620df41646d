//! The bindings' table of calculations: everything a calculation adds to
//! the shared layers — its exports, how `validate(kind, …)` reads its input,
//! its form, its message catalogues — in one place. Adding a calculation is
//! its crate, a cargo feature in Cargo.toml and its rows here (and one row
//! in the element table for an element). The rest of the bindings are
//! generic: `api::calculate`, the reader (`inputs`, `js_source`), the form
//! and view renderers.

use lis1_core::form::FormSpec;
use lis1_core::{Issue, Lang, MessageDef};
use wasm_bindgen::prelude::*;

use crate::api::calculate;
use crate::kinds::{check, unknown_kind};

// The period cap of lis1-service is part of the public contract (the JSON
// Schemas' `maxItems`); its bench-only feature that lifts it must never reach
// the package, even through cargo feature unification.
const _: () = assert!(
    !lis1_service::params::UNCAPPED_FOR_BENCH,
    "lis1-service's bench-uncapped feature is for scripts/perf.mjs only, never for lis1kit"
);

/// The kinds: the three calculations plus the two helper inputs of the
/// eligibility crate.
pub const KINDS: &[&str] = &["service", "eligibility", "cost", "distribution", "portal"];

/// Every issue of `input` read as `kind`; an unknown kind is itself an issue.
pub fn validate(kind: &str, value: JsValue, lang: Lang) -> Vec<Issue> {
    match kind {
        #[cfg(feature = "service")]
        "service" => check(value, lang, lis1_service::validate),
        #[cfg(feature = "eligibility")]
        "eligibility" => check(value, lang, lis1_eligibility::validate),
        #[cfg(feature = "cost")]
        "cost" => check(value, lang, lis1_cost::validate),
        #[cfg(feature = "eligibility")]
        "distribution" => check(value, lang, lis1_eligibility::distribution::validate_distribution),
        #[cfg(feature = "eligibility")]
        "portal" => check(value, lang, lis1_eligibility::portal::validate_portal),
        other => vec![unknown_kind(lang, other, KINDS)],
    }
}

/// The kinds that have a form, as in `validate(kind, …)`.
pub const FORM_KINDS: &[&str] = &["service", "eligibility", "cost"];

/// Builds the form of `kind` in `lang` (`crate::forms::form` keeps it), with
/// the kind as a static text; `None` for a kind without a form or of a
/// calculation this module is built without (cargo features).
pub(crate) fn build_form(kind: &str, lang: Lang) -> Option<(&'static str, FormSpec)> {
    Some(match kind {
        #[cfg(feature = "service")]
        "service" => ("service", lis1_service::form::form(lang)),
        #[cfg(feature = "eligibility")]
        "eligibility" => ("eligibility", lis1_eligibility::form::form(lang)),
        #[cfg(feature = "cost")]
        "cost" => ("cost", lis1_cost::form::form(lang)),
        _ => return None,
    })
}

/// Every catalogue, core first.
pub static CATALOGUES: &[&[&MessageDef]] = &[
    lis1_core::messages::ALL,
    // A module built for one calculation (cargo features, see Cargo.toml)
    // carries that calculation's catalogue (eligibility reads service input too).
    lis1_core::form::texts::ALL,
    lis1_core::view::texts::ALL,
    #[cfg(any(feature = "service", feature = "eligibility"))]
    lis1_service::messages::ALL,
    #[cfg(any(feature = "service", feature = "eligibility"))]
    lis1_service::form::texts::ALL,
    #[cfg(any(feature = "service", feature = "eligibility"))]
    lis1_service::view::texts::ALL,
    #[cfg(feature = "roster")]
    lis1_service::roster::messages::ALL,
    #[cfg(feature = "eligibility")]
    lis1_eligibility::messages::ALL,
    #[cfg(feature = "eligibility")]
    lis1_eligibility::form::texts::ALL,
    #[cfg(feature = "eligibility")]
    lis1_eligibility::view::texts::ALL,
    #[cfg(feature = "cost")]
    lis1_cost::messages::ALL,
    #[cfg(feature = "cost")]
    lis1_cost::form::texts::ALL,
    #[cfg(feature = "cost")]
    lis1_cost::view::texts::ALL,
    crate::element_texts::ALL,
];

// Every input is read by its own `read` (`crate::inputs::Input`).
crate::inputs::read_inputs!(
    lis1_service::ServiceInput,
    lis1_service::RosterInput,
    lis1_eligibility::EligibilityInput,
    lis1_eligibility::distribution::DistributionInput,
    lis1_eligibility::portal::PortalInput,
    lis1_cost::CostInput,
    lis1_cost::CostComparisonInput,
);

/// Remaining service per part, absence, completion and projected end dates
/// (rules sections 1, 2, 6 of docs/rules.md): `remainingService(input: ServiceInput)`.
#[cfg(feature = "service")]
#[wasm_bindgen(js_name = remainingService, unchecked_return_type = "ServiceResult")]
pub fn remaining_service(
    #[wasm_bindgen(unchecked_param_type = "ServiceInput")] input: JsValue,
) -> Result<JsValue, JsValue> {
    calculate("service", input, lis1_service::remaining_service)
}

/// The absence analysis only (rules section 2 of docs/rules.md): `checkAbsence(input: ServiceInput)`.
#[cfg(feature = "service")]
#[wasm_bindgen(js_name = checkAbsence, unchecked_return_type = "AbsenceResult")]
pub fn check_absence(
    #[wasm_bindgen(unchecked_param_type = "ServiceInput")] input: JsValue,
) -> Result<JsValue, JsValue> {
    calculate("service", input, lis1_service::check_absence)
}

/// Several doctors' service as one table (issue 25): one row per doctor with
/// each part's counted and remaining months, absence used of the allowance,
/// days to make up with their unit, projected ends and a status; a doctor
/// whose history has issues keeps the row with them, `status.code` `error`:
/// `serviceRoster({ doctors: [{ name, input: ServiceInput }], order?, lang? })`.
#[cfg(feature = "roster")]
#[wasm_bindgen(js_name = serviceRoster, unchecked_return_type = "Roster")]
pub fn service_roster(
    #[wasm_bindgen(unchecked_param_type = "RosterInput")] input: JsValue,
) -> Result<JsValue, JsValue> {
    calculate("roster", input, lis1_service::roster)
}

/// The roster's table as a CSV file as Norwegian Excel opens it (UTF-8 with
/// BOM, `;`, decimal comma): `rosterCsv(input: RosterInput)` → `{ name, type, text }`.
#[cfg(feature = "roster")]
#[wasm_bindgen(js_name = rosterCsv, unchecked_return_type = "TextFile")]
pub fn roster_csv(#[wasm_bindgen(unchecked_param_type = "RosterInput")] input: JsValue) -> Result<JsValue, JsValue> {
    calculate("roster", input, lis1_service::roster_csv)
}

/// Each doctor's projected part ends and make-up periods as an iCalendar
/// file (RFC 5545, all-day events); `stamp` (the time of the export, UTC,
/// e.g. `new Date().toISOString()`) is required:
/// `rosterCalendar(input: RosterInput)` → `{ name, type, text }`.
#[cfg(feature = "roster")]
#[wasm_bindgen(js_name = rosterCalendar, unchecked_return_type = "TextFile")]
pub fn roster_calendar(
    #[wasm_bindgen(unchecked_param_type = "RosterInput")] input: JsValue,
) -> Result<JsValue, JsValue> {
    calculate("roster", input, lis1_service::roster_calendar)
}

/// The cost estimate's tables as one CSV file as Norwegian Excel opens it
/// (UTF-8 with BOM, `;`, decimal comma), a title row over each table:
/// `costCsv(input: CostInput)` → `{ name, type, text }`. In the workspaces'
/// module (`roster` turns on `cost`).
#[cfg(feature = "roster")]
#[wasm_bindgen(js_name = costCsv, unchecked_return_type = "TextFile")]
pub fn cost_csv(#[wasm_bindgen(unchecked_param_type = "CostInput")] input: JsValue) -> Result<JsValue, JsValue> {
    calculate("cost", input, lis1_cost::cost_csv)
}

/// Eligibility for a bound LIS1 position with the 6.5-year timeline
/// (rules sections 3–4 of docs/rules.md): `checkEligibility(input: EligibilityInput)`.
#[cfg(feature = "eligibility")]
#[wasm_bindgen(js_name = checkEligibility, unchecked_return_type = "EligibilityResult")]
pub fn check_eligibility(
    #[wasm_bindgen(unchecked_param_type = "EligibilityInput")] input: JsValue,
) -> Result<JsValue, JsValue> {
    calculate("eligibility", input, lis1_eligibility::check_eligibility)
}

/// A round's bound positions split across RHFs and specialties (B-30, B-31):
/// `distributePositions(input)`.
#[cfg(feature = "eligibility")]
#[wasm_bindgen(js_name = distributePositions, unchecked_return_type = "Distribution")]
pub fn distribute_positions(
    #[wasm_bindgen(unchecked_param_type = "DistributionInput")] input: JsValue,
) -> Result<JsValue, JsValue> {
    calculate("distribution", input, lis1_eligibility::distribute)
}

/// Portal calendar checks (B-40): `checkPortalCalendar(input)`.
#[cfg(feature = "eligibility")]
#[wasm_bindgen(js_name = checkPortalCalendar, unchecked_return_type = "PortalResult")]
pub fn check_portal_calendar(
    #[wasm_bindgen(unchecked_param_type = "PortalInput")] input: JsValue,
) -> Result<JsValue, JsValue> {
    calculate("portal", input, lis1_eligibility::check_portal)
}

/// Cost per position, part, payer and budget year (rules section 5 of docs/rules.md):
/// `estimateCost(input: CostInput)`.
#[cfg(feature = "cost")]
#[wasm_bindgen(js_name = estimateCost, unchecked_return_type = "CostResult")]
pub fn estimate_cost(#[wasm_bindgen(unchecked_param_type = "CostInput")] input: JsValue) -> Result<JsValue, JsValue> {
    calculate("cost", input, lis1_cost::estimate_cost)
}

/// Two cost scenarios and their difference `b − a` (rule C-22), e.g. the
/// saving when P-1 offers only the missing service:
/// `compareCost({ a: CostInput, b: CostInput, lang? })`. Issues of either
/// scenario are thrown together, their paths under `/a` or `/b`, all in the
/// comparison's `lang` (default nb; a scenario's own `lang` does not apply).
#[cfg(feature = "cost")]
#[wasm_bindgen(js_name = compareCost, unchecked_return_type = "CostComparison")]
pub fn compare_cost(
    #[wasm_bindgen(unchecked_param_type = "CostComparisonInput")] input: JsValue,
) -> Result<JsValue, JsValue> {
    calculate("compare", input, lis1_cost::compare_costs)
}

#[cfg(feature = "eligibility")]
#[wasm_bindgen(typescript_custom_section)]
const TS_ROUNDS: &'static str = r#"
/** Options of `nextRounds()`. */
export interface NextRoundsOptions {
  /** The day after which rounds are wanted, `YYYY-MM-DD` (e.g. today). A round starting that day is not included. */
  after: string;
  /** How many rounds, a whole number 0..20 (default 1). */
  count?: number;
  /** Language of the issues thrown (default nb). */
  lang?: Lang;
}
"#;

/// The first `count` round starts (1 March, 1 September) strictly after
/// `after`, as `YYYY-MM-DD` texts: `nextRounds({ after: '2026-12-06', count: 2 })`
/// → `['2027-03-01', '2027-09-01']`. Bad input throws `Lis1Error` naming the field.
#[cfg(feature = "eligibility")]
#[wasm_bindgen(js_name = nextRounds, unchecked_return_type = "string[]")]
pub fn next_rounds(
    #[wasm_bindgen(unchecked_param_type = "NextRoundsOptions")] options: JsValue,
) -> Result<JsValue, JsValue> {
    use crate::{convert, error, js_source};
    let lang = convert::requested_lang(&options);
    let query = lis1_eligibility::round::RoundsQuery::read(&js_source::Js(options), lang).map_err(error::invalid)?;
    let rounds = lis1_eligibility::round::upcoming_rounds(&query).map_err(|e| error::to_js(&e))?;
    convert::to_js(&rounds)
}
