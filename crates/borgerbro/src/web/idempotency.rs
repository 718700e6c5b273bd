//! `Idempotency-Key` on the API calls that make or change something: a system that sends
//! the same request again after a lost answer gets what the first one made, never a
//! second one; the same key with another request is refused. The key is read and checked
//! here, once for every such call; what it made is remembered by [`crate::idempotency`].

use axum::extract::{FromRequest, FromRequestParts, Request};
use axum::http::HeaderMap;
use serde::de::DeserializeOwned;
use sha2::{Digest, Sha256};

use super::AppError;
use crate::auth::ApiClient;
use crate::idempotency::{Idempotency, IdempotencyError};
use crate::state::AppState;

/// The longest key we keep: enough for any UUID or job name, and no way to store
/// megabytes through a header.
pub const MAX_KEY_CHARS: usize = 255;

/// The request's key, checked: 1 to 255 printable ASCII characters; none when it sent
/// no key.
pub fn key(headers: &HeaderMap) -> Result<Option<String>, AppError> {
    let Some(value) = headers.get("idempotency-key") else {
        return Ok(None);
    };
    let key = value.to_str().unwrap_or_default();
    let printable = key.bytes().all(|b| b.is_ascii_graphic() || b == b' ');
    if key.trim().is_empty() || key.len() > MAX_KEY_CHARS || !printable {
        return Err(AppError::BadRequest("api-idempotency-key-invalid"));
    }
    Ok(Some(key.to_owned()))
}

/// The hash of an API call that makes something: its method, its path and its JSON body
/// as serde_json writes it back (keys sorted, no spaces), so the same request however
/// spelt has the same hash, and another request another.
pub fn request_hash(method: &str, path: &str, body: &serde_json::Value) -> String {
    hash(&[
        method.as_bytes(),
        path.as_bytes(),
        body.to_string().as_bytes(),
    ])
}

fn hash(parts: &[&[u8]]) -> String {
    let mut hasher = Sha256::new();
    for part in parts {
        hasher.update(part);
        hasher.update([0]);
    }
    hex::encode(hasher.finalize())
}

/// The JSON body of an API call that makes or changes something, the system that sent
/// it, and its `Idempotency-Key` with a hash of the method, path and body. The body is
/// held to the route's limit, as `Json` would.
pub(crate) struct IdempotentJson<T> {
    pub client: ApiClient,
    pub body: T,
    pub idempotency: Option<Idempotency>,
}

impl<T: DeserializeOwned> FromRequest<AppState> for IdempotentJson<T> {
    type Rejection = AppError;

    async fn from_request(request: Request, state: &AppState) -> Result<Self, AppError> {
        let (mut parts, body) = request.into_parts();
        let client = ApiClient::from_request_parts(&mut parts, state).await?;
        let key = key(&parts.headers)?;
        let (method, path) = (parts.method.clone(), parts.uri.path().to_owned());
        let bytes = axum::body::Bytes::from_request(Request::from_parts(parts, body), state)
            .await
            .map_err(|_| AppError::TooLarge("error-too-large-next"))?;
        let value: serde_json::Value =
            serde_json::from_slice(&bytes).map_err(|_| AppError::BadRequest("api-bad-json"))?;
        let idempotency = key.map(|key| Idempotency {
            client: client.0.id.clone(),
            key,
            hash: request_hash(method.as_str(), &path, &value),
        });
        let body =
            serde_json::from_value(value).map_err(|_| AppError::BadRequest("api-bad-json"))?;
        Ok(Self {
            client,
            body,
            idempotency,
        })
    }
}

impl From<IdempotencyError> for AppError {
    fn from(error: IdempotencyError) -> Self {
        match error {
            IdempotencyError::KeyReused => AppError::Conflict("api-idempotency-reused"),
            IdempotencyError::InProgress => AppError::Busy("api-idempotency-in-progress"),
            IdempotencyError::Database(error) => error.into(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_long_number_spelt_otherwise_is_the_same_request() {
        // Found by fuzzing: without serde_json's `float_roundtrip`, a number past what
        // a u64 holds read back as another float once the body was written again.
        let body = "\t\r2222222222222222222222222222222222\t\r"; // The fuzzer's own input.
        let first: serde_json::Value = serde_json::from_str(body).unwrap();
        let again: serde_json::Value =
            serde_json::from_str(&serde_json::to_string_pretty(&first).unwrap()).unwrap();
        assert_eq!(again, first);
        assert_eq!(
            request_hash("POST", "/api/v1/messages", &again),
            request_hash("POST", "/api/v1/messages", &first)
        );
    }

    #[test]
    fn the_same_body_in_another_order_is_the_same_request() {
        let mut headers = HeaderMap::new();
        assert_eq!(key(&headers).unwrap(), None);
        headers.insert("idempotency-key", "k-1".parse().unwrap());
        let a: serde_json::Value = serde_json::from_str(r#"{"a": 1, "b": [2]}"#).unwrap();
        let b: serde_json::Value = serde_json::from_str(r#"{ "b":[2],"a":1 }"#).unwrap();
        let c: serde_json::Value = serde_json::from_str(r#"{"a": 2, "b": [2]}"#).unwrap();
        assert_eq!(key(&headers).unwrap().as_deref(), Some("k-1"));
        let hash = request_hash("POST", "/api/v1/x", &a);
        assert_eq!(request_hash("POST", "/api/v1/x", &b), hash);
        assert_ne!(request_hash("POST", "/api/v1/x", &c), hash);
    }

    #[test]
    fn a_key_that_is_empty_too_long_or_not_printable_is_refused() {
        for bad in [
            String::new(),
            "   ".into(),
            "k".repeat(MAX_KEY_CHARS + 1),
            "a\tb".into(),
        ] {
            let mut headers = HeaderMap::new();
            headers.insert("idempotency-key", bad.parse().unwrap());
            assert!(key(&headers).is_err(), "{bad:?}");
        }
        let mut headers = HeaderMap::new();
        headers.insert(
            "idempotency-key",
            "k".repeat(MAX_KEY_CHARS).parse().unwrap(),
        );
        assert!(key(&headers).unwrap().is_some());
    }
}
