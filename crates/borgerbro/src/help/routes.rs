//! The public pages of help: "Få hjælp" (on the topic of the page it was opened from),
//! the search for places without logging in, a page per place with schema.org JSON-LD,
//! and an iCalendar feed of its drop-in times and visits.

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::header;
use axum::response::{Html, IntoResponse, Response};
use jiff::civil::{Date, DateTime};
use serde::Deserialize;

use super::hours::{time_of_day, Status};
use super::model::{self, Hit, Place, Position, Search, Topic};
use super::postcodes::looks_like_postcode;
use crate::app::AppState;
use crate::web::forms::FormErrors;
use crate::web::i18n::Lang;
use crate::web::{decimal, render, AppError, Page};

/// Places on one page of results.
const PER_PAGE: usize = 20;

/// The distances a citizen can choose, in kilometres.
pub const DISTANCES: [u16; 4] = [2, 5, 10, 25];

/// The search as the form sends it (names in Danish, as they show in the address bar).
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct SearchForm {
    pub emne: String,
    pub sprog: String,
    pub postnummer: String,
    pub afstand: String,
    pub aaben: Option<String>,
    pub side: Option<usize>,
}

impl SearchForm {
    /// The search it asks for, or what to correct. A postcode without a distance
    /// searches within 10 km of it.
    pub fn search(&self, state: &AppState) -> Result<Search, FormErrors> {
        let mut errors = FormErrors::default();
        let topic = match self.emne.trim() {
            "" => None,
            code => Topic::parse(code).or_else(|| {
                errors.add("emne", "help-search-error-topic");
                None
            }),
        };
        let postcode = self.postnummer.trim();
        let near = if postcode.is_empty() {
            None
        } else if !looks_like_postcode(postcode) {
            errors.add("postnummer", "help-search-error-postcode");
            None
        } else if let Some(known) = state.settings.postcodes.get(postcode) {
            Some(known.position)
        } else {
            errors.add_value(
                "postnummer".into(),
                "help-search-error-postcode-unknown",
                postcode.into(),
            );
            None
        };
        let within_km = match self.afstand.trim() {
            "" => near.map(|_| 10.0),
            km => match km.parse::<u16>() {
                Ok(km) if DISTANCES.contains(&km) && near.is_some() => Some(f64::from(km)),
                _ if errors.has("postnummer") => None,
                _ => {
                    errors.add("afstand", "help-search-error-distance");
                    None
                }
            },
        };
        if !errors.is_empty() {
            return Err(errors);
        }
        Ok(Search {
            topic,
            language: Some(self.sprog.trim().to_lowercase()).filter(|l| !l.is_empty()),
            near,
            within_km,
            open_now: self.aaben.is_some(),
        })
    }

    fn page_link(&self, page: usize) -> String {
        let mut query = url::form_urlencoded::Serializer::new(String::new());
        for (name, value) in [
            ("emne", &self.emne),
            ("sprog", &self.sprog),
            ("postnummer", &self.postnummer),
            ("afstand", &self.afstand),
        ] {
            if !value.is_empty() {
                query.append_pair(name, value);
            }
        }
        if self.aaben.is_some() {
            query.append_pair("aaben", "ja");
        }
        query.append_pair("side", &page.to_string());
        format!("/hjaelp/steder?{}", query.finish())
    }
}

/// A place as a line of search results shows it.
pub struct PlaceCard {
    pub id: String,
    pub name: String,
    pub kind: String,
    pub address: Option<String>,
    pub distance: Option<String>,
    pub status: String,
    pub open: bool,
    pub phone: Option<String>,
    pub phone_link: Option<String>,
    pub languages: String,
    pub step_free: bool,
}

/// Where a place stands now, in words: "Åben nu til kl. 15.00", "Åbner i morgen kl. 10.00".
pub fn status_text(lang: Lang, status: Status, today: Date) -> String {
    let danish = lang == Lang::Da;
    match status {
        Status::OpenUntil { closes, drop_in } => lang.t_args(
            if drop_in {
                "help-status-drop-in-now"
            } else {
                "help-status-open-now"
            },
            &[("time", time_of_day(closes, danish))],
        ),
        Status::Opens {
            date,
            opens,
            drop_in,
        } => {
            let day = if date == today {
                lang.t("help-day-today")
            } else if today.tomorrow().is_ok_and(|t| t == date) {
                lang.t("help-day-tomorrow")
            } else {
                lang.t(&format!(
                    "weekday-{}",
                    date.weekday().to_monday_one_offset()
                ))
            };
            lang.t_args(
                if drop_in {
                    "help-status-drop-in-next"
                } else {
                    "help-status-opens"
                },
                &[("day", day), ("time", time_of_day(opens, danish))],
            )
        }
        Status::NeverOpen => lang.t("help-status-never"),
    }
}

/// Language codes as names in the reader's language ("dansk, arabisk").
pub fn language_names(lang: Lang, codes: &[String]) -> String {
    codes
        .iter()
        .map(|code| {
            lang.try_t(&format!("help-language-{code}"))
                .unwrap_or_else(|| code.clone())
        })
        .collect::<Vec<_>>()
        .join(", ")
}

pub fn card(lang: Lang, hit: &Hit, now: DateTime) -> PlaceCard {
    let place = hit.place;
    let status = place.hours.status(now);
    PlaceCard {
        id: place.id.clone(),
        name: place.name.clone(),
        kind: lang.t(&place.kind.label_key()),
        address: place.address_line(),
        distance: hit
            .distance_km
            .map(|km| format!("{} km", decimal(lang, km))),
        status: status_text(lang, status, now.date()),
        open: matches!(status, Status::OpenUntil { .. }),
        phone: place.phone.clone(),
        phone_link: place.phone_link(),
        languages: language_names(lang, &place.languages),
        step_free: place.step_free,
    }
}

/// A choice in a list of the search form.
pub struct Choice {
    pub value: String,
    pub label: String,
    pub selected: bool,
}

#[derive(Template)]
#[template(path = "help/places.html")]
struct PlacesPage {
    page: Page,
    form: SearchForm,
    errors: FormErrors,
    topics: Vec<Choice>,
    languages: Vec<Choice>,
    distances: Vec<Choice>,
    total: usize,
    cards: Vec<PlaceCard>,
    previous: Option<String>,
    next: Option<String>,
}

pub async fn places(
    State(state): State<AppState>,
    page: Page,
    Query(form): Query<SearchForm>,
) -> Result<Response, AppError> {
    let lang = page.lang;
    let loaded = state.catalogue.load(&state.db).await?;
    let now = state.clock.local_now();
    let (errors, hits) = match form.search(&state) {
        Ok(search) => (
            FormErrors::default(),
            model::search(&loaded.places, &search, now),
        ),
        Err(errors) => (errors, Vec::new()),
    };
    let page_number = form.side.unwrap_or(1).max(1);
    let total = hits.len();
    let cards = hits
        .iter()
        .skip((page_number - 1) * PER_PAGE)
        .take(PER_PAGE)
        .map(|hit| card(lang, hit, now))
        .collect();
    let topics = Topic::ALL
        .iter()
        .map(|t| Choice {
            value: t.as_str().into(),
            label: lang.t(&t.label_key()),
            selected: form.emne == t.as_str(),
        })
        .collect();
    let languages = loaded
        .languages
        .iter()
        .map(|code| Choice {
            value: code.clone(),
            label: language_names(lang, std::slice::from_ref(code)),
            selected: &form.sprog == code,
        })
        .collect();
    let distances = DISTANCES
        .iter()
        .map(|km| Choice {
            value: km.to_string(),
            label: format!("{km} km"),
            selected: form.afstand == km.to_string(),
        })
        .collect();
    let status = if errors.is_empty() {
        axum::http::StatusCode::OK
    } else {
        axum::http::StatusCode::UNPROCESSABLE_ENTITY
    };
    let html = render(&PlacesPage {
        page,
        previous: (page_number > 1).then(|| form.page_link(page_number - 1)),
        next: (page_number * PER_PAGE < total).then(|| form.page_link(page_number + 1)),
        form,
        errors,
        topics,
        languages,
        distances,
        total,
        cards,
    })?;
    Ok((status, html).into_response())
}

#[derive(Debug, Default, Deserialize)]
pub struct FrontQuery {
    emne: Option<String>,
}

/// How many places "Få hjælp" shows for a topic; the search has the rest.
const FRONT_PLACES: usize = 3;

#[derive(Template)]
#[template(path = "help/front.html")]
struct FrontPage {
    page: Page,
    topic: Option<Topic>,
    guides: Vec<super::Guide>,
    cards: Vec<PlaceCard>,
}

/// "Få hjælp": the human ways in, and for a page's topic its guides and the places
/// that help with it, open ones first.
pub async fn front(
    State(state): State<AppState>,
    page: Page,
    Query(query): Query<FrontQuery>,
) -> Result<Html<String>, AppError> {
    let topic = query.emne.as_deref().and_then(Topic::parse);
    let mut guides = super::guides(&state.db, page.lang).await?;
    if let Some(topic) = topic {
        guides.retain(|g| g.topics.contains(&topic));
    }
    let cards = match topic {
        Some(topic) => {
            let loaded = state.catalogue.load(&state.db).await?;
            let now = state.clock.local_now();
            let search = Search {
                topic: Some(topic),
                ..Search::default()
            };
            let mut hits = model::search(&loaded.places, &search, now);
            hits.sort_by_key(|hit| !hit.place.hours.is_open(now));
            hits.iter()
                .take(FRONT_PLACES)
                .map(|hit| card(page.lang, hit, now))
                .collect()
        }
        None => Vec::new(),
    };
    render(&FrontPage {
        page,
        topic,
        guides,
        cards,
    })
}

/// One day of the week on a place's page.
pub struct DayHours {
    pub day: String,
    pub open: Vec<String>,
    pub drop_in: Vec<String>,
}

fn week(lang: Lang, place: &Place) -> Vec<DayHours> {
    let danish = lang == Lang::Da;
    (1..=7u8)
        .map(|day| {
            let span = |drop_in: bool| -> Vec<String> {
                place
                    .hours
                    .periods()
                    .iter()
                    .filter(|p| p.day == day && p.drop_in == drop_in)
                    .map(|p| {
                        format!(
                            "{}–{}",
                            time_of_day(p.opens, danish),
                            time_of_day(p.closes, danish)
                        )
                    })
                    .collect()
            };
            DayHours {
                day: lang.t(&format!("weekday-{day}")),
                open: span(false),
                drop_in: span(true),
            }
        })
        .collect()
}

#[derive(Template)]
#[template(path = "help/place.html")]
struct PlacePage {
    page: Page,
    place: Place,
    card: PlaceCard,
    audience: String,
    topics: Vec<String>,
    week: Vec<DayHours>,
    json_ld: String,
    map_link: Option<String>,
    has_feed: bool,
}

pub async fn place(
    State(state): State<AppState>,
    page: Page,
    Path(id): Path<String>,
) -> Result<Html<String>, AppError> {
    let loaded = state.catalogue.load(&state.db).await?;
    let place = loaded.get(&id).ok_or(AppError::NotFound)?.clone();
    let lang = page.lang;
    let now = state.clock.local_now();
    let hit = Hit {
        place: &place,
        distance_km: None,
    };
    let url = format!("{}hjaelp/steder/{}", state.settings.public_url, place.id);
    // JSON in a script element ends at the first "</": keep every "<" escaped.
    let json_ld = model::json_ld(&place, &url)
        .to_string()
        .replace('<', "\\u003c");
    render(&PlacePage {
        card: card(lang, &hit, now),
        audience: place.audience.clone(),
        topics: place
            .topics
            .iter()
            .map(|t| lang.t(&t.label_key()))
            .collect(),
        week: week(lang, &place),
        json_ld,
        map_link: place.position.map(map_link),
        has_feed: super::feed::has_feed(&place),
        place,
        page,
    })
}

/// OpenStreetMap at the place: a map that needs no account and sets no cookies.
fn map_link(at: Position) -> String {
    format!(
        "https://www.openstreetmap.org/?mlat={lat}&mlon={lon}#map=17/{lat}/{lon}",
        lat = at.latitude,
        lon = at.longitude
    )
}

/// The place's drop-in times and outreach visits as a weekly repeating calendar
/// (RFC 5545), to subscribe to or import.
pub async fn calendar(
    State(state): State<AppState>,
    page: Page,
    Path(id): Path<String>,
) -> Result<Response, AppError> {
    let loaded = state.catalogue.load(&state.db).await?;
    let place = loaded.get(&id).ok_or(AppError::NotFound)?;
    let ics = super::feed::calendar(page.lang, place, state.clock.today());
    Ok((
        [
            (header::CONTENT_TYPE, "text/calendar; charset=utf-8"),
            (
                header::CONTENT_DISPOSITION,
                "inline; filename=\"hjaelp.ics\"",
            ),
        ],
        ics,
    )
        .into_response())
}
