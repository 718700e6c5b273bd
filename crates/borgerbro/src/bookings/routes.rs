//! Booking pages. The same pages serve three bookers, told apart by the address: the
//! citizen under `/tider`, the front desk for a citizen under
//! `/borgerservice/{citizen}/tider`, and a helper inside a permission under
//! `/jeg-hjaelper/{citizen}/tider`. Besides them: the call-back without login, the
//! staff's slots page and the day's bookings.

use std::collections::HashMap;

use askama::Template;
use axum::extract::{FromRequestParts, Path, Query, State};
use axum::http::request::Parts;
use axum::http::{header, StatusCode};
use axum::response::{Html, IntoResponse, Redirect, Response};
use axum::Extension;
use axum_extra::extract::Form;
use jiff::civil::Date;
use serde::Deserialize;

use super::model::{self, BookingDraft, Kind, SeriesDraft};
use super::{Audience, BookError, Booked, Booking, NewBooking, Refusal, SeriesError, Slot};
use crate::audit::{self, Actor, NewEntry};
use crate::auth::{self, RequireUser, Role, User};
use crate::i18n::Lang;
use crate::mandates::{self, acting_for, Acting, Rights, Scope};
use crate::state::AppState;
use crate::web::client::ClientAddr;
use crate::web::forms::FormErrors;
use crate::web::rate_limit::refuse_form;
use crate::web::{format_date, long_date, render, AppError, Page};

/// Who books, for whom, and where their pages are.
pub struct Booker {
    /// The person at the keyboard.
    user: User,
    citizen_id: String,
    citizen_name: String,
    /// The pages' address, e.g. `/tider`.
    base: String,
    /// The banner of a helper acting for the citizen.
    acting: Option<Acting>,
    /// A helper with a look-only permission sees the bookings and changes nothing.
    may_act: bool,
}

impl Booker {
    /// Works out who books from the pages asked for and checks they may: the citizen
    /// themself, the front desk, or a helper whose permission covers bookings (else "not
    /// found", and the citizen sees the attempt).
    async fn of(
        state: &AppState,
        page: &Page,
        user: RequireUser,
        at: &BookingAddress,
        action: Rights,
    ) -> Result<Booker, AppError> {
        if at.audience == Audience::Citizen {
            let citizen = user.with_role(Role::Citizen)?;
            return Ok(Booker {
                citizen_id: citizen.id.clone(),
                citizen_name: citizen.name.clone(),
                base: "/tider".into(),
                acting: None,
                may_act: true,
                user: citizen,
            });
        }
        let citizen_id = at.param("citizen")?.to_owned();
        if at.audience == Audience::FrontDesk {
            let staff = user.with_role(Role::FrontDesk)?;
            let citizen = auth::user(&state.db.pool, &citizen_id)
                .await?
                .ok_or(AppError::NotFound)?;
            return Ok(Booker {
                base: format!("/borgerservice/{citizen_id}/tider"),
                citizen_id,
                citizen_name: citizen.name,
                acting: None,
                may_act: true,
                user: staff,
            });
        }
        let helper = user.0;
        let (acting, _) = acting_for(state, &helper, &citizen_id, page.lang).await?;
        let today = state.clock.today();
        let decide = |rights| {
            mandates::check(
                &state.db,
                &helper.id,
                &citizen_id,
                Scope::Bookings,
                rights,
                today,
            )
        };
        if decide(action).await?.is_err() {
            mandates::refused(
                &state.db,
                &state.clock,
                &helper.id,
                &citizen_id,
                "bookings outside the permission",
            )
            .await?;
            // The helper acts for this citizen (`acting_for` above): say why.
            return Err(AppError::NotCovered);
        }
        let may_act = decide(Rights::Act).await?.is_ok();
        Ok(Booker {
            base: format!("/jeg-hjaelper/{citizen_id}/tider"),
            citizen_name: acting.citizen_name.clone(),
            citizen_id,
            acting: Some(acting),
            may_act,
            user: helper,
        })
    }

    fn actor(&self) -> Actor {
        Actor::Person(self.user.id.clone())
    }

    fn is_own(&self) -> bool {
        self.user.id == self.citizen_id
    }

    /// Someone else looked at the citizen's bookings: the citizen can see that they did.
    async fn audit_read(&self, state: &AppState, object: &str) -> Result<(), AppError> {
        if self.is_own() {
            return Ok(());
        }
        audit::record(
            &state.db,
            &state.clock,
            NewEntry::new(self.actor(), "booking.read")
                .subject(&self.citizen_id)
                .acting_for(&self.citizen_id)
                .object(object),
        )
        .await?;
        Ok(())
    }

    /// One of the citizen's bookings, or "not found" (audited for a helper who guesses).
    async fn booking(&self, state: &AppState, id: &str) -> Result<Booking, AppError> {
        match super::booking(&state.db, id).await? {
            Some(b) if b.citizen_id.as_deref() == Some(self.citizen_id.as_str()) => Ok(b),
            _ => {
                if self.acting.is_some() {
                    mandates::refused(
                        &state.db,
                        &state.clock,
                        &self.user.id,
                        &self.citizen_id,
                        &format!("booking {id}"),
                    )
                    .await?;
                }
                Err(AppError::NotFound)
            }
        }
    }
}

/// Whose booking pages were asked for (the route's `Audience`) and the parameters of
/// their address.
pub struct BookingAddress {
    audience: Audience,
    params: HashMap<String, String>,
}

impl BookingAddress {
    fn param(&self, name: &str) -> Result<&str, AppError> {
        self.params
            .get(name)
            .map(String::as_str)
            .ok_or(AppError::NotFound)
    }
}

impl FromRequestParts<AppState> for BookingAddress {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, AppError> {
        let Extension(audience) = Extension::<Audience>::from_request_parts(parts, state)
            .await
            .map_err(|_| AppError::NotFound)?;
        let Path(params) = Path::<HashMap<String, String>>::from_request_parts(parts, state)
            .await
            .map_err(|_| AppError::NotFound)?;
        Ok(Self { audience, params })
    }
}

/// A booking as the pages show it.
pub struct BookingView {
    pub id: String,
    pub name: String,
    pub kind: &'static str,
    pub when: String,
    pub time: String,
    pub place: String,
    pub phone: String,
    pub topic: String,
    pub note: String,
}

async fn view_of(state: &AppState, page: &Page, b: &Booking) -> Result<BookingView, AppError> {
    Ok(BookingView {
        id: b.id.clone(),
        name: b.name.clone(),
        kind: b.slot.kind.label_key(),
        when: super::when_text(page.lang, &b.slot.window),
        time: format!(
            "{}-{}",
            model::clock_time(b.slot.window.starts_at),
            model::clock_time(b.slot.window.ends_at)
        ),
        place: super::where_text(&state.db, &state.catalogue, page.lang, b).await?,
        phone: b.phone.clone().unwrap_or_default(),
        topic: b.topic.clone(),
        note: b.note.clone().unwrap_or_default(),
    })
}

/// The free slots of a day, as the pages list them.
pub struct DayView {
    pub day: String,
    pub slots: Vec<SlotView>,
}

pub struct SlotView {
    pub id: String,
    pub time: String,
    pub place: String,
}

async fn days_of(
    state: &AppState,
    page: &Page,
    slots: Vec<Slot>,
) -> Result<Vec<DayView>, AppError> {
    let places = state.catalogue.load(&state.db).await?;
    Ok(model::by_day(slots)
        .into_iter()
        .map(|(day, slots)| DayView {
            day: long_date(page.lang, day),
            slots: slots
                .into_iter()
                .map(|s| SlotView {
                    time: format!(
                        "{}-{}",
                        model::clock_time(s.window.starts_at),
                        model::clock_time(s.window.ends_at)
                    ),
                    place: s
                        .place_id
                        .as_deref()
                        .and_then(|id| places.get(id))
                        .map(|p| p.name.clone())
                        .unwrap_or_default(),
                    id: s.id,
                })
                .collect(),
        })
        .collect())
}

#[derive(Deserialize)]
pub struct NoticeQuery {
    /// "booket", "flyttet" or "aflyst": what was just done.
    sket: Option<String>,
}

fn notice_of(query: &NoticeQuery) -> Option<&'static str> {
    match query.sket.as_deref() {
        Some("booket") => Some("bookings-notice-booked"),
        Some("flyttet") => Some("bookings-notice-moved"),
        Some("aflyst") => Some("bookings-notice-cancelled"),
        _ => None,
    }
}

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
pub struct HistoryView {
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
    actor: &str,
) -> Result<String, AppError> {
    let Some(person) = actor.strip_prefix("person:") else {
        return Ok(lang.t(if actor.starts_with("apikey:") {
            "bookings-cancelled-by-system"
        } else {
            "bookings-cancelled-by-unknown"
        }));
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
pub async fn mine(
    State(state): State<AppState>,
    page: Page,
    user: RequireUser,
    at: BookingAddress,
    Query(query): Query<NoticeQuery>,
) -> Result<Html<String>, AppError> {
    let booker = Booker::of(&state, &page, user, &at, Rights::Look).await?;
    booker.audit_read(&state, "bookings").await?;
    let mut bookings = Vec::new();
    for b in super::upcoming_of_citizen(&state.db, &state.clock, &booker.citizen_id).await? {
        bookings.push(view_of(&state, &page, &b).await?);
    }
    let mut history = Vec::new();
    // The same few people cancel most bookings: each looked up once a page.
    let mut cancellers: HashMap<String, String> = HashMap::new();
    for b in super::history_of_citizen(&state.db, &state.clock, &booker.citizen_id).await? {
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
                    &[("who", who), ("at", format_date(at))],
                )
            }
            _ => page.t("bookings-history-past"),
        };
        history.push(HistoryView {
            kind: b.slot.kind.label_key(),
            when: super::when_text(page.lang, &b.slot.window),
            place: super::where_text(&state.db, &state.catalogue, page.lang, &b).await?,
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
pub struct ChooseQuery {
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
pub async fn choose(
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
                super::free_slots(&state.db, &state.clock, kind).await?,
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
        when: super::when_text(page.lang, &slot.window),
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
pub async fn confirm(
    State(state): State<AppState>,
    page: Page,
    user: RequireUser,
    at: BookingAddress,
) -> Result<Html<String>, AppError> {
    let booker = Booker::of(&state, &page, user, &at, Rights::Act).await?;
    let slot = super::slot(&state.db, at.param("slot")?)
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

/// What a refused booking tells the booker: what happened and what to do.
fn refusal_errors(error: BookError) -> Result<(StatusCode, FormErrors), AppError> {
    let mut errors = FormErrors::default();
    let status = match error {
        BookError::Refused(refusal) => {
            errors.add("slot_id", refusal.message_key());
            match refusal {
                Refusal::Taken => StatusCode::CONFLICT,
                Refusal::Past => StatusCode::UNPROCESSABLE_ENTITY,
            }
        }
        BookError::NoSlot => {
            errors.add("slot_id", "bookings-error-slot");
            StatusCode::UNPROCESSABLE_ENTITY
        }
        BookError::UnknownCitizen | BookError::IdempotencyKeyReused => {
            return Err(AppError::NotFound)
        }
        BookError::Database(error) => return Err(error.into()),
        BookError::Letter(error) => return Err(error.into()),
    };
    Ok((status, errors))
}

pub async fn book(
    State(state): State<AppState>,
    page: Page,
    user: RequireUser,
    at: BookingAddress,
    Form(form): Form<BookingDraft>,
) -> Result<Response, AppError> {
    let booker = Booker::of(&state, &page, user, &at, Rights::Act).await?;
    let slot = super::slot(&state.db, at.param("slot")?)
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
            match super::book(
                &state.db,
                &state.clock,
                &state.authority.post,
                &state.catalogue,
                new,
                booker.actor(),
            )
            .await
            {
                Ok(Booked::New(b) | Booked::Repeat(b)) => {
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
}

/// One booking: the confirmation after booking, with its calendar file.
pub async fn show(
    State(state): State<AppState>,
    page: Page,
    user: RequireUser,
    at: BookingAddress,
    Query(query): Query<NoticeQuery>,
) -> Result<Html<String>, AppError> {
    let booker = Booker::of(&state, &page, user, &at, Rights::Look).await?;
    let booking = booker.booking(&state, at.param("id")?).await?;
    booker.audit_read(&state, &booking.id).await?;
    render(&ShowPage {
        booking: view_of(&state, &page, &booking).await?,
        notice: notice_of(&query),
        page,
        booker,
    })
}

fn ics_response(ics: String) -> Response {
    (
        [
            (header::CONTENT_TYPE, "text/calendar; charset=utf-8"),
            (
                header::CONTENT_DISPOSITION,
                "attachment; filename=\"aftale.ics\"",
            ),
        ],
        ics,
    )
        .into_response()
}

pub async fn calendar(
    State(state): State<AppState>,
    page: Page,
    user: RequireUser,
    at: BookingAddress,
) -> Result<Response, AppError> {
    let booker = Booker::of(&state, &page, user, &at, Rights::Look).await?;
    let booking = booker.booking(&state, at.param("id")?).await?;
    booker.audit_read(&state, &booking.id).await?;
    let ics = super::calendar(&state.db, &state.catalogue, page.lang, &booking).await?;
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
    let free = super::free_slots(&state.db, &state.clock, booking.slot.kind).await?;
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
pub async fn move_form(
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
pub struct MoveForm {
    #[serde(default)]
    slot_id: String,
}

pub async fn move_booking(
    State(state): State<AppState>,
    page: Page,
    user: RequireUser,
    at: BookingAddress,
    Form(form): Form<MoveForm>,
) -> Result<Response, AppError> {
    let booker = Booker::of(&state, &page, user, &at, Rights::Act).await?;
    let booking = booker.booking(&state, at.param("id")?).await?;
    let result = super::move_to(
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

pub async fn cancel(
    State(state): State<AppState>,
    page: Page,
    user: RequireUser,
    at: BookingAddress,
) -> Result<Redirect, AppError> {
    let booker = Booker::of(&state, &page, user, &at, Rights::Act).await?;
    let booking = booker.booking(&state, at.param("id")?).await?;
    super::cancel(
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

/// The call-back form without login, kept as typed.
#[derive(Deserialize, Default)]
pub struct CallbackForm {
    #[serde(flatten)]
    draft: BookingDraft,
    #[serde(default)]
    slot_id: String,
}

#[derive(Template)]
#[template(path = "bookings/callback.html")]
struct CallbackPage {
    page: Page,
    form: BookingDraft,
    /// The slot chosen before, kept when the form comes back.
    chosen: String,
    errors: FormErrors,
    days: Vec<DayView>,
    /// The booking just made.
    done: Option<BookingView>,
}

async fn callback_page(
    state: &AppState,
    page: Page,
    form: CallbackForm,
    errors: FormErrors,
    done: Option<BookingView>,
) -> Result<Html<String>, AppError> {
    let free = super::free_slots(&state.db, &state.clock, Kind::Callback).await?;
    render(&CallbackPage {
        days: days_of(state, &page, free).await?,
        page,
        form: form.draft,
        chosen: form.slot_id,
        errors,
        done,
    })
}

/// "Ring mig op": a call-back needs only a name and a phone number.
pub async fn callback_form(
    State(state): State<AppState>,
    page: Page,
) -> Result<Html<String>, AppError> {
    callback_page(
        &state,
        page,
        CallbackForm::default(),
        FormErrors::default(),
        None,
    )
    .await
}

pub async fn callback(
    State(state): State<AppState>,
    mut page: Page,
    client: ClientAddr,
    Form(form): Form<CallbackForm>,
) -> Result<Response, AppError> {
    let checked = form.draft.check(Kind::Callback, true);
    let mut errors = checked.clone().err().unwrap_or_default();
    if form.slot_id.is_empty() {
        errors.add("slot_id", "bookings-error-slot");
    }
    let details = match checked {
        Ok(details) if errors.is_empty() => details,
        _ => {
            let html = callback_page(&state, page, form, errors, None).await?;
            return Ok((StatusCode::UNPROCESSABLE_ENTITY, html).into_response());
        }
    };
    // Counted per client, never per phone number: anyone can type a stranger's number.
    if let Err(wait) = state.limits.callback.try_spend(&client.0) {
        let (errors, refused) = refuse_form(&mut page, &state.clock, wait, "phone");
        let html = callback_page(&state, page, form, errors, None).await?;
        return Ok(refused.respond(html));
    }
    let slot_is_callback = super::slot(&state.db, &form.slot_id)
        .await?
        .is_some_and(|s| s.kind == Kind::Callback);
    let new = NewBooking {
        slot_id: if slot_is_callback {
            form.slot_id.clone()
        } else {
            String::new()
        },
        citizen_id: None,
        details,
        idempotency: None,
    };
    match super::book(
        &state.db,
        &state.clock,
        &state.authority.post,
        &state.catalogue,
        new,
        Actor::System,
    )
    .await
    {
        Ok(Booked::New(b) | Booked::Repeat(b)) => {
            let done = view_of(&state, &page, &b).await?;
            let html = callback_page(
                &state,
                page,
                CallbackForm::default(),
                FormErrors::default(),
                Some(done),
            )
            .await?;
            Ok(html.into_response())
        }
        Err(error) => {
            let (status, errors) = refusal_errors(error)?;
            let html = callback_page(&state, page, form, errors, None).await?;
            Ok((status, html).into_response())
        }
    }
}

/// The calendar file of a call-back asked for without login. It names the time and
/// the topic only (no place, which for a call-back is the phone number), so the
/// unguessable id, which may leak with a forwarded link, gives nothing personal away.
pub async fn callback_calendar(
    State(state): State<AppState>,
    page: Page,
    Path(id): Path<String>,
) -> Result<Response, AppError> {
    let booking = super::booking(&state.db, &id)
        .await?
        .filter(|b| b.citizen_id.is_none())
        .ok_or(AppError::NotFound)?;
    Ok(ics_response(super::feed::meeting(page.lang, &booking, "")))
}

/// Staff who set up slots and see the day: the roles allowed, any of them.
fn staff(user: RequireUser, roles: &[Role]) -> Result<User, AppError> {
    match roles.iter().any(|r| user.0.has(*r)) {
        true => Ok(user.0),
        false => Err(AppError::Forbidden),
    }
}

const SLOT_STAFF: [Role; 2] = [Role::FrontDesk, Role::Administrator];

pub struct PlaceOption {
    pub id: String,
    pub name: String,
}

pub struct SlotLine {
    pub day: String,
    pub time: String,
    pub kind: &'static str,
    pub place: String,
    pub booked: bool,
}

#[derive(Template)]
#[template(path = "bookings/slots.html")]
struct SlotsPage {
    page: Page,
    form: SeriesDraft,
    errors: FormErrors,
    kinds: [Kind; 4],
    places: Vec<PlaceOption>,
    weekdays: [u8; 7],
    slots: Vec<SlotLine>,
    made: Option<usize>,
}

impl SlotsPage {
    fn weekday_key(&self, day: &u8) -> String {
        format!("weekday-{day}")
    }
}

/// How far ahead the staff's list of slots looks.
const STAFF_DAYS: i64 = 14;

async fn slots_page(
    state: &AppState,
    page: Page,
    form: SeriesDraft,
    errors: FormErrors,
    made: Option<usize>,
) -> Result<Html<String>, AppError> {
    let loaded = state.catalogue.load(&state.db).await?;
    let places: Vec<PlaceOption> = loaded
        .places
        .all()
        .iter()
        .filter(|p| p.kind.has_address())
        .map(|p| PlaceOption {
            id: p.id.clone(),
            name: p.name.clone(),
        })
        .collect();
    let slots = super::upcoming(&state.db, &state.clock, None, STAFF_DAYS)
        .await?
        .into_iter()
        .map(|(slot, booked)| SlotLine {
            day: long_date(page.lang, model::local(slot.window.starts_at).date()),
            time: format!(
                "{}-{}",
                model::clock_time(slot.window.starts_at),
                model::clock_time(slot.window.ends_at)
            ),
            kind: slot.kind.label_key(),
            place: slot
                .place_id
                .as_deref()
                .and_then(|id| loaded.get(id))
                .map(|p| p.name.clone())
                .unwrap_or_default(),
            booked,
        })
        .collect();
    render(&SlotsPage {
        page,
        form,
        errors,
        kinds: Kind::ALL,
        places,
        weekdays: [1, 2, 3, 4, 5, 6, 7],
        slots,
        made,
    })
}

/// Staff set up slots as a series, and see those of the next two weeks.
pub async fn slots(
    State(state): State<AppState>,
    page: Page,
    user: RequireUser,
) -> Result<Html<String>, AppError> {
    staff(user, &SLOT_STAFF)?;
    let today = state.clock.today();
    let form = SeriesDraft {
        first: today.to_string(),
        last: today.to_string(),
        from: "10:00".into(),
        to: "12:00".into(),
        minutes: "20".into(),
        ..SeriesDraft::default()
    };
    slots_page(&state, page, form, FormErrors::default(), None).await
}

pub async fn add_series(
    State(state): State<AppState>,
    page: Page,
    user: RequireUser,
    Form(form): Form<SeriesDraft>,
) -> Result<Response, AppError> {
    let staff = staff(user, &SLOT_STAFF)?;
    let loaded = state.catalogue.load(&state.db).await?;
    let place_ids: Vec<&str> = loaded.places.all().iter().map(|p| p.id.as_str()).collect();
    let result = match form.check(&place_ids) {
        Ok(series) => super::add_series(&state.db, &state.clock, &series, &staff.id).await,
        Err(errors) => Err(SeriesError::Invalid(errors)),
    };
    match result {
        Ok(made) => Ok(
            slots_page(&state, page, form, FormErrors::default(), Some(made))
                .await?
                .into_response(),
        ),
        Err(SeriesError::Invalid(errors)) => {
            let html = slots_page(&state, page, form, errors, None).await?;
            Ok((StatusCode::UNPROCESSABLE_ENTITY, html).into_response())
        }
        Err(SeriesError::Database(error)) => Err(error.into()),
    }
}

#[derive(Deserialize)]
pub struct DayQuery {
    dato: Option<String>,
}

#[derive(Template)]
#[template(path = "bookings/day.html")]
struct DayPage {
    page: Page,
    date: String,
    day: String,
    bookings: Vec<BookingView>,
}

/// The day's bookings for the front desk and caseworkers, with phone numbers to ring.
pub async fn day(
    State(state): State<AppState>,
    page: Page,
    user: RequireUser,
    Query(query): Query<DayQuery>,
) -> Result<Html<String>, AppError> {
    let staff = staff(user, &[Role::FrontDesk, Role::Caseworker])?;
    let date = match query.dato.as_deref().filter(|d| !d.is_empty()) {
        Some(text) => text
            .parse::<Date>()
            .map_err(|_| AppError::BadRequest("bookings-error-date"))?,
        None => state.clock.today(),
    };
    let mut bookings = Vec::new();
    for b in super::of_day(&state.db, date).await? {
        if let Some(citizen) = &b.citizen_id {
            audit::record(
                &state.db,
                &state.clock,
                NewEntry::new(Actor::Person(staff.id.clone()), "booking.read")
                    .subject(citizen)
                    .object(&b.id)
                    .purpose("the day's bookings"),
            )
            .await?;
        }
        bookings.push(view_of(&state, &page, &b).await?);
    }
    render(&DayPage {
        date: date.to_string(),
        day: long_date(page.lang, date),
        page,
        bookings,
    })
}
