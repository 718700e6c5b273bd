//! Booking a person, on SQLite and PostgreSQL: a citizen books, moves and cancels (with
//! letters and a calendar file), the front desk books for a citizen and sees the day, a
//! helper books inside a permission and is refused outside it, a call-back without login
//! (rate-limited, bad phone numbers refused), taken and past slots, staff's series, and
//! the API for systems.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use borgerbro::audit::Actor;
use borgerbro::bookings::{self, Kind, Slot};
use borgerbro::clock::Clock;
use borgerbro::mandates::{self, Giver, InPerson, Proposal, Rights, Scope};
use common::{header, Options, TestApp};
use serde_json::{json, Value};

/// Monday 23 November 2026 at 12:00 in Copenhagen; the demo's slots start on Tuesday.
fn monday_noon() -> Clock {
    Clock::fixed("2026-11-23T11:00:00Z".parse().unwrap())
}

async fn spawn() -> TestApp {
    TestApp::spawn_with(Options {
        clock: monday_noon(),
        ..Options::default()
    })
    .await
}

async fn free(app: &TestApp, kind: Kind) -> Vec<Slot> {
    bookings::free_slots(&app.state.db, &app.state.clock, kind)
        .await
        .unwrap()
}

fn location(response: &reqwest::Response) -> String {
    header(response, "location").to_owned()
}

async fn inbox(app: &TestApp) -> String {
    app.get_html("/post").await
}

#[tokio::test]
async fn a_citizen_books_moves_and_cancels_with_a_letter_each_time() {
    let app = spawn().await;
    app.login_as("Mette Hansen").await;
    let choose = app.get_html("/tider/ny?slags=front_desk").await;
    assert!(
        choose.contains("tirsdag den 24. november 2026"),
        "slots by day"
    );
    let slots = free(&app, Kind::FrontDesk).await;
    let (first, second) = (&slots[0].id, &slots[1].id);
    assert!(choose.contains(&format!("/tider/ny/{first}")));
    let confirm = format!("/tider/ny/{first}");
    let response = app
        .submit(
            &confirm,
            &confirm,
            &[("topic", "Boligstøtte"), ("note", "")],
        )
        .await;
    assert_eq!(response.status(), 303);
    let shown = location(&response);
    assert!(shown.ends_with("?sket=booket"), "{shown}");
    let html = app.get_html(&shown).await;
    assert!(html.contains("Tiden er booket"));
    assert!(html.contains("Borgerservice Dokk1"));
    assert!(html.contains("kl. 10.20-10.40"), "Karen has 10.00");
    assert!(inbox(&app).await.contains("Din tid: Møde i Borgerservice"));

    let id = shown
        .trim_start_matches("/tider/")
        .split('?')
        .next()
        .unwrap()
        .to_owned();
    let ics = app.get(&format!("/tider/{id}/aftale.ics")).await;
    assert_eq!(ics.status(), 200);
    assert!(header(&ics, "content-type").starts_with("text/calendar"));
    let ics = ics.text().await.unwrap();
    assert!(ics.contains("BEGIN:VEVENT"), "{ics}");
    // 10:20 in Copenhagen is 09:20 UTC in winter.
    assert!(ics.contains("DTSTART:20261124T092000Z"), "{ics}");
    assert!(ics.contains("Hack Kampmanns Plads"), "{ics}");

    let move_path = format!("/tider/{id}/flyt");
    let response = app
        .submit(&move_path, &move_path, &[("slot_id", second)])
        .await;
    assert_eq!(response.status(), 303);
    let moved = location(&response);
    assert!(moved.ends_with("?sket=flyttet"));
    assert!(inbox(&app).await.contains("Din tid er flyttet"));
    // The first slot is free again.
    assert!(free(&app, Kind::FrontDesk)
        .await
        .iter()
        .any(|s| &s.id == first));

    let moved_id = moved
        .trim_start_matches("/tider/")
        .split('?')
        .next()
        .unwrap()
        .to_owned();
    let response = app
        .submit(
            &format!("/tider/{moved_id}"),
            &format!("/tider/{moved_id}/aflys"),
            &[],
        )
        .await;
    assert_eq!(location(&response), "/tider?sket=aflyst");
    let html = app.get_html("/tider").await;
    assert!(html.contains("Du har ingen kommende aftaler"), "{html}");
    // The cancelled time stays in the list of earlier and cancelled times, saying who
    // cancelled it; the time it was moved from is not there, its new time stands for it.
    let history = html
        .split("Tidligere og aflyste tider")
        .nth(1)
        .expect("a history section");
    assert_eq!(history.matches("Aflyst af dig").count(), 1, "{history}");
    assert!(history.contains("Boligstøtte"), "{history}");
    assert!(inbox(&app).await.contains("Din tid er aflyst"));
    // Someone else's booking is not found.
    let karen = app.persona_id("Karen Jensen").await;
    let karens = bookings::upcoming_of_citizen(&app.state.db, &app.state.clock, &karen)
        .await
        .unwrap();
    assert_eq!(
        app.get(&format!("/tider/{}", karens[0].id)).await.status(),
        404
    );
}

#[tokio::test]
async fn a_taken_or_past_slot_is_refused_and_what_was_typed_stays() {
    let app = spawn().await;
    let karen = app.persona_id("Karen Jensen").await;
    let taken = bookings::upcoming_of_citizen(&app.state.db, &app.state.clock, &karen)
        .await
        .unwrap()[0]
        .slot
        .id
        .clone();
    app.login_as("Mette Hansen").await;
    let path = format!("/tider/ny/{taken}");
    let response = app.submit(&path, &path, &[("topic", "Mit pas")]).await;
    assert_eq!(response.status(), 409);
    let html = response.text().await.unwrap();
    assert!(html.contains("Tiden blev taget lige før. Vælg en anden tid."));
    assert!(html.contains("value=\"Mit pas\""));

    // A slot made this morning, before now.
    let early = Clock::fixed("2026-11-23T06:00:00Z".parse().unwrap());
    let series = bookings::SeriesDraft {
        kind: "home_visit".into(),
        first: "2026-11-23".into(),
        last: "2026-11-23".into(),
        weekday: vec!["1".into()],
        from: "08:00".into(),
        to: "09:00".into(),
        minutes: "60".into(),
        ..Default::default()
    }
    .check(&[])
    .unwrap();
    bookings::add_series(&app.state.db, &early, &series, &karen)
        .await
        .unwrap();
    let past = bookings::upcoming(&app.state.db, &early, Some(Kind::HomeVisit), 1)
        .await
        .unwrap()[0]
        .0
        .id
        .clone();
    let path = format!("/tider/ny/{past}");
    let response = app.submit(&path, &path, &[("topic", "Hjemmehjælp")]).await;
    assert_eq!(response.status(), 422);
    let html = response.text().await.unwrap();
    assert!(html.contains("Den tid er gået. Vælg en anden tid."));
    assert!(html.contains("value=\"Hjemmehjælp\""));
}

#[tokio::test]
async fn two_bookers_racing_for_one_slot_cannot_both_win() {
    let app = spawn().await;
    let slot = free(&app, Kind::Callback).await[0].id.clone();
    let details = bookings::Details {
        name: "Ole".into(),
        phone: Some("12 34 56 78".into()),
        topic: "MitID".into(),
        note: None,
    };
    let attempt = || {
        bookings::book(
            &app.state.db,
            &app.state.clock,
            &app.state.authority.post,
            &app.state.catalogue,
            bookings::NewBooking {
                slot_id: slot.clone(),
                citizen_id: None,
                details: details.clone(),
                idempotency: None,
            },
            Actor::System,
        )
    };
    let (a, b) = tokio::join!(attempt(), attempt());
    let won = [a.is_ok(), b.is_ok()];
    assert_eq!(won.iter().filter(|w| **w).count(), 1, "exactly one wins");
    let lost = if won[0] { b } else { a };
    assert!(matches!(
        lost,
        Err(bookings::BookError::Refused(bookings::Refusal::Taken))
    ));
}

#[tokio::test]
async fn the_front_desk_books_for_a_citizen_and_sees_the_day() {
    let app = spawn().await;
    let mette = app.persona_id("Mette Hansen").await;
    let jonas = app.persona_id("Jonas Berg").await;
    app.login_as("Jonas Berg").await;
    app.give_reason(&mette, "Mette ringede og ville ringes op")
        .await;
    let found = app.get_html("/borgerservice?q=mette").await;
    assert!(found.contains(&format!("/borgerservice/{mette}/tider")));
    assert!(found.contains("Book en tid for Mette Hansen"));
    let slot = free(&app, Kind::Callback).await[0].id.clone();
    let path = format!("/borgerservice/{mette}/tider/ny/{slot}");
    let response = app
        .submit(
            &path,
            &path,
            &[("topic", "Lønseddel"), ("phone", "+45 20 30 40 50")],
        )
        .await;
    assert_eq!(response.status(), 303);
    let shown = location(&response);
    assert!(shown.starts_with(&format!("/borgerservice/{mette}/tider/")));
    let booking_path = shown.split('?').next().unwrap().to_owned();
    let entries = borgerbro::audit::about(&app.state.db, &mette)
        .await
        .unwrap();
    let made = entries
        .iter()
        .find(|e| e.action == "booking.create")
        .unwrap();
    assert_eq!(made.actor, Actor::Person(jonas.clone()));
    assert_eq!(made.acting_for.as_deref(), Some(mette.as_str()));

    let day = app.get_html("/tider/dagen?dato=2026-11-24").await;
    assert!(day.contains("Karen Jensen"));
    assert!(day.contains("Mette Hansen"));
    assert!(day.contains("20 30 40 50"), "the phone number to ring");
    assert!(day.contains("Lønseddel"));

    // The front desk cancels it; Mette sees who did.
    let response = app
        .submit(&booking_path, &format!("{booking_path}/aflys"), &[])
        .await;
    assert_eq!(response.status(), 303);
    app.login_as("Mette Hansen").await;
    let html = app.get_html("/tider").await;
    assert!(html.contains("Aflyst af Borgerservice"), "{html}");

    // Staff pages are for staff.
    assert_eq!(app.get("/tider/dagen").await.status(), 403);
    assert_eq!(app.get("/admin/tider").await.status(), 403);
}

#[tokio::test]
async fn staff_make_a_series_and_an_overlapping_one_is_refused() {
    let app = spawn().await;
    app.login_as("Anne Kristensen").await;
    let form = [
        ("kind", "video"),
        ("place_id", ""),
        ("first", "2026-11-30"),
        ("last", "2026-12-04"),
        ("weekday", "1"),
        ("weekday", "3"),
        ("from", "09:00"),
        ("to", "10:00"),
        ("minutes", "30"),
    ];
    let response = app.submit("/admin/tider", "/admin/tider", &form).await;
    assert_eq!(response.status(), 200);
    assert!(response
        .text()
        .await
        .unwrap()
        .contains("Der er lavet 4 tider."));
    let again = app.submit("/admin/tider", "/admin/tider", &form).await;
    assert_eq!(again.status(), 422);
    let html = again.text().await.unwrap();
    assert!(html.contains("overlapper"));
    assert!(
        html.contains("value=\"2026-11-30\""),
        "the form keeps its values"
    );
    assert_eq!(
        free(&app, Kind::Video).await.len(),
        4,
        "nothing more stored"
    );
    let past = [
        ("first", "2026-11-23"),
        ("last", "2026-11-23"),
        ("weekday", "1"),
    ];
    let form: Vec<(&str, &str)> = form
        .iter()
        .filter(|(k, _)| !["first", "last", "weekday"].contains(k))
        .copied()
        .chain(past)
        .collect();
    let response = app.submit("/admin/tider", "/admin/tider", &form).await;
    assert_eq!(response.status(), 422);
    assert!(response.text().await.unwrap().contains("allerede gået"));
}

#[tokio::test]
async fn a_helper_books_inside_the_permission_and_is_refused_outside_it() {
    let app = spawn().await;
    let karen = app.persona_id("Karen Jensen").await;
    let peter = app.persona_id("Peter Jensen").await;
    let olena = app.persona_id("Olena Kovalenko").await;
    let jonas = app.persona_id("Jonas Berg").await;
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
    app.login_as("Peter Jensen").await;
    let base = format!("/jeg-hjaelper/{karen}/tider");
    let list = app.get_html(&base).await;
    assert!(list.contains("Aftaler for Karen Jensen"));
    assert!(
        list.contains("Hjælp med MitID-appen"),
        "Karen's own booking"
    );
    let slot = free(&app, Kind::HomeVisit).await;
    assert!(slot.is_empty(), "the demo has no home visits");
    let slot = free(&app, Kind::FrontDesk).await[0].id.clone();
    let path = format!("{base}/ny/{slot}");
    let response = app.submit(&path, &path, &[("topic", "Pension")]).await;
    assert_eq!(response.status(), 303);
    let shown = app.get_html(common::header(&response, "location")).await;
    assert!(shown.contains("Var det let?"), "asked after booking");
    let entries = borgerbro::audit::about(&app.state.db, &karen)
        .await
        .unwrap();
    let made = entries
        .iter()
        .find(|e| e.action == "booking.create" && e.actor == Actor::Person(peter.clone()))
        .unwrap();
    assert_eq!(made.acting_for.as_deref(), Some(karen.as_str()));

    // Peter has no permission from Olena.
    let response = app.get(&format!("/jeg-hjaelper/{olena}/tider")).await;
    assert_eq!(response.status(), 404);

    // Birgit may only look at Olena's bookings: she sees them, and cannot book.
    app.login_as("Birgit Holm").await;
    let base = format!("/jeg-hjaelper/{olena}/tider");
    let list = app.get_html(&base).await;
    assert!(
        !list.contains(&format!("{base}/ny")),
        "no booking link on look-only"
    );
    let path = format!("{base}/ny/{slot}");
    assert_eq!(app.get(&path).await.status(), 404);
    let refused = borgerbro::audit::about(&app.state.db, &olena)
        .await
        .unwrap();
    assert!(refused.iter().any(|e| e.action == "mandate.refused"));
}

#[tokio::test]
async fn a_call_back_needs_no_login_and_is_rate_limited() {
    let app = spawn().await;
    let html = app.get_html("/ring-mig-op").await;
    assert!(html.contains("Ring mig op"));
    let slots = free(&app, Kind::Callback).await;
    let bad = app
        .submit(
            "/ring-mig-op",
            "/ring-mig-op",
            &[
                ("name", "Ole Sørensen"),
                ("phone", "1234"),
                ("topic", "MitID"),
                ("slot_id", &slots[0].id),
            ],
        )
        .await;
    assert_eq!(bad.status(), 422);
    let html = bad.text().await.unwrap();
    assert!(html.contains("8 cifre"));
    assert!(html.contains("value=\"Ole Sørensen\""));
    assert!(html.contains("checked"), "the chosen slot stays chosen");

    for (i, slot) in slots.iter().take(3).enumerate() {
        let response = app
            .submit(
                "/ring-mig-op",
                "/ring-mig-op",
                &[
                    ("name", "Ole Sørensen"),
                    ("phone", "+45 12345678"),
                    ("topic", "MitID"),
                    ("slot_id", &slot.id),
                ],
            )
            .await;
        assert_eq!(response.status(), 200, "call-back {i}");
        let html = response.text().await.unwrap();
        assert!(html.contains("Vi ringer til dig på den valgte tid"));
        assert!(html.contains("Vi ringer til dig på 12 34 56 78."));
        if i == 0 {
            let start = html.find("/ring-mig-op/").unwrap();
            let end = start + html[start..].find('"').unwrap();
            let ics = app.get(&html[start..end]).await;
            assert_eq!(ics.status(), 200);
            let ics = ics.text().await.unwrap();
            assert!(ics.contains("SUMMARY:Vi ringer dig op"));
            // Needing no login, it names no phone number: a link can be forwarded.
            assert!(
                !ics.contains("12 34 56 78") && !ics.contains("LOCATION"),
                "{ics}"
            );
        }
    }
    let response = app
        .submit(
            "/ring-mig-op",
            "/ring-mig-op",
            &[
                ("name", "Ole Sørensen"),
                ("phone", "12345678"),
                ("topic", "MitID"),
                ("slot_id", &slots[4].id),
            ],
        )
        .await;
    assert_eq!(response.status(), 429);
    assert!(!header(&response, "retry-after").is_empty());
    let html = response.text().await.unwrap();
    assert!(
        html.contains("for mange gange herfra. Prøv igen kl. "),
        "{html}"
    );
    assert!(html.contains("value=\"Ole Sørensen\""));
}

#[tokio::test]
async fn systems_book_through_the_api() {
    let app = spawn().await;
    let key = app.api_key("Telefonrobot").await;
    let mette = app.persona_id("Mette Hansen").await;
    let slots: Value = app
        .client
        .get(app.url("/api/v1/bookings/slots?kind=callback&from=2026-11-25T00:00:00Z"))
        .bearer_auth(&key)
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let first = slots[0]["id"].as_str().unwrap().to_owned();
    assert_eq!(slots[0]["starts_at"], "2026-11-25T12:00:00Z");
    let body =
        json!({"slot_id": first, "citizen": mette, "phone": "20304050", "topic": "Boligstøtte"});
    let post = |body: Value, idem: &'static str| {
        app.client
            .post(app.url("/api/v1/bookings"))
            .bearer_auth(&key)
            .header("Idempotency-Key", idem)
            .json(&body)
            .send()
    };
    let response = post(body.clone(), "robot-1").await.unwrap();
    assert_eq!(response.status(), 201);
    let booked: Value = response.json().await.unwrap();
    assert_eq!(booked["status"], "booked");
    assert_eq!(booked["slot"]["id"], first.as_str());
    let id = booked["id"].as_str().unwrap().to_owned();
    // A retry with the same key gives the same booking back.
    let again = post(body.clone(), "robot-1").await.unwrap();
    assert_eq!(again.status(), 200);
    assert_eq!(again.json::<Value>().await.unwrap()["id"], id.as_str());
    // Another booker for the same slot: 409, problem+json.
    let taken = post(
        json!({"slot_id": first, "name": "Ole", "phone": "12345678", "topic": "MitID"}),
        "robot-2",
    )
    .await
    .unwrap();
    assert_eq!(taken.status(), 409);
    assert_eq!(header(&taken, "content-type"), "application/problem+json");
    // A bad phone number: 422 naming the field.
    let bad = post(
        json!({"slot_id": slots[1]["id"], "name": "Ole", "phone": "12", "topic": "MitID"}),
        "robot-3",
    )
    .await
    .unwrap();
    assert_eq!(bad.status(), 422);
    assert_eq!(header(&bad, "content-type"), "application/problem+json");
    assert_eq!(
        bad.json::<Value>().await.unwrap()["errors"][0]["field"],
        "phone"
    );

    let got: Value = app
        .client
        .get(app.url(&format!("/api/v1/bookings/{id}")))
        .bearer_auth(&key)
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(got["citizen"], mette.as_str());
    let cancelled = app
        .client
        .delete(app.url(&format!("/api/v1/bookings/{id}")))
        .bearer_auth(&key)
        .send()
        .await
        .unwrap();
    assert_eq!(cancelled.status(), 200);
    let cancelled = cancelled.json::<Value>().await.unwrap();
    assert_eq!(cancelled["status"], "cancelled");
    assert!(cancelled["cancelled_at"].is_string(), "{cancelled}");
    assert!(cancelled["moved_to"].is_null(), "{cancelled}");
    let unknown = app
        .client
        .get(app.url("/api/v1/bookings/nope"))
        .bearer_auth(&key)
        .send()
        .await
        .unwrap();
    assert_eq!(unknown.status(), 404);
    let no_key = app
        .client
        .get(app.url("/api/v1/bookings/slots?kind=callback"))
        .send()
        .await
        .unwrap();
    assert_eq!(no_key.status(), 401);
    let unknown_kind = app
        .client
        .get(app.url("/api/v1/bookings/slots?kind=tea"))
        .bearer_auth(&key)
        .send()
        .await
        .unwrap();
    assert_eq!(unknown_kind.status(), 422);
}

/// Olena's own Ukrainian number is one we can call; a call asks what we should know
/// before we ring, not "before the meeting".
#[tokio::test]
async fn a_call_back_takes_an_international_number() {
    let app = spawn().await;
    let form = app.get_html("/ring-mig-op").await;
    assert!(form.contains("før vi ringer") && !form.contains("før mødet"));
    let slots = free(&app, Kind::Callback).await;
    let response = app
        .submit(
            "/ring-mig-op",
            "/ring-mig-op",
            &[
                ("name", "Olena Kovalenko"),
                ("phone", "+380 44 123 4567"),
                ("topic", "Brev om boligstøtte"),
                ("slot_id", &slots[0].id),
            ],
        )
        .await;
    assert_eq!(response.status(), 200);
    let html = response.text().await.unwrap();
    assert!(
        html.contains("Vi ringer til dig på +380 44 123 4567."),
        "{html}"
    );
}

/// Posts to the API with an `Idempotency-Key`: the status, the `Retry-After` header and
/// the body.
async fn post_with_key(
    app: &TestApp,
    key: &str,
    path: &str,
    idem: &str,
    body: &Value,
) -> (u16, String, Value) {
    let response = common::client()
        .post(app.url(path))
        .bearer_auth(key)
        .header("Idempotency-Key", idem)
        .json(body)
        .send()
        .await
        .unwrap();
    let status = response.status().as_u16();
    let retry_after = header(&response, "retry-after").to_owned();
    (
        status,
        retry_after,
        response.json().await.unwrap_or_default(),
    )
}

#[tokio::test]
async fn a_booking_sent_again_with_the_same_key_is_the_same_booking() {
    let app = spawn().await;
    let key = app.api_key("Telefonrobot").await;
    let mette = app.persona_id("Mette Hansen").await;
    let slots = free(&app, Kind::Callback).await;
    let body = json!({"slot_id": slots[0].id, "citizen": mette, "phone": "20304050",
                      "topic": "Boligstøtte"});
    let (status, _, first) = post_with_key(&app, &key, "/api/v1/bookings", "book-1", &body).await;
    assert_eq!(status, 201, "{first}");
    // The answer was lost; the robot sends the same again, its keys in another order.
    let same = json!({"topic": "Boligstøtte", "phone": "20304050", "citizen": mette,
                      "slot_id": slots[0].id});
    let (status, _, again) = post_with_key(&app, &key, "/api/v1/bookings", "book-1", &same).await;
    assert_eq!(status, 200, "{again}");
    assert_eq!(again["id"], first["id"]);
    // The same key for another booking is refused and books nothing.
    let other = json!({"slot_id": slots[1].id, "citizen": mette, "phone": "20304050",
                       "topic": "Boligstøtte"});
    let (status, _, problem) =
        post_with_key(&app, &key, "/api/v1/bookings", "book-1", &other).await;
    assert_eq!(status, 409, "{problem}");
    let booked = "SELECT COUNT(*) FROM bookings WHERE citizen_id = $1";
    assert_eq!(app.count(booked, &mette).await, 1);
    // The same key on another route is another request.
    let ib = json!({"name": "Ib"});
    let (status, _, problem) = post_with_key(&app, &key, "/api/v1/people", "book-1", &ib).await;
    assert_eq!(status, 409, "{problem}");
}

/// Two identical bookings with the same key at the same moment, as a robot that times out
/// and retries at once sends them: one books, the other gets that booking or is told to
/// retry (409 with `Retry-After`), never that its own slot was taken and never 500. Ten
/// pairs at once, so the race is run, not hoped for.
#[tokio::test]
async fn two_identical_bookings_at_once_book_once_and_the_twin_is_never_told_taken() {
    let app = spawn().await;
    let key = app.api_key("Telefonrobot").await;
    let slots = free(&app, Kind::Callback).await;
    let pairs = slots.iter().take(10).enumerate().map(|(i, slot)| {
        let (app, key) = (&app, &key);
        async move {
            let idem = format!("twin-{i}");
            let body = json!({"slot_id": slot.id, "name": "Tvilling", "phone": "20304050",
                              "topic": "MitID"});
            let (a, b) = tokio::join!(
                post_with_key(app, key, "/api/v1/bookings", &idem, &body),
                post_with_key(app, key, "/api/v1/bookings", &idem, &body),
            );
            (a, b)
        }
    });
    let results = futures_util::future::join_all(pairs).await;
    assert_eq!(results.len(), 10);
    for (a, b) in results {
        let mut pair = [a, b];
        pair.sort_by_key(|(status, _, _)| *status);
        match &pair {
            [(200, _, again), (201, _, first)] => assert_eq!(again["id"], first["id"]),
            [(201, _, _), (409, retry_after, problem)] => {
                assert_eq!(
                    retry_after, "1",
                    "told to retry, not that it was taken: {problem}"
                );
            }
            _ => panic!("one books, the twin gets it or is told to retry: {pair:?}"),
        }
    }
    let booked = "SELECT COUNT(*) FROM bookings WHERE name = $1";
    assert_eq!(app.count(booked, "Tvilling").await, 10, "one booking a key");
}

/// A booking whose stored kind, booker, canceller or phone number this build cannot read
/// (a newer version's value, a hand in the database) is an error where it is read, never
/// read as something it knows: a canceller it could not read was shown as "unknown", and
/// a slot's kind came back as a protocol error that named nothing.
#[tokio::test]
async fn a_booking_this_build_cannot_read_is_an_error_never_a_default() {
    let app = spawn().await;
    app.login_as("Mette Hansen").await;
    let slot = free(&app, Kind::FrontDesk).await[0].id.clone();
    let confirm = format!("/tider/ny/{slot}");
    let response = app
        .submit(
            &confirm,
            &confirm,
            &[("topic", "Boligstøtte"), ("note", "")],
        )
        .await;
    assert_eq!(response.status(), 303);
    let id = location(&response)
        .trim_start_matches("/tider/")
        .split('?')
        .next()
        .unwrap()
        .to_owned();
    let db = &app.state.db;
    assert!(bookings::booking(db, &id).await.unwrap().is_some());
    for (table, column, value, key) in [
        ("bookings", "booked_by", "robot:7", "id"),
        ("bookings", "cancelled_by", "someone", "id"),
        ("bookings", "phone", "ring mig", "id"),
        ("booking_slots", "kind", "teleport", "slot"),
    ] {
        let (sql, bind) = match key {
            "slot" => (
                format!("UPDATE {table} SET {column} = $1 WHERE id = $2"),
                slot.clone(),
            ),
            _ => (
                format!("UPDATE {table} SET {column} = $1 WHERE id = $2"),
                id.clone(),
            ),
        };
        let before: (Option<String>,) =
            sqlx::query_as(&format!("SELECT {column} FROM {table} WHERE id = $1"))
                .bind(&bind)
                .fetch_one(&db.pool)
                .await
                .unwrap();
        sqlx::query(&sql)
            .bind(value)
            .bind(&bind)
            .execute(&db.pool)
            .await
            .unwrap();
        let read = bookings::booking(db, &id).await;
        assert!(read.is_err(), "{column} {value}: {read:?}");
        let page = app.get(&format!("/tider/{id}")).await;
        assert_ne!(
            page.status(),
            200,
            "{column}: not shown as something it is not"
        );
        sqlx::query(&format!("UPDATE {table} SET {column} = $1 WHERE id = $2"))
            .bind(before.0)
            .bind(&bind)
            .execute(&db.pool)
            .await
            .unwrap();
        assert!(bookings::booking(db, &id).await.is_ok(), "{column} back");
    }
}

/// A moment as UTC milliseconds, as slots hold it.
fn ms(text: &str) -> i64 {
    text.parse::<jiff::Timestamp>().unwrap().as_millisecond()
}

/// Mette gets post on paper from now on (she chose it at the front desk).
async fn mette_on_paper(app: &TestApp) -> String {
    let mette = app.persona_id("Mette Hansen").await;
    let jonas = app.persona_id("Jonas Berg").await;
    borgerbro::people::set_exemption(
        &app.state.db,
        &app.state.clock,
        &mette,
        true,
        Actor::Person(jonas),
    )
    .await
    .unwrap();
    mette
}

#[tokio::test]
async fn a_paper_letter_that_comes_after_the_meeting_is_said_on_screen_and_the_desk_rings() {
    let app = spawn().await;
    let mette = mette_on_paper(&app).await;
    // Monday's letter comes on Thursday: a call-back on Tuesday is too soon for it.
    let slots = free(&app, Kind::Callback).await;
    let tuesday = slots
        .iter()
        .find(|s| s.window.starts_at < ms("2026-11-26T23:00:00Z")) // before Friday the 27th
        .unwrap()
        .clone();
    let later = slots
        .iter()
        .find(|s| s.window.starts_at > ms("2026-11-29T23:00:00Z")) // from Monday the 30th
        .unwrap()
        .clone();
    app.login_as("Mette Hansen").await;
    let book = |slot: &Slot| format!("/tider/ny/{}", slot.id);
    let response = app
        .submit(
            &book(&tuesday),
            &book(&tuesday),
            &[("topic", "Boligstøtte"), ("phone", "20 30 40 50")],
        )
        .await;
    let shown = app.get_html(&location(&response)).await;
    assert!(
        shown.contains("Brevet om tiden kommer for sent"),
        "the citizen is told on screen: {shown}"
    );
    assert!(shown.contains("torsdag den 26. november 2026"), "{shown}");
    assert!(shown.contains("ringer til dig på 20 30 40 50"), "{shown}");

    // A time far enough ahead needs no call.
    let response = app
        .submit(
            &book(&later),
            &book(&later),
            &[("topic", "Skat"), ("phone", "20 30 40 50")],
        )
        .await;
    let shown = app.get_html(&location(&response)).await;
    assert!(!shown.contains("kommer for sent"), "{shown}");

    // The front desk sees whom to ring, on its start page and the day's list.
    app.login_as("Jonas Berg").await;
    app.give_reason(&mette, "Mette ringede om sin aftale").await;
    let start = app.get_html("/min-side").await;
    // Mette, and the demo's Erik, whose call-back the desk booked for him on paper post.
    assert!(
        start.contains("2 borgere skal ringes op"),
        "the desk's queue: {start}"
    );
    let day = app.get_html("/tider/dagen").await;
    let ring = day.split("id=\"ring\"").nth(1).expect("a list to ring");
    assert!(ring.contains("Mette Hansen</strong>: sig tiden"), "{ring}");
    assert!(ring.contains("tel:+4520304050"), "{ring}");
    assert!(!ring.contains("Skat"), "{ring}");

    // Cancelled by the desk on Monday: the letter saying so is late too.
    let booking = bookings::upcoming_of_citizen(&app.state.db, &app.state.clock, &mette)
        .await
        .unwrap()
        .into_iter()
        .find(|b| b.slot.id == tuesday.id)
        .unwrap();
    let path = format!("/borgerservice/{mette}/tider/{}", booking.id);
    let desk_view = app.get_html(&path).await;
    assert!(
        desk_view.contains("Sig tiden til borgeren nu"),
        "the desk is told: {desk_view}"
    );
    app.submit(&path, &format!("{path}/aflys"), &[]).await;
    let day = app.get_html("/tider/dagen").await;
    let ring = day.split("id=\"ring\"").nth(1).expect("a list to ring");
    assert!(ring.contains("sig at tiden er aflyst"), "{ring}");

    // A citizen on digital post is never on the list.
    app.login_as("Karen Jensen").await;
    let karen_slot = free(&app, Kind::Callback).await[0].clone();
    app.submit(
        &book(&karen_slot),
        &book(&karen_slot),
        &[("topic", "Pension"), ("phone", "22 33 44 55")],
    )
    .await;
    app.login_as("Jonas Berg").await;
    let day = app.get_html("/tider/dagen").await;
    let ring = day.split("id=\"ring\"").nth(1).unwrap_or_default();
    assert!(!ring.contains("Karen Jensen"), "{ring}");
}

#[tokio::test]
async fn the_front_desk_marks_that_it_rang_and_the_citizen_leaves_the_list() {
    let app = spawn().await;
    let mette = mette_on_paper(&app).await;
    let tuesday = free(&app, Kind::Callback).await[0].clone();
    assert!(tuesday.window.starts_at < ms("2026-11-26T23:00:00Z"));
    app.login_as("Mette Hansen").await;
    let book = format!("/tider/ny/{}", tuesday.id);
    app.submit(
        &book,
        &book,
        &[("topic", "Boligstøtte"), ("phone", "20 30 40 50")],
    )
    .await;
    let booking = bookings::upcoming_of_citizen(&app.state.db, &app.state.clock, &mette)
        .await
        .unwrap()
        .remove(0);
    let mark = format!("/tider/dagen/ringet/{}", booking.id);

    app.login_as("Jonas Berg").await;
    app.give_reason(&mette, "Mette ringede om sin aftale").await;
    // Mette, and the demo's Erik.
    assert!(app
        .get_html("/min-side")
        .await
        .contains("2 borgere skal ringes op"));
    let day = app.get_html("/tider/dagen").await;
    let ring = day.split("id=\"ring\"").nth(1).expect("a list to ring");
    assert!(ring.contains(&format!("action=\"{mark}\"")), "{ring}");
    assert!(ring.contains("Jeg har ringet til Mette Hansen"), "{ring}");
    // Without the page's CSRF token the mark is refused and nothing changes.
    let forged = app.post_form(&mark, &[("dato", "2026-11-23")]).await;
    assert_eq!(forged.status(), 403);
    let rung = "SELECT COUNT(*) FROM booking_calls WHERE booking_id = $1";
    assert_eq!(app.count(rung, &booking.id).await, 0);

    let response = app
        .submit("/tider/dagen", &mark, &[("dato", "2026-11-23")])
        .await;
    assert_eq!(response.status(), 303);
    assert_eq!(location(&response), "/tider/dagen?dato=2026-11-23#rung");
    let day = app.get_html("/tider/dagen?dato=2026-11-23").await;
    let ring = day
        .split("id=\"ring\"")
        .nth(1)
        .and_then(|after| after.split("id=\"rung\"").next())
        .expect("Erik is still on the list");
    assert!(!ring.contains("Mette Hansen"), "off the list: {ring}");
    assert!(ring.contains("Erik Sørensen"), "{ring}");
    let done = day.split("id=\"rung\"").nth(1).expect("who was rung");
    assert!(done.contains("Mette Hansen</strong>: sig tiden"), "{done}");
    assert!(
        done.contains("Jonas Berg ringede 23.11.2026 kl. 12.00."),
        "who and when: {done}"
    );
    assert!(app
        .get_html("/min-side")
        .await
        .contains("1 borger skal ringes op"));
    assert_eq!(
        app.count(
            "SELECT COUNT(*) FROM audit_entries WHERE action = 'booking.rung' AND object = $1",
            &booking.id
        )
        .await,
        1
    );
    // A second mark changes nothing; a booking not on the list is not found.
    app.submit("/tider/dagen", &mark, &[]).await;
    assert_eq!(app.count(rung, &booking.id).await, 1);
    let karen = app.persona_id("Karen Jensen").await;
    let karens = bookings::upcoming_of_citizen(&app.state.db, &app.state.clock, &karen)
        .await
        .unwrap();
    let other = format!("/tider/dagen/ringet/{}", karens[0].id);
    assert_eq!(app.submit("/tider/dagen", &other, &[]).await.status(), 404);

    // Cancelled afterwards: that news is a call of its own, back on the list.
    let path = format!("/borgerservice/{mette}/tider/{}", booking.id);
    app.submit(&path, &format!("{path}/aflys"), &[]).await;
    let day = app.get_html("/tider/dagen").await;
    let ring = day.split("id=\"ring\"").nth(1).expect("a list to ring");
    assert!(ring.contains("sig at tiden er aflyst"), "{ring}");
}
