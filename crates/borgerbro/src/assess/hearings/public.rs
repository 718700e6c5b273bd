//! The hearing pages for anyone, without login: `/hoeringer` (every hearing) and
//! `/hoeringer/{id}` (the project in plain words, the deadline, the answers shown after
//! moderation with the project's responses, and the form while the hearing is open).

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{Html, IntoResponse, Redirect, Response};
use axum_extra::extract::Form;
use serde::Deserialize;

use super::model::{AnswerDraft, Response as Reply};
use super::{AnswerRefused, Hearing, HearingAnswer};
use crate::auth::Role;
use crate::forms::FormErrors;
use crate::state::AppState;
use crate::web::client::ClientAddr;
use crate::web::rate_limit::refuse_form;
use crate::web::{long_date, render, AppError, Page};

/// A hearing in a list: open or closed now.
pub(crate) struct Listed {
    pub hearing: Hearing,
    pub open: bool,
}

#[derive(Template)]
#[template(path = "assess/hearings.html")]
struct ListPage {
    page: Page,
    hearings: Vec<Listed>,
}

impl ListPage {
    fn deadline(&self, hearing: &Hearing) -> String {
        long_date(self.page.lang, hearing.deadline)
    }
}

/// `/hoeringer`: every hearing, open or closed.
pub(crate) async fn list(
    State(state): State<AppState>,
    page: Page,
) -> Result<Html<String>, AppError> {
    let now = state.clock.now_ms();
    let hearings = super::all(&state.db)
        .await?
        .into_iter()
        .map(|hearing| Listed {
            open: hearing.is_open(now),
            hearing,
        })
        .collect();
    render(&ListPage { page, hearings })
}

#[derive(Template)]
#[template(path = "assess/hearing.html")]
struct HearingPage {
    page: Page,
    hearing: Hearing,
    open: bool,
    /// The answers approved by moderation; e-mail addresses are never shown.
    answers: Vec<HearingAnswer>,
    form: AnswerDraft,
    own_name: bool,
    errors: FormErrors,
    received: bool,
    /// Whether the project's business case is published: the hearing links it, so those
    /// who answer read the money too.
    case_published: bool,
}

impl HearingPage {
    fn deadline(&self) -> String {
        long_date(self.page.lang, self.hearing.deadline)
    }

    /// The citizen's own name, when a citizen is logged in and may answer with it.
    fn citizen_name(&self) -> Option<&str> {
        self.page
            .user
            .as_ref()
            .filter(|u| u.has(Role::Citizen))
            .map(|u| u.name.as_str())
    }

    fn followed(&self, reply: &Reply) -> bool {
        *reply == Reply::Followed
    }
}

async fn hearing_page(
    state: &AppState,
    page: Page,
    id: &str,
    form: (AnswerDraft, bool, FormErrors),
    received: bool,
) -> Result<Html<String>, AppError> {
    let hearing = super::hearing(&state.db, id)
        .await?
        .ok_or(AppError::NotFound)?;
    let answers = super::answers(&state.db, id)
        .await?
        .into_iter()
        .filter(|a| a.approved)
        .collect();
    let (form, own_name, errors) = form;
    let case_published = crate::assess::business::published(&state.db, &hearing.project_id)
        .await?
        .is_some();
    render(&HearingPage {
        case_published,
        page,
        open: hearing.is_open(state.clock.now_ms()),
        hearing,
        answers,
        form,
        own_name,
        errors,
        received,
    })
}

#[derive(Debug, Deserialize)]
pub(crate) struct Received {
    modtaget: Option<String>,
}

/// `/hoeringer/{id}`.
pub(crate) async fn show(
    State(state): State<AppState>,
    page: Page,
    Path(id): Path<String>,
    Query(received): Query<Received>,
) -> Result<Html<String>, AppError> {
    let form = (AnswerDraft::default(), false, FormErrors::default());
    hearing_page(&state, page, &id, form, received.modtaget.is_some()).await
}

#[derive(Debug, Deserialize)]
pub(crate) struct AnswerForm {
    #[serde(default)]
    name: String,
    #[serde(default)]
    organisation: String,
    #[serde(default)]
    email: String,
    #[serde(default)]
    text: String,
    own_name: Option<String>,
}

/// An answer from the form: held for moderation, or the form back with what is wrong;
/// after the deadline 409 and the page says the hearing has closed.
pub(crate) async fn send(
    State(state): State<AppState>,
    mut page: Page,
    client: ClientAddr,
    Path(id): Path<String>,
    Form(form): Form<AnswerForm>,
) -> Result<Response, AppError> {
    let draft = AnswerDraft {
        name: form.name,
        organisation: form.organisation,
        email: form.email,
        text: form.text,
    };
    let citizen = page
        .user
        .clone()
        .filter(|u| u.has(Role::Citizen) && form.own_name.is_some());
    let own_name = citizen.is_some();
    let checked = draft.check(citizen.as_ref().map(|u| (u.id.as_str(), u.name.as_str())));
    let answer = match checked {
        Ok(answer) => answer,
        Err(errors) => {
            let html = hearing_page(&state, page, &id, (draft, own_name, errors), false).await?;
            return Ok((StatusCode::UNPROCESSABLE_ENTITY, html).into_response());
        }
    };
    // Anyone can answer without login, so each client may send so many an hour.
    if let Err(wait) = state.limits.hearing.try_spend(&client.0) {
        let (errors, refused) = refuse_form(&mut page, &state.clock, wait, "text");
        let html = hearing_page(&state, page, &id, (draft, own_name, errors), false).await?;
        return Ok(refused.respond(html));
    }
    match super::answer(&state.db, &state.clock, &id, &answer).await? {
        Ok(_) => Ok(Redirect::to(&format!("/hoeringer/{id}?modtaget=1#modtaget")).into_response()),
        Err(AnswerRefused::UnknownHearing) => Err(AppError::NotFound),
        Err(AnswerRefused::Closed) => {
            // The page says the hearing has closed and shows the text back, so it is not
            // lost.
            let form = (draft, own_name, FormErrors::default());
            let html = hearing_page(&state, page, &id, form, false).await?;
            Ok((StatusCode::CONFLICT, html).into_response())
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::i18n::Lang;

    /// The Danish texts anyone reads on `/hoeringer` and a hearing's page.
    const PUBLIC_KEYS: [&str; 20] = [
        "hearings-lead",
        "hearings-none",
        "hearings-received",
        "hearings-what-title",
        "hearings-not-sent",
        "hearings-form-title",
        "hearings-form-lead",
        "hearings-field-text",
        "hearings-field-text-hint",
        "hearings-field-name",
        "hearings-field-optional",
        "hearings-field-organisation",
        "hearings-field-organisation-hint",
        "hearings-field-email",
        "hearings-field-email-hint",
        "hearings-send",
        "hearings-answers-title",
        "hearings-answers-lead",
        "hearings-answers-none",
        "hearings-reply-waiting",
    ];

    #[test]
    fn the_hearing_pages_are_in_plain_danish() {
        let text: Vec<String> = PUBLIC_KEYS
            .iter()
            .map(|key| Lang::Da.t(key))
            .chain(
                ["hearings-open-until", "hearings-closed-text"]
                    .map(|key| Lang::Da.t_args(key, &[("date", "15. december 2026".into())])),
            )
            .collect();
        let report = klarsprog::analyse(&text.join("\n\n"), klarsprog::Format::Text);
        assert!(
            report.findings.is_empty(),
            "klarsprog finds: {:?}",
            report.findings
        );
        assert!(report.lix < 35.0, "LIX {} (easy is below 35)", report.lix);
    }
}
