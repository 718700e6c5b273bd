//! "Hent mine data": everything the authority holds about a citizen in one ZIP, in
//! machine-readable form: `data.json` (documented by the JSON Schema the API publishes,
//! `schema.json` beside it), a CSV file per table, each letter as its paper copy's PDF
//! and each attachment as stored. `model.rs` the file's types and schema, `zip.rs` the
//! writer, `web.rs` the pages (the download for the citizen,
//! a helper inside a `mydata` permission and the front desk; the front desk's print),
//! `print.rs` the printed PDF, `api.rs` the API.
//!
//! Memory stays bounded by a page of letters: letters are read a page at a time, and
//! the ZIP is written by a blocking thread to a temporary file (deleted when closed)
//! fed through a bounded channel, then streamed to the reader from the file.

pub(crate) mod api;
pub(crate) mod model;
mod print;
pub(crate) mod web;
mod zip;

use std::collections::HashMap;
use std::sync::Arc;

use jiff::Timestamp;
use serde::Serialize;

use self::model::*;
use self::zip::{Piece, ZipSink};
use super::rights::api::{note_response, request_response};
use crate::audit::{self, Actor};
use crate::clock::Clock;
use crate::config::AuthorityProfile;
use crate::db::Db;
use crate::files::Files;
use crate::network::events::{self, model as events_model};
use crate::people::Profile;
use crate::post::{Attachment, Cursor, Letter};
use crate::{auth, bookings, mandates, people};

pub use self::zip::ExportFile;

/// Access-log entries read a page at a time.
const LOG_PAGE: i64 = 500;

/// Why an export could not be made.
#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    #[error("no such person")]
    NotFound,
    #[error(transparent)]
    Database(#[from] sqlx::Error),
    #[error("writing the export: {0}")]
    Write(#[from] std::io::Error),
    #[error("writing the ZIP: {0}")]
    Zip(#[from] ::zip::result::ZipError),
}

/// What the export reads from.
pub struct Sources<'a> {
    pub db: &'a Db,
    pub clock: &'a Clock,
    pub files: &'a Files,
    pub authority: &'a Arc<AuthorityProfile>,
}

pub(crate) fn rfc3339(ms: i64) -> String {
    Timestamp::from_millisecond(ms)
        .map(|t| t.to_string())
        .unwrap_or_default()
}

fn opt_time(ms: Option<i64>) -> Option<String> {
    ms.map(rfc3339)
}

/// What is read at once: all but the letters and the access log, which are paged.
pub(crate) struct Head {
    pub profile: Profile,
    pub choices: ExportChoices,
    pub person: ExportPerson,
    pub given: Vec<ExportPermission>,
    pub received: Vec<ExportPermission>,
    pub bookings: Vec<ExportBooking>,
    pub event_signups: Vec<ExportEventSignup>,
    pub notes: Vec<super::NoteResponse>,
    pub requests: Vec<super::rights::api::RequestResponse>,
    pub answers: Vec<ExportAnswer>,
}

fn left_out() -> Vec<ExportLeftOut> {
    vec![ExportLeftOut {
        category: "feedback".into(),
        why: "Svarene på \"Var det let?\" gemmes uden navn, så vi kan ikke se, hvilke der er \
              dine. / The answers to \"Was it easy?\" are kept without a name, so we cannot \
              tell which are yours."
            .into(),
    }]
}

/// Names of people, read once each.
struct Names<'a> {
    db: &'a Db,
    known: HashMap<String, Option<String>>,
    keys: Option<HashMap<String, String>>,
}

impl<'a> Names<'a> {
    fn new(db: &'a Db) -> Self {
        Self {
            db,
            known: HashMap::new(),
            keys: None,
        }
    }

    async fn person(&mut self, id: &str) -> Result<Option<String>, sqlx::Error> {
        if let Some(name) = self.known.get(id) {
            return Ok(name.clone());
        }
        let name = auth::user(&self.db.pool, id).await?.map(|u| u.name);
        self.known.insert(id.to_owned(), name.clone());
        Ok(name)
    }

    async fn actor(&mut self, actor: &Actor) -> Result<ExportActor, sqlx::Error> {
        Ok(match actor {
            Actor::Person(id) => ExportActor {
                kind: ExportActorKind::Person,
                name: self.person(id).await?,
            },
            Actor::ApiKey(id) => {
                if self.keys.is_none() {
                    let keys = auth::api_keys(&self.db.pool).await?;
                    self.keys = Some(keys.into_iter().map(|k| (k.id, k.name)).collect());
                }
                ExportActor {
                    kind: ExportActorKind::System,
                    name: self.keys.as_ref().and_then(|k| k.get(id).cloned()),
                }
            }
            Actor::System => ExportActor {
                kind: ExportActorKind::System,
                name: None,
            },
        })
    }
}

async fn permission(
    names: &mut Names<'_>,
    row: &mandates::MandateRow,
) -> Result<ExportPermission, sqlx::Error> {
    Ok(ExportPermission {
        id: row.id.clone(),
        citizen_id: row.citizen_id.clone(),
        citizen_name: names.person(&row.citizen_id).await?,
        helper_id: row.helper_id.clone(),
        helper_name: names.person(&row.helper_id).await?,
        scopes: row.scopes.iter().map(|s| s.as_str().to_owned()).collect(),
        rights: row.rights.as_str().into(),
        valid_from: row.valid_from.to_string(),
        valid_to: row.valid_to.to_string(),
        note: row.note.clone(),
        created_at: rfc3339(row.created_at),
        accepted_at: opt_time(row.accepted_at),
        suspended_at: opt_time(row.suspended_at),
        ended_at: opt_time(row.ended_at),
    })
}

/// Reads all but the letters and the access log; `NotFound` for no such person.
pub(crate) async fn head(src: &Sources<'_>, citizen_id: &str) -> Result<Head, ExportError> {
    let db = src.db;
    let profile = people::profile(db, citizen_id)
        .await?
        .ok_or(ExportError::NotFound)?;
    let mut names = Names::new(db);
    let mut given = Vec::new();
    for row in mandates::of_citizen(db, citizen_id).await? {
        given.push(permission(&mut names, &row).await?);
    }
    let mut received = Vec::new();
    for row in mandates::of_helper(db, citizen_id).await? {
        received.push(permission(&mut names, &row).await?);
    }
    let bookings = bookings::all_of_citizen(db, citizen_id)
        .await?
        .into_iter()
        .map(|b| ExportBooking {
            id: b.id,
            kind: b.slot.kind.as_str().into(),
            starts_at: rfc3339(b.slot.window.starts_at),
            ends_at: rfc3339(b.slot.window.ends_at),
            name: b.name,
            phone: b.phone,
            topic: b.topic,
            note: b.note,
            booked_by: b.booked_by.as_text(),
            created_at: rfc3339(b.created_at),
            cancelled_at: opt_time(b.cancelled_at),
            moved_to: b.moved_to,
        })
        .collect();
    let event_signups = events::all_of_citizen(db, citizen_id)
        .await?
        .into_iter()
        .map(event_signup_out)
        .collect();
    let notes = super::notes_of(db, citizen_id)
        .await?
        .iter()
        .map(note_response)
        .collect();
    let today = src.clock.today();
    let requests = super::requests_of(db, citizen_id)
        .await?
        .iter()
        .map(|r| request_response(r, today))
        .collect();
    let answers = crate::post::replies_to(db, citizen_id)
        .await?
        .into_iter()
        .map(|r| ExportAnswer {
            id: r.id,
            letter_id: r.message_id,
            at: rfc3339(r.created_at),
            author: r.author,
            body: r.body,
        })
        .collect();
    Ok(Head {
        person: ExportPerson {
            id: profile.person_id.clone(),
            name: profile.name.clone(),
            cpr: profile.cpr.clone(),
            address: profile.address.clone(),
            phone: profile.phone.clone(),
            protected: profile.protected,
        },
        choices: ExportChoices {
            paper_post: profile.paper_post,
            language: profile.language.clone(),
            easy_read: profile.easy_read,
            large_print: profile.large_print,
        },
        profile,
        given,
        received,
        bookings,
        event_signups,
        notes,
        requests,
        answers,
    })
}

fn event_signup_out(found: events::CitizenSignup) -> ExportEventSignup {
    let events::CitizenSignup {
        signup,
        event,
        place,
    } = found;
    ExportEventSignup {
        id: signup.id,
        event_id: event.id,
        event_title: event.details.title,
        starts_at: rfc3339(event.details.starts_at),
        ends_at: rfc3339(event.details.ends_at),
        place_name: place,
        event_cancelled_at: opt_time(event.cancelled_at),
        status: match signup.status {
            events_model::Status::Seat => ExportSignupStatus::Seat,
            events_model::Status::Waiting => ExportSignupStatus::Waiting,
            events_model::Status::Cancelled => ExportSignupStatus::Cancelled,
        },
        attended: signup.attended,
        channel: match signup.channel {
            events_model::Channel::Online => ExportSignupChannel::Online,
            events_model::Channel::Desk => ExportSignupChannel::Desk,
            events_model::Channel::Helper => ExportSignupChannel::Helper,
            events_model::Channel::Api => ExportSignupChannel::Api,
        },
        made_by: signup.made_by.as_ref().map(Actor::as_text),
        signed_up_at: rfc3339(signup.signed_up_at),
        cancelled_at: opt_time(signup.cancelled_at),
        reminded_at: opt_time(signup.reminded_at),
    }
}

/// A letter's PDF's path in the ZIP.
fn letter_path(letter: &Letter) -> String {
    format!("letters/{}.pdf", letter.id)
}

/// An attachment's path in the ZIP. Its name was cleaned at upload; a slash or
/// backslash left in it would still make a folder, so those go too.
fn attachment_path(attachment: &Attachment) -> String {
    let name: String = attachment
        .filename
        .chars()
        .map(|c| if matches!(c, '/' | '\\') { '_' } else { c })
        .collect();
    format!(
        "letters/{}/{}-{}",
        attachment.message_id,
        attachment.position + 1,
        name
    )
}

fn letter_out(letter: &Letter, attachments: &[Attachment]) -> ExportLetter {
    ExportLetter {
        id: letter.id.clone(),
        sent_at: rfc3339(letter.sent_at),
        sender_name: letter.sender_name.clone(),
        area: letter.area.map(|a| a.as_str().to_owned()),
        subject: letter.subject.clone(),
        summary: letter.summary.clone(),
        body: letter.body.clone(),
        channel: letter.channel.as_str().into(),
        language: letter.language.clone(),
        deadline_original: letter.deadline_original.clone(),
        deadline_current: letter.deadline_current.clone(),
        opened_at: opt_time(letter.opened_at),
        done_at: opt_time(letter.done_at),
        pdf: letter_path(letter),
        attachments: attachments
            .iter()
            .filter(|a| a.message_id == letter.id)
            .map(|a| ExportAttachment {
                number: a.position + 1,
                filename: a.filename.clone(),
                size: a.size,
                file: attachment_path(a),
            })
            .collect(),
    }
}

/// The citizen's letters a page at a time with their attachments, newest first; at
/// most one page is in memory. Reads on one connection of its own.
pub(crate) struct LetterPages<'a> {
    db: &'a Db,
    citizen_id: &'a str,
    conn: Option<sqlx::pool::PoolConnection<sqlx::Any>>,
    after: Option<Cursor>,
    done: bool,
}

impl<'a> LetterPages<'a> {
    pub(crate) fn new(db: &'a Db, citizen_id: &'a str) -> Self {
        Self {
            db,
            citizen_id,
            conn: None,
            after: None,
            done: false,
        }
    }

    pub(crate) async fn next(
        &mut self,
    ) -> Result<Option<(Vec<Letter>, Vec<Attachment>)>, ExportError> {
        if self.done {
            return Ok(None);
        }
        let conn = match &mut self.conn {
            Some(conn) => conn,
            None => self.conn.insert(self.db.pool.acquire().await?),
        };
        let (letters, attachments) =
            crate::post::letters_after(conn, self.citizen_id, self.after.as_ref()).await?;
        let Some(last) = letters.last() else {
            self.done = true;
            self.conn = None;
            return Ok(None);
        };
        self.after = Some(Cursor {
            sent_at: last.sent_at,
            id: last.id.clone(),
        });
        if letters.len() < usize::try_from(crate::post::EXPORT_PAGE).unwrap_or(0) {
            self.done = true;
            self.conn = None;
        }
        Ok(Some((letters, attachments)))
    }
}

/// The access log about the citizen by someone else a page at a time, newest first.
pub(crate) struct LogPages<'a> {
    db: &'a Db,
    citizen_id: &'a str,
    before: Option<i64>,
    done: bool,
}

impl<'a> LogPages<'a> {
    pub(crate) fn new(db: &'a Db, citizen_id: &'a str) -> Self {
        Self {
            db,
            citizen_id,
            before: None,
            done: false,
        }
    }

    pub(crate) async fn next(&mut self) -> Result<Option<Vec<audit::Entry>>, ExportError> {
        if self.done {
            return Ok(None);
        }
        // Every entry by someone else, Borgerbro's own letters too: the export holds all.
        let filter = audit::LogFilter {
            before: self.before,
            ..Default::default()
        };
        let entries = audit::by_others(self.db, self.citizen_id, filter, LOG_PAGE).await?;
        let Some(last) = entries.last() else {
            self.done = true;
            return Ok(None);
        };
        self.before = Some(last.seq);
        self.done = entries.len() < usize::try_from(LOG_PAGE).unwrap_or(0);
        Ok(Some(entries))
    }
}

async fn access_out(
    names: &mut Names<'_>,
    entry: &audit::Entry,
) -> Result<ExportAccess, sqlx::Error> {
    Ok(ExportAccess {
        at: rfc3339(entry.at_ms),
        actor: names.actor(&entry.actor).await?,
        action: entry.action.clone(),
        what: entry.object.clone(),
        purpose: entry.purpose.clone(),
        on_behalf: entry.acting_for.is_some(),
    })
}

fn json<T: Serialize>(value: &T) -> Result<Vec<u8>, ExportError> {
    serde_json::to_vec(value).map_err(|e| ExportError::Write(e.into()))
}

/// Writes `"key":[...]` of `items` into data.json.
async fn json_array<T: Serialize>(
    zip: &ZipSink,
    key: &str,
    items: &[T],
) -> Result<(), ExportError> {
    let mut out = format!(",\"{key}\":[").into_bytes();
    for (i, item) in items.iter().enumerate() {
        if i > 0 {
            out.push(b',');
        }
        out.extend(json(item)?);
    }
    out.push(b']');
    zip.send(Piece::Bytes(out)).await
}

/// CSV rows as bytes, the header first when asked.
fn csv_rows(header: Option<&[&str]>, rows: &[Vec<String>]) -> Result<Vec<u8>, ExportError> {
    let mut writer = csv::Writer::from_writer(Vec::new());
    let io = |e: csv::Error| ExportError::Write(std::io::Error::other(e));
    if let Some(header) = header {
        writer.write_record(header).map_err(io)?;
    }
    for row in rows {
        writer.write_record(row).map_err(io)?;
    }
    writer
        .into_inner()
        .map_err(|e| ExportError::Write(std::io::Error::other(e.to_string())))
}

async fn csv_file(
    zip: &ZipSink,
    name: &str,
    header: &[&str],
    rows: &[Vec<String>],
) -> Result<(), ExportError> {
    zip.send(Piece::Start(name.into(), true)).await?;
    zip.send(Piece::Bytes(csv_rows(Some(header), rows)?)).await
}

fn text(value: &Option<String>) -> String {
    value.clone().unwrap_or_default()
}

fn permission_rows(direction: &str, permissions: &[ExportPermission]) -> Vec<Vec<String>> {
    permissions
        .iter()
        .map(|p| {
            vec![
                direction.into(),
                p.id.clone(),
                p.citizen_id.clone(),
                text(&p.citizen_name),
                p.helper_id.clone(),
                text(&p.helper_name),
                p.scopes.join(" "),
                p.rights.clone(),
                p.valid_from.clone(),
                p.valid_to.clone(),
                text(&p.note),
                p.created_at.clone(),
                text(&p.accepted_at),
                text(&p.suspended_at),
                text(&p.ended_at),
            ]
        })
        .collect()
}

fn letter_row(l: &ExportLetter) -> Vec<String> {
    vec![
        l.id.clone(),
        l.sent_at.clone(),
        l.sender_name.clone(),
        text(&l.area),
        l.subject.clone(),
        text(&l.summary),
        l.channel.clone(),
        l.language.clone(),
        text(&l.deadline_original),
        text(&l.deadline_current),
        text(&l.opened_at),
        text(&l.done_at),
        l.pdf.clone(),
        l.attachments.len().to_string(),
    ]
}

/// Writes the export of a citizen's data to a temporary file and answers it, ready to
/// stream; `NotFound` for no such person. The caller audits who asked.
pub async fn write_zip(src: &Sources<'_>, citizen_id: &str) -> Result<ExportFile, ExportError> {
    let head = head(src, citizen_id).await?;
    let zip = ZipSink::start(src.authority.clone());
    match fill(src, citizen_id, &head, &zip).await {
        Ok(()) => zip.finish().await,
        // The writer's own error, when it stopped first, says more than the closed channel.
        Err(error) => Err(zip.finish().await.err().unwrap_or(error)),
    }
}

async fn fill(
    src: &Sources<'_>,
    citizen_id: &str,
    head: &Head,
    zip: &ZipSink,
) -> Result<(), ExportError> {
    let db = src.db;
    // data.json, streamed in the shape of `ExportData`.
    zip.send(Piece::Start("data.json".into(), true)).await?;
    let mut opening = format!(
        "{{\"format\":{},\"made_at\":{},\"person\":",
        serde_json::Value::from(FORMAT),
        serde_json::Value::from(rfc3339(src.clock.now_ms()))
    )
    .into_bytes();
    opening.extend(json(&head.person)?);
    opening.extend(b",\"choices\":");
    opening.extend(json(&head.choices)?);
    zip.send(Piece::Bytes(opening)).await?;
    json_array(zip, "permissions_given", &head.given).await?;
    json_array(zip, "permissions_received", &head.received).await?;
    json_array(zip, "bookings", &head.bookings).await?;
    json_array(zip, "event_signups", &head.event_signups).await?;
    json_array(zip, "notes", &head.notes).await?;
    json_array(zip, "requests", &head.requests).await?;
    json_array(zip, "not_included", &left_out()).await?;
    zip.send(Piece::Bytes(b",\"letters\":[".to_vec())).await?;
    let mut first = true;
    let mut pages = LetterPages::new(db, citizen_id);
    while let Some((letters, attachments)) = pages.next().await? {
        let mut out = Vec::new();
        for letter in &letters {
            if !first {
                out.push(b',');
            }
            first = false;
            out.extend(json(&letter_out(letter, &attachments))?);
        }
        zip.send(Piece::Bytes(out)).await?;
    }
    zip.send(Piece::Bytes(b"]".to_vec())).await?;
    json_array(zip, "answers", &head.answers).await?;
    zip.send(Piece::Bytes(b",\"access_log\":[".to_vec()))
        .await?;
    let mut names = Names::new(db);
    let mut first = true;
    let mut log = LogPages::new(db, citizen_id);
    while let Some(entries) = log.next().await? {
        let mut out = Vec::new();
        for entry in &entries {
            if !first {
                out.push(b',');
            }
            first = false;
            out.extend(json(&access_out(&mut names, entry).await?)?);
        }
        zip.send(Piece::Bytes(out)).await?;
    }
    zip.send(Piece::Bytes(b"]}".to_vec())).await?;

    // The schema beside the file, so the download explains itself offline.
    zip.send(Piece::Start("schema.json".into(), true)).await?;
    let schema =
        serde_json::to_vec_pretty(&json_schema()).map_err(|e| ExportError::Write(e.into()))?;
    zip.send(Piece::Bytes(schema)).await?;

    // The tables as CSV.
    let p = &head.person;
    let c = &head.choices;
    csv_file(
        zip,
        "csv/person.csv",
        &[
            "id",
            "name",
            "cpr",
            "address",
            "phone",
            "protected",
            "paper_post",
            "language",
            "easy_read",
            "large_print",
        ],
        &[vec![
            p.id.clone(),
            p.name.clone(),
            text(&p.cpr),
            text(&p.address),
            text(&p.phone),
            p.protected.to_string(),
            c.paper_post.to_string(),
            c.language.clone(),
            c.easy_read.to_string(),
            c.large_print.to_string(),
        ]],
    )
    .await?;
    let mut permissions = permission_rows("given", &head.given);
    permissions.extend(permission_rows("received", &head.received));
    csv_file(
        zip,
        "csv/permissions.csv",
        &[
            "direction",
            "id",
            "citizen_id",
            "citizen_name",
            "helper_id",
            "helper_name",
            "scopes",
            "rights",
            "valid_from",
            "valid_to",
            "note",
            "created_at",
            "accepted_at",
            "suspended_at",
            "ended_at",
        ],
        &permissions,
    )
    .await?;
    let bookings: Vec<Vec<String>> = head
        .bookings
        .iter()
        .map(|b| {
            vec![
                b.id.clone(),
                b.kind.clone(),
                b.starts_at.clone(),
                b.ends_at.clone(),
                b.name.clone(),
                text(&b.phone),
                b.topic.clone(),
                text(&b.note),
                b.booked_by.clone(),
                b.created_at.clone(),
                text(&b.cancelled_at),
                text(&b.moved_to),
            ]
        })
        .collect();
    csv_file(
        zip,
        "csv/bookings.csv",
        &[
            "id",
            "kind",
            "starts_at",
            "ends_at",
            "name",
            "phone",
            "topic",
            "note",
            "booked_by",
            "created_at",
            "cancelled_at",
            "moved_to",
        ],
        &bookings,
    )
    .await?;
    let signups: Vec<Vec<String>> = head
        .event_signups
        .iter()
        .map(|s| {
            vec![
                s.id.clone(),
                s.event_id.clone(),
                s.event_title.clone(),
                s.starts_at.clone(),
                s.ends_at.clone(),
                text(&s.place_name),
                text(&s.event_cancelled_at),
                s.status.as_str().into(),
                s.attended.map(|a| a.to_string()).unwrap_or_default(),
                s.channel.as_str().into(),
                text(&s.made_by),
                s.signed_up_at.clone(),
                text(&s.cancelled_at),
                text(&s.reminded_at),
            ]
        })
        .collect();
    csv_file(
        zip,
        "csv/event_signups.csv",
        &[
            "id",
            "event_id",
            "event_title",
            "starts_at",
            "ends_at",
            "place_name",
            "event_cancelled_at",
            "status",
            "attended",
            "channel",
            "made_by",
            "signed_up_at",
            "cancelled_at",
            "reminded_at",
        ],
        &signups,
    )
    .await?;
    let notes: Vec<Vec<String>> = head
        .notes
        .iter()
        .filter_map(|n| serde_json::to_value(n).ok())
        .map(|n| {
            let s = |v: &serde_json::Value| v.as_str().unwrap_or_default().to_owned();
            vec![
                s(&n["id"]),
                s(&n["record"]["kind"]),
                s(&n["record"]["id"]),
                s(&n["text"]),
                s(&n["written_at"]),
                s(&n["answer"]["outcome"]),
                s(&n["answer"]["text"]),
                s(&n["answer"]["at"]),
            ]
        })
        .collect();
    csv_file(
        zip,
        "csv/notes.csv",
        &[
            "id",
            "record_kind",
            "record_id",
            "text",
            "written_at",
            "answer_outcome",
            "answer_text",
            "answered_at",
        ],
        &notes,
    )
    .await?;
    let requests: Vec<Vec<String>> = head
        .requests
        .iter()
        .filter_map(|r| serde_json::to_value(r).ok())
        .map(|r| {
            let s = |v: &serde_json::Value| v.as_str().unwrap_or_default().to_owned();
            vec![
                s(&r["id"]),
                s(&r["kind"]),
                s(&r["status"]),
                s(&r["channel"]),
                s(&r["text"]),
                s(&r["received_at"]),
                s(&r["due"]),
                s(&r["answer"]),
                s(&r["answered_at"]),
            ]
        })
        .collect();
    csv_file(
        zip,
        "csv/requests.csv",
        &[
            "id",
            "kind",
            "status",
            "channel",
            "text",
            "received_at",
            "due",
            "answer",
            "answered_at",
        ],
        &requests,
    )
    .await?;
    let answers: Vec<Vec<String>> = head
        .answers
        .iter()
        .map(|a| {
            vec![
                a.id.clone(),
                a.letter_id.clone(),
                a.at.clone(),
                a.author.clone(),
                a.body.clone(),
            ]
        })
        .collect();
    csv_file(
        zip,
        "csv/answers.csv",
        &["id", "letter_id", "at", "author", "body"],
        &answers,
    )
    .await?;
    zip.send(Piece::Start("csv/letters.csv".into(), true))
        .await?;
    zip.send(Piece::Bytes(csv_rows(
        Some(&[
            "id",
            "sent_at",
            "sender_name",
            "area",
            "subject",
            "summary",
            "channel",
            "language",
            "deadline_original",
            "deadline_current",
            "opened_at",
            "done_at",
            "pdf",
            "attachments",
        ]),
        &[],
    )?))
    .await?;
    let mut pages = LetterPages::new(db, citizen_id);
    while let Some((letters, attachments)) = pages.next().await? {
        let rows: Vec<Vec<String>> = letters
            .iter()
            .map(|l| letter_row(&letter_out(l, &attachments)))
            .collect();
        zip.send(Piece::Bytes(csv_rows(None, &rows)?)).await?;
    }
    zip.send(Piece::Start("csv/access_log.csv".into(), true))
        .await?;
    zip.send(Piece::Bytes(csv_rows(
        Some(&[
            "at",
            "actor_kind",
            "actor_name",
            "action",
            "what",
            "purpose",
            "on_behalf",
        ]),
        &[],
    )?))
    .await?;
    let mut names = Names::new(db);
    let mut log = LogPages::new(db, citizen_id);
    while let Some(entries) = log.next().await? {
        let mut rows = Vec::with_capacity(entries.len());
        for entry in &entries {
            let a = access_out(&mut names, entry).await?;
            rows.push(vec![
                a.at,
                a.actor.kind.as_str().into(),
                text(&a.actor.name),
                a.action,
                text(&a.what),
                text(&a.purpose),
                a.on_behalf.to_string(),
            ]);
        }
        zip.send(Piece::Bytes(csv_rows(None, &rows)?)).await?;
    }

    // Each letter as its paper copy, each attachment as stored.
    let mut pages = LetterPages::new(db, citizen_id);
    while let Some((letters, attachments)) = pages.next().await? {
        for letter in letters {
            let own: Vec<Attachment> = attachments
                .iter()
                .filter(|a| a.message_id == letter.id)
                .cloned()
                .collect();
            for attachment in &own {
                // A file the store has lost is named in data.json but not in the ZIP.
                let Ok(bytes) = src.files.get(&attachment.file_hash).await else {
                    tracing::warn!(attachment = %attachment.id, "attachment missing from the file store");
                    continue;
                };
                zip.send(Piece::Start(attachment_path(attachment), false))
                    .await?;
                zip.send(Piece::Bytes(bytes)).await?;
            }
            zip.send(Piece::Letter(Box::new(zip::LetterJob {
                path: letter_path(&letter),
                letter,
                recipient: Some(head.profile.clone()),
                attachments: own,
            })))
            .await?;
        }
    }
    Ok(())
}
