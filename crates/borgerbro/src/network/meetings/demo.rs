//! The demo's meetings: last autumn's at Viby Bibliotek with its agenda, minutes and
//! decisions, and the coming spring meeting at Sprogcenter Aarhus, with an item
//! proposed and Jette signed up. Written to the store directly, since a meeting in the
//! past cannot be planned through the rules; fixed ids keep a second load from adding.

use jiff::civil::{Date, Time};
use jiff::Span;

use super::model::NewDecision;
use super::{at, store, Signup};
use crate::clock::Clock;
use crate::db::Db;
use crate::network::members::demo::{HOUSING, LANGUAGE_CENTRE, SENIORS, VIBY_LIBRARY};

pub(crate) const PAST: &str = "0195c0de-0000-7000-8000-0000000000d1";
const NEXT: &str = "0195c0de-0000-7000-8000-0000000000d2";

const MINUTES: &str = "## Velkomst\n\nViby Bibliotek bød velkommen. 14 deltog fra 4 organisationer og kommunen.\n\n\
## Svindel mod ældre\n\nÆldre Sagen fortalte om opkald, hvor nogen siger, de er fra banken. Flere har fået hjælp i IT-hjælpen bagefter. Vi var enige om, at en kort tjekliste vil hjælpe.\n\n\
## Nyankomne og MitID\n\nSprogcenter Aarhus fortalte, at mange kursister venter længe på MitID. Borgerservice forklarede, hvordan de kan få hjælp uden MitID imens.\n\n\
## Næste møde\n\nSprogcenter Aarhus er vært for forårsmødet.";

fn day(clock: &Clock, days: i64) -> Date {
    let today = clock.today();
    today.checked_add(Span::new().days(days)).unwrap_or(today)
}

/// Adds one meeting with its times from `date`, unless it is there; answers whether.
async fn meeting(
    conn: &mut sqlx::AnyConnection,
    id: &str,
    title: &str,
    host: &str,
    place: &str,
    date: Date,
    now_ms: i64,
) -> Result<bool, sqlx::Error> {
    if store::one(conn, id).await?.is_some() {
        return Ok(false);
    }
    let deadline = date.checked_sub(Span::new().days(14)).unwrap_or(date);
    let time = |h: i8, m: i8| at(date, Time::constant(h, m, 0, 0)).unwrap_or(now_ms);
    let row = store::NewRow {
        id,
        title,
        host,
        place,
        starts_at: time(9, 0),
        ends_at: time(15, 30),
        agenda_deadline: deadline,
        agenda_closes_at: at(deadline.tomorrow().unwrap_or(deadline), Time::midnight())
            .unwrap_or(now_ms),
    };
    store::insert(conn, &row, "demo", now_ms).await?;
    Ok(true)
}

/// Loads the meetings; `library` is Jette, who acts for Viby Bibliotek.
pub(crate) async fn load(db: &Db, clock: &Clock, library: &str) -> Result<(), sqlx::Error> {
    let now = clock.now_ms();
    let mut tx = db.pool.begin().await?;
    if meeting(
        &mut tx,
        PAST,
        "Efterårsmøde i netværket",
        VIBY_LIBRARY,
        "Viby Bibliotek, Skanderborgvej 170, 8260 Viby J",
        day(clock, -60),
        now,
    )
    .await?
    {
        let items = [
            (
                "0e1",
                SENIORS,
                "Svindel mod ældre",
                "Hvad vi ser i IT-hjælpen, og hvad der hjælper.",
            ),
            (
                "0e2",
                LANGUAGE_CENTRE,
                "Nyankomne og MitID",
                "Kursister venter længe på MitID. Hvad gør vi imens?",
            ),
            (
                "0e3",
                VIBY_LIBRARY,
                "En fælles tjekliste om svindel",
                "Forslag: vi laver den sammen og gennemgår den.",
            ),
        ];
        let mut order = Vec::new();
        for (suffix, organisation, title, description) in items {
            let id = format!("0195c0de-0000-7000-8000-0000000d1{suffix}");
            let item = store::NewItem {
                id: &id,
                meeting_id: PAST,
                organisation_id: organisation,
                proposed_by: "demo",
                title,
                description,
            };
            store::insert_item(&mut tx, &item, now).await?;
            order.push(id);
        }
        store::set_order(&mut tx, PAST, &order).await?;
        store::set_minutes(&mut tx, PAST, MINUTES, "demo", now).await?;
        let decisions = [
            (
                "Lave tjeklisten \"Er det svindel?\" på let dansk",
                Some(VIBY_LIBRARY),
                30,
            ),
            (
                "Gennemgå tjeklisten, før den bliver offentlig",
                Some(SENIORS),
                45,
            ),
            (
                "Holde IT-café på arabisk en gang om måneden",
                Some(HOUSING),
                90,
            ),
            ("Samle spørgsmål om MitID til kommunen", None, 60),
        ];
        for (decision, who, days) in decisions {
            let decision = NewDecision {
                decision: decision.into(),
                who: who.map(str::to_owned),
                by: Some(day(clock, days - 60)),
            };
            store::insert_decision(&mut tx, PAST, &decision).await?;
        }
    }
    if meeting(
        &mut tx,
        NEXT,
        "Forårsmøde i netværket",
        LANGUAGE_CENTRE,
        "Sprogcenter Aarhus, Ny Munkegade 9, 8000 Aarhus C",
        day(clock, 150),
        now,
    )
    .await?
    {
        let item = store::NewItem {
            id: "0195c0de-0000-7000-8000-0000000d2e01",
            meeting_id: NEXT,
            organisation_id: HOUSING,
            proposed_by: "demo",
            title: "Breve, beboerne ikke forstår",
            description: "Vi vil vise tre breve, som mange har spurgt om i år.",
        };
        store::insert_item(&mut tx, &item, now).await?;
        let signup = Signup {
            person_id: library.into(),
            organisation_id: VIBY_LIBRARY.into(),
            access_needs: String::new(),
            dietary_needs: "Vegetar".into(),
        };
        store::upsert_signup(&mut tx, NEXT, &signup, now).await?;
    }
    tx.commit().await
}
