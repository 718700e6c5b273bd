//! The public pages of help: "Få hjælp" (on the topic of the page it was opened from),
//! the search for places without logging in, a page per place with schema.org JSON-LD,
//! and an iCalendar feed of its drop-in times and visits.

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::header;
use axum::response::{Html, IntoResponse, Response};
use jiff::civil::Date;
use serde::Deserialize;

use super::hours::{time_of_day, Closed, Moment, Schedule, Status};
use super::model::{self, Found, Hit, Place, Position, Search, Topic};
use super::postcodes::postcode_in;
use crate::forms::{Choice, FormErrors};
use crate::i18n::Lang;
use crate::state::AppState;
use crate::web::{decimal, long_date, render, AppError, Page};

/// Places on one page of results.
const PER_PAGE: usize = 20;

/// The distances a citizen can choose, in kilometres.
pub(crate) const DISTANCES: [u16; 4] = [2, 5, 10, 25];
/// The distance searched when none is chosen: the list shows it chosen.
const DEFAULT_DISTANCE: u16 = 10;

/// The search as the form sends it (names in Danish, as they show in the address bar).
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub(crate) struct SearchForm {
    pub emne: String,
    /// Left out, the reader's own language (`with_reader_language`); empty, any language.
    pub sprog: Option<String>,
    pub postnummer: String,
    pub afstand: String,
    pub aaben: Option<String>,
    pub side: Option<usize>,
}

impl SearchForm {
    /// A reader who reads another language than Danish first sees the places that help
    /// in theirs, where any does, until they choose otherwise (everyone at a Danish help
    /// place speaks Danish, so a Danish reader sees them all).
    pub(crate) fn with_reader_language(mut self, reader: Lang, spoken: &[String]) -> Self {
        let someone_speaks = spoken.iter().any(|code| code == reader.code());
        if self.sprog.is_none() && reader != Lang::Da && someone_speaks {
            self.sprog = Some(reader.code().to_owned());
        }
        self
    }

    /// The search it asks for, or what to correct. A postcode without a distance
    /// searches within 10 km of it.
    pub(crate) fn search(&self, state: &AppState) -> Result<Search, FormErrors> {
        let mut errors = FormErrors::default();
        let topic = match self.emne.trim() {
            "" => None,
            code => Topic::parse(code).or_else(|| {
                errors.add("emne", "help-search-error-topic");
                None
            }),
        };
        let typed = self.postnummer.trim();
        let near = if typed.is_empty() {
            None
        } else if let Some(postcode) = postcode_in(typed) {
            match state.settings.postcodes.get(postcode) {
                Some(known) => Some(known.position),
                None => {
                    errors.add_value(
                        "postnummer".into(),
                        "help-search-error-postcode-unknown",
                        typed.into(),
                    );
                    None
                }
            }
        } else {
            errors.add("postnummer", "help-search-error-postcode");
            None
        };
        let within_km = match self.afstand.trim() {
            "" => near.map(|_| f64::from(DEFAULT_DISTANCE)),
            km => match km.parse::<u16>() {
                Ok(km) if DISTANCES.contains(&km) && near.is_some() => Some(f64::from(km)),
                _ if errors.has("postnummer") => None,
                _ => {
                    errors.add("afstand", "help-search-error-distance");
                    None
                }
            },
        };
        // A language is an ISO 639 code (two or three letters), as the page's list and
        // the places' own lists hold them; anything else could never match a place.
        let language = self
            .sprog
            .as_deref()
            .unwrap_or_default()
            .trim()
            .to_lowercase();
        let is_code =
            (2..=3).contains(&language.len()) && language.chars().all(|c| c.is_ascii_lowercase());
        if !language.is_empty() && !is_code {
            errors.add("sprog", "help-search-error-language");
        }
        if !errors.is_empty() {
            return Err(errors);
        }
        Ok(Search {
            topic,
            language: Some(language).filter(|l| !l.is_empty()),
            near,
            within_km,
            open_now: self.aaben.is_some(),
        })
    }

    fn page_link(&self, page: usize) -> String {
        let mut query = url::form_urlencoded::Serializer::new(String::new());
        // A language chosen as "any" stays chosen on the next page.
        if let Some(language) = &self.sprog {
            query.append_pair("sprog", language);
        }
        for (name, value) in [
            ("emne", &self.emne),
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
pub(crate) struct PlaceCard {
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

/// Why a place is closed on a day, in words: "juledag", "lukket".
fn closed_text(lang: Lang, closed: Closed) -> String {
    match closed {
        Closed::Holiday(holiday) => lang.t(holiday.name_key),
        Closed::Closure => lang.t("help-closed-own-day"),
    }
}

/// Where a place stands now, in words: "Åben nu til kl. 15.00", "Åbner i morgen kl. 10.00",
/// "Lukket i dag: juledag. Åbner mandag kl. 10.00".
pub(crate) fn status_text(lang: Lang, status: Status, hours: &Schedule, now: &Moment) -> String {
    let today = now.at.date();
    let why_closed = match status {
        Status::Opens { .. } => hours.closed_on(today, now.holiday).map(|closed| {
            lang.t_args(
                "help-status-closed-today",
                &[("why", closed_text(lang, closed))],
            )
        }),
        _ => None,
    };
    let when = when_text(lang, status, today);
    match why_closed {
        Some(why) => format!("{why} {when}"),
        None => when,
    }
}

/// The days coming up on which a place that would be open by its week is closed, as the
/// place page lists them: "torsdag den 24. december 2026: juleaftensdag".
fn closed_days_text(lang: Lang, hours: &Schedule, today: Date) -> Vec<String> {
    let until = today
        .checked_add(jiff::Span::new().days(CLOSED_DAYS_AHEAD))
        .unwrap_or(today);
    hours
        .closed_days(today, until)
        .into_iter()
        .map(|(day, closed)| format!("{}: {}", long_date(lang, day), closed_text(lang, closed)))
        .collect()
}

/// How far ahead the place page lists closing days.
const CLOSED_DAYS_AHEAD: i64 = 60;

fn when_text(lang: Lang, status: Status, today: Date) -> String {
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
            } else if (date - today).get_days() >= 7 {
                // Past a week a weekday alone would name the wrong one.
                long_date(lang, date)
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
pub(crate) fn language_names(lang: Lang, codes: &[String]) -> String {
    codes
        .iter()
        .map(|code| {
            lang.try_t(&format!("help-language-{code}"))
                .unwrap_or_else(|| code.clone())
        })
        .collect::<Vec<_>>()
        .join(", ")
}

pub(crate) fn card(lang: Lang, hit: &Hit, now: &Moment) -> PlaceCard {
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
        status: status_text(lang, status, &place.hours, now),
        open: matches!(status, Status::OpenUntil { .. }),
        phone: place.phone.clone(),
        phone_link: place.phone_link(),
        languages: language_names(lang, &place.languages),
        step_free: place.step_free,
    }
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

pub(crate) async fn places(
    State(state): State<AppState>,
    page: Page,
    Query(form): Query<SearchForm>,
) -> Result<Response, AppError> {
    let lang = page.lang;
    let loaded = state.catalogue.load(&state.db).await?;
    let form = form.with_reader_language(lang, &loaded.languages);
    let now = Moment::new(state.clock.local_now());
    let page_number = form.side.unwrap_or(1).max(1);
    // A made-up page number far past the end finds nothing rather than overflowing.
    let window = (page_number - 1).saturating_mul(PER_PAGE)..page_number.saturating_mul(PER_PAGE);
    let (errors, found) = match form.search(&state) {
        Ok(search) => (
            FormErrors::default(),
            loaded.places.search(&search, &now, window.clone()),
        ),
        Err(errors) => (
            errors,
            Found {
                total: 0,
                hits: Vec::new(),
            },
        ),
    };
    let total = found.total;
    let cards = found.hits.iter().map(|hit| card(lang, hit, &now)).collect();
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
            selected: form.sprog.as_ref() == Some(code),
        })
        .collect();
    let distances = DISTANCES
        .iter()
        .map(|km| Choice {
            value: km.to_string(),
            label: format!("{km} km"),
            selected: match form.afstand.trim() {
                "" => *km == DEFAULT_DISTANCE,
                chosen => chosen == km.to_string(),
            },
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
        next: (window.end < total).then(|| form.page_link(page_number + 1)),
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
pub(crate) struct FrontQuery {
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
pub(crate) async fn front(
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
            let now = Moment::new(state.clock.local_now());
            let search = Search {
                topic: Some(topic),
                ..Search::default()
            };
            // Every place for the topic, so the open ones can go first.
            let mut hits = loaded.places.search(&search, &now, 0..usize::MAX).hits;
            hits.sort_by_key(|hit| !hit.place.hours.is_open(&now));
            hits.iter()
                .take(FRONT_PLACES)
                .map(|hit| card(page.lang, hit, &now))
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
pub(crate) struct DayHours {
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
    /// Coming days it is closed although its week says open.
    closed_days: Vec<String>,
    json_ld: String,
    map_link: Option<String>,
    has_feed: bool,
    /// The network's coming courses and events here (`network::events::upcoming_at`).
    events: Vec<PlaceEvent>,
}

/// A coming course or event at a place, as its page lists it.
struct PlaceEvent {
    id: String,
    title: String,
    kind: String,
    when: String,
    /// The language it is held in, and its name in the reader's language.
    language: String,
    language_name: String,
    full: bool,
}

fn place_event(lang: Lang, event: &crate::network::events::Event) -> PlaceEvent {
    let d = &event.details;
    PlaceEvent {
        id: event.id.clone(),
        title: d.title.clone(),
        kind: lang.t(&d.kind.label_key()),
        when: crate::network::events::when_text(lang, event),
        language: d.language.clone(),
        language_name: lang
            .try_t(&format!("help-language-{}", d.language))
            .unwrap_or_else(|| d.language.clone()),
        full: event.free_seats() == 0,
    }
}

pub(crate) async fn place(
    State(state): State<AppState>,
    page: Page,
    Path(id): Path<String>,
) -> Result<Html<String>, AppError> {
    let loaded = state.catalogue.load(&state.db).await?;
    let place = loaded.get(&id).ok_or(AppError::NotFound)?.clone();
    let lang = page.lang;
    let now = Moment::new(state.clock.local_now());
    let hit = Hit {
        place: &place,
        distance_km: None,
    };
    let url = format!("{}hjaelp/steder/{}", state.settings.public_url, place.id);
    // JSON in a script element ends at the first "</": keep every "<" escaped.
    let json_ld = model::json_ld(&place, &url, now.at.date())
        .to_string()
        .replace('<', "\\u003c");
    let events =
        crate::network::events::upcoming_at(&state.db, &place.id, state.clock.now_ms()).await?;
    render(&PlacePage {
        card: card(lang, &hit, &now),
        audience: place.audience.clone(),
        topics: place
            .topics
            .iter()
            .map(|t| lang.t(&t.label_key()))
            .collect(),
        week: week(lang, &place),
        closed_days: closed_days_text(lang, &place.hours, now.at.date()),
        json_ld,
        map_link: place.position.map(map_link),
        has_feed: super::feed::has_feed(&place) || !events.is_empty(),
        events: events.iter().map(|e| place_event(lang, e)).collect(),
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
pub(crate) async fn calendar(
    State(state): State<AppState>,
    page: Page,
    Path(id): Path<String>,
) -> Result<Response, AppError> {
    let loaded = state.catalogue.load(&state.db).await?;
    let place = loaded.get(&id).ok_or(AppError::NotFound)?;
    let events =
        crate::network::events::upcoming_at(&state.db, &place.id, state.clock.now_ms()).await?;
    let base = state.settings.public_url.as_str().trim_end_matches('/');
    let ics = super::feed::calendar(page.lang, place, state.clock.today(), &events, base);
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
