//! The demo's notes and requests: Karen says her phone number is wrong and asks to see
//! what the authority holds about her, so the citizen's, the helper's and the
//! caseworker's pages have something to show.

use crate::audit::Actor;
use crate::clock::Clock;
use crate::db::Db;
use crate::post;

use super::{Kind, NewRequest, Record};

/// Adds Karen's note and open request, once: a reload finds them and adds nothing.
pub async fn load(
    db: &Db,
    clock: &Clock,
    policy: &post::Policy,
    karen: &str,
) -> anyhow::Result<()> {
    let by = Actor::Person(karen.to_owned());
    if super::notes_of(db, karen).await?.is_empty() {
        super::write_note(
            db,
            clock,
            karen,
            Record::Person,
            "Mit telefonnummer er forkert. Det rigtige er 86 12 34 56.",
            by.clone(),
            None,
        )
        .await?;
    }
    if super::requests_of(db, karen).await?.is_empty() {
        let request = NewRequest {
            person_id: karen.to_owned(),
            kind: Kind::Access,
            text: "Jeg vil gerne se, hvad kommunen har skrevet ned om mig og min hjemmehjælp."
                .into(),
            channel: super::Channel::Online,
            received_at: None,
        };
        super::make_request(db, clock, policy, request, by, None).await?;
    }
    Ok(())
}
