//! `nextRounds({ after, count?, lang? })`: the next LIS1 round starts after a
//! day (B-2, S-10), computed by lis1-eligibility (`round::upcoming_rounds`),
//! so that a page offering or showing a round (the configurator, a job
//! posting that follows today's date) never computes one itself.

use lis1_eligibility::round::{upcoming_rounds, RoundsQuery};
use wasm_bindgen::prelude::*;

use crate::{convert, error, js_source};

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
#[wasm_bindgen(js_name = nextRounds, unchecked_return_type = "string[]")]
pub fn next_rounds(
    #[wasm_bindgen(unchecked_param_type = "NextRoundsOptions")] options: JsValue,
) -> Result<JsValue, JsValue> {
    let lang = convert::requested_lang(&options);
    let query = RoundsQuery::read(&js_source::Js(options), lang).map_err(error::invalid)?;
    let rounds = upcoming_rounds(&query).map_err(|e| error::to_js(&e))?;
    convert::to_js(&rounds)
}
