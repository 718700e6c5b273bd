//! Times `analyse(text, Format::Text)` (the full check) and `LixCounter` (LIX alone, the
//! job `textstat.lix` does) on a UTF-8 file, best of 3 runs each:
//! `cargo run --release --example bench_file -- FILE`.
//!
//! Prints one line of `key=value` pairs (used by
//! `benches/klarsprog-vs-textstat.sh`): bytes, best wall seconds, MB/s, LIX
//! and the counts. Reading and UTF-8 checking are not timed.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::time::Instant;

use klarsprog::{analyse, decode, Format, LixCounter};

fn main() {
    let path = std::env::args().nth(1).expect("usage: bench_file FILE");
    let bytes = std::fs::read(&path).expect("cannot read file");
    let text = decode(&bytes).unwrap_or_else(|e| {
        eprintln!("{path}: {e}");
        std::process::exit(1);
    });
    let mut best = f64::INFINITY;
    let mut report = None;
    for _ in 0..3 {
        let t = Instant::now();
        let r = analyse(std::hint::black_box(text), Format::Text);
        best = best.min(t.elapsed().as_secs_f64());
        report = Some(r);
    }
    let r = report.expect("three runs");
    let mut best_lix_only = f64::INFINITY;
    for _ in 0..3 {
        let t = Instant::now();
        let mut counter = LixCounter::new();
        counter.feed(std::hint::black_box(text));
        std::hint::black_box(counter.finish());
        best_lix_only = best_lix_only.min(t.elapsed().as_secs_f64());
    }
    println!(
        "bytes={} seconds={:.6} lix_only_seconds={:.6} mbps={:.3} lix={:.4} words={} sentences={} long_words={}",
        text.len(),
        best,
        best_lix_only,
        text.len() as f64 / 1_000_000.0 / best,
        r.lix,
        r.words,
        r.sentences,
        r.long_words
    );
}
