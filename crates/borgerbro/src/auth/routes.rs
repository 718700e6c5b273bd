//! Login and logout pages, the administrators' API key pages, and the API key check.

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::response::{Html, IntoResponse, Redirect, Response};
use axum::{Form, Json};
use axum_extra::extract::cookie::{Cookie, SameSite};
use axum_extra::extract::CookieJar;
use secrecy::ExposeSecret;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use super::api_key::{self, ApiClient, MAX_NAME_CHARS};
use super::model::{
    hash_secret, return_path, ApiScope, ApiScopes, Persona, Role, LOGIN_ATTEMPT_LIFETIME_MS,
};
use super::oidc::{Identity, OidcError};
use super::store::{self, LoginAttempt};
use super::{session, NewPerson, RequireUser};
use crate::audit::{self, Actor, NewEntry};
use crate::db::new_id;
use crate::forms::FormErrors;
use crate::state::AppState;
use crate::web::client::ClientAddr;
use crate::web::{render, AppError, Page};

/// The cookie that ties an OIDC callback to the browser that started the login.
const LOGIN_STATE_COOKIE: &str = "bb_login_state";

#[derive(Template)]
#[template(path = "auth/login.html")]
struct LoginPage {
    page: Page,
    oidc: bool,
    personas: Vec<Persona>,
    return_to: String,
    return_query: String,
}

#[derive(Deserialize)]
pub(crate) struct ReturnQuery {
    tilbage: Option<String>,
}

pub(crate) async fn login_page(
    State(state): State<AppState>,
    page: Page,
    Query(query): Query<ReturnQuery>,
) -> Result<Html<String>, AppError> {
    let personas = if state.settings.demo {
        store::personas(&state.db.pool).await?
    } else {
        Vec::new()
    };
    let return_to = return_path(query.tilbage.as_deref());
    let return_query = url::form_urlencoded::Serializer::new(String::new())
        .append_pair("tilbage", &return_to)
        .finish();
    render(&LoginPage {
        page,
        oidc: state.oidc.is_some(),
        personas,
        return_to,
        return_query,
    })
}

#[derive(Deserialize)]
pub(crate) struct DemoLoginForm {
    person_id: String,
    tilbage: Option<String>,
}

/// Logs in as a demo persona. Only in demo mode, and only as a demo persona.
pub(crate) async fn demo_login(
    State(state): State<AppState>,
    client: ClientAddr,
    jar: CookieJar,
    Form(form): Form<DemoLoginForm>,
) -> Result<(CookieJar, Redirect), AppError> {
    if !state.settings.demo {
        return Err(AppError::NotFound);
    }
    state.limits.login.spend(&client.0)?;
    let personas = store::personas(&state.db.pool).await?;
    let persona = personas
        .iter()
        .find(|p| p.id == form.person_id)
        .ok_or(AppError::BadRequest("login-demo-unknown"))?;
    let jar = session::start(&state, jar, &persona.id, "demo", None).await?;
    Ok((jar, Redirect::to(&return_path(form.tilbage.as_deref()))))
}

/// Sends the person to the login provider.
pub(crate) async fn oidc_start(
    State(state): State<AppState>,
    client: ClientAddr,
    Query(query): Query<ReturnQuery>,
    jar: CookieJar,
) -> Result<(CookieJar, Redirect), AppError> {
    let oidc = state.oidc.as_ref().ok_or(AppError::NotFound)?;
    // Each start stores an attempt and asks the provider: limited per client.
    state.limits.login.spend(&client.0)?;
    let started = oidc.start().await.map_err(|e| {
        tracing::warn!(error = %e, "OIDC login could not start");
        AppError::BadRequest("login-provider-down")
    })?;
    let attempt = LoginAttempt {
        pkce_verifier: started.pkce_verifier.into(),
        nonce: started.nonce.into(),
        return_to: return_path(query.tilbage.as_deref()),
    };
    let expires = state.clock.now_ms() + LOGIN_ATTEMPT_LIFETIME_MS;
    store::insert_login_attempt(
        &state.db.pool,
        &hash_secret(&started.state),
        &attempt,
        expires,
    )
    .await?;
    let cookie = Cookie::build((LOGIN_STATE_COOKIE, started.state))
        .path("/log-ind")
        .http_only(true)
        .secure(state.settings.secure_cookies())
        .same_site(SameSite::Lax)
        .build();
    Ok((jar.add(cookie), Redirect::to(started.url.as_str())))
}

#[derive(Deserialize)]
pub(crate) struct CallbackQuery {
    code: Option<String>,
    state: Option<String>,
}

/// The person is back from the login provider.
pub(crate) async fn oidc_callback(
    State(state): State<AppState>,
    client: ClientAddr,
    Query(query): Query<CallbackQuery>,
    jar: CookieJar,
) -> Result<Response, AppError> {
    let oidc = state.oidc.as_ref().ok_or(AppError::NotFound)?;
    // Each answer is checked with the provider: the same limit as starting a login.
    state.limits.login.spend(&client.0)?;
    let failed = AppError::BadRequest("login-failed");
    let (Some(code), Some(returned_state)) = (query.code, query.state) else {
        // The person cancelled at the provider, or the provider refused.
        return Err(failed);
    };
    // The state must be the one this browser was given, so no one can log a person
    // into someone else's account by sending them a link.
    if jar.get(LOGIN_STATE_COOKIE).map(|c| c.value()) != Some(returned_state.as_str()) {
        return Err(failed);
    }
    let now = state.clock.now_ms();
    let attempt = store::take_login_attempt(&state.db.pool, &hash_secret(&returned_state), now)
        .await?
        .ok_or(AppError::BadRequest("login-failed"))?;
    let identity = oidc
        .finish(
            code,
            attempt.pkce_verifier.expose_secret().to_owned(),
            attempt.nonce.expose_secret().to_owned(),
            &state.clock,
        )
        .await
        .map_err(|e| {
            tracing::warn!(error = %e, "OIDC login failed");
            match e {
                // The provider signs with a key it does not publish: nothing the person
                // did, and trying again at once will not help.
                OidcError::UnknownKey(_) => AppError::BadRequest("login-failed-unknown-key"),
                _ => AppError::BadRequest("login-failed"),
            }
        })?;
    let roles = roles_for(&identity, &oidc.settings.roles);
    let person_id = person_for(&state, &identity, &roles).await?;
    let jar = session::start(&state, jar, &person_id, "oidc", Some(&identity.id_token))
        .await?
        .remove(Cookie::build(LOGIN_STATE_COOKIE).path("/log-ind"));
    Ok((jar, Redirect::to(&attempt.return_to)).into_response())
}

/// Everyone is a citizen; staff roles come from the settings, by subject.
fn roles_for(
    identity: &Identity,
    configured: &std::collections::BTreeMap<String, Vec<String>>,
) -> Vec<Role> {
    let mut roles = vec![Role::Citizen];
    roles.extend(
        configured
            .get(&identity.subject)
            .into_iter()
            .flatten()
            .filter_map(|name| Role::parse(name)),
    );
    roles
}

/// The person this identity belongs to, made at their first login.
async fn person_for(
    state: &AppState,
    identity: &Identity,
    roles: &[Role],
) -> Result<String, AppError> {
    let known =
        store::person_by_identifier(&mut *state.db.pool.acquire().await?, "oidc", &identity.key)
            .await?;
    let id = known.unwrap_or_else(new_id);
    let fallback_name = identity.subject.clone();
    let mut tx = state.db.pool.begin().await?;
    let added = super::add_person(
        &mut tx,
        &NewPerson {
            id: &id,
            name: identity.name.as_deref().unwrap_or(&fallback_name),
            demo_description: None,
            roles,
            identifiers: &[("oidc", &identity.key)],
        },
        state.clock.now_ms(),
    )
    .await?;
    if added {
        audit::record_in(
            &mut tx,
            &state.clock,
            NewEntry::new(Actor::System, "person.create")
                .subject(&id)
                .purpose("first login"),
        )
        .await?;
    }
    tx.commit().await?;
    Ok(id)
}

/// Ends the session here; after an OIDC login whose provider names an
/// `end_session_endpoint`, sends the browser there to end the provider's session too
/// (RP-initiated logout), which sends it back to our public URL. Otherwise, or when the
/// provider cannot be reached, the logout is ours alone.
pub(crate) async fn logout(
    State(state): State<AppState>,
    jar: CookieJar,
) -> Result<(CookieJar, Redirect), AppError> {
    let (jar, id_token) = session::end(&state, jar).await?;
    let at_provider = match (state.oidc.as_ref(), id_token) {
        (Some(oidc), Some(id_token)) => oidc.logout_url(&id_token).await,
        _ => None,
    };
    match at_provider {
        Some(url) => Ok((jar, Redirect::to(url.as_str()))),
        None => Ok((jar, Redirect::to("/?logget-ud=1"))),
    }
}

/// An API key as the list shows it.
struct KeyRow {
    id: String,
    name: String,
    created: String,
    revoked: bool,
    scopes: ApiScopes,
}

#[derive(Template)]
#[template(path = "auth/api_keys.html")]
struct ApiKeysPage {
    page: Page,
    keys: Vec<KeyRow>,
    errors: FormErrors,
    form: CreateKeyForm,
    created: Option<String>,
}

impl ApiKeysPage {
    fn all_scopes(&self) -> [ApiScope; ApiScope::ALL.len()] {
        ApiScope::ALL
    }

    fn chosen(&self, scope: &ApiScope) -> bool {
        self.form.scope.iter().any(|s| s == scope.as_str())
    }
}

async fn api_keys_page(
    state: &AppState,
    page: Page,
    errors: FormErrors,
    form: CreateKeyForm,
    created: Option<String>,
) -> Result<Html<String>, AppError> {
    let keys = store::api_keys(&state.db.pool)
        .await?
        .into_iter()
        .map(|key| KeyRow {
            created: crate::web::format_date(page.lang, key.created_at),
            revoked: key.revoked_at.is_some(),
            id: key.id,
            name: key.name,
            scopes: key.scopes,
        })
        .collect();
    render(&ApiKeysPage {
        page,
        keys,
        errors,
        form,
        created,
    })
}

pub async fn api_keys(
    State(state): State<AppState>,
    page: Page,
    user: RequireUser,
) -> Result<Html<String>, AppError> {
    user.with_role(Role::Administrator)?;
    api_keys_page(
        &state,
        page,
        FormErrors::default(),
        Default::default(),
        None,
    )
    .await
}

/// A new key: the system's name and what it may do (a checkbox a scope).
#[derive(Deserialize, Default)]
pub(crate) struct CreateKeyForm {
    #[serde(default)]
    name: String,
    #[serde(default)]
    scope: Vec<String>,
}

pub(crate) async fn create_api_key(
    State(state): State<AppState>,
    page: Page,
    user: RequireUser,
    axum_extra::extract::Form(form): axum_extra::extract::Form<CreateKeyForm>,
) -> Result<Response, AppError> {
    let admin = user.with_role(Role::Administrator)?;
    // Surrounding spaces are not part of the name people meant.
    let mut errors = FormErrors::default();
    let name = errors.line("name", &form.name, MAX_NAME_CHARS, "apikeys-name-too-long");
    if name.is_empty() {
        errors.add("name", "apikeys-name-missing");
    }
    let scopes = errors.take("scope", api_key::scopes_of(&form.scope));
    if !errors.is_empty() {
        let html = api_keys_page(&state, page, errors, form, None).await?;
        return Ok((axum::http::StatusCode::UNPROCESSABLE_ENTITY, html).into_response());
    }
    let (_, secret) = api_key::create(
        &state.db,
        &state.clock,
        &name,
        scopes,
        Actor::Person(admin.id),
    )
    .await?;
    Ok(api_keys_page(
        &state,
        page,
        FormErrors::default(),
        Default::default(),
        Some(secret.expose_secret().to_owned()),
    )
    .await?
    .into_response())
}

pub(crate) async fn revoke_api_key(
    State(state): State<AppState>,
    user: RequireUser,
    Path(id): Path<String>,
) -> Result<Redirect, AppError> {
    let admin = user.with_role(Role::Administrator)?;
    if !api_key::revoke(&state.db, &state.clock, &id, Actor::Person(admin.id)).await? {
        return Err(AppError::NotFound);
    }
    Ok(Redirect::to("/admin/api-noegler"))
}

/// The calling system as Borgerbro knows it.
#[derive(Serialize, ToSchema)]
pub(crate) struct ClientInfo {
    id: String,
    name: String,
    /// When the key was made, in UTC milliseconds.
    created_at: i64,
    /// What the key may do.
    scopes: Vec<ApiScope>,
}

#[utoipa::path(
    get,
    path = "/api/v1/client",
    tag = "authentication",
    security(("api_key" = [])),
    responses(
        (status = 200, description = "The key is valid", body = ClientInfo),
        (status = 401, description = "No key, an unknown key or a revoked key", content_type = "application/problem+json"),
        (status = 429, description = "Too many requests with this key, or wrong keys from this address; see Retry-After", content_type = "application/problem+json")
    )
)]
pub(crate) async fn api_client(client: ApiClient) -> Json<ClientInfo> {
    Json(ClientInfo {
        scopes: client.0.scopes.iter().collect(),
        id: client.0.id,
        name: client.0.name,
        created_at: client.0.created_at,
    })
}
