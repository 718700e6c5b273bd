//! What the benchmarks share: command-line numbers, temporary SQLite files, person ids,
//! the settings of a server under measurement, and the process's own peak memory.
// Each benchmark is its own crate and uses only part of this module.
#![allow(dead_code)]

use anyhow::{Context, Result};

use borgerbro::config::{AuthorityProfile, Limits, Settings};
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

pub const MIB: f64 = 1024.0 * 1024.0;

/// A line of /proc/self/status, in bytes ("VmHWM:  123456 kB").
pub fn status_bytes(field: &str) -> Result<u64> {
    let status = std::fs::read_to_string("/proc/self/status")?;
    let line = status
        .lines()
        .find(|line| line.starts_with(field))
        .with_context(|| format!("{field} in /proc/self/status"))?;
    let kb: u64 = line
        .split_whitespace()
        .nth(1)
        .context("a number of kB")?
        .parse()?;
    Ok(kb * 1024)
}

/// Hands memory freed so far back to the system, then sets the peak resident memory
/// (VmHWM) back to the memory now (Linux 4.0 and later). Without the first, a run could
/// reuse memory an earlier one freed but glibc kept, and its peak would look smaller.
pub fn reset_peak() -> Result<()> {
    #[cfg(target_env = "gnu")]
    {
        extern "C" {
            fn malloc_trim(pad: usize) -> i32;
        }
        // SAFETY: glibc's malloc_trim only returns free memory; it takes no pointers.
        unsafe {
            malloc_trim(0);
        }
    }
    std::fs::write("/proc/self/clear_refs", "5").context("resetting VmHWM")
}

/// A SQLite file named `file` in `dir`, created when first opened.
pub fn sqlite_in(dir: &std::path::Path, file: &str) -> Result<DbUrl> {
    let path = dir.join(file);
    Ok(DbUrl::sqlite_file(
        path.to_str().context("a temporary path in UTF-8")?,
    )?)
}

/// The settings of a server a benchmark measures: the demo authority, files under `dir`,
/// and no limit on the API a benchmark could reach, since it measures the work, not the
/// limit.
pub fn settings(url: &DbUrl, dir: &std::path::Path) -> Result<Settings> {
    Ok(Settings {
        db: url.clone(),
        addr: "127.0.0.1:0".parse()?,
        public_url: "http://127.0.0.1/".parse()?,
        authority: AuthorityProfile::demo(),
        oidc: None,
        files: dir.join("files"),
        demo: false,
        postcodes: std::sync::Arc::new(borgerbro::help::Postcodes::demo()),
        with_bare_route: false,
        trusted_proxies: Vec::new(),
        proxy_header: Default::default(),
        limits: Limits {
            api_per_minute: std::num::NonZeroU32::MAX,
            ..Default::default()
        },
    })
}
