//! Fuzzes the opening-hours language (`help::hours`), which administrators type and
//! imports carry: what reads back is the schedule written, the schedule keeps its own
//! rules, and "open now" agrees with "opens next".
//!
//! Input: the first two bytes pick a moment (a day within a few centuries and a minute
//! of it); the rest is the hours as text.
//!
//! Run from the repo root: `RUSTC_BOOTSTRAP=1 cargo fuzz run hours`.
#![no_main]

use borgerbro::fuzzing::{Lang, Moment, Schedule, Status};
use jiff::civil::{Date, DateTime};
use jiff::Span;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Some((&[a, b], bytes)) = data.split_first_chunk::<2>() else {
        return;
    };
    let Ok(text) = std::str::from_utf8(bytes) else {
        return;
    };
    let schedule = match text.parse::<Schedule>() {
        Ok(schedule) => schedule,
        Err(errors) => {
            assert!(!errors.is_empty(), "{text:?}: refused without a reason");
            for error in errors {
                assert!(
                    text.contains(error.entry.as_str()) && !error.entry.is_empty(),
                    "{text:?}: {error:?} names no entry as written"
                );
                assert!(error.problem.starts_with("help-hours-"), "{error:?}");
            }
            return;
        }
    };
    // What is written back reads back the same, and writes the same again.
    let written = schedule.to_string();
    let again: Schedule = written
        .parse()
        .unwrap_or_else(|e| panic!("{text:?} wrote {written:?}, which reads as {e:?}"));
    assert_eq!(again, schedule, "{text:?} wrote {written:?}");
    assert_eq!(again.to_string(), written);

    // The schedule's own rules: sorted periods within a day, none overlapping another of
    // its kind.
    let periods = schedule.periods();
    for p in periods {
        assert!((1..=7).contains(&p.day), "{text:?}: {p:?}");
        assert!(p.opens < p.closes && p.closes <= 24 * 60, "{text:?}: {p:?}");
    }
    for pair in periods.windows(2) {
        assert!(pair[0] <= pair[1], "{text:?}: not sorted");
    }
    for (i, p) in periods.iter().enumerate() {
        for q in &periods[i + 1..] {
            let overlap = p.day == q.day
                && p.drop_in == q.drop_in
                && p.opens < q.closes
                && q.opens < p.closes;
            assert!(!overlap, "{text:?}: {p:?} overlaps {q:?}");
        }
    }
    for lang in [Lang::Da, Lang::En] {
        let _ = schedule.week_text(lang);
    }

    // A moment from year -9999 to 9999: the search asks "open now" of every place.
    let day = i32::from(u16::from_le_bytes([a, b]));
    let days = Span::new().days(i64::from(day) * 97 - 3_000_000);
    let Ok(date) = Date::new(2026, 1, 1).and_then(|d| d.checked_add(days)) else {
        return;
    };
    let minute = i32::from(a ^ b) * 1440 / 256;
    let at = DateTime::from(date)
        .with()
        .hour((minute / 60) as i8)
        .minute((minute % 60) as i8);
    let Ok(at) = at.build() else {
        return;
    };
    let now = Moment::new(at);
    let open = schedule.is_open(&now);
    match schedule.status(&now) {
        Status::OpenUntil { closes, .. } => {
            assert!(open, "{text:?} at {at}: open until, but not open");
            assert!(
                i32::from(closes) > minute,
                "{text:?} at {at}: closes {closes}"
            );
        }
        Status::Opens { date: opens_on, .. } => {
            assert!(!open, "{text:?} at {at}: opens later, but open now");
            assert!(opens_on >= at.date(), "{text:?} at {at}: opens {opens_on}");
        }
        Status::NeverOpen => assert!(!open, "{text:?} at {at}"),
    }
    let to = at
        .date()
        .checked_add(Span::new().days(40))
        .unwrap_or(at.date());
    for (closed, _) in schedule.closed_days(at.date(), to) {
        assert!(at.date() <= closed && closed < to, "{text:?}: {closed}");
    }
});
