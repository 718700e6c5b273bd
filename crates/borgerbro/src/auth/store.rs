//! SQL for people, roles, identifiers, sessions, login attempts and API keys.

use secrecy::{ExposeSecret, SecretString};
use sqlx::{AnyConnection, AnyPool, Row};

use super::model::{local_path, ApiScopes, Persona, Role, User};
use crate::db::{decode, Db};

/// Adds a person unless one with this id exists; answers whether it was added.
pub(crate) async fn insert_person(
    conn: &mut AnyConnection,
    id: &str,
    name: &str,
    demo_description: Option<&str>,
    now_ms: i64,
) -> Result<bool, sqlx::Error> {
    let done = sqlx::query(
        "INSERT INTO persons (id, name, demo_description, created_at) VALUES ($1, $2, $3, $4) \
         ON CONFLICT (id) DO NOTHING",
    )
    .bind(id)
    .bind(name)
    .bind(demo_description)
    .bind(now_ms)
    .execute(&mut *conn)
    .await?;
    Ok(done.rows_affected() == 1)
}

pub(crate) async fn grant_role(
    conn: &mut AnyConnection,
    person_id: &str,
    role: Role,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "INSERT INTO person_roles (person_id, role) VALUES ($1, $2) ON CONFLICT DO NOTHING",
    )
    .bind(person_id)
    .bind(role.as_str())
    .execute(&mut *conn)
    .await?;
    Ok(())
}

pub(crate) async fn revoke_role(
    conn: &mut AnyConnection,
    person_id: &str,
    role: Role,
) -> Result<(), sqlx::Error> {
    sqlx::query("DELETE FROM person_roles WHERE person_id = $1 AND role = $2")
        .bind(person_id)
        .bind(role.as_str())
        .execute(&mut *conn)
        .await?;
    Ok(())
}

pub(crate) async fn add_identifier(
    conn: &mut AnyConnection,
    person_id: &str,
    kind: &str,
    value: &str,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "INSERT INTO person_identifiers (kind, value, person_id) VALUES ($1, $2, $3) \
         ON CONFLICT DO NOTHING",
    )
    .bind(kind)
    .bind(value)
    .bind(person_id)
    .execute(&mut *conn)
    .await?;
    Ok(())
}

/// Whose this identifier is, read inside the caller's transaction when it decides a
/// change (one CPR number, one person).
pub async fn person_by_identifier(
    conn: &mut AnyConnection,
    kind: &str,
    value: &str,
) -> Result<Option<String>, sqlx::Error> {
    sqlx::query("SELECT person_id FROM person_identifiers WHERE kind = $1 AND value = $2")
        .bind(kind)
        .bind(value)
        .fetch_optional(conn)
        .await?
        .map(|row| row.try_get("person_id"))
        .transpose()
}

/// Whose each of these identifier values is, as (value, person id), for those known.
pub async fn people_by_identifiers(
    conn: &mut AnyConnection,
    kind: &str,
    values: &[&str],
) -> Result<Vec<(String, String)>, sqlx::Error> {
    if values.is_empty() {
        return Ok(Vec::new());
    }
    let sql = format!(
        "SELECT value, person_id FROM person_identifiers WHERE kind = $1 AND value IN ({})",
        crate::db::placeholders(crate::db::Placeholders::numbered(2), values.len())
    );
    crate::db::bind_list(sqlx::query(&sql).bind(kind), values)
        .fetch_all(&mut *conn)
        .await?
        .iter()
        .map(|row| Ok((row.try_get("value")?, row.try_get("person_id")?)))
        .collect()
}

/// Which of these ids are people.
pub async fn existing_people(
    conn: &mut AnyConnection,
    ids: &[&str],
) -> Result<Vec<String>, sqlx::Error> {
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    let sql = format!(
        "SELECT id FROM persons WHERE id IN ({})",
        crate::db::placeholders(crate::db::Placeholders::numbered(1), ids.len())
    );
    crate::db::bind_list(sqlx::query(&sql), ids)
        .fetch_all(conn)
        .await?
        .iter()
        .map(|row| row.try_get("id"))
        .collect()
}

/// The value of one kind of identifier a person has, such as their CPR number.
pub async fn identifier_of(
    conn: &mut AnyConnection,
    person_id: &str,
    kind: &str,
) -> Result<Option<String>, sqlx::Error> {
    sqlx::query("SELECT value FROM person_identifiers WHERE person_id = $1 AND kind = $2")
        .bind(person_id)
        .bind(kind)
        .fetch_optional(conn)
        .await?
        .map(|row| row.try_get("value"))
        .transpose()
}

/// Citizens whose name holds `query` (case-insensitive), by name.
pub async fn citizens_named(
    pool: &AnyPool,
    query: &str,
    limit: i64,
) -> Result<Vec<(String, String)>, sqlx::Error> {
    let pattern = format!("%{}%", query.to_lowercase().replace(['%', '_'], ""));
    sqlx::query(
        "SELECT p.id, p.name FROM persons p JOIN person_roles r ON r.person_id = p.id \
         WHERE r.role = 'citizen' AND LOWER(p.name) LIKE $1 ORDER BY p.name, p.id LIMIT $2",
    )
    .bind(pattern)
    .bind(limit)
    .fetch_all(pool)
    .await?
    .iter()
    .map(|row| Ok((row.try_get("id")?, row.try_get("name")?)))
    .collect()
}

async fn roles_of(conn: &mut AnyConnection, person_id: &str) -> Result<Vec<Role>, sqlx::Error> {
    let rows = sqlx::query("SELECT role FROM person_roles WHERE person_id = $1")
        .bind(person_id)
        .fetch_all(conn)
        .await?;
    let mut roles = Vec::with_capacity(rows.len());
    for row in rows {
        // A role this version does not know grants nothing: it is one grant of a set, so
        // it is passed over, and the person keeps the roles this build can read (an
        // error would lock them out of everything, and the login page with them).
        if let Some(role) = Role::parse(&row.try_get::<String, _>("role")?) {
            roles.push(role);
        }
    }
    roles.sort();
    Ok(roles)
}

/// A person and their roles.
pub async fn user(pool: &AnyPool, person_id: &str) -> Result<Option<User>, sqlx::Error> {
    user_in(&mut *pool.acquire().await?, person_id).await
}

/// A person and their roles, read inside the caller's transaction.
pub async fn user_in(
    conn: &mut AnyConnection,
    person_id: &str,
) -> Result<Option<User>, sqlx::Error> {
    let Some(row) = sqlx::query("SELECT id, name FROM persons WHERE id = $1")
        .bind(person_id)
        .fetch_optional(&mut *conn)
        .await?
    else {
        return Ok(None);
    };
    Ok(Some(User {
        id: row.try_get("id")?,
        name: row.try_get("name")?,
        roles: roles_of(conn, person_id).await?,
    }))
}

/// The demo personas, in the order they were made.
pub async fn personas(pool: &AnyPool) -> Result<Vec<Persona>, sqlx::Error> {
    let rows = sqlx::query(
        "SELECT id, name, demo_description FROM persons \
         WHERE demo_description IS NOT NULL ORDER BY created_at, id",
    )
    .fetch_all(pool)
    .await?;
    let mut conn = pool.acquire().await?;
    let mut personas = Vec::with_capacity(rows.len());
    for row in rows {
        let id: String = row.try_get("id")?;
        personas.push(Persona {
            roles: roles_of(&mut conn, &id).await?,
            id,
            name: row.try_get("name")?,
            description: row.try_get("demo_description")?,
        });
    }
    Ok(personas)
}

pub(crate) async fn insert_session(
    pool: &AnyPool,
    token_hash: &str,
    person_id: &str,
    now_ms: i64,
    expires_at: i64,
    id_token: Option<&str>,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "INSERT INTO sessions (token_hash, person_id, created_at, expires_at, id_token) \
         VALUES ($1, $2, $3, $4, $5)",
    )
    .bind(token_hash)
    .bind(person_id)
    .bind(now_ms)
    .bind(expires_at)
    .bind(id_token)
    .execute(pool)
    .await?;
    Ok(())
}

/// The person a session belongs to, while it lasts.
pub(crate) async fn session_person(
    pool: &AnyPool,
    token_hash: &str,
    now_ms: i64,
) -> Result<Option<String>, sqlx::Error> {
    sqlx::query("SELECT person_id FROM sessions WHERE token_hash = $1 AND expires_at > $2")
        .bind(token_hash)
        .bind(now_ms)
        .fetch_optional(pool)
        .await?
        .map(|row| row.try_get("person_id"))
        .transpose()
}

/// The ID token an OIDC login gave this session; `None` for another kind of login or a
/// session that is gone.
pub(crate) async fn session_id_token(
    pool: &AnyPool,
    token_hash: &str,
) -> Result<Option<String>, sqlx::Error> {
    sqlx::query("SELECT id_token FROM sessions WHERE token_hash = $1")
        .bind(token_hash)
        .fetch_optional(pool)
        .await?
        .map(|row| row.try_get::<Option<String>, _>("id_token"))
        .transpose()
        .map(Option::flatten)
}

pub(crate) async fn delete_session(pool: &AnyPool, token_hash: &str) -> Result<(), sqlx::Error> {
    sqlx::query("DELETE FROM sessions WHERE token_hash = $1")
        .bind(token_hash)
        .execute(pool)
        .await?;
    Ok(())
}

/// Deletes the sessions and the login attempts that ran out by `now_ms` (the same
/// bound by which `session_person` and `take_login_attempt` refuse them); answers how
/// many of each.
pub(crate) async fn delete_expired(pool: &AnyPool, now_ms: i64) -> Result<(u64, u64), sqlx::Error> {
    let sessions = sqlx::query("DELETE FROM sessions WHERE expires_at <= $1")
        .bind(now_ms)
        .execute(pool)
        .await?;
    let attempts = sqlx::query("DELETE FROM login_attempts WHERE expires_at <= $1")
        .bind(now_ms)
        .execute(pool)
        .await?;
    Ok((sessions.rows_affected(), attempts.rows_affected()))
}

/// What the OIDC callback needs to finish a login it started. The verifier and nonce
/// are secrets until the login is done; their Debug never shows them.
#[derive(Debug, Clone)]
pub(crate) struct LoginAttempt {
    pub pkce_verifier: SecretString,
    pub nonce: SecretString,
    pub return_to: String,
}

pub(crate) async fn insert_login_attempt(
    pool: &AnyPool,
    state_hash: &str,
    attempt: &LoginAttempt,
    expires_at: i64,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "INSERT INTO login_attempts (state_hash, pkce_verifier, nonce, return_to, expires_at) \
         VALUES ($1, $2, $3, $4, $5)",
    )
    .bind(state_hash)
    .bind(attempt.pkce_verifier.expose_secret())
    .bind(attempt.nonce.expose_secret())
    .bind(&attempt.return_to)
    .bind(expires_at)
    .execute(pool)
    .await?;
    Ok(())
}

/// Takes a login attempt out, so that a callback cannot be replayed.
pub(crate) async fn take_login_attempt(
    pool: &AnyPool,
    state_hash: &str,
    now_ms: i64,
) -> Result<Option<LoginAttempt>, sqlx::Error> {
    let row = sqlx::query(
        "DELETE FROM login_attempts WHERE state_hash = $1 \
         RETURNING pkce_verifier, nonce, return_to, expires_at",
    )
    .bind(state_hash)
    .fetch_optional(pool)
    .await?;
    let Some(row) = row else { return Ok(None) };
    if row.try_get::<i64, _>("expires_at")? <= now_ms {
        return Ok(None);
    }
    // Where the person is sent after login: a path of ours, or an error, never a
    // redirect to somewhere else that a hand in the database wrote.
    let return_to: String = row.try_get("return_to")?;
    Ok(Some(LoginAttempt {
        pkce_verifier: row.try_get::<String, _>("pkce_verifier")?.into(),
        nonce: row.try_get::<String, _>("nonce")?.into(),
        return_to: decode::parsed("login_attempts.return_to", &return_to, |path| {
            local_path(Some(path))
        })?,
    }))
}

/// An API key as administrators see it: never the key itself.
#[derive(Debug, Clone, serde::Serialize)]
pub struct ApiKey {
    pub id: String,
    pub name: String,
    pub created_at: i64,
    pub revoked_at: Option<i64>,
    /// What the key may do.
    pub scopes: ApiScopes,
}

fn api_key_of(row: &sqlx::any::AnyRow) -> Result<ApiKey, sqlx::Error> {
    Ok(ApiKey {
        id: row.try_get("id")?,
        name: row.try_get("name")?,
        created_at: row.try_get("created_at")?,
        revoked_at: row.try_get("revoked_at")?,
        scopes: ApiScopes::parse(&row.try_get::<String, _>("scopes")?),
    })
}

pub(crate) async fn insert_api_key(
    conn: &mut AnyConnection,
    key: &ApiKey,
    key_hash: &str,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "INSERT INTO api_keys (id, name, key_hash, created_at, scopes) VALUES ($1, $2, $3, $4, $5)",
    )
    .bind(&key.id)
    .bind(&key.name)
    .bind(key_hash)
    .bind(key.created_at)
    .bind(key.scopes.stored())
    .execute(&mut *conn)
    .await?;
    Ok(())
}

pub async fn api_keys(pool: &AnyPool) -> Result<Vec<ApiKey>, sqlx::Error> {
    sqlx::query(
        "SELECT id, name, created_at, revoked_at, scopes FROM api_keys ORDER BY created_at DESC",
    )
    .fetch_all(pool)
    .await?
    .iter()
    .map(api_key_of)
    .collect()
}

/// The key with this hash, unless it was revoked.
/// The columns [`key_row`] reads, in its order.
const ACTIVE_API_KEY: &str = "SELECT id, name, created_at, revoked_at, scopes FROM api_keys \
     WHERE key_hash = $1 AND revoked_at IS NULL";

/// A key from a row of [`ACTIVE_API_KEY`], whichever driver read it.
fn key_row(
    id: String,
    name: String,
    created_at: i64,
    revoked_at: Option<i64>,
    scopes: &str,
) -> ApiKey {
    ApiKey {
        id,
        name,
        created_at,
        revoked_at,
        scopes: ApiScopes::parse(scopes),
    }
}

/// The active key whose secret has this hash: read on every API request. On SQLite the
/// read runs on the calling thread (`db::SqliteReaders`), as the permission check's does:
/// the hand-over to sqlx's thread and back was most of an API call's time (BENCHMARKS.md,
/// mandate checks). It is no cache: a revoked key is refused at its next request.
pub(crate) async fn active_api_key(db: &Db, key_hash: &str) -> Result<Option<ApiKey>, sqlx::Error> {
    if let Some(readers) = db.sqlite_readers() {
        return readers.read(|conn| {
            use rusqlite::OptionalExtension;
            conn.prepare_cached(ACTIVE_API_KEY)?
                .query_row([key_hash], |row| {
                    Ok(key_row(
                        row.get(0)?,
                        row.get(1)?,
                        row.get(2)?,
                        row.get(3)?,
                        &row.get::<_, String>(4)?,
                    ))
                })
                .optional()
        });
    }
    let Some(row) = sqlx::query(ACTIVE_API_KEY)
        .bind(key_hash)
        .fetch_optional(&db.pool)
        .await?
    else {
        return Ok(None);
    };
    Ok(Some(key_row(
        row.try_get(0)?,
        row.try_get(1)?,
        row.try_get(2)?,
        row.try_get(3)?,
        &row.try_get::<String, _>(4)?,
    )))
}

/// Revokes a key; answers whether an active key was revoked.
pub(crate) async fn revoke_api_key(
    conn: &mut AnyConnection,
    id: &str,
    now_ms: i64,
) -> Result<bool, sqlx::Error> {
    let done =
        sqlx::query("UPDATE api_keys SET revoked_at = $1 WHERE id = $2 AND revoked_at IS NULL")
            .bind(now_ms)
            .bind(id)
            .execute(&mut *conn)
            .await?;
    Ok(done.rows_affected() == 1)
}
