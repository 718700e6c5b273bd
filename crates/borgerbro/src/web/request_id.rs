//! Every request gets a short id ("7F3K-2QXM") that the log carries and every error page
//! and problem document shows, so a citizen who calls can quote it and staff can find
//! what happened. Always our own: an id sent by the client would let anyone put words
//! on our pages and in our logs.

use axum::extract::Request;
use axum::http::{HeaderName, HeaderValue};
use axum::middleware::Next;
use axum::response::Response;
use rand::Rng;
use tracing::Instrument;

pub(crate) const HEADER: HeaderName = HeaderName::from_static("x-request-id");

/// Crockford's base 32: no I, L, O or U, so nothing is misheard or misread on the phone.
const ALPHABET: &[u8; 32] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";

/// The id of the request being handled, for those who render its errors.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct RequestId(pub String);

/// Forty random bits in two groups of four: enough to find one request among a day's.
fn new_id() -> String {
    let mut rng = rand::rng();
    let mut id = String::with_capacity(9);
    for i in 0..8 {
        if i == 4 {
            id.push('-');
        }
        id.push(char::from(ALPHABET[rng.random_range(0..ALPHABET.len())]));
    }
    id
}

/// Gives the request its id, handles it inside a log span that names the id, and sends
/// the id back in `X-Request-Id`.
pub(crate) async fn assign(mut request: Request, next: Next) -> Response {
    let id = new_id();
    let value = HeaderValue::from_str(&id).ok();
    if let Some(value) = &value {
        request.headers_mut().insert(HEADER, value.clone());
    }
    request.extensions_mut().insert(RequestId(id.clone()));
    let span = tracing::info_span!(
        "request",
        id = %id,
        method = %request.method(),
        path = %request.uri().path(),
    );
    let mut response = next.run(request).instrument(span).await;
    if let Some(value) = value {
        response.headers_mut().insert(HEADER, value);
    }
    response
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_id_is_two_groups_of_four_that_read_aloud_without_doubt() {
        let id = new_id();
        assert_eq!(id.len(), 9, "{id}");
        assert_eq!(&id[4..5], "-");
        assert!(id
            .chars()
            .filter(|c| *c != '-')
            .all(|c| ALPHABET.contains(&(c as u8))));
        assert!(!id.contains(['I', 'L', 'O', 'U']));
        assert_ne!(new_id(), id, "random, not a counter");
    }
}
