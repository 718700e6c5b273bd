//! The contact people's pages: `/netvaerk/medlemmer/{id}/kontaktpersoner` (a contact
//! person or the coordinator invites, withdraws and takes off) and
//! `/netvaerk/invitation/{secret}` (the invited colleague, logged in, says yes).

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use axum_extra::extract::Form;
use serde::Deserialize;

use super::{Contact, Contacts, Invitation, INVITATION_DAYS};
use crate::auth::{RequireUser, Role, User};
use crate::forms::FormErrors;
use crate::network::members::Organisation;
use crate::network::web::Saved;
use crate::network::{app_error, NetworkError};
use crate::state::AppState;
use crate::web::{long_date, render, AppError, Page};

#[derive(Template)]
#[template(path = "network/contacts.html")]
struct ContactsPage {
    page: Page,
    shown: Contacts,
    /// The link of an invitation just made: shown this once, never stored.
    link: Option<String>,
    /// The invitation form as typed, and what is wrong with it.
    name: String,
    errors: FormErrors,
    saved: Option<String>,
    /// The coordinator, not one of the organisation's own.
    coordinator: bool,
}

impl ContactsPage {
    fn saved_key(&self, saved: &str) -> String {
        format!("network-saved-contact-{saved}")
    }

    fn date(&self, ms: &i64) -> String {
        long_date(self.page.lang, crate::clock::day_of(*ms))
    }

    fn is_me(&self, contact: &Contact) -> bool {
        self.page
            .user
            .as_ref()
            .is_some_and(|u| u.id == contact.person_id)
    }

    /// The last contact person cannot be taken off: no button.
    fn removable(&self) -> bool {
        self.shown.contacts.len() > 1
    }

    fn base(&self) -> String {
        format!(
            "/netvaerk/medlemmer/{}/kontaktpersoner",
            self.shown.organisation.id
        )
    }

    fn invitation_action(&self, invitation: &Invitation) -> String {
        format!(
            "{}/invitationer/{}/traek-tilbage",
            self.base(),
            invitation.id
        )
    }

    fn remove_action(&self, contact: &Contact) -> String {
        format!("{}/{}/fjern", self.base(), contact.person_id)
    }

    fn days(&self) -> i64 {
        INVITATION_DAYS
    }
}

struct Shown {
    link: Option<String>,
    name: String,
    errors: FormErrors,
    saved: Option<String>,
}

async fn contacts_page(
    state: &AppState,
    page: Page,
    user: &User,
    organisation_id: &str,
    shown: Shown,
) -> Result<Response, AppError> {
    let contacts = super::of(&state.db, &state.clock, user, organisation_id)
        .await
        .map_err(app_error)?;
    let status = match shown.errors.is_empty() {
        true => StatusCode::OK,
        false => StatusCode::UNPROCESSABLE_ENTITY,
    };
    let html = render(&ContactsPage {
        page,
        shown: contacts,
        link: shown.link,
        name: shown.name,
        errors: shown.errors,
        saved: shown.saved,
        coordinator: user.has(Role::NetworkCoordinator),
    })?;
    Ok((status, html).into_response())
}

/// `/netvaerk/medlemmer/{id}/kontaktpersoner`.
pub(crate) async fn page(
    State(state): State<AppState>,
    page: Page,
    RequireUser(user): RequireUser,
    Path(id): Path<String>,
    Query(saved): Query<Saved>,
) -> Result<Response, AppError> {
    let shown = Shown {
        link: None,
        name: String::new(),
        errors: FormErrors::default(),
        saved: saved.known(&["withdrawn", "removed", "welcome"]),
    };
    contacts_page(&state, page, &user, &id, shown).await
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub(crate) struct InviteForm {
    name: String,
}

/// Makes an invitation and shows its link, once, on the page itself: a redirect would
/// have to carry the secret in an address or store it.
pub(crate) async fn invite(
    State(state): State<AppState>,
    page: Page,
    RequireUser(user): RequireUser,
    Path(id): Path<String>,
    Form(form): Form<InviteForm>,
) -> Result<Response, AppError> {
    let shown = match super::invite(&state.db, &state.clock, &user, &id, &form.name).await {
        Ok(secret) => {
            let base = state.settings.public_url.as_str().trim_end_matches('/');
            Shown {
                link: Some(format!("{base}/netvaerk/invitation/{secret}")),
                name: String::new(),
                errors: FormErrors::default(),
                saved: Some("invited".to_owned()),
            }
        }
        Err(NetworkError::Invalid(errors)) => Shown {
            link: None,
            name: form.name,
            errors,
            saved: None,
        },
        Err(other) => return Err(app_error(other)),
    };
    contacts_page(&state, page, &user, &id, shown).await
}

pub(crate) async fn withdraw(
    State(state): State<AppState>,
    RequireUser(user): RequireUser,
    Path((id, invitation)): Path<(String, String)>,
) -> Result<Redirect, AppError> {
    super::withdraw(&state.db, &state.clock, &user, &id, &invitation)
        .await
        .map_err(app_error)?;
    Ok(Redirect::to(&format!(
        "/netvaerk/medlemmer/{id}/kontaktpersoner?gemt=withdrawn"
    )))
}

/// Takes a contact person off. One who takes themselves off no longer acts for the
/// organisation, so they go back to the network's page, which says so.
pub(crate) async fn remove(
    State(state): State<AppState>,
    RequireUser(user): RequireUser,
    Path((id, person)): Path<(String, String)>,
) -> Result<Redirect, AppError> {
    super::remove(&state.db, &state.clock, &user, &id, &person)
        .await
        .map_err(app_error)?;
    Ok(Redirect::to(&match person == user.id {
        true => "/netvaerk?gemt=no-longer-contact".to_owned(),
        false => format!("/netvaerk/medlemmer/{id}/kontaktpersoner?gemt=removed"),
    }))
}

#[derive(Template)]
#[template(path = "network/invitation.html")]
struct InvitationPage {
    page: Page,
    invitation: Invitation,
    organisation: Organisation,
    /// Who made the invitation, by name.
    inviter: String,
    secret: String,
}

impl InvitationPage {
    fn expires(&self) -> String {
        long_date(
            self.page.lang,
            crate::clock::day_of(self.invitation.expires_at),
        )
    }
}

/// `/netvaerk/invitation/{secret}`: what the invitation is, and the button to say yes.
pub(crate) async fn invitation(
    State(state): State<AppState>,
    page: Page,
    RequireUser(_user): RequireUser,
    Path(secret): Path<String>,
) -> Result<Response, AppError> {
    let (invitation, organisation) = super::opened(&state.db, &state.clock, &secret)
        .await
        .map_err(app_error)?;
    let inviter = crate::auth::user(&state.db.pool, &invitation.created_by)
        .await?
        .map(|u| u.name)
        .unwrap_or_default();
    Ok(render(&InvitationPage {
        page,
        invitation,
        organisation,
        inviter,
        secret,
    })?
    .into_response())
}

pub(crate) async fn accept(
    State(state): State<AppState>,
    RequireUser(user): RequireUser,
    Path(secret): Path<String>,
) -> Result<Redirect, AppError> {
    let organisation = super::accept(&state.db, &state.clock, &user, &secret)
        .await
        .map_err(app_error)?;
    Ok(Redirect::to(&format!(
        "/netvaerk/medlemmer/{organisation}/kontaktpersoner?gemt=welcome"
    )))
}
