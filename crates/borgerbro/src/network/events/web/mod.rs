//! The events' pages, split by who uses them: anyone and the citizen (`public.rs`: the
//! list, an event, signing up and cancelling, the Atom feed), the organiser
//! (`organiser.rs`: publish, change, cancel, who comes and who came), and those who sign
//! up for someone else (`others.rs`: the front desk, with or without the citizen's
//! registration, and a helper inside a permission). What they share is here: an event as
//! the pages show it.

pub(crate) mod organiser;
pub(crate) mod others;
pub(crate) mod public;

use std::collections::HashMap;

use super::Event;
use crate::forms::{choices, Choice};
use crate::help::Loaded;
use crate::i18n::Lang;
use crate::network::members::Organisation;
use crate::state::AppState;
use crate::web::AppError;

/// An event as every page shows it.
#[derive(Debug, Clone)]
pub(crate) struct EventView {
    pub id: String,
    pub title: String,
    pub kind: String,
    /// "mandag den 14. december 2026 kl. 10.00-12.00".
    pub when: String,
    pub place_id: String,
    pub place: String,
    pub address: Option<String>,
    /// The language it is held in, and its name in the reader's language.
    pub language: String,
    pub language_name: String,
    /// The right-to-left languages set their text that way.
    pub dir: &'static str,
    pub free: i64,
    pub waiting: i64,
    pub organiser: String,
    pub organiser_id: Option<String>,
    pub description: String,
    pub accessibility: String,
    pub cancelled: bool,
    /// It has begun (or is over): no more signing up or cancelling.
    pub begun: bool,
}

impl EventView {
    pub(crate) fn free_count(&self) -> usize {
        usize::try_from(self.free).unwrap_or(0)
    }

    /// Text typed in lines, a paragraph each (the lines of a description).
    pub(crate) fn lines<'a>(&self, text: &'a str) -> Vec<&'a str> {
        text.lines()
            .map(str::trim)
            .filter(|l| !l.is_empty())
            .collect()
    }
}

/// Languages written right to left among those an event can be held in.
const RIGHT_TO_LEFT: [&str; 3] = ["ar", "fa", "ur"];

pub(crate) fn language_name(lang: Lang, code: &str) -> String {
    lang.try_t(&format!("help-language-{code}"))
        .unwrap_or_else(|| code.to_owned())
}

/// What the pages need to show events: the help places and the organisers' names.
pub(crate) struct Context {
    places: std::sync::Arc<Loaded>,
    organisations: HashMap<String, Organisation>,
    authority: String,
    now: i64,
}

impl Context {
    pub(crate) async fn of(state: &AppState) -> Result<Context, AppError> {
        Ok(Context {
            places: state.catalogue.load(&state.db).await?,
            organisations: crate::network::members::names(&state.db).await?,
            authority: state.authority.name.clone(),
            now: state.clock.now_ms(),
        })
    }

    pub(crate) fn view(&self, lang: Lang, event: &Event) -> EventView {
        let d = &event.details;
        let place = self.places.get(&d.place_id);
        EventView {
            id: event.id.clone(),
            title: d.title.clone(),
            kind: lang.t(&d.kind.label_key()),
            when: super::when_text(lang, event),
            place_id: d.place_id.clone(),
            place: place.map_or_else(String::new, |p| p.name.clone()),
            address: place.and_then(|p| p.address_line()),
            language: d.language.clone(),
            language_name: language_name(lang, &d.language),
            dir: match RIGHT_TO_LEFT.contains(&d.language.as_str()) {
                true => "rtl",
                false => "ltr",
            },
            free: event.free_seats(),
            waiting: event.waiting,
            organiser: match &event.organisation_id {
                Some(id) => self
                    .organisations
                    .get(id)
                    .map_or_else(String::new, |o| o.profile.name.clone()),
                None => self.authority.clone(),
            },
            organiser_id: event.organisation_id.clone(),
            description: d.description.clone(),
            accessibility: d.accessibility.clone(),
            cancelled: event.cancelled_at.is_some(),
            begun: d.starts_at <= self.now,
        }
    }

    pub(crate) fn places(&self) -> Vec<(String, String)> {
        self.places
            .places
            .all()
            .iter()
            .map(|p| (p.id.clone(), p.name.clone()))
            .collect()
    }
}

/// The event, or "not found".
pub(crate) async fn found(state: &AppState, id: &str) -> Result<Event, AppError> {
    super::event(&state.db, id).await?.ok_or(AppError::NotFound)
}

/// The kinds, in the reader's language.
pub(crate) fn kind_choices(lang: Lang, chosen: &str) -> Vec<Choice> {
    let pairs = super::model::Kind::ALL
        .iter()
        .map(|k| (k.as_str().to_owned(), lang.t(&k.label_key())))
        .collect();
    choices(pairs, chosen)
}

/// The languages an event can be held in, by name in the reader's language.
pub(crate) fn language_choices(lang: Lang, chosen: &str) -> Vec<Choice> {
    let pairs = crate::network::members::model::LANGUAGES
        .iter()
        .map(|c| ((*c).to_owned(), language_name(lang, c)))
        .collect();
    choices(pairs, chosen)
}
