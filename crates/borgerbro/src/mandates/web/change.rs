//! Changing a permission in force: the citizen's page and the front desk's, one set of
//! rules (`mandates::change`).

use askama::Template;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{Html, IntoResponse, Redirect, Response};
use axum_extra::extract::Form;
use jiff::civil::Date;

use super::GiveForm;
use crate::audit::{self, Actor, NewEntry};
use crate::auth::{self, RequireUser, Role, User};
use crate::forms::FormErrors;
use crate::mandates::api::give_error;
use crate::mandates::{GiveError, Giver, MandateRow, Rights, Scope, Status};
use crate::state::AppState;
use crate::web::{render, AppError, Page};

#[derive(Template)]
#[template(path = "mandates/change.html")]
struct ChangePage {
    page: Page,
    helper_name: String,
    form: GiveForm,
    errors: FormErrors,
    scopes: Vec<Scope>,
    /// Where the form goes and the way back: the citizen's pages or the front desk's.
    action: String,
    back: String,
    back_key: &'static str,
}

/// Whose pages change a permission: the citizen's own, or the front desk's for a citizen
/// at the desk (the citizen's id from the path). The rules are the same; the audit names
/// who did it.
enum Changer {
    Citizen(User),
    FrontDesk(User, String),
}

impl Changer {
    fn action(&self, id: &str) -> String {
        match self {
            Changer::Citizen(_) => format!("/hjaelpere/{id}/ret"),
            Changer::FrontDesk(_, citizen) => {
                format!("/borgerservice/{citizen}/tilladelse/{id}/ret")
            }
        }
    }

    fn back(&self, row: &MandateRow) -> (String, &'static str) {
        match self {
            Changer::Citizen(_) => ("/hjaelpere".into(), "change-back"),
            Changer::FrontDesk(..) => (
                format!("/borgerservice/{}/tilladelse", row.citizen_id),
                "desk-change-back",
            ),
        }
    }

    fn giver(&self) -> Giver {
        match self {
            Changer::Citizen(user) => Giver::Citizen(user.id.clone()),
            Changer::FrontDesk(user, _) => Giver::FrontDesk(user.id.clone()),
        }
    }
}

/// The permission to change: one the citizen gave that still counts, else "not found".
async fn changeable(state: &AppState, changer: &Changer, id: &str) -> Result<MandateRow, AppError> {
    let row = crate::mandates::mandate(&state.db, id)
        .await?
        .ok_or(AppError::NotFound)?;
    let whose = match changer {
        Changer::Citizen(citizen) => &citizen.id,
        Changer::FrontDesk(_, citizen) => citizen,
    };
    if row.citizen_id != *whose {
        return Err(AppError::NotFound);
    }
    let today = state.clock.today();
    match crate::mandates::rule_of(&row).status(today) {
        Status::Active | Status::Pending | Status::NotYetValid | Status::Suspended => Ok(row),
        _ => Err(AppError::NotFound),
    }
}

async fn change_page_of(
    state: &AppState,
    page: Page,
    changer: &Changer,
    row: &MandateRow,
    form: GiveForm,
    errors: FormErrors,
) -> Result<Html<String>, AppError> {
    let helper_name = auth::user(&state.db.pool, &row.helper_id)
        .await?
        .map(|u| u.name)
        .unwrap_or_default();
    let (back, back_key) = changer.back(row);
    render(&ChangePage {
        page,
        helper_name,
        form,
        errors,
        scopes: Scope::all(),
        action: changer.action(&row.id),
        back,
        back_key,
    })
}

/// The form as the permission stands now.
fn form_of(row: &MandateRow) -> GiveForm {
    GiveForm {
        scope: row.scopes.iter().map(|s| s.as_str().to_owned()).collect(),
        rights: row.rights.as_str().to_owned(),
        valid_to: row.valid_to.to_string(),
        note: row.note.clone().unwrap_or_default(),
        ..GiveForm::default()
    }
}

async fn show_change(
    state: AppState,
    page: Page,
    changer: Changer,
    id: String,
) -> Result<Html<String>, AppError> {
    let row = changeable(&state, &changer, &id).await?;
    if let Changer::FrontDesk(staff, _) = &changer {
        audit::record(
            &state.db,
            &state.clock,
            NewEntry::new(Actor::Person(staff.id.clone()), "mandate.read")
                .subject(&row.citizen_id)
                .acting_for(&row.citizen_id)
                .object(&row.id),
        )
        .await?;
    }
    let form = form_of(&row);
    change_page_of(&state, page, &changer, &row, form, FormErrors::default()).await
}

/// Changes the permission by `crate::mandates::change`, or shows the form again with what was
/// typed and what is wrong.
async fn submit_change(
    state: AppState,
    page: Page,
    changer: Changer,
    id: String,
    form: GiveForm,
) -> Result<Response, AppError> {
    let row = changeable(&state, &changer, &id).await?;
    let mut errors = FormErrors::default();
    let rights = Rights::parse(&form.rights);
    if rights.is_none() {
        errors.add("rights", "mandate-rights-unknown");
    }
    let scopes = errors.take("areas", crate::mandates::model::scopes(&form.scope));
    let valid_to = form.valid_to.parse::<Date>().ok();
    if valid_to.is_none() {
        errors.add("valid_to", "mandate-date-invalid");
    }
    if form.scope.is_empty() {
        errors.add("areas", "mandate-areas-missing");
    }
    let note = errors.take("note", crate::mandates::model::note(&form.note));
    if let (Some(rights), Some(valid_to), true) = (rights, valid_to, errors.is_empty()) {
        let wanted = crate::mandates::Terms {
            scopes,
            rights,
            valid_to,
        };
        match crate::mandates::change(
            &state.db,
            &state.clock,
            &state.authority,
            &row.id,
            &row.citizen_id,
            crate::mandates::ChangeRequest {
                terms: wanted,
                note,
                idempotency: None,
            },
            changer.giver(),
        )
        .await
        {
            Ok(changed) => {
                let to = match (&changer, changed.waiting.is_some()) {
                    (Changer::Citizen(_), false) => "/hjaelpere?sket=rettet".to_owned(),
                    (Changer::Citizen(_), true) => "/hjaelpere?sket=rettet-venter".to_owned(),
                    (Changer::FrontDesk(_, citizen), _) => format!(
                        "/borgerservice/{citizen}/tilladelse/{}/kvittering",
                        changed.now.id
                    ),
                };
                return Ok(Redirect::to(&to).into_response());
            }
            Err(GiveError::Unchanged) => errors.add("areas", "mandate-unchanged"),
            Err(GiveError::NeedsInPerson) => errors.add("areas", "mandate-needs-in-person"),
            Err(GiveError::Problems(problems)) => {
                for (field, message) in problems {
                    // The helper is not on this form; a rule about them is about the areas.
                    errors.add(if field == "helper" { "areas" } else { field }, message);
                }
            }
            Err(other) => return Err(give_error(other)),
        }
    }
    let html = change_page_of(&state, page, &changer, &row, form, errors).await?;
    Ok((StatusCode::UNPROCESSABLE_ENTITY, html).into_response())
}

/// The citizen changes a permission they gave.
pub(crate) async fn change_page(
    State(state): State<AppState>,
    page: Page,
    user: RequireUser,
    Path(id): Path<String>,
) -> Result<Html<String>, AppError> {
    let citizen = user.with_role(Role::Citizen)?;
    show_change(state, page, Changer::Citizen(citizen), id).await
}

pub(crate) async fn change(
    State(state): State<AppState>,
    page: Page,
    user: RequireUser,
    Path(id): Path<String>,
    Form(form): Form<GiveForm>,
) -> Result<Response, AppError> {
    let citizen = user.with_role(Role::Citizen)?;
    submit_change(state, page, Changer::Citizen(citizen), id, form).await
}

/// The front desk changes a permission for a citizen at the desk.
pub(crate) async fn desk_change_page(
    State(state): State<AppState>,
    page: Page,
    user: RequireUser,
    Path((citizen, id)): Path<(String, String)>,
) -> Result<Html<String>, AppError> {
    let staff = user.with_role(Role::FrontDesk)?;
    show_change(state, page, Changer::FrontDesk(staff, citizen), id).await
}

pub(crate) async fn desk_change(
    State(state): State<AppState>,
    page: Page,
    user: RequireUser,
    Path((citizen, id)): Path<(String, String)>,
    Form(form): Form<GiveForm>,
) -> Result<Response, AppError> {
    let staff = user.with_role(Role::FrontDesk)?;
    submit_change(state, page, Changer::FrontDesk(staff, citizen), id, form).await
}
