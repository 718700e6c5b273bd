//! `/vurderinger`: the published assessments, open to anyone without login: the list, each
//! one's page (the version that was published, never a newer draft) and an Atom feed, so
//! citizens, journalists and other authorities can read and follow what was decided on.

use askama::Template;
use axum::extract::{Path, State};
use axum::response::{IntoResponse, Response};

use super::app_error;
use crate::assess::model::{self, Principle, Question, Right, Risk, MITIGATIONS, QUESTIONS};
use crate::assess::{self as assess, Assessed, ProjectRow};
use crate::state::AppState;
use crate::web::{decimal, format_date, render, AppError, Page};

#[derive(Template)]
#[template(path = "assess/published_list.html")]
struct ListPage {
    page: Page,
    assessments: Vec<(ProjectRow, Assessed)>,
}

impl ListPage {
    fn date(&self, project: &ProjectRow) -> String {
        project
            .published_at
            .map(|ms| format_date(self.page.lang, ms))
            .unwrap_or_default()
    }
}

pub(crate) async fn list(State(state): State<AppState>, page: Page) -> Result<Response, AppError> {
    let assessments = assess::published(&state.db).await.map_err(app_error)?;
    Ok(render(&ListPage { page, assessments })?.into_response())
}

/// One answered question as the page shows it.
struct Answered {
    question: String,
    answer: Option<String>,
    points: u32,
    reasoning: Option<String>,
}

#[derive(Template)]
#[template(path = "assess/published.html")]
struct OnePage {
    page: Page,
    project: ProjectRow,
    assessed: Assessed,
    /// The published business case in a sentence, when there is one.
    case_summary: Option<String>,
}

impl OnePage {
    fn date(&self, ms: &i64) -> String {
        format_date(self.page.lang, *ms)
    }

    fn number(&self, value: &f64) -> String {
        decimal(self.page.lang, *value)
    }

    fn points(&self, points: &u32) -> String {
        self.page.count("assess-points", *points as usize)
    }

    fn published_on(&self) -> Option<String> {
        let at = self.project.published_at?;
        Some(self.page.t1("assess-published-on", "date", &self.date(&at)))
    }

    fn groups(&self) -> String {
        self.project
            .groups_at_risk
            .iter()
            .map(|g| self.page.t(&g.label_key()))
            .collect::<Vec<_>>()
            .join(", ")
    }

    fn principles(&self) -> [Principle; 6] {
        Principle::ALL
    }

    fn answered(&self, questions: &[&Question]) -> Vec<Answered> {
        let document = &self.assessed.version.document;
        questions
            .iter()
            .map(|question| {
                let chosen = document
                    .answers
                    .get(question.code)
                    .and_then(|code| question.answer(code));
                Answered {
                    question: self.page.t(&question.label_key()),
                    answer: chosen.map(|a| self.page.t(&question.answer_key(&a))),
                    points: chosen.map_or(0, |a| a.points),
                    reasoning: document.reasoning.get(question.code).cloned(),
                }
            })
            .collect()
    }

    fn of_principle(&self, principle: &Principle) -> Vec<Answered> {
        let questions: Vec<&Question> = QUESTIONS
            .iter()
            .filter(|q| q.principle == Some(*principle))
            .collect();
        self.answered(&questions)
    }

    fn mitigations(&self) -> Vec<Answered> {
        self.answered(&MITIGATIONS.iter().collect::<Vec<_>>())
    }

    fn rights(&self) -> Vec<(String, Option<(String, String)>)> {
        Right::ALL
            .iter()
            .map(|right| {
                let label = self.page.t(&right.label_key());
                let answer = self.assessed.version.document.rights.get(right).map(|a| {
                    let effect = self.page.t(&a.effect.label_key());
                    (effect, a.reasoning.clone())
                });
                (label, answer)
            })
            .collect()
    }

    fn risk_before(&self, risk: &Risk) -> String {
        self.page.t2(
            "assess-risk-judged",
            "product",
            &(u16::from(risk.likelihood) * u16::from(risk.consequence)).to_string(),
            "band",
            &self.page.t(risk.band().label_key()),
        )
    }

    fn risk_after(&self, risk: &Risk) -> String {
        let product = u16::from(risk.residual_likelihood) * u16::from(risk.residual_consequence);
        self.page.t2(
            "assess-risk-judged",
            "product",
            &product.to_string(),
            "band",
            &self.page.t(risk.residual_band().label_key()),
        )
    }

    fn prior_consultation(&self) -> bool {
        model::prior_consultation_due(&self.assessed.version.document.risks)
    }
}

pub(crate) async fn one(
    State(state): State<AppState>,
    page: Page,
    Path(id): Path<String>,
) -> Result<Response, AppError> {
    let (project, assessed) = assess::published_one(&state.db, &id)
        .await
        .map_err(app_error)?;
    let case_summary = assess::business::published(&state.db, &id)
        .await?
        .and_then(|versions| versions.last().map(|v| v.outcome.clone()))
        .map(|outcome| {
            page.t2(
                "case-published-summary",
                "p50",
                &crate::web::kroner(page.lang, outcome.npv.p50),
                "loss",
                &crate::web::percent(page.lang, outcome.probability_negative),
            )
        });
    Ok(render(&OnePage {
        page,
        project,
        assessed,
        case_summary,
    })?
    .into_response())
}

/// The published assessments as an Atom feed, the newest first; each entry links to its
/// page, and is updated when a newer version is published.
pub(crate) async fn feed(State(state): State<AppState>) -> Result<Response, AppError> {
    use crate::web::atom::{self, Entry};
    let assessments = assess::published(&state.db).await.map_err(app_error)?;
    let base = state.settings.public_url.as_str().trim_end_matches('/');
    let entries: Vec<Entry> = assessments
        .iter()
        .map(|(project, assessed)| {
            let url = format!("{base}/vurderinger/{}", project.id);
            Entry {
                id: format!("{url}#version-{}", assessed.version.number),
                title: atom::text(format!(
                    "{} (niveau {})",
                    project.title,
                    assessed.score.level.as_str()
                )),
                updated: atom::time(project.published_at.unwrap_or(0)),
                links: vec![atom::link(url)],
                summary: Some(atom::text(project.purpose.clone())),
                ..Entry::default()
            }
        })
        .collect();
    let frame = atom::Frame {
        base,
        page: "/vurderinger",
        title: format!(
            "{}: offentliggjorte konsekvensvurderinger",
            state.authority.name
        ),
        authority: &state.authority.name,
        updated: assessments
            .iter()
            .filter_map(|(project, _)| project.published_at)
            .max()
            .unwrap_or(0),
    };
    Ok(frame.answer(entries))
}
