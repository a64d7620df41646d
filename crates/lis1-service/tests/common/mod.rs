//! Helpers shared by the integration tests.
#![allow(dead_code, clippy::unwrap_used, clippy::expect_used, clippy::panic, clippy::indexing_slicing)]

use lis1_core::{ErrorKind, Lis1Error};
use lis1_service::{check_absence, remaining_service, AbsenceResult, ServiceInput, ServiceResult};
use serde_json::Value;

/// A typed input from JSON, as the bindings would deserialise it.
pub fn input(json: Value) -> ServiceInput {
    serde_json::from_value(json).expect("input deserialises")
}

/// Remaining service of a valid input.
pub fn service(json: Value) -> ServiceResult {
    match remaining_service(&input(json)) {
        Ok(r) => r,
        Err(e) => panic!("unexpected error: {e:?}"),
    }
}

/// Absence check of a valid input.
pub fn absence(json: Value) -> AbsenceResult {
    match check_absence(&input(json)) {
        Ok(r) => r,
        Err(e) => panic!("unexpected error: {e:?}"),
    }
}

/// The error of an invalid input.
pub fn error(json: Value) -> Lis1Error {
    match remaining_service(&input(json)) {
        Ok(r) => panic!("expected an error, got {r:?}"),
        Err(e) => e,
    }
}

/// `(path, code)` of every issue.
pub fn issues(e: &Lis1Error) -> Vec<(String, &'static str)> {
    e.issues.iter().map(|i| (i.path.clone(), i.code)).collect()
}

/// Asserts an invalid-input error with exactly these `(path, code)` issues.
pub fn assert_invalid(json: Value, expected: &[(&str, &str)]) {
    let e = error(json);
    assert_eq!(e.kind, ErrorKind::InvalidInput, "{e:?}");
    let got: Vec<(String, &str)> = issues(&e);
    let want: Vec<(String, &str)> = expected.iter().map(|(p, c)| ((*p).to_owned(), *c)).collect();
    assert_eq!(got, want);
}

/// Asserts a rule violation whose issues include `(path, code, rule)`.
pub fn assert_violation(json: Value, path: &str, code: &str, rule: &str) {
    let e = error(json);
    assert_eq!(e.kind, ErrorKind::RuleViolation, "{e:?}");
    assert!(e.issues.iter().any(|i| i.path == path && i.code == code && i.rule == Some(rule)), "{:?}", e.issues);
}

/// Month figures are rounded to 2 decimals in output.
pub fn r2(x: f64) -> f64 {
    (x * 100.0).round() / 100.0
}

/// Warning codes of a result.
pub fn warning_codes(w: &[lis1_core::Warning]) -> Vec<&'static str> {
    w.iter().map(|w| w.code).collect()
}

/// Whether a warning with `code` and `rule` is present.
pub fn has_warning(w: &[lis1_core::Warning], code: &str, rule: &str) -> bool {
    w.iter().any(|w| w.code == code && w.rule == Some(rule))
}
