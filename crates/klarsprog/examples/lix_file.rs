//! Streams a (huge) UTF-8 file through `LixCounter` in 64 KiB chunks:
//! `cargo run --release --example lix_file -- FILE`.
//!
//! Memory stays bounded: one read buffer plus the counter's carry.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::io::Read;

use klarsprog::{decode, InvalidUtf8, LixCounter};

fn main() {
    let path = std::env::args().nth(1).expect("usage: lix_file FILE");
    let mut file = std::fs::File::open(&path).expect("cannot open file");
    let mut buf = vec![0u8; 64 * 1024];
    let mut have = 0usize; // bytes of an unfinished char kept at the front
    let mut offset = 0usize; // file offset of buf[0]
    let mut counter = LixCounter::new();
    loop {
        let n = file.read(&mut buf[have..]).expect("read failed");
        let filled = have + n;
        let at_end = n == 0;
        // Feed everything up to the last complete char.
        let (valid, rest) = match decode(&buf[..filled]) {
            Ok(s) => (s.len(), 0),
            Err(InvalidUtf8 { offset: good }) => {
                let tail = filled - good;
                // An incomplete char at the end of the buffer is fine (< 4
                // bytes, not at end of file); anything else is an error.
                let incomplete = std::str::from_utf8(&buf[good..filled])
                    .err()
                    .is_some_and(|e| e.valid_up_to() == 0 && e.error_len().is_none());
                if at_end || tail >= 4 || !incomplete {
                    eprintln!(
                        "{}",
                        InvalidUtf8 {
                            offset: offset + good
                        }
                    );
                    std::process::exit(1);
                }
                (good, tail)
            }
        };
        if let Ok(s) = std::str::from_utf8(&buf[..valid]) {
            counter.feed(s);
        }
        if at_end {
            break;
        }
        buf.copy_within(valid..filled, 0);
        offset += valid;
        have = rest;
    }
    let s = counter.finish();
    println!(
        "{} ord, {} sætninger, {} lange ord, LIX {:.1} ({})",
        s.words,
        s.sentences,
        s.long_words,
        s.lix,
        s.band.label_da()
    );
}
