//! The append-only, hash-chained log of who did what, to whose data.
//! Every read or change of a citizen's data by anyone other than the citizen goes here.

mod model;
mod store;

pub use model::{Actor, ChainBreak, Entry, NewEntry};
pub use store::{verify, LogFilter, VerifyError};

use sqlx::AnyConnection;

use crate::clock::Clock;
use crate::db::Db;

/// Records an entry inside the caller's transaction, so the entry and the change it
/// describes are stored together or not at all.
pub async fn record_in(
    conn: &mut AnyConnection,
    clock: &Clock,
    entry: NewEntry,
) -> Result<Entry, sqlx::Error> {
    record_all_in(conn, clock, std::slice::from_ref(&entry))
        .await?
        .pop()
        .ok_or(sqlx::Error::RowNotFound)
}

/// Records entries, in this order, inside the caller's transaction: for work on many
/// citizens at once (the sweep), a few statements however many entries.
pub async fn record_all_in(
    conn: &mut AnyConnection,
    clock: &Clock,
    entries: &[NewEntry],
) -> Result<Vec<Entry>, sqlx::Error> {
    store::append(conn, entries, clock.now_ms()).await
}

/// Records an entry on its own.
pub async fn record(db: &Db, clock: &Clock, entry: NewEntry) -> Result<Entry, sqlx::Error> {
    let mut tx = db.pool.begin().await?;
    let stored = record_in(&mut tx, clock, entry).await?;
    tx.commit().await?;
    Ok(stored)
}

/// The newest entries about a person's data, for the person to read.
pub async fn about(db: &Db, subject: &str) -> Result<Vec<Entry>, sqlx::Error> {
    store::about(&db.pool, subject, 500).await
}

/// How many times someone other than the person looked at or changed their data, of
/// the entries the filter keeps.
pub async fn count_by_others(
    db: &Db,
    subject: &str,
    filter: LogFilter<'_>,
) -> Result<i64, sqlx::Error> {
    store::count_by_others(&db.pool, subject, filter).await
}

/// See [`store::by_others`]: a page of the entries about a person by someone else.
pub async fn by_others(
    db: &Db,
    subject: &str,
    filter: LogFilter<'_>,
    limit: i64,
) -> Result<Vec<Entry>, sqlx::Error> {
    store::by_others(&db.pool, subject, filter, limit).await
}
