//! Breaking text into lines no wider than a measure, with the fonts' own metrics.

use std::mem;

use crate::font::{is_break_space, to_points, Font, SPACE_UNITS};

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

/// Adds text to the last run if it is in the same font, so a line is shown in as few
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

/// What no line may break inside; its parts may differ in font, as in "**ja**,".
pub type Word = Vec<Run>;
/// One line's words, a space between each two.
pub type Line = Vec<Word>;

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

/// Breaks runs into lines no wider than `width` points at `size`, measured with the
/// fonts' own metrics. A word longer than a line, such as a long web address, is cut
/// where it reaches the margin.
pub fn wrap(runs: &[Run], size: f32, width: f32) -> Vec<Line> {
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
pub fn set_line(line: &Line) -> Vec<Run> {
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{mm, BODY_SIZE};

    /// A line's width as it is shown, spaces and all.
    fn shown_units(line: &Line) -> u32 {
        set_line(line)
            .iter()
            .map(|run| run.font.units(&run.text))
            .sum()
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
        for size in [BODY_SIZE, 14.0] {
            for width in [mm(165.0), mm(40.0)] {
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
    fn a_newline_breaks_the_line_and_a_no_break_space_does_not() {
        let lines = wrap(
            &[Run::regular("12.\u{a0}december\nnæste")],
            BODY_SIZE,
            mm(100.0),
        );
        assert_eq!(lines.len(), 2);
        assert_eq!(lines[0], vec![vec![Run::regular("12.\u{a0}december")]]);
    }
}
