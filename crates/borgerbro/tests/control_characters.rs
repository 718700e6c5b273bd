//! Control characters in typed text, as a class (issue 15): NUL and the other control
//! characters are refused in every field that stores text, by the API with 422
//! problem+json naming the field and by the pages with the form kept and an error
//! summary, and nothing is stored. Tabs and line breaks stay allowed where a text has
//! several lines. The rule is `forms::control_problem`; the OpenAPI document states it.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use common::{header, TestApp};
use serde_json::{json, Value};

/// What the pages and the API say, in Danish, for text with a control character.
const REFUSED_DA: &str = "Feltet indeholder tegn, vi ikke kan gemme.";

async fn post_json(
    app: &TestApp,
    key: &str,
    path: &str,
    idempotency: &str,
    body: &Value,
) -> (u16, String, Value) {
    let response = reqwest::Client::new()
        .post(app.url(path))
        .bearer_auth(key)
        .header("Idempotency-Key", idempotency)
        .json(body)
        .send()
        .await
        .unwrap();
    let status = response.status().as_u16();
    let kind = header(&response, "content-type").to_owned();
    (status, kind, response.json().await.unwrap_or_default())
}

async fn count(app: &TestApp, sql: &str) -> i64 {
    let (n,): (i64,) = sqlx::query_as(sql)
        .fetch_one(&app.state.db.pool)
        .await
        .unwrap();
    n
}

fn base64(bytes: &[u8]) -> String {
    use base64::Engine;
    base64::engine::general_purpose::STANDARD.encode(bytes)
}

const PDF: &[u8] = b"%PDF-1.4\n1 0 obj <</Type /Catalog>> endobj\ntrailer <</Root 1 0 R>>\n%%EOF\n";

#[tokio::test]
async fn the_api_refuses_control_characters_in_every_text_and_stores_nothing() {
    let app = TestApp::spawn().await;
    let key = app.api_key("Sagssystem").await;
    let mette = app.persona_id("Mette Hansen").await;
    let letters = "SELECT COUNT(*) FROM messages";
    let before = count(&app, letters).await;
    let letter = |subject: &str, body: &str| json!({"recipient": {"person_id": mette}, "subject": subject, "body": body});
    let mut with_summary = letter("Møde", "Kom tirsdag.");
    with_summary["summary"] = json!("Kom\u{0} tirsdag kl. 10 til møde.");
    let mut with_file = letter("Møde", "Kom tirsdag.");
    with_file["attachments"] = json!([{
        "filename": "bilag\u{0}.pdf", "content_type": "application/pdf", "data_base64": base64(PDF)
    }]);
    let cases = [
        (letter("Møde\u{0}", "Kom tirsdag."), "subject"),
        // A subject is one line: a line break in it is refused too.
        (letter("Møde\ni morgen", "Kom tirsdag."), "subject"),
        (letter("Møde", "Kom\u{1b}[31m tirsdag."), "body"),
        (letter("Møde", "Kom tirsdag.\u{7f}"), "body"),
        (with_summary, "summary"),
        (with_file, "attachments"),
    ];
    for (number, (body, field)) in cases.into_iter().enumerate() {
        let (status, kind, problem) = post_json(
            &app,
            &key,
            "/api/v1/messages",
            &format!("nul-{number}"),
            &body,
        )
        .await;
        assert_eq!(status, 422, "{body}: {problem}");
        assert_eq!(kind, "application/problem+json");
        assert_eq!(problem["errors"][0]["field"], field, "{problem}");
        if field != "attachments" {
            assert!(
                problem["errors"][0]["detail"]
                    .as_str()
                    .unwrap()
                    .starts_with(REFUSED_DA),
                "{problem}"
            );
        }
    }

    // Batches: the template, a merged letter, and a merge field no letter uses.
    let batch = |subject: &str, fields: Value| {
        json!({
            "template": {"subject": subject, "body": "Kære {{ navn }}\n\nDin sag er afgjort."},
            "recipients": [{"recipient": {"person_id": mette}, "fields": fields}]
        })
    };
    for (number, (body, field)) in [
        (batch("Afgørelse\u{0}", json!({"navn": "Mette"})), "subject"),
        (
            batch("Afgørelse til {{ navn }}", json!({"navn": "Mette\u{0}"})),
            "recipients[0]",
        ),
        // A line break merged into a subject breaks the subject's one line.
        (
            batch("Afgørelse til {{ navn }}", json!({"navn": "Mette\nHansen"})),
            "recipients[0]",
        ),
        (
            batch("Afgørelse", json!({"navn": "Mette", "ubrugt": "\u{0}"})),
            "recipients[0]",
        ),
    ]
    .into_iter()
    .enumerate()
    {
        let (status, kind, problem) = post_json(
            &app,
            &key,
            "/api/v1/messages/batch",
            &format!("nul-batch-{number}"),
            &body,
        )
        .await;
        assert_eq!(status, 422, "{body}: {problem}");
        assert_eq!(kind, "application/problem+json");
        assert_eq!(problem["errors"][0]["field"], field, "{problem}");
    }
    assert_eq!(count(&app, letters).await, before, "no letter stored");
    assert_eq!(
        count(&app, "SELECT COUNT(*) FROM batches").await,
        0,
        "no batch stored"
    );

    // Tabs and line breaks stay where a text has several lines.
    let (status, _, sent) = post_json(
        &app,
        &key,
        "/api/v1/messages",
        "lines",
        &letter("Møde", "Kom tirsdag.\r\n\tHusk dit sygesikringskort."),
    )
    .await;
    assert_eq!(status, 201, "{sent}");

    // A booking's topic and note, a note of disagreement.
    let slots: Value = app
        .client
        .get(app.url("/api/v1/bookings/slots?kind=front_desk"))
        .bearer_auth(&key)
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let slot = slots[0]["id"].as_str().unwrap();
    let bookings = "SELECT COUNT(*) FROM bookings";
    let booked = count(&app, bookings).await;
    for (number, (body, field)) in [
        (json!({"slot_id": slot, "citizen": mette, "topic": "Boligstøtte\u{0}"}), "topic"),
        (json!({"slot_id": slot, "citizen": mette, "topic": "Boligstøtte", "note": "Tag\u{8} kort med"}), "note"),
    ]
    .into_iter()
    .enumerate()
    {
        let (status, _, problem) =
            post_json(&app, &key, "/api/v1/bookings", &format!("nul-booking-{number}"), &body)
                .await;
        assert_eq!(status, 422, "{body}: {problem}");
        assert_eq!(problem["errors"][0]["field"], field, "{problem}");
    }
    assert_eq!(count(&app, bookings).await, booked, "no booking stored");

    let notes = "SELECT COUNT(*) FROM mydata_notes";
    let noted = count(&app, notes).await;
    let (status, _, problem) = post_json(
        &app,
        &key,
        &format!("/api/v1/people/{mette}/notes"),
        "nul-note",
        &json!({"record": {"kind": "person"}, "text": "Min adresse er forkert\u{0}"}),
    )
    .await;
    assert_eq!(status, 422, "{problem}");
    assert_eq!(problem["errors"][0]["field"], "text", "{problem}");
    assert_eq!(count(&app, notes).await, noted, "no note stored");
}

#[tokio::test]
async fn a_form_with_control_characters_is_kept_and_refused_by_field_and_nothing_is_stored() {
    let app = TestApp::spawn().await;
    let key = app.api_key("Sagssystem").await;
    let mette = app.persona_id("Mette Hansen").await;
    let (status, _, sent) = post_json(
        &app,
        &key,
        "/api/v1/messages",
        "to-answer",
        &json!({"recipient": {"person_id": mette}, "subject": "Passer tirsdag?", "body": "Svar os."}),
    )
    .await;
    assert_eq!(status, 201, "{sent}");
    let id = sent["id"].as_str().unwrap();
    let letter_page = format!("/post/{id}");

    // A citizen's answer.
    app.login_as("Mette Hansen").await;
    let refused = app
        .submit(
            &letter_page,
            &format!("/post/{id}/svar"),
            &[("body", "Tirsdag\u{0} passer.")],
        )
        .await;
    assert_eq!(refused.status(), 422);
    let html = refused.text().await.unwrap();
    assert!(html.contains(REFUSED_DA), "the message says what is wrong");
    assert_eq!(
        count(&app, "SELECT COUNT(*) FROM replies").await,
        0,
        "no answer stored"
    );

    // A call-back asked for without login: the form comes back as typed, with the
    // error in its summary and beside the field.
    let callbacks: Value = app
        .client
        .get(app.url("/api/v1/bookings/slots?kind=callback"))
        .bearer_auth(&key)
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let slot = callbacks[0]["id"].as_str().unwrap();
    let bookings = "SELECT COUNT(*) FROM bookings";
    let booked = count(&app, bookings).await;
    let anonymous = common::client();
    let form_page = anonymous
        .get(app.url("/ring-mig-op"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    let token = common::csrf_token(&form_page);
    let refused = anonymous
        .post(app.url("/ring-mig-op"))
        .form(&[
            ("csrf_token", token.as_str()),
            ("name", "Ole Sørensen"),
            ("phone", "12345678"),
            ("topic", "MitID\u{1}"),
            ("slot_id", slot),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(refused.status(), 422);
    let html = refused.text().await.unwrap();
    assert!(
        html.contains("value=\"Ole Sørensen\""),
        "the form keeps its values"
    );
    assert!(html.contains("error-summary"), "an error summary");
    assert!(html.contains(REFUSED_DA));
    assert_eq!(count(&app, bookings).await, booked, "no call-back stored");

    // A caseworker's draft holds no more than its letter could.
    app.login_as("Sofie Nielsen").await;
    let drafts = "SELECT COUNT(*) FROM drafts";
    let drafted = count(&app, drafts).await;
    let form = reqwest::multipart::Form::new()
        .text("recipient_query", "")
        .text("area", "general")
        .text("subject", "Udkast\u{0}")
        .text("summary", "")
        .text("body", "Et udkast.")
        .text("deadline", "")
        .text("action", "draft");
    let refused = app.submit_multipart("/breve/nyt", "/breve/nyt", form).await;
    assert_eq!(refused.status(), 422);
    let html = refused.text().await.unwrap();
    assert!(html.contains(REFUSED_DA));
    assert!(html.contains("Et udkast."), "the form keeps its values");
    assert_eq!(count(&app, drafts).await, drafted, "no draft stored");
}
