//! SQL for slots, bookings and the call-back rate limit. A row is decoded here, once,
//! into typed values (the slot's kind, who booked and who cancelled, the phone number):
//! one this build cannot read is an error, never a default.

use sqlx::any::AnyRow;
use sqlx::{AnyConnection, AnyPool, Row};

use super::model::{Kind, Slot, Window};
use crate::audit::Actor;
use crate::db::decode;

/// A booking as stored, with its slot.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Booking {
    pub id: String,
    pub slot: Slot,
    pub citizen_id: Option<String>,
    pub name: String,
    pub phone: Option<String>,
    pub topic: String,
    pub note: Option<String>,
    pub booked_by: Actor,
    pub created_at: i64,
    pub cancelled_at: Option<i64>,
    /// Who cancelled it, when it was.
    pub cancelled_by: Option<Actor>,
    /// The booking that took its place when it was moved rather than cancelled.
    pub moved_to: Option<String>,
}

fn slot_of(row: &AnyRow, id: &str) -> Result<Slot, sqlx::Error> {
    let kind: String = row.try_get("kind")?;
    Ok(Slot {
        id: row.try_get(id)?,
        kind: decode::parsed("booking_slots.kind", &kind, Kind::parse)?,
        place_id: row.try_get("place_id")?,
        window: Window {
            starts_at: row.try_get("starts_at")?,
            ends_at: row.try_get("ends_at")?,
        },
    })
}

fn actor_of(column: &'static str, text: &str) -> Result<Actor, decode::Unreadable> {
    decode::parsed(column, text, Actor::parse)
}

fn booking_of(row: &AnyRow) -> Result<Booking, sqlx::Error> {
    Ok(Booking {
        id: row.try_get("id")?,
        slot: slot_of(row, "slot_id")?,
        citizen_id: row.try_get("citizen_id")?,
        name: row.try_get("name")?,
        phone: decode::phone("bookings.phone", row.try_get("phone")?)?,
        topic: row.try_get("topic")?,
        note: row.try_get("note")?,
        booked_by: actor_of(
            "bookings.booked_by",
            &row.try_get::<String, _>("booked_by")?,
        )?,
        created_at: row.try_get("created_at")?,
        cancelled_at: row.try_get("cancelled_at")?,
        cancelled_by: row
            .try_get::<Option<String>, _>("cancelled_by")?
            .map(|text| actor_of("bookings.cancelled_by", &text))
            .transpose()?,
        moved_to: row.try_get("moved_to")?,
    })
}

pub(crate) async fn insert_slot(
    conn: &mut AnyConnection,
    slot: &Slot,
    by: &str,
    at: i64,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "INSERT INTO booking_slots (id, kind, place_id, starts_at, ends_at, created_by, created_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7)",
    )
    .bind(&slot.id)
    .bind(slot.kind.as_str())
    .bind(&slot.place_id)
    .bind(slot.window.starts_at)
    .bind(slot.window.ends_at)
    .bind(by)
    .bind(at)
    .execute(&mut *conn)
    .await?;
    Ok(())
}

pub(crate) async fn slot(pool: &AnyPool, id: &str) -> Result<Option<Slot>, sqlx::Error> {
    sqlx::query("SELECT * FROM booking_slots WHERE id = $1")
        .bind(id)
        .fetch_optional(pool)
        .await?
        .map(|row| slot_of(&row, "id"))
        .transpose()
}

/// Slots starting in `[from, to)`, of one kind or (with `None`) all, soonest first, each
/// with whether it is booked.
pub(crate) async fn slots(
    conn: &mut AnyConnection,
    kind: Option<Kind>,
    from: i64,
    to: i64,
) -> Result<Vec<(Slot, bool)>, sqlx::Error> {
    sqlx::query(
        "SELECT s.*, b.id AS booking_id FROM booking_slots s \
         LEFT JOIN bookings b ON b.slot_id = s.id AND b.cancelled_at IS NULL \
         WHERE s.starts_at >= $1 AND s.starts_at < $2 AND ($3 = '' OR s.kind = $3) \
         ORDER BY s.starts_at",
    )
    .bind(from)
    .bind(to)
    .bind(kind.map_or("", Kind::as_str))
    .fetch_all(&mut *conn)
    .await?
    .iter()
    .map(|row| {
        let booking: Option<String> = row.try_get("booking_id")?;
        Ok((slot_of(row, "id")?, booking.is_some()))
    })
    .collect()
}

const BOOKING: &str = "SELECT b.*, s.kind, s.place_id, s.starts_at, s.ends_at \
                       FROM bookings b JOIN booking_slots s ON s.id = b.slot_id";

pub(crate) async fn insert_booking(
    conn: &mut AnyConnection,
    b: &Booking,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "INSERT INTO bookings (id, slot_id, citizen_id, name, phone, topic, note, booked_by, \
         created_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)",
    )
    .bind(&b.id)
    .bind(&b.slot.id)
    .bind(&b.citizen_id)
    .bind(&b.name)
    .bind(&b.phone)
    .bind(&b.topic)
    .bind(&b.note)
    .bind(b.booked_by.as_text())
    .bind(b.created_at)
    .execute(&mut *conn)
    .await?;
    Ok(())
}

pub(crate) async fn booking(pool: &AnyPool, id: &str) -> Result<Option<Booking>, sqlx::Error> {
    sqlx::query(&format!("{BOOKING} WHERE b.id = $1"))
        .bind(id)
        .fetch_optional(pool)
        .await?
        .as_ref()
        .map(booking_of)
        .transpose()
}

/// A citizen's bookings in force that have not ended by `now`, soonest first.
pub(crate) async fn upcoming_of_citizen(
    pool: &AnyPool,
    citizen_id: &str,
    now: i64,
) -> Result<Vec<Booking>, sqlx::Error> {
    sqlx::query(&format!(
        "{BOOKING} WHERE b.citizen_id = $1 AND b.cancelled_at IS NULL AND s.ends_at > $2 \
         ORDER BY s.starts_at"
    ))
    .bind(citizen_id)
    .bind(now)
    .fetch_all(pool)
    .await?
    .iter()
    .map(booking_of)
    .collect()
}

/// A citizen's bookings that were cancelled (not moved) or have been held, from `since`,
/// newest first, at most `limit`.
pub(crate) async fn history_of_citizen(
    pool: &AnyPool,
    citizen_id: &str,
    now: i64,
    since: i64,
    limit: i64,
) -> Result<Vec<Booking>, sqlx::Error> {
    sqlx::query(&format!(
        "{BOOKING} WHERE b.citizen_id = $1 AND b.moved_to IS NULL \
         AND (b.cancelled_at IS NOT NULL OR s.ends_at <= $2) AND s.starts_at >= $3 \
         ORDER BY s.starts_at DESC, b.id LIMIT $4"
    ))
    .bind(citizen_id)
    .bind(now)
    .bind(since)
    .bind(limit)
    .fetch_all(pool)
    .await?
    .iter()
    .map(booking_of)
    .collect()
}

/// Every booking of a citizen, past, cancelled, moved and to come, newest first (for
/// "Hent mine data").
pub async fn all_of_citizen(pool: &AnyPool, citizen_id: &str) -> Result<Vec<Booking>, sqlx::Error> {
    sqlx::query(&format!(
        "{BOOKING} WHERE b.citizen_id = $1 ORDER BY s.starts_at DESC, b.id"
    ))
    .bind(citizen_id)
    .fetch_all(pool)
    .await?
    .iter()
    .map(booking_of)
    .collect()
}

/// The bookings in force whose slot starts in `[from, to)`, in order.
pub(crate) async fn between(
    pool: &AnyPool,
    from: i64,
    to: i64,
) -> Result<Vec<Booking>, sqlx::Error> {
    starting_between(pool, from, to, "b.cancelled_at IS NULL").await
}

/// The bookings cancelled, not moved, whose meeting would have begun in [from, to).
pub(crate) async fn cancelled_between(
    pool: &AnyPool,
    from: i64,
    to: i64,
) -> Result<Vec<Booking>, sqlx::Error> {
    let cancelled = "b.cancelled_at IS NOT NULL AND b.moved_to IS NULL";
    starting_between(pool, from, to, cancelled).await
}

async fn starting_between(
    pool: &AnyPool,
    from: i64,
    to: i64,
    condition: &str,
) -> Result<Vec<Booking>, sqlx::Error> {
    sqlx::query(&format!(
        "{BOOKING} WHERE s.starts_at >= $1 AND s.starts_at < $2 AND {condition} \
         ORDER BY s.starts_at"
    ))
    .bind(from)
    .bind(to)
    .fetch_all(pool)
    .await?
    .iter()
    .map(booking_of)
    .collect()
}

/// Takes a booking out of force; `moved_to` names the booking that replaces it when it
/// is moved. False when it was no longer in force.
pub(crate) async fn cancel(
    conn: &mut AnyConnection,
    id: &str,
    by: &Actor,
    at: i64,
    moved_to: Option<&str>,
) -> Result<bool, sqlx::Error> {
    let done = sqlx::query(
        "UPDATE bookings SET cancelled_at = $1, cancelled_by = $2, moved_to = $3 \
         WHERE id = $4 AND cancelled_at IS NULL",
    )
    .bind(at)
    .bind(by.as_text())
    .bind(moved_to)
    .bind(id)
    .execute(&mut *conn)
    .await?;
    Ok(done.rows_affected() == 1)
}

/// Blanks what the citizen told us on their bookings that are over (cancelled, moved or
/// held): the topic, the note and the phone number. The time and place stay, as the
/// record that a meeting was booked. Answers how many bookings it changed.
pub(crate) async fn erase_past_of_citizen(
    conn: &mut AnyConnection,
    citizen_id: &str,
    now: i64,
) -> Result<u64, sqlx::Error> {
    let done = sqlx::query(
        "UPDATE bookings SET topic = '', note = NULL, phone = NULL \
         WHERE citizen_id = $1 \
         AND (cancelled_at IS NOT NULL \
              OR slot_id IN (SELECT id FROM booking_slots WHERE ends_at <= $2)) \
         AND (topic <> '' OR note IS NOT NULL OR phone IS NOT NULL)",
    )
    .bind(citizen_id)
    .bind(now)
    .execute(&mut *conn)
    .await?;
    Ok(done.rows_affected())
}

/// Marks that staff (`by`) rang the citizen about a booking's `news`; false when someone
/// had marked it already, whose mark stands.
pub(crate) async fn mark_rung(
    conn: &mut AnyConnection,
    booking_id: &str,
    news: &str,
    by: &Actor,
    at: i64,
) -> Result<bool, sqlx::Error> {
    let done = sqlx::query(
        "INSERT INTO booking_calls (booking_id, news, rung_by, rung_at) VALUES ($1, $2, $3, $4) \
         ON CONFLICT (booking_id, news) DO NOTHING",
    )
    .bind(booking_id)
    .bind(news)
    .bind(by.as_text())
    .bind(at)
    .execute(conn)
    .await?;
    Ok(done.rows_affected() == 1)
}

/// Who rang about a booking's `news`, and when (ms), if anyone did.
pub(crate) async fn rung(
    pool: &AnyPool,
    booking_id: &str,
    news: &str,
) -> Result<Option<(Actor, i64)>, sqlx::Error> {
    let Some(row) = sqlx::query(
        "SELECT rung_by, rung_at FROM booking_calls WHERE booking_id = $1 AND news = $2",
    )
    .bind(booking_id)
    .bind(news)
    .fetch_optional(pool)
    .await?
    else {
        return Ok(None);
    };
    let by: String = row.try_get("rung_by")?;
    let by = decode::parsed("booking_calls.rung_by", &by, Actor::parse)?;
    Ok(Some((by, row.try_get("rung_at")?)))
}

/// How many bookings a citizen has, whenever and however they ended (for "Mine data").
pub(crate) async fn count_of_citizen(pool: &AnyPool, citizen_id: &str) -> Result<i64, sqlx::Error> {
    sqlx::query("SELECT COUNT(*) AS n FROM bookings WHERE citizen_id = $1")
        .bind(citizen_id)
        .fetch_one(pool)
        .await?
        .try_get("n")
}

/// Bookings whose meeting ended before `before` and that still name someone or hold
/// what they told us (for the retention sweep).
const ENDED_NAMED: &str = "FROM bookings WHERE slot_id IN \
    (SELECT id FROM booking_slots WHERE ends_at < $1) \
    AND (citizen_id IS NOT NULL OR name <> '' OR phone IS NOT NULL OR topic <> '' \
    OR note IS NOT NULL)";

/// How many bookings [`anonymise_ended_before`] would change.
pub async fn count_ended_named(conn: &mut AnyConnection, before: i64) -> Result<i64, sqlx::Error> {
    sqlx::query(&format!("SELECT COUNT(*) AS n {ENDED_NAMED}"))
        .bind(before)
        .fetch_one(&mut *conn)
        .await?
        .try_get("n")
}

/// Takes who and why out of the bookings whose meeting ended before `before`: the
/// citizen, name, phone, topic and note. The booking itself stays, as a time that was
/// used, for the statistics the record of processing names.
pub async fn anonymise_ended_before(
    conn: &mut AnyConnection,
    before: i64,
) -> Result<u64, sqlx::Error> {
    let sql = format!(
        "UPDATE bookings SET citizen_id = NULL, name = '', phone = NULL, topic = '', \
         note = NULL WHERE id IN (SELECT id {ENDED_NAMED})"
    );
    Ok(sqlx::query(&sql)
        .bind(before)
        .execute(&mut *conn)
        .await?
        .rows_affected())
}

/// Bookings made in `[from, to)`, by the kind of their slot: the inclusion figures.
pub(crate) async fn made_by_kind(
    pool: &AnyPool,
    from: i64,
    to: i64,
) -> Result<std::collections::BTreeMap<String, u64>, sqlx::Error> {
    let rows = sqlx::query(
        "SELECT s.kind AS kind, COUNT(*) AS made FROM bookings b \
         JOIN booking_slots s ON s.id = b.slot_id \
         WHERE b.created_at >= $1 AND b.created_at < $2 GROUP BY s.kind",
    )
    .bind(from)
    .bind(to)
    .fetch_all(pool)
    .await?;
    let mut made = std::collections::BTreeMap::new();
    for row in &rows {
        let text: String = row.try_get("kind")?;
        let kind = decode::parsed("booking_slots.kind", &text, Kind::parse)?;
        let count: i64 = row.try_get("made")?;
        made.insert(kind.as_str().to_owned(), count.max(0) as u64);
    }
    Ok(made)
}
