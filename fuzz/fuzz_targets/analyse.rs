//! Fuzzes `klarsprog::analyse` for all three formats.
//!
//! Input: the first byte picks the format (`% 3`: text, markdown, html) and
//! where the text is split for `LixCounter` (`/ 3`, a fraction of the
//! length); the rest are the text's bytes, checked with `klarsprog::decode`.
//!
//! Run from the repo root: `RUSTC_BOOTSTRAP=1 cargo fuzz run analyse`.
#![no_main]

use klarsprog::{analyse, decode, Format, LixCounter};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Some((&selector, bytes)) = data.split_first() else {
        return;
    };
    let format = match selector % 3 {
        0 => Format::Text,
        1 => Format::Markdown,
        _ => Format::Html,
    };
    let Ok(text) = decode(bytes) else {
        return;
    };

    let report = analyse(text, format);
    check_report(text, format, &report);

    // LixCounter fed in two chunks gives the counts of analyse(Format::Text).
    let text_report = if format == Format::Text {
        report
    } else {
        let r = analyse(text, Format::Text);
        check_report(text, Format::Text, &r);
        r
    };
    let mut split = text.len() * usize::from(selector / 3) / 85;
    while !text.is_char_boundary(split) {
        split -= 1;
    }
    let (a, b) = text.split_at(split);
    let mut counter = LixCounter::new();
    counter.feed(a);
    counter.feed(b);
    let s = counter.finish();
    assert_eq!(
        (s.words, s.sentences, s.long_words),
        (
            text_report.words,
            text_report.sentences,
            text_report.long_words
        ),
        "LixCounter (split at byte {split}) differs from analyse(Text)"
    );
    assert!(
        s.lix.is_finite() && s.lix >= 0.0,
        "LixCounter lix {}",
        s.lix
    );
});

fn check_report(text: &str, format: Format, r: &klarsprog::Report) {
    assert!(
        r.lix.is_finite() && r.lix >= 0.0,
        "{format}: lix {} not finite and >= 0",
        r.lix
    );
    for f in &r.findings {
        assert!(
            f.start <= f.end && f.end <= text.len(),
            "{format}: finding {:?} span {}..{} outside 0..{}",
            f.kind,
            f.start,
            f.end,
            text.len()
        );
        assert!(
            text.is_char_boundary(f.start) && text.is_char_boundary(f.end),
            "{format}: finding {:?} span {}..{} not on char boundaries",
            f.kind,
            f.start,
            f.end
        );
        assert_eq!(
            &text[f.start..f.end],
            f.text,
            "{format}: finding {:?} text differs from input[{}..{}]",
            f.kind,
            f.start,
            f.end
        );
    }
}
