//! A citizen's bookings, whoever books them: the citizen, the front desk or a helper
//! (`crate::bookings::Booker`): the list, choosing and booking a slot, one booking, its calendar
//! file, moving and cancelling.

use std::collections::HashMap;

use askama::Template;
use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::{Html, IntoResponse, Redirect, Response};
use axum_extra::extract::Form;
use serde::Deserialize;

use super::*;
use crate::auth::{self, RequireUser, Role};
use crate::bookings::model::{BookingDraft, Kind};
use crate::bookings::{Booking, LateLetter, NewBooking, Slot};
use crate::forms::FormErrors;
use crate::i18n::Lang;
use crate::idempotency::Made;
use crate::mandates::Rights;
use crate::state::AppState;
use crate::web::{format_date, long_date, render, AppError, Page};

#[derive(Template)]
#[template(path = "bookings/mine.html")]
struct MinePage {
    page: Page,
    booker: Booker,
    bookings: Vec<BookingView>,
    /// Cancelled and earlier times, newest first.
    history: Vec<HistoryView>,
    notice: Option<&'static str>,
}

/// An earlier or cancelled time as the citizen's list shows it.
pub(crate) struct HistoryView {
    pub kind: &'static str,
    pub when: String,
    pub place: String,
    pub topic: String,
    /// "Du aflyste den 23.11.2026 kl. 10:05", "Tiden er gået".
    pub outcome: String,
}

/// Who cancelled a booking, in words for the person reading: "Du" to the citizen
/// themself, the citizen's or helper's name to others, "Borgerservice" for the front
/// desk, "Et system" for a system with an API key.
async fn canceller(
    state: &AppState,
    lang: Lang,
    booker: &Booker,
    actor: &Actor,
) -> Result<String, AppError> {
    let person = match actor {
        Actor::Person(person) => person.as_str(),
        Actor::ApiKey(_) => return Ok(lang.t("bookings-cancelled-by-system")),
        Actor::System => return Ok(lang.t("bookings-cancelled-by-unknown")),
    };
    if person == booker.user.id {
        return Ok(lang.t("bookings-cancelled-by-you"));
    }
    Ok(match auth::user(&state.db.pool, person).await? {
        Some(user) if user.has(Role::FrontDesk) && person != booker.citizen_id => {
            lang.t("bookings-cancelled-by-front-desk")
        }
        Some(user) => user.name,
        None => lang.t("bookings-cancelled-by-unknown"),
    })
}

impl MinePage {
    fn title(&self) -> String {
        match self.booker.is_own() {
            true => self.page.t("bookings-title"),
            false => self
                .page
                .t1("bookings-title-for", "name", &self.booker.citizen_name),
        }
    }
}

/// "Dine aftaler": the bookings in force, each to see, move or cancel.
pub(crate) async fn mine(
    State(state): State<AppState>,
    page: Page,
    user: RequireUser,
    at: BookingAddress,
    Query(query): Query<NoticeQuery>,
) -> Result<Html<String>, AppError> {
    let booker = Booker::of(&state, &page, user, &at, Rights::Look).await?;
    booker.audit_read(&state, "bookings").await?;
    let mut bookings = Vec::new();
    for b in
        crate::bookings::upcoming_of_citizen(&state.db, &state.clock, &booker.citizen_id).await?
    {
        bookings.push(view_of(&state, &page, &b).await?);
    }
    let mut history = Vec::new();
    // The same few people cancel most bookings: each looked up once a page.
    let mut cancellers: HashMap<Actor, String> = HashMap::new();
    for b in
        crate::bookings::history_of_citizen(&state.db, &state.clock, &booker.citizen_id).await?
    {
        let outcome = match (&b.cancelled_by, b.cancelled_at) {
            (Some(by), Some(at)) => {
                let who = match cancellers.get(by) {
                    Some(who) => who.clone(),
                    None => {
                        let who = canceller(&state, page.lang, &booker, by).await?;
                        cancellers.insert(by.clone(), who.clone());
                        who
                    }
                };
                page.lang.t_args(
                    "bookings-history-cancelled",
                    &[("who", who), ("at", format_date(page.lang, at))],
                )
            }
            _ => page.t("bookings-history-past"),
        };
        history.push(HistoryView {
            kind: b.slot.kind.label_key(),
            when: crate::bookings::when_text(page.lang, &b.slot.window),
            place: crate::bookings::where_text(&state.db, &state.catalogue, page.lang, &b).await?,
            topic: b.topic.clone(),
            outcome,
        });
    }
    render(&MinePage {
        notice: notice_of(&query),
        page,
        booker,
        bookings,
        history,
    })
}

#[derive(Deserialize)]
pub(crate) struct ChooseQuery {
    slags: Option<String>,
}

#[derive(Template)]
#[template(path = "bookings/choose.html")]
struct ChoosePage {
    page: Page,
    booker: Booker,
    kinds: [Kind; 4],
    kind: Option<Kind>,
    days: Vec<DayView>,
}

impl ChoosePage {
    fn is_chosen(&self, kind: &Kind) -> bool {
        self.kind == Some(*kind)
    }
}

/// Book a new time: choose the kind of meeting, then a free slot of the next weeks.
pub(crate) async fn choose(
    State(state): State<AppState>,
    page: Page,
    user: RequireUser,
    at: BookingAddress,
    Query(query): Query<ChooseQuery>,
) -> Result<Html<String>, AppError> {
    let booker = Booker::of(&state, &page, user, &at, Rights::Act).await?;
    let kind = query.slags.as_deref().and_then(Kind::parse);
    let days = match kind {
        Some(kind) => {
            days_of(
                &state,
                &page,
                crate::bookings::free_slots(&state.db, &state.clock, kind).await?,
            )
            .await?
        }
        None => Vec::new(),
    };
    render(&ChoosePage {
        page,
        booker,
        kinds: Kind::ALL,
        kind,
        days,
    })
}

#[derive(Template)]
#[template(path = "bookings/confirm.html")]
struct ConfirmPage {
    page: Page,
    booker: Booker,
    kind: Kind,
    slot_id: String,
    when: String,
    place: String,
    form: BookingDraft,
    errors: FormErrors,
}

async fn confirm_page(
    state: &AppState,
    page: Page,
    booker: Booker,
    slot: &Slot,
    form: BookingDraft,
    errors: FormErrors,
) -> Result<Html<String>, AppError> {
    let place = days_of(state, &page, vec![slot.clone()])
        .await?
        .into_iter()
        .flat_map(|d| d.slots)
        .map(|s| s.place)
        .next()
        .unwrap_or_default();
    render(&ConfirmPage {
        when: crate::bookings::when_text(page.lang, &slot.window),
        kind: slot.kind,
        slot_id: slot.id.clone(),
        place,
        page,
        booker,
        form,
        errors,
    })
}

/// The chosen slot, with topic, note and (for a call or a video meeting) a phone number.
pub(crate) async fn confirm(
    State(state): State<AppState>,
    page: Page,
    user: RequireUser,
    at: BookingAddress,
) -> Result<Html<String>, AppError> {
    let booker = Booker::of(&state, &page, user, &at, Rights::Act).await?;
    let slot = crate::bookings::slot(&state.db, at.param("slot")?)
        .await?
        .ok_or(AppError::NotFound)?;
    let phone = crate::people::profile(&state.db, &booker.citizen_id)
        .await?
        .and_then(|p| p.phone)
        .unwrap_or_default();
    let form = BookingDraft {
        phone,
        ..BookingDraft::default()
    };
    confirm_page(&state, page, booker, &slot, form, FormErrors::default()).await
}

pub(crate) async fn book(
    State(state): State<AppState>,
    page: Page,
    user: RequireUser,
    at: BookingAddress,
    Form(form): Form<BookingDraft>,
) -> Result<Response, AppError> {
    let booker = Booker::of(&state, &page, user, &at, Rights::Act).await?;
    let slot = crate::bookings::slot(&state.db, at.param("slot")?)
        .await?
        .ok_or(AppError::NotFound)?;
    let (status, errors) = match form.check(slot.kind, false) {
        Err(errors) => (StatusCode::UNPROCESSABLE_ENTITY, errors),
        Ok(details) => {
            let new = NewBooking {
                slot_id: slot.id.clone(),
                citizen_id: Some(booker.citizen_id.clone()),
                details,
                idempotency: None,
            };
            match crate::bookings::book(
                &state.db,
                &state.clock,
                &state.authority.post,
                &state.catalogue,
                new,
                booker.actor(),
            )
            .await
            {
                Ok(Made::New(b) | Made::Repeat(b)) => {
                    let to = format!("{}/{}?sket=booket", booker.base, b.id);
                    return Ok(Redirect::to(&to).into_response());
                }
                Err(error) => refusal_errors(error)?,
            }
        }
    };
    let html = confirm_page(&state, page, booker, &slot, form, errors).await?;
    Ok((status, html).into_response())
}

#[derive(Template)]
#[template(path = "bookings/show.html")]
struct ShowPage {
    page: Page,
    booker: Booker,
    booking: BookingView,
    notice: Option<&'static str>,
    /// What to do now that the paper letter about it cannot arrive in time.
    late: Option<String>,
}

/// What the page tells whoever booked when the citizen's paper letter comes on the
/// meeting's day or after: say the time now, and that the front desk rings.
fn late_message(lang: Lang, booker: &Booker, late: &LateLetter) -> String {
    let key = match booker.audience {
        Audience::Citizen => "bookings-late-citizen",
        Audience::FrontDesk => "bookings-late-desk",
        Audience::Helper => "bookings-late-helper",
    };
    lang.t_args(
        key,
        &[
            ("name", booker.citizen_name.clone()),
            ("arrives", long_date(lang, late.arrives_on)),
            ("phone", late.phone.clone().unwrap_or_default()),
            ("has_phone", late.phone.is_some().to_string()),
        ],
    )
}

/// One booking: the confirmation after booking, with its calendar file.
pub(crate) async fn show(
    State(state): State<AppState>,
    page: Page,
    user: RequireUser,
    at: BookingAddress,
    Query(query): Query<NoticeQuery>,
) -> Result<Html<String>, AppError> {
    let booker = Booker::of(&state, &page, user, &at, Rights::Look).await?;
    let booking = booker.booking(&state, at.param("id")?).await?;
    booker.audit_read(&state, &booking.id).await?;
    let late = crate::bookings::late_letter(&state.db, &state.authority.post, &booking)
        .await?
        // A cancelled time's page says nothing of the time: the front desk rings about it.
        .filter(|late| late.news == crate::bookings::News::Booked)
        .map(|late| late_message(page.lang, &booker, &late));
    render(&ShowPage {
        booking: view_of(&state, &page, &booking).await?,
        notice: notice_of(&query),
        late,
        page,
        booker,
    })
}

pub(crate) async fn calendar(
    State(state): State<AppState>,
    page: Page,
    user: RequireUser,
    at: BookingAddress,
) -> Result<Response, AppError> {
    let booker = Booker::of(&state, &page, user, &at, Rights::Look).await?;
    let booking = booker.booking(&state, at.param("id")?).await?;
    booker.audit_read(&state, &booking.id).await?;
    let ics = crate::bookings::calendar(&state.db, &state.catalogue, page.lang, &booking).await?;
    Ok(ics_response(ics))
}

#[derive(Template)]
#[template(path = "bookings/move.html")]
struct MovePage {
    page: Page,
    booker: Booker,
    booking: BookingView,
    days: Vec<DayView>,
    errors: FormErrors,
    /// No slot is chosen before the booker chooses one.
    chosen: String,
}

async fn move_page(
    state: &AppState,
    page: Page,
    booker: Booker,
    booking: &Booking,
    errors: FormErrors,
) -> Result<Html<String>, AppError> {
    let free = crate::bookings::free_slots(&state.db, &state.clock, booking.slot.kind).await?;
    render(&MovePage {
        booking: view_of(state, &page, booking).await?,
        days: days_of(state, &page, free).await?,
        page,
        booker,
        errors,
        chosen: String::new(),
    })
}

/// Move a booking: the free slots of the same kind.
pub(crate) async fn move_form(
    State(state): State<AppState>,
    page: Page,
    user: RequireUser,
    at: BookingAddress,
) -> Result<Html<String>, AppError> {
    let booker = Booker::of(&state, &page, user, &at, Rights::Act).await?;
    let booking = booker.booking(&state, at.param("id")?).await?;
    move_page(&state, page, booker, &booking, FormErrors::default()).await
}

#[derive(Deserialize)]
pub(crate) struct MoveForm {
    #[serde(default)]
    slot_id: String,
}

pub(crate) async fn move_booking(
    State(state): State<AppState>,
    page: Page,
    user: RequireUser,
    at: BookingAddress,
    Form(form): Form<MoveForm>,
) -> Result<Response, AppError> {
    let booker = Booker::of(&state, &page, user, &at, Rights::Act).await?;
    let booking = booker.booking(&state, at.param("id")?).await?;
    let result = crate::bookings::move_to(
        &state.db,
        &state.clock,
        &state.authority.post,
        &state.catalogue,
        &booking,
        &form.slot_id,
        booker.actor(),
    )
    .await;
    let (status, errors) = match result {
        Ok(moved) => {
            let to = format!("{}/{}?sket=flyttet", booker.base, moved.id);
            return Ok(Redirect::to(&to).into_response());
        }
        Err(error) => refusal_errors(error)?,
    };
    let html = move_page(&state, page, booker, &booking, errors).await?;
    Ok((status, html).into_response())
}

pub(crate) async fn cancel(
    State(state): State<AppState>,
    page: Page,
    user: RequireUser,
    at: BookingAddress,
) -> Result<Redirect, AppError> {
    let booker = Booker::of(&state, &page, user, &at, Rights::Act).await?;
    let booking = booker.booking(&state, at.param("id")?).await?;
    crate::bookings::cancel(
        &state.db,
        &state.clock,
        &state.authority.post,
        &state.catalogue,
        &booking,
        booker.actor(),
    )
    .await?;
    Ok(Redirect::to(&format!("{}?sket=aflyst", booker.base)))
}
