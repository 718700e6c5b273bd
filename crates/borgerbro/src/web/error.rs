//! One error type for every handler, and one place that turns errors into what a person
//! reads (a friendly page in their language) or what a system reads (problem+json).

use axum::extract::{Request, State};
use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Redirect, Response};
use axum_extra::extract::CookieJar;

use super::layout::Page;
use super::rate_limit::retry_after_secs;
use super::request_id::RequestId;
use crate::auth::{ApiScope, CsrfToken, User};
use crate::forms::FormErrors;
use crate::i18n::{Lang, ReaderChoices, LANG_COOKIE};
use crate::state::AppState;

#[derive(Debug, thiserror::Error)]
pub enum AppError {
    #[error("not found")]
    NotFound,
    /// A helper asked for something of a citizen who gave them a permission, and that
    /// permission does not cover it: "not found" (404) still, but saying why and who can
    /// give more. Only where the helper already knows the citizen and the thing exists
    /// (see DESIGN.md, "Refused helpers"); anything else stays `NotFound`.
    #[error("not covered by the permission")]
    NotCovered,
    #[error("forbidden")]
    Forbidden,
    /// An API key without the scope a route needs: 403, naming the scope.
    #[error("the API key lacks the scope {}", .0.as_str())]
    MissingScope(ApiScope),
    #[error("login required")]
    LoginRequired { return_to: String },
    #[error("missing or wrong CSRF token")]
    Csrf,
    #[error("missing or unknown API key")]
    Unauthorized,
    #[error("bad request ({0})")]
    BadRequest(&'static str),
    #[error("too large ({0})")]
    TooLarge(&'static str),
    /// Input that breaks the rules, field by field (the API's form errors).
    #[error("invalid input")]
    Invalid(FormErrors),
    #[error("conflict ({0})")]
    Conflict(&'static str),
    /// A conflict whose problem document says more in members of its own (RFC 9457's
    /// extension members): what the request made instead, say a sign-up put on a
    /// waiting list. Pages show it as a plain conflict.
    #[error("conflict ({0}) with {1:?}")]
    ConflictWith(&'static str, ProblemMembers),
    /// A conflict that passes by itself (another request with the same key is being
    /// handled): 409 with `Retry-After`.
    #[error("busy ({0})")]
    Busy(&'static str),
    /// A client past one of its limits (`web::rate_limit`): 429 with `Retry-After`, and
    /// the time to try again in words.
    #[error("too many requests; next in {0:?}")]
    TooMany(std::time::Duration),
    #[error("database unavailable: {0}")]
    Unavailable(#[source] sqlx::Error),
    /// A fault of ours: what we were doing and the error that stopped it, with its
    /// sources, for the log (the person sees only that it was ours and the request id).
    #[error("internal error: {0:#}")]
    Internal(anyhow::Error),
}

/// Extension members of a problem document (RFC 9457, section 3.2), put beside `type`,
/// `title`, `status` and `detail`; a member with one of those names is left out, so it
/// can never change what the standard members say.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ProblemMembers(pub serde_json::Map<String, serde_json::Value>);

impl AppError {
    pub(crate) fn internal(doing: &'static str, error: impl Into<anyhow::Error>) -> Self {
        AppError::Internal(error.into().context(doing))
    }
}

impl From<sqlx::Error> for AppError {
    fn from(error: sqlx::Error) -> Self {
        match error {
            sqlx::Error::PoolTimedOut
            | sqlx::Error::PoolClosed
            | sqlx::Error::Io(_)
            | sqlx::Error::Tls(_) => AppError::Unavailable(error),
            // A locked SQLite file or a PostgreSQL that is shutting down: try again later.
            sqlx::Error::Database(ref db)
                if matches!(db.code().as_deref(), Some("5" | "6" | "57P01" | "57P03")) =>
            {
                AppError::Unavailable(error)
            }
            other => AppError::internal("the database", other),
        }
    }
}

/// A file that should be there and is not (an attachment's bytes): our fault, not the
/// reader's.
impl From<std::io::Error> for AppError {
    fn from(error: std::io::Error) -> Self {
        AppError::internal("the file store", error)
    }
}

/// What kind of error a response carries, for the middleware that renders it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum ErrorKind {
    NotFound,
    NotCovered,
    MethodNotAllowed,
    Forbidden,
    Csrf,
    Unauthorized,
    BadRequest(&'static str),
    TooLarge(&'static str),
    Invalid,
    Conflict(&'static str),
    TooMany,
    Unavailable,
    Internal,
}

impl ErrorKind {
    pub(crate) fn status(self) -> StatusCode {
        match self {
            ErrorKind::NotFound | ErrorKind::NotCovered => StatusCode::NOT_FOUND,
            ErrorKind::MethodNotAllowed => StatusCode::METHOD_NOT_ALLOWED,
            ErrorKind::Forbidden | ErrorKind::Csrf => StatusCode::FORBIDDEN,
            ErrorKind::Unauthorized => StatusCode::UNAUTHORIZED,
            ErrorKind::BadRequest(_) => StatusCode::BAD_REQUEST,
            ErrorKind::TooLarge(_) => StatusCode::PAYLOAD_TOO_LARGE,
            ErrorKind::Invalid => StatusCode::UNPROCESSABLE_ENTITY,
            ErrorKind::Conflict(_) => StatusCode::CONFLICT,
            ErrorKind::TooMany => StatusCode::TOO_MANY_REQUESTS,
            ErrorKind::Unavailable => StatusCode::SERVICE_UNAVAILABLE,
            ErrorKind::Internal => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }

    /// The Fluent keys of the heading and of what to do next.
    fn texts(self) -> (&'static str, &'static str) {
        match self {
            ErrorKind::NotFound => ("error-not-found-title", "error-not-found-next"),
            ErrorKind::NotCovered => ("error-not-covered-title", "error-not-covered-next"),
            ErrorKind::MethodNotAllowed => ("error-not-found-title", "error-not-found-next"),
            ErrorKind::Forbidden => ("error-forbidden-title", "error-forbidden-next"),
            ErrorKind::Csrf => ("error-csrf-title", "error-csrf-next"),
            ErrorKind::Unauthorized => ("error-unauthorized-title", "error-unauthorized-next"),
            ErrorKind::BadRequest(next) => ("error-bad-request-title", next),
            ErrorKind::TooLarge(next) => ("error-too-large-title", next),
            ErrorKind::Invalid => ("error-invalid-title", "error-invalid-next"),
            ErrorKind::Conflict(next) => ("error-conflict-title", next),
            ErrorKind::TooMany => ("error-too-many-title", "error-too-many-next"),
            ErrorKind::Unavailable => ("error-unavailable-title", "error-unavailable-next"),
            ErrorKind::Internal => ("error-internal-title", "error-internal-next"),
        }
    }

    /// Errors that axum itself answers (a form it cannot read, a body too large) carry
    /// no kind; they are known by their status.
    fn of_status(status: StatusCode) -> Option<ErrorKind> {
        match status {
            StatusCode::NOT_FOUND => Some(ErrorKind::NotFound),
            StatusCode::METHOD_NOT_ALLOWED => Some(ErrorKind::MethodNotAllowed),
            StatusCode::PAYLOAD_TOO_LARGE => Some(ErrorKind::TooLarge("error-too-large-next")),
            StatusCode::BAD_REQUEST
            | StatusCode::UNPROCESSABLE_ENTITY
            | StatusCode::UNSUPPORTED_MEDIA_TYPE => Some(ErrorKind::BadRequest("error-bad-form")),
            status if status.is_server_error() => Some(ErrorKind::Internal),
            _ => None,
        }
    }
}

impl IntoResponse for AppError {
    fn into_response(self) -> Response {
        let kind = match self {
            AppError::LoginRequired { return_to } => {
                let query = url::form_urlencoded::Serializer::new(String::new())
                    .append_pair("tilbage", &return_to)
                    .finish();
                return Redirect::to(&format!("/log-ind?{query}")).into_response();
            }
            AppError::NotFound => ErrorKind::NotFound,
            AppError::NotCovered => ErrorKind::NotCovered,
            AppError::Forbidden => ErrorKind::Forbidden,
            AppError::MissingScope(scope) => {
                let mut response = ErrorKind::Forbidden.into_response();
                response.extensions_mut().insert(scope);
                return response;
            }
            AppError::Csrf => ErrorKind::Csrf,
            AppError::Unauthorized => ErrorKind::Unauthorized,
            AppError::BadRequest(next) => ErrorKind::BadRequest(next),
            AppError::TooLarge(next) => ErrorKind::TooLarge(next),
            AppError::Conflict(next) => ErrorKind::Conflict(next),
            AppError::ConflictWith(next, members) => {
                let mut response = ErrorKind::Conflict(next).into_response();
                response.extensions_mut().insert(members);
                return response;
            }
            AppError::Busy(next) => {
                let mut response = ErrorKind::Conflict(next).into_response();
                response
                    .headers_mut()
                    .insert(header::RETRY_AFTER, HeaderValue::from_static("1"));
                return response;
            }
            AppError::TooMany(wait) => {
                let mut response = ErrorKind::TooMany.into_response();
                response.headers_mut().insert(
                    header::RETRY_AFTER,
                    HeaderValue::from(retry_after_secs(wait)),
                );
                return response;
            }
            AppError::Invalid(errors) => {
                let mut response = ErrorKind::Invalid.status().into_response();
                response.extensions_mut().insert(ErrorKind::Invalid);
                response.extensions_mut().insert(errors);
                return response;
            }
            AppError::Unavailable(ref error) => {
                tracing::warn!(%error, "database unavailable");
                ErrorKind::Unavailable
            }
            AppError::Internal(ref error) => {
                tracing::error!(error = format!("{error:#}"), "internal error");
                ErrorKind::Internal
            }
        };
        kind.into_response()
    }
}

impl IntoResponse for ErrorKind {
    fn into_response(self) -> Response {
        let mut response = self.status().into_response();
        response.extensions_mut().insert(self);
        response
    }
}

/// The language of a request: one chosen in this browser (the cookie), else the
/// logged-in person's own (`ReaderChoices`, which `people` finds), else the browser's.
pub(crate) fn request_lang(
    jar: &CookieJar,
    headers: &HeaderMap,
    profile: Option<&ReaderChoices>,
) -> Lang {
    jar.get(LANG_COOKIE)
        .and_then(|cookie| Lang::from_code(cookie.value()))
        .or(profile.map(|chosen| chosen.language))
        .unwrap_or_else(|| {
            headers
                .get(header::ACCEPT_LANGUAGE)
                .and_then(|value| value.to_str().ok())
                .map(Lang::from_accept_language)
                .unwrap_or_default()
        })
}

fn is_api(path: &str) -> bool {
    path.starts_with("/api/") || path == "/healthz"
}

/// Turns every error response into a page or a problem document, so that no handler
/// renders errors itself and nobody ever sees a bare status or a stack trace.
pub(crate) async fn render_errors(
    State(state): State<AppState>,
    request: Request,
    next: Next,
) -> Response {
    let jar = CookieJar::from_headers(request.headers());
    let headers = request.headers().clone();
    let path = request.uri().path().to_owned();
    let request_id = request
        .extensions()
        .get::<RequestId>()
        .map(|id| id.0.clone())
        .unwrap_or_default();
    let response = next.run(request).await;
    let is_html_or_json = response
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|value| value.to_str().ok())
        .is_some_and(|ct| ct.starts_with("text/html") || ct.contains("json"));
    let kind = match response.extensions().get::<ErrorKind>() {
        Some(kind) => *kind,
        None if !is_html_or_json => match ErrorKind::of_status(response.status()) {
            Some(kind) => kind,
            None => return response,
        },
        None => return response,
    };
    let retry_after = response.headers().get(header::RETRY_AFTER).cloned();
    // The person's own language is known only once the session is read, further in.
    let lang = request_lang(&jar, &headers, response.extensions().get::<ReaderChoices>());
    let mut rendered = render(&state, lang, &path, &request_id, kind, &response);
    if let Some(retry_after) = retry_after {
        rendered
            .headers_mut()
            .insert(header::RETRY_AFTER, retry_after);
    }
    rendered
}

/// The page or problem document for an error response.
fn render(
    state: &AppState,
    lang: Lang,
    path: &str,
    request_id: &str,
    kind: ErrorKind,
    response: &Response,
) -> Response {
    let (title_key, next_key) = kind.texts();
    let next = match (kind, retry_after_of(response)) {
        (ErrorKind::TooMany, Some(secs)) if is_api(path) => {
            lang.t_args("error-too-many-api-next", &[("seconds", secs.to_string())])
        }
        (ErrorKind::TooMany, Some(secs)) => try_again(state, lang, secs),
        _ => match response.extensions().get::<ApiScope>() {
            Some(scope) => lang.t_args(
                "error-missing-scope",
                &[("scope", scope.as_str().to_owned())],
            ),
            None => lang.t(next_key),
        },
    };
    if is_api(path) {
        let mut body = problem_body(kind.status(), &lang.t(title_key), &next);
        body["request_id"] = request_id.into();
        if let Some(scope) = response.extensions().get::<ApiScope>() {
            body["missing_scope"] = scope.as_str().into();
        }
        if let Some(ProblemMembers(members)) = response.extensions().get::<ProblemMembers>() {
            for (name, value) in members {
                if body.get(name).is_none() {
                    body[name.as_str()] = value.clone();
                }
            }
        }
        if let Some(errors) = response.extensions().get::<FormErrors>() {
            body["errors"] = errors
                .iter()
                .map(|e| match &e.value {
                    None => serde_json::json!({"field": e.field, "detail": lang.t(e.message)}),
                    Some(value) => serde_json::json!(
                        {"field": e.field, "detail": lang.t(e.message), "value": value}
                    ),
                })
                .collect();
        }
        problem_response(kind.status(), &body)
    } else {
        let page = Page::for_error(
            state,
            lang,
            path,
            response.extensions().get::<User>().cloned(),
            response.extensions().get::<CsrfToken>(),
            response.extensions().get::<ReaderChoices>(),
        );
        let html = page.render_error(lang.t(title_key), next, request_id);
        (kind.status(), html).into_response()
    }
}

fn retry_after_of(response: &Response) -> Option<u64> {
    response
        .headers()
        .get(header::RETRY_AFTER)?
        .to_str()
        .ok()?
        .parse()
        .ok()
}

/// When a client past a limit may try again, in words: the time on a Danish clock,
/// to the minute, rounded up so that trying then works.
pub(crate) fn try_again(state: &AppState, lang: Lang, secs: u64) -> String {
    let time = retry_time(&state.clock, secs);
    lang.t_args("error-too-many-next", &[("time", time)])
}

/// The time on a Danish wall clock `secs` from now, "14:35", rounded up to the minute.
pub(crate) fn retry_time(clock: &crate::clock::Clock, secs: u64) -> String {
    let wait = jiff::SignedDuration::from_secs(i64::try_from(secs).unwrap_or(i64::MAX) + 59);
    let at = clock.local_now().saturating_add(wait);
    format!("{:02}:{:02}", at.hour(), at.minute())
}

fn problem_body(status: StatusCode, title: &str, detail: &str) -> serde_json::Value {
    serde_json::json!({
        "type": "about:blank",
        "title": title,
        "status": status.as_u16(),
        "detail": detail,
    })
}

/// An RFC 9457 problem document.
pub(crate) fn problem(status: StatusCode, title: &str, detail: &str) -> Response {
    problem_response(status, &problem_body(status, title, detail))
}

fn problem_response(status: StatusCode, body: &serde_json::Value) -> Response {
    let mut response = (status, body.to_string()).into_response();
    response.headers_mut().insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("application/problem+json"),
    );
    response
}
