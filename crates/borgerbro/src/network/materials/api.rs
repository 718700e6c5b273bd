//! `GET /api/v1/network/materials`: the published materials, for anyone (a member's own
//! site, a library's screen, another municipality), with who reviewed each and when.

use axum::extract::{Query, State};
use axum::Json;
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};

use super::model::{Filter, Format, TARGET_GROUPS, TOPICS};
use super::web::{items, Item};
use crate::network::members::model::LANGUAGES;
use crate::state::AppState;
use crate::web::AppError;

fn topic_schema() -> utoipa::openapi::Object {
    crate::web::openapi::filter_one_of(
        "A topic code: only materials about it. Empty is any; another value is 422.",
        TOPICS,
    )
}

fn language_schema() -> utoipa::openapi::Object {
    crate::web::openapi::filter_one_of(
        "A language code (ISO 639-1): only materials in it. Empty is any; another value is 422.",
        LANGUAGES,
    )
}

fn target_group_schema() -> utoipa::openapi::Object {
    crate::web::openapi::filter_one_of(
        "A target group code: only materials for it. Empty is any; another value is 422.",
        TARGET_GROUPS,
    )
}

fn format_schema() -> utoipa::openapi::Object {
    crate::web::openapi::filter_one_of(
        "A format: only materials of it. Empty is any; another value is 422.",
        Format::ALL.iter().map(|f| f.as_str()),
    )
}

#[derive(Debug, Deserialize, IntoParams)]
pub(crate) struct MaterialsQuery {
    /// A topic code: mitid, digital-post, fraud, banking, borger-dk, health, apps,
    /// basics, helpers.
    #[param(schema_with = topic_schema)]
    topic: Option<String>,
    /// A language code (ISO 639-1).
    #[param(schema_with = language_schema)]
    language: Option<String>,
    /// A target group code: everyone, elderly, new-in-denmark, disability, reading,
    /// young, volunteers.
    #[param(schema_with = target_group_schema)]
    target_group: Option<String>,
    /// guide, leaflet, checklist, video or slides.
    #[param(schema_with = format_schema)]
    format: Option<String>,
}

/// A published material as anyone may read it.
#[derive(Serialize, ToSchema)]
pub(crate) struct MaterialResponse {
    id: String,
    title: String,
    summary: String,
    /// `guide`, `leaflet`, `checklist`, `video` or `slides`.
    format: String,
    /// Whom it is written for (codes, as the `target_group` parameter).
    target_groups: Vec<String>,
    /// The languages it is in (ISO 639-1); the first is its own.
    languages: Vec<String>,
    /// What it is about (codes, as the `topic` parameter).
    topics: Vec<String>,
    /// The member organisation that made it.
    organisation: String,
    organisation_id: String,
    /// The organisation has left the network; the material stays.
    former_member: bool,
    /// The member organisation whose review published it, or last approved it again.
    reviewed_by: String,
    reviewed_by_id: String,
    /// When (RFC 3339).
    reviewed_at: String,
    /// The day it is to be reviewed again (YYYY-MM-DD): a year after its review.
    review_due: String,
    /// Its review is due and waits for another member.
    review_is_due: bool,
    /// Its page.
    page: String,
    /// A video's or slides' address, when it has one.
    link: Option<String>,
    /// Its PDF, when it has one.
    file: Option<String>,
    /// The published material it was copied from and adapted, when it was.
    source: Option<String>,
    /// Its text in Markdown (a guide's or checklist's steps; else what it is about).
    body: String,
}

fn response_of(base: &str, item: &Item) -> MaterialResponse {
    let m = &item.m;
    let page = format!("{base}/materialer/{}", m.id);
    let rfc3339 = |ms: Option<i64>| {
        ms.and_then(|ms| jiff::Timestamp::from_millisecond(ms).ok())
            .map(|at| at.to_string())
            .unwrap_or_default()
    };
    MaterialResponse {
        id: m.id.clone(),
        title: m.content.title.clone(),
        summary: m.content.summary.clone(),
        format: m.content.format.as_str().to_owned(),
        target_groups: m.content.target_groups.clone(),
        languages: m.content.languages.clone(),
        topics: m.content.topics.clone(),
        organisation: item.organisation.clone(),
        organisation_id: m.organisation_id.clone(),
        former_member: item.former,
        reviewed_by: item.reviewed_by.clone(),
        reviewed_by_id: m.reviewed_by.clone().unwrap_or_default(),
        reviewed_at: rfc3339(m.reviewed_at),
        review_due: m.review_due.map(|d| d.to_string()).unwrap_or_default(),
        review_is_due: item.due,
        link: Some(m.content.link.clone()).filter(|l| !l.is_empty()),
        file: m.file.as_ref().map(|_| format!("{page}/fil")),
        source: m
            .source_id
            .as_ref()
            .map(|id| format!("{base}/materialer/{id}")),
        body: m.content.body.clone(),
        page,
    }
}

#[utoipa::path(
    get,
    path = "/api/v1/network/materials",
    tag = "network",
    params(MaterialsQuery),
    responses(
        (status = 200, description = "The published materials that match, the most recently published first", body = [MaterialResponse]),
        (status = 422, description = "A filter value that is not one of its codes, named by its parameter", content_type = "application/problem+json")
    )
)]
pub(crate) async fn materials(
    State(state): State<AppState>,
    Query(query): Query<MaterialsQuery>,
) -> Result<Json<Vec<MaterialResponse>>, AppError> {
    let filter = Filter::parse(
        query.topic.as_deref(),
        query.language.as_deref(),
        query.target_group.as_deref(),
        query.format.as_deref(),
        ["topic", "language", "target_group", "format"],
    )
    .map_err(AppError::Invalid)?;
    let published = super::published(&state.db, &filter).await?;
    let names = crate::network::members::names(&state.db).await?;
    let base = state.settings.public_url.as_str().trim_end_matches('/');
    Ok(Json(
        items(published, &names, state.clock.today())
            .iter()
            .map(|item| response_of(base, item))
            .collect(),
    ))
}
