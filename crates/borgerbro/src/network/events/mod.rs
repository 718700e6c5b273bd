//! Courses and events citizens sign up to: IT cafés, courses for beginners, sessions on
//! spotting fraud, citizens teaching each other at the libraries. A member organisation
//! publishes its own (through the people acting for it), the authority its own (staff
//! for the network: the coordinator and the front desk). Citizens sign up online, by
//! phone at the front desk, or through a helper inside their permission; a full event
//! has a waiting list that moves up by itself when someone with a seat cancels. Each
//! citizen with a seat who is a registered person gets a reminder letter (the day
//! before, or in good time on paper). The organiser sees who comes and marks who came;
//! every such look is in the citizen's "Hvem har kigget".

pub(crate) mod api;
pub(crate) mod demo;
pub mod model;
mod store;
pub(crate) mod web;

pub use store::{Event, Signup};

use model::{Channel, EventForm, Reminder, Status};

use super::members::{self, Organisation};
use super::{note_in, NetworkError};
use crate::audit::{self, Actor, NewEntry};
use crate::auth::{self, Role, User};
use crate::clock::Clock;
use crate::db::{new_id, Db};
use crate::help::Catalogue;
use crate::i18n::Lang;
use crate::people::{self, Channel as PostChannel};
use crate::post::{self, Area};

const DAY_MS: i64 = 24 * 60 * 60 * 1000;

/// Staff who run the authority's own events: the network's coordinator and the front
/// desk, who take the calls.
pub(crate) fn authority_staff(user: &User) -> bool {
    user.has(Role::NetworkCoordinator) || user.has(Role::FrontDesk)
}

/// For whom a person publishes events: `Some(Some(id))` the member organisation they act
/// for, `Some(None)` the authority, `None` nobody.
pub(crate) async fn publishes_for(
    db: &Db,
    user: &User,
) -> Result<Option<Option<Organisation>>, sqlx::Error> {
    if let Some(organisation) = members::acting_for(db, user).await? {
        return Ok(Some(Some(organisation)));
    }
    Ok(authority_staff(user).then_some(None))
}

/// Whether a person organises this event (sees its attendees, changes it, marks who
/// came). The one decision every organiser page and operation asks.
pub(crate) async fn organises(db: &Db, user: &User, event: &Event) -> Result<bool, sqlx::Error> {
    let acting = members::acting_for(db, user).await?;
    Ok(model::organises(
        event.organisation_id.as_deref(),
        acting.as_ref().map(|o| o.id.as_str()),
        authority_staff(user),
    ))
}

async fn organiser_check(db: &Db, user: &User, event: &Event) -> Result<(), NetworkError> {
    match organises(db, user, event).await? {
        true => Ok(()),
        false => Err(NetworkError::NotAllowed),
    }
}

/// Whether a help place with this id exists.
async fn place_checker(
    catalogue: &Catalogue,
    db: &Db,
) -> Result<impl Fn(&str) -> bool, NetworkError> {
    let loaded = catalogue.load(db).await?;
    Ok(move |id: &str| loaded.get(id).is_some())
}

/// An event, cancelled or not.
pub async fn event(db: &Db, id: &str) -> Result<Option<Event>, sqlx::Error> {
    store::event(&mut *db.pool.acquire().await?, id).await
}

/// The events not cancelled that end after `from` and begin before `to` (UTC ms), soonest
/// first: the public list, the API and the feed.
pub async fn between(db: &Db, from: i64, to: i64) -> Result<Vec<Event>, sqlx::Error> {
    store::between(&mut *db.pool.acquire().await?, from, to).await
}

/// The most events a help place's page and calendar show.
const AT_PLACE: i64 = 20;

/// The coming events at a help place (not cancelled, beginning from `from_ms`), soonest
/// first: what `help` shows on the place's page and in its calendar. Read-only, and the
/// one thing `help` reads from the network.
pub async fn upcoming_at(db: &Db, place_id: &str, from_ms: i64) -> Result<Vec<Event>, sqlx::Error> {
    store::at_place(&mut *db.pool.acquire().await?, place_id, from_ms, AT_PLACE).await
}

/// The events a member organisation (none: the authority) organises, newest first.
pub async fn of_organiser(
    db: &Db,
    organisation_id: Option<&str>,
) -> Result<Vec<Event>, sqlx::Error> {
    store::of_organiser(&mut *db.pool.acquire().await?, organisation_id).await
}

/// A member or staff publishes an event, for their organisation or the authority;
/// answers its id. One that begins in the past is refused on its field.
pub async fn create(
    db: &Db,
    clock: &Clock,
    catalogue: &Catalogue,
    user: &User,
    form: &EventForm,
) -> Result<String, NetworkError> {
    let organiser = publishes_for(db, user)
        .await?
        .ok_or(NetworkError::NotAllowed)?;
    let known = place_checker(catalogue, db).await?;
    let details = form
        .check(known, clock.now_ms())
        .map_err(NetworkError::Invalid)?;
    let id = new_id();
    let mut tx = db.pool.begin().await?;
    store::insert_event(
        &mut tx,
        &id,
        organiser.as_ref().map(|o| o.id.as_str()),
        &details,
        &user.id,
        clock.now_ms(),
    )
    .await?;
    note_in(&mut tx, clock, user, "network.event.create", &id).await?;
    tx.commit().await?;
    Ok(id)
}

/// The organiser changes an event not yet begun. It may not have fewer seats than are
/// taken; more seats go at once to those waiting, in order.
pub async fn change(
    db: &Db,
    clock: &Clock,
    catalogue: &Catalogue,
    user: &User,
    id: &str,
    form: &EventForm,
) -> Result<(), NetworkError> {
    let found = event(db, id).await?.ok_or(NetworkError::NotFound)?;
    organiser_check(db, user, &found).await?;
    if found.cancelled_at.is_some() {
        return Err(NetworkError::Conflict("events-error-cancelled"));
    }
    if found.details.starts_at <= clock.now_ms() {
        return Err(NetworkError::Conflict("events-error-begun"));
    }
    let known = place_checker(catalogue, db).await?;
    let details = form
        .check(known, clock.now_ms())
        .map_err(NetworkError::Invalid)?;
    let mut tx = db.pool.begin().await?;
    let Some(taken) = store::update_event(&mut tx, id, &details).await? else {
        tx.rollback().await?;
        return Err(NetworkError::Conflict("events-error-cancelled"));
    };
    if let Some(problem) = model::seats_problem(details.seats, taken) {
        tx.rollback().await?;
        let mut errors = crate::forms::FormErrors::default();
        errors.add("seats", problem);
        return Err(NetworkError::Invalid(errors));
    }
    let moved = store::move_up(&mut tx, id, details.seats - taken).await?;
    if !moved.is_empty() {
        let count = i64::try_from(moved.len()).unwrap_or(0);
        store::set_taken(&mut tx, id, taken + count).await?;
    }
    note_in(&mut tx, clock, user, "network.event.change", id).await?;
    tx.commit().await?;
    Ok(())
}

/// The organiser cancels an event not yet begun. Everyone signed up who is a registered
/// person gets a letter in the same transaction (on paper when exempt).
pub async fn cancel_event(
    db: &Db,
    clock: &Clock,
    policy: &post::Policy,
    catalogue: &Catalogue,
    user: &User,
    id: &str,
) -> Result<(), NetworkError> {
    let found = event(db, id).await?.ok_or(NetworkError::NotFound)?;
    organiser_check(db, user, &found).await?;
    let place = place_text(catalogue, db, &found.details.place_id).await?;
    let mut tx = db.pool.begin().await?;
    if !store::cancel_event(&mut tx, id, clock.now_ms()).await? {
        tx.rollback().await?;
        return Err(NetworkError::Conflict("events-error-not-open"));
    }
    for signup in store::of_event(&mut tx, id).await? {
        let Some(person) = signup.person_id.as_deref() else {
            continue;
        };
        if signup.status == Status::Cancelled {
            continue;
        }
        let lang = people::language_in(&mut tx, person).await?;
        let letter = letter(lang, person, "events-letter-cancelled", &found, &place);
        match post::send_system_in(&mut tx, clock, policy, letter).await {
            // A person no longer registered has nobody to write to.
            Ok(_) | Err(post::SendError::UnknownRecipient) => {}
            Err(error) => return Err(letter_error(error)),
        }
    }
    note_in(&mut tx, clock, user, "network.event.cancel", id).await?;
    tx.commit().await?;
    Ok(())
}

/// A system letter has no deadline and no key, so only the database can refuse it.
fn letter_error(error: post::SendError) -> NetworkError {
    match error {
        post::SendError::Database(error) => NetworkError::Database(error),
        other => NetworkError::Database(sqlx::Error::Protocol(format!(
            "the letter about an event: {other}"
        ))),
    }
}

/// Who is signed up: a registered citizen, or someone known by name and phone number.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Attendee {
    Citizen(String),
    Contact { name: String, phone: String },
}

/// A sign-up to make.
#[derive(Debug, Clone)]
pub(crate) struct NewSignup {
    pub event_id: String,
    pub attendee: Attendee,
    pub channel: Channel,
    /// Who did it: the citizen themself, the front desk, a helper, a system.
    pub by: Actor,
}

/// A sign-up made: a seat, or a place in line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct SignedUp {
    pub signup: Signup,
    /// On the waiting list: the place in line (1 is next).
    pub position: Option<i64>,
}

/// Signs up for an event: a seat when one is free, else the waiting list with its place
/// in line. The seat is taken by one conditional UPDATE of the event's row, the first
/// statement of the transaction, so that of any number asking at once exactly the seats
/// there are are taken, and every sign-up gets a number of its own. A citizen holds one
/// place an event (checked after that UPDATE, so two of their own at once cannot both
/// pass). A cancelled or begun event is a conflict.
pub(crate) async fn sign_up(
    db: &Db,
    clock: &Clock,
    new: NewSignup,
) -> Result<SignedUp, NetworkError> {
    let found = event(db, &new.event_id)
        .await?
        .ok_or(NetworkError::NotFound)?;
    let now = clock.now_ms();
    open_check(&found, now)?;
    let (person_id, name, phone) = match &new.attendee {
        Attendee::Citizen(id) => {
            let citizen = auth::user(&db.pool, id)
                .await?
                .ok_or(NetworkError::NotFound)?;
            (Some(citizen.id), citizen.name, String::new())
        }
        Attendee::Contact { name, phone } => (None, name.clone(), phone.clone()),
    };
    let mut tx = db.pool.begin().await?;
    let (number, status) = match store::take_seat(&mut tx, &found.id, now).await? {
        Some(number) => (number, Status::Seat),
        None => match store::join_queue(&mut tx, &found.id, now).await? {
            Some(number) => (number, Status::Waiting),
            None => {
                tx.rollback().await?;
                return Err(NetworkError::Conflict("events-error-not-open"));
            }
        },
    };
    if let Some(person) = &person_id {
        if store::active_of_person(&mut tx, &found.id, person)
            .await?
            .is_some()
        {
            tx.rollback().await?;
            return Err(NetworkError::Conflict("events-error-already"));
        }
    }
    let by_self = person_id
        .as_ref()
        .is_some_and(|p| new.by == Actor::Person(p.clone()));
    let signup = Signup {
        id: new_id(),
        event_id: found.id.clone(),
        person_id,
        name,
        phone,
        channel: new.channel,
        made_by: (!by_self).then(|| new.by.clone()),
        number,
        status,
        signed_up_at: now,
        cancelled_at: None,
        attended: None,
        reminded_at: None,
    };
    store::insert_signup(&mut tx, &signup).await?;
    record(&mut tx, clock, &new.by, "network.signup.create", &signup).await?;
    let position = match status {
        Status::Waiting => Some(model::position(
            number,
            &store::waiting_numbers(&mut tx, &found.id).await?,
        )),
        _ => None,
    };
    tx.commit().await?;
    Ok(SignedUp { signup, position })
}

/// An event can be signed up to or cancelled from until it begins, unless cancelled.
fn open_check(event: &Event, now: i64) -> Result<(), NetworkError> {
    if event.cancelled_at.is_some() {
        return Err(NetworkError::Conflict("events-error-cancelled"));
    }
    if event.details.starts_at <= now {
        return Err(NetworkError::Conflict("events-error-begun"));
    }
    Ok(())
}

/// The audit entry of a change to a citizen's sign-up, naming whom it was done for when
/// someone else did it; none for someone known only by name and phone number.
async fn record(
    conn: &mut sqlx::AnyConnection,
    clock: &Clock,
    by: &Actor,
    action: &'static str,
    signup: &Signup,
) -> Result<(), sqlx::Error> {
    let Some(citizen) = &signup.person_id else {
        return Ok(());
    };
    let mut entry = NewEntry::new(by.clone(), action)
        .subject(citizen)
        .object(&signup.event_id);
    if *by != Actor::Person(citizen.clone()) {
        entry = entry.acting_for(citizen);
    }
    audit::record_in(conn, clock, entry).await?;
    Ok(())
}

/// Cancels a sign-up in force before the event begins. When it held a seat, the first
/// on the waiting list gets it in the same transaction, and a letter saying so when they
/// are a registered person (on paper when exempt): nobody comes to a seat they do not know
/// they have. Answers the sign-up that moved up, if one did. Whether `by` may do it is
/// the caller's decision.
pub(crate) async fn cancel_signup(
    db: &Db,
    clock: &Clock,
    (policy, catalogue): (&post::Policy, &Catalogue),
    signup_id: &str,
    by: &Actor,
) -> Result<Option<Signup>, NetworkError> {
    let now = clock.now_ms();
    // The place in words for the letter, read before the transaction (it takes no lock).
    let place = match store::signup(&mut *db.pool.acquire().await?, signup_id).await? {
        Some(signup) => match event(db, &signup.event_id).await? {
            Some(found) => place_text(catalogue, db, &found.details.place_id).await?,
            None => String::new(),
        },
        None => String::new(),
    };
    let mut tx = db.pool.begin().await?;
    let Some(signup) = store::signup(&mut tx, signup_id).await? else {
        tx.rollback().await?;
        return Err(NetworkError::NotFound);
    };
    // The event's lock first, as a sign-up takes it: nothing moves in between.
    let Some((seats, taken)) = store::lock_event(&mut tx, &signup.event_id).await? else {
        tx.rollback().await?;
        return Err(NetworkError::NotFound);
    };
    let Some(found) = store::event(&mut tx, &signup.event_id).await? else {
        tx.rollback().await?;
        return Err(NetworkError::NotFound);
    };
    if let Err(error) = open_check(&found, now) {
        tx.rollback().await?;
        return Err(error);
    }
    if signup.status == Status::Cancelled
        || !store::cancel_signup(&mut tx, &signup.id, signup.status, now).await?
    {
        tx.rollback().await?;
        return Err(NetworkError::Conflict("events-error-not-signed-up"));
    }
    let mut moved = None;
    if signup.status == Status::Seat {
        let left = taken - 1;
        let up = store::move_up(&mut tx, &signup.event_id, (seats - left).min(1)).await?;
        let count = i64::try_from(up.len()).unwrap_or(0);
        store::set_taken(&mut tx, &signup.event_id, left + count).await?;
        moved = up.into_iter().next();
    }
    if let Some(person) = moved.as_ref().and_then(|m| m.person_id.as_deref()) {
        let lang = people::language_in(&mut tx, person).await?;
        let letter = letter(lang, person, "events-letter-moved-up", &found, &place);
        match post::send_system_in(&mut tx, clock, policy, letter).await {
            Ok(_) | Err(post::SendError::UnknownRecipient) => {}
            Err(error) => return Err(letter_error(error)),
        }
    }
    record(&mut tx, clock, by, "network.signup.cancel", &signup).await?;
    tx.commit().await?;
    Ok(moved)
}

/// One sign-up.
pub(crate) async fn signup(db: &Db, id: &str) -> Result<Option<Signup>, sqlx::Error> {
    store::signup(&mut *db.pool.acquire().await?, id).await
}

/// A waiting sign-up's place in line now.
pub(crate) async fn waiting_position(db: &Db, signup: &Signup) -> Result<i64, sqlx::Error> {
    let mut conn = db.pool.acquire().await?;
    let numbers = store::waiting_numbers(&mut conn, &signup.event_id).await?;
    Ok(model::position(signup.number, &numbers))
}

/// A citizen's sign-up in force on an event, with their place in line when waiting.
pub(crate) async fn own_signup(
    db: &Db,
    event_id: &str,
    person_id: &str,
) -> Result<Option<SignedUp>, sqlx::Error> {
    let mut conn = db.pool.acquire().await?;
    let Some(signup) = store::active_of_person(&mut conn, event_id, person_id).await? else {
        return Ok(None);
    };
    let position = match signup.status {
        Status::Waiting => Some(model::position(
            signup.number,
            &store::waiting_numbers(&mut conn, event_id).await?,
        )),
        _ => None,
    };
    Ok(Some(SignedUp { signup, position }))
}

/// A citizen's sign-ups in force, with their events, soonest first.
pub(crate) async fn of_citizen(
    db: &Db,
    person_id: &str,
) -> Result<Vec<(Event, SignedUp)>, sqlx::Error> {
    let mut conn = db.pool.acquire().await?;
    let mut found = Vec::new();
    for signup in store::active_of(&mut conn, person_id).await? {
        let Some(event) = store::event(&mut conn, &signup.event_id).await? else {
            continue;
        };
        let position = match signup.status {
            Status::Waiting => Some(model::position(
                signup.number,
                &store::waiting_numbers(&mut conn, &event.id).await?,
            )),
            _ => None,
        };
        found.push((event, SignedUp { signup, position }));
    }
    found.sort_by_key(|(e, _)| e.details.starts_at);
    Ok(found)
}

/// How many sign-ups a citizen has, in force, cancelled or over: the count on "Mine
/// data".
pub(crate) async fn count_of_citizen(db: &Db, person_id: &str) -> Result<i64, sqlx::Error> {
    store::count_of(&mut *db.pool.acquire().await?, person_id).await
}

/// A citizen's sign-up with its event and the name of the help place it is at (none
/// when the place is gone from the catalogue).
#[derive(Debug, Clone)]
pub(crate) struct CitizenSignup {
    pub signup: Signup,
    pub event: Event,
    pub place: Option<String>,
}

/// Every sign-up of a citizen, in force, cancelled or over, newest first, with its
/// event: what "Hent mine data" hands over. Events are never deleted (a cancelled one
/// stays), so every sign-up has its event.
pub(crate) async fn all_of_citizen(
    db: &Db,
    person_id: &str,
) -> Result<Vec<CitizenSignup>, sqlx::Error> {
    let places = Catalogue::default().load(db).await?;
    let mut conn = db.pool.acquire().await?;
    let mut found = Vec::new();
    for signup in store::all_of(&mut conn, person_id).await? {
        let Some(event) = store::event(&mut conn, &signup.event_id).await? else {
            continue;
        };
        let place = places.get(&event.details.place_id).map(|p| p.name.clone());
        found.push(CitizenSignup {
            signup,
            event,
            place,
        });
    }
    Ok(found)
}

/// The retention sweep's part for sign-ups: anonymises the sign-ups to events that ended
/// before `before` (UTC milliseconds), or with `apply` false only counts them. Answers
/// how many, in the caller's transaction.
///
/// Anonymised, not deleted, as bookings are: the event's row counts its seats taken and
/// sign-ups made, the organiser's list of a past event shows how many came and how they
/// signed up, and the record says sign-ups feed the statistics (how many come, and how
/// many through the desk or a helper rather than online). Who it was is all that goes:
/// the citizen, a name and phone number given, and who signed them up (a helper is a
/// person too, and would point back to the citizen).
pub async fn retention_in(
    conn: &mut sqlx::AnyConnection,
    before: i64,
    apply: bool,
) -> Result<u64, sqlx::Error> {
    match apply {
        true => store::anonymise_ended_before(conn, before).await,
        false => Ok(u64::try_from(store::count_ended_named(conn, before).await?).unwrap_or(0)),
    }
}

/// A sign-up on the organiser's list: the phone number to call, the citizen's own from
/// their profile when they are registered.
#[derive(Debug, Clone)]
pub(crate) struct Listed {
    pub signup: Signup,
    pub phone: String,
    /// On the waiting list: the place in line.
    pub position: Option<i64>,
}

/// The organiser's list of who comes: seats and the waiting list in order, then the
/// cancelled. Every registered citizen on it sees this look in "Hvem har kigget".
pub(crate) async fn attendees(
    db: &Db,
    clock: &Clock,
    user: &User,
    id: &str,
) -> Result<(Event, Vec<Listed>), NetworkError> {
    let found = event(db, id).await?.ok_or(NetworkError::NotFound)?;
    organiser_check(db, user, &found).await?;
    let mut conn = db.pool.acquire().await?;
    let signups = store::of_event(&mut conn, id).await?;
    let mut listed = Vec::with_capacity(signups.len());
    let mut position = 0;
    let mut entries = Vec::new();
    for signup in signups {
        let phone = match &signup.person_id {
            Some(person) => {
                entries.push(
                    NewEntry::new(Actor::Person(user.id.clone()), "network.signup.list")
                        .subject(person)
                        .object(id),
                );
                people::profile_in(&mut conn, person)
                    .await?
                    .and_then(|p| p.phone)
                    .unwrap_or_default()
            }
            None => signup.phone.clone(),
        };
        let waiting = signup.status == Status::Waiting;
        if waiting {
            position += 1;
        }
        listed.push(Listed {
            signup,
            phone,
            position: waiting.then_some(position),
        });
    }
    drop(conn);
    if !entries.is_empty() {
        let mut tx = db.pool.begin().await?;
        audit::record_all_in(&mut tx, clock, &entries).await?;
        tx.commit().await?;
    }
    Ok((found, listed))
}

/// The organiser marks who came, once the event has begun: `came` are the sign-ups with
/// a seat who came; every other seat holder did not.
pub(crate) async fn mark_attendance(
    db: &Db,
    clock: &Clock,
    user: &User,
    id: &str,
    came: &[String],
) -> Result<(), NetworkError> {
    let found = event(db, id).await?.ok_or(NetworkError::NotFound)?;
    organiser_check(db, user, &found).await?;
    if found.details.starts_at > clock.now_ms() {
        return Err(NetworkError::Conflict("events-error-not-begun"));
    }
    let mut tx = db.pool.begin().await?;
    let mut entries = Vec::new();
    for signup in store::of_event(&mut tx, id).await? {
        if signup.status != Status::Seat {
            continue;
        }
        let attended = came.contains(&signup.id);
        store::mark_attendance(&mut tx, id, &signup.id, attended).await?;
        if let Some(person) = &signup.person_id {
            entries.push(
                NewEntry::new(Actor::Person(user.id.clone()), "network.signup.attended")
                    .subject(person)
                    .object(id),
            );
        }
    }
    audit::record_all_in(&mut tx, clock, &entries).await?;
    tx.commit().await?;
    Ok(())
}

/// The place's name and address, for a letter.
async fn place_text(catalogue: &Catalogue, db: &Db, place_id: &str) -> Result<String, sqlx::Error> {
    let loaded = catalogue.load(db).await?;
    Ok(loaded
        .get(place_id)
        .map_or_else(String::new, |p| match p.address_line() {
            Some(address) => format!("{}, {address}", p.name),
            None => p.name.clone(),
        }))
}

/// "mandag den 14. december 2026 kl. 10.00-12.00".
pub(crate) fn when_text(lang: Lang, event: &Event) -> String {
    lang.t_args(
        "events-when",
        &[
            (
                "day",
                crate::i18n::long_date(lang, model::local(event.details.starts_at).date()),
            ),
            (
                "from",
                crate::i18n::clock_time(lang, event.details.starts_at),
            ),
            ("to", crate::i18n::clock_time(lang, event.details.ends_at)),
        ],
    )
}

/// A letter about an event (`{key}-subject`, `{key}-body`), in the reader's language, filed
/// under bookings: it says where and when the citizen is expected, which only a helper
/// with the bookings permission may see.
fn letter(lang: Lang, person: &str, key: &str, event: &Event, place: &str) -> post::SystemLetter {
    let args = [
        ("title", event.details.title.clone()),
        ("when", when_text(lang, event)),
        ("place", place.to_owned()),
        (
            "day",
            crate::i18n::long_date(lang, model::local(event.details.starts_at).date()),
        ),
    ];
    post::SystemLetter {
        recipient_id: person.to_owned(),
        area: Area::Bookings,
        subject: lang.t_args(&format!("{key}-subject"), &args),
        body: lang.t_args(&format!("{key}-body"), &args),
        language: lang,
    }
}

/// What the reminder sweep did.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Reminded {
    /// Letters to the inbox, the day before.
    pub digital: u64,
    /// Letters on paper, sent earlier.
    pub paper: u64,
}

/// The furthest ahead a reminder can be due: a paper reader's days, with room for a post
/// policy slower than the default.
const LOOK_AHEAD_DAYS: i64 = 14;

/// Sends the reminders that are due (`model::reminder`): to each citizen with a seat who
/// is a registered person, once, by the channel the post module chooses for them (the
/// day before in the inbox; on paper the post's days plus two before, so it arrives in
/// time). Each is claimed (`reminded_at`) and written in one transaction, so a letter
/// that fails leaves it for the next sweep. Sign-ups by name and phone get none: the
/// organiser's list shows them to call.
pub async fn sweep(db: &Db, clock: &Clock, policy: &post::Policy) -> Result<Reminded, sqlx::Error> {
    let now = clock.now_ms();
    let today = clock.today();
    let due = {
        let mut conn = db.pool.acquire().await?;
        store::to_remind(&mut conn, now, now + LOOK_AHEAD_DAYS * DAY_MS).await?
    };
    let mut reminded = Reminded::default();
    if due.is_empty() {
        return Ok(reminded);
    }
    let catalogue = Catalogue::default();
    for signup in due {
        let Some(person) = signup.person_id.clone() else {
            continue;
        };
        let Some(found) = event(db, &signup.event_id).await? else {
            continue;
        };
        let Some(profile) = people::profile(db, &person).await? else {
            continue;
        };
        let paper = profile.channel() == PostChannel::Paper;
        let event_day = model::local(found.details.starts_at).date();
        if model::reminder(today, event_day, paper, policy.postal_days) != Reminder::Now {
            continue;
        }
        let place = place_text(&catalogue, db, &found.details.place_id).await?;
        let mut tx = db.pool.begin().await?;
        if !store::claim_reminder(&mut tx, &signup.id, now).await? {
            tx.rollback().await?;
            continue;
        }
        let lang = people::language_in(&mut tx, &person).await?;
        let letter = letter(lang, &person, "events-letter-reminder", &found, &place);
        match post::send_system_in(&mut tx, clock, policy, letter).await {
            Ok(_) => {
                tx.commit().await?;
                match paper {
                    true => reminded.paper += 1,
                    false => reminded.digital += 1,
                }
            }
            Err(error) => {
                tx.rollback().await?;
                tracing::warn!(%error, signup = signup.id, "an event's reminder could not be sent; the next sweep tries again");
            }
        }
    }
    Ok(reminded)
}

/// The demo's events (`demo::load`).
pub(crate) async fn load_demo(db: &Db, clock: &Clock) -> Result<(), sqlx::Error> {
    demo::load(db, clock).await
}

/// The events' pages, for `network::pages()` to merge.
pub(crate) fn pages() -> axum::Router<crate::state::AppState> {
    use axum::routing::{get, post};
    use web::{organiser, others, public};
    axum::Router::new()
        .route("/arrangementer", get(public::list))
        .route("/arrangementer.atom", get(public::feed))
        .route(
            "/arrangementer/nyt",
            get(organiser::new_form).post(organiser::create),
        )
        .route("/arrangementer/{id}", get(public::show))
        .route("/arrangementer/{id}/tilmeld", post(public::sign_up))
        .route("/arrangementer/{id}/afmeld", post(public::cancel))
        .route(
            "/arrangementer/{id}/ret",
            get(organiser::edit_form).post(organiser::update),
        )
        .route("/arrangementer/{id}/aflys", post(organiser::cancel_event))
        .route("/arrangementer/{id}/deltagere", get(organiser::attendees))
        .route(
            "/arrangementer/{id}/deltagere/{signup}/afmeld",
            post(organiser::cancel_signup),
        )
        .route("/arrangementer/{id}/fremmoede", post(organiser::attendance))
        .route(
            "/arrangementer/{id}/tilmeld-borger",
            get(others::desk_form).post(others::desk_sign_up),
        )
        .route(
            "/borgerservice/{citizen}/arrangementer/{id}",
            get(others::desk_citizen).post(others::desk_citizen_sign_up),
        )
        .route(
            "/borgerservice/{citizen}/arrangementer/{id}/afmeld",
            post(others::desk_citizen_cancel),
        )
        .route(
            "/jeg-hjaelper/{citizen}/arrangementer/{id}",
            get(others::helper).post(others::helper_sign_up),
        )
        .route(
            "/jeg-hjaelper/{citizen}/arrangementer/{id}/afmeld",
            post(others::helper_cancel),
        )
}

/// The events' API routes; the OpenAPI document is made from them.
pub(crate) fn api() -> utoipa_axum::router::OpenApiRouter<crate::state::AppState> {
    use crate::auth::{scoped, ApiScope};
    use utoipa_axum::routes;
    utoipa_axum::router::OpenApiRouter::new()
        .routes(routes!(api::events))
        .routes(scoped(routes!(api::sign_up), ApiScope::EventsSignup))
}
