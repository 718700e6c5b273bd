//! `/projekter/{id}/inddragelse`: the project owner records how citizens were involved
//! and answers each piece of input, follow or explain; the data protection officer and
//! the citizens' adviser read it.

use askama::Template;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use axum_extra::extract::Form;
use serde::Deserialize;

use super::model::{Activity, ActivityDraft, Answer, Input, InputDraft, Kind};
use super::ProjectHead;
use crate::assess::model::GroupAtRisk;
use crate::assess::web::Saved;
use crate::audit::Actor;
use crate::auth::{RequireUser, Role, User};
use crate::forms::FormErrors;
use crate::state::AppState;
use crate::web::{long_date, render, AppError, Page};

/// Who reads a project's involvement: its owners, and the two who comment and sign off.
const READERS: [Role; 3] = [
    Role::ProjectOwner,
    Role::DataProtectionOfficer,
    Role::CitizensAdviser,
];

fn reader(user: RequireUser) -> Result<User, AppError> {
    match READERS.iter().any(|role| user.0.has(*role)) {
        true => Ok(user.0),
        false => Err(AppError::Forbidden),
    }
}

async fn project(state: &AppState, id: &str) -> Result<ProjectHead, AppError> {
    super::project(&state.db, id)
        .await?
        .ok_or(AppError::NotFound)
}

#[derive(Template)]
#[template(path = "assess/involvement.html")]
struct InvolvementPage {
    page: Page,
    project: ProjectHead,
    activities: Vec<Activity>,
    inputs: Vec<Input>,
    /// Whether people from the groups at risk took part in an activity, as the publish
    /// rule for levels III and IV reads it.
    with_groups_at_risk: bool,
    /// Only project owners see the forms.
    may_write: bool,
    activity: ActivityDraft,
    input: InputDraft,
    errors: FormErrors,
    /// What was just recorded: `activity` or `input`.
    saved: Option<String>,
}

impl InvolvementPage {
    fn kinds(&self) -> [Kind; 5] {
        Kind::ALL
    }

    fn groups(&self) -> [GroupAtRisk; 7] {
        GroupAtRisk::ALL
    }

    fn date(&self, activity: &Activity) -> String {
        long_date(self.page.lang, activity.held_on)
    }

    fn group_names(&self, activity: &Activity) -> String {
        activity
            .groups
            .iter()
            .map(|g| self.page.t(&g.label_key()))
            .collect::<Vec<_>>()
            .join(", ")
    }

    fn ticked(&self, group: &GroupAtRisk) -> bool {
        self.activity.groups.iter().any(|g| g == group.as_str())
    }

    fn activity_name(&self, id: &str) -> Option<String> {
        self.activities
            .iter()
            .find(|a| a.id == id)
            .map(|a| format!("{}, {}", self.page.t(&a.kind.label_key()), self.date(a)))
    }

    fn followed(&self, input: &Input) -> bool {
        input.answer == Answer::Followed
    }
}

async fn show(
    state: &AppState,
    page: Page,
    user: &User,
    id: &str,
    forms: (ActivityDraft, InputDraft, FormErrors),
    saved: Option<String>,
) -> Result<Response, AppError> {
    let project = project(state, id).await?;
    let (activities, inputs) = super::involvement(&state.db, &project.id).await?;
    let with_groups_at_risk =
        super::has_activity_with_groups_at_risk(&state.db, &project.id).await?;
    let (activity, input, errors) = forms;
    let status = match errors.is_empty() {
        true => StatusCode::OK,
        false => StatusCode::UNPROCESSABLE_ENTITY,
    };
    let html = render(&InvolvementPage {
        page,
        project,
        activities,
        inputs,
        with_groups_at_risk,
        may_write: user.has(Role::ProjectOwner),
        activity,
        input,
        errors,
        saved,
    })?;
    Ok((status, html).into_response())
}

/// The page, with the blank forms for a project owner.
pub(crate) async fn page(
    State(state): State<AppState>,
    page: Page,
    user: RequireUser,
    Path(id): Path<String>,
    axum::extract::Query(saved): axum::extract::Query<Saved>,
) -> Result<Response, AppError> {
    let user = reader(user)?;
    let saved = saved.known(&["activity", "input"]);
    let forms = (
        ActivityDraft::default(),
        InputDraft::default(),
        FormErrors::default(),
    );
    show(&state, page, &user, &id, forms, saved).await
}

/// The activity form as the browser sends it: the groups as ticked boxes.
#[derive(Debug, Deserialize)]
pub(crate) struct ActivityForm {
    #[serde(default)]
    kind: String,
    #[serde(default)]
    held_on: String,
    #[serde(default)]
    participants: String,
    #[serde(default)]
    groups: Vec<String>,
    paid: Option<String>,
    #[serde(default)]
    paid_dkk: String,
    #[serde(default)]
    description: String,
}

pub(crate) async fn add_activity(
    State(state): State<AppState>,
    page: Page,
    user: RequireUser,
    Path(id): Path<String>,
    Form(form): Form<ActivityForm>,
) -> Result<Response, AppError> {
    let owner = user.with_role(Role::ProjectOwner)?;
    let project = project(&state, &id).await?;
    let draft = ActivityDraft {
        kind: form.kind,
        held_on: form.held_on,
        participants: form.participants,
        groups: form.groups,
        paid: form.paid.is_some(),
        paid_dkk: form.paid_dkk,
        description: form.description,
    };
    match draft.check(crate::db::new_id()) {
        Ok(activity) => {
            super::add_activity(
                &state.db,
                &state.clock,
                &project.id,
                &activity,
                Actor::Person(owner.id),
            )
            .await?;
            Ok(Redirect::to(&format!(
                "/projekter/{}/inddragelse?gemt=activity#aktiviteter",
                project.id
            ))
            .into_response())
        }
        Err(errors) => {
            let forms = (draft, InputDraft::default(), errors);
            show(&state, page, &owner, &project.id, forms, None).await
        }
    }
}

#[derive(Debug, Deserialize)]
pub(crate) struct InputForm {
    #[serde(default)]
    activity_id: String,
    #[serde(default)]
    input: String,
    #[serde(default)]
    answer: String,
    #[serde(default)]
    reason: String,
}

pub(crate) async fn add_input(
    State(state): State<AppState>,
    page: Page,
    user: RequireUser,
    Path(id): Path<String>,
    Form(form): Form<InputForm>,
) -> Result<Response, AppError> {
    let owner = user.with_role(Role::ProjectOwner)?;
    let project = project(&state, &id).await?;
    let (activities, _) = super::involvement(&state.db, &project.id).await?;
    let draft = InputDraft {
        activity_id: form.activity_id,
        input: form.input,
        answer: form.answer,
        reason: form.reason,
    };
    match draft.check(crate::db::new_id(), &activities) {
        Ok(input) => {
            super::add_input(
                &state.db,
                &state.clock,
                &project.id,
                &input,
                Actor::Person(owner.id),
            )
            .await?;
            Ok(Redirect::to(&format!(
                "/projekter/{}/inddragelse?gemt=input#borgernes-input",
                project.id
            ))
            .into_response())
        }
        Err(errors) => {
            let forms = (ActivityDraft::default(), draft, errors);
            show(&state, page, &owner, &project.id, forms, None).await
        }
    }
}
