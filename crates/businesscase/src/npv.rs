//! Net present value as a weighted sum: each line's per-year amount times one weight that
//! holds its sign, its optimism bias and its discounted years. The simulation, the
//! tornado and the plain reading all sum the same way, so they agree to the last bit
//! where they should (a case of point estimates gives p10 = p50 = p90 = likely exactly).

use crate::case::{Case, Kind, Line, MAX_YEARS};

/// The discount factor of each year 0 to `years − 1`: year t counts 1/(1 + r)^t, year 0
/// undiscounted. Made by repeated division rather than `powf`, whose last bit differs
/// between platforms' maths libraries; a division is exact IEEE arithmetic everywhere,
/// so a published figure can be reproduced on any machine.
///
/// The table stops at [`MAX_YEARS`] whatever `years` says, so an unchecked case costs
/// bounded time and memory.
pub(crate) fn discount_factors(rate: f64, years: u32) -> Vec<f64> {
    let years = years.min(MAX_YEARS) as usize;
    let mut factors = Vec::with_capacity(years);
    let mut factor = 1.0;
    for _ in 0..years {
        factors.push(factor);
        factor /= 1.0 + rate;
    }
    factors
}

/// What one krone a year of the line's entered amount adds to the NPV: the sum of the
/// discount factors of its years, times the bias factor, with the kind's sign. A cost's
/// amount is multiplied by `1 + bias` and a benefit's divided by it (the Green Book's
/// optimism bias: costs are underestimated and benefits overestimated), so a benefit is
/// never turned into a cost by its bias. Years outside the case's horizon count nothing.
pub(crate) fn weight(line: &Line, factors: &[f64]) -> f64 {
    let from = line.from_year as usize;
    let to = (line.to_year as usize).saturating_add(1).min(factors.len());
    let discounted: f64 = factors.get(from..to).unwrap_or(&[]).iter().sum();
    let bias = 1.0 + line.optimism_bias;
    match line.kind {
        Kind::Cost => -(discounted * bias),
        Kind::Benefit => discounted / bias,
    }
}

/// Every line's weight, in the order of the lines.
pub(crate) fn weights(case: &Case) -> Vec<f64> {
    let factors = discount_factors(case.discount_rate, case.years);
    case.lines
        .iter()
        .map(|line| weight(line, &factors))
        .collect()
}

/// Σ value × weight over the lines, in their order, from 0. One order everywhere, because
/// floating-point addition is not associative.
pub(crate) fn weighted_sum(values: impl Iterator<Item = f64>, weights: &[f64]) -> f64 {
    values.zip(weights).fold(0.0, |sum, (v, w)| sum + v * w)
}

/// The plain reading: the NPV with every line at its likely value, Σ benefits − Σ costs,
/// discounted and with optimism bias. It does not check the case (a form's preview may
/// call it on a half-filled one); on a case [`crate::check`] rejects the figure means
/// nothing, but it is computed in bounded time without panicking.
pub fn likely_npv(case: &Case) -> f64 {
    let weights = weights(case);
    weighted_sum(case.lines.iter().map(|l| l.likely), &weights)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn line(kind: Kind, amount: f64, from_year: u32, to_year: u32, bias: f64) -> Line {
        Line {
            kind,
            category: String::new(),
            title: "x".into(),
            low: amount,
            likely: amount,
            high: amount,
            from_year,
            to_year,
            optimism_bias: bias,
        }
    }

    #[test]
    fn year_zero_is_undiscounted_and_each_year_divides_once_more() {
        let f = discount_factors(0.04, 3);
        assert_eq!(f, vec![1.0, 1.0 / 1.04, 1.0 / 1.04 / 1.04]);
    }

    #[test]
    fn the_table_stops_at_the_longest_horizon() {
        assert_eq!(discount_factors(0.0, u32::MAX).len(), MAX_YEARS as usize);
    }

    #[test]
    fn a_cost_is_negative_and_a_benefit_positive() {
        let f = discount_factors(0.0, 5);
        assert_eq!(weight(&line(Kind::Cost, 1.0, 1, 3, 0.0), &f), -3.0);
        assert_eq!(weight(&line(Kind::Benefit, 1.0, 0, 4, 0.0), &f), 5.0);
    }

    #[test]
    fn optimism_bias_raises_a_cost_and_lowers_a_benefit() {
        let case = |kind, amount| Case {
            years: 1,
            discount_rate: 0.035,
            lines: vec![line(kind, amount, 0, 0, 0.5)],
        };
        // A cost of 100 with 50 % bias counts 150; a benefit of 150 counts 100.
        assert_eq!(likely_npv(&case(Kind::Cost, 100.0)), -150.0);
        assert!((likely_npv(&case(Kind::Benefit, 150.0)) - 100.0).abs() < 1e-12);
    }

    #[test]
    fn years_past_the_horizon_count_nothing() {
        let f = discount_factors(0.0, 3);
        assert_eq!(weight(&line(Kind::Benefit, 1.0, 2, u32::MAX, 0.0), &f), 1.0);
        assert_eq!(weight(&line(Kind::Benefit, 1.0, 7, 9, 0.0), &f), 0.0);
    }
}
