//! Benefits booked only when measured (issue 19): each benefit of a project has a
//! baseline, a target by a day, how it is measured and who answers for it. Its
//! measurements are either recorded by the owner or, for a live figure (`insight`), the
//! figure's finished months since the solution runs. Only a measured value books any of
//! the planned value as realised; a benefit past its day without its target asks for an
//! analysis of why, published with the case. The sweep tells the project owners once
//! when a benefit misses or its figure moves the wrong way.

pub(crate) mod api;
pub(crate) mod demo;
pub mod model;
mod store;
pub(crate) mod web;

pub use store::{BenefitRow, Recorded};

use jiff::civil::Date;

use super::AssessError;
use crate::audit::Actor;
use crate::auth::{Role, User};
use crate::clock::Clock;
use crate::db::Db;
use crate::forms::FormErrors;
use crate::i18n::Lang;
use crate::insight::{self, Month};
use model::{read_day, Measure, PlanForm, Status, MAX_TEXT};

/// One measurement as the pages and the API show it.
#[derive(Debug, Clone, PartialEq)]
pub struct Measurement {
    /// The day measured; for a live figure, the first day of its month.
    pub on: Date,
    /// For a live figure, the month it is.
    pub month: Option<Month>,
    /// `None` when the month does not tell the figure (a count under five).
    pub value: Option<f64>,
    /// What the rules read: the value, or for a count under five the least the benefit
    /// can claim from "under 5" (`Plan::bound_of_hidden`); `None` when nothing can be
    /// read (a share not told).
    pub counts_as: Option<f64>,
    /// A month still running: shown, but it counts for nothing until it is over.
    pub provisional: bool,
    pub note: String,
}

/// A benefit with its measurements and where it stands.
#[derive(Debug, Clone, PartialEq)]
pub struct Benefit {
    pub row: BenefitRow,
    pub measurements: Vec<Measurement>,
    /// The newest measurement that counts, by its place in `measurements`.
    pub newest: Option<usize>,
    pub status: Status,
    /// Kroner a year booked as realised: `None` until measured (or with no planned value).
    pub realised: Option<f64>,
}

impl Benefit {
    fn of(row: BenefitRow, measurements: Vec<Measurement>, today: Date) -> Self {
        let newest = measurements
            .iter()
            .rposition(|m| !m.provisional && m.counts_as.is_some());
        let value = newest.and_then(|i| measurements[i].counts_as);
        let status = Status::of(&row.plan, value, !row.analysis.is_empty(), today);
        Benefit {
            realised: row.plan.realised(value),
            row,
            measurements,
            newest,
            status,
        }
    }
}

impl Benefit {
    /// The newest measurement that counts, if any.
    pub fn newest_measurement(&self) -> Option<&Measurement> {
        self.newest.map(|i| &self.measurements[i])
    }
}

/// Kroner a year planned and realised, summed over the benefits with a planned value.
pub fn totals(benefits: &[Benefit]) -> (f64, f64) {
    benefits.iter().fold((0.0, 0.0), |(planned, realised), b| {
        (
            planned + b.row.plan.yearly_value.unwrap_or(0.0),
            realised + b.realised.unwrap_or(0.0),
        )
    })
}

/// The benefits with their measurements: a live figure's months from `insight`, the
/// recorded ones from the store.
async fn with_measurements(
    db: &Db,
    today: Date,
    rows: Vec<BenefitRow>,
    mut recorded: Vec<(String, Recorded)>,
) -> Result<Vec<Benefit>, sqlx::Error> {
    let mut benefits = Vec::with_capacity(rows.len());
    for row in rows {
        let measurements = match row.plan.measure {
            Measure::Live(figure) => {
                let first = row.plan.first_month();
                insight::follow(db, figure, first, Month::of(today).max(first))
                    .await?
                    .into_iter()
                    .map(|m| Measurement {
                        on: m.month.first_day(),
                        month: Some(m.month),
                        value: m.value,
                        counts_as: m.value.or_else(|| row.plan.bound_of_hidden(figure)),
                        provisional: !m.is_final,
                        note: String::new(),
                    })
                    .collect()
            }
            Measure::Manual => recorded
                .iter()
                .filter(|(id, _)| *id == row.id)
                .map(|(_, r)| Measurement {
                    on: r.on,
                    month: None,
                    value: Some(r.value),
                    counts_as: Some(r.value),
                    provisional: false,
                    note: r.note.clone(),
                })
                .collect(),
        };
        recorded.retain(|(id, _)| *id != row.id);
        benefits.push(Benefit::of(row, measurements, today));
    }
    Ok(benefits)
}

async fn of_project_unchecked(
    db: &Db,
    clock: &Clock,
    project_id: &str,
) -> Result<Vec<Benefit>, sqlx::Error> {
    let mut conn = db.pool.acquire().await?;
    let rows = store::of_project(&mut conn, project_id).await?;
    let recorded = store::recorded(&mut conn, project_id).await?;
    drop(conn);
    with_measurements(db, clock.today(), rows, recorded).await
}

/// A project's benefits, for the staff who may read projects.
pub async fn of_project(
    db: &Db,
    clock: &Clock,
    user: &User,
    project_id: &str,
) -> Result<Vec<Benefit>, AssessError> {
    super::project(db, user, project_id).await?;
    Ok(of_project_unchecked(db, clock, project_id).await?)
}

/// The benefits anyone may read: those of a project whose business case is published.
pub async fn published(
    db: &Db,
    clock: &Clock,
    project_id: &str,
) -> Result<Option<Vec<Benefit>>, sqlx::Error> {
    if super::business::published(db, project_id).await?.is_none() {
        return Ok(None);
    }
    of_project_unchecked(db, clock, project_id).await.map(Some)
}

fn owner_of(user: &User) -> Result<(), AssessError> {
    match user.has(Role::ProjectOwner) {
        true => Ok(()),
        false => Err(AssessError::NotAllowed),
    }
}

/// Adds a benefit to a project; answers its id.
pub async fn add(
    db: &Db,
    clock: &Clock,
    user: &User,
    project_id: &str,
    typed: &PlanForm,
    lang: Lang,
) -> Result<String, AssessError> {
    owner_of(user)?;
    super::project(db, user, project_id).await?;
    let plan = typed.plan(lang).map_err(AssessError::Invalid)?;
    let id = crate::db::new_id();
    let mut conn = db.pool.acquire().await?;
    store::insert(&mut conn, &id, project_id, &plan, &user.id, clock.now_ms()).await?;
    Ok(id)
}

/// A measurement as typed.
#[derive(Debug, Clone, Default, PartialEq, serde::Deserialize)]
#[serde(default)]
pub struct MeasurementForm {
    pub on: String,
    pub value: String,
    pub note: String,
}

async fn benefit(db: &Db, project_id: &str, id: &str) -> Result<BenefitRow, AssessError> {
    store::one(&mut *db.pool.acquire().await?, project_id, id)
        .await?
        .ok_or(AssessError::NotFound)
}

/// A measurement as it came: the day as typed or sent, the value once read (`None` when
/// it is no number), the note.
pub struct NewMeasurement<'a> {
    pub on: &'a str,
    pub value: Option<f64>,
    pub note: &'a str,
}

/// Records a project owner's measurement of a benefit measured by hand (`record_by`),
/// its value read as the page's language writes numbers.
pub async fn record(
    db: &Db,
    clock: &Clock,
    user: &User,
    (project_id, benefit_id): (&str, &str),
    typed: &MeasurementForm,
    lang: Lang,
) -> Result<(), AssessError> {
    owner_of(user)?;
    super::project(db, user, project_id).await?;
    let by = Actor::Person(user.id.clone());
    let measured = NewMeasurement {
        on: &typed.on,
        value: crate::assess::business::parse_number(lang, &typed.value),
        note: &typed.note,
    };
    record_by(db, clock, &by, project_id, benefit_id, &measured).await
}

/// Records a measurement of a benefit measured by hand, made on a day from the day the
/// solution runs up to today, by whoever the caller has let record it (a project owner,
/// or a system whose key may write assessments, such as the telephone system counting
/// calls).
pub async fn record_by(
    db: &Db,
    clock: &Clock,
    by: &Actor,
    project_id: &str,
    benefit_id: &str,
    measured: &NewMeasurement<'_>,
) -> Result<(), AssessError> {
    let row = benefit(db, project_id, benefit_id).await?;
    let mut errors = FormErrors::default();
    if row.plan.measure != Measure::Manual {
        errors.add("value", "benefit-error-live");
        return Err(AssessError::Invalid(errors));
    }
    let on = read_day(measured.on);
    match on {
        None => errors.add("on", "benefit-error-day"),
        Some(day) if day < row.plan.starts => errors.add("on", "benefit-error-before-start"),
        Some(day) if day > clock.today() => errors.add("on", "benefit-error-future"),
        Some(_) => {}
    }
    let value = measured.value.filter(|v| v.is_finite());
    if value.is_none() {
        errors.add("value", "benefit-error-number");
    }
    let note = errors.text("note", measured.note, MAX_TEXT, "benefit-error-too-long");
    let (Some(on), Some(value), true) = (on, value, errors.is_empty()) else {
        return Err(AssessError::Invalid(errors));
    };
    let recorded = Recorded {
        on,
        value,
        note,
        recorded_by: by.as_text(),
    };
    store::record(
        &mut *db.pool.acquire().await?,
        benefit_id,
        &recorded,
        clock.now_ms(),
    )
    .await?;
    Ok(())
}

/// Writes the analysis of why a benefit missed its target; only a missed benefit asks
/// for one. It is published with the case.
pub async fn explain(
    db: &Db,
    clock: &Clock,
    user: &User,
    project_id: &str,
    benefit_id: &str,
    analysis: &str,
) -> Result<(), AssessError> {
    owner_of(user)?;
    super::project(db, user, project_id).await?;
    let benefits = of_project_unchecked(db, clock, project_id).await?;
    let found = benefits
        .iter()
        .find(|b| b.row.id == benefit_id)
        .ok_or(AssessError::NotFound)?;
    let mut errors = FormErrors::default();
    let analysis = errors.text("analysis", analysis, MAX_TEXT, "benefit-error-too-long");
    if !matches!(found.status, Status::Missed | Status::Explained) {
        errors.add("analysis", "benefit-error-not-missed");
    } else if analysis.is_empty() && errors.is_empty() {
        errors.add("analysis", "benefit-error-analysis");
    }
    if !errors.is_empty() {
        return Err(AssessError::Invalid(errors));
    }
    let mut tx = db.pool.begin().await?;
    store::set_analysis(&mut tx, benefit_id, &analysis, clock.now_ms()).await?;
    crate::audit::record_in(
        &mut tx,
        clock,
        crate::audit::NewEntry::new(
            crate::audit::Actor::Person(user.id.clone()),
            "assess.benefit.explained",
        )
        .object(benefit_id),
    )
    .await?;
    tx.commit().await?;
    Ok(())
}

/// How many benefits the project owners have been told need them: missed without an
/// analysis, or measured the wrong way.
pub async fn needing_attention(db: &Db) -> Result<i64, sqlx::Error> {
    store::needing_attention(&mut *db.pool.acquire().await?).await
}

/// The sweep's part for benefits: each benefit that has newly missed its target or whose
/// measurement moved further from it than the baseline is noticed once, with an audit
/// entry (`assess.benefit.missed`, `assess.benefit.worse`) the project owners find on
/// "Min side" and the project's page; one that recovers, or is explained, is no longer
/// counted. Answers the ids newly noticed.
pub async fn sweep(db: &Db, clock: &Clock) -> Result<Vec<String>, sqlx::Error> {
    let rows = store::all(&mut *db.pool.acquire().await?).await?;
    let mut projects: Vec<String> = rows.iter().map(|r| r.project_id.clone()).collect();
    projects.dedup();
    let mut noticed = Vec::new();
    for project_id in projects {
        for benefit in of_project_unchecked(db, clock, &project_id).await? {
            let now_told = benefit.status.attention();
            if now_told == benefit.row.attention {
                continue;
            }
            let mut tx = db.pool.begin().await?;
            let changed =
                store::set_attention(&mut tx, &benefit.row.id, &benefit.row.attention, now_told)
                    .await?;
            if let (true, Some(action)) = (changed, benefit.status.audit_action()) {
                crate::audit::record_in(
                    &mut tx,
                    clock,
                    crate::audit::NewEntry::new(crate::audit::Actor::System, action)
                        .object(&benefit.row.id),
                )
                .await?;
                noticed.push(benefit.row.id.clone());
            }
            tx.commit().await?;
        }
    }
    Ok(noticed)
}
