//! "Min side": what needs doing now, for each role the person has, before the list of
//! everything they can do. Karen sees her unread letters and nearest deadline, her next
//! booking, who can help her and what waits for her yes; a helper whom they help; staff
//! their queues. Each module answers for its own part; this page only puts them together.

use askama::Template;
use axum::extract::State;
use axum::response::Html;
use jiff::civil::Date;

use super::error::AppError;
use super::layout::{render, Page};
use super::long_date;
use crate::auth::{RequireUser, Role, User};
use crate::mandates::model::Status;
use crate::state::AppState;
use crate::{auth, bookings, mandates, post};

#[derive(Template)]
#[template(path = "web/my_page.html")]
struct MyPage {
    page: Page,
    user: User,
    citizen: Option<CitizenNow>,
    staff: StaffNow,
}

/// What waits for a citizen, and for them as a helper of others.
struct CitizenNow {
    unread: usize,
    /// "Du har 2 breve, du ikke har læst", when there are any.
    unread_text: String,
    next_deadline: Option<post::DueLetter>,
    /// "Svar senest fredag den 12. december 2026", for `next_deadline`.
    deadline_text: String,
    next_booking: Option<NextBooking>,
    /// The helpers whose permission is in force, by name.
    helpers: Vec<String>,
    /// Permissions she gave that wait for the helper's yes, by the helper's name.
    given_waiting: Vec<String>,
    /// The people she helps now: (id, name).
    helping: Vec<(String, String)>,
    /// Permissions given to her that wait for her yes, by the citizen's name.
    asked_to_help: Vec<String>,
}

struct NextBooking {
    id: String,
    kind_key: &'static str,
    when: String,
}

/// Staff's queues as the page says them ("3 breve skal printes og sendes"), with where
/// each is worked; only those of the roles the person has.
#[derive(Default)]
struct StaffNow {
    queues: Vec<(&'static str, String)>,
}

pub(crate) async fn my_page(
    State(state): State<AppState>,
    page: Page,
    RequireUser(user): RequireUser,
) -> Result<Html<String>, AppError> {
    let citizen = match user.has(Role::Citizen) {
        true => Some(citizen_now(&state, &user, &page).await?),
        false => None,
    };
    let staff = staff_now(&state, &user, &page).await?;
    render(&MyPage {
        page,
        user,
        citizen,
        staff,
    })
}

async fn citizen_now(state: &AppState, user: &User, page: &Page) -> Result<CitizenNow, AppError> {
    let today = state.clock.today();
    let post = post::waiting_for(&state.db, &state.clock, &user.id).await?;
    let next_booking = bookings::upcoming_of_citizen(&state.db, &state.clock, &user.id)
        .await?
        .into_iter()
        .next()
        .map(|b| NextBooking {
            kind_key: b.slot.kind.label_key(),
            when: bookings::when_text(page.lang, &b.slot.window),
            id: b.id,
        });
    let mut helpers = Vec::new();
    let mut given_waiting = Vec::new();
    for row in mandates::of_citizen(&state.db, &user.id).await? {
        match status_of(&row, today) {
            Status::Active => {
                let name = name_of(state, &row.helper_id).await?;
                if !helpers.contains(&name) {
                    helpers.push(name);
                }
            }
            Status::Pending => given_waiting.push(name_of(state, &row.helper_id).await?),
            _ => {}
        }
    }
    let mut helping = Vec::new();
    let mut asked_to_help = Vec::new();
    for row in mandates::of_helper(&state.db, &user.id).await? {
        match status_of(&row, today) {
            Status::Active => {
                let name = name_of(state, &row.citizen_id).await?;
                if !helping.iter().any(|(id, _)| *id == row.citizen_id) {
                    helping.push((row.citizen_id, name));
                }
            }
            Status::Pending => asked_to_help.push(name_of(state, &row.citizen_id).await?),
            _ => {}
        }
    }
    let unread = usize::try_from(post.unread).unwrap_or(usize::MAX);
    Ok(CitizenNow {
        unread,
        unread_text: page.count("my-now-unread", unread),
        deadline_text: post
            .next_deadline
            .as_ref()
            .map(|due| {
                page.t1(
                    "my-now-deadline",
                    "date",
                    &long_date(page.lang, due.deadline),
                )
            })
            .unwrap_or_default(),
        next_deadline: post.next_deadline,
        next_booking,
        helpers,
        given_waiting,
        helping,
        asked_to_help,
    })
}

/// A permission's state today (a row this version cannot read never decodes).
fn status_of(row: &mandates::MandateRow, today: Date) -> Status {
    mandates::rule_of(row).status(today)
}

async fn name_of(state: &AppState, person_id: &str) -> Result<String, AppError> {
    Ok(auth::user(&state.db.pool, person_id)
        .await?
        .map(|u| u.name)
        .unwrap_or_default())
}

async fn staff_now(state: &AppState, user: &User, page: &Page) -> Result<StaffNow, AppError> {
    let mut now = StaffNow::default();
    if user.has(Role::Caseworker) {
        // Letters not read whose escalation (a call, a visit, a copy) waits for its outcome.
        let open = post::open_escalations(&state.db).await?.len();
        now.queues
            .push(("/rykkere", page.count("my-queue-escalations", open)));
    }
    if user.has(Role::FrontDesk) {
        let queue = post::print_queue(&state.db).await?;
        let queued = queue.postable.len() + queue.no_address.len();
        now.queues
            .push(("/udskrift", page.count("my-queue-print", queued)));
    }
    if user.has(Role::ProjectOwner) {
        // Published assessments whose review day has come (the sweep notices them).
        let due = crate::assess::due_reviews(&state.db, &state.clock).await?;
        if !due.is_empty() {
            now.queues
                .push(("/projekter", page.count("my-queue-reviews", due.len())));
        }
        // Benefits that missed their target or moved the wrong way (the sweep notices them).
        let benefits = crate::assess::benefits::needing_attention(&state.db).await?;
        if benefits > 0 {
            now.queues.push((
                "/projekter",
                page.count("my-queue-benefits", usize::try_from(benefits).unwrap_or(0)),
            ));
        }
    }
    if user.has(Role::NetworkCoordinator) {
        let waiting = crate::network::members::waiting(&state.db, user)
            .await
            .map_err(crate::network::app_error)?;
        if !waiting.is_empty() {
            now.queues.push((
                "/netvaerk/ansoegninger",
                page.count("network-requests-waiting", waiting.len()),
            ));
        }
    }
    if user.has(Role::FrontDesk) || user.has(Role::Caseworker) {
        let today = bookings::of_day(&state.db, state.clock.today()).await?;
        let held = today.iter().filter(|b| b.cancelled_at.is_none()).count();
        now.queues
            .push(("/tider/dagen", page.count("my-queue-bookings", held)));
        let to_ring = bookings::to_ring(&state.db, &state.clock, &state.authority.post).await?;
        if !to_ring.is_empty() {
            now.queues.push((
                "/tider/dagen#ring",
                page.count("my-queue-ring", to_ring.len()),
            ));
        }
    }
    Ok(now)
}
