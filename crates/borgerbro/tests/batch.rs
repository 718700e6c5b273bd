//! Batches of letters, on SQLite and PostgreSQL: through the API and the command line,
//! all or none, never twice, and whole after a SIGKILL in the middle.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use std::io::{BufRead, BufReader};
use std::process::{Command, Stdio};

use common::TestApp;
use serde_json::{json, Value};

async fn send_batch(
    app: &TestApp,
    key: &str,
    body: &Value,
    idempotency: &str,
) -> reqwest::Response {
    reqwest::Client::new()
        .post(app.url("/api/v1/messages/batch"))
        .bearer_auth(key)
        .header("Idempotency-Key", idempotency)
        .json(body)
        .send()
        .await
        .unwrap()
}

async fn count(app: &TestApp, sql: &str) -> i64 {
    let (n,): (i64,) = sqlx::query_as(sql)
        .fetch_one(&app.state.db.pool)
        .await
        .unwrap();
    n
}

const TEMPLATE_BODY: &str =
    "Kære {{ navn }}\n\nDin boligstøtte er {{ beløb }} kr. om måneden fra 1. januar.";

#[tokio::test]
async fn a_batch_sends_one_personal_letter_to_each_and_never_twice() {
    let app = TestApp::spawn().await;
    let key = app.api_key("Sagssystem").await;
    let mette = app.persona_id("Mette Hansen").await;
    let karen = app.persona_id("Karen Jensen").await;
    let body = json!({
        "template": {"subject": "Din boligstøtte for {{ år }}", "body": TEMPLATE_BODY, "area": "housing"},
        "recipients": [
            {"recipient": {"person_id": mette}, "fields": {"navn": "Mette", "beløb": "1.250", "år": "2027"}},
            {"recipient": {"person_id": karen}, "fields": {"navn": "Karen", "beløb": "980", "år": "2027"}}
        ]
    });
    let response = send_batch(&app, &key, &body, "boligstotte-2027").await;
    assert_eq!(response.status(), 201);
    let sent: Value = response.json().await.unwrap();
    assert_eq!(sent["count"], 2);
    assert_eq!(sent["messages"].as_array().unwrap().len(), 2);

    let again: Value = send_batch(&app, &key, &body, "boligstotte-2027")
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(again["id"], sent["id"], "the same batch, not a second one");
    assert_eq!(
        count(
            &app,
            "SELECT COUNT(*) FROM messages WHERE batch_id IS NOT NULL"
        )
        .await,
        2
    );

    app.login_as("Mette Hansen").await;
    let inbox = app.get_html("/post").await;
    assert!(inbox.contains("Din boligstøtte for 2027"));
    let mine = sent["messages"]
        .as_array()
        .unwrap()
        .iter()
        .find(|m| m["recipient_id"] == mette.as_str())
        .unwrap();
    let letter = app
        .get_html(&format!("/post/{}", mine["id"].as_str().unwrap()))
        .await;
    assert!(letter.contains("Kære Mette"));
    assert!(letter.contains("1.250 kr."));
    // "980 kr.", not "980", which a random id on the page may hold.
    assert!(
        !letter.contains("980 kr.") && !letter.contains("Kære Karen"),
        "another's fields never leak"
    );
}

#[tokio::test]
async fn a_batch_with_one_bad_row_sends_nothing_and_names_the_row() {
    let app = TestApp::spawn().await;
    let key = app.api_key("Sagssystem").await;
    let mette = app.persona_id("Mette Hansen").await;
    let before = count(&app, "SELECT COUNT(*) FROM messages").await;
    let body = json!({
        "template": {"subject": "Din boligstøtte", "body": TEMPLATE_BODY},
        "recipients": [
            {"recipient": {"person_id": mette}, "fields": {"navn": "Mette", "beløb": "1.250"}},
            {"recipient": {"person_id": "ingen-saadan"}, "fields": {"navn": "X", "beløb": "1"}},
            {"recipient": {"person_id": mette}, "fields": {"navn": "Mette"}}
        ]
    });
    let response = send_batch(&app, &key, &body, "bad").await;
    assert_eq!(response.status(), 422);
    let problem: Value = response.json().await.unwrap();
    let errors = problem["errors"].as_array().unwrap();
    assert_eq!(errors[0]["field"], "recipients[1]");
    assert!(errors[0]["detail"]
        .as_str()
        .unwrap()
        .contains("kender ikke"));
    assert_eq!(errors[1]["field"], "recipients[2]");
    assert_eq!(errors[1]["value"], "beløb");
    assert_eq!(count(&app, "SELECT COUNT(*) FROM messages").await, before);

    let unknown_field = json!({
        "template": {"subject": "Hej {{ adresse }}", "body": "Hej."},
        "recipients": [{"recipient": {"person_id": mette}, "fields": {"navn": "Mette"}}]
    });
    let response = send_batch(&app, &key, &unknown_field, "bad-2").await;
    assert_eq!(response.status(), 422);
    let problem: Value = response.json().await.unwrap();
    assert_eq!(problem["errors"][0]["field"], "template");
    assert_eq!(problem["errors"][0]["value"], "adresse");

    let too_many: Vec<Value> = (0..10_001)
        .map(|_| json!({"recipient": {"person_id": mette}}))
        .collect();
    let response = send_batch(
        &app,
        &key,
        &json!({"template": {"subject": "x", "body": "x"}, "recipients": too_many}),
        "too-many",
    )
    .await;
    assert_eq!(response.status(), 422);
    assert_eq!(count(&app, "SELECT COUNT(*) FROM messages").await, before);
}

/// Adds `n` people straight into the database, many to a statement: the kill test needs a
/// batch big enough to be caught in the middle.
async fn add_people(app: &TestApp, n: usize) -> Vec<String> {
    let ids: Vec<String> = (0..n).map(|i| format!("batch-person-{i:06}")).collect();
    for chunk in ids.chunks(500) {
        let values = (0..chunk.len())
            .map(|i| format!("(${}, ${}, 0)", 2 * i + 1, 2 * i + 2))
            .collect::<Vec<_>>()
            .join(", ");
        let sql = format!("INSERT INTO persons (id, name, created_at) VALUES {values}");
        let mut query = sqlx::query(&sql);
        for id in chunk {
            query = query.bind(id).bind(format!("Borger {id}"));
        }
        query.execute(&app.state.db.pool).await.unwrap();
    }
    ids
}

fn batch_files(ids: &[String]) -> (tempfile::TempDir, String, String) {
    let dir = tempfile::tempdir().unwrap();
    let csv = dir.path().join("modtagere.csv");
    let mut text = "person_id,navn,beløb\n".to_owned();
    for (i, id) in ids.iter().enumerate() {
        text.push_str(&format!("{id},Borger {i},{}\n", 500 + i));
    }
    std::fs::write(&csv, text).unwrap();
    let template = dir.path().join("brev.md");
    std::fs::write(
        &template,
        format!("+++\nsubject = \"Din boligstøtte\"\narea = \"housing\"\n+++\n{TEMPLATE_BODY}\n"),
    )
    .unwrap();
    let paths = (csv.display().to_string(), template.display().to_string());
    (dir, paths.0, paths.1)
}

fn send_batch_command(app: &TestApp, csv: &str, template: &str) -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_borgerbro"));
    command.args([
        "post",
        "send-batch",
        "--db",
        app.db.url.as_str(),
        csv,
        "--template",
        template,
    ]);
    command
}

#[tokio::test]
async fn the_command_sends_a_file_once_and_refuses_a_bad_one_whole() {
    let app = TestApp::spawn().await;
    let ids = add_people(&app, 3).await;
    let (_dir, csv, template) = batch_files(&ids);
    let output = send_batch_command(&app, &csv, &template).output().unwrap();
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    assert!(String::from_utf8_lossy(&output.stdout).starts_with("Sendt: 3 breve"));
    let output = send_batch_command(&app, &csv, &template).output().unwrap();
    assert!(output.status.success());
    assert!(String::from_utf8_lossy(&output.stdout).starts_with("Sendt før"));
    assert_eq!(
        count(
            &app,
            "SELECT COUNT(*) FROM messages WHERE batch_id IS NOT NULL"
        )
        .await,
        3
    );

    let (_bad_dir, bad_csv, bad_template) =
        batch_files(&[ids[0].clone(), "ingen-saadan".to_owned()]);
    let output = send_batch_command(&app, &bad_csv, &bad_template)
        .output()
        .unwrap();
    assert!(!output.status.success());
    let said = String::from_utf8_lossy(&output.stderr);
    assert!(said.contains("Intet er sendt."), "{said}");
    assert!(
        said.contains("Linje 3: Vi kender ikke modtageren"),
        "{said}"
    );
    assert_eq!(
        count(
            &app,
            "SELECT COUNT(*) FROM messages WHERE batch_id IS NOT NULL"
        )
        .await,
        3
    );
}

/// The command reads, checks and writes a file a chunk at a time (so a national batch
/// never sits in memory): a bad row in a later chunk than the first still leaves nothing
/// sent, and every bad row is named with its line, whichever chunk it was in.
#[tokio::test]
async fn a_bad_row_far_into_a_long_file_sends_nothing_of_the_rows_before_it() {
    let app = TestApp::spawn().await;
    let mut ids = add_people(&app, 1_200).await;
    ids[3] = "ingen-saadan".to_owned();
    ids[1_150] = "heller-ingen".to_owned();
    let (_dir, csv, template) = batch_files(&ids);
    let output = send_batch_command(&app, &csv, &template).output().unwrap();
    assert!(!output.status.success());
    let said = String::from_utf8_lossy(&output.stderr);
    assert!(said.contains("Intet er sendt."), "{said}");
    assert!(
        said.contains("Linje 5: Vi kender ikke modtageren"),
        "{said}"
    );
    assert!(
        said.contains("Linje 1152: Vi kender ikke modtageren"),
        "{said}"
    );
    assert_eq!(
        count(
            &app,
            "SELECT COUNT(*) FROM messages WHERE batch_id IS NOT NULL"
        )
        .await,
        0
    );
    assert_eq!(count(&app, "SELECT COUNT(*) FROM batches").await, 0);
    assert_eq!(
        count(
            &app,
            "SELECT COUNT(*) FROM api_requests WHERE idempotency_key LIKE 'file:%'"
        )
        .await,
        0,
        "the key is free for the mended file"
    );
}

#[tokio::test]
async fn a_batch_killed_in_the_middle_leaves_nothing_and_a_rerun_sends_each_letter_once() {
    let app = TestApp::spawn().await;
    let ids = add_people(&app, 20_000).await;
    let (_dir, csv, template) = batch_files(&ids);
    let mut child = send_batch_command(&app, &csv, &template)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    // The first progress line: letters are being written, none is committed yet.
    let mut progress = BufReader::new(child.stderr.take().unwrap());
    let mut line = String::new();
    progress.read_line(&mut line).unwrap();
    assert!(line.starts_with("Skrevet "), "{line}");
    child.kill().unwrap(); // SIGKILL
    child.wait().unwrap();
    assert_eq!(
        count(
            &app,
            "SELECT COUNT(*) FROM messages WHERE batch_id IS NOT NULL"
        )
        .await,
        0
    );
    assert_eq!(count(&app, "SELECT COUNT(*) FROM batches").await, 0);

    let output = send_batch_command(&app, &csv, &template).output().unwrap();
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    assert!(String::from_utf8_lossy(&output.stdout).starts_with("Sendt: 20000 breve"));
    let output = send_batch_command(&app, &csv, &template).output().unwrap();
    assert!(String::from_utf8_lossy(&output.stdout).starts_with("Sendt før"));
    assert_eq!(
        count(
            &app,
            "SELECT COUNT(*) FROM messages WHERE batch_id IS NOT NULL"
        )
        .await,
        20_000
    );
    assert_eq!(
        count(
            &app,
            "SELECT COUNT(DISTINCT recipient_id) FROM messages WHERE batch_id IS NOT NULL"
        )
        .await,
        20_000,
        "each letter once"
    );
}

#[tokio::test]
async fn a_merged_letter_past_a_letters_limits_refuses_the_whole_batch() {
    let app = TestApp::spawn().await;
    let key = app.api_key("Sagssystem").await;
    let mette = app.persona_id("Mette Hansen").await;
    let karen = app.persona_id("Karen Jensen").await;
    let before = count(&app, "SELECT COUNT(*) FROM messages").await;
    // The template keeps the limits; one row's merge field, within a field's own limit
    // (a letter body's length), makes a subject of 300 characters.
    let huge = "x".repeat(300);
    let body = json!({
        "template": {"subject": "Til {{ navn }}", "body": "Kære {{ navn }}"},
        "recipients": [
            {"recipient": {"person_id": mette}, "fields": {"navn": "Mette"}},
            {"recipient": {"person_id": karen}, "fields": {"navn": huge}}
        ]
    });
    let response = send_batch(&app, &key, &body, "huge-field").await;
    assert_eq!(response.status(), 422);
    assert_eq!(
        common::header(&response, "content-type"),
        "application/problem+json"
    );
    let problem: Value = response.json().await.unwrap();
    let errors = problem["errors"].as_array().unwrap();
    assert_eq!(errors.len(), 1, "{problem}");
    assert_eq!(errors[0]["field"], "recipients[1]");
    assert_eq!(errors[0]["value"], "subject");
    assert!(
        errors[0]["detail"].as_str().unwrap().contains("200"),
        "{problem}"
    );
    assert_eq!(
        count(&app, "SELECT COUNT(*) FROM messages").await,
        before,
        "nothing sent, not even Mette's"
    );
}
