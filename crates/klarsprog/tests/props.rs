//! Property tests.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use klarsprog::{analyse, Format, LixCounter};
use proptest::prelude::*;

const FORMATS: [Format; 3] = [Format::Text, Format::Markdown, Format::Html];

/// Danish-looking text: words, numbers, punctuation, markup and line breaks.
fn danish_text() -> impl Strategy<Value = String> {
    let atoms = prop_oneof![
        Just("ord".to_string()),
        Just("Kommunen".to_string()),
        Just("bopælskommune".to_string()),
        Just("såfremt".to_string()),
        Just("i henhold til".to_string()),
        Just("bedes".to_string()),
        Just("De".to_string()),
        Just("17.".to_string()),
        Just("12.300".to_string()),
        Just("bl.a.".to_string()),
        Just("osv.".to_string()),
        Just("H.".to_string()),
        Just("borger.dk".to_string()),
        Just("https://x.dk/a?b".to_string()),
        Just("it-systemet".to_string()),
        Just("010190-1234".to_string()),
        Just("Æble".to_string()),
        Just("ø".to_string()),
        Just(".".to_string()),
        Just("?!".to_string()),
        Just("...".to_string()),
        Just(":".to_string()),
        Just(";".to_string()),
        Just(" ".to_string()),
        Just("  ".to_string()),
        Just("\n".to_string()),
        Just("\r\n".to_string()),
        Just("\n\n".to_string()),
        Just("# ".to_string()),
        Just("- ".to_string()),
        Just("**".to_string()),
        Just("`".to_string()),
        Just("```\n".to_string()),
        Just("[".to_string()),
        Just("](http://a.dk)".to_string()),
        Just("<p>".to_string()),
        Just("</p>".to_string()),
        Just("<b>".to_string()),
        Just("</i>".to_string()),
        Just("<script>".to_string()),
        Just("&amp;".to_string()),
        Just("&aring;".to_string()),
        Just("<!--".to_string()),
        Just("\u{a0}".to_string()),
        "[a-zæøåA-ZÆØÅ]{1,25}",
        "\\PC{1,4}",
    ];
    proptest::collection::vec(atoms, 0..80).prop_map(|v| v.concat())
}

fn any_text() -> impl Strategy<Value = String> {
    prop_oneof![danish_text(), any::<String>()]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn lix_is_finite_and_non_negative(t in any_text()) {
        for f in FORMATS {
            let r = analyse(&t, f);
            prop_assert!(r.lix.is_finite());
            prop_assert!(r.lix >= 0.0);
            prop_assert!(r.long_words <= r.words);
            prop_assert!(r.sentences <= r.words);
            prop_assert_eq!(r.words == 0, r.sentences == 0);
        }
    }

    #[test]
    fn never_panics_and_spans_are_valid(t in any_text()) {
        for f in FORMATS {
            let r = analyse(&t, f);
            for x in &r.findings {
                prop_assert!(x.start <= x.end && x.end <= t.len());
                prop_assert!(t.is_char_boundary(x.start) && t.is_char_boundary(x.end));
                prop_assert_eq!(&t[x.start..x.end], x.text.as_str());
                prop_assert_eq!(x.char_start, t[..x.start].chars().count());
                prop_assert_eq!(x.char_end, t[..x.end].chars().count());
            }
        }
    }

    #[test]
    fn broken_html_never_panics(t in proptest::collection::vec(prop_oneof![
        Just("<"), Just(">"), Just("</"), Just("<p"), Just("<div>"), Just("</div"), Just("<script"),
        Just("</script>"), Just("<style>"), Just("&"), Just("&#"), Just("&#x"), Just(";"), Just("\""),
        Just("'"), Just("="), Just("<!"), Just("-->"), Just("Ord"), Just(" "), Just("\n"), Just("æ"),
        Just("<br/>"), Just("<![CDATA["), Just("]]>"), Just("<pre>"), Just("\r"),
    ], 0..60).prop_map(|v| v.concat())) {
        let r = analyse(&t, Format::Html);
        for x in &r.findings {
            prop_assert_eq!(&t[x.start..x.end], x.text.as_str());
        }
        let _ = analyse(&t, Format::Markdown);
    }

    #[test]
    fn sentence_break_never_raises_average_sentence_length(
        t in danish_text(),
        pos in any::<proptest::sample::Index>(),
        brk in prop_oneof![Just("\n"), Just(". "), Just("! "), Just("\n\n")],
    ) {
        // Insert a break between two tokens (at whitespace), so no word is split.
        let ws: Vec<usize> = t.char_indices().filter(|(_, c)| *c == ' ').map(|(i, _)| i).collect();
        let at = if ws.is_empty() { t.len() } else { ws[pos.index(ws.len())] };
        let broken = format!("{} {}{}", &t[..at], brk, &t[at..]);
        let a = analyse(&t, Format::Text);
        let b = analyse(&broken, Format::Text);
        prop_assert_eq!(a.words, b.words);
        let avg = |r: &klarsprog::Report| if r.sentences == 0 { 0.0 } else { r.words as f64 / r.sentences as f64 };
        prop_assert!(avg(&b) <= avg(&a) + 1e-12, "{} > {}", avg(&b), avg(&a));
    }

    #[test]
    fn streaming_counter_matches_analyse(t in any_text(), cuts in proptest::collection::vec(any::<proptest::sample::Index>(), 0..12)) {
        let r = analyse(&t, Format::Text);
        let bounds: Vec<usize> = t.char_indices().map(|(i, _)| i).chain(std::iter::once(t.len())).collect();
        let mut points: Vec<usize> = cuts.iter().map(|c| bounds[c.index(bounds.len())]).collect();
        points.push(0);
        points.push(t.len());
        points.sort_unstable();
        points.dedup();
        let mut c = LixCounter::new();
        for w in points.windows(2) {
            c.feed(&t[w[0]..w[1]]);
        }
        let s = c.finish();
        prop_assert_eq!((s.words, s.sentences, s.long_words), (r.words, r.sentences, r.long_words));
        prop_assert_eq!(s.band, r.band);
        prop_assert!((s.lix - r.lix).abs() < 1e-12);
    }
}
