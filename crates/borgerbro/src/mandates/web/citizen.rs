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
use crate::mandates::codes::{self, Lookup};
use crate::mandates::model::{HelperCode, HelperNamed};
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
pub(crate) struct NoticeQuery {
    /// "givet", "stoppet", "rettet" or "rettet-venter": what the citizen just did.
    sket: Option<String>,
}

/// "Dem der kan hjælpe dig": everyone who can see the citizen's data, and everything
/// each of them did.
pub(crate) async fn helpers(
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
            .find(|row| entry.actor == Actor::Person(row.helper_id.clone()));
        if let (Some(row), true) = (helper, entry.action != "mandate.give") {
            let name = mandates
                .iter()
                .find(|m| m.other_id == row.helper_id)
                .map(|m| m.other_name.clone())
                .unwrap_or_default();
            actions.push(ActionView {
                at: format_date(page.lang, entry.at_ms),
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

#[derive(Template)]
#[template(path = "mandates/in_person.html")]
struct InPersonPage {
    page: Page,
}

/// A protected citizen gives a new permission in person only: say so, and where, at
/// once, instead of a form that would be refused once filled in.
async fn protected(state: &AppState, citizen_id: &str) -> Result<bool, AppError> {
    Ok(people::profile(&state.db, citizen_id)
        .await?
        .is_some_and(|p| p.protected))
}

pub(crate) async fn give_page(
    State(state): State<AppState>,
    page: Page,
    user: RequireUser,
) -> Result<Html<String>, AppError> {
    let citizen = user.with_role(Role::Citizen)?;
    if protected(&state, &citizen.id).await? {
        return render(&InPersonPage { page });
    }
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

pub(crate) async fn give(
    State(state): State<AppState>,
    page: Page,
    user: RequireUser,
    Form(form): Form<GiveForm>,
) -> Result<Response, AppError> {
    let citizen = user.with_role(Role::Citizen)?;
    if protected(&state, &citizen.id).await? {
        // Protected since the form was shown: nothing typed can be given online.
        let html = render(&InPersonPage { page })?;
        return Ok((StatusCode::UNPROCESSABLE_ENTITY, html).into_response());
    }
    let mut errors = FormErrors::default();
    let (helper_id, code) = helper_named(&state, &citizen.id, &form.helper, &mut errors).await?;
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
        let given = match &code {
            Some(code) => {
                crate::mandates::give_by_code(&state.db, &state.clock, &state.authority, give, code)
                    .await
            }
            None => crate::mandates::give(&state.db, &state.clock, &state.authority, give).await,
        };
        match given {
            Ok(_) if errors.is_empty() => {
                return Ok(Redirect::to("/hjaelpere?sket=givet").into_response())
            }
            Ok(_) => {}
            Err(GiveError::NeedsInPerson) => errors.add("helper", "mandate-needs-in-person"),
            Err(GiveError::CodeGone) => errors.add("helper", "helpers-code-unknown"),
            Err(GiveError::Problems(problems)) => {
                for (field, message) in problems {
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

/// The helper the citizen named on the give form, by CPR number or by the helper's code
/// (with the code, to be used up when the permission is given); else the field's error.
async fn helper_named(
    state: &AppState,
    citizen_id: &str,
    typed: &str,
    errors: &mut FormErrors,
) -> Result<(Option<String>, Option<HelperCode>), AppError> {
    match HelperNamed::parse(typed) {
        None if typed.trim().is_empty() => errors.add("helper", "helpers-helper-missing"),
        None => errors.add("helper", "helpers-helper-typed-invalid"),
        Some(HelperNamed::Cpr(typed)) => match Cpr::parse(&typed) {
            Ok(cpr) => {
                let found = people::by_cpr(&state.db, &cpr).await?;
                if found.is_none() {
                    errors.add("helper", "helpers-helper-unknown");
                }
                return Ok((found, None));
            }
            Err(error) => errors.add("helper", error.message_key()),
        },
        Some(HelperNamed::Code(code)) => {
            match codes::find(&state.db, &state.clock, citizen_id, &code).await? {
                Lookup::Helper(id) => return Ok((Some(id), Some(code))),
                Lookup::Unknown => errors.add("helper", "helpers-code-unknown"),
                Lookup::TooMany => errors.add("helper", "helpers-code-too-many"),
            }
        }
    }
    Ok((None, None))
}

#[derive(Template)]
#[template(path = "mandates/stop.html")]
struct StopPage {
    page: Page,
    mandate: MandateView,
}

/// "Er du sikker?": the step before a permission ends, naming the helper and what they
/// lose, so a slip of the finger on "Dem der kan hjælpe dig" ends nothing. A page of its
/// own, not a script's dialog, so it works without JavaScript; stopping is the form on it.
pub(crate) async fn stop_page(
    State(state): State<AppState>,
    page: Page,
    user: RequireUser,
    Path(id): Path<String>,
) -> Result<Html<String>, AppError> {
    let citizen = user.with_role(Role::Citizen)?;
    let row = crate::mandates::mandate(&state.db, &id)
        .await?
        .filter(|row| row.citizen_id == citizen.id)
        .ok_or(AppError::NotFound)?;
    let mandate = view_of(&state, &row, &row.helper_id, page.lang).await?;
    if !mandate.in_force() {
        // Ended or run out already: nothing to stop.
        return Err(AppError::NotFound);
    }
    render(&StopPage { page, mandate })
}

/// The citizen stops a permission, from the page that asked whether they are sure; it
/// ends at once.
pub(crate) async fn stop(
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
