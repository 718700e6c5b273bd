//! A system's `Idempotency-Key` on an API call that makes or changes something: the same
//! key and request again answer with what the first call made and make nothing new; the
//! same key with another request is refused. One table (`api_requests`) for every such
//! call. The key is remembered in the transaction that makes the thing, so a key is
//! never remembered for something that was not made, nor the thing made without its key.

use sqlx::{AnyConnection, Row};

/// A request with a key, as the API layer reads it (`web::idempotency`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Idempotency {
    /// The API key's id: each system has its own keys. The program's own callers (the
    /// demo, `borgerbro post send-batch`) name their actor instead (`system`,
    /// `person:ID`), which no key's id can be.
    pub client: String,
    pub key: String,
    /// A hash of the method, the path and the body.
    pub hash: String,
}

/// What a call that makes something did: made it now, or found what the first call with
/// the same key made.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Made<T> {
    New(T),
    Repeat(T),
}

impl<T> Made<T> {
    pub fn into_inner(self) -> T {
        match self {
            Made::New(made) | Made::Repeat(made) => made,
        }
    }

    pub fn inner(&self) -> &T {
        match self {
            Made::New(made) | Made::Repeat(made) => made,
        }
    }
}

#[derive(Debug, thiserror::Error)]
pub enum IdempotencyError {
    #[error("the idempotency key was used for another request")]
    KeyReused,
    /// Another call with the same key is making the thing right now.
    #[error("a request with this idempotency key is still being handled")]
    InProgress,
    #[error(transparent)]
    Database(#[from] sqlx::Error),
}

/// The ids of what the first call with this key made, when there was one.
pub(crate) async fn made_before(
    conn: &mut AnyConnection,
    request: &Idempotency,
) -> Result<Option<Vec<String>>, IdempotencyError> {
    let Some(row) = sqlx::query(
        "SELECT request_hash, made FROM api_requests \
         WHERE client_id = $1 AND idempotency_key = $2",
    )
    .bind(&request.client)
    .bind(&request.key)
    .fetch_optional(conn)
    .await?
    else {
        return Ok(None);
    };
    if row.try_get::<String, _>("request_hash")? != request.hash {
        return Err(IdempotencyError::KeyReused);
    }
    let made: String = row.try_get("made")?;
    Ok(Some(made.split(',').map(str::to_owned).collect()))
}

/// Takes the key for what this call is about to make (`made`), in the transaction that
/// makes it: `None` when the key is this call's to use, or the ids the first call with
/// the same key and request made. A twin still being handled is waited for (its
/// transaction holds the key: PostgreSQL waits for it, SQLite for its write lock), so the
/// twin gets the first answer, not a second thing made nor a unique violation.
///
/// Call it as the transaction's first statement: on SQLite a transaction that read
/// before its first write cannot write once another has committed meanwhile, whereas a
/// first write waits for the lock and then sees what the twin committed. When it answers
/// the ids, roll the transaction back before answering (`tx.rollback()`): dropped, it
/// leaves a PostgreSQL connection idle in it, holding its locks, until the pool next
/// uses that connection.
pub(crate) async fn claim(
    conn: &mut AnyConnection,
    request: &Idempotency,
    made: &[&str],
    at: i64,
) -> Result<Option<Vec<String>>, IdempotencyError> {
    let inserted = sqlx::query(
        "INSERT INTO api_requests (client_id, idempotency_key, request_hash, made, created_at) \
         VALUES ($1, $2, $3, $4, $5) ON CONFLICT (client_id, idempotency_key) DO NOTHING",
    )
    .bind(&request.client)
    .bind(&request.key)
    .bind(&request.hash)
    .bind(made.join(","))
    .bind(at)
    .execute(&mut *conn)
    .await;
    let inserted = match inserted {
        Ok(inserted) => inserted,
        // SQLite gave up waiting for the write lock, or the connection was still reading
        // from before the twin committed: a twin is being handled, so retry in a moment.
        Err(sqlx::Error::Database(error)) if sqlite_busy(error.as_ref()) => {
            return Err(IdempotencyError::InProgress)
        }
        Err(error) => return Err(error.into()),
    };
    if inserted.rows_affected() == 1 {
        return Ok(None);
    }
    // Not inserted: a call that committed holds the key.
    match made_before(conn, request).await? {
        Some(made) => Ok(Some(made)),
        None => Err(IdempotencyError::InProgress),
    }
}

/// SQLite's "database is locked" (`SQLITE_BUSY` and its extended codes).
fn sqlite_busy(error: &dyn sqlx::error::DatabaseError) -> bool {
    error
        .try_downcast_ref::<sqlx::sqlite::SqliteError>()
        .and_then(sqlx::error::DatabaseError::code)
        .and_then(|code| code.parse::<i32>().ok())
        .is_some_and(|code| code & 0xFF == 5)
}
