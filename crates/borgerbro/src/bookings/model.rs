//! Times to book with a person and the rules of booking them. No I/O.
//!
//! Staff write a series the way they plan a week ("Mondays and Thursdays 10-12, 20
//! minutes each, until Christmas") in Danish wall-clock time; each slot is stored as UTC
//! milliseconds, so a series across the change to winter time still starts at 10:00.

use std::collections::HashSet;

use jiff::civil::{Date, DateTime, Time, Weekday};
use jiff::Timestamp;
use serde::Deserialize;

use crate::clock::denmark;
use crate::forms::FormErrors;
use crate::post::Policy;

/// What kind of meeting a slot is for.
// Named in the API as `as_str` writes it (snake_case).
#[derive(Debug, Clone, Copy, PartialEq, Eq, utoipa::ToSchema)]
#[schema(as = MeetingKind, rename_all = "snake_case")]
pub enum Kind {
    /// A meeting at a help place (a front desk).
    FrontDesk,
    /// We ring the citizen.
    Callback,
    Video,
    HomeVisit,
}

impl Kind {
    pub(crate) const ALL: [Kind; 4] = [
        Kind::FrontDesk,
        Kind::Callback,
        Kind::Video,
        Kind::HomeVisit,
    ];

    pub(crate) fn as_str(self) -> &'static str {
        match self {
            Kind::FrontDesk => "front_desk",
            Kind::Callback => "callback",
            Kind::Video => "video",
            Kind::HomeVisit => "home_visit",
        }
    }

    pub fn parse(text: &str) -> Option<Kind> {
        Kind::ALL.into_iter().find(|k| k.as_str() == text)
    }

    pub(crate) fn label_key(self) -> &'static str {
        match self {
            Kind::FrontDesk => "bookings-kind-front-desk",
            Kind::Callback => "bookings-kind-callback",
            Kind::Video => "bookings-kind-video",
            Kind::HomeVisit => "bookings-kind-home-visit",
        }
    }

    /// A meeting across a desk happens at a place.
    pub(crate) fn needs_place(self) -> bool {
        self == Kind::FrontDesk
    }

    /// The hint over the booker's note: a call is not a meeting.
    pub(crate) fn note_hint_key(self) -> &'static str {
        match self {
            Kind::Callback => "bookings-field-note-hint-call",
            Kind::FrontDesk | Kind::Video | Kind::HomeVisit => "bookings-field-note-hint",
        }
    }

    /// We ring the citizen, or send the video link by text message.
    pub(crate) fn needs_phone(self) -> bool {
        matches!(self, Kind::Callback | Kind::Video)
    }
}

/// Start and end of a slot, UTC milliseconds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Window {
    pub starts_at: i64,
    pub ends_at: i64,
}

impl Window {
    pub(crate) fn overlaps(&self, other: &Window) -> bool {
        self.starts_at < other.ends_at && other.starts_at < self.ends_at
    }
}

/// A time that can be booked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Slot {
    pub id: String,
    pub kind: Kind,
    pub place_id: Option<String>,
    pub window: Window,
}

/// A Danish wall-clock time as UTC milliseconds (the earlier of the two on the night the
/// clocks go back, a time that does not exist is moved forward).
pub(crate) fn local_ms(day: Date, time: Time) -> i64 {
    DateTime::from_parts(day, time)
        .to_zoned(denmark())
        .map(|z| z.timestamp().as_millisecond())
        .unwrap_or_default()
}

/// The Danish wall-clock time of UTC milliseconds.
pub(crate) fn local(ms: i64) -> DateTime {
    Timestamp::from_millisecond(ms)
        .unwrap_or_default()
        .to_zoned(denmark())
        .datetime()
}

/// The day a paper letter about a meeting, posted at `sent_at`, reaches the citizen, when
/// that is too late to tell them: on or after the meeting's own day (a letter that comes
/// on the morning of a call-back at nine has not told anyone in time).
pub(crate) fn paper_too_late(
    policy: &Policy,
    sent_at: i64,
    meeting_starts_at: i64,
) -> Option<Date> {
    let arrives_on = policy.paper_arrives_on(local(sent_at).date());
    (arrives_on >= local(meeting_starts_at).date()).then_some(arrives_on)
}

/// Most slots one series may make, so one form cannot fill the database.
pub(crate) const MAX_SERIES_SLOTS: usize = 2000;
/// Longest span of one series: a quarter of a year.
pub(crate) const MAX_SERIES_DAYS: i32 = 92;

/// The series form as staff fill it in, kept as typed.
#[derive(Debug, Clone, Default, Deserialize)]
pub struct SeriesDraft {
    #[serde(default)]
    pub kind: String,
    #[serde(default)]
    pub place_id: String,
    #[serde(default)]
    pub first: String,
    #[serde(default)]
    pub last: String,
    /// 1 (Monday) to 7 (Sunday), one box each.
    #[serde(default)]
    pub weekday: Vec<String>,
    #[serde(default)]
    pub from: String,
    #[serde(default)]
    pub to: String,
    #[serde(default)]
    pub minutes: String,
}

impl SeriesDraft {
    pub(crate) fn has_weekday(&self, day: &u8) -> bool {
        self.weekday.iter().any(|d| *d == day.to_string())
    }
}

/// A series that passed its checks.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Series {
    pub kind: Kind,
    pub place_id: Option<String>,
    pub first: Date,
    pub last: Date,
    pub weekdays: Vec<Weekday>,
    pub from: Time,
    pub to: Time,
    pub minutes: i64,
}

fn clock_of(text: &str) -> Option<Time> {
    let text = text.trim().replace('.', ":");
    Time::strptime("%H:%M", &text)
        .ok()
        .or_else(|| Time::strptime("%H", &text).ok())
}

impl SeriesDraft {
    /// Every problem at once, each on its field; `places` are the help places' ids.
    pub fn check(&self, places: &[&str]) -> Result<Series, FormErrors> {
        let mut errors = FormErrors::default();
        let kind = Kind::parse(&self.kind);
        if kind.is_none() {
            errors.add("kind", "bookings-error-kind");
        }
        let place_id = Some(self.place_id.trim().to_owned()).filter(|p| !p.is_empty());
        if kind.is_some_and(Kind::needs_place)
            && !place_id.as_deref().is_some_and(|p| places.contains(&p))
        {
            errors.add("place_id", "bookings-error-place");
        }
        let first = self.first.trim().parse::<Date>().ok();
        if first.is_none() {
            errors.add("first", "bookings-error-first-date");
        }
        let last = self.last.trim().parse::<Date>().ok();
        if last.is_none() {
            errors.add("last", "bookings-error-last-date");
        }
        if let (Some(first), Some(last)) = (first, last) {
            if last < first {
                errors.add("last", "bookings-error-date-order");
            } else if first
                .until(last)
                .map_or(true, |s| s.get_days() > MAX_SERIES_DAYS)
            {
                errors.add("last", "bookings-error-date-span");
            }
        }
        let weekdays: Vec<Weekday> = self
            .weekday
            .iter()
            .filter_map(|d| d.parse::<i8>().ok())
            .filter_map(|d| Weekday::from_monday_one_offset(d).ok())
            .collect();
        if weekdays.is_empty() {
            errors.add("weekday", "bookings-error-weekdays");
        }
        let from = clock_of(&self.from);
        if from.is_none() {
            errors.add("from", "bookings-error-from-time");
        }
        let to = clock_of(&self.to);
        if to.is_none() {
            errors.add("to", "bookings-error-to-time");
        }
        if let (Some(from), Some(to)) = (from, to) {
            if to <= from {
                errors.add("to", "bookings-error-time-order");
            }
        }
        let minutes = self.minutes.trim().parse::<i64>().ok();
        if !minutes.is_some_and(|m| (5..=240).contains(&m)) {
            errors.add("minutes", "bookings-error-minutes");
        }
        match (kind, first, last, from, to, minutes) {
            (Some(kind), Some(first), Some(last), Some(from), Some(to), Some(minutes))
                if errors.is_empty() =>
            {
                let series = Series {
                    kind,
                    place_id: place_id.filter(|_| kind.needs_place()),
                    first,
                    last,
                    weekdays,
                    from,
                    to,
                    minutes,
                };
                if series.windows().len() > MAX_SERIES_SLOTS {
                    errors.add("minutes", "bookings-error-too-many");
                    return Err(errors);
                }
                Ok(series)
            }
            _ => Err(errors),
        }
    }
}

impl Series {
    /// The slots of the series: on each chosen weekday from `first` to `last`, one after
    /// the other from `from`, as many whole slots as fit before `to`.
    pub(crate) fn windows(&self) -> Vec<Window> {
        let mut windows = Vec::new();
        let step = jiff::SignedDuration::from_mins(self.minutes);
        let mut day = self.first;
        while day <= self.last {
            if self.weekdays.contains(&day.weekday()) {
                let mut start = self.from;
                while let Ok(end) = start.checked_add(step) {
                    // Adding wraps past midnight; a slot never does.
                    if end > self.to || end <= start {
                        break;
                    }
                    windows.push(Window {
                        starts_at: local_ms(day, start),
                        ends_at: local_ms(day, end),
                    });
                    start = end;
                }
            }
            let Ok(next) = day.tomorrow() else { break };
            day = next;
        }
        windows
    }
}

/// Why a series cannot be stored: a slot already begun, or one that overlaps a slot of
/// the same kind at the same place. `existing` are those slots near the series.
pub(crate) fn series_problem(
    new: &[Window],
    existing: &[Window],
    now_ms: i64,
) -> Option<&'static str> {
    if new.is_empty() {
        return Some("bookings-error-no-slots");
    }
    if new.iter().any(|w| w.starts_at < now_ms) {
        return Some("bookings-error-past-series");
    }
    if new.iter().any(|w| existing.iter().any(|e| w.overlaps(e))) {
        return Some("bookings-error-overlap");
    }
    None
}

/// Why a slot cannot be booked.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Refusal {
    /// It has begun or is over.
    Past,
    /// Someone else has it.
    Taken,
}

impl Refusal {
    pub(crate) fn message_key(self) -> &'static str {
        match self {
            Refusal::Past => "bookings-error-past",
            Refusal::Taken => "bookings-error-taken",
        }
    }
}

/// Whether a slot can be booked now. The database has the last word on "taken" (one
/// booking a slot), since two people can ask at the same moment.
pub(crate) fn bookable(slot: &Slot, taken: bool, now_ms: i64) -> Result<(), Refusal> {
    if slot.window.starts_at <= now_ms {
        Err(Refusal::Past)
    } else if taken {
        Err(Refusal::Taken)
    } else {
        Ok(())
    }
}

/// The slots still free to book, soonest first.
pub(crate) fn free(mut slots: Vec<Slot>, taken: &HashSet<String>, now_ms: i64) -> Vec<Slot> {
    slots.retain(|s| bookable(s, taken.contains(&s.id), now_ms).is_ok());
    slots.sort_by_key(|s| s.window.starts_at);
    slots
}

/// Slots grouped by their Danish day, in order.
pub(crate) fn by_day(slots: Vec<Slot>) -> Vec<(Date, Vec<Slot>)> {
    let mut days: Vec<(Date, Vec<Slot>)> = Vec::new();
    for slot in slots {
        let day = local(slot.window.starts_at).date();
        match days.last_mut() {
            Some((last, list)) if *last == day => list.push(slot),
            _ => days.push((day, vec![slot])),
        }
    }
    days
}

/// What the booker tells us, kept as typed.
#[derive(Debug, Clone, Default, Deserialize)]
pub struct BookingDraft {
    #[serde(default)]
    pub name: String,
    #[serde(default)]
    pub phone: String,
    #[serde(default)]
    pub topic: String,
    #[serde(default)]
    pub note: String,
}

/// A booking's details that passed their checks.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Details {
    pub name: String,
    pub phone: Option<String>,
    pub topic: String,
    pub note: Option<String>,
}

pub(crate) const MAX_TOPIC: usize = 200;
pub(crate) const MAX_NOTE: usize = 2000;
/// A person's name, as people's names are held elsewhere.
pub(crate) const MAX_NAME: usize = 200;

impl BookingDraft {
    /// `needs_name` when nobody is logged in (a call-back without login); a logged-in
    /// citizen's name is known.
    pub(crate) fn check(&self, kind: Kind, needs_name: bool) -> Result<Details, FormErrors> {
        let mut errors = FormErrors::default();
        let name = errors.line("name", &self.name, MAX_NAME, "bookings-error-name-too-long");
        if needs_name && name.is_empty() {
            errors.add("name", "bookings-error-name");
        }
        // In the order of the form (`details_fields.html`), so the error summary is too.
        let topic = errors.line("topic", &self.topic, MAX_TOPIC, "bookings-error-topic");
        if topic.is_empty() {
            errors.add("topic", "bookings-error-topic");
        }
        let note = errors.text("note", &self.note, MAX_NOTE, "bookings-error-note");
        let phone = match crate::phone::parse(&self.phone) {
            Ok(phone) => phone,
            Err(crate::phone::NotAPhoneNumber) => {
                errors.add("phone", "bookings-error-phone");
                None
            }
        };
        if kind.needs_phone() && phone.is_none() && !errors.has("phone") {
            errors.add("phone", "bookings-error-phone-needed");
        }
        if !errors.is_empty() {
            return Err(errors);
        }
        Ok(Details {
            name,
            phone,
            topic,
            note: Some(note).filter(|n| !n.is_empty()),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::{date, time};

    #[test]
    fn a_paper_letter_is_too_late_when_it_comes_on_the_meetings_day_or_after() {
        let policy = Policy::default();
        let saturday = local_ms(date(2026, 11, 28), time(12, 0, 0, 0));
        // Three days by post: it comes on Tuesday the 1st.
        let monday = local_ms(date(2026, 11, 30), time(9, 0, 0, 0));
        let tuesday = local_ms(date(2026, 12, 1), time(9, 0, 0, 0));
        let wednesday = local_ms(date(2026, 12, 2), time(9, 0, 0, 0));
        assert_eq!(
            paper_too_late(&policy, saturday, monday),
            Some(date(2026, 12, 1))
        );
        assert_eq!(
            paper_too_late(&policy, saturday, tuesday),
            Some(date(2026, 12, 1))
        );
        assert_eq!(paper_too_late(&policy, saturday, wednesday), None);
    }

    #[test]
    fn the_day_a_letter_is_posted_is_the_danish_day() {
        let policy = Policy::default();
        // 00.30 on Sunday in Copenhagen, though UTC still says Saturday: it comes on
        // Wednesday, the meeting's day.
        let early_sunday = local_ms(date(2026, 11, 29), time(0, 30, 0, 0));
        let wednesday = local_ms(date(2026, 12, 2), time(9, 0, 0, 0));
        assert_eq!(
            paper_too_late(&policy, early_sunday, wednesday),
            Some(date(2026, 12, 2))
        );
    }

    fn draft() -> SeriesDraft {
        SeriesDraft {
            kind: "front_desk".into(),
            place_id: "p1".into(),
            first: "2026-11-23".into(),
            last: "2026-11-29".into(),
            weekday: vec!["1".into(), "4".into()],
            from: "10:00".into(),
            to: "11:00".into(),
            minutes: "20".into(),
        }
    }

    #[test]
    fn a_series_makes_slots_on_its_weekdays_in_danish_time() {
        let series = draft().check(&["p1"]).unwrap_or_else(|e| panic!("{e:?}"));
        let windows = series.windows();
        // Monday 23 and Thursday 26 November, three 20-minute slots each.
        assert_eq!(windows.len(), 6);
        assert_eq!(
            local(windows[0].starts_at),
            date(2026, 11, 23).at(10, 0, 0, 0)
        );
        assert_eq!(
            local(windows[2].ends_at),
            date(2026, 11, 23).at(11, 0, 0, 0)
        );
        assert_eq!(
            local(windows[3].starts_at),
            date(2026, 11, 26).at(10, 0, 0, 0)
        );
        // 10:00 in Copenhagen in winter is 09:00 UTC.
        assert_eq!(
            windows[0].starts_at,
            "2026-11-23T09:00:00Z"
                .parse::<Timestamp>()
                .map(|t| t.as_millisecond())
                .unwrap_or_default()
        );
    }

    #[test]
    fn a_series_across_the_change_to_winter_time_keeps_its_wall_clock() {
        let series = SeriesDraft {
            first: "2026-10-23".into(),
            last: "2026-10-30".into(),
            weekday: vec!["5".into()],
            to: "10:20".into(),
            ..draft()
        }
        .check(&["p1"])
        .unwrap_or_else(|e| panic!("{e:?}"));
        let windows = series.windows();
        assert_eq!(windows.len(), 2);
        assert_eq!(local(windows[0].starts_at).time(), time(10, 0, 0, 0));
        assert_eq!(local(windows[1].starts_at).time(), time(10, 0, 0, 0));
        // A week apart on the wall, a week and an hour apart in UTC.
        assert_eq!(
            windows[1].starts_at - windows[0].starts_at,
            (7 * 24 + 1) * 3600 * 1000
        );
    }

    #[test]
    fn a_bad_series_names_every_field() {
        let errors = SeriesDraft {
            kind: "front_desk".into(),
            place_id: "nowhere".into(),
            first: "2026-11-29".into(),
            last: "2026-11-23".into(),
            weekday: vec![],
            from: "11".into(),
            to: "10".into(),
            minutes: "0".into(),
        }
        .check(&["p1"])
        .err()
        .unwrap_or_default();
        for (field, key) in [
            ("place_id", "bookings-error-place"),
            ("last", "bookings-error-date-order"),
            ("weekday", "bookings-error-weekdays"),
            ("to", "bookings-error-time-order"),
            ("minutes", "bookings-error-minutes"),
        ] {
            assert_eq!(errors.get(field), Some(key), "{field}");
        }
        // A call-back needs no place.
        let callback = SeriesDraft {
            kind: "callback".into(),
            place_id: String::new(),
            ..draft()
        };
        assert_eq!(
            callback.check(&[]).map(|s| s.place_id),
            Ok(None),
            "a call-back is not at a place"
        );
    }

    #[test]
    fn overlapping_or_past_series_are_refused() {
        let series = draft().check(&["p1"]).unwrap_or_else(|e| panic!("{e:?}"));
        let new = series.windows();
        let before = new[0].starts_at - 1;
        assert_eq!(series_problem(&new, &[], before), None);
        let half_past = Window {
            starts_at: new[0].starts_at + 10 * 60 * 1000,
            ends_at: new[0].ends_at + 10 * 60 * 1000,
        };
        assert_eq!(
            series_problem(&new, &[half_past], before),
            Some("bookings-error-overlap")
        );
        // Touching is not overlapping: a slot may start as the last one ends.
        let after = Window {
            starts_at: new[2].ends_at,
            ends_at: new[2].ends_at + 1,
        };
        assert_eq!(series_problem(&new, &[after], before), None);
        assert_eq!(
            series_problem(&new, &[], new[0].starts_at + 1),
            Some("bookings-error-past-series")
        );
        assert_eq!(
            series_problem(&[], &[], before),
            Some("bookings-error-no-slots")
        );
    }

    fn slot(id: &str, starts_at: i64) -> Slot {
        Slot {
            id: id.into(),
            kind: Kind::Callback,
            place_id: None,
            window: Window {
                starts_at,
                ends_at: starts_at + 10,
            },
        }
    }

    #[test]
    fn only_free_future_slots_can_be_booked() {
        assert_eq!(bookable(&slot("a", 100), false, 50), Ok(()));
        assert_eq!(bookable(&slot("a", 100), true, 50), Err(Refusal::Taken));
        assert_eq!(bookable(&slot("a", 100), false, 100), Err(Refusal::Past));
        let taken = HashSet::from(["b".to_owned()]);
        let free_ids: Vec<String> = free(
            vec![
                slot("c", 300),
                slot("b", 200),
                slot("a", 10),
                slot("d", 150),
            ],
            &taken,
            50,
        )
        .into_iter()
        .map(|s| s.id)
        .collect();
        assert_eq!(free_ids, ["d", "c"]);
    }

    #[test]
    fn slots_are_grouped_by_danish_day() {
        // 23:30 UTC on the 23rd is already the 24th in Copenhagen.
        let late = local_ms(date(2026, 11, 24), time(0, 30, 0, 0));
        let noon = local_ms(date(2026, 11, 23), time(12, 0, 0, 0));
        let days = by_day(vec![slot("a", noon), slot("b", late)]);
        assert_eq!(days.len(), 2);
        assert_eq!(days[1].0, date(2026, 11, 24));
    }

    #[test]
    fn a_call_back_needs_a_danish_phone_number_and_a_topic() {
        let draft = BookingDraft {
            name: "Karen".into(),
            phone: "+45 12 34".into(),
            topic: " ".into(),
            note: String::new(),
        };
        let errors = draft.check(Kind::Callback, true).err().unwrap_or_default();
        assert_eq!(errors.get("phone"), Some("bookings-error-phone"));
        assert_eq!(errors.get("topic"), Some("bookings-error-topic"));
        let errors = BookingDraft {
            phone: String::new(),
            ..draft.clone()
        }
        .check(Kind::Callback, true)
        .err()
        .unwrap_or_default();
        assert_eq!(errors.get("phone"), Some("bookings-error-phone-needed"));
        let details = BookingDraft {
            phone: "+4512345678".into(),
            topic: "MitID".into(),
            ..draft
        }
        .check(Kind::Callback, true)
        .unwrap_or_else(|e| panic!("{e:?}"));
        assert_eq!(details.phone.as_deref(), Some("12 34 56 78"));
        // A front-desk meeting needs no phone; a logged-in citizen no name.
        assert!(BookingDraft {
            topic: "Pas".into(),
            ..BookingDraft::default()
        }
        .check(Kind::FrontDesk, false)
        .is_ok());
    }
}
