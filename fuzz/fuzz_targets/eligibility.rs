//! Arbitrary bytes → JSON text → `EligibilityInput` → `validate`,
//! `check_eligibility`. Any panic is a finding.
#![no_main]

use libfuzzer_sys::fuzz_target;
use lis1_core::{input, Lang};
use lis1_eligibility::EligibilityInput;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let parsed: Result<EligibilityInput, _> =
        input::deserialize(&mut serde_json::Deserializer::from_str(text), Lang::En);
    let Ok(value) = parsed else { return };
    let _ = lis1_eligibility::validate(&value);
    let _ = lis1_eligibility::check_eligibility(&value);
});
