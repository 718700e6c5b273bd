//! Streaming counts for huge inputs, and UTF-8 checking.

use std::fmt;

use serde::Serialize;

use crate::scan::{CountSink, Driver};
use crate::{lix, Band};

/// Counts words, sentences and long words chunk by chunk, in bounded memory
/// (the counter keeps at most one unfinished token of up to 4 KiB).
///
/// The counts are exactly those of [`crate::analyse`] with
/// [`crate::Format::Text`], however the text is split into chunks.
///
/// ```
/// use klarsprog::{analyse, Format, LixCounter};
/// let text = "Vi har modtaget din ansøgning. Du får svar inden 14 dage.";
/// let mut c = LixCounter::new();
/// c.feed("Vi har modtaget din ansø");
/// c.feed("gning. Du får svar inden 14 dage.");
/// let s = c.finish();
/// let r = analyse(text, Format::Text);
/// assert_eq!((s.words, s.sentences, s.long_words), (r.words, r.sentences, r.long_words));
/// ```
#[derive(Debug)]
pub struct LixCounter {
    driver: Driver<CountSink>,
}

impl Default for LixCounter {
    fn default() -> Self {
        Self::new()
    }
}

impl LixCounter {
    /// A new, empty counter.
    pub fn new() -> Self {
        LixCounter {
            driver: Driver::new(CountSink::default()),
        }
    }

    /// Feeds the next chunk of text.
    pub fn feed(&mut self, chunk: &str) {
        self.driver.feed(chunk);
    }

    /// Ends the text and returns the counts.
    pub fn finish(self) -> Summary {
        let s = self.driver.finish();
        let lix = lix(s.words, s.sentences, s.long_words);
        Summary {
            words: s.words,
            sentences: s.sentences,
            long_words: s.long_words,
            lix,
            band: Band::from_lix(lix),
        }
    }
}

/// The counts from a [`LixCounter`].
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
pub struct Summary {
    /// Number of words.
    pub words: u64,
    /// Number of sentences.
    pub sentences: u64,
    /// Number of words with more than 6 letters.
    pub long_words: u64,
    /// LIX.
    pub lix: f64,
    /// LIX band.
    pub band: Band,
}

/// The input is not valid UTF-8.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct InvalidUtf8 {
    /// Byte offset of the first invalid byte.
    pub offset: usize,
}

impl fmt::Display for InvalidUtf8 {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "Teksten er ikke gyldig UTF-8 ved byte {}. Gem filen som UTF-8 og prøv igen.",
            self.offset
        )
    }
}

impl std::error::Error for InvalidUtf8 {}

/// Checks that `bytes` are UTF-8 and returns them as text.
pub fn decode(bytes: &[u8]) -> Result<&str, InvalidUtf8> {
    std::str::from_utf8(bytes).map_err(|e| InvalidUtf8 {
        offset: e.valid_up_to(),
    })
}
