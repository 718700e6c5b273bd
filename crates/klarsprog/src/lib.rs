//! # klarsprog
//!
//! A Danish plain-language (klarsprog) checker. [`analyse`] counts words,
//! sentences and long words, computes LIX and finds long sentences and
//! paragraphs, very long words, officialese, passive forms, nominalisations,
//! unknown abbreviations, old forms of address and CPR numbers. It works on
//! plain text, Markdown and HTML; all spans point into the original input.
//!
//! [`LixCounter`] counts huge texts chunk by chunk in bounded memory and
//! gives exactly the same counts as [`analyse`] with [`Format::Text`].
//!
//! ```
//! use klarsprog::{analyse, Format};
//! let r = analyse("Du bedes udfylde skemaet. Send det til os.", Format::Text);
//! assert_eq!(r.words, 8);
//! assert_eq!(r.sentences, 2);
//! assert!(r.findings.iter().any(|f| f.text == "bedes"));
//! ```
#![cfg_attr(test, allow(clippy::unwrap_used, clippy::expect_used, clippy::panic))]
#![warn(missing_docs)]

mod analysis;
mod extract;
mod scan;
mod stream;
mod wordlist;

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize, Serializer};

pub use analysis::analyse;
pub use stream::{decode, InvalidUtf8, LixCounter, Summary};
pub use wordlist::{word_list, Entry, EntryKind, WordList, WORD_LIST_TOML};

/// Known abbreviations after which a period does not end a sentence, with a
/// flag for the list-ending ones ("osv.", "mv.", ...).
pub fn sentence_abbreviations() -> &'static [(&'static str, bool)] {
    scan::ABBREVIATIONS
}

/// The input format.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub enum Format {
    /// Plain text.
    Text,
    /// Markdown (CommonMark with tables, footnotes, strikethrough).
    Markdown,
    /// HTML (fragments or documents, broken markup tolerated).
    Html,
}

impl fmt::Display for Format {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Format::Text => "text",
            Format::Markdown => "markdown",
            Format::Html => "html",
        })
    }
}

/// Error from parsing a [`Format`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ParseFormatError(pub String);

impl fmt::Display for ParseFormatError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "ukendt format \"{}\": brug \"text\", \"markdown\" eller \"html\"",
            self.0
        )
    }
}

impl std::error::Error for ParseFormatError {}

impl FromStr for Format {
    type Err = ParseFormatError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s.trim().to_ascii_lowercase().as_str() {
            "text" => Ok(Format::Text),
            "markdown" => Ok(Format::Markdown),
            "html" => Ok(Format::Html),
            _ => Err(ParseFormatError(s.to_string())),
        }
    }
}

/// LIX band (Danish usage).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub enum Band {
    /// LIX under 25.
    MegetLet,
    /// LIX 25 to under 35.
    Let,
    /// LIX 35 to under 45.
    Middel,
    /// LIX 45 to under 55.
    Svaer,
    /// LIX 55 and over.
    MegetSvaer,
}

impl Band {
    /// The band of a LIX value.
    pub fn from_lix(lix: f64) -> Band {
        if lix < 25.0 {
            Band::MegetLet
        } else if lix < 35.0 {
            Band::Let
        } else if lix < 45.0 {
            Band::Middel
        } else if lix < 55.0 {
            Band::Svaer
        } else {
            Band::MegetSvaer
        }
    }

    /// The Danish name of the band.
    pub fn label_da(self) -> &'static str {
        match self {
            Band::MegetLet => "meget let",
            Band::Let => "let",
            Band::Middel => "middel",
            Band::Svaer => "svær",
            Band::MegetSvaer => "meget svær",
        }
    }
}

impl fmt::Display for Band {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.label_da())
    }
}

/// LIX = words / sentences + 100 × long words / words; 0 without words.
pub fn lix(words: u64, sentences: u64, long_words: u64) -> f64 {
    if words == 0 || sentences == 0 {
        return 0.0;
    }
    words as f64 / sentences as f64 + 100.0 * long_words as f64 / words as f64
}

/// What a finding is about.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub enum FindingKind {
    /// A CPR number (personal data).
    CprNumber,
    /// A sentence of more than 35 words.
    VeryLongSentence,
    /// A sentence of 26 to 35 words.
    LongSentence,
    /// A paragraph of 5 sentences or more.
    LongParagraph,
    /// Officialese (kancellisprog).
    Officialese,
    /// Jargon.
    Jargon,
    /// A verb turned into a noun.
    Nominalisation,
    /// A passive or impersonal form.
    Passive,
    /// An abbreviation readers may not know.
    Abbreviation,
    /// An old form of address.
    OldAddress,
    /// A word of 18 letters or more.
    VeryLongWord,
}

impl From<EntryKind> for FindingKind {
    fn from(k: EntryKind) -> Self {
        match k {
            EntryKind::Jargon => FindingKind::Jargon,
            EntryKind::Officialese => FindingKind::Officialese,
            EntryKind::Passive => FindingKind::Passive,
            EntryKind::Nominalisation => FindingKind::Nominalisation,
            EntryKind::Abbreviation => FindingKind::Abbreviation,
            EntryKind::OldAddress => FindingKind::OldAddress,
        }
    }
}

/// One finding, with its place in the original input.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Finding {
    /// What the finding is about.
    pub kind: FindingKind,
    /// Byte offset of the start in the original input.
    pub start: usize,
    /// Byte offset of the end (exclusive) in the original input.
    pub end: usize,
    /// Char offset of the start.
    pub char_start: usize,
    /// Char offset of the end (exclusive).
    pub char_end: usize,
    /// The covered text, `&input[start..end]`.
    pub text: String,
    /// What is wrong, in plain Danish.
    pub message: String,
    /// A plainer alternative, where there is one.
    pub suggestion: Option<String>,
}

fn round1<S: Serializer>(v: &f64, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_f64((v * 10.0).round() / 10.0)
}

/// The result of [`analyse`].
#[derive(Clone, Debug, PartialEq, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Report {
    /// LIX, full precision (serialised with one decimal).
    #[serde(serialize_with = "round1")]
    pub lix: f64,
    /// The LIX band.
    pub band: Band,
    /// Number of words.
    pub words: u64,
    /// Number of sentences (that hold a word).
    pub sentences: u64,
    /// Number of words with more than 6 letters.
    pub long_words: u64,
    /// Number of paragraphs (that hold a word).
    pub paragraphs: u64,
    /// Findings, ordered by position.
    pub findings: Vec<Finding>,
    /// Advice in plain Danish, most helpful first.
    pub advice: Vec<String>,
    /// Whether the text needs a "Kort fortalt" summary.
    pub needs_summary: bool,
}

impl Report {
    /// Average sentence length in words (0 without sentences).
    pub fn words_per_sentence(&self) -> f64 {
        if self.sentences == 0 {
            0.0
        } else {
            self.words as f64 / self.sentences as f64
        }
    }
}

#[cfg(test)]
mod tests;

/// The README's example is compiled and run as a doctest.
#[doc = include_str!("../README.md")]
#[cfg(doctest)]
pub struct ReadmeDoctests;
