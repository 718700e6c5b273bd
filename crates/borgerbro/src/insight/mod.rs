//! Live inclusion figures: how many letters go unread, reach citizens another way or on
//! paper, how plain their language is, how easy citizens found their tasks, where they
//! got stuck, how they booked help, how many helpers help, and how the authority answers
//! requests under the data protection rules, month by month. Counted from each module's
//! own figures by the sweep (`snapshot`), public at `/tal`, as CSV and in the API, and
//! never telling a count under five.

mod api;
mod counts;
mod csv;
mod demo;
mod figure;
pub mod month;
pub mod shown;
mod snapshot;
mod store;
mod web;

pub use counts::{Counts, Lix, UnitLix};
pub use demo::load_history as load_demo_history;
pub use figure::Figure;
pub use month::Month;
pub use shown::MonthFigures;
pub use snapshot::{count, count_missing, sweep, Snapshot};

use crate::db::Db;
use crate::{bookings, help};

/// The public figures of the counted months in `[first, last]`, oldest first.
pub async fn figures_between(
    db: &Db,
    first: Month,
    last: Month,
) -> Result<Vec<MonthFigures>, sqlx::Error> {
    let kinds: Vec<&str> = bookings::Kind::ALL.iter().map(|k| k.as_str()).collect();
    let topics: Vec<&str> = help::Topic::ALL.iter().map(|t| t.as_str()).collect();
    Ok(snapshot::between(db, first, last)
        .await?
        .iter()
        .map(|s| MonthFigures::of(s, &kinds, &topics))
        .collect())
}

/// One month's value of a figure as counted: `None` when the month does not tell it.
#[derive(Debug, Clone, PartialEq)]
pub struct FigureMonth {
    pub month: Month,
    pub value: Option<f64>,
    /// Counted after the month was over: the value never changes again.
    pub is_final: bool,
}

/// A figure's value in each counted month of `[first, last]`, oldest first.
pub async fn follow(
    db: &Db,
    figure: Figure,
    first: Month,
    last: Month,
) -> Result<Vec<FigureMonth>, sqlx::Error> {
    Ok(snapshot::between(db, first, last)
        .await?
        .iter()
        .map(|s| FigureMonth {
            month: s.month,
            value: figure.value(s),
            is_final: s.is_final,
        })
        .collect())
}

/// This module's pages.
pub(crate) fn pages() -> axum::Router<crate::state::AppState> {
    use axum::routing::get;
    axum::Router::new()
        .route("/tal", get(web::figures))
        .route("/tal.csv", get(web::csv))
}

/// This module's API routes.
pub(crate) fn api() -> utoipa_axum::router::OpenApiRouter<crate::state::AppState> {
    use utoipa_axum::routes;
    utoipa_axum::router::OpenApiRouter::new().routes(routes!(api::insight))
}
