//! `/netvaerk/handlingsplan`: a year's action plan for anyone, and the coordinator's
//! forms to add an item and move its status.

use std::collections::HashMap;

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use axum_extra::extract::Form;
use serde::Deserialize;

use super::model::{Input, ItemForm, Status};
use super::Item;
use crate::assess::hearings::Hearing;
use crate::auth::{RequireUser, Role};
use crate::forms::FormErrors;
use crate::network::meetings::{self, Meeting};
use crate::network::members::{self, Organisation};
use crate::network::{app_error, NetworkError};
use crate::state::AppState;
use crate::web::{long_date, render, AppError, Page};

#[derive(Template)]
#[template(path = "network/plan.html")]
struct PlanPage {
    page: Page,
    year: i16,
    this_year: i16,
    items: Vec<Item>,
    names: HashMap<String, Organisation>,
    meetings: Vec<Meeting>,
    hearings: Vec<Hearing>,
    statuses: [Status; 4],
    inputs: [Input; 5],
    form: ItemForm,
    errors: FormErrors,
    saved: bool,
}

impl PlanPage {
    fn coordinator(&self) -> bool {
        self.page
            .user
            .as_ref()
            .is_some_and(|u| u.has(Role::NetworkCoordinator))
    }

    fn owner(&self, item: &Item) -> String {
        match &item.item.owner {
            Some(id) => self
                .names
                .get(id)
                .map(|o| o.profile.name.clone())
                .unwrap_or_default(),
            None => self.page.t("network-plan-owner-authority"),
        }
    }

    fn status(&self, status: &Status) -> String {
        self.page.t(&status.label_key())
    }

    fn input(&self, input: &Input) -> String {
        self.page.t(&input.label_key())
    }

    /// The meeting an item came from, as a link's text.
    fn meeting_of(&self, item: &Item) -> Option<&Meeting> {
        let id = item.item.input_ref.as_deref()?;
        self.meetings.iter().find(|m| m.id == id)
    }

    fn hearing_of(&self, item: &Item) -> Option<&Hearing> {
        let id = item.item.input_ref.as_deref()?;
        self.hearings.iter().find(|h| h.id == id)
    }

    fn meeting_label(&self, meeting: &Meeting) -> String {
        format!(
            "{} ({})",
            meeting.title,
            long_date(self.page.lang, crate::clock::day_of(meeting.starts_at))
        )
    }

    /// The organisations an item can belong to, by name.
    fn owners(&self) -> Vec<&Organisation> {
        let mut owners: Vec<&Organisation> = self.names.values().collect();
        owners.sort_by(|a, b| a.profile.name.cmp(&b.profile.name));
        owners
    }

    fn years(&self) -> [i16; 4] {
        [
            self.this_year - 1,
            self.this_year,
            self.this_year + 1,
            self.this_year + 2,
        ]
    }
}

#[derive(Debug, Default, Deserialize)]
pub(crate) struct YearQuery {
    aar: Option<i16>,
    gemt: Option<String>,
}

async fn plan_page(
    state: &AppState,
    page: Page,
    year: i16,
    form: ItemForm,
    errors: FormErrors,
    saved: bool,
) -> Result<Response, AppError> {
    let this_year = state.clock.today().year();
    let status = match errors.is_empty() {
        true => StatusCode::OK,
        false => StatusCode::UNPROCESSABLE_ENTITY,
    };
    let html = render(&PlanPage {
        items: super::of_year(&state.db, year).await?,
        names: members::names(&state.db).await?,
        meetings: meetings::all(&state.db).await?,
        hearings: crate::assess::hearings::all(&state.db).await?,
        statuses: Status::ALL,
        inputs: Input::ALL,
        page,
        year,
        this_year,
        form,
        errors,
        saved,
    })?;
    Ok((status, html).into_response())
}

/// `/netvaerk/handlingsplan?aar=2027`: a year's plan, this year's by default.
pub(crate) async fn page(
    State(state): State<AppState>,
    page: Page,
    Query(query): Query<YearQuery>,
) -> Result<Response, AppError> {
    let year = query.aar.unwrap_or_else(|| state.clock.today().year());
    let form = ItemForm {
        year: year.to_string(),
        status: Status::Planned.as_str().into(),
        ..ItemForm::default()
    };
    let saved = query.gemt.as_deref() == Some("item");
    plan_page(&state, page, year, form, FormErrors::default(), saved).await
}

pub(crate) async fn add(
    State(state): State<AppState>,
    page: Page,
    RequireUser(user): RequireUser,
    Form(form): Form<ItemForm>,
) -> Result<Response, AppError> {
    match super::add(&state.db, &state.clock, &user, &form).await {
        Ok(year) => Ok(
            Redirect::to(&format!("/netvaerk/handlingsplan?aar={year}&gemt=item")).into_response(),
        ),
        Err(NetworkError::Invalid(errors)) => {
            let year = form
                .year
                .trim()
                .parse()
                .unwrap_or_else(|_| state.clock.today().year());
            plan_page(&state, page, year, form, errors, false).await
        }
        Err(other) => Err(app_error(other)),
    }
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub(crate) struct StatusForm {
    status: String,
    year: i16,
}

pub(crate) async fn set_status(
    State(state): State<AppState>,
    RequireUser(user): RequireUser,
    Path(id): Path<String>,
    Form(form): Form<StatusForm>,
) -> Result<Redirect, AppError> {
    super::set_status(&state.db, &state.clock, &user, &id, &form.status)
        .await
        .map_err(app_error)?;
    Ok(Redirect::to(&format!(
        "/netvaerk/handlingsplan?aar={}&gemt=item#p{id}",
        form.year
    )))
}
