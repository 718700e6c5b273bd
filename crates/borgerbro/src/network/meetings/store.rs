//! SQL for meetings: `network_meetings`, `network_agenda_items`,
//! `network_meeting_signups` and `network_decisions` (migration 0113).

use sqlx::any::AnyRow;
use sqlx::{AnyConnection, Row};

use crate::db::decode;

/// A meeting as stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Meeting {
    pub id: String,
    pub title: String,
    pub host: String,
    pub place: String,
    pub starts_at: i64,
    pub ends_at: i64,
    pub agenda_deadline: jiff::civil::Date,
    pub agenda_closes_at: i64,
    pub minutes: String,
    pub minutes_at: Option<i64>,
}

/// An agenda item, with the organisation that proposed it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AgendaItem {
    pub id: String,
    pub organisation_id: String,
    pub title: String,
    pub description: String,
}

/// Who comes, with what they need (never public).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Signup {
    pub person_id: String,
    pub organisation_id: String,
    pub access_needs: String,
    pub dietary_needs: String,
}

/// A decision in the minutes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Decision {
    pub decision: String,
    pub who: Option<String>,
    pub by: Option<jiff::civil::Date>,
}

const MEETING: &str = "SELECT id, title, host_organisation_id, place, starts_at, ends_at, \
     agenda_deadline, agenda_closes_at, minutes, minutes_at FROM network_meetings";

fn meeting_of(row: &AnyRow) -> Result<Meeting, sqlx::Error> {
    let deadline: String = row.try_get("agenda_deadline")?;
    Ok(Meeting {
        id: row.try_get("id")?,
        title: row.try_get("title")?,
        host: row.try_get("host_organisation_id")?,
        place: row.try_get("place")?,
        starts_at: row.try_get("starts_at")?,
        ends_at: row.try_get("ends_at")?,
        agenda_deadline: decode::parsed("network_meetings.agenda_deadline", &deadline, |t| {
            t.parse().ok()
        })?,
        agenda_closes_at: row.try_get("agenda_closes_at")?,
        minutes: row.try_get("minutes")?,
        minutes_at: row.try_get("minutes_at")?,
    })
}

/// What a new meeting holds, its times as stored.
pub(crate) struct NewRow<'a> {
    pub id: &'a str,
    pub title: &'a str,
    pub host: &'a str,
    pub place: &'a str,
    pub starts_at: i64,
    pub ends_at: i64,
    pub agenda_deadline: jiff::civil::Date,
    pub agenda_closes_at: i64,
}

pub(crate) async fn insert(
    conn: &mut AnyConnection,
    row: &NewRow<'_>,
    by: &str,
    now_ms: i64,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "INSERT INTO network_meetings (id, title, host_organisation_id, place, starts_at, \
         ends_at, agenda_deadline, agenda_closes_at, created_by, created_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)",
    )
    .bind(row.id)
    .bind(row.title)
    .bind(row.host)
    .bind(row.place)
    .bind(row.starts_at)
    .bind(row.ends_at)
    .bind(row.agenda_deadline.to_string())
    .bind(row.agenda_closes_at)
    .bind(by)
    .bind(now_ms)
    .execute(&mut *conn)
    .await?;
    Ok(())
}

/// Every meeting, the newest first.
pub(crate) async fn all(conn: &mut AnyConnection) -> Result<Vec<Meeting>, sqlx::Error> {
    sqlx::query(&format!("{MEETING} ORDER BY starts_at DESC, id"))
        .fetch_all(&mut *conn)
        .await?
        .iter()
        .map(meeting_of)
        .collect()
}

pub(crate) async fn one(
    conn: &mut AnyConnection,
    id: &str,
) -> Result<Option<Meeting>, sqlx::Error> {
    sqlx::query(&format!("{MEETING} WHERE id = $1"))
        .bind(id)
        .fetch_optional(&mut *conn)
        .await?
        .as_ref()
        .map(meeting_of)
        .transpose()
}

/// The agenda in the coordinator's order; items not yet ordered last, oldest first.
pub(crate) async fn agenda(
    conn: &mut AnyConnection,
    meeting_id: &str,
) -> Result<Vec<AgendaItem>, sqlx::Error> {
    let rows = sqlx::query(
        "SELECT id, organisation_id, title, description FROM network_agenda_items \
         WHERE meeting_id = $1 \
         ORDER BY CASE WHEN position IS NULL THEN 1 ELSE 0 END, position, proposed_at, id",
    )
    .bind(meeting_id)
    .fetch_all(&mut *conn)
    .await?;
    rows.iter()
        .map(|row| {
            Ok(AgendaItem {
                id: row.try_get("id")?,
                organisation_id: row.try_get("organisation_id")?,
                title: row.try_get("title")?,
                description: row.try_get("description")?,
            })
        })
        .collect()
}

pub(crate) struct NewItem<'a> {
    pub id: &'a str,
    pub meeting_id: &'a str,
    pub organisation_id: &'a str,
    pub proposed_by: &'a str,
    pub title: &'a str,
    pub description: &'a str,
}

pub(crate) async fn insert_item(
    conn: &mut AnyConnection,
    item: &NewItem<'_>,
    now_ms: i64,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "INSERT INTO network_agenda_items (id, meeting_id, organisation_id, proposed_by, title, \
         description, proposed_at) VALUES ($1, $2, $3, $4, $5, $6, $7)",
    )
    .bind(item.id)
    .bind(item.meeting_id)
    .bind(item.organisation_id)
    .bind(item.proposed_by)
    .bind(item.title)
    .bind(item.description)
    .bind(now_ms)
    .execute(&mut *conn)
    .await?;
    Ok(())
}

/// Writes the agenda's order: each item's place in `ids`.
pub(crate) async fn set_order(
    conn: &mut AnyConnection,
    meeting_id: &str,
    ids: &[String],
) -> Result<(), sqlx::Error> {
    for (position, id) in (0_i64..).zip(ids) {
        sqlx::query(
            "UPDATE network_agenda_items SET position = $3 WHERE id = $1 AND meeting_id = $2",
        )
        .bind(id)
        .bind(meeting_id)
        .bind(position)
        .execute(&mut *conn)
        .await?;
    }
    Ok(())
}

/// Signs a person up, or changes what they need when already signed up.
pub(crate) async fn upsert_signup(
    conn: &mut AnyConnection,
    meeting_id: &str,
    signup: &Signup,
    now_ms: i64,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "INSERT INTO network_meeting_signups (meeting_id, person_id, organisation_id, \
         access_needs, dietary_needs, signed_up_at) VALUES ($1, $2, $3, $4, $5, $6) \
         ON CONFLICT (meeting_id, person_id) DO UPDATE SET access_needs = excluded.access_needs, \
         dietary_needs = excluded.dietary_needs",
    )
    .bind(meeting_id)
    .bind(&signup.person_id)
    .bind(&signup.organisation_id)
    .bind(&signup.access_needs)
    .bind(&signup.dietary_needs)
    .bind(now_ms)
    .execute(&mut *conn)
    .await?;
    Ok(())
}

pub(crate) async fn delete_signup(
    conn: &mut AnyConnection,
    meeting_id: &str,
    person_id: &str,
) -> Result<bool, sqlx::Error> {
    let done =
        sqlx::query("DELETE FROM network_meeting_signups WHERE meeting_id = $1 AND person_id = $2")
            .bind(meeting_id)
            .bind(person_id)
            .execute(&mut *conn)
            .await?;
    Ok(done.rows_affected() == 1)
}

pub(crate) async fn signups(
    conn: &mut AnyConnection,
    meeting_id: &str,
) -> Result<Vec<Signup>, sqlx::Error> {
    let rows = sqlx::query(
        "SELECT person_id, organisation_id, access_needs, dietary_needs \
         FROM network_meeting_signups WHERE meeting_id = $1 ORDER BY signed_up_at, person_id",
    )
    .bind(meeting_id)
    .fetch_all(&mut *conn)
    .await?;
    rows.iter()
        .map(|row| {
            Ok(Signup {
                person_id: row.try_get("person_id")?,
                organisation_id: row.try_get("organisation_id")?,
                access_needs: row.try_get("access_needs")?,
                dietary_needs: row.try_get("dietary_needs")?,
            })
        })
        .collect()
}

pub(crate) async fn set_minutes(
    conn: &mut AnyConnection,
    meeting_id: &str,
    minutes: &str,
    by: &str,
    now_ms: i64,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "UPDATE network_meetings SET minutes = $2, minutes_by = $3, minutes_at = $4 WHERE id = $1",
    )
    .bind(meeting_id)
    .bind(minutes)
    .bind(by)
    .bind(now_ms)
    .execute(&mut *conn)
    .await?;
    Ok(())
}

pub(crate) async fn insert_decision(
    conn: &mut AnyConnection,
    meeting_id: &str,
    decision: &super::model::NewDecision,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "INSERT INTO network_decisions (id, meeting_id, decision, organisation_id, by_date, position) \
         SELECT $1, $2, $3, $4, $5, COUNT(*) FROM network_decisions WHERE meeting_id = $2",
    )
    .bind(crate::db::new_id())
    .bind(meeting_id)
    .bind(&decision.decision)
    .bind(decision.who.as_deref())
    .bind(decision.by.map(|d| d.to_string()))
    .execute(&mut *conn)
    .await?;
    Ok(())
}

pub(crate) async fn decisions(
    conn: &mut AnyConnection,
    meeting_id: &str,
) -> Result<Vec<Decision>, sqlx::Error> {
    let rows = sqlx::query(
        "SELECT decision, organisation_id, by_date FROM network_decisions \
         WHERE meeting_id = $1 ORDER BY position, id",
    )
    .bind(meeting_id)
    .fetch_all(&mut *conn)
    .await?;
    rows.iter()
        .map(|row| {
            let by: Option<String> = row.try_get("by_date")?;
            Ok(Decision {
                decision: row.try_get("decision")?,
                who: row.try_get("organisation_id")?,
                by: by
                    .map(|d| decode::parsed("network_decisions.by_date", &d, |t| t.parse().ok()))
                    .transpose()?,
            })
        })
        .collect()
}
