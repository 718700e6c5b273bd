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
// "Hvem har kigget": the citizen's access log, from the audit chain, and the other
// systems' reported looks.
mod access_log;
// "Mine data" in the API.
mod api;
pub(crate) use access_log::demo::load as load_demo_access_log;
// "Hent mine data": everything about the citizen as a ZIP, and the front desk's print.
pub mod export;
// Retention: what has passed its period in the record of processing is deleted or
// anonymised by the sweep.
pub mod retention;
pub(crate) use rights::api::NoteResponse;
pub(crate) use rights::demo::load as load_demo_rights;
pub(crate) use rights::view::NoteView;
pub use rights::{
    answer_note, answer_request, extend_request, make_request, month_counts as request_counts,
    notes_for_api, notes_for_staff, notes_of, notes_on, requests_of, sweep as sweep_requests,
    write_note, Channel, Kind, NewRequest, Note, Outcome, Record, Request, RequestCounts,
    RightsError, Status, Swept,
};

/// The front desk's reason for opening a citizen's data, asked before each look
/// (a layer over every page, inside the session).
pub(crate) use access_log::desk::gate as desk_reason_gate;

/// Deletes the front desk's reasons whose time has passed; how many.
pub async fn forget_expired_desk_reasons(
    db: &crate::db::Db,
    clock: &crate::clock::Clock,
) -> Result<u64, sqlx::Error> {
    access_log::desk::forget_expired(db, clock.now_ms()).await
}

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
        .route(
            "/borgerservice/{citizen}/hvorfor",
            axum::routing::get(access_log::desk::ask).post(access_log::desk::give),
        )
}

/// This module's API routes; the OpenAPI document is made from them, so the two cannot
/// drift apart.
pub(crate) fn api() -> utoipa_axum::router::OpenApiRouter<crate::state::AppState> {
    use crate::auth::{scoped, ApiScope::AccessLogWrite, ApiScope::MyDataRead};
    use utoipa_axum::routes;
    utoipa_axum::router::OpenApiRouter::new()
        .merge(rights::api())
        .merge(record::api())
        .routes(scoped(routes!(api::data), MyDataRead))
        .routes(scoped(routes!(access_log::api::access_log), MyDataRead))
        .routes(scoped(routes!(access_log::api::report), AccessLogWrite))
        .routes(scoped(routes!(export::api::export), MyDataRead))
        .routes(routes!(export::api::schema))
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
