//! A small typesetter for PDF pages: text in the PDF standard fonts Helvetica and
//! Helvetica-Bold with WinAnsiEncoding (every PDF reader and printer has them, so a file
//! needs no embedded font, no font file at run time, and stays small), broken into lines
//! with the fonts' own metrics, in paragraphs, hanging list items and frames that carry
//! over a page break, and Markdown set as paragraphs, headings and lists. Pure: no I/O,
//! no database, no web; what goes on a page is the caller's (`borgerbro`'s letters).
//!
//! A [`Layout`] fills pages from the top, measured in points from the top of the page;
//! [`write_pdf`] makes one PDF of the pages of one or more layouts.

mod font;
mod markdown;
mod wrap;

use std::mem;

pub use font::{to_points, Font};
pub use pdf_writer::Content;
use pdf_writer::{Filter, Finish, Name, Pdf, Rect, Ref, Str, TextStr};
pub use wrap::{set_line, wrap, Line, Run, Word};

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
    pages: Vec<Content>,
    page: Content,
    /// Where the next line's top goes.
    pub y: f32,
    /// The top of an open frame on this page; a frame that crosses a page is drawn in a
    /// piece on each.
    frame_top: Option<f32>,
}

impl Layout {
    pub fn new(geometry: Geometry) -> Self {
        Layout {
            geometry,
            pages: Vec::new(),
            page: Content::new(),
            y: geometry.top,
            frame_top: None,
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
        self.pages
            .push(mem::replace(&mut self.page, Content::new()));
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
                .set_line_width(0.75)
                .rect(left, height - self.y, right - left, self.y - top)
                .stroke();
        }
    }

    /// A filled bar `width` wide at `left`, from `top` down to where the next line goes.
    pub fn bar(&mut self, left: f32, top: f32, width: f32) {
        self.page
            .rect(left, self.geometry.height - self.y, width, self.y - top)
            .fill_nonzero();
    }

    /// Sets `runs` between `left` and `right`.
    pub fn paragraph(&mut self, left: f32, right: f32, size: f32, runs: &[Run]) {
        for line in wrap(runs, size, right - left) {
            self.line(left, size, &line);
        }
    }

    /// A list item: its text from `left` to the margin, the marker hanging before it.
    pub fn item(&mut self, left: f32, size: f32, runs: &[Run], marker: &str) {
        let right = self.geometry.right;
        for (i, line) in wrap(runs, size, right - left).iter().enumerate() {
            let top = self.line(left, size, line);
            if i == 0 {
                let page_height = self.geometry.height;
                draw(
                    &mut self.page,
                    page_height,
                    left - INDENT,
                    top,
                    size,
                    &[Run::regular(marker)],
                );
            }
        }
    }

    /// Sets one line already broken; answers where its top went, on this page or a new
    /// one.
    pub fn line(&mut self, left: f32, size: f32, line: &Line) -> f32 {
        self.room(line_height(size));
        let top = self.y;
        let page_height = self.geometry.height;
        draw(
            &mut self.page,
            page_height,
            left,
            top,
            size,
            &set_line(line),
        );
        self.y += line_height(size);
        top
    }

    /// CommonMark as paragraphs, headings, lists and quotations from margin to margin; a
    /// heading is kept with the lines after it. Raw HTML is left out, and the text inside
    /// script and style elements with it: that is code, not words for the reader.
    pub fn markdown(&mut self, markdown: &str) {
        for (i, block) in markdown::body_blocks(markdown).iter().enumerate() {
            if i > 0 {
                self.space(block.space_before);
            }
            if block.keep_with_next {
                self.room(line_height(block.size) + 2.0 * line_height(BODY_SIZE));
            }
            let left = self.geometry.left + INDENT * block.indent.min(MAX_INDENT_LEVELS) as f32;
            match &block.marker {
                Some(marker) => self.item(left, block.size, &block.runs, marker),
                None => self.paragraph(left, self.geometry.right, block.size, &block.runs),
            }
        }
    }

    /// The pages, the last one as far as it came.
    pub fn finish(mut self) -> Vec<Content> {
        self.close_frame();
        self.pages.push(self.page);
        self.pages
    }
}

/// Draws one line whose top is `top` points below the top of a page `page_height` high.
pub fn draw(page: &mut Content, page_height: f32, left: f32, top: f32, size: f32, runs: &[Run]) {
    page.begin_text();
    page.next_line(left, page_height - top - size);
    for run in runs {
        page.set_font(run.font.resource(), size);
        page.show(Str(&font::encode(&run.text)));
    }
    page.end_text();
}

/// One PDF of the pages, each of the geometry's size, their content compressed.
pub fn write_pdf(geometry: &Geometry, pages: Vec<Content>) -> Vec<u8> {
    write_pdf_in(geometry, pages, None)
}

/// [`write_pdf`], saying the document's natural language (`/Lang`, a BCP 47 tag such as
/// "da"), so a screen reader reads it with the right voice.
pub fn write_pdf_in(geometry: &Geometry, pages: Vec<Content>, lang: Option<&str>) -> Vec<u8> {
    let mut pdf = Pdf::new();
    let mut ids = Ref::new(1);
    let catalog_id = ids.bump();
    let tree_id = ids.bump();
    let fonts = [Font::Regular, Font::Bold].map(|font| (font, ids.bump()));
    let page_ids: Vec<(Ref, Ref)> = pages.iter().map(|_| (ids.bump(), ids.bump())).collect();
    let mut catalog = pdf.catalog(catalog_id);
    catalog.pages(tree_id);
    if let Some(lang) = lang {
        catalog.lang(TextStr(lang));
    }
    catalog.finish();
    pdf.pages(tree_id)
        .kids(page_ids.iter().map(|(page_id, _)| *page_id))
        .count(i32::try_from(page_ids.len()).unwrap_or(i32::MAX));
    for (font, id) in fonts {
        pdf.type1_font(id)
            .base_font(font.base_font())
            .encoding_predefined(Name(b"WinAnsiEncoding"));
    }
    for (content, (page_id, content_id)) in pages.into_iter().zip(page_ids) {
        let mut page = pdf.page(page_id);
        page.media_box(Rect::new(0.0, 0.0, geometry.width, geometry.height))
            .parent(tree_id)
            .contents(content_id);
        let mut resources = page.resources();
        let mut font_names = resources.fonts();
        for (font, id) in fonts {
            font_names.pair(font.resource(), id);
        }
        font_names.finish();
        resources.finish();
        page.finish();
        let data = miniz_oxide::deflate::compress_to_vec_zlib(&content.finish(), 6);
        pdf.stream(content_id, &data).filter(Filter::FlateDecode);
    }
    pdf.finish()
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
    fn danish_and_typographic_characters_survive() {
        let body = "æøå ÆØÅ é § € «citat» – —";
        assert!(pages_text(body)[0].contains(body));
    }
}
