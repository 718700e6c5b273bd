//! The fonts: Noto Sans for Latin (Danish, Turkish, English), Cyrillic (Ukrainian) and
//! Greek, and Noto Sans Arabic for Arabic, each regular and bold, compiled into the
//! binary (`fonts/`, SIL Open Font License 1.1, vendored by `scripts/vendor-fonts.sh`)
//! and shaped with rustybuzz. A character goes to the first face of its font that has
//! it; one no face has (an emoji) shows as Noto Sans's .notdef box, never as a wrong
//! glyph.

use std::cell::RefCell;
use std::collections::HashMap;
use std::sync::LazyLock;

use pdf_writer::Name;
use rustybuzz::ttf_parser::GlyphId;
use rustybuzz::{Direction, Script, ShapePlan, UnicodeBuffer};

/// The two fonts a page is set in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Font {
    Regular,
    Bold,
}

impl Font {
    /// The faces that set this font, in the order a character looks for its glyph.
    fn faces(self) -> [Face; 2] {
        match self {
            Font::Regular => [Face::Sans, Face::Arabic],
            Font::Bold => [Face::SansBold, Face::ArabicBold],
        }
    }

    /// The face that sets `c` when the character before it in the word went to
    /// `previous`. Punctuation, digits and marks stay with the face before them when it
    /// has them, so "ملف،" or a vowel mark is shaped with its Arabic word; a letter goes
    /// to the first face that has it; what no face has goes to the first face, whose
    /// .notdef shows it.
    pub(crate) fn face_for(self, c: char, previous: Option<Face>) -> Face {
        let faces = self.faces();
        match previous {
            Some(face) if !c.is_alphabetic() && face.has(c) => face,
            _ => faces
                .into_iter()
                .find(|face| face.has(c))
                .unwrap_or(faces[0]),
        }
    }
}

/// One font file.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub(crate) enum Face {
    Sans,
    SansBold,
    Arabic,
    ArabicBold,
}

static DATA: [&[u8]; 4] = [
    include_bytes!("../fonts/NotoSans-Regular.ttf"),
    include_bytes!("../fonts/NotoSans-Bold.ttf"),
    include_bytes!("../fonts/NotoSansArabic-Regular.ttf"),
    include_bytes!("../fonts/NotoSansArabic-Bold.ttf"),
];

// Parsed once for the process: parsing reads the font's tables.
#[allow(clippy::expect_used)] // Compiled in; `every_face_parses` proves each one parses.
static PARSED: LazyLock<[rustybuzz::Face<'static>; 4]> = LazyLock::new(|| {
    DATA.map(|data| rustybuzz::Face::from_slice(data, 0).expect("a vendored font parses"))
});

/// A face, a direction and a script, which a shaping plan is made for.
type PlanKey = (Face, Direction, Option<Script>);

/// How many shaped words a thread keeps before it starts over.
const SHAPED_WORDS: usize = 4096;

/// Words shaped in a face and a direction (right to left or not), by their text.
type ShapedWords = HashMap<(Face, bool), HashMap<Box<str>, Vec<Glyph>>>;

thread_local! {
    // A shaping plan collects the font's lookups for a script and direction, which costs
    // more than shaping a word with it; so each thread keeps the plans it made.
    static PLANS: RefCell<HashMap<PlanKey, ShapePlan>> =
        RefCell::new(HashMap::new());
    // Shaping a word costs more than everything else in setting it, and letters repeat
    // their words ("du", "kr.", a template's sentences), so each thread keeps the words
    // it shaped, by face and direction, their glyphs' text counted from the word's start.
    // Full, it starts over rather than keep track of which words are old: a thread sets
    // letters of a few templates, which fill it again within a letter or two, and its
    // words and their glyphs stay within about a megabyte.
    static SHAPED: RefCell<ShapedWords> = RefCell::new(HashMap::new());
}

impl Face {
    fn index(self) -> usize {
        self as usize
    }

    pub(crate) fn data(self) -> &'static [u8] {
        DATA[self.index()]
    }

    pub(crate) fn parsed(self) -> &'static rustybuzz::Face<'static> {
        &PARSED[self.index()]
    }

    /// The font's own name, which the PDF names it by after its subset's tag.
    pub(crate) fn postscript_name(self) -> &'static str {
        match self {
            Face::Sans => "NotoSans-Regular",
            Face::SansBold => "NotoSans-Bold",
            Face::Arabic => "NotoSansArabic-Regular",
            Face::ArabicBold => "NotoSansArabic-Bold",
        }
    }

    pub(crate) fn resource(self) -> Name<'static> {
        match self {
            Face::Sans => Name(b"F1"),
            Face::SansBold => Name(b"F2"),
            Face::Arabic => Name(b"F3"),
            Face::ArabicBold => Name(b"F4"),
        }
    }

    fn has(self, c: char) -> bool {
        self.parsed().glyph_index(c).is_some()
    }

    /// Font units in one em: a glyph's units times size / units_per_em are points.
    pub(crate) fn units_per_em(self) -> f32 {
        f32::from(self.parsed().units_per_em() as u16)
    }

    /// A glyph's advance as the font's metrics give it, which a PDF reader uses unless
    /// the page moves the glyph.
    pub(crate) fn advance(self, glyph: u16) -> i32 {
        self.parsed()
            .glyph_hor_advance(GlyphId(glyph))
            .map_or(0, i32::from)
    }

    /// The space between two words, set in this face, standing for the space at byte
    /// `at` of a paragraph.
    pub(crate) fn space(self, at: usize) -> Glyph {
        let id = self.parsed().glyph_index(' ').map_or(0, |glyph| glyph.0);
        Glyph {
            id,
            advance: self.advance(id),
            dx: 0,
            dy: 0,
            text: (at, at + 1),
        }
    }

    /// Shapes `text`, found at `offset` in a paragraph, in one direction: the glyphs left
    /// to right as they are shown, each with its text's place in the paragraph.
    pub(crate) fn shape(self, text: &str, offset: usize, rtl: bool) -> Vec<Glyph> {
        let placed = |glyphs: &[Glyph]| {
            let at = |glyph: &Glyph| (offset + glyph.text.0, offset + glyph.text.1);
            glyphs
                .iter()
                .map(|glyph| Glyph {
                    text: at(glyph),
                    ..*glyph
                })
                .collect()
        };
        SHAPED.with_borrow_mut(|shaped| {
            if let Some(glyphs) = shaped.get(&(self, rtl)).and_then(|words| words.get(text)) {
                return placed(glyphs);
            }
            if shaped.values().map(HashMap::len).sum::<usize>() >= SHAPED_WORDS {
                shaped.clear();
            }
            let glyphs = self.shape_word(text, rtl);
            let shown = placed(&glyphs);
            let words = shaped.entry((self, rtl)).or_default();
            words.insert(text.into(), glyphs);
            shown
        })
    }

    /// Shapes `text` in one direction: the glyphs left to right as they are shown, each
    /// with the bytes of the text it stands for.
    fn shape_word(self, text: &str, rtl: bool) -> Vec<Glyph> {
        let mut buffer = UnicodeBuffer::new();
        buffer.push_str(text);
        buffer.set_direction(match rtl {
            true => Direction::RightToLeft,
            false => Direction::LeftToRight,
        });
        buffer.guess_segment_properties();
        let key: PlanKey = (self, buffer.direction(), Some(buffer.script()));
        let shaped = PLANS.with_borrow_mut(|plans| {
            let plan = plans
                .entry(key)
                .or_insert_with(|| ShapePlan::new(self.parsed(), key.1, key.2, None, &[]));
            rustybuzz::shape_with_plan(self.parsed(), plan, buffer)
        });
        let infos = shaped.glyph_infos();
        // A cluster's text runs to the next cluster's start in the text, whichever way
        // the glyphs go.
        let mut starts: Vec<usize> = infos.iter().map(|info| info.cluster as usize).collect();
        starts.sort_unstable();
        starts.dedup();
        let end_of = |start: usize| {
            let next = starts.partition_point(|&s| s <= start);
            starts.get(next).copied().unwrap_or(text.len())
        };
        // A cluster's text goes with one of its glyphs: its letter, the first that moves
        // the pen, not a dot or vowel mark set on it (which a right-to-left buffer puts
        // first), so "ﻻ" reads as "لا" and a letter and its mark do not both read as
        // the pair.
        let positions = shaped.glyph_positions();
        let carries = |i: usize| {
            let cluster = infos[i].cluster;
            let mut same = (0..infos.len()).filter(|&j| infos[j].cluster == cluster);
            let carrier = same
                .clone()
                .find(|&j| positions[j].x_advance != 0)
                .or_else(|| same.next());
            carrier == Some(i)
        };
        infos
            .iter()
            .zip(positions)
            .enumerate()
            .map(|(i, (info, position))| {
                let start = info.cluster as usize;
                let end = match carries(i) {
                    true => end_of(start),
                    false => start,
                };
                Glyph {
                    id: u16::try_from(info.glyph_id).unwrap_or(0),
                    advance: position.x_advance,
                    dx: position.x_offset,
                    dy: position.y_offset,
                    text: (start, end),
                }
            })
            .collect()
    }
}

/// A shaped glyph, in its face's units.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct Glyph {
    pub(crate) id: u16,
    /// How far the next glyph goes on: the font's advance with kerning, 0 for a mark.
    pub(crate) advance: i32,
    /// Where the glyph sits off its pen position: a mark over its letter.
    pub(crate) dx: i32,
    pub(crate) dy: i32,
    /// The bytes of the text it stands for (start, end); empty for a cluster's other
    /// glyphs.
    pub(crate) text: (usize, usize),
}

/// Word breaks fall on spaces; a no-break space keeps "12. december" on one line.
pub(crate) fn is_break_space(c: char) -> bool {
    c.is_whitespace() && c != '\u{a0}'
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_face_parses_and_has_its_scripts() {
        for face in [Face::Sans, Face::SansBold] {
            for c in "æøåÆØÅ ğışçöüİĞŞ ієїґЄІЇҐ €§«»–—•".chars() {
                assert!(face.has(c), "{face:?} lacks {c:?}");
            }
        }
        for face in [Face::Arabic, Face::ArabicBold] {
            for c in "رقم الملف، ٠١٢".chars() {
                assert!(face.has(c), "{face:?} lacks {c:?}");
            }
        }
    }

    #[test]
    fn each_character_finds_a_face_and_an_emoji_falls_to_notdef() {
        assert_eq!(Font::Regular.face_for('ø', None), Face::Sans);
        assert_eq!(Font::Bold.face_for('ї', None), Face::SansBold);
        assert_eq!(Font::Regular.face_for('م', None), Face::Arabic);
        assert_eq!(Font::Bold.face_for('م', None), Face::ArabicBold);
        assert_eq!(
            Font::Regular.face_for('،', Some(Face::Arabic)),
            Face::Arabic
        );
        assert_eq!(Font::Regular.face_for('A', Some(Face::Arabic)), Face::Sans);
        assert_eq!(Font::Regular.face_for('😀', None), Face::Sans);
        let shaped = Face::Sans.shape("😀", 0, false);
        assert_eq!(shaped.len(), 1);
        assert_eq!(shaped[0].id, 0, "the .notdef glyph");
    }

    #[test]
    fn a_word_shaped_again_is_the_same_at_its_new_place() {
        let first = Face::Sans.shape("Afgørelse", 0, false);
        assert_eq!(first, Face::Sans.shape_word("Afgørelse", false));
        let again = Face::Sans.shape("Afgørelse", 7, false);
        let moved: Vec<Glyph> = first
            .iter()
            .map(|glyph| Glyph {
                text: (glyph.text.0 + 7, glyph.text.1 + 7),
                ..*glyph
            })
            .collect();
        assert_eq!(again, moved);
    }

    /// The glyphs that move the pen: letters, not the dots and marks set on them.
    fn letters(text: &str) -> Vec<u16> {
        let shaped = Face::Arabic.shape(text, 0, true);
        shaped
            .iter()
            .filter(|g| g.advance > 0)
            .map(|g| g.id)
            .collect()
    }

    #[test]
    fn arabic_letters_join_and_lam_alef_takes_its_own_form() {
        let isolated = letters("ب");
        let joined = letters("ببب");
        assert_eq!(joined.len(), 3);
        assert!(
            !joined.contains(&isolated[0]) && joined[0] != joined[1],
            "final, medial and initial forms, not the isolated one: {joined:?}"
        );
        // Lam before alef takes a form of its own, and each glyph reads as its letter.
        let lam_alef = Face::Arabic.shape("لا", 0, true);
        let lam_mim = Face::Arabic.shape("لم", 0, true);
        assert_eq!(lam_alef.len(), 2, "{lam_alef:?}");
        assert_ne!(lam_alef[1].id, lam_mim[1].id, "{lam_alef:?} {lam_mim:?}");
        assert_eq!((lam_alef[1].text, lam_alef[0].text), ((0, 2), (2, 4)));
    }
}
