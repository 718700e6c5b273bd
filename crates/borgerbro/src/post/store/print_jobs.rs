//! The print queue: letters to print and post, posted, or no longer needed.

use sqlx::any::AnyRow;
use sqlx::{AnyConnection, AnyPool, Row};

use crate::db::{decode, value_rows, Placeholders};
use crate::post::model::{Delivery, NotNeeded, PrintReason};

/// A letter waiting to be printed and posted, posted, or no longer needed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PrintJob {
    pub message_id: String,
    pub reason: PrintReason,
    pub created_at: i64,
    pub posted_at: Option<i64>,
    /// When a paper copy of an unopened letter stopped being needed, and why
    /// (`model::NotNeeded`).
    pub cancelled_at: Option<i64>,
    pub cancelled_reason: Option<NotNeeded>,
    /// How it reached its reader once done.
    pub delivered: Option<Delivery>,
}

fn print_job_of(row: &AnyRow) -> Result<PrintJob, sqlx::Error> {
    Ok(PrintJob {
        message_id: row.try_get("message_id")?,
        reason: decode::parsed(
            "print_jobs.reason",
            row.try_get("reason")?,
            PrintReason::parse,
        )?,
        created_at: row.try_get("created_at")?,
        posted_at: row.try_get("posted_at")?,
        cancelled_at: row.try_get("cancelled_at")?,
        cancelled_reason: row
            .try_get::<Option<&str>, _>("cancelled_reason")?
            .map(|text| decode::parsed("print_jobs.cancelled_reason", text, NotNeeded::parse))
            .transpose()?,
        delivered: row
            .try_get::<Option<&str>, _>("delivered")?
            .map(|text| decode::parsed("print_jobs.delivered", text, Delivery::parse))
            .transpose()?,
    })
}

/// Puts letters in the print queue, many to a statement (a batch may hold thousands of
/// paper readers).
pub(crate) async fn insert_print_jobs(
    conn: &mut AnyConnection,
    message_ids: &[&str],
    reason: PrintReason,
    at: i64,
) -> Result<(), sqlx::Error> {
    let style = Placeholders::whole_statement(conn);
    for part in message_ids.chunks(style.rows_per_statement(3)) {
        let sql = format!(
            "INSERT INTO print_jobs (message_id, reason, created_at) VALUES {}",
            value_rows(style, part.len(), 3)
        );
        let mut query = sqlx::query(&sql);
        for message_id in part {
            query = query.bind(*message_id).bind(reason.as_str()).bind(at);
        }
        query.execute(&mut *conn).await?;
    }
    Ok(())
}

/// The print queue, oldest first; or, with `posted`, the letters already posted, newest
/// first. A copy no longer needed is in neither.
pub(crate) async fn print_jobs(
    pool: &AnyPool,
    posted: bool,
    limit: i64,
) -> Result<Vec<PrintJob>, sqlx::Error> {
    let sql = match posted {
        false => {
            "SELECT * FROM print_jobs WHERE posted_at IS NULL AND cancelled_at IS NULL \
                  ORDER BY created_at, message_id LIMIT $1"
        }
        true => {
            "SELECT * FROM print_jobs WHERE posted_at IS NOT NULL ORDER BY posted_at DESC LIMIT $1"
        }
    };
    sqlx::query(sql)
        .bind(limit)
        .fetch_all(pool)
        .await?
        .iter()
        .map(print_job_of)
        .collect()
}

/// The paper copies that left the queue because they were no longer needed, the latest
/// first.
pub(crate) async fn not_needed_jobs(
    pool: &AnyPool,
    limit: i64,
) -> Result<Vec<PrintJob>, sqlx::Error> {
    sqlx::query(
        "SELECT * FROM print_jobs WHERE cancelled_at IS NOT NULL \
         ORDER BY cancelled_at DESC LIMIT $1",
    )
    .bind(limit)
    .fetch_all(pool)
    .await?
    .iter()
    .map(print_job_of)
    .collect()
}

/// Takes a letter's paper copy made because it was not opened (reason `escalation`) off
/// the queue, unless it was posted already: the copy says the letter was not opened. A
/// paper reader's letter and any other copy stay. Answers whether one was taken off.
pub(crate) async fn not_needed(
    conn: &mut AnyConnection,
    message_id: &str,
    why: NotNeeded,
    at: i64,
) -> Result<bool, sqlx::Error> {
    let done = sqlx::query(
        "UPDATE print_jobs SET cancelled_at = $1, cancelled_reason = $2 \
         WHERE message_id = $3 AND reason = 'escalation' \
         AND posted_at IS NULL AND cancelled_at IS NULL",
    )
    .bind(at)
    .bind(why.as_str())
    .bind(message_id)
    .execute(&mut *conn)
    .await?;
    Ok(done.rows_affected() == 1)
}

pub(crate) async fn print_job(
    pool: &AnyPool,
    message_id: &str,
) -> Result<Option<PrintJob>, sqlx::Error> {
    sqlx::query("SELECT * FROM print_jobs WHERE message_id = $1")
        .bind(message_id)
        .fetch_optional(pool)
        .await?
        .as_ref()
        .map(print_job_of)
        .transpose()
}

/// Marks a queued letter posted; answers whether it was still queued (a copy no longer
/// needed is not).
pub(crate) async fn mark_posted(
    conn: &mut AnyConnection,
    message_id: &str,
    by: &str,
    at: i64,
    delivered: Delivery,
) -> Result<bool, sqlx::Error> {
    let done = sqlx::query(
        "UPDATE print_jobs SET posted_at = $1, posted_by = $2, delivered = $4 \
         WHERE message_id = $3 AND posted_at IS NULL AND cancelled_at IS NULL",
    )
    .bind(at)
    .bind(by)
    .bind(message_id)
    .bind(delivered.as_str())
    .execute(&mut *conn)
    .await?;
    Ok(done.rows_affected() == 1)
}
