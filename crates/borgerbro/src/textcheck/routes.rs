//! The "Tjek din tekst" page (no login) and `POST /api/v1/klarsprog`.

use askama::Template;
use axum::extract::rejection::JsonRejection;
use axum::http::StatusCode;
use axum::response::{Html, IntoResponse, Response};
use axum::{Form, Json};
use klarsprog::{analyse, Format, Report};
use serde::Deserialize;
use utoipa::ToSchema;

use super::model::{annotate, Note, Segment};
use crate::forms::FormErrors;
use crate::i18n::Lang;
use crate::web::{decimal, render, AppError, Page};

/// The most the API checks at once, in characters as its document states it (512 KiB of
/// UTF-8 at most, whatever the letters). Letters are far shorter; the limit keeps one
/// request from holding the server.
pub(crate) const MAX_TEXT_CHARS: usize = 128 * 1024;
/// The most the page checks at once: well inside the 1 MiB a form may send, even when
/// every character is æ, ø or å (six bytes each once URL-encoded).
const MAX_PAGE_CHARS: usize = 100_000;

/// The formats as the page offers them, with the Fluent key of each name.
const FORMATS: [(&str, &str); 3] = [
    ("text", "check-format-text"),
    ("markdown", "check-format-markdown"),
    ("html", "check-format-html"),
];

/// What the page shows of a report.
struct CheckResult {
    report: Report,
    segments: Vec<Segment>,
    notes: Vec<Note>,
}

#[derive(Template)]
#[template(path = "textcheck/check.html")]
struct CheckPage {
    page: Page,
    errors: FormErrors,
    text: String,
    format: String,
    formats: [(&'static str, &'static str); 3],
    result: Option<CheckResult>,
}

impl CheckPage {
    fn is_format(&self, value: &str) -> bool {
        self.format == value
    }

    /// LIX with one decimal and a Danish decimal comma.
    fn lix(&self) -> String {
        self.result
            .as_ref()
            .map(|r| decimal(Lang::Da, r.report.lix))
            .unwrap_or_default()
    }
}

pub(crate) async fn page(page: Page) -> Result<Html<String>, AppError> {
    render(&CheckPage {
        page,
        errors: FormErrors::default(),
        text: String::new(),
        format: "text".into(),
        formats: FORMATS,
        result: None,
    })
}

#[derive(Deserialize)]
pub(crate) struct CheckForm {
    #[serde(default)]
    text: String,
    #[serde(default)]
    format: String,
}

pub(crate) async fn check(page: Page, Form(form): Form<CheckForm>) -> Result<Response, AppError> {
    let mut errors = FormErrors::default();
    let format = form.format.parse::<Format>();
    if form.text.trim().is_empty() {
        errors.add("text", "check-text-missing");
    } else if form.text.chars().count() > MAX_PAGE_CHARS {
        errors.add("text", "check-text-too-long");
    }
    if format.is_err() {
        errors.add("format", "check-format-unknown");
    }
    let result = match (&format, errors.is_empty()) {
        (Ok(format), true) => {
            let report = analyse(&form.text, *format);
            let (segments, notes) = annotate(&form.text, &report.findings);
            Some(CheckResult {
                report,
                segments,
                notes,
            })
        }
        _ => None,
    };
    let status = if errors.is_empty() {
        StatusCode::OK
    } else {
        StatusCode::UNPROCESSABLE_ENTITY
    };
    let html = render(&CheckPage {
        page,
        errors,
        text: form.text,
        format: form.format,
        formats: FORMATS,
        result,
    })?;
    Ok((status, html).into_response())
}

/// A text to check.
#[derive(Deserialize, ToSchema)]
pub(crate) struct TextCheckRequest {
    #[schema(schema_with = text_schema)]
    text: String,
    /// How the text is written; plain text when left out.
    #[serde(default = "plain")]
    format: Format,
}

fn text_schema() -> utoipa::openapi::Object {
    let mut schema =
        crate::web::openapi::text_to_read(MAX_TEXT_CHARS, crate::web::openapi::Blank::Allowed);
    schema.description = Some("The text, at most 131,072 characters.".into());
    schema
}

fn plain() -> Format {
    Format::Text
}

#[utoipa::path(
    post,
    path = "/api/v1/klarsprog",
    tag = "klarsprog",
    request_body = TextCheckRequest,
    responses(
        (status = 200, description = "LIX, its band, counts, findings with their places, and advice in plain Danish", body = Report),
        (status = 400, description = "Not JSON of the documented shape", content_type = "application/problem+json"),
        (status = 413, description = "The text is longer than 131,072 characters", content_type = "application/problem+json")
    )
)]
pub(crate) async fn api(
    request: Result<Json<TextCheckRequest>, JsonRejection>,
) -> Result<Json<Report>, AppError> {
    let Json(request) = request.map_err(|rejection| match rejection {
        JsonRejection::BytesRejection(_) => AppError::TooLarge("check-api-too-large"),
        _ => AppError::BadRequest("check-api-bad-json"),
    })?;
    if request.text.chars().count() > MAX_TEXT_CHARS {
        return Err(AppError::TooLarge("check-api-too-large"));
    }
    Ok(Json(analyse(&request.text, request.format)))
}
