//! Fuzzes phone numbers as people type them (`phone::parse`), in every form and the API:
//! a number stored reads back as itself, dials as a plus and digits, and the number
//! dialled reads back as the same number.
//!
//! Run from the repo root: `RUSTC_BOOTSTRAP=1 cargo fuzz run phone`.
#![no_main]

use borgerbro::fuzzing::{dialable_phone, parse_phone};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(typed) = std::str::from_utf8(data) else {
        return;
    };
    let stored = match parse_phone(typed) {
        Ok(Some(stored)) => stored,
        Ok(None) => {
            // Nothing but spaces and separators is no number (`phone::parse`).
            assert!(
                typed
                    .chars()
                    .all(|c| c.is_whitespace() || matches!(c, '-' | '.' | '(' | ')')),
                "{typed:?}: no number, but more than separators"
            );
            return;
        }
        Err(_) => return,
    };
    assert_eq!(
        parse_phone(&stored),
        Ok(Some(stored.clone())),
        "{typed:?} was stored as {stored:?}, which reads differently"
    );
    let dial = dialable_phone(&stored);
    let digits = &dial[1..];
    assert!(
        dial.starts_with('+')
            && digits.bytes().all(|b| b.is_ascii_digit())
            && (8..=15).contains(&digits.len())
            && !digits.starts_with('0'),
        "{typed:?} stored as {stored:?} dials as {dial:?}"
    );
    // Every digit typed after the international prefix is dialled, in order.
    let typed_digits: String = typed.chars().filter(char::is_ascii_digit).collect();
    assert!(
        typed_digits.ends_with(
            digits
                .strip_prefix("45")
                .filter(|d| d.len() == 8)
                .unwrap_or(digits)
        ),
        "{typed:?} dials as {dial:?}"
    );
    let again = parse_phone(&dial)
        .unwrap_or_else(|_| panic!("{typed:?} dials as {dial:?}, which is refused"))
        .unwrap_or_default();
    assert_eq!(dialable_phone(&again), dial, "{typed:?}");
});
