//! The audit log on a real database: appends chain, the database refuses changes, and
//! `borgerbro audit verify` names the first bad entry.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use std::process::Command;

use borgerbro::audit::{self, Actor, NewEntry};
use borgerbro::clock::Clock;
use borgerbro::db::Backend;
use common::TestDb;

fn verify_command(db: &TestDb) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_borgerbro"))
        .args(["audit", "verify", "--db", db.url.as_str()])
        .output()
        .unwrap()
}

async fn record_some(db: &borgerbro::db::Db, n: usize) {
    let clock = Clock::system();
    for i in 0..n {
        audit::record(
            db,
            &clock,
            NewEntry::new(Actor::Person(format!("caseworker-{i}")), "test.read")
                .subject("citizen-1")
                .purpose("test"),
        )
        .await
        .unwrap();
    }
}

#[tokio::test]
async fn concurrent_appends_keep_one_chain() {
    let test_db = TestDb::new().await;
    let db = test_db.connect().await;
    let mut tasks = Vec::new();
    for _ in 0..8 {
        let db = db.clone();
        tasks.push(tokio::spawn(async move { record_some(&db, 5).await }));
    }
    for task in tasks {
        task.await.unwrap();
    }
    assert_eq!(audit::verify(&db.pool).await.unwrap(), 40);
}

#[tokio::test]
async fn the_database_refuses_to_change_or_remove_an_entry() {
    let test_db = TestDb::new().await;
    let db = test_db.connect().await;
    record_some(&db, 2).await;
    assert!(
        sqlx::query("UPDATE audit_entries SET action = 'x' WHERE seq = 1")
            .execute(&db.pool)
            .await
            .is_err()
    );
    assert!(sqlx::query("DELETE FROM audit_entries WHERE seq = 1")
        .execute(&db.pool)
        .await
        .is_err());
    assert_eq!(audit::verify(&db.pool).await.unwrap(), 2);
}

/// Someone with access to the database itself turns the guard off first.
async fn disable_guard(test_db: &TestDb, db: &borgerbro::db::Db) {
    let sql = match test_db.backend() {
        Backend::Sqlite => {
            "DROP TRIGGER audit_entries_no_update; DROP TRIGGER audit_entries_no_delete;"
        }
        Backend::Postgres => "ALTER TABLE audit_entries DISABLE TRIGGER audit_entries_no_change",
    };
    sqlx::raw_sql(sql).execute(&db.pool).await.unwrap();
}

#[tokio::test]
async fn verify_passes_an_intact_log_and_names_an_altered_entry() {
    let test_db = TestDb::new().await;
    let db = test_db.connect().await;
    record_some(&db, 5).await;
    let ok = verify_command(&test_db);
    assert!(ok.status.success(), "{ok:?}");
    assert!(String::from_utf8_lossy(&ok.stdout).contains("intact: 5 entries"));

    disable_guard(&test_db, &db).await;
    sqlx::query("UPDATE audit_entries SET subject = 'someone-else' WHERE seq = 3")
        .execute(&db.pool)
        .await
        .unwrap();
    let bad = verify_command(&test_db);
    assert!(!bad.status.success());
    let message = String::from_utf8_lossy(&bad.stderr);
    assert!(message.contains("entry 3"), "{message}");
    assert!(message.contains("altered"), "{message}");
}

#[tokio::test]
async fn verify_names_a_removed_entry() {
    let test_db = TestDb::new().await;
    let db = test_db.connect().await;
    record_some(&db, 5).await;
    disable_guard(&test_db, &db).await;
    sqlx::query("DELETE FROM audit_entries WHERE seq = 2")
        .execute(&db.pool)
        .await
        .unwrap();
    let bad = verify_command(&test_db);
    assert!(!bad.status.success());
    let message = String::from_utf8_lossy(&bad.stderr);
    assert!(message.contains("entry 2 is missing"), "{message}");

    // Removing the newest entry is caught too.
    let test_db = TestDb::new().await;
    let db = test_db.connect().await;
    record_some(&db, 3).await;
    disable_guard(&test_db, &db).await;
    sqlx::query("DELETE FROM audit_entries WHERE seq = 3")
        .execute(&db.pool)
        .await
        .unwrap();
    let bad = verify_command(&test_db);
    assert!(!bad.status.success());
    assert!(String::from_utf8_lossy(&bad.stderr).contains("after 2 are missing"));
}

#[tokio::test]
async fn logins_and_key_changes_are_audited() {
    let app = common::TestApp::spawn().await;
    app.login_as("Anne Kristensen").await;
    app.submit(
        "/admin/api-noegler",
        "/admin/api-noegler",
        &[("name", "Sagssystem"), ("scope", "letters.send")],
    )
    .await;
    let anne = app.persona_id("Anne Kristensen").await;
    let rows: Vec<(String, String)> =
        sqlx::query_as("SELECT actor, action FROM audit_entries WHERE actor = $1 ORDER BY seq")
            .bind(format!("person:{anne}"))
            .fetch_all(&app.state.db.pool)
            .await
            .unwrap();
    assert_eq!(
        rows,
        vec![
            (format!("person:{anne}"), "auth.login".to_owned()),
            (format!("person:{anne}"), "apikey.create".to_owned()),
        ]
    );
    audit::verify(&app.state.db.pool).await.unwrap();
}

/// An entry whose actor this build cannot read (a newer version's kind of actor, a hand
/// in the database) is an error where it is read, never shown as someone it is not: the
/// citizen's page of what her helpers did compared the stored text and would have read
/// it as nobody's.
#[tokio::test]
async fn an_entry_whose_actor_this_build_cannot_read_is_an_error_never_a_default() {
    let app = common::TestApp::spawn().await;
    let karen = app.persona_id("Karen Jensen").await;
    let db = &app.state.db;
    assert!(audit::about(db, &karen).await.is_ok());
    sqlx::query(
        "INSERT INTO audit_entries \
         (seq, id, at_ms, actor, subject, action, prev_hash, hash) \
         VALUES (1000000, 'by-hand', 0, 'robot:1', $1, 'post.read', '', '')",
    )
    .bind(&karen)
    .execute(&db.pool)
    .await
    .unwrap();
    let read = audit::about(db, &karen).await;
    assert!(read.is_err(), "{read:?}");
    app.login_as("Karen Jensen").await;
    let page = app.get("/hjaelpere").await;
    assert_ne!(page.status(), 200, "not shown as someone it is not");
}
