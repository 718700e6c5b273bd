//! `Idempotency-Key` on the API calls that register a person and give a permission: a
//! retry answers with what the first call made and makes nothing new; the same key with
//! another request is refused; two at once never both make it and never answer 500; a key
//! that is no key is refused. SQLite and PostgreSQL.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use common::{header, TestApp};
use serde_json::{json, Value};

async fn post(
    app: &TestApp,
    key: &str,
    path: &str,
    idem: &str,
    body: &Value,
) -> (u16, String, Value) {
    let response = reqwest::Client::new()
        .post(app.url(path))
        .bearer_auth(key)
        .header("Idempotency-Key", idem)
        .json(body)
        .send()
        .await
        .unwrap();
    let status = response.status().as_u16();
    let content_type = header(&response, "content-type").to_owned();
    (
        status,
        content_type,
        response.json().await.unwrap_or_default(),
    )
}

async fn people_named(app: &TestApp, name: &str) -> i64 {
    app.count("SELECT COUNT(*) FROM persons WHERE name = $1", name)
        .await
}

#[tokio::test]
async fn a_person_registered_again_with_the_same_key_is_the_same_person() {
    let app = TestApp::spawn().await;
    let key = app.api_key("Sagssystem").await;
    let ib = json!({"name": "Ib Madsen", "address": "Vestergade 1, 8000 Aarhus C"});
    let (status, _, first) = post(&app, &key, "/api/v1/people", "person-1", &ib).await;
    assert_eq!(status, 201, "{first}");
    // The answer was lost; the system sends the same again, its keys in another order.
    let same = json!({"address": "Vestergade 1, 8000 Aarhus C", "name": "Ib Madsen"});
    let (status, _, again) = post(&app, &key, "/api/v1/people", "person-1", &same).await;
    assert_eq!(status, 200, "{again}");
    assert_eq!(again["id"], first["id"]);
    assert_eq!(
        people_named(&app, "Ib Madsen").await,
        1,
        "one person, not two"
    );

    // The same key for another person is refused, and registers nobody.
    let other = json!({"name": "Ida Madsen"});
    let (status, content_type, problem) =
        post(&app, &key, "/api/v1/people", "person-1", &other).await;
    assert_eq!(status, 409, "{problem}");
    assert_eq!(content_type, "application/problem+json");
    assert_eq!(people_named(&app, "Ida Madsen").await, 0);

    // Another system's key of the same name is its own.
    let other_key = app.api_key("Telefonrobot").await;
    let (status, _, theirs) = post(&app, &other_key, "/api/v1/people", "person-1", &other).await;
    assert_eq!(status, 201, "{theirs}");
}

#[tokio::test]
async fn a_permission_given_again_with_the_same_key_is_the_same_permission() {
    let app = TestApp::spawn().await;
    let key = app.api_key("Borgerservice").await;
    let karen = app.persona_id("Karen Jensen").await;
    let peter = app.persona_id("Peter Jensen").await;
    let body = json!({"citizen": karen, "helper": peter, "areas": ["post"], "rights": "look",
                      "accepted_in_person": true, "identity_check": "pas"});
    let given = "SELECT COUNT(*) FROM mandates WHERE citizen_id = $1";
    let before = app.count(given, &karen).await;
    let letters = "SELECT COUNT(*) FROM messages WHERE recipient_id = $1";
    let letters_before = app.count(letters, &karen).await;

    let (status, _, first) = post(&app, &key, "/api/v1/mandates", "give-1", &body).await;
    assert_eq!(status, 201, "{first}");
    let (status, _, again) = post(&app, &key, "/api/v1/mandates", "give-1", &body).await;
    assert_eq!(status, 200, "{again}");
    assert_eq!(again["id"], first["id"]);
    assert_eq!(app.count(given, &karen).await, before + 1, "one permission");
    assert_eq!(
        app.count(letters, &karen).await,
        letters_before + 1,
        "one letter"
    );

    let mut other = body.clone();
    other["rights"] = json!("act");
    let (status, _, problem) = post(&app, &key, "/api/v1/mandates", "give-1", &other).await;
    assert_eq!(status, 409, "{problem}");
    assert_eq!(app.count(given, &karen).await, before + 1);

    // The same key on another route is another request.
    let (status, _, problem) = post(
        &app,
        &key,
        "/api/v1/people",
        "give-1",
        &json!({"name": "Ib"}),
    )
    .await;
    assert_eq!(status, 409, "{problem}");
}

#[tokio::test]
async fn two_identical_requests_at_once_make_one_person_and_never_answer_500() {
    let app = TestApp::spawn().await;
    let key = app.api_key("Sagssystem").await;
    let body = json!({"name": "Tvilling Hansen"});
    let (a, b) = tokio::join!(
        post(&app, &key, "/api/v1/people", "twin", &body),
        post(&app, &key, "/api/v1/people", "twin", &body),
    );
    let mut statuses = [a.0, b.0];
    statuses.sort_unstable();
    assert!(
        matches!(statuses, [200, 201] | [201, 409]),
        "one made it, the other got it back or was told to retry: {a:?} {b:?}"
    );
    let busy = [a, b].into_iter().find(|(status, _, _)| *status == 409);
    if let Some((_, content_type, problem)) = busy {
        assert_eq!(content_type, "application/problem+json", "{problem}");
    }
    assert_eq!(people_named(&app, "Tvilling Hansen").await, 1);
}

#[tokio::test]
async fn a_key_that_is_no_key_is_refused_before_anything_is_made() {
    let app = TestApp::spawn().await;
    let key = app.api_key("Sagssystem").await;
    let long = "k".repeat(60_000);
    for bad in ["", long.as_str()] {
        let (status, content_type, problem) = post(
            &app,
            &key,
            "/api/v1/people",
            bad,
            &json!({"name": "Nøgleløs"}),
        )
        .await;
        assert_eq!(status, 400, "{problem}");
        assert_eq!(content_type, "application/problem+json");
    }
    assert_eq!(people_named(&app, "Nøgleløs").await, 0);
}

/// Sends `n` copies of one request at the same moment, each on its own connection.
async fn twins(
    app: &TestApp,
    key: &str,
    path: &str,
    idem: &str,
    body: &Value,
    n: usize,
) -> Vec<(u16, String, Value)> {
    let requests = (0..n).map(|_| post(app, key, path, idem, body));
    futures_util::future::join_all(requests).await
}

/// Of identical requests at once, one made it (201); each other got what it made (200,
/// the same id) or was told to retry (409 problem+json with Retry-After); none got 500.
fn one_made_it(answers: &[(u16, String, Value)]) -> Value {
    let made: Vec<&Value> = answers
        .iter()
        .filter(|(status, _, _)| *status == 201)
        .map(|(_, _, body)| body)
        .collect();
    assert_eq!(made.len(), 1, "exactly one made it: {answers:?}");
    for (status, content_type, body) in answers {
        match status {
            201 => {}
            200 => assert_eq!(body["id"], made[0]["id"], "the first answer: {body}"),
            409 => assert_eq!(content_type, "application/problem+json", "{body}"),
            _ => panic!("never {status}: {answers:?}"),
        }
    }
    made[0].clone()
}

#[tokio::test]
async fn identical_letters_at_once_send_one_letter_and_never_answer_500() {
    let app = TestApp::spawn().await;
    let key = app.api_key("Sagssystem").await;
    let mette = app.persona_id("Mette Hansen").await;
    let body =
        json!({"recipient": {"person_id": mette}, "subject": "Tvillingebrev", "body": "Tak."});
    let answers = twins(&app, &key, "/api/v1/messages", "twin-letter", &body, 4).await;
    one_made_it(&answers);
    assert_eq!(
        app.count(
            "SELECT COUNT(*) FROM messages WHERE subject = $1",
            "Tvillingebrev"
        )
        .await,
        1
    );
    // Once settled, a retry gets the first answer.
    let (status, _, again) = post(&app, &key, "/api/v1/messages", "twin-letter", &body).await;
    assert_eq!(status, 200, "{again}");
}

#[tokio::test]
async fn identical_batches_at_once_send_one_batch_and_never_answer_500() {
    let app = TestApp::spawn().await;
    let key = app.api_key("Sagssystem").await;
    let mette = app.persona_id("Mette Hansen").await;
    let karen = app.persona_id("Karen Jensen").await;
    let body = json!({
        "template": {"subject": "Tvillingebatch til {{ navn }}", "body": "Kære {{ navn }}"},
        "recipients": [
            {"recipient": {"person_id": mette}, "fields": {"navn": "Mette"}},
            {"recipient": {"person_id": karen}, "fields": {"navn": "Karen"}}
        ]
    });
    let answers = twins(&app, &key, "/api/v1/messages/batch", "twin-batch", &body, 4).await;
    let made = one_made_it(&answers);
    assert_eq!(made["count"], 2);
    assert_eq!(
        app.count(
            "SELECT COUNT(*) FROM messages WHERE subject LIKE $1",
            "Tvillingebatch%"
        )
        .await,
        2,
        "one batch of two letters"
    );
    let (status, _, again) = post(&app, &key, "/api/v1/messages/batch", "twin-batch", &body).await;
    assert_eq!(status, 200, "{again}");
    assert_eq!(again["id"], made["id"]);
}

/// Of identical requests at once, one made it (201) and every twin waited for it and got
/// what it made (200, the same id): none was told to retry, none got 500.
fn one_made_it_and_the_twins_got_it(answers: &[(u16, String, Value)]) -> Value {
    let made = one_made_it(answers);
    let statuses: Vec<u16> = answers.iter().map(|(status, _, _)| *status).collect();
    assert!(
        statuses.iter().all(|status| matches!(status, 200 | 201)),
        "every twin waited for the first and got its answer: {answers:?}"
    );
    made
}

#[tokio::test]
async fn identical_people_at_once_register_one_and_every_twin_gets_them() {
    let app = TestApp::spawn().await;
    let key = app.api_key("Sagssystem").await;
    let body = json!({"name": "Firling Hansen", "cpr": "0101904321"});
    let answers = twins(&app, &key, "/api/v1/people", "twin-person", &body, 4).await;
    one_made_it_and_the_twins_got_it(&answers);
    assert_eq!(people_named(&app, "Firling Hansen").await, 1);
}

#[tokio::test]
async fn identical_permissions_at_once_give_one_and_every_twin_gets_it() {
    let app = TestApp::spawn().await;
    let key = app.api_key("Borgerservice").await;
    let karen = app.persona_id("Karen Jensen").await;
    let birgit = app.persona_id("Birgit Holm").await;
    let body = json!({"citizen": karen, "helper": birgit, "areas": ["post", "health"],
                      "rights": "look", "accepted_in_person": true, "identity_check": "pas"});
    let given = "SELECT COUNT(*) FROM mandates WHERE helper_id = $1";
    let before = app.count(given, &birgit).await;
    let answers = twins(&app, &key, "/api/v1/mandates", "twin-mandate", &body, 4).await;
    one_made_it_and_the_twins_got_it(&answers);
    assert_eq!(
        app.count(given, &birgit).await,
        before + 1,
        "one permission"
    );
}
