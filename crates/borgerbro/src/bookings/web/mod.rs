//! Booking pages, split by who uses them. The same booking pages serve three bookers,
//! told apart by the route's `Audience`: the citizen under `/tider`, the front desk for a
//! citizen under `/borgerservice/{citizen}/tider`, and a helper inside a permission under
//! `/jeg-hjaelper/{citizen}/tider` (`booker.rs`, with `Booker` here). Besides them: the
//! call-back without login (`callback.rs`) and the staff's slots and day (`staff.rs`).
//! What they share is here: who books, a booking and a day as the pages show them.

pub(crate) mod booker;
pub(crate) mod callback;
pub(crate) mod staff;

use std::collections::HashMap;

use axum::extract::{FromRequestParts, Path};
use axum::http::request::Parts;
use axum::http::{header, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::Extension;
use serde::Deserialize;

use crate::audit::{self, Actor, NewEntry};
use crate::auth::{self, RequireUser, Role, User};
use crate::bookings::model::{self};
use crate::bookings::{Audience, BookError, Booking, Refusal, Slot};
use crate::forms::FormErrors;
use crate::mandates::{self, acting_for, Acting, Rights, Scope};
use crate::state::AppState;
use crate::web::{long_date, AppError, Page};

/// Who books, for whom, and where their pages are.
pub(crate) struct Booker {
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
    audience: Audience,
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
                audience: Audience::Citizen,
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
                audience: Audience::FrontDesk,
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
            audience: Audience::Helper,
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
pub(crate) struct BookingAddress {
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
pub(crate) struct BookingView {
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
            crate::i18n::clock_time(page.lang, b.slot.window.starts_at),
            crate::i18n::clock_time(page.lang, b.slot.window.ends_at)
        ),
        place: super::where_text(&state.db, &state.catalogue, page.lang, b).await?,
        phone: b.phone.clone().unwrap_or_default(),
        topic: b.topic.clone(),
        note: b.note.clone().unwrap_or_default(),
    })
}

/// The free slots of a day, as the pages list them.
pub(crate) struct DayView {
    pub day: String,
    pub slots: Vec<SlotView>,
}

pub(crate) struct SlotView {
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
                        crate::i18n::clock_time(page.lang, s.window.starts_at),
                        crate::i18n::clock_time(page.lang, s.window.ends_at)
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
pub(crate) struct NoticeQuery {
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

pub(super) fn ics_response(ics: String) -> Response {
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

/// What a refused booking tells the booker: what happened and what to do.
pub(super) fn refusal_errors(error: BookError) -> Result<(StatusCode, FormErrors), AppError> {
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
        BookError::UnknownCitizen => return Err(AppError::NotFound),
        // The pages send no key.
        BookError::Idempotency(error) => return Err(error.into()),
        BookError::Database(error) => return Err(error.into()),
        BookError::Letter(error) => return Err(error.into()),
    };
    Ok((status, errors))
}
