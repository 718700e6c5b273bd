//! Permissions that run out by themselves: they stop granting anything on the day after
//! their last day (`model::Mandate::status`) without any work; this sweep only tells the
//! citizen, once, that the helper can no longer help them.

use crate::audit::{self, Actor, NewEntry};
use crate::clock::Clock;
use crate::db::Db;
use crate::web::i18n::Lang;

use super::model::{expiry_notice, ExpiryNotice};
use super::{describe, rule_of, store, write_to};

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
pub async fn sweep(db: &Db, clock: &Clock) -> Result<Noticed, sqlx::Error> {
    let today = clock.today();
    let mut noticed = Noticed::default();
    loop {
        let due = store::to_notice(&db.pool, &today.to_string(), CHUNK).await?;
        let mut won = 0;
        for row in &due {
            // A row this version cannot read grants nothing; note it without a letter.
            let notice =
                rule_of(row).map_or(Some(ExpiryNotice::Silently), |m| expiry_notice(&m, today));
            let Some(notice) = notice else { continue };
            // Claim first: of two sweeps at once only one writes (the letter is sent in
            // a transaction of post's own, which this one cannot hold open).
            if !store::mark_noticed(&db.pool, &row.id, clock.now_ms()).await? {
                continue;
            }
            won += 1;
            if notice == ExpiryNotice::Silently {
                noticed.silently += 1;
                continue;
            }
            if let Err(error) = write(db, clock, row).await {
                store::unmark_noticed(&db.pool, &row.id).await?;
                return Err(error);
            }
            noticed.letters += 1;
            audit::record(
                db,
                clock,
                NewEntry::new(Actor::System, "mandate.expire")
                    .subject(&row.citizen_id)
                    .object(&row.id)
                    .purpose("the last day passed; the citizen was told".to_owned()),
            )
            .await?;
        }
        if (due.len() as i64) < CHUNK || won == 0 {
            return Ok(noticed);
        }
    }
}

async fn write(db: &Db, clock: &Clock, row: &super::MandateRow) -> Result<(), sqlx::Error> {
    let lang = Lang::Da;
    let args = describe(db, row, lang).await?;
    let subject = lang.t_args("mandate-notice-expired-subject", &args);
    let body = lang.t_args("mandate-notice-expired-body", &args);
    write_to(db, clock, &row.citizen_id, subject, body).await?;
    Ok(())
}
