//! Arbitrary bytes → JSON text → `ServiceInput` → `validate`,
//! `remaining_service`, `check_absence`. Any panic is a finding.
#![no_main]

use libfuzzer_sys::fuzz_target;
use lis1_core::{input, Lang};
use lis1_service::ServiceInput;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let parsed: Result<ServiceInput, _> = input::deserialize(&mut serde_json::Deserializer::from_str(text), Lang::En);
    let Ok(value) = parsed else { return };
    let _ = lis1_service::validate(&value);
    let _ = lis1_service::remaining_service(&value);
    let _ = lis1_service::check_absence(&value);
});
