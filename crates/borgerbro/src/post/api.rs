//! The messages API for systems: send a letter (safely retried with `Idempotency-Key`)
//! and follow it: channel, read receipts, deadline and escalations.

use std::collections::BTreeMap;

use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::Json;
use base64::Engine;
use jiff::civil::Date;
use jiff::Timestamp;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use super::batch::{self, BatchError, RecipientRef, Recipients, Row, Template};
use super::model::{
    attachment_filename, check_attachment, draft_problems, letter_check, version_problems, Area,
    Draft, Policy, MAX_ATTACHMENTS, MAX_BODY_CHARS, MAX_SUBJECT_CHARS, MAX_SUMMARY_CHARS,
};
use super::{Letter, NewAttachment, NewLetter, SendError, Sender, Version};
use crate::audit::{self, NewEntry};
use crate::auth::{ApiClient, ApiScope};
use crate::forms::{control_problem, FormErrors, Lines};
use crate::i18n::Lang;
use crate::idempotency::Made;
use crate::people::{self, Cpr};
use crate::state::AppState;
use crate::web::idempotency::IdempotentJson;
use crate::web::openapi::{self, Blank};
use crate::web::AppError;

/// Who a letter goes to: a person id, or a CPR number.
#[derive(Deserialize, ToSchema)]
#[serde(untagged)]
pub(crate) enum Recipient {
    Person {
        #[schema(format = Uuid, pattern = "^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")]
        person_id: String,
    },
    Cpr {
        #[schema(schema_with = cpr_schema)]
        cpr: String,
    },
}

#[derive(Deserialize, ToSchema)]
pub(crate) struct ActionRequest {
    /// The day the citizen must act by, YYYY-MM-DD.
    #[schema(format = Date, pattern = "^[0-9]{4}-[0-9]{2}-[0-9]{2}$")]
    deadline: String,
}

#[derive(Deserialize, ToSchema)]
pub(crate) struct NewMessageRequest {
    recipient: Recipient,
    #[schema(schema_with = subject_schema)]
    subject: String,
    /// Markdown; HTML and scripts are removed before anyone sees it.
    #[schema(schema_with = body_schema)]
    body: String,
    area: Option<Area>,
    #[schema(schema_with = summary_schema)]
    summary: Option<String>,
    /// PDFs, at most 5 of at most 20 MB each.
    #[serde(default)]
    #[schema(max_items = 5)]
    attachments: Vec<AttachmentRequest>,
    action: Option<ActionRequest>,
    /// The language the subject, summary and body are written in: its page, PDF and
    /// paper copy are marked and labelled in it. Danish when left out.
    #[serde(default)]
    #[schema(schema_with = language_schema)]
    language: Option<String>,
    /// The same letter in other languages ("sprogversionering"), by language code:
    /// `{"uk": {"subject": ..., "body": ...}}`. A reader of that language reads the
    /// version, with a link to this letter, which is the one that counts.
    #[serde(default)]
    translations: BTreeMap<String, VersionRequest>,
}

/// A letter in another language.
#[derive(Deserialize, ToSchema)]
pub(crate) struct VersionRequest {
    // Left out, they are refused by field as blank ones are (`version_problems`); the
    // document still says a version needs both.
    #[serde(default)]
    #[schema(schema_with = subject_schema, required = true)]
    subject: String,
    #[serde(default)]
    #[schema(schema_with = body_schema, required = true)]
    body: String,
    #[schema(schema_with = summary_schema)]
    summary: Option<String>,
}

/// The versions a system sent, checked: each in a language Borgerbro speaks, other than
/// the letter's own, with a subject and a body within a letter's limits.
fn versions(
    requested: &BTreeMap<String, VersionRequest>,
    original: Lang,
    errors: &mut FormErrors,
) -> Vec<Version> {
    let mut versions = Vec::new();
    for (code, request) in requested {
        let Some(language) = Lang::from_code(code) else {
            errors.add_at(
                format!("translations.{code}"),
                "post-version-language-unknown",
            );
            continue;
        };
        if language == original {
            errors.add_at(format!("translations.{code}"), "post-version-same-language");
            continue;
        }
        let summary = request.summary.as_deref().unwrap_or_default();
        let draft = Draft {
            subject: &request.subject,
            summary,
            body: &request.body,
        };
        let problems = version_problems(&draft);
        for (field, message) in &problems {
            errors.add_at(format!("translations.{code}.{field}"), message);
        }
        if problems.is_empty() {
            versions.push(Version {
                language,
                subject: request.subject.trim().to_owned(),
                summary: Some(summary.trim().to_owned()).filter(|s| !s.is_empty()),
                body: request.body.trim().to_owned(),
            });
        }
    }
    versions
}

/// One of the languages, or null (which the enum must list too, or null is refused).
fn language_schema() -> utoipa::openapi::Object {
    let mut schema = openapi::one_of_or_null(language_codes());
    schema.description = Some(
        "The language the subject, summary and body are written in (ISO 639-1). Left out \
         or null is Danish."
            .to_owned(),
    );
    schema
}

#[derive(Deserialize, ToSchema)]
pub(crate) struct AttachmentRequest {
    #[schema(schema_with = filename_schema)]
    filename: String,
    /// The bytes are checked to be a PDF too.
    #[schema(schema_with = pdf_type_schema)]
    content_type: String,
    /// The file, base64 (RFC 4648, with padding).
    #[schema(pattern = "^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$")]
    data_base64: String,
}

fn cpr_schema() -> utoipa::openapi::Object {
    openapi::cpr(Blank::Refused)
}

/// The subject of a letter or a batch's template: one line the reader sees first.
fn subject_schema() -> utoipa::openapi::Object {
    openapi::line(MAX_SUBJECT_CHARS, Blank::Refused)
}

fn body_schema() -> utoipa::openapi::Object {
    openapi::text(MAX_BODY_CHARS, Blank::Refused)
}

/// "Kort fortalt", shown first; needed when the body is hard to read. It must say
/// something in plain words (4 to 60 words, checked by klarsprog), which no schema can.
fn summary_schema() -> utoipa::openapi::Object {
    let mut schema = openapi::text(MAX_SUMMARY_CHARS, Blank::Allowed);
    schema.description = Some(
        "\"Kort fortalt\", shown first: 4 to 60 words in plain language; needed when the \
         body is hard to read. Empty is none."
            .to_owned(),
    );
    openapi::or_null(schema)
}

/// The longest file name an attachment may be sent with (a file system's limit); the
/// reader sees at most its first 100 characters.
const MAX_FILENAME_CHARS: usize = 255;

fn filename_schema() -> utoipa::openapi::Object {
    let mut schema = openapi::line(MAX_FILENAME_CHARS, Blank::Allowed);
    schema.description =
        Some("Shown to the reader; a path before the name is dropped, \".pdf\" added.".into());
    schema
}

/// A recipient's merge fields: names and their values, each value at most a body long.
fn fields_schema() -> utoipa::openapi::Object {
    utoipa::openapi::ObjectBuilder::new()
        .schema_type(utoipa::openapi::Type::Object)
        .additional_properties(Some(utoipa::openapi::schema::AdditionalProperties::RefOr(
            openapi::text(MAX_BODY_CHARS, Blank::Allowed).into(),
        )))
        .build()
}

fn pdf_type_schema() -> utoipa::openapi::Object {
    openapi::one_of(["application/pdf"])
}

#[derive(Serialize, ToSchema)]
pub(crate) struct AttachmentResponse {
    filename: String,
    size: i64,
    opened_at: Option<String>,
    opened_by: Option<String>,
}

#[derive(Serialize, ToSchema)]
pub(crate) struct ReplyResponse {
    created_at: String,
    /// "citizen", or who else wrote it ("person:ID").
    by: String,
    body: String,
}

#[derive(Serialize, ToSchema)]
pub(crate) struct DeadlineResponse {
    original: String,
    current: String,
}

#[derive(Serialize, ToSchema)]
pub(crate) struct EscalationResponse {
    kind: String,
    created_at: String,
    outcome: Option<String>,
}

/// Where a letter stands.
#[derive(Serialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub(crate) enum LetterStatus {
    Sent,
    Opened,
    Done,
}

#[derive(Serialize, ToSchema)]
pub(crate) struct MessageResponse {
    id: String,
    #[schema(value_type = crate::people::Channel)]
    channel: String,
    status: LetterStatus,
    opened_at: Option<String>,
    /// "citizen" when the recipient opened it, otherwise who did ("person:ID").
    opened_by: Option<String>,
    attachments: Vec<AttachmentResponse>,
    /// The citizen's answers, oldest first.
    replies: Vec<ReplyResponse>,
    deadline: Option<DeadlineResponse>,
    escalations: Vec<EscalationResponse>,
    /// The citizen's notes of disagreement on this letter, with staff's answers.
    notes: Vec<crate::mydata::NoteResponse>,
    #[schema(schema_with = written_in_schema)]
    language: String,
    /// The languages of its versions, besides the original's.
    translations: Vec<String>,
    /// The language of the version the reader saw when they first opened it: the
    /// original's or a version's.
    #[schema(schema_with = opened_language_schema)]
    opened_language: Option<String>,
}

fn language_codes() -> impl Iterator<Item = &'static str> {
    Lang::ALL.iter().map(|lang| lang.code())
}

fn written_in_schema() -> utoipa::openapi::Object {
    openapi::parameter_one_of("The language the letter is written in.", language_codes())
}

fn opened_language_schema() -> utoipa::openapi::Object {
    openapi::one_of_or_null(language_codes())
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
            kind: e.kind.as_str().to_owned(),
            created_at: rfc3339(e.created_at),
            outcome: e.outcome.map(|o| o.as_str().to_owned()),
        })
        .collect();
    let status = match (letter.done_at, letter.opened_at) {
        (Some(_), _) => LetterStatus::Done,
        (None, Some(_)) => LetterStatus::Opened,
        (None, None) => LetterStatus::Sent,
    };
    let recipient = format!("person:{}", letter.recipient_id);
    // The recipient is "citizen"; anyone else (a helper, staff) by name.
    let reader = |by: &String| {
        if *by == recipient {
            "citizen".to_owned()
        } else {
            by.clone()
        }
    };
    let attachments = super::attachments_of(&state.db, &letter.id)
        .await?
        .into_iter()
        .map(|a| AttachmentResponse {
            opened_at: a.opened_at.map(rfc3339),
            opened_by: a.opened_by.as_ref().map(reader),
            filename: a.filename,
            size: a.size,
        })
        .collect();
    let replies = super::replies_of(&state.db, &letter.id)
        .await?
        .into_iter()
        .map(|r| ReplyResponse {
            created_at: rfc3339(r.created_at),
            by: reader(&r.author),
            body: r.body,
        })
        .collect();
    let record = crate::mydata::Record::Letter(letter.id.clone());
    let notes = crate::mydata::notes_for_api(&state.db, &letter.recipient_id, &record).await?;
    Ok(MessageResponse {
        notes,
        replies,
        id: letter.id.clone(),
        language: letter.language.clone(),
        translations: super::versions_of(&state.db, letter)
            .await?
            .iter()
            .map(|version| version.language.code().to_owned())
            .collect(),
        opened_language: letter.opened_language.clone(),
        channel: letter.channel.as_str().to_owned(),
        status,
        opened_at: letter.opened_at.map(rfc3339),
        opened_by: letter.opened_by.as_ref().map(reader),
        attachments,
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
        (status = 409, description = "The key was used for another request, or a request with it is still being handled (Retry-After)", content_type = "application/problem+json"),
        (status = 422, description = "A field breaks the rules; `errors` says which and why", content_type = "application/problem+json")
    )
)]
pub(crate) async fn api_send(
    State(state): State<AppState>,
    IdempotentJson {
        client,
        body: request,
        idempotency,
    }: IdempotentJson<NewMessageRequest>,
) -> Result<Response, AppError> {
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
    let check = letter_check(&request.body);
    let draft = Draft {
        subject: &request.subject,
        summary: request.summary.as_deref().unwrap_or_default(),
        body: &request.body,
    };
    for (field, message) in draft_problems(&draft, check.as_ref(), &state.authority.post) {
        errors.add(field, message);
    }
    let language = match request.language.as_deref() {
        None => Lang::default(),
        Some(code) => Lang::from_code(code).unwrap_or_else(|| {
            errors.add("language", "people-language-unknown");
            Lang::default()
        }),
    };
    let versions = versions(&request.translations, language, &mut errors);
    let pdfs = decode_attachments(&request.attachments, &mut errors);
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
    let mut attachments = Vec::with_capacity(pdfs.len());
    for (filename, bytes) in pdfs {
        attachments.push(NewAttachment {
            filename,
            size: i64::try_from(bytes.len()).unwrap_or(i64::MAX),
            file_hash: state.files.put(&bytes).await?,
        });
    }
    let new = NewLetter {
        recipient_id,
        area: request.area.unwrap_or(Area::General),
        subject: request.subject.trim().to_owned(),
        body: request.body,
        summary: request.summary.filter(|s| !s.trim().is_empty()),
        deadline,
        idempotency,
        attachments,
        language,
        versions,
    };
    let sender = Sender {
        actor: client.actor(),
        name: client.0.name.clone(),
    };
    let sent = super::send(&state.db, &state.clock, &state.authority.post, new, &sender)
        .await
        .map_err(send_error)?;
    let status = match sent {
        Made::New(_) => StatusCode::CREATED,
        Made::Repeat(_) => StatusCode::OK,
    };
    Ok((status, Json(message_response(&state, sent.inner()).await?)).into_response())
}

#[utoipa::path(
    get,
    path = "/api/v1/messages/{id}",
    tag = "post",
    security(("api_key" = [])),
    params(("id" = String, Path, format = Uuid, description = "The letter's id")),
    responses(
        (status = 200, description = "The letter's channel, read receipt, deadline and escalations", body = MessageResponse),
        (status = 403, description = "A letter another system sent, and the key lacks `letters.read_all`", content_type = "application/problem+json"),
        (status = 404, description = "No such letter", content_type = "application/problem+json")
    )
)]
pub(crate) async fn api_get(
    State(state): State<AppState>,
    client: ApiClient,
    Path(id): Path<String>,
) -> Result<Json<MessageResponse>, AppError> {
    let letter = super::letter(&state.db, &id)
        .await?
        .ok_or(AppError::NotFound)?;
    if !client.made(&letter.sender) {
        client.require(ApiScope::LettersReadAll)?;
    }
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

/// Decodes and checks every attachment; answers the good ones as (clean name, bytes) and
/// notes each bad one.
fn decode_attachments(
    attachments: &[AttachmentRequest],
    errors: &mut FormErrors,
) -> Vec<(String, Vec<u8>)> {
    if attachments.len() > MAX_ATTACHMENTS {
        errors.add("attachments", "post-attachments-too-many");
        return Vec::new();
    }
    let mut pdfs = Vec::with_capacity(attachments.len());
    for attachment in attachments {
        if attachment.filename.chars().count() > MAX_FILENAME_CHARS {
            errors.add("attachments", "post-attachment-filename-too-long");
            continue;
        }
        // Trimmed, as every line is checked: spaces around a name are not part of it.
        if let Err(problem) = control_problem(attachment.filename.trim(), Lines::One) {
            errors.add("attachments", problem);
            continue;
        }
        let Ok(bytes) = base64::engine::general_purpose::STANDARD.decode(&attachment.data_base64)
        else {
            errors.add("attachments", "post-attachment-bad-base64");
            continue;
        };
        let checked = match attachment.content_type.as_str() {
            "application/pdf" => check_attachment(&bytes).map_err(|p| p.message_key()),
            _ => Err("post-attachment-not-pdf"),
        };
        match checked {
            Ok(()) => pdfs.push((attachment_filename(&attachment.filename), bytes)),
            Err(message) => errors.add("attachments", message),
        }
    }
    pdfs
}

fn invalid(field: &'static str, message: &'static str) -> AppError {
    let mut errors = FormErrors::default();
    errors.add(field, message);
    AppError::Invalid(errors)
}

/// A letter the system itself writes (about a permission, a booking) that cannot be sent
/// is a fault of ours, never of the person who asked for the change: only the database
/// failing can cause it.
impl From<SendError> for AppError {
    fn from(error: SendError) -> Self {
        match error {
            SendError::Database(error) => error.into(),
            other => AppError::internal("sending a system letter", other),
        }
    }
}

fn send_error(error: SendError) -> AppError {
    match error {
        SendError::UnknownRecipient => invalid("recipient", "post-recipient-unknown"),
        SendError::DeadlineInPast => invalid("action.deadline", "post-deadline-past"),
        SendError::PaperDeadlineTooSoon { .. } => {
            invalid("action.deadline", "post-deadline-paper-too-soon")
        }
        SendError::Idempotency(error) => error.into(),
        SendError::Database(error) => error.into(),
    }
}

/// At most this many recipients in one API call; bigger batches go through
/// `borgerbro post send-batch`.
const MAX_BATCH_RECIPIENTS: usize = 10_000;

#[derive(Deserialize, ToSchema)]
pub(crate) struct TemplateRequest {
    /// `{{ name }}` stands for each recipient's field `name`.
    #[schema(schema_with = subject_schema)]
    subject: String,
    #[schema(schema_with = body_schema)]
    body: String,
    area: Option<Area>,
    #[schema(schema_with = summary_schema)]
    summary: Option<String>,
    action: Option<ActionRequest>,
    /// The template in other languages, by language code, with the same fields: each
    /// letter gets its versions, as `translations` of a single letter.
    #[serde(default)]
    translations: BTreeMap<String, VersionRequest>,
}

#[derive(Deserialize, ToSchema)]
pub(crate) struct BatchRecipientRequest {
    recipient: Recipient,
    /// The values `{{ name }}` in the template stand for; each at most as long as a
    /// letter's body, and the merged letter is held to a letter's limits.
    #[serde(default)]
    #[schema(schema_with = fields_schema)]
    fields: std::collections::BTreeMap<String, String>,
}

#[derive(Deserialize, ToSchema)]
pub(crate) struct BatchRequest {
    template: TemplateRequest,
    #[schema(min_items = 1, max_items = 10000)]
    recipients: Vec<BatchRecipientRequest>,
}

#[derive(Serialize, ToSchema)]
pub(crate) struct BatchLetterResponse {
    id: String,
    recipient_id: String,
    #[schema(value_type = crate::people::Channel)]
    channel: String,
}

#[derive(Serialize, ToSchema)]
pub(crate) struct BatchResponse {
    id: String,
    count: i64,
    messages: Vec<BatchLetterResponse>,
}

#[utoipa::path(
    post,
    path = "/api/v1/messages/batch",
    tag = "post",
    security(("api_key" = [])),
    request_body = BatchRequest,
    params(("Idempotency-Key" = Option<String>, Header, description = "The same key and body give the same batch back, never a second one")),
    responses(
        (status = 201, description = "Every letter was sent", body = BatchResponse),
        (status = 200, description = "A retry: the batch this key already sent", body = BatchResponse),
        (status = 409, description = "The key was used for another request, or a request with it is still being handled (Retry-After)", content_type = "application/problem+json"),
        (status = 422, description = "Nothing was sent; `errors` names each bad row (`recipients[N]`, from 0) and why", content_type = "application/problem+json")
    )
)]
pub(crate) async fn api_send_batch(
    State(state): State<AppState>,
    IdempotentJson {
        client,
        body: request,
        idempotency,
    }: IdempotentJson<BatchRequest>,
) -> Result<Response, AppError> {
    if request.recipients.len() > MAX_BATCH_RECIPIENTS {
        return Err(invalid("recipients", "post-batch-too-many"));
    }
    let mut errors = FormErrors::default();
    let template = batch_template(request.template, &state.authority.post, &mut errors);
    let recipients = batch_recipients(&template, request.recipients, &mut errors);
    let (Some(template), true) = (template, errors.is_empty()) else {
        return Err(AppError::Invalid(errors));
    };
    let sender = Sender {
        actor: client.actor(),
        name: client.0.name.clone(),
    };
    let Recipients { columns, rows } = recipients;
    let sent = batch::send_batch(
        &state.db,
        &state.clock,
        &state.authority.post,
        batch::Order {
            template: &template,
            columns: &columns,
            rows: &mut rows.into_iter(),
            sender: &sender,
            idempotency,
        },
        &|_| {},
    )
    .await
    .map_err(batch_error)?;
    let (status, sent) = match sent {
        Made::New(sent) => (StatusCode::CREATED, sent),
        Made::Repeat(sent) => (StatusCode::OK, sent),
    };
    let messages = super::letters_of_batch(&state.db, &sent.batch_id)
        .await?
        .into_iter()
        .map(|(id, recipient_id, channel)| BatchLetterResponse {
            id,
            recipient_id,
            channel: channel.as_str().to_owned(),
        })
        .collect();
    let response = BatchResponse {
        id: sent.batch_id,
        count: sent.letters,
        messages,
    };
    Ok((status, Json(response)).into_response())
}

/// The template, checked as a single letter would be (with its fields still in it).
fn batch_template(
    request: TemplateRequest,
    policy: &Policy,
    errors: &mut FormErrors,
) -> Option<Template> {
    let draft = Draft {
        subject: &request.subject,
        summary: request.summary.as_deref().unwrap_or_default(),
        body: &request.body,
    };
    let check = letter_check(&request.body);
    let before = errors.iter().count();
    for (field, message) in draft_problems(&draft, check.as_ref(), policy) {
        errors.add(field, message);
    }
    let deadline = match request.action.map(|a| a.deadline.parse::<Date>()) {
        None => None,
        Some(Ok(date)) => Some(date),
        Some(Err(_)) => {
            errors.add("action.deadline", "post-deadline-invalid");
            None
        }
    };
    // A batch is written in Danish (`batch::Merger`).
    let versions = versions(&request.translations, Lang::Da, errors);
    (errors.iter().count() == before).then(|| Template {
        area: request.area.unwrap_or(Area::General),
        subject: request.subject.trim().to_owned(),
        body: request.body,
        summary: request.summary.filter(|s| !s.trim().is_empty()),
        deadline,
        versions,
    })
}

/// The recipients with the fields the template uses, in one column order.
fn batch_recipients(
    template: &Option<Template>,
    requests: Vec<BatchRecipientRequest>,
    errors: &mut FormErrors,
) -> Recipients {
    let mut columns: Vec<String> = requests
        .iter()
        .flat_map(|r| r.fields.keys().cloned())
        .collect::<std::collections::BTreeSet<_>>()
        .into_iter()
        .collect();
    if template.is_none() {
        columns.clear();
    }
    let mut rows = Vec::with_capacity(requests.len());
    for (index, request) in requests.into_iter().enumerate() {
        if request
            .fields
            .values()
            .any(|value| value.chars().count() > MAX_BODY_CHARS)
        {
            errors.add_value(
                format!("recipients[{index}]"),
                "post-batch-field-too-long",
                String::new(),
            );
            continue;
        }
        // A field's value goes into a body or a subject, whose own checks hold the merged
        // letter to its line or lines; refused here too, so an unused field with a NUL is
        // refused as its schema says.
        if let Some(Err(problem)) = request
            .fields
            .values()
            .map(|value| control_problem(value, Lines::Several))
            .find(Result::is_err)
        {
            errors.add_value(format!("recipients[{index}]"), problem, String::new());
            continue;
        }
        let recipient = match request.recipient {
            Recipient::Person { person_id } => RecipientRef::PersonId(person_id),
            Recipient::Cpr { cpr } => match Cpr::parse(&cpr) {
                Ok(cpr) => RecipientRef::Cpr(cpr),
                Err(error) => {
                    errors.add_value(
                        format!("recipients[{index}]"),
                        error.message_key(),
                        String::new(),
                    );
                    continue;
                }
            },
        };
        let values = columns
            .iter()
            .map(|c| request.fields.get(c).cloned())
            .collect();
        rows.push(Row { recipient, values });
    }
    Recipients { columns, rows }
}

fn batch_error(error: BatchError) -> AppError {
    match error {
        BatchError::Empty => invalid("recipients", "post-batch-empty"),
        BatchError::DeadlineInPast => invalid("action.deadline", "post-deadline-past"),
        BatchError::Idempotency(error) => error.into(),
        BatchError::Problems(problems) => {
            let mut errors = FormErrors::default();
            for problem in problems {
                let field = match problem.row {
                    0 => "template".to_owned(),
                    row => format!("recipients[{}]", row - 1),
                };
                errors.add_value(field, problem.message_key, problem.detail);
            }
            AppError::Invalid(errors)
        }
        BatchError::Database(error) => error.into(),
        // The API's rows are in memory: nothing to fail reading them.
        BatchError::Unreadable(reason) => {
            AppError::internal("reading a batch's rows", anyhow::anyhow!(reason))
        }
    }
}
