//! The network for digital inclusion (issue 21): the authority and the organisations
//! that represent citizens who find digital things hard (libraries, senior and
//! disability organisations, language schools, housing social work, volunteers) meet,
//! share and review each other's materials, plan together and hold courses and events.
//!
//! Each part is a folder of the module shape (DESIGN.md, "network"): `members` (who is
//! in the network, joining and leaving), `meetings` (agenda, sign-up, minutes), `plan`
//! (the annual action plan), `materials` (draft, review by another member, published)
//! and `events` (courses and events citizens sign up to).

pub mod events;
pub mod materials;
pub mod meetings;
pub mod members;
pub mod plan;
mod web;

use crate::forms::FormErrors;
use crate::web::AppError;

/// Why an operation in the network did not happen.
#[derive(Debug, thiserror::Error)]
pub enum NetworkError {
    #[error("this person may not do that")]
    NotAllowed,
    #[error("no such thing in the network")]
    NotFound,
    #[error("the input breaks a rule")]
    Invalid(FormErrors),
    /// The thing is not in a state where this can happen (a request already decided):
    /// the Fluent key of what to do instead.
    #[error("not now: {0}")]
    Conflict(&'static str),
    #[error(transparent)]
    Database(#[from] sqlx::Error),
}

/// The coordinator's operations refuse anyone else.
pub(crate) fn coordinator(user: &crate::auth::User) -> Result<(), NetworkError> {
    match user.has(crate::auth::Role::NetworkCoordinator) {
        true => Ok(()),
        false => Err(NetworkError::NotAllowed),
    }
}

/// The audit entry of a person's change to something of the network's (`object`: an
/// organisation, a meeting, a material, an event), in the caller's transaction.
pub(crate) async fn note_in(
    conn: &mut sqlx::AnyConnection,
    clock: &crate::clock::Clock,
    user: &crate::auth::User,
    action: &'static str,
    object: &str,
) -> Result<(), sqlx::Error> {
    crate::audit::record_in(
        conn,
        clock,
        crate::audit::NewEntry::new(crate::audit::Actor::Person(user.id.clone()), action)
            .object(object),
    )
    .await
    .map(drop)
}

/// The error as a page or problem+json answers it.
pub(crate) fn app_error(error: NetworkError) -> AppError {
    match error {
        NetworkError::NotAllowed => AppError::Forbidden,
        NetworkError::NotFound => AppError::NotFound,
        NetworkError::Invalid(errors) => AppError::Invalid(errors),
        NetworkError::Conflict(why) => AppError::Conflict(why),
        NetworkError::Database(error) => AppError::from(error),
    }
}

impl From<NetworkError> for AppError {
    fn from(error: NetworkError) -> Self {
        app_error(error)
    }
}

/// The network's pages.
pub(crate) fn pages() -> axum::Router<crate::state::AppState> {
    use axum::routing::{get, post};
    axum::Router::new()
        .route("/netvaerk", get(members::web::front))
        .route("/netvaerk/medlemmer/{id}", get(members::web::member))
        .route(
            "/netvaerk/bliv-medlem",
            get(members::web::join_form).post(members::web::join),
        )
        .route(
            "/netvaerk/min-organisation",
            get(members::web::own_form).post(members::web::own_update),
        )
        .route(
            "/netvaerk/min-organisation/forlad",
            post(members::web::leave),
        )
        .route(
            "/netvaerk/medlemmer/{id}/kontaktpersoner",
            get(members::contacts::web::page),
        )
        .route(
            "/netvaerk/medlemmer/{id}/kontaktpersoner/inviter",
            post(members::contacts::web::invite),
        )
        .route(
            "/netvaerk/medlemmer/{id}/kontaktpersoner/invitationer/{invitation}/traek-tilbage",
            post(members::contacts::web::withdraw),
        )
        .route(
            "/netvaerk/medlemmer/{id}/kontaktpersoner/{person}/fjern",
            post(members::contacts::web::remove),
        )
        .route(
            "/netvaerk/invitation/{secret}",
            get(members::contacts::web::invitation).post(members::contacts::web::accept),
        )
        .route("/netvaerk/ansoegninger", get(members::web::requests))
        .route(
            "/netvaerk/ansoegninger/{id}/godkend",
            post(members::web::approve),
        )
        .route(
            "/netvaerk/ansoegninger/{id}/afvis",
            post(members::web::refuse),
        )
        .route("/netvaerk/moeder", get(meetings::web::list))
        .route("/netvaerk/moeder.ics", get(meetings::web::calendar))
        .route(
            "/netvaerk/moeder/nyt",
            get(meetings::web::new_form).post(meetings::web::create),
        )
        .route("/netvaerk/moeder/{id}", get(meetings::web::one))
        .route(
            "/netvaerk/moeder/{id}/dagsorden",
            post(meetings::web::propose),
        )
        .route(
            "/netvaerk/moeder/{id}/dagsorden/{item}/flyt",
            post(meetings::web::reorder),
        )
        .route(
            "/netvaerk/moeder/{id}/tilmelding",
            post(meetings::web::sign_up),
        )
        .route(
            "/netvaerk/moeder/{id}/afmelding",
            post(meetings::web::withdraw),
        )
        .route(
            "/netvaerk/moeder/{id}/referat",
            post(meetings::web::minutes),
        )
        .route(
            "/netvaerk/moeder/{id}/beslutninger",
            post(meetings::web::decision),
        )
        .route(
            "/netvaerk/handlingsplan",
            get(plan::web::page).post(plan::web::add),
        )
        .route(
            "/netvaerk/handlingsplan/{id}/status",
            post(plan::web::set_status),
        )
        .merge(materials::pages())
        .merge(events::pages())
}

/// The network's API routes; the OpenAPI document is made from them.
pub(crate) fn api() -> utoipa_axum::router::OpenApiRouter<crate::state::AppState> {
    use utoipa_axum::routes;
    utoipa_axum::router::OpenApiRouter::new()
        .routes(routes!(members::api::members))
        .routes(routes!(meetings::api::meetings))
        .routes(routes!(plan::api::plan))
        .merge(materials::api())
        .merge(events::api())
}

/// The demo's network; `library` and `seniors` are the personas who act for the first
/// two members.
pub async fn load_demo(
    db: &crate::db::Db,
    clock: &crate::clock::Clock,
    library: &str,
    seniors: &str,
) -> Result<(), sqlx::Error> {
    members::demo::load(db, clock, library, seniors).await?;
    meetings::demo::load(db, clock, library).await?;
    plan::demo::load(db, clock, meetings::demo::PAST).await?;
    materials::demo::load(db, clock, library, seniors).await?;
    events::load_demo(db, clock).await
}
