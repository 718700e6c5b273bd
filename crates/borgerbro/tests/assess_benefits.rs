//! Benefits on SQLite and PostgreSQL: a benefit that follows a live figure is measured by
//! the months the sweep counts (`borgerbro sweep --as-of`), and books value only once a
//! finished month measured it; one measured by hand takes its measurements through the
//! form, refuses bad ones with the typed values kept and nothing stored, and, past its
//! day without its target, is noticed once by the sweep and asks for an analysis that is
//! published with the case; who may read and write.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use borgerbro::auth::ApiScope;
use common::{Hands, TestApp};
use reqwest::Method;
use serde_json::{json, Value};

const PUBLISHED: &str = "0195c0de-0000-7000-8000-0000000000e1";
const DRAFT: &str = "0195c0de-0000-7000-8000-0000000000e2";

/// The demo, loaded on 1 October 2026.
async fn spawn() -> (TestApp, Hands) {
    TestApp::spawn_at("2026-10-01T08:00:00Z").await
}

async fn benefits(app: &TestApp, project: &str) -> (u16, String, Value) {
    app.get_json(&format!("/api/v1/projects/{project}/benefits"))
        .await
}

fn titled<'a>(body: &'a Value, title: &str) -> &'a Value {
    body["benefits"]
        .as_array()
        .unwrap()
        .iter()
        .find(|b| b["title"] == title)
        .unwrap_or_else(|| panic!("no benefit {title} in {body}"))
}

const PAGE: &str = "/projekter/0195c0de-0000-7000-8000-0000000000e1/gevinster";

async fn add(app: &TestApp, fields: &[(&str, &str)]) -> reqwest::Response {
    app.submit(PAGE, PAGE, fields).await
}

#[tokio::test]
async fn a_live_benefit_is_measured_by_the_months_the_sweep_counts() {
    let (app, hands) = spawn().await;
    app.login_as("Lars Mikkelsen").await;
    let added = add(
        &app,
        &[
            ("title", "Færre ulæste breve"),
            ("measure", "unread_after_7_days"),
            ("unit", ""),
            ("baseline", "20"),
            ("target", "5"),
            ("starts", "2026-11-01"),
            ("due", "2026-12-31"),
            ("how", "Månedens tal på /tal"),
            ("owner", "Borgerservice"),
            ("yearly_value", "90.000"),
        ],
    )
    .await;
    assert_eq!(added.status(), 303);

    // Seven letters in November; Mette opens two, so five lie unread on their seventh day.
    hands.set("2026-11-10T09:00:00Z");
    let key = app
        .api_key_with("Sagssystem", &[ApiScope::LettersSend])
        .await;
    let mette = app.persona_id("Mette Hansen").await;
    let mut ids = Vec::new();
    for i in 0..7 {
        let (status, sent) = app
            .api(
                &key,
                reqwest::Method::POST,
                "/api/v1/messages",
                Some(
                    json!({"recipient": {"person_id": mette}, "subject": format!("Kvittering {i}"),
                            "body": "Tak for din ansøgning. Vi svarer dig inden for fire uger."}),
                ),
            )
            .await;
        assert_eq!(status, 201, "{sent}");
        ids.push(sent["id"].as_str().unwrap().to_owned());
    }
    hands.set("2026-11-12T09:00:00Z");
    app.login_as("Mette Hansen").await;
    for id in &ids[..2] {
        app.get_html(&format!("/post/{id}")).await;
    }

    // Before any month is counted, nothing is measured and nothing booked.
    let (status, content_type, before) = benefits(&app, PUBLISHED).await;
    assert_eq!((status, content_type.as_str()), (200, "application/json"));
    let live = titled(&before, "Færre ulæste breve");
    assert_eq!(live["status"], "not_measured");
    assert_eq!(live["realised"], Value::Null);
    assert_eq!(live["measurements"], json!([]));

    // November counted while it runs is provisional: shown, but books nothing.
    app.sweep_as_of("2026-11-20T12:00:00Z");
    let (_, _, running) = benefits(&app, PUBLISHED).await;
    let live = titled(&running, "Færre ulæste breve");
    assert_eq!(live["measurements"][0]["month"], "2026-11");
    assert_eq!(live["measurements"][0]["provisional"], true);
    assert_eq!(live["realised"], Value::Null);

    // Counted once November is over: five unread, the target, so the value is booked.
    let swept = app.sweep_as_of("2026-12-01T12:00:00Z");
    hands.set("2026-12-01T13:00:00Z");
    assert!(swept.contains("benefits that newly missed"), "{swept}");
    let (_, _, after) = benefits(&app, PUBLISHED).await;
    let live = titled(&after, "Færre ulæste breve");
    assert_eq!(
        live["measurements"][0],
        json!({"on": "2026-11-01", "month": "2026-11", "value": 5.0, "provisional": false, "note": ""})
    );
    assert_eq!(live["newest"], 5.0);
    assert_eq!(live["status"], "reached");
    assert_eq!(live["realised"], 90_000.0);
    // December has no letters: under five, not told.
    assert_eq!(live["measurements"][1]["value"], Value::Null);
    assert_eq!(live["measurements"][1]["provisional"], true);

    // The owner's page and the published case say the same.
    app.login_as("Lars Mikkelsen").await;
    let page = app.get_html(PAGE).await;
    assert!(page.contains("Målet er nået"), "{page}");
    assert!(page.contains("90.000 kr."), "{page}");
    let public = common::client()
        .get(app.url(&format!("/vurderinger/{PUBLISHED}/businesscase")))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(public.contains("Færre ulæste breve"), "{public}");
    assert!(public.contains(&format!("/api/v1/projects/{PUBLISHED}/benefits")));
}

#[tokio::test]
async fn a_benefit_measured_by_hand_books_only_what_is_measured_and_explains_a_miss() {
    let (app, hands) = spawn().await;
    app.login_as("Lars Mikkelsen").await;
    let count = "SELECT COUNT(*) FROM assess_benefits WHERE project_id = $1";
    let before = app.count(count, PUBLISHED).await;

    // A mistake: every wrong field named, everything typed kept, nothing stored.
    let refused = add(
        &app,
        &[
            ("title", "Færre opkald om affald"),
            ("measure", "manual"),
            ("unit", ""),
            ("baseline", "300"),
            ("target", "tre hundrede"),
            ("starts", "2026-09-01"),
            ("due", "2026-08-01"),
            ("how", "Telefonsystemet"),
            ("owner", "Teamleder"),
            ("yearly_value", ""),
        ],
    )
    .await;
    assert_eq!(refused.status(), 422);
    let html = refused.text().await.unwrap();
    for message in [
        "Skriv, hvad målingen tæller",
        "Skriv et tal, for eksempel 330 eller 12,5.",
        "Datoen for målet ligger før løsningen er i drift",
    ] {
        assert!(html.contains(message), "{message} in {html}");
    }
    assert!(
        html.contains("value=\"tre hundrede\""),
        "the typed value comes back"
    );
    assert!(
        html.contains("href=\"#unit\""),
        "the summary links the field"
    );
    assert_eq!(app.count(count, PUBLISHED).await, before);

    let added = add(
        &app,
        &[
            ("title", "Færre opkald om affald"),
            ("measure", "manual"),
            ("unit", "opkald om måneden"),
            ("baseline", "300"),
            ("target", "200"),
            ("starts", "2026-09-01"),
            ("due", "2026-10-31"),
            ("how", "Telefonsystemet, første hverdag i måneden"),
            ("owner", "Teamleder"),
            ("yearly_value", "100000"),
        ],
    )
    .await;
    assert_eq!(added.status(), 303);
    let (_, _, body) = benefits(&app, PUBLISHED).await;
    let benefit = titled(&body, "Færre opkald om affald");
    let id = benefit["id"].as_str().unwrap().to_owned();
    assert_eq!(
        benefit["realised"],
        Value::Null,
        "nothing booked before it is measured"
    );
    let planned_before = body["planned"].as_f64().unwrap();

    // A measurement before the solution ran, or in the future, is refused and kept.
    let record = format!("{PAGE}/{id}/maaling");
    let refused = app
        .submit(
            PAGE,
            &record,
            &[("on", "2026-08-15"), ("value", "280"), ("note", "")],
        )
        .await;
    assert_eq!(refused.status(), 422);
    let html = refused.text().await.unwrap();
    assert!(html.contains("Målinger før løsningen kom i drift tæller ikke"));
    assert!(html.contains("value=\"280\""));
    assert!(html.contains(&format!("href=\"#b{id}-on\"")));
    let tomorrow = app
        .submit(
            PAGE,
            &record,
            &[("on", "2026-10-02"), ("value", "280"), ("note", "")],
        )
        .await;
    assert_eq!(tomorrow.status(), 422);
    assert_eq!(
        app.count(
            "SELECT COUNT(*) FROM assess_benefit_measurements WHERE benefit_id = $1",
            &id
        )
        .await,
        0
    );

    // Half way: half the value is booked.
    let saved = app
        .submit(
            PAGE,
            &record,
            &[
                ("on", "2026-09-30"),
                ("value", "250"),
                ("note", "Efter kampagnen"),
            ],
        )
        .await;
    assert_eq!(saved.status(), 303);
    let (_, _, body) = benefits(&app, PUBLISHED).await;
    let benefit = titled(&body, "Færre opkald om affald");
    assert_eq!(benefit["realised"], 50_000.0);
    assert_eq!(benefit["status"], "on_track");
    assert_eq!(benefit["measurements"][0]["note"], "Efter kampagnen");
    assert!(body["realised"].as_f64().unwrap() >= 50_000.0);
    assert_eq!(body["planned"].as_f64().unwrap(), planned_before);

    // An analysis before the day has passed is refused.
    let explain = format!("{PAGE}/{id}/analyse");
    let early = app
        .submit(PAGE, &explain, &[("analysis", "For tidligt")])
        .await;
    assert_eq!(early.status(), 422);

    // Past its day without the target: the sweep notices it once, and Min side says so.
    hands.set("2026-11-02T09:00:00Z");
    app.sweep_as_of("2026-11-02T10:00:00Z");
    app.sweep_as_of("2026-11-02T11:00:00Z");
    app.login_as("Lars Mikkelsen").await;
    let noticed =
        "SELECT COUNT(*) FROM audit_entries WHERE action = 'assess.benefit.missed' AND object = $1";
    assert_eq!(app.count(noticed, &id).await, 1);
    let mine = app.get_html("/min-side").await;
    assert!(mine.contains("har ikke nået"), "{mine}");
    let page = app.get_html(PAGE).await;
    assert!(page.contains("Skriv en forklaring på hvorfor"), "{page}");

    // The analysis is kept and published with the case.
    let empty = app.submit(PAGE, &explain, &[("analysis", " ")]).await;
    assert_eq!(empty.status(), 422);
    let written = app
        .submit(
            PAGE,
            &explain,
            &[("analysis", "Kampagnen kom en måned for sent.")],
        )
        .await;
    assert_eq!(written.status(), 303);
    let (_, _, body) = benefits(&app, PUBLISHED).await;
    let benefit = titled(&body, "Færre opkald om affald");
    assert_eq!(benefit["status"], "explained");
    assert_eq!(benefit["analysis"], "Kampagnen kom en måned for sent.");
    let public = app
        .get_html(&format!("/vurderinger/{PUBLISHED}/businesscase"))
        .await;
    assert!(public.contains("Kampagnen kom en måned for sent."));

    // A refused measurement keeps what was typed there and the saved analysis beside it.
    let refused = app
        .submit(
            PAGE,
            &record,
            &[("on", "i går"), ("value", "190"), ("note", "")],
        )
        .await;
    assert_eq!(refused.status(), 422);
    let html = refused.text().await.unwrap();
    assert!(html.contains("value=\"190\""), "the typed value stays");
    assert!(
        html.contains(">Kampagnen kom en måned for sent.</textarea>"),
        "the analysis is not lost: {html}"
    );
}

#[tokio::test]
async fn readers_read_benefits_and_only_project_owners_change_them() {
    let (app, _) = spawn().await;
    // The demo's benefits: one missed with its analysis, one on its way.
    let (_, _, body) = benefits(&app, PUBLISHED).await;
    assert_eq!(body["benefits"].as_array().unwrap().len(), 3);
    assert_eq!(
        titled(&body, "Færre opkald til Borgerservice om boligstøtte")["status"],
        "explained"
    );
    assert_eq!(
        titled(&body, "Færre ansøgninger på papir")["status"],
        "on_track"
    );

    // A case not published has no public benefits.
    let (status, content_type, problem) = benefits(&app, DRAFT).await;
    assert_eq!(
        (status, content_type.as_str()),
        (404, "application/problem+json"),
        "{problem}"
    );

    // The data protection officer reads, and may not add.
    app.login_as("Hanne Lund").await;
    let html = app.get_html(PAGE).await;
    assert!(!html.contains("Tilføj gevinsten"), "a reader gets no form");
    let refused = app
        .submit(PAGE, PAGE, &[("title", "X"), ("measure", "manual")])
        .await;
    assert_eq!(refused.status(), 403);

    // A citizen sees nothing of it.
    app.login_as("Mette Hansen").await;
    assert_eq!(app.get(PAGE).await.status(), 403);
}

#[tokio::test]
async fn a_system_records_a_measurement_of_a_benefit_measured_by_hand() {
    let (app, _) = spawn().await;
    let (_, _, body) = benefits(&app, PUBLISHED).await;
    let calls = titled(&body, "Færre ansøgninger på papir")["id"]
        .as_str()
        .unwrap()
        .to_owned();
    let live = titled(&body, "Flere læser brevene om boligstøtte i tide")["id"]
        .as_str()
        .unwrap()
        .to_owned();
    let path =
        |benefit: &str| format!("/api/v1/projects/{PUBLISHED}/benefits/{benefit}/measurements");

    // A key without the scope is refused, naming it.
    let reader = app.api_key_with("Læser", &[ApiScope::LettersSend]).await;
    let (status, problem) = app
        .api(
            &reader,
            Method::POST,
            &path(&calls),
            Some(json!({"on": "2026-09-30", "value": 64})),
        )
        .await;
    assert_eq!(status, 403, "{problem}");

    let key = app
        .api_key_with("Sagssystem", &[ApiScope::AssessmentsWrite])
        .await;
    let (status, recorded) = app
        .api(
            &key,
            Method::POST,
            &path(&calls),
            Some(json!({"on": "2026-09-30", "value": 64, "note": "Fra sagssystemet"})),
        )
        .await;
    assert_eq!(status, 201, "{recorded}");
    let newest = recorded["measurements"]
        .as_array()
        .unwrap()
        .last()
        .unwrap()
        .clone();
    assert_eq!(newest["on"], "2026-09-30");
    assert_eq!(newest["value"], 64.0);
    assert_eq!(recorded["newest"], 64.0);
    // From 120 toward 60: 56 of 60 is 93.3% of 180,000 kr.
    assert_eq!(recorded["realised"], 168_000.0);
    // A value with decimals is read as sent, not as a Dane's thousands.
    let (status, precise) = app
        .api(
            &key,
            Method::POST,
            &path(&calls),
            Some(json!({"on": "2026-09-30", "value": 62.125})),
        )
        .await;
    assert_eq!(status, 201, "{precise}");
    assert_eq!(precise["newest"], 62.125);

    for (benefit, sent, field) in [
        (&calls, json!({"on": "2026-10-05", "value": 60}), "on"),
        (&calls, json!({"on": "2025-01-01", "value": 60}), "on"),
        (&live, json!({"on": "2026-09-30", "value": 80}), "value"),
    ] {
        let (status, problem) = app
            .api(&key, Method::POST, &path(benefit), Some(sent.clone()))
            .await;
        assert_eq!(status, 422, "{sent}: {problem}");
        assert_eq!(problem["errors"][0]["field"], field, "{sent}");
    }
    let (status, _) = app
        .api(
            &key,
            Method::POST,
            &path(&calls),
            Some(json!({"on": "2026-09-30"})),
        )
        .await;
    assert_eq!(status, 400, "no value is no measurement");
    let (status, _) = app
        .api(
            &key,
            Method::POST,
            &path("0195c0de-0000-7000-8000-00000000ffff"),
            Some(json!({"on": "2026-09-30", "value": 1})),
        )
        .await;
    assert_eq!(status, 404);
    assert_eq!(
        app.count(
            "SELECT COUNT(*) FROM assess_benefit_measurements WHERE benefit_id = $1",
            &calls
        )
        .await,
        5,
        "the demo's three and the two recorded"
    );
}
