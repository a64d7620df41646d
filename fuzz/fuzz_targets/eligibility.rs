//! Arbitrary bytes → JSON text → `EligibilityInput` → `validate`,
//! `check_eligibility`. Any panic is a finding, and so is a number in a
//! result that is not finite (`finite.rs`).
#![no_main]

use libfuzzer_sys::fuzz_target;

#[path = "finite.rs"]
mod finite;
use lis1_core::{input, Lang};
use lis1_eligibility::EligibilityInput;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let parsed: Result<EligibilityInput, _> =
        input::deserialize(&mut serde_json::Deserializer::from_str(text), Lang::En);
    let Ok(value) = parsed else { return };
    let _ = lis1_eligibility::validate(&value);
    if let Ok(r) = lis1_eligibility::check_eligibility(&value) {
        finite::assert_finite(&r);
    }
});
