//! SQL for the audit log. The only place its tables are read or written.

use futures_util::TryStreamExt;
use sqlx::any::AnyRow;
use sqlx::{AnyConnection, AnyPool, Row};

use super::model::{Actor, ChainBreak, ChainVerifier, Entry, NewEntry};
use crate::db::{decode, new_id, value_rows, Placeholders};

/// Appends entries, in order, inside the caller's transaction. Taking the head row first
/// locks it (a row lock on PostgreSQL, the write lock on SQLite), so concurrent appends
/// queue up and the chain stays a chain; the entries' places are reserved in that one
/// update, then written many to a statement.
pub(crate) async fn append(
    conn: &mut AnyConnection,
    new: &[NewEntry],
    at_ms: i64,
) -> Result<Vec<Entry>, sqlx::Error> {
    if new.is_empty() {
        return Ok(Vec::new());
    }
    let head = sqlx::query(
        "UPDATE audit_head SET last_seq = last_seq + $1 WHERE id = 1 \
         RETURNING last_seq, last_hash",
    )
    .bind(i64::try_from(new.len()).unwrap_or(i64::MAX))
    .fetch_one(&mut *conn)
    .await?;
    let last_seq: i64 = head.try_get("last_seq")?;
    let mut prev_hash: String = head.try_get("last_hash")?;
    let mut prev_seq = last_seq - new.len() as i64;
    let mut entries = Vec::with_capacity(new.len());
    for entry in new {
        let entry = Entry::chained(entry, new_id(), at_ms, prev_seq, &prev_hash);
        prev_seq = entry.seq;
        prev_hash.clone_from(&entry.hash);
        entries.push(entry);
    }
    let style = Placeholders::whole_statement(conn);
    for part in entries.chunks(style.rows_per_statement(VALUES_PER_ENTRY)) {
        insert_entries(conn, style, part).await?;
    }
    sqlx::query("UPDATE audit_head SET last_hash = $1 WHERE id = 1")
        .bind(&prev_hash)
        .execute(&mut *conn)
        .await?;
    Ok(entries)
}

const VALUES_PER_ENTRY: usize = 11;

async fn insert_entries(
    conn: &mut AnyConnection,
    style: Placeholders,
    entries: &[Entry],
) -> Result<(), sqlx::Error> {
    let sql = format!(
        "INSERT INTO audit_entries \
         (seq, id, at_ms, actor, acting_for, subject, action, object, purpose, prev_hash, hash) \
         VALUES {}",
        value_rows(style, entries.len(), VALUES_PER_ENTRY)
    );
    let mut query = sqlx::query(&sql);
    for entry in entries {
        query = query
            .bind(entry.seq)
            .bind(&entry.id)
            .bind(entry.at_ms)
            .bind(entry.actor.as_text())
            .bind(&entry.acting_for)
            .bind(&entry.subject)
            .bind(&entry.action)
            .bind(&entry.object)
            .bind(&entry.purpose)
            .bind(&entry.prev_hash)
            .bind(&entry.hash);
    }
    query.execute(&mut *conn).await?;
    Ok(())
}

fn entry_of(row: &AnyRow) -> Result<Entry, sqlx::Error> {
    Ok(Entry {
        seq: row.try_get("seq")?,
        id: row.try_get("id")?,
        at_ms: row.try_get("at_ms")?,
        actor: decode::parsed(
            "audit_entries.actor",
            &row.try_get::<String, _>("actor")?,
            Actor::parse,
        )?,
        acting_for: row.try_get("acting_for")?,
        subject: row.try_get("subject")?,
        action: row.try_get("action")?,
        object: row.try_get("object")?,
        purpose: row.try_get("purpose")?,
        prev_hash: row.try_get("prev_hash")?,
        hash: row.try_get("hash")?,
    })
}

#[derive(Debug, thiserror::Error)]
pub enum VerifyError {
    #[error("The audit log is broken: {0}.")]
    Broken(#[from] ChainBreak),
    #[error("Could not read the audit log: {0}")]
    Database(#[from] sqlx::Error),
}

/// Reads the whole log in order, one row at a time, and checks the chain and its head.
pub async fn verify(pool: &AnyPool) -> Result<i64, VerifyError> {
    let head = sqlx::query("SELECT last_seq, last_hash FROM audit_head WHERE id = 1")
        .fetch_one(pool)
        .await?;
    let head_seq: i64 = head.try_get("last_seq")?;
    let head_hash: String = head.try_get("last_hash")?;
    let mut verifier = ChainVerifier::default();
    let mut rows = sqlx::query("SELECT * FROM audit_entries ORDER BY seq").fetch(pool);
    while let Some(row) = rows.try_next().await? {
        verifier.check(&entry_of(&row)?)?;
    }
    Ok(verifier.finish(head_seq, &head_hash)?)
}

/// What others did with a person's data, newest first (uses the subject index).
pub(crate) async fn about(
    pool: &AnyPool,
    subject: &str,
    limit: i64,
) -> Result<Vec<Entry>, sqlx::Error> {
    sqlx::query("SELECT * FROM audit_entries WHERE subject = $1 ORDER BY seq DESC LIMIT $2")
        .bind(subject)
        .bind(limit)
        .fetch_all(pool)
        .await?
        .iter()
        .map(entry_of)
        .collect()
}

/// How many entries about a person's data someone other than the person made.
pub(crate) async fn count_by_others(pool: &AnyPool, subject: &str) -> Result<i64, sqlx::Error> {
    sqlx::query("SELECT COUNT(*) AS n FROM audit_entries WHERE subject = $1 AND actor <> $2")
        .bind(subject)
        .bind(Actor::Person(subject.to_owned()).as_text())
        .fetch_one(pool)
        .await?
        .try_get("n")
}

/// Entries about a person's data by someone other than the person, newest first, before
/// `before` (a `seq`), at most `limit`; `systems`: only API keys and the system (true),
/// only people (false), or both. Reads the `audit_entries_subject` index.
pub(crate) async fn by_others(
    pool: &AnyPool,
    subject: &str,
    before: Option<i64>,
    systems: Option<bool>,
    limit: i64,
) -> Result<Vec<Entry>, sqlx::Error> {
    let who = match systems {
        None => "",
        Some(true) => " AND actor NOT LIKE 'person:%'",
        Some(false) => " AND actor LIKE 'person:%'",
    };
    sqlx::query(&format!(
        "SELECT * FROM audit_entries WHERE subject = $1 AND actor <> $2 AND seq < $3{who} \
         ORDER BY seq DESC LIMIT $4"
    ))
    .bind(subject)
    .bind(Actor::Person(subject.to_owned()).as_text())
    .bind(before.unwrap_or(i64::MAX))
    .bind(limit)
    .fetch_all(pool)
    .await?
    .iter()
    .map(entry_of)
    .collect()
}
