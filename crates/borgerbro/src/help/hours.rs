//! Opening hours and drop-in times, written the way a front desk writes them on its door
//! ("man-fre 10:00-15:00; tor 16:00-18:00 drop-in; lukket 24.12"), and what they mean at
//! a moment: open now until when, or when it opens next. A place is closed on the days
//! public offices close (`holidays`) unless its hours say "åben på helligdage".

use std::fmt;
use std::str::FromStr;

use jiff::civil::{Date, DateTime, Weekday};
use jiff::Span;

use super::holidays::{self, Holiday};
use crate::i18n::Lang;

/// Minutes after midnight; 24:00 (1440) may close a day.
pub(crate) type Minute = u16;

const DAY_END: Minute = 24 * 60;

/// One period of a week: a day, from when to when, and whether it is a drop-in time
/// (come without an appointment) rather than plain opening hours.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Period {
    pub day: u8,
    pub opens: Minute,
    pub closes: Minute,
    pub drop_in: bool,
}

impl Period {
    pub(crate) fn weekday(&self) -> Weekday {
        Weekday::from_monday_one_offset(self.day as i8).unwrap_or(Weekday::Monday)
    }
}

/// A day or days a place is closed that its weekly hours do not show.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum Closure {
    /// The same date every year ("lukket 24.12").
    Yearly { month: i8, day: i8 },
    /// From one date to another, both included ("lukket 6.7.2026-26.7.2026").
    Dates { first: Date, last: Date },
}

impl Closure {
    fn covers(&self, day: Date) -> bool {
        match *self {
            Closure::Yearly { month, day: d } => day.month() == month && day.day() == d,
            Closure::Dates { first, last } => first <= day && day <= last,
        }
    }
}

/// A week of periods, sorted by day and time, none overlapping another of its kind, and
/// the days it does not hold.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Schedule {
    periods: Vec<Period>,
    closures: Vec<Closure>,
    open_on_holidays: bool,
}

/// A local moment and the holiday it falls on, worked out once for a whole search rather
/// than once a place.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Moment {
    pub at: DateTime,
    pub holiday: Option<Holiday>,
}

impl Moment {
    pub fn new(at: DateTime) -> Self {
        Self {
            at,
            holiday: holidays::on(at.date()),
        }
    }

    fn minute(&self) -> Minute {
        (self.at.hour() as Minute) * 60 + self.at.minute() as Minute
    }
}

/// Why a place that would open on a weekday is closed that day.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Closed {
    Holiday(Holiday),
    /// A closing day of the place's own ("lukket 24.12").
    Closure,
}

/// What is wrong with one entry of written hours: the entry as written and a Fluent key
/// that says how to write it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HoursError {
    pub entry: String,
    pub problem: &'static str,
}

/// Where a place stands at a moment.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    OpenUntil {
        closes: Minute,
        drop_in: bool,
    },
    Opens {
        date: Date,
        opens: Minute,
        drop_in: bool,
    },
    NeverOpen,
}

const DAY_NAMES: [[&str; 4]; 7] = [
    ["man", "mandag", "mon", "monday"],
    ["tir", "tirsdag", "tue", "tuesday"],
    ["ons", "onsdag", "wed", "wednesday"],
    ["tor", "torsdag", "thu", "thursday"],
    ["fre", "fredag", "fri", "friday"],
    ["lør", "lørdag", "sat", "saturday"],
    ["søn", "søndag", "sun", "sunday"],
];

fn day_number(name: &str) -> Option<u8> {
    let name = name.trim().to_lowercase();
    let name = name.trim_end_matches('.');
    DAY_NAMES
        .iter()
        .position(|names| names.contains(&name))
        .map(|i| i as u8 + 1)
}

/// "man", "man-fre", "man,ons,fre", "lør-søn" → the days, Monday = 1.
fn parse_days(text: &str) -> Option<Vec<u8>> {
    let mut days = Vec::new();
    for part in text.split(',').filter(|p| !p.trim().is_empty()) {
        match part.split_once(['-', '–']) {
            Some((first, last)) => {
                let (first, last) = (day_number(first)?, day_number(last)?);
                if first > last {
                    return None;
                }
                days.extend(first..=last);
            }
            None => days.push(day_number(part)?),
        }
    }
    // "man-fre,tir" names Tuesday twice: one period a day, or it would overlap itself.
    days.sort_unstable();
    days.dedup();
    (!days.is_empty()).then_some(days)
}

/// "24.12" → every year on that date; "24.12.2026" or "2026-12-24" → that day, in a year
/// of four digits, as the hours are written back ("lukket 24.12.2026").
fn parse_closed_day(text: &str) -> Option<Closure> {
    let text = text.trim();
    let one_day = |day: Date| {
        (1000..=9999)
            .contains(&day.year())
            .then_some(Closure::Dates {
                first: day,
                last: day,
            })
    };
    if let Ok(day) = text.parse::<Date>() {
        return one_day(day);
    }
    let parts: Vec<&str> = text.split('.').collect();
    let number = |part: &str| -> Option<i16> {
        (!part.is_empty() && part.len() <= 4 && part.chars().all(|c| c.is_ascii_digit()))
            .then(|| part.parse().ok())
            .flatten()
    };
    match parts.as_slice() {
        [day, month] => {
            let (day, month) = (
                i8::try_from(number(day)?).ok()?,
                i8::try_from(number(month)?).ok()?,
            );
            // 2024 is a leap year, so 29.2 is a date that comes round.
            Date::new(2024, month, day).ok()?;
            Some(Closure::Yearly { month, day })
        }
        [day, month, year] if year.len() == 4 => one_day(
            Date::new(
                number(year)?,
                i8::try_from(number(month)?).ok()?,
                i8::try_from(number(day)?).ok()?,
            )
            .ok()?,
        ),
        _ => None,
    }
}

/// A closing day or a span of dates: "24.12", "6.7.2026-26.7.2026",
/// "2026-07-06 til 2026-07-26". A dash inside an ISO date is no span, so every dash is
/// tried as the place where the span divides.
fn parse_closure(text: &str) -> Result<Closure, &'static str> {
    let text = text.trim();
    if let Some(one) = parse_closed_day(text) {
        return Ok(one);
    }
    let splits = text
        .match_indices(['-', '–'])
        .map(|(at, dash)| (&text[..at], &text[at + dash.len()..]))
        .chain(
            [" til ", " to "]
                .iter()
                .filter_map(|word| text.split_once(word)),
        );
    for (first, last) in splits {
        if let (Some(Closure::Dates { first, .. }), Some(Closure::Dates { last, .. })) =
            (parse_closed_day(first), parse_closed_day(last))
        {
            return if first <= last {
                Ok(Closure::Dates { first, last })
            } else {
                Err("help-hours-closed-order")
            };
        }
    }
    Err("help-hours-closed-date")
}

/// "lukket 24.12", "closed 24.12.2026": the words that start a closing entry.
const CLOSED_WORDS: [&str; 2] = ["lukket", "closed"];
/// The entry that keeps a place open on public holidays, in either language.
const OPEN_ON_HOLIDAYS: [&str; 3] = [
    "åben på helligdage",
    "open on public holidays",
    "open on holidays",
];

/// "9", "09", "9:30", "09.30" → minutes after midnight.
fn parse_time(text: &str) -> Option<Minute> {
    let text = text.trim();
    let (hours, minutes) = match text.split_once([':', '.']) {
        Some((h, m)) if m.len() == 2 => (h, m),
        Some(_) => return None,
        None => (text, "00"),
    };
    if hours.is_empty() || hours.len() > 2 || !hours.chars().all(|c| c.is_ascii_digit()) {
        return None;
    }
    if !minutes.chars().all(|c| c.is_ascii_digit()) {
        return None;
    }
    let (hours, minutes): (Minute, Minute) = (hours.parse().ok()?, minutes.parse().ok()?);
    let at = hours * 60 + minutes;
    (minutes < 60 && at <= DAY_END).then_some(at)
}

fn parse_entry(entry: &str) -> Result<Vec<Period>, &'static str> {
    let mut words = entry.split_whitespace();
    let days = words.next().and_then(parse_days).ok_or("help-hours-day")?;
    let mut rest: Vec<&str> = words.collect();
    let drop_in = rest
        .last()
        .is_some_and(|w| w.eq_ignore_ascii_case("drop-in"));
    if drop_in {
        rest.pop();
    }
    let times = rest.concat();
    let (opens, closes) = times.split_once(['-', '–']).ok_or("help-hours-time")?;
    let (opens, closes) = (
        parse_time(opens).ok_or("help-hours-time")?,
        parse_time(closes).ok_or("help-hours-time")?,
    );
    if closes <= opens {
        return Err("help-hours-order");
    }
    Ok(days
        .into_iter()
        .map(|day| Period {
            day,
            opens,
            closes,
            drop_in,
        })
        .collect())
}

impl FromStr for Schedule {
    type Err = Vec<HoursError>;

    /// Entries are separated by semicolons or new lines. Every entry that cannot be read
    /// is reported, so one round trip shows them all.
    fn from_str(text: &str) -> Result<Self, Self::Err> {
        let mut periods = Vec::new();
        let mut closures = Vec::new();
        let mut open_on_holidays = false;
        let mut errors = Vec::new();
        for entry in text
            .split([';', '\n'])
            .map(str::trim)
            .filter(|e| !e.is_empty())
        {
            let lower = entry.to_lowercase();
            if OPEN_ON_HOLIDAYS.contains(&lower.as_str()) {
                open_on_holidays = true;
                continue;
            }
            if let Some(rest) = CLOSED_WORDS
                .iter()
                .find_map(|word| lower.strip_prefix(word))
                .filter(|rest| rest.starts_with(char::is_whitespace))
            {
                match parse_closure(rest) {
                    Ok(closure) => closures.push(closure),
                    Err(problem) => errors.push(HoursError {
                        entry: entry.to_owned(),
                        problem,
                    }),
                }
                continue;
            }
            match parse_entry(entry) {
                Ok(found) => {
                    let overlaps = found.iter().any(|new| {
                        periods.iter().any(|old: &Period| {
                            old.day == new.day
                                && old.drop_in == new.drop_in
                                && old.opens < new.closes
                                && new.opens < old.closes
                        })
                    });
                    if overlaps {
                        errors.push(HoursError {
                            entry: entry.to_owned(),
                            problem: "help-hours-overlap",
                        });
                    } else {
                        periods.extend(found);
                    }
                }
                Err(problem) => errors.push(HoursError {
                    entry: entry.to_owned(),
                    problem,
                }),
            }
        }
        if !errors.is_empty() {
            return Err(errors);
        }
        periods.sort();
        closures.sort();
        closures.dedup();
        Ok(Self {
            periods,
            closures,
            open_on_holidays,
        })
    }
}

fn clock_time(at: Minute) -> String {
    format!("{:02}:{:02}", at / 60, at % 60)
}

impl fmt::Display for Closure {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let day = |d: Date| format!("{:02}.{:02}.{}", d.day(), d.month(), d.year());
        match *self {
            Closure::Yearly { month, day: d } => write!(f, "lukket {d:02}.{month:02}"),
            Closure::Dates { first, last } if first == last => write!(f, "lukket {}", day(first)),
            Closure::Dates { first, last } => write!(f, "lukket {}-{}", day(first), day(last)),
        }
    }
}

/// Days next to each other with the same times: "man-fre 10:00-15:00" is one run.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Run {
    /// The first and last day of each stretch of days, Monday = 1 ("man-ons,fre").
    pub days: Vec<(u8, u8)>,
    pub opens: Minute,
    pub closes: Minute,
    pub drop_in: bool,
}

impl Schedule {
    /// The week in the fewest runs: the days with the same times together, opening hours
    /// before drop-in times, each in the order of its first day.
    pub(crate) fn runs(&self) -> Vec<Run> {
        let mut times: Vec<(Minute, Minute, bool)> = self
            .periods
            .iter()
            .map(|p| (p.opens, p.closes, p.drop_in))
            .collect();
        times.sort_by_key(|&(opens, closes, drop_in)| {
            let first = self
                .periods
                .iter()
                .find(|p| (p.opens, p.closes, p.drop_in) == (opens, closes, drop_in))
                .map_or(0, |p| p.day);
            (drop_in, first, opens, closes)
        });
        times.dedup();
        times
            .into_iter()
            .map(|(opens, closes, drop_in)| {
                let days: Vec<u8> = self
                    .periods
                    .iter()
                    .filter(|p| (p.opens, p.closes, p.drop_in) == (opens, closes, drop_in))
                    .map(|p| p.day)
                    .collect();
                let mut stretches: Vec<(u8, u8)> = Vec::new();
                for day in days {
                    match stretches.last_mut() {
                        Some((_, last)) if *last + 1 == day => *last = day,
                        _ => stretches.push((day, day)),
                    }
                }
                Run {
                    days: stretches,
                    opens,
                    closes,
                    drop_in,
                }
            })
            .collect()
    }

    /// The weekly hours in the reader's language, as a line of text: "mandag-onsdag
    /// 10.00-15.00, torsdag 10.00-17.30" or "Monday-Wednesday 10:00-15:00, Thursday
    /// 10:00-17:30". The days closed are left to the pages that list them.
    pub fn week_text(&self, lang: Lang) -> String {
        let danish = lang == Lang::Da;
        let day = |d: u8| lang.t(&format!("weekday-{d}"));
        self.runs()
            .iter()
            .map(|run| {
                let days: Vec<String> = run
                    .days
                    .iter()
                    .map(|&(first, last)| match last - first {
                        0 => day(first),
                        1 => format!("{}, {}", day(first), day(last)),
                        _ => format!("{}–{}", day(first), day(last)),
                    })
                    .collect();
                lang.t_args(
                    if run.drop_in {
                        "hours-run-drop-in"
                    } else {
                        "hours-run"
                    },
                    &[
                        ("days", days.join(", ")),
                        ("opens", time_of_day(run.opens, danish)),
                        ("closes", time_of_day(run.closes, danish)),
                    ],
                )
            })
            .collect::<Vec<_>>()
            .join(", ")
    }
}

impl fmt::Display for Schedule {
    /// The same hours in the shortest way they read back: days with the same time next to
    /// each other are a range ("man-fre 10:00-15:00").
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let name = |d: u8| DAY_NAMES[usize::from(d - 1)][0];
        let mut entries: Vec<String> = self
            .runs()
            .iter()
            .map(|run| {
                let days: Vec<String> = run
                    .days
                    .iter()
                    .map(|&(first, last)| {
                        if last > first {
                            format!("{}-{}", name(first), name(last))
                        } else {
                            name(first).to_owned()
                        }
                    })
                    .collect();
                format!(
                    "{} {}-{}{}",
                    days.join(","),
                    clock_time(run.opens),
                    clock_time(run.closes),
                    if run.drop_in { " drop-in" } else { "" }
                )
            })
            .collect();
        entries.extend(self.closures.iter().map(Closure::to_string));
        if self.open_on_holidays {
            entries.push(OPEN_ON_HOLIDAYS[0].to_owned());
        }
        f.write_str(&entries.join("; "))
    }
}

impl Schedule {
    pub fn periods(&self) -> &[Period] {
        &self.periods
    }

    pub(crate) fn is_empty(&self) -> bool {
        self.periods.is_empty()
    }

    /// Why the place is closed all of this day, if it is: a holiday it does not open on,
    /// or a closing day of its own.
    pub(crate) fn closed_on(&self, day: Date, holiday: Option<Holiday>) -> Option<Closed> {
        if let Some(holiday) = holiday.filter(|_| !self.open_on_holidays) {
            return Some(Closed::Holiday(holiday));
        }
        self.closures
            .iter()
            .any(|c| c.covers(day))
            .then_some(Closed::Closure)
    }

    /// The periods in force at this local moment.
    fn current(&self, now: &Moment) -> impl Iterator<Item = &Period> {
        let minute = now.minute();
        let day = now.at.date().weekday().to_monday_one_offset() as u8;
        let closed = self.closed_on(now.at.date(), now.holiday).is_some();
        self.periods
            .iter()
            .filter(move |p| !closed && p.day == day && p.opens <= minute && minute < p.closes)
    }

    /// Open (or holding drop-in) at this local moment: what "open now" asks of every
    /// place, so it does no date arithmetic.
    pub fn is_open(&self, now: &Moment) -> bool {
        self.current(now).next().is_some()
    }

    /// Open (or holding drop-in) at this local moment, until when; otherwise the next
    /// time it opens within the search window (long enough to see past a summer
    /// closing).
    pub fn status(&self, now: &Moment) -> Status {
        if let Some(open) = self.current(now).max_by_key(|p| p.closes) {
            return Status::OpenUntil {
                closes: open.closes,
                drop_in: open.drop_in,
            };
        }
        if self.periods.is_empty() {
            return Status::NeverOpen;
        }
        let today = now.at.date();
        let minute = now.minute();
        let horizon = today
            .checked_add(Span::new().days(OPENING_HORIZON_DAYS))
            .unwrap_or(today);
        let holidays = holidays::between(today, horizon);
        let mut date = today;
        while date < horizon {
            let holiday = holidays.iter().find(|h| h.date == date).copied();
            if self.closed_on(date, holiday).is_none() {
                let weekday = date.weekday().to_monday_one_offset() as u8;
                let next = self
                    .periods
                    .iter()
                    .filter(|p| p.day == weekday && (date > today || p.opens > minute))
                    .min_by_key(|p| p.opens);
                if let Some(p) = next {
                    return Status::Opens {
                        date,
                        opens: p.opens,
                        drop_in: p.drop_in,
                    };
                }
            }
            let Ok(tomorrow) = date.tomorrow() else {
                break;
            };
            date = tomorrow;
        }
        Status::NeverOpen
    }

    /// The days from `from` (inclusive) to `to` (exclusive) on which the place would be
    /// open by its week but is closed, and why: for the place page and the feeds.
    pub fn closed_days(&self, from: Date, to: Date) -> Vec<(Date, Closed)> {
        let holidays = holidays::between(from, to);
        let mut days = Vec::new();
        let mut date = from;
        while date < to {
            let weekday = date.weekday().to_monday_one_offset() as u8;
            if self.periods.iter().any(|p| p.day == weekday) {
                let holiday = holidays.iter().find(|h| h.date == date).copied();
                if let Some(closed) = self.closed_on(date, holiday) {
                    days.push((date, closed));
                }
            }
            let Ok(tomorrow) = date.tomorrow() else {
                break;
            };
            date = tomorrow;
        }
        days
    }
}

/// How far ahead "Åbner ..." looks for the next opening: past a three-week summer
/// closing and the holidays around it.
const OPENING_HORIZON_DAYS: i64 = 62;

/// "10:00" for English readers, "10.00" for Danish ones, as each writes a time of day.
pub(crate) fn time_of_day(at: Minute, danish: bool) -> String {
    let text = clock_time(at);
    if danish {
        text.replace(':', ".")
    } else {
        text
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    #[test]
    fn the_week_reads_in_the_readers_language() {
        let hours: Schedule =
            "man-ons 10-15; tor 10-17:30; fre 10-13; tir,tor 16-18 drop-in; lukket 24.12"
                .parse()
                .unwrap();
        assert_eq!(
            hours.week_text(Lang::Da),
            "mandag–onsdag 10.00–15.00, torsdag 10.00–17.30, fredag 10.00–13.00, tirsdag, torsdag 16.00–18.00 (drop-in)"
        );
        assert_eq!(
            hours.week_text(Lang::En),
            "Monday–Wednesday 10:00–15:00, Thursday 10:00–17:30, Friday 10:00–13:00, Tuesday, Thursday 16:00–18:00 (drop-in)"
        );
        assert_eq!(
            hours.to_string(),
            "man-ons 10:00-15:00; tor 10:00-17:30; fre 10:00-13:00; tir,tor 16:00-18:00 drop-in; lukket 24.12"
        );
    }

    fn at(moment: DateTime) -> Moment {
        Moment::new(moment)
    }

    fn schedule(text: &str) -> Schedule {
        text.parse().unwrap_or_else(|e| panic!("{text}: {e:?}"))
    }

    #[test]
    fn reads_ranges_lists_and_drop_in() {
        let s = schedule("man-fre 9-15; tor 16:00-18.30 drop-in\nlør,søn 10:00–12:00");
        assert_eq!(s.periods().len(), 8);
        assert!(s.periods().iter().any(|p| p.drop_in));
        assert_eq!(
            s.to_string(),
            "man-fre 09:00-15:00; lør-søn 10:00-12:00; tor 16:00-18:30 drop-in"
        );
        // What is written back reads back the same.
        assert_eq!(schedule(&s.to_string()), s);
    }

    #[test]
    fn english_day_names_are_read_too() {
        assert_eq!(schedule("Mon-Wed 10-14"), schedule("man-ons 10:00-14:00"));
    }

    #[test]
    fn impossible_hours_say_what_is_wrong_in_every_entry() {
        let errors = "fredag 15-9; mon 25:00-26:00; xyz 10-12; man 10-12; man 11-13"
            .parse::<Schedule>()
            .unwrap_err();
        let problems: Vec<_> = errors
            .iter()
            .map(|e| (e.entry.as_str(), e.problem))
            .collect();
        assert_eq!(
            problems,
            [
                ("fredag 15-9", "help-hours-order"),
                ("mon 25:00-26:00", "help-hours-time"),
                ("xyz 10-12", "help-hours-day"),
                ("man 11-13", "help-hours-overlap"),
            ]
        );
    }

    #[test]
    fn drop_in_may_lie_inside_opening_hours() {
        let s = schedule("man 09:00-15:00; man 10:00-12:00 drop-in");
        assert_eq!(s.periods().len(), 2);
    }

    #[test]
    fn open_now_and_next_opening() {
        let s = schedule("man-fre 10:00-15:00; tor 15:00-17:30");
        // Monday 23 November 2026.
        let monday = date(2026, 11, 23);
        assert_eq!(
            s.status(&at(monday.at(11, 0, 0, 0))),
            Status::OpenUntil {
                closes: 15 * 60,
                drop_in: false
            }
        );
        assert_eq!(
            s.status(&at(monday.at(9, 0, 0, 0))),
            Status::Opens {
                date: monday,
                opens: 600,
                drop_in: false
            }
        );
        // Closing time itself is closed; Friday evening opens on Monday.
        assert_eq!(
            s.status(&at(monday.at(15, 0, 0, 0))),
            Status::Opens {
                date: date(2026, 11, 24),
                opens: 600,
                drop_in: false
            }
        );
        assert_eq!(
            s.status(&at(date(2026, 11, 27).at(18, 0, 0, 0))),
            Status::Opens {
                date: date(2026, 11, 30),
                opens: 600,
                drop_in: false
            }
        );
        assert_eq!(
            Schedule::default().status(&at(monday.at(9, 0, 0, 0))),
            Status::NeverOpen
        );
    }

    #[test]
    fn a_place_open_only_on_the_same_weekday_opens_next_week() {
        let s = schedule("man 10-12");
        assert_eq!(
            s.status(&at(date(2026, 11, 23).at(13, 0, 0, 0))),
            Status::Opens {
                date: date(2026, 11, 30),
                opens: 600,
                drop_in: false
            }
        );
    }

    #[test]
    fn closing_days_read_back_and_bad_ones_are_named() {
        let s = schedule(
            "man-fre 10-15; lukket 24.12; Closed 2026-12-31; lukket 6.7.2027-26.7.2027; \
             lukket 2027-08-02 til 2027-08-03; åben på helligdage",
        );
        assert_eq!(
            s.to_string(),
            "man-fre 10:00-15:00; lukket 24.12; lukket 31.12.2026; lukket 06.07.2027-26.07.2027; \
             lukket 02.08.2027-03.08.2027; åben på helligdage"
        );
        assert_eq!(schedule(&s.to_string()), s);
        let errors = "man 10-12; lukket 31.2; lukket 26.7.2027-6.7.2027; lukket snart"
            .parse::<Schedule>()
            .unwrap_err();
        let problems: Vec<_> = errors.iter().map(|e| e.problem).collect();
        assert_eq!(
            problems,
            [
                "help-hours-closed-date",
                "help-hours-closed-order",
                "help-hours-closed-date"
            ]
        );
    }

    #[test]
    fn what_is_written_back_reads_back_for_days_named_twice_and_odd_years() {
        // Found writing the fuzz target's property (fuzz/fuzz_targets/hours.rs): a day
        // named twice in one entry made two periods that overlapped, and a closing day
        // in a year of fewer than four digits was written back as one that did not read.
        let s = schedule("man-fre,tir,man 10-12");
        assert_eq!(s.periods().len(), 5);
        assert_eq!(s.to_string(), "man-fre 10:00-12:00");
        for odd in [
            "lukket 0999-01-01",
            "lukket 01.01.0999",
            "lukket -000001-01-01",
        ] {
            let errors = format!("man 10-12; {odd}").parse::<Schedule>().unwrap_err();
            assert_eq!(errors[0].problem, "help-hours-closed-date", "{odd}");
        }
        let s = schedule("man 10-12; lukket 1000-01-01 til 9999-12-31");
        assert_eq!(schedule(&s.to_string()), s);
    }

    #[test]
    fn a_holiday_closes_the_place_unless_it_opens_on_holidays() {
        let office = schedule("man-fre 10-15");
        let line = schedule("man-søn 08-20; åben på helligdage");
        // Christmas Eve 2026 is a Thursday; the office opens again on Monday 28th.
        let christmas_eve = at(date(2026, 12, 24).at(11, 0, 0, 0));
        assert!(!office.is_open(&christmas_eve));
        assert_eq!(
            office.status(&christmas_eve),
            Status::Opens {
                date: date(2026, 12, 28),
                opens: 600,
                drop_in: false
            }
        );
        assert!(line.is_open(&christmas_eve));
        assert_eq!(
            office.closed_on(date(2026, 12, 24), christmas_eve.holiday),
            christmas_eve.holiday.map(Closed::Holiday)
        );
    }

    #[test]
    fn a_summer_closing_moves_the_next_opening_past_it() {
        let s = schedule("man-fre 10-15; lukket 6.7.2027-26.7.2027");
        assert_eq!(
            s.status(&at(date(2027, 7, 8).at(11, 0, 0, 0))),
            Status::Opens {
                date: date(2027, 7, 27),
                opens: 600,
                drop_in: false
            }
        );
        let closed: Vec<Date> = s
            .closed_days(date(2027, 7, 1), date(2027, 7, 12))
            .into_iter()
            .map(|(day, _)| day)
            .collect();
        // Weekdays only: the place is not open at weekends anyway.
        assert_eq!(
            closed,
            [
                date(2027, 7, 6),
                date(2027, 7, 7),
                date(2027, 7, 8),
                date(2027, 7, 9)
            ]
        );
    }
}
