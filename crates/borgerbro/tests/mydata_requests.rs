//! A citizen's rights over their data, on SQLite and PostgreSQL: a note of disagreement
//! shown to staff on the record and answered with a letter; a request under the data
//! protection rules through its whole life (receipt letter, the sweep's warning, an
//! extension with a reason, overdue, answered); an erasure carried out; the front desk
//! for someone without MitID; nobody sees another's notes or requests; a helper outside a
//! `mydata` permission is refused; every API error is problem+json.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use borgerbro::auth::ApiScope;
use borgerbro::mandates::{self, Giver, InPerson, Proposal, Rights, Scope};
use common::{header, Hands, TestApp};
use jiff::Timestamp;
use reqwest::Method;
use serde_json::{json, Value};

/// The demo on Saturday 31 January 2026 at 11:00 in Copenhagen: a request made today is
/// due on 28 February, the month's last day.
async fn spawn() -> (TestApp, Hands) {
    TestApp::spawn_at("2026-01-31T10:00:00Z").await
}

/// Calls the API and answers the status, the content type and the body.
async fn call(
    app: &TestApp,
    key: &str,
    method: Method,
    path: &str,
    body: Option<Value>,
) -> (u16, String, Value) {
    let mut request = reqwest::Client::new()
        .request(method, app.url(path))
        .bearer_auth(key);
    if let Some(body) = body {
        request = request.json(&body);
    }
    let response = request.send().await.unwrap();
    let status = response.status().as_u16();
    let content_type = header(&response, "content-type").to_owned();
    (
        status,
        content_type,
        response.json().await.unwrap_or_default(),
    )
}

async fn letters_with_subject(app: &TestApp, citizen: &str, subject: &str) -> i64 {
    let (n,): (i64,) =
        sqlx::query_as("SELECT COUNT(*) FROM messages WHERE recipient_id = $1 AND subject = $2")
            .bind(citizen)
            .bind(subject)
            .fetch_one(&app.state.db.pool)
            .await
            .unwrap();
    n
}

async fn letter_body(app: &TestApp, citizen: &str, subject: &str) -> String {
    let (body,): (String,) = sqlx::query_as(
        "SELECT body FROM messages WHERE recipient_id = $1 AND subject = $2 \
         ORDER BY sent_at DESC LIMIT 1",
    )
    .bind(citizen)
    .bind(subject)
    .fetch_one(&app.state.db.pool)
    .await
    .unwrap();
    body
}

fn field_of(problem: &Value) -> String {
    problem["errors"][0]["field"]
        .as_str()
        .unwrap_or_default()
        .to_owned()
}

#[tokio::test]
async fn a_request_lives_from_receipt_through_extension_and_overdue_to_an_erasure() {
    let (app, hands) = spawn().await;
    let karen = app.persona_id("Karen Jensen").await;
    let key = app
        .api_key_with("Sagssystem", &[ApiScope::MyDataRights])
        .await;
    let receipts = letters_with_subject(&app, &karen, "Vi har fået din anmodning").await;
    let (status, _, made) = call(
        &app,
        &key,
        Method::POST,
        &format!("/api/v1/people/{karen}/requests"),
        Some(json!({"kind": "erasure", "text": "Slet det jeg har skrevet på mine aftaler", "channel": "letter"})),
    )
    .await;
    assert_eq!(status, 201, "{made}");
    let id = made["id"].as_str().unwrap().to_owned();
    assert_eq!(made["due"], "2026-02-28", "31 January + one month");
    assert_eq!(made["status"], "open");
    assert_eq!(made["channel"], "letter");
    assert_eq!(
        letters_with_subject(&app, &karen, "Vi har fået din anmodning").await,
        receipts + 1,
        "the citizen is told we have it and when the answer comes"
    );

    // Three weeks before: no warning. A week before: one warning, once.
    hands.set("2026-02-10T10:00:00Z");
    let swept = borgerbro::mydata::sweep_requests(&app.state.db, &app.state.clock)
        .await
        .unwrap();
    assert!(!swept.warned.contains(&id));
    hands.set("2026-02-22T10:00:00Z");
    let swept = borgerbro::mydata::sweep_requests(&app.state.db, &app.state.clock)
        .await
        .unwrap();
    assert!(swept.warned.contains(&id), "{swept:?}");
    let again = borgerbro::mydata::sweep_requests(&app.state.db, &app.state.clock)
        .await
        .unwrap();
    assert!(!again.warned.contains(&id), "warned once per due day");
    app.login_as("Sofie Nielsen").await;
    let queue = app.get_html("/anmodninger").await;
    let soon = queue.find("Fristen er snart").expect("a due-soon section");
    assert!(queue[soon..].contains(&format!("/anmodninger/{id}")));

    // An extension needs a reason and stays within three months of receipt.
    let path = format!("/api/v1/requests/{id}");
    let (status, content_type, problem) = call(
        &app,
        &key,
        Method::PATCH,
        &path,
        Some(json!({"extend_to": "2026-04-30"})),
    )
    .await;
    assert_eq!(
        (status, content_type.as_str()),
        (422, "application/problem+json")
    );
    assert_eq!(field_of(&problem), "reason");
    let (status, content_type, problem) = call(
        &app,
        &key,
        Method::PATCH,
        &path,
        Some(json!({"extend_to": "2026-05-01", "reason": "Mange sager"})),
    )
    .await;
    assert_eq!(
        (status, content_type.as_str()),
        (422, "application/problem+json")
    );
    assert_eq!(field_of(&problem), "extend_to");
    let reason = "Vi skal finde aftaler i to systemer.";
    let (status, _, extended) = call(
        &app,
        &key,
        Method::PATCH,
        &path,
        Some(json!({"extend_to": "2026-04-30", "reason": reason})),
    )
    .await;
    assert_eq!(status, 200, "{extended}");
    assert_eq!(extended["due"], "2026-04-30");
    let told = letter_body(&app, &karen, "Vi har brug for mere tid til din anmodning").await;
    assert!(
        told.contains(reason) && told.contains("30. april 2026"),
        "{told}"
    );

    // Past the new due day the sweep finds it overdue, and so does the API.
    hands.set("2026-05-01T10:00:00Z");
    app.login_as("Sofie Nielsen").await;
    let swept = borgerbro::mydata::sweep_requests(&app.state.db, &app.state.clock)
        .await
        .unwrap();
    assert!(swept.overdue.contains(&id), "{swept:?}");
    let (status, _, overdue) = call(
        &app,
        &key,
        Method::GET,
        "/api/v1/requests?status=overdue",
        None,
    )
    .await;
    assert_eq!(status, 200);
    assert!(overdue.as_array().unwrap().iter().any(|r| r["id"] == id));
    let queue = app.get_html("/anmodninger").await;
    let late = queue
        .find("Fristen er overskredet")
        .expect("an overdue section");
    assert!(queue[late..].contains(&format!("/anmodninger/{id}")));

    // The caseworker answers on the page and carries the erasure out: the cancelled
    // call-back's phone number and topic are gone, the letter says what is kept and why.
    let with_phone = "SELECT COUNT(*) FROM bookings WHERE citizen_id = $1 AND phone IS NOT NULL";
    assert!(
        app.count(with_phone, &karen).await > 0,
        "the demo call-back"
    );
    let page = format!("/anmodninger/{id}");
    let empty = app
        .submit(
            &page,
            &format!("{page}/svar"),
            &[("answer", " "), ("carry_out", "1")],
        )
        .await;
    assert_eq!(empty.status(), 422);
    assert!(empty
        .text()
        .await
        .unwrap()
        .contains("Feltet må ikke være tomt"));
    assert!(
        app.count(with_phone, &karen).await > 0,
        "nothing erased by a refused answer"
    );
    let answered = app
        .submit(
            &page,
            &format!("{page}/svar"),
            &[
                ("answer", "Vi har slettet det, vi kan."),
                ("carry_out", "1"),
            ],
        )
        .await;
    assert_eq!(answered.status(), 303);
    assert_eq!(app.count(with_phone, &karen).await, 0);
    let answer = letter_body(
        &app,
        &karen,
        "Svar på din anmodning: Få slettet oplysninger",
    )
    .await;
    assert!(answer.contains("Vi har slettet det, vi kan."), "{answer}");
    assert!(
        answer.contains("arkivloven"),
        "says what is kept and why: {answer}"
    );
    let (status, _, answered) = call(
        &app,
        &key,
        Method::GET,
        "/api/v1/requests?status=answered",
        None,
    )
    .await;
    assert_eq!(status, 200);
    let this = answered
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["id"] == id)
        .unwrap();
    // The cancelled call-back and the meeting held in February.
    assert!(
        this["carried_out"].as_str().unwrap().contains("2 aftaler"),
        "{this}"
    );
    // Answered once only.
    let (status, content_type, _) = call(
        &app,
        &key,
        Method::PATCH,
        &path,
        Some(json!({"answer": "Igen"})),
    )
    .await;
    assert_eq!(
        (status, content_type.as_str()),
        (409, "application/problem+json")
    );
}

#[tokio::test]
async fn a_note_on_a_letter_is_shown_to_staff_and_answered_with_a_letter() {
    let (app, _) = spawn().await;
    let karen = app.persona_id("Karen Jensen").await;
    let (letter,): (String,) = sqlx::query_as(
        "SELECT id FROM messages WHERE recipient_id = $1 AND subject LIKE '%boligstøtte%'",
    )
    .bind(&karen)
    .fetch_one(&app.state.db.pool)
    .await
    .unwrap();
    app.login_as("Karen Jensen").await;
    let form_page = format!("/mine-data/noter?brev={letter}");
    let html = app.get_html(&form_page).await;
    assert!(html.contains(&format!("value=\"letter:{letter}\" selected")));
    let record = format!("letter:{letter}");
    let empty = app
        .submit(
            &form_page,
            "/mine-data/noter",
            &[("record", &record), ("text", "  ")],
        )
        .await;
    assert_eq!(empty.status(), 422);
    let html = empty.text().await.unwrap();
    assert!(html.contains("Feltet må ikke være tomt"), "a clear message");
    assert!(
        html.contains(&format!("value=\"letter:{letter}\" selected")),
        "keeps the choice"
    );
    let text = "Jeg får 1.300 kr., ikke 1.100 kr.";
    let written = app
        .submit(
            &form_page,
            "/mine-data/noter",
            &[("record", &record), ("text", text)],
        )
        .await;
    assert_eq!(written.status(), 303);

    // The caseworker who opens the letter sees the note, and so does the API.
    app.login_as("Sofie Nielsen").await;
    let status_page = app.get_html(&format!("/breve/{letter}")).await;
    assert!(status_page.contains(text), "the note beside the letter");
    let key = app
        .api_key_with("Sagssystem", &[ApiScope::MyDataRights])
        .await;
    let (status, _, notes) = call(
        &app,
        &key,
        Method::GET,
        &format!("/api/v1/people/{karen}/notes"),
        None,
    )
    .await;
    assert_eq!(status, 200);
    let note = notes
        .as_array()
        .unwrap()
        .iter()
        .find(|n| n["text"] == text)
        .unwrap()
        .clone();
    assert_eq!(note["record"], json!({"kind": "letter", "id": letter}));
    assert!(note["answer"].is_null());
    let archive = app.api_key_with("Arkiv", &[ApiScope::LettersReadAll]).await;
    let (status, _, message) = call(
        &app,
        &archive,
        Method::GET,
        &format!("/api/v1/messages/{letter}"),
        None,
    )
    .await;
    assert_eq!(status, 200);
    assert_eq!(
        message["notes"][0]["text"], text,
        "the note in the letter's own answer"
    );

    // Answered: not corrected, and why; Karen gets the answer as a letter.
    let id = note["id"].as_str().unwrap();
    let page = format!("/anmodninger/noter/{id}");
    let queue = app.get_html("/anmodninger").await;
    assert!(queue.contains(&page), "waiting in the caseworker's queue");
    let no_outcome = app
        .submit(&page, &page, &[("answer", "Beløbet er rigtigt.")])
        .await;
    assert_eq!(no_outcome.status(), 422);
    assert!(
        no_outcome
            .text()
            .await
            .unwrap()
            .contains("Beløbet er rigtigt."),
        "keeps the answer"
    );
    let answered = app
        .submit(
            &page,
            &page,
            &[
                ("outcome", "not_corrected"),
                ("answer", "Beløbet er rigtigt. Du får 1.100 kr."),
            ],
        )
        .await;
    assert_eq!(answered.status(), 303);
    let letter_text = letter_body(&app, &karen, "Svar på din note om en fejl").await;
    assert!(
        letter_text.contains("Ikke rettet") && letter_text.contains(text),
        "{letter_text}"
    );
    let (_, _, notes) = call(
        &app,
        &key,
        Method::GET,
        &format!("/api/v1/people/{karen}/notes"),
        None,
    )
    .await;
    let note = notes
        .as_array()
        .unwrap()
        .iter()
        .find(|n| n["id"] == id)
        .unwrap();
    assert_eq!(note["answer"]["outcome"], "not_corrected");
    app.login_as("Karen Jensen").await;
    assert!(app
        .get_html("/mine-data/noter")
        .await
        .contains("Du får 1.100 kr."));
}

#[tokio::test]
async fn notes_on_a_person_and_a_booking_are_shown_where_staff_open_them() {
    let (app, _) = spawn().await;
    let karen = app.persona_id("Karen Jensen").await;
    // The demo's note on Karen's person data, at the front desk.
    app.login_as("Jonas Berg").await;
    app.give_reason(&karen, "Karen vil rette sit telefonnummer")
        .await;
    let desk = app.get_html(&format!("/borgerservice/{karen}/post")).await;
    assert!(
        desk.contains("Mit telefonnummer er forkert"),
        "the demo note"
    );
    // A note on a booking, through the API, on the day's list.
    let (booking, day): (String, i64) = sqlx::query_as(
        "SELECT b.id, s.starts_at FROM bookings b JOIN booking_slots s ON s.id = b.slot_id \
         WHERE b.citizen_id = $1 AND b.cancelled_at IS NULL",
    )
    .bind(&karen)
    .fetch_one(&app.state.db.pool)
    .await
    .unwrap();
    let key = app
        .api_key_with("Selvbetjening", &[ApiScope::MyDataRights])
        .await;
    let text = "Peter kommer ikke med alligevel.";
    let (status, _, made) = call(
        &app,
        &key,
        Method::POST,
        &format!("/api/v1/people/{karen}/notes"),
        Some(json!({"record": {"kind": "booking", "id": booking}, "text": text})),
    )
    .await;
    assert_eq!(status, 201, "{made}");
    let day = Timestamp::from_millisecond(day)
        .unwrap()
        .to_zoned(jiff::tz::TimeZone::get("Europe/Copenhagen").unwrap())
        .date();
    let list = app.get_html(&format!("/tider/dagen?dato={day}")).await;
    assert!(list.contains(text), "the note beside the day's bookings");
}

#[tokio::test]
async fn the_front_desk_makes_a_request_for_someone_without_mitid() {
    let (app, _) = spawn().await;
    let olena = app.persona_id("Olena Kovalenko").await;
    app.login_as("Jonas Berg").await;
    app.give_reason(&olena, "Olena vil se sine data").await;
    let page = format!("/borgerservice/{olena}/mine-data/anmodninger");
    let html = app.get_html(&page).await;
    assert!(html.contains("Rettigheder: Olena Kovalenko"));
    let refused = app
        .submit(
            &page,
            &page,
            &[("text", "Hvad har I om mig?"), ("channel", "front_desk")],
        )
        .await;
    assert_eq!(refused.status(), 422, "no kind chosen");
    assert!(
        refused.text().await.unwrap().contains("Hvad har I om mig?"),
        "kept as typed"
    );
    let made = app
        .submit(
            &page,
            &page,
            &[
                ("kind", "access"),
                ("text", "Hvad har I om mig?"),
                ("channel", "front_desk"),
            ],
        )
        .await;
    assert_eq!(made.status(), 303);
    let (channel, made_by): (String, String) =
        sqlx::query_as("SELECT channel, made_by FROM mydata_requests WHERE person_id = $1")
            .bind(&olena)
            .fetch_one(&app.state.db.pool)
            .await
            .unwrap();
    assert_eq!(channel, "front_desk");
    assert_eq!(
        made_by,
        format!("person:{}", app.persona_id("Jonas Berg").await)
    );
    // Olena reads Ukrainian: the receipt is written in Ukrainian.
    assert_eq!(
        letters_with_subject(&app, &olena, "Ми отримали Ваш запит").await,
        1
    );
    assert_eq!(
        letters_with_subject(&app, &olena, "Vi har fået din anmodning").await,
        0
    );
}

#[tokio::test]
async fn nobody_sees_anothers_notes_or_requests() {
    let (app, _) = spawn().await;
    let karen = app.persona_id("Karen Jensen").await;
    let (request,): (String,) =
        sqlx::query_as("SELECT id FROM mydata_requests WHERE person_id = $1")
            .bind(&karen)
            .fetch_one(&app.state.db.pool)
            .await
            .unwrap();
    app.login_as("Mette Hansen").await;
    let notes = app.get_html("/mine-data/noter").await;
    assert!(!notes.contains("Mit telefonnummer er forkert"));
    let requests = app.get_html("/mine-data/anmodninger").await;
    assert!(!requests.contains(&request));
    assert_eq!(
        app.get(&format!("/mine-data/anmodninger/{request}"))
            .await
            .status(),
        404
    );
    assert_eq!(
        app.get(&format!("/borgerservice/{karen}/mine-data/noter"))
            .await
            .status(),
        403,
        "a citizen is not the front desk"
    );
    assert_eq!(
        app.get(&format!("/anmodninger/{request}")).await.status(),
        403
    );
    assert_eq!(app.get("/anmodninger").await.status(), 403);
    // A note on someone else's letter is refused, and nothing is stored.
    let (letter,): (String,) =
        sqlx::query_as("SELECT id FROM messages WHERE recipient_id = $1 LIMIT 1")
            .bind(&karen)
            .fetch_one(&app.state.db.pool)
            .await
            .unwrap();
    let before = app
        .count(
            "SELECT COUNT(*) FROM mydata_notes WHERE record_id = $1",
            &letter,
        )
        .await;
    let record = format!("letter:{letter}");
    let refused = app
        .submit(
            "/mine-data/noter",
            "/mine-data/noter",
            &[("record", &record), ("text", "Forkert")],
        )
        .await;
    assert_eq!(refused.status(), 422);
    assert_eq!(
        app.count(
            "SELECT COUNT(*) FROM mydata_notes WHERE record_id = $1",
            &letter
        )
        .await,
        before
    );
}

#[tokio::test]
async fn a_helper_acts_inside_a_mydata_permission_and_is_refused_outside_it() {
    let (app, _) = spawn().await;
    let karen = app.persona_id("Karen Jensen").await;
    let peter = app.persona_id("Peter Jensen").await;
    let base = format!("/jeg-hjaelper/{karen}/mine-data");
    // The demo's permission covers Karen's post and bookings, not her data.
    app.login_as("Peter Jensen").await;
    assert_eq!(app.get(&format!("{base}/noter")).await.status(), 404);
    assert_eq!(app.get(&format!("{base}/anmodninger")).await.status(), 404);
    let refusals =
        "SELECT COUNT(*) FROM audit_entries WHERE subject = $1 AND action = 'mandate.refused'";
    assert!(
        app.count(refusals, &karen).await > 0,
        "Karen sees that he tried"
    );

    let today = app.state.clock.today();
    mandates::give(
        &app.state.db,
        &app.state.clock,
        &app.state.authority,
        mandates::Give {
            proposal: Proposal {
                citizen_id: karen.clone(),
                helper_id: peter.clone(),
                scopes: vec![Scope::MyData],
                rights: Rights::Act,
                valid_from: today,
                valid_to: today.checked_add(jiff::Span::new().days(30)).unwrap(),
            },
            note: None,
            giver: Giver::FrontDesk(app.persona_id("Jonas Berg").await),
            in_person: Some(InPerson {
                identity_check: "pas".into(),
            }),
            idempotency: None,
        },
    )
    .await
    .unwrap();
    let notes = app.get_html(&format!("{base}/noter")).await;
    assert!(
        notes.contains("Mit telefonnummer er forkert"),
        "Karen's note"
    );
    let page = format!("{base}/anmodninger");
    let made = app
        .submit(
            &page,
            &page,
            &[
                ("kind", "portability"),
                ("text", "Min mor vil have sine data med."),
            ],
        )
        .await;
    assert_eq!(made.status(), 303);
    let (channel,): (String,) = sqlx::query_as(
        "SELECT channel FROM mydata_requests WHERE person_id = $1 AND kind = 'portability'",
    )
    .bind(&karen)
    .fetch_one(&app.state.db.pool)
    .await
    .unwrap();
    assert_eq!(channel, "helper");
}

#[tokio::test]
async fn api_errors_are_problem_json_and_store_nothing() {
    let (app, _) = spawn().await;
    let karen = app.persona_id("Karen Jensen").await;
    let key = app
        .api_key_with("Sagssystem", &[ApiScope::MyDataRights])
        .await;
    let notes = format!("/api/v1/people/{karen}/notes");
    let requests = format!("/api/v1/people/{karen}/requests");
    let before_notes = app
        .count(
            "SELECT COUNT(*) FROM mydata_notes WHERE person_id = $1",
            &karen,
        )
        .await;
    let before_requests = app
        .count(
            "SELECT COUNT(*) FROM mydata_requests WHERE person_id = $1",
            &karen,
        )
        .await;
    let cases = [
        (
            Method::POST,
            notes.clone(),
            json!({"record": {"kind": "person"}, "text": ""}),
            422,
            "text",
        ),
        (
            Method::POST,
            notes.clone(),
            json!({"record": {"kind": "case", "id": "x"}, "text": "Forkert"}),
            422,
            "record",
        ),
        (
            Method::POST,
            notes.clone(),
            json!({"record": {"kind": "letter", "id": "nope"}, "text": "Forkert"}),
            422,
            "record",
        ),
        (
            Method::POST,
            requests.clone(),
            json!({"kind": "forget", "text": "Glem mig"}),
            422,
            "kind",
        ),
        (
            Method::POST,
            requests.clone(),
            json!({"kind": "access", "text": "Se", "received_at": "2027-01-01"}),
            422,
            "received_at",
        ),
        (
            Method::POST,
            requests.clone(),
            json!({"kind": "access", "text": "Se", "channel": "pigeon"}),
            422,
            "channel",
        ),
        (
            Method::POST,
            "/api/v1/people/nobody/notes".into(),
            json!({"record": {"kind": "person"}, "text": "Forkert"}),
            404,
            "",
        ),
        (
            Method::PATCH,
            "/api/v1/requests/nothing".into(),
            json!({"answer": "Ja"}),
            404,
            "",
        ),
        (
            Method::PATCH,
            "/api/v1/requests/nothing".into(),
            json!({}),
            422,
            "answer",
        ),
    ];
    for (method, path, body, expected, field) in cases {
        let (status, content_type, problem) =
            call(&app, &key, method, &path, Some(body.clone())).await;
        assert_eq!(status, expected, "{path} {body}: {problem}");
        assert_eq!(content_type, "application/problem+json", "{path} {body}");
        if !field.is_empty() {
            assert_eq!(field_of(&problem), field, "{path} {body}: {problem}");
        }
    }
    let (status, content_type, _) = call(
        &app,
        &key,
        Method::GET,
        "/api/v1/requests?status=lost",
        None,
    )
    .await;
    assert_eq!(
        (status, content_type.as_str()),
        (422, "application/problem+json")
    );
    let other = app.api_key_with("Print", &[ApiScope::Print]).await;
    let (status, content_type, problem) = call(&app, &other, Method::GET, &notes, None).await;
    assert_eq!(
        (status, content_type.as_str()),
        (403, "application/problem+json")
    );
    assert_eq!(problem["missing_scope"], "mydata.rights");
    assert_eq!(
        app.count(
            "SELECT COUNT(*) FROM mydata_notes WHERE person_id = $1",
            &karen
        )
        .await,
        before_notes
    );
    assert_eq!(
        app.count(
            "SELECT COUNT(*) FROM mydata_requests WHERE person_id = $1",
            &karen
        )
        .await,
        before_requests
    );
}
