//! Who is asking: the client's address, for the limits that count per client. Behind
//! the reverse proxy that https needs, every request comes from the proxy, so the
//! proxy's header names the client; but anyone can send that header, so it is believed
//! only from a trusted proxy (`trusted_proxies` in the settings), and only as far as
//! trusted proxies wrote it: the right-most address that is not a trusted proxy's.

use std::convert::Infallible;
use std::net::{IpAddr, Ipv4Addr, SocketAddr};

use axum::extract::{ConnectInfo, FromRequestParts};
use axum::http::request::Parts;
use axum::http::HeaderMap;

use crate::config::{ProxyHeader, Settings};
use crate::state::AppState;

/// The address of the client a request comes from, as far as it can be known.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(crate) struct ClientAddr(pub IpAddr);

impl FromRequestParts<AppState> for ClientAddr {
    type Rejection = Infallible;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Infallible> {
        // Served by `Application`, every connection knows its peer; a router used
        // without it (in-process) has one anonymous client.
        let peer = parts
            .extensions
            .get::<ConnectInfo<SocketAddr>>()
            .map_or(IpAddr::V4(Ipv4Addr::UNSPECIFIED), |info| info.0.ip());
        Ok(ClientAddr(client_of(peer, &parts.headers, &state.settings)))
    }
}

/// The client behind `peer`: the peer itself unless it is a trusted proxy; else the
/// right-most address in the proxy header that is not a trusted proxy. Each trusted
/// proxy appends the address it was called from, so what stands left of the first
/// untrusted address was written by the client and is not believed.
pub(crate) fn client_of(peer: IpAddr, headers: &HeaderMap, settings: &Settings) -> IpAddr {
    let trusted = |addr: &IpAddr| settings.trusted_proxies.iter().any(|n| n.contains(addr));
    if !trusted(&peer) {
        return peer;
    }
    let name = match settings.proxy_header {
        ProxyHeader::XForwardedFor => "x-forwarded-for",
        ProxyHeader::Forwarded => "forwarded",
    };
    // Several header lines are one list, in order.
    let hops: Vec<&str> = headers
        .get_all(name)
        .iter()
        .filter_map(|value| value.to_str().ok())
        .flat_map(|value| value.split(','))
        .collect();
    let mut client = peer;
    for hop in hops.iter().rev() {
        let addr = match settings.proxy_header {
            ProxyHeader::XForwardedFor => parse_addr(hop),
            ProxyHeader::Forwarded => forwarded_for(hop).and_then(parse_addr),
        };
        // A hop we cannot read ("unknown", an obfuscated name): the proxy that wrote
        // it is as far as we can see.
        let Some(addr) = addr else {
            return client;
        };
        client = addr;
        if !trusted(&addr) {
            return addr;
        }
    }
    client
}

/// An address as proxies write it: `1.2.3.4`, `1.2.3.4:5678`, `2001:db8::1` or
/// `[2001:db8::1]:5678`, maybe quoted.
fn parse_addr(text: &str) -> Option<IpAddr> {
    let text = text.trim().trim_matches('"');
    text.parse::<IpAddr>()
        .ok()
        .or_else(|| text.parse::<SocketAddr>().ok().map(|s| s.ip()))
        .or_else(|| {
            let inner = text.strip_prefix('[')?.split(']').next()?;
            inner.parse().ok()
        })
}

/// The `for=` of one element of a `Forwarded` header (`for=1.2.3.4;proto=https`).
fn forwarded_for(element: &str) -> Option<&str> {
    element.split(';').find_map(|pair| {
        let (name, value) = pair.split_once('=')?;
        name.trim().eq_ignore_ascii_case("for").then_some(value)
    })
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;
    use crate::config::{AuthorityProfile, Network};
    use axum::http::HeaderValue;

    fn settings(trusted: &[&str], header: ProxyHeader) -> Settings {
        Settings {
            db: crate::db::DbUrl::parse("sqlite://x.db").unwrap(),
            addr: "127.0.0.1:0".parse().unwrap(),
            public_url: "http://127.0.0.1/".parse().unwrap(),
            authority: AuthorityProfile::demo(),
            oidc: None,
            files: "files".into(),
            postcodes: std::sync::Arc::new(crate::help::Postcodes::demo()),
            demo: true,
            with_bare_route: false,
            trusted_proxies: trusted
                .iter()
                .map(|t| t.parse::<Network>().unwrap().0)
                .collect(),
            proxy_header: header,
            limits: Default::default(),
        }
    }

    fn headers(name: &'static str, values: &[&'static str]) -> HeaderMap {
        let mut headers = HeaderMap::new();
        for value in values {
            headers.append(name, HeaderValue::from_static(value));
        }
        headers
    }

    fn ip(text: &str) -> IpAddr {
        text.parse().unwrap()
    }

    #[test]
    fn without_trusted_proxies_the_header_is_ignored() {
        let xff = headers("x-forwarded-for", &["203.0.113.7"]);
        let none = settings(&[], ProxyHeader::XForwardedFor);
        assert_eq!(client_of(ip("10.0.0.5"), &xff, &none), ip("10.0.0.5"));
        // A proxy we trust, but the request came from elsewhere.
        let other = settings(&["10.0.0.5"], ProxyHeader::XForwardedFor);
        assert_eq!(
            client_of(ip("198.51.100.1"), &xff, &other),
            ip("198.51.100.1")
        );
    }

    #[test]
    fn the_right_most_untrusted_address_is_the_client() {
        let trusted = settings(&["10.0.0.0/8"], ProxyHeader::XForwardedFor);
        // The client wrote 1.1.1.1 itself; the proxy appended the address it saw.
        let xff = headers("x-forwarded-for", &["1.1.1.1, 203.0.113.7"]);
        assert_eq!(client_of(ip("10.0.0.5"), &xff, &trusted), ip("203.0.113.7"));
        // Two proxies of ours, on two header lines.
        let xff = headers("x-forwarded-for", &["1.1.1.1, 203.0.113.7", "10.1.2.3"]);
        assert_eq!(client_of(ip("10.0.0.5"), &xff, &trusted), ip("203.0.113.7"));
        // No header: the proxy itself.
        assert_eq!(
            client_of(ip("10.0.0.5"), &HeaderMap::new(), &trusted),
            ip("10.0.0.5")
        );
        // An address we cannot read stops the walk at the proxy that wrote it.
        let xff = headers("x-forwarded-for", &["203.0.113.7, unknown, 10.1.2.3"]);
        assert_eq!(client_of(ip("10.0.0.5"), &xff, &trusted), ip("10.1.2.3"));
    }

    #[test]
    fn forwarded_is_read_when_chosen_and_only_then() {
        let forwarded = headers(
            "forwarded",
            &["for=1.1.1.1, for=\"[2001:db8::7]:4711\";proto=https"],
        );
        let chosen = settings(&["10.0.0.5"], ProxyHeader::Forwarded);
        assert_eq!(
            client_of(ip("10.0.0.5"), &forwarded, &chosen),
            ip("2001:db8::7")
        );
        let xff = settings(&["10.0.0.5"], ProxyHeader::XForwardedFor);
        assert_eq!(client_of(ip("10.0.0.5"), &forwarded, &xff), ip("10.0.0.5"));
    }
}
