//! Pages and the PDF made of them. A page holds what is drawn on it (lines already
//! shaped, frames, bars) until the PDF is written, which is when the document's glyphs
//! are known: each face is embedded with only the glyphs its pages use (a subset, so a
//! letter stays tens of kilobytes, not a megabyte), as a Type 0 font with Identity-H
//! encoding, the glyphs' widths, and a /ToUnicode map so that copying, searching and
//! screen readers get the text back.

use std::borrow::Cow;
use std::cell::RefCell;
use std::collections::HashMap;
use std::hash::{DefaultHasher, Hash, Hasher};

use miniz_oxide::deflate::core::{
    compress_to_output, create_comp_flags_from_zip_params, CompressorOxide, TDEFLFlush,
};
use miniz_oxide::MZ_DEFAULT_WINDOW_BITS;
use pdf_writer::types::{CidFontType, FontFlags, SystemInfo, UnicodeCmap};
use pdf_writer::{Content, Filter, Finish, Name, Pdf, Rect, Ref, Str, TextStr};
use subsetter::GlyphRemapper;

use crate::font::{Face, Glyph};
use crate::wrap::{wrap, Line, Run};
use crate::{line_height, Geometry};

/// One page as it is drawn, in PDF coordinates (points from the bottom left).
#[derive(Default)]
pub struct Page {
    marks: Vec<Mark>,
}

enum Mark {
    /// A line whose baseline starts at (x, y).
    Line {
        x: f32,
        y: f32,
        line: Line,
    },
    /// A rectangle (x, y, width, height), a frame's outline or a filled bar.
    Frame([f32; 4]),
    Bar([f32; 4]),
}

impl Page {
    pub fn new() -> Self {
        Self::default()
    }

    /// Draws a line with its left edge at `left` and its top `top` points below the top
    /// of a page `page_height` high.
    pub(crate) fn line(&mut self, page_height: f32, left: f32, top: f32, line: &Line) {
        if !line.pieces.is_empty() {
            let (x, y) = (left, page_height - top - line.size);
            let line = line.clone();
            self.marks.push(Mark::Line { x, y, line });
        }
    }

    /// Each line drawn and where its baseline starts.
    #[cfg(test)]
    pub(crate) fn lines(&self) -> impl Iterator<Item = (f32, f32, &Line)> {
        self.marks.iter().filter_map(|mark| match mark {
            Mark::Line { x, y, line } => Some((*x, *y, line)),
            _ => None,
        })
    }

    pub(crate) fn frame(&mut self, x: f32, y: f32, width: f32, height: f32) {
        self.marks.push(Mark::Frame([x, y, width, height]));
    }

    pub(crate) fn bar(&mut self, x: f32, y: f32, width: f32, height: f32) {
        self.marks.push(Mark::Bar([x, y, width, height]));
    }

    /// The page's content, its glyphs shown by the document's CIDs.
    fn content(&self, cids: &mut HashMap<Face, Cids>) -> Content {
        let mut content = Content::new();
        for mark in &self.marks {
            match mark {
                Mark::Line { x, y, line } => {
                    content.begin_text();
                    content.next_line(*x, *y);
                    let mut pen = Pen::default();
                    for piece in &line.pieces {
                        let cids = cids.entry(piece.face).or_default();
                        for glyph in &piece.glyphs {
                            let text = line.text.get(glyph.text.0..glyph.text.1).unwrap_or("");
                            let cid = cids.cid(glyph.id, text);
                            pen.show(&mut content, piece.face, line.size, glyph, cid);
                        }
                    }
                    pen.end(&mut content);
                    content.end_text();
                }
                Mark::Frame([x, y, width, height]) => {
                    content.set_line_width(0.75);
                    content.rect(*x, *y, *width, *height).stroke();
                }
                Mark::Bar([x, y, width, height]) => {
                    content.rect(*x, *y, *width, *height).fill_nonzero();
                }
            }
        }
        content
    }
}

/// The CIDs a face's glyphs are shown by in one document: one for each glyph and the
/// text it stands for, so that /ToUnicode gives each its own text. A glyph alone would
/// not do: Noto Sans Arabic draws ب, ت, ن and ي in the same position from one dotless
/// glyph with dots set on it, and its alef carries hamza or madda as marks.
#[derive(Default)]
struct Cids {
    by_glyph: HashMap<u16, Vec<(String, u16)>>,
    /// Each CID's glyph and text; CID 0 is left to .notdef, as PDF readers expect.
    glyphs: Vec<(u16, String)>,
}

impl Cids {
    fn cid(&mut self, glyph: u16, text: &str) -> u16 {
        let known = self.by_glyph.entry(glyph).or_default();
        if let Some((_, cid)) = known.iter().find(|(known, _)| known == text) {
            return *cid;
        }
        // More than 65,535 pairs in one document would need a second font; the rest
        // show as .notdef rather than as some other glyph.
        let cid = u16::try_from(self.glyphs.len() + 1).unwrap_or(0);
        if cid != 0 {
            self.glyphs.push((glyph, text.to_owned()));
            known.push((text.to_owned(), cid));
        }
        cid
    }
}

/// Shows a line's glyphs where shaping put them. A PDF reader moves on by each glyph's
/// width in the font, so where shaping moved otherwise (kerning, a mark's zero advance,
/// an offset) the next glyphs start anew from there (`Td`), and a glyph raised or
/// lowered (an Arabic vowel mark) is shown with text rise. Glyphs are shown with `Tj`,
/// never in `TJ` arrays, which text extraction (lopdf's) reads as word breaks.
#[derive(Default)]
struct Pen {
    /// Where the next glyph goes, in points after the line's left edge.
    x: f32,
    /// Where the last `Td` put the text, after the line's left edge.
    origin: f32,
    /// Whether the reader's text position is not at `x`.
    moved: bool,
    face: Option<Face>,
    rise: i32,
    /// Glyphs waiting to be shown in one string, two bytes each.
    ids: Vec<u8>,
}

impl Pen {
    fn show(&mut self, content: &mut Content, face: Face, size: f32, glyph: &Glyph, cid: u16) {
        let scale = size / face.units_per_em();
        let moves = self.moved || glyph.dx != 0;
        if moves || self.face != Some(face) || self.rise != glyph.dy {
            self.flush(content);
        }
        if self.face != Some(face) {
            content.set_font(face.resource(), size);
            self.face = Some(face);
        }
        if self.rise != glyph.dy {
            content.set_rise(glyph.dy as f32 * scale);
            self.rise = glyph.dy;
        }
        if moves {
            let at = self.x + glyph.dx as f32 * scale;
            content.next_line(at - self.origin, 0.0);
            self.origin = at;
        }
        self.ids.extend_from_slice(&cid.to_be_bytes());
        self.moved = glyph.dx + face.advance(glyph.id) != glyph.advance;
        self.x += glyph.advance as f32 * scale;
    }

    fn flush(&mut self, content: &mut Content) {
        if !self.ids.is_empty() {
            content.show(Str(&self.ids));
            self.ids.clear();
        }
    }

    /// Shows what is left. The rise outlives the text object, so a raised last glyph
    /// must not lift the next line.
    fn end(mut self, content: &mut Content) {
        self.flush(content);
        if self.rise != 0 {
            content.set_rise(0.0);
        }
    }
}

/// Draws runs as one line (a '\n' starts another below it) whose top is `top` points
/// below the top of a page `page_height` high, from `left` whichever way it reads.
pub fn draw(page: &mut Page, page_height: f32, left: f32, top: f32, size: f32, runs: &[Run]) {
    for (i, line) in wrap(runs, size, f32::INFINITY).iter().enumerate() {
        page.line(page_height, left, top + i as f32 * line_height(size), line);
    }
}

/// One PDF of the pages, each of the geometry's size, their content compressed.
pub fn write_pdf(geometry: &Geometry, pages: Vec<Page>) -> Vec<u8> {
    write_pdf_in(geometry, pages, None)
}

/// [`write_pdf`], saying the document's natural language (`/Lang`, a BCP 47 tag such as
/// "da"), so a screen reader reads it with the right voice.
pub fn write_pdf_in(geometry: &Geometry, pages: Vec<Page>, lang: Option<&str>) -> Vec<u8> {
    let mut cids: HashMap<Face, Cids> = HashMap::new();
    let contents: Vec<Content> = pages.iter().map(|page| page.content(&mut cids)).collect();
    let mut faces: Vec<(Face, Cids)> = cids.into_iter().collect();
    faces.sort_unstable_by_key(|(face, _)| *face);
    let mut pdf = Pdf::new();
    let mut ids = Ref::new(1);
    let catalog_id = ids.bump();
    let tree_id = ids.bump();
    let fonts: Vec<(Face, Ref)> = faces.iter().map(|(face, _)| (*face, ids.bump())).collect();
    let page_ids: Vec<(Ref, Ref)> = contents.iter().map(|_| (ids.bump(), ids.bump())).collect();
    let mut catalog = pdf.catalog(catalog_id);
    catalog.pages(tree_id);
    if let Some(lang) = lang {
        catalog.lang(TextStr(lang));
    }
    catalog.finish();
    pdf.pages(tree_id)
        .kids(page_ids.iter().map(|(page_id, _)| *page_id))
        .count(i32::try_from(page_ids.len()).unwrap_or(i32::MAX));
    for ((face, cids), (_, id)) in faces.iter().zip(&fonts) {
        embed(&mut pdf, &mut ids, *face, *id, cids);
    }
    for (content, (page_id, content_id)) in contents.into_iter().zip(page_ids) {
        let mut page = pdf.page(page_id);
        page.media_box(Rect::new(0.0, 0.0, geometry.width, geometry.height))
            .parent(tree_id)
            .contents(content_id);
        let mut resources = page.resources();
        let mut font_names = resources.fonts();
        for (face, id) in &fonts {
            font_names.pair(face.resource(), *id);
        }
        font_names.finish();
        resources.finish();
        page.finish();
        pdf.stream(content_id, &compress(&content.finish()))
            .filter(Filter::FlateDecode);
    }
    pdf.finish()
}

// The fastest level: level 6 made a letter 10 % smaller and took half again as long
// (benches/letters.rs), and compressing was a third of setting a letter.
const DEFLATE_LEVEL: i32 = 1;

thread_local! {
    // A compressor is some 300 KB of tables, which miniz_oxide's one-call functions
    // allocate and zero for every stream: a letter has seven, and allocating them again
    // and again cost more than compressing. So each thread keeps one and resets it.
    static COMPRESSOR: RefCell<CompressorOxide> = RefCell::new(CompressorOxide::new(
        create_comp_flags_from_zip_params(DEFLATE_LEVEL, MZ_DEFAULT_WINDOW_BITS, 0),
    ));
}

/// A stream's data in zlib's format, as /FlateDecode reads it.
fn compress(data: &[u8]) -> Vec<u8> {
    COMPRESSOR.with_borrow_mut(|compressor| {
        compressor.reset();
        let mut compressed = Vec::with_capacity(data.len() / 2);
        // Writing to a vector takes all of the data in one call, so the stream is done.
        compress_to_output(compressor, data, TDEFLFlush::Finish, |chunk| {
            compressed.extend_from_slice(chunk);
            true
        });
        compressed
    })
}

const IDENTITY: SystemInfo = SystemInfo {
    registry: Str(b"Adobe"),
    ordering: Str(b"Identity"),
    supplement: 0,
};

/// Writes a face as a Type 0 font of the glyphs its CIDs show, at `id`. The subset
/// numbers its glyphs anew; /CIDToGIDMap leads from each CID to its glyph there.
fn embed(pdf: &mut Pdf, ids: &mut Ref, face: Face, id: Ref, cids: &Cids) {
    let [cid_id, descriptor_id, file_id, cmap_id, map_id] = [(); 5].map(|()| ids.bump());
    let mut used: Vec<u16> = cids.glyphs.iter().map(|(glyph, _)| *glyph).collect();
    used.sort_unstable();
    used.dedup();
    let remapper = GlyphRemapper::new_from_glyphs_sorted(&used);
    // Subsetting these fonts does not fail (the tests subset every face); were it to,
    // the whole font keeps the letter readable.
    let (file, remapper) = match subsetter::subset(face.data(), 0, &remapper) {
        Ok(subset) => (Cow::Owned(subset), Some(remapper)),
        Err(_) => (Cow::Borrowed(face.data()), None),
    };
    let name = format!("{}+{}", subset_tag(&used), face.postscript_name());
    let name = Name(name.as_bytes());
    pdf.type0_font(id)
        .base_font(name)
        .encoding_predefined(Name(b"Identity-H"))
        .descendant_font(cid_id)
        .to_unicode(cmap_id);

    let thousandths = 1000.0 / face.units_per_em();
    let mut cid_font = pdf.cid_font(cid_id);
    cid_font
        .subtype(CidFontType::Type2)
        .base_font(name)
        .system_info(IDENTITY)
        .font_descriptor(descriptor_id)
        .default_width(0.0)
        .cid_to_gid_map_stream(map_id);
    let advances = cids.glyphs.iter();
    let advances = advances.map(|(glyph, _)| face.advance(*glyph) as f32 * thousandths);
    cid_font.widths().consecutive(1, advances);
    cid_font.finish();

    let parsed = face.parsed();
    let scaled = |units: i16| f32::from(units) * thousandths;
    let bbox = parsed.global_bounding_box();
    // Readers want a stem width, which a TrueType font does not record: this is the
    // usual estimate from the weight class.
    let stem_v = 10.0 + 0.244 * (f32::from(parsed.weight().to_number()) - 50.0);
    pdf.font_descriptor(descriptor_id)
        .name(name)
        .flags(FontFlags::SYMBOLIC)
        .bbox(Rect::new(
            scaled(bbox.x_min),
            scaled(bbox.y_min),
            scaled(bbox.x_max),
            scaled(bbox.y_max),
        ))
        .italic_angle(0.0)
        .ascent(scaled(parsed.ascender()))
        .descent(scaled(parsed.descender()))
        .cap_height(scaled(parsed.capital_height().unwrap_or(parsed.ascender())))
        .stem_v(stem_v)
        .font_file2(file_id);
    pdf.stream(file_id, &compress(&file))
        .filter(Filter::FlateDecode)
        .pair(
            Name(b"Length1"),
            i32::try_from(file.len()).unwrap_or(i32::MAX),
        );

    let mut cmap = UnicodeCmap::new(Name(b"Custom"), IDENTITY);
    for (cid, (_, text)) in (1u16..).zip(&cids.glyphs) {
        if !text.is_empty() {
            cmap.pair_with_multiple(cid, text.chars());
        }
    }
    pdf.stream(cmap_id, &compress(&cmap.finish()))
        .filter(Filter::FlateDecode);

    let gids = std::iter::once(0).chain(cids.glyphs.iter().map(|(glyph, _)| match &remapper {
        Some(remapper) => remapper.get(*glyph).unwrap_or(0),
        None => *glyph,
    }));
    let map: Vec<u8> = gids.flat_map(u16::to_be_bytes).collect();
    pdf.stream(map_id, &compress(&map))
        .filter(Filter::FlateDecode);
}

/// The six capital letters before a subset's font name, which tell subsets of one font
/// apart (ISO 32000, 9.6.4); the same glyphs give the same tag.
fn subset_tag(glyphs: &[u16]) -> String {
    let mut hasher = DefaultHasher::new();
    glyphs.hash(&mut hasher);
    // `Hasher::` by name: pdf-writer's `Finish` has a `finish` for every type.
    let mut hash = Hasher::finish(&hasher);
    (0..6)
        .map(|_| {
            let letter = b'A' + (hash % 26) as u8;
            hash /= 26;
            char::from(letter)
        })
        .collect()
}
