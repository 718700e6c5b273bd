//! `Idempotency-Key` on the API calls that make something (a letter, a booking): a system
//! that sends the same request again after a lost answer gets what the first one made,
//! never a second one; the same key with another body is refused.

use axum::http::HeaderMap;
use sha2::{Digest, Sha256};

/// The request's key and a hash of its JSON body; none when it sent no key. The body is
/// hashed as serde_json writes it back, keys sorted, so a retry that orders or spaces its
/// JSON differently is still the same request.
pub fn key_and_hash(headers: &HeaderMap, body: &serde_json::Value) -> Option<(String, String)> {
    let key = headers.get("idempotency-key")?.to_str().ok()?;
    let hash = hex::encode(Sha256::digest(body.to_string().as_bytes()));
    Some((key.to_owned(), hash))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_same_body_in_another_order_is_the_same_request() {
        let mut headers = HeaderMap::new();
        assert_eq!(key_and_hash(&headers, &serde_json::json!({})), None);
        headers.insert("idempotency-key", "k-1".parse().unwrap());
        let a: serde_json::Value = serde_json::from_str(r#"{"a": 1, "b": [2]}"#).unwrap();
        let b: serde_json::Value = serde_json::from_str(r#"{ "b":[2],"a":1 }"#).unwrap();
        let c: serde_json::Value = serde_json::from_str(r#"{"a": 2, "b": [2]}"#).unwrap();
        let (key, hash) = key_and_hash(&headers, &a).unwrap();
        assert_eq!(key, "k-1");
        assert_eq!(key_and_hash(&headers, &b).unwrap().1, hash);
        assert_ne!(key_and_hash(&headers, &c).unwrap().1, hash);
    }
}
