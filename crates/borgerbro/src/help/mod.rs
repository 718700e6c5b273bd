//! Help that is easy to find: places where people help with digital errands, searched
//! without logging in, each with its opening hours, feeds and a page machines can read.

pub(crate) mod api;
mod feed;
pub(crate) mod feedback;
pub(crate) mod guide_pages;
pub(crate) mod guides;
pub(crate) mod holidays;
pub mod hours;
pub(crate) mod model;
pub(crate) mod postcodes;
pub(crate) mod routes;
pub(crate) mod staff;
mod store;

pub use guides::{Guide, GuideDraft};
pub use model::{CheckedPlace, Kind, Place, PlaceDraft, Places, Position, Search, Topic};
pub use postcodes::Postcodes;

use std::collections::BTreeMap;
use std::sync::{Arc, RwLock};
use std::time::{Duration, Instant};

use crate::db::{new_id, Db};
use crate::forms::{FieldError, FormErrors};
use crate::i18n::Lang;

/// The places in memory, with the catalogue version they were read at.
#[derive(Debug, Default)]
pub struct Loaded {
    version: Option<i64>,
    pub places: Places,
    /// Every language spoken at some place, sorted, for the search form's list.
    pub languages: Vec<String>,
}

impl Loaded {
    fn new(version: i64, places: Vec<Place>) -> Self {
        let mut languages: Vec<String> = places.iter().flat_map(|p| p.languages.clone()).collect();
        languages.sort();
        languages.dedup();
        Self {
            version: Some(version),
            places: Places::new(places),
            languages,
        }
    }

    pub(crate) fn get(&self, id: &str) -> Option<&Place> {
        self.places.get(id)
    }
}

/// Every help place, kept in memory, so a search filters in memory and answers in
/// microseconds however many places there are. A counter in the database is raised in
/// the transaction of every change. This server forgets its copy the moment it makes a
/// change itself, and reads the counter again at most every `RECHECK`, so a change made
/// on another server shows here within a second. Reading the counter on every request
/// instead cost a hand-over to the database's thread per search, a fifth of a search's
/// time (`benches/help_search.rs`). (Permissions are never cached this way: a stale
/// place is an opening time a second old; a stale permission would be access that was
/// taken back.)
#[derive(Debug, Clone, Default)]
pub struct Catalogue(Arc<RwLock<Snapshot>>);

#[derive(Debug, Default)]
struct Snapshot {
    loaded: Arc<Loaded>,
    /// When the counter was last read and matched; none after a change made here.
    checked: Option<Instant>,
}

/// How long a server trusts its copy of the places before reading the counter again.
const RECHECK: Duration = Duration::from_secs(1);

impl Catalogue {
    pub async fn load(&self, db: &Db) -> Result<Arc<Loaded>, sqlx::Error> {
        let (current, checked) = self.current();
        if checked.is_some_and(|at| at.elapsed() < RECHECK) {
            return Ok(current);
        }
        let read_at = Instant::now();
        let version = store::version(&db.pool).await?;
        let loaded = if current.version == Some(version) {
            current
        } else {
            Arc::new(Loaded::new(version, store::all(&db.pool).await?))
        };
        if let Ok(mut snapshot) = self.0.write() {
            *snapshot = Snapshot {
                loaded: loaded.clone(),
                checked: Some(read_at),
            };
        }
        Ok(loaded)
    }

    fn current(&self) -> (Arc<Loaded>, Option<Instant>) {
        self.0
            .read()
            .map(|s| (s.loaded.clone(), s.checked))
            .unwrap_or_default()
    }

    /// After a change made here: the next request reads the counter, and so the change.
    fn forget(&self) {
        if let Ok(mut snapshot) = self.0.write() {
            snapshot.checked = None;
        }
    }

    /// Stores a checked place under `id` (new or existing).
    pub(crate) async fn save(
        &self,
        db: &Db,
        id: Option<&str>,
        place: CheckedPlace,
        by: &str,
        now_ms: i64,
    ) -> Result<Place, sqlx::Error> {
        let place = place.into_place(id.map_or_else(new_id, str::to_owned), now_ms);
        let mut tx = db.pool.begin().await?;
        store::save(&mut tx, &place, by).await?;
        store::bump_version(&mut tx).await?;
        tx.commit().await?;
        self.forget();
        Ok(place)
    }

    /// Removes a place; false when there was none.
    pub async fn remove(&self, db: &Db, id: &str) -> Result<bool, sqlx::Error> {
        let mut tx = db.pool.begin().await?;
        let removed = store::delete(&mut tx, id).await?;
        store::bump_version(&mut tx).await?;
        tx.commit().await?;
        self.forget();
        Ok(removed)
    }

    /// Checks every row and stores all of them in one transaction, or none. A row with an
    /// `id` replaces that place (so an export can be edited and imported again); a row
    /// without one is a new place. `first_row` is the number the reader sees on the first
    /// row (2 in a spreadsheet under its header line, 1 in a JSON list).
    pub async fn import(
        &self,
        db: &Db,
        postcodes: &Postcodes,
        rows: Vec<PlaceDraft>,
        first_row: usize,
        by: &str,
        now_ms: i64,
    ) -> Result<usize, ImportError> {
        let mut checked = Vec::with_capacity(rows.len());
        let mut problems = Vec::new();
        for (index, row) in rows.iter().enumerate() {
            let number = index + first_row;
            let id = row.id.trim();
            if !id.is_empty()
                && (id.len() > 64 || !id.chars().all(|c| c.is_ascii_alphanumeric() || c == '-'))
            {
                problems.push(RowProblem {
                    row: number,
                    error: FieldError {
                        field: "id".into(),
                        message: "help-import-bad-id",
                        value: Some(id.to_owned()),
                    },
                });
                continue;
            }
            match row.check(postcodes) {
                Ok(place) => checked.push((id, place)),
                Err(errors) => problems.extend(errors.iter().map(|error| RowProblem {
                    row: number,
                    error: error.clone(),
                })),
            }
        }
        if !problems.is_empty() {
            return Err(ImportError::Rows(problems));
        }
        let count = checked.len();
        let mut tx = db.pool.begin().await?;
        for (id, place) in checked {
            let id = if id.is_empty() {
                new_id()
            } else {
                id.to_owned()
            };
            store::save(&mut tx, &place.into_place(id, now_ms), by).await?;
        }
        store::bump_version(&mut tx).await?;
        tx.commit().await?;
        self.forget();
        Ok(count)
    }
}
/// A problem with one row of an import: its number as the reader counts rows, the
/// field, and what to do.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RowProblem {
    pub row: usize,
    pub error: FieldError,
}

/// At most this many places in one import, so one file cannot hold the server for long.
pub const MAX_IMPORT_ROWS: usize = 20_000;

#[derive(Debug, thiserror::Error)]
pub enum ImportError {
    #[error("rows with problems; nothing was stored")]
    Rows(Vec<RowProblem>),
    #[error(transparent)]
    Database(#[from] sqlx::Error),
}

/// A guide as staff saved it, read back; a saved text that no longer passes the checks
/// (after a topic was removed, say) is left out rather than shown half.
fn saved_guide(row: store::GuideRow, lang: Lang) -> Option<Guide> {
    let mut guide = row.draft.check(&row.slug, lang).ok()?;
    guide.updated_at = Some(row.updated_at);
    Some(guide)
}

/// Every guide in a language: those shipped, with staff's versions in their place, and
/// the guides staff wrote; by title.
pub(crate) async fn guides(db: &Db, lang: Lang) -> Result<Vec<Guide>, sqlx::Error> {
    let mut all = guides::shipped(lang).to_vec();
    for row in store::guides(&db.pool, lang).await? {
        if let Some(saved) = saved_guide(row, lang) {
            all.retain(|g| g.slug != saved.slug);
            all.push(saved);
        }
    }
    all.sort_by(|a, b| a.title.cmp(&b.title));
    Ok(all)
}

/// One guide in the reader's language, or in Danish when it has no version in theirs.
pub(crate) async fn guide(db: &Db, slug: &str, lang: Lang) -> Result<Option<Guide>, sqlx::Error> {
    for lang in [lang, Lang::Da] {
        if let Some(row) = store::guide(&db.pool, slug, lang).await? {
            if let Some(guide) = saved_guide(row, lang) {
                return Ok(Some(guide));
            }
        }
        if let Some(guide) = guides::shipped(lang).iter().find(|g| g.slug == slug) {
            return Ok(Some(guide.clone()));
        }
    }
    Ok(None)
}

#[derive(Debug, thiserror::Error)]
pub(crate) enum GuideError {
    #[error("the guide breaks a rule")]
    Invalid(FormErrors),
    #[error(transparent)]
    Database(#[from] sqlx::Error),
}

/// Saves staff's version of a guide in one language; it replaces the shipped text.
pub(crate) async fn save_guide(
    db: &Db,
    slug: &str,
    lang: Lang,
    draft: GuideDraft,
    by: &str,
    now_ms: i64,
) -> Result<Guide, GuideError> {
    let checked = draft.check(slug, lang);
    let mut errors = checked.clone().err().unwrap_or_default();
    if !guides::valid_slug(slug) {
        errors.add("slug", "help-guide-error-slug");
    }
    let guide = match checked {
        Ok(guide) if errors.is_empty() => guide,
        _ => return Err(GuideError::Invalid(errors)),
    };
    let mut conn = db.pool.acquire().await?;
    let row = store::GuideRow {
        slug: slug.to_owned(),
        lang,
        draft,
        updated_at: now_ms,
    };
    store::save_guide(&mut conn, &row, by).await?;
    Ok(Guide {
        updated_at: Some(now_ms),
        ..guide
    })
}

/// Twenty thousand help places of a few hundred bytes each.
const MAX_IMPORT_BYTES: usize = 16 * 1024 * 1024;

/// This module's pages, for `crate::router` to merge.
pub(crate) fn pages() -> axum::Router<crate::state::AppState> {
    use axum::extract::DefaultBodyLimit;
    use axum::routing::{get, post};
    axum::Router::new()
        .route("/hjaelp", get(routes::front))
        .route("/hjaelp/steder", get(routes::places))
        .route("/hjaelp/steder/{id}", get(routes::place))
        .route("/hjaelp/steder/{id}/kalender.ics", get(routes::calendar))
        .route("/var-det-let", get(feedback::ask).post(feedback::answer))
        .route(
            "/borgerservice/fastlaast",
            get(feedback::stuck_page).post(feedback::record_stuck),
        )
        .route("/admin/var-det-let", get(feedback::summary))
        .route("/admin/var-det-let.csv", get(feedback::export))
        .route("/hjaelp/guider", get(guide_pages::list))
        .route("/hjaelp/guider/{slug}", get(guide_pages::overview))
        .route(
            "/hjaelp/guider/{slug}/trin/{number}",
            get(guide_pages::step),
        )
        .route("/admin/guider", get(guide_pages::staff_list))
        .route(
            "/admin/guider/ny",
            get(guide_pages::new_page).post(guide_pages::create),
        )
        .route(
            "/admin/guider/{slug}/{lang}",
            get(guide_pages::edit_page).post(guide_pages::update),
        )
        .route("/admin/hjaelpesteder", get(staff::list))
        .route(
            "/admin/hjaelpesteder/ny",
            get(staff::new_page).post(staff::create),
        )
        .route(
            "/admin/hjaelpesteder/import",
            get(staff::import_page)
                .post(staff::import)
                .layer(DefaultBodyLimit::max(MAX_IMPORT_BYTES)),
        )
        .route("/admin/hjaelpesteder/eksport.csv", get(staff::export_csv))
        .route("/admin/hjaelpesteder/eksport.json", get(staff::export_json))
        .route(
            "/admin/hjaelpesteder/{id}",
            get(staff::edit_page).post(staff::update),
        )
        .route("/admin/hjaelpesteder/{id}/slet", post(staff::remove))
}

/// This module's API routes; the OpenAPI document is made from them, so the two cannot
/// drift apart.
pub(crate) fn api() -> utoipa_axum::router::OpenApiRouter<crate::state::AppState> {
    use utoipa_axum::routes;
    utoipa_axum::router::OpenApiRouter::new()
        .routes(routes!(api::api_places))
        .routes(routes!(api::api_guides))
}

/// The retention sweep's part for "Var det let?": deletes the answers given before
/// `before` (UTC milliseconds), or with `apply` false only counts them, in the caller's
/// transaction.
pub async fn feedback_retention_in(
    conn: &mut sqlx::AnyConnection,
    before: i64,
    apply: bool,
) -> Result<u64, sqlx::Error> {
    store::feedback_before(conn, before, apply).await
}

/// "Var det let?" in `[from, to)` (milliseconds) per task, as counts of scores 1 to 5,
/// and the front desk's notes of where citizens got stuck per topic: the inclusion
/// figures.
pub async fn month_feedback(
    db: &Db,
    from: i64,
    to: i64,
) -> Result<(BTreeMap<String, [u64; 5]>, BTreeMap<String, u64>), sqlx::Error> {
    Ok((
        store::scores_by_task(&db.pool, from, to).await?,
        store::stuck_by_topic(&db.pool, from, to).await?,
    ))
}

/// A "Var det let?" answer given at `at` (milliseconds): the demo's year of answers.
pub(crate) async fn record_answer_at(
    db: &Db,
    at: i64,
    task: &str,
    page: &str,
    score: u8,
) -> Result<(), sqlx::Error> {
    store::insert_feedback(&db.pool, &new_id(), task, page, score, None, at).await
}

/// A front desk's note of where a citizen got stuck, made at `at`: the demo's year of
/// notes.
pub(crate) async fn record_stuck_at(
    db: &Db,
    at: i64,
    topic: Topic,
    page: &str,
    what: &str,
    by: &str,
) -> Result<(), sqlx::Error> {
    store::insert_stuck(&db.pool, &new_id(), topic, page, what, by, at).await
}
