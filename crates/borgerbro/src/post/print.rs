//! The paper channel as staff and systems meet it: the print queue page where the front
//! desk downloads the queued letters as one PDF and marks them posted, and the letters API
//! for a print service. Every PDF made of a citizen's letter is audited.

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::response::{Html, Redirect, Response};
use axum::Json;
use jiff::civil::Date;
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};

use super::paper::{self, PaperLabels, PaperLetter};
use super::routes::{attachment_bytes, pdf_response};
use super::view::{parse_date, AttachmentView};
use super::{Letter, PrintJob};
use crate::app::AppState;
use crate::audit::{self, Actor, NewEntry};
use crate::auth::{ApiClient, RequireUser, Role};
use crate::people::{self, Profile};
use crate::web::i18n::Lang;
use crate::web::{format_date, long_date, render, AppError, Page};

/// What a printed letter needs beyond the letter: who gets it, where, in which language.
struct Printable {
    letter: Letter,
    recipient: Option<Profile>,
}

impl Printable {
    fn lang(&self) -> Lang {
        self.recipient
            .as_ref()
            .and_then(|r| Lang::from_code(&r.language))
            .unwrap_or_default()
    }
}

/// The owned texts of one paper letter, in its reader's language.
struct PaperTexts {
    date: String,
    deadline: Option<String>,
    summary_heading: String,
    page: String,
    of: String,
}

/// Renders letters into one PDF, each in its reader's language, and audits that staff
/// (or a system) made each one.
async fn render_letters(
    state: &AppState,
    printables: &[Printable],
    by: Actor,
) -> Result<Vec<u8>, AppError> {
    let authority = &state.authority;
    let phone = Lang::Da.t_args("paper-phone", &[("phone", authority.phone.clone())]);
    let sender_lines = [
        authority.address.as_str(),
        phone.as_str(),
        authority.opening_hours.as_str(),
    ];
    let texts: Vec<PaperTexts> = printables.iter().map(paper_texts).collect();
    let labels: Vec<PaperLabels<'_>> = texts
        .iter()
        .map(|t| PaperLabels {
            summary_heading: &t.summary_heading,
            page: &t.page,
            of: &t.of,
        })
        .collect();
    let letters: Vec<PaperLetter<'_>> = printables
        .iter()
        .zip(&texts)
        .zip(&labels)
        .map(|((printable, texts), labels)| PaperLetter {
            authority: &authority.name,
            sender_name: &printable.letter.sender_name,
            sender_lines: &sender_lines,
            recipient_name: printable.recipient.as_ref().map_or("", |r| r.name.as_str()),
            recipient_address: printable
                .recipient
                .as_ref()
                .and_then(|r| r.address.as_deref())
                .unwrap_or_default(),
            date: &texts.date,
            subject: &printable.letter.subject,
            summary: printable.letter.summary.as_deref(),
            deadline: texts.deadline.as_deref(),
            body_markdown: &printable.letter.body,
            labels,
        })
        .collect();
    let pdf = paper::render(&letters);
    for printable in printables {
        audit::record(
            &state.db,
            &state.clock,
            NewEntry::new(by.clone(), "post.print")
                .subject(&printable.letter.recipient_id)
                .object(&printable.letter.id),
        )
        .await?;
    }
    Ok(pdf)
}

fn paper_texts(printable: &Printable) -> PaperTexts {
    let lang = printable.lang();
    let copenhagen =
        jiff::tz::TimeZone::get("Europe/Copenhagen").unwrap_or(jiff::tz::TimeZone::UTC);
    let sent = jiff::Timestamp::from_millisecond(printable.letter.sent_at)
        .map(|t| t.to_zoned(copenhagen).date())
        .unwrap_or(Date::ZERO);
    PaperTexts {
        date: long_date(lang, sent),
        deadline: parse_date(printable.letter.deadline_current.as_deref())
            .map(|d| lang.t_args("letter-deadline", &[("date", long_date(lang, d))])),
        summary_heading: lang.t("letter-summary"),
        page: lang.t("paper-page"),
        of: lang.t("paper-of"),
    }
}

async fn printable(state: &AppState, letter: Letter) -> Result<Printable, AppError> {
    let recipient = people::profile(&state.db, &letter.recipient_id).await?;
    Ok(Printable { letter, recipient })
}

/// A queued or posted letter as the print queue page shows it.
struct QueueRow {
    id: String,
    /// To print with the letter: the front desk opens each from the queue.
    attachments: Vec<AttachmentView>,
    recipient: String,
    address: String,
    subject: String,
    reason_key: &'static str,
    queued: String,
    posted: Option<String>,
}

fn reason_key(reason: &str) -> &'static str {
    match reason {
        "escalation" => "print-reason-escalation",
        "exemption_offer" => "print-reason-offer",
        "protection" => "print-reason-protection",
        _ => "print-reason-letter",
    }
}

async fn queue_rows(state: &AppState, posted: bool) -> Result<Vec<QueueRow>, AppError> {
    let mut rows = Vec::new();
    for (job, letter) in super::print_jobs(&state.db, posted).await? {
        let recipient = people::profile(&state.db, &letter.recipient_id).await?;
        let lang = recipient
            .as_ref()
            .and_then(|r| Lang::from_code(&r.language))
            .unwrap_or_default();
        let attachments = super::attachments_of(&state.db, &letter.id)
            .await?
            .iter()
            .map(|a| AttachmentView::of(a, lang))
            .collect();
        rows.push(QueueRow {
            attachments,
            id: letter.id,
            recipient: recipient
                .as_ref()
                .map(|r| r.name.clone())
                .unwrap_or_default(),
            address: recipient.and_then(|r| r.address).unwrap_or_default(),
            subject: letter.subject,
            reason_key: reason_key(&job.reason),
            queued: format_date(job.created_at),
            posted: job.posted_at.map(format_date),
        });
    }
    Ok(rows)
}

/// A citizen to offer paper post, as the front desk's task list shows them.
struct OfferTask {
    person_id: String,
    name: String,
    contact: String,
    offered: String,
}

async fn offer_tasks(state: &AppState) -> Result<Vec<OfferTask>, AppError> {
    let mut tasks = Vec::new();
    for (person_id, offered_at) in super::open_exemption_offers(&state.db).await? {
        let Some(profile) = people::profile(&state.db, &person_id).await? else {
            continue;
        };
        let contact = [profile.phone.as_deref(), profile.address.as_deref()]
            .into_iter()
            .flatten()
            .collect::<Vec<_>>()
            .join(", ");
        tasks.push(OfferTask {
            person_id,
            name: profile.name,
            contact,
            offered: format_date(offered_at),
        });
    }
    Ok(tasks)
}

#[derive(Template)]
#[template(path = "post/print_queue.html")]
struct QueuePage {
    page: Page,
    tasks: Vec<OfferTask>,
    queued: Vec<QueueRow>,
    posted: Vec<QueueRow>,
    marked: Option<usize>,
}

#[derive(Deserialize)]
pub struct QueueQuery {
    /// How many letters the last "mark posted" marked.
    marked: Option<usize>,
}

pub async fn queue_page(
    State(state): State<AppState>,
    page: Page,
    user: RequireUser,
    Query(query): Query<QueueQuery>,
) -> Result<Html<String>, AppError> {
    user.with_role(Role::FrontDesk)?;
    render(&QueuePage {
        tasks: offer_tasks(&state).await?,
        queued: queue_rows(&state, false).await?,
        posted: queue_rows(&state, true).await?,
        marked: query.marked,
        page,
    })
}

/// Every queued letter in one PDF, to print in one go.
pub async fn queue_pdf(
    State(state): State<AppState>,
    user: RequireUser,
) -> Result<Response, AppError> {
    let staff = user.with_role(Role::FrontDesk)?;
    let mut printables = Vec::new();
    for (_, letter) in super::print_jobs(&state.db, false).await? {
        printables.push(printable(&state, letter).await?);
    }
    let pdf = render_letters(&state, &printables, Actor::Person(staff.id)).await?;
    Ok(pdf_response("udskriftskoe.pdf", pdf))
}

/// A letter from the queue by `ID.pdf`: a print job's letter only.
async fn queued_letter(state: &AppState, file: &str) -> Result<(PrintJob, Letter), AppError> {
    let id = file.strip_suffix(".pdf").ok_or(AppError::NotFound)?;
    let job = super::print_job(&state.db, id)
        .await?
        .ok_or(AppError::NotFound)?;
    let letter = super::letter(&state.db, id)
        .await?
        .ok_or(AppError::NotFound)?;
    Ok((job, letter))
}

pub async fn letter_pdf(
    State(state): State<AppState>,
    user: RequireUser,
    Path(file): Path<String>,
) -> Result<Response, AppError> {
    let staff = user.with_role(Role::FrontDesk)?;
    let (_, letter) = queued_letter(&state, &file).await?;
    let printables = [printable(&state, letter).await?];
    let pdf = render_letters(&state, &printables, Actor::Person(staff.id)).await?;
    Ok(pdf_response(&file, pdf))
}

#[derive(Deserialize)]
pub struct PostedForm {
    /// The letters ticked on the page; a form repeats the field once per letter.
    #[serde(default)]
    letter: Vec<String>,
}

pub async fn mark_posted(
    State(state): State<AppState>,
    user: RequireUser,
    axum_extra::extract::Form(form): axum_extra::extract::Form<PostedForm>,
) -> Result<Redirect, AppError> {
    let staff = user.with_role(Role::FrontDesk)?;
    let marked = super::mark_posted(
        &state.db,
        &state.clock,
        &form.letter,
        Actor::Person(staff.id),
    )
    .await?;
    Ok(Redirect::to(&format!("/udskrift?marked={marked}")))
}

/// An attachment of a queued letter, to print with it. Printing is not reading: the
/// read receipt stays the citizen's; the audit log has who printed it.
pub async fn attachment(
    State(state): State<AppState>,
    user: RequireUser,
    Path((id, position)): Path<(String, i64)>,
) -> Result<Response, AppError> {
    let staff = user.with_role(Role::FrontDesk)?;
    let (_, letter) = queued_letter(&state, &format!("{id}.pdf")).await?;
    let (attachment, bytes) = attachment_bytes(&state, &letter, position).await?;
    audit::record(
        &state.db,
        &state.clock,
        NewEntry::new(Actor::Person(staff.id), "post.print")
            .subject(&letter.recipient_id)
            .object(&attachment.id),
    )
    .await?;
    Ok(pdf_response(&attachment.filename, bytes))
}

/// The front desk has offered the citizen paper post.
pub async fn offer_done(
    State(state): State<AppState>,
    user: RequireUser,
    Path(person_id): Path<String>,
) -> Result<Redirect, AppError> {
    let staff = user.with_role(Role::FrontDesk)?;
    if !super::close_exemption_offer(&state.db, &state.clock, &person_id, Actor::Person(staff.id))
        .await?
    {
        return Err(AppError::NotFound);
    }
    Ok(Redirect::to("/udskrift"))
}

#[derive(Deserialize, IntoParams)]
pub struct LettersQuery {
    /// `queued` (the default) or `posted`.
    status: Option<String>,
}

#[derive(Serialize, ToSchema)]
pub struct PaperLetterResponse {
    id: String,
    /// letter (a paper reader's letter), escalation (a paper copy of an unopened letter)
    /// or exemption_offer.
    reason: String,
    status: String,
    queued_at: String,
    posted_at: Option<String>,
    /// Where to get the letter as a PDF.
    pdf: String,
}

fn rfc3339(ms: i64) -> String {
    jiff::Timestamp::from_millisecond(ms)
        .map(|t| t.to_string())
        .unwrap_or_default()
}

#[utoipa::path(
    get,
    path = "/api/v1/letters",
    tag = "post",
    security(("api_key" = [])),
    params(LettersQuery),
    responses(
        (status = 200, description = "Paper letters in the print queue, oldest first (or posted, newest first)", body = [PaperLetterResponse]),
        (status = 400, description = "An unknown status", content_type = "application/problem+json")
    )
)]
pub async fn api_letters(
    State(state): State<AppState>,
    _client: ApiClient,
    Query(query): Query<LettersQuery>,
) -> Result<Json<Vec<PaperLetterResponse>>, AppError> {
    let posted = match query.status.as_deref() {
        None | Some("queued") => false,
        Some("posted") => true,
        Some(_) => return Err(AppError::BadRequest("print-status-unknown")),
    };
    let letters = super::print_jobs(&state.db, posted)
        .await?
        .into_iter()
        .map(|(job, letter)| PaperLetterResponse {
            pdf: format!("/api/v1/letters/{}.pdf", letter.id),
            id: letter.id,
            reason: job.reason,
            status: if posted { "posted" } else { "queued" }.into(),
            queued_at: rfc3339(job.created_at),
            posted_at: job.posted_at.map(rfc3339),
        })
        .collect();
    Ok(Json(letters))
}

#[utoipa::path(
    get,
    path = "/api/v1/letters/{file}",
    tag = "post",
    security(("api_key" = [])),
    params(("file" = String, Path, description = "The letter's id followed by .pdf")),
    responses(
        (status = 200, description = "The letter as an A4 PDF, the address in the window position", content_type = "application/pdf"),
        (status = 404, description = "No such paper letter", content_type = "application/problem+json")
    )
)]
pub async fn api_letter_pdf(
    State(state): State<AppState>,
    client: ApiClient,
    Path(file): Path<String>,
) -> Result<Response, AppError> {
    let (_, letter) = queued_letter(&state, &file).await?;
    let printables = [printable(&state, letter).await?];
    let pdf = render_letters(&state, &printables, client.actor()).await?;
    Ok(pdf_response(&file, pdf))
}
