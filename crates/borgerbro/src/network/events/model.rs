//! Courses and events: what an event is, the checks of the organiser's form and of a
//! sign-up without a login, who organises an event, and when its reminder letter goes
//! out. Pure rules, no I/O.

use jiff::civil::{Date, DateTime, Time};
use serde::Deserialize;

use crate::forms::FormErrors;
use crate::network::members::model::LANGUAGES;

/// What kind of event it is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// Come when you like, with what you need help with.
    DropIn,
    /// A course, often of several parts, for beginners or more.
    Course,
    /// Citizens teach each other (at the libraries).
    PeerTeaching,
    ItCafe,
    /// Learn to spot fraud: false letters, text messages and calls.
    FraudSession,
    Other,
}

impl Kind {
    pub const ALL: [Kind; 6] = [
        Kind::DropIn,
        Kind::Course,
        Kind::PeerTeaching,
        Kind::ItCafe,
        Kind::FraudSession,
        Kind::Other,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Kind::DropIn => "drop_in",
            Kind::Course => "course",
            Kind::PeerTeaching => "peer_teaching",
            Kind::ItCafe => "it_cafe",
            Kind::FraudSession => "fraud_session",
            Kind::Other => "other",
        }
    }

    pub fn parse(text: &str) -> Option<Kind> {
        Kind::ALL.into_iter().find(|k| k.as_str() == text)
    }

    pub(crate) fn label_key(self) -> String {
        format!("events-kind-{}", self.as_str().replace('_', "-"))
    }
}

/// Where a sign-up stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    /// Has a seat.
    Seat,
    /// On the waiting list, in the order of signing up.
    Waiting,
    Cancelled,
}

impl Status {
    pub fn as_str(self) -> &'static str {
        match self {
            Status::Seat => "seat",
            Status::Waiting => "waiting",
            Status::Cancelled => "cancelled",
        }
    }

    pub fn parse(text: &str) -> Option<Status> {
        [Status::Seat, Status::Waiting, Status::Cancelled]
            .into_iter()
            .find(|s| s.as_str() == text)
    }
}

/// How a citizen was signed up.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Channel {
    /// By themself, logged in.
    Online,
    /// By the front desk or the organiser, in person or on the phone.
    Desk,
    /// By a helper inside the citizen's permission.
    Helper,
    /// By another system with an API key (a phone robot).
    Api,
}

impl Channel {
    pub fn as_str(self) -> &'static str {
        match self {
            Channel::Online => "online",
            Channel::Desk => "desk",
            Channel::Helper => "helper",
            Channel::Api => "api",
        }
    }

    pub fn parse(text: &str) -> Option<Channel> {
        [
            Channel::Online,
            Channel::Desk,
            Channel::Helper,
            Channel::Api,
        ]
        .into_iter()
        .find(|c| c.as_str() == text)
    }

    pub(crate) fn label_key(self) -> &'static str {
        match self {
            Channel::Online => "events-channel-online",
            Channel::Desk => "events-channel-desk",
            Channel::Helper => "events-channel-helper",
            Channel::Api => "events-channel-api",
        }
    }
}

/// The most characters of a title.
pub const MAX_TITLE: usize = 200;
/// The most characters of a description.
pub const MAX_DESCRIPTION: usize = 4_000;
/// The most characters of the accessibility text.
pub const MAX_ACCESSIBILITY: usize = 1_000;
/// The most characters of a name given without a login.
pub const MAX_NAME: usize = 200;
/// The most seats an event can have: a big hall, not a typo.
pub const MAX_SEATS: i64 = 1_000;

/// The organiser's form as typed, kept as typed so a refused form shows it again.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[serde(default)]
pub struct EventForm {
    pub title: String,
    pub kind: String,
    pub place: String,
    /// The day, `2026-12-24` (a date field) or `24.12.2026` (typed by hand).
    pub day: String,
    /// Danish wall-clock times, `10:00` or `10.00`.
    pub starts: String,
    pub ends: String,
    pub language: String,
    pub seats: String,
    pub accessibility: String,
    pub description: String,
}

/// An event's details, checked; times are UTC milliseconds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Details {
    pub kind: Kind,
    pub title: String,
    pub description: String,
    pub place_id: String,
    pub starts_at: i64,
    pub ends_at: i64,
    pub language: String,
    pub seats: i64,
    pub accessibility: String,
}

/// A day as typed: ISO (`2026-12-24`) or Danish (`24.12.2026`, `24-12-2026`, `24/12/2026`).
pub fn parse_day(text: &str) -> Option<Date> {
    let text = text.trim();
    if let Ok(day) = text.parse::<Date>() {
        return Some(day);
    }
    let parts: Vec<&str> = text.split(['.', '-', '/']).collect();
    let [d, m, y] = parts.as_slice() else {
        return None;
    };
    let (d, m, y) = (d.parse().ok()?, m.parse().ok()?, y.parse().ok()?);
    Date::new(y, m, d).ok()
}

/// A wall-clock time as typed: `10:00`, `10.00`, `9.30` or `10`.
pub fn parse_time(text: &str) -> Option<Time> {
    let text = text.trim().replace('.', ":");
    Time::strptime("%H:%M", &text)
        .ok()
        .or_else(|| Time::strptime("%H", &text).ok())
}

/// A Danish wall-clock time as UTC milliseconds (the earlier of the two on the night the
/// clocks go back; a time that does not exist is moved forward).
pub fn local_ms(day: Date, time: Time) -> i64 {
    DateTime::from_parts(day, time)
        .to_zoned(crate::clock::denmark())
        .map(|z| z.timestamp().as_millisecond())
        .unwrap_or_default()
}

/// The Danish wall-clock time of UTC milliseconds.
pub fn local(ms: i64) -> DateTime {
    jiff::Timestamp::from_millisecond(ms)
        .unwrap_or_default()
        .to_zoned(crate::clock::denmark())
        .datetime()
}

impl EventForm {
    /// The form filled in from an event, to change it.
    pub fn of(details: &Details) -> EventForm {
        let (start, end) = (local(details.starts_at), local(details.ends_at));
        EventForm {
            title: details.title.clone(),
            kind: details.kind.as_str().to_owned(),
            place: details.place_id.clone(),
            day: start.date().to_string(),
            starts: format!("{:02}:{:02}", start.hour(), start.minute()),
            ends: format!("{:02}:{:02}", end.hour(), end.minute()),
            language: details.language.clone(),
            seats: details.seats.to_string(),
            accessibility: details.accessibility.clone(),
            description: details.description.clone(),
        }
    }

    /// The details, or every problem at once, each on its field. `known_place` says
    /// whether a help place exists; an event that starts at or before `now_ms` is
    /// refused (nobody can sign up for what has begun).
    pub fn check(
        &self,
        known_place: impl Fn(&str) -> bool,
        now_ms: i64,
    ) -> Result<Details, FormErrors> {
        let mut errors = FormErrors::default();
        let title = errors.line("title", &self.title, MAX_TITLE, "events-error-too-long");
        if title.is_empty() && !errors.has("title") {
            errors.add("title", "events-error-title");
        }
        let kind = Kind::parse(&self.kind);
        if kind.is_none() {
            errors.add("kind", "events-error-kind");
        }
        let place_id = self.place.trim().to_owned();
        if !known_place(&place_id) {
            errors.add("place", "events-error-place");
        }
        let day = parse_day(&self.day);
        if day.is_none() {
            errors.add("day", "events-error-day");
        }
        let starts = parse_time(&self.starts);
        if starts.is_none() {
            errors.add("starts", "events-error-time");
        }
        let ends = parse_time(&self.ends);
        if ends.is_none() {
            errors.add("ends", "events-error-time");
        }
        let window = match (day, starts, ends) {
            (Some(day), Some(starts), Some(ends)) => {
                let window = (local_ms(day, starts), local_ms(day, ends));
                if window.1 <= window.0 {
                    errors.add("ends", "events-error-ends-before");
                } else if window.0 <= now_ms {
                    errors.add("day", "events-error-past");
                }
                window
            }
            _ => (0, 0),
        };
        let language = self.language.trim().to_owned();
        if !LANGUAGES.contains(&language.as_str()) {
            errors.add("language", "events-error-language");
        }
        let seats = match self.seats.trim().parse::<i64>() {
            Ok(n) if (1..=MAX_SEATS).contains(&n) => n,
            _ => {
                errors.add("seats", "events-error-seats");
                0
            }
        };
        let accessibility = errors.text(
            "accessibility",
            &self.accessibility,
            MAX_ACCESSIBILITY,
            "events-error-too-long",
        );
        let description = errors.text(
            "description",
            &self.description,
            MAX_DESCRIPTION,
            "events-error-too-long",
        );
        if description.is_empty() && !errors.has("description") {
            errors.add("description", "events-error-description");
        }
        match (errors.is_empty(), kind) {
            (true, Some(kind)) => Ok(Details {
                kind,
                title,
                description,
                place_id,
                starts_at: window.0,
                ends_at: window.1,
                language,
                seats,
                accessibility,
            }),
            _ => Err(errors),
        }
    }
}

/// A changed event may not have fewer seats than are taken: nobody loses a seat they
/// were given. Answers the problem on the `seats` field.
pub fn seats_problem(new_seats: i64, taken: i64) -> Option<&'static str> {
    (new_seats < taken).then_some("events-error-seats-below-taken")
}

/// Someone signed up by name and phone number (by the front desk, or by a system),
/// checked: both are needed, since the organiser has no other way to reach them.
pub fn contact(name: &str, phone: &str) -> Result<(String, String), FormErrors> {
    let mut errors = FormErrors::default();
    let name = errors.line("name", name, MAX_NAME, "events-error-too-long");
    if name.is_empty() && !errors.has("name") {
        errors.add("name", "events-error-name");
    }
    let phone = match crate::phone::parse(phone) {
        Ok(Some(phone)) => phone,
        Ok(None) => {
            errors.add("phone", "events-error-phone-missing");
            String::new()
        }
        Err(_) => {
            errors.add("phone", "events-error-phone");
            String::new()
        }
    };
    match errors.is_empty() {
        true => Ok((name, phone)),
        false => Err(errors),
    }
}

/// Whether someone organises an event: a member's event by the people acting for that
/// member (`acting_for`: the organisation they act for now), the authority's event
/// (no organisation) by its staff for the network (the coordinator, the front desk).
pub fn organises(
    event_organisation: Option<&str>,
    acting_for: Option<&str>,
    authority_staff: bool,
) -> bool {
    match event_organisation {
        Some(organisation) => acting_for == Some(organisation),
        None => authority_staff,
    }
}

/// A waiting sign-up's place in line: one more than the waiting sign-ups before it,
/// counted by their numbers (the order they signed up in).
pub fn position(number: i64, waiting_numbers: &[i64]) -> i64 {
    let ahead = waiting_numbers.iter().filter(|n| **n < number).count();
    i64::try_from(ahead).unwrap_or(i64::MAX - 1) + 1
}

/// Seats free now.
pub fn free_seats(seats: i64, taken: i64) -> i64 {
    (seats - taken).max(0)
}

/// How many days before the event's day a paper reader's reminder goes out, beyond the
/// post's days on the way: it then lies in the letterbox two days before, time to plan
/// the trip or to say no so someone else gets the seat. With the default post policy
/// (3 days on the way) that is 5 days before.
pub const PAPER_MARGIN_DAYS: i32 = 2;

/// Whether a citizen's reminder should go out today.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reminder {
    /// Not yet: its first day has not come.
    NotYet,
    /// Today.
    Now,
    /// It can no longer reach them before the event (the day has come, or a paper letter
    /// posted today arrives on the day or after): none is sent.
    TooLate,
}

/// The first day a reminder goes out: the day before for a digital reader, for a paper
/// reader the post's days plus [`PAPER_MARGIN_DAYS`] before.
pub fn reminder_from(event_day: Date, paper: bool, postal_days: i32) -> Date {
    let days = match paper {
        true => postal_days + PAPER_MARGIN_DAYS,
        false => 1,
    };
    event_day
        .checked_sub(jiff::Span::new().days(i64::from(days)))
        .unwrap_or(event_day)
}

/// Whether a reminder for an event on `event_day` goes out `today`.
pub fn reminder(today: Date, event_day: Date, paper: bool, postal_days: i32) -> Reminder {
    let arrives = match paper {
        true => today
            .checked_add(jiff::Span::new().days(i64::from(postal_days)))
            .unwrap_or(Date::MAX),
        false => today,
    };
    if today >= event_day || arrives >= event_day {
        Reminder::TooLate
    } else if today < reminder_from(event_day, paper, postal_days) {
        Reminder::NotYet
    } else {
        Reminder::Now
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    fn form() -> EventForm {
        EventForm {
            title: "IT-café".into(),
            kind: "it_cafe".into(),
            place: "p1".into(),
            day: "2026-12-14".into(),
            starts: "10:00".into(),
            ends: "12.00".into(),
            language: "da".into(),
            seats: "12".into(),
            accessibility: "Der er elevator.".into(),
            description: "Tag din telefon med.".into(),
        }
    }

    fn known(id: &str) -> bool {
        id == "p1"
    }

    /// 2026-12-06 12:00 in Denmark.
    fn now() -> i64 {
        local_ms(date(2026, 12, 6), Time::constant(12, 0, 0, 0))
    }

    #[test]
    fn a_good_form_is_read_in_danish_time() {
        let details = form().check(known, now()).unwrap();
        assert_eq!(details.kind, Kind::ItCafe);
        // 10:00 in Copenhagen in winter is 09:00 UTC.
        assert_eq!(
            jiff::Timestamp::from_millisecond(details.starts_at)
                .unwrap()
                .to_string(),
            "2026-12-14T09:00:00Z"
        );
        assert_eq!(details.ends_at - details.starts_at, 2 * 60 * 60 * 1000);
        assert_eq!(
            EventForm::of(&details),
            EventForm {
                ends: "12:00".into(),
                ..form()
            }
        );
    }

    #[test]
    fn a_day_typed_the_danish_way_is_read_too() {
        assert_eq!(parse_day("14.12.2026"), Some(date(2026, 12, 14)));
        assert_eq!(parse_day("14-12-2026"), Some(date(2026, 12, 14)));
        assert_eq!(parse_day("2026-12-14"), Some(date(2026, 12, 14)));
        assert_eq!(parse_day("31.02.2026"), None);
        assert_eq!(parse_day("i morgen"), None);
        assert_eq!(parse_time("9.30"), Some(Time::constant(9, 30, 0, 0)));
        assert_eq!(parse_time("25:00"), None);
    }

    #[test]
    fn an_event_in_the_past_is_refused_on_its_day() {
        let past = EventForm {
            day: "2026-12-01".into(),
            ..form()
        };
        let errors = past.check(known, now()).unwrap_err();
        assert_eq!(errors.get("day"), Some("events-error-past"));
        // Earlier the same day counts as past as well.
        let this_morning = EventForm {
            day: "06.12.2026".into(),
            starts: "08:00".into(),
            ..form()
        };
        assert_eq!(
            this_morning.check(known, now()).unwrap_err().get("day"),
            Some("events-error-past")
        );
    }

    #[test]
    fn every_problem_is_named_at_once() {
        let bad = EventForm {
            title: " ".into(),
            kind: "party".into(),
            place: "nowhere".into(),
            starts: "14:00".into(),
            ends: "13:00".into(),
            language: "xx".into(),
            seats: "0".into(),
            description: String::new(),
            ..form()
        };
        let errors = bad.check(known, now()).unwrap_err();
        for (field, message) in [
            ("title", "events-error-title"),
            ("kind", "events-error-kind"),
            ("place", "events-error-place"),
            ("ends", "events-error-ends-before"),
            ("language", "events-error-language"),
            ("seats", "events-error-seats"),
            ("description", "events-error-description"),
        ] {
            assert_eq!(errors.get(field), Some(message), "{field}");
        }
        let too_many = EventForm {
            seats: "1001".into(),
            ..form()
        };
        assert!(too_many.check(known, now()).unwrap_err().has("seats"));
    }

    #[test]
    fn seats_cannot_go_below_those_taken() {
        assert_eq!(seats_problem(3, 4), Some("events-error-seats-below-taken"));
        assert_eq!(seats_problem(4, 4), None);
        assert_eq!(free_seats(3, 4), 0);
        assert_eq!(free_seats(10, 4), 6);
    }

    #[test]
    fn a_sign_up_without_a_login_needs_a_name_and_a_phone_number() {
        assert_eq!(
            contact(" Inge Holm ", "20 30 40 50").unwrap(),
            ("Inge Holm".to_owned(), "20 30 40 50".to_owned())
        );
        let errors = contact("", "").unwrap_err();
        assert_eq!(errors.get("name"), Some("events-error-name"));
        assert_eq!(errors.get("phone"), Some("events-error-phone-missing"));
        assert_eq!(
            contact("Inge", "123").unwrap_err().get("phone"),
            Some("events-error-phone")
        );
    }

    #[test]
    fn members_organise_their_own_events_and_staff_the_authoritys() {
        assert!(organises(Some("lib"), Some("lib"), false));
        assert!(!organises(Some("lib"), Some("seniors"), false));
        assert!(
            !organises(Some("lib"), None, true),
            "staff do not run a member's event"
        );
        assert!(organises(None, None, true));
        assert!(!organises(None, Some("lib"), false));
    }

    #[test]
    fn a_place_in_line_counts_those_who_signed_up_before() {
        assert_eq!(position(7, &[5, 7, 9]), 2);
        assert_eq!(position(5, &[5, 7, 9]), 1);
        assert_eq!(position(9, &[9]), 1);
    }

    #[test]
    fn a_digital_reminder_goes_the_day_before() {
        let event = date(2026, 12, 14);
        assert_eq!(
            reminder(date(2026, 12, 12), event, false, 3),
            Reminder::NotYet
        );
        assert_eq!(reminder(date(2026, 12, 13), event, false, 3), Reminder::Now);
        assert_eq!(
            reminder(date(2026, 12, 14), event, false, 3),
            Reminder::TooLate
        );
    }

    #[test]
    fn a_paper_reminder_goes_early_enough_to_arrive_before_the_day() {
        let event = date(2026, 12, 14);
        assert_eq!(reminder_from(event, true, 3), date(2026, 12, 9));
        assert_eq!(
            reminder(date(2026, 12, 8), event, true, 3),
            Reminder::NotYet
        );
        assert_eq!(reminder(date(2026, 12, 9), event, true, 3), Reminder::Now);
        // Posted on the 10th it still arrives the day before.
        assert_eq!(reminder(date(2026, 12, 10), event, true, 3), Reminder::Now);
        // Posted on the 11th it would arrive on the day: too late to be of use.
        assert_eq!(
            reminder(date(2026, 12, 11), event, true, 3),
            Reminder::TooLate
        );
    }

    #[test]
    fn stored_words_read_back() {
        for kind in Kind::ALL {
            assert_eq!(Kind::parse(kind.as_str()), Some(kind));
        }
        for channel in [
            Channel::Online,
            Channel::Desk,
            Channel::Helper,
            Channel::Api,
        ] {
            assert_eq!(Channel::parse(channel.as_str()), Some(channel));
        }
        assert_eq!(Status::parse("seat"), Some(Status::Seat));
        assert_eq!(Status::parse("maybe"), None);
        assert_eq!(Kind::FraudSession.label_key(), "events-kind-fraud-session");
    }
}
