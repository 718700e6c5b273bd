//! Paper letters as an A4 PDF, laid out for a Danish window envelope (DIN 5008), so a
//! print shop can print, fold and post them without touching the layout.
//!
//! This file decides what goes where on a letter; the `typeset` crate sets it: the fonts
//! (Noto Sans and Noto Sans Arabic, embedded as subsets, so a letter in any of the
//! interface languages prints the same anywhere), shaping, right-to-left lines, line
//! breaking, frames, and the body's Markdown.

use typeset::{
    line_height, mm, wrap, Geometry, Layout, Page, Run, BODY_SIZE, FRAME_PAD, PARAGRAPH_SPACE,
};

/// One letter as it goes on paper. All text already in the reader's language.
#[derive(Debug, Clone, Copy)]
pub(crate) struct PaperLetter<'a> {
    /// Printed top right as the sender, e.g. "Aarhus Kommune (demo)".
    pub authority: &'a str,
    /// The caseworker or system that sends, under the authority.
    pub sender_name: &'a str,
    /// The authority's contact lines (phone, address, opening hours), under the sender.
    pub sender_lines: &'a [&'a str],
    pub recipient_name: &'a str,
    /// The postal address, its lines separated by '\n' or ", ".
    pub recipient_address: &'a str,
    /// Already formatted, e.g. "23. november 2026".
    pub date: &'a str,
    pub subject: &'a str,
    /// "Kort fortalt": printed in a frame before the body.
    pub summary: Option<&'a str>,
    /// Already in words, e.g. "Svar senest fredag den 12. december 2026".
    pub deadline: Option<&'a str>,
    /// CommonMark; raw HTML in it is left out.
    pub body_markdown: &'a str,
    /// Printed in a frame above the subject: why the reader gets this on paper, when
    /// that needs saying (a copy of a letter they did not open).
    pub notice: Option<PaperNotice<'a>>,
    /// One line per attachment, after the body, e.g. "Bilag 2 skal printes for sig: X".
    pub attachments: &'a [String],
    pub labels: &'a PaperLabels<'a>,
    /// The language the letter is written in ("da", "en"), which its labels are in too.
    pub lang: &'a str,
    /// The reader asked for large print: the text is set at 16 pt and more, all but the
    /// address, which stays as the window and the post's machines need it.
    pub large_print: bool,
}

/// A framed text above the subject, heading in bold.
#[derive(Debug, Clone, Copy)]
pub(crate) struct PaperNotice<'a> {
    pub heading: &'a str,
    pub text: &'a str,
}

/// The few words the layout prints itself, in the reader's language.
#[derive(Debug, Clone, Copy)]
pub(crate) struct PaperLabels<'a> {
    /// "Kort fortalt"
    pub summary_heading: &'a str,
    /// "Side"
    pub page: &'a str,
    /// "af"
    pub of: &'a str,
    /// "Bilag"
    pub attachments_heading: &'a str,
}

/// Renders the letters into one PDF, each letter from a new page and numbered on its
/// own, so a whole print queue downloads as one file. No letters give one blank page,
/// since a PDF without pages is one that many readers refuse to open.
pub(crate) fn render(letters: &[PaperLetter<'_>]) -> Vec<u8> {
    let mut pages: Vec<Page> = letters.iter().flat_map(lay_out).collect();
    if pages.is_empty() {
        pages.push(Page::new());
    }
    // The document's language, when its letters share one (a single letter always does).
    let lang = letters.first().map(|letter| letter.lang);
    let shared = lang.filter(|lang| letters.iter().all(|letter| letter.lang == *lang));
    typeset::write_pdf_in(&PAGE, pages, shared)
}

/// One letter's pages as [`render`] sets them, numbered on their own, for a document
/// that puts letters after other pages of its own (the front desk's print of "Mine data").
pub fn letter_pages(letter: &PaperLetter<'_>) -> Vec<Page> {
    lay_out(letter)
}

const PAGE_WIDTH: f32 = mm(210.0);
const PAGE_HEIGHT: f32 = mm(297.0);
const LEFT: f32 = mm(25.0);
const RIGHT: f32 = mm(190.0);
const TOP: f32 = mm(20.0);
const BOTTOM: f32 = mm(272.0);
const FOOTER_TOP: f32 = mm(280.0);

/// A4, the text between the margins DIN 5008 gives a letter.
pub const PAGE: Geometry = Geometry {
    width: PAGE_WIDTH,
    height: PAGE_HEIGHT,
    left: LEFT,
    right: RIGHT,
    top: TOP,
    bottom: BOTTOM,
};

// The envelope's window. The text sits 5 mm inside it, as DIN 5008 has it, so an
// address still shows whole when the sheet slides a little in the envelope.
const WINDOW_LEFT: f32 = mm(20.0);
const WINDOW_TOP: f32 = mm(45.0);
const WINDOW_WIDTH: f32 = mm(85.0);
const WINDOW_HEIGHT: f32 = mm(40.0);
const WINDOW_INSET: f32 = mm(5.0);

const SENDER_LEFT: f32 = mm(125.0);
const SENDER_TOP: f32 = mm(20.0);

/// The sizes a letter is set in: as a rule, or for large print.
#[derive(Debug, Clone, Copy)]
struct Sizes {
    body: f32,
    subject: f32,
    deadline: f32,
    sender: f32,
    small: f32,
}

impl Sizes {
    const REGULAR: Sizes = Sizes {
        body: BODY_SIZE,
        subject: 14.0,
        deadline: 12.0,
        sender: 10.0,
        small: 9.0,
    };

    /// The body at 16 pt, the least large print is; the rest in proportion, none smaller.
    const LARGE_PRINT_SCALE: f32 = 16.0 / BODY_SIZE;

    fn of(letter: &PaperLetter<'_>) -> Sizes {
        let regular = Sizes::REGULAR;
        if !letter.large_print {
            return regular;
        }
        let large = |size: f32| (size * Sizes::LARGE_PRINT_SCALE).max(16.0);
        Sizes {
            body: large(regular.body),
            subject: large(regular.subject),
            deadline: large(regular.deadline),
            sender: large(regular.sender),
            small: large(regular.small),
        }
    }
}

fn lay_out(letter: &PaperLetter<'_>) -> Vec<Page> {
    let sizes = Sizes::of(letter);
    let mut layout = Layout::new(PAGE).scaled(sizes.body / BODY_SIZE);
    let below_sender = sender(&mut layout, letter, &sizes);
    let below_recipient = recipient(&mut layout, letter);
    layout.y = below_sender
        .max(below_recipient)
        .max(WINDOW_TOP + WINDOW_HEIGHT)
        + mm(8.0);
    if let Some(notice) = letter.notice {
        framed(&mut layout, notice.heading, notice.text, sizes.body);
        layout.space(mm(6.0));
    }
    layout.paragraph(LEFT, RIGHT, sizes.subject, &[Run::bold(letter.subject)]);
    if let Some(deadline) = letter.deadline {
        layout.space(mm(3.0));
        deadline_line(&mut layout, deadline, sizes.deadline);
    }
    if let Some(summary) = letter.summary {
        layout.space(mm(4.0));
        framed(
            &mut layout,
            letter.labels.summary_heading,
            summary,
            sizes.body,
        );
    }
    layout.space(mm(5.0));
    layout.markdown(letter.body_markdown);
    if !letter.attachments.is_empty() {
        layout.space(2.0 * PARAGRAPH_SPACE);
        layout.room(line_height(sizes.body) * 2.0);
        let heading = [Run::bold(letter.labels.attachments_heading)];
        layout.paragraph(LEFT, RIGHT, sizes.body, &heading);
        for line in letter.attachments {
            layout.paragraph(LEFT, RIGHT, sizes.body, &[Run::regular(line)]);
        }
    }
    numbered(layout.finish(), letter.labels, sizes.small)
}

/// Answers where the sender block ends.
fn sender(layout: &mut Layout, letter: &PaperLetter<'_>, sizes: &Sizes) -> f32 {
    layout.y = SENDER_TOP;
    layout.paragraph(
        SENDER_LEFT,
        RIGHT,
        sizes.body,
        &[Run::bold(letter.authority)],
    );
    let name = [Run::regular(letter.sender_name)];
    layout.paragraph(SENDER_LEFT, RIGHT, sizes.sender, &name);
    layout.space(mm(1.0));
    for line in letter.sender_lines {
        layout.paragraph(SENDER_LEFT, RIGHT, sizes.small, &[Run::regular(line)]);
    }
    layout.space(mm(4.0));
    layout.paragraph(
        SENDER_LEFT,
        RIGHT,
        sizes.sender,
        &[Run::regular(letter.date)],
    );
    layout.y
}

/// Answers where the address ends.
fn recipient(layout: &mut Layout, letter: &PaperLetter<'_>) -> f32 {
    layout.y = WINDOW_TOP + WINDOW_INSET;
    let left = WINDOW_LEFT + WINDOW_INSET;
    let right = WINDOW_LEFT + WINDOW_WIDTH - WINDOW_INSET;
    let lines = letter
        .recipient_address
        .split('\n')
        .flat_map(|line| line.split(", "))
        .map(str::trim)
        .filter(|line| !line.is_empty());
    for line in std::iter::once(letter.recipient_name).chain(lines) {
        layout.paragraph(left, right, BODY_SIZE, &[Run::regular(line)]);
    }
    layout.y
}

/// The deadline in bold with a bar beside it, so it is seen before anything is read.
fn deadline_line(layout: &mut Layout, deadline: &str, size: f32) {
    let bar_width = mm(1.5);
    let left = LEFT + bar_width + mm(3.0);
    let lines = wrap(&[Run::bold(deadline)], size, RIGHT - left);
    layout.room(line_height(size) * lines.len() as f32);
    let top = layout.y;
    for line in &lines {
        layout.line(left, line);
    }
    layout.bar(LEFT, top, bar_width);
}

/// A heading and a text in a frame: "Kort fortalt", or a notice above the subject.
fn framed(layout: &mut Layout, heading: &str, text: &str, size: f32) {
    layout.room(2.0 * FRAME_PAD + 2.0 * line_height(size));
    layout.open_frame();
    let (left, right) = (LEFT + FRAME_PAD, RIGHT - FRAME_PAD);
    layout.paragraph(left, right, size, &[Run::bold(heading)]);
    layout.space(mm(1.0));
    layout.paragraph(left, right, size, &[Run::regular(text)]);
    layout.close_frame();
}

/// "Side 1 af 2" at the foot of each page; the count is known only once the letter is
/// laid out.
fn numbered(mut pages: Vec<Page>, labels: &PaperLabels<'_>, size: f32) -> Vec<Page> {
    let total = pages.len();
    for (i, page) in pages.iter_mut().enumerate() {
        let text = format!("{} {} {} {}", labels.page, i + 1, labels.of, total);
        let footer = [Run::regular(&text)];
        let left = RIGHT - typeset::width(&footer, size);
        typeset::draw(page, PAGE_HEIGHT, left, FOOTER_TOP, size, &footer);
    }
    pages
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    const LABELS: PaperLabels<'static> = PaperLabels {
        summary_heading: "Kort fortalt",
        page: "Side",
        of: "af",
        attachments_heading: "Bilag",
    };

    pub(crate) fn letter(body_markdown: &str) -> PaperLetter<'_> {
        PaperLetter {
            authority: "Aarhus Kommune (demo)",
            sender_name: "Borgerservice",
            sender_lines: &[
                "Telefon 89 40 20 00",
                "Rådhuspladsen 2, 8000 Aarhus C",
                "Åbent mandag–fredag 10–15",
            ],
            recipient_name: "Søren Ærø Åberg",
            recipient_address: "Østergade 12, 2. tv.\n8000 Aarhus C",
            date: "23. november 2026",
            subject: "Afgørelse om boligstøtte",
            summary: Some("Du får 1.250 kr. om måneden i boligstøtte fra 1. januar 2027."),
            deadline: Some("Svar senest fredag den 12. december 2026"),
            body_markdown,
            notice: None,
            attachments: &[],
            labels: &LABELS,
            lang: "da",
            large_print: false,
        }
    }

    /// Each page's text, as a print shop's or a screen reader's software reads it.
    fn pages_text(pdf: &[u8]) -> Vec<String> {
        let document = lopdf::Document::load_mem(pdf).unwrap();
        let count = document.get_pages().len() as u32;
        (1..=count)
            .map(|page| document.extract_text(&[page]).unwrap())
            .collect()
    }

    pub(crate) fn long_body() -> String {
        (1..=40)
            .map(|i| format!("Afsnit {i}. Vi har set på din sag, og vi har lagt vægt på de oplysninger, du gav os i dit brev. Det betyder, at du kan få hjælp."))
            .collect::<Vec<_>>()
            .join("\n\n")
    }

    #[test]
    fn a_short_letter_is_one_page_with_what_matters_on_it() {
        let pages = pages_text(&render(&[letter("Vi har *behandlet* din ansøgning.")]));
        assert_eq!(pages.len(), 1);
        let page = &pages[0];
        for expected in [
            "Søren Ærø Åberg",
            "Østergade 12",
            "8000 Aarhus C",
            "Aarhus Kommune (demo)",
            "Åbent mandag–fredag 10–15",
            "23. november 2026",
            "Afgørelse om boligstøtte",
            "Svar senest fredag den 12. december 2026",
            "Kort fortalt",
            "1.250 kr. om måneden",
            "Vi har behandlet din ansøgning.",
            "Side 1 af 1",
        ] {
            assert!(page.contains(expected), "{expected:?} missing from {page}");
        }
    }

    #[test]
    fn danish_ukrainian_and_turkish_characters_survive() {
        let body = "æøå ÆØÅ é § € «citat» – — ł Привіт ієїґ İstanbul ğışçöü";
        let pages = pages_text(&render(&[letter(body)]));
        assert!(pages[0].contains(body), "{}", pages[0]);
    }

    #[test]
    fn a_long_letter_runs_onto_numbered_continuation_pages() {
        let body = long_body();
        let pages = pages_text(&render(&[letter(&body)]));
        assert!(pages.len() >= 2, "{} pages", pages.len());
        let total = pages.len();
        for (i, page) in pages.iter().enumerate() {
            assert!(
                page.contains(&format!("Side {} af {total}", i + 1)),
                "{page}"
            );
        }
        assert!(pages[total - 1].contains("Afsnit 40."));
    }

    #[test]
    fn each_letter_starts_on_a_new_page_and_counts_its_own_pages() {
        let long = long_body();
        let mut second = letter("Kort brev.");
        second.recipient_name = "Mette Frederiksen";
        let first_alone = pages_text(&render(&[letter(&long)])).len();
        let pages = pages_text(&render(&[letter(&long), second]));
        assert_eq!(pages.len(), first_alone + 1);
        let second_page = &pages[first_alone];
        assert!(second_page.contains("Mette Frederiksen"));
        assert!(second_page.contains("Side 1 af 1"));
        assert!(!pages[first_alone - 1].contains("Mette Frederiksen"));
    }

    #[test]
    fn a_notice_stands_above_the_subject_and_the_attachments_after_the_body() {
        let lines = [
            "Bilag 1: Lejekontrakt.pdf".to_owned(),
            "Bilag 2 skal printes for sig: Vejledning.pdf".to_owned(),
        ];
        let mut copy = letter("Brevets egen tekst.");
        copy.notice = Some(PaperNotice {
            heading: "Kopi af et brev, du ikke har åbnet",
            text: "Du har nu til og med fredag den 26. december 2026.",
        });
        copy.attachments = &lines;
        let page = &pages_text(&render(&[copy]))[0];
        let at = |s: &str| {
            page.find(s)
                .unwrap_or_else(|| panic!("{s:?} missing from {page}"))
        };
        assert!(at("Kopi af et brev, du ikke har åbnet") < at("Afgørelse om boligstøtte"));
        assert!(at("Du har nu til og med fredag den 26. december 2026.") < at("Brevets egen"));
        assert!(at("Brevets egen tekst.") < at("Bilag 1: Lejekontrakt.pdf"));
        at("Bilag 2 skal printes for sig: Vejledning.pdf");
    }

    /// Each size text is set in on the first page, with where the line that sets it
    /// starts (a text object's first `Td`, from the page's foot and left edge), in order.
    fn sizes_and_places(pdf: &[u8]) -> Vec<(f32, f32, f32)> {
        let document = lopdf::Document::load_mem(pdf).unwrap();
        let page = document.get_pages()[&1];
        let content = lopdf::content::Content::decode(&document.get_page_content(page)).unwrap();
        let number = |o: &lopdf::Object| o.as_float().unwrap_or_default();
        let (mut x, mut y, mut line_start) = (0.0, 0.0, false);
        let mut found = Vec::new();
        for operation in &content.operations {
            match operation.operator.as_str() {
                "BT" => line_start = true,
                "Td" if line_start => {
                    x = number(&operation.operands[0]);
                    y = number(&operation.operands[1]);
                    line_start = false;
                }
                "Tf" => found.push((number(&operation.operands[1]), x, y)),
                _ => {}
            }
        }
        found
    }

    #[test]
    fn large_print_sets_every_text_at_16_pt_or_more_but_the_address_stays_in_the_window() {
        let body = "Vi har *behandlet* din ansøgning.";
        let regular = sizes_and_places(&render(&[letter(body)]));
        let large = PaperLetter {
            large_print: true,
            ..letter(body)
        };
        let large = sizes_and_places(&render(&[large]));
        assert!(regular.iter().any(|(size, ..)| *size < 16.0), "{regular:?}");
        // The address: the name and three lines in the window, at the size and the place
        // the envelope and the post's machines expect.
        let rows = (PAGE_HEIGHT - WINDOW_TOP - WINDOW_HEIGHT)..(PAGE_HEIGHT - WINDOW_TOP);
        let columns = WINDOW_LEFT..(WINDOW_LEFT + WINDOW_WIDTH);
        let in_window = |(_, x, y): &(f32, f32, f32)| columns.contains(x) && rows.contains(y);
        let address = |found: &[(f32, f32, f32)]| -> Vec<(f32, f32, f32)> {
            found.iter().copied().filter(in_window).collect()
        };
        assert_eq!(address(&large).len(), 4, "{large:?}");
        assert!(address(&large).iter().all(|(size, ..)| *size == BODY_SIZE));
        assert_eq!(address(&large), address(&regular));
        assert!(
            large
                .iter()
                .filter(|place| !in_window(place))
                .all(|(size, ..)| *size >= 16.0),
            "{large:?}"
        );
    }

    #[test]
    fn no_letters_give_one_blank_page() {
        let pages = pages_text(&render(&[]));
        assert_eq!(pages.len(), 1);
        assert!(pages[0].trim().is_empty());
    }

    /// Writes a sample to look at: `cargo test -p borgerbro --lib post::paper::tests::sample -- --ignored`.
    #[test]
    #[ignore]
    fn sample() {
        let body = format!(
            "## Hvad betyder det for dig\n\nDu skal **ikke** gøre noget. Pengene kommer på din NemKonto.\n\n- Første udbetaling er 1. januar 2027\n- Du får brev hvert år\n\n1. Log ind på [borger.dk](https://borger.dk)\n2. Vælg «Boligstøtte»\n\n{}",
            long_body()
        );
        let summary = "Et langt resumé, der fylder mere end en side. ".repeat(90);
        let mut third = letter(
            "- Punkt\n  - Underpunkt med en meget lang adresse: https://aarhus.dk/borger/bolig-og-byggeri/boligstoette/meget-lang-sti-der-ikke-kan-brydes-paa-mellemrum/side.html\n\n> Et citat fra loven § 14, stk. 2.",
        );
        third.summary = Some(&summary);
        let pdf = render(&[letter(&body), letter("Kort brev nummer to."), third]);
        std::fs::write(std::env::temp_dir().join("paper-sample.pdf"), pdf).unwrap();
    }
}
