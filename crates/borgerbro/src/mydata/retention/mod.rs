//! Retention: each kind of data in the record of processing has its `retention_days`,
//! and the sweep deletes or anonymises what has passed it, kind by kind, each kind in
//! one transaction with one audit entry (`mydata.retention`) that says how many, and
//! never what the law keeps (`model::action`). A dry run counts in the same
//! transactions and rolls them back. `serve` runs it hourly; `borgerbro sweep` and
//! `borgerbro retention [--dry-run] [--as-of YYYY-MM-DD]` on demand.
//!
//! Each module deletes from its own tables (`bookings::retention_in`,
//! `network::events::retention_in`, `mandates::retention_in`,
//! `help::feedback_retention_in`, `rights::retention_in`); this module decides when and
//! what.

pub mod model;

use jiff::Timestamp;

pub use model::Action;

use super::record::{self, Category};
use crate::audit::{self, Actor, NewEntry};
use crate::clock::Clock;
use crate::db::Db;
use crate::network::events;
use crate::{bookings, help, mandates};

/// What the sweep did (or in a dry run would do) with one kind of data.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Run {
    pub category: Category,
    pub action: Action,
    /// The record's period, when it gives one.
    pub days: Option<u32>,
    /// Items older than this were (or would be) deleted or anonymised.
    pub before: Option<Timestamp>,
    pub count: u64,
}

impl Run {
    /// One line for the command line, e.g. "bookings: anonymised 3 (ended before
    /// 2025-06-01, 365 days)".
    pub fn line(&self, dry_run: bool) -> String {
        let key = self.category.as_str();
        let (days, before) = match (self.days, self.before) {
            (Some(days), Some(before)) => (days, model::day_of(before)),
            _ => {
                return match self.action {
                    Action::KeptByLaw => format!("{key}: kept (the law keeps it)"),
                    _ => format!("{key}: kept (no retention period in the record)"),
                }
            }
        };
        let verb = match (self.action, dry_run) {
            (Action::Anonymise, true) => "would anonymise",
            (Action::Anonymise, false) => "anonymised",
            (_, true) => "would delete",
            (_, false) => "deleted",
        };
        format!(
            "{key}: {verb} {} (older than {days} days: before {before})",
            self.count
        )
    }
}

/// Runs retention as of the clock's now; with `apply` false nothing changes and the
/// answer says what would.
pub async fn sweep(db: &Db, clock: &Clock, apply: bool) -> Result<Vec<Run>, sqlx::Error> {
    let entries = record::entries(db).await?;
    let now = clock.now();
    let mut runs = Vec::with_capacity(Category::ALL.len());
    for category in Category::ALL {
        let days = entries
            .iter()
            .find(|e| e.category == category)
            .and_then(|e| e.retention_days);
        let action = model::action(category, days);
        let (Some(period), Action::Anonymise | Action::Delete) = (days, action) else {
            runs.push(Run {
                category,
                action,
                days,
                before: None,
                count: 0,
            });
            continue;
        };
        let before = model::cutoff(now, period);
        let count = run_one(db, clock, category, before, period, apply).await?;
        runs.push(Run {
            category,
            action,
            days,
            before: Some(before),
            count,
        });
    }
    Ok(runs)
}

/// One kind in one transaction: the change and its audit entry, or in a dry run the
/// count and a rollback.
async fn run_one(
    db: &Db,
    clock: &Clock,
    category: Category,
    before: Timestamp,
    days: u32,
    apply: bool,
) -> Result<u64, sqlx::Error> {
    let mut tx = db.pool.begin().await?;
    let ms = before.as_millisecond();
    let count = match category {
        Category::Bookings => bookings::retention_in(&mut tx, ms, apply).await?,
        Category::EventSignups => events::retention_in(&mut tx, ms, apply).await?,
        Category::Permissions => {
            mandates::retention_in(&mut tx, ms, model::day_of(before), apply).await?
        }
        Category::Feedback => help::feedback_retention_in(&mut tx, ms, apply).await?,
        Category::Requests => super::rights::retention_in(&mut tx, ms, apply).await?,
        // `model::action` keeps every other kind.
        _ => 0,
    };
    if !apply || count == 0 {
        tx.rollback().await?;
        return Ok(count);
    }
    let done = match model::action(category, Some(days)) {
        Action::Anonymise => "anonymised",
        _ => "deleted",
    };
    audit::record_in(
        &mut tx,
        clock,
        NewEntry::new(Actor::System, "mydata.retention")
            .object(category.as_str())
            .purpose(format!(
                "{done} {count}: older than {days} days (before {before})"
            )),
    )
    .await?;
    tx.commit().await?;
    Ok(count)
}
