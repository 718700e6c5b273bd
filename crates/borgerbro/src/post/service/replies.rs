//! Answers to a letter, by the citizen or a helper for them.

use crate::audit::{self, Actor, NewEntry};
use crate::clock::Clock;
use crate::db::{new_id, Db};
use crate::post::*;
use std::collections::HashMap;

/// A citizen, or a helper acting for them, answers a letter; the sender reads it on the
/// letter's status page and in the API. Opening is implied: you answer what you have
/// read. An answer by anyone but the recipient is audited in the same transaction.
pub async fn reply(
    db: &Db,
    clock: &Clock,
    letter: &Letter,
    author: Actor,
    answer: &crate::post::model::Answer,
) -> Result<Reply, sqlx::Error> {
    let reply = Reply {
        id: new_id(),
        message_id: letter.id.clone(),
        author: author.as_text(),
        body: answer.as_str().to_owned(),
        created_at: clock.now_ms(),
    };
    let mut tx = db.pool.begin().await?;
    crate::post::store::insert_reply(&mut tx, &reply).await?;
    // An answered letter was read, whatever the receipt says: it does not escalate, and
    // a copy saying otherwise is not needed.
    crate::post::store::never_escalate(&mut tx, &letter.id).await?;
    crate::post::store::not_needed(
        &mut tx,
        &letter.id,
        crate::post::model::NotNeeded::Answered,
        reply.created_at,
    )
    .await?;
    if author != Actor::Person(letter.recipient_id.clone()) {
        audit::record_in(
            &mut tx,
            clock,
            NewEntry::new(author, "post.reply")
                .subject(&letter.recipient_id)
                .acting_for(&letter.recipient_id)
                .object(&letter.id),
        )
        .await?;
    }
    tx.commit().await?;
    Ok(reply)
}

pub(crate) async fn replies_of(db: &Db, letter_id: &str) -> Result<Vec<Reply>, sqlx::Error> {
    crate::post::store::replies_of(&db.pool, letter_id).await
}

/// The names of the people other than `recipient_id` behind these receipts and answers
/// (`person:{id}`, as `Actor::as_text` writes them): who read or answered a letter for
/// the citizen, which the citizen and staff are shown. The recipient and anyone no
/// longer known are left out.
pub(crate) async fn others_names(
    db: &Db,
    recipient_id: &str,
    actors: &[&str],
) -> Result<HashMap<String, String>, sqlx::Error> {
    let recipient = Actor::Person(recipient_id.to_owned()).as_text();
    let mut names = HashMap::new();
    for &actor in actors {
        if actor == recipient || names.contains_key(actor) {
            continue;
        }
        let Some(person_id) = actor.strip_prefix("person:") else {
            continue;
        };
        if let Some(user) = crate::auth::user(&db.pool, person_id).await? {
            names.insert(actor.to_owned(), user.name);
        }
    }
    Ok(names)
}

/// The names of those other than the recipient who opened or answered this letter.
pub(crate) async fn others_on(
    db: &Db,
    letter: &Letter,
    replies: &[Reply],
) -> Result<HashMap<String, String>, sqlx::Error> {
    let actors: Vec<&str> = letter
        .opened_by
        .iter()
        .chain(replies.iter().map(|r| &r.author))
        .map(String::as_str)
        .collect();
    others_names(db, &letter.recipient_id, &actors).await
}
