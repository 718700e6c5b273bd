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

use super::citizen::attachment_bytes;
use super::view::{parse_date, AttachmentView};
use crate::audit::{self, Actor, NewEntry};
use crate::auth::{ApiClient, RequireUser, Role};
use crate::config::AuthorityProfile;
use crate::i18n::Lang;
use crate::people::{self, Profile};
use crate::post::bundle::{self, Part};
use crate::post::paper::{self, PaperLabels, PaperLetter, PaperNotice};
use crate::post::pdf_limits;
use crate::post::PrintReason;
use crate::post::{Attachment, Escalation, EscalationKind, Letter, PrintJob, Version};
use crate::state::AppState;
use crate::web::pdf_response;
use crate::web::{format_date, long_date, render, AppError, Page};

/// What a printed letter needs beyond the letter: who gets it, where, in which language,
/// why it is on paper, and its attachments' bytes.
struct Printable {
    letter: Letter,
    recipient: Option<Profile>,
    /// For a paper copy made by an escalation: the escalation, whose moved deadline the
    /// copy explains at its top.
    copy_of: Option<Escalation>,
    /// Each attachment with its bytes; `None` when the file store has lost them.
    attachments: Vec<(Attachment, Option<Vec<u8>>)>,
    /// The reader reads another language than the letter's and has no version in it:
    /// the paper says so at the top, in theirs, with the number to call.
    not_in_reader_language: bool,
}

impl Printable {
    /// The letter's own language: the words the paper prints around the letter (dates,
    /// "Kort fortalt", page numbers) are in the language the letter is written in.
    fn lang(&self) -> Lang {
        Lang::from_code(&self.letter.language).unwrap_or_default()
    }

    /// The reader's language, for what the authority says to the reader about the copy
    /// itself (why it comes on paper), as every text the system writes to them.
    fn reader_lang(&self) -> Lang {
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
    notice: Option<(String, String)>,
    attachments: Vec<String>,
    summary_heading: String,
    page: String,
    of: String,
    attachments_heading: String,
}

/// Renders letters into one PDF, each in its reader's language and followed by its
/// attachments, and audits that staff (or a system) made each one.
async fn render_letters(
    state: &AppState,
    printables: Vec<Printable>,
    by: Actor,
) -> Result<Vec<u8>, AppError> {
    let printed: Vec<(String, String)> = printables
        .iter()
        .map(|p| (p.letter.recipient_id.clone(), p.letter.id.clone()))
        .collect();
    let authority = state.authority.clone();
    // Reading attachments back and merging them is seconds of CPU for a long queue.
    let pdf = tokio::task::spawn_blocking(move || print_job(&authority, &printables))
        .await
        .map_err(|error| AppError::internal("printing the queue", error))?
        .map_err(|error| AppError::internal("merging the print job", error))?;
    for (recipient_id, letter_id) in printed {
        audit::record(
            &state.db,
            &state.clock,
            NewEntry::new(by.clone(), "post.print")
                .subject(&recipient_id)
                .object(&letter_id),
        )
        .await?;
    }
    Ok(pdf)
}

/// The letters, each followed by those of its attachments that can be merged, as one
/// PDF. An attachment that cannot be merged is named on its letter as one to print on
/// its own. Letters without attachments go straight into one PDF, read back by nobody.
fn print_job(
    authority: &AuthorityProfile,
    printables: &[Printable],
) -> Result<Vec<u8>, bundle::MergeError> {
    // The authority's contact lines in each language, each letter taking its own.
    let contact: Vec<(Lang, [String; 3])> = Lang::ALL
        .into_iter()
        .map(|lang| {
            let phone = lang.t_args("paper-phone", &[("phone", authority.phone.clone())]);
            let hours = authority
                .opening_hours_in(lang)
                .unwrap_or_else(|| authority.opening_hours.clone());
            (lang, [authority.address.clone(), phone, hours])
        })
        .collect();
    let sender_lines: Vec<(Lang, [&str; 3])> = contact
        .iter()
        .map(|(lang, lines)| (*lang, lines.each_ref().map(String::as_str)))
        .collect();
    let lines_in = |lang: Lang| {
        sender_lines
            .iter()
            .find(|(of, _)| *of == lang)
            .map_or(&[][..], |(_, lines)| &lines[..])
    };
    let mut parts: Vec<Vec<Part>> = Vec::with_capacity(printables.len());
    let mut texts: Vec<PaperTexts> = Vec::with_capacity(printables.len());
    // A round takes its first letter whatever that costs; its attachments must still
    // fit in the round's memory, or they are printed on their own.
    let mut memory = u64::try_from(authority.post.print_round_bytes()).unwrap_or(0);
    for printable in printables {
        let (merged, lines) = read_attachments(printable, &mut memory);
        parts.push(merged);
        texts.push(paper_texts(printable, lines, &authority.phone));
    }
    let labels: Vec<PaperLabels<'_>> = texts.iter().map(PaperTexts::labels).collect();
    let letters: Vec<PaperLetter<'_>> = printables
        .iter()
        .zip(&texts)
        .zip(&labels)
        .map(|((printable, texts), labels)| {
            paper_letter(
                authority,
                lines_in(printable.lang()),
                printable,
                texts,
                labels,
            )
        })
        .collect();
    if printables.iter().all(|p| p.attachments.is_empty()) {
        return Ok(paper::render(&letters));
    }
    let mut job = Vec::new();
    for (letter, attachments) in letters.iter().zip(parts) {
        job.push(Part::read(&paper::render(std::slice::from_ref(letter)))?);
        job.extend(attachments);
    }
    bundle::merge(job)
}

/// The attachments that can go in the print job, within what is left of the round's
/// `memory`, and a line for each attachment that the letter prints: included, or to print
/// on its own.
fn read_attachments(printable: &Printable, memory: &mut u64) -> (Vec<Part>, Vec<String>) {
    let lang = printable.lang();
    let mut merged = Vec::new();
    let mut lines = Vec::new();
    for (attachment, bytes) in &printable.attachments {
        let args = [
            ("number", (attachment.position + 1).to_string()),
            ("filename", attachment.filename.clone()),
        ];
        let read = match bytes {
            Some(bytes) => Part::read_within(bytes, *memory),
            None => Err(bundle::Unmergeable::Unreadable),
        };
        match read {
            Ok(part) => {
                *memory -= part.cost();
                merged.push(part);
                lines.push(lang.t_args("paper-attachment-included", &args));
            }
            Err(why) => {
                tracing::warn!(attachment = %attachment.id, %why, "attachment to print on its own");
                lines.push(lang.t_args("paper-attachment-separate", &args));
            }
        }
    }
    (merged, lines)
}

fn paper_letter<'a>(
    authority: &'a AuthorityProfile,
    sender_lines: &'a [&'a str],
    printable: &'a Printable,
    texts: &'a PaperTexts,
    labels: &'a PaperLabels<'a>,
) -> PaperLetter<'a> {
    PaperLetter {
        authority: &authority.name,
        sender_name: &printable.letter.sender_name,
        sender_lines,
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
        notice: texts
            .notice
            .as_ref()
            .map(|(heading, text)| PaperNotice { heading, text }),
        attachments: &texts.attachments,
        labels,
        lang: &printable.letter.language,
        large_print: printable.recipient.as_ref().is_some_and(|r| r.large_print),
    }
}

impl PaperTexts {
    fn labels(&self) -> PaperLabels<'_> {
        PaperLabels {
            summary_heading: &self.summary_heading,
            page: &self.page,
            of: &self.of,
            attachments_heading: &self.attachments_heading,
        }
    }
}

fn sent_day(ms: i64) -> Date {
    crate::clock::in_denmark(ms).map_or(Date::ZERO, |at| at.date())
}

fn paper_texts(printable: &Printable, attachments: Vec<String>, phone: &str) -> PaperTexts {
    let lang = printable.lang();
    let sent = sent_day(printable.letter.sent_at);
    PaperTexts {
        date: long_date(lang, sent),
        deadline: parse_date(printable.letter.deadline_current.as_deref())
            .map(|d| lang.t_args("letter-deadline", &[("date", long_date(lang, d))])),
        notice: notice(printable, sent, phone),
        attachments,
        summary_heading: lang.t("letter-summary"),
        page: lang.t("paper-page"),
        of: lang.t("paper-of"),
        attachments_heading: lang.t("letter-attachments"),
    }
}

/// One letter's pages as its paper copy sets them, for "Hent mine data" (its ZIP and the
/// front desk's print): no notice of a copy, its attachments named under "Bilag" since
/// they travel as their own files. Answers the pages and the letter's language.
pub(crate) fn letter_pages(
    authority: &AuthorityProfile,
    letter: Letter,
    recipient: Option<Profile>,
    attachments: &[Attachment],
) -> (Vec<typeset::Page>, String) {
    let printable = Printable {
        letter,
        recipient,
        copy_of: None,
        attachments: Vec::new(),
        // "Mine data" prints the letters as they were sent, without notes about them.
        not_in_reader_language: false,
    };
    let lang = printable.lang();
    let lines = attachments
        .iter()
        .map(|a| {
            format!(
                "{} {}: {}",
                lang.t("letter-attachments"),
                a.position + 1,
                a.filename
            )
        })
        .collect();
    let texts = paper_texts(&printable, lines, &authority.phone);
    let phone = lang.t_args("paper-phone", &[("phone", authority.phone.clone())]);
    let hours = authority
        .opening_hours_in(lang)
        .unwrap_or_else(|| authority.opening_hours.clone());
    let contact = [authority.address.as_str(), phone.as_str(), hours.as_str()];
    let labels = texts.labels();
    let pages = paper::letter_pages(&paper_letter(
        authority, &contact, &printable, &texts, &labels,
    ));
    (pages, printable.letter.language)
}

/// What the paper says at its top, in the reader's language: that it is a copy of an
/// unopened letter, that the letter is not in their language and whom to call, or both.
fn notice(printable: &Printable, sent: Date, phone: &str) -> Option<(String, String)> {
    let reader = printable.reader_lang();
    let copy = printable
        .copy_of
        .as_ref()
        .and_then(|escalation| copy_notice(reader, sent, escalation));
    let language = printable.not_in_reader_language.then(|| {
        reader.t_args(
            "letter-not-in-your-language",
            &[
                ("original", printable.lang().code().to_owned()),
                ("phone", phone.to_owned()),
            ],
        )
    });
    match (copy, language) {
        (Some((heading, text)), Some(language)) => Some((heading, format!("{text}\n{language}"))),
        (Some(copy), None) => Some(copy),
        (None, Some(language)) => Some((reader.t("paper-language-heading"), language)),
        (None, None) => None,
    }
}

/// What a paper copy says at its top: a copy of the letter sent to their digital post
/// on `sent`, not opened, and the deadline moved from before to after.
fn copy_notice(lang: Lang, sent: Date, escalation: &Escalation) -> Option<(String, String)> {
    let before = parse_date(Some(&escalation.deadline_before))?;
    let after = parse_date(Some(&escalation.deadline_after))?;
    let text = lang.t_args(
        "paper-copy-text",
        &[
            ("sent", long_date(lang, sent)),
            ("before", long_date(lang, before)),
            ("after", long_date(lang, after)),
        ],
    );
    Some((lang.t("paper-copy-heading"), text))
}

/// A print job's letter with all it needs to be printed.
async fn printable(
    state: &AppState,
    job: &PrintJob,
    letter: Letter,
) -> Result<Printable, AppError> {
    let attachments = crate::post::attachments_of(&state.db, &letter.id).await?;
    printable_with(state, job, letter, attachments).await
}

/// As [`printable`], with the letter's attachments already read from the database.
async fn printable_with(
    state: &AppState,
    job: &PrintJob,
    letter: Letter,
    stored: Vec<Attachment>,
) -> Result<Printable, AppError> {
    let recipient = people::profile(&state.db, &letter.recipient_id).await?;
    let reader = recipient
        .as_ref()
        .and_then(|r| Lang::from_code(&r.language));
    let versions = crate::post::versions_of(&state.db, &letter).await?;
    let letter = match versions.iter().find(|v| Some(v.language) == reader) {
        Some(version) => in_version(letter, version),
        None => letter,
    };
    let not_in_reader_language = reader.is_some_and(|reader| reader.code() != letter.language);
    let copy_of = match job.reason {
        PrintReason::Escalation => crate::post::escalations_of(&state.db, &letter.id)
            .await?
            .into_iter()
            .rev()
            .find(|e| e.kind == EscalationKind::Paper),
        _ => None,
    };
    let mut attachments = Vec::with_capacity(stored.len());
    for attachment in stored {
        let bytes = state.files.get(&attachment.file_hash).await.ok();
        attachments.push((attachment, bytes));
    }
    Ok(Printable {
        letter,
        recipient,
        copy_of,
        attachments,
        not_in_reader_language,
    })
}

/// A letter on paper for a reader with a version in their language: the version, said to
/// be a translation, then the original, which is the one that counts; a reader on paper
/// cannot follow a link to it.
fn in_version(letter: Letter, version: &Version) -> Letter {
    let lang = version.language;
    let summary = letter
        .summary
        .as_ref()
        .map(|summary| format!("{summary}\n\n"))
        .unwrap_or_default();
    let body = format!(
        "*{}*\n\n{}\n\n## {}\n\n**{}**\n\n{summary}{}",
        lang.t("paper-translated"),
        version.body,
        lang.t("paper-original-heading"),
        letter.subject,
        letter.body,
    );
    Letter {
        subject: version.subject.clone(),
        summary: version.summary.clone(),
        body,
        language: lang.code().to_owned(),
        ..letter
    }
}

/// A queued or posted letter as the print queue page shows it.
struct QueueRow {
    id: String,
    /// To print with the letter: the front desk opens each from the queue.
    attachments: Vec<AttachmentView>,
    /// The attachments as stored, whose cost decides the print round.
    stored: Vec<Attachment>,
    recipient: String,
    address: String,
    /// The reader's phone, for a letter that cannot be posted (no address).
    phone: String,
    subject: String,
    /// The letter's language, for `lang` on its subject.
    lang: String,
    reason_key: &'static str,
    queued: String,
    posted: Option<String>,
    /// Read aloud or handed over rather than posted.
    in_person: bool,
    /// Why a copy left the queue unprinted: "Ikke længere nødvendig: ...".
    not_needed: Option<String>,
}

/// "Ikke længere nødvendig: borgeren åbnede brevet DATE" for a copy taken off the queue.
pub(super) fn not_needed_text(job: &PrintJob, lang: Lang) -> Option<String> {
    let why = job.cancelled_reason?;
    let date = format_date(lang, job.cancelled_at?);
    Some(lang.t_args(why.label_key(), &[("date", date)]))
}

/// The print jobs as the queue page lists them: to post, to call or meet about, posted,
/// or no longer needed.
async fn queue_rows(
    state: &AppState,
    jobs: Vec<(PrintJob, Letter)>,
    page_lang: Lang,
) -> Result<Vec<QueueRow>, AppError> {
    let mut rows = Vec::new();
    for (job, letter) in jobs {
        let recipient = people::profile(&state.db, &letter.recipient_id).await?;
        let lang = recipient
            .as_ref()
            .and_then(|r| Lang::from_code(&r.language))
            .unwrap_or_default();
        let stored = crate::post::attachments_of(&state.db, &letter.id).await?;
        rows.push(QueueRow {
            attachments: stored.iter().map(|a| AttachmentView::of(a, lang)).collect(),
            stored,
            id: letter.id,
            recipient: recipient
                .as_ref()
                .map(|r| r.name.clone())
                .unwrap_or_default(),
            phone: recipient
                .as_ref()
                .and_then(|r| r.phone.clone())
                .unwrap_or_default(),
            address: recipient.and_then(|r| r.address).unwrap_or_default(),
            in_person: job.delivered == Some(crate::post::model::Delivery::InPerson),
            subject: letter.subject,
            lang: letter.language,
            reason_key: job.reason.label_key(),
            queued: format_date(page_lang, job.created_at),
            posted: job.posted_at.map(|at| format_date(page_lang, at)),
            not_needed: not_needed_text(&job, page_lang),
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

async fn offer_tasks(state: &AppState, lang: Lang) -> Result<Vec<OfferTask>, AppError> {
    let mut tasks = Vec::new();
    for (person_id, offered_at) in crate::post::open_exemption_offers(&state.db).await? {
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
            offered: format_date(lang, offered_at),
        });
    }
    Ok(tasks)
}

#[derive(Template)]
#[template(path = "post/print_queue.html")]
struct QueuePage {
    page: Page,
    tasks: Vec<OfferTask>,
    /// Letters whose reader has no address: never posted; read aloud or handed over.
    no_address: Vec<QueueRow>,
    queued: Vec<QueueRow>,
    /// How many of `queued`, oldest first, the download of the whole queue holds now.
    round: usize,
    posted: Vec<QueueRow>,
    /// Copies of unopened letters taken off the queue: the letter was opened or answered.
    not_needed: Vec<QueueRow>,
    marked: Option<usize>,
    handed_over: bool,
}

#[derive(Deserialize)]
pub(crate) struct QueueQuery {
    /// How many letters the last "mark posted" marked.
    marked: Option<usize>,
    /// Set after a letter was marked as read aloud or handed over.
    givet: Option<String>,
}

pub(crate) async fn queue_page(
    State(state): State<AppState>,
    page: Page,
    user: RequireUser,
    Query(query): Query<QueueQuery>,
) -> Result<Html<String>, AppError> {
    user.with_role(Role::FrontDesk)?;
    // Read and split by address once: both lists come from the one queue.
    let queue = crate::post::print_queue(&state.db).await?;
    let queued = queue_rows(&state, queue.postable, page.lang).await?;
    let stored: Vec<&[Attachment]> = queued.iter().map(|row| row.stored.as_slice()).collect();
    let round = round_of(&state, &stored).await?;
    render(&QueuePage {
        tasks: offer_tasks(&state, page.lang).await?,
        no_address: queue_rows(&state, queue.no_address, page.lang).await?,
        queued,
        round,
        posted: queue_rows(
            &state,
            crate::post::print_jobs(&state.db, true).await?,
            page.lang,
        )
        .await?,
        not_needed: queue_rows(
            &state,
            crate::post::not_needed_copies(&state.db).await?,
            page.lang,
        )
        .await?,
        marked: query.marked,
        handed_over: query.givet.is_some(),
        page,
    })
}

/// What a letter's attachments cost a print round: what printing holds in memory for
/// them, by the check printing makes first (`pdf_limits`), not their size on disk, which
/// makes nothing of a file of 41 KB that inflates to 40 MiB. A file the check refuses is
/// left out of the print but still read, so its bytes count; a file the store lost costs
/// nothing.
async fn print_cost(state: &AppState, attachments: &[Attachment]) -> Result<i64, AppError> {
    let mut cost = 0i64;
    for attachment in attachments {
        let Ok(bytes) = state.files.get(&attachment.file_hash).await else {
            continue;
        };
        // Bounded by the limits, but up to a tenth of a second of inflating.
        let one = tokio::task::spawn_blocking(move || {
            pdf_limits::check(&bytes).map_or(bytes.len() as u64, |checked| checked.cost())
        })
        .await
        .map_err(|error| AppError::internal("checking an attachment", error))?;
        cost = cost.saturating_add(i64::try_from(one).unwrap_or(i64::MAX));
    }
    Ok(cost)
}

/// How many of the queued letters, oldest first, one download of the whole queue holds
/// (`Policy::print_round`), costing their attachments as printing will. The queue page
/// and the download ask the same, so the page ticks just the letters the PDF holds; files
/// are read only until the round is full.
async fn round_of(state: &AppState, letters: &[&[Attachment]]) -> Result<usize, AppError> {
    let budget = state.authority.post.print_round_bytes();
    let mut costs = Vec::new();
    let mut total = 0i64;
    for attachments in letters {
        let cost = print_cost(state, attachments).await?;
        costs.push(cost);
        total = total.saturating_add(cost);
        if total > budget {
            break;
        }
    }
    Ok(state.authority.post.print_round(costs))
}

/// The queued letters in one PDF, to print in one go: all of them, or, when their
/// attachments cost more than a print round holds, the oldest that fit (the queue page
/// says so, and ticks just those to mark posted).
pub(crate) async fn queue_pdf(
    State(state): State<AppState>,
    user: RequireUser,
) -> Result<Response, AppError> {
    let staff = user.with_role(Role::FrontDesk)?;
    let (pdf, _) = whole_queue_pdf(&state, Actor::Person(staff.id)).await?;
    Ok(pdf_response("udskriftskoe.pdf", pdf))
}

/// The PDF of [`queue_pdf`], made by `by`, and the letters it holds: what the front desk
/// downloads, and what `benches/print_queue_memory.rs` measures.
pub async fn whole_queue_pdf(
    state: &AppState,
    by: Actor,
) -> Result<(Vec<u8>, Vec<String>), AppError> {
    let mut queue = Vec::new();
    for (job, letter) in crate::post::print_queue(&state.db).await?.postable {
        let attachments = crate::post::attachments_of(&state.db, &letter.id).await?;
        queue.push((job, letter, attachments));
    }
    let stored: Vec<&[Attachment]> = queue.iter().map(|(_, _, a)| a.as_slice()).collect();
    let round = round_of(state, &stored).await?;
    let mut printables = Vec::with_capacity(round);
    for (job, letter, attachments) in queue.into_iter().take(round) {
        printables.push(printable_with(state, &job, letter, attachments).await?);
    }
    let letters = printables.iter().map(|p| p.letter.id.clone()).collect();
    Ok((render_letters(state, printables, by).await?, letters))
}

/// A letter from the queue by `ID.pdf`: a print job's letter only, and not a copy no
/// longer needed, which would tell the citizen they had not opened a letter they had.
async fn queued_letter(state: &AppState, file: &str) -> Result<(PrintJob, Letter), AppError> {
    let id = file.strip_suffix(".pdf").ok_or(AppError::NotFound)?;
    let job = crate::post::print_job(&state.db, id)
        .await?
        .filter(|job| job.cancelled_at.is_none())
        .ok_or(AppError::NotFound)?;
    let letter = crate::post::letter(&state.db, id)
        .await?
        .ok_or(AppError::NotFound)?;
    Ok((job, letter))
}

pub(crate) async fn letter_pdf(
    State(state): State<AppState>,
    user: RequireUser,
    Path(file): Path<String>,
) -> Result<Response, AppError> {
    let staff = user.with_role(Role::FrontDesk)?;
    let (job, letter) = queued_letter(&state, &file).await?;
    let printables = vec![printable(&state, &job, letter).await?];
    let pdf = render_letters(&state, printables, Actor::Person(staff.id)).await?;
    Ok(pdf_response(&file, pdf))
}

#[derive(Deserialize)]
pub(crate) struct PostedForm {
    /// The letters ticked on the page; a form repeats the field once per letter.
    #[serde(default)]
    letter: Vec<String>,
}

pub(crate) async fn mark_posted(
    State(state): State<AppState>,
    user: RequireUser,
    axum_extra::extract::Form(form): axum_extra::extract::Form<PostedForm>,
) -> Result<Redirect, AppError> {
    let staff = user.with_role(Role::FrontDesk)?;
    let marked = crate::post::mark_posted(
        &state.db,
        &state.clock,
        &form.letter,
        Actor::Person(staff.id),
    )
    .await?;
    Ok(Redirect::to(&format!("/udskrift?marked={marked}")))
}

/// A letter to a reader without an address was read aloud on the phone or handed over.
pub(crate) async fn hand_over(
    State(state): State<AppState>,
    user: RequireUser,
    Path(id): Path<String>,
) -> Result<Redirect, AppError> {
    let staff = user.with_role(Role::FrontDesk)?;
    let queue = crate::post::print_queue(&state.db).await?;
    if !queue.no_address.iter().any(|(_, letter)| letter.id == id) {
        return Err(AppError::NotFound);
    }
    crate::post::hand_over(&state.db, &state.clock, &id, Actor::Person(staff.id)).await?;
    Ok(Redirect::to("/udskrift?givet=1"))
}

/// An attachment of a queued letter, to print with it. Printing is not reading: the
/// read receipt stays the citizen's; the audit log has who printed it.
pub(crate) async fn attachment(
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
pub(crate) async fn offer_done(
    State(state): State<AppState>,
    user: RequireUser,
    Path(person_id): Path<String>,
) -> Result<Redirect, AppError> {
    let staff = user.with_role(Role::FrontDesk)?;
    if !crate::post::close_exemption_offer(
        &state.db,
        &state.clock,
        &person_id,
        Actor::Person(staff.id),
    )
    .await?
    {
        return Err(AppError::NotFound);
    }
    Ok(Redirect::to("/udskrift"))
}

fn print_status_schema() -> utoipa::openapi::Object {
    crate::web::openapi::parameter_one_of(
        "`queued` (the default) or `posted`.",
        ["queued", "posted"],
    )
}

#[derive(Deserialize, IntoParams)]
pub(crate) struct LettersQuery {
    /// `queued` (the default) or `posted`.
    #[param(schema_with = print_status_schema)]
    status: Option<String>,
}

#[derive(Serialize, ToSchema)]
pub(crate) struct PaperLetterResponse {
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
        (status = 200, description = "Paper letters in the print queue that can be posted, oldest first (or posted, newest first); a letter whose reader has no address is never listed as queued", body = [PaperLetterResponse]),
        (status = 400, description = "An unknown status", content_type = "application/problem+json")
    )
)]
pub(crate) async fn api_letters(
    State(state): State<AppState>,
    _client: ApiClient,
    Query(query): Query<LettersQuery>,
) -> Result<Json<Vec<PaperLetterResponse>>, AppError> {
    let posted = match query.status.as_deref() {
        None | Some("queued") => false,
        Some("posted") => true,
        Some(_) => return Err(AppError::BadRequest("print-status-unknown")),
    };
    // A letter whose reader has no address is not for a print service to post: the
    // front desk reads it aloud or hands it over.
    let jobs = match posted {
        false => crate::post::print_queue(&state.db).await?.postable,
        true => crate::post::print_jobs(&state.db, true).await?,
    };
    let letters = jobs
        .into_iter()
        .map(|(job, letter)| PaperLetterResponse {
            pdf: format!("/api/v1/letters/{}.pdf", letter.id),
            id: letter.id,
            reason: job.reason.as_str().to_owned(),
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
    params(("file" = String, Path, pattern = "^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\\.pdf$", description = "The letter's id followed by .pdf")),
    responses(
        (status = 200, description = "The letter as an A4 PDF, the address in the window position", content_type = "application/pdf"),
        (status = 404, description = "No such paper letter", content_type = "application/problem+json")
    )
)]
pub(crate) async fn api_letter_pdf(
    State(state): State<AppState>,
    client: ApiClient,
    Path(file): Path<String>,
) -> Result<Response, AppError> {
    let (job, letter) = queued_letter(&state, &file).await?;
    let printables = vec![printable(&state, &job, letter).await?];
    let pdf = render_letters(&state, printables, client.actor()).await?;
    Ok(pdf_response(&file, pdf))
}
