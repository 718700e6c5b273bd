//! The organiser's pages: `/arrangementer/nyt` (publish), `/arrangementer/{id}/ret`
//! (change), `/arrangementer/{id}/aflys` (cancel), `/arrangementer/{id}/deltagere` (who
//! comes, the waiting list in order, and who came). A member's people organise the
//! member's events, the authority's staff for the network the authority's; anyone else
//! is refused (403), citizens included.

use askama::Template;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use axum_extra::extract::Form;
use serde::Deserialize;

use super::{found, kind_choices, language_choices, Context, EventView};
use crate::audit::Actor;
use crate::auth::RequireUser;
use crate::forms::FormErrors;
use crate::forms::{choices, Choice};
use crate::network::events::model::{EventForm, Status};
use crate::network::events::{self as events, Listed};
use crate::network::{app_error, NetworkError};
use crate::state::AppState;
use crate::web::{render, AppError, Page};

#[derive(Template)]
#[template(path = "network/events_form.html")]
struct FormPage {
    page: Page,
    /// `new` or `edit`: the heading, the address the form goes to, the button.
    purpose: &'static str,
    /// The event changed, for `edit`.
    id: String,
    /// Whose event it is: the member's name, or the authority's.
    organiser: String,
    form: EventForm,
    errors: FormErrors,
    kinds: Vec<Choice>,
    places: Vec<Choice>,
    languages: Vec<Choice>,
}

impl FormPage {
    /// The Fluent key of this purpose's `what` (`title`, `button`).
    fn key(&self, what: &str) -> String {
        format!("events-{}-{what}", self.purpose)
    }

    fn action(&self) -> String {
        match self.purpose {
            "new" => "/arrangementer/nyt".to_owned(),
            _ => format!("/arrangementer/{}/ret", self.id),
        }
    }
}

async fn form_page(
    state: &AppState,
    page: Page,
    purpose: &'static str,
    id: String,
    organiser: String,
    form: EventForm,
    errors: FormErrors,
) -> Result<Response, AppError> {
    let lang = page.lang;
    let context = Context::of(state).await?;
    let status = match errors.is_empty() {
        true => StatusCode::OK,
        false => StatusCode::UNPROCESSABLE_ENTITY,
    };
    let html = render(&FormPage {
        kinds: kind_choices(lang, &form.kind),
        places: choices(context.places(), &form.place),
        languages: language_choices(lang, &form.language),
        page,
        purpose,
        id,
        organiser,
        form,
        errors,
    })?;
    Ok((status, html).into_response())
}

/// The name the form says the event is published under.
async fn publisher(state: &AppState, user: &crate::auth::User) -> Result<String, AppError> {
    match events::publishes_for(&state.db, user).await? {
        Some(Some(organisation)) => Ok(organisation.profile.name),
        Some(None) => Ok(state.authority.name.clone()),
        None => Err(AppError::Forbidden),
    }
}

/// `/arrangementer/nyt`: a member or staff publishes an event.
pub(crate) async fn new_form(
    State(state): State<AppState>,
    page: Page,
    RequireUser(user): RequireUser,
) -> Result<Response, AppError> {
    let organiser = publisher(&state, &user).await?;
    let form = EventForm {
        language: "da".into(),
        ..EventForm::default()
    };
    form_page(
        &state,
        page,
        "new",
        String::new(),
        organiser,
        form,
        FormErrors::default(),
    )
    .await
}

pub(crate) async fn create(
    State(state): State<AppState>,
    page: Page,
    RequireUser(user): RequireUser,
    Form(form): Form<EventForm>,
) -> Result<Response, AppError> {
    match events::create(&state.db, &state.clock, &state.catalogue, &user, &form).await {
        Ok(id) => Ok(Redirect::to(&format!("/arrangementer/{id}?gemt=created")).into_response()),
        Err(NetworkError::Invalid(errors)) => {
            let organiser = publisher(&state, &user).await?;
            form_page(&state, page, "new", String::new(), organiser, form, errors).await
        }
        Err(other) => Err(app_error(other)),
    }
}

/// The event, for its organiser only.
async fn organised(
    state: &AppState,
    user: &crate::auth::User,
    id: &str,
) -> Result<events::Event, AppError> {
    let event = found(state, id).await?;
    match events::organises(&state.db, user, &event).await? {
        true => Ok(event),
        false => Err(AppError::Forbidden),
    }
}

/// `/arrangementer/{id}/ret`: the organiser changes an event not yet begun.
pub(crate) async fn edit_form(
    State(state): State<AppState>,
    page: Page,
    RequireUser(user): RequireUser,
    Path(id): Path<String>,
) -> Result<Response, AppError> {
    let event = organised(&state, &user, &id).await?;
    let organiser = Context::of(&state).await?.view(page.lang, &event).organiser;
    let form = EventForm::of(&event.details);
    form_page(
        &state,
        page,
        "edit",
        id,
        organiser,
        form,
        FormErrors::default(),
    )
    .await
}

pub(crate) async fn update(
    State(state): State<AppState>,
    page: Page,
    RequireUser(user): RequireUser,
    Path(id): Path<String>,
    Form(form): Form<EventForm>,
) -> Result<Response, AppError> {
    match events::change(&state.db, &state.clock, &state.catalogue, &user, &id, &form).await {
        Ok(()) => Ok(Redirect::to(&format!("/arrangementer/{id}?gemt=changed")).into_response()),
        Err(NetworkError::Invalid(errors)) => {
            let event = organised(&state, &user, &id).await?;
            let organiser = Context::of(&state).await?.view(page.lang, &event).organiser;
            form_page(&state, page, "edit", id, organiser, form, errors).await
        }
        Err(other) => Err(app_error(other)),
    }
}

/// The organiser cancels the event; those signed up get a letter.
pub(crate) async fn cancel_event(
    State(state): State<AppState>,
    RequireUser(user): RequireUser,
    Path(id): Path<String>,
) -> Result<Redirect, AppError> {
    events::cancel_event(
        &state.db,
        &state.clock,
        &state.authority.post,
        &state.catalogue,
        &user,
        &id,
    )
    .await
    .map_err(app_error)?;
    Ok(Redirect::to(&format!(
        "/arrangementer/{id}?gemt=event-cancelled"
    )))
}

/// A sign-up on the organiser's list.
pub(crate) struct Row {
    pub id: String,
    pub name: String,
    pub phone: String,
    pub channel: String,
    /// Registered: gets the reminder letter; else the organiser calls.
    pub registered: bool,
    pub attended: Option<bool>,
    pub position: i64,
}

#[derive(Template)]
#[template(path = "network/events_attendees.html")]
struct AttendeesPage {
    page: Page,
    event: EventView,
    seats: Vec<Row>,
    waiting: Vec<Row>,
    cancelled: Vec<Row>,
    saved: Option<String>,
}

impl AttendeesPage {
    /// Not reached by the reminder letter: to be called.
    fn to_call(&self) -> usize {
        self.seats.iter().filter(|r| !r.registered).count()
    }
}

fn row(page: &Page, listed: Listed) -> Row {
    Row {
        id: listed.signup.id.clone(),
        // The retention sweep takes the name out of a sign-up a year after its event.
        name: match listed.signup.name.is_empty() {
            true => page.t("events-name-removed"),
            false => listed.signup.name.clone(),
        },
        phone: listed.phone,
        channel: page.t(listed.signup.channel.label_key()),
        registered: listed.signup.person_id.is_some(),
        attended: listed.signup.attended,
        position: listed.position.unwrap_or_default(),
    }
}

/// `/arrangementer/{id}/deltagere`: who comes, for the organiser; audited for each
/// registered citizen on it.
pub(crate) async fn attendees(
    State(state): State<AppState>,
    page: Page,
    RequireUser(user): RequireUser,
    Path(id): Path<String>,
    axum::extract::Query(saved): axum::extract::Query<crate::network::web::Saved>,
) -> Result<Response, AppError> {
    let (event, listed) = events::attendees(&state.db, &state.clock, &user, &id)
        .await
        .map_err(app_error)?;
    let view = Context::of(&state).await?.view(page.lang, &event);
    let (mut seats, mut waiting, mut cancelled) = (Vec::new(), Vec::new(), Vec::new());
    for listed in listed {
        let status = listed.signup.status;
        let shown = row(&page, listed);
        match status {
            Status::Seat => seats.push(shown),
            Status::Waiting => waiting.push(shown),
            Status::Cancelled => cancelled.push(shown),
        }
    }
    Ok(render(&AttendeesPage {
        page,
        event: view,
        seats,
        waiting,
        cancelled,
        saved: saved.known(&["attendance", "signup-cancelled"]),
    })?
    .into_response())
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub(crate) struct AttendanceForm {
    /// The sign-ups that came (one box each).
    came: Vec<String>,
}

/// The organiser marks who came, once the event has begun.
pub(crate) async fn attendance(
    State(state): State<AppState>,
    RequireUser(user): RequireUser,
    Path(id): Path<String>,
    Form(form): Form<AttendanceForm>,
) -> Result<Redirect, AppError> {
    events::mark_attendance(&state.db, &state.clock, &user, &id, &form.came)
        .await
        .map_err(app_error)?;
    Ok(Redirect::to(&format!(
        "/arrangementer/{id}/deltagere?gemt=attendance"
    )))
}

/// The organiser cancels a sign-up for someone who rang to say they cannot come.
pub(crate) async fn cancel_signup(
    State(state): State<AppState>,
    RequireUser(user): RequireUser,
    Path((id, signup)): Path<(String, String)>,
) -> Result<Redirect, AppError> {
    organised(&state, &user, &id).await?;
    let found = events::signup(&state.db, &signup)
        .await?
        .filter(|s| s.event_id == id)
        .ok_or(AppError::NotFound)?;
    events::cancel_signup(
        &state.db,
        &state.clock,
        (&state.authority.post, &state.catalogue),
        &found.id,
        &Actor::Person(user.id.clone()),
    )
    .await
    .map_err(app_error)?;
    Ok(Redirect::to(&format!(
        "/arrangementer/{id}/deltagere?gemt=signup-cancelled"
    )))
}
