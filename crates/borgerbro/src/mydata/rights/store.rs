//! SQL for notes of disagreement and requests under the data protection rules.

use jiff::civil::Date;
use sqlx::any::AnyRow;
use sqlx::{AnyConnection, Row};

use super::model::{Channel, Kind, Outcome, Record};

/// A note of disagreement as stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Note {
    pub id: String,
    pub person_id: String,
    pub record: Record,
    pub text: String,
    /// An actor text: the citizen, a helper or a system.
    pub written_by: String,
    pub written_at: i64,
    pub answer: Option<NoteAnswer>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NoteAnswer {
    pub outcome: Outcome,
    pub text: String,
    pub by: String,
    pub at: i64,
}

/// A request under the data protection rules as stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Request {
    pub id: String,
    pub person_id: String,
    pub kind: Kind,
    pub text: String,
    pub channel: Channel,
    pub made_by: String,
    pub received_at: i64,
    pub received_on: Date,
    pub due_on: Date,
    pub extension_reason: Option<String>,
    pub warned_at: Option<i64>,
    pub overdue_at: Option<i64>,
    pub answer: Option<String>,
    pub carried_out: Option<String>,
    pub answered_by: Option<String>,
    pub answered_at: Option<i64>,
}

fn unreadable(what: &str, value: &str) -> sqlx::Error {
    sqlx::Error::Protocol(format!("unknown {what} {value}"))
}

fn date_of(row: &AnyRow, column: &str) -> Result<Date, sqlx::Error> {
    let text: String = row.try_get(column)?;
    text.parse().map_err(|_| unreadable("day", &text))
}

fn note_of(row: &AnyRow) -> Result<Note, sqlx::Error> {
    let kind: String = row.try_get("record_kind")?;
    let record_id: String = row.try_get("record_id")?;
    let outcome: Option<String> = row.try_get("outcome")?;
    let answer = match outcome {
        None => None,
        Some(outcome) => Some(NoteAnswer {
            outcome: Outcome::parse(&outcome).ok_or_else(|| unreadable("outcome", &outcome))?,
            text: row
                .try_get::<Option<String>, _>("answer")?
                .unwrap_or_default(),
            by: row
                .try_get::<Option<String>, _>("answered_by")?
                .unwrap_or_default(),
            at: row.try_get::<Option<i64>, _>("answered_at")?.unwrap_or(0),
        }),
    };
    Ok(Note {
        id: row.try_get("id")?,
        person_id: row.try_get("person_id")?,
        record: Record::parse(&kind, Some(&record_id))
            .ok_or_else(|| unreadable("record kind", &kind))?,
        text: row.try_get("text")?,
        written_by: row.try_get("written_by")?,
        written_at: row.try_get("written_at")?,
        answer,
    })
}

fn request_of(row: &AnyRow) -> Result<Request, sqlx::Error> {
    let kind: String = row.try_get("kind")?;
    let channel: String = row.try_get("channel")?;
    Ok(Request {
        id: row.try_get("id")?,
        person_id: row.try_get("person_id")?,
        kind: Kind::parse(&kind).ok_or_else(|| unreadable("request kind", &kind))?,
        text: row.try_get("text")?,
        channel: Channel::parse(&channel).ok_or_else(|| unreadable("channel", &channel))?,
        made_by: row.try_get("made_by")?,
        received_at: row.try_get("received_at")?,
        received_on: date_of(row, "received_on")?,
        due_on: date_of(row, "due_on")?,
        extension_reason: row.try_get("extension_reason")?,
        warned_at: row.try_get("warned_at")?,
        overdue_at: row.try_get("overdue_at")?,
        answer: row.try_get("answer")?,
        carried_out: row.try_get("carried_out")?,
        answered_by: row.try_get("answered_by")?,
        answered_at: row.try_get("answered_at")?,
    })
}

const NOTE_COLUMNS: &str = "id, person_id, record_kind, record_id, text, written_by, written_at, \
     outcome, answer, answered_by, answered_at";

const REQUEST_COLUMNS: &str = "id, person_id, kind, text, channel, made_by, received_at, \
     received_on, due_on, extension_reason, warned_at, overdue_at, answer, carried_out, \
     answered_by, answered_at";

pub(crate) async fn insert_note(conn: &mut AnyConnection, note: &Note) -> Result<(), sqlx::Error> {
    sqlx::query(
        "INSERT INTO mydata_notes (id, person_id, record_kind, record_id, text, written_by, \
         written_at) VALUES ($1, $2, $3, $4, $5, $6, $7)",
    )
    .bind(&note.id)
    .bind(&note.person_id)
    .bind(note.record.kind())
    .bind(note.record.stored_id(&note.person_id))
    .bind(&note.text)
    .bind(&note.written_by)
    .bind(note.written_at)
    .execute(&mut *conn)
    .await?;
    Ok(())
}

pub async fn note(conn: &mut AnyConnection, id: &str) -> Result<Option<Note>, sqlx::Error> {
    sqlx::query(&format!(
        "SELECT {NOTE_COLUMNS} FROM mydata_notes WHERE id = $1"
    ))
    .bind(id)
    .fetch_optional(&mut *conn)
    .await?
    .as_ref()
    .map(note_of)
    .transpose()
}

/// A person's notes, newest first.
pub(crate) async fn notes_of_person(
    conn: &mut AnyConnection,
    person_id: &str,
) -> Result<Vec<Note>, sqlx::Error> {
    sqlx::query(&format!(
        "SELECT {NOTE_COLUMNS} FROM mydata_notes WHERE person_id = $1 \
         ORDER BY written_at DESC, id DESC"
    ))
    .bind(person_id)
    .fetch_all(&mut *conn)
    .await?
    .iter()
    .map(note_of)
    .collect()
}

/// The notes on one record, oldest first, as a conversation reads.
pub async fn notes_on(
    conn: &mut AnyConnection,
    kind: &str,
    record_id: &str,
) -> Result<Vec<Note>, sqlx::Error> {
    sqlx::query(&format!(
        "SELECT {NOTE_COLUMNS} FROM mydata_notes WHERE record_kind = $1 AND record_id = $2 \
         ORDER BY written_at, id"
    ))
    .bind(kind)
    .bind(record_id)
    .fetch_all(&mut *conn)
    .await?
    .iter()
    .map(note_of)
    .collect()
}

/// Every note staff have not answered, oldest first.
pub(crate) async fn unanswered_notes(conn: &mut AnyConnection) -> Result<Vec<Note>, sqlx::Error> {
    sqlx::query(&format!(
        "SELECT {NOTE_COLUMNS} FROM mydata_notes WHERE answered_at IS NULL \
         ORDER BY written_at, id"
    ))
    .fetch_all(&mut *conn)
    .await?
    .iter()
    .map(note_of)
    .collect()
}

/// Answers a note once; false when it was answered already.
pub async fn answer_note(
    conn: &mut AnyConnection,
    id: &str,
    answer: &NoteAnswer,
) -> Result<bool, sqlx::Error> {
    let done = sqlx::query(
        "UPDATE mydata_notes SET outcome = $1, answer = $2, answered_by = $3, answered_at = $4 \
         WHERE id = $5 AND answered_at IS NULL",
    )
    .bind(answer.outcome.as_str())
    .bind(&answer.text)
    .bind(&answer.by)
    .bind(answer.at)
    .bind(id)
    .execute(&mut *conn)
    .await?;
    Ok(done.rows_affected() == 1)
}

pub(crate) async fn insert_request(
    conn: &mut AnyConnection,
    request: &Request,
    created_at: i64,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "INSERT INTO mydata_requests (id, person_id, kind, text, channel, made_by, received_at, \
         received_on, due_on, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)",
    )
    .bind(&request.id)
    .bind(&request.person_id)
    .bind(request.kind.as_str())
    .bind(&request.text)
    .bind(request.channel.as_str())
    .bind(&request.made_by)
    .bind(request.received_at)
    .bind(request.received_on.to_string())
    .bind(request.due_on.to_string())
    .bind(created_at)
    .execute(&mut *conn)
    .await?;
    Ok(())
}

pub(crate) async fn request(
    conn: &mut AnyConnection,
    id: &str,
) -> Result<Option<Request>, sqlx::Error> {
    sqlx::query(&format!(
        "SELECT {REQUEST_COLUMNS} FROM mydata_requests WHERE id = $1"
    ))
    .bind(id)
    .fetch_optional(&mut *conn)
    .await?
    .as_ref()
    .map(request_of)
    .transpose()
}

/// A person's requests, newest first.
pub(crate) async fn requests_of_person(
    conn: &mut AnyConnection,
    person_id: &str,
) -> Result<Vec<Request>, sqlx::Error> {
    sqlx::query(&format!(
        "SELECT {REQUEST_COLUMNS} FROM mydata_requests WHERE person_id = $1 \
         ORDER BY received_at DESC, id DESC"
    ))
    .bind(person_id)
    .fetch_all(&mut *conn)
    .await?
    .iter()
    .map(request_of)
    .collect()
}

/// Requests not answered, soonest due first.
pub(crate) async fn unanswered_requests(
    conn: &mut AnyConnection,
) -> Result<Vec<Request>, sqlx::Error> {
    sqlx::query(&format!(
        "SELECT {REQUEST_COLUMNS} FROM mydata_requests WHERE answered_at IS NULL \
         ORDER BY due_on, received_at"
    ))
    .fetch_all(&mut *conn)
    .await?
    .iter()
    .map(request_of)
    .collect()
}

/// The latest answered requests, newest answer first.
pub(crate) async fn answered_requests(
    conn: &mut AnyConnection,
    limit: i64,
) -> Result<Vec<Request>, sqlx::Error> {
    sqlx::query(&format!(
        "SELECT {REQUEST_COLUMNS} FROM mydata_requests WHERE answered_at IS NOT NULL \
         ORDER BY answered_at DESC, id DESC LIMIT $1"
    ))
    .bind(limit)
    .fetch_all(&mut *conn)
    .await?
    .iter()
    .map(request_of)
    .collect()
}

/// Moves an unanswered request's due day; the sweep warns again before the new one.
/// False when it was answered meanwhile.
pub async fn extend_request(
    conn: &mut AnyConnection,
    id: &str,
    due_on: Date,
    reason: &str,
    by: &str,
    at: i64,
) -> Result<bool, sqlx::Error> {
    let done = sqlx::query(
        "UPDATE mydata_requests SET due_on = $1, extension_reason = $2, extended_by = $3, \
         extended_at = $4, warned_at = NULL, overdue_at = NULL \
         WHERE id = $5 AND answered_at IS NULL",
    )
    .bind(due_on.to_string())
    .bind(reason)
    .bind(by)
    .bind(at)
    .bind(id)
    .execute(&mut *conn)
    .await?;
    Ok(done.rows_affected() == 1)
}

/// Answers a request once; false when it was answered already.
pub async fn answer_request(
    conn: &mut AnyConnection,
    id: &str,
    answer: &str,
    carried_out: Option<&str>,
    by: &str,
    at: i64,
) -> Result<bool, sqlx::Error> {
    let done = sqlx::query(
        "UPDATE mydata_requests SET answer = $1, carried_out = $2, answered_by = $3, \
         answered_at = $4 WHERE id = $5 AND answered_at IS NULL",
    )
    .bind(answer)
    .bind(carried_out)
    .bind(by)
    .bind(at)
    .bind(id)
    .execute(&mut *conn)
    .await?;
    Ok(done.rows_affected() == 1)
}

/// Marks the unanswered requests due on or before `warn_until` that were not warned of,
/// and answers their ids: each is warned of once per due day.
pub(crate) async fn claim_warnings(
    conn: &mut AnyConnection,
    warn_until: Date,
    at: i64,
) -> Result<Vec<String>, sqlx::Error> {
    sqlx::query(
        "UPDATE mydata_requests SET warned_at = $1 \
         WHERE answered_at IS NULL AND warned_at IS NULL AND due_on <= $2 RETURNING id",
    )
    .bind(at)
    .bind(warn_until.to_string())
    .fetch_all(&mut *conn)
    .await?
    .iter()
    .map(|row| row.try_get("id"))
    .collect()
}

/// Marks the unanswered requests whose due day is before `today` as found overdue, and
/// answers their ids.
pub(crate) async fn claim_overdue(
    conn: &mut AnyConnection,
    today: Date,
    at: i64,
) -> Result<Vec<String>, sqlx::Error> {
    sqlx::query(
        "UPDATE mydata_requests SET overdue_at = $1 \
         WHERE answered_at IS NULL AND overdue_at IS NULL AND due_on < $2 RETURNING id",
    )
    .bind(at)
    .bind(today.to_string())
    .fetch_all(&mut *conn)
    .await?
    .iter()
    .map(|row| row.try_get("id"))
    .collect()
}

/// Deletes the notes and requests answered before `before` (never one still open), or
/// with `apply` false counts them.
pub async fn answered_before(
    conn: &mut AnyConnection,
    before: i64,
    apply: bool,
) -> Result<u64, sqlx::Error> {
    let mut total = 0;
    for table in ["mydata_notes", "mydata_requests"] {
        let filter = format!("FROM {table} WHERE answered_at IS NOT NULL AND answered_at < $1");
        total += if apply {
            sqlx::query(&format!("DELETE {filter}"))
                .bind(before)
                .execute(&mut *conn)
                .await?
                .rows_affected()
        } else {
            let n: i64 = sqlx::query(&format!("SELECT COUNT(*) AS n {filter}"))
                .bind(before)
                .fetch_one(&mut *conn)
                .await?
                .try_get("n")?;
            u64::try_from(n).unwrap_or(0)
        };
    }
    Ok(total)
}

/// Requests under the data protection rules as the inclusion figures count them.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct RequestCounts {
    /// Received in the month.
    pub received: u64,
    /// Answered in the month.
    pub answered: u64,
    /// Of those, answered on or before their due day (as extended, with a reason).
    pub answered_in_time: u64,
    /// Open past their due day when the figures were taken.
    pub overdue: u64,
}

/// The requests of `[from, to)`, and those open past their due day on `today`.
pub(crate) async fn month_counts(
    conn: &mut AnyConnection,
    from: i64,
    to: i64,
    today: Date,
) -> Result<RequestCounts, sqlx::Error> {
    let received: i64 = sqlx::query(
        "SELECT COUNT(*) AS n FROM mydata_requests WHERE received_at >= $1 AND received_at < $2",
    )
    .bind(from)
    .bind(to)
    .fetch_one(&mut *conn)
    .await?
    .try_get("n")?;
    let answered = sqlx::query(
        "SELECT answered_at, due_on FROM mydata_requests \
         WHERE answered_at >= $1 AND answered_at < $2",
    )
    .bind(from)
    .bind(to)
    .fetch_all(&mut *conn)
    .await?;
    let mut in_time = 0;
    for row in &answered {
        let at: i64 = row.try_get("answered_at")?;
        if super::day_of(at) <= date_of(row, "due_on")? {
            in_time += 1;
        }
    }
    let overdue: i64 = sqlx::query(
        "SELECT COUNT(*) AS n FROM mydata_requests WHERE answered_at IS NULL AND due_on < $1",
    )
    .bind(today.to_string())
    .fetch_one(&mut *conn)
    .await?
    .try_get("n")?;
    Ok(RequestCounts {
        received: received.max(0) as u64,
        answered: answered.len() as u64,
        answered_in_time: in_time,
        overdue: overdue.max(0) as u64,
    })
}
