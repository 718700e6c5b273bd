//! The materials' pages: `/materialer` (the published ones, for anyone, with filters),
//! `/materialer/{id}` (one material), `/materialer.atom` (the feed); for members:
//! `/materialer/mine` (their organisation's), `/materialer/ny` and
//! `/materialer/{id}/rediger` (a draft, one multipart form with the PDF, CSRF token in the
//! address), `/materialer/til-gennemgang` and `/materialer/{id}/gennemgang` (review
//! another member's), and `/materialer/til-jeres-hjemmeside` (the snippet for their site).

use std::collections::HashMap;

use askama::Template;
use axum::extract::{Multipart, Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use axum_extra::extract::Form;
use serde::Deserialize;

use super::model::{
    self, Accessibility, Filter, Format, MaterialForm, PlainCheck, ReviewForm, Status,
    TARGET_GROUPS, TOPICS,
};
use super::{Material, Review, StoredFile, Submission};
use crate::auth::{RequireUser, User};
use crate::files::Files;
use crate::forms::{choices, Choice, FormErrors};
use crate::network::events;
use crate::network::members::model::LANGUAGES;
use crate::network::members::{self, Organisation};
use crate::network::web::Saved;
use crate::network::{app_error, NetworkError};
use crate::state::AppState;
use crate::web::{format_date, long_date, render, AppError, Page};

/// The largest upload of the draft form: the PDF and the text fields.
pub(crate) const MAX_FORM_BYTES: usize = model::MAX_PDF_BYTES + 1024 * 1024;

/// The direction a language is written in, for a passage in it.
pub(crate) fn dir_of(code: &str) -> &'static str {
    match code {
        "ar" | "fa" | "ur" => "rtl",
        _ => "ltr",
    }
}

/// The words for a material's codes, for every page that shows one.
pub(crate) struct Words<'a>(pub &'a Page);

impl Words<'_> {
    fn join(&self, prefix: &str, codes: &[String]) -> String {
        codes
            .iter()
            .map(|code| self.0.t(&format!("{prefix}{code}")))
            .collect::<Vec<_>>()
            .join(", ")
    }

    pub(crate) fn format(&self, format: &Format) -> String {
        self.0.t(&format.label_key())
    }

    pub(crate) fn topics(&self, codes: &[String]) -> String {
        self.join("material-topic-", codes)
    }

    pub(crate) fn targets(&self, codes: &[String]) -> String {
        self.join("material-target-", codes)
    }

    pub(crate) fn languages(&self, codes: &[String]) -> String {
        self.join("help-language-", codes)
    }

    pub(crate) fn topic(&self, code: &str) -> String {
        self.0.t(&format!("material-topic-{code}"))
    }

    pub(crate) fn target(&self, code: &str) -> String {
        self.0.t(&format!("material-target-{code}"))
    }

    pub(crate) fn language(&self, code: &str) -> String {
        self.0.t(&format!("help-language-{code}"))
    }

    pub(crate) fn status(&self, status: &Status) -> String {
        self.0.t(&status.label_key())
    }

    /// A filter's codes as choices in the reader's words, `chosen` selected: one list
    /// for the public list's filters and the snippet's alike.
    fn choices(
        &self,
        codes: &[&str],
        word: impl Fn(&str) -> String,
        chosen: &Option<String>,
    ) -> Vec<Choice> {
        let pairs = codes.iter().map(|c| ((*c).to_owned(), word(c))).collect();
        choices(pairs, chosen.as_deref().unwrap_or_default())
    }

    fn topic_choices(&self, chosen: &Option<String>) -> Vec<Choice> {
        self.choices(&TOPICS, |c| self.topic(c), chosen)
    }

    fn language_choices(&self, chosen: &Option<String>) -> Vec<Choice> {
        self.choices(&LANGUAGES, |c| self.language(c), chosen)
    }
}

/// A material as the lists and its page show it: with its organisation's and its
/// reviewer's names, and whether its review is due.
pub(crate) struct Item {
    pub m: Material,
    pub organisation: String,
    /// Its organisation has left the network.
    pub former: bool,
    pub reviewed_by: String,
    pub due: bool,
}

impl Item {
    pub(crate) fn lang(&self) -> &str {
        self.m.content.lang()
    }

    pub(crate) fn dir(&self) -> &'static str {
        dir_of(self.lang())
    }
}

pub(crate) fn items(
    materials: Vec<Material>,
    names: &HashMap<String, Organisation>,
    today: jiff::civil::Date,
) -> Vec<Item> {
    let name = |id: &str| {
        names
            .get(id)
            .map(|o| o.profile.name.clone())
            .unwrap_or_default()
    };
    materials
        .into_iter()
        .map(|m| Item {
            organisation: name(&m.organisation_id),
            former: names
                .get(&m.organisation_id)
                .is_some_and(|o| o.status == members::model::Status::Left),
            reviewed_by: m.reviewed_by.as_deref().map(name).unwrap_or_default(),
            due: m.due(today),
            m,
        })
        .collect()
}

async fn items_of(state: &AppState, materials: Vec<Material>) -> Result<Vec<Item>, AppError> {
    let names = members::names(&state.db).await?;
    Ok(items(materials, &names, state.clock.today()))
}

/// klarsprog's reading of one text, as the checks show it.
pub(crate) struct TextCheck {
    label_key: &'static str,
    /// Scored (Danish); else the check says it reads Danish only.
    danish: bool,
    lix: i64,
    band: &'static str,
    findings: Vec<String>,
}

/// What the checks say about a material: each text, and its PDF.
pub(crate) struct Checks {
    texts: Vec<TextCheck>,
    pdf: Option<Accessibility>,
    pdf_lang: String,
}

impl Checks {
    pub(crate) fn of(m: &Material) -> Checks {
        let lang = m.content.lang();
        let mut texts = Vec::new();
        let mut add = |label_key, text: &str, format| {
            if text.trim().is_empty() {
                return;
            }
            let check = model::plain_check(text, format, lang);
            texts.push(match check {
                PlainCheck::Danish {
                    lix,
                    band,
                    findings,
                } => TextCheck {
                    label_key,
                    danish: true,
                    lix,
                    band: band.label_da(),
                    findings,
                },
                PlainCheck::NotDanish => TextCheck {
                    label_key,
                    danish: false,
                    lix: 0,
                    band: "",
                    findings: Vec::new(),
                },
            });
        };
        add(
            "material-field-title",
            &m.content.title,
            klarsprog::Format::Text,
        );
        add(
            "material-field-summary",
            &m.content.summary,
            klarsprog::Format::Text,
        );
        add(
            "material-field-body",
            &m.content.body,
            klarsprog::Format::Markdown,
        );
        if let Some(file) = &m.file {
            add(
                "material-check-pdf-text",
                &file.facts.text,
                klarsprog::Format::Text,
            );
        }
        Checks {
            texts,
            pdf: m.file.as_ref().map(|f| Accessibility::of(&f.facts)),
            pdf_lang: m
                .file
                .as_ref()
                .map(|f| f.facts.lang.clone())
                .unwrap_or_default(),
        }
    }
}

fn date(page: &Page, ms: Option<i64>) -> String {
    ms.map(|ms| format_date(page.lang, ms)).unwrap_or_default()
}

fn day(page: &Page, day: Option<jiff::civil::Date>) -> String {
    day.map(|d| long_date(page.lang, d)).unwrap_or_default()
}

/// The filters of the public list, as its form sends them (Danish names, as the help
/// places' search).
#[derive(Debug, Default, Deserialize)]
pub(crate) struct ListQuery {
    emne: Option<String>,
    sprog: Option<String>,
    maalgruppe: Option<String>,
    format: Option<String>,
}

#[derive(Template)]
#[template(path = "network/materials_list.html")]
struct ListPage {
    page: Page,
    items: Vec<Item>,
    member: bool,
    errors: FormErrors,
    topics: Vec<Choice>,
    targets: Vec<Choice>,
    languages: Vec<Choice>,
    formats: Vec<Choice>,
}

impl ListPage {
    fn words(&self) -> Words<'_> {
        Words(&self.page)
    }

    fn reviewed(&self, item: &Item) -> String {
        self.page.t2(
            "material-reviewed-by",
            "organisation",
            &item.reviewed_by,
            "date",
            &date(&self.page, item.m.reviewed_at),
        )
    }
}

/// `/materialer`: the published materials, filtered by topic, language, target group
/// and format. An unknown value in the address is said (422), not silently ignored.
pub(crate) async fn list(
    State(state): State<AppState>,
    page: Page,
    Query(query): Query<ListQuery>,
) -> Result<Response, AppError> {
    let (filter, errors) = match Filter::parse(
        query.emne.as_deref(),
        query.sprog.as_deref(),
        query.maalgruppe.as_deref(),
        query.format.as_deref(),
        ["emne", "sprog", "maalgruppe", "format"],
    ) {
        Ok(filter) => (filter, FormErrors::default()),
        Err(errors) => (Filter::default(), errors),
    };
    let status = match errors.is_empty() {
        true => StatusCode::OK,
        false => StatusCode::UNPROCESSABLE_ENTITY,
    };
    let items = items_of(&state, super::published(&state.db, &filter).await?).await?;
    let member = match &page.user {
        Some(user) => members::acting_for(&state.db, user).await?.is_some(),
        None => false,
    };
    let words = Words(&page);
    let topics = words.topic_choices(&query.emne);
    let targets = words.choices(&TARGET_GROUPS, |c| words.target(c), &query.maalgruppe);
    let languages = words.language_choices(&query.sprog);
    let formats = Format::ALL
        .iter()
        .map(|f| (f.as_str().to_owned(), words.format(f)))
        .collect();
    let formats = choices(formats, query.format.as_deref().unwrap_or_default());
    let html = render(&ListPage {
        page,
        items,
        member,
        errors,
        topics,
        targets,
        languages,
        formats,
    })?;
    Ok((status, html).into_response())
}

#[derive(Template)]
#[template(path = "network/materials_one.html")]
struct OnePage {
    page: Page,
    item: Item,
    body_html: String,
    /// The published material it was copied from: its id and title.
    source: Option<(String, String)>,
    /// The reader's organisation, when a member.
    own: Option<Organisation>,
    /// The checks, for its own organisation and for reviewers.
    checks: Option<Checks>,
    /// The newest review that sent it back, for its own organisation.
    changes: Option<(String, Review)>,
    saved: Option<String>,
}

impl OnePage {
    fn words(&self) -> Words<'_> {
        Words(&self.page)
    }

    fn owned(&self) -> bool {
        self.own
            .as_ref()
            .is_some_and(|o| o.id == self.item.m.organisation_id)
    }

    /// Another member, who may review it now.
    fn may_review(&self) -> bool {
        self.own.as_ref().is_some_and(|o| {
            model::may_review(
                self.item.m.status,
                self.item.due,
                &self.item.m.organisation_id,
                self.item.former,
                &o.id,
            )
            .is_ok()
        })
    }

    fn published(&self) -> bool {
        self.item.m.status == Status::Published
    }

    /// The words of the button that opens its link ("Se videoen").
    fn open_key(&self) -> String {
        format!("material-open-{}", self.item.m.content.format.as_str())
    }

    fn reviewed_on(&self) -> String {
        date(&self.page, self.item.m.reviewed_at)
    }

    fn due_on(&self) -> String {
        day(&self.page, self.item.m.review_due)
    }

    fn changes_on(&self, review: &Review) -> String {
        format_date(self.page.lang, review.reviewed_at)
    }
}

/// The newest review, with its organisation's name, when it sent the material back.
async fn changes_asked(
    state: &AppState,
    material: &Material,
) -> Result<Option<(String, Review)>, AppError> {
    if material.status != Status::Draft {
        return Ok(None);
    }
    let newest = super::reviews(&state.db, &material.id)
        .await?
        .into_iter()
        .next();
    let Some(review) = newest.filter(|r| !r.verdict.approved()) else {
        return Ok(None);
    };
    let names = members::names(&state.db).await?;
    let name = names
        .get(&review.organisation_id)
        .map(|o| o.profile.name.clone())
        .unwrap_or_default();
    Ok(Some((name, review)))
}

/// `/materialer/{id}`: a material; its checks for its own organisation and reviewers.
pub(crate) async fn one(
    State(state): State<AppState>,
    page: Page,
    Path(id): Path<String>,
    Query(saved): Query<Saved>,
) -> Result<Response, AppError> {
    let material = super::visible(&state.db, page.user.as_ref(), &id)
        .await
        .map_err(app_error)?;
    let own = match &page.user {
        Some(user) => members::acting_for(&state.db, user).await?,
        None => None,
    };
    let source = match &material.source_id {
        Some(source) => super::published_one(&state.db, source)
            .await?
            .map(|s| (s.id, s.content.title)),
        None => None,
    };
    let changes = match own
        .as_ref()
        .is_some_and(|o| o.id == material.organisation_id)
    {
        true => changes_asked(&state, &material).await?,
        false => None,
    };
    let checks = own.is_some().then(|| Checks::of(&material));
    let body_html = crate::web::markdown::safe_html(&material.content.body);
    let item = items_of(&state, vec![material])
        .await?
        .pop()
        .ok_or(AppError::NotFound)?;
    let html = render(&OnePage {
        page,
        item,
        body_html,
        source,
        own,
        checks,
        changes,
        saved: saved.known(&[
            "created",
            "changed",
            "submitted",
            "copied",
            "approved",
            "changes",
        ]),
    })?;
    Ok(html.into_response())
}

/// `/materialer/{id}/fil`: a material's PDF, for whoever may see the material.
pub(crate) async fn file(
    State(state): State<AppState>,
    page: Page,
    Path(id): Path<String>,
) -> Result<Response, AppError> {
    let material = super::visible(&state.db, page.user.as_ref(), &id)
        .await
        .map_err(app_error)?;
    let file = material.file.ok_or(AppError::NotFound)?;
    let bytes = state.files.get(&file.hash).await?;
    Ok(crate::web::pdf_response(&file.name, bytes))
}

#[derive(Template)]
#[template(path = "network/materials_own.html")]
struct OwnPage {
    page: Page,
    organisation: Organisation,
    items: Vec<Item>,
    saved: Option<String>,
}

impl OwnPage {
    fn words(&self) -> Words<'_> {
        Words(&self.page)
    }

    /// Drafts, in review, published: each with its heading's key.
    fn sections(&self) -> Vec<(&'static str, Vec<&Item>)> {
        [
            ("material-own-draft", Status::Draft),
            ("material-own-in-review", Status::InReview),
            ("material-own-published", Status::Published),
        ]
        .into_iter()
        .map(|(key, status)| {
            let listed = self.items.iter().filter(|i| i.m.status == status).collect();
            (key, listed)
        })
        .collect()
    }

    fn due(&self) -> Vec<&Item> {
        self.items.iter().filter(|i| i.due).collect()
    }

    fn changed_on(&self, item: &Item) -> String {
        format_date(self.page.lang, item.m.updated_at)
    }

    fn due_on(&self, item: &Item) -> String {
        day(&self.page, item.m.review_due)
    }
}

/// `/materialer/mine`: the member's materials: drafts, in review, published, due.
pub(crate) async fn own(
    State(state): State<AppState>,
    page: Page,
    RequireUser(user): RequireUser,
    Query(saved): Query<Saved>,
) -> Result<Response, AppError> {
    let (organisation, materials) = super::own(&state.db, &user).await.map_err(app_error)?;
    let items = items_of(&state, materials).await?;
    Ok(render(&OwnPage {
        page,
        organisation,
        items,
        saved: saved.known(&["submitted"]),
    })?
    .into_response())
}

#[derive(Template)]
#[template(path = "network/materials_form.html")]
struct FormPage {
    page: Page,
    /// The draft changed; none for a new one.
    id: Option<String>,
    form: MaterialForm,
    errors: FormErrors,
    /// The PDF that goes with it: its hash and name.
    file: Option<(String, String)>,
    /// The checks of the draft as saved, and the newest review that sent it back.
    checks: Option<Checks>,
    changes: Option<(String, Review)>,
    saved: Option<String>,
    topics: [&'static str; 9],
    targets: [&'static str; 7],
    languages: [&'static str; 14],
    formats: [Format; 5],
}

impl FormPage {
    fn words(&self) -> Words<'_> {
        Words(&self.page)
    }

    fn action(&self) -> String {
        match &self.id {
            Some(id) => format!("/materialer/{id}/rediger"),
            None => "/materialer/ny".to_owned(),
        }
    }

    fn ticked(&self, list: &[String], code: &str) -> bool {
        list.iter().any(|c| c == code)
    }

    fn changes_on(&self, review: &Review) -> String {
        format_date(self.page.lang, review.reviewed_at)
    }
}

struct Shown {
    id: Option<String>,
    form: MaterialForm,
    errors: FormErrors,
    file: Option<StoredFile>,
    checks: Option<Checks>,
    changes: Option<(String, Review)>,
    saved: Option<String>,
}

fn form_page(page: Page, shown: Shown, status: StatusCode) -> Result<Response, AppError> {
    let html = render(&FormPage {
        page,
        id: shown.id,
        form: shown.form,
        errors: shown.errors,
        file: shown.file.map(|f| (f.hash, f.name)),
        checks: shown.checks,
        changes: shown.changes,
        saved: shown.saved,
        topics: TOPICS,
        targets: TARGET_GROUPS,
        languages: LANGUAGES,
        formats: Format::ALL,
    })?;
    Ok((status, html).into_response())
}

/// `/materialer/ny`: a new draft.
pub(crate) async fn new_form(
    State(state): State<AppState>,
    page: Page,
    RequireUser(user): RequireUser,
) -> Result<Response, AppError> {
    let organisation = members::member_of(&state.db, &user)
        .await
        .map_err(app_error)?;
    let shown = Shown {
        id: None,
        form: MaterialForm {
            languages: organisation
                .profile
                .languages
                .iter()
                .take(1)
                .cloned()
                .collect(),
            ..MaterialForm::default()
        },
        errors: FormErrors::default(),
        file: None,
        checks: None,
        changes: None,
        saved: None,
    };
    form_page(page, shown, StatusCode::OK)
}

/// A PDF read from the file store again (one uploaded earlier in this form, or the
/// draft's), with what the checks find in it; none when it is gone or unreadable.
async fn kept_file(files: &Files, value: &str) -> Option<StoredFile> {
    let (hash, name) = value.split_once(':')?;
    let bytes = files.get(hash).await.ok()?;
    let facts = model::read_pdf(&bytes).ok()?;
    Some(StoredFile {
        hash: hash.to_owned(),
        name: crate::post::model::attachment_filename(name),
        facts,
    })
}

/// The draft form as sent: the fields, the PDF (uploaded now, else kept from before
/// unless removed) and what was wrong with an upload. A broken or oversized upload is an
/// error on the file field and ends the reading there; the text fields come first in
/// the form, so they are kept.
async fn read_form(
    mut multipart: Multipart,
    files: &Files,
) -> Result<(MaterialForm, Option<StoredFile>, FormErrors), AppError> {
    let mut form = MaterialForm::default();
    let mut errors = FormErrors::default();
    let mut uploaded = None;
    let mut kept = String::new();
    let mut remove = false;
    loop {
        let field = match multipart.next_field().await {
            Ok(Some(field)) => field,
            Ok(None) => break,
            Err(_) => {
                errors.add("file", "material-error-pdf-too-large");
                break;
            }
        };
        let name = field.name().unwrap_or_default().to_owned();
        if name == "file" {
            let filename = field.file_name().unwrap_or_default().to_owned();
            let Ok(bytes) = field.bytes().await else {
                errors.add("file", "material-error-pdf-too-large");
                break;
            };
            // A file input left empty still sends a part, without name or bytes.
            if filename.is_empty() && bytes.is_empty() {
                continue;
            }
            match model::read_pdf(&bytes) {
                Ok(facts) => {
                    uploaded = Some(StoredFile {
                        hash: files.put(&bytes).await?,
                        name: crate::post::model::attachment_filename(&filename),
                        facts,
                    });
                }
                Err(problem) => errors.add("file", problem.message_key()),
            }
            continue;
        }
        let Ok(value) = field.text().await else {
            return Err(AppError::BadRequest("material-error-upload-broken"));
        };
        match name.as_str() {
            "title" => form.title = value,
            "summary" => form.summary = value,
            "format" => form.format = value,
            "body" => form.body = value,
            "link" => form.link = value,
            "target_groups" => form.target_groups.push(value),
            "languages" => form.languages.push(value),
            "topics" => form.topics.push(value),
            "kept_file" => kept = value,
            "remove_file" => remove = true,
            _ => {}
        }
    }
    let file = match (uploaded, remove) {
        (Some(file), _) => Some(file),
        (None, true) => None,
        (None, false) => kept_file(files, &kept).await,
    };
    Ok((form, file, errors))
}

/// A refused draft again with what was typed and what is wrong; any other refusal is
/// the error page.
fn refused(
    page: Page,
    id: Option<String>,
    form: MaterialForm,
    file: Option<StoredFile>,
    error: NetworkError,
) -> Result<Response, AppError> {
    match error {
        NetworkError::Invalid(errors) => {
            let shown = Shown {
                id,
                form,
                errors,
                file,
                checks: None,
                changes: None,
                saved: None,
            };
            form_page(page, shown, StatusCode::UNPROCESSABLE_ENTITY)
        }
        other => Err(app_error(other)),
    }
}

pub(crate) async fn create(
    State(state): State<AppState>,
    page: Page,
    RequireUser(user): RequireUser,
    multipart: Multipart,
) -> Result<Response, AppError> {
    members::member_of(&state.db, &user)
        .await
        .map_err(app_error)?;
    let (form, file, file_errors) = read_form(multipart, &state.files).await?;
    let submission = Submission {
        form: &form,
        file: file.clone(),
        file_errors,
    };
    match super::create(&state.db, &state.clock, &user, &submission).await {
        Ok(id) => {
            Ok(Redirect::to(&format!("/materialer/{id}/rediger?gemt=created")).into_response())
        }
        Err(error) => refused(page, None, form, file, error),
    }
}

/// The draft of the member's own organisation, or why not.
async fn own_draft(state: &AppState, user: &User, id: &str) -> Result<Material, AppError> {
    let organisation = members::member_of(&state.db, user)
        .await
        .map_err(app_error)?;
    let material = super::visible(&state.db, Some(user), id)
        .await
        .map_err(app_error)?;
    model::may_edit(material.status, &material.organisation_id, &organisation.id)
        .map_err(|why| app_error(super::refusal(why)))?;
    Ok(material)
}

/// `/materialer/{id}/rediger`: the member changes its draft, with the checks beside it.
pub(crate) async fn edit_form(
    State(state): State<AppState>,
    page: Page,
    RequireUser(user): RequireUser,
    Path(id): Path<String>,
    Query(saved): Query<Saved>,
) -> Result<Response, AppError> {
    let material = own_draft(&state, &user, &id).await?;
    let changes = changes_asked(&state, &material).await?;
    let shown = Shown {
        id: Some(id),
        form: MaterialForm::from(&material.content),
        errors: FormErrors::default(),
        checks: Some(Checks::of(&material)),
        file: material.file,
        changes,
        saved: saved.known(&["created", "changed", "copied"]),
    };
    form_page(page, shown, StatusCode::OK)
}

pub(crate) async fn update(
    State(state): State<AppState>,
    page: Page,
    RequireUser(user): RequireUser,
    Path(id): Path<String>,
    multipart: Multipart,
) -> Result<Response, AppError> {
    own_draft(&state, &user, &id).await?;
    let (form, file, file_errors) = read_form(multipart, &state.files).await?;
    let submission = Submission {
        form: &form,
        file: file.clone(),
        file_errors,
    };
    match super::edit(&state.db, &state.clock, &user, &id, &submission).await {
        Ok(()) => {
            Ok(Redirect::to(&format!("/materialer/{id}/rediger?gemt=changed")).into_response())
        }
        Err(error) => refused(page, Some(id), form, file, error),
    }
}

/// The member sends its draft to review.
pub(crate) async fn submit(
    State(state): State<AppState>,
    RequireUser(user): RequireUser,
    Path(id): Path<String>,
) -> Result<Redirect, AppError> {
    super::submit(&state.db, &state.clock, &user, &id)
        .await
        .map_err(app_error)?;
    Ok(Redirect::to("/materialer/mine?gemt=submitted"))
}

/// The member copies a published material to adapt it.
pub(crate) async fn copy(
    State(state): State<AppState>,
    RequireUser(user): RequireUser,
    Path(id): Path<String>,
) -> Result<Redirect, AppError> {
    let copy = super::copy(&state.db, &state.clock, &user, &id)
        .await
        .map_err(app_error)?;
    Ok(Redirect::to(&format!(
        "/materialer/{copy}/rediger?gemt=copied"
    )))
}

#[derive(Template)]
#[template(path = "network/materials_to_review.html")]
struct ToReviewPage {
    page: Page,
    items: Vec<(Item, Checks)>,
    saved: Option<String>,
}

impl ToReviewPage {
    fn words(&self) -> Words<'_> {
        Words(&self.page)
    }

    fn sent_on(&self, item: &Item) -> String {
        date(&self.page, item.m.submitted_at)
    }
}

/// `/materialer/til-gennemgang`: other members' materials that wait for a review.
pub(crate) async fn to_review(
    State(state): State<AppState>,
    page: Page,
    RequireUser(user): RequireUser,
    Query(saved): Query<Saved>,
) -> Result<Response, AppError> {
    let waiting = super::to_review(&state.db, &state.clock, &user)
        .await
        .map_err(app_error)?;
    let items = items_of(&state, waiting)
        .await?
        .into_iter()
        .map(|item| {
            let checks = Checks::of(&item.m);
            (item, checks)
        })
        .collect();
    Ok(render(&ToReviewPage {
        page,
        items,
        saved: saved.known(&["approved", "changes"]),
    })?
    .into_response())
}

#[derive(Template)]
#[template(path = "network/materials_review.html")]
struct ReviewPage {
    page: Page,
    item: Item,
    body_html: String,
    checks: Checks,
    again: bool,
    form: ReviewForm,
    errors: FormErrors,
}

impl ReviewPage {
    fn words(&self) -> Words<'_> {
        Words(&self.page)
    }

    fn due_on(&self) -> String {
        day(&self.page, self.item.m.review_due)
    }
}

async fn review_page(
    state: &AppState,
    page: Page,
    user: &User,
    id: &str,
    form: ReviewForm,
    errors: FormErrors,
) -> Result<Response, AppError> {
    members::member_of(&state.db, user)
        .await
        .map_err(app_error)?;
    let material = super::visible(&state.db, Some(user), id)
        .await
        .map_err(app_error)?;
    let kind = super::may_review(&state.db, &state.clock, user, &material)
        .await
        .map_err(app_error)?;
    let checks = Checks::of(&material);
    let body_html = crate::web::markdown::safe_html(&material.content.body);
    let item = items_of(state, vec![material])
        .await?
        .pop()
        .ok_or(AppError::NotFound)?;
    let status = match errors.is_empty() {
        true => StatusCode::OK,
        false => StatusCode::UNPROCESSABLE_ENTITY,
    };
    let html = render(&ReviewPage {
        page,
        item,
        body_html,
        checks,
        again: kind == model::ReviewKind::Again,
        form,
        errors,
    })?;
    Ok((status, html).into_response())
}

/// `/materialer/{id}/gennemgang`: another member reviews the material.
pub(crate) async fn review_form(
    State(state): State<AppState>,
    page: Page,
    RequireUser(user): RequireUser,
    Path(id): Path<String>,
) -> Result<Response, AppError> {
    review_page(
        &state,
        page,
        &user,
        &id,
        ReviewForm::default(),
        FormErrors::default(),
    )
    .await
}

pub(crate) async fn review(
    State(state): State<AppState>,
    page: Page,
    RequireUser(user): RequireUser,
    Path(id): Path<String>,
    Form(form): Form<ReviewForm>,
) -> Result<Response, AppError> {
    match super::review(&state.db, &state.clock, &user, &id, &form).await {
        Ok(Status::Published) => {
            Ok(Redirect::to("/materialer/til-gennemgang?gemt=approved").into_response())
        }
        Ok(_) => Ok(Redirect::to("/materialer/til-gennemgang?gemt=changes").into_response()),
        Err(NetworkError::Invalid(errors)) => {
            review_page(&state, page, &user, &id, form, errors).await
        }
        Err(other) => Err(app_error(other)),
    }
}

/// How far ahead the snippet lists courses and events.
const SNIPPET_EVENT_DAYS: i64 = 60;

/// The snippet's filters, as its form sends them.
#[derive(Debug, Default, Deserialize)]
pub(crate) struct SnippetQuery {
    emne: Option<String>,
    sprog: Option<String>,
    /// Only the member's own organisation's.
    egne: Option<String>,
}

/// The HTML a member pastes on its own site: plain links and text, no script, no frame,
/// no style or class that needs our CSS; the reader's language for its words, each
/// material's own for its title and summary.
#[derive(Template)]
#[template(path = "network/materials_snippet.html")]
struct Snippet<'a> {
    page: &'a Page,
    base: &'a str,
    items: &'a [Item],
    /// The coming courses and events under the same filters, so one snippet spreads both.
    events: &'a [crate::network::events::Event],
}

impl Snippet<'_> {
    fn when(&self, event: &crate::network::events::Event) -> String {
        crate::network::events::when_text(self.page.lang, event)
    }

    fn reviewed(&self, item: &Item) -> String {
        self.page.t2(
            "material-reviewed-by",
            "organisation",
            &item.reviewed_by,
            "date",
            &date(self.page, item.m.reviewed_at),
        )
    }
}

#[derive(Template)]
#[template(path = "network/materials_snippet_page.html")]
struct SnippetPage {
    page: Page,
    snippet: String,
    count: usize,
    chosen: SnippetQuery,
    errors: FormErrors,
    topics: Vec<Choice>,
    languages: Vec<Choice>,
}

/// `/materialer/til-jeres-hjemmeside`: the snippet of published materials for a
/// member's own site, in a readonly field to copy, and as it looks.
pub(crate) async fn snippet(
    State(state): State<AppState>,
    page: Page,
    RequireUser(user): RequireUser,
    Query(query): Query<SnippetQuery>,
) -> Result<Response, AppError> {
    let organisation = members::member_of(&state.db, &user)
        .await
        .map_err(app_error)?;
    let names = ["emne", "sprog", "maalgruppe", "format"];
    let (mut filter, errors) = match Filter::parse(
        query.emne.as_deref(),
        query.sprog.as_deref(),
        None,
        None,
        names,
    ) {
        Ok(filter) => (filter, FormErrors::default()),
        Err(errors) => (Filter::default(), errors),
    };
    if query.egne.is_some() {
        filter.organisation = Some(organisation.id);
    }
    let items = items_of(&state, super::published(&state.db, &filter).await?).await?;
    let now = state.clock.now_ms();
    let events: Vec<_> = events::between(&state.db, now, now + SNIPPET_EVENT_DAYS * 86_400_000)
        .await?
        .into_iter()
        .filter(|e| filter.organisation.is_none() || e.organisation_id == filter.organisation)
        .filter(|e| {
            filter
                .language
                .as_deref()
                .is_none_or(|l| e.details.language == l)
        })
        .collect();
    let base = state.settings.public_url.as_str().trim_end_matches('/');
    let snippet = Snippet {
        page: &page,
        base,
        items: &items,
        events: &events,
    }
    .render()
    .map_err(|e| AppError::internal("the snippet", e))?;
    let status = match errors.is_empty() {
        true => StatusCode::OK,
        false => StatusCode::UNPROCESSABLE_ENTITY,
    };
    let words = Words(&page);
    let topics = words.topic_choices(&query.emne);
    let languages = words.language_choices(&query.sprog);
    let html = render(&SnippetPage {
        page,
        snippet: snippet.trim().to_owned(),
        count: items.len(),
        chosen: query,
        errors,
        topics,
        languages,
    })?;
    Ok((status, html).into_response())
}

/// `/materialer.atom`: the published materials as an Atom feed, the newest review
/// first; each entry links to its page and is updated when it is reviewed again.
pub(crate) async fn feed(State(state): State<AppState>) -> Result<Response, AppError> {
    use crate::web::atom::{self, Category, Entry, Link};
    let published = super::published(&state.db, &Filter::default()).await?;
    let items = items_of(&state, published).await?;
    let base = state.settings.public_url.as_str().trim_end_matches('/');
    let entries: Vec<Entry> = items
        .iter()
        .map(|item| {
            let url = format!("{base}/materialer/{}", item.m.id);
            let mut links = vec![Link {
                hreflang: Some(item.lang().to_owned()),
                ..atom::link(url.clone())
            }];
            if !item.m.content.link.is_empty() {
                links.push(Link {
                    rel: "related".into(),
                    ..atom::link(item.m.content.link.clone())
                });
            }
            if item.m.file.is_some() {
                links.push(Link {
                    rel: "enclosure".into(),
                    mime_type: Some("application/pdf".into()),
                    ..atom::link(format!("{url}/fil"))
                });
            }
            Entry {
                id: url,
                title: atom::text(item.m.content.title.clone()),
                updated: atom::time(item.m.reviewed_at.unwrap_or(0)),
                published: item.m.published_at.map(atom::time),
                authors: vec![atom::author(&item.organisation)],
                categories: item
                    .m
                    .content
                    .topics
                    .iter()
                    .map(|t| Category {
                        term: t.clone(),
                        ..Category::default()
                    })
                    .collect(),
                links,
                summary: Some(atom::text(item.m.content.summary.clone())),
                ..Entry::default()
            }
        })
        .collect();
    let frame = atom::Frame {
        base,
        page: "/materialer",
        title: format!(
            "{}: materialer fra netværket for digital inklusion",
            state.authority.name
        ),
        authority: &state.authority.name,
        updated: items
            .iter()
            .filter_map(|i| i.m.reviewed_at)
            .max()
            .unwrap_or(0),
    };
    Ok(frame.answer(entries))
}
