//! The month's counts of letters, openings, escalations and paper, for the inclusion
//! figures (`insight`): each a count over an indexed range of time, never a scan of
//! every letter.

use serde::{Deserialize, Serialize};
use sqlx::{AnyPool, Row};

use crate::db::decode::Unreadable;
use crate::post::model::{EscalationKind, Outcome};

/// A week in milliseconds: a letter still unread this long after it was sent counts as
/// unread after 7 days.
const WEEK_MS: i64 = 7 * 24 * 3600 * 1000;

/// Escalations counted by how they reached the citizen.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ByKind {
    pub phone: u64,
    pub paper: u64,
    pub visit: u64,
}

/// Escalations' outcomes recorded in the month.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ByOutcome {
    pub reached: u64,
    pub not_reached: u64,
    pub other_channel: u64,
}

/// A month of the post module's figures.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct LetterCounts {
    /// Letters sent in the month.
    pub sent: u64,
    /// Of those, opened by the time the figures were taken (for a finished month: by
    /// its end, when the last figures of it are taken).
    pub opened: u64,
    /// Letters whose seventh day after sending fell in the month, up to now, and that
    /// were still unopened then.
    pub unread_after_7_days: u64,
    /// Escalations made in the month, by kind.
    pub escalations: ByKind,
    /// Outcomes recorded in the month, by outcome.
    pub outcomes: ByOutcome,
    /// Escalations made in the month that moved the letter's deadline.
    pub deadlines_moved: u64,
    /// Paper letters posted in the month (the print queue's "sent").
    pub paper_letters: u64,
}

/// The counts of `[from, to)`, with `now` bounding the seventh days that have come.
pub(crate) async fn month_counts(
    pool: &AnyPool,
    from: i64,
    to: i64,
    now: i64,
) -> Result<LetterCounts, sqlx::Error> {
    let row = sqlx::query(
        "SELECT COUNT(*) AS sent, COUNT(opened_at) AS opened FROM messages \
         WHERE sent_at >= $1 AND sent_at < $2",
    )
    .bind(from)
    .bind(to)
    .fetch_one(pool)
    .await?;
    let (sent, opened) = (count(&row, "sent")?, count(&row, "opened")?);
    // Seventh days in [from, min(to, now)): letters sent a week before that range.
    let seventh_until = to.min(now);
    let unread_after_7_days = if seventh_until <= from {
        0
    } else {
        let row = sqlx::query(
            "SELECT COUNT(*) AS unread FROM messages \
             WHERE sent_at >= $1 AND sent_at < $2 AND (opened_at IS NULL OR opened_at > sent_at + $3)",
        )
        .bind(from - WEEK_MS)
        .bind(seventh_until - WEEK_MS)
        .bind(WEEK_MS)
        .fetch_one(pool)
        .await?;
        count(&row, "unread")?
    };
    let mut counts = LetterCounts {
        sent,
        opened,
        unread_after_7_days,
        ..LetterCounts::default()
    };
    let made = sqlx::query(
        "SELECT kind, COUNT(*) AS made, \
         SUM(CASE WHEN deadline_after <> deadline_before THEN 1 ELSE 0 END) AS moved \
         FROM escalations WHERE created_at >= $1 AND created_at < $2 GROUP BY kind",
    )
    .bind(from)
    .bind(to)
    .fetch_all(pool)
    .await?;
    for row in &made {
        let kind: String = row.try_get("kind")?;
        let made = count(row, "made")?;
        match EscalationKind::parse(&kind) {
            Some(EscalationKind::Phone) => counts.escalations.phone += made,
            Some(EscalationKind::Paper) => counts.escalations.paper += made,
            Some(EscalationKind::Visit) => counts.escalations.visit += made,
            None => return Err(Unreadable::new("escalations.kind", kind).into()),
        }
        counts.deadlines_moved += count(row, "moved")?;
    }
    let outcomes = sqlx::query(
        "SELECT outcome, COUNT(*) AS recorded FROM escalations \
         WHERE outcome_at >= $1 AND outcome_at < $2 GROUP BY outcome",
    )
    .bind(from)
    .bind(to)
    .fetch_all(pool)
    .await?;
    for row in &outcomes {
        let outcome: String = row.try_get("outcome")?;
        let recorded = count(row, "recorded")?;
        match Outcome::parse(&outcome) {
            Some(Outcome::Reached) => counts.outcomes.reached += recorded,
            Some(Outcome::NotReached) => counts.outcomes.not_reached += recorded,
            Some(Outcome::OtherChannel) => counts.outcomes.other_channel += recorded,
            None => return Err(Unreadable::new("escalations.outcome", outcome).into()),
        }
    }
    let row = sqlx::query(
        "SELECT COUNT(*) AS posted FROM print_jobs WHERE posted_at >= $1 AND posted_at < $2",
    )
    .bind(from)
    .bind(to)
    .fetch_one(pool)
    .await?;
    counts.paper_letters = count(&row, "posted")?;
    Ok(counts)
}

/// The letters of a month whose plain language is measured: each letter written one at
/// a time, and one letter of each batch standing for the batch (its template is the
/// text; merge fields add names and amounts), with the sending unit.
pub(crate) async fn month_texts(
    pool: &AnyPool,
    from: i64,
    to: i64,
) -> Result<Vec<MeasuredText>, sqlx::Error> {
    let singles = sqlx::query(
        "SELECT sender_name, body FROM messages \
         WHERE sent_at >= $1 AND sent_at < $2 AND batch_id IS NULL",
    )
    .bind(from)
    .bind(to)
    .fetch_all(pool)
    .await?;
    let mut texts = Vec::with_capacity(singles.len());
    for row in &singles {
        texts.push(MeasuredText {
            unit: row.try_get("sender_name")?,
            body: row.try_get("body")?,
            letters: 1,
        });
    }
    let batches = sqlx::query(
        "SELECT m.sender_name AS sender_name, m.body AS body, b.letters AS letters FROM \
         (SELECT batch_id, MIN(id) AS first, COUNT(*) AS letters FROM messages \
          WHERE sent_at >= $1 AND sent_at < $2 AND batch_id IS NOT NULL GROUP BY batch_id) b \
         JOIN messages m ON m.id = b.first",
    )
    .bind(from)
    .bind(to)
    .fetch_all(pool)
    .await?;
    for row in &batches {
        texts.push(MeasuredText {
            unit: row.try_get("sender_name")?,
            body: row.try_get("body")?,
            letters: count(row, "letters")?,
        });
    }
    Ok(texts)
}

/// A letter's text, its sending unit and how many letters it stands for.
#[derive(Debug, Clone)]
pub struct MeasuredText {
    pub unit: String,
    pub body: String,
    pub letters: u64,
}

fn count(row: &sqlx::any::AnyRow, column: &'static str) -> Result<u64, sqlx::Error> {
    // SUM over no rows is NULL.
    let value: Option<i64> = row.try_get(column)?;
    u64::try_from(value.unwrap_or(0))
        .map_err(|_| Unreadable::new(column, value.unwrap_or(0)).into())
}
