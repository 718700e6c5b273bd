//! People and their choice of paper or digital post, through the page and the API.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use common::{header, TestApp};

#[tokio::test]
async fn a_system_registers_a_person_and_the_cpr_number_is_never_shown_in_full() {
    let app = TestApp::spawn().await;
    let key = app.api_key("Sagssystem").await;
    let client = reqwest::Client::new();
    let response = client
        .post(app.url("/api/v1/people"))
        .bearer_auth(&key)
        .json(&serde_json::json!({"name": "Ib Madsen", "cpr": "010203-1234", "address": "Vestergade 1, 8000 Aarhus C", "phone": "12 34 56 78"}))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 201);
    let person: serde_json::Value = response.json().await.unwrap();
    assert_eq!(person["name"], "Ib Madsen");
    assert_eq!(person["cpr"], "010203-****");
    assert_eq!(person["channel"], "digital");
    assert!(person["id"].as_str().unwrap().len() > 10);

    // The same CPR number again is a conflict, not a second person.
    let response = client
        .post(app.url("/api/v1/people"))
        .bearer_auth(&key)
        .json(&serde_json::json!({"name": "Ib Madsen", "cpr": "0102031234"}))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 409);
    assert_eq!(
        header(&response, "content-type"),
        "application/problem+json"
    );

    // Without a key, nothing.
    let response = client
        .post(app.url("/api/v1/people"))
        .json(&serde_json::json!({"name": "Uden nøgle"}))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 401);
}

#[tokio::test]
async fn bad_person_data_is_refused_field_by_field() {
    let app = TestApp::spawn().await;
    let key = app.api_key("Sagssystem").await;
    let response = reqwest::Client::new()
        .post(app.url("/api/v1/people"))
        .bearer_auth(&key)
        .json(&serde_json::json!({"name": " ", "cpr": "310284-1234", "phone": "ring mig"}))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 422);
    let problem: serde_json::Value = response.json().await.unwrap();
    let fields: Vec<&str> = problem["errors"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["field"].as_str().unwrap())
        .collect();
    assert_eq!(fields, ["name", "cpr", "phone"]);
    assert!(problem["errors"][1]["detail"]
        .as_str()
        .unwrap()
        .contains("fødselsdato"));
    let count: Vec<(String,)> = sqlx::query_as("SELECT id FROM persons WHERE name = ' '")
        .fetch_all(&app.state.db.pool)
        .await
        .unwrap();
    assert!(count.is_empty(), "nothing stored");
}

#[tokio::test]
async fn a_citizen_chooses_paper_without_a_reason_and_can_undo_it() {
    let app = TestApp::spawn().await;
    app.login_as("Karen Jensen").await;
    let html = app.get_html("/min-side/breve-paa-papir").await;
    assert!(html.contains("Du får dine breve digitalt"));
    assert!(html.contains("Du skal ikke give en grund"));
    let response = app
        .submit(
            "/min-side/breve-paa-papir",
            "/min-side/breve-paa-papir",
            &[("channel", "paper")],
        )
        .await;
    assert_eq!(response.status(), 200);
    assert!(response
        .text()
        .await
        .unwrap()
        .contains("Nu får du dine breve på papir"));
    let karen = app.persona_id("Karen Jensen").await;
    let profile = borgerbro::people::profile(&app.state.db, &karen)
        .await
        .unwrap()
        .unwrap();
    assert!(profile.paper_post);

    let response = app
        .submit(
            "/min-side/breve-paa-papir",
            "/min-side/breve-paa-papir",
            &[("channel", "digital")],
        )
        .await;
    assert!(response
        .text()
        .await
        .unwrap()
        .contains("Nu får du dine breve digitalt igen"));
    let actions: Vec<(String, String)> =
        sqlx::query_as("SELECT actor, action FROM audit_entries WHERE subject = $1 AND action LIKE 'exemption.%' ORDER BY seq")
            .bind(&karen)
            .fetch_all(&app.state.db.pool)
            .await
            .unwrap();
    let me = format!("person:{karen}");
    assert_eq!(
        actions,
        [
            (me.clone(), "exemption.start".to_owned()),
            (me, "exemption.end".to_owned())
        ]
    );

    // Staff have no such page of their own.
    app.login_as("Sofie Nielsen").await;
    assert_eq!(app.get("/min-side/breve-paa-papir").await.status(), 403);
}

#[tokio::test]
async fn a_system_registers_an_exemption_for_a_citizen() {
    let app = TestApp::spawn().await;
    let key = app.api_key("Sagssystem").await;
    let mette = app.persona_id("Mette Hansen").await;
    let client = reqwest::Client::new();
    let url = app.url(&format!("/api/v1/people/{mette}/exemption"));
    let person: serde_json::Value = client
        .put(&url)
        .bearer_auth(&key)
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(person["channel"], "paper");
    assert_eq!(person["cpr"], "150584-****");
    let person: serde_json::Value = client
        .delete(&url)
        .bearer_auth(&key)
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(person["channel"], "digital");
    let response = client
        .put(app.url("/api/v1/people/no-such-person/exemption"))
        .bearer_auth(&key)
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 404);
    assert_eq!(
        header(&response, "content-type"),
        "application/problem+json"
    );
}

#[tokio::test]
async fn the_front_desk_gives_a_citizen_without_cpr_paper_post_and_it_is_recorded() {
    let app = TestApp::spawn().await;
    app.login_as("Jonas Berg").await;
    let html = app.get_html("/borgerservice?q=olena").await;
    assert!(html.contains("Olena Kovalenko"));
    let olena = app.persona_id("Olena Kovalenko").await;
    let citizen = format!("/borgerservice/{olena}/post");
    assert!(html.contains(&format!("href=\"{citizen}\"")));
    // The search shows who she is, not how her letters reach her.
    assert!(!html.contains("Får breve digitalt"));
    // and records no look at her: the first look is behind the reason, and logged with it.
    let looks = "SELECT COUNT(*) FROM audit_entries WHERE subject = $1 AND action = 'people.view'";
    assert_eq!(app.count(looks, &olena).await, 0);
    app.give_reason(&olena, "Olena bad om breve på papir").await;
    assert!(app.get_html(&citizen).await.contains("Får breve digitalt"));
    let response = app
        .submit(&citizen, &citizen, &[("channel", "paper")])
        .await;
    assert_eq!(response.status(), 303);
    assert!(app
        .get_html(header(&response, "location"))
        .await
        .contains("Olena Kovalenko får nu breve på papir"));
    let jonas = app.persona_id("Jonas Berg").await;
    let entries: Vec<(String, Option<String>, String)> = sqlx::query_as(
        "SELECT actor, acting_for, action FROM audit_entries WHERE subject = $1 ORDER BY seq",
    )
    .bind(&olena)
    .fetch_all(&app.state.db.pool)
    .await
    .unwrap();
    let me = format!("person:{jonas}");
    let (purpose,): (Option<String>,) = sqlx::query_as(
        "SELECT purpose FROM audit_entries WHERE subject = $1 AND action = 'people.view'",
    )
    .bind(&olena)
    .fetch_one(&app.state.db.pool)
    .await
    .unwrap();
    assert_eq!(purpose.as_deref(), Some("Olena bad om breve på papir"));
    assert!(
        entries.contains(&(me.clone(), None, "people.view".to_owned())),
        "{entries:?}"
    );
    assert!(entries.contains(&(me, Some(olena.clone()), "exemption.start".to_owned())));
    // Citizens and caseworkers do not get the front desk's page.
    app.login_as("Mette Hansen").await;
    assert_eq!(app.get("/borgerservice?q=olena").await.status(), 403);
    let response = app
        .submit(
            "/min-side",
            &format!("/borgerservice/{olena}/post"),
            &[("channel", "digital")],
        )
        .await;
    assert_eq!(response.status(), 403);
}

#[tokio::test]
async fn a_name_or_address_too_long_or_with_control_characters_is_refused_by_field() {
    let app = TestApp::spawn().await;
    let key = app.api_key("Sagssystem").await;
    for (body, field) in [
        (serde_json::json!({"name": "Ib\u{0}Madsen"}), "name"),
        (serde_json::json!({"name": "x".repeat(201)}), "name"),
        (
            serde_json::json!({"name": "Ib Madsen", "address": "Vej ".repeat(80)}),
            "address",
        ),
        (
            serde_json::json!({"name": "Ib Madsen", "address": "Vej 1\u{7}"}),
            "address",
        ),
    ] {
        let (status, problem) = app
            .api(&key, reqwest::Method::POST, "/api/v1/people", Some(body))
            .await;
        assert_eq!(status, 422, "{problem}");
        assert_eq!(problem["errors"][0]["field"], field, "{problem}");
    }
    assert_eq!(
        app.count("SELECT COUNT(*) FROM persons WHERE name LIKE $1", "Ib%")
            .await,
        0,
        "nothing stored"
    );
}

/// A profile whose stored yes-or-no, phone number or language this build cannot read (a
/// newer version's value, a hand in the database) is an error where it is read, never a
/// default: `paper_post = 2` was read as paper here and as digital by a batch.
#[tokio::test]
async fn a_profile_this_build_cannot_read_is_an_error_never_a_default() {
    let app = TestApp::spawn().await;
    let karen = app.persona_id("Karen Jensen").await;
    let db = &app.state.db;
    // Karen has a stored profile, as every demo citizen does.
    assert!(borgerbro::people::profile(db, &karen)
        .await
        .unwrap()
        .is_some());
    app.login_as("Karen Jensen").await;
    for (column, value) in [
        ("paper_post", "2"),
        ("protected", "-1"),
        ("phone", "ring mig"),
        ("language", "klingon"),
    ] {
        let sql = match column {
            "phone" | "language" => {
                format!("UPDATE person_profiles SET {column} = $1 WHERE person_id = $2")
            }
            _ => format!(
                "UPDATE person_profiles SET {column} = CAST($1 AS BIGINT) WHERE person_id = $2"
            ),
        };
        let (before,): (Option<String>,) = sqlx::query_as(&format!(
            "SELECT CAST({column} AS TEXT) FROM person_profiles WHERE person_id = $1"
        ))
        .bind(&karen)
        .fetch_one(&db.pool)
        .await
        .unwrap();
        for set in [Some(value.to_owned()), before] {
            sqlx::query(&sql)
                .bind(&set)
                .bind(&karen)
                .execute(&db.pool)
                .await
                .unwrap();
            let read = borgerbro::people::profile(db, &karen).await;
            let page = app.get("/min-side/breve-paa-papir").await.status();
            if set.as_deref() == Some(value) {
                assert!(read.is_err(), "{column} {value}: {read:?}");
                assert_ne!(page, 200, "{column}: not shown as something it is not");
            } else {
                assert!(read.is_ok(), "{column} back as it was: {read:?}");
                assert_eq!(page, 200);
            }
        }
    }
}
