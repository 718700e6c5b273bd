//! The demo's hearing: the published project "Ansøgning om boligstøtte kun digitalt"
//! had a hearing that has closed, with three answers (one from Ældre Sagen Aarhus),
//! each moderated and answered.

use super::model::{closes_at, Moderated, NewAnswer, NewHearing, Response};
use super::store;
use crate::assess::involvement::demo::{OWNER_ID, PROJECT_ID};
use crate::audit::Actor;
use crate::db::Db;

/// The demo's closed hearing.
pub(crate) const HEARING_ID: &str = "0195c0de-0000-7000-8000-000000001e31";

struct DemoAnswer {
    id: &'static str,
    name: Option<&'static str>,
    organisation: Option<&'static str>,
    sent: &'static str,
    shown: &'static str,
    note: Option<&'static str>,
    response: Response,
    response_text: &'static str,
}

const ANSWERS: [DemoAnswer; 3] = [
    DemoAnswer {
        id: "0195c0de-0000-7000-8000-000000001e41",
        name: Some("Inger Mortensen"),
        organisation: Some("Ældre Sagen Aarhus"),
        sent: "Mange af vores medlemmer har ikke MitID eller bruger det ikke selv. Hvis \
               blanketten forsvinder, skal der være en telefon, hvor man kan søge, og \
               Borgerservice skal have tid til at hjælpe.",
        shown: "Mange af vores medlemmer har ikke MitID eller bruger det ikke selv. Hvis \
                blanketten forsvinder, skal der være en telefon, hvor man kan søge, og \
                Borgerservice skal have tid til at hjælpe.",
        note: None,
        response: Response::Followed,
        response_text: "Man kan søge over telefonen, og Borgerservice har fået to timer \
                        mere om dagen til at hjælpe med boligstøtte.",
    },
    DemoAnswer {
        id: "0195c0de-0000-7000-8000-000000001e42",
        name: None,
        organisation: None,
        sent: "Jeg er 79 og ordblind. Min nabo Hans Pedersen på Viby Torv 3 hjælper mig \
               altid med papirerne. Hvad gør jeg, når det skal være på nettet?",
        shown: "Jeg er 79 og ordblind. Min nabo hjælper mig altid med papirerne. Hvad gør \
                jeg, når det skal være på nettet?",
        note: Some("Naboens navn og adresse er fjernet."),
        response: Response::Followed,
        response_text: "Din nabo kan hjælpe dig på nettet, hvis du giver ham lov i \
                        Borgerbro. Du kan også ringe til os og søge over telefonen.",
    },
    DemoAnswer {
        id: "0195c0de-0000-7000-8000-000000001e43",
        name: Some("Jens Kofoed"),
        organisation: None,
        sent: "Behold papirblanketten. Det koster ikke meget at have den.",
        shown: "Behold papirblanketten. Det koster ikke meget at have den.",
        note: None,
        response: Response::NotFollowed,
        response_text: "Blanketten giver mange fejl, fordi man selv skal skrive sin \
                        indkomst. Over telefonen hjælper vi dig med det samme, uden \
                        computer.",
    },
];

/// The hearing and its answers, once: a reload finds the hearing and adds nothing.
pub(crate) async fn load(db: &Db) -> anyhow::Result<()> {
    let mut tx = db.pool.begin().await?;
    if store::get(&mut tx, HEARING_ID).await?.is_some() {
        tx.rollback().await?;
        return Ok(());
    }
    let deadline: jiff::civil::Date = "2026-11-15".parse()?;
    let hearing = NewHearing {
        summary: "Vi vil have, at man søger boligstøtte på nettet. Papirblanketten \
                  forsvinder. Hvis du ikke kan bruge en computer, kan du ringe til os og \
                  søge over telefonen. Du kan også få hjælp i Borgerservice. Hvad mener \
                  du?"
        .into(),
        deadline,
        closes_at: closes_at(deadline).ok_or_else(|| anyhow::anyhow!("demo deadline"))?,
    };
    let received = hearing.closes_at - 20 * 24 * 60 * 60 * 1000;
    store::insert(
        &mut tx, HEARING_ID, PROJECT_ID, &hearing, OWNER_ID, received,
    )
    .await?;
    let owner = Actor::Person(OWNER_ID.into()).as_text();
    for (n, a) in (0_i64..).zip(&ANSWERS) {
        let at = received + (n + 1) * 24 * 60 * 60 * 1000;
        let new = NewAnswer {
            person_id: None,
            name: a.name.map(str::to_owned),
            organisation: a.organisation.map(str::to_owned),
            email: None,
            text: a.sent.into(),
        };
        store::insert_answer(&mut tx, a.id, HEARING_ID, &new, at).await?;
        let moderated = Moderated {
            text: a.shown.into(),
            note: a.note.map(str::to_owned),
        };
        store::approve(&mut tx, HEARING_ID, a.id, &moderated, &owner, at).await?;
        store::respond(
            &mut tx,
            HEARING_ID,
            a.id,
            a.response,
            a.response_text,
            &owner,
            at,
        )
        .await?;
    }
    tx.commit().await?;
    Ok(())
}
