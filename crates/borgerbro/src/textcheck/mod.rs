//! "Tjek din tekst": the klarsprog checker as a page, an API and a command, for every
//! writer. The analysis itself is the `klarsprog` crate.

pub mod cli;
mod model;
pub(crate) mod routes;

/// This module's pages, for `crate::router` to merge.
pub(crate) fn pages() -> axum::Router<crate::state::AppState> {
    use axum::routing::get;
    axum::Router::new().route("/tjek-tekst", get(routes::page).post(routes::check))
}

/// This module's API routes; the OpenAPI document is made from them, so the two cannot
/// drift apart.
pub(crate) fn api() -> utoipa_axum::router::OpenApiRouter<crate::state::AppState> {
    use utoipa_axum::routes;
    utoipa_axum::router::OpenApiRouter::new().routes(routes!(routes::api))
}
