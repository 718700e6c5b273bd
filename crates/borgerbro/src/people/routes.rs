//! The citizen's choice of paper or digital post, and the people API for systems.

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{Html, Redirect};
use axum::{Form, Json};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use super::model::{Channel, Cpr, Profile};
use super::{CreateError, NewCitizen};
use crate::audit::{self, Actor, NewEntry};
use crate::auth::{ApiClient, RequireUser, Role};
use crate::forms::FormErrors;
use crate::idempotency::Made;
use crate::state::AppState;
use crate::web::idempotency::IdempotentJson;
use crate::web::openapi::{self, Blank};
use crate::web::{render, AppError, Page};

const MAX_NAME_CHARS: usize = 200;
/// A Danish address on one line ("c/o", floor and door included) is far shorter.
const MAX_ADDRESS_CHARS: usize = 300;

/// A person as systems see them: the CPR number masked.
#[derive(Serialize, ToSchema)]
pub(crate) struct PersonResponse {
    id: String,
    name: String,
    /// Masked: "150584-****".
    cpr: Option<String>,
    address: Option<String>,
    phone: Option<String>,
    /// How letters reach the person now.
    channel: Channel,
}

impl From<Profile> for PersonResponse {
    fn from(profile: Profile) -> Self {
        Self {
            cpr: profile.masked_cpr(),
            channel: profile.channel(),
            id: profile.person_id,
            name: profile.name,
            address: profile.address,
            phone: profile.phone,
        }
    }
}

#[derive(Deserialize, ToSchema)]
pub(crate) struct NewPersonRequest {
    #[schema(schema_with = name_schema)]
    name: String,
    #[schema(schema_with = cpr_schema)]
    cpr: Option<String>,
    #[schema(schema_with = address_schema)]
    address: Option<String>,
    #[schema(schema_with = openapi::phone)]
    phone: Option<String>,
}

fn name_schema() -> utoipa::openapi::Object {
    openapi::line(MAX_NAME_CHARS, Blank::Refused)
}

/// Blank is no CPR number.
fn cpr_schema() -> utoipa::openapi::Object {
    openapi::or_null(openapi::cpr(Blank::Allowed))
}

/// Blank is no address.
fn address_schema() -> utoipa::openapi::Object {
    openapi::or_null(openapi::line(MAX_ADDRESS_CHARS, Blank::Allowed))
}

fn blank_to_none(value: Option<String>) -> Option<String> {
    value.map(|v| v.trim().to_owned()).filter(|v| !v.is_empty())
}

#[utoipa::path(
    post,
    path = "/api/v1/people",
    tag = "people",
    security(("api_key" = [])),
    params(("Idempotency-Key" = Option<String>, Header, description = "The same key and body again answer with the person the first call registered (200), and register nobody more")),
    request_body = NewPersonRequest,
    responses(
        (status = 201, description = "The person was registered", body = PersonResponse),
        (status = 200, description = "A retry with the same Idempotency-Key: the person the first call registered", body = PersonResponse),
        (status = 409, description = "A person with this CPR number exists, the Idempotency-Key was used for another request, or a request with it is still being handled (Retry-After)", content_type = "application/problem+json"),
        (status = 422, description = "A field breaks the rules; `errors` says which and why", content_type = "application/problem+json")
    )
)]
pub(crate) async fn create(
    State(state): State<AppState>,
    IdempotentJson {
        client,
        body: request,
        idempotency,
    }: IdempotentJson<NewPersonRequest>,
) -> Result<(StatusCode, Json<PersonResponse>), AppError> {
    let mut errors = FormErrors::default();
    let name = errors.line(
        "name",
        &request.name,
        MAX_NAME_CHARS,
        "people-name-too-long",
    );
    if name.is_empty() {
        errors.add("name", "people-name-missing");
    }
    let address = blank_to_none(request.address).map(|address| {
        errors.line(
            "address",
            &address,
            MAX_ADDRESS_CHARS,
            "people-address-too-long",
        )
    });
    let cpr = match blank_to_none(request.cpr)
        .map(|raw| Cpr::parse(&raw))
        .transpose()
    {
        Ok(cpr) => cpr,
        Err(error) => {
            errors.add("cpr", error.message_key());
            None
        }
    };
    let phone =
        crate::phone::parse(request.phone.as_deref().unwrap_or_default()).unwrap_or_else(|_| {
            errors.add("phone", "people-phone-invalid");
            None
        });
    if !errors.is_empty() {
        return Err(AppError::Invalid(errors));
    }
    let citizen = NewCitizen {
        name,
        cpr,
        address,
        phone,
    };
    let made = super::create(
        &state.db,
        &state.clock,
        &citizen,
        client.actor(),
        idempotency.as_ref(),
    )
    .await
    .map_err(|error| match error {
        CreateError::CprTaken { .. } => AppError::Conflict("people-cpr-taken"),
        CreateError::Idempotency(error) => error.into(),
        CreateError::Database(error) => error.into(),
    })?;
    let (status, id) = match made {
        Made::New(id) => (StatusCode::CREATED, id),
        Made::Repeat(id) => (StatusCode::OK, id),
    };
    let profile = super::profile(&state.db, &id)
        .await?
        .ok_or(AppError::NotFound)?;
    Ok((status, Json(profile.into())))
}

async fn set_exemption_api(
    state: &AppState,
    client: &ApiClient,
    id: &str,
    paper_post: bool,
) -> Result<Json<PersonResponse>, AppError> {
    super::profile(&state.db, id)
        .await?
        .ok_or(AppError::NotFound)?;
    super::set_exemption(&state.db, &state.clock, id, paper_post, client.actor()).await?;
    let profile = super::profile(&state.db, id)
        .await?
        .ok_or(AppError::NotFound)?;
    Ok(Json(profile.into()))
}

#[utoipa::path(
    put,
    path = "/api/v1/people/{id}/exemption",
    tag = "people",
    security(("api_key" = [])),
    params(("id" = String, Path, format = Uuid, description = "The person's id")),
    responses(
        (status = 200, description = "Letters now go on paper, from this moment", body = PersonResponse),
        (status = 404, description = "No such person", content_type = "application/problem+json")
    )
)]
pub(crate) async fn exempt(
    State(state): State<AppState>,
    client: ApiClient,
    Path(id): Path<String>,
) -> Result<Json<PersonResponse>, AppError> {
    set_exemption_api(&state, &client, &id, true).await
}

#[utoipa::path(
    delete,
    path = "/api/v1/people/{id}/exemption",
    tag = "people",
    security(("api_key" = [])),
    params(("id" = String, Path, format = Uuid, description = "The person's id")),
    responses(
        (status = 200, description = "Letters are digital again, from this moment", body = PersonResponse),
        (status = 404, description = "No such person", content_type = "application/problem+json")
    )
)]
pub(crate) async fn unexempt(
    State(state): State<AppState>,
    client: ApiClient,
    Path(id): Path<String>,
) -> Result<Json<PersonResponse>, AppError> {
    set_exemption_api(&state, &client, &id, false).await
}

#[derive(Template)]
#[template(path = "people/post_choice.html")]
struct PostChoicePage {
    page: Page,
    profile: Profile,
    changed: bool,
}

pub(crate) async fn post_choice(
    State(state): State<AppState>,
    page: Page,
    user: RequireUser,
) -> Result<Html<String>, AppError> {
    let citizen = user.with_role(Role::Citizen)?;
    let profile = super::profile(&state.db, &citizen.id)
        .await?
        .ok_or(AppError::NotFound)?;
    render(&PostChoicePage {
        page,
        profile,
        changed: false,
    })
}

#[derive(Deserialize)]
pub(crate) struct PostChoiceForm {
    channel: String,
}

/// The citizen's own choice: no reason asked, effective at once, undone the same way.
pub(crate) async fn choose_post(
    State(state): State<AppState>,
    page: Page,
    user: RequireUser,
    Form(form): Form<PostChoiceForm>,
) -> Result<Html<String>, AppError> {
    let citizen = user.with_role(Role::Citizen)?;
    let channel = Channel::parse(&form.channel).ok_or(AppError::BadRequest("error-bad-form"))?;
    super::set_exemption(
        &state.db,
        &state.clock,
        &citizen.id,
        channel == Channel::Paper,
        Actor::Person(citizen.id.clone()),
    )
    .await?;
    let profile = super::profile(&state.db, &citizen.id)
        .await?
        .ok_or(AppError::NotFound)?;
    render(&PostChoicePage {
        page,
        profile,
        changed: true,
    })
}

#[derive(Template)]
#[template(path = "people/front_desk.html")]
struct FrontDeskPage {
    page: Page,
    query: String,
    found: Vec<Profile>,
    searched: bool,
}

#[derive(Deserialize)]
pub(crate) struct FrontDeskQuery {
    q: Option<String>,
}

/// The front desk finds a citizen at the counter. The results show only what tells the
/// member of staff which one is at the counter (name and masked CPR number) and the ways
/// into their data, each of which asks the reason first (`mydata::desk_reason_gate`) and
/// records the look with it; so the search itself records no look at anyone.
pub(crate) async fn front_desk(
    State(state): State<AppState>,
    page: Page,
    user: RequireUser,
    Query(query): Query<FrontDeskQuery>,
) -> Result<Html<String>, AppError> {
    user.with_role(Role::FrontDesk)?;
    let query = query.q.unwrap_or_default().trim().to_owned();
    let found = if query.is_empty() {
        Vec::new()
    } else {
        super::search(&state.db, &query).await?
    };
    render(&FrontDeskPage {
        page,
        searched: !query.is_empty(),
        query,
        found,
    })
}

#[derive(Template)]
#[template(path = "people/front_desk_citizen.html")]
struct FrontDeskCitizenPage {
    page: Page,
    person: Profile,
    /// The citizen's notes of disagreement on their person data.
    record_notes: Vec<crate::mydata::NoteView>,
    changed: bool,
}

#[derive(Deserialize)]
pub(crate) struct ChangedQuery {
    skiftet: Option<String>,
}

/// How letters reach a citizen at the counter and whether they are protected, with the
/// forms to change both; behind the front desk's reason, which the look is recorded with.
pub(crate) async fn front_desk_citizen(
    State(state): State<AppState>,
    page: Page,
    user: RequireUser,
    Path(id): Path<String>,
    Query(query): Query<ChangedQuery>,
) -> Result<Html<String>, AppError> {
    let staff = user.with_role(Role::FrontDesk)?;
    let person = super::profile(&state.db, &id)
        .await?
        .ok_or(AppError::NotFound)?;
    let record = crate::mydata::Record::Person;
    let record_notes = crate::mydata::notes_for_staff(&state.db, page.lang, &id, &record).await?;
    audit::record(
        &state.db,
        &state.clock,
        NewEntry::new(Actor::Person(staff.id), "people.view").subject(&id),
    )
    .await?;
    render(&FrontDeskCitizenPage {
        page,
        person,
        record_notes,
        changed: query.skiftet.is_some(),
    })
}

#[derive(Deserialize)]
pub(crate) struct FrontDeskForm {
    channel: String,
}

pub(crate) async fn front_desk_choose(
    State(state): State<AppState>,
    user: RequireUser,
    Path(id): Path<String>,
    Form(form): Form<FrontDeskForm>,
) -> Result<Redirect, AppError> {
    let staff = user.with_role(Role::FrontDesk)?;
    let channel = Channel::parse(&form.channel).ok_or(AppError::BadRequest("error-bad-form"))?;
    super::profile(&state.db, &id)
        .await?
        .ok_or(AppError::NotFound)?;
    super::set_exemption(
        &state.db,
        &state.clock,
        &id,
        channel == Channel::Paper,
        Actor::Person(staff.id),
    )
    .await?;
    Ok(Redirect::to(&format!("/borgerservice/{id}/post?skiftet=1")))
}
