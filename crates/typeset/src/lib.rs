//! A small typesetter for PDF pages: text in Noto Sans and Noto Sans Arabic, regular and
//! bold, embedded in each PDF as a subset of the glyphs it uses (so a letter in Danish,
//! English, Turkish, Ukrainian or Arabic prints the same on any printer, and stays
//! small), shaped with rustybuzz (Arabic letters join, Latin is kerned), broken into
//! lines with the shaped widths, and ordered by Unicode's bidirectional algorithm (a
//! paragraph that starts in Arabic is set right to left against its right edge); in
//! paragraphs, hanging list items and frames that carry over a page break, and Markdown
//! set as paragraphs, headings and lists. Pure: no I/O, no database, no web, no font
//! read at run time; what goes on a page is the caller's (`borgerbro`'s letters).
//!
//! A [`Layout`] fills [`Page`]s from the top, measured in points from the top of the
//! page; each page remembers the glyphs drawn on it, and [`write_pdf`] makes one PDF of
//! the pages of one or more layouts with the fonts those pages need.

mod font;
mod markdown;
mod pdf;
mod wrap;

use std::mem;

pub use font::Font;
pub use pdf::{draw, write_pdf, write_pdf_in, Page};
pub use wrap::{width, wrap, Line, Run};

/// Millimetres in points.
pub const fn mm(millimetres: f32) -> f32 {
    millimetres * 72.0 / 25.4
}

/// The size of body text, and of Markdown paragraphs and list items.
pub const BODY_SIZE: f32 = 11.0;
/// A line's height, times its size.
pub const LEADING: f32 = 1.35;
/// The space before a paragraph.
pub const PARAGRAPH_SPACE: f32 = BODY_SIZE * 0.6;
/// The space between a frame and its text.
pub const FRAME_PAD: f32 = mm(4.0);
/// How far each level of a list or quotation moves in, and a list's marker hangs out.
pub const INDENT: f32 = mm(7.0);
// Deeper nesting than this would squeeze the text into a sliver at the right edge.
const MAX_INDENT_LEVELS: usize = 5;

pub fn line_height(size: f32) -> f32 {
    size * LEADING
}

/// A page's size and where text may go on it, in points from its top left corner.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Geometry {
    pub width: f32,
    pub height: f32,
    /// The text's margins: frames and Markdown run from `left` to `right`.
    pub left: f32,
    pub right: f32,
    /// Where a page's text starts and where it must end.
    pub top: f32,
    pub bottom: f32,
}

/// Pages as they fill, measured in points from the top of the page.
pub struct Layout {
    geometry: Geometry,
    pages: Vec<Page>,
    page: Page,
    /// Where the next line's top goes.
    pub y: f32,
    /// The top of an open frame on this page; a frame that crosses a page is drawn in a
    /// piece on each.
    frame_top: Option<f32>,
    /// How much larger than [`BODY_SIZE`] and its spaces Markdown is set: 1 as a rule,
    /// more for a reader who asked for large print.
    scale: f32,
}

impl Layout {
    pub fn new(geometry: Geometry) -> Self {
        Layout {
            geometry,
            pages: Vec::new(),
            page: Page::new(),
            y: geometry.top,
            frame_top: None,
            scale: 1.0,
        }
    }

    /// Starts a new page unless `height` still fits on this one. A page that has
    /// nothing on it yet takes whatever comes, or an oversized block would never end.
    pub fn room(&mut self, height: f32) {
        if self.y + height > self.geometry.bottom && self.y > self.geometry.top + FRAME_PAD {
            self.new_page();
        }
    }

    /// Starts a new page unless this one is still empty: for a part that begins on a
    /// page of its own.
    pub fn next_page(&mut self) {
        if self.y > self.geometry.top + FRAME_PAD {
            self.new_page();
        }
    }

    fn new_page(&mut self) {
        let framed = self.frame_top.is_some();
        self.close_frame();
        self.pages.push(mem::take(&mut self.page));
        self.y = self.geometry.top;
        if framed {
            self.open_frame();
        }
    }

    pub fn space(&mut self, height: f32) {
        self.y += height;
    }

    /// Opens a frame from margin to margin here; what follows is inside it until
    /// [`Layout::close_frame`].
    pub fn open_frame(&mut self) {
        self.frame_top = Some(self.y);
        self.y += FRAME_PAD;
    }

    pub fn close_frame(&mut self) {
        if let Some(top) = self.frame_top.take() {
            self.y += FRAME_PAD;
            let Geometry {
                left,
                right,
                height,
                ..
            } = self.geometry;
            self.page
                .frame(left, height - self.y, right - left, self.y - top);
        }
    }

    /// A filled bar `width` wide at `left`, from `top` down to where the next line goes.
    pub fn bar(&mut self, left: f32, top: f32, width: f32) {
        self.page
            .bar(left, self.geometry.height - self.y, width, self.y - top);
    }

    /// Sets `runs` between `left` and `right`, against `right` when they read right to
    /// left.
    pub fn paragraph(&mut self, left: f32, right: f32, size: f32, runs: &[Run]) {
        for line in wrap(runs, size, right - left) {
            self.line(left, &line);
        }
    }

    /// A list item: its text from `left` to the margin, the marker hanging before it.
    pub fn item(&mut self, left: f32, size: f32, runs: &[Run], marker: &str) {
        self.item_between(left, self.geometry.right, size, runs, marker);
    }

    /// A list item from `left` to `right`; its marker hangs before its first line, on the
    /// right of text that reads right to left.
    fn item_between(&mut self, left: f32, right: f32, size: f32, runs: &[Run], marker: &str) {
        let marker = [Run::regular(marker)];
        let marker_left = match wrap::is_rtl(runs) {
            true => right + INDENT - width(&marker, size),
            false => left - INDENT,
        };
        for (i, line) in wrap(runs, size, right - left).iter().enumerate() {
            let top = self.line(left, line);
            if i == 0 {
                let page_height = self.geometry.height;
                draw(&mut self.page, page_height, marker_left, top, size, &marker);
            }
        }
    }

    /// Sets one line already broken, at `left`, or against the right edge of its measure
    /// when it reads right to left; answers where its top went, on this page or a new
    /// one.
    pub fn line(&mut self, left: f32, line: &Line) -> f32 {
        let height = line_height(line.size);
        self.room(height);
        let top = self.y;
        self.page
            .line(self.geometry.height, left + line.offset(), top, line);
        self.y += height;
        top
    }

    /// The same layout, its Markdown set `scale` times larger (text, spaces and indents).
    pub fn scaled(mut self, scale: f32) -> Self {
        self.scale = scale;
        self
    }

    /// CommonMark as paragraphs, headings, lists and quotations from margin to margin; a
    /// heading is kept with the lines after it, and a block that reads right to left is
    /// indented from the right. Raw HTML is left out, and the text inside script and
    /// style elements with it: that is code, not words for the reader.
    pub fn markdown(&mut self, markdown: &str) {
        for (i, block) in markdown::body_blocks(markdown).iter().enumerate() {
            let size = block.size * self.scale;
            if i > 0 {
                self.space(block.space_before * self.scale);
            }
            if block.keep_with_next {
                self.room(line_height(size) + 2.0 * line_height(BODY_SIZE * self.scale));
            }
            let indent = INDENT * self.scale * block.indent.min(MAX_INDENT_LEVELS) as f32;
            let (left, right) = match wrap::is_rtl(&block.runs) {
                true => (self.geometry.left, self.geometry.right - indent),
                false => (self.geometry.left + indent, self.geometry.right),
            };
            match &block.marker {
                Some(marker) => self.item_between(left, right, size, &block.runs, marker),
                None => self.paragraph(left, right, size, &block.runs),
            }
        }
    }

    /// The pages, the last one as far as it came.
    pub fn finish(mut self) -> Vec<Page> {
        self.close_frame();
        self.pages.push(self.page);
        self.pages
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const A4: Geometry = Geometry {
        width: mm(210.0),
        height: mm(297.0),
        left: mm(25.0),
        right: mm(190.0),
        top: mm(20.0),
        bottom: mm(272.0),
    };

    /// Markdown set on A4 pages, each page's text as a print shop's or a screen reader's
    /// software reads it.
    fn pages_text(markdown: &str) -> Vec<String> {
        let mut layout = Layout::new(A4);
        layout.markdown(markdown);
        let pdf = write_pdf(&A4, layout.finish());
        let document = lopdf::Document::load_mem(&pdf).unwrap();
        let count = document.get_pages().len() as u32;
        (1..=count)
            .map(|page| document.extract_text(&[page]).unwrap())
            .collect()
    }

    #[test]
    fn raw_html_is_never_printed() {
        let body = "Du får ja.<script>alert(1)</script> <img src=x onerror=alert(2)> <b>Tak</b>\n\n<div onclick=\"x()\">\n\n<style>p{}</style>\nSlut.";
        let page = &pages_text(body)[0];
        for absent in ["<", "script", "alert", "onerror", "onclick", "p{}"] {
            assert!(!page.contains(absent), "{absent:?} printed in {page}");
        }
        assert!(page.contains("Du får ja."));
        assert!(page.contains("Tak"));
    }

    #[test]
    fn markdown_gets_lists_headings_and_printed_links() {
        let body = "## Hvad sker der nu\n\n- Vi sender pengene\n- Du skal **intet** gøre\n\n3. tredje\n4. fjerde\n\nLæs mere på [aarhus.dk](https://aarhus.dk/boligstoette) eller <https://borger.dk>.\n\n```\nkode linje\n```";
        let page = &pages_text(body)[0];
        for expected in [
            "Hvad sker der nu",
            "•",
            "Vi sender pengene",
            "Du skal intet gøre",
            "3.",
            "4.",
            "fjerde",
            "aarhus.dk (https://aarhus.dk/boligstoette)",
            "eller https://borger.dk.",
            "kode linje",
        ] {
            assert!(page.contains(expected), "{expected:?} missing from {page}");
        }
        assert!(!page.contains("(https://borger.dk)"));
    }

    #[test]
    fn text_that_fills_a_page_runs_onto_the_next() {
        let body = (1..=60)
            .map(|i| format!("Afsnit {i}. Vi har set på din sag, og vi har lagt vægt på de oplysninger, du gav os."))
            .collect::<Vec<_>>()
            .join("\n\n");
        let pages = pages_text(&body);
        assert!(pages.len() >= 2, "{} pages", pages.len());
        assert!(pages[0].contains("Afsnit 1.") && !pages[0].contains("Afsnit 60."));
        assert!(pages[pages.len() - 1].contains("Afsnit 60."));
    }

    #[test]
    fn danish_ukrainian_and_turkish_text_comes_back_exactly() {
        let danish = "Søren Ærø Åberg får 1.250 kr. «citat» – — § € é";
        let ukrainian = "Ваша заява про житлову допомогу: ієї ґанок Є Ї Ґ";
        let turkish = "İstanbul'da ığdır, çiçek, öğün, şüphe: İI ıi Ğ Ş";
        let body = format!("{danish}\n\n**{ukrainian}**\n\n{turkish}");
        let page = &pages_text(&body)[0];
        for text in [danish, ukrainian, turkish] {
            assert!(page.contains(text), "{text:?} missing from {page}");
        }
    }

    /// The text of a PDF as poppler's pdftotext reads it, without the bidi controls it
    /// puts around runs of each direction; `None` where it is not installed and CI does
    /// not demand it (CI installs poppler-utils).
    fn pdftotext(pdf: &[u8]) -> Option<String> {
        let path = std::env::temp_dir().join(format!("typeset-{}.pdf", std::process::id()));
        std::fs::write(&path, pdf).unwrap();
        let output = std::process::Command::new("pdftotext")
            .arg(&path)
            .arg("-")
            .output();
        std::fs::remove_file(&path).unwrap();
        match output {
            Ok(output) => {
                let text = String::from_utf8(output.stdout).unwrap();
                let controls =
                    |c: &char| !matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}');
                Some(text.chars().filter(controls).collect())
            }
            Err(_) if std::env::var_os("CI").is_none() => {
                eprintln!("pdftotext is not installed (apt-get install poppler-utils): skipped");
                None
            }
            Err(e) => panic!("pdftotext: {e}"),
        }
    }

    const MIXED: &str = "رقم الملف 2026-0142 من Aarhus Kommune";

    #[test]
    fn arabic_comes_back_in_reading_order() {
        // Poppler reads punctuation at the end of an Arabic word and vowel marks in its
        // own way, so these words have none.
        let words = "مرحبا بكم في بلدية آرهوس نحن نكتب إليك بخصوص طلبك";
        let mut layout = Layout::new(A4);
        layout.markdown(&format!("{words}\n\n**{MIXED}**"));
        let Some(text) = pdftotext(&write_pdf(&A4, layout.finish())) else {
            return;
        };
        let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
        assert!(text.contains(words), "{text}");
        assert!(text.contains("رقم الملف"), "{text}");
        assert!(text.contains("من Aarhus Kommune"), "{text}");
    }

    /// The text of each piece of a line, left to right as it is seen, spaces left out.
    fn seen(line: &Line) -> Vec<String> {
        line.pieces
            .iter()
            .map(|piece| {
                let mut glyphs: Vec<_> = piece.glyphs.iter().map(|glyph| glyph.text).collect();
                glyphs.sort();
                glyphs
                    .iter()
                    .map(|&(start, end)| &line.text[start..end])
                    .collect::<String>()
            })
            .filter(|text| !text.trim().is_empty())
            .collect()
    }

    #[test]
    fn a_mixed_arabic_line_is_in_visual_order_against_the_right_margin() {
        let mut layout = Layout::new(A4);
        layout.paragraph(A4.left, A4.right, BODY_SIZE, &[Run::regular(MIXED)]);
        layout.paragraph(
            A4.left,
            A4.right,
            BODY_SIZE,
            &[Run::regular("Aarhus Kommune")],
        );
        let pages = layout.finish();
        let lines: Vec<_> = pages[0].lines().collect();
        let [(x, _, arabic), (latin_x, _, _)] = lines.as_slice() else {
            panic!("{} lines", lines.len())
        };
        // Right to left: رقم, الملف, the number, من, and the Latin name, each number
        // and the name read left to right; the hyphen between two numbers that follow
        // Arabic is itself right to left (Unicode's rules W2 and N1), as a browser has it.
        assert_eq!(
            seen(arabic),
            [
                "Aarhus",
                "Kommune",
                "من",
                "0142",
                "-",
                "2026",
                "الملف",
                "رقم"
            ]
        );
        assert!(
            (x + arabic.width - A4.right).abs() < 0.01,
            "ends at the right margin"
        );
        assert_eq!(*latin_x, A4.left, "Latin starts at the left margin");
    }

    #[test]
    fn a_character_no_font_has_shows_as_notdef() {
        let lines = wrap(&[Run::regular("Hej 😀!")], BODY_SIZE, mm(100.0));
        let glyphs: Vec<u16> = lines[0]
            .pieces
            .iter()
            .flat_map(|piece| &piece.glyphs)
            .map(|glyph| glyph.id)
            .collect();
        assert_eq!(glyphs.len(), 6, "{glyphs:?}");
        assert_eq!(
            glyphs.iter().filter(|&&id| id == 0).count(),
            1,
            "only the emoji"
        );
        assert!(pages_text("Hej 😀!")[0].contains("Hej"));
    }

    #[test]
    fn a_one_page_danish_letter_stays_small() {
        let mut layout = Layout::new(A4);
        layout.paragraph(
            A4.left,
            A4.right,
            14.0,
            &[Run::bold("Afgørelse om boligstøtte")],
        );
        let body = (1..=12)
            .map(|i| format!("Afsnit {i}. Vi har set på din sag, og vi har lagt **vægt** på de oplysninger, du gav os. ÆØÅ?"))
            .collect::<Vec<_>>()
            .join("\n\n");
        layout.markdown(&body);
        let pages = layout.finish();
        assert_eq!(pages.len(), 1);
        let pdf = write_pdf_in(&A4, pages, Some("da"));
        assert!(pdf.len() < 40_000, "{} bytes", pdf.len());
    }

    #[test]
    fn every_face_is_embedded_as_a_subset() {
        let body = "Dansk **fed** og عربي **عريض**";
        let mut layout = Layout::new(A4);
        layout.markdown(body);
        let pdf = write_pdf(&A4, layout.finish());
        let document = lopdf::Document::load_mem(&pdf).unwrap();
        let fonts = document
            .get_page_fonts(document.page_iter().next().unwrap())
            .unwrap();
        let mut names: Vec<String> = fonts
            .values()
            .map(|font| {
                String::from_utf8_lossy(font.get(b"BaseFont").unwrap().as_name().unwrap())
                    .into_owned()
            })
            .collect();
        names.sort_by_key(|name| name[7..].to_owned());
        let plain: Vec<&str> = names.iter().map(|name| &name[7..]).collect();
        assert_eq!(
            plain,
            [
                "NotoSans-Bold",
                "NotoSans-Regular",
                "NotoSansArabic-Bold",
                "NotoSansArabic-Regular"
            ]
        );
        assert!(
            names.iter().all(|name| name.as_bytes()[6] == b'+'),
            "{names:?}"
        );
        assert!(
            pdf.len() < 40_000,
            "{} bytes: subsets, not whole fonts",
            pdf.len()
        );
    }
}
