//! A business case as the API receives it: its horizon, its discount rate and its lines of
//! three-point estimates, with the limits that keep every figure finite and every run
//! bounded in time.

use serde::{Deserialize, Serialize};

/// Draws when the caller names none: enough that the percentiles of a case of a few
/// dozen lines move by well under a percent of their spread from one seed to another.
pub const DEFAULT_DRAWS: u32 = 10_000;
/// A million draws of 200 lines is a few seconds; more would hold a web request too long.
pub const MAX_DRAWS: u32 = 1_000_000;
/// Fifty years covers a building's or a road's appraisal period; a longer horizon is
/// guesswork the discounting hides anyway.
pub const MAX_YEARS: u32 = 50;
/// More lines than a person can review belong in a spreadsheet summed into fewer lines.
pub const MAX_LINES: usize = 200;
/// The Green Book's highest optimism bias (for novel equipment and IT) is about 200 %.
pub const MAX_BIAS: f64 = 2.0;
/// 20 % a year is far above any public discount rate (the Danish one is 3.5 %); a higher
/// rate is a typing error (say 4 for 0.04).
pub const MAX_RATE: f64 = 0.20;
/// A title is a line's name in a table and a tornado chart, not its description.
pub const MAX_TITLE_CHARS: usize = 200;
/// A thousand trillion kroner a year, far above the Danish state's whole budget: the cap
/// keeps every sum finite (200 lines × 50 years × 3 × 10^15 is about 3 × 10^19), so no
/// answer holds an infinity that JSON cannot carry.
pub const MAX_AMOUNT: f64 = 1e15;

/// Whether a line takes from or adds to the net present value. The amounts are always
/// entered as non-negative numbers: the kind gives the sign, so "a cost of −5" (which
/// people mean as a saving, but which the bias would then treat the wrong way round)
/// cannot be entered.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[cfg_attr(feature = "openapi", schema(as = CaseLineKind))]
pub enum Kind {
    Cost,
    Benefit,
}

/// One estimate: an amount a year, for each year from `from_year` to `to_year` (both
/// included, counted from 0), uncertain between `low` and `high` with `likely` the most
/// likely (a triangular distribution).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[cfg_attr(feature = "openapi", schema(as = CaseLine))]
pub struct Line {
    pub kind: Kind,
    /// Free text to group lines by (e.g. "IT", "Personale"); may be empty.
    pub category: String,
    pub title: String,
    /// Kroner a year, at least 0.
    pub low: f64,
    pub likely: f64,
    pub high: f64,
    pub from_year: u32,
    pub to_year: u32,
    /// The Green Book's optimism bias as a fraction (0.5 = 50 %), 0 to [`MAX_BIAS`]: a
    /// cost counts `1 + bias` times its amount, a benefit its amount divided by `1 + bias`.
    /// 0 when left out, so a case without it reads as entered.
    #[serde(default)]
    pub optimism_bias: f64,
}

/// A whole business case: `years` years numbered 0 to `years − 1`, year 0 undiscounted.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[cfg_attr(feature = "openapi", schema(as = CaseToSimulate))]
pub struct Case {
    pub years: u32,
    /// A fraction a year (0.035 = 3.5 %), 0 to [`MAX_RATE`].
    pub discount_rate: f64,
    pub lines: Vec<Line>,
}

/// How many runs, and the seed of the random stream. The same case, draws and seed give
/// the same answer bit for bit on every machine, so a figure in a decision paper can be
/// reproduced. A JavaScript client must keep the seed below 2^53 to carry it exactly.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[cfg_attr(feature = "openapi", schema(as = CaseDraws))]
pub struct Draws {
    #[serde(default = "default_draws")]
    pub draws: u32,
    /// 0 when left out: a fixed default, so that an unchanged case gives an unchanged
    /// answer rather than a new one at every request.
    #[serde(default)]
    pub seed: u64,
}

fn default_draws() -> u32 {
    DEFAULT_DRAWS
}

impl Default for Draws {
    fn default() -> Self {
        Draws {
            draws: DEFAULT_DRAWS,
            seed: 0,
        }
    }
}

/// What is wrong, as a stable machine code; borgerbro maps each code to a Danish message.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[cfg_attr(feature = "openapi", schema(as = CaseProblemCode))]
pub enum Code {
    /// `draws` is 0 or above [`MAX_DRAWS`].
    DrawsOutOfRange,
    /// `years` is 0 or above [`MAX_YEARS`].
    YearsOutOfRange,
    /// `discount_rate` is outside 0 to [`MAX_RATE`].
    RateOutOfRange,
    /// A case of no lines has nothing to simulate; its NPV of 0 would look like an answer.
    NoLines,
    /// More than [`MAX_LINES`] lines.
    TooManyLines,
    /// The title is empty or only spaces.
    EmptyTitle,
    /// The title is longer than [`MAX_TITLE_CHARS`] characters.
    TitleTooLong,
    /// The category is longer than [`MAX_TITLE_CHARS`] characters.
    CategoryTooLong,
    /// A number is NaN or infinite.
    NotFinite,
    /// An amount is below 0; the line's kind gives its sign.
    NegativeAmount,
    /// An amount is above [`MAX_AMOUNT`].
    AmountTooLarge,
    /// `low` is above `likely`.
    LowAboveLikely,
    /// `likely` is above `high`.
    LikelyAboveHigh,
    /// `from_year` is after `to_year`, or `to_year` is not before the case's `years`.
    LineYearsOutOfRange,
    /// `optimism_bias` is outside 0 to [`MAX_BIAS`].
    BiasOutOfRange,
}

impl Code {
    /// The code as it appears in the API's JSON.
    pub const fn as_str(self) -> &'static str {
        match self {
            Code::DrawsOutOfRange => "draws_out_of_range",
            Code::YearsOutOfRange => "years_out_of_range",
            Code::RateOutOfRange => "rate_out_of_range",
            Code::NoLines => "no_lines",
            Code::TooManyLines => "too_many_lines",
            Code::EmptyTitle => "empty_title",
            Code::TitleTooLong => "title_too_long",
            Code::CategoryTooLong => "category_too_long",
            Code::NotFinite => "not_finite",
            Code::NegativeAmount => "negative_amount",
            Code::AmountTooLarge => "amount_too_large",
            Code::LowAboveLikely => "low_above_likely",
            Code::LikelyAboveHigh => "likely_above_high",
            Code::LineYearsOutOfRange => "line_years_out_of_range",
            Code::BiasOutOfRange => "bias_out_of_range",
        }
    }
}

/// One thing wrong with a request: the field's path in the API's JSON (`"years"`,
/// `"lines[3].low"`), so a form can show the message by the field, and what is wrong.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[cfg_attr(feature = "openapi", schema(as = CaseProblem))]
pub struct Problem {
    pub field: String,
    pub code: Code,
}

impl std::fmt::Display for Problem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.field, self.code.as_str())
    }
}

/// Every problem of a request, in the order of its fields, not just the first, so a form
/// can show them all at once. An empty list means [`crate::simulate`] will run it.
pub fn check(case: &Case, draws: &Draws) -> Vec<Problem> {
    let mut problems = Vec::new();
    let mut add = |field: &str, code| {
        problems.push(Problem {
            field: field.to_owned(),
            code,
        })
    };
    if case.years == 0 || case.years > MAX_YEARS {
        add("years", Code::YearsOutOfRange);
    }
    if !case.discount_rate.is_finite() {
        add("discount_rate", Code::NotFinite);
    } else if !(0.0..=MAX_RATE).contains(&case.discount_rate) {
        add("discount_rate", Code::RateOutOfRange);
    }
    if case.lines.is_empty() {
        add("lines", Code::NoLines);
    } else if case.lines.len() > MAX_LINES {
        add("lines", Code::TooManyLines);
    }
    for (i, line) in case.lines.iter().enumerate() {
        check_line(line, case.years, &mut |field, code| {
            add(&format!("lines[{i}].{field}"), code)
        });
    }
    if draws.draws == 0 || draws.draws > MAX_DRAWS {
        add("draws", Code::DrawsOutOfRange);
    }
    problems
}

fn check_line(line: &Line, years: u32, add: &mut impl FnMut(&str, Code)) {
    let title = line.title.trim();
    if title.is_empty() {
        add("title", Code::EmptyTitle);
    } else if title.chars().count() > MAX_TITLE_CHARS {
        add("title", Code::TitleTooLong);
    }
    if line.category.trim().chars().count() > MAX_TITLE_CHARS {
        add("category", Code::CategoryTooLong);
    }
    let amounts = [
        ("low", line.low),
        ("likely", line.likely),
        ("high", line.high),
    ];
    for (field, amount) in amounts {
        if !amount.is_finite() {
            add(field, Code::NotFinite);
        } else if amount < 0.0 {
            add(field, Code::NegativeAmount);
        } else if amount > MAX_AMOUNT {
            add(field, Code::AmountTooLarge);
        }
    }
    // NaN compares false, so a NaN amount is only `not_finite`, not also out of order.
    if line.low > line.likely {
        add("low", Code::LowAboveLikely);
    }
    if line.likely > line.high {
        add("likely", Code::LikelyAboveHigh);
    }
    if line.from_year > line.to_year {
        add("from_year", Code::LineYearsOutOfRange);
    }
    if line.to_year >= years {
        add("to_year", Code::LineYearsOutOfRange);
    }
    if !line.optimism_bias.is_finite() {
        add("optimism_bias", Code::NotFinite);
    } else if !(0.0..=MAX_BIAS).contains(&line.optimism_bias) {
        add("optimism_bias", Code::BiasOutOfRange);
    }
}
