//! "Dem der kan hjælpe dig": the citizen gives a permission, sees what each helper did,
//! and stops it.

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{Html, IntoResponse, Redirect, Response};
use axum_extra::extract::Form;
use jiff::civil::Date;
use jiff::ToSpan;
use serde::Deserialize;

use super::{view_of, GiveForm, MandateView};
use crate::audit::{self, Actor};
use crate::auth::{RequireUser, Role};
use crate::forms::FormErrors;
use crate::mandates::api::give_error;
use crate::mandates::{GiveError, Giver, Proposal, Rights, Scope};
use crate::people::{self, Cpr};
use crate::state::AppState;
use crate::web::{format_date, render, AppError, Page};

/// What a helper did with the citizen's data, as the citizen reads it.
struct ActionView {
    at: String,
    helper: String,
    text: String,
}

fn action_key(action: &str) -> &'static str {
    match action {
        "post.read" => "helper-action-read",
        "post.read_attachment" => "helper-action-read-attachment",
        "mandate.accept" => "helper-action-accept",
        "mandate.refused" => "helper-action-refused",
        "post.reply" => "helper-action-reply",
        "post.list" => "helper-action-list",
        _ => "helper-action-other",
    }
}

/// What a helper did, in plain words, naming the letter where the entry names one of the
/// citizen's ("læste brevet «...»", not "læste et brev"), and what a refused helper tried
/// where the refusal is one of ours. A letter that is not the citizen's is never named:
/// a helper's guess at an id must not show her someone else's subject.
async fn action_text(
    state: &AppState,
    citizen_id: &str,
    entry: &audit::Entry,
    lang: crate::i18n::Lang,
) -> Result<String, AppError> {
    let subject = |id: Option<String>| async move {
        let Some(id) = id else {
            return Ok::<_, AppError>(None);
        };
        Ok(crate::post::letter(&state.db, &id)
            .await?
            .filter(|letter| letter.recipient_id == citizen_id)
            .map(|letter| letter.subject))
    };
    let named = |key: &str, subject: String| lang.t_args(key, &[("subject", subject)]);
    let purpose = entry.purpose.as_deref().unwrap_or_default();
    Ok(match entry.action.as_str() {
        "post.read" | "post.reply" => match subject(entry.object.clone()).await? {
            Some(s) if entry.action == "post.read" => named("helper-action-read-letter", s),
            Some(s) => named("helper-action-reply-letter", s),
            None => lang.t(action_key(&entry.action)),
        },
        "mandate.refused" => {
            let letter = crate::mandates::refused_letter(purpose).map(str::to_owned);
            if let Some(s) = subject(letter).await? {
                named("helper-action-refused-letter", s)
            } else if purpose == "bookings outside the permission" {
                lang.t("helper-action-refused-bookings")
            } else if purpose == "no active permission" {
                lang.t("helper-action-refused-no-permission")
            } else if purpose.starts_with("letter ") || purpose.starts_with("booking ") {
                lang.t("helper-action-refused-missing")
            } else {
                lang.t("helper-action-refused")
            }
        }
        action => lang.t(action_key(action)),
    })
}

#[derive(Template)]
#[template(path = "mandates/helpers.html")]
struct HelpersPage {
    page: Page,
    mandates: Vec<MandateView>,
    actions: Vec<ActionView>,
    notice: Option<&'static str>,
}

#[derive(Deserialize)]
pub struct NoticeQuery {
    /// "givet", "stoppet", "rettet" or "rettet-venter": what the citizen just did.
    sket: Option<String>,
}

/// "Dem der kan hjælpe dig": everyone who can see the citizen's data, and everything
/// each of them did.
pub async fn helpers(
    State(state): State<AppState>,
    page: Page,
    user: RequireUser,
    Query(query): Query<NoticeQuery>,
) -> Result<Html<String>, AppError> {
    let citizen = user.with_role(Role::Citizen)?;
    let rows = crate::mandates::of_citizen(&state.db, &citizen.id).await?;
    let mut mandates = Vec::new();
    for row in &rows {
        mandates.push(view_of(&state, row, &row.helper_id, page.lang).await?);
    }
    let mut actions = Vec::new();
    for entry in audit::about(&state.db, &citizen.id).await? {
        let helper = rows
            .iter()
            .find(|row| entry.actor == format!("person:{}", row.helper_id));
        if let (Some(row), true) = (helper, entry.action != "mandate.give") {
            let name = mandates
                .iter()
                .find(|m| m.other_id == row.helper_id)
                .map(|m| m.other_name.clone())
                .unwrap_or_default();
            actions.push(ActionView {
                at: format_date(entry.at_ms),
                helper: name,
                text: action_text(&state, &citizen.id, &entry, page.lang).await?,
            });
        }
    }
    let notice = match query.sket.as_deref() {
        Some("givet") => Some("helpers-given"),
        Some("stoppet") => Some("helpers-stopped"),
        Some("rettet") => Some("helpers-changed"),
        Some("rettet-venter") => Some("helpers-changed-waiting"),
        _ => None,
    };
    render(&HelpersPage {
        page,
        mandates,
        actions,
        notice,
    })
}

#[derive(Template)]
#[template(path = "mandates/give.html")]
struct GivePage {
    page: Page,
    form: GiveForm,
    errors: FormErrors,
    scopes: Vec<Scope>,
}

pub async fn give_page(
    State(state): State<AppState>,
    page: Page,
    user: RequireUser,
) -> Result<Html<String>, AppError> {
    user.with_role(Role::Citizen)?;
    let until = state
        .clock
        .today()
        .checked_add(state.authority.mandates.default_days.days())
        .unwrap_or(state.clock.today());
    render(&GivePage {
        page,
        form: GiveForm {
            rights: Rights::Look.as_str().into(),
            valid_to: until.to_string(),
            ..GiveForm::default()
        },
        errors: FormErrors::default(),
        scopes: Scope::all(),
    })
}

pub async fn give(
    State(state): State<AppState>,
    page: Page,
    user: RequireUser,
    Form(form): Form<GiveForm>,
) -> Result<Response, AppError> {
    let citizen = user.with_role(Role::Citizen)?;
    let mut errors = FormErrors::default();
    let helper_id = match Cpr::parse(&form.helper_cpr) {
        Ok(cpr) => {
            let found = people::by_cpr(&state.db, &cpr).await?;
            if found.is_none() {
                errors.add("helper_cpr", "helpers-helper-unknown");
            }
            found
        }
        Err(error) => {
            errors.add("helper_cpr", error.message_key());
            None
        }
    };
    let scopes = errors.take("areas", crate::mandates::model::scopes(&form.scope));
    let rights = Rights::parse(&form.rights);
    if rights.is_none() {
        errors.add("rights", "mandate-rights-unknown");
    }
    let valid_to = match form.valid_to.parse::<Date>() {
        Ok(date) => Some(date),
        Err(_) => {
            errors.add("valid_to", "mandate-date-invalid");
            None
        }
    };
    let note = errors.take("note", crate::mandates::model::note(&form.note));
    if let (Some(helper_id), Some(rights), Some(valid_to), true) =
        (helper_id, rights, valid_to, errors.is_empty())
    {
        let proposal = Proposal {
            citizen_id: citizen.id.clone(),
            helper_id,
            scopes,
            rights,
            valid_from: state.clock.today(),
            valid_to,
        };
        let give = crate::mandates::Give {
            proposal,
            note,
            giver: Giver::Citizen(citizen.id.clone()),
            in_person: None,
            idempotency: None,
        };
        match crate::mandates::give(&state.db, &state.clock, &state.authority, give).await {
            Ok(_) if errors.is_empty() => {
                return Ok(Redirect::to("/hjaelpere?sket=givet").into_response())
            }
            Ok(_) => {}
            Err(GiveError::NeedsInPerson) => errors.add("helper_cpr", "mandate-needs-in-person"),
            Err(GiveError::Problems(problems)) => {
                for (field, message) in problems {
                    // The form names the helper by CPR number.
                    let field = if field == "helper" {
                        "helper_cpr"
                    } else {
                        field
                    };
                    errors.add(field, message);
                }
            }
            Err(other) => return Err(give_error(other)),
        }
    } else if form.scope.is_empty() {
        errors.add("areas", "mandate-areas-missing");
    }
    let html = render(&GivePage {
        page,
        form,
        errors,
        scopes: Scope::all(),
    })?;
    Ok((StatusCode::UNPROCESSABLE_ENTITY, html).into_response())
}

/// The citizen stops a permission; it ends at once.
pub async fn stop(
    State(state): State<AppState>,
    user: RequireUser,
    Path(id): Path<String>,
) -> Result<Redirect, AppError> {
    let citizen = user.with_role(Role::Citizen)?;
    match crate::mandates::mandate(&state.db, &id).await? {
        Some(row) if row.citizen_id == citizen.id => {
            crate::mandates::end(
                &state.db,
                &state.clock,
                &state.authority.post,
                &id,
                Actor::Person(citizen.id),
            )
            .await?;
            Ok(Redirect::to("/hjaelpere?sket=stoppet"))
        }
        _ => Err(AppError::NotFound),
    }
}
