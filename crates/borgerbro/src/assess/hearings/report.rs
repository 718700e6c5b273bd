//! The hearing report for anyone: `/hoeringer/{id}/rapport.json` and `rapport.pdf`, every
//! answer shown after moderation with the project's response. It holds what the public
//! page shows and no more: never an e-mail address, never an answer still held. The PDF
//! is set with `typeset` on the letters' A4 page and joins the decision basis.

use axum::extract::{Path, State};
use axum::response::Response;
use axum::Json;
use serde::Serialize;
use typeset::{Layout, Run, BODY_SIZE};

use crate::db::Db;
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
    let now = state.clock.now_ms();
    let report = of(&state.db, now, &id).await?.ok_or(AppError::NotFound)?;
    Ok(Json(report.report))
}

/// `/hoeringer/{id}/rapport.pdf`: the same report on paper, in the reader's language.
pub(crate) async fn pdf(
    State(state): State<AppState>,
    page: Page,
    Path(id): Path<String>,
) -> Result<Response, AppError> {
    let now = state.clock.now_ms();
    let report = of(&state.db, now, &id).await?.ok_or(AppError::NotFound)?;
    let mut layout = Layout::new(PAGE);
    report.set(&mut layout, page.lang);
    let pdf = typeset::write_pdf_in(&PAGE, layout.finish(), Some(page.lang.code()));
    Ok(pdf_response("hoeringsrapport.pdf", pdf))
}

/// A hearing's report with what its PDF also needs: the deadline and each answer's time
/// as dates to write in the reader's language.
pub(crate) struct HearingReport {
    report: Report,
    deadline: jiff::civil::Date,
    received: Vec<i64>,
}

impl HearingReport {
    /// How many answers the report holds: those shown after moderation.
    pub(crate) fn answers(&self) -> usize {
        self.report.answers.len()
    }

    /// Sets the report on `layout`, from its top: the PDF of its own, and a part of the
    /// project's decision basis.
    pub(crate) fn set(&self, layout: &mut Layout, lang: Lang) {
        let (report, times) = (&self.report, self);
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
    }
}

/// The hearing's report as it stands at `now_ms`; none for an unknown hearing.
pub(crate) async fn of(
    db: &Db,
    now_ms: i64,
    id: &str,
) -> Result<Option<HearingReport>, sqlx::Error> {
    let Some(hearing) = super::hearing(db, id).await? else {
        return Ok(None);
    };
    let shown: Vec<_> = super::answers(db, id)
        .await?
        .into_iter()
        .filter(|a| a.approved)
        .collect();
    let received = shown.iter().map(|a| a.received_at).collect();
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
    let deadline = hearing.deadline;
    let report = Report {
        closed: !hearing.is_open(now_ms),
        deadline: hearing.deadline.to_string(),
        id: hearing.id,
        project: hearing.project_title,
        summary: hearing.summary,
        answers,
    };
    Ok(Some(HearingReport {
        report,
        deadline,
        received,
    }))
}
