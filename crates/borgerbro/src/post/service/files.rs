//! Files no letter or draft refers to any longer.

use crate::db::Db;

/// How long an uploaded file nothing refers to is kept: a caseworker's form may hold an
/// upload between round trips for a working day and more.
pub const UNUSED_FILE_GRACE: std::time::Duration = std::time::Duration::from_secs(2 * 24 * 3600);

/// Deletes the stored files no letter or draft refers to and nobody used since
/// `unused_since` (now less [`UNUSED_FILE_GRACE`] when serving): uploads refused after
/// storing, forms never sent. Answers how many.
pub async fn sweep_files(
    db: &Db,
    files: &crate::files::Files,
    unused_since: std::time::SystemTime,
) -> Result<usize, anyhow::Error> {
    let keep = crate::post::store::referenced_files(&db.pool).await?;
    Ok(files.sweep(&keep, unused_since).await?)
}
