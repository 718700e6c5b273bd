//! The network's meetings: twice a year by default, a full day at a rotating host. The
//! coordinator plans a meeting; members propose agenda items until the deadline and the
//! coordinator orders them; members sign up with what they need to take part; after
//! the meeting the coordinator writes the minutes with the decisions, who does what by
//! when. Meetings, agendas and minutes are public; who signed up, and their needs, are
//! for the coordinator only.

pub(crate) mod api;
pub(crate) mod demo;
mod feed;
pub mod model;
mod store;
pub(crate) mod web;

pub use store::{AgendaItem, Decision, Meeting, Signup};

use jiff::civil::{Date, Time};
use model::{AgendaForm, DecisionForm, MeetingForm, SignupForm};

use super::{coordinator, members, note_in, NetworkError};
use crate::auth::{self, User};
use crate::clock::{denmark, Clock};
use crate::db::Db;

/// A meeting with its agenda and decisions: what anyone may read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MeetingPage {
    pub meeting: Meeting,
    pub agenda: Vec<AgendaItem>,
    pub decisions: Vec<Decision>,
}

impl Meeting {
    /// Whether members may still propose items.
    pub fn agenda_open(&self, now_ms: i64) -> bool {
        now_ms < self.agenda_closes_at
    }

    /// Whether the meeting has begun (then the minutes can be written, and no one signs
    /// up any more).
    pub fn begun(&self, now_ms: i64) -> bool {
        now_ms >= self.starts_at
    }
}

/// A Danish wall-clock time as stored milliseconds.
fn at(day: Date, time: Time) -> Result<i64, NetworkError> {
    day.to_datetime(time)
        .to_zoned(denmark())
        .map(|z| z.timestamp().as_millisecond())
        .map_err(|_| NetworkError::Conflict("network-error-date"))
}

/// The form for a new meeting, filled in with the suggested date and host.
pub async fn suggestion(db: &Db, clock: &Clock) -> Result<MeetingForm, sqlx::Error> {
    let meetings = store::all(&mut *db.pool.acquire().await?).await?;
    let members: Vec<String> = members::members(db)
        .await?
        .into_iter()
        .map(|o| o.id)
        .collect();
    let hosted: Vec<(String, Date)> = meetings
        .iter()
        .map(|m| (m.host.clone(), crate::clock::day_of(m.starts_at)))
        .collect();
    let last = hosted.iter().map(|(_, d)| *d).max();
    Ok(model::suggestion(
        clock.today(),
        last,
        model::next_host(&members, &hosted),
    ))
}

/// The coordinator plans a meeting; answers its id.
pub async fn create(
    db: &Db,
    clock: &Clock,
    user: &User,
    form: &MeetingForm,
) -> Result<String, NetworkError> {
    coordinator(user)?;
    let members: Vec<String> = members::members(db)
        .await?
        .into_iter()
        .map(|o| o.id)
        .collect();
    let meeting = form
        .meeting(|id| members.iter().any(|m| m == id), clock.today())
        .map_err(NetworkError::Invalid)?;
    let next_day = meeting
        .agenda_deadline
        .tomorrow()
        .unwrap_or(meeting.agenda_deadline);
    let id = crate::db::new_id();
    let row = store::NewRow {
        id: &id,
        title: &meeting.title,
        host: &meeting.host,
        place: &meeting.place,
        starts_at: at(meeting.date, meeting.from)?,
        ends_at: at(meeting.date, meeting.to)?,
        agenda_deadline: meeting.agenda_deadline,
        agenda_closes_at: at(next_day, Time::midnight())?,
    };
    let mut tx = db.pool.begin().await?;
    store::insert(&mut tx, &row, &user.id, clock.now_ms()).await?;
    note_in(&mut tx, clock, user, "network.meeting.created", &id).await?;
    tx.commit().await?;
    Ok(id)
}

/// Every meeting, the newest first (public).
pub async fn all(db: &Db) -> Result<Vec<Meeting>, sqlx::Error> {
    store::all(&mut *db.pool.acquire().await?).await
}

/// A meeting with its agenda and decisions (public).
pub async fn page(db: &Db, id: &str) -> Result<Option<MeetingPage>, sqlx::Error> {
    let mut conn = db.pool.acquire().await?;
    let Some(meeting) = store::one(&mut conn, id).await? else {
        return Ok(None);
    };
    Ok(Some(MeetingPage {
        agenda: store::agenda(&mut conn, id).await?,
        decisions: store::decisions(&mut conn, id).await?,
        meeting,
    }))
}

async fn meeting_in(conn: &mut sqlx::AnyConnection, id: &str) -> Result<Meeting, NetworkError> {
    store::one(conn, id).await?.ok_or(NetworkError::NotFound)
}

/// A member proposes an agenda item before the deadline.
pub async fn propose(
    db: &Db,
    clock: &Clock,
    user: &User,
    meeting_id: &str,
    form: &AgendaForm,
) -> Result<(), NetworkError> {
    let organisation = members::member_of(db, user).await?;
    let mut tx = db.pool.begin().await?;
    let meeting = meeting_in(&mut tx, meeting_id).await?;
    let (title, description) = form
        .item(meeting.agenda_open(clock.now_ms()))
        .map_err(NetworkError::Invalid)?;
    let id = crate::db::new_id();
    let item = store::NewItem {
        id: &id,
        meeting_id,
        organisation_id: &organisation.id,
        proposed_by: &user.id,
        title: &title,
        description: &description,
    };
    store::insert_item(&mut tx, &item, clock.now_ms()).await?;
    note_in(&mut tx, clock, user, "network.agenda.proposed", &id).await?;
    tx.commit().await?;
    Ok(())
}

/// Which way the coordinator moves an agenda item.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Move {
    Up,
    Down,
}

/// The coordinator moves an item one place up or down the agenda.
pub async fn reorder(
    db: &Db,
    clock: &Clock,
    user: &User,
    meeting_id: &str,
    item_id: &str,
    to: Move,
) -> Result<(), NetworkError> {
    coordinator(user)?;
    let mut tx = db.pool.begin().await?;
    meeting_in(&mut tx, meeting_id).await?;
    let mut ids: Vec<String> = store::agenda(&mut tx, meeting_id)
        .await?
        .into_iter()
        .map(|i| i.id)
        .collect();
    let from = ids
        .iter()
        .position(|id| id == item_id)
        .ok_or(NetworkError::NotFound)?;
    let swap = match to {
        Move::Up => from.checked_sub(1),
        Move::Down => Some(from + 1).filter(|i| *i < ids.len()),
    };
    if let Some(other) = swap {
        ids.swap(from, other);
    }
    store::set_order(&mut tx, meeting_id, &ids).await?;
    note_in(&mut tx, clock, user, "network.agenda.ordered", meeting_id).await?;
    tx.commit().await?;
    Ok(())
}

/// A member signs up for a meeting that has not begun, or changes what they need.
pub async fn sign_up(
    db: &Db,
    clock: &Clock,
    user: &User,
    meeting_id: &str,
    form: &SignupForm,
) -> Result<(), NetworkError> {
    let organisation = members::member_of(db, user).await?;
    let (access_needs, dietary_needs) = form.needs().map_err(NetworkError::Invalid)?;
    let mut tx = db.pool.begin().await?;
    if meeting_in(&mut tx, meeting_id).await?.begun(clock.now_ms()) {
        return Err(NetworkError::Conflict("network-error-meeting-begun"));
    }
    let signup = Signup {
        person_id: user.id.clone(),
        organisation_id: organisation.id,
        access_needs,
        dietary_needs,
    };
    store::upsert_signup(&mut tx, meeting_id, &signup, clock.now_ms()).await?;
    note_in(
        &mut tx,
        clock,
        user,
        "network.meeting.signed_up",
        meeting_id,
    )
    .await?;
    tx.commit().await?;
    Ok(())
}

/// A member takes back their sign-up.
pub async fn withdraw(
    db: &Db,
    clock: &Clock,
    user: &User,
    meeting_id: &str,
) -> Result<(), NetworkError> {
    let mut tx = db.pool.begin().await?;
    meeting_in(&mut tx, meeting_id).await?;
    if store::delete_signup(&mut tx, meeting_id, &user.id).await? {
        note_in(
            &mut tx,
            clock,
            user,
            "network.meeting.withdrawn",
            meeting_id,
        )
        .await?;
    }
    tx.commit().await?;
    Ok(())
}

/// The person's own sign-up for a meeting, if any.
pub async fn own_signup(
    db: &Db,
    user: &User,
    meeting_id: &str,
) -> Result<Option<Signup>, sqlx::Error> {
    Ok(store::signups(&mut *db.pool.acquire().await?, meeting_id)
        .await?
        .into_iter()
        .find(|s| s.person_id == user.id))
}

/// Who comes, with names and needs: for the coordinator only.
pub async fn signups(
    db: &Db,
    user: &User,
    meeting_id: &str,
) -> Result<Vec<(String, Signup)>, NetworkError> {
    coordinator(user)?;
    let mut conn = db.pool.acquire().await?;
    let mut named = Vec::new();
    for signup in store::signups(&mut conn, meeting_id).await? {
        let name = auth::user_in(&mut conn, &signup.person_id)
            .await?
            .map(|u| u.name)
            .unwrap_or_default();
        named.push((name, signup));
    }
    Ok(named)
}

/// The coordinator writes the minutes of a meeting that has begun.
pub async fn write_minutes(
    db: &Db,
    clock: &Clock,
    user: &User,
    meeting_id: &str,
    typed: &str,
) -> Result<(), NetworkError> {
    coordinator(user)?;
    let text = model::minutes(typed).map_err(NetworkError::Invalid)?;
    let mut tx = db.pool.begin().await?;
    if !meeting_in(&mut tx, meeting_id).await?.begun(clock.now_ms()) {
        let mut errors = crate::forms::FormErrors::default();
        errors.add("minutes", "network-error-minutes-early");
        return Err(NetworkError::Invalid(errors));
    }
    store::set_minutes(&mut tx, meeting_id, &text, &user.id, clock.now_ms()).await?;
    note_in(&mut tx, clock, user, "network.meeting.minutes", meeting_id).await?;
    tx.commit().await?;
    Ok(())
}

/// The coordinator adds a decision to the minutes.
pub async fn add_decision(
    db: &Db,
    clock: &Clock,
    user: &User,
    meeting_id: &str,
    form: &DecisionForm,
) -> Result<(), NetworkError> {
    coordinator(user)?;
    let known = members::names(db).await?;
    let decision = form
        .decision(|id| known.contains_key(id))
        .map_err(NetworkError::Invalid)?;
    let mut tx = db.pool.begin().await?;
    meeting_in(&mut tx, meeting_id).await?;
    store::insert_decision(&mut tx, meeting_id, &decision).await?;
    note_in(&mut tx, clock, user, "network.meeting.decision", meeting_id).await?;
    tx.commit().await?;
    Ok(())
}
