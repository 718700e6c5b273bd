//! SQL for members: `network_organisations` and `network_contacts` (migration 0113).

use sqlx::any::AnyRow;
use sqlx::{AnyConnection, Row};

use super::model::{Kind, Profile, Status};
use crate::db::decode;

/// An organisation as stored, whatever its status.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Organisation {
    pub id: String,
    pub profile: Profile,
    pub status: Status,
    pub requested_by: String,
    pub requested_at: i64,
    pub decided_at: Option<i64>,
    pub refusal_reason: String,
    pub left_at: Option<i64>,
}

const COLUMNS: &str = "id, name, kind, who_they_help, area, languages, website, phone, \
     place_ids, status, requested_by, requested_at, decided_at, refusal_reason, left_at";

fn list(text: &str) -> Vec<String> {
    text.split(',')
        .filter(|s| !s.is_empty())
        .map(str::to_owned)
        .collect()
}

fn organisation_of(row: &AnyRow) -> Result<Organisation, sqlx::Error> {
    let kind: String = row.try_get("kind")?;
    let status: String = row.try_get("status")?;
    let languages: String = row.try_get("languages")?;
    let place_ids: String = row.try_get("place_ids")?;
    Ok(Organisation {
        id: row.try_get("id")?,
        profile: Profile {
            name: row.try_get("name")?,
            kind: decode::parsed("network_organisations.kind", &kind, Kind::parse)?,
            who_they_help: row.try_get("who_they_help")?,
            area: row.try_get("area")?,
            languages: list(&languages),
            website: row.try_get("website")?,
            phone: row.try_get("phone")?,
            place_ids: list(&place_ids),
        },
        status: decode::parsed("network_organisations.status", &status, Status::parse)?,
        requested_by: row.try_get("requested_by")?,
        requested_at: row.try_get("requested_at")?,
        decided_at: row.try_get("decided_at")?,
        refusal_reason: row.try_get("refusal_reason")?,
        left_at: row.try_get("left_at")?,
    })
}

pub(crate) async fn insert(
    conn: &mut AnyConnection,
    id: &str,
    profile: &Profile,
    status: Status,
    requested_by: &str,
    now_ms: i64,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "INSERT INTO network_organisations (id, name, kind, who_they_help, area, languages, \
         website, phone, place_ids, status, requested_by, requested_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)",
    )
    .bind(id)
    .bind(&profile.name)
    .bind(profile.kind.as_str())
    .bind(&profile.who_they_help)
    .bind(&profile.area)
    .bind(profile.languages.join(","))
    .bind(&profile.website)
    .bind(&profile.phone)
    .bind(profile.place_ids.join(","))
    .bind(status.as_str())
    .bind(requested_by)
    .bind(now_ms)
    .execute(&mut *conn)
    .await?;
    Ok(())
}

pub(crate) async fn update_profile(
    conn: &mut AnyConnection,
    id: &str,
    profile: &Profile,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "UPDATE network_organisations SET name = $2, kind = $3, who_they_help = $4, area = $5, \
         languages = $6, website = $7, phone = $8, place_ids = $9 WHERE id = $1",
    )
    .bind(id)
    .bind(&profile.name)
    .bind(profile.kind.as_str())
    .bind(&profile.who_they_help)
    .bind(&profile.area)
    .bind(profile.languages.join(","))
    .bind(&profile.website)
    .bind(&profile.phone)
    .bind(profile.place_ids.join(","))
    .execute(&mut *conn)
    .await?;
    Ok(())
}

pub(crate) async fn one(
    conn: &mut AnyConnection,
    id: &str,
) -> Result<Option<Organisation>, sqlx::Error> {
    sqlx::query(&format!(
        "SELECT {COLUMNS} FROM network_organisations WHERE id = $1"
    ))
    .bind(id)
    .fetch_optional(&mut *conn)
    .await?
    .as_ref()
    .map(organisation_of)
    .transpose()
}

/// The organisations of a status, by name.
pub(crate) async fn with_status(
    conn: &mut AnyConnection,
    status: Status,
) -> Result<Vec<Organisation>, sqlx::Error> {
    sqlx::query(&format!(
        "SELECT {COLUMNS} FROM network_organisations WHERE status = $1 ORDER BY name, id"
    ))
    .bind(status.as_str())
    .fetch_all(&mut *conn)
    .await?
    .iter()
    .map(organisation_of)
    .collect()
}

/// Every organisation, by name: members, former members, requests and refusals.
pub(crate) async fn all(conn: &mut AnyConnection) -> Result<Vec<Organisation>, sqlx::Error> {
    sqlx::query(&format!(
        "SELECT {COLUMNS} FROM network_organisations ORDER BY name, id"
    ))
    .fetch_all(&mut *conn)
    .await?
    .iter()
    .map(organisation_of)
    .collect()
}

/// The requests a person made that are not decided yet, or were refused.
pub(crate) async fn requested_by(
    conn: &mut AnyConnection,
    person_id: &str,
) -> Result<Vec<Organisation>, sqlx::Error> {
    sqlx::query(&format!(
        "SELECT {COLUMNS} FROM network_organisations \
         WHERE requested_by = $1 AND status IN ('requested', 'refused') \
         ORDER BY requested_at DESC, id"
    ))
    .bind(person_id)
    .fetch_all(&mut *conn)
    .await?
    .iter()
    .map(organisation_of)
    .collect()
}

/// Moves a request on from `requested`; answers whether it was still undecided (a
/// second coordinator deciding at the same moment changes nothing).
pub(crate) async fn decide(
    conn: &mut AnyConnection,
    id: &str,
    to: Status,
    by: &str,
    reason: &str,
    now_ms: i64,
) -> Result<bool, sqlx::Error> {
    let done = sqlx::query(
        "UPDATE network_organisations SET status = $2, decided_by = $3, decided_at = $4, \
         refusal_reason = $5 WHERE id = $1 AND status = 'requested'",
    )
    .bind(id)
    .bind(to.as_str())
    .bind(by)
    .bind(now_ms)
    .bind(reason)
    .execute(&mut *conn)
    .await?;
    Ok(done.rows_affected() == 1)
}

/// A member leaves; answers whether it was a member.
pub(crate) async fn leave(
    conn: &mut AnyConnection,
    id: &str,
    now_ms: i64,
) -> Result<bool, sqlx::Error> {
    let done = sqlx::query(
        "UPDATE network_organisations SET status = 'left', left_at = $2 \
         WHERE id = $1 AND status = 'member'",
    )
    .bind(id)
    .bind(now_ms)
    .execute(&mut *conn)
    .await?;
    Ok(done.rows_affected() == 1)
}

/// The organisation a person acts for, if any.
pub(crate) async fn organisation_of_person(
    conn: &mut AnyConnection,
    person_id: &str,
) -> Result<Option<String>, sqlx::Error> {
    sqlx::query_scalar("SELECT organisation_id FROM network_contacts WHERE person_id = $1")
        .bind(person_id)
        .fetch_optional(&mut *conn)
        .await
}

pub(crate) async fn add_contact(
    conn: &mut AnyConnection,
    person_id: &str,
    organisation_id: &str,
    now_ms: i64,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "INSERT INTO network_contacts (person_id, organisation_id, added_at) VALUES ($1, $2, $3)",
    )
    .bind(person_id)
    .bind(organisation_id)
    .bind(now_ms)
    .execute(&mut *conn)
    .await?;
    Ok(())
}

/// Removes an organisation's contact people; answers who they were.
pub(crate) async fn remove_contacts(
    conn: &mut AnyConnection,
    organisation_id: &str,
) -> Result<Vec<String>, sqlx::Error> {
    let people: Vec<String> =
        sqlx::query_scalar("SELECT person_id FROM network_contacts WHERE organisation_id = $1")
            .bind(organisation_id)
            .fetch_all(&mut *conn)
            .await?;
    sqlx::query("DELETE FROM network_contacts WHERE organisation_id = $1")
        .bind(organisation_id)
        .execute(&mut *conn)
        .await?;
    Ok(people)
}

/// An organisation's contact people.
pub(crate) async fn contacts(
    conn: &mut AnyConnection,
    organisation_id: &str,
) -> Result<Vec<String>, sqlx::Error> {
    sqlx::query_scalar(
        "SELECT person_id FROM network_contacts WHERE organisation_id = $1 ORDER BY added_at",
    )
    .bind(organisation_id)
    .fetch_all(&mut *conn)
    .await
}
