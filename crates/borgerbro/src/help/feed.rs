//! A place's drop-in times and outreach visits as an iCalendar feed (RFC 5545): one
//! weekly repeating event per period, in Danish time, so a citizen or a support worker
//! can keep them in their own calendar. The days the place is closed in the coming year
//! (holidays, its own closing days) are left out of the repetition (EXDATE), so nobody
//! comes to a locked door on Christmas Eve.

use icalendar::{Calendar, CalendarDateTime, Component, Event, EventLike, Property};
use jiff::civil::Date;

use super::hours::Period;
use super::model::{Kind, Place, CLOSED_DAYS_PUBLISHED};
use crate::i18n::Lang;

const DAY_CODES: [&str; 7] = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"];

/// The periods the feed holds: every visit of an outreach team; the drop-in times of
/// any other place (its plain opening hours are on its page).
fn feed_periods(place: &Place) -> impl Iterator<Item = &Period> {
    let outreach = place.kind == Kind::Outreach;
    place
        .hours
        .periods()
        .iter()
        .filter(move |p| outreach || p.drop_in)
}

/// Whether the place has anything for its feed to hold.
pub(crate) fn has_feed(place: &Place) -> bool {
    feed_periods(place).next().is_some()
}

/// The first day on or after `from` that falls on the period's weekday.
fn first_day(period: &Period, from: Date) -> Date {
    let mut day = from;
    for _ in 0..7 {
        if day.weekday() == period.weekday() {
            break;
        }
        day = day.tomorrow().unwrap_or(day);
    }
    day
}

fn local(day: Date, minute: u16) -> CalendarDateTime {
    CalendarDateTime::WithTimezone {
        date_time: naive(day, minute),
        tzid: TZID.into(),
    }
}

const TZID: &str = "Europe/Copenhagen";

fn naive(day: Date, minute: u16) -> chrono::NaiveDateTime {
    let date = chrono::NaiveDate::from_ymd_opt(
        i32::from(day.year()),
        u32::from(day.month().unsigned_abs()),
        u32::from(day.day().unsigned_abs()),
    )
    .unwrap_or_default();
    // 24:00 closes a day; the calendar writes it as 23:59.
    let minute = u32::from(minute.min(24 * 60 - 1));
    let time = chrono::NaiveTime::from_hms_opt(minute / 60, minute % 60, 0).unwrap_or_default();
    date.and_time(time)
}

/// A stored UTC time as the calendar writes it: in Danish time, with its zone.
fn local_ms(ms: i64) -> CalendarDateTime {
    let at = crate::network::events::model::local(ms);
    CalendarDateTime::WithTimezone {
        date_time: naive(
            at.date(),
            u16::try_from(i32::from(at.hour()) * 60 + i32::from(at.minute())).unwrap_or(0),
        ),
        tzid: TZID.into(),
    }
}

/// The place's drop-in times and visits, repeating weekly, and the network's coming
/// courses and events there (`events`, from `network::events::upcoming_at`), each once,
/// linking to its page under `base`.
pub(crate) fn calendar(
    lang: Lang,
    place: &Place,
    today: Date,
    events: &[crate::network::events::Event],
    base: &str,
) -> String {
    let title = lang.t_args(
        if place.kind == Kind::Outreach {
            "help-feed-visit"
        } else {
            "help-feed-drop-in"
        },
        &[("place", place.name.clone())],
    );
    let until = today
        .checked_add(jiff::Span::new().days(CLOSED_DAYS_PUBLISHED))
        .unwrap_or(today);
    let closed = place.hours.closed_days(today, until);
    let mut calendar = Calendar::new();
    calendar.name(&place.name);
    for period in feed_periods(place) {
        let day = first_day(period, today);
        let mut event = Event::new();
        event
            .uid(&format!(
                "{}-{}-{}@borgerbro",
                place.id, period.day, period.opens
            ))
            .summary(&title)
            .description(&place.description)
            .starts(local(day, period.opens))
            .ends(local(day, period.closes))
            .add_property(
                "RRULE",
                format!(
                    "FREQ=WEEKLY;BYDAY={}",
                    DAY_CODES[usize::from(period.day - 1)]
                ),
            );
        if let Some(address) = place.address_line() {
            event.location(&address);
        }
        for (day, _) in closed
            .iter()
            .filter(|(d, _)| d.weekday() == period.weekday())
        {
            let at = naive(*day, period.opens)
                .format("%Y%m%dT%H%M%S")
                .to_string();
            event.append_multi_property(
                Property::new("EXDATE", at)
                    .add_parameter("TZID", TZID)
                    .done(),
            );
        }
        calendar.push(event.done());
    }
    for found in events {
        let d = &found.details;
        let url = format!("{base}/arrangementer/{}", found.id);
        let mut event = Event::new();
        event
            .uid(&format!("{}@borgerbro", found.id))
            .summary(&d.title)
            .description(&format!("{}\n\n{url}", d.description))
            .starts(local_ms(d.starts_at))
            .ends(local_ms(d.ends_at))
            .url(&url);
        if let Some(address) = place.address_line() {
            event.location(&address);
        }
        calendar.push(event.done());
    }
    calendar.done().to_string()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::help::{PlaceDraft, Postcodes};
    use jiff::civil::date;

    #[test]
    fn drop_in_times_repeat_weekly_from_their_next_day() {
        let place = PlaceDraft {
            kind: "library".into(),
            name: "Dokk1".into(),
            street: "Hack Kampmanns Plads 2".into(),
            postcode: "8000".into(),
            topics: "mitid".into(),
            hours: "man-fre 08-22; tor 10-12 drop-in".into(),
            ..PlaceDraft::default()
        }
        .check(&Postcodes::demo())
        .unwrap_or_else(|e| panic!("{e:?}"))
        .into_place("p1".into(), 0);
        // Monday 23 November 2026: the next Thursday is the 26th.
        let ics = calendar(
            Lang::Da,
            &place,
            date(2026, 11, 23),
            &[],
            "https://borgerbro.example",
        );
        assert_eq!(ics.matches("BEGIN:VEVENT").count(), 1, "{ics}");
        assert!(
            ics.contains("DTSTART;TZID=Europe/Copenhagen:20261126T100000"),
            "{ics}"
        );
        assert!(ics.contains("RRULE:FREQ=WEEKLY;BYDAY=TH"), "{ics}");
        // Christmas Eve 2026 is a Thursday: no drop-in then.
        assert!(
            ics.contains("EXDATE;TZID=Europe/Copenhagen:20261224T100000"),
            "{ics}"
        );
        assert!(
            ics.contains("LOCATION:Hack Kampmanns Plads 2\\, 8000 Aarhus C"),
            "{ics}"
        );
    }
}
