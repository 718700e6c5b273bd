//! "Var det let?" after a task, where citizens got stuck as the front desk saw it, and
//! both summed up per task and per page for the administrators, with a CSV export.

use askama::Template;
use axum::extract::{Query, State};
use axum::http::{header, StatusCode};
use axum::response::{Html, IntoResponse, Response};
use axum_extra::extract::Form;
use serde::Deserialize;

use super::model::Topic;
use super::store::{self, FeedbackSummary, StuckSummary};
use crate::auth::{local_path, RequireUser, Role};
use crate::db::new_id;
use crate::forms::FormErrors;
use crate::state::AppState;
use crate::web::client::ClientAddr;
use crate::web::rate_limit::refuse_form;
use crate::web::{decimal, format_date, render, spreadsheet, AppError, Page};

/// The tasks a citizen is asked about when they finish them.
pub(crate) const TASKS: [&str; 5] = [
    "answer-letter",
    "choose-paper",
    "give-permission",
    "guide",
    "booking",
];

/// From "very hard" (1) to "very easy" (5).
pub(crate) const SCORES: [u8; 5] = [1, 2, 3, 4, 5];

/// At most this much text in a free-text answer.
const MAX_WORDS_CHARS: usize = 2000;
/// The page or place a citizen got stuck on, as the front desk writes it.
const MAX_PAGE_CHARS: usize = 200;

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub(crate) struct AskQuery {
    opgave: String,
    tilbage: String,
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub(crate) struct AnswerForm {
    task: String,
    back: String,
    score: String,
    words: String,
}

#[derive(Template)]
#[template(path = "help/feedback.html")]
struct AskPage {
    page: Page,
    form: AnswerForm,
    errors: FormErrors,
    thanked: bool,
}

impl AskPage {
    fn scores(&self) -> [u8; 5] {
        SCORES
    }

    fn task_key(&self) -> String {
        format!("feedback-task-{}", self.form.task)
    }
}

fn known_task(task: &str) -> bool {
    TASKS.contains(&task)
}

/// The question on a page of its own (the form beside a finished task posts here too).
pub(crate) async fn ask(
    page: Page,
    Query(query): Query<AskQuery>,
) -> Result<Html<String>, AppError> {
    if !known_task(&query.opgave) {
        return Err(AppError::NotFound);
    }
    render(&AskPage {
        page,
        form: AnswerForm {
            task: query.opgave,
            back: local_path(Some(&query.tilbage)).unwrap_or_else(|| "/".into()),
            ..AnswerForm::default()
        },
        errors: FormErrors::default(),
        thanked: false,
    })
}

pub(crate) async fn answer(
    State(state): State<AppState>,
    mut page: Page,
    client: ClientAddr,
    Form(form): Form<AnswerForm>,
) -> Result<Response, AppError> {
    if !known_task(&form.task) {
        return Err(AppError::NotFound);
    }
    let back = local_path(Some(&form.back)).unwrap_or_else(|| "/".into());
    let mut errors = FormErrors::default();
    let score = form.score.parse::<u8>().ok().filter(|s| SCORES.contains(s));
    if score.is_none() {
        errors.add("score", "feedback-error-score");
    }
    errors.text(
        "words",
        &form.words,
        MAX_WORDS_CHARS,
        "feedback-error-words",
    );
    let form = AnswerForm { back, ..form };
    let Some(score) = score.filter(|_| errors.is_empty()) else {
        let html = render(&AskPage {
            page,
            form,
            errors,
            thanked: false,
        })?;
        return Ok((StatusCode::UNPROCESSABLE_ENTITY, html).into_response());
    };
    // Anyone can answer without login, so each client may answer so many an hour.
    if let Err(wait) = state.limits.feedback.try_spend(&client.0) {
        let (errors, refused) = refuse_form(&mut page, &state.clock, wait, "score");
        let html = render(&AskPage {
            page,
            form,
            errors,
            thanked: false,
        })?;
        return Ok(refused.respond(html));
    }
    // The page is kept without its query: a search or a letter's id says nothing of
    // whether the page was easy, and could say something about the citizen.
    let path = form.back.split('?').next().unwrap_or("/").to_owned();
    let words = Some(form.words.trim().to_owned()).filter(|w| !w.is_empty());
    store::insert_feedback(
        &state.db.pool,
        &new_id(),
        &form.task,
        &path,
        score,
        words.as_deref(),
        state.clock.now_ms(),
    )
    .await?;
    Ok(render(&AskPage {
        page,
        form,
        errors: FormErrors::default(),
        thanked: true,
    })?
    .into_response())
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub(crate) struct StuckForm {
    topic: String,
    page: String,
    what_happened: String,
}

#[derive(Template)]
#[template(path = "help/stuck.html")]
struct StuckPage {
    page: Page,
    form: StuckForm,
    errors: FormErrors,
    topics: [Topic; 12],
    saved: bool,
}

pub(crate) async fn stuck_page(page: Page, user: RequireUser) -> Result<Html<String>, AppError> {
    user.with_role(Role::FrontDesk)?;
    render(&StuckPage {
        page,
        form: StuckForm::default(),
        errors: FormErrors::default(),
        topics: Topic::ALL,
        saved: false,
    })
}

/// The front desk notes where a citizen got stuck: which topic, which page, what
/// happened. The citizen is not named: the note is about the page.
pub(crate) async fn record_stuck(
    State(state): State<AppState>,
    page: Page,
    user: RequireUser,
    Form(form): Form<StuckForm>,
) -> Result<Response, AppError> {
    let desk = user.with_role(Role::FrontDesk)?;
    let mut errors = FormErrors::default();
    let topic = Topic::parse(&form.topic);
    if topic.is_none() {
        errors.add("topic", "feedback-error-topic");
    }
    let page_typed = errors.line("page", &form.page, MAX_PAGE_CHARS, "feedback-error-page");
    if page_typed.is_empty() {
        errors.add("page", "feedback-error-page");
    }
    let what = errors.text(
        "what_happened",
        &form.what_happened,
        MAX_WORDS_CHARS,
        "feedback-error-what",
    );
    if what.is_empty() {
        errors.add("what_happened", "feedback-error-what");
    }
    let Some(topic) = topic.filter(|_| errors.is_empty()) else {
        let html = render(&StuckPage {
            page,
            form,
            errors,
            topics: Topic::ALL,
            saved: false,
        })?;
        return Ok((StatusCode::UNPROCESSABLE_ENTITY, html).into_response());
    };
    store::insert_stuck(
        &state.db.pool,
        &new_id(),
        topic,
        &page_typed,
        &what,
        &desk.id,
        state.clock.now_ms(),
    )
    .await?;
    Ok(render(&StuckPage {
        page,
        form: StuckForm::default(),
        errors: FormErrors::default(),
        topics: Topic::ALL,
        saved: true,
    })?
    .into_response())
}

#[derive(Template)]
#[template(path = "help/feedback_summary.html")]
struct SummaryPage {
    page: Page,
    tasks: Vec<FeedbackSummary>,
    stuck: Vec<StuckSummary>,
    words: Vec<(String, String, String)>,
}

impl SummaryPage {
    fn average(&self, task: &FeedbackSummary) -> String {
        decimal(self.page.lang, task.average)
    }
}

/// How many recent free-text answers the summary shows.
const RECENT_WORDS: i64 = 20;

pub(crate) async fn summary(
    State(state): State<AppState>,
    page: Page,
    user: RequireUser,
) -> Result<Html<String>, AppError> {
    user.with_role(Role::Administrator)?;
    let tasks = store::feedback_summary(&state.db.pool).await?;
    let stuck = store::stuck_summary(&state.db.pool).await?;
    let words = store::recent_words(&state.db.pool, RECENT_WORDS)
        .await?
        .into_iter()
        .map(|(task, words, at)| (task, words, format_date(page.lang, at)))
        .collect();
    render(&SummaryPage {
        page,
        tasks,
        stuck,
        words,
    })
}

/// Every answer and every note of the front desk, one row each, for a spreadsheet.
pub(crate) async fn export(
    State(state): State<AppState>,
    user: RequireUser,
) -> Result<Response, AppError> {
    user.with_role(Role::Administrator)?;
    let mut writer = csv::Writer::from_writer(Vec::new());
    let csv_error = |e: csv::Error| AppError::internal("writing the CSV", e);
    writer
        .write_record([
            "kind",
            "task_or_topic",
            "page",
            "score",
            "words",
            "created_at",
        ])
        .map_err(csv_error)?;
    for row in store::all_feedback(&state.db.pool).await? {
        writer.write_record(&row).map_err(csv_error)?;
    }
    let bytes = writer
        .into_inner()
        .map_err(|e| AppError::internal("writing the CSV", e))?;
    let bytes = spreadsheet::neutralise(&bytes).map_err(csv_error)?;
    Ok((
        [
            (header::CONTENT_TYPE, "text/csv; charset=utf-8"),
            (
                header::CONTENT_DISPOSITION,
                "attachment; filename=\"var-det-let.csv\"",
            ),
        ],
        bytes,
    )
        .into_response())
}
