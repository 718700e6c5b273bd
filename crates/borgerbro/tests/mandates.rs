//! Permissions to helpers through the API, on SQLite and PostgreSQL: given, checked,
//! listed, ended and refused after; bad input refused with nothing stored.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use borgerbro::audit::Actor;
use borgerbro::mandates;
use common::TestApp;
use serde_json::{json, Value};

async fn call(
    app: &TestApp,
    key: &str,
    method: reqwest::Method,
    path: &str,
    body: Option<Value>,
) -> (u16, Value) {
    app.api(key, method, path, body).await
}

async fn check(
    app: &TestApp,
    key: &str,
    helper: &str,
    citizen: &str,
    area: &str,
    action: &str,
) -> Value {
    call(
        app,
        key,
        reqwest::Method::POST,
        "/api/v1/mandates/check",
        Some(json!({"helper": helper, "citizen": citizen, "area": area, "action": action})),
    )
    .await
    .1
}

async fn mandates_in_db(app: &TestApp) -> i64 {
    let (n,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM mandates")
        .fetch_one(&app.state.db.pool)
        .await
        .unwrap();
    n
}

#[tokio::test]
async fn a_permission_is_given_checked_listed_and_ended() {
    let app = TestApp::spawn().await;
    let key = app.api_key("Borgerservice").await;
    let karen = app.persona_id("Karen Jensen").await;
    let peter = app.persona_id("Peter Jensen").await;
    app.without_demo_permission(&karen, &peter).await;
    assert_eq!(
        check(&app, &key, &peter, &karen, "post", "look").await["reason"],
        "no_mandate"
    );

    let (status, given) = call(
        &app,
        &key,
        reqwest::Method::POST,
        "/api/v1/mandates",
        Some(json!({"citizen": karen, "helper": peter, "areas": ["post", "health"], "rights": "look"})),
    )
    .await;
    assert_eq!(status, 201, "{given}");
    assert_eq!(given["status"], "pending");
    assert_eq!(
        check(&app, &key, &peter, &karen, "post", "look").await["reason"],
        "not_accepted"
    );

    let (status, in_person) = call(
        &app,
        &key,
        reqwest::Method::POST,
        "/api/v1/mandates",
        Some(
            json!({"citizen": karen, "helper": peter, "areas": ["post", "health"], "rights": "act",
                    "accepted_in_person": true, "identity_check": "pas"}),
        ),
    )
    .await;
    assert_eq!(status, 201, "{in_person}");
    assert_eq!(
        in_person["status"], "active",
        "accepted in person: active at once"
    );
    let allowed = check(&app, &key, &peter, &karen, "health", "act").await;
    assert_eq!(allowed, json!({"allowed": true, "reason": "allowed"}));
    assert_eq!(
        check(&app, &key, &peter, &karen, "housing", "look").await["reason"],
        "outside_area"
    );

    let (_, list) = call(
        &app,
        &key,
        reqwest::Method::GET,
        &format!("/api/v1/mandates?citizen={karen}"),
        None,
    )
    .await;
    assert_eq!(list.as_array().unwrap().len(), 2);

    let id = in_person["id"].as_str().unwrap();
    let (status, ended) = call(
        &app,
        &key,
        reqwest::Method::DELETE,
        &format!("/api/v1/mandates/{id}"),
        None,
    )
    .await;
    assert_eq!(status, 200);
    assert_eq!(ended["status"], "ended");
    assert_eq!(
        check(&app, &key, &peter, &karen, "health", "act").await["reason"],
        "not_accepted",
        "only the pending one is left"
    );
    let (status, _) = call(
        &app,
        &key,
        reqwest::Method::DELETE,
        &format!("/api/v1/mandates/{id}"),
        None,
    )
    .await;
    assert_eq!(status, 404, "ended once");

    // Karen hears of each permission given and ended: on paper, or in her inbox.
    let (letters,): (i64,) = sqlx::query_as(
        "SELECT COUNT(*) FROM messages WHERE recipient_id = $1 AND subject LIKE '%Peter Jensen%'",
    )
    .bind(&karen)
    .fetch_one(&app.state.db.pool)
    .await
    .unwrap();
    assert_eq!(letters, 4, "and the demo's, Karen let Peter help her");
}

#[tokio::test]
async fn bad_permissions_are_refused_and_nothing_is_stored() {
    let app = TestApp::spawn().await;
    let key = app.api_key("Borgerservice").await;
    let karen = app.persona_id("Karen Jensen").await;
    let peter = app.persona_id("Peter Jensen").await;
    let before = mandates_in_db(&app).await;
    for (body, field) in [
        (
            json!({"citizen": karen, "helper": karen, "areas": ["post"], "rights": "look"}),
            "helper",
        ),
        (
            json!({"citizen": karen, "helper": "nobody", "areas": ["post"], "rights": "look"}),
            "helper",
        ),
        (
            json!({"citizen": karen, "helper": peter, "areas": ["mars"], "rights": "look"}),
            "areas",
        ),
        (
            json!({"citizen": karen, "helper": peter, "areas": [], "rights": "look"}),
            "areas",
        ),
        (
            json!({"citizen": karen, "helper": peter, "areas": ["post"], "rights": "all"}),
            "rights",
        ),
        (
            json!({"citizen": karen, "helper": peter, "areas": ["post"], "rights": "look",
                "valid_from": "2027-02-01", "valid_to": "2027-01-01"}),
            "valid_to",
        ),
        (
            json!({"citizen": karen, "helper": peter, "areas": ["post"], "rights": "look",
                "valid_from": "2027-01-01", "valid_to": "2035-01-01"}),
            "valid_to",
        ),
        (
            json!({"citizen": karen, "helper": peter, "areas": ["post"], "rights": "look",
                "accepted_in_person": true}),
            "identity_check",
        ),
        (
            json!({"citizen": karen, "helper": peter, "areas": ["post"], "rights": "look",
                "accepted_in_person": true, "identity_check": "han så flink ud"}),
            "identity_check",
        ),
        (
            json!({"citizen": karen, "helper": peter, "areas": ["post"], "rights": "look",
                "note": "x".repeat(501)}),
            "note",
        ),
        (
            json!({"citizen": karen, "helper": peter, "areas": vec!["post"; 100_000], "rights": "look"}),
            "areas",
        ),
        (
            json!({"citizen": karen, "helper": peter, "areas": ["post"], "rights": "look",
                "note": "skjult\u{0}tegn"}),
            "note",
        ),
    ] {
        let (status, problem) = call(
            &app,
            &key,
            reqwest::Method::POST,
            "/api/v1/mandates",
            Some(body.clone()),
        )
        .await;
        assert_eq!(status, 422, "{body}");
        assert_eq!(problem["errors"][0]["field"], field, "{problem}");
    }
    assert_eq!(mandates_in_db(&app).await, before);

    let body = json!({"citizen": karen, "helper": peter, "areas": ["post"], "rights": "look", "valid_to": "2027-06-30"});
    assert_eq!(
        call(
            &app,
            &key,
            reqwest::Method::POST,
            "/api/v1/mandates",
            Some(body.clone())
        )
        .await
        .0,
        201
    );
    let (status, problem) = call(
        &app,
        &key,
        reqwest::Method::POST,
        "/api/v1/mandates",
        Some(body),
    )
    .await;
    assert_eq!(status, 422);
    assert_eq!(
        problem["errors"][0]["detail"],
        "Personen har allerede præcis den tilladelse."
    );
    let (status, _) = call(
        &app,
        &key,
        reqwest::Method::POST,
        "/api/v1/mandates/check",
        Some(json!({"helper": peter, "citizen": karen, "area": "mars", "action": "look"})),
    )
    .await;
    assert_eq!(status, 422);
}

#[tokio::test]
async fn the_life_of_a_permission_through_the_pages() {
    let app = TestApp::spawn().await;
    let key = app.api_key("Borgerservice").await;
    let karen = app.persona_id("Karen Jensen").await;
    let peter = app.persona_id("Peter Jensen").await;
    app.without_demo_permission(&karen, &peter).await;
    let housing: Value = reqwest::Client::new()
        .post(app.url("/api/v1/messages"))
        .bearer_auth(&key)
        .json(&json!({"recipient": {"person_id": karen}, "area": "housing", "subject": "Din husleje", "body": "Huslejen stiger."}))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();

    app.login_as("Karen Jensen").await;
    let refused = app
        .submit(
            "/hjaelpere/ny",
            "/hjaelpere/ny",
            &[
                ("helper", "110865-2345"),
                ("rights", "look"),
                ("valid_to", "2020-01-01"),
                ("note", "Hjælp med breve"),
            ],
        )
        .await;
    assert_eq!(refused.status(), 422);
    let html = refused.text().await.unwrap();
    assert!(html.contains("Vælg mindst én ting"), "{html}");
    assert!(
        html.contains(r#"value="Hjælp med breve""#),
        "what was typed is kept"
    );
    let until = jiff::Zoned::now()
        .date()
        .checked_add(jiff::Span::new().days(90))
        .unwrap()
        .to_string();
    let given = app
        .submit(
            "/hjaelpere/ny",
            "/hjaelpere/ny",
            &[
                ("helper", "110865-2345"),
                ("scope", "post"),
                ("scope", "health"),
                ("rights", "look"),
                ("valid_to", &until),
            ],
        )
        .await;
    assert_eq!(given.status(), 303);
    let mine = app.get_html("/hjaelpere?sket=givet").await;
    assert!(
        mine.contains("Peter Jensen") && mine.contains("Venter på, at hjælperen siger ja"),
        "{mine}"
    );

    app.login_as("Peter Jensen").await;
    assert_eq!(
        app.get(&format!("/jeg-hjaelper/{karen}")).await.status(),
        404,
        "not before he says yes"
    );
    let helping = app.get_html("/jeg-hjaelper").await;
    let marker = "action=\"/jeg-hjaelper/";
    let start = helping.find(marker).expect("a permission to accept") + marker.len();
    let id = helping[start..start + 36].to_owned();
    let accepted = app
        .submit("/jeg-hjaelper", &format!("/jeg-hjaelper/{id}/ja"), &[])
        .await;
    assert_eq!(accepted.status(), 303);
    let letters = app.get_html(&format!("/jeg-hjaelper/{karen}")).await;
    assert!(letters.contains("Du hjælper Karen Jensen"), "the banner");
    assert!(
        letters.contains("Svar os om din hjemmehjælp"),
        "a health letter"
    );
    assert!(
        !letters.contains("Din husleje"),
        "housing is outside the permission"
    );
    let health_id: (String,) =
        sqlx::query_as("SELECT id FROM messages WHERE recipient_id = $1 AND area = 'health'")
            .bind(&karen)
            .fetch_one(&app.state.db.pool)
            .await
            .unwrap();
    let letter = app
        .get_html(&format!("/jeg-hjaelper/{karen}/post/{}", health_id.0))
        .await;
    assert!(letter.contains("Kære Karen Jensen"));
    let housing_id = housing["id"].as_str().unwrap();
    assert_eq!(
        app.get(&format!("/jeg-hjaelper/{karen}/post/{housing_id}"))
            .await
            .status(),
        404
    );
    let receipt: Value = reqwest::Client::new()
        .get(app.url(&format!("/api/v1/messages/{}", health_id.0)))
        .bearer_auth(&key)
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(
        receipt["opened_by"],
        format!("person:{peter}"),
        "the receipt names the helper"
    );

    app.login_as("Mette Hansen").await;
    assert_eq!(
        app.submit("/post", &format!("/hjaelpere/{id}/stop"), &[])
            .await
            .status(),
        404
    );

    app.login_as("Karen Jensen").await;
    let mine = app.get_html("/hjaelpere").await;
    assert!(mine.contains("Peter Jensen, læste brevet «"), "{mine}");
    assert!(
        mine.contains("Peter Jensen, prøvede at åbne brevet «"),
        "{mine}"
    );
    let stopped = app
        .submit("/hjaelpere", &format!("/hjaelpere/{id}/stop"), &[])
        .await;
    assert_eq!(stopped.status(), 303);

    app.login_as("Peter Jensen").await;
    assert_eq!(
        app.get(&format!("/jeg-hjaelper/{karen}")).await.status(),
        404,
        "stopped at once"
    );
}

#[tokio::test]
async fn a_helper_can_read_how_to_help_before_being_given_a_permission() {
    let app = TestApp::spawn().await;
    let guide = app.get_html("/saadan-hjaelper-du/post").await;
    assert!(guide.contains("Hjælp med breve"));
    assert!(guide.contains("Det kan du ikke"));
    assert!(app
        .get_html("/hjaelp")
        .await
        .contains("/saadan-hjaelper-du/emner"));
    assert_eq!(app.get("/saadan-hjaelper-du/alt").await.status(), 404);
}

#[tokio::test]
async fn the_front_desk_gives_a_permission_for_a_citizen_without_mitid_or_cpr() {
    let app = TestApp::spawn().await;
    let key = app.api_key("Borgerservice").await;
    let olena = app.persona_id("Olena Kovalenko").await;
    let peter = app.persona_id("Peter Jensen").await;
    let page = format!("/borgerservice/{olena}/tilladelse");

    app.login_as("Olena Kovalenko").await;
    assert_eq!(app.get(&page).await.status(), 403);

    app.login_as("Jonas Berg").await;
    app.give_reason(&olena, "Olena kom i Borgerservice").await;
    let search = app
        .submit(
            &page,
            &page,
            &[
                ("helper_query", "Peter"),
                ("action", "search"),
                ("scope", "post"),
            ],
        )
        .await;
    assert_eq!(search.status(), 200);
    let html = search.text().await.unwrap();
    assert!(html.contains("Peter Jensen (110865-****)"), "{html}");
    assert!(
        html.contains(r#"value="post" checked"#),
        "what was chosen is kept"
    );
    let unchecked = app
        .submit(
            &page,
            &page,
            &[
                ("helper_id", &peter),
                ("scope", "post"),
                ("rights", "look"),
                ("valid_to", "2027-06-30"),
                ("action", "give"),
            ],
        )
        .await;
    assert_eq!(unchecked.status(), 422, "an identity check is required");
    let given = app
        .submit(
            &page,
            &page,
            &[
                ("helper_id", &peter),
                ("scope", "post"),
                ("rights", "look"),
                ("valid_to", "2027-06-30"),
                ("note", "Hjælp med breve fra udlændingestyrelsen"),
                ("identity_check", "pas"),
                ("action", "give"),
            ],
        )
        .await;
    assert_eq!(given.status(), 303);
    let receipt = app.get_html(common::header(&given, "location")).await;
    // Olena reads Ukrainian: the receipt she takes home is in Ukrainian, whatever the
    // desk's screen shows.
    assert!(receipt.contains("Як припинити дозвіл"), "{receipt}");
    assert!(receipt.contains(r#"<html lang="uk""#), "{receipt}");
    assert!(receipt.contains("Hjælp med breve fra udlændingestyrelsen"));
    assert!(receipt.contains("Peter Jensen") && receipt.contains("89 40 20 00"));

    let (_, decision) = call(
        &app,
        &key,
        reqwest::Method::POST,
        "/api/v1/mandates/check",
        Some(json!({"helper": peter, "citizen": olena, "area": "post", "action": "look"})),
    )
    .await;
    assert_eq!(
        decision["allowed"], true,
        "accepted in person: active at once"
    );
}

#[tokio::test]
async fn a_protected_citizen_has_permissions_paused_and_new_ones_only_in_person_and_on_paper() {
    let app = TestApp::spawn().await;
    let key = app.api_key("Borgerservice").await;
    let mette = app.persona_id("Mette Hansen").await;
    let peter = app.persona_id("Peter Jensen").await;
    let give = |in_person: bool| {
        json!({"citizen": mette, "helper": peter, "areas": ["post"], "rights": "look",
               "accepted_in_person": in_person, "identity_check": "pas", "valid_to": if in_person { "2027-06-30" } else { "2027-05-31" }})
    };
    let (status, _) = call(
        &app,
        &key,
        reqwest::Method::POST,
        "/api/v1/mandates",
        Some(give(true)),
    )
    .await;
    assert_eq!(status, 201);
    assert_eq!(
        check(&app, &key, &peter, &mette, "post", "look").await["allowed"],
        true
    );

    app.login_as("Jonas Berg").await;
    app.give_reason(&mette, "Mette er bange for sin hjælper")
        .await;
    let protected = app
        .submit(
            "/borgerservice?q=mette",
            &format!("/borgerservice/{mette}/beskyttelse"),
            &[("protect", "1"), ("pause", "1")],
        )
        .await;
    assert_eq!(protected.status(), 303);
    assert_eq!(
        check(&app, &key, &peter, &mette, "post", "look").await["reason"],
        "suspended",
        "paused at once"
    );
    assert_eq!(
        common::header(&protected, "location"),
        format!("/borgerservice/{mette}/post")
    );
    assert!(app
        .get_html(&format!("/borgerservice/{mette}/post"))
        .await
        .contains("Borgeren er beskyttet"));

    let (status, problem) = call(
        &app,
        &key,
        reqwest::Method::POST,
        "/api/v1/mandates",
        Some(give(false)),
    )
    .await;
    assert_eq!(status, 422);
    assert_eq!(problem["errors"][0]["field"], "accepted_in_person");
    app.login_as("Mette Hansen").await;
    let online = app
        .submit(
            "/hjaelpere/ny",
            "/hjaelpere/ny",
            &[
                ("helper", "110865-2345"),
                ("scope", "post"),
                ("rights", "look"),
                ("valid_to", "2027-04-30"),
            ],
        )
        .await;
    assert_eq!(online.status(), 422);
    assert!(online.text().await.unwrap().contains("Du er beskyttet"));
    let mine = app.get_html("/hjaelpere").await;
    assert!(
        mine.contains("Sat på pause"),
        "the citizen sees who can see their data, paused or not"
    );

    app.login_as("Jonas Berg").await;
    app.give_reason(&mette, "Mette kom i Borgerservice").await;
    let page = format!("/borgerservice/{mette}/tilladelse");
    let given = app
        .submit(
            &page,
            &page,
            &[
                ("helper_id", &peter),
                ("scope", "post"),
                ("rights", "look"),
                ("valid_to", "2027-03-31"),
                ("identity_check", "pas"),
                ("action", "give"),
            ],
        )
        .await;
    assert_eq!(given.status(), 303);
    let (_, queue) = call(
        &app,
        &key,
        reqwest::Method::GET,
        "/api/v1/letters?status=queued",
        None,
    )
    .await;
    assert!(
        queue
            .as_array()
            .unwrap()
            .iter()
            .any(|l| l["reason"] == "protection"),
        "a new permission is announced on paper too: {queue}"
    );
}

#[tokio::test]
async fn a_helper_who_may_act_answers_a_letter_and_the_answer_names_them() {
    let app = TestApp::spawn().await;
    let key = app.api_key("Borgerservice").await;
    let karen = app.persona_id("Karen Jensen").await;
    let peter = app.persona_id("Peter Jensen").await;
    app.without_demo_permission(&karen, &peter).await;
    let birgit = app.persona_id("Birgit Holm").await;
    for (helper, rights) in [(&peter, "act"), (&birgit, "look")] {
        let (status, _) = call(
            &app,
            &key,
            reqwest::Method::POST,
            "/api/v1/mandates",
            Some(json!({"citizen": karen, "helper": helper, "areas": ["post", "health"], "rights": rights,
                        "accepted_in_person": true, "identity_check": "pas"})),
        )
        .await;
        assert_eq!(status, 201);
    }
    let (letter,): (String,) =
        sqlx::query_as("SELECT id FROM messages WHERE recipient_id = $1 AND area = 'health'")
            .bind(&karen)
            .fetch_one(&app.state.db.pool)
            .await
            .unwrap();
    let page = format!("/jeg-hjaelper/{karen}/post/{letter}");
    let answer = format!("{page}/svar");

    app.login_as("Birgit Holm").await;
    assert!(
        !app.get_html(&page).await.contains("Svar for Karen Jensen"),
        "look only: no form"
    );
    assert_eq!(
        app.submit(&page, &answer, &[("body", "Hej")])
            .await
            .status(),
        404
    );

    app.login_as("Peter Jensen").await;
    assert_eq!(
        app.submit(&page, &answer, &[("body", " ")]).await.status(),
        422
    );
    let answered = app
        .submit(
            &page,
            &answer,
            &[("body", "Min mor vil gerne have hjælpen igen.")],
        )
        .await;
    assert_eq!(answered.status(), 303);
    let message: Value = reqwest::Client::new()
        .get(app.url(&format!("/api/v1/messages/{letter}")))
        .bearer_auth(&key)
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(message["replies"][0]["by"], format!("person:{peter}"));

    app.login_as("Karen Jensen").await;
    let mine = app.get_html("/hjaelpere").await;
    assert!(mine.contains("Peter Jensen, svarede på brevet «"), "{mine}");
    assert!(
        mine.contains("Birgit Holm, prøvede at åbne brevet «"),
        "{mine}"
    );
    // Karen sees who opened and who answered her letter for her; so does the caseworker.
    // Birgit's look opened it first: her reading is the receipt (DESIGN.md, post).
    assert!(app.get_html("/post").await.contains("Læst af Birgit Holm"));
    let read = app.get_html(&format!("/post/{letter}")).await;
    assert!(read.contains("Birgit Holm åbnede brevet for dig"), "{read}");
    assert!(read.contains("Peter Jensen skrev for dig"), "{read}");
    app.login_as("Sofie Nielsen").await;
    let status = app.get_html(&format!("/breve/{letter}")).await;
    assert!(
        status.contains("af Birgit Holm, der hjælper borgeren"),
        "{status}"
    );
    assert!(
        status.contains("Peter Jensen skrev for borgeren"),
        "{status}"
    );
}

fn days_from_today(days: i64) -> String {
    jiff::Zoned::now()
        .date()
        .checked_add(jiff::Span::new().days(days))
        .unwrap()
        .to_string()
}

async fn give_in_person(app: &TestApp, key: &str, body: Value) -> Value {
    let mut body = body;
    body["accepted_in_person"] = json!(true);
    body["identity_check"] = json!("pas");
    let (status, given) = call(
        app,
        key,
        reqwest::Method::POST,
        "/api/v1/mandates",
        Some(body),
    )
    .await;
    assert_eq!(status, 201, "{given}");
    given
}

async fn count(app: &TestApp, sql: &str, bind: &str) -> i64 {
    app.count(sql, bind).await
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

#[tokio::test]
async fn a_change_sent_again_with_its_idempotency_key_changes_nothing_more() {
    let app = TestApp::spawn().await;
    let key = app.api_key("Borgerservice").await;
    let karen = app.persona_id("Karen Jensen").await;
    let peter = app.persona_id("Peter Jensen").await;
    let given = give_in_person(
        &app,
        &key,
        json!({"citizen": karen, "helper": peter, "areas": ["post"], "rights": "look", "valid_to": days_from_today(200)}),
    )
    .await;
    let id = given["id"].as_str().unwrap().to_owned();
    let path = format!("/api/v1/mandates/{id}");
    let patch = |idempotency_key: &'static str, body: Value| {
        let (app, key, path) = (&app, &key, &path);
        async move {
            let response = reqwest::Client::new()
                .patch(app.url(path))
                .bearer_auth(key)
                .header("Idempotency-Key", idempotency_key)
                .json(&body)
                .send()
                .await
                .unwrap();
            let status = response.status().as_u16();
            let content_type = common::header(&response, "content-type").to_owned();
            (
                status,
                content_type,
                response.json::<Value>().await.unwrap(),
            )
        }
    };
    let more = json!({"citizen": karen, "areas": ["post", "housing"], "rights": "act"});

    let (status, _, first) = patch("change-1", more.clone()).await;
    assert_eq!(status, 200, "{first}");
    let waiting_id = first["waiting"]["id"].as_str().unwrap().to_owned();
    // The answer was lost; the system sends the same request again.
    let (status, _, again) = patch("change-1", more.clone()).await;
    assert_eq!(status, 200, "{again}");
    assert_eq!(
        again["waiting"]["id"],
        waiting_id.as_str(),
        "the same waiting permission"
    );
    assert_eq!(again["now"]["id"], id.as_str());
    assert_eq!(
        letters_with_subject(&app, &karen, "Du har ændret tilladelsen til Peter Jensen").await,
        1,
        "one letter, not two"
    );
    assert_eq!(
        count(
            &app,
            "SELECT COUNT(*) FROM mandates WHERE replaces = $1",
            &id
        )
        .await,
        1,
        "one waiting permission, not a second replacing the first"
    );
    assert_eq!(
        count(
            &app,
            "SELECT COUNT(*) FROM audit_entries WHERE action = 'mandate.change' AND object = $1",
            &id
        )
        .await,
        1
    );

    // The same key with another body is refused, and changes nothing.
    let (status, content_type, refused) = patch(
        "change-1",
        json!({"citizen": karen, "areas": ["post", "health"], "rights": "act"}),
    )
    .await;
    assert_eq!(status, 409, "{refused}");
    assert_eq!(content_type, "application/problem+json");
    assert!(
        refused["detail"].as_str().unwrap().contains("ny nøgle"),
        "{refused}"
    );
    assert_eq!(
        count(
            &app,
            "SELECT COUNT(*) FROM mandates WHERE replaces = $1",
            &id
        )
        .await,
        1
    );

    // A body that is not JSON says what to send.
    let response = reqwest::Client::new()
        .patch(app.url(&path))
        .bearer_auth(&key)
        .header("content-type", "application/json")
        .body("{citizen")
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 400);
    assert_eq!(
        common::header(&response, "content-type"),
        "application/problem+json"
    );
}

#[tokio::test]
async fn a_change_that_gives_less_applies_at_once_and_one_that_gives_more_waits_for_yes() {
    let app = TestApp::spawn().await;
    let key = app.api_key("Borgerservice").await;
    let karen = app.persona_id("Karen Jensen").await;
    let peter = app.persona_id("Peter Jensen").await;
    app.without_demo_permission(&karen, &peter).await;
    let until = days_from_today(200);
    let given = give_in_person(
        &app,
        &key,
        json!({"citizen": karen, "helper": peter, "areas": ["post", "health"], "rights": "act", "valid_to": until}),
    )
    .await;
    let id = given["id"].as_str().unwrap().to_owned();
    let patch = |body: Value| {
        let (app, key, id) = (&app, &key, &id);
        async move {
            call(
                app,
                key,
                reqwest::Method::PATCH,
                &format!("/api/v1/mandates/{id}"),
                Some(body),
            )
            .await
        }
    };

    // Less: look only, letters only, an earlier last day. At once.
    let earlier = days_from_today(100);
    let (status, less) =
        patch(json!({"citizen": karen, "areas": ["post"], "rights": "look", "valid_to": earlier}))
            .await;
    assert_eq!(status, 200, "{less}");
    assert_eq!(less["now"]["rights"], "look");
    assert_eq!(less["now"]["areas"], json!(["post"]));
    assert_eq!(less["now"]["valid_to"], earlier.as_str());
    assert_eq!(less["now"]["status"], "active");
    assert!(less["waiting"].is_null(), "{less}");
    assert_eq!(
        check(&app, &key, &peter, &karen, "post", "act").await["reason"],
        "look_only"
    );
    assert_eq!(
        check(&app, &key, &peter, &karen, "health", "look").await["reason"],
        "outside_area"
    );
    assert_eq!(
        letters_with_subject(&app, &karen, "Du har ændret tilladelsen til Peter Jensen").await,
        1
    );
    assert_eq!(
        count(
            &app,
            "SELECT COUNT(*) FROM audit_entries WHERE action = 'mandate.change' AND object = $1",
            &id
        )
        .await,
        1
    );

    // More: housing too, and act. It waits; meanwhile only what both allow.
    let (status, more) =
        patch(json!({"citizen": karen, "areas": ["post", "housing"], "rights": "act"})).await;
    assert_eq!(status, 200, "{more}");
    assert_eq!(more["now"]["areas"], json!(["post"]));
    assert_eq!(more["now"]["rights"], "look");
    let waiting = &more["waiting"];
    assert_eq!(waiting["status"], "pending", "{more}");
    assert_eq!(waiting["areas"], json!(["post", "housing"]));
    assert_eq!(waiting["rights"], "act");
    assert_eq!(waiting["replaces"], id.as_str());
    for (area, action) in [("housing", "look"), ("post", "act")] {
        assert_eq!(
            check(&app, &key, &peter, &karen, area, action).await["allowed"],
            false,
            "nothing more before the helper says yes: {area} {action}"
        );
    }
    assert_eq!(
        check(&app, &key, &peter, &karen, "post", "look").await["allowed"],
        true,
        "what both allow still applies"
    );
    assert_eq!(
        letters_with_subject(&app, &karen, "Du har ændret tilladelsen til Peter Jensen").await,
        2
    );

    // The helper says yes: the new one applies and the old one gives way.
    let waiting_id = waiting["id"].as_str().unwrap();
    app.login_as("Peter Jensen").await;
    assert!(app
        .get_html("/jeg-hjaelper")
        .await
        .contains(&format!("/jeg-hjaelper/{waiting_id}/ja")));
    let accepted = app
        .submit(
            "/jeg-hjaelper",
            &format!("/jeg-hjaelper/{waiting_id}/ja"),
            &[],
        )
        .await;
    assert_eq!(accepted.status(), 303);
    assert_eq!(
        check(&app, &key, &peter, &karen, "housing", "act").await["allowed"],
        true
    );
    let (_, list) = call(
        &app,
        &key,
        reqwest::Method::GET,
        &format!("/api/v1/mandates?citizen={karen}"),
        None,
    )
    .await;
    let old = list
        .as_array()
        .unwrap()
        .iter()
        .find(|m| m["id"] == id.as_str())
        .unwrap();
    assert_eq!(old["status"], "ended", "replaced by the one he said yes to");
}

#[tokio::test]
async fn a_change_through_the_api_refuses_bad_input_and_someone_elses_permission() {
    let app = TestApp::spawn().await;
    let key = app.api_key("Borgerservice").await;
    let karen = app.persona_id("Karen Jensen").await;
    let mette = app.persona_id("Mette Hansen").await;
    let peter = app.persona_id("Peter Jensen").await;
    let given = give_in_person(
        &app,
        &key,
        json!({"citizen": karen, "helper": peter, "areas": ["post"], "rights": "look", "valid_to": days_from_today(60)}),
    )
    .await;
    let id = given["id"].as_str().unwrap();
    let path = format!("/api/v1/mandates/{id}");
    let before = mandates_in_db(&app).await;
    for (body, field) in [
        (json!({"citizen": karen, "areas": ["mars"]}), "areas"),
        (json!({"citizen": karen, "areas": []}), "areas"),
        (json!({"citizen": karen, "rights": "all"}), "rights"),
        (
            json!({"citizen": karen, "valid_to": "31-12-2027"}),
            "valid_to",
        ),
        (
            json!({"citizen": karen, "valid_to": "2020-01-01"}),
            "valid_to",
        ),
        (
            json!({"citizen": karen, "valid_to": "2040-01-01"}),
            "valid_to",
        ),
        (json!({"citizen": karen, "rights": "look"}), "areas"),
    ] {
        let response = reqwest::Client::new()
            .patch(app.url(&path))
            .bearer_auth(&key)
            .json(&body)
            .send()
            .await
            .unwrap();
        assert_eq!(response.status(), 422, "{body}");
        assert_eq!(
            common::header(&response, "content-type"),
            "application/problem+json",
            "{body}"
        );
        let problem: Value = response.json().await.unwrap();
        assert_eq!(problem["errors"][0]["field"], field, "{body}: {problem}");
    }
    for (path, body) in [
        (path.as_str(), json!({"citizen": mette, "rights": "act"})),
        (
            "/api/v1/mandates/no-such-permission",
            json!({"citizen": karen, "rights": "act"}),
        ),
    ] {
        let response = reqwest::Client::new()
            .patch(app.url(path))
            .bearer_auth(&key)
            .json(&body)
            .send()
            .await
            .unwrap();
        assert_eq!(response.status(), 404, "{path} {body}");
        assert_eq!(
            common::header(&response, "content-type"),
            "application/problem+json"
        );
    }
    let unauthenticated = reqwest::Client::new()
        .patch(app.url(&path))
        .json(&json!({"citizen": karen, "rights": "act"}))
        .send()
        .await
        .unwrap();
    assert_eq!(unauthenticated.status(), 401);
    assert_eq!(mandates_in_db(&app).await, before, "nothing stored");
    assert_eq!(
        letters_with_subject(&app, &karen, "Du har ændret tilladelsen til Peter Jensen").await,
        0
    );
}

#[tokio::test]
async fn the_citizen_changes_a_permission_on_a_page_that_keeps_what_was_typed() {
    let app = TestApp::spawn().await;
    let key = app.api_key("Borgerservice").await;
    let karen = app.persona_id("Karen Jensen").await;
    let peter = app.persona_id("Peter Jensen").await;
    app.without_demo_permission(&karen, &peter).await;
    let until = days_from_today(90);
    let given = give_in_person(
        &app,
        &key,
        json!({"citizen": karen, "helper": peter, "areas": ["post", "health"], "rights": "act", "valid_to": until}),
    )
    .await;
    let id = given["id"].as_str().unwrap();
    let page = format!("/hjaelpere/{id}/ret");

    app.login_as("Mette Hansen").await;
    assert_eq!(app.get(&page).await.status(), 404, "not hers");

    app.login_as("Karen Jensen").await;
    assert!(app
        .get_html("/hjaelpere")
        .await
        .contains(&format!(r#"href="{page}""#)));
    let form = app.get_html(&page).await;
    assert!(form.contains("Ret tilladelsen til Peter Jensen"), "{form}");
    assert!(form.contains("Indtil da må hjælperen kun det"), "{form}");
    assert!(form.contains(r#"value="health" checked"#), "{form}");
    assert!(form.contains(&format!(r#"value="{until}""#)));

    let bad = app
        .submit(
            &page,
            &page,
            &[
                ("scope", "post"),
                ("rights", "look"),
                ("valid_to", "i morgen"),
                ("note", "Kun breve nu"),
            ],
        )
        .await;
    assert_eq!(bad.status(), 422);
    let html = bad.text().await.unwrap();
    assert!(html.contains("Skriv datoen som ÅÅÅÅ-MM-DD"), "{html}");
    assert!(html.contains(r#"value="Kun breve nu""#), "kept");
    assert!(html.contains(r#"value="i morgen""#), "kept");
    assert!(!html.contains(r#"value="health" checked"#), "kept as typed");

    let same = app
        .submit(
            &page,
            &page,
            &[
                ("scope", "post"),
                ("scope", "health"),
                ("rights", "act"),
                ("valid_to", &until),
            ],
        )
        .await;
    assert_eq!(same.status(), 422);
    assert!(same
        .text()
        .await
        .unwrap()
        .contains("Du har ikke ændret noget"));

    let less = app
        .submit(
            &page,
            &page,
            &[
                ("scope", "post"),
                ("rights", "look"),
                ("valid_to", &until),
                ("note", "Kun breve nu"),
            ],
        )
        .await;
    assert_eq!(less.status(), 303);
    assert_eq!(common::header(&less, "location"), "/hjaelpere?sket=rettet");
    assert_eq!(
        check(&app, &key, &peter, &karen, "health", "look").await["reason"],
        "outside_area",
        "at once"
    );

    let more = app
        .submit(
            &page,
            &page,
            &[
                ("scope", "post"),
                ("scope", "bookings"),
                ("rights", "look"),
                ("valid_to", &until),
            ],
        )
        .await;
    assert_eq!(more.status(), 303);
    assert_eq!(
        common::header(&more, "location"),
        "/hjaelpere?sket=rettet-venter"
    );
    let helpers = app.get_html("/hjaelpere?sket=rettet-venter").await;
    assert!(helpers.contains("Det nye gælder først, når hjælperen siger ja"));
    assert!(
        helpers.contains("Det her er en ændring, der venter på, at Peter Jensen siger ja"),
        "the waiting change says what it is on its own row"
    );
    assert_eq!(
        check(&app, &key, &peter, &karen, "bookings", "look").await["allowed"],
        false
    );
    assert_eq!(
        letters_with_subject(&app, &karen, "Du har ændret tilladelsen til Peter Jensen").await,
        2
    );
}

#[tokio::test]
async fn the_front_desk_changes_a_permission_for_a_citizen_at_the_desk() {
    let app = TestApp::spawn().await;
    let key = app.api_key("Borgerservice").await;
    let olena = app.persona_id("Olena Kovalenko").await;
    let peter = app.persona_id("Peter Jensen").await;
    let until = days_from_today(90);
    let given = give_in_person(
        &app,
        &key,
        json!({"citizen": olena, "helper": peter, "areas": ["post", "health"], "rights": "act", "valid_to": until}),
    )
    .await;
    let id = given["id"].as_str().unwrap();
    let page = format!("/borgerservice/{olena}/tilladelse/{id}/ret");

    app.login_as("Olena Kovalenko").await;
    assert_eq!(app.get(&page).await.status(), 403);

    // The page names the citizen, so the front desk is asked why first.
    app.login_as("Jonas Berg").await;
    let asked = app.get(&page).await;
    assert_eq!(asked.status(), 303);
    assert!(
        common::header(&asked, "location").starts_with(&format!("/borgerservice/{olena}/hvorfor"))
    );
    // Another citizen's path does not open Olena's permission.
    let karen = app.persona_id("Karen Jensen").await;
    app.give_reason(&karen, "Karen kom i Borgerservice").await;
    let elsewhere = format!("/borgerservice/{karen}/tilladelse/{id}/ret");
    assert_eq!(app.get(&elsewhere).await.status(), 404);
    app.give_reason(&olena, "Olena kom i Borgerservice").await;
    assert!(app
        .get_html(&format!("/borgerservice/{olena}/tilladelse"))
        .await
        .contains(&format!(r#"href="{page}""#)));
    let changed = app
        .submit(
            &page,
            &page,
            &[("scope", "post"), ("rights", "look"), ("valid_to", &until)],
        )
        .await;
    assert_eq!(changed.status(), 303);
    assert_eq!(
        check(&app, &key, &peter, &olena, "post", "act").await["reason"],
        "look_only"
    );
    let jonas = app.persona_id("Jonas Berg").await;
    let (actor, acting_for): (String, Option<String>) = sqlx::query_as(
        "SELECT actor, acting_for FROM audit_entries WHERE action = 'mandate.change' AND object = $1",
    )
    .bind(id)
    .fetch_one(&app.state.db.pool)
    .await
    .unwrap();
    assert_eq!(actor, format!("person:{jonas}"));
    assert_eq!(acting_for.as_deref(), Some(olena.as_str()));
    // Olena reads why in "Hvem har kigget": the reason is the look's purpose.
    let (purpose,): (Option<String>,) = sqlx::query_as(
        "SELECT purpose FROM audit_entries WHERE action = 'mandate.read' AND object = $1",
    )
    .bind(id)
    .fetch_one(&app.state.db.pool)
    .await
    .unwrap();
    assert_eq!(purpose.as_deref(), Some("Olena kom i Borgerservice"));
}

#[tokio::test]
async fn a_permission_that_runs_out_brings_one_letter_and_an_old_one_none() {
    let app = TestApp::spawn().await;
    let key = app.api_key("Borgerservice").await;
    let karen = app.persona_id("Karen Jensen").await;
    let peter = app.persona_id("Peter Jensen").await;
    let long_ago = give_in_person(
        &app,
        &key,
        json!({"citizen": karen, "helper": peter, "areas": ["post"], "rights": "look", "valid_to": days_from_today(1)}),
    )
    .await;
    let lately = give_in_person(
        &app,
        &key,
        json!({"citizen": karen, "helper": peter, "areas": ["bookings"], "rights": "act", "valid_to": days_from_today(15)}),
    )
    .await;
    give_in_person(
        &app,
        &key,
        json!({"citizen": karen, "helper": peter, "areas": ["mydata"], "rights": "look", "valid_to": days_from_today(40)}),
    )
    .await;
    let subject = "Peter Jensen kan ikke længere hjælpe dig";

    // Twenty days on: the first ran out 19 days ago, the second 4 days ago.
    let later: jiff::Timestamp = format!("{}T10:00:00Z", days_from_today(20))
        .parse()
        .unwrap();
    let clock = borgerbro::clock::Clock::fixed(later);
    let noticed = borgerbro::mandates::sweep(&app.state.db, &clock, &app.state.authority.post)
        .await
        .unwrap();
    assert_eq!(noticed.letters, 1, "{noticed:?}");
    assert_eq!(noticed.silently, 1, "{noticed:?}");
    assert_eq!(letters_with_subject(&app, &karen, subject).await, 1);
    let (body,): (String,) =
        sqlx::query_as("SELECT body FROM messages WHERE recipient_id = $1 AND subject = $2")
            .bind(&karen)
            .bind(subject)
            .fetch_one(&app.state.db.pool)
            .await
            .unwrap();
    assert!(
        body.contains("kan ikke længere hjælpe dig med Bestille tider for dig fra"),
        "{body}"
    );
    for id in [&long_ago["id"], &lately["id"]] {
        assert_eq!(
            count(
                &app,
                "SELECT COUNT(*) FROM mandates WHERE id = $1 AND expiry_noticed_at IS NOT NULL",
                id.as_str().unwrap()
            )
            .await,
            1
        );
    }

    let again = borgerbro::mandates::sweep(&app.state.db, &clock, &app.state.authority.post)
        .await
        .unwrap();
    assert_eq!(again, borgerbro::mandates::Noticed::default(), "once");
    assert_eq!(letters_with_subject(&app, &karen, subject).await, 1);

    // The command does the same with --as-of: the third ran out two days before.
    let as_of = format!("{}T10:00:00Z", days_from_today(42));
    let output = std::process::Command::new(env!("CARGO_BIN_EXE_borgerbro"))
        .args(["sweep", "--db", &app.db.url.to_string(), "--as-of", &as_of])
        .env_remove("BORGERBRO_DB")
        .env_remove("BORGERBRO_CONFIG")
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(
        output.status.success(),
        "{stdout} {}",
        String::from_utf8_lossy(&output.stderr)
    );
    assert!(stdout.contains("Wrote to 1 citizens"), "{stdout}");
    assert_eq!(letters_with_subject(&app, &karen, subject).await, 2);
}

#[tokio::test]
async fn a_helper_opens_attachments_inside_the_permission_and_nothing_outside() {
    let app = TestApp::spawn().await;
    let key = app.api_key("Borgerservice").await;
    let karen = app.persona_id("Karen Jensen").await;
    let peter = app.persona_id("Peter Jensen").await;
    const PDF: &[u8] =
        b"%PDF-1.4\n1 0 obj <</Type /Catalog>> endobj\ntrailer <</Root 1 0 R>>\n%%EOF\n";
    let data = {
        use base64::Engine;
        base64::engine::general_purpose::STANDARD.encode(PDF)
    };
    let mut ids = Vec::new();
    for area in ["health", "housing"] {
        let sent: Value = reqwest::Client::new()
            .post(app.url("/api/v1/messages"))
            .bearer_auth(&key)
            .json(&json!({"recipient": {"person_id": karen}, "area": area, "subject": format!("Brev om {area}"),
                          "body": "Se bilaget.",
                          "attachments": [{"filename": "Bilag.pdf", "content_type": "application/pdf", "data_base64": data}]}))
            .send()
            .await
            .unwrap()
            .json()
            .await
            .unwrap();
        ids.push(sent["id"].as_str().unwrap().to_owned());
    }
    give_in_person(
        &app,
        &key,
        json!({"citizen": karen, "helper": peter, "areas": ["post", "health"], "rights": "look", "valid_to": days_from_today(30)}),
    )
    .await;
    let (health, housing) = (&ids[0], &ids[1]);
    let refusals = || {
        count(
            &app,
            "SELECT COUNT(*) FROM audit_entries WHERE action = 'mandate.refused' AND subject = $1",
            &karen,
        )
    };

    app.login_as("Peter Jensen").await;
    let attachment = format!("/jeg-hjaelper/{karen}/post/{health}/bilag/0");
    let letter = app
        .get_html(&format!("/jeg-hjaelper/{karen}/post/{health}"))
        .await;
    assert!(
        letter.contains(&format!(r#"href="{attachment}">Bilag.pdf</a>"#)),
        "{letter}"
    );
    let pdf = app.get(&attachment).await;
    assert_eq!(pdf.status(), 200);
    assert_eq!(common::header(&pdf, "content-type"), "application/pdf");
    assert_eq!(pdf.bytes().await.unwrap().as_ref(), PDF);
    let receipt: Value = reqwest::Client::new()
        .get(app.url(&format!("/api/v1/messages/{health}")))
        .bearer_auth(&key)
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(
        receipt["attachments"][0]["opened_by"],
        format!("person:{peter}")
    );
    let (acting_for,): (Option<String>,) = sqlx::query_as(
        "SELECT acting_for FROM audit_entries WHERE action = 'post.read_attachment' AND actor = $1",
    )
    .bind(format!("person:{peter}"))
    .fetch_one(&app.state.db.pool)
    .await
    .unwrap();
    assert_eq!(acting_for.as_deref(), Some(karen.as_str()));

    let before = refusals().await;
    for path in [
        format!("/jeg-hjaelper/{karen}/post/{housing}/bilag/0"),
        format!("/jeg-hjaelper/{karen}/post/no-such-letter/bilag/0"),
    ] {
        let refused = app.get(&path).await;
        assert_eq!(refused.status(), 404, "{path}");
        assert!(!refused.text().await.unwrap().contains("%PDF"));
    }
    assert_eq!(refusals().await, before + 2, "both attempts audited");
    let receipt: Value = reqwest::Client::new()
        .get(app.url(&format!("/api/v1/messages/{housing}")))
        .bearer_auth(&key)
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert!(receipt["attachments"][0]["opened_at"].is_null());

    app.login_as("Karen Jensen").await;
    assert!(app
        .get_html("/hjaelpere")
        .await
        .contains("Peter Jensen, åbnede et bilag"));
}

#[tokio::test]
async fn a_helper_with_bookings_is_linked_to_them_and_can_read_how_to_help_there() {
    let app = TestApp::spawn().await;
    let key = app.api_key("Borgerservice").await;
    let karen = app.persona_id("Karen Jensen").await;
    let peter = app.persona_id("Peter Jensen").await;
    let birgit = app.persona_id("Birgit Holm").await;
    for (helper, areas) in [
        (&peter, json!(["post", "bookings"])),
        (&birgit, json!(["post"])),
    ] {
        give_in_person(
            &app,
            &key,
            json!({"citizen": karen, "helper": helper, "areas": areas, "rights": "look", "valid_to": days_from_today(30)}),
        )
        .await;
    }
    let bookings = format!(r#"href="/jeg-hjaelper/{karen}/tider""#);

    app.login_as("Peter Jensen").await;
    let letters = app.get_html(&format!("/jeg-hjaelper/{karen}")).await;
    assert!(letters.contains(&bookings), "{letters}");
    assert!(letters.contains("Se tiderne for Karen Jensen"));
    let times = app.get_html(&format!("/jeg-hjaelper/{karen}/tider")).await;
    assert!(times.contains(&bookings), "the banner links there too");
    assert!(times.contains(r#"href="/saadan-hjaelper-du/tider""#));

    app.login_as("Birgit Holm").await;
    let letters = app.get_html(&format!("/jeg-hjaelper/{karen}")).await;
    assert!(!letters.contains(&bookings));
    assert!(
        letters.contains("Tilladelsen nævner ingen emner for breve"),
        "post and no area shows no letter, and says why: {letters}"
    );

    let guide = app.get_html("/saadan-hjaelper-du/tider").await;
    assert!(guide.contains("Hjælp med tider"));
    assert!(guide.contains("flytte den og aflyse den"));
    assert!(guide.contains(r#"href="/saadan-hjaelper-du/post""#));
    assert!(app
        .get_html("/saadan-hjaelper-du/post")
        .await
        .contains(r#"href="/saadan-hjaelper-du/tider""#));
    assert!(app
        .get_html("/hjaelp")
        .await
        .contains(r#"href="/saadan-hjaelper-du/tider""#));
    app.client.get(app.url("/sprog/en")).send().await.unwrap();
    assert!(app
        .get_html("/saadan-hjaelper-du/tider")
        .await
        .contains("Help with appointments"));
}

#[tokio::test]
async fn a_protected_citizen_gives_more_only_in_person_and_a_paused_permission_stays_paused() {
    let app = TestApp::spawn().await;
    let key = app.api_key("Borgerservice").await;
    let mette = app.persona_id("Mette Hansen").await;
    let peter = app.persona_id("Peter Jensen").await;
    let until = days_from_today(60);
    let given = give_in_person(
        &app,
        &key,
        json!({"citizen": mette, "helper": peter, "areas": ["post", "health"], "rights": "look", "valid_to": until}),
    )
    .await;
    let id = given["id"].as_str().unwrap();
    borgerbro::mandates::protect(
        &app.state.db,
        &app.state.clock,
        &mette,
        true,
        true,
        Actor::System,
    )
    .await
    .unwrap();
    let path = format!("/api/v1/mandates/{id}");
    let (status, problem) = call(
        &app,
        &key,
        reqwest::Method::PATCH,
        &path,
        Some(json!({"citizen": mette, "rights": "act"})),
    )
    .await;
    assert_eq!(status, 422, "more needs her in person: {problem}");
    assert_eq!(problem["errors"][0]["field"], "accepted_in_person");
    let (status, less) = call(
        &app,
        &key,
        reqwest::Method::PATCH,
        &path,
        Some(json!({"citizen": mette, "areas": ["post"]})),
    )
    .await;
    assert_eq!(status, 200, "less is always possible: {less}");
    assert_eq!(less["now"]["status"], "suspended");

    app.login_as("Jonas Berg").await;
    app.give_reason(&mette, "Mette vil give mere").await;
    let page = format!("/borgerservice/{mette}/tilladelse/{id}/ret");
    let more = app
        .submit(
            &page,
            &page,
            &[("scope", "post"), ("rights", "act"), ("valid_to", &until)],
        )
        .await;
    assert_eq!(more.status(), 303);
    let (waiting, suspended): (String, Option<i64>) =
        sqlx::query_as("SELECT id, suspended_at FROM mandates WHERE replaces = $1")
            .bind(id)
            .fetch_one(&app.state.db.pool)
            .await
            .unwrap();
    assert!(suspended.is_some(), "paused like the one it changes");
    app.login_as("Peter Jensen").await;
    app.submit("/jeg-hjaelper", &format!("/jeg-hjaelper/{waiting}/ja"), &[])
        .await;
    assert_eq!(
        check(&app, &key, &peter, &mette, "post", "act").await["reason"],
        "suspended",
        "saying yes does not lift the pause"
    );
}

#[tokio::test]
async fn a_letter_in_an_area_this_build_does_not_know_is_refused_to_a_helper() {
    let app = TestApp::spawn().await;
    let key = app.api_key("Borgerservice").await;
    let karen = app.persona_id("Karen Jensen").await;
    let peter = app.persona_id("Peter Jensen").await;
    // Every area this build knows, to act in.
    give_in_person(
        &app,
        &key,
        json!({"citizen": karen, "helper": peter, "rights": "act", "areas":
            ["post", "housing", "health", "pension", "employment", "family", "tax", "general"]}),
    )
    .await;
    // A newer version (or a hand in the database) filed this letter under an area that
    // this build cannot read.
    let (letter,): (String,) = sqlx::query_as(
        "UPDATE messages SET area = 'elderly-care' \
         WHERE recipient_id = $1 AND subject = 'Svar os om din hjemmehjælp' RETURNING id",
    )
    .bind(&karen)
    .fetch_one(&app.state.db.pool)
    .await
    .unwrap();

    app.login_as("Peter Jensen").await;
    let list = app.get_html(&format!("/jeg-hjaelper/{karen}")).await;
    assert!(!list.contains("Svar os om din hjemmehjælp"), "not listed");
    let page = format!("/jeg-hjaelper/{karen}/post/{letter}");
    assert_eq!(app.get(&page).await.status(), 404, "not opened");
    assert_eq!(
        app.get(&format!("{page}/bilag/0")).await.status(),
        404,
        "nor its attachments"
    );
    let refusals = "SELECT COUNT(*) FROM audit_entries WHERE action = 'mandate.refused' \
                    AND subject = $1 AND purpose LIKE '%outside the permission%'";
    assert!(app.count(refusals, &karen).await >= 1, "audited as refused");

    // The API's check refuses the area as well, with a problem that says what exists.
    let (status, problem) = call(
        &app,
        &key,
        reqwest::Method::POST,
        "/api/v1/mandates/check",
        Some(json!({"helper": peter, "citizen": karen, "area": "elderly-care", "action": "look"})),
    )
    .await;
    assert_eq!(status, 422, "{problem}");

    // Karen herself still reads her letter, its area named as unknown.
    app.login_as("Karen Jensen").await;
    let own = app.get_html(&format!("/post/{letter}")).await;
    assert!(own.contains("Ukendt emne"), "{own}");
}

#[tokio::test]
async fn a_note_too_long_is_refused_on_the_page_as_in_the_api_and_nothing_typed_is_lost() {
    let app = TestApp::spawn().await;
    let karen = app.persona_id("Karen Jensen").await;
    let before = count(
        &app,
        "SELECT COUNT(*) FROM mandates WHERE citizen_id = $1",
        &karen,
    )
    .await;
    app.login_as("Karen Jensen").await;
    let note = "Hjælp med breve. ".repeat(40);
    let refused = app
        .submit(
            "/hjaelpere/ny",
            "/hjaelpere/ny",
            &[
                ("helper", "110865-2345"),
                ("scope", "post"),
                ("rights", "look"),
                ("valid_to", &days_from_today(30)),
                ("note", &note),
            ],
        )
        .await;
    assert_eq!(refused.status(), 422);
    let html = refused.text().await.unwrap();
    assert!(html.contains("Noten må højst være 500 tegn"), "{html}");
    assert!(
        html.contains("110865-2345"),
        "the helper's CPR number is kept"
    );
    assert!(
        html.contains(note.trim()),
        "the note is kept to be shortened"
    );
    assert_eq!(
        count(
            &app,
            "SELECT COUNT(*) FROM mandates WHERE citizen_id = $1",
            &karen
        )
        .await,
        before
    );
}

/// The letters a helper's list shows, by id, in order.
fn listed(html: &str, prefix: &str) -> Vec<String> {
    html.split(&format!("<a href=\"{prefix}"))
        .skip(1)
        .map(|rest| rest[..rest.find('"').unwrap()].to_owned())
        .filter(|id| id.len() > 30 && !id.contains('/'))
        .collect()
}

async fn letter_id(app: &TestApp, citizen: &str, condition: &str) -> String {
    let (id,): (String,) = sqlx::query_as(&format!(
        "SELECT id FROM messages WHERE recipient_id = $1 AND {condition}"
    ))
    .bind(citizen)
    .fetch_one(&app.state.db.pool)
    .await
    .unwrap();
    id
}

/// What a helper logged in now sees of a citizen's letters: the list, and of all their
/// letters those that open. The two must agree, whatever the permission.
async fn seen_and_opened(app: &TestApp, citizen: &str) -> Vec<String> {
    let letters: Vec<String> =
        sqlx::query_as::<_, (String,)>("SELECT id FROM messages WHERE recipient_id = $1")
            .bind(citizen)
            .fetch_all(&app.state.db.pool)
            .await
            .unwrap()
            .into_iter()
            .map(|(id,)| id)
            .collect();
    let path = format!("/jeg-hjaelper/{citizen}");
    let mut shown = listed(&app.get_html(&path).await, &format!("{path}/post/"));
    let mut opened = Vec::new();
    for id in &letters {
        let status = app.get(&format!("{path}/post/{id}")).await.status();
        assert!(status == 200 || status == 404, "{id}: {status}");
        if status == 200 {
            opened.push(id.clone());
        }
    }
    shown.sort();
    opened.sort();
    assert_eq!(
        shown, opened,
        "the list shows exactly the letters that open"
    );
    opened
}

#[tokio::test]
async fn a_helper_sees_exactly_the_areas_ticked_general_bookings_and_permissions_included() {
    // The demo's slots start on Tuesday 24 November, so Karen's demo booking (and the
    // bookings module's letter about it) is there.
    let app = TestApp::spawn_with(common::Options {
        clock: borgerbro::clock::Clock::fixed("2026-11-23T11:00:00Z".parse().unwrap()),
        ..common::Options::default()
    })
    .await;
    let key = app.api_key("Borgerservice").await;
    let karen = app.persona_id("Karen Jensen").await;
    let peter = app.persona_id("Peter Jensen").await;
    app.without_demo_permission(&karen, &peter).await;
    let birgit = app.persona_id("Birgit Holm").await;
    const PDF: &str = "JVBERi0xLjQKMSAwIG9iaiA8PC9UeXBlIC9DYXRhbG9nPj4gZW5kb2JqCnRyYWlsZXIgPDwvUm9vdCAxIDAgUj4+CiUlRU9GCg==";
    // A letter in every area, the general one with an attachment; and one filed under an
    // area this version does not know, which no helper sees.
    for area in [
        "housing",
        "health",
        "pension",
        "employment",
        "family",
        "tax",
        "bookings",
        "mandates",
        "general",
    ] {
        let (status, sent) = call(
            &app,
            &key,
            reqwest::Method::POST,
            "/api/v1/messages",
            Some(json!({"recipient": {"person_id": karen}, "area": area, "subject": format!("Område {area}"),
                        "body": "Se bilaget.",
                        "attachments": [{"filename": "Bilag.pdf", "content_type": "application/pdf", "data_base64": PDF}]})),
        )
        .await;
        assert_eq!(status, 201, "{sent}");
    }
    sqlx::query(
        "INSERT INTO messages (id, recipient_id, sender, sender_name, area, subject, body, \
         channel, created_at, sent_at) VALUES ('01900000-0000-7000-a000-0000000000ff', $1, \
         'system', 'Ydelsesservice', 'retired', 'Et gammelt område', 'Tekst.', 'digital', 1, 1)",
    )
    .bind(&karen)
    .execute(&app.state.db.pool)
    .await
    .unwrap();
    give_in_person(
        &app,
        &key,
        json!({"citizen": karen, "helper": peter, "areas": ["post", "health"], "rights": "act"}),
    )
    .await;
    // The letters the modules wrote themselves: the bookings module about Karen's demo
    // booking, the mandates module about the permission just given.
    let booking = letter_id(&app, &karen, "subject LIKE 'Din tid:%'").await;
    let permission = letter_id(&app, &karen, "subject LIKE 'Du har givet Peter Jensen%'").await;
    let general = letter_id(&app, &karen, "subject = 'Område general'").await;
    for (id, area) in [(&booking, "bookings"), (&permission, "mandates")] {
        assert_eq!(
            letter_id(&app, &karen, &format!("id = '{id}' AND area = '{area}'")).await,
            *id,
            "filed by the module that wrote it"
        );
    }
    let area_of = |ids: &[String]| {
        let (app, ids) = (&app, ids.to_vec());
        async move {
            let mut areas = Vec::new();
            for id in ids {
                let (area,): (String,) = sqlx::query_as("SELECT area FROM messages WHERE id = $1")
                    .bind(&id)
                    .fetch_one(&app.state.db.pool)
                    .await
                    .unwrap();
                areas.push(area);
            }
            areas.sort();
            areas.dedup();
            areas
        }
    };
    let refusals = || {
        count(
            &app,
            "SELECT COUNT(*) FROM audit_entries WHERE action = 'mandate.refused' AND subject = $1",
            &karen,
        )
    };

    // Peter may read her letters about health: not "Andet", not her bookings, not who
    // may help her.
    app.login_as("Peter Jensen").await;
    let path = format!("/jeg-hjaelper/{karen}");
    let list = app.get_html(&path).await;
    assert!(list.contains("Svar os om din hjemmehjælp"), "{list}");
    for hidden in [
        "Nye tider for storskrald",
        "Din tid:",
        "Du har givet Peter Jensen",
        "Område general",
        "Område bookings",
        "Område mandates",
    ] {
        assert!(!list.contains(hidden), "{hidden} in {list}");
    }
    let before = refusals().await;
    for id in [&general, &booking, &permission] {
        let refused = app.get(&format!("{path}/post/{id}")).await;
        assert_eq!(refused.status(), 404, "{id}");
        // Karen's letter, outside what Peter was given: told so (DESIGN.md, "Refused
        // helpers").
        assert!(refused.text().await.unwrap().contains("dækker ikke"));
    }
    let attachment = app.get(&format!("{path}/post/{general}/bilag/0")).await;
    assert_eq!(attachment.status(), 404);
    assert!(!attachment.text().await.unwrap().contains("%PDF"));
    assert_eq!(refusals().await, before + 4, "each attempt audited");
    let answer = app
        .submit(
            &path,
            &format!("{path}/post/{general}/svar"),
            &[("body", "Hej")],
        )
        .await;
    assert_eq!(answer.status(), 404, "nor answered");
    assert_eq!(
        area_of(&seen_and_opened(&app, &karen).await).await,
        ["health"]
    );
    for (area, action, reason) in [
        ("health", "act", "allowed"),
        ("general", "look", "outside_area"),
        ("mandates", "look", "outside_area"),
        ("housing", "look", "outside_area"),
    ] {
        assert_eq!(
            check(&app, &key, &peter, &karen, area, action).await["reason"],
            reason,
            "{area}"
        );
    }

    // Birgit is given "Andet": she reads the general letters and their attachments, and
    // nothing else.
    give_in_person(
        &app,
        &key,
        json!({"citizen": karen, "helper": birgit, "areas": ["post", "general"], "rights": "look"}),
    )
    .await;
    assert_eq!(
        check(&app, &key, &birgit, &karen, "general", "look").await,
        json!({"allowed": true, "reason": "allowed"})
    );
    app.login_as("Birgit Holm").await;
    let list = app.get_html(&path).await;
    assert!(list.contains("Nye tider for storskrald"), "{list}");
    assert!(list.contains("Område general"));
    let attachment = app.get(&format!("{path}/post/{general}/bilag/0")).await;
    assert_eq!(attachment.status(), 200);
    assert_eq!(
        area_of(&seen_and_opened(&app, &karen).await).await,
        ["general"]
    );

    // Bookings without post, in a permission of its own, adds no letter: two permissions
    // do not add up to what neither gives. Post and bookings on one does.
    give_in_person(
        &app,
        &key,
        json!({"citizen": karen, "helper": birgit, "areas": ["bookings"], "rights": "look"}),
    )
    .await;
    assert_eq!(
        area_of(&seen_and_opened(&app, &karen).await).await,
        ["general"]
    );
    give_in_person(
        &app,
        &key,
        json!({"citizen": karen, "helper": birgit, "areas": ["post", "bookings", "mandates"], "rights": "look"}),
    )
    .await;
    assert_eq!(
        area_of(&seen_and_opened(&app, &karen).await).await,
        ["bookings", "general", "mandates"]
    );
    let booking_letter = app.get_html(&format!("{path}/post/{booking}")).await;
    assert!(booking_letter.contains("Din tid:"));
}

#[tokio::test]
async fn letters_the_modules_filed_under_general_before_are_filed_under_their_areas() {
    let app = TestApp::spawn_with(common::Options {
        clock: borgerbro::clock::Clock::fixed("2026-11-23T11:00:00Z".parse().unwrap()),
        ..common::Options::default()
    })
    .await;
    let key = app.api_key("Borgerservice").await;
    let karen = app.persona_id("Karen Jensen").await;
    let peter = app.persona_id("Peter Jensen").await;
    app.without_demo_permission(&karen, &peter).await;
    let given = give_in_person(
        &app,
        &key,
        json!({"citizen": karen, "helper": peter, "areas": ["post", "health"], "rights": "look"}),
    )
    .await;
    call(
        &app,
        &key,
        reqwest::Method::DELETE,
        &format!("/api/v1/mandates/{}", given["id"].as_str().unwrap()),
        None,
    )
    .await;
    // A caseworker's letter and the system's offer of paper post are general, and stay so.
    call(
        &app,
        &key,
        reqwest::Method::POST,
        "/api/v1/messages",
        Some(json!({"recipient": {"person_id": karen}, "subject": "Din tid: hos lægen", "body": "Husk det."})),
    )
    .await;
    let pool = &app.state.db.pool;
    sqlx::query(
        "INSERT INTO messages (id, recipient_id, sender, sender_name, area, subject, body, \
         channel, created_at, sent_at) VALUES ('01900000-0000-7000-a000-0000000000fe', $1, \
         'system', 'Aarhus Kommune', 'general', 'Vil du have dine breve på papir?', 'Tekst.', \
         'paper', 1, 1)",
    )
    .bind(&karen)
    .execute(pool)
    .await
    .unwrap();
    let areas = || async {
        sqlx::query_as::<_, (String, String)>(
            "SELECT subject, area FROM messages WHERE recipient_id = $1 AND area IN \
             ('general', 'bookings', 'mandates') AND subject NOT LIKE 'Nye tider%' \
             ORDER BY subject",
        )
        .bind(&karen)
        .fetch_all(pool)
        .await
        .unwrap()
    };
    let filed = areas().await;
    let module = |area: &str| filed.iter().filter(|(_, a)| a == area).count();
    assert_eq!(
        module("bookings"),
        3,
        "booked, booked, cancelled: {filed:?}"
    );
    assert_eq!(
        module("mandates"),
        3,
        "the demo's given, given, ended: {filed:?}"
    );

    // As an older version filed them; the upgrade files them again.
    sqlx::query("UPDATE messages SET area = 'general' WHERE area IN ('bookings', 'mandates')")
        .execute(pool)
        .await
        .unwrap();
    let backend = match app.db.backend() {
        borgerbro::db::Backend::Sqlite => "sqlite",
        borgerbro::db::Backend::Postgres => "postgres",
    };
    let migration = std::fs::read_to_string(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("migrations")
            .join(backend)
            .join("0028_module_letters_areas.sql"),
    )
    .unwrap();
    sqlx::raw_sql(&migration).execute(pool).await.unwrap();
    assert_eq!(areas().await, filed);
}

/// The body of the one letter to `recipient` whose subject is `subject`.
async fn letter_body(app: &TestApp, recipient: &str, subject: &str) -> String {
    let (body,): (String,) =
        sqlx::query_as("SELECT body FROM messages WHERE recipient_id = $1 AND subject = $2")
            .bind(recipient)
            .bind(subject)
            .fetch_one(&app.state.db.pool)
            .await
            .unwrap();
    body
}

#[tokio::test]
async fn the_demo_has_karen_let_peter_see_her_post_health_and_bookings() {
    let app = TestApp::spawn().await;
    let karen = app.persona_id("Karen Jensen").await;
    let peter = app.persona_id("Peter Jensen").await;
    let (scopes, rights, accepted): (String, String, Option<i64>) = sqlx::query_as(
        "SELECT scopes, rights, accepted_at FROM mandates WHERE citizen_id = $1 AND helper_id = $2",
    )
    .bind(&karen)
    .bind(&peter)
    .fetch_one(&app.state.db.pool)
    .await
    .unwrap();
    assert_eq!(
        (scopes.as_str(), rights.as_str()),
        ("post,health,bookings", "look")
    );
    assert!(accepted.is_some(), "Peter said yes");

    app.login_as("Peter Jensen").await;
    let helping = app.get_html("/jeg-hjaelper").await;
    assert!(helping.contains("Hjælp Karen Jensen"), "{helping}");
    let post = app.get_html(&format!("/jeg-hjaelper/{karen}")).await;
    assert!(post.contains("Svar os om din hjemmehjælp"), "{post}");
    assert!(!post.contains("Din boligstøtte er den samme"), "{post}");
}

#[tokio::test]
async fn the_helper_gets_a_letter_when_given_a_permission_or_more_and_both_say_look_or_act() {
    let app = TestApp::spawn().await;
    let key = app.api_key("Borgerservice").await;
    let mette = app.persona_id("Mette Hansen").await;
    let birgit = app.persona_id("Birgit Holm").await;

    let (status, given) = call(
        &app,
        &key,
        reqwest::Method::POST,
        "/api/v1/mandates",
        Some(json!({"citizen": mette, "helper": birgit, "areas": ["post", "housing"], "rights": "look",
                    "valid_to": days_from_today(30)})),
    )
    .await;
    assert_eq!(status, 201, "{given}");
    let to_helper = letter_body(
        &app,
        &birgit,
        "Mette Hansen har givet dig lov til at hjælpe",
    )
    .await;
    assert!(to_helper.contains("Læse brevene, Bolig"), "{to_helper}");
    assert!(
        to_helper.contains("Du kan kun se det, ikke svare"),
        "{to_helper}"
    );
    assert!(to_helper.contains("Dem du hjælper"), "{to_helper}");
    assert!(to_helper.contains("/jeg-hjaelper"), "{to_helper}");
    assert!(to_helper.contains("når du siger ja"), "{to_helper}");
    let to_citizen = letter_body(
        &app,
        &mette,
        "Du har givet Birgit Holm lov til at hjælpe dig",
    )
    .await;
    assert!(
        to_citizen.contains("Birgit Holm kan kun se det, ikke svare"),
        "{to_citizen}"
    );

    // She says yes; then Mette lets her act too, which waits for another yes.
    let id = given["id"].as_str().unwrap();
    app.login_as("Birgit Holm").await;
    let yes = app
        .submit("/jeg-hjaelper", &format!("/jeg-hjaelper/{id}/ja"), &[])
        .await;
    assert_eq!(yes.status(), 303);
    let (status, changed) = call(
        &app,
        &key,
        reqwest::Method::PATCH,
        &format!("/api/v1/mandates/{id}"),
        Some(json!({"citizen": mette, "areas": ["post", "housing"], "rights": "act"})),
    )
    .await;
    assert_eq!(status, 200, "{changed}");
    let more = letter_body(&app, &birgit, "Mette Hansen vil give dig lov til mere").await;
    assert!(
        more.contains("Du kan se det og kan også handle for Mette Hansen"),
        "{more}"
    );
    assert!(more.contains("Dem du hjælper"), "{more}");
    let change = letter_body(&app, &mette, "Du har ændret tilladelsen til Birgit Holm").await;
    assert!(
        change.contains("Birgit Holm kan kun se det"),
        "now: {change}"
    );
    assert!(
        change.contains("Birgit Holm kan se det og kan også handle for dig"),
        "waiting: {change}"
    );

    // Less applies at once and needs no yes: no letter to the helper.
    let helper_letters = "SELECT COUNT(*) FROM messages WHERE recipient_id = $1";
    let before = count(&app, helper_letters, &birgit).await;
    let (status, _) = call(
        &app,
        &key,
        reqwest::Method::PATCH,
        &format!("/api/v1/mandates/{id}"),
        Some(json!({"citizen": mette, "areas": ["post"], "rights": "look"})),
    )
    .await;
    assert_eq!(status, 200);
    assert_eq!(count(&app, helper_letters, &birgit).await, before);

    // Ended: the citizen's letter says what it let the helper do.
    let (status, _) = call(
        &app,
        &key,
        reqwest::Method::DELETE,
        &format!("/api/v1/mandates/{id}"),
        None,
    )
    .await;
    assert_eq!(status, 200);
    let ended = letter_body(&app, &mette, "Birgit Holm må ikke længere hjælpe dig").await;
    assert!(
        ended.contains("Tilladelsen gav Birgit Holm lov til kun at se"),
        "{ended}"
    );
}

#[tokio::test]
async fn a_helper_refused_inside_a_permission_is_told_why_and_the_citizen_sees_what_was_tried() {
    let app = TestApp::spawn().await;
    let karen = app.persona_id("Karen Jensen").await;
    let mette = app.persona_id("Mette Hansen").await;
    let health = letter_id(&app, &karen, "subject = 'Svar os om din hjemmehjælp'").await;
    let housing = letter_id(
        &app,
        &karen,
        "subject = 'Din boligstøtte er den samme i det nye år'",
    )
    .await;
    let metteletter = letter_id(&app, &mette, "subject = 'Du får boligstøtte fra 1. januar'").await;
    let refusals = || {
        count(
            &app,
            "SELECT COUNT(*) FROM audit_entries WHERE action = 'mandate.refused' AND subject = $1",
            &karen,
        )
    };
    let before = refusals().await;

    // Peter may see Karen's post and health letters (the demo's permission), not housing.
    app.login_as("Peter Jensen").await;
    assert_eq!(
        app.get(&format!("/jeg-hjaelper/{karen}/post/{health}"))
            .await
            .status(),
        200
    );
    let outside = app
        .get(&format!("/jeg-hjaelper/{karen}/post/{housing}"))
        .await;
    assert_eq!(outside.status(), 404);
    let outside = outside.text().await.unwrap();
    assert!(
        outside.contains("Din tilladelse dækker ikke det her"),
        "{outside}"
    );
    assert!(outside.contains("Dem der kan hjælpe dig"), "{outside}");
    assert!(!outside.contains("Siden findes ikke"), "{outside}");
    // His permission lets him see Karen's bookings, not book for her: told so too.
    let book = app.get(&format!("/jeg-hjaelper/{karen}/tider/ny")).await;
    assert_eq!(book.status(), 404);
    let book = book.text().await.unwrap();
    assert!(
        book.contains("Din tilladelse dækker ikke det her"),
        "{book}"
    );

    // Someone else's letter, a letter that does not exist, a citizen who gave nothing:
    // exactly "not found", so nobody can learn what exists.
    for path in [
        format!("/jeg-hjaelper/{karen}/post/{metteletter}"),
        format!("/jeg-hjaelper/{karen}/post/0195c0de-0000-7000-8000-00000000dead"),
        format!("/jeg-hjaelper/{mette}"),
        format!("/jeg-hjaelper/{mette}/post/{metteletter}"),
    ] {
        let response = app.get(&path).await;
        assert_eq!(response.status(), 404, "{path}");
        let html = response.text().await.unwrap();
        assert!(html.contains("Siden findes ikke"), "{path}: {html}");
        assert!(!html.contains("dækker ikke"), "{path}: {html}");
    }
    assert_eq!(refusals().await, before + 4, "the refusals about Karen");

    app.login_as("Karen Jensen").await;
    let helpers = app.get_html("/hjaelpere").await;
    assert!(
        helpers.contains("læste brevet «Svar os om din hjemmehjælp»"),
        "{helpers}"
    );
    assert!(
        helpers.contains(
            "prøvede at åbne brevet «Din boligstøtte er den samme i det nye år», som tilladelsen ikke dækker"
        ),
        "{helpers}"
    );
    assert!(
        helpers.contains("prøvede at åbne et brev eller en tid, der ikke findes blandt dine"),
        "{helpers}"
    );
    assert!(
        helpers.contains("prøvede at se eller ændre dine tider, som tilladelsen ikke dækker"),
        "{helpers}"
    );
    assert!(
        !helpers.contains("Du får boligstøtte fra 1. januar"),
        "never the subject of someone else's letter: {helpers}"
    );
}

#[tokio::test]
async fn after_the_protection_is_lifted_the_citizen_chooses_at_the_desk_which_permissions_resume() {
    let app = TestApp::spawn().await;
    let key = app.api_key("Borgerservice").await;
    let mette = app.persona_id("Mette Hansen").await;
    let peter = app.persona_id("Peter Jensen").await;
    let birgit = app.persona_id("Birgit Holm").await;
    let until = days_from_today(60);
    for helper in [&peter, &birgit] {
        give_in_person(
            &app,
            &key,
            json!({"citizen": mette, "helper": helper, "areas": ["post", "health"], "rights": "look", "valid_to": until}),
        )
        .await;
    }
    app.login_as("Jonas Berg").await;
    app.give_reason(&mette, "Mette kom i Borgerservice").await;
    let protect = |value: &'static str| {
        let app = &app;
        let mette = mette.clone();
        async move {
            app.submit(
                "/borgerservice?q=mette",
                &format!("/borgerservice/{mette}/beskyttelse"),
                &[("protect", value), ("pause", "1")],
            )
            .await
        }
    };
    assert_eq!(protect("1").await.status(), 303);
    assert_eq!(
        check(&app, &key, &peter, &mette, "post", "look").await["reason"],
        "suspended"
    );

    let lifted = protect("0").await;
    assert_eq!(lifted.status(), 303);
    let resume_page = format!("/borgerservice/{mette}/genoptag");
    assert_eq!(
        common::header(&lifted, "location"),
        resume_page,
        "lifting the protection asks which permissions should apply again"
    );
    assert_eq!(
        check(&app, &key, &peter, &mette, "post", "look").await["reason"],
        "suspended",
        "lifting the protection resumes nothing by itself"
    );
    let html = app.get_html(&resume_page).await;
    assert!(
        html.contains("Genoptag tilladelser for Mette Hansen"),
        "{html}"
    );
    assert!(html.contains("Peter Jensen") && html.contains("Birgit Holm"));
    assert!(!html.contains(" checked"), "none is chosen for the citizen");

    let none = app
        .submit(&resume_page, &resume_page, &[("identity_check", "pas")])
        .await;
    assert_eq!(none.status(), 422);
    let html = none.text().await.unwrap();
    assert!(html.contains("error-summary") && html.contains("href=\"#mandates\""));
    assert!(html.contains("Vælg mindst én tilladelse"), "{html}");
    assert!(
        html.contains(r#"value="pas" selected"#),
        "what was chosen is kept"
    );

    let html = app.get_html(&resume_page).await;
    let peters: String = sqlx::query_as::<_, (String,)>(
        "SELECT id FROM mandates WHERE citizen_id = $1 AND helper_id = $2",
    )
    .bind(&mette)
    .bind(&peter)
    .fetch_one(&app.state.db.pool)
    .await
    .unwrap()
    .0;
    assert!(html.contains(&format!(r#"name="mandate" value="{peters}""#)));
    let no_check = app
        .submit(&resume_page, &resume_page, &[("mandate", &peters)])
        .await;
    assert_eq!(no_check.status(), 422, "the desk says how it knew her");
    assert!(no_check
        .text()
        .await
        .unwrap()
        .contains(&format!(r#"value="{peters}" checked"#)));

    let resumed = app
        .submit(
            &resume_page,
            &resume_page,
            &[("mandate", &peters), ("identity_check", "pas")],
        )
        .await;
    assert_eq!(resumed.status(), 303);
    let desk = app.get_html(common::header(&resumed, "location")).await;
    assert!(desk.contains("Én tilladelse gælder igen"), "{desk}");
    assert!(
        desk.contains(&format!("/borgerservice/{mette}/genoptag")),
        "Birgit's is still paused, and can be resumed later"
    );
    assert_eq!(
        check(&app, &key, &peter, &mette, "post", "look").await["allowed"],
        true,
        "the one she chose applies again"
    );
    assert_eq!(
        check(&app, &key, &birgit, &mette, "post", "look").await["reason"],
        "suspended",
        "the one she did not choose stays paused"
    );
    assert_eq!(
        letters_with_subject(&app, &mette, "Peter Jensen kan igen hjælpe dig").await,
        1
    );
    assert_eq!(
        letters_with_subject(&app, &peter, "Du kan igen hjælpe Mette Hansen").await,
        1
    );
    assert_eq!(
        letters_with_subject(&app, &birgit, "Du kan igen hjælpe Mette Hansen").await,
        0
    );
    assert_eq!(
        count(
            &app,
            "SELECT COUNT(*) FROM print_jobs p JOIN messages m ON m.id = p.message_id \
             WHERE m.recipient_id = $1 AND p.reason = 'protection' \
             AND m.subject = 'Peter Jensen kan igen hjælpe dig'",
            &mette,
        )
        .await,
        1,
        "announced on paper, as a new permission is"
    );
    assert_eq!(
        count(
            &app,
            "SELECT COUNT(*) FROM audit_entries WHERE action = 'mandate.resume' AND object = $1",
            &peters,
        )
        .await,
        1
    );
    let again = app
        .submit(
            &resume_page,
            &resume_page,
            &[("mandate", &peters), ("identity_check", "pas")],
        )
        .await;
    assert_eq!(again.status(), 422, "resumed once only");
    assert!(again
        .text()
        .await
        .unwrap()
        .contains("ikke længere sat på pause"));
}

#[tokio::test]
async fn a_protected_citizen_is_told_at_once_to_give_a_permission_in_person_and_where() {
    let app = TestApp::spawn().await;
    let mette = app.persona_id("Mette Hansen").await;
    borgerbro::mandates::protect(
        &app.state.db,
        &app.state.clock,
        &mette,
        true,
        true,
        Actor::System,
    )
    .await
    .unwrap();
    app.login_as("Mette Hansen").await;
    let html = app.get_html("/hjaelpere/ny").await;
    assert!(html.contains("møder op i Borgerservice"), "{html}");
    assert!(html.contains("Hack Kampmanns Plads 2"), "where");
    assert!(html.contains("mandag–onsdag 10.00–15.00"), "when: {html}");
    assert!(
        !html.contains(r#"action="/hjaelpere/ny""#),
        "no form that would be refused once filled in"
    );
    app.client.get(app.url("/sprog/en")).send().await.unwrap();
    let html = app.get_html("/hjaelpere/ny").await;
    assert!(html.contains("come to Citizen service in person"), "{html}");
    assert!(app
        .get_html("/hjaelpere")
        .await
        .contains(r#"href="/hjaelpere/ny""#));
}

#[tokio::test]
async fn stop_asks_are_you_sure_naming_the_helper_and_what_they_lose_before_anything_ends() {
    let app = TestApp::spawn().await;
    let key = app.api_key("Borgerservice").await;
    let karen = app.persona_id("Karen Jensen").await;
    let peter = app.persona_id("Peter Jensen").await;
    let id: String = sqlx::query_as::<_, (String,)>(
        "SELECT id FROM mandates WHERE citizen_id = $1 AND helper_id = $2",
    )
    .bind(&karen)
    .bind(&peter)
    .fetch_one(&app.state.db.pool)
    .await
    .unwrap()
    .0;
    let stop = format!("/hjaelpere/{id}/stop");

    app.login_as("Karen Jensen").await;
    let list = app.get_html("/hjaelpere").await;
    assert!(
        !list.contains(&format!(r#"<form method="post" action="{stop}""#)),
        "one click on the list ends nothing"
    );
    assert!(list.contains(&format!(r#"href="{stop}""#)), "{list}");
    let sure = app.get_html(&stop).await;
    assert!(
        sure.contains("Er du sikker på, at Peter Jensen ikke længere må hjælpe dig?"),
        "{sure}"
    );
    assert!(sure.contains("Peter Jensen mister lov til"));
    assert!(
        sure.contains("<li>Læse dine breve</li>") && sure.contains("<li>Sundhed</li>"),
        "what he loses, as she ticked it: {sure}"
    );
    assert!(sure.contains(&format!(r#"<form method="post" action="{stop}">"#)));
    assert!(sure.contains(r#"name="csrf_token""#));
    assert!(
        sure.contains(r#"href="/hjaelpere" class="back-link""#),
        "the way back"
    );
    assert_eq!(
        check(&app, &key, &peter, &karen, "post", "look").await["allowed"],
        true,
        "asking ends nothing"
    );
    assert_eq!(
        app.post_form(&stop, &[]).await.status(),
        403,
        "not without the form's CSRF token"
    );

    app.login_as("Mette Hansen").await;
    assert_eq!(
        app.get(&stop).await.status(),
        404,
        "not another's permission"
    );

    app.login_as("Karen Jensen").await;
    app.client.get(app.url("/sprog/en")).send().await.unwrap();
    assert!(app
        .get_html(&stop)
        .await
        .contains("Are you sure that Peter Jensen may no longer help you?"));
    let stopped = app.submit(&stop, &stop, &[]).await;
    assert_eq!(stopped.status(), 303);
    assert_eq!(
        check(&app, &key, &peter, &karen, "post", "look").await["allowed"],
        false
    );
    assert_eq!(app.get(&stop).await.status(), 404, "nothing left to stop");
}

/// The code a helper's page shows, as read aloud ("7F3K-2QXM").
fn shown_code(html: &str) -> String {
    let marker = "<p class=\"bb-code font-lead\"><strong>";
    let start = html.find(marker).expect("a code on the page") + marker.len();
    html[start..start + 9].to_owned()
}

async fn give_with_helper(app: &TestApp, helper: &str) -> reqwest::Response {
    app.submit(
        "/hjaelpere/ny",
        "/hjaelpere/ny",
        &[
            ("helper", helper),
            ("scope", "post"),
            ("scope", "health"),
            ("rights", "look"),
            ("valid_to", &days_from_today(30)),
        ],
    )
    .await
}

#[tokio::test]
async fn a_citizen_names_a_helper_without_a_cpr_number_by_the_code_the_helper_made() {
    let app = TestApp::spawn().await;
    let karen = app.persona_id("Karen Jensen").await;
    let mette = app.persona_id("Mette Hansen").await;
    let birgit = app.persona_id("Birgit Holm").await;

    app.login_as("Birgit Holm").await;
    let page = app.get_html("/jeg-hjaelper").await;
    assert!(
        page.contains("Din kode") && page.contains("Lav en kode"),
        "{page}"
    );
    assert!(!page.contains("bb-code"), "no code before she makes one");
    let made = app.submit("/jeg-hjaelper", "/jeg-hjaelper/kode", &[]).await;
    assert_eq!(made.status(), 303);
    let page = app
        .get_html(common::header(&made, "location").trim_end_matches("#kode"))
        .await;
    assert!(page.contains("Din nye kode er klar"), "{page}");
    assert!(page.contains("og kun én gang"), "{page}");
    let code = shown_code(&page);
    assert_eq!(&code[4..5], "-", "{code}");
    assert!(!code.contains(['I', 'L', 'O', 'U']), "{code}");
    assert_eq!(
        app.count(
            "SELECT COUNT(*) FROM audit_entries WHERE action = 'mandate.code_new' AND actor = $1",
            &format!("person:{birgit}"),
        )
        .await,
        1
    );

    app.login_as("Karen Jensen").await;
    let form = app.get_html("/hjaelpere/ny").await;
    assert!(form.contains("Hjælperens kode eller CPR-nummer"), "{form}");
    // As Karen reads it off a note: small letters, a space for the dash.
    let typed = code.to_lowercase().replace('-', " ");
    let given = give_with_helper(&app, &typed).await;
    assert_eq!(given.status(), 303);
    let (helper, accepted, code_used): (String, Option<i64>, i64) = sqlx::query_as(
        "SELECT helper_id, accepted_at, \
         (SELECT COUNT(*) FROM helper_codes WHERE helper_id = m.helper_id) \
         FROM mandates m WHERE citizen_id = $1 AND helper_id = $2",
    )
    .bind(&karen)
    .bind(&birgit)
    .fetch_one(&app.state.db.pool)
    .await
    .unwrap();
    assert_eq!(helper, birgit);
    assert!(accepted.is_none(), "given online, it waits for her yes");
    assert_eq!(
        code_used, 0,
        "a code names a helper for one permission only"
    );
    assert_eq!(
        letters_with_subject(
            &app,
            &birgit,
            "Karen Jensen har givet dig lov til at hjælpe"
        )
        .await,
        1
    );
    assert_eq!(
        app.count(
            "SELECT COUNT(*) FROM audit_entries WHERE action = 'mandate.give' \
             AND subject = $1 AND purpose LIKE '%named by the helper''s code%'",
            &karen,
        )
        .await,
        1
    );

    app.login_as("Mette Hansen").await;
    let used = give_with_helper(&app, &code).await;
    assert_eq!(used.status(), 422, "used once");
    let html = used.text().await.unwrap();
    assert!(html.contains("Koden virker ikke"), "{html}");
    assert!(
        html.contains("href=\"#helper\""),
        "the error summary names the field"
    );
    assert!(
        html.contains(&format!(r#"value="{code}""#)),
        "what was typed is kept"
    );

    app.login_as("Birgit Holm").await;
    app.submit("/jeg-hjaelper", "/jeg-hjaelper/kode", &[]).await;
    let old = shown_code(&app.get_html("/jeg-hjaelper").await);
    app.submit("/jeg-hjaelper", "/jeg-hjaelper/kode", &[]).await;
    let new = shown_code(&app.get_html("/jeg-hjaelper").await);
    assert_ne!(old, new);
    app.login_as("Mette Hansen").await;
    assert_eq!(
        give_with_helper(&app, &old).await.status(),
        422,
        "a new code ends the old one"
    );
    sqlx::query("UPDATE helper_codes SET expires_at = $1 WHERE helper_id = $2")
        .bind(app.state.clock.now_ms() - 1)
        .bind(&birgit)
        .execute(&app.state.db.pool)
        .await
        .unwrap();
    assert_eq!(
        give_with_helper(&app, &new).await.status(),
        422,
        "an old code works no more"
    );
    let bad = give_with_helper(&app, "7F3K").await;
    assert!(bad
        .text()
        .await
        .unwrap()
        .contains("Skriv koden, som hjælperen ser den"));
    assert_eq!(
        app.count(
            "SELECT COUNT(*) FROM helper_code_misses WHERE citizen_id = $1",
            &mette,
        )
        .await,
        3,
        "each wrong code is counted against the citizen who typed it"
    );
}

#[tokio::test]
async fn a_citizen_who_types_too_many_wrong_codes_is_refused_even_the_right_one_for_a_day() {
    let app = TestApp::spawn().await;
    let birgit = app.persona_id("Birgit Holm").await;
    let mette = app.persona_id("Mette Hansen").await;
    app.login_as("Birgit Holm").await;
    app.submit("/jeg-hjaelper", "/jeg-hjaelper/kode", &[]).await;
    let code = shown_code(&app.get_html("/jeg-hjaelper").await);

    app.login_as("Mette Hansen").await;
    let limit = borgerbro::mandates::model::HELPER_CODE_MISSES_PER_DAY;
    let wrong = if code == "ZZZZ-ZZZZ" {
        "YYYY-YYYY"
    } else {
        "ZZZZ-ZZZZ"
    };
    for _ in 0..limit {
        let response = give_with_helper(&app, wrong).await;
        assert!(response.text().await.unwrap().contains("Koden virker ikke"));
    }
    let refused = give_with_helper(&app, &code).await;
    assert_eq!(refused.status(), 422);
    assert!(refused
        .text()
        .await
        .unwrap()
        .contains("for mange gange i dag"));
    assert_eq!(
        app.count(
            "SELECT COUNT(*) FROM mandates WHERE helper_id = $1 AND citizen_id = \
             (SELECT id FROM persons WHERE name = 'Mette Hansen')",
            &birgit,
        )
        .await,
        0
    );
    assert_eq!(
        app.count(
            "SELECT COUNT(*) FROM audit_entries WHERE action = 'mandate.code_wrong' AND subject = $1",
            &mette,
        )
        .await,
        limit
    );
    // A day later the misses count no more.
    sqlx::query("UPDATE helper_code_misses SET at = at - 86400001 WHERE citizen_id = $1")
        .bind(&mette)
        .execute(&app.state.db.pool)
        .await
        .unwrap();
    assert_eq!(give_with_helper(&app, &code).await.status(), 303);
    app.client.get(app.url("/sprog/en")).send().await.unwrap();
    assert!(app
        .get_html("/hjaelpere/ny")
        .await
        .contains("code or CPR number"));
}

/// A permission whose stored rights or scopes this build cannot read (a newer version's
/// value, or a hand in the database) is an error where it is read, never read as
/// something it knows: its rights were shown and written to letters as "look" and an
/// unknown scope was left out of the list as if it had not been given.
#[tokio::test]
async fn a_permission_this_build_cannot_read_is_an_error_never_a_default() {
    let app = TestApp::spawn().await;
    let karen = app.persona_id("Karen Jensen").await;
    let peter = app.persona_id("Peter Jensen").await;
    let today = app.state.clock.today();
    let db = &app.state.db;
    for (column, value) in [("rights", "everything"), ("scopes", "post,elderly-care")] {
        let (id,): (String,) = sqlx::query_as(&format!(
            "UPDATE mandates SET {column} = $1 WHERE citizen_id = $2 AND helper_id = $3 \
             RETURNING id"
        ))
        .bind(value)
        .bind(&karen)
        .bind(&peter)
        .fetch_one(&db.pool)
        .await
        .unwrap();
        let read = mandates::mandate(db, &id).await;
        assert!(read.is_err(), "{column} {value}: {read:?}");
        assert!(mandates::of_citizen(db, &karen).await.is_err());
        let checked = mandates::check(
            db,
            &peter,
            &karen,
            mandates::Scope::Post,
            mandates::Rights::Look,
            today,
        )
        .await;
        assert!(checked.is_err(), "grants nothing: {checked:?}");
        app.login_as("Peter Jensen").await;
        let helper = app.get(&format!("/jeg-hjaelper/{karen}")).await;
        assert_ne!(helper.status(), 200, "the helper is not let in");
        app.login_as("Karen Jensen").await;
        let own = app.get("/hjaelpere").await;
        assert_ne!(own.status(), 200, "not shown as something it is not");
        // Back as it was, for the next column.
        sqlx::query(
            "UPDATE mandates SET rights = 'look', scopes = 'post,health,bookings' WHERE id = $1",
        )
        .bind(&id)
        .execute(&db.pool)
        .await
        .unwrap();
    }
}
