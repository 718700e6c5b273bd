//! A caseworker's saved drafts, and the files they and letters refer to.

use std::collections::HashSet;

use sqlx::any::AnyRow;
use sqlx::{AnyPool, Row};

/// A saved draft of a letter, the write page's fields as typed.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct SavedDraft {
    pub id: String,
    pub author: String,
    pub recipient_id: Option<String>,
    pub area: String,
    pub subject: String,
    pub summary: String,
    pub body: String,
    pub deadline: String,
    pub attachments: String,
    pub updated_at: i64,
    /// The version in another language begun with it: its language code ("" for none),
    /// subject, summary and body, as typed.
    pub version: DraftVersion,
}

/// A version in another language as a draft keeps it: as typed.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct DraftVersion {
    pub language: String,
    pub subject: String,
    pub summary: String,
    pub body: String,
}

impl DraftVersion {
    /// Whether anything of it is typed or chosen.
    pub fn is_begun(&self) -> bool {
        [&self.language, &self.subject, &self.summary, &self.body]
            .iter()
            .any(|text| !text.trim().is_empty())
    }
}

fn draft_of(row: &AnyRow) -> Result<SavedDraft, sqlx::Error> {
    Ok(SavedDraft {
        id: row.try_get("id")?,
        author: row.try_get("author")?,
        recipient_id: row.try_get("recipient_id")?,
        area: row.try_get("area")?,
        subject: row.try_get("subject")?,
        summary: row.try_get("summary")?,
        body: row.try_get("body")?,
        deadline: row.try_get("deadline")?,
        attachments: row.try_get("attachments")?,
        updated_at: row.try_get("updated_at")?,
        version: DraftVersion {
            language: row.try_get("version_language")?,
            subject: row.try_get("version_subject")?,
            summary: row.try_get("version_summary")?,
            body: row.try_get("version_body")?,
        },
    })
}

/// Saves a draft, new or again; only its author can overwrite it.
pub(crate) async fn save_draft(pool: &AnyPool, draft: &SavedDraft) -> Result<(), sqlx::Error> {
    sqlx::query(
        "INSERT INTO drafts (id, author, recipient_id, area, subject, summary, body, deadline, \
         attachments, updated_at, version_language, version_subject, version_summary, \
         version_body) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14) \
         ON CONFLICT (id) DO UPDATE SET recipient_id = $3, area = $4, subject = $5, \
         summary = $6, body = $7, deadline = $8, attachments = $9, updated_at = $10, \
         version_language = $11, version_subject = $12, version_summary = $13, \
         version_body = $14 WHERE drafts.author = $2",
    )
    .bind(&draft.id)
    .bind(&draft.author)
    .bind(&draft.recipient_id)
    .bind(&draft.area)
    .bind(&draft.subject)
    .bind(&draft.summary)
    .bind(&draft.body)
    .bind(&draft.deadline)
    .bind(&draft.attachments)
    .bind(draft.updated_at)
    .bind(&draft.version.language)
    .bind(&draft.version.subject)
    .bind(&draft.version.summary)
    .bind(&draft.version.body)
    .execute(pool)
    .await?;
    Ok(())
}

pub(crate) async fn drafts_of(
    pool: &AnyPool,
    author: &str,
) -> Result<Vec<SavedDraft>, sqlx::Error> {
    sqlx::query("SELECT * FROM drafts WHERE author = $1 ORDER BY updated_at DESC LIMIT 50")
        .bind(author)
        .fetch_all(pool)
        .await?
        .iter()
        .map(draft_of)
        .collect()
}

/// A draft, only for its author.
pub(crate) async fn draft(
    pool: &AnyPool,
    id: &str,
    author: &str,
) -> Result<Option<SavedDraft>, sqlx::Error> {
    sqlx::query("SELECT * FROM drafts WHERE id = $1 AND author = $2")
        .bind(id)
        .bind(author)
        .fetch_optional(pool)
        .await?
        .as_ref()
        .map(draft_of)
        .transpose()
}

/// Every file hash a letter or a saved draft refers to.
pub(crate) async fn referenced_files(pool: &AnyPool) -> Result<HashSet<String>, sqlx::Error> {
    let mut hashes: HashSet<String> =
        sqlx::query_scalar("SELECT DISTINCT file_hash FROM attachments")
            .fetch_all(pool)
            .await?
            .into_iter()
            .collect();
    // A draft holds its uploads as "hash:filename" lines.
    let drafts: Vec<String> = sqlx::query_scalar("SELECT attachments FROM drafts")
        .fetch_all(pool)
        .await?;
    for line in drafts.iter().flat_map(|lines| lines.lines()) {
        if let Some((hash, _)) = line.split_once(':') {
            hashes.insert(hash.to_owned());
        }
    }
    Ok(hashes)
}

pub(crate) async fn delete_draft(
    pool: &AnyPool,
    id: &str,
    author: &str,
) -> Result<(), sqlx::Error> {
    sqlx::query("DELETE FROM drafts WHERE id = $1 AND author = $2")
        .bind(id)
        .bind(author)
        .execute(pool)
        .await?;
    Ok(())
}
