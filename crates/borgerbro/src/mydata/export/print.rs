//! The front desk's print of "Hent mine data": the same data as one PDF for someone who
//! asks at the counter. The data first, section by section in the record of
//! processing's kinds and words, then each letter as its paper copy (its attachments are
//! named on it; the front desk prints them from the letter). Set with `typeset` on the
//! paper letter's A4 page, as `post::paper` sets letters.
//!
//! Unlike the ZIP, the print is made in memory: it is for one person at a counter, whose
//! letters fit on paper, and the PDF is written whole.

use typeset::{Content, Layout, Run, BODY_SIZE};

use super::model::{ExportAccess, ExportLetter};
use super::{ExportError, Sources};
use crate::i18n::{format_date, Lang};
use crate::mydata::record::Category;
use crate::post::paper::PAGE;
use crate::post::{Attachment, Letter};

const TITLE_SIZE: f32 = 16.0;
const HEADING_SIZE: f32 = 13.0;

struct Doc {
    layout: Layout,
    lang: Lang,
}

impl Doc {
    fn left(&self) -> f32 {
        PAGE.left
    }

    fn right(&self) -> f32 {
        PAGE.right
    }

    fn heading(&mut self, category: Category) {
        self.layout.space(typeset::mm(6.0));
        self.layout.room(typeset::line_height(HEADING_SIZE) * 3.0);
        let text = self.lang.t(&category.label_key());
        let (l, r) = (self.left(), self.right());
        self.layout
            .paragraph(l, r, HEADING_SIZE, &[Run::bold(&text)]);
        self.layout.space(typeset::mm(2.0));
    }

    fn line(&mut self, text: &str) {
        let (l, r) = (self.left(), self.right());
        self.layout
            .paragraph(l, r, BODY_SIZE, &[Run::regular(text)]);
    }

    fn field(&mut self, key: &str, value: &str) {
        let label = format!("{}: ", self.lang.t(key));
        let (l, r) = (self.left(), self.right());
        self.layout
            .paragraph(l, r, BODY_SIZE, &[Run::bold(&label), Run::regular(value)]);
    }

    fn item(&mut self, text: &str) {
        let l = self.left();
        self.layout
            .item(l, BODY_SIZE, &[Run::regular(text)], "\u{2022}");
    }

    fn none_if_empty(&mut self, empty: bool) {
        if empty {
            let none = self.lang.t("export-print-none");
            self.line(&none);
        }
    }
}

fn yes_no(lang: Lang, value: bool) -> String {
    lang.t(if value { "record-yes" } else { "record-no" })
}

fn day(lang: Lang, rfc3339: &str) -> String {
    rfc3339
        .parse::<jiff::Timestamp>()
        .map(|t| format_date(lang, t.as_millisecond()))
        .unwrap_or_default()
}

fn access_line(lang: Lang, a: &ExportAccess) -> String {
    let who = a
        .actor
        .name
        .clone()
        .unwrap_or_else(|| a.actor.kind.as_str().into());
    let mut line = format!("{} · {} · {}", day(lang, &a.at), who, a.action);
    if let Some(purpose) = &a.purpose {
        line.push_str(&format!(" · {purpose}"));
    }
    line
}

fn letter_line(lang: Lang, l: &ExportLetter) -> String {
    format!(
        "{} · {} · {}",
        day(lang, &l.sent_at),
        l.sender_name,
        l.subject
    )
}

/// The print, in `lang` (the letters each in their own language).
pub(crate) async fn render(
    src: &Sources<'_>,
    citizen_id: &str,
    lang: Lang,
) -> Result<Vec<u8>, ExportError> {
    let head = super::head(src, citizen_id).await?;
    let mut doc = Doc {
        layout: Layout::new(PAGE),
        lang,
    };
    let title = lang.t_args("overview-title-for", &[("name", head.person.name.clone())]);
    let (l, r) = (doc.left(), doc.right());
    doc.layout.paragraph(l, r, TITLE_SIZE, &[Run::bold(&title)]);
    let made = lang.t_args(
        "export-print-made",
        &[("date", format_date(lang, src.clock.now_ms()))],
    );
    doc.line(&made);

    doc.heading(Category::Person);
    let p = &head.person;
    doc.field("export-field-name", &p.name);
    doc.field("export-field-cpr", p.cpr.as_deref().unwrap_or("-"));
    doc.field("export-field-address", p.address.as_deref().unwrap_or("-"));
    doc.field("export-field-phone", p.phone.as_deref().unwrap_or("-"));

    doc.heading(Category::Choices);
    let c = &head.choices;
    doc.field("export-field-paper-post", &yes_no(lang, c.paper_post));
    let language = Lang::from_code(&c.language)
        .map(|l| l.t("language-name"))
        .unwrap_or_else(|| c.language.clone());
    doc.field("export-field-language", &language);

    doc.heading(Category::Permissions);
    doc.none_if_empty(head.given.is_empty() && head.received.is_empty());
    for p in head.given.iter().chain(&head.received) {
        let line = format!(
            "{} → {} · {} · {} – {}",
            p.citizen_name.as_deref().unwrap_or(&p.citizen_id),
            p.helper_name.as_deref().unwrap_or(&p.helper_id),
            p.scopes.join(", "),
            p.valid_from,
            p.valid_to
        );
        doc.item(&line);
    }

    doc.heading(Category::Bookings);
    doc.none_if_empty(head.bookings.is_empty());
    for b in &head.bookings {
        let mut line = format!("{} · {}", day(lang, &b.starts_at), b.topic);
        if b.cancelled_at.is_some() {
            line.push_str(&format!(" ({})", lang.t("export-print-cancelled")));
        }
        doc.item(&line);
    }

    doc.heading(Category::Requests);
    doc.none_if_empty(head.notes.is_empty() && head.requests.is_empty());
    for value in head
        .notes
        .iter()
        .filter_map(|n| serde_json::to_value(n).ok())
        .chain(
            head.requests
                .iter()
                .filter_map(|r| serde_json::to_value(r).ok()),
        )
    {
        let at = value["written_at"]
            .as_str()
            .or(value["received_at"].as_str())
            .unwrap_or_default();
        let line = format!(
            "{} · {}",
            day(lang, at),
            value["text"].as_str().unwrap_or_default()
        );
        doc.item(&line);
    }

    doc.heading(Category::Answers);
    doc.none_if_empty(head.answers.is_empty());
    for a in &head.answers {
        doc.item(&format!("{} · {}", day(lang, &a.at), a.body));
    }

    doc.heading(Category::Feedback);
    let why = lang.t("export-print-feedback");
    doc.line(&why);

    // The letters, listed here and printed after the data.
    doc.heading(Category::Letters);
    let mut letters: Vec<(Letter, Vec<Attachment>)> = Vec::new();
    let mut pages = super::LetterPages::new(src.db, citizen_id);
    while let Some((page, attachments)) = pages.next().await? {
        for letter in page {
            let own: Vec<Attachment> = attachments
                .iter()
                .filter(|a| a.message_id == letter.id)
                .cloned()
                .collect();
            letters.push((letter, own));
        }
    }
    doc.none_if_empty(letters.is_empty());
    for (letter, attachments) in &letters {
        doc.item(&letter_line(lang, &super::letter_out(letter, attachments)));
    }

    doc.heading(Category::AccessLog);
    let mut names = super::Names::new(src.db);
    let mut accesses = Vec::new();
    let mut log = super::LogPages::new(src.db, citizen_id);
    while let Some(entries) = log.next().await? {
        for entry in &entries {
            accesses.push(super::access_out(&mut names, entry).await?);
        }
    }
    doc.none_if_empty(accesses.is_empty());
    for a in &accesses {
        doc.item(&access_line(lang, a));
    }

    let mut pages: Vec<Content> = doc.layout.finish();
    let authority = src.authority.clone();
    let profile = head.profile;
    let pdf = tokio::task::spawn_blocking(move || {
        for (letter, attachments) in letters {
            let (letter_pages, _) = crate::post::web::print::letter_pages(
                &authority,
                letter,
                Some(profile.clone()),
                &attachments,
            );
            pages.extend(letter_pages);
        }
        typeset::write_pdf_in(&PAGE, pages, Some(lang.code()))
    })
    .await
    .map_err(|e| ExportError::Write(std::io::Error::other(e)))?;
    Ok(pdf)
}
