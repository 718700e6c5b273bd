//! The fonts' metrics and encoding: Helvetica and Helvetica-Bold in WinAnsiEncoding,
//! which covers Danish (æ ø å é § € « » – —); a character outside it shows as '?'
//! rather than as a wrong glyph.

use pdf_writer::Name;

/// The two fonts a page is set in: PDF standard fonts every reader and printer has.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Font {
    Regular,
    Bold,
}

impl Font {
    pub(crate) fn resource(self) -> Name<'static> {
        match self {
            Font::Regular => Name(b"F1"),
            Font::Bold => Name(b"F2"),
        }
    }

    pub(crate) fn base_font(self) -> Name<'static> {
        match self {
            Font::Regular => Name(b"Helvetica"),
            Font::Bold => Name(b"Helvetica-Bold"),
        }
    }

    /// Width in thousandths of the font size, as the font's metrics count it.
    pub fn units(self, text: &str) -> u32 {
        text.chars().map(|c| self.advance(c)).sum()
    }

    pub fn advance(self, c: char) -> u32 {
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

/// Helvetica and Helvetica-Bold have the same space, so the fonts either side of a
/// space never change a line's width.
pub(crate) const SPACE_UNITS: u32 = 278;

/// Font units (thousandths of the size) as points at `size`.
pub fn to_points(units: u32, size: f32) -> f32 {
    units as f32 * size / 1000.0
}

/// Word breaks fall on spaces; a no-break space keeps "12. december" on one line.
pub(crate) fn is_break_space(c: char) -> bool {
    c.is_whitespace() && c != '\u{a0}'
}

/// Text in WinAnsiEncoding, as a page shows it.
pub(crate) fn encode(text: &str) -> Vec<u8> {
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn widths_are_the_fonts_own() {
        assert_eq!(Font::Regular.units("Wil"), 944 + 222 + 222);
        assert_eq!(Font::Regular.units("æøå"), 889 + 611 + 556);
        assert_eq!(Font::Bold.units("Æ€§"), 1000 + 556 + 556);
        assert_eq!(Font::Regular.units(" "), SPACE_UNITS);
        assert_eq!(Font::Bold.units(" "), SPACE_UNITS);
    }

    #[test]
    fn what_winansi_cannot_show_is_a_question_mark() {
        assert_eq!(encode("æøå € «»"), b"\xe6\xf8\xe5 \x80 \xab\xbb");
        assert_eq!(encode("ł😀"), b"??");
    }
}
