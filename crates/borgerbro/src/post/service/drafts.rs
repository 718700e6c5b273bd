//! A caseworker's saved drafts.

use crate::audit::Actor;
use crate::clock::Clock;
use crate::db::{new_id, Db};
use crate::post::*;

/// Saves a caseworker's draft (new when its id is empty); answers its id.
pub(crate) async fn save_draft(
    db: &Db,
    clock: &Clock,
    mut draft: SavedDraft,
) -> Result<String, sqlx::Error> {
    if draft.id.is_empty() {
        draft.id = new_id();
    }
    draft.updated_at = clock.now_ms();
    crate::post::store::save_draft(&db.pool, &draft).await?;
    Ok(draft.id)
}

pub(crate) async fn drafts_of(db: &Db, author: &Actor) -> Result<Vec<SavedDraft>, sqlx::Error> {
    crate::post::store::drafts_of(&db.pool, &author.as_text()).await
}

pub(crate) async fn draft(
    db: &Db,
    id: &str,
    author: &Actor,
) -> Result<Option<SavedDraft>, sqlx::Error> {
    crate::post::store::draft(&db.pool, id, &author.as_text()).await
}

pub(crate) async fn delete_draft(db: &Db, id: &str, author: &Actor) -> Result<(), sqlx::Error> {
    crate::post::store::delete_draft(&db.pool, id, &author.as_text()).await
}
