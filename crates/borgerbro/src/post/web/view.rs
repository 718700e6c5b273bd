//! A letter as pages show it, to its reader and to its sender.

use std::collections::HashMap;

use jiff::civil::Date;

use crate::i18n::Lang;
use crate::people::Channel;
use crate::post::model::Area;
use crate::post::model::Cursor;
use crate::post::{Attachment, InboxFilter, InboxPage, Letter, Listed, PageStart, Reply, Version};
use crate::web::markdown::safe_html;
use crate::web::AppError;
use crate::web::{decimal, format_date, long_date};

/// A letter as pages show it.
pub(crate) struct LetterView {
    pub id: String,
    /// The language of what the page shows of the letter (the original's or a
    /// version's), for `lang` and `dir` on what its writer wrote.
    pub lang: String,
    pub dir: &'static str,
    /// The letter's languages, the one shown marked; empty when it has only one.
    pub versions: Vec<VersionLink>,
    /// A version is shown: the page says the original is the one that counts.
    pub translated: bool,
    /// The language the letter was written in, and where it is read.
    pub original: Lang,
    pub original_href: String,
    /// The reader's language, when nothing of the letter is in it: the page says so in
    /// it, with where to get help.
    pub not_in: Option<Lang>,
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
    /// When the letter was first answered (by the citizen or a helper): its deadline box
    /// then says it is answered instead of warning as if nothing was done.
    pub answered: Option<String>,
    /// When it was first opened, by the citizen or a helper.
    pub opened: Option<String>,
    /// The helper who opened it for the citizen, by name, when not the citizen.
    pub opened_by: Option<String>,
    pub done: bool,
    pub paper: bool,
    pub attachments: Vec<AttachmentView>,
    /// The address its attachments open under (`/post/{id}/bilag`, or a helper's own);
    /// empty shows their names without links, as in a preview.
    pub attachments_at: String,
}

pub(crate) fn parse_date(text: Option<&str>) -> Option<Date> {
    text.and_then(|t| t.parse().ok())
}

impl LetterView {
    pub(crate) fn of(letter: &Letter, attachments: &[Attachment], lang: Lang) -> Self {
        let current = parse_date(letter.deadline_current.as_deref());
        let original = parse_date(letter.deadline_original.as_deref());
        Self {
            id: letter.id.clone(),
            lang: letter.language.clone(),
            dir: Lang::from_code(&letter.language).unwrap_or_default().dir(),
            versions: Vec::new(),
            translated: false,
            original: Lang::from_code(&letter.language).unwrap_or_default(),
            original_href: String::new(),
            not_in: None,
            subject: letter.subject.clone(),
            sender_name: letter.sender_name.clone(),
            sent: format_date(lang, letter.sent_at),
            area_key: letter.area.map_or("area-unknown", Area::label_key),
            summary: letter.summary.clone(),
            body_html: safe_html(&letter.body),
            deadline: current.map(|d| long_date(lang, d)),
            deadline_was: original
                .filter(|o| Some(*o) != current)
                .map(|d| long_date(lang, d)),
            answered: None,
            opened: letter.opened_at.map(|at| format_date(lang, at)),
            opened_by: None,
            done: letter.done_at.is_some(),
            paper: letter.channel == Channel::Paper,
            attachments: attachments
                .iter()
                .map(|a| AttachmentView::of(a, lang))
                .collect(),
            attachments_at: format!("/post/{}/bilag", letter.id),
        }
    }
}

/// A letter's versions, and the language a page shows it in: the one `asked` for
/// (`?sprog=`) if the letter is in it, else the reader's if it is, else the original's.
pub(crate) async fn versions_shown(
    db: &crate::db::Db,
    letter: &Letter,
    asked: Option<&str>,
    reader: Lang,
) -> Result<(Vec<Version>, Lang), sqlx::Error> {
    let versions = crate::post::versions_of(db, letter).await?;
    let original = Lang::from_code(&letter.language).unwrap_or_default();
    let asked = asked.and_then(Lang::from_code);
    let shown = crate::post::model::shown_language(original, &versions, asked, reader);
    Ok((versions, shown))
}

/// A link to the letter in one of its languages, named in that language.
pub(crate) struct VersionLink {
    pub code: &'static str,
    pub dir: &'static str,
    pub name: String,
    pub href: String,
    pub current: bool,
}

impl LetterView {
    /// The letter in the language `shown` (`model::shown_language`), with links to its
    /// other languages under `href` (`?sprog=` is added), and for a `reader` whose
    /// language it is not written in, the line that says so.
    pub(crate) fn in_language(
        mut self,
        letter: &Letter,
        versions: &[Version],
        shown: Lang,
        reader: Lang,
        href: &str,
    ) -> Self {
        let original = Lang::from_code(&letter.language).unwrap_or_default();
        if let Some(version) = versions.iter().find(|v| v.language == shown) {
            self.subject = version.subject.clone();
            self.summary = version.summary.clone();
            self.body_html = safe_html(&version.body);
            self.lang = shown.code().to_owned();
            self.dir = shown.dir();
            self.translated = true;
        }
        let link = |lang: Lang| VersionLink {
            code: lang.code(),
            dir: lang.dir(),
            name: lang.t("language-name"),
            href: format!("{href}?sprog={}", lang.code()),
            current: lang == shown,
        };
        self.original = original;
        self.original_href = link(original).href;
        if !versions.is_empty() {
            self.versions = std::iter::once(original)
                .chain(versions.iter().map(|v| v.language))
                .map(link)
                .collect();
        }
        let written_in_reader = original == reader || versions.iter().any(|v| v.language == reader);
        self.not_in = (!written_in_reader).then_some(reader);
        self
    }

    /// The same letter, with its answers (`replies`, oldest first) and who opened it
    /// known: `others` names the people other than the citizen (`post::others_names`).
    pub(crate) fn with_readers(
        mut self,
        letter: &Letter,
        replies: &[Reply],
        others: &HashMap<String, String>,
        lang: Lang,
    ) -> Self {
        self.answered = replies.first().map(|r| format_date(lang, r.created_at));
        self.opened_by = letter
            .opened_by
            .as_ref()
            .and_then(|by| others.get(by))
            .cloned();
        self
    }
}

/// A letter as lists show it (the inbox, a helper's view of it): what a reader chooses
/// by, without the body, which a list never shows and which costs the most to make safe.
pub(crate) struct LetterItem {
    pub id: String,
    /// The language the letter is written in, for `lang` on its subject.
    pub lang: String,
    pub subject: String,
    pub sender_name: String,
    pub sent: String,
    /// "fredag den 12. december 2026"
    pub deadline: Option<String>,
    pub unread: bool,
    /// Who opened it for the citizen, by name, when a helper did.
    pub read_by: Option<String>,
    pub done: bool,
}

impl LetterItem {
    /// The letters of a list; `others` names those other than the citizen who opened
    /// them (`post::others_names`; empty where the reader is not the citizen).
    pub(crate) fn all(
        letters: &[Listed],
        lang: Lang,
        others: &HashMap<String, String>,
    ) -> Vec<Self> {
        letters
            .iter()
            .map(|letter| Self::of(letter, lang, others))
            .collect()
    }

    pub(crate) fn of(letter: &Listed, lang: Lang, others: &HashMap<String, String>) -> Self {
        Self {
            id: letter.id.clone(),
            lang: letter.language.clone(),
            subject: letter.subject.clone(),
            sender_name: letter.sender_name.clone(),
            sent: format_date(lang, letter.sent_at),
            deadline: parse_date(letter.deadline_current.as_deref()).map(|d| long_date(lang, d)),
            unread: letter.opened_at.is_none(),
            read_by: letter
                .opened_by
                .as_ref()
                .and_then(|by| others.get(by))
                .cloned(),
            done: letter.done_at.is_some(),
        }
    }
}

/// What a reader asked of an inbox page in its address: search words, unread only, and
/// where the page starts (`efter`: older than, `foer`: newer than a cursor).
#[derive(Debug, Default, serde::Deserialize)]
pub(crate) struct InboxQuery {
    q: Option<String>,
    ulaeste: Option<String>,
    efter: Option<String>,
    foer: Option<String>,
}

impl InboxQuery {
    pub(crate) fn search(&self) -> String {
        self.q.as_deref().unwrap_or_default().trim().to_owned()
    }

    pub(crate) fn unread_only(&self) -> bool {
        self.ulaeste.as_deref().is_some_and(|v| !v.is_empty())
    }

    /// The letters asked for, of this recipient (in these areas, for a helper).
    pub(crate) fn filter<'a>(
        &'a self,
        recipient_id: &'a str,
        areas: Option<&'a [&'a str]>,
    ) -> InboxFilter<'a> {
        InboxFilter {
            recipient_id,
            search: self.q.as_deref().map(str::trim).filter(|s| !s.is_empty()),
            unread_only: self.unread_only(),
            areas,
        }
    }

    /// Where the page starts; a cursor that is not one of ours (cut short, typed, two at
    /// once) is a bad request that says what to do, never a server error.
    pub(crate) fn start(&self) -> Result<PageStart, AppError> {
        let bad = || AppError::BadRequest("inbox-bad-cursor");
        match (self.efter.as_deref(), self.foer.as_deref()) {
            (None, None) => Ok(PageStart::Newest),
            (Some(after), None) => Cursor::parse(after).map(PageStart::After).ok_or_else(bad),
            (None, Some(before)) => Cursor::parse(before).map(PageStart::Before).ok_or_else(bad),
            (Some(_), Some(_)) => Err(bad()),
        }
    }
}

/// The parts of an inbox page around its letters: the count of unread letters, the
/// filter form and the links to newer and older letters, which keep the search and the
/// filter.
pub(crate) struct InboxNav {
    /// Where the filter form goes and the links lead: `/post` or a helper's view.
    pub path: String,
    /// "Søg i dine breve" for the citizen, "Søg i brevene" for a helper.
    pub search_label_key: &'static str,
    pub search: String,
    pub unread_only: bool,
    pub unread: i64,
    pub newer_href: Option<String>,
    pub older_href: Option<String>,
}

impl InboxNav {
    pub(crate) fn new(
        path: &str,
        search_label_key: &'static str,
        query: &InboxQuery,
        page: &InboxPage,
    ) -> Self {
        let search = query.search();
        let unread_only = query.unread_only();
        let href = |name: &str, cursor: &Cursor| {
            let mut pairs = url::form_urlencoded::Serializer::new(String::new());
            if !search.is_empty() {
                pairs.append_pair("q", &search);
            }
            if unread_only {
                pairs.append_pair("ulaeste", "1");
            }
            pairs.append_pair(name, &cursor.to_string());
            format!("{path}?{}", pairs.finish())
        };
        Self {
            newer_href: page.newer.as_ref().map(|c| href("foer", c)),
            older_href: page.older.as_ref().map(|c| href("efter", c)),
            path: path.to_owned(),
            search_label_key,
            unread_only,
            unread: page.unread,
            search,
        }
    }

    /// The unread count as a number a Fluent plural takes.
    pub(crate) fn unread_count(&self) -> usize {
        usize::try_from(self.unread).unwrap_or(0)
    }

    /// Whether this is a page past the newest: its empty list means "no more", not
    /// "no letters".
    pub(crate) fn is_paged(&self) -> bool {
        self.newer_href.is_some()
    }
}

/// An answer to a letter as pages show it.
pub(crate) struct ReplyView {
    pub written: String,
    /// The helper who wrote it for the citizen, by name; `None` when the citizen did.
    pub by: Option<String>,
    pub body: String,
}

impl ReplyView {
    /// The answers; `others` names those other than the citizen (`post::others_names`).
    pub(crate) fn all(
        replies: &[Reply],
        others: &HashMap<String, String>,
        lang: Lang,
    ) -> Vec<Self> {
        replies
            .iter()
            .map(|reply| Self {
                written: format_date(lang, reply.created_at),
                by: others.get(&reply.author).cloned(),
                body: reply.body.clone(),
            })
            .collect()
    }
}

/// An attachment as pages show it.
pub(crate) struct AttachmentView {
    pub position: i64,
    pub filename: String,
    /// "1,2 MB"
    pub size: String,
    pub opened: Option<String>,
}

impl AttachmentView {
    pub(crate) fn of(attachment: &Attachment, lang: Lang) -> Self {
        Self::new(
            attachment.position,
            &attachment.filename,
            attachment.size,
            attachment.opened_at,
            lang,
        )
    }

    pub(crate) fn new(
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
            opened: opened_at.map(|at| format_date(lang, at)),
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
