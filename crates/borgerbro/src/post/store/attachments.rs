//! Attachments: a letter's PDF files, whose bytes live in the file store.

use sqlx::any::AnyRow;
use sqlx::{AnyConnection, AnyPool, Row};

/// A letter's attachment as stored; its bytes live in the file store under `file_hash`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Attachment {
    pub id: String,
    pub message_id: String,
    pub position: i64,
    pub filename: String,
    pub size: i64,
    pub file_hash: String,
    pub opened_at: Option<i64>,
    pub opened_by: Option<String>,
}

fn attachment_of(row: &AnyRow) -> Result<Attachment, sqlx::Error> {
    Ok(Attachment {
        id: row.try_get("id")?,
        message_id: row.try_get("message_id")?,
        position: row.try_get("position")?,
        filename: row.try_get("filename")?,
        size: row.try_get("size")?,
        file_hash: row.try_get("file_hash")?,
        opened_at: row.try_get("opened_at")?,
        opened_by: row.try_get("opened_by")?,
    })
}

pub(crate) async fn insert_attachment(
    conn: &mut AnyConnection,
    attachment: &Attachment,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "INSERT INTO attachments \
         (id, message_id, position, filename, content_type, size, file_hash) \
         VALUES ($1, $2, $3, $4, 'application/pdf', $5, $6)",
    )
    .bind(&attachment.id)
    .bind(&attachment.message_id)
    .bind(attachment.position)
    .bind(&attachment.filename)
    .bind(attachment.size)
    .bind(&attachment.file_hash)
    .execute(&mut *conn)
    .await?;
    Ok(())
}

/// The attachments of several letters in one query, by letter and position.
pub(crate) async fn attachments_of_letters(
    conn: &mut AnyConnection,
    message_ids: &[&str],
) -> Result<Vec<Attachment>, sqlx::Error> {
    if message_ids.is_empty() {
        return Ok(Vec::new());
    }
    let sql = format!(
        "SELECT * FROM attachments WHERE message_id IN ({}) ORDER BY message_id, position",
        crate::db::placeholders(crate::db::Placeholders::numbered(1), message_ids.len())
    );
    crate::db::bind_list(sqlx::query(&sql), message_ids)
        .fetch_all(&mut *conn)
        .await?
        .iter()
        .map(attachment_of)
        .collect()
}

pub(crate) async fn attachments_of(
    pool: &AnyPool,
    message_id: &str,
) -> Result<Vec<Attachment>, sqlx::Error> {
    sqlx::query("SELECT * FROM attachments WHERE message_id = $1 ORDER BY position")
        .bind(message_id)
        .fetch_all(pool)
        .await?
        .iter()
        .map(attachment_of)
        .collect()
}

/// Records the first opening of an attachment only.
pub(crate) async fn mark_attachment_opened(
    conn: &mut AnyConnection,
    id: &str,
    by: &str,
    at: i64,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "UPDATE attachments SET opened_at = $1, opened_by = $2 WHERE id = $3 AND opened_at IS NULL",
    )
    .bind(at)
    .bind(by)
    .bind(id)
    .execute(&mut *conn)
    .await?;
    Ok(())
}
