//! The functional API (README "For JavaScript developers"): every function takes one plain object and
//! returns a plain object; bad input throws `Lis1Error` (except `validate`,
//! which never throws).

use lis1_core::shape::{Field, Kind, Shape};
use lis1_core::{date, regimes, Issue, Lang};
use serde::Serialize;
use wasm_bindgen::prelude::*;

use crate::{convert, error, kinds};

/// Runs one calculation on a JS input: reads `lang` first, reads the input
/// ([`crate::inputs::Input`]: issues with paths), calls the core crate, and converts the result
/// or throws its `Lis1Error`. Every calculation export is one line on this.
/// Issue messages are in the words of the `kind`'s form (see
/// [`crate::messages::in_form_words`]).
pub(crate) fn calculate<I, O>(
    kind: &str,
    input: JsValue,
    compute: fn(&I) -> Result<O, lis1_core::Lis1Error>,
) -> Result<JsValue, JsValue>
where
    I: crate::inputs::Input,
    O: Serialize,
{
    let lang = convert::requested_lang(&input);
    let parsed: I = I::from_js(input, lang).map_err(|mut issues| {
        crate::messages::in_form_words(kind, lang, &mut issues);
        error::invalid(issues)
    })?;
    let output = compute(&parsed).map_err(|mut e| {
        crate::messages::in_form_words(kind, lang, &mut e.issues);
        error::to_js(&e)
    })?;
    convert::to_js(&output)
}

/// TypeScript: the input and result types are generated from the JSON
/// Schemas into `types.d.ts` by `scripts/build.mjs`; every export below names
/// them with `unchecked_param_type` / `unchecked_return_type`.
#[wasm_bindgen(typescript_custom_section)]
const TS_TYPES: &'static str = r#"
import type {
  AbsenceResult, CostComparison, CostComparisonInput, CostInput, CostResult, Distribution, DistributionInput, EligibilityInput, EligibilityResult,
  FormSpec, Issue, JsonSchema, Kind, Lang, PortalInput, PortalResult, Roster, RosterInput, ServiceInput, ServiceResult,
  TextFile,
} from './types.js';
export type * from './types.js';

/** Options of calls that take only a language. */
export interface LangOption {
  lang?: Lang;
}

/** One dated rule set of `ruleSets()`. */
export interface RuleSet {
  id: string;
  /** First day, `YYYY-MM-DD`. */
  from: string;
  /** Last day, `YYYY-MM-DD`; absent while in force. */
  to?: string;
  summary: string;
}

/** What `validate(kind, input)` returns. */
export interface ValidationResult {
  ok: boolean;
  issues: Issue[];
}
"#;

/// The package version.
#[wasm_bindgen]
pub fn version() -> String {
    env!("CARGO_PKG_VERSION").to_owned()
}

/// Options of calls that take only a language: `{ lang? }`.
static LANG_ONLY: Shape = Shape { fields: &[Field { key: "lang", kind: Kind::Code(Lang::CODES), required: false }] };

/// The `lang` of an options object (`undefined` or `null`: the default),
/// read by the field-table reader like every ported input.
pub(crate) fn lang_only(options: JsValue) -> Result<Lang, JsValue> {
    if options.is_undefined() || options.is_null() {
        return Ok(Lang::default());
    }
    let lang = convert::requested_lang(&options);
    let read = lis1_core::read::read(&crate::js_source::Js(options), &LANG_ONLY, lang, |o| o.lang("lang"));
    Ok(read.map_err(error::invalid)?.unwrap_or_default())
}

/// One dated rule set as returned by `ruleSets()`.
#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
struct RuleSetOut {
    id: &'static str,
    from: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    to: Option<String>,
    summary: String,
}

/// The dated absence regimes A-1..A-4 (rules section 2 of docs/rules.md) with their dates
/// and a summary in the requested language: `ruleSets({ lang: 'en' })`.
#[wasm_bindgen(js_name = ruleSets, unchecked_return_type = "RuleSet[]")]
pub fn rule_sets(
    #[wasm_bindgen(unchecked_optional_param_type = "LangOption")] options: JsValue,
) -> Result<JsValue, JsValue> {
    let lang = lang_only(options)?;
    let out: Vec<RuleSetOut> = regimes::ABSENCE_REGIMES
        .iter()
        .map(|r| RuleSetOut {
            id: r.id,
            from: date::format(r.from),
            to: r.to.map(date::format),
            summary: r.summary.render(lang, &[]),
        })
        .collect();
    convert::to_js(&out)
}

/// `validate(kind, input)` result.
#[derive(Debug, Serialize)]
struct Validation {
    ok: bool,
    issues: Vec<Issue>,
}

/// Checks an input of `kind` ('service' | 'eligibility' | 'cost') and
/// returns `{ ok, issues }` with every problem found. Never throws for bad
/// input.
#[wasm_bindgen(unchecked_return_type = "ValidationResult")]
pub fn validate(
    #[wasm_bindgen(unchecked_param_type = "Kind")] kind: JsValue,
    #[wasm_bindgen(unchecked_param_type = "unknown")] input: JsValue,
) -> JsValue {
    let kind = kinds::kind_text(&kind);
    let lang = convert::requested_lang(&input);
    let mut issues = kinds::validate(&kind, input, lang);
    crate::messages::in_form_words(&kind, lang, &mut issues);
    let result = Validation { ok: issues.is_empty(), issues };
    convert::to_js(&result).unwrap_or(JsValue::NULL)
}

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
/// `costCsv(input: CostInput)` → `{ name, type, text }`.
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
