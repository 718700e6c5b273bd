//! The static files (DKFDS and our own small CSS), built into the binary so that it
//! runs from any folder. Many readers are on weak phones and slow connections, so a file
//! is sent compressed when the browser takes it, carries an ETag (a second look costs a
//! 304 and no body), and is kept for a year when asked for by its versioned address,
//! which every page links (`asset_url`): a new release changes the address, never what
//! an old address means.

use axum::extract::Path;
use axum::http::{header, HeaderMap, HeaderValue, StatusCode, Uri};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::Router;
use rust_embed::RustEmbed;
use tower_http::compression::predicate::{DefaultPredicate, NotForContentType, Predicate};
use tower_http::compression::CompressionLayer;

use super::error::AppError;
use crate::state::AppState;

#[derive(RustEmbed)]
#[folder = "static/"]
struct Assets;

/// A versioned address may be kept as long as caches keep anything: it names one content.
const VERSIONED: &str = "public, max-age=31536000, immutable";
/// Other addresses (fonts and images named inside the CSS) are asked again after five
/// minutes, and the ETag makes that a 304 while they are unchanged.
const UNVERSIONED: &str = "public, max-age=300";

/// The static route with its compression (gzip or brotli, as the browser prefers), for
/// `crate::router` to merge. Fonts are compressed already and images are left as the
/// default predicate leaves them.
pub fn router() -> Router<AppState> {
    let compress = DefaultPredicate::new().and(NotForContentType::const_new("font/"));
    Router::new()
        .route("/static/{*path}", get(serve))
        .layer(CompressionLayer::new().compress_when(compress))
}

/// The address to link a static file by: `/static/PATH?v=VERSION`, the version being the
/// start of the file's SHA-256. Every template links static files through this.
pub(crate) fn asset_url(path: &str) -> String {
    match Assets::get(path) {
        Some(file) => format!("/static/{path}?v={}", version(&file.metadata.sha256_hash())),
        // No such file: the link answers 404, and the tests of the pages' links fail.
        None => format!("/static/{path}"),
    }
}

/// 12 hex digits (48 bits): enough that two releases of a file never share a version.
fn version(sha256: &[u8; 32]) -> String {
    hex::encode(&sha256[..6])
}

pub(crate) async fn serve(Path(path): Path<String>, uri: Uri, headers: HeaderMap) -> Response {
    let Some(file) = Assets::get(&path) else {
        return AppError::NotFound.into_response();
    };
    let hash = file.metadata.sha256_hash();
    // Weak: the same file is sent plain, gzipped or brotli-compressed, which are equal in
    // meaning but not byte for byte (RFC 9110, 8.8.3).
    let etag = format!("W/\"{}\"", hex::encode(hash));
    let asked = url::form_urlencoded::parse(uri.query().unwrap_or_default().as_bytes())
        .find(|(name, _)| name == "v")
        .map(|(_, value)| value.into_owned());
    // An address with an old version gets today's file, but only for a short while.
    let cache = match asked == Some(version(&hash)) {
        true => VERSIONED,
        false => UNVERSIONED,
    };
    let mut response = match headers
        .get(header::IF_NONE_MATCH)
        .is_some_and(|value| matches(value, &etag))
    {
        true => StatusCode::NOT_MODIFIED.into_response(),
        false => file.data.into_owned().into_response(),
    };
    let headers = response.headers_mut();
    if let Ok(value) = HeaderValue::from_str(file.metadata.mimetype()) {
        headers.insert(header::CONTENT_TYPE, value);
    }
    if let Ok(value) = HeaderValue::from_str(&etag) {
        headers.insert(header::ETAG, value);
    }
    headers.insert(header::CACHE_CONTROL, HeaderValue::from_static(cache));
    // Also on a 304 and a plain answer, so a cache between keeps the encodings apart.
    headers.insert(header::VARY, HeaderValue::from_static("accept-encoding"));
    response
}

/// Whether `If-None-Match` names this ETag (or any), compared weakly as RFC 9110 asks.
fn matches(if_none_match: &HeaderValue, etag: &str) -> bool {
    let opaque = |tag: &str| tag.trim().trim_start_matches("W/").to_owned();
    if_none_match.to_str().is_ok_and(|value| {
        value
            .split(',')
            .any(|tag| tag.trim() == "*" || opaque(tag) == opaque(etag))
    })
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    #[test]
    fn if_none_match_compares_weakly_and_in_lists() {
        let etag = r#"W/"abc""#;
        for sent in [r#"W/"abc""#, r#""abc""#, r#""x", W/"abc""#, "*"] {
            assert!(matches(&HeaderValue::from_static(sent), etag), "{sent}");
        }
        for sent in [r#""abd""#, r#"W/"ab""#, ""] {
            assert!(!matches(&HeaderValue::from_static(sent), etag), "{sent}");
        }
    }

    #[test]
    fn a_versioned_address_names_its_content() {
        let url = asset_url("borgerbro.css");
        let hash = Assets::get("borgerbro.css").unwrap().metadata.sha256_hash();
        assert_eq!(url, format!("/static/borgerbro.css?v={}", version(&hash)));
        assert_eq!(version(&hash).len(), 12);
        assert_eq!(asset_url("no-such.css"), "/static/no-such.css");
    }
}
