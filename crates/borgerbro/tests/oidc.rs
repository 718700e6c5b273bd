//! Login with OIDC against a small provider that this test starts on 127.0.0.1: discovery,
//! authorization with PKCE, token endpoint, JWKS and an RS256-signed ID token.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use std::collections::{BTreeMap, HashMap};
use std::sync::atomic::{AtomicI64, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};

use axum::extract::{Query, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use axum::{Form, Json, Router};
use base64::engine::general_purpose::{STANDARD, URL_SAFE_NO_PAD};
use base64::Engine;
use borgerbro::clock::Clock;
use borgerbro::config::OidcSettings;
use common::{header, Options, TestApp};
use openidconnect::core::{
    CoreIdToken, CoreIdTokenClaims, CoreIdTokenFields, CoreJsonWebKeySet, CoreJwsSigningAlgorithm,
    CoreRsaPrivateSigningKey, CoreTokenResponse, CoreTokenType,
};
use openidconnect::{
    AccessToken, Audience, EmptyAdditionalClaims, EmptyExtraTokenFields, EndUserName, IssuerUrl,
    JsonWebKeyId, LocalizedClaim, Nonce, PrivateSigningKey, StandardClaims, SubjectIdentifier,
};
use sha2::{Digest, Sha256};

const CLIENT_ID: &str = "borgerbro";
const CLIENT_SECRET: &str = "test-secret";

struct Grant {
    nonce: String,
    challenge: String,
    subject: String,
}

struct Provider {
    issuer: String,
    /// The key id ID tokens are signed under (the key itself is the one test key).
    signing_kid: Mutex<String>,
    /// The key ids the JWKS publishes, each for the same test key.
    published_kids: Mutex<Vec<String>>,
    /// How many times the JWKS was fetched.
    jwks_fetches: AtomicUsize,
    grants: Mutex<HashMap<String, Grant>>,
    /// Who logs in at the next authorization.
    subject: Mutex<String>,
    /// Sign ID tokens with a nonce other than the one asked for.
    wrong_nonce: Mutex<bool>,
}

async fn discovery(State(p): State<Arc<Provider>>) -> Json<serde_json::Value> {
    Json(serde_json::json!({
        "issuer": p.issuer,
        "authorization_endpoint": format!("{}authorize", p.issuer),
        "token_endpoint": format!("{}token", p.issuer),
        "jwks_uri": format!("{}jwks", p.issuer),
        "response_types_supported": ["code"],
        "subject_types_supported": ["public"],
        "id_token_signing_alg_values_supported": ["RS256"],
        "code_challenge_methods_supported": ["S256"],
        "token_endpoint_auth_methods_supported": ["client_secret_basic"],
    }))
}

fn key(kid: &str) -> CoreRsaPrivateSigningKey {
    let pem = include_str!("fixtures/oidc-test-key.pem");
    CoreRsaPrivateSigningKey::from_pem(pem, Some(JsonWebKeyId::new(kid.into()))).unwrap()
}

async fn jwks(State(p): State<Arc<Provider>>) -> Json<CoreJsonWebKeySet> {
    p.jwks_fetches.fetch_add(1, Ordering::SeqCst);
    let kids = p.published_kids.lock().unwrap().clone();
    Json(CoreJsonWebKeySet::new(
        kids.iter()
            .map(|kid| key(kid).as_verification_key())
            .collect(),
    ))
}

async fn authorize(
    State(p): State<Arc<Provider>>,
    Query(q): Query<HashMap<String, String>>,
) -> Response {
    assert_eq!(q["response_type"], "code");
    assert_eq!(q["client_id"], CLIENT_ID);
    assert_eq!(q["code_challenge_method"], "S256");
    assert!(q["scope"].contains("openid"));
    let code = uuid::Uuid::now_v7().simple().to_string();
    p.grants.lock().unwrap().insert(
        code.clone(),
        Grant {
            nonce: q["nonce"].clone(),
            challenge: q["code_challenge"].clone(),
            subject: p.subject.lock().unwrap().clone(),
        },
    );
    let back = format!("{}?code={code}&state={}", q["redirect_uri"], q["state"]);
    Redirect::to(&back).into_response()
}

async fn token(
    State(p): State<Arc<Provider>>,
    headers: HeaderMap,
    Form(form): Form<HashMap<String, String>>,
) -> Response {
    let expected = format!(
        "Basic {}",
        STANDARD.encode(format!("{CLIENT_ID}:{CLIENT_SECRET}"))
    );
    if header_value(&headers, "authorization") != expected {
        return (
            StatusCode::UNAUTHORIZED,
            Json(serde_json::json!({"error": "invalid_client"})),
        )
            .into_response();
    }
    let Some(grant) = p.grants.lock().unwrap().remove(&form["code"]) else {
        return invalid_grant();
    };
    // PKCE: the verifier must hash to the challenge given at authorization.
    let verifier = form.get("code_verifier").cloned().unwrap_or_default();
    if URL_SAFE_NO_PAD.encode(Sha256::digest(verifier.as_bytes())) != grant.challenge {
        return invalid_grant();
    }
    let nonce = if *p.wrong_nonce.lock().unwrap() {
        "not-the-nonce".to_owned()
    } else {
        grant.nonce
    };
    let mut name = LocalizedClaim::new();
    name.insert(None, EndUserName::new("Test Testesen".into()));
    let now = chrono::Utc::now();
    let claims = CoreIdTokenClaims::new(
        IssuerUrl::new(p.issuer.clone()).unwrap(),
        vec![Audience::new(CLIENT_ID.into())],
        now + chrono::Duration::minutes(5),
        now,
        StandardClaims::new(SubjectIdentifier::new(grant.subject)).set_name(Some(name)),
        EmptyAdditionalClaims {},
    )
    .set_nonce(Some(Nonce::new(nonce)));
    let signing = key(&p.signing_kid.lock().unwrap());
    let id_token = CoreIdToken::new(
        claims,
        &signing,
        CoreJwsSigningAlgorithm::RsaSsaPkcs1V15Sha256,
        None,
        None,
    )
    .unwrap();
    Json(CoreTokenResponse::new(
        AccessToken::new("access".into()),
        CoreTokenType::Bearer,
        CoreIdTokenFields::new(Some(id_token), EmptyExtraTokenFields {}),
    ))
    .into_response()
}

fn invalid_grant() -> Response {
    (
        StatusCode::BAD_REQUEST,
        Json(serde_json::json!({"error": "invalid_grant"})),
    )
        .into_response()
}

fn header_value(headers: &HeaderMap, name: &str) -> String {
    headers
        .get(name)
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default()
        .to_owned()
}

async fn start_provider() -> Arc<Provider> {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let provider = Arc::new(Provider {
        issuer: format!("http://{}/", listener.local_addr().unwrap()),
        signing_kid: Mutex::new("test".into()),
        published_kids: Mutex::new(vec!["test".into()]),
        jwks_fetches: AtomicUsize::new(0),
        grants: Mutex::new(HashMap::new()),
        subject: Mutex::new("citizen-1".into()),
        wrong_nonce: Mutex::new(false),
    });
    let app = Router::new()
        .route("/.well-known/openid-configuration", get(discovery))
        .route("/jwks", get(jwks))
        .route("/authorize", get(authorize))
        .route("/token", post(token))
        .with_state(provider.clone());
    tokio::spawn(async move { axum::serve(listener, app).await.unwrap() });
    provider
}

async fn app_for(issuer: &str) -> TestApp {
    app_on(issuer, Clock::system()).await
}

async fn app_on(issuer: &str, clock: Clock) -> TestApp {
    let mut roles = BTreeMap::new();
    roles.insert("staff-1".to_owned(), vec!["caseworker".to_owned()]);
    TestApp::spawn_with(Options {
        demo: false,
        oidc: Some(OidcSettings {
            issuer: issuer.parse().unwrap(),
            client_id: CLIENT_ID.into(),
            client_secret: CLIENT_SECRET.into(),
            roles,
        }),
        clock,
        ..Options::default()
    })
    .await
}

/// Follows the login through the provider and back; answers the callback's response.
async fn log_in(app: &TestApp) -> reqwest::Response {
    let start = app.get("/log-ind/mitid?tilbage=%2Fmin-side").await;
    assert_eq!(start.status(), 303);
    let at_provider = app
        .client
        .get(header(&start, "location"))
        .send()
        .await
        .unwrap();
    assert_eq!(at_provider.status(), 303);
    let callback = header(&at_provider, "location").to_owned();
    assert!(
        callback.starts_with(&app.url("/log-ind/callback")),
        "{callback}"
    );
    app.client.get(callback).send().await.unwrap()
}

#[tokio::test]
async fn a_first_login_makes_a_citizen_and_a_session() {
    let provider = start_provider().await;
    let app = app_for(&provider.issuer).await;
    let login_page = app.get_html("/log-ind").await;
    assert!(login_page.contains("Log ind med MitID"));

    let done = log_in(&app).await;
    assert_eq!(done.status(), 303);
    assert_eq!(header(&done, "location"), "/min-side");
    let html = app.get_html("/min-side").await;
    assert!(html.contains("Hej Test Testesen"));
    assert!(html.contains("Borger"));
    assert!(!html.contains("Sagsbehandler"));

    // The same person next time, not a new one.
    log_in(&app).await;
    let people: Vec<(String,)> = sqlx::query_as("SELECT id FROM persons")
        .fetch_all(&app.state.db.pool)
        .await
        .unwrap();
    assert_eq!(people.len(), 1);
    let actions: Vec<(String,)> = sqlx::query_as("SELECT action FROM audit_entries ORDER BY seq")
        .fetch_all(&app.state.db.pool)
        .await
        .unwrap();
    let actions: Vec<&str> = actions.iter().map(|(a,)| a.as_str()).collect();
    assert_eq!(actions, ["person.create", "auth.login", "auth.login"]);
}

#[tokio::test]
async fn staff_roles_come_from_the_settings() {
    let provider = start_provider().await;
    *provider.subject.lock().unwrap() = "staff-1".into();
    let app = app_for(&provider.issuer).await;
    assert_eq!(log_in(&app).await.status(), 303);
    assert!(app.get_html("/min-side").await.contains("Sagsbehandler"));
}

#[tokio::test]
async fn a_callback_is_refused_without_the_browsers_state_and_cannot_be_replayed() {
    let provider = start_provider().await;
    let app = app_for(&provider.issuer).await;
    let start = app.get("/log-ind/mitid").await;
    let at_provider = app
        .client
        .get(header(&start, "location"))
        .send()
        .await
        .unwrap();
    let callback = header(&at_provider, "location").to_owned();

    // Another browser (no state cookie) cannot use the code.
    let other = common::client();
    let response = other.get(&callback).send().await.unwrap();
    assert_eq!(response.status(), 400);
    assert!(response
        .text()
        .await
        .unwrap()
        .contains("Vi kunne ikke logge dig ind"));

    assert_eq!(
        app.client.get(&callback).send().await.unwrap().status(),
        303
    );
    // The same callback twice: the attempt was used up.
    let again = app.client.get(&callback).send().await.unwrap();
    assert_eq!(again.status(), 400);
}

#[tokio::test]
async fn an_id_token_for_another_login_is_not_trusted() {
    let provider = start_provider().await;
    *provider.wrong_nonce.lock().unwrap() = true;
    let app = app_for(&provider.issuer).await;
    let response = log_in(&app).await;
    assert_eq!(response.status(), 400);
    assert_eq!(app.get("/min-side").await.status(), 303, "not logged in");
}

#[tokio::test]
async fn a_provider_that_is_down_gets_a_plain_message() {
    let app = app_for("http://127.0.0.1:1/").await;
    let response = app.get("/log-ind/mitid").await;
    assert_eq!(response.status(), 400);
    let html = response.text().await.unwrap();
    assert!(
        html.contains("Vi kan ikke komme i kontakt med MitID"),
        "{html}"
    );
}

#[tokio::test]
async fn cancelling_at_the_provider_leads_back_with_a_message() {
    let provider = start_provider().await;
    let app = app_for(&provider.issuer).await;
    app.get("/log-ind/mitid").await;
    let response = app
        .get("/log-ind/callback?error=access_denied&state=whatever")
        .await;
    assert_eq!(response.status(), 400);
    assert!(response
        .text()
        .await
        .unwrap()
        .contains("Prøv igen fra siden Log ind"));
}

/// A provider that rotated its keys signs with a key id the keys fetched at discovery
/// lack: Borgerbro fetches the keys again, once, and the login goes through.
#[tokio::test]
async fn a_login_signed_with_a_rotated_key_fetches_the_keys_again_and_goes_through() {
    let provider = start_provider().await;
    let app = app_for(&provider.issuer).await;
    assert_eq!(log_in(&app).await.status(), 303);
    assert_eq!(
        provider.jwks_fetches.load(Ordering::SeqCst),
        1,
        "at discovery"
    );

    *provider.published_kids.lock().unwrap() = vec!["test".into(), "rotated".into()];
    *provider.signing_kid.lock().unwrap() = "rotated".into();
    let done = log_in(&app).await;
    assert_eq!(done.status(), 303);
    assert_eq!(header(&done, "location"), "/min-side");
    assert_eq!(provider.jwks_fetches.load(Ordering::SeqCst), 2, "once more");
    // The new keys are kept: the next login needs no fetch.
    assert_eq!(log_in(&app).await.status(), 303);
    assert_eq!(provider.jwks_fetches.load(Ordering::SeqCst), 2);
}

/// A key id the provider does not publish even after a fresh fetch fails the login with
/// a page that says so; the keys are fetched again at most once a minute, so forged key
/// ids cannot make Borgerbro hammer the provider.
#[tokio::test]
async fn a_key_id_still_unknown_fails_the_login_and_the_keys_are_fetched_at_most_once_a_minute() {
    let provider = start_provider().await;
    let later = Arc::new(AtomicI64::new(0));
    let offset = later.clone();
    let clock = Clock::from_fn(move || {
        jiff::Timestamp::now() + jiff::SignedDuration::from_secs(offset.load(Ordering::SeqCst))
    });
    let app = app_on(&provider.issuer, clock).await;
    *provider.signing_kid.lock().unwrap() = "nowhere".into();

    let refused = log_in(&app).await;
    assert_eq!(refused.status(), 400);
    let html = refused.text().await.unwrap();
    assert!(html.contains("login-tjenestens underskrift"), "{html}");
    assert_eq!(app.get("/min-side").await.status(), 303, "not logged in");
    assert_eq!(
        provider.jwks_fetches.load(Ordering::SeqCst),
        2,
        "at discovery, and once more for the unknown key id"
    );
    // At once again: refused without asking the provider.
    assert_eq!(log_in(&app).await.status(), 400);
    assert_eq!(provider.jwks_fetches.load(Ordering::SeqCst), 2);
    // A minute later the keys may be fetched again, and now they hold the key.
    later.store(61, Ordering::SeqCst);
    *provider.published_kids.lock().unwrap() = vec!["nowhere".into()];
    assert_eq!(log_in(&app).await.status(), 303);
    assert_eq!(provider.jwks_fetches.load(Ordering::SeqCst), 3);
}

/// A provider whose discovery names no end_session_endpoint (this one): "Log ud" ends the
/// session here and stays here.
#[tokio::test]
async fn without_an_end_session_endpoint_logging_out_is_ours_alone() {
    let provider = start_provider().await;
    let app = app_for(&provider.issuer).await;
    assert_eq!(log_in(&app).await.status(), 303);
    let page = app.get_html("/min-side").await;
    let out = app
        .post_form(
            "/log-ud",
            &[("csrf_token", common::csrf_token(&page).as_str())],
        )
        .await;
    assert_eq!(out.status(), 303);
    assert_eq!(header(&out, "location"), "/?logget-ud=1");
    assert_eq!(app.get("/min-side").await.status(), 303, "logged out");
}
