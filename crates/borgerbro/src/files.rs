//! Content-addressed files (letter attachments): each stored once under the SHA-256 of
//! its bytes, in a local folder. Written to a temporary name and renamed, so a file is
//! either whole or absent.

use std::collections::HashSet;
use std::io;
use std::path::{Path, PathBuf};
use std::time::SystemTime;

use sha2::{Digest, Sha256};

#[derive(Debug, Clone)]
pub struct Files {
    dir: PathBuf,
}

impl Files {
    pub(crate) fn new(dir: impl Into<PathBuf>) -> Self {
        Self { dir: dir.into() }
    }

    /// The hex SHA-256 of `bytes`, which is also the file's name.
    pub fn hash(bytes: &[u8]) -> String {
        hex::encode(Sha256::digest(bytes))
    }

    fn path(&self, hash: &str) -> Option<PathBuf> {
        // Only names this store made: 64 hex digits, never a path of someone's choosing.
        let valid = hash.len() == 64 && hash.bytes().all(|b| b.is_ascii_hexdigit());
        valid.then(|| self.dir.join(&hash[..2]).join(hash))
    }

    pub async fn put(&self, bytes: &[u8]) -> io::Result<String> {
        let hash = Self::hash(bytes);
        let path = self.path(&hash).ok_or(io::ErrorKind::InvalidInput)?;
        if tokio::fs::try_exists(&path).await? {
            // Used again now: the sweep's grace starts over, so a letter being sent
            // with it is never left without its file.
            let file = tokio::fs::File::options().write(true).open(&path).await?;
            file.into_std().await.set_modified(SystemTime::now())?;
            return Ok(hash);
        }
        let folder = path.parent().unwrap_or(Path::new("."));
        tokio::fs::create_dir_all(folder).await?;
        let temporary = folder.join(format!(".{hash}.{}", uuid::Uuid::now_v7().simple()));
        tokio::fs::write(&temporary, bytes).await?;
        tokio::fs::rename(&temporary, &path).await?;
        Ok(hash)
    }

    /// The size of a stored file, or `None` when no file has this hash.
    pub async fn size(&self, hash: &str) -> Option<u64> {
        let path = self.path(hash)?;
        tokio::fs::metadata(path).await.ok().map(|m| m.len())
    }

    pub async fn get(&self, hash: &str) -> io::Result<Vec<u8>> {
        let path = self.path(hash).ok_or(io::ErrorKind::NotFound)?;
        tokio::fs::read(path).await
    }

    /// Deletes every file last written or used before `unused_since` that is not in
    /// `keep` (the hashes letters and drafts refer to), and temporaries a crash left:
    /// an upload refused after it was stored, or a form never sent. Answers how many went.
    /// The grace (`unused_since`) covers a form still being filled in, whose uploads
    /// nothing refers to yet.
    pub async fn sweep(
        &self,
        keep: &HashSet<String>,
        unused_since: SystemTime,
    ) -> io::Result<usize> {
        let mut removed = 0;
        let Ok(mut folders) = tokio::fs::read_dir(&self.dir).await else {
            return Ok(0); // No file was ever stored.
        };
        while let Some(folder) = folders.next_entry().await? {
            if !folder.file_type().await?.is_dir() {
                continue;
            }
            let mut entries = tokio::fs::read_dir(folder.path()).await?;
            while let Some(entry) = entries.next_entry().await? {
                let name = entry.file_name().to_string_lossy().into_owned();
                if keep.contains(&name) {
                    continue;
                }
                let modified = entry.metadata().await?.modified()?;
                if modified < unused_since {
                    tokio::fs::remove_file(entry.path()).await?;
                    removed += 1;
                }
            }
        }
        Ok(removed)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn a_file_is_stored_once_by_its_content() {
        let dir = tempfile::tempdir().unwrap();
        let files = Files::new(dir.path());
        let hash = files.put(b"%PDF-1.7 brev").await.unwrap();
        assert_eq!(files.put(b"%PDF-1.7 brev").await.unwrap(), hash);
        assert_eq!(files.get(&hash).await.unwrap(), b"%PDF-1.7 brev");
        assert_eq!(files.size(&hash).await, Some(13));
        assert_eq!(files.size(&"0".repeat(64)).await, None);
        assert!(files.get("../../etc/passwd").await.is_err());
    }

    #[tokio::test]
    async fn the_sweep_keeps_what_is_referred_to_and_what_is_recent() {
        let dir = tempfile::tempdir().unwrap();
        let files = Files::new(dir.path());
        let kept = files.put(b"%PDF-1.7 et brev").await.unwrap();
        let orphan = files.put(b"%PDF-1.7 afvist").await.unwrap();
        let keep = HashSet::from([kept.clone()]);
        let an_hour_ago = SystemTime::now() - std::time::Duration::from_secs(3600);
        assert_eq!(files.sweep(&keep, an_hour_ago).await.unwrap(), 0, "recent");
        let later = SystemTime::now() + std::time::Duration::from_secs(3600);
        assert_eq!(files.sweep(&keep, later).await.unwrap(), 1);
        assert_eq!(files.size(&orphan).await, None);
        assert!(files.size(&kept).await.is_some());
    }
}
