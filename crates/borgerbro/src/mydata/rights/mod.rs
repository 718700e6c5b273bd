//! The citizen's rights over their data: notes of disagreement on a record ("Det er ikke
//! rigtigt") that staff see and answer, and requests under the data protection rules with
//! their due days. Each change commits with its audit entry and its letter to the
//! citizen, or not at all.

pub(crate) mod api;
pub(crate) mod citizen;
pub(crate) mod demo;
pub(crate) mod model;
mod staff;
mod store;
pub mod view;

pub use model::{Channel, Kind, Outcome, Record, Status};
pub use store::{Note, NoteAnswer, Request, RequestCounts};

use jiff::civil::Date;
use jiff::Timestamp;

use crate::audit::{self, Actor, NewEntry};
use crate::auth;
use crate::bookings;
use crate::clock::Clock;
use crate::db::{new_id, Db};
use crate::forms::FormErrors;
use crate::i18n::{long_date, Lang};
use crate::idempotency::{self, Idempotency, IdempotencyError, Made};
use crate::people;
use crate::post::{self, Area};

#[derive(Debug, thiserror::Error)]
pub enum RightsError {
    #[error("the input breaks a rule")]
    Invalid(FormErrors),
    /// No such person, note, request or record of this person.
    #[error("not found")]
    NotFound,
    #[error("already answered")]
    Answered,
    #[error(transparent)]
    Idempotency(#[from] IdempotencyError),
    #[error(transparent)]
    Database(#[from] sqlx::Error),
    /// The citizen's letter about it could not be sent, so nothing was changed.
    #[error("the letter to the citizen: {0}")]
    Letter(#[from] post::SendError),
}

fn invalid(field: &'static str, key: &'static str) -> RightsError {
    let mut errors = FormErrors::default();
    errors.add(field, key);
    RightsError::Invalid(errors)
}

fn check_text(field: &'static str, text: &str) -> Result<(), RightsError> {
    match model::text_problem(text) {
        Some(key) => Err(invalid(field, key)),
        None => Ok(()),
    }
}

/// The audit entry of something done to a citizen's data, naming whom it was done for
/// when someone else did it.
fn entry(by: &Actor, action: &'static str, person_id: &str, object: &str) -> NewEntry {
    let mut entry = NewEntry::new(by.clone(), action)
        .subject(person_id)
        .object(object);
    if *by != Actor::Person(person_id.to_owned()) {
        entry = entry.acting_for(person_id);
    }
    entry
}

/// Whether the record is this person's: their own person data, a letter to them, a
/// booking of theirs.
async fn is_theirs(db: &Db, person_id: &str, record: &Record) -> Result<bool, sqlx::Error> {
    Ok(match record {
        Record::Person => auth::user(&db.pool, person_id).await?.is_some(),
        Record::Letter(id) => post::letter(db, id)
            .await?
            .is_some_and(|l| l.recipient_id == person_id),
        Record::Booking(id) => bookings::booking(db, id)
            .await?
            .is_some_and(|b| b.citizen_id.as_deref() == Some(person_id)),
    })
}

/// The note an earlier call with the same key wrote, as it stands now.
async fn noted_before(db: &Db, made: &[String]) -> Result<Made<Note>, RightsError> {
    let id = made.first().ok_or(IdempotencyError::KeyReused)?;
    let earlier = store::note(&mut *db.pool.acquire().await?, id)
        .await?
        .ok_or(RightsError::NotFound)?;
    Ok(Made::Repeat(earlier))
}

/// The request an earlier call with the same key made, as it stands now.
async fn requested_before(db: &Db, made: &[String]) -> Result<Made<Request>, RightsError> {
    let id = made.first().ok_or(IdempotencyError::KeyReused)?;
    let earlier = store::request(&mut *db.pool.acquire().await?, id)
        .await?
        .ok_or(RightsError::NotFound)?;
    Ok(Made::Repeat(earlier))
}

/// Writes a note of disagreement on one of the person's records. With a system's
/// `Idempotency-Key`, a call the first one already answered gets that note back.
pub async fn write_note(
    db: &Db,
    clock: &Clock,
    person_id: &str,
    record: Record,
    text: &str,
    by: Actor,
    repeat: Option<&Idempotency>,
) -> Result<Made<Note>, RightsError> {
    if let Some(request) = repeat {
        let made = idempotency::made_before(&mut *db.pool.acquire().await?, request).await?;
        if let Some(made) = made {
            return noted_before(db, &made).await;
        }
    }
    check_text("text", text)?;
    if !is_theirs(db, person_id, &record).await? {
        return Err(match record {
            Record::Person => RightsError::NotFound,
            _ => invalid("record", "rights-error-record-unknown"),
        });
    }
    let note = Note {
        id: new_id(),
        person_id: person_id.to_owned(),
        record,
        text: text.trim().to_owned(),
        written_by: by.as_text(),
        written_at: clock.now_ms(),
        answer: None,
    };
    let mut tx = db.pool.begin().await?;
    if let Some(request) = repeat {
        let made = idempotency::claim(&mut tx, request, &[&note.id], note.written_at).await?;
        if let Some(made) = made {
            tx.rollback().await?;
            return noted_before(db, &made).await;
        }
    }
    store::insert_note(&mut tx, &note).await?;
    audit::record_in(
        &mut tx,
        clock,
        entry(&by, "mydata.note.write", person_id, &note.id),
    )
    .await?;
    tx.commit().await?;
    Ok(Made::New(note))
}

/// Staff's answer to a note: the citizen gets a letter with it, in the same transaction.
pub async fn answer_note(
    db: &Db,
    clock: &Clock,
    policy: &post::Policy,
    id: &str,
    outcome: Outcome,
    text: &str,
    by: Actor,
) -> Result<Note, RightsError> {
    check_text("answer", text)?;
    let mut tx = db.pool.begin().await?;
    let mut note = store::note(&mut tx, id)
        .await?
        .ok_or(RightsError::NotFound)?;
    let answer = NoteAnswer {
        outcome,
        text: text.trim().to_owned(),
        by: by.as_text(),
        at: clock.now_ms(),
    };
    if !store::answer_note(&mut tx, id, &answer).await? {
        tx.rollback().await?;
        return Err(RightsError::Answered);
    }
    let lang = people::language_in(&mut tx, &note.person_id).await?;
    let args = [
        ("record", lang.t(note.record.label_key())),
        ("written", long_date(lang, day_of(note.written_at))),
        ("note", quoted(&note.text)),
        ("outcome", lang.t(outcome.label_key())),
        ("answer", answer.text.clone()),
    ];
    audit::record_in(
        &mut tx,
        clock,
        entry(&by, "mydata.note.answer", &note.person_id, id),
    )
    .await?;
    post::send_system_in(
        &mut tx,
        clock,
        policy,
        post::SystemLetter {
            recipient_id: note.person_id.clone(),
            area: Area::General,
            subject: lang.t("rights-letter-note-subject"),
            body: lang.t_args("rights-letter-note-body", &args),
            language: lang,
        },
    )
    .await?;
    tx.commit().await?;
    note.answer = Some(answer);
    Ok(note)
}

/// A citizen's text quoted in a letter, line by line in Markdown, so it reads as theirs.
fn quoted(text: &str) -> String {
    text.lines()
        .map(|line| format!("> {line}"))
        .collect::<Vec<_>>()
        .join("\n")
}

/// The Danish calendar day of a stored time.
pub(crate) fn day_of(ms: i64) -> Date {
    let tz = jiff::tz::TimeZone::get("Europe/Copenhagen").unwrap_or(jiff::tz::TimeZone::UTC);
    Timestamp::from_millisecond(ms)
        .unwrap_or(Timestamp::UNIX_EPOCH)
        .to_zoned(tz)
        .date()
}

pub async fn note(db: &Db, id: &str) -> Result<Option<Note>, sqlx::Error> {
    store::note(&mut *db.pool.acquire().await?, id).await
}

/// A person's notes, newest first.
pub async fn notes_of(db: &Db, person_id: &str) -> Result<Vec<Note>, sqlx::Error> {
    store::notes_of_person(&mut *db.pool.acquire().await?, person_id).await
}

/// The notes on one record, oldest first: shown to every staff member who opens it.
pub async fn notes_on(db: &Db, person_id: &str, record: &Record) -> Result<Vec<Note>, sqlx::Error> {
    store::notes_on(
        &mut *db.pool.acquire().await?,
        record.kind(),
        record.stored_id(person_id),
    )
    .await
}

/// The notes on a record as staff pages show them beside it (a letter's status page, the
/// front desk's person, a booking on the day's list), oldest first.
pub async fn notes_for_staff(
    db: &Db,
    lang: Lang,
    person_id: &str,
    record: &Record,
) -> Result<Vec<view::NoteView>, sqlx::Error> {
    Ok(notes_on(db, person_id, record)
        .await?
        .iter()
        .map(|n| view::note_view(lang, n))
        .collect())
}

/// The notes on a record as the API answers them beside it (`notes` of a letter and a
/// booking), oldest first.
pub async fn notes_for_api(
    db: &Db,
    person_id: &str,
    record: &Record,
) -> Result<Vec<api::NoteResponse>, sqlx::Error> {
    Ok(notes_on(db, person_id, record)
        .await?
        .iter()
        .map(api::note_response)
        .collect())
}

pub(crate) async fn unanswered_notes(db: &Db) -> Result<Vec<Note>, sqlx::Error> {
    store::unanswered_notes(&mut *db.pool.acquire().await?).await
}

/// A request as it is made: by whom, through which channel, received when.
pub struct NewRequest {
    pub person_id: String,
    pub kind: Kind,
    pub text: String,
    pub channel: Channel,
    /// When it reached the authority (a letter that came last week); now when None.
    pub received_at: Option<i64>,
}

/// Records a request under the data protection rules, due one month after receipt; the
/// citizen gets a letter saying we have it and when they will have an answer. With a
/// system's `Idempotency-Key`, a call the first one already answered gets that request
/// back (as it stands now) and no second letter.
pub async fn make_request(
    db: &Db,
    clock: &Clock,
    policy: &post::Policy,
    new: NewRequest,
    by: Actor,
    repeat: Option<&Idempotency>,
) -> Result<Made<Request>, RightsError> {
    if let Some(request) = repeat {
        let made = idempotency::made_before(&mut *db.pool.acquire().await?, request).await?;
        if let Some(made) = made {
            return requested_before(db, &made).await;
        }
    }
    check_text("text", &new.text)?;
    let now = clock.now_ms();
    let received_at = new.received_at.unwrap_or(now);
    if received_at > now {
        return Err(invalid("received_at", "rights-error-received-future"));
    }
    if auth::user(&db.pool, &new.person_id).await?.is_none() {
        return Err(RightsError::NotFound);
    }
    let received_on = day_of(received_at);
    let request = Request {
        id: new_id(),
        person_id: new.person_id,
        kind: new.kind,
        text: new.text.trim().to_owned(),
        channel: new.channel,
        made_by: by.as_text(),
        received_at,
        received_on,
        due_on: model::due_on(received_on),
        extension_reason: None,
        warned_at: None,
        overdue_at: None,
        answer: None,
        carried_out: None,
        answered_by: None,
        answered_at: None,
    };
    let mut tx = db.pool.begin().await?;
    let lang = people::language_in(&mut tx, &request.person_id).await?;
    if let Some(key) = repeat {
        if let Some(made) = idempotency::claim(&mut tx, key, &[&request.id], now).await? {
            tx.rollback().await?;
            return requested_before(db, &made).await;
        }
    }
    store::insert_request(&mut tx, &request, now).await?;
    audit::record_in(
        &mut tx,
        clock,
        entry(&by, "mydata.request.make", &request.person_id, &request.id)
            .purpose(request.kind.as_str()),
    )
    .await?;
    post::send_system_in(
        &mut tx,
        clock,
        policy,
        post::SystemLetter {
            recipient_id: request.person_id.clone(),
            area: Area::General,
            subject: lang.t("rights-letter-received-subject"),
            body: lang.t_args(
                "rights-letter-received-body",
                &[
                    ("kind", lang.t(request.kind.label_key())),
                    ("received", long_date(lang, received_on)),
                    ("due", long_date(lang, request.due_on)),
                    ("text", quoted(&request.text)),
                ],
            ),
            language: lang,
        },
    )
    .await?;
    tx.commit().await?;
    Ok(Made::New(request))
}

/// Moves a request's due day, at most three months after receipt and only with a reason,
/// which the citizen is told in a letter in the same transaction.
pub async fn extend_request(
    db: &Db,
    clock: &Clock,
    policy: &post::Policy,
    id: &str,
    extend_to: Date,
    reason: &str,
    by: Actor,
) -> Result<Request, RightsError> {
    let mut tx = db.pool.begin().await?;
    let request = store::request(&mut tx, id)
        .await?
        .ok_or(RightsError::NotFound)?;
    if request.answered_at.is_some() {
        tx.rollback().await?;
        return Err(RightsError::Answered);
    }
    let problems = model::extension_problem(request.received_on, request.due_on, extend_to, reason);
    if !problems.is_empty() {
        let mut errors = FormErrors::default();
        for (field, key) in problems {
            errors.add(field, key);
        }
        tx.rollback().await?;
        return Err(RightsError::Invalid(errors));
    }
    let reason = reason.trim();
    if !store::extend_request(
        &mut tx,
        id,
        extend_to,
        reason,
        &by.as_text(),
        clock.now_ms(),
    )
    .await?
    {
        tx.rollback().await?;
        return Err(RightsError::Answered);
    }
    audit::record_in(
        &mut tx,
        clock,
        entry(&by, "mydata.request.extend", &request.person_id, id).purpose(reason),
    )
    .await?;
    let lang = people::language_in(&mut tx, &request.person_id).await?;
    post::send_system_in(
        &mut tx,
        clock,
        policy,
        post::SystemLetter {
            recipient_id: request.person_id.clone(),
            area: Area::General,
            subject: lang.t("rights-letter-extended-subject"),
            body: lang.t_args(
                "rights-letter-extended-body",
                &[
                    ("kind", lang.t(request.kind.label_key())),
                    ("received", long_date(lang, request.received_on)),
                    ("due", long_date(lang, extend_to)),
                    ("reason", reason.to_owned()),
                ],
            ),
            language: lang,
        },
    )
    .await?;
    let extended = store::request(&mut tx, id)
        .await?
        .ok_or(RightsError::NotFound)?;
    tx.commit().await?;
    Ok(extended)
}

/// Answers a request with a letter to the citizen (on paper when they are exempt: the
/// post module decides by their profile). An erasure staff accept is carried out here, in
/// the same transaction, and the letter says what was erased and what is kept and why.
pub async fn answer_request(
    db: &Db,
    clock: &Clock,
    policy: &post::Policy,
    id: &str,
    answer: &str,
    carry_out: bool,
    by: Actor,
) -> Result<Request, RightsError> {
    check_text("answer", answer)?;
    let mut tx = db.pool.begin().await?;
    let request = store::request(&mut tx, id)
        .await?
        .ok_or(RightsError::NotFound)?;
    // The letter in the citizen's language; what was carried out is kept for staff in
    // Danish, and said to the citizen in theirs.
    let lang = people::language_in(&mut tx, &request.person_id).await?;
    let erased = match (request.kind, carry_out) {
        (Kind::Erasure, true) => {
            Some(bookings::erase_past_in(&mut tx, clock, &request.person_id).await?)
        }
        _ => None,
    };
    let erased_text = |lang: Lang| {
        erased.map(|erased| {
            let kept: Vec<String> = model::KEPT_AFTER_ERASURE
                .iter()
                .map(|key| format!("- {}", lang.t(key)))
                .collect();
            lang.t_args(
                "rights-erased",
                &[("bookings", erased.to_string()), ("kept", kept.join("\n"))],
            )
        })
    };
    let carried_out = erased_text(Lang::Da);
    let answer = answer.trim();
    if !store::answer_request(
        &mut tx,
        id,
        answer,
        carried_out.as_deref(),
        &by.as_text(),
        clock.now_ms(),
    )
    .await?
    {
        tx.rollback().await?;
        return Err(RightsError::Answered);
    }
    audit::record_in(
        &mut tx,
        clock,
        entry(&by, "mydata.request.answer", &request.person_id, id),
    )
    .await?;
    let mut body = lang.t_args(
        "rights-letter-answer-body",
        &[
            ("kind", lang.t(request.kind.label_key())),
            ("received", long_date(lang, request.received_on)),
            ("answer", answer.to_owned()),
        ],
    );
    if let Some(done) = erased_text(lang) {
        body.push_str("\n\n");
        body.push_str(&done);
    }
    post::send_system_in(
        &mut tx,
        clock,
        policy,
        post::SystemLetter {
            recipient_id: request.person_id.clone(),
            area: Area::General,
            subject: lang.t_args(
                "rights-letter-answer-subject",
                &[("kind", lang.t(request.kind.label_key()))],
            ),
            body,
            language: lang,
        },
    )
    .await?;
    let answered = store::request(&mut tx, id)
        .await?
        .ok_or(RightsError::NotFound)?;
    tx.commit().await?;
    Ok(answered)
}

pub(crate) async fn request(db: &Db, id: &str) -> Result<Option<Request>, sqlx::Error> {
    store::request(&mut *db.pool.acquire().await?, id).await
}

/// A person's requests, newest first.
pub async fn requests_of(db: &Db, person_id: &str) -> Result<Vec<Request>, sqlx::Error> {
    store::requests_of_person(&mut *db.pool.acquire().await?, person_id).await
}

/// How many answered requests the queue and the API list: the latest, enough to look
/// back over a few weeks' work.
const ANSWERED_LISTED: i64 = 200;

/// The requests of one status today: open and overdue soonest due first, answered newest
/// first.
pub(crate) async fn requests_by_status(
    db: &Db,
    clock: &Clock,
    status: Status,
) -> Result<Vec<Request>, sqlx::Error> {
    let mut conn = db.pool.acquire().await?;
    if status == Status::Answered {
        return store::answered_requests(&mut conn, ANSWERED_LISTED).await;
    }
    let today = clock.today();
    Ok(store::unanswered_requests(&mut conn)
        .await?
        .into_iter()
        .filter(|r| Status::of(false, r.due_on, today) == status)
        .collect())
}

/// What one sweep found: requests whose due day is near (warned once per due day) and
/// requests that passed it (found once).
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Swept {
    pub warned: Vec<String>,
    pub overdue: Vec<String>,
}

/// Warns staff of requests due within a week and marks those past their due day, so the
/// queue (`/anmodninger`) shows them at its top with the day the sweep found them.
/// Audited as the system's, one entry a request, in the same transaction.
pub async fn sweep(db: &Db, clock: &Clock) -> Result<Swept, sqlx::Error> {
    let today = clock.today();
    let now = clock.now_ms();
    let mut tx = db.pool.begin().await?;
    let warned = store::claim_warnings(&mut tx, model::warn_until(today), now).await?;
    let overdue = store::claim_overdue(&mut tx, today, now).await?;
    let entries: Vec<NewEntry> = warned
        .iter()
        .map(|id| NewEntry::new(Actor::System, "mydata.request.due_soon").object(id))
        .chain(
            overdue
                .iter()
                .map(|id| NewEntry::new(Actor::System, "mydata.request.overdue").object(id)),
        )
        .collect();
    audit::record_all_in(&mut tx, clock, &entries).await?;
    tx.commit().await?;
    Ok(Swept { warned, overdue })
}

/// The retention sweep's part for notes and requests: deletes those answered before
/// `before` (UTC milliseconds), or with `apply` false only counts them, in the caller's
/// transaction. An open one is never deleted, however old.
pub async fn retention_in(
    conn: &mut sqlx::AnyConnection,
    before: i64,
    apply: bool,
) -> Result<u64, sqlx::Error> {
    store::answered_before(conn, before, apply).await
}

/// The pages of notes and requests, for `mydata::pages` to merge.
pub(crate) fn pages() -> axum::Router<crate::state::AppState> {
    use axum::routing::{get, post};
    use axum::Extension;
    let mut router = axum::Router::new();
    for (audience, base) in citizen::BASES {
        let pages = axum::Router::new()
            .route(
                &format!("{base}/noter"),
                get(citizen::notes).post(citizen::write_note),
            )
            .route(
                &format!("{base}/anmodninger"),
                get(citizen::requests).post(citizen::make_request),
            )
            .route(&format!("{base}/anmodninger/{{id}}"), get(citizen::request))
            .layer(Extension(audience));
        router = router.merge(pages);
    }
    router
        .route("/anmodninger", get(staff::queue))
        .route("/anmodninger/{id}", get(staff::request))
        .route("/anmodninger/{id}/forlaeng", post(staff::extend))
        .route("/anmodninger/{id}/svar", post(staff::answer))
        .route(
            "/anmodninger/noter/{id}",
            get(staff::note).post(staff::answer_note),
        )
}

/// The API of notes and requests, for `mydata::api` to merge.
pub(crate) fn api() -> utoipa_axum::router::OpenApiRouter<crate::state::AppState> {
    use crate::auth::{scoped, ApiScope::MyDataRights};
    use utoipa_axum::routes;
    utoipa_axum::router::OpenApiRouter::new()
        .routes(scoped(routes!(api::write_note, api::notes), MyDataRights))
        .routes(scoped(routes!(api::make_request), MyDataRights))
        .routes(scoped(routes!(api::requests), MyDataRights))
        .routes(scoped(routes!(api::change_request), MyDataRights))
}

/// The requests received and answered in `[from, to)` (milliseconds), and those open
/// past their due day on `today`: the inclusion figures.
pub async fn month_counts(
    db: &Db,
    from: i64,
    to: i64,
    today: Date,
) -> Result<RequestCounts, sqlx::Error> {
    store::month_counts(&mut *db.pool.acquire().await?, from, to, today).await
}
