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

/// What part of a person's log to read: see [`by_others`].
#[derive(Debug, Clone, Copy, Default)]
pub struct LogFilter<'a> {
    /// Only entries before this `seq` (the cursor).
    pub before: Option<i64>,
    /// Only API keys and the system (true), only people (false), or both.
    pub systems: Option<bool>,
    /// Only entries recorded at or after this time (ms).
    pub from_ms: Option<i64>,
    /// Only entries recorded before this time (ms).
    pub to_ms: Option<i64>,
    /// Actions left out when the system itself did them.
    pub not_by_the_system: &'a [&'a str],
}

impl LogFilter<'_> {
    /// The filter's SQL after `subject = $1 AND actor <> $2`, its values bound from `$3`.
    fn sql(&self) -> String {
        let mut sql = String::from(" AND seq < $3 AND at_ms >= $4 AND at_ms < $5");
        match self.systems {
            None => {}
            Some(true) => sql.push_str(" AND actor NOT LIKE 'person:%'"),
            Some(false) => sql.push_str(" AND actor LIKE 'person:%'"),
        }
        if !self.not_by_the_system.is_empty() {
            sql.push_str(&format!(
                " AND NOT (actor = 'system' AND action IN ({}))",
                crate::db::placeholders(
                    crate::db::Placeholders::numbered(6),
                    self.not_by_the_system.len()
                )
            ));
        }
        sql
    }

    fn bind<'q>(
        &'q self,
        query: sqlx::query::Query<'q, sqlx::Any, sqlx::any::AnyArguments<'q>>,
    ) -> sqlx::query::Query<'q, sqlx::Any, sqlx::any::AnyArguments<'q>> {
        let query = query
            .bind(self.before.unwrap_or(i64::MAX))
            .bind(self.from_ms.unwrap_or(i64::MIN))
            .bind(self.to_ms.unwrap_or(i64::MAX));
        crate::db::bind_list(query, self.not_by_the_system)
    }
}

/// How many entries about a person's data someone other than the person made, of those
/// the filter keeps.
pub async fn count_by_others(
    pool: &AnyPool,
    subject: &str,
    filter: LogFilter<'_>,
) -> Result<i64, sqlx::Error> {
    let sql = format!(
        "SELECT COUNT(*) AS n FROM audit_entries WHERE subject = $1 AND actor <> $2{}",
        filter.sql()
    );
    let query = sqlx::query(&sql)
        .bind(subject)
        .bind(Actor::Person(subject.to_owned()).as_text());
    filter.bind(query).fetch_one(pool).await?.try_get("n")
}

/// Entries about a person's data by someone other than the person, newest first, of
/// those the filter keeps, at most `limit`. Reads the `audit_entries_subject` index
/// (subject, seq) backwards, so a first page reads about `limit` rows however long the
/// log.
pub async fn by_others(
    pool: &AnyPool,
    subject: &str,
    filter: LogFilter<'_>,
    limit: i64,
) -> Result<Vec<Entry>, sqlx::Error> {
    let sql = format!(
        "SELECT * FROM audit_entries WHERE subject = $1 AND actor <> $2{} \
         ORDER BY seq DESC LIMIT {limit}",
        filter.sql()
    );
    let query = sqlx::query(&sql)
        .bind(subject)
        .bind(Actor::Person(subject.to_owned()).as_text());
    filter
        .bind(query)
        .fetch_all(pool)
        .await?
        .iter()
        .map(entry_of)
        .collect()
}
