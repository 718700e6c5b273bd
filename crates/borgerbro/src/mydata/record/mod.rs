//! The record of processing (GDPR article 30), kept by administrators at
//! `/admin/behandlinger`: one entry per kind of data the authority holds about a citizen,
//! in the words the citizen reads on "Mine data". `model.rs` the entry and its checks,
//! `store.rs` its table, `staff.rs` the administrator's pages, `api.rs` the record as open
//! data, `demo.rs` the demo's record.

pub(crate) mod api;
pub(crate) mod demo;
pub(crate) mod model;
pub(crate) mod staff;
mod store;

pub use model::{Category, Entry};

use crate::audit::{self, Actor, NewEntry};
use crate::clock::Clock;
use crate::db::Db;

/// Every entry of the record, in the kinds' order.
pub(crate) async fn entries(db: &Db) -> Result<Vec<Entry>, sqlx::Error> {
    let mut conn = db.pool.acquire().await?;
    store::all(&mut conn).await
}

/// The entry of one kind, when the record has it.
pub async fn entry(db: &Db, category: Category) -> Result<Option<Entry>, sqlx::Error> {
    let mut conn = db.pool.acquire().await?;
    store::get(&mut conn, category).await
}

/// Stores an entry in place of its kind's, with its audit entry, in one transaction.
pub async fn save(db: &Db, clock: &Clock, entry: &Entry, by: Actor) -> Result<(), sqlx::Error> {
    let mut tx = db.pool.begin().await?;
    store::put_in(&mut tx, entry, &by.as_text(), clock.now_ms()).await?;
    audit::record_in(
        &mut tx,
        clock,
        NewEntry::new(by, "mydata.record.change").object(entry.category.as_str()),
    )
    .await?;
    tx.commit().await
}

/// Stores the entries of an imported file, each in place of its kind's (kinds the file
/// does not name stay), all in one transaction with one audit entry.
pub(crate) async fn import(
    db: &Db,
    clock: &Clock,
    entries: &[Entry],
    by: Actor,
) -> Result<(), sqlx::Error> {
    let mut tx = db.pool.begin().await?;
    let at = clock.now_ms();
    let by_text = by.as_text();
    for entry in entries {
        store::put_in(&mut tx, entry, &by_text, at).await?;
    }
    let kinds: Vec<&str> = entries.iter().map(|e| e.category.as_str()).collect();
    audit::record_in(
        &mut tx,
        clock,
        NewEntry::new(by, "mydata.record.import").object(kinds.join(",")),
    )
    .await?;
    tx.commit().await
}

/// The administrator's pages.
pub(crate) fn pages() -> axum::Router<crate::state::AppState> {
    use axum::routing::get;
    axum::Router::new()
        .route("/admin/behandlinger", get(staff::list))
        .route("/admin/behandlinger/eksport.json", get(staff::export))
        .route(
            "/admin/behandlinger/import",
            get(staff::import_page).post(staff::import).layer(
                axum::extract::DefaultBodyLimit::max(staff::MAX_IMPORT_BYTES),
            ),
        )
        .route(
            "/admin/behandlinger/{category}",
            get(staff::edit).post(staff::update),
        )
}

/// The record as open data.
pub(crate) fn api() -> utoipa_axum::router::OpenApiRouter<crate::state::AppState> {
    use utoipa_axum::routes;
    utoipa_axum::router::OpenApiRouter::new().routes(routes!(api::record))
}
