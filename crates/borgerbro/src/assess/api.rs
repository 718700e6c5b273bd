//! The assessments API: the scoring rule, open to anyone (no key), so another authority,
//! a journalist or a test can check a level from outside with the same answers the page
//! takes.

use std::collections::BTreeMap;

use axum::extract::rejection::JsonRejection;
use axum::Json;
use serde::Deserialize;
use utoipa::openapi::schema::{AdditionalProperties, ObjectBuilder, Type};
use utoipa::ToSchema;

use super::model::{self, Score, ScoreError, MITIGATIONS, QUESTIONS};
use crate::forms::FormErrors;
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
