//! A citizen's (or helper's) answers to a letter.

use sqlx::{AnyConnection, AnyPool, Row};

/// A reply to a letter as stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reply {
    pub id: String,
    pub message_id: String,
    pub author: String,
    pub body: String,
    pub created_at: i64,
}

pub(crate) async fn insert_reply(
    conn: &mut AnyConnection,
    reply: &Reply,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "INSERT INTO replies (id, message_id, author, body, created_at) VALUES ($1, $2, $3, $4, $5)",
    )
    .bind(&reply.id)
    .bind(&reply.message_id)
    .bind(&reply.author)
    .bind(&reply.body)
    .bind(reply.created_at)
    .execute(conn)
    .await?;
    Ok(())
}

pub(crate) async fn replies_of(
    pool: &AnyPool,
    message_id: &str,
) -> Result<Vec<Reply>, sqlx::Error> {
    sqlx::query("SELECT * FROM replies WHERE message_id = $1 ORDER BY created_at, id")
        .bind(message_id)
        .fetch_all(pool)
        .await?
        .iter()
        .map(|row| {
            Ok(Reply {
                id: row.try_get("id")?,
                message_id: row.try_get("message_id")?,
                author: row.try_get("author")?,
                body: row.try_get("body")?,
                created_at: row.try_get("created_at")?,
            })
        })
        .collect()
}
