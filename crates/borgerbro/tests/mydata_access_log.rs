//! "Hvem har kigget" across the authority, on SQLite and PostgreSQL: a caseworker's look,
//! a helper's look, an API key's read and another system's reported look are all in the
//! citizen's list, on the page and in the API, with the right names and purposes in plain
//! words; nobody gets another's log; `POST /api/v1/access-log` stores a whole batch on the
//! audit chain or nothing, and a retry with the same `Idempotency-Key` answers the first.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use borgerbro::auth::ApiScope;
use common::{header, TestApp};
use serde_json::{json, Value};

/// A look the case system reports: Jens Hansen of the job centre read Karen's case.
fn reported(person: Value, at: &str) -> Value {
    json!({
        "person": person,
        "actor": {"kind": "staff", "name": "Jens Hansen", "unit": "Jobcentret"},
        "system": "Sagssystemet (KMD Nexus)",
        "action": "case.open",
        "what": "din sag om sygedagpenge",
        "purpose": "Opfølgning på din sygemelding",
        "at": at,
    })
}

async fn post_report(
    app: &TestApp,
    key: &str,
    body: &Value,
    idempotency: Option<&str>,
) -> (u16, String, Value) {
    let mut request = common::client()
        .post(app.url("/api/v1/access-log"))
        .bearer_auth(key)
        .json(body);
    if let Some(k) = idempotency {
        request = request.header("Idempotency-Key", k);
    }
    let response = request.send().await.unwrap();
    let status = response.status().as_u16();
    let content_type = header(&response, "content-type").to_owned();
    (
        status,
        content_type,
        response.json().await.unwrap_or_default(),
    )
}

async fn reported_count(app: &TestApp) -> i64 {
    // The demo's report is by the system; these tests report by keys.
    app.count(
        "SELECT COUNT(*) FROM audit_entries WHERE action = $1 AND actor LIKE 'apikey:%'",
        "access_log.report",
    )
    .await
}

/// The `<li>` of the page that names `name`.
fn item(html: &str, name: &str) -> String {
    let start = html
        .find(&format!("<strong>{name}</strong>"))
        .unwrap_or_else(|| panic!("{name} in {html}"));
    html[start..start + html[start..].find("</li>").unwrap()].to_owned()
}

#[tokio::test]
async fn every_kind_of_look_is_in_the_citizens_list_with_names_and_purposes() {
    let app = TestApp::spawn().await;
    let karen = app.persona_id("Karen Jensen").await;
    let cpr: (String,) = sqlx::query_as(
        "SELECT value FROM person_identifiers WHERE person_id = $1 AND kind = 'cpr'",
    )
    .bind(&karen)
    .fetch_one(&app.state.db.pool)
    .await
    .unwrap();

    // A caseworker opens Karen's request, which is the case the look belongs to.
    app.login_as("Sofie Nielsen").await;
    let (request,): (String,) =
        sqlx::query_as("SELECT id FROM mydata_requests WHERE person_id = $1 LIMIT 1")
            .bind(&karen)
            .fetch_one(&app.state.db.pool)
            .await
            .unwrap();
    app.get_html(&format!("/anmodninger/{request}")).await;
    // Her helper opens her letters inside his permission.
    app.login_as("Peter Jensen").await;
    app.get_html(&format!("/jeg-hjaelper/{karen}")).await;
    // A system reads one of her letters by its key.
    let (letter,): (String,) =
        sqlx::query_as("SELECT id FROM messages WHERE recipient_id = $1 LIMIT 1")
            .bind(&karen)
            .fetch_one(&app.state.db.pool)
            .await
            .unwrap();
    let archive = app.api_key("Journalarkivet").await;
    let (status, _) = app
        .api(
            &archive,
            reqwest::Method::GET,
            &format!("/api/v1/messages/{letter}"),
            None,
        )
        .await;
    assert_eq!(status, 200);
    // The case system reports Jens Hansen's look, by her CPR number.
    let nexus = app
        .api_key_with("Nexus-integration", &[ApiScope::AccessLogWrite])
        .await;
    let (status, _, body) = post_report(
        &app,
        &nexus,
        &json!({"entries": [reported(json!({"cpr": cpr.0}), "2026-11-20T09:30:00Z")]}),
        None,
    )
    .await;
    assert_eq!(status, 201, "{body}");
    assert_eq!(body, json!({"count": 1}));

    // The page.
    app.login_as("Karen Jensen").await;
    let html = app.get_html("/mine-data/hvem-har-kigget").await;
    let sofie = item(&html, "Sofie Nielsen");
    assert!(sofie.contains("(Medarbejder, Sagsbehandling)"), "{sofie}");
    assert!(sofie.contains("så din anmodning om dine data"), "{sofie}");
    assert!(sofie.contains("For at svare på din anmodning til tiden."));
    let peter = item(&html, "Peter Jensen");
    assert!(peter.contains("(Hjælper)"), "{peter}");
    assert!(peter.contains("for dig"), "on her behalf: {peter}");
    assert!(peter.contains("så listen over dine breve"), "{peter}");
    let archive_look = item(&html, "Journalarkivet");
    assert!(archive_look.contains("(System)"));
    assert!(
        archive_look.contains("så, om du har læst et brev"),
        "{archive_look}"
    );
    let jens = item(&html, "Jens Hansen");
    assert!(
        jens.contains("(Medarbejder, <span lang=\"da\">Jobcentret</span>)"),
        "{jens}"
    );
    assert!(jens.contains("Sagssystemet (KMD Nexus)"), "{jens}");
    assert!(jens.contains("din sag om sygedagpenge"));
    assert!(jens.contains("Opfølgning på din sygemelding"));
    assert!(
        jens.contains("20.11.2026 kl. 10.30"),
        "the system's own time: {jens}"
    );
    for code in [
        "<code>",
        "post.status",
        "mydata.request.read",
        "case.open",
        ">access<",
    ] {
        assert!(!html.contains(code), "{code} is a developer's word: {html}");
    }

    // The API: the same list, by a key with `mydata.read`.
    let reader = app
        .api_key_with("Borgerportalen", &[ApiScope::MyDataRead])
        .await;
    let (status, log) = app
        .api(
            &reader,
            reqwest::Method::GET,
            &format!("/api/v1/people/{karen}/access-log"),
            None,
        )
        .await;
    assert_eq!(status, 200, "{log}");
    let entries = log["entries"].as_array().unwrap();
    let named = |name: &str| {
        entries
            .iter()
            .find(|e| e["actor"]["name"] == name)
            .unwrap_or_else(|| panic!("{name} in {log}"))
            .clone()
    };
    let jens = named("Jens Hansen");
    assert_eq!(
        jens["actor"],
        json!({"kind": "staff", "name": "Jens Hansen", "unit": "Jobcentret"})
    );
    assert_eq!(jens["system"], "Sagssystemet (KMD Nexus)");
    assert_eq!(jens["what"], "din sag om sygedagpenge");
    assert_eq!(jens["purpose"], "Opfølgning på din sygemelding");
    assert_eq!(jens["at"], "2026-11-20T09:30:00Z");
    let sofie = named("Sofie Nielsen");
    assert_eq!(sofie["actor"]["kind"], "staff");
    assert_eq!(sofie["actor"]["unit"], "Sagsbehandling");
    assert_eq!(sofie["purpose"], "For at svare på din anmodning til tiden.");
    let peter = named("Peter Jensen");
    assert_eq!(peter["actor"]["kind"], "helper");
    assert_eq!(peter["on_behalf"], true);
    assert_eq!(named("Journalarkivet")["actor"]["kind"], "system");
    // The reader's language.
    let english = common::client()
        .get(app.url(&format!("/api/v1/people/{karen}/access-log")))
        .bearer_auth(&reader)
        .header("Accept-Language", "en")
        .send()
        .await
        .unwrap()
        .json::<Value>()
        .await
        .unwrap();
    let sofie_en = english["entries"]
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["actor"]["name"] == "Sofie Nielsen")
        .unwrap()
        .clone();
    assert_eq!(sofie_en["what"], "looked at your request about your data");

    // The API's own read is in the list now, named by its key.
    let (_, again) = app
        .api(
            &reader,
            reqwest::Method::GET,
            &format!("/api/v1/people/{karen}/access-log"),
            None,
        )
        .await;
    assert_eq!(again["entries"][0]["actor"]["name"], "Borgerportalen");
    assert_eq!(
        again["entries"][0]["what"],
        "så listen over, hvem der har kigget på dine data"
    );

    // Borgerbro's own letters to her are not looks.
    let system_sends = entries
        .iter()
        .filter(|e| e["actor"]["kind"] == "system" && e["action"] == "post.send")
        .count();
    assert_eq!(system_sends, 0);
}

#[tokio::test]
async fn the_data_api_answers_what_mine_data_shows_and_the_read_is_logged() {
    let app = TestApp::spawn().await;
    let karen = app.persona_id("Karen Jensen").await;
    let key = app
        .api_key_with("Borgerportalen", &[ApiScope::MyDataRead])
        .await;
    let (status, data) = app
        .api(
            &key,
            reqwest::Method::GET,
            &format!("/api/v1/people/{karen}/data"),
            None,
        )
        .await;
    assert_eq!(status, 200, "{data}");
    assert_eq!(data["person"]["id"], karen.as_str());
    assert_eq!(data["person"]["name"], "Karen Jensen");
    let categories = data["categories"].as_array().unwrap();
    assert_eq!(categories.len(), 10);
    assert!(
        categories.iter().any(|c| c["key"] == "event_signups"),
        "sign-ups to courses and events are a kind of their own"
    );
    let letters = &categories[1];
    assert_eq!(letters["key"], "letters");
    let sent = app
        .count(
            "SELECT COUNT(*) FROM messages WHERE recipient_id = $1",
            &karen,
        )
        .await;
    assert_eq!(letters["count"], sent);
    for field in [
        "title",
        "purpose",
        "legal_basis",
        "source",
        "recipients",
        "retention",
    ] {
        assert!(
            letters[field].as_str().is_some_and(|t| !t.is_empty()),
            "{field}"
        );
    }
    assert!(letters["statistics"].is_boolean());
    let feedback = categories.iter().find(|c| c["key"] == "feedback").unwrap();
    assert_eq!(feedback["count"], Value::Null, "feedback names nobody");
    // The same counts as the page.
    app.login_as("Karen Jensen").await;
    let html = app.get_html("/mine-data").await;
    assert!(html.contains(&format!("<strong>{sent} i alt</strong>")));
    let reads = app
        .count(
            "SELECT COUNT(*) FROM audit_entries WHERE subject = $1 AND action = 'mydata.overview.read' \
             AND actor LIKE 'apikey:%'",
            &karen,
        )
        .await;
    assert_eq!(reads, 1);

    // Scope and unknown people.
    let other = app.api_key_with("Andet", &[ApiScope::MyDataRights]).await;
    let (status, _) = app
        .api(
            &other,
            reqwest::Method::GET,
            &format!("/api/v1/people/{karen}/data"),
            None,
        )
        .await;
    assert_eq!(status, 403);
    let (status, _) = app
        .api(
            &other,
            reqwest::Method::GET,
            &format!("/api/v1/people/{karen}/access-log"),
            None,
        )
        .await;
    assert_eq!(status, 403);
    let (status, _) = app
        .api(
            &key,
            reqwest::Method::GET,
            "/api/v1/people/no-such-person/data",
            None,
        )
        .await;
    assert_eq!(status, 404);
}

#[tokio::test]
async fn nobody_gets_anothers_log_and_a_helper_only_inside_a_mydata_permission() {
    let app = TestApp::spawn().await;
    let karen = app.persona_id("Karen Jensen").await;
    let mette = app.persona_id("Mette Hansen").await;
    let nexus = app.api_key_with("Nexus", &[ApiScope::AccessLogWrite]).await;
    let (status, _, _) = post_report(
        &app,
        &nexus,
        &json!({"entries": [reported(json!({"person_id": karen}), "2026-11-20T09:30:00Z")]}),
        None,
    )
    .await;
    assert_eq!(status, 201);
    app.login_as("Mette Hansen").await;
    let html = app.get_html("/mine-data/hvem-har-kigget").await;
    assert!(!html.contains("Jens Hansen"), "Karen's look is not Mette's");
    // Mette's own log in the API holds none of Karen's.
    let reader = app
        .api_key_with("Borgerportalen", &[ApiScope::MyDataRead])
        .await;
    let (status, log) = app
        .api(
            &reader,
            reqwest::Method::GET,
            &format!("/api/v1/people/{mette}/access-log"),
            None,
        )
        .await;
    assert_eq!(status, 200);
    assert!(!log.to_string().contains("Jens Hansen"));
    // A helper without a permission from Mette is refused, and Mette sees he tried.
    app.login_as("Peter Jensen").await;
    assert_eq!(
        app.get(&format!("/jeg-hjaelper/{mette}/mine-data"))
            .await
            .status(),
        404
    );
    app.login_as("Mette Hansen").await;
    let html = app.get_html("/mine-data/hvem-har-kigget").await;
    let peter = item(&html, "Peter Jensen");
    assert!(
        peter.contains("prøvede at se dine data, men fik ikke lov"),
        "{peter}"
    );
    // A staff member is not a citizen: no log of their own on the page.
    app.login_as("Sofie Nielsen").await;
    assert_eq!(app.get("/mine-data/hvem-har-kigget").await.status(), 403);
    // Unknown people and bad parameters.
    let (status, problem) = app
        .api(
            &reader,
            reqwest::Method::GET,
            "/api/v1/people/nobody/access-log",
            None,
        )
        .await;
    assert_eq!(status, 404, "{problem}");
    for (query, field) in [
        ("from=igår", "from"),
        ("to=2026-13-40", "to"),
        ("cursor=abc", "cursor"),
        ("cursor=-4", "cursor"),
    ] {
        let response = common::client()
            .get(app.url(&format!("/api/v1/people/{karen}/access-log?{query}")))
            .bearer_auth(&reader)
            .send()
            .await
            .unwrap();
        assert_eq!(response.status(), 422, "{query}");
        assert_eq!(
            header(&response, "content-type"),
            "application/problem+json"
        );
        let problem: Value = response.json().await.unwrap();
        assert_eq!(problem["errors"][0]["field"], field, "{query}");
    }
    // The period: the reported look was on 20 November.
    let in_period = |query: &'static str| {
        let (app, reader, karen) = (&app, &reader, &karen);
        async move {
            let (_, log) = app
                .api(
                    reader,
                    reqwest::Method::GET,
                    &format!("/api/v1/people/{karen}/access-log?{query}"),
                    None,
                )
                .await;
            log.to_string().contains("Jens Hansen")
        }
    };
    // Periods are by the time the look was recorded (now, by the test clock).
    assert!(in_period("from=2000-01-01").await);
    assert!(!in_period("to=2000-01-01").await);
}

#[tokio::test]
async fn every_bad_entry_is_named_and_nothing_is_stored() {
    let app = TestApp::spawn().await;
    let karen = app.persona_id("Karen Jensen").await;
    let nexus = app.api_key_with("Nexus", &[ApiScope::AccessLogWrite]).await;
    let good = reported(json!({"person_id": karen}), "2026-11-20T09:30:00Z");
    let with = |field: &str, value: Value| {
        let mut entry = good.clone();
        entry[field] = value;
        entry
    };
    let without = |field: &str| {
        let mut entry = good.clone();
        entry.as_object_mut().unwrap().remove(field);
        entry
    };
    let cases: Vec<(&str, Value, &str)> = vec![
        (
            "unknown person",
            with("person", json!({"person_id": "nobody"})),
            "entries[1].person",
        ),
        (
            "unknown CPR",
            with("person", json!({"cpr": "0101011234"})),
            "entries[1].person",
        ),
        (
            "both ids",
            with("person", json!({"person_id": karen, "cpr": "0101011234"})),
            "entries[1].person",
        ),
        ("no person", without("person"), "entries[1].person"),
        ("no actor", without("actor"), "entries[1].actor"),
        (
            "actor kind",
            with("actor", json!({"kind": "robot", "name": "R2"})),
            "entries[1].actor.kind",
        ),
        (
            "actor name",
            with("actor", json!({"kind": "staff", "name": " "})),
            "entries[1].actor.name",
        ),
        (
            "future",
            with("at", json!("2099-01-01T00:00:00Z")),
            "entries[1].at",
        ),
        ("bad time", with("at", json!("igår")), "entries[1].at"),
        (
            "control",
            with("what", json!("din sag\u{0007}")),
            "entries[1].what",
        ),
        (
            "long",
            with("purpose", json!("x".repeat(501))),
            "entries[1].purpose",
        ),
        ("no system", without("system"), "entries[1].system"),
        (
            "empty action",
            with("action", json!("")),
            "entries[1].action",
        ),
        // A field of the wrong type beside a good id: the schema's `{"person_id"}` lets
        // it through, so it is this entry's error (422), not the whole body's (400).
        (
            "wrong type",
            with("person", json!({"person_id": karen, "cpr": false})),
            "entries[1]",
        ),
        ("not an object", json!(7), "entries[1]"),
    ];
    for (name, bad, field) in cases {
        let (status, content_type, problem) =
            post_report(&app, &nexus, &json!({"entries": [good, bad]}), None).await;
        assert_eq!(status, 422, "{name}: {problem}");
        assert_eq!(content_type, "application/problem+json", "{name}");
        assert_eq!(problem["errors"][0]["field"], field, "{name}: {problem}");
        assert_eq!(reported_count(&app).await, 0, "{name}: nothing stored");
    }
    // No entries, too many.
    for body in [
        json!({"entries": []}),
        json!({"entries": vec![good.clone(); 1001]}),
    ] {
        let (status, _, problem) = post_report(&app, &nexus, &body, None).await;
        assert_eq!(status, 422);
        assert_eq!(problem["errors"][0]["field"], "entries");
    }
    // Not JSON of the shape.
    let (status, content_type, _) =
        post_report(&app, &nexus, &json!({"entries": "many"}), None).await;
    assert_eq!(
        (status, content_type.as_str()),
        (400, "application/problem+json")
    );
    assert_eq!(reported_count(&app).await, 0);
    // The scope.
    let reader = app.api_key_with("Læser", &[ApiScope::MyDataRead]).await;
    let (status, _, _) = post_report(&app, &reader, &json!({"entries": [good]}), None).await;
    assert_eq!(status, 403);
    assert_eq!(reported_count(&app).await, 0);
    // A full batch is stored, on the chain, which still verifies.
    let (status, _, body) = post_report(
        &app,
        &nexus,
        &json!({"entries": vec![good.clone(); 1000]}),
        None,
    )
    .await;
    assert_eq!((status, body), (201, json!({"count": 1000})));
    assert_eq!(reported_count(&app).await, 1000);
    borgerbro::audit::verify(&app.state.db.pool).await.unwrap();
}

#[tokio::test]
async fn an_idempotent_retry_answers_the_first_result() {
    let app = TestApp::spawn().await;
    let karen = app.persona_id("Karen Jensen").await;
    let nexus = app.api_key_with("Nexus", &[ApiScope::AccessLogWrite]).await;
    let body = json!({"entries": [
        reported(json!({"person_id": karen}), "2026-11-20T09:30:00Z"),
        reported(json!({"person_id": karen}), "2026-11-20T09:31:00Z"),
    ]});
    let first = post_report(&app, &nexus, &body, Some("nexus-batch-7")).await;
    assert_eq!((first.0, &first.2), (201, &json!({"count": 2})));
    let again = post_report(&app, &nexus, &body, Some("nexus-batch-7")).await;
    assert_eq!((again.0, &again.2), (200, &json!({"count": 2})));
    assert_eq!(reported_count(&app).await, 2);
    // The same key for another batch is refused.
    let other = json!({"entries": [reported(json!({"person_id": karen}), "2026-11-20T10:00:00Z")]});
    let reused = post_report(&app, &nexus, &other, Some("nexus-batch-7")).await;
    assert_eq!(reused.0, 409);
    assert_eq!(reported_count(&app).await, 2);
    // A bad batch does not take the key: the good one after it is stored under it.
    let bad =
        json!({"entries": [reported(json!({"person_id": "nobody"}), "2026-11-20T10:00:00Z")]});
    assert_eq!(
        post_report(&app, &nexus, &bad, Some("nexus-batch-8"))
            .await
            .0,
        422
    );
    assert_eq!(
        post_report(&app, &nexus, &other, Some("nexus-batch-8"))
            .await
            .0,
        201
    );
    assert_eq!(reported_count(&app).await, 3);
}

#[tokio::test]
async fn the_demo_shows_each_kind_of_look_in_karens_list() {
    let app = TestApp::spawn().await;
    app.login_as("Karen Jensen").await;
    let html = app.get_html("/mine-data/hvem-har-kigget").await;
    let peter = item(&html, "Peter Jensen");
    assert!(
        peter.contains("(Hjælper)") && peter.contains("for dig"),
        "{peter}"
    );
    let jonas = item(&html, "Jonas Berg");
    assert!(jonas.contains("(Medarbejder, Borgerservice)"), "{jonas}");
    assert!(
        jonas.contains("Karen ringede for at flytte sin aftale"),
        "{jonas}"
    );
    // Sofie twice: in Borgerbro with the case as her reason, and in the case system.
    let start = html
        .find("Sagssystemet (KMD Nexus)")
        .expect("the case system's report");
    let reported = &html[html[..start].rfind("<li").unwrap()..];
    assert!(reported.contains(
        "<strong>Sofie Nielsen</strong> (Medarbejder, <span lang=\"da\">Ældre og sundhed</span>)"
    ));
    assert!(reported.contains("din sag om hjemmehjælp"));
    assert!(reported.contains("Revisitation af din hjemmehjælp"));
    assert!(html.contains("Opfølgning på din hjemmehjælp (sag 2026-0412)"));
    assert!(
        !html.contains("Der er ikke skrevet en grund."),
        "every demo look has a reason"
    );
    // Loading the demo again adds nothing.
    let before = app
        .count(
            "SELECT COUNT(*) FROM audit_entries WHERE subject = $1",
            "0195c0de-0000-7000-8000-000000000003",
        )
        .await;
    borgerbro::demo::load(
        &app.state.db,
        &app.state.clock,
        &borgerbro::config::AuthorityProfile::demo(),
    )
    .await
    .unwrap();
    let after = app
        .count(
            "SELECT COUNT(*) FROM audit_entries WHERE subject = $1",
            "0195c0de-0000-7000-8000-000000000003",
        )
        .await;
    assert_eq!(after, before);
}

#[tokio::test]
async fn the_front_desk_gives_a_reason_first_and_the_citizen_reads_it() {
    let app = TestApp::spawn().await;
    let karen = app.persona_id("Karen Jensen").await;
    let mette = app.persona_id("Mette Hansen").await;
    app.login_as("Jonas Berg").await;
    let wanted = format!("/borgerservice/{karen}/mine-data/noter");
    let response = app.get(&wanted).await;
    assert_eq!(response.status(), 303);
    let ask = header(&response, "location").to_owned();
    assert_eq!(
        ask,
        format!(
            "/borgerservice/{karen}/hvorfor?til=%2Fborgerservice%2F{karen}%2Fmine-data%2Fnoter"
        )
    );
    let html = app.get_html(&ask).await;
    assert!(
        html.contains("Hvorfor åbner du data om: Karen Jensen"),
        "{html}"
    );
    assert!(
        html.contains(&format!("name=\"til\" value=\"{wanted}\"")),
        "the target is kept"
    );
    assert!(html.contains("<label class=\"form-label\" for=\"reason\">"));
    let path = format!("/borgerservice/{karen}/hvorfor");
    // Without the page's CSRF token: refused.
    let forged = app
        .post_form(&path, &[("reason", "Kontrol"), ("til", &wanted)])
        .await;
    assert_eq!(forged.status(), 403);
    // Empty, too long, control characters: the page again with the error and the value.
    let long = "x".repeat(201);
    for (typed, message) in [
        ("  ", "Skriv, hvorfor du åbner borgerens data."),
        (long.as_str(), "Skriv højst 200 tegn."),
        ("sag\u{0007}12", "form-text-invalid"),
    ] {
        let response = app
            .submit(&ask, &path, &[("reason", typed), ("til", &wanted)])
            .await;
        assert_eq!(response.status(), 422, "{typed:?}");
        let html = response.text().await.unwrap();
        assert!(html.contains("id=\"error-summary\""), "a summary: {html}");
        assert!(html.contains("aria-invalid=\"true\""));
        if message != "form-text-invalid" {
            assert!(html.contains(message), "{message}: {html}");
        }
        if typed.trim() == typed && !typed.contains('\u{0007}') {
            assert!(
                html.contains(&format!("value=\"{typed}\"")),
                "the value is kept"
            );
        }
        assert!(html.contains(&format!("name=\"til\" value=\"{wanted}\"")));
    }
    // A reason, then where she was going.
    let given = app
        .submit(
            &ask,
            &path,
            &[
                ("reason", "Karen ringede om sin hjemmehjælp"),
                ("til", &wanted),
            ],
        )
        .await;
    assert_eq!(given.status(), 303);
    assert_eq!(header(&given, "location"), wanted);
    assert_eq!(app.get(&wanted).await.status(), 200);
    assert_eq!(
        app.get(&format!("/borgerservice/{karen}/mine-data"))
            .await
            .status(),
        200
    );
    // Only same-site paths about the same citizen are targets.
    for away in [
        "https://evil.example/",
        "//evil.example/",
        &format!("/borgerservice/{mette}/mine-data"),
    ] {
        let response = app
            .submit(&ask, &path, &[("reason", "Opfølgning"), ("til", away)])
            .await;
        assert_eq!(
            header(&response, "location"),
            format!("/borgerservice/{karen}/mine-data"),
            "{away}"
        );
    }
    assert_eq!(
        app.get(&format!("/borgerservice/{karen}/mine-data"))
            .await
            .status(),
        200
    );
    // Karen's reason does not open Mette's data.
    assert_eq!(
        app.get(&format!("/borgerservice/{mette}/mine-data"))
            .await
            .status(),
        303
    );
    // A new session asks again.
    app.login_as("Jonas Berg").await;
    assert_eq!(app.get(&wanted).await.status(), 303);

    // Karen reads the reason beside Jonas's look.
    app.login_as("Karen Jensen").await;
    let html = app.get_html("/mine-data/hvem-har-kigget").await;
    let jonas = item(&html, "Jonas Berg");
    assert!(jonas.contains("(Medarbejder, Borgerservice)"), "{jonas}");
    assert!(jonas.contains("Opfølgning"), "the latest reason: {jonas}");
    assert!(
        html.contains("Karen ringede om sin hjemmehjælp"),
        "the first reason"
    );
    // Staff who are not the front desk have no reason page.
    app.login_as("Sofie Nielsen").await;
    assert_eq!(app.get(&ask).await.status(), 403);
}

/// A reason holds for eight hours of the staff member's session: then the desk asks
/// again, and the sweep deletes it (it names whom they looked at and why).
#[tokio::test]
async fn a_reason_runs_out_after_eight_hours_and_the_sweep_deletes_it() {
    use std::sync::{Arc, Mutex};
    let now: Arc<Mutex<jiff::Timestamp>> =
        Arc::new(Mutex::new("2026-03-02T08:00:00Z".parse().unwrap()));
    let shared = now.clone();
    let app = TestApp::spawn_with(common::Options {
        clock: borgerbro::clock::Clock::from_fn(move || *shared.lock().unwrap()),
        ..common::Options::default()
    })
    .await;
    let karen = app.persona_id("Karen Jensen").await;
    app.login_as("Jonas Berg").await;
    app.give_reason(&karen, "Karen ringede om sin post").await;
    let page = format!("/borgerservice/{karen}/mine-data");
    let stored = || async {
        let (n,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM desk_reasons")
            .fetch_one(&app.state.db.pool)
            .await
            .unwrap();
        n
    };
    let set = |at: &str| *now.lock().unwrap() = at.parse().unwrap();

    set("2026-03-02T15:59:59Z");
    assert_eq!(
        app.get(&page).await.status(),
        200,
        "still within eight hours"
    );
    let kept = borgerbro::mydata::forget_expired_desk_reasons(&app.state.db, &app.state.clock)
        .await
        .unwrap();
    assert_eq!((kept, stored().await), (0, 1));

    set("2026-03-02T16:00:00Z");
    let asked = app.get(&page).await;
    assert_eq!(
        asked.status(),
        303,
        "eight hours on, the desk is asked again"
    );
    assert!(header(&asked, "location").starts_with(&format!("/borgerservice/{karen}/hvorfor")));
    let forgotten = borgerbro::mydata::forget_expired_desk_reasons(&app.state.db, &app.state.clock)
        .await
        .unwrap();
    assert_eq!((forgotten, stored().await), (1, 0));
}

/// A form the front desk sends about a citizen without a reason changes nothing and loses
/// nothing: the answer is the question, carrying the form's values; sent with a reason,
/// the form is carried out as first sent, and the reason is the change's purpose.
#[tokio::test]
async fn a_desk_form_without_a_reason_is_asked_for_one_and_sent_on_with_it() {
    let app = TestApp::spawn().await;
    let olena = app.persona_id("Olena Kovalenko").await;
    let karen = app.persona_id("Karen Jensen").await;
    app.login_as("Jonas Berg").await;
    let changes = |who: String| {
        let app = &app;
        async move {
            app.count(
                "SELECT COUNT(*) FROM audit_entries WHERE subject = $1 \
                 AND action NOT IN ('people.view', 'audit.read')",
                &who,
            )
            .await
        }
    };

    // The search's choice of paper post, sent without a reason: asked, nothing changed.
    let search = "/borgerservice?q=olena";
    let action = format!("/borgerservice/{olena}/post");
    let before = changes(olena.clone()).await;
    let asked = app.submit(search, &action, &[("channel", "paper")]).await;
    assert_eq!(asked.status(), 200);
    let html = asked.text().await.unwrap();
    assert!(
        html.contains("Hvorfor åbner du data om: Olena Kovalenko"),
        "{html}"
    );
    assert!(html.contains(&format!("action=\"{action}\"")), "{html}");
    assert!(html.contains("<input type=\"hidden\" name=\"channel\" value=\"paper\">"));
    assert!(html.contains("<label class=\"form-label\" for=\"desk_reason\">"));
    assert_eq!(changes(olena.clone()).await, before, "nothing changed");

    // An empty reason: the question again, with the error and the form still carried.
    let page = "/borgerservice?q=olena";
    let empty = app
        .submit(page, &action, &[("channel", "paper"), ("desk_reason", " ")])
        .await;
    assert_eq!(empty.status(), 422);
    let html = empty.text().await.unwrap();
    assert!(html.contains("id=\"error-summary\""), "{html}");
    assert!(html.contains("Skriv, hvorfor du åbner borgerens data."));
    assert!(html.contains("<input type=\"hidden\" name=\"channel\" value=\"paper\">"));
    assert_eq!(changes(olena.clone()).await, before, "nothing changed");

    // With a reason: the choice is made, and audited with the reason.
    let done = app
        .submit(
            page,
            &action,
            &[
                ("channel", "paper"),
                ("desk_reason", "Olena bad om breve på papir ved skranken"),
            ],
        )
        .await;
    assert_eq!(done.status(), 303);
    assert!(app
        .get_html(header(&done, "location"))
        .await
        .contains("Olena Kovalenko får nu breve på papir"));
    let purposes: Vec<(String, Option<String>)> = sqlx::query_as(
        "SELECT action, purpose FROM audit_entries WHERE subject = $1 \
         AND action = 'exemption.start'",
    )
    .bind(&olena)
    .fetch_all(&app.state.db.pool)
    .await
    .unwrap();
    assert_eq!(
        purposes,
        vec![(
            "exemption.start".to_owned(),
            Some("Olena bad om breve på papir ved skranken".to_owned())
        )]
    );
    // The reason is kept for the session: the next form goes straight through.
    let again = app.submit(search, &action, &[("channel", "digital")]).await;
    assert_eq!(again.status(), 303);
    assert!(app
        .get_html(header(&again, "location"))
        .await
        .contains("Olena Kovalenko får nu breve digitalt"));

    // A typed note whose reason ran out: carried as typed (escaped), stored once with it.
    let notes = format!("/borgerservice/{karen}/mine-data/noter");
    let typed = "Min adresse er \"Vestergade 3\" & ikke <Østergade>\nSiden maj.";
    let stored = || app.count("SELECT COUNT(*) FROM mydata_notes WHERE text = $1", typed);
    let asked = app
        .submit(search, &notes, &[("record", "person"), ("text", typed)])
        .await;
    assert_eq!(asked.status(), 200);
    let html = asked.text().await.unwrap();
    assert!(
        html.contains("name=\"text\" value=\"Min adresse er "),
        "{html}"
    );
    assert!(html.contains("Vestergade 3") && html.contains("Østergade"));
    assert!(!html.contains("<Østergade>"), "escaped");
    assert_eq!(stored().await, 0);
    let form = [
        ("record", "person"),
        ("text", typed),
        ("desk_reason", "Karen retter sin adresse ved skranken"),
    ];
    let written = app.submit(search, &notes, &form).await;
    assert_eq!(written.status(), 303);
    assert_eq!(stored().await, 1);
    let (purpose,): (Option<String>,) = sqlx::query_as(
        "SELECT purpose FROM audit_entries WHERE subject = $1 AND actor LIKE 'person:%' \
         ORDER BY seq DESC LIMIT 1",
    )
    .bind(&karen)
    .fetch_one(&app.state.db.pool)
    .await
    .unwrap();
    assert_eq!(
        purpose.as_deref(),
        Some("Karen retter sin adresse ved skranken")
    );
}
