//! The members' pages: `/netvaerk` (the network and its members, for anyone),
//! `/netvaerk/medlemmer/{id}` (a member's public page), `/netvaerk/bliv-medlem` (ask to
//! join), `/netvaerk/ansoegninger` (the coordinator decides) and
//! `/netvaerk/min-organisation` (a member changes its page or leaves).

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{Html, IntoResponse, Redirect, Response};
use axum_extra::extract::Form;
use serde::Deserialize;

use super::model::{Kind, OrganisationForm, Status, LANGUAGES};
use super::Organisation;
use crate::auth::{RequireUser, Role};
use crate::forms::FormErrors;
use crate::help::Place;
use crate::network::web::Saved;
use crate::network::{app_error, NetworkError};
use crate::state::AppState;
use crate::web::{long_date, render, AppError, Page};

/// The words for an organisation's kind and languages, for every page that shows one.
pub(crate) struct Words<'a>(pub &'a Page);

impl Words<'_> {
    pub(crate) fn kind(&self, kind: &Kind) -> String {
        self.0.t(&kind.label_key())
    }

    pub(crate) fn languages(&self, codes: &[String]) -> String {
        codes
            .iter()
            .map(|code| self.0.t(&format!("help-language-{code}")))
            .collect::<Vec<_>>()
            .join(", ")
    }
}

#[derive(Template)]
#[template(path = "network/front.html")]
struct FrontPage {
    page: Page,
    members: Vec<Organisation>,
    /// The person's own organisation, a request of theirs, and how many requests wait
    /// for the coordinator.
    own: Option<Organisation>,
    requests: Vec<Organisation>,
    waiting: Option<usize>,
    saved: Option<String>,
}

impl FrontPage {
    fn saved_key(&self, saved: &str) -> String {
        format!("network-saved-{saved}")
    }

    fn words(&self) -> Words<'_> {
        Words(&self.page)
    }

    fn waiting_count(&self) -> usize {
        self.waiting.unwrap_or_default()
    }

    fn requested(&self) -> bool {
        self.requests.iter().any(|r| r.status == Status::Requested)
    }

    fn refused(&self) -> Vec<&Organisation> {
        self.requests
            .iter()
            .filter(|r| r.status == Status::Refused)
            .collect()
    }
}

/// `/netvaerk`: what the network is, its members, and the way in for the person reading.
pub(crate) async fn front(
    State(state): State<AppState>,
    page: Page,
    Query(saved): Query<Saved>,
) -> Result<Html<String>, AppError> {
    let members = super::members(&state.db).await?;
    let (own, requests, waiting) = match &page.user {
        Some(user) => (
            super::acting_for(&state.db, user).await?,
            super::own_requests(&state.db, user).await?,
            match user.has(Role::NetworkCoordinator) {
                true => Some(
                    super::waiting(&state.db, user)
                        .await
                        .map_err(app_error)?
                        .len(),
                ),
                false => None,
            },
        ),
        None => (None, Vec::new(), None),
    };
    render(&FrontPage {
        page,
        members,
        own,
        requests,
        waiting,
        saved: saved.known(&["requested", "left", "no-longer-contact"]),
    })
}

#[derive(Template)]
#[template(path = "network/member.html")]
struct MemberPage {
    page: Page,
    organisation: Organisation,
    places: Vec<Place>,
}

impl MemberPage {
    fn words(&self) -> Words<'_> {
        Words(&self.page)
    }

    fn former(&self) -> bool {
        self.organisation.status == Status::Left
    }

    /// The coordinator manages a member's contact people from its page.
    fn manages_contacts(&self) -> bool {
        let coordinator = self
            .page
            .user
            .as_ref()
            .is_some_and(|u| u.has(Role::NetworkCoordinator));
        coordinator && self.organisation.status == Status::Member
    }

    fn left_on(&self) -> String {
        self.organisation
            .left_at
            .map(|ms| long_date(self.page.lang, crate::clock::day_of(ms)))
            .unwrap_or_default()
    }
}

/// The help places of an organisation that still exist, in its order.
async fn places_of(state: &AppState, organisation: &Organisation) -> Result<Vec<Place>, AppError> {
    let loaded = state.catalogue.load(&state.db).await?;
    Ok(organisation
        .profile
        .place_ids
        .iter()
        .filter_map(|id| loaded.get(id).cloned())
        .collect())
}

/// `/netvaerk/medlemmer/{id}`: a member's public page.
pub(crate) async fn member(
    State(state): State<AppState>,
    page: Page,
    Path(id): Path<String>,
) -> Result<Html<String>, AppError> {
    let organisation = super::public(&state.db, &id)
        .await?
        .ok_or(AppError::NotFound)?;
    let places = places_of(&state, &organisation).await?;
    render(&MemberPage {
        page,
        organisation,
        places,
    })
}

/// The organisation form, for asking to join and for a member's changes alike.
#[derive(Template)]
#[template(path = "network/organisation_form.html")]
struct OrganisationPage {
    page: Page,
    /// `join` or `edit`: the heading, the address the form goes to, the button.
    purpose: &'static str,
    form: OrganisationForm,
    errors: FormErrors,
    kinds: [Kind; 8],
    languages: [&'static str; 14],
    places: Vec<Place>,
    /// For `edit`: the organisation's id and contact people, and what was just saved.
    organisation_id: Option<String>,
    contacts: Vec<String>,
    saved: Option<String>,
}

impl OrganisationPage {
    /// The key of a text that differs between asking to join and changing the page.
    fn key(&self, part: &str) -> String {
        format!("network-{}-{part}", self.purpose)
    }

    fn words(&self) -> Words<'_> {
        Words(&self.page)
    }

    fn ticked_language(&self, code: &&str) -> bool {
        self.form.languages.iter().any(|c| c == code)
    }

    fn ticked_place(&self, place: &Place) -> bool {
        self.form.places.contains(&place.id)
    }

    fn language_name(&self, code: &&str) -> String {
        self.page.t(&format!("help-language-{code}"))
    }
}

struct Shown {
    form: OrganisationForm,
    errors: FormErrors,
    organisation_id: Option<String>,
    contacts: Vec<String>,
    saved: Option<String>,
}

async fn organisation_page(
    state: &AppState,
    page: Page,
    purpose: &'static str,
    shown: Shown,
    status: StatusCode,
) -> Result<Response, AppError> {
    let loaded = state.catalogue.load(&state.db).await?;
    let html = render(&OrganisationPage {
        page,
        purpose,
        form: shown.form,
        errors: shown.errors,
        kinds: Kind::ALL,
        languages: LANGUAGES,
        places: loaded.places.all().to_vec(),
        organisation_id: shown.organisation_id,
        contacts: shown.contacts,
        saved: shown.saved,
    })?;
    Ok((status, html).into_response())
}

/// A refused form again with what was typed and what is wrong; any other refusal is
/// the error page.
async fn refused(
    state: &AppState,
    page: Page,
    purpose: &'static str,
    form: OrganisationForm,
    error: NetworkError,
    own: Option<&Organisation>,
) -> Result<Response, AppError> {
    match error {
        NetworkError::Invalid(errors) => {
            let contacts = match own {
                Some(o) => super::contact_names(&state.db, &o.id).await?,
                None => Vec::new(),
            };
            let shown = Shown {
                form,
                errors,
                organisation_id: own.map(|o| o.id.clone()),
                contacts,
                saved: None,
            };
            organisation_page(
                state,
                page,
                purpose,
                shown,
                StatusCode::UNPROCESSABLE_ENTITY,
            )
            .await
        }
        other => Err(app_error(other)),
    }
}

/// `/netvaerk/bliv-medlem`: ask for one's organisation to join.
pub(crate) async fn join_form(
    State(state): State<AppState>,
    page: Page,
    RequireUser(_user): RequireUser,
) -> Result<Response, AppError> {
    let shown = Shown {
        form: OrganisationForm::default(),
        errors: FormErrors::default(),
        organisation_id: None,
        contacts: Vec::new(),
        saved: None,
    };
    organisation_page(&state, page, "join", shown, StatusCode::OK).await
}

pub(crate) async fn join(
    State(state): State<AppState>,
    page: Page,
    RequireUser(user): RequireUser,
    Form(form): Form<OrganisationForm>,
) -> Result<Response, AppError> {
    match super::request(&state.db, &state.clock, &state.catalogue, &user, &form).await {
        Ok(_) => Ok(Redirect::to("/netvaerk?gemt=requested").into_response()),
        Err(error) => refused(&state, page, "join", form, error, None).await,
    }
}

fn form_of(organisation: &Organisation) -> OrganisationForm {
    let p = &organisation.profile;
    OrganisationForm {
        name: p.name.clone(),
        kind: p.kind.as_str().to_owned(),
        who_they_help: p.who_they_help.clone(),
        area: p.area.clone(),
        languages: p.languages.clone(),
        website: p.website.clone(),
        phone: p.phone.clone(),
        places: p.place_ids.clone(),
    }
}

/// `/netvaerk/min-organisation`: a member's page as its contact people change it.
pub(crate) async fn own_form(
    State(state): State<AppState>,
    page: Page,
    RequireUser(user): RequireUser,
    Query(saved): Query<Saved>,
) -> Result<Response, AppError> {
    let organisation = super::member_of(&state.db, &user)
        .await
        .map_err(app_error)?;
    let shown = Shown {
        form: form_of(&organisation),
        errors: FormErrors::default(),
        organisation_id: Some(organisation.id.clone()),
        contacts: super::contact_names(&state.db, &organisation.id).await?,
        saved: saved.known(&["profile"]),
    };
    organisation_page(&state, page, "edit", shown, StatusCode::OK).await
}

pub(crate) async fn own_update(
    State(state): State<AppState>,
    page: Page,
    RequireUser(user): RequireUser,
    Form(form): Form<OrganisationForm>,
) -> Result<Response, AppError> {
    match super::update(&state.db, &state.clock, &state.catalogue, &user, &form).await {
        Ok(()) => Ok(Redirect::to("/netvaerk/min-organisation?gemt=profile").into_response()),
        Err(error) => {
            let organisation = super::member_of(&state.db, &user)
                .await
                .map_err(app_error)?;
            refused(&state, page, "edit", form, error, Some(&organisation)).await
        }
    }
}

/// A member leaves: back to the network's page, which says so.
pub(crate) async fn leave(
    State(state): State<AppState>,
    RequireUser(user): RequireUser,
) -> Result<Redirect, AppError> {
    super::leave(&state.db, &state.clock, &user)
        .await
        .map_err(app_error)?;
    Ok(Redirect::to("/netvaerk?gemt=left"))
}

#[derive(Template)]
#[template(path = "network/requests.html")]
struct RequestsPage {
    page: Page,
    requests: Vec<Organisation>,
    /// A refusal without a reason: its request's id, the reason typed, the errors.
    refusing: Option<(String, String)>,
    errors: FormErrors,
    saved: Option<String>,
}

impl RequestsPage {
    fn saved_key(&self, saved: &str) -> String {
        format!("network-saved-{saved}")
    }

    fn words(&self) -> Words<'_> {
        Words(&self.page)
    }

    fn asked_on(&self, o: &Organisation) -> String {
        long_date(self.page.lang, crate::clock::day_of(o.requested_at))
    }

    fn reason_for(&self, o: &Organisation) -> &str {
        match &self.refusing {
            Some((id, typed)) if *id == o.id => typed,
            _ => "",
        }
    }
}

async fn requests_page(
    state: &AppState,
    page: Page,
    user: &crate::auth::User,
    refusing: Option<(String, String)>,
    errors: FormErrors,
    saved: Option<String>,
) -> Result<Response, AppError> {
    let requests = super::waiting(&state.db, user).await.map_err(app_error)?;
    let status = match errors.is_empty() {
        true => StatusCode::OK,
        false => StatusCode::UNPROCESSABLE_ENTITY,
    };
    let html = render(&RequestsPage {
        page,
        requests,
        refusing,
        errors,
        saved,
    })?;
    Ok((status, html).into_response())
}

/// `/netvaerk/ansoegninger`: the requests that wait for the coordinator.
pub(crate) async fn requests(
    State(state): State<AppState>,
    page: Page,
    RequireUser(user): RequireUser,
    Query(saved): Query<Saved>,
) -> Result<Response, AppError> {
    let saved = saved.known(&["approved", "refused"]);
    requests_page(&state, page, &user, None, FormErrors::default(), saved).await
}

pub(crate) async fn approve(
    State(state): State<AppState>,
    RequireUser(user): RequireUser,
    Path(id): Path<String>,
) -> Result<Redirect, AppError> {
    super::approve(&state.db, &state.clock, &user, &id)
        .await
        .map_err(app_error)?;
    Ok(Redirect::to("/netvaerk/ansoegninger?gemt=approved"))
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub(crate) struct RefusalForm {
    reason: String,
}

pub(crate) async fn refuse(
    State(state): State<AppState>,
    page: Page,
    RequireUser(user): RequireUser,
    Path(id): Path<String>,
    Form(form): Form<RefusalForm>,
) -> Result<Response, AppError> {
    match super::refuse(&state.db, &state.clock, &user, &id, &form.reason).await {
        Ok(()) => Ok(Redirect::to("/netvaerk/ansoegninger?gemt=refused").into_response()),
        Err(NetworkError::Invalid(errors)) => {
            let mut renamed = FormErrors::default();
            for e in errors.iter() {
                renamed.add_at(format!("reason-{id}"), e.message);
            }
            requests_page(&state, page, &user, Some((id, form.reason)), renamed, None).await
        }
        Err(other) => Err(app_error(other)),
    }
}
