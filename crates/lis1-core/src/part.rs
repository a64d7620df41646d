//! The two parts of del 1 (S-1).

use serde::{Deserialize, Serialize};

/// Hospital part (12 months in spesialisthelsetjenesten) or municipal part
/// (6 months in the kommune), S-1.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Part {
    /// Spesialisthelsetjenesten, 12 months.
    Hospital,
    /// Kommunale helse- og omsorgstjeneste, 6 months.
    Municipal,
}

impl Part {
    /// Both parts in the order they must be served (S-2).
    pub const ALL: [Part; 2] = [Part::Hospital, Part::Municipal];

    /// The value as written in inputs.
    pub fn code(self) -> &'static str {
        match self {
            Part::Hospital => "hospital",
            Part::Municipal => "municipal",
        }
    }

    /// Parses `hospital` or `municipal`.
    pub fn parse(value: &str) -> Option<Part> {
        Part::ALL.into_iter().find(|p| p.code() == value)
    }

    /// Required counted months of the part (S-1): 12 or 6.
    pub fn required_months(self) -> u32 {
        match self {
            Part::Hospital => 12,
            Part::Municipal => 6,
        }
    }
}
