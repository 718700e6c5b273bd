//! A project's business case as its owner writes it: the years and discount rate, the
//! value of an hour of anyone's time, three-point lines of costs and benefits (each with
//! its assumption and source), the values that are not money, and the unwanted effects
//! with their mitigation. Pure: what a case is and the checks before it is kept; the
//! numbers come from the `businesscase` crate.

use serde::{Deserialize, Serialize};

use crate::forms::{control_problem, FormErrors, Lines};
pub use businesscase::Kind;

/// The discount rate a new case starts at: the Danish Ministry of Finance's social
/// discount rate for the first 35 years (DESIGN.md, "Business cases").
pub const DEFAULT_DISCOUNT_RATE: f64 = 0.035;
/// Ten years, as the state's business case model counts an IT project by default.
pub const DEFAULT_YEARS: u32 = 10;
/// The value of an hour of staff's, helpers' and citizens' time a new case starts at
/// (kr.); the authority sets its own.
pub const DEFAULT_HOURLY_VALUE: f64 = 400.0;
/// A value's title is held to a line's, which the calculator checks.
pub const MAX_TITLE: usize = businesscase::MAX_TITLE_CHARS;
/// An assumption, a source, a reason, a description.
pub const MAX_TEXT: usize = 2_000;
/// Lines on one page's form: half of what the calculator takes, so the page stays one a
/// person can work through.
pub const MAX_LINES: usize = businesscase::MAX_LINES / 2;
/// Values that are not money, and unwanted effects.
pub const MAX_WORDS_ITEMS: usize = 30;

/// What a line counts. A category decides the line's unit (kroner or hours) and the
/// optimism bias it starts at.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Category {
    /// Building the solution: development, licences, projects.
    Development,
    Equipment,
    /// Running it: operation, maintenance, support contracts.
    Operation,
    /// Keeping the analog way open: paper, post, the front desk's own channel.
    AnalogAlternative,
    /// Time at the front desk and on the phone helping citizens, in hours.
    FrontDeskTime,
    /// Time helpers (family, volunteers) spend, in hours.
    HelpersTime,
    /// Citizens' own time, in hours: spent (a cost) or saved (a benefit).
    CitizensTime,
    /// Climate: emissions priced in kroner.
    Climate,
    /// Meeting an unwanted effect.
    Mitigation,
    /// Money saved or earned.
    Savings,
    Other,
}

impl Category {
    pub const ALL: [Category; 11] = [
        Category::Development,
        Category::Equipment,
        Category::Operation,
        Category::AnalogAlternative,
        Category::FrontDeskTime,
        Category::HelpersTime,
        Category::CitizensTime,
        Category::Climate,
        Category::Mitigation,
        Category::Savings,
        Category::Other,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Category::Development => "development",
            Category::Equipment => "equipment",
            Category::Operation => "operation",
            Category::AnalogAlternative => "analog_alternative",
            Category::FrontDeskTime => "front_desk_time",
            Category::HelpersTime => "helpers_time",
            Category::CitizensTime => "citizens_time",
            Category::Climate => "climate",
            Category::Mitigation => "mitigation",
            Category::Savings => "savings",
            Category::Other => "other",
        }
    }

    pub fn parse(text: &str) -> Option<Self> {
        Category::ALL.into_iter().find(|c| c.as_str() == text)
    }

    pub fn label_key(self) -> String {
        format!("case-category-{}", self.as_str().replace('_', "-"))
    }

    /// Whether the line's amounts are hours, turned into kroner by the hourly value.
    pub fn in_hours(self) -> bool {
        matches!(
            self,
            Category::FrontDeskTime | Category::HelpersTime | Category::CitizensTime
        )
    }

    /// The optimism bias a cost of this category starts at: the UK Green Book's
    /// supplementary guidance's upper bounds for capital expenditure, 200% for
    /// equipment and development and 41% for outsourcing (operation); none is
    /// published for the others, nor for benefits, so they start at 0.
    pub fn starting_bias(self, kind: Kind) -> f64 {
        match (kind, self) {
            (Kind::Cost, Category::Development | Category::Equipment) => 2.0,
            (Kind::Cost, Category::Operation) => 0.41,
            _ => 0.0,
        }
    }
}

/// One line of costs or benefits: a three-point estimate per year over its years.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CaseLine {
    pub kind: Kind,
    pub category: Category,
    pub title: String,
    /// Per year, in kroner, or in hours for a category counted in hours.
    pub low: f64,
    pub likely: f64,
    pub high: f64,
    pub from_year: u32,
    pub to_year: u32,
    /// The uplift (costs) or shortfall (benefits) for optimism, as a fraction.
    pub optimism_bias: f64,
    /// Why the bias is below where the category starts; required then.
    pub bias_reason: String,
    pub assumption: String,
    pub source: String,
}

/// A value that is not money, in words, and whom it affects.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Value {
    pub title: String,
    pub description: String,
    pub affects: String,
}

/// An effect nobody wants, how it is met and what meeting it costs (a `Mitigation` line
/// carries the money).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Effect {
    pub effect: String,
    pub mitigation: String,
}

/// The whole case as kept in a version.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CaseDocument {
    pub years: u32,
    pub discount_rate: f64,
    pub hourly_value: f64,
    pub lines: Vec<CaseLine>,
    #[serde(default)]
    pub values: Vec<Value>,
    #[serde(default)]
    pub effects: Vec<Effect>,
}

impl Default for CaseDocument {
    fn default() -> Self {
        CaseDocument {
            years: DEFAULT_YEARS,
            discount_rate: DEFAULT_DISCOUNT_RATE,
            hourly_value: DEFAULT_HOURLY_VALUE,
            lines: Vec::new(),
            values: Vec::new(),
            effects: Vec::new(),
        }
    }
}

/// A text field's problem, as the forms' other checks say it.
fn text_problem(
    errors: &mut FormErrors,
    field: String,
    text: &str,
    max: usize,
    required: bool,
    lines: Lines,
) {
    let text = text.trim();
    if text.is_empty() {
        if required {
            errors.add_at(field, "case-error-required");
        }
    } else if text.chars().count() > max {
        errors.add_at(field, "case-error-too-long");
    } else if let Err(key) = control_problem(text, lines) {
        errors.add_at(field, key);
    }
}

impl CaseDocument {
    /// The case for the calculator: hours turned into kroner by the hourly value.
    pub fn calculation(&self) -> businesscase::Case {
        businesscase::Case {
            years: self.years,
            discount_rate: self.discount_rate,
            lines: self
                .lines
                .iter()
                .map(|line| {
                    let factor = if line.category.in_hours() {
                        self.hourly_value
                    } else {
                        1.0
                    };
                    businesscase::Line {
                        kind: line.kind,
                        category: line.category.as_str().to_owned(),
                        title: line.title.clone(),
                        low: line.low * factor,
                        likely: line.likely * factor,
                        high: line.high * factor,
                        from_year: line.from_year,
                        to_year: line.to_year,
                        optimism_bias: line.optimism_bias,
                    }
                })
                .collect(),
        }
    }

    /// Every problem, under the field it belongs to (`lines[3].low`, `discount_rate`):
    /// the calculator's checks of the numbers, and the words each line needs.
    pub fn problems(&self, draws: &businesscase::Draws) -> FormErrors {
        let mut errors = FormErrors::default();
        for problem in businesscase::check(&self.calculation(), draws) {
            errors.add_at(problem.field, problem_key(problem.code));
        }
        if !(0.0..=100_000.0).contains(&self.hourly_value) || !self.hourly_value.is_finite() {
            errors.add("hourly_value", "case-error-hourly-value");
        }
        if self.lines.len() > MAX_LINES {
            errors.add("lines", "case-error-too-many-lines");
        }
        for (i, line) in self.lines.iter().enumerate() {
            let field = |name: &str| format!("lines[{i}].{name}");
            // The calculator checks that the title is there and not too long.
            if let Err(key) = control_problem(&line.title, Lines::One) {
                errors.add_at(field("title"), key);
            }
            text_problem(
                &mut errors,
                field("assumption"),
                &line.assumption,
                MAX_TEXT,
                true,
                Lines::Several,
            );
            text_problem(
                &mut errors,
                field("source"),
                &line.source,
                MAX_TEXT,
                true,
                Lines::Several,
            );
            let starts = line.category.starting_bias(line.kind);
            if line.optimism_bias + 1e-9 < starts && line.bias_reason.trim().is_empty() {
                errors.add_at(field("bias_reason"), "case-error-bias-reason");
            }
            text_problem(
                &mut errors,
                field("bias_reason"),
                &line.bias_reason,
                MAX_TEXT,
                false,
                Lines::Several,
            );
        }
        if self.values.len() > MAX_WORDS_ITEMS {
            errors.add("values", "case-error-too-many-items");
        }
        for (i, value) in self.values.iter().enumerate() {
            let field = |name: &str| format!("values[{i}].{name}");
            text_problem(
                &mut errors,
                field("title"),
                &value.title,
                MAX_TITLE,
                true,
                Lines::One,
            );
            text_problem(
                &mut errors,
                field("description"),
                &value.description,
                MAX_TEXT,
                true,
                Lines::Several,
            );
            text_problem(
                &mut errors,
                field("affects"),
                &value.affects,
                MAX_TEXT,
                true,
                Lines::Several,
            );
        }
        if self.effects.len() > MAX_WORDS_ITEMS {
            errors.add("effects", "case-error-too-many-items");
        }
        for (i, effect) in self.effects.iter().enumerate() {
            let field = |name: &str| format!("effects[{i}].{name}");
            text_problem(
                &mut errors,
                field("effect"),
                &effect.effect,
                MAX_TEXT,
                true,
                Lines::Several,
            );
            text_problem(
                &mut errors,
                field("mitigation"),
                &effect.mitigation,
                MAX_TEXT,
                true,
                Lines::Several,
            );
        }
        errors
    }
}

/// The Fluent key of a calculator's problem.
pub fn problem_key(code: businesscase::Code) -> &'static str {
    use businesscase::Code;
    match code {
        Code::LowAboveLikely => "case-error-low-above-likely",
        Code::LikelyAboveHigh => "case-error-likely-above-high",
        Code::DrawsOutOfRange => "case-error-draws",
        Code::RateOutOfRange => "case-error-rate",
        Code::YearsOutOfRange => "case-error-years",
        Code::LineYearsOutOfRange => "case-error-line-years",
        Code::NoLines => "case-error-no-lines",
        Code::TooManyLines => "case-error-too-many-lines",
        Code::EmptyTitle => "case-error-required",
        Code::TitleTooLong | Code::CategoryTooLong => "case-error-too-long",
        Code::NotFinite => "case-error-not-a-number",
        Code::NegativeAmount => "case-error-negative",
        Code::AmountTooLarge => "case-error-too-large",
        Code::BiasOutOfRange => "case-error-bias",
    }
}
