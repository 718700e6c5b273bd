//! SQL for the action plan: `network_plan_items` (migration 0113).

use sqlx::any::AnyRow;
use sqlx::{AnyConnection, Row};

use super::model::{Input, NewItem, Status};
use crate::db::decode;

/// An item as stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Item {
    pub id: String,
    pub item: NewItem,
    pub updated_at: i64,
}

fn item_of(row: &AnyRow) -> Result<Item, sqlx::Error> {
    let status: String = row.try_get("status")?;
    let input: String = row.try_get("input_kind")?;
    let year: i64 = row.try_get("year")?;
    Ok(Item {
        id: row.try_get("id")?,
        item: NewItem {
            year: decode::parsed("network_plan_items.year", &year.to_string(), |t| {
                t.parse().ok()
            })?,
            title: row.try_get("title")?,
            description: row.try_get("description")?,
            owner: row.try_get("owner_organisation_id")?,
            status: decode::parsed("network_plan_items.status", &status, Status::parse)?,
            input: decode::parsed("network_plan_items.input_kind", &input, Input::parse)?,
            input_ref: row.try_get("input_ref")?,
            input_text: row.try_get("input_text")?,
        },
        updated_at: row.try_get("updated_at")?,
    })
}

pub(crate) async fn insert(
    conn: &mut AnyConnection,
    id: &str,
    item: &NewItem,
    by: &str,
    now_ms: i64,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "INSERT INTO network_plan_items (id, year, title, description, owner_organisation_id, \
         status, input_kind, input_ref, input_text, created_by, created_at, updated_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $11)",
    )
    .bind(id)
    .bind(i64::from(item.year))
    .bind(&item.title)
    .bind(&item.description)
    .bind(item.owner.as_deref())
    .bind(item.status.as_str())
    .bind(item.input.as_str())
    .bind(item.input_ref.as_deref())
    .bind(&item.input_text)
    .bind(by)
    .bind(now_ms)
    .execute(&mut *conn)
    .await?;
    Ok(())
}

/// A year's items, in the order they were added.
pub(crate) async fn of_year(conn: &mut AnyConnection, year: i16) -> Result<Vec<Item>, sqlx::Error> {
    sqlx::query(
        "SELECT id, year, title, description, owner_organisation_id, status, input_kind, \
         input_ref, input_text, updated_at FROM network_plan_items WHERE year = $1 \
         ORDER BY created_at, id",
    )
    .bind(i64::from(year))
    .fetch_all(&mut *conn)
    .await?
    .iter()
    .map(item_of)
    .collect()
}

/// Answers whether the item exists.
pub(crate) async fn set_status(
    conn: &mut AnyConnection,
    id: &str,
    status: Status,
    now_ms: i64,
) -> Result<bool, sqlx::Error> {
    let done =
        sqlx::query("UPDATE network_plan_items SET status = $2, updated_at = $3 WHERE id = $1")
            .bind(id)
            .bind(status.as_str())
            .bind(now_ms)
            .execute(&mut *conn)
            .await?;
    Ok(done.rows_affected() == 1)
}
