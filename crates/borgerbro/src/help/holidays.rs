//! The days Danish public offices are closed although the weekday says open: the public
//! holidays (helligdage) and the three days the state's offices close as well
//! (grundlovsdag, juleaftensdag, nytårsaftensdag). Help places follow them unless their
//! hours say they are open on holidays, so "Åben nu" is never said on Christmas Day.

use jiff::civil::{date, Date};
use jiff::Span;

/// A day offices are closed, named by a Fluent key.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Holiday {
    pub date: Date,
    pub name_key: &'static str,
}

/// Days counted from Easter Sunday, which moves from year to year.
const AFTER_EASTER: [(i64, &str); 7] = [
    (-3, "help-holiday-maundy-thursday"),
    (-2, "help-holiday-good-friday"),
    (0, "help-holiday-easter-sunday"),
    (1, "help-holiday-easter-monday"),
    (39, "help-holiday-ascension"),
    (49, "help-holiday-whit-sunday"),
    (50, "help-holiday-whit-monday"),
];

/// Days on the same date every year: (month, day).
const FIXED: [(i8, i8, &str); 6] = [
    (1, 1, "help-holiday-new-years-day"),
    (6, 5, "help-holiday-constitution-day"),
    (12, 24, "help-holiday-christmas-eve"),
    (12, 25, "help-holiday-christmas-day"),
    (12, 26, "help-holiday-boxing-day"),
    (12, 31, "help-holiday-new-years-eve"),
];

/// The closed days of a year, in date order.
pub(crate) fn of_year(year: i16) -> Vec<Holiday> {
    let mut days: Vec<Holiday> = FIXED
        .iter()
        .map(|&(month, day, name_key)| Holiday {
            date: date(year, month, day),
            name_key,
        })
        .collect();
    if let Ok(easter) = computus::gregorian_jiff_date(i32::from(year)) {
        days.extend(AFTER_EASTER.iter().filter_map(|&(offset, name_key)| {
            let date = easter.checked_add(Span::new().days(offset)).ok()?;
            Some(Holiday { date, name_key })
        }));
    }
    days.sort_by_key(|h| h.date);
    days
}

/// The holiday on this date, if it is one.
pub(crate) fn on(day: Date) -> Option<Holiday> {
    of_year(day.year()).into_iter().find(|h| h.date == day)
}

/// The holidays from `from` (inclusive) to `to` (exclusive).
pub(crate) fn between(from: Date, to: Date) -> Vec<Holiday> {
    (from.year()..=to.year())
        .flat_map(of_year)
        .filter(|h| from <= h.date && h.date < to)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn easter_days_move_and_fixed_days_stay() {
        // Easter Sunday 2026 is 5 April; 2027 is 28 March.
        assert_eq!(
            on(date(2026, 4, 3)).map(|h| h.name_key),
            Some("help-holiday-good-friday")
        );
        assert_eq!(
            on(date(2026, 5, 14)).map(|h| h.name_key),
            Some("help-holiday-ascension")
        );
        assert_eq!(
            on(date(2027, 3, 29)).map(|h| h.name_key),
            Some("help-holiday-easter-monday")
        );
        assert_eq!(
            on(date(2026, 12, 24)).map(|h| h.name_key),
            Some("help-holiday-christmas-eve")
        );
        assert_eq!(on(date(2026, 11, 23)), None);
        // Store bededag was abolished from 2024: the fourth Friday after Easter is a
        // working day.
        assert_eq!(on(date(2026, 5, 1)), None);
        assert_eq!(of_year(2026).len(), 13);
    }

    #[test]
    fn between_crosses_the_new_year() {
        let days = between(date(2026, 12, 20), date(2027, 1, 2));
        let dates: Vec<Date> = days.iter().map(|h| h.date).collect();
        assert_eq!(
            dates,
            [
                date(2026, 12, 24),
                date(2026, 12, 25),
                date(2026, 12, 26),
                date(2026, 12, 31),
                date(2027, 1, 1)
            ]
        );
    }
}
