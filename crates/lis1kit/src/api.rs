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

/// Checks an input of `kind` (one of `calculations::KINDS`) and
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
