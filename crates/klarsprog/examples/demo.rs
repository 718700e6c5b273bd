//! Prints the JSON report for a text given on the command line:
//! `cargo run --example demo -- markdown "# Titel ..."`.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

fn main() {
    let mut args = std::env::args().skip(1);
    let format: klarsprog::Format = args.next().unwrap_or_default().parse().unwrap_or_else(|e| {
        eprintln!("{e}");
        std::process::exit(2);
    });
    let text = args.next().unwrap_or_default();
    let r = klarsprog::analyse(&text, format);
    println!("{}", serde_json::to_string_pretty(&r).unwrap());
}
