//! The assessments API: the scoring rule and the published assessments, open to anyone
//! (no key), so another authority, a journalist or a test can check a level from outside
//! with the same answers the page takes, and read what was decided on.

use std::collections::BTreeMap;

use axum::extract::rejection::JsonRejection;
use axum::extract::{Path, State};
use axum::Json;
use serde::{Deserialize, Serialize};
use utoipa::openapi::schema::{AdditionalProperties, ObjectBuilder, Type};
use utoipa::ToSchema;

use super::model::{self, Score, ScoreError, MITIGATIONS, QUESTIONS};
use super::{AssessError, Assessed, ProjectRow};
use crate::forms::FormErrors;
use crate::state::AppState;
use crate::web::AppError;

/// Answers to score.
#[derive(Deserialize, ToSchema)]
#[schema(as = AssessmentScoreRequest)]
#[serde(deny_unknown_fields)]
pub(crate) struct ScoreRequest {
    #[schema(schema_with = answers_schema)]
    answers: BTreeMap<String, String>,
}

/// The answers' schema, from the questionnaire itself: every question code a property
/// whose values are its answer codes (empty: left open), and nothing else.
fn answers_schema() -> utoipa::openapi::Object {
    let mut answers = ObjectBuilder::new()
        .schema_type(Type::Object)
        .description(Some(
            "Answer codes by question code, impact and mitigation questions alike; an \
             empty answer is a question left open. A question left out counts no points \
             but still counts in the maximum.",
        ))
        .additional_properties(Some(AdditionalProperties::FreeForm(false)));
    for question in QUESTIONS.iter().chain(MITIGATIONS.iter()) {
        let codes = std::iter::once("").chain(question.answers.iter().map(|a| a.code));
        answers = answers.property(question.code, crate::web::openapi::one_of(codes));
    }
    answers.build()
}

/// The score's errors under the request's field names, the question named.
fn invalid(error: &ScoreError) -> AppError {
    let mut errors = FormErrors::default();
    let field = format!("answers.{}", error.question());
    match error {
        ScoreError::UnknownQuestion { question } => {
            errors.add_value(field, "assess-error-unknown-question", question.clone())
        }
        ScoreError::UnknownAnswer { answer, .. } => {
            errors.add_value(field, "assess-error-unknown-answer", answer.clone())
        }
    }
    AppError::Invalid(errors)
}

#[utoipa::path(
    post,
    path = "/api/v1/assessments/score",
    tag = "assessments",
    request_body = ScoreRequest,
    responses(
        (status = 200, description = "Impact and mitigation points with their maxima, the reduced score, its share of the maximum in percent (`current`) and the level I-IV", body = Score),
        (status = 400, description = "Not JSON of the documented shape", content_type = "application/problem+json"),
        (status = 422, description = "An unknown question or answer code, the question named in `errors[].field`", content_type = "application/problem+json")
    )
)]
pub(crate) async fn score(
    request: Result<Json<ScoreRequest>, JsonRejection>,
) -> Result<Json<Score>, AppError> {
    let Json(request) = request.map_err(|_| AppError::BadRequest("assess-api-bad-json"))?;
    model::score(&request.answers)
        .map(Json)
        .map_err(|error| invalid(&error))
}

/// A time as the API writes it: RFC 3339 in UTC.
fn time_of(ms: i64) -> String {
    jiff::Timestamp::from_millisecond(ms)
        .map(|at| at.to_string())
        .unwrap_or_default()
}

/// One published assessment in the list.
#[derive(Serialize, ToSchema)]
#[schema(as = PublishedAssessmentSummary)]
pub(crate) struct Summary {
    /// The project's id.
    id: String,
    /// The project's title.
    project: String,
    /// The number of the published version.
    version: i64,
    /// I, II, III or IV.
    level: &'static str,
    /// When it was published, RFC 3339.
    published_at: String,
    /// Its public page; the whole assessment as JSON is `/api/v1/assessments/{id}`.
    url: String,
}

/// The project as its owner described it.
#[derive(Serialize, ToSchema)]
#[schema(as = AssessmentProject)]
pub(crate) struct Project {
    title: String,
    purpose: String,
    affected: String,
    /// Codes: elderly, disabled, weak_danish, homeless, prisoners, no_mitid, no_cpr.
    groups_at_risk: Vec<&'static str>,
    changes: String,
    analog_way: String,
}

/// One sign-off of the published version.
#[derive(Serialize, ToSchema)]
#[schema(as = AssessmentSignOff)]
pub(crate) struct SignOff {
    /// data_protection_officer, citizens_adviser or management.
    role: &'static str,
    name: String,
    comment: String,
    /// RFC 3339.
    signed_at: String,
}

/// A published assessment: the version that was published, scored by the same rule as
/// `POST /api/v1/assessments/score`.
#[derive(Serialize, ToSchema)]
#[schema(as = PublishedAssessment)]
pub(crate) struct Published {
    id: String,
    project: Project,
    version: i64,
    /// What changed in this version, in its author's words.
    what_changed: String,
    published_at: String,
    /// The day it is due for review, YYYY-MM-DD.
    review_on: Option<String>,
    score: Score,
    /// Answer codes by question code.
    answers: BTreeMap<String, String>,
    /// Why each answer was given, by question code.
    reasoning: BTreeMap<String, String>,
    /// Mitigations in words.
    mitigations: Vec<String>,
    /// The fundamental-rights answers by right.
    #[schema(value_type = Object)]
    rights: model::Rights,
    /// Risks to citizens: likelihood and consequence 1-4 before and after the measures.
    #[schema(value_type = Vec<Object>)]
    risks: Vec<model::Risk>,
    signoffs: Vec<SignOff>,
}

fn api_error(error: AssessError) -> AppError {
    match error {
        AssessError::Database(error) => AppError::from(error),
        _ => AppError::NotFound,
    }
}

fn published_of(project: ProjectRow, assessed: Assessed) -> Published {
    let Assessed {
        version,
        score,
        signoffs,
    } = assessed;
    Published {
        id: project.id,
        project: Project {
            title: project.title,
            purpose: project.purpose,
            affected: project.affected,
            groups_at_risk: project.groups_at_risk.iter().map(|g| g.as_str()).collect(),
            changes: project.changes,
            analog_way: project.analog_way,
        },
        version: version.number,
        what_changed: version.what_changed,
        published_at: project.published_at.map(time_of).unwrap_or_default(),
        review_on: project.review_on,
        score,
        answers: version.document.answers,
        reasoning: version.document.reasoning,
        mitigations: version.document.mitigations,
        rights: version.document.rights,
        risks: version.document.risks,
        signoffs: signoffs
            .into_iter()
            .map(|s| SignOff {
                role: s.role.as_str(),
                name: s.person_name,
                comment: s.comment,
                signed_at: time_of(s.signed_at),
            })
            .collect(),
    }
}

#[utoipa::path(
    get,
    path = "/api/v1/assessments",
    tag = "assessments",
    responses(
        (status = 200, description = "Every published assessment, the most recently published first", body = [Summary])
    )
)]
pub(crate) async fn list(State(state): State<AppState>) -> Result<Json<Vec<Summary>>, AppError> {
    let all = super::published(&state.db).await.map_err(api_error)?;
    Ok(Json(
        all.into_iter()
            .map(|(project, assessed)| Summary {
                url: format!("/vurderinger/{}", project.id),
                project: project.title,
                id: project.id,
                version: assessed.version.number,
                level: assessed.score.level.as_str(),
                published_at: project.published_at.map(time_of).unwrap_or_default(),
            })
            .collect(),
    ))
}

#[utoipa::path(
    get,
    path = "/api/v1/assessments/{id}",
    tag = "assessments",
    params(("id" = String, Path, format = Uuid, description = "The project's id")),
    responses(
        (status = 200, description = "The published version of the project's assessment", body = Published),
        (status = 404, description = "No such project, or it has published no assessment", content_type = "application/problem+json")
    )
)]
pub(crate) async fn one(
    State(state): State<AppState>,
    Path(id): Path<String>,
) -> Result<Json<Published>, AppError> {
    let (project, assessed) = super::published_one(&state.db, &id)
        .await
        .map_err(api_error)?;
    Ok(Json(published_of(project, assessed)))
}
