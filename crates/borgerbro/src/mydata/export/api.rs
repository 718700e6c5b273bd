//! "Hent mine data" in the API: `GET /api/v1/people/{id}/export` (scope `mydata.read`)
//! answers the ZIP, audited as the key's read; `GET /api/v1/schemas/export.json` the
//! JSON Schema of its `data.json`, open to all.

use axum::extract::{Path, State};
use axum::http::header;
use axum::response::{IntoResponse, Response};
use axum::Json;

use super::{model, ExportError};
use crate::audit::{self, NewEntry};
use crate::auth::ApiClient;
use crate::state::AppState;
use crate::web::AppError;

impl From<ExportError> for AppError {
    fn from(error: ExportError) -> Self {
        match error {
            ExportError::NotFound => AppError::NotFound,
            ExportError::Database(error) => error.into(),
            error => AppError::internal("writing an export", error),
        }
    }
}

/// The ZIP as a download, named for the citizen's day.
pub(crate) fn zip_response(file: super::ExportFile, day: jiff::civil::Date) -> Response {
    let len = file.len;
    (
        [
            (header::CONTENT_TYPE, "application/zip".to_owned()),
            (header::CONTENT_LENGTH, len.to_string()),
            (
                header::CONTENT_DISPOSITION,
                format!("attachment; filename=\"mine-data-{day}.zip\""),
            ),
        ],
        file.into_body(),
    )
        .into_response()
}

#[utoipa::path(
    get,
    path = "/api/v1/people/{id}/export",
    operation_id = "person_export",
    tag = "mydata",
    params(("id" = String, Path, format = Uuid, description = "The citizen's person id")),
    responses(
        (status = 200, description = "Everything the authority holds about the citizen as a ZIP: `data.json` (its JSON Schema is `GET /api/v1/schemas/export.json`, and `schema.json` in the ZIP), CSV files of the tables under `csv/`, and each letter as PDF with its attachments under `letters/`. The read is audited as this key's: the citizen sees it among who looked.", content_type = "application/zip"),
        (status = 404, description = "No such person", content_type = "application/problem+json")
    )
)]
pub(crate) async fn export(
    State(state): State<AppState>,
    Path(id): Path<String>,
    client: ApiClient,
) -> Result<Response, AppError> {
    let src = super::Sources {
        db: &state.db,
        clock: &state.clock,
        files: &state.files,
        authority: &state.authority,
    };
    // Unknown people are refused before anything is audited about them.
    crate::people::profile(&state.db, &id)
        .await?
        .ok_or(AppError::NotFound)?;
    audit::record(
        &state.db,
        &state.clock,
        NewEntry::new(client.actor(), "mydata.export").subject(&id),
    )
    .await?;
    let file = super::write_zip(&src, &id).await?;
    Ok(zip_response(file, state.clock.today()))
}

#[utoipa::path(
    get,
    path = "/api/v1/schemas/export.json",
    operation_id = "export_schema",
    tag = "mydata",
    responses(
        (status = 200, description = "The JSON Schema (2020-12) of the export's data.json (`GET /api/v1/people/{id}/export`)", content_type = "application/schema+json", body = Object)
    )
)]
pub(crate) async fn schema() -> Response {
    (
        [(header::CONTENT_TYPE, "application/schema+json")],
        Json(model::json_schema()),
    )
        .into_response()
}
