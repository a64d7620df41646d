//! Sums by key in a short list, handed out in key order: the budget years of
//! a cost estimate or a comparison. A `BTreeMap` is instantiated once per key
//! and value type, roughly 5 KB of wasm each; these lists hold a few dozen
//! keys, so a linear lookup in a `Vec` costs nothing measurable.

use crate::sort::StableSort;

/// Running sums `V` per key `K`.
#[derive(Debug, Clone)]
pub struct SumsBy<K, V> {
    entries: Vec<(K, V)>,
}

impl<K, V> Default for SumsBy<K, V> {
    fn default() -> Self {
        SumsBy { entries: Vec::new() }
    }
}

impl<K: Ord + Copy, V: Default> SumsBy<K, V> {
    /// Adds to the sum for `key` (starting from `V::default()`) with `add`.
    pub fn add(&mut self, key: K, add: impl FnOnce(&mut V)) {
        match self.entries.iter_mut().find(|(k, _)| *k == key) {
            Some((_, sum)) => add(sum),
            None => {
                let mut sum = V::default();
                add(&mut sum);
                self.entries.push((key, sum));
            }
        }
    }

    /// Every key with its sum, keys ascending.
    pub fn sorted(&self) -> Vec<(K, &V)> {
        let mut out: Vec<(K, &V)> = self.entries.iter().map(|(k, v)| (*k, v)).collect();
        out.stable_sort_by(|a, b| a.0.cmp(&b.0));
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sums_per_key_in_key_order() {
        let mut sums: SumsBy<i32, f64> = SumsBy::default();
        sums.add(2025, |s| *s += 1.5);
        sums.add(2023, |s| *s += 2.0);
        sums.add(2025, |s| *s += 0.5);
        sums.add(2024, |s| *s -= 1.0);
        assert_eq!(sums.sorted(), vec![(2023, &2.0), (2024, &-1.0), (2025, &2.0)]);
    }

    #[test]
    fn no_keys_no_rows() {
        let sums: SumsBy<i32, (f64, f64)> = SumsBy::default();
        assert!(sums.sorted().is_empty());
    }
}
