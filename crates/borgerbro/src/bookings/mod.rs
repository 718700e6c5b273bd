//! Book a person: a meeting at the front desk, a call-back, a video meeting or a home
//! visit, in slots that staff set up. Citizens book, move and cancel their own; the front
//! desk and helpers inside a permission do it for them; a call-back needs no login.

pub(crate) mod api;
mod feed;
pub(crate) mod model;
mod store;
pub mod web;

pub use model::{BookingDraft, Details, Kind, Refusal, Series, SeriesDraft, Slot, Window};
pub use store::Booking;

use std::collections::HashSet;

use jiff::civil::Date;

use crate::audit::{self, Actor, NewEntry};
use crate::auth;
use crate::clock::Clock;
use crate::db::{new_id, Db};
use crate::forms::FormErrors;
use crate::help;
use crate::i18n::long_date;
use crate::i18n::Lang;
use crate::idempotency::{self, Idempotency, IdempotencyError, Made};
use crate::people;
use crate::post::{self, Area};

const DAY_MS: i64 = 24 * 60 * 60 * 1000;

/// How far ahead a citizen is offered free slots.
pub(crate) const BOOKING_DAYS: i64 = 21;

#[derive(Debug, thiserror::Error)]
pub enum SeriesError {
    #[error("the series breaks a rule")]
    Invalid(FormErrors),
    #[error(transparent)]
    Database(#[from] sqlx::Error),
}

/// Stores every slot of a series, or none when one has begun or overlaps a slot of the
/// same kind at the same place. Answers how many were made.
pub async fn add_series(
    db: &Db,
    clock: &Clock,
    series: &Series,
    by: &str,
) -> Result<usize, SeriesError> {
    let windows = series.windows();
    let (from, to) = (
        windows.first().map_or(0, |w| w.starts_at) - DAY_MS,
        windows.last().map_or(0, |w| w.ends_at) + DAY_MS,
    );
    let mut tx = db.pool.begin().await?;
    let existing: Vec<Window> = store::slots(&mut tx, Some(series.kind), from, to)
        .await?
        .into_iter()
        .filter(|(slot, _)| slot.place_id == series.place_id)
        .map(|(slot, _)| slot.window)
        .collect();
    if let Some(problem) = model::series_problem(&windows, &existing, clock.now_ms()) {
        let mut errors = FormErrors::default();
        errors.add("first", problem);
        tx.rollback().await?;
        return Err(SeriesError::Invalid(errors));
    }
    for window in &windows {
        let slot = Slot {
            id: new_id(),
            kind: series.kind,
            place_id: series.place_id.clone(),
            window: *window,
        };
        store::insert_slot(&mut tx, &slot, by, clock.now_ms()).await?;
    }
    tx.commit().await?;
    Ok(windows.len())
}

/// Every slot from now for `days`, of one kind or all, each with whether it is booked.
pub async fn upcoming(
    db: &Db,
    clock: &Clock,
    kind: Option<Kind>,
    days: i64,
) -> Result<Vec<(Slot, bool)>, sqlx::Error> {
    let now = clock.now_ms();
    let mut conn = db.pool.acquire().await?;
    store::slots(&mut conn, kind, now, now + days * DAY_MS).await
}

/// The free slots of a kind in the next weeks, soonest first.
pub async fn free_slots(db: &Db, clock: &Clock, kind: Kind) -> Result<Vec<Slot>, sqlx::Error> {
    let all = upcoming(db, clock, Some(kind), BOOKING_DAYS).await?;
    let taken: HashSet<String> = all
        .iter()
        .filter(|(_, booked)| *booked)
        .map(|(slot, _)| slot.id.clone())
        .collect();
    let slots = all.into_iter().map(|(slot, _)| slot).collect();
    Ok(model::free(slots, &taken, clock.now_ms()))
}

pub(crate) async fn slot(db: &Db, id: &str) -> Result<Option<Slot>, sqlx::Error> {
    store::slot(&db.pool, id).await
}

pub async fn booking(db: &Db, id: &str) -> Result<Option<Booking>, sqlx::Error> {
    store::booking(&db.pool, id).await
}

/// A citizen's bookings in force that have not yet ended, soonest first.
pub async fn upcoming_of_citizen(
    db: &Db,
    clock: &Clock,
    citizen_id: &str,
) -> Result<Vec<Booking>, sqlx::Error> {
    store::upcoming_of_citizen(&db.pool, citizen_id, clock.now_ms()).await
}

/// How many bookings a citizen has, past, cancelled and to come (for "Mine data").
pub(crate) async fn count_of_citizen(db: &Db, citizen_id: &str) -> Result<i64, sqlx::Error> {
    store::count_of_citizen(&db.pool, citizen_id).await
}

/// Every booking of a citizen, newest first: what "Hent mine data" hands over.
pub async fn all_of_citizen(db: &Db, citizen_id: &str) -> Result<Vec<Booking>, sqlx::Error> {
    store::all_of_citizen(&db.pool, citizen_id).await
}

/// How far back and how many of a citizen's earlier and cancelled bookings their page
/// lists: enough to answer "did I have a time in the spring?", short enough to read.
const HISTORY_DAYS: i64 = 365;
const HISTORY_LIMIT: i64 = 20;

/// A citizen's bookings that were cancelled or have been held in the last year, newest
/// first. A booking that was moved is not among them: its new time stands for it.
pub(crate) async fn history_of_citizen(
    db: &Db,
    clock: &Clock,
    citizen_id: &str,
) -> Result<Vec<Booking>, sqlx::Error> {
    let now = clock.now_ms();
    store::history_of_citizen(
        &db.pool,
        citizen_id,
        now,
        now - HISTORY_DAYS * DAY_MS,
        HISTORY_LIMIT,
    )
    .await
}

/// What a booking's letter told the citizen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum News {
    /// The time was booked (or moved here).
    Booked,
    /// The time was cancelled.
    Cancelled,
}

/// A paper letter about a booking that reaches the citizen only on or after the
/// meeting's day. The letter still goes, as the citizen's record of what was agreed, but
/// it tells nobody in time: the page says so to whoever booked, and the front desk rings.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct LateLetter {
    pub news: News,
    pub arrives_on: Date,
    /// The number to ring: the one given with the booking, else the citizen's own.
    pub phone: Option<String>,
}

/// The booking's late paper letter, if its citizen gets post on paper and the letter
/// cannot arrive before the meeting's day. A booking that was moved has none: the letter
/// about its new time stands for it.
pub(crate) async fn late_letter(
    db: &Db,
    policy: &post::Policy,
    booking: &Booking,
) -> Result<Option<LateLetter>, sqlx::Error> {
    let Some(citizen) = &booking.citizen_id else {
        return Ok(None);
    };
    let (news, sent_at) = match (booking.cancelled_at, &booking.moved_to) {
        (None, _) => (News::Booked, booking.created_at),
        (Some(cancelled_at), None) => (News::Cancelled, cancelled_at),
        (Some(_), Some(_)) => return Ok(None),
    };
    let Some(arrives_on) = model::paper_too_late(policy, sent_at, booking.slot.window.starts_at)
    else {
        return Ok(None);
    };
    let Some(profile) = people::profile(db, citizen).await? else {
        return Ok(None);
    };
    Ok(
        (profile.channel() == people::Channel::Paper).then(|| LateLetter {
            news,
            arrives_on,
            phone: booking.phone.clone().or(profile.phone),
        }),
    )
}

impl News {
    pub(crate) fn as_str(self) -> &'static str {
        match self {
            News::Booked => "booked",
            News::Cancelled => "cancelled",
        }
    }
}

/// Staff marked that they rang a citizen about a late letter: who, and when (ms).
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Rung {
    pub by: Actor,
    pub at: i64,
}

/// The meetings still to come whose citizen's paper letter comes too late, soonest first,
/// that nobody has marked as rung yet: the front desk's list of people to ring.
pub(crate) async fn to_ring(
    db: &Db,
    clock: &Clock,
    policy: &post::Policy,
) -> Result<Vec<(Booking, LateLetter)>, sqlx::Error> {
    Ok(late_bookings(db, clock, policy)
        .await?
        .into_iter()
        .filter(|(_, _, rung)| rung.is_none())
        .map(|(booking, late, _)| (booking, late))
        .collect())
}

/// Those of the meetings still to come whose late letter staff have rung about, soonest
/// first, with who rang and when.
pub(crate) async fn rung_about(
    db: &Db,
    clock: &Clock,
    policy: &post::Policy,
) -> Result<Vec<(Booking, LateLetter, Rung)>, sqlx::Error> {
    Ok(late_bookings(db, clock, policy)
        .await?
        .into_iter()
        .filter_map(|(booking, late, rung)| Some((booking, late, rung?)))
        .collect())
}

/// What marking a call did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum RingMark {
    /// Marked now: the citizen is off the list.
    Marked,
    /// Someone had marked it already; theirs stands.
    Already,
    /// No such booking on the list to ring (its letter is not late, or it is over).
    NotOnList,
}

/// Staff (`by`) mark that they rang the citizen of a booking on the list to ring: the
/// mark, with who and when, and its audit entry in one transaction.
pub(crate) async fn mark_rung(
    db: &Db,
    clock: &Clock,
    policy: &post::Policy,
    booking_id: &str,
    by: Actor,
) -> Result<RingMark, sqlx::Error> {
    let Some(booking) = store::booking(&db.pool, booking_id).await? else {
        return Ok(RingMark::NotOnList);
    };
    let (Some(citizen), true) = (
        booking.citizen_id.clone(),
        booking.slot.window.starts_at > clock.now_ms(),
    ) else {
        return Ok(RingMark::NotOnList);
    };
    let Some(late) = late_letter(db, policy, &booking).await? else {
        return Ok(RingMark::NotOnList);
    };
    let mut tx = db.pool.begin().await?;
    let news = late.news.as_str();
    if !store::mark_rung(&mut tx, &booking.id, news, &by, clock.now_ms()).await? {
        tx.rollback().await?;
        return Ok(RingMark::Already);
    }
    audit::record_in(
        &mut tx,
        clock,
        NewEntry::new(by, "booking.rung")
            .subject(&citizen)
            .object(&booking.id)
            .purpose(format!(
                "rang the citizen: the paper letter ({news}) comes too late"
            )),
    )
    .await?;
    tx.commit().await?;
    Ok(RingMark::Marked)
}

/// Every meeting still to come whose citizen's paper letter comes too late, soonest first,
/// with the mark of a call about it if staff made one.
async fn late_bookings(
    db: &Db,
    clock: &Clock,
    policy: &post::Policy,
) -> Result<Vec<(Booking, LateLetter, Option<Rung>)>, sqlx::Error> {
    let now = clock.now_ms();
    // A letter posted before now arrives by now plus the postal days, so only meetings
    // up to then can be too soon for theirs.
    let horizon = now + (i64::from(policy.postal_days) + 1) * DAY_MS;
    let mut bookings = store::between(&db.pool, now, horizon).await?;
    bookings.extend(store::cancelled_between(&db.pool, now, horizon).await?);
    bookings.sort_by_key(|b| b.slot.window.starts_at);
    let mut found = Vec::new();
    for booking in bookings {
        if let Some(late) = late_letter(db, policy, &booking).await? {
            let rung = store::rung(&db.pool, &booking.id, late.news.as_str())
                .await?
                .map(|(by, at)| Rung { by, at });
            found.push((booking, late, rung));
        }
    }
    Ok(found)
}

/// Erases what a citizen told us on their bookings that are over (an erasure they asked
/// for, carried out by `mydata` in its transaction): the topic, the note and the phone
/// number. Bookings still ahead are kept whole: the meeting needs them, and the citizen
/// can cancel. Answers how many bookings it changed.
pub(crate) async fn erase_past_in(
    conn: &mut sqlx::AnyConnection,
    clock: &Clock,
    citizen_id: &str,
) -> Result<u64, sqlx::Error> {
    store::erase_past_of_citizen(conn, citizen_id, clock.now_ms()).await
}

/// The bookings of one Danish day, in order.
pub(crate) async fn of_day(db: &Db, day: Date) -> Result<Vec<Booking>, sqlx::Error> {
    let from = model::local_ms(day, jiff::civil::Time::midnight());
    let to = day.tomorrow().map_or(from + DAY_MS, |d| {
        model::local_ms(d, jiff::civil::Time::midnight())
    });
    store::between(&db.pool, from, to).await
}

/// A booking to make: for a citizen (their name is known), or for someone who only gave
/// a name and a phone number.
pub struct NewBooking {
    pub slot_id: String,
    pub citizen_id: Option<String>,
    pub details: Details,
    /// A system's `Idempotency-Key`: the same request again answers with the booking the
    /// first one made and books nothing more.
    pub idempotency: Option<Idempotency>,
}

#[derive(Debug, thiserror::Error)]
pub enum BookError {
    #[error("no such slot")]
    NoSlot,
    #[error("no such citizen")]
    UnknownCitizen,
    #[error("the slot cannot be booked: {0:?}")]
    Refused(Refusal),
    #[error(transparent)]
    Idempotency(#[from] IdempotencyError),
    #[error(transparent)]
    Database(#[from] sqlx::Error),
    /// The citizen's letter about it could not be sent, so nothing was booked or changed.
    #[error("the letter about the booking: {0}")]
    Letter(#[from] post::SendError),
}

/// The unique index on a slot's booking in force refused the insert: someone else got
/// the slot a moment before.
fn lost_the_race(error: &sqlx::Error) -> bool {
    matches!(error, sqlx::Error::Database(e) if e.is_unique_violation())
}

/// The booking an earlier call with the same key made, as it stands now.
async fn booked_before(db: &Db, made: &[String]) -> Result<Made<Booking>, BookError> {
    let id = made.first().ok_or(IdempotencyError::KeyReused)?;
    let earlier = store::booking(&db.pool, id)
        .await?
        .ok_or(sqlx::Error::RowNotFound)?;
    Ok(Made::Repeat(earlier))
}

/// Books a slot. The database lets only one booking in force hold a slot, so of two
/// people who ask at the same moment one wins and the other hears it was taken. The
/// citizen gets a letter (on paper when exempt). With an `Idempotency-Key`, a call the
/// first one already answered gets that booking back (as it stands now).
pub async fn book(
    db: &Db,
    clock: &Clock,
    policy: &post::Policy,
    places: &help::Catalogue,
    new: NewBooking,
    by: Actor,
) -> Result<Made<Booking>, BookError> {
    if let Some(request) = &new.idempotency {
        let made = idempotency::made_before(&mut *db.pool.acquire().await?, request).await?;
        if let Some(made) = made {
            return booked_before(db, &made).await;
        }
    }
    let slot = store::slot(&db.pool, &new.slot_id)
        .await?
        .ok_or(BookError::NoSlot)?;
    model::bookable(&slot, false, clock.now_ms()).map_err(BookError::Refused)?;
    let name = match &new.citizen_id {
        Some(id) => {
            auth::user(&db.pool, id)
                .await?
                .ok_or(BookError::UnknownCitizen)?
                .name
        }
        None => new.details.name.clone(),
    };
    let booking = Booking {
        id: new_id(),
        slot,
        citizen_id: new.citizen_id,
        name,
        phone: new.details.phone,
        topic: new.details.topic,
        note: new.details.note,
        booked_by: by.clone(),
        created_at: clock.now_ms(),
        cancelled_at: None,
        cancelled_by: None,
        moved_to: None,
    };
    let letter = letter_about(db, places, &booking, "bookings-letter-booked").await?;
    let mut tx = db.pool.begin().await?;
    if let Some(request) = &new.idempotency {
        // The key first (`idempotency::claim`): of two calls with the same key at once,
        // the second waits here for the first and gets its booking, rather than reaching
        // the slot's index and being told its own booking took the slot.
        let made = idempotency::claim(&mut tx, request, &[&booking.id], booking.created_at).await?;
        if let Some(made) = made {
            tx.rollback().await?;
            return booked_before(db, &made).await;
        }
    }
    if let Err(error) = store::insert_booking(&mut tx, &booking).await {
        return Err(match lost_the_race(&error) {
            true => BookError::Refused(Refusal::Taken),
            false => error.into(),
        });
    }
    record(&mut tx, clock, &booking, by, "booking.create").await?;
    send_in(&mut tx, clock, policy, letter).await?;
    tx.commit().await?;
    Ok(Made::New(booking))
}

/// Moves a booking to another free slot: the old one is freed and the new one taken in
/// one transaction, so a refused move leaves the booking as it was.
pub async fn move_to(
    db: &Db,
    clock: &Clock,
    policy: &post::Policy,
    places: &help::Catalogue,
    booking: &Booking,
    slot_id: &str,
    by: Actor,
) -> Result<Booking, BookError> {
    let slot = store::slot(&db.pool, slot_id)
        .await?
        .ok_or(BookError::NoSlot)?;
    if slot.kind != booking.slot.kind {
        return Err(BookError::NoSlot);
    }
    model::bookable(&slot, false, clock.now_ms()).map_err(BookError::Refused)?;
    let moved = Booking {
        id: new_id(),
        slot,
        created_at: clock.now_ms(),
        booked_by: by.clone(),
        ..booking.clone()
    };
    let letter = letter_about(db, places, &moved, "bookings-letter-moved").await?;
    let mut tx = db.pool.begin().await?;
    if !store::cancel(&mut tx, &booking.id, &by, clock.now_ms(), Some(&moved.id)).await? {
        tx.rollback().await?;
        return Err(BookError::NoSlot);
    }
    if let Err(error) = store::insert_booking(&mut tx, &moved).await {
        tx.rollback().await?;
        return Err(match lost_the_race(&error) {
            true => BookError::Refused(Refusal::Taken),
            false => error.into(),
        });
    }
    record(&mut tx, clock, &moved, by, "booking.move").await?;
    send_in(&mut tx, clock, policy, letter).await?;
    tx.commit().await?;
    Ok(moved)
}

/// Cancels a booking; false when it was no longer in force.
pub(crate) async fn cancel(
    db: &Db,
    clock: &Clock,
    policy: &post::Policy,
    places: &help::Catalogue,
    booking: &Booking,
    by: Actor,
) -> Result<bool, post::SendError> {
    let letter = letter_about(db, places, booking, "bookings-letter-cancelled").await?;
    let mut tx = db.pool.begin().await?;
    if !store::cancel(&mut tx, &booking.id, &by, clock.now_ms(), None).await? {
        tx.rollback().await?;
        return Ok(false);
    }
    record(&mut tx, clock, booking, by, "booking.cancel").await?;
    send_in(&mut tx, clock, policy, letter).await?;
    tx.commit().await?;
    Ok(true)
}

/// The audit entry of a change to a citizen's bookings, naming whom it was done for when
/// someone else did it (the front desk, a helper, a system).
async fn record(
    conn: &mut sqlx::AnyConnection,
    clock: &Clock,
    booking: &Booking,
    by: Actor,
    action: &'static str,
) -> Result<(), sqlx::Error> {
    let Some(citizen) = &booking.citizen_id else {
        // A call-back without login concerns nobody we know.
        return Ok(());
    };
    let mut entry = NewEntry::new(by.clone(), action)
        .subject(citizen)
        .object(&booking.id);
    if by != Actor::Person(citizen.clone()) {
        entry = entry.acting_for(citizen);
    }
    audit::record_in(conn, clock, entry).await?;
    Ok(())
}

/// Where the meeting is, in words: the place and its address, or how we reach them.
pub(crate) async fn where_text(
    db: &Db,
    places: &help::Catalogue,
    lang: Lang,
    booking: &Booking,
) -> Result<String, sqlx::Error> {
    let phone = booking.phone.clone().unwrap_or_default();
    Ok(match booking.slot.kind {
        Kind::FrontDesk => {
            let loaded = places.load(db).await?;
            let place = booking
                .slot
                .place_id
                .as_deref()
                .and_then(|id| loaded.get(id));
            place.map_or_else(String::new, |p| match p.address_line() {
                Some(address) => format!("{}, {address}", p.name),
                None => p.name.clone(),
            })
        }
        Kind::Callback => lang.t_args("bookings-where-callback", &[("phone", phone)]),
        Kind::Video => lang.t_args("bookings-where-video", &[("phone", phone)]),
        Kind::HomeVisit => lang.t("bookings-where-home"),
    })
}

/// "mandag den 23. november 2026 kl. 10.00-10.20".
pub(crate) fn when_text(lang: Lang, window: &Window) -> String {
    lang.t_args(
        "bookings-when",
        &[
            (
                "day",
                long_date(lang, model::local(window.starts_at).date()),
            ),
            ("from", crate::i18n::clock_time(lang, window.starts_at)),
            ("to", crate::i18n::clock_time(lang, window.ends_at)),
        ],
    )
}

/// The meeting as an iCalendar file, for the citizen's own calendar.
pub(crate) async fn calendar(
    db: &Db,
    places: &help::Catalogue,
    lang: Lang,
    booking: &Booking,
) -> Result<String, sqlx::Error> {
    let place = where_text(db, places, lang, booking).await?;
    Ok(feed::meeting(lang, booking, &place))
}

/// The letter that tells the citizen of a booking made, moved or cancelled; none for a
/// call-back without login, which concerns nobody we know. Written before the change's
/// transaction begins, as it reads the help places. Filed under bookings: it says where
/// and when the citizen meets the authority, which only a helper with the bookings
/// permission may see.
async fn letter_about(
    db: &Db,
    places: &help::Catalogue,
    booking: &Booking,
    key: &str,
) -> Result<Option<post::SystemLetter>, sqlx::Error> {
    let Some(citizen) = &booking.citizen_id else {
        return Ok(None);
    };
    // In the citizen's language, as every letter the system writes.
    let lang = people::language(db, citizen).await?;
    let args = [
        ("kind", lang.t(booking.slot.kind.label_key())),
        ("when", when_text(lang, &booking.slot.window)),
        ("where", where_text(db, places, lang, booking).await?),
        ("topic", booking.topic.clone()),
    ];
    Ok(Some(post::SystemLetter {
        recipient_id: citizen.clone(),
        area: Area::Bookings,
        subject: lang.t_args(&format!("{key}-subject"), &args),
        body: lang.t_args(&format!("{key}-body"), &args),
        language: lang,
    }))
}

/// Sends the letter about a booking in the transaction that changes it, in the citizen's
/// inbox or on paper when they are exempt from digital post (the post module decides).
async fn send_in(
    conn: &mut sqlx::AnyConnection,
    clock: &Clock,
    policy: &post::Policy,
    letter: Option<post::SystemLetter>,
) -> Result<(), post::SendError> {
    if let Some(letter) = letter {
        post::send_system_in(conn, clock, policy, letter).await?;
    }
    Ok(())
}

/// Whose booking pages these are: the citizen's own, the front desk's serving a citizen,
/// or a helper's acting for one. Set by the route itself (`pages()`), so a page never
/// has to guess from its address who is booking.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Audience {
    Citizen,
    FrontDesk,
    Helper,
}

/// Where each audience's booking pages live.
const BOOKING_BASES: [(Audience, &str); 3] = [
    (Audience::Citizen, "/tider"),
    (Audience::FrontDesk, "/borgerservice/{citizen}/tider"),
    (Audience::Helper, "/jeg-hjaelper/{citizen}/tider"),
];

/// This module's pages, for `crate::router` to merge.
pub(crate) fn pages() -> axum::Router<crate::state::AppState> {
    use axum::routing::{get, post};
    use axum::Extension;
    use web::{booker as b, callback, staff};
    let mut router = axum::Router::new();
    for (audience, base) in BOOKING_BASES {
        let pages = axum::Router::new()
            .route(base, get(b::mine))
            .route(&format!("{base}/ny"), get(b::choose))
            .route(
                &format!("{base}/ny/{{slot}}"),
                get(b::confirm).post(b::book),
            )
            .route(&format!("{base}/{{id}}"), get(b::show))
            .route(&format!("{base}/{{id}}/aftale.ics"), get(b::calendar))
            .route(
                &format!("{base}/{{id}}/flyt"),
                get(b::move_form).post(b::move_booking),
            )
            .route(&format!("{base}/{{id}}/aflys"), post(b::cancel))
            .layer(Extension(audience));
        router = router.merge(pages);
    }
    router
        .route("/tider/dagen", get(staff::day))
        .route("/tider/dagen/ringet/{id}", post(staff::mark_rung))
        .route("/admin/tider", get(staff::slots).post(staff::add_series))
        .route(
            "/ring-mig-op",
            get(callback::callback_form).post(callback::callback),
        )
        .route(
            "/ring-mig-op/{id}/aftale.ics",
            get(callback::callback_calendar),
        )
}

/// This module's API routes; the OpenAPI document is made from them, so the two cannot
/// drift apart.
pub(crate) fn api() -> utoipa_axum::router::OpenApiRouter<crate::state::AppState> {
    use crate::auth::{scoped, ApiScope::Bookings};
    use utoipa_axum::routes;
    utoipa_axum::router::OpenApiRouter::new()
        .routes(scoped(routes!(api::api_slots), Bookings))
        .routes(scoped(routes!(api::api_book), Bookings))
        .routes(scoped(routes!(api::api_get, api::api_cancel), Bookings))
}

/// The retention sweep's part for bookings: anonymises the bookings whose meeting ended
/// before `before` (UTC milliseconds), or with `apply` false only counts them. Answers
/// how many, in the caller's transaction.
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

/// Bookings made in `[from, to)` (milliseconds), by kind (`front_desk`, `callback`, ...):
/// the inclusion figures.
pub async fn made_by_kind(
    db: &Db,
    from: i64,
    to: i64,
) -> Result<std::collections::BTreeMap<String, u64>, sqlx::Error> {
    store::made_by_kind(&db.pool, from, to).await
}
