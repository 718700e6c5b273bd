//! The hearing report for anyone: `/hoeringer/{id}/rapport.json`, every answer shown
//! after moderation with the project's response. It holds what the public page shows and
//! no more: never an e-mail address, never an answer still held.

use axum::extract::{Path, State};
use axum::Json;
use serde::Serialize;

use crate::state::AppState;
use crate::web::AppError;

#[derive(Serialize)]
pub(crate) struct Report {
    id: String,
    project: String,
    summary: String,
    /// The last day to answer.
    deadline: String,
    closed: bool,
    answers: Vec<ReportAnswer>,
}

#[derive(Serialize)]
pub(crate) struct ReportAnswer {
    id: String,
    name: Option<String>,
    organisation: Option<String>,
    text: String,
    /// RFC 3339, UTC.
    received_at: String,
    /// What moderation edited out, when it did.
    moderation_note: Option<String>,
    /// `followed` or `not_followed`, when the project has responded.
    response: Option<&'static str>,
    /// How, or why not.
    response_text: Option<String>,
}

/// `/hoeringer/{id}/rapport.json`.
pub(crate) async fn json(
    State(state): State<AppState>,
    Path(id): Path<String>,
) -> Result<Json<Report>, AppError> {
    let hearing = super::hearing(&state.db, &id)
        .await?
        .ok_or(AppError::NotFound)?;
    let answers = super::answers(&state.db, &id)
        .await?
        .into_iter()
        .filter(|a| a.approved)
        .map(|a| {
            let (response, response_text) = match a.response {
                Some((reply, text)) => (Some(reply.as_str()), Some(text)),
                None => (None, None),
            };
            ReportAnswer {
                received_at: jiff::Timestamp::from_millisecond(a.received_at)
                    .unwrap_or_default()
                    .to_string(),
                id: a.id,
                name: a.name,
                organisation: a.organisation,
                text: a.text,
                moderation_note: a.moderation_note,
                response,
                response_text,
            }
        })
        .collect();
    Ok(Json(Report {
        closed: !hearing.is_open(state.clock.now_ms()),
        deadline: hearing.deadline.to_string(),
        id: hearing.id,
        project: hearing.project_title,
        summary: hearing.summary,
        answers,
    }))
}
