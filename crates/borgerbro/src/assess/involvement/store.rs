//! SQL for involvement: `assess_activities` (migration 0102), `assess_inputs` (0110),
//! and the little of `assess_projects` (0101) these pages show.

use sqlx::any::AnyRow;
use sqlx::{AnyConnection, Row};

use super::model::{Activity, Answer, Input, Kind};
use crate::assess::model::GroupAtRisk;
use crate::db::decode::{self, Unreadable};

/// What involvement shows of a project.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct ProjectHead {
    pub id: String,
    pub title: String,
    pub status: String,
    pub owner_id: String,
}

pub(crate) async fn project(
    conn: &mut AnyConnection,
    id: &str,
) -> Result<Option<ProjectHead>, sqlx::Error> {
    let row = sqlx::query("SELECT id, title, status, owner_id FROM assess_projects WHERE id = $1")
        .bind(id)
        .fetch_optional(&mut *conn)
        .await?;
    row.map(|row| {
        Ok(ProjectHead {
            id: row.try_get("id")?,
            title: row.try_get("title")?,
            status: row.try_get("status")?,
            owner_id: row.try_get("owner_id")?,
        })
    })
    .transpose()
}

fn activity_of(row: &AnyRow) -> Result<Activity, sqlx::Error> {
    let kind: String = row.try_get("kind")?;
    let held_on: String = row.try_get("held_on")?;
    let participants: i64 = row.try_get("participants")?;
    let groups: String = row.try_get("groups")?;
    let codes: Vec<String> = serde_json::from_str(&groups)
        .map_err(|_| Unreadable::new("assess_activities.groups", &groups))?;
    let groups = codes
        .iter()
        .map(|code| decode::parsed("assess_activities.groups", code, GroupAtRisk::parse))
        .collect::<Result<Vec<_>, _>>()?;
    let paid = decode::flag("assess_activities.paid", row.try_get("paid")?)?;
    let amount: Option<i64> = row.try_get("paid_amount_dkk")?;
    let paid_dkk = match (paid, amount) {
        (false, _) => None,
        (true, Some(a)) => Some(
            u32::try_from(a)
                .map_err(|_| Unreadable::new("assess_activities.paid_amount_dkk", a))?,
        ),
        (true, None) => return Err(Unreadable::new("assess_activities.paid_amount_dkk", "").into()),
    };
    Ok(Activity {
        id: row.try_get("id")?,
        kind: decode::parsed("assess_activities.kind", &kind, Kind::parse)?,
        held_on: decode::parsed("assess_activities.held_on", &held_on, |t| t.parse().ok())?,
        participants: u32::try_from(participants)
            .map_err(|_| Unreadable::new("assess_activities.participants", participants))?,
        groups,
        paid_dkk,
        description: row.try_get("description")?,
    })
}

/// A project's activities, the latest held first.
pub(crate) async fn activities(
    conn: &mut AnyConnection,
    project_id: &str,
) -> Result<Vec<Activity>, sqlx::Error> {
    sqlx::query(
        "SELECT id, kind, held_on, participants, groups, paid, paid_amount_dkk, description \
         FROM assess_activities WHERE project_id = $1 ORDER BY held_on DESC, id",
    )
    .bind(project_id)
    .fetch_all(&mut *conn)
    .await?
    .iter()
    .map(activity_of)
    .collect()
}

pub(crate) async fn insert_activity(
    conn: &mut AnyConnection,
    project_id: &str,
    activity: &Activity,
    at: i64,
) -> Result<(), sqlx::Error> {
    let groups: Vec<&str> = activity.groups.iter().map(|g| g.as_str()).collect();
    sqlx::query(
        "INSERT INTO assess_activities (id, project_id, kind, held_on, participants, groups, \
         with_groups_at_risk, paid, paid_amount_dkk, description, created_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) ON CONFLICT (id) DO NOTHING",
    )
    .bind(&activity.id)
    .bind(project_id)
    .bind(activity.kind.as_str())
    .bind(activity.held_on.to_string())
    .bind(i64::from(activity.participants))
    .bind(serde_json::Value::from(groups).to_string())
    .bind(i64::from(activity.with_groups_at_risk()))
    .bind(i64::from(activity.paid_dkk.is_some()))
    .bind(activity.paid_dkk.map(i64::from))
    .bind(&activity.description)
    .bind(at)
    .execute(&mut *conn)
    .await?;
    Ok(())
}

pub(crate) async fn has_activity_with_groups_at_risk(
    conn: &mut AnyConnection,
    project_id: &str,
) -> Result<bool, sqlx::Error> {
    let (n,): (i64,) = sqlx::query_as(
        "SELECT COUNT(*) FROM assess_activities WHERE project_id = $1 AND with_groups_at_risk = 1",
    )
    .bind(project_id)
    .fetch_one(&mut *conn)
    .await?;
    Ok(n > 0)
}

fn input_of(row: &AnyRow) -> Result<Input, sqlx::Error> {
    let answer: String = row.try_get("answer")?;
    Ok(Input {
        id: row.try_get("id")?,
        activity_id: row.try_get("activity_id")?,
        input: row.try_get("input")?,
        answer: decode::parsed("assess_inputs.answer", &answer, Answer::parse)?,
        reason: row.try_get("reason")?,
    })
}

/// A project's input, in the order it was written down.
pub(crate) async fn inputs(
    conn: &mut AnyConnection,
    project_id: &str,
) -> Result<Vec<Input>, sqlx::Error> {
    sqlx::query(
        "SELECT id, activity_id, input, answer, reason FROM assess_inputs \
         WHERE project_id = $1 ORDER BY created_at, id",
    )
    .bind(project_id)
    .fetch_all(&mut *conn)
    .await?
    .iter()
    .map(input_of)
    .collect()
}

pub(crate) async fn insert_input(
    conn: &mut AnyConnection,
    project_id: &str,
    input: &Input,
    by: &str,
    at: i64,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "INSERT INTO assess_inputs (id, project_id, activity_id, input, answer, reason, \
         answered_by, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8) \
         ON CONFLICT (id) DO NOTHING",
    )
    .bind(&input.id)
    .bind(project_id)
    .bind(input.activity_id.as_deref())
    .bind(&input.input)
    .bind(input.answer.as_str())
    .bind(&input.reason)
    .bind(by)
    .bind(at)
    .execute(&mut *conn)
    .await?;
    Ok(())
}
