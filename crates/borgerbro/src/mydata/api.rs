//! "Mine data" in the API (`GET /api/v1/people/{id}/data`, scope `mydata.read`): the
//! person and each kind of data in the record of processing's words with the citizen's
//! count, from the same function as the page `/mine-data`.

use axum::extract::{Path, State};
use axum::Json;
use serde::Serialize;
use utoipa::ToSchema;

use super::access_log::api::known_person;
use super::record::{self, Category};
use crate::audit::{self, NewEntry};
use crate::auth::ApiClient;
use crate::i18n::Lang;
use crate::people::routes::PersonResponse;
use crate::state::AppState;
use crate::web::AppError;

/// One kind of data the authority holds about the citizen.
#[derive(Serialize, ToSchema)]
pub(crate) struct DataCategory {
    key: Category,
    /// The kind's name, in Danish.
    title: String,
    /// The record of processing's words (Danish); null while the authority has not
    /// written them.
    what: Option<String>,
    purpose: Option<String>,
    legal_basis: Option<String>,
    source: Option<String>,
    recipients: Option<String>,
    retention: Option<String>,
    statistics: Option<bool>,
    machine_learning: Option<bool>,
    /// How many items the citizen has; null when we cannot tell whose they are.
    #[schema(minimum = 0)]
    count: Option<i64>,
}

#[derive(Serialize, ToSchema)]
pub(crate) struct DataResponse {
    person: PersonResponse,
    /// Every kind, in a fixed order.
    categories: Vec<DataCategory>,
}

#[utoipa::path(
    get,
    path = "/api/v1/people/{id}/data",
    tag = "mydata",
    params(("id" = String, Path, format = Uuid, description = "The citizen's person id")),
    responses(
        (status = 200, description = "What the authority holds about the citizen, as \"Mine data\" shows it; the read is in the citizen's \"Hvem har kigget\", named by the key", body = DataResponse),
        (status = 404, description = "No such person", content_type = "application/problem+json")
    )
)]
pub(crate) async fn data(
    State(state): State<AppState>,
    Path(id): Path<String>,
    client: ApiClient,
) -> Result<Json<DataResponse>, AppError> {
    known_person(&state, &id).await?;
    let profile = crate::people::profile(&state.db, &id)
        .await?
        .ok_or(AppError::NotFound)?;
    audit::record(
        &state.db,
        &state.clock,
        NewEntry::new(client.actor(), "mydata.overview.read").subject(&id),
    )
    .await?;
    let entries = record::entries(&state.db).await?;
    let categories = super::overview::counts(&state, &id)
        .await?
        .into_iter()
        .map(|(key, count)| {
            let entry = entries.iter().find(|e| e.category == key);
            DataCategory {
                key,
                title: Lang::Da.t(&key.label_key()),
                what: entry.map(|e| e.what.clone()),
                purpose: entry.map(|e| e.purpose.clone()),
                legal_basis: entry.map(|e| e.legal_basis.clone()),
                source: entry.map(|e| e.source.clone()),
                recipients: entry.map(|e| e.recipients.clone()),
                retention: entry.map(|e| e.retention.clone()),
                statistics: entry.map(|e| e.statistics),
                machine_learning: entry.map(|e| e.machine_learning),
                count,
            }
        })
        .collect();
    Ok(Json(DataResponse {
        person: profile.into(),
        categories,
    }))
}
