//! Paper letters as an A4 PDF, laid out for a Danish window envelope (DIN 5008), so a
//! print shop can print, fold and post them without touching the layout.
//!
//! The text is set in the PDF standard fonts Helvetica and Helvetica-Bold with
//! WinAnsiEncoding: every PDF reader and printer has them, so the file needs no embedded
//! font, no font file at run time and stays small. WinAnsi covers Danish (æ ø å é § € « »
//! – —); a character outside it prints as '?' rather than as a wrong glyph.

use std::mem;

use pdf_writer::{Content, Filter, Finish, Name, Pdf, Rect, Ref, Str};
use pulldown_cmark::{Event, HeadingLevel, Parser, Tag, TagEnd};

/// One letter as it goes on paper. All text already in the reader's language.
#[derive(Debug, Clone, Copy)]
pub struct PaperLetter<'a> {
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
}

/// A framed text above the subject, heading in bold.
#[derive(Debug, Clone, Copy)]
pub struct PaperNotice<'a> {
    pub heading: &'a str,
    pub text: &'a str,
}

/// The few words the layout prints itself, in the reader's language.
#[derive(Debug, Clone, Copy)]
pub struct PaperLabels<'a> {
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
pub fn render(letters: &[PaperLetter<'_>]) -> Vec<u8> {
    let mut pages: Vec<Content> = letters
        .iter()
        .flat_map(|letter| numbered(lay_out(letter), letter.labels))
        .collect();
    if pages.is_empty() {
        pages.push(Content::new());
    }
    write_pdf(pages)
}

const fn mm(millimetres: f32) -> f32 {
    millimetres * 72.0 / 25.4
}

const PAGE_WIDTH: f32 = mm(210.0);
const PAGE_HEIGHT: f32 = mm(297.0);
const LEFT: f32 = mm(25.0);
const RIGHT: f32 = mm(190.0);
const TEXT_WIDTH: f32 = RIGHT - LEFT;
const TOP: f32 = mm(20.0);
const BOTTOM: f32 = mm(272.0);
const FOOTER_TOP: f32 = mm(280.0);

// The envelope's window. The text sits 5 mm inside it, as DIN 5008 has it, so an
// address still shows whole when the sheet slides a little in the envelope.
const WINDOW_LEFT: f32 = mm(20.0);
const WINDOW_TOP: f32 = mm(45.0);
const WINDOW_WIDTH: f32 = mm(85.0);
const WINDOW_HEIGHT: f32 = mm(40.0);
const WINDOW_INSET: f32 = mm(5.0);

const SENDER_LEFT: f32 = mm(125.0);
const SENDER_TOP: f32 = mm(20.0);

const BODY_SIZE: f32 = 11.0;
const SUBJECT_SIZE: f32 = 14.0;
const DEADLINE_SIZE: f32 = 12.0;
const SENDER_SIZE: f32 = 10.0;
const SMALL_SIZE: f32 = 9.0;
const LEADING: f32 = 1.35;
const PARAGRAPH_SPACE: f32 = BODY_SIZE * 0.6;
const FRAME_PAD: f32 = mm(4.0);
const INDENT: f32 = mm(7.0);
// Deeper nesting than this would squeeze the text into a sliver at the right edge.
const MAX_INDENT_LEVELS: usize = 5;

fn lay_out(letter: &PaperLetter<'_>) -> Vec<Content> {
    let mut layout = Layout::new();
    let below_sender = sender(&mut layout, letter);
    let below_recipient = recipient(&mut layout, letter);
    layout.y = below_sender
        .max(below_recipient)
        .max(WINDOW_TOP + WINDOW_HEIGHT)
        + mm(8.0);
    if let Some(notice) = letter.notice {
        framed(&mut layout, notice.heading, notice.text);
        layout.space(mm(6.0));
    }
    layout.paragraph(LEFT, RIGHT, SUBJECT_SIZE, &[Run::bold(letter.subject)]);
    if let Some(deadline) = letter.deadline {
        layout.space(mm(3.0));
        deadline_line(&mut layout, deadline);
    }
    if let Some(summary) = letter.summary {
        layout.space(mm(4.0));
        framed(&mut layout, letter.labels.summary_heading, summary);
    }
    layout.space(mm(5.0));
    body(&mut layout, letter.body_markdown);
    if !letter.attachments.is_empty() {
        layout.space(2.0 * PARAGRAPH_SPACE);
        layout.room(line_height(BODY_SIZE) * 2.0);
        let heading = [Run::bold(letter.labels.attachments_heading)];
        layout.paragraph(LEFT, RIGHT, BODY_SIZE, &heading);
        for line in letter.attachments {
            layout.paragraph(LEFT, RIGHT, BODY_SIZE, &[Run::regular(line)]);
        }
    }
    layout.finish()
}

/// Answers where the sender block ends.
fn sender(layout: &mut Layout, letter: &PaperLetter<'_>) -> f32 {
    layout.y = SENDER_TOP;
    layout.paragraph(
        SENDER_LEFT,
        RIGHT,
        BODY_SIZE,
        &[Run::bold(letter.authority)],
    );
    let name = [Run::regular(letter.sender_name)];
    layout.paragraph(SENDER_LEFT, RIGHT, SENDER_SIZE, &name);
    layout.space(mm(1.0));
    for line in letter.sender_lines {
        layout.paragraph(SENDER_LEFT, RIGHT, SMALL_SIZE, &[Run::regular(line)]);
    }
    layout.space(mm(4.0));
    layout.paragraph(
        SENDER_LEFT,
        RIGHT,
        SENDER_SIZE,
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
fn deadline_line(layout: &mut Layout, deadline: &str) {
    let bar_width = mm(1.5);
    let left = LEFT + bar_width + mm(3.0);
    let lines = wrap(&[Run::bold(deadline)], DEADLINE_SIZE, RIGHT - left);
    layout.room(line_height(DEADLINE_SIZE) * lines.len() as f32);
    let top = layout.y;
    for line in &lines {
        layout.line(left, DEADLINE_SIZE, line);
    }
    let height = layout.y - top;
    layout
        .page
        .rect(LEFT, PAGE_HEIGHT - layout.y, bar_width, height)
        .fill_nonzero();
}

/// A heading and a text in a frame: "Kort fortalt", or a notice above the subject.
fn framed(layout: &mut Layout, heading: &str, text: &str) {
    layout.room(2.0 * FRAME_PAD + 2.0 * line_height(BODY_SIZE));
    layout.open_frame();
    let (left, right) = (LEFT + FRAME_PAD, RIGHT - FRAME_PAD);
    layout.paragraph(left, right, BODY_SIZE, &[Run::bold(heading)]);
    layout.space(mm(1.0));
    layout.paragraph(left, right, BODY_SIZE, &[Run::regular(text)]);
    layout.close_frame();
}

fn body(layout: &mut Layout, markdown: &str) {
    for (i, block) in body_blocks(markdown).iter().enumerate() {
        if i > 0 {
            layout.space(block.space_before);
        }
        if block.keep_with_next {
            layout.room(line_height(block.size) + 2.0 * line_height(BODY_SIZE));
        }
        let left = LEFT + INDENT * block.indent.min(MAX_INDENT_LEVELS) as f32;
        match &block.marker {
            Some(marker) => layout.item(left, block.size, &block.runs, marker),
            None => layout.paragraph(left, RIGHT, block.size, &block.runs),
        }
    }
}

fn line_height(size: f32) -> f32 {
    size * LEADING
}

/// "Side 1 af 2" at the foot of each page; the count is known only once the letter is
/// laid out.
fn numbered(mut pages: Vec<Content>, labels: &PaperLabels<'_>) -> Vec<Content> {
    let total = pages.len();
    for (i, page) in pages.iter_mut().enumerate() {
        let text = format!("{} {} {} {}", labels.page, i + 1, labels.of, total);
        let left = RIGHT - to_points(Font::Regular.units(&text), SMALL_SIZE);
        draw(page, left, FOOTER_TOP, SMALL_SIZE, &[Run::regular(&text)]);
    }
    pages
}

/// One letter's pages as they fill, measured in points from the top of the page.
struct Layout {
    pages: Vec<Content>,
    page: Content,
    /// Where the next line's top goes.
    y: f32,
    /// The top of an open frame on this page; a frame that crosses a page is drawn in a
    /// piece on each.
    frame_top: Option<f32>,
}

impl Layout {
    fn new() -> Self {
        Layout {
            pages: Vec::new(),
            page: Content::new(),
            y: TOP,
            frame_top: None,
        }
    }

    /// Starts a new page unless `height` still fits on this one. A page that has
    /// nothing on it yet takes whatever comes, or an oversized block would never end.
    fn room(&mut self, height: f32) {
        if self.y + height > BOTTOM && self.y > TOP + FRAME_PAD {
            self.new_page();
        }
    }

    fn new_page(&mut self) {
        let framed = self.frame_top.is_some();
        self.close_frame();
        self.pages
            .push(mem::replace(&mut self.page, Content::new()));
        self.y = TOP;
        if framed {
            self.open_frame();
        }
    }

    fn space(&mut self, height: f32) {
        self.y += height;
    }

    fn open_frame(&mut self) {
        self.frame_top = Some(self.y);
        self.y += FRAME_PAD;
    }

    fn close_frame(&mut self) {
        if let Some(top) = self.frame_top.take() {
            self.y += FRAME_PAD;
            self.page
                .set_line_width(0.75)
                .rect(LEFT, PAGE_HEIGHT - self.y, TEXT_WIDTH, self.y - top)
                .stroke();
        }
    }

    /// Sets `runs` between `left` and `right`.
    fn paragraph(&mut self, left: f32, right: f32, size: f32, runs: &[Run]) {
        for line in wrap(runs, size, right - left) {
            self.line(left, size, &line);
        }
    }

    /// A list item: its text from `left` to the margin, the marker hanging before it.
    fn item(&mut self, left: f32, size: f32, runs: &[Run], marker: &str) {
        for (i, line) in wrap(runs, size, RIGHT - left).iter().enumerate() {
            let top = self.line(left, size, line);
            if i == 0 {
                draw(
                    &mut self.page,
                    left - INDENT,
                    top,
                    size,
                    &[Run::regular(marker)],
                );
            }
        }
    }

    /// Answers where the line's top went, on this page or a new one.
    fn line(&mut self, left: f32, size: f32, line: &Line) -> f32 {
        self.room(line_height(size));
        let top = self.y;
        draw(&mut self.page, left, top, size, &set_line(line));
        self.y += line_height(size);
        top
    }

    fn finish(mut self) -> Vec<Content> {
        self.close_frame();
        self.pages.push(self.page);
        self.pages
    }
}

/// Draws one line whose top is `top` points below the top of the page.
fn draw(page: &mut Content, left: f32, top: f32, size: f32, runs: &[Run]) {
    page.begin_text();
    page.next_line(left, PAGE_HEIGHT - top - size);
    for run in runs {
        page.set_font(run.font.resource(), size);
        page.show(Str(&encode(&run.text)));
    }
    page.end_text();
}

fn write_pdf(pages: Vec<Content>) -> Vec<u8> {
    let mut pdf = Pdf::new();
    let mut ids = Ref::new(1);
    let catalog_id = ids.bump();
    let tree_id = ids.bump();
    let fonts = [Font::Regular, Font::Bold].map(|font| (font, ids.bump()));
    let page_ids: Vec<(Ref, Ref)> = pages.iter().map(|_| (ids.bump(), ids.bump())).collect();
    pdf.catalog(catalog_id).pages(tree_id);
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
        page.media_box(Rect::new(0.0, 0.0, PAGE_WIDTH, PAGE_HEIGHT))
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

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Font {
    Regular,
    Bold,
}

impl Font {
    fn resource(self) -> Name<'static> {
        match self {
            Font::Regular => Name(b"F1"),
            Font::Bold => Name(b"F2"),
        }
    }

    fn base_font(self) -> Name<'static> {
        match self {
            Font::Regular => Name(b"Helvetica"),
            Font::Bold => Name(b"Helvetica-Bold"),
        }
    }

    /// Width in thousandths of the font size, as the font's metrics count it.
    fn units(self, text: &str) -> u32 {
        text.chars().map(|c| self.advance(c)).sum()
    }

    fn advance(self, c: char) -> u32 {
        let widths = match self {
            Font::Regular => &HELVETICA_WIDTHS,
            Font::Bold => &HELVETICA_BOLD_WIDTHS,
        };
        let index = usize::from(win_ansi(c)).checked_sub(32);
        index
            .and_then(|i| widths.get(i))
            .map_or(0, |&width| u32::from(width))
    }
}

fn to_points(units: u32, size: f32) -> f32 {
    units as f32 * size / 1000.0
}

/// Word breaks fall on spaces; a no-break space keeps "12. december" on one line.
fn is_break_space(c: char) -> bool {
    c.is_whitespace() && c != '\u{a0}'
}

fn encode(text: &str) -> Vec<u8> {
    text.chars().map(win_ansi).collect()
}

/// The WinAnsiEncoding code of a character, '?' for what it cannot show.
fn win_ansi(c: char) -> u8 {
    match c {
        ' '..='~' | '\u{a0}'..='ÿ' => u8::try_from(c).unwrap_or(b'?'),
        '€' => 0x80,
        '‚' => 0x82,
        'ƒ' => 0x83,
        '„' => 0x84,
        '…' => 0x85,
        '†' => 0x86,
        '‡' => 0x87,
        'ˆ' => 0x88,
        '‰' => 0x89,
        'Š' => 0x8a,
        '‹' => 0x8b,
        'Œ' => 0x8c,
        'Ž' => 0x8e,
        '‘' => 0x91,
        '’' => 0x92,
        '“' => 0x93,
        '”' => 0x94,
        '•' => 0x95,
        '–' => 0x96,
        '—' => 0x97,
        '˜' => 0x98,
        '™' => 0x99,
        'š' => 0x9a,
        '›' => 0x9b,
        'œ' => 0x9c,
        'ž' => 0x9e,
        'Ÿ' => 0x9f,
        _ => b'?',
    }
}

// Advance widths for WinAnsiEncoding codes 32 to 255, taken by glyph name from Adobe's
// Core 14 AFM files Helvetica.afm and Helvetica-Bold.afm (the metrics every PDF reader
// uses for these fonts). No well-kept crate offers them per encoding: the one that ships
// the AFM files would need an AFM parser and a glyph-name table at run time to give the
// same 224 numbers. Codes WinAnsi leaves unassigned are 0; `win_ansi` never yields them.
#[rustfmt::skip]
const HELVETICA_WIDTHS: [u16; 224] = [
    278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278,
    556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556,
    1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778,
    667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556,
    333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556,
    556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584, 0,
    556, 0, 222, 556, 333, 1000, 556, 556, 333, 1000, 667, 333, 1000, 0, 611, 0,
    0, 222, 222, 333, 333, 350, 556, 1000, 333, 1000, 500, 333, 944, 0, 500, 667,
    278, 333, 556, 556, 556, 556, 260, 556, 333, 737, 370, 556, 584, 333, 737, 333,
    400, 584, 333, 333, 333, 556, 537, 278, 333, 333, 365, 556, 834, 834, 834, 611,
    667, 667, 667, 667, 667, 667, 1000, 722, 667, 667, 667, 667, 278, 278, 278, 278,
    722, 722, 778, 778, 778, 778, 778, 584, 778, 722, 722, 722, 722, 667, 667, 611,
    556, 556, 556, 556, 556, 556, 889, 500, 556, 556, 556, 556, 278, 278, 278, 278,
    556, 556, 556, 556, 556, 556, 556, 584, 611, 556, 556, 556, 556, 500, 556, 500,
];

#[rustfmt::skip]
const HELVETICA_BOLD_WIDTHS: [u16; 224] = [
    278, 333, 474, 556, 556, 889, 722, 238, 333, 333, 389, 584, 278, 333, 278, 278,
    556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 333, 333, 584, 584, 584, 611,
    975, 722, 722, 722, 722, 667, 611, 778, 722, 278, 556, 722, 611, 833, 722, 778,
    667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 333, 278, 333, 584, 556,
    333, 556, 611, 556, 611, 556, 333, 611, 611, 278, 278, 556, 278, 889, 611, 611,
    611, 611, 389, 556, 333, 611, 556, 778, 556, 556, 500, 389, 280, 389, 584, 0,
    556, 0, 278, 556, 500, 1000, 556, 556, 333, 1000, 667, 333, 1000, 0, 611, 0,
    0, 278, 278, 500, 500, 350, 556, 1000, 333, 1000, 556, 333, 944, 0, 500, 667,
    278, 333, 556, 556, 556, 556, 280, 556, 333, 737, 370, 556, 584, 333, 737, 333,
    400, 584, 333, 333, 333, 611, 556, 278, 333, 333, 365, 556, 834, 834, 834, 611,
    722, 722, 722, 722, 722, 722, 1000, 722, 667, 667, 667, 667, 278, 278, 278, 278,
    722, 722, 778, 778, 778, 778, 778, 584, 778, 722, 722, 722, 722, 667, 667, 611,
    556, 556, 556, 556, 556, 556, 889, 556, 556, 556, 556, 556, 278, 278, 278, 278,
    611, 611, 611, 611, 611, 611, 611, 584, 611, 611, 611, 611, 611, 556, 611, 556,
];

/// Text in one font; a '\n' in it forces a line break.
#[derive(Debug, Clone, PartialEq)]
struct Run {
    font: Font,
    text: String,
}

impl Run {
    fn regular(text: &str) -> Self {
        Run {
            font: Font::Regular,
            text: text.to_owned(),
        }
    }

    fn bold(text: &str) -> Self {
        Run {
            font: Font::Bold,
            text: text.to_owned(),
        }
    }
}

/// Adds text to the last run if it is in the same font, so a line is shown in as few
/// pieces as its fonts allow.
fn push_text(runs: &mut Vec<Run>, font: Font, text: &str) {
    match runs.last_mut() {
        Some(last) if last.font == font => last.text.push_str(text),
        _ => runs.push(Run {
            font,
            text: text.to_owned(),
        }),
    }
}

/// What no line may break inside; its parts may differ in font, as in "**ja**,".
type Word = Vec<Run>;
type Line = Vec<Word>;

enum Token {
    Word(Word),
    Break,
}

fn tokens(runs: &[Run]) -> Vec<Token> {
    let mut tokens = Vec::new();
    let mut word = Word::new();
    for run in runs {
        for c in run.text.chars() {
            if c == '\n' || is_break_space(c) {
                if !word.is_empty() {
                    tokens.push(Token::Word(mem::take(&mut word)));
                }
                if c == '\n' {
                    tokens.push(Token::Break);
                }
            } else {
                push_text(&mut word, run.font, c.encode_utf8(&mut [0; 4]));
            }
        }
    }
    if !word.is_empty() {
        tokens.push(Token::Word(word));
    }
    tokens
}

fn word_units(word: &Word) -> u32 {
    word.iter().map(|run| run.font.units(&run.text)).sum()
}

// Helvetica and Helvetica-Bold have the same space, so the fonts either side of a
// space never change a line's width.
const SPACE_UNITS: u32 = 278;

/// Breaks runs into lines no wider than `width` points at `size`, measured with the
/// fonts' own metrics. A word longer than a line, such as a long web address, is cut
/// where it reaches the margin.
fn wrap(runs: &[Run], size: f32, width: f32) -> Vec<Line> {
    let mut wrapper = Wrapper {
        size,
        width,
        lines: Vec::new(),
        line: Line::new(),
        units: 0,
    };
    for token in tokens(runs) {
        match token {
            Token::Word(word) => wrapper.word(word),
            Token::Break => wrapper.end_line(),
        }
    }
    wrapper.finish()
}

struct Wrapper {
    size: f32,
    width: f32,
    lines: Vec<Line>,
    line: Line,
    units: u32,
}

impl Wrapper {
    fn fits(&self, units: u32) -> bool {
        to_points(units, self.size) <= self.width
    }

    fn word(&mut self, word: Word) {
        let units = word_units(&word);
        let with_space = match self.line.is_empty() {
            true => units,
            false => self.units + SPACE_UNITS + units,
        };
        if self.fits(with_space) {
            self.line.push(word);
            self.units = with_space;
            return;
        }
        if !self.line.is_empty() {
            self.end_line();
        }
        for piece in self.cut(word) {
            if !self.line.is_empty() {
                self.end_line();
            }
            self.units = word_units(&piece);
            self.line.push(piece);
        }
    }

    /// Cuts a word into pieces that each fit on a line; one that fits stays whole.
    fn cut(&self, word: Word) -> Vec<Word> {
        let mut pieces = Vec::new();
        let mut piece = Word::new();
        let mut units = 0;
        for run in word {
            for c in run.text.chars() {
                let advance = run.font.advance(c);
                if !piece.is_empty() && !self.fits(units + advance) {
                    pieces.push(mem::take(&mut piece));
                    units = 0;
                }
                push_text(&mut piece, run.font, c.encode_utf8(&mut [0; 4]));
                units += advance;
            }
        }
        if !piece.is_empty() {
            pieces.push(piece);
        }
        pieces
    }

    fn end_line(&mut self) {
        self.lines.push(mem::take(&mut self.line));
        self.units = 0;
    }

    fn finish(mut self) -> Vec<Line> {
        if !self.line.is_empty() {
            self.end_line();
        }
        self.lines
    }
}

/// A line's words joined by spaces, as runs to show.
fn set_line(line: &Line) -> Vec<Run> {
    let mut runs = Vec::new();
    for (i, word) in line.iter().enumerate() {
        for (j, run) in word.iter().enumerate() {
            if i > 0 && j == 0 {
                push_text(&mut runs, run.font, " ");
            }
            push_text(&mut runs, run.font, &run.text);
        }
    }
    runs
}

/// A paragraph, heading or list item of the body, before it is broken into lines.
#[derive(Debug)]
struct Block {
    runs: Vec<Run>,
    size: f32,
    bold: bool,
    indent: usize,
    marker: Option<String>,
    space_before: f32,
    keep_with_next: bool,
}

impl Block {
    fn paragraph(indent: usize) -> Self {
        Block {
            runs: Vec::new(),
            size: BODY_SIZE,
            bold: false,
            indent,
            marker: None,
            space_before: PARAGRAPH_SPACE,
            keep_with_next: false,
        }
    }

    fn heading(level: HeadingLevel, indent: usize) -> Self {
        let size = match level {
            HeadingLevel::H1 => 13.0,
            HeadingLevel::H2 => 12.0,
            _ => BODY_SIZE,
        };
        Block {
            size,
            bold: true,
            space_before: 2.0 * PARAGRAPH_SPACE,
            keep_with_next: true,
            ..Block::paragraph(indent)
        }
    }

    fn item(indent: usize, marker: String) -> Self {
        Block {
            marker: Some(marker),
            space_before: PARAGRAPH_SPACE / 2.0,
            ..Block::paragraph(indent)
        }
    }

    fn text_len(&self) -> usize {
        self.runs.iter().map(|run| run.text.len()).sum()
    }

    fn text_since(&self, start: usize) -> String {
        let text: String = self.runs.iter().map(|run| run.text.as_str()).collect();
        text.get(start..).unwrap_or_default().to_owned()
    }
}

fn body_blocks(markdown: &str) -> Vec<Block> {
    let mut body = Body::default();
    for event in Parser::new(markdown) {
        body.event(event);
    }
    body.flush();
    body.blocks
}

/// Turns Markdown events into blocks. Raw HTML is dropped, as the letter's web view
/// drops it, and the text inside script and style elements with it: that is code, not
/// words for the reader.
#[derive(Default)]
struct Body {
    blocks: Vec<Block>,
    current: Option<Block>,
    strong: usize,
    quotes: usize,
    /// The next number of each open list, `None` for a bullet list.
    lists: Vec<Option<u64>>,
    /// Each open link's address and where its text began.
    links: Vec<(String, usize)>,
    /// The element whose contents are being left out.
    hidden: Option<&'static str>,
}

impl Body {
    fn event(&mut self, event: Event<'_>) {
        match event {
            Event::Start(tag) => self.start(tag),
            Event::End(tag) => self.end(tag),
            Event::InlineHtml(html) => self.inline_html(&html),
            _ if self.hidden.is_some() => {}
            Event::Text(text) | Event::Code(text) => self.text(&text),
            Event::SoftBreak => self.text(" "),
            Event::HardBreak => self.text("\n"),
            _ => {}
        }
    }

    fn start(&mut self, tag: Tag<'_>) {
        match tag {
            // A list item's own paragraph continues the item, marker and all.
            Tag::Paragraph if self.current.as_ref().is_some_and(|b| b.runs.is_empty()) => {}
            Tag::Paragraph | Tag::CodeBlock(_) => self.begin(Block::paragraph(self.indent())),
            Tag::Heading { level, .. } => self.begin(Block::heading(level, self.indent())),
            Tag::BlockQuote(_) => {
                self.flush();
                self.quotes += 1;
            }
            Tag::List(first) => {
                self.flush();
                self.lists.push(first);
            }
            Tag::Item => {
                let marker = self.next_marker();
                self.begin(Block::item(self.indent(), marker));
            }
            Tag::Strong => self.strong += 1,
            Tag::Link { dest_url, .. } => {
                let start = self.current.as_ref().map_or(0, Block::text_len);
                self.links.push((dest_url.into_string(), start));
            }
            _ => {}
        }
    }

    fn end(&mut self, tag: TagEnd) {
        match tag {
            TagEnd::Paragraph | TagEnd::Heading(_) | TagEnd::CodeBlock | TagEnd::Item => {
                self.flush()
            }
            TagEnd::BlockQuote(_) => {
                self.flush();
                self.quotes = self.quotes.saturating_sub(1);
            }
            TagEnd::List(_) => {
                self.flush();
                self.lists.pop();
            }
            TagEnd::Strong => self.strong = self.strong.saturating_sub(1),
            TagEnd::Link => self.end_link(),
            _ => {}
        }
    }

    fn inline_html(&mut self, html: &str) {
        let html = html.to_ascii_lowercase();
        match self.hidden {
            Some(name) if html.starts_with(&format!("</{name}")) => self.hidden = None,
            Some(_) => {}
            None => {
                self.hidden = ["script", "style"]
                    .into_iter()
                    .find(|name| html.starts_with(&format!("<{name}")) && !html.ends_with("/>"));
            }
        }
    }

    /// Paper cannot be clicked: the address follows the link's text, unless the text
    /// already is the address.
    fn end_link(&mut self) {
        let Some((url, start)) = self.links.pop() else {
            return;
        };
        let shown = self
            .current
            .as_ref()
            .map(|block| block.text_since(start))
            .unwrap_or_default();
        let address = url.strip_prefix("mailto:").unwrap_or(&url);
        if !address.is_empty() && shown.trim() != address {
            self.text(&format!(" ({address})"));
        }
    }

    fn text(&mut self, text: &str) {
        if self.current.is_none() {
            self.current = Some(Block::paragraph(self.indent()));
        }
        let strong = self.strong > 0;
        if let Some(block) = self.current.as_mut() {
            let font = match strong || block.bold {
                true => Font::Bold,
                false => Font::Regular,
            };
            push_text(&mut block.runs, font, text);
        }
    }

    fn next_marker(&mut self) -> String {
        match self.lists.last_mut() {
            Some(Some(number)) => {
                let marker = format!("{number}.");
                *number += 1;
                marker
            }
            _ => "•".to_owned(),
        }
    }

    fn indent(&self) -> usize {
        self.lists.len() + self.quotes
    }

    fn begin(&mut self, block: Block) {
        self.flush();
        self.current = Some(block);
    }

    fn flush(&mut self) {
        if let Some(mut block) = self.current.take() {
            // A code block's last line ends in a newline that is no line of its own.
            if let Some(last) = block.runs.last_mut() {
                last.text.truncate(last.text.trim_end_matches('\n').len());
            }
            if !block.runs.is_empty() {
                self.blocks.push(block);
            }
        }
        // An element left open must not swallow the rest of the letter.
        self.hidden = None;
    }
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

    /// A line's width as it is shown, spaces and all.
    fn shown_units(line: &Line) -> u32 {
        set_line(line)
            .iter()
            .map(|run| run.font.units(&run.text))
            .sum()
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
    fn danish_and_typographic_characters_survive_and_others_become_question_marks() {
        let body = "æøå ÆØÅ é § € «citat» – —";
        let pages = pages_text(&render(&[letter(body)]));
        assert!(pages[0].contains(body), "{}", pages[0]);
        assert_eq!(encode("ł😀"), b"??");
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
    fn raw_html_is_never_printed() {
        let body = "Du får ja.<script>alert(1)</script> <img src=x onerror=alert(2)> <b>Tak</b>\n\n<div onclick=\"x()\">\n\n<style>p{}</style>\nSlut.";
        let page = &pages_text(&render(&[letter(body)]))[0];
        for absent in ["<", "script", "alert", "onerror", "onclick", "p{}"] {
            assert!(!page.contains(absent), "{absent:?} printed in {page}");
        }
        assert!(page.contains("Du får ja."));
        assert!(page.contains("Tak"));
    }

    #[test]
    fn markdown_gets_lists_headings_and_printed_links() {
        let body = "## Hvad sker der nu\n\n- Vi sender pengene\n- Du skal **intet** gøre\n\n3. tredje\n4. fjerde\n\nLæs mere på [aarhus.dk](https://aarhus.dk/boligstoette) eller <https://borger.dk>.\n\n```\nkode linje\n```";
        let page = &pages_text(&render(&[letter(body)]))[0];
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

    #[test]
    fn no_letters_give_one_blank_page() {
        let pages = pages_text(&render(&[]));
        assert_eq!(pages.len(), 1);
        assert!(pages[0].trim().is_empty());
    }

    #[test]
    fn no_line_runs_past_the_margin() {
        let text = format!(
            "Læs mere på https://{}.dk og svar **senest fredag** den 12. december. {}",
            "meget-lang-adresse".repeat(20),
            "Ord og flere ord, WWWWWW ÆÆÆÆ. ".repeat(30)
        );
        let runs = [
            Run::regular(&text),
            Run::bold("fedt,"),
            Run::regular("ikke"),
        ];
        for size in [BODY_SIZE, SUBJECT_SIZE] {
            for width in [TEXT_WIDTH, mm(40.0)] {
                let lines = wrap(&runs, size, width);
                assert!(lines.len() > 3);
                for line in &lines {
                    assert!(to_points(shown_units(line), size) <= width, "{line:?}");
                }
                let set: String = lines
                    .iter()
                    .flat_map(set_line)
                    .map(|run| run.text)
                    .collect();
                let strip = |s: &str| s.replace(' ', "");
                let all: String = runs.iter().map(|run| run.text.as_str()).collect();
                assert_eq!(strip(&set), strip(&all));
            }
        }
    }

    #[test]
    fn widths_are_the_fonts_own() {
        assert_eq!(Font::Regular.units("Wil"), 944 + 222 + 222);
        assert_eq!(Font::Regular.units("æøå"), 889 + 611 + 556);
        assert_eq!(Font::Bold.units("Æ€§"), 1000 + 556 + 556);
        assert_eq!(Font::Regular.units(" "), SPACE_UNITS);
        assert_eq!(Font::Bold.units(" "), SPACE_UNITS);
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
