//! Fuzzes the safe Markdown renderer (`web::markdown::safe_html`), which shows what staff
//! write (letters, guides) to citizens: whatever the text, the HTML holds no element,
//! attribute or address that runs code, and every link opens without handing over the
//! page.
//!
//! The check reads the HTML as the renderer writes it: text and attribute values are
//! escaped, so every `<` starts a tag and every attribute value is in double quotes.
//!
//! Run from the repo root: `RUSTC_BOOTSTRAP=1 cargo fuzz run markdown`.
#![no_main]

use borgerbro::fuzzing::safe_html;
use libfuzzer_sys::fuzz_target;

/// Elements that run code, load another page into this one, or send a form.
const NEVER: [&str; 14] = [
    "script", "style", "iframe", "frame", "frameset", "object", "embed", "applet", "form", "input",
    "button", "svg", "math", "meta",
];

fuzz_target!(|data: &[u8]| {
    let Ok(markdown) = std::str::from_utf8(data) else {
        return;
    };
    let html = safe_html(markdown);
    let lower = html.to_ascii_lowercase();
    let mut rest = lower.as_str();
    while let Some(start) = rest.find('<') {
        let tag_and_more = &rest[start + 1..];
        // A tag ends at the first `>` outside an attribute's quotes.
        let mut quoted = false;
        let end = tag_and_more
            .char_indices()
            .find(|&(_, c)| {
                quoted ^= c == '"';
                c == '>' && !quoted
            })
            .map(|(at, _)| at)
            .unwrap_or_else(|| panic!("{markdown:?}: a tag never closes in {html:?}"));
        check_tag(markdown, &html, &tag_and_more[..end]);
        rest = &tag_and_more[end + 1..];
    }
    assert!(!lower.contains("<script"), "{markdown:?} gave {html:?}");
});

fn check_tag(markdown: &str, html: &str, tag: &str) {
    let tag = tag.strip_prefix('/').unwrap_or(tag);
    let name_end = tag
        .find(|c: char| c.is_whitespace() || c == '/')
        .unwrap_or(tag.len());
    let name = &tag[..name_end];
    assert!(
        !name.is_empty() && name.bytes().all(|b| b.is_ascii_alphanumeric()),
        "{markdown:?}: tag {tag:?} in {html:?}"
    );
    assert!(!NEVER.contains(&name), "{markdown:?}: <{name}> in {html:?}");
    let mut attributes = &tag[name_end..];
    let mut rel = None;
    let mut href = false;
    loop {
        attributes = attributes.trim_start_matches(|c: char| c.is_whitespace() || c == '/');
        if attributes.is_empty() {
            break;
        }
        let (attribute, value, after) = match attributes.split_once("=\"") {
            Some((attribute, rest)) if !attribute.contains(char::is_whitespace) => {
                let close = rest
                    .find('"')
                    .unwrap_or_else(|| panic!("{markdown:?}: {tag:?} in {html:?}"));
                (attribute, &rest[..close], &rest[close + 1..])
            }
            _ => {
                let end = attributes
                    .find(char::is_whitespace)
                    .unwrap_or(attributes.len());
                (&attributes[..end], "", &attributes[end..])
            }
        };
        assert!(
            !attribute.starts_with("on") && attribute != "style" && attribute != "srcdoc",
            "{markdown:?}: attribute {attribute:?} in {html:?}"
        );
        if matches!(
            attribute,
            "href" | "src" | "cite" | "action" | "formaction" | "poster"
        ) {
            // The address as a browser reads it (the URL standard): C0 controls and
            // spaces trimmed at both ends, tabs and line breaks taken out inside; what
            // comes before the first ':' is its scheme only when it is one (a letter,
            // then letters, digits, '+', '-' or '.'), in any case. "data :x" has none: it
            // is a relative address, which the browser never runs (a finding of this
            // target, 2026-12-06, now a unit test in web::markdown).
            let address: String = value
                .trim_matches(|c: char| c <= ' ')
                .chars()
                .filter(|c| !matches!(c, '\t' | '\n' | '\r'))
                .collect();
            let scheme = address.split_once(':').map(|(scheme, _)| scheme).filter(|s| {
                s.starts_with(|c: char| c.is_ascii_alphabetic())
                    && s.chars().all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.'))
            });
            if let Some(scheme) = scheme {
                assert!(
                    !["javascript", "vbscript", "data"].contains(&scheme.to_ascii_lowercase().as_str()),
                    "{markdown:?}: {attribute}={value:?} in {html:?}"
                );
            }
            href |= attribute == "href";
        }
        if attribute == "rel" {
            rel = Some(value);
        }
        attributes = after;
    }
    if name == "a" && href {
        let rel = rel.unwrap_or_default();
        assert!(
            rel.contains("noopener") && rel.contains("noreferrer"),
            "{markdown:?}: a link without rel=noopener noreferrer in {html:?}"
        );
    }
}
