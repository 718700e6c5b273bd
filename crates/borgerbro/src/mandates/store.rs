//! SQL for permissions. A row is decoded here, once, into typed values: a scope, a right
//! or a day this build cannot read is an error, so a permission it does not understand
//! grants nothing and is never read as something it understands.

use jiff::civil::Date;
use sqlx::any::AnyRow;
use sqlx::{AnyConnection, AnyPool, Row};

use super::model::{Mandate, Rights, Scope, Terms};
use crate::db::decode::Unreadable;
use crate::db::Db;

/// A permission as stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MandateRow {
    pub id: String,
    pub citizen_id: String,
    pub helper_id: String,
    pub scopes: Vec<Scope>,
    pub rights: Rights,
    /// Calendar days, both included.
    pub valid_from: Date,
    pub valid_to: Date,
    pub note: Option<String>,
    pub given_by: String,
    pub identity_check: Option<String>,
    pub created_at: i64,
    pub accepted_at: Option<i64>,
    pub suspended_at: Option<i64>,
    pub ended_at: Option<i64>,
    /// The permission this one replaces when the helper says yes (a change that gave
    /// more).
    pub replaces: Option<String>,
    /// When the sweep noticed that it ran out by itself.
    pub expiry_noticed_at: Option<i64>,
}

/// The scopes as stored: comma-joined, as `scopes_text` writes them.
fn scopes_of(text: &str) -> Result<Vec<Scope>, Unreadable> {
    text.split(',')
        .map(|scope| Scope::parse(scope).ok_or_else(|| Unreadable::new("mandates.scopes", text)))
        .collect()
}

/// The scopes as stored.
pub(crate) fn scopes_text(scopes: &[Scope]) -> String {
    scopes
        .iter()
        .map(|scope| scope.as_str())
        .collect::<Vec<_>>()
        .join(",")
}

fn rights_of(text: &str) -> Result<Rights, Unreadable> {
    Rights::parse(text).ok_or_else(|| Unreadable::new("mandates.rights", text))
}

fn date_of(column: &'static str, text: &str) -> Result<Date, Unreadable> {
    text.parse().map_err(|_| Unreadable::new(column, text))
}

fn row_of(row: &AnyRow) -> Result<MandateRow, sqlx::Error> {
    let text = |column: &str| row.try_get::<String, _>(column);
    Ok(MandateRow {
        id: row.try_get("id")?,
        citizen_id: row.try_get("citizen_id")?,
        helper_id: row.try_get("helper_id")?,
        scopes: scopes_of(&text("scopes")?)?,
        rights: rights_of(&text("rights")?)?,
        valid_from: date_of("mandates.valid_from", &text("valid_from")?)?,
        valid_to: date_of("mandates.valid_to", &text("valid_to")?)?,
        note: row.try_get("note")?,
        given_by: row.try_get("given_by")?,
        identity_check: row.try_get("identity_check")?,
        created_at: row.try_get("created_at")?,
        accepted_at: row.try_get("accepted_at")?,
        suspended_at: row.try_get("suspended_at")?,
        ended_at: row.try_get("ended_at")?,
        replaces: row.try_get("replaces")?,
        expiry_noticed_at: row.try_get("expiry_noticed_at")?,
    })
}

pub(crate) async fn insert(conn: &mut AnyConnection, m: &MandateRow) -> Result<(), sqlx::Error> {
    sqlx::query(
        "INSERT INTO mandates (id, citizen_id, helper_id, scopes, rights, valid_from, valid_to, \
         note, given_by, identity_check, created_at, accepted_at, suspended_at, ended_at, \
         replaces, expiry_noticed_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16)",
    )
    .bind(&m.id)
    .bind(&m.citizen_id)
    .bind(&m.helper_id)
    .bind(scopes_text(&m.scopes))
    .bind(m.rights.as_str())
    .bind(m.valid_from.to_string())
    .bind(m.valid_to.to_string())
    .bind(&m.note)
    .bind(&m.given_by)
    .bind(&m.identity_check)
    .bind(m.created_at)
    .bind(m.accepted_at)
    .bind(m.suspended_at)
    .bind(m.ended_at)
    .bind(&m.replaces)
    .bind(m.expiry_noticed_at)
    .execute(&mut *conn)
    .await?;
    Ok(())
}

pub(crate) async fn mandate(pool: &AnyPool, id: &str) -> Result<Option<MandateRow>, sqlx::Error> {
    mandate_in(&mut *pool.acquire().await?, id).await
}

/// A permission read inside the caller's transaction.
pub(crate) async fn mandate_in(
    conn: &mut AnyConnection,
    id: &str,
) -> Result<Option<MandateRow>, sqlx::Error> {
    sqlx::query("SELECT * FROM mandates WHERE id = $1")
        .bind(id)
        .fetch_optional(conn)
        .await?
        .as_ref()
        .map(row_of)
        .transpose()
}

/// Every permission a citizen has given, newest first.
pub(crate) async fn of_citizen(
    pool: &AnyPool,
    citizen_id: &str,
) -> Result<Vec<MandateRow>, sqlx::Error> {
    sqlx::query("SELECT * FROM mandates WHERE citizen_id = $1 ORDER BY created_at DESC")
        .bind(citizen_id)
        .fetch_all(pool)
        .await?
        .iter()
        .map(row_of)
        .collect()
}

/// Every permission a helper has been given, newest first.
pub(crate) async fn of_helper(
    pool: &AnyPool,
    helper_id: &str,
) -> Result<Vec<MandateRow>, sqlx::Error> {
    sqlx::query("SELECT * FROM mandates WHERE helper_id = $1 ORDER BY created_at DESC")
        .bind(helper_id)
        .fetch_all(pool)
        .await?
        .iter()
        .map(row_of)
        .collect()
}

/// The permissions between one helper and one citizen, whole.
pub(crate) async fn between(
    conn: &mut AnyConnection,
    helper_id: &str,
    citizen_id: &str,
) -> Result<Vec<MandateRow>, sqlx::Error> {
    sqlx::query("SELECT * FROM mandates WHERE helper_id = $1 AND citizen_id = $2")
        .bind(helper_id)
        .bind(citizen_id)
        .fetch_all(conn)
        .await?
        .iter()
        .map(row_of)
        .collect()
}

impl MandateRow {
    /// The permission as the rules read it.
    pub(crate) fn rule(&self) -> Mandate {
        Mandate {
            id: self.id.clone(),
            citizen_id: self.citizen_id.clone(),
            helper_id: self.helper_id.clone(),
            scopes: self.scopes.clone(),
            rights: self.rights,
            valid_from: self.valid_from,
            valid_to: self.valid_to,
            accepted: self.accepted_at.is_some(),
            suspended: self.suspended_at.is_some(),
            ended: self.ended_at.is_some(),
        }
    }
}

/// A permission as a check reads it, from a row of [`CHECK_BETWEEN`] whichever driver
/// read it: `text` reads a column as text, `set` whether a time column is set, and
/// `bad` makes the driver's error of a value this build cannot read.
fn check_row<E>(
    text: impl Fn(usize) -> Result<String, E>,
    set: impl Fn(usize) -> Result<bool, E>,
    bad: impl Fn(usize, Unreadable) -> E,
) -> Result<Mandate, E> {
    Ok(Mandate {
        id: text(0)?,
        citizen_id: text(1)?,
        helper_id: text(2)?,
        scopes: scopes_of(&text(3)?).map_err(|e| bad(3, e))?,
        rights: rights_of(&text(4)?).map_err(|e| bad(4, e))?,
        valid_from: date_of("mandates.valid_from", &text(5)?).map_err(|e| bad(5, e))?,
        valid_to: date_of("mandates.valid_to", &text(6)?).map_err(|e| bad(6, e))?,
        accepted: set(7)?,
        suspended: set(8)?,
        ended: set(9)?,
    })
}

/// The columns [`check_row`] reads, in its order.
const CHECK_BETWEEN: &str = "SELECT id, citizen_id, helper_id, scopes, rights, valid_from, \
     valid_to, accepted_at, suspended_at, ended_at \
     FROM mandates WHERE helper_id = $1 AND citizen_id = $2";

/// What a check reads: the permissions between one helper and one citizen. On SQLite
/// the read runs on the calling thread (`db::SqliteReaders`), since the check is asked
/// on every request a helper makes and the hand-over to sqlx's thread cost more than
/// the read; hence two drivers, each handing its columns to [`check_row`].
pub(crate) async fn check_between(
    db: &Db,
    helper_id: &str,
    citizen_id: &str,
) -> Result<Vec<Mandate>, sqlx::Error> {
    if let Some(readers) = db.sqlite_readers() {
        return readers.read(|conn| {
            conn.prepare_cached(CHECK_BETWEEN)?
                .query_map([helper_id, citizen_id], |row| {
                    check_row(
                        |i| row.get(i),
                        |i| Ok(row.get::<_, Option<i64>>(i)?.is_some()),
                        |i, e| {
                            rusqlite::Error::FromSqlConversionFailure(
                                i,
                                rusqlite::types::Type::Text,
                                Box::new(e),
                            )
                        },
                    )
                })?
                .collect()
        });
    }
    sqlx::query(CHECK_BETWEEN)
        .bind(helper_id)
        .bind(citizen_id)
        .fetch_all(&db.pool)
        .await?
        .iter()
        .map(|row| {
            check_row(
                |i| row.try_get(i),
                |i| Ok(row.try_get::<Option<i64>, _>(i)?.is_some()),
                |_, e| e.into(),
            )
        })
        .collect()
}

/// Answers whether the permission was waiting for its helper.
pub(crate) async fn accept(
    conn: &mut AnyConnection,
    id: &str,
    helper_id: &str,
    at: i64,
) -> Result<bool, sqlx::Error> {
    let done = sqlx::query(
        "UPDATE mandates SET accepted_at = $1 \
         WHERE id = $2 AND helper_id = $3 AND accepted_at IS NULL AND ended_at IS NULL",
    )
    .bind(at)
    .bind(id)
    .bind(helper_id)
    .execute(&mut *conn)
    .await?;
    Ok(done.rows_affected() == 1)
}

/// Ends a permission at once; answers whether it was still in force.
pub(crate) async fn end(
    conn: &mut AnyConnection,
    id: &str,
    by: &str,
    at: i64,
) -> Result<bool, sqlx::Error> {
    let done = sqlx::query(
        "UPDATE mandates SET ended_at = $1, ended_by = $2 WHERE id = $3 AND ended_at IS NULL",
    )
    .bind(at)
    .bind(by)
    .bind(id)
    .execute(&mut *conn)
    .await?;
    Ok(done.rows_affected() == 1)
}

/// Pauses every permission of a citizen still in force; answers how many.
pub(crate) async fn suspend_all(
    conn: &mut AnyConnection,
    citizen_id: &str,
    at: i64,
) -> Result<u64, sqlx::Error> {
    let done = sqlx::query(
        "UPDATE mandates SET suspended_at = $1 \
         WHERE citizen_id = $2 AND ended_at IS NULL AND suspended_at IS NULL",
    )
    .bind(at)
    .bind(citizen_id)
    .execute(&mut *conn)
    .await?;
    Ok(done.rows_affected())
}

/// Gives a permission in force new terms; answers whether it was still in force.
pub(crate) async fn change_terms(
    conn: &mut AnyConnection,
    id: &str,
    terms: &Terms,
    note: Option<&str>,
) -> Result<bool, sqlx::Error> {
    let done = sqlx::query(
        "UPDATE mandates SET scopes = $1, rights = $2, valid_to = $3, note = $4 \
         WHERE id = $5 AND ended_at IS NULL",
    )
    .bind(scopes_text(&terms.scopes))
    .bind(terms.rights.as_str())
    .bind(terms.valid_to.to_string())
    .bind(note)
    .bind(id)
    .execute(&mut *conn)
    .await?;
    Ok(done.rows_affected() == 1)
}

/// Ends the changes of a permission still waiting for the helper's yes: a newer change
/// says what the citizen wants now. Answers how many.
pub(crate) async fn end_waiting_changes(
    conn: &mut AnyConnection,
    id: &str,
    by: &str,
    at: i64,
) -> Result<u64, sqlx::Error> {
    let done = sqlx::query(
        "UPDATE mandates SET ended_at = $1, ended_by = $2 \
         WHERE replaces = $3 AND accepted_at IS NULL AND ended_at IS NULL",
    )
    .bind(at)
    .bind(by)
    .bind(id)
    .execute(&mut *conn)
    .await?;
    Ok(done.rows_affected())
}

/// Permissions not ended whose last day is before `today` and that the sweep has not
/// noticed yet, oldest first (the partial index `mandates_to_notice`).
/// Each with its id and the row, or `None` for a row this build cannot read: the sweep
/// notes that one without a letter and goes on, where one unreadable row would otherwise
/// stop every citizen's notice.
pub(crate) async fn to_notice(
    pool: &AnyPool,
    today: &str,
    limit: i64,
) -> Result<Vec<(String, Option<MandateRow>)>, sqlx::Error> {
    sqlx::query(
        "SELECT * FROM mandates \
         WHERE expiry_noticed_at IS NULL AND ended_at IS NULL AND valid_to < $1 \
         ORDER BY valid_to, id LIMIT $2",
    )
    .bind(today)
    .bind(limit)
    .fetch_all(pool)
    .await?
    .iter()
    .map(|row| {
        let id: String = row.try_get("id")?;
        Ok(match row_of(row) {
            Ok(mandate) => (id, Some(mandate)),
            Err(sqlx::Error::ColumnDecode { .. }) => (id, None),
            Err(error) => return Err(error),
        })
    })
    .collect()
}

/// Claims the notice of a permission that ran out; answers whether this sweep won it (of
/// two sweeps at once, only one writes the letter), in the transaction that writes it.
pub(crate) async fn mark_noticed(
    conn: &mut AnyConnection,
    id: &str,
    at: i64,
) -> Result<bool, sqlx::Error> {
    let done = sqlx::query(
        "UPDATE mandates SET expiry_noticed_at = $1 WHERE id = $2 AND expiry_noticed_at IS NULL",
    )
    .bind(at)
    .bind(id)
    .execute(conn)
    .await?;
    Ok(done.rows_affected() == 1)
}

/// Lifts the pause of one of a citizen's permissions not ended; answers whether it was
/// paused.
pub(crate) async fn resume(
    conn: &mut AnyConnection,
    id: &str,
    citizen_id: &str,
) -> Result<bool, sqlx::Error> {
    let done = sqlx::query(
        "UPDATE mandates SET suspended_at = NULL \
         WHERE id = $1 AND citizen_id = $2 AND ended_at IS NULL AND suspended_at IS NOT NULL",
    )
    .bind(id)
    .bind(citizen_id)
    .execute(&mut *conn)
    .await?;
    Ok(done.rows_affected() == 1)
}

/// Permissions that ended before `before` (ended by someone, or ran out: their last day
/// is before `before_day`).
const ENDED_BEFORE: &str =
    "FROM mandates WHERE (ended_at IS NOT NULL AND ended_at < $1) OR valid_to < $2";

/// How many permissions [`delete_ended_before`] would delete.
pub async fn count_ended_before(
    conn: &mut AnyConnection,
    before: i64,
    before_day: Date,
) -> Result<i64, sqlx::Error> {
    sqlx::query(&format!("SELECT COUNT(*) AS n {ENDED_BEFORE}"))
        .bind(before)
        .bind(before_day.to_string())
        .fetch_one(&mut *conn)
        .await?
        .try_get("n")
}

/// Deletes the permissions that ended before `before`. Answers how many.
pub async fn delete_ended_before(
    conn: &mut AnyConnection,
    before: i64,
    before_day: Date,
) -> Result<u64, sqlx::Error> {
    let day = before_day.to_string();
    Ok(sqlx::query(&format!("DELETE {ENDED_BEFORE}"))
        .bind(before)
        .bind(&day)
        .execute(&mut *conn)
        .await?
        .rows_affected())
}

/// The permissions in force on `today` (accepted, neither ended nor paused, `today`
/// within their days), and the helpers who hold at least one: the inclusion figures.
pub(crate) async fn in_force_counts(
    pool: &AnyPool,
    today: Date,
) -> Result<(u64, u64), sqlx::Error> {
    let row = sqlx::query(
        "SELECT COUNT(*) AS permissions, COUNT(DISTINCT helper_id) AS helpers FROM mandates \
         WHERE accepted_at IS NOT NULL AND ended_at IS NULL AND suspended_at IS NULL \
         AND valid_from <= $1 AND valid_to >= $1",
    )
    .bind(today.to_string())
    .fetch_one(pool)
    .await?;
    let (permissions, helpers): (i64, i64) = (row.try_get("permissions")?, row.try_get("helpers")?);
    Ok((permissions.max(0) as u64, helpers.max(0) as u64))
}
