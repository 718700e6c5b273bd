//! The assessments API: the scoring rule and the published assessments, open to anyone
//! (no key), so another authority, a journalist or a test can check a level from outside
//! with the same answers the page takes, and read what was decided on.

use std::collections::BTreeMap;

use axum::extract::rejection::JsonRejection;
use axum::extract::{Path, State};
use axum::http::{header, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::Json;
use serde::{Deserialize, Serialize};
use utoipa::openapi::schema::{AdditionalProperties, ObjectBuilder, Type};
use utoipa::ToSchema;

use super::model::{self, Score, ScoreError, MITIGATIONS, QUESTIONS};
use super::{AssessError, Assessed, NewProject, ProjectRow};
use crate::auth::ApiClient;
use crate::forms::FormErrors;
use crate::state::AppState;
use crate::web::openapi::{self, Blank};
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
    /// The data protection impact assessment: description, purposes, necessity,
    /// proportionality.
    #[schema(value_type = Object)]
    dpia: model::Dpia,
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
        dpia: version.document.dpia,
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

/// A project as the import takes it.
#[derive(Deserialize, ToSchema)]
#[schema(as = AssessmentImportProject)]
#[serde(deny_unknown_fields)]
pub(crate) struct ImportProject {
    #[schema(schema_with = title_schema)]
    title: String,
    #[schema(schema_with = project_text_schema)]
    purpose: String,
    #[schema(schema_with = project_text_schema)]
    affected: String,
    #[serde(default)]
    #[schema(schema_with = groups_schema)]
    groups_at_risk: Vec<String>,
    #[schema(schema_with = project_text_schema)]
    changes: String,
    #[schema(schema_with = project_text_schema)]
    analog_way: String,
}

/// A project's title as `NewProject::checked` takes it.
fn title_schema() -> utoipa::openapi::Object {
    openapi::line(200, Blank::Refused)
}

/// A project's other texts as `NewProject::checked` takes them.
fn project_text_schema() -> utoipa::openapi::Object {
    openapi::text(super::MAX_PROJECT_TEXT, Blank::Refused)
}

/// The groups at risk by their codes, each at most once over.
fn groups_schema() -> utoipa::openapi::Array {
    let codes = model::GroupAtRisk::ALL.map(model::GroupAtRisk::as_str);
    let mut groups = utoipa::openapi::Array::new(openapi::one_of(codes));
    groups.max_items = Some(codes.len());
    groups
}

/// The reasoning by question code, each as `Document::check` takes it.
fn reasoning_schema() -> utoipa::openapi::Object {
    let mut reasoning = ObjectBuilder::new()
        .schema_type(Type::Object)
        .description(Some("Why each answer was given, by question code."))
        .additional_properties(Some(AdditionalProperties::FreeForm(false)));
    for question in QUESTIONS.iter().chain(MITIGATIONS.iter()) {
        reasoning = reasoning.property(
            question.code,
            openapi::text(model::MAX_TEXT_CHARS, Blank::Allowed),
        );
    }
    reasoning.build()
}

/// The mitigations in words, each as `Document::check` takes it.
fn mitigations_schema() -> utoipa::openapi::Array {
    let mut list =
        utoipa::openapi::Array::new(openapi::text(model::MAX_TEXT_CHARS, Blank::Refused));
    list.max_items = Some(model::MAX_ITEMS);
    list
}

/// A judgement on the 1 to 4 scale.
fn scale_schema() -> utoipa::openapi::Object {
    ObjectBuilder::new()
        .schema_type(Type::Integer)
        .minimum(Some(1))
        .maximum(Some(4))
        .build()
}

/// The risks: likelihood and consequence 1-4 before and after the measures, as `Risk`
/// reads them and `Document::check` takes them.
fn risks_schema() -> utoipa::openapi::Array {
    let risk = ObjectBuilder::new()
        .schema_type(Type::Object)
        .additional_properties(Some(AdditionalProperties::FreeForm(false)))
        .property(
            "description",
            openapi::text(model::MAX_TEXT_CHARS, Blank::Refused),
        )
        .required("description")
        .property(
            "measures",
            openapi::text(model::MAX_TEXT_CHARS, Blank::Allowed),
        );
    let risk = [
        "likelihood",
        "consequence",
        "residual_likelihood",
        "residual_consequence",
    ]
    .into_iter()
    .fold(risk, |risk, name| {
        risk.property(name, scale_schema()).required(name)
    });
    let mut list = utoipa::openapi::Array::new(risk.build());
    list.max_items = Some(model::MAX_ITEMS);
    list
}

/// The DPIA's four parts, each of which a draft may leave empty.
fn dpia_schema() -> utoipa::openapi::Object {
    ["description", "purposes", "necessity", "proportionality"]
        .into_iter()
        .fold(
            ObjectBuilder::new()
                .schema_type(Type::Object)
                .additional_properties(Some(AdditionalProperties::FreeForm(false))),
            |dpia, name| dpia.property(name, openapi::text(model::MAX_TEXT_CHARS, Blank::Allowed)),
        )
        .build()
}

/// The fundamental-rights answers by right: how it is affected, and why.
fn rights_schema() -> utoipa::openapi::Object {
    let answer = ObjectBuilder::new()
        .schema_type(Type::Object)
        .additional_properties(Some(AdditionalProperties::FreeForm(false)))
        .property(
            "effect",
            openapi::one_of(model::RightEffect::ALL.map(model::RightEffect::as_str)),
        )
        .required("effect")
        .property(
            "reasoning",
            openapi::text(model::MAX_TEXT_CHARS, Blank::Allowed),
        )
        .build();
    model::Right::ALL
        .into_iter()
        .fold(
            ObjectBuilder::new()
                .schema_type(Type::Object)
                .additional_properties(Some(AdditionalProperties::FreeForm(false))),
            |rights, right| rights.property(right.as_str(), answer.clone()),
        )
        .build()
}

/// The first version's note, or `null` for "Importeret.".
fn what_changed_schema() -> utoipa::openapi::Object {
    openapi::or_null(openapi::text(super::MAX_PROJECT_TEXT, Blank::Refused))
}

/// An assessment to import as a draft: a project, its owner here, and the assessment's
/// parts as `GET /api/v1/assessments/{id}` gives them. The fields of a published
/// assessment that an import does not use (`id`, `version`, `score`, `signoffs`,
/// `published_at`, `review_on`) are ignored, so another authority can send one back as
/// it read it, as the start of its own.
#[derive(Deserialize, ToSchema)]
#[schema(as = AssessmentImport)]
pub(crate) struct ImportRequest {
    /// The person id of the project owner here who will own the draft.
    #[schema(format = Uuid)]
    owner: String,
    project: ImportProject,
    /// Answer codes by question code, as `POST /api/v1/assessments/score` takes them.
    #[serde(default)]
    #[schema(schema_with = answers_schema)]
    answers: BTreeMap<String, String>,
    #[serde(default)]
    #[schema(schema_with = reasoning_schema)]
    reasoning: BTreeMap<String, String>,
    #[serde(default)]
    #[schema(schema_with = mitigations_schema)]
    mitigations: Vec<String>,
    #[serde(default)]
    #[schema(schema_with = dpia_schema)]
    dpia: model::Dpia,
    #[serde(default)]
    #[schema(schema_with = rights_schema)]
    rights: model::Rights,
    #[serde(default)]
    #[schema(schema_with = risks_schema)]
    risks: Vec<model::Risk>,
    #[serde(default)]
    #[schema(schema_with = what_changed_schema)]
    what_changed: Option<String>,
}

/// What an import made.
#[derive(Serialize, ToSchema)]
#[schema(as = AssessmentImported)]
pub(crate) struct Imported {
    /// The new project's id.
    id: String,
    /// The version the assessment became (1).
    version: i64,
    score: Score,
    /// The draft's page, for its owner.
    url: String,
}

#[utoipa::path(
    post,
    path = "/api/v1/assessments",
    tag = "assessments",
    request_body = ImportRequest,
    responses(
        (status = 201, description = "Imported as a draft project with the assessment as its first version; `Location` is its page", body = Imported),
        (status = 400, description = "Not JSON of the documented shape", content_type = "application/problem+json"),
        (status = 422, description = "A rule is broken, each problem under its field (`project.title`, `answers.<question>`, `risks[0].likelihood`, `owner`); nothing was stored", content_type = "application/problem+json")
    )
)]
pub(crate) async fn import(
    State(state): State<AppState>,
    client: ApiClient,
    request: Result<Json<ImportRequest>, JsonRejection>,
) -> Result<Response, AppError> {
    let Json(request) = request.map_err(|_| AppError::BadRequest("assess-api-import-bad-json"))?;
    let mut errors = FormErrors::default();
    let mut groups = Vec::new();
    for code in &request.project.groups_at_risk {
        match model::GroupAtRisk::parse(code) {
            Some(group) => groups.push(group),
            None => errors.add_value(
                "project.groups_at_risk".into(),
                "assess-error-groups",
                code.clone(),
            ),
        }
    }
    if !errors.is_empty() {
        return Err(AppError::Invalid(errors));
    }
    let project = NewProject {
        title: request.project.title,
        purpose: request.project.purpose,
        affected: request.project.affected,
        groups_at_risk: groups,
        changes: request.project.changes,
        analog_way: request.project.analog_way,
    };
    let document = model::Document {
        answers: request.answers,
        reasoning: request.reasoning,
        mitigations: request.mitigations,
        dpia: request.dpia,
        rights: request.rights,
        risks: request.risks,
    };
    let what_changed = request.what_changed.unwrap_or_else(|| "Importeret.".into());
    let (row, version) = super::import(
        &state.db,
        &state.clock,
        client.actor(),
        &request.owner,
        &project,
        &document,
        &what_changed,
    )
    .await
    .map_err(|error| match error {
        AssessError::Invalid(errors) => AppError::Invalid(errors),
        other => api_error(other),
    })?;
    let score = model::score(&document.answers).map_err(|error| invalid(&error))?;
    let url = format!("/projekter/{}", row.id);
    let imported = Imported {
        id: row.id,
        version,
        score,
        url: url.clone(),
    };
    Ok((
        StatusCode::CREATED,
        [(header::LOCATION, url)],
        Json(imported),
    )
        .into_response())
}
