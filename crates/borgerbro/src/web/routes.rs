//! Pages that belong to no module: the front page, the accessibility statement,
//! the person's own page, the language switch; and the health check and authority API.

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{Html, IntoResponse, Redirect, Response};
use axum::Json;
use axum_extra::extract::cookie::{Cookie, SameSite};
use axum_extra::extract::CookieJar;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use super::error::{problem, AppError};
use super::layout::{render, Page};
use crate::auth::local_path;
use crate::i18n::{Lang, LANG_COOKIE};
use crate::state::AppState;

#[derive(Template)]
#[template(path = "web/front.html")]
struct FrontPage {
    page: Page,
    logged_out: bool,
}

#[derive(Deserialize)]
pub(crate) struct FrontQuery {
    #[serde(rename = "logget-ud")]
    logged_out: Option<String>,
}

pub(crate) async fn front(
    page: Page,
    Query(query): Query<FrontQuery>,
) -> Result<Html<String>, AppError> {
    render(&FrontPage {
        page,
        logged_out: query.logged_out.is_some(),
    })
}

#[derive(Template)]
#[template(path = "web/accessibility.html")]
struct AccessibilityPage {
    page: Page,
}

pub(crate) async fn accessibility(page: Page) -> Result<Html<String>, AppError> {
    render(&AccessibilityPage { page })
}

#[derive(Deserialize)]
pub(crate) struct BackQuery {
    tilbage: Option<String>,
}

/// Remembers the chosen language for a year and returns to the page the person was on.
pub(crate) async fn choose_language(
    State(state): State<AppState>,
    Path(code): Path<String>,
    Query(query): Query<BackQuery>,
    jar: CookieJar,
) -> Result<(CookieJar, Redirect), AppError> {
    let lang = Lang::from_code(&code).ok_or(AppError::NotFound)?;
    let back = local_path(query.tilbage.as_deref()).unwrap_or_else(|| "/".into());
    Ok((jar.add(language_cookie(&state, lang)), Redirect::to(&back)))
}

/// The cookie that keeps a language chosen in this browser for a year.
pub(crate) fn language_cookie(state: &AppState, lang: Lang) -> Cookie<'static> {
    Cookie::build((LANG_COOKIE, lang.code()))
        .path("/")
        .http_only(true)
        .secure(state.settings.secure_cookies())
        .same_site(SameSite::Lax)
        .max_age(time::Duration::days(365))
        .build()
}

/// The authority's contact details, for systems that guide citizens (a phone robot, a chat).
#[derive(Serialize, ToSchema)]
pub(crate) struct AuthorityInfo {
    name: String,
    phone: String,
    email: String,
    address: String,
    opening_hours: String,
}

#[utoipa::path(
    get,
    path = "/api/v1/authority",
    tag = "authority",
    responses((status = 200, description = "Who runs this Borgerbro and how to reach a person", body = AuthorityInfo))
)]
pub(crate) async fn authority(State(state): State<AppState>) -> Json<AuthorityInfo> {
    let a = &state.authority;
    Json(AuthorityInfo {
        name: a.name.clone(),
        phone: a.phone.clone(),
        email: a.email.clone(),
        address: a.address.clone(),
        opening_hours: a.opening_hours.clone(),
    })
}

#[utoipa::path(
    get,
    path = "/healthz",
    tag = "operations",
    responses(
        (status = 200, description = "The database answers"),
        (status = 503, description = "The database does not answer", content_type = "application/problem+json")
    )
)]
pub(crate) async fn healthz(State(state): State<AppState>) -> Response {
    match state.db.ping().await {
        Ok(()) => (StatusCode::OK, "ok").into_response(),
        Err(error) => {
            tracing::warn!(%error, "health check: database does not answer");
            problem(
                StatusCode::SERVICE_UNAVAILABLE,
                "Database unavailable",
                "The database does not answer. Check that it runs and that Borgerbro can reach it.",
            )
        }
    }
}

/// A route that does nothing, to measure what the framework alone costs (BENCHMARKS.md).
pub(crate) async fn bare() -> &'static str {
    "ok"
}
