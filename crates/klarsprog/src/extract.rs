//! Text extraction from Markdown and HTML, with a map from every byte of the
//! extracted text back to the original input.

use html5gum::{DefaultEmitter, Token, Tokenizer};
use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};

use crate::scan::is_newline;

#[derive(Clone, Copy, Debug)]
struct Seg {
    ext: usize,
    src: usize,
    ext_len: usize,
    src_len: usize,
    verbatim: bool,
}

/// Extracted plain text plus the offset map to the source.
#[derive(Debug, Default)]
pub(crate) struct Extracted {
    pub(crate) text: String,
    segs: Vec<Seg>,
}

/// Copies `s`, turning line breaks into spaces of the same byte length.
fn push_flattened(out: &mut String, s: &str) {
    if !s.chars().any(is_newline) {
        out.push_str(s);
        return;
    }
    for c in s.chars() {
        if is_newline(c) {
            for _ in 0..c.len_utf8() {
                out.push(' ');
            }
        } else {
            out.push(c);
        }
    }
}

impl Extracted {
    fn push_verbatim(&mut self, s: &str, src: usize, flatten: bool) {
        if s.is_empty() {
            return;
        }
        let ext = self.text.len();
        if flatten {
            push_flattened(&mut self.text, s);
        } else {
            self.text.push_str(s);
        }
        if let Some(last) = self.segs.last_mut() {
            if last.verbatim && last.ext + last.ext_len == ext && last.src + last.src_len == src {
                last.ext_len += s.len();
                last.src_len += s.len();
                return;
            }
        }
        self.segs.push(Seg {
            ext,
            src,
            ext_len: s.len(),
            src_len: s.len(),
            verbatim: true,
        });
    }

    fn push_opaque(&mut self, s: &str, src: usize, src_len: usize, flatten: bool) {
        if s.is_empty() {
            return;
        }
        let ext = self.text.len();
        if flatten {
            push_flattened(&mut self.text, s);
        } else {
            self.text.push_str(s);
        }
        self.segs.push(Seg {
            ext,
            src,
            ext_len: s.len(),
            src_len,
            verbatim: false,
        });
    }

    /// A block boundary: a blank line in the extracted text.
    fn separator(&mut self, src: usize) {
        if self.text.is_empty() || self.text.ends_with("\n\n") {
            return;
        }
        let sep = if self.text.ends_with('\n') {
            "\n"
        } else {
            "\n\n"
        };
        self.push_opaque(sep, src, 0, false);
    }

    fn line_break(&mut self, src: usize, src_len: usize) {
        self.push_opaque("\n", src, src_len, false);
    }

    /// Pushes decoded text `value` whose source is `src` (starting at byte
    /// `src_off`), aligning the two so that unchanged stretches map exactly.
    fn push_aligned(&mut self, value: &str, src: &str, src_off: usize, flatten: bool) {
        if value == src {
            self.push_verbatim(value, src_off, flatten);
            return;
        }
        let vb = value;
        let (mut vi, mut si) = (0usize, 0usize);
        let mut run_v = 0usize; // start of the current verbatim run in value
        let mut run_s = 0usize;
        while vi < vb.len() && si < src.len() {
            let Some(vc) = vb[vi..].chars().next() else {
                break;
            };
            let Some(sc) = src[si..].chars().next() else {
                break;
            };
            if sc == '&' {
                if let Some(len) = entity_len(&src[si..]) {
                    self.push_verbatim(&vb[run_v..vi], src_off + run_s, flatten);
                    let vlen = vc.len_utf8();
                    self.push_opaque(&vb[vi..vi + vlen], src_off + si, len, flatten);
                    vi += vlen;
                    si += len;
                    run_v = vi;
                    run_s = si;
                    continue;
                }
            }
            if vc == sc {
                vi += vc.len_utf8();
                si += sc.len_utf8();
                continue;
            }
            self.push_verbatim(&vb[run_v..vi], src_off + run_s, flatten);
            if (sc == '\\' || sc == '\r') && vc != sc {
                si += sc.len_utf8();
            } else {
                let vlen = vc.len_utf8();
                self.push_opaque(&vb[vi..vi + vlen], src_off + si, sc.len_utf8(), flatten);
                vi += vlen;
                si += sc.len_utf8();
            }
            run_v = vi;
            run_s = si;
        }
        self.push_verbatim(&vb[run_v..vi], src_off + run_s, flatten);
        if vi < vb.len() {
            self.push_opaque(&vb[vi..], src_off + si.min(src.len()), 0, flatten);
        }
    }

    fn seg_index(&self, pred: impl Fn(&Seg) -> bool) -> Option<&Seg> {
        let n = self.segs.partition_point(pred);
        if n == 0 {
            None
        } else {
            self.segs.get(n - 1)
        }
    }

    /// Maps an extracted byte offset used as a range start to the source.
    pub(crate) fn map_start(&self, off: usize) -> usize {
        match self.seg_index(|s| s.ext <= off) {
            None => self.segs.first().map_or(0, |s| s.src),
            Some(s) if off < s.ext + s.ext_len => {
                if s.verbatim {
                    s.src + (off - s.ext)
                } else {
                    s.src
                }
            }
            Some(s) => s.src + s.src_len,
        }
    }

    /// Maps an extracted byte offset used as a range end to the source.
    pub(crate) fn map_end(&self, off: usize) -> usize {
        match self.seg_index(|s| s.ext < off) {
            None => self.segs.first().map_or(0, |s| s.src),
            Some(s) if off <= s.ext + s.ext_len => {
                if s.verbatim {
                    s.src + (off - s.ext)
                } else {
                    s.src + s.src_len
                }
            }
            Some(s) => s.src + s.src_len,
        }
    }
}

/// Length of an HTML character reference such as `&amp;` or `&#248;`.
fn entity_len(s: &str) -> Option<usize> {
    let b = s.as_bytes();
    let mut i = 1;
    while i < b.len() && i < 40 {
        let c = b[i];
        if c == b';' {
            return (i > 1).then_some(i + 1);
        }
        if !(c.is_ascii_alphanumeric() || c == b'#') {
            return None;
        }
        i += 1;
    }
    None
}

/// Extracts the text of a Markdown document: markup stripped, link text
/// kept, code blocks, inline code, HTML and images left out. Soft line breaks
/// become spaces; every block (paragraph, heading, list item, table cell,
/// quote) ends with a blank line.
pub(crate) fn markdown(src: &str) -> Extracted {
    let mut out = Extracted::default();
    let opts = Options::ENABLE_TABLES
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_FOOTNOTES
        | Options::ENABLE_TASKLISTS;
    let mut skip = 0usize;
    for (ev, range) in Parser::new_ext(src, opts).into_offset_iter() {
        let (rs, re) = (range.start.min(src.len()), range.end.min(src.len()));
        match ev {
            Event::Start(tag) => match tag {
                Tag::CodeBlock(_) | Tag::Image { .. } | Tag::MetadataBlock(_) => {
                    skip += 1;
                    out.separator(rs);
                }
                Tag::Paragraph
                | Tag::Heading { .. }
                | Tag::BlockQuote(_)
                | Tag::List(_)
                | Tag::Item
                | Tag::Table(_)
                | Tag::TableHead
                | Tag::TableRow
                | Tag::TableCell
                | Tag::FootnoteDefinition(_)
                | Tag::HtmlBlock
                | Tag::DefinitionList
                | Tag::DefinitionListTitle
                | Tag::DefinitionListDefinition => out.separator(rs),
                _ => {}
            },
            Event::End(tag) => match tag {
                TagEnd::CodeBlock | TagEnd::Image | TagEnd::MetadataBlock(_) => {
                    skip = skip.saturating_sub(1);
                    out.separator(re);
                }
                TagEnd::Paragraph
                | TagEnd::Heading(_)
                | TagEnd::BlockQuote(_)
                | TagEnd::List(_)
                | TagEnd::Item
                | TagEnd::Table
                | TagEnd::TableHead
                | TagEnd::TableRow
                | TagEnd::TableCell
                | TagEnd::FootnoteDefinition
                | TagEnd::HtmlBlock
                | TagEnd::DefinitionList
                | TagEnd::DefinitionListTitle
                | TagEnd::DefinitionListDefinition => out.separator(re),
                _ => {}
            },
            Event::Text(t) if skip == 0 => {
                let s = src.get(rs..re).unwrap_or("");
                out.push_aligned(&t, s, rs, true);
            }
            Event::Code(_) | Event::InlineMath(_) | Event::DisplayMath(_) if skip == 0 => {
                out.push_opaque(" ", rs, re - rs, false);
            }
            Event::SoftBreak if skip == 0 => out.push_opaque(" ", rs, re - rs, false),
            Event::HardBreak if skip == 0 => out.line_break(rs, re - rs),
            Event::Rule => out.separator(rs),
            _ => {}
        }
    }
    out
}

const BLOCKS: &[&str] = &[
    "address",
    "article",
    "aside",
    "blockquote",
    "body",
    "caption",
    "dd",
    "details",
    "dialog",
    "div",
    "dl",
    "dt",
    "fieldset",
    "figcaption",
    "figure",
    "footer",
    "form",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "head",
    "header",
    "hgroup",
    "hr",
    "html",
    "legend",
    "li",
    "main",
    "menu",
    "nav",
    "ol",
    "option",
    "p",
    "pre",
    "section",
    "summary",
    "table",
    "tbody",
    "td",
    "tfoot",
    "th",
    "thead",
    "title",
    "tr",
    "ul",
];

const SKIPPED: &[&str] = &["script", "style", "template", "noscript"];

/// Extracts the text content of an HTML document (tolerant of broken
/// markup). `script`, `style`, `template` and `noscript` are ignored; block
/// elements end with a blank line, `<br>` is a line break, and line breaks
/// inside text are spaces (as a browser shows them), except inside `<pre>`.
pub(crate) fn html(src: &str) -> Extracted {
    let mut out = Extracted::default();
    let mut emitter = DefaultEmitter::<usize>::new_with_span();
    emitter.naively_switch_states(true);
    let mut skipping: Option<Vec<u8>> = None;
    let mut pre = 0usize;
    for tok in Tokenizer::new_with_emitter(src, emitter) {
        let Ok(tok) = tok;
        match tok {
            Token::StartTag(t) => {
                let name = t.name.as_slice().to_ascii_lowercase();
                let (s, e) = (t.span.start.min(src.len()), t.span.end.min(src.len()));
                if skipping.is_some() {
                    continue;
                }
                if SKIPPED.iter().any(|n| n.as_bytes() == name.as_slice()) {
                    if !t.self_closing {
                        skipping = Some(name);
                    }
                    continue;
                }
                if name == b"br" {
                    out.line_break(s, e - s);
                } else if BLOCKS.iter().any(|n| n.as_bytes() == name.as_slice()) {
                    if name == b"pre" {
                        pre += 1;
                    }
                    out.separator(s);
                } else if name == b"img" {
                    out.push_opaque(" ", s, e - s, false);
                }
            }
            Token::EndTag(t) => {
                let name = t.name.as_slice().to_ascii_lowercase();
                let (s, e) = (t.span.start.min(src.len()), t.span.end.min(src.len()));
                if let Some(sk) = &skipping {
                    if *sk == name {
                        skipping = None;
                    }
                    continue;
                }
                if BLOCKS.iter().any(|n| n.as_bytes() == name.as_slice()) {
                    if name == b"pre" {
                        pre = pre.saturating_sub(1);
                    }
                    out.separator(e);
                } else if name == b"br" {
                    out.line_break(s, e - s);
                }
            }
            Token::String(s) => {
                if skipping.is_some() {
                    continue;
                }
                let (a, b) = (s.span.start.min(src.len()), s.span.end.min(src.len()));
                let value = String::from_utf8_lossy(&s.value);
                let source = src.get(a..b).unwrap_or("");
                out.push_aligned(&value, source, a, pre == 0);
            }
            _ => {}
        }
    }
    out
}
