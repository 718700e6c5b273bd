//! The project pages under `/projekter`: the list, a project's page with its score,
//! sign-offs and publishing (`projects.rs`), and the assessment's questionnaire
//! (`questionnaire.rs`); the published assessments, for anyone (`published.rs`).
//! Involvement and hearings have their own web files in their folders.

pub(crate) mod projects;
pub(crate) mod published;
pub(crate) mod questionnaire;

use axum::http::StatusCode;

use super::AssessError;
use crate::auth::{RequireUser, User};
use crate::web::AppError;

/// The reader of the project pages: a project owner, a data protection officer or a
/// citizens' adviser; anyone else is refused.
fn reader(user: RequireUser) -> Result<User, AppError> {
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

/// The page error of an operation's error that no form shows.
fn page_error(error: AssessError) -> AppError {
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
