//! The retention rules, pure: what the sweep does with each kind of data in the record
//! of processing once its `retention_days` have passed, and what it never touches
//! because the law keeps it (DESIGN.md, mydata, says why for each).

use jiff::civil::Date;
use jiff::Timestamp;

use crate::mydata::record::Category;

const DAY_MS: i64 = 24 * 60 * 60 * 1000;

/// What the sweep does with a kind of data past its period.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    /// Who and why are taken out; the item stays for the statistics (bookings, sign-ups
    /// to events).
    Anonymise,
    Delete,
    /// Never touched, whatever the record says: letters and answers under the archives
    /// act, the person and their choices while they are a citizen here, the access log
    /// as the hash chain that shows it was not changed.
    KeptByLaw,
    /// The record gives no period (or has no entry): nothing is deleted by age.
    NoPeriod,
}

/// What the sweep does with `category` past a period of `days`.
pub(crate) fn action(category: Category, days: Option<u32>) -> Action {
    match category {
        Category::Person
        | Category::Letters
        | Category::Answers
        | Category::Choices
        | Category::AccessLog => Action::KeptByLaw,
        _ if days.is_none() => Action::NoPeriod,
        Category::Bookings | Category::EventSignups => Action::Anonymise,
        Category::Permissions | Category::Feedback | Category::Requests => Action::Delete,
    }
}

/// The moment before which an item is past a period of `days` at `now`.
pub(crate) fn cutoff(now: Timestamp, days: u32) -> Timestamp {
    let ms = now
        .as_millisecond()
        .saturating_sub(i64::from(days).saturating_mul(DAY_MS));
    Timestamp::from_millisecond(ms).unwrap_or(Timestamp::MIN)
}

/// The Danish calendar day of a moment (a permission runs out by its last day).
pub(crate) fn day_of(at: Timestamp) -> Date {
    crate::clock::in_denmark(at.as_millisecond()).map_or(Date::MIN, |z| z.date())
}

/// The moment `--as-of YYYY-MM-DD` means: the start of that day in Denmark.
pub fn start_of(day: Date) -> Option<Timestamp> {
    day.in_tz("Europe/Copenhagen").ok().map(|z| z.timestamp())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn what_the_law_keeps_is_kept_whatever_the_period() {
        for category in [
            Category::Person,
            Category::Letters,
            Category::Answers,
            Category::Choices,
            Category::AccessLog,
        ] {
            assert_eq!(action(category, Some(1)), Action::KeptByLaw, "{category:?}");
        }
        assert_eq!(action(Category::Bookings, Some(365)), Action::Anonymise);
        assert_eq!(action(Category::Bookings, None), Action::NoPeriod);
        assert_eq!(action(Category::EventSignups, Some(365)), Action::Anonymise);
        assert_eq!(action(Category::EventSignups, None), Action::NoPeriod);
        assert_eq!(action(Category::Feedback, Some(730)), Action::Delete);
        assert_eq!(action(Category::Requests, Some(1826)), Action::Delete);
        assert_eq!(action(Category::Permissions, Some(1826)), Action::Delete);
    }

    #[test]
    fn the_cutoff_is_whole_days_back_and_as_of_is_a_danish_midnight() {
        let day: Date = "2026-06-01".parse().unwrap();
        let start = start_of(day).unwrap();
        assert_eq!(start.to_string(), "2026-05-31T22:00:00Z", "summer time");
        assert_eq!(cutoff(start, 365).to_string(), "2025-05-31T22:00:00Z");
        assert_eq!(
            day_of(cutoff(start, 1)),
            "2026-05-31".parse::<Date>().unwrap()
        );
    }
}
