//! A file a calculation hands back for the caller to save (a CSV export, a
//! calendar): its text, a suggested name and its media type, so a page makes
//! the download with `new File([text], name, { type })` and no logic of its own.

use serde::Serialize;

/// A text file: `{ name, type, text }`.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct TextFile {
    /// Suggested file name, with its extension (`lis1-leger.csv`).
    pub name: String,
    /// Media type with its charset (`text/csv;charset=utf-8`).
    #[serde(rename = "type")]
    pub media_type: &'static str,
    /// The file's content.
    pub text: String,
}
