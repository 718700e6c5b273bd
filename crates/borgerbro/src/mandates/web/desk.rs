//! The front desk: gives a permission for a citizen there in person (also without MitID
//! or a CPR number), prints the receipt, and protects a citizen against digital control.

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{Html, IntoResponse, Redirect, Response};
use axum_extra::extract::Form;
use jiff::civil::Date;
use jiff::ToSpan;
use serde::Deserialize;

use super::{view_of, MandateView};
use crate::audit::{self, Actor, NewEntry};
use crate::auth::{RequireUser, Role};
use crate::forms::FormErrors;
use crate::i18n::Lang;
use crate::mandates::api::give_error;
use crate::mandates::{GiveError, Giver, Proposal, ResumeError, Rights, Scope};
use crate::people::{self};
use crate::state::AppState;
use crate::web::{render, AppError, Page};

/// The front desk's form, kept as typed.
#[derive(Deserialize, Default)]
pub(crate) struct DeskForm {
    #[serde(default)]
    helper_query: String,
    #[serde(default)]
    helper_id: String,
    #[serde(default)]
    scope: Vec<String>,
    #[serde(default)]
    rights: String,
    #[serde(default)]
    valid_to: String,
    #[serde(default)]
    note: String,
    #[serde(default)]
    identity_check: String,
    #[serde(default)]
    action: String,
}

impl DeskForm {
    fn has_scope(&self, scope: &Scope) -> bool {
        self.scope.iter().any(|s| s == scope.as_str())
    }
}

#[derive(Template)]
#[template(path = "mandates/desk.html")]
struct DeskPage {
    page: Page,
    citizen: people::Profile,
    form: DeskForm,
    errors: FormErrors,
    matches: Vec<people::Profile>,
    scopes: Vec<Scope>,
    checks: [&'static str; 4],
    /// The permissions the citizen has given that still count, to change at the desk.
    mandates: Vec<MandateView>,
    /// How many paused permissions the citizen just had resumed.
    resumed: Option<usize>,
}

impl DeskPage {
    /// Some of the permissions are paused: the desk can resume those the citizen chooses.
    fn any_paused(&self) -> bool {
        self.mandates
            .iter()
            .any(|m| m.status == crate::mandates::Status::Suspended)
    }
}

#[derive(Deserialize)]
pub(crate) struct DeskQuery {
    /// How many paused permissions were just resumed.
    genoptaget: Option<usize>,
}

/// The citizen's permissions that still count, as the front desk sees them.
async fn desk_mandates(
    state: &AppState,
    citizen_id: &str,
    lang: Lang,
) -> Result<Vec<MandateView>, AppError> {
    let mut views = Vec::new();
    for row in crate::mandates::of_citizen(&state.db, citizen_id).await? {
        let view = view_of(state, &row, &row.helper_id, lang).await?;
        if view.in_force() {
            views.push(view);
        }
    }
    Ok(views)
}

async fn desk_citizen(state: &AppState, id: &str) -> Result<people::Profile, AppError> {
    people::profile(&state.db, id)
        .await?
        .ok_or(AppError::NotFound)
}

/// The front desk gives a permission for a citizen who is there in person, after
/// checking who they are: also for a citizen without MitID or a CPR number.
pub(crate) async fn desk_page(
    State(state): State<AppState>,
    page: Page,
    user: RequireUser,
    Path(citizen_id): Path<String>,
    Query(query): Query<DeskQuery>,
) -> Result<Html<String>, AppError> {
    let staff = user.with_role(Role::FrontDesk)?;
    let until = state
        .clock
        .today()
        .checked_add(state.authority.mandates.default_days.days())
        .unwrap_or(state.clock.today());
    let citizen = desk_citizen(&state, &citizen_id).await?;
    let mandates = desk_mandates(&state, &citizen.person_id, page.lang).await?;
    audit::record(
        &state.db,
        &state.clock,
        NewEntry::new(Actor::Person(staff.id), "mandate.list")
            .subject(&citizen.person_id)
            .acting_for(&citizen.person_id),
    )
    .await?;
    render(&DeskPage {
        citizen,
        mandates,
        page,
        form: DeskForm {
            rights: Rights::Look.as_str().into(),
            valid_to: until.to_string(),
            ..DeskForm::default()
        },
        errors: FormErrors::default(),
        matches: Vec::new(),
        scopes: Scope::all(),
        checks: crate::mandates::model::IDENTITY_CHECKS,
        resumed: query.genoptaget,
    })
}

pub(crate) async fn desk_give(
    State(state): State<AppState>,
    page: Page,
    user: RequireUser,
    Path(citizen_id): Path<String>,
    Form(form): Form<DeskForm>,
) -> Result<Response, AppError> {
    let staff = user.with_role(Role::FrontDesk)?;
    let citizen = desk_citizen(&state, &citizen_id).await?;
    let mut errors = FormErrors::default();
    let mut matches = Vec::new();
    if form.action == "search" {
        matches = people::search(&state.db, &form.helper_query).await?;
        if matches.is_empty() {
            errors.add("helper_query", "post-recipient-none-found");
        }
    } else {
        if form.helper_id.is_empty() {
            errors.add("helper_query", "desk-helper-missing");
        }
        let identity_check = crate::mandates::model::identity_check(&form.identity_check)
            .map_err(|problem| errors.add("identity_check", problem))
            .ok();
        let note = errors.take("note", crate::mandates::model::note(&form.note));
        let scopes = errors.take("areas", crate::mandates::model::scopes(&form.scope));
        let rights = Rights::parse(&form.rights);
        let valid_to = form.valid_to.parse::<Date>().ok();
        if valid_to.is_none() {
            errors.add("valid_to", "mandate-date-invalid");
        }
        if let (Some(rights), Some(valid_to), Some(identity_check), true) =
            (rights, valid_to, identity_check, errors.is_empty())
        {
            let proposal = Proposal {
                citizen_id: citizen.person_id.clone(),
                helper_id: form.helper_id.clone(),
                scopes,
                rights,
                valid_from: state.clock.today(),
                valid_to,
            };
            let in_person = crate::mandates::InPerson { identity_check };
            let give = crate::mandates::Give {
                proposal,
                note,
                giver: Giver::FrontDesk(staff.id.clone()),
                in_person: Some(in_person),
                idempotency: None,
            };
            match crate::mandates::give(&state.db, &state.clock, &state.authority, give).await {
                Ok(given) => {
                    let given = given.into_inner();
                    return Ok(Redirect::to(&format!(
                        "/borgerservice/{}/tilladelse/{}/kvittering",
                        given.citizen_id, given.id
                    ))
                    .into_response());
                }
                Err(GiveError::Problems(problems)) => {
                    for (field, message) in problems {
                        let field = if field == "helper" {
                            "helper_query"
                        } else {
                            field
                        };
                        errors.add(field, message);
                    }
                }
                Err(other) => return Err(give_error(other)),
            }
        }
    }
    let status = if errors.is_empty() {
        StatusCode::OK
    } else {
        StatusCode::UNPROCESSABLE_ENTITY
    };
    let mandates = desk_mandates(&state, &citizen.person_id, page.lang).await?;
    let html = render(&DeskPage {
        mandates,
        page,
        citizen,
        form,
        errors,
        matches,
        scopes: Scope::all(),
        checks: crate::mandates::model::IDENTITY_CHECKS,
        resumed: None,
    })?;
    Ok((status, html).into_response())
}

#[derive(Template)]
#[template(path = "mandates/receipt.html")]
struct ReceiptPage {
    page: Page,
    mandate: MandateView,
    citizen: String,
}

/// The printed receipt the citizen takes home: what they gave, to whom, until when, and
/// how to end it.
pub(crate) async fn receipt(
    State(state): State<AppState>,
    page: Page,
    user: RequireUser,
    Path((citizen_id, id)): Path<(String, String)>,
) -> Result<Html<String>, AppError> {
    let staff = user.with_role(Role::FrontDesk)?;
    let row = crate::mandates::mandate(&state.db, &id)
        .await?
        .filter(|row| row.citizen_id == citizen_id)
        .ok_or(AppError::NotFound)?;
    audit::record(
        &state.db,
        &state.clock,
        NewEntry::new(Actor::Person(staff.id), "mandate.receipt")
            .subject(&row.citizen_id)
            .object(&row.id),
    )
    .await?;
    let citizen = people::profile(&state.db, &row.citizen_id)
        .await?
        .ok_or(AppError::NotFound)?;
    // The citizen takes it home: in their language, whatever the desk's screen shows.
    let page = Page {
        lang: Lang::from_code(&citizen.language).unwrap_or_default(),
        ..page
    };
    render(&ReceiptPage {
        mandate: view_of(&state, &row, &row.helper_id, page.lang).await?,
        page,
        citizen: citizen.name,
    })
}

#[derive(Deserialize)]
pub(crate) struct ProtectForm {
    /// "1" to protect, "0" to lift it.
    protect: String,
    /// Present when every permission should pause at once.
    pause: Option<String>,
}

/// The front desk protects a citizen at their request, or lifts it.
pub async fn protect(
    State(state): State<AppState>,
    user: RequireUser,
    Path(citizen_id): Path<String>,
    Form(form): Form<ProtectForm>,
) -> Result<Redirect, AppError> {
    let staff = user.with_role(Role::FrontDesk)?;
    let citizen = people::profile(&state.db, &citizen_id)
        .await?
        .ok_or(AppError::NotFound)?;
    let protect = form.protect == "1";
    crate::mandates::protect(
        &state.db,
        &state.clock,
        &citizen.person_id,
        protect,
        form.pause.is_some(),
        Actor::Person(staff.id),
    )
    .await?;
    // Lifting the protection lifts no pause by itself: the citizen, who is here, says
    // which of the paused permissions should let their helper back in.
    if !protect
        && !crate::mandates::paused(&state.db, &state.clock, &citizen.person_id)
            .await?
            .is_empty()
    {
        return Ok(Redirect::to(&format!(
            "/borgerservice/{}/genoptag",
            citizen.person_id
        )));
    }
    Ok(Redirect::to(&format!(
        "/borgerservice/{}/post",
        citizen.person_id
    )))
}

/// The front desk's form to resume paused permissions, kept as typed.
#[derive(Deserialize, Default)]
pub(crate) struct ResumeForm {
    /// The ids of the permissions the citizen chose.
    #[serde(default)]
    mandate: Vec<String>,
    #[serde(default)]
    identity_check: String,
}

#[derive(Template)]
#[template(path = "mandates/resume.html")]
struct ResumePage {
    page: Page,
    citizen: people::Profile,
    /// The citizen's permissions that are paused now.
    paused: Vec<MandateView>,
    form: ResumeForm,
    errors: FormErrors,
    checks: [&'static str; 4],
}

impl ResumePage {
    fn chosen(&self, id: &str) -> bool {
        self.form.mandate.iter().any(|m| m == id)
    }
}

async fn paused_views(
    state: &AppState,
    citizen_id: &str,
    lang: Lang,
) -> Result<Vec<MandateView>, AppError> {
    let mut views = Vec::new();
    for row in crate::mandates::paused(&state.db, &state.clock, citizen_id).await? {
        views.push(view_of(state, &row, &row.helper_id, lang).await?);
    }
    Ok(views)
}

/// The citizen's paused permissions, for the citizen at the desk to choose which to resume
/// (after "Fjern beskyttelsen", or any time later). None ticked in advance: each one lets
/// someone back into their post, so each is the citizen's own choice.
pub(crate) async fn resume_page(
    State(state): State<AppState>,
    page: Page,
    user: RequireUser,
    Path(citizen_id): Path<String>,
) -> Result<Html<String>, AppError> {
    user.with_role(Role::FrontDesk)?;
    let citizen = desk_citizen(&state, &citizen_id).await?;
    let paused = paused_views(&state, &citizen.person_id, page.lang).await?;
    render(&ResumePage {
        page,
        citizen,
        paused,
        form: ResumeForm::default(),
        errors: FormErrors::default(),
        checks: crate::mandates::model::IDENTITY_CHECKS,
    })
}

pub(crate) async fn resume(
    State(state): State<AppState>,
    page: Page,
    user: RequireUser,
    Path(citizen_id): Path<String>,
    Form(form): Form<ResumeForm>,
) -> Result<Response, AppError> {
    let staff = user.with_role(Role::FrontDesk)?;
    let citizen = desk_citizen(&state, &citizen_id).await?;
    let mut errors = FormErrors::default();
    if form.mandate.is_empty() {
        errors.add("mandates", "resume-none-chosen");
    }
    let identity_check = crate::mandates::model::identity_check(&form.identity_check)
        .map_err(|problem| errors.add("identity_check", problem))
        .ok();
    if let (Some(identity_check), true) = (identity_check, errors.is_empty()) {
        match crate::mandates::resume(
            &state.db,
            &state.clock,
            &state.authority.post,
            &citizen.person_id,
            &form.mandate,
            &identity_check,
            Actor::Person(staff.id),
        )
        .await
        {
            Ok(resumed) => {
                return Ok(Redirect::to(&format!(
                    "/borgerservice/{}/tilladelse?genoptaget={}",
                    citizen.person_id,
                    resumed.len()
                ))
                .into_response())
            }
            // Ended, or resumed at another desk, since the page was shown: show it again
            // as it is now.
            Err(ResumeError::NotPaused) => errors.add("mandates", "resume-not-paused"),
            Err(ResumeError::Database(error)) => return Err(error.into()),
            Err(ResumeError::Letter(error)) => return Err(error.into()),
        }
    }
    let paused = paused_views(&state, &citizen.person_id, page.lang).await?;
    let html = render(&ResumePage {
        page,
        citizen,
        paused,
        form,
        errors,
        checks: crate::mandates::model::IDENTITY_CHECKS,
    })?;
    Ok((StatusCode::UNPROCESSABLE_ENTITY, html).into_response())
}
