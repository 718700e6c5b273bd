//! The project pages under `/projekter`: the list, a project's page with its score,
//! sign-offs and publishing (`projects.rs`), and the assessment's questionnaire
//! (`questionnaire.rs`); the published assessments, for anyone (`published.rs`).
//! Involvement and hearings have their own web files in their folders.

pub(crate) mod projects;
pub(crate) mod published;
pub(crate) mod questionnaire;
pub(crate) mod versions;

use axum::http::StatusCode;

use super::AssessError;
use crate::assess::model::{MITIGATIONS, QUESTIONS};
use crate::auth::{RequireUser, User};
use crate::forms::FormErrors;
use crate::web::{AppError, Page};

/// `?gemt=` after a change, naming what was saved, for the page to say so.
#[derive(Debug, serde::Deserialize)]
pub(crate) struct Saved {
    gemt: Option<String>,
}

impl Saved {
    /// What was saved, if it is one of the `kinds` the page has words for.
    pub(in crate::assess) fn known(self, kinds: &[&str]) -> Option<String> {
        self.gemt.filter(|s| kinds.contains(&s.as_str()))
    }
}

/// The reader of the project pages: a project owner, a data protection officer or a
/// citizens' adviser; anyone else is refused.
pub(in crate::assess) fn reader(user: RequireUser) -> Result<User, AppError> {
    match super::may_read(&user.0) {
        true => Ok(user.0),
        false => Err(AppError::Forbidden),
    }
}

/// What a page tells the person when an operation did not happen, and its status; `None`
/// for the errors that are no message on the page (the form's own errors, a refusal, a
/// missing project, the database).
fn notice_of(error: &AssessError) -> Option<(&'static str, StatusCode)> {
    match error {
        AssessError::Stale => Some(("assess-stale", StatusCode::CONFLICT)),
        AssessError::AlreadySigned => Some(("assess-already-signed", StatusCode::CONFLICT)),
        _ => None,
    }
}

/// A form page's status: the notice's, else 422 when the form has errors, else 200.
fn form_status(notice: Option<(&'static str, StatusCode)>, errors: &FormErrors) -> StatusCode {
    match (notice, errors.is_empty()) {
        (Some((_, status)), _) => status,
        (None, true) => StatusCode::OK,
        (None, false) => StatusCode::UNPROCESSABLE_ENTITY,
    }
}

/// The answer, a page's or the API's, to an operation's error that no form shows.
pub(in crate::assess) fn app_error(error: AssessError) -> AppError {
    match error {
        AssessError::NotAllowed => AppError::Forbidden,
        AssessError::NotFound => AppError::NotFound,
        AssessError::Database(error) => AppError::from(error),
        AssessError::Stale => AppError::Conflict("stale"),
        AssessError::AlreadySigned => AppError::Conflict("already signed"),
        AssessError::Invalid(errors) => AppError::Invalid(errors),
        AssessError::NotReady(_) => AppError::Conflict("not ready"),
    }
}

/// The words of a document's field (`answers.<question>`, `risks[0].likelihood`,
/// `dpia.purposes`) as the questionnaire labels it, for error summaries and the versions
/// page alike.
fn field_label(page: &Page, field: &str) -> String {
    let question = |code: &str| {
        QUESTIONS
            .iter()
            .chain(MITIGATIONS.iter())
            .find(|q| q.code == code)
            .map_or_else(|| code.to_owned(), |q| page.t(&q.label_key()))
    };
    if let Some(code) = field.strip_prefix("answers.") {
        return question(code);
    }
    if let Some(code) = field.strip_prefix("reasoning.") {
        return format!("{} ({})", question(code), page.t("assess-reasoning"));
    }
    if let Some(rest) = field.strip_prefix("rights.") {
        let code = rest.split('.').next().unwrap_or(rest);
        return match crate::assess::model::Right::ALL
            .into_iter()
            .find(|right| right.as_str() == code)
        {
            Some(right) => page.t(&right.label_key()),
            None => code.to_owned(),
        };
    }
    if let Some(rest) = field.strip_prefix("risks[") {
        // A whole risk (`risks[0]`, as the versions page names one).
        if let Some(index) = rest.strip_suffix(']') {
            let number = index.parse::<usize>().map_or(0, |i| i + 1);
            return page.t1("assess-risk-number", "number", &number.to_string());
        }
        if let Some((index, name)) = rest.split_once("].") {
            let number = index.parse::<usize>().map_or(0, |i| i + 1);
            let part = page.t(&format!("assess-risk-{}", name.replace('_', "-")));
            return format!(
                "{}, {}",
                page.t1("assess-risk-number", "number", &number.to_string()),
                part
            );
        }
    }
    page.t(&format!("assess-field-{}", field.replace(['.', '_'], "-")))
}
