//! The meeting pages: `/netvaerk/moeder` (every meeting, and the calendar feed),
//! `/netvaerk/moeder/nyt` (the coordinator plans one) and `/netvaerk/moeder/{id}` (the
//! meeting, its agenda and minutes for anyone; proposing and signing up for members;
//! ordering, sign-ups, minutes and decisions for the coordinator).

use std::collections::HashMap;

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::{header, StatusCode};
use axum::response::{Html, IntoResponse, Redirect, Response};
use axum_extra::extract::Form;
use serde::Deserialize;

use super::model::{AgendaForm, DecisionForm, MeetingForm, SignupForm};
use super::{Meeting, MeetingPage, Move, Signup};
use crate::auth::{RequireUser, Role};
use crate::forms::FormErrors;
use crate::network::members::{self, Organisation};
use crate::network::web::Saved;
use crate::network::{app_error, NetworkError};
use crate::state::AppState;
use crate::web::{clock_time, long_date, render, AppError, Page};

/// Times and names as the meeting pages show them.
struct Shown<'a> {
    page: &'a Page,
    names: &'a HashMap<String, Organisation>,
}

impl Shown<'_> {
    fn when(&self, meeting: &Meeting) -> String {
        let lang = self.page.lang;
        format!(
            "{}, {}–{}",
            long_date(lang, crate::clock::day_of(meeting.starts_at)),
            clock_time(lang, meeting.starts_at),
            clock_time(lang, meeting.ends_at)
        )
    }

    fn name(&self, id: &str) -> String {
        self.names
            .get(id)
            .map(|o| o.profile.name.clone())
            .unwrap_or_default()
    }
}

#[derive(Template)]
#[template(path = "network/meetings.html")]
struct ListPage {
    page: Page,
    upcoming: Vec<Meeting>,
    past: Vec<Meeting>,
    names: HashMap<String, Organisation>,
    may_plan: bool,
}

impl ListPage {
    fn when(&self, meeting: &Meeting) -> String {
        Shown {
            page: &self.page,
            names: &self.names,
        }
        .when(meeting)
    }

    fn host(&self, meeting: &Meeting) -> String {
        Shown {
            page: &self.page,
            names: &self.names,
        }
        .name(&meeting.host)
    }
}

/// `/netvaerk/moeder`: the coming meetings first, then the past ones with their minutes.
pub(crate) async fn list(
    State(state): State<AppState>,
    page: Page,
) -> Result<Html<String>, AppError> {
    let now = state.clock.now_ms();
    let (past, mut upcoming): (Vec<Meeting>, Vec<Meeting>) = super::all(&state.db)
        .await?
        .into_iter()
        .partition(|m| m.ends_at < now);
    upcoming.reverse();
    let may_plan = page
        .user
        .as_ref()
        .is_some_and(|u| u.has(Role::NetworkCoordinator));
    render(&ListPage {
        names: members::names(&state.db).await?,
        page,
        upcoming,
        past,
        may_plan,
    })
}

/// `/netvaerk/moeder.ics`: every meeting, for a calendar.
pub(crate) async fn calendar(State(state): State<AppState>) -> Result<Response, AppError> {
    let names = members::names(&state.db).await?;
    let meetings = super::all(&state.db).await?;
    let base = state.settings.public_url.as_str().trim_end_matches('/');
    let ics = super::feed::calendar(
        &meetings,
        |id| {
            names
                .get(id)
                .map(|o| o.profile.name.clone())
                .unwrap_or_default()
        },
        base,
    );
    Ok((
        [
            (header::CONTENT_TYPE, "text/calendar; charset=utf-8"),
            (
                header::CONTENT_DISPOSITION,
                "inline; filename=\"netvaerk.ics\"",
            ),
        ],
        ics,
    )
        .into_response())
}

#[derive(Template)]
#[template(path = "network/meeting_form.html")]
struct NewPage {
    page: Page,
    form: MeetingForm,
    members: Vec<Organisation>,
    errors: FormErrors,
}

async fn new_page(
    state: &AppState,
    page: Page,
    form: MeetingForm,
    errors: FormErrors,
) -> Result<Response, AppError> {
    let status = match errors.is_empty() {
        true => StatusCode::OK,
        false => StatusCode::UNPROCESSABLE_ENTITY,
    };
    let html = render(&NewPage {
        page,
        form,
        members: members::members(&state.db).await?,
        errors,
    })?;
    Ok((status, html).into_response())
}

/// `/netvaerk/moeder/nyt`: the form, filled in with the next date and host.
pub(crate) async fn new_form(
    State(state): State<AppState>,
    page: Page,
    user: RequireUser,
) -> Result<Response, AppError> {
    user.with_role(Role::NetworkCoordinator)?;
    let form = super::suggestion(&state.db, &state.clock).await?;
    new_page(&state, page, form, FormErrors::default()).await
}

pub(crate) async fn create(
    State(state): State<AppState>,
    page: Page,
    RequireUser(user): RequireUser,
    Form(form): Form<MeetingForm>,
) -> Result<Response, AppError> {
    match super::create(&state.db, &state.clock, &user, &form).await {
        Ok(id) => Ok(Redirect::to(&format!("/netvaerk/moeder/{id}?gemt=created")).into_response()),
        Err(NetworkError::Invalid(errors)) => new_page(&state, page, form, errors).await,
        Err(other) => Err(app_error(other)),
    }
}

/// What a refused form on the meeting page held, so it is shown again as typed.
#[derive(Default)]
struct Typed {
    agenda: AgendaForm,
    signup: Option<SignupForm>,
    minutes: Option<String>,
    decision: DecisionForm,
    errors: FormErrors,
    saved: Option<String>,
}

#[derive(Template)]
#[template(path = "network/meeting.html")]
struct OnePage {
    page: Page,
    shown: MeetingPage,
    names: HashMap<String, Organisation>,
    members: Vec<Organisation>,
    minutes_html: String,
    agenda_open: bool,
    begun: bool,
    /// The organisation the reader acts for, and their sign-up.
    own: Option<Organisation>,
    own_signup: Option<Signup>,
    /// For the coordinator: who comes.
    signups: Option<Vec<(String, Signup)>>,
    typed: Typed,
}

impl OnePage {
    fn saved_key(&self, saved: &str) -> String {
        format!("network-saved-meeting-{saved}")
    }

    fn when(&self) -> String {
        Shown {
            page: &self.page,
            names: &self.names,
        }
        .when(&self.shown.meeting)
    }

    fn name(&self, id: &str) -> String {
        Shown {
            page: &self.page,
            names: &self.names,
        }
        .name(id)
    }

    fn deadline(&self) -> String {
        long_date(self.page.lang, self.shown.meeting.agenda_deadline)
    }

    fn by(&self, day: &jiff::civil::Date) -> String {
        long_date(self.page.lang, *day)
    }

    fn coordinator(&self) -> bool {
        self.page
            .user
            .as_ref()
            .is_some_and(|u| u.has(Role::NetworkCoordinator))
    }

    /// The sign-up form's values: as typed when refused, else as signed up.
    fn signup_form(&self) -> SignupForm {
        match (&self.typed.signup, &self.own_signup) {
            (Some(typed), _) => typed.clone(),
            (None, Some(s)) => SignupForm {
                access_needs: s.access_needs.clone(),
                dietary_needs: s.dietary_needs.clone(),
            },
            (None, None) => SignupForm::default(),
        }
    }

    /// An item refused (after the deadline, say): its form stays, with what was typed.
    fn agenda_refused(&self) -> bool {
        self.typed.errors.has("title") || self.typed.errors.has("description")
    }

    fn minutes_text(&self) -> &str {
        self.typed
            .minutes
            .as_deref()
            .unwrap_or(&self.shown.meeting.minutes)
    }
}

async fn one_page(
    state: &AppState,
    page: Page,
    id: &str,
    typed: Typed,
) -> Result<Response, AppError> {
    let shown = super::page(&state.db, id)
        .await?
        .ok_or(AppError::NotFound)?;
    let now = state.clock.now_ms();
    let (own, own_signup, signups) = match &page.user {
        Some(user) => (
            members::acting_for(&state.db, user).await?,
            super::own_signup(&state.db, user, id).await?,
            match user.has(Role::NetworkCoordinator) {
                true => Some(
                    super::signups(&state.db, user, id)
                        .await
                        .map_err(app_error)?,
                ),
                false => None,
            },
        ),
        None => (None, None, None),
    };
    let status = match typed.errors.is_empty() {
        true => StatusCode::OK,
        false => StatusCode::UNPROCESSABLE_ENTITY,
    };
    let html = render(&OnePage {
        minutes_html: crate::web::markdown::safe_html_under(&shown.meeting.minutes, 1),
        agenda_open: shown.meeting.agenda_open(now),
        begun: shown.meeting.begun(now),
        names: members::names(&state.db).await?,
        members: members::members(&state.db).await?,
        page,
        shown,
        own,
        own_signup,
        signups,
        typed,
    })?;
    Ok((status, html).into_response())
}

/// `/netvaerk/moeder/{id}`.
pub(crate) async fn one(
    State(state): State<AppState>,
    page: Page,
    Path(id): Path<String>,
    Query(saved): Query<Saved>,
) -> Result<Response, AppError> {
    let typed = Typed {
        saved: saved.known(&[
            "created",
            "proposed",
            "ordered",
            "signed-up",
            "withdrawn",
            "minutes",
            "decision",
        ]),
        ..Typed::default()
    };
    one_page(&state, page, &id, typed).await
}

/// After a form on the meeting page: back to it saying what was saved, or the page
/// again with what was typed.
async fn answered(
    state: &AppState,
    page: Page,
    id: &str,
    outcome: Result<(), NetworkError>,
    saved: &str,
    refused: impl FnOnce(FormErrors) -> Typed,
) -> Result<Response, AppError> {
    match outcome {
        Ok(()) => Ok(Redirect::to(&format!("/netvaerk/moeder/{id}?gemt={saved}")).into_response()),
        Err(NetworkError::Invalid(errors)) => one_page(state, page, id, refused(errors)).await,
        Err(other) => Err(app_error(other)),
    }
}

pub(crate) async fn propose(
    State(state): State<AppState>,
    page: Page,
    RequireUser(user): RequireUser,
    Path(id): Path<String>,
    Form(form): Form<AgendaForm>,
) -> Result<Response, AppError> {
    let outcome = super::propose(&state.db, &state.clock, &user, &id, &form).await;
    answered(&state, page, &id, outcome, "proposed", |errors| Typed {
        agenda: form,
        errors,
        ..Typed::default()
    })
    .await
}

#[derive(Debug, Deserialize)]
pub(crate) struct Direction {
    retning: String,
}

pub(crate) async fn reorder(
    State(state): State<AppState>,
    RequireUser(user): RequireUser,
    Path((id, item)): Path<(String, String)>,
    Form(direction): Form<Direction>,
) -> Result<Redirect, AppError> {
    let to = match direction.retning.as_str() {
        "op" => Move::Up,
        "ned" => Move::Down,
        _ => return Err(AppError::BadRequest("error-bad-form")),
    };
    super::reorder(&state.db, &state.clock, &user, &id, &item, to)
        .await
        .map_err(app_error)?;
    Ok(Redirect::to(&format!(
        "/netvaerk/moeder/{id}?gemt=ordered#dagsorden"
    )))
}

pub(crate) async fn sign_up(
    State(state): State<AppState>,
    page: Page,
    RequireUser(user): RequireUser,
    Path(id): Path<String>,
    Form(form): Form<SignupForm>,
) -> Result<Response, AppError> {
    let outcome = super::sign_up(&state.db, &state.clock, &user, &id, &form).await;
    answered(&state, page, &id, outcome, "signed-up", |errors| Typed {
        signup: Some(form),
        errors,
        ..Typed::default()
    })
    .await
}

pub(crate) async fn withdraw(
    State(state): State<AppState>,
    RequireUser(user): RequireUser,
    Path(id): Path<String>,
) -> Result<Redirect, AppError> {
    super::withdraw(&state.db, &state.clock, &user, &id)
        .await
        .map_err(app_error)?;
    Ok(Redirect::to(&format!(
        "/netvaerk/moeder/{id}?gemt=withdrawn"
    )))
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub(crate) struct MinutesForm {
    minutes: String,
}

pub(crate) async fn minutes(
    State(state): State<AppState>,
    page: Page,
    RequireUser(user): RequireUser,
    Path(id): Path<String>,
    Form(form): Form<MinutesForm>,
) -> Result<Response, AppError> {
    let outcome = super::write_minutes(&state.db, &state.clock, &user, &id, &form.minutes).await;
    answered(&state, page, &id, outcome, "minutes", |errors| Typed {
        minutes: Some(form.minutes),
        errors,
        ..Typed::default()
    })
    .await
}

pub(crate) async fn decision(
    State(state): State<AppState>,
    page: Page,
    RequireUser(user): RequireUser,
    Path(id): Path<String>,
    Form(form): Form<DecisionForm>,
) -> Result<Response, AppError> {
    let outcome = super::add_decision(&state.db, &state.clock, &user, &id, &form).await;
    answered(&state, page, &id, outcome, "decision", |errors| Typed {
        decision: form,
        errors,
        ..Typed::default()
    })
    .await
}
