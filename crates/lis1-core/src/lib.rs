//! Shared LIS1 domain for every lis1kit calculation.
//!
//! Pure Rust: no wasm-bindgen, no `JsValue`. It names no calculation: the
//! calculation crates and the bindings crate (`lis1kit`) build on these
//! pieces:
//!
//! - [`Lang`] and the [`message`] catalogue: every user-visible text has a code
//!   and nb/nn/en translations;
//! - [`Issue`], [`Warning`], [`Assumption`] and [`Lis1Error`]: how problems and
//!   open-rule choices are reported;
//! - [`rules`]: the rule catalogue (ids with status, summary and
//!   source), from which `docs/rules.md` is generated;
//! - [`regimes`]: the dated absence regimes A-1..A-4;
//! - [`date`] and [`calendar`]: strict ISO dates, Easter, Norwegian public
//!   holidays and working days;
//! - [`shape`] and [`read`]: an input described once as a table of fields,
//!   read from any [`read::Source`] (a `JsValue`, a `serde_json::Value`) in one
//!   pass with every problem at its JSON-pointer path, and its leaf values
//!   checked by the same table;
//! - [`input`]: what every input route shares (issue order, field names, the
//!   words for an expected type) and serde's route for native tests and fuzzing;
//! - `form` (feature `form`): the form SDK's model, from which each calculation
//!   builds its form, and the texts every form shares;
//! - [`view`]: a result in people's words as data (answer, tables, checklists,
//!   bars, timeline, notes), which each calculation builds and the elements draw;
//! - [`csv`] and [`ical`]: the export formats (CSV as Norwegian Excel opens
//!   it, RFC 5545 calendars of all-day events), returned as a [`file::TextFile`].

#![cfg_attr(test, allow(clippy::indexing_slicing, clippy::unwrap_used, clippy::expect_used, clippy::panic))]

pub mod calendar;
pub mod csv;
pub mod date;
pub mod file;
#[cfg(feature = "form")]
pub mod form;
pub mod ical;
pub mod input;
pub mod issue;
pub mod lang;
pub mod message;
pub mod messages;
pub mod months;
pub mod number_text;
pub mod part;
pub mod pointer;
pub mod read;
pub mod regimes;
pub mod round;
pub mod rules;
#[cfg(feature = "schema")]
pub mod schema;
pub mod shape;
pub mod sort;
pub mod sums;
pub mod view;

pub use date::Date;
pub use issue::{Assumption, ErrorKind, Issue, Lis1Error, Warning};
pub use lang::Lang;
pub use message::MessageDef;
pub use part::Part;
pub use pointer::Pointer;
