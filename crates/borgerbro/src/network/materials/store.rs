//! SQL for materials: `network_materials` and `network_reviews` (migration 0113).

use jiff::civil::Date;
use sqlx::any::AnyRow;
use sqlx::{AnyConnection, Row};

use super::model::{Content, Format, PdfFacts, Status, Verdict};
use crate::db::decode;

/// A material's PDF: its hash in the file store, its name, and what the checks read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoredFile {
    pub hash: String,
    pub name: String,
    pub facts: PdfFacts,
}

/// A material as stored, whatever its status.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Material {
    pub id: String,
    pub organisation_id: String,
    pub content: Content,
    pub file: Option<StoredFile>,
    pub status: Status,
    /// The material this one was copied from, to adapt it.
    pub source_id: Option<String>,
    pub created_by: String,
    pub created_at: i64,
    pub updated_at: i64,
    pub submitted_at: Option<i64>,
    pub published_at: Option<i64>,
    /// The organisation whose review published it (or last approved it again).
    pub reviewed_by: Option<String>,
    pub reviewed_at: Option<i64>,
    pub review_due: Option<Date>,
    /// When the sweep found its review due and told the owner.
    pub review_due_noticed_at: Option<i64>,
}

/// A review as stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Review {
    pub id: String,
    pub material_id: String,
    pub organisation_id: String,
    pub reviewer_id: String,
    pub verdict: Verdict,
    pub reviewed_at: i64,
}

const COLUMNS: &str = "id, organisation_id, title, summary, format, body, link, file_id, \
     file_name, file_text, file_tagged, file_lang, target_groups, languages, topics, status, \
     source_id, created_by, created_at, updated_at, submitted_at, published_at, \
     reviewed_by_organisation_id, reviewed_at, review_due, review_due_noticed_at";

fn list(text: &str) -> Vec<String> {
    text.split(',')
        .filter(|s| !s.is_empty())
        .map(str::to_owned)
        .collect()
}

fn material_of(row: &AnyRow) -> Result<Material, sqlx::Error> {
    let format: String = row.try_get("format")?;
    let status: String = row.try_get("status")?;
    let file_id: Option<String> = row.try_get("file_id")?;
    let file = match file_id {
        None => None,
        Some(hash) => {
            let tagged: Option<i64> = row.try_get("file_tagged")?;
            Some(StoredFile {
                hash,
                name: row.try_get("file_name")?,
                facts: PdfFacts {
                    tagged: decode::flag("network_materials.file_tagged", tagged.unwrap_or(0))?,
                    lang: row.try_get("file_lang")?,
                    text: row.try_get("file_text")?,
                },
            })
        }
    };
    let due: Option<String> = row.try_get("review_due")?;
    let review_due = due
        .map(|d| {
            decode::parsed("network_materials.review_due", &d, |s| {
                s.parse::<Date>().ok()
            })
        })
        .transpose()?;
    let target_groups: String = row.try_get("target_groups")?;
    let languages: String = row.try_get("languages")?;
    let topics: String = row.try_get("topics")?;
    Ok(Material {
        id: row.try_get("id")?,
        organisation_id: row.try_get("organisation_id")?,
        content: Content {
            title: row.try_get("title")?,
            summary: row.try_get("summary")?,
            format: decode::parsed("network_materials.format", &format, Format::parse)?,
            body: row.try_get("body")?,
            link: row.try_get("link")?,
            target_groups: list(&target_groups),
            languages: list(&languages),
            topics: list(&topics),
        },
        file,
        status: decode::parsed("network_materials.status", &status, Status::parse)?,
        source_id: row.try_get("source_id")?,
        created_by: row.try_get("created_by")?,
        created_at: row.try_get("created_at")?,
        updated_at: row.try_get("updated_at")?,
        submitted_at: row.try_get("submitted_at")?,
        published_at: row.try_get("published_at")?,
        reviewed_by: row.try_get("reviewed_by_organisation_id")?,
        reviewed_at: row.try_get("reviewed_at")?,
        review_due,
        review_due_noticed_at: row.try_get("review_due_noticed_at")?,
    })
}

/// A new draft, as the store writes it.
pub(crate) struct NewDraft<'a> {
    pub id: &'a str,
    pub organisation_id: &'a str,
    pub content: &'a Content,
    pub file: Option<&'a StoredFile>,
    /// The material it was copied from.
    pub source_id: Option<&'a str>,
    pub created_by: &'a str,
    pub now_ms: i64,
}

pub(crate) async fn insert(
    conn: &mut AnyConnection,
    new: &NewDraft<'_>,
) -> Result<(), sqlx::Error> {
    let content = new.content;
    sqlx::query(
        "INSERT INTO network_materials (id, organisation_id, title, summary, format, body, \
         link, target_groups, languages, topics, status, source_id, created_by, created_at, \
         updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, 'draft', $11, $12, $13, $13)",
    )
    .bind(new.id)
    .bind(new.organisation_id)
    .bind(&content.title)
    .bind(&content.summary)
    .bind(content.format.as_str())
    .bind(&content.body)
    .bind(&content.link)
    .bind(content.target_groups.join(","))
    .bind(content.languages.join(","))
    .bind(content.topics.join(","))
    .bind(new.source_id)
    .bind(new.created_by)
    .bind(new.now_ms)
    .execute(&mut *conn)
    .await?;
    set_file(conn, new.id, new.file).await
}

async fn set_file(
    conn: &mut AnyConnection,
    id: &str,
    file: Option<&StoredFile>,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "UPDATE network_materials SET file_id = $2, file_name = $3, file_text = $4, \
         file_tagged = $5, file_lang = $6 WHERE id = $1",
    )
    .bind(id)
    .bind(file.map(|f| f.hash.clone()))
    .bind(file.map(|f| f.name.clone()).unwrap_or_default())
    .bind(file.map(|f| f.facts.text.clone()).unwrap_or_default())
    .bind(file.map(|f| i64::from(f.facts.tagged)))
    .bind(file.map(|f| f.facts.lang.clone()).unwrap_or_default())
    .execute(&mut *conn)
    .await?;
    Ok(())
}

/// Changes a draft; answers whether it was still a draft.
pub(crate) async fn update_draft(
    conn: &mut AnyConnection,
    id: &str,
    content: &Content,
    file: Option<&StoredFile>,
    now_ms: i64,
) -> Result<bool, sqlx::Error> {
    let done = sqlx::query(
        "UPDATE network_materials SET title = $2, summary = $3, format = $4, body = $5, \
         link = $6, target_groups = $7, languages = $8, topics = $9, updated_at = $10 \
         WHERE id = $1 AND status = 'draft'",
    )
    .bind(id)
    .bind(&content.title)
    .bind(&content.summary)
    .bind(content.format.as_str())
    .bind(&content.body)
    .bind(&content.link)
    .bind(content.target_groups.join(","))
    .bind(content.languages.join(","))
    .bind(content.topics.join(","))
    .bind(now_ms)
    .execute(&mut *conn)
    .await?;
    if done.rows_affected() != 1 {
        return Ok(false);
    }
    set_file(conn, id, file).await?;
    Ok(true)
}

/// Sends a draft to review; answers whether it was a draft.
pub(crate) async fn submit(
    conn: &mut AnyConnection,
    id: &str,
    now_ms: i64,
) -> Result<bool, sqlx::Error> {
    let done = sqlx::query(
        "UPDATE network_materials SET status = 'in_review', submitted_at = $2, updated_at = $2 \
         WHERE id = $1 AND status = 'draft'",
    )
    .bind(id)
    .bind(now_ms)
    .execute(&mut *conn)
    .await?;
    Ok(done.rows_affected() == 1)
}

/// Publishes a material in review, or approves a published one again: reviewed by
/// `organisation_id` now, due again on `due`. Answers whether it was still `from`.
pub(crate) async fn approve(
    conn: &mut AnyConnection,
    id: &str,
    from: Status,
    organisation_id: &str,
    due: Date,
    now_ms: i64,
) -> Result<bool, sqlx::Error> {
    let done = sqlx::query(
        "UPDATE network_materials SET status = 'published', \
         published_at = COALESCE(published_at, $3), reviewed_by_organisation_id = $4, \
         reviewed_at = $3, review_due = $5, review_due_noticed_at = NULL, updated_at = $3 \
         WHERE id = $1 AND status = $2",
    )
    .bind(id)
    .bind(from.as_str())
    .bind(now_ms)
    .bind(organisation_id)
    .bind(due.to_string())
    .execute(&mut *conn)
    .await?;
    Ok(done.rows_affected() == 1)
}

/// Sends a material back to draft after a review that did not approve it; answers
/// whether it was still `from`.
pub(crate) async fn back_to_draft(
    conn: &mut AnyConnection,
    id: &str,
    from: Status,
    now_ms: i64,
) -> Result<bool, sqlx::Error> {
    let done = sqlx::query(
        "UPDATE network_materials SET status = 'draft', review_due_noticed_at = NULL, \
         updated_at = $3 WHERE id = $1 AND status = $2",
    )
    .bind(id)
    .bind(from.as_str())
    .bind(now_ms)
    .execute(&mut *conn)
    .await?;
    Ok(done.rows_affected() == 1)
}

pub(crate) async fn one(
    conn: &mut AnyConnection,
    id: &str,
) -> Result<Option<Material>, sqlx::Error> {
    sqlx::query(&format!(
        "SELECT {COLUMNS} FROM network_materials WHERE id = $1"
    ))
    .bind(id)
    .fetch_optional(&mut *conn)
    .await?
    .as_ref()
    .map(material_of)
    .transpose()
}

/// The materials of a status, the most recently changed first.
pub(crate) async fn with_status(
    conn: &mut AnyConnection,
    status: Status,
) -> Result<Vec<Material>, sqlx::Error> {
    sqlx::query(&format!(
        "SELECT {COLUMNS} FROM network_materials WHERE status = $1 \
         ORDER BY updated_at DESC, id"
    ))
    .bind(status.as_str())
    .fetch_all(&mut *conn)
    .await?
    .iter()
    .map(material_of)
    .collect()
}

/// An organisation's materials, the most recently changed first.
pub(crate) async fn of_organisation(
    conn: &mut AnyConnection,
    organisation_id: &str,
) -> Result<Vec<Material>, sqlx::Error> {
    sqlx::query(&format!(
        "SELECT {COLUMNS} FROM network_materials WHERE organisation_id = $1 \
         ORDER BY updated_at DESC, id"
    ))
    .bind(organisation_id)
    .fetch_all(&mut *conn)
    .await?
    .iter()
    .map(material_of)
    .collect()
}

/// Published materials whose review day is `today` or past and that the sweep has not
/// noticed yet.
pub(crate) async fn due_unnoticed(
    conn: &mut AnyConnection,
    today: Date,
) -> Result<Vec<String>, sqlx::Error> {
    sqlx::query_scalar(
        "SELECT id FROM network_materials WHERE status = 'published' \
         AND review_due <= $1 AND review_due_noticed_at IS NULL ORDER BY review_due, id",
    )
    .bind(today.to_string())
    .fetch_all(&mut *conn)
    .await
}

/// Marks a material's review as noticed due; answers whether this call did it.
pub(crate) async fn notice_due(
    conn: &mut AnyConnection,
    id: &str,
    now_ms: i64,
) -> Result<bool, sqlx::Error> {
    let done = sqlx::query(
        "UPDATE network_materials SET review_due_noticed_at = $2 \
         WHERE id = $1 AND status = 'published' AND review_due_noticed_at IS NULL",
    )
    .bind(id)
    .bind(now_ms)
    .execute(&mut *conn)
    .await?;
    Ok(done.rows_affected() == 1)
}

pub(crate) async fn insert_review(
    conn: &mut AnyConnection,
    review: &Review,
) -> Result<(), sqlx::Error> {
    let v = &review.verdict;
    sqlx::query(
        "INSERT INTO network_reviews (id, material_id, organisation_id, reviewer_id, correct, \
         understandable, up_to_date, comment, outcome, reviewed_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)",
    )
    .bind(&review.id)
    .bind(&review.material_id)
    .bind(&review.organisation_id)
    .bind(&review.reviewer_id)
    .bind(i64::from(v.correct))
    .bind(i64::from(v.understandable))
    .bind(i64::from(v.up_to_date))
    .bind(&v.comment)
    .bind(v.outcome())
    .bind(review.reviewed_at)
    .execute(&mut *conn)
    .await?;
    Ok(())
}

/// A material's reviews, the newest first.
pub(crate) async fn reviews_of(
    conn: &mut AnyConnection,
    material_id: &str,
) -> Result<Vec<Review>, sqlx::Error> {
    let rows = sqlx::query(
        "SELECT id, material_id, organisation_id, reviewer_id, correct, understandable, \
         up_to_date, comment, outcome, reviewed_at FROM network_reviews \
         WHERE material_id = $1 ORDER BY reviewed_at DESC, id DESC",
    )
    .bind(material_id)
    .fetch_all(&mut *conn)
    .await?;
    rows.iter()
        .map(|row| {
            let flag = |column: &'static str, name: &str| -> Result<bool, sqlx::Error> {
                let stored: i64 = row.try_get(name)?;
                Ok(decode::flag(column, stored)?)
            };
            let verdict = Verdict {
                correct: flag("network_reviews.correct", "correct")?,
                understandable: flag("network_reviews.understandable", "understandable")?,
                up_to_date: flag("network_reviews.up_to_date", "up_to_date")?,
                comment: row.try_get("comment")?,
            };
            let outcome: String = row.try_get("outcome")?;
            if outcome != verdict.outcome() {
                return Err(decode::Unreadable::new("network_reviews.outcome", outcome).into());
            }
            Ok(Review {
                id: row.try_get("id")?,
                material_id: row.try_get("material_id")?,
                organisation_id: row.try_get("organisation_id")?,
                reviewer_id: row.try_get("reviewer_id")?,
                verdict,
                reviewed_at: row.try_get("reviewed_at")?,
            })
        })
        .collect()
}
