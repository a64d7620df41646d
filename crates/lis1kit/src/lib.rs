//! lis1kit: the JavaScript face of the LIS1 calculations.
//!
//! This is the only crate that knows about wasm-bindgen, js-sys and web-sys.
//! It converts between JavaScript values and the pure Rust core crates, and
//! renders the custom elements. No calculation logic lives here: every number
//! and every rule comes from the core crates.
//!
//! - [`api`]: `version`, `ruleSets`, `validate`, `messages`;
//! - [`error`]: `Lis1Error` thrown with every issue;
//! - `rounds` (with `eligibility`): `nextRounds`, the next round starts after a day;
//! - [`convert`]: the requested `lang`, and results out as plain objects;
//! - `inputs`: how each input is read; `js_source`: a `JsValue` as a source of
//!   the field-table reader (`lis1_core::read`), its reads catching the
//!   caller's exceptions in `js/read.js`;
//! - `elements` (cargo feature `elements`): the custom elements, rendered
//!   into shadow roots. The package is built twice: without the feature for
//!   the headless API (`lis1kit_bg.wasm`) and with it for the elements and
//!   the API together (`lis1kit_elements_bg.wasm`), so that API users do not
//!   download the DOM code;
//! - [`element_texts`]: the elements' texts, in both builds because
//!   `messages()` publishes them.

pub mod api;
pub mod convert;
pub mod element_texts;
#[cfg(feature = "elements")]
pub mod elements;
pub mod error;
pub mod forms;
mod inputs;
mod js_source;
pub mod kinds;
pub mod messages;
#[cfg(feature = "eligibility")]
pub mod rounds;
pub mod schema;

// The period cap of lis1-service is part of the public contract (the JSON
// Schemas' `maxItems`); its bench-only feature that lifts it must never reach
// the package, even through cargo feature unification.
const _: () = assert!(
    !lis1_service::params::UNCAPPED_FOR_BENCH,
    "lis1-service's bench-uncapped feature is for scripts/perf.mjs only, never for lis1kit"
);
