//! The hearing report for anyone: `/hoeringer/{id}/rapport.json` and `rapport.pdf`, every
//! answer shown after moderation with the project's response. It holds what the public
//! page shows and no more: never an e-mail address, never an answer still held. The PDF
//! is set with `typeset` on the letters' A4 page and joins the decision basis.

use axum::extract::{Path, State};
use axum::response::Response;
use axum::Json;
use serde::Serialize;
use typeset::{Layout, Run, BODY_SIZE};

use crate::i18n::{format_date, long_date, Lang};
use crate::post::paper::PAGE;
use crate::state::AppState;
use crate::web::{pdf_response, AppError, Page};

#[derive(Serialize)]
pub(crate) struct Report {
    id: String,
    project: String,
    summary: String,
    /// The last day to answer.
    deadline: String,
    closed: bool,
    answers: Vec<ReportAnswer>,
}

#[derive(Serialize)]
pub(crate) struct ReportAnswer {
    id: String,
    name: Option<String>,
    organisation: Option<String>,
    text: String,
    /// RFC 3339, UTC.
    received_at: String,
    /// What moderation edited out, when it did.
    moderation_note: Option<String>,
    /// `followed` or `not_followed`, when the project has responded.
    response: Option<&'static str>,
    /// How, or why not.
    response_text: Option<String>,
}

/// `/hoeringer/{id}/rapport.json`.
pub(crate) async fn json(
    State(state): State<AppState>,
    Path(id): Path<String>,
) -> Result<Json<Report>, AppError> {
    Ok(Json(report(&state, &id).await?.0))
}

/// `/hoeringer/{id}/rapport.pdf`: the same report on paper, in the reader's language.
pub(crate) async fn pdf(
    State(state): State<AppState>,
    page: Page,
    Path(id): Path<String>,
) -> Result<Response, AppError> {
    let (report, times) = report(&state, &id).await?;
    let pdf = render(&report, &times, page.lang);
    Ok(pdf_response("hoeringsrapport.pdf", pdf))
}

/// The report, and each answer's time and the deadline as the PDF writes them.
struct Times {
    deadline: jiff::civil::Date,
    received: Vec<i64>,
}

fn render(report: &Report, times: &Times, lang: Lang) -> Vec<u8> {
    let mut layout = Layout::new(PAGE);
    let (left, right) = (PAGE.left, PAGE.right);
    let title = lang.t("hearings-report-title");
    layout.paragraph(left, right, 16.0, &[Run::bold(&title)]);
    layout.paragraph(left, right, 13.0, &[Run::bold(&report.project)]);
    let deadline = lang.t_args(
        match report.closed {
            true => "hearings-report-closed",
            false => "hearings-report-open",
        },
        &[("date", long_date(lang, times.deadline))],
    );
    layout.paragraph(left, right, BODY_SIZE, &[Run::regular(&deadline)]);
    layout.space(typeset::mm(3.0));
    layout.paragraph(left, right, BODY_SIZE, &[Run::regular(&report.summary)]);
    layout.space(typeset::mm(4.0));
    let count = lang.t_count("hearings-report-count", report.answers.len());
    layout.paragraph(left, right, 13.0, &[Run::bold(&count)]);
    for (answer, received) in report.answers.iter().zip(&times.received) {
        layout.space(typeset::mm(4.0));
        layout.room(typeset::line_height(BODY_SIZE) * 4.0);
        let who = match (&answer.organisation, &answer.name) {
            (Some(org), Some(name)) => format!("{org}, {name}"),
            (Some(one), None) | (None, Some(one)) => one.clone(),
            (None, None) => lang.t("hearings-anonymous"),
        };
        let head = format!("{who}, {}", format_date(lang, *received));
        layout.paragraph(left, right, BODY_SIZE, &[Run::bold(&head)]);
        layout.paragraph(left, right, BODY_SIZE, &[Run::regular(&answer.text)]);
        if let Some(note) = &answer.moderation_note {
            let edited = format!("{} {note}", lang.t("hearings-edited"));
            layout.paragraph(left, right, BODY_SIZE, &[Run::regular(&edited)]);
        }
        let reply = match (answer.response, &answer.response_text) {
            (Some(reply), text) => {
                let key = match reply {
                    "followed" => "hearings-reply-followed",
                    _ => "hearings-reply-not-followed",
                };
                format!("{} {}", lang.t(key), text.clone().unwrap_or_default())
            }
            (None, _) => lang.t("hearings-reply-waiting"),
        };
        layout.paragraph(left, right, BODY_SIZE, &[Run::bold(reply.trim_end())]);
    }
    typeset::write_pdf_in(&PAGE, layout.finish(), Some(lang.code()))
}

async fn report(state: &AppState, id: &str) -> Result<(Report, Times), AppError> {
    let hearing = super::hearing(&state.db, id)
        .await?
        .ok_or(AppError::NotFound)?;
    let shown: Vec<_> = super::answers(&state.db, id)
        .await?
        .into_iter()
        .filter(|a| a.approved)
        .collect();
    let times = Times {
        deadline: hearing.deadline,
        received: shown.iter().map(|a| a.received_at).collect(),
    };
    let answers = shown
        .into_iter()
        .map(|a| {
            let (response, response_text) = match a.response {
                Some((reply, text)) => (Some(reply.as_str()), Some(text)),
                None => (None, None),
            };
            ReportAnswer {
                received_at: jiff::Timestamp::from_millisecond(a.received_at)
                    .unwrap_or_default()
                    .to_string(),
                id: a.id,
                name: a.name,
                organisation: a.organisation,
                text: a.text,
                moderation_note: a.moderation_note,
                response,
                response_text,
            }
        })
        .collect();
    let report = Report {
        closed: !hearing.is_open(state.clock.now_ms()),
        deadline: hearing.deadline.to_string(),
        id: hearing.id,
        project: hearing.project_title,
        summary: hearing.summary,
        answers,
    };
    Ok((report, times))
}
