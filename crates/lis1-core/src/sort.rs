//! A small stable sort for the runtime sort sites (issues by path, periods
//! and absences by date, years, kinds).
//!
//! Why not `slice::sort_by`: the standard library's sorts (driftsort,
//! ipnsort) are fast but large — run detection, merges, small-sort networks —
//! and they are instantiated once per element type and comparator. In the
//! wasm that cost about 10 KB gzipped over nine call sites
//! (docs/size-report.md, rank 2). This is one short generic merge sort.
//!
//! Why not an insertion sort (smaller still): it is O(n²) on rows in reverse
//! order. The lists are capped while reading (`input::capped_rows`: at most
//! the row limit + 1, e.g. 201 periods or 1 001 absences), but 1 001
//! reversed absences would already be half a million comparisons, issue
//! lists grow with rows × fields, and the calculations' overlap checks are
//! kept O(n log n) on purpose. This merge sort is O(n log n) in every case,
//! stable (equal elements keep their input order), needs no `unsafe`, no
//! `Clone` and no `Default`, and recurses only log₂(n) deep.

use core::cmp::Ordering;

/// Stable O(n log n) sorting of a `Vec` with little code.
pub trait StableSort<T> {
    /// Sorts by a comparator, keeping equal elements in their order.
    fn stable_sort_by<F: FnMut(&T, &T) -> Ordering>(&mut self, cmp: F);

    /// Sorts by a key, keeping elements with equal keys in their order.
    fn stable_sort_by_key<K: Ord, F: FnMut(&T) -> K>(&mut self, mut key: F) {
        self.stable_sort_by(|a, b| key(a).cmp(&key(b)));
    }

    /// Sorts in ascending order.
    fn stable_sort(&mut self)
    where
        T: Ord,
    {
        self.stable_sort_by(T::cmp);
    }
}

impl<T> StableSort<T> for Vec<T> {
    fn stable_sort_by<F: FnMut(&T, &T) -> Ordering>(&mut self, mut cmp: F) {
        let items = core::mem::take(self);
        *self = merge_sort(items, &mut cmp);
    }
}

fn merge_sort<T, F: FnMut(&T, &T) -> Ordering>(mut items: Vec<T>, cmp: &mut F) -> Vec<T> {
    if items.len() < 2 {
        return items;
    }
    let right = items.split_off(items.len() / 2);
    let left = merge_sort(items, cmp);
    let right = merge_sort(right, cmp);
    let mut out = Vec::with_capacity(left.len() + right.len());
    let mut left = left.into_iter().peekable();
    let mut right = right.into_iter().peekable();
    loop {
        // On a tie the left (earlier) element goes first: stable.
        let from_right = match (left.peek(), right.peek()) {
            (Some(a), Some(b)) => cmp(a, b) == Ordering::Greater,
            (Some(_), None) => false,
            (None, Some(_)) => true,
            (None, None) => break,
        };
        out.extend(if from_right { right.next() } else { left.next() });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sorts_ascending() {
        let mut v = vec![5, 3, 9, 1, 1, 8, 0, 7];
        v.stable_sort();
        assert_eq!(v, vec![0, 1, 1, 3, 5, 7, 8, 9]);
    }

    #[test]
    fn empty_and_single_element_lists_stay_as_they_are() {
        let mut empty: Vec<u8> = vec![];
        empty.stable_sort();
        assert!(empty.is_empty());
        let mut one = vec![42];
        one.stable_sort();
        assert_eq!(one, vec![42]);
    }

    #[test]
    fn equal_keys_keep_their_input_order() {
        // (key, input position): sorted by key only, the positions of equal
        // keys must stay ascending.
        let mut v = vec![(2, 'a'), (1, 'b'), (2, 'c'), (0, 'd'), (1, 'e'), (2, 'f'), (0, 'g')];
        v.stable_sort_by_key(|&(k, _)| k);
        assert_eq!(v, vec![(0, 'd'), (0, 'g'), (1, 'b'), (1, 'e'), (2, 'a'), (2, 'c'), (2, 'f')]);
    }

    #[test]
    fn a_comparator_can_sort_descending() {
        let mut v = vec!["b", "c", "a"];
        v.stable_sort_by(|a, b| b.cmp(a));
        assert_eq!(v, vec!["c", "b", "a"]);
    }

    #[test]
    fn reverse_ordered_rows_are_sorted_with_n_log_n_comparisons() {
        // 100 000 rows, the size of the robustness test, in reverse order:
        // a merge sort compares at most n·⌈log₂ n⌉ = 100 000 · 17 times; an
        // insertion sort would compare n(n−1)/2 ≈ 5·10⁹ times.
        let n: usize = 100_000;
        let mut v: Vec<usize> = (0..n).rev().collect();
        let mut comparisons: u64 = 0;
        v.stable_sort_by(|a, b| {
            comparisons += 1;
            a.cmp(b)
        });
        assert!(v.iter().copied().eq(0..n));
        assert!(comparisons <= 100_000 * 17, "{comparisons} comparisons");
    }

    proptest::proptest! {
        #[test]
        fn agrees_with_the_standard_stable_sort(v in proptest::collection::vec((0u8..5, proptest::num::u16::ANY), 0..200)) {
            let mut ours = v.clone();
            ours.stable_sort_by_key(|&(k, _)| k);
            let mut std_sorted = v;
            std_sorted.sort_by_key(|&(k, _)| k);
            proptest::prop_assert_eq!(ours, std_sorted);
        }
    }
}
