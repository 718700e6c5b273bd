//! Fuzzes what makes two API calls "the same request" (`web::idempotency`): the
//! `Idempotency-Key` header is kept exactly when it is 1 to 255 printable characters,
//! and the hash of a JSON body is the same for the same body however it is spelt, and
//! differs for another body, method or path.
//!
//! Input: the key's bytes up to the first newline, then two JSON bodies separated by a
//! NUL byte.
//!
//! Run from the repo root: `RUSTC_BOOTSTRAP=1 cargo fuzz run idempotency`.
#![no_main]

use borgerbro::fuzzing::{idempotency_key, request_hash};
use http::{HeaderMap, HeaderValue};
use libfuzzer_sys::fuzz_target;
use serde_json::Value;

fuzz_target!(|data: &[u8]| {
    let (key, bodies) = data
        .iter()
        .position(|&b| b == b'\n')
        .map_or((data, &[][..]), |at| (&data[..at], &data[at + 1..]));
    check_key(key);
    let (first, second) = bodies
        .iter()
        .position(|&b| b == 0)
        .map_or((bodies, &[][..]), |at| (&bodies[..at], &bodies[at + 1..]));
    let Ok(first) = serde_json::from_slice::<Value>(first) else {
        return;
    };
    let hash = request_hash("POST", "/api/v1/messages", &first);
    // The same body spelt otherwise: indented, its keys in reverse order.
    let respelt = serde_json::to_string_pretty(&reversed(&first)).unwrap_or_default();
    let again: Value = serde_json::from_str(&respelt)
        .unwrap_or_else(|e| panic!("{first} written as {respelt:?} does not read: {e}"));
    assert_eq!(again, first, "{respelt:?}");
    assert_eq!(
        request_hash("POST", "/api/v1/messages", &again),
        hash,
        "{respelt:?}"
    );
    assert_ne!(request_hash("PATCH", "/api/v1/messages", &first), hash);
    assert_ne!(request_hash("POST", "/api/v1/messages/batch", &first), hash);
    if let Ok(second) = serde_json::from_slice::<Value>(second) {
        let same_hash = request_hash("POST", "/api/v1/messages", &second) == hash;
        assert_eq!(
            same_hash,
            second.to_string() == first.to_string(),
            "{first} and {second}"
        );
        // The same hash is never given to bodies that differ.
        assert!(!same_hash || second == first, "{first} and {second}");
    }
});

fn check_key(key: &[u8]) {
    let Ok(value) = HeaderValue::from_bytes(key) else {
        return;
    };
    let mut headers = HeaderMap::new();
    headers.insert("idempotency-key", value);
    let valid = !key.is_empty()
        && key.len() <= 255
        && key.iter().all(|&b| b.is_ascii_graphic() || b == b' ')
        && key.iter().any(|&b| b != b' ');
    match idempotency_key(&headers) {
        Ok(Some(kept)) => {
            assert!(valid, "{key:?} kept as {kept:?}");
            assert_eq!(kept.as_bytes(), key, "{key:?} kept as {kept:?}");
        }
        Ok(None) => panic!("{key:?} was sent but not seen"),
        Err(_) => assert!(!valid, "{key:?} refused"),
    }
}

/// The same value with every object's keys inserted in reverse order.
fn reversed(value: &Value) -> Value {
    match value {
        Value::Object(map) => Value::Object(
            map.iter()
                .rev()
                .map(|(k, v)| (k.clone(), reversed(v)))
                .collect(),
        ),
        Value::Array(items) => Value::Array(items.iter().map(reversed).collect()),
        other => other.clone(),
    }
}
