//! The project owner's hearing pages: open a hearing with a deadline
//! (`/projekter/{id}/hoering`), and moderate and answer what came in
//! (`/projekter/{id}/hoering/moderation`).

use askama::Template;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use axum_extra::extract::Form;
use serde::Deserialize;

use super::model::{HearingDraft, ModerationDraft, Response as Reply, ResponseDraft};
use super::{Hearing, HearingAnswer};
use crate::assess::involvement::{self, ProjectHead};
use crate::audit::Actor;
use crate::auth::{RequireUser, Role, User};
use crate::forms::FormErrors;
use crate::state::AppState;
use crate::web::{format_date, long_date, render, AppError, Page};

fn owner(user: RequireUser) -> Result<User, AppError> {
    user.with_role(Role::ProjectOwner)
}

async fn project(state: &AppState, id: &str) -> Result<ProjectHead, AppError> {
    involvement::project(&state.db, id)
        .await?
        .ok_or(AppError::NotFound)
}

#[derive(Template)]
#[template(path = "assess/hearing_open.html")]
struct OpenPage {
    page: Page,
    project: ProjectHead,
    hearings: Vec<Hearing>,
    now_ms: i64,
    form: HearingDraft,
    errors: FormErrors,
}

impl OpenPage {
    fn is_open(&self, hearing: &Hearing) -> bool {
        hearing.is_open(self.now_ms)
    }

    fn deadline(&self, hearing: &Hearing) -> String {
        long_date(self.page.lang, hearing.deadline)
    }
}

async fn open_page(
    state: &AppState,
    page: Page,
    project: ProjectHead,
    form: HearingDraft,
    errors: FormErrors,
) -> Result<Response, AppError> {
    let hearings = super::of_project(&state.db, &project.id).await?;
    let status = match errors.is_empty() {
        true => StatusCode::OK,
        false => StatusCode::UNPROCESSABLE_ENTITY,
    };
    let html = render(&OpenPage {
        page,
        project,
        hearings,
        now_ms: state.clock.now_ms(),
        form,
        errors,
    })?;
    Ok((status, html).into_response())
}

/// The project's hearings and the form to open one.
pub(crate) async fn hearings(
    State(state): State<AppState>,
    page: Page,
    user: RequireUser,
    Path(id): Path<String>,
) -> Result<Response, AppError> {
    owner(user)?;
    let project = project(&state, &id).await?;
    open_page(
        &state,
        page,
        project,
        HearingDraft::default(),
        FormErrors::default(),
    )
    .await
}

#[derive(Debug, Deserialize)]
pub(crate) struct OpenForm {
    #[serde(default)]
    summary: String,
    #[serde(default)]
    deadline: String,
}

pub(crate) async fn open(
    State(state): State<AppState>,
    page: Page,
    user: RequireUser,
    Path(id): Path<String>,
    Form(form): Form<OpenForm>,
) -> Result<Response, AppError> {
    let owner = owner(user)?;
    let project = project(&state, &id).await?;
    let draft = HearingDraft {
        summary: form.summary,
        deadline: form.deadline,
    };
    match draft.check(state.clock.today()) {
        Ok(hearing) => {
            let hearing_id = crate::db::new_id();
            super::open(
                &state.db,
                &state.clock,
                &hearing_id,
                &project.id,
                &hearing,
                Actor::Person(owner.id),
            )
            .await?;
            Ok(Redirect::to(&format!("/hoeringer/{hearing_id}")).into_response())
        }
        Err(errors) => open_page(&state, page, project, draft, errors).await,
    }
}

/// One hearing of the project with its answers.
pub(crate) struct HearingAnswers {
    pub hearing: Hearing,
    pub answers: Vec<HearingAnswer>,
}

#[derive(Template)]
#[template(path = "assess/moderation.html")]
struct ModerationPage {
    page: Page,
    project: ProjectHead,
    hearings: Vec<HearingAnswers>,
    /// The answer whose form came back, with what was typed.
    moderating: Option<(String, ModerationDraft)>,
    responding: Option<(String, ResponseDraft)>,
    errors: FormErrors,
}

impl ModerationPage {
    fn received(&self, answer: &HearingAnswer) -> String {
        format_date(self.page.lang, answer.received_at)
    }

    fn deadline(&self, hearing: &Hearing) -> String {
        long_date(self.page.lang, hearing.deadline)
    }

    /// The text in an answer's moderation form: as typed when it came back, else as sent.
    fn text_of<'a>(&'a self, answer: &'a HearingAnswer) -> &'a str {
        match &self.moderating {
            Some((id, draft)) if *id == answer.id => &draft.text,
            _ => &answer.text,
        }
    }

    fn note_of(&self, answer: &HearingAnswer) -> &str {
        match &self.moderating {
            Some((id, draft)) if *id == answer.id => &draft.note,
            _ => "",
        }
    }

    fn response_of(&self, answer: &HearingAnswer) -> (&str, &str) {
        match &self.responding {
            Some((id, draft)) if *id == answer.id => (&draft.response, &draft.text),
            _ => ("", ""),
        }
    }

    /// An error of one answer's form: its field's name with the answer's id.
    fn error_of(&self, field: &str, answer: &HearingAnswer) -> Option<&'static str> {
        self.errors.get(&format!("{field}-{}", answer.id))
    }

    fn followed(&self, reply: &Reply) -> bool {
        *reply == Reply::Followed
    }
}

/// The moderation or response form that came back, with the answer it was for.
type TypedForms = (
    Option<(String, ModerationDraft)>,
    Option<(String, ResponseDraft)>,
);

async fn moderation_page(
    state: &AppState,
    page: Page,
    project: ProjectHead,
    forms: TypedForms,
    errors: FormErrors,
) -> Result<Response, AppError> {
    let mut hearings = Vec::new();
    for hearing in super::of_project(&state.db, &project.id).await? {
        let answers = super::answers(&state.db, &hearing.id).await?;
        hearings.push(HearingAnswers { hearing, answers });
    }
    let status = match errors.is_empty() {
        true => StatusCode::OK,
        false => StatusCode::UNPROCESSABLE_ENTITY,
    };
    let (moderating, responding) = forms;
    let html = render(&ModerationPage {
        page,
        project,
        hearings,
        moderating,
        responding,
        errors,
    })?;
    Ok((status, html).into_response())
}

/// The answers of the project's hearings: those held to moderate, those approved to
/// answer.
pub(crate) async fn moderation(
    State(state): State<AppState>,
    page: Page,
    user: RequireUser,
    Path(id): Path<String>,
) -> Result<Response, AppError> {
    owner(user)?;
    let project = project(&state, &id).await?;
    moderation_page(&state, page, project, (None, None), FormErrors::default()).await
}

/// The errors of one answer's form, named by the answer so the page can hold a form for
/// each answer.
fn of_answer(errors: FormErrors, answer_id: &str) -> FormErrors {
    let mut named = FormErrors::default();
    for error in errors.iter() {
        named.add_value(
            format!("{}-{answer_id}", error.field),
            error.message,
            String::new(),
        );
    }
    named
}

/// The answer to act on: one of this project's hearings' answers.
async fn answer_of(
    state: &AppState,
    project: &ProjectHead,
    hearing_id: &str,
    answer_id: &str,
) -> Result<HearingAnswer, AppError> {
    let hearing = super::hearing(&state.db, hearing_id)
        .await?
        .filter(|h| h.project_id == project.id)
        .ok_or(AppError::NotFound)?;
    super::answers(&state.db, &hearing.id)
        .await?
        .into_iter()
        .find(|a| a.id == answer_id)
        .ok_or(AppError::NotFound)
}

#[derive(Debug, Deserialize)]
pub(crate) struct ModerationForm {
    #[serde(default)]
    text: String,
    #[serde(default)]
    note: String,
}

/// Approves a held answer, as sent or with personal data or abuse edited out and a note.
pub(crate) async fn approve(
    State(state): State<AppState>,
    page: Page,
    user: RequireUser,
    Path((id, hearing_id, answer_id)): Path<(String, String, String)>,
    Form(form): Form<ModerationForm>,
) -> Result<Response, AppError> {
    let owner = owner(user)?;
    let project = project(&state, &id).await?;
    let answer = answer_of(&state, &project, &hearing_id, &answer_id).await?;
    let draft = ModerationDraft {
        text: form.text,
        note: form.note,
    };
    match draft.check(&answer.text) {
        Ok(moderated) => {
            let done = super::approve(
                &state.db,
                &state.clock,
                &hearing_id,
                &answer.id,
                &moderated,
                Actor::Person(owner.id),
            )
            .await?;
            if !done {
                return Err(AppError::Conflict("hearings-error-already-approved"));
            }
            Ok(Redirect::to(&format!(
                "/projekter/{}/hoering/moderation#svar-{}",
                project.id, answer.id
            ))
            .into_response())
        }
        Err(errors) => {
            let errors = of_answer(errors, &answer.id);
            let forms = (Some((answer.id, draft)), None);
            moderation_page(&state, page, project, forms, errors).await
        }
    }
}

#[derive(Debug, Deserialize)]
pub(crate) struct ResponseForm {
    #[serde(default)]
    response: String,
    #[serde(default)]
    response_text: String,
}

/// The project's response to an approved answer, follow or explain.
pub(crate) async fn respond(
    State(state): State<AppState>,
    page: Page,
    user: RequireUser,
    Path((id, hearing_id, answer_id)): Path<(String, String, String)>,
    Form(form): Form<ResponseForm>,
) -> Result<Response, AppError> {
    let owner = owner(user)?;
    let project = project(&state, &id).await?;
    let answer = answer_of(&state, &project, &hearing_id, &answer_id).await?;
    let draft = ResponseDraft {
        response: form.response,
        text: form.response_text,
    };
    match draft.check() {
        Ok((reply, text)) => {
            let done = super::respond(
                &state.db,
                &state.clock,
                &hearing_id,
                &answer.id,
                (reply, &text),
                Actor::Person(owner.id),
            )
            .await?;
            if !done {
                return Err(AppError::Conflict("hearings-error-not-approved"));
            }
            Ok(Redirect::to(&format!(
                "/projekter/{}/hoering/moderation#svar-{}",
                project.id, answer.id
            ))
            .into_response())
        }
        Err(errors) => {
            let errors = of_answer(errors, &answer.id);
            let forms = (None, Some((answer.id, draft)));
            moderation_page(&state, page, project, forms, errors).await
        }
    }
}
