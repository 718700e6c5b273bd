//! SQL for letters and escalations.

use sqlx::any::AnyRow;
use sqlx::{AnyConnection, AnyPool, Row};

use std::collections::HashSet;

use super::model::{Area, Cursor};
use crate::db::{bind_list, placeholders, value_rows, Placeholders};

/// A letter as stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Letter {
    pub id: String,
    pub recipient_id: String,
    pub sender: String,
    pub sender_name: String,
    pub area: String,
    pub subject: String,
    pub body: String,
    pub summary: Option<String>,
    pub channel: String,
    pub sent_at: i64,
    pub deadline_original: Option<String>,
    pub deadline_current: Option<String>,
    pub escalate_at: Option<i64>,
    pub opened_at: Option<i64>,
    pub opened_by: Option<String>,
    pub done_at: Option<i64>,
}

impl Letter {
    /// The letter's subject area; `None` for an area this version does not know (a newer
    /// version wrote it, or someone edited the row), which grants a helper nothing.
    pub fn subject_area(&self) -> Option<Area> {
        Area::parse(&self.area)
    }
}

const LETTER_COLUMNS: &str = "id, recipient_id, sender, sender_name, area, subject, body, \
    summary, channel, sent_at, deadline_original, deadline_current, escalate_at, opened_at, \
    opened_by, done_at";

/// A letter's current deadline, as every query that reads one from `messages` must
/// write it: an escalated letter's is its escalation's (the sweep writes only the
/// escalation, not the letter's row). A macro, so `concat!` can put it in the queries.
macro_rules! current_deadline {
    () => {
        "COALESCE((SELECT e.deadline_after FROM escalations e \
         WHERE e.message_id = messages.id), messages.deadline_current) AS deadline_current"
    };
}

/// `SELECT` of a letter from `messages`.
const SELECT_LETTER: &str = concat!(
    "SELECT id, recipient_id, sender, sender_name, area, subject, body, summary, channel, \
     sent_at, deadline_original, ",
    current_deadline!(),
    ", escalate_at, opened_at, opened_by, done_at FROM messages"
);

fn letter_of(row: &AnyRow) -> Result<Letter, sqlx::Error> {
    Ok(Letter {
        id: row.try_get("id")?,
        recipient_id: row.try_get("recipient_id")?,
        sender: row.try_get("sender")?,
        sender_name: row.try_get("sender_name")?,
        area: row.try_get("area")?,
        subject: row.try_get("subject")?,
        body: row.try_get("body")?,
        summary: row.try_get("summary")?,
        channel: row.try_get("channel")?,
        sent_at: row.try_get("sent_at")?,
        deadline_original: row.try_get("deadline_original")?,
        deadline_current: row.try_get("deadline_current")?,
        escalate_at: row.try_get("escalate_at")?,
        opened_at: row.try_get("opened_at")?,
        opened_by: row.try_get("opened_by")?,
        done_at: row.try_get("done_at")?,
    })
}

pub async fn insert(conn: &mut AnyConnection, letter: &Letter) -> Result<(), sqlx::Error> {
    insert_letters(conn, std::slice::from_ref(letter), None).await
}

/// Letters per `INSERT` of a batch. Measured (BENCHMARKS.md): SQLite through sqlx takes
/// 8 times longer a row at 500 letters (10,000 bound values) a statement than at 25, so
/// a statement stays small; 25 still saves 96% of the round trips.
pub const LETTERS_PER_INSERT: usize = 25;

/// Inserts up to [`LETTERS_PER_INSERT`] letters in one statement: a batch of a million
/// letters costs forty thousand round trips, not a million.
pub async fn insert_letters(
    conn: &mut AnyConnection,
    letters: &[Letter],
    batch_id: Option<&str>,
) -> Result<(), sqlx::Error> {
    const VALUES_PER_LETTER: usize = 18;
    let style = Placeholders::whole_statement(conn);
    let sql = format!(
        "INSERT INTO messages ({LETTER_COLUMNS}, created_at, batch_id) VALUES {}",
        value_rows(style, letters.len(), VALUES_PER_LETTER)
    );
    let mut query = sqlx::query(&sql);
    for letter in letters {
        query = query
            .bind(&letter.id)
            .bind(&letter.recipient_id)
            .bind(&letter.sender)
            .bind(&letter.sender_name)
            .bind(&letter.area)
            .bind(&letter.subject)
            .bind(&letter.body)
            .bind(&letter.summary)
            .bind(&letter.channel)
            .bind(letter.sent_at)
            .bind(&letter.deadline_original)
            .bind(&letter.deadline_current)
            .bind(letter.escalate_at)
            .bind(letter.opened_at)
            .bind(&letter.opened_by)
            .bind(letter.done_at)
            .bind(letter.sent_at)
            .bind(batch_id);
    }
    query.execute(&mut *conn).await?;
    let waiting: Vec<&Letter> = letters.iter().filter(|l| l.escalate_at.is_some()).collect();
    if !waiting.is_empty() {
        let sql = format!(
            "INSERT INTO escalation_queue (message_id, escalate_at, recipient_id, deadline) \
             VALUES {}",
            value_rows(style, waiting.len(), 4)
        );
        let mut query = sqlx::query(&sql);
        for letter in waiting {
            query = query
                .bind(&letter.id)
                .bind(letter.escalate_at)
                .bind(&letter.recipient_id)
                .bind(&letter.deadline_current);
        }
        query.execute(&mut *conn).await?;
    }
    Ok(())
}

/// A batch as stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Batch {
    pub id: String,
    pub sender: String,
    pub letters: i64,
    pub created_at: i64,
}

pub async fn insert_batch(conn: &mut AnyConnection, batch: &Batch) -> Result<(), sqlx::Error> {
    sqlx::query("INSERT INTO batches (id, sender, letters, created_at) VALUES ($1, $2, $3, $4)")
        .bind(&batch.id)
        .bind(&batch.sender)
        .bind(batch.letters)
        .bind(batch.created_at)
        .execute(&mut *conn)
        .await?;
    Ok(())
}

pub async fn batch(pool: &AnyPool, id: &str) -> Result<Option<Batch>, sqlx::Error> {
    let Some(row) =
        sqlx::query("SELECT id, sender, letters, created_at FROM batches WHERE id = $1")
            .bind(id)
            .fetch_optional(pool)
            .await?
    else {
        return Ok(None);
    };
    Ok(Some(Batch {
        id: row.try_get("id")?,
        sender: row.try_get("sender")?,
        letters: row.try_get("letters")?,
        created_at: row.try_get("created_at")?,
    }))
}

/// The letters of a batch as (id, recipient id, channel), in the order they were sent.
pub async fn letters_of_batch(
    pool: &AnyPool,
    batch_id: &str,
) -> Result<Vec<(String, String, String)>, sqlx::Error> {
    sqlx::query("SELECT id, recipient_id, channel FROM messages WHERE batch_id = $1 ORDER BY id")
        .bind(batch_id)
        .fetch_all(pool)
        .await?
        .iter()
        .map(|row| {
            Ok((
                row.try_get("id")?,
                row.try_get("recipient_id")?,
                row.try_get("channel")?,
            ))
        })
        .collect()
}

/// A letter, from the pool or in the caller's transaction.
pub async fn letter<'e>(
    executor: impl sqlx::Executor<'e, Database = sqlx::Any>,
    id: &str,
) -> Result<Option<Letter>, sqlx::Error> {
    sqlx::query(&format!("{SELECT_LETTER} WHERE id = $1"))
        .bind(id)
        .fetch_optional(executor)
        .await?
        .as_ref()
        .map(letter_of)
        .transpose()
}

/// A letter as lists show it: without the body, which a list never shows and which is
/// most of a letter's bytes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Listed {
    pub id: String,
    pub area: String,
    pub subject: String,
    pub sender_name: String,
    pub sent_at: i64,
    pub deadline_current: Option<String>,
    pub opened_at: Option<i64>,
    /// Who opened it first (`person:{id}`): the citizen, or a helper for them.
    pub opened_by: Option<String>,
    pub done_at: Option<i64>,
}

/// The columns of a letter in a list.
const LISTED_COLUMNS: &str = concat!(
    "id, area, subject, sender_name, sent_at, ",
    current_deadline!(),
    ", opened_at, opened_by, done_at"
);

fn listed_of(row: &AnyRow) -> Result<Listed, sqlx::Error> {
    Ok(Listed {
        id: row.try_get("id")?,
        area: row.try_get("area")?,
        subject: row.try_get("subject")?,
        sender_name: row.try_get("sender_name")?,
        sent_at: row.try_get("sent_at")?,
        deadline_current: row.try_get("deadline_current")?,
        opened_at: row.try_get("opened_at")?,
        opened_by: row.try_get("opened_by")?,
        done_at: row.try_get("done_at")?,
    })
}

/// Which of a citizen's letters a list shows.
#[derive(Debug, Clone, Copy)]
pub struct InboxFilter<'a> {
    pub recipient_id: &'a str,
    /// Only letters whose subject or body holds this (case-insensitive).
    pub search: Option<&'a str>,
    pub unread_only: bool,
    /// The areas a helper may see; `None` for the citizen, who sees every letter.
    pub areas: Option<&'a [&'a str]>,
}

/// Where a list starts: at the newest letter, or just past a cursor, reading older
/// letters (newest first) or newer ones (oldest first, nearest the cursor first).
#[derive(Debug, Clone, Copy)]
pub enum Seek<'a> {
    Newest,
    Older(&'a Cursor),
    Newer(&'a Cursor),
}

/// Up to `limit` letters from `seek` on. Reads the `messages_inbox` index in order from
/// the cursor (`messages_unread` for unread only), so a page costs its own letters,
/// not the citizen's thousands.
pub async fn inbox_page(
    pool: &AnyPool,
    filter: &InboxFilter<'_>,
    seek: Seek<'_>,
    limit: i64,
) -> Result<Vec<Listed>, sqlx::Error> {
    if filter.areas.is_some_and(<[&str]>::is_empty) {
        return Ok(Vec::new());
    }
    let pattern = filter.search.map(like_pattern);
    let (mut sql, mut last) = inbox_conditions(filter, pattern.is_some());
    let (cursor, order, comparison) = match seek {
        Seek::Newest => (None, "DESC", ""),
        Seek::Older(cursor) => (Some(cursor), "DESC", "<"),
        Seek::Newer(cursor) => (Some(cursor), "ASC", ">"),
    };
    if cursor.is_some() {
        sql.push_str(&format!(
            " AND (sent_at, id) {comparison} (${}, ${})",
            last + 1,
            last + 2
        ));
        last += 2;
    }
    let sql = format!(
        "SELECT {LISTED_COLUMNS} FROM messages WHERE {sql} \
         ORDER BY sent_at {order}, id {order} LIMIT ${}",
        last + 1
    );
    let mut query = bind_filter(sqlx::query(&sql), filter, pattern.as_deref());
    if let Some(cursor) = cursor {
        query = query.bind(cursor.sent_at).bind(&cursor.id);
    }
    query
        .bind(limit)
        .fetch_all(pool)
        .await?
        .iter()
        .map(listed_of)
        .collect()
}

/// How many of a citizen's letters (in these areas, for a helper) are unread. Counts
/// the partial index `messages_unread`, which holds the unread letters only.
/// The citizen's letter with the nearest deadline from `today` on that is neither
/// answered nor marked done, as (id, subject, deadline); an escalated letter's deadline
/// is its escalation's.
pub async fn next_deadline(
    pool: &AnyPool,
    recipient_id: &str,
    today: &str,
) -> Result<Option<(String, String, String)>, sqlx::Error> {
    let sql = concat!(
        "SELECT id, subject, deadline_current FROM (SELECT id, subject, ",
        current_deadline!(),
        " FROM messages WHERE recipient_id = $1 AND done_at IS NULL \
         AND NOT EXISTS (SELECT 1 FROM replies r WHERE r.message_id = messages.id)) open \
         WHERE deadline_current >= $2 ORDER BY deadline_current, id LIMIT 1"
    );
    sqlx::query_as(sql)
        .bind(recipient_id)
        .bind(today)
        .fetch_optional(pool)
        .await
}

pub async fn unread_count(
    pool: &AnyPool,
    recipient_id: &str,
    areas: Option<&[&str]>,
) -> Result<i64, sqlx::Error> {
    if areas.is_some_and(<[&str]>::is_empty) {
        return Ok(0);
    }
    let filter = InboxFilter {
        recipient_id,
        search: None,
        unread_only: true,
        areas,
    };
    let (conditions, _) = inbox_conditions(&filter, false);
    let sql = format!("SELECT COUNT(*) AS unread FROM messages WHERE {conditions}");
    bind_filter(sqlx::query(&sql), &filter, None)
        .fetch_one(pool)
        .await?
        .try_get("unread")
}

/// The `WHERE` of a filter, and the number of its last placeholder. Binds in the order
/// [`bind_filter`] does.
fn inbox_conditions(filter: &InboxFilter<'_>, search: bool) -> (String, usize) {
    let mut sql = String::from("recipient_id = $1");
    let mut last = 1;
    if search {
        last += 1;
        sql.push_str(&format!(
            " AND (LOWER(subject) LIKE ${last} OR LOWER(body) LIKE ${last})"
        ));
    }
    if filter.unread_only {
        sql.push_str(" AND opened_at IS NULL");
    }
    if let Some(areas) = filter.areas {
        sql.push_str(&format!(
            " AND area IN ({})",
            placeholders(Placeholders::numbered(last + 1), areas.len())
        ));
        last += areas.len();
    }
    (sql, last)
}

fn bind_filter<'q>(
    query: sqlx::query::Query<'q, sqlx::Any, sqlx::any::AnyArguments<'q>>,
    filter: &InboxFilter<'q>,
    pattern: Option<&'q str>,
) -> sqlx::query::Query<'q, sqlx::Any, sqlx::any::AnyArguments<'q>> {
    let mut query = query.bind(filter.recipient_id);
    if let Some(pattern) = pattern {
        query = query.bind(pattern);
    }
    bind_list(query, filter.areas.unwrap_or_default())
}

/// `%words%`, lower case, with LIKE's own wildcards taken out of what was typed.
fn like_pattern(search: &str) -> String {
    format!("%{}%", search.to_lowercase().replace(['%', '_'], ""))
}

/// Records the first opening only; answers whether this was it.
pub async fn mark_opened(
    conn: &mut AnyConnection,
    id: &str,
    by: &str,
    at: i64,
) -> Result<bool, sqlx::Error> {
    let done = sqlx::query(
        "UPDATE messages SET opened_at = $1, opened_by = $2 WHERE id = $3 AND opened_at IS NULL",
    )
    .bind(at)
    .bind(by)
    .bind(id)
    .execute(&mut *conn)
    .await?;
    // An opened letter never escalates.
    never_escalate(conn, id).await?;
    Ok(done.rows_affected() == 1)
}

/// Takes a letter off the queue of letters waiting to escalate: it was opened, or
/// answered, which says as much.
pub async fn never_escalate(conn: &mut AnyConnection, id: &str) -> Result<(), sqlx::Error> {
    sqlx::query("DELETE FROM escalation_queue WHERE message_id = $1")
        .bind(id)
        .execute(&mut *conn)
        .await?;
    Ok(())
}

pub async fn mark_done(pool: &AnyPool, id: &str, at: i64) -> Result<(), sqlx::Error> {
    sqlx::query("UPDATE messages SET done_at = $1 WHERE id = $2 AND done_at IS NULL")
        .bind(at)
        .bind(id)
        .execute(pool)
        .await?;
    Ok(())
}

/// A letter due to escalate, as the sweep needs it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Due {
    pub id: String,
    pub recipient_id: String,
    pub deadline_current: Option<String>,
}

/// Letters due to escalate at `now_ms`, oldest first; reads only the index of the queue
/// of letters waiting to escalate, never `messages`.
pub async fn due_for_escalation(
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
    pub kind: String,
    pub created_at: i64,
    pub deadline_before: String,
    pub deadline_after: String,
    pub outcome: Option<String>,
    pub outcome_at: Option<i64>,
}

fn escalation_of(row: &AnyRow) -> Result<Escalation, sqlx::Error> {
    Ok(Escalation {
        id: row.try_get("id")?,
        message_id: row.try_get("message_id")?,
        kind: row.try_get("kind")?,
        created_at: row.try_get("created_at")?,
        deadline_before: row.try_get("deadline_before")?,
        deadline_after: row.try_get("deadline_after")?,
        outcome: row.try_get("outcome")?,
        outcome_at: row.try_get("outcome_at")?,
    })
}

/// Escalates these letters, each as (escalation, its letter's recipient), except those
/// something else escalated first (another sweep) or that were opened meanwhile: takes
/// them off the queue of letters waiting to escalate, then records the escalations of
/// those it won (which moves their deadlines), all in the caller's transaction. The
/// letters' rows are not written. Answers the ids of the letters it won.
pub async fn escalate(
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
            .bind(&escalation.kind)
            .bind(escalation.created_at)
            .bind(&escalation.deadline_before)
            .bind(&escalation.deadline_after)
            .bind(*recipient_id);
    }
    query.execute(&mut *conn).await?;
    Ok(())
}

pub async fn escalations_of(
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
pub async fn open_escalations(pool: &AnyPool, limit: i64) -> Result<Vec<Escalation>, sqlx::Error> {
    sqlx::query("SELECT * FROM escalations WHERE outcome IS NULL ORDER BY created_at LIMIT $1")
        .bind(limit)
        .fetch_all(pool)
        .await?
        .iter()
        .map(escalation_of)
        .collect()
}

pub async fn escalation(pool: &AnyPool, id: &str) -> Result<Option<Escalation>, sqlx::Error> {
    sqlx::query("SELECT * FROM escalations WHERE id = $1")
        .bind(id)
        .fetch_optional(pool)
        .await?
        .as_ref()
        .map(escalation_of)
        .transpose()
}

/// Records what came of an escalation, once.
pub async fn record_outcome(
    conn: &mut AnyConnection,
    id: &str,
    outcome: &str,
    by: &str,
    at: i64,
) -> Result<bool, sqlx::Error> {
    let done = sqlx::query(
        "UPDATE escalations SET outcome = $1, outcome_by = $2, outcome_at = $3 \
         WHERE id = $4 AND outcome IS NULL",
    )
    .bind(outcome)
    .bind(by)
    .bind(at)
    .bind(id)
    .execute(&mut *conn)
    .await?;
    Ok(done.rows_affected() == 1)
}

/// A letter's attachment as stored; its bytes live in the file store under `file_hash`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Attachment {
    pub id: String,
    pub message_id: String,
    pub position: i64,
    pub filename: String,
    pub size: i64,
    pub file_hash: String,
    pub opened_at: Option<i64>,
    pub opened_by: Option<String>,
}

fn attachment_of(row: &AnyRow) -> Result<Attachment, sqlx::Error> {
    Ok(Attachment {
        id: row.try_get("id")?,
        message_id: row.try_get("message_id")?,
        position: row.try_get("position")?,
        filename: row.try_get("filename")?,
        size: row.try_get("size")?,
        file_hash: row.try_get("file_hash")?,
        opened_at: row.try_get("opened_at")?,
        opened_by: row.try_get("opened_by")?,
    })
}

pub async fn insert_attachment(
    conn: &mut AnyConnection,
    attachment: &Attachment,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "INSERT INTO attachments \
         (id, message_id, position, filename, content_type, size, file_hash) \
         VALUES ($1, $2, $3, $4, 'application/pdf', $5, $6)",
    )
    .bind(&attachment.id)
    .bind(&attachment.message_id)
    .bind(attachment.position)
    .bind(&attachment.filename)
    .bind(attachment.size)
    .bind(&attachment.file_hash)
    .execute(&mut *conn)
    .await?;
    Ok(())
}

pub async fn attachments_of(
    pool: &AnyPool,
    message_id: &str,
) -> Result<Vec<Attachment>, sqlx::Error> {
    sqlx::query("SELECT * FROM attachments WHERE message_id = $1 ORDER BY position")
        .bind(message_id)
        .fetch_all(pool)
        .await?
        .iter()
        .map(attachment_of)
        .collect()
}

/// Records the first opening of an attachment only.
pub async fn mark_attachment_opened(
    conn: &mut AnyConnection,
    id: &str,
    by: &str,
    at: i64,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "UPDATE attachments SET opened_at = $1, opened_by = $2 WHERE id = $3 AND opened_at IS NULL",
    )
    .bind(at)
    .bind(by)
    .bind(id)
    .execute(&mut *conn)
    .await?;
    Ok(())
}

/// A letter waiting to be printed and posted, posted, or no longer needed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PrintJob {
    pub message_id: String,
    pub reason: String,
    pub created_at: i64,
    pub posted_at: Option<i64>,
    /// When a paper copy of an unopened letter stopped being needed, and why
    /// (`model::NotNeeded`).
    pub cancelled_at: Option<i64>,
    pub cancelled_reason: Option<String>,
    /// How it reached its reader once done: `post` or `in_person` (`model::Delivery`).
    pub delivered: Option<String>,
}

fn print_job_of(row: &AnyRow) -> Result<PrintJob, sqlx::Error> {
    Ok(PrintJob {
        message_id: row.try_get("message_id")?,
        reason: row.try_get("reason")?,
        created_at: row.try_get("created_at")?,
        posted_at: row.try_get("posted_at")?,
        cancelled_at: row.try_get("cancelled_at")?,
        cancelled_reason: row.try_get("cancelled_reason")?,
        delivered: row.try_get("delivered")?,
    })
}

/// Puts letters in the print queue, many to a statement (a batch may hold thousands of
/// paper readers).
pub async fn insert_print_jobs(
    conn: &mut AnyConnection,
    message_ids: &[&str],
    reason: &str,
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
            query = query.bind(*message_id).bind(reason).bind(at);
        }
        query.execute(&mut *conn).await?;
    }
    Ok(())
}

/// The print queue, oldest first; or, with `posted`, the letters already posted, newest
/// first. A copy no longer needed is in neither.
pub async fn print_jobs(
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
pub async fn not_needed_jobs(pool: &AnyPool, limit: i64) -> Result<Vec<PrintJob>, sqlx::Error> {
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
pub async fn not_needed(
    conn: &mut AnyConnection,
    message_id: &str,
    why: &str,
    at: i64,
) -> Result<bool, sqlx::Error> {
    let done = sqlx::query(
        "UPDATE print_jobs SET cancelled_at = $1, cancelled_reason = $2 \
         WHERE message_id = $3 AND reason = 'escalation' \
         AND posted_at IS NULL AND cancelled_at IS NULL",
    )
    .bind(at)
    .bind(why)
    .bind(message_id)
    .execute(&mut *conn)
    .await?;
    Ok(done.rows_affected() == 1)
}

pub async fn print_job(pool: &AnyPool, message_id: &str) -> Result<Option<PrintJob>, sqlx::Error> {
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
pub async fn mark_posted(
    conn: &mut AnyConnection,
    message_id: &str,
    by: &str,
    at: i64,
    delivered: &str,
) -> Result<bool, sqlx::Error> {
    let done = sqlx::query(
        "UPDATE print_jobs SET posted_at = $1, posted_by = $2, delivered = $4 \
         WHERE message_id = $3 AND posted_at IS NULL AND cancelled_at IS NULL",
    )
    .bind(at)
    .bind(by)
    .bind(message_id)
    .bind(delivered)
    .execute(&mut *conn)
    .await?;
    Ok(done.rows_affected() == 1)
}

/// Of these citizens, those offered paper post before (an offer is made once).
pub async fn offered_before(
    conn: &mut AnyConnection,
    person_ids: &[&str],
) -> Result<Vec<String>, sqlx::Error> {
    if person_ids.is_empty() {
        return Ok(Vec::new());
    }
    let sql = format!(
        "SELECT person_id FROM exemption_offers WHERE person_id IN ({})",
        placeholders(Placeholders::whole_statement(conn), person_ids.len())
    );
    bind_list(sqlx::query(&sql), person_ids)
        .fetch_all(&mut *conn)
        .await?
        .iter()
        .map(|row| row.try_get("person_id"))
        .collect()
}

/// Of these citizens, those whose letters have had at least `at_least` escalations since
/// `since`, as (person id, escalations).
pub async fn escalated_since(
    conn: &mut AnyConnection,
    person_ids: &[&str],
    since: i64,
    at_least: i64,
) -> Result<Vec<(String, i64)>, sqlx::Error> {
    if person_ids.is_empty() {
        return Ok(Vec::new());
    }
    let sql = format!(
        "SELECT recipient_id, COUNT(*) AS escalations FROM escalations \
         WHERE created_at >= $1 AND recipient_id IN ({}) \
         GROUP BY recipient_id HAVING COUNT(*) >= $2 ORDER BY recipient_id",
        placeholders(Placeholders::numbered(3), person_ids.len())
    );
    bind_list(sqlx::query(&sql).bind(since).bind(at_least), person_ids)
        .fetch_all(&mut *conn)
        .await?
        .iter()
        .map(|row| Ok((row.try_get("recipient_id")?, row.try_get("escalations")?)))
        .collect()
}

/// Records offers of paper post, as (person id, the letter that offers it). A citizen
/// offered it already makes the statement fail, and with it the caller's transaction:
/// an offer is made once, and a second letter must not go out.
pub async fn insert_exemption_offers(
    conn: &mut AnyConnection,
    offers: &[(&str, &str)],
    at: i64,
) -> Result<(), sqlx::Error> {
    let style = Placeholders::whole_statement(conn);
    for part in offers.chunks(style.rows_per_statement(3)) {
        let sql = format!(
            "INSERT INTO exemption_offers (person_id, offered_at, message_id) VALUES {}",
            value_rows(style, part.len(), 3)
        );
        let mut query = sqlx::query(&sql);
        for (person_id, message_id) in part {
            query = query.bind(*person_id).bind(at).bind(*message_id);
        }
        query.execute(&mut *conn).await?;
    }
    Ok(())
}

/// Offers the front desk has yet to follow up, as (person id, offered at), oldest first.
pub async fn open_exemption_offers(
    pool: &AnyPool,
    limit: i64,
) -> Result<Vec<(String, i64)>, sqlx::Error> {
    sqlx::query_as(
        "SELECT person_id, offered_at FROM exemption_offers WHERE done_at IS NULL \
         ORDER BY offered_at LIMIT $1",
    )
    .bind(limit)
    .fetch_all(pool)
    .await
}

pub async fn close_exemption_offer(
    pool: &AnyPool,
    person_id: &str,
    by: &str,
    at: i64,
) -> Result<bool, sqlx::Error> {
    let done = sqlx::query(
        "UPDATE exemption_offers SET done_at = $1, done_by = $2 \
         WHERE person_id = $3 AND done_at IS NULL",
    )
    .bind(at)
    .bind(by)
    .bind(person_id)
    .execute(pool)
    .await?;
    Ok(done.rows_affected() == 1)
}

/// A reply to a letter as stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reply {
    pub id: String,
    pub message_id: String,
    pub author: String,
    pub body: String,
    pub created_at: i64,
}

pub async fn insert_reply(conn: &mut AnyConnection, reply: &Reply) -> Result<(), sqlx::Error> {
    sqlx::query(
        "INSERT INTO replies (id, message_id, author, body, created_at) VALUES ($1, $2, $3, $4, $5)",
    )
    .bind(&reply.id)
    .bind(&reply.message_id)
    .bind(&reply.author)
    .bind(&reply.body)
    .bind(reply.created_at)
    .execute(conn)
    .await?;
    Ok(())
}

pub async fn replies_of(pool: &AnyPool, message_id: &str) -> Result<Vec<Reply>, sqlx::Error> {
    sqlx::query("SELECT * FROM replies WHERE message_id = $1 ORDER BY created_at, id")
        .bind(message_id)
        .fetch_all(pool)
        .await?
        .iter()
        .map(|row| {
            Ok(Reply {
                id: row.try_get("id")?,
                message_id: row.try_get("message_id")?,
                author: row.try_get("author")?,
                body: row.try_get("body")?,
                created_at: row.try_get("created_at")?,
            })
        })
        .collect()
}

/// A saved draft of a letter, the write page's fields as typed.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct SavedDraft {
    pub id: String,
    pub author: String,
    pub recipient_id: Option<String>,
    pub area: String,
    pub subject: String,
    pub summary: String,
    pub body: String,
    pub deadline: String,
    pub attachments: String,
    pub updated_at: i64,
}

fn draft_of(row: &AnyRow) -> Result<SavedDraft, sqlx::Error> {
    Ok(SavedDraft {
        id: row.try_get("id")?,
        author: row.try_get("author")?,
        recipient_id: row.try_get("recipient_id")?,
        area: row.try_get("area")?,
        subject: row.try_get("subject")?,
        summary: row.try_get("summary")?,
        body: row.try_get("body")?,
        deadline: row.try_get("deadline")?,
        attachments: row.try_get("attachments")?,
        updated_at: row.try_get("updated_at")?,
    })
}

/// Saves a draft, new or again; only its author can overwrite it.
pub async fn save_draft(pool: &AnyPool, draft: &SavedDraft) -> Result<(), sqlx::Error> {
    sqlx::query(
        "INSERT INTO drafts (id, author, recipient_id, area, subject, summary, body, deadline, \
         attachments, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) \
         ON CONFLICT (id) DO UPDATE SET recipient_id = $3, area = $4, subject = $5, \
         summary = $6, body = $7, deadline = $8, attachments = $9, updated_at = $10 \
         WHERE drafts.author = $2",
    )
    .bind(&draft.id)
    .bind(&draft.author)
    .bind(&draft.recipient_id)
    .bind(&draft.area)
    .bind(&draft.subject)
    .bind(&draft.summary)
    .bind(&draft.body)
    .bind(&draft.deadline)
    .bind(&draft.attachments)
    .bind(draft.updated_at)
    .execute(pool)
    .await?;
    Ok(())
}

pub async fn drafts_of(pool: &AnyPool, author: &str) -> Result<Vec<SavedDraft>, sqlx::Error> {
    sqlx::query("SELECT * FROM drafts WHERE author = $1 ORDER BY updated_at DESC LIMIT 50")
        .bind(author)
        .fetch_all(pool)
        .await?
        .iter()
        .map(draft_of)
        .collect()
}

/// A draft, only for its author.
pub async fn draft(
    pool: &AnyPool,
    id: &str,
    author: &str,
) -> Result<Option<SavedDraft>, sqlx::Error> {
    sqlx::query("SELECT * FROM drafts WHERE id = $1 AND author = $2")
        .bind(id)
        .bind(author)
        .fetch_optional(pool)
        .await?
        .as_ref()
        .map(draft_of)
        .transpose()
}

/// Every file hash a letter or a saved draft refers to.
pub async fn referenced_files(pool: &AnyPool) -> Result<HashSet<String>, sqlx::Error> {
    let mut hashes: HashSet<String> =
        sqlx::query_scalar("SELECT DISTINCT file_hash FROM attachments")
            .fetch_all(pool)
            .await?
            .into_iter()
            .collect();
    // A draft holds its uploads as "hash:filename" lines.
    let drafts: Vec<String> = sqlx::query_scalar("SELECT attachments FROM drafts")
        .fetch_all(pool)
        .await?;
    for line in drafts.iter().flat_map(|lines| lines.lines()) {
        if let Some((hash, _)) = line.split_once(':') {
            hashes.insert(hash.to_owned());
        }
    }
    Ok(hashes)
}

pub async fn delete_draft(pool: &AnyPool, id: &str, author: &str) -> Result<(), sqlx::Error> {
    sqlx::query("DELETE FROM drafts WHERE id = $1 AND author = $2")
        .bind(id)
        .bind(author)
        .execute(pool)
        .await?;
    Ok(())
}

/// How many letters a citizen has had, and how many answers were written to them (for
/// "Mine data").
pub async fn counts_of(pool: &AnyPool, recipient_id: &str) -> Result<(i64, i64), sqlx::Error> {
    let letters: i64 = sqlx::query("SELECT COUNT(*) AS n FROM messages WHERE recipient_id = $1")
        .bind(recipient_id)
        .fetch_one(pool)
        .await?
        .try_get("n")?;
    let answers: i64 = sqlx::query(
        "SELECT COUNT(*) AS n FROM replies r JOIN messages m ON m.id = r.message_id \
         WHERE m.recipient_id = $1",
    )
    .bind(recipient_id)
    .fetch_one(pool)
    .await?
    .try_get("n")?;
    Ok((letters, answers))
}
