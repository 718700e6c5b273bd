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

/// Every answer to a citizen's letters, oldest first.
pub(crate) async fn replies_to(
    conn: &mut AnyConnection,
    recipient_id: &str,
) -> Result<Vec<Reply>, sqlx::Error> {
    sqlx::query(
        "SELECT r.* FROM replies r JOIN messages m ON m.id = r.message_id \
         WHERE m.recipient_id = $1 ORDER BY r.created_at, r.id",
    )
    .bind(recipient_id)
    .fetch_all(&mut *conn)
    .await?
    .iter()
    .map(reply_of)
    .collect()
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
        .map(reply_of)
        .collect()
}

fn reply_of(row: &sqlx::any::AnyRow) -> Result<Reply, sqlx::Error> {
    Ok(Reply {
        id: row.try_get("id")?,
        message_id: row.try_get("message_id")?,
        author: row.try_get("author")?,
        body: row.try_get("body")?,
        created_at: row.try_get("created_at")?,
    })
}
