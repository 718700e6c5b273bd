//! The whole site: each module's pages and API routes merged, the OpenAPI document made
//! from the API routes, and the layers every request passes. No route is listed here;
//! each module lists its own (`pages()` and `api()` in its `mod.rs`).

use std::sync::Arc;

use axum::middleware::{from_fn, from_fn_with_state};
use axum::routing::get;
use axum::{Json, Router};
use tower_http::catch_panic::CatchPanicLayer;
use tower_http::trace::TraceLayer;
use utoipa::openapi::security::{Http, HttpAuthScheme, SecurityScheme};
use utoipa::{Modify, OpenApi};
use utoipa_axum::router::OpenApiRouter;

use crate::i18n::Lang;
use crate::state::AppState;
use crate::web::{self, AppError};
use crate::{
    assess, auth, bookings, help, insight, mandates, mydata, network, people, post, textcheck,
};

#[derive(OpenApi)]
#[openapi(
    info(
        title = "Borgerbro API",
        description = "The open API of Borgerbro. Systems authenticate with an API key \
                       (`Authorization: Bearer KEY`); errors are application/problem+json (RFC 9457)."
    ),
    modifiers(&ApiKeyScheme)
)]
struct ApiDoc;

struct ApiKeyScheme;

/// The API key, and what each of its scopes lets a system do: every keyed operation
/// names the one it needs (`auth::scoped`).
impl Modify for ApiKeyScheme {
    fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
        let scopes: Vec<String> = auth::ApiScope::ALL
            .into_iter()
            .map(|scope| {
                format!(
                    "- `{}`: {}",
                    scope.as_str(),
                    Lang::En.t(scope.description_key())
                )
            })
            .collect();
        let description = format!(
            "An API key an administrator made (`Authorization: Bearer KEY`), with the \
             scopes chosen then. An operation names the scope it needs; a key without it \
             gets 403 with `missing_scope`. A key reads only the letters it sent and \
             changes and ends only the permissions it gave, unless a scope says more.\n\n{}",
            scopes.join("\n")
        );
        let mut scheme = Http::new(HttpAuthScheme::Bearer);
        scheme.description = Some(description);
        if let Some(components) = openapi.components.as_mut() {
            components.add_security_scheme("api_key", SecurityScheme::Http(scheme));
        }
    }
}

/// Every module's API routes and the OpenAPI document made from them.
fn api() -> (Router<AppState>, utoipa::openapi::OpenApi) {
    let (router, mut openapi) = OpenApiRouter::with_openapi(ApiDoc::openapi())
        .merge(web::api())
        .merge(auth::api())
        .merge(textcheck::api())
        .merge(people::api())
        .merge(post::api())
        .merge(mandates::api())
        .merge(help::api())
        .merge(bookings::api())
        .merge(mydata::api())
        .merge(assess::api())
        .merge(insight::api())
        .merge(network::api())
        .split_for_parts();
    web::openapi::document_common_answers(&mut openapi);
    (router, openapi)
}

/// Any other address under `/api/`, with any method: 404 problem+json. Without it such a
/// request reached the pages' fallback and, for a POST, the pages' CSRF refusal.
fn api_fallback() -> Router<AppState> {
    Router::new().route(
        "/api/{*rest}",
        axum::routing::any(|| async { AppError::NotFound }),
    )
}

/// Pages for people: sessions and CSRF protection apply.
fn pages(state: &AppState) -> Router<AppState> {
    Router::new()
        .merge(web::pages())
        .merge(auth::pages())
        .merge(textcheck::pages())
        .merge(people::pages())
        .merge(post::pages())
        .merge(mandates::pages())
        .merge(help::pages())
        .merge(bookings::pages())
        .merge(mydata::pages())
        .merge(assess::pages())
        .merge(insight::pages())
        .merge(network::pages())
        .fallback(|| async { AppError::NotFound })
        // The front desk gives a reason before opening a citizen's data (inside the
        // session, which it reads).
        .layer(from_fn_with_state(state.clone(), mydata::desk_reason_gate))
        // The session outside the CSRF check, so that a form refused for its token still
        // gets a page that shows who is logged in.
        .layer(from_fn_with_state(state.clone(), auth::csrf_protect))
        // How the person reads (language, large print), once the session says who.
        .layer(from_fn_with_state(
            state.clone(),
            people::reader_choices_layer,
        ))
        .layer(from_fn_with_state(state.clone(), auth::resolve_session))
}

pub fn router(state: AppState) -> Router {
    let (api, openapi) = api();
    let openapi = Arc::new(openapi);
    let mut router = Router::new()
        .merge(web::assets::router())
        .route(
            "/api/v1/openapi.json",
            get(move || {
                let openapi = openapi.clone();
                async move { Json(openapi.as_ref().clone()) }
            }),
        )
        .merge(api)
        .merge(api_fallback())
        .merge(pages(&state));
    if state.settings.with_bare_route {
        router = router.route("/bench/bare", get(web::routes::bare));
    }
    let headers = web::security::headers(&state.settings);
    // Inside out: a panic becomes a 500, which `render_errors` turns into a page; every
    // response, error pages too, then gets its caching rule and the security headers.
    let mut router = router
        .layer(CatchPanicLayer::new())
        .layer(from_fn_with_state(state.clone(), web::error::render_errors))
        .layer(axum::middleware::from_fn(web::security::no_store))
        .with_state(state);
    for header in headers {
        router = router.layer(header);
    }
    // Outermost: the request id is there for the log span and for every error.
    router
        // The path only, never the query: it can hold a form's CSRF token or the OIDC
        // callback's code and state.
        .layer(TraceLayer::new_for_http().make_span_with(
            |request: &axum::extract::Request| {
                tracing::debug_span!("http", method = %request.method(), path = %request.uri().path())
            },
        ))
        .layer(from_fn(web::request_id::assign))
}
