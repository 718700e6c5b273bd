//! SQL for business cases: the draft and its versions.

use sqlx::{AnyConnection, Row};

use super::model::CaseDocument;
use crate::db::decode::Unreadable;

/// The draft a project owner is writing.
#[derive(Debug, Clone, PartialEq)]
pub struct Draft {
    pub document: CaseDocument,
    pub draws: u32,
    pub seed: u64,
    pub revision: i64,
    pub updated_at: i64,
}

/// One version of a case: the case, its simulation, and what changed and why.
#[derive(Debug, Clone, PartialEq)]
pub struct CaseVersion {
    pub number: i64,
    pub document: CaseDocument,
    pub draws: u32,
    pub seed: u64,
    pub outcome: businesscase::Outcome,
    pub what_changed: String,
    pub made_by: String,
    pub made_at: i64,
    pub published_at: Option<i64>,
}

fn json<T: serde::de::DeserializeOwned>(
    row: &sqlx::any::AnyRow,
    column: &'static str,
) -> Result<T, sqlx::Error> {
    let text: String = row.try_get(column)?;
    serde_json::from_str(&text).map_err(|_| Unreadable::new(column, "unreadable JSON").into())
}

fn whole<T: TryFrom<i64>>(row: &sqlx::any::AnyRow, column: &'static str) -> Result<T, sqlx::Error> {
    let value: i64 = row.try_get(column)?;
    T::try_from(value).map_err(|_| Unreadable::new(column, value).into())
}

fn encode(value: &impl serde::Serialize) -> Result<String, sqlx::Error> {
    serde_json::to_string(value).map_err(|e| sqlx::Error::Encode(Box::new(e)))
}

pub(crate) async fn draft(
    conn: &mut AnyConnection,
    project_id: &str,
) -> Result<Option<Draft>, sqlx::Error> {
    let Some(row) = sqlx::query(
        "SELECT draft, draws, seed, revision, updated_at FROM assess_cases WHERE project_id = $1",
    )
    .bind(project_id)
    .fetch_optional(&mut *conn)
    .await?
    else {
        return Ok(None);
    };
    Ok(Some(Draft {
        document: json(&row, "draft")?,
        draws: whole(&row, "draws")?,
        seed: whole(&row, "seed")?,
        revision: row.try_get("revision")?,
        updated_at: row.try_get("updated_at")?,
    }))
}

/// Stores the draft if it is still at `revision` (a new draft at revision 0); answers
/// whether it was.
pub(crate) async fn save_draft(
    conn: &mut AnyConnection,
    project_id: &str,
    draft: &Draft,
    by: &str,
    now: i64,
) -> Result<bool, sqlx::Error> {
    let document = encode(&draft.document)?;
    let seed = i64::try_from(draft.seed).map_err(|e| sqlx::Error::Encode(Box::new(e)))?;
    let done = if draft.revision == 0 {
        sqlx::query(
            "INSERT INTO assess_cases (project_id, draft, draws, seed, revision, updated_by, updated_at) \
             VALUES ($1, $2, $3, $4, 1, $5, $6) ON CONFLICT (project_id) DO NOTHING",
        )
        .bind(project_id)
        .bind(document)
        .bind(i64::from(draft.draws))
        .bind(seed)
        .bind(by)
        .bind(now)
        .execute(&mut *conn)
        .await?
    } else {
        sqlx::query(
            "UPDATE assess_cases SET draft = $2, draws = $3, seed = $4, revision = revision + 1, \
             updated_by = $5, updated_at = $6 WHERE project_id = $1 AND revision = $7",
        )
        .bind(project_id)
        .bind(document)
        .bind(i64::from(draft.draws))
        .bind(seed)
        .bind(by)
        .bind(now)
        .bind(draft.revision)
        .execute(&mut *conn)
        .await?
    };
    Ok(done.rows_affected() == 1)
}

fn version_of(row: &sqlx::any::AnyRow) -> Result<CaseVersion, sqlx::Error> {
    Ok(CaseVersion {
        number: row.try_get("number")?,
        document: json(row, "document")?,
        draws: whole(row, "draws")?,
        seed: whole(row, "seed")?,
        outcome: json(row, "outcome")?,
        what_changed: row.try_get("what_changed")?,
        made_by: row.try_get("made_by")?,
        made_at: row.try_get("made_at")?,
        published_at: row.try_get("published_at")?,
    })
}

/// Every version of a project's case, the first first.
pub(crate) async fn versions(
    conn: &mut AnyConnection,
    project_id: &str,
) -> Result<Vec<CaseVersion>, sqlx::Error> {
    sqlx::query(
        "SELECT number, document, draws, seed, outcome, what_changed, made_by, made_at, published_at \
         FROM assess_case_versions WHERE project_id = $1 ORDER BY number",
    )
    .bind(project_id)
    .fetch_all(&mut *conn)
    .await?
    .iter()
    .map(version_of)
    .collect()
}

/// Adds the next version; answers its number.
pub(crate) async fn add_version(
    conn: &mut AnyConnection,
    project_id: &str,
    version: &CaseVersion,
) -> Result<i64, sqlx::Error> {
    let next: i64 = sqlx::query(
        "SELECT COALESCE(MAX(number), 0) + 1 AS next FROM assess_case_versions WHERE project_id = $1",
    )
    .bind(project_id)
    .fetch_one(&mut *conn)
    .await?
    .try_get("next")?;
    let seed = i64::try_from(version.seed).map_err(|e| sqlx::Error::Encode(Box::new(e)))?;
    sqlx::query(
        "INSERT INTO assess_case_versions (project_id, number, document, draws, seed, outcome, \
         what_changed, made_by, made_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)",
    )
    .bind(project_id)
    .bind(next)
    .bind(encode(&version.document)?)
    .bind(i64::from(version.draws))
    .bind(seed)
    .bind(encode(&version.outcome)?)
    .bind(&version.what_changed)
    .bind(&version.made_by)
    .bind(version.made_at)
    .execute(&mut *conn)
    .await?;
    Ok(next)
}

/// Publishes the newest version; answers its number, or `None` when there is none.
pub(crate) async fn publish_newest(
    conn: &mut AnyConnection,
    project_id: &str,
    now: i64,
) -> Result<Option<i64>, sqlx::Error> {
    let newest: Option<i64> =
        sqlx::query("SELECT MAX(number) AS newest FROM assess_case_versions WHERE project_id = $1")
            .bind(project_id)
            .fetch_one(&mut *conn)
            .await?
            .try_get("newest")?;
    let Some(number) = newest else {
        return Ok(None);
    };
    sqlx::query(
        "UPDATE assess_case_versions SET published_at = $3 \
         WHERE project_id = $1 AND number = $2 AND published_at IS NULL",
    )
    .bind(project_id)
    .bind(number)
    .bind(now)
    .execute(&mut *conn)
    .await?;
    Ok(Some(number))
}
