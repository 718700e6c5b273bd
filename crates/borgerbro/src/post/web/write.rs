//! The caseworker's write page: find the recipient, write with klarsprog's findings beside
//! the draft, attach PDFs, preview the letter as the citizen will see it, and send.
//!
//! One multipart form does it all, so it works without JavaScript and keeps everything
//! typed on every round trip. An uploaded PDF goes to the file store at once and travels
//! on as a hidden `hash:filename` field, so it is never uploaded twice.

use askama::Template;
use axum::extract::{Multipart, Query, State};
use axum::http::StatusCode;
use axum::response::{Html, IntoResponse, Redirect, Response};
use jiff::civil::Date;
use serde::Deserialize;

use super::view::{AttachmentView, LetterView};
use crate::audit::Actor;
use crate::auth::{RequireUser, Role, User};
use crate::files::Files;
use crate::forms::{control_problem, FormErrors, Lines, TEXT_INVALID};
use crate::i18n::Lang;
use crate::people::{self, Profile};
use crate::post::model::{
    attachment_filename, check_attachment, draft_problems, letter_check, unfinished_draft_problems,
    version_problems, Area, Draft, MAX_ATTACHMENTS,
};
use crate::post::{DraftVersion, NewAttachment, NewLetter, SavedDraft, SendError, Sender, Version};
use crate::state::AppState;
use crate::web::{decimal, format_date, long_date, render, AppError, Page};

/// The longest area or deadline a draft keeps as typed (each is one word or a date).
const MAX_DRAFT_LINE_CHARS: usize = 100;

/// The write page's fields, kept as typed.
#[derive(Default)]
pub(crate) struct WriteForm {
    recipient_query: String,
    recipient_id: String,
    area: String,
    subject: String,
    summary: String,
    body: String,
    deadline: String,
    action: String,
    attachments: Vec<FormAttachment>,
    /// The saved draft this form continues, if any.
    draft_id: String,
    /// The letter in another language, if the caseworker writes one ("sprogversionering").
    version: DraftVersion,
}

/// A PDF uploaded earlier in this form and already in the file store.
pub(crate) struct FormAttachment {
    file_hash: String,
    filename: String,
    size: i64,
}

impl FormAttachment {
    /// The hidden field that carries it to the next round trip.
    fn field_value(&self) -> String {
        format!("{}:{}", self.file_hash, self.filename)
    }

    /// Reads a hidden field back; a value that names no stored file is dropped.
    async fn from_field(value: &str, files: &Files) -> Option<Self> {
        let (hash, filename) = value.split_once(':')?;
        let size = files.size(hash).await?;
        Some(Self {
            file_hash: hash.to_owned(),
            filename: attachment_filename(filename),
            size: i64::try_from(size).ok()?,
        })
    }
}

#[derive(Template)]
#[template(path = "post/write.html")]
struct WritePage {
    page: Page,
    form: WriteForm,
    errors: FormErrors,
    areas: [Area; Area::ALL.len()],
    matches: Vec<Profile>,
    recipient: Option<Profile>,
    preview: Option<LetterView>,
    check: Option<klarsprog::Report>,
    max_attachments: usize,
    drafts: Vec<DraftRow>,
    saved: bool,
}

/// A saved draft as the write page lists it.
struct DraftRow {
    id: String,
    subject: String,
    updated: String,
}

async fn draft_rows(
    state: &AppState,
    author: &Actor,
    lang: Lang,
) -> Result<Vec<DraftRow>, AppError> {
    Ok(crate::post::drafts_of(&state.db, author)
        .await?
        .into_iter()
        .map(|d| DraftRow {
            id: d.id,
            subject: d.subject,
            updated: format_date(lang, d.updated_at),
        })
        .collect())
}

impl WritePage {
    fn lix(&self) -> String {
        self.check
            .as_ref()
            .map(|r| decimal(Lang::Da, r.lix))
            .unwrap_or_default()
    }
}

#[derive(Deserialize)]
pub(crate) struct WriteQuery {
    /// A saved draft to continue.
    kladde: Option<String>,
}

pub(crate) async fn write_page(
    State(state): State<AppState>,
    page: Page,
    user: RequireUser,
    Query(query): Query<WriteQuery>,
) -> Result<Html<String>, AppError> {
    let caseworker = user.with_role(Role::Caseworker)?;
    let author = Actor::Person(caseworker.id);
    let form = match query.kladde {
        None => WriteForm {
            area: Area::General.as_str().into(),
            ..WriteForm::default()
        },
        Some(id) => {
            let draft = crate::post::draft(&state.db, &id, &author)
                .await?
                .ok_or(AppError::NotFound)?;
            form_of_draft(draft, &state.files).await
        }
    };
    let recipient = match form.recipient_id.as_str() {
        "" => None,
        id => people::profile(&state.db, id).await?,
    };
    let drafts = draft_rows(&state, &author, page.lang).await?;
    render(&WritePage {
        page,
        form,
        errors: FormErrors::default(),
        areas: Area::ALL,
        matches: Vec::new(),
        recipient,
        preview: None,
        check: None,
        max_attachments: MAX_ATTACHMENTS,
        drafts,
        saved: false,
    })
}

async fn form_of_draft(draft: SavedDraft, files: &Files) -> WriteForm {
    let mut attachments = Vec::new();
    for line in draft.attachments.lines() {
        attachments.extend(FormAttachment::from_field(line, files).await);
    }
    WriteForm {
        recipient_id: draft.recipient_id.unwrap_or_default(),
        area: draft.area,
        subject: draft.subject,
        summary: draft.summary,
        body: draft.body,
        deadline: draft.deadline,
        attachments,
        draft_id: draft.id,
        version: draft.version,
        ..WriteForm::default()
    }
}

fn draft_of_form(form: &WriteForm, author: &Actor) -> SavedDraft {
    SavedDraft {
        id: form.draft_id.clone(),
        author: author.as_text(),
        recipient_id: Some(form.recipient_id.clone()).filter(|id| !id.is_empty()),
        area: form.area.clone(),
        subject: form.subject.clone(),
        summary: form.summary.clone(),
        body: form.body.clone(),
        deadline: form.deadline.clone(),
        attachments: form
            .attachments
            .iter()
            .map(FormAttachment::field_value)
            .collect::<Vec<_>>()
            .join("\n"),
        updated_at: 0,
        version: form.version.clone(),
    }
}

/// Reads the form. A broken or oversized upload becomes an error on the file field and
/// ends the reading there; the text fields come first in the form, so they are kept.
async fn read_form(
    mut multipart: Multipart,
    files: &Files,
    errors: &mut FormErrors,
) -> Result<WriteForm, AppError> {
    let mut form = WriteForm::default();
    loop {
        let field = match multipart.next_field().await {
            Ok(Some(field)) => field,
            Ok(None) => break,
            Err(_) => {
                errors.add("files", "post-attachment-too-large");
                break;
            }
        };
        let name = field.name().unwrap_or_default().to_owned();
        if name == "files" {
            let filename = field.file_name().unwrap_or_default().to_owned();
            let Ok(bytes) = field.bytes().await else {
                errors.add("files", "post-attachment-too-large");
                break;
            };
            // A file input left empty still sends a part, without name or bytes.
            if filename.is_empty() && bytes.is_empty() {
                continue;
            }
            match check_attachment(&bytes) {
                Ok(()) => form.attachments.push(FormAttachment {
                    file_hash: files.put(&bytes).await?,
                    filename: attachment_filename(&filename),
                    size: i64::try_from(bytes.len()).unwrap_or(i64::MAX),
                }),
                Err(problem) => errors.add("files", problem.message_key()),
            }
            continue;
        }
        let Ok(value) = field.text().await else {
            return Err(AppError::BadRequest("post-upload-broken"));
        };
        match name.as_str() {
            "recipient_query" => form.recipient_query = value,
            "recipient_id" => form.recipient_id = value,
            "area" => form.area = value,
            "subject" => form.subject = value,
            "summary" => form.summary = value,
            "body" => form.body = value,
            "deadline" => form.deadline = value,
            "action" => form.action = value,
            "draft_id" => form.draft_id = value,
            "version_language" => form.version.language = value,
            "version_subject" => form.version.subject = value,
            "version_summary" => form.version.summary = value,
            "version_body" => form.version.body = value,
            "attachment" => form
                .attachments
                .extend(FormAttachment::from_field(&value, files).await),
            _ => {}
        }
    }
    if let Some(hash) = form.action.strip_prefix("remove:") {
        form.attachments.retain(|a| a.file_hash != hash);
    }
    Ok(form)
}

/// Search, preview, remove an attachment or send, from one form that keeps everything
/// typed.
pub(crate) async fn write(
    State(state): State<AppState>,
    page: Page,
    user: RequireUser,
    multipart: Multipart,
) -> Result<Response, AppError> {
    let caseworker = user.with_role(Role::Caseworker)?;
    let author = Actor::Person(caseworker.id.clone());
    let mut errors = FormErrors::default();
    let mut form = read_form(multipart, &state.files, &mut errors).await?;
    let mut saved = form.action == "draft";
    if saved {
        // A draft may be unfinished, but holds only what its letter could.
        let draft = Draft {
            subject: &form.subject,
            summary: &form.summary,
            body: &form.body,
        };
        let mut problems = unfinished_draft_problems(&draft);
        let version = Draft {
            subject: &form.version.subject,
            summary: &form.version.summary,
            body: &form.version.body,
        };
        problems.extend(
            unfinished_draft_problems(&version)
                .into_iter()
                .map(|(field, message)| (version_field(field), message)),
        );
        for (field, typed) in [
            ("area", &form.area),
            ("deadline", &form.deadline),
            ("version_language", &form.version.language),
        ] {
            if typed.chars().count() > MAX_DRAFT_LINE_CHARS
                || control_problem(typed, Lines::One).is_err()
            {
                problems.push((field, TEXT_INVALID));
            }
        }
        saved = problems.is_empty();
        for (field, message) in problems {
            errors.add(field, message);
        }
    }
    if saved {
        form.draft_id =
            crate::post::save_draft(&state.db, &state.clock, draft_of_form(&form, &author)).await?;
    }
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
    let check = letter_check(&form.body);
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
                    actor: author.clone(),
                    name: caseworker.name.clone(),
                };
                match crate::post::send(
                    &state.db,
                    &state.clock,
                    &state.authority.post,
                    new,
                    &sender,
                )
                .await
                {
                    Ok(sent) => {
                        if !form.draft_id.is_empty() {
                            crate::post::delete_draft(&state.db, &form.draft_id, &author).await?;
                        }
                        return Ok(
                            Redirect::to(&format!("/breve/{}", sent.inner().id)).into_response()
                        );
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
    let drafts = draft_rows(&state, &author, page.lang).await?;
    let html = render(&WritePage {
        page,
        form,
        errors,
        areas: Area::ALL,
        matches,
        recipient,
        preview,
        check,
        max_attachments: MAX_ATTACHMENTS,
        drafts,
        saved,
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
    let draft = Draft {
        subject: &form.subject,
        summary: &form.summary,
        body: &form.body,
    };
    for (field, message) in draft_problems(&draft, check, &state.authority.post) {
        errors.add(field, message);
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
    // In the order of the form, for the error summary: the version, then the files.
    let version = version_of(&form.version, errors);
    if form.attachments.len() > MAX_ATTACHMENTS {
        errors.add("files", "post-attachments-too-many");
    }
    let summary = form.summary.trim();
    Some(NewLetter {
        recipient_id: recipient?.person_id.clone(),
        area: area?,
        subject: form.subject.trim().to_owned(),
        body: form.body.trim().to_owned(),
        summary: Some(summary.to_owned()).filter(|s| !s.is_empty()),
        deadline,
        idempotency: None,
        attachments: form
            .attachments
            .iter()
            .map(|a| NewAttachment {
                filename: a.filename.clone(),
                size: a.size,
                file_hash: a.file_hash.clone(),
            })
            .collect(),
        // A caseworker writes in Danish here; the API can say otherwise.
        language: crate::i18n::Lang::Da,
        versions: version.into_iter().collect(),
    })
}

/// The write page's name for a field of the version in another language.
fn version_field(field: &'static str) -> &'static str {
    match field {
        "subject" => "version_subject",
        "summary" => "version_summary",
        _ => "version_body",
    }
}

/// The version in another language as typed, checked: none when no language is chosen;
/// else in a language other than the letter's Danish, with a subject and a body.
fn version_of(typed: &DraftVersion, errors: &mut FormErrors) -> Option<Version> {
    if typed.language.trim().is_empty() {
        if typed.is_begun() {
            errors.add("version_language", "post-version-language-missing");
        }
        return None;
    }
    let language = match Lang::from_code(typed.language.trim()) {
        Some(Lang::Da) => {
            errors.add("version_language", "post-version-same-language");
            return None;
        }
        Some(language) => language,
        None => {
            errors.add("version_language", "post-version-language-unknown");
            return None;
        }
    };
    let draft = Draft {
        subject: &typed.subject,
        summary: &typed.summary,
        body: &typed.body,
    };
    let problems = version_problems(&draft);
    for (field, message) in &problems {
        errors.add(version_field(field), message);
    }
    let summary = typed.summary.trim();
    problems.is_empty().then(|| Version {
        language,
        subject: typed.subject.trim().to_owned(),
        summary: Some(summary.to_owned()).filter(|s| !s.is_empty()),
        body: typed.body.trim().to_owned(),
    })
}

fn add_send_error(errors: &mut FormErrors, error: SendError) -> Result<(), AppError> {
    match error {
        SendError::UnknownRecipient => errors.add("recipient_query", "post-recipient-missing"),
        SendError::DeadlineInPast => errors.add("deadline", "post-deadline-past"),
        SendError::PaperDeadlineTooSoon { .. } => {
            errors.add("deadline", "post-deadline-paper-too-soon")
        }
        SendError::Idempotency(error) => return Err(error.into()),
        SendError::Database(error) => return Err(error.into()),
    }
    Ok(())
}

/// The letter as the citizen will see it, before it is sent.
fn preview_of(new: &NewLetter, sender: &User, lang: Lang) -> LetterView {
    LetterView {
        id: String::new(),
        lang: new.language.code().to_owned(),
        dir: new.language.dir(),
        versions: Vec::new(),
        translated: false,
        original: new.language,
        original_href: String::new(),
        not_in: None,
        subject: new.subject.clone(),
        sender_name: sender.name.clone(),
        sent: String::new(),
        area_key: new.area.label_key(),
        summary: new.summary.clone(),
        body_html: crate::web::markdown::safe_html(&new.body),
        deadline: new.deadline.map(|d| long_date(lang, d)),
        deadline_was: None,
        answered: None,
        opened: None,
        opened_by: None,
        done: false,
        paper: false,
        attachments: (0..)
            .zip(&new.attachments)
            .map(|(position, a)| AttachmentView::new(position, &a.filename, a.size, None, lang))
            .collect(),
        attachments_at: String::new(),
    }
}
