//! The word list (`data/ordliste.toml`): jargon, officialese, passive and
//! impersonal phrases, nominalisations, abbreviations and old forms of
//! address, each with a plainer alternative and a short reason.

use std::collections::HashMap;
use std::sync::OnceLock;

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, AhoCorasickKind, Input, MatchKind};
use serde::{Deserialize, Serialize};

/// The embedded word list as TOML.
pub const WORD_LIST_TOML: &str = include_str!("../data/ordliste.toml");

/// What kind of problem a word-list entry describes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Deserialize, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum EntryKind {
    /// Words of the trade that ordinary readers do not use.
    Jargon,
    /// Stiff, old-fashioned official language (kancellisprog).
    Officialese,
    /// Passive or impersonal forms that hide who does what.
    Passive,
    /// Verbs turned into nouns ("foretage en vurdering").
    Nominalisation,
    /// Abbreviations readers may not know.
    Abbreviation,
    /// Old, formal forms of address ("De", "undertegnede").
    OldAddress,
}

/// One entry of the word list.
#[derive(Clone, Debug, Deserialize, Serialize, PartialEq, Eq)]
pub struct Entry {
    /// The word or phrase, as written in the list.
    pub phrase: String,
    /// The kind of problem.
    pub kind: EntryKind,
    /// A plainer alternative.
    pub alternative: String,
    /// Why it is a problem, in plain Danish.
    pub reason: String,
    /// Match only as written (capitalised) and only in the middle of a
    /// sentence. Used for "De", "Dem" and "Deres".
    #[serde(default)]
    pub capitalised_mid_sentence: bool,
}

#[derive(Deserialize)]
struct FileFormat {
    entry: Vec<Entry>,
}

/// The parsed word list and its matcher.
#[derive(Debug)]
pub struct WordList {
    entries: Vec<Entry>,
    matcher: Option<AhoCorasick>,
    /// Pattern index -> entry index.
    pattern_entry: Vec<usize>,
    capitalised: HashMap<String, usize>,
}

/// Lowercases `c` when that keeps its UTF-8 length (true for all Danish
/// letters), so that offsets in the lowered text equal offsets in the source.
fn lower_same_len(c: char) -> char {
    let mut it = c.to_lowercase();
    match (it.next(), it.next()) {
        (Some(l), None) if l.len_utf8() == c.len_utf8() => l,
        _ => c,
    }
}

/// A lowercased copy of `text` with every whitespace run collapsed to one
/// space, plus a sparse map `(normalised offset, original offset)` marking
/// where the offset difference changes. Done in place on a byte copy: ASCII
/// and Latin-1 in bulk, other characters one by one.
fn normalise_text(text: &str) -> Option<(String, Vec<(usize, usize)>)> {
    let mut v = text.as_bytes().to_vec();
    for b in v.iter_mut() {
        let x = *b;
        let upper = x.wrapping_sub(b'A') < 26;
        let space = x.wrapping_sub(b'\t') < 5;
        *b = if upper {
            x + 32
        } else if space {
            b' '
        } else {
            x
        };
    }
    let mut i = 0;
    while let Some(p) = v[i..].iter().position(|&b| b >= 0xC0) {
        let j = i + p;
        if v[j] == 0xC3 && j + 1 < v.len() {
            let n = v[j + 1];
            if (0x80..=0x9E).contains(&n) && n != 0x97 {
                v[j + 1] = n + 0x20;
            }
            i = j + 2;
            continue;
        }
        let c = text.get(j..)?.chars().next()?;
        let len = c.len_utf8();
        if c.is_whitespace() {
            v[j..j + len].fill(b' ');
        } else {
            let l = lower_same_len(c);
            if l != c {
                l.encode_utf8(&mut v[j..j + len]);
            }
        }
        i = j + len;
    }
    let mut shifts = vec![(0usize, 0usize)];
    let len = v.len();
    let (mut w, mut r) = (0usize, 0usize);
    loop {
        let Some(k) = memchr::memmem::find(&v[r..], b"  ").map(|k| k + r) else {
            v.copy_within(r..len, w);
            w += len - r;
            break;
        };
        v.copy_within(r..=k, w);
        w += k + 1 - r;
        let mut e = k + 1;
        while e < len && v[e] == b' ' {
            e += 1;
        }
        shifts.push((w, e));
        r = e;
    }
    v.truncate(w);
    String::from_utf8(v).ok().map(|s| (s, shifts))
}

/// Normalises a phrase for matching: lowercase, single spaces.
fn normalise_phrase(p: &str) -> String {
    let mut out = String::with_capacity(p.len());
    for w in p.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.extend(w.chars().map(lower_same_len));
    }
    out
}

/// Parses a word list from TOML.
pub fn parse(toml_text: &str) -> Result<WordList, String> {
    let file: FileFormat = toml::from_str(toml_text).map_err(|e| e.to_string())?;
    let mut patterns = Vec::new();
    let mut pattern_entry = Vec::new();
    let mut capitalised = HashMap::new();
    for (i, e) in file.entry.iter().enumerate() {
        if e.capitalised_mid_sentence {
            capitalised.insert(e.phrase.trim().to_string(), i);
            continue;
        }
        let p = normalise_phrase(&e.phrase);
        if p.is_empty() {
            return Err(format!("entry {} has an empty phrase", i + 1));
        }
        patterns.push(p);
        pattern_entry.push(i);
    }
    let matcher = if patterns.is_empty() {
        None
    } else {
        Some(
            AhoCorasickBuilder::new()
                .match_kind(MatchKind::LeftmostLongest)
                .kind(Some(AhoCorasickKind::DFA))
                .build(&patterns)
                .map_err(|e| e.to_string())?,
        )
    };
    Ok(WordList {
        entries: file.entry,
        matcher,
        pattern_entry,
        capitalised,
    })
}

/// The embedded word list, parsed once. An error (which a unit test rules
/// out) is reported, never a panic.
pub fn word_list() -> Result<&'static WordList, &'static str> {
    static LIST: OnceLock<Result<WordList, String>> = OnceLock::new();
    match LIST.get_or_init(|| parse(WORD_LIST_TOML)) {
        Ok(l) => Ok(l),
        Err(e) => Err(e.as_str()),
    }
}

/// A phrase found in the text: byte range and entry.
#[derive(Debug, Clone, Copy)]
pub(crate) struct PhraseMatch {
    pub(crate) start: usize,
    pub(crate) end: usize,
    pub(crate) entry: usize,
}

impl WordList {
    /// All entries.
    pub fn entries(&self) -> &[Entry] {
        &self.entries
    }

    pub(crate) fn entry(&self, i: usize) -> Option<&Entry> {
        self.entries.get(i)
    }

    /// Entry for a capitalised form of address ("De", "Dem", "Deres").
    pub(crate) fn capitalised(&self, word: &str) -> Option<usize> {
        self.capitalised.get(word).copied()
    }

    /// Finds the phrases in `text`: case-insensitive, across any whitespace,
    /// on word boundaries only.
    pub(crate) fn find(&self, text: &str) -> Vec<PhraseMatch> {
        let mut found = Vec::new();
        let Some(ac) = &self.matcher else {
            return found;
        };
        let Some((norm, shifts)) = normalise_text(text) else {
            return found;
        };
        let map = |n: usize| -> usize {
            let k = shifts.partition_point(|&(ns, _)| ns <= n);
            let (ns, os) = shifts[k.saturating_sub(1)];
            os + (n - ns)
        };
        let mut pos = 0;
        while pos < norm.len() {
            let Some(m) = ac.find(Input::new(&norm).range(pos..)) else {
                break;
            };
            let before_ok = norm[..m.start()]
                .chars()
                .next_back()
                .is_none_or(|c| !c.is_alphanumeric());
            let after_ok = norm[m.end()..]
                .chars()
                .next()
                .is_none_or(|c| !c.is_alphanumeric());
            let last_alnum = norm[m.start()..m.end()]
                .chars()
                .next_back()
                .is_some_and(char::is_alphanumeric);
            if before_ok && (after_ok || !last_alnum) {
                if let Some(&entry) = self.pattern_entry.get(m.pattern().as_usize()) {
                    found.push(PhraseMatch {
                        start: map(m.start()),
                        end: map(m.end() - 1) + 1,
                        entry,
                    });
                }
                pos = m.end();
            } else {
                pos = m.start() + norm[m.start()..].chars().next().map_or(1, char::len_utf8);
            }
        }
        found
    }
}
