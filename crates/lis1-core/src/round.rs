//! Rounding of figures for output. Internal sums are never rounded.

/// Rounds a figure to 2 decimals for output, giving `0` rather than `-0`
/// (which JSON would show as `-0`).
pub fn round2(value: f64) -> f64 {
    let r = (value * 100.0).round() / 100.0;
    if r == 0.0 {
        0.0
    } else {
        r
    }
}
