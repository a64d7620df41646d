//! Arbitrary bytes → JSON text → read by the field tables → `CostInput` → `validate`, `estimate_cost`;
//! a JSON pair `[a, b]` of inputs goes to `compare`. Any panic is a finding, and so is a
//! number in a result that is not finite (`finite.rs`).
#![no_main]

use libfuzzer_sys::fuzz_target;

#[path = "finite.rs"]
mod finite;
use lis1_core::read::Json;
use lis1_core::Lang;
use lis1_cost::CostInput;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let Ok(json) = serde_json::from_str::<serde_json::Value>(text) else { return };
    // Read as the bindings read it: by the field tables (lis1_core::read), here from serde_json.
    let one = CostInput::read(&Json(Some(&json)), Lang::En);
    if let Ok(value) = one {
        let _ = lis1_cost::validate(&value);
        if let Ok(r) = lis1_cost::estimate_cost(&value) {
            finite::assert_finite(&r);
        }
        return;
    }
    // A pair of scenarios, `[a, b]`.
    let pair = json
        .as_array()
        .filter(|rows| rows.len() == 2)
        .map(|rows| (CostInput::read(&Json(rows.first()), Lang::En), CostInput::read(&Json(rows.get(1)), Lang::En)));
    if let Some((Ok(a), Ok(b))) = pair {
        if let Ok(r) = lis1_cost::compare(&a, &b) {
            finite::assert_finite(&r);
        }
    }
});
