//! One print job of a letter and its attachments: the letter's own PDF (from `paper`),
//! then each attachment's pages, in one file the front desk prints in one go.
//!
//! Attachments are whatever PDFs senders uploaded, so reading one may fail in any way, a
//! panic in the reader included. Such an attachment is left out of the file and the
//! letter says it must be printed on its own; it never stops the print of the rest. The
//! limits of `pdf_limits` are checked before lopdf reads a file (files stored before the
//! upload checked them are among those printed), so reading one costs bounded time and
//! memory.

use std::panic::{catch_unwind, AssertUnwindSafe};

use lopdf::{dictionary, Document, LoadOptions, Object};

use super::pdf_limits::{self, TooComplex};

/// Why an attachment cannot go in the print job.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum Unmergeable {
    #[error("the PDF cannot be read")]
    Unreadable,
    /// Opening it may need a password or software that decrypts: a person at a PDF
    /// reader prints it, not us.
    #[error("the PDF is encrypted")]
    Encrypted,
    #[error("the PDF has no pages")]
    NoPages,
    /// Reading it whole would cost more memory or time than the limits allow.
    #[error("the PDF is too complex: {0}")]
    TooComplex(#[from] TooComplex),
}

/// A PDF read and found fit to merge, with what it costs in memory
/// (`pdf_limits::Checked::cost`).
pub struct Part(Document, u64);

impl Part {
    /// Reads a PDF to merge: within the limits, whole, not encrypted, with at least one
    /// page.
    pub fn read(bytes: &[u8]) -> Result<Part, Unmergeable> {
        Part::read_within(bytes, u64::MAX)
    }

    /// As [`Part::read`], and only when it costs at most `memory` bytes parsed: what is
    /// left of a print round, so no PDF made holds more than a round, whatever the first
    /// letter of a round holds.
    pub(crate) fn read_within(bytes: &[u8], memory: u64) -> Result<Part, Unmergeable> {
        let cost = pdf_limits::check(bytes)?.cost();
        if cost > memory {
            return Err(TooComplex::Memory.into());
        }
        let options = || LoadOptions {
            // Again at loading, should lopdf decode a stream the check did not see.
            max_decompressed_size: usize::try_from(pdf_limits::MAX_STREAM_INFLATED).ok(),
            ..LoadOptions::default()
        };
        let document = catch_unwind(|| Document::load_mem_with_options(bytes, options()))
            .ok()
            .and_then(Result::ok)
            .ok_or(Unmergeable::Unreadable)?;
        if document.was_encrypted() || document.is_encrypted() {
            return Err(Unmergeable::Encrypted);
        }
        if document.get_pages().is_empty() {
            return Err(Unmergeable::NoPages);
        }
        Ok(Part(document, cost))
    }

    /// What it holds in memory, about.
    pub fn cost(&self) -> u64 {
        self.1
    }

    pub fn pages(&self) -> usize {
        self.0.get_pages().len()
    }
}

#[derive(Debug, thiserror::Error)]
pub enum MergeError {
    #[error("merging PDFs failed: {0}")]
    Pdf(#[from] lopdf::Error),
    #[error("writing the merged PDF failed: {0}")]
    Write(#[from] std::io::Error),
    #[error("merging PDFs failed: the reader gave up")]
    Panicked,
    /// Our own letter's PDF did not read back: a fault of ours, never of the sender's.
    #[error("the letter's own PDF: {0}")]
    Letter(#[from] Unmergeable),
}

/// Puts the parts one after the other in one PDF. Each part's page tree goes whole
/// under a new root, rather than its pages one by one, so what a page inherits from its
/// own tree (media box, resources, rotation) stays as its author made it.
pub fn merge(parts: Vec<Part>) -> Result<Vec<u8>, MergeError> {
    catch_unwind(AssertUnwindSafe(|| merge_parts(parts))).map_err(|_| MergeError::Panicked)?
}

fn merge_parts(parts: Vec<Part>) -> Result<Vec<u8>, MergeError> {
    let mut merged = Document::with_version("1.7");
    let root = merged.try_new_object_id()?;
    let mut kids = Vec::with_capacity(parts.len());
    let mut count: i64 = 0;
    for Part(mut document, _) in parts {
        // Objects nothing refers to (old object streams, a replaced catalog) would keep
        // references the renumbering does not see.
        document.prune_objects();
        document.renumber_objects_with(merged.max_id + 1);
        let tree = document.catalog()?.get(b"Pages")?.as_reference()?;
        count += i64::try_from(document.get_pages().len()).unwrap_or(i64::MAX);
        document
            .get_object_mut(tree)?
            .as_dict_mut()?
            .set("Parent", Object::Reference(root));
        kids.push(Object::Reference(tree));
        merged.max_id = merged.max_id.max(document.max_id);
        merged.objects.extend(document.objects);
    }
    merged.objects.insert(
        root,
        Object::Dictionary(dictionary! {
            "Type" => "Pages",
            "Kids" => kids,
            "Count" => count,
        }),
    );
    let catalog = merged.try_add_object(dictionary! {
        "Type" => "Catalog",
        "Pages" => root,
    })?;
    merged.trailer.set("Root", catalog);
    let mut bytes = Vec::new();
    merged.save_to(&mut bytes)?;
    Ok(bytes)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::post::paper::render;
    use crate::post::paper::tests::{letter, long_body};

    fn pages(bytes: &[u8]) -> Vec<String> {
        let document = Document::load_mem(bytes).unwrap();
        let count = document.get_pages().len() as u32;
        (1..=count)
            .map(|page| document.extract_text(&[page]).unwrap())
            .collect()
    }

    #[test]
    fn parts_follow_one_another_page_for_page() {
        let body = long_body();
        let first = render(&[letter("Brevet selv.")]);
        let second = render(&[letter(&body)]);
        let second_pages = pages(&second).len();
        assert!(second_pages >= 2);
        let parts = vec![Part::read(&first).unwrap(), Part::read(&second).unwrap()];
        let merged = merge(parts).unwrap();
        let text = pages(&merged);
        assert_eq!(text.len(), 1 + second_pages);
        assert!(text[0].contains("Brevet selv."));
        assert!(text[0].contains("Side 1 af 1"));
        assert!(text[1].contains("Side 1 af"));
        assert!(text[second_pages].contains("Afsnit 40."));
    }

    #[test]
    fn broken_and_pageless_pdfs_are_refused_not_merged() {
        assert_eq!(
            Part::read(b"%PDF-1.4\nnot a pdf at all").err(),
            Some(Unmergeable::Unreadable)
        );
        let pageless =
            b"%PDF-1.4\n1 0 obj <</Type /Catalog>> endobj\ntrailer <</Root 1 0 R>>\n%%EOF\n";
        assert!(Part::read(pageless).is_err());
    }

    #[test]
    fn a_pdf_past_the_limits_is_refused_before_it_is_read() {
        use crate::post::pdf_limits::tests::{flate_bomb, object_stream_bomb};
        for bomb in [flate_bomb(), object_stream_bomb()] {
            let started = std::time::Instant::now();
            assert_eq!(
                Part::read(&bomb).err(),
                Some(Unmergeable::TooComplex(TooComplex::StreamInflated))
            );
            assert!(started.elapsed() < std::time::Duration::from_secs(2));
        }
        let letter = render(&[letter("Almindeligt bilag.")]);
        assert!(pdf_limits::check(&letter).is_ok());
        assert_eq!(Part::read(&letter).unwrap().pages(), 1);
    }

    #[test]
    fn an_encrypted_pdf_is_refused_even_when_it_opens_without_a_password() {
        let mut document = Document::load_mem(&render(&[letter("Hemmeligt.")])).unwrap();
        let file_id = Object::string_literal(b"0123456789abcdef".to_vec());
        document.trailer.set("ID", vec![file_id.clone(), file_id]);
        let version = lopdf::EncryptionVersion::V2 {
            document: &document,
            owner_password: "ejer",
            user_password: "",
            key_length: 128,
            permissions: lopdf::Permissions::all(),
        };
        let state = lopdf::EncryptionState::try_from(version).unwrap();
        document.encrypt(&state).unwrap();
        let mut bytes = Vec::new();
        document.save_to(&mut bytes).unwrap();
        assert_eq!(Part::read(&bytes).err(), Some(Unmergeable::Encrypted));
    }
}
