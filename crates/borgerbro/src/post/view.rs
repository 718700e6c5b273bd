//! A letter as pages show it, to its reader and to its sender.

use jiff::civil::Date;

use super::model::{body_html, Area};
use super::{Attachment, Letter, Reply};
use crate::web::i18n::Lang;
use crate::web::{decimal, format_date, long_date};

/// A letter as pages show it.
pub struct LetterView {
    pub id: String,
    pub subject: String,
    pub sender_name: String,
    pub sent: String,
    pub area_key: &'static str,
    pub summary: Option<String>,
    pub body_html: String,
    /// "fredag den 12. december 2026"
    pub deadline: Option<String>,
    /// The first deadline, when an escalation moved it.
    pub deadline_was: Option<String>,
    pub unread: bool,
    pub done: bool,
    pub paper: bool,
    pub attachments: Vec<AttachmentView>,
    /// The address its attachments open under (`/post/{id}/bilag`, or a helper's own);
    /// empty shows their names without links, as in a preview.
    pub attachments_at: String,
}

pub fn parse_date(text: Option<&str>) -> Option<Date> {
    text.and_then(|t| t.parse().ok())
}

impl LetterView {
    pub fn of(letter: &Letter, attachments: &[Attachment], lang: Lang) -> Self {
        let current = parse_date(letter.deadline_current.as_deref());
        let original = parse_date(letter.deadline_original.as_deref());
        Self {
            id: letter.id.clone(),
            subject: letter.subject.clone(),
            sender_name: letter.sender_name.clone(),
            sent: format_date(letter.sent_at),
            area_key: Area::parse(&letter.area)
                .unwrap_or(Area::General)
                .label_key(),
            summary: letter.summary.clone(),
            body_html: body_html(&letter.body),
            deadline: current.map(|d| long_date(lang, d)),
            deadline_was: original
                .filter(|o| Some(*o) != current)
                .map(|d| long_date(lang, d)),
            unread: letter.opened_at.is_none(),
            done: letter.done_at.is_some(),
            paper: letter.channel == "paper",
            attachments: attachments
                .iter()
                .map(|a| AttachmentView::of(a, lang))
                .collect(),
            attachments_at: format!("/post/{}/bilag", letter.id),
        }
    }
}

/// A letter as lists show it (the inbox, a helper's view of it): what a reader chooses
/// by, without the body, which a list never shows and which costs the most to make safe.
pub struct LetterItem {
    pub id: String,
    pub subject: String,
    pub sender_name: String,
    pub sent: String,
    /// "fredag den 12. december 2026"
    pub deadline: Option<String>,
    pub unread: bool,
    pub done: bool,
}

impl LetterItem {
    pub fn of(letter: &Letter, lang: Lang) -> Self {
        Self {
            id: letter.id.clone(),
            subject: letter.subject.clone(),
            sender_name: letter.sender_name.clone(),
            sent: format_date(letter.sent_at),
            deadline: parse_date(letter.deadline_current.as_deref()).map(|d| long_date(lang, d)),
            unread: letter.opened_at.is_none(),
            done: letter.done_at.is_some(),
        }
    }
}

/// An answer to a letter as pages show it.
pub struct ReplyView {
    pub written: String,
    pub body: String,
}

impl ReplyView {
    pub fn of(reply: &Reply) -> Self {
        Self {
            written: format_date(reply.created_at),
            body: reply.body.clone(),
        }
    }
}

/// An attachment as pages show it.
pub struct AttachmentView {
    pub position: i64,
    pub filename: String,
    /// "1,2 MB"
    pub size: String,
    pub opened: Option<String>,
}

impl AttachmentView {
    pub fn of(attachment: &Attachment, lang: Lang) -> Self {
        Self::new(
            attachment.position,
            &attachment.filename,
            attachment.size,
            attachment.opened_at,
            lang,
        )
    }

    pub fn new(
        position: i64,
        filename: &str,
        size: i64,
        opened_at: Option<i64>,
        lang: Lang,
    ) -> Self {
        Self {
            position,
            filename: filename.to_owned(),
            size: file_size(size, lang),
            opened: opened_at.map(format_date),
        }
    }
}

/// A size as readers say it: "340 kB", "1,2 MB" (a comma in Danish).
fn file_size(bytes: i64, lang: Lang) -> String {
    let kilobytes = bytes as f64 / 1000.0;
    if kilobytes < 1000.0 {
        format!("{:.0} kB", kilobytes.max(1.0))
    } else {
        format!("{} MB", decimal(lang, kilobytes / 1000.0))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes_read_as_people_say_them() {
        assert_eq!(file_size(340_000, Lang::Da), "340 kB");
        assert_eq!(file_size(1_234_567, Lang::Da), "1,2 MB");
        assert_eq!(file_size(1_234_567, Lang::En), "1.2 MB");
        assert_eq!(file_size(12, Lang::En), "1 kB");
    }
}
