//! The one source of "now". Nothing else reads the wall clock, so tests and `--as-of`
//! can run any rule for any date.

use std::sync::Arc;

use jiff::tz::TimeZone;
use jiff::{Timestamp, Zoned};

/// Denmark's time zone: deadlines, opening hours and meetings are counted in it.
pub(crate) fn denmark() -> TimeZone {
    TimeZone::get("Europe/Copenhagen").unwrap_or(TimeZone::UTC)
}

/// Stored UTC milliseconds as a Danish wall clock shows them; `None` out of range.
pub(crate) fn in_denmark(ms: i64) -> Option<Zoned> {
    Timestamp::from_millisecond(ms)
        .ok()
        .map(|at| at.to_zoned(denmark()))
}

/// The day in Denmark of stored UTC milliseconds (the first day jiff knows when out of
/// range, which no stored time is).
pub(crate) fn day_of(ms: i64) -> jiff::civil::Date {
    in_denmark(ms).map_or(jiff::civil::Date::MIN, |at| at.date())
}

#[derive(Clone)]
pub struct Clock(Arc<dyn Fn() -> Timestamp + Send + Sync>);

impl Clock {
    /// The real time of this machine.
    pub fn system() -> Self {
        Self(Arc::new(Timestamp::now))
    }

    /// A clock that answers what `now` says (a test's clock that it moves by hand).
    pub fn from_fn(now: impl Fn() -> Timestamp + Send + Sync + 'static) -> Self {
        Self(Arc::new(now))
    }

    /// A clock that always answers `at`.
    pub fn fixed(at: Timestamp) -> Self {
        Self(Arc::new(move || at))
    }

    pub fn now(&self) -> Timestamp {
        (self.0)()
    }

    /// Today's date in Denmark, where deadlines are counted.
    pub fn today(&self) -> jiff::civil::Date {
        self.now().to_zoned(denmark()).date()
    }

    /// The time on a Danish wall clock now, which opening hours are written in.
    pub fn local_now(&self) -> jiff::civil::DateTime {
        self.now().to_zoned(denmark()).datetime()
    }

    /// Now as UTC milliseconds, the way times are stored.
    pub fn now_ms(&self) -> i64 {
        self.now().as_millisecond()
    }
}

impl std::fmt::Debug for Clock {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Clock({})", self.now())
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    // `unwrap`, not `unwrap_or_default`: a time that failed to parse would be the
    // default on both sides of an assertion, and the assertion could not fail.
    #[test]
    fn fixed_clock_answers_the_same_time() {
        let at: Timestamp = "2026-11-23T10:00:00Z".parse().unwrap();
        let clock = Clock::fixed(at);
        assert_eq!(clock.now(), at);
        assert_eq!(clock.now(), at, "every time it is asked");
        assert_eq!(clock.now_ms(), 1_795_428_000_000);
        assert_eq!(clock.today(), jiff::civil::date(2026, 11, 23));
        assert_eq!(
            clock.local_now(),
            jiff::civil::date(2026, 11, 23).at(11, 0, 0, 0),
            "Copenhagen is an hour ahead in winter"
        );
    }

    #[test]
    fn today_is_the_date_in_copenhagen() {
        // 23:30 UTC on 23 November is already the 24th in Copenhagen.
        let late: Timestamp = "2026-11-23T23:30:00Z".parse().unwrap();
        assert_eq!(Clock::fixed(late).today(), jiff::civil::date(2026, 11, 24));
        // 22:30 UTC on 30 June is 00:30 on 1 July in summer time, two hours ahead.
        let summer: Timestamp = "2026-06-30T22:30:00Z".parse().unwrap();
        assert_eq!(Clock::fixed(summer).today(), jiff::civil::date(2026, 7, 1));
        let early: Timestamp = "2026-11-23T22:59:59Z".parse().unwrap();
        assert_eq!(Clock::fixed(early).today(), jiff::civil::date(2026, 11, 23));
    }
}
