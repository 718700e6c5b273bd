//! What a benefit is and the rules that read it: how far a measured value has come from
//! the baseline toward the target, what of the planned value that books as realised, and
//! the benefit's status on a day. Nothing here touches the database.

use jiff::civil::Date;

use crate::forms::FormErrors;
use crate::i18n::Lang;
use crate::insight::shown::SMALLEST_TOLD;
use crate::insight::{Figure, Month};

/// The most characters of a benefit's title, unit and owner.
pub const MAX_LINE: usize = 200;
/// The most characters of how it is measured, a measurement's note and an analysis.
pub const MAX_TEXT: usize = 5_000;

/// How a benefit is measured.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Measure {
    /// The owner records each measurement.
    Manual,
    /// Each finished month of a live figure is a measurement.
    Live(Figure),
}

impl Measure {
    pub fn as_str(self) -> &'static str {
        match self {
            Measure::Manual => "manual",
            Measure::Live(figure) => figure.as_str(),
        }
    }

    pub fn parse(text: &str) -> Option<Measure> {
        match text {
            "manual" => Some(Measure::Manual),
            other => Figure::parse(other).map(Measure::Live),
        }
    }

    /// Whether values are shares in percent.
    pub fn is_percent(self) -> bool {
        matches!(self, Measure::Live(f) if f.is_percent())
    }
}

/// A benefit as its owner plans it.
#[derive(Debug, Clone, PartialEq)]
pub struct Plan {
    pub title: String,
    pub measure: Measure,
    /// What a manual value counts ("opkald om måneden"); empty for a live figure, whose
    /// unit is its own.
    pub unit: String,
    pub baseline: f64,
    pub target: f64,
    /// The day the solution runs from: nothing measured before it counts.
    pub starts: Date,
    /// The day the target is to be reached by.
    pub due: Date,
    /// How and when it is measured.
    pub how: String,
    /// Who answers for it.
    pub owner: String,
    /// Kroner a year when the target is reached: the planned value.
    pub yearly_value: Option<f64>,
}

/// A benefit as typed, every field as text: what comes back when a field is wrong.
#[derive(Debug, Clone, Default, PartialEq, serde::Deserialize)]
#[serde(default)]
pub struct PlanForm {
    pub title: String,
    pub measure: String,
    pub unit: String,
    pub baseline: String,
    pub target: String,
    pub starts: String,
    pub due: String,
    pub how: String,
    pub owner: String,
    pub yearly_value: String,
}

/// A day as a date field sends it (`YYYY-MM-DD`), or as Danes type it where a browser
/// shows a plain text field: `31-12-2026`, `31.12.2026`, `31/12/2026`.
pub fn read_day(text: &str) -> Option<Date> {
    let text = text.trim();
    if let Ok(day) = text.parse() {
        return Some(day);
    }
    let mut parts = text
        .split(['-', '.', '/'])
        .map(|p| p.trim().parse::<i16>().ok());
    let (Some(Some(day)), Some(Some(month)), Some(Some(year)), None) =
        (parts.next(), parts.next(), parts.next(), parts.next())
    else {
        return None;
    };
    let (Ok(day), Ok(month)) = (i8::try_from(day), i8::try_from(month)) else {
        return None;
    };
    (year >= 1000)
        .then(|| Date::new(year, month, day).ok())
        .flatten()
}

impl PlanForm {
    /// The plan, or every problem under its field; numbers read as `lang` writes them.
    pub fn plan(&self, lang: Lang) -> Result<Plan, FormErrors> {
        let mut errors = FormErrors::default();
        let title = errors.line("title", &self.title, MAX_LINE, "benefit-error-too-long");
        if title.is_empty() && !errors.has("title") {
            errors.add("title", "benefit-error-title");
        }
        let measure = Measure::parse(self.measure.trim());
        if measure.is_none() {
            errors.add("measure", "benefit-error-measure");
        }
        let unit = errors.line("unit", &self.unit, MAX_LINE, "benefit-error-too-long");
        if measure == Some(Measure::Manual) && unit.is_empty() && !errors.has("unit") {
            errors.add("unit", "benefit-error-unit");
        }
        let percent = measure.is_some_and(Measure::is_percent);
        let live = matches!(measure, Some(Measure::Live(_)));
        let mut value = |field: &'static str, text: &str| {
            let Some(value) = crate::assess::business::parse_number(lang, text) else {
                errors.add(field, "benefit-error-number");
                return 0.0;
            };
            if live && value < 0.0 {
                errors.add(field, "benefit-error-negative");
            } else if percent && value > 100.0 {
                errors.add(field, "benefit-error-percent");
            }
            value
        };
        let baseline = value("baseline", &self.baseline);
        let target = value("target", &self.target);
        if baseline == target && !errors.has("baseline") && !errors.has("target") {
            errors.add("target", "benefit-error-same");
        }
        // A target the public figures can never show could never be reached.
        if !errors.has("target") {
            match measure {
                Some(Measure::Live(f)) if f.is_count() && target < SMALLEST_TOLD as f64 => {
                    errors.add("target", "benefit-error-under-five")
                }
                Some(Measure::Live(f)) if f.is_percent() && (target <= 0.0 || target >= 100.0) => {
                    errors.add("target", "benefit-error-share-edge")
                }
                _ => {}
            }
        }
        let starts = read_day(&self.starts);
        if starts.is_none() {
            errors.add("starts", "benefit-error-day");
        }
        let due = read_day(&self.due);
        match (starts, due) {
            (_, None) => errors.add("due", "benefit-error-day"),
            (Some(starts), Some(due)) if due < starts => errors.add("due", "benefit-error-due"),
            _ => {}
        }
        let how = errors.text("how", &self.how, MAX_TEXT, "benefit-error-too-long");
        if how.is_empty() && !errors.has("how") {
            errors.add("how", "benefit-error-how");
        }
        let owner = errors.line("owner", &self.owner, MAX_LINE, "benefit-error-too-long");
        if owner.is_empty() && !errors.has("owner") {
            errors.add("owner", "benefit-error-owner");
        }
        let yearly_value = match self.yearly_value.trim() {
            "" => None,
            text => match crate::assess::business::parse_number(lang, text) {
                Some(v) if v >= 0.0 => Some(v),
                _ => {
                    errors.add("yearly_value", "benefit-error-yearly-value");
                    None
                }
            },
        };
        match (measure, starts, due, errors.is_empty()) {
            (Some(measure), Some(starts), Some(due), true) => Ok(Plan {
                title,
                unit: if live { String::new() } else { unit },
                measure,
                baseline,
                target,
                starts,
                due,
                how,
                owner,
                yearly_value,
            }),
            _ => Err(errors),
        }
    }
}

impl Plan {
    /// Whether the benefit is a fall in the value (fewer unread letters) rather than a rise.
    fn falls(&self) -> bool {
        self.target < self.baseline
    }

    /// How far `value` has come from the baseline to the target, from 0 (not at all, or
    /// the wrong way) to 1 (reached or passed).
    pub fn progress(&self, value: f64) -> f64 {
        ((value - self.baseline) / (self.target - self.baseline)).clamp(0.0, 1.0)
    }

    pub fn reached(&self, value: f64) -> bool {
        match self.falls() {
            true => value <= self.target,
            false => value >= self.target,
        }
    }

    /// Whether `value` is further from the target than the baseline was.
    pub fn worse(&self, value: f64) -> bool {
        match self.falls() {
            true => value > self.baseline,
            false => value < self.baseline,
        }
    }

    /// What of the planned value books as realised at a measured `value`: the planned
    /// value times the progress, never more than planned. Nothing without a measurement.
    pub fn realised(&self, measured: Option<f64>) -> Option<f64> {
        Some(self.yearly_value? * self.progress(measured?))
    }

    /// What a finished month of a live count that says "under 5" lets the benefit claim:
    /// the least favourable value it may hide, 4 for a fall and 0 for a rise, so nothing
    /// is booked that the month may not hold. `None` for a share or a median, whose
    /// untold value could lie on either side.
    pub fn bound_of_hidden(&self, figure: Figure) -> Option<f64> {
        figure.is_count().then(|| {
            if self.falls() {
                (SMALLEST_TOLD - 1) as f64
            } else {
                0.0
            }
        })
    }

    /// The last day on which the target may still be reached: the due day, or for a live
    /// figure the last day of its month, since that month only counts once it is over.
    pub fn last_chance(&self) -> Date {
        match self.measure {
            Measure::Live(_) => self.due.last_of_month(),
            Measure::Manual => self.due,
        }
    }

    /// The first month of a live figure that counts: the month the solution runs from
    /// when it runs from the first, else the next, so that no month before it is mixed in.
    pub fn first_month(&self) -> Month {
        let month = Month::of(self.starts);
        match self.starts == month.first_day() {
            true => month,
            false => month.next(),
        }
    }
}

/// Where a benefit stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    /// Nothing measured yet, and the due day has not passed.
    NotMeasured,
    /// Measured, moving toward the target or not yet, before the due day.
    OnTrack,
    Reached,
    /// Measured further from the target than the baseline, before the due day.
    Worse,
    /// The due day has passed without the target reached; it asks for an analysis of why.
    Missed,
    /// Missed, and the analysis of why is written.
    Explained,
}

impl Status {
    /// Of a plan with its newest counted measurement, on `today`.
    pub fn of(plan: &Plan, newest: Option<f64>, analysed: bool, today: Date) -> Status {
        let past_due = today > plan.last_chance();
        match newest {
            Some(value) if plan.reached(value) => Status::Reached,
            _ if past_due && analysed => Status::Explained,
            _ if past_due => Status::Missed,
            Some(value) if plan.worse(value) => Status::Worse,
            Some(_) => Status::OnTrack,
            None => Status::NotMeasured,
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Status::NotMeasured => "not_measured",
            Status::OnTrack => "on_track",
            Status::Reached => "reached",
            Status::Worse => "worse",
            Status::Missed => "missed",
            Status::Explained => "explained",
        }
    }

    /// The audit action of the sweep's notice of this status, if it is one to tell.
    pub fn audit_action(self) -> Option<&'static str> {
        match self {
            Status::Missed => Some("assess.benefit.missed"),
            Status::Worse => Some("assess.benefit.worse"),
            _ => None,
        }
    }

    /// What the sweep tells the project owners of, once: `missed` or `worse`, else "".
    pub fn attention(self) -> &'static str {
        match self {
            Status::Missed | Status::Worse => self.as_str(),
            _ => "",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn form() -> PlanForm {
        PlanForm {
            title: "Færre breve ulæst".into(),
            measure: "unread_after_7_days".into(),
            unit: String::new(),
            baseline: "400".into(),
            target: "250".into(),
            starts: "2026-03-15".into(),
            due: "2026-12-31".into(),
            how: "Månedens tal på /tal".into(),
            owner: "Borgerservice".into(),
            yearly_value: "120.000".into(),
        }
    }

    fn day(text: &str) -> Date {
        read_day(text).unwrap_or_else(|| unreachable!())
    }

    #[test]
    fn a_plan_is_read_as_typed_and_a_live_figure_starts_with_its_first_whole_month() {
        let plan = form().plan(Lang::Da).unwrap_or_else(|e| panic!("{e:?}"));
        assert_eq!(plan.measure, Measure::Live(Figure::UnreadAfter7Days));
        assert_eq!(plan.yearly_value, Some(120_000.0));
        assert_eq!(plan.first_month().to_string(), "2026-04");
        let from_the_first = Plan {
            starts: day("2026-04-01"),
            ..plan
        };
        assert_eq!(from_the_first.first_month().to_string(), "2026-04");
    }

    #[test]
    fn a_day_is_read_as_a_date_field_sends_it_and_as_danes_type_it() {
        for typed in ["2026-12-31", "31-12-2026", "31.12.2026", " 31/12/2026 "] {
            assert_eq!(read_day(typed), Some(day("2026-12-31")), "{typed}");
        }
        for typed in ["31-12-26", "32.12.2026", "12/31", "", "1.2.3.2026"] {
            assert_eq!(read_day(typed), None, "{typed}");
        }
    }

    #[test]
    fn every_wrong_field_is_named() {
        let typed = PlanForm {
            title: " ".into(),
            measure: "letters".into(),
            baseline: "x".into(),
            target: "7".into(),
            starts: "2026-13-01".into(),
            due: "".into(),
            how: "".into(),
            owner: "".into(),
            yearly_value: "-5".into(),
            unit: String::new(),
        };
        let errors = typed.plan(Lang::Da).err().unwrap_or_default();
        let fields: Vec<&str> = errors.iter().map(|e| e.field.as_ref()).collect();
        assert_eq!(
            fields,
            [
                "title",
                "measure",
                "baseline",
                "starts",
                "due",
                "how",
                "owner",
                "yearly_value"
            ]
        );
        let same = PlanForm {
            target: "400".into(),
            ..form()
        };
        assert_eq!(
            same.plan(Lang::Da).err().unwrap_or_default().get("target"),
            Some("benefit-error-same")
        );
        let share = PlanForm {
            measure: "opened_share".into(),
            target: "140".into(),
            ..form()
        };
        assert_eq!(
            share.plan(Lang::Da).err().unwrap_or_default().get("target"),
            Some("benefit-error-percent")
        );
        let early = PlanForm {
            due: "2026-01-01".into(),
            ..form()
        };
        assert_eq!(
            early.plan(Lang::Da).err().unwrap_or_default().get("due"),
            Some("benefit-error-due")
        );
        let manual = PlanForm {
            measure: "manual".into(),
            ..form()
        };
        assert_eq!(
            manual.plan(Lang::Da).err().unwrap_or_default().get("unit"),
            Some("benefit-error-unit")
        );
    }

    #[test]
    fn a_target_the_public_figures_never_show_is_refused_and_under_five_claims_the_least() {
        let below = PlanForm {
            target: "3".into(),
            ..form()
        };
        assert_eq!(
            below.plan(Lang::Da).err().unwrap_or_default().get("target"),
            Some("benefit-error-under-five")
        );
        let all = PlanForm {
            measure: "opened_share".into(),
            baseline: "70".into(),
            target: "100".into(),
            ..form()
        };
        assert_eq!(
            all.plan(Lang::Da).err().unwrap_or_default().get("target"),
            Some("benefit-error-share-edge")
        );
        let fall = form().plan(Lang::Da).unwrap_or_else(|e| panic!("{e:?}"));
        assert_eq!(fall.bound_of_hidden(Figure::UnreadAfter7Days), Some(4.0));
        assert_eq!(fall.bound_of_hidden(Figure::OpenedShare), None);
        let rise = Plan {
            baseline: 10.0,
            target: 50.0,
            ..fall.clone()
        };
        assert_eq!(rise.bound_of_hidden(Figure::Helpers), Some(0.0));
        // A live benefit due mid-month waits for the month to end.
        assert_eq!(fall.last_chance(), day("2026-12-31"));
        let manual = Plan {
            measure: Measure::Manual,
            due: day("2026-12-15"),
            ..fall
        };
        assert_eq!(manual.last_chance(), day("2026-12-15"));
    }

    #[test]
    fn an_english_page_reads_a_comma_as_thousands() {
        let typed = PlanForm {
            yearly_value: "120,000".into(),
            ..form()
        };
        let plan = typed.plan(Lang::En).unwrap_or_else(|e| panic!("{e:?}"));
        assert_eq!(plan.yearly_value, Some(120_000.0));
    }

    #[test]
    fn only_a_measured_benefit_books_value_and_never_more_than_planned() {
        let plan = form().plan(Lang::Da).unwrap_or_else(|e| panic!("{e:?}"));
        assert_eq!(plan.realised(None), None);
        assert_eq!(plan.realised(Some(400.0)), Some(0.0));
        assert_eq!(plan.realised(Some(325.0)), Some(60_000.0));
        assert_eq!(plan.realised(Some(100.0)), Some(120_000.0));
        assert_eq!(
            plan.realised(Some(500.0)),
            Some(0.0),
            "the wrong way books nothing"
        );
        // A rise works the same way.
        let rise = Plan {
            baseline: 60.0,
            target: 80.0,
            ..plan
        };
        assert_eq!(rise.progress(70.0), 0.5);
        assert!(rise.reached(81.0));
        assert!(rise.worse(55.0));
    }

    #[test]
    fn the_status_asks_for_an_analysis_only_past_the_due_day_without_the_target() {
        let plan = form().plan(Lang::Da).unwrap_or_else(|e| panic!("{e:?}"));
        let before = day("2026-06-01");
        let after = day("2027-01-01");
        assert_eq!(Status::of(&plan, None, false, before), Status::NotMeasured);
        assert_eq!(
            Status::of(&plan, Some(300.0), false, before),
            Status::OnTrack
        );
        assert_eq!(Status::of(&plan, Some(450.0), false, before), Status::Worse);
        assert_eq!(
            Status::of(&plan, Some(250.0), false, before),
            Status::Reached
        );
        assert_eq!(
            Status::of(&plan, Some(250.0), false, after),
            Status::Reached
        );
        assert_eq!(Status::of(&plan, Some(300.0), false, after), Status::Missed);
        assert_eq!(Status::of(&plan, None, false, after), Status::Missed);
        assert_eq!(
            Status::of(&plan, Some(300.0), true, after),
            Status::Explained
        );
        assert_eq!(Status::Missed.attention(), "missed");
        assert_eq!(Status::OnTrack.attention(), "");
    }
}
