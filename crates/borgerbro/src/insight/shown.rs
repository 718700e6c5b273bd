//! The public figures of a month, made from its exact counts by one rule: a count under
//! five is never told (it is `null`, with `"suppressed": true` in the same object, and the
//! page says "under 5"), and a share is not told when the people it counts, or those it
//! leaves out, are under five, so that no citizen can be singled out by subtraction.

use std::collections::BTreeMap;

use serde::Serialize;
use utoipa::ToSchema;

use super::counts::{Counts, UnitLix};
use super::snapshot::Snapshot;

/// The smallest count that is told.
pub const SMALLEST_TOLD: u64 = 5;

/// A count as told: `None` when it is under five.
pub fn told(count: u64) -> Option<u64> {
    (count >= SMALLEST_TOLD).then_some(count)
}

/// `part` of `whole` as a share from 0 to 1, told only when both the part and the rest
/// are five or more.
pub fn told_share(part: u64, whole: u64) -> Option<f64> {
    let rest = whole.checked_sub(part)?;
    (part >= SMALLEST_TOLD && rest >= SMALLEST_TOLD).then(|| part as f64 / whole as f64)
}

/// One month's figures as anyone may read them.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct MonthFigures {
    /// `YYYY-MM`.
    pub month: String,
    /// False while the month runs: its figures still grow.
    #[serde(rename = "final")]
    pub is_final: bool,
    /// When the figures were counted (RFC 3339).
    pub counted_at: String,
    pub letters_sent: Option<u64>,
    /// Of the letters sent in the month, those opened when the figures were counted.
    pub opened: Option<u64>,
    /// Letters whose seventh day after sending fell in the month, still unopened then.
    pub unread_after_7_days: Option<u64>,
    pub escalations: Escalations,
    pub outcomes: Outcomes,
    pub deadlines_moved: Option<u64>,
    pub paper_letters: Option<u64>,
    /// Share (0 to 1) of the people who get letters who are exempt from digital post.
    pub exempt_share: Option<f64>,
    pub lix: LixFigures,
    /// Bookings made, per kind (`front_desk`, `callback`, `video`, `home_visit`).
    pub bookings: Counted,
    /// "Var det let?" per task.
    pub var_det_let: BTreeMap<String, TaskAnswers>,
    /// Notes of where citizens got stuck, per topic.
    pub stuck: Counted,
    pub helpers: Option<u64>,
    pub permissions: Option<u64>,
    pub requests: Requests,
    /// True when a count in this object is not told because it is under five.
    pub suppressed: bool,
}

/// Escalations made in the month, by how they reached the citizen.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct Escalations {
    pub phone: Option<u64>,
    pub paper: Option<u64>,
    pub visit: Option<u64>,
    pub suppressed: bool,
}

/// Escalations' outcomes recorded in the month.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct Outcomes {
    pub reached: Option<u64>,
    pub not_reached: Option<u64>,
    pub other_channel: Option<u64>,
    pub suppressed: bool,
}

/// Counts by a key, each told only from five.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct Counted {
    #[serde(flatten)]
    pub counts: BTreeMap<String, Option<u64>>,
    pub suppressed: bool,
}

/// The plain language of the month's letters.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct LixFigures {
    /// The authority's LIX limit.
    pub limit: u32,
    pub letters: Option<u64>,
    pub median: Option<f64>,
    /// Share (0 to 1) of the letters over the limit.
    pub over_limit_share: Option<f64>,
    pub by_unit: Vec<UnitFigures>,
    pub suppressed: bool,
}

/// The plain language of one sending unit's letters.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct UnitFigures {
    pub unit: String,
    pub letters: Option<u64>,
    pub median: Option<f64>,
    pub over_limit_share: Option<f64>,
    pub suppressed: bool,
}

/// "Var det let?" for one task.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct TaskAnswers {
    pub answers: Option<u64>,
    /// The average score, 1 (very hard) to 5 (very easy).
    pub average: Option<f64>,
    /// Share (0 to 1) who found it easy or very easy (4 or 5).
    pub easy_share: Option<f64>,
    pub suppressed: bool,
}

/// Requests under the data protection rules.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct Requests {
    pub received: Option<u64>,
    pub answered: Option<u64>,
    pub answered_in_time: Option<u64>,
    /// Open past their due day when the figures were counted.
    pub overdue: Option<u64>,
    pub suppressed: bool,
}

/// Whether any of these counts is not told.
fn any_hidden(values: &[Option<u64>]) -> bool {
    values.iter().any(Option::is_none)
}

fn counted(counts: &BTreeMap<String, u64>, keys: &[&str]) -> Counted {
    let mut told_counts: BTreeMap<String, Option<u64>> =
        keys.iter().map(|k| ((*k).to_owned(), told(0))).collect();
    for (key, count) in counts {
        told_counts.insert(key.clone(), told(*count));
    }
    let suppressed = told_counts.values().any(Option::is_none);
    Counted {
        counts: told_counts,
        suppressed,
    }
}

fn unit_figures(unit: &UnitLix) -> UnitFigures {
    let letters = told(unit.letters);
    let median = unit.median.filter(|_| letters.is_some());
    UnitFigures {
        unit: unit.unit.clone(),
        letters,
        median,
        over_limit_share: told_share(unit.over_limit, unit.letters),
        suppressed: letters.is_none(),
    }
}

fn task_answers(scores: &[u64; 5]) -> TaskAnswers {
    let answers: u64 = scores.iter().sum();
    let told_answers = told(answers);
    let total: u64 = scores.iter().zip(1..).map(|(n, score)| n * score).sum();
    let easy = scores[3] + scores[4];
    TaskAnswers {
        answers: told_answers,
        average: told_answers.map(|n| total as f64 / n as f64),
        easy_share: told_share(easy, answers),
        suppressed: told_answers.is_none(),
    }
}

impl MonthFigures {
    /// The figures of a snapshot, with every count under five left untold. `bookings`
    /// and `stuck` name every kind and topic, so a missing one reads as "under 5", not as
    /// unknown.
    pub fn of(snapshot: &Snapshot, booking_kinds: &[&str], topics: &[&str]) -> Self {
        let c: &Counts = &snapshot.counts;
        let l = &c.letters;
        let escalations = Escalations {
            phone: told(l.escalations.phone),
            paper: told(l.escalations.paper),
            visit: told(l.escalations.visit),
            suppressed: false,
        };
        let escalations = Escalations {
            suppressed: any_hidden(&[escalations.phone, escalations.paper, escalations.visit]),
            ..escalations
        };
        let outcomes = Outcomes {
            reached: told(l.outcomes.reached),
            not_reached: told(l.outcomes.not_reached),
            other_channel: told(l.outcomes.other_channel),
            suppressed: false,
        };
        let outcomes = Outcomes {
            suppressed: any_hidden(&[
                outcomes.reached,
                outcomes.not_reached,
                outcomes.other_channel,
            ]),
            ..outcomes
        };
        let all = unit_figures(&c.lix.all);
        let lix = LixFigures {
            limit: c.lix.limit,
            letters: all.letters,
            median: all.median,
            over_limit_share: all.over_limit_share,
            by_unit: c.lix.units.iter().map(unit_figures).collect(),
            suppressed: all.suppressed,
        };
        let requests = Requests {
            received: told(c.requests.received),
            answered: told(c.requests.answered),
            answered_in_time: told(c.requests.answered_in_time),
            overdue: told(c.requests.overdue),
            suppressed: false,
        };
        let requests = Requests {
            suppressed: any_hidden(&[
                requests.received,
                requests.answered,
                requests.answered_in_time,
                requests.overdue,
            ]),
            ..requests
        };
        let top = [
            told(l.sent),
            told(l.opened),
            told(l.unread_after_7_days),
            told(l.deadlines_moved),
            told(l.paper_letters),
            told(c.helpers),
            told(c.permissions),
        ];
        MonthFigures {
            month: snapshot.month.to_string(),
            is_final: snapshot.is_final,
            counted_at: snapshot.counted_at.to_string(),
            letters_sent: top[0],
            opened: top[1],
            unread_after_7_days: top[2],
            escalations,
            outcomes,
            deadlines_moved: top[3],
            paper_letters: top[4],
            exempt_share: told_share(c.exempt, c.people),
            lix,
            bookings: counted(&c.bookings, booking_kinds),
            var_det_let: c
                .var_det_let
                .iter()
                .map(|(task, scores)| (task.clone(), task_answers(scores)))
                .collect(),
            stuck: counted(&c.stuck, topics),
            helpers: top[5],
            permissions: top[6],
            requests,
            suppressed: any_hidden(&top) || told_share(c.exempt, c.people).is_none(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_count_under_five_is_never_told() {
        assert_eq!(told(0), None);
        assert_eq!(told(4), None);
        assert_eq!(told(5), Some(5));
        assert_eq!(told(1234), Some(1234));
    }

    #[test]
    fn a_share_is_told_only_when_both_sides_are_five_or_more() {
        assert_eq!(told_share(4, 100), None, "four people exempt");
        assert_eq!(told_share(96, 100), None, "all but four");
        assert_eq!(told_share(5, 10), Some(0.5));
        assert_eq!(told_share(5, 3), None, "a part above its whole is no share");
    }

    #[test]
    fn a_task_with_few_answers_tells_nothing_about_them() {
        let few = task_answers(&[1, 0, 0, 2, 1]);
        assert_eq!(
            (few.answers, few.average, few.easy_share),
            (None, None, None)
        );
        assert!(few.suppressed);
        let many = task_answers(&[5, 0, 0, 0, 5]);
        assert_eq!(many.answers, Some(10));
        assert_eq!(many.average, Some(3.0));
        assert_eq!(many.easy_share, Some(0.5));
    }
}
