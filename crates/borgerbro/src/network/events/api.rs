//! The events API: `GET /api/v1/events` (the coming events, for anyone: a library's own
//! site, a municipality's calendar) and `POST /api/v1/events/{id}/signups` (a system with
//! the key scope `events.signup`, such as the phone robot, signs someone up). A full event
//! puts the sign-up on the waiting list and answers 409 with the sign-up's `id` and
//! `position` as members of the problem document. An event that has begun or was
//! cancelled is 409 too: the request was fine, the event's state refuses it.

use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::Json;
use jiff::Timestamp;
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};

use super::model::{self, Channel, Status, MAX_NAME};
use super::{Attendee, Event, NewSignup};
use crate::auth::ApiClient;
use crate::forms::FormErrors;
use crate::network::members::model::LANGUAGES;
use crate::network::{app_error, NetworkError};
use crate::state::AppState;
use crate::web::openapi::{self, Blank};
use crate::web::{AppError, ProblemMembers};

const DAY_MS: i64 = 24 * 60 * 60 * 1000;

/// An event as anyone may read it.
#[derive(Serialize, ToSchema)]
pub(crate) struct EventResponse {
    id: String,
    /// `drop_in`, `course`, `peer_teaching`, `it_cafe`, `fraud_session` or `other`.
    kind: String,
    title: String,
    /// RFC 3339, UTC.
    starts_at: String,
    ends_at: String,
    /// The help place's id (as in `GET /api/v1/help/places`).
    place: String,
    /// The language it is held in (ISO 639-1).
    language: String,
    seats: i64,
    free_seats: i64,
    /// How many wait for a seat.
    waiting: i64,
    /// The member organisation's id (as in `GET /api/v1/network/members`); null: the
    /// authority itself.
    organiser: Option<String>,
    description: String,
    /// How to get in, and help on the spot (in the organiser's words).
    accessibility: String,
    /// The event's page, to sign up on.
    page: String,
}

fn rfc3339(ms: i64) -> String {
    Timestamp::from_millisecond(ms)
        .map(|t| t.to_string())
        .unwrap_or_default()
}

fn event_response(base: &str, e: &Event) -> EventResponse {
    let d = &e.details;
    EventResponse {
        id: e.id.clone(),
        kind: d.kind.as_str().to_owned(),
        title: d.title.clone(),
        starts_at: rfc3339(d.starts_at),
        ends_at: rfc3339(d.ends_at),
        place: d.place_id.clone(),
        language: d.language.clone(),
        seats: d.seats,
        free_seats: e.free_seats(),
        waiting: e.waiting,
        organiser: e.organisation_id.clone(),
        description: d.description.clone(),
        accessibility: d.accessibility.clone(),
        page: format!("{base}/arrangementer/{}", e.id),
    }
}

#[derive(Deserialize, IntoParams)]
pub(crate) struct EventsQuery {
    /// RFC 3339, or a day (`2026-12-14`, from its start in Danish time); now when left
    /// out, and never earlier than now.
    #[param(max_length = 64, pattern = "^[0-9]{4}-[0-9]{2}-[0-9]{2}([Tt].+)?$")]
    from: Option<String>,
    /// RFC 3339, or a day (to its end in Danish time); a year from now when left out.
    #[param(max_length = 64, pattern = "^[0-9]{4}-[0-9]{2}-[0-9]{2}([Tt].+)?$")]
    to: Option<String>,
    /// A help place's id, as `GET /api/v1/help/places` gives it.
    #[param(format = Uuid, pattern = "^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")]
    place: Option<String>,
    #[param(schema_with = language_schema)]
    language: Option<String>,
    #[param(schema_with = kind_schema)]
    kind: Option<String>,
}

fn language_schema() -> utoipa::openapi::Object {
    openapi::filter_one_of(
        "The language it is held in (ISO 639-1). Empty is any; another value is 422.",
        LANGUAGES,
    )
}

fn kind_schema() -> utoipa::openapi::Object {
    openapi::filter_one_of(
        "What kind of event it is. Empty is any; another value is 422.",
        model::Kind::ALL.iter().map(|k| k.as_str()),
    )
}

/// A time or a day; `end` reads a day as its end.
fn time_field(
    text: Option<&str>,
    field: &'static str,
    end: bool,
    errors: &mut FormErrors,
) -> Option<i64> {
    let text = text?;
    if let Ok(at) = text.parse::<Timestamp>() {
        return Some(at.as_millisecond());
    }
    match text.parse::<jiff::civil::Date>() {
        Ok(day) => {
            let day = match end {
                true => day.tomorrow().unwrap_or(day),
                false => day,
            };
            Some(model::local_ms(day, jiff::civil::Time::midnight()))
        }
        Err(_) => {
            errors.add(field, "events-error-api-time");
            None
        }
    }
}

#[utoipa::path(
    get,
    path = "/api/v1/events",
    tag = "network",
    params(EventsQuery),
    responses(
        (status = 200, description = "The coming events not cancelled, soonest first", body = [EventResponse]),
        (status = 422, description = "A time, place, language or kind that cannot be read, named in `errors`", content_type = "application/problem+json")
    )
)]
pub(crate) async fn events(
    State(state): State<AppState>,
    Query(query): Query<EventsQuery>,
) -> Result<Json<Vec<EventResponse>>, AppError> {
    let now = state.clock.now_ms();
    let mut errors = FormErrors::default();
    let from = time_field(query.from.as_deref(), "from", false, &mut errors).unwrap_or(now);
    let to = time_field(query.to.as_deref(), "to", true, &mut errors).unwrap_or(now + 366 * DAY_MS);
    let kind = match query.kind.as_deref() {
        None | Some("") => None,
        Some(text) => {
            let kind = model::Kind::parse(text);
            if kind.is_none() {
                errors.add("kind", "events-error-kind");
            }
            kind
        }
    };
    let language = query.language.as_deref().filter(|l| !l.is_empty());
    if language.is_some_and(|l| !LANGUAGES.contains(&l)) {
        errors.add("language", "events-error-api-language");
    }
    let place = query.place.as_deref();
    if place.is_some_and(|p| !crate::db::is_id(p)) {
        errors.add("place", "events-error-api-place");
    }
    if !errors.is_empty() {
        return Err(AppError::Invalid(errors));
    }
    let base = state.settings.public_url.as_str().trim_end_matches('/');
    let events = super::between(&state.db, from.max(now), to).await?;
    Ok(Json(
        events
            .iter()
            .filter(|e| place.is_none_or(|p| p == e.details.place_id))
            .filter(|e| language.is_none_or(|l| l == e.details.language))
            .filter(|e| kind.is_none_or(|k| k == e.details.kind))
            .map(|e| event_response(base, e))
            .collect(),
    ))
}

#[derive(Deserialize, ToSchema)]
pub(crate) struct NewSignupRequest {
    /// The citizen's person id: they get a reminder letter. Leave out for someone known
    /// only by name and phone number.
    #[schema(format = Uuid, pattern = "^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")]
    citizen: Option<String>,
    /// Needed without `citizen`.
    #[schema(schema_with = name_schema)]
    name: Option<String>,
    /// Needed without `citizen`: the organiser rings to remind them.
    #[schema(schema_with = openapi::phone)]
    phone: Option<String>,
}

/// Needed without `citizen`.
fn name_schema() -> utoipa::openapi::Object {
    openapi::or_null(openapi::line(MAX_NAME, Blank::Allowed))
}

/// A sign-up made.
#[derive(Serialize, ToSchema)]
pub(crate) struct SignupResponse {
    id: String,
    event: String,
    /// `seat`; a sign-up on the waiting list is answered with 409 (see there).
    status: String,
    /// The place on the waiting list; null with a seat.
    position: Option<i64>,
    citizen: Option<String>,
    name: String,
}

#[utoipa::path(
    post,
    path = "/api/v1/events/{id}/signups",
    tag = "network",
    security(("api_key" = [])),
    params(("id" = String, Path, format = Uuid, description = "The event's id")),
    request_body = NewSignupRequest,
    responses(
        (status = 201, description = "Signed up, with a seat", body = SignupResponse),
        (status = 404, description = "No such event", content_type = "application/problem+json"),
        (status = 409, description = "The event is full: the sign-up is on the waiting list, and the problem document names it (`id`) and its place in line (`position`, 1 is next). Also 409, with neither member, when the event was cancelled or has begun, or the citizen is signed up already", content_type = "application/problem+json"),
        (status = 422, description = "An unknown citizen, or without one a missing name or phone number", content_type = "application/problem+json")
    )
)]
pub(crate) async fn sign_up(
    State(state): State<AppState>,
    client: ApiClient,
    Path(id): Path<String>,
    Json(request): Json<NewSignupRequest>,
) -> Result<Response, AppError> {
    let attendee = match request.citizen {
        Some(citizen) => {
            if crate::auth::user(&state.db.pool, &citizen).await?.is_none() {
                let mut errors = FormErrors::default();
                errors.add("citizen", "events-error-citizen");
                return Err(AppError::Invalid(errors));
            }
            Attendee::Citizen(citizen)
        }
        None => {
            let (name, phone) = model::contact(
                request.name.as_deref().unwrap_or_default(),
                request.phone.as_deref().unwrap_or_default(),
            )
            .map_err(AppError::Invalid)?;
            Attendee::Contact { name, phone }
        }
    };
    let new = NewSignup {
        event_id: id,
        attendee,
        channel: Channel::Api,
        by: client.actor(),
    };
    let made = super::sign_up(&state.db, &state.clock, new)
        .await
        .map_err(|e| match e {
            NetworkError::NotFound => AppError::NotFound,
            other => app_error(other),
        })?;
    let s = &made.signup;
    if s.status == Status::Waiting {
        let mut members = serde_json::Map::new();
        members.insert("id".into(), s.id.clone().into());
        members.insert("position".into(), made.position.unwrap_or_default().into());
        return Err(AppError::ConflictWith(
            "events-error-full-waiting",
            ProblemMembers(members),
        ));
    }
    Ok((
        StatusCode::CREATED,
        Json(SignupResponse {
            id: s.id.clone(),
            event: s.event_id.clone(),
            status: s.status.as_str().to_owned(),
            position: made.position,
            citizen: s.person_id.clone(),
            name: s.name.clone(),
        }),
    )
        .into_response())
}
