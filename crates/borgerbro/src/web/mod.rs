//! The web layer shared by every module: layout, DKFDS components, forms, errors,
//! languages, static files and security headers; and the pages that belong to no module.

pub mod assets;
pub(crate) mod atom;
pub(crate) mod chart;
pub(crate) mod client;
pub(crate) mod error;
pub(crate) mod idempotency;
pub(crate) mod layout;
pub(crate) mod markdown;
pub(crate) mod my_page;
pub(crate) mod openapi;
pub(crate) mod rate_limit;
pub(crate) mod request_id;
pub(crate) mod routes;
pub(crate) mod security;
pub(crate) mod spreadsheet;

pub use error::{AppError, ProblemMembers};

use axum::http::header;
use axum::response::{IntoResponse, Response};
// Pages show dates as letters do.
pub use crate::i18n::{clock_time, decimal, format_date, kroner, long_date, percent, whole};
pub(crate) use layout::{render, Page};

/// This module's pages, for `crate::router` to merge.
pub(crate) fn pages() -> axum::Router<crate::state::AppState> {
    use axum::routing::get;
    axum::Router::new()
        .route("/", get(routes::front))
        .route("/tilgaengelighed", get(routes::accessibility))
        .route("/min-side", get(my_page::my_page))
        .route("/sprog/{code}", get(routes::choose_language))
}

/// This module's API routes; the OpenAPI document is made from them, so the two cannot
/// drift apart.
pub(crate) fn api() -> utoipa_axum::router::OpenApiRouter<crate::state::AppState> {
    use utoipa_axum::routes;
    utoipa_axum::router::OpenApiRouter::new()
        .routes(routes!(routes::healthz))
        .routes(routes!(routes::authority))
}

/// A PDF to show inline, under a name the browser offers when saving it. The name is
/// ours (cleaned at upload) and goes in RFC 6266's UTF-8 form so æ, ø and å survive.
pub fn pdf_response(filename: &str, bytes: Vec<u8>) -> Response {
    let encoded = url::form_urlencoded::byte_serialize(filename.as_bytes())
        .collect::<String>()
        .replace('+', "%20");
    (
        [
            (header::CONTENT_TYPE, "application/pdf".to_owned()),
            (
                header::CONTENT_DISPOSITION,
                format!("inline; filename*=UTF-8''{encoded}"),
            ),
        ],
        bytes,
    )
        .into_response()
}
