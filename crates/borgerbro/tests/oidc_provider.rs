//! Login against a certified OpenID provider: panva's `oidc-provider` (OpenID Certified),
//! started by each test from `tests/oidc-provider/` with Node.js on 127.0.0.1. Where
//! tests/oidc.rs checks Borgerbro against a provider written to the letter of our own
//! reading, this checks it against someone else's: discovery, PKCE, the code exchange,
//! the ID token's signature, issuer, audience, expiry and nonce, and the UserInfo endpoint.
//!
//! Needs `npm ci --prefix crates/borgerbro/tests/oidc-provider`; without it the tests say
//! so and pass, unless `BORGERBRO_REQUIRE_OIDC_PROVIDER=1` (set by `.ci/run`), when they fail.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use std::io::{BufRead, BufReader, Write};
use std::process::{Child, ChildStdin, ChildStdout, Command, Stdio};
use std::sync::Arc;

use borgerbro::clock::Clock;
use borgerbro::config::OidcSettings;
use common::{header, Options, TestApp};
use reqwest::cookie::CookieStore;
use url::Url;

const CLIENT_ID: &str = "borgerbro";
const CLIENT_SECRET: &str = "a-secret-only-this-test-knows";
/// As `ID_TOKEN_TTL_SECONDS` in provider.mjs.
const ID_TOKEN_TTL_SECONDS: i64 = 60;

/// The provider, running until dropped.
struct Provider {
    issuer: String,
    child: Child,
    stdin: Option<ChildStdin>,
    stdout: BufReader<ChildStdout>,
}

impl Provider {
    /// Starts the provider, or answers None (and says why) when its npm packages are not
    /// installed and CI does not require them.
    fn start() -> Option<Self> {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/oidc-provider");
        let required = std::env::var("BORGERBRO_REQUIRE_OIDC_PROVIDER").as_deref() == Ok("1");
        if !dir.join("node_modules/oidc-provider").is_dir() {
            assert!(
                !required,
                "BORGERBRO_REQUIRE_OIDC_PROVIDER=1 but {} has no node_modules: run npm ci there",
                dir.display()
            );
            eprintln!(
                "SKIPPED: the certified OIDC provider is not installed; \
                 run `npm ci --prefix crates/borgerbro/tests/oidc-provider`"
            );
            return None;
        }
        let mut child = Command::new("node")
            .arg("provider.mjs")
            .current_dir(&dir)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::inherit())
            .spawn()
            .expect("node runs (the provider's packages are installed, so Node.js should be)");
        let stdin = child.stdin.take();
        let mut stdout = BufReader::new(child.stdout.take().unwrap());
        let issuer = read_line(&mut stdout)
            .strip_prefix("issuer ")
            .expect("the provider names its issuer first")
            .to_owned();
        Some(Self {
            issuer,
            child,
            stdin,
            stdout,
        })
    }

    /// Tells the provider about Borgerbro's client, whose redirect URI has the port
    /// Borgerbro got.
    fn register(&mut self, app: &TestApp) {
        let client = serde_json::json!({
            "client_id": CLIENT_ID,
            "client_secret": CLIENT_SECRET,
            "redirect_uri": app.url("/log-ind/callback"),
            "post_logout_redirect_uri": app.url("/"),
        });
        let stdin = self.stdin.as_mut().unwrap();
        writeln!(stdin, "{client}").unwrap();
        stdin.flush().unwrap();
        assert_eq!(read_line(&mut self.stdout), "ready");
    }

    fn url(&self, path: &str) -> String {
        format!("{}{path}", self.issuer)
    }
}

impl Drop for Provider {
    fn drop(&mut self) {
        // Closing stdin ends it; killing makes sure.
        drop(self.stdin.take());
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn read_line(stdout: &mut BufReader<ChildStdout>) -> String {
    let mut line = String::new();
    stdout.read_line(&mut line).unwrap();
    assert!(
        !line.is_empty(),
        "the provider stopped (its error is above)"
    );
    line.trim_end().to_owned()
}

/// A provider and a Borgerbro that logs in through it, on `clock`. None: see
/// [`Provider::start`].
async fn provider_and_app(clock: Clock) -> Option<(Provider, TestApp)> {
    let mut provider = Provider::start()?;
    let app = TestApp::spawn_with(Options {
        demo: false,
        oidc: Some(OidcSettings {
            issuer: provider.issuer.parse().unwrap(),
            client_id: CLIENT_ID.into(),
            client_secret: CLIENT_SECRET.into(),
            roles: Default::default(),
        }),
        clock,
        ..Options::default()
    })
    .await;
    provider.register(&app);
    Some((provider, app))
}

/// A browser of its own: cookies for Borgerbro and the provider (both on 127.0.0.1),
/// redirects followed by the test, one at a time, so each can be looked at.
struct Browser {
    client: reqwest::Client,
    cookies: Arc<reqwest::cookie::Jar>,
}

impl Browser {
    fn new() -> Self {
        let cookies = Arc::new(reqwest::cookie::Jar::default());
        let client = reqwest::Client::builder()
            .cookie_provider(cookies.clone())
            .redirect(reqwest::redirect::Policy::none())
            .build()
            .unwrap();
        Self { client, cookies }
    }

    async fn get(&self, url: &str) -> reqwest::Response {
        self.client.get(url).send().await.unwrap()
    }

    /// GET `url`, which must redirect; answers where to, made absolute.
    async fn redirected(&self, url: &str) -> String {
        let response = self.get(url).await;
        assert_eq!(response.status().as_u16() / 100, 3, "GET {url} redirects");
        absolute(url, header(&response, "location"))
    }

    /// Borgerbro sends the browser to the provider: the authorization request it makes.
    async fn start_login(&self, app: &TestApp) -> Url {
        let authorize = self
            .redirected(&app.url("/log-ind/mitid?tilbage=%2Fmin-side"))
            .await;
        Url::parse(&authorize).unwrap()
    }

    /// Logs in at the provider as `subject` for this authorization request; answers the
    /// redirect back to the relying party, not yet followed.
    async fn log_in_at_provider(&self, authorize: &Url, subject: &str) -> String {
        let interaction = self.redirected(authorize.as_str()).await;
        assert!(interaction.contains("/interaction/"), "{interaction}");
        let posted = self
            .client
            .post(&interaction)
            .form(&[("login", subject)])
            .send()
            .await
            .unwrap();
        assert_eq!(posted.status(), 303, "{}", posted.text().await.unwrap());
        let resume = absolute(&interaction, header(&posted, "location"));
        self.redirected(&resume).await
    }

    /// The whole login as `subject`; answers Borgerbro's answer to the callback.
    async fn log_in(&self, app: &TestApp, subject: &str) -> reqwest::Response {
        let authorize = self.start_login(app).await;
        let callback = self.log_in_at_provider(&authorize, subject).await;
        assert!(callback.starts_with(&app.url("/log-ind/callback?")));
        self.get(&callback).await
    }

    /// The person's own page answers 200 only to a logged-in browser; else it redirects
    /// to the login page.
    async fn is_logged_in(&self, app: &TestApp) -> bool {
        let response = self.get(&app.url("/min-side")).await;
        match response.status().as_u16() {
            200 => true,
            303 => {
                assert!(header(&response, "location").starts_with("/log-ind"));
                false
            }
            other => panic!("/min-side answered {other}"),
        }
    }

    /// The session cookie this browser holds for Borgerbro, if any.
    fn session_cookie(&self, app: &TestApp) -> Option<String> {
        let cookies = self.cookies.cookies(&app.url("/").parse().unwrap())?;
        cookies
            .to_str()
            .unwrap()
            .split("; ")
            .find(|c| c.starts_with("bb_session="))
            .map(str::to_owned)
    }
}

fn absolute(base: &str, location: &str) -> String {
    Url::parse(base)
        .unwrap()
        .join(location)
        .unwrap()
        .to_string()
}

fn query(url: &Url, name: &str) -> String {
    url.query_pairs()
        .find(|(k, _)| k == name)
        .unwrap_or_else(|| panic!("{name} in {url}"))
        .1
        .into_owned()
}

/// `url` with the query parameter `name` set to `value`.
fn with_query(url: &str, name: &str, value: &str) -> String {
    let mut url = Url::parse(url).unwrap();
    let pairs: Vec<(String, String)> = url
        .query_pairs()
        .map(|(k, v)| {
            let v = if k == name {
                value.into()
            } else {
                v.into_owned()
            };
            (k.into_owned(), v)
        })
        .collect();
    url.query_pairs_mut().clear().extend_pairs(pairs);
    url.to_string()
}

/// Borgerbro's refusal of a login: the plain page that says to try again, and no session.
async fn assert_refused(response: reqwest::Response, browser: &Browser, app: &TestApp) {
    assert_eq!(response.status(), 400);
    let html = response.text().await.unwrap();
    assert!(html.contains("Vi kunne ikke logge dig ind"), "{html}");
    assert!(browser.session_cookie(app).is_none());
    assert!(!browser.is_logged_in(app).await);
}

#[tokio::test]
async fn a_login_with_pkce_ends_logged_in_as_the_providers_subject() {
    let Some((provider, app)) = provider_and_app(Clock::system()).await else {
        return;
    };
    let browser = Browser::new();
    let authorize = browser.start_login(&app).await;
    assert!(authorize.as_str().starts_with(&provider.url("/auth?")));
    assert_eq!(query(&authorize, "code_challenge_method"), "S256");
    assert_eq!(query(&authorize, "client_id"), CLIENT_ID);

    let callback = browser.log_in_at_provider(&authorize, "citizen-1").await;
    let done = browser.get(&callback).await;
    assert_eq!(done.status(), 303);
    assert_eq!(header(&done, "location"), "/min-side");
    assert!(browser.session_cookie(&app).is_some());

    // The provider gives the name at its UserInfo endpoint, not in the ID token (it
    // follows OIDC Core 5.4 to the letter); the page greets the person by it.
    let html = browser
        .get(&app.url("/min-side"))
        .await
        .text()
        .await
        .unwrap();
    assert!(html.contains("Hej Test Testesen"), "{html}");
    // The person is the provider's subject at this issuer.
    let key = format!("{} citizen-1", provider.issuer);
    let people = "SELECT COUNT(*) FROM person_identifiers WHERE kind = 'oidc' AND value = $1";
    assert_eq!(app.count(people, &key).await, 1);

    // The next login, from another browser, is the same person.
    let again = Browser::new();
    assert_eq!(again.log_in(&app, "citizen-1").await.status(), 303);
    assert_eq!(app.count(people, &key).await, 1);
    let (all,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM persons")
        .fetch_one(&app.state.db.pool)
        .await
        .unwrap();
    assert_eq!(all, 1);
}

#[tokio::test]
async fn a_callback_with_another_state_is_refused() {
    let Some((_provider, app)) = provider_and_app(Clock::system()).await else {
        return;
    };
    let browser = Browser::new();
    let authorize = browser.start_login(&app).await;
    let callback = browser.log_in_at_provider(&authorize, "citizen-1").await;
    let forged = with_query(&callback, "state", "a-state-this-browser-was-never-given");
    assert_refused(browser.get(&forged).await, &browser, &app).await;
}

#[tokio::test]
async fn a_code_is_used_once() {
    let Some((_provider, app)) = provider_and_app(Clock::system()).await else {
        return;
    };
    let victim = Browser::new();
    let authorize = victim.start_login(&app).await;
    let callback = victim.log_in_at_provider(&authorize, "citizen-1").await;
    assert_eq!(victim.get(&callback).await.status(), 303);

    // The same callback again: the login attempt it belonged to is used up.
    let response = victim.get(&callback).await;
    assert_eq!(response.status(), 400);

    // The used code under a login attempt of the attacker's own, with its own state:
    // Borgerbro takes it to the provider, which refuses a code it has already exchanged.
    let attacker = Browser::new();
    let own = attacker.start_login(&app).await;
    let code = query(&Url::parse(&callback).unwrap(), "code");
    let injected = with_query(
        &with_query(&callback, "state", &query(&own, "state")),
        "code",
        &code,
    );
    assert_refused(attacker.get(&injected).await, &attacker, &app).await;
}

#[tokio::test]
async fn an_expired_id_token_is_refused() {
    // Borgerbro's clock a little past the ID token's lifetime: the token the provider
    // issues now has expired by Borgerbro's time.
    let later = jiff::Timestamp::now() + jiff::SignedDuration::from_secs(ID_TOKEN_TTL_SECONDS + 60);
    let Some((_provider, app)) = provider_and_app(Clock::fixed(later)).await else {
        return;
    };
    let browser = Browser::new();
    let response = browser.log_in(&app, "citizen-1").await;
    assert_refused(response, &browser, &app).await;
}

#[tokio::test]
async fn an_id_token_within_its_lifetime_by_borgerbros_clock_is_taken() {
    // The other side of the test above: the same clock shift, within the lifetime.
    let later = jiff::Timestamp::now() + jiff::SignedDuration::from_secs(ID_TOKEN_TTL_SECONDS / 2);
    let Some((_provider, app)) = provider_and_app(Clock::fixed(later)).await else {
        return;
    };
    let browser = Browser::new();
    assert_eq!(browser.log_in(&app, "citizen-1").await.status(), 303);
    assert!(browser.is_logged_in(&app).await);
}

#[tokio::test]
async fn an_id_token_for_another_client_is_refused() {
    let Some((provider, app)) = provider_and_app(Clock::system()).await else {
        return;
    };
    let browser = Browser::new();
    let authorize = browser.start_login(&app).await;
    let callback = browser.log_in_at_provider(&authorize, "citizen-1").await;

    // The provider's real ID token for the same person and Borgerbro's own nonce, but
    // issued to the other client: everything matches except the audience.
    let mut other = Url::parse(&provider.url("/auth")).unwrap();
    other
        .query_pairs_mut()
        .append_pair("client_id", "other-rp")
        .append_pair("response_type", "id_token")
        .append_pair("redirect_uri", "https://other-rp.example/callback")
        .append_pair("scope", "openid")
        .append_pair("nonce", &query(&authorize, "nonce"))
        .append_pair("state", "other");
    let back = Url::parse(&browser.redirected(other.as_str()).await).unwrap();
    assert_eq!(back.host_str(), Some("other-rp.example"), "{back}");
    let id_token = url::form_urlencoded::parse(back.fragment().unwrap().as_bytes())
        .find(|(k, _)| k == "id_token")
        .expect("an ID token for the other client")
        .1
        .into_owned();
    let armed = reqwest::Client::new()
        .post(provider.url("/test/next-id-token"))
        .body(id_token)
        .send()
        .await
        .unwrap();
    assert_eq!(armed.status(), 204);

    assert_refused(browser.get(&callback).await, &browser, &app).await;
}

#[tokio::test]
async fn logging_out_ends_the_session_here_and_at_the_provider() {
    let Some((provider, app)) = provider_and_app(Clock::system()).await else {
        return;
    };
    let browser = Browser::new();
    assert_eq!(browser.log_in(&app, "citizen-1").await.status(), 303);
    let session = browser.session_cookie(&app).unwrap();

    let page = browser
        .get(&app.url("/min-side"))
        .await
        .text()
        .await
        .unwrap();
    let token = common::csrf_token(&page);
    let out = browser
        .client
        .post(app.url("/log-ud"))
        .form(&[("csrf_token", token.as_str())])
        .send()
        .await
        .unwrap();
    assert_eq!(out.status(), 303);
    assert!(!browser.is_logged_in(&app).await);

    // The provider names an end_session_endpoint, so "Log ud" ends its session too: the
    // browser goes there with the ID token as the hint and our public URL to come back to.
    let end_session = Url::parse(header(&out, "location")).unwrap();
    assert!(
        end_session
            .as_str()
            .starts_with(&provider.url("/session/end?")),
        "{end_session}"
    );
    assert_eq!(
        query(&end_session, "post_logout_redirect_uri"),
        app.url("/")
    );
    assert_eq!(query(&end_session, "client_id"), CLIENT_ID);
    let hint = query(&end_session, "id_token_hint");
    assert_eq!(hint.split('.').count(), 3, "a signed ID token: {hint}");
    // The provider takes the hint and the address: it asks the person to confirm, then
    // sends them back to Borgerbro's public URL, logged out there as well.
    let confirm = browser.get(end_session.as_str()).await;
    assert_eq!(confirm.status(), 200);
    let html = confirm.text().await.unwrap();
    let xsrf = html
        .split("name=\"xsrf\" value=\"")
        .nth(1)
        .and_then(|rest| rest.split('"').next())
        .unwrap_or_else(|| panic!("a confirmation form: {html}"));
    let confirmed = browser
        .client
        .post(provider.url("/session/end/confirm"))
        .form(&[("xsrf", xsrf), ("logout", "yes")])
        .send()
        .await
        .unwrap();
    assert_eq!(confirmed.status().as_u16() / 100, 3);
    let back = absolute(
        &provider.url("/session/end/confirm"),
        header(&confirmed, "location"),
    );
    let back = match back.starts_with(&app.url("/")) {
        true => back,
        // The package ends with its own success page only without a redirect address.
        false => browser.redirected(&back).await,
    };
    assert!(back.starts_with(&app.url("/")), "{back}");
    // The provider's session is over: a new login asks who it is again.
    let authorize = browser.start_login(&app).await;
    let interaction = browser.redirected(authorize.as_str()).await;
    assert!(interaction.contains("/interaction/"), "{interaction}");

    // The old cookie, kept by someone at the same PC, opens nothing.
    let copied = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap()
        .get(app.url("/min-side"))
        .header("cookie", session)
        .send()
        .await
        .unwrap();
    assert_eq!(copied.status(), 303);
}
