//! The ZIP's writer: a blocking thread that owns the ZIP and a temporary file (deleted
//! when closed), fed through a bounded channel, so neither the ZIP nor its letters are
//! ever in memory whole and the async side never blocks on a disk write. The letters'
//! PDFs are set here too, off the async threads, the letters waiting in the channel
//! together on every core.

use std::fs::File;
use std::io::{BufWriter, Read, Seek, SeekFrom, Write};
use std::sync::Arc;

use axum::body::{Body, Bytes};
use tokio::sync::mpsc;
use tokio::task::JoinHandle;
use zip::write::SimpleFileOptions;
use zip::{CompressionMethod, ZipWriter};

use super::ExportError;
use crate::config::AuthorityProfile;
use crate::people::Profile;
use crate::post::{Attachment, Letter};

/// Pieces in flight between the reader of the database and the writer: a few pages'
/// worth at most.
const IN_FLIGHT: usize = 16;

/// A letter to set as its paper copy and write under `path`.
pub(crate) struct LetterJob {
    pub path: String,
    pub letter: Letter,
    pub recipient: Option<Profile>,
    pub attachments: Vec<Attachment>,
}

pub(crate) enum Piece {
    /// A new file in the ZIP: its path, and whether to compress it (a PDF barely
    /// shrinks, so it is stored).
    Start(String, bool),
    /// More of the file last started.
    Bytes(Vec<u8>),
    Letter(Box<LetterJob>),
}

/// The finished ZIP, in a temporary file that is deleted when this is dropped.
pub struct ExportFile {
    file: File,
    pub len: u64,
}

impl ExportFile {
    /// The file as a response body, read a chunk at a time by a blocking thread.
    pub fn into_body(self) -> Body {
        let (tx, rx) = mpsc::channel::<std::io::Result<Bytes>>(4);
        let mut file = self.file;
        tokio::task::spawn_blocking(move || {
            let mut buffer = vec![0; 64 * 1024];
            loop {
                let chunk = match file.read(&mut buffer) {
                    Ok(0) => return,
                    Ok(n) => Ok(Bytes::copy_from_slice(&buffer[..n])),
                    Err(error) => Err(error),
                };
                let failed = chunk.is_err();
                // The reader went away: stop reading.
                if tx.blocking_send(chunk).is_err() || failed {
                    return;
                }
            }
        });
        Body::from_stream(futures_util::stream::unfold(rx, |mut rx| async move {
            rx.recv().await.map(|chunk| (chunk, rx))
        }))
    }
}

/// The async side's end of the writer.
pub(crate) struct ZipSink {
    tx: mpsc::Sender<Piece>,
    task: JoinHandle<Result<ExportFile, ExportError>>,
}

impl ZipSink {
    pub(crate) fn start(authority: Arc<AuthorityProfile>) -> Self {
        let (tx, rx) = mpsc::channel(IN_FLIGHT);
        let task = tokio::task::spawn_blocking(move || write(rx, &authority));
        Self { tx, task }
    }

    pub(crate) async fn send(&self, piece: Piece) -> Result<(), ExportError> {
        self.tx
            .send(piece)
            .await
            .map_err(|_| ExportError::Write(std::io::Error::other("the ZIP writer stopped")))
    }

    /// Closes the ZIP and answers its file, rewound.
    pub(crate) async fn finish(self) -> Result<ExportFile, ExportError> {
        drop(self.tx);
        self.task
            .await
            .map_err(|e| ExportError::Write(std::io::Error::other(e)))?
    }
}

/// The most letters set together: as many as the channel holds.
const LETTERS_AT_ONCE: usize = IN_FLIGHT;

/// One letter's paper copy as a PDF.
fn set(job: LetterJob, authority: &AuthorityProfile) -> (String, Vec<u8>) {
    let LetterJob {
        path,
        letter,
        recipient,
        attachments,
    } = job;
    let (pages, lang) = crate::post::letter_pages(authority, letter, recipient, &attachments);
    let pdf = typeset::write_pdf_in(&crate::post::paper::PAGE, pages, Some(&lang));
    (path, pdf)
}

/// The letters' PDFs in their order, set on as many threads as there are cores.
fn set_all(letters: Vec<LetterJob>, authority: &AuthorityProfile) -> Vec<(String, Vec<u8>)> {
    let cores = std::thread::available_parallelism().map_or(1, usize::from);
    let per_thread = letters.len().div_ceil(cores).max(1);
    let mut letters = letters.into_iter();
    let shares: Vec<Vec<LetterJob>> = std::iter::from_fn(|| {
        let share: Vec<LetterJob> = letters.by_ref().take(per_thread).collect();
        (!share.is_empty()).then_some(share)
    })
    .collect();
    std::thread::scope(|scope| {
        let handles: Vec<_> = shares
            .into_iter()
            .map(|share| {
                scope.spawn(move || {
                    share
                        .into_iter()
                        .map(|job| set(job, authority))
                        .collect::<Vec<_>>()
                })
            })
            .collect();
        handles
            .into_iter()
            .flat_map(|handle| {
                handle
                    .join()
                    .unwrap_or_else(|panic| std::panic::resume_unwind(panic))
            })
            .collect()
    })
}

fn write(
    mut rx: mpsc::Receiver<Piece>,
    authority: &AuthorityProfile,
) -> Result<ExportFile, ExportError> {
    let mut zip = ZipWriter::new(BufWriter::new(tempfile::tempfile()?));
    let deflated = SimpleFileOptions::default().compression_method(CompressionMethod::Deflated);
    let stored = SimpleFileOptions::default().compression_method(CompressionMethod::Stored);
    let mut waiting = rx.blocking_recv();
    while let Some(piece) = waiting.take() {
        match piece {
            Piece::Start(path, compress) => {
                zip.start_file(path, if compress { deflated } else { stored })?;
            }
            Piece::Bytes(bytes) => zip.write_all(&bytes)?,
            Piece::Letter(job) => {
                // The letters already in the channel are set together, on every core:
                // setting PDFs is most of an export's time. What follows them waits.
                let mut letters = vec![*job];
                while letters.len() < LETTERS_AT_ONCE {
                    match rx.try_recv() {
                        Ok(Piece::Letter(job)) => letters.push(*job),
                        Ok(other) => {
                            waiting = Some(other);
                            break;
                        }
                        Err(_) => break,
                    }
                }
                for (path, pdf) in set_all(letters, authority) {
                    zip.start_file(path, stored)?;
                    zip.write_all(&pdf)?;
                }
            }
        }
        if waiting.is_none() {
            waiting = rx.blocking_recv();
        }
    }
    let mut file = zip
        .finish()?
        .into_inner()
        .map_err(|e| ExportError::Write(e.into_error()))?;
    let len = file.seek(SeekFrom::End(0))?;
    file.seek(SeekFrom::Start(0))?;
    Ok(ExportFile { file, len })
}
