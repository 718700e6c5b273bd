//! The staff's pages: slots set up as a series, and the day's bookings.

use askama::Template;
use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::{Html, IntoResponse, Response};
use axum_extra::extract::Form;
use jiff::civil::Date;
use serde::Deserialize;

use super::*;
use crate::audit::{self, Actor, NewEntry};
use crate::auth::{RequireUser, Role, User};
use crate::bookings::model::{self, Kind, SeriesDraft};
use crate::bookings::SeriesError;
use crate::forms::FormErrors;
use crate::state::AppState;
use crate::web::{long_date, render, AppError, Page};

/// Staff who set up slots and see the day: the roles allowed, any of them.
fn staff(user: RequireUser, roles: &[Role]) -> Result<User, AppError> {
    match roles.iter().any(|r| user.0.has(*r)) {
        true => Ok(user.0),
        false => Err(AppError::Forbidden),
    }
}

const SLOT_STAFF: [Role; 2] = [Role::FrontDesk, Role::Administrator];

pub(crate) struct PlaceOption {
    pub id: String,
    pub name: String,
}

pub(crate) struct SlotLine {
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
    let slots = crate::bookings::upcoming(&state.db, &state.clock, None, STAFF_DAYS)
        .await?
        .into_iter()
        .map(|(slot, booked)| SlotLine {
            day: long_date(page.lang, model::local(slot.window.starts_at).date()),
            time: format!(
                "{}-{}",
                crate::i18n::clock_time(page.lang, slot.window.starts_at),
                crate::i18n::clock_time(page.lang, slot.window.ends_at)
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
pub(crate) async fn slots(
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

pub(crate) async fn add_series(
    State(state): State<AppState>,
    page: Page,
    user: RequireUser,
    Form(form): Form<SeriesDraft>,
) -> Result<Response, AppError> {
    let staff = staff(user, &SLOT_STAFF)?;
    let loaded = state.catalogue.load(&state.db).await?;
    let place_ids: Vec<&str> = loaded.places.all().iter().map(|p| p.id.as_str()).collect();
    let result = match form.check(&place_ids) {
        Ok(series) => {
            crate::bookings::add_series(&state.db, &state.clock, &series, &staff.id).await
        }
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
pub(crate) struct DayQuery {
    dato: Option<String>,
}

#[derive(Template)]
#[template(path = "bookings/day.html")]
struct DayPage {
    page: Page,
    date: String,
    day: String,
    bookings: Vec<BookingView>,
    to_ring: Vec<RingView>,
    /// Those on the list that staff have rung, with who and when.
    rung: Vec<RungView>,
    /// The citizens' notes of disagreement on the day's bookings, each named by whose
    /// booking at what time.
    record_notes: Vec<crate::mydata::NoteView>,
}

/// A citizen rung about a late letter: "Jonas Berg ringede 5. december 2026 kl. 14.03".
struct RungView {
    booking: BookingView,
    say: &'static str,
    by: String,
    at: String,
}

/// A citizen to ring because their paper letter about a booking comes too late.
struct RingView {
    booking: BookingView,
    /// "Sig tiden", "Sig at tiden er aflyst".
    say: &'static str,
    arrives: String,
    phone: Option<String>,
}

/// The day's bookings for the front desk and caseworkers, with phone numbers to ring.
pub(crate) async fn day(
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
    let (mut bookings, mut record_notes) = (Vec::new(), Vec::new());
    for b in crate::bookings::of_day(&state.db, date).await? {
        audit_read(&state, &staff, &b, "the day's bookings").await?;
        let view = view_of(&state, &page, &b).await?;
        if let Some(citizen) = &b.citizen_id {
            let record = crate::mydata::Record::Booking(b.id.clone());
            for mut note in
                crate::mydata::notes_for_staff(&state.db, page.lang, citizen, &record).await?
            {
                note.record = format!("{}, {}", view.name, view.time);
                record_notes.push(note);
            }
        }
        bookings.push(view);
    }
    let mut to_ring = Vec::new();
    for (b, late) in
        crate::bookings::to_ring(&state.db, &state.clock, &state.authority.post).await?
    {
        audit_read(&state, &staff, &b, "paper too late: ring the citizen").await?;
        to_ring.push(RingView {
            booking: view_of(&state, &page, &b).await?,
            say: say_key(late.news),
            arrives: long_date(page.lang, late.arrives_on),
            phone: late.phone,
        });
    }
    let mut rung = Vec::new();
    for (b, late, call) in
        crate::bookings::rung_about(&state.db, &state.clock, &state.authority.post).await?
    {
        let by = match &call.by {
            Actor::Person(id) => crate::auth::user(&state.db.pool, id)
                .await?
                .map(|user| user.name)
                .unwrap_or_default(),
            other => other.as_text(),
        };
        rung.push(RungView {
            booking: view_of(&state, &page, &b).await?,
            say: say_key(late.news),
            by,
            // "05.12.2026 kl. 17.42"
            at: crate::i18n::format_date(page.lang, call.at),
        });
    }
    render(&DayPage {
        date: date.to_string(),
        day: long_date(page.lang, date),
        page,
        bookings,
        to_ring,
        rung,
        record_notes,
    })
}

fn say_key(news: crate::bookings::News) -> &'static str {
    match news {
        crate::bookings::News::Booked => "bookings-ring-say-booked",
        crate::bookings::News::Cancelled => "bookings-ring-say-cancelled",
    }
}

#[derive(Deserialize)]
pub(crate) struct RungForm {
    /// The day the list was shown for, to go back to.
    #[serde(default)]
    dato: String,
}

/// Staff mark that they rang a citizen on the list "Ring og sig tiden": the citizen leaves
/// the list (and the count on "Min side"), and the day's page says who rang and when.
pub(crate) async fn mark_rung(
    State(state): State<AppState>,
    user: RequireUser,
    axum::extract::Path(id): axum::extract::Path<String>,
    Form(form): Form<RungForm>,
) -> Result<axum::response::Redirect, AppError> {
    let staff = staff(user, &[Role::FrontDesk, Role::Caseworker])?;
    let by = Actor::Person(staff.id);
    match crate::bookings::mark_rung(&state.db, &state.clock, &state.authority.post, &id, by)
        .await?
    {
        crate::bookings::RingMark::NotOnList => Err(AppError::NotFound),
        crate::bookings::RingMark::Marked | crate::bookings::RingMark::Already => {
            let day = form
                .dato
                .parse::<Date>()
                .map(|d| format!("?dato={d}"))
                .unwrap_or_default();
            Ok(axum::response::Redirect::to(&format!(
                "/tider/dagen{day}#rung"
            )))
        }
    }
}

/// Staff read a citizen's booking on a list: the citizen sees who, and why.
async fn audit_read(
    state: &AppState,
    staff: &User,
    booking: &Booking,
    purpose: &str,
) -> Result<(), AppError> {
    if let Some(citizen) = &booking.citizen_id {
        audit::record(
            &state.db,
            &state.clock,
            NewEntry::new(Actor::Person(staff.id.clone()), "booking.read")
                .subject(citizen)
                .object(&booking.id)
                .purpose(purpose),
        )
        .await?;
    }
    Ok(())
}
