//! The life of a letter, on SQLite and PostgreSQL: sent by a system or a caseworker,
//! unopened, escalated with a moved deadline at the right moment, opened, receipt seen.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use borgerbro::audit::Actor;
use borgerbro::post;
use common::{header, TestApp};
use serde_json::{json, Value};

fn in_days(days: i64) -> String {
    jiff::Zoned::now()
        .date()
        .checked_add(jiff::Span::new().days(days))
        .unwrap()
        .to_string()
}

async fn send(
    app: &TestApp,
    key: &str,
    body: Value,
    idempotency: Option<&str>,
) -> reqwest::Response {
    let mut request = reqwest::Client::new()
        .post(app.url("/api/v1/messages"))
        .bearer_auth(key)
        .json(&body);
    if let Some(idempotency) = idempotency {
        request = request.header("Idempotency-Key", idempotency);
    }
    request.send().await.unwrap()
}

async fn message(app: &TestApp, key: &str, id: &str) -> Value {
    reqwest::Client::new()
        .get(app.url(&format!("/api/v1/messages/{id}")))
        .bearer_auth(key)
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap()
}

/// Posts the write page's form, with files as a browser attaches them.
async fn write(
    app: &TestApp,
    fields: &[(&str, &str)],
    files: &[(&str, &[u8])],
) -> reqwest::Response {
    let mut form = reqwest::multipart::Form::new();
    for (name, value) in fields {
        form = form.text(name.to_string(), value.to_string());
    }
    for (filename, bytes) in files {
        let part = reqwest::multipart::Part::bytes(bytes.to_vec()).file_name(filename.to_string());
        form = form.part("files", part);
    }
    app.submit_multipart("/breve/nyt", "/breve/nyt", form).await
}

/// A small but whole PDF.
const PDF: &[u8] = b"%PDF-1.4\n1 0 obj <</Type /Catalog>> endobj\ntrailer <</Root 1 0 R>>\n%%EOF\n";

fn base64(bytes: &[u8]) -> String {
    use base64::Engine;
    base64::engine::general_purpose::STANDARD.encode(bytes)
}

fn days_from_now(days: i64) -> String {
    jiff::Timestamp::now()
        .checked_add(jiff::Span::new().hours(24 * days))
        .unwrap()
        .to_string()
}

#[tokio::test]
async fn a_letter_is_sent_escalated_opened_and_its_receipt_seen() {
    let app = TestApp::spawn().await;
    let key = app.api_key("Sagssystem").await;
    let mette = app.persona_id("Mette Hansen").await;
    let deadline = in_days(20);
    let response = send(
        &app,
        &key,
        json!({
            "recipient": {"cpr": "150584-4122"},
            "subject": "Send os din lønseddel",
            "body": "Kære Mette\n\nVi mangler din lønseddel.<script>alert(1)</script>",
            "summary": "Send lønsedlen inden fristen.",
            "area": "employment",
            "action": {"deadline": deadline}
        }),
        None,
    )
    .await;
    assert_eq!(response.status(), 201);
    let sent: Value = response.json().await.unwrap();
    let id = sent["id"].as_str().unwrap().to_owned();
    assert_eq!(sent["channel"], "digital");
    assert_eq!(sent["status"], "sent");
    assert_eq!(sent["deadline"]["original"], deadline);
    assert_eq!(sent["opened_at"], Value::Null);

    // Six days on, nothing happens to it; eight days on, it escalates once.
    app.sweep_as_of(&days_from_now(6));
    assert_eq!(message(&app, &key, &id).await["escalations"], json!([]));
    let at = days_from_now(8);
    app.sweep_as_of(&at);
    assert!(
        app.sweep_as_of(&at).contains("Escalated 0"),
        "the same moment twice"
    );
    let escalated = message(&app, &key, &id).await;
    assert_eq!(escalated["escalations"].as_array().unwrap().len(), 1);
    assert_eq!(escalated["deadline"]["original"], deadline);
    assert_eq!(escalated["deadline"]["current"], in_days(34));
    assert_eq!(
        escalated["escalations"][0]["kind"], "phone",
        "Mette has a phone number"
    );
    assert_eq!(escalated["escalations"][0]["outcome"], Value::Null);

    // The citizen sees the letter, the moved deadline and why; the script is gone.
    app.login_as("Mette Hansen").await;
    let inbox = app.get_html("/post").await;
    assert!(inbox.contains("Send os din lønseddel"));
    assert!(inbox.contains("Ikke læst"));
    let html = app.get_html(&format!("/post/{id}")).await;
    assert!(html.contains("Kort fortalt"));
    assert!(
        html.find("Send lønsedlen inden fristen").unwrap()
            < html.find("Vi mangler din lønseddel").unwrap()
    );
    assert!(html.contains("Svar senest"));
    assert!(html.contains("Vi har givet dig mere tid"));
    assert!(!html.contains("<script>alert"), "never executed");

    let opened = message(&app, &key, &id).await;
    assert_eq!(opened["status"], "opened");
    assert_eq!(opened["opened_by"], "citizen");
    assert!(opened["opened_at"].as_str().unwrap().starts_with("20"));

    // The caseworker sees the receipt and records the outcome of the escalation.
    app.login_as("Sofie Nielsen").await;
    let status = app.get_html(&format!("/breve/{id}")).await;
    assert!(status.contains("Mette Hansen"));
    assert!(!status.contains("Ikke åbnet endnu"));
    let queue = app.get_html("/rykkere").await;
    assert!(queue.contains("Ring til borgeren: Mette Hansen"));
    assert!(queue.contains("22 33 44 55"));
    assert!(
        queue.contains("Ikke længere nødvendig: borgeren åbnede brevet"),
        "she opened it after it escalated: {queue}"
    );
    let escalation_id = {
        let ours = queue.find(&format!("/breve/{id}")).unwrap();
        let marker = "action=\"/rykkere/";
        let start = ours + queue[ours..].find(marker).unwrap() + marker.len();
        queue[start..start + queue[start..].find('"').unwrap()].to_owned()
    };
    let response = app
        .submit(
            "/rykkere",
            &format!("/rykkere/{escalation_id}"),
            &[("outcome", "reached")],
        )
        .await;
    assert_eq!(response.status(), 303);
    assert!(!app
        .get_html("/rykkere")
        .await
        .contains(&format!("/breve/{id}")));
    assert_eq!(
        message(&app, &key, &id).await["escalations"][0]["outcome"],
        "reached"
    );

    // Everything others did to Mette's letter is in her audit trail, and the chain holds.
    let actions: Vec<(String,)> =
        sqlx::query_as("SELECT action FROM audit_entries WHERE subject = $1 ORDER BY seq")
            .bind(&mette)
            .fetch_all(&app.state.db.pool)
            .await
            .unwrap();
    let actions: Vec<&str> = actions.iter().map(|(a,)| a.as_str()).collect();
    for expected in [
        "post.send",
        "post.escalate",
        "post.status",
        "post.escalation_outcome",
    ] {
        assert!(actions.contains(&expected), "{expected} in {actions:?}");
    }
    borgerbro::audit::verify(&app.state.db.pool).await.unwrap();
}

#[tokio::test]
async fn a_retry_with_the_same_key_gets_the_same_letter() {
    let app = TestApp::spawn().await;
    let key = app.api_key("Sagssystem").await;
    let mette = app.persona_id("Mette Hansen").await;
    let body = json!({"recipient": {"person_id": mette}, "subject": "Kvittering", "body": "Tak."});
    let first = send(&app, &key, body.clone(), Some("k-1")).await;
    assert_eq!(first.status(), 201);
    let first: Value = first.json().await.unwrap();
    let again = send(&app, &key, body, Some("k-1")).await;
    assert_eq!(again.status(), 200);
    let again: Value = again.json().await.unwrap();
    assert_eq!(first["id"], again["id"]);
    let other = send(
        &app,
        &key,
        json!({"recipient": {"person_id": mette}, "subject": "Noget andet", "body": "Tak."}),
        Some("k-1"),
    )
    .await;
    assert_eq!(other.status(), 409);
    let count: Vec<(String,)> =
        sqlx::query_as("SELECT id FROM messages WHERE subject = 'Kvittering'")
            .fetch_all(&app.state.db.pool)
            .await
            .unwrap();
    assert_eq!(count.len(), 1);
}

#[tokio::test]
async fn bad_letters_are_refused_field_by_field_and_nothing_is_sent() {
    let app = TestApp::spawn().await;
    let key = app.api_key("Sagssystem").await;
    let response = send(
        &app,
        &key,
        json!({"recipient": {"cpr": "311384-1234"}, "subject": " ", "body": "", "action": {"deadline": "i morgen"}}),
        None,
    )
    .await;
    assert_eq!(response.status(), 422);
    assert_eq!(
        header(&response, "content-type"),
        "application/problem+json"
    );
    let problem: Value = response.json().await.unwrap();
    let fields: Vec<&str> = problem["errors"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["field"].as_str().unwrap())
        .collect();
    assert_eq!(fields, ["recipient", "subject", "body", "action.deadline"]);

    let mette = app.persona_id("Mette Hansen").await;
    let past = send(
        &app,
        &key,
        json!({"recipient": {"person_id": mette}, "subject": "For sent", "body": "x", "action": {"deadline": in_days(-1)}}),
        None,
    )
    .await;
    assert_eq!(past.status(), 422);
    let unknown = send(
        &app,
        &key,
        json!({"recipient": {"person_id": "nobody"}, "subject": "x", "body": "x"}),
        None,
    )
    .await;
    assert_eq!(unknown.status(), 422);
    // A summary that says nothing, or says it in officialese, is refused like the page does.
    for (summary, says) in [
        ("Se brevet.", "mindst 4 ord"),
        (
            "Vedrørende ovennævnte bedes De venligst fremsende dokumentation.",
            "hverdagssprog",
        ),
    ] {
        let refused = send(
            &app,
            &key,
            json!({"recipient": {"person_id": mette}, "subject": "Møde", "body": "Kom tirsdag.", "summary": summary}),
            None,
        )
        .await;
        assert_eq!(refused.status(), 422);
        let problem: Value = refused.json().await.unwrap();
        assert_eq!(problem["errors"][0]["field"], "summary");
        assert!(problem.to_string().contains(says), "{problem}");
    }
    let attachment = |filename: &str, content_type: &str, data: String| {
        json!({"recipient": {"person_id": mette}, "subject": "Bilag", "body": "Se bilaget.",
               "attachments": [{"filename": filename, "content_type": content_type, "data_base64": data}]})
    };
    let too_large = [PDF, &vec![b' '; 20 * 1024 * 1024]].concat();
    for (body, says) in [
        (
            attachment("a.pdf", "application/pdf", base64(b"MZ\x90 a program")),
            "PDF",
        ),
        (attachment("a.pdf", "text/plain", base64(PDF)), "PDF"),
        (
            attachment("a.pdf", "application/pdf", base64(&too_large)),
            "20 MB",
        ),
        (
            attachment("a.pdf", "application/pdf", "ikke base64!".into()),
            "base64",
        ),
    ] {
        let response = send(&app, &key, body, None).await;
        assert_eq!(response.status(), 422, "refused, never sent without it");
        let problem: Value = response.json().await.unwrap();
        assert_eq!(problem["errors"][0]["field"], "attachments");
        let detail = problem["errors"][0]["detail"].as_str().unwrap_or_default();
        assert!(detail.contains(says), "{problem}");
    }
    let stored: Vec<(String,)> =
        sqlx::query_as("SELECT id FROM messages WHERE sender LIKE 'apikey:%'")
            .fetch_all(&app.state.db.pool)
            .await
            .unwrap();
    assert!(stored.is_empty(), "nothing was sent");
}

#[tokio::test]
async fn an_exempt_citizen_gets_paper_and_enough_time() {
    let app = TestApp::spawn().await;
    let key = app.api_key("Sagssystem").await;
    let karen = app.persona_id("Karen Jensen").await;
    reqwest::Client::new()
        .put(app.url(&format!("/api/v1/people/{karen}/exemption")))
        .bearer_auth(&key)
        .send()
        .await
        .unwrap();
    let too_soon = send(
        &app,
        &key,
        json!({"recipient": {"person_id": karen}, "subject": "Frist", "body": "x", "action": {"deadline": in_days(5)}}),
        None,
    )
    .await;
    assert_eq!(too_soon.status(), 422);
    let problem: Value = too_soon.json().await.unwrap();
    assert!(problem["errors"][0]["detail"]
        .as_str()
        .unwrap()
        .contains("10 dage"));
    let sent = send(
        &app,
        &key,
        json!({"recipient": {"person_id": karen}, "subject": "Frist", "body": "x", "action": {"deadline": in_days(14)}}),
        None,
    )
    .await;
    assert_eq!(sent.status(), 201);
    let sent: Value = sent.json().await.unwrap();
    assert_eq!(sent["channel"], "paper");
    // Paper letters do not escalate as unopened: no one can see them opened.
    app.sweep_as_of(&days_from_now(9));
    let id = sent["id"].as_str().unwrap();
    assert_eq!(message(&app, &key, id).await["escalations"], json!([]));
}

#[tokio::test]
async fn a_citizen_never_sees_another_citizens_letter() {
    let app = TestApp::spawn().await;
    let key = app.api_key("Sagssystem").await;
    let mette = app.persona_id("Mette Hansen").await;
    let sent: Value = send(
        &app,
        &key,
        json!({"recipient": {"person_id": mette}, "subject": "Privat", "body": "Kun til Mette."}),
        None,
    )
    .await
    .json()
    .await
    .unwrap();
    let id = sent["id"].as_str().unwrap();
    app.login_as("Olena Kovalenko").await;
    assert_eq!(app.get(&format!("/post/{id}")).await.status(), 404);
    assert_eq!(
        app.get("/post/0195c0de-0000-7000-8000-000000000001")
            .await
            .status(),
        404
    );
    assert!(!app.get_html("/post").await.contains("Privat"));
    let response = app
        .submit("/post", &format!("/post/{id}/faerdig"), &[])
        .await;
    assert_eq!(response.status(), 404);
    // Nor does staff's view leak to citizens.
    assert_eq!(app.get(&format!("/breve/{id}")).await.status(), 403);
    assert_eq!(
        message(&app, &key, id).await["status"],
        "sent",
        "not marked opened"
    );
}

#[tokio::test]
async fn a_caseworker_writes_previews_and_sends_through_the_page() {
    let app = TestApp::spawn().await;
    app.login_as("Sofie Nielsen").await;
    let response = write(
        &app,
        &[("recipient_query", "Ingen Findes"), ("action", "search")],
        &[],
    )
    .await;
    assert_eq!(response.status(), 422);
    assert!(response.text().await.unwrap().contains("Vi fandt ingen"));
    let found = write(
        &app,
        &[
            ("recipient_query", "150584-4122"),
            ("action", "search"),
            ("subject", "Hej"),
        ],
        &[],
    )
    .await
    .text()
    .await
    .unwrap();
    assert!(found.contains("Mette Hansen (150584-****)"));
    assert!(found.contains(r#"value="Hej""#), "what was typed is kept");
    let mette = app.persona_id("Mette Hansen").await;
    let hard = "Undertegnede skal hermed meddele, at De er indkaldt til en samtale vedrørende Deres ansøgning om hjælp, idet kommunen har foretaget en vurdering af sagen og på baggrund heraf har truffet afgørelse om, at der skal afholdes et møde med henblik på en afklaring af situationen.";
    let response = write(
        &app,
        &[
            ("recipient_id", &mette),
            ("area", "general"),
            ("subject", "Møde"),
            ("body", hard),
            ("action", "send"),
        ],
        &[],
    )
    .await;
    assert_eq!(response.status(), 422, "a hard letter needs a summary");
    let html = response.text().await.unwrap();
    assert!(html.contains("for svært at læse uden et"), "{html}");
    assert!(
        html.contains("Undertegnede"),
        "klarsprog findings beside the draft"
    );
    let preview = write(
        &app,
        &[
            ("recipient_id", &mette),
            ("area", "general"),
            ("subject", "Møde"),
            ("body", hard),
            ("summary", "Kom til et møde."),
            ("action", "preview"),
        ],
        &[],
    )
    .await
    .text()
    .await
    .unwrap();
    assert!(preview.contains("Sådan ser brevet ud for borgeren"));
    let sent = write(
        &app,
        &[
            ("recipient_id", &mette),
            ("area", "general"),
            ("subject", "Møde"),
            ("body", hard),
            ("summary", "Kom til et møde."),
            ("deadline", &in_days(30)),
            ("action", "send"),
        ],
        &[],
    )
    .await;
    assert_eq!(sent.status(), 303);
    let status = app.get_html(header(&sent, "location")).await;
    assert!(status.contains("Ikke åbnet endnu"));
    // Only caseworkers write letters.
    app.login_as("Mette Hansen").await;
    assert_eq!(app.get("/breve/nyt").await.status(), 403);
}

#[tokio::test]
async fn attachments_travel_with_the_letter_and_have_their_own_receipts() {
    let app = TestApp::spawn().await;
    let key = app.api_key("Sagssystem").await;
    let mette = app.persona_id("Mette Hansen").await;
    let response = send(
        &app,
        &key,
        json!({"recipient": {"person_id": mette}, "subject": "Din boligstøtte", "body": "Se beregningen i bilaget.",
               "attachments": [
                   {"filename": "Beregning af boligstøtte.pdf", "content_type": "application/pdf", "data_base64": base64(PDF)},
                   {"filename": "../Vejledning", "content_type": "application/pdf", "data_base64": base64(PDF)}
               ]}),
        None,
    )
    .await;
    assert_eq!(response.status(), 201);
    let sent: Value = response.json().await.unwrap();
    let id = sent["id"].as_str().unwrap();
    assert_eq!(
        sent["attachments"][0]["filename"],
        "Beregning af boligstøtte.pdf"
    );
    assert_eq!(sent["attachments"][1]["filename"], "Vejledning.pdf");
    assert!(sent["attachments"][0]["opened_at"].is_null());

    app.login_as("Olena Kovalenko").await;
    assert_eq!(app.get(&format!("/post/{id}/bilag/0")).await.status(), 404);

    app.login_as("Mette Hansen").await;
    let letter = app.get_html(&format!("/post/{id}")).await;
    assert!(letter.contains(&format!(r#"href="/post/{id}/bilag/1">Vejledning.pdf</a>"#)));
    let pdf = app.get(&format!("/post/{id}/bilag/0")).await;
    assert_eq!(pdf.status(), 200);
    assert_eq!(header(&pdf, "content-type"), "application/pdf");
    assert_eq!(
        header(&pdf, "content-disposition"),
        "inline; filename*=UTF-8''Beregning%20af%20boligst%C3%B8tte.pdf"
    );
    assert_eq!(pdf.bytes().await.unwrap().as_ref(), PDF);
    assert_eq!(app.get(&format!("/post/{id}/bilag/7")).await.status(), 404);

    let receipt = message(&app, &key, id).await;
    assert_eq!(receipt["attachments"][0]["opened_by"], "citizen");
    assert!(receipt["attachments"][0]["opened_at"].is_string());
    assert!(
        receipt["attachments"][1]["opened_at"].is_null(),
        "each has its own receipt"
    );

    app.login_as("Sofie Nielsen").await;
    let status = app.get_html(&format!("/breve/{id}")).await;
    assert!(
        status.contains("Vejledning.pdf</a> (PDF, 1 kB): Ikke åbnet endnu"),
        "{status}"
    );
    // The sender's side sees what went out; that is not the citizen's receipt.
    assert!(status.contains(&format!(r#"href="/breve/{id}/bilag/1">Vejledning.pdf</a>"#)));
    let pdf = app.get(&format!("/breve/{id}/bilag/1")).await;
    assert_eq!(pdf.status(), 200);
    assert_eq!(pdf.bytes().await.unwrap().as_ref(), PDF);
    assert!(message(&app, &key, id).await["attachments"][1]["opened_at"].is_null());
    app.login_as("Mette Hansen").await;
    assert_eq!(app.get(&format!("/breve/{id}/bilag/1")).await.status(), 403);
}

#[tokio::test]
async fn a_caseworker_attaches_a_pdf_that_survives_every_round_trip() {
    let app = TestApp::spawn().await;
    app.login_as("Sofie Nielsen").await;
    let mette = app.persona_id("Mette Hansen").await;
    let fields = [
        ("recipient_id", mette.as_str()),
        ("area", "housing"),
        ("subject", "Din boligstøtte"),
        ("body", "Se beregningen i bilaget."),
        ("action", "preview"),
    ];
    let refused = write(&app, &fields, &[("beregning.pdf", b"GIF89a not a pdf")]).await;
    assert_eq!(refused.status(), 422);
    let html = refused.text().await.unwrap();
    assert!(html.contains("Bilag skal være PDF-filer"), "{html}");
    assert!(
        html.contains(r#"value="Din boligstøtte""#),
        "what was typed is kept"
    );

    let preview = write(&app, &fields, &[("beregning.pdf", PDF)]).await;
    assert_eq!(preview.status(), 200);
    let html = preview.text().await.unwrap();
    let marker = r#"name="attachment" value=""#;
    let start = html.find(marker).expect("the upload is carried on") + marker.len();
    let carried = html[start..start + html[start..].find('"').unwrap()].to_owned();
    assert!(carried.ends_with(":beregning.pdf"));

    let removed = write(
        &app,
        &[
            ("attachment", carried.as_str()),
            ("action", &format!("remove:{}", &carried[..64])),
        ],
        &[],
    )
    .await
    .text()
    .await
    .unwrap();
    assert!(!removed.contains(r#"name="attachment""#));

    let mut send_fields = fields.to_vec();
    send_fields.retain(|(name, _)| *name != "action");
    send_fields.extend([("attachment", carried.as_str()), ("action", "send")]);
    let sent = write(&app, &send_fields, &[]).await;
    assert_eq!(sent.status(), 303);
    let status = app.get_html(header(&sent, "location")).await;
    assert!(status.contains("beregning.pdf</a> (PDF, 1 kB)"), "{status}");
}

#[tokio::test]
async fn an_attachment_past_the_pdf_limits_is_refused_on_the_write_page_with_the_form_kept() {
    let app = TestApp::spawn().await;
    app.login_as("Sofie Nielsen").await;
    let mette = app.persona_id("Mette Hansen").await;
    let fields = [
        ("recipient_id", mette.as_str()),
        ("area", "housing"),
        ("subject", "Din boligstøtte"),
        ("body", "Se beregningen i bilaget."),
        ("action", "preview"),
    ];
    let bomb = common::pdf_bomb(true);
    let refused = write(&app, &fields, &[("beregning.pdf", &bomb)]).await;
    assert_eq!(refused.status(), 422);
    let html = refused.text().await.unwrap();
    assert!(
        html.contains("Gem PDF-filen igen som en almindelig PDF, eller del den i flere filer."),
        "{html}"
    );
    assert!(
        html.contains(r#"value="Din boligstøtte""#),
        "what was typed is kept"
    );
    assert!(html.contains("Se beregningen i bilaget."));
    assert!(
        !html.contains(r#"name="attachment""#),
        "the file is not carried on"
    );
}

#[tokio::test]
async fn a_citizen_answers_a_letter_and_the_sender_reads_the_answer() {
    let app = TestApp::spawn().await;
    let key = app.api_key("Sagssystem").await;
    let mette = app.persona_id("Mette Hansen").await;
    let sent: Value = send(
        &app,
        &key,
        json!({"recipient": {"person_id": mette}, "subject": "Kan du komme til møde?", "body": "Svar os, om tirsdag passer."}),
        None,
    )
    .await
    .json()
    .await
    .unwrap();
    let id = sent["id"].as_str().unwrap();
    let letter_page = format!("/post/{id}");
    let answer_path = format!("/post/{id}/svar");

    app.login_as("Olena Kovalenko").await;
    let stranger = app.submit("/post", &answer_path, &[("body", "Hej")]).await;
    assert_eq!(stranger.status(), 404, "nobody answers another's letter");

    app.login_as("Mette Hansen").await;
    let empty = app
        .submit(&letter_page, &answer_path, &[("body", "  ")])
        .await;
    assert_eq!(empty.status(), 422);
    assert!(empty
        .text()
        .await
        .unwrap()
        .contains("Skriv dit svar, før du sender det."));
    let answered = app
        .submit(
            &letter_page,
            &answer_path,
            &[("body", "Tirsdag passer fint.\nJeg tager min søn med.")],
        )
        .await;
    assert_eq!(answered.status(), 303);
    let page = app.get_html(header(&answered, "location")).await;
    assert!(page.contains("Dit svar er sendt."));
    assert!(page.contains("Tirsdag passer fint.\nJeg tager min søn med."));

    let receipt = message(&app, &key, id).await;
    assert_eq!(receipt["replies"][0]["by"], "citizen");
    assert_eq!(
        receipt["replies"][0]["body"],
        "Tirsdag passer fint.\nJeg tager min søn med."
    );
    app.login_as("Sofie Nielsen").await;
    assert!(app
        .get_html(&format!("/breve/{id}"))
        .await
        .contains("Tirsdag passer fint."));
}

/// Once answered, a letter's deadline box says so instead of warning as if nothing was
/// done, for the citizen and the caseworker; "Var det let?" comes after the answer box,
/// with a button that is not the answer's.
#[tokio::test]
async fn an_answered_letter_says_so_where_its_deadline_was() {
    let app = TestApp::spawn().await;
    let key = app.api_key("Sagssystem").await;
    let mette = app.persona_id("Mette Hansen").await;
    let deadline = in_days(20);
    let sent: Value = send(
        &app,
        &key,
        json!({"recipient": {"person_id": mette}, "subject": "Kan du komme til møde?",
               "body": "Svar os, om tirsdag passer.", "action": {"deadline": deadline}}),
        None,
    )
    .await
    .json()
    .await
    .unwrap();
    let id = sent["id"].as_str().unwrap();
    let letter_page = format!("/post/{id}");

    app.login_as("Mette Hansen").await;
    let before = app.get_html(&letter_page).await;
    assert!(before.contains("Svar senest"));
    assert!(!before.contains("Brevet er besvaret"));
    assert!(
        !before.contains("Var det let?"),
        "nothing to rate before the answer"
    );

    let answered = app
        .submit(
            &letter_page,
            &format!("/post/{id}/svar"),
            &[("body", "Tirsdag passer.")],
        )
        .await;
    let after = app.get_html(header(&answered, "location")).await;
    assert!(after.contains("Brevet er besvaret"), "{after}");
    assert!(!after.contains("Svar senest"));
    let answer_box = after.find("Send svaret").unwrap();
    let feedback = after.find("Var det let?").unwrap();
    assert!(
        answer_box < feedback,
        "the question comes after the answer box"
    );
    assert!(after.contains("Send vurderingen"));

    app.login_as("Sofie Nielsen").await;
    let status = app.get_html(&format!("/breve/{id}")).await;
    assert!(status.contains("Brevet er besvaret"), "{status}");
}

#[tokio::test]
async fn a_caseworker_saves_a_draft_and_sends_it_later() {
    let app = TestApp::spawn().await;
    app.login_as("Sofie Nielsen").await;
    let mette = app.persona_id("Mette Hansen").await;
    let saved = write(
        &app,
        &[
            ("recipient_id", mette.as_str()),
            ("area", "housing"),
            ("subject", "Din nye bolig"),
            ("body", "Du kan flytte ind i marts."),
            ("action", "draft"),
        ],
        &[("plan.pdf", PDF)],
    )
    .await;
    assert_eq!(saved.status(), 200);
    assert!(saved.text().await.unwrap().contains("Kladden er gemt."));
    let page = app.get_html("/breve/nyt").await;
    let marker = "/breve/nyt?kladde=";
    let start = page.find(marker).expect("the draft is listed") + marker.len();
    let id = page[start..start + page[start..].find('"').unwrap()].to_owned();
    let draft = app.get_html(&format!("/breve/nyt?kladde={id}")).await;
    assert!(draft.contains(r#"value="Din nye bolig""#));
    assert!(draft.contains("Du kan flytte ind i marts."));
    assert!(
        draft.contains(":plan.pdf\""),
        "the attachment comes back too"
    );
    assert!(draft.contains("Mette Hansen"));

    let sent = write(
        &app,
        &[
            ("draft_id", id.as_str()),
            ("recipient_id", mette.as_str()),
            ("area", "housing"),
            ("subject", "Din nye bolig"),
            ("body", "Du kan flytte ind i marts."),
            ("action", "send"),
        ],
        &[],
    )
    .await;
    assert_eq!(sent.status(), 303);
    assert!(
        !app.get_html("/breve/nyt").await.contains(marker),
        "a sent draft is gone"
    );

    app.login_as("Mette Hansen").await;
    assert_eq!(
        app.get(&format!("/breve/nyt?kladde={id}")).await.status(),
        403
    );
}

/// Two sweeps at the same moment (two servers, or `serve` and `borgerbro sweep`) share
/// the work: each letter is escalated once, by one of them; more letters than one sweep
/// takes per transaction, so it goes through several chunks.
#[tokio::test]
async fn two_sweeps_at_once_escalate_each_letter_once() {
    use borgerbro::clock::Clock;
    use borgerbro::people::{self, NewCitizen};
    use borgerbro::post::batch::{self, RecipientRef, Row, Template};
    use borgerbro::post::{self, Area, Policy, Sender};

    const LETTERS: usize = 1_100;
    let app = TestApp::spawn_with(common::Options {
        demo: false,
        ..common::Options::default()
    })
    .await;
    let db = &app.state.db;
    let clock = Clock::system();
    let citizen = NewCitizen {
        name: "Ib Sørensen".into(),
        cpr: None,
        address: Some("Vestergade 3, 8000 Aarhus C".into()),
        phone: None,
        reading: Default::default(),
    };
    let ib = people::create(db, &clock, &citizen, Actor::System, None)
        .await
        .unwrap()
        .into_inner();
    let template = Template {
        area: Area::Housing,
        subject: "Svar om din bolig".into(),
        body: "Ring til os.".into(),
        summary: None,
        deadline: Some(
            clock
                .today()
                .checked_add(jiff::Span::new().days(20))
                .unwrap(),
        ),
        versions: Vec::new(),
    };
    let rows: Vec<Row> = (0..LETTERS)
        .map(|_| Row {
            recipient: RecipientRef::PersonId(ib.clone()),
            values: Vec::new(),
        })
        .collect();
    let sender = Sender {
        actor: Actor::System,
        name: "Borgerservice".into(),
    };
    let order = batch::Order {
        template: &template,
        columns: &[],
        rows: &mut rows.into_iter(),
        sender: &sender,
        idempotency: None,
    };
    batch::send_batch(db, &clock, &Policy::default(), order, &|_| {})
        .await
        .unwrap();

    let later = Clock::fixed(
        jiff::Timestamp::now()
            .checked_add(jiff::Span::new().hours(24 * 8))
            .unwrap(),
    );
    let policy = Policy::default();
    let (first, second) = tokio::join!(
        post::sweep(db, &later, &policy),
        post::sweep(db, &later, &policy)
    );
    assert_eq!(first.unwrap() + second.unwrap(), LETTERS);
    assert_eq!(post::sweep(db, &later, &policy).await.unwrap(), 0);

    let count = |sql: &'static str| async move {
        let (n,): (i64,) = sqlx::query_as(sql).fetch_one(&db.pool).await.unwrap();
        n
    };
    assert_eq!(
        count("SELECT COUNT(*) FROM escalations").await,
        LETTERS as i64
    );
    assert_eq!(
        count("SELECT COUNT(*) FROM print_jobs WHERE reason = 'escalation'").await,
        LETTERS as i64,
        "a paper copy of each: an address, no phone"
    );
    assert_eq!(
        count("SELECT COUNT(*) FROM escalations e JOIN messages m ON m.id = e.message_id WHERE e.deadline_after = m.deadline_original").await,
        0,
        "every deadline moved"
    );
    assert_eq!(count("SELECT COUNT(*) FROM exemption_offers").await, 1);
    assert_eq!(
        count("SELECT COUNT(*) FROM audit_entries WHERE action = 'post.escalate'").await,
        LETTERS as i64
    );
    borgerbro::audit::verify(&db.pool).await.unwrap();
}

/// Puts `count` letters in a citizen's inbox straight into the table, two a second (so
/// ties on the time are broken by id), every third one unread, `area` alternating with
/// `general` when given. Answers their ids.
async fn fill_inbox(app: &TestApp, person: &str, count: usize, other_area: &str) -> Vec<String> {
    let newest = jiff::Timestamp::now().as_millisecond() - 60_000;
    let mut ids = Vec::new();
    for i in 0..count {
        let id = format!("01900000-0000-7000-a000-{i:012}");
        let sent_at = newest - (i as i64 / 2) * 1000;
        let opened = (i % 3 != 0).then_some(sent_at + 10);
        let area = if i % 2 == 0 { "general" } else { other_area };
        sqlx::query(
            "INSERT INTO messages (id, recipient_id, sender, sender_name, area, subject, body, \
             channel, created_at, sent_at, opened_at) \
             VALUES ($1, $2, 'system', 'Ydelsesservice', $3, $4, 'Tekst.', 'digital', $5, $5, $6)",
        )
        .bind(&id)
        .bind(person)
        .bind(area)
        .bind(format!("Sidebrev nummer {i:03}"))
        .bind(sent_at)
        .bind(opened)
        .execute(&app.state.db.pool)
        .await
        .unwrap();
        ids.push(id);
    }
    ids
}

/// The letters a page lists, by id, in order.
fn listed(html: &str, prefix: &str) -> Vec<String> {
    html.split(&format!("<a href=\"{prefix}"))
        .skip(1)
        .map(|rest| rest[..rest.find('"').unwrap()].to_owned())
        .filter(|id| id.len() > 30 && !id.contains('/'))
        .collect()
}

/// Where the link to newer (`prev`) or older (`next`) letters leads.
fn page_link(html: &str, rel: &str) -> Option<String> {
    let at = html.find(&format!("rel=\"{rel}\""))?;
    let start = html[..at].rfind("href=\"").unwrap() + "href=\"".len();
    let end = start + html[start..].find('"').unwrap();
    Some(html[start..end].replace("&amp;", "&"))
}

async fn unread_of(app: &TestApp, person: &str) -> i64 {
    let (count,): (i64,) = sqlx::query_as(
        "SELECT COUNT(*) FROM messages WHERE recipient_id = $1 AND opened_at IS NULL",
    )
    .bind(person)
    .fetch_one(&app.state.db.pool)
    .await
    .unwrap();
    count
}

#[tokio::test]
async fn the_inbox_pages_fifty_letters_at_a_time_newest_first() {
    let app = TestApp::spawn().await;
    let mette = app.persona_id("Mette Hansen").await;
    fill_inbox(&app, &mette, 120, "housing").await;
    let expected: Vec<String> = sqlx::query_as::<_, (String,)>(
        "SELECT id FROM messages WHERE recipient_id = $1 ORDER BY sent_at DESC, id DESC",
    )
    .bind(&mette)
    .fetch_all(&app.state.db.pool)
    .await
    .unwrap()
    .into_iter()
    .map(|(id,)| id)
    .collect();
    assert!(expected.len() >= 120);
    app.login_as("Mette Hansen").await;

    let first = app.get_html("/post").await;
    let unread = unread_of(&app, &mette).await;
    assert!(first.contains(&format!("{unread} ulæste breve")), "{first}");
    assert!(first.contains(r#"<nav class="pagination bb-pages" aria-label="Flere breve">"#));
    assert!(first.contains("Ældre breve") && !first.contains("Nyere breve"));
    assert!(page_link(&first, "prev").is_none());

    // Older and older to the end: every letter once, in order.
    let mut pages = vec![first];
    while let Some(next) = page_link(pages.last().unwrap(), "next") {
        assert!(next.starts_with("/post?efter="), "{next}");
        pages.push(app.get_html(&next).await);
        assert!(pages.len() < 10);
    }
    let seen: Vec<String> = pages.iter().flat_map(|p| listed(p, "/post/")).collect();
    assert_eq!(seen, expected);
    assert!(pages[..pages.len() - 1]
        .iter()
        .all(|p| listed(p, "/post/").len() == 50));

    // Back again: each page's newer link gives the page before it.
    for i in (1..pages.len()).rev() {
        let newer = page_link(&pages[i], "prev").unwrap();
        assert!(newer.starts_with("/post?foer="), "{newer}");
        let back = app.get_html(&newer).await;
        assert_eq!(listed(&back, "/post/"), listed(&pages[i - 1], "/post/"));
    }

    // Unread only, with search words: the filter and the words stay in the links.
    let unread_page = app.get_html("/post?q=Sidebrev&ulaeste=1").await;
    let shown = listed(&unread_page, "/post/");
    assert_eq!(shown.len(), 40, "every third of 120 is unread");
    assert!(unread_page.contains(r#"name="ulaeste" value="1" checked"#));
    assert!(unread_page.contains(r#"value="Sidebrev""#));
    assert!(page_link(&unread_page, "next").is_none());
    let (opened,): (i64,) = sqlx::query_as(&format!(
        "SELECT COUNT(*) FROM messages WHERE opened_at IS NOT NULL AND id IN ({})",
        shown
            .iter()
            .map(|id| format!("'{id}'"))
            .collect::<Vec<_>>()
            .join(", ")
    ))
    .fetch_one(&app.state.db.pool)
    .await
    .unwrap();
    assert_eq!(opened, 0);
    let searched = app.get_html("/post?q=Sidebrev").await;
    let older = page_link(&searched, "next").unwrap();
    assert!(
        older.contains("q=Sidebrev") && older.contains("efter="),
        "{older}"
    );
    let none = app.get_html("/post?q=findes+ikke&ulaeste=1").await;
    assert!(none.contains("Ingen breve passer til din søgning"));

    // A cursor that is not ours is a clear message, not a server error.
    for bad in [
        "/post?efter=garbage",
        "/post?foer=12_x%27%3B--",
        "/post?efter=1_a&foer=2_b",
        "/post?efter=-1_a",
    ] {
        let response = app.get(bad).await;
        assert_eq!(response.status(), 400, "{bad}");
        let html = response.text().await.unwrap();
        assert!(
            html.contains("Linket til siden med breve virker ikke"),
            "{html}"
        );
    }
    let past_the_end = app
        .get_html("/post?efter=1_00000000-0000-7000-a000-000000000000")
        .await;
    assert!(past_the_end.contains("Der er ikke flere breve her"));
}

#[tokio::test]
async fn a_helper_pages_through_the_letters_the_permission_shows() {
    let app = TestApp::spawn().await;
    let olena = app.persona_id("Olena Kovalenko").await;
    fill_inbox(&app, &olena, 130, "health").await;
    let general: Vec<String> = sqlx::query_as::<_, (String,)>(
        "SELECT id FROM messages WHERE recipient_id = $1 AND area = 'general' \
         ORDER BY sent_at DESC, id DESC",
    )
    .bind(&olena)
    .fetch_all(&app.state.db.pool)
    .await
    .unwrap()
    .into_iter()
    .map(|(id,)| id)
    .collect();
    let (unread_general,): (i64,) = sqlx::query_as(
        "SELECT COUNT(*) FROM messages WHERE recipient_id = $1 AND area = 'general' \
         AND opened_at IS NULL",
    )
    .bind(&olena)
    .fetch_one(&app.state.db.pool)
    .await
    .unwrap();

    // Birgit may look at Olena's post, but not her letters about health.
    app.login_as("Birgit Holm").await;
    let path = format!("/jeg-hjaelper/{olena}");
    let prefix = format!("{path}/post/");
    let first = app.get_html(&path).await;
    assert!(
        first.contains(&format!("{unread_general} ulæste breve")),
        "{first}"
    );
    let mut pages = vec![first];
    while let Some(next) = page_link(pages.last().unwrap(), "next") {
        assert!(next.starts_with(&format!("{path}?efter=")), "{next}");
        pages.push(app.get_html(&next).await);
        assert!(pages.len() < 10);
    }
    assert_eq!(pages.len(), 2);
    let seen: Vec<String> = pages.iter().flat_map(|p| listed(p, &prefix)).collect();
    assert_eq!(
        seen, general,
        "the general letters, each once, none about health"
    );
    let back = app.get_html(&page_link(&pages[1], "prev").unwrap()).await;
    assert_eq!(listed(&back, &prefix), listed(&pages[0], &prefix));
    let unread = app.get_html(&format!("{path}?ulaeste=1")).await;
    assert_eq!(
        listed(&unread, &prefix).len() as i64,
        unread_general.min(50)
    );
    assert_eq!(
        app.get(&format!("{path}?foer=nonsense")).await.status(),
        400
    );

    // Olena sees that Birgit looked.
    let (looked,): (i64,) = sqlx::query_as(
        "SELECT COUNT(*) FROM audit_entries WHERE action = 'post.list' AND subject = $1",
    )
    .bind(&olena)
    .fetch_one(&app.state.db.pool)
    .await
    .unwrap();
    assert!(looked >= 4, "{looked}");
}

/// An upload stored for a letter that was then not sent leaves a file nothing refers
/// to; the file sweep removes it once unused past its grace, and keeps every file a
/// letter holds.
#[tokio::test]
async fn the_file_sweep_removes_what_no_letter_holds_and_keeps_the_rest() {
    let app = TestApp::spawn().await;
    let key = app.api_key("Sagssystem").await;
    let mette = app.persona_id("Mette Hansen").await;
    let olena = app.persona_id("Olena Kovalenko").await;
    let with = |person: &str, text: &str| {
        json!({"recipient": {"person_id": person}, "subject": "Bilag", "body": "Se bilaget.",
               "attachments": [{"filename": "a.pdf", "content_type": "application/pdf",
                                "data_base64": base64(&[PDF, text.as_bytes()].concat())}]})
    };
    assert_eq!(
        send(&app, &key, with(&mette, "kept"), None).await.status(),
        201
    );
    app.refuse_letters_to(&olena).await;
    let refused = send(&app, &key, with(&olena, "refused"), None).await;
    assert!(!refused.status().is_success());
    let files = &app.state.files;
    let kept = borgerbro::files::Files::hash(&[PDF, b"kept".as_slice()].concat());
    let orphan = borgerbro::files::Files::hash(&[PDF, b"refused".as_slice()].concat());
    assert!(
        files.size(&orphan).await.is_some(),
        "stored before the send failed"
    );

    let now = std::time::SystemTime::now();
    let within_grace = now - post::UNUSED_FILE_GRACE;
    assert_eq!(
        post::sweep_files(&app.state.db, files, within_grace)
            .await
            .unwrap(),
        0
    );
    let later = now + std::time::Duration::from_secs(60);
    assert_eq!(
        post::sweep_files(&app.state.db, files, later)
            .await
            .unwrap(),
        1
    );
    assert_eq!(files.size(&orphan).await, None);
    assert!(files.size(&kept).await.is_some());
}

/// A letter's channel, an escalation's kind or outcome, or a print job's reason, why it
/// was no longer needed or how it was delivered, that this build cannot read (a newer
/// version's value, a hand in the database) is an error where it is read, naming the
/// column, never a default: an unknown print reason was shown as an ordinary letter.
#[tokio::test]
async fn a_letter_escalation_or_print_job_this_build_cannot_read_is_an_error_never_a_default() {
    let app = TestApp::spawn().await;
    let db = &app.state.db;
    let (letter, recipient): (String, String) =
        sqlx::query_as("SELECT id, recipient_id FROM messages ORDER BY id LIMIT 1")
            .fetch_one(&db.pool)
            .await
            .unwrap();
    sqlx::query(
        "INSERT INTO escalations (id, message_id, kind, created_at, deadline_before, \
         deadline_after, recipient_id) VALUES ('esc-test', $1, 'paper', 0, '2027-01-01', \
         '2027-01-08', $2)",
    )
    .bind(&letter)
    .bind(&recipient)
    .execute(&db.pool)
    .await
    .unwrap();
    sqlx::query(
        "INSERT INTO print_jobs (message_id, reason, created_at) VALUES ($1, 'escalation', 0) \
         ON CONFLICT (message_id) DO NOTHING",
    )
    .bind(&letter)
    .execute(&db.pool)
    .await
    .unwrap();
    assert!(post::letter(db, &letter).await.unwrap().is_some());
    assert_eq!(post::escalations_of(db, &letter).await.unwrap().len(), 1);
    assert!(post::print_job(db, &letter).await.unwrap().is_some());

    for (table, column, value) in [
        ("messages", "channel", "pigeon"),
        ("escalations", "kind", "owl"),
        ("escalations", "outcome", "maybe"),
        ("print_jobs", "reason", "fax"),
        ("print_jobs", "cancelled_reason", "bored"),
        ("print_jobs", "delivered", "drone"),
    ] {
        let key = match table {
            "messages" => "id",
            _ => "message_id",
        };
        let (before,): (Option<String>,) =
            sqlx::query_as(&format!("SELECT {column} FROM {table} WHERE {key} = $1"))
                .bind(&letter)
                .fetch_one(&db.pool)
                .await
                .unwrap();
        sqlx::query(&format!(
            "UPDATE {table} SET {column} = $1 WHERE {key} = $2"
        ))
        .bind(value)
        .bind(&letter)
        .execute(&db.pool)
        .await
        .unwrap();
        let error = match table {
            "messages" => post::letter(db, &letter).await.err(),
            "escalations" => post::escalations_of(db, &letter).await.err(),
            _ => post::print_job(db, &letter).await.err(),
        };
        let error = error.unwrap_or_else(|| panic!("{table}.{column} = {value} was read"));
        assert!(
            error.to_string().contains(&format!("{table}.{column}")),
            "{error}"
        );
        sqlx::query(&format!(
            "UPDATE {table} SET {column} = $1 WHERE {key} = $2"
        ))
        .bind(before)
        .bind(&letter)
        .execute(&db.pool)
        .await
        .unwrap();
    }
}

/// "Kort fortalt" is required of a hard letter, so its label never calls it optional
/// ("(frivilligt)"), and its hint says what it must be and when it is needed.
#[tokio::test]
async fn the_summary_field_is_never_labelled_optional_and_says_when_it_is_needed() {
    let app = TestApp::spawn().await;
    app.login_as("Sofie Nielsen").await;
    let page = app.get_html("/breve/nyt").await;
    let start = page
        .find(r#"<label class="form-label" for="summary">"#)
        .expect("a label for the summary");
    let label = &page[start..start + page[start..].find("</label>").unwrap()];
    assert!(label.contains("Kort fortalt"), "{label}");
    assert!(!label.contains("frivilligt"), "{label}");
    let hint = &page[start..];
    let hint = &hint[..hint.find("</span>").unwrap_or(hint.len())];
    assert!(hint.contains("4 til 60 ord"), "{hint}");
    assert!(hint.contains("Et svært brev skal have det"), "{hint}");
}
