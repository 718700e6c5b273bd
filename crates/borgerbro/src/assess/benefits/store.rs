//! SQL for benefits and their recorded measurements.

use jiff::civil::Date;
use sqlx::{any::AnyRow, AnyConnection, Row};

use super::model::{Measure, Plan};
use crate::db::decode::Unreadable;

/// A benefit as stored.
#[derive(Debug, Clone, PartialEq)]
pub struct BenefitRow {
    pub id: String,
    pub project_id: String,
    pub plan: Plan,
    pub analysis: String,
    pub analysed_at: Option<i64>,
    /// What the sweep last told the owners of (`missed`, `worse`), or "".
    pub attention: String,
}

/// A measurement a person recorded.
#[derive(Debug, Clone, PartialEq)]
pub struct Recorded {
    pub on: Date,
    pub value: f64,
    pub note: String,
    /// Who recorded it, as the audit log writes an actor (`person:…`, `apikey:…`).
    pub recorded_by: String,
}

fn day(row: &AnyRow, column: &'static str) -> Result<Date, sqlx::Error> {
    let text: String = row.try_get(column)?;
    text.parse()
        .map_err(|_| Unreadable::new(column, &text).into())
}

fn benefit_of(row: &AnyRow) -> Result<BenefitRow, sqlx::Error> {
    let measure: String = row.try_get("measure")?;
    Ok(BenefitRow {
        id: row.try_get("id")?,
        project_id: row.try_get("project_id")?,
        plan: Plan {
            title: row.try_get("title")?,
            measure: Measure::parse(&measure)
                .ok_or_else(|| Unreadable::new("assess_benefits.measure", &measure))?,
            unit: row.try_get("unit")?,
            baseline: row.try_get("baseline")?,
            target: row.try_get("target")?,
            starts: day(row, "starts")?,
            due: day(row, "due")?,
            how: row.try_get("how")?,
            owner: row.try_get("owner")?,
            yearly_value: row.try_get("yearly_value")?,
        },
        analysis: row.try_get("analysis")?,
        analysed_at: row.try_get("analysed_at")?,
        attention: row.try_get("attention")?,
    })
}

const COLUMNS: &str = "id, project_id, title, measure, unit, baseline, target, starts, due, how, \
                       owner, yearly_value, analysis, analysed_at, attention";

/// A project's benefits in the order they were added.
pub(crate) async fn of_project(
    conn: &mut AnyConnection,
    project_id: &str,
) -> Result<Vec<BenefitRow>, sqlx::Error> {
    sqlx::query(&format!(
        "SELECT {COLUMNS} FROM assess_benefits WHERE project_id = $1 ORDER BY created_at, id"
    ))
    .bind(project_id)
    .fetch_all(&mut *conn)
    .await?
    .iter()
    .map(benefit_of)
    .collect()
}

/// Every benefit of every project, for the sweep.
pub(crate) async fn all(conn: &mut AnyConnection) -> Result<Vec<BenefitRow>, sqlx::Error> {
    sqlx::query(&format!(
        "SELECT {COLUMNS} FROM assess_benefits ORDER BY project_id, created_at, id"
    ))
    .fetch_all(&mut *conn)
    .await?
    .iter()
    .map(benefit_of)
    .collect()
}

pub(crate) async fn one(
    conn: &mut AnyConnection,
    project_id: &str,
    id: &str,
) -> Result<Option<BenefitRow>, sqlx::Error> {
    sqlx::query(&format!(
        "SELECT {COLUMNS} FROM assess_benefits WHERE project_id = $1 AND id = $2"
    ))
    .bind(project_id)
    .bind(id)
    .fetch_optional(&mut *conn)
    .await?
    .as_ref()
    .map(benefit_of)
    .transpose()
}

pub(crate) async fn insert(
    conn: &mut AnyConnection,
    id: &str,
    project_id: &str,
    plan: &Plan,
    by: &str,
    now: i64,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "INSERT INTO assess_benefits (id, project_id, title, measure, unit, baseline, target, \
         starts, due, how, owner, yearly_value, analysis, attention, created_by, created_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, '', '', $13, $14)",
    )
    .bind(id)
    .bind(project_id)
    .bind(&plan.title)
    .bind(plan.measure.as_str())
    .bind(&plan.unit)
    .bind(plan.baseline)
    .bind(plan.target)
    .bind(plan.starts.to_string())
    .bind(plan.due.to_string())
    .bind(&plan.how)
    .bind(&plan.owner)
    .bind(plan.yearly_value)
    .bind(by)
    .bind(now)
    .execute(&mut *conn)
    .await?;
    Ok(())
}

/// The measurements recorded for a project's benefits, each with its benefit's id, oldest
/// first.
pub(crate) async fn recorded(
    conn: &mut AnyConnection,
    project_id: &str,
) -> Result<Vec<(String, Recorded)>, sqlx::Error> {
    sqlx::query(
        "SELECT m.benefit_id, m.measured_on, m.value, m.note, m.recorded_by \
         FROM assess_benefit_measurements m JOIN assess_benefits b ON b.id = m.benefit_id \
         WHERE b.project_id = $1 ORDER BY m.measured_on, m.recorded_at, m.id",
    )
    .bind(project_id)
    .fetch_all(&mut *conn)
    .await?
    .iter()
    .map(|row| {
        Ok((
            row.try_get("benefit_id")?,
            Recorded {
                on: day(row, "measured_on")?,
                value: row.try_get("value")?,
                note: row.try_get("note")?,
                recorded_by: row.try_get("recorded_by")?,
            },
        ))
    })
    .collect()
}

pub(crate) async fn record(
    conn: &mut AnyConnection,
    benefit_id: &str,
    measured: &Recorded,
    now: i64,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "INSERT INTO assess_benefit_measurements \
         (id, benefit_id, measured_on, value, note, recorded_by, recorded_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7)",
    )
    .bind(crate::db::new_id())
    .bind(benefit_id)
    .bind(measured.on.to_string())
    .bind(measured.value)
    .bind(&measured.note)
    .bind(&measured.recorded_by)
    .bind(now)
    .execute(&mut *conn)
    .await?;
    Ok(())
}

pub(crate) async fn set_analysis(
    conn: &mut AnyConnection,
    id: &str,
    analysis: &str,
    now: i64,
) -> Result<(), sqlx::Error> {
    // Explained, it no longer waits for the owners: the sweep would clear it next.
    sqlx::query(
        "UPDATE assess_benefits SET analysis = $2, analysed_at = $3, attention = '' WHERE id = $1",
    )
    .bind(id)
    .bind(analysis)
    .bind(now)
    .execute(&mut *conn)
    .await?;
    Ok(())
}

/// Sets what the sweep has told of, if it was still `was`; answers whether it was. A
/// miss is not told of a benefit explained meanwhile (the owner may write the analysis
/// between the sweep's reading and this).
pub(crate) async fn set_attention(
    conn: &mut AnyConnection,
    id: &str,
    was: &str,
    now_told: &str,
) -> Result<bool, sqlx::Error> {
    let done = sqlx::query(
        "UPDATE assess_benefits SET attention = $3 WHERE id = $1 AND attention = $2 \
         AND (analysis = '' OR $3 <> 'missed')",
    )
    .bind(id)
    .bind(was)
    .bind(now_told)
    .execute(&mut *conn)
    .await?;
    Ok(done.rows_affected() == 1)
}

/// How many benefits the sweep has told the owners of and that are not yet explained.
pub(crate) async fn needing_attention(conn: &mut AnyConnection) -> Result<i64, sqlx::Error> {
    sqlx::query("SELECT COUNT(*) AS n FROM assess_benefits WHERE attention <> ''")
        .fetch_one(&mut *conn)
        .await?
        .try_get("n")
}
