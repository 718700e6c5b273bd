//! SQLite's own `lower()` folds only ASCII: "Åse", "ØKONOMI" and "Ваше" stayed as they
//! were, so on the embedded database a search for "åse" or "økonomi" found nothing that
//! PostgreSQL finds (its `lower()` folds every letter). This replaces `lower()` in every
//! SQLite connection of the process, sqlx's and rusqlite's alike (they share one
//! libsqlite3), with Rust's Unicode lowercase, so the same SQL finds the same on both
//! databases. No index is built on `lower()`, so nothing stored depends on the old one.

use std::os::raw::{c_char, c_int};
use std::sync::Once;

use rusqlite::auto_extension::{init_auto_extension, register_auto_extension};
use rusqlite::functions::FunctionFlags;
use rusqlite::types::ValueRef;
use rusqlite::{ffi, Connection};

/// Makes every SQLite connection opened from now on fold case as PostgreSQL does. Call
/// it before the first connection opens; more calls change nothing.
pub(crate) fn install() -> rusqlite::Result<()> {
    static INSTALLED: Once = Once::new();
    let mut result = Ok(());
    // SAFETY: the routine only adds a function to the connection it is given: it opens
    // no database, closes none, and leaves the list of auto-extensions alone.
    INSTALLED.call_once(|| result = unsafe { register_auto_extension(on_open) });
    result
}

/// What SQLite calls as each connection opens.
unsafe extern "C" fn on_open(
    db: *mut ffi::sqlite3,
    error: *mut *mut c_char,
    _: *const ffi::sqlite3_api_routines,
) -> c_int {
    // SAFETY: SQLite hands over the connection it is opening, as `init_auto_extension`
    // expects; `add_lower` keeps no reference to it.
    unsafe { init_auto_extension(db, error, add_lower) }
}

fn add_lower(connection: Connection) -> rusqlite::Result<()> {
    let flags = FunctionFlags::SQLITE_UTF8
        | FunctionFlags::SQLITE_DETERMINISTIC
        | FunctionFlags::SQLITE_INNOCUOUS;
    connection.create_scalar_function("lower", 1, flags, |context| Ok(lowered(context.get_raw(0))))
}

/// What `lower(value)` answers: NULL for NULL, as the built-in; anything else as text.
fn lowered(value: ValueRef<'_>) -> Option<String> {
    match value {
        ValueRef::Null => None,
        ValueRef::Integer(number) => Some(number.to_string()),
        ValueRef::Real(number) => Some(number.to_string()),
        ValueRef::Text(bytes) | ValueRef::Blob(bytes) => {
            Some(String::from_utf8_lossy(bytes).to_lowercase())
        }
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    #[test]
    fn lower_folds_every_letter_in_a_connection_opened_after_install() {
        install().unwrap();
        let connection = Connection::open_in_memory().unwrap();
        let folded: String = connection
            .query_row(
                "SELECT lower('ÅSE Østergaard, ÆBLE, Ваше МІСЦЕ')",
                [],
                |row| row.get(0),
            )
            .unwrap();
        assert_eq!(folded, "åse østergaard, æble, ваше місце");
        let null: Option<String> = connection
            .query_row("SELECT lower(NULL)", [], |row| row.get(0))
            .unwrap();
        assert_eq!(null, None);
        let matched: bool = connection
            .query_row(
                "SELECT lower('Økonomisk hjælp') LIKE '%økonomi%'",
                [],
                |row| row.get(0),
            )
            .unwrap();
        assert!(matched);
    }
}
