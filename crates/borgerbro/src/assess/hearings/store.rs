//! SQL for hearings: `assess_hearings` and `assess_hearing_answers` (migration 0111).

use sqlx::any::AnyRow;
use sqlx::{AnyConnection, Row};

use super::model::{Moderated, NewAnswer, NewHearing, Response};
use crate::db::decode;

/// A hearing, with its project's title.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Hearing {
    pub id: String,
    pub project_id: String,
    pub project_title: String,
    pub summary: String,
    pub deadline: jiff::civil::Date,
    pub closes_at: i64,
}

impl Hearing {
    pub(crate) fn is_open(&self, now_ms: i64) -> bool {
        now_ms < self.closes_at
    }
}

/// One answer to a hearing.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct HearingAnswer {
    pub id: String,
    pub name: Option<String>,
    pub organisation: Option<String>,
    pub email: Option<String>,
    pub text: String,
    pub received_at: i64,
    pub approved: bool,
    pub moderation_note: Option<String>,
    pub response: Option<(Response, String)>,
}

const HEARING: &str = "SELECT h.id, h.project_id, p.title, h.summary, h.deadline, h.closes_at \
     FROM assess_hearings h JOIN assess_projects p ON p.id = h.project_id";

fn hearing_of(row: &AnyRow) -> Result<Hearing, sqlx::Error> {
    let deadline: String = row.try_get("deadline")?;
    Ok(Hearing {
        id: row.try_get("id")?,
        project_id: row.try_get("project_id")?,
        project_title: row.try_get("title")?,
        summary: row.try_get("summary")?,
        deadline: decode::parsed("assess_hearings.deadline", &deadline, |t| t.parse().ok())?,
        closes_at: row.try_get("closes_at")?,
    })
}

/// Every hearing, the latest deadline first.
pub(crate) async fn all(conn: &mut AnyConnection) -> Result<Vec<Hearing>, sqlx::Error> {
    sqlx::query(&format!("{HEARING} ORDER BY h.closes_at DESC, h.id"))
        .fetch_all(&mut *conn)
        .await?
        .iter()
        .map(hearing_of)
        .collect()
}

pub(crate) async fn get(
    conn: &mut AnyConnection,
    id: &str,
) -> Result<Option<Hearing>, sqlx::Error> {
    sqlx::query(&format!("{HEARING} WHERE h.id = $1"))
        .bind(id)
        .fetch_optional(&mut *conn)
        .await?
        .as_ref()
        .map(hearing_of)
        .transpose()
}

/// A project's hearings, the latest deadline first.
pub(crate) async fn of_project(
    conn: &mut AnyConnection,
    project_id: &str,
) -> Result<Vec<Hearing>, sqlx::Error> {
    sqlx::query(&format!(
        "{HEARING} WHERE h.project_id = $1 ORDER BY h.closes_at DESC, h.id"
    ))
    .bind(project_id)
    .fetch_all(&mut *conn)
    .await?
    .iter()
    .map(hearing_of)
    .collect()
}

pub(crate) async fn insert(
    conn: &mut AnyConnection,
    id: &str,
    project_id: &str,
    hearing: &NewHearing,
    by: &str,
    at: i64,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "INSERT INTO assess_hearings (id, project_id, summary, deadline, closes_at, opened_by, \
         opened_at) VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (id) DO NOTHING",
    )
    .bind(id)
    .bind(project_id)
    .bind(&hearing.summary)
    .bind(hearing.deadline.to_string())
    .bind(hearing.closes_at)
    .bind(by)
    .bind(at)
    .execute(&mut *conn)
    .await?;
    Ok(())
}

fn answer_of(row: &AnyRow) -> Result<HearingAnswer, sqlx::Error> {
    let status: String = row.try_get("status")?;
    let response: Option<String> = row.try_get("response")?;
    let response = match response {
        None => None,
        Some(code) => Some((
            decode::parsed("assess_hearing_answers.response", &code, Response::parse)?,
            row.try_get::<Option<String>, _>("response_text")?
                .unwrap_or_default(),
        )),
    };
    Ok(HearingAnswer {
        id: row.try_get("id")?,
        name: row.try_get("name")?,
        organisation: row.try_get("organisation")?,
        email: row.try_get("email")?,
        text: row.try_get("text")?,
        received_at: row.try_get("received_at")?,
        approved: decode::parsed("assess_hearing_answers.status", &status, |s| match s {
            "held" => Some(false),
            "approved" => Some(true),
            _ => None,
        })?,
        moderation_note: row.try_get("moderation_note")?,
        response,
    })
}

/// A hearing's answers in the order they came.
pub(crate) async fn answers(
    conn: &mut AnyConnection,
    hearing_id: &str,
) -> Result<Vec<HearingAnswer>, sqlx::Error> {
    sqlx::query(
        "SELECT id, name, organisation, email, text, received_at, status, moderation_note, \
         response, response_text FROM assess_hearing_answers WHERE hearing_id = $1 \
         ORDER BY received_at, id",
    )
    .bind(hearing_id)
    .fetch_all(&mut *conn)
    .await?
    .iter()
    .map(answer_of)
    .collect()
}

pub(crate) async fn insert_answer(
    conn: &mut AnyConnection,
    id: &str,
    hearing_id: &str,
    answer: &NewAnswer,
    at: i64,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "INSERT INTO assess_hearing_answers (id, hearing_id, person_id, name, organisation, \
         email, text, received_at, status) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, 'held') \
         ON CONFLICT (id) DO NOTHING",
    )
    .bind(id)
    .bind(hearing_id)
    .bind(answer.person_id.as_deref())
    .bind(answer.name.as_deref())
    .bind(answer.organisation.as_deref())
    .bind(answer.email.as_deref())
    .bind(&answer.text)
    .bind(at)
    .execute(&mut *conn)
    .await?;
    Ok(())
}

/// Approves a held answer with the moderated text; false when it was not held.
pub(crate) async fn approve(
    conn: &mut AnyConnection,
    hearing_id: &str,
    answer_id: &str,
    moderated: &Moderated,
    by: &str,
    at: i64,
) -> Result<bool, sqlx::Error> {
    let done = sqlx::query(
        "UPDATE assess_hearing_answers SET status = 'approved', text = $1, \
         moderation_note = $2, moderated_by = $3, moderated_at = $4 \
         WHERE id = $5 AND hearing_id = $6 AND status = 'held'",
    )
    .bind(&moderated.text)
    .bind(moderated.note.as_deref())
    .bind(by)
    .bind(at)
    .bind(answer_id)
    .bind(hearing_id)
    .execute(&mut *conn)
    .await?;
    Ok(done.rows_affected() == 1)
}

/// Records the project's response to an approved answer; false when it is not approved.
pub(crate) async fn respond(
    conn: &mut AnyConnection,
    hearing_id: &str,
    answer_id: &str,
    response: Response,
    text: &str,
    by: &str,
    at: i64,
) -> Result<bool, sqlx::Error> {
    let done = sqlx::query(
        "UPDATE assess_hearing_answers SET response = $1, response_text = $2, \
         responded_by = $3, responded_at = $4 \
         WHERE id = $5 AND hearing_id = $6 AND status = 'approved'",
    )
    .bind(response.as_str())
    .bind(text)
    .bind(by)
    .bind(at)
    .bind(answer_id)
    .bind(hearing_id)
    .execute(&mut *conn)
    .await?;
    Ok(done.rows_affected() == 1)
}
