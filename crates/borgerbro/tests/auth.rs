//! Login, sessions, roles and API keys through real HTTP.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use common::{header, TestApp};

fn session_cookie(response: &reqwest::Response) -> Option<String> {
    response
        .headers()
        .get_all("set-cookie")
        .iter()
        .filter_map(|v| v.to_str().ok())
        .find(|v| v.starts_with("bb_session="))
        .map(str::to_owned)
}

#[tokio::test]
async fn the_login_page_lists_a_persona_for_every_role() {
    let app = TestApp::spawn().await;
    let html = app.get_html("/log-ind").await;
    for name in [
        "Mette Hansen",
        "Olena Kovalenko",
        "Karen Jensen",
        "Peter Jensen",
        "Birgit Holm",
        "Sofie Nielsen",
        "Jonas Berg",
        "Lars Mikkelsen",
        "Anne Kristensen",
    ] {
        assert!(html.contains(&format!("Log ind som {name}")), "{name}");
    }
    for role in [
        "Borger",
        "Hjælper",
        "Sagsbehandler",
        "Borgerservice",
        "Projektejer",
        "Administrator",
    ] {
        assert!(html.contains(role), "{role}");
    }
}

#[tokio::test]
async fn demo_login_starts_a_safe_session_and_logout_ends_it() {
    let app = TestApp::spawn().await;
    let id = app.persona_id("Mette Hansen").await;
    let response = app
        .submit("/log-ind", "/log-ind/demo", &[("person_id", &id)])
        .await;
    assert_eq!(response.status(), 303);
    assert_eq!(header(&response, "location"), "/min-side");
    let cookie = session_cookie(&response).unwrap();
    assert!(cookie.contains("HttpOnly"), "{cookie}");
    assert!(cookie.contains("SameSite=Lax"), "{cookie}");
    assert!(!cookie.contains("Secure"), "plain http in tests: {cookie}");

    let html = app.get_html("/min-side").await;
    assert!(html.contains("Hej Mette Hansen"));
    assert!(html.contains("Du er logget ind som Mette Hansen"));

    // A second login gets a new session id, never the old one.
    let again = app
        .submit("/min-side", "/log-ind/demo", &[("person_id", &id)])
        .await;
    assert_ne!(session_cookie(&again).unwrap(), cookie);

    let response = app.submit("/min-side", "/log-ud", &[]).await;
    assert_eq!(response.status(), 303);
    assert_eq!(header(&response, "location"), "/?logget-ud=1");
    assert!(app
        .get_html("/?logget-ud=1")
        .await
        .contains("Du er logget ud"));
    // The session is gone from the server too: replaying the old cookie gets nowhere.
    let stale = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap();
    let token = cookie.split(';').next().unwrap();
    let response = stale
        .get(app.url("/min-side"))
        .header("cookie", token)
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 303);
}

#[tokio::test]
async fn a_page_that_needs_login_sends_you_there_and_back() {
    let app = TestApp::spawn().await;
    let response = app.get("/admin/api-noegler").await;
    assert_eq!(response.status(), 303);
    assert_eq!(
        header(&response, "location"),
        "/log-ind?tilbage=%2Fadmin%2Fapi-noegler"
    );
    let html = app
        .get_html("/log-ind?tilbage=%2Fadmin%2Fapi-noegler")
        .await;
    assert!(html.contains(r#"name="tilbage" value="/admin/api-noegler""#));
    let id = app.persona_id("Anne Kristensen").await;
    let response = app
        .submit(
            "/log-ind",
            "/log-ind/demo",
            &[("person_id", &id), ("tilbage", "/admin/api-noegler")],
        )
        .await;
    assert_eq!(header(&response, "location"), "/admin/api-noegler");
    // Never back to another site.
    let response = app
        .submit(
            "/log-ind",
            "/log-ind/demo",
            &[("person_id", &id), ("tilbage", "https://evil.example/")],
        )
        .await;
    assert_eq!(header(&response, "location"), "/min-side");
}

#[tokio::test]
async fn only_administrators_manage_api_keys() {
    let app = TestApp::spawn().await;
    for name in [
        "Mette Hansen",
        "Sofie Nielsen",
        "Jonas Berg",
        "Peter Jensen",
    ] {
        app.login_as(name).await;
        let response = app.get("/admin/api-noegler").await;
        assert_eq!(response.status(), 403, "{name}");
        assert!(response
            .text()
            .await
            .unwrap()
            .contains("Du har ikke adgang"));
        let response = app
            .submit("/min-side", "/admin/api-noegler", &[("name", "Snyd")])
            .await;
        assert_eq!(response.status(), 403, "{name}");
    }
    app.login_as("Anne Kristensen").await;
    assert!(!app.get_html("/admin/api-noegler").await.contains("Snyd"));
}

#[tokio::test]
async fn demo_login_is_only_for_demo_personas_in_demo_mode() {
    let app = TestApp::spawn().await;
    let response = app
        .submit(
            "/log-ind",
            "/log-ind/demo",
            &[("person_id", "someone-else")],
        )
        .await;
    assert_eq!(response.status(), 400);
    assert!(response
        .text()
        .await
        .unwrap()
        .contains("findes ikke i demoen"));

    let real = TestApp::spawn_with(common::Options {
        demo: false,
        ..common::Options::default()
    })
    .await;
    // No page of the real site offers the form, so take the token from the cookie.
    let first = real.get("/").await;
    let token = header(&first, "set-cookie")
        .strip_prefix("bb_csrf=")
        .and_then(|rest| rest.split(';').next())
        .unwrap()
        .to_owned();
    let html = real.get_html("/log-ind").await;
    assert!(!html.contains("Log ind som"));
    assert!(!html.contains("Demo."), "no demo banner outside the demo");
    let mette = app.persona_id("Mette Hansen").await;
    let response = real
        .post_form(
            "/log-ind/demo",
            &[("person_id", &mette), ("csrf_token", &token)],
        )
        .await;
    assert_eq!(response.status(), 404);
}

#[tokio::test]
async fn an_administrator_makes_uses_and_revokes_an_api_key() {
    let app = TestApp::spawn().await;
    app.login_as("Anne Kristensen").await;

    // Bad input: the error is shown beside the field and in the summary, the text is kept.
    let response = app
        .submit(
            "/admin/api-noegler",
            "/admin/api-noegler",
            &[("name", "   ")],
        )
        .await;
    assert_eq!(response.status(), 422);
    let html = response.text().await.unwrap();
    assert!(html.contains("Der er et problem"));
    assert!(html.contains("Skriv navnet på det system"));
    assert!(html.contains(r##"href="#name""##));
    assert!(html.contains(r#"aria-invalid="true""#));
    let long = "Telefonrobot ".repeat(10);
    let response = app
        .submit(
            "/admin/api-noegler",
            "/admin/api-noegler",
            &[("name", &long)],
        )
        .await;
    let html = response.text().await.unwrap();
    assert!(html.contains("højst være 100 tegn"));
    assert!(
        html.contains(&format!(r#"value="{long}""#)),
        "the value is kept"
    );

    let response = app
        .submit(
            "/admin/api-noegler",
            "/admin/api-noegler",
            &[("name", "Telefonrobot <b>"), ("scope", "bookings")],
        )
        .await;
    assert_eq!(response.status(), 200);
    let html = response.text().await.unwrap();
    assert!(!html.contains("Telefonrobot <b>"), "names are escaped");
    assert!(
        html.contains("Telefonrobot &#60;b&#62;"),
        "names are escaped"
    );
    let start =
        html.find("<code class=\"bb-secret\">").unwrap() + "<code class=\"bb-secret\">".len();
    let key = &html[start..start + html[start..].find('<').unwrap()];
    assert!(key.starts_with("bb_"));

    let api = reqwest::Client::new();
    let me: serde_json::Value = api
        .get(app.url("/api/v1/client"))
        .bearer_auth(key)
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(me["name"], "Telefonrobot <b>");

    // The key is shown once: the list never shows it again.
    assert!(!app.get_html("/admin/api-noegler").await.contains(key));

    let id = me["id"].as_str().unwrap();
    let response = app
        .submit(
            "/admin/api-noegler",
            &format!("/admin/api-noegler/{id}/spaer"),
            &[],
        )
        .await;
    assert_eq!(response.status(), 303);
    assert!(app.get_html("/admin/api-noegler").await.contains("Spærret"));
    let response = api
        .get(app.url("/api/v1/client"))
        .bearer_auth(key)
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 401);
    assert_eq!(
        header(&response, "content-type"),
        "application/problem+json"
    );
    // Revoking twice finds nothing to revoke.
    let response = app
        .submit(
            "/admin/api-noegler",
            &format!("/admin/api-noegler/{id}/spaer"),
            &[],
        )
        .await;
    assert_eq!(response.status(), 404);
}

/// A session runs out after 12 hours whatever the person does; the sweep then deletes
/// it, and the login attempts that ran out, and keeps what still lasts.
#[tokio::test]
async fn the_sweep_deletes_expired_sessions_and_keeps_live_ones() {
    let app = TestApp::spawn().await;
    app.login_as("Mette Hansen").await;
    let mette = app.persona_id("Mette Hansen").await;
    let now = app.state.clock.now();
    let ms = |hours: i64| now.as_millisecond() + hours * 60 * 60 * 1000;
    // Someone who logged in six hours later, and two logins at the provider: one
    // started long ago, one just now.
    sqlx::query(
        "INSERT INTO sessions (token_hash, person_id, created_at, expires_at) \
         VALUES ('later', $1, $2, $3)",
    )
    .bind(&mette)
    .bind(ms(6))
    .bind(ms(18))
    .execute(&app.state.db.pool)
    .await
    .unwrap();
    for (state, expires) in [("old", ms(-1)), ("new", ms(13))] {
        sqlx::query(
            "INSERT INTO login_attempts (state_hash, pkce_verifier, nonce, return_to, expires_at) \
             VALUES ($1, 'v', 'n', '/', $2)",
        )
        .bind(state)
        .bind(expires)
        .execute(&app.state.db.pool)
        .await
        .unwrap();
    }
    let sessions = "SELECT COUNT(*) FROM sessions WHERE person_id = $1";
    let attempts = "SELECT COUNT(*) FROM login_attempts WHERE return_to = $1";
    assert_eq!(app.count(sessions, &mette).await, 2);

    // Twelve hours and a minute after the login.
    let at = now
        .checked_add(jiff::Span::new().hours(12).minutes(1))
        .unwrap();
    let expired = borgerbro::auth::sweep(&app.state.db, &borgerbro::clock::Clock::fixed(at))
        .await
        .unwrap();
    assert_eq!(expired.sessions, 1, "{expired:?}");
    assert_eq!(expired.login_attempts, 1, "{expired:?}");
    let left: Vec<(String,)> = sqlx::query_as("SELECT token_hash FROM sessions")
        .fetch_all(&app.state.db.pool)
        .await
        .unwrap();
    assert_eq!(left, vec![("later".to_owned(),)]);
    assert_eq!(app.count(attempts, "/").await, 1);
    // The row is gone, so the browser's cookie logs no one in, even on a clock before
    // it ran out (this server's clock is the real one).
    let response = app.get("/min-side").await;
    assert_eq!(response.status(), 303);
    assert!(header(&response, "location").starts_with("/log-ind"));

    // The command does the same with --as-of, and says how many.
    let as_of = now.checked_add(jiff::Span::new().hours(18)).unwrap();
    let output = std::process::Command::new(env!("CARGO_BIN_EXE_borgerbro"))
        .args(["sweep", "--db", app.db.url.as_str()])
        .args(["--as-of", &as_of.to_string()])
        .env_remove("BORGERBRO_DB")
        .env_remove("BORGERBRO_CONFIG")
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(output.status.success(), "{stdout}");
    assert!(
        stdout.contains("Deleted 1 expired sessions and 1 expired login attempts."),
        "{stdout}"
    );
    assert_eq!(app.count(sessions, &mette).await, 0);
    assert_eq!(app.count(attempts, "/").await, 0);
}

/// A role this build cannot read (a newer version's role, a hand in the database) grants
/// nothing and is never read as one it knows; it is one grant of a set, so the person
/// keeps the roles this build can read, and the login page still lists everyone.
#[tokio::test]
async fn a_role_this_build_cannot_read_grants_nothing() {
    let app = TestApp::spawn().await;
    let mette = app.persona_id("Mette Hansen").await;
    for role in ["superuser", "Administrator", "administrator "] {
        sqlx::query("INSERT INTO person_roles (person_id, role) VALUES ($1, $2)")
            .bind(&mette)
            .bind(role)
            .execute(&app.state.db.pool)
            .await
            .unwrap();
    }
    let user = borgerbro::auth::user(&app.state.db.pool, &mette)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(user.roles, [borgerbro::auth::Role::Citizen]);
    assert_eq!(app.get("/log-ind").await.status(), 200);
    app.login_as("Mette Hansen").await;
    assert_ne!(app.get("/admin/api-noegler").await.status(), 200);
    assert_eq!(app.get("/min-side").await.status(), 200);
}
