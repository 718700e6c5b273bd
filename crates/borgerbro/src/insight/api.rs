//! The inclusion figures in the API: `GET /api/v1/insight?from=YYYY-MM&to=YYYY-MM`, open
//! to anyone, the same figures as `/tal`.

use axum::extract::{Query, State};
use axum::Json;
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};

use super::figures_between;
use super::month;
use super::shown::MonthFigures;
use crate::forms::FormErrors;
use crate::state::AppState;
use crate::web::AppError;

#[derive(Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub(crate) struct InsightParams {
    /// The first month (`YYYY-MM`); by default eleven months before `to`.
    #[param(max_length = 7, pattern = "^[0-9]{4}-[0-9]{2}$")]
    from: Option<String>,
    /// The last month (`YYYY-MM`), not after this one; by default this one.
    #[param(max_length = 7, pattern = "^[0-9]{4}-[0-9]{2}$")]
    to: Option<String>,
}

#[derive(Serialize, ToSchema)]
pub(crate) struct InsightResponse {
    /// The months asked for that have been counted, oldest first. A month before the
    /// figures were first counted is left out.
    months: Vec<MonthFigures>,
}

#[utoipa::path(
    get,
    path = "/api/v1/insight",
    tag = "insight",
    params(InsightParams),
    responses(
        (status = 200, description = "The inclusion figures month by month. A count under 5 is null, with `\"suppressed\": true` in the same object; a share is null when the people it counts, or those it leaves out, are under 5. A month that is over is final: its figures never change", body = InsightResponse),
        (status = 422, description = "A month that cannot be read, after this one, a `from` after `to`, or more than 120 months; `errors` names the field", content_type = "application/problem+json")
    )
)]
pub(crate) async fn insight(
    State(state): State<AppState>,
    Query(params): Query<InsightParams>,
) -> Result<Json<InsightResponse>, AppError> {
    let mut errors = FormErrors::default();
    // Left out is the default; given empty or with spaces is no month, as the pattern
    // says (the page's form trims what people type).
    for (field, given) in [("from", &params.from), ("to", &params.to)] {
        if given
            .as_deref()
            .is_some_and(|text| text.trim().is_empty() || text.trim() != text)
        {
            errors.add(field, month::MonthProblem::Unreadable.key());
        }
    }
    if !errors.is_empty() {
        return Err(AppError::Invalid(errors));
    }
    let Some((first, last)) = month::range(
        (params.from.as_deref(), params.to.as_deref()),
        state.clock.today(),
        ["from", "to"],
        &mut errors,
    ) else {
        return Err(AppError::Invalid(errors));
    };
    Ok(Json(InsightResponse {
        months: figures_between(&state.db, first, last).await?,
    }))
}
