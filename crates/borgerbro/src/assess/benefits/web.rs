//! The benefits page (`/projekter/{id}/gevinster`): planned against realised as a chart
//! with its table, each benefit with its measurements, and the owner's forms to add a
//! benefit, record a measurement and write the analysis of a missed one. The summary is
//! also shown on the published case.

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use axum_extra::extract::Form;
use serde::Deserialize;

use super::model::{Measure, Plan, PlanForm, Status};
use super::{Benefit, MeasurementForm};
use crate::assess::web::{app_error, reader, Saved};
use crate::assess::{self as assess, AssessError, ProjectRow};
use crate::auth::{RequireUser, Role, User};
use crate::forms::FormErrors;
use crate::insight::Figure;
use crate::state::AppState;
use crate::web::chart::{self, Bar};
use crate::web::{decimal, kroner, percent, render, whole, AppError, Page};

/// A value in the benefit's own unit: a share in percent, a count whole, else a decimal.
fn value_text(page: &Page, plan: &Plan, value: f64) -> String {
    let lang = page.lang;
    if plan.measure.is_percent() {
        percent(lang, value / 100.0)
    } else if value.fract() == 0.0 && value >= 0.0 {
        whole(lang, value as u64)
    } else {
        decimal(lang, value)
    }
}

/// Planned against realised: a chart and the table with the same numbers.
pub(crate) struct Summary {
    pub chart: String,
    /// Per benefit: title, baseline, target by its day, newest counted measurement,
    /// progress, planned and realised kroner a year, status.
    pub rows: Vec<[String; 8]>,
    pub planned: String,
    pub realised: String,
    /// Each missed benefit's title and the analysis of why (empty while not written).
    pub analyses: Vec<(String, String)>,
}

impl Summary {
    pub(crate) fn of(page: &Page, benefits: &[Benefit]) -> Self {
        let lang = page.lang;
        let none = || page.t("benefit-none-yet");
        let rows = benefits
            .iter()
            .map(|b| {
                let plan = &b.row.plan;
                [
                    plan.title.clone(),
                    value_text(page, plan, plan.baseline),
                    page.t2(
                        "benefit-target-by",
                        "target",
                        &value_text(page, plan, plan.target),
                        "date",
                        &format_day(page, plan.due),
                    ),
                    b.newest_measurement().map_or_else(none, |m| {
                        m.value.map_or_else(
                            || page.t("insight-under-five"),
                            |v| value_text(page, plan, v),
                        )
                    }),
                    b.newest_measurement()
                        .and_then(|m| m.counts_as)
                        .map_or_else(none, |v| percent(lang, plan.progress(v))),
                    plan.yearly_value.map_or_else(none, |v| kroner(lang, v)),
                    b.realised.map_or_else(none, |v| kroner(lang, v)),
                    page.t(&status_key(b.status)),
                ]
            })
            .collect();
        let mut bars = Vec::new();
        for b in benefits {
            let Some(planned) = b.row.plan.yearly_value else {
                continue;
            };
            bars.push(Bar {
                label: page.t1("benefit-bar-planned", "title", &b.row.plan.title),
                typed: true,
                value: Some(planned),
                shown: kroner(lang, planned),
            });
            bars.push(Bar {
                label: page.t1("benefit-bar-realised", "title", &b.row.plan.title),
                typed: true,
                value: b.realised,
                shown: b
                    .realised
                    .map_or_else(|| page.t("benefit-not-measured"), |v| kroner(lang, v)),
            });
        }
        let (planned, realised) = super::totals(benefits);
        Summary {
            chart: chart::bars(&page.t("benefit-chart-description"), &bars),
            rows,
            planned: kroner(lang, planned),
            realised: kroner(lang, realised),
            analyses: benefits
                .iter()
                .filter(|b| matches!(b.status, Status::Missed | Status::Explained))
                .map(|b| (b.row.plan.title.clone(), b.row.analysis.clone()))
                .collect(),
        }
    }
}

fn format_day(page: &Page, day: jiff::civil::Date) -> String {
    crate::web::long_date(page.lang, day)
}

fn status_key(status: Status) -> String {
    format!("benefit-status-{}", status.as_str().replace('_', "-"))
}

/// One benefit as its section on the page shows it.
struct Shown {
    benefit: Benefit,
    /// Label and value of each detail, and whether a person typed the value (in
    /// whatever language they wrote it).
    details: Vec<(String, String, bool)>,
    /// Per measurement: when, value, note; and whether it is a running month.
    measurements: Vec<([String; 3], bool)>,
    may_record: bool,
    asks_analysis: bool,
}

fn shown(page: &Page, benefit: Benefit) -> Shown {
    let plan = &benefit.row.plan;
    let lang = page.lang;
    let told = |label: &str, value: String| (page.t(label), value, false);
    let typed = |label: &str, value: &str| (page.t(label), value.to_owned(), true);
    let mut details = match plan.measure {
        Measure::Manual => vec![
            told("benefit-field-measure", page.t("benefit-measure-manual")),
            typed("benefit-field-unit", &plan.unit),
        ],
        Measure::Live(figure) => vec![told(
            "benefit-field-measure",
            page.t1(
                "benefit-measured-live",
                "figure",
                &page.t(&figure.label_key()),
            ),
        )],
    };
    details.extend([
        told(
            "benefit-field-baseline",
            value_text(page, plan, plan.baseline),
        ),
        told("benefit-field-target", value_text(page, plan, plan.target)),
        told("benefit-field-starts", format_day(page, plan.starts)),
        told("benefit-field-due", format_day(page, plan.due)),
        typed("benefit-field-how", &plan.how),
        typed("benefit-field-owner", &plan.owner),
    ]);
    if let Some(value) = plan.yearly_value {
        details.push(told("benefit-field-yearly-value", kroner(lang, value)));
    }
    let measurements = benefit
        .measurements
        .iter()
        .rev()
        .map(|m| {
            let when = match m.month {
                Some(month) => crate::i18n::month_year(lang, month.first_day()),
                None => format_day(page, m.on),
            };
            let value = m.value.map_or_else(
                || page.t("insight-under-five"),
                |v| value_text(page, plan, v),
            );
            ([when, value, m.note.clone()], m.provisional)
        })
        .collect();
    Shown {
        may_record: plan.measure == Measure::Manual,
        asks_analysis: matches!(benefit.status, Status::Missed | Status::Explained),
        details,
        measurements,
        benefit,
    }
}

#[derive(Template)]
#[template(path = "assess/benefits.html")]
struct BenefitsPage {
    page: Page,
    project: ProjectRow,
    may_write: bool,
    summary: Summary,
    benefits: Vec<Shown>,
    figures: [Figure; 10],
    /// The add form as typed, the measurement or analysis form that was refused with
    /// its benefit's id, and the errors (a benefit's form's as `b{id}-field`).
    typed: PlanForm,
    measured: Option<(String, MeasurementForm)>,
    analysis: Option<(String, String)>,
    errors: FormErrors,
    saved: Option<String>,
}

impl BenefitsPage {
    fn error(&self, field: &str) -> Option<String> {
        self.errors.get(field).map(|key| self.page.t(key))
    }

    fn error_items(&self) -> Vec<(String, String)> {
        self.errors
            .iter()
            .map(|e| {
                let name = e.field.rsplit('-').next().unwrap_or_default();
                let label = self
                    .page
                    .t(&format!("benefit-field-{}", name.replace('_', "-")));
                (
                    e.field.to_string(),
                    format!("{label}: {}", self.page.t(e.message)),
                )
            })
            .collect()
    }

    fn figure_label(&self, figure: &Figure) -> String {
        self.page.t(&figure.label_key())
    }

    /// A benefit's measurement form as it was typed, when it was refused; else empty.
    fn measured_for(&self, benefit: &Shown) -> MeasurementForm {
        match &self.measured {
            Some((id, typed)) if *id == benefit.benefit.row.id => typed.clone(),
            _ => MeasurementForm::default(),
        }
    }

    /// A benefit's analysis as typed, when it was refused; else as saved.
    fn analysis_for<'a>(&'a self, benefit: &'a Shown) -> &'a str {
        match &self.analysis {
            Some((id, typed)) if *id == benefit.benefit.row.id => typed,
            _ => &benefit.benefit.row.analysis,
        }
    }

    fn status(&self, status: &Status) -> String {
        self.page.t(&status_key(*status))
    }
}

#[derive(Default)]
struct Typed {
    plan: PlanForm,
    measured: Option<(String, MeasurementForm)>,
    analysis: Option<(String, String)>,
    errors: FormErrors,
    saved: Option<String>,
}

async fn benefits_page(
    state: &AppState,
    page: Page,
    user: &User,
    id: &str,
    typed: Typed,
    status: StatusCode,
) -> Result<Response, AppError> {
    let project = assess::project(&state.db, user, id)
        .await
        .map_err(app_error)?;
    let benefits = super::of_project(&state.db, &state.clock, user, id)
        .await
        .map_err(app_error)?;
    let summary = Summary::of(&page, &benefits);
    let benefits = benefits.into_iter().map(|b| shown(&page, b)).collect();
    let html = render(&BenefitsPage {
        may_write: user.has(Role::ProjectOwner),
        project,
        summary,
        benefits,
        figures: Figure::ALL,
        typed: typed.plan,
        measured: typed.measured,
        analysis: typed.analysis,
        errors: typed.errors,
        saved: typed.saved,
        page,
    })?;
    Ok((status, html).into_response())
}

pub(crate) async fn page(
    State(state): State<AppState>,
    page: Page,
    user: RequireUser,
    Path(id): Path<String>,
    Query(saved): Query<Saved>,
) -> Result<Response, AppError> {
    let user = reader(user)?;
    let saved = saved.known(&["benefit", "measurement", "analysis"]);
    let typed = Typed {
        saved,
        ..Typed::default()
    };
    benefits_page(&state, page, &user, &id, typed, StatusCode::OK).await
}

/// Where a saved form goes back to: the page, with what was saved said at its top.
fn saved(id: &str, what: &str, anchor: &str) -> Response {
    Redirect::to(&format!("/projekter/{id}/gevinster?gemt={what}#{anchor}")).into_response()
}

/// A benefit's form's errors under the ids its fields have on the page.
fn of_benefit(benefit_id: &str, errors: FormErrors) -> FormErrors {
    let mut renamed = FormErrors::default();
    for e in errors.iter() {
        renamed.add_at(format!("b{benefit_id}-{}", e.field), e.message);
    }
    renamed
}

/// After a form: back to the page saying what was saved (at `b{anchor}`), or the page
/// again with what was typed and what is wrong.
async fn answered(
    state: &AppState,
    page: Page,
    user: &User,
    id: &str,
    outcome: Result<String, AssessError>,
    what: &str,
    refused: impl FnOnce(FormErrors) -> Typed,
) -> Result<Response, AppError> {
    match outcome {
        Ok(benefit) => Ok(saved(id, what, &format!("b{benefit}"))),
        Err(AssessError::Invalid(errors)) => {
            let typed = refused(errors);
            benefits_page(
                state,
                page,
                user,
                id,
                typed,
                StatusCode::UNPROCESSABLE_ENTITY,
            )
            .await
        }
        Err(other) => Err(app_error(other)),
    }
}

pub(crate) async fn add(
    State(state): State<AppState>,
    page: Page,
    user: RequireUser,
    Path(id): Path<String>,
    Form(form): Form<PlanForm>,
) -> Result<Response, AppError> {
    let user = reader(user)?;
    let outcome = super::add(&state.db, &state.clock, &user, &id, &form, page.lang).await;
    answered(&state, page, &user, &id, outcome, "benefit", |errors| {
        Typed {
            plan: form,
            errors,
            ..Typed::default()
        }
    })
    .await
}

pub(crate) async fn record(
    State(state): State<AppState>,
    page: Page,
    user: RequireUser,
    Path((id, benefit)): Path<(String, String)>,
    Form(form): Form<MeasurementForm>,
) -> Result<Response, AppError> {
    let user = reader(user)?;
    let outcome = super::record(
        &state.db,
        &state.clock,
        &user,
        (&id, &benefit),
        &form,
        page.lang,
    )
    .await
    .map(|()| benefit.clone());
    answered(&state, page, &user, &id, outcome, "measurement", |errors| {
        Typed {
            errors: of_benefit(&benefit, errors),
            measured: Some((benefit.clone(), form)),
            ..Typed::default()
        }
    })
    .await
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub(crate) struct AnalysisForm {
    analysis: String,
}

pub(crate) async fn explain(
    State(state): State<AppState>,
    page: Page,
    user: RequireUser,
    Path((id, benefit)): Path<(String, String)>,
    Form(form): Form<AnalysisForm>,
) -> Result<Response, AppError> {
    let user = reader(user)?;
    let outcome = super::explain(
        &state.db,
        &state.clock,
        &user,
        &id,
        &benefit,
        &form.analysis,
    )
    .await
    .map(|()| benefit.clone());
    answered(&state, page, &user, &id, outcome, "analysis", |errors| {
        Typed {
            errors: of_benefit(&benefit, errors),
            analysis: Some((benefit.clone(), form.analysis)),
            ..Typed::default()
        }
    })
    .await
}
