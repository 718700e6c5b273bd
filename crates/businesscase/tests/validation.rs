//! Every problem code at its field path, and every problem of a request at once.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use businesscase::{check, simulate, Case, Code, Draws, Kind, Line, MAX_DRAWS, MAX_LINES};

fn line() -> Line {
    Line {
        kind: Kind::Cost,
        category: "IT".into(),
        title: "Licenser".into(),
        low: 80.0,
        likely: 100.0,
        high: 140.0,
        from_year: 0,
        to_year: 2,
        optimism_bias: 0.2,
    }
}

fn case() -> Case {
    Case {
        years: 3,
        discount_rate: 0.035,
        lines: vec![line(), line()],
    }
}

/// The (field, code) pairs of a request.
fn problems(case: &Case, draws: &Draws) -> Vec<(String, &'static str)> {
    check(case, draws)
        .into_iter()
        .map(|p| (p.field, p.code.as_str()))
        .collect()
}

/// The problems of the case with its second line changed.
fn second_line(change: impl FnOnce(&mut Line)) -> Vec<(String, &'static str)> {
    let mut c = case();
    change(&mut c.lines[1]);
    problems(&c, &Draws::default())
}

fn one(field: &str, code: &'static str) -> Vec<(String, &'static str)> {
    vec![(field.to_owned(), code)]
}

#[test]
fn a_sound_case_has_no_problems() {
    assert_eq!(problems(&case(), &Draws::default()), vec![]);
    assert!(simulate(&case(), &Draws::default()).is_ok());
}

#[test]
fn draws() {
    for n in [0, MAX_DRAWS + 1] {
        let d = Draws { draws: n, seed: 1 };
        assert_eq!(problems(&case(), &d), one("draws", "draws_out_of_range"));
    }
    let most = Draws {
        draws: MAX_DRAWS,
        seed: 1,
    };
    assert_eq!(problems(&case(), &most), vec![]);
}

#[test]
fn years() {
    for years in [0, 51] {
        let mut c = case();
        c.years = years;
        c.lines.clear();
        c.lines.push(Line {
            to_year: 0,
            ..line()
        });
        let mut want = one("years", "years_out_of_range");
        if years == 0 {
            // Year 0 is then past the horizon too.
            want.push(("lines[0].to_year".into(), "line_years_out_of_range"));
        }
        assert_eq!(problems(&c, &Draws::default()), want);
    }
}

#[test]
fn discount_rate() {
    for (rate, code) in [
        (-0.01, "rate_out_of_range"),
        (0.2001, "rate_out_of_range"),
        (4.0, "rate_out_of_range"),
        (f64::NAN, "not_finite"),
        (f64::INFINITY, "not_finite"),
    ] {
        let mut c = case();
        c.discount_rate = rate;
        assert_eq!(
            problems(&c, &Draws::default()),
            one("discount_rate", code),
            "{rate}"
        );
    }
    for rate in [0.0, 0.2] {
        let mut c = case();
        c.discount_rate = rate;
        assert_eq!(problems(&c, &Draws::default()), vec![]);
    }
}

#[test]
fn number_of_lines() {
    let mut c = case();
    c.lines.clear();
    assert_eq!(problems(&c, &Draws::default()), one("lines", "no_lines"));
    c.lines = vec![line(); MAX_LINES];
    assert_eq!(problems(&c, &Draws::default()), vec![]);
    c.lines.push(line());
    assert_eq!(
        problems(&c, &Draws::default()),
        one("lines", "too_many_lines")
    );
}

#[test]
fn titles_and_categories() {
    assert_eq!(
        second_line(|l| l.title = " \t ".into()),
        one("lines[1].title", "empty_title")
    );
    assert_eq!(
        second_line(|l| l.title = "æ".repeat(201)),
        one("lines[1].title", "title_too_long")
    );
    // Characters, not bytes: 200 of "æ" are 400 bytes and allowed.
    assert_eq!(second_line(|l| l.title = "æ".repeat(200)), vec![]);
    assert_eq!(
        second_line(|l| l.category = "x".repeat(201)),
        one("lines[1].category", "category_too_long")
    );
    assert_eq!(second_line(|l| l.category = String::new()), vec![]);
}

#[test]
fn amounts() {
    assert_eq!(
        second_line(|l| l.low = f64::NAN),
        one("lines[1].low", "not_finite")
    );
    assert_eq!(
        second_line(|l| l.high = f64::INFINITY),
        one("lines[1].high", "not_finite")
    );
    assert_eq!(
        second_line(|l| l.low = -1.0),
        one("lines[1].low", "negative_amount")
    );
    assert_eq!(
        second_line(|l| {
            l.low = 0.0;
            l.likely = 0.0;
            l.high = 0.0;
        }),
        vec![]
    );
    assert_eq!(
        second_line(|l| l.high = 2e15),
        one("lines[1].high", "amount_too_large")
    );
}

#[test]
fn order_of_the_three_points() {
    assert_eq!(
        second_line(|l| l.low = 101.0),
        one("lines[1].low", "low_above_likely")
    );
    assert_eq!(
        second_line(|l| l.high = 99.0),
        one("lines[1].likely", "likely_above_high")
    );
    // low = likely = high is a point estimate, not a problem.
    assert_eq!(
        second_line(|l| {
            l.low = 100.0;
            l.high = 100.0;
        }),
        vec![]
    );
}

#[test]
fn line_years() {
    assert_eq!(
        second_line(|l| {
            l.from_year = 2;
            l.to_year = 1;
        }),
        one("lines[1].from_year", "line_years_out_of_range")
    );
    assert_eq!(
        second_line(|l| l.to_year = 3),
        one("lines[1].to_year", "line_years_out_of_range")
    );
    assert_eq!(
        second_line(|l| {
            l.from_year = 2;
            l.to_year = 2;
        }),
        vec![]
    );
}

#[test]
fn optimism_bias() {
    for bias in [-0.1, 2.01] {
        assert_eq!(
            second_line(|l| l.optimism_bias = bias),
            one("lines[1].optimism_bias", "bias_out_of_range")
        );
    }
    assert_eq!(
        second_line(|l| l.optimism_bias = f64::NAN),
        one("lines[1].optimism_bias", "not_finite")
    );
    assert_eq!(second_line(|l| l.optimism_bias = 2.0), vec![]);
}

#[test]
fn every_problem_is_reported_at_once() {
    let mut c = case();
    c.years = 0;
    c.discount_rate = 0.5;
    c.lines[0].title = String::new();
    c.lines[0].low = -5.0;
    c.lines[0].high = 90.0;
    // A NaN is only not finite; no order is claimed for it.
    c.lines[1].likely = f64::NAN;
    c.lines[1].from_year = 9;
    c.lines[1].optimism_bias = 3.0;
    let draws = Draws { draws: 0, seed: 0 };
    let want: Vec<(String, &str)> = [
        ("years", "years_out_of_range"),
        ("discount_rate", "rate_out_of_range"),
        ("lines[0].title", "empty_title"),
        ("lines[0].low", "negative_amount"),
        ("lines[0].likely", "likely_above_high"),
        ("lines[0].to_year", "line_years_out_of_range"),
        ("lines[1].likely", "not_finite"),
        ("lines[1].from_year", "line_years_out_of_range"),
        ("lines[1].to_year", "line_years_out_of_range"),
        ("lines[1].optimism_bias", "bias_out_of_range"),
        ("draws", "draws_out_of_range"),
    ]
    .into_iter()
    .map(|(f, c)| (f.to_owned(), c))
    .collect();
    assert_eq!(problems(&c, &draws), want);
    // simulate refuses with the same list.
    let refused = simulate(&c, &draws).unwrap_err();
    assert_eq!(refused, check(&c, &draws));
}

#[test]
fn codes_serialize_as_their_strings() {
    let p = businesscase::Problem {
        field: "lines[3].low".into(),
        code: Code::LowAboveLikely,
    };
    let json = serde_json::to_value(&p).unwrap();
    assert_eq!(
        json,
        serde_json::json!({"field": "lines[3].low", "code": "low_above_likely"})
    );
    assert_eq!(p.to_string(), "lines[3].low: low_above_likely");
    for code in [
        Code::DrawsOutOfRange,
        Code::YearsOutOfRange,
        Code::RateOutOfRange,
        Code::NoLines,
        Code::TooManyLines,
        Code::EmptyTitle,
        Code::TitleTooLong,
        Code::CategoryTooLong,
        Code::NotFinite,
        Code::NegativeAmount,
        Code::AmountTooLarge,
        Code::LowAboveLikely,
        Code::LikelyAboveHigh,
        Code::LineYearsOutOfRange,
        Code::BiasOutOfRange,
    ] {
        assert_eq!(serde_json::to_value(code).unwrap(), code.as_str());
    }
}
