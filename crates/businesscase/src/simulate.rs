//! The Monte Carlo simulation: many runs of the case, each with every line at a value
//! drawn from its three-point estimate, and the spread of the NPVs they give.

use rand_chacha::ChaCha8Rng;
use rand_core::{RngCore, SeedableRng};
use serde::{Deserialize, Serialize};

use crate::case::{check, Case, Draws, Problem};
use crate::npv::{likely_npv, weights};
use crate::percentile::nearest_rank;
use crate::sensitivity::{tornado, Sensitivity};
use crate::triangular::{uniform, Triangle};

/// The spread of the net present value over the runs, in kroner.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[cfg_attr(feature = "openapi", schema(as = CaseNpv))]
pub struct Npv {
    /// Nine runs in ten give at least this (the nearest-rank 10th percentile).
    pub p10: f64,
    /// The median run.
    pub p50: f64,
    /// Nine runs in ten give at most this.
    pub p90: f64,
    /// The plain reading, every line at its likely value ([`crate::likely_npv`]); it is
    /// not the median: a line skewed towards its high value pulls the runs away from it.
    pub likely: f64,
}

/// What a simulation found, with the draws and seed that reproduce it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[cfg_attr(feature = "openapi", schema(as = CaseOutcome))]
pub struct Outcome {
    pub npv: Npv,
    /// The share of runs (0 to 1) with an NPV below 0: the chance, as far as the
    /// estimates go, that the case loses money.
    pub probability_negative: f64,
    pub draws: u32,
    pub seed: u64,
    /// The tornado, the line that moves the NPV most first.
    pub sensitivity: Vec<Sensitivity>,
}

/// Checks the request and runs it; every problem when it does not pass [`check`].
///
/// A run draws one value for each line and holds it for all of the line's years: what is
/// uncertain is the estimate, not each year's luck. Lines are independent. A run's NPV is
/// Σ value × weight with the weights worked out once (see [`crate::likely_npv`]), so the
/// cost of a run is one random number, one or two square roots and one multiply-add per
/// line.
///
/// The random numbers come from ChaCha8 keyed with the seed (its 8 bytes little-endian,
/// then 24 zero bytes; stream 0), one u64 per line per run, run by run and line by line
/// in the case's order, whatever the lines' amounts. So the same seed gives each line the
/// same u in the same run however its estimate changes, and since a line's value never
/// falls when its low, likely or high rises, raising a cost never raises a percentile
/// and raising a benefit never lowers one (common random numbers): a comparison of two
/// versions of a case shows the effect of the change, not of new dice.
pub fn simulate(case: &Case, draws: &Draws) -> Result<Outcome, Vec<Problem>> {
    let problems = check(case, draws);
    if !problems.is_empty() {
        return Err(problems);
    }
    let weights = weights(case);
    let mut npvs = runs(case, &weights, draws);
    let negative = npvs.iter().filter(|&&npv| npv < 0.0).count();
    npvs.sort_unstable_by(f64::total_cmp);
    Ok(Outcome {
        npv: Npv {
            p10: nearest_rank(&npvs, 10),
            p50: nearest_rank(&npvs, 50),
            p90: nearest_rank(&npvs, 90),
            likely: likely_npv(case),
        },
        probability_negative: negative as f64 / npvs.len() as f64,
        draws: draws.draws,
        seed: draws.seed,
        sensitivity: tornado(case, &weights),
    })
}

/// The NPV of each run, in the order drawn.
pub(crate) fn runs(case: &Case, weights: &[f64], draws: &Draws) -> Vec<f64> {
    let lines: Vec<(Triangle, f64)> = case
        .lines
        .iter()
        .zip(weights)
        .map(|(l, &w)| (Triangle::new(l.low, l.likely, l.high), w))
        .collect();
    let mut rng = stream(draws.seed);
    (0..draws.draws)
        .map(|_| {
            lines.iter().fold(0.0, |npv, (triangle, weight)| {
                npv + triangle.at(uniform(rng.next_u64())) * weight
            })
        })
        .collect()
}

/// ChaCha8 keyed with the seed alone, rather than `seed_from_u64`, whose expansion of the
/// seed is another library's choice.
fn stream(seed: u64) -> ChaCha8Rng {
    let mut key = [0u8; 32];
    key[..8].copy_from_slice(&seed.to_le_bytes());
    ChaCha8Rng::from_seed(key)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::case::{Kind, Line};

    fn one_line(low: f64, likely: f64, high: f64) -> Case {
        Case {
            years: 1,
            discount_rate: 0.04,
            lines: vec![Line {
                kind: Kind::Benefit,
                category: String::new(),
                title: "Gevinst".into(),
                low,
                likely,
                high,
                from_year: 0,
                to_year: 0,
                optimism_bias: 0.0,
            }],
        }
    }

    /// A benefit of 100, 200, 600 in year 0 (weight 1), 100,000 draws: the mean and the
    /// percentiles within five standard errors of the triangular closed forms. The seed
    /// is fixed, so the test is deterministic; five standard errors leave room for any
    /// seed a change to the stream might bring.
    #[test]
    fn a_triangular_line_matches_its_closed_forms() {
        let (a, c, b) = (100.0, 200.0, 600.0);
        let case = one_line(a, c, b);
        let draws = Draws {
            draws: 100_000,
            seed: 19,
        };
        let n = f64::from(draws.draws);
        let npvs = runs(&case, &weights(&case), &draws);

        let mean = npvs.iter().sum::<f64>() / n;
        let variance = (a * a + b * b + c * c - a * b - a * c - b * c) / 18.0;
        let se_mean = (variance / n).sqrt();
        assert!(
            (mean - (a + b + c) / 3.0).abs() < 5.0 * se_mean,
            "mean {mean}"
        );

        let outcome = simulate(&case, &draws);
        let Ok(outcome) = outcome else {
            unreachable!("{outcome:?}")
        };
        let mode_at = (c - a) / (b - a);
        let quantile = |p: f64| {
            if p < mode_at {
                a + (p * (b - a) * (c - a)).sqrt()
            } else {
                b - ((1.0 - p) * (b - a) * (b - c)).sqrt()
            }
        };
        let density = |x: f64| {
            if x < c {
                2.0 * (x - a) / ((b - a) * (c - a))
            } else {
                2.0 * (b - x) / ((b - a) * (b - c))
            }
        };
        for (p, got) in [
            (0.1, outcome.npv.p10),
            (0.5, outcome.npv.p50),
            (0.9, outcome.npv.p90),
        ] {
            let want = quantile(p);
            let se = (p * (1.0 - p) / n).sqrt() / density(want);
            assert!(
                (got - want).abs() < 5.0 * se,
                "p{p}: {got} vs {want} ± {se}"
            );
        }
        assert_eq!(outcome.npv.likely, c);
    }

    /// The key is the seed's bytes: pinning the first numbers catches a change in how
    /// the stream is made, which would change every published figure.
    #[test]
    fn the_stream_is_chacha8_keyed_with_the_seed() {
        let mut a = stream(7);
        let mut b = stream(7);
        let first: Vec<u64> = (0..4).map(|_| a.next_u64()).collect();
        assert_eq!(first, (0..4).map(|_| b.next_u64()).collect::<Vec<_>>());
        let mut key = [0u8; 32];
        key[0] = 7;
        let mut c = ChaCha8Rng::from_seed(key);
        assert_eq!(first, (0..4).map(|_| c.next_u64()).collect::<Vec<_>>());
        assert_ne!(stream(8).next_u64(), first[0]);
    }
}
