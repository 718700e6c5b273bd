//! The limits per client (issue 15, item 5): call-backs, "Var det let?", logins, wrong
//! API keys and the API per key. Many requests from one client get 429 with
//! `Retry-After`, another client is not touched, what was typed is kept, and behind a
//! trusted proxy `X-Forwarded-For` says who the client is, and only then.
//!
//! The clock is fixed, so a spent limit never comes back during a test: every assertion
//! is on counts, none on timing.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use std::num::NonZeroU32;

use borgerbro::bookings::{self, Kind};
use borgerbro::clock::Clock;
use borgerbro::config::Limits;
use common::{csrf_token, header, Options, TestApp};
use serde_json::Value;

fn n(n: u32) -> NonZeroU32 {
    NonZeroU32::new(n).unwrap()
}

/// Two of everything, and the tests' requests (from 127.0.0.1) come through a proxy
/// when `behind_proxy`.
async fn spawn(behind_proxy: bool) -> TestApp {
    TestApp::spawn_with(Options {
        // Monday noon in Copenhagen; the demo's call-back slots start on Tuesday.
        clock: Clock::fixed("2026-11-23T11:00:00Z".parse().unwrap()),
        limits: Limits {
            logins_per_minute: n(2),
            wrong_api_keys_per_hour: n(2),
            api_per_minute: n(2),
            callbacks_per_hour: n(2),
            feedback_per_hour: n(2),
            hearing_answers_per_hour: n(2),
        },
        trusted_proxies: match behind_proxy {
            true => vec!["127.0.0.1/32".parse().unwrap()],
            false => Vec::new(),
        },
        ..Options::default()
    })
    .await
}

/// A visitor with a browser of their own, behind the proxy at this address.
struct Visitor<'a> {
    app: &'a TestApp,
    client: reqwest::Client,
    forwarded_for: &'static str,
}

impl<'a> Visitor<'a> {
    fn new(app: &'a TestApp, forwarded_for: &'static str) -> Self {
        Self {
            app,
            client: common::client(),
            forwarded_for,
        }
    }

    /// Fills in the form on `page` and sends it to `path`, as a browser does.
    async fn submit(&self, page: &str, path: &str, form: &[(&str, &str)]) -> reqwest::Response {
        let html = self
            .client
            .get(self.app.url(page))
            .header("X-Forwarded-For", self.forwarded_for)
            .send()
            .await
            .unwrap()
            .text()
            .await
            .unwrap();
        let token = csrf_token(&html);
        let mut fields = vec![("csrf_token", token.as_str())];
        fields.extend_from_slice(form);
        self.client
            .post(self.app.url(path))
            .header("X-Forwarded-For", self.forwarded_for)
            .form(&fields)
            .send()
            .await
            .unwrap()
    }

    async fn api(&self, key: &str) -> reqwest::Response {
        self.client
            .get(self.app.url("/api/v1/client"))
            .header("X-Forwarded-For", self.forwarded_for)
            .bearer_auth(key)
            .send()
            .await
            .unwrap()
    }
}

async fn call_back(visitor: &Visitor<'_>, slot: &str, name: &str) -> reqwest::Response {
    visitor
        .submit(
            "/ring-mig-op",
            "/ring-mig-op",
            &[
                ("name", name),
                ("phone", "12345678"),
                ("topic", "MitID"),
                ("slot_id", slot),
            ],
        )
        .await
}

/// A refused page: 429, `Retry-After` in whole seconds, and the time to try again.
async fn refused_page(response: reqwest::Response) -> String {
    assert_eq!(response.status(), 429);
    let wait: u64 = header(&response, "retry-after").parse().unwrap();
    assert!(wait > 0);
    let html = response.text().await.unwrap();
    assert!(html.contains("Prøv igen kl. "), "{html}");
    html
}

#[tokio::test]
async fn call_backs_count_per_client_not_per_phone_number() {
    let app = spawn(true).await;
    let slots = bookings::free_slots(&app.state.db, &app.state.clock, Kind::Callback)
        .await
        .unwrap();
    let stranger = Visitor::new(&app, "203.0.113.7");
    for slot in &slots[..2] {
        assert_eq!(call_back(&stranger, &slot.id, "Ukendt").await.status(), 200);
    }
    let html = refused_page(call_back(&stranger, &slots[2].id, "Ole Sørensen").await).await;
    assert!(
        html.contains("value=\"Ole Sørensen\""),
        "what was typed is kept"
    );
    assert!(html.contains("checked"), "and the chosen slot");
    // The citizen whose number the stranger typed still gets their call-back, from
    // their own address behind the same proxy.
    let citizen = Visitor::new(&app, "198.51.100.1");
    assert_eq!(call_back(&citizen, &slots[3].id, "Ole").await.status(), 200);
}

#[tokio::test]
async fn without_trusted_proxies_x_forwarded_for_is_ignored() {
    let app = spawn(false).await;
    let slots = bookings::free_slots(&app.state.db, &app.state.clock, Kind::Callback)
        .await
        .unwrap();
    // Both come from 127.0.0.1 and name other addresses; neither is believed.
    let one = Visitor::new(&app, "203.0.113.7");
    let other = Visitor::new(&app, "198.51.100.1");
    assert_eq!(call_back(&one, &slots[0].id, "En").await.status(), 200);
    assert_eq!(call_back(&other, &slots[1].id, "To").await.status(), 200);
    refused_page(call_back(&one, &slots[2].id, "En").await).await;
    refused_page(call_back(&other, &slots[3].id, "To").await).await;
}

#[tokio::test]
async fn was_it_easy_is_limited_per_client_and_keeps_the_words() {
    let app = spawn(true).await;
    let last = "/hjaelp/guider/mistet-mitid/trin/5";
    let answer = |words| {
        [
            ("task", "guide"),
            ("back", last),
            ("score", "3"),
            ("words", words),
        ]
    };
    let one = Visitor::new(&app, "203.0.113.7");
    for _ in 0..2 {
        let response = one.submit(last, "/var-det-let", &answer("Fint")).await;
        assert_eq!(response.status(), 200);
    }
    let html = refused_page(
        one.submit(last, "/var-det-let", &answer("Svært at finde"))
            .await,
    )
    .await;
    assert!(html.contains("Svært at finde"), "the words are kept");
    let other = Visitor::new(&app, "198.51.100.1");
    let response = other.submit(last, "/var-det-let", &answer("Let")).await;
    assert_eq!(response.status(), 200);
    let stored = app
        .count(
            "SELECT COUNT(*) FROM help_feedback WHERE task = $1",
            "guide",
        )
        .await;
    assert_eq!(stored, 3, "the refused answer is not stored");
}

#[tokio::test]
async fn logins_are_limited_per_client() {
    let app = spawn(true).await;
    let mette = app.persona_id("Mette Hansen").await;
    let login = [("person_id", mette.as_str())];
    let one = Visitor::new(&app, "203.0.113.7");
    for _ in 0..2 {
        let response = one.submit("/log-ind", "/log-ind/demo", &login).await;
        assert_eq!(response.status(), 303);
    }
    let html = refused_page(one.submit("/log-ind", "/log-ind/demo", &login).await).await;
    assert!(html.contains("Du har prøvet for mange gange"));
    let other = Visitor::new(&app, "198.51.100.1");
    let response = other.submit("/log-ind", "/log-ind/demo", &login).await;
    assert_eq!(response.status(), 303);
}

/// A 429 problem document with `Retry-After`.
async fn refused_problem(response: reqwest::Response) -> Value {
    assert_eq!(response.status(), 429);
    assert_eq!(
        header(&response, "content-type"),
        "application/problem+json"
    );
    let wait: u64 = header(&response, "retry-after").parse().unwrap();
    let problem: Value = response.json().await.unwrap();
    assert_eq!(problem["status"], 429);
    assert!(
        problem["detail"]
            .as_str()
            .unwrap()
            .contains(&format!("{wait} sekunder")),
        "{problem}"
    );
    problem
}

#[tokio::test]
async fn wrong_api_keys_are_limited_per_client_and_never_lock_out_a_right_key() {
    let app = spawn(true).await;
    let key = app.api_key("Telefonrobot").await;
    let guesser = Visitor::new(&app, "203.0.113.7");
    for _ in 0..2 {
        assert_eq!(guesser.api("bb_forkert").await.status(), 401);
    }
    refused_problem(guesser.api("bb_forkert").await).await;
    // Another client's wrong key is its own.
    let other = Visitor::new(&app, "198.51.100.1");
    assert_eq!(other.api("bb_forkert").await.status(), 401);
    // The right key, even from the guesser's address, is served.
    assert_eq!(guesser.api(&key).await.status(), 200);
}

#[tokio::test]
async fn the_api_is_limited_per_key() {
    let app = spawn(true).await;
    let busy = app.api_key("Telefonrobot").await;
    let calm = app.api_key("Sagssystem").await;
    // One address, two systems: the limit is each key's own.
    let system = Visitor::new(&app, "203.0.113.7");
    for _ in 0..2 {
        assert_eq!(system.api(&busy).await.status(), 200);
    }
    refused_problem(system.api(&busy).await).await;
    // From another address the busy key is still spent.
    let elsewhere = Visitor::new(&app, "198.51.100.1");
    assert_eq!(elsewhere.api(&busy).await.status(), 429);
    assert_eq!(system.api(&calm).await.status(), 200);
}
