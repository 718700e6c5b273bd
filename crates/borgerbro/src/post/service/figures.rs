//! The post module's part of the inclusion figures (`insight`).

use crate::db::Db;
use crate::post::store;

pub use store::{ByKind, ByOutcome, LetterCounts, MeasuredText};

/// The letters, openings, escalations and paper of `[from, to)` (milliseconds), with
/// the seventh days after sending counted up to `now`.
pub async fn month_counts(
    db: &Db,
    from: i64,
    to: i64,
    now: i64,
) -> Result<LetterCounts, sqlx::Error> {
    store::month_counts(&db.pool, from, to, now).await
}

/// The texts of `[from, to)`'s letters whose plain language the figures measure.
pub async fn month_texts(db: &Db, from: i64, to: i64) -> Result<Vec<MeasuredText>, sqlx::Error> {
    store::month_texts(&db.pool, from, to).await
}
