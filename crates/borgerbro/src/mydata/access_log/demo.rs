//! The demo's looks at Karen's data, so "Hvem har kigget" shows each kind: her son Peter
//! (her helper) read her letters, the caseworker Sofie looked up her details with the
//! case as the reason, the front desk's Jonas opened her bookings when she rang, and the case
//! system reported Sofie's look at her home-help case there.

use crate::audit::{self, Actor, NewEntry};
use crate::clock::Clock;
use crate::db::Db;
use crate::idempotency::{Idempotency, Made};

use super::reported::{self, ActorIn, EntryIn, PersonIn};

/// Adds the looks once: the case system's report goes through `POST /api/v1/access-log`'s
/// own service with an idempotency key of the system's, so a reload adds nothing.
pub(crate) async fn load(
    db: &Db,
    clock: &Clock,
    karen: &str,
    peter: &str,
    sofie: &str,
    jonas: &str,
) -> anyhow::Result<()> {
    let two_days_ago = jiff::Timestamp::from_millisecond(clock.now_ms() - 2 * 86_400_000)?;
    let entry = EntryIn {
        person: Some(PersonIn {
            person_id: Some(karen.to_owned()),
            cpr: None,
        }),
        actor: Some(ActorIn {
            kind: Some("staff".into()),
            name: Some("Sofie Nielsen".into()),
            unit: Some("Ældre og sundhed".into()),
        }),
        system: Some("Sagssystemet (KMD Nexus)".into()),
        action: Some("sag.aabn".into()),
        what: Some("din sag om hjemmehjælp".into()),
        purpose: Some("Revisitation af din hjemmehjælp".into()),
        at: Some(two_days_ago.to_string()),
    };
    let request = Idempotency {
        client: Actor::System.as_text(),
        key: "demo-access-log".into(),
        hash: "demo-access-log-1".into(),
    };
    let made = reported::report(db, clock, Actor::System, &[entry], Some(&request))
        .await
        .map_err(|e| anyhow::anyhow!("demo access log: {e}"))?;
    if let Made::Repeat(_) = made {
        return Ok(());
    }
    let looks = [
        NewEntry::new(Actor::Person(peter.to_owned()), "post.list")
            .subject(karen)
            .acting_for(karen),
        NewEntry::new(Actor::Person(sofie.to_owned()), "people.view")
            .subject(karen)
            .purpose("Opfølgning på din hjemmehjælp (sag 2026-0412)"),
        NewEntry::new(Actor::Person(jonas.to_owned()), "booking.read")
            .subject(karen)
            .acting_for(karen)
            .purpose("Karen ringede for at flytte sin aftale"),
    ];
    let mut tx = db.pool.begin().await?;
    audit::record_all_in(&mut tx, clock, &looks).await?;
    tx.commit().await?;
    Ok(())
}
