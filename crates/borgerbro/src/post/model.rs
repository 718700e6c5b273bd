//! The rules of digital post: when a letter escalates, how its deadline moves, whether a
//! deadline leaves a paper reader time enough. No I/O.

use jiff::civil::Date;
use jiff::{Span, Timestamp, ToSpan};
use serde::Serialize;

/// What a letter is about. It decides which helpers may read it (a helper's mandate
/// names areas), so it is a fixed list, not free text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, serde::Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum Area {
    Housing,
    Health,
    Pension,
    Employment,
    Family,
    Tax,
    General,
}

impl Area {
    pub const ALL: [Area; 7] = [
        Area::Housing,
        Area::Health,
        Area::Pension,
        Area::Employment,
        Area::Family,
        Area::Tax,
        Area::General,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Area::Housing => "housing",
            Area::Health => "health",
            Area::Pension => "pension",
            Area::Employment => "employment",
            Area::Family => "family",
            Area::Tax => "tax",
            Area::General => "general",
        }
    }

    pub fn parse(text: &str) -> Option<Area> {
        Area::ALL.into_iter().find(|area| area.as_str() == text)
    }

    pub fn label_key(self) -> &'static str {
        match self {
            Area::Housing => "area-housing",
            Area::Health => "area-health",
            Area::Pension => "area-pension",
            Area::Employment => "area-employment",
            Area::Family => "area-family",
            Area::Tax => "area-tax",
            Area::General => "area-general",
        }
    }
}

/// The authority's settings for post, with the defaults of the design.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Policy {
    /// An unopened letter that requires action escalates this many days after sending.
    pub escalate_after_days: i32,
    /// At escalation the deadline moves this many days later.
    pub move_deadline_days: i32,
    /// Days from sending until a paper letter is expected in the letterbox.
    pub postal_days: i32,
    /// A paper reader gets at least this many days between delivery and deadline.
    pub min_days_after_delivery: i32,
}

impl Default for Policy {
    fn default() -> Self {
        Self {
            escalate_after_days: 7,
            move_deadline_days: 14,
            postal_days: 3,
            min_days_after_delivery: 10,
        }
    }
}

/// How an escalation reaches the citizen.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum EscalationKind {
    /// Someone calls the citizen.
    Phone,
    /// A paper copy goes in the print queue.
    Paper,
    /// Someone visits: the citizen has neither phone nor address.
    Visit,
}

impl EscalationKind {
    pub fn as_str(self) -> &'static str {
        match self {
            EscalationKind::Phone => "phone",
            EscalationKind::Paper => "paper",
            EscalationKind::Visit => "visit",
        }
    }

    pub fn parse(text: &str) -> Option<Self> {
        [Self::Phone, Self::Paper, Self::Visit]
            .into_iter()
            .find(|kind| kind.as_str() == text)
    }

    /// The way that reaches this citizen: a call when we have a phone number, else
    /// paper when we have an address, else a visit.
    pub fn for_contact(has_phone: bool, has_address: bool) -> Self {
        match (has_phone, has_address) {
            (true, _) => EscalationKind::Phone,
            (false, true) => EscalationKind::Paper,
            (false, false) => EscalationKind::Visit,
        }
    }
}

impl Policy {
    /// Whether an unopened letter sent at `sent_at` has waited long enough at `now`.
    pub fn escalation_due(&self, sent_at: Timestamp, now: Timestamp) -> bool {
        sent_at
            .checked_add(Span::new().hours(24 * i64::from(self.escalate_after_days)))
            .is_ok_and(|due| now >= due)
    }

    /// The latest moment a letter may have been sent and still be due at `now`.
    pub fn escalation_cutoff(&self, now: Timestamp) -> Timestamp {
        now.checked_sub(Span::new().hours(24 * i64::from(self.escalate_after_days)))
            .unwrap_or(Timestamp::MIN)
    }

    /// The deadline after an escalation: later by the policy's days, never earlier.
    pub fn moved_deadline(&self, current: Date) -> Date {
        current
            .checked_add(self.move_deadline_days.days())
            .map_or(current, |moved| moved.max(current))
    }

    /// Whether a paper letter sent on `sent_on` leaves its reader enough days to act.
    pub fn check_paper_deadline(&self, sent_on: Date, deadline: Date) -> Result<(), TooSoon> {
        let earliest = sent_on
            .checked_add((self.postal_days + self.min_days_after_delivery).days())
            .unwrap_or(Date::MAX);
        if deadline < earliest {
            Err(TooSoon { earliest })
        } else {
            Ok(())
        }
    }
}

/// A deadline that leaves a paper reader too little time, and the earliest that would do.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TooSoon {
    pub earliest: Date,
}

/// A letter's Markdown body as safe HTML: whatever HTML or script a sender wrote is
/// cleaned away, never executed.
pub fn body_html(markdown: &str) -> String {
    let parser = pulldown_cmark::Parser::new(markdown);
    let mut html = String::with_capacity(markdown.len() * 3 / 2);
    pulldown_cmark::html::push_html(&mut html, parser);
    ammonia::Builder::default()
        .link_rel(Some("noopener noreferrer"))
        .clean(&html)
        .to_string()
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn a_body_is_markdown_made_safe() {
        let html = body_html(
            "# Afgørelse\n\nDu får **ja**.<script>alert(1)</script><img src=x onerror=alert(2)>",
        );
        assert!(html.contains("<h1>Afgørelse</h1>"));
        assert!(html.contains("<strong>ja</strong>"));
        assert!(
            !html.contains("script") && !html.contains("onerror"),
            "{html}"
        );
    }

    fn at(text: &str) -> Timestamp {
        text.parse().unwrap()
    }

    #[test]
    fn an_unopened_letter_escalates_seven_days_after_sending() {
        let policy = Policy::default();
        let sent = at("2026-11-02T09:00:00Z");
        assert!(!policy.escalation_due(sent, at("2026-11-09T08:59:59Z")));
        assert!(policy.escalation_due(sent, at("2026-11-09T09:00:00Z")));
        assert!(policy.escalation_cutoff(at("2026-11-09T09:00:00Z")) == sent);
    }

    #[test]
    fn the_deadline_moves_fourteen_days() {
        let policy = Policy::default();
        let deadline = Date::new(2026, 12, 12).unwrap();
        assert_eq!(
            policy.moved_deadline(deadline),
            Date::new(2026, 12, 26).unwrap()
        );
    }

    #[test]
    fn escalation_reaches_the_citizen_the_best_way_we_know() {
        assert_eq!(
            EscalationKind::for_contact(true, true),
            EscalationKind::Phone
        );
        assert_eq!(
            EscalationKind::for_contact(false, true),
            EscalationKind::Paper
        );
        assert_eq!(
            EscalationKind::for_contact(false, false),
            EscalationKind::Visit
        );
    }

    #[test]
    fn a_paper_reader_gets_ten_days_after_delivery() {
        let policy = Policy::default();
        let sent = Date::new(2026, 11, 23).unwrap();
        // Delivered on the 26th; ten days after is 6 December.
        assert!(policy
            .check_paper_deadline(sent, Date::new(2026, 12, 6).unwrap())
            .is_ok());
        assert_eq!(
            policy.check_paper_deadline(sent, Date::new(2026, 12, 5).unwrap()),
            Err(TooSoon {
                earliest: Date::new(2026, 12, 6).unwrap()
            })
        );
    }

    proptest! {
        #[test]
        fn a_deadline_never_moves_earlier(days in -400i32..400, y in 2000i16..2100, doy in 1i16..365) {
            let policy = Policy { move_deadline_days: days, ..Policy::default() };
            let date = Date::new(y, 1, 1).unwrap().with().day_of_year(doy).build().unwrap();
            prop_assert!(policy.moved_deadline(date) >= date);
        }
    }
}
