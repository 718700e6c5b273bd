//! The database: one pool and one code path of queries for SQLite and PostgreSQL
//! (sqlx's `Any` driver), and the migrations of both.

use std::fmt;
use std::str::FromStr;
use std::sync::Arc;
use std::time::Duration;

use sqlx::any::{AnyConnectOptions, AnyPoolOptions};
use sqlx::migrate::Migrator;
use sqlx::{AnyPool, ConnectOptions, Executor};

pub(crate) mod decode;
mod readers;
mod unicode_lower;
pub use readers::SqliteReaders;

static SQLITE_MIGRATIONS: Migrator = sqlx::migrate!("migrations/sqlite");
static POSTGRES_MIGRATIONS: Migrator = sqlx::migrate!("migrations/postgres");

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Backend {
    Sqlite,
    Postgres,
}

/// A database address that names a backend Borgerbro supports. Read from the settings
/// file as text and checked there, so a bad address is an error naming its line.
#[derive(Clone, PartialEq, Eq, serde::Deserialize)]
#[serde(try_from = "String")]
pub struct DbUrl {
    url: String,
    backend: Backend,
}

#[derive(Debug, thiserror::Error)]
pub enum DbUrlError {
    #[error("The database address '{0}' is not one Borgerbro understands. Use sqlite://FILE (for example sqlite://borgerbro.db) or postgres://USER@HOST/DATABASE.")]
    Unsupported(String),
}

impl DbUrl {
    pub fn parse(raw: &str) -> Result<Self, DbUrlError> {
        let backend = if raw.starts_with("sqlite:") {
            Backend::Sqlite
        } else if raw.starts_with("postgres://") || raw.starts_with("postgresql://") {
            Backend::Postgres
        } else {
            return Err(DbUrlError::Unsupported(redact(raw)));
        };
        // Let sqlx judge the rest of the address now, not at the first request.
        AnyConnectOptions::from_str(raw).map_err(|_| DbUrlError::Unsupported(redact(raw)))?;
        Ok(Self {
            url: raw.to_owned(),
            backend,
        })
    }

    /// The SQLite file in the working folder, created when missing.
    pub fn sqlite_file(path: &str) -> Result<Self, DbUrlError> {
        Self::parse(&format!("sqlite://{path}?mode=rwc"))
    }

    pub fn backend(&self) -> Backend {
        self.backend
    }

    pub fn as_str(&self) -> &str {
        &self.url
    }
}

/// Never print a password: neither `USER:PASSWORD@` nor PostgreSQL's `?password=`.
fn redact(raw: &str) -> String {
    let Ok(mut url) = url::Url::parse(raw) else {
        return raw.to_owned();
    };
    let in_query = url.query_pairs().any(|(name, _)| name == "password");
    if url.password().is_none() && !in_query {
        return raw.to_owned();
    }
    if url.password().is_some() {
        let _ = url.set_password(Some("***"));
    }
    if in_query {
        let pairs: Vec<(String, String)> = url
            .query_pairs()
            .map(|(name, value)| match name == "password" {
                true => (name.into_owned(), "***".to_owned()),
                false => (name.into_owned(), value.into_owned()),
            })
            .collect();
        url.query_pairs_mut().clear().extend_pairs(pairs);
    }
    url.to_string()
}

impl TryFrom<String> for DbUrl {
    type Error = DbUrlError;

    fn try_from(raw: String) -> Result<Self, DbUrlError> {
        Self::parse(&raw)
    }
}

impl fmt::Display for DbUrl {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&redact(&self.url))
    }
}

impl fmt::Debug for DbUrl {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "DbUrl({self})")
    }
}

#[derive(Debug, thiserror::Error)]
pub enum DbError {
    #[error("Could not open the database {url}: {source}. Check that the database runs, that the address is right and that Borgerbro may use it.")]
    Connect { url: String, source: sqlx::Error },
    #[error("Could not bring the database {url} up to date: {source}. Nothing was changed by the failing step; fix the cause and run `borgerbro migrate` again.")]
    Migrate {
        url: String,
        source: sqlx::migrate::MigrateError,
    },
}

#[derive(Clone, Debug)]
pub struct Db {
    pub pool: AnyPool,
    backend: Backend,
    /// On SQLite, reads on the calling thread for the permission check.
    readers: Option<Arc<SqliteReaders>>,
}

impl Db {
    /// Opens a pool. SQLite runs in WAL mode with foreign keys on and waits for a lock
    /// rather than failing at once.
    pub async fn connect(url: &DbUrl) -> Result<Self, DbError> {
        sqlx::any::install_default_drivers();
        let backend = url.backend();
        if backend == Backend::Sqlite {
            unicode_lower::install().map_err(|source| DbError::Connect {
                url: url.to_string(),
                source: sqlx::Error::Configuration(source.into()),
            })?;
        }
        let options = AnyConnectOptions::from_str(url.as_str())
            .map_err(|source| DbError::Connect {
                url: url.to_string(),
                source,
            })?
            .disable_statement_logging();
        let pool = AnyPoolOptions::new()
            .max_connections(if backend == Backend::Sqlite { 8 } else { 16 })
            .acquire_timeout(Duration::from_secs(5))
            // sqlx pings a connection each time it leaves the pool. Over a network that
            // finds a server that went away; SQLite runs in this process, where the ping
            // only one more hand-over to its thread, and back, on every query.
            .test_before_acquire(backend == Backend::Postgres)
            .after_connect(move |conn, _meta| {
                Box::pin(async move {
                    if backend == Backend::Sqlite {
                        // A page cache of 32 MiB, not SQLite's 2 MiB: the sweep touches
                        // a few thousand pages of a large file a transaction, and a
                        // batch tens of thousands. Temporary storage in memory: a
                        // statement of many rows inside a long transaction keeps the
                        // pages it changes in a statement journal, which SQLite
                        // otherwise spills to a temporary file (a tenth of the sweep's
                        // time went to writing it).
                        conn.execute(
                            "PRAGMA journal_mode = WAL; PRAGMA foreign_keys = ON; \
                             PRAGMA busy_timeout = 5000; PRAGMA synchronous = NORMAL; \
                             PRAGMA cache_size = -32768; PRAGMA temp_store = MEMORY;",
                        )
                        .await?;
                    }
                    Ok(())
                })
            })
            .connect_with(options)
            .await
            .map_err(|source| DbError::Connect {
                url: url.to_string(),
                source,
            })?;
        let readers = match backend {
            Backend::Sqlite => SqliteReaders::for_url(url.as_str())
                .map_err(|source| DbError::Connect {
                    url: url.to_string(),
                    source,
                })?
                .map(Arc::new),
            Backend::Postgres => None,
        };
        Ok(Self {
            pool,
            backend,
            readers,
        })
    }

    /// Reads on the calling thread, on SQLite only: see [`SqliteReaders`].
    pub fn sqlite_readers(&self) -> Option<&SqliteReaders> {
        self.readers.as_deref()
    }

    /// Applies the migrations this backend has not seen yet.
    pub async fn migrate(&self, url: &DbUrl) -> Result<(), DbError> {
        let migrator = match self.backend {
            Backend::Sqlite => &SQLITE_MIGRATIONS,
            Backend::Postgres => &POSTGRES_MIGRATIONS,
        };
        migrator
            .run(&self.pool)
            .await
            .map_err(|source| DbError::Migrate {
                url: url.to_string(),
                source,
            })
    }

    /// Whether the database answers: used by /healthz.
    pub(crate) async fn ping(&self) -> Result<(), sqlx::Error> {
        sqlx::query("SELECT 1")
            .execute(&self.pool)
            .await
            .map(|_| ())
    }
}

/// The most values one statement numbered `$1, $2, ...` binds for its rows (a few shared
/// by all rows come on top): work on many rows goes in several statements of at most
/// this many values, so that such a statement costs little on SQLite too (below).
pub(crate) const MAX_BINDS: usize = 500;

/// The most values one statement of plain `?` binds (SQLite only; its own limit is
/// 32,766): a chunk of the sweep, or of a batch, goes in one statement, not in twenty,
/// each of which is a hand-over to the connection's thread and back.
pub(crate) const MAX_BINDS_IN_ORDER: usize = 16_000;

/// How many rows of `values_per_row` bound values one numbered statement takes.
pub(crate) const fn rows_per_statement(values_per_row: usize) -> usize {
    Placeholders::numbered(1).rows_per_statement(values_per_row)
}

/// How a statement writes the values it binds. PostgreSQL needs `$1, $2, ...`. SQLite
/// takes those too, but sqlx-sqlite asks SQLite the name of each value, and SQLite walks
/// a list as long as the statement's values to answer, so a statement's cost grows with
/// the square of its size (a fifth of the sweep's time at 500 values). Plain `?` it
/// answers at once, and sqlx binds those in the order they stand: a statement may use
/// them only when every value in it stands once, in the order bound, which is what
/// [`Placeholders::whole_statement`] promises.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Placeholders {
    /// `$first, $first+1, ...`: both backends, in any statement.
    Numbered { first: usize },
    /// `?, ?, ...`: SQLite only, in a statement whose values all come from one call here.
    InOrder,
}

impl Placeholders {
    pub(crate) const fn numbered(first: usize) -> Self {
        Self::Numbered { first }
    }

    /// How many rows of `values_per_row` bound values one statement of this style takes.
    pub(crate) const fn rows_per_statement(self, values_per_row: usize) -> usize {
        let most = match self {
            Self::Numbered { .. } => MAX_BINDS,
            Self::InOrder => MAX_BINDS_IN_ORDER,
        };
        match most / values_per_row {
            0 => 1,
            rows => rows,
        }
    }

    /// For a statement on this connection whose every value is written by one call of
    /// [`placeholders`] or [`value_rows`] and bound in that order.
    pub(crate) fn whole_statement(conn: &sqlx::AnyConnection) -> Self {
        if conn.backend_name() == <sqlx::Sqlite as sqlx::Database>::NAME {
            Self::InOrder
        } else {
            Self::numbered(1)
        }
    }
}

/// The placeholders of an `IN (...)` list or of one row of a multi-row `VALUES`.
pub(crate) fn placeholders(style: Placeholders, count: usize) -> String {
    match style {
        Placeholders::Numbered { first } => (first..first + count)
            .map(|n| format!("${n}"))
            .collect::<Vec<_>>()
            .join(", "),
        Placeholders::InOrder => vec!["?"; count].join(", "),
    }
}

/// `(...), (...)`: the rows of a multi-row `VALUES`, `rows` of `per_row` placeholders
/// each (numbered on from row to row).
pub fn value_rows(style: Placeholders, rows: usize, per_row: usize) -> String {
    (0..rows)
        .map(|row| {
            let row_style = match style {
                Placeholders::Numbered { first } => Placeholders::numbered(first + row * per_row),
                Placeholders::InOrder => Placeholders::InOrder,
            };
            format!("({})", placeholders(row_style, per_row))
        })
        .collect::<Vec<_>>()
        .join(", ")
}

/// Binds each of `values` in turn: the values of an `IN (...)` list made by
/// [`placeholders`].
pub(crate) fn bind_list<'q>(
    mut query: sqlx::query::Query<'q, sqlx::Any, sqlx::any::AnyArguments<'q>>,
    values: &'q [&'q str],
) -> sqlx::query::Query<'q, sqlx::Any, sqlx::any::AnyArguments<'q>> {
    for value in values {
        query = query.bind(*value);
    }
    query
}

/// A new id: UUIDv7, so ids sort by creation time.
pub(crate) fn new_id() -> String {
    uuid::Uuid::now_v7().to_string()
}

/// Whether `text` is an id as `new_id` writes them (lowercase, hyphenated), the form the
/// API's document states: a text the uuid crate also reads (uppercase, braces, no
/// hyphens) is not one, or a filter given it would answer "none" instead of "wrong".
pub(crate) fn is_id(text: &str) -> bool {
    uuid::Uuid::try_parse(text).is_ok_and(|id| id.hyphenated().to_string() == text)
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    #[test]
    fn an_address_never_shows_its_password() {
        for raw in [
            "postgres://bb:hemmelig@db.example/borgerbro",
            "postgres://bb@db.example/borgerbro?sslmode=require&password=hemmelig",
        ] {
            let url = DbUrl::parse(raw).unwrap();
            for shown in [format!("{url}"), format!("{url:?}")] {
                assert!(!shown.contains("hemmelig"), "{shown}");
                assert!(shown.contains("db.example"), "{shown}");
            }
        }
    }

    #[test]
    fn known_backends_are_accepted() {
        assert_eq!(
            DbUrl::parse("sqlite://b.db").unwrap().backend(),
            Backend::Sqlite
        );
        assert_eq!(
            DbUrl::parse("postgres://u@127.0.0.1/test")
                .unwrap()
                .backend(),
            Backend::Postgres
        );
    }

    #[test]
    fn an_unknown_backend_is_refused_with_a_hint() {
        let err = DbUrl::parse("mysql://root@localhost/b").unwrap_err();
        assert!(err.to_string().contains("sqlite://"), "{err}");
        assert!(DbUrl::parse("borgerbro.db").is_err());
    }

    #[test]
    fn placeholders_are_numbered_on_or_stand_in_order() {
        assert_eq!(
            value_rows(Placeholders::numbered(3), 2, 2),
            "($3, $4), ($5, $6)"
        );
        assert_eq!(placeholders(Placeholders::numbered(2), 3), "$2, $3, $4");
        assert_eq!(
            value_rows(Placeholders::InOrder, 2, 3),
            "(?, ?, ?), (?, ?, ?)"
        );
    }

    #[test]
    fn passwords_are_never_shown() {
        let url = DbUrl::parse("postgres://bb:hemmelig@db.example/bb").unwrap();
        assert!(!url.to_string().contains("hemmelig"));
        let err = DbUrl::parse("mysql://bb:hemmelig@db.example/bb").unwrap_err();
        assert!(!err.to_string().contains("hemmelig"));
    }
}
