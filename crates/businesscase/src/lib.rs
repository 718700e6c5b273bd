//! The calculator of a public business case: costs and benefits as three-point estimates
//! (low, likely, high kroner a year over a span of years), discounted to a net present
//! value, with the Green Book's optimism bias, a seeded Monte Carlo simulation of the
//! spread, and a tornado of the lines that move the result most with the amount at which
//! each would tip it. Pure: no I/O, no clock, no global random state; what to store and
//! show is the caller's (`borgerbro`'s).
//!
//! The same request gives the same answer bit for bit on every machine: the random
//! stream is ChaCha8 keyed with the seed, the uniforms are made from its raw bits, and
//! the discounting uses only IEEE division, not `powf`.
//!
//! ```
//! use businesscase::{simulate, Case, Draws, Kind, Line};
//! let line = |kind, title: &str, low, likely, high| Line {
//!     kind, category: String::new(), title: title.into(), low, likely, high,
//!     from_year: 0, to_year: 2, optimism_bias: 0.0,
//! };
//! let case = Case {
//!     years: 3,
//!     discount_rate: 0.035,
//!     lines: vec![
//!         line(Kind::Cost, "Drift", 90.0, 100.0, 150.0),
//!         line(Kind::Benefit, "Sparet tid", 80.0, 120.0, 160.0),
//!     ],
//! };
//! let outcome = simulate(&case, &Draws::default()).unwrap();
//! assert!(outcome.npv.p10 < outcome.npv.p50 && outcome.npv.p50 < outcome.npv.p90);
//! assert_eq!(outcome.sensitivity[0].title, "Sparet tid");
//! ```
#![cfg_attr(test, allow(clippy::unwrap_used, clippy::expect_used, clippy::panic))]

mod case;
mod npv;
mod percentile;
mod sensitivity;
mod simulate;
mod triangular;

pub use case::{
    check, Case, Code, Draws, Kind, Line, Problem, DEFAULT_DRAWS, MAX_AMOUNT, MAX_BIAS, MAX_DRAWS,
    MAX_LINES, MAX_RATE, MAX_TITLE_CHARS, MAX_YEARS,
};
pub use npv::likely_npv;
pub use sensitivity::Sensitivity;
pub use simulate::{simulate, Npv, Outcome};
