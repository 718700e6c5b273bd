//! Times the simulation at its design load, 100,000 draws of 50 lines over 10 years
//! (the target is under 200 ms on one core in release), against the floor: one pass that
//! only sums the same 5,000,000 value × weight products, already worked out, into
//! 100,000 NPVs. The ratio says what drawing, the inverse CDF, sorting and the tornado
//! cost on top of the bare arithmetic.
//!
//! `cargo bench -p businesscase`; plain `std::time::Instant`, the median of 5 runs.

use std::hint::black_box;
use std::time::{Duration, Instant};

use businesscase::{simulate, Case, Draws, Kind, Line};

const DRAWS: u32 = 100_000;
const LINES: u32 = 50;
const YEARS: u32 = 10;
const REPEATS: usize = 5;

fn case() -> Case {
    let lines = (0..LINES)
        .map(|i| {
            let likely = f64::from(100 + 37 * i);
            Line {
                kind: if i % 2 == 0 {
                    Kind::Cost
                } else {
                    Kind::Benefit
                },
                category: String::new(),
                title: format!("Linje {i}"),
                low: likely * 0.8,
                likely,
                high: likely * (1.2 + f64::from(i % 5) * 0.3),
                from_year: i % 3,
                to_year: YEARS - 1,
                optimism_bias: f64::from(i % 4) * 0.1,
            }
        })
        .collect();
    Case {
        years: YEARS,
        discount_rate: 0.035,
        lines,
    }
}

fn median(mut times: Vec<Duration>) -> Duration {
    times.sort_unstable();
    times[times.len() / 2]
}

fn time<T>(mut f: impl FnMut() -> T) -> Duration {
    let times = (0..REPEATS)
        .map(|_| {
            let start = Instant::now();
            black_box(f());
            start.elapsed()
        })
        .collect();
    median(times)
}

fn main() {
    let case = case();
    let draws = Draws {
        draws: DRAWS,
        seed: 1,
    };
    if let Err(problems) = simulate(&case, &draws) {
        eprintln!("the bench's case does not pass the check: {problems:?}");
        std::process::exit(1);
    }
    let simulation = time(|| simulate(black_box(&case), black_box(&draws)));

    // The floor: the same number of products, summed line by line into each run's NPV.
    let products: Vec<f64> = (0..DRAWS * LINES)
        .map(|k| f64::from(k % 1000) * 0.5 - 200.0)
        .collect();
    let floor = time(|| {
        black_box(&products)
            .chunks_exact(LINES as usize)
            .map(|run| run.iter().fold(0.0, |npv, p| npv + p))
            .collect::<Vec<f64>>()
    });

    let ms = |d: Duration| d.as_secs_f64() * 1e3;
    println!(
        "simulate: {DRAWS} draws x {LINES} lines x {YEARS} years: {:.1} ms (median of {REPEATS})",
        ms(simulation)
    );
    println!(
        "floor: one pass summing {} precomputed products: {:.2} ms (median of {REPEATS})",
        DRAWS * LINES,
        ms(floor)
    );
    println!(
        "ratio: {:.1}x",
        simulation.as_secs_f64() / floor.as_secs_f64()
    );
}
