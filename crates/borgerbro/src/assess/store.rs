//! SQL for projects, their assessment versions and sign-offs. A row is decoded here,
//! once: a group, role or document this build cannot read is an error, never a default.
//! Every change to a project raises its `revision` under the condition that it is still
//! the revision the change started from, so two people editing at once never overwrite
//! each other silently: the second is told (DESIGN.md, `assess/`).

use sqlx::any::AnyRow;
use sqlx::{AnyConnection, Row};

use super::model::{Document, GroupAtRisk, SignOffRole};
use crate::db::decode::{parsed, Unreadable};

/// A project as stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProjectRow {
    pub id: String,
    pub title: String,
    pub purpose: String,
    pub affected: String,
    pub groups_at_risk: Vec<GroupAtRisk>,
    pub changes: String,
    pub analog_way: String,
    /// draft, hearing or decided.
    pub status: String,
    pub owner_id: String,
    pub created_at: i64,
    pub updated_at: i64,
    pub revision: i64,
    pub published_version: Option<i64>,
    pub published_at: Option<i64>,
    /// YYYY-MM-DD.
    pub review_on: Option<String>,
}

/// One stored version of a project's assessment.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VersionRow {
    pub id: String,
    pub project_id: String,
    pub number: i64,
    pub document: Document,
    pub author_id: String,
    pub created_at: i64,
    pub what_changed: String,
}

/// One sign-off of a version.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SignOffRow {
    pub id: String,
    pub project_id: String,
    pub version_number: i64,
    pub role: SignOffRole,
    pub person_id: String,
    pub person_name: String,
    pub comment: String,
    pub signed_at: i64,
}

/// A change that started from a revision that is no longer the project's.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Stale;

fn groups_of(text: &str) -> Result<Vec<GroupAtRisk>, Unreadable> {
    let codes: Vec<String> = serde_json::from_str(text)
        .map_err(|_| Unreadable::new("assess_projects.groups_at_risk", text))?;
    codes
        .iter()
        .map(|code| parsed("assess_projects.groups_at_risk", code, GroupAtRisk::parse))
        .collect()
}

/// The groups as stored: a JSON array of codes.
fn groups_text(groups: &[GroupAtRisk]) -> String {
    let codes: Vec<&str> = groups.iter().map(|group| group.as_str()).collect();
    serde_json::Value::from(codes).to_string()
}

fn project_of(row: &AnyRow) -> Result<ProjectRow, sqlx::Error> {
    Ok(ProjectRow {
        id: row.try_get("id")?,
        title: row.try_get("title")?,
        purpose: row.try_get("purpose")?,
        affected: row.try_get("affected")?,
        groups_at_risk: groups_of(&row.try_get::<String, _>("groups_at_risk")?)?,
        changes: row.try_get("changes")?,
        analog_way: row.try_get("analog_way")?,
        status: row.try_get("status")?,
        owner_id: row.try_get("owner_id")?,
        created_at: row.try_get("created_at")?,
        updated_at: row.try_get("updated_at")?,
        revision: row.try_get("revision")?,
        published_version: row.try_get("published_version")?,
        published_at: row.try_get("published_at")?,
        review_on: row.try_get("review_on")?,
    })
}

fn version_of(row: &AnyRow) -> Result<VersionRow, sqlx::Error> {
    let document: String = row.try_get("document")?;
    Ok(VersionRow {
        id: row.try_get("id")?,
        project_id: row.try_get("project_id")?,
        number: row.try_get("number")?,
        document: serde_json::from_str(&document)
            .map_err(|_| Unreadable::new("assess_versions.document", "(not a document)"))?,
        author_id: row.try_get("author_id")?,
        created_at: row.try_get("created_at")?,
        what_changed: row.try_get("what_changed")?,
    })
}

fn signoff_of(row: &AnyRow) -> Result<SignOffRow, sqlx::Error> {
    Ok(SignOffRow {
        id: row.try_get("id")?,
        project_id: row.try_get("project_id")?,
        version_number: row.try_get("version_number")?,
        role: parsed(
            "assess_signoffs.role",
            &row.try_get::<String, _>("role")?,
            SignOffRole::parse,
        )?,
        person_id: row.try_get("person_id")?,
        person_name: row.try_get("person_name")?,
        comment: row.try_get("comment")?,
        signed_at: row.try_get("signed_at")?,
    })
}

/// A new project, at the revision the row carries (1 for a new one); `false` when a
/// project with its id is there already (the demo's fixed ids), which is left as it is.
pub async fn insert_project(conn: &mut AnyConnection, p: &ProjectRow) -> Result<bool, sqlx::Error> {
    let done = sqlx::query(
        "INSERT INTO assess_projects (id, title, purpose, affected, groups_at_risk, changes, \
         analog_way, status, owner_id, created_at, updated_at, revision, published_version, \
         published_at, review_on) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15) \
         ON CONFLICT (id) DO NOTHING",
    )
    .bind(&p.id)
    .bind(&p.title)
    .bind(&p.purpose)
    .bind(&p.affected)
    .bind(groups_text(&p.groups_at_risk))
    .bind(&p.changes)
    .bind(&p.analog_way)
    .bind(&p.status)
    .bind(&p.owner_id)
    .bind(p.created_at)
    .bind(p.updated_at)
    .bind(p.revision)
    .bind(p.published_version)
    .bind(p.published_at)
    .bind(&p.review_on)
    .execute(conn)
    .await?;
    Ok(done.rows_affected() == 1)
}

/// The project's description and status as `p` holds them, if the project is still at
/// revision `p.revision`; the revision is raised by one. `Stale` when someone changed it
/// since (or it does not exist).
pub async fn update_project(
    conn: &mut AnyConnection,
    p: &ProjectRow,
    now: i64,
) -> Result<Result<(), Stale>, sqlx::Error> {
    let done = sqlx::query(
        "UPDATE assess_projects SET title = $3, purpose = $4, affected = $5, \
         groups_at_risk = $6, changes = $7, analog_way = $8, status = $9, updated_at = $10, \
         revision = revision + 1 WHERE id = $1 AND revision = $2",
    )
    .bind(&p.id)
    .bind(p.revision)
    .bind(&p.title)
    .bind(&p.purpose)
    .bind(&p.affected)
    .bind(groups_text(&p.groups_at_risk))
    .bind(&p.changes)
    .bind(&p.analog_way)
    .bind(&p.status)
    .bind(now)
    .execute(conn)
    .await?;
    Ok(if done.rows_affected() == 1 {
        Ok(())
    } else {
        Err(Stale)
    })
}

/// Raises the revision of a project still at `revision`: what a new version or a
/// publishing does in the same transaction, so an edit begun before it is refused.
pub async fn touch_project(
    conn: &mut AnyConnection,
    id: &str,
    revision: i64,
    now: i64,
) -> Result<Result<(), Stale>, sqlx::Error> {
    let done = sqlx::query(
        "UPDATE assess_projects SET updated_at = $3, revision = revision + 1 \
         WHERE id = $1 AND revision = $2",
    )
    .bind(id)
    .bind(revision)
    .bind(now)
    .execute(conn)
    .await?;
    Ok(if done.rows_affected() == 1 {
        Ok(())
    } else {
        Err(Stale)
    })
}

/// Every project, the most recently changed first.
pub async fn projects(conn: &mut AnyConnection) -> Result<Vec<ProjectRow>, sqlx::Error> {
    sqlx::query("SELECT * FROM assess_projects ORDER BY updated_at DESC, id")
        .fetch_all(conn)
        .await?
        .iter()
        .map(project_of)
        .collect()
}

/// The published projects, the most recently published first.
pub async fn published_projects(conn: &mut AnyConnection) -> Result<Vec<ProjectRow>, sqlx::Error> {
    sqlx::query(
        "SELECT * FROM assess_projects WHERE published_version IS NOT NULL \
         ORDER BY published_at DESC, id",
    )
    .fetch_all(conn)
    .await?
    .iter()
    .map(project_of)
    .collect()
}

pub async fn project(
    conn: &mut AnyConnection,
    id: &str,
) -> Result<Option<ProjectRow>, sqlx::Error> {
    sqlx::query("SELECT * FROM assess_projects WHERE id = $1")
        .bind(id)
        .fetch_optional(conn)
        .await?
        .as_ref()
        .map(project_of)
        .transpose()
}

/// Stores `document` as the project's next version and returns its number. Call it in
/// the transaction that raised the project's revision (`touch_project`): the revision
/// orders the writers, and the unique index on (project, number) would refuse a second
/// version with one number if anything slipped past it.
pub async fn add_version(
    conn: &mut AnyConnection,
    project_id: &str,
    document: &Document,
    author_id: &str,
    what_changed: &str,
    now: i64,
) -> Result<i64, sqlx::Error> {
    let last: Option<i64> =
        sqlx::query_scalar("SELECT MAX(number) FROM assess_versions WHERE project_id = $1")
            .bind(project_id)
            .fetch_one(&mut *conn)
            .await?;
    let number = last.unwrap_or(0) + 1;
    let json =
        serde_json::to_string(document).map_err(|error| sqlx::Error::Encode(Box::new(error)))?;
    sqlx::query(
        "INSERT INTO assess_versions (id, project_id, number, document, author_id, created_at, \
         what_changed) VALUES ($1, $2, $3, $4, $5, $6, $7)",
    )
    .bind(crate::db::new_id())
    .bind(project_id)
    .bind(number)
    .bind(json)
    .bind(author_id)
    .bind(now)
    .bind(what_changed)
    .execute(conn)
    .await?;
    Ok(number)
}

/// The project's newest version, if it has one.
pub async fn latest_version(
    conn: &mut AnyConnection,
    project_id: &str,
) -> Result<Option<VersionRow>, sqlx::Error> {
    sqlx::query("SELECT * FROM assess_versions WHERE project_id = $1 ORDER BY number DESC LIMIT 1")
        .bind(project_id)
        .fetch_optional(conn)
        .await?
        .as_ref()
        .map(version_of)
        .transpose()
}

/// Published projects whose review day has come (`review_on` on or before `today`,
/// both YYYY-MM-DD), the most overdue first.
pub async fn due_reviews(
    conn: &mut AnyConnection,
    today: &str,
) -> Result<Vec<ProjectRow>, sqlx::Error> {
    sqlx::query(
        "SELECT * FROM assess_projects WHERE published_version IS NOT NULL \
         AND review_on <= $1 ORDER BY review_on, id",
    )
    .bind(today)
    .fetch_all(conn)
    .await?
    .iter()
    .map(project_of)
    .collect()
}

/// Marks as noticed the due reviews not yet noticed for their review day, in the
/// caller's transaction; answers their projects' ids.
pub async fn claim_due_reviews(
    conn: &mut AnyConnection,
    today: &str,
) -> Result<Vec<String>, sqlx::Error> {
    let ids: Vec<(String,)> = sqlx::query_as(
        "UPDATE assess_projects SET review_noticed_on = review_on \
         WHERE published_version IS NOT NULL AND review_on <= $1 \
         AND (review_noticed_on IS NULL OR review_noticed_on <> review_on) RETURNING id",
    )
    .bind(today)
    .fetch_all(conn)
    .await?;
    Ok(ids.into_iter().map(|(id,)| id).collect())
}

/// Every version of the project, the newest first.
pub async fn versions(
    conn: &mut AnyConnection,
    project_id: &str,
) -> Result<Vec<VersionRow>, sqlx::Error> {
    sqlx::query("SELECT * FROM assess_versions WHERE project_id = $1 ORDER BY number DESC")
        .bind(project_id)
        .fetch_all(conn)
        .await?
        .iter()
        .map(version_of)
        .collect()
}

/// One version by its number.
pub async fn version(
    conn: &mut AnyConnection,
    project_id: &str,
    number: i64,
) -> Result<Option<VersionRow>, sqlx::Error> {
    sqlx::query("SELECT * FROM assess_versions WHERE project_id = $1 AND number = $2")
        .bind(project_id)
        .bind(number)
        .fetch_optional(conn)
        .await?
        .as_ref()
        .map(version_of)
        .transpose()
}

/// Records a sign-off; `false` when that role has already signed this version off.
pub async fn insert_signoff(conn: &mut AnyConnection, s: &SignOffRow) -> Result<bool, sqlx::Error> {
    let done = sqlx::query(
        "INSERT INTO assess_signoffs (id, project_id, version_number, role, person_id, \
         person_name, comment, signed_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8) \
         ON CONFLICT (project_id, version_number, role) DO NOTHING",
    )
    .bind(&s.id)
    .bind(&s.project_id)
    .bind(s.version_number)
    .bind(s.role.as_str())
    .bind(&s.person_id)
    .bind(&s.person_name)
    .bind(&s.comment)
    .bind(s.signed_at)
    .execute(conn)
    .await?;
    Ok(done.rows_affected() == 1)
}

/// The sign-offs of one version, in the order they were given.
pub async fn signoffs(
    conn: &mut AnyConnection,
    project_id: &str,
    version_number: i64,
) -> Result<Vec<SignOffRow>, sqlx::Error> {
    sqlx::query(
        "SELECT * FROM assess_signoffs WHERE project_id = $1 AND version_number = $2 \
         ORDER BY signed_at, id",
    )
    .bind(project_id)
    .bind(version_number)
    .fetch_all(conn)
    .await?
    .iter()
    .map(signoff_of)
    .collect()
}

/// Publishes `version` of a project still at `revision`, raising the revision; `Stale`
/// when it changed since. The caller has checked `model::may_publish` in the same
/// transaction.
pub async fn publish(
    conn: &mut AnyConnection,
    id: &str,
    revision: i64,
    version: i64,
    now: i64,
    review_on: &str,
) -> Result<Result<(), Stale>, sqlx::Error> {
    let done = sqlx::query(
        "UPDATE assess_projects SET published_version = $3, published_at = $4, \
         review_on = $5, updated_at = $4, revision = revision + 1 \
         WHERE id = $1 AND revision = $2",
    )
    .bind(id)
    .bind(revision)
    .bind(version)
    .bind(now)
    .bind(review_on)
    .execute(conn)
    .await?;
    Ok(if done.rows_affected() == 1 {
        Ok(())
    } else {
        Err(Stale)
    })
}
