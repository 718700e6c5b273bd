//! People as the authority knows them: name and CPR number (held by `auth`), address,
//! phone and how they want to be contacted, including exemption from digital post.

mod model;
pub(crate) mod routes;
mod store;

pub use model::{Channel, Cpr, CprError, Profile};
pub(crate) use store::ProfileRow;
pub use store::Reading;

use std::collections::HashMap;

use sqlx::AnyConnection;

use crate::audit::{self, Actor, NewEntry};
use crate::auth::{self, NewPerson, Role};
use crate::clock::Clock;
use crate::db::{new_id, rows_per_statement, Db};
use crate::idempotency::{self, Idempotency, IdempotencyError, Made};

/// A person's profile; `None` when there is no such person.
pub async fn profile(db: &Db, person_id: &str) -> Result<Option<Profile>, sqlx::Error> {
    profile_in(&mut *db.pool.acquire().await?, person_id).await
}

/// A person's profile read inside the caller's transaction, so a change that decides by
/// it (how a letter goes out) sees what that transaction sees.
pub(crate) async fn profile_in(
    conn: &mut AnyConnection,
    person_id: &str,
) -> Result<Option<Profile>, sqlx::Error> {
    let Some(user) = auth::user_in(&mut *conn, person_id).await? else {
        return Ok(None);
    };
    let stored = store::profile(&mut *conn, person_id)
        .await?
        .unwrap_or_else(ProfileRow::default_for_new);
    Ok(Some(Profile {
        person_id: user.id,
        name: user.name,
        cpr: auth::identifier_of(&mut *conn, person_id, "cpr").await?,
        address: stored.address,
        phone: stored.phone,
        paper_post: stored.paper_post,
        language: stored.language,
        easy_read: stored.easy_read,
        large_print: stored.large_print,
        protected: stored.protected,
    }))
}

/// The language Borgerbro writes to this person in: their profile's where Borgerbro
/// speaks it, else Danish. Read inside the caller's transaction.
pub(crate) async fn language_in(
    conn: &mut AnyConnection,
    person_id: &str,
) -> Result<crate::i18n::Lang, sqlx::Error> {
    Ok(store::profile(conn, person_id)
        .await?
        .and_then(|profile| crate::i18n::Lang::from_code(&profile.language))
        .unwrap_or_default())
}

/// [`language_in`], outside a transaction.
pub(crate) async fn language(db: &Db, person_id: &str) -> Result<crate::i18n::Lang, sqlx::Error> {
    language_in(&mut *db.pool.acquire().await?, person_id).await
}

/// What is stored about how to reach each of these people, by id, with the defaults for
/// those who never set anything; people who do not exist are left out. For many people
/// at once (the sweep): two queries for each few hundred.
pub(crate) async fn profile_rows(
    db: &Db,
    ids: &[&str],
) -> Result<HashMap<String, ProfileRow>, sqlx::Error> {
    let mut found = HashMap::with_capacity(ids.len());
    let mut conn = db.pool.acquire().await?;
    for part in ids.chunks(rows_per_statement(1)) {
        let mut stored: HashMap<String, ProfileRow> = store::profiles(&mut conn, part)
            .await?
            .into_iter()
            .collect();
        for id in auth::existing_people(&mut conn, part).await? {
            let profile = stored
                .remove(&id)
                .unwrap_or_else(ProfileRow::default_for_new);
            found.insert(id, profile);
        }
    }
    Ok(found)
}

/// The person with this CPR number.
pub(crate) async fn by_cpr(db: &Db, cpr: &Cpr) -> Result<Option<String>, sqlx::Error> {
    by_cpr_in(&mut *db.pool.acquire().await?, cpr).await
}

/// The person with this CPR number, read inside the caller's transaction.
async fn by_cpr_in(conn: &mut AnyConnection, cpr: &Cpr) -> Result<Option<String>, sqlx::Error> {
    auth::person_by_identifier(conn, "cpr", cpr.digits()).await
}

/// How each of these people gets letters; people who do not exist are left out. For
/// many recipients at once (batches): two queries, whatever the number, on the caller's
/// connection (a batch reads them inside its own transaction, so that it holds one
/// connection's page cache, not one for each connection it would borrow).
pub(crate) async fn channels_in(
    conn: &mut AnyConnection,
    ids: &[&str],
) -> Result<HashMap<String, Channel>, sqlx::Error> {
    let mut channels: HashMap<String, Channel> = auth::existing_people(&mut *conn, ids)
        .await?
        .into_iter()
        .map(|id| (id, Channel::Digital))
        .collect();
    for id in store::paper_readers(&mut *conn, ids).await? {
        channels.insert(id, Channel::Paper);
    }
    Ok(channels)
}

/// The people with these CPR numbers, as (CPR digits, person id), for those known.
pub(crate) async fn by_cprs(db: &Db, cprs: &[&str]) -> Result<Vec<(String, String)>, sqlx::Error> {
    by_cprs_in(&mut *db.pool.acquire().await?, cprs).await
}

/// The same, on the caller's connection.
pub(crate) async fn by_cprs_in(
    conn: &mut AnyConnection,
    cprs: &[&str],
) -> Result<Vec<(String, String)>, sqlx::Error> {
    auth::people_by_identifiers(conn, "cpr", cprs).await
}

/// Citizens a caseworker may mean: by CPR number when the query is one, else by name.
pub(crate) async fn search(db: &Db, query: &str) -> Result<Vec<Profile>, sqlx::Error> {
    let ids: Vec<String> = match Cpr::parse(query) {
        Ok(cpr) => by_cpr(db, &cpr).await?.into_iter().collect(),
        Err(_) => auth::citizens_named(&db.pool, query.trim(), 20)
            .await?
            .into_iter()
            .map(|(id, _)| id)
            .collect(),
    };
    let mut found = Vec::with_capacity(ids.len());
    for id in ids {
        if let Some(profile) = profile(db, &id).await? {
            found.push(profile);
        }
    }
    Ok(found)
}

/// What is needed to register a citizen.
pub struct NewCitizen {
    pub name: String,
    pub cpr: Option<Cpr>,
    pub address: Option<String>,
    pub phone: Option<String>,
    pub reading: Reading,
}

#[derive(Debug, thiserror::Error)]
pub enum CreateError {
    #[error("a person with this CPR number exists")]
    CprTaken { person_id: String },
    #[error(transparent)]
    Idempotency(#[from] IdempotencyError),
    #[error(transparent)]
    Database(#[from] sqlx::Error),
}

/// Registers a citizen; a CPR number can belong to one person only. With a system's
/// `Idempotency-Key`, the same request again answers with the person the first one
/// registered, also when it arrives while the first is being handled: the key is the
/// transaction's first statement (`idempotency::claim`), so the twin waits for the first
/// and answers with its person. Answers the person's id.
pub async fn create(
    db: &Db,
    clock: &Clock,
    citizen: &NewCitizen,
    by: Actor,
    idempotency: Option<&Idempotency>,
) -> Result<Made<String>, CreateError> {
    let id = new_id();
    let now = clock.now_ms();
    let mut claimed = None;
    if let Some(request) = idempotency {
        let mut tx = db.pool.begin().await?;
        if let Some(made) = idempotency::claim(&mut tx, request, &[&id], now).await? {
            tx.rollback().await?;
            return made
                .into_iter()
                .next()
                .map(Made::Repeat)
                .ok_or(CreateError::Idempotency(IdempotencyError::KeyReused));
        }
        claimed = Some(tx);
    }
    if let Some(cpr) = &citizen.cpr {
        // Read in the transaction that holds the key; without a key before it begins, as
        // on SQLite a transaction that reads first cannot write once another committed.
        let owner = match claimed.as_mut() {
            Some(tx) => by_cpr_in(tx, cpr).await?,
            None => by_cpr(db, cpr).await?,
        };
        if let Some(person_id) = owner {
            return Err(CreateError::CprTaken { person_id });
        }
    }
    let mut tx = match claimed {
        Some(tx) => tx,
        None => db.pool.begin().await?,
    };
    let identifiers: Vec<(&str, &str)> = citizen
        .cpr
        .iter()
        .map(|cpr| ("cpr", cpr.digits()))
        .collect();
    auth::add_person(
        &mut tx,
        &NewPerson {
            id: &id,
            name: &citizen.name,
            demo_description: None,
            roles: &[Role::Citizen],
            identifiers: &identifiers,
        },
        now,
    )
    .await?;
    store::insert_profile(
        &mut tx,
        &id,
        &ProfileRow {
            address: citizen.address.clone(),
            phone: citizen.phone.clone(),
            language: citizen.reading.language.code().into(),
            easy_read: citizen.reading.easy_read,
            large_print: citizen.reading.large_print,
            ..ProfileRow::default()
        },
        now,
    )
    .await?;
    audit::record_in(
        &mut tx,
        clock,
        NewEntry::new(by, "person.create").subject(&id),
    )
    .await?;
    tx.commit().await?;
    Ok(Made::New(id))
}

/// The audit entry of a change to a person's profile: made for them (`acting_for`) when
/// someone else (the front desk, a system) made it, so the citizen can see who did.
fn change_entry(by: Actor, action: &'static str, person_id: &str) -> NewEntry {
    let for_someone_else = by != Actor::Person(person_id.to_owned());
    let entry = NewEntry::new(by, action).subject(person_id);
    if for_someone_else {
        entry.acting_for(person_id)
    } else {
        entry
    }
}

/// Turns exemption from digital post on or off at once. `acting_for` is set when the
/// front desk or a system does it for the citizen, so the citizen can see who did.
pub async fn set_exemption(
    db: &Db,
    clock: &Clock,
    person_id: &str,
    paper_post: bool,
    by: Actor,
) -> Result<bool, sqlx::Error> {
    let mut tx = db.pool.begin().await?;
    let changed = store::set_flag(
        &mut tx,
        person_id,
        store::Flag::PaperPost,
        paper_post,
        clock.now_ms(),
    )
    .await?;
    if changed {
        let action = if paper_post {
            "exemption.start"
        } else {
            "exemption.end"
        };
        audit::record_in(&mut tx, clock, change_entry(by, action, person_id)).await?;
    }
    tx.commit().await?;
    Ok(changed)
}

/// Sets how a person reads (language, easy-read, large print), at once. `by` is the
/// person, the front desk or a system; when someone else does it, the citizen can see
/// who did. Answers whether anything changed.
pub(crate) async fn set_reading(
    db: &Db,
    clock: &Clock,
    person_id: &str,
    reading: &Reading,
    by: Actor,
) -> Result<bool, sqlx::Error> {
    let mut tx = db.pool.begin().await?;
    let changed = store::set_reading(&mut tx, person_id, reading, clock.now_ms()).await?;
    if changed {
        audit::record_in(
            &mut tx,
            clock,
            change_entry(by, "people.reading", person_id),
        )
        .await?;
    }
    tx.commit().await?;
    Ok(changed)
}

/// How a person chose to read, if they have a profile; `None` for someone Borgerbro
/// keeps nothing about (most staff), whose browser's language stands.
pub(crate) async fn reader_choices(
    db: &Db,
    person_id: &str,
) -> Result<Option<crate::i18n::ReaderChoices>, sqlx::Error> {
    Ok(store::profile(&mut *db.pool.acquire().await?, person_id)
        .await?
        .map(|profile| crate::i18n::ReaderChoices {
            language: crate::i18n::Lang::from_code(&profile.language).unwrap_or_default(),
            easy_read: profile.easy_read,
            large_print: profile.large_print,
        }))
}

/// Protects a citizen against digital control, or lifts it; done by the front desk at the
/// citizen's request, and audited as done for them. Answers whether it changed.
pub(crate) async fn set_protected(
    db: &Db,
    clock: &Clock,
    person_id: &str,
    protected: bool,
    by: Actor,
) -> Result<bool, sqlx::Error> {
    let mut tx = db.pool.begin().await?;
    let changed = store::set_flag(
        &mut tx,
        person_id,
        store::Flag::Protected,
        protected,
        clock.now_ms(),
    )
    .await?;
    if changed {
        let action = if protected {
            "people.protect"
        } else {
            "people.unprotect"
        };
        let entry = NewEntry::new(by, action)
            .subject(person_id)
            .acting_for(person_id);
        audit::record_in(&mut tx, clock, entry).await?;
    }
    tx.commit().await?;
    Ok(changed)
}

/// Records demo profiles: addresses and phones as the demo people would have them.
pub(crate) async fn load_demo(
    db: &Db,
    clock: &Clock,
    profiles: &[(&str, ProfileRow)],
) -> Result<(), sqlx::Error> {
    let mut tx = db.pool.begin().await?;
    for (person_id, profile) in profiles {
        store::insert_profile(&mut tx, person_id, profile, clock.now_ms()).await?;
    }
    tx.commit().await
}

/// This module's pages, for `crate::router` to merge.
pub(crate) fn pages() -> axum::Router<crate::state::AppState> {
    use axum::routing::get;
    axum::Router::new()
        .route(
            "/min-side/breve-paa-papir",
            get(routes::post_choice).post(routes::choose_post),
        )
        .route("/borgerservice", get(routes::front_desk))
        .route(
            "/borgerservice/{id}/post",
            get(routes::front_desk_citizen).post(routes::front_desk_choose),
        )
        .route(
            "/min-side/sprog",
            get(routes::reading).post(routes::choose_reading),
        )
        .route(
            "/borgerservice/{id}/sprog",
            axum::routing::post(routes::front_desk_reading),
        )
}

pub(crate) use routes::reader_choices as reader_choices_layer;

/// This module's API routes; the OpenAPI document is made from them, so the two cannot
/// drift apart.
pub(crate) fn api() -> utoipa_axum::router::OpenApiRouter<crate::state::AppState> {
    use crate::auth::{scoped, ApiScope::People};
    use utoipa_axum::routes;
    utoipa_axum::router::OpenApiRouter::new()
        .routes(scoped(routes!(routes::create), People))
        .routes(scoped(routes!(routes::exempt, routes::unexempt), People))
        .routes(scoped(routes!(routes::change), People))
}

/// How many people can get letters, and how many of them are exempt from digital post
/// (the inclusion figures).
pub async fn exemption_counts(db: &Db) -> Result<(u64, u64), sqlx::Error> {
    store::exemption_counts(&db.pool).await
}
