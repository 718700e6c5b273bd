//! Offers of paper post to citizens whose letters escalate again and again.

use sqlx::{AnyConnection, AnyPool, Row};

use crate::db::{bind_list, placeholders, value_rows, Placeholders};

/// Of these citizens, those offered paper post before (an offer is made once).
pub(crate) async fn offered_before(
    conn: &mut AnyConnection,
    person_ids: &[&str],
) -> Result<Vec<String>, sqlx::Error> {
    if person_ids.is_empty() {
        return Ok(Vec::new());
    }
    let sql = format!(
        "SELECT person_id FROM exemption_offers WHERE person_id IN ({})",
        placeholders(Placeholders::whole_statement(conn), person_ids.len())
    );
    bind_list(sqlx::query(&sql), person_ids)
        .fetch_all(&mut *conn)
        .await?
        .iter()
        .map(|row| row.try_get("person_id"))
        .collect()
}

/// Of these citizens, those whose letters have had at least `at_least` escalations since
/// `since`, as (person id, escalations).
pub(crate) async fn escalated_since(
    conn: &mut AnyConnection,
    person_ids: &[&str],
    since: i64,
    at_least: i64,
) -> Result<Vec<(String, i64)>, sqlx::Error> {
    if person_ids.is_empty() {
        return Ok(Vec::new());
    }
    let sql = format!(
        "SELECT recipient_id, COUNT(*) AS escalations FROM escalations \
         WHERE created_at >= $1 AND recipient_id IN ({}) \
         GROUP BY recipient_id HAVING COUNT(*) >= $2 ORDER BY recipient_id",
        placeholders(Placeholders::numbered(3), person_ids.len())
    );
    bind_list(sqlx::query(&sql).bind(since).bind(at_least), person_ids)
        .fetch_all(&mut *conn)
        .await?
        .iter()
        .map(|row| Ok((row.try_get("recipient_id")?, row.try_get("escalations")?)))
        .collect()
}

/// Records offers of paper post, as (person id, the letter that offers it). A citizen
/// offered it already makes the statement fail, and with it the caller's transaction:
/// an offer is made once, and a second letter must not go out.
pub(crate) async fn insert_exemption_offers(
    conn: &mut AnyConnection,
    offers: &[(&str, &str)],
    at: i64,
) -> Result<(), sqlx::Error> {
    let style = Placeholders::whole_statement(conn);
    for part in offers.chunks(style.rows_per_statement(3)) {
        let sql = format!(
            "INSERT INTO exemption_offers (person_id, offered_at, message_id) VALUES {}",
            value_rows(style, part.len(), 3)
        );
        let mut query = sqlx::query(&sql);
        for (person_id, message_id) in part {
            query = query.bind(*person_id).bind(at).bind(*message_id);
        }
        query.execute(&mut *conn).await?;
    }
    Ok(())
}

/// Offers the front desk has yet to follow up, as (person id, offered at), oldest first.
pub(crate) async fn open_exemption_offers(
    pool: &AnyPool,
    limit: i64,
) -> Result<Vec<(String, i64)>, sqlx::Error> {
    sqlx::query_as(
        "SELECT person_id, offered_at FROM exemption_offers WHERE done_at IS NULL \
         ORDER BY offered_at LIMIT $1",
    )
    .bind(limit)
    .fetch_all(pool)
    .await
}

pub(crate) async fn close_exemption_offer(
    pool: &AnyPool,
    person_id: &str,
    by: &str,
    at: i64,
) -> Result<bool, sqlx::Error> {
    let done = sqlx::query(
        "UPDATE exemption_offers SET done_at = $1, done_by = $2 \
         WHERE person_id = $3 AND done_at IS NULL",
    )
    .bind(at)
    .bind(by)
    .bind(person_id)
    .execute(pool)
    .await?;
    Ok(done.rows_affected() == 1)
}
