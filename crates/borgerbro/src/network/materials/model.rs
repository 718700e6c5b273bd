//! What a shared material is and the rules it goes by: the checks of a draft as typed,
//! what may happen to it in which status (edit, send to review, review, re-review),
//! when its review falls due, what klarsprog and the PDF checks say about it, and the
//! filters of the lists, the feed and the API. Pure: no I/O.

use jiff::civil::Date;
use jiff::ToSpan;
use serde::Deserialize;

use crate::forms::FormErrors;
use crate::network::members::model::{is_web_address, LANGUAGES};

/// What kind of material it is: what it must hold follows from this (`Content`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// Step by step, in Markdown.
    Guide,
    /// A PDF to print and hand out.
    Leaflet,
    /// Questions or points to tick, in Markdown.
    Checklist,
    /// A short video elsewhere (a link).
    Video,
    /// Slides: a link, a PDF, or both.
    Slides,
}

impl Format {
    pub const ALL: [Format; 5] = [
        Format::Guide,
        Format::Leaflet,
        Format::Checklist,
        Format::Video,
        Format::Slides,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Format::Guide => "guide",
            Format::Leaflet => "leaflet",
            Format::Checklist => "checklist",
            Format::Video => "video",
            Format::Slides => "slides",
        }
    }

    pub fn parse(text: &str) -> Option<Format> {
        Format::ALL.into_iter().find(|f| f.as_str() == text)
    }

    pub(crate) fn label_key(self) -> String {
        format!("material-format-{}", self.as_str())
    }

    /// Its text is the material (a guide, a checklist): the body must be written.
    fn needs_body(self) -> bool {
        matches!(self, Format::Guide | Format::Checklist)
    }

    /// It may carry a PDF.
    pub fn takes_file(self) -> bool {
        matches!(self, Format::Leaflet | Format::Slides)
    }

    /// It may carry a link.
    pub fn takes_link(self) -> bool {
        matches!(self, Format::Video | Format::Slides)
    }
}

/// Where a material is on its way to the other members.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    /// Written and changed by its own organisation; seen by it alone.
    Draft,
    /// Sent to review: another member may review it; its organisation can no longer
    /// change it.
    InReview,
    /// Reviewed and approved by another member: public, in the feed and the API.
    Published,
}

impl Status {
    pub fn as_str(self) -> &'static str {
        match self {
            Status::Draft => "draft",
            Status::InReview => "in_review",
            Status::Published => "published",
        }
    }

    pub fn parse(text: &str) -> Option<Status> {
        [Status::Draft, Status::InReview, Status::Published]
            .into_iter()
            .find(|s| s.as_str() == text)
    }

    pub(crate) fn label_key(self) -> String {
        format!("material-status-{}", self.as_str().replace('_', "-"))
    }
}

/// The topics a material can be about (words: `material-topic-{code}`). Not the help
/// places' topics (`help::Topic`): those say what a place helps with in person, these
/// what a leaflet or a guide teaches, so fraud, banking and the basics of a phone are
/// here, and housing, jobs and pension are not.
pub const TOPICS: [&str; 9] = [
    "mitid",
    "digital-post",
    "fraud",
    "banking",
    "borger-dk",
    "health",
    "apps",
    "basics",
    "helpers",
];

/// Whom a material is written for (words: `material-target-{code}`).
pub const TARGET_GROUPS: [&str; 7] = [
    "everyone",
    "elderly",
    "new-in-denmark",
    "disability",
    "reading",
    "young",
    "volunteers",
];

/// The most characters of a title.
pub const MAX_TITLE: usize = 200;
/// The most characters of a summary.
pub const MAX_SUMMARY: usize = 1_000;
/// The most characters of a guide's or checklist's text.
pub const MAX_BODY: usize = 50_000;
/// The most characters of a link.
pub const MAX_LINK: usize = 500;
/// The most characters of a reviewer's comment.
pub const MAX_COMMENT: usize = 2_000;
/// The largest PDF a material carries.
pub const MAX_PDF_BYTES: usize = 20 * 1024 * 1024;
/// The most characters of a PDF's text kept for the checks.
pub const MAX_FILE_TEXT: usize = 100_000;

/// A material as typed in the form (a form sends one `target_groups`, `languages` and
/// `topics` per box ticked). The PDF travels beside it.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[serde(default)]
pub struct MaterialForm {
    pub title: String,
    pub summary: String,
    pub format: String,
    pub body: String,
    pub link: String,
    pub target_groups: Vec<String>,
    pub languages: Vec<String>,
    pub topics: Vec<String>,
}

/// A material's content, checked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Content {
    pub title: String,
    pub summary: String,
    pub format: Format,
    /// Markdown; for a guide or a checklist the material itself, else what it is about.
    pub body: String,
    /// A video's or slides' address; empty for other formats.
    pub link: String,
    pub target_groups: Vec<String>,
    /// The first is the material's own language, which its texts are marked with.
    pub languages: Vec<String>,
    pub topics: Vec<String>,
}

impl Content {
    /// The material's own language.
    pub fn lang(&self) -> &str {
        self.languages.first().map_or("da", String::as_str)
    }
}

/// Codes ticked, each once, in the order ticked; `None` when one is not in `known`.
fn codes(ticked: &[String], known: &[&str]) -> Option<Vec<String>> {
    let mut kept: Vec<String> = Vec::new();
    for code in ticked {
        if !known.contains(&code.as_str()) {
            return None;
        }
        if !kept.contains(code) {
            kept.push(code.clone());
        }
    }
    Some(kept)
}

impl MaterialForm {
    /// The content, or what is wrong field by field, in the form's order (the error
    /// summary lists them so). `has_file` says whether a PDF goes with it (a leaflet must
    /// have one; slides a PDF or a link).
    pub fn content(&self, has_file: bool) -> Result<Content, FormErrors> {
        let mut errors = FormErrors::default();
        let title = errors.line("title", &self.title, MAX_TITLE, "material-error-too-long");
        if title.is_empty() && !errors.has("title") {
            errors.add("title", "material-error-title");
        }
        let summary = errors.text(
            "summary",
            &self.summary,
            MAX_SUMMARY,
            "material-error-too-long",
        );
        if summary.is_empty() && !errors.has("summary") {
            errors.add("summary", "material-error-summary");
        }
        let format = Format::parse(&self.format);
        if format.is_none() {
            errors.add("format", "material-error-format");
        }
        let target_groups = codes(&self.target_groups, &TARGET_GROUPS).unwrap_or_default();
        if target_groups.is_empty() {
            errors.add("target_groups", "material-error-target-groups");
        }
        let languages = codes(&self.languages, &LANGUAGES).unwrap_or_default();
        if languages.is_empty() {
            errors.add("languages", "material-error-languages");
        }
        let topics = codes(&self.topics, &TOPICS);
        if topics.is_none() {
            errors.add("topics", "material-error-topics");
        }
        let body = errors.text("body", &self.body, MAX_BODY, "material-error-too-long");
        if body.is_empty() && !errors.has("body") && format.is_some_and(Format::needs_body) {
            errors.add("body", "material-error-body");
        }
        let typed_link = errors.line("link", &self.link, MAX_LINK, "material-error-too-long");
        let link = match format {
            Some(f) if f.takes_link() => typed_link,
            _ => String::new(),
        };
        if !link.is_empty() && !errors.has("link") && !is_web_address(&link) {
            errors.add("link", "material-error-link");
        }
        match format {
            Some(Format::Video) if link.is_empty() && !errors.has("link") => {
                errors.add("link", "material-error-link-video");
            }
            Some(Format::Slides) if link.is_empty() && !has_file && !errors.has("link") => {
                errors.add("link", "material-error-slides");
            }
            Some(Format::Leaflet) if !has_file => errors.add("file", "material-error-file-leaflet"),
            _ => {}
        }
        match (errors.is_empty(), format, topics) {
            (true, Some(format), Some(topics)) => Ok(Content {
                title,
                summary,
                format,
                body,
                link,
                target_groups,
                languages,
                topics,
            }),
            _ => Err(errors),
        }
    }
}

impl From<&Content> for MaterialForm {
    fn from(c: &Content) -> Self {
        MaterialForm {
            title: c.title.clone(),
            summary: c.summary.clone(),
            format: c.format.as_str().to_owned(),
            body: c.body.clone(),
            link: c.link.clone(),
            target_groups: c.target_groups.clone(),
            languages: c.languages.clone(),
            topics: c.topics.clone(),
        }
    }
}

/// Why an operation may not happen to a material now: the Fluent key that says so.
pub type Refused = &'static str;

/// Only a draft is changed, and only by its own organisation.
pub fn may_edit(status: Status, owner: &str, acting: &str) -> Result<(), Refused> {
    if owner != acting {
        return Err("material-error-not-yours");
    }
    match status {
        Status::Draft => Ok(()),
        _ => Err("material-error-not-draft"),
    }
}

/// Only a draft is sent to review, by its own organisation.
pub fn may_submit(status: Status, owner: &str, acting: &str) -> Result<(), Refused> {
    may_edit(status, owner, acting)
}

/// Which review a review is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReviewKind {
    /// Of a material in review: approval publishes it.
    First,
    /// Of a published material whose review is due: it stays published while it waits,
    /// and approval moves the next review on a year.
    Again,
}

/// Whether the organisation `acting` may review a material of `owner` now: never its
/// own; a material in review, or a published one whose review is due. A material sent
/// to review by an organisation that has since left (`owner_left`) waits for no one:
/// nobody can act on a "not yet", and approval would publish in the name of an
/// organisation no longer in the network (another member may copy it instead). A
/// published one of a former member stays, and is reviewed again when due.
pub fn may_review(
    status: Status,
    due: bool,
    owner: &str,
    owner_left: bool,
    acting: &str,
) -> Result<ReviewKind, Refused> {
    if owner == acting {
        return Err("material-error-own-organisation");
    }
    match (status, due) {
        (Status::InReview, _) if owner_left => Err("material-error-owner-left"),
        (Status::InReview, _) => Ok(ReviewKind::First),
        (Status::Published, true) => Ok(ReviewKind::Again),
        (Status::Published, false) => Err("material-error-not-due"),
        (Status::Draft, _) => Err("material-error-not-in-review"),
    }
}

/// A review as ticked and written (a box sends `yes` when ticked).
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[serde(default)]
pub struct ReviewForm {
    pub correct: Option<String>,
    pub understandable: Option<String>,
    pub up_to_date: Option<String>,
    pub comment: String,
}

/// A review, checked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Verdict {
    pub correct: bool,
    pub understandable: bool,
    pub up_to_date: bool,
    pub comment: String,
}

impl Verdict {
    /// All three ticked: it is published (or stays so).
    pub fn approved(&self) -> bool {
        self.correct && self.understandable && self.up_to_date
    }

    /// Where the material goes after this review.
    pub fn status_after(&self) -> Status {
        match self.approved() {
            true => Status::Published,
            false => Status::Draft,
        }
    }

    pub fn outcome(&self) -> &'static str {
        match self.approved() {
            true => "approved",
            false => "changes",
        }
    }
}

impl ReviewForm {
    /// The review, or what is wrong: a review that does not approve must say what to
    /// change, since the author gets the material back with nothing else.
    pub fn verdict(&self) -> Result<Verdict, FormErrors> {
        let mut errors = FormErrors::default();
        let comment = errors.text(
            "comment",
            &self.comment,
            MAX_COMMENT,
            "material-error-too-long",
        );
        let verdict = Verdict {
            correct: self.correct.is_some(),
            understandable: self.understandable.is_some(),
            up_to_date: self.up_to_date.is_some(),
            comment,
        };
        if !verdict.approved() && verdict.comment.is_empty() && errors.is_empty() {
            errors.add("comment", "material-error-comment");
        }
        match errors.is_empty() {
            true => Ok(verdict),
            false => Err(errors),
        }
    }
}

/// When a material reviewed on `reviewed_on` is to be reviewed again: a year on (29
/// February goes to 28 February).
pub fn review_due(reviewed_on: Date) -> Date {
    reviewed_on.saturating_add(1.year())
}

/// Whether a published material waits for a new review: its day has come, or the sweep
/// has said so (the sweep of `borgerbro sweep --as-of` may run ahead of the server's
/// clock, and what it told the owner holds until a new review).
pub fn is_due(review_due: Option<Date>, noticed: bool, today: Date) -> bool {
    noticed || review_due.is_some_and(|due| due <= today)
}

/// What the PDF checks found in an uploaded file, kept with the material.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PdfFacts {
    /// Tagged for assistive technology: `/MarkInfo << /Marked true >>` or a
    /// `/StructTreeRoot` in its catalogue.
    pub tagged: bool,
    /// The language its catalogue names (`/Lang`), empty when none.
    pub lang: String,
    /// Its text as a screen reader or a search would read it (at most `MAX_FILE_TEXT`
    /// characters); empty when it has none (a scan).
    pub text: String,
}

/// Why an uploaded file is not taken.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PdfProblem {
    Empty,
    TooLarge,
    NotPdf,
    /// Past the limits of `post::pdf_limits`, which every untrusted PDF must keep
    /// before it is read.
    TooComplex,
    /// Broken, protected with a password, or without pages.
    Unreadable,
}

impl PdfProblem {
    pub(crate) fn message_key(self) -> &'static str {
        match self {
            PdfProblem::Empty => "material-error-pdf-empty",
            PdfProblem::TooLarge => "material-error-pdf-too-large",
            PdfProblem::NotPdf => "material-error-pdf-not-pdf",
            PdfProblem::TooComplex => "material-error-pdf-too-complex",
            PdfProblem::Unreadable => "material-error-pdf-unreadable",
        }
    }
}

/// Reads an uploaded PDF for the checks. Its bytes decide, never its name: a PDF carries
/// `%PDF-` in its first 1024 bytes; then the limits of `post::pdf_limits`, and only
/// then lopdf, which reads it whole (inside `catch_unwind`, as printing does).
pub fn read_pdf(bytes: &[u8]) -> Result<PdfFacts, PdfProblem> {
    use lopdf::{Document, LoadOptions, Object};
    use std::panic::{catch_unwind, AssertUnwindSafe};
    if bytes.is_empty() {
        return Err(PdfProblem::Empty);
    }
    if bytes.len() > MAX_PDF_BYTES {
        return Err(PdfProblem::TooLarge);
    }
    let head = &bytes[..bytes.len().min(1024)];
    if !head.windows(5).any(|w| w == b"%PDF-") {
        return Err(PdfProblem::NotPdf);
    }
    crate::post::pdf_limits::check(bytes).map_err(|_| PdfProblem::TooComplex)?;
    let limit = usize::try_from(crate::post::pdf_limits::MAX_STREAM_INFLATED).ok();
    let options = LoadOptions {
        max_decompressed_size: limit,
        ..LoadOptions::default()
    };
    let document = catch_unwind(AssertUnwindSafe(|| {
        Document::load_mem_with_options(bytes, options)
    }))
    .ok()
    .and_then(Result::ok)
    .ok_or(PdfProblem::Unreadable)?;
    if document.was_encrypted() || document.is_encrypted() {
        return Err(PdfProblem::Unreadable);
    }
    let pages: Vec<u32> = document.get_pages().keys().copied().collect();
    if pages.is_empty() {
        return Err(PdfProblem::Unreadable);
    }
    let catalog = document.catalog().map_err(|_| PdfProblem::Unreadable)?;
    let marked = catalog
        .get_deref(b"MarkInfo", &document)
        .and_then(Object::as_dict)
        .and_then(|info| info.get_deref(b"Marked", &document))
        .and_then(Object::as_bool)
        .unwrap_or(false);
    let tagged = marked || catalog.has(b"StructTreeRoot");
    let lang = catalog
        .get_deref(b"Lang", &document)
        .ok()
        .and_then(|o| lopdf::decode_text_string(o).ok())
        .map(|l| {
            l.trim()
                .chars()
                .filter(|c| !c.is_control())
                .take(35)
                .collect()
        })
        .unwrap_or_default();
    let limit = usize::try_from(crate::post::pdf_limits::MAX_STREAM_INFLATED).unwrap_or(usize::MAX);
    let text = catch_unwind(AssertUnwindSafe(|| {
        document
            .extract_text_chunks_with_limit(&pages, limit)
            .into_iter()
            .filter_map(Result::ok)
            .collect::<String>()
    }))
    .unwrap_or_default();
    let text = text
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .chars()
        .filter(|c| !c.is_control())
        .take(MAX_FILE_TEXT)
        .collect();
    Ok(PdfFacts { tagged, lang, text })
}

/// The accessibility check of a material's PDF, as the author and the reviewer read it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Accessibility {
    pub tagged: bool,
    pub lang_set: bool,
    pub text: bool,
}

impl Accessibility {
    pub fn of(facts: &PdfFacts) -> Self {
        Accessibility {
            tagged: facts.tagged,
            lang_set: !facts.lang.is_empty(),
            text: !facts.text.trim().is_empty(),
        }
    }

    pub fn passes(&self) -> bool {
        self.tagged && self.lang_set && self.text
    }
}

/// klarsprog's reading of one text of a material.
#[derive(Debug, Clone, PartialEq)]
pub enum PlainCheck {
    /// A Danish text: its LIX, band and what could be plainer (klarsprog's words, in
    /// Danish).
    Danish {
        lix: i64,
        band: klarsprog::Band,
        findings: Vec<String>,
    },
    /// klarsprog reads Danish only: a text in another language is not scored.
    NotDanish,
}

/// klarsprog's reading of a text in `lang`, written as `format`.
pub fn plain_check(text: &str, format: klarsprog::Format, lang: &str) -> PlainCheck {
    if lang != "da" {
        return PlainCheck::NotDanish;
    }
    let report = klarsprog::analyse(text, format);
    PlainCheck::Danish {
        lix: report.lix.round() as i64,
        band: report.band,
        findings: report
            .findings
            .iter()
            .map(|f| match &f.suggestion {
                Some(s) => format!("«{}»: {} ({s})", f.text, f.message),
                None => format!("«{}»: {}", f.text, f.message),
            })
            .collect(),
    }
}

/// What the lists, the feed, the snippet and the API choose by; each `None` is any.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Filter {
    pub topic: Option<String>,
    pub language: Option<String>,
    pub target_group: Option<String>,
    pub format: Option<Format>,
    /// Only this organisation's.
    pub organisation: Option<String>,
}

impl Filter {
    /// A filter from values as given (empty is any); an unknown value is an error on
    /// the parameter that holds it, named as `names` says (the API's words, the page's).
    pub fn parse(
        topic: Option<&str>,
        language: Option<&str>,
        target_group: Option<&str>,
        format: Option<&str>,
        names: [&'static str; 4],
    ) -> Result<Filter, FormErrors> {
        let mut errors = FormErrors::default();
        // Codes as sent, not trimmed: the API's document lists exactly these values.
        fn given(v: Option<&str>) -> Option<&str> {
            v.filter(|v| !v.is_empty())
        }
        let mut known = |value: Option<&str>, list: &[&str], field: &'static str| {
            let value = given(value)?;
            match list.contains(&value) {
                true => Some(value.to_owned()),
                false => {
                    errors.add_value(field.into(), "material-error-filter", value.to_owned());
                    None
                }
            }
        };
        let topic = known(topic, &TOPICS, names[0]);
        let language = known(language, &LANGUAGES, names[1]);
        let target_group = known(target_group, &TARGET_GROUPS, names[2]);
        let format = given(format).and_then(|f| {
            let parsed = Format::parse(f);
            if parsed.is_none() {
                errors.add_value(names[3].into(), "material-error-filter", f.to_owned());
            }
            parsed
        });
        match errors.is_empty() {
            true => Ok(Filter {
                topic,
                language,
                target_group,
                format,
                organisation: None,
            }),
            false => Err(errors),
        }
    }

    pub fn matches(&self, content: &Content, organisation: &str) -> bool {
        let has = |wanted: &Option<String>, list: &[String]| {
            wanted.as_ref().is_none_or(|w| list.contains(w))
        };
        has(&self.topic, &content.topics)
            && has(&self.language, &content.languages)
            && has(&self.target_group, &content.target_groups)
            && self.format.is_none_or(|f| f == content.format)
            && self.organisation.as_ref().is_none_or(|o| o == organisation)
    }
}

/// A shipped material's front matter (`materials/{lang}/{slug}.md`).
#[derive(Debug, Clone, Deserialize)]
pub struct FrontMatter {
    pub title: String,
    pub summary: String,
    pub format: String,
    pub topics: Vec<String>,
    pub target_groups: Vec<String>,
    #[serde(default)]
    pub easy_read: bool,
    #[serde(default)]
    pub reviewed_by_native_speaker: bool,
}

/// A shipped material as a form to save: its TOML front matter between `+++` lines, and
/// its Markdown body.
pub fn shipped(text: &str, lang: &str) -> Result<MaterialForm, String> {
    let rest = text
        .trim_start()
        .strip_prefix("+++")
        .ok_or("no front matter")?;
    let (front, body) = rest.split_once("\n+++").ok_or("front matter not closed")?;
    let front: FrontMatter = toml::from_str(front).map_err(|e| e.to_string())?;
    Ok(MaterialForm {
        title: front.title,
        summary: front.summary,
        format: front.format,
        body: body.trim().to_owned(),
        link: String::new(),
        target_groups: front.target_groups,
        languages: vec![lang.to_owned()],
        topics: front.topics,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    fn checklist() -> MaterialForm {
        MaterialForm {
            title: " Er det svindel? ".into(),
            summary: "Tjek listen, før du gør noget.".into(),
            format: "checklist".into(),
            body: "- Beder de om din kode?".into(),
            link: "https://example.org/ignored".into(),
            target_groups: vec!["elderly".into(), "elderly".into()],
            languages: vec!["da".into()],
            topics: vec!["fraud".into()],
        }
    }

    #[test]
    fn a_checklist_is_checked_and_keeps_its_codes_once() {
        let content = checklist().content(false).unwrap();
        assert_eq!(content.title, "Er det svindel?");
        assert_eq!(content.format, Format::Checklist);
        assert_eq!(content.target_groups, ["elderly"]);
        assert_eq!(content.link, "", "a checklist has no link");
        assert_eq!(content.lang(), "da");
    }

    #[test]
    fn a_material_without_a_target_group_is_refused() {
        let form = MaterialForm {
            target_groups: vec![],
            ..checklist()
        };
        let errors = form.content(false).unwrap_err();
        assert_eq!(
            errors.get("target_groups"),
            Some("material-error-target-groups")
        );
        let unknown = MaterialForm {
            target_groups: vec!["martians".into()],
            ..checklist()
        };
        assert!(unknown.content(false).unwrap_err().has("target_groups"));
    }

    #[test]
    fn each_format_needs_what_it_is() {
        let leaflet = MaterialForm {
            format: "leaflet".into(),
            body: String::new(),
            ..checklist()
        };
        assert_eq!(
            leaflet.content(false).unwrap_err().get("file"),
            Some("material-error-file-leaflet")
        );
        assert!(leaflet.content(true).is_ok());
        let video = MaterialForm {
            format: "video".into(),
            link: String::new(),
            ..checklist()
        };
        assert!(video.content(true).unwrap_err().has("link"));
        let script = MaterialForm {
            link: "javascript:alert(1)".into(),
            ..video.clone()
        };
        assert_eq!(
            script.content(false).unwrap_err().get("link"),
            Some("material-error-link")
        );
        let slides = MaterialForm {
            format: "slides".into(),
            link: String::new(),
            ..checklist()
        };
        assert!(slides.content(false).unwrap_err().has("link"));
        assert!(slides.content(true).is_ok());
        let guide = MaterialForm {
            format: "guide".into(),
            body: " ".into(),
            ..checklist()
        };
        assert!(guide.content(false).unwrap_err().has("body"));
    }

    #[test]
    fn every_missing_field_is_named() {
        let errors = MaterialForm::default().content(false).unwrap_err();
        for field in ["title", "summary", "format", "target_groups", "languages"] {
            assert!(errors.has(field), "{field}");
        }
    }

    #[test]
    fn only_a_draft_is_changed_and_sent_and_only_by_its_own() {
        assert!(may_edit(Status::Draft, "a", "a").is_ok());
        assert_eq!(
            may_edit(Status::Draft, "a", "b"),
            Err("material-error-not-yours")
        );
        assert_eq!(
            may_submit(Status::InReview, "a", "a"),
            Err("material-error-not-draft")
        );
        assert!(may_submit(Status::Published, "a", "a").is_err());
    }

    #[test]
    fn another_member_reviews_what_is_in_review_or_due() {
        assert_eq!(
            may_review(Status::InReview, false, "a", false, "a"),
            Err("material-error-own-organisation")
        );
        assert_eq!(
            may_review(Status::Published, true, "a", false, "a"),
            Err("material-error-own-organisation")
        );
        assert_eq!(
            may_review(Status::InReview, false, "a", false, "b"),
            Ok(ReviewKind::First)
        );
        assert_eq!(
            may_review(Status::Published, true, "a", false, "b"),
            Ok(ReviewKind::Again)
        );
        assert_eq!(
            may_review(Status::Published, false, "a", false, "b"),
            Err("material-error-not-due")
        );
        assert_eq!(
            may_review(Status::Draft, false, "a", false, "b"),
            Err("material-error-not-in-review")
        );
        assert_eq!(
            may_review(Status::InReview, false, "a", true, "b"),
            Err("material-error-owner-left")
        );
        assert_eq!(
            may_review(Status::Published, true, "a", true, "b"),
            Ok(ReviewKind::Again),
            "a former member's published material is kept up to date"
        );
    }

    #[test]
    fn all_three_ticked_publishes_and_anything_less_needs_a_comment() {
        let all = ReviewForm {
            correct: Some("yes".into()),
            understandable: Some("yes".into()),
            up_to_date: Some("yes".into()),
            comment: String::new(),
        };
        let verdict = all.verdict().unwrap();
        assert_eq!(verdict.status_after(), Status::Published);
        assert_eq!(verdict.outcome(), "approved");
        let two = ReviewForm {
            up_to_date: None,
            ..all.clone()
        };
        assert_eq!(
            two.verdict().unwrap_err().get("comment"),
            Some("material-error-comment")
        );
        let said = ReviewForm {
            comment: "Nummeret til MitID er skiftet.".into(),
            ..two
        };
        assert_eq!(said.verdict().unwrap().status_after(), Status::Draft);
    }

    #[test]
    fn a_review_falls_due_a_year_on() {
        assert_eq!(review_due(date(2026, 3, 15)), date(2027, 3, 15));
        assert_eq!(review_due(date(2028, 2, 29)), date(2029, 2, 28));
        let due = Some(date(2027, 3, 15));
        assert!(!is_due(due, false, date(2027, 3, 14)));
        assert!(is_due(due, false, date(2027, 3, 15)));
        assert!(is_due(due, true, date(2026, 4, 1)), "the sweep said so");
        assert!(!is_due(None, false, date(2030, 1, 1)));
    }

    #[test]
    fn only_danish_is_scored() {
        assert_eq!(
            plain_check("Hello there.", klarsprog::Format::Text, "en"),
            PlainCheck::NotDanish
        );
        let PlainCheck::Danish { findings, .. } =
            plain_check("Du bedes udfylde skemaet.", klarsprog::Format::Text, "da")
        else {
            panic!("Danish is scored");
        };
        assert!(findings.iter().any(|f| f.contains("bedes")), "{findings:?}");
    }

    #[test]
    fn the_filters_name_an_unknown_value() {
        let names = ["topic", "language", "target_group", "format"];
        let filter = Filter::parse(Some("fraud"), Some(""), None, Some("guide"), names).unwrap();
        assert_eq!(filter.topic.as_deref(), Some("fraud"));
        assert_eq!(filter.language, None);
        let errors =
            Filter::parse(Some("cats"), Some("xx"), Some("kids"), Some("poem"), names).unwrap_err();
        for name in names {
            assert!(errors.has(name), "{name}");
        }
        let content = checklist().content(false).unwrap();
        assert!(filter.matches(
            &Content {
                format: Format::Guide,
                ..content.clone()
            },
            "org"
        ));
        assert!(!filter.matches(&content, "org"), "a checklist is no guide");
    }

    #[test]
    fn the_bytes_decide_whether_it_is_a_pdf() {
        assert_eq!(read_pdf(b""), Err(PdfProblem::Empty));
        assert_eq!(
            read_pdf(b"Hello, this is a Word file named leaflet.pdf"),
            Err(PdfProblem::NotPdf)
        );
        assert_eq!(
            read_pdf(b"%PDF-1.7\nnothing else"),
            Err(PdfProblem::Unreadable)
        );
    }

    /// A one-page PDF with `text`, and `catalog_extra` in its catalogue.
    fn pdf(text: &str, catalog_extra: &str) -> Vec<u8> {
        let content = format!("BT /F1 24 Tf 100 600 Td ({text}) Tj ET");
        let objects = [
            format!("<< /Type /Catalog /Pages 2 0 R {catalog_extra} >>"),
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>".to_owned(),
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R \
             /Resources << /Font << /F1 5 0 R >> >> >>"
                .to_owned(),
            format!(
                "<< /Length {} >>\nstream\n{content}\nendstream",
                content.len()
            ),
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>".to_owned(),
        ];
        let mut bytes = b"%PDF-1.7\n".to_vec();
        let mut offsets = Vec::new();
        for (n, object) in (1..).zip(&objects) {
            offsets.push(bytes.len());
            bytes.extend_from_slice(format!("{n} 0 obj\n{object}\nendobj\n").as_bytes());
        }
        let xref = bytes.len();
        bytes.extend_from_slice(b"xref\n0 6\n0000000000 65535 f \n");
        for offset in offsets {
            bytes.extend_from_slice(format!("{offset:010} 00000 n \n").as_bytes());
        }
        bytes.extend_from_slice(
            format!("trailer\n<< /Size 6 /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n").as_bytes(),
        );
        bytes
    }

    #[test]
    fn an_untagged_pdf_without_a_language_is_told_so() {
        let facts = read_pdf(&pdf("Ring til banken", "")).unwrap();
        assert!(!facts.tagged);
        assert_eq!(facts.lang, "");
        assert!(facts.text.contains("Ring til banken"), "{facts:?}");
        let access = Accessibility::of(&facts);
        assert!(access.text && !access.tagged && !access.lang_set && !access.passes());
    }

    #[test]
    fn a_tagged_pdf_with_its_language_passes() {
        let facts = read_pdf(&pdf(
            "Ring til banken",
            "/MarkInfo << /Marked true >> /Lang (da-DK)",
        ))
        .unwrap();
        assert!(facts.tagged);
        assert_eq!(facts.lang, "da-DK");
        assert!(Accessibility::of(&facts).passes());
        let tree = read_pdf(&pdf("x", "/StructTreeRoot << /Type /StructTreeRoot >>")).unwrap();
        assert!(tree.tagged);
    }

    #[test]
    fn a_pdf_without_text_is_told_so() {
        let facts = read_pdf(&pdf("", "/Lang (da)")).unwrap();
        assert!(!Accessibility::of(&facts).text);
    }

    #[test]
    fn the_shipped_materials_read_as_drafts_that_pass() {
        for text in super::super::demo::SHIPPED.iter().map(|s| s.2) {
            let form = shipped(text, "da").unwrap();
            let content = form.content(false).unwrap();
            assert!(!content.body.is_empty());
            assert!(content.topics.iter().all(|t| TOPICS.contains(&t.as_str())));
        }
    }
}
