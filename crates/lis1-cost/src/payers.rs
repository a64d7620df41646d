//! Who pays (C-20): the helseforetak employs the doctor in the hospital part;
//! the kommune in the municipal part; the state pays the kommune the
//! veiledningstilskudd (C-3) for the municipal half-year.
//!
//! The helseforetak's own costs are in turn financed by the state through the
//! RHFs' basisbevilgning — that is what a state budget line for new LIS1
//! positions (C-11) pays for — but this split shows the employer that carries
//! each cost, and only grants earmarked for LIS1 as `state`.

use serde::Serialize;

/// Amounts per payer.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Copy, Default, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Payers {
    /// The helseforetak (hospital part).
    pub helseforetak: f64,
    /// The kommune (municipal part, net of the state grant).
    pub kommune: f64,
    /// The state (veiledningstilskudd, C-3).
    pub state: f64,
}

impl Payers {
    /// Hospital part: all of `gross` to the helseforetak.
    pub(crate) fn hospital(gross: f64) -> Self {
        Payers { helseforetak: gross, ..Payers::default() }
    }

    /// Municipal part: the kommune pays `gross − grant`, the state `grant`.
    pub(crate) fn municipal(gross: f64, grant: f64) -> Self {
        Payers { helseforetak: 0.0, kommune: gross - grant, state: grant }
    }

    /// Sum of all payers.
    pub fn total(&self) -> f64 {
        self.helseforetak + self.kommune + self.state
    }

    pub(crate) fn add(&mut self, other: &Payers) {
        self.helseforetak += other.helseforetak;
        self.kommune += other.kommune;
        self.state += other.state;
    }

    pub(crate) fn scaled(&self, k: f64) -> Payers {
        Payers { helseforetak: self.helseforetak * k, kommune: self.kommune * k, state: self.state * k }
    }

    pub(crate) fn rounded(&self) -> Payers {
        Payers {
            helseforetak: crate::round_nok(self.helseforetak),
            kommune: crate::round_nok(self.kommune),
            state: crate::round_nok(self.state),
        }
    }

    pub(crate) fn minus(&self, other: &Payers) -> Payers {
        Payers {
            helseforetak: self.helseforetak - other.helseforetak,
            kommune: self.kommune - other.kommune,
            state: self.state - other.state,
        }
    }
}
