//! Input validation (pipeline stages 2 and 3 of `lis1_core::input`) and the
//! rule checks that reject a history (S-2, S-8).
//!
//! Every problem is reported, with a JSON pointer to where it is:
//! - stage 2 (`validator` derive): date formats and impossible dates,
//!   percent outside 1..100 or not finite, unknown parts / kinds / positions /
//!   day units, negative, non-finite or absurd day counts, list and text
//!   lengths;
//! - stage 3 (here): end before start, service before 2017-03-01 (old
//!   turnus), overlapping periods (anywhere in the input: a doctor cannot
//!   serve twice at once; reported at the later period), absence forms (exactly
//!   one of range and `days`), absences outside every period of their part
//!   (not judged when a period is unreadable or the periods are over their
//!   row limit, as the unread rows may hold the absence's period),
//!   date-range absences sharing a day (they would be counted twice),
//!   a plan starting inside the history, a covid overlay end before the
//!   overlay began.
//!
//! Rule violations (`ErrorKind::RuleViolation`) are checked only on an
//! otherwise valid input, because they need the computed history.

use lis1_core::regimes::DEL1_START;
use lis1_core::sort::StableSort as _;
use lis1_core::{date, input, Issue, Lang, Part, Pointer};
use time::Date;

use crate::history::History;
use crate::messages::{self as msg, part_label};
use crate::model::ServiceInput;
use crate::months::{counted_after, Progress};
use crate::params::{EPS_MONTHS, MAX_PERIODS};
use crate::regime;

fn parse_ok(text: &str) -> Option<Date> {
    date::parse(text).ok()
}

/// Stages 2 and 3: every input problem, sorted by path.
pub fn input_issues(input: &ServiceInput, lang: Lang) -> Vec<Issue> {
    let root = Pointer::root();
    let mut issues = input::validation_issues(input, msg::ALL, lang);
    let periods = root.key("periods");
    let del1 = date::format(DEL1_START);

    // Periods: end before start, before del 1.
    let mut dated: Vec<(usize, Date, Date)> = Vec::new();
    for (i, p) in input.periods.iter().enumerate() {
        let here = periods.index(i);
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
        dated.push((i, start, end));
    }

    // Overlaps, reported at the later period (later start; on a tie, the
    // later row), once per period.
    let mut ordered = dated.clone();
    ordered.stable_sort_by_key(|&(i, s, _)| (s, i));
    for (&(i, start, end), other) in ordered.iter().zip(first_overlapping_earlier(&ordered)) {
        if let Some(other) = other {
            issues.push(Issue::new(
                lang,
                &msg::PERIOD_OVERLAP,
                &periods.index(i).key("start"),
                &[("start", date::format(start)), ("end", date::format(end)), ("other", other.to_string())],
            ));
        }
    }

    absence_issues(input, lang, &dated, &mut issues);
    absence_overlaps(input, lang, &mut issues);
    plan_issues(input, lang, &dated, &mut issues);

    if let Some(end) = input.options.as_ref().and_then(|o| o.covid_overlay_end.as_deref()).and_then(parse_ok) {
        if let Some(start) = regime::covid_overlay_start().filter(|s| end < *s) {
            issues.push(Issue::new(
                lang,
                &msg::COVID_END_BEFORE_START,
                &root.key("options").key("covidOverlayEnd"),
                &[("end", date::format(end)), ("start", date::format(start))],
            ));
        }
    }

    input::sort_by_path(&mut issues);
    issues.dedup();
    issues
}

fn absence_issues(input: &ServiceInput, lang: Lang, dated: &[(usize, Date, Date)], issues: &mut Vec<Issue>) {
    let absences = Pointer::root().key("absences");
    // If any period is unreadable (bad date, unknown part), do not judge
    // "outside": that period's own issue is reported. `dated` holds each
    // readable period's row once, so all are readable when it has them all.
    // Over the row limit only MAX_PERIODS + 1 rows were read
    // (`input::capped_rows`), so the periods are not all known either: an
    // absence inside an unread period would be called outside.
    let all_readable = input.periods.len() <= MAX_PERIODS
        && dated.len() == input.periods.len()
        && input.periods.iter().all(|p| Part::parse(&p.part).is_some());
    for (i, a) in input.absences.iter().enumerate() {
        let here = absences.index(i);
        let Some(part) = Part::parse(&a.part) else { continue };
        // Periods of this part.
        let of_part = |k: usize| input.periods.get(k).is_some_and(|p| p.part == a.part);
        let has_period_of_part = input.periods.iter().any(|p| p.part == a.part);
        let spans: Vec<(Date, Date)> = dated.iter().filter(|(k, _, _)| of_part(*k)).map(|&(_, s, e)| (s, e)).collect();
        let label = part_label(lang, part);
        match (&a.start, &a.end, a.days) {
            (Some(_), Some(_), Some(_)) | (Some(_), None, Some(_)) | (None, Some(_), Some(_)) => {
                issues.push(Issue::new(lang, &msg::ABSENCE_BOTH_FORMS, &here, &[]));
            }
            (None, None, None) => issues.push(Issue::new(lang, &msg::ABSENCE_NO_FORM, &here, &[])),
            (Some(_), None, None) => {
                issues.push(Issue::new(
                    lang,
                    &msg::ABSENCE_INCOMPLETE_RANGE,
                    &here.key("end"),
                    &[("field", "end".into())],
                ));
            }
            (None, Some(_), None) => {
                issues.push(Issue::new(
                    lang,
                    &msg::ABSENCE_INCOMPLETE_RANGE,
                    &here.key("start"),
                    &[("field", "start".into())],
                ));
            }
            (Some(s), Some(e), None) => {
                let (Some(start), Some(end)) = (parse_ok(s), parse_ok(e)) else { continue };
                if end < start {
                    issues.push(Issue::new(
                        lang,
                        &lis1_core::messages::RANGE_END_BEFORE_START,
                        &here.key("end"),
                        &[("start", s.clone()), ("end", e.clone())],
                    ));
                } else if all_readable && !covered(start, end, &spans) {
                    issues.push(Issue::new(
                        lang,
                        &msg::ABSENCE_OUTSIDE_PERIOD,
                        &here,
                        &[("start", s.clone()), ("end", e.clone()), ("part", label)],
                    ));
                }
            }
            (None, None, Some(_)) => {
                if all_readable && !has_period_of_part {
                    issues.push(Issue::new(lang, &msg::ABSENCE_PART_WITHOUT_PERIOD, &here, &[("part", label)]));
                }
            }
        }
    }
}

/// Date-range absences that share a day, reported at the later one (by
/// start, then row). Day counts cannot be placed and are not compared.
fn absence_overlaps(input: &ServiceInput, lang: Lang, issues: &mut Vec<Issue>) {
    let mut ranges: Vec<(usize, Date, Date)> = input
        .absences
        .iter()
        .enumerate()
        .filter(|(_, a)| a.days.is_none())
        .filter_map(|(i, a)| Some((i, parse_ok(a.start.as_deref()?)?, parse_ok(a.end.as_deref()?)?)))
        .filter(|(_, s, e)| e >= s)
        .collect();
    ranges.stable_sort_by_key(|&(i, s, _)| (s, i));
    let absences = Pointer::root().key("absences");
    for (&(i, start, end), other) in ranges.iter().zip(first_overlapping_earlier(&ranges)) {
        if let Some(other) = other {
            issues.push(Issue::new(
                lang,
                &msg::ABSENCE_OVERLAP,
                &absences.index(i),
                &[("start", date::format(start)), ("end", date::format(end)), ("other", other.to_string())],
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

fn plan_issues(input: &ServiceInput, lang: Lang, dated: &[(usize, Date, Date)], issues: &mut Vec<Issue>) {
    let Some(text) = input.plan.as_ref().and_then(|p| p.next_start.as_deref()) else { return };
    let Some(start) = parse_ok(text) else { return };
    let here = Pointer::root().key("plan").key("nextStart");
    if start < DEL1_START {
        issues.push(Issue::new(
            lang,
            &msg::PLAN_BEFORE_DEL1,
            &here,
            &[("start", text.to_owned()), ("del1Start", date::format(DEL1_START))],
        ));
    } else if let Some(last) = dated.iter().map(|&(_, _, e)| e).max().filter(|e| *e >= start) {
        issues.push(Issue::new(
            lang,
            &msg::PLAN_BEFORE_HISTORY,
            &here,
            &[("start", text.to_owned()), ("end", date::format(last))],
        ));
    }
}

/// S-2 and S-8 on a valid history, given each part's progress.
pub fn rule_violations(history: &History, hospital: &Progress, municipal: &Progress) -> Vec<Issue> {
    let lang = history.lang;
    let periods = Pointer::root().key("periods");
    let mut issues = Vec::new();

    // S-2: each counting municipal period must start after the hospital part
    // is complete (months reached and absence made up).
    for span in history.counting(Part::Municipal) {
        let at = periods.index(span.index).key("start");
        let start = date::format(span.start);
        match hospital.completed_on {
            None => issues.push(Issue::new(lang, &msg::S2_HOSPITAL_MISSING, &at, &[("start", start)])),
            Some(done) if done >= span.start => {
                issues.push(Issue::new(
                    lang,
                    &msg::S2_HOSPITAL_LATER,
                    &at,
                    &[("start", start), ("done", date::format(done))],
                ));
            }
            Some(_) => {}
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
