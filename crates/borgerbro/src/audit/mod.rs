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
pub(crate) async fn record_in(
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
pub(crate) async fn record_all_in(
    conn: &mut AnyConnection,
    clock: &Clock,
    entries: &[NewEntry],
) -> Result<Vec<Entry>, sqlx::Error> {
    match GIVEN.try_with(|given| with_given_purpose(given, entries)) {
        Ok(Some(filled)) => store::append(conn, &filled, clock.now_ms()).await,
        _ => store::append(conn, entries, clock.now_ms()).await,
    }
}

/// The purpose a person gave for what they do with one citizen's data during one request
/// (the front desk's reason), see [`with_purpose`].
#[derive(Debug, Clone)]
pub struct GivenPurpose {
    pub actor: Actor,
    pub subject: String,
    pub purpose: String,
}

tokio::task_local! {
    static GIVEN: GivenPurpose;
}

/// Runs `work` (a request's handler) so that every entry it records by `given.actor`
/// about `given.subject` without a purpose of its own carries `given.purpose`: the reason
/// is given once, at the door, and each module's audit entry says it without knowing.
pub async fn with_purpose<F: std::future::Future>(given: GivenPurpose, work: F) -> F::Output {
    GIVEN.scope(given, work).await
}

fn with_given_purpose(given: &GivenPurpose, entries: &[NewEntry]) -> Option<Vec<NewEntry>> {
    let applies = |e: &NewEntry| {
        e.purpose.is_none()
            && e.actor == given.actor
            && e.subject.as_deref() == Some(given.subject.as_str())
    };
    entries.iter().any(applies).then(|| {
        entries
            .iter()
            .map(|e| match applies(e) {
                true => e.clone().purpose(given.purpose.clone()),
                false => e.clone(),
            })
            .collect()
    })
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
pub(crate) async fn by_others(
    db: &Db,
    subject: &str,
    filter: LogFilter<'_>,
    limit: i64,
) -> Result<Vec<Entry>, sqlx::Error> {
    store::by_others(&db.pool, subject, filter, limit).await
}
