//! The pages for anyone and the citizen: `/arrangementer` (the coming events, with
//! filters), `/arrangementer/{id}` (one event: signing up and cancelling for a
//! logged-in citizen, the way in for the front desk, a helper and the organiser), and
//! `/arrangementer.atom` (the coming events as an Atom feed).

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use serde::Deserialize;

use super::{choices, found, kind_choices, language_choices, Choice, Context, EventView};
use crate::audit::Actor;
use crate::auth::{RequireUser, Role};
use crate::forms::FormErrors;
use crate::network::app_error;
use crate::network::events::model::{self, Channel, Kind, Status};
use crate::network::events::{self as events, Attendee, NewSignup, SignedUp};
use crate::network::web::Saved;
use crate::state::AppState;
use crate::web::{render, AppError, Page};

const DAY_MS: i64 = 24 * 60 * 60 * 1000;

/// How far ahead the list and the feed look when no end is asked for.
const AHEAD_DAYS: i64 = 366;

/// The list's filters as typed (Danish names in the address).
#[derive(Debug, Default, Clone, Deserialize)]
#[serde(default)]
pub(crate) struct Filters {
    fra: String,
    til: String,
    sted: String,
    sprog: String,
    #[serde(rename = "type")]
    kind: String,
}

/// The filters read: the period as UTC ms, and the rest as asked.
struct Wanted {
    from: i64,
    to: i64,
    place: Option<String>,
    language: Option<String>,
    kind: Option<Kind>,
}

impl Filters {
    fn read(&self, now: i64) -> (Wanted, FormErrors) {
        let mut errors = FormErrors::default();
        let mut day = |text: &str, field: &'static str| -> Option<jiff::civil::Date> {
            if text.trim().is_empty() {
                return None;
            }
            let day = model::parse_day(text);
            if day.is_none() {
                errors.add(field, "events-error-filter-day");
            }
            day
        };
        let midnight = jiff::civil::Time::midnight();
        let from = day(&self.fra, "fra")
            .map(|d| model::local_ms(d, midnight).max(now))
            .unwrap_or(now);
        let to = day(&self.til, "til")
            .and_then(|d| d.tomorrow().ok())
            .map(|d| model::local_ms(d, midnight))
            .unwrap_or(now + AHEAD_DAYS * DAY_MS);
        let kind = match self.kind.trim() {
            "" => None,
            text => {
                let kind = Kind::parse(text);
                if kind.is_none() {
                    errors.add("type", "events-error-kind");
                }
                kind
            }
        };
        let some = |text: &str| Some(text.trim().to_owned()).filter(|t| !t.is_empty());
        (
            Wanted {
                from,
                to,
                place: some(&self.sted),
                language: some(&self.sprog),
                kind,
            },
            errors,
        )
    }
}

fn matches(wanted: &Wanted, event: &events::Event) -> bool {
    let d = &event.details;
    wanted.place.as_ref().is_none_or(|p| *p == d.place_id)
        && wanted.language.as_ref().is_none_or(|l| *l == d.language)
        && wanted.kind.is_none_or(|k| k == d.kind)
}

/// A citizen's own sign-up as the pages say it.
pub(crate) struct Mine {
    pub event: EventView,
    pub seat: bool,
    pub position: i64,
}

#[derive(Template)]
#[template(path = "network/events_list.html")]
struct ListPage {
    page: Page,
    events: Vec<EventView>,
    filters: Filters,
    errors: FormErrors,
    places: Vec<Choice>,
    languages: Vec<Choice>,
    kinds: Vec<Choice>,
    /// The logged-in citizen's own sign-ups.
    mine: Vec<Mine>,
    /// A member or staff who publishes: the events they organise, newest first.
    organising: Option<Vec<EventView>>,
}

/// `/arrangementer`: the coming events, soonest first, with filters.
pub(crate) async fn list(
    State(state): State<AppState>,
    page: Page,
    Query(filters): Query<Filters>,
) -> Result<Response, AppError> {
    let lang = page.lang;
    let (wanted, errors) = filters.read(state.clock.now_ms());
    let context = Context::of(&state).await?;
    let events: Vec<EventView> = events::between(&state.db, wanted.from, wanted.to)
        .await?
        .iter()
        .filter(|e| matches(&wanted, e))
        .map(|e| context.view(lang, e))
        .collect();
    let (mine, organising) = match &page.user {
        Some(user) => {
            let mine = match user.has(Role::Citizen) {
                true => mine(&state, &context, lang, &user.id).await?,
                false => Vec::new(),
            };
            let organising = match events::publishes_for(&state.db, user).await? {
                Some(organisation) => {
                    let id = organisation.as_ref().map(|o| o.id.as_str());
                    let own = events::of_organiser(&state.db, id).await?;
                    Some(own.iter().map(|e| context.view(lang, e)).collect())
                }
                None => None,
            };
            (mine, organising)
        }
        None => (Vec::new(), None),
    };
    let status = match errors.is_empty() {
        true => StatusCode::OK,
        false => StatusCode::UNPROCESSABLE_ENTITY,
    };
    let html = render(&ListPage {
        places: choices(context.places(), &filters.sted),
        languages: language_choices(lang, &filters.sprog),
        kinds: kind_choices(lang, &filters.kind),
        page,
        events,
        filters,
        errors,
        mine,
        organising,
    })?;
    Ok((status, html).into_response())
}

async fn mine(
    state: &AppState,
    context: &Context,
    lang: crate::i18n::Lang,
    person: &str,
) -> Result<Vec<Mine>, AppError> {
    let now = state.clock.now_ms();
    Ok(events::of_citizen(&state.db, person)
        .await?
        .into_iter()
        .filter(|(e, _)| e.details.ends_at > now)
        .map(|(e, s)| Mine {
            event: context.view(lang, &e),
            seat: s.signup.status == Status::Seat,
            position: s.position.unwrap_or_default(),
        })
        .collect())
}

#[derive(Template)]
#[template(path = "network/events_event.html")]
struct EventPage {
    page: Page,
    event: EventView,
    /// The logged-in citizen's sign-up.
    own: Option<SignedUp>,
    citizen: bool,
    organiser: bool,
    front_desk: bool,
    /// The citizens a helper may sign up (bookings, act), by name.
    helped: Vec<(String, String)>,
    saved: Option<String>,
    position: i64,
}

impl EventPage {
    fn has_seat(&self) -> bool {
        self.own
            .as_ref()
            .is_some_and(|s| s.signup.status == Status::Seat)
    }

    fn free_text(&self) -> String {
        match self.event.free {
            0 => self.page.t("events-full"),
            n => self
                .page
                .count("events-free-seats", usize::try_from(n).unwrap_or(0)),
        }
    }

    fn waiting_text(&self) -> String {
        self.page.count(
            "events-waiting-count",
            usize::try_from(self.event.waiting).unwrap_or(0),
        )
    }
}

/// The citizens a helper may sign up for events: those whose permission in force lets
/// them act on bookings (the scope that covers where and when the citizen goes).
async fn helped(
    state: &AppState,
    helper: &crate::auth::User,
) -> Result<Vec<(String, String)>, AppError> {
    if !helper.has(Role::Helper) {
        return Ok(Vec::new());
    }
    let today = state.clock.today();
    let mut citizens: Vec<String> = crate::mandates::of_helper(&state.db, &helper.id)
        .await?
        .into_iter()
        .map(|m| m.citizen_id)
        .collect();
    citizens.sort();
    citizens.dedup();
    let mut found = Vec::new();
    for citizen in citizens {
        let may = crate::mandates::check(
            &state.db,
            &helper.id,
            &citizen,
            crate::mandates::Scope::Bookings,
            crate::mandates::Rights::Act,
            today,
        )
        .await?;
        if may.is_ok() {
            if let Some(user) = crate::auth::user(&state.db.pool, &citizen).await? {
                found.push((citizen, user.name));
            }
        }
    }
    Ok(found)
}

/// `/arrangementer/{id}`: one event, for anyone; a cancelled one says so.
pub(crate) async fn show(
    State(state): State<AppState>,
    page: Page,
    Path(id): Path<String>,
    Query(saved): Query<Saved>,
) -> Result<Response, AppError> {
    let event = found(&state, &id).await?;
    let context = Context::of(&state).await?;
    let (own, citizen, organiser, front_desk, helped) = match &page.user {
        Some(user) => (
            events::own_signup(&state.db, &id, &user.id).await?,
            user.has(Role::Citizen),
            events::organises(&state.db, user, &event).await?,
            user.has(Role::FrontDesk),
            helped(&state, user).await?,
        ),
        None => (None, false, false, false, Vec::new()),
    };
    let position = own.as_ref().and_then(|s| s.position).unwrap_or_default();
    Ok(render(&EventPage {
        event: context.view(page.lang, &event),
        page,
        own,
        citizen,
        organiser,
        front_desk,
        helped,
        saved: saved.known(&[
            "seat",
            "waiting",
            "cancelled",
            "created",
            "changed",
            "event-cancelled",
        ]),
        position,
    })?
    .into_response())
}

/// Where a sign-up leaves the one who made it: the event's page, saying how it went.
pub(crate) fn saved_for(made: &SignedUp) -> &'static str {
    match made.signup.status {
        Status::Seat => "seat",
        _ => "waiting",
    }
}

/// A citizen signs up, logged in.
pub(crate) async fn sign_up(
    State(state): State<AppState>,
    RequireUser(user): RequireUser,
    Path(id): Path<String>,
) -> Result<Redirect, AppError> {
    let citizen = RequireUser(user).with_role(Role::Citizen)?;
    let new = NewSignup {
        event_id: id.clone(),
        attendee: Attendee::Citizen(citizen.id.clone()),
        channel: Channel::Online,
        by: Actor::Person(citizen.id.clone()),
    };
    let made = events::sign_up(&state.db, &state.clock, new)
        .await
        .map_err(app_error)?;
    Ok(Redirect::to(&format!(
        "/arrangementer/{id}?gemt={}",
        saved_for(&made)
    )))
}

/// A citizen cancels their own sign-up.
pub(crate) async fn cancel(
    State(state): State<AppState>,
    RequireUser(user): RequireUser,
    Path(id): Path<String>,
) -> Result<Redirect, AppError> {
    let own = events::own_signup(&state.db, &id, &user.id)
        .await?
        .ok_or(AppError::Conflict("events-error-not-signed-up"))?;
    events::cancel_signup(
        &state.db,
        &state.clock,
        (&state.authority.post, &state.catalogue),
        &own.signup.id,
        &Actor::Person(user.id.clone()),
    )
    .await
    .map_err(app_error)?;
    Ok(Redirect::to(&format!("/arrangementer/{id}?gemt=cancelled")))
}

/// `/arrangementer.atom`: the coming events as an Atom feed, soonest first; each entry
/// links to its page and is updated when the event is published. In Danish, as the
/// authority publishes.
pub(crate) async fn feed(State(state): State<AppState>) -> Result<Response, AppError> {
    use crate::web::atom::{self, Category, Content, Entry};
    let now = state.clock.now_ms();
    let events = events::between(&state.db, now, now + AHEAD_DAYS * DAY_MS).await?;
    let context = Context::of(&state).await?;
    let base = state.settings.public_url.as_str().trim_end_matches('/');
    let lang = crate::i18n::Lang::Da;
    let entries: Vec<Entry> = events
        .iter()
        .map(|event| {
            let view = context.view(lang, event);
            let url = format!("{base}/arrangementer/{}", event.id);
            let summary = format!(
                "{}. {}. {}",
                view.when,
                view.place,
                lang.t_args("events-feed-seats", &[("free", view.free.to_string())]),
            );
            Entry {
                id: url.clone(),
                title: atom::text(view.title.clone()),
                updated: atom::time(event.created_at),
                published: Some(atom::time(event.created_at)),
                authors: vec![atom::author(&view.organiser)],
                categories: vec![Category {
                    term: event.details.kind.as_str().to_owned(),
                    label: Some(view.kind.clone()),
                    ..Category::default()
                }],
                links: vec![atom::link(url)],
                summary: Some(atom::text(summary)),
                content: Some(Content {
                    value: Some(view.description.clone()),
                    content_type: Some("text".into()),
                    lang: Some(view.language.clone()),
                    ..Content::default()
                }),
                ..Entry::default()
            }
        })
        .collect();
    let frame = atom::Frame {
        base,
        page: "/arrangementer",
        title: lang.t_args(
            "events-feed-title",
            &[("authority", state.authority.name.clone())],
        ),
        authority: &state.authority.name,
        updated: events.iter().map(|e| e.created_at).max().unwrap_or(0),
    };
    Ok(frame.answer(entries))
}
