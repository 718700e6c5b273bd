//! Before an authority digitalises: projects, their consequence assessments (inclusion,
//! rights, data ethics and data protection), the involvement of citizens and public
//! hearings (issue 18). Business cases join them later (issue 19).

// Involving citizens (`involvement/`): activities and input, follow or explain.
pub(crate) mod involvement;
// Public hearings (`hearings/`): opened by the project owner, answered by anyone,
// moderated and answered, follow or explain.
pub(crate) mod hearings;

use crate::clock::Clock;
use crate::db::Db;

/// This module's pages.
pub(crate) fn pages() -> axum::Router<crate::state::AppState> {
    use axum::routing::{get, post};
    axum::Router::new()
        .route("/projekter/{id}/inddragelse", get(involvement::web::page))
        .route(
            "/projekter/{id}/inddragelse/aktivitet",
            post(involvement::web::add_activity),
        )
        .route(
            "/projekter/{id}/inddragelse/input",
            post(involvement::web::add_input),
        )
        .route(
            "/projekter/{id}/hoering",
            get(hearings::owner::hearings).post(hearings::owner::open),
        )
        .route(
            "/projekter/{id}/hoering/moderation",
            get(hearings::owner::moderation),
        )
        .route(
            "/projekter/{id}/hoering/{hearing}/svar/{answer}/godkend",
            post(hearings::owner::approve),
        )
        .route(
            "/projekter/{id}/hoering/{hearing}/svar/{answer}/besvar",
            post(hearings::owner::respond),
        )
        .route("/hoeringer", get(hearings::public::list))
        .route("/hoeringer/{id}/rapport.json", get(hearings::report::json))
        .route(
            "/hoeringer/{id}",
            get(hearings::public::show).post(hearings::public::send),
        )
}

/// This module's API routes; the OpenAPI document is made from them, so the two cannot
/// drift apart.
pub(crate) fn api() -> utoipa_axum::router::OpenApiRouter<crate::state::AppState> {
    use utoipa_axum::routes;
    utoipa_axum::router::OpenApiRouter::new()
        .routes(routes!(hearings::api::list_hearings))
        .routes(routes!(hearings::api::send_answer))
}

/// The demo's involvement and hearings.
pub(crate) async fn load_demo(db: &Db, clock: &Clock) -> anyhow::Result<()> {
    involvement::demo::load(db, clock).await?;
    hearings::demo::load(db).await
}
