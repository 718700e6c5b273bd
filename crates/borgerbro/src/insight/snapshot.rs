//! Counting a month: each module gives its counts through its `mod.rs`, and the month's
//! snapshot keeps them. The sweep counts the running month again each hour and a month
//! that is over once more, for the last time, so a past month's figures never change.

use jiff::Timestamp;

use super::counts::{Counts, Lix};
use super::month::Month;
use super::store;
use crate::clock::{denmark, Clock};
use crate::db::Db;
use crate::{bookings, help, mandates, mydata, people, post};

/// A month's counts and when they were counted.
#[derive(Debug, Clone, PartialEq)]
pub struct Snapshot {
    pub month: Month,
    pub counts: Counts,
    pub counted_at: Timestamp,
    /// Counted after the month was over: never counted again.
    pub is_final: bool,
}

/// Counts `month` as it stands at `now`. `lix_limit` is the authority's limit for the
/// plain language of letters.
pub async fn count(
    db: &Db,
    month: Month,
    now: Timestamp,
    lix_limit: u32,
) -> Result<Snapshot, sqlx::Error> {
    let (from, to) = month.range_ms();
    let now_ms = now.as_millisecond();
    let today = now.to_zoned(denmark()).date();
    let letters = post::month_counts(db, from, to, now_ms).await?;
    let measured = post::month_texts(db, from, to)
        .await?
        .into_iter()
        .map(|text| {
            let lix = klarsprog::analyse(&text.body, klarsprog::Format::Markdown).lix;
            (text.unit, lix, text.letters)
        })
        .collect();
    let (people, exempt) = people::exemption_counts(db).await?;
    let (var_det_let, stuck) = help::month_feedback(db, from, to).await?;
    let (permissions, helpers) = mandates::in_force_counts(db, today).await?;
    let counts = Counts {
        letters,
        people,
        exempt,
        lix: Lix::of(measured, lix_limit),
        var_det_let,
        stuck,
        bookings: bookings::made_by_kind(db, from, to).await?,
        permissions,
        helpers,
        requests: mydata::request_counts(db, from, to, today).await?,
    };
    Ok(Snapshot {
        month,
        counts,
        counted_at: now,
        is_final: to <= now_ms,
    })
}

/// The sweep's part: every month counted while it ran and now over is counted a last
/// time, and so is each month since the newest final one (the last month, the first
/// time: a sweep that did not run at a month's end, say the server was down, still
/// closes it); the running month is counted again. Answers the months counted.
pub async fn sweep(db: &Db, clock: &Clock, lix_limit: u32) -> Result<Vec<Month>, sqlx::Error> {
    let now = clock.now();
    let this_month = Month::of(clock.today());
    let since = store::newest_final(&db.pool)
        .await?
        .map_or(this_month.previous(), Month::next);
    let mut months = store::open_months(&db.pool).await?;
    months.retain(|m| *m < since);
    months.extend(since.min(this_month).through(this_month));
    for month in &months {
        store::save(&db.pool, &count(db, *month, now, lix_limit).await?).await?;
    }
    Ok(months)
}

/// Counts each month from `first` to the running one that has no figures yet, such as
/// the months before the figures were first counted (the demo's year of letters). A
/// month counted after it is over is final at once; the counts of how things stood (the
/// exempt, the permissions in force) are then as they stand now.
pub async fn count_missing(
    db: &Db,
    clock: &Clock,
    first: Month,
    lix_limit: u32,
) -> Result<(), sqlx::Error> {
    let now = clock.now();
    let this_month = Month::of(clock.today());
    let known = store::between(&db.pool, first, this_month).await?;
    for month in first.through(this_month) {
        if known.iter().all(|s| s.month != month) {
            store::save(&db.pool, &count(db, month, now, lix_limit).await?).await?;
        }
    }
    Ok(())
}

/// The figures of `[first, last]` as counted, oldest first; a month never counted is
/// left out.
pub async fn between(db: &Db, first: Month, last: Month) -> Result<Vec<Snapshot>, sqlx::Error> {
    store::between(&db.pool, first, last).await
}
