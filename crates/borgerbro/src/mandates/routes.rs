//! Helping as people meet it, in plain words: "Dem der kan hjælpe dig" for the citizen
//! (give a permission, see what each helper did, stop it), and "Dem du hjælper" for the
//! helper (say yes, then read the citizen's post inside the permission, under a banner
//! that says whom they act for and what they may do).

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{Html, IntoResponse, Redirect, Response};
use axum_extra::extract::Form;
use jiff::civil::Date;
use jiff::ToSpan;
use serde::Deserialize;

use super::api::give_error;
use super::{GiveError, Giver, MandateRow, Proposal, Rights, Scope, Status};
use crate::audit::{self, Actor, NewEntry};
use crate::auth::{self, RequireUser, Role, User};
use crate::people::{self, Cpr};
use crate::post::view::{InboxNav, InboxQuery, LetterItem, LetterView, ReplyView};
use crate::post::{self, Opening};
use crate::state::AppState;
use crate::web::forms::FormErrors;
use crate::web::i18n::Lang;
use crate::web::{format_date, long_date, render, AppError, Page};

/// A permission as the pages show it, from the citizen's side or the helper's.
pub struct MandateView {
    pub(crate) id: String,
    /// The helper (on the citizen's pages) or the citizen (on the helper's).
    pub(crate) other_id: String,
    pub(crate) other_name: String,
    pub(crate) scope_keys: Vec<&'static str>,
    /// The same scopes in the helper's words.
    pub(crate) helper_scope_keys: Vec<&'static str>,
    pub(crate) rights_key: &'static str,
    pub(crate) until: String,
    pub(crate) status: Status,
    pub(crate) note: String,
    /// A change that gave more, waiting for the helper's yes, beside the permission it
    /// will replace: said on its row, so it is not read as a second permission.
    pub(crate) is_change: bool,
}

impl MandateView {
    fn is_active(&self) -> bool {
        self.status == Status::Active
    }

    fn is_pending(&self) -> bool {
        self.status == Status::Pending
    }

    /// Whether it still counts: the citizen can stop it.
    fn in_force(&self) -> bool {
        matches!(
            self.status,
            Status::Active | Status::Pending | Status::NotYetValid | Status::Suspended
        )
    }

    fn status_key(&self) -> &'static str {
        self.status.label_key()
    }
}

fn rights_key(rights: &str) -> &'static str {
    match rights {
        "act" => "mandate-rights-act",
        _ => "mandate-rights-look",
    }
}

async fn view_of(
    state: &AppState,
    row: &MandateRow,
    other_id: &str,
    lang: Lang,
) -> Result<MandateView, AppError> {
    let today = state.clock.today();
    let other_name = auth::user(&state.db.pool, other_id)
        .await?
        .map(|u| u.name)
        .unwrap_or_default();
    Ok(MandateView {
        id: row.id.clone(),
        other_id: other_id.to_owned(),
        other_name,
        scope_keys: row
            .scopes
            .split(',')
            .filter_map(Scope::parse)
            .map(Scope::explain_key)
            .collect(),
        helper_scope_keys: row
            .scopes
            .split(',')
            .filter_map(Scope::parse)
            .map(Scope::helper_key)
            .collect(),
        rights_key: rights_key(&row.rights),
        until: row
            .valid_to
            .parse::<Date>()
            .map(|d| long_date(lang, d))
            .unwrap_or_default(),
        status: super::rule_of(row).map_or(Status::Ended, |m| m.status(today)),
        note: row.note.clone().unwrap_or_default(),
        is_change: row.replaces.is_some(),
    })
}

/// What a helper did with the citizen's data, as the citizen reads it.
struct ActionView {
    at: String,
    helper: String,
    action_key: &'static str,
}

fn action_key(action: &str) -> &'static str {
    match action {
        "post.read" => "helper-action-read",
        "post.read_attachment" => "helper-action-read-attachment",
        "mandate.accept" => "helper-action-accept",
        "mandate.refused" => "helper-action-refused",
        "post.reply" => "helper-action-reply",
        "post.list" => "helper-action-list",
        _ => "helper-action-other",
    }
}

#[derive(Template)]
#[template(path = "mandates/helpers.html")]
struct HelpersPage {
    page: Page,
    mandates: Vec<MandateView>,
    actions: Vec<ActionView>,
    notice: Option<&'static str>,
}

#[derive(Deserialize)]
pub struct NoticeQuery {
    /// "givet", "stoppet", "rettet" or "rettet-venter": what the citizen just did.
    sket: Option<String>,
}

/// "Dem der kan hjælpe dig": everyone who can see the citizen's data, and everything
/// each of them did.
pub async fn helpers(
    State(state): State<AppState>,
    page: Page,
    user: RequireUser,
    Query(query): Query<NoticeQuery>,
) -> Result<Html<String>, AppError> {
    let citizen = user.with_role(Role::Citizen)?;
    let rows = super::of_citizen(&state.db, &citizen.id).await?;
    let mut mandates = Vec::new();
    for row in &rows {
        mandates.push(view_of(&state, row, &row.helper_id, page.lang).await?);
    }
    let mut actions = Vec::new();
    for entry in audit::about(&state.db, &citizen.id).await? {
        let helper = rows
            .iter()
            .find(|row| entry.actor == format!("person:{}", row.helper_id));
        if let (Some(row), true) = (helper, entry.action != "mandate.give") {
            let name = mandates
                .iter()
                .find(|m| m.other_id == row.helper_id)
                .map(|m| m.other_name.clone())
                .unwrap_or_default();
            actions.push(ActionView {
                at: format_date(entry.at_ms),
                helper: name,
                action_key: action_key(&entry.action),
            });
        }
    }
    let notice = match query.sket.as_deref() {
        Some("givet") => Some("helpers-given"),
        Some("stoppet") => Some("helpers-stopped"),
        Some("rettet") => Some("helpers-changed"),
        Some("rettet-venter") => Some("helpers-changed-waiting"),
        _ => None,
    };
    render(&HelpersPage {
        page,
        mandates,
        actions,
        notice,
    })
}

/// The give form's fields, kept as typed.
#[derive(Deserialize, Default)]
pub struct GiveForm {
    #[serde(default)]
    helper_cpr: String,
    #[serde(default)]
    scope: Vec<String>,
    #[serde(default)]
    rights: String,
    #[serde(default)]
    valid_to: String,
    #[serde(default)]
    note: String,
}

impl GiveForm {
    fn has_scope(&self, scope: &Scope) -> bool {
        self.scope.iter().any(|s| s == scope.as_str())
    }
}

#[derive(Template)]
#[template(path = "mandates/give.html")]
struct GivePage {
    page: Page,
    form: GiveForm,
    errors: FormErrors,
    scopes: Vec<Scope>,
}

pub async fn give_page(
    State(state): State<AppState>,
    page: Page,
    user: RequireUser,
) -> Result<Html<String>, AppError> {
    user.with_role(Role::Citizen)?;
    let until = state
        .clock
        .today()
        .checked_add(state.authority.mandates.default_days.days())
        .unwrap_or(state.clock.today());
    render(&GivePage {
        page,
        form: GiveForm {
            rights: Rights::Look.as_str().into(),
            valid_to: until.to_string(),
            ..GiveForm::default()
        },
        errors: FormErrors::default(),
        scopes: Scope::all(),
    })
}

pub async fn give(
    State(state): State<AppState>,
    page: Page,
    user: RequireUser,
    Form(form): Form<GiveForm>,
) -> Result<Response, AppError> {
    let citizen = user.with_role(Role::Citizen)?;
    let mut errors = FormErrors::default();
    let helper_id = match Cpr::parse(&form.helper_cpr) {
        Ok(cpr) => {
            let found = people::by_cpr(&state.db, &cpr).await?;
            if found.is_none() {
                errors.add("helper_cpr", "helpers-helper-unknown");
            }
            found
        }
        Err(error) => {
            errors.add("helper_cpr", error.message_key());
            None
        }
    };
    let scopes: Vec<Scope> = form.scope.iter().filter_map(|s| Scope::parse(s)).collect();
    let rights = Rights::parse(&form.rights);
    if rights.is_none() {
        errors.add("rights", "mandate-rights-unknown");
    }
    let valid_to = match form.valid_to.parse::<Date>() {
        Ok(date) => Some(date),
        Err(_) => {
            errors.add("valid_to", "mandate-date-invalid");
            None
        }
    };
    if let (Some(helper_id), Some(rights), Some(valid_to)) = (helper_id, rights, valid_to) {
        let proposal = Proposal {
            citizen_id: citizen.id.clone(),
            helper_id,
            scopes,
            rights,
            valid_from: state.clock.today(),
            valid_to,
        };
        let note = Some(form.note.trim().to_owned()).filter(|n| !n.is_empty());
        match super::give(
            &state.db,
            &state.clock,
            &state.authority,
            proposal,
            note,
            Giver::Citizen(citizen.id.clone()),
            None,
        )
        .await
        {
            Ok(_) if errors.is_empty() => {
                return Ok(Redirect::to("/hjaelpere?sket=givet").into_response())
            }
            Ok(_) => {}
            Err(GiveError::NeedsInPerson) => errors.add("helper_cpr", "mandate-needs-in-person"),
            Err(GiveError::Problems(problems)) => {
                for (field, message) in problems {
                    // The form names the helper by CPR number.
                    let field = if field == "helper" {
                        "helper_cpr"
                    } else {
                        field
                    };
                    errors.add(field, message);
                }
            }
            Err(other) => return Err(give_error(other)),
        }
    } else if form.scope.is_empty() {
        errors.add("areas", "mandate-areas-missing");
    }
    let html = render(&GivePage {
        page,
        form,
        errors,
        scopes: Scope::all(),
    })?;
    Ok((StatusCode::UNPROCESSABLE_ENTITY, html).into_response())
}

/// The citizen stops a permission; it ends at once.
pub async fn stop(
    State(state): State<AppState>,
    user: RequireUser,
    Path(id): Path<String>,
) -> Result<Redirect, AppError> {
    let citizen = user.with_role(Role::Citizen)?;
    match super::mandate(&state.db, &id).await? {
        Some(row) if row.citizen_id == citizen.id => {
            super::end(
                &state.db,
                &state.clock,
                &state.authority.post,
                &id,
                Actor::Person(citizen.id),
            )
            .await?;
            Ok(Redirect::to("/hjaelpere?sket=stoppet"))
        }
        _ => Err(AppError::NotFound),
    }
}

#[derive(Template)]
#[template(path = "mandates/change.html")]
struct ChangePage {
    page: Page,
    helper_name: String,
    form: GiveForm,
    errors: FormErrors,
    scopes: Vec<Scope>,
    /// Where the form goes and the way back: the citizen's pages or the front desk's.
    action: String,
    back: String,
    back_key: &'static str,
}

/// Whose pages change a permission: the citizen's own, or the front desk's for a citizen
/// at the desk. The rules are the same; the audit names who did it.
enum Changer {
    Citizen(User),
    FrontDesk(User),
}

impl Changer {
    fn action(&self, id: &str) -> String {
        match self {
            Changer::Citizen(_) => format!("/hjaelpere/{id}/ret"),
            Changer::FrontDesk(_) => format!("/borgerservice/tilladelse/{id}/ret"),
        }
    }

    fn back(&self, row: &MandateRow) -> (String, &'static str) {
        match self {
            Changer::Citizen(_) => ("/hjaelpere".into(), "change-back"),
            Changer::FrontDesk(_) => (
                format!("/borgerservice/{}/tilladelse", row.citizen_id),
                "desk-change-back",
            ),
        }
    }

    fn giver(&self) -> Giver {
        match self {
            Changer::Citizen(user) => Giver::Citizen(user.id.clone()),
            Changer::FrontDesk(user) => Giver::FrontDesk(user.id.clone()),
        }
    }
}

/// The permission to change: one the citizen gave that still counts, else "not found".
async fn changeable(state: &AppState, changer: &Changer, id: &str) -> Result<MandateRow, AppError> {
    let row = super::mandate(&state.db, id)
        .await?
        .ok_or(AppError::NotFound)?;
    if let Changer::Citizen(citizen) = changer {
        if row.citizen_id != citizen.id {
            return Err(AppError::NotFound);
        }
    }
    let today = state.clock.today();
    match super::rule_of(&row).map(|m| m.status(today)) {
        Some(Status::Active | Status::Pending | Status::NotYetValid | Status::Suspended) => Ok(row),
        _ => Err(AppError::NotFound),
    }
}

async fn change_page_of(
    state: &AppState,
    page: Page,
    changer: &Changer,
    row: &MandateRow,
    form: GiveForm,
    errors: FormErrors,
) -> Result<Html<String>, AppError> {
    let helper_name = auth::user(&state.db.pool, &row.helper_id)
        .await?
        .map(|u| u.name)
        .unwrap_or_default();
    let (back, back_key) = changer.back(row);
    render(&ChangePage {
        page,
        helper_name,
        form,
        errors,
        scopes: Scope::all(),
        action: changer.action(&row.id),
        back,
        back_key,
    })
}

/// The form as the permission stands now.
fn form_of(row: &MandateRow) -> GiveForm {
    GiveForm {
        scope: row.scopes.split(',').map(str::to_owned).collect(),
        rights: row.rights.clone(),
        valid_to: row.valid_to.clone(),
        note: row.note.clone().unwrap_or_default(),
        ..GiveForm::default()
    }
}

async fn show_change(
    state: AppState,
    page: Page,
    changer: Changer,
    id: String,
) -> Result<Html<String>, AppError> {
    let row = changeable(&state, &changer, &id).await?;
    if let Changer::FrontDesk(staff) = &changer {
        audit::record(
            &state.db,
            &state.clock,
            NewEntry::new(Actor::Person(staff.id.clone()), "mandate.read")
                .subject(&row.citizen_id)
                .acting_for(&row.citizen_id)
                .object(&row.id),
        )
        .await?;
    }
    let form = form_of(&row);
    change_page_of(&state, page, &changer, &row, form, FormErrors::default()).await
}

/// Changes the permission by `super::change`, or shows the form again with what was
/// typed and what is wrong.
async fn submit_change(
    state: AppState,
    page: Page,
    changer: Changer,
    id: String,
    form: GiveForm,
) -> Result<Response, AppError> {
    let row = changeable(&state, &changer, &id).await?;
    let mut errors = FormErrors::default();
    let rights = Rights::parse(&form.rights);
    if rights.is_none() {
        errors.add("rights", "mandate-rights-unknown");
    }
    let valid_to = form.valid_to.parse::<Date>().ok();
    if valid_to.is_none() {
        errors.add("valid_to", "mandate-date-invalid");
    }
    if form.scope.is_empty() {
        errors.add("areas", "mandate-areas-missing");
    }
    if let (Some(rights), Some(valid_to), true) = (rights, valid_to, errors.is_empty()) {
        let wanted = super::Terms {
            scopes: form.scope.iter().filter_map(|s| Scope::parse(s)).collect(),
            rights,
            valid_to,
        };
        let note = Some(form.note.trim().to_owned()).filter(|n| !n.is_empty());
        match super::change(
            &state.db,
            &state.clock,
            &state.authority,
            &row.id,
            &row.citizen_id,
            super::ChangeRequest {
                terms: wanted,
                note,
                idempotency: None,
            },
            changer.giver(),
        )
        .await
        {
            Ok(changed) => {
                let to = match (&changer, changed.waiting.is_some()) {
                    (Changer::Citizen(_), false) => "/hjaelpere?sket=rettet".to_owned(),
                    (Changer::Citizen(_), true) => "/hjaelpere?sket=rettet-venter".to_owned(),
                    (Changer::FrontDesk(_), _) => {
                        format!("/borgerservice/tilladelse/{}/kvittering", changed.now.id)
                    }
                };
                return Ok(Redirect::to(&to).into_response());
            }
            Err(GiveError::Unchanged) => errors.add("areas", "mandate-unchanged"),
            Err(GiveError::NeedsInPerson) => errors.add("areas", "mandate-needs-in-person"),
            Err(GiveError::Problems(problems)) => {
                for (field, message) in problems {
                    // The helper is not on this form; a rule about them is about the areas.
                    errors.add(if field == "helper" { "areas" } else { field }, message);
                }
            }
            Err(other) => return Err(give_error(other)),
        }
    }
    let html = change_page_of(&state, page, &changer, &row, form, errors).await?;
    Ok((StatusCode::UNPROCESSABLE_ENTITY, html).into_response())
}

/// The citizen changes a permission they gave.
pub async fn change_page(
    State(state): State<AppState>,
    page: Page,
    user: RequireUser,
    Path(id): Path<String>,
) -> Result<Html<String>, AppError> {
    let citizen = user.with_role(Role::Citizen)?;
    show_change(state, page, Changer::Citizen(citizen), id).await
}

pub async fn change(
    State(state): State<AppState>,
    page: Page,
    user: RequireUser,
    Path(id): Path<String>,
    Form(form): Form<GiveForm>,
) -> Result<Response, AppError> {
    let citizen = user.with_role(Role::Citizen)?;
    submit_change(state, page, Changer::Citizen(citizen), id, form).await
}

/// The front desk changes a permission for a citizen at the desk.
pub async fn desk_change_page(
    State(state): State<AppState>,
    page: Page,
    user: RequireUser,
    Path(id): Path<String>,
) -> Result<Html<String>, AppError> {
    let staff = user.with_role(Role::FrontDesk)?;
    show_change(state, page, Changer::FrontDesk(staff), id).await
}

pub async fn desk_change(
    State(state): State<AppState>,
    page: Page,
    user: RequireUser,
    Path(id): Path<String>,
    Form(form): Form<GiveForm>,
) -> Result<Response, AppError> {
    let staff = user.with_role(Role::FrontDesk)?;
    submit_change(state, page, Changer::FrontDesk(staff), id, form).await
}

#[derive(Template)]
#[template(path = "mandates/helping.html")]
struct HelpingPage {
    page: Page,
    mandates: Vec<MandateView>,
}

/// "Dem du hjælper": permissions to say yes to, and the people the helper may act for.
pub async fn helping(
    State(state): State<AppState>,
    page: Page,
    user: RequireUser,
) -> Result<Html<String>, AppError> {
    let helper = user.0;
    let mut mandates = Vec::new();
    for row in super::of_helper(&state.db, &helper.id).await? {
        let view = view_of(&state, &row, &row.citizen_id, page.lang).await?;
        if view.in_force() {
            mandates.push(view);
        }
    }
    render(&HelpingPage { page, mandates })
}

pub async fn accept(
    State(state): State<AppState>,
    user: RequireUser,
    Path(id): Path<String>,
) -> Result<Redirect, AppError> {
    if !super::accept(&state.db, &state.clock, &id, &user.0.id).await? {
        return Err(AppError::NotFound);
    }
    Ok(Redirect::to("/jeg-hjaelper"))
}

/// The banner over every page where a helper acts for someone: whom, what they may do,
/// and the way back.
pub struct Acting {
    pub(crate) citizen_id: String,
    pub(crate) citizen_name: String,
    pub(crate) mandates: Vec<MandateView>,
    /// The permission covers bookings: the banner links to them beside the letters.
    pub(crate) may_bookings: bool,
}

/// The helper's active permissions from this citizen; none is "not found", so a helper
/// cannot even learn whether a person exists by guessing.
pub(crate) async fn acting_for(
    state: &AppState,
    helper: &User,
    citizen_id: &str,
    lang: Lang,
) -> Result<(Acting, Vec<super::Mandate>), AppError> {
    let rows: Vec<MandateRow> = super::of_helper(&state.db, &helper.id)
        .await?
        .into_iter()
        .filter(|row| row.citizen_id == citizen_id)
        .collect();
    let today = state.clock.today();
    let rules: Vec<super::Mandate> = rows
        .iter()
        .filter_map(super::rule_of)
        .filter(|m| m.status(today) == Status::Active)
        .collect();
    if rules.is_empty() {
        refused(state, helper, citizen_id, "no active permission").await?;
        return Err(AppError::NotFound);
    }
    let mut mandates = Vec::new();
    for row in rows.iter().filter(|r| rules.iter().any(|m| m.id == r.id)) {
        mandates.push(view_of(state, row, citizen_id, lang).await?);
    }
    let citizen_name = mandates
        .first()
        .map(|m| m.other_name.clone())
        .unwrap_or_default();
    Ok((
        Acting {
            citizen_id: citizen_id.to_owned(),
            citizen_name,
            mandates,
            may_bookings: super::model::decide(&rules, Scope::Bookings, Rights::Look, today)
                .is_ok(),
        },
        rules,
    ))
}

/// A helper asked for something outside their permission: refused, and the citizen can
/// see that they tried.
pub(crate) async fn refused(
    state: &AppState,
    helper: &User,
    citizen_id: &str,
    what: &str,
) -> Result<(), AppError> {
    audit::record(
        &state.db,
        &state.clock,
        NewEntry::new(Actor::Person(helper.id.clone()), "mandate.refused")
            .subject(citizen_id)
            .acting_for(citizen_id)
            .purpose(what.to_owned()),
    )
    .await?;
    Ok(())
}

#[derive(Template)]
#[template(path = "mandates/acting_post.html")]
struct ActingPostPage {
    page: Page,
    acting: Acting,
    letters: Vec<LetterItem>,
    nav: InboxNav,
    /// The permissions name no area of letters: say so, not just "no letters".
    no_areas: bool,
}

/// The citizen's letters the helper may see, those in the permission's areas, a page at
/// a time as the citizen's own inbox. Each look is audited: the list names letters.
pub async fn acting_post(
    State(state): State<AppState>,
    page: Page,
    user: RequireUser,
    Path(citizen_id): Path<String>,
    Query(query): Query<InboxQuery>,
) -> Result<Html<String>, AppError> {
    let helper = user.0;
    let (acting, rules) = acting_for(&state, &helper, &citizen_id, page.lang).await?;
    let start = query.start()?;
    let today = state.clock.today();
    let areas: Vec<&str> = super::model::readable_areas(&rules, Rights::Look, today)
        .into_iter()
        .map(post::Area::as_str)
        .collect();
    let filter = query.filter(&citizen_id, Some(&areas));
    let found = post::inbox_page(&state.db, &filter, &start).await?;
    audit::record(
        &state.db,
        &state.clock,
        NewEntry::new(Actor::Person(helper.id.clone()), "post.list")
            .subject(&citizen_id)
            .acting_for(&citizen_id),
    )
    .await?;
    let path = format!("/jeg-hjaelper/{citizen_id}");
    render(&ActingPostPage {
        letters: LetterItem::all(&found.letters, page.lang),
        nav: InboxNav::new(&path, "acting-post-search-label", &query, &found),
        no_areas: areas.is_empty(),
        page,
        acting,
    })
}

#[derive(Template)]
#[template(path = "mandates/acting_letter.html")]
struct ActingLetterPage {
    page: Page,
    acting: Acting,
    letter: LetterView,
    /// The permission lets the helper answer.
    may_answer: bool,
    replies: Vec<ReplyView>,
    reply: String,
    errors: FormErrors,
}

/// Whether the permissions let the helper see (or answer) this letter. A letter filed
/// under an area this version does not know is refused, as the list leaves it out.
fn may_read(rules: &[super::Mandate], letter: &post::Letter, action: Rights, today: Date) -> bool {
    post::Area::parse(&letter.area)
        .is_some_and(|area| super::model::may_read_letter(rules, area, action, today).is_ok())
}

/// A letter the helper may read, or "not found" (audited as a refusal).
async fn readable_letter(
    state: &AppState,
    helper: &User,
    citizen_id: &str,
    id: &str,
    rules: &[super::Mandate],
    action: Rights,
) -> Result<post::Letter, AppError> {
    let letter = match post::letter(&state.db, id).await? {
        Some(letter) if letter.recipient_id == citizen_id => letter,
        _ => {
            refused(state, helper, citizen_id, &format!("letter {id}")).await?;
            return Err(AppError::NotFound);
        }
    };
    if !may_read(rules, &letter, action, state.clock.today()) {
        refused(
            state,
            helper,
            citizen_id,
            &format!("letter {id} outside the permission"),
        )
        .await?;
        return Err(AppError::NotFound);
    }
    Ok(letter)
}

async fn acting_letter_page(
    state: &AppState,
    page: Page,
    acting: Acting,
    rules: &[super::Mandate],
    letter: &post::Letter,
    reply: String,
    errors: FormErrors,
) -> Result<Html<String>, AppError> {
    let attachments = post::attachments_of(&state.db, &letter.id).await?;
    let mut view = LetterView::of(letter, &attachments, page.lang);
    // The helper opens attachments under their own address, checked like the letter.
    view.attachments_at = format!(
        "/jeg-hjaelper/{}/post/{}/bilag",
        acting.citizen_id, letter.id
    );
    let may_answer = may_read(rules, letter, Rights::Act, state.clock.today());
    let replies = post::replies_of(&state.db, &letter.id)
        .await?
        .iter()
        .map(ReplyView::of)
        .collect();
    render(&ActingLetterPage {
        letter: view,
        may_answer,
        replies,
        reply,
        errors,
        page,
        acting,
    })
}

/// A letter read by a helper: the read receipt and the audit name the helper.
pub async fn acting_letter(
    State(state): State<AppState>,
    page: Page,
    user: RequireUser,
    Path((citizen_id, id)): Path<(String, String)>,
) -> Result<Html<String>, AppError> {
    let helper = user.0;
    let (acting, rules) = acting_for(&state, &helper, &citizen_id, page.lang).await?;
    let letter = readable_letter(&state, &helper, &citizen_id, &id, &rules, Rights::Look).await?;
    post::opened(
        &state.db,
        &state.clock,
        &letter,
        Opening::Letter,
        Actor::Person(helper.id.clone()),
    )
    .await?;
    acting_letter_page(
        &state,
        page,
        acting,
        &rules,
        &letter,
        String::new(),
        FormErrors::default(),
    )
    .await
}

/// An attachment of a letter inside the permission: the attachment's receipt and the
/// audit name the helper. Outside it, "not found", audited as a refusal.
pub async fn acting_attachment(
    State(state): State<AppState>,
    page: Page,
    user: RequireUser,
    Path((citizen_id, id, position)): Path<(String, String, i64)>,
) -> Result<Response, AppError> {
    let helper = user.0;
    let (_, rules) = acting_for(&state, &helper, &citizen_id, page.lang).await?;
    let letter = readable_letter(&state, &helper, &citizen_id, &id, &rules, Rights::Look).await?;
    let (attachment, bytes) = post::routes::attachment_bytes(&state, &letter, position).await?;
    post::opened(
        &state.db,
        &state.clock,
        &letter,
        Opening::Attachment(&attachment),
        Actor::Person(helper.id.clone()),
    )
    .await?;
    Ok(post::routes::pdf_response(&attachment.filename, bytes))
}

#[derive(Deserialize)]
pub struct AnswerForm {
    #[serde(default)]
    body: String,
}

/// A helper who may act answers a letter for the citizen; the answer names the helper.
pub async fn acting_answer(
    State(state): State<AppState>,
    page: Page,
    user: RequireUser,
    Path((citizen_id, id)): Path<(String, String)>,
    Form(form): Form<AnswerForm>,
) -> Result<Response, AppError> {
    let helper = user.0;
    let (acting, rules) = acting_for(&state, &helper, &citizen_id, page.lang).await?;
    let letter = readable_letter(&state, &helper, &citizen_id, &id, &rules, Rights::Act).await?;
    let answer = match post::model::Answer::parse(&form.body) {
        Ok(answer) => answer,
        Err(problem) => {
            let mut errors = FormErrors::default();
            errors.add("body", problem);
            let html = acting_letter_page(&state, page, acting, &rules, &letter, form.body, errors)
                .await?;
            return Ok((StatusCode::UNPROCESSABLE_ENTITY, html).into_response());
        }
    };
    post::reply(
        &state.db,
        &state.clock,
        &letter,
        Actor::Person(helper.id),
        &answer,
    )
    .await?;
    Ok(Redirect::to(&format!("/jeg-hjaelper/{citizen_id}/post/{id}")).into_response())
}

/// The guides "Sådan hjælper du": letters, the subject areas of letters, and bookings.
/// "My data" gets its own with the module that builds it.
pub const GUIDES: [&str; 3] = ["post", "emner", "tider"];

#[derive(Template)]
#[template(path = "mandates/guide.html")]
struct GuidePage {
    page: Page,
    guide: &'static str,
    guides: [&'static str; 3],
}

impl GuidePage {
    fn key(&self, part: &str) -> String {
        format!("guide-{}-{part}", self.guide)
    }

    fn title_of(&self, guide: &str) -> String {
        format!("guide-{guide}-title")
    }
}

/// "Sådan hjælper du": what a helper can do in an area, and how. Open to everyone, so a
/// relative can read it before they are given a permission.
pub async fn guide(page: Page, Path(name): Path<String>) -> Result<Html<String>, AppError> {
    let guide = GUIDES
        .into_iter()
        .find(|g| *g == name)
        .ok_or(AppError::NotFound)?;
    render(&GuidePage {
        page,
        guide,
        guides: GUIDES,
    })
}

/// The ways the front desk checks who a citizen is before giving a permission for them.
const IDENTITY_CHECKS: [&str; 4] = ["pas", "koerekort", "opholdskort", "kendt"];

/// The front desk's form, kept as typed.
#[derive(Deserialize, Default)]
pub struct DeskForm {
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
}

/// The citizen's permissions that still count, as the front desk sees them.
async fn desk_mandates(
    state: &AppState,
    citizen_id: &str,
    lang: Lang,
) -> Result<Vec<MandateView>, AppError> {
    let mut views = Vec::new();
    for row in super::of_citizen(&state.db, citizen_id).await? {
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
pub async fn desk_page(
    State(state): State<AppState>,
    page: Page,
    user: RequireUser,
    Path(citizen_id): Path<String>,
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
        checks: IDENTITY_CHECKS,
    })
}

pub async fn desk_give(
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
        if !IDENTITY_CHECKS.contains(&form.identity_check.as_str()) {
            errors.add("identity_check", "mandate-identity-check-missing");
        }
        let rights = Rights::parse(&form.rights);
        let valid_to = form.valid_to.parse::<Date>().ok();
        if valid_to.is_none() {
            errors.add("valid_to", "mandate-date-invalid");
        }
        if let (Some(rights), Some(valid_to), true) = (rights, valid_to, errors.is_empty()) {
            let proposal = Proposal {
                citizen_id: citizen.person_id.clone(),
                helper_id: form.helper_id.clone(),
                scopes: form.scope.iter().filter_map(|s| Scope::parse(s)).collect(),
                rights,
                valid_from: state.clock.today(),
                valid_to,
            };
            let in_person = super::InPerson {
                identity_check: form.identity_check.clone(),
            };
            let note = Some(form.note.trim().to_owned()).filter(|n| !n.is_empty());
            match super::give(
                &state.db,
                &state.clock,
                &state.authority,
                proposal,
                note,
                Giver::FrontDesk(staff.id.clone()),
                Some(in_person),
            )
            .await
            {
                Ok(row) => {
                    return Ok(Redirect::to(&format!(
                        "/borgerservice/tilladelse/{}/kvittering",
                        row.id
                    ))
                    .into_response())
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
        checks: IDENTITY_CHECKS,
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
pub async fn receipt(
    State(state): State<AppState>,
    page: Page,
    user: RequireUser,
    Path(id): Path<String>,
) -> Result<Html<String>, AppError> {
    let staff = user.with_role(Role::FrontDesk)?;
    let row = super::mandate(&state.db, &id)
        .await?
        .ok_or(AppError::NotFound)?;
    audit::record(
        &state.db,
        &state.clock,
        NewEntry::new(Actor::Person(staff.id), "mandate.receipt")
            .subject(&row.citizen_id)
            .object(&row.id),
    )
    .await?;
    let citizen = auth::user(&state.db.pool, &row.citizen_id)
        .await?
        .map(|u| u.name)
        .unwrap_or_default();
    render(&ReceiptPage {
        mandate: view_of(&state, &row, &row.helper_id, page.lang).await?,
        page,
        citizen,
    })
}

#[derive(Deserialize)]
pub struct ProtectForm {
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
    super::protect(
        &state.db,
        &state.clock,
        &citizen.person_id,
        form.protect == "1",
        form.pause.is_some(),
        Actor::Person(staff.id),
    )
    .await?;
    Ok(Redirect::to(&format!(
        "/borgerservice?q={}",
        url::form_urlencoded::byte_serialize(citizen.name.as_bytes()).collect::<String>()
    )))
}
