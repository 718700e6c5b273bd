//! Breaking text into lines no wider than a measure, with the widths of the shaped
//! glyphs, and each line's pieces put in the order they are seen, by Unicode's
//! bidirectional algorithm: Arabic runs right to left, and numbers and Latin names in it
//! left to right.

use std::collections::BTreeMap;
use std::mem;
use std::ops::Range;

use unicode_bidi::{BidiInfo, Direction, Level};

use crate::font::{is_break_space, Face, Font, Glyph};

/// Text in one font; a '\n' in it forces a line break.
#[derive(Debug, Clone, PartialEq)]
pub struct Run {
    pub font: Font,
    pub text: String,
}

impl Run {
    pub fn regular(text: &str) -> Self {
        Run {
            font: Font::Regular,
            text: text.to_owned(),
        }
    }

    pub fn bold(text: &str) -> Self {
        Run {
            font: Font::Bold,
            text: text.to_owned(),
        }
    }
}

/// Adds text to the last run if it is in the same font, so a paragraph is held in as few
/// pieces as its fonts allow.
pub(crate) fn push_text(runs: &mut Vec<Run>, font: Font, text: &str) {
    match runs.last_mut() {
        Some(last) if last.font == font => last.text.push_str(text),
        _ => runs.push(Run {
            font,
            text: text.to_owned(),
        }),
    }
}

/// Whether text reads right to left: its first strong character is, as in Arabic. Such a
/// paragraph is set against its right edge.
pub(crate) fn is_rtl(runs: &[Run]) -> bool {
    runs.iter()
        .map(|run| unicode_bidi::get_base_direction(run.text.as_str()))
        .find(|direction| *direction != Direction::Mixed)
        == Some(Direction::Rtl)
}

/// One line, shaped and in visual order, ready to draw.
#[derive(Debug, Clone)]
pub struct Line {
    /// The line's text in reading order, which its glyphs point into.
    pub(crate) text: String,
    /// Left to right as seen, each piece in one face.
    pub(crate) pieces: Vec<Piece>,
    pub(crate) size: f32,
    /// In points.
    pub(crate) width: f32,
    /// The width it was broken to, against whose right edge a right-to-left line goes.
    measure: f32,
    /// The paragraph reads right to left.
    rtl: bool,
}

impl Line {
    /// Where the line starts after its left edge: a right-to-left line ends at the right.
    pub(crate) fn offset(&self) -> f32 {
        match self.rtl && self.measure.is_finite() {
            true => (self.measure - self.width).max(0.0),
            false => 0.0,
        }
    }
}

/// Glyphs in one face and direction.
#[derive(Debug, Clone)]
pub(crate) struct Piece {
    pub(crate) face: Face,
    pub(crate) glyphs: Vec<Glyph>,
}

impl Piece {
    fn width(&self, size: f32) -> f32 {
        let units: i32 = self.glyphs.iter().map(|glyph| glyph.advance).sum();
        units as f32 * size / self.face.units_per_em()
    }
}

/// What no line may break inside, shaped: its pieces in reading order.
struct Word {
    range: Range<usize>,
    pieces: Vec<(Piece, Level)>,
    width: f32,
}

enum Token {
    Word(Range<usize>),
    Break,
}

/// A paragraph's text as it is set: its words joined by single spaces, '\n' where a line
/// must break, and each byte's font and bidirectional level.
struct Text {
    text: String,
    fonts: Vec<Font>,
    levels: Vec<Level>,
    rtl: bool,
    size: f32,
}

impl Text {
    fn new(runs: &[Run], size: f32) -> (Self, Vec<Token>) {
        let mut text = String::new();
        let mut fonts = Vec::new();
        let mut tokens = Vec::new();
        let mut push = |text: &mut String, c: char, font: Font| {
            text.push(c);
            fonts.resize(text.len(), font);
        };
        let mut word: Option<usize> = None;
        let mut space_owed = false;
        for run in runs {
            for c in run.text.chars() {
                if c == '\n' || is_break_space(c) {
                    if let Some(start) = word.take() {
                        tokens.push(Token::Word(start..text.len()));
                        space_owed = true;
                    }
                    if c == '\n' {
                        push(&mut text, c, run.font);
                        tokens.push(Token::Break);
                        space_owed = false;
                    }
                    continue;
                }
                if word.is_none() {
                    if mem::take(&mut space_owed) {
                        push(&mut text, ' ', run.font);
                    }
                    word = Some(text.len());
                }
                push(&mut text, c, run.font);
            }
        }
        if let Some(start) = word {
            tokens.push(Token::Word(start..text.len()));
        }
        let rtl = is_rtl(runs);
        let base = match rtl {
            true => Level::rtl(),
            false => Level::ltr(),
        };
        let levels = BidiInfo::new(&text, Some(base)).levels;
        let text = Text {
            text,
            fonts,
            levels,
            rtl,
            size,
        };
        (text, tokens)
    }

    /// Shapes a word: each stretch of it in one face and at one level on its own.
    fn word(&self, range: Range<usize>) -> Word {
        let mut pieces = Vec::new();
        let mut stretch: Option<(usize, Face, Level)> = None;
        let mut previous = None;
        for (i, c) in self.text[range.clone()].char_indices() {
            let at = range.start + i;
            let face = self.fonts[at].face_for(c, previous);
            previous = Some(face);
            let level = self.levels[at];
            match stretch {
                Some((_, f, l)) if f == face && l == level => {}
                _ => {
                    if let Some((start, face, level)) = stretch {
                        pieces.push((self.shape(start..at, face, level), level));
                    }
                    stretch = Some((at, face, level));
                }
            }
        }
        if let Some((start, face, level)) = stretch {
            pieces.push((self.shape(start..range.end, face, level), level));
        }
        let width = pieces.iter().map(|(piece, _)| piece.width(self.size)).sum();
        Word {
            range,
            pieces,
            width,
        }
    }

    fn shape(&self, range: Range<usize>, face: Face, level: Level) -> Piece {
        Piece {
            face,
            glyphs: face.shape(&self.text[range.clone()], range.start, level.is_rtl()),
        }
    }

    /// The space before a word, in the face the word starts in, and its level.
    fn space_before(&self, word: &Word) -> (Piece, Level) {
        let at = word.range.start.saturating_sub(1);
        let face = word
            .pieces
            .first()
            .map_or(Face::Sans, |(piece, _)| piece.face);
        let level = self.levels.get(at).copied().unwrap_or_else(Level::ltr);
        let piece = Piece {
            face,
            glyphs: vec![face.space(at)],
        };
        (piece, level)
    }

    /// Cuts a word too wide for a line, such as a long web address, into pieces that fit,
    /// between the clusters of its glyphs.
    fn cut(&self, word: Word, measure: f32) -> Vec<Word> {
        let mut clusters: BTreeMap<usize, f32> = BTreeMap::new();
        for (piece, _) in &word.pieces {
            let scale = self.size / piece.face.units_per_em();
            for glyph in &piece.glyphs {
                *clusters.entry(glyph.text.0).or_default() += glyph.advance as f32 * scale;
            }
        }
        let mut ranges = Vec::new();
        let (mut start, mut width) = (word.range.start, 0.0);
        for (at, advance) in clusters {
            if at > start && width + advance > measure {
                ranges.push(start..at);
                (start, width) = (at, 0.0);
            }
            width += advance;
        }
        ranges.push(start..word.range.end);
        ranges.into_iter().map(|range| self.word(range)).collect()
    }

    /// A line of words: their pieces and the spaces between them put in visual order.
    fn line(&self, words: Vec<Word>, measure: f32) -> Line {
        let start = words.first().map_or(0, |word| word.range.start);
        let end = words.last().map_or(0, |word| word.range.end);
        let mut pieces = Vec::new();
        for (i, word) in words.into_iter().enumerate() {
            if i > 0 {
                pieces.push(self.space_before(&word));
            }
            pieces.extend(word.pieces);
        }
        let levels: Vec<Level> = pieces.iter().map(|(_, level)| *level).collect();
        let mut pieces: Vec<Option<Piece>> = pieces
            .into_iter()
            .map(|(mut piece, _)| {
                for glyph in &mut piece.glyphs {
                    glyph.text = (glyph.text.0 - start, glyph.text.1 - start);
                }
                Some(piece)
            })
            .collect();
        let pieces: Vec<Piece> = BidiInfo::reorder_visual(&levels)
            .into_iter()
            .filter_map(|i| pieces[i].take())
            .collect();
        Line {
            text: self.text[start..end].to_owned(),
            width: pieces.iter().map(|piece| piece.width(self.size)).sum(),
            pieces,
            size: self.size,
            measure,
            rtl: self.rtl,
        }
    }
}

/// Breaks runs into lines no wider than `width` points at `size`, measured with the
/// shaped glyphs. A word longer than a line, such as a long web address, is cut where it
/// reaches the margin.
pub fn wrap(runs: &[Run], size: f32, width: f32) -> Vec<Line> {
    let (text, tokens) = Text::new(runs, size);
    let mut lines = Vec::new();
    let mut line: Vec<Word> = Vec::new();
    let mut line_width = 0.0;
    for token in tokens {
        let word = match token {
            Token::Word(range) => text.word(range),
            Token::Break => {
                lines.push(text.line(mem::take(&mut line), width));
                continue;
            }
        };
        let with_space = match line.is_empty() {
            true => word.width,
            false => line_width + text.space_before(&word).0.width(size) + word.width,
        };
        if with_space <= width {
            line.push(word);
            line_width = with_space;
            continue;
        }
        if !line.is_empty() {
            lines.push(text.line(mem::take(&mut line), width));
        }
        let pieces = match word.width <= width {
            true => vec![word],
            false => text.cut(word, width),
        };
        for piece in pieces {
            if !line.is_empty() {
                lines.push(text.line(mem::take(&mut line), width));
            }
            line_width = piece.width;
            line.push(piece);
        }
    }
    if !line.is_empty() {
        lines.push(text.line(line, width));
    }
    lines
}

/// How wide runs are set at `size` in points: their widest line, when a '\n' breaks them.
pub fn width(runs: &[Run], size: f32) -> f32 {
    wrap(runs, size, f32::INFINITY)
        .iter()
        .map(|line| line.width)
        .fold(0.0, f32::max)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{mm, BODY_SIZE};

    fn texts(lines: &[Line]) -> Vec<&str> {
        lines.iter().map(|line| line.text.as_str()).collect()
    }

    #[test]
    fn no_line_runs_past_the_margin() {
        let text = format!(
            "Læs mere på https://{}.dk og svar **senest fredag** den 12. december. {}",
            "meget-lang-adresse".repeat(20),
            "Ord og flere ord, WWWWWW ÆÆÆÆ. Слова і ще слова. ".repeat(30)
        );
        let runs = [
            Run::regular(&text),
            Run::bold("fedt,"),
            Run::regular("ikke"),
        ];
        for size in [BODY_SIZE, 14.0] {
            for measure in [mm(165.0), mm(40.0)] {
                let lines = wrap(&runs, size, measure);
                assert!(lines.len() > 3);
                for line in &lines {
                    assert!(line.width <= measure + 0.01, "{line:?}");
                }
                let strip = |s: &str| s.replace(' ', "");
                let all: String = runs.iter().map(|run| run.text.as_str()).collect();
                assert_eq!(strip(&texts(&lines).concat()), strip(&all));
            }
        }
    }

    #[test]
    fn a_newline_breaks_the_line_and_a_no_break_space_does_not() {
        let lines = wrap(
            &[Run::regular("12.\u{a0}december\nnæste")],
            BODY_SIZE,
            mm(30.0),
        );
        assert_eq!(texts(&lines), ["12.\u{a0}december", "næste"]);
    }

    #[test]
    fn an_arabic_paragraph_reads_right_to_left_and_its_numbers_left_to_right() {
        assert!(is_rtl(&[Run::regular("2026 "), Run::bold("رقم الملف")]));
        assert!(!is_rtl(&[Run::regular("2026 Aarhus رقم")]));
        let lines = wrap(&[Run::regular("رقم 2026")], BODY_SIZE, mm(100.0));
        let [line] = lines.as_slice() else {
            panic!("{lines:?}")
        };
        assert!(line.rtl && line.offset() > 0.0);
        // "2026", then the space before it, then "رقم" at the right.
        let faces: Vec<Face> = line.pieces.iter().map(|piece| piece.face).collect();
        assert_eq!(faces, [Face::Sans, Face::Sans, Face::Arabic]);
        assert_eq!(&line.text[line.pieces[0].glyphs[0].text.0..], "2026");
    }
}
