//! Digital post that never goes silently unread: letters, their deadlines, read receipts
//! and the escalations that reach a citizen another way while the deadline moves.

pub mod api;
pub mod batch;
pub mod bundle;
pub mod cli;
pub mod model;
pub mod paper;
pub mod pdf_limits;
pub mod print;
pub mod routes;
pub mod staff;
mod store;
pub mod view;
pub mod write;

pub use model::{Area, Cursor, EscalationKind, NotNeeded, Policy};
// The web side of an attachment, which a helper's pages serve too.
pub(crate) use routes::{attachment_bytes, pdf_response};
pub use store::{
    Attachment, Escalation, InboxFilter, Letter, Listed, PrintJob, Reply, SavedDraft,
    LETTERS_PER_INSERT,
};

use std::collections::{HashMap, HashSet};

use jiff::civil::Date;
use jiff::{Span, Timestamp};
use sqlx::AnyConnection;

use crate::audit::{self, Actor, NewEntry};
use crate::clock::Clock;
use crate::db::{new_id, rows_per_statement, Db};
use crate::i18n::Lang;
use crate::idempotency::{self, Idempotency, IdempotencyError, Made};
use crate::people::{self, Channel, ProfileRow};

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
pub type Sent = Made<Letter>;

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
pub async fn send_in(
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
                Some(id) => store::letter(&mut *conn, id).await?,
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
    store::insert(conn, &letter).await?;
    if channel == Channel::Paper {
        store::insert_print_jobs(conn, &[&letter.id], "letter", letter.sent_at).await?;
    }
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
        store::insert_attachment(conn, &attachment).await?;
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
pub struct SystemLetter {
    pub recipient_id: String,
    pub area: Area,
    pub subject: String,
    pub body: String,
}

/// Sends a system letter inside the caller's transaction by the authority's policy,
/// under the authority's name. The one way every module writes to a citizen on its own
/// account.
pub async fn send_system_in(
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
    };
    let sender = Sender {
        actor: Actor::System,
        name: Lang::Da.t("offer-sender"),
    };
    Ok(send_in(conn, clock, policy, new, &sender)
        .await?
        .into_inner())
}

/// The letter as stored under `id`, sent now by this channel. An unopened digital letter
/// with a deadline is set to escalate; a paper reader has the letter in hand, so theirs
/// is not.
fn compose(
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
        area: new.area.as_str().to_owned(),
        subject: new.subject.clone(),
        body: new.body.clone(),
        summary: new.summary.clone(),
        channel: channel.as_str().to_owned(),
        sent_at: now.as_millisecond(),
        deadline_original: deadline.clone(),
        deadline_current: deadline,
        escalate_at,
        opened_at: None,
        opened_by: None,
        done_at: None,
    }
}

pub async fn letter(db: &Db, id: &str) -> Result<Option<Letter>, sqlx::Error> {
    store::letter(&db.pool, id).await
}

/// One page of a citizen's letters, newest first, with where the pages either side
/// start and how many letters are unread.
#[derive(Debug, Clone)]
pub struct InboxPage {
    pub letters: Vec<Listed>,
    /// Where the page of newer letters ends (`?foer=`), when there is one.
    pub newer: Option<Cursor>,
    /// Where the page of older letters starts (`?efter=`), when there is one.
    pub older: Option<Cursor>,
    /// Unread letters in the whole inbox (in the helper's areas), not only on this page.
    pub unread: i64,
}

/// Where an inbox page starts.
#[derive(Debug, Clone)]
pub enum PageStart {
    Newest,
    /// The letters after this one: older ("Ældre breve", `?efter=`).
    After(Cursor),
    /// The letters before this one: newer ("Nyere breve", `?foer=`).
    Before(Cursor),
}

/// A page of `size` of these letters read newest first, and where the next older page
/// starts when one more letter was there to read.
fn cut(mut letters: Vec<Listed>, size: usize) -> (Vec<Listed>, Option<Cursor>) {
    if letters.len() <= size {
        return (letters, None);
    }
    letters.truncate(size);
    let older = letters.last().map(cursor_of);
    (letters, older)
}

fn cursor_of(letter: &Listed) -> Cursor {
    Cursor {
        sent_at: letter.sent_at,
        id: letter.id.clone(),
    }
}

/// A page of [`model::INBOX_PAGE`] letters. Each page asks for one letter more than it
/// shows, to know whether another page follows. Going back to newer letters when fewer
/// than a page are left shows the newest page, so the first page is always the same
/// letters, however the reader came to it.
pub async fn inbox_page(
    db: &Db,
    filter: &InboxFilter<'_>,
    start: &PageStart,
) -> Result<InboxPage, sqlx::Error> {
    let size = model::INBOX_PAGE;
    let limit = i64::try_from(size + 1).unwrap_or(i64::MAX);
    let unread = store::unread_count(&db.pool, filter.recipient_id, filter.areas).await?;
    let read = |seek| store::inbox_page(&db.pool, filter, seek, limit);
    let (letters, newer, older) = match start {
        PageStart::Newest => {
            let (letters, older) = cut(read(store::Seek::Newest).await?, size);
            (letters, None, older)
        }
        PageStart::After(cursor) => {
            let (letters, older) = cut(read(store::Seek::Older(cursor)).await?, size);
            // The reader came from newer letters, so there are some.
            let newer = letters.first().map(cursor_of).or(Some(cursor.clone()));
            (letters, newer, older)
        }
        PageStart::Before(cursor) => {
            let mut letters = read(store::Seek::Newer(cursor)).await?;
            if letters.len() <= size {
                let (letters, older) = cut(read(store::Seek::Newest).await?, size);
                (letters, None, older)
            } else {
                letters.truncate(size);
                letters.reverse();
                // The cursor's own letter is older than all of these.
                let (newer, older) = (
                    letters.first().map(cursor_of),
                    letters.last().map(cursor_of),
                );
                (letters, newer, older)
            }
        }
    };
    Ok(InboxPage {
        letters,
        newer,
        older,
        unread,
    })
}

/// What waits for a citizen in their post: how many letters are unread, and the letter
/// with the nearest deadline that is neither answered nor done (for "Min side").
pub async fn waiting_for(db: &Db, clock: &Clock, citizen_id: &str) -> Result<Waiting, sqlx::Error> {
    let unread = store::unread_count(&db.pool, citizen_id, None).await?;
    let today = clock.today().to_string();
    let next = store::next_deadline(&db.pool, citizen_id, &today).await?;
    Ok(Waiting {
        unread,
        next_deadline: next.and_then(|(id, subject, date)| {
            Some(DueLetter {
                id,
                subject,
                deadline: date.parse().ok()?,
            })
        }),
    })
}

/// See [`waiting_for`].
pub struct Waiting {
    pub unread: i64,
    pub next_deadline: Option<DueLetter>,
}

/// How many letters a citizen has had, and how many answers to them (for "Mine data").
pub async fn counts_of(db: &Db, citizen_id: &str) -> Result<(i64, i64), sqlx::Error> {
    store::counts_of(&db.pool, citizen_id).await
}

/// A letter that asks the citizen to do something by a day.
pub struct DueLetter {
    pub id: String,
    pub subject: String,
    pub deadline: Date,
}

/// The letters of a batch as (id, recipient id, channel).
pub async fn letters_of_batch(
    db: &Db,
    batch_id: &str,
) -> Result<Vec<(String, String, String)>, sqlx::Error> {
    store::letters_of_batch(&db.pool, batch_id).await
}

pub async fn attachments_of(db: &Db, letter_id: &str) -> Result<Vec<Attachment>, sqlx::Error> {
    store::attachments_of(&db.pool, letter_id).await
}

/// What someone opened: the letter itself or one of its attachments.
#[derive(Debug, Clone, Copy)]
pub enum Opening<'a> {
    Letter,
    Attachment(&'a Attachment),
}

/// Records that someone opened a letter or an attachment. The first opening is the read
/// receipt; every opening by someone other than the recipient goes to the audit log. A
/// paper copy made because the letter was not opened leaves the print queue in the same
/// transaction (`store::not_needed`).
pub async fn opened(
    db: &Db,
    clock: &Clock,
    letter: &Letter,
    opening: Opening<'_>,
    reader: Actor,
) -> Result<(), sqlx::Error> {
    let reader_text = reader.as_text();
    let by_recipient = reader_text == format!("person:{}", letter.recipient_id);
    let now = clock.now_ms();
    let mut tx = db.pool.begin().await?;
    let (action, object) = match opening {
        Opening::Letter => {
            store::mark_opened(&mut tx, &letter.id, &reader_text, now).await?;
            // After the letter's queue row is gone: a sweep that escalated it first has
            // committed its copy by then, so the copy is found here.
            let why = match by_recipient {
                true => model::NotNeeded::Opened,
                false => model::NotNeeded::OpenedByHelper,
            };
            store::not_needed(&mut tx, &letter.id, why.as_str(), now).await?;
            ("post.read", &letter.id)
        }
        Opening::Attachment(attachment) => {
            store::mark_attachment_opened(&mut tx, &attachment.id, &reader_text, now).await?;
            ("post.read_attachment", &attachment.id)
        }
    };
    if !by_recipient {
        audit::record_in(
            &mut tx,
            clock,
            // Someone else opens a citizen's letter for them: a helper inside a permission.
            NewEntry::new(reader, action)
                .subject(&letter.recipient_id)
                .acting_for(&letter.recipient_id)
                .object(object),
        )
        .await?;
    }
    tx.commit().await
}

pub async fn mark_done(db: &Db, clock: &Clock, letter: &Letter) -> Result<(), sqlx::Error> {
    store::mark_done(&db.pool, &letter.id, clock.now_ms()).await
}

pub async fn escalations_of(db: &Db, letter_id: &str) -> Result<Vec<Escalation>, sqlx::Error> {
    store::escalations_of(&db.pool, letter_id).await
}

pub async fn open_escalations(db: &Db) -> Result<Vec<Escalation>, sqlx::Error> {
    store::open_escalations(&db.pool, 500).await
}

/// Letters one sweep escalates per transaction. A chunk costs about a dozen statements
/// whatever its size on SQLite (a few dozen on PostgreSQL, whose statements are capped
/// at a few hundred values), where a transaction a letter cost seven statements a
/// letter; a chunk also holds SQLite's write lock only briefly (about 20 ms), so a
/// citizen opening a letter meanwhile waits that long at most.
const SWEEP_CHUNK: i64 = 1_000;

/// Escalates every unopened letter whose time has come at the clock's now: picks the way
/// that reaches the citizen, moves the deadline later and audits it. Running it again for
/// the same moment changes nothing. Answers how many letters it escalated.
pub async fn sweep(db: &Db, clock: &Clock, policy: &Policy) -> Result<usize, sqlx::Error> {
    let now = clock.now_ms();
    let mut escalated = 0;
    loop {
        let due = store::due_for_escalation(&db.pool, now, SWEEP_CHUNK).await?;
        let done = escalate_chunk(db, clock, policy, &due).await?;
        escalated += done;
        // Nothing won means another sweep took these letters; it will take the rest too.
        if (due.len() as i64) < SWEEP_CHUNK || done == 0 {
            return Ok(escalated);
        }
    }
}

/// Escalates a chunk of due letters in one transaction: claims them, records the
/// escalations, moves the deadlines, queues the paper copies, offers paper post to the
/// citizens who now qualify and audits it all, in that order. Answers how many it won.
async fn escalate_chunk(
    db: &Db,
    clock: &Clock,
    policy: &Policy,
    due: &[store::Due],
) -> Result<usize, sqlx::Error> {
    let recipients = distinct(due.iter().map(|letter| letter.recipient_id.as_str()));
    let profiles = people::profile_rows(db, &recipients).await?;
    let now = clock.now_ms();
    let (escalations, letters): (Vec<Escalation>, Vec<&store::Due>) = due
        .iter()
        .filter_map(|letter| {
            let reader = profiles.get(&letter.recipient_id);
            Some((plan_escalation(policy, letter, reader, now)?, letter))
        })
        .unzip();
    let claims: Vec<(&Escalation, &str)> = escalations
        .iter()
        .zip(&letters)
        .map(|(escalation, letter)| (escalation, letter.recipient_id.as_str()))
        .collect();
    let mut tx = db.pool.begin().await?;
    let won = store::escalate(&mut tx, &claims).await?;
    let escalated: Vec<(&Escalation, &store::Due)> = escalations
        .iter()
        .zip(letters)
        .filter(|(escalation, _)| won.contains(&escalation.message_id))
        .collect();
    let paper: Vec<&str> = escalated
        .iter()
        .filter(|(escalation, _)| escalation.kind == EscalationKind::Paper.as_str())
        .map(|(escalation, _)| escalation.message_id.as_str())
        .collect();
    store::insert_print_jobs(&mut tx, &paper, "escalation", now).await?;
    let mut entries: Vec<NewEntry> = escalated
        .iter()
        .map(|(escalation, letter)| escalation_entry(escalation, &letter.recipient_id))
        .collect();
    let readers: Vec<(&str, &ProfileRow)> = distinct(
        escalated
            .iter()
            .map(|(_, letter)| letter.recipient_id.as_str()),
    )
    .into_iter()
    .filter_map(|id| profiles.get(id).map(|profile| (id, profile)))
    .collect();
    entries.extend(offer_exemptions(&mut tx, clock, policy, &readers).await?);
    audit::record_all_in(&mut tx, clock, &entries).await?;
    tx.commit().await?;
    Ok(escalated.len())
}

/// Each value once, in the order first seen.
fn distinct<'a>(values: impl Iterator<Item = &'a str>) -> Vec<&'a str> {
    let mut seen = HashSet::new();
    values.filter(|value| seen.insert(*value)).collect()
}

/// The escalation a due letter gets: the way that reaches its reader, and its deadline
/// moved. A letter without a deadline has nothing to move and is left alone.
fn plan_escalation(
    policy: &Policy,
    letter: &store::Due,
    reader: Option<&ProfileRow>,
    now: i64,
) -> Option<Escalation> {
    let before = letter.deadline_current.as_deref()?.parse::<Date>().ok()?;
    let kind = EscalationKind::for_contact(
        reader.is_some_and(|r| r.phone.is_some()),
        reader.is_some_and(|r| r.address.is_some()),
    );
    Some(Escalation {
        id: new_id(),
        message_id: letter.id.clone(),
        kind: kind.as_str().to_owned(),
        created_at: now,
        deadline_before: before.to_string(),
        deadline_after: policy.moved_deadline(before).to_string(),
        outcome: None,
        outcome_at: None,
    })
}

fn escalation_entry(escalation: &Escalation, recipient_id: &str) -> NewEntry {
    NewEntry::new(Actor::System, "post.escalate")
        .subject(recipient_id)
        .object(&escalation.message_id)
        .purpose(format!(
            "unopened letter requiring action: {} escalation, deadline {} moved to {}",
            escalation.kind, escalation.deadline_before, escalation.deadline_after
        ))
}

/// A citizen whose letters escalate again and again is offered paper post, once: a
/// letter on paper (they do not read digital post, so it would not reach them there) and
/// a task for the front desk, in the same transaction as the escalations that tipped it.
/// Looks only at `readers`, the citizens just escalated; answers the audit entries.
async fn offer_exemptions(
    tx: &mut sqlx::AnyConnection,
    clock: &Clock,
    policy: &Policy,
    readers: &[(&str, &ProfileRow)],
) -> Result<Vec<NewEntry>, sqlx::Error> {
    let qualified = due_for_offer(tx, clock, policy, readers).await?;
    let language: HashMap<&str, &str> = readers
        .iter()
        .map(|(id, profile)| (*id, profile.language.as_str()))
        .collect();
    let letters: Vec<Letter> = qualified
        .iter()
        .map(|(id, _)| offer_letter(clock, policy, id, language.get(id.as_str()).copied()))
        .collect();
    for part in letters.chunks(LETTERS_PER_INSERT) {
        store::insert_letters(tx, part, None).await?;
    }
    let letter_ids: Vec<&str> = letters.iter().map(|letter| letter.id.as_str()).collect();
    let now = clock.now_ms();
    store::insert_print_jobs(tx, &letter_ids, "exemption_offer", now).await?;
    let offers: Vec<(&str, &str)> = qualified
        .iter()
        .map(|(id, _)| id.as_str())
        .zip(letter_ids)
        .collect();
    store::insert_exemption_offers(tx, &offers, now).await?;
    Ok(qualified
        .iter()
        .zip(&letters)
        .map(|((id, escalations), letter)| {
            NewEntry::new(Actor::System, "post.exemption_offer")
                .subject(id)
                .object(&letter.id)
                .purpose(format!(
                    "{escalations} escalations within {} days",
                    policy.exemption_offer_window_days
                ))
        })
        .collect())
}

/// Of these readers, those the offer of paper post is due to: on digital post, never
/// offered it, and with the policy's number of escalations within its window; as (person
/// id, escalations). Those offered before are left out first, so their letters are
/// never counted again.
async fn due_for_offer(
    tx: &mut sqlx::AnyConnection,
    clock: &Clock,
    policy: &Policy,
    readers: &[(&str, &ProfileRow)],
) -> Result<Vec<(String, i64)>, sqlx::Error> {
    let since = clock
        .now()
        .checked_sub(Span::new().hours(24 * i64::from(policy.exemption_offer_window_days)))
        .unwrap_or(Timestamp::MIN)
        .as_millisecond();
    let digital: Vec<&str> = readers
        .iter()
        .filter(|(_, profile)| !profile.paper_post)
        .map(|(id, _)| *id)
        .collect();
    let mut qualified = Vec::new();
    for part in digital.chunks(rows_per_statement(1)) {
        let offered: HashSet<String> = store::offered_before(tx, part).await?.into_iter().collect();
        let candidates: Vec<&str> = part
            .iter()
            .copied()
            .filter(|id| !offered.contains(*id))
            .collect();
        let at_least = i64::from(policy.exemption_offer_after);
        qualified.extend(store::escalated_since(tx, &candidates, since, at_least).await?);
    }
    Ok(qualified)
}

/// The letter offering paper post, on paper, in the citizen's language.
fn offer_letter(clock: &Clock, policy: &Policy, citizen: &str, language: Option<&str>) -> Letter {
    let lang = language
        .and_then(crate::i18n::Lang::from_code)
        .unwrap_or_default();
    let offer = NewLetter {
        recipient_id: citizen.to_owned(),
        area: Area::General,
        subject: lang.t("offer-subject"),
        body: lang.t("offer-body"),
        summary: Some(lang.t("offer-summary")),
        deadline: None,
        idempotency: None,
        attachments: Vec::new(),
    };
    let sender = Sender {
        actor: Actor::System,
        name: lang.t("offer-sender"),
    };
    compose(
        new_id(),
        &offer,
        Channel::Paper,
        &sender,
        clock.now(),
        policy,
    )
}

/// Puts a paper copy of a letter just sent in the print queue, inside the transaction that
/// sent it, for a reason such as `protection`. A paper letter is in the queue already.
pub async fn print_copy_in(
    conn: &mut AnyConnection,
    letter: &Letter,
    reason: &str,
) -> Result<(), sqlx::Error> {
    if letter.channel == Channel::Paper.as_str() {
        return Ok(());
    }
    store::insert_print_jobs(conn, &[&letter.id], reason, letter.sent_at).await
}

/// The print queue (or, with `posted`, the letters already posted) with each letter.
pub async fn print_jobs(db: &Db, posted: bool) -> Result<Vec<(PrintJob, Letter)>, sqlx::Error> {
    let mut found = Vec::new();
    for job in store::print_jobs(&db.pool, posted, 500).await? {
        if let Some(letter) = store::letter(&db.pool, &job.message_id).await? {
            found.push((job, letter));
        }
    }
    Ok(found)
}

/// The letters waiting in the print queue, oldest first: those that can go by post, and
/// those whose reader has no address, which the front desk reads aloud on the phone or
/// hands over instead (DESIGN.md, post).
pub async fn print_queue(db: &Db) -> Result<PrintQueue, sqlx::Error> {
    let mut queue = PrintQueue::default();
    let jobs = print_jobs(db, false).await?;
    let mut conn = db.pool.acquire().await?;
    for (job, letter) in jobs {
        match has_address(&mut conn, &letter.recipient_id).await? {
            true => queue.postable.push((job, letter)),
            false => queue.no_address.push((job, letter)),
        }
    }
    Ok(queue)
}

/// See [`print_queue`].
#[derive(Default)]
pub struct PrintQueue {
    pub postable: Vec<(PrintJob, Letter)>,
    pub no_address: Vec<(PrintJob, Letter)>,
}

async fn has_address(conn: &mut AnyConnection, person_id: &str) -> Result<bool, sqlx::Error> {
    Ok(people::profile_in(conn, person_id)
        .await?
        .and_then(|p| p.address)
        .is_some_and(|a| !a.trim().is_empty()))
}

/// The paper copies taken off the queue as no longer needed, the latest first, with
/// each letter.
pub async fn not_needed_copies(db: &Db) -> Result<Vec<(PrintJob, Letter)>, sqlx::Error> {
    let mut found = Vec::new();
    for job in store::not_needed_jobs(&db.pool, 50).await? {
        if let Some(letter) = store::letter(&db.pool, &job.message_id).await? {
            found.push((job, letter));
        }
    }
    Ok(found)
}

pub async fn print_job(db: &Db, message_id: &str) -> Result<Option<PrintJob>, sqlx::Error> {
    store::print_job(&db.pool, message_id).await
}

/// Marks letters posted, each audited; answers how many were still queued.
pub async fn mark_posted(
    db: &Db,
    clock: &Clock,
    message_ids: &[String],
    by: Actor,
) -> Result<usize, sqlx::Error> {
    let mut tx = db.pool.begin().await?;
    let mut posted = 0;
    for id in message_ids {
        let Some(letter) = store::letter(&db.pool, id).await? else {
            continue;
        };
        // A letter to nobody's address is never posted, whatever the form sent.
        if !has_address(&mut tx, &letter.recipient_id).await? {
            continue;
        }
        let delivered = model::Delivery::Post.as_str();
        if store::mark_posted(&mut tx, id, &by.as_text(), clock.now_ms(), delivered).await? {
            posted += 1;
            audit::record_in(
                &mut tx,
                clock,
                NewEntry::new(by.clone(), "post.posted")
                    .subject(&letter.recipient_id)
                    .object(id),
            )
            .await?;
        }
    }
    tx.commit().await?;
    Ok(posted)
}

/// The front desk read a queued letter aloud on the phone, or handed it over, to a
/// reader without an address; `false` when it was not in the queue.
pub async fn hand_over(
    db: &Db,
    clock: &Clock,
    message_id: &str,
    by: Actor,
) -> Result<bool, sqlx::Error> {
    let Some(letter) = store::letter(&db.pool, message_id).await? else {
        return Ok(false);
    };
    let mut tx = db.pool.begin().await?;
    let delivered = model::Delivery::InPerson.as_str();
    let done = store::mark_posted(
        &mut tx,
        message_id,
        &by.as_text(),
        clock.now_ms(),
        delivered,
    )
    .await?;
    if done {
        audit::record_in(
            &mut tx,
            clock,
            NewEntry::new(by, "post.handed_over")
                .subject(&letter.recipient_id)
                .object(message_id),
        )
        .await?;
    }
    tx.commit().await?;
    Ok(done)
}

/// How long an uploaded file nothing refers to is kept: a caseworker's form may hold an
/// upload between round trips for a working day and more.
pub const UNUSED_FILE_GRACE: std::time::Duration = std::time::Duration::from_secs(2 * 24 * 3600);

/// Deletes the stored files no letter or draft refers to and nobody used since
/// `unused_since` (now less [`UNUSED_FILE_GRACE`] when serving): uploads refused after
/// storing, forms never sent. Answers how many.
pub async fn sweep_files(
    db: &Db,
    files: &crate::files::Files,
    unused_since: std::time::SystemTime,
) -> Result<usize, anyhow::Error> {
    let keep = store::referenced_files(&db.pool).await?;
    Ok(files.sweep(&keep, unused_since).await?)
}

/// Citizens offered paper post whom the front desk has yet to contact, as (person id,
/// offered at).
pub async fn open_exemption_offers(db: &Db) -> Result<Vec<(String, i64)>, sqlx::Error> {
    store::open_exemption_offers(&db.pool, 200).await
}

/// The front desk has talked to the citizen about paper post.
pub async fn close_exemption_offer(
    db: &Db,
    clock: &Clock,
    person_id: &str,
    by: Actor,
) -> Result<bool, sqlx::Error> {
    let closed =
        store::close_exemption_offer(&db.pool, person_id, &by.as_text(), clock.now_ms()).await?;
    if closed {
        audit::record(
            db,
            clock,
            NewEntry::new(by, "post.exemption_offer_done").subject(person_id),
        )
        .await?;
    }
    Ok(closed)
}

/// A citizen, or a helper acting for them, answers a letter; the sender reads it on the
/// letter's status page and in the API. Opening is implied: you answer what you have
/// read. An answer by anyone but the recipient is audited in the same transaction.
pub async fn reply(
    db: &Db,
    clock: &Clock,
    letter: &Letter,
    author: Actor,
    answer: &model::Answer,
) -> Result<Reply, sqlx::Error> {
    let reply = Reply {
        id: new_id(),
        message_id: letter.id.clone(),
        author: author.as_text(),
        body: answer.as_str().to_owned(),
        created_at: clock.now_ms(),
    };
    let mut tx = db.pool.begin().await?;
    store::insert_reply(&mut tx, &reply).await?;
    // An answered letter was read, whatever the receipt says: it does not escalate, and
    // a copy saying otherwise is not needed.
    store::never_escalate(&mut tx, &letter.id).await?;
    store::not_needed(
        &mut tx,
        &letter.id,
        model::NotNeeded::Answered.as_str(),
        reply.created_at,
    )
    .await?;
    if author != Actor::Person(letter.recipient_id.clone()) {
        audit::record_in(
            &mut tx,
            clock,
            NewEntry::new(author, "post.reply")
                .subject(&letter.recipient_id)
                .acting_for(&letter.recipient_id)
                .object(&letter.id),
        )
        .await?;
    }
    tx.commit().await?;
    Ok(reply)
}

pub async fn replies_of(db: &Db, letter_id: &str) -> Result<Vec<Reply>, sqlx::Error> {
    store::replies_of(&db.pool, letter_id).await
}

/// The names of the people other than `recipient_id` behind these receipts and answers
/// (`person:{id}`, as `Actor::as_text` writes them): who read or answered a letter for
/// the citizen, which the citizen and staff are shown. The recipient and anyone no
/// longer known are left out.
pub async fn others_names(
    db: &Db,
    recipient_id: &str,
    actors: &[&str],
) -> Result<HashMap<String, String>, sqlx::Error> {
    let recipient = Actor::Person(recipient_id.to_owned()).as_text();
    let mut names = HashMap::new();
    for &actor in actors {
        if actor == recipient || names.contains_key(actor) {
            continue;
        }
        let Some(person_id) = actor.strip_prefix("person:") else {
            continue;
        };
        if let Some(user) = crate::auth::user(&db.pool, person_id).await? {
            names.insert(actor.to_owned(), user.name);
        }
    }
    Ok(names)
}

/// The names of those other than the recipient who opened or answered this letter.
pub async fn others_on(
    db: &Db,
    letter: &Letter,
    replies: &[Reply],
) -> Result<HashMap<String, String>, sqlx::Error> {
    let actors: Vec<&str> = letter
        .opened_by
        .iter()
        .chain(replies.iter().map(|r| &r.author))
        .map(String::as_str)
        .collect();
    others_names(db, &letter.recipient_id, &actors).await
}

/// Saves a caseworker's draft (new when its id is empty); answers its id.
pub async fn save_draft(
    db: &Db,
    clock: &Clock,
    mut draft: SavedDraft,
) -> Result<String, sqlx::Error> {
    if draft.id.is_empty() {
        draft.id = new_id();
    }
    draft.updated_at = clock.now_ms();
    store::save_draft(&db.pool, &draft).await?;
    Ok(draft.id)
}

pub async fn drafts_of(db: &Db, author: &Actor) -> Result<Vec<SavedDraft>, sqlx::Error> {
    store::drafts_of(&db.pool, &author.as_text()).await
}

pub async fn draft(db: &Db, id: &str, author: &Actor) -> Result<Option<SavedDraft>, sqlx::Error> {
    store::draft(&db.pool, id, &author.as_text()).await
}

pub async fn delete_draft(db: &Db, id: &str, author: &Actor) -> Result<(), sqlx::Error> {
    store::delete_draft(&db.pool, id, &author.as_text()).await
}

/// What came of an escalation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    Reached,
    NotReached,
    OtherChannel,
}

impl Outcome {
    pub const ALL: [Outcome; 3] = [Outcome::Reached, Outcome::NotReached, Outcome::OtherChannel];

    pub fn as_str(self) -> &'static str {
        match self {
            Outcome::Reached => "reached",
            Outcome::NotReached => "not_reached",
            Outcome::OtherChannel => "other_channel",
        }
    }

    pub fn parse(text: &str) -> Option<Self> {
        Outcome::ALL.into_iter().find(|o| o.as_str() == text)
    }

    pub fn label_key(self) -> &'static str {
        match self {
            Outcome::Reached => "outcome-reached",
            Outcome::NotReached => "outcome-not-reached",
            Outcome::OtherChannel => "outcome-other-channel",
        }
    }
}

/// Records the outcome of an escalation once; answers whether it was still open.
pub async fn record_outcome(
    db: &Db,
    clock: &Clock,
    escalation_id: &str,
    outcome: Outcome,
    by: Actor,
) -> Result<bool, sqlx::Error> {
    let Some(escalation) = store::escalation(&db.pool, escalation_id).await? else {
        return Ok(false);
    };
    let Some(letter) = store::letter(&db.pool, &escalation.message_id).await? else {
        return Ok(false);
    };
    let mut tx = db.pool.begin().await?;
    let recorded = store::record_outcome(
        &mut tx,
        escalation_id,
        outcome.as_str(),
        &by.as_text(),
        clock.now_ms(),
    )
    .await?;
    if recorded {
        audit::record_in(
            &mut tx,
            clock,
            NewEntry::new(by, "post.escalation_outcome")
                .subject(&letter.recipient_id)
                .object(escalation_id)
                .purpose(outcome.as_str()),
        )
        .await?;
    }
    tx.commit().await?;
    Ok(recorded)
}

/// A letter sent through the API carries its attachments in base64: a third larger.
const MAX_API_LETTER_BYTES: usize = model::MAX_LETTER_BYTES / 3 * 4;

/// Ten thousand recipients with a few merge fields each.
const MAX_API_BATCH_BYTES: usize = 32 * 1024 * 1024;

/// This module's pages, for `crate::router` to merge.
pub(crate) fn pages() -> axum::Router<crate::state::AppState> {
    use axum::extract::DefaultBodyLimit;
    use axum::routing::{get, post};
    axum::Router::new()
        .route("/post", get(routes::inbox))
        .route("/post/{id}", get(routes::read))
        .route("/post/{id}/faerdig", post(routes::done))
        .route("/post/{id}/svar", post(routes::reply))
        .route("/post/{id}/bilag/{position}", get(routes::attachment))
        .route(
            "/breve/nyt",
            get(write::write_page)
                .post(write::write)
                .layer(DefaultBodyLimit::max(model::MAX_LETTER_BYTES)),
        )
        .route("/breve/{id}", get(staff::status))
        .route("/breve/{id}/bilag/{position}", get(staff::attachment))
        .route("/udskrift", get(print::queue_page))
        .route("/udskrift/koe.pdf", get(print::queue_pdf))
        .route("/udskrift/afsendt", post(print::mark_posted))
        .route("/udskrift/{id}/givet", post(print::hand_over))
        .route(
            "/udskrift/tilbud/{person_id}/klaret",
            post(print::offer_done),
        )
        .route("/udskrift/{file}", get(print::letter_pdf))
        .route("/udskrift/{id}/bilag/{position}", get(print::attachment))
        .route("/rykkere", get(staff::escalations))
        .route("/rykkere/{id}", post(staff::record_outcome))
}

/// This module's API routes; the OpenAPI document is made from them, so the two cannot
/// drift apart.
pub(crate) fn api() -> utoipa_axum::router::OpenApiRouter<crate::state::AppState> {
    use crate::auth::{scoped, ApiScope};
    use axum::extract::DefaultBodyLimit;
    use utoipa_axum::router::UtoipaMethodRouterExt;
    use utoipa_axum::routes;
    // Reading a letter: the letters this key sent, or any with `letters.read_all`
    // (checked in `api.rs`, which reads who sent it).
    utoipa_axum::router::OpenApiRouter::new()
        .routes(scoped(
            routes!(api::api_send).layer(DefaultBodyLimit::max(MAX_API_LETTER_BYTES)),
            ApiScope::LettersSend,
        ))
        .routes(scoped(routes!(api::api_get), ApiScope::LettersRead))
        .routes(scoped(routes!(print::api_letters), ApiScope::Print))
        .routes(scoped(routes!(print::api_letter_pdf), ApiScope::Print))
        .routes(scoped(
            routes!(api::api_send_batch).layer(DefaultBodyLimit::max(MAX_API_BATCH_BYTES)),
            ApiScope::LettersSend,
        ))
}
