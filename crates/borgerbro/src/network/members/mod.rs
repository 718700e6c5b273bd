//! Who is in the network: organisations ask to join (any logged-in person, for their
//! organisation), the coordinator approves or refuses with a reason, and the one who
//! asked becomes the organisation's contact person with the network-member role, bound
//! to that organisation; `contacts` adds colleagues by invitation and takes them off. A member leaves by itself at any time: its contact people lose
//! the role, and what it made stays, marked as from a former member.

pub(crate) mod api;
pub mod contacts;
pub(crate) mod demo;
pub mod model;
mod store;
pub(crate) mod web;

pub use store::Organisation;

use model::{OrganisationForm, Status};

use super::{coordinator, note_in, NetworkError};
use crate::auth::{self, Role, User};
use crate::clock::Clock;
use crate::db::Db;
use crate::help::Catalogue;

/// Whether a help place with this id exists.
async fn place_checker(
    catalogue: &Catalogue,
    db: &Db,
) -> Result<impl Fn(&str) -> bool, NetworkError> {
    let loaded = catalogue.load(db).await?;
    Ok(move |id: &str| loaded.get(id).is_some())
}

/// The organisation a person acts for now: a network member bound to an organisation
/// that is a member. Every member-only operation in the network asks this first.
pub async fn acting_for(db: &Db, user: &User) -> Result<Option<Organisation>, sqlx::Error> {
    if !user.has(Role::NetworkMember) {
        return Ok(None);
    }
    let mut conn = db.pool.acquire().await?;
    let Some(id) = store::organisation_of_person(&mut conn, &user.id).await? else {
        return Ok(None);
    };
    Ok(store::one(&mut conn, &id)
        .await?
        .filter(|o| o.status == Status::Member))
}

/// The organisation a network member acts for, or `NotAllowed`.
pub async fn member_of(db: &Db, user: &User) -> Result<Organisation, NetworkError> {
    acting_for(db, user).await?.ok_or(NetworkError::NotAllowed)
}

/// A person asks for their organisation to join; answers the request's id.
pub async fn request(
    db: &Db,
    clock: &Clock,
    catalogue: &Catalogue,
    user: &User,
    form: &OrganisationForm,
) -> Result<String, NetworkError> {
    let known = place_checker(catalogue, db).await?;
    let profile = form.profile(known).map_err(NetworkError::Invalid)?;
    let mut tx = db.pool.begin().await?;
    if store::organisation_of_person(&mut tx, &user.id)
        .await?
        .is_some()
    {
        return Err(NetworkError::Conflict("network-error-already-member"));
    }
    let open = store::requested_by(&mut tx, &user.id).await?;
    if open.iter().any(|o| o.status == Status::Requested) {
        return Err(NetworkError::Conflict("network-error-already-requested"));
    }
    let id = crate::db::new_id();
    store::insert(
        &mut tx,
        &id,
        &profile,
        Status::Requested,
        &user.id,
        clock.now_ms(),
    )
    .await?;
    note_in(&mut tx, clock, user, "network.member.requested", &id).await?;
    tx.commit().await?;
    Ok(id)
}

/// The requests that wait for the coordinator, oldest first.
pub async fn waiting(db: &Db, user: &User) -> Result<Vec<Organisation>, NetworkError> {
    coordinator(user)?;
    let mut requests =
        store::with_status(&mut *db.pool.acquire().await?, Status::Requested).await?;
    requests.sort_by_key(|o| o.requested_at);
    Ok(requests)
}

/// The coordinator approves a request: the organisation is a member, and the person who
/// asked acts for it.
pub async fn approve(db: &Db, clock: &Clock, user: &User, id: &str) -> Result<(), NetworkError> {
    coordinator(user)?;
    let mut tx = db.pool.begin().await?;
    let found = store::one(&mut tx, id)
        .await?
        .ok_or(NetworkError::NotFound)?;
    if store::organisation_of_person(&mut tx, &found.requested_by)
        .await?
        .is_some()
    {
        return Err(NetworkError::Conflict("network-error-asker-already-member"));
    }
    if !store::decide(&mut tx, id, Status::Member, &user.id, "", clock.now_ms()).await? {
        return Err(NetworkError::Conflict("network-error-decided"));
    }
    store::add_contact(&mut tx, &found.requested_by, id, clock.now_ms()).await?;
    auth::grant_role(&mut tx, &found.requested_by, Role::NetworkMember).await?;
    note_in(&mut tx, clock, user, "network.member.approved", id).await?;
    tx.commit().await?;
    Ok(())
}

/// The coordinator refuses a request, saying why.
pub async fn refuse(
    db: &Db,
    clock: &Clock,
    user: &User,
    id: &str,
    reason: &str,
) -> Result<(), NetworkError> {
    coordinator(user)?;
    let reason = model::refusal_reason(reason).map_err(NetworkError::Invalid)?;
    let mut tx = db.pool.begin().await?;
    store::one(&mut tx, id)
        .await?
        .ok_or(NetworkError::NotFound)?;
    if !store::decide(
        &mut tx,
        id,
        Status::Refused,
        &user.id,
        &reason,
        clock.now_ms(),
    )
    .await?
    {
        return Err(NetworkError::Conflict("network-error-decided"));
    }
    note_in(&mut tx, clock, user, "network.member.refused", id).await?;
    tx.commit().await?;
    Ok(())
}

/// A member changes its own page.
pub async fn update(
    db: &Db,
    clock: &Clock,
    catalogue: &Catalogue,
    user: &User,
    form: &OrganisationForm,
) -> Result<(), NetworkError> {
    let organisation = member_of(db, user).await?;
    let known = place_checker(catalogue, db).await?;
    let profile = form.profile(known).map_err(NetworkError::Invalid)?;
    let mut tx = db.pool.begin().await?;
    store::update_profile(&mut tx, &organisation.id, &profile).await?;
    note_in(
        &mut tx,
        clock,
        user,
        "network.member.changed",
        &organisation.id,
    )
    .await?;
    tx.commit().await?;
    Ok(())
}

/// A member leaves the network: its contact people lose the role; its materials and
/// past events stay, marked as from a former member.
pub async fn leave(db: &Db, clock: &Clock, user: &User) -> Result<(), NetworkError> {
    let organisation = member_of(db, user).await?;
    let mut tx = db.pool.begin().await?;
    if !store::leave(&mut tx, &organisation.id, clock.now_ms()).await? {
        return Err(NetworkError::Conflict("network-error-not-member"));
    }
    for person in store::remove_contacts(&mut tx, &organisation.id).await? {
        auth::revoke_role(&mut tx, &person, Role::NetworkMember).await?;
    }
    note_in(
        &mut tx,
        clock,
        user,
        "network.member.left",
        &organisation.id,
    )
    .await?;
    tx.commit().await?;
    Ok(())
}

/// The members now, by name (public).
pub async fn members(db: &Db) -> Result<Vec<Organisation>, sqlx::Error> {
    store::with_status(&mut *db.pool.acquire().await?, Status::Member).await
}

/// A member or former member (public); requests and refusals are not public.
pub async fn public(db: &Db, id: &str) -> Result<Option<Organisation>, sqlx::Error> {
    Ok(store::one(&mut *db.pool.acquire().await?, id)
        .await?
        .filter(|o| matches!(o.status, Status::Member | Status::Left)))
}

/// Whether the organisation is a member now, in the caller's transaction.
pub(crate) async fn is_member_in(
    conn: &mut sqlx::AnyConnection,
    id: &str,
) -> Result<bool, sqlx::Error> {
    Ok(store::one(conn, id)
        .await?
        .is_some_and(|o| o.status == Status::Member))
}

/// Members and former members by id, for the parts that show who made or reviewed
/// something.
pub async fn names(
    db: &Db,
) -> Result<std::collections::HashMap<String, Organisation>, sqlx::Error> {
    Ok(store::all(&mut *db.pool.acquire().await?)
        .await?
        .into_iter()
        .filter(|o| matches!(o.status, Status::Member | Status::Left))
        .map(|o| (o.id.clone(), o))
        .collect())
}

/// The requests a person made that wait or were refused, for their own page.
pub async fn own_requests(db: &Db, user: &User) -> Result<Vec<Organisation>, sqlx::Error> {
    store::requested_by(&mut *db.pool.acquire().await?, &user.id).await
}

/// The names of an organisation's contact people, for the coordinator and the member.
pub async fn contact_names(db: &Db, organisation_id: &str) -> Result<Vec<String>, sqlx::Error> {
    let mut conn = db.pool.acquire().await?;
    Ok(contacts::named_in(&mut conn, organisation_id)
        .await?
        .into_iter()
        .map(|c| c.name)
        .filter(|name| !name.is_empty())
        .collect())
}

/// Adds an organisation as a member at once, with its contact person (demo data and
/// tests that start from a network). Answers whether it was added.
pub(crate) async fn add_member_in(
    conn: &mut sqlx::AnyConnection,
    id: &str,
    profile: &model::Profile,
    contact: &str,
    now_ms: i64,
) -> Result<bool, sqlx::Error> {
    if store::one(conn, id).await?.is_some() {
        return Ok(false);
    }
    store::insert(conn, id, profile, Status::Member, contact, now_ms).await?;
    store::add_contact(conn, contact, id, now_ms).await?;
    auth::grant_role(conn, contact, Role::NetworkMember).await?;
    Ok(true)
}
