//! The caseworker's side: the queue of requests under the data protection rules
//! (`/anmodninger`) with what the sweep found overdue or due soon, one request to extend
//! or answer, and the notes of disagreement waiting for an answer.

use askama::Template;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{Html, IntoResponse, Redirect, Response};
use axum_extra::extract::Form;
use serde::Deserialize;

use super::model::{Kind, Outcome, Record, Status, KEPT_AFTER_ERASURE};
use super::view::{note_view, request_view, NoteView, RequestView};
use super::RightsError;
use crate::audit::{self, Actor, NewEntry};
use crate::auth::{self, RequireUser, Role, User};
use crate::forms::FormErrors;
use crate::state::AppState;
use crate::web::{render, AppError, Page};

/// A request in the queue, with whose it is.
pub(crate) struct QueuedRequest {
    pub request: RequestView,
    pub name: String,
}

/// A note waiting for an answer, with whose it is.
pub(crate) struct QueuedNote {
    pub note: NoteView,
    pub name: String,
}

#[derive(Template)]
#[template(path = "mydata/queue.html")]
struct QueuePage {
    page: Page,
    overdue: Vec<QueuedRequest>,
    due_soon: Vec<QueuedRequest>,
    open: Vec<QueuedRequest>,
    notes: Vec<QueuedNote>,
    answered: Vec<QueuedRequest>,
}

/// How many answered requests the queue shows below the open ones.
const ANSWERED_SHOWN: usize = 20;

async fn name_of(state: &AppState, person_id: &str) -> Result<String, AppError> {
    Ok(auth::user(&state.db.pool, person_id)
        .await?
        .map(|u| u.name)
        .unwrap_or_default())
}

fn caseworker(user: RequireUser) -> Result<User, AppError> {
    user.with_role(Role::Caseworker)
}

/// "Anmodninger": overdue first, then those the sweep warned of, then the rest by due
/// day; the notes waiting for an answer; the latest answered.
pub(crate) async fn queue(
    State(state): State<AppState>,
    page: Page,
    user: RequireUser,
) -> Result<Html<String>, AppError> {
    caseworker(user)?;
    let today = state.clock.today();
    let (mut overdue, mut due_soon, mut open) = (Vec::new(), Vec::new(), Vec::new());
    for status in [Status::Overdue, Status::Open] {
        for r in super::requests_by_status(&state.db, &state.clock, status).await? {
            let queued = QueuedRequest {
                request: request_view(page.lang, &r, today),
                name: name_of(&state, &r.person_id).await?,
            };
            match (status, r.warned_at.is_some()) {
                (Status::Overdue, _) => overdue.push(queued),
                (_, true) => due_soon.push(queued),
                _ => open.push(queued),
            }
        }
    }
    let mut notes = Vec::new();
    for n in super::unanswered_notes(&state.db).await? {
        notes.push(QueuedNote {
            note: note_view(page.lang, &n),
            name: name_of(&state, &n.person_id).await?,
        });
    }
    let mut answered = Vec::new();
    for r in super::requests_by_status(&state.db, &state.clock, Status::Answered)
        .await?
        .iter()
        .take(ANSWERED_SHOWN)
    {
        answered.push(QueuedRequest {
            request: request_view(page.lang, r, today),
            name: name_of(&state, &r.person_id).await?,
        });
    }
    render(&QueuePage {
        page,
        overdue,
        due_soon,
        open,
        notes,
        answered,
    })
}

#[derive(Template)]
#[template(path = "mydata/handle.html")]
struct HandlePage {
    page: Page,
    request: RequestView,
    /// Whose request it is.
    name: String,
    /// The person's notes of disagreement, beside their request.
    record_notes: Vec<NoteView>,
    is_erasure: bool,
    kept: [&'static str; 4],
    latest: String,
    extend: ExtendForm,
    answer: AnswerForm,
    errors: FormErrors,
}

#[derive(Deserialize, Default)]
pub(crate) struct ExtendForm {
    #[serde(default)]
    extend_to: String,
    #[serde(default)]
    reason: String,
}

#[derive(Deserialize, Default)]
pub(crate) struct AnswerForm {
    #[serde(default)]
    answer: String,
    #[serde(default)]
    carry_out: Option<String>,
}

async fn handle_page(
    state: &AppState,
    page: Page,
    id: &str,
    extend: ExtendForm,
    answer: AnswerForm,
    errors: FormErrors,
) -> Result<Html<String>, AppError> {
    let r = super::request(&state.db, id)
        .await?
        .ok_or(AppError::NotFound)?;
    let name = name_of(state, &r.person_id).await?;
    let record_notes = super::notes_of(&state.db, &r.person_id)
        .await?
        .iter()
        .map(|n| note_view(page.lang, n))
        .collect();
    let latest = crate::i18n::long_date(page.lang, super::model::latest_due(r.received_on));
    render(&HandlePage {
        request: request_view(page.lang, &r, state.clock.today()),
        name,
        is_erasure: r.kind == Kind::Erasure,
        page,
        record_notes,
        kept: KEPT_AFTER_ERASURE,
        latest,
        extend,
        answer,
        errors,
    })
}

/// One request, to extend or answer. Opening it is a look at the citizen's data, named
/// by the request, which is the case it belongs to.
pub(crate) async fn request(
    State(state): State<AppState>,
    page: Page,
    user: RequireUser,
    Path(id): Path<String>,
) -> Result<Html<String>, AppError> {
    let staff = caseworker(user)?;
    if let Some(r) = super::request(&state.db, &id).await? {
        audit::record(
            &state.db,
            &state.clock,
            NewEntry::new(Actor::Person(staff.id), "mydata.request.read")
                .subject(&r.person_id)
                .object(&id)
                .purpose(r.kind.as_str()),
        )
        .await?;
    }
    handle_page(
        &state,
        page,
        &id,
        ExtendForm::default(),
        AnswerForm::default(),
        FormErrors::default(),
    )
    .await
}

/// What a refused change shows: the page again with the form as typed.
async fn refused(
    state: &AppState,
    page: Page,
    id: &str,
    extend: ExtendForm,
    answer: AnswerForm,
    error: RightsError,
) -> Result<Response, AppError> {
    let (status, errors) = match error {
        RightsError::Invalid(errors) => (StatusCode::UNPROCESSABLE_ENTITY, errors),
        RightsError::Answered => {
            let mut errors = FormErrors::default();
            errors.add("answer", "rights-error-answered");
            (StatusCode::CONFLICT, errors)
        }
        other => return Err(other.into()),
    };
    let html = handle_page(state, page, id, extend, answer, errors).await?;
    Ok((status, html).into_response())
}

pub(crate) async fn extend(
    State(state): State<AppState>,
    page: Page,
    user: RequireUser,
    Path(id): Path<String>,
    Form(form): Form<ExtendForm>,
) -> Result<Response, AppError> {
    let staff = caseworker(user)?;
    let Ok(day) = form.extend_to.trim().parse() else {
        let mut errors = FormErrors::default();
        errors.add("extend_to", "rights-error-day");
        let error = RightsError::Invalid(errors);
        return refused(&state, page, &id, form, AnswerForm::default(), error).await;
    };
    match super::extend_request(
        &state.db,
        &state.clock,
        &state.authority.post,
        &id,
        day,
        &form.reason,
        Actor::Person(staff.id),
    )
    .await
    {
        Ok(_) => Ok(Redirect::to(&format!("/anmodninger/{id}")).into_response()),
        Err(error) => refused(&state, page, &id, form, AnswerForm::default(), error).await,
    }
}

pub(crate) async fn answer(
    State(state): State<AppState>,
    page: Page,
    user: RequireUser,
    Path(id): Path<String>,
    Form(form): Form<AnswerForm>,
) -> Result<Response, AppError> {
    let staff = caseworker(user)?;
    match super::answer_request(
        &state.db,
        &state.clock,
        &state.authority.post,
        &id,
        &form.answer,
        form.carry_out.is_some(),
        Actor::Person(staff.id),
    )
    .await
    {
        Ok(_) => Ok(Redirect::to(&format!("/anmodninger/{id}")).into_response()),
        Err(error) => refused(&state, page, &id, ExtendForm::default(), form, error).await,
    }
}

#[derive(Template)]
#[template(path = "mydata/note.html")]
struct NotePage {
    page: Page,
    note: NoteView,
    name: String,
    /// Where staff open the record the note is on.
    record_href: Option<String>,
    outcomes: [Outcome; 2],
    form: NoteAnswerForm,
    errors: FormErrors,
}

#[derive(Deserialize, Default)]
pub(crate) struct NoteAnswerForm {
    #[serde(default)]
    outcome: String,
    #[serde(default)]
    answer: String,
}

async fn note_page(
    state: &AppState,
    page: Page,
    id: &str,
    form: NoteAnswerForm,
    errors: FormErrors,
) -> Result<Html<String>, AppError> {
    let note = super::note(&state.db, id)
        .await?
        .ok_or(AppError::NotFound)?;
    let record_href = match &note.record {
        Record::Person => None,
        Record::Letter(id) => Some(format!("/breve/{id}")),
        Record::Booking(_) => Some("/tider/dagen".to_owned()),
    };
    render(&NotePage {
        name: name_of(state, &note.person_id).await?,
        note: note_view(page.lang, &note),
        page,
        record_href,
        outcomes: [Outcome::Corrected, Outcome::NotCorrected],
        form,
        errors,
    })
}

/// A note of disagreement, to answer.
pub async fn note(
    State(state): State<AppState>,
    page: Page,
    user: RequireUser,
    Path(id): Path<String>,
) -> Result<Html<String>, AppError> {
    let staff = caseworker(user)?;
    if let Some(n) = super::note(&state.db, &id).await? {
        audit::record(
            &state.db,
            &state.clock,
            NewEntry::new(Actor::Person(staff.id), "mydata.note.read")
                .subject(&n.person_id)
                .object(&id),
        )
        .await?;
    }
    note_page(
        &state,
        page,
        &id,
        NoteAnswerForm::default(),
        FormErrors::default(),
    )
    .await
}

pub async fn answer_note(
    State(state): State<AppState>,
    page: Page,
    user: RequireUser,
    Path(id): Path<String>,
    Form(form): Form<NoteAnswerForm>,
) -> Result<Response, AppError> {
    let staff = caseworker(user)?;
    let result = match Outcome::parse(&form.outcome) {
        Some(outcome) => {
            super::answer_note(
                &state.db,
                &state.clock,
                &state.authority.post,
                &id,
                outcome,
                &form.answer,
                Actor::Person(staff.id),
            )
            .await
        }
        None => {
            let mut errors = FormErrors::default();
            errors.add("outcome", "rights-error-outcome");
            if let Some(key) = super::model::text_problem(&form.answer) {
                errors.add("answer", key);
            }
            Err(RightsError::Invalid(errors))
        }
    };
    let (status, errors) = match result {
        Ok(_) => return Ok(Redirect::to(&format!("/anmodninger/noter/{id}")).into_response()),
        Err(RightsError::Invalid(errors)) => (StatusCode::UNPROCESSABLE_ENTITY, errors),
        Err(RightsError::Answered) => {
            let mut errors = FormErrors::default();
            errors.add("answer", "rights-error-answered");
            (StatusCode::CONFLICT, errors)
        }
        Err(other) => return Err(other.into()),
    };
    let html = note_page(&state, page, &id, form, errors).await?;
    Ok((status, html).into_response())
}
