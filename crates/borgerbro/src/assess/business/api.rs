//! Business cases in the API: the calculator anyone can check
//! (`POST /api/v1/business-cases/simulate`, no key) and a project's published case with
//! its history (`GET /api/v1/projects/{id}/business-case`, no key).

use axum::extract::{Path, State};
use axum::Json;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use super::model::CaseDocument;
use super::CaseVersion;
use crate::forms::{control_problem, FormErrors, Lines};
use crate::state::AppState;
use crate::web::openapi::{self, Blank};
use crate::web::AppError;

/// A whole number as JSON may write it, 28 or 28.0: JSON Schema's "integer" takes both.
fn whole<'de, D: serde::Deserializer<'de>, T: TryFrom<u64>>(d: D) -> Result<T, D::Error> {
    use serde::de::Error;
    let n = f64::deserialize(d)?;
    if n.fract() != 0.0 || !(0.0..=9_007_199_254_740_991.0).contains(&n) {
        return Err(D::Error::custom("not a whole number"));
    }
    T::try_from(n as u64).map_err(|_| D::Error::custom("too large"))
}

/// The same, or `null` for left out.
fn whole_or_none<'de, D: serde::Deserializer<'de>, T: TryFrom<u64>>(
    d: D,
) -> Result<Option<T>, D::Error> {
    use serde::de::{Error, IntoDeserializer};
    match Option::<f64>::deserialize(d)? {
        None => Ok(None),
        Some(n) => whole::<serde::de::value::F64Deserializer<D::Error>, T>(n.into_deserializer())
            .map(Some)
            .map_err(D::Error::custom),
    }
}

fn title_schema() -> utoipa::openapi::Object {
    openapi::line(businesscase::MAX_TITLE_CHARS, Blank::Refused)
}

fn category_schema() -> utoipa::openapi::Object {
    openapi::line(businesscase::MAX_TITLE_CHARS, Blank::Allowed)
}

/// One line of a case to simulate.
#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub(crate) struct LineRequest {
    kind: businesscase::Kind,
    /// What the line counts, in the caller's words (`development`, `front_desk_time`).
    #[schema(schema_with = category_schema)]
    category: String,
    #[schema(schema_with = title_schema)]
    title: String,
    /// The lowest amount per year (kr.), at most `likely`.
    #[schema(minimum = 0, maximum = 1e15)]
    low: f64,
    #[schema(minimum = 0, maximum = 1e15)]
    likely: f64,
    /// The highest amount per year, at least `likely`.
    #[schema(minimum = 0, maximum = 1e15)]
    high: f64,
    /// The first year (0 is the first) with the amount.
    #[schema(minimum = 0, maximum = 49)]
    #[serde(deserialize_with = "whole")]
    from_year: u32,
    /// The last year with the amount, before `years`.
    #[schema(minimum = 0, maximum = 49)]
    #[serde(deserialize_with = "whole")]
    to_year: u32,
    /// The uplift of a cost (or shortfall of a benefit) for optimism, as a fraction: 0.41
    /// is 41%. 0 when left out.
    #[schema(minimum = 0, maximum = 2)]
    optimism_bias: Option<f64>,
}

/// A case to simulate.
#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub(crate) struct SimulateRequest {
    #[schema(minimum = 1, maximum = 50)]
    #[serde(deserialize_with = "whole")]
    years: u32,
    /// As a fraction: 0.035 is 3.5%.
    #[schema(minimum = 0, maximum = 0.2)]
    discount_rate: f64,
    /// How many runs; 10,000 when left out.
    #[schema(minimum = 1, maximum = 1_000_000)]
    #[serde(default, deserialize_with = "whole_or_none")]
    draws: Option<u32>,
    /// The seed of the random numbers; the same seed gives the same result. A fresh one
    /// when left out (the answer says which).
    #[schema(minimum = 0, maximum = 9007199254740991.0)]
    #[serde(default, deserialize_with = "whole_or_none")]
    seed: Option<u64>,
    #[schema(min_items = 1, max_items = 200)]
    lines: Vec<LineRequest>,
}

#[utoipa::path(
    post,
    path = "/api/v1/business-cases/simulate",
    tag = "assess",
    request_body = SimulateRequest,
    responses(
        (status = 200, description = "The net present value at P10, P50 and P90 of a seeded simulation (a triangular distribution per line, one draw per line and run held for all its years), the plain reading with every line at its likely value, the chance of a negative value, and the tornado: each line at its low and high with the others likely, the widest first, with the amount per year at which the net value turns negative. Year 0 is not discounted", body = businesscase::Outcome),
        (status = 422, description = "Low above likely, likely above high, a line's years outside the case's, or another value out of range; `errors` names each field (`lines[2].low`)", content_type = "application/problem+json")
    )
)]
pub(crate) async fn simulate(
    Json(request): Json<SimulateRequest>,
) -> Result<Json<businesscase::Outcome>, AppError> {
    let case = businesscase::Case {
        years: request.years,
        discount_rate: request.discount_rate,
        lines: request
            .lines
            .into_iter()
            .map(|line| businesscase::Line {
                kind: line.kind,
                category: line.category,
                title: line.title,
                low: line.low,
                likely: line.likely,
                high: line.high,
                from_year: line.from_year,
                to_year: line.to_year,
                optimism_bias: line.optimism_bias.unwrap_or(0.0),
            })
            .collect(),
    };
    let draws = businesscase::Draws {
        draws: request.draws.unwrap_or(businesscase::DEFAULT_DRAWS),
        seed: request.seed.unwrap_or_else(super::new_seed),
    };
    let mut errors = FormErrors::default();
    if draws.seed > super::MAX_SEED {
        errors.add("seed", "case-error-seed");
    }
    for problem in businesscase::check(&case, &draws) {
        errors.add_at(problem.field, super::model::problem_key(problem.code));
    }
    // The calculator counts characters; control characters are every form's rule.
    for (i, line) in case.lines.iter().enumerate() {
        for (name, text) in [("title", &line.title), ("category", &line.category)] {
            if let Err(key) = control_problem(text, Lines::One) {
                errors.add_at(format!("lines[{i}].{name}"), key);
            }
        }
    }
    if !errors.is_empty() {
        return Err(AppError::Invalid(errors));
    }
    // A million draws over 200 lines is a second of work: off the runtime's workers.
    let outcome = tokio::task::spawn_blocking(move || businesscase::simulate(&case, &draws))
        .await
        .map_err(|e| AppError::internal("simulating a business case", e))?;
    match outcome {
        Ok(outcome) => Ok(Json(outcome)),
        Err(problems) => {
            let mut errors = FormErrors::default();
            for problem in problems {
                errors.add_at(problem.field, super::model::problem_key(problem.code));
            }
            Err(AppError::Invalid(errors))
        }
    }
}

/// One published version of a case.
#[derive(Serialize, ToSchema)]
pub(crate) struct CaseVersionResponse {
    number: i64,
    /// What changed from the version before, and why.
    what_changed: String,
    /// When it was made and, if it was, published (RFC 3339).
    made_at: String,
    published_at: Option<String>,
}

/// A project's published business case.
#[derive(Serialize, ToSchema)]
pub(crate) struct BusinessCaseResponse {
    project_id: String,
    /// The newest published version's case: years, discount rate, hourly value, its lines
    /// (amounts per year, in hours for the time lines), values that are not money and
    /// unwanted effects.
    #[schema(value_type = Object)]
    case: CaseDocument,
    /// Its simulation, reproducible from `draws` and `seed`.
    simulation: businesscase::Outcome,
    /// Every version up to the published one, the first first: the case's history.
    versions: Vec<CaseVersionResponse>,
}

fn rfc3339(ms: i64) -> String {
    jiff::Timestamp::from_millisecond(ms)
        .map(|t| t.to_string())
        .unwrap_or_default()
}

fn version_response(version: &CaseVersion) -> CaseVersionResponse {
    CaseVersionResponse {
        number: version.number,
        what_changed: version.what_changed.clone(),
        made_at: rfc3339(version.made_at),
        published_at: version.published_at.map(rfc3339),
    }
}

#[utoipa::path(
    get,
    path = "/api/v1/projects/{id}/business-case",
    tag = "assess",
    params(("id" = String, Path, format = Uuid, description = "The project's id")),
    responses(
        (status = 200, description = "The project's published business case, its simulation and its history", body = BusinessCaseResponse),
        (status = 404, description = "No such project, or its business case is not published", content_type = "application/problem+json")
    )
)]
pub(crate) async fn published(
    State(state): State<AppState>,
    Path(id): Path<String>,
) -> Result<Json<BusinessCaseResponse>, AppError> {
    let versions = super::published(&state.db, &id)
        .await?
        .ok_or(AppError::NotFound)?;
    let newest = versions.last().ok_or(AppError::NotFound)?;
    Ok(Json(BusinessCaseResponse {
        project_id: id.clone(),
        case: newest.document.clone(),
        simulation: newest.outcome.clone(),
        versions: versions.iter().map(version_response).collect(),
    }))
}
