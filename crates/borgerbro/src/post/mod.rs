//! Digital post that never goes silently unread: letters, their deadlines, read receipts
//! and the escalations that reach a citizen another way while the deadline moves.

pub(crate) mod api;
pub mod batch;
pub(crate) mod bundle;
pub mod cli;
pub mod model;
pub(crate) mod paper;
pub mod pdf_limits;
mod service;
mod store;
pub mod web;

pub use model::{
    Area, Cursor, Delivery, EscalationKind, NotNeeded, Outcome, Policy, PrintReason, Version,
};
// The web side of an attachment, which a helper's pages serve too.
pub use service::*;
pub use store::{
    Attachment, DraftVersion, Escalation, InboxFilter, Letter, Listed, PrintJob, Reply, SavedDraft,
    LETTERS_PER_INSERT,
};
pub use web::citizen::attachment_bytes;
// A letter as pages show it, which a helper's pages show too.
pub use web::view;
// A letter's pages as its paper copy sets them, which "Hent mine data" puts in its ZIP
// and its print: the one way another module sets a letter on paper.
pub(crate) use web::print::letter_pages;
// For the benchmarks, which read and write letters' rows as the store does.
pub use store::{letter_of, LETTER_COLUMNS};

/// A letter sent through the API carries its attachments in base64: a third larger.
const MAX_API_LETTER_BYTES: usize = model::MAX_LETTER_BYTES / 3 * 4;

/// Ten thousand recipients with a few merge fields each.
const MAX_API_BATCH_BYTES: usize = 32 * 1024 * 1024;

/// This module's pages, for `crate::router` to merge.
pub(crate) fn pages() -> axum::Router<crate::state::AppState> {
    use axum::extract::DefaultBodyLimit;
    use axum::routing::{get, post};
    axum::Router::new()
        .route("/post", get(web::citizen::inbox))
        .route("/post/{id}", get(web::citizen::read))
        .route("/post/{id}/faerdig", post(web::citizen::done))
        .route("/post/{id}/svar", post(web::citizen::reply))
        .route("/post/{id}/bilag/{position}", get(web::citizen::attachment))
        .route(
            "/breve/nyt",
            get(web::write::write_page)
                .post(web::write::write)
                .layer(DefaultBodyLimit::max(model::MAX_LETTER_BYTES)),
        )
        .route("/breve/{id}", get(web::staff::status))
        .route("/breve/{id}/bilag/{position}", get(web::staff::attachment))
        .route("/udskrift", get(web::print::queue_page))
        .route("/udskrift/koe.pdf", get(web::print::queue_pdf))
        .route("/udskrift/afsendt", post(web::print::mark_posted))
        .route("/udskrift/{id}/givet", post(web::print::hand_over))
        .route(
            "/udskrift/tilbud/{person_id}/klaret",
            post(web::print::offer_done),
        )
        .route("/udskrift/{file}", get(web::print::letter_pdf))
        .route(
            "/udskrift/{id}/bilag/{position}",
            get(web::print::attachment),
        )
        .route("/rykkere", get(web::staff::escalations))
        .route("/rykkere/{id}", post(web::staff::record_outcome))
}

/// This module's API routes; the OpenAPI document is made from them, so the two cannot
/// drift apart.
pub(crate) fn api() -> utoipa_axum::router::OpenApiRouter<crate::state::AppState> {
    use crate::auth::{scoped, ApiScope};
    use axum::extract::DefaultBodyLimit;
    use utoipa_axum::router::UtoipaMethodRouterExt;
    use utoipa_axum::routes;
    // Reading a letter: the letters this key sent, or any with `letters.read_all`
    // (checked in `api.rs`, which reads who sent it).
    utoipa_axum::router::OpenApiRouter::new()
        .routes(scoped(
            routes!(api::api_send).layer(DefaultBodyLimit::max(MAX_API_LETTER_BYTES)),
            ApiScope::LettersSend,
        ))
        .routes(scoped(routes!(api::api_get), ApiScope::LettersRead))
        .routes(scoped(routes!(web::print::api_letters), ApiScope::Print))
        .routes(scoped(routes!(web::print::api_letter_pdf), ApiScope::Print))
        .routes(scoped(
            routes!(api::api_send_batch).layer(DefaultBodyLimit::max(MAX_API_BATCH_BYTES)),
            ApiScope::LettersSend,
        ))
}
