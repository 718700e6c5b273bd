//! The live figures another module can follow month by month, such as a project's
//! benefit "fewer letters unread after 7 days" (`assess::benefits`). Each is read from a
//! month's snapshot by the same rule as the public page: a count under five, or a share
//! whose part or rest is under five, is not told, so a benefit never shows more than
//! `/tal` does.

use super::shown::{told, told_share};
use super::snapshot::Snapshot;

/// A figure a benefit can be measured by.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Figure {
    LettersSent,
    OpenedShare,
    UnreadAfter7Days,
    PaperLetters,
    Escalations,
    ExemptShare,
    LixMedian,
    LixOverLimitShare,
    StuckNotes,
    Helpers,
}

/// A total of parts the public page tells one by one: told only when every part is,
/// since a total beside told parts gives away the untold one.
fn whole_of(parts: &[u64]) -> Option<f64> {
    parts
        .iter()
        .all(|part| told(*part).is_some())
        .then(|| parts.iter().sum::<u64>() as f64)
}

impl Figure {
    pub const ALL: [Figure; 10] = [
        Figure::UnreadAfter7Days,
        Figure::OpenedShare,
        Figure::LettersSent,
        Figure::PaperLetters,
        Figure::Escalations,
        Figure::ExemptShare,
        Figure::LixMedian,
        Figure::LixOverLimitShare,
        Figure::StuckNotes,
        Figure::Helpers,
    ];

    /// Its name in forms, the database and the API.
    pub fn as_str(self) -> &'static str {
        match self {
            Figure::LettersSent => "letters_sent",
            Figure::OpenedShare => "opened_share",
            Figure::UnreadAfter7Days => "unread_after_7_days",
            Figure::PaperLetters => "paper_letters",
            Figure::Escalations => "escalations",
            Figure::ExemptShare => "exempt_share",
            Figure::LixMedian => "lix_median",
            Figure::LixOverLimitShare => "lix_over_limit_share",
            Figure::StuckNotes => "stuck_notes",
            Figure::Helpers => "helpers",
        }
    }

    pub fn parse(text: &str) -> Option<Figure> {
        Figure::ALL.into_iter().find(|f| f.as_str() == text)
    }

    /// The Fluent key of its words ("Breve ulæst efter 7 dage").
    pub fn label_key(self) -> String {
        format!("insight-figure-{}", self.as_str().replace('_', "-"))
    }

    /// Whether it is a count, which a month does not tell under five.
    pub fn is_count(self) -> bool {
        !self.is_percent() && self != Figure::LixMedian
    }

    /// Whether it is a share, read and written in percent (0 to 100).
    pub fn is_percent(self) -> bool {
        matches!(
            self,
            Figure::OpenedShare | Figure::ExemptShare | Figure::LixOverLimitShare
        )
    }

    /// Its value in a month, in percent for a share; `None` when the month does not tell
    /// it (a count under five).
    pub fn value(self, snapshot: &Snapshot) -> Option<f64> {
        let c = &snapshot.counts;
        let l = &c.letters;
        let count = |n: u64| told(n).map(|n| n as f64);
        let share = |part: u64, whole: u64| told_share(part, whole).map(|s| s * 100.0);
        match self {
            Figure::LettersSent => count(l.sent),
            Figure::OpenedShare => share(l.opened, l.sent),
            Figure::UnreadAfter7Days => count(l.unread_after_7_days),
            Figure::PaperLetters => count(l.paper_letters),
            Figure::Escalations => whole_of(&[
                l.escalations.phone,
                l.escalations.paper,
                l.escalations.visit,
            ]),
            Figure::ExemptShare => share(c.exempt, c.people),
            Figure::LixMedian => c
                .lix
                .all
                .median
                .filter(|_| told(c.lix.all.letters).is_some()),
            Figure::LixOverLimitShare => share(c.lix.all.over_limit, c.lix.all.letters),
            Figure::StuckNotes => whole_of(
                &crate::help::Topic::ALL
                    .map(|topic| c.stuck.get(topic.as_str()).copied().unwrap_or(0)),
            ),
            Figure::Helpers => count(c.helpers),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::insight::{Counts, Month};

    fn snapshot(counts: Counts) -> Snapshot {
        Snapshot {
            month: Month::read("2026-03").unwrap_or_else(|_| unreachable!()),
            counts,
            counted_at: jiff::Timestamp::UNIX_EPOCH,
            is_final: true,
        }
    }

    #[test]
    fn every_figure_has_one_name() {
        for figure in Figure::ALL {
            assert_eq!(Figure::parse(figure.as_str()), Some(figure));
        }
        assert_eq!(Figure::parse("letters"), None);
    }

    #[test]
    fn a_figure_tells_no_more_than_the_public_page() {
        let mut counts = Counts::default();
        counts.letters.sent = 200;
        counts.letters.opened = 150;
        counts.letters.unread_after_7_days = 4;
        let month = snapshot(counts);
        assert_eq!(Figure::LettersSent.value(&month), Some(200.0));
        assert_eq!(Figure::OpenedShare.value(&month), Some(75.0));
        assert_eq!(Figure::UnreadAfter7Days.value(&month), None, "under five");
        assert_eq!(Figure::LixMedian.value(&month), None, "no letters measured");
        // A total is not told beside a part under five: phone 10 and paper 7 would tell
        // that visits were 3.
        let mut counts = Counts::default();
        counts.letters.escalations.phone = 10;
        counts.letters.escalations.paper = 7;
        counts.letters.escalations.visit = 3;
        assert_eq!(Figure::Escalations.value(&snapshot(counts.clone())), None);
        counts.letters.escalations.visit = 5;
        assert_eq!(Figure::Escalations.value(&snapshot(counts)), Some(22.0));
    }
}
