//! The front desk gives a reason: before staff open or change a citizen's data at
//! `/borgerservice/{citizen}/...` (post, mine data, permissions, bookings), they say why
//! (a short reason or a case number), kept for that citizen for their session and at most
//! eight hours. The reason is the purpose of every look and change they then make at that
//! citizen's data ([`gate`] hands it to `audit` for the request), so the citizen reads it
//! in "Hvem har kigget". A page is asked for at `/borgerservice/{citizen}/hvorfor`; a
//! form sent without a reason is answered with the same question, which carries the
//! form's values and sends them on with the reason.

use askama::Template;
use axum::body::{to_bytes, Body};
use axum::extract::{FromRequestParts, Path, Query, Request, State};
use axum::http::{header, HeaderValue, Method, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Redirect, Response};
use axum::Form;
use serde::Deserialize;

use super::store::{self, GivenReason};
use crate::audit::{self, Actor, GivenPurpose};
use crate::auth::{self, RequireUser, Role, SessionHash, User};
use crate::forms::FormErrors;
use crate::state::AppState;
use crate::web::{render, AppError, Page};

/// How long a reason holds at most, also when the session lasts longer.
pub(crate) const REASON_HOURS: i64 = 8;
/// The longest reason.
pub(crate) const MAX_REASON_CHARS: usize = 200;
/// The reason's field when the question answers a form: a name no form of ours uses, so
/// it cannot clash with the fields it carries.
const CARRIED_REASON_FIELD: &str = "desk_reason";
/// The CSRF check has already refused bigger forms.
const MAX_FORM_BYTES: usize = 1024 * 1024;

/// The segments after `/borgerservice/` that are not a citizen.
const NOT_A_CITIZEN: [&str; 1] = ["fastlaast"];

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

/// Sends front desk staff who open a citizen's data without a reason to the reason page
/// (keeping where they were going), answers a form they send without one with the
/// question (carrying the form), and runs the page with the reason as the purpose of
/// every look and change it records.
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
    let reason = match store::reason_of(&state.db, &session, &citizen, state.clock.now_ms()).await {
        Ok(reason) => reason,
        Err(error) => return AppError::from(error).into_response(),
    };
    let with_reason = |reason: String, request: Request| {
        let given = GivenPurpose {
            actor: Actor::Person(staff.id.clone()),
            subject: citizen.clone(),
            purpose: reason,
        };
        audit::with_purpose(given, next.run(request))
    };
    match reason {
        Some(reason) => with_reason(reason, request).await,
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
        None => match carried_reason(&state, &staff, &session, &citizen, request).await {
            Ok(Carried::Given(reason, request)) => with_reason(reason, request).await,
            Ok(Carried::Asked(response)) => response,
            Err(error) => error.into_response(),
        },
    }
}

enum Carried {
    /// The form came with a reason, now kept: the form as it was first sent, to run.
    Given(String, Request),
    /// The question, carrying the form; nothing was changed.
    Asked(Response),
}

/// A form sent without a kept reason: if it carries one from the question, keeps it and
/// gives back the form without it; otherwise answers with the question (again, with
/// what is wrong), carrying every field the form sent so that nothing typed is lost.
async fn carried_reason(
    state: &AppState,
    staff: &User,
    session: &str,
    citizen: &str,
    request: Request,
) -> Result<Carried, AppError> {
    let (mut parts, body) = request.into_parts();
    // Only an ordinary form can be carried through a page; a file upload's body is not
    // (no desk form under a citizen uploads one), so it is asked without its fields.
    let is_form = parts
        .headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("application/x-www-form-urlencoded"));
    let bytes = match is_form {
        true => to_bytes(body, MAX_FORM_BYTES)
            .await
            .map_err(|_| AppError::TooLarge("error-too-large-next"))?,
        false => Default::default(),
    };
    let mut fields: Vec<(String, String)> =
        url::form_urlencoded::parse(&bytes).into_owned().collect();
    let typed = fields
        .iter()
        .position(|(name, _)| name == CARRIED_REASON_FIELD)
        .map(|at| fields.remove(at).1);
    fields.retain(|(name, _)| name != CARRIED_REASON_FIELD);
    let mut errors = FormErrors::default();
    if let Some(typed) = &typed {
        let reason = check(&mut errors, CARRIED_REASON_FIELD, typed);
        if errors.is_empty() {
            keep(state, session, citizen, staff, &reason).await?;
            let body = url::form_urlencoded::Serializer::new(String::new())
                .extend_pairs(&fields)
                .finish();
            parts
                .headers
                .insert(header::CONTENT_LENGTH, HeaderValue::from(body.len() as u64));
            return Ok(Carried::Given(
                reason,
                Request::from_parts(parts, Body::from(body)),
            ));
        }
    }
    let page = Page::from_request_parts(&mut parts, state).await?;
    let status = match errors.is_empty() {
        true => StatusCode::OK,
        false => StatusCode::UNPROCESSABLE_ENTITY,
    };
    // The page's own token goes with the question; the form's is the same cookie's.
    fields.retain(|(name, _)| name != auth::CSRF_FIELD);
    let html = render(&ReasonPage {
        name: citizen_name(state, citizen).await?,
        action: page.path.clone(),
        field: CARRIED_REASON_FIELD,
        reason: typed.unwrap_or_default(),
        til: None,
        carried: fields,
        errors,
        page,
    })?;
    Ok(Carried::Asked((status, html).into_response()))
}

/// A reason as typed: trimmed, one line, not empty, at most 200 characters.
fn check(errors: &mut FormErrors, field: &'static str, typed: &str) -> String {
    let reason = errors.line(field, typed, MAX_REASON_CHARS, "desk-reason-too-long");
    if reason.is_empty() && errors.is_empty() {
        errors.add(field, "desk-reason-missing");
    }
    reason
}

async fn keep(
    state: &AppState,
    session: &str,
    citizen: &str,
    staff: &User,
    reason: &str,
) -> Result<(), AppError> {
    let now = state.clock.now_ms();
    let given = GivenReason {
        session,
        citizen,
        staff: &staff.id,
        reason,
        given_at: now,
        expires_at: now + REASON_HOURS * 3_600_000,
    };
    Ok(store::keep(&state.db, given).await?)
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

/// The question, as its own page (`til`: where to go after) or as the answer to a form
/// sent without a reason (`carried`: that form's fields, sent on to the same address).
#[derive(Template)]
#[template(path = "mydata/desk_reason.html")]
struct ReasonPage {
    page: Page,
    name: String,
    action: String,
    field: &'static str,
    reason: String,
    til: Option<String>,
    carried: Vec<(String, String)>,
    errors: FormErrors,
}

async fn citizen_name(state: &AppState, citizen: &str) -> Result<String, AppError> {
    Ok(auth::user(&state.db.pool, citizen)
        .await?
        .ok_or(AppError::NotFound)?
        .name)
}

fn reason_page(
    page: Page,
    citizen: String,
    name: String,
    form: ReasonForm,
    errors: FormErrors,
) -> ReasonPage {
    ReasonPage {
        page,
        action: format!("/borgerservice/{citizen}/hvorfor"),
        name,
        field: "reason",
        reason: form.reason,
        til: Some(form.til),
        carried: Vec::new(),
        errors,
    }
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
    let html = render(&reason_page(
        page,
        citizen,
        name,
        form,
        FormErrors::default(),
    ))?;
    Ok(html.into_response())
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
    let reason = check(&mut errors, "reason", &form.reason);
    let til = target(&citizen, Some(&form.til));
    if !errors.is_empty() {
        let form = ReasonForm {
            reason: form.reason,
            til,
        };
        let html = render(&reason_page(page, citizen, name, form, errors))?;
        return Ok((StatusCode::UNPROCESSABLE_ENTITY, html).into_response());
    }
    keep(&state, &session, &citizen, &staff, &reason).await?;
    Ok(Redirect::to(&til).into_response())
}

/// Deletes the reasons whose eight hours have passed (by the sweep, each minute): they
/// name which citizen a staff member looked at and why, and are kept no longer than they
/// serve. The audit entries they gave their purpose to keep it.
pub(crate) async fn forget_expired(db: &crate::db::Db, now_ms: i64) -> Result<u64, sqlx::Error> {
    store::forget_expired(db, now_ms).await
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_a_citizens_desk_pages_need_a_reason_and_only_they_are_targets() {
        assert_eq!(citizen_of("/borgerservice/c1/mine-data"), Some("c1"));
        assert_eq!(citizen_of("/borgerservice/c1/tider/ny"), Some("c1"));
        assert_eq!(citizen_of("/borgerservice/c1/hvorfor"), None);
        assert_eq!(
            citizen_of("/borgerservice/c1/tilladelse/x/ret"),
            Some("c1"),
            "changing a permission names the citizen, so it asks the reason"
        );
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
