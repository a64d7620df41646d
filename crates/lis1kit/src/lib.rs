//! lis1kit: the JavaScript face of the LIS1 calculations.
//!
//! This is the only crate that knows about wasm-bindgen, js-sys and web-sys.
//! It converts between JavaScript values and the pure Rust core crates, and
//! renders the custom elements. No calculation logic lives here: every number
//! and every rule comes from the core crates.
//!
//! - [`api`]: `version`, `ruleSets`, `validate`, `messages`;
//! - [`error`]: `Lis1Error` thrown with every issue;
//! - [`convert`]: JS value ↔ Rust types, with JSON-pointer paths on failure;
//! - [`elements`]: the custom elements, rendered into shadow roots.

pub mod api;
pub mod convert;
pub mod elements;
pub mod error;
pub mod forms;
pub mod kinds;
pub mod messages;
pub mod schema;
