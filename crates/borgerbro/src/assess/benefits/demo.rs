//! The demo's benefits for its published project: one followed by a live figure (the
//! share of letters opened), one measured by hand that missed its target and has its
//! analysis, and one measured by hand on its way.

use jiff::civil::Date;
use jiff::ToSpan;

use super::model::{Measure, Plan};
use super::{store, Recorded};
use crate::clock::Clock;
use crate::db::Db;
use crate::insight::Figure;

struct DemoBenefit {
    plan: Plan,
    /// Months after the start and the value measured then.
    measured: &'static [(i32, f64)],
    analysis: &'static str,
}

fn months(day: Date, n: i32) -> anyhow::Result<Date> {
    Ok(day.checked_add(n.months())?)
}

fn benefits(today: Date) -> anyhow::Result<Vec<DemoBenefit>> {
    let start = months(today.first_of_month(), -8)?;
    Ok(vec![
        DemoBenefit {
            plan: Plan {
                title: "Flere læser brevene om boligstøtte i tide".into(),
                measure: Measure::Live(Figure::OpenedShare),
                unit: String::new(),
                baseline: 70.0,
                target: 85.0,
                starts: start,
                due: months(today, 4)?,
                how: "Andelen af månedens breve, der er åbnet, fra de offentlige tal på /tal. Kun hele måneder tæller.".into(),
                owner: "Afdelingsleder, Ydelser".into(),
                yearly_value: Some(150_000.0),
            },
            measured: &[],
            analysis: "",
        },
        DemoBenefit {
            plan: Plan {
                title: "Færre opkald til Borgerservice om boligstøtte".into(),
                measure: Measure::Manual,
                unit: "opkald om måneden".into(),
                baseline: 420.0,
                target: 250.0,
                starts: start,
                due: today.checked_sub(20.days())?,
                how: "Telefonsystemets tal for køen \"Boligstøtte\", talt den første hverdag i måneden.".into(),
                owner: "Teamleder, Borgerservice".into(),
                yearly_value: Some(240_000.0),
            },
            measured: &[(2, 400.0), (4, 360.0), (6, 330.0)],
            analysis: "Mange ringer stadig, fordi brevet om afgørelsen ikke siger, hvornår pengene kommer. Vi skriver det nu i \"Kort fortalt\" og måler igen om tre måneder.",
        },
        DemoBenefit {
            plan: Plan {
                title: "Færre ansøgninger på papir".into(),
                measure: Measure::Manual,
                unit: "papiransøgninger om måneden".into(),
                baseline: 120.0,
                target: 60.0,
                starts: start,
                due: months(today, 4)?,
                how: "Scannede papirblanketter i sagssystemet, talt ved månedens udgang.".into(),
                owner: "Teamleder, Ydelser".into(),
                yearly_value: Some(180_000.0),
            },
            measured: &[(2, 110.0), (4, 85.0), (6, 70.0)],
            analysis: "",
        },
    ])
}

/// Loads the benefits once: not again when the project has some.
pub(crate) async fn load(
    db: &Db,
    clock: &Clock,
    project_id: &str,
    owner_id: &str,
) -> anyhow::Result<()> {
    let mut tx = db.pool.begin().await?;
    if !store::of_project(&mut tx, project_id).await?.is_empty() {
        tx.rollback().await?;
        return Ok(());
    }
    let now = clock.now_ms();
    for benefit in benefits(clock.today())? {
        let id = crate::db::new_id();
        store::insert(&mut tx, &id, project_id, &benefit.plan, owner_id, now).await?;
        for (after, value) in benefit.measured {
            let measured = Recorded {
                on: months(benefit.plan.starts, *after)?,
                value: *value,
                note: String::new(),
                recorded_by: crate::audit::Actor::Person(owner_id.into()).as_text(),
            };
            store::record(&mut tx, &id, &measured, now).await?;
        }
        if !benefit.analysis.is_empty() {
            store::set_analysis(&mut tx, &id, benefit.analysis, now).await?;
        }
    }
    tx.commit().await?;
    Ok(())
}
