//! Who is there: people and their roles, login (OIDC and demo personas), sessions,
//! CSRF protection and API keys for systems.

pub mod api_key;
mod csrf;
mod model;
pub(crate) mod oidc;
pub(crate) mod routes;
mod session;
mod store;

pub use api_key::{scoped, ApiClient};
pub(crate) use csrf::CSRF_FIELD;
pub use csrf::{protect as csrf_protect, CsrfToken};
pub(crate) use model::{hash_secret, new_secret};
pub use model::{local_path, ApiScope, ApiScopes, Persona, Role, User};
pub use session::{resolve as resolve_session, RequireUser, SessionHash};
pub use store::{
    api_keys, citizens_named, existing_people, identifier_of, people_by_identifiers,
    person_by_identifier, personas, user, user_in, ApiKey,
};

use sqlx::AnyConnection;

use crate::clock::Clock;
use crate::db::Db;

/// What one sweep deleted.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Expired {
    pub sessions: u64,
    pub login_attempts: u64,
}

/// Deletes the sessions and unfinished logins that ran out. They no longer log anyone
/// in, but each still names a person (and a login attempt its PKCE verifier), so they
/// are not kept. Run by the sweep, every minute and by `borgerbro sweep`.
pub async fn sweep(db: &Db, clock: &Clock) -> Result<Expired, sqlx::Error> {
    let (sessions, login_attempts) = store::delete_expired(&db.pool, clock.now_ms()).await?;
    Ok(Expired {
        sessions,
        login_attempts,
    })
}

/// Gives a person a role (a member organisation's contact person becomes a network
/// member), in the caller's transaction.
pub(crate) async fn grant_role(
    conn: &mut AnyConnection,
    person_id: &str,
    role: Role,
) -> Result<(), sqlx::Error> {
    store::grant_role(conn, person_id, role).await
}

/// Takes a role from a person (a contact person of an organisation that left).
pub(crate) async fn revoke_role(
    conn: &mut AnyConnection,
    person_id: &str,
    role: Role,
) -> Result<(), sqlx::Error> {
    store::revoke_role(conn, person_id, role).await
}

/// Adds a person (with roles and identifiers) unless one with this id exists; answers
/// whether it was added. Used by the demo data and by first logins.
pub(crate) async fn add_person(
    conn: &mut AnyConnection,
    person: &NewPerson<'_>,
    now_ms: i64,
) -> Result<bool, sqlx::Error> {
    let added = store::insert_person(
        conn,
        person.id,
        person.name,
        person.demo_description,
        now_ms,
    )
    .await?;
    for role in person.roles {
        store::grant_role(conn, person.id, *role).await?;
    }
    for (kind, value) in person.identifiers {
        store::add_identifier(conn, person.id, kind, value).await?;
    }
    Ok(added)
}

pub(crate) struct NewPerson<'a> {
    pub id: &'a str,
    pub name: &'a str,
    pub demo_description: Option<&'a str>,
    pub roles: &'a [Role],
    pub identifiers: &'a [(&'a str, &'a str)],
}

/// This module's pages, for `crate::router` to merge.
pub(crate) fn pages() -> axum::Router<crate::state::AppState> {
    use axum::routing::{get, post};
    axum::Router::new()
        .route("/log-ind", get(routes::login_page))
        .route("/log-ind/demo", post(routes::demo_login))
        .route("/log-ind/mitid", get(routes::oidc_start))
        .route("/log-ind/callback", get(routes::oidc_callback))
        .route("/log-ud", post(routes::logout))
        .route(
            "/admin/api-noegler",
            get(routes::api_keys).post(routes::create_api_key),
        )
        .route(
            "/admin/api-noegler/{id}/spaer",
            post(routes::revoke_api_key),
        )
}

/// This module's API routes; the OpenAPI document is made from them, so the two cannot
/// drift apart.
pub(crate) fn api() -> utoipa_axum::router::OpenApiRouter<crate::state::AppState> {
    use utoipa_axum::routes;
    utoipa_axum::router::OpenApiRouter::new().routes(routes!(routes::api_client))
}
