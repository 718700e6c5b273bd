//! Letters as people meet them: the citizen's inbox and letter, the caseworker's write
//! page, letter status and escalation queue; and the messages API for systems.

use askama::Template;
use axum::body::Bytes;
use axum::extract::{Path, Query, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{Html, IntoResponse, Redirect, Response};
use axum::{Form, Json};
use jiff::civil::Date;
use jiff::Timestamp;
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use utoipa::ToSchema;

use super::model::{body_html, Area, Policy};
use super::{Escalation, Letter, NewLetter, Outcome, SendError, Sender, Sent};
use crate::app::AppState;
use crate::audit::{self, Actor, NewEntry};
use crate::auth::{ApiClient, RequireUser, Role, User};
use crate::people::{self, Cpr, Profile};
use crate::web::forms::FormErrors;
use crate::web::i18n::Lang;
use crate::web::{format_date, long_date, render, AppError, Page};

const MAX_SUBJECT_CHARS: usize = 200;
const MAX_SUMMARY_CHARS: usize = 1_000;
const MAX_BODY_CHARS: usize = 100_000;
/// Above this LIX a letter needs a "Kort fortalt" before it can be sent.
const LIX_NEEDS_SUMMARY: f64 = 45.0;

/// A letter as pages show it.
pub struct LetterView {
    pub id: String,
    pub subject: String,
    pub sender_name: String,
    pub sent: String,
    pub area_key: &'static str,
    pub summary: Option<String>,
    pub body_html: String,
    /// "fredag den 12. december 2026"
    pub deadline: Option<String>,
    /// The first deadline, when an escalation moved it.
    pub deadline_was: Option<String>,
    pub unread: bool,
    pub done: bool,
    pub paper: bool,
}

fn parse_date(text: Option<&str>) -> Option<Date> {
    text.and_then(|t| t.parse().ok())
}

impl LetterView {
    fn of(letter: &Letter, lang: Lang) -> Self {
        let current = parse_date(letter.deadline_current.as_deref());
        let original = parse_date(letter.deadline_original.as_deref());
        Self {
            id: letter.id.clone(),
            subject: letter.subject.clone(),
            sender_name: letter.sender_name.clone(),
            sent: format_date(letter.sent_at),
            area_key: Area::parse(&letter.area)
                .unwrap_or(Area::General)
                .label_key(),
            summary: letter.summary.clone(),
            body_html: body_html(&letter.body),
            deadline: current.map(|d| long_date(lang, d)),
            deadline_was: original
                .filter(|o| Some(*o) != current)
                .map(|d| long_date(lang, d)),
            unread: letter.opened_at.is_none(),
            done: letter.done_at.is_some(),
            paper: letter.channel == "paper",
        }
    }
}

/// A letter only its recipient may see. Anyone else gets "not found", so an id cannot
/// even be confirmed by guessing.
async fn own_letter(state: &AppState, user: &User, id: &str) -> Result<Letter, AppError> {
    match super::letter(&state.db, id).await? {
        Some(letter) if letter.recipient_id == user.id => Ok(letter),
        _ => Err(AppError::NotFound),
    }
}

#[derive(Template)]
#[template(path = "post/inbox.html")]
struct InboxPage {
    page: Page,
    letters: Vec<LetterView>,
    search: String,
}

#[derive(Deserialize)]
pub struct InboxQuery {
    q: Option<String>,
}

pub async fn inbox(
    State(state): State<AppState>,
    page: Page,
    user: RequireUser,
    Query(query): Query<InboxQuery>,
) -> Result<Html<String>, AppError> {
    let citizen = user.with_role(Role::Citizen)?;
    let search = query.q.unwrap_or_default().trim().to_owned();
    let letters = super::inbox(
        &state.db,
        &citizen.id,
        Some(search.as_str()).filter(|s| !s.is_empty()),
    )
    .await?
    .iter()
    .map(|letter| LetterView::of(letter, page.lang))
    .collect();
    render(&InboxPage {
        page,
        letters,
        search,
    })
}

#[derive(Template)]
#[template(path = "post/letter.html")]
struct LetterPage {
    page: Page,
    letter: LetterView,
}

pub async fn read(
    State(state): State<AppState>,
    page: Page,
    user: RequireUser,
    Path(id): Path<String>,
) -> Result<Html<String>, AppError> {
    let citizen = user.with_role(Role::Citizen)?;
    let letter = own_letter(&state, &citizen, &id).await?;
    super::opened(
        &state.db,
        &state.clock,
        &letter,
        Actor::Person(citizen.id.clone()),
    )
    .await?;
    render(&LetterPage {
        letter: LetterView::of(&letter, page.lang),
        page,
    })
}

pub async fn done(
    State(state): State<AppState>,
    user: RequireUser,
    Path(id): Path<String>,
) -> Result<Redirect, AppError> {
    let citizen = user.with_role(Role::Citizen)?;
    let letter = own_letter(&state, &citizen, &id).await?;
    super::mark_done(&state.db, &state.clock, &letter).await?;
    Ok(Redirect::to(&format!("/post/{id}")))
}

/// The write page's fields, kept as typed.
#[derive(Deserialize, Default)]
pub struct WriteForm {
    #[serde(default)]
    recipient_query: String,
    #[serde(default)]
    recipient_id: String,
    #[serde(default)]
    area: String,
    #[serde(default)]
    subject: String,
    #[serde(default)]
    summary: String,
    #[serde(default)]
    body: String,
    #[serde(default)]
    deadline: String,
    #[serde(default)]
    action: String,
}

#[derive(Template)]
#[template(path = "post/write.html")]
struct WritePage {
    page: Page,
    form: WriteForm,
    errors: FormErrors,
    areas: [Area; 7],
    matches: Vec<Profile>,
    recipient: Option<Profile>,
    preview: Option<LetterView>,
    check: Option<klarsprog::Report>,
}

impl WritePage {
    fn lix(&self) -> String {
        self.check
            .as_ref()
            .map(|r| format!("{:.1}", r.lix).replace('.', ","))
            .unwrap_or_default()
    }
}

pub async fn write_page(page: Page, user: RequireUser) -> Result<Html<String>, AppError> {
    user.with_role(Role::Caseworker)?;
    render(&WritePage {
        page,
        form: WriteForm {
            area: Area::General.as_str().into(),
            ..WriteForm::default()
        },
        errors: FormErrors::default(),
        areas: Area::ALL,
        matches: Vec::new(),
        recipient: None,
        preview: None,
        check: None,
    })
}

/// Search, preview or send, from one form that keeps everything typed.
pub async fn write(
    State(state): State<AppState>,
    page: Page,
    user: RequireUser,
    Form(form): Form<WriteForm>,
) -> Result<Response, AppError> {
    let caseworker = user.with_role(Role::Caseworker)?;
    let mut errors = FormErrors::default();
    let matches = if form.action == "search" {
        let found = people::search(&state.db, &form.recipient_query).await?;
        if found.is_empty() {
            errors.add("recipient_query", "post-recipient-none-found");
        }
        found
    } else {
        Vec::new()
    };
    let recipient = match form.recipient_id.as_str() {
        "" => None,
        id => people::profile(&state.db, id).await?,
    };
    let check = (!form.body.trim().is_empty())
        .then(|| klarsprog::analyse(&form.body, klarsprog::Format::Markdown));
    let mut preview = None;
    if form.action == "preview" || form.action == "send" {
        let new = validate(
            &form,
            recipient.as_ref(),
            check.as_ref(),
            &state,
            &mut errors,
        );
        if let (Some(new), true) = (new, errors.is_empty()) {
            if form.action == "send" {
                let sender = Sender {
                    actor: Actor::Person(caseworker.id.clone()),
                    name: caseworker.name.clone(),
                };
                match super::send(&state.db, &state.clock, &Policy::default(), new, &sender).await {
                    Ok(sent) => {
                        return Ok(
                            Redirect::to(&format!("/breve/{}", sent.letter().id)).into_response()
                        )
                    }
                    Err(error) => add_send_error(&mut errors, error)?,
                }
            } else {
                preview = Some(preview_of(&new, &caseworker, page.lang));
            }
        }
    }
    let status = if errors.is_empty() {
        StatusCode::OK
    } else {
        StatusCode::UNPROCESSABLE_ENTITY
    };
    let html = render(&WritePage {
        page,
        form,
        errors,
        areas: Area::ALL,
        matches,
        recipient,
        preview,
        check,
    })?;
    Ok((status, html).into_response())
}

fn validate(
    form: &WriteForm,
    recipient: Option<&Profile>,
    check: Option<&klarsprog::Report>,
    state: &AppState,
    errors: &mut FormErrors,
) -> Option<NewLetter> {
    if recipient.is_none() {
        errors.add("recipient_query", "post-recipient-missing");
    }
    let area = Area::parse(&form.area);
    if area.is_none() {
        errors.add("area", "post-area-missing");
    }
    let subject = form.subject.trim();
    if subject.is_empty() {
        errors.add("subject", "post-subject-missing");
    } else if subject.chars().count() > MAX_SUBJECT_CHARS {
        errors.add("subject", "post-subject-too-long");
    }
    let summary = form.summary.trim();
    if summary.chars().count() > MAX_SUMMARY_CHARS {
        errors.add("summary", "post-summary-too-long");
    } else if summary.is_empty() && check.is_some_and(|r| r.lix > LIX_NEEDS_SUMMARY) {
        errors.add("summary", "post-summary-required");
    }
    let body = form.body.trim();
    if body.is_empty() {
        errors.add("body", "post-body-missing");
    } else if body.chars().count() > MAX_BODY_CHARS {
        errors.add("body", "post-body-too-long");
    }
    let deadline = match form.deadline.trim() {
        "" => None,
        text => match text.parse::<Date>() {
            Ok(date) if date > state.clock.today() => Some(date),
            Ok(_) => {
                errors.add("deadline", "post-deadline-past");
                None
            }
            Err(_) => {
                errors.add("deadline", "post-deadline-invalid");
                None
            }
        },
    };
    Some(NewLetter {
        recipient_id: recipient?.person_id.clone(),
        area: area?,
        subject: subject.to_owned(),
        body: body.to_owned(),
        summary: Some(summary.to_owned()).filter(|s| !s.is_empty()),
        deadline,
        idempotency: None,
    })
}

fn add_send_error(errors: &mut FormErrors, error: SendError) -> Result<(), AppError> {
    match error {
        SendError::UnknownRecipient => errors.add("recipient_query", "post-recipient-missing"),
        SendError::DeadlineInPast => errors.add("deadline", "post-deadline-past"),
        SendError::PaperDeadlineTooSoon { .. } => {
            errors.add("deadline", "post-deadline-paper-too-soon")
        }
        SendError::IdempotencyKeyReused => {
            return Err(AppError::Conflict("post-idempotency-reused"))
        }
        SendError::Database(error) => return Err(error.into()),
    }
    Ok(())
}

/// The letter as the citizen will see it, before it is sent.
fn preview_of(new: &NewLetter, sender: &User, lang: Lang) -> LetterView {
    LetterView {
        id: String::new(),
        subject: new.subject.clone(),
        sender_name: sender.name.clone(),
        sent: String::new(),
        area_key: new.area.label_key(),
        summary: new.summary.clone(),
        body_html: body_html(&new.body),
        deadline: new.deadline.map(|d| long_date(lang, d)),
        deadline_was: None,
        unread: true,
        done: false,
        paper: false,
    }
}

/// What a sender sees of a letter: the receipt, the deadline and the escalations.
#[derive(Template)]
#[template(path = "post/status.html")]
struct StatusPage {
    page: Page,
    letter: LetterView,
    recipient: String,
    opened: Option<String>,
    escalations: Vec<EscalationRow>,
}

struct EscalationRow {
    id: String,
    kind_key: &'static str,
    created: String,
    deadline_before: String,
    deadline_after: String,
    outcome_key: Option<&'static str>,
    letter_id: String,
    subject: String,
    recipient: String,
    contact: String,
}

fn kind_key(kind: &str) -> &'static str {
    match kind {
        "phone" => "escalation-phone",
        "paper" => "escalation-paper",
        _ => "escalation-visit",
    }
}

async fn escalation_row(
    state: &AppState,
    escalation: &Escalation,
    lang: Lang,
) -> Result<EscalationRow, AppError> {
    let letter = super::letter(&state.db, &escalation.message_id)
        .await?
        .ok_or(AppError::NotFound)?;
    let profile = people::profile(&state.db, &letter.recipient_id).await?;
    let contact = match escalation.kind.as_str() {
        "phone" => profile.as_ref().and_then(|p| p.phone.clone()),
        "paper" => profile.as_ref().and_then(|p| p.address.clone()),
        _ => None,
    };
    Ok(EscalationRow {
        id: escalation.id.clone(),
        kind_key: kind_key(&escalation.kind),
        created: format_date(escalation.created_at),
        deadline_before: parse_date(Some(&escalation.deadline_before))
            .map(|d| long_date(lang, d))
            .unwrap_or_default(),
        deadline_after: parse_date(Some(&escalation.deadline_after))
            .map(|d| long_date(lang, d))
            .unwrap_or_default(),
        outcome_key: escalation
            .outcome
            .as_deref()
            .and_then(Outcome::parse)
            .map(Outcome::label_key),
        letter_id: letter.id.clone(),
        subject: letter.subject.clone(),
        recipient: profile.map(|p| p.name).unwrap_or_default(),
        contact: contact.unwrap_or_default(),
    })
}

/// Staff see a citizen's letter: audited, as every look at a citizen's data by others.
async fn staff_view(state: &AppState, staff: &User, letter: &Letter) -> Result<(), AppError> {
    audit::record(
        &state.db,
        &state.clock,
        NewEntry::new(Actor::Person(staff.id.clone()), "post.status")
            .subject(&letter.recipient_id)
            .object(&letter.id)
            .purpose("follow up on a sent letter"),
    )
    .await?;
    Ok(())
}

pub async fn status(
    State(state): State<AppState>,
    page: Page,
    user: RequireUser,
    Path(id): Path<String>,
) -> Result<Html<String>, AppError> {
    let caseworker = user.with_role(Role::Caseworker)?;
    let letter = super::letter(&state.db, &id)
        .await?
        .ok_or(AppError::NotFound)?;
    staff_view(&state, &caseworker, &letter).await?;
    let recipient = people::profile(&state.db, &letter.recipient_id)
        .await?
        .map(|p| p.name)
        .unwrap_or_default();
    let mut escalations = Vec::new();
    for escalation in super::escalations_of(&state.db, &letter.id).await? {
        escalations.push(escalation_row(&state, &escalation, page.lang).await?);
    }
    let opened = letter.opened_at.map(format_date);
    render(&StatusPage {
        letter: LetterView::of(&letter, page.lang),
        page,
        recipient,
        opened,
        escalations,
    })
}

#[derive(Template)]
#[template(path = "post/escalations.html")]
struct EscalationsPage {
    page: Page,
    escalations: Vec<EscalationRow>,
    outcomes: [Outcome; 3],
}

pub async fn escalations(
    State(state): State<AppState>,
    page: Page,
    user: RequireUser,
) -> Result<Html<String>, AppError> {
    user.with_role(Role::Caseworker)?;
    let mut rows = Vec::new();
    for escalation in super::open_escalations(&state.db).await? {
        rows.push(escalation_row(&state, &escalation, page.lang).await?);
    }
    render(&EscalationsPage {
        page,
        escalations: rows,
        outcomes: Outcome::ALL,
    })
}

#[derive(Deserialize)]
pub struct OutcomeForm {
    outcome: String,
}

pub async fn record_outcome(
    State(state): State<AppState>,
    user: RequireUser,
    Path(id): Path<String>,
    Form(form): Form<OutcomeForm>,
) -> Result<Redirect, AppError> {
    let caseworker = user.with_role(Role::Caseworker)?;
    let outcome =
        Outcome::parse(&form.outcome).ok_or(AppError::BadRequest("post-outcome-missing"))?;
    if !super::record_outcome(
        &state.db,
        &state.clock,
        &id,
        outcome,
        Actor::Person(caseworker.id),
    )
    .await?
    {
        return Err(AppError::NotFound);
    }
    Ok(Redirect::to("/rykkere"))
}

/// Who a letter goes to: a person id, or a CPR number.
#[derive(Deserialize, ToSchema)]
#[serde(untagged)]
pub enum Recipient {
    Person { person_id: String },
    Cpr { cpr: String },
}

#[derive(Deserialize, ToSchema)]
pub struct ActionRequest {
    /// The day the citizen must act by, YYYY-MM-DD.
    deadline: String,
}

#[derive(Deserialize, ToSchema)]
pub struct NewMessageRequest {
    recipient: Recipient,
    subject: String,
    /// Markdown; HTML and scripts are removed before anyone sees it.
    body: String,
    area: Option<Area>,
    /// "Kort fortalt": shown first.
    summary: Option<String>,
    /// Not accepted yet: letters with attachments are refused rather than sent without them.
    #[serde(default)]
    attachments: Vec<serde_json::Value>,
    action: Option<ActionRequest>,
}

#[derive(Serialize, ToSchema)]
pub struct DeadlineResponse {
    original: String,
    current: String,
}

#[derive(Serialize, ToSchema)]
pub struct EscalationResponse {
    kind: String,
    created_at: String,
    outcome: Option<String>,
}

#[derive(Serialize, ToSchema)]
pub struct MessageResponse {
    id: String,
    channel: String,
    /// sent, opened or done.
    status: String,
    opened_at: Option<String>,
    /// "citizen" when the recipient opened it, otherwise who did ("person:ID").
    opened_by: Option<String>,
    attachments: Vec<serde_json::Value>,
    deadline: Option<DeadlineResponse>,
    escalations: Vec<EscalationResponse>,
}

fn rfc3339(ms: i64) -> String {
    Timestamp::from_millisecond(ms)
        .map(|t| t.to_string())
        .unwrap_or_default()
}

async fn message_response(state: &AppState, letter: &Letter) -> Result<MessageResponse, AppError> {
    let escalations = super::escalations_of(&state.db, &letter.id)
        .await?
        .into_iter()
        .map(|e| EscalationResponse {
            kind: e.kind,
            created_at: rfc3339(e.created_at),
            outcome: e.outcome,
        })
        .collect();
    let status = match (letter.done_at, letter.opened_at) {
        (Some(_), _) => "done",
        (None, Some(_)) => "opened",
        (None, None) => "sent",
    };
    let recipient = format!("person:{}", letter.recipient_id);
    Ok(MessageResponse {
        id: letter.id.clone(),
        channel: letter.channel.clone(),
        status: status.into(),
        opened_at: letter.opened_at.map(rfc3339),
        opened_by: letter.opened_by.as_ref().map(|by| {
            if *by == recipient {
                "citizen".into()
            } else {
                by.clone()
            }
        }),
        attachments: Vec::new(),
        deadline: letter
            .deadline_original
            .clone()
            .zip(letter.deadline_current.clone())
            .map(|(original, current)| DeadlineResponse { original, current }),
        escalations,
    })
}

#[utoipa::path(
    post,
    path = "/api/v1/messages",
    tag = "post",
    security(("api_key" = [])),
    request_body = NewMessageRequest,
    params(("Idempotency-Key" = Option<String>, Header, description = "The same key and body give the same letter back, never a second one")),
    responses(
        (status = 201, description = "The letter was sent (digitally, or on paper to an exempt citizen)", body = MessageResponse),
        (status = 200, description = "A retry: the letter this key already sent", body = MessageResponse),
        (status = 409, description = "The key was used for another letter", content_type = "application/problem+json"),
        (status = 422, description = "A field breaks the rules; `errors` says which and why", content_type = "application/problem+json")
    )
)]
pub async fn api_send(
    State(state): State<AppState>,
    client: ApiClient,
    headers: HeaderMap,
    body: Bytes,
) -> Result<Response, AppError> {
    let value: serde_json::Value =
        serde_json::from_slice(&body).map_err(|_| AppError::BadRequest("post-api-bad-json"))?;
    let request: NewMessageRequest = serde_json::from_value(value.clone())
        .map_err(|_| AppError::BadRequest("post-api-bad-json"))?;
    let idempotency = headers
        .get("idempotency-key")
        .and_then(|v| v.to_str().ok())
        .map(|key| {
            // Keys sorted (serde_json's map), so the same body hashes the same.
            let canonical = value.to_string();
            (
                key.to_owned(),
                hex::encode(Sha256::digest(canonical.as_bytes())),
            )
        });
    let mut errors = FormErrors::default();
    let recipient_id = match &request.recipient {
        Recipient::Person { person_id } => people::profile(&state.db, person_id)
            .await?
            .map(|p| p.person_id),
        Recipient::Cpr { cpr } => match Cpr::parse(cpr) {
            Ok(cpr) => people::by_cpr(&state.db, &cpr).await?,
            Err(error) => {
                errors.add("recipient", error.message_key());
                None
            }
        },
    };
    if recipient_id.is_none() && errors.is_empty() {
        errors.add("recipient", "post-recipient-unknown");
    }
    if request.subject.trim().is_empty() {
        errors.add("subject", "post-subject-missing");
    } else if request.subject.chars().count() > MAX_SUBJECT_CHARS {
        errors.add("subject", "post-subject-too-long");
    }
    if request.body.trim().is_empty() {
        errors.add("body", "post-body-missing");
    } else if request.body.chars().count() > MAX_BODY_CHARS {
        errors.add("body", "post-body-too-long");
    }
    if !request.attachments.is_empty() {
        errors.add("attachments", "post-attachments-not-yet");
    }
    let deadline = match &request.action {
        None => None,
        Some(action) => match action.deadline.parse::<Date>() {
            Ok(date) => Some(date),
            Err(_) => {
                errors.add("action.deadline", "post-deadline-invalid");
                None
            }
        },
    };
    let (Some(recipient_id), true) = (recipient_id, errors.is_empty()) else {
        return Err(AppError::Invalid(errors));
    };
    let new = NewLetter {
        recipient_id,
        area: request.area.unwrap_or(Area::General),
        subject: request.subject.trim().to_owned(),
        body: request.body,
        summary: request.summary.filter(|s| !s.trim().is_empty()),
        deadline,
        idempotency,
    };
    let sender = Sender {
        actor: client.actor(),
        name: client.0.name.clone(),
    };
    let sent = super::send(&state.db, &state.clock, &Policy::default(), new, &sender)
        .await
        .map_err(|error| match error {
            SendError::UnknownRecipient => {
                let mut errors = FormErrors::default();
                errors.add("recipient", "post-recipient-unknown");
                AppError::Invalid(errors)
            }
            SendError::DeadlineInPast => {
                let mut errors = FormErrors::default();
                errors.add("action.deadline", "post-deadline-past");
                AppError::Invalid(errors)
            }
            SendError::PaperDeadlineTooSoon { .. } => {
                let mut errors = FormErrors::default();
                errors.add("action.deadline", "post-deadline-paper-too-soon");
                AppError::Invalid(errors)
            }
            SendError::IdempotencyKeyReused => AppError::Conflict("post-idempotency-reused"),
            SendError::Database(error) => error.into(),
        })?;
    let status = match sent {
        Sent::New(_) => StatusCode::CREATED,
        Sent::Repeat(_) => StatusCode::OK,
    };
    Ok((status, Json(message_response(&state, sent.letter()).await?)).into_response())
}

#[utoipa::path(
    get,
    path = "/api/v1/messages/{id}",
    tag = "post",
    security(("api_key" = [])),
    params(("id" = String, Path, description = "The letter's id")),
    responses(
        (status = 200, description = "The letter's channel, read receipt, deadline and escalations", body = MessageResponse),
        (status = 404, description = "No such letter", content_type = "application/problem+json")
    )
)]
pub async fn api_get(
    State(state): State<AppState>,
    client: ApiClient,
    Path(id): Path<String>,
) -> Result<Json<MessageResponse>, AppError> {
    let letter = super::letter(&state.db, &id)
        .await?
        .ok_or(AppError::NotFound)?;
    audit::record(
        &state.db,
        &state.clock,
        NewEntry::new(client.actor(), "post.status")
            .subject(&letter.recipient_id)
            .object(&letter.id),
    )
    .await?;
    Ok(Json(message_response(&state, &letter).await?))
}
