//! The administrator's pages for help places: create, edit, remove, and import or export
//! them all as CSV or JSON.

use askama::Template;
use axum::extract::{Multipart, Path, State};
use axum::http::{header, StatusCode};
use axum::response::{Html, IntoResponse, Redirect, Response};
use axum_extra::extract::Form;
use serde::Deserialize;

use super::model::{Kind, PlaceDraft, Topic};
use super::{ImportError, RowProblem, MAX_IMPORT_ROWS};
use crate::auth::{RequireUser, Role};
use crate::forms::FormErrors;
use crate::state::AppState;
use crate::web::{format_date, render, spreadsheet, AppError, Page};

/// A place in the administrator's list.
pub(crate) struct PlaceLine {
    pub id: String,
    pub name: String,
    pub kind: String,
    pub postcode: String,
    pub updated: String,
}

#[derive(Template)]
#[template(path = "help/staff_list.html")]
struct ListPage {
    page: Page,
    places: Vec<PlaceLine>,
    imported: Option<usize>,
}

pub(crate) async fn list(
    State(state): State<AppState>,
    page: Page,
    user: RequireUser,
) -> Result<Html<String>, AppError> {
    user.with_role(Role::Administrator)?;
    list_page(&state, page, None).await
}

async fn list_page(
    state: &AppState,
    page: Page,
    imported: Option<usize>,
) -> Result<Html<String>, AppError> {
    let loaded = state.catalogue.load(&state.db).await?;
    let places = loaded
        .places
        .all()
        .iter()
        .map(|p| PlaceLine {
            id: p.id.clone(),
            name: p.name.clone(),
            kind: page.t(&p.kind.label_key()),
            postcode: p.postcode.clone().unwrap_or_default(),
            updated: format_date(page.lang, p.updated_at),
        })
        .collect();
    render(&ListPage {
        page,
        places,
        imported,
    })
}

/// The form as the browser sends it: topics as ticked boxes, step-free as a box.
#[derive(Debug, Deserialize)]
pub(crate) struct PlaceForm {
    #[serde(default)]
    kind: String,
    #[serde(default)]
    name: String,
    #[serde(default)]
    description: String,
    #[serde(default)]
    audience: String,
    #[serde(default)]
    street: String,
    #[serde(default)]
    postcode: String,
    #[serde(default)]
    city: String,
    #[serde(default)]
    latitude: String,
    #[serde(default)]
    longitude: String,
    #[serde(default)]
    phone: String,
    #[serde(default)]
    languages: String,
    step_free: Option<String>,
    #[serde(default)]
    topic: Vec<String>,
    #[serde(default)]
    hours: String,
}

impl PlaceForm {
    fn into_draft(self) -> PlaceDraft {
        PlaceDraft {
            id: String::new(),
            kind: self.kind,
            name: self.name,
            description: self.description,
            audience: self.audience,
            street: self.street,
            postcode: self.postcode,
            city: self.city,
            latitude: self.latitude,
            longitude: self.longitude,
            phone: self.phone,
            languages: self.languages,
            step_free: if self.step_free.is_some() {
                "ja"
            } else {
                "nej"
            }
            .into(),
            topics: self.topic.join(","),
            hours: self.hours,
        }
    }
}

#[derive(Template)]
#[template(path = "help/staff_form.html")]
struct FormPage {
    page: Page,
    /// `None` for a new place.
    id: Option<String>,
    form: PlaceDraft,
    errors: FormErrors,
    kinds: [Kind; 6],
    topics: [Topic; 12],
}

impl FormPage {
    fn action(&self) -> String {
        match &self.id {
            Some(id) => format!("/admin/hjaelpesteder/{id}"),
            None => "/admin/hjaelpesteder/ny".into(),
        }
    }
}

fn form_page(page: Page, id: Option<String>, form: PlaceDraft, errors: FormErrors) -> FormPage {
    FormPage {
        page,
        id,
        form,
        errors,
        kinds: Kind::ALL,
        topics: Topic::ALL,
    }
}

pub(crate) async fn new_page(page: Page, user: RequireUser) -> Result<Html<String>, AppError> {
    user.with_role(Role::Administrator)?;
    let form = PlaceDraft {
        languages: "da".into(),
        ..PlaceDraft::default()
    };
    render(&form_page(page, None, form, FormErrors::default()))
}

pub(crate) async fn edit_page(
    State(state): State<AppState>,
    page: Page,
    user: RequireUser,
    Path(id): Path<String>,
) -> Result<Html<String>, AppError> {
    user.with_role(Role::Administrator)?;
    let loaded = state.catalogue.load(&state.db).await?;
    let place = loaded.get(&id).ok_or(AppError::NotFound)?;
    render(&form_page(
        page,
        Some(id),
        place.draft(),
        FormErrors::default(),
    ))
}

pub(crate) async fn create(
    state: State<AppState>,
    page: Page,
    user: RequireUser,
    Form(form): Form<PlaceForm>,
) -> Result<Response, AppError> {
    save(state, page, user, None, form).await
}

pub(crate) async fn update(
    State(state): State<AppState>,
    page: Page,
    user: RequireUser,
    Path(id): Path<String>,
    Form(form): Form<PlaceForm>,
) -> Result<Response, AppError> {
    if state.catalogue.load(&state.db).await?.get(&id).is_none() {
        return Err(AppError::NotFound);
    }
    save(State(state), page, user, Some(id), form).await
}

async fn save(
    State(state): State<AppState>,
    page: Page,
    user: RequireUser,
    id: Option<String>,
    form: PlaceForm,
) -> Result<Response, AppError> {
    let admin = user.with_role(Role::Administrator)?;
    let draft = form.into_draft();
    match draft.check(&state.settings.postcodes) {
        Ok(checked) => {
            let place = state
                .catalogue
                .save(
                    &state.db,
                    id.as_deref(),
                    checked,
                    &admin.id,
                    state.clock.now_ms(),
                )
                .await?;
            Ok(Redirect::to(&format!("/hjaelp/steder/{}", place.id)).into_response())
        }
        Err(errors) => {
            let html = render(&form_page(page, id, draft, errors))?;
            Ok((StatusCode::UNPROCESSABLE_ENTITY, html).into_response())
        }
    }
}

pub(crate) async fn remove(
    State(state): State<AppState>,
    user: RequireUser,
    Path(id): Path<String>,
) -> Result<Redirect, AppError> {
    user.with_role(Role::Administrator)?;
    if !state.catalogue.remove(&state.db, &id).await? {
        return Err(AppError::NotFound);
    }
    Ok(Redirect::to("/admin/hjaelpesteder"))
}

/// Every place as CSV, in the columns the import reads, so an export can be edited in a
/// spreadsheet and imported again.
pub(crate) async fn export_csv(
    State(state): State<AppState>,
    user: RequireUser,
) -> Result<Response, AppError> {
    user.with_role(Role::Administrator)?;
    let loaded = state.catalogue.load(&state.db).await?;
    let bytes = write_rows(loaded.places.all().iter().map(|place| place.draft()))
        .map_err(|e| AppError::internal("writing the CSV", e))?;
    Ok(download(
        bytes,
        "text/csv; charset=utf-8",
        "hjaelpesteder.csv",
    ))
}

pub(crate) async fn export_json(
    State(state): State<AppState>,
    user: RequireUser,
) -> Result<Response, AppError> {
    user.with_role(Role::Administrator)?;
    let loaded = state.catalogue.load(&state.db).await?;
    let drafts: Vec<PlaceDraft> = loaded.places.all().iter().map(|p| p.draft()).collect();
    let bytes = serde_json::to_vec_pretty(&drafts)
        .map_err(|e| AppError::internal("writing the JSON", e))?;
    Ok(download(bytes, "application/json", "hjaelpesteder.json"))
}

fn download(bytes: Vec<u8>, content_type: &'static str, filename: &str) -> Response {
    (
        [
            (header::CONTENT_TYPE, content_type.to_owned()),
            (
                header::CONTENT_DISPOSITION,
                format!("attachment; filename=\"{filename}\""),
            ),
        ],
        bytes,
    )
        .into_response()
}

#[derive(Template)]
#[template(path = "help/staff_import.html")]
struct ImportPage {
    page: Page,
    errors: FormErrors,
    problems: Vec<RowProblem>,
}

impl ImportPage {
    fn new(page: Page, errors: FormErrors, problems: Vec<RowProblem>) -> Self {
        Self {
            page,
            errors,
            problems,
        }
    }

    /// The columns an import reads: the header line of an export.
    fn columns(&self) -> String {
        let mut writer = csv::Writer::from_writer(Vec::new());
        let _ = writer.serialize(PlaceDraft::default());
        let bytes = writer.into_inner().unwrap_or_default();
        String::from_utf8_lossy(&bytes)
            .lines()
            .next()
            .unwrap_or_default()
            .to_owned()
    }
}

pub(crate) async fn import_page(page: Page, user: RequireUser) -> Result<Html<String>, AppError> {
    user.with_role(Role::Administrator)?;
    render(&ImportPage::new(page, FormErrors::default(), Vec::new()))
}

/// Places as the CSV file an import reads back ([`read_rows`]), no cell a formula.
pub fn write_rows(drafts: impl IntoIterator<Item = PlaceDraft>) -> Result<Vec<u8>, csv::Error> {
    let mut writer = csv::Writer::from_writer(Vec::new());
    for draft in drafts {
        writer.serialize(draft)?;
    }
    let bytes = writer
        .into_inner()
        .map_err(|error| csv::Error::from(error.into_error()))?;
    spreadsheet::neutralise(&bytes)
}

/// The rows of an uploaded file: JSON when it starts with `[`, otherwise CSV with commas
/// or, as a Danish spreadsheet saves it, semicolons. The number is what the reader sees
/// on the first row.
pub fn read_rows(bytes: &[u8]) -> Result<(Vec<PlaceDraft>, usize), &'static str> {
    let text = std::str::from_utf8(bytes).map_err(|_| "help-import-not-utf8")?;
    let text = text.trim_start_matches('\u{feff}');
    if text.trim_start().starts_with('[') {
        let rows = serde_json::from_str(text).map_err(|_| "help-import-bad-json")?;
        return Ok((rows, 1));
    }
    let header = text.lines().next().unwrap_or_default();
    let delimiter = if header.contains(';') && !header.contains(',') {
        b';'
    } else {
        b','
    };
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .from_reader(text.as_bytes());
    let headers = reader.headers().map_err(|_| "help-import-bad-csv")?.clone();
    // An export of ours put an apostrophe before a cell a spreadsheet would take for a
    // formula; it comes off here, so the place is as it was.
    let rows = reader
        .records()
        .map(|record| {
            let record: csv::StringRecord = record?.iter().map(spreadsheet::restore_cell).collect();
            record.deserialize::<PlaceDraft>(Some(&headers))
        })
        .collect::<Result<Vec<PlaceDraft>, _>>()
        .map_err(|_| "help-import-bad-csv")?;
    Ok((rows, 2))
}

pub(crate) async fn import(
    State(state): State<AppState>,
    page: Page,
    user: RequireUser,
    mut multipart: Multipart,
) -> Result<Response, AppError> {
    let admin = user.with_role(Role::Administrator)?;
    let mut bytes = None;
    while let Ok(Some(field)) = multipart.next_field().await {
        if field.name() == Some("file") {
            bytes = field.bytes().await.ok();
        }
    }
    let mut errors = FormErrors::default();
    let mut problems = Vec::new();
    match bytes.filter(|b| !b.is_empty()).as_deref().map(read_rows) {
        None => errors.add("file", "help-import-no-file"),
        Some(Err(message)) => errors.add("file", message),
        Some(Ok((rows, _))) if rows.len() > MAX_IMPORT_ROWS => {
            errors.add("file", "help-import-too-many");
        }
        Some(Ok((rows, first_row))) => {
            let imported = state
                .catalogue
                .import(
                    &state.db,
                    &state.settings.postcodes,
                    rows,
                    first_row,
                    &admin.id,
                    state.clock.now_ms(),
                )
                .await;
            match imported {
                Ok(count) => {
                    return Ok(list_page(&state, page, Some(count)).await?.into_response())
                }
                Err(ImportError::Rows(found)) => {
                    errors.add("file", "help-import-rows");
                    problems = found;
                }
                Err(ImportError::Database(e)) => return Err(e.into()),
            }
        }
    }
    let html = render(&ImportPage::new(page, errors, problems))?;
    Ok((StatusCode::UNPROCESSABLE_ENTITY, html).into_response())
}
