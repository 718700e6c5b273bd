//! `borgerbro klarsprog`: the checker for writers and their CI. A readable report on a
//! terminal (in colour there), JSON with `--json`, and exit code 1 when LIX is over
//! `--max-lix`. `--summary` streams a file of any size in bounded memory.

use std::fs::File;
use std::io::{self, IsTerminal, Read, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use anstyle::{AnsiColor, Style};
use clap::Args;
use klarsprog::{analyse, decode, Band, Format, InvalidUtf8, LixCounter, Report};

#[derive(Debug, Args)]
pub struct KlarsprogArgs {
    /// Print the report as JSON (for other programs).
    #[arg(long)]
    json: bool,
    /// How the text is written: text, markdown or html.
    #[arg(long, default_value = "text")]
    format: Format,
    /// Exit with code 1 when LIX is over this value, for use in a writer's CI.
    #[arg(long, value_name = "N")]
    max_lix: Option<f64>,
    /// Count only (LIX, words, sentences), reading the text in pieces: for files of any
    /// size. Plain text only.
    #[arg(long)]
    summary: bool,
    /// The file to check; `-` or nothing reads standard input.
    file: Option<PathBuf>,
}

/// Exit code for a text that could not be checked (1 means "LIX too high").
const CANNOT_CHECK: u8 = 2;
const CHUNK_BYTES: usize = 64 * 1024;

pub fn run(args: &KlarsprogArgs) -> ExitCode {
    match check(args) {
        Ok(code) => code,
        Err(message) => {
            eprintln!("klarsprog: {message}");
            ExitCode::from(CANNOT_CHECK)
        }
    }
}

fn input(args: &KlarsprogArgs) -> Result<Box<dyn Read>, String> {
    match args.file.as_deref() {
        None => Ok(Box::new(io::stdin().lock())),
        Some(path) if path.as_os_str() == "-" => Ok(Box::new(io::stdin().lock())),
        Some(path) => File::open(path)
            .map(|file| Box::new(file) as Box<dyn Read>)
            .map_err(|e| {
                format!(
                    "kan ikke åbne {}: {e}. Tjek stien, og prøv igen.",
                    path.display()
                )
            }),
    }
}

fn check(args: &KlarsprogArgs) -> Result<ExitCode, String> {
    let mut reader = input(args)?;
    let (lix, output) = if args.summary {
        if args.format != Format::Text {
            return Err(
                "--summary tæller kun almindelig tekst. Fjern --format, eller fjern --summary."
                    .into(),
            );
        }
        let summary = stream(&mut reader)?;
        let output = if args.json {
            json(&serde_json::json!({
                "lix": (summary.lix * 10.0).round() / 10.0,
                "band": summary.band,
                "words": summary.words,
                "sentences": summary.sentences,
                "long_words": summary.long_words,
            }))?
        } else {
            let paint = Paint::for_stdout();
            format!(
                "{}\n",
                headline(
                    &paint,
                    summary.lix,
                    summary.band,
                    summary.words,
                    summary.sentences,
                    summary.long_words
                )
            )
        };
        (summary.lix, output)
    } else {
        let mut bytes = Vec::new();
        reader
            .read_to_end(&mut bytes)
            .map_err(|e| format!("kan ikke læse teksten: {e}"))?;
        let text = decode(&bytes).map_err(|e| e.to_string())?;
        let report = analyse(text, args.format);
        let output = if args.json {
            json(&report)?
        } else {
            readable(&Paint::for_stdout(), text, &report)
        };
        (report.lix, output)
    };
    io::stdout()
        .write_all(output.as_bytes())
        .map_err(|e| format!("kan ikke skrive resultatet: {e}"))?;
    Ok(match args.max_lix {
        Some(max) if lix > max => ExitCode::FAILURE,
        _ => ExitCode::SUCCESS,
    })
}

fn json(value: &impl serde::Serialize) -> Result<String, String> {
    serde_json::to_string_pretty(value)
        .map(|text| text + "\n")
        .map_err(|e| e.to_string())
}

/// Feeds the text to the counter a piece at a time. A character cut in two by a piece
/// boundary waits for the next piece; a byte that can never be UTF-8 is named by offset.
fn stream(reader: &mut dyn Read) -> Result<klarsprog::Summary, String> {
    let mut counter = LixCounter::new();
    let mut buffer = vec![0u8; CHUNK_BYTES];
    let mut pending = 0; // bytes at the start of `buffer` left over from the last piece
    let mut consumed = 0; // bytes fed to the counter so far
    loop {
        let read = reader
            .read(&mut buffer[pending..])
            .map_err(|e| format!("kan ikke læse teksten: {e}"))?;
        let filled = pending + read;
        let valid = match std::str::from_utf8(&buffer[..filled]) {
            Ok(text) => text.len(),
            // An incomplete character at the end, and more to come: keep it for later.
            Err(e) if e.error_len().is_none() && read > 0 => e.valid_up_to(),
            Err(e) => {
                return Err(InvalidUtf8 {
                    offset: consumed + e.valid_up_to(),
                }
                .to_string())
            }
        };
        if let Ok(text) = std::str::from_utf8(&buffer[..valid]) {
            counter.feed(text);
        }
        consumed += valid;
        buffer.copy_within(valid..filled, 0);
        pending = filled - valid;
        if read == 0 {
            return Ok(counter.finish());
        }
    }
}

/// Colour on a terminal, plain text elsewhere (and when NO_COLOR is set).
struct Paint {
    on: bool,
}

impl Paint {
    fn for_stdout() -> Self {
        Self {
            on: io::stdout().is_terminal() && std::env::var_os("NO_COLOR").is_none(),
        }
    }

    fn style(&self, style: Style, text: &str) -> String {
        if self.on {
            format!("{style}{text}{style:#}")
        } else {
            text.to_owned()
        }
    }
}

fn band_style(band: Band) -> Style {
    let colour = match band {
        Band::MegetLet | Band::Let => AnsiColor::Green,
        Band::Middel => AnsiColor::Yellow,
        Band::Svaer | Band::MegetSvaer => AnsiColor::Red,
    };
    Style::new().bold().fg_color(Some(colour.into()))
}

fn headline(
    paint: &Paint,
    lix: f64,
    band: Band,
    words: u64,
    sentences: u64,
    long_words: u64,
) -> String {
    format!(
        "{} {words} ord, {sentences} sætninger, {long_words} lange ord.",
        paint.style(
            band_style(band),
            &format!("LIX {lix:.1} ({}).", band.label_da())
        ),
    )
}

/// Line and column (both from 1, columns in characters) of a byte offset.
fn line_and_column(text: &str, offset: usize) -> (usize, usize) {
    let before = &text[..offset.min(text.len())];
    let line = before.matches('\n').count() + 1;
    let column = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    (line, column)
}

fn readable(paint: &Paint, text: &str, report: &Report) -> String {
    let mut out = headline(
        paint,
        report.lix,
        report.band,
        report.words,
        report.sentences,
        report.long_words,
    );
    out.push('\n');
    if report.needs_summary {
        out.push_str("Teksten bør have et \"Kort fortalt\" øverst.\n");
    }
    for advice in &report.advice {
        out.push_str(&format!("- {advice}\n"));
    }
    let dim = Style::new().dimmed();
    let bold = Style::new().bold();
    for finding in &report.findings {
        let (line, column) = line_and_column(text, finding.start);
        let quoted: String = finding.text.chars().take(60).collect();
        let ellipsis = if finding.text.chars().count() > 60 {
            "…"
        } else {
            ""
        };
        out.push_str(&format!(
            "\n{} «{}{ellipsis}»\n  {}\n",
            paint.style(dim, &format!("{line}:{column}")),
            paint.style(bold, &quoted.replace('\n', " ")),
            finding.message,
        ));
        if let Some(suggestion) = &finding.suggestion {
            out.push_str(&format!("  Forslag: {suggestion}\n"));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn positions_are_lines_and_character_columns() {
        let text = "Første linje.\nAnden æøå linje.";
        assert_eq!(line_and_column(text, 0), (1, 1));
        let offset = text.find("linje.").unwrap_or(0);
        assert_eq!(line_and_column(text, offset), (1, 8));
        let offset = text.rfind("linje").unwrap_or(0);
        assert_eq!(line_and_column(text, offset), (2, 11));
    }

    #[test]
    fn streaming_counts_like_the_whole_text_whatever_the_pieces() {
        let text = "Kære Karen. Vi har modtaget din ansøgning om boligstøtte. Æblet blev spist!\n";
        let whole = analyse(text, Format::Text);
        // A reader that hands out three bytes at a time cuts æ and ø in two.
        struct Trickle<'a>(&'a [u8]);
        impl Read for Trickle<'_> {
            fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
                let n = self.0.len().min(3).min(buf.len());
                buf[..n].copy_from_slice(&self.0[..n]);
                self.0 = &self.0[n..];
                Ok(n)
            }
        }
        let summary = stream(&mut Trickle(text.as_bytes())).unwrap();
        assert_eq!(
            (summary.words, summary.sentences, summary.long_words),
            (whole.words, whole.sentences, whole.long_words)
        );
    }

    #[test]
    fn a_bad_byte_is_named_by_its_offset() {
        let mut bytes = b"God tekst her. ".to_vec();
        bytes.push(0xff);
        bytes.extend_from_slice(b" Mere.");
        let error = stream(&mut bytes.as_slice()).unwrap_err();
        assert!(error.contains("byte 15"), "{error}");
        // A character cut off at the very end is an error too, not silently dropped.
        let error = stream(&mut &b"Slut \xc3"[..]).unwrap_err();
        assert!(error.contains("byte 5"), "{error}");
    }
}
