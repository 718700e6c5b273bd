//! The command line as an operator meets it: plain errors, keys that work.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use std::process::{Command, Output};

fn borgerbro(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_borgerbro"))
        .args(args)
        .env_remove("BORGERBRO_DB")
        .env_remove("BORGERBRO_CONFIG")
        .output()
        .unwrap()
}

fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

#[test]
fn every_command_explains_itself() {
    for args in [
        vec!["--help"],
        vec!["serve", "--help"],
        vec!["demo", "--help"],
        vec!["migrate", "--help"],
        vec!["audit", "verify", "--help"],
        vec!["apikey", "create", "--help"],
        vec!["retention", "--help"],
    ] {
        let output = borgerbro(&args);
        assert!(output.status.success(), "{args:?}");
        assert!(
            String::from_utf8_lossy(&output.stdout).len() > 100,
            "{args:?}"
        );
    }
}

#[test]
fn a_malformed_database_address_is_explained() {
    let output = borgerbro(&["migrate", "--db", "mysql://root@localhost/b"]);
    assert!(!output.status.success());
    let message = stderr(&output);
    assert!(message.contains("sqlite://"), "{message}");
    assert!(!message.contains("panicked"), "{message}");
}

#[test]
fn a_database_that_is_down_is_explained() {
    let output = borgerbro(&["migrate", "--db", "postgres://nobody@127.0.0.1:1/none"]);
    assert!(!output.status.success());
    let message = stderr(&output);
    assert!(message.contains("Could not open the database"), "{message}");
    assert!(
        message.contains("Check that the database runs"),
        "{message}"
    );
}

#[test]
fn an_unreadable_settings_file_is_explained() {
    let output = borgerbro(&["serve", "--config", "/nonexistent/borgerbro.toml"]);
    assert!(!output.status.success());
    let message = stderr(&output);
    assert!(message.contains("/nonexistent/borgerbro.toml"), "{message}");

    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("bad.toml");
    std::fs::write(&path, "db = \n").unwrap();
    let output = borgerbro(&["serve", "--config", path.to_str().unwrap()]);
    assert!(!output.status.success());
    assert!(
        stderr(&output).contains("is not valid"),
        "{}",
        stderr(&output)
    );
}

#[test]
fn serve_without_a_database_says_how_to_give_one() {
    let output = borgerbro(&["serve"]);
    assert!(!output.status.success());
    assert!(stderr(&output).contains("--db"), "{}", stderr(&output));
}

#[tokio::test]
async fn migrate_brings_a_database_up_to_date_twice_over() {
    let db = common::TestDb::new().await;
    for _ in 0..2 {
        let output = borgerbro(&["migrate", "--db", db.url.as_str()]);
        assert!(output.status.success(), "{}", stderr(&output));
    }
}

#[tokio::test]
async fn apikey_create_prints_a_key_that_the_api_accepts() {
    let app = common::TestApp::spawn().await;
    let output = borgerbro(&[
        "apikey",
        "create",
        "--db",
        app.db.url.as_str(),
        "--name",
        "Telefonrobot",
        "--scope",
        "bookings",
        "--scope",
        "mandates.check,letters.read",
    ]);
    assert!(output.status.success(), "{}", stderr(&output));
    let stdout = String::from_utf8_lossy(&output.stdout);
    let key = stdout.lines().last().unwrap().trim();
    assert!(key.starts_with("bb_"), "{stdout}");
    let me: serde_json::Value = reqwest::Client::new()
        .get(app.url("/api/v1/client"))
        .bearer_auth(key)
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(me["name"], "Telefonrobot");
    assert_eq!(
        me["scopes"],
        serde_json::json!(["letters.read", "mandates.check", "bookings"])
    );
    // Only the hash is stored.
    let stored: Vec<(String,)> = sqlx::query_as("SELECT key_hash FROM api_keys")
        .fetch_all(&app.state.db.pool)
        .await
        .unwrap();
    assert!(stored.iter().all(|(hash,)| hash != key));

    let output = borgerbro(&[
        "apikey",
        "create",
        "--db",
        app.db.url.as_str(),
        "--name",
        " ",
        "--scope",
        "bookings",
    ]);
    assert!(!output.status.success());
    assert!(stderr(&output).contains("--name"));

    // A key must say what it may do, in words the program knows.
    for scopes in [&[][..], &["--scope", "letters.everything"][..]] {
        let mut args = vec!["apikey", "create", "--db", app.db.url.as_str()];
        args.extend(["--name", "Sagssystem"]);
        args.extend_from_slice(scopes);
        let output = borgerbro(&args);
        assert!(!output.status.success());
        assert!(stderr(&output).contains("--scope"), "{}", stderr(&output));
    }
}
