//! Arbitrary bytes → JSON text → `DistributionInput` (`validate_distribution`,
//! `distribute`) and `PortalInput` (`validate_portal`, `check_portal`),
//! whichever the text deserialises to. Any panic is a finding.
#![no_main]

use libfuzzer_sys::fuzz_target;
use lis1_core::{input, Lang};
use lis1_eligibility::distribution::{self, DistributionInput};
use lis1_eligibility::portal::{self, PortalInput};

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let d: Result<DistributionInput, _> = input::deserialize(&mut serde_json::Deserializer::from_str(text), Lang::En);
    if let Ok(value) = d {
        let _ = distribution::validate_distribution(&value);
        let _ = distribution::distribute(&value);
    }
    let p: Result<PortalInput, _> = input::deserialize(&mut serde_json::Deserializer::from_str(text), Lang::En);
    if let Ok(value) = p {
        let _ = portal::validate_portal(&value);
        let _ = portal::check_portal(&value);
    }
});
