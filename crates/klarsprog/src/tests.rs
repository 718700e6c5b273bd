//! Unit tests with hand-counted Danish examples.

use super::*;

/// (words, sentences, long words) of plain text.
fn counts(t: &str) -> (u64, u64, u64) {
    let r = analyse(t, Format::Text);
    (r.words, r.sentences, r.long_words)
}

fn counts_in(t: &str, f: Format) -> (u64, u64, u64) {
    let r = analyse(t, f);
    (r.words, r.sentences, r.long_words)
}

fn kinds(r: &Report) -> Vec<FindingKind> {
    r.findings.iter().map(|f| f.kind).collect()
}

fn find(r: &Report, kind: FindingKind) -> Option<&Finding> {
    r.findings.iter().find(|f| f.kind == kind)
}

// ---------------------------------------------------------------- words

#[test]
fn word_is_a_run_of_letters() {
    // Hunden(6) løber(5) hurtigt(7): 3 words, 1 long.
    assert_eq!(counts("Hunden løber hurtigt."), (3, 1, 1));
}

#[test]
fn letters_are_counted_as_chars_not_bytes() {
    // "søgeåbning" is 10 letters but 12 bytes; "købmænd" is 7 letters;
    // "møde" is 4 letters (5 bytes), so not long.
    assert_eq!(counts("søgeåbning købmænd møde"), (3, 1, 2));
}

#[test]
fn hyphen_joins_a_word() {
    // Vi, opdaterer(9), it-systemet(10), og, CPR-nummeret(11).
    assert_eq!(
        counts("Vi opdaterer it-systemet og CPR-nummeret."),
        (5, 1, 3)
    );
}

#[test]
fn apostrophe_joins_a_word() {
    // Rock'n'roll (9 letters, one word), er, Anders (the final ' is not
    // internal), musik.
    assert_eq!(counts("Rock'n'roll er Anders' musik."), (4, 1, 1));
    // Typographic apostrophe too.
    assert_eq!(counts("Rock’n’roll"), (1, 1, 1));
}

#[test]
fn numbers_are_not_words() {
    // Prisen, er, kr., for, år, i: numbers 12.300, 1,5 and 2026 are not words.
    assert_eq!(counts("Prisen er 12.300 kr. for 1,5 år i 2026."), (6, 1, 0));
    assert_eq!(counts("12.300 1,5 2026 § 100 % + €"), (0, 0, 0));
}

#[test]
fn urls_emails_domains_are_not_words() {
    // Se, eller, skriv, til, og, læs, mere, på, i, dag.
    let t =
        "Se https://borger.dk/kontakt eller skriv til post@kk.dk og læs mere på borger.dk i dag.";
    assert_eq!(counts(t), (10, 1, 0));
}

#[test]
fn period_inside_url_does_not_end_sentence() {
    // Gå, til, og, log, ind | Så, er, du, klar.
    assert_eq!(
        counts("Gå til www.sundhed.dk og log ind. Så er du klar."),
        (9, 2, 0)
    );
    // A period after a domain at the end of a sentence does end it.
    assert_eq!(counts("Læs mere på borger.dk. Der står det."), (6, 2, 0));
}

#[test]
fn abbreviation_is_one_word() {
    // Vi, hjælper(7), bl.a.(3 letters), med, bolig.
    assert_eq!(counts("Vi hjælper bl.a. med bolig."), (5, 1, 1));
    // f.eks. has 4 letters: not long.
    assert_eq!(counts("f.eks."), (1, 1, 0));
}

#[test]
fn long_word_has_more_than_six_letters() {
    // skolen = 6 letters (not long), skolens = 7 (long).
    assert_eq!(counts("skolen skolens"), (2, 1, 1));
    // hyphen is not a letter: "it-skole" has 7 letters.
    assert_eq!(counts("it-skole it-hus"), (2, 1, 1));
}

// ---------------------------------------------------------------- sentences

#[test]
fn period_ends_sentence() {
    assert_eq!(counts("Jeg kommer. Du går."), (4, 2, 0));
}

#[test]
fn exclamation_question_semicolon_end_sentence() {
    // Kom nu! | Er du klar? | Ja
    assert_eq!(counts("Kom nu! Er du klar? Ja"), (6, 3, 0));
    // Vi kom; | de gik.
    assert_eq!(counts("Vi kom; de gik."), (4, 2, 0));
}

#[test]
fn runs_of_end_marks_end_once() {
    // Hvad?! | Nej... | Jo.
    assert_eq!(counts("Hvad?! Nej... Jo."), (3, 3, 0));
    // The ellipsis character too, and marks standing alone.
    assert_eq!(counts("Nå… Ja ?! Godt"), (3, 3, 0));
}

#[test]
fn colon_before_capital_ends_sentence() {
    // Bemærk: | Fristen er i morgen.
    assert_eq!(counts("Bemærk: Fristen er i morgen."), (5, 2, 1));
    // Colon before a lowercase word does not.
    assert_eq!(counts("Du skal medbringe: pas og kørekort."), (6, 1, 2));
}

#[test]
fn line_break_after_a_line_with_words_ends_sentence() {
    assert_eq!(
        counts("Overskrift\nFørste linje uden punktum\nAnden linje"),
        (7, 3, 2)
    );
    // A line with no word (a number) does not make a sentence of its own,
    // so "12.300" joins nothing: Hej | med venlig hilsen.
    assert_eq!(counts("Hej\n\n12.300\nmed venlig hilsen"), (4, 2, 0));
    // CR LF is one line break.
    assert_eq!(counts("Hej\r\nmed dig"), (3, 2, 0));
}

#[test]
fn period_in_number_or_date_does_not_end_sentence() {
    // Mødet, er, den, kl., i, salen.
    assert_eq!(counts("Mødet er den 23.11.2026 kl. 10 i salen."), (6, 1, 0));
    assert_eq!(counts("Det koster 12.300 kroner i alt."), (5, 1, 0));
}

#[test]
fn ordinal_before_lowercase_does_not_end_sentence() {
    // Det, sker, den, maj, på, sal | Så, er, der, kaffe.
    assert_eq!(
        counts("Det sker den 17. maj på 3. sal. Så er der kaffe."),
        (10, 2, 0)
    );
    // A number and a period before a capital does end it.
    assert_eq!(counts("Vi flyttede i 2025. Nu bor vi her."), (7, 2, 1));
}

#[test]
fn initials_do_not_end_sentence() {
    // H, C, Andersen, skrev, eventyr.
    assert_eq!(counts("H. C. Andersen skrev eventyr."), (5, 1, 2));
    assert_eq!(counts("Bogen er af H.C. Andersen."), (5, 1, 1));
}

#[test]
fn known_abbreviations_do_not_end_sentence() {
    // Du, kan, fx, søge, om, hjælp, f.eks., til, husleje, jf., reglerne.
    let t = "Du kan fx søge om hjælp, f.eks. til husleje, jf. reglerne.";
    assert_eq!(counts(t), (11, 1, 2));
    assert_eq!(counts("Det koster ca. 500 kr. Pr. måned."), (6, 1, 0));
    assert_eq!(counts("Ring på tlf. 12345678 inkl. Weekend."), (5, 1, 1));
}

#[test]
fn list_ending_abbreviation_before_capital_ends_sentence() {
    // Vi, har, borde, stole, osv. | Det, hele, skal, væk.
    assert_eq!(
        counts("Vi har borde, stole osv. Det hele skal væk."),
        (9, 2, 0)
    );
    // Before a lowercase word it does not.
    assert_eq!(counts("Vi har borde, stole osv. i kælderen."), (7, 1, 1));
    assert_eq!(counts("Peter, Ida m.fl. Alle kom."), (5, 2, 0));
    assert_eq!(counts("Æbler, pærer etc. Resten er væk."), (6, 2, 0));
    assert_eq!(counts("Borde mv. Stole m.v. Lamper m.m. Tæpper"), (7, 4, 0));
}

#[test]
fn at_least_sixty_sentence_abbreviations() {
    let list = sentence_abbreviations();
    assert!(list.len() >= 60, "{}", list.len());
    for a in [
        "fx", "f.eks.", "bl.a.", "jf.", "ca.", "kr.", "nr.", "stk.", "pkt.", "pr.", "mv.", "m.v.",
        "osv.", "evt.", "inkl.", "ekskl.", "dvs.", "mht.", "vedr.", "tlf.", "kl.", "mio.", "mia.",
        "pct.", "d.d.", "p.t.", "hhv.", "iflg.", "ifm.", "ift.", "vha.", "pga.", "o.l.", "m.m.",
        "m.fl.", "etc.",
    ] {
        // "fx" has no period, so it can never end a sentence.
        if a == "fx" {
            continue;
        }
        assert!(list.iter().any(|(x, _)| *x == a), "{a} missing");
    }
    for a in ["osv.", "mv.", "m.v.", "m.m.", "m.fl.", "etc."] {
        assert!(
            list.iter().any(|(x, le)| *x == a && *le),
            "{a} not list-ending"
        );
    }
}

#[test]
fn sentence_counts_only_if_it_holds_a_word() {
    // "2026." and "!!!" hold no word.
    assert_eq!(counts("Hej. 2026. !!! Farvel."), (2, 2, 0));
}

#[test]
fn no_words_gives_lix_zero() {
    for t in ["", "   \n\n ", "12.300 2026", "https://borger.dk", "..."] {
        let r = analyse(t, Format::Text);
        assert_eq!(r.words, 0);
        assert_eq!(r.lix, 0.0);
        assert_eq!(r.band, Band::MegetLet);
        assert_eq!(r.advice, vec!["Teksten har ingen ord.".to_string()]);
        assert!(!r.needs_summary);
    }
}

#[test]
fn lix_formula() {
    // 3 words / 1 sentence + 100 * 1 long / 3 words.
    let r = analyse("Hunden løber hurtigt.", Format::Text);
    assert!((r.lix - (3.0 + 100.0 / 3.0)).abs() < 1e-9);
    assert_eq!(r.band, Band::Middel);
    // 4 words / 2 sentences, no long words.
    let r = analyse("Jeg kommer. Du går.", Format::Text);
    assert!((r.lix - 2.0).abs() < 1e-9);
}

#[test]
fn bands_at_boundaries() {
    assert_eq!(Band::from_lix(0.0), Band::MegetLet);
    assert_eq!(Band::from_lix(24.99), Band::MegetLet);
    assert_eq!(Band::from_lix(25.0), Band::Let);
    assert_eq!(Band::from_lix(34.99), Band::Let);
    assert_eq!(Band::from_lix(35.0), Band::Middel);
    assert_eq!(Band::from_lix(44.99), Band::Middel);
    assert_eq!(Band::from_lix(45.0), Band::Svaer);
    assert_eq!(Band::from_lix(54.99), Band::Svaer);
    assert_eq!(Band::from_lix(55.0), Band::MegetSvaer);
    assert_eq!(Band::from_lix(90.0), Band::MegetSvaer);
    assert_eq!(Band::Svaer.label_da(), "svær");
    assert_eq!(Band::MegetSvaer.label_da(), "meget svær");
    assert_eq!(Band::MegetLet.label_da(), "meget let");
    let json = serde_json::to_string(&[
        Band::MegetLet,
        Band::Let,
        Band::Middel,
        Band::Svaer,
        Band::MegetSvaer,
    ])
    .unwrap();
    assert_eq!(
        json,
        r#"["meget_let","let","middel","svaer","meget_svaer"]"#
    );
}

// ---------------------------------------------------------------- formats

#[test]
fn markdown_headings_and_list_items_are_sentences() {
    let md =
        "# Ansøgning om hjælp\n\nDu kan søge her. Det er let\n\n- Første punkt\n- Andet punkt\n";
    // Heading | Du kan søge her. | Det er let | Første punkt | Andet punkt
    assert_eq!(counts_in(md, Format::Markdown), (14, 5, 1));
}

#[test]
fn markdown_strips_markup_keeps_link_text_ignores_code() {
    let md = "Se [vejledningen](https://borger.dk/vejledning) og kør `cargo test`.\n\n```\nkode her ignoreres helt\n```\n";
    // Se, vejledningen, og, kør.
    assert_eq!(counts_in(md, Format::Markdown), (4, 1, 1));
    // Emphasis markers are not letters.
    assert_eq!(
        counts_in("Det er **meget** _vigtigt_.", Format::Markdown),
        (4, 1, 1)
    );
}

#[test]
fn markdown_soft_break_is_a_space() {
    assert_eq!(
        counts_in("Dette er en\nlang linje.", Format::Markdown),
        (5, 1, 0)
    );
    assert_eq!(counts("Dette er en\nlang linje."), (5, 2, 0));
}

#[test]
fn html_block_elements_end_sentences() {
    let h = "<h1>Velkommen</h1><p>Her kan du søge</p><ul><li>Hurtigt</li><li>Let</li></ul>";
    // Velkommen | Her kan du søge | Hurtigt | Let
    assert_eq!(counts_in(h, Format::Html), (7, 4, 2));
    // Inline elements do not; a line break in the source is a space.
    assert_eq!(
        counts_in("<p>Du <b>kan</b> søge\nher.</p>", Format::Html),
        (4, 1, 0)
    );
    // <br> is a line break.
    assert_eq!(counts_in("<p>Hej<br>med dig</p>", Format::Html), (3, 2, 0));
}

#[test]
fn html_script_and_style_are_ignored() {
    let h = "<p>Hej med dig.</p><script>var x = 'Mange flere ord her. Og her.';</script><style>p { color: red }</style>";
    assert_eq!(counts_in(h, Format::Html), (3, 1, 0));
}

#[test]
fn html_survives_broken_nesting() {
    let h = "<p><b>Du <i>bedes</b> udfylde</i> skemaet.<div>Tak";
    let r = analyse(h, Format::Html);
    // Du, bedes, udfylde, skemaet | Tak
    assert_eq!((r.words, r.sentences), (5, 2));
    let f = find(&r, FindingKind::Passive).unwrap();
    assert_eq!(f.text, "bedes");
    assert_eq!(f.start, h.find("bedes").unwrap());
}

#[test]
fn spans_point_into_original_markdown() {
    let md = "# Overskrift\n\nDu **bedes** sende det, *såfremt* du kan.\n";
    let r = analyse(md, Format::Markdown);
    let f = find(&r, FindingKind::Passive).unwrap();
    assert_eq!(f.text, "bedes");
    assert_eq!(f.start, md.find("bedes").unwrap());
    assert_eq!(f.end, f.start + "bedes".len());
    let f = find(&r, FindingKind::Officialese).unwrap();
    assert_eq!(f.text, "såfremt");
    assert_eq!(f.start, md.find("såfremt").unwrap());
    // char offsets: everything before is ASCII except nothing; check directly.
    assert_eq!(f.char_start, md[..f.start].chars().count());
    assert_eq!(f.char_end, md[..f.end].chars().count());
}

#[test]
fn spans_point_into_original_html_with_entities() {
    let h = "<p>Øl &amp; brød &aring;r. Du <em>bedes</em> svare, såfremt du kan.</p>";
    let r = analyse(h, Format::Html);
    let f = find(&r, FindingKind::Officialese).unwrap();
    assert_eq!(f.text, "såfremt");
    assert_eq!(f.start, h.find("såfremt").unwrap());
    assert_eq!(f.char_start, h[..f.start].chars().count());
    let f = find(&r, FindingKind::Passive).unwrap();
    assert_eq!(&h[f.start..f.end], "bedes");
}

#[test]
fn long_sentence_span_in_markdown_covers_the_sentence() {
    let words: Vec<String> = (0..30)
        .map(|i| format!("ord{}", ["a", "b", "c"][i % 3]))
        .collect();
    let md = format!("Intro.\n\n*{}*.\n", words.join(" "));
    let r = analyse(&md, Format::Markdown);
    let f = find(&r, FindingKind::LongSentence).unwrap();
    assert!(f.text.starts_with("orda"));
    assert!(f.text.ends_with("ordc*."), "{}", f.text);
}

// ---------------------------------------------------------------- findings

fn sentence_of(n: usize) -> String {
    let mut s: Vec<&str> = Vec::new();
    for i in 0..n {
        s.push(["vi", "har", "en", "god", "dag"][i % 5]);
    }
    format!("{}.", s.join(" "))
}

#[test]
fn long_and_very_long_sentences() {
    let r = analyse(&sentence_of(25), Format::Text);
    assert!(!kinds(&r).contains(&FindingKind::LongSentence));
    let r = analyse(&sentence_of(26), Format::Text);
    assert_eq!(kinds(&r), vec![FindingKind::LongSentence]);
    let r = analyse(&sentence_of(35), Format::Text);
    assert_eq!(kinds(&r), vec![FindingKind::LongSentence]);
    let t = sentence_of(36);
    let r = analyse(&t, Format::Text);
    assert_eq!(kinds(&r), vec![FindingKind::VeryLongSentence]);
    assert_eq!(r.findings[0].text, t);
    assert!(r.findings[0].message.contains("36 ord"));
    assert!(r.needs_summary);
}

#[test]
fn long_paragraphs() {
    let five = "Vi kom. Vi så. Vi gik. Vi sov. Vi spiste.";
    let r = analyse(five, Format::Text);
    let f = find(&r, FindingKind::LongParagraph).unwrap();
    assert_eq!(f.text, five);
    let four = "Vi kom. Vi så. Vi gik. Vi sov.";
    assert!(find(&analyse(four, Format::Text), FindingKind::LongParagraph).is_none());
    // A blank line separates paragraphs.
    let split = "Vi kom. Vi så. Vi gik.\n\nVi sov. Vi spiste.";
    let r = analyse(split, Format::Text);
    assert!(find(&r, FindingKind::LongParagraph).is_none());
    assert_eq!(r.paragraphs, 2);
    // In HTML, block elements separate paragraphs.
    let h = "<p>Vi kom. Vi så. Vi gik.</p><p>Vi sov. Vi spiste.</p>";
    assert!(find(&analyse(h, Format::Html), FindingKind::LongParagraph).is_none());
}

#[test]
fn very_long_words() {
    let r = analyse("Arbejdsmarkedsuddannelsescentret er lukket.", Format::Text);
    let f = find(&r, FindingKind::VeryLongWord).unwrap();
    assert_eq!(f.text, "Arbejdsmarkedsuddannelsescentret");
    // 17 letters is not very long.
    let r = analyse("Boligstøtteregler", Format::Text);
    assert!(find(&r, FindingKind::VeryLongWord).is_none());
}

#[test]
fn jargon_and_mandate_words() {
    let r = analyse(
        "Din bopælskommune skriver til fuldmagtsgiver og fuldmægtig.",
        Format::Text,
    );
    let j: Vec<&Finding> = r
        .findings
        .iter()
        .filter(|f| f.kind == FindingKind::Jargon)
        .collect();
    assert_eq!(j.len(), 3);
    assert_eq!(j[0].suggestion.as_deref(), Some("den kommune, du bor i"));
}

#[test]
fn officialese_matches_case_insensitively_across_whitespace() {
    let t = "SÅFREMT du vil, sker det i henhold\n   til loven.";
    let r = analyse(t, Format::Text);
    let o: Vec<&Finding> = r
        .findings
        .iter()
        .filter(|f| f.kind == FindingKind::Officialese)
        .collect();
    assert_eq!(o.len(), 2);
    assert_eq!(o[0].text, "SÅFREMT");
    assert_eq!(o[0].suggestion.as_deref(), Some("hvis"));
    assert_eq!(o[1].text, "i henhold\n   til");
    assert_eq!(o[1].suggestion.as_deref(), Some("efter"));
}

#[test]
fn phrases_match_on_word_boundaries_only() {
    // "samt" inside "samtale", "bedes" inside "udbedes", "idet" inside "sidet".
    let r = analyse("En samtale udbedes om det sidet.", Format::Text);
    assert!(r.findings.is_empty(), "{:?}", r.findings);
}

#[test]
fn passive_and_impersonal_forms() {
    let r = analyse(
        "Du bedes sende skemaet. Skemaet skal udfyldes. Der gøres opmærksom på fristen.",
        Format::Text,
    );
    let p: Vec<&str> = r
        .findings
        .iter()
        .filter(|f| f.kind == FindingKind::Passive)
        .map(|f| f.text.as_str())
        .collect();
    assert_eq!(p, vec!["bedes", "skal udfyldes", "Der gøres opmærksom på"]);
    // Modal + -es verb not in the list.
    let r = analyse("Beløbet skal tilbagebetales inden fredag.", Format::Text);
    assert_eq!(
        find(&r, FindingKind::Passive).unwrap().text,
        "skal tilbagebetales"
    );
    // Not for deponent verbs.
    let r = analyse("Vi skal mødes i morgen.", Format::Text);
    assert!(find(&r, FindingKind::Passive).is_none());
}

#[test]
fn nominalisations() {
    let r = analyse(
        "Vi vil foretage en vurdering og træffe afgørelse.",
        Format::Text,
    );
    let n: Vec<(&str, Option<&str>)> = r
        .findings
        .iter()
        .filter(|f| f.kind == FindingKind::Nominalisation)
        .map(|f| (f.text.as_str(), f.suggestion.as_deref()))
        .collect();
    assert_eq!(
        n,
        vec![
            ("foretage en vurdering", Some("vurdere")),
            ("træffe afgørelse", Some("beslutte"))
        ]
    );
}

#[test]
fn unknown_abbreviations() {
    let r = analyse("Reglerne gælder, jf. loven, mht. boliger.", Format::Text);
    let a: Vec<&str> = r
        .findings
        .iter()
        .filter(|f| f.kind == FindingKind::Abbreviation)
        .map(|f| f.text.as_str())
        .collect();
    assert_eq!(a, vec!["jf.", "mht."]);
}

/// Old address found, as the words of each finding.
fn old_address(text: &str, format: Format) -> Vec<String> {
    analyse(text, format)
        .findings
        .into_iter()
        .filter(|f| f.kind == FindingKind::OldAddress)
        .map(|f| f.text)
        .collect()
}

#[test]
fn a_pronoun_starting_a_name_or_a_relative_clause_is_no_old_address() {
    // The names of pages, quoted or not, begin with a capital: "Dem du hjælper" is the
    // people you help, not a polite "you".
    for text in [
        "Log ind, gå til \"Dem du hjælper\", og vælg personen.",
        "Log ind, gå til «Dem du hjælper», og vælg personen.",
        "Gå til „Dem der kan hjælpe dig“ på Min side.",
        "Tilbage til Dem der kan hjælpe dig",
        "Du kan give mere under Dem som kan hjælpe dig.",
        "Se listen (De nyeste ord fra borgerne) nederst.",
        "Vi viser De fleste svar på siden, og De første 6 cifre er en dato.",
        "Tryk på 'Deres sager' for at se dem.",
    ] {
        assert_eq!(
            old_address(text, Format::Text),
            Vec::<String>::new(),
            "{text}"
        );
    }
    // A heading or a list item starts anew, as a sentence does.
    for text in [
        "# Dem du hjælper\n\nHer er de personer, du hjælper.",
        "Vælg en side\n\n- Min side\n- Dem der kan hjælpe dig\n- Dem du hjælper",
    ] {
        assert_eq!(
            old_address(text, Format::Markdown),
            Vec::<String>::new(),
            "{text}"
        );
    }
    assert_eq!(
        old_address(
            "<h2>Dem du hjælper</h2><p>Vælg en person.</p>",
            Format::Html
        ),
        Vec::<String>::new()
    );
    // The old address stays found wherever it addresses the reader.
    for (text, found) in [
        ("Vi beder Dem sende blanketten.", vec!["Dem"]),
        ("Vi har modtaget Deres ansøgning.", vec!["Deres"]),
        (
            "Vi håber, at De kan komme, og at De som borger er tilfreds.",
            vec!["De", "De"],
        ),
        ("Vi sender Dem et brev om Deres sag.", vec!["Dem", "Deres"]),
        (
            "Vi ringer til Dem i morgen, hvis De vil.",
            vec!["Dem", "De"],
        ),
    ] {
        assert_eq!(old_address(text, Format::Text), found, "{text}");
    }
}

#[test]
fn old_forms_of_address() {
    let r = analyse("Vi skriver til Dem om Deres sag.", Format::Text);
    let o: Vec<&str> = r
        .findings
        .iter()
        .filter(|f| f.kind == FindingKind::OldAddress)
        .map(|f| f.text.as_str())
        .collect();
    assert_eq!(o, vec!["Dem", "Deres"]);
    // Capitalised at the start of a sentence: can be "they" or the article.
    let r = analyse("De skal komme i morgen. Deres bil er her.", Format::Text);
    assert!(find(&r, FindingKind::OldAddress).is_none());
    // Mid-sentence "De".
    let r = analyse("Vi håber, at De kan komme.", Format::Text);
    assert_eq!(find(&r, FindingKind::OldAddress).unwrap().text, "De");
    // Lowercase "de", "dem", "deres" are ordinary words.
    let r = analyse(
        "Vi ringer til dem om deres sag, når de kommer.",
        Format::Text,
    );
    assert!(find(&r, FindingKind::OldAddress).is_none());
    // A phrase that starts with "Deres" gives one finding, not two.
    let r = analyse("Tak for Deres ærede brev.", Format::Text);
    let o: Vec<&str> = r
        .findings
        .iter()
        .filter(|f| f.kind == FindingKind::OldAddress)
        .map(|f| f.text.as_str())
        .collect();
    assert_eq!(o, vec!["Deres ærede"]);
    // "undertegnede" always, even at sentence start.
    let r = analyse("Undertegnede bekræfter aftalen.", Format::Text);
    assert_eq!(
        find(&r, FindingKind::OldAddress).unwrap().text,
        "Undertegnede"
    );
}

#[test]
fn cpr_numbers() {
    for t in [
        "Mit CPR-nummer er 010190-1234.",
        "CPR: 010190 1234",
        "0101901234",
        "født 290224-1234",
    ] {
        let r = analyse(t, Format::Text);
        let f = find(&r, FindingKind::CprNumber).unwrap_or_else(|| panic!("{t}"));
        assert!(f.text.starts_with(&t[f.start..f.start + 6]));
        assert!(!f.message.contains(&f.text));
        assert!(!f.message.contains(&f.text[..6]));
        assert!(r.advice.iter().all(|a| !a.contains(&f.text[..6])));
    }
    for t in [
        "320190-1234",   // day 32
        "011390-1234",   // month 13
        "290223-1234",   // 29 February in a non-leap year
        "12345678901",   // 11 digits
        "tlf. 12345678", // 8 digits
        "1.010190-1234", // part of a number
    ] {
        let r = analyse(t, Format::Text);
        assert!(find(&r, FindingKind::CprNumber).is_none(), "{t}");
    }
}

#[test]
fn cpr_found_in_markdown_and_html_with_original_spans() {
    let md = "Skriv til os.\n\n`010190-1234`\n";
    let r = analyse(md, Format::Markdown);
    let f = find(&r, FindingKind::CprNumber).unwrap();
    assert_eq!(&md[f.start..f.end], "010190-1234");
    let h = "<p>Nummer: <b>010190-1234</b></p>";
    let r = analyse(h, Format::Html);
    let f = find(&r, FindingKind::CprNumber).unwrap();
    assert_eq!(f.start, h.find("010190").unwrap());
}

// ---------------------------------------------------------------- report

#[test]
fn advice_is_ordered_and_plain() {
    let long = sentence_of(30);
    let t = format!("{long} {long} Såfremt du kan, bedes du svare.");
    let r = analyse(&t, Format::Text);
    assert!(r.advice[0].starts_with("Teksten er "), "{:?}", r.advice);
    assert!(r.advice[0].contains("(LIX "));
    assert_eq!(r.advice[1], "2 sætninger har over 25 ord: del dem op.");
    assert!(r.advice.iter().any(|a| a.starts_with("1 kancelliord")));
    assert!(r
        .advice
        .iter()
        .any(|a| a.starts_with("1 passiv eller upersonlig form")));
}

#[test]
fn needs_summary_rule() {
    // Short and easy: no summary.
    assert!(!analyse("Vi kom. Vi så.", Format::Text).needs_summary);
    // LIX >= 45.
    let hard = "Kommunalbestyrelsens administrationsgrundlag vedrørende boligstøtteberegninger kræver dokumentation.";
    let r = analyse(hard, Format::Text);
    assert!(r.lix >= 45.0);
    assert!(r.needs_summary);
    // More than 300 words, though easy.
    let many = "Vi kom. ".repeat(151);
    let r = analyse(&many, Format::Text);
    assert_eq!(r.words, 302);
    assert!(r.lix < 45.0);
    assert!(r.needs_summary);
    // A very long sentence.
    let r = analyse(&sentence_of(36), Format::Text);
    assert!(r.lix < 45.0);
    assert!(r.needs_summary);
}

#[test]
fn report_serialises_to_json() {
    let r = analyse("Hunden løber hurtigt. Du bedes svare.", Format::Text);
    let v: serde_json::Value = serde_json::to_value(&r).unwrap();
    // 6 words / 2 sentences + 100 * 1 / 6 = 19.67: meget let.
    assert_eq!(v["band"], "meget_let");
    assert_eq!(v["words"], 6);
    let lix = v["lix"].as_f64().unwrap();
    assert_eq!(lix, (r.lix * 10.0).round() / 10.0);
    let f = &v["findings"][0];
    for key in [
        "kind",
        "start",
        "end",
        "char_start",
        "char_end",
        "text",
        "message",
        "suggestion",
    ] {
        assert!(f.get(key).is_some(), "{key}");
    }
    assert_eq!(f["kind"], "passive");
}

#[test]
fn format_from_str() {
    assert_eq!("text".parse::<Format>().unwrap(), Format::Text);
    assert_eq!("Markdown".parse::<Format>().unwrap(), Format::Markdown);
    assert_eq!("html".parse::<Format>().unwrap(), Format::Html);
    for f in [Format::Text, Format::Markdown, Format::Html] {
        assert_eq!(f.to_string().parse::<Format>().unwrap(), f);
        let json = serde_json::to_string(&f).unwrap();
        assert_eq!(json, format!("\"{f}\""));
        assert_eq!(serde_json::from_str::<Format>(&json).unwrap(), f);
    }
    let e = "pdf".parse::<Format>().unwrap_err();
    assert_eq!(
        e.to_string(),
        "ukendt format \"pdf\": brug \"text\", \"markdown\" eller \"html\""
    );
}

#[test]
fn decode_reports_byte_offset() {
    assert_eq!(decode("Hej".as_bytes()), Ok("Hej"));
    let mut b = "Hej med dig ".as_bytes().to_vec();
    b.push(0xFF);
    let e = decode(&b).unwrap_err();
    assert_eq!(e.offset, 12);
    assert_eq!(
        e.to_string(),
        "Teksten er ikke gyldig UTF-8 ved byte 12. Gem filen som UTF-8 og prøv igen."
    );
}

// ---------------------------------------------------------------- word list

#[test]
fn word_list_parses_and_is_complete() {
    let list = wordlist::parse(WORD_LIST_TOML).expect("embedded word list must parse");
    assert!(list.entries().len() >= 250, "{}", list.entries().len());
    for e in list.entries() {
        assert!(!e.phrase.trim().is_empty());
        assert!(!e.alternative.trim().is_empty(), "{}", e.phrase);
        assert!(!e.reason.trim().is_empty(), "{}", e.phrase);
    }
    for w in [
        "fuldmagtsgiver",
        "fuldmægtig",
        "hovedmand",
        "partsrepræsentation",
        "påtænker",
        "fremsende",
        "i henhold til",
        "såfremt",
        "foretage en vurdering",
        "træffe afgørelse",
        "bopælskommune",
        "bedes",
        "skal udfyldes",
        "der gøres opmærksom på",
        "undertegnede",
        "De",
        "Dem",
        "Deres",
    ] {
        assert!(list.entries().iter().any(|e| e.phrase == w), "{w} missing");
    }
    for kind in [
        EntryKind::Jargon,
        EntryKind::Officialese,
        EntryKind::Passive,
        EntryKind::Nominalisation,
        EntryKind::Abbreviation,
        EntryKind::OldAddress,
    ] {
        assert!(list.entries().iter().any(|e| e.kind == kind));
    }
    // Phrases are unique.
    let mut seen = std::collections::HashSet::new();
    for e in list.entries() {
        assert!(seen.insert(e.phrase.to_lowercase()), "{} twice", e.phrase);
    }
    assert!(word_list().is_ok());
}

#[test]
fn word_list_parse_errors_are_reported() {
    assert!(wordlist::parse("[[entry]]\nphrase = 1\n").is_err());
    assert!(wordlist::parse("not toml at all [").is_err());
    assert!(wordlist::parse(
        "[[entry]]\nphrase = \"x\"\nkind = \"nonsense\"\nalternative = \"y\"\nreason = \"z\"\n"
    )
    .is_err());
    assert!(wordlist::parse(
        "[[entry]]\nphrase = \"  \"\nkind = \"jargon\"\nalternative = \"y\"\nreason = \"z\"\n"
    )
    .is_err());
}

// ---------------------------------------------------------------- streaming

fn stream(chunks: &[&str]) -> Summary {
    let mut c = LixCounter::new();
    for ch in chunks {
        c.feed(ch);
    }
    c.finish()
}

#[test]
fn streaming_matches_analyse_for_tricky_splits() {
    let t = "Mødet er den 17.\r\n\r\nmaj kl. 10. Se borger.dk. H. C. Andersen osv. Det er it-systemet!? Ja...";
    let r = analyse(t, Format::Text);
    let whole = stream(&[t]);
    assert_eq!(
        (whole.words, whole.sentences, whole.long_words),
        (r.words, r.sentences, r.long_words)
    );
    // Every split into two parts at a char boundary.
    for (i, _) in t.char_indices() {
        let s = stream(&[&t[..i], &t[i..]]);
        assert_eq!(
            (s.words, s.sentences, s.long_words),
            (r.words, r.sentences, r.long_words),
            "split at {i}"
        );
    }
    // One char at a time.
    let chars: Vec<String> = t.chars().map(String::from).collect();
    let refs: Vec<&str> = chars.iter().map(String::as_str).collect();
    let s = stream(&refs);
    assert_eq!((s.words, s.sentences), (r.words, r.sentences));
    assert_eq!(s.band, r.band);
    assert!((s.lix - r.lix).abs() < 1e-12);
}

#[test]
fn streaming_handles_tokens_longer_than_the_limit() {
    let long_token = format!("{}.{}", "æ".repeat(3000), "b".repeat(5000));
    let t = format!("Start {long_token} slut. Og så videre.");
    let r = analyse(&t, Format::Text);
    for step in [1usize, 7, 1000, 4095, 4096, 4097] {
        let mut c = LixCounter::new();
        let mut i = 0;
        while i < t.len() {
            let mut j = (i + step).min(t.len());
            while !t.is_char_boundary(j) {
                j += 1;
            }
            c.feed(&t[i..j]);
            i = j;
        }
        let s = c.finish();
        assert_eq!(
            (s.words, s.sentences, s.long_words),
            (r.words, r.sentences, r.long_words),
            "step {step}"
        );
    }
}

#[test]
fn advice_for_very_long_sentences() {
    let r = analyse(&sentence_of(40), Format::Text);
    assert_eq!(r.advice[1], "1 sætning har over 35 ord: del den op.");
    let t = format!("{} {}", sentence_of(40), sentence_of(30));
    let r = analyse(&t, Format::Text);
    assert_eq!(
        r.advice[1],
        "2 sætninger har over 25 ord (1 af dem over 35 ord): del dem op."
    );
    assert_eq!(
        r.advice[2],
        "Begynd med et kort resumé under overskriften \"Kort fortalt\"."
    );
}

#[test]
fn word_list_failure_is_handled_without_panic() {
    // A broken list gives an error value, never a panic, and analyse keeps
    // counting without it and says so.
    let broken = wordlist::parse("[[entry]]\nphrase = \"x\"\n");
    let Err(e) = broken else { panic!("must fail") };
    let r = analysis::analyse_with_list("Såfremt du kan.", Format::Text, Err(e.as_str()));
    assert_eq!(r.words, 3);
    assert!(r.findings.is_empty());
    assert_eq!(
        r.advice.last().map(String::as_str),
        Some("Ordlisten kunne ikke indlæses, så ord og vendinger er ikke tjekket.")
    );
}
