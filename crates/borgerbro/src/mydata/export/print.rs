//! The front desk's print of "Hent mine data": the same data as one PDF for someone who
//! asks at the counter. The data first, section by section in the record of
//! processing's kinds and words, then each letter as its paper copy followed by its PDF
//! attachments (merged as the print queue merges them, `post::bundle`; one that cannot
//! be merged is named after the letter with why, to print on its own). Set with
//! `typeset` on the paper letter's A4 page, as `post::paper` sets letters.
//!
//! Unlike the ZIP, the print is made in memory: it is for one person at a counter, whose
//! letters fit on paper, and the PDF is written whole.

use typeset::{Layout, Page, Run, BODY_SIZE};

use super::model::{
    ExportAccess, ExportEventSignup, ExportLetter, ExportSignupChannel, ExportSignupStatus,
};
use super::{ExportError, Sources};
use crate::i18n::{format_date, Lang};
use crate::mydata::record::Category;
use crate::post::bundle::{self, Part, Unmergeable};
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

/// "17.12.2026 kl. 10.00 · IT-café · Viby Bibliotek · har en plads · kom · Selv på
/// nettet · tilmeldt 07.12.2026 kl. 12.00".
fn signup_line(lang: Lang, s: &ExportEventSignup) -> String {
    let mut parts = vec![day(lang, &s.starts_at), s.event_title.clone()];
    parts.extend(s.place_name.clone());
    if s.event_cancelled_at.is_some() {
        parts.push(lang.t("export-print-cancelled"));
    }
    parts.push(lang.t(match s.status {
        ExportSignupStatus::Seat => "export-signup-seat",
        ExportSignupStatus::Waiting => "export-signup-waiting",
        ExportSignupStatus::Cancelled => "export-signup-cancelled",
    }));
    match s.attended {
        Some(true) => parts.push(lang.t("export-signup-came")),
        Some(false) => parts.push(lang.t("export-signup-did-not-come")),
        None => {}
    }
    parts.push(lang.t(match s.channel {
        ExportSignupChannel::Online => "events-channel-online",
        ExportSignupChannel::Desk => "events-channel-desk",
        ExportSignupChannel::Helper => "events-channel-helper",
        ExportSignupChannel::Api => "events-channel-api",
    }));
    parts.push(lang.t_args(
        "export-signup-made",
        &[("date", day(lang, &s.signed_up_at))],
    ));
    parts.join(" · ")
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

    doc.heading(Category::EventSignups);
    doc.none_if_empty(head.event_signups.is_empty());
    for s in &head.event_signups {
        doc.item(&signup_line(lang, s));
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

    let pages: Vec<Page> = doc.layout.finish();
    // Each attachment's bytes, read before the blocking work; the file store's loss of
    // one is said on the page that stands in for it.
    let mut with_files = Vec::with_capacity(letters.len());
    for (letter, attachments) in letters {
        let mut files = Vec::with_capacity(attachments.len());
        for attachment in &attachments {
            files.push(src.files.get(&attachment.file_hash).await.ok());
        }
        with_files.push((letter, attachments, files));
    }
    let authority = src.authority.clone();
    let profile = head.profile;
    let pdf = tokio::task::spawn_blocking(move || {
        let mut job = vec![Part::read(&typeset::write_pdf_in(
            &PAGE,
            pages,
            Some(lang.code()),
        ))?];
        // As a print round of the queue: the attachments read in together stay within
        // its memory; one beyond it is said to be printed from the letter.
        let mut memory = u64::try_from(authority.post.print_round_bytes()).unwrap_or(0);
        for (letter, attachments, files) in with_files {
            let (mut letter_pages, _) =
                crate::post::letter_pages(&authority, letter, Some(profile.clone()), &attachments);
            let mut merged = Vec::new();
            let mut left_out = Layout::new(PAGE);
            let mut any_left_out = false;
            for (attachment, bytes) in attachments.iter().zip(files) {
                let read = match bytes {
                    Some(bytes) => Part::read_within(&bytes, memory),
                    None => Err(Unmergeable::Unreadable),
                };
                match read {
                    Ok(part) => {
                        memory = memory.saturating_sub(part.cost());
                        merged.push(part);
                    }
                    Err(why) => {
                        any_left_out = true;
                        left_out_line(&mut left_out, lang, attachment, why);
                    }
                }
            }
            if any_left_out {
                letter_pages.extend(left_out.finish());
            }
            job.push(Part::read(&typeset::write_pdf_in(
                &PAGE,
                letter_pages,
                Some(lang.code()),
            ))?);
            job.extend(merged);
        }
        bundle::merge(job)
    })
    .await
    .map_err(|e| ExportError::Write(std::io::Error::other(e)))?
    .map_err(|e| ExportError::Write(std::io::Error::other(e)))?;
    Ok(pdf)
}

/// The line, on a page after the letter, that names an attachment left out of the print
/// and why, so the front desk knows to print it on its own.
fn left_out_line(layout: &mut Layout, lang: Lang, attachment: &Attachment, why: Unmergeable) {
    let key = match why {
        Unmergeable::Unreadable | Unmergeable::NoPages => "export-print-left-out-unreadable",
        Unmergeable::Encrypted => "export-print-left-out-encrypted",
        Unmergeable::TooComplex(_) => "export-print-left-out-too-big",
    };
    let text = lang.t_args(
        key,
        &[
            ("number", (attachment.position + 1).to_string()),
            ("filename", attachment.filename.clone()),
        ],
    );
    layout.paragraph(PAGE.left, PAGE.right, BODY_SIZE, &[Run::regular(&text)]);
    layout.space(typeset::mm(2.0));
}
