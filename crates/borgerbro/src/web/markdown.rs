//! Markdown that staff write (a letter's body, a guide's step) as HTML that is safe to
//! show: whatever HTML or script it holds is cleaned away, never executed.

pub fn safe_html(markdown: &str) -> String {
    safe_html_under(markdown, 0)
}

/// The same, with every heading moved `deeper` levels down (at most to `h6`): text
/// shown under a page's own `h2` ("Referat") keeps its `##` headings below that one, so
/// the page's outline stays whole.
pub fn safe_html_under(markdown: &str, deeper: usize) -> String {
    use pulldown_cmark::{Event, HeadingLevel, Tag, TagEnd};
    let lower = |level: HeadingLevel| {
        HeadingLevel::try_from((level as usize + deeper).min(6)).unwrap_or(HeadingLevel::H6)
    };
    // Control characters are refused where text is typed (`forms::control_problem`); a
    // stored text from before that rule loses them here, so none can hide a scheme such
    // as `d\u{7}ata:` from the sanitiser (found by fuzzing).
    let markdown: String = markdown
        .chars()
        .filter(|c| !c.is_control() || matches!(c, '\t' | '\n' | '\r'))
        .collect();
    let parser = pulldown_cmark::Parser::new(&markdown).map(|event| match event {
        Event::Start(Tag::Heading {
            level,
            id,
            classes,
            attrs,
        }) => Event::Start(Tag::Heading {
            level: lower(level),
            id,
            classes,
            attrs,
        }),
        Event::End(TagEnd::Heading(level)) => Event::End(TagEnd::Heading(lower(level))),
        other => other,
    });
    let mut html = String::with_capacity(markdown.len() * 3 / 2);
    pulldown_cmark::html::push_html(&mut html, parser);
    ammonia::Builder::default()
        .link_rel(Some("noopener noreferrer"))
        .clean(&html)
        .to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headings_under_a_pages_own_heading_move_down() {
        let html = safe_html_under("## Velkomst\n\n###### Sidst", 1);
        assert!(html.contains("<h3>Velkomst</h3>"), "{html}");
        assert!(html.contains("<h6>Sidst</h6>"), "{html}");
        assert!(safe_html("## Velkomst").contains("<h2>"));
    }

    #[test]
    fn a_space_inside_a_scheme_leaves_a_relative_address_and_a_scheme_in_capitals_is_refused() {
        // The fuzzer's input of 2026-12-06: "data :" is no scheme by the URL standard (a
        // space is no scheme's character), so the browser resolves it against the page, a
        // harmless relative address. A real one, in any case, is still taken out.
        let html = safe_html(
            "[) <a href=\"data :text/html,x\" onclicnoreferrep> <https:-/aarh<script!.dk> \
             <a href=\"DATA:text/html,x\">y</a> [z](JavaScript:alert(1))",
        );
        assert!(html.contains("href=\"data :text/html,x\""), "{html}");
        let lower = html.to_ascii_lowercase();
        assert!(
            !lower.contains("href=\"data:") && !lower.contains("javascript:"),
            "{html}"
        );
        assert!(!lower.contains("<script"), "{html}");
    }

    #[test]
    fn a_control_character_cannot_hide_a_scheme() {
        // The fuzzer's own input, then a NUL inside a Markdown link's scheme.
        let html = safe_html(
            "[link](javascript:alert(1)) <a href=\"d\u{7}ata:text/html,x\" onclstron =htto:k> \
             [y](java\u{0}script:alert(1))",
        );
        assert!(
            !html.contains("data:") && !html.contains("javascript:"),
            "{html}"
        );
        assert!(
            !html.chars().any(|c| c.is_control() && c != '\n'),
            "{html:?}"
        );
    }

    #[test]
    fn markdown_is_made_safe() {
        let html = safe_html(
            "# Afgørelse\n\nDu får **ja**.<script>alert(1)</script><img src=x onerror=alert(2)>",
        );
        assert!(html.contains("<h1>Afgørelse</h1>"));
        assert!(html.contains("<strong>ja</strong>"));
        assert!(
            !html.contains("script") && !html.contains("onerror"),
            "{html}"
        );
    }
}
