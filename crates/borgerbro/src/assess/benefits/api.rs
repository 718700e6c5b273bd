//! `GET /api/v1/projects/{id}/benefits`: a published case's benefits, planned against
//! measured, for anyone; `POST .../benefits/{benefit}/measurements`: a system that counts
//! what a benefit measured by hand measures (a telephone system's calls) records it.

use axum::extract::rejection::JsonRejection;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::Json;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use super::{Benefit, Measurement, NewMeasurement};
use crate::auth::ApiClient;
use crate::state::AppState;
use crate::web::AppError;

/// One measurement.
#[derive(Serialize, ToSchema)]
pub(crate) struct MeasurementResponse {
    /// The day measured (`YYYY-MM-DD`); a live figure's month's first day.
    #[schema(format = Date)]
    on: String,
    /// For a live figure, its month (`YYYY-MM`).
    month: Option<String>,
    /// `null` when the month does not tell the figure (a count under five).
    value: Option<f64>,
    /// A month still running: it counts for nothing until it is over.
    provisional: bool,
    note: String,
}

/// A benefit, planned against measured.
#[derive(Serialize, ToSchema)]
pub(crate) struct BenefitResponse {
    id: String,
    title: String,
    /// `manual`, or the live figure it follows (as in `GET /api/v1/insight`; shares in
    /// percent).
    measure: String,
    /// What a manual value counts.
    unit: String,
    baseline: f64,
    target: f64,
    /// The day the solution runs from: nothing before it counts.
    #[schema(format = Date)]
    starts: String,
    /// The day the target is to be reached by.
    #[schema(format = Date)]
    due: String,
    how: String,
    owner: String,
    /// Planned: kroner a year when the target is reached.
    yearly_value: Option<f64>,
    /// `not_measured`, `on_track`, `reached`, `worse`, `missed` or `explained`.
    status: String,
    /// The newest measurement that counts; `null` until measured, or when the newest
    /// month does not tell its count (under five, which for a fall counts as 4 and for a
    /// rise as 0 toward `realised`).
    newest: Option<f64>,
    /// Realised: kroner a year booked from the newest measurement (`null` until measured).
    realised: Option<f64>,
    /// Why a missed benefit missed, as its owner analysed it.
    analysis: String,
    measurements: Vec<MeasurementResponse>,
}

/// A project's benefits with the sums of planned and realised value.
#[derive(Serialize, ToSchema)]
pub(crate) struct BenefitsResponse {
    project_id: String,
    /// Kroner a year, summed over the benefits with a planned value.
    planned: f64,
    realised: f64,
    benefits: Vec<BenefitResponse>,
}

fn measurement(m: &Measurement) -> MeasurementResponse {
    MeasurementResponse {
        on: m.on.to_string(),
        month: m.month.map(|month| month.to_string()),
        value: m.value,
        provisional: m.provisional,
        note: m.note.clone(),
    }
}

fn benefit(b: &Benefit) -> BenefitResponse {
    let plan = &b.row.plan;
    BenefitResponse {
        id: b.row.id.clone(),
        title: plan.title.clone(),
        measure: plan.measure.as_str().to_owned(),
        unit: plan.unit.clone(),
        baseline: plan.baseline,
        target: plan.target,
        starts: plan.starts.to_string(),
        due: plan.due.to_string(),
        how: plan.how.clone(),
        owner: plan.owner.clone(),
        yearly_value: plan.yearly_value,
        status: b.status.as_str().to_owned(),
        newest: b.newest_measurement().and_then(|m| m.value),
        realised: b.realised,
        analysis: b.row.analysis.clone(),
        measurements: b.measurements.iter().map(measurement).collect(),
    }
}

#[utoipa::path(
    get,
    path = "/api/v1/projects/{id}/benefits",
    tag = "assess",
    params(("id" = String, Path, format = Uuid, description = "The project's id")),
    responses(
        (status = 200, description = "The benefits of a project whose business case is published: planned, measured and realised", body = BenefitsResponse),
        (status = 404, description = "No such project, or its business case is not published", content_type = "application/problem+json")
    )
)]
pub(crate) async fn published(
    State(state): State<AppState>,
    Path(id): Path<String>,
) -> Result<Json<BenefitsResponse>, AppError> {
    let benefits = super::published(&state.db, &state.clock, &id)
        .await?
        .ok_or(AppError::NotFound)?;
    let (planned, realised) = super::totals(&benefits);
    Ok(Json(BenefitsResponse {
        project_id: id,
        planned,
        realised,
        benefits: benefits.iter().map(benefit).collect(),
    }))
}

/// A measurement of a benefit measured by hand.
#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub(crate) struct MeasurementRequest {
    /// The day measured: from the day the solution runs, up to today.
    #[schema(format = Date)]
    on: String,
    value: f64,
    #[serde(default)]
    #[schema(schema_with = note_schema)]
    note: String,
}

/// A note as `record_by` checks it: any text of several lines, no other control
/// characters.
fn note_schema() -> utoipa::openapi::Object {
    crate::web::openapi::text(super::model::MAX_TEXT, crate::web::openapi::Blank::Allowed)
}

#[utoipa::path(
    post,
    path = "/api/v1/projects/{id}/benefits/{benefit}/measurements",
    tag = "assess",
    params(
        ("id" = String, Path, format = Uuid, description = "The project's id"),
        ("benefit" = String, Path, format = Uuid, description = "The benefit's id")
    ),
    request_body = MeasurementRequest,
    responses(
        (status = 201, description = "Recorded: the benefit with its measurements and where it stands now", body = BenefitResponse),
        (status = 400, description = "The body is not a measurement", content_type = "application/problem+json"),
        (status = 404, description = "No such project or benefit", content_type = "application/problem+json"),
        (status = 422, description = "A day before the solution runs or in the future, or a benefit that follows a live figure and measures itself; `errors` names the field", content_type = "application/problem+json")
    )
)]
pub(crate) async fn record(
    State(state): State<AppState>,
    client: ApiClient,
    Path((id, benefit_id)): Path<(String, String)>,
    request: Result<Json<MeasurementRequest>, JsonRejection>,
) -> Result<(StatusCode, Json<BenefitResponse>), AppError> {
    let Json(request) = request.map_err(|_| AppError::BadRequest("benefit-api-bad-json"))?;
    let measured = NewMeasurement {
        on: &request.on,
        value: Some(request.value),
        note: &request.note,
    };
    super::record_by(
        &state.db,
        &state.clock,
        &client.actor(),
        &id,
        &benefit_id,
        &measured,
    )
    .await
    .map_err(crate::assess::web::app_error)?;
    let benefits = super::of_project_unchecked(&state.db, &state.clock, &id).await?;
    let recorded = benefits
        .iter()
        .find(|b| b.row.id == benefit_id)
        .ok_or(AppError::NotFound)?;
    Ok((StatusCode::CREATED, Json(benefit(recorded))))
}
