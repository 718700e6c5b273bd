//! SQL for events: `network_events` and `network_event_signups` (migration 0113).
//!
//! The event's row holds the seats taken and the sign-ups ever made, so that taking a
//! seat is one conditional UPDATE of that row: both databases let one such UPDATE at a
//! time change the row (SQLite one writer, PostgreSQL the row's lock held to the end of
//! the transaction), so exactly `seats` are taken however many ask at once, and each
//! sign-up's number in line is its own.

use sqlx::any::AnyRow;
use sqlx::{AnyConnection, Row};

use super::model::{Channel, Details, Kind, Status};
use crate::audit::Actor;
use crate::db::decode;

/// An event as stored, with how many wait for a seat.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Event {
    pub id: String,
    /// The member organisation that organises it; none: the authority.
    pub organisation_id: Option<String>,
    pub details: Details,
    pub taken: i64,
    pub waiting: i64,
    pub created_by: String,
    pub created_at: i64,
    pub cancelled_at: Option<i64>,
}

impl Event {
    pub fn free_seats(&self) -> i64 {
        super::model::free_seats(self.details.seats, self.taken)
    }
}

/// A sign-up as stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Signup {
    pub id: String,
    pub event_id: String,
    /// The citizen, when known.
    pub person_id: Option<String>,
    /// The name given, or the citizen's name when they signed up.
    pub name: String,
    /// The phone number given without a login.
    pub phone: String,
    pub channel: Channel,
    /// Who signed the citizen up; none: themself.
    pub made_by: Option<Actor>,
    pub number: i64,
    pub status: Status,
    pub signed_up_at: i64,
    pub cancelled_at: Option<i64>,
    pub attended: Option<bool>,
    pub reminded_at: Option<i64>,
}

const EVENT_COLUMNS: &str = "e.id, e.organisation_id, e.kind, e.title, e.description, \
     e.place_id, e.starts_at, e.ends_at, e.language, e.seats, e.accessibility, e.taken, \
     e.created_by, e.created_at, e.cancelled_at, \
     (SELECT COUNT(*) FROM network_event_signups w \
      WHERE w.event_id = e.id AND w.status = 'waiting') AS waiting";

const SIGNUP_COLUMNS: &str = "id, event_id, person_id, name, phone, channel, made_by, \
     number, status, signed_up_at, cancelled_at, attended, reminded_at";

fn event_of(row: &AnyRow) -> Result<Event, sqlx::Error> {
    let kind: String = row.try_get("kind")?;
    Ok(Event {
        id: row.try_get("id")?,
        organisation_id: row.try_get("organisation_id")?,
        details: Details {
            kind: decode::parsed("network_events.kind", &kind, Kind::parse)?,
            title: row.try_get("title")?,
            description: row.try_get("description")?,
            place_id: row.try_get("place_id")?,
            starts_at: row.try_get("starts_at")?,
            ends_at: row.try_get("ends_at")?,
            language: row.try_get("language")?,
            seats: row.try_get("seats")?,
            accessibility: row.try_get("accessibility")?,
        },
        taken: row.try_get("taken")?,
        waiting: row.try_get("waiting")?,
        created_by: row.try_get("created_by")?,
        created_at: row.try_get("created_at")?,
        cancelled_at: row.try_get("cancelled_at")?,
    })
}

fn signup_of(row: &AnyRow) -> Result<Signup, sqlx::Error> {
    let channel: String = row.try_get("channel")?;
    let status: String = row.try_get("status")?;
    let attended: Option<i64> = row.try_get("attended")?;
    let made_by: Option<String> = row.try_get("made_by")?;
    Ok(Signup {
        id: row.try_get("id")?,
        event_id: row.try_get("event_id")?,
        person_id: row.try_get("person_id")?,
        name: row.try_get("name")?,
        phone: row.try_get("phone")?,
        channel: decode::parsed("network_event_signups.channel", &channel, Channel::parse)?,
        made_by: made_by
            .map(|m| decode::parsed("network_event_signups.made_by", &m, Actor::parse))
            .transpose()?,
        number: row.try_get("number")?,
        status: decode::parsed("network_event_signups.status", &status, Status::parse)?,
        signed_up_at: row.try_get("signed_up_at")?,
        cancelled_at: row.try_get("cancelled_at")?,
        attended: attended
            .map(|a| decode::flag("network_event_signups.attended", a))
            .transpose()?,
        reminded_at: row.try_get("reminded_at")?,
    })
}

pub(crate) async fn insert_event(
    conn: &mut AnyConnection,
    id: &str,
    organisation_id: Option<&str>,
    details: &Details,
    created_by: &str,
    now_ms: i64,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "INSERT INTO network_events (id, organisation_id, kind, title, description, place_id, \
         starts_at, ends_at, language, seats, accessibility, created_by, created_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)",
    )
    .bind(id)
    .bind(organisation_id)
    .bind(details.kind.as_str())
    .bind(&details.title)
    .bind(&details.description)
    .bind(&details.place_id)
    .bind(details.starts_at)
    .bind(details.ends_at)
    .bind(&details.language)
    .bind(details.seats)
    .bind(&details.accessibility)
    .bind(created_by)
    .bind(now_ms)
    .execute(&mut *conn)
    .await?;
    Ok(())
}

/// Changes an event's details; answers the seats taken then, or `None` when the event
/// was cancelled meanwhile. The first statement of a change, so it takes the event's lock
/// before anything else is read.
pub(crate) async fn update_event(
    conn: &mut AnyConnection,
    id: &str,
    details: &Details,
) -> Result<Option<i64>, sqlx::Error> {
    sqlx::query_scalar(
        "UPDATE network_events SET kind = $2, title = $3, description = $4, place_id = $5, \
         starts_at = $6, ends_at = $7, language = $8, seats = $9, accessibility = $10 \
         WHERE id = $1 AND cancelled_at IS NULL RETURNING taken",
    )
    .bind(id)
    .bind(details.kind.as_str())
    .bind(&details.title)
    .bind(&details.description)
    .bind(&details.place_id)
    .bind(details.starts_at)
    .bind(details.ends_at)
    .bind(&details.language)
    .bind(details.seats)
    .bind(&details.accessibility)
    .fetch_optional(&mut *conn)
    .await
}

/// Cancels an event not yet begun; answers whether it was.
pub(crate) async fn cancel_event(
    conn: &mut AnyConnection,
    id: &str,
    now_ms: i64,
) -> Result<bool, sqlx::Error> {
    let done = sqlx::query(
        "UPDATE network_events SET cancelled_at = $2 \
         WHERE id = $1 AND cancelled_at IS NULL AND starts_at > $2",
    )
    .bind(id)
    .bind(now_ms)
    .execute(&mut *conn)
    .await?;
    Ok(done.rows_affected() == 1)
}

pub(crate) async fn event(
    conn: &mut AnyConnection,
    id: &str,
) -> Result<Option<Event>, sqlx::Error> {
    sqlx::query(&format!(
        "SELECT {EVENT_COLUMNS} FROM network_events e WHERE e.id = $1"
    ))
    .bind(id)
    .fetch_optional(&mut *conn)
    .await?
    .as_ref()
    .map(event_of)
    .transpose()
}

/// The events not cancelled that end after `from` and begin before `to`, soonest first.
pub(crate) async fn between(
    conn: &mut AnyConnection,
    from: i64,
    to: i64,
) -> Result<Vec<Event>, sqlx::Error> {
    sqlx::query(&format!(
        "SELECT {EVENT_COLUMNS} FROM network_events e \
         WHERE e.cancelled_at IS NULL AND e.ends_at > $1 AND e.starts_at < $2 \
         ORDER BY e.starts_at, e.id"
    ))
    .bind(from)
    .bind(to)
    .fetch_all(&mut *conn)
    .await?
    .iter()
    .map(event_of)
    .collect()
}

/// The events not cancelled at a help place that begin from `from`, soonest first.
pub(crate) async fn at_place(
    conn: &mut AnyConnection,
    place_id: &str,
    from: i64,
    limit: i64,
) -> Result<Vec<Event>, sqlx::Error> {
    sqlx::query(&format!(
        "SELECT {EVENT_COLUMNS} FROM network_events e \
         WHERE e.place_id = $1 AND e.cancelled_at IS NULL AND e.starts_at >= $2 \
         ORDER BY e.starts_at, e.id LIMIT $3"
    ))
    .bind(place_id)
    .bind(from)
    .bind(limit)
    .fetch_all(&mut *conn)
    .await?
    .iter()
    .map(event_of)
    .collect()
}

/// An organisation's events (none: the authority's), newest start first.
pub(crate) async fn of_organiser(
    conn: &mut AnyConnection,
    organisation_id: Option<&str>,
) -> Result<Vec<Event>, sqlx::Error> {
    let filter = match organisation_id {
        Some(_) => "e.organisation_id = $1",
        None => "e.organisation_id IS NULL",
    };
    let sql = format!(
        "SELECT {EVENT_COLUMNS} FROM network_events e WHERE {filter} \
         ORDER BY e.starts_at DESC, e.id"
    );
    let mut query = sqlx::query(&sql);
    if let Some(id) = organisation_id {
        query = query.bind(id);
    }
    query
        .fetch_all(&mut *conn)
        .await?
        .iter()
        .map(event_of)
        .collect()
}

/// Takes a seat: one more taken and one more sign-up, when a seat is free and the event
/// is open (not cancelled, not begun). Answers the sign-up's number, or `None` when no
/// seat was free or the event is not open. The first statement of a sign-up.
pub(crate) async fn take_seat(
    conn: &mut AnyConnection,
    event_id: &str,
    now_ms: i64,
) -> Result<Option<i64>, sqlx::Error> {
    sqlx::query_scalar(
        "UPDATE network_events SET taken = taken + 1, signups_made = signups_made + 1 \
         WHERE id = $1 AND taken < seats AND cancelled_at IS NULL AND starts_at > $2 \
         RETURNING signups_made",
    )
    .bind(event_id)
    .bind(now_ms)
    .fetch_optional(&mut *conn)
    .await
}

/// Joins the waiting list: one more sign-up, no seat. Answers its number, or `None` when
/// the event is not open.
pub(crate) async fn join_queue(
    conn: &mut AnyConnection,
    event_id: &str,
    now_ms: i64,
) -> Result<Option<i64>, sqlx::Error> {
    sqlx::query_scalar(
        "UPDATE network_events SET signups_made = signups_made + 1 \
         WHERE id = $1 AND cancelled_at IS NULL AND starts_at > $2 \
         RETURNING signups_made",
    )
    .bind(event_id)
    .bind(now_ms)
    .fetch_optional(&mut *conn)
    .await
}

/// Takes the event's lock for a change of its sign-ups (a cancellation): a write that
/// changes nothing, so that a sign-up at the same moment waits for this transaction.
/// Answers the event's seats and seats taken, or `None` when there is no such event.
pub(crate) async fn lock_event(
    conn: &mut AnyConnection,
    event_id: &str,
) -> Result<Option<(i64, i64)>, sqlx::Error> {
    let row =
        sqlx::query("UPDATE network_events SET taken = taken WHERE id = $1 RETURNING seats, taken")
            .bind(event_id)
            .fetch_optional(&mut *conn)
            .await?;
    row.map(|r| Ok((r.try_get("seats")?, r.try_get("taken")?)))
        .transpose()
}

/// Sets the seats taken after waiting sign-ups moved up or a seat was given back.
pub(crate) async fn set_taken(
    conn: &mut AnyConnection,
    event_id: &str,
    taken: i64,
) -> Result<(), sqlx::Error> {
    sqlx::query("UPDATE network_events SET taken = $2 WHERE id = $1")
        .bind(event_id)
        .bind(taken)
        .execute(&mut *conn)
        .await?;
    Ok(())
}

pub(crate) async fn insert_signup(
    conn: &mut AnyConnection,
    signup: &Signup,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "INSERT INTO network_event_signups (id, event_id, person_id, name, phone, channel, \
         made_by, number, status, signed_up_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)",
    )
    .bind(&signup.id)
    .bind(&signup.event_id)
    .bind(signup.person_id.as_deref())
    .bind(&signup.name)
    .bind(&signup.phone)
    .bind(signup.channel.as_str())
    .bind(signup.made_by.as_ref().map(Actor::as_text))
    .bind(signup.number)
    .bind(signup.status.as_str())
    .bind(signup.signed_up_at)
    .execute(&mut *conn)
    .await?;
    Ok(())
}

pub(crate) async fn signup(
    conn: &mut AnyConnection,
    id: &str,
) -> Result<Option<Signup>, sqlx::Error> {
    sqlx::query(&format!(
        "SELECT {SIGNUP_COLUMNS} FROM network_event_signups WHERE id = $1"
    ))
    .bind(id)
    .fetch_optional(&mut *conn)
    .await?
    .as_ref()
    .map(signup_of)
    .transpose()
}

/// A citizen's sign-up in force on an event (a seat or on the waiting list).
pub(crate) async fn active_of_person(
    conn: &mut AnyConnection,
    event_id: &str,
    person_id: &str,
) -> Result<Option<Signup>, sqlx::Error> {
    sqlx::query(&format!(
        "SELECT {SIGNUP_COLUMNS} FROM network_event_signups \
         WHERE event_id = $1 AND person_id = $2 AND status <> 'cancelled'"
    ))
    .bind(event_id)
    .bind(person_id)
    .fetch_optional(&mut *conn)
    .await?
    .as_ref()
    .map(signup_of)
    .transpose()
}

/// A citizen's sign-ups in force, on any event.
pub(crate) async fn active_of(
    conn: &mut AnyConnection,
    person_id: &str,
) -> Result<Vec<Signup>, sqlx::Error> {
    sqlx::query(&format!(
        "SELECT {SIGNUP_COLUMNS} FROM network_event_signups \
         WHERE person_id = $1 AND status <> 'cancelled' ORDER BY signed_up_at"
    ))
    .bind(person_id)
    .fetch_all(&mut *conn)
    .await?
    .iter()
    .map(signup_of)
    .collect()
}

/// Every sign-up of a citizen, in force or not, on any event, newest first: what "Hent
/// mine data" hands over.
pub(crate) async fn all_of(
    conn: &mut AnyConnection,
    person_id: &str,
) -> Result<Vec<Signup>, sqlx::Error> {
    sqlx::query(&format!(
        "SELECT {SIGNUP_COLUMNS} FROM network_event_signups \
         WHERE person_id = $1 ORDER BY signed_up_at DESC, id"
    ))
    .bind(person_id)
    .fetch_all(&mut *conn)
    .await?
    .iter()
    .map(signup_of)
    .collect()
}

/// How many sign-ups a citizen has, in force, cancelled or over (for "Mine data").
pub(crate) async fn count_of(
    conn: &mut AnyConnection,
    person_id: &str,
) -> Result<i64, sqlx::Error> {
    sqlx::query("SELECT COUNT(*) AS n FROM network_event_signups WHERE person_id = $1")
        .bind(person_id)
        .fetch_one(&mut *conn)
        .await?
        .try_get("n")
}

/// Sign-ups to events that ended before `before` and that still name someone (for the
/// retention sweep): the citizen, a name or phone number given, or who signed them up.
const ENDED_NAMED: &str = "FROM network_event_signups WHERE event_id IN \
    (SELECT id FROM network_events WHERE ends_at < $1) \
    AND (person_id IS NOT NULL OR name <> '' OR phone <> '' OR made_by IS NOT NULL)";

/// How many sign-ups [`anonymise_ended_before`] would change.
pub(crate) async fn count_ended_named(
    conn: &mut AnyConnection,
    before: i64,
) -> Result<i64, sqlx::Error> {
    sqlx::query(&format!("SELECT COUNT(*) AS n {ENDED_NAMED}"))
        .bind(before)
        .fetch_one(&mut *conn)
        .await?
        .try_get("n")
}

/// Takes who out of the sign-ups to events that ended before `before`: the citizen, the
/// name and phone number given and who signed them up. The sign-up stays, with how it
/// was made, whether it had a seat and whether they came, as a seat that was used.
pub(crate) async fn anonymise_ended_before(
    conn: &mut AnyConnection,
    before: i64,
) -> Result<u64, sqlx::Error> {
    let sql = format!(
        "UPDATE network_event_signups SET person_id = NULL, name = '', phone = '', \
         made_by = NULL WHERE id IN (SELECT id {ENDED_NAMED})"
    );
    Ok(sqlx::query(&sql)
        .bind(before)
        .execute(&mut *conn)
        .await?
        .rows_affected())
}

/// An event's sign-ups: seats and waiting in their order of signing up, then the
/// cancelled.
pub(crate) async fn of_event(
    conn: &mut AnyConnection,
    event_id: &str,
) -> Result<Vec<Signup>, sqlx::Error> {
    sqlx::query(&format!(
        "SELECT {SIGNUP_COLUMNS} FROM network_event_signups WHERE event_id = $1 \
         ORDER BY CASE status WHEN 'seat' THEN 0 WHEN 'waiting' THEN 1 ELSE 2 END, number"
    ))
    .bind(event_id)
    .fetch_all(&mut *conn)
    .await?
    .iter()
    .map(signup_of)
    .collect()
}

/// The numbers of an event's waiting sign-ups, in order.
pub(crate) async fn waiting_numbers(
    conn: &mut AnyConnection,
    event_id: &str,
) -> Result<Vec<i64>, sqlx::Error> {
    sqlx::query_scalar(
        "SELECT number FROM network_event_signups \
         WHERE event_id = $1 AND status = 'waiting' ORDER BY number",
    )
    .bind(event_id)
    .fetch_all(&mut *conn)
    .await
}

/// Cancels a sign-up in force; answers whether it was in force with this status.
pub(crate) async fn cancel_signup(
    conn: &mut AnyConnection,
    id: &str,
    was: Status,
    now_ms: i64,
) -> Result<bool, sqlx::Error> {
    let done = sqlx::query(
        "UPDATE network_event_signups SET status = 'cancelled', cancelled_at = $3 \
         WHERE id = $1 AND status = $2",
    )
    .bind(id)
    .bind(was.as_str())
    .bind(now_ms)
    .execute(&mut *conn)
    .await?;
    Ok(done.rows_affected() == 1)
}

/// Gives seats to the first `count` waiting sign-ups, in order; answers them.
pub(crate) async fn move_up(
    conn: &mut AnyConnection,
    event_id: &str,
    count: i64,
) -> Result<Vec<Signup>, sqlx::Error> {
    if count <= 0 {
        return Ok(Vec::new());
    }
    let first: Vec<Signup> = sqlx::query(&format!(
        "SELECT {SIGNUP_COLUMNS} FROM network_event_signups \
         WHERE event_id = $1 AND status = 'waiting' ORDER BY number LIMIT $2"
    ))
    .bind(event_id)
    .bind(count)
    .fetch_all(&mut *conn)
    .await?
    .iter()
    .map(signup_of)
    .collect::<Result<_, _>>()?;
    for signup in &first {
        sqlx::query(
            "UPDATE network_event_signups SET status = 'seat' WHERE id = $1 AND status = 'waiting'",
        )
        .bind(&signup.id)
        .execute(&mut *conn)
        .await?;
    }
    Ok(first
        .into_iter()
        .map(|s| Signup {
            status: Status::Seat,
            ..s
        })
        .collect())
}

/// Marks who came: `came` for these seat holders, not for the event's other seat holders.
pub(crate) async fn mark_attendance(
    conn: &mut AnyConnection,
    event_id: &str,
    signup_id: &str,
    came: bool,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "UPDATE network_event_signups SET attended = $3 \
         WHERE id = $2 AND event_id = $1 AND status = 'seat'",
    )
    .bind(event_id)
    .bind(signup_id)
    .bind(i64::from(came))
    .execute(&mut *conn)
    .await?;
    Ok(())
}

/// Seat holders who are registered people and have had no reminder, on events not
/// cancelled that begin in `(from, to]`: the sweep's candidates, with their events.
pub(crate) async fn to_remind(
    conn: &mut AnyConnection,
    from: i64,
    to: i64,
) -> Result<Vec<Signup>, sqlx::Error> {
    sqlx::query(
        "SELECT s.id, s.event_id, s.person_id, s.name, s.phone, s.channel, s.made_by, \
         s.number, s.status, s.signed_up_at, s.cancelled_at, s.attended, s.reminded_at \
         FROM network_event_signups s JOIN network_events e ON e.id = s.event_id \
         WHERE s.status = 'seat' AND s.person_id IS NOT NULL AND s.reminded_at IS NULL \
         AND e.cancelled_at IS NULL AND e.starts_at > $1 AND e.starts_at <= $2 \
         ORDER BY e.starts_at, s.number",
    )
    .bind(from)
    .bind(to)
    .fetch_all(&mut *conn)
    .await?
    .iter()
    .map(signup_of)
    .collect()
}

/// Claims a sign-up's reminder; answers whether this sweep got it (of two sweeps one
/// wins) and it still holds a seat.
pub(crate) async fn claim_reminder(
    conn: &mut AnyConnection,
    id: &str,
    now_ms: i64,
) -> Result<bool, sqlx::Error> {
    let done = sqlx::query(
        "UPDATE network_event_signups SET reminded_at = $2 \
         WHERE id = $1 AND reminded_at IS NULL AND status = 'seat'",
    )
    .bind(id)
    .bind(now_ms)
    .execute(&mut *conn)
    .await?;
    Ok(done.rows_affected() == 1)
}

/// Sets an event's seats taken and sign-ups made as they are (demo data, written whole).
pub(crate) async fn set_counts(
    conn: &mut AnyConnection,
    event_id: &str,
    taken: i64,
    made: i64,
) -> Result<(), sqlx::Error> {
    sqlx::query("UPDATE network_events SET taken = $2, signups_made = $3 WHERE id = $1")
        .bind(event_id)
        .bind(taken)
        .bind(made)
        .execute(&mut *conn)
        .await?;
    Ok(())
}
