//! The administrator's pages for the record of processing: the record with klarsprog's
//! reading beside each text, one kind to edit, and the record exported and imported as
//! JSON.

use askama::Template;
use axum::extract::{Multipart, Path, State};
use axum::http::{header, StatusCode};
use axum::response::{Html, IntoResponse, Redirect, Response};
use axum_extra::extract::Form;
use serde::Deserialize;

use super::model::{self, Category, Draft, Entry, EntryProblem, PlainCheck};
use crate::audit::Actor;
use crate::auth::{RequireUser, Role};
use crate::forms::FormErrors;
use crate::state::AppState;
use crate::web::{render, AppError, Page};

/// The largest file an import takes: the whole record is a few kilobytes.
pub(crate) const MAX_IMPORT_BYTES: usize = 256 * 1024;

/// One text of an entry with klarsprog's reading of it.
pub(crate) struct TextView {
    /// The field's name: `what`, `purpose`, ...
    pub field: &'static str,
    pub text: String,
    pub check: PlainCheck,
}

impl TextView {
    fn label_key(&self) -> String {
        format!("record-field-{}", self.field.replace('_', "-"))
    }
}

fn text_views(texts: [(&'static str, &str); 6]) -> Vec<TextView> {
    texts
        .into_iter()
        .filter(|(_, text)| !text.trim().is_empty())
        .map(|(field, text)| TextView {
            field,
            text: text.to_owned(),
            check: model::plain_check(text),
        })
        .collect()
}

/// One kind of data in the administrator's list: its entry, or none yet.
pub(crate) struct KindView {
    pub category: Category,
    pub entry: Option<EntryView>,
}

pub(crate) struct EntryView {
    pub texts: Vec<TextView>,
    pub retention_days: Option<u32>,
    pub statistics: bool,
    pub machine_learning: bool,
}

impl EntryView {
    fn days(&self) -> Option<usize> {
        self.retention_days.map(|d| d as usize)
    }
}

fn entry_view(entry: &Entry) -> EntryView {
    EntryView {
        texts: text_views(entry.texts()),
        retention_days: entry.retention_days,
        statistics: entry.statistics,
        machine_learning: entry.machine_learning,
    }
}

#[derive(Template)]
#[template(path = "mydata/record_list.html")]
struct ListPage {
    page: Page,
    kinds: Vec<KindView>,
    /// How many entries an import just stored.
    imported: Option<usize>,
}

fn admin(user: RequireUser) -> Result<crate::auth::User, AppError> {
    user.with_role(Role::Administrator)
}

async fn list_page(
    state: &AppState,
    page: Page,
    imported: Option<usize>,
) -> Result<Html<String>, AppError> {
    let entries = super::entries(&state.db).await?;
    let kinds = Category::ALL
        .into_iter()
        .map(|category| KindView {
            category,
            entry: entries
                .iter()
                .find(|e| e.category == category)
                .map(entry_view),
        })
        .collect();
    render(&ListPage {
        page,
        kinds,
        imported,
    })
}

/// "Behandlinger": every kind of data with its entry and klarsprog's reading of each
/// text.
pub(crate) async fn list(
    State(state): State<AppState>,
    page: Page,
    user: RequireUser,
) -> Result<Html<String>, AppError> {
    admin(user)?;
    list_page(&state, page, None).await
}

#[derive(Template)]
#[template(path = "mydata/record_edit.html")]
struct EditPage {
    page: Page,
    category: Category,
    form: Draft,
    /// klarsprog's reading of each text in the form, by field.
    checks: Vec<TextView>,
    errors: FormErrors,
}

impl EditPage {
    fn new(page: Page, category: Category, form: Draft, errors: FormErrors) -> Self {
        let checks = text_views([
            ("what", &form.what),
            ("purpose", &form.purpose),
            ("legal_basis", &form.legal_basis),
            ("source", &form.source),
            ("recipients", &form.recipients),
            ("retention", &form.retention),
        ]);
        Self {
            page,
            category,
            form,
            checks,
            errors,
        }
    }

    fn text_of(&self, field: &str) -> &str {
        match field {
            "what" => &self.form.what,
            "purpose" => &self.form.purpose,
            "legal_basis" => &self.form.legal_basis,
            "source" => &self.form.source,
            "recipients" => &self.form.recipients,
            "retention" => &self.form.retention,
            _ => "",
        }
    }

    fn check_of(&self, field: &str) -> Option<&PlainCheck> {
        self.checks
            .iter()
            .find(|c| c.field == field)
            .map(|c| &c.check)
    }

    fn fields(&self) -> [&'static str; 6] {
        model::TEXT_FIELDS
    }

    fn key(&self, field: &str, suffix: &str) -> String {
        format!("record-field-{}{suffix}", field.replace('_', "-"))
    }
}

fn category_of(text: &str) -> Result<Category, AppError> {
    Category::parse(text).ok_or(AppError::NotFound)
}

/// One kind's entry to write or change.
pub(crate) async fn edit(
    State(state): State<AppState>,
    page: Page,
    user: RequireUser,
    Path(category): Path<String>,
) -> Result<Html<String>, AppError> {
    admin(user)?;
    let category = category_of(&category)?;
    let form = match super::entry(&state.db, category).await? {
        Some(entry) => Draft::from(&entry),
        None => Draft {
            category: category.as_str().into(),
            ..Draft::default()
        },
    };
    render(&EditPage::new(page, category, form, FormErrors::default()))
}

/// The edit form as the browser sends it: the two yes-or-no as ticked boxes.
#[derive(Debug, Deserialize)]
pub(crate) struct EntryForm {
    #[serde(default)]
    what: String,
    #[serde(default)]
    purpose: String,
    #[serde(default)]
    legal_basis: String,
    #[serde(default)]
    source: String,
    #[serde(default)]
    recipients: String,
    #[serde(default)]
    retention: String,
    #[serde(default)]
    retention_days: String,
    statistics: Option<String>,
    machine_learning: Option<String>,
}

pub(crate) async fn update(
    State(state): State<AppState>,
    page: Page,
    user: RequireUser,
    Path(category): Path<String>,
    Form(form): Form<EntryForm>,
) -> Result<Response, AppError> {
    let admin = admin(user)?;
    let category = category_of(&category)?;
    let draft = Draft {
        category: category.as_str().into(),
        what: form.what,
        purpose: form.purpose,
        legal_basis: form.legal_basis,
        source: form.source,
        recipients: form.recipients,
        retention: form.retention,
        retention_days: form.retention_days,
        statistics: form.statistics.is_some(),
        machine_learning: form.machine_learning.is_some(),
    };
    match draft.check() {
        Ok(entry) => {
            super::save(&state.db, &state.clock, &entry, Actor::Person(admin.id)).await?;
            Ok(Redirect::to(&format!("/admin/behandlinger#{}", category.as_str())).into_response())
        }
        Err(errors) => {
            let html = render(&EditPage::new(page, category, draft, errors))?;
            Ok((StatusCode::UNPROCESSABLE_ENTITY, html).into_response())
        }
    }
}

/// The record as the JSON file an import reads back.
pub(crate) async fn export(
    State(state): State<AppState>,
    user: RequireUser,
) -> Result<Response, AppError> {
    admin(user)?;
    let entries = super::entries(&state.db).await?;
    let bytes = serde_json::to_vec_pretty(&model::write_file(&entries))
        .map_err(|e| AppError::internal("writing the JSON", e))?;
    Ok((
        [
            (header::CONTENT_TYPE, "application/json".to_owned()),
            (
                header::CONTENT_DISPOSITION,
                "attachment; filename=\"behandlinger.json\"".to_owned(),
            ),
        ],
        bytes,
    )
        .into_response())
}

#[derive(Template)]
#[template(path = "mydata/record_import.html")]
struct ImportPage {
    page: Page,
    errors: FormErrors,
    problems: Vec<EntryProblem>,
}

pub(crate) async fn import_page(page: Page, user: RequireUser) -> Result<Html<String>, AppError> {
    admin(user)?;
    render(&ImportPage {
        page,
        errors: FormErrors::default(),
        problems: Vec::new(),
    })
}

/// An uploaded record: every entry stored, or nothing and each problem named.
pub(crate) async fn import(
    State(state): State<AppState>,
    page: Page,
    user: RequireUser,
    mut multipart: Multipart,
) -> Result<Response, AppError> {
    let admin = admin(user)?;
    let mut bytes = None;
    while let Ok(Some(field)) = multipart.next_field().await {
        if field.name() == Some("file") {
            bytes = field.bytes().await.ok();
        }
    }
    let mut errors = FormErrors::default();
    let mut problems = Vec::new();
    match bytes
        .filter(|b| !b.is_empty())
        .as_deref()
        .map(model::read_file)
    {
        None => errors.add("file", "record-import-no-file"),
        Some(Ok(entries)) => {
            super::import(&state.db, &state.clock, &entries, Actor::Person(admin.id)).await?;
            return Ok(list_page(&state, page, Some(entries.len()))
                .await?
                .into_response());
        }
        Some(Err(found)) => {
            match found.iter().find(|p| p.entry == 0) {
                Some(whole) => errors.add("file", whole.message),
                None => errors.add("file", "record-import-entries"),
            }
            problems = found.into_iter().filter(|p| p.entry > 0).collect();
        }
    }
    let html = render(&ImportPage {
        page,
        errors,
        problems,
    })?;
    Ok((StatusCode::UNPROCESSABLE_ENTITY, html).into_response())
}
