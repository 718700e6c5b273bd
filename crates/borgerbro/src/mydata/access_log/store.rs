//! The front desk's reasons (`desk_reasons`): this part of the module's SQL. The access
//! log itself is read from the audit chain through `audit`, which owns that table.

use sqlx::Row;

use crate::db::Db;

/// The reason this session gave for this citizen, while it holds.
pub(crate) async fn reason_of(
    db: &Db,
    session: &str,
    citizen: &str,
    now_ms: i64,
) -> Result<Option<String>, sqlx::Error> {
    sqlx::query(
        "SELECT reason FROM desk_reasons WHERE session_hash = $1 AND citizen_id = $2 \
         AND expires_at > $3",
    )
    .bind(session)
    .bind(citizen)
    .bind(now_ms)
    .fetch_optional(&db.pool)
    .await?
    .map(|row| row.try_get("reason"))
    .transpose()
}

/// A reason given, in place of the one this session gave for this citizen before.
pub(crate) struct GivenReason<'a> {
    pub(crate) session: &'a str,
    pub(crate) citizen: &'a str,
    pub(crate) staff: &'a str,
    pub(crate) reason: &'a str,
    pub(crate) given_at: i64,
    pub(crate) expires_at: i64,
}

pub(crate) async fn keep(db: &Db, given: GivenReason<'_>) -> Result<(), sqlx::Error> {
    let mut tx = db.pool.begin().await?;
    sqlx::query("DELETE FROM desk_reasons WHERE session_hash = $1 AND citizen_id = $2")
        .bind(given.session)
        .bind(given.citizen)
        .execute(&mut *tx)
        .await?;
    sqlx::query(
        "INSERT INTO desk_reasons (session_hash, citizen_id, staff_id, reason, given_at, \
         expires_at) VALUES ($1, $2, $3, $4, $5, $6)",
    )
    .bind(given.session)
    .bind(given.citizen)
    .bind(given.staff)
    .bind(given.reason)
    .bind(given.given_at)
    .bind(given.expires_at)
    .execute(&mut *tx)
    .await?;
    tx.commit().await
}

/// Deletes the reasons that ran out by `now_ms`; how many.
pub(crate) async fn forget_expired(db: &Db, now_ms: i64) -> Result<u64, sqlx::Error> {
    Ok(
        sqlx::query("DELETE FROM desk_reasons WHERE expires_at <= $1")
            .bind(now_ms)
            .execute(&db.pool)
            .await?
            .rows_affected(),
    )
}
