//! A change that brings the citizen a letter (a permission given, changed, ended or run
//! out; a booking made or cancelled) and a helper's answer with its audit entry commit
//! together or not at all. The database is made to refuse the letter (or the audit
//! entry) for real, and nothing of the change may be left behind. SQLite and PostgreSQL.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use common::{csrf_token, TestApp};
use reqwest::Method;
use serde_json::{json, Value};

fn days_from_today(days: i64) -> String {
    jiff::Zoned::now()
        .date()
        .checked_add(jiff::Span::new().days(days))
        .unwrap()
        .to_string()
}

async fn give_in_person(app: &TestApp, key: &str, mut body: Value) -> (u16, Value) {
    body["accepted_in_person"] = json!(true);
    body["identity_check"] = json!("pas");
    app.api(key, Method::POST, "/api/v1/mandates", Some(body))
        .await
}

async fn mandates_of(app: &TestApp, citizen: &str) -> i64 {
    app.count(
        "SELECT COUNT(*) FROM mandates WHERE citizen_id = $1",
        citizen,
    )
    .await
}

#[tokio::test]
async fn a_permission_whose_letter_fails_is_not_given_online_or_through_the_api() {
    let app = TestApp::spawn().await;
    let key = app.api_key("Borgerservice").await;
    let karen = app.persona_id("Karen Jensen").await;
    let peter = app.persona_id("Peter Jensen").await;
    let before = mandates_of(&app, &karen).await;
    let audited = "SELECT COUNT(*) FROM audit_entries WHERE action = $1";
    let gives = app.count(audited, "mandate.give").await;

    app.login_as("Karen Jensen").await;
    let token = csrf_token(&app.get_html("/hjaelpere/ny").await);
    app.refuse_rows_of("messages").await;
    let online = app
        .post_form(
            "/hjaelpere/ny",
            &[
                ("csrf_token", token.as_str()),
                ("helper", "110865-2345"),
                ("scope", "post"),
                ("rights", "look"),
                ("valid_to", &days_from_today(30)),
            ],
        )
        .await;
    assert_eq!(online.status(), 500);
    let (status, problem) = give_in_person(
        &app,
        &key,
        json!({"citizen": karen, "helper": peter, "areas": ["post"], "rights": "look"}),
    )
    .await;
    assert_eq!(status, 500, "{problem}");

    assert_eq!(
        mandates_of(&app, &karen).await,
        before,
        "no permission stored"
    );
    assert_eq!(
        app.count(audited, "mandate.give").await,
        gives,
        "none audited"
    );

    app.allow_rows_of("messages").await;
    let (status, given) = give_in_person(
        &app,
        &key,
        json!({"citizen": karen, "helper": peter, "areas": ["post"], "rights": "look"}),
    )
    .await;
    assert_eq!(status, 201, "{given}");
    assert_eq!(mandates_of(&app, &karen).await, before + 1);
}

#[tokio::test]
async fn a_change_or_an_end_whose_letter_fails_leaves_the_permission_as_it_was() {
    let app = TestApp::spawn().await;
    let key = app.api_key("Borgerservice").await;
    let karen = app.persona_id("Karen Jensen").await;
    let peter = app.persona_id("Peter Jensen").await;
    let (_, given) = give_in_person(
        &app,
        &key,
        json!({"citizen": karen, "helper": peter, "areas": ["post", "health"], "rights": "look"}),
    )
    .await;
    let id = given["id"].as_str().unwrap().to_owned();
    let path = format!("/api/v1/mandates/{id}");
    let (_, listed_before) = app
        .api(
            &key,
            Method::GET,
            &format!("/api/v1/mandates?citizen={karen}"),
            None,
        )
        .await;

    app.refuse_rows_of("messages").await;
    // Less (health dropped) changes the row in place; more (act) makes a new one.
    for body in [
        json!({"citizen": karen, "areas": ["post"], "rights": "look"}),
        json!({"citizen": karen, "areas": ["post", "health"], "rights": "act"}),
    ] {
        let (status, problem) = app.api(&key, Method::PATCH, &path, Some(body)).await;
        assert_eq!(status, 500, "{problem}");
    }
    let (status, problem) = app.api(&key, Method::DELETE, &path, None).await;
    assert_eq!(status, 500, "{problem}");

    let (_, listed_after) = app
        .api(
            &key,
            Method::GET,
            &format!("/api/v1/mandates?citizen={karen}"),
            None,
        )
        .await;
    assert_eq!(
        listed_after, listed_before,
        "nothing changed, nothing ended"
    );
    assert_eq!(
        app.count(
            "SELECT COUNT(*) FROM audit_entries WHERE object = $1 AND action <> 'mandate.give'",
            &id
        )
        .await,
        0
    );
}

#[tokio::test]
async fn a_booking_whose_letter_fails_is_neither_made_nor_cancelled() {
    let app = TestApp::spawn().await;
    let key = app.api_key("Telefonrobot").await;
    let karen = app.persona_id("Karen Jensen").await;
    let (_, slots) = app
        .api(
            &key,
            Method::GET,
            "/api/v1/bookings/slots?kind=callback",
            None,
        )
        .await;
    let slot = slots[0]["id"].as_str().expect("a free slot").to_owned();
    let booked_by_karen =
        "SELECT COUNT(*) FROM bookings WHERE citizen_id = $1 AND cancelled_at IS NULL";
    let before = app.count(booked_by_karen, &karen).await;

    app.refuse_rows_of("messages").await;
    let (status, problem) = app
        .api(
            &key,
            Method::POST,
            "/api/v1/bookings",
            Some(json!({"slot_id": slot, "citizen": karen, "phone": "86 12 34 56", "topic": "Boligstøtte"})),
        )
        .await;
    assert_eq!(status, 500, "{problem}");
    assert_eq!(
        app.count(booked_by_karen, &karen).await,
        before,
        "not booked"
    );
    assert_eq!(
        app.count(
            "SELECT COUNT(*) FROM bookings WHERE slot_id = $1 AND cancelled_at IS NULL",
            &slot
        )
        .await,
        0,
        "the slot is still free"
    );

    // Karen cancels the meeting she booked in the demo: refused, it stands.
    app.login_as("Karen Jensen").await;
    let (meeting,): (String,) =
        sqlx::query_as("SELECT id FROM bookings WHERE citizen_id = $1 AND cancelled_at IS NULL")
            .bind(&karen)
            .fetch_one(&app.state.db.pool)
            .await
            .unwrap();
    let page = format!("/tider/{meeting}");
    let token = csrf_token(&app.get_html(&page).await);
    let cancelled = app
        .post_form(&format!("{page}/aflys"), &[("csrf_token", token.as_str())])
        .await;
    assert_eq!(cancelled.status(), 500);
    assert_eq!(
        app.count(booked_by_karen, &karen).await,
        before,
        "still booked"
    );
}

#[tokio::test]
async fn a_helpers_answer_whose_audit_entry_fails_is_not_stored() {
    let app = TestApp::spawn().await;
    let key = app.api_key("Borgerservice").await;
    let karen = app.persona_id("Karen Jensen").await;
    let peter = app.persona_id("Peter Jensen").await;
    let (status, given) = give_in_person(
        &app,
        &key,
        json!({"citizen": karen, "helper": peter, "areas": ["post", "health"], "rights": "act"}),
    )
    .await;
    assert_eq!(status, 201, "{given}");
    let (letter,): (String,) = sqlx::query_as(
        "SELECT id FROM messages WHERE recipient_id = $1 AND subject = 'Svar os om din hjemmehjælp'",
    )
    .bind(&karen)
    .fetch_one(&app.state.db.pool)
    .await
    .unwrap();

    app.login_as("Peter Jensen").await;
    let page = format!("/jeg-hjaelper/{karen}/post/{letter}");
    let token = csrf_token(&app.get_html(&page).await);
    app.refuse_rows_of("audit_entries").await;
    let answered = app
        .post_form(
            &format!("{page}/svar"),
            &[
                ("csrf_token", token.as_str()),
                ("body", "Hun vil gerne beholde hjælpen."),
            ],
        )
        .await;
    assert_eq!(answered.status(), 500);
    assert_eq!(
        app.count(
            "SELECT COUNT(*) FROM replies WHERE message_id = $1",
            &letter
        )
        .await,
        0,
        "no answer without its audit entry"
    );
}

#[tokio::test]
async fn a_permission_that_ran_out_stays_unnoticed_until_its_letter_can_be_sent() {
    let app = TestApp::spawn().await;
    let key = app.api_key("Borgerservice").await;
    let karen = app.persona_id("Karen Jensen").await;
    let peter = app.persona_id("Peter Jensen").await;
    let (_, given) = give_in_person(
        &app,
        &key,
        json!({"citizen": karen, "helper": peter, "areas": ["post"], "rights": "look", "valid_to": days_from_today(1)}),
    )
    .await;
    let id = given["id"].as_str().unwrap().to_owned();
    let later: jiff::Timestamp = format!("{}T10:00:00Z", days_from_today(3)).parse().unwrap();
    let clock = borgerbro::clock::Clock::fixed(later);
    let noticed = "SELECT COUNT(*) FROM mandates WHERE id = $1 AND expiry_noticed_at IS NOT NULL";

    app.refuse_rows_of("messages").await;
    let sweep = borgerbro::mandates::sweep(&app.state.db, &clock, &app.state.authority.post);
    assert!(sweep.await.is_err());
    assert_eq!(
        app.count(noticed, &id).await,
        0,
        "not claimed without its letter"
    );

    app.allow_rows_of("messages").await;
    let sweep = borgerbro::mandates::sweep(&app.state.db, &clock, &app.state.authority.post);
    assert_eq!(sweep.await.unwrap().letters, 1);
    assert_eq!(app.count(noticed, &id).await, 1);
}

#[tokio::test]
async fn a_move_whose_letter_fails_leaves_the_booking_where_it_was() {
    use borgerbro::bookings;
    let app = TestApp::spawn().await;
    let (db, clock) = (&app.state.db, &app.state.clock);
    let karen = app.persona_id("Karen Jensen").await;
    let meeting = bookings::upcoming_of_citizen(db, clock, &karen)
        .await
        .unwrap()
        .into_iter()
        .next()
        .expect("Karen's demo meeting");
    let other = bookings::free_slots(db, clock, meeting.slot.kind)
        .await
        .unwrap()
        .into_iter()
        .next()
        .expect("a free slot to move to");

    app.refuse_rows_of("messages").await;
    let moved = bookings::move_to(
        db,
        clock,
        &app.state.authority.post,
        &app.state.catalogue,
        &meeting,
        &other.id,
        borgerbro::audit::Actor::Person(karen.clone()),
    )
    .await;
    assert!(
        matches!(moved, Err(bookings::BookError::Letter(_))),
        "{:?}",
        moved.err()
    );
    let now = bookings::upcoming_of_citizen(db, clock, &karen)
        .await
        .unwrap();
    assert_eq!(now.len(), 1);
    assert_eq!(
        now[0].id, meeting.id,
        "still the same booking, not cancelled"
    );
    assert_eq!(now[0].slot.id, meeting.slot.id, "in the same slot");
    assert_eq!(
        app.count(
            "SELECT COUNT(*) FROM bookings WHERE slot_id = $1",
            &other.id
        )
        .await,
        0,
        "the other slot still free"
    );
}

#[tokio::test]
async fn a_permission_whose_letter_to_the_helper_fails_is_not_given_nor_more_of_one() {
    let app = TestApp::spawn().await;
    let key = app.api_key("Borgerservice").await;
    let karen = app.persona_id("Karen Jensen").await;
    let peter = app.persona_id("Peter Jensen").await;
    let (_, given) = give_in_person(
        &app,
        &key,
        json!({"citizen": karen, "helper": peter, "areas": ["post", "housing"], "rights": "look"}),
    )
    .await;
    let id = given["id"].as_str().unwrap().to_owned();
    let before = mandates_of(&app, &karen).await;
    let karens_letters = "SELECT COUNT(*) FROM messages WHERE recipient_id = $1";
    let letters = app.count(karens_letters, &karen).await;

    app.refuse_letters_to(&peter).await;
    let (status, problem) = app
        .api(
            &key,
            Method::POST,
            "/api/v1/mandates",
            Some(json!({"citizen": karen, "helper": peter, "areas": ["post", "tax"], "rights": "look"})),
        )
        .await;
    assert_eq!(status, 500, "{problem}");
    // More for the helper waits for their yes, so they get a letter: it fails, nothing
    // changes.
    let (status, problem) = app
        .api(
            &key,
            Method::PATCH,
            &format!("/api/v1/mandates/{id}"),
            Some(json!({"citizen": karen, "areas": ["post", "housing"], "rights": "act"})),
        )
        .await;
    assert_eq!(status, 500, "{problem}");

    assert_eq!(mandates_of(&app, &karen).await, before, "nothing given");
    assert_eq!(
        app.count(karens_letters, &karen).await,
        letters,
        "and Karen was told of nothing"
    );
    let (_, now) = app
        .api(
            &key,
            Method::GET,
            &format!("/api/v1/mandates?citizen={karen}"),
            None,
        )
        .await;
    let now = now
        .as_array()
        .unwrap()
        .iter()
        .find(|m| m["id"] == id.as_str())
        .cloned()
        .unwrap();
    assert_eq!(now["rights"], "look", "{now}");
}
