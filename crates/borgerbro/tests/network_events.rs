//! Courses and events (issue 21), on SQLite and PostgreSQL: a member publishes an event
//! (one in the past refused, with what was typed kept), citizens fill it up online, by
//! the API and at the front desk, the waiting list moves up when someone with a seat
//! cancels, the organiser sees who comes (and each citizen sees that look in "Hvem har
//! kigget", named with the organisation) and marks who came; another member and a
//! citizen are refused the list; the reminder letters go the day before, and earlier on
//! paper, through the sweep with `--as-of`; exactly as many as there are seats get one
//! when a dozen ask at once; the API lists with filters and signs up with problem+json
//! answers; the Atom feed, the help place's page and its calendar hold the events.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use borgerbro::auth::ApiScope;
use borgerbro::mandates::{self, Giver, InPerson, Proposal, Rights, Scope};
use common::{header, TestApp};
use serde_json::{json, Value};

/// Monday 7 December 2026, 12:00 in Copenhagen.
const NOW: &str = "2026-12-07T11:00:00Z";
const VIBY: &str = "0195c0de-0000-7000-8000-0000000000a3";
const LYSTRUP: &str = "0195c0de-0000-7000-8000-0000000000a9";
/// The demo's events (`network::events::demo`).
const DEMO_FRAUD: &str = "0195c0de-0000-7000-8000-00000000ee03";
const DEMO_UKRAINIAN: &str = "0195c0de-0000-7000-8000-00000000ee05";
const DEMO_PAST: &str = "0195c0de-0000-7000-8000-00000000ee06";

fn form<'a>(title: &'a str, day: &'a str, seats: &'a str) -> Vec<(&'a str, &'a str)> {
    vec![
        ("title", title),
        ("kind", "it_cafe"),
        ("place", VIBY),
        ("day", day),
        ("starts", "10.00"),
        ("ends", "12:00"),
        ("language", "da"),
        ("seats", seats),
        ("accessibility", "Der er elevator."),
        ("description", "Tag din telefon med.\nVi har kaffe."),
    ]
}

/// A member (Jette Frandsen, Viby Bibliotek) publishes an event; answers its id.
async fn publish(app: &TestApp, title: &str, day: &str, seats: &str) -> String {
    app.login_as("Jette Frandsen").await;
    let response = app
        .submit(
            "/arrangementer/nyt",
            "/arrangementer/nyt",
            &form(title, day, seats),
        )
        .await;
    assert_eq!(response.status(), 303, "{}", response.text().await.unwrap());
    let to = header(&response, "location").to_owned();
    let id = to
        .strip_prefix("/arrangementer/")
        .and_then(|rest| rest.split('?').next())
        .unwrap()
        .to_owned();
    assert!(to.ends_with("?gemt=created"), "{to}");
    id
}

async fn api_sign_up(app: &TestApp, key: &str, event: &str, body: Value) -> (u16, String, Value) {
    let response = common::client()
        .post(app.url(&format!("/api/v1/events/{event}/signups")))
        .bearer_auth(key)
        .json(&body)
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

async fn status_of(app: &TestApp, event: &str, person: &str) -> String {
    let (status,): (String,) = sqlx::query_as(
        "SELECT status FROM network_event_signups \
         WHERE event_id = $1 AND person_id = $2 ORDER BY number DESC LIMIT 1",
    )
    .bind(event)
    .bind(person)
    .fetch_one(&app.state.db.pool)
    .await
    .unwrap();
    status
}

#[tokio::test]
async fn an_event_fills_up_and_its_waiting_list_moves_up_when_a_seat_is_given_back() {
    let (app, _hands) = TestApp::spawn_at(NOW).await;
    let id = publish(&app, "Test-café for begyndere", "17.12.2026", "2").await;
    let page = app.get_html(&format!("/arrangementer/{id}")).await;
    assert!(page.contains("Test-café for begyndere") && page.contains("2 ledige pladser"));
    assert!(
        page.contains("torsdag den 17. december 2026 kl. 10.00-12.00"),
        "{page}"
    );
    assert!(
        page.contains(&format!("/arrangementer/{id}/deltagere")),
        "the organiser's way in"
    );

    // Karen online, Mette by a phone robot: the two seats.
    let karen = app.persona_id("Karen Jensen").await;
    let mette = app.persona_id("Mette Hansen").await;
    let erik = app.persona_id("Erik Sørensen").await;
    app.login_as("Karen Jensen").await;
    let event_page = format!("/arrangementer/{id}");
    let signed = app
        .submit(&event_page, &format!("/arrangementer/{id}/tilmeld"), &[])
        .await;
    assert_eq!(
        header(&signed, "location"),
        format!("/arrangementer/{id}?gemt=seat")
    );
    assert!(app.get_html(&event_page).await.contains("Du har en plads."));
    let again = app
        .submit(&event_page, &format!("/arrangementer/{id}/tilmeld"), &[])
        .await;
    assert_eq!(again.status(), 409, "one place a citizen");

    let key = app
        .api_key_with("Telefonrobot", &[ApiScope::EventsSignup])
        .await;
    let (status, _, seat) = api_sign_up(&app, &key, &id, json!({"citizen": mette})).await;
    assert_eq!(status, 201, "{seat}");
    assert_eq!(seat["status"], "seat");
    assert_eq!(seat["position"], Value::Null);

    // Full: Erik and Poul (no login, by name and phone) wait, in order.
    let (status, content_type, first) =
        api_sign_up(&app, &key, &id, json!({"citizen": erik})).await;
    assert_eq!(status, 409, "{first}");
    assert_eq!(content_type, "application/problem+json");
    assert_eq!(first["position"], 1);
    assert_eq!(
        first["status"], 409,
        "the standard member is not overwritten"
    );
    let (status, _, second) = api_sign_up(
        &app,
        &key,
        &id,
        json!({"name": "Poul Andersen", "phone": "40 18 27 36"}),
    )
    .await;
    assert_eq!(status, 409);
    assert_eq!(second["position"], 2);
    assert_ne!(first["id"], second["id"]);
    let full = app.get_html(&event_page).await;
    assert!(
        full.contains("Ingen ledige pladser") || full.contains("Der er ingen ledige pladser"),
        "{full}"
    );
    assert!(full.contains("2 på venteliste"), "{full}");

    // Karen gives her seat back: Erik moves up by himself, Poul is next.
    let cancelled = app
        .submit(&event_page, &format!("/arrangementer/{id}/afmeld"), &[])
        .await;
    assert_eq!(
        header(&cancelled, "location"),
        format!("/arrangementer/{id}?gemt=cancelled")
    );
    assert_eq!(status_of(&app, &id, &karen).await, "cancelled");
    assert_eq!(status_of(&app, &id, &erik).await, "seat");
    // ... and is told so, in the same transaction (on paper: Erik has no computer).
    let told = "SELECT COUNT(*) FROM messages WHERE recipient_id = $1 \
         AND subject LIKE 'Du har fået en plads%'";
    assert_eq!(app.count(told, &erik).await, 1);
    let taken = "SELECT taken FROM network_events WHERE id = $1";
    let (n,): (i64,) = sqlx::query_as(taken)
        .bind(&id)
        .fetch_one(&app.state.db.pool)
        .await
        .unwrap();
    assert_eq!(n, 2);
    let (_, _, events) = app
        .get_json("/api/v1/events?place=0195c0de-0000-7000-8000-0000000000a3")
        .await;
    let listed = events
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["id"] == id.as_str())
        .unwrap();
    assert_eq!(
        (listed["free_seats"].clone(), listed["waiting"].clone()),
        (json!(0), json!(1))
    );

    // The organiser's list: seats, the waiting list in order, who to call.
    app.login_as("Jette Frandsen").await;
    let list = app
        .get_html(&format!("/arrangementer/{id}/deltagere"))
        .await;
    for expected in [
        "Mette Hansen",
        "Erik Sørensen",
        "Poul Andersen",
        "40 18 27 36",
    ] {
        assert!(list.contains(expected), "{expected}: {list}");
    }
    let seats_part = &list[..list.find("Venteliste").unwrap()];
    assert!(seats_part.contains("Erik Sørensen") && !seats_part.contains("Poul Andersen"));
    // Each registered citizen on the list sees the look.
    let looks =
        "SELECT COUNT(*) FROM audit_entries WHERE action = 'network.signup.list' AND subject = $1";
    assert_eq!(app.count(looks, &mette).await, 1);
    assert_eq!(app.count(looks, &erik).await, 1);
    app.login_as("Mette Hansen").await;
    let log = app.get_html("/mine-data/hvem-har-kigget").await;
    assert!(log.contains("Jette Frandsen"), "{log}");
    assert!(
        log.contains("Organisation i netværket, Viby Bibliotek"),
        "named as the library's, not as a helper: {log}"
    );
    assert!(
        log.contains("så listen over, hvem der kommer til et arrangement"),
        "{log}"
    );

    // The organiser cancels Poul for him: nobody moves, nothing is left waiting.
    app.login_as("Jette Frandsen").await;
    let poul = second["id"].as_str().unwrap();
    let gone = app
        .submit(
            &format!("/arrangementer/{id}/deltagere"),
            &format!("/arrangementer/{id}/deltagere/{poul}/afmeld"),
            &[],
        )
        .await;
    assert_eq!(gone.status(), 303);
    let waiting =
        "SELECT COUNT(*) FROM network_event_signups WHERE event_id = $1 AND status = 'waiting'";
    assert_eq!(app.count(waiting, &id).await, 0);
}

#[tokio::test]
async fn only_the_organiser_sees_who_comes_or_changes_the_event() {
    let (app, _hands) = TestApp::spawn_at(NOW).await;
    let id = publish(&app, "Kun for Viby", "18.12.2026", "10").await;
    // Another member (Kurt Madsen, Ældre Sagen) may neither change it nor see its list.
    app.login_as("Kurt Madsen").await;
    for page in [
        format!("/arrangementer/{id}/ret"),
        format!("/arrangementer/{id}/deltagere"),
    ] {
        assert_eq!(app.get(&page).await.status(), 403, "{page}");
    }
    let own = app.get_html("/arrangementer/nyt").await;
    let token = common::csrf_token(&own);
    let mut fields = vec![("csrf_token", token.as_str())];
    let changed = form("Kurts titel", "18.12.2026", "10");
    fields.extend_from_slice(&changed);
    let response = app
        .post_form(&format!("/arrangementer/{id}/ret"), &fields)
        .await;
    assert_eq!(response.status(), 403);
    // A citizen neither.
    app.login_as("Karen Jensen").await;
    assert_eq!(
        app.get(&format!("/arrangementer/{id}/deltagere"))
            .await
            .status(),
        403
    );
    assert_eq!(app.get("/arrangementer/nyt").await.status(), 403);
    let looks =
        "SELECT COUNT(*) FROM audit_entries WHERE action = 'network.signup.list' AND object = $1";
    assert_eq!(app.count(looks, &id).await, 0);
    // Nobody signs up without the page's token.
    let karen_token_less = app
        .post_form(&format!("/arrangementer/{id}/tilmeld"), &[])
        .await;
    assert_eq!(karen_token_less.status(), 403);
    assert_eq!(
        app.count(
            "SELECT COUNT(*) FROM network_event_signups WHERE event_id = $1",
            &id
        )
        .await,
        0
    );
    // The organiser changes it: more seats, the new title.
    app.login_as("Jette Frandsen").await;
    let edit = format!("/arrangementer/{id}/ret");
    assert!(app.get_html(&edit).await.contains("value=\"Kun for Viby\""));
    let response = app
        .submit(
            &edit,
            &edit,
            &form("Kun for Viby, nu med flere", "18.12.2026", "12"),
        )
        .await;
    assert_eq!(response.status(), 303);
    assert!(app
        .get_html(&format!("/arrangementer/{id}"))
        .await
        .contains("12 ledige pladser"));
}

#[tokio::test]
async fn an_event_in_the_past_is_refused_and_what_was_typed_stays() {
    let (app, _hands) = TestApp::spawn_at(NOW).await;
    app.login_as("Jette Frandsen").await;
    let response = app
        .submit(
            "/arrangementer/nyt",
            "/arrangementer/nyt",
            &form("Juleklip med iPad", "01.12.2026", "7"),
        )
        .await;
    assert_eq!(response.status(), 422);
    let html = response.text().await.unwrap();
    assert!(html.contains("error-summary"), "{html}");
    assert!(
        html.contains("Arrangementet skal ligge i fremtiden"),
        "{html}"
    );
    for kept in [
        "value=\"Juleklip med iPad\"",
        "value=\"01.12.2026\"",
        "value=\"7\"",
        "Vi har kaffe.",
    ] {
        assert!(html.contains(kept), "{kept}");
    }
    // Earlier today is the past as well.
    let today = app
        .submit(
            "/arrangementer/nyt",
            "/arrangementer/nyt",
            &form("I morges", "07.12.2026", "7"),
        )
        .await;
    assert_eq!(today.status(), 422);
    let none = "SELECT COUNT(*) FROM network_events WHERE created_by = $1";
    let jette = app.persona_id("Jette Frandsen").await;
    assert_eq!(
        app.count(none, &jette).await,
        2,
        "the demo's two, nothing more"
    );
}

#[tokio::test]
async fn reminders_go_the_day_before_and_on_paper_in_good_time() {
    let (app, _hands) = TestApp::spawn_at(NOW).await;
    // Thursday 17 December at 10:00.
    let id = publish(&app, "Husk-test: MitID på telefonen", "17.12.2026", "10").await;
    let key = app
        .api_key_with("Telefonrobot", &[ApiScope::EventsSignup])
        .await;
    let karen = app.persona_id("Karen Jensen").await;
    let erik = app.persona_id("Erik Sørensen").await;
    for body in [
        json!({"citizen": karen}),
        json!({"citizen": erik}),
        json!({"name": "Inge Holm", "phone": "86 22 41 09"}),
    ] {
        let (status, _, answer) = api_sign_up(&app, &key, &id, body).await;
        assert_eq!(status, 201, "{answer}");
    }
    let letters =
        "SELECT COUNT(*) FROM messages WHERE recipient_id = $1 AND subject LIKE '%Husk-test%'";
    let paper = "SELECT COUNT(*) FROM messages WHERE recipient_id = $1 AND subject LIKE '%Husk-test%' AND channel = 'paper'";

    // Six days before: nothing yet.
    let swept = app.sweep_as_of("2026-12-11T09:00:00Z");
    assert!(swept.contains("reminders of courses and events"), "{swept}");
    assert_eq!(app.count(letters, &erik).await, 0);
    // Five days before: Erik, who reads on paper, so it is in his letterbox in time.
    app.sweep_as_of("2026-12-12T09:00:00Z");
    assert_eq!(app.count(paper, &erik).await, 1);
    assert_eq!(
        app.count(letters, &karen).await,
        0,
        "Karen's comes the day before"
    );
    let printed = "SELECT COUNT(*) FROM print_jobs p JOIN messages m ON m.id = p.message_id \
                   WHERE m.recipient_id = $1 AND m.subject LIKE '%Husk-test%'";
    assert_eq!(app.count(printed, &erik).await, 1, "in the print queue");
    // The day before: Karen, in her inbox.
    app.sweep_as_of("2026-12-16T08:00:00Z");
    assert_eq!(app.count(letters, &karen).await, 1);
    let (subject, body): (String, String) = sqlx::query_as(
        "SELECT subject, body FROM messages WHERE recipient_id = $1 AND subject LIKE '%Husk-test%'",
    )
    .bind(&karen)
    .fetch_one(&app.state.db.pool)
    .await
    .unwrap();
    assert_eq!(
        subject,
        "Husk: Husk-test: MitID på telefonen torsdag den 17. december 2026"
    );
    assert!(
        body.contains("kl. 10.00-12.00") && body.contains("Viby Bibliotek"),
        "{body}"
    );
    // Once each; Inge, known by name and phone only, gets none (the organiser calls her).
    app.sweep_as_of("2026-12-16T09:00:00Z");
    assert_eq!(app.count(letters, &karen).await, 1);
    assert_eq!(app.count(letters, &erik).await, 1);
    let reminded = "SELECT COUNT(*) FROM network_event_signups WHERE event_id = $1 AND reminded_at IS NOT NULL";
    assert_eq!(app.count(reminded, &id).await, 2);
}

#[tokio::test]
async fn the_last_seats_go_to_exactly_as_many_as_there_are_when_a_dozen_ask_at_once() {
    let (app, _hands) = TestApp::spawn_at(NOW).await;
    let id = publish(&app, "Tre pladser", "15.12.2026", "3").await;
    let key = app
        .api_key_with("Telefonrobot", &[ApiScope::EventsSignup])
        .await;
    let asks = (0..12).map(|n| {
        let (app, key, id) = (&app, key.clone(), id.clone());
        async move {
            let body = json!({"name": format!("Borger {n}"), "phone": format!("2000 00{n:02}")});
            api_sign_up(app, &key, &id, body).await
        }
    });
    let answers = futures_util::future::join_all(asks).await;
    let seats = answers.iter().filter(|(s, _, _)| *s == 201).count();
    assert_eq!(seats, 3, "{answers:?}");
    let mut positions: Vec<i64> = answers
        .iter()
        .filter(|(s, _, _)| *s == 409)
        .map(|(_, _, problem)| problem["position"].as_i64().unwrap())
        .collect();
    positions.sort_unstable();
    assert_eq!(positions, (1..=9).collect::<Vec<i64>>(), "{answers:?}");
    let (taken, made): (i64, i64) =
        sqlx::query_as("SELECT taken, signups_made FROM network_events WHERE id = $1")
            .bind(&id)
            .fetch_one(&app.state.db.pool)
            .await
            .unwrap();
    assert_eq!((taken, made), (3, 12));
    // The numbers in line are unique and their order is the waiting list's.
    let numbers: Vec<(i64,)> =
        sqlx::query_as("SELECT DISTINCT number FROM network_event_signups WHERE event_id = $1")
            .bind(&id)
            .fetch_all(&app.state.db.pool)
            .await
            .unwrap();
    assert_eq!(numbers.len(), 12);
}

#[tokio::test]
async fn the_api_lists_with_filters_and_answers_sign_ups_with_problems() {
    let (app, _hands) = TestApp::spawn_at(NOW).await;
    let (status, _, all) = app.get_json("/api/v1/events").await;
    assert_eq!(status, 200);
    let ids: Vec<&str> = all
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["id"].as_str().unwrap())
        .collect();
    assert!(
        ids.contains(&DEMO_FRAUD) && !ids.contains(&DEMO_PAST),
        "{ids:?}"
    );
    let first = &all[0];
    for field in [
        "id",
        "kind",
        "title",
        "starts_at",
        "ends_at",
        "place",
        "language",
        "seats",
        "free_seats",
        "waiting",
    ] {
        assert!(first.get(field).is_some(), "{field}");
    }
    let (_, _, ukrainian) = app.get_json("/api/v1/events?language=uk").await;
    assert_eq!(ukrainian.as_array().unwrap().len(), 1);
    assert_eq!(ukrainian[0]["id"], DEMO_UKRAINIAN);
    let (_, _, at_lystrup) = app
        .get_json(&format!("/api/v1/events?place={LYSTRUP}"))
        .await;
    assert_eq!(at_lystrup[0]["id"], DEMO_FRAUD);
    assert_eq!(
        (
            at_lystrup[0]["free_seats"].clone(),
            at_lystrup[0]["waiting"].clone()
        ),
        (json!(0), json!(2))
    );
    let (_, _, soon) = app
        .get_json("/api/v1/events?from=2026-12-08&to=2026-12-09")
        .await;
    assert!(
        soon.as_array()
            .unwrap()
            .iter()
            .all(|e| e["starts_at"].as_str().unwrap() < "2026-12-10"),
        "{soon}"
    );
    assert_eq!(
        soon.as_array().unwrap().len(),
        1,
        "the IT café on the 9th: {soon}"
    );
    let (status, content_type, bad) = app.get_json("/api/v1/events?from=i-morgen").await;
    assert_eq!(
        (status, content_type.as_str()),
        (422, "application/problem+json")
    );
    assert_eq!(bad["errors"][0]["field"], "from");

    let key = app
        .api_key_with("Telefonrobot", &[ApiScope::EventsSignup])
        .await;
    // 422: neither a citizen nor a name and phone number; an unknown citizen.
    let (status, content_type, missing) = api_sign_up(&app, &key, DEMO_UKRAINIAN, json!({})).await;
    assert_eq!(
        (status, content_type.as_str()),
        (422, "application/problem+json")
    );
    let fields: Vec<&str> = missing["errors"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["field"].as_str().unwrap())
        .collect();
    assert_eq!(fields, ["name", "phone"]);
    let nobody = "0195c0de-0000-7000-8000-0000000fffff";
    let (status, _, unknown) =
        api_sign_up(&app, &key, DEMO_UKRAINIAN, json!({"citizen": nobody})).await;
    assert_eq!(status, 422);
    assert_eq!(unknown["errors"][0]["field"], "citizen");
    // 404: no such event.
    let (status, content_type, _) = api_sign_up(
        &app,
        &key,
        nobody,
        json!({"name": "A", "phone": "20304050"}),
    )
    .await;
    assert_eq!(
        (status, content_type.as_str()),
        (404, "application/problem+json")
    );
    // 409: begun (the past event), and full (with the waiting list's place).
    let (status, _, begun) = api_sign_up(
        &app,
        &key,
        DEMO_PAST,
        json!({"name": "A", "phone": "20304050"}),
    )
    .await;
    assert_eq!(status, 409);
    assert!(begun.get("position").is_none(), "{begun}");
    let (status, _, full) = api_sign_up(
        &app,
        &key,
        DEMO_FRAUD,
        json!({"name": "Åse", "phone": "20304050"}),
    )
    .await;
    assert_eq!(status, 409);
    assert_eq!(full["position"], 3, "after the demo's two: {full}");
    assert!(full["id"].is_string());
    // 201 with a seat.
    let olena = app.persona_id("Olena Kovalenko").await;
    let mette = app.persona_id("Mette Hansen").await;
    let (status, _, made) =
        api_sign_up(&app, &key, DEMO_UKRAINIAN, json!({"citizen": mette})).await;
    assert_eq!(status, 201, "{made}");
    assert_eq!(made["status"], "seat");
    let (status, _, twice) =
        api_sign_up(&app, &key, DEMO_UKRAINIAN, json!({"citizen": olena})).await;
    assert_eq!(status, 409, "Olena has her seat already: {twice}");
    // A key without the scope is refused, and no key at all.
    let other = app
        .api_key_with("Postsystem", &[ApiScope::LettersSend])
        .await;
    let (status, _, refused) = api_sign_up(
        &app,
        &other,
        DEMO_UKRAINIAN,
        json!({"name": "A", "phone": "20304050"}),
    )
    .await;
    assert_eq!(status, 403);
    assert_eq!(refused["missing_scope"], "events.signup");
    // The system's sign-up of Mette is in her log, by the system's name.
    let signed = "SELECT COUNT(*) FROM audit_entries WHERE action = 'network.signup.create' AND subject = $1";
    assert_eq!(app.count(signed, &mette).await, 1);
}

#[tokio::test]
async fn the_front_desk_and_a_helper_sign_up_for_a_citizen() {
    let (app, _hands) = TestApp::spawn_at(NOW).await;
    let id = publish(&app, "Skranke-test", "16.12.2026", "5").await;
    // The front desk signs up someone without a CPR number who rang.
    app.login_as("Jonas Berg").await;
    let desk = format!("/arrangementer/{id}/tilmeld-borger");
    let refused = app
        .submit(
            &desk,
            &desk,
            &[("cpr", ""), ("name", "Bent"), ("phone", "12")],
        )
        .await;
    assert_eq!(refused.status(), 422);
    let html = refused.text().await.unwrap();
    assert!(html.contains("value=\"Bent\"") && html.contains("error-summary"));
    let made = app
        .submit(
            &desk,
            &desk,
            &[
                ("cpr", ""),
                ("name", "Bent Poulsen"),
                ("phone", "26 14 88 31"),
            ],
        )
        .await;
    assert_eq!(made.status(), 303);
    let shown = app.get_html(header(&made, "location")).await;
    assert!(
        shown.contains("Bent Poulsen er tilmeldt og har en plads."),
        "{shown}"
    );
    // A CPR number the desk does not know is said on its field.
    let unknown = app
        .submit(
            &desk,
            &desk,
            &[("cpr", "0101011234"), ("name", ""), ("phone", "")],
        )
        .await;
    assert_eq!(unknown.status(), 422);

    // A helper whose permission covers bookings, to act: signs Karen up.
    let karen = app.persona_id("Karen Jensen").await;
    let peter = app.persona_id("Peter Jensen").await;
    let jonas = app.persona_id("Jonas Berg").await;
    app.login_as("Peter Jensen").await;
    let for_karen = format!("/jeg-hjaelper/{karen}/arrangementer/{id}");
    assert!(
        app.get_html(&for_karen).await.contains("kun lov til at se"),
        "the demo's look-only permission"
    );
    let token = common::csrf_token(&app.get_html(&for_karen).await);
    let look_only = app
        .post_form(&for_karen, &[("csrf_token", token.as_str())])
        .await;
    assert_eq!(look_only.status(), 404, "not covered");
    let today = app.state.clock.today();
    mandates::give(
        &app.state.db,
        &app.state.clock,
        &app.state.authority,
        mandates::Give {
            proposal: Proposal {
                citizen_id: karen.clone(),
                helper_id: peter.clone(),
                scopes: vec![Scope::Bookings],
                rights: Rights::Act,
                valid_from: today,
                valid_to: today.checked_add(jiff::Span::new().days(30)).unwrap(),
            },
            note: None,
            giver: Giver::FrontDesk(jonas),
            in_person: Some(InPerson {
                identity_check: "pas".into(),
            }),
            idempotency: None,
        },
    )
    .await
    .unwrap();
    let signed = app.submit(&for_karen, &for_karen, &[]).await;
    assert_eq!(
        header(&signed, "location"),
        format!("{for_karen}?gemt=seat")
    );
    assert_eq!(status_of(&app, &id, &karen).await, "seat");
    let by_helper =
        "SELECT COUNT(*) FROM network_event_signups WHERE event_id = $1 AND channel = 'helper'";
    assert_eq!(app.count(by_helper, &id).await, 1);
    let audited = "SELECT COUNT(*) FROM audit_entries WHERE action = 'network.signup.create' AND acting_for = $1";
    assert_eq!(app.count(audited, &karen).await, 1);
}

#[tokio::test]
async fn the_organiser_marks_who_came_once_it_has_begun() {
    let (app, hands) = TestApp::spawn_at(NOW).await;
    let id = publish(&app, "Fremmøde-test", "08.12.2026", "5").await;
    let key = app
        .api_key_with("Telefonrobot", &[ApiScope::EventsSignup])
        .await;
    let mette = app.persona_id("Mette Hansen").await;
    let (_, _, made) = api_sign_up(&app, &key, &id, json!({"citizen": mette})).await;
    let list = format!("/arrangementer/{id}/deltagere");
    let attendance = format!("/arrangementer/{id}/fremmoede");
    let signup = made["id"].as_str().unwrap();
    let early = app.submit(&list, &attendance, &[("came", signup)]).await;
    assert_eq!(early.status(), 409, "not before it begins");
    hands.set("2026-12-08T09:30:00Z");
    // A day on, the session has run out: Jette logs in again.
    app.login_as("Jette Frandsen").await;
    let marked = app.submit(&list, &attendance, &[("came", signup)]).await;
    assert_eq!(marked.status(), 303);
    let came = "SELECT COUNT(*) FROM network_event_signups WHERE event_id = $1 AND attended = 1";
    assert_eq!(app.count(came, &id).await, 1);
    let marked = app.get_html(&list).await;
    assert!(marked.contains("checked") && marked.contains("Mette Hansen"));
    // A year after the event the retention sweep takes the name out; the organiser's
    // list still counts the seat that was used, and says why it names no one.
    let swept = std::process::Command::new(env!("CARGO_BIN_EXE_borgerbro"))
        .args([
            "retention",
            "--db",
            app.db.url.as_str(),
            "--as-of",
            "2027-12-20",
        ])
        .output()
        .unwrap();
    assert!(
        swept.status.success(),
        "{}",
        String::from_utf8_lossy(&swept.stderr)
    );
    let kept = app.get_html(&list).await;
    assert!(!kept.contains("Mette Hansen"), "{kept}");
    assert!(kept.contains("navnet er slettet efter opbevaringstiden"));
    assert_eq!(app.count(came, &id).await, 1);
}

#[tokio::test]
async fn the_feed_the_place_and_its_calendar_hold_the_coming_events() {
    let (app, _hands) = TestApp::spawn_at(NOW).await;
    let response = app.get("/arrangementer.atom").await;
    assert_eq!(
        header(&response, "content-type"),
        "application/atom+xml; charset=utf-8"
    );
    let feed = feed_rs::parser::parse(response.bytes().await.unwrap().as_ref()).unwrap();
    let titles: Vec<String> = feed
        .entries
        .iter()
        .map(|e| e.title.as_ref().unwrap().content.clone())
        .collect();
    assert!(titles.contains(&"Er det svindel?".to_owned()), "{titles:?}");
    assert!(
        titles.contains(&"Digital Post і MitID українською".to_owned()),
        "{titles:?}"
    );
    assert!(
        !titles.contains(&"IT-café i Gellerup".to_owned()),
        "not the past one"
    );
    let fraud = feed
        .entries
        .iter()
        .find(|e| e.title.as_ref().unwrap().content == "Er det svindel?")
        .unwrap();
    assert!(fraud.links[0]
        .href
        .ends_with(&format!("/arrangementer/{DEMO_FRAUD}")));
    assert_eq!(fraud.categories[0].term, "fraud_session");

    let place = app.get_html(&format!("/hjaelp/steder/{LYSTRUP}")).await;
    assert!(
        place.contains("Er det svindel?")
            && place.contains(&format!("/arrangementer/{DEMO_FRAUD}")),
        "{place}"
    );
    let ics = app
        .get(&format!("/hjaelp/steder/{LYSTRUP}/kalender.ics"))
        .await
        .text()
        .await
        .unwrap();
    assert!(
        ics.contains(&format!("UID:{DEMO_FRAUD}@borgerbro")),
        "{ics}"
    );
    assert!(ics.contains("SUMMARY:Er det svindel?"), "{ics}");

    // The list page, and its filters kept.
    let list = app.get_html("/arrangementer?sprog=uk").await;
    assert!(
        list.contains("українською") && !list.contains(DEMO_FRAUD),
        "{list}"
    );
    let wrong = app.get("/arrangementer?fra=i+morgen").await;
    assert_eq!(wrong.status(), 422);
    assert!(wrong.text().await.unwrap().contains("value=\"i morgen\""));

    // A second demo load adds nothing.
    let before = app
        .count(
            "SELECT COUNT(*) FROM network_event_signups WHERE event_id <> $1",
            "x",
        )
        .await;
    borgerbro::demo::load(&app.state.db, &app.state.clock, &app.state.authority)
        .await
        .unwrap();
    let after = app
        .count(
            "SELECT COUNT(*) FROM network_event_signups WHERE event_id <> $1",
            "x",
        )
        .await;
    assert_eq!(before, after);
}
