//! "Tjek din tekst" through the page, the API and the command.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use std::io::Write;
use std::process::{Command, Output, Stdio};

use common::{header, TestApp};

const LETTER: &str = "Undertegnede skal hermed fremsende en vurdering af Deres sag. \
                      Vi skal foretage en vurdering. Du bedes svare inden 14 dage.";

#[tokio::test]
async fn the_page_checks_a_text_marks_findings_and_keeps_the_text() {
    let app = TestApp::spawn().await;
    let html = app.get_html("/tjek-tekst").await;
    assert!(html.contains("Tjek din tekst"));
    let response = app
        .submit(
            "/tjek-tekst",
            "/tjek-tekst",
            &[("text", LETTER), ("format", "text")],
        )
        .await;
    assert_eq!(response.status(), 200);
    let html = response.text().await.unwrap();
    assert!(html.contains("LIX "), "{html}");
    assert!(html.contains("at læse"));
    assert!(
        html.contains(r##"<mark><a href="#fund-1">Undertegnede"##),
        "{html}"
    );
    assert!(html.contains("Gammeldags tiltale"));
    assert!(html.contains("Forslag: vurdere"));
    assert!(
        html.contains(">Undertegnede skal hermed fremsende"),
        "the text stays in the box"
    );
}

#[tokio::test]
async fn the_page_says_what_to_do_about_bad_input_and_keeps_it() {
    let app = TestApp::spawn().await;
    let response = app
        .submit(
            "/tjek-tekst",
            "/tjek-tekst",
            &[("text", "  "), ("format", "text")],
        )
        .await;
    assert_eq!(response.status(), 422);
    let html = response.text().await.unwrap();
    assert!(html.contains("Der er et problem"));
    assert!(html.contains("Skriv eller indsæt den tekst"));

    let response = app
        .submit(
            "/tjek-tekst",
            "/tjek-tekst",
            &[("text", "Hej <b>du</b>"), ("format", "pdf")],
        )
        .await;
    assert_eq!(response.status(), 422);
    let html = response.text().await.unwrap();
    assert!(html.contains("Vælg en af formerne"));
    assert!(
        html.contains("Hej &#60;b&#62;du&#60;/b&#62;"),
        "kept and escaped: {html}"
    );

    let long = "Ord. ".repeat(20_001);
    let response = app
        .submit(
            "/tjek-tekst",
            "/tjek-tekst",
            &[("text", &long), ("format", "text")],
        )
        .await;
    assert_eq!(response.status(), 422);
    assert!(response
        .text()
        .await
        .unwrap()
        .contains("Teksten er for lang"));
}

#[tokio::test]
async fn the_api_answers_the_report_as_json() {
    let app = TestApp::spawn().await;
    let client = reqwest::Client::new();
    let report: serde_json::Value = client
        .post(app.url("/api/v1/klarsprog"))
        .json(&serde_json::json!({"text": "# Overskrift\n\nDu **bedes** svare.", "format": "markdown"}))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    for field in [
        "lix",
        "band",
        "words",
        "sentences",
        "long_words",
        "findings",
        "advice",
    ] {
        assert!(!report[field].is_null(), "{field}: {report}");
    }
    assert_eq!(report["sentences"], 2, "the heading is its own sentence");
    let finding = &report["findings"][0];
    assert_eq!(finding["kind"], "passive");
    assert_eq!(finding["text"], "bedes");
    for field in ["start", "end", "message", "suggestion"] {
        assert!(!finding[field].is_null(), "{field}");
    }

    // The format is optional; an empty text says it has no words.
    let empty: serde_json::Value = client
        .post(app.url("/api/v1/klarsprog"))
        .json(&serde_json::json!({"text": ""}))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(empty["lix"], 0.0);
    assert!(empty["advice"][0].as_str().unwrap().contains("ingen ord"));

    let doc: serde_json::Value = app.get("/api/v1/openapi.json").await.json().await.unwrap();
    assert!(doc["paths"]["/api/v1/klarsprog"]["post"].is_object());
    assert!(doc["components"]["schemas"]["Report"].is_object());
}

#[tokio::test]
async fn the_api_refuses_bad_json_and_huge_texts_as_problems() {
    let app = TestApp::spawn().await;
    let client = reqwest::Client::new();
    let response = client
        .post(app.url("/api/v1/klarsprog"))
        .header("content-type", "application/json")
        .body(r#"{"tekst": "hej"}"#)
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 400);
    assert_eq!(
        header(&response, "content-type"),
        "application/problem+json"
    );
    let problem: serde_json::Value = response.json().await.unwrap();
    assert!(
        problem["detail"].as_str().unwrap().contains(r#""text""#),
        "{problem}"
    );

    let huge = "Ord ".repeat(50 * 1024 * 1024 / 4);
    let response = client
        .post(app.url("/api/v1/klarsprog"))
        .json(&serde_json::json!({ "text": huge }))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 413);
    let problem: serde_json::Value = response.json().await.unwrap();
    assert!(
        problem["detail"].as_str().unwrap().contains("131.072 tegn"),
        "{problem}"
    );

    let just_over = "æ".repeat(128 * 1024 + 1);
    let response = client
        .post(app.url("/api/v1/klarsprog"))
        .json(&serde_json::json!({ "text": just_over }))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 413);
}

fn klarsprog(args: &[&str], stdin: &[u8]) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_borgerbro"))
        .arg("klarsprog")
        .args(args)
        .env("NO_COLOR", "1")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    // A command that refuses its arguments may end before it reads its input; then the
    // write meets a closed pipe, and what the command said is the answer.
    if let Err(error) = child.stdin.take().unwrap().write_all(stdin) {
        assert_eq!(error.kind(), std::io::ErrorKind::BrokenPipe, "{error}");
    }
    child.wait_with_output().unwrap()
}

#[test]
fn the_command_reports_and_fails_a_writers_ci_over_the_limit() {
    let output = klarsprog(&[], LETTER.as_bytes());
    assert!(output.status.success());
    let report = String::from_utf8(output.stdout).unwrap();
    assert!(report.starts_with("LIX "), "{report}");
    assert!(report.contains("1:1 «Undertegnede»"), "{report}");

    let output = klarsprog(&["--json"], LETTER.as_bytes());
    let json: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    let lix = json["lix"].as_f64().unwrap();
    assert!(lix > 10.0);

    let over = klarsprog(&["--max-lix", &format!("{}", lix - 1.0)], LETTER.as_bytes());
    assert_eq!(over.status.code(), Some(1));
    let under = klarsprog(&["--max-lix", &format!("{}", lix + 1.0)], LETTER.as_bytes());
    assert_eq!(under.status.code(), Some(0));
}

#[test]
fn the_command_names_the_bad_byte_and_reads_files_in_pieces() {
    let mut bytes = b"Ganske almindelig tekst. ".to_vec();
    bytes.push(0xC0);
    let output = klarsprog(&[], &bytes);
    assert_eq!(output.status.code(), Some(2));
    let message = String::from_utf8_lossy(&output.stderr);
    assert!(message.contains("byte 25"), "{message}");

    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("brev.txt");
    std::fs::write(&path, LETTER.repeat(2000)).unwrap();
    let path = path.to_str().unwrap();
    let whole: serde_json::Value =
        serde_json::from_slice(&klarsprog(&["--json", path], b"").stdout).unwrap();
    let streamed: serde_json::Value =
        serde_json::from_slice(&klarsprog(&["--json", "--summary", path], b"").stdout).unwrap();
    for field in ["words", "sentences", "long_words", "lix", "band"] {
        assert_eq!(whole[field], streamed[field], "{field}");
    }

    let output = klarsprog(&["/no/such/file.txt"], b"");
    assert_eq!(output.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&output.stderr).contains("/no/such/file.txt"));
    let output = klarsprog(&["--summary", "--format", "html"], b"<p>Hej</p>");
    assert_eq!(output.status.code(), Some(2));
}
