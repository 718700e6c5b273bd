//! `GET /api/v1/network/plan?year=`: a year's action plan, for anyone.

use axum::extract::{Query, State};
use axum::Json;
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};

use crate::state::AppState;
use crate::web::AppError;

/// An item of the action plan.
#[derive(Serialize, ToSchema)]
pub(crate) struct PlanItemResponse {
    id: String,
    year: i16,
    title: String,
    description: String,
    /// The member organisation that owns it; `null`: the municipality.
    owner: Option<String>,
    /// `planned`, `in_progress`, `done` or `dropped`.
    status: String,
    /// What led to it: `meeting`, `feedback` ("Var det let?"), `stuck` (what citizens got
    /// stuck on), `hearing` or `other`.
    input: String,
    /// The meeting's or hearing's id, when the input is one.
    input_ref: Option<String>,
    /// The input in words.
    input_text: String,
}

/// The years a plan may be asked for: wide enough for any plan kept, narrow enough to be
/// a year and not a typing error.
const YEARS: std::ops::RangeInclusive<i16> = 2000..=2200;

#[derive(Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub(crate) struct YearQuery {
    /// The year, 2000 to 2200; this year when left out.
    #[param(minimum = 2000, maximum = 2200)]
    year: Option<i16>,
}

#[utoipa::path(
    get,
    path = "/api/v1/network/plan",
    tag = "network",
    params(YearQuery),
    responses(
        (status = 200, description = "The year's action plan, in the order its items were added", body = [PlanItemResponse]),
        (status = 400, description = "The year is not a number from 2000 to 2200", content_type = "application/problem+json")
    )
)]
pub(crate) async fn plan(
    State(state): State<AppState>,
    query: Result<Query<YearQuery>, axum::extract::rejection::QueryRejection>,
) -> Result<Json<Vec<PlanItemResponse>>, AppError> {
    let Query(query) = query.map_err(|_| AppError::BadRequest("network-api-bad-year"))?;
    let year = query.year.unwrap_or_else(|| state.clock.today().year());
    if !YEARS.contains(&year) {
        return Err(AppError::BadRequest("network-api-bad-year"));
    }
    let names = crate::network::members::names(&state.db).await?;
    let items = super::of_year(&state.db, year).await?;
    Ok(Json(
        items
            .into_iter()
            .map(|i| PlanItemResponse {
                owner: i
                    .item
                    .owner
                    .as_deref()
                    .and_then(|id| names.get(id))
                    .map(|o| o.profile.name.clone()),
                id: i.id,
                year: i.item.year,
                title: i.item.title,
                description: i.item.description,
                status: i.item.status.as_str().to_owned(),
                input: i.item.input.as_str().to_owned(),
                input_ref: i.item.input_ref,
                input_text: i.item.input_text,
            })
            .collect(),
    ))
}
