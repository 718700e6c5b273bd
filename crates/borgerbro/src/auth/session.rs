//! Server-side sessions: the cookie holds a random token, the database its hash and the
//! person. The person is looked up once per request and handed on to the handlers.

use axum::extract::{FromRequestParts, Request, State};
use axum::http::request::Parts;
use axum::middleware::Next;
use axum::response::Response;
use axum_extra::extract::cookie::{Cookie, SameSite};
use axum_extra::extract::CookieJar;

use super::csrf;
use super::model::{hash_secret, new_secret, Role, User, SESSION_LIFETIME_MS};
use super::store;
use crate::audit::{self, Actor, NewEntry};
use crate::state::AppState;
use crate::web::AppError;

pub(crate) const SESSION_COOKIE: &str = "bb_session";

/// The hash of the request's live session, for what is kept for one session only (the
/// front desk's reason for opening a citizen's data); a new login is a new session.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SessionHash(pub String);

/// Finds the person behind the session cookie, if any, for the handlers; and hands them
/// on with the response too, so that an error page still shows who is logged in.
pub async fn resolve(
    State(state): State<AppState>,
    jar: CookieJar,
    mut request: Request,
    next: Next,
) -> Result<Response, AppError> {
    let mut user = None;
    if let Some(cookie) = jar.get(SESSION_COOKIE) {
        let now = state.clock.now_ms();
        let hash = hash_secret(cookie.value());
        if let Some(person) = store::session_person(&state.db.pool, &hash, now).await? {
            user = store::user(&state.db.pool, &person).await?;
            request.extensions_mut().insert(SessionHash(hash));
        }
    }
    if let Some(user) = &user {
        request.extensions_mut().insert(user.clone());
    }
    let mut response = next.run(request).await;
    if let Some(user) = user {
        response.extensions_mut().insert(user);
    }
    Ok(response)
}

/// Logs a person in: a new session id (never one that existed before login), a new CSRF
/// token, and an audit entry. `id_token`: what an OIDC login was given, kept to end the
/// provider's session at logout.
pub(crate) async fn start(
    state: &AppState,
    jar: CookieJar,
    person_id: &str,
    how: &'static str,
    id_token: Option<&str>,
) -> Result<CookieJar, AppError> {
    if let Some(old) = jar.get(SESSION_COOKIE) {
        store::delete_session(&state.db.pool, &hash_secret(old.value())).await?;
    }
    let token = new_secret();
    let now = state.clock.now_ms();
    store::insert_session(
        &state.db.pool,
        &hash_secret(&token),
        person_id,
        now,
        now + SESSION_LIFETIME_MS,
        id_token,
    )
    .await?;
    audit::record(
        &state.db,
        &state.clock,
        NewEntry::new(Actor::Person(person_id.to_owned()), "auth.login")
            .subject(person_id)
            .object(how),
    )
    .await?;
    let secure = state.settings.secure_cookies();
    let session = Cookie::build((SESSION_COOKIE, token))
        .path("/")
        .http_only(true)
        .secure(secure)
        .same_site(SameSite::Lax)
        .build();
    // The language chosen in this browser before login gives way to the person's own
    // (`people::reader_choices`): a library's shared PC should not keep the last
    // visitor's language for the next person.
    let jar = jar.remove(Cookie::build(crate::i18n::LANG_COOKIE).path("/"));
    Ok(jar.add(session).add(csrf::cookie(new_secret(), secure)))
}

/// Logs out: the session is gone from the database, not just from the browser. Answers
/// the ID token its OIDC login was given, if any, to end the provider's session too.
pub(crate) async fn end(
    state: &AppState,
    jar: CookieJar,
) -> Result<(CookieJar, Option<String>), AppError> {
    let mut id_token = None;
    if let Some(cookie) = jar.get(SESSION_COOKIE) {
        let hash = hash_secret(cookie.value());
        id_token = store::session_id_token(&state.db.pool, &hash).await?;
        store::delete_session(&state.db.pool, &hash).await?;
    }
    Ok((
        jar.remove(Cookie::build(SESSION_COOKIE).path("/")),
        id_token,
    ))
}

/// A handler that needs a logged-in person; others are sent to the login page and back.
pub struct RequireUser(pub User);

impl<S: Send + Sync> FromRequestParts<S> for RequireUser {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, _state: &S) -> Result<Self, AppError> {
        match parts.extensions.get::<User>() {
            Some(user) => Ok(RequireUser(user.clone())),
            None => Err(AppError::LoginRequired {
                return_to: parts
                    .uri
                    .path_and_query()
                    .map(|pq| pq.as_str().to_owned())
                    .unwrap_or_else(|| "/".into()),
            }),
        }
    }
}

impl RequireUser {
    /// The person, if they hold `role`; otherwise the request is forbidden.
    pub(crate) fn with_role(self, role: Role) -> Result<User, AppError> {
        if self.0.has(role) {
            Ok(self.0)
        } else {
            Err(AppError::Forbidden)
        }
    }
}
