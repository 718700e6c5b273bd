//! The tornado: how far each line alone moves the plain reading, and the amount at which
//! it would tip the case.

use serde::{Deserialize, Serialize};

use crate::case::Case;
use crate::npv::weighted_sum;

/// One bar of the tornado chart.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[cfg_attr(feature = "openapi", schema(as = CaseSensitivity))]
pub struct Sensitivity {
    /// The line's index in the case's `lines`, as in the field path `lines[3]`.
    pub line: usize,
    pub title: String,
    /// The NPV with this line at its low value and every other line at its likely value.
    pub low_npv: f64,
    /// The NPV with this line at its high value and every other line at its likely value.
    pub high_npv: f64,
    /// The line's entered amount a year (before optimism bias) at which the plain reading
    /// is exactly 0, every other line at its likely value; the NPV is linear in it, so
    /// there is one such amount. None when the line cannot tip the case: its weight is 0,
    /// or only a negative amount would do (a benefit of a case already positive without
    /// it, a cost of a case already negative without it).
    pub switching_value: Option<f64>,
}

/// A bar for each line, the line that moves the NPV most (|high_npv − low_npv|) first, so
/// the chart reads as a tornado and a reader sees first which estimate to firm up; lines
/// that move it equally keep their order in the case.
///
/// Each NPV is summed in the lines' order with one line swapped, not got by adjusting the
/// plain reading, so a line at its likely value gives exactly the plain reading.
pub(crate) fn tornado(case: &Case, weights: &[f64]) -> Vec<Sensitivity> {
    let likely: Vec<f64> = case.lines.iter().map(|l| l.likely).collect();
    let with = |j: usize, value: f64| {
        let values = likely
            .iter()
            .enumerate()
            .map(|(i, &v)| if i == j { value } else { v });
        weighted_sum(values, weights)
    };
    let mut bars: Vec<Sensitivity> = case
        .lines
        .iter()
        .zip(weights)
        .enumerate()
        .map(|(j, (line, &weight))| Sensitivity {
            line: j,
            title: line.title.clone(),
            low_npv: with(j, line.low),
            high_npv: with(j, line.high),
            switching_value: switching_value(with(j, 0.0), weight),
        })
        .collect();
    // A stable sort keeps equal swings in the case's order.
    bars.sort_by(|a, b| swing(b).total_cmp(&swing(a)));
    bars
}

fn swing(bar: &Sensitivity) -> f64 {
    (bar.high_npv - bar.low_npv).abs()
}

/// The amount x with rest + x · weight = 0, if it is a finite amount of at least 0.
fn switching_value(rest: f64, weight: f64) -> Option<f64> {
    if weight == 0.0 {
        return None;
    }
    // + 0.0 turns a −0 (when the rest is exactly 0) into 0.
    let x = -rest / weight + 0.0;
    (x.is_finite() && x >= 0.0).then_some(x)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_switching_value_solves_the_linear_equation() {
        // A benefit weighing 2 against 300 of costs tips at 150.
        assert_eq!(switching_value(-300.0, 2.0), Some(150.0));
        // A cost weighing −3 against 300 of benefits tips at 100.
        assert_eq!(switching_value(300.0, -3.0), Some(100.0));
        // A benefit of a case already positive would have to be negative.
        assert_eq!(switching_value(300.0, 2.0), None);
        assert_eq!(switching_value(-300.0, 0.0), None);
        let zero = switching_value(0.0, 2.0);
        assert_eq!(zero.map(f64::is_sign_positive), Some(true));
    }
}
