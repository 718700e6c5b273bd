//! The demo's involvement: the published project "Ansøgning om boligstøtte kun
//! digitalt" with a user test and a citizen panel, and what came of them, each answered.

use super::model::{Activity, Answer, Input, Kind};
use crate::assess::model::GroupAtRisk;
use crate::audit::Actor;
use crate::clock::Clock;
use crate::db::Db;

/// The demo's published project, whose row `assess::demo` writes first.
pub(crate) const PROJECT_ID: &str = "0195c0de-0000-7000-8000-0000000000e1";
/// Lars Mikkelsen, the demo's project owner.
pub(crate) const OWNER_ID: &str = "0195c0de-0000-7000-8000-000000000008";

const USER_TEST: &str = "0195c0de-0000-7000-8000-000000001e11";
const PANEL: &str = "0195c0de-0000-7000-8000-000000001e12";

fn day(text: &str) -> anyhow::Result<jiff::civil::Date> {
    Ok(text.parse()?)
}

/// The two activities and their input, each once: fixed ids make a reload add nothing.
pub(crate) async fn load(db: &Db, clock: &Clock) -> anyhow::Result<()> {
    let (activities, inputs) = super::involvement(db, PROJECT_ID).await?;
    let by = || Actor::Person(OWNER_ID.into());
    let wanted = [
        Activity {
            id: USER_TEST.into(),
            kind: Kind::UserTest,
            held_on: day("2026-09-16")?,
            participants: 8,
            groups: vec![GroupAtRisk::Elderly, GroupAtRisk::WeakDanish],
            paid_dkk: Some(200),
            description: "Brugertest af den nye ansøgning på Viby Bibliotek. Fem ældre \
                 borgere og tre borgere, der ikke læser dansk så godt, prøvede at søge med \
                 en af os ved siden af."
                .into(),
        },
        Activity {
            id: PANEL.into(),
            kind: Kind::CitizenPanel,
            held_on: day("2026-10-07")?,
            participants: 14,
            groups: vec![GroupAtRisk::Disabled],
            paid_dkk: None,
            description: "Borgerpanelet om digitale løsninger mødtes på Rådhuset og talte om, \
                 hvad der skal til, for at alle kan søge."
                .into(),
        },
    ];
    for activity in &wanted {
        if !activities.iter().any(|a| a.id == activity.id) {
            super::add_activity(db, clock, PROJECT_ID, activity, by()).await?;
        }
    }
    let said = [
        (
            "0195c0de-0000-7000-8000-000000001e21",
            USER_TEST,
            "Flere kunne ikke finde ud af, hvilken indkomst de skulle skrive. Hent den \
             selv fra Skat.",
            Answer::Followed,
            "Ansøgningen henter nu indkomsten fra Skat, og borgeren skal kun tjekke den.",
        ),
        (
            "0195c0de-0000-7000-8000-000000001e22",
            USER_TEST,
            "Skriv telefonnummeret til Borgerservice øverst på hver side.",
            Answer::Followed,
            "Telefonnummeret står nu øverst på hver side.",
        ),
        (
            "0195c0de-0000-7000-8000-000000001e23",
            PANEL,
            "Behold papirblanketten for dem, der ikke kan bruge en computer.",
            Answer::NotFollowed,
            "Vi fjerner blanketten, men man kan søge over telefonen eller få hjælp i \
             Borgerservice. Så kan alle stadig søge uden en computer.",
        ),
    ];
    for (id, activity, text, answer, reason) in said {
        if !inputs.iter().any(|i| i.id == id) {
            let input = Input {
                id: id.into(),
                activity_id: Some(activity.into()),
                input: text.into(),
                answer,
                reason: reason.into(),
            };
            super::add_input(db, clock, PROJECT_ID, &input, by()).await?;
        }
    }
    Ok(())
}
