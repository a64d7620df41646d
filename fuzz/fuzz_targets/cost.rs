//! Arbitrary bytes → JSON text → `CostInput` → `validate`, `estimate_cost`;
//! a JSON pair `[a, b]` of inputs goes to `compare`. Any panic is a finding.
#![no_main]

use libfuzzer_sys::fuzz_target;
use lis1_core::{input, Lang};
use lis1_cost::CostInput;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let one: Result<CostInput, _> = input::deserialize(&mut serde_json::Deserializer::from_str(text), Lang::En);
    if let Ok(value) = one {
        let _ = lis1_cost::validate(&value);
        let _ = lis1_cost::estimate_cost(&value);
        return;
    }
    let pair: Result<(CostInput, CostInput), _> =
        input::deserialize(&mut serde_json::Deserializer::from_str(text), Lang::En);
    if let Ok((a, b)) = pair {
        let _ = lis1_cost::compare(&a, &b);
    }
});
