//! Scoped API keys (issue 15, item 2), on SQLite and PostgreSQL: every keyed route
//! names its scope and refuses a key without it (403 problem+json naming the scope), a
//! system reads only the letters it sent and ends only the permissions it gave unless a
//! scope says more, a permission accepted in person needs its own scope, and
//! administrators choose and see the scopes on the keys page.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use borgerbro::auth::{ApiScope, ApiScopes};
use common::{header, TestApp};
use reqwest::Method;
use serde_json::{json, Value};

/// A 403 problem document that names the scope the key lacks.
fn assert_missing(status: u16, body: &Value, scope: ApiScope) {
    assert_eq!(status, 403, "{body}");
    assert_eq!(body["status"], 403, "{body}");
    assert_eq!(body["missing_scope"], scope.as_str(), "{body}");
    assert!(
        body["detail"].as_str().unwrap().contains(scope.as_str()),
        "{body}"
    );
}

/// The routes that take a key and what they need, as the OpenAPI document says.
fn keyed_operations(openapi: &Value) -> Vec<(String, Method, Option<String>)> {
    let mut found = Vec::new();
    for (path, item) in openapi["paths"].as_object().unwrap() {
        for (method, operation) in item.as_object().unwrap() {
            let Some(security) = operation["security"].as_array() else {
                continue;
            };
            let scopes = security[0]["api_key"].as_array().unwrap();
            assert!(scopes.len() <= 1, "{method} {path}: {scopes:?}");
            let method = Method::from_bytes(method.to_uppercase().as_bytes()).unwrap();
            let scope = scopes.first().map(|s| s.as_str().unwrap().to_owned());
            found.push((path.clone(), method, scope));
        }
    }
    found
}

#[tokio::test]
async fn every_keyed_route_names_its_scope_and_refuses_a_key_without_it() {
    let app = TestApp::spawn().await;
    let openapi: Value = app.get("/api/v1/openapi.json").await.json().await.unwrap();
    let scheme = &openapi["components"]["securitySchemes"]["api_key"];
    for scope in ApiScope::ALL {
        assert!(
            scheme["description"]
                .as_str()
                .unwrap()
                .contains(&format!("`{}`", scope.as_str())),
            "the document explains {}: {scheme}",
            scope.as_str()
        );
    }
    let operations = keyed_operations(&openapi);
    assert!(operations.len() >= 17, "{operations:?}");
    for (path, method, scope) in operations {
        let Some(scope) = scope else {
            // Only "who am I" answers any key.
            assert_eq!((path.as_str(), &method), ("/api/v1/client", &Method::GET));
            continue;
        };
        let needed = ApiScope::parse(&scope).unwrap();
        // Every other scope, but none that includes the one needed.
        let others: Vec<ApiScope> = ApiScope::ALL
            .into_iter()
            .filter(|s| !ApiScopes::new([*s]).allow(needed))
            .collect();
        let key = app.api_key_with(&format!("Uden {scope}"), &others).await;
        let documented = &openapi["paths"][&path][method.as_str().to_lowercase()]["responses"];
        for status in ["401", "403", "429"] {
            assert!(
                documented.get(status).is_some(),
                "{method} {path}: {status}"
            );
        }
        let called = path.replace("{id}", "0000");
        let body = (method != Method::GET && method != Method::DELETE).then(|| json!({}));
        let (status, problem) = app
            .api(
                &key,
                method.clone(),
                &format!("{called}?citizen=x&kind=callback"),
                body,
            )
            .await;
        assert_missing(status, &problem, needed);
    }
}

async fn letter_by(app: &TestApp, key: &str, to: &str) -> String {
    let (status, sent) = app
        .api(
            key,
            Method::POST,
            "/api/v1/messages",
            Some(json!({"recipient": {"person_id": to}, "subject": "Din sag",
                        "body": "Vi har fået dine papirer."})),
        )
        .await;
    assert_eq!(status, 201, "{sent}");
    sent["id"].as_str().unwrap().to_owned()
}

#[tokio::test]
async fn a_system_reads_only_the_letters_it_sent_unless_a_scope_says_more() {
    let app = TestApp::spawn().await;
    let mette = app.persona_id("Mette Hansen").await;
    let own = [ApiScope::LettersSend, ApiScope::LettersRead];
    let sender = app.api_key_with("Sagssystem", &own).await;
    let stranger = app.api_key_with("Telefonrobot", &own).await;
    let archive = app.api_key_with("Arkiv", &[ApiScope::LettersReadAll]).await;
    let id = letter_by(&app, &sender, &mette).await;
    let path = format!("/api/v1/messages/{id}");

    let (status, letter) = app.api(&sender, Method::GET, &path, None).await;
    assert_eq!(status, 200, "{letter}");
    let (status, problem) = app.api(&stranger, Method::GET, &path, None).await;
    assert_missing(status, &problem, ApiScope::LettersReadAll);
    assert!(problem.get("replies").is_none());
    let (status, letter) = app.api(&archive, Method::GET, &path, None).await;
    assert_eq!(status, 200, "{letter}");
    // The print queue, which hands out letter ids, is a scope of its own.
    let (status, problem) = app
        .api(&stranger, Method::GET, "/api/v1/letters", None)
        .await;
    assert_missing(status, &problem, ApiScope::Print);
    // Nothing was read on the stranger's behalf.
    let reads = app
        .count(
            "SELECT COUNT(*) FROM audit_entries WHERE action = 'post.status' AND object = $1",
            &id,
        )
        .await;
    assert_eq!(reads, 2, "the sender's and the archive's reads");
}

async fn give(app: &TestApp, key: &str, body: Value) -> (u16, Value) {
    app.api(key, Method::POST, "/api/v1/mandates", Some(body))
        .await
}

#[tokio::test]
async fn in_person_and_others_permissions_need_their_own_scopes() {
    let app = TestApp::spawn().await;
    let karen = app.persona_id("Karen Jensen").await;
    let peter = app.persona_id("Peter Jensen").await;
    let birgit = app.persona_id("Birgit Holm").await;
    let giver = app
        .api_key_with("Hjemmepleje", &[ApiScope::MandatesGive])
        .await;
    let other = app
        .api_key_with("Andet system", &[ApiScope::MandatesGive])
        .await;
    let desk = app
        .api_key_with("Borgerservice", &[ApiScope::MandatesInPerson])
        .await;
    let admin = app
        .api_key_with("Forvaltning", &[ApiScope::MandatesManageAll])
        .await;
    let before = app
        .count(
            "SELECT COUNT(*) FROM mandates WHERE citizen_id = $1",
            &karen,
        )
        .await;

    // Active at once without anyone's yes: not with `mandates.give` alone.
    let in_person = json!({"citizen": karen, "helper": birgit, "areas": ["post"],
                           "rights": "look", "accepted_in_person": true, "identity_check": "pas"});
    let (status, problem) = give(&app, &giver, in_person.clone()).await;
    assert_missing(status, &problem, ApiScope::MandatesInPerson);
    let after = app
        .count(
            "SELECT COUNT(*) FROM mandates WHERE citizen_id = $1",
            &karen,
        )
        .await;
    assert_eq!(after, before, "nothing was given");
    let (status, given) = give(&app, &desk, in_person).await;
    assert_eq!(status, 201, "{given}");
    assert_eq!(given["status"], "active");

    // A pending permission: the giver may change and end it, another system not.
    let (status, pending) = give(
        &app,
        &giver,
        json!({"citizen": karen, "helper": peter, "areas": ["bookings"], "rights": "look"}),
    )
    .await;
    assert_eq!(status, 201, "{pending}");
    let path = format!("/api/v1/mandates/{}", pending["id"].as_str().unwrap());
    let (status, problem) = app.api(&other, Method::DELETE, &path, None).await;
    assert_missing(status, &problem, ApiScope::MandatesManageAll);
    let change = json!({"citizen": karen, "valid_to": "2027-01-01"});
    let (status, problem) = app
        .api(&other, Method::PATCH, &path, Some(change.clone()))
        .await;
    assert_missing(status, &problem, ApiScope::MandatesManageAll);
    let (status, changed) = app.api(&giver, Method::PATCH, &path, Some(change)).await;
    assert_eq!(status, 200, "{changed}");
    let (status, ended) = app.api(&giver, Method::DELETE, &path, None).await;
    assert_eq!(status, 200, "{ended}");
    assert_eq!(ended["status"], "ended");

    // The permission Karen gave Peter herself (the demo's) ends only with
    // `mandates.manage_all`.
    let demo: String = sqlx::query_scalar(
        "SELECT id FROM mandates WHERE citizen_id = $1 AND helper_id = $2 \
         AND given_by NOT LIKE $3 AND ended_at IS NULL",
    )
    .bind(&karen)
    .bind(&peter)
    .bind("apikey:%")
    .fetch_one(&app.state.db.pool)
    .await
    .unwrap();
    let path = format!("/api/v1/mandates/{demo}");
    let (status, problem) = app.api(&desk, Method::DELETE, &path, None).await;
    assert_missing(status, &problem, ApiScope::MandatesManageAll);
    let (status, problem) = app.api(&admin, Method::DELETE, &path, None).await;
    // `mandates.manage_all` changes and ends; the route still needs `mandates.give`.
    assert_missing(status, &problem, ApiScope::MandatesGive);
    let both = app
        .api_key_with(
            "Forvaltning 2",
            &[ApiScope::MandatesGive, ApiScope::MandatesManageAll],
        )
        .await;
    let (status, ended) = app.api(&both, Method::DELETE, &path, None).await;
    assert_eq!(status, 200, "{ended}");
}

#[tokio::test]
async fn administrators_choose_the_scopes_and_see_them_on_the_keys_page() {
    let app = TestApp::spawn().await;
    app.login_as("Anne Kristensen").await;
    let page = "/admin/api-noegler";
    let html = app.get_html(page).await;
    assert!(html.contains("Hvad må systemet?"));
    assert!(html.contains(r#"value="letters.read_all""#));

    // No scope chosen: the form comes back with the name kept.
    let response = app.submit(page, page, &[("name", "Printshop")]).await;
    assert_eq!(response.status(), 422);
    let html = response.text().await.unwrap();
    assert!(html.contains("Vælg mindst én ting, systemet må."));
    assert!(html.contains(r#"value="Printshop""#));
    let response = app
        .submit(page, page, &[("name", "Printshop"), ("scope", "alt")])
        .await;
    assert_eq!(response.status(), 422);

    let response = app
        .submit(
            page,
            page,
            &[
                ("name", "Printshop"),
                ("scope", "print"),
                ("scope", "letters.read"),
            ],
        )
        .await;
    assert_eq!(response.status(), 200);
    let html = response.text().await.unwrap();
    let start = html.find("<code class=\"bb-secret\">").unwrap() + 24;
    let key = &html[start..start + html[start..].find('<').unwrap()];
    assert!(html.contains("Hente papirbrevene i udskriftskøen"));
    assert!(html.contains("<code>letters.read</code>"));
    let (status, me) = app.api(key, Method::GET, "/api/v1/client", None).await;
    assert_eq!(status, 200);
    assert_eq!(me["scopes"], json!(["letters.read", "print"]));
    let (status, _) = app.api(key, Method::GET, "/api/v1/letters", None).await;
    assert_eq!(status, 200);
    let response = reqwest::Client::new()
        .post(app.url("/api/v1/messages"))
        .bearer_auth(key)
        .json(&json!({}))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 403);
    assert_eq!(
        header(&response, "content-type"),
        "application/problem+json"
    );
}
