//! What the Atom feeds share (`/vurderinger.atom`, `/materialer.atom`,
//! `/arrangementer.atom`): the frame around the entries (the authority as author, the
//! feed's own address and the page it follows, Danish, updated when its newest entry
//! was) and the answer with its content type. Each module writes its own entries.

use atom_syndication::{Feed, FixedDateTime, Person, Text};
use axum::http::header;
use axum::response::{IntoResponse, Response};

pub(crate) use atom_syndication::{Category, Content, Entry, Link};

/// A time as the feed's crate takes it: it speaks chrono and our times are jiff's
/// milliseconds, so they cross as RFC 3339.
pub(crate) fn time(ms: i64) -> FixedDateTime {
    let at = jiff::Timestamp::from_millisecond(ms).unwrap_or_default();
    FixedDateTime::parse_from_rfc3339(&at.to_string()).unwrap_or_default()
}

/// A plain link to `href`.
pub(crate) fn link(href: String) -> Link {
    Link {
        href,
        ..Link::default()
    }
}

/// A person or organisation named as an author.
pub(crate) fn author(name: &str) -> atom_syndication::Person {
    Person {
        name: name.to_owned(),
        ..Person::default()
    }
}

/// Plain text, for a title or a summary.
pub(crate) fn text(text: String) -> Text {
    Text::plain(text)
}

/// The feed of the page at `base` + `page` (`/materialer`), found at that address with
/// `.atom` after it: its title, the authority that publishes it, when its newest entry
/// changed (milliseconds; 0 for a feed with none) and its entries.
pub(crate) struct Frame<'a> {
    pub base: &'a str,
    pub page: &'a str,
    pub title: String,
    pub authority: &'a str,
    pub updated: i64,
}

impl Frame<'_> {
    /// The feed as the answer to its address.
    pub(crate) fn answer(self, entries: Vec<Entry>) -> Response {
        let page = format!("{}{}", self.base, self.page);
        let feed = Feed {
            id: page.clone(),
            title: text(self.title),
            updated: time(self.updated),
            authors: vec![author(self.authority)],
            links: vec![
                Link {
                    href: format!("{page}.atom"),
                    rel: "self".into(),
                    ..Link::default()
                },
                link(page),
            ],
            lang: Some("da".into()),
            entries,
            ..Feed::default()
        };
        (
            [(header::CONTENT_TYPE, "application/atom+xml; charset=utf-8")],
            feed.to_string(),
        )
            .into_response()
    }
}
