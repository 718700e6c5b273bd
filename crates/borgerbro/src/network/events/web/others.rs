//! Signing up for someone else. The front desk takes calls: on
//! `/arrangementer/{id}/tilmeld-borger` it signs up someone by name and phone number, or,
//! given a CPR number, goes on to the citizen's own desk page
//! `/borgerservice/{citizen}/arrangementer/{id}` (which asks the desk's reason first, as
//! every desk page about a citizen does). A helper signs up a citizen they help on
//! `/jeg-hjaelper/{citizen}/arrangementer/{id}`, inside a permission that covers bookings
//! (look to see it, act to sign up or cancel), checked as the bookings pages check it.

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use axum_extra::extract::Form;
use serde::Deserialize;

use super::{found, Context, EventView};
use crate::audit::{self, Actor, NewEntry};
use crate::auth::{RequireUser, Role, User};
use crate::forms::FormErrors;
use crate::mandates::{self, Acting, Rights, Scope};
use crate::network::app_error;
use crate::network::events::model::{self, Channel, Status};
use crate::network::events::{self as events, Attendee, NewSignup, SignedUp};
use crate::network::web::Saved;
use crate::state::AppState;
use crate::web::{render, AppError, Page};

/// The front desk's form as typed.
#[derive(Debug, Default, Clone, Deserialize)]
#[serde(default)]
pub(crate) struct DeskForm {
    pub cpr: String,
    pub name: String,
    pub phone: String,
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub(crate) struct Made {
    /// The sign-up just made, to say how it went.
    tilmeldt: Option<String>,
}

#[derive(Template)]
#[template(path = "network/events_desk.html")]
struct DeskPage {
    page: Page,
    event: EventView,
    form: DeskForm,
    errors: FormErrors,
    /// The sign-up just made: the name, a seat or the place in line.
    made: Option<(String, bool, i64)>,
}

async fn desk_page(
    state: &AppState,
    page: Page,
    id: &str,
    form: DeskForm,
    errors: FormErrors,
    made: Option<(String, bool, i64)>,
) -> Result<Response, AppError> {
    let event = found(state, id).await?;
    let view = Context::of(state).await?.view(page.lang, &event);
    let status = match errors.is_empty() {
        true => StatusCode::OK,
        false => StatusCode::UNPROCESSABLE_ENTITY,
    };
    let html = render(&DeskPage {
        page,
        event: view,
        form,
        errors,
        made,
    })?;
    Ok((status, html).into_response())
}

/// `/arrangementer/{id}/tilmeld-borger`: the front desk signs someone up who rang.
pub(crate) async fn desk_form(
    State(state): State<AppState>,
    page: Page,
    user: RequireUser,
    Path(id): Path<String>,
    Query(made): Query<Made>,
) -> Result<Response, AppError> {
    user.with_role(Role::FrontDesk)?;
    let made = match made.tilmeldt {
        Some(signup_id) => match events::signup(&state.db, &signup_id).await? {
            // Only one without a login: a citizen's sign-up shows on their own page.
            Some(s) if s.event_id == id && s.person_id.is_none() => {
                let position = match s.status {
                    Status::Waiting => events::waiting_position(&state.db, &s).await?,
                    _ => 0,
                };
                Some((s.name, s.status == Status::Seat, position))
            }
            _ => None,
        },
        None => None,
    };
    desk_page(
        &state,
        page,
        &id,
        DeskForm::default(),
        FormErrors::default(),
        made,
    )
    .await
}

pub(crate) async fn desk_sign_up(
    State(state): State<AppState>,
    page: Page,
    user: RequireUser,
    Path(id): Path<String>,
    Form(form): Form<DeskForm>,
) -> Result<Response, AppError> {
    let staff = user.with_role(Role::FrontDesk)?;
    found(&state, &id).await?;
    if !form.cpr.trim().is_empty() {
        let mut errors = FormErrors::default();
        match crate::people::Cpr::parse(form.cpr.trim()) {
            Ok(cpr) => match crate::people::by_cpr(&state.db, &cpr).await? {
                Some(citizen) => {
                    return Ok(Redirect::to(&format!(
                        "/borgerservice/{citizen}/arrangementer/{id}"
                    ))
                    .into_response());
                }
                None => errors.add("cpr", "events-error-cpr-unknown"),
            },
            Err(_) => errors.add("cpr", "events-error-cpr"),
        }
        return desk_page(&state, page, &id, form, errors, None).await;
    }
    let (name, phone) = match model::contact(&form.name, &form.phone) {
        Ok(contact) => contact,
        Err(errors) => return desk_page(&state, page, &id, form, errors, None).await,
    };
    let new = NewSignup {
        event_id: id.clone(),
        attendee: Attendee::Contact { name, phone },
        channel: Channel::Desk,
        by: Actor::Person(staff.id.clone()),
    };
    let made = events::sign_up(&state.db, &state.clock, new)
        .await
        .map_err(app_error)?;
    Ok(Redirect::to(&format!(
        "/arrangementer/{id}/tilmeld-borger?tilmeldt={}",
        made.signup.id
    ))
    .into_response())
}

/// Who signs a registered citizen up: the front desk, or a helper inside a permission.
struct ForCitizen {
    user: User,
    citizen_id: String,
    citizen_name: String,
    /// Where these pages are, e.g. `/borgerservice/{citizen}/arrangementer`.
    base: String,
    acting: Option<Acting>,
    may_act: bool,
    channel: Channel,
}

impl ForCitizen {
    async fn desk(state: &AppState, user: RequireUser, citizen: &str) -> Result<Self, AppError> {
        let staff = user.with_role(Role::FrontDesk)?;
        let found = crate::auth::user(&state.db.pool, citizen)
            .await?
            .ok_or(AppError::NotFound)?;
        Ok(ForCitizen {
            user: staff,
            citizen_id: found.id,
            citizen_name: found.name,
            base: format!("/borgerservice/{citizen}/arrangementer"),
            acting: None,
            may_act: true,
            channel: Channel::Desk,
        })
    }

    /// A helper, checked as the bookings pages check one: a permission in force from
    /// the citizen (else "not found"), covering bookings with the rights asked (else
    /// "not covered", and the citizen sees the attempt).
    async fn helper(
        state: &AppState,
        page: &Page,
        user: RequireUser,
        citizen: &str,
        action: Rights,
    ) -> Result<Self, AppError> {
        let helper = user.0;
        let (acting, _) = mandates::acting_for(state, &helper, citizen, page.lang).await?;
        let today = state.clock.today();
        let decide = |rights| {
            mandates::check(
                &state.db,
                &helper.id,
                citizen,
                Scope::Bookings,
                rights,
                today,
            )
        };
        if decide(action).await?.is_err() {
            mandates::refused(
                &state.db,
                &state.clock,
                &helper.id,
                citizen,
                "events outside the permission",
            )
            .await?;
            return Err(AppError::NotCovered);
        }
        let may_act = decide(Rights::Act).await?.is_ok();
        Ok(ForCitizen {
            user: helper,
            citizen_id: citizen.to_owned(),
            citizen_name: acting.citizen_name.clone(),
            base: format!("/jeg-hjaelper/{citizen}/arrangementer"),
            acting: Some(acting),
            may_act,
            channel: Channel::Helper,
        })
    }

    fn actor(&self) -> Actor {
        Actor::Person(self.user.id.clone())
    }
}

#[derive(Template)]
#[template(path = "network/events_for.html")]
struct ForPage {
    page: Page,
    whose: ForCitizen,
    event: EventView,
    own: Option<SignedUp>,
    position: i64,
    saved: Option<String>,
}

impl ForPage {
    fn has_seat(&self) -> bool {
        self.own
            .as_ref()
            .is_some_and(|s| s.signup.status == Status::Seat)
    }
}

async fn for_page(
    state: &AppState,
    page: Page,
    whose: ForCitizen,
    id: &str,
    saved: Saved,
) -> Result<Response, AppError> {
    let event = found(state, id).await?;
    let own = events::own_signup(&state.db, id, &whose.citizen_id).await?;
    // Someone else read whether the citizen is signed up: the citizen sees that they did.
    audit::record(
        &state.db,
        &state.clock,
        NewEntry::new(whose.actor(), "network.signup.read")
            .subject(&whose.citizen_id)
            .acting_for(&whose.citizen_id)
            .object(id),
    )
    .await?;
    let view = Context::of(state).await?.view(page.lang, &event);
    let position = own.as_ref().and_then(|s| s.position).unwrap_or_default();
    Ok(render(&ForPage {
        page,
        whose,
        event: view,
        own,
        position,
        saved: saved.known(&["seat", "waiting", "cancelled"]),
    })?
    .into_response())
}

async fn sign_up_for(state: &AppState, whose: &ForCitizen, id: &str) -> Result<Redirect, AppError> {
    if !whose.may_act {
        return Err(AppError::NotCovered);
    }
    let new = NewSignup {
        event_id: id.to_owned(),
        attendee: Attendee::Citizen(whose.citizen_id.clone()),
        channel: whose.channel,
        by: whose.actor(),
    };
    let made = events::sign_up(&state.db, &state.clock, new)
        .await
        .map_err(app_error)?;
    Ok(Redirect::to(&format!(
        "{}/{id}?gemt={}",
        whose.base,
        super::public::saved_for(&made)
    )))
}

async fn cancel_for(state: &AppState, whose: &ForCitizen, id: &str) -> Result<Redirect, AppError> {
    if !whose.may_act {
        return Err(AppError::NotCovered);
    }
    let own = events::own_signup(&state.db, id, &whose.citizen_id)
        .await?
        .ok_or(AppError::Conflict("events-error-not-signed-up"))?;
    events::cancel_signup(
        &state.db,
        &state.clock,
        (&state.authority.post, &state.catalogue),
        &own.signup.id,
        &whose.actor(),
    )
    .await
    .map_err(app_error)?;
    Ok(Redirect::to(&format!("{}/{id}?gemt=cancelled", whose.base)))
}

/// `/borgerservice/{citizen}/arrangementer/{id}`: the front desk signs a registered
/// citizen up, or off.
pub(crate) async fn desk_citizen(
    State(state): State<AppState>,
    page: Page,
    user: RequireUser,
    Path((citizen, id)): Path<(String, String)>,
    Query(saved): Query<Saved>,
) -> Result<Response, AppError> {
    let whose = ForCitizen::desk(&state, user, &citizen).await?;
    for_page(&state, page, whose, &id, saved).await
}

pub(crate) async fn desk_citizen_sign_up(
    State(state): State<AppState>,
    user: RequireUser,
    Path((citizen, id)): Path<(String, String)>,
) -> Result<Redirect, AppError> {
    let whose = ForCitizen::desk(&state, user, &citizen).await?;
    sign_up_for(&state, &whose, &id).await
}

pub(crate) async fn desk_citizen_cancel(
    State(state): State<AppState>,
    user: RequireUser,
    Path((citizen, id)): Path<(String, String)>,
) -> Result<Redirect, AppError> {
    let whose = ForCitizen::desk(&state, user, &citizen).await?;
    cancel_for(&state, &whose, &id).await
}

/// `/jeg-hjaelper/{citizen}/arrangementer/{id}`: a helper signs the citizen up, or off.
pub(crate) async fn helper(
    State(state): State<AppState>,
    page: Page,
    user: RequireUser,
    Path((citizen, id)): Path<(String, String)>,
    Query(saved): Query<Saved>,
) -> Result<Response, AppError> {
    let whose = ForCitizen::helper(&state, &page, user, &citizen, Rights::Look).await?;
    for_page(&state, page, whose, &id, saved).await
}

pub(crate) async fn helper_sign_up(
    State(state): State<AppState>,
    page: Page,
    user: RequireUser,
    Path((citizen, id)): Path<(String, String)>,
) -> Result<Redirect, AppError> {
    let whose = ForCitizen::helper(&state, &page, user, &citizen, Rights::Act).await?;
    sign_up_for(&state, &whose, &id).await
}

pub(crate) async fn helper_cancel(
    State(state): State<AppState>,
    page: Page,
    user: RequireUser,
    Path((citizen, id)): Path<(String, String)>,
) -> Result<Redirect, AppError> {
    let whose = ForCitizen::helper(&state, &page, user, &citizen, Rights::Act).await?;
    cancel_for(&state, &whose, &id).await
}
