//! Percentiles of the simulated NPVs.

/// The nearest-rank percentile of values sorted ascending: the smallest value with at
/// least `percent` % of the values at or below it, `sorted[⌈percent · n / 100⌉ − 1]`
/// (and the smallest value for 0 %). Always one of the simulated values, never an
/// interpolation between two, so a reader can find it among the runs; the rank is worked
/// out in integers so no rounding of p · n can move it. NaN for no values.
pub(crate) fn nearest_rank(sorted: &[f64], percent: u32) -> f64 {
    let n = sorted.len() as u64;
    let rank = (u64::from(percent.min(100)) * n).div_ceil(100).max(1);
    usize::try_from(rank - 1)
        .ok()
        .and_then(|i| sorted.get(i))
        .copied()
        .unwrap_or(f64::NAN)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ten_values() {
        let v: Vec<f64> = (1..=10).map(f64::from).collect();
        assert_eq!(nearest_rank(&v, 10), 1.0);
        assert_eq!(nearest_rank(&v, 50), 5.0);
        assert_eq!(nearest_rank(&v, 90), 9.0);
        assert_eq!(nearest_rank(&v, 100), 10.0);
        assert_eq!(nearest_rank(&v, 0), 1.0);
    }

    #[test]
    fn a_rank_between_two_values_rounds_up() {
        // 3 values: 10 % of 3 is 0.3 → rank 1; 50 % is 1.5 → rank 2; 90 % is 2.7 → rank 3.
        let v = [1.0, 2.0, 3.0];
        assert_eq!(nearest_rank(&v, 10), 1.0);
        assert_eq!(nearest_rank(&v, 50), 2.0);
        assert_eq!(nearest_rank(&v, 90), 3.0);
    }

    #[test]
    fn a_hundred_thousand_values() {
        // 10 % of 100,000 is exactly rank 10,000, index 9,999.
        let v: Vec<f64> = (0..100_000).map(f64::from).collect();
        assert_eq!(nearest_rank(&v, 10), 9_999.0);
        assert_eq!(nearest_rank(&v, 50), 49_999.0);
        assert_eq!(nearest_rank(&v, 90), 89_999.0);
    }

    #[test]
    fn one_value_and_none() {
        assert_eq!(nearest_rank(&[7.0], 90), 7.0);
        assert!(nearest_rank(&[], 50).is_nan());
    }
}
