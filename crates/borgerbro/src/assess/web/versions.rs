//! `/projekter/{id}/versioner`: every version of a project's assessment, the newest first,
//! with who saved it, when, in their words what changed, and field by field what changed
//! from the version before, worded as the questionnaire words it.

use askama::Template;
use axum::extract::{Path, State};
use axum::response::{IntoResponse, Response};

use super::{app_error, field_label, reader};
use crate::assess::model::{Change, RightEffect, MITIGATIONS, QUESTIONS};
use crate::assess::{self as assess, ProjectRow, VersionRow};
use crate::auth::RequireUser;
use crate::state::AppState;
use crate::web::{format_date, render, AppError, Page};

/// One change as the page shows it.
struct Shown {
    label: String,
    before: String,
    after: String,
}

#[derive(Template)]
#[template(path = "assess/versions.html")]
struct VersionsPage {
    page: Page,
    project: ProjectRow,
    versions: Vec<(VersionRow, Vec<Shown>)>,
}

impl VersionsPage {
    fn date(&self, ms: &i64) -> String {
        format_date(self.page.lang, *ms)
    }
}

/// A field's value in words: an answer by its label, a right's effect by its label; text
/// as it was typed.
fn value_text(page: &Page, field: &str, value: &str) -> String {
    if value.is_empty() {
        return page.t("assess-versions-nothing");
    }
    if let Some(code) = field.strip_prefix("answers.") {
        let question = QUESTIONS
            .iter()
            .chain(MITIGATIONS.iter())
            .find(|q| q.code == code);
        if let Some((question, answer)) =
            question.and_then(|q| q.answer(value).map(|answer| (q, answer)))
        {
            return page.t(&question.answer_key(&answer));
        }
    }
    if field.starts_with("rights.") {
        let (effect, reasoning) = value.split_once(' ').unwrap_or((value, ""));
        if let Some(effect) = RightEffect::parse(effect) {
            let effect = page.t(&effect.label_key());
            return format!("{effect}. {reasoning}").trim_end().to_owned();
        }
    }
    value.to_owned()
}

fn shown(page: &Page, changes: Vec<Change>) -> Vec<Shown> {
    changes
        .into_iter()
        .map(|change| Shown {
            label: field_label(page, &change.field),
            before: value_text(page, &change.field, &change.before),
            after: value_text(page, &change.field, &change.after),
        })
        .collect()
}

pub(crate) async fn page(
    State(state): State<AppState>,
    page: Page,
    user: RequireUser,
    Path(id): Path<String>,
) -> Result<Response, AppError> {
    let user = reader(user)?;
    let project = assess::project(&state.db, &user, &id)
        .await
        .map_err(app_error)?;
    let history = assess::history(&state.db, &user, &id)
        .await
        .map_err(app_error)?;
    let versions = history
        .into_iter()
        .map(|(version, changes)| (version, shown(&page, changes)))
        .collect();
    Ok(render(&VersionsPage {
        page,
        project,
        versions,
    })?
    .into_response())
}
