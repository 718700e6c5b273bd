//! A calendar month as the figures count it: from midnight on its first day to midnight
//! on the next month's first day, in Copenhagen time, as the authority's days are.

use jiff::civil::Date;
use jiff::{tz::TimeZone, ToSpan};

use crate::clock::denmark;

/// A month, `YYYY-MM`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Month {
    first: Date,
}

/// Why a month in a request or form cannot be read, as a Fluent key.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MonthProblem {
    /// Not `YYYY-MM`.
    Unreadable,
    /// After the month we are in: there are no figures yet.
    InTheFuture,
}

impl MonthProblem {
    pub fn key(self) -> &'static str {
        match self {
            MonthProblem::Unreadable => "insight-month-unreadable",
            MonthProblem::InTheFuture => "insight-month-future",
        }
    }
}

impl Month {
    /// The month a day is in.
    pub fn of(day: Date) -> Self {
        Month {
            first: day.first_of_month(),
        }
    }

    /// Reads `YYYY-MM`, refusing a month after `today`'s.
    pub fn parse(text: &str, today: Date) -> Result<Self, MonthProblem> {
        let parsed = Month::read(text)?;
        if parsed > Month::of(today) {
            return Err(MonthProblem::InTheFuture);
        }
        Ok(parsed)
    }

    /// Reads `YYYY-MM`, whichever month it is.
    pub fn read(text: &str) -> Result<Self, MonthProblem> {
        let text = text.trim();
        let (year, month) = text.split_once('-').ok_or(MonthProblem::Unreadable)?;
        let well_formed = year.len() == 4
            && month.len() == 2
            && year
                .bytes()
                .chain(month.bytes())
                .all(|b| b.is_ascii_digit());
        if !well_formed {
            return Err(MonthProblem::Unreadable);
        }
        let year: i16 = year.parse().map_err(|_| MonthProblem::Unreadable)?;
        let month: i8 = month.parse().map_err(|_| MonthProblem::Unreadable)?;
        let first = Date::new(year, month, 1).map_err(|_| MonthProblem::Unreadable)?;
        Ok(Month { first })
    }

    pub fn first_day(self) -> Date {
        self.first
    }

    pub fn next(self) -> Self {
        Month {
            first: self.first.checked_add(1.month()).unwrap_or(self.first),
        }
    }

    pub fn previous(self) -> Self {
        Month {
            first: self.first.checked_sub(1.month()).unwrap_or(self.first),
        }
    }

    /// The first moment of the month and of the next, in milliseconds since 1970.
    pub fn range_ms(self) -> (i64, i64) {
        (start_ms(self.first), start_ms(self.next().first))
    }

    /// The months from `self` to `last`, both included, oldest first.
    pub fn through(self, last: Month) -> impl Iterator<Item = Month> {
        std::iter::successors(Some(self), move |m| {
            let next = m.next();
            (next <= last && next != *m).then_some(next)
        })
        .take_while(move |m| *m <= last)
    }
}

impl std::fmt::Display for Month {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{:04}-{:02}", self.first.year(), self.first.month())
    }
}

/// The most months one request shows: ten years.
pub const MAX_MONTHS: usize = 120;

/// The months a page or the API asks for: `from` and `to` as `YYYY-MM`, by default the
/// twelve months up to this one. Each field that cannot be read is named in `errors` by
/// its name in `fields` (the page's `fra` and `til`, the API's `from` and `to`).
pub fn range(
    (from, to): (Option<&str>, Option<&str>),
    today: Date,
    fields: [&'static str; 2],
    errors: &mut crate::forms::FormErrors,
) -> Option<(Month, Month)> {
    let mut read = |field: &'static str, text: Option<&str>| match text.map(str::trim) {
        None | Some("") => Some(None),
        Some(text) => match Month::parse(text, today) {
            Ok(month) => Some(Some(month)),
            Err(problem) => {
                errors.add(field, problem.key());
                None
            }
        },
    };
    let (from, to) = (read(fields[0], from)?, read(fields[1], to)?);
    let last = to.unwrap_or_else(|| Month::of(today));
    let first = from.unwrap_or_else(|| (0..11).fold(last, |m, _| m.previous()));
    if first > last {
        errors.add(fields[0], "insight-range-backwards");
        return None;
    }
    if first.through(last).count() > MAX_MONTHS {
        errors.add(fields[0], "insight-range-too-long");
        return None;
    }
    Some((first, last))
}

fn start_ms(day: Date) -> i64 {
    let zone: TimeZone = denmark();
    day.to_zoned(zone)
        .map(|z| z.timestamp().as_millisecond())
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;
    use jiff::civil::date;

    const TODAY: Date = date(2026, 12, 6);
    const F: [&str; 2] = ["from", "to"];

    #[test]
    fn a_month_reads_as_written_and_not_after_this_one() {
        let month = Month::parse("2026-11", TODAY).unwrap();
        assert_eq!(month.to_string(), "2026-11");
        assert_eq!(Month::parse("2026-12", TODAY).unwrap(), Month::of(TODAY));
        assert_eq!(
            Month::parse("2027-01", TODAY),
            Err(MonthProblem::InTheFuture)
        );
        for bad in [
            "2026-13",
            "2026-1",
            "26-11",
            "2026/11",
            "",
            "2026-00",
            "２０２６-11",
        ] {
            assert_eq!(
                Month::parse(bad, TODAY),
                Err(MonthProblem::Unreadable),
                "{bad}"
            );
        }
    }

    #[test]
    fn a_month_runs_from_copenhagen_midnight_to_the_next() {
        let (from, to) = Month::parse("2026-11", TODAY).unwrap().range_ms();
        // 1 November 00:00 in Copenhagen (winter, UTC+1) is 31 October 23:00 UTC.
        assert_eq!(
            from,
            jiff::Timestamp::from_second(1_793_487_600)
                .unwrap()
                .as_millisecond()
        );
        assert_eq!(to - from, 30 * 24 * 3600 * 1000);
    }

    #[test]
    fn a_range_is_a_year_up_to_this_month_unless_asked_otherwise() {
        let mut errors = crate::forms::FormErrors::default();
        let (first, last) = range((None, None), TODAY, F, &mut errors).unwrap();
        assert_eq!(
            (first.to_string(), last.to_string()),
            ("2026-01".into(), "2026-12".into())
        );
        let (first, last) =
            range((Some("2026-03"), Some("2026-05")), TODAY, F, &mut errors).unwrap();
        assert_eq!(
            (first.to_string(), last.to_string()),
            ("2026-03".into(), "2026-05".into())
        );
        assert!(errors.is_empty());
        assert_eq!(
            range((Some("2026-05"), Some("2026-03")), TODAY, F, &mut errors),
            None
        );
        assert_eq!(range((Some("2027-01"), None), TODAY, F, &mut errors), None);
        assert_eq!(range((Some("2000-01"), None), TODAY, F, &mut errors), None);
        assert_eq!(range((Some("maj"), None), TODAY, F, &mut errors), None);
    }

    #[test]
    fn months_through_another_count_both_ends() {
        let first = Month::parse("2025-11", TODAY).unwrap();
        let last = Month::parse("2026-02", TODAY).unwrap();
        let months: Vec<String> = first.through(last).map(|m| m.to_string()).collect();
        assert_eq!(months, ["2025-11", "2025-12", "2026-01", "2026-02"]);
        assert_eq!(last.through(first).count(), 0);
    }
}
