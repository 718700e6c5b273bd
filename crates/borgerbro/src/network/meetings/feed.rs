//! The network's meetings as an iCalendar feed (RFC 5545), for the members' calendars.
//! Public, like the meetings: no one's sign-up is in it.

use icalendar::{Calendar, CalendarDateTime, Component, Event, EventLike};

use super::Meeting;

fn utc(ms: i64) -> CalendarDateTime {
    CalendarDateTime::Utc(chrono::DateTime::from_timestamp_millis(ms).unwrap_or_default())
}

/// Every meeting as an event; `host` names a meeting's host organisation.
pub(crate) fn calendar(meetings: &[Meeting], host: impl Fn(&str) -> String, base: &str) -> String {
    let mut calendar = Calendar::new();
    calendar.name("Netværket for digital inklusion");
    for meeting in meetings {
        let mut event = Event::new();
        event
            .uid(&format!("{}@borgerbro", meeting.id))
            .summary(&meeting.title)
            .description(&host(&meeting.host))
            .location(&meeting.place)
            .url(&format!("{base}/netvaerk/moeder/{}", meeting.id))
            .starts(utc(meeting.starts_at))
            .ends(utc(meeting.ends_at));
        calendar.push(event.done());
    }
    calendar.done().to_string()
}
