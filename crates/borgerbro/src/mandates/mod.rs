//! Helpers and their permissions: a citizen lets a named helper do exactly what an errand
//! needs, for as long as it needs, sees everything the helper did, and can end it at once.

pub mod api;
pub mod model;
pub mod routes;
mod store;

pub use model::{Denial, Giver, Mandate, MandatePolicy, Proposal, Rights, Scope, Status};
pub use store::MandateRow;

use jiff::civil::Date;

use crate::audit::{self, Actor, NewEntry};
use crate::auth;
use crate::clock::Clock;
use crate::db::{new_id, Db};
use crate::people;
use crate::post::{self, Area, NewLetter, Sender};
use crate::web::i18n::Lang;

/// A stored permission read back as the rules see it; `None` for a row this version
/// cannot read (an unknown scope), which then grants nothing.
pub fn rule_of(row: &MandateRow) -> Option<Mandate> {
    let scopes = row
        .scopes
        .split(',')
        .map(Scope::parse)
        .collect::<Option<Vec<_>>>()?;
    Some(Mandate {
        id: row.id.clone(),
        citizen_id: row.citizen_id.clone(),
        helper_id: row.helper_id.clone(),
        scopes,
        rights: Rights::parse(&row.rights)?,
        valid_from: row.valid_from.parse().ok()?,
        valid_to: row.valid_to.parse().ok()?,
        accepted: row.accepted_at.is_some(),
        ended: row.ended_at.is_some(),
        suspended: row.suspended_at.is_some(),
    })
}

#[derive(Debug, thiserror::Error)]
pub enum GiveError {
    #[error("only the citizen, or staff at their request, can give a permission")]
    NotAllowed,
    #[error("no such person: {0}")]
    UnknownPerson(&'static str),
    #[error("the citizen is protected: a new permission needs them in person")]
    NeedsInPerson,
    #[error("the permission breaks a rule")]
    Problems(Vec<(&'static str, &'static str)>),
    #[error(transparent)]
    Database(#[from] sqlx::Error),
}

/// How the front desk checked the citizen's identity when it gave a permission in person.
pub struct InPerson {
    pub identity_check: String,
}

/// Gives a permission. It waits for the helper to accept it, unless it was given at the
/// front desk with both present (`in_person`). The citizen gets a letter about it.
pub async fn give(
    db: &Db,
    clock: &Clock,
    policy: &MandatePolicy,
    proposal: Proposal,
    note: Option<String>,
    giver: Giver,
    in_person: Option<InPerson>,
) -> Result<MandateRow, GiveError> {
    if !model::may_give(&giver, &proposal.citizen_id) {
        return Err(GiveError::NotAllowed);
    }
    let known =
        auth::existing_people(&db.pool, &[&proposal.citizen_id, &proposal.helper_id]).await?;
    if !known.contains(&proposal.citizen_id) {
        return Err(GiveError::UnknownPerson("citizen"));
    }
    if !known.contains(&proposal.helper_id) {
        return Err(GiveError::UnknownPerson("helper"));
    }
    let protected = people::profile(db, &proposal.citizen_id)
        .await?
        .is_some_and(|p| p.protected);
    if protected && in_person.is_none() {
        return Err(GiveError::NeedsInPerson);
    }
    let existing: Vec<Mandate> =
        store::between(&db.pool, &proposal.helper_id, &proposal.citizen_id)
            .await?
            .iter()
            .filter_map(rule_of)
            .collect();
    let problems = model::proposal_problems(&proposal, &existing, policy, clock.today());
    if !problems.is_empty() {
        return Err(GiveError::Problems(problems));
    }
    let now = clock.now_ms();
    let actor = match &giver {
        Giver::Citizen(id) | Giver::FrontDesk(id) => Actor::Person(id.clone()),
        Giver::System(key) => Actor::ApiKey(key.clone()),
    };
    let row = MandateRow {
        id: new_id(),
        citizen_id: proposal.citizen_id.clone(),
        helper_id: proposal.helper_id.clone(),
        scopes: proposal
            .scopes
            .iter()
            .map(|s| s.as_str())
            .collect::<Vec<_>>()
            .join(","),
        rights: proposal.rights.as_str().to_owned(),
        valid_from: proposal.valid_from.to_string(),
        valid_to: proposal.valid_to.to_string(),
        note,
        given_by: actor.as_text(),
        identity_check: in_person.as_ref().map(|p| p.identity_check.clone()),
        created_at: now,
        accepted_at: in_person.as_ref().map(|_| now),
        suspended_at: None,
        ended_at: None,
    };
    let mut tx = db.pool.begin().await?;
    store::insert(&mut tx, &row).await?;
    let mut entry = NewEntry::new(actor, "mandate.give")
        .subject(&row.citizen_id)
        .object(&row.id)
        .purpose(format!(
            "{} may {} in {}",
            row.helper_id, row.rights, row.scopes
        ));
    if !matches!(giver, Giver::Citizen(_)) {
        entry = entry.acting_for(&row.citizen_id);
    }
    audit::record_in(&mut tx, clock, entry).await?;
    tx.commit().await?;
    let notice = notify(db, clock, &row, "mandate-notice-given").await?;
    if protected {
        // Someone who may be watched online hears of every new permission on paper too.
        post::print_copy(db, &notice, "protection").await?;
    }
    Ok(row)
}

/// The helper says yes; the permission starts (on its first day).
pub async fn accept(
    db: &Db,
    clock: &Clock,
    id: &str,
    helper_id: &str,
) -> Result<bool, sqlx::Error> {
    let mut tx = db.pool.begin().await?;
    let accepted = store::accept(&mut tx, id, helper_id, clock.now_ms()).await?;
    if accepted {
        let Some(row) = store::mandate(&db.pool, id).await? else {
            return Ok(false);
        };
        audit::record_in(
            &mut tx,
            clock,
            NewEntry::new(Actor::Person(helper_id.to_owned()), "mandate.accept")
                .subject(&row.citizen_id)
                .object(id),
        )
        .await?;
    }
    tx.commit().await?;
    Ok(accepted)
}

/// Ends a permission at once. The citizen can always; a system or staff on their request.
/// Answers the permission when it was still in force.
pub async fn end(
    db: &Db,
    clock: &Clock,
    id: &str,
    by: Actor,
) -> Result<Option<MandateRow>, sqlx::Error> {
    let Some(row) = store::mandate(&db.pool, id).await? else {
        return Ok(None);
    };
    let mut tx = db.pool.begin().await?;
    if !store::end(&mut tx, id, &by.as_text(), clock.now_ms()).await? {
        return Ok(None);
    }
    let mut entry = NewEntry::new(by.clone(), "mandate.end")
        .subject(&row.citizen_id)
        .object(id);
    if by != Actor::Person(row.citizen_id.clone()) {
        entry = entry.acting_for(&row.citizen_id);
    }
    audit::record_in(&mut tx, clock, entry).await?;
    tx.commit().await?;
    notify(db, clock, &row, "mandate-notice-ended").await?;
    Ok(Some(row))
}

pub async fn mandate(db: &Db, id: &str) -> Result<Option<MandateRow>, sqlx::Error> {
    store::mandate(&db.pool, id).await
}

pub async fn of_citizen(db: &Db, citizen_id: &str) -> Result<Vec<MandateRow>, sqlx::Error> {
    store::of_citizen(&db.pool, citizen_id).await
}

pub async fn of_helper(db: &Db, helper_id: &str) -> Result<Vec<MandateRow>, sqlx::Error> {
    store::of_helper(&db.pool, helper_id).await
}

/// May this helper do `action` in `scope` for this citizen today? One indexed query.
pub async fn check(
    db: &Db,
    helper_id: &str,
    citizen_id: &str,
    scope: Scope,
    action: Rights,
    today: Date,
) -> Result<Result<(), Denial>, sqlx::Error> {
    let mandates: Vec<Mandate> = store::between(&db.pool, helper_id, citizen_id)
        .await?
        .iter()
        .filter_map(rule_of)
        .collect();
    Ok(model::decide(&mandates, scope, action, today))
}

/// Protects a citizen at their request (the front desk does it), pausing every
/// permission at once when they ask for that; or lifts the protection. Answers how many
/// permissions were paused.
pub async fn protect(
    db: &Db,
    clock: &Clock,
    citizen_id: &str,
    protected: bool,
    pause_all: bool,
    by: Actor,
) -> Result<u64, sqlx::Error> {
    people::set_protected(db, clock, citizen_id, protected, by.clone()).await?;
    if !(protected && pause_all) {
        return Ok(0);
    }
    let mut tx = db.pool.begin().await?;
    let paused = store::suspend_all(&mut tx, citizen_id, clock.now_ms()).await?;
    if paused > 0 {
        audit::record_in(
            &mut tx,
            clock,
            NewEntry::new(by, "mandate.suspend_all")
                .subject(citizen_id)
                .acting_for(citizen_id)
                .purpose(format!("{paused} permissions paused")),
        )
        .await?;
    }
    tx.commit().await?;
    Ok(paused)
}

/// The citizen hears of every permission given or ended, in their inbox, or on paper
/// when they are exempt from digital post (the post module decides).
async fn notify(
    db: &Db,
    clock: &Clock,
    row: &MandateRow,
    key: &str,
) -> Result<String, sqlx::Error> {
    let helper = auth::user(&db.pool, &row.helper_id)
        .await?
        .map(|u| u.name)
        .unwrap_or_default();
    let lang = Lang::Da;
    let scopes: Vec<String> = row
        .scopes
        .split(',')
        .filter_map(Scope::parse)
        .map(|s| lang.t(s.explain_key()))
        .collect();
    let args = [
        ("helper", helper),
        ("scopes", scopes.join(", ")),
        (
            "until",
            row.valid_to
                .parse::<Date>()
                .map(|d| crate::web::long_date(lang, d))
                .unwrap_or_else(|_| row.valid_to.clone()),
        ),
    ];
    let letter = NewLetter {
        recipient_id: row.citizen_id.clone(),
        area: Area::General,
        subject: lang.t_args(&format!("{key}-subject"), &args),
        body: lang.t_args(&format!("{key}-body"), &args),
        summary: None,
        deadline: None,
        idempotency: None,
        attachments: Vec::new(),
    };
    let sender = Sender {
        actor: Actor::System,
        name: lang.t("offer-sender"),
    };
    match post::send(db, clock, &post::Policy::default(), letter, &sender).await {
        Ok(sent) => Ok(sent.letter().id.clone()),
        Err(post::SendError::Database(error)) => Err(error),
        // A letter without a deadline to a person who exists is always sent.
        Err(other) => Err(sqlx::Error::Protocol(other.to_string())),
    }
}
