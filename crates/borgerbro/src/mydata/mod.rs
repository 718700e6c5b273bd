//! Mine data: what the authority holds about a citizen and why (from its record of
//! processing), who has looked at it, the citizen's notes of disagreement, requests under
//! the data protection rules, the export and retention.

// The citizen's rights over their data (`rights/`): notes of disagreement on a record
// and requests under the data protection rules.
mod rights;
// The record of processing (`record/`) that "Mine data" reads its words from.
pub mod record;
// "Mine data": each kind of data with the record's words and the citizen's count.
mod overview;
// "Hvem har kigget": the citizen's access log, from the audit chain.
mod access_log;
// "Hent mine data": everything about the citizen as a ZIP, and the front desk's print.
pub mod export;
// Retention: what has passed its period in the record of processing is deleted or
// anonymised by the sweep.
pub mod retention;
pub use rights::api::NoteResponse;
pub use rights::demo::load as load_demo_rights;
pub use rights::view::NoteView;
pub use rights::{
    answer_note, answer_request, extend_request, make_request, notes_for_api, notes_for_staff,
    notes_of, notes_on, requests_of, sweep as sweep_requests, write_note, Channel, Kind,
    NewRequest, Note, Outcome, Record, Request, RightsError, Status, Swept,
};

/// This module's pages.
pub(crate) fn pages() -> axum::Router<crate::state::AppState> {
    axum::Router::new()
        .merge(rights::pages())
        .merge(record::pages())
        .merge(overview_pages())
        .merge(export_pages())
        .route(
            "/mine-data/hvem-har-kigget",
            axum::routing::get(access_log::log),
        )
}

/// This module's API routes; the OpenAPI document is made from them, so the two cannot
/// drift apart.
pub(crate) fn api() -> utoipa_axum::router::OpenApiRouter<crate::state::AppState> {
    utoipa_axum::router::OpenApiRouter::new()
        .merge(rights::api())
        .merge(record::api())
        .routes(crate::auth::scoped(
            utoipa_axum::routes!(export::api::export),
            crate::auth::ApiScope::MyDataRead,
        ))
        .routes(utoipa_axum::routes!(export::api::schema))
}

/// "Hent mine data" for each audience, and the front desk's print.
fn export_pages() -> axum::Router<crate::state::AppState> {
    let mut router = axum::Router::new();
    for (audience, base) in rights::citizen::BASES {
        let mut pages = axum::Router::new().route(
            &format!("{base}/hent-mine-data.zip"),
            axum::routing::get(export::web::download),
        );
        if audience == rights::citizen::Audience::FrontDesk {
            pages = pages.route(
                &format!("{base}/udskrift.pdf"),
                axum::routing::get(export::web::print),
            );
        }
        router = router.merge(pages.layer(axum::Extension(audience)));
    }
    router
}

/// "Mine data" for each audience, at the base of its rights pages.
fn overview_pages() -> axum::Router<crate::state::AppState> {
    let mut router = axum::Router::new();
    for (audience, base) in rights::citizen::BASES {
        router = router.merge(
            axum::Router::new()
                .route(base, axum::routing::get(overview::overview))
                .layer(axum::Extension(audience)),
        );
    }
    router
}
