//! A project's realistic business case (issue 19): the owner's draft of three-point
//! lines, a seeded simulation of it (the `businesscase` crate), versions with what changed
//! and why, and publication beside the project's assessment.

pub(crate) mod api;
pub(crate) mod demo;
mod form;
pub mod model;
mod store;
pub(crate) mod web;

pub(crate) use form::parse_number;
pub use store::{CaseVersion, Draft};

use super::{may_read, AssessError};
use crate::auth::{Role, User};
use crate::clock::Clock;
use crate::db::Db;
use crate::forms::FormErrors;
use model::CaseDocument;

/// The largest seed: 2^53 - 1, so that a seed survives a JSON reader's number.
pub const MAX_SEED: u64 = (1 << 53) - 1;

/// A fresh seed for a new case.
pub fn new_seed() -> u64 {
    rand::random::<u64>() & MAX_SEED
}

/// The case's draws as the calculator takes them.
pub fn draws_of(draft: &Draft) -> businesscase::Draws {
    businesscase::Draws {
        draws: draft.draws,
        seed: draft.seed,
    }
}

/// The problems of a draft: the calculator's and the words' (`model`), and a seed too
/// large for JSON.
pub fn problems(draft: &Draft) -> FormErrors {
    let mut errors = draft.document.problems(&draws_of(draft));
    if draft.seed > MAX_SEED {
        errors.add("seed", "case-error-seed");
    }
    errors
}

/// The simulation of a draft that has no problems.
pub fn simulate(draft: &Draft) -> Result<businesscase::Outcome, FormErrors> {
    let errors = problems(draft);
    if !errors.is_empty() {
        return Err(errors);
    }
    businesscase::simulate(&draft.document.calculation(), &draws_of(draft)).map_err(|found| {
        let mut errors = FormErrors::default();
        for problem in found {
            errors.add_at(problem.field, model::problem_key(problem.code));
        }
        errors
    })
}

/// The project's draft case, or an empty one at revision 0 when none is written yet.
pub async fn draft(db: &Db, user: &User, project_id: &str) -> Result<Draft, AssessError> {
    super::project(db, user, project_id).await?;
    let found = store::draft(&mut *db.pool.acquire().await?, project_id).await?;
    Ok(found.unwrap_or_else(|| Draft {
        document: CaseDocument::default(),
        draws: businesscase::DEFAULT_DRAWS,
        seed: new_seed(),
        revision: 0,
        updated_at: 0,
    }))
}

/// Keeps the owner's draft, if it has no problems and nobody saved another since
/// `draft.revision`; answers it as saved.
pub async fn save_draft(
    db: &Db,
    clock: &Clock,
    user: &User,
    project_id: &str,
    mut draft: Draft,
) -> Result<Draft, AssessError> {
    if !user.has(Role::ProjectOwner) {
        return Err(AssessError::NotAllowed);
    }
    super::project(db, user, project_id).await?;
    let errors = problems(&draft);
    if !errors.is_empty() {
        return Err(AssessError::Invalid(errors));
    }
    let now = clock.now_ms();
    let mut tx = db.pool.begin().await?;
    if !store::save_draft(&mut tx, project_id, &draft, &user.id, now).await? {
        tx.rollback().await?;
        return Err(AssessError::Stale);
    }
    tx.commit().await?;
    draft.revision += 1;
    draft.updated_at = now;
    Ok(draft)
}

/// The most characters of "what changed and why".
pub const MAX_WHAT_CHANGED: usize = 2_000;

/// Makes a version of the saved draft with its simulation and what changed and why;
/// answers its number.
pub async fn make_version(
    db: &Db,
    clock: &Clock,
    user: &User,
    project_id: &str,
    what_changed: &str,
) -> Result<i64, AssessError> {
    if !user.has(Role::ProjectOwner) {
        return Err(AssessError::NotAllowed);
    }
    let mut errors = FormErrors::default();
    let what_changed = errors.text(
        "what_changed",
        what_changed,
        MAX_WHAT_CHANGED,
        "case-error-too-long",
    );
    if what_changed.is_empty() && errors.is_empty() {
        errors.add("what_changed", "case-error-what-changed");
    }
    let draft = draft(db, user, project_id).await?;
    if draft.revision == 0 {
        errors.add("what_changed", "case-error-nothing-saved");
    }
    if !errors.is_empty() {
        return Err(AssessError::Invalid(errors));
    }
    let outcome = simulate(&draft).map_err(AssessError::Invalid)?;
    let version = CaseVersion {
        number: 0,
        document: draft.document,
        draws: draft.draws,
        seed: draft.seed,
        outcome,
        what_changed,
        made_by: user.id.clone(),
        made_at: clock.now_ms(),
        published_at: None,
    };
    let mut tx = db.pool.begin().await?;
    let number = store::add_version(&mut tx, project_id, &version).await?;
    tx.commit().await?;
    Ok(number)
}

/// Every version of the project's case, the first first.
pub async fn versions(
    db: &Db,
    user: &User,
    project_id: &str,
) -> Result<Vec<CaseVersion>, AssessError> {
    if !may_read(user) {
        return Err(AssessError::NotAllowed);
    }
    Ok(store::versions(&mut *db.pool.acquire().await?, project_id).await?)
}

/// Publishes the newest version, with an audit entry; answers its number.
pub async fn publish(
    db: &Db,
    clock: &Clock,
    user: &User,
    project_id: &str,
) -> Result<i64, AssessError> {
    if !user.has(Role::ProjectOwner) {
        return Err(AssessError::NotAllowed);
    }
    super::project(db, user, project_id).await?;
    let mut tx = db.pool.begin().await?;
    let Some(number) = store::publish_newest(&mut tx, project_id, clock.now_ms()).await? else {
        tx.rollback().await?;
        let mut errors = FormErrors::default();
        errors.add("publish", "case-error-no-version");
        return Err(AssessError::Invalid(errors));
    };
    crate::audit::record_in(
        &mut tx,
        clock,
        crate::audit::NewEntry::new(
            crate::audit::Actor::Person(user.id.clone()),
            "assess.case.publish",
        )
        .object(project_id),
    )
    .await?;
    tx.commit().await?;
    Ok(number)
}

/// The published case anyone may read: every version up to the newest published one (its
/// history), or `None` when none is published.
pub async fn published(db: &Db, project_id: &str) -> Result<Option<Vec<CaseVersion>>, sqlx::Error> {
    let mut versions = store::versions(&mut *db.pool.acquire().await?, project_id).await?;
    let Some(last) = versions.iter().rposition(|v| v.published_at.is_some()) else {
        return Ok(None);
    };
    versions.truncate(last + 1);
    Ok(Some(versions))
}
