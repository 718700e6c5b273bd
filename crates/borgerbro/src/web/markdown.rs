//! Markdown that staff write (a letter's body, a guide's step) as HTML that is safe to
//! show: whatever HTML or script it holds is cleaned away, never executed.

pub fn safe_html(markdown: &str) -> String {
    let parser = pulldown_cmark::Parser::new(markdown);
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
