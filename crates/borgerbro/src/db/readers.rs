//! Reads from the SQLite file on the calling thread, for the hot reads where sqlx's
//! hand-over to its connection's worker thread, and back, costs more than the read:
//! a permission check and an API key's lookup (DESIGN.md, `db`). The connections are read-only connections to
//! the same file, so a read sees every write committed before it, by this server or
//! any other: nothing here is a cache.

use std::path::PathBuf;
use std::str::FromStr;
use std::sync::Mutex;
use std::time::Duration;

use rusqlite::{Connection, OpenFlags};
use sqlx::sqlite::SqliteConnectOptions;

/// Idle connections kept for the next read; more are opened when reads overlap.
const KEEP_IDLE: usize = 8;

/// A reader in WAL mode waits for no writer; it can wait only while another connection
/// recovers the log after a crash or holds the file in exclusive locking mode. It then
/// waits this long, off the runtime's worker (see `read`).
const BUSY_WAIT: Duration = Duration::from_millis(250);

#[derive(Debug)]
pub struct SqliteReaders {
    path: PathBuf,
    idle: Mutex<Vec<Connection>>,
}

impl SqliteReaders {
    /// For the SQLite database at this sqlx address; none for an in-memory database
    /// (`sqlite::memory:`), which only sqlx's own connections share.
    pub(crate) fn for_url(url: &str) -> Result<Option<Self>, sqlx::Error> {
        let options = SqliteConnectOptions::from_str(url)?;
        let path = options.get_filename();
        // sqlx names its in-memory databases `file:sqlx-in-memory-N` and opens them as
        // URIs; a plain path is a file on disk.
        let in_memory = path.as_os_str() == ":memory:"
            || path.to_string_lossy().starts_with("file:")
            || url.contains("mode=memory");
        Ok((!in_memory).then(|| Self {
            path: path.to_path_buf(),
            idle: Mutex::new(Vec::new()),
        }))
    }

    /// Runs `read` on an idle connection (or a new one) on this thread, then keeps the
    /// connection, with its prepared statements, for the next read.
    ///
    /// The read first runs without waiting for a lock: that is every read but the rare
    /// one that meets a lock, and it stays on this thread, since handing every read to
    /// another thread costs more than the read (BENCHMARKS.md, mandate checks). A read
    /// that meets a lock is run again with `BUSY_WAIT`, inside `block_in_place`, so the
    /// runtime's other tasks move to another thread while it waits. On a runtime of one
    /// thread there is nowhere to move them, and it waits in place.
    pub fn read<T>(
        &self,
        read: impl Fn(&Connection) -> rusqlite::Result<T>,
    ) -> Result<T, sqlx::Error> {
        let idle = self.lock().pop();
        let conn = match idle {
            Some(conn) => conn,
            None => self.open().map_err(driver_error)?,
        };
        let answer = match read(&conn) {
            Err(error) if is_busy(&error) => {
                let wait = || {
                    conn.busy_timeout(BUSY_WAIT)?;
                    let answer = read(&conn);
                    conn.busy_timeout(Duration::ZERO)?;
                    answer
                };
                match tokio::runtime::Handle::try_current().map(|h| h.runtime_flavor()) {
                    Ok(tokio::runtime::RuntimeFlavor::MultiThread) => {
                        tokio::task::block_in_place(wait)
                    }
                    _ => wait(),
                }
            }
            answer => answer,
        }
        .map_err(driver_error)?;
        let mut idle = self.lock();
        if idle.len() < KEEP_IDLE {
            idle.push(conn);
        }
        Ok(answer)
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, Vec<Connection>> {
        // A read that panicked left the list as it was: still a list of good connections.
        self.idle
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
    }

    fn open(&self) -> rusqlite::Result<Connection> {
        let conn = Connection::open_with_flags(
            &self.path,
            OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX,
        )?;
        // No waiting on this thread; `read` waits off it.
        conn.busy_timeout(Duration::ZERO)?;
        Ok(conn)
    }
}

fn is_busy(error: &rusqlite::Error) -> bool {
    matches!(
        error.sqlite_error_code(),
        Some(rusqlite::ErrorCode::DatabaseBusy | rusqlite::ErrorCode::DatabaseLocked)
    )
}

fn driver_error(error: rusqlite::Error) -> sqlx::Error {
    sqlx::Error::AnyDriverError(Box::new(error))
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;
    use crate::db::{Db, DbUrl};

    /// A migrated database in a folder that lives as long as the test holds it.
    async fn migrated() -> (tempfile::TempDir, Db) {
        let dir = tempfile::tempdir().unwrap();
        let url = DbUrl::sqlite_file(&dir.path().join("b.db").display().to_string()).unwrap();
        let db = Db::connect(&url).await.unwrap();
        db.migrate(&url).await.unwrap();
        (dir, db)
    }

    async fn count(db: &Db) -> i64 {
        db.sqlite_readers()
            .unwrap()
            .read(|conn| conn.query_row("SELECT count(*) FROM persons", [], |row| row.get(0)))
            .unwrap()
    }

    /// The idle connection kept from one read sees what the pool committed after it.
    #[tokio::test]
    async fn a_kept_connection_sees_every_later_commit() {
        let (_dir, db) = migrated().await;
        assert_eq!(count(&db).await, 0);
        sqlx::query("INSERT INTO persons (id, name, created_at) VALUES ('p', 'Karen', 0)")
            .execute(&db.pool)
            .await
            .unwrap();
        assert_eq!(count(&db).await, 1);
    }

    /// Only sqlx's connections see an in-memory database: a check there reads through
    /// sqlx, as on PostgreSQL.
    #[tokio::test]
    async fn an_in_memory_database_has_no_readers_of_its_own() {
        let url = DbUrl::parse("sqlite::memory:").unwrap();
        let db = Db::connect(&url).await.unwrap();
        db.migrate(&url).await.unwrap();
        assert!(db.sqlite_readers().is_none());
        let (_dir, on_disk) = migrated().await;
        assert!(on_disk.sqlite_readers().is_some());
    }

    /// A read that meets a lock waits off the runtime's worker: a task on the same
    /// one-worker runtime keeps running meanwhile. (Waiting on the worker, as before,
    /// stalled it for the whole wait.)
    #[tokio::test(flavor = "multi_thread", worker_threads = 1)]
    async fn a_read_that_waits_for_a_lock_does_not_stall_the_runtime() {
        // A file of one table, made and then held by one rusqlite connection in
        // exclusive locking mode: every other connection meets the lock. (No sqlx pool
        // here: its worker threads may still hold the file after `close` returns.)
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("b.db");
        let holder = rusqlite::Connection::open(&path).unwrap();
        holder
            .execute_batch(
                "PRAGMA journal_mode = WAL; \
                 CREATE TABLE persons (id TEXT PRIMARY KEY); \
                 PRAGMA locking_mode = EXCLUSIVE; \
                 INSERT INTO persons (id) VALUES ('p');",
            )
            .unwrap();
        let readers = SqliteReaders::for_url(&format!("sqlite://{}", path.display()))
            .unwrap()
            .unwrap();
        // Both tasks on the runtime's one worker; the test itself runs on another thread.
        let started = std::time::Instant::now();
        let ticks = tokio::spawn(async move {
            for _ in 0..10 {
                tokio::time::sleep(Duration::from_millis(5)).await;
            }
            started.elapsed()
        });
        let read = tokio::spawn(async move {
            let read = readers.read(|conn| {
                conn.query_row("SELECT count(*) FROM persons", [], |r| r.get::<_, i64>(0))
            });
            (read.is_err(), started.elapsed())
        });
        let (refused, waited) = read.await.unwrap();
        assert!(refused, "the lock is held throughout");
        assert!(waited >= BUSY_WAIT, "{waited:?}");
        // The ticks ran during the wait, not after it (compared with the wait, not a
        // bound of time, so a machine under load does not fail it).
        let ticked = ticks.await.unwrap();
        assert!(
            ticked < waited,
            "ticks done at {ticked:?}, the read at {waited:?}"
        );
        drop(holder);
    }

    #[tokio::test]
    async fn a_reader_cannot_write() {
        let (_dir, db) = migrated().await;
        let written = db.sqlite_readers().unwrap().read(|conn| {
            conn.execute(
                "INSERT INTO persons (id, name, created_at) VALUES ('p', 'Karen', 0)",
                [],
            )
        });
        assert!(written.is_err());
    }
}
