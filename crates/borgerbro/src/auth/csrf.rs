//! CSRF protection for every form: a random token in an HttpOnly cookie that each form
//! repeats in a hidden field (`csrf_token`). A site that cannot read our cookie cannot
//! repeat it. The JSON API is outside this: it uses API keys, not cookies.

use axum::body::{to_bytes, Body};
use axum::extract::{Request, State};
use axum::http::{header, Method};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use axum_extra::extract::cookie::{Cookie, SameSite};
use axum_extra::extract::CookieJar;
use secrecy::SecretString;
use subtle::ConstantTimeEq;

use super::model::new_secret;
use crate::state::AppState;
use crate::web::AppError;

pub(crate) const CSRF_COOKIE: &str = "bb_csrf";
pub(crate) const CSRF_FIELD: &str = "csrf_token";
/// Forms are small; anything bigger is refused before it is read.
const MAX_FORM_BYTES: usize = 1024 * 1024;

/// The token of this request, for the forms on the page. A secret: whoever knows it can
/// send forms in the person's name, so its Debug never shows it.
#[derive(Debug, Clone)]
pub struct CsrfToken(pub SecretString);

pub(crate) fn cookie(token: String, secure: bool) -> Cookie<'static> {
    Cookie::build((CSRF_COOKIE, token))
        .path("/")
        .http_only(true)
        .secure(secure)
        .same_site(SameSite::Lax)
        .build()
}

fn changes_state(method: &Method) -> bool {
    !matches!(*method, Method::GET | Method::HEAD | Method::OPTIONS)
}

/// The token a form sent: in the body of an ordinary form, in the query of a
/// multipart form (whose body is a file upload that we do not buffer here).
fn submitted_token(content_type: &str, query: Option<&str>, body: &[u8]) -> Option<String> {
    let source = if content_type.starts_with("application/x-www-form-urlencoded") {
        body
    } else {
        query.unwrap_or_default().as_bytes()
    };
    url::form_urlencoded::parse(source)
        .find(|(name, _)| name == CSRF_FIELD)
        .map(|(_, value)| value.into_owned())
}

pub async fn protect(
    State(state): State<AppState>,
    jar: CookieJar,
    request: Request,
    next: Next,
) -> Response {
    let existing = jar
        .get(CSRF_COOKIE)
        .map(|c| c.value().to_owned())
        .filter(|v| v.len() == 43);
    let (token, fresh) = match existing {
        Some(token) => (token, false),
        None => (new_secret(), true),
    };
    let mut request = request;
    if changes_state(request.method()) {
        let (parts, body) = request.into_parts();
        let content_type = parts
            .headers
            .get(header::CONTENT_TYPE)
            .and_then(|v| v.to_str().ok())
            .unwrap_or_default()
            .to_owned();
        // An ordinary form is small and read here; a file upload is left to its handler,
        // which has its own limits, and carries the token in its address instead.
        let (bytes, body) = if content_type.starts_with("application/x-www-form-urlencoded") {
            let Ok(bytes) = to_bytes(body, MAX_FORM_BYTES).await else {
                return AppError::TooLarge("error-too-large-next").into_response();
            };
            (bytes.clone(), Body::from(bytes))
        } else {
            (Default::default(), body)
        };
        let sent = submitted_token(&content_type, parts.uri.query(), &bytes);
        let valid =
            !fresh && sent.is_some_and(|sent| bool::from(sent.as_bytes().ct_eq(token.as_bytes())));
        if !valid {
            let mut refused = AppError::Csrf.into_response();
            // The error page's log-out button needs the token the browser already has.
            if !fresh {
                refused.extensions_mut().insert(CsrfToken(token.into()));
            }
            return refused;
        }
        request = Request::from_parts(parts, body);
    }
    request
        .extensions_mut()
        .insert(CsrfToken(token.as_str().into()));
    let mut response = next.run(request).await;
    // For an error page's log-out button.
    response
        .extensions_mut()
        .insert(CsrfToken(token.as_str().into()));
    if fresh {
        let jar = CookieJar::new().add(cookie(token, state.settings.secure_cookies()));
        (jar, response).into_response()
    } else {
        response
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_token_is_read_from_a_form_body() {
        let body = b"name=Mette&csrf_token=abc%2Bdef";
        assert_eq!(
            submitted_token("application/x-www-form-urlencoded", None, body),
            Some("abc+def".into())
        );
        assert_eq!(
            submitted_token("application/x-www-form-urlencoded", None, b"name=x"),
            None
        );
    }

    #[test]
    fn a_multipart_form_carries_the_token_in_its_address() {
        assert_eq!(
            submitted_token(
                "multipart/form-data; boundary=x",
                Some("csrf_token=t1"),
                b"--x"
            ),
            Some("t1".into())
        );
    }
}
