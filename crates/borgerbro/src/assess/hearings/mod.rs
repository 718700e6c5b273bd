//! Public hearings of a project: the project owner opens one with a deadline
//! (`/projekter/{id}/hoering`), anyone answers at `/hoeringer/{id}` until then, the
//! owner moderates each answer (personal data and abuse edited out with a note, never
//! refused) and responds, follow or explain. `model.rs` the rules, `store.rs` the
//! tables, `public.rs` the pages for anyone, `owner.rs` the project owner's, `api.rs` the API, `report.rs` the hearing report, `demo.rs`
//! the demo's hearing.

pub(crate) mod api;
pub(crate) mod demo;
pub(crate) mod model;
pub(crate) mod owner;
pub(crate) mod public;
pub(crate) mod report;
mod store;

pub(crate) use store::{Hearing, HearingAnswer};

use crate::audit::{self, Actor, NewEntry};
use crate::clock::Clock;
use crate::db::Db;
use model::{Moderated, NewAnswer, NewHearing, Response};

/// Every hearing, the latest deadline first.
pub(crate) async fn all(db: &Db) -> Result<Vec<Hearing>, sqlx::Error> {
    let mut conn = db.pool.acquire().await?;
    store::all(&mut conn).await
}

pub(crate) async fn hearing(db: &Db, id: &str) -> Result<Option<Hearing>, sqlx::Error> {
    let mut conn = db.pool.acquire().await?;
    store::get(&mut conn, id).await
}

pub(crate) async fn of_project(db: &Db, project_id: &str) -> Result<Vec<Hearing>, sqlx::Error> {
    let mut conn = db.pool.acquire().await?;
    store::of_project(&mut conn, project_id).await
}

/// A hearing's answers, held and approved, in the order they came.
pub(crate) async fn answers(db: &Db, hearing_id: &str) -> Result<Vec<HearingAnswer>, sqlx::Error> {
    let mut conn = db.pool.acquire().await?;
    store::answers(&mut conn, hearing_id).await
}

/// Opens a hearing with its audit entry, in one transaction.
pub(crate) async fn open(
    db: &Db,
    clock: &Clock,
    id: &str,
    project_id: &str,
    hearing: &NewHearing,
    by: Actor,
) -> Result<(), sqlx::Error> {
    let mut tx = db.pool.begin().await?;
    store::insert(
        &mut tx,
        id,
        project_id,
        hearing,
        &by.as_text(),
        clock.now_ms(),
    )
    .await?;
    audit::record_in(
        &mut tx,
        clock,
        NewEntry::new(by, "assess.hearing.open").object(id),
    )
    .await?;
    tx.commit().await
}

/// Why an answer was not taken.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum AnswerRefused {
    UnknownHearing,
    Closed,
}

/// Holds an answer for moderation, if the hearing is still open at this moment (checked
/// in the same transaction that stores it).
pub(crate) async fn answer(
    db: &Db,
    clock: &Clock,
    hearing_id: &str,
    answer: &NewAnswer,
) -> Result<Result<String, AnswerRefused>, sqlx::Error> {
    let mut tx = db.pool.begin().await?;
    let now = clock.now_ms();
    let refused = match store::get(&mut tx, hearing_id).await? {
        None => Some(AnswerRefused::UnknownHearing),
        Some(h) if !h.is_open(now) => Some(AnswerRefused::Closed),
        Some(_) => None,
    };
    if let Some(refused) = refused {
        tx.rollback().await?;
        return Ok(Err(refused));
    }
    let id = crate::db::new_id();
    store::insert_answer(&mut tx, &id, hearing_id, answer, now).await?;
    // A citizen who answered in their own name is in the audit log as the one who did;
    // an answer without login has no one to name.
    if let Some(person) = &answer.person_id {
        audit::record_in(
            &mut tx,
            clock,
            NewEntry::new(Actor::Person(person.clone()), "assess.hearing.answer")
                .object(hearing_id),
        )
        .await?;
    }
    tx.commit().await?;
    Ok(Ok(id))
}

/// Approves a held answer as moderated; false when there was no such held answer.
pub(crate) async fn approve(
    db: &Db,
    clock: &Clock,
    hearing_id: &str,
    answer_id: &str,
    moderated: &Moderated,
    by: Actor,
) -> Result<bool, sqlx::Error> {
    let mut tx = db.pool.begin().await?;
    let done = store::approve(
        &mut tx,
        hearing_id,
        answer_id,
        moderated,
        &by.as_text(),
        clock.now_ms(),
    )
    .await?;
    if done {
        audit::record_in(
            &mut tx,
            clock,
            NewEntry::new(by, "assess.hearing.moderate").object(answer_id),
        )
        .await?;
    }
    tx.commit().await?;
    Ok(done)
}

/// Records the project's response to an approved answer; false when there was none.
pub(crate) async fn respond(
    db: &Db,
    clock: &Clock,
    hearing_id: &str,
    answer_id: &str,
    response: (Response, &str),
    by: Actor,
) -> Result<bool, sqlx::Error> {
    let mut tx = db.pool.begin().await?;
    let done = store::respond(
        &mut tx,
        hearing_id,
        answer_id,
        response.0,
        response.1,
        &by.as_text(),
        clock.now_ms(),
    )
    .await?;
    if done {
        audit::record_in(
            &mut tx,
            clock,
            NewEntry::new(by, "assess.hearing.respond").object(answer_id),
        )
        .await?;
    }
    tx.commit().await?;
    Ok(done)
}
