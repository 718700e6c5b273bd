//! The rules of a citizen's rights over their data: what a note of disagreement and a
//! request under the data protection rules are, when a request is due, how far it may be
//! extended, and where it stands. No I/O.

use crate::forms::{control_problem, Lines};
use jiff::civil::Date;
use jiff::ToSpan;
use serde::Serialize;
use utoipa::ToSchema;

/// The longest note or request text we take: a page of text, enough to say what is wrong.
pub(crate) const MAX_TEXT_CHARS: usize = 4_000;

/// How many days before its due day the sweep warns staff of an open request.
pub(crate) const WARN_DAYS: i64 = 7;

/// The record a note of disagreement is written on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Record {
    /// The citizen's person data (name, address, phone, choices).
    Person,
    Letter(String),
    Booking(String),
}

impl Record {
    pub(crate) fn kind(&self) -> &'static str {
        match self {
            Record::Person => "person",
            Record::Letter(_) => "letter",
            Record::Booking(_) => "booking",
        }
    }

    /// The record's id as stored: the person's own id for their person data.
    pub(crate) fn stored_id<'a>(&'a self, person_id: &'a str) -> &'a str {
        match self {
            Record::Person => person_id,
            Record::Letter(id) | Record::Booking(id) => id,
        }
    }

    /// Reads a stored or sent kind and id; None for a kind this build does not know, or a
    /// letter or booking without an id.
    pub fn parse(kind: &str, id: Option<&str>) -> Option<Record> {
        let id = id.map(str::trim).filter(|id| !id.is_empty());
        match (kind, id) {
            ("person", _) => Some(Record::Person),
            ("letter", Some(id)) => Some(Record::Letter(id.to_owned())),
            ("booking", Some(id)) => Some(Record::Booking(id.to_owned())),
            _ => None,
        }
    }

    /// Reads a kind and id as a system sends them: as `parse`, but the person data is
    /// named without an id (its stored id is the citizen's, which the address gives), so
    /// an id sent with it is a mistake, refused rather than dropped.
    pub fn parse_sent(kind: &str, id: Option<&str>) -> Option<Record> {
        match (kind, id) {
            ("person", Some(_)) => None,
            _ => Record::parse(kind, id),
        }
    }

    /// What the record is, in the Fluent files.
    pub(crate) fn label_key(&self) -> &'static str {
        match self {
            Record::Person => "rights-record-person",
            Record::Letter(_) => "rights-record-letter",
            Record::Booking(_) => "rights-record-booking",
        }
    }
}

/// Staff's answer to a note: the record was put right, or it was not, and why.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, ToSchema)]
#[serde(rename_all = "snake_case")]
#[schema(as = NoteOutcome)]
pub enum Outcome {
    Corrected,
    NotCorrected,
}

impl Outcome {
    pub(crate) fn as_str(self) -> &'static str {
        match self {
            Outcome::Corrected => "corrected",
            Outcome::NotCorrected => "not_corrected",
        }
    }

    pub fn parse(text: &str) -> Option<Outcome> {
        [Outcome::Corrected, Outcome::NotCorrected]
            .into_iter()
            .find(|o| o.as_str() == text)
    }

    pub(crate) fn label_key(self) -> &'static str {
        match self {
            Outcome::Corrected => "rights-outcome-corrected",
            Outcome::NotCorrected => "rights-outcome-not-corrected",
        }
    }
}

/// The rights a request can use (GDPR articles 15 to 21).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, ToSchema)]
#[serde(rename_all = "snake_case")]
#[schema(as = RequestKind)]
pub enum Kind {
    Access,
    Rectification,
    Erasure,
    Restriction,
    Objection,
    Portability,
}

impl Kind {
    pub(crate) const ALL: [Kind; 6] = [
        Kind::Access,
        Kind::Rectification,
        Kind::Erasure,
        Kind::Restriction,
        Kind::Objection,
        Kind::Portability,
    ];

    pub(crate) fn as_str(self) -> &'static str {
        match self {
            Kind::Access => "access",
            Kind::Rectification => "rectification",
            Kind::Erasure => "erasure",
            Kind::Restriction => "restriction",
            Kind::Objection => "objection",
            Kind::Portability => "portability",
        }
    }

    pub fn parse(text: &str) -> Option<Kind> {
        Kind::ALL.into_iter().find(|k| k.as_str() == text)
    }

    /// The right in plain words ("Se hvad vi har om dig").
    pub(crate) fn label_key(self) -> &'static str {
        match self {
            Kind::Access => "rights-kind-access",
            Kind::Rectification => "rights-kind-rectification",
            Kind::Erasure => "rights-kind-erasure",
            Kind::Restriction => "rights-kind-restriction",
            Kind::Objection => "rights-kind-objection",
            Kind::Portability => "rights-kind-portability",
        }
    }

    /// What the right means, as the form's hint says it.
    pub(crate) fn hint_key(self) -> &'static str {
        match self {
            Kind::Access => "rights-kind-access-hint",
            Kind::Rectification => "rights-kind-rectification-hint",
            Kind::Erasure => "rights-kind-erasure-hint",
            Kind::Restriction => "rights-kind-restriction-hint",
            Kind::Objection => "rights-kind-objection-hint",
            Kind::Portability => "rights-kind-portability-hint",
        }
    }
}

/// How a request reached the authority, recorded with it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, ToSchema)]
#[serde(rename_all = "snake_case")]
#[schema(as = RequestChannel)]
pub enum Channel {
    /// The citizen themself, logged in.
    Online,
    /// A helper inside a `mydata` permission.
    Helper,
    /// The front desk, for someone at the counter (with or without MitID).
    FrontDesk,
    Phone,
    Letter,
    /// Another of the authority's systems, through the API.
    System,
}

impl Channel {
    pub(crate) const ALL: [Channel; 6] = [
        Channel::Online,
        Channel::Helper,
        Channel::FrontDesk,
        Channel::Phone,
        Channel::Letter,
        Channel::System,
    ];

    pub(crate) fn as_str(self) -> &'static str {
        match self {
            Channel::Online => "online",
            Channel::Helper => "helper",
            Channel::FrontDesk => "front_desk",
            Channel::Phone => "phone",
            Channel::Letter => "letter",
            Channel::System => "system",
        }
    }

    pub fn parse(text: &str) -> Option<Channel> {
        Channel::ALL.into_iter().find(|c| c.as_str() == text)
    }

    pub(crate) fn label_key(self) -> &'static str {
        match self {
            Channel::Online => "rights-channel-online",
            Channel::Helper => "rights-channel-helper",
            Channel::FrontDesk => "rights-channel-front-desk",
            Channel::Phone => "rights-channel-phone",
            Channel::Letter => "rights-channel-letter",
            Channel::System => "rights-channel-system",
        }
    }
}

/// The day `months` months after `day`, counted as in EU regulation 1182/71 (article
/// 3(2)(c)): the same date that many months on, or that month's last day when the date
/// does not exist there (31 January + 1 month = 28 or 29 February). Counted from the day
/// of receipt each time, never from an earlier result, so three months after 31 January
/// is 30 April, not 28 April.
pub(crate) fn months_after(day: Date, months: i8) -> Date {
    // jiff clamps the day to the month's last day, which is the regulation's rule; the
    // only failure is a year past 9999, where the last representable day stands.
    day.checked_add(i64::from(months).months())
        .unwrap_or(Date::MAX)
}

/// The answer is due one month after receipt (GDPR article 12(3)).
pub(crate) fn due_on(received: Date) -> Date {
    months_after(received, 1)
}

/// The latest day an extension may reach: two further months, three after receipt.
pub(crate) fn latest_due(received: Date) -> Date {
    months_after(received, 3)
}

/// Why an extension is refused, field by field as Fluent keys; empty when it may be made.
pub(crate) fn extension_problem(
    received: Date,
    due_now: Date,
    extend_to: Date,
    reason: &str,
) -> Vec<(&'static str, &'static str)> {
    let mut problems = Vec::new();
    if reason.trim().is_empty() {
        problems.push(("reason", "rights-error-reason-missing"));
    } else if reason.chars().count() > MAX_TEXT_CHARS {
        problems.push(("reason", "rights-error-text-long"));
    } else if let Err(problem) = control_problem(reason, Lines::Several) {
        problems.push(("reason", problem));
    }
    if extend_to > latest_due(received) {
        problems.push(("extend_to", "rights-error-extend-too-far"));
    } else if extend_to <= due_now {
        problems.push(("extend_to", "rights-error-extend-not-later"));
    }
    problems
}

/// Why a note's, a request's or an answer's text is refused, as a Fluent key.
pub(crate) fn text_problem(text: &str) -> Option<&'static str> {
    if text.trim().is_empty() {
        Some("rights-error-text-missing")
    } else if text.chars().count() > MAX_TEXT_CHARS {
        Some("rights-error-text-long")
    } else {
        control_problem(text, Lines::Several).err()
    }
}

/// Where a request stands on a day.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, ToSchema)]
#[serde(rename_all = "snake_case")]
#[schema(as = RequestStatus)]
pub enum Status {
    /// Not answered, due day not passed.
    Open,
    /// Not answered after its due day.
    Overdue,
    Answered,
}

impl Status {
    pub(crate) fn of(answered: bool, due: Date, today: Date) -> Status {
        match (answered, today > due) {
            (true, _) => Status::Answered,
            (false, true) => Status::Overdue,
            (false, false) => Status::Open,
        }
    }

    pub fn parse(text: &str) -> Option<Status> {
        match text {
            "open" => Some(Status::Open),
            "overdue" => Some(Status::Overdue),
            "answered" => Some(Status::Answered),
            _ => None,
        }
    }

    pub(crate) fn label_key(self) -> &'static str {
        match self {
            Status::Open => "rights-status-open",
            Status::Overdue => "rights-status-overdue",
            Status::Answered => "rights-status-answered",
        }
    }
}

/// The last due day the sweep warns staff of today: a week ahead.
pub(crate) fn warn_until(today: Date) -> Date {
    today.saturating_add(WARN_DAYS.days())
}

/// What an erasure cannot take away, and why: each a Fluent key said in the answer.
/// Letters are kept by law (the archives act and the duty to keep notes of a case), the
/// log of who looked is what lets the citizen see it, permissions show who could act for
/// them, and the person record is how the authority reaches them.
pub(crate) const KEPT_AFTER_ERASURE: [&str; 4] = [
    "rights-kept-letters",
    "rights-kept-log",
    "rights-kept-permissions",
    "rights-kept-person",
];

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    #[test]
    fn one_month_is_the_same_date_next_month() {
        assert_eq!(due_on(date(2026, 3, 15)), date(2026, 4, 15));
        assert_eq!(due_on(date(2026, 12, 5)), date(2027, 1, 5));
    }

    #[test]
    fn a_date_the_next_month_lacks_becomes_its_last_day() {
        assert_eq!(due_on(date(2026, 1, 31)), date(2026, 2, 28));
        assert_eq!(due_on(date(2028, 1, 31)), date(2028, 2, 29));
        assert_eq!(due_on(date(2026, 3, 31)), date(2026, 4, 30));
        assert_eq!(due_on(date(2026, 1, 29)), date(2026, 2, 28));
    }

    #[test]
    fn three_months_count_from_receipt_not_from_the_first_month() {
        assert_eq!(latest_due(date(2026, 1, 31)), date(2026, 4, 30));
        assert_eq!(latest_due(date(2026, 11, 30)), date(2027, 2, 28));
    }

    #[test]
    fn an_extension_needs_a_reason_and_stays_within_three_months() {
        let received = date(2026, 1, 31);
        let due = due_on(received);
        assert!(extension_problem(received, due, date(2026, 4, 30), "Mange sager").is_empty());
        assert_eq!(
            extension_problem(received, due, date(2026, 4, 30), "  "),
            vec![("reason", "rights-error-reason-missing")]
        );
        assert_eq!(
            extension_problem(received, due, date(2026, 5, 1), "Mange sager"),
            vec![("extend_to", "rights-error-extend-too-far")]
        );
        assert_eq!(
            extension_problem(received, due, due, "Mange sager"),
            vec![("extend_to", "rights-error-extend-not-later")]
        );
    }

    #[test]
    fn status_follows_the_answer_and_the_due_day() {
        let due = date(2026, 2, 28);
        assert_eq!(Status::of(false, due, due), Status::Open);
        assert_eq!(Status::of(false, due, date(2026, 3, 1)), Status::Overdue);
        assert_eq!(Status::of(true, due, date(2026, 9, 1)), Status::Answered);
    }

    #[test]
    fn the_warning_comes_the_week_before_the_due_day() {
        assert_eq!(warn_until(date(2026, 2, 21)), date(2026, 2, 28));
        assert_eq!(warn_until(date(2026, 12, 28)), date(2027, 1, 4));
    }

    #[test]
    fn an_empty_or_endless_text_is_refused() {
        assert_eq!(text_problem(" \n"), Some("rights-error-text-missing"));
        assert_eq!(
            text_problem(&"x".repeat(MAX_TEXT_CHARS + 1)),
            Some("rights-error-text-long")
        );
        assert_eq!(text_problem("Min adresse er forkert"), None);
    }

    #[test]
    fn records_read_back_as_written_and_unknown_kinds_are_none() {
        for record in [
            Record::Person,
            Record::Letter("l1".into()),
            Record::Booking("b1".into()),
        ] {
            let id = record.stored_id("p1").to_owned();
            assert_eq!(Record::parse(record.kind(), Some(&id)), Some(record));
        }
        assert_eq!(Record::parse("letter", None), None);
        assert_eq!(Record::parse_sent("person", None), Some(Record::Person));
        assert_eq!(Record::parse_sent("person", Some("x")), None);
        assert_eq!(
            Record::parse_sent("letter", Some("l1")),
            Some(Record::Letter("l1".into()))
        );
        assert_eq!(Record::parse("case", Some("x")), None);
        assert_eq!(Kind::parse("forget"), None);
        assert!(Kind::ALL
            .iter()
            .all(|k| Kind::parse(k.as_str()) == Some(*k)));
        assert!(Channel::ALL
            .iter()
            .all(|c| Channel::parse(c.as_str()) == Some(*c)));
    }
}
