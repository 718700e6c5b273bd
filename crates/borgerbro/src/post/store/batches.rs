//! Batches: many letters from one template, sent together.

use sqlx::{AnyConnection, AnyPool, Row};

use crate::db::decode;
use crate::people::Channel;

/// A batch as stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Batch {
    pub id: String,
    pub sender: String,
    pub letters: i64,
    pub created_at: i64,
}

pub(crate) async fn insert_batch(
    conn: &mut AnyConnection,
    batch: &Batch,
) -> Result<(), sqlx::Error> {
    sqlx::query("INSERT INTO batches (id, sender, letters, created_at) VALUES ($1, $2, $3, $4)")
        .bind(&batch.id)
        .bind(&batch.sender)
        .bind(batch.letters)
        .bind(batch.created_at)
        .execute(&mut *conn)
        .await?;
    Ok(())
}

/// Writes how many letters a streamed batch holds, once they are all written.
pub(crate) async fn count_batch_letters(
    conn: &mut AnyConnection,
    batch: &Batch,
) -> Result<(), sqlx::Error> {
    sqlx::query("UPDATE batches SET letters = $1 WHERE id = $2")
        .bind(batch.letters)
        .bind(&batch.id)
        .execute(&mut *conn)
        .await?;
    Ok(())
}

pub(crate) async fn batch(pool: &AnyPool, id: &str) -> Result<Option<Batch>, sqlx::Error> {
    let Some(row) =
        sqlx::query("SELECT id, sender, letters, created_at FROM batches WHERE id = $1")
            .bind(id)
            .fetch_optional(pool)
            .await?
    else {
        return Ok(None);
    };
    Ok(Some(Batch {
        id: row.try_get("id")?,
        sender: row.try_get("sender")?,
        letters: row.try_get("letters")?,
        created_at: row.try_get("created_at")?,
    }))
}

/// The letters of a batch as (id, recipient id, channel), in the order they were sent.
pub(crate) async fn letters_of_batch(
    pool: &AnyPool,
    batch_id: &str,
) -> Result<Vec<(String, String, Channel)>, sqlx::Error> {
    sqlx::query("SELECT id, recipient_id, channel FROM messages WHERE batch_id = $1 ORDER BY id")
        .bind(batch_id)
        .fetch_all(pool)
        .await?
        .iter()
        .map(|row| {
            Ok((
                row.try_get("id")?,
                row.try_get("recipient_id")?,
                decode::parsed("messages.channel", row.try_get("channel")?, Channel::parse)?,
            ))
        })
        .collect()
}
