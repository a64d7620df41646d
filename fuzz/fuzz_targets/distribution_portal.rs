//! Arbitrary bytes → JSON text → `DistributionInput` (`validate_distribution`,
//! `distribute`) and `PortalInput` (`validate_portal`, `check_portal`),
//! whichever the text reads as (by the field tables, as the bindings read them). Any panic is a finding.
#![no_main]

use libfuzzer_sys::fuzz_target;
use lis1_core::read::Json;
use lis1_core::Lang;
use lis1_eligibility::distribution::{self, DistributionInput};
use lis1_eligibility::portal::{self, PortalInput};

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let Ok(json) = serde_json::from_str::<serde_json::Value>(text) else { return };
    // Read as the bindings read them: by the field tables (lis1_core::read), here from serde_json.
    let d = DistributionInput::read(&Json(Some(&json)), Lang::En);
    if let Ok(value) = d {
        let _ = distribution::validate_distribution(&value);
        let _ = distribution::distribute(&value);
    }
    let p = PortalInput::read(&Json(Some(&json)), Lang::En);
    if let Ok(value) = p {
        let _ = portal::validate_portal(&value);
        let _ = portal::check_portal(&value);
    }
});
