//! The front desk gives a reason: before staff open a citizen's data at
//! `/borgerservice/{citizen}/...` (post, mine data, permissions, bookings), they say why
//! at `/borgerservice/{citizen}/hvorfor` (a short reason or a case number), kept for that
//! citizen for their session and at most eight hours. The reason is the purpose of every
//! look they then make at that citizen's data ([`gate`] hands it to `audit` for the
//! request), so the citizen reads it in "Hvem har kigget".

use askama::Template;
use axum::extract::{Path, Query, Request, State};
use axum::http::{Method, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Redirect, Response};
use axum::Form;
use serde::Deserialize;
use sqlx::Row;

use crate::audit::{self, Actor, GivenPurpose};
use crate::auth::{self, RequireUser, Role, SessionHash, User};
use crate::forms::FormErrors;
use crate::state::AppState;
use crate::web::{render, AppError, Page};

/// How long a reason holds at most, also when the session lasts longer.
pub(crate) const REASON_HOURS: i64 = 8;
/// The longest reason.
pub(crate) const MAX_REASON_CHARS: usize = 200;

/// The segments after `/borgerservice/` that are not a citizen.
const NOT_A_CITIZEN: [&str; 2] = ["tilladelse", "fastlaast"];

/// The citizen a desk page under `/borgerservice/{citizen}/...` is about, for a page that
/// needs a reason; `None` for every other path (and the reason page itself).
fn citizen_of(path: &str) -> Option<&str> {
    let rest = path.strip_prefix("/borgerservice/")?;
    let (citizen, page) = rest.split_once('/')?;
    (!citizen.is_empty()
        && !page.is_empty()
        && !NOT_A_CITIZEN.contains(&citizen)
        && page != "hvorfor"
        && !page.starts_with("hvorfor/"))
    .then_some(citizen)
}

/// Where to go after the reason: a page of ours about the same citizen, else her data.
fn target(citizen: &str, raw: Option<&str>) -> String {
    auth::local_path(raw)
        .filter(|p| citizen_of(p.split('?').next().unwrap_or_default()) == Some(citizen))
        .unwrap_or_else(|| format!("/borgerservice/{citizen}/mine-data"))
}

async fn reason_of(
    state: &AppState,
    session: &str,
    citizen: &str,
) -> Result<Option<String>, sqlx::Error> {
    sqlx::query(
        "SELECT reason FROM desk_reasons WHERE session_hash = $1 AND citizen_id = $2 \
         AND expires_at > $3",
    )
    .bind(session)
    .bind(citizen)
    .bind(state.clock.now_ms())
    .fetch_optional(&state.db.pool)
    .await?
    .map(|row| row.try_get("reason"))
    .transpose()
}

/// Sends front desk staff who open a citizen's data without a reason to the reason page
/// (keeping where they were going), and runs the page with the reason as the purpose of
/// every look it records.
pub(crate) async fn gate(State(state): State<AppState>, request: Request, next: Next) -> Response {
    let Some(citizen) = citizen_of(request.uri().path()).map(str::to_owned) else {
        return next.run(request).await;
    };
    let staff = request
        .extensions()
        .get::<User>()
        .filter(|u| u.has(Role::FrontDesk))
        .cloned();
    let session = request.extensions().get::<SessionHash>().cloned();
    let (Some(staff), Some(SessionHash(session))) = (staff, session) else {
        return next.run(request).await;
    };
    let reason = match reason_of(&state, &session, &citizen).await {
        Ok(reason) => reason,
        Err(error) => return AppError::from(error).into_response(),
    };
    match reason {
        Some(reason) => {
            let given = GivenPurpose {
                actor: Actor::Person(staff.id.clone()),
                subject: citizen,
                purpose: reason,
            };
            audit::with_purpose(given, next.run(request)).await
        }
        None if matches!(*request.method(), Method::GET | Method::HEAD) => {
            let wanted = request
                .uri()
                .path_and_query()
                .map(|p| p.as_str().to_owned())
                .unwrap_or_default();
            let to = format!(
                "/borgerservice/{citizen}/hvorfor?til={}",
                url::form_urlencoded::byte_serialize(wanted.as_bytes()).collect::<String>()
            );
            Redirect::to(&to).into_response()
        }
        // A form sent from a page that needs no reason (the search's choice of paper
        // post) is a change the member of staff makes with the citizen, and audited as such.
        None => next.run(request).await,
    }
}

#[derive(Deserialize, Default)]
pub(crate) struct ReasonForm {
    #[serde(default)]
    reason: String,
    #[serde(default)]
    til: String,
}

#[derive(Deserialize)]
pub(crate) struct ReasonQuery {
    til: Option<String>,
}

#[derive(Template)]
#[template(path = "mydata/desk_reason.html")]
struct ReasonPage {
    page: Page,
    citizen_id: String,
    name: String,
    form: ReasonForm,
    errors: FormErrors,
}

async fn citizen_name(state: &AppState, citizen: &str) -> Result<String, AppError> {
    Ok(auth::user(&state.db.pool, citizen)
        .await?
        .ok_or(AppError::NotFound)?
        .name)
}

/// The reason page.
pub(crate) async fn ask(
    State(state): State<AppState>,
    page: Page,
    user: RequireUser,
    Path(citizen): Path<String>,
    Query(query): Query<ReasonQuery>,
) -> Result<Response, AppError> {
    user.with_role(Role::FrontDesk)?;
    let name = citizen_name(&state, &citizen).await?;
    let form = ReasonForm {
        reason: String::new(),
        til: target(&citizen, query.til.as_deref()),
    };
    Ok(render(&ReasonPage {
        page,
        citizen_id: citizen,
        name,
        form,
        errors: FormErrors::default(),
    })?
    .into_response())
}

/// Keeps the reason for this session and goes where the member of staff was going.
pub(crate) async fn give(
    State(state): State<AppState>,
    page: Page,
    user: RequireUser,
    session: Option<axum::Extension<SessionHash>>,
    Path(citizen): Path<String>,
    Form(form): Form<ReasonForm>,
) -> Result<Response, AppError> {
    let staff = user.with_role(Role::FrontDesk)?;
    let name = citizen_name(&state, &citizen).await?;
    let Some(axum::Extension(SessionHash(session))) = session else {
        return Err(AppError::Unauthorized);
    };
    let mut errors = FormErrors::default();
    let reason = errors.line(
        "reason",
        &form.reason,
        MAX_REASON_CHARS,
        "desk-reason-too-long",
    );
    if reason.is_empty() && errors.is_empty() {
        errors.add("reason", "desk-reason-missing");
    }
    let til = target(&citizen, Some(&form.til));
    if !errors.is_empty() {
        let html = render(&ReasonPage {
            page,
            citizen_id: citizen,
            name,
            form: ReasonForm {
                reason: form.reason,
                til,
            },
            errors,
        })?;
        return Ok((StatusCode::UNPROCESSABLE_ENTITY, html).into_response());
    }
    let now = state.clock.now_ms();
    let mut tx = state.db.pool.begin().await?;
    sqlx::query("DELETE FROM desk_reasons WHERE session_hash = $1 AND citizen_id = $2")
        .bind(&session)
        .bind(&citizen)
        .execute(&mut *tx)
        .await?;
    sqlx::query(
        "INSERT INTO desk_reasons (session_hash, citizen_id, staff_id, reason, given_at, \
         expires_at) VALUES ($1, $2, $3, $4, $5, $6)",
    )
    .bind(&session)
    .bind(&citizen)
    .bind(&staff.id)
    .bind(&reason)
    .bind(now)
    .bind(now + REASON_HOURS * 3_600_000)
    .execute(&mut *tx)
    .await?;
    tx.commit().await?;
    Ok(Redirect::to(&til).into_response())
}

/// Deletes the reasons whose eight hours have passed (by the sweep, each minute): they
/// name which citizen a staff member looked at and why, and are kept no longer than they
/// serve. The audit entries they gave their purpose to keep it.
pub(crate) async fn forget_expired(db: &crate::db::Db, now_ms: i64) -> Result<u64, sqlx::Error> {
    Ok(
        sqlx::query("DELETE FROM desk_reasons WHERE expires_at <= $1")
            .bind(now_ms)
            .execute(&db.pool)
            .await?
            .rows_affected(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_a_citizens_desk_pages_need_a_reason_and_only_they_are_targets() {
        assert_eq!(citizen_of("/borgerservice/c1/mine-data"), Some("c1"));
        assert_eq!(citizen_of("/borgerservice/c1/tider/ny"), Some("c1"));
        assert_eq!(citizen_of("/borgerservice/c1/hvorfor"), None);
        assert_eq!(citizen_of("/borgerservice/tilladelse/x/ret"), None);
        assert_eq!(citizen_of("/borgerservice/fastlaast"), None);
        assert_eq!(citizen_of("/borgerservice"), None);
        assert_eq!(citizen_of("/post"), None);
        assert_eq!(
            target("c1", Some("/borgerservice/c1/post?x=1")),
            "/borgerservice/c1/post?x=1"
        );
        for away in [
            "https://evil.example/",
            "//evil.example/x",
            "/borgerservice/c2/post",
            "/post",
        ] {
            assert_eq!(
                target("c1", Some(away)),
                "/borgerservice/c1/mine-data",
                "{away}"
            );
        }
    }
}
