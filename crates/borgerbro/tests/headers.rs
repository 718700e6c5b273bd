//! Caching and transport headers through real HTTP: nothing but a static file may be kept
//! by a browser or a proxy (on a library's shared PC the next person presses Back), and
//! over https the browser is told to stay on https.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use borgerbro::clock::Clock;
use common::{header, Options, TestApp};
use serde_json::{json, Value};

/// Monday 23 November 2026 at 12:00 in Copenhagen: the demo's slots start on Tuesday, so
/// Karen's demo booking is there.
async fn spawn() -> TestApp {
    TestApp::spawn_with(Options {
        clock: Clock::fixed("2026-11-23T11:00:00Z".parse().unwrap()),
        ..Options::default()
    })
    .await
}

/// Asserts a response is not to be stored, with the status expected.
fn assert_no_store(response: &reqwest::Response, status: u16, what: &str) {
    assert_eq!(response.status(), status, "{what}");
    assert_eq!(header(response, "cache-control"), "no-store", "{what}");
}

async fn one(app: &TestApp, sql: &str, bind: &str) -> String {
    let (value,): (String,) = sqlx::query_as(sql)
        .bind(bind)
        .fetch_one(&app.state.db.pool)
        .await
        .unwrap();
    value
}

#[tokio::test]
async fn every_response_with_personal_data_is_no_store_and_only_static_files_are_kept() {
    let app = spawn().await;
    let key = app.api_key("Sagssystem").await;
    let karen = app.persona_id("Karen Jensen").await;
    const PDF: &str = "JVBERi0xLjQKMSAwIG9iaiA8PC9UeXBlIC9DYXRhbG9nPj4gZW5kb2JqCnRyYWlsZXIgPDwvUm9vdCAxIDAgUj4+CiUlRU9GCg==";
    let sent = reqwest::Client::new()
        .post(app.url("/api/v1/messages"))
        .bearer_auth(&key)
        .json(&json!({"recipient": {"person_id": karen}, "subject": "Din medicin", "body": "Se bilaget.",
                      "attachments": [{"filename": "Bilag.pdf", "content_type": "application/pdf", "data_base64": PDF}]}))
        .send()
        .await
        .unwrap();
    assert_no_store(&sent, 201, "an API answer that created something");
    let sent: Value = sent.json().await.unwrap();
    let letter = sent["id"].as_str().unwrap();
    let api_letter = reqwest::Client::new()
        .get(app.url(&format!("/api/v1/messages/{letter}")))
        .bearer_auth(&key)
        .send()
        .await
        .unwrap();
    assert_no_store(&api_letter, 200, "an API answer in JSON");
    let problem = reqwest::Client::new()
        .get(app.url("/api/v1/messages/no-such-letter"))
        .bearer_auth(&key)
        .send()
        .await
        .unwrap();
    assert_eq!(header(&problem, "content-type"), "application/problem+json");
    assert_no_store(&problem, 404, "a problem document");

    app.login_as("Karen Jensen").await;
    assert_no_store(&app.get("/post").await, 200, "the inbox");
    assert_no_store(&app.get(&format!("/post/{letter}")).await, 200, "a letter");
    let attachment = app.get(&format!("/post/{letter}/bilag/0")).await;
    assert_eq!(header(&attachment, "content-type"), "application/pdf");
    assert_no_store(&attachment, 200, "an attachment");
    let booking = one(
        &app,
        "SELECT id FROM bookings WHERE citizen_id = $1 AND cancelled_at IS NULL",
        &karen,
    )
    .await;
    let ics = app.get(&format!("/tider/{booking}/aftale.ics")).await;
    assert!(header(&ics, "content-type").starts_with("text/calendar"));
    assert_no_store(&ics, 200, "a booking's calendar file");
    assert_no_store(&app.get("/findes-ikke").await, 404, "an error page");
    assert_no_store(
        &app.get("/").await,
        200,
        "a public page shows who is logged in",
    );

    app.login_as("Jonas Berg").await;
    let queue = app.get("/udskrift/koe.pdf").await;
    assert_eq!(header(&queue, "content-type"), "application/pdf");
    assert_no_store(&queue, 200, "the print queue's PDF");

    app.login_as("Anne Kristensen").await;
    let csv = app.get("/admin/var-det-let.csv").await;
    assert!(header(&csv, "content-type").starts_with("text/csv"));
    assert_no_store(&csv, 200, "a CSV export");

    let css = app.get("/static/borgerbro.css").await;
    assert_eq!(css.status(), 200);
    let cache = header(&css, "cache-control");
    assert!(cache.starts_with("public, max-age="), "{cache}");
    assert!(!cache.contains("no-store"));
    assert_no_store(
        &app.get("/static/findes-ikke.css").await,
        404,
        "an error page under /static is still an error page",
    );
    assert_eq!(
        header(&css, "strict-transport-security"),
        "",
        "not on plain http"
    );
}

#[tokio::test]
async fn over_https_the_browser_is_told_to_stay_on_https() {
    let app = TestApp::spawn_with(Options {
        public_url: "https://borgerbro.example/",
        ..Options::default()
    })
    .await;
    for path in [
        "/",
        "/findes-ikke",
        "/static/borgerbro.css",
        "/api/v1/authority",
    ] {
        let response = app.get(path).await;
        assert_eq!(
            header(&response, "strict-transport-security"),
            "max-age=31536000",
            "{path}"
        );
    }
}
