//! Sets a typical one-page Danish letter, laid out as `borgerbro`'s `post::paper` lays
//! one out (sender, window address, subject, a framed summary, a Markdown body), and
//! prints its PDF's size and the time to set N of them, layout and PDF alike, on one core.
//!
//! `cargo bench -p typeset --bench letters` (`-- --letters N`, 1,000 unless told).
//! Figures: BENCHMARKS.md, "Paper letters: typeset".

use std::hint::black_box;
use std::time::Instant;

use typeset::{mm, Geometry, Layout, Run, BODY_SIZE};

const A4: Geometry = Geometry {
    width: mm(210.0),
    height: mm(297.0),
    left: mm(25.0),
    right: mm(190.0),
    top: mm(20.0),
    bottom: mm(272.0),
};

const BODY: &str = "## Hvad betyder det for dig\n\nVi har behandlet din ansøgning om boligstøtte, som vi modtog den 3. november 2026. Du får **1.250 kr.** om måneden fra 1. januar 2027. Pengene kommer på din NemKonto den første hverdag i måneden.\n\n- Første udbetaling er 1. januar 2027\n- Du får et brev hvert år, når vi regner støtten om\n- Du skal fortælle os, hvis din husstand eller din indkomst ændrer sig\n\n## Hvorfor har vi besluttet det\n\nVi har lagt vægt på din husleje, din husstands samlede indkomst og boligens størrelse. Efter lov om individuel boligstøtte § 14, stk. 2, kan du få støtte, når huslejen er højere end den del, du selv skal betale.\n\n## Hvis du er uenig\n\nDu kan klage over afgørelsen inden fire uger. Skriv til os på [aarhus.dk/klage](https://aarhus.dk/klage), eller ring på 89 40 20 00. Vi ser på sagen igen, og hvis vi ikke giver dig ret, sender vi din klage videre til Ankestyrelsen.";

fn letter() -> Vec<u8> {
    let mut layout = Layout::new(A4);
    let (sender, right) = (mm(125.0), A4.right);
    layout.paragraph(sender, right, BODY_SIZE, &[Run::bold("Aarhus Kommune")]);
    for line in [
        "Borgerservice",
        "Rådhuspladsen 2, 8000 Aarhus C",
        "Telefon 89 40 20 00",
        "23. november 2026",
    ] {
        layout.paragraph(sender, right, 9.0, &[Run::regular(line)]);
    }
    layout.y = mm(50.0);
    for line in ["Søren Ærø Åberg", "Østergade 12, 2. tv.", "8000 Aarhus C"] {
        layout.paragraph(mm(25.0), mm(100.0), BODY_SIZE, &[Run::regular(line)]);
    }
    layout.y = mm(95.0);
    layout.paragraph(
        A4.left,
        right,
        14.0,
        &[Run::bold("Afgørelse om boligstøtte")],
    );
    layout.space(mm(4.0));
    layout.open_frame();
    let (left, inner) = (A4.left + mm(4.0), right - mm(4.0));
    layout.paragraph(left, inner, BODY_SIZE, &[Run::bold("Kort fortalt")]);
    let summary = "Du får 1.250 kr. om måneden i boligstøtte fra 1. januar 2027.";
    layout.paragraph(left, inner, BODY_SIZE, &[Run::regular(summary)]);
    layout.close_frame();
    layout.space(mm(5.0));
    layout.markdown(BODY);
    typeset::write_pdf_in(&A4, layout.finish(), Some("da"))
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let letters: usize = args
        .iter()
        .position(|arg| arg == "--letters")
        .and_then(|i| args.get(i + 1)?.parse().ok())
        .unwrap_or(1_000);
    let one = letter();
    println!("one letter: {} bytes", one.len());
    let start = Instant::now();
    for _ in 0..letters {
        black_box(letter());
    }
    let seconds = start.elapsed().as_secs_f64();
    println!(
        "{letters} letters: {seconds:.3} s, {:.3} ms a letter, {:.0} letters/s",
        seconds * 1000.0 / letters as f64,
        letters as f64 / seconds
    );
}
