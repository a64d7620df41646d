//! Arbitrary bytes → JSON text → `CostInput` → `validate`, `estimate_cost`;
//! a JSON pair `[a, b]` of inputs goes to `compare`. Any panic is a finding, and so is a
//! number in a result that is not finite (`finite.rs`).
#![no_main]

use libfuzzer_sys::fuzz_target;

#[path = "finite.rs"]
mod finite;
use lis1_core::{input, Lang};
use lis1_cost::CostInput;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let one: Result<CostInput, _> = input::deserialize(&mut serde_json::Deserializer::from_str(text), Lang::En);
    if let Ok(value) = one {
        let _ = lis1_cost::validate(&value);
        if let Ok(r) = lis1_cost::estimate_cost(&value) {
            finite::assert_finite(&r);
        }
        return;
    }
    let pair: Result<(CostInput, CostInput), _> =
        input::deserialize(&mut serde_json::Deserializer::from_str(text), Lang::En);
    if let Ok((a, b)) = pair {
        if let Ok(r) = lis1_cost::compare(&a, &b) {
            finite::assert_finite(&r);
        }
    }
});
