//! Arbitrary bytes → JSON text → read by the field tables → `ServiceInput` → `validate`,
//! `remaining_service`, `check_absence`. Any panic is a finding, and so is a
//! number in a result that is not finite (`finite.rs`).
#![no_main]

use libfuzzer_sys::fuzz_target;

#[path = "finite.rs"]
mod finite;
use lis1_core::read::Json;
use lis1_core::Lang;
use lis1_service::ServiceInput;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let Ok(json) = serde_json::from_str::<serde_json::Value>(text) else { return };
    // Read as the bindings read it: by the field tables (lis1_core::read), here from serde_json.
    let parsed = ServiceInput::read(&Json(Some(&json)), Lang::En);
    let Ok(value) = parsed else { return };
    let _ = lis1_service::validate(&value);
    if let Ok(r) = lis1_service::remaining_service(&value) {
        finite::assert_finite(&r);
    }
    if let Ok(r) = lis1_service::check_absence(&value) {
        finite::assert_finite(&r);
    }
});
