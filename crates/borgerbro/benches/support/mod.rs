//! What the post benchmarks share: command-line numbers, temporary SQLite files, letters
//! read back as the application stores them.
// Each benchmark is its own crate and uses only part of this module.
#![allow(dead_code)]

use anyhow::{Context, Result};

use borgerbro::db::DbUrl;

/// The number after `name` on the command line (`cargo bench ... -- --name N`); cargo
/// adds `--bench`, which is ignored.
pub fn number_arg(name: &str, default: usize) -> Result<usize> {
    let args: Vec<String> = std::env::args().collect();
    match args.iter().position(|a| a == name) {
        Some(i) => Ok(args
            .get(i + 1)
            .with_context(|| format!("{name} needs a number"))?
            .parse()?),
        None => Ok(default),
    }
}

/// A person id shaped like the application's (36 characters, sorting by number).
pub fn person_id(i: usize) -> String {
    format!("00000000-0000-7000-8000-{i:012}")
}

/// The same ids in SQL, for filling tables without a round trip per row.
pub fn person_id_sql(number: &str) -> String {
    format!("printf('00000000-0000-7000-8000-%012d', {number})")
}

pub fn sqlite_path(url: &DbUrl) -> &str {
    url.as_str()
        .trim_start_matches("sqlite://")
        .trim_end_matches("?mode=rwc")
}

/// Removes an SQLite database with its WAL files; the big ones should not outlive a run.
pub fn remove_db(url: &DbUrl) -> Result<()> {
    let path = sqlite_path(url);
    for suffix in ["", "-wal", "-shm"] {
        match std::fs::remove_file(format!("{path}{suffix}")) {
            Ok(()) => {}
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
            Err(e) => return Err(e.into()),
        }
    }
    Ok(())
}
