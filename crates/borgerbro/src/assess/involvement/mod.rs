//! Involving citizens in a project (`/projekter/{id}/inddragelse`): the activities held
//! (who took part, whether they were paid) and each piece of input with the project's
//! answer, follow or explain. `model.rs` the rules, `store.rs` the tables, `web.rs` the
//! page, `demo.rs` the demo's involvement.

pub(crate) mod demo;
pub(crate) mod model;
mod store;
pub(crate) mod web;

pub(crate) use store::ProjectHead;

use crate::audit::{self, Actor, NewEntry};
use crate::clock::Clock;
use crate::db::Db;
use model::{Activity, Input};

/// The project's title, owner and status, when it exists.
pub(crate) async fn project(db: &Db, id: &str) -> Result<Option<ProjectHead>, sqlx::Error> {
    let mut conn = db.pool.acquire().await?;
    store::project(&mut conn, id).await
}

/// Whether people from the groups at risk took part in one of the project's activities:
/// what a project at level III or IV needs before it is published as decided.
pub(crate) async fn has_activity_with_groups_at_risk(
    db: &Db,
    project_id: &str,
) -> Result<bool, sqlx::Error> {
    has_activity_with_groups_at_risk_in(&mut *db.pool.acquire().await?, project_id).await
}

/// The same, in the caller's transaction: the publish rule's read.
pub(crate) async fn has_activity_with_groups_at_risk_in(
    conn: &mut sqlx::AnyConnection,
    project_id: &str,
) -> Result<bool, sqlx::Error> {
    store::has_activity_with_groups_at_risk(conn, project_id).await
}

/// A project's activities and input.
pub(crate) async fn involvement(
    db: &Db,
    project_id: &str,
) -> Result<(Vec<Activity>, Vec<Input>), sqlx::Error> {
    let mut conn = db.pool.acquire().await?;
    let activities = store::activities(&mut conn, project_id).await?;
    let inputs = store::inputs(&mut conn, project_id).await?;
    Ok((activities, inputs))
}

/// Records an activity with its audit entry, in one transaction.
pub(crate) async fn add_activity(
    db: &Db,
    clock: &Clock,
    project_id: &str,
    activity: &Activity,
    by: Actor,
) -> Result<(), sqlx::Error> {
    let mut tx = db.pool.begin().await?;
    store::insert_activity(&mut tx, project_id, activity, clock.now_ms()).await?;
    audit::record_in(
        &mut tx,
        clock,
        NewEntry::new(by, "assess.involvement.activity").object(project_id),
    )
    .await?;
    tx.commit().await
}

/// Records a piece of input with the project's answer and its audit entry, in one
/// transaction.
pub(crate) async fn add_input(
    db: &Db,
    clock: &Clock,
    project_id: &str,
    input: &Input,
    by: Actor,
) -> Result<(), sqlx::Error> {
    let mut tx = db.pool.begin().await?;
    store::insert_input(&mut tx, project_id, input, &by.as_text(), clock.now_ms()).await?;
    audit::record_in(
        &mut tx,
        clock,
        NewEntry::new(by, "assess.involvement.input").object(project_id),
    )
    .await?;
    tx.commit().await
}
