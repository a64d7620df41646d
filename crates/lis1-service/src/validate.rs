//! The domain checks of the input (stage 3 of `lis1_core::input`), run by
//! `history::read` while it types the rows, and the rule checks that reject a
//! history (S-2, S-8).
//!
//! Every problem is reported, with a JSON pointer to where it is. Stage 2
//! (`validator` derive on the model) covers date formats and impossible
//! dates, percent outside 1..100 or not finite, unknown parts / kinds /
//! positions / day units, negative, non-finite or absurd day counts, list and
//! text lengths. Stage 3 (here): end before start, service before 2017-03-01
//! (old turnus), overlapping periods (anywhere in the input: a doctor cannot
//! serve twice at once; reported at the later period), absence forms (exactly
//! one of range and `days`), absences outside every period of their part (not
//! judged when a period is unreadable or the periods are over their row
//! limit, as the unread rows may hold the absence's period), date-range
//! absences sharing a day (they would be counted twice), a plan starting
//! inside the history, a covid overlay end before the overlay began.
//!
//! Rule violations (`ErrorKind::RuleViolation`) are checked only on an
//! otherwise valid input, because they need the computed history.

use lis1_core::regimes::DEL1_START;
use lis1_core::sort::StableSort as _;
use lis1_core::{date, input, Issue, Lang, Part, Pointer};
use time::Date;

use crate::history::{Dated, History, Leave, When};
use crate::messages::{self as msg, part_label};
use crate::model::ServiceInput;
use crate::months::{counted_after, Progress};
use crate::params::{EPS_MONTHS, MAX_PERIODS};
use crate::projection::{add_days, make_up_days};
use crate::regime;

fn parse_ok(text: &str) -> Option<Date> {
    date::parse(text).ok()
}

/// The periods whose dates parse, end on or after their start and start in
/// del 1 (issues for the last two).
pub(crate) fn period_dates(input: &ServiceInput, lang: Lang, issues: &mut Vec<Issue>) -> Vec<Dated> {
    let periods = Pointer::root().key("periods");
    let del1 = date::format(DEL1_START);
    let mut dated = Vec::with_capacity(input.periods.len());
    for (index, p) in input.periods.iter().enumerate() {
        let here = periods.index(index);
        let (Some(start), Some(end)) = (parse_ok(&p.start), parse_ok(&p.end)) else { continue };
        if end < start {
            issues.push(Issue::new(
                lang,
                &lis1_core::messages::RANGE_END_BEFORE_START,
                &here.key("end"),
                &[("start", p.start.clone()), ("end", p.end.clone())],
            ));
            continue;
        }
        if start < DEL1_START {
            issues.push(Issue::new(
                lang,
                &msg::PERIOD_BEFORE_DEL1,
                &here.key("start"),
                &[("start", p.start.clone()), ("del1Start", del1.clone())],
            ));
            continue;
        }
        dated.push(Dated { index, start, end });
    }
    dated
}

/// Overlapping periods, reported at the later period (later start; on a tie,
/// the later row), once per period.
pub(crate) fn overlaps(dated: &[Dated], lang: Lang, issues: &mut Vec<Issue>) {
    let mut ordered: Vec<(usize, Date, Date)> = dated.iter().map(|d| (d.index, d.start, d.end)).collect();
    ordered.stable_sort_by_key(|&(i, s, _)| (s, i));
    let periods = Pointer::root().key("periods");
    for (&(i, start, end), other) in ordered.iter().zip(first_overlapping_earlier(&ordered)) {
        if let Some(other) = other {
            issues.push(Issue::new(
                lang,
                &msg::PERIOD_OVERLAP,
                &periods.index(i).key("start"),
                &[("start", date::format(start)), ("end", date::format(end)), ("other", (other + 1).to_string())],
            ));
        }
    }
}

/// The time of absence row `index` — its dates or its day count — with the
/// issues of its form and of its place among the periods. `None` when the
/// row has no usable time (an issue says why).
pub(crate) fn absence_when(
    input: &ServiceInput,
    index: usize,
    dated: &[Dated],
    lang: Lang,
    issues: &mut Vec<Issue>,
) -> Option<When> {
    let a = input.absences.get(index)?;
    let here = Pointer::root().key("absences").index(index);
    // If any period is unreadable (bad date, unknown part), do not judge
    // "outside": that period's own issue is reported. `dated` holds each
    // readable period's row once, so all are readable when it has them all.
    // Over the row limit only MAX_PERIODS + 1 rows were read
    // (`input::capped_rows`), so the periods are not all known either: an
    // absence inside an unread period would be called outside.
    let all_readable = input.periods.len() <= MAX_PERIODS
        && dated.len() == input.periods.len()
        && input.periods.iter().all(|p| Part::parse(&p.part).is_some());
    let part = Part::parse(&a.part);
    let label = || part.map(|p| part_label(lang, p)).unwrap_or_default();
    match (&a.start, &a.end, a.days) {
        (Some(_), _, Some(_)) | (None, Some(_), Some(_)) => {
            issues.push(Issue::new(lang, &msg::ABSENCE_BOTH_FORMS, &here, &[]));
            None
        }
        (None, None, None) => {
            issues.push(Issue::new(lang, &msg::ABSENCE_NO_FORM, &here, &[]));
            None
        }
        (Some(_), None, None) => {
            issues.push(Issue::new(lang, &msg::ABSENCE_INCOMPLETE_RANGE, &here.key("end"), &[("field", "end".into())]));
            None
        }
        (None, Some(_), None) => {
            issues.push(Issue::new(
                lang,
                &msg::ABSENCE_INCOMPLETE_RANGE,
                &here.key("start"),
                &[("field", "start".into())],
            ));
            None
        }
        (Some(s), Some(e), None) => {
            let (start, end) = (parse_ok(s)?, parse_ok(e)?);
            if end < start {
                issues.push(Issue::new(
                    lang,
                    &lis1_core::messages::RANGE_END_BEFORE_START,
                    &here.key("end"),
                    &[("start", s.clone()), ("end", e.clone())],
                ));
                return None;
            }
            if all_readable {
                let spans: Vec<(Date, Date)> = dated
                    .iter()
                    .filter(|d| input.periods.get(d.index).is_some_and(|p| p.part == a.part))
                    .map(|d| (d.start, d.end))
                    .collect();
                if part.is_some() && !covered(start, end, &spans) {
                    issues.push(Issue::new(
                        lang,
                        &msg::ABSENCE_OUTSIDE_PERIOD,
                        &here,
                        &[("start", s.clone()), ("end", e.clone()), ("part", label())],
                    ));
                }
            }
            Some(When::Range(start, end))
        }
        (None, None, Some(days)) => {
            let has_period_of_part = input.periods.iter().any(|p| p.part == a.part);
            if all_readable && part.is_some() && !has_period_of_part {
                issues.push(Issue::new(lang, &msg::ABSENCE_PART_WITHOUT_PERIOD, &here, &[("part", label())]));
            }
            Some(When::Days(days))
        }
    }
}

/// Date-range absences that share a day, reported at the later one (by
/// start, then row). Day counts cannot be placed and are not compared.
pub(crate) fn absence_overlaps(leaves: &[Leave], lang: Lang, issues: &mut Vec<Issue>) {
    let mut ranges: Vec<(usize, Date, Date)> = leaves
        .iter()
        .filter_map(|l| match l.when {
            When::Range(s, e) => Some((l.index, s, e)),
            When::Days(_) => None,
        })
        .collect();
    ranges.stable_sort_by_key(|&(i, s, _)| (s, i));
    let absences = Pointer::root().key("absences");
    for (&(i, start, end), other) in ranges.iter().zip(first_overlapping_earlier(&ranges)) {
        if let Some(other) = other {
            issues.push(Issue::new(
                lang,
                &msg::ABSENCE_OVERLAP,
                &absences.index(i),
                &[("start", date::format(start)), ("end", date::format(end)), ("other", (other + 1).to_string())],
            ));
        }
    }
}

/// For rows `(index, start, end)` sorted by start: for each row, the index of
/// the first earlier row (in that order) that ends on or after its start —
/// the overlap reported at the later row. The running maximum of the ends is
/// non-decreasing and first reaches `start` exactly at that row, so a binary
/// search finds it: O(n log n) instead of scanning every earlier row per row
/// (quadratic; measured by scripts/perf.mjs).
fn first_overlapping_earlier(sorted: &[(usize, Date, Date)]) -> Vec<Option<usize>> {
    let mut max_end: Vec<Date> = Vec::with_capacity(sorted.len());
    let mut out = Vec::with_capacity(sorted.len());
    for &(_, start, end) in sorted {
        let first = max_end.partition_point(|e| *e < start);
        out.push(if first < max_end.len() { sorted.get(first).map(|&(other, _, _)| other) } else { None });
        max_end.push(max_end.last().map_or(end, |m| (*m).max(end)));
    }
    out
}

/// Whether every day of `start..=end` lies in one of `spans` (which may be
/// adjacent: an absence may run across two periods of the same part).
fn covered(start: Date, end: Date, spans: &[(Date, Date)]) -> bool {
    let mut sorted = spans.to_vec();
    sorted.stable_sort();
    let mut need = start;
    for (s, e) in sorted {
        if s <= need && e >= need {
            match e.next_day() {
                Some(next) if e < end => need = next,
                _ => return true,
            }
        }
    }
    false
}

/// The plan's start date, with its issues (before del 1, inside the
/// history). `None` when there is no plan start or it is not usable.
pub(crate) fn plan_start(input: &ServiceInput, dated: &[Dated], lang: Lang, issues: &mut Vec<Issue>) -> Option<Date> {
    let text = input.plan.as_ref()?.next_start.as_deref()?;
    let start = parse_ok(text)?;
    let here = Pointer::root().key("plan").key("nextStart");
    if start < DEL1_START {
        issues.push(Issue::new(
            lang,
            &msg::PLAN_BEFORE_DEL1,
            &here,
            &[("start", text.to_owned()), ("del1Start", date::format(DEL1_START))],
        ));
        return None;
    }
    if let Some(last) = dated.iter().map(|d| d.end).max().filter(|e| *e >= start) {
        issues.push(Issue::new(
            lang,
            &msg::PLAN_BEFORE_HISTORY,
            &here,
            &[("start", text.to_owned()), ("end", date::format(last))],
        ));
        return None;
    }
    Some(start)
}

/// The A-O4 end date of the covid overlay, with its issue (before the
/// overlay began).
pub(crate) fn covid_overlay_end(text: Option<&str>, lang: Lang, issues: &mut Vec<Issue>) -> Option<Date> {
    let end = parse_ok(text?)?;
    if let Some(start) = regime::covid_overlay_start().filter(|s| end < *s) {
        issues.push(Issue::new(
            lang,
            &msg::COVID_END_BEFORE_START,
            &Pointer::root().key("options").key("covidOverlayEnd"),
            &[("end", date::format(end)), ("start", date::format(start))],
        ));
        return None;
    }
    Some(end)
}

/// S-2 and S-8 on a valid history, given each part's progress and the
/// hospital part's days to make up.
pub fn rule_violations(
    history: &History,
    hospital: &Progress,
    hospital_make_up: f64,
    municipal: &Progress,
) -> Vec<Issue> {
    let lang = history.lang;
    let periods = Pointer::root().key("periods");
    let mut issues = Vec::new();

    // S-2: each counting municipal period must start after the hospital part
    // is complete (months reached and absence made up). When only make-up
    // days are missing, say how many and from which day the municipal part
    // could start if they were served straight after the hospital service.
    let workdays = history.options.workdays;
    for span in history.counting(Part::Municipal) {
        let at = periods.index(span.index).key("start");
        let start = date::display(span.start, lang);
        if hospital.completed_on.is_some_and(|done| done < span.start) {
            continue;
        }
        let months_in_time = hospital.months_reached_on.is_some_and(|r| r < span.start);
        if months_in_time {
            if let Some((owed, can_start)) = make_up_owed(history, hospital_make_up, span.start, workdays) {
                issues.push(Issue::new(
                    lang,
                    &msg::S2_MAKE_UP_FIRST,
                    &at,
                    &[
                        ("start", start),
                        ("days", input::number(crate::params::round2(owed))),
                        ("canStart", date::display(can_start, lang)),
                    ],
                ));
                continue;
            }
        }
        match hospital.completed_on {
            Some(done) => issues.push(Issue::new(
                lang,
                &msg::S2_HOSPITAL_LATER,
                &at,
                &[("start", start), ("done", date::display(done, lang))],
            )),
            None => issues.push(Issue::new(lang, &msg::S2_HOSPITAL_MISSING, &at, &[("start", start)])),
        }
    }

    // S-8: once counted service covers both parts, a further full course
    // (12 + 6 counted months after that day, in any counting position) is a
    // second del 1. Repeating one part is allowed.
    if let (Some(h), Some(m)) = (hospital.months_reached_on, municipal.months_reached_on) {
        let done = h.max(m);
        let again_h = counted_after(&history.stretches(Part::Hospital), done);
        let again_m = counted_after(&history.stretches(Part::Municipal), done);
        let req_h = f64::from(Part::Hospital.required_months());
        let req_m = f64::from(Part::Municipal.required_months());
        if again_h >= req_h - EPS_MONTHS && again_m >= req_m - EPS_MONTHS {
            let first_after = history
                .spans
                .iter()
                .find(|s| s.counts() && s.start > done)
                .or_else(|| history.spans.iter().find(|s| s.counts() && s.end > done))
                .map(|s| s.index);
            let at = first_after.map_or_else(|| periods.clone(), |i| periods.index(i));
            issues.push(Issue::new(lang, &msg::S8_REPEATED, &at, &[("done", date::format(done))]));
        }
    }
    input::sort_by_path(&mut issues);
    issues
}

/// Hospital make-up days still owed on `before` (the months reached, the
/// make-up not yet served by then) and the first day the municipal part could
/// start if they were served straight after the last hospital day before it,
/// at that period's percentage. `None` when nothing is owed on that day.
fn make_up_owed(history: &History, make_up: f64, before: Date, workdays: bool) -> Option<(f64, Date)> {
    let earlier: Vec<_> = history
        .stretches(Part::Hospital)
        .into_iter()
        .filter(|s| s.start < before)
        .map(|mut s| {
            s.end = s.end.min(before.previous_day().unwrap_or(before));
            s
        })
        .collect();
    let last = earlier.last()?;
    let required = f64::from(Part::Hospital.required_months());
    let done = crate::months::progress(&earlier, required, make_up, workdays);
    let owed = make_up - done.made_up;
    if done.completed_on.is_some() || owed <= crate::params::EPS_DAYS {
        return None;
    }
    let last_day = add_days(last.end, make_up_days(owed, last.fraction), workdays);
    Some((owed, last_day.next_day()?))
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn day(n: i64) -> Date {
        DEL1_START + time::Duration::days(n)
    }

    /// The definition: the first earlier row (in start order) that ends on or after the row's start.
    fn scan(sorted: &[(usize, Date, Date)]) -> Vec<Option<usize>> {
        sorted
            .iter()
            .enumerate()
            .map(|(pos, &(_, start, _))| {
                sorted[..pos].iter().find(|&&(_, _, e)| e >= start).map(|&(other, _, _)| other)
            })
            .collect()
    }

    #[test]
    fn s_7_overlap_is_reported_against_the_first_earlier_period_that_reaches_it() {
        // Rows by start: 0 = days 0..10, 1 = days 2..3, 2 = days 5..6, 3 = days 11..12.
        // Row 1 starts inside row 0 → 0; row 2 starts on day 5, row 0 (to day 10) is the first reaching it → 0;
        // row 3 starts on day 11, after every earlier end (10, 3, 6) → none.
        let rows = [(0, day(0), day(10)), (1, day(2), day(3)), (2, day(5), day(6)), (3, day(11), day(12))];
        assert_eq!(first_overlapping_earlier(&rows), vec![None, Some(0), Some(0), None]);
        // Consecutive one-day periods never overlap (the scaling benchmark's shape).
        let days: Vec<_> = (0..50).map(|i| (i as usize, day(i), day(i))).collect();
        assert_eq!(first_overlapping_earlier(&days), vec![None; 50]);
    }

    proptest! {
        #[test]
        fn s_7_binary_search_agrees_with_the_scan(rows in prop::collection::vec((0i64..400, 0i64..60), 0..60)) {
            let mut sorted: Vec<(usize, Date, Date)> =
                rows.iter().enumerate().map(|(i, &(s, len))| (i, day(s), day(s + len))).collect();
            sorted.sort_by_key(|&(i, s, _)| (s, i));
            prop_assert_eq!(first_overlapping_earlier(&sorted), scan(&sorted));
        }
    }
}
