//! Opening hours and drop-in times, written the way a front desk writes them on its door
//! ("man-fre 10:00-15:00; tor 16:00-18:00 drop-in"), and what they mean at a moment:
//! open now until when, or when it opens next.

use std::fmt;
use std::str::FromStr;

use jiff::civil::{Date, DateTime, Weekday};

/// Minutes after midnight; 24:00 (1440) may close a day.
pub type Minute = u16;

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
    pub fn weekday(&self) -> Weekday {
        Weekday::from_monday_one_offset(self.day as i8).unwrap_or(Weekday::Monday)
    }
}

/// A week of periods, sorted by day and time, none overlapping another of its kind.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Schedule {
    periods: Vec<Period>,
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
    (!days.is_empty()).then_some(days)
}

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
        let mut errors = Vec::new();
        for entry in text
            .split([';', '\n'])
            .map(str::trim)
            .filter(|e| !e.is_empty())
        {
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
        Ok(Self { periods })
    }
}

fn clock_time(at: Minute) -> String {
    format!("{:02}:{:02}", at / 60, at % 60)
}

impl fmt::Display for Schedule {
    /// The same hours in the shortest way they read back: days with the same time next to
    /// each other are a range ("man-fre 10:00-15:00").
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
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
        let mut entries = Vec::new();
        for (opens, closes, drop_in) in times {
            let days: Vec<u8> = self
                .periods
                .iter()
                .filter(|p| (p.opens, p.closes, p.drop_in) == (opens, closes, drop_in))
                .map(|p| p.day)
                .collect();
            let mut runs: Vec<String> = Vec::new();
            let mut start = 0;
            while start < days.len() {
                let mut end = start;
                while end + 1 < days.len() && days[end + 1] == days[end] + 1 {
                    end += 1;
                }
                let name = |d: u8| DAY_NAMES[usize::from(d - 1)][0];
                runs.push(if end > start {
                    format!("{}-{}", name(days[start]), name(days[end]))
                } else {
                    name(days[start]).to_owned()
                });
                start = end + 1;
            }
            entries.push(format!(
                "{} {}-{}{}",
                runs.join(","),
                clock_time(opens),
                clock_time(closes),
                if drop_in { " drop-in" } else { "" }
            ));
        }
        f.write_str(&entries.join("; "))
    }
}

impl Schedule {
    pub fn periods(&self) -> &[Period] {
        &self.periods
    }

    pub fn is_empty(&self) -> bool {
        self.periods.is_empty()
    }

    pub fn has_drop_in(&self) -> bool {
        self.periods.iter().any(|p| p.drop_in)
    }

    /// The periods in force at this local moment.
    fn current(&self, at: DateTime) -> impl Iterator<Item = &Period> {
        let minute = (at.hour() as Minute) * 60 + at.minute() as Minute;
        let day = at.date().weekday().to_monday_one_offset() as u8;
        self.periods
            .iter()
            .filter(move |p| p.day == day && p.opens <= minute && minute < p.closes)
    }

    /// Open (or holding drop-in) at this local moment: what "open now" asks of every
    /// place, so it does no date arithmetic.
    pub fn is_open(&self, at: DateTime) -> bool {
        self.current(at).next().is_some()
    }

    /// Open (or holding drop-in) at this local moment, until when; otherwise the next
    /// time it opens within a week.
    pub fn status(&self, at: DateTime) -> Status {
        let today = at.date();
        let minute = (at.hour() as Minute) * 60 + at.minute() as Minute;
        if let Some(open) = self.current(at).max_by_key(|p| p.closes) {
            return Status::OpenUntil {
                closes: open.closes,
                drop_in: open.drop_in,
            };
        }
        for ahead in 0..=7i8 {
            let Ok(date) = today.checked_add(jiff::Span::new().days(ahead)) else {
                break;
            };
            let weekday = date.weekday().to_monday_one_offset() as u8;
            let next = self
                .periods
                .iter()
                .filter(|p| p.day == weekday && (ahead > 0 || p.opens > minute))
                .min_by_key(|p| p.opens);
            if let Some(p) = next {
                return Status::Opens {
                    date,
                    opens: p.opens,
                    drop_in: p.drop_in,
                };
            }
        }
        Status::NeverOpen
    }
}

/// "10:00" for English readers, "10.00" for Danish ones, as each writes a time of day.
pub fn time_of_day(at: Minute, danish: bool) -> String {
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

    fn schedule(text: &str) -> Schedule {
        text.parse().unwrap_or_else(|e| panic!("{text}: {e:?}"))
    }

    #[test]
    fn reads_ranges_lists_and_drop_in() {
        let s = schedule("man-fre 9-15; tor 16:00-18.30 drop-in\nlør,søn 10:00–12:00");
        assert_eq!(s.periods().len(), 8);
        assert!(s.has_drop_in());
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
            s.status(monday.at(11, 0, 0, 0)),
            Status::OpenUntil {
                closes: 15 * 60,
                drop_in: false
            }
        );
        assert_eq!(
            s.status(monday.at(9, 0, 0, 0)),
            Status::Opens {
                date: monday,
                opens: 600,
                drop_in: false
            }
        );
        // Closing time itself is closed; Friday evening opens on Monday.
        assert_eq!(
            s.status(monday.at(15, 0, 0, 0)),
            Status::Opens {
                date: date(2026, 11, 24),
                opens: 600,
                drop_in: false
            }
        );
        assert_eq!(
            s.status(date(2026, 11, 27).at(18, 0, 0, 0)),
            Status::Opens {
                date: date(2026, 11, 30),
                opens: 600,
                drop_in: false
            }
        );
        assert_eq!(
            Schedule::default().status(monday.at(9, 0, 0, 0)),
            Status::NeverOpen
        );
    }

    #[test]
    fn a_place_open_only_on_the_same_weekday_opens_next_week() {
        let s = schedule("man 10-12");
        assert_eq!(
            s.status(date(2026, 11, 23).at(13, 0, 0, 0)),
            Status::Opens {
                date: date(2026, 11, 30),
                opens: 600,
                drop_in: false
            }
        );
    }
}
