//! The full analysis: counts, findings, advice.

use std::collections::BTreeMap;

use crate::extract::{self, Extracted};
use crate::scan::{Driver, Sink};
use crate::wordlist::{word_list, WordList};
use crate::{lix, Band, Finding, FindingKind, Format, Report};

/// Sentences longer than this many words are long.
pub(crate) const LONG_SENTENCE: usize = 25;
/// Sentences longer than this many words are very long.
pub(crate) const VERY_LONG_SENTENCE: usize = 35;
/// Paragraphs with at least this many sentences are long.
pub(crate) const LONG_PARAGRAPH: usize = 5;
/// Words with at least this many letters are very long.
pub(crate) const VERY_LONG_WORD: usize = 18;
/// Texts with more words than this need a summary.
pub(crate) const SUMMARY_WORDS: u64 = 300;
/// Texts with at least this LIX need a summary.
pub(crate) const SUMMARY_LIX: f64 = 45.0;

const MODALS: &[&str] = &[
    "skal", "kan", "vil", "må", "bør", "skulle", "kunne", "ville", "måtte", "burde",
];

/// -s verbs that are not passive ("vi skal mødes").
const DEPONENTS: &[&str] = &[
    "mødes", "synes", "lykkes", "enes", "skændes", "følges", "længes", "undres", "trives",
    "findes", "væddes", "brydes", "slides", "omgås", "mindes", "færdes", "blues", "tennes",
];

/// Words after a capitalised "De" or "Dem" that make it the start of a name ("Dem du
/// hjælper", "Dem der kan hjælpe dig", "De nyeste ord"): a relative clause, with or
/// without "der", or "De" as the article of a plural. An old address is followed by a
/// verb, a preposition or a noun instead ("Dem sende", "Dem om", "De kan"). "som" is
/// here only after "Dem": "De som borger" is "you as a citizen".
const STARTS_A_NAME: &[&str] = &[
    "der", "du", "jeg", "vi", "I", "man", "han", "hun", "fleste", "første", "sidste", "nye",
    "nyeste", "ældste", "andre", "samme", "mange", "få", "to", "tre",
];

/// Marks that open a quotation or an aside: a word right after one starts a name (the
/// name of a page, "gå til »Dem du hjælper«"), as a word after a full stop starts a sentence.
const OPENERS: &[char] = &['"', '\'', '«', '»', '„', '“', '‘', '('];

/// Whether the capitalised pronoun at `start..end` in `plain` begins a name or a
/// quotation rather than addressing the reader.
fn begins_a_name(plain: &str, start: usize, end: usize) -> bool {
    let quoted = plain
        .get(..start)
        .and_then(|before| before.trim_end().chars().next_back())
        .is_some_and(|c| OPENERS.contains(&c));
    let next = plain.get(end..).and_then(|after| {
        after
            .split(|c: char| !c.is_alphabetic())
            .find(|w| !w.is_empty())
    });
    // A comma between ("Dem, der har søgt") leaves the clause to the reader: it is found.
    let joined = plain
        .get(end..)
        .is_some_and(|after| after.starts_with(char::is_whitespace));
    let word = plain.get(start..end).unwrap_or("");
    quoted
        || (joined
            && next.is_some_and(|w| STARTS_A_NAME.contains(&w) || (word == "Dem" && w == "som")))
}

/// A finding in extracted-text offsets.
struct Raw {
    kind: FindingKind,
    start: usize,
    end: usize,
    message: String,
    suggestion: Option<String>,
}

#[derive(Default)]
struct Collect {
    words: u64,
    long_words: u64,
    sentences: u64,
    paragraphs: u64,
    sent_words: usize,
    sent_start: usize,
    sent_last: usize,
    prev_modal: Option<usize>,
    para_sentences: usize,
    para_start: Option<usize>,
    para_end: usize,
    long_sentences: Vec<(usize, usize, usize)>,
    long_paragraphs: Vec<(usize, usize, usize)>,
    very_long_words: Vec<(usize, usize, usize)>,
    capitalised: Vec<(usize, usize)>,
    modal_passive: Vec<(usize, usize)>,
}

impl Sink for Collect {
    fn word(&mut self, start: usize, end: usize, letters: usize, text: &str) {
        self.words += 1;
        if letters > 6 {
            self.long_words += 1;
        }
        if letters >= VERY_LONG_WORD {
            self.very_long_words.push((start, end, letters));
        }
        if self.sent_words == 0 {
            self.sent_start = start;
        } else if matches!(text, "De" | "Dem" | "Deres") {
            self.capitalised.push((start, end));
        }
        if let Some(ms) = self.prev_modal {
            if text.chars().count() >= 5
                && text.ends_with("es")
                && text.chars().next().is_some_and(char::is_lowercase)
                && !DEPONENTS.contains(&text)
            {
                self.modal_passive.push((ms, end));
            }
        }
        let maybe_modal = text.len() <= 7
            && matches!(
                text.as_bytes().first(),
                Some(b's' | b'k' | b'v' | b'm' | b'b' | b'S' | b'K' | b'V' | b'M' | b'B')
            );
        self.prev_modal = if maybe_modal && MODALS.iter().any(|m| m.eq_ignore_ascii_case(text)) {
            Some(start)
        } else {
            None
        };
        self.sent_words += 1;
        self.sent_last = end;
        if self.para_start.is_none() {
            self.para_start = Some(start);
        }
    }

    fn sentence_end(&mut self, end: usize) {
        self.prev_modal = None;
        if self.sent_words == 0 {
            return;
        }
        let end = end.max(self.sent_last);
        self.sentences += 1;
        if self.sent_words > LONG_SENTENCE {
            self.long_sentences
                .push((self.sent_start, end, self.sent_words));
        }
        self.sent_words = 0;
        self.para_sentences += 1;
        self.para_end = end;
    }

    fn paragraph_end(&mut self) {
        if let Some(ps) = self.para_start.take() {
            self.paragraphs += 1;
            if self.para_sentences >= LONG_PARAGRAPH {
                self.long_paragraphs
                    .push((ps, self.para_end.max(ps), self.para_sentences));
            }
        }
        self.para_sentences = 0;
    }
}

fn plural(n: usize, one: &str, many: &str) -> String {
    if n == 1 {
        format!("1 {one}")
    } else {
        format!("{n} {many}")
    }
}

/// Analyses `text` in the given format.
pub fn analyse(text: &str, format: Format) -> Report {
    analyse_with_list(text, format, word_list())
}

/// [`analyse`] with a given word list (or the error from loading it).
pub(crate) fn analyse_with_list(
    text: &str,
    format: Format,
    list: Result<&WordList, &str>,
) -> Report {
    let extracted: Option<Extracted> = match format {
        Format::Text => None,
        Format::Markdown => Some(extract::markdown(text)),
        Format::Html => Some(extract::html(text)),
    };
    let plain: &str = extracted.as_ref().map_or(text, |e| e.text.as_str());

    let mut driver = Driver::new(Collect::default());
    driver.feed(plain);
    let c = driver.finish();

    let mut raws: Vec<Raw> = Vec::new();

    for &(s, e, n) in &c.long_sentences {
        let (kind, message) = if n > VERY_LONG_SENTENCE {
            (
                FindingKind::VeryLongSentence,
                format!("Sætningen er meget lang ({n} ord). Del den op i flere korte sætninger."),
            )
        } else {
            (
                FindingKind::LongSentence,
                format!("Sætningen er lang ({n} ord). Del den op, så den højst har 25 ord."),
            )
        };
        raws.push(Raw {
            kind,
            start: s,
            end: e,
            message,
            suggestion: None,
        });
    }
    for &(s, e, n) in &c.long_paragraphs {
        raws.push(Raw {
            kind: FindingKind::LongParagraph,
            start: s,
            end: e,
            message: format!(
                "Afsnittet er langt ({n} sætninger). Del det op, eller brug en punktopstilling."
            ),
            suggestion: None,
        });
    }
    for &(s, e, n) in &c.very_long_words {
        raws.push(Raw {
            kind: FindingKind::VeryLongWord,
            start: s,
            end: e,
            message: format!(
                "Ordet er meget langt ({n} bogstaver). Skriv det om, eller del det op."
            ),
            suggestion: None,
        });
    }
    if let Ok(list) = list {
        phrase_findings(list, plain, &c, &mut raws);
    }

    // Map to the original input.
    let mut findings: Vec<Finding> = raws
        .into_iter()
        .map(|r| {
            let (s, e) = match &extracted {
                None => (r.start, r.end),
                Some(x) => (x.map_start(r.start), x.map_end(r.end)),
            };
            (r, s, e)
        })
        .map(|(r, s, e)| {
            let (s, e) = fit_span(text, s, e);
            Finding {
                kind: r.kind,
                start: s,
                end: e,
                char_start: 0,
                char_end: 0,
                text: text.get(s..e).unwrap_or("").to_string(),
                message: r.message,
                suggestion: r.suggestion,
            }
        })
        .collect();
    findings.extend(cpr_findings(text));
    findings.sort_by_key(|f| (f.start, f.kind, f.end));
    fill_char_offsets(text, &mut findings);

    let lix_value = lix(c.words, c.sentences, c.long_words);
    let band = Band::from_lix(lix_value);
    let needs_summary = c.words > 0
        && (lix_value >= SUMMARY_LIX
            || c.words > SUMMARY_WORDS
            || findings
                .iter()
                .any(|f| f.kind == FindingKind::VeryLongSentence));
    let advice = advice(
        c.words,
        lix_value,
        band,
        &findings,
        needs_summary,
        list.is_err(),
    );
    Report {
        lix: lix_value,
        band,
        words: c.words,
        sentences: c.sentences,
        long_words: c.long_words,
        paragraphs: c.paragraphs,
        findings,
        advice,
        needs_summary,
    }
}

fn phrase_findings(list: &WordList, plain: &str, c: &Collect, raws: &mut Vec<Raw>) {
    let mut taken: Vec<(usize, usize)> = Vec::new();
    for m in list.find(plain) {
        let Some(entry) = list.entry(m.entry) else {
            continue;
        };
        taken.push((m.start, m.end));
        raws.push(Raw {
            kind: entry.kind.into(),
            start: m.start,
            end: m.end,
            message: entry.reason.clone(),
            suggestion: Some(entry.alternative.clone()),
        });
    }
    for &(s, e) in &c.capitalised {
        // Already covered by a phrase ("Deres ærede")?
        let k = taken.partition_point(|&(ts, _)| ts < e);
        if k > 0 && taken[k - 1].1 > s {
            continue;
        }
        let word = plain.get(s..e).unwrap_or("");
        if begins_a_name(plain, s, e) {
            continue;
        }
        let Some(entry) = list.capitalised(word).and_then(|i| list.entry(i)) else {
            continue;
        };
        raws.push(Raw {
            kind: entry.kind.into(),
            start: s,
            end: e,
            message: entry.reason.clone(),
            suggestion: Some(entry.alternative.clone()),
        });
    }
    for &(s, e) in &c.modal_passive {
        // `taken` is sorted by start and its ranges do not overlap.
        let k = taken.partition_point(|&(ts, _)| ts < e);
        if k > 0 && taken[k - 1].1 > s {
            continue;
        }
        let phrase = plain.get(s..e).unwrap_or("");
        raws.push(Raw {
            kind: FindingKind::Passive,
            start: s,
            end: e,
            message: format!(
                "\"{phrase}\" er passiv og skjuler, hvem der skal gøre noget. Skriv hvem: \"du\" eller \"vi\"."
            ),
            suggestion: Some("Skriv aktivt, fx \"Du skal udfylde ...\" eller \"Vi sender ...\"".to_string()),
        });
    }
}

/// Clamps a span to the text and to char boundaries.
fn fit_span(text: &str, s: usize, e: usize) -> (usize, usize) {
    let mut s = s.min(text.len());
    let mut e = e.min(text.len()).max(s);
    while s > 0 && !text.is_char_boundary(s) {
        s -= 1;
    }
    while e < text.len() && !text.is_char_boundary(e) {
        e += 1;
    }
    (s, e)
}

fn fill_char_offsets(text: &str, findings: &mut [Finding]) {
    let mut offsets: Vec<usize> = findings.iter().flat_map(|f| [f.start, f.end]).collect();
    offsets.sort_unstable();
    offsets.dedup();
    let bytes = text.as_bytes();
    let mut map = Vec::with_capacity(offsets.len());
    let (mut pos, mut chars) = (0usize, 0usize);
    for &o in &offsets {
        let o = o.min(bytes.len());
        if o > pos {
            chars += bytes[pos..o]
                .iter()
                .filter(|&&b| (b & 0xC0) != 0x80)
                .count();
            pos = o;
        }
        map.push(chars);
    }
    let lookup = |o: usize| -> usize {
        offsets
            .binary_search(&o)
            .ok()
            .and_then(|i| map.get(i).copied())
            .unwrap_or(0)
    };
    for f in findings {
        f.char_start = lookup(f.start);
        f.char_end = lookup(f.end);
    }
}

fn days_in_month(m: u32, yy: u32) -> u32 {
    match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        // yy % 4 == 0 covers 1904..1996 and 2000..2096 alike.
        2 => {
            if yy.is_multiple_of(4) {
                29
            } else {
                28
            }
        }
        _ => 0,
    }
}

/// Whether six ASCII digits form a plausible date ddmmyy.
fn plausible_date(d: &[u8]) -> bool {
    let n = |i: usize| u32::from(d[i] - b'0') * 10 + u32::from(d[i + 1] - b'0');
    let (dd, mm, yy) = (n(0), n(2), n(4));
    (1..=12).contains(&mm) && dd >= 1 && dd <= days_in_month(mm, yy)
}

/// CPR numbers (ddmmyy-xxxx, ddmmyy xxxx, ddmmyyxxxx) in the original input.
/// The whole input is searched, also code, HTML attributes and scripts: a
/// CPR number must not be published anywhere.
fn cpr_findings(text: &str) -> Vec<Finding> {
    let b = text.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i + 10 <= b.len() {
        // A CPR number starting anywhere in i..=i+5 needs a digit at i+5.
        if !b[i + 5].is_ascii_digit() {
            i += 6;
            continue;
        }
        if !b[i].is_ascii_digit() || (i > 0 && b[i - 1].is_ascii_digit()) {
            i += 1;
            continue;
        }
        let six = b[i..i + 6].iter().all(u8::is_ascii_digit);
        if !six {
            i += 1;
            continue;
        }
        let sep = usize::from(matches!(b.get(i + 6), Some(b'-') | Some(b' ')));
        let rest = i + 6 + sep;
        let four = rest + 4 <= b.len() && b[rest..rest + 4].iter().all(u8::is_ascii_digit);
        let after_ok = b.get(rest + 4).is_none_or(|c| !c.is_ascii_digit());
        let before_ok = i == 0 || !(b[i - 1].is_ascii_alphanumeric() || b[i - 1] == b'.');
        if four && after_ok && before_ok && plausible_date(&b[i..i + 6]) {
            let end = rest + 4;
            out.push(Finding {
                kind: FindingKind::CprNumber,
                start: i,
                end,
                char_start: 0,
                char_end: 0,
                text: text.get(i..end).unwrap_or("").to_string(),
                message: "Teksten ser ud til at indeholde et CPR-nummer. Fjern det, eller skjul det, før teksten bliver delt.".to_string(),
                suggestion: Some("Fjern CPR-nummeret, eller skriv kun fødselsdatoen.".to_string()),
            });
            i = end;
        } else {
            i += 1;
        }
    }
    out
}

fn advice(
    words: u64,
    lix_value: f64,
    band: Band,
    findings: &[Finding],
    needs_summary: bool,
    list_failed: bool,
) -> Vec<String> {
    let mut out = Vec::new();
    if words == 0 {
        out.push("Teksten har ingen ord.".to_string());
        return out;
    }
    out.push(format!(
        "Teksten er {} (LIX {:.0}).",
        band.label_da(),
        lix_value
    ));
    let mut counts: BTreeMap<FindingKind, usize> = BTreeMap::new();
    for f in findings {
        *counts.entry(f.kind).or_default() += 1;
    }
    let n = |k: FindingKind| counts.get(&k).copied().unwrap_or(0);
    let example = |k: FindingKind| -> String {
        findings
            .iter()
            .find(|f| f.kind == k)
            .map(|f| match &f.suggestion {
                Some(s) => format!(", fx \"{}\" → \"{}\"", f.text.to_lowercase(), s),
                None => String::new(),
            })
            .unwrap_or_default()
    };
    let cpr = n(FindingKind::CprNumber);
    if cpr > 0 {
        out.push(format!(
            "Teksten ser ud til at indeholde {}: fjern {}.",
            plural(cpr, "CPR-nummer", "CPR-numre"),
            if cpr == 1 { "det" } else { "dem" }
        ));
    }
    let long = n(FindingKind::LongSentence) + n(FindingKind::VeryLongSentence);
    let very = n(FindingKind::VeryLongSentence);
    if long > 0 {
        let them = if long == 1 { "den" } else { "dem" };
        let line = if very == long {
            format!(
                "{} har over 35 ord: del {them} op.",
                plural(long, "sætning", "sætninger")
            )
        } else if very > 0 {
            format!(
                "{} har over 25 ord ({very} af dem over 35 ord): del {them} op.",
                plural(long, "sætning", "sætninger")
            )
        } else {
            format!(
                "{} har over 25 ord: del {them} op.",
                plural(long, "sætning", "sætninger")
            )
        };
        out.push(line);
    }
    if needs_summary {
        out.push("Begynd med et kort resumé under overskriften \"Kort fortalt\".".to_string());
    }
    let lp = n(FindingKind::LongParagraph);
    if lp > 0 {
        out.push(format!(
            "{} har 5 sætninger eller flere: del {} op, eller brug punktopstilling.",
            plural(lp, "afsnit", "afsnit"),
            if lp == 1 { "det" } else { "dem" }
        ));
    }
    let items: [(FindingKind, &str, &str, &str); 7] = [
        (
            FindingKind::Officialese,
            "kancelliord",
            "kancelliord",
            "skriv, som du ville sige det",
        ),
        (
            FindingKind::Passive,
            "passiv eller upersonlig form",
            "passive eller upersonlige former",
            "skriv, hvem der gør hvad",
        ),
        (
            FindingKind::Nominalisation,
            "udsagnsord gjort til navneord",
            "udsagnsord gjort til navneord",
            "brug udsagnsordet",
        ),
        (
            FindingKind::Jargon,
            "fagord",
            "fagord",
            "brug et almindeligt ord, eller forklar det",
        ),
        (
            FindingKind::Abbreviation,
            "forkortelse",
            "forkortelser",
            "skriv ordene helt ud",
        ),
        (
            FindingKind::OldAddress,
            "gammeldags tiltale",
            "gammeldags tiltaler",
            "skriv \"du\" og \"jeg\"",
        ),
        (
            FindingKind::VeryLongWord,
            "meget langt ord",
            "meget lange ord",
            "skriv dem om",
        ),
    ];
    for (kind, one, many, what) in items {
        let k = n(kind);
        if k > 0 {
            out.push(format!(
                "{}: {what}{}.",
                plural(k, one, many),
                example(kind)
            ));
        }
    }
    if list_failed {
        out.push("Ordlisten kunne ikke indlæses, så ord og vendinger er ikke tjekket.".to_string());
    }
    out
}
