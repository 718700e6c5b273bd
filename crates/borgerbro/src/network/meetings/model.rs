//! What a network meeting is and the checks of what people type about one: the meeting
//! itself (coordinator), an agenda item (a member, before the deadline), a sign-up with
//! access and dietary needs, the minutes and a decision. Pure rules, no I/O.

use jiff::civil::{Date, Time};
use serde::Deserialize;

use crate::forms::FormErrors;

/// The most characters of a title, a place or a decision.
pub const MAX_LINE: usize = 300;
/// The most characters of an item's description or a need.
pub const MAX_TEXT: usize = 2_000;
/// The most characters of the minutes.
pub const MAX_MINUTES: usize = 50_000;
/// Meetings are twice a year by default: the next one is suggested this many months
/// after the last.
pub const MONTHS_BETWEEN: i8 = 6;

/// A meeting as the coordinator types it.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[serde(default)]
pub struct MeetingForm {
    pub title: String,
    /// The member organisation that hosts it.
    pub host: String,
    pub place: String,
    /// `YYYY-MM-DD`, and the times `HH:MM` in Danish time.
    pub date: String,
    pub from: String,
    pub to: String,
    /// The last day members may propose agenda items.
    pub agenda_deadline: String,
}

/// A meeting, checked: its times as Danish wall-clock times.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewMeeting {
    pub title: String,
    pub host: String,
    pub place: String,
    pub date: Date,
    pub from: Time,
    pub to: Time,
    pub agenda_deadline: Date,
}

fn date(errors: &mut FormErrors, field: &'static str, typed: &str) -> Option<Date> {
    let parsed = typed.trim().parse::<Date>().ok();
    if parsed.is_none() {
        errors.add(field, "network-error-date");
    }
    parsed
}

fn time(errors: &mut FormErrors, field: &'static str, typed: &str) -> Option<Time> {
    let typed = typed.trim().replace('.', ":");
    let parsed = Time::strptime("%H:%M", &typed).ok();
    if parsed.is_none() {
        errors.add(field, "network-error-time");
    }
    parsed
}

fn required_line(
    errors: &mut FormErrors,
    field: &'static str,
    typed: &str,
    missing: &'static str,
) -> String {
    let text = errors.line(field, typed, MAX_LINE, "network-error-too-long");
    if text.is_empty() && !errors.has(field) {
        errors.add(field, missing);
    }
    text
}

impl MeetingForm {
    /// The meeting, or what is wrong. `is_member` says whether an organisation id is a
    /// member now; `today` is the day in Denmark (a meeting is never planned in the past).
    pub fn meeting(
        &self,
        is_member: impl Fn(&str) -> bool,
        today: Date,
    ) -> Result<NewMeeting, FormErrors> {
        let mut errors = FormErrors::default();
        let title = required_line(
            &mut errors,
            "title",
            &self.title,
            "network-error-meeting-title",
        );
        if !is_member(&self.host) {
            errors.add("host", "network-error-host");
        }
        let place = required_line(&mut errors, "place", &self.place, "network-error-place");
        let day = date(&mut errors, "date", &self.date);
        if day.is_some_and(|d| d < today) {
            errors.add("date", "network-error-meeting-past");
        }
        let from = time(&mut errors, "from", &self.from);
        let to = time(&mut errors, "to", &self.to);
        if let (Some(from), Some(to)) = (from, to) {
            if to <= from {
                errors.add("to", "network-error-ends-before");
            }
        }
        let deadline = date(&mut errors, "agenda_deadline", &self.agenda_deadline);
        if let (Some(deadline), Some(day)) = (deadline, day) {
            if deadline >= day {
                errors.add("agenda_deadline", "network-error-deadline-after");
            }
        }
        match (errors.is_empty(), day, from, to, deadline) {
            (true, Some(date), Some(from), Some(to), Some(agenda_deadline)) => Ok(NewMeeting {
                title,
                host: self.host.clone(),
                place,
                date,
                from,
                to,
                agenda_deadline,
            }),
            _ => Err(errors),
        }
    }
}

/// The form for the next meeting, filled in: six months after the last one (or in two
/// months when there has been none), hosted by the member that hosted longest ago (one
/// that never hosted first), agenda closing two weeks before.
pub fn suggestion(today: Date, last: Option<Date>, host: Option<&str>) -> MeetingForm {
    let day = last
        .and_then(|d| d.checked_add(jiff::Span::new().months(MONTHS_BETWEEN)).ok())
        .filter(|d| *d > today)
        .or_else(|| today.checked_add(jiff::Span::new().months(2)).ok())
        .unwrap_or(today);
    let deadline = day.checked_sub(jiff::Span::new().days(14)).unwrap_or(day);
    MeetingForm {
        title: String::new(),
        host: host.unwrap_or_default().to_owned(),
        place: String::new(),
        date: day.to_string(),
        from: "09:00".into(),
        to: "15:30".into(),
        agenda_deadline: deadline.to_string(),
    }
}

/// The host to suggest: of the members, the one whose last hosting is oldest, never
/// first; ties by their order in `members`.
pub fn next_host<'a>(members: &'a [String], hosted: &[(String, Date)]) -> Option<&'a str> {
    members
        .iter()
        .min_by_key(|id| {
            hosted
                .iter()
                .filter(|(h, _)| h == *id)
                .map(|(_, d)| *d)
                .max()
        })
        .map(String::as_str)
}

/// An agenda item as a member proposes it.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[serde(default)]
pub struct AgendaForm {
    pub title: String,
    pub description: String,
}

impl AgendaForm {
    /// The title and description, or what is wrong; `open` says whether the deadline
    /// has not passed.
    pub fn item(&self, open: bool) -> Result<(String, String), FormErrors> {
        let mut errors = FormErrors::default();
        if !open {
            errors.add("title", "network-error-agenda-closed");
        }
        let title = required_line(
            &mut errors,
            "title",
            &self.title,
            "network-error-item-title",
        );
        let description = errors.text(
            "description",
            &self.description,
            MAX_TEXT,
            "network-error-too-long",
        );
        match errors.is_empty() {
            true => Ok((title, description)),
            false => Err(errors),
        }
    }
}

/// A sign-up for a meeting, with what the person needs to take part.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[serde(default)]
pub struct SignupForm {
    pub access_needs: String,
    pub dietary_needs: String,
}

impl SignupForm {
    pub fn needs(&self) -> Result<(String, String), FormErrors> {
        let mut errors = FormErrors::default();
        let access = errors.text(
            "access_needs",
            &self.access_needs,
            MAX_TEXT,
            "network-error-too-long",
        );
        let dietary = errors.text(
            "dietary_needs",
            &self.dietary_needs,
            MAX_TEXT,
            "network-error-too-long",
        );
        match errors.is_empty() {
            true => Ok((access, dietary)),
            false => Err(errors),
        }
    }
}

/// A decision in the minutes: what, who does it (an organisation, or none for the
/// network together) and by when.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[serde(default)]
pub struct DecisionForm {
    pub decision: String,
    pub who: String,
    pub by: String,
}

/// A decision, checked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewDecision {
    pub decision: String,
    pub who: Option<String>,
    pub by: Option<Date>,
}

impl DecisionForm {
    /// `is_organisation` says whether an id is a member or former member.
    pub fn decision(
        &self,
        is_organisation: impl Fn(&str) -> bool,
    ) -> Result<NewDecision, FormErrors> {
        let mut errors = FormErrors::default();
        let decision = required_line(
            &mut errors,
            "decision",
            &self.decision,
            "network-error-decision",
        );
        let who = match self.who.trim() {
            "" => None,
            id if is_organisation(id) => Some(id.to_owned()),
            _ => {
                errors.add("who", "network-error-who");
                None
            }
        };
        let by = match self.by.trim() {
            "" => None,
            typed => date(&mut errors, "by", typed),
        };
        match errors.is_empty() {
            true => Ok(NewDecision { decision, who, by }),
            false => Err(errors),
        }
    }
}

/// The minutes, checked: Markdown, public, so the form says to leave out personal data.
pub fn minutes(typed: &str) -> Result<String, FormErrors> {
    let mut errors = FormErrors::default();
    let text = errors.text("minutes", typed, MAX_MINUTES, "network-error-too-long");
    if text.is_empty() && errors.is_empty() {
        errors.add("minutes", "network-error-minutes");
    }
    match errors.is_empty() {
        true => Ok(text),
        false => Err(errors),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date as day;

    fn form() -> MeetingForm {
        MeetingForm {
            title: "Forårsmøde".into(),
            host: "viby".into(),
            place: "Viby Bibliotek, Skanderborgvej 170".into(),
            date: "2027-05-04".into(),
            from: "9.00".into(),
            to: "15:30".into(),
            agenda_deadline: "2027-04-20".into(),
        }
    }

    #[test]
    fn a_meeting_is_read_with_danish_times() {
        let meeting = form().meeting(|id| id == "viby", day(2026, 12, 6)).unwrap();
        assert_eq!(meeting.from, jiff::civil::time(9, 0, 0, 0));
        assert_eq!(meeting.agenda_deadline, day(2027, 4, 20));
    }

    #[test]
    fn a_meeting_in_the_past_or_ending_before_it_starts_is_refused() {
        let mut typed = form();
        typed.date = "2026-12-01".into();
        typed.to = "08:00".into();
        typed.agenda_deadline = "2026-12-02".into();
        let errors = typed.meeting(|_| false, day(2026, 12, 6)).unwrap_err();
        for field in ["host", "date", "to", "agenda_deadline"] {
            assert!(errors.has(field), "{field}");
        }
    }

    #[test]
    fn the_next_meeting_is_suggested_half_a_year_on_at_the_host_that_waited_longest() {
        let suggested = suggestion(day(2026, 12, 6), Some(day(2026, 11, 10)), Some("b"));
        assert_eq!(suggested.date, "2027-05-10");
        assert_eq!(suggested.agenda_deadline, "2027-04-26");
        let members = ["a".to_owned(), "b".to_owned(), "c".to_owned()];
        let hosted = [
            ("a".to_owned(), day(2026, 5, 1)),
            ("b".to_owned(), day(2025, 11, 1)),
        ];
        assert_eq!(next_host(&members, &hosted), Some("c"));
        assert_eq!(next_host(&members[..2], &hosted), Some("b"));
    }

    #[test]
    fn an_agenda_item_after_the_deadline_is_refused_but_kept() {
        let typed = AgendaForm {
            title: "Svindel mod ældre".into(),
            description: "Erfaringer fra IT-caféen".into(),
        };
        assert!(typed.item(false).unwrap_err().has("title"));
        assert_eq!(typed.item(true).unwrap().0, "Svindel mod ældre");
    }

    #[test]
    fn a_decision_names_a_known_organisation_or_none() {
        let typed = DecisionForm {
            decision: "Lave en tjekliste om svindel".into(),
            who: "nobody".into(),
            by: "2027-03-01".into(),
        };
        assert!(typed.decision(|_| false).unwrap_err().has("who"));
        let ok = typed.decision(|id| id == "nobody").unwrap();
        assert_eq!(ok.by, Some(day(2027, 3, 1)));
        assert!(minutes(" ").unwrap_err().has("minutes"));
    }
}
