//! The citizen's choice of paper or digital post, and the people API for systems.

use askama::Template;
use axum::extract::Request;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::middleware::Next;
use axum::response::{Html, IntoResponse, Redirect, Response};
use axum::{Form, Json};
use axum_extra::extract::CookieJar;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use super::model::{Channel, Cpr, Profile};
use super::{CreateError, NewCitizen, Reading};
use crate::audit::{self, Actor, NewEntry};
use crate::auth::{ApiClient, RequireUser, Role};
use crate::forms::FormErrors;
use crate::i18n::Lang;
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
    /// The language Borgerbro writes to them in, and opens their pages in.
    #[schema(schema_with = language_schema)]
    language: String,
    /// They see "Kort fortalt" and easy steps first.
    easy_read: bool,
    /// Letters on paper in at least 16 pt, and larger text on the pages.
    large_print: bool,
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
            language: profile.language,
            easy_read: profile.easy_read,
            large_print: profile.large_print,
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
    /// Danish when left out.
    #[schema(schema_with = optional_language_schema)]
    language: Option<String>,
    #[serde(default)]
    easy_read: bool,
    #[serde(default)]
    large_print: bool,
}

/// A change to how a person reads; what is left out stays as it is.
#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub(crate) struct ReadingChange {
    #[schema(schema_with = optional_language_schema)]
    language: Option<String>,
    easy_read: Option<bool>,
    large_print: Option<bool>,
}

fn language_schema() -> utoipa::openapi::Object {
    openapi::one_of(Lang::ALL.iter().map(|lang| lang.code()))
}

fn optional_language_schema() -> utoipa::openapi::Object {
    openapi::one_of_or_null(Lang::ALL.iter().map(|lang| lang.code()))
}

/// A language code as a system sends it, checked against the languages Borgerbro speaks.
fn language_field(errors: &mut FormErrors, code: Option<&str>) -> Option<Lang> {
    let code = code?;
    let lang = Lang::from_code(code.trim());
    if lang.is_none() {
        errors.add("language", "people-language-unknown");
    }
    lang
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
    let language = language_field(&mut errors, request.language.as_deref()).unwrap_or_default();
    if !errors.is_empty() {
        return Err(AppError::Invalid(errors));
    }
    let citizen = NewCitizen {
        name,
        cpr,
        address,
        phone,
        reading: Reading {
            language,
            easy_read: request.easy_read,
            large_print: request.large_print,
        },
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

#[utoipa::path(
    patch,
    path = "/api/v1/people/{id}",
    tag = "people",
    security(("api_key" = [])),
    params(("id" = String, Path, format = Uuid, description = "The person's id")),
    request_body = ReadingChange,
    responses(
        (status = 200, description = "The person as they are now; letters written from now on follow the change", body = PersonResponse),
        (status = 404, description = "No such person", content_type = "application/problem+json"),
        (status = 422, description = "An unknown language; `errors` says which languages there are", content_type = "application/problem+json")
    )
)]
pub(crate) async fn change(
    State(state): State<AppState>,
    client: ApiClient,
    Path(id): Path<String>,
    Json(request): Json<ReadingChange>,
) -> Result<Json<PersonResponse>, AppError> {
    let profile = super::profile(&state.db, &id)
        .await?
        .ok_or(AppError::NotFound)?;
    let mut errors = FormErrors::default();
    let language = language_field(&mut errors, request.language.as_deref());
    if !errors.is_empty() {
        return Err(AppError::Invalid(errors));
    }
    let reading = Reading {
        language: language
            .or_else(|| Lang::from_code(&profile.language))
            .unwrap_or_default(),
        easy_read: request.easy_read.unwrap_or(profile.easy_read),
        large_print: request.large_print.unwrap_or(profile.large_print),
    };
    super::set_reading(&state.db, &state.clock, &id, &reading, client.actor()).await?;
    let profile = super::profile(&state.db, &id)
        .await?
        .ok_or(AppError::NotFound)?;
    Ok(Json(profile.into()))
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
    /// The reading form, as stored.
    form: ReadingForm,
    errors: FormErrors,
    reading_saved: bool,
}

#[derive(Deserialize)]
pub(crate) struct ChangedQuery {
    skiftet: Option<String>,
    sprog: Option<String>,
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
        form: ReadingForm::of(&person),
        person,
        record_notes,
        changed: query.skiftet.is_some(),
        errors: FormErrors::default(),
        reading_saved: query.sprog.is_some(),
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

/// The reading form as typed: kept as typed when it is refused.
#[derive(Deserialize, Default)]
pub(crate) struct ReadingForm {
    #[serde(default)]
    sprog: String,
    let_laest: Option<String>,
    stor_skrift: Option<String>,
}

impl ReadingForm {
    fn of(profile: &Profile) -> Self {
        Self {
            sprog: profile.language.clone(),
            let_laest: profile.easy_read.then(|| "1".to_owned()),
            stor_skrift: profile.large_print.then(|| "1".to_owned()),
        }
    }

    pub(crate) fn easy_read(&self) -> bool {
        self.let_laest.is_some()
    }

    pub(crate) fn large_print(&self) -> bool {
        self.stor_skrift.is_some()
    }

    fn reading(&self) -> Result<Reading, FormErrors> {
        let Some(language) = Lang::from_code(self.sprog.trim()) else {
            let mut errors = FormErrors::default();
            errors.add("sprog", "reading-error-language");
            return Err(errors);
        };
        Ok(Reading {
            language,
            easy_read: self.easy_read(),
            large_print: self.large_print(),
        })
    }
}

#[derive(Template)]
#[template(path = "people/reading.html")]
struct ReadingPage {
    page: Page,
    form: ReadingForm,
    errors: FormErrors,
    saved: bool,
}

#[derive(Deserialize)]
pub(crate) struct SavedQuery {
    gemt: Option<String>,
}

/// "Sprog og læsning": the citizen chooses the language Borgerbro writes to them in,
/// easy-read and large print.
pub(crate) async fn reading(
    State(state): State<AppState>,
    page: Page,
    user: RequireUser,
    Query(query): Query<SavedQuery>,
) -> Result<Html<String>, AppError> {
    let citizen = user.with_role(Role::Citizen)?;
    let profile = super::profile(&state.db, &citizen.id)
        .await?
        .ok_or(AppError::NotFound)?;
    render(&ReadingPage {
        page,
        form: ReadingForm::of(&profile),
        errors: FormErrors::default(),
        saved: query.gemt.is_some(),
    })
}

/// Saves the citizen's reading choices; their pages switch to the language at once.
pub(crate) async fn choose_reading(
    State(state): State<AppState>,
    page: Page,
    user: RequireUser,
    jar: CookieJar,
    Form(form): Form<ReadingForm>,
) -> Result<Response, AppError> {
    let citizen = user.with_role(Role::Citizen)?;
    let reading = match form.reading() {
        Ok(reading) => reading,
        Err(errors) => {
            let html = render(&ReadingPage {
                page,
                form,
                errors,
                saved: false,
            })?;
            return Ok((StatusCode::UNPROCESSABLE_ENTITY, html).into_response());
        }
    };
    super::set_reading(
        &state.db,
        &state.clock,
        &citizen.id,
        &reading,
        Actor::Person(citizen.id.clone()),
    )
    .await?;
    // This browser follows the choice at once, whatever it had chosen before.
    let jar = jar.add(crate::web::routes::language_cookie(
        &state,
        reading.language,
    ));
    Ok((jar, Redirect::to("/min-side/sprog?gemt=1")).into_response())
}

/// The front desk sets how a citizen at the counter reads, at their request.
pub(crate) async fn front_desk_reading(
    State(state): State<AppState>,
    user: RequireUser,
    Path(id): Path<String>,
    Form(form): Form<ReadingForm>,
) -> Result<Redirect, AppError> {
    let staff = user.with_role(Role::FrontDesk)?;
    super::profile(&state.db, &id)
        .await?
        .ok_or(AppError::NotFound)?;
    let reading = form.reading().map_err(AppError::Invalid)?;
    super::set_reading(
        &state.db,
        &state.clock,
        &id,
        &reading,
        Actor::Person(staff.id),
    )
    .await?;
    Ok(Redirect::to(&format!("/borgerservice/{id}/post?sprog=1")))
}

/// Hands the logged-in person's reading choices to the pages (and error pages): their
/// language (unless this browser has chosen one, later, `web::error::request_lang`),
/// large print and easy-read. One read of their profile; none for someone Borgerbro
/// keeps no profile of (most staff).
pub(crate) async fn reader_choices(
    State(state): State<AppState>,
    mut request: Request,
    next: Next,
) -> Result<Response, AppError> {
    let choices = match request.extensions().get::<crate::auth::User>() {
        Some(user) => super::reader_choices(&state.db, &user.id).await?,
        None => None,
    };
    if let Some(choices) = choices {
        request.extensions_mut().insert(choices);
    }
    let mut response = next.run(request).await;
    if let Some(choices) = choices {
        response.extensions_mut().insert(choices);
    }
    Ok(response)
}
