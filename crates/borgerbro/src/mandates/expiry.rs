//! Permissions that run out by themselves: they stop granting anything on the day after
//! their last day (`model::Mandate::status`) without any work; this sweep only tells the
//! citizen, once, that the helper can no longer help them.

use crate::audit::{self, Actor, NewEntry};
use crate::clock::Clock;
use crate::db::Db;
use crate::post;

use super::model::{expiry_notice, ExpiryNotice};
use super::{notify_in, rule_of, store};

/// Permissions read a query at a time.
const CHUNK: i64 = 500;

/// What one sweep did.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Noticed {
    /// Letters sent to citizens.
    pub letters: usize,
    /// Permissions noted without a letter: they ran out long before this sweep first saw
    /// them, or the helper never said yes.
    pub silently: usize,
}

/// Finds permissions whose last day has passed and that no sweep has noticed, writes the
/// citizen a letter about each ("X kan ikke længere hjælpe dig med ... fra DATE") and
/// marks it noticed. Running it again for the same moment sends nothing.
pub async fn sweep(
    db: &Db,
    clock: &Clock,
    policy: &post::Policy,
) -> Result<Noticed, post::SendError> {
    let today = clock.today();
    let mut noticed = Noticed::default();
    loop {
        let due = store::to_notice(&db.pool, &today.to_string(), CHUNK).await?;
        let mut won = 0;
        for (id, row) in &due {
            // A row this version cannot read grants nothing; note it without a letter.
            let notice = match row {
                Some(row) => expiry_notice(&rule_of(row), today),
                None => Some(ExpiryNotice::Silently),
            };
            let Some(notice) = notice else { continue };
            // The claim, the letter and the audit entry commit together: of two sweeps
            // at once only one claims, and a letter that fails leaves it unclaimed.
            let mut tx = db.pool.begin().await?;
            if !store::mark_noticed(&mut tx, id, clock.now_ms()).await? {
                continue;
            }
            won += 1;
            let (ExpiryNotice::Letter, Some(row)) = (notice, row) else {
                tx.commit().await?;
                noticed.silently += 1;
                continue;
            };
            notify_in(&mut tx, clock, policy, row, "mandate-notice-expired").await?;
            audit::record_in(
                &mut tx,
                clock,
                NewEntry::new(Actor::System, "mandate.expire")
                    .subject(&row.citizen_id)
                    .object(&row.id)
                    .purpose("the last day passed; the citizen was told".to_owned()),
            )
            .await?;
            tx.commit().await?;
            noticed.letters += 1;
        }
        if (due.len() as i64) < CHUNK || won == 0 {
            return Ok(noticed);
        }
    }
}
