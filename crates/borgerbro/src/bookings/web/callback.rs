//! "Ring mig op": a call-back asked for without login, and its calendar file.

use askama::Template;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{Html, IntoResponse, Response};
use axum_extra::extract::Form;
use serde::Deserialize;

use super::*;
use crate::audit::Actor;
use crate::bookings::model::{BookingDraft, Kind};
use crate::bookings::NewBooking;
use crate::forms::FormErrors;
use crate::idempotency::Made;
use crate::state::AppState;
use crate::web::client::ClientAddr;
use crate::web::rate_limit::refuse_form;
use crate::web::{render, AppError, Page};

/// The call-back form without login, kept as typed.
#[derive(Deserialize, Default)]
pub(crate) struct CallbackForm {
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
    let free = crate::bookings::free_slots(&state.db, &state.clock, Kind::Callback).await?;
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
pub(crate) async fn callback_form(
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

pub(crate) async fn callback(
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
    let slot_is_callback = crate::bookings::slot(&state.db, &form.slot_id)
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
    match crate::bookings::book(
        &state.db,
        &state.clock,
        &state.authority.post,
        &state.catalogue,
        new,
        Actor::System,
    )
    .await
    {
        Ok(Made::New(b) | Made::Repeat(b)) => {
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
pub(crate) async fn callback_calendar(
    State(state): State<AppState>,
    page: Page,
    Path(id): Path<String>,
) -> Result<Response, AppError> {
    let booking = crate::bookings::booking(&state.db, &id)
        .await?
        .filter(|b| b.citizen_id.is_none())
        .ok_or(AppError::NotFound)?;
    Ok(ics_response(crate::bookings::feed::meeting(
        page.lang, &booking, "",
    )))
}
