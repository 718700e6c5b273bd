//! A booked meeting as an iCalendar file (RFC 5545), to put in the citizen's calendar.

use icalendar::{Calendar, CalendarDateTime, Component, Event, EventLike};

use super::Booking;
use crate::i18n::Lang;

fn utc(ms: i64) -> CalendarDateTime {
    CalendarDateTime::Utc(chrono::DateTime::from_timestamp_millis(ms).unwrap_or_default())
}

pub(crate) fn meeting(lang: Lang, booking: &Booking, place: &str) -> String {
    let mut event = Event::new();
    event
        .uid(&format!("{}@borgerbro", booking.id))
        .summary(&lang.t(booking.slot.kind.label_key()))
        .description(&booking.topic)
        .starts(utc(booking.slot.window.starts_at))
        .ends(utc(booking.slot.window.ends_at));
    if !place.is_empty() {
        event.location(place);
    }
    let mut calendar = Calendar::new();
    calendar.push(event.done());
    calendar.done().to_string()
}
