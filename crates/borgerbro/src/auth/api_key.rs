//! API keys for systems: made by an administrator (page or command line), shown once,
//! stored as a hash, sent as `Authorization: Bearer KEY`.

use axum::extract::FromRequestParts;
use axum::http::header;
use axum::http::request::Parts;
use secrecy::SecretString;

use super::model::{hash_secret, new_api_key};
use super::store::{self, ApiKey};
use crate::audit::{self, Actor, NewEntry};
use crate::clock::Clock;
use crate::db::{new_id, Db};
use crate::state::AppState;
use crate::web::client::ClientAddr;
use crate::web::AppError;

/// The longest name a key may have.
pub const MAX_NAME_CHARS: usize = 100;

/// Makes a key; answers it with the secret, which is never stored or shown again (and
/// whose Debug never shows it).
pub async fn create(
    db: &Db,
    clock: &Clock,
    name: &str,
    by: Actor,
) -> Result<(ApiKey, SecretString), sqlx::Error> {
    let secret = new_api_key();
    let key = ApiKey {
        id: new_id(),
        name: name.to_owned(),
        created_at: clock.now_ms(),
        revoked_at: None,
    };
    let mut tx = db.pool.begin().await?;
    store::insert_api_key(&mut tx, &key, &hash_secret(&secret)).await?;
    audit::record_in(
        &mut tx,
        clock,
        NewEntry::new(by, "apikey.create").object(&key.id),
    )
    .await?;
    tx.commit().await?;
    Ok((key, secret.into()))
}

/// Revokes a key at once; answers whether there was an active key to revoke.
pub async fn revoke(db: &Db, clock: &Clock, id: &str, by: Actor) -> Result<bool, sqlx::Error> {
    let mut tx = db.pool.begin().await?;
    let revoked = store::revoke_api_key(&mut tx, id, clock.now_ms()).await?;
    if revoked {
        audit::record_in(
            &mut tx,
            clock,
            NewEntry::new(by, "apikey.revoke").object(id),
        )
        .await?;
    }
    tx.commit().await?;
    Ok(revoked)
}

/// The system calling the API.
#[derive(Debug, Clone)]
pub struct ApiClient(pub ApiKey);

impl ApiClient {
    pub fn actor(&self) -> Actor {
        Actor::ApiKey(self.0.id.clone())
    }
}

/// The calling system, read once a request (the scope check and the handler ask alike)
/// and kept with it. A wrong or revoked key counts against the client's address, a
/// right one against the key's own limit; a right key is never refused for the wrong
/// ones sent from the same address, so no stranger there can lock a system out.
impl FromRequestParts<AppState> for ApiClient {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, AppError> {
        if let Some(client) = parts.extensions.get::<ApiClient>() {
            return Ok(client.clone());
        }
        let secret = parts
            .headers
            .get(header::AUTHORIZATION)
            .and_then(|value| value.to_str().ok())
            .and_then(|value| value.strip_prefix("Bearer "))
            .ok_or(AppError::Unauthorized)?;
        let Some(key) = store::active_api_key(&state.db.pool, &hash_secret(secret.trim())).await?
        else {
            let Ok(ClientAddr(addr)) = ClientAddr::from_request_parts(parts, state).await;
            state.limits.wrong_api_key.spend(&addr)?;
            return Err(AppError::Unauthorized);
        };
        state.limits.api.spend(&key.id)?;
        let client = ApiClient(key);
        parts.extensions.insert(client.clone());
        Ok(client)
    }
}
