//! The hearings for other systems, without a key: `GET /api/v1/hearings` and
//! `POST /api/v1/hearings/{id}/responses`. An answer through the API is checked by the
//! same `AnswerDraft::check` as the form, counted against the same limit per client and
//! held for moderation the same way.

use axum::extract::rejection::JsonRejection;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::Json;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use super::model::{AnswerDraft, MAX_LINE, MAX_TEXT};
use super::{AnswerRefused, Hearing};
use crate::state::AppState;
use crate::web::client::ClientAddr;
use crate::web::openapi::{self, Blank};
use crate::web::AppError;

#[derive(Serialize, ToSchema)]
#[serde(rename_all = "lowercase")]
pub(crate) enum HearingStatus {
    Open,
    Closed,
}

#[derive(Serialize, ToSchema)]
pub(crate) struct HearingResponse {
    id: String,
    /// The project's title.
    project: String,
    status: HearingStatus,
    /// The last day to answer; the hearing closes when it ends in Denmark.
    #[schema(value_type = String, format = Date)]
    deadline: String,
    /// The hearing's page for people.
    url: String,
}

fn hearing_response(hearing: Hearing, now_ms: i64) -> HearingResponse {
    HearingResponse {
        status: if hearing.is_open(now_ms) {
            HearingStatus::Open
        } else {
            HearingStatus::Closed
        },
        url: format!("/hoeringer/{}", hearing.id),
        deadline: hearing.deadline.to_string(),
        project: hearing.project_title,
        id: hearing.id,
    }
}

/// Every hearing, the latest deadline first.
#[utoipa::path(
    get,
    path = "/api/v1/hearings",
    tag = "hearings",
    responses(
        (status = 200, description = "Every hearing, open or closed, the latest deadline first", body = [HearingResponse])
    )
)]
pub(crate) async fn list_hearings(
    State(state): State<AppState>,
) -> Result<Json<Vec<HearingResponse>>, AppError> {
    let now = state.clock.now_ms();
    let hearings = super::all(&state.db).await?;
    Ok(Json(
        hearings
            .into_iter()
            .map(|h| hearing_response(h, now))
            .collect(),
    ))
}

#[derive(Deserialize, ToSchema)]
pub(crate) struct HearingAnswerRequest {
    /// Left out to answer without a name.
    #[schema(schema_with = optional_line_schema)]
    name: Option<String>,
    #[schema(schema_with = optional_line_schema)]
    organisation: Option<String>,
    /// Never shown; only for the project to write back.
    #[schema(schema_with = optional_line_schema)]
    email: Option<String>,
    /// 1 to 20,000 characters.
    #[schema(schema_with = answer_text_schema)]
    text: String,
}

/// A name, organisation or e-mail address as `AnswerDraft::check` takes it.
fn optional_line_schema() -> utoipa::openapi::Object {
    openapi::or_null(openapi::line(MAX_LINE, Blank::Allowed))
}

/// The answer's text as `model::answer_text` takes it.
fn answer_text_schema() -> utoipa::openapi::Object {
    openapi::text(MAX_TEXT, Blank::Refused)
}

#[derive(Serialize, ToSchema)]
#[serde(rename_all = "lowercase")]
pub(crate) enum HearingAnswerStatus {
    /// Held until the project owner has moderated it.
    Held,
}

#[derive(Serialize, ToSchema)]
pub(crate) struct HearingAnswerResponse {
    id: String,
    status: HearingAnswerStatus,
}

/// Sends an answer to an open hearing; it is shown once moderated.
#[utoipa::path(
    post,
    path = "/api/v1/hearings/{id}/responses",
    tag = "hearings",
    params(("id" = String, Path, format = Uuid, description = "The hearing's id")),
    request_body = HearingAnswerRequest,
    responses(
        (status = 202, description = "Held for moderation", body = HearingAnswerResponse),
        (status = 400, description = "Not JSON of the documented shape", content_type = "application/problem+json"),
        (status = 404, description = "No such hearing", content_type = "application/problem+json"),
        (status = 409, description = "The hearing's deadline has passed", content_type = "application/problem+json"),
        (status = 422, description = "An empty text or one longer than 20,000 characters, a line longer than 200 or an e-mail address that cannot be one", content_type = "application/problem+json"),
        (status = 429, description = "Too many answers from this client in the hour (Retry-After)", content_type = "application/problem+json")
    )
)]
pub(crate) async fn send_answer(
    State(state): State<AppState>,
    client: ClientAddr,
    Path(id): Path<String>,
    request: Result<Json<HearingAnswerRequest>, JsonRejection>,
) -> Result<(StatusCode, Json<HearingAnswerResponse>), AppError> {
    let Json(request) = request.map_err(|_| AppError::BadRequest("hearings-api-bad-json"))?;
    let draft = AnswerDraft {
        name: request.name.unwrap_or_default(),
        organisation: request.organisation.unwrap_or_default(),
        email: request.email.unwrap_or_default(),
        text: request.text,
    };
    // A system has no logged-in citizen to answer in their own name.
    let answer = draft.check(None).map_err(AppError::Invalid)?;
    state.limits.hearing.spend(&client.0)?;
    match super::answer(&state.db, &state.clock, &id, &answer).await? {
        Ok(id) => Ok((
            StatusCode::ACCEPTED,
            Json(HearingAnswerResponse {
                id,
                status: HearingAnswerStatus::Held,
            }),
        )),
        Err(AnswerRefused::UnknownHearing) => Err(AppError::NotFound),
        Err(AnswerRefused::Closed) => Err(AppError::Conflict("hearings-api-closed")),
    }
}
