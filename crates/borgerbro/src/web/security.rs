//! Headers that every response carries.

use axum::extract::Request;
use axum::http::{header, HeaderName, HeaderValue};
use axum::middleware::Next;
use axum::response::Response;
use tower_http::set_header::SetResponseHeaderLayer;

use crate::config::Settings;

/// No inline script or style anywhere: everything comes from our own origin.
const CONTENT_SECURITY_POLICY: &str = "default-src 'self'; script-src 'self'; \
     style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; \
     object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

/// The policy, with the OIDC provider's origin among the places a form may lead: "Log
/// ud" is a form, and after an OIDC login its answer sends the browser on to the
/// provider's `end_session_endpoint`, which a browser holding to `form-action 'self'`
/// would refuse to follow.
fn content_security_policy(settings: &Settings) -> HeaderValue {
    let provider = settings
        .oidc
        .as_ref()
        .map(|oidc| oidc.issuer.origin().ascii_serialization())
        .filter(|origin| origin != "null" && HeaderValue::from_str(origin).is_ok());
    match provider {
        None => HeaderValue::from_static(CONTENT_SECURITY_POLICY),
        Some(origin) => {
            let policy = CONTENT_SECURITY_POLICY.replace(
                "form-action 'self'",
                &format!("form-action 'self' {origin}"),
            );
            HeaderValue::from_str(&policy)
                .unwrap_or_else(|_| HeaderValue::from_static(CONTENT_SECURITY_POLICY))
        }
    }
}

/// A year: browsers that once reached the site over https never try plain http again.
const STRICT_TRANSPORT_SECURITY: &str = "max-age=31536000";

/// The headers every response carries; `Strict-Transport-Security` only when people
/// reach the site over https (the demo and the tests run on plain http, where a browser
/// would ignore it, and a wrong one would lock a developer's localhost out).
pub(crate) fn headers(settings: &Settings) -> Vec<SetResponseHeaderLayer<HeaderValue>> {
    let mut headers = vec![
        SetResponseHeaderLayer::if_not_present(
            header::CONTENT_SECURITY_POLICY,
            content_security_policy(settings),
        ),
        SetResponseHeaderLayer::if_not_present(
            header::X_CONTENT_TYPE_OPTIONS,
            HeaderValue::from_static("nosniff"),
        ),
        SetResponseHeaderLayer::if_not_present(
            header::REFERRER_POLICY,
            HeaderValue::from_static("same-origin"),
        ),
        SetResponseHeaderLayer::if_not_present(
            header::X_FRAME_OPTIONS,
            HeaderValue::from_static("DENY"),
        ),
        SetResponseHeaderLayer::if_not_present(
            HeaderName::from_static("permissions-policy"),
            HeaderValue::from_static("camera=(), microphone=(), geolocation=()"),
        ),
    ];
    if settings.secure_cookies() {
        headers.push(SetResponseHeaderLayer::overriding(
            header::STRICT_TRANSPORT_SECURITY,
            HeaderValue::from_static(STRICT_TRANSPORT_SECURITY),
        ));
    }
    headers
}

/// Where the static files are served: the only responses a browser or a proxy may keep.
const STATIC_ASSETS: &str = "/static/";

/// Every response except a static file is `Cache-Control: no-store`, whatever its
/// handler set: a letter, a list, a PDF, a calendar file, a CSV, an API answer, an error
/// page. Why every one and not those with personal data: on a shared PC (a library) the
/// next person presses Back, and the browser shows what it kept; even a public page
/// shows who is logged in, and a rule by path that each new route must join is a rule a
/// route can forget. Static files are the same for everyone and say nothing of anyone.
pub(crate) async fn no_store(request: Request, next: Next) -> Response {
    let is_static = request.uri().path().starts_with(STATIC_ASSETS);
    let mut response = next.run(request).await;
    if !(is_static && response.status().is_success()) {
        response
            .headers_mut()
            .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    }
    response
}
