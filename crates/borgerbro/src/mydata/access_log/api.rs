//! The access log in the API: a citizen's looks by others
//! (`GET /api/v1/people/{id}/access-log`, scope `mydata.read`), from the same query as the
//! page, and the other systems' reports of their own looks (`POST /api/v1/access-log`,
//! scope `access_log.write`).

use axum::extract::{Path, Query, State};
use axum::http::{HeaderMap, StatusCode};
use axum::Json;
use jiff::civil::Date;
use jiff::Timestamp;
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};

use super::reported::{self, EntryIn, ReportError, MAX_ENTRIES, MAX_NAME_CHARS, MAX_TEXT_CHARS};
use super::{looks, Look, Wanted};
use crate::audit::{self, NewEntry};
use crate::auth::{self, ApiClient};
use crate::forms::FormErrors;
use crate::i18n::Lang;
use crate::idempotency::Made;
use crate::state::AppState;
use crate::web::idempotency::IdempotentJson;
use crate::web::openapi::{self, Blank};
use crate::web::AppError;

impl From<ReportError> for AppError {
    fn from(error: ReportError) -> Self {
        match error {
            ReportError::Invalid(errors) => AppError::Invalid(errors),
            ReportError::Idempotency(error) => error.into(),
            ReportError::Database(error) => error.into(),
        }
    }
}

fn rfc3339(ms: i64) -> String {
    Timestamp::from_millisecond(ms)
        .map(|t| t.to_string())
        .unwrap_or_default()
}

/// The language of the words: the caller's `Accept-Language`, Danish by default.
fn lang_of(headers: &HeaderMap) -> Lang {
    headers
        .get(axum::http::header::ACCEPT_LANGUAGE)
        .and_then(|v| v.to_str().ok())
        .map_or(Lang::Da, Lang::from_accept_language)
}

/// The person the path names, or 404.
pub(crate) async fn known_person(state: &AppState, id: &str) -> Result<(), AppError> {
    match auth::user(&state.db.pool, id).await? {
        Some(_) => Ok(()),
        None => Err(AppError::NotFound),
    }
}

#[derive(Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub(crate) struct LogParams {
    /// Only looks recorded from this time: RFC 3339, or a day (YYYY-MM-DD, from its
    /// start in Danish time).
    #[param(max_length = 64, pattern = "^[0-9]{4}-[0-9]{2}-[0-9]{2}([Tt].+)?$")]
    from: Option<String>,
    /// Only looks recorded before this time: RFC 3339, or a day (YYYY-MM-DD, that day
    /// included).
    #[param(max_length = 64, pattern = "^[0-9]{4}-[0-9]{2}-[0-9]{2}([Tt].+)?$")]
    to: Option<String>,
    /// The `next` of the page before.
    #[param(max_length = 19, pattern = "^[0-9]{1,19}$")]
    cursor: Option<String>,
}

/// Who looked.
#[derive(Serialize, ToSchema)]
pub(crate) struct LookActor {
    /// staff, helper, organisation (a member organisation of the network) or system.
    #[schema(schema_with = kind_schema)]
    kind: &'static str,
    name: String,
    /// The unit a member of staff works in, or the organisation a network member acts for.
    #[serde(skip_serializing_if = "Option::is_none")]
    unit: Option<String>,
}

/// One look at the citizen's data by someone else.
#[derive(Serialize, ToSchema)]
pub(crate) struct LookResponse {
    /// When it happened (RFC 3339, UTC): a reporting system's own time for its looks.
    at: String,
    actor: LookActor,
    /// The other system a reported look happened in.
    #[serde(skip_serializing_if = "Option::is_none")]
    system: Option<String>,
    /// The action's name: ours (`post.read`) or the reporting system's own.
    action: String,
    /// What was looked at or done, in plain words.
    what: String,
    /// Why, in plain words; null when nobody wrote a reason.
    purpose: Option<String>,
    /// Whether it was done for the citizen (a helper acting for them, the front desk
    /// serving them).
    on_behalf: bool,
}

#[derive(Serialize, ToSchema)]
pub(crate) struct AccessLogResponse {
    /// Newest first, at most 50.
    entries: Vec<LookResponse>,
    /// The cursor of the next (older) page; left out on the last page.
    #[serde(skip_serializing_if = "Option::is_none")]
    next: Option<String>,
}

fn look_response(look: Look) -> LookResponse {
    LookResponse {
        at: rfc3339(look.at_ms),
        actor: LookActor {
            kind: look.who.api_name(),
            name: look.name,
            unit: look.unit,
        },
        system: look.system,
        action: look.action,
        what: look.what,
        purpose: look.purpose,
        on_behalf: look.on_behalf,
    }
}

/// A time as RFC 3339, or a day's start in Danish time (the day after's for `to`, so
/// the day is included).
fn time_ms(text: &str, end_of_day: bool) -> Option<i64> {
    if let Ok(at) = text.parse::<Timestamp>() {
        return Some(at.as_millisecond());
    }
    let day: Date = text.parse().ok()?;
    let day = match end_of_day {
        true => day.tomorrow().ok()?,
        false => day,
    };
    super::page::day_start_ms(day)
}

#[utoipa::path(
    get,
    path = "/api/v1/people/{id}/access-log",
    tag = "mydata",
    params(
        ("id" = String, Path, format = Uuid, description = "The citizen's person id"),
        LogParams
    ),
    responses(
        (status = 200, description = "Every look at the citizen's data by someone else, newest first, 50 a page, in plain words (in the language of Accept-Language, Danish by default): the same list the citizen sees on \"Hvem har kigget\". This call is itself in the list, named by the key", body = AccessLogResponse),
        (status = 404, description = "No such person", content_type = "application/problem+json"),
        (status = 422, description = "A from, to or cursor that cannot be read; `errors` names it", content_type = "application/problem+json")
    )
)]
pub(crate) async fn access_log(
    State(state): State<AppState>,
    Path(id): Path<String>,
    client: ApiClient,
    headers: HeaderMap,
    Query(params): Query<LogParams>,
) -> Result<Json<AccessLogResponse>, AppError> {
    let mut errors = FormErrors::default();
    let mut time = |field: &'static str, text: Option<&str>, end: bool| match text {
        None => None,
        Some(text) => time_ms(text.trim(), end).or_else(|| {
            errors.add(field, "log-bad-time");
            None
        }),
    };
    let from_ms = time("from", params.from.as_deref(), false);
    let to_ms = time("to", params.to.as_deref(), true);
    let before = match params.cursor.as_deref() {
        None => None,
        Some(text) => match text.trim().parse::<i64>() {
            Ok(seq) if seq > 0 => Some(seq),
            _ => {
                errors.add("cursor", "log-bad-cursor");
                None
            }
        },
    };
    if !errors.is_empty() {
        return Err(AppError::Invalid(errors));
    }
    known_person(&state, &id).await?;
    audit::record(
        &state.db,
        &state.clock,
        NewEntry::new(client.actor(), "mydata.access_log.read").subject(&id),
    )
    .await?;
    let wanted = Wanted {
        who: None,
        before,
        from_ms,
        to_ms,
    };
    let (found, next) = looks(&state, lang_of(&headers), &id, &wanted).await?;
    Ok(Json(AccessLogResponse {
        entries: found.into_iter().map(look_response).collect(),
        next: next.map(|seq| seq.to_string()),
    }))
}

/// Whose data was looked at: Borgerbro's person id or a CPR number, one of the two.
#[derive(ToSchema, Deserialize)]
#[serde(untagged, deny_unknown_fields)]
#[allow(dead_code)]
pub(crate) enum ReportedPerson {
    ById {
        #[schema(format = Uuid)]
        person_id: String,
    },
    ByCpr {
        #[schema(schema_with = cpr_schema)]
        cpr: String,
    },
}

/// Who looked, as the reporting system names them.
#[derive(ToSchema)]
#[allow(dead_code)]
pub(crate) struct ReportedActor {
    /// staff, helper, organisation (a member organisation of the network) or system.
    #[schema(schema_with = kind_schema)]
    kind: String,
    #[schema(schema_with = name_schema)]
    name: String,
    /// The unit a member of staff works in, or the organisation a network member acts for.
    #[schema(schema_with = optional_name_schema)]
    unit: Option<String>,
}

/// One look another system reports.
#[derive(ToSchema)]
#[allow(dead_code)]
pub(crate) struct ReportedEntry {
    person: ReportedPerson,
    actor: ReportedActor,
    /// The system the look happened in, as the citizen should read it
    /// ("Sagssystemet (KMD Nexus)").
    #[schema(schema_with = name_schema)]
    system: String,
    /// The system's own name for what happened.
    #[schema(schema_with = name_schema)]
    action: String,
    /// What was looked at, in plain Danish: the citizen reads it as written.
    #[schema(schema_with = text_schema)]
    what: String,
    /// Why, in plain Danish: the citizen reads it as written.
    #[schema(schema_with = text_schema)]
    purpose: String,
    /// When it happened (RFC 3339); not in the future.
    #[schema(format = DateTime)]
    at: String,
}

/// A batch of looks.
#[derive(ToSchema)]
#[allow(dead_code)]
pub(crate) struct ReportRequest {
    #[schema(min_items = 1, max_items = 1000)]
    entries: Vec<ReportedEntry>,
}

/// Each entry is read on its own, so that one whose field has the wrong type (a `cpr`
/// of `false` beside a good `person_id`, which the document's schema lets through) is a
/// 422 naming that entry, not a 400 for the whole body.
#[derive(Deserialize)]
pub(crate) struct ReportIn {
    #[serde(default)]
    entries: Vec<serde_json::Value>,
}

/// The entries as typed, or the errors naming each that could not be read.
fn entries_of(raw: Vec<serde_json::Value>) -> Result<Vec<EntryIn>, FormErrors> {
    let mut errors = FormErrors::default();
    let entries = raw
        .into_iter()
        .enumerate()
        .map(|(n, value)| {
            serde_json::from_value(value).unwrap_or_else(|_| {
                errors.add_value(
                    format!("entries[{n}]"),
                    "access-report-unreadable",
                    String::new(),
                );
                EntryIn::default()
            })
        })
        .collect();
    match errors.is_empty() {
        true => Ok(entries),
        false => Err(errors),
    }
}

#[derive(Serialize, ToSchema)]
pub(crate) struct ReportResponse {
    /// How many looks were stored.
    count: usize,
}

#[utoipa::path(
    post,
    path = "/api/v1/access-log",
    tag = "mydata",
    params(("Idempotency-Key" = Option<String>, Header, description = "The same key and body again answer with the count the first call stored (200), and store nothing more")),
    request_body = ReportRequest,
    responses(
        (status = 201, description = "Every entry stored, in one transaction, on the audit chain; each shows in its citizen's \"Hvem har kigget\" with the system's name and who looked", body = ReportResponse),
        (status = 200, description = "A retry with the same Idempotency-Key: the count the first call stored", body = ReportResponse),
        (status = 409, description = "The Idempotency-Key was used for another request, or a request with it is still being handled (Retry-After)", content_type = "application/problem+json"),
        (status = 422, description = "An entry is wrong (unknown person, no actor, a time in the future, control characters, too long) or there are none or more than 1,000: `errors` names each as `entries[N].field`, and nothing is stored", content_type = "application/problem+json")
    )
)]
pub(crate) async fn report(
    State(state): State<AppState>,
    IdempotentJson {
        client,
        body,
        idempotency,
    }: IdempotentJson<ReportIn>,
) -> Result<(StatusCode, Json<ReportResponse>), AppError> {
    let entries = entries_of(body.entries).map_err(AppError::Invalid)?;
    let made = reported::report(
        &state.db,
        &state.clock,
        client.actor(),
        &entries,
        idempotency.as_ref(),
    )
    .await?;
    let status = match made {
        Made::New(_) => StatusCode::CREATED,
        Made::Repeat(_) => StatusCode::OK,
    };
    Ok((
        status,
        Json(ReportResponse {
            count: made.into_inner(),
        }),
    ))
}

fn kind_schema() -> utoipa::openapi::Object {
    openapi::one_of(["staff", "helper", "organisation", "system"])
}

fn name_schema() -> utoipa::openapi::Object {
    openapi::line(MAX_NAME_CHARS, Blank::Refused)
}

fn optional_name_schema() -> utoipa::openapi::Object {
    openapi::or_null(openapi::line(MAX_NAME_CHARS, Blank::Allowed))
}

fn text_schema() -> utoipa::openapi::Object {
    openapi::line(MAX_TEXT_CHARS, Blank::Refused)
}

fn cpr_schema() -> utoipa::openapi::Object {
    openapi::cpr(Blank::Refused)
}

const _: () = assert!(MAX_ENTRIES == 1000);
