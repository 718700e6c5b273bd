//! Before an authority digitalises: projects, their consequence assessments (inclusion,
//! rights, data ethics and data protection), the involvement of citizens and public
//! hearings (issue 18). Business cases join them later (issue 19).

mod api;
pub mod model;

/// This module's pages.
pub(crate) fn pages() -> axum::Router<crate::state::AppState> {
    axum::Router::new()
}

/// This module's API routes; the OpenAPI document is made from them, so the two cannot
/// drift apart.
pub(crate) fn api() -> utoipa_axum::router::OpenApiRouter<crate::state::AppState> {
    use utoipa_axum::routes;
    utoipa_axum::router::OpenApiRouter::new().routes(routes!(api::score))
}
