//! The counting core: splits text into tokens, words and sentences.
//!
//! The same [`Driver`] is used by [`crate::analyse`] (with the whole text as
//! one chunk) and by [`crate::LixCounter`] (with many chunks), so the two
//! always agree. A token is a maximal run of non-whitespace characters; a
//! token longer than [`MAX_TOKEN`] bytes is cut into pieces of at most that
//! many bytes (at char boundaries), identically in both paths. That keeps the
//! streaming memory bounded.

use std::collections::HashMap;
use std::sync::OnceLock;

/// Longest token (in bytes) handled as one unit.
pub(crate) const MAX_TOKEN: usize = 4096;

/// Abbreviations after which a period does not end the sentence.
/// The flag says whether the abbreviation ends a list ("osv."): then the
/// period does end the sentence when the next word starts with a capital.
pub(crate) const ABBREVIATIONS: &[(&str, bool)] = &[
    ("f.eks.", false),
    ("bl.a.", false),
    ("jf.", false),
    ("jvf.", false),
    ("ca.", false),
    ("kr.", false),
    ("nr.", false),
    ("stk.", false),
    ("pkt.", false),
    ("pr.", false),
    ("evt.", false),
    ("inkl.", false),
    ("ekskl.", false),
    ("dvs.", false),
    ("mht.", false),
    ("vedr.", false),
    ("tlf.", false),
    ("kl.", false),
    ("mio.", false),
    ("mia.", false),
    ("pct.", false),
    ("d.d.", false),
    ("p.t.", false),
    ("hhv.", false),
    ("iflg.", false),
    ("ifm.", false),
    ("ift.", false),
    ("iht.", false),
    ("vha.", false),
    ("pga.", false),
    ("o.l.", false),
    ("ang.", false),
    ("adr.", false),
    ("afd.", false),
    ("alm.", false),
    ("ds.", false),
    ("e.l.", false),
    ("eks.", false),
    ("f.", false),
    ("fhv.", false),
    ("forts.", false),
    ("fr.", false),
    ("gl.", false),
    ("hr.", false),
    ("jur.", false),
    ("kap.", false),
    ("kgl.", false),
    ("lign.", false),
    ("max.", false),
    ("md.", false),
    ("modt.", false),
    ("ndf.", false),
    ("nedenst.", false),
    ("ovenst.", false),
    ("o.a.", false),
    ("o.lign.", false),
    ("obs.", false),
    ("p.a.", false),
    ("p.b.v.", false),
    ("p.g.a.", false),
    ("resp.", false),
    ("s.", false),
    ("sml.", false),
    ("skt.", false),
    ("st.", false),
    ("str.", false),
    ("t.h.", false),
    ("t.v.", false),
    ("tilsv.", false),
    ("vejl.", false),
    ("vol.", false),
    ("årh.", false),
    ("osv.", true),
    ("mv.", true),
    ("m.v.", true),
    ("m.m.", true),
    ("m.fl.", true),
    ("etc.", true),
    ("o.s.v.", true),
];

fn abbreviation_map() -> &'static HashMap<&'static str, bool> {
    static MAP: OnceLock<HashMap<&'static str, bool>> = OnceLock::new();
    MAP.get_or_init(|| ABBREVIATIONS.iter().copied().collect())
}

/// Looks up `core` + "." as a known abbreviation. Returns whether it ends lists.
fn abbreviation(core: &str) -> Option<bool> {
    // The longest core in the list is 7 bytes ("nedenst"); "årh" is 4.
    if core.len() > 7 {
        return None;
    }
    let mut buf = [0u8; 16];
    let key: &str = if core.is_ascii() {
        for (d, s) in buf.iter_mut().zip(core.bytes()) {
            *d = s.to_ascii_lowercase();
        }
        buf[core.len()] = b'.';
        std::str::from_utf8(&buf[..=core.len()]).ok()?
    } else {
        let mut key = String::with_capacity(core.len() + 1);
        for c in core.chars() {
            key.extend(c.to_lowercase());
        }
        key.push('.');
        return abbreviation_map().get(key.as_str()).copied();
    };
    abbreviation_map().get(key).copied()
}

/// Receives the counting events.
pub(crate) trait Sink {
    /// A word at byte range `start..end` with `letters` letters.
    fn word(&mut self, start: usize, end: usize, letters: usize, text: &str);
    /// The current sentence ends at byte offset `end` (ignored if it holds no word).
    fn sentence_end(&mut self, end: usize);
    /// The current paragraph ends.
    fn paragraph_end(&mut self);
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Pending {
    None,
    /// "17." : ends unless the next word starts with a lowercase letter.
    Number,
    /// "H." : ends unless the next word starts with a capital.
    Initial,
    /// "osv." : ends only if the next word starts with a capital.
    ListAbbrev,
    /// "Bemærk:" : ends only if the next word starts with a capital.
    Colon,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum CoreKind {
    Url,
    Abbrev,
    Number,
    Initial,
    Other,
}

/// Sentence state machine over tokens and whitespace.
#[derive(Debug)]
pub(crate) struct Scanner {
    pending: Pending,
    pending_end: usize,
    last_token_end: usize,
    gap_newlines: u32,
    prev_cr: bool,
}

pub(crate) fn is_newline(c: char) -> bool {
    matches!(
        c,
        '\n' | '\r' | '\u{0B}' | '\u{0C}' | '\u{85}' | '\u{2028}' | '\u{2029}'
    )
}

fn is_terminal(c: char) -> bool {
    matches!(c, '.' | '!' | '?' | ';' | '…')
}

fn is_joiner(c: char) -> bool {
    matches!(c, '-' | '\'' | '’' | '\u{2011}')
}

const TLDS: &[&str] = &[
    "dk", "com", "org", "net", "eu", "gov", "edu", "io", "info", "fo", "gl", "uk", "fr", "biz",
    "app", "dev", "int", "nl", "fi", "is",
];

/// URLs, e-mail addresses and web domains are not words.
pub(crate) fn is_url_like(core: &str) -> bool {
    let b = core.as_bytes();
    if !b.iter().any(|&x| x == b'.' || x == b':' || x == b'@') {
        return false;
    }
    if core.contains("://") {
        return true;
    }
    let lower_starts =
        |p: &str| b.len() >= p.len() && b[..p.len()].eq_ignore_ascii_case(p.as_bytes());
    if lower_starts("www.") || lower_starts("mailto:") {
        return true;
    }
    if let Some(at) = core.find('@') {
        if at > 0 && core[at + 1..].contains('.') {
            return true;
        }
    }
    let host = match core.find('/') {
        Some(i) => &core[..i],
        None => core,
    };
    let Some(dot) = host.rfind('.') else {
        return false;
    };
    if dot == 0 {
        return false;
    }
    let tld = &host[dot + 1..];
    if !TLDS.iter().any(|t| t.eq_ignore_ascii_case(tld)) {
        return false;
    }
    host.bytes()
        .all(|x| x.is_ascii_alphanumeric() || x == b'.' || x == b'-' || x >= 0x80)
        && !host.contains("..")
}

/// "bl.a"-like cores of short letter runs joined by single periods, all
/// lowercase or all single capitals ("H.C"). Returns `Some(initials)`.
fn dotted_short(core: &str) -> Option<bool> {
    if !core.contains('.') {
        return None;
    }
    let mut all_lower = true;
    let mut all_single_upper = true;
    for run in core.split('.') {
        let n = run.chars().count();
        if n == 0 || n > 3 || !run.chars().all(char::is_alphabetic) {
            return None;
        }
        if !run.chars().all(char::is_lowercase) {
            all_lower = false;
        }
        if !(n == 1 && run.chars().all(char::is_uppercase)) {
            all_single_upper = false;
        }
    }
    if all_single_upper {
        Some(true)
    } else if all_lower {
        Some(false)
    } else {
        None
    }
}

impl Scanner {
    pub(crate) fn new() -> Self {
        Scanner {
            pending: Pending::None,
            pending_end: 0,
            last_token_end: 0,
            gap_newlines: 0,
            prev_cr: false,
        }
    }

    pub(crate) fn whitespace<S: Sink>(&mut self, c: char, sink: &mut S) {
        if is_newline(c) {
            if c == '\n' && self.prev_cr {
                self.prev_cr = false;
                return;
            }
            self.prev_cr = c == '\r';
            self.pending = Pending::None;
            sink.sentence_end(self.last_token_end);
            self.gap_newlines += 1;
            if self.gap_newlines == 2 {
                sink.paragraph_end();
            }
        } else {
            self.prev_cr = false;
        }
    }

    fn end_sentence<S: Sink>(&mut self, end: usize, sink: &mut S) {
        self.pending = Pending::None;
        sink.sentence_end(end);
    }

    fn resolve<S: Sink>(&mut self, first: char, sink: &mut S) {
        let ends = match self.pending {
            Pending::None => false,
            Pending::Number => !first.is_lowercase(),
            Pending::Initial => !first.is_uppercase(),
            Pending::ListAbbrev | Pending::Colon => first.is_uppercase(),
        };
        if ends {
            sink.sentence_end(self.pending_end);
        }
        self.pending = Pending::None;
    }

    pub(crate) fn token<S: Sink>(&mut self, tok: &str, start: usize, sink: &mut S) {
        if !self.token_fast(tok, start, sink) {
            self.token_general(tok, start, sink);
        }
    }

    /// Fast path for the common token: letters from ASCII and Latin-1 only
    /// (one word, no joiners), then ASCII punctuation. Gives exactly the
    /// same events as [`Scanner::token_general`] (checked by a test).
    fn token_fast<S: Sink>(&mut self, tok: &str, start: usize, sink: &mut S) -> bool {
        let b = tok.as_bytes();
        let mut i = 0;
        let mut letters = 0usize;
        while i < b.len() {
            let x = b[i];
            if x.is_ascii_alphabetic() {
                i += 1;
            } else if x == 0xC3
                && i + 1 < b.len()
                && (0x80..=0xBF).contains(&b[i + 1])
                && b[i + 1] != 0x97
                && b[i + 1] != 0xB7
            {
                i += 2;
            } else {
                break;
            }
            letters += 1;
        }
        if letters == 0
            || !b[i..]
                .iter()
                .all(|&x| x.is_ascii() && !x.is_ascii_alphanumeric())
        {
            return false;
        }
        let upper = if b[0] < 0x80 {
            b[0].is_ascii_uppercase()
        } else {
            b[1] <= 0x9E
        };
        self.gap_newlines = 0;
        self.prev_cr = false;
        let end = start + tok.len();
        let first = if upper { 'A' } else { 'a' };
        self.resolve(first, sink);
        let core = &tok[..i];
        let trail = &tok[i..];
        let mut abbrev = None;
        if trail.starts_with('.') {
            abbrev = abbreviation(core);
        }
        sink.word(start, start + i, letters, core);
        let kind = if abbrev.is_some() {
            CoreKind::Abbrev
        } else if letters == 1 && upper {
            CoreKind::Initial
        } else {
            CoreKind::Other
        };
        self.trail(trail, kind, abbrev, end, sink);
        true
    }

    pub(crate) fn token_general<S: Sink>(&mut self, tok: &str, start: usize, sink: &mut S) {
        self.gap_newlines = 0;
        self.prev_cr = false;
        let end = start + tok.len();
        let Some((lead, first)) = tok.char_indices().find(|(_, c)| c.is_alphanumeric()) else {
            // Punctuation only: "?" or "..." on their own end the sentence.
            if tok.chars().any(is_terminal) {
                self.end_sentence(end, sink);
            }
            self.last_token_end = end;
            return;
        };
        self.resolve(first, sink);
        let core_end = tok
            .char_indices()
            .rev()
            .find(|(_, c)| c.is_alphanumeric())
            .map_or(lead, |(i, c)| i + c.len_utf8());
        let core = &tok[lead..core_end];
        let trail = &tok[core_end..];
        let base = start + lead;

        let mut abbrev = None;
        let kind = if is_url_like(core) {
            CoreKind::Url
        } else if let Some(le) = trail.starts_with('.').then(|| abbreviation(core)).flatten() {
            abbrev = Some(le);
            let letters = core.chars().filter(|c| c.is_alphabetic()).count();
            if letters > 0 {
                sink.word(base, base + core.len(), letters, core);
            }
            CoreKind::Abbrev
        } else if !core.chars().any(char::is_alphabetic) {
            CoreKind::Number
        } else {
            self.words(core, base, sink)
        };

        self.trail(trail, kind, abbrev, end, sink);
    }

    /// Handles the punctuation after the last letter or digit of a token.
    /// `abbrev` is `Some(list_ending)` if the core is a known abbreviation
    /// that takes the first period.
    fn trail<S: Sink>(
        &mut self,
        trail: &str,
        kind: CoreKind,
        abbrev: Option<bool>,
        end: usize,
        sink: &mut S,
    ) {
        let mut periods = 0u32;
        let mut strong = false;
        let mut colon = false;
        let mut skip = abbrev.is_some();
        for c in trail.chars() {
            match c {
                '.' if skip => skip = false,
                '.' => periods += 1,
                '…' => periods += 3,
                '!' | '?' | ';' => strong = true,
                ':' => colon = true,
                _ => {}
            }
        }
        if strong || periods >= 2 {
            self.end_sentence(end, sink);
        } else if periods == 1 {
            match kind {
                CoreKind::Number => self.set_pending(Pending::Number, end),
                CoreKind::Initial => self.set_pending(Pending::Initial, end),
                _ => self.end_sentence(end, sink),
            }
        } else if abbrev == Some(true) {
            self.set_pending(Pending::ListAbbrev, end);
        } else if colon {
            self.set_pending(Pending::Colon, end);
        }
        self.last_token_end = end;
    }

    fn set_pending(&mut self, p: Pending, end: usize) {
        self.pending = p;
        self.pending_end = end;
    }

    /// Emits the words of a core that holds at least one letter.
    fn words<S: Sink>(&mut self, core: &str, base: usize, sink: &mut S) -> CoreKind {
        if let Some(initials) = dotted_short(core) {
            let letters = core.chars().filter(|c| c.is_alphabetic()).count();
            sink.word(base, base + core.len(), letters, core);
            return if initials {
                CoreKind::Initial
            } else {
                CoreKind::Other
            };
        }
        let mut word_start: Option<usize> = None;
        let mut letters = 0usize;
        let mut saw_terminal = false;
        let mut count = 0usize;
        let mut single_upper = false;
        let mut iter = core.char_indices().peekable();
        while let Some((i, c)) = iter.next() {
            if c.is_alphabetic() {
                if word_start.is_none() {
                    if saw_terminal && c.is_uppercase() {
                        sink.sentence_end(base + i);
                    }
                    saw_terminal = false;
                    word_start = Some(i);
                    letters = 0;
                }
                letters += 1;
            } else {
                if let Some(ws) = word_start {
                    if is_joiner(c) && iter.peek().is_some_and(|(_, n)| n.is_alphabetic()) {
                        continue;
                    }
                    single_upper = letters == 1 && core[ws..i].chars().all(char::is_uppercase);
                    sink.word(base + ws, base + i, letters, &core[ws..i]);
                    count += 1;
                    word_start = None;
                }
                if is_terminal(c) {
                    saw_terminal = true;
                } else if c.is_alphanumeric() {
                    saw_terminal = false;
                }
            }
        }
        if let Some(ws) = word_start {
            single_upper = letters == 1 && core[ws..].chars().all(char::is_uppercase);
            sink.word(base + ws, base + core.len(), letters, &core[ws..]);
            count += 1;
        }
        if count == 1 && single_upper && core.chars().count() == 1 {
            CoreKind::Initial
        } else {
            CoreKind::Other
        }
    }

    pub(crate) fn finish<S: Sink>(&mut self, sink: &mut S) {
        self.pending = Pending::None;
        sink.sentence_end(self.last_token_end);
        sink.paragraph_end();
    }
}

fn floor_boundary(s: &str, mut i: usize) -> usize {
    if i >= s.len() {
        return s.len();
    }
    while i > 0 && !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// Feeds chunks of text to a [`Scanner`], keeping only an unfinished token
/// (at most [`MAX_TOKEN`] bytes) between chunks.
#[derive(Debug)]
pub(crate) struct Driver<S: Sink> {
    scanner: Scanner,
    carry: String,
    carry_start: usize,
    pos: usize,
    pub(crate) sink: S,
}

impl<S: Sink> Driver<S> {
    pub(crate) fn new(sink: S) -> Self {
        Driver {
            scanner: Scanner::new(),
            carry: String::new(),
            carry_start: 0,
            pos: 0,
            sink,
        }
    }

    fn emit(&mut self, tok: &str, start: usize) {
        let mut t = tok;
        let mut st = start;
        while t.len() > MAX_TOKEN {
            let cut = floor_boundary(t, MAX_TOKEN);
            self.scanner.token(&t[..cut], st, &mut self.sink);
            st += cut;
            t = &t[cut..];
        }
        self.scanner.token(t, st, &mut self.sink);
    }

    fn push_carry(&mut self, piece: &str) {
        let mut p = piece;
        while self.carry.len() + p.len() > MAX_TOKEN {
            let room = MAX_TOKEN - self.carry.len();
            let cut = floor_boundary(p, room);
            self.carry.push_str(&p[..cut]);
            self.flush_carry();
            p = &p[cut..];
        }
        self.carry.push_str(p);
    }

    fn flush_carry(&mut self) {
        if self.carry.is_empty() {
            return;
        }
        let carry = std::mem::take(&mut self.carry);
        self.scanner.token(&carry, self.carry_start, &mut self.sink);
        self.carry_start += carry.len();
        self.carry = carry;
        self.carry.clear();
    }

    pub(crate) fn feed(&mut self, chunk: &str) {
        let base = self.pos;
        self.pos += chunk.len();
        let mut rest = 0;
        if !self.carry.is_empty() {
            let w = chunk.find(char::is_whitespace).unwrap_or(chunk.len());
            self.push_carry(&chunk[..w]);
            if w == chunk.len() {
                return;
            }
            self.flush_carry();
            rest = w;
        }
        let s = &chunk[rest..];
        let off = base + rest;
        let bytes = s.as_bytes();
        let mut tok_start: Option<usize> = None;
        let mut i = 0;
        while i < bytes.len() {
            let x = bytes[i];
            let (c, len) = if x < 0x80 {
                if !matches!(x, b' ' | b'\t'..=b'\r') {
                    if tok_start.is_none() {
                        tok_start = Some(i);
                    }
                    i += 1;
                    continue;
                }
                (x as char, 1)
            } else {
                let c = s[i..].chars().next().unwrap_or(' ');
                if !c.is_whitespace() {
                    if tok_start.is_none() {
                        tok_start = Some(i);
                    }
                    i += c.len_utf8();
                    continue;
                }
                (c, c.len_utf8())
            };
            if let Some(ts) = tok_start.take() {
                self.emit(&s[ts..i], off + ts);
            }
            self.scanner.whitespace(c, &mut self.sink);
            i += len;
        }
        if let Some(ts) = tok_start {
            self.carry_start = off + ts;
            self.push_carry(&s[ts..]);
        }
    }

    pub(crate) fn finish(mut self) -> S {
        self.flush_carry();
        self.scanner.finish(&mut self.sink);
        self.sink
    }
}

/// Counts only: words, long words, sentences.
#[derive(Debug, Default, Clone)]
pub(crate) struct CountSink {
    pub(crate) words: u64,
    pub(crate) long_words: u64,
    pub(crate) sentences: u64,
    in_sentence: bool,
}

impl Sink for CountSink {
    fn word(&mut self, _start: usize, _end: usize, letters: usize, _text: &str) {
        self.words += 1;
        if letters > 6 {
            self.long_words += 1;
        }
        self.in_sentence = true;
    }
    fn sentence_end(&mut self, _end: usize) {
        if self.in_sentence {
            self.sentences += 1;
            self.in_sentence = false;
        }
    }
    fn paragraph_end(&mut self) {}
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[derive(Debug, Default, PartialEq)]
    struct Record(Vec<String>);

    impl Sink for Record {
        fn word(&mut self, start: usize, end: usize, letters: usize, text: &str) {
            self.0.push(format!("w {start} {end} {letters} {text}"));
        }
        fn sentence_end(&mut self, end: usize) {
            self.0.push(format!("s {end}"));
        }
        fn paragraph_end(&mut self) {
            self.0.push("p".to_string());
        }
    }

    fn run(tokens: &[String], fast: bool) -> Record {
        let mut sc = Scanner::new();
        let mut rec = Record::default();
        let mut pos = 0;
        for t in tokens {
            if fast {
                sc.token(t, pos, &mut rec);
            } else {
                sc.token_general(t, pos, &mut rec);
            }
            pos += t.len() + 1;
        }
        sc.finish(&mut rec);
        rec
    }

    proptest! {
        /// The fast path gives exactly the events of the general path.
        #[test]
        fn fast_path_equals_general_path(tokens in proptest::collection::vec(
            "[a-zA-ZæøåÆØÅéüßÀ×÷0-9.,;:!?'’\"()-]{1,8}", 0..20)) {
            prop_assert_eq!(run(&tokens, true), run(&tokens, false));
        }
    }

    #[test]
    fn fast_path_equals_general_path_on_examples() {
        let t: Vec<String> =
            "Hej. H. C. Andersen osv. Det ÆBLE æble ß× ca. 17. maj Bemærk: Du, (ja) Årh. kr.!"
                .split(' ')
                .map(String::from)
                .collect();
        assert_eq!(run(&t, true), run(&t, false));
    }
}
