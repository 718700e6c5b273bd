//! SQL for permissions.

use sqlx::any::AnyRow;
use sqlx::{AnyConnection, AnyPool, Row};

/// A permission as stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MandateRow {
    pub id: String,
    pub citizen_id: String,
    pub helper_id: String,
    pub scopes: String,
    pub rights: String,
    pub valid_from: String,
    pub valid_to: String,
    pub note: Option<String>,
    pub given_by: String,
    pub identity_check: Option<String>,
    pub created_at: i64,
    pub accepted_at: Option<i64>,
    pub suspended_at: Option<i64>,
    pub ended_at: Option<i64>,
}

fn row_of(row: &AnyRow) -> Result<MandateRow, sqlx::Error> {
    Ok(MandateRow {
        id: row.try_get("id")?,
        citizen_id: row.try_get("citizen_id")?,
        helper_id: row.try_get("helper_id")?,
        scopes: row.try_get("scopes")?,
        rights: row.try_get("rights")?,
        valid_from: row.try_get("valid_from")?,
        valid_to: row.try_get("valid_to")?,
        note: row.try_get("note")?,
        given_by: row.try_get("given_by")?,
        identity_check: row.try_get("identity_check")?,
        created_at: row.try_get("created_at")?,
        accepted_at: row.try_get("accepted_at")?,
        suspended_at: row.try_get("suspended_at")?,
        ended_at: row.try_get("ended_at")?,
    })
}

pub async fn insert(conn: &mut AnyConnection, m: &MandateRow) -> Result<(), sqlx::Error> {
    sqlx::query(
        "INSERT INTO mandates (id, citizen_id, helper_id, scopes, rights, valid_from, valid_to, \
         note, given_by, identity_check, created_at, accepted_at, suspended_at, ended_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14)",
    )
    .bind(&m.id)
    .bind(&m.citizen_id)
    .bind(&m.helper_id)
    .bind(&m.scopes)
    .bind(&m.rights)
    .bind(&m.valid_from)
    .bind(&m.valid_to)
    .bind(&m.note)
    .bind(&m.given_by)
    .bind(&m.identity_check)
    .bind(m.created_at)
    .bind(m.accepted_at)
    .bind(m.suspended_at)
    .bind(m.ended_at)
    .execute(&mut *conn)
    .await?;
    Ok(())
}

pub async fn mandate(pool: &AnyPool, id: &str) -> Result<Option<MandateRow>, sqlx::Error> {
    sqlx::query("SELECT * FROM mandates WHERE id = $1")
        .bind(id)
        .fetch_optional(pool)
        .await?
        .as_ref()
        .map(row_of)
        .transpose()
}

/// Every permission a citizen has given, newest first.
pub async fn of_citizen(pool: &AnyPool, citizen_id: &str) -> Result<Vec<MandateRow>, sqlx::Error> {
    sqlx::query("SELECT * FROM mandates WHERE citizen_id = $1 ORDER BY created_at DESC")
        .bind(citizen_id)
        .fetch_all(pool)
        .await?
        .iter()
        .map(row_of)
        .collect()
}

/// Every permission a helper has been given, newest first.
pub async fn of_helper(pool: &AnyPool, helper_id: &str) -> Result<Vec<MandateRow>, sqlx::Error> {
    sqlx::query("SELECT * FROM mandates WHERE helper_id = $1 ORDER BY created_at DESC")
        .bind(helper_id)
        .fetch_all(pool)
        .await?
        .iter()
        .map(row_of)
        .collect()
}

/// The permissions between one helper and one citizen: what a check reads.
pub async fn between(
    pool: &AnyPool,
    helper_id: &str,
    citizen_id: &str,
) -> Result<Vec<MandateRow>, sqlx::Error> {
    sqlx::query("SELECT * FROM mandates WHERE helper_id = $1 AND citizen_id = $2")
        .bind(helper_id)
        .bind(citizen_id)
        .fetch_all(pool)
        .await?
        .iter()
        .map(row_of)
        .collect()
}

/// Answers whether the permission was waiting for its helper.
pub async fn accept(
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
pub async fn end(
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
pub async fn suspend_all(
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
