//! Helpers and their permissions: a citizen lets a named helper do exactly what an errand
//! needs, for as long as it needs, sees everything the helper did, and can end it at once.

pub(crate) mod api;
pub(crate) mod codes;
mod expiry;
pub mod model;
mod web;

pub(crate) use web::{acting_for, Acting};
mod store;

pub use expiry::{sweep, Noticed};
pub use model::{
    Denial, ExpiryNotice, Giver, Mandate, MandatePolicy, Proposal, Rights, Scope, Status, Terms,
};
pub use store::MandateRow;

use jiff::civil::Date;
use sqlx::AnyConnection;

use crate::audit::{self, Actor, NewEntry};
use crate::auth;
use crate::clock::Clock;
use crate::config::AuthorityProfile;
use crate::db::{new_id, Db};
use crate::i18n::Lang;
use crate::idempotency::{self, Idempotency, IdempotencyError, Made};
use crate::people;
use crate::post::{self, Area, Letter};

/// A stored permission as the rules see it. A row this build cannot read (an unknown
/// scope) never gets this far: reading it is an error, so it grants nothing.
pub(crate) fn rule_of(row: &MandateRow) -> Mandate {
    row.rule()
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
    #[error("no such permission in force for this citizen")]
    NotFound,
    #[error("the change changes nothing")]
    Unchanged,
    /// The helper's code was used or replaced since it was looked up.
    #[error("the helper's code no longer works")]
    CodeGone,
    #[error(transparent)]
    Idempotency(#[from] IdempotencyError),
    #[error(transparent)]
    Database(#[from] sqlx::Error),
    /// The citizen's letter about it could not be sent, so nothing was given or changed.
    #[error("the letter about the permission: {0}")]
    Letter(#[from] post::SendError),
}

/// How the front desk checked the citizen's identity when it gave a permission in person.
pub struct InPerson {
    pub identity_check: String,
}

/// A permission someone asks to give.
pub struct Give {
    pub proposal: Proposal,
    pub note: Option<String>,
    pub giver: Giver,
    /// Given at the front desk with both present: in force at once.
    pub in_person: Option<InPerson>,
    /// A system's `Idempotency-Key`: the same request again answers with the permission
    /// the first one gave and gives nothing more.
    pub idempotency: Option<Idempotency>,
}

/// Gives a permission. It waits for the helper to accept it, unless it was given at the
/// front desk with both present (`in_person`). The citizen and the helper each get a
/// letter about it, in the same transaction.
pub async fn give(
    db: &Db,
    clock: &Clock,
    authority: &AuthorityProfile,
    give: Give,
) -> Result<Made<MandateRow>, GiveError> {
    give_with(db, clock, authority, give, None).await
}

/// Gives a permission to the helper the citizen named by the helper's code
/// (`codes::find`), using the code up in the same transaction: a code names a helper for
/// one permission only, and if two citizens type it at once one of them gets
/// `GiveError::CodeGone` and nothing is given to them.
pub(crate) async fn give_by_code(
    db: &Db,
    clock: &Clock,
    authority: &AuthorityProfile,
    give: Give,
    code: &model::HelperCode,
) -> Result<Made<MandateRow>, GiveError> {
    give_with(db, clock, authority, give, Some(code)).await
}

async fn give_with(
    db: &Db,
    clock: &Clock,
    authority: &AuthorityProfile,
    give: Give,
    code: Option<&model::HelperCode>,
) -> Result<Made<MandateRow>, GiveError> {
    let Give {
        proposal,
        note,
        giver,
        in_person,
        idempotency,
    } = give;
    if !model::may_give(&giver, &proposal.citizen_id) {
        return Err(GiveError::NotAllowed);
    }
    let id = new_id();
    let now = clock.now_ms();
    let mut claimed = None;
    if let Some(request) = &idempotency {
        // The transaction's first statement (see `idempotency::claim`): a twin waits for
        // this one and answers with the permission it gave.
        let mut tx = db.pool.begin().await?;
        if let Some(made) = idempotency::claim(&mut tx, request, &[&id], now).await? {
            let row = match made.first() {
                Some(id) => store::mandate_in(&mut tx, id).await?,
                None => None,
            };
            tx.rollback().await?;
            return row.map(Made::Repeat).ok_or(GiveError::NotFound);
        }
        claimed = Some(tx);
    }
    // Checked in the transaction that holds the key; without a key before it begins, as
    // on SQLite a transaction that reads first cannot write once another committed.
    let today = clock.today();
    let in_person_given = in_person.is_some();
    let policy = &authority.mandates;
    let protected = match claimed.as_mut() {
        Some(tx) => check_proposal(tx, &proposal, in_person_given, policy, today).await?,
        None => {
            let mut conn = db.pool.acquire().await?;
            check_proposal(&mut conn, &proposal, in_person_given, policy, today).await?
        }
    };
    let mut tx = match claimed {
        Some(tx) => tx,
        None => db.pool.begin().await?,
    };
    let actor = match &giver {
        Giver::Citizen(id) | Giver::FrontDesk(id) => Actor::Person(id.clone()),
        Giver::System(key) => Actor::ApiKey(key.clone()),
    };
    let row = MandateRow {
        id,
        citizen_id: proposal.citizen_id.clone(),
        helper_id: proposal.helper_id.clone(),
        scopes: proposal.scopes.clone(),
        rights: proposal.rights,
        valid_from: proposal.valid_from,
        valid_to: proposal.valid_to,
        note,
        given_by: actor.as_text(),
        identity_check: in_person.as_ref().map(|p| p.identity_check.clone()),
        created_at: now,
        accepted_at: in_person.as_ref().map(|_| now),
        suspended_at: None,
        ended_at: None,
        replaces: None,
        expiry_noticed_at: None,
    };
    store::insert(&mut tx, &row).await?;
    if let Some(code) = code {
        if !codes::use_in(&mut tx, clock, code, &row.helper_id).await? {
            return Err(GiveError::CodeGone);
        }
    }
    let mut entry = NewEntry::new(actor, "mandate.give")
        .subject(&row.citizen_id)
        .object(&row.id)
        .purpose(format!(
            "{} may {} in {}{}",
            row.helper_id,
            row.rights.as_str(),
            store::scopes_text(&row.scopes),
            if code.is_some() {
                " (named by the helper's code)"
            } else {
                ""
            }
        ));
    if !matches!(giver, Giver::Citizen(_)) {
        entry = entry.acting_for(&row.citizen_id);
    }
    audit::record_in(&mut tx, clock, entry).await?;
    let notice = notify_in(
        &mut tx,
        clock,
        &authority.post,
        &row,
        "mandate-notice-given",
    )
    .await?;
    if protected {
        // Someone who may be watched online hears of every new permission on paper too.
        post::print_copy_in(&mut tx, &notice, post::PrintReason::Protection).await?;
    }
    notify_helper_in(
        &mut tx,
        clock,
        &authority.post,
        &row,
        "mandate-notice-helper-given",
    )
    .await?;
    tx.commit().await?;
    Ok(Made::New(row))
}

/// Checks a permission someone asks to give against the people and the permissions
/// between them; answers whether the citizen is protected (a new permission then needs
/// them in person, `in_person`).
async fn check_proposal(
    conn: &mut AnyConnection,
    proposal: &Proposal,
    in_person: bool,
    policy: &MandatePolicy,
    today: Date,
) -> Result<bool, GiveError> {
    let known = auth::existing_people(conn, &[&proposal.citizen_id, &proposal.helper_id]).await?;
    if !known.contains(&proposal.citizen_id) {
        return Err(GiveError::UnknownPerson("citizen"));
    }
    if !known.contains(&proposal.helper_id) {
        return Err(GiveError::UnknownPerson("helper"));
    }
    let protected = people::profile_in(conn, &proposal.citizen_id)
        .await?
        .is_some_and(|p| p.protected);
    if protected && !in_person {
        return Err(GiveError::NeedsInPerson);
    }
    let existing: Vec<Mandate> = store::between(conn, &proposal.helper_id, &proposal.citizen_id)
        .await?
        .iter()
        .map(rule_of)
        .collect();
    let problems = model::proposal_problems(proposal, &existing, policy, today);
    if !problems.is_empty() {
        return Err(GiveError::Problems(problems));
    }
    Ok(protected)
}

/// A permission after a change: what applies now, and the new permission that waits for
/// the helper's yes when the change gave more.
pub(crate) struct Changed {
    pub now: MandateRow,
    pub waiting: Option<MandateRow>,
}

/// What a citizen asks to change in a permission, as a page or the API sends it.
pub(crate) struct ChangeRequest {
    pub terms: Terms,
    pub note: Option<String>,
    /// A system's `Idempotency-Key`: the same request again answers with the
    /// permissions the first call left and changes nothing more.
    pub idempotency: Option<Idempotency>,
}

/// Changes a permission in force (areas, look or act, last day, note) at the citizen's
/// request. Less applies at once; more becomes a new permission that waits for the
/// helper's yes, and until then the old one is narrowed to what both allow
/// (`model::plan_change`). A newer change replaces one still waiting. The citizen gets a
/// letter about it, also on paper when they are protected.
pub(crate) async fn change(
    db: &Db,
    clock: &Clock,
    authority: &AuthorityProfile,
    id: &str,
    citizen_id: &str,
    request: ChangeRequest,
    giver: Giver,
) -> Result<Changed, GiveError> {
    if !model::may_give(&giver, citizen_id) {
        return Err(GiveError::NotAllowed);
    }
    let ChangeRequest {
        terms: wanted,
        note,
        idempotency,
    } = request;
    if let Some(request) = &idempotency {
        let made = idempotency::made_before(&mut *db.pool.acquire().await?, request).await?;
        if let Some(made) = made {
            return changed_before(db, &made).await;
        }
    }
    let today = clock.today();
    let row = store::mandate(&db.pool, id)
        .await?
        .filter(|row| row.citizen_id == citizen_id)
        .ok_or(GiveError::NotFound)?;
    let current = rule_of(&row);
    if matches!(current.status(today), Status::Ended | Status::Expired) {
        return Err(GiveError::NotFound);
    }
    let others: Vec<Mandate> =
        store::between(&mut *db.pool.acquire().await?, &row.helper_id, citizen_id)
            .await?
            .iter()
            .filter(|other| other.id != row.id && other.replaces.as_deref() != Some(&row.id))
            .map(rule_of)
            .collect();
    let proposal = Proposal {
        citizen_id: citizen_id.to_owned(),
        helper_id: row.helper_id.clone(),
        scopes: wanted.scopes.clone(),
        rights: wanted.rights,
        valid_from: current.valid_from.max(today),
        valid_to: wanted.valid_to,
    };
    let problems = model::proposal_problems(&proposal, &others, &authority.mandates, today);
    if !problems.is_empty() {
        return Err(GiveError::Problems(problems));
    }
    let mut sorted = wanted.scopes.clone();
    sorted.sort();
    sorted.dedup();
    let wanted = Terms {
        scopes: sorted,
        ..wanted
    };
    let mut old_terms = model::Terms::of(&current);
    old_terms.scopes.sort();
    if old_terms == wanted && note == row.note {
        return Err(GiveError::Unchanged);
    }
    let plan = model::plan_change(&current, &wanted);
    let protected = people::profile(db, citizen_id)
        .await?
        .is_some_and(|p| p.protected);
    // More for the helper is a new permission, and a protected citizen gives new ones in
    // person only. Less is always possible.
    if protected && plan.waiting.is_some() && !matches!(giver, Giver::FrontDesk(_)) {
        return Err(GiveError::NeedsInPerson);
    }
    let actor = match &giver {
        Giver::Citizen(id) | Giver::FrontDesk(id) => Actor::Person(id.clone()),
        Giver::System(key) => Actor::ApiKey(key.clone()),
    };
    let now_ms = clock.now_ms();
    let waiting = plan.waiting.as_ref().map(|terms| MandateRow {
        id: new_id(),
        citizen_id: citizen_id.to_owned(),
        helper_id: row.helper_id.clone(),
        scopes: terms.scopes.clone(),
        rights: terms.rights,
        valid_from: proposal.valid_from,
        valid_to: terms.valid_to,
        note: note.clone(),
        given_by: actor.as_text(),
        identity_check: None,
        created_at: now_ms,
        accepted_at: None,
        // A paused permission stays paused through a change: changing it is no way
        // around the pause.
        suspended_at: row.suspended_at,
        ended_at: None,
        replaces: Some(row.id.clone()),
        expiry_noticed_at: None,
    });
    let mut tx = db.pool.begin().await?;
    if let Some(request) = &idempotency {
        // The transaction's first statement (see `idempotency::claim`): a twin waits for
        // this change and answers with it.
        let mut made = vec![row.id.as_str()];
        made.extend(waiting.as_ref().map(|w| w.id.as_str()));
        if let Some(made) = idempotency::claim(&mut tx, request, &made, now_ms).await? {
            tx.rollback().await?;
            return changed_before(db, &made).await;
        }
    }
    store::end_waiting_changes(&mut tx, &row.id, &actor.as_text(), now_ms).await?;
    let in_force = match &plan.now {
        Some(terms) => store::change_terms(&mut tx, &row.id, terms, note.as_deref()).await?,
        // Nothing in common with what the citizen wants now: the old one stops at once.
        None => store::end(&mut tx, &row.id, &actor.as_text(), now_ms).await?,
    };
    if !in_force {
        // Ended by someone else a moment ago.
        return Err(GiveError::NotFound);
    }
    if let Some(waiting) = &waiting {
        store::insert(&mut tx, waiting).await?;
    }
    let mut entry = NewEntry::new(actor, "mandate.change")
        .subject(citizen_id)
        .object(&row.id)
        .purpose(format!(
            "now {}; waiting for the helper's yes: {}",
            plan.now.as_ref().map_or("ended".to_owned(), |t| format!(
                "{} in {} until {}",
                t.rights.as_str(),
                store::scopes_text(&t.scopes),
                t.valid_to
            )),
            waiting.as_ref().map_or("nothing".to_owned(), |w| format!(
                "{} ({} in {} until {})",
                w.id,
                w.rights.as_str(),
                store::scopes_text(&w.scopes),
                w.valid_to
            )),
        ));
    if !matches!(giver, Giver::Citizen(_)) {
        entry = entry.acting_for(citizen_id);
    }
    audit::record_in(&mut tx, clock, entry).await?;
    let now = store::mandate_in(&mut tx, &row.id)
        .await?
        .ok_or(GiveError::NotFound)?;
    let notice = notify_change_in(&mut tx, clock, &authority.post, &now, waiting.as_ref()).await?;
    if protected {
        // As with a new permission: someone who may be watched online hears on paper too.
        post::print_copy_in(&mut tx, &notice, post::PrintReason::Protection).await?;
    }
    if let Some(waiting) = &waiting {
        // More waits for the helper's yes, so the helper must hear of it; less applies
        // at once and the helper sees it on their next click.
        notify_helper_in(
            &mut tx,
            clock,
            &authority.post,
            waiting,
            "mandate-notice-helper-more",
        )
        .await?;
    }
    tx.commit().await?;
    Ok(Changed { now, waiting })
}

/// What an earlier call with the same key left (the permission changed, then the one
/// waiting for the helper's yes, if any), as it stands now: the permissions, not a copy
/// of the first answer, so a retry after the helper said yes shows that too.
async fn changed_before(db: &Db, made: &[String]) -> Result<Changed, GiveError> {
    let now = match made.first() {
        Some(id) => store::mandate(&db.pool, id).await?,
        None => None,
    };
    let waiting = match made.get(1) {
        Some(id) => store::mandate(&db.pool, id).await?,
        None => None,
    };
    Ok(Changed {
        now: now.ok_or(GiveError::NotFound)?,
        waiting,
    })
}

/// The letter about a change: what applies now, and what waits for the helper's yes.
async fn notify_change_in(
    conn: &mut AnyConnection,
    clock: &Clock,
    policy: &post::Policy,
    now: &MandateRow,
    waiting: Option<&MandateRow>,
) -> Result<Letter, post::SendError> {
    let lang = people::language_in(conn, &now.citizen_id).await?;
    let args = describe(conn, now, lang).await?;
    let mut parts = vec![if now.ended_at.is_some() {
        lang.t_args("mandate-notice-changed-stopped", &args)
    } else {
        lang.t_args("mandate-notice-changed-now", &args)
    }];
    if let Some(waiting) = waiting {
        parts.push(lang.t_args(
            "mandate-notice-changed-waiting",
            &describe(conn, waiting, lang).await?,
        ));
    }
    parts.push(lang.t_args("mandate-notice-changed-end", &args));
    let subject = lang.t_args("mandate-notice-changed-subject", &args);
    let letter = system_letter(&now.citizen_id, lang, subject, parts.join("\n\n"));
    post::send_system_in(conn, clock, policy, letter).await
}

/// The helper says yes; the permission starts (on its first day).
pub(crate) async fn accept(
    db: &Db,
    clock: &Clock,
    id: &str,
    helper_id: &str,
) -> Result<bool, sqlx::Error> {
    let mut tx = db.pool.begin().await?;
    let accepted = store::accept(&mut tx, id, helper_id, clock.now_ms()).await?;
    if accepted {
        let Some(row) = store::mandate_in(&mut tx, id).await? else {
            tx.rollback().await?;
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
        // A change that gave more: the permission it changes gives way to it now.
        if let Some(old) = &row.replaces {
            if store::end(&mut tx, old, &Actor::System.as_text(), clock.now_ms()).await? {
                audit::record_in(
                    &mut tx,
                    clock,
                    NewEntry::new(Actor::System, "mandate.end")
                        .subject(&row.citizen_id)
                        .object(old)
                        .purpose(format!("replaced by {id}, which the helper said yes to")),
                )
                .await?;
            }
        }
    }
    tx.commit().await?;
    Ok(accepted)
}

/// Ends a permission at once. The citizen can always; a system or staff on their request.
/// Answers the permission when it was still in force.
pub(crate) async fn end(
    db: &Db,
    clock: &Clock,
    policy: &post::Policy,
    id: &str,
    by: Actor,
) -> Result<Option<MandateRow>, post::SendError> {
    let mut tx = db.pool.begin().await?;
    let Some(row) = store::mandate_in(&mut tx, id).await? else {
        tx.rollback().await?;
        return Ok(None);
    };
    if !store::end(&mut tx, id, &by.as_text(), clock.now_ms()).await? {
        tx.rollback().await?;
        return Ok(None);
    }
    let mut entry = NewEntry::new(by.clone(), "mandate.end")
        .subject(&row.citizen_id)
        .object(id);
    if by != Actor::Person(row.citizen_id.clone()) {
        entry = entry.acting_for(&row.citizen_id);
    }
    audit::record_in(&mut tx, clock, entry).await?;
    notify_in(&mut tx, clock, policy, &row, "mandate-notice-ended").await?;
    tx.commit().await?;
    Ok(Some(row))
}

pub async fn mandate(db: &Db, id: &str) -> Result<Option<MandateRow>, sqlx::Error> {
    store::mandate(&db.pool, id).await
}

pub async fn of_citizen(db: &Db, citizen_id: &str) -> Result<Vec<MandateRow>, sqlx::Error> {
    store::of_citizen(&db.pool, citizen_id).await
}

pub(crate) async fn of_helper(db: &Db, helper_id: &str) -> Result<Vec<MandateRow>, sqlx::Error> {
    store::of_helper(&db.pool, helper_id).await
}

/// May this helper do `action` in `scope` for this citizen today? One indexed query. For
/// an area it answers what the pages do: whether the helper may see (or answer) that
/// area's letters (`model::may_read_letter`).
pub async fn check(
    db: &Db,
    helper_id: &str,
    citizen_id: &str,
    scope: Scope,
    action: Rights,
    today: Date,
) -> Result<Result<(), Denial>, sqlx::Error> {
    let mandates: Vec<Mandate> = store::check_between(db, helper_id, citizen_id)
        .await?
        .into_iter()
        .collect();
    Ok(match scope {
        Scope::Subject(area) => model::may_read_letter(&mandates, area, action, today),
        scope => model::decide(&mandates, scope, action, today),
    })
}

/// The helper's permissions in force from this citizen today, each as stored and as the
/// rules read it. None is a refusal, audited as such, so the citizen sees that they tried.
/// The one decision of whom a helper may act for, asked by every page where they do.
pub(crate) async fn in_force_for(
    db: &Db,
    clock: &Clock,
    helper_id: &str,
    citizen_id: &str,
) -> Result<Vec<(MandateRow, Mandate)>, sqlx::Error> {
    let today = clock.today();
    let mut in_force: Vec<(MandateRow, Mandate)> =
        store::between(&mut *db.pool.acquire().await?, helper_id, citizen_id)
            .await?
            .into_iter()
            .map(|row| {
                let rule = rule_of(&row);
                (row, rule)
            })
            .filter(|(_, rule)| rule.status(today) == Status::Active)
            .collect();
    // Newest first, as the helper's other lists.
    in_force.sort_by_key(|(row, _)| std::cmp::Reverse(row.created_at));
    if in_force.is_empty() {
        refused(db, clock, helper_id, citizen_id, "no active permission").await?;
    }
    Ok(in_force)
}

/// A helper asked for something outside their permission: refused, and audited as
/// `mandate.refused`, which the citizen sees among what their helpers did.
pub(crate) async fn refused(
    db: &Db,
    clock: &Clock,
    helper_id: &str,
    citizen_id: &str,
    what: &str,
) -> Result<(), sqlx::Error> {
    audit::record(
        db,
        clock,
        NewEntry::new(Actor::Person(helper_id.to_owned()), "mandate.refused")
            .subject(citizen_id)
            .acting_for(citizen_id)
            .purpose(what.to_owned()),
    )
    .await?;
    Ok(())
}

/// The purpose a refusal of the citizen's letter outside the permission is audited with.
/// The citizen's list of what their helpers did reads it back ([`refused_letter`]) to name
/// the letter, so the two are written in one place.
pub(crate) fn letter_outside(id: &str) -> String {
    format!("letter {id} outside the permission")
}

/// The letter a refusal's purpose names as outside the permission, if it is one of those.
pub(crate) fn refused_letter(purpose: &str) -> Option<&str> {
    purpose
        .strip_prefix("letter ")?
        .strip_suffix(" outside the permission")
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

/// The citizen's permissions paused now (by protection) that could still let their helper
/// do something: not ended and not run out. The ones the front desk may resume.
pub(crate) async fn paused(
    db: &Db,
    clock: &Clock,
    citizen_id: &str,
) -> Result<Vec<MandateRow>, sqlx::Error> {
    let today = clock.today();
    Ok(store::of_citizen(&db.pool, citizen_id)
        .await?
        .into_iter()
        .filter(|row| rule_of(row).status(today) == Status::Suspended)
        .collect())
}

#[derive(Debug, thiserror::Error)]
pub(crate) enum ResumeError {
    /// One of the permissions chosen is not this citizen's paused one (any more).
    #[error("no such paused permission of this citizen")]
    NotPaused,
    #[error(transparent)]
    Database(#[from] sqlx::Error),
    #[error("the letter about the permission: {0}")]
    Letter(#[from] post::SendError),
}

/// Resumes the paused permissions the citizen chose, in person at the front desk (`by`,
/// after `identity_check`): each one lets its helper do what it did before the pause, and
/// is announced as a new one is: a letter to the citizen, with a paper copy in the print
/// queue (reason `protection`: someone who was protected may still be watched online),
/// and a letter to the helper, all in one transaction with the change. All or nothing:
/// a permission ended or resumed by someone else meanwhile resumes none.
pub(crate) async fn resume(
    db: &Db,
    clock: &Clock,
    policy: &post::Policy,
    citizen_id: &str,
    ids: &[String],
    identity_check: &str,
    by: Actor,
) -> Result<Vec<MandateRow>, ResumeError> {
    let today = clock.today();
    let mut tx = db.pool.begin().await?;
    let mut resumed = Vec::with_capacity(ids.len());
    for id in ids {
        let row = store::mandate_in(&mut tx, id)
            .await?
            .filter(|row| row.citizen_id == citizen_id)
            .filter(|row| rule_of(row).status(today) == Status::Suspended)
            .ok_or(ResumeError::NotPaused)?;
        if !store::resume(&mut tx, id, citizen_id).await? {
            tx.rollback().await?;
            return Err(ResumeError::NotPaused);
        }
        audit::record_in(
            &mut tx,
            clock,
            NewEntry::new(by.clone(), "mandate.resume")
                .subject(citizen_id)
                .acting_for(citizen_id)
                .object(id)
                .purpose(format!("the citizen chose it in person ({identity_check})")),
        )
        .await?;
        let row = MandateRow {
            suspended_at: None,
            ..row
        };
        let notice = notify_in(&mut tx, clock, policy, &row, "mandate-notice-resumed").await?;
        post::print_copy_in(&mut tx, &notice, post::PrintReason::Protection).await?;
        notify_helper_in(
            &mut tx,
            clock,
            policy,
            &row,
            "mandate-notice-helper-resumed",
        )
        .await?;
        resumed.push(row);
    }
    tx.commit().await?;
    Ok(resumed)
}

/// The citizen hears of every permission given, changed, ended or run out, in their
/// inbox, or on paper when they are exempt from digital post (the post module decides),
/// in the transaction that made the change.
async fn notify_in(
    conn: &mut AnyConnection,
    clock: &Clock,
    policy: &post::Policy,
    row: &MandateRow,
    key: &str,
) -> Result<Letter, post::SendError> {
    let lang = people::language_in(conn, &row.citizen_id).await?;
    let args = describe(conn, row, lang).await?;
    let subject = lang.t_args(&format!("{key}-subject"), &args);
    let body = lang.t_args(&format!("{key}-body"), &args);
    let letter = system_letter(&row.citizen_id, lang, subject, body);
    post::send_system_in(conn, clock, policy, letter).await
}

/// The helper hears of a permission given to them, of a change that gives them more, or
/// of a paused one resumed (`key` says which), in the same transaction as the citizen's
/// letter: until now nothing told them there was something to say yes to. Whether it waits for their yes or is in force already
/// (given at the front desk with both present) the letter says, and where to answer.
async fn notify_helper_in(
    conn: &mut AnyConnection,
    clock: &Clock,
    policy: &post::Policy,
    row: &MandateRow,
    key: &str,
) -> Result<Letter, post::SendError> {
    let lang = people::language_in(conn, &row.helper_id).await?;
    let mut args = describe(conn, row, lang).await?;
    let start = match (row.accepted_at.is_some(), key) {
        (false, _) => "mandate-notice-helper-start-waiting",
        // Said yes to before the pause: in force again, nothing to answer.
        (true, "mandate-notice-helper-resumed") => "mandate-notice-helper-start-resumed",
        (true, _) => "mandate-notice-helper-start-accepted",
    };
    args.push(("start", lang.t_args(start, &args)));
    let subject = lang.t_args(&format!("{key}-subject"), &args);
    let body = lang.t_args(&format!("{key}-body"), &args);
    let letter = system_letter(&row.helper_id, lang, subject, body);
    post::send_system_in(conn, clock, policy, letter).await
}

/// A permission in the words of the letters about it: both names, what the helper may
/// help with (as the citizen and as the helper read it), look or act, the last day, and
/// the first day without it.
async fn describe(
    conn: &mut AnyConnection,
    row: &MandateRow,
    lang: Lang,
) -> Result<Vec<(&'static str, String)>, sqlx::Error> {
    let helper = auth::user_in(conn, &row.helper_id)
        .await?
        .map(|u| u.name)
        .unwrap_or_default();
    let citizen = auth::user_in(conn, &row.citizen_id)
        .await?
        .map(|u| u.name)
        .unwrap_or_default();
    let scopes: Vec<String> = row.scopes.iter().map(|s| lang.t(s.explain_key())).collect();
    let until = crate::i18n::long_date(lang, row.valid_to);
    let from = row
        .valid_to
        .tomorrow()
        .map_or_else(|_| until.clone(), |d| crate::i18n::long_date(lang, d));
    // Look or act, said in a sentence of its own in every letter: "may help you with"
    // alone left the citizen (and the helper) guessing whether the helper may answer.
    let rights = row.rights.as_str();
    let helper_scopes: Vec<String> = row.scopes.iter().map(|s| lang.t(s.helper_key())).collect();
    let names = [("helper", helper.clone()), ("citizen", citizen)];
    Ok(vec![
        (
            "can",
            lang.t_args(&format!("mandate-notice-can-{rights}"), &names),
        ),
        (
            "could",
            lang.t_args(&format!("mandate-notice-could-{rights}"), &names),
        ),
        (
            "you-can",
            lang.t_args(&format!("mandate-notice-you-can-{rights}"), &names),
        ),
        ("helper", helper),
        ("citizen", names[1].1.clone()),
        ("scopes", scopes.join(", ")),
        ("helper-scopes", helper_scopes.join(", ")),
        ("until", until),
        ("from", from),
    ])
}

/// A letter about a permission, filed under the area of letters about permissions: who
/// may help the citizen is for a helper to read only when the citizen ticked that area.
/// Written in `lang`, the recipient's language.
fn system_letter(
    recipient_id: &str,
    lang: Lang,
    subject: String,
    body: String,
) -> post::SystemLetter {
    post::SystemLetter {
        recipient_id: recipient_id.to_owned(),
        area: Area::Mandates,
        subject,
        body,
        language: lang,
    }
}

/// This module's pages, for `crate::router` to merge.
pub(crate) fn pages() -> axum::Router<crate::state::AppState> {
    use axum::routing::{get, post};
    axum::Router::new()
        .route("/hjaelpere", get(web::citizen::helpers))
        .route(
            "/hjaelpere/ny",
            get(web::citizen::give_page).post(web::citizen::give),
        )
        .route(
            "/hjaelpere/{id}/stop",
            get(web::citizen::stop_page).post(web::citizen::stop),
        )
        .route(
            "/hjaelpere/{id}/ret",
            get(web::change::change_page).post(web::change::change),
        )
        // The citizen is in the path, so the front desk gives its reason first
        // (`mydata::desk_reason_gate`) and the look is in the citizen's list with it.
        .route(
            "/borgerservice/{id}/tilladelse/{mandate}/ret",
            get(web::change::desk_change_page).post(web::change::desk_change),
        )
        .route(
            "/borgerservice/{id}/tilladelse",
            get(web::desk::desk_page).post(web::desk::desk_give),
        )
        .route("/borgerservice/{id}/beskyttelse", post(web::desk::protect))
        .route(
            "/borgerservice/{id}/genoptag",
            get(web::desk::resume_page).post(web::desk::resume),
        )
        .route(
            "/borgerservice/{id}/tilladelse/{mandate}/kvittering",
            get(web::desk::receipt),
        )
        .route("/jeg-hjaelper", get(web::helper::helping))
        .route("/jeg-hjaelper/kode", post(web::helper::new_code))
        .route("/saadan-hjaelper-du/{name}", get(web::guide::guide))
        .route("/jeg-hjaelper/{id}/ja", post(web::helper::accept))
        .route("/jeg-hjaelper/{citizen}", get(web::helper::acting_post))
        .route(
            "/jeg-hjaelper/{citizen}/post/{id}",
            get(web::helper::acting_letter),
        )
        .route(
            "/jeg-hjaelper/{citizen}/post/{id}/svar",
            post(web::helper::acting_answer),
        )
        .route(
            "/jeg-hjaelper/{citizen}/post/{id}/bilag/{position}",
            get(web::helper::acting_attachment),
        )
}

/// This module's API routes; the OpenAPI document is made from them, so the two cannot
/// drift apart.
pub(crate) fn api() -> utoipa_axum::router::OpenApiRouter<crate::state::AppState> {
    use crate::auth::{scoped, ApiScope};
    use utoipa_axum::routes;
    // Ending and changing: the permissions this key gave, or any with
    // `mandates.manage_all` (checked in `api.rs`, which reads who gave it).
    utoipa_axum::router::OpenApiRouter::new()
        .routes(scoped(routes!(api::api_give), ApiScope::MandatesGive))
        .routes(scoped(routes!(api::api_list), ApiScope::MandatesRead))
        .routes(scoped(
            routes!(api::api_end, api::api_change),
            ApiScope::MandatesGive,
        ))
        .routes(scoped(routes!(api::api_check), ApiScope::MandatesCheck))
}

/// The retention sweep's part for permissions: deletes those that ended (or ran out)
/// before `before` (UTC milliseconds; `before_day` its Danish day), or with `apply`
/// false only counts them, in the caller's transaction.
pub async fn retention_in(
    conn: &mut sqlx::AnyConnection,
    before: i64,
    before_day: Date,
    apply: bool,
) -> Result<u64, sqlx::Error> {
    match apply {
        true => store::delete_ended_before(conn, before, before_day).await,
        false => Ok(
            u64::try_from(store::count_ended_before(conn, before, before_day).await?).unwrap_or(0),
        ),
    }
}

/// How many permissions are in force on `today`, and how many helpers hold one (the
/// inclusion figures).
pub async fn in_force_counts(db: &Db, today: Date) -> Result<(u64, u64), sqlx::Error> {
    store::in_force_counts(&db.pool, today).await
}
