//! The demo's action plan for this year: items from last autumn's meeting, from "Var
//! det let?" answers and from what citizens got stuck on. Only when the year has none.

use super::model::{Input, NewItem, Status};
use super::store;
use crate::clock::Clock;
use crate::db::Db;
use crate::network::members::demo::{HOUSING, SENIORS, VIBY_LIBRARY};

pub(crate) async fn load(db: &Db, clock: &Clock, past_meeting: &str) -> Result<(), sqlx::Error> {
    let year = clock.today().year();
    let mut tx = db.pool.begin().await?;
    if !store::of_year(&mut tx, year).await?.is_empty() {
        return Ok(());
    }
    let item =
        |title: &str, owner: Option<&str>, status, input, input_ref: Option<&str>, why: &str| {
            NewItem {
                year,
                title: title.into(),
                description: String::new(),
                owner: owner.map(str::to_owned),
                status,
                input,
                input_ref: input_ref.map(str::to_owned),
                input_text: why.into(),
            }
        };
    let items = [
        item(
            "Tjeklisten \"Er det svindel?\" på fem sprog",
            Some(VIBY_LIBRARY),
            Status::Done,
            Input::Meeting,
            Some(past_meeting),
            "Besluttet på efterårsmødet efter Ældre Sagens erfaringer med opkald fra falske bankfolk.",
        ),
        item(
            "Kurser i at spotte svindel på bibliotekerne",
            Some(SENIORS),
            Status::InProgress,
            Input::Meeting,
            Some(past_meeting),
            "Efterårsmødet: mange ældre vil gerne øve sig sammen med andre.",
        ),
        item(
            "IT-café på arabisk i Gellerup",
            Some(HOUSING),
            Status::Planned,
            Input::Stuck,
            None,
            "Borgerservice noterede mange, der gik i stå med Digital Post og ikke læser dansk.",
        ),
        item(
            "Kortere breve om boligstøtte",
            None,
            Status::Planned,
            Input::Feedback,
            None,
            "Svar på \"Var det let?\": brevene om boligstøtte er svære at forstå.",
        ),
    ];
    for (n, planned) in (1..).zip(items.iter()) {
        let id = format!("0195c0de-0000-7000-8000-0000000f00{n:02}");
        store::insert(&mut tx, &id, planned, "demo", clock.now_ms()).await?;
    }
    tx.commit().await
}
