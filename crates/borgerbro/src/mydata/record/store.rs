//! SQL for the record of processing (`mydata_record`, migration 0080).

use sqlx::any::AnyRow;
use sqlx::{AnyConnection, Row};

use super::model::{Category, Entry};
use crate::db::decode;

const COLUMNS: &str = "category, what, purpose, legal_basis, source, recipients, retention, \
     retention_days, statistics, machine_learning";

fn entry_of(row: &AnyRow) -> Result<Entry, sqlx::Error> {
    let category: String = row.try_get("category")?;
    let days: Option<i64> = row.try_get("retention_days")?;
    let retention_days = match days {
        None => None,
        Some(d) => Some(
            u32::try_from(d)
                .ok()
                .filter(|d| (1..=super::model::MAX_RETENTION_DAYS).contains(d))
                .ok_or_else(|| decode::Unreadable::new("mydata_record.retention_days", d))?,
        ),
    };
    Ok(Entry {
        category: decode::parsed("mydata_record.category", &category, Category::parse)?,
        what: row.try_get("what")?,
        purpose: row.try_get("purpose")?,
        legal_basis: row.try_get("legal_basis")?,
        source: row.try_get("source")?,
        recipients: row.try_get("recipients")?,
        retention: row.try_get("retention")?,
        retention_days,
        statistics: decode::flag("mydata_record.statistics", row.try_get("statistics")?)?,
        machine_learning: decode::flag(
            "mydata_record.machine_learning",
            row.try_get("machine_learning")?,
        )?,
    })
}

/// Every entry, in the kinds' order.
pub(crate) async fn all(conn: &mut AnyConnection) -> Result<Vec<Entry>, sqlx::Error> {
    let mut entries = sqlx::query(&format!("SELECT {COLUMNS} FROM mydata_record"))
        .fetch_all(&mut *conn)
        .await?
        .iter()
        .map(entry_of)
        .collect::<Result<Vec<_>, _>>()?;
    entries.sort_by_key(|e| Category::ALL.iter().position(|c| *c == e.category));
    Ok(entries)
}

pub(crate) async fn get(
    conn: &mut AnyConnection,
    category: Category,
) -> Result<Option<Entry>, sqlx::Error> {
    sqlx::query(&format!(
        "SELECT {COLUMNS} FROM mydata_record WHERE category = $1"
    ))
    .bind(category.as_str())
    .fetch_optional(&mut *conn)
    .await?
    .as_ref()
    .map(entry_of)
    .transpose()
}

/// Stores an entry, replacing the one of its kind.
pub(crate) async fn put_in(
    conn: &mut AnyConnection,
    entry: &Entry,
    by: &str,
    at: i64,
) -> Result<(), sqlx::Error> {
    sqlx::query("DELETE FROM mydata_record WHERE category = $1")
        .bind(entry.category.as_str())
        .execute(&mut *conn)
        .await?;
    sqlx::query(
        "INSERT INTO mydata_record (category, what, purpose, legal_basis, source, recipients, \
         retention, retention_days, statistics, machine_learning, updated_by, updated_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)",
    )
    .bind(entry.category.as_str())
    .bind(&entry.what)
    .bind(&entry.purpose)
    .bind(&entry.legal_basis)
    .bind(&entry.source)
    .bind(&entry.recipients)
    .bind(&entry.retention)
    .bind(entry.retention_days.map(i64::from))
    .bind(i64::from(entry.statistics))
    .bind(i64::from(entry.machine_learning))
    .bind(by)
    .bind(at)
    .execute(&mut *conn)
    .await?;
    Ok(())
}
