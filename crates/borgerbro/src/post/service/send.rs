//! Sending a letter: by the channel the citizen chose, inside the caller's transaction,
//! and the system letters every module writes to a citizen on its own account.

use crate::audit::{self, Actor, NewEntry};
use crate::clock::Clock;
use crate::db::{new_id, Db};
use crate::i18n::Lang;
use crate::idempotency::{self, Idempotency, IdempotencyError, Made};
use crate::people::{self, Channel};
use crate::post::*;
use jiff::civil::Date;
use jiff::{Span, Timestamp};
use sqlx::AnyConnection;

/// A letter to send.
#[derive(Debug, Clone)]
pub struct NewLetter {
    pub recipient_id: String,
    pub area: Area,
    pub subject: String,
    pub body: String,
    pub summary: Option<String>,
    /// "Kræver handling": the day the citizen must act by.
    pub deadline: Option<Date>,
    /// A system's key for safe retries, with a hash of what it asked for.
    pub idempotency: Option<Idempotency>,
    /// PDFs already checked and in the file store, in the order the reader sees them.
    pub attachments: Vec<NewAttachment>,
    /// The language it is written in: a system writes in its reader's, a caseworker in
    /// Danish unless they say otherwise.
    pub language: Lang,
    /// The same letter in other languages, for readers of those (`Version`).
    pub versions: Vec<Version>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewAttachment {
    pub filename: String,
    pub size: i64,
    pub file_hash: String,
}

/// Who sends: a caseworker or a system.
#[derive(Debug, Clone)]
pub struct Sender {
    pub actor: Actor,
    pub name: String,
}

#[derive(Debug, thiserror::Error)]
pub enum SendError {
    #[error("no such recipient")]
    UnknownRecipient,
    #[error("the deadline has passed")]
    DeadlineInPast,
    #[error("a paper reader would get too little time; the earliest deadline is {earliest}")]
    PaperDeadlineTooSoon { earliest: Date },
    #[error(transparent)]
    Idempotency(#[from] IdempotencyError),
    #[error(transparent)]
    Database(#[from] sqlx::Error),
}

/// What sending did: a new letter, or the one an earlier call with the same key made.
pub(crate) type Sent = Made<Letter>;

/// Sends a letter by the channel the citizen chose, in a transaction of its own. See
/// [`send_in`].
pub async fn send(
    db: &Db,
    clock: &Clock,
    policy: &Policy,
    new: NewLetter,
    sender: &Sender,
) -> Result<Sent, SendError> {
    let mut tx = db.pool.begin().await?;
    let sent = send_in(&mut tx, clock, policy, new, sender).await?;
    tx.commit().await?;
    Ok(sent)
}

/// Sends a letter by the channel the citizen chose, inside the caller's transaction, so a
/// change that brings a letter (a permission, a booking) commits with it or not at all.
/// A deadline must lie ahead and, on paper, leave the reader the policy's days after
/// delivery. An unopened digital letter with a deadline is set to escalate.
pub(crate) async fn send_in(
    conn: &mut AnyConnection,
    clock: &Clock,
    policy: &Policy,
    new: NewLetter,
    sender: &Sender,
) -> Result<Sent, SendError> {
    let id = new_id();
    if let Some(request) = &new.idempotency {
        // The transaction's first statement (see `idempotency::claim`).
        if let Some(made) = idempotency::claim(conn, request, &[&id], clock.now_ms()).await? {
            let earlier = match made.first() {
                Some(id) => crate::post::store::letter(&mut *conn, id).await?,
                None => None,
            };
            // A key whose request made no letter was used for something else.
            return earlier
                .map(Made::Repeat)
                .ok_or(SendError::Idempotency(IdempotencyError::KeyReused));
        }
    }
    let recipient = people::profile_in(conn, &new.recipient_id)
        .await?
        .ok_or(SendError::UnknownRecipient)?;
    let channel = recipient.channel();
    let today = clock.today();
    if let Some(deadline) = new.deadline {
        if deadline <= today {
            return Err(SendError::DeadlineInPast);
        }
        if channel == Channel::Paper {
            policy
                .check_paper_deadline(today, deadline)
                .map_err(|too_soon| SendError::PaperDeadlineTooSoon {
                    earliest: too_soon.earliest,
                })?;
        }
    }
    let letter = compose(id, &new, channel, sender, clock.now(), policy);
    crate::post::store::insert(conn, &letter).await?;
    if channel == Channel::Paper {
        crate::post::store::insert_print_jobs(
            conn,
            &[&letter.id],
            PrintReason::Letter,
            letter.sent_at,
        )
        .await?;
    }
    crate::post::store::insert_versions(conn, &letter.id, &new.versions).await?;
    for (position, attachment) in (0..).zip(new.attachments) {
        let attachment = Attachment {
            id: new_id(),
            message_id: letter.id.clone(),
            position,
            filename: attachment.filename,
            size: attachment.size,
            file_hash: attachment.file_hash,
            opened_at: None,
            opened_by: None,
        };
        crate::post::store::insert_attachment(conn, &attachment).await?;
    }
    audit::record_in(
        conn,
        clock,
        NewEntry::new(sender.actor.clone(), "post.send")
            .subject(&letter.recipient_id)
            .object(&letter.id),
    )
    .await?;
    Ok(Made::New(letter))
}

/// A letter the authority's own system writes to a citizen about something done for or
/// by them (a permission, a booking): no deadline, no attachments.
#[derive(Debug, Clone)]
pub(crate) struct SystemLetter {
    pub recipient_id: String,
    pub area: Area,
    pub subject: String,
    pub body: String,
    /// The reader's language, which the subject and body are written in
    /// ([`people::language_in`]).
    pub language: Lang,
}

/// Sends a system letter inside the caller's transaction by the authority's policy,
/// under the authority's name. The one way every module writes to a citizen on its own
/// account.
pub(crate) async fn send_system_in(
    conn: &mut AnyConnection,
    clock: &Clock,
    policy: &Policy,
    letter: SystemLetter,
) -> Result<Letter, SendError> {
    let new = NewLetter {
        recipient_id: letter.recipient_id,
        area: letter.area,
        subject: letter.subject,
        body: letter.body,
        summary: None,
        deadline: None,
        idempotency: None,
        attachments: Vec::new(),
        language: letter.language,
        versions: Vec::new(),
    };
    let sender = Sender {
        actor: Actor::System,
        name: letter.language.t("offer-sender"),
    };
    Ok(send_in(conn, clock, policy, new, &sender)
        .await?
        .into_inner())
}

/// The letter as stored under `id`, sent now by this channel. An unopened digital letter
/// with a deadline is set to escalate; a paper reader has the letter in hand, so theirs
/// is not.
pub(crate) fn compose(
    id: String,
    new: &NewLetter,
    channel: Channel,
    sender: &Sender,
    now: Timestamp,
    policy: &Policy,
) -> Letter {
    let escalate_at = match (new.deadline, channel) {
        (Some(_), Channel::Digital) => Some(
            now.checked_add(Span::new().hours(24 * i64::from(policy.escalate_after_days)))
                .unwrap_or(Timestamp::MAX)
                .as_millisecond(),
        ),
        _ => None,
    };
    let deadline = new.deadline.map(|d| d.to_string());
    Letter {
        id,
        recipient_id: new.recipient_id.clone(),
        sender: sender.actor.as_text(),
        sender_name: sender.name.clone(),
        area: Some(new.area),
        subject: new.subject.clone(),
        body: new.body.clone(),
        summary: new.summary.clone(),
        channel,
        sent_at: now.as_millisecond(),
        deadline_original: deadline.clone(),
        deadline_current: deadline,
        escalate_at,
        opened_at: None,
        opened_by: None,
        done_at: None,
        language: new.language.code().to_owned(),
        opened_language: None,
    }
}
