//! The mandates API for other systems: give a permission (the front desk's systems), list
//! a citizen's permissions, end one, and check whether a helper may do something.

use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::Json;
use jiff::civil::Date;
use jiff::ToSpan;
use serde::{Deserialize, Serialize};
use utoipa::openapi::Type;
use utoipa::{IntoParams, ToSchema};

use super::{
    ChangeRequest, Denial, GiveError, Giver, InPerson, MandateRow, Proposal, Rights, Scope, Status,
    Terms,
};
use crate::audit::{self, NewEntry};
use crate::auth::{ApiClient, ApiScope};
use crate::forms::FormErrors;
use crate::idempotency::Made;
use crate::state::AppState;
use crate::web::idempotency::IdempotentJson;
use crate::web::openapi::{self, one_of, Blank};
use crate::web::AppError;

#[derive(Deserialize, ToSchema)]
pub(crate) struct NewMandateRequest {
    /// The citizen's person id.
    #[schema(format = Uuid, pattern = "^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")]
    citizen: String,
    /// The helper's person id.
    #[schema(format = Uuid, pattern = "^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")]
    helper: String,
    /// post, bookings, mydata, and subject areas: housing, health, pension, employment,
    /// family, tax, general.
    #[schema(schema_with = areas_schema)]
    areas: Vec<String>,
    /// look or act.
    #[schema(value_type = Rights)]
    rights: String,
    /// YYYY-MM-DD; today when left out.
    #[schema(format = Date, pattern = "^[0-9]{4}-[0-9]{2}-[0-9]{2}$")]
    valid_from: Option<String>,
    /// YYYY-MM-DD; one year after valid_from when left out.
    #[schema(format = Date, pattern = "^[0-9]{4}-[0-9]{2}-[0-9]{2}$")]
    valid_to: Option<String>,
    /// Given at the front desk with both present: active at once.
    #[serde(default)]
    accepted_in_person: bool,
    /// How the front desk checked the citizen's identity: passport, driving licence,
    /// residence card, or known in person. Needed with `accepted_in_person`.
    #[schema(schema_with = identity_check_schema, nullable)]
    identity_check: Option<String>,
    #[schema(schema_with = note_schema)]
    note: Option<String>,
}

#[derive(Serialize, ToSchema)]
pub(crate) struct MandateResponse {
    id: String,
    citizen: String,
    helper: String,
    #[schema(schema_with = areas_schema)]
    areas: Vec<String>,
    #[schema(value_type = Rights)]
    rights: String,
    valid_from: String,
    valid_to: String,
    #[schema(value_type = Status)]
    status: String,
    /// A change that gave more and waits for the helper's yes: the permission it
    /// replaces once they say yes.
    replaces: Option<String>,
}

pub(crate) fn response_of(row: &MandateRow, today: Date) -> MandateResponse {
    let status = super::rule_of(row).status(today).as_str();
    MandateResponse {
        id: row.id.clone(),
        citizen: row.citizen_id.clone(),
        helper: row.helper_id.clone(),
        areas: row.scopes.iter().map(|s| s.as_str().to_owned()).collect(),
        rights: row.rights.as_str().to_owned(),
        valid_from: row.valid_from.to_string(),
        valid_to: row.valid_to.to_string(),
        status: status.to_owned(),
        replaces: row.replaces.clone(),
    }
}

/// A person id as the document states it (a UUID, `db::new_id`): anything else names no
/// one, and is said so rather than answered as someone with no permissions.
fn person_id(text: &str, field: &'static str, errors: &mut FormErrors) {
    if !crate::db::is_id(text) {
        errors.add(field, "mandate-person-unknown");
    }
}

fn date_field(text: Option<&str>, field: &'static str, errors: &mut FormErrors) -> Option<Date> {
    let text = text?;
    match text.parse() {
        Ok(date) => Some(date),
        Err(_) => {
            errors.add(field, "mandate-date-invalid");
            None
        }
    }
}

/// A system changes and ends the permissions it gave; others' only with
/// `mandates.manage_all` (issue 15: any key ended permissions another system made).
fn may_manage(client: &ApiClient, row: &MandateRow) -> Result<(), AppError> {
    match client.made(&row.given_by) {
        true => Ok(()),
        false => client.require(ApiScope::MandatesManageAll),
    }
}

pub(crate) fn give_error(error: GiveError) -> AppError {
    match error {
        GiveError::NotAllowed => AppError::Forbidden,
        GiveError::NeedsInPerson => {
            let mut errors = FormErrors::default();
            errors.add("accepted_in_person", "mandate-needs-in-person");
            AppError::Invalid(errors)
        }
        GiveError::UnknownPerson(field) => {
            let mut errors = FormErrors::default();
            errors.add(field, "mandate-person-unknown");
            AppError::Invalid(errors)
        }
        GiveError::Problems(problems) => {
            let mut errors = FormErrors::default();
            for (field, message) in problems {
                errors.add(field, message);
            }
            AppError::Invalid(errors)
        }
        GiveError::NotFound => AppError::NotFound,
        GiveError::CodeGone => {
            let mut errors = FormErrors::default();
            errors.add("helper", "helpers-code-unknown");
            AppError::Invalid(errors)
        }
        GiveError::Unchanged => {
            let mut errors = FormErrors::default();
            errors.add("areas", "mandate-unchanged");
            AppError::Invalid(errors)
        }
        GiveError::Idempotency(error) => error.into(),
        GiveError::Database(error) => error.into(),
        GiveError::Letter(error) => error.into(),
    }
}

#[utoipa::path(
    post,
    path = "/api/v1/mandates",
    tag = "mandates",
    security(("api_key" = [])),
    params(("Idempotency-Key" = Option<String>, Header, description = "The same key and body again answer with the permission the first call gave (200), and give nothing more")),
    request_body = NewMandateRequest,
    responses(
        (status = 201, description = "Given: pending until the helper accepts, or active at once when accepted in person", body = MandateResponse),
        (status = 200, description = "A retry with the same Idempotency-Key: the permission the first call gave, as it stands now", body = MandateResponse),
        (status = 403, description = "`accepted_in_person` and the key lacks `mandates.in_person`", content_type = "application/problem+json"),
        (status = 409, description = "The Idempotency-Key was used for another request, or a request with it is still being handled (Retry-After)", content_type = "application/problem+json"),
        (status = 422, description = "A rule is broken; nothing was stored", content_type = "application/problem+json")
    )
)]
pub(crate) async fn api_give(
    State(state): State<AppState>,
    IdempotentJson {
        client,
        body: request,
        idempotency,
    }: IdempotentJson<NewMandateRequest>,
) -> Result<Response, AppError> {
    // Active at once, without the helper's yes: only a system trusted to have had the
    // citizen and the helper in front of it.
    if request.accepted_in_person {
        client.require(ApiScope::MandatesInPerson)?;
    }
    let mut errors = FormErrors::default();
    let scopes = errors.take("areas", super::model::scopes(&request.areas));
    let rights = Rights::parse(&request.rights);
    if rights.is_none() {
        errors.add("rights", "mandate-rights-unknown");
    }
    let today = state.clock.today();
    let valid_from =
        date_field(request.valid_from.as_deref(), "valid_from", &mut errors).unwrap_or(today);
    let default_to = valid_from
        .checked_add(state.authority.mandates.default_days.days())
        .unwrap_or(valid_from);
    let valid_to =
        date_field(request.valid_to.as_deref(), "valid_to", &mut errors).unwrap_or(default_to);
    let identity_check = match (request.accepted_in_person, &request.identity_check) {
        (false, _) => None,
        (true, typed) => super::model::identity_check(typed.as_deref().unwrap_or_default())
            .map_err(|problem| errors.add("identity_check", problem))
            .ok(),
    };
    let note = errors.take(
        "note",
        super::model::note(request.note.as_deref().unwrap_or_default()),
    );
    let (Some(rights), true) = (rights, errors.is_empty()) else {
        return Err(AppError::Invalid(errors));
    };
    let proposal = Proposal {
        citizen_id: request.citizen,
        helper_id: request.helper,
        scopes,
        rights,
        valid_from,
        valid_to,
    };
    let in_person = identity_check.map(|identity_check| InPerson { identity_check });
    let give = super::Give {
        proposal,
        note,
        giver: Giver::System(client.0.id.clone()),
        in_person,
        idempotency,
    };
    let given = super::give(&state.db, &state.clock, &state.authority, give)
        .await
        .map_err(give_error)?;
    Ok(match given {
        Made::New(row) => (StatusCode::CREATED, Json(response_of(&row, today))),
        Made::Repeat(row) => (StatusCode::OK, Json(response_of(&row, today))),
    }
    .into_response())
}

#[derive(Deserialize, IntoParams)]
pub(crate) struct MandatesQuery {
    /// The citizen's person id.
    #[param(format = Uuid, pattern = "^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")]
    citizen: String,
}

#[utoipa::path(
    get,
    path = "/api/v1/mandates",
    tag = "mandates",
    security(("api_key" = [])),
    params(MandatesQuery),
    responses(
        (status = 200, description = "Every permission the citizen has given, newest first", body = [MandateResponse]),
        (status = 422, description = "`citizen` is no person id", content_type = "application/problem+json")
    )
)]
pub(crate) async fn api_list(
    State(state): State<AppState>,
    client: ApiClient,
    Query(query): Query<MandatesQuery>,
) -> Result<Json<Vec<MandateResponse>>, AppError> {
    let mut errors = FormErrors::default();
    person_id(&query.citizen, "citizen", &mut errors);
    if !errors.is_empty() {
        return Err(AppError::Invalid(errors));
    }
    audit::record(
        &state.db,
        &state.clock,
        NewEntry::new(client.actor(), "mandate.list").subject(&query.citizen),
    )
    .await?;
    let today = state.clock.today();
    Ok(Json(
        super::of_citizen(&state.db, &query.citizen)
            .await?
            .iter()
            .map(|row| response_of(row, today))
            .collect(),
    ))
}

#[utoipa::path(
    delete,
    path = "/api/v1/mandates/{id}",
    tag = "mandates",
    security(("api_key" = [])),
    params(("id" = String, Path, format = Uuid, description = "The permission's id")),
    responses(
        (status = 200, description = "Ended at once", body = MandateResponse),
        (status = 403, description = "A permission the citizen or another system gave, and the key lacks `mandates.manage_all`", content_type = "application/problem+json"),
        (status = 404, description = "No such permission in force", content_type = "application/problem+json")
    )
)]
pub(crate) async fn api_end(
    State(state): State<AppState>,
    client: ApiClient,
    Path(id): Path<String>,
) -> Result<Json<MandateResponse>, AppError> {
    let row = super::mandate(&state.db, &id)
        .await?
        .ok_or(AppError::NotFound)?;
    may_manage(&client, &row)?;
    super::end(
        &state.db,
        &state.clock,
        &state.authority.post,
        &id,
        client.actor(),
    )
    .await?
    .ok_or(AppError::NotFound)?;
    let row = super::mandate(&state.db, &id)
        .await?
        .ok_or(AppError::NotFound)?;
    Ok(Json(response_of(&row, state.clock.today())))
}

#[derive(Deserialize, ToSchema)]
pub(crate) struct ChangeMandateRequest {
    /// The citizen who asks for the change: the permission must be one they gave.
    #[schema(format = Uuid, pattern = "^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")]
    citizen: String,
    /// The new areas; the same when left out.
    #[schema(schema_with = changed_areas_schema)]
    areas: Option<Vec<String>>,
    /// look or act; the same when left out.
    #[schema(value_type = Option<Rights>)]
    rights: Option<String>,
    /// The new last day, YYYY-MM-DD; the same when left out.
    #[schema(format = Date, pattern = "^[0-9]{4}-[0-9]{2}-[0-9]{2}$")]
    valid_to: Option<String>,
    /// The new note; the same when left out, removed when empty.
    #[schema(schema_with = note_schema)]
    note: Option<String>,
}

#[derive(Serialize, ToSchema)]
pub(crate) struct ChangeResponse {
    /// The permission as it applies now: at once when the change gave less, narrowed to
    /// what the old and the new allow when it gave more, ended when they share nothing.
    now: MandateResponse,
    /// When the change gave more: a new permission with the wanted terms, pending until
    /// the helper says yes; it then replaces `now`.
    waiting: Option<MandateResponse>,
}

#[utoipa::path(
    patch,
    path = "/api/v1/mandates/{id}",
    tag = "mandates",
    security(("api_key" = [])),
    params(
        ("id" = String, Path, format = Uuid, description = "The permission's id"),
        ("Idempotency-Key" = Option<String>, Header, description = "The same key and body again answer with the permissions the first call left, and change nothing more")
    ),
    request_body = ChangeMandateRequest,
    responses(
        (status = 200, description = "Changed: less applies at once, more waits for the helper's yes; or a retry with the same key", body = ChangeResponse),
        (status = 403, description = "A permission the citizen or another system gave, and the key lacks `mandates.manage_all`", content_type = "application/problem+json"),
        (status = 404, description = "No such permission in force given by this citizen", content_type = "application/problem+json"),
        (status = 409, description = "The Idempotency-Key was used for another request, or a request with it is still being handled (Retry-After)", content_type = "application/problem+json"),
        (status = 422, description = "A rule is broken, or nothing would change; nothing was stored", content_type = "application/problem+json")
    )
)]
pub(crate) async fn api_change(
    State(state): State<AppState>,
    Path(id): Path<String>,
    IdempotentJson {
        client,
        body: request,
        idempotency,
    }: IdempotentJson<ChangeMandateRequest>,
) -> Result<Json<ChangeResponse>, AppError> {
    let row = super::mandate(&state.db, &id)
        .await?
        .filter(|row| row.citizen_id == request.citizen)
        .ok_or(AppError::NotFound)?;
    may_manage(&client, &row)?;
    let current = super::rule_of(&row);
    let mut errors = FormErrors::default();
    let scopes: Vec<Scope> = match &request.areas {
        None => current.scopes.clone(),
        Some(areas) => errors.take("areas", super::model::scopes(areas)),
    };
    let rights = match request.rights.as_deref() {
        None => Some(current.rights),
        Some(text) => Rights::parse(text),
    };
    if rights.is_none() {
        errors.add("rights", "mandate-rights-unknown");
    }
    let valid_to = date_field(request.valid_to.as_deref(), "valid_to", &mut errors)
        .unwrap_or(current.valid_to);
    let note = match request.note.as_deref() {
        None => row.note.clone(),
        Some(typed) => errors.take("note", super::model::note(typed)),
    };
    let (Some(rights), true) = (rights, errors.is_empty()) else {
        return Err(AppError::Invalid(errors));
    };
    let changed = super::change(
        &state.db,
        &state.clock,
        &state.authority,
        &id,
        &request.citizen,
        ChangeRequest {
            terms: Terms {
                scopes,
                rights,
                valid_to,
            },
            note,
            idempotency,
        },
        Giver::System(client.0.id.clone()),
    )
    .await
    .map_err(give_error)?;
    let today = state.clock.today();
    Ok(Json(ChangeResponse {
        now: response_of(&changed.now, today),
        waiting: changed.waiting.as_ref().map(|w| response_of(w, today)),
    }))
}

#[derive(Deserialize, ToSchema)]
pub(crate) struct MandateCheckRequest {
    #[schema(format = Uuid, pattern = "^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")]
    helper: String,
    #[schema(format = Uuid, pattern = "^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")]
    citizen: String,
    /// post, bookings, mydata, or an area of letters (housing, health, ..., mandates,
    /// general): for an area, whether the helper may see (look) or answer (act) its
    /// letters, which takes post and the area on one permission, as the pages decide.
    #[schema(schema_with = area_schema)]
    area: String,
    /// look or act.
    #[schema(value_type = Rights)]
    action: String,
}

#[derive(Serialize, ToSchema)]
pub(crate) struct MandateCheckResponse {
    allowed: bool,
    /// Why not; "allowed" when it is.
    #[schema(schema_with = reason_schema)]
    reason: String,
}

fn identity_check_schema() -> utoipa::openapi::Object {
    one_of(super::model::IDENTITY_CHECKS)
}

/// What a permission may cover, listed from `Scope::all()` so the document cannot drift.
fn area_schema() -> utoipa::openapi::Object {
    one_of(Scope::all().into_iter().map(Scope::as_str))
}

/// Each area at most twice over (`model::scopes`): a list longer is refused unread.
fn areas_schema() -> utoipa::openapi::Array {
    let mut areas = utoipa::openapi::Array::new(area_schema());
    areas.min_items = Some(1);
    areas.max_items = Some(Scope::all().len() * 2);
    areas
}

/// A note for the helper, as `model::note` checks it: empty is none.
fn note_schema() -> utoipa::openapi::Object {
    let mut schema = openapi::text(super::model::MAX_NOTE_CHARS, Blank::Allowed);
    schema.description = Some("A note for the helper; empty is none.".into());
    openapi::or_null(schema)
}

/// New areas for a change, or `null` for the same.
fn changed_areas_schema() -> utoipa::openapi::Array {
    let mut areas = areas_schema();
    areas.schema_type = utoipa::openapi::schema::SchemaType::Array(vec![Type::Array, Type::Null]);
    areas
}

/// A check's answer: "allowed", or the most telling reason for no.
fn reason_schema() -> utoipa::openapi::Object {
    one_of(std::iter::once("allowed").chain(Denial::ALL.into_iter().map(Denial::as_str)))
}

#[utoipa::path(
    post,
    path = "/api/v1/mandates/check",
    tag = "mandates",
    security(("api_key" = [])),
    request_body = MandateCheckRequest,
    responses(
        (status = 200, description = "Allowed or not, and why", body = MandateCheckResponse),
        (status = 422, description = "A helper or citizen that is no person id, an unknown area or action", content_type = "application/problem+json")
    )
)]
pub(crate) async fn api_check(
    State(state): State<AppState>,
    _client: ApiClient,
    Json(request): Json<MandateCheckRequest>,
) -> Result<Json<MandateCheckResponse>, AppError> {
    let mut errors = FormErrors::default();
    person_id(&request.helper, "helper", &mut errors);
    person_id(&request.citizen, "citizen", &mut errors);
    let scope = Scope::parse(&request.area);
    if scope.is_none() {
        errors.add("area", "mandate-area-unknown");
    }
    let action = Rights::parse(&request.action);
    if action.is_none() {
        errors.add("action", "mandate-rights-unknown");
    }
    let (Some(scope), Some(action), true) = (scope, action, errors.is_empty()) else {
        return Err(AppError::Invalid(errors));
    };
    let decision = super::check(
        &state.db,
        &request.helper,
        &request.citizen,
        scope,
        action,
        state.clock.today(),
    )
    .await?;
    Ok(Json(match decision {
        Ok(()) => MandateCheckResponse {
            allowed: true,
            reason: "allowed".into(),
        },
        Err(denial) => MandateCheckResponse {
            allowed: false,
            reason: denial.as_str().into(),
        },
    }))
}
