//! Which assumptions change a result (issue 24 item 8): the assumption list
//! shows those first and folds the rest under one line
//! (`lis1_core::view::Folded`).
//!
//! An option changes this result when the calculation, run again with the
//! option's other value, gives another answer: other sentences (months, end
//! dates, days to make up and their unit, how the absence adds up), other
//! warnings or another P-1 offer. The day unit (A-O2) then folds when no day
//! is owed or summed, A-O1 and A-O3 when the absence is within the allowance
//! either way, A-O5 and A-O6 when no part falls in their dates. Two
//! assumptions have no other value to try: the open end of the covid overlay
//! (A-O4 without a date) changes the result when it spares a day (a date
//! before that day would not), and S-5's threshold when a position is below
//! it (its warning).

use lis1_core::{Assumption, Warning};

use crate::model::{Offer, ServiceInput, ServiceOptions};

/// What a reader of a result acts on: the answer's sentences, the warnings
/// and the P-1 offer. Two results with the same one give the same answer.
#[derive(PartialEq)]
pub(super) struct Said {
    pub answer: String,
    pub warnings: Vec<(&'static str, String)>,
    pub offer: Option<(Vec<&'static str>, f64, f64, f64)>,
}

impl Said {
    pub fn new(answer: String, warnings: &[Warning], offer: Option<&Offer>) -> Said {
        Said {
            answer,
            warnings: warnings.iter().map(|w| (w.code, w.message.clone())).collect(),
            // An offer of nothing (every part complete) says what no offer says.
            offer: offer
                .filter(|o| !o.parts.is_empty())
                .map(|o| (o.parts.clone(), o.months, o.make_up_days.hospital, o.make_up_days.municipal)),
        }
    }
}

/// `input` with the option of `a` set to its other value; `None` for an
/// assumption with no other value to try (A-O4 without a date, S-5's
/// threshold) or one this crate does not know.
fn other_value(input: &ServiceInput, a: &Assumption) -> Option<ServiceInput> {
    let mut other = input.clone();
    let o: &mut ServiceOptions = other.options.get_or_insert_with(ServiceOptions::default);
    let flipped = Some(a.value != "true");
    match a.option {
        "excessOnly" => o.excess_only = flipped,
        "prorateAllowance" => o.prorate_allowance = flipped,
        "regimeAtPartStart" => o.regime_at_part_start = flipped,
        "a3ForPartsBefore2019" => o.a3_for_parts_before_2019 = flipped,
        "covidNeedsLearningGoals" => o.covid_needs_learning_goals = flipped,
        "offerOnlyMissing" => o.offer_only_missing = flipped,
        "dayUnit" => o.day_unit = Some(String::from(if a.value == "workdays" { "calendar-days" } else { "workdays" })),
        "covidOverlayEnd" if a.value != "none" => o.covid_overlay_end = None,
        _ => return None,
    }
    Some(other)
}

/// The assumptions that change this result, and those that do not.
/// `said` answers an input the way the result was answered (`None` when the
/// other value is refused: then the assumption counts as changing it);
/// `spared` whether the covid overlay spared any day; `warned_s5` whether
/// S-5's warning is among the result's.
pub(super) fn split(
    input: &ServiceInput,
    assumptions: &[Assumption],
    now: &Said,
    said: impl Fn(&ServiceInput) -> Option<Said>,
    spared: bool,
    warned_s5: bool,
) -> (Vec<Assumption>, Vec<Assumption>) {
    assumptions.iter().cloned().partition(|a| match (a.option, other_value(input, a)) {
        (_, Some(other)) => said(&other).as_ref() != Some(now),
        ("covidOverlayEnd", None) => spared,
        ("minimumPercentWarning", None) => warned_s5,
        // Unknown to this list: shown, never hidden by mistake.
        _ => true,
    })
}
