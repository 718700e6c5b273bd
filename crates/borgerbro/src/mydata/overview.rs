//! "Mine data" (`/mine-data`): for each kind of data in the record of processing, the
//! record's plain words, how many items of it the citizen has and a link to them. For the
//! citizen, a helper inside a `mydata` permission and the front desk, each look by
//! someone else audited.

use askama::Template;
use axum::extract::State;
use axum::response::Html;

use super::record::{self, Category, Entry};
use super::rights::citizen::{Address, Whose};
use crate::auth::RequireUser;
use crate::network::events;
use crate::state::AppState;
use crate::web::{render, AppError, Page};
use crate::{bookings, mandates, people, post};

/// One kind of data as the citizen sees it.
pub(crate) struct KindLine {
    pub category: Category,
    /// The record's words; none when the authority has not written them yet.
    pub entry: Option<Entry>,
    /// How many items the citizen has; none when we cannot tell whose they are (the
    /// answers to "Var det let?" name nobody).
    pub count: Option<i64>,
    /// Where the citizen (or whoever is at the keyboard) sees them.
    pub link: Option<String>,
}

impl KindLine {
    fn count_text(&self, page: &Page) -> String {
        match self.count {
            Some(n) => page.count("overview-count", usize::try_from(n).unwrap_or(0)),
            None => page.t("overview-count-unknown"),
        }
    }
}

/// How many items of each kind the citizen has.
pub(crate) async fn counts(
    state: &AppState,
    citizen_id: &str,
) -> Result<Vec<(Category, Option<i64>)>, sqlx::Error> {
    let db = &state.db;
    let (letters, answers) = post::counts_of(db, citizen_id).await?;
    let len = |n: usize| Some(i64::try_from(n).unwrap_or(i64::MAX));
    let requests = super::notes_of(db, citizen_id).await?.len()
        + super::requests_of(db, citizen_id).await?.len();
    let choices = people::profile(db, citizen_id).await?.map_or(0, |_| 1);
    Ok(vec![
        (Category::Person, Some(1)),
        (Category::Letters, Some(letters)),
        (Category::Answers, Some(answers)),
        (
            Category::Bookings,
            Some(bookings::count_of_citizen(db, citizen_id).await?),
        ),
        (
            Category::EventSignups,
            Some(events::count_of_citizen(db, citizen_id).await?),
        ),
        (
            Category::Permissions,
            len(mandates::of_citizen(db, citizen_id).await?.len()),
        ),
        (Category::Choices, Some(choices)),
        (Category::Feedback, None),
        (Category::Requests, len(requests)),
        (
            Category::AccessLog,
            Some(super::access_log::count(state, citizen_id).await?),
        ),
    ])
}

/// Where each kind is shown: the citizen's own pages; for a helper or the front desk
/// only the rights pages under the same base, since their other pages are reached from
/// their own start (and a helper's through the permission that covers them).
fn link(whose: &Whose, category: Category) -> Option<String> {
    let base = &whose.base;
    match (whose.is_own(), category) {
        (_, Category::Requests) => Some(format!("{base}/anmodninger")),
        (_, Category::Person) => Some(format!("{base}/noter")),
        (true, Category::Letters | Category::Answers) => Some("/post".into()),
        (true, Category::Bookings) => Some("/tider".into()),
        // The list of events, which begins with the citizen's own sign-ups.
        (true, Category::EventSignups) => Some("/arrangementer".into()),
        (true, Category::Permissions) => Some("/hjaelpere".into()),
        (true, Category::Choices) => Some("/min-side/breve-paa-papir".into()),
        (true, Category::AccessLog) => Some("/mine-data/hvem-har-kigget".into()),
        _ => None,
    }
}

#[derive(Template)]
#[template(path = "mydata/overview.html")]
struct OverviewPage {
    page: Page,
    title: String,
    whose: Whose,
    kinds: Vec<KindLine>,
}

impl OverviewPage {
    fn label_key(&self, field: &str) -> String {
        format!("overview-field-{}", field.replace('_', "-"))
    }
}

/// "Mine data".
pub(crate) async fn overview(
    State(state): State<AppState>,
    page: Page,
    user: RequireUser,
    at: Address,
) -> Result<Html<String>, AppError> {
    let whose = Whose::of(&state, &page, user, &at).await?;
    whose.audit_read(&state, "mydata.overview.read").await?;
    let entries = record::entries(&state.db).await?;
    let kinds = counts(&state, &whose.citizen_id)
        .await?
        .into_iter()
        .map(|(category, count)| KindLine {
            category,
            entry: entries.iter().find(|e| e.category == category).cloned(),
            count,
            link: link(&whose, category),
        })
        .collect();
    render(&OverviewPage {
        title: whose.title(&page, "overview-title"),
        page,
        whose,
        kinds,
    })
}
