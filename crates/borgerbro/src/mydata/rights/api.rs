//! The API of a citizen's rights over their data, for the authority's other systems (its
//! case system registers a request that came by letter; a self-service answers a note):
//! notes of disagreement and requests under the data protection rules.

use crate::web::openapi::{self, Blank};
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::Json;
use jiff::civil::Date;
use jiff::Timestamp;
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};

use super::model::{Channel, Kind, Outcome, Record, Status};
use super::{NewRequest, Note, Request, RightsError};
use crate::audit::{self, NewEntry};
use crate::auth::{self, ApiClient};
use crate::forms::FormErrors;
use crate::idempotency::Made;
use crate::state::AppState;
use crate::web::idempotency::IdempotentJson;
use crate::web::AppError;

impl From<RightsError> for AppError {
    fn from(error: RightsError) -> Self {
        match error {
            RightsError::Invalid(errors) => AppError::Invalid(errors),
            RightsError::NotFound => AppError::NotFound,
            RightsError::Answered => AppError::Conflict("rights-error-answered"),
            RightsError::Idempotency(error) => error.into(),
            RightsError::Database(error) => error.into(),
            RightsError::Letter(error) => error.into(),
        }
    }
}

pub(super) fn rfc3339(ms: i64) -> String {
    Timestamp::from_millisecond(ms)
        .map(|t| t.to_string())
        .unwrap_or_default()
}

/// The record a note is on.
#[derive(Serialize, Deserialize, ToSchema)]
pub(crate) struct RecordRef {
    /// person (the citizen's person data), letter or booking.
    #[schema(schema_with = record_kind_schema)]
    kind: String,
    /// The letter's or booking's id; left out for the person data.
    #[schema(format = Uuid, pattern = "^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$", nullable)]
    id: Option<String>,
}

#[derive(Deserialize, ToSchema)]
pub(crate) struct NewNoteRequest {
    record: RecordRef,
    /// What is wrong or misleading, in the citizen's words; not empty.
    #[schema(schema_with = required_text_schema)]
    text: String,
}

#[derive(Serialize, ToSchema)]
pub(crate) struct NoteAnswerResponse {
    outcome: Outcome,
    text: String,
    /// RFC 3339, UTC.
    at: String,
}

#[derive(Serialize, ToSchema)]
pub struct NoteResponse {
    id: String,
    record: RecordRef,
    text: String,
    /// RFC 3339, UTC.
    written_at: String,
    /// Staff's answer, once given.
    answer: Option<NoteAnswerResponse>,
}

pub(crate) fn note_response(note: &Note) -> NoteResponse {
    NoteResponse {
        id: note.id.clone(),
        record: RecordRef {
            kind: note.record.kind().into(),
            id: match &note.record {
                Record::Person => None,
                Record::Letter(id) | Record::Booking(id) => Some(id.clone()),
            },
        },
        text: note.text.clone(),
        written_at: rfc3339(note.written_at),
        answer: note.answer.as_ref().map(|a| NoteAnswerResponse {
            outcome: a.outcome,
            text: a.text.clone(),
            at: rfc3339(a.at),
        }),
    }
}

/// 201 for what a call made, 200 for a retry with the same `Idempotency-Key`.
fn made_status<T>(made: &Made<T>) -> StatusCode {
    match made {
        Made::New(_) => StatusCode::CREATED,
        Made::Repeat(_) => StatusCode::OK,
    }
}

/// The person the path names, or 404.
async fn known_person(state: &AppState, id: &str) -> Result<(), AppError> {
    match auth::user(&state.db.pool, id).await? {
        Some(_) => Ok(()),
        None => Err(AppError::NotFound),
    }
}

#[utoipa::path(
    post,
    path = "/api/v1/people/{id}/notes",
    tag = "mydata",
    security(("api_key" = [])),
    params(
        ("id" = String, Path, format = Uuid, description = "The citizen's person id"),
        ("Idempotency-Key" = Option<String>, Header, description = "The same key and body again answer with the note the first call wrote (200), and write nothing more")
    ),
    request_body = NewNoteRequest,
    responses(
        (status = 201, description = "Written; staff who open the record see it", body = NoteResponse),
        (status = 200, description = "A retry with the same Idempotency-Key: the note the first call wrote", body = NoteResponse),
        (status = 409, description = "The Idempotency-Key was used for another request, or a request with it is still being handled (Retry-After)", content_type = "application/problem+json"),
        (status = 404, description = "No such person", content_type = "application/problem+json"),
        (status = 422, description = "An empty or too long note, an unknown kind of record, or a letter or booking that is not this person's", content_type = "application/problem+json")
    )
)]
pub async fn write_note(
    State(state): State<AppState>,
    Path(id): Path<String>,
    IdempotentJson {
        client,
        body: request,
        idempotency,
    }: IdempotentJson<NewNoteRequest>,
) -> Result<(StatusCode, Json<NoteResponse>), AppError> {
    known_person(&state, &id).await?;
    let Some(record) = Record::parse_sent(&request.record.kind, request.record.id.as_deref())
    else {
        let mut errors = FormErrors::default();
        errors.add("record", "rights-error-record-unknown");
        return Err(AppError::Invalid(errors));
    };
    let note = super::write_note(
        &state.db,
        &state.clock,
        &id,
        record,
        &request.text,
        client.actor(),
        idempotency.as_ref(),
    )
    .await?;
    Ok((made_status(&note), Json(note_response(note.inner()))))
}

#[utoipa::path(
    get,
    path = "/api/v1/people/{id}/notes",
    tag = "mydata",
    security(("api_key" = [])),
    params(("id" = String, Path, format = Uuid, description = "The citizen's person id")),
    responses(
        (status = 200, description = "The citizen's notes with staff's answers, newest first", body = [NoteResponse]),
        (status = 404, description = "No such person", content_type = "application/problem+json")
    )
)]
pub(crate) async fn notes(
    State(state): State<AppState>,
    Path(id): Path<String>,
    client: ApiClient,
) -> Result<Json<Vec<NoteResponse>>, AppError> {
    known_person(&state, &id).await?;
    audit::record(
        &state.db,
        &state.clock,
        NewEntry::new(client.actor(), "mydata.note.list").subject(&id),
    )
    .await?;
    let notes = super::notes_of(&state.db, &id).await?;
    Ok(Json(notes.iter().map(note_response).collect()))
}

#[derive(Deserialize, ToSchema)]
pub(crate) struct NewRequestRequest {
    /// access, rectification, erasure, restriction, objection or portability.
    #[schema(value_type = Kind)]
    kind: String,
    /// What the citizen asks for, in their words.
    #[schema(schema_with = required_text_schema)]
    text: String,
    /// When it reached the authority: RFC 3339, or a day (YYYY-MM-DD); now when left
    /// out. Never in the future.
    #[schema(
        pattern = "^[0-9]{4}-[0-9]{2}-[0-9]{2}([Tt].+)?$",
        max_length = 64,
        nullable
    )]
    received_at: Option<String>,
    /// online, helper, front_desk, phone, letter or system (the default).
    #[schema(value_type = Option<Channel>)]
    channel: Option<String>,
}

#[derive(Serialize, ToSchema)]
pub(crate) struct RequestResponse {
    id: String,
    person: String,
    kind: Kind,
    status: Status,
    channel: Channel,
    text: String,
    /// RFC 3339, UTC.
    received_at: String,
    /// The day the answer is due (YYYY-MM-DD): one month after receipt, or the day it
    /// was extended to.
    due: String,
    extension_reason: Option<String>,
    answer: Option<String>,
    /// What the system itself did (an erasure), as the answer letter says it.
    carried_out: Option<String>,
    answered_at: Option<String>,
}

pub(crate) fn request_response(request: &Request, today: Date) -> RequestResponse {
    RequestResponse {
        id: request.id.clone(),
        person: request.person_id.clone(),
        kind: request.kind,
        status: Status::of(request.answered_at.is_some(), request.due_on, today),
        channel: request.channel,
        text: request.text.clone(),
        received_at: rfc3339(request.received_at),
        due: request.due_on.to_string(),
        extension_reason: request.extension_reason.clone(),
        answer: request.answer.clone(),
        carried_out: request.carried_out.clone(),
        answered_at: request.answered_at.map(rfc3339),
    }
}

/// A time as RFC 3339, or a Danish day taken as its noon (so it stays that day in UTC).
fn received_at(text: &str) -> Option<i64> {
    if let Ok(at) = text.parse::<Timestamp>() {
        return Some(at.as_millisecond());
    }
    let day: Date = text.parse().ok()?;
    let tz = jiff::tz::TimeZone::get("Europe/Copenhagen").ok()?;
    Some(
        day.at(12, 0, 0, 0)
            .to_zoned(tz)
            .ok()?
            .timestamp()
            .as_millisecond(),
    )
}

#[utoipa::path(
    post,
    path = "/api/v1/people/{id}/requests",
    tag = "mydata",
    security(("api_key" = [])),
    params(
        ("id" = String, Path, format = Uuid, description = "The citizen's person id"),
        ("Idempotency-Key" = Option<String>, Header, description = "The same key and body again answer with the request the first call made (200), and send no second letter")
    ),
    request_body = NewRequestRequest,
    responses(
        (status = 201, description = "Registered, due one month after receipt; the citizen gets a letter saying so", body = RequestResponse),
        (status = 200, description = "A retry with the same Idempotency-Key: the request the first call made, as it stands now", body = RequestResponse),
        (status = 409, description = "The Idempotency-Key was used for another request, or a request with it is still being handled (Retry-After)", content_type = "application/problem+json"),
        (status = 404, description = "No such person", content_type = "application/problem+json"),
        (status = 422, description = "An unknown kind or channel, an empty text, or a time of receipt that cannot be read or is in the future", content_type = "application/problem+json")
    )
)]
pub async fn make_request(
    State(state): State<AppState>,
    Path(id): Path<String>,
    IdempotentJson {
        client,
        body: request,
        idempotency,
    }: IdempotentJson<NewRequestRequest>,
) -> Result<(StatusCode, Json<RequestResponse>), AppError> {
    known_person(&state, &id).await?;
    let mut errors = FormErrors::default();
    let kind = Kind::parse(&request.kind);
    if kind.is_none() {
        errors.add("kind", "rights-error-kind");
    }
    let channel = match request.channel.as_deref() {
        None => Some(Channel::System),
        Some(text) => Channel::parse(text),
    };
    if channel.is_none() {
        errors.add("channel", "rights-error-channel");
    }
    let at = match request.received_at.as_deref() {
        None => Some(None),
        Some(text) => received_at(text).map(Some),
    };
    if at.is_none() {
        errors.add("received_at", "rights-error-received-unreadable");
    }
    let (Some(kind), Some(channel), Some(received_at), true) =
        (kind, channel, at, errors.is_empty())
    else {
        return Err(AppError::Invalid(errors));
    };
    let made = super::make_request(
        &state.db,
        &state.clock,
        &state.authority.post,
        NewRequest {
            person_id: id,
            kind,
            text: request.text,
            channel,
            received_at,
        },
        client.actor(),
        idempotency.as_ref(),
    )
    .await?;
    Ok((
        made_status(&made),
        Json(request_response(made.inner(), state.clock.today())),
    ))
}

#[derive(Deserialize, IntoParams)]
pub(crate) struct RequestsQuery {
    /// open (not answered, not past due), overdue or answered.
    #[param(value_type = Status, inline)]
    status: String,
}

#[utoipa::path(
    get,
    path = "/api/v1/requests",
    tag = "mydata",
    security(("api_key" = [])),
    params(RequestsQuery),
    responses(
        (status = 200, description = "The requests of that status: open and overdue soonest due first, the latest 200 answered newest first", body = [RequestResponse]),
        (status = 422, description = "An unknown status", content_type = "application/problem+json")
    )
)]
pub(crate) async fn requests(
    State(state): State<AppState>,
    _client: ApiClient,
    Query(query): Query<RequestsQuery>,
) -> Result<Json<Vec<RequestResponse>>, AppError> {
    let Some(status) = Status::parse(&query.status) else {
        let mut errors = FormErrors::default();
        errors.add("status", "rights-error-status");
        return Err(AppError::Invalid(errors));
    };
    let today = state.clock.today();
    let found = super::requests_by_status(&state.db, &state.clock, status).await?;
    Ok(Json(
        found.iter().map(|r| request_response(r, today)).collect(),
    ))
}

/// Either an extension (`extend_to` with `reason`) or an answer (`answer`).
#[derive(Deserialize, ToSchema)]
pub(crate) struct ChangeRequestRequest {
    /// The new due day (YYYY-MM-DD), at most three months after receipt.
    #[schema(format = Date, pattern = "^[0-9]{4}-[0-9]{2}-[0-9]{2}$", nullable)]
    extend_to: Option<String>,
    /// Why more time is needed; the citizen is told it in a letter. Needed with
    /// `extend_to`.
    #[schema(schema_with = optional_text_schema)]
    reason: Option<String>,
    /// The answer; the citizen gets it as a letter.
    #[schema(schema_with = optional_text_schema)]
    answer: Option<String>,
    /// For an erasure: carry it out (erase what can be erased) with the answer.
    #[serde(default)]
    carry_out: bool,
}

#[utoipa::path(
    patch,
    path = "/api/v1/requests/{id}",
    tag = "mydata",
    security(("api_key" = [])),
    params(("id" = String, Path, format = Uuid, description = "The request's id")),
    request_body = ChangeRequestRequest,
    responses(
        (status = 200, description = "Extended or answered; the citizen gets a letter", body = RequestResponse),
        (status = 404, description = "No such request", content_type = "application/problem+json"),
        (status = 409, description = "Answered already", content_type = "application/problem+json"),
        (status = 422, description = "An extension without a reason, past three months after receipt or not later than now; an empty answer; neither or both", content_type = "application/problem+json")
    )
)]
pub(crate) async fn change_request(
    State(state): State<AppState>,
    Path(id): Path<String>,
    client: ApiClient,
    Json(change): Json<ChangeRequestRequest>,
) -> Result<Json<RequestResponse>, AppError> {
    let (db, clock, policy) = (&state.db, &state.clock, &state.authority.post);
    let changed = match (change.extend_to, change.answer) {
        (Some(extend_to), None) => {
            let Ok(day) = extend_to.parse::<Date>() else {
                let mut errors = FormErrors::default();
                errors.add("extend_to", "rights-error-day");
                return Err(AppError::Invalid(errors));
            };
            let reason = change.reason.unwrap_or_default();
            super::extend_request(db, clock, policy, &id, day, &reason, client.actor()).await?
        }
        (None, Some(answer)) => {
            super::answer_request(
                db,
                clock,
                policy,
                &id,
                &answer,
                change.carry_out,
                client.actor(),
            )
            .await?
        }
        _ => {
            let mut errors = FormErrors::default();
            errors.add("answer", "rights-error-change");
            return Err(AppError::Invalid(errors));
        }
    };
    Ok(Json(request_response(&changed, clock.today())))
}

/// The kinds of record a note can be on.
fn record_kind_schema() -> utoipa::openapi::Object {
    openapi::one_of(["person", "letter", "booking"])
}

/// A note's or a request's words: not blank, at most `MAX_TEXT_CHARS`.
fn required_text_schema() -> utoipa::openapi::Object {
    openapi::text(super::model::MAX_TEXT_CHARS, Blank::Refused)
}

/// A reason or an answer, when given: as a request's words.
fn optional_text_schema() -> utoipa::openapi::Object {
    openapi::or_null(required_text_schema())
}
