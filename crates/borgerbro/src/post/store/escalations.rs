//! Escalations: the queue of unopened letters waiting to escalate, and what became of
//! each escalation.

use std::collections::HashSet;

use crate::db::decode;
use crate::db::{bind_list, placeholders, value_rows, Placeholders};
use crate::post::model::{EscalationKind, Outcome};
use sqlx::any::AnyRow;
use sqlx::{AnyConnection, AnyPool, Row};

/// A letter due to escalate, as the sweep needs it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Due {
    pub id: String,
    pub recipient_id: String,
    pub deadline_current: Option<String>,
}

/// Letters due to escalate at `now_ms`, oldest first; reads only the index of the queue
/// of letters waiting to escalate, never `messages`.
pub(crate) async fn due_for_escalation(
    pool: &AnyPool,
    now_ms: i64,
    limit: i64,
) -> Result<Vec<Due>, sqlx::Error> {
    sqlx::query(
        "SELECT message_id AS id, recipient_id, deadline AS deadline_current \
         FROM escalation_queue WHERE escalate_at <= $1 ORDER BY escalate_at LIMIT $2",
    )
    .bind(now_ms)
    .bind(limit)
    .fetch_all(pool)
    .await?
    .iter()
    .map(|row| {
        Ok(Due {
            id: row.try_get("id")?,
            recipient_id: row.try_get("recipient_id")?,
            deadline_current: row.try_get("deadline_current")?,
        })
    })
    .collect()
}

/// An escalation as stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Escalation {
    pub id: String,
    pub message_id: String,
    pub kind: EscalationKind,
    pub created_at: i64,
    pub deadline_before: String,
    pub deadline_after: String,
    pub outcome: Option<Outcome>,
    pub outcome_at: Option<i64>,
}

fn escalation_of(row: &AnyRow) -> Result<Escalation, sqlx::Error> {
    Ok(Escalation {
        id: row.try_get("id")?,
        message_id: row.try_get("message_id")?,
        kind: decode::parsed(
            "escalations.kind",
            row.try_get("kind")?,
            EscalationKind::parse,
        )?,
        created_at: row.try_get("created_at")?,
        deadline_before: row.try_get("deadline_before")?,
        deadline_after: row.try_get("deadline_after")?,
        outcome: row
            .try_get::<Option<&str>, _>("outcome")?
            .map(|text| decode::parsed("escalations.outcome", text, Outcome::parse))
            .transpose()?,
        outcome_at: row.try_get("outcome_at")?,
    })
}

/// Escalates these letters, each as (escalation, its letter's recipient), except those
/// something else escalated first (another sweep) or that were opened meanwhile: takes
/// them off the queue of letters waiting to escalate, then records the escalations of
/// those it won (which moves their deadlines), all in the caller's transaction. The
/// letters' rows are not written. Answers the ids of the letters it won.
pub(crate) async fn escalate(
    conn: &mut AnyConnection,
    escalations: &[(&Escalation, &str)],
) -> Result<HashSet<String>, sqlx::Error> {
    let mut won = HashSet::with_capacity(escalations.len());
    let ids: Vec<&str> = escalations
        .iter()
        .map(|(escalation, _)| escalation.message_id.as_str())
        .collect();
    let style = Placeholders::whole_statement(conn);
    for part in ids.chunks(style.rows_per_statement(1)) {
        won.extend(claim(conn, style, part).await?);
    }
    let stored: Vec<&(&Escalation, &str)> = escalations
        .iter()
        .filter(|(e, _)| won.contains(&e.message_id))
        .collect();
    for part in stored.chunks(style.rows_per_statement(VALUES_PER_ESCALATION)) {
        insert_escalations(conn, style, part).await?;
    }
    Ok(won)
}

/// Takes those of these letters still waiting to escalate off the queue, in one
/// statement, so that of two sweeps, or a sweep and an opening, one wins each letter.
/// Answers the letters this call won.
async fn claim(
    conn: &mut AnyConnection,
    style: Placeholders,
    message_ids: &[&str],
) -> Result<Vec<String>, sqlx::Error> {
    let sql = format!(
        "DELETE FROM escalation_queue WHERE message_id IN ({}) RETURNING message_id",
        placeholders(style, message_ids.len())
    );
    bind_list(sqlx::query(&sql), message_ids)
        .fetch_all(&mut *conn)
        .await?
        .iter()
        .map(|row| row.try_get("message_id"))
        .collect()
}

const VALUES_PER_ESCALATION: usize = 7;

async fn insert_escalations(
    conn: &mut AnyConnection,
    style: Placeholders,
    escalations: &[&(&Escalation, &str)],
) -> Result<(), sqlx::Error> {
    let sql = format!(
        "INSERT INTO escalations (id, message_id, kind, created_at, deadline_before, \
         deadline_after, recipient_id) VALUES {}",
        value_rows(style, escalations.len(), VALUES_PER_ESCALATION)
    );
    let mut query = sqlx::query(&sql);
    for (escalation, recipient_id) in escalations {
        query = query
            .bind(&escalation.id)
            .bind(&escalation.message_id)
            .bind(escalation.kind.as_str())
            .bind(escalation.created_at)
            .bind(&escalation.deadline_before)
            .bind(&escalation.deadline_after)
            .bind(*recipient_id);
    }
    query.execute(&mut *conn).await?;
    Ok(())
}

pub(crate) async fn escalations_of(
    pool: &AnyPool,
    message_id: &str,
) -> Result<Vec<Escalation>, sqlx::Error> {
    sqlx::query("SELECT * FROM escalations WHERE message_id = $1 ORDER BY created_at")
        .bind(message_id)
        .fetch_all(pool)
        .await?
        .iter()
        .map(escalation_of)
        .collect()
}

/// Escalations without an outcome yet, oldest first: the caseworkers' queue.
pub(crate) async fn open_escalations(
    pool: &AnyPool,
    limit: i64,
) -> Result<Vec<Escalation>, sqlx::Error> {
    sqlx::query("SELECT * FROM escalations WHERE outcome IS NULL ORDER BY created_at LIMIT $1")
        .bind(limit)
        .fetch_all(pool)
        .await?
        .iter()
        .map(escalation_of)
        .collect()
}

pub(crate) async fn escalation(
    pool: &AnyPool,
    id: &str,
) -> Result<Option<Escalation>, sqlx::Error> {
    sqlx::query("SELECT * FROM escalations WHERE id = $1")
        .bind(id)
        .fetch_optional(pool)
        .await?
        .as_ref()
        .map(escalation_of)
        .transpose()
}

/// Records what came of an escalation, once.
pub(crate) async fn record_outcome(
    conn: &mut AnyConnection,
    id: &str,
    outcome: Outcome,
    by: &str,
    at: i64,
) -> Result<bool, sqlx::Error> {
    let done = sqlx::query(
        "UPDATE escalations SET outcome = $1, outcome_by = $2, outcome_at = $3 \
         WHERE id = $4 AND outcome IS NULL",
    )
    .bind(outcome.as_str())
    .bind(by)
    .bind(at)
    .bind(id)
    .execute(&mut *conn)
    .await?;
    Ok(done.rows_affected() == 1)
}
