//! Retention, on SQLite and PostgreSQL: the sweep as of a day deletes or anonymises what
//! has passed its period in the record of processing, kind by kind, one audit entry per
//! kind with the count; what is not past its period stays, open requests stay however
//! old, what the law keeps is never touched whatever the record says; a dry run changes
//! nothing; `borgerbro retention --dry-run --as-of` prints the same and the command
//! without `--dry-run` does it. A sign-up to a course or event made online is anonymised
//! a year after the event ended, and not a day before.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use std::process::Command;

use borgerbro::audit::Actor;
use borgerbro::clock::Clock;
use borgerbro::mydata::record::{self, Category};
use borgerbro::mydata::retention::{self, model::start_of, Action, Run};
use common::TestApp;

/// 1 January 2030, a Danish midnight: bookings and sign-ups to events 365 days (before
/// 1 January 2029),
/// feedback 730 days, permissions and requests 1826 days (before 1 January 2025).
const AS_OF: &str = "2030-01-01";

fn ms(at: &str) -> i64 {
    at.parse::<jiff::Timestamp>().unwrap().as_millisecond()
}

fn as_of() -> Clock {
    Clock::fixed(start_of(AS_OF.parse().unwrap()).unwrap())
}

async fn count(app: &TestApp, sql: &str) -> i64 {
    let (n,): (i64,) = sqlx::query_as(sql)
        .fetch_one(&app.state.db.pool)
        .await
        .unwrap();
    n
}

/// A booking for Karen whose meeting ended at `ends_at`.
async fn booking(app: &TestApp, id: &str, ends_at: &str, karen: &str) {
    let end = ms(ends_at);
    sqlx::query(
        "INSERT INTO booking_slots (id, kind, starts_at, ends_at, created_by, created_at) \
         VALUES ($1, 'callback', $2, $3, 'system', $4)",
    )
    .bind(format!("slot-{id}"))
    .bind(end - 1_800_000)
    .bind(end)
    .bind(end - 86_400_000)
    .execute(&app.state.db.pool)
    .await
    .unwrap();
    sqlx::query(
        "INSERT INTO bookings (id, slot_id, citizen_id, name, phone, topic, note, booked_by, \
         created_at) VALUES ($1, $2, $3, 'Karen Jensen', '+4512345678', 'Boligstøtte', \
         'Har svært ved trapper', $4, $5)",
    )
    .bind(id)
    .bind(format!("slot-{id}"))
    .bind(karen)
    .bind(format!("person:{karen}"))
    .bind(end - 86_400_000)
    .execute(&app.state.db.pool)
    .await
    .unwrap();
}

/// Karen's sign-up, made by the front desk, to an event that ended at `ends_at`.
async fn signup(app: &TestApp, id: &str, ends_at: &str, karen: &str) {
    let end = ms(ends_at);
    sqlx::query(
        "INSERT INTO network_events (id, kind, title, description, place_id, starts_at, \
         ends_at, language, seats, taken, signups_made, created_by, created_at) \
         VALUES ($1, 'it_cafe', 'IT-café', 'Kom og få hjælp.', 'place', $2, $3, 'da', 10, \
         1, 1, 'system', $4)",
    )
    .bind(format!("event-{id}"))
    .bind(end - 7_200_000)
    .bind(end)
    .bind(end - 86_400_000)
    .execute(&app.state.db.pool)
    .await
    .unwrap();
    sqlx::query(
        "INSERT INTO network_event_signups (id, event_id, person_id, name, phone, channel, \
         made_by, number, status, signed_up_at, attended) \
         VALUES ($1, $2, $3, 'Karen Jensen', '', 'desk', 'person:desk', 1, 'seat', $4, 1)",
    )
    .bind(id)
    .bind(format!("event-{id}"))
    .bind(karen)
    .bind(end - 86_400_000)
    .execute(&app.state.db.pool)
    .await
    .unwrap();
}

async fn feedback(app: &TestApp, id: &str, at: &str) {
    sqlx::query(
        "INSERT INTO help_feedback (id, task, page, score, words, created_at) \
         VALUES ($1, 'booking', '/tider', 4, 'Fint', $2)",
    )
    .bind(id)
    .bind(ms(at))
    .execute(&app.state.db.pool)
    .await
    .unwrap();
}

async fn permission(
    app: &TestApp,
    id: &str,
    karen: &str,
    peter: &str,
    valid_to: &str,
    ended_at: Option<&str>,
) {
    sqlx::query(
        "INSERT INTO mandates (id, citizen_id, helper_id, scopes, rights, valid_from, valid_to, \
         given_by, created_at, accepted_at, ended_at) \
         VALUES ($1, $2, $3, 'post', 'look', '2020-01-01', $4, $5, $6, $6, $7)",
    )
    .bind(id)
    .bind(karen)
    .bind(peter)
    .bind(valid_to)
    .bind(format!("person:{karen}"))
    .bind(ms("2020-01-01T10:00:00Z"))
    .bind(ended_at.map(ms))
    .execute(&app.state.db.pool)
    .await
    .unwrap();
}

async fn request(app: &TestApp, id: &str, karen: &str, received: &str, answered: Option<&str>) {
    sqlx::query(
        "INSERT INTO mydata_requests (id, person_id, kind, text, channel, made_by, received_at, \
         received_on, due_on, answer, answered_by, answered_at, created_at) \
         VALUES ($1, $2, 'access', 'Hvad har I om mig?', 'online', $3, $4, $5, $5, $6, $7, $8, $4)",
    )
    .bind(id)
    .bind(karen)
    .bind(format!("person:{karen}"))
    .bind(ms(&format!("{received}T10:00:00Z")))
    .bind(received)
    .bind(answered.map(|_| "Her er det."))
    .bind(answered.map(|_| "system"))
    .bind(answered.map(|a| ms(&format!("{a}T10:00:00Z"))))
    .execute(&app.state.db.pool)
    .await
    .unwrap();
}

/// Old and recent items of each kind that has a period.
async fn seed(app: &TestApp) {
    let karen = app.persona_id("Karen Jensen").await;
    let peter = app.persona_id("Peter Jensen").await;
    booking(app, "booking-old", "2028-06-01T10:00:00Z", &karen).await;
    booking(app, "booking-recent", "2029-06-01T10:00:00Z", &karen).await;
    signup(app, "signup-old", "2028-06-01T10:00:00Z", &karen).await;
    signup(app, "signup-recent", "2029-06-01T10:00:00Z", &karen).await;
    feedback(app, "feedback-old", "2027-06-01T10:00:00Z").await;
    feedback(app, "feedback-recent", "2029-06-01T10:00:00Z").await;
    permission(app, "permission-old", &karen, &peter, "2024-06-01", None).await;
    permission(
        app,
        "permission-ended-recently",
        &karen,
        &peter,
        "2035-01-01",
        Some("2028-01-01T10:00:00Z"),
    )
    .await;
    request(app, "request-old", &karen, "2024-01-02", Some("2024-01-20")).await;
    request(app, "request-open", &karen, "2024-01-02", None).await;
    request(
        app,
        "request-recent",
        &karen,
        "2029-01-02",
        Some("2029-01-20"),
    )
    .await;
}

/// What the sweep may change and what it must not, as counts.
async fn state(app: &TestApp) -> Vec<i64> {
    let mut counts = Vec::new();
    for sql in [
        "SELECT COUNT(*) FROM bookings WHERE citizen_id IS NOT NULL",
        "SELECT COUNT(*) FROM bookings WHERE phone IS NOT NULL",
        "SELECT COUNT(*) FROM help_feedback",
        "SELECT COUNT(*) FROM mandates",
        "SELECT COUNT(*) FROM mydata_requests",
        "SELECT COUNT(*) FROM mydata_notes",
        "SELECT COUNT(*) FROM messages",
        "SELECT COUNT(*) FROM replies",
        "SELECT COUNT(*) FROM persons",
        "SELECT COUNT(*) FROM audit_entries",
        "SELECT COUNT(*) FROM network_event_signups WHERE person_id IS NOT NULL",
        "SELECT COUNT(*) FROM network_event_signups",
    ] {
        counts.push(count(app, sql).await);
    }
    counts
}

fn run_of(runs: &[Run], category: Category) -> &Run {
    runs.iter().find(|r| r.category == category).unwrap()
}

async fn present(app: &TestApp, table: &str, id: &str) -> bool {
    count(
        app,
        &format!("SELECT COUNT(*) FROM {table} WHERE id = '{id}'"),
    )
    .await
        == 1
}

#[tokio::test]
async fn the_sweep_as_of_a_day_removes_what_is_past_its_period_and_keeps_the_rest() {
    let app = TestApp::spawn().await;
    seed(&app).await;
    let clock = as_of();
    let db = &app.state.db;

    // The dry run: counts, changes nothing, audits nothing.
    let before = state(&app).await;
    let dry = retention::sweep(db, &clock, false).await.unwrap();
    assert_eq!(state(&app).await, before, "a dry run changes nothing");
    for category in [
        Category::Bookings,
        Category::EventSignups,
        Category::Feedback,
        Category::Permissions,
        Category::Requests,
    ] {
        assert!(run_of(&dry, category).count >= 1, "{category:?}: {dry:?}");
    }
    assert_eq!(run_of(&dry, Category::Bookings).action, Action::Anonymise);
    assert_eq!(
        run_of(&dry, Category::EventSignups).action,
        Action::Anonymise
    );
    assert_eq!(run_of(&dry, Category::Letters).action, Action::KeptByLaw);
    assert_eq!(run_of(&dry, Category::Letters).count, 0);

    // The sweep: what the dry run said, each kind audited once with its count.
    let done = retention::sweep(db, &clock, true).await.unwrap();
    assert_eq!(done, dry, "the sweep does what the dry run said");
    let after = state(&app).await;
    assert_eq!(
        after[6..9],
        before[6..9],
        "letters, answers and people are kept by law"
    );

    // Bookings: the old one anonymised, the recent one whole.
    let (citizen, name, phone, topic, note): (
        Option<String>,
        String,
        Option<String>,
        String,
        Option<String>,
    ) = sqlx::query_as(
        "SELECT citizen_id, name, phone, topic, note FROM bookings WHERE id = 'booking-old'",
    )
    .fetch_one(&db.pool)
    .await
    .unwrap();
    assert_eq!(
        (citizen, name.as_str(), phone, topic.as_str(), note),
        (None, "", None, "", None)
    );
    let (citizen,): (Option<String>,) =
        sqlx::query_as("SELECT citizen_id FROM bookings WHERE id = 'booking-recent'")
            .fetch_one(&db.pool)
            .await
            .unwrap();
    assert!(
        citizen.is_some(),
        "a meeting within the year keeps its citizen"
    );
    assert_eq!(
        count(
            &app,
            &format!(
                "SELECT COUNT(*) FROM bookings b JOIN booking_slots s ON s.id = b.slot_id \
                 WHERE s.ends_at < {} AND b.citizen_id IS NOT NULL",
                // 365 days before the Danish midnight of 1 January 2030.
                ms("2028-12-31T23:00:00Z")
            )
        )
        .await,
        0,
        "no booking that ended more than a year before names anyone"
    );
    // Sign-ups: the old one anonymised, kept as a seat that was used; the recent whole.
    let (person, name, phone, made_by, status, channel, attended): (
        Option<String>,
        String,
        String,
        Option<String>,
        String,
        String,
        Option<i64>,
    ) = sqlx::query_as(
        "SELECT person_id, name, phone, made_by, status, channel, attended \
         FROM network_event_signups WHERE id = 'signup-old'",
    )
    .fetch_one(&db.pool)
    .await
    .unwrap();
    assert_eq!(
        (person, name.as_str(), phone.as_str(), made_by),
        (None, "", "", None),
        "nobody named"
    );
    assert_eq!(
        (status.as_str(), channel.as_str(), attended),
        ("seat", "desk", Some(1)),
        "what the statistics need stays"
    );
    assert_eq!(after[11], before[11], "no sign-up is deleted");
    let (person,): (Option<String>,) =
        sqlx::query_as("SELECT person_id FROM network_event_signups WHERE id = 'signup-recent'")
            .fetch_one(&db.pool)
            .await
            .unwrap();
    assert!(
        person.is_some(),
        "an event within the year keeps who signed up"
    );
    assert_eq!(
        count(
            &app,
            &format!(
                "SELECT COUNT(*) FROM network_event_signups s \
                 JOIN network_events e ON e.id = s.event_id \
                 WHERE e.ends_at < {} AND s.person_id IS NOT NULL",
                ms("2028-12-31T23:00:00Z")
            )
        )
        .await,
        0,
        "no sign-up to an event that ended more than a year before names anyone"
    );
    assert!(!present(&app, "help_feedback", "feedback-old").await);
    assert!(present(&app, "help_feedback", "feedback-recent").await);
    assert!(!present(&app, "mandates", "permission-old").await);
    assert!(present(&app, "mandates", "permission-ended-recently").await);
    assert!(!present(&app, "mydata_requests", "request-old").await);
    assert!(
        present(&app, "mydata_requests", "request-open").await,
        "open, however old"
    );
    assert!(present(&app, "mydata_requests", "request-recent").await);

    let audited: Vec<(String, String, String)> = sqlx::query_as(
        "SELECT actor, object, purpose FROM audit_entries WHERE action = 'mydata.retention' \
         ORDER BY seq",
    )
    .fetch_all(&db.pool)
    .await
    .unwrap();
    let kinds: Vec<&str> = audited.iter().map(|(_, kind, _)| kind.as_str()).collect();
    assert_eq!(
        kinds,
        [
            "bookings",
            "event_signups",
            "permissions",
            "feedback",
            "requests"
        ]
    );
    for (actor, kind, purpose) in &audited {
        assert_eq!(actor, "system");
        let n = run_of(&done, Category::parse(kind).unwrap()).count;
        assert!(purpose.contains(&format!(" {n}: older than")), "{purpose}");
    }
    borgerbro::audit::verify(&db.pool).await.unwrap();

    // Again: nothing left to do, nothing more audited.
    let again = retention::sweep(db, &clock, true).await.unwrap();
    assert!(again.iter().all(|r| r.count == 0), "{again:?}");
    assert_eq!(
        count(
            &app,
            "SELECT COUNT(*) FROM audit_entries WHERE action = 'mydata.retention'"
        )
        .await,
        5
    );
}

#[tokio::test]
async fn what_the_law_keeps_is_kept_whatever_the_record_says() {
    let app = TestApp::spawn().await;
    let db = &app.state.db;
    for category in [
        Category::Letters,
        Category::Answers,
        Category::AccessLog,
        Category::Person,
    ] {
        let mut entry = record::entry(db, category).await.unwrap().unwrap();
        entry.retention_days = Some(1);
        record::save(db, &app.state.clock, &entry, Actor::System)
            .await
            .unwrap();
    }
    let before = state(&app).await;
    let runs = retention::sweep(db, &as_of(), true).await.unwrap();
    for category in [
        Category::Letters,
        Category::Answers,
        Category::AccessLog,
        Category::Person,
    ] {
        let run = run_of(&runs, category);
        assert_eq!(
            (run.action, run.count),
            (Action::KeptByLaw, 0),
            "{category:?}"
        );
        assert_eq!(
            run.line(false),
            format!("{}: kept (the law keeps it)", category.as_str())
        );
    }
    let after = state(&app).await;
    assert_eq!(
        after[6..9],
        before[6..9],
        "letters, answers and people untouched"
    );
    assert!(after[9] >= before[9], "no entry of the log is deleted");
    borgerbro::audit::verify(&db.pool).await.unwrap();
}

#[tokio::test]
async fn the_retention_command_prints_a_dry_run_and_then_does_it() {
    let app = TestApp::spawn().await;
    seed(&app).await;
    let url = app.db.url.clone();
    let retention = |dry_run: bool| {
        let mut args = vec!["retention", "--db", url.as_str(), "--as-of", AS_OF];
        if dry_run {
            args.push("--dry-run");
        }
        let output = Command::new(env!("CARGO_BIN_EXE_borgerbro"))
            .args(&args)
            .env_remove("BORGERBRO_DB")
            .env_remove("BORGERBRO_CONFIG")
            .output()
            .unwrap();
        assert!(
            output.status.success(),
            "{}",
            String::from_utf8_lossy(&output.stderr)
        );
        String::from_utf8_lossy(&output.stdout).into_owned()
    };

    let before = state(&app).await;
    let printed = retention(true);
    assert!(printed.contains("dry run: nothing is changed"), "{printed}");
    assert!(
        printed.contains("2029-12-31T23:00:00Z"),
        "as of the Danish midnight: {printed}"
    );
    assert!(printed.contains("bookings: would anonymise "), "{printed}");
    assert!(
        printed.contains("event_signups: would anonymise "),
        "{printed}"
    );
    assert!(printed.contains("feedback: would delete "), "{printed}");
    assert!(
        printed.contains("letters: kept (the law keeps it)"),
        "{printed}"
    );
    assert_eq!(state(&app).await, before, "the dry run changed nothing");
    assert!(present(&app, "help_feedback", "feedback-old").await);

    let printed = retention(false);
    assert!(printed.contains("bookings: anonymised "), "{printed}");
    assert!(printed.contains("event_signups: anonymised "), "{printed}");
    assert!(printed.contains("feedback: deleted "), "{printed}");
    assert!(!present(&app, "help_feedback", "feedback-old").await);
    assert!(present(&app, "help_feedback", "feedback-recent").await);
    assert_eq!(
        count(
            &app,
            "SELECT COUNT(*) FROM audit_entries WHERE action = 'mydata.retention'"
        )
        .await,
        5
    );
    let printed = retention(false);
    assert!(printed.contains("feedback: deleted 0 "), "{printed}");
}

/// A sign-up made online to the demo's IT café (Wednesday 9 December 2026, 14-16 in
/// Copenhagen), swept as of days a year later: kept as of 9 December 2027, whose cutoff
/// is the Danish midnight before the event; anonymised as of 11 December 2027, by the
/// command an operator runs.
#[tokio::test]
async fn a_sign_up_is_anonymised_a_year_after_its_event_and_not_before() {
    let (app, _hands) = TestApp::spawn_at("2026-12-07T11:00:00Z").await;
    let mette = app.persona_id("Mette Hansen").await;
    let cafe = "/arrangementer/0195c0de-0000-7000-8000-00000000ee01";
    app.login_as("Mette Hansen").await;
    let signed = app.submit(cafe, &format!("{cafe}/tilmeld"), &[]).await;
    assert_eq!(signed.status(), 303);
    let hers = || async {
        let (id, person): (String, Option<String>) = sqlx::query_as(
            "SELECT id, person_id FROM network_event_signups \
             WHERE event_id = '0195c0de-0000-7000-8000-00000000ee01' AND channel = 'online' \
             AND signed_up_at = $1",
        )
        .bind(ms("2026-12-07T11:00:00Z"))
        .fetch_one(&app.state.db.pool)
        .await
        .unwrap();
        (id, person)
    };
    let (id, person) = hers().await;
    assert_eq!(person.as_deref(), Some(mette.as_str()));

    let not_yet = Clock::fixed(start_of("2027-12-09".parse().unwrap()).unwrap());
    retention::sweep(&app.state.db, &not_yet, true)
        .await
        .unwrap();
    assert_eq!(
        hers().await,
        (id.clone(), Some(mette.clone())),
        "364 days and some hours after the event she is still on it"
    );

    let output = Command::new(env!("CARGO_BIN_EXE_borgerbro"))
        .args([
            "retention",
            "--db",
            app.db.url.as_str(),
            "--as-of",
            "2027-12-11",
        ])
        .env_remove("BORGERBRO_DB")
        .env_remove("BORGERBRO_CONFIG")
        .output()
        .unwrap();
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let printed = String::from_utf8_lossy(&output.stdout);
    assert!(printed.contains("event_signups: anonymised "), "{printed}");
    assert_eq!(hers().await, (id, None), "a year after, nobody is named");
    let (name, channel): (String, String) =
        sqlx::query_as("SELECT name, channel FROM network_event_signups WHERE id = $1")
            .bind(hers().await.0)
            .fetch_one(&app.state.db.pool)
            .await
            .unwrap();
    assert_eq!((name.as_str(), channel.as_str()), ("", "online"));
    let left: Vec<(String,)> =
        sqlx::query_as("SELECT event_id FROM network_event_signups WHERE person_id = $1")
            .bind(&mette)
            .fetch_all(&app.state.db.pool)
            .await
            .unwrap();
    assert_eq!(
        left,
        [("0195c0de-0000-7000-8000-00000000ee03".to_owned(),)],
        "her sign-up to the demo's fraud session on 11 December 2026 is not a year over yet"
    );
}
