//! The record of processing as open data: what the authority holds about citizens, why,
//! and how long, for anyone to read (the same words as "Mine data" shows each citizen).

use axum::extract::State;
use axum::Json;
use serde::Serialize;
use utoipa::ToSchema;

use super::model::Category;
use crate::i18n::Lang;
use crate::state::AppState;
use crate::web::AppError;

/// One kind of data the authority holds about a citizen.
#[derive(Serialize, ToSchema)]
pub(crate) struct RecordEntryResponse {
    /// The kind's key.
    key: Category,
    /// The kind's name, in Danish.
    title: String,
    what: String,
    purpose: String,
    legal_basis: String,
    source: String,
    recipients: String,
    /// How long it is kept, in plain words.
    retention: String,
    /// The period in days that the retention sweep deletes by; null when nothing is
    /// deleted by age.
    #[schema(minimum = 1, maximum = 36500)]
    retention_days: Option<u32>,
    statistics: bool,
    machine_learning: bool,
}

#[derive(Serialize, ToSchema)]
pub(crate) struct RecordResponse {
    /// The kinds the record describes, in a fixed order.
    categories: Vec<RecordEntryResponse>,
}

#[utoipa::path(
    get,
    path = "/api/v1/record-of-processing",
    operation_id = "record_of_processing",
    tag = "mydata",
    responses(
        (status = 200, description = "The authority's record of processing: each kind of data it holds about citizens", body = RecordResponse)
    )
)]
pub(crate) async fn record(
    State(state): State<AppState>,
) -> Result<Json<RecordResponse>, AppError> {
    let categories = super::entries(&state.db)
        .await?
        .into_iter()
        .map(|e| RecordEntryResponse {
            key: e.category,
            title: Lang::Da.t(&e.category.label_key()),
            what: e.what,
            purpose: e.purpose,
            legal_basis: e.legal_basis,
            source: e.source,
            recipients: e.recipients,
            retention: e.retention,
            retention_days: e.retention_days,
            statistics: e.statistics,
            machine_learning: e.machine_learning,
        })
        .collect();
    Ok(Json(RecordResponse { categories }))
}
