//! SQL for contact people and their invitations: `network_contacts` (migration 0113) and
//! `network_invitations` (0114).

use sqlx::any::AnyRow;
use sqlx::{AnyConnection, Row};

/// An invitation as stored. The secret is not here: only its hash is kept.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Invitation {
    pub id: String,
    pub organisation_id: String,
    /// Whom it was made for, as the inviter wrote it: so they know which link is whose.
    pub invited_name: String,
    pub created_by: String,
    pub created_at: i64,
    pub expires_at: i64,
    pub used_at: Option<i64>,
    pub withdrawn_at: Option<i64>,
}

impl Invitation {
    /// It may still be taken: not used, not withdrawn, not expired.
    pub fn open_at(&self, now_ms: i64) -> bool {
        self.used_at.is_none() && self.withdrawn_at.is_none() && now_ms < self.expires_at
    }
}

const COLUMNS: &str = "id, organisation_id, invited_name, created_by, created_at, expires_at, \
     used_at, withdrawn_at";

fn invitation_of(row: &AnyRow) -> Result<Invitation, sqlx::Error> {
    Ok(Invitation {
        id: row.try_get("id")?,
        organisation_id: row.try_get("organisation_id")?,
        invited_name: row.try_get("invited_name")?,
        created_by: row.try_get("created_by")?,
        created_at: row.try_get("created_at")?,
        expires_at: row.try_get("expires_at")?,
        used_at: row.try_get("used_at")?,
        withdrawn_at: row.try_get("withdrawn_at")?,
    })
}

pub(crate) async fn insert(
    conn: &mut AnyConnection,
    invitation: &Invitation,
    secret_hash: &str,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "INSERT INTO network_invitations (id, organisation_id, secret_hash, invited_name, \
         created_by, created_at, expires_at) VALUES ($1, $2, $3, $4, $5, $6, $7)",
    )
    .bind(&invitation.id)
    .bind(&invitation.organisation_id)
    .bind(secret_hash)
    .bind(&invitation.invited_name)
    .bind(&invitation.created_by)
    .bind(invitation.created_at)
    .bind(invitation.expires_at)
    .execute(&mut *conn)
    .await?;
    Ok(())
}

pub(crate) async fn by_secret_hash(
    conn: &mut AnyConnection,
    secret_hash: &str,
) -> Result<Option<Invitation>, sqlx::Error> {
    sqlx::query(&format!(
        "SELECT {COLUMNS} FROM network_invitations WHERE secret_hash = $1"
    ))
    .bind(secret_hash)
    .fetch_optional(&mut *conn)
    .await?
    .as_ref()
    .map(invitation_of)
    .transpose()
}

/// An organisation's invitations that may still be taken, newest first.
pub(crate) async fn open_of(
    conn: &mut AnyConnection,
    organisation_id: &str,
    now_ms: i64,
) -> Result<Vec<Invitation>, sqlx::Error> {
    sqlx::query(&format!(
        "SELECT {COLUMNS} FROM network_invitations WHERE organisation_id = $1 \
         AND used_at IS NULL AND withdrawn_at IS NULL AND expires_at > $2 \
         ORDER BY created_at DESC, id DESC"
    ))
    .bind(organisation_id)
    .bind(now_ms)
    .fetch_all(&mut *conn)
    .await?
    .iter()
    .map(invitation_of)
    .collect()
}

/// Takes an invitation for `person_id` if it is still open; answers whether it did. One
/// conditional UPDATE, so two people who open the same link at once cannot both join.
pub(crate) async fn take(
    conn: &mut AnyConnection,
    id: &str,
    person_id: &str,
    now_ms: i64,
) -> Result<bool, sqlx::Error> {
    let done = sqlx::query(
        "UPDATE network_invitations SET used_by = $2, used_at = $3 WHERE id = $1 \
         AND used_at IS NULL AND withdrawn_at IS NULL AND expires_at > $3",
    )
    .bind(id)
    .bind(person_id)
    .bind(now_ms)
    .execute(&mut *conn)
    .await?;
    Ok(done.rows_affected() == 1)
}

/// Withdraws an open invitation of the organisation; answers whether there was one.
pub(crate) async fn withdraw(
    conn: &mut AnyConnection,
    id: &str,
    organisation_id: &str,
    now_ms: i64,
) -> Result<bool, sqlx::Error> {
    let done = sqlx::query(
        "UPDATE network_invitations SET withdrawn_at = $3 WHERE id = $1 \
         AND organisation_id = $2 AND used_at IS NULL AND withdrawn_at IS NULL \
         AND expires_at > $3",
    )
    .bind(id)
    .bind(organisation_id)
    .bind(now_ms)
    .execute(&mut *conn)
    .await?;
    Ok(done.rows_affected() == 1)
}

/// An organisation's contact people with when each became one, the earliest first.
pub(crate) async fn contacts_since(
    conn: &mut AnyConnection,
    organisation_id: &str,
) -> Result<Vec<(String, i64)>, sqlx::Error> {
    sqlx::query(
        "SELECT person_id, added_at FROM network_contacts WHERE organisation_id = $1 \
         ORDER BY added_at, person_id",
    )
    .bind(organisation_id)
    .fetch_all(&mut *conn)
    .await?
    .iter()
    .map(|row| Ok((row.try_get("person_id")?, row.try_get("added_at")?)))
    .collect()
}

/// Takes one person off an organisation's contact people; answers whether they were one.
pub(crate) async fn remove(
    conn: &mut AnyConnection,
    organisation_id: &str,
    person_id: &str,
) -> Result<bool, sqlx::Error> {
    let done =
        sqlx::query("DELETE FROM network_contacts WHERE organisation_id = $1 AND person_id = $2")
            .bind(organisation_id)
            .bind(person_id)
            .execute(&mut *conn)
            .await?;
    Ok(done.rows_affected() == 1)
}

/// Takes a member organisation's lock for a change of its contact people: a write that
/// changes nothing, so two changes at once (the last two contact people taking each
/// other off, a colleague joining as the member leaves) happen one after the other.
/// Answers whether the organisation is a member.
pub(crate) async fn lock_member(
    conn: &mut AnyConnection,
    organisation_id: &str,
) -> Result<bool, sqlx::Error> {
    let done = sqlx::query(
        "UPDATE network_organisations SET status = status WHERE id = $1 AND status = 'member'",
    )
    .bind(organisation_id)
    .execute(&mut *conn)
    .await?;
    Ok(done.rows_affected() == 1)
}
