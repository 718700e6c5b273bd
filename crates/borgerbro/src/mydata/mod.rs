//! Mine data: what the authority holds about a citizen and why (from its record of
//! processing), who has looked at it, the citizen's notes of disagreement, requests under
//! the data protection rules, the export and retention.

/// This module's pages.
pub(crate) fn pages() -> axum::Router<crate::state::AppState> {
    axum::Router::new()
}

/// This module's API routes; the OpenAPI document is made from them, so the two cannot
/// drift apart.
pub(crate) fn api() -> utoipa_axum::router::OpenApiRouter<crate::state::AppState> {
    utoipa_axum::router::OpenApiRouter::new()
}
