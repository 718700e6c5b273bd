//! Markdown as blocks to set: paragraphs, headings and list items, each with its runs of
//! text, size, indent and marker, before they are broken into lines.

use pulldown_cmark::{Event, HeadingLevel, Parser, Tag, TagEnd};

use crate::font::Font;
use crate::wrap::{push_text, Run};
use crate::{BODY_SIZE, PARAGRAPH_SPACE};

/// A paragraph, heading or list item of the body, before it is broken into lines.
#[derive(Debug)]
pub(crate) struct Block {
    pub(crate) runs: Vec<Run>,
    pub(crate) size: f32,
    bold: bool,
    pub(crate) indent: usize,
    pub(crate) marker: Option<String>,
    pub(crate) space_before: f32,
    pub(crate) keep_with_next: bool,
}

impl Block {
    fn paragraph(indent: usize) -> Self {
        Block {
            runs: Vec::new(),
            size: BODY_SIZE,
            bold: false,
            indent,
            marker: None,
            space_before: PARAGRAPH_SPACE,
            keep_with_next: false,
        }
    }

    fn heading(level: HeadingLevel, indent: usize) -> Self {
        let size = match level {
            HeadingLevel::H1 => 13.0,
            HeadingLevel::H2 => 12.0,
            _ => BODY_SIZE,
        };
        Block {
            size,
            bold: true,
            space_before: 2.0 * PARAGRAPH_SPACE,
            keep_with_next: true,
            ..Block::paragraph(indent)
        }
    }

    fn item(indent: usize, marker: String) -> Self {
        Block {
            marker: Some(marker),
            space_before: PARAGRAPH_SPACE / 2.0,
            ..Block::paragraph(indent)
        }
    }

    fn text_len(&self) -> usize {
        self.runs.iter().map(|run| run.text.len()).sum()
    }

    fn text_since(&self, start: usize) -> String {
        let text: String = self.runs.iter().map(|run| run.text.as_str()).collect();
        text.get(start..).unwrap_or_default().to_owned()
    }
}

pub(crate) fn body_blocks(markdown: &str) -> Vec<Block> {
    let mut body = Body::default();
    for event in Parser::new(markdown) {
        body.event(event);
    }
    body.flush();
    body.blocks
}

/// Turns Markdown events into blocks. Raw HTML is dropped, as the letter's web view
/// drops it, and the text inside script and style elements with it: that is code, not
/// words for the reader.
#[derive(Default)]
struct Body {
    blocks: Vec<Block>,
    current: Option<Block>,
    strong: usize,
    quotes: usize,
    /// The next number of each open list, `None` for a bullet list.
    lists: Vec<Option<u64>>,
    /// Each open link's address and where its text began.
    links: Vec<(String, usize)>,
    /// The element whose contents are being left out.
    hidden: Option<&'static str>,
}

impl Body {
    fn event(&mut self, event: Event<'_>) {
        match event {
            Event::Start(tag) => self.start(tag),
            Event::End(tag) => self.end(tag),
            Event::InlineHtml(html) => self.inline_html(&html),
            _ if self.hidden.is_some() => {}
            Event::Text(text) | Event::Code(text) => self.text(&text),
            Event::SoftBreak => self.text(" "),
            Event::HardBreak => self.text("\n"),
            _ => {}
        }
    }

    fn start(&mut self, tag: Tag<'_>) {
        match tag {
            // A list item's own paragraph continues the item, marker and all.
            Tag::Paragraph if self.current.as_ref().is_some_and(|b| b.runs.is_empty()) => {}
            Tag::Paragraph | Tag::CodeBlock(_) => self.begin(Block::paragraph(self.indent())),
            Tag::Heading { level, .. } => self.begin(Block::heading(level, self.indent())),
            Tag::BlockQuote(_) => {
                self.flush();
                self.quotes += 1;
            }
            Tag::List(first) => {
                self.flush();
                self.lists.push(first);
            }
            Tag::Item => {
                let marker = self.next_marker();
                self.begin(Block::item(self.indent(), marker));
            }
            Tag::Strong => self.strong += 1,
            Tag::Link { dest_url, .. } => {
                let start = self.current.as_ref().map_or(0, Block::text_len);
                self.links.push((dest_url.into_string(), start));
            }
            _ => {}
        }
    }

    fn end(&mut self, tag: TagEnd) {
        match tag {
            TagEnd::Paragraph | TagEnd::Heading(_) | TagEnd::CodeBlock | TagEnd::Item => {
                self.flush()
            }
            TagEnd::BlockQuote(_) => {
                self.flush();
                self.quotes = self.quotes.saturating_sub(1);
            }
            TagEnd::List(_) => {
                self.flush();
                self.lists.pop();
            }
            TagEnd::Strong => self.strong = self.strong.saturating_sub(1),
            TagEnd::Link => self.end_link(),
            _ => {}
        }
    }

    fn inline_html(&mut self, html: &str) {
        let html = html.to_ascii_lowercase();
        match self.hidden {
            Some(name) if html.starts_with(&format!("</{name}")) => self.hidden = None,
            Some(_) => {}
            None => {
                self.hidden = ["script", "style"]
                    .into_iter()
                    .find(|name| html.starts_with(&format!("<{name}")) && !html.ends_with("/>"));
            }
        }
    }

    /// Paper cannot be clicked: the address follows the link's text, unless the text
    /// already is the address.
    fn end_link(&mut self) {
        let Some((url, start)) = self.links.pop() else {
            return;
        };
        let shown = self
            .current
            .as_ref()
            .map(|block| block.text_since(start))
            .unwrap_or_default();
        let address = url.strip_prefix("mailto:").unwrap_or(&url);
        if !address.is_empty() && shown.trim() != address {
            self.text(&format!(" ({address})"));
        }
    }

    fn text(&mut self, text: &str) {
        if self.current.is_none() {
            self.current = Some(Block::paragraph(self.indent()));
        }
        let strong = self.strong > 0;
        if let Some(block) = self.current.as_mut() {
            let font = match strong || block.bold {
                true => Font::Bold,
                false => Font::Regular,
            };
            push_text(&mut block.runs, font, text);
        }
    }

    fn next_marker(&mut self) -> String {
        match self.lists.last_mut() {
            Some(Some(number)) => {
                let marker = format!("{number}.");
                *number += 1;
                marker
            }
            _ => "•".to_owned(),
        }
    }

    fn indent(&self) -> usize {
        self.lists.len() + self.quotes
    }

    fn begin(&mut self, block: Block) {
        self.flush();
        self.current = Some(block);
    }

    fn flush(&mut self) {
        if let Some(mut block) = self.current.take() {
            // A code block's last line ends in a newline that is no line of its own.
            if let Some(last) = block.runs.last_mut() {
                last.text.truncate(last.text.trim_end_matches('\n').len());
            }
            if !block.runs.is_empty() {
                self.blocks.push(block);
            }
        }
        // An element left open must not swallow the rest of the letter.
        self.hidden = None;
    }
}
