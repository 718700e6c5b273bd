//! The paper channel: the print queue, posting, and handing over in person.

use crate::audit::{self, Actor, NewEntry};
use crate::clock::Clock;
use crate::db::Db;
use crate::people::{self, Channel};
use crate::post::*;
use sqlx::AnyConnection;

/// Puts a paper copy of a letter just sent in the print queue, inside the transaction that
/// sent it, for a reason such as `protection`. A paper letter is in the queue already.
pub(crate) async fn print_copy_in(
    conn: &mut AnyConnection,
    letter: &Letter,
    reason: PrintReason,
) -> Result<(), sqlx::Error> {
    if letter.channel == Channel::Paper {
        return Ok(());
    }
    crate::post::store::insert_print_jobs(conn, &[&letter.id], reason, letter.sent_at).await
}

/// The print queue (or, with `posted`, the letters already posted) with each letter.
pub(crate) async fn print_jobs(
    db: &Db,
    posted: bool,
) -> Result<Vec<(PrintJob, Letter)>, sqlx::Error> {
    let mut found = Vec::new();
    for job in crate::post::store::print_jobs(&db.pool, posted, 500).await? {
        if let Some(letter) = crate::post::store::letter(&db.pool, &job.message_id).await? {
            found.push((job, letter));
        }
    }
    Ok(found)
}

/// The letters waiting in the print queue, oldest first: those that can go by post, and
/// those whose reader has no address, which the front desk reads aloud on the phone or
/// hands over instead (DESIGN.md, post).
pub(crate) async fn print_queue(db: &Db) -> Result<PrintQueue, sqlx::Error> {
    let mut queue = PrintQueue::default();
    let jobs = print_jobs(db, false).await?;
    let mut conn = db.pool.acquire().await?;
    for (job, letter) in jobs {
        match has_address(&mut conn, &letter.recipient_id).await? {
            true => queue.postable.push((job, letter)),
            false => queue.no_address.push((job, letter)),
        }
    }
    Ok(queue)
}

/// See [`print_queue`].
#[derive(Default)]
pub(crate) struct PrintQueue {
    pub postable: Vec<(PrintJob, Letter)>,
    pub no_address: Vec<(PrintJob, Letter)>,
}

async fn has_address(conn: &mut AnyConnection, person_id: &str) -> Result<bool, sqlx::Error> {
    Ok(people::profile_in(conn, person_id)
        .await?
        .and_then(|p| p.address)
        .is_some_and(|a| !a.trim().is_empty()))
}

/// The paper copies taken off the queue as no longer needed, the latest first, with
/// each letter.
pub(crate) async fn not_needed_copies(db: &Db) -> Result<Vec<(PrintJob, Letter)>, sqlx::Error> {
    let mut found = Vec::new();
    for job in crate::post::store::not_needed_jobs(&db.pool, 50).await? {
        if let Some(letter) = crate::post::store::letter(&db.pool, &job.message_id).await? {
            found.push((job, letter));
        }
    }
    Ok(found)
}

pub async fn print_job(db: &Db, message_id: &str) -> Result<Option<PrintJob>, sqlx::Error> {
    crate::post::store::print_job(&db.pool, message_id).await
}

/// Marks letters posted, each audited; answers how many were still queued.
pub async fn mark_posted(
    db: &Db,
    clock: &Clock,
    message_ids: &[String],
    by: Actor,
) -> Result<usize, sqlx::Error> {
    let mut tx = db.pool.begin().await?;
    let mut posted = 0;
    for id in message_ids {
        let Some(letter) = crate::post::store::letter(&db.pool, id).await? else {
            continue;
        };
        // A letter to nobody's address is never posted, whatever the form sent.
        if !has_address(&mut tx, &letter.recipient_id).await? {
            continue;
        }
        let delivered = crate::post::model::Delivery::Post;
        if crate::post::store::mark_posted(&mut tx, id, &by.as_text(), clock.now_ms(), delivered)
            .await?
        {
            posted += 1;
            audit::record_in(
                &mut tx,
                clock,
                NewEntry::new(by.clone(), "post.posted")
                    .subject(&letter.recipient_id)
                    .object(id),
            )
            .await?;
        }
    }
    tx.commit().await?;
    Ok(posted)
}

/// The front desk read a queued letter aloud on the phone, or handed it over, to a
/// reader without an address; `false` when it was not in the queue.
pub(crate) async fn hand_over(
    db: &Db,
    clock: &Clock,
    message_id: &str,
    by: Actor,
) -> Result<bool, sqlx::Error> {
    let Some(letter) = crate::post::store::letter(&db.pool, message_id).await? else {
        return Ok(false);
    };
    let mut tx = db.pool.begin().await?;
    let delivered = crate::post::model::Delivery::InPerson;
    let done = crate::post::store::mark_posted(
        &mut tx,
        message_id,
        &by.as_text(),
        clock.now_ms(),
        delivered,
    )
    .await?;
    if done {
        audit::record_in(
            &mut tx,
            clock,
            NewEntry::new(by, "post.handed_over")
                .subject(&letter.recipient_id)
                .object(message_id),
        )
        .await?;
    }
    tx.commit().await?;
    Ok(done)
}
