//! The help API: the same search for places as the public page, and the guides, open to
//! anyone (help is public), for apps, phone robots and other authorities' sites.

use axum::extract::{Query, State};
use axum::Json;
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};

use super::hours::{time_of_day, Moment, Status};
use super::model::{Hit, Kind, Position, Topic};
use super::routes::SearchForm;
use crate::forms::FormErrors;
use crate::i18n::Lang;
use crate::state::AppState;
use crate::web::AppError;

/// The topic codes a query may name, from the code's own list.
fn topic_schema() -> utoipa::openapi::Object {
    crate::web::openapi::parameter_one_of(
        "A topic code: only what is about it.",
        super::Topic::ALL.iter().map(|t| t.as_str()),
    )
}

/// The distances a search may choose, from the page's own list.
fn distance_schema() -> utoipa::openapi::Object {
    let distances: Vec<String> = super::routes::DISTANCES
        .iter()
        .map(u16::to_string)
        .collect();
    crate::web::openapi::parameter_one_of(
        "Kilometres from `postcode`; 10 when left out.",
        distances.iter().map(String::as_str),
    )
}

#[derive(Debug, Deserialize, IntoParams)]
pub(crate) struct PlacesQuery {
    /// A topic code: mitid, digital-post, helpers, apps, forms, letters, health, housing,
    /// pension, jobs, money, moving.
    #[param(schema_with = topic_schema)]
    topic: Option<String>,
    /// A language code (ISO 639, two or three letters): places where it is spoken;
    /// empty is any.
    #[param(pattern = "^(?:[A-Za-z]{2,3})?$")]
    language: Option<String>,
    /// A Danish postcode, four digits: places near it (within 10 km unless `within_km`
    /// says otherwise); empty is anywhere. One the authority does not know is 422.
    #[param(pattern = "^(?:[0-9]{4})?$")]
    postcode: Option<String>,
    /// 2, 5, 10 or 25, with `postcode`.
    #[param(schema_with = distance_schema)]
    within_km: Option<String>,
    /// Only places open (or holding drop-in) now.
    #[serde(default)]
    open_now: bool,
    /// At most this many places (default 50, at most 500).
    #[param(minimum = 0, maximum = 4294967295_u32)]
    limit: Option<u32>,
    /// Skip this many places first, for the next page.
    #[param(minimum = 0, maximum = 4294967295_u32)]
    offset: Option<u32>,
}

#[derive(Serialize, ToSchema)]
pub(crate) struct Address {
    street: String,
    postcode: Option<String>,
    city: Option<String>,
}

#[derive(Serialize, ToSchema)]
pub(crate) struct PlaceResponse {
    id: String,
    kind: Kind,
    name: String,
    description: String,
    /// Whom the place is for, in the authority's words.
    audience: String,
    address: Option<Address>,
    position: Option<Position>,
    phone: Option<String>,
    languages: Vec<String>,
    step_free: bool,
    topics: Vec<Topic>,
    /// Weekly hours as written: "man-fre 10:00-15:00; tor 16:00-18:00 drop-in".
    hours: String,
    open_now: bool,
    /// Local Danish time the place next opens, when it is closed now: "2026-11-24T10:00".
    next_opening: Option<String>,
    distance_km: Option<f64>,
}

#[derive(Serialize, ToSchema)]
pub(crate) struct PlacesResponse {
    /// How many places match in all.
    total: usize,
    places: Vec<PlaceResponse>,
}

fn response_of(hit: &Hit, now: &Moment) -> PlaceResponse {
    let place = hit.place;
    let status = place.hours.status(now);
    let next_opening = match status {
        Status::Opens { date, opens, .. } => Some(format!("{date}T{}", time_of_day(opens, false))),
        _ => None,
    };
    PlaceResponse {
        id: place.id.clone(),
        kind: place.kind,
        name: place.name.clone(),
        description: place.description.clone(),
        audience: place.audience.clone(),
        address: place.street.clone().map(|street| Address {
            street,
            postcode: place.postcode.clone(),
            city: place.city.clone(),
        }),
        position: place.position,
        phone: place.phone.clone(),
        languages: place.languages.clone(),
        step_free: place.step_free,
        topics: place.topics.clone(),
        hours: place.hours.to_string(),
        open_now: matches!(status, Status::OpenUntil { .. }),
        next_opening,
        distance_km: hit.distance_km.map(|km| (km * 100.0).round() / 100.0),
    }
}

/// The page's form errors under the API's parameter names.
fn api_errors(errors: FormErrors) -> FormErrors {
    let mut renamed = FormErrors::default();
    for error in errors.iter() {
        let field = match error.field.as_ref() {
            "emne" => "topic",
            "sprog" => "language",
            "postnummer" => "postcode",
            "afstand" => "within_km",
            _ => "query",
        };
        match &error.value {
            Some(value) => renamed.add_value(field.into(), error.message, value.clone()),
            None => renamed.add(field, error.message),
        }
    }
    renamed
}

#[utoipa::path(
    get,
    path = "/api/v1/help/places",
    tag = "help",
    params(PlacesQuery),
    responses(
        (status = 200, description = "The places that match, nearest first with a postcode", body = PlacesResponse),
        (status = 422, description = "An unknown topic or postcode, or a distance without a postcode", content_type = "application/problem+json")
    )
)]
pub(crate) async fn api_places(
    State(state): State<AppState>,
    Query(query): Query<PlacesQuery>,
) -> Result<Json<PlacesResponse>, AppError> {
    // A topic or distance given empty is none of its enum's values (the page's empty
    // field, "any", is its own matter); `language` and `postcode` say empty is any.
    let given_empty =
        |value: &Option<String>| value.as_deref().is_some_and(|v| v.trim().is_empty());
    let mut errors = FormErrors::default();
    if given_empty(&query.topic) {
        errors.add("topic", "help-search-error-topic");
    }
    if given_empty(&query.within_km) {
        errors.add("within_km", "help-search-error-distance-unknown");
    }
    if !errors.is_empty() {
        return Err(AppError::Invalid(errors));
    }
    let form = SearchForm {
        emne: query.topic.unwrap_or_default(),
        sprog: query.language,
        postnummer: query.postcode.unwrap_or_default(),
        afstand: query.within_km.unwrap_or_default(),
        aaben: query.open_now.then(String::new),
        side: None,
    };
    let search = form
        .search(&state)
        .map_err(|errors| AppError::Invalid(api_errors(errors)))?;
    let loaded = state.catalogue.load(&state.db).await?;
    let now = Moment::new(state.clock.local_now());
    // A number that says more than any list holds reads as the end of the list.
    let offset = usize::try_from(query.offset.unwrap_or(0)).unwrap_or(usize::MAX);
    let limit = query.limit.map_or(50, |limit| limit.clamp(1, 500) as usize);
    let window = offset..offset.saturating_add(limit);
    let found = loaded.places.search(&search, &now, window);
    let places = found
        .hits
        .iter()
        .map(|hit| response_of(hit, &now))
        .collect();
    Ok(Json(PlacesResponse {
        total: found.total,
        places,
    }))
}

fn guide_lang_schema() -> utoipa::openapi::Object {
    crate::web::openapi::parameter_one_of(
        "`da` (default, easy-read) or `en`.",
        Lang::ALL.iter().map(|l| l.code()),
    )
}

#[derive(Debug, Deserialize, IntoParams)]
pub(crate) struct GuidesQuery {
    /// A topic code: only guides about it.
    #[param(schema_with = topic_schema)]
    topic: Option<String>,
    /// `da` (default, easy-read) or `en`.
    #[param(schema_with = guide_lang_schema)]
    lang: Option<String>,
}

#[derive(Serialize, ToSchema)]
pub(crate) struct StepResponse {
    title: String,
    /// Markdown.
    body: String,
}

#[derive(Serialize, ToSchema)]
pub(crate) struct GuideResponse {
    slug: String,
    lang: String,
    title: String,
    summary: String,
    topics: Vec<Topic>,
    /// What to have ready.
    ready: Vec<String>,
    who_can_help: String,
    without_computer: String,
    steps: Vec<StepResponse>,
    /// The guide's page for people.
    url: String,
}

fn guide_response(guide: super::Guide) -> GuideResponse {
    GuideResponse {
        url: format!("/hjaelp/guider/{}", guide.slug),
        slug: guide.slug,
        lang: guide.lang.code().to_owned(),
        title: guide.title,
        summary: guide.summary,
        topics: guide.topics,
        ready: guide.ready,
        who_can_help: guide.who_can_help,
        without_computer: guide.without_computer,
        steps: guide
            .steps
            .into_iter()
            .map(|s| StepResponse {
                title: s.title,
                body: s.body,
            })
            .collect(),
    }
}

/// The language a query asks for, or what to correct.
fn guide_lang(code: Option<&str>) -> Result<Lang, AppError> {
    match code {
        None => Ok(Lang::Da),
        Some(code) => Lang::from_code(code).ok_or_else(|| {
            let mut errors = FormErrors::default();
            errors.add("lang", "help-guide-error-lang");
            AppError::Invalid(errors)
        }),
    }
}

#[utoipa::path(
    get,
    path = "/api/v1/help/guides",
    tag = "help",
    params(GuidesQuery),
    responses(
        (status = 200, description = "The guides, with their steps, by title", body = [GuideResponse]),
        (status = 422, description = "An unknown topic or language", content_type = "application/problem+json")
    )
)]
pub(crate) async fn api_guides(
    State(state): State<AppState>,
    Query(query): Query<GuidesQuery>,
) -> Result<Json<Vec<GuideResponse>>, AppError> {
    let lang = guide_lang(query.lang.as_deref())?;
    let topic = match query.topic.as_deref() {
        None => None,
        Some(code) => Some(Topic::parse(code).ok_or_else(|| {
            let mut errors = FormErrors::default();
            errors.add("topic", "help-search-error-topic");
            AppError::Invalid(errors)
        })?),
    };
    let guides = super::guides(&state.db, lang).await?;
    Ok(Json(
        guides
            .into_iter()
            .filter(|g| topic.is_none_or(|t| g.topics.contains(&t)))
            .map(guide_response)
            .collect(),
    ))
}
