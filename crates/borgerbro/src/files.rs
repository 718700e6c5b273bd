//! Content-addressed files (letter attachments): each stored once under the SHA-256 of
//! its bytes, in a local folder. Written to a temporary name and renamed, so a file is
//! either whole or absent.

use std::io;
use std::path::{Path, PathBuf};

use sha2::{Digest, Sha256};

#[derive(Debug, Clone)]
pub struct Files {
    dir: PathBuf,
}

impl Files {
    pub fn new(dir: impl Into<PathBuf>) -> Self {
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
}
