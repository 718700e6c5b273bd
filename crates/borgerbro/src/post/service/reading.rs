//! What happens when someone opens a letter or marks it done.

use crate::audit::{self, Actor, NewEntry};
use crate::clock::Clock;
use crate::db::Db;
use crate::i18n::Lang;
use crate::post::*;

/// What someone opened: the letter itself or one of its attachments.
#[derive(Debug, Clone, Copy)]
pub(crate) enum Opening<'a> {
    /// The letter, read in this language: the original's, or one of its versions'.
    Letter(Lang),
    Attachment(&'a Attachment),
}

/// Records that someone opened a letter or an attachment. The first opening is the read
/// receipt; every opening by someone other than the recipient goes to the audit log. A
/// paper copy made because the letter was not opened leaves the print queue in the same
/// transaction (`crate::post::store::not_needed`).
pub(crate) async fn opened(
    db: &Db,
    clock: &Clock,
    letter: &Letter,
    opening: Opening<'_>,
    reader: Actor,
) -> Result<(), sqlx::Error> {
    let reader_text = reader.as_text();
    let by_recipient = reader_text == format!("person:{}", letter.recipient_id);
    let now = clock.now_ms();
    let mut tx = db.pool.begin().await?;
    let (action, object) = match opening {
        Opening::Letter(version) => {
            crate::post::store::mark_opened(&mut tx, &letter.id, &reader_text, version.code(), now)
                .await?;
            // After the letter's queue row is gone: a sweep that escalated it first has
            // committed its copy by then, so the copy is found here.
            let why = match by_recipient {
                true => crate::post::model::NotNeeded::Opened,
                false => crate::post::model::NotNeeded::OpenedByHelper,
            };
            crate::post::store::not_needed(&mut tx, &letter.id, why, now).await?;
            ("post.read", &letter.id)
        }
        Opening::Attachment(attachment) => {
            crate::post::store::mark_attachment_opened(&mut tx, &attachment.id, &reader_text, now)
                .await?;
            ("post.read_attachment", &attachment.id)
        }
    };
    if !by_recipient {
        audit::record_in(
            &mut tx,
            clock,
            // Someone else opens a citizen's letter for them: a helper inside a permission.
            NewEntry::new(reader, action)
                .subject(&letter.recipient_id)
                .acting_for(&letter.recipient_id)
                .object(object),
        )
        .await?;
    }
    tx.commit().await
}

pub(crate) async fn mark_done(db: &Db, clock: &Clock, letter: &Letter) -> Result<(), sqlx::Error> {
    crate::post::store::mark_done(&db.pool, &letter.id, clock.now_ms()).await
}

/// A letter's versions in other languages.
pub(crate) async fn versions_of(db: &Db, letter: &Letter) -> Result<Vec<Version>, sqlx::Error> {
    crate::post::store::versions_of(&db.pool, &letter.id).await
}
