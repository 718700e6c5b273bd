//! The inclusion figures on SQLite and PostgreSQL: a month's letters counted by the sweep
//! (`borgerbro sweep --as-of`), a count under five never told (in the API, on the page and
//! in the CSV), a month that is over never counted again, and months that cannot be read
//! refused with a message that says what to write.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use borgerbro::auth::ApiScope;
use common::{header, Hands, TestApp};
use serde_json::{json, Value};

/// The demo, loaded on 1 October 2026, so that November holds only what a test sends.
async fn spawn() -> (TestApp, Hands) {
    TestApp::spawn_at("2026-10-01T08:00:00Z").await
}

/// Sends `n` letters to Mette; answers their ids.
async fn send_letters(app: &TestApp, n: usize) -> Vec<String> {
    let key = app
        .api_key_with("Sagssystem", &[ApiScope::LettersSend])
        .await;
    let mette = app.persona_id("Mette Hansen").await;
    let mut ids = Vec::new();
    for i in 0..n {
        let (status, sent) = app
            .api(
                &key,
                reqwest::Method::POST,
                "/api/v1/messages",
                Some(json!({
                    "recipient": {"person_id": mette},
                    "subject": format!("Kvittering {i}"),
                    "body": "Tak for din ansøgning. Vi har fået den og svarer dig inden for fire uger.",
                })),
            )
            .await;
        assert_eq!(status, 201, "{sent}");
        ids.push(sent["id"].as_str().unwrap().to_owned());
    }
    ids
}

async fn insight(app: &TestApp, query: &str) -> (u16, String, Value) {
    app.get_json(&format!("/api/v1/insight{query}")).await
}

#[tokio::test]
async fn a_month_is_counted_by_the_sweep_and_never_again_once_it_is_over() {
    let (app, hands) = spawn().await;
    hands.set("2026-11-10T09:00:00Z");
    let ids = send_letters(&app, 7).await;
    // Mette opens two of them two days later.
    hands.set("2026-11-12T09:00:00Z");
    app.login_as("Mette Hansen").await;
    for id in &ids[..2] {
        app.get_html(&format!("/post/{id}")).await;
    }

    let swept = app.sweep_as_of("2026-12-01T12:00:00Z");
    assert!(
        swept.contains("Counted the inclusion figures of"),
        "{swept}"
    );
    assert!(
        swept.contains("2026-11") && swept.contains("2026-12"),
        "{swept}"
    );
    let (status, _, body) = insight(&app, "?from=2026-11&to=2026-11").await;
    assert_eq!(status, 200, "{body}");
    let november = &body["months"][0];
    assert_eq!(november["month"], "2026-11");
    assert_eq!(november["final"], true);
    assert_eq!(november["letters_sent"], 7);
    // Their seventh day, the 17th, fell in November: five still unopened then.
    assert_eq!(november["unread_after_7_days"], 5);
    // Two opened: under five, so not told.
    assert_eq!(november["opened"], Value::Null);
    assert_eq!(november["suppressed"], true);
    assert_eq!(november["escalations"]["visit"], Value::Null);
    assert_eq!(november["escalations"]["suppressed"], true);
    // The demo's year of letters is in October, not November.
    assert_eq!(body["months"].as_array().unwrap().len(), 1);

    // Mette opens three more in December, and the sweep runs again: November is over,
    // counted for the last time on 1 December, and its figures stay as they were.
    hands.set("2026-12-02T09:00:00Z");
    app.login_as("Mette Hansen").await;
    for id in &ids[2..5] {
        app.get_html(&format!("/post/{id}")).await;
    }
    app.sweep_as_of("2026-12-02T12:00:00Z");
    let (_, _, again) = insight(&app, "?from=2026-11&to=2026-12").await;
    assert_eq!(again["months"][0], *november, "a past month never changes");
    let december = &again["months"][1];
    assert_eq!(december["month"], "2026-12");
    assert_eq!(december["final"], false);

    // The page and the CSV tell the same, "under 5" and "<5" where the API says null.
    let page = app.get_html("/tal?fra=2026-11&til=2026-11").await;
    assert!(
        page.contains("<th scope=\"row\">november 2026</th><td>7</td><td>under 5</td><td>5</td>"),
        "{page}"
    );
    assert!(
        page.contains("<svg class=\"bb-chart\""),
        "a chart beside the table"
    );
    let csv = app.get("/tal.csv?fra=2026-11&til=2026-11").await;
    assert_eq!(header(&csv, "content-type"), "text/csv; charset=utf-8");
    let csv = csv.text().await.unwrap();
    let mut rows = csv::Reader::from_reader(csv.as_bytes());
    let columns = rows.headers().unwrap().clone();
    let row = rows.records().next().unwrap().unwrap();
    let cell = |name: &str| {
        row.get(columns.iter().position(|c| c == name).unwrap())
            .unwrap()
            .to_owned()
    };
    assert_eq!(cell("month"), "2026-11");
    assert_eq!(cell("letters_sent"), "7");
    assert_eq!(cell("opened"), "<5");
    assert_eq!(cell("unread_after_7_days"), "5");
}

#[tokio::test]
async fn a_month_that_cannot_be_read_is_refused_with_what_to_write() {
    let (app, hands) = spawn().await;
    hands.set("2026-11-10T09:00:00Z");
    for (query, field) in [
        ("?from=2026-12", "from"),
        ("?to=2027-01", "to"),
        ("?from=2026-13", "from"),
        ("?from=november", "from"),
        ("?from=2026-10&to=2026-09", "from"),
        ("?from=2000-01&to=2026-11", "from"),
        ("?to=", "to"),
        ("?from=%202026-01", "from"),
    ] {
        let (status, content_type, body) = insight(&app, query).await;
        assert_eq!(status, 422, "{query}: {body}");
        assert_eq!(content_type, "application/problem+json", "{query}");
        assert_eq!(body["errors"][0]["field"], field, "{query}: {body}");
    }
    // A month never counted is left out, not made up.
    let (status, _, body) = insight(&app, "?from=2026-01&to=2026-03").await;
    assert_eq!(status, 200);
    assert_eq!(body["months"], json!([]));

    // The page says what to write, keeping what was written.
    let page = app.get_html("/tal?fra=2026-12&til=").await;
    assert!(page.contains("id=\"error-summary\""), "{page}");
    assert!(page.contains("Vælg en måned, der er begyndt."), "{page}");
    assert!(
        page.contains("value=\"2026-12\""),
        "the month written stays"
    );
    let page = app.get_html("/tal?fra=maj").await;
    assert!(page.contains("Skriv måneden som år og måned, for eksempel 2026-01."));
}
