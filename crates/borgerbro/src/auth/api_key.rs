//! API keys for systems: made by an administrator (page or command line), shown once,
//! stored as a hash, sent as `Authorization: Bearer KEY`.

use axum::extract::FromRequestParts;
use axum::http::header;
use axum::http::request::Parts;
use secrecy::SecretString;

use axum::Extension;
use utoipa::openapi::security::SecurityRequirement;
use utoipa_axum::router::UtoipaMethodRouter;

use super::model::{hash_secret, new_api_key, ApiScope, ApiScopes};
use super::store::{self, ApiKey};
use crate::audit::{self, Actor, NewEntry};
use crate::clock::Clock;
use crate::db::{new_id, Db};
use crate::state::AppState;
use crate::web::client::ClientAddr;
use crate::web::AppError;

/// The longest name a key may have.
pub const MAX_NAME_CHARS: usize = 100;

/// The scopes chosen for a new key by name (the page's checkboxes, the command's
/// `--scope`): at least one, each one of `ApiScope::ALL`.
pub fn scopes_of(names: &[String]) -> Result<ApiScopes, &'static str> {
    let scopes = names
        .iter()
        .map(|name| ApiScope::parse(name.trim()).ok_or("apikeys-scope-unknown"))
        .collect::<Result<Vec<_>, _>>()?;
    match scopes.is_empty() {
        true => Err("apikeys-scope-missing"),
        false => Ok(ApiScopes::new(scopes)),
    }
}

/// Makes a key; answers it with the secret, which is never stored or shown again (and
/// whose Debug never shows it).
pub async fn create(
    db: &Db,
    clock: &Clock,
    name: &str,
    scopes: ApiScopes,
    by: Actor,
) -> Result<(ApiKey, SecretString), sqlx::Error> {
    let secret = new_api_key();
    let key = ApiKey {
        id: new_id(),
        name: name.to_owned(),
        created_at: clock.now_ms(),
        revoked_at: None,
        scopes,
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
pub(crate) async fn revoke(
    db: &Db,
    clock: &Clock,
    id: &str,
    by: Actor,
) -> Result<bool, sqlx::Error> {
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
    pub(crate) fn actor(&self) -> Actor {
        Actor::ApiKey(self.0.id.clone())
    }

    /// Whether the key may do what `scope` names.
    pub(crate) fn may(&self, scope: ApiScope) -> bool {
        self.0.scopes.allow(scope)
    }

    /// As `may`, else the 403 that names the scope.
    pub(crate) fn require(&self, scope: ApiScope) -> Result<(), AppError> {
        match self.may(scope) {
            true => Ok(()),
            false => Err(AppError::MissingScope(scope)),
        }
    }

    /// Whether this key made what names `made_by` (a letter's sender, a permission's
    /// giver: an actor as stored).
    pub(crate) fn made(&self, made_by: &str) -> bool {
        made_by == self.actor().as_text()
    }
}

/// The scope an API route needs, put on the request by `scoped` and checked where the
/// handler reads the key.
#[derive(Debug, Clone, Copy)]
struct RequiredScope(ApiScope);

/// An API route (or the routes of one path) that needs `scope`: each request's key is
/// checked for it where the handler reads the key (`ApiClient`, also through
/// `IdempotentJson`), before anything else is read or done, and the OpenAPI document
/// names the scope and the answers every such route can give (401, 403, 429).
pub fn scoped<S>(route: UtoipaMethodRouter<S>, scope: ApiScope) -> UtoipaMethodRouter<S>
where
    S: Clone + Send + Sync + 'static,
{
    let (schemas, mut paths, method_router) = route;
    for item in paths.paths.values_mut() {
        for operation in crate::web::openapi::operations_mut(item) {
            operation.security = Some(vec![SecurityRequirement::new("api_key", [scope.as_str()])]);
            for (status, description) in [
                ("401", "No key, an unknown key or a revoked key"),
                ("403", "The key lacks the scope this route needs; `missing_scope` names it"),
                ("429", "Too many requests with this key, or wrong keys from this address; see Retry-After"),
            ] {
                crate::web::openapi::may_answer(operation, status, description);
            }
        }
    }
    (
        schemas,
        paths,
        method_router.layer(Extension(RequiredScope(scope))),
    )
}

/// The calling system, read once a request (the scope check and the handler ask alike)
/// and kept with it. A wrong or revoked key counts against the client's address, a
/// right one against the key's own limit; a right key is never refused for the wrong
/// ones sent from the same address, so no stranger there can lock a system out.
impl FromRequestParts<AppState> for ApiClient {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, AppError> {
        let client = match parts.extensions.get::<ApiClient>() {
            Some(client) => client.clone(),
            None => authenticate(parts, state).await?,
        };
        if let Some(RequiredScope(scope)) = parts.extensions.get::<RequiredScope>() {
            client.require(*scope)?;
        }
        Ok(client)
    }
}

/// Reads the key and counts the request against its limit (or a wrong key against the
/// client's), once a request.
async fn authenticate(parts: &mut Parts, state: &AppState) -> Result<ApiClient, AppError> {
    let secret = parts
        .headers
        .get(header::AUTHORIZATION)
        .and_then(|value| value.to_str().ok())
        .and_then(|value| value.strip_prefix("Bearer "))
        .ok_or(AppError::Unauthorized)?;
    let Some(key) = store::active_api_key(&state.db, &hash_secret(secret.trim())).await? else {
        let Ok(ClientAddr(addr)) = ClientAddr::from_request_parts(parts, state).await;
        state.limits.wrong_api_key.spend(&addr)?;
        return Err(AppError::Unauthorized);
    };
    state.limits.api.spend(&key.id)?;
    let client = ApiClient(key);
    parts.extensions.insert(client.clone());
    Ok(client)
}
