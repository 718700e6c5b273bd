//! SQL for the months' snapshots.

use sqlx::{AnyPool, Row};

use super::counts::Counts;
use super::month::Month;
use super::snapshot::Snapshot;
use crate::db::decode::{self, Unreadable};

fn snapshot_of(row: &sqlx::any::AnyRow) -> Result<Snapshot, sqlx::Error> {
    let month: String = row.try_get("month")?;
    let month = Month::read(&month).map_err(|_| Unreadable::new("insight_months.month", &month))?;
    let counts: String = row.try_get("counts")?;
    let counts: Counts = serde_json::from_str(&counts)
        .map_err(|_| Unreadable::new("insight_months.counts", "unreadable JSON"))?;
    let at: i64 = row.try_get("counted_at")?;
    let counted_at = jiff::Timestamp::from_millisecond(at)
        .map_err(|_| Unreadable::new("insight_months.counted_at", at))?;
    Ok(Snapshot {
        month,
        counts,
        counted_at,
        is_final: decode::flag("insight_months.is_final", row.try_get("is_final")?)?,
    })
}

/// The snapshots of `[first, last]`, oldest first.
pub(crate) async fn between(
    pool: &AnyPool,
    first: Month,
    last: Month,
) -> Result<Vec<Snapshot>, sqlx::Error> {
    let rows = sqlx::query(
        "SELECT month, counts, counted_at, is_final FROM insight_months \
         WHERE month >= $1 AND month <= $2 ORDER BY month",
    )
    .bind(first.to_string())
    .bind(last.to_string())
    .fetch_all(pool)
    .await?;
    rows.iter().map(snapshot_of).collect()
}

/// The months whose snapshot is not final, oldest first.
pub(crate) async fn open_months(pool: &AnyPool) -> Result<Vec<Month>, sqlx::Error> {
    let rows = sqlx::query("SELECT month FROM insight_months WHERE is_final = 0 ORDER BY month")
        .fetch_all(pool)
        .await?;
    rows.iter()
        .map(|row| {
            let text: String = row.try_get("month")?;
            Month::read(&text).map_err(|_| Unreadable::new("insight_months.month", &text).into())
        })
        .collect()
}

/// Stores a month's snapshot, over the one before unless that one is final.
pub(crate) async fn save(pool: &AnyPool, snapshot: &Snapshot) -> Result<(), sqlx::Error> {
    let counts =
        serde_json::to_string(&snapshot.counts).map_err(|e| sqlx::Error::Encode(Box::new(e)))?;
    sqlx::query(
        "INSERT INTO insight_months (month, counts, counted_at, is_final) VALUES ($1, $2, $3, $4) \
         ON CONFLICT (month) DO UPDATE SET counts = excluded.counts, \
         counted_at = excluded.counted_at, is_final = excluded.is_final \
         WHERE insight_months.is_final = 0",
    )
    .bind(snapshot.month.to_string())
    .bind(counts)
    .bind(snapshot.counted_at.as_millisecond())
    .bind(i64::from(snapshot.is_final))
    .execute(pool)
    .await?;
    Ok(())
}

/// The newest month counted for the last time.
pub(crate) async fn newest_final(pool: &AnyPool) -> Result<Option<Month>, sqlx::Error> {
    let row = sqlx::query("SELECT MAX(month) AS month FROM insight_months WHERE is_final = 1")
        .fetch_one(pool)
        .await?;
    let text: Option<String> = row.try_get("month")?;
    text.map(|text| {
        Month::read(&text).map_err(|_| Unreadable::new("insight_months.month", &text).into())
    })
    .transpose()
}
