//! An organisation's contact people: the network members who act for it. The one who
//! asked to join becomes the first (`members::approve`). A contact person, or the
//! coordinator, invites a colleague with a link that works once within
//! `INVITATION_DAYS`, and takes a contact person off again, but never the last one: an
//! organisation that wants out leaves the network (`members::leave`). A person is a
//! contact person of one organisation at most, as when asking to join.

mod store;
pub(crate) mod web;

pub use store::Invitation;

use super::model::Status;
use super::{store as members_store, Organisation};
use crate::auth::{self, Role, User};
use crate::clock::Clock;
use crate::db::Db;
use crate::forms::FormErrors;
use crate::network::{note_in, NetworkError};

/// How long an invitation link works.
pub const INVITATION_DAYS: i64 = 14;
/// Open invitations an organisation may have at once: enough for a team, few enough
/// that links do not pile up unused.
pub const MAX_OPEN: usize = 10;
/// The longest name an invitation may be made out to.
pub const MAX_NAME: usize = 100;

const DAY_MS: i64 = 24 * 60 * 60 * 1000;

/// A contact person as the organisation's page lists them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Contact {
    pub person_id: String,
    pub name: String,
    pub since: i64,
}

/// What the contact people's page shows.
pub struct Contacts {
    pub organisation: Organisation,
    pub contacts: Vec<Contact>,
    pub open: Vec<Invitation>,
}

/// The member organisation whose contact people `user` may change: one of its contact
/// people, or the coordinator.
async fn managed(
    db: &Db,
    user: &User,
    organisation_id: &str,
) -> Result<Organisation, NetworkError> {
    let organisation = super::public(db, organisation_id)
        .await?
        .filter(|o| o.status == Status::Member)
        .ok_or(NetworkError::NotFound)?;
    if user.has(Role::NetworkCoordinator) {
        return Ok(organisation);
    }
    match super::acting_for(db, user).await? {
        Some(own) if own.id == organisation.id => Ok(organisation),
        _ => Err(NetworkError::NotAllowed),
    }
}

/// The organisation's contact people and open invitations.
pub async fn of(
    db: &Db,
    clock: &Clock,
    user: &User,
    organisation_id: &str,
) -> Result<Contacts, NetworkError> {
    let organisation = managed(db, user, organisation_id).await?;
    let mut conn = db.pool.acquire().await?;
    let contacts = named_in(&mut conn, &organisation.id).await?;
    let open = store::open_of(&mut conn, &organisation.id, clock.now_ms()).await?;
    Ok(Contacts {
        organisation,
        contacts,
        open,
    })
}

/// An organisation's contact people by name, the earliest first. One whose person is
/// not found keeps an empty name, so the coordinator can still take them off.
pub(crate) async fn named_in(
    conn: &mut sqlx::AnyConnection,
    organisation_id: &str,
) -> Result<Vec<Contact>, sqlx::Error> {
    let mut contacts = Vec::new();
    for (person_id, since) in store::contacts_since(conn, organisation_id).await? {
        let name = auth::user_in(conn, &person_id)
            .await?
            .map(|u| u.name)
            .unwrap_or_default();
        contacts.push(Contact {
            person_id,
            name,
            since,
        });
    }
    Ok(contacts)
}

/// Invites a colleague by the name typed; answers the secret for the link, which is
/// shown once and never stored.
pub async fn invite(
    db: &Db,
    clock: &Clock,
    user: &User,
    organisation_id: &str,
    typed_name: &str,
) -> Result<String, NetworkError> {
    let organisation = managed(db, user, organisation_id).await?;
    let mut errors = FormErrors::default();
    let name = errors.line(
        "name",
        typed_name,
        MAX_NAME,
        "network-error-invite-name-long",
    );
    if name.is_empty() && !errors.has("name") {
        errors.add("name", "network-error-invite-name");
    }
    if !errors.is_empty() {
        return Err(NetworkError::Invalid(errors));
    }
    let now = clock.now_ms();
    let mut tx = db.pool.begin().await?;
    if !store::lock_member(&mut tx, &organisation.id).await? {
        return Err(NetworkError::Conflict("network-error-not-member"));
    }
    if store::open_of(&mut tx, &organisation.id, now).await?.len() >= MAX_OPEN {
        return Err(NetworkError::Conflict("network-error-invitations-many"));
    }
    let secret = auth::new_secret();
    let invitation = Invitation {
        id: crate::db::new_id(),
        organisation_id: organisation.id.clone(),
        invited_name: name,
        created_by: user.id.clone(),
        created_at: now,
        expires_at: now + INVITATION_DAYS * DAY_MS,
        used_at: None,
        withdrawn_at: None,
    };
    store::insert(&mut tx, &invitation, &auth::hash_secret(&secret)).await?;
    note_in(
        &mut tx,
        clock,
        user,
        "network.contact.invited",
        &organisation.id,
    )
    .await?;
    tx.commit().await?;
    Ok(secret)
}

/// Withdraws an open invitation: its link no longer works.
pub async fn withdraw(
    db: &Db,
    clock: &Clock,
    user: &User,
    organisation_id: &str,
    invitation_id: &str,
) -> Result<(), NetworkError> {
    let organisation = managed(db, user, organisation_id).await?;
    let mut tx = db.pool.begin().await?;
    if !store::withdraw(&mut tx, invitation_id, &organisation.id, clock.now_ms()).await? {
        return Err(NetworkError::Conflict("network-error-invitation-not-open"));
    }
    note_in(
        &mut tx,
        clock,
        user,
        "network.contact.withdrawn",
        &organisation.id,
    )
    .await?;
    tx.commit().await?;
    Ok(())
}

/// Takes a person off the organisation's contact people; they lose the member role.
/// Never the last one.
pub async fn remove(
    db: &Db,
    clock: &Clock,
    user: &User,
    organisation_id: &str,
    person_id: &str,
) -> Result<(), NetworkError> {
    let organisation = managed(db, user, organisation_id).await?;
    let mut tx = db.pool.begin().await?;
    if !store::lock_member(&mut tx, &organisation.id).await? {
        return Err(NetworkError::Conflict("network-error-not-member"));
    }
    let contacts = members_store::contacts(&mut tx, &organisation.id).await?;
    if !contacts.iter().any(|c| c == person_id) {
        return Err(NetworkError::NotFound);
    }
    if contacts.len() == 1 {
        return Err(NetworkError::Conflict("network-error-last-contact"));
    }
    store::remove(&mut tx, &organisation.id, person_id).await?;
    auth::revoke_role(&mut tx, person_id, Role::NetworkMember).await?;
    note_in(
        &mut tx,
        clock,
        user,
        "network.contact.removed",
        &organisation.id,
    )
    .await?;
    tx.commit().await?;
    Ok(())
}

/// The invitation a link's secret names and its organisation, while it may be taken.
pub async fn opened(
    db: &Db,
    clock: &Clock,
    secret: &str,
) -> Result<(Invitation, Organisation), NetworkError> {
    let mut conn = db.pool.acquire().await?;
    let invitation = store::by_secret_hash(&mut conn, &auth::hash_secret(secret))
        .await?
        .ok_or(NetworkError::NotFound)?;
    if !invitation.open_at(clock.now_ms()) {
        return Err(NetworkError::Conflict("network-error-invitation-closed"));
    }
    let organisation = members_store::one(&mut conn, &invitation.organisation_id)
        .await?
        .filter(|o| o.status == Status::Member)
        .ok_or(NetworkError::Conflict("network-error-not-member"))?;
    Ok((invitation, organisation))
}

/// The person who opened the link takes the invitation: they become a contact person
/// with the member role, in one transaction. Answers the organisation's id.
pub async fn accept(
    db: &Db,
    clock: &Clock,
    user: &User,
    secret: &str,
) -> Result<String, NetworkError> {
    let (invitation, organisation) = opened(db, clock, secret).await?;
    let now = clock.now_ms();
    let mut tx = db.pool.begin().await?;
    if !store::lock_member(&mut tx, &organisation.id).await? {
        return Err(NetworkError::Conflict("network-error-not-member"));
    }
    if members_store::organisation_of_person(&mut tx, &user.id)
        .await?
        .is_some()
    {
        return Err(NetworkError::Conflict("network-error-already-contact"));
    }
    if !store::take(&mut tx, &invitation.id, &user.id, now).await? {
        return Err(NetworkError::Conflict("network-error-invitation-closed"));
    }
    members_store::add_contact(&mut tx, &user.id, &organisation.id, now).await?;
    auth::grant_role(&mut tx, &user.id, Role::NetworkMember).await?;
    note_in(
        &mut tx,
        clock,
        user,
        "network.contact.joined",
        &organisation.id,
    )
    .await?;
    tx.commit().await?;
    Ok(organisation.id)
}
