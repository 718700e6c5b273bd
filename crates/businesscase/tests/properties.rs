//! Properties over random cases: common random numbers make a higher cost never look
//! better and a higher benefit never look worse under the same seed; a seed reproduces
//! its outcome bit for bit; every switching value tips the case.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use businesscase::{check, likely_npv, simulate, Case, Draws, Kind, Line, Outcome};
use proptest::prelude::*;

/// A line in whole kroner (so a raise is exact), with any kind, span of years and bias;
/// often a point estimate or with its mode at an end, the shapes a change of the draw
/// order or of the inverse CDF's special cases would show in.
fn line(years: u32) -> impl Strategy<Value = Line> {
    (
        any::<bool>(),
        prop::array::uniform3(0u32..1_000_000),
        0u8..5,
        0..years,
        0..years,
        0u32..=20,
    )
        .prop_map(|(cost, mut amounts, shape, y1, y2, bias)| {
            amounts.sort_unstable();
            match shape {
                0 => amounts = [amounts[1]; 3],
                1 => amounts[1] = amounts[0],
                2 => amounts[1] = amounts[2],
                _ => {}
            }
            let [low, likely, high] = amounts.map(f64::from);
            Line {
                kind: if cost { Kind::Cost } else { Kind::Benefit },
                category: String::new(),
                title: "Linje".into(),
                low,
                likely,
                high,
                from_year: y1.min(y2),
                to_year: y1.max(y2),
                optimism_bias: f64::from(bias) / 10.0,
            }
        })
}

fn case() -> impl Strategy<Value = Case> {
    (1u32..=12, 0u32..=20).prop_flat_map(|(years, rate)| {
        prop::collection::vec(line(years), 1..6).prop_map(move |lines| Case {
            years,
            discount_rate: f64::from(rate) / 100.0,
            lines,
        })
    })
}

fn draws() -> impl Strategy<Value = Draws> {
    (1u32..400, any::<u64>()).prop_map(|(draws, seed)| Draws { draws, seed })
}

/// Which amount of which line to raise, and by how much (whole kroner).
#[derive(Debug, Clone, Copy)]
struct Raise {
    line: usize,
    which: usize,
    by: f64,
}

fn raise() -> impl Strategy<Value = Raise> {
    (any::<prop::sample::Index>(), 0usize..4, 1u32..1_000_000).prop_map(|(i, which, by)| Raise {
        line: i.index(usize::MAX),
        which,
        by: f64::from(by),
    })
}

/// The case with one line's low, likely or high raised, or all three, keeping
/// low ≤ likely ≤ high; and that line's kind.
fn raised(case: &Case, r: Raise) -> (Case, Kind) {
    let mut case = case.clone();
    let n = case.lines.len();
    let l = &mut case.lines[r.line % n];
    match r.which {
        0 => l.low = (l.low + r.by).min(l.likely),
        1 => l.likely = (l.likely + r.by).min(l.high),
        2 => l.high += r.by,
        _ => {
            l.low += r.by;
            l.likely += r.by;
            l.high += r.by;
        }
    }
    (case.clone(), case.lines[r.line % n].kind)
}

fn figures(o: &Outcome) -> [f64; 4] {
    [o.npv.p10, o.npv.p50, o.npv.p90, o.npv.likely]
}

/// Every number of an outcome as bits, so that −0 and 0 differ and NaN equals NaN.
fn bits(o: &Outcome) -> Vec<u64> {
    let mut all: Vec<u64> = figures(o).iter().map(|x| x.to_bits()).collect();
    all.push(o.probability_negative.to_bits());
    all.extend([u64::from(o.draws), o.seed]);
    for s in &o.sensitivity {
        all.extend([s.line as u64, s.low_npv.to_bits(), s.high_npv.to_bits()]);
        all.push(s.switching_value.map_or(u64::MAX, f64::to_bits));
    }
    all
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn a_higher_cost_never_looks_better_and_a_higher_benefit_never_worse(
        case in case(),
        draws in draws(),
        r in raise(),
    ) {
        prop_assume!(check(&case, &draws).is_empty());
        let before = simulate(&case, &draws).unwrap();
        let (case2, kind) = raised(&case, r);
        let after = simulate(&case2, &draws).unwrap();
        for (b, a) in figures(&before).into_iter().zip(figures(&after)) {
            match kind {
                Kind::Cost => prop_assert!(a <= b, "{r:?}: {b} -> {a}"),
                Kind::Benefit => prop_assert!(a >= b, "{r:?}: {b} -> {a}"),
            }
        }
        let (pb, pa) = (before.probability_negative, after.probability_negative);
        match kind {
            Kind::Cost => prop_assert!(pa >= pb),
            Kind::Benefit => prop_assert!(pa <= pb),
        }
    }

    #[test]
    fn the_same_seed_gives_the_same_outcome_bit_for_bit(
        case in case(),
        draws in draws(),
    ) {
        let a = simulate(&case, &draws).unwrap();
        let b = simulate(&case.clone(), &draws).unwrap();
        prop_assert_eq!(bits(&a), bits(&b));
    }

    #[test]
    fn percentiles_are_ordered_and_within_the_extremes(
        case in case(),
        draws in draws(),
    ) {
        let o = simulate(&case, &draws).unwrap();
        let (lowest, highest) = extremes(&case);
        let slack = 1e-9 * lowest.abs().max(highest.abs()).max(1.0);
        prop_assert!(lowest - slack <= o.npv.p10);
        prop_assert!(o.npv.p10 <= o.npv.p50 && o.npv.p50 <= o.npv.p90);
        prop_assert!(o.npv.p90 <= highest + slack);
        prop_assert!((0.0..=1.0).contains(&o.probability_negative));
    }

    #[test]
    fn every_switching_value_tips_the_plain_reading_to_zero(case in case()) {
        let o = simulate(&case, &Draws { draws: 1, seed: 0 }).unwrap();
        for s in &o.sensitivity {
            let Some(x) = s.switching_value else { continue };
            prop_assert!(x >= 0.0);
            let mut tipped = case.clone();
            let l = &mut tipped.lines[s.line];
            (l.low, l.likely, l.high) = (x, x, x);
            // The rounding of a sum of terms up to a few times 10^7.
            let scale: f64 = case.lines.iter().map(|l| l.high).sum::<f64>().max(x) * 100.0;
            prop_assert!(likely_npv(&tipped).abs() <= 1e-12 * scale, "{}", likely_npv(&tipped));
        }
    }
}

/// The NPV with every cost at its high and every benefit at its low, and the other way
/// round.
fn extremes(case: &Case) -> (f64, f64) {
    let at = |worst: bool| {
        let mut c = case.clone();
        for l in &mut c.lines {
            let v = if (l.kind == Kind::Cost) == worst {
                l.high
            } else {
                l.low
            };
            l.likely = v;
        }
        likely_npv(&c)
    };
    (at(true), at(false))
}
