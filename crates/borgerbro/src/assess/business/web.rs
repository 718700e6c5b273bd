//! The business case's pages: the owner's form with the simulation beside it
//! (`/projekter/{id}/businesscase`), versions made with what changed and why, two
//! versions side by side (`.../versioner`), publishing, and the published case for anyone
//! (`/vurderinger/{id}/businesscase`). Each chart has a table with the same numbers.

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use axum_extra::extract::Form;
use serde::Deserialize;

use super::form::CaseForm;
use super::model::{CaseDocument, Category, Kind};
use super::{CaseVersion, Draft};
use crate::assess::benefits::web::Summary;
use crate::assess::web::{app_error, reader, Saved};
use crate::assess::{self as assess, AssessError, ProjectRow};
use crate::auth::{RequireUser, Role, User};
use crate::forms::FormErrors;
use crate::state::AppState;
use crate::web::chart::{self, Swing};
use crate::web::{format_date, kroner, percent, render, whole, AppError, Page};

/// A simulation as the pages show it: the readings, the tornado and its table.
pub(crate) struct Results {
    pub likely: String,
    pub p10: String,
    pub p50: String,
    pub p90: String,
    pub chance_of_loss: String,
    pub draws: String,
    pub seed: String,
    pub tornado: String,
    /// Per line, the widest swing first: title, at its low, at its high, the amount per
    /// year at which the net value turns negative.
    pub swings: Vec<[String; 4]>,
}

impl Results {
    pub(crate) fn of(page: &Page, outcome: &businesscase::Outcome) -> Self {
        let lang = page.lang;
        let swings: Vec<Swing> = outcome
            .sensitivity
            .iter()
            .map(|s| Swing {
                label: s.title.clone(),
                low: s.low_npv,
                high: s.high_npv,
                low_shown: kroner(lang, s.low_npv),
                high_shown: kroner(lang, s.high_npv),
            })
            .collect();
        Results {
            likely: kroner(lang, outcome.npv.likely),
            p10: kroner(lang, outcome.npv.p10),
            p50: kroner(lang, outcome.npv.p50),
            p90: kroner(lang, outcome.npv.p90),
            chance_of_loss: percent(lang, outcome.probability_negative),
            draws: whole(lang, u64::from(outcome.draws)),
            seed: outcome.seed.to_string(),
            tornado: chart::tornado(
                &page.t("case-tornado-description"),
                outcome.npv.likely,
                &swings,
            ),
            swings: outcome
                .sensitivity
                .iter()
                .map(|s| {
                    [
                        s.title.clone(),
                        kroner(lang, s.low_npv),
                        kroner(lang, s.high_npv),
                        s.switching_value
                            .map_or_else(|| page.t("case-no-switch"), |v| kroner(lang, v)),
                    ]
                })
                .collect(),
        }
    }
}

/// A case's lines as a read-only table: category, what, low, likely, high (kroner or
/// hours), years, optimism bias, assumption and source.
pub(crate) fn line_rows(page: &Page, document: &CaseDocument) -> Vec<[String; 9]> {
    let lang = page.lang;
    document
        .lines
        .iter()
        .map(|l| {
            let amount = |v: f64| match l.category.in_hours() {
                true => page.t1(
                    "case-hours",
                    "hours",
                    &whole(lang, v.round().max(0.0) as u64),
                ),
                false => kroner(lang, v),
            };
            let kind = match l.kind {
                Kind::Cost => page.t("case-kind-cost"),
                Kind::Benefit => page.t("case-kind-benefit"),
            };
            [
                format!("{} ({kind})", page.t(&l.category.label_key())),
                l.title.clone(),
                amount(l.low),
                amount(l.likely),
                amount(l.high),
                page.t2(
                    "case-years-range",
                    "from",
                    &(l.from_year + 1).to_string(),
                    "to",
                    &(l.to_year + 1).to_string(),
                ),
                percent(lang, l.optimism_bias),
                l.assumption.clone(),
                l.source.clone(),
            ]
        })
        .collect()
}

#[derive(Template)]
#[template(path = "assess/business_case.html")]
struct CasePage {
    page: Page,
    project: ProjectRow,
    may_write: bool,
    form: CaseForm,
    errors: FormErrors,
    notice: Option<&'static str>,
    saved: Option<String>,
    results: Option<Results>,
    versions: Vec<CaseVersion>,
    what_changed: String,
    categories: [Category; 11],
}

impl CasePage {
    fn date(&self, ms: &i64) -> String {
        format_date(self.page.lang, *ms)
    }

    fn p50(&self, version: &CaseVersion) -> String {
        kroner(self.page.lang, version.outcome.npv.p50)
    }

    fn error(&self, field: &str) -> Option<String> {
        self.errors.get(field).map(|key| self.page.t(key))
    }

    fn label(&self, field: &str) -> String {
        field_label(&self.page, field)
    }

    fn newest_published(&self) -> bool {
        self.versions
            .last()
            .is_some_and(|v| v.published_at.is_some())
    }
}

/// The words of a form field (`lines[2].low`) for the error summary: "Linje 3: Lav".
fn field_label(page: &Page, field: &str) -> String {
    for (list, key) in [
        ("lines", "case-line-number"),
        ("values", "case-value-number"),
        ("effects", "case-effect-number"),
    ] {
        if let Some(rest) = field.strip_prefix(list).and_then(|r| r.strip_prefix('[')) {
            if let Some((index, name)) = rest.split_once("].") {
                let number = index.parse::<usize>().map_or(0, |i| i + 1);
                return format!(
                    "{}: {}",
                    page.t1(key, "number", &number.to_string()),
                    page.t(&format!("case-field-{}", name.replace('_', "-")))
                );
            }
        }
    }
    page.t(&format!("case-field-{}", field.replace('_', "-")))
}

/// Everything the page shows besides the form.
struct Shown {
    project: ProjectRow,
    draft: Draft,
    versions: Vec<CaseVersion>,
}

async fn shown(state: &AppState, user: &User, id: &str) -> Result<Shown, AppError> {
    let project = assess::project(&state.db, user, id)
        .await
        .map_err(app_error)?;
    let draft = super::draft(&state.db, user, id).await.map_err(app_error)?;
    let versions = super::versions(&state.db, user, id)
        .await
        .map_err(app_error)?;
    Ok(Shown {
        project,
        draft,
        versions,
    })
}

struct Rendered<'a> {
    form: Option<CaseForm>,
    errors: FormErrors,
    notice: Option<&'static str>,
    saved: Option<String>,
    what_changed: &'a str,
}

fn case_page(
    page: Page,
    user: &User,
    shown: Shown,
    rendered: Rendered<'_>,
    status: StatusCode,
) -> Result<Response, AppError> {
    let results = match shown.draft.revision {
        0 => None,
        _ => super::simulate(&shown.draft)
            .ok()
            .map(|outcome| Results::of(&page, &outcome)),
    };
    let form = rendered
        .form
        .unwrap_or_else(|| CaseForm::of(&shown.draft, page.lang));
    let html = render(&CasePage {
        may_write: user.has(Role::ProjectOwner),
        project: shown.project,
        form,
        errors: rendered.errors,
        notice: rendered.notice,
        saved: rendered.saved,
        results,
        versions: shown.versions,
        what_changed: rendered.what_changed.to_owned(),
        categories: Category::ALL,
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
    let shown = shown(&state, &user, &id).await?;
    let saved = saved.known(&["case", "version", "published"]);
    let rendered = Rendered {
        form: None,
        errors: FormErrors::default(),
        notice: None,
        saved,
        what_changed: "",
    };
    case_page(page, &user, shown, rendered, StatusCode::OK)
}

pub(crate) async fn save(
    State(state): State<AppState>,
    page: Page,
    user: RequireUser,
    Path(id): Path<String>,
    Form(pairs): Form<Vec<(String, String)>>,
) -> Result<Response, AppError> {
    let user = reader(user)?;
    if !user.has(Role::ProjectOwner) {
        return Err(AppError::Forbidden);
    }
    let form = CaseForm::from_pairs(&pairs);
    let outcome = match form.draft(page.lang) {
        Ok(draft) => super::save_draft(&state.db, &state.clock, &user, &id, draft).await,
        Err(errors) => Err(AssessError::Invalid(errors)),
    };
    let (errors, notice, status) = match outcome {
        Ok(_) => {
            return Ok(
                Redirect::to(&format!("/projekter/{id}/businesscase?gemt=case#resultat"))
                    .into_response(),
            )
        }
        Err(AssessError::Invalid(errors)) => (errors, None, StatusCode::UNPROCESSABLE_ENTITY),
        Err(AssessError::Stale) => (
            FormErrors::default(),
            Some("case-stale"),
            StatusCode::CONFLICT,
        ),
        Err(other) => return Err(app_error(other)),
    };
    let shown = shown(&state, &user, &id).await?;
    let rendered = Rendered {
        form: Some(form),
        errors,
        notice,
        saved: None,
        what_changed: "",
    };
    case_page(page, &user, shown, rendered, status)
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub(crate) struct VersionForm {
    what_changed: String,
}

pub(crate) async fn make_version(
    State(state): State<AppState>,
    page: Page,
    user: RequireUser,
    Path(id): Path<String>,
    Form(form): Form<VersionForm>,
) -> Result<Response, AppError> {
    let user = reader(user)?;
    match super::make_version(&state.db, &state.clock, &user, &id, &form.what_changed).await {
        Ok(_) => Ok(Redirect::to(&format!(
            "/projekter/{id}/businesscase?gemt=version#versioner"
        ))
        .into_response()),
        Err(AssessError::Invalid(errors)) => {
            let shown = shown(&state, &user, &id).await?;
            let rendered = Rendered {
                form: None,
                errors,
                notice: None,
                saved: None,
                what_changed: &form.what_changed,
            };
            case_page(
                page,
                &user,
                shown,
                rendered,
                StatusCode::UNPROCESSABLE_ENTITY,
            )
        }
        Err(other) => Err(app_error(other)),
    }
}

pub(crate) async fn publish(
    State(state): State<AppState>,
    page: Page,
    user: RequireUser,
    Path(id): Path<String>,
) -> Result<Response, AppError> {
    let user = reader(user)?;
    match super::publish(&state.db, &state.clock, &user, &id).await {
        Ok(_) => Ok(Redirect::to(&format!(
            "/projekter/{id}/businesscase?gemt=published#versioner"
        ))
        .into_response()),
        Err(AssessError::Invalid(errors)) => {
            let shown = shown(&state, &user, &id).await?;
            let rendered = Rendered {
                form: None,
                errors,
                notice: None,
                saved: None,
                what_changed: "",
            };
            case_page(
                page,
                &user,
                shown,
                rendered,
                StatusCode::UNPROCESSABLE_ENTITY,
            )
        }
        Err(other) => Err(app_error(other)),
    }
}

/// Two versions side by side: each row a setting, a line's likely value (low to high) or
/// a reading of the simulation.
#[derive(Template)]
#[template(path = "assess/business_case_compare.html")]
struct ComparePage {
    page: Page,
    project: ProjectRow,
    numbers: Vec<i64>,
    a: Option<CaseVersion>,
    b: Option<CaseVersion>,
    rows: Vec<[String; 3]>,
    base: String,
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub(crate) struct Which {
    a: Option<i64>,
    b: Option<i64>,
}

fn compare_rows(page: &Page, a: &CaseVersion, b: &CaseVersion) -> Vec<[String; 3]> {
    let lang = page.lang;
    let mut rows = vec![
        [
            page.t("case-field-years"),
            a.document.years.to_string(),
            b.document.years.to_string(),
        ],
        [
            page.t("case-field-discount-rate"),
            percent(lang, a.document.discount_rate),
            percent(lang, b.document.discount_rate),
        ],
        [
            page.t("case-field-hourly-value"),
            kroner(lang, a.document.hourly_value),
            kroner(lang, b.document.hourly_value),
        ],
    ];
    let line_text = |v: &CaseVersion, title: &str| {
        v.document
            .lines
            .iter()
            .find(|l| l.title == title)
            .map_or_else(
                || page.t("case-not-in-version"),
                |l| {
                    format!(
                        "{} ({} – {})",
                        whole(lang, l.likely.round().max(0.0) as u64),
                        whole(lang, l.low.round().max(0.0) as u64),
                        whole(lang, l.high.round().max(0.0) as u64)
                    )
                },
            )
    };
    let mut titles: Vec<&str> = a.document.lines.iter().map(|l| l.title.as_str()).collect();
    for line in &b.document.lines {
        if !titles.contains(&line.title.as_str()) {
            titles.push(&line.title);
        }
    }
    for title in titles {
        rows.push([title.to_owned(), line_text(a, title), line_text(b, title)]);
    }
    type Reading = fn(&businesscase::Npv) -> f64;
    let readings: [(&str, Reading); 4] = [
        ("case-likely", |n| n.likely),
        ("case-p10", |n| n.p10),
        ("case-p50", |n| n.p50),
        ("case-p90", |n| n.p90),
    ];
    for (key, pick) in readings {
        rows.push([
            page.t(key),
            kroner(lang, pick(&a.outcome.npv)),
            kroner(lang, pick(&b.outcome.npv)),
        ]);
    }
    rows.push([
        page.t("case-chance-of-loss"),
        percent(lang, a.outcome.probability_negative),
        percent(lang, b.outcome.probability_negative),
    ]);
    rows
}

async fn compare_page(
    page: Page,
    project: ProjectRow,
    versions: Vec<CaseVersion>,
    which: Which,
    base: String,
) -> Result<Response, AppError> {
    let numbers: Vec<i64> = versions.iter().map(|v| v.number).collect();
    let newest = numbers.last().copied().unwrap_or(0);
    let b_number = which.b.unwrap_or(newest);
    let a_number = which.a.unwrap_or(b_number - 1);
    let find = |n: i64| versions.iter().find(|v| v.number == n).cloned();
    let (a, b) = (find(a_number), find(b_number));
    let rows = match (&a, &b) {
        (Some(a), Some(b)) => compare_rows(&page, a, b),
        _ => Vec::new(),
    };
    Ok(render(&ComparePage {
        page,
        project,
        numbers,
        a,
        b,
        rows,
        base,
    })?
    .into_response())
}

pub(crate) async fn compare(
    State(state): State<AppState>,
    page: Page,
    user: RequireUser,
    Path(id): Path<String>,
    Query(which): Query<Which>,
) -> Result<Response, AppError> {
    let user = reader(user)?;
    let shown = shown(&state, &user, &id).await?;
    compare_page(
        page,
        shown.project,
        shown.versions,
        which,
        format!("/projekter/{id}/businesscase"),
    )
    .await
}

/// The published case: its newest published version, the simulation, and its history.
#[derive(Template)]
#[template(path = "assess/business_case_published.html")]
struct PublishedPage {
    page: Page,
    project: ProjectRow,
    version: CaseVersion,
    results: Results,
    lines: Vec<[String; 9]>,
    history: Vec<CaseVersion>,
    /// Planned against realised, when the project has benefits.
    benefits: Option<Summary>,
}

impl PublishedPage {
    fn date(&self, ms: &i64) -> String {
        format_date(self.page.lang, *ms)
    }

    fn settings(&self) -> String {
        let d = &self.version.document;
        self.page.t2(
            "case-published-settings",
            "years",
            &d.years.to_string(),
            "rate",
            &percent(self.page.lang, d.discount_rate),
        )
    }
}

pub(crate) async fn published(
    State(state): State<AppState>,
    page: Page,
    Path(id): Path<String>,
) -> Result<Response, AppError> {
    let project = assess::project_row(&state.db, &id)
        .await?
        .ok_or(AppError::NotFound)?;
    let history = super::published(&state.db, &id)
        .await?
        .ok_or(AppError::NotFound)?;
    let version = history.last().cloned().ok_or(AppError::NotFound)?;
    let benefits = crate::assess::benefits::published(&state.db, &state.clock, &id)
        .await?
        .filter(|benefits| !benefits.is_empty())
        .map(|benefits| Summary::of(&page, &benefits));
    Ok(render(&PublishedPage {
        benefits,
        results: Results::of(&page, &version.outcome),
        lines: line_rows(&page, &version.document),
        page,
        project,
        version,
        history,
    })?
    .into_response())
}

impl CasePage {
    /// The error summary's lines: the field's words, then what to do.
    fn error_items(&self) -> Vec<(String, String)> {
        self.errors
            .iter()
            .map(|e| {
                (
                    e.field.to_string(),
                    format!("{}: {}", self.label(&e.field), self.page.t(e.message)),
                )
            })
            .collect()
    }

    fn line_legend(&self, index: &usize) -> String {
        self.page
            .t1("case-line-number", "number", &(index + 1).to_string())
    }

    fn category_label(&self, category: &Category) -> String {
        self.page.t(&category.label_key())
    }
}
