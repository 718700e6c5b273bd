//! The bookings API for systems that book on a citizen's behalf (a phone robot, say):
//! free slots, book one (safely retried with `Idempotency-Key`), read and cancel.

use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::Json;
use jiff::Timestamp;
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};

use super::model::{BookingDraft, Kind, Refusal, Slot, MAX_NAME, MAX_NOTE, MAX_TOPIC};
use super::{BookError, Booking, NewBooking};
use crate::audit::{self, NewEntry};
use crate::auth::ApiClient;
use crate::forms::FormErrors;
use crate::idempotency::Made;
use crate::state::AppState;
use crate::web::idempotency::IdempotentJson;
use crate::web::openapi::{self, Blank};
use crate::web::AppError;

#[derive(Serialize, ToSchema)]
pub(crate) struct SlotResponse {
    id: String,
    /// front_desk, callback, video or home_visit.
    kind: String,
    /// The help place of a front-desk meeting.
    place_id: Option<String>,
    /// RFC 3339, UTC.
    starts_at: String,
    ends_at: String,
}

fn rfc3339(ms: i64) -> String {
    Timestamp::from_millisecond(ms)
        .map(|t| t.to_string())
        .unwrap_or_default()
}

fn slot_response(slot: &Slot) -> SlotResponse {
    SlotResponse {
        id: slot.id.clone(),
        kind: slot.kind.as_str().into(),
        place_id: slot.place_id.clone(),
        starts_at: rfc3339(slot.window.starts_at),
        ends_at: rfc3339(slot.window.ends_at),
    }
}

#[derive(Deserialize, IntoParams)]
pub(crate) struct SlotsQuery {
    /// front_desk, callback, video or home_visit.
    #[param(value_type = Kind, inline)]
    kind: String,
    /// RFC 3339; now when left out.
    #[param(format = DateTime)]
    from: Option<String>,
    /// RFC 3339; three weeks from now when left out.
    #[param(format = DateTime)]
    to: Option<String>,
}

fn time_field(text: Option<&str>, field: &'static str, errors: &mut FormErrors) -> Option<i64> {
    match text?.parse::<Timestamp>() {
        Ok(at) => Some(at.as_millisecond()),
        Err(_) => {
            errors.add(field, "bookings-error-api-time");
            None
        }
    }
}

#[utoipa::path(
    get,
    path = "/api/v1/bookings/slots",
    tag = "bookings",
    security(("api_key" = [])),
    params(SlotsQuery),
    responses(
        (status = 200, description = "The free slots, soonest first", body = [SlotResponse]),
        (status = 422, description = "An unknown kind or a time that cannot be read", content_type = "application/problem+json")
    )
)]
pub(crate) async fn api_slots(
    State(state): State<AppState>,
    _client: ApiClient,
    Query(query): Query<SlotsQuery>,
) -> Result<Json<Vec<SlotResponse>>, AppError> {
    let mut errors = FormErrors::default();
    let kind = Kind::parse(&query.kind);
    if kind.is_none() {
        errors.add("kind", "bookings-error-kind");
    }
    let from = time_field(query.from.as_deref(), "from", &mut errors);
    let to = time_field(query.to.as_deref(), "to", &mut errors);
    let (Some(kind), true) = (kind, errors.is_empty()) else {
        return Err(AppError::Invalid(errors));
    };
    let free = super::free_slots(&state.db, &state.clock, kind).await?;
    Ok(Json(
        free.iter()
            .filter(|s| from.is_none_or(|f| s.window.starts_at >= f))
            .filter(|s| to.is_none_or(|t| s.window.starts_at < t))
            .map(slot_response)
            .collect(),
    ))
}

#[derive(Deserialize, ToSchema)]
pub(crate) struct NewBookingRequest {
    #[schema(format = Uuid, pattern = "^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")]
    slot_id: String,
    /// The citizen's person id; they get a letter. Leave out for someone known only by
    /// name and phone number.
    #[schema(format = Uuid, pattern = "^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")]
    citizen: Option<String>,
    /// Needed without `citizen`.
    #[schema(schema_with = name_schema)]
    name: Option<String>,
    /// Needed for a call-back or a video meeting.
    #[schema(schema_with = openapi::phone)]
    phone: Option<String>,
    #[schema(schema_with = topic_schema)]
    topic: String,
    #[schema(schema_with = note_schema)]
    note: Option<String>,
}

/// Needed without `citizen`.
fn name_schema() -> utoipa::openapi::Object {
    openapi::or_null(openapi::line(MAX_NAME, Blank::Allowed))
}

/// What the meeting is about, in the citizen's words.
fn topic_schema() -> utoipa::openapi::Object {
    openapi::line(MAX_TOPIC, Blank::Refused)
}

fn note_schema() -> utoipa::openapi::Object {
    openapi::or_null(openapi::text(MAX_NOTE, Blank::Allowed))
}

#[derive(Serialize, ToSchema)]
pub(crate) struct BookingResponse {
    id: String,
    slot: SlotResponse,
    citizen: Option<String>,
    name: String,
    phone: Option<String>,
    topic: String,
    status: BookingStatus,
    /// RFC 3339, UTC; when it was cancelled or moved.
    cancelled_at: Option<String>,
    /// The booking that took its place, when it was moved.
    moved_to: Option<String>,
    /// The citizen's notes of disagreement on this booking, with staff's answers (read
    /// and cancel only; a new booking has none).
    notes: Vec<crate::mydata::NoteResponse>,
}

/// Where a booking stands: moved means to the booking `moved_to`.
#[derive(Serialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub(crate) enum BookingStatus {
    Booked,
    Cancelled,
    Moved,
}

fn booking_response(b: &Booking) -> BookingResponse {
    let status = match (b.cancelled_at, &b.moved_to) {
        (None, _) => BookingStatus::Booked,
        (Some(_), None) => BookingStatus::Cancelled,
        (Some(_), Some(_)) => BookingStatus::Moved,
    };
    BookingResponse {
        id: b.id.clone(),
        slot: slot_response(&b.slot),
        citizen: b.citizen_id.clone(),
        name: b.name.clone(),
        phone: b.phone.clone(),
        topic: b.topic.clone(),
        status,
        cancelled_at: b.cancelled_at.map(rfc3339),
        moved_to: b.moved_to.clone(),
        notes: Vec::new(),
    }
}

#[utoipa::path(
    post,
    path = "/api/v1/bookings",
    tag = "bookings",
    security(("api_key" = [])),
    request_body = NewBookingRequest,
    params(("Idempotency-Key" = Option<String>, Header, description = "The same key and body again answer with the booking the first call made (200), and book nothing more")),
    responses(
        (status = 201, description = "Booked; a citizen gets a letter", body = BookingResponse),
        (status = 200, description = "A retry with the same Idempotency-Key: the booking the first call made, as it stands now", body = BookingResponse),
        (status = 409, description = "The slot was taken, the Idempotency-Key was used for another request, or a request with it is still being handled (Retry-After)", content_type = "application/problem+json"),
        (status = 422, description = "A past slot or a field that breaks the rules", content_type = "application/problem+json")
    )
)]
pub(crate) async fn api_book(
    State(state): State<AppState>,
    IdempotentJson {
        client,
        body: request,
        idempotency,
    }: IdempotentJson<NewBookingRequest>,
) -> Result<Response, AppError> {
    let slot = super::slot(&state.db, &request.slot_id).await?;
    let mut errors = FormErrors::default();
    if slot.is_none() {
        errors.add("slot_id", "bookings-error-slot");
    }
    let draft = BookingDraft {
        name: request.name.unwrap_or_default(),
        phone: request.phone.unwrap_or_default(),
        topic: request.topic,
        note: request.note.unwrap_or_default(),
    };
    let checked = slot
        .as_ref()
        .map(|slot| draft.check(slot.kind, request.citizen.is_none()));
    let details = match checked {
        Some(Ok(details)) if errors.is_empty() => details,
        Some(Err(problems)) => return Err(AppError::Invalid(problems)),
        _ => return Err(AppError::Invalid(errors)),
    };
    let new = NewBooking {
        slot_id: request.slot_id,
        citizen_id: request.citizen,
        details,
        idempotency,
    };
    match super::book(
        &state.db,
        &state.clock,
        &state.authority.post,
        &state.catalogue,
        new,
        client.actor(),
    )
    .await
    {
        Ok(Made::New(b)) => Ok((StatusCode::CREATED, Json(booking_response(&b))).into_response()),
        Ok(Made::Repeat(b)) => Ok((StatusCode::OK, Json(booking_response(&b))).into_response()),
        Err(error) => Err(book_error(error)),
    }
}

fn book_error(error: BookError) -> AppError {
    let mut errors = FormErrors::default();
    match error {
        BookError::Refused(Refusal::Taken) => AppError::Conflict("bookings-error-taken"),
        BookError::Idempotency(error) => error.into(),
        BookError::Refused(Refusal::Past) => {
            errors.add("slot_id", "bookings-error-past");
            AppError::Invalid(errors)
        }
        BookError::NoSlot => {
            errors.add("slot_id", "bookings-error-slot");
            AppError::Invalid(errors)
        }
        BookError::UnknownCitizen => {
            errors.add("citizen", "bookings-error-citizen");
            AppError::Invalid(errors)
        }
        BookError::Database(error) => error.into(),
        BookError::Letter(error) => error.into(),
    }
}

/// A booking this system may see: one it made. A system sees no one else's bookings.
async fn own_booking(state: &AppState, client: &ApiClient, id: &str) -> Result<Booking, AppError> {
    super::booking(&state.db, id)
        .await?
        .filter(|b| b.booked_by == client.actor())
        .ok_or(AppError::NotFound)
}

#[utoipa::path(
    get,
    path = "/api/v1/bookings/{id}",
    tag = "bookings",
    security(("api_key" = [])),
    params(("id" = String, Path, format = Uuid, description = "The booking's id")),
    responses(
        (status = 200, description = "The booking", body = BookingResponse),
        (status = 404, description = "No such booking made by this system", content_type = "application/problem+json")
    )
)]
pub(crate) async fn api_get(
    State(state): State<AppState>,
    client: ApiClient,
    Path(id): Path<String>,
) -> Result<Json<BookingResponse>, AppError> {
    let booking = own_booking(&state, &client, &id).await?;
    if let Some(citizen) = &booking.citizen_id {
        audit::record(
            &state.db,
            &state.clock,
            NewEntry::new(client.actor(), "booking.read")
                .subject(citizen)
                .object(&booking.id),
        )
        .await?;
    }
    Ok(Json(with_notes(&state, &booking).await?))
}

/// The booking as the API answers it, with the citizen's notes of disagreement on it.
async fn with_notes(state: &AppState, booking: &Booking) -> Result<BookingResponse, AppError> {
    let mut response = booking_response(booking);
    if let Some(citizen) = &booking.citizen_id {
        let record = crate::mydata::Record::Booking(booking.id.clone());
        response.notes = crate::mydata::notes_for_api(&state.db, citizen, &record).await?;
    }
    Ok(response)
}

#[utoipa::path(
    delete,
    path = "/api/v1/bookings/{id}",
    tag = "bookings",
    security(("api_key" = [])),
    params(("id" = String, Path, format = Uuid, description = "The booking's id")),
    responses(
        (status = 200, description = "Cancelled; a citizen gets a letter", body = BookingResponse),
        (status = 404, description = "No such booking in force made by this system", content_type = "application/problem+json")
    )
)]
pub(crate) async fn api_cancel(
    State(state): State<AppState>,
    client: ApiClient,
    Path(id): Path<String>,
) -> Result<Json<BookingResponse>, AppError> {
    let booking = own_booking(&state, &client, &id).await?;
    if !super::cancel(
        &state.db,
        &state.clock,
        &state.authority.post,
        &state.catalogue,
        &booking,
        client.actor(),
    )
    .await?
    {
        return Err(AppError::NotFound);
    }
    let booking = own_booking(&state, &client, &id).await?;
    Ok(Json(with_notes(&state, &booking).await?))
}
