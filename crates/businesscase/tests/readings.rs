//! The figures of small cases worked out by hand: the discounted sum, optimism bias, the
//! tornado, switching values, the chance of a loss, and the JSON of a request.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use businesscase::{likely_npv, simulate, Case, Draws, Kind, Line, Outcome};

fn line(kind: Kind, title: &str, low: f64, likely: f64, high: f64) -> Line {
    Line {
        kind,
        category: String::new(),
        title: title.into(),
        low,
        likely,
        high,
        from_year: 0,
        to_year: 0,
        optimism_bias: 0.0,
    }
}

fn years(line: Line, from_year: u32, to_year: u32) -> Line {
    Line {
        from_year,
        to_year,
        ..line
    }
}

fn run(case: &Case, draws: u32) -> Outcome {
    simulate(case, &Draws { draws, seed: 42 }).unwrap()
}

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() <= 1e-9 * a.abs().max(b.abs()).max(1.0)
}

#[test]
fn point_estimates_give_the_exact_discounted_sum() {
    // 3 years at 4 %: a cost of 1000 in year 0, a benefit of 650 in years 1 and 2, a cost
    // of 50 a year in all three with 20 % optimism bias.
    let case = Case {
        years: 3,
        discount_rate: 0.04,
        lines: vec![
            line(Kind::Cost, "Indkøb", 1000.0, 1000.0, 1000.0),
            years(line(Kind::Benefit, "Gevinst", 650.0, 650.0, 650.0), 1, 2),
            Line {
                optimism_bias: 0.2,
                ..years(line(Kind::Cost, "Drift", 50.0, 50.0, 50.0), 0, 2)
            },
        ],
    };
    let by_hand: f64 = -1000.0 + 650.0 / 1.04 + 650.0 / (1.04 * 1.04)
        - 60.0 * (1.0 + 1.0 / 1.04 + 1.0 / (1.04 * 1.04));
    // 625 + 600.96 − 1000 − 173.17 = 52.80 kroner.
    assert!((by_hand - 52.796).abs() < 1e-3, "{by_hand}");
    let outcome = run(&case, 1000);
    let npv = &outcome.npv;
    assert!(close(npv.likely, by_hand), "{} vs {by_hand}", npv.likely);
    // Every run is the same sum, to the last bit.
    assert_eq!(npv.p10.to_bits(), npv.likely.to_bits());
    assert_eq!(npv.p50.to_bits(), npv.likely.to_bits());
    assert_eq!(npv.p90.to_bits(), npv.likely.to_bits());
    assert_eq!(outcome.probability_negative, 0.0);
    assert_eq!(likely_npv(&case).to_bits(), npv.likely.to_bits());
}

#[test]
fn optimism_bias_counts_a_cost_up_and_a_benefit_down() {
    let cost = Case {
        years: 1,
        discount_rate: 0.0,
        lines: vec![Line {
            optimism_bias: 0.5,
            ..line(Kind::Cost, "Anlæg", 100.0, 100.0, 100.0)
        }],
    };
    assert!(close(likely_npv(&cost), -150.0));
    let benefit = Case {
        years: 1,
        discount_rate: 0.0,
        lines: vec![Line {
            optimism_bias: 0.5,
            ..line(Kind::Benefit, "Gevinst", 150.0, 150.0, 150.0)
        }],
    };
    assert!(close(likely_npv(&benefit), 100.0));
    assert!(close(run(&benefit, 10).npv.p50, 100.0));
}

fn three_lines() -> Case {
    Case {
        years: 4,
        discount_rate: 0.035,
        lines: vec![
            years(line(Kind::Cost, "Anlæg", 900.0, 1000.0, 1400.0), 0, 0),
            years(line(Kind::Cost, "Drift", 40.0, 50.0, 60.0), 1, 3),
            years(line(Kind::Benefit, "Sparet tid", 200.0, 450.0, 600.0), 1, 3),
        ],
    }
}

#[test]
fn the_tornado_puts_the_widest_swing_first() {
    let case = three_lines();
    let outcome = run(&case, 100);
    let titles: Vec<&str> = outcome
        .sensitivity
        .iter()
        .map(|s| s.title.as_str())
        .collect();
    // Swings: Sparet tid 400 × 2.80, Anlæg 500, Drift 20 × 2.80.
    assert_eq!(titles, ["Sparet tid", "Anlæg", "Drift"]);
    assert_eq!(
        outcome
            .sensitivity
            .iter()
            .map(|s| s.line)
            .collect::<Vec<_>>(),
        [2, 0, 1]
    );
    let d = 1.0 / 1.035 + 1.0 / 1.035_f64.powi(2) + 1.0 / 1.035_f64.powi(3);
    let likely = outcome.npv.likely;
    assert!(close(likely, -1000.0 - 50.0 * d + 450.0 * d));
    let anlaeg = &outcome.sensitivity[1];
    assert!(close(anlaeg.low_npv, likely + 100.0));
    assert!(close(anlaeg.high_npv, likely - 400.0));
    let tid = &outcome.sensitivity[0];
    assert!(close(tid.low_npv, likely - 250.0 * d));
    assert!(close(tid.high_npv, likely + 150.0 * d));
}

#[test]
fn at_its_switching_value_a_line_tips_the_case_to_zero() {
    let case = three_lines();
    let outcome = run(&case, 10);
    assert!(outcome.npv.likely > 0.0);
    for s in &outcome.sensitivity {
        let Some(x) = s.switching_value else {
            continue;
        };
        let mut tipped = case.clone();
        let l = &mut tipped.lines[s.line];
        (l.low, l.likely, l.high) = (x, x, x);
        assert!(
            likely_npv(&tipped).abs() < 1e-9 * 1000.0,
            "{}: {x} gives {}",
            s.title,
            likely_npv(&tipped)
        );
    }
    // The benefit tips the case when it falls to (1000 + 50 d) / d a year, a cost when
    // it rises; so each of the three has one.
    assert!(outcome
        .sensitivity
        .iter()
        .all(|s| s.switching_value.is_some()));
}

#[test]
fn no_switching_value_when_only_a_negative_amount_would_tip_it() {
    // Two benefits: the case is positive whatever one of them is.
    let case = Case {
        years: 1,
        discount_rate: 0.0,
        lines: vec![
            line(Kind::Benefit, "A", 10.0, 20.0, 30.0),
            line(Kind::Benefit, "B", 10.0, 20.0, 30.0),
        ],
    };
    let outcome = run(&case, 10);
    assert!(outcome
        .sensitivity
        .iter()
        .all(|s| s.switching_value.is_none()));
    // A cost alone against nothing tips at 0.
    let case = Case {
        years: 1,
        discount_rate: 0.0,
        lines: vec![line(Kind::Cost, "A", 10.0, 20.0, 30.0)],
    };
    assert_eq!(run(&case, 10).sensitivity[0].switching_value, Some(0.0));
}

#[test]
fn the_chance_of_a_loss_matches_the_closed_form() {
    // A benefit 0, 0, 100 (F(x) = 1 − (1 − x/100)²) against a fixed cost of 19: a loss
    // when the benefit is below 19, with chance 1 − 0.81² = 0.3439.
    let case = Case {
        years: 1,
        discount_rate: 0.0,
        lines: vec![
            line(Kind::Benefit, "Gevinst", 0.0, 0.0, 100.0),
            line(Kind::Cost, "Pris", 19.0, 19.0, 19.0),
        ],
    };
    let outcome = run(&case, 100_000);
    let se = (0.3439f64 * (1.0 - 0.3439) / 100_000.0).sqrt();
    assert!(
        (outcome.probability_negative - 0.3439).abs() < 5.0 * se,
        "{}",
        outcome.probability_negative
    );
}

#[test]
fn a_different_seed_draws_differently() {
    let case = three_lines();
    let a = simulate(
        &case,
        &Draws {
            draws: 1000,
            seed: 1,
        },
    )
    .unwrap();
    let b = simulate(
        &case,
        &Draws {
            draws: 1000,
            seed: 2,
        },
    )
    .unwrap();
    assert_ne!(a.npv.p50, b.npv.p50);
    assert_eq!(a.npv.likely, b.npv.likely);
    assert_eq!(a.sensitivity, b.sensitivity);
    assert_eq!((b.draws, b.seed), (1000, 2));
}

/// Pins the figures of one request, so a change in the stream, the uniforms, the inverse
/// CDF or the percentile (any of which would change a published figure) fails here.
#[test]
fn a_pinned_request_gives_pinned_figures() {
    let outcome = simulate(
        &three_lines(),
        &Draws {
            draws: 1000,
            seed: 7,
        },
    )
    .unwrap();
    let npv = &outcome.npv;
    let got = [npv.p10, npv.p50, npv.p90, outcome.probability_negative];
    assert_eq!(got.map(f64::to_bits), PINNED.map(f64::to_bits), "{got:?}");
}

const PINNED: [f64; 4] = [
    -376.6817382677507,
    -34.23971241259551,
    262.58574769955317,
    0.55,
];

#[test]
fn a_request_reads_from_json() {
    let json = r#"{
        "years": 2, "discount_rate": 0.035,
        "lines": [{"kind": "benefit", "category": "", "title": "Gevinst",
                   "low": 1, "likely": 2, "high": 3, "from_year": 0, "to_year": 1}]
    }"#;
    let case: Case = serde_json::from_str(json).unwrap();
    assert_eq!(case.lines[0].kind, Kind::Benefit);
    assert_eq!(case.lines[0].optimism_bias, 0.0);
    let draws: Draws = serde_json::from_str("{}").unwrap();
    assert_eq!(draws, Draws::default());
    assert_eq!(draws.draws, businesscase::DEFAULT_DRAWS);
    let out = serde_json::to_value(run(&case, 10)).unwrap();
    for key in [
        "npv",
        "probability_negative",
        "draws",
        "seed",
        "sensitivity",
    ] {
        assert!(out.get(key).is_some(), "{key}");
    }
    for key in ["p10", "p50", "p90", "likely"] {
        assert!(out["npv"].get(key).is_some(), "{key}");
    }
    assert_eq!(serde_json::to_value(Kind::Cost).unwrap(), "cost");
}
