//! The annual action plan: what the network and the authority will do this year, who
//! owns each item, where it stands, and the input that led to it (a meeting's decision,
//! "Var det let?" answers, what citizens got stuck on at the front desk, a hearing).
//! Public; the coordinator adds items and moves their status.

pub(crate) mod api;
pub(crate) mod demo;
pub mod model;
mod store;
pub(crate) mod web;

pub use store::Item;

use model::{ItemForm, Known, Status};

use super::{coordinator, meetings, members, note_in, NetworkError};
use crate::auth::User;
use crate::clock::Clock;
use crate::db::Db;

/// The coordinator adds an item; answers its year.
pub async fn add(
    db: &Db,
    clock: &Clock,
    user: &User,
    form: &ItemForm,
) -> Result<i16, NetworkError> {
    coordinator(user)?;
    let organisations = members::names(db).await?;
    let meetings: Vec<String> = meetings::all(db).await?.into_iter().map(|m| m.id).collect();
    let hearings: Vec<String> = crate::assess::hearings::all(db)
        .await?
        .into_iter()
        .map(|h| h.id)
        .collect();
    // `Known` borrows closures that are not `Send`: it lives only in this block, never
    // across an await.
    let item = {
        let known = Known {
            organisation: &|id| organisations.contains_key(id),
            meeting: &|id| meetings.iter().any(|m| m == id),
            hearing: &|id| hearings.iter().any(|h| h == id),
        };
        form.item(&known, clock.today().year())
    }
    .map_err(NetworkError::Invalid)?;
    let id = crate::db::new_id();
    let mut tx = db.pool.begin().await?;
    store::insert(&mut tx, &id, &item, &user.id, clock.now_ms()).await?;
    note_in(&mut tx, clock, user, "network.plan.added", &id).await?;
    tx.commit().await?;
    Ok(item.year)
}

/// The coordinator moves an item's status.
pub async fn set_status(
    db: &Db,
    clock: &Clock,
    user: &User,
    id: &str,
    status: &str,
) -> Result<(), NetworkError> {
    coordinator(user)?;
    let status = Status::parse(status).ok_or_else(|| {
        let mut errors = crate::forms::FormErrors::default();
        errors.add("status", "network-error-plan-status");
        NetworkError::Invalid(errors)
    })?;
    let mut tx = db.pool.begin().await?;
    if !store::set_status(&mut tx, id, status, clock.now_ms()).await? {
        return Err(NetworkError::NotFound);
    }
    note_in(&mut tx, clock, user, "network.plan.status", id).await?;
    tx.commit().await?;
    Ok(())
}

/// A year's plan (public).
pub async fn of_year(db: &Db, year: i16) -> Result<Vec<Item>, sqlx::Error> {
    store::of_year(&mut *db.pool.acquire().await?, year).await
}
