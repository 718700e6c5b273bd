//! Charts drawn on the server as SVG, so they need no script and print as they show.
//! A chart only shows: every page puts a table with the same numbers beside it, which
//! is what a screen reader reads (the SVG names itself and says where the numbers are).

use std::fmt::Write;

/// The drawing's own width; it scales to its box, and its text with it.
const WIDTH: f64 = 400.0;
/// The height of one row: a label line above its bar.
const ROW: f64 = 38.0;
/// A tornado's row: the label, the bar, then the two results under it.
const SWING_ROW: f64 = 52.0;
const BAR: f64 = 14.0;
/// DKFDS's primary blue and a dark grey for text: both above 4.5:1 on white.
const BLUE: &str = "#0059b3";
const TEXT: &str = "#1a1a1a";

/// One bar: its label, its value (none when not told), and the value as the page
/// writes it ("1.234", "under 5").
pub struct Bar {
    pub label: String,
    /// Whether the label holds what a person typed (a benefit's title), in whatever
    /// language they wrote it: marked `bb-typed`, as the tables mark such cells.
    pub typed: bool,
    pub value: Option<f64>,
    pub shown: String,
}

/// Text for SVG: `&`, `<`, `>` and quotes escaped.
fn escaped(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

fn open(out: &mut String, height: f64, description: &str) {
    let _ = write!(
        out,
        "<svg class=\"bb-chart\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {WIDTH} {height}\" \
         role=\"img\" aria-label=\"{}\" font-family=\"IBM Plex Sans, Arial, sans-serif\" font-size=\"13\">",
        escaped(description)
    );
}

/// Horizontal bars from zero, one row each, the largest filling the width. A bar
/// without a value is drawn as none, its text saying why.
pub fn bars(description: &str, bars: &[Bar]) -> String {
    let height = ROW * bars.len() as f64 + 4.0;
    let largest = bars.iter().filter_map(|b| b.value).fold(0.0_f64, f64::max);
    let mut out = String::new();
    open(&mut out, height, description);
    for (i, bar) in bars.iter().enumerate() {
        let top = ROW * i as f64;
        let length = match bar.value {
            Some(v) if largest > 0.0 && v > 0.0 => (v / largest) * (WIDTH - 90.0),
            _ => 0.0,
        };
        let _ = write!(
            out,
            "<text{} x=\"0\" y=\"{:.1}\" fill=\"{TEXT}\">{}</text>\
             <rect x=\"0\" y=\"{:.1}\" width=\"{length:.1}\" height=\"{BAR}\" fill=\"{BLUE}\"/>\
             <text x=\"{:.1}\" y=\"{:.1}\" fill=\"{TEXT}\">{}</text>",
            if bar.typed { " class=\"bb-typed\"" } else { "" },
            top + 13.0,
            escaped(&bar.label),
            top + 18.0,
            length + 4.0,
            top + 30.0,
            escaped(&bar.shown),
        );
    }
    out.push_str("</svg>");
    out
}

/// One line of a tornado chart: the result at the line's low and at its high estimate.
pub struct Swing {
    pub label: String,
    pub low: f64,
    pub high: f64,
    pub low_shown: String,
    pub high_shown: String,
}

/// A tornado chart (its labels are the lines' names as people typed them, in their
/// language: `bb-typed`, as the tables mark them): for each line, a bar from the result at its low estimate to the
/// result at its high, around a middle line at `middle` (the result with every line at
/// its likely value). The widest swing comes first, as the caller sorted them.
pub fn tornado(description: &str, middle: f64, swings: &[Swing]) -> String {
    let height = SWING_ROW * swings.len() as f64 + 4.0;
    let (mut least, mut most) = (middle, middle);
    for s in swings {
        least = least.min(s.low.min(s.high));
        most = most.max(s.low.max(s.high));
    }
    let span = if most > least { most - least } else { 1.0 };
    let at = |value: f64| 4.0 + (value - least) / span * (WIDTH - 8.0);
    let mut out = String::new();
    open(&mut out, height, description);
    for (i, s) in swings.iter().enumerate() {
        let top = SWING_ROW * i as f64;
        let (left, right) = (at(s.low.min(s.high)), at(s.low.max(s.high)));
        let _ = write!(
            out,
            "<text class=\"bb-typed\" x=\"0\" y=\"{:.1}\" fill=\"{TEXT}\">{}</text>\
             <rect x=\"{left:.1}\" y=\"{:.1}\" width=\"{:.1}\" height=\"{BAR}\" fill=\"{BLUE}\"/>\
             <text x=\"0\" y=\"{:.1}\" fill=\"{TEXT}\">{}</text>\
             <text x=\"{WIDTH}\" y=\"{:.1}\" fill=\"{TEXT}\" text-anchor=\"end\">{}</text>",
            top + 13.0,
            escaped(&s.label),
            top + 18.0,
            (right - left).max(1.0),
            top + 47.0,
            escaped(&s.low_shown),
            top + 47.0,
            escaped(&s.high_shown),
        );
    }
    let x = at(middle);
    let _ = write!(
        out,
        "<line x1=\"{x:.1}\" y1=\"0\" x2=\"{x:.1}\" y2=\"{height:.1}\" stroke=\"{TEXT}\" stroke-width=\"1\"/></svg>"
    );
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_label_cannot_break_out_of_the_drawing() {
        let svg = bars(
            "Breve <script>",
            &[Bar {
                label: "</text><script>alert(1)</script>".into(),
                typed: false,
                value: Some(3.0),
                shown: "3 & \"mere\"".into(),
            }],
        );
        assert!(!svg.contains("<script"), "{svg}");
        assert!(svg.contains("&lt;/text&gt;&lt;script&gt;"));
        assert!(svg.contains("3 &amp; &quot;mere&quot;"));
    }

    #[test]
    fn the_largest_bar_fills_the_width_and_an_untold_one_draws_nothing() {
        let svg = bars(
            "x",
            &[
                Bar {
                    label: "a".into(),
                    typed: false,
                    value: Some(10.0),
                    shown: "10".into(),
                },
                Bar {
                    label: "b".into(),
                    typed: true,
                    value: Some(5.0),
                    shown: "5".into(),
                },
                Bar {
                    label: "c".into(),
                    typed: false,
                    value: None,
                    shown: "under 5".into(),
                },
            ],
        );
        assert!(svg.contains("width=\"310.0\""), "{svg}");
        assert_eq!(
            svg.matches("<text class=\"bb-typed\"").count(),
            1,
            "only the typed label is marked as typed"
        );
        assert!(svg.contains("width=\"155.0\""));
        assert!(svg.contains("width=\"0.0\""));
    }
}
