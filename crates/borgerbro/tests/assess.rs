//! Consequence assessments, on SQLite and PostgreSQL: the public scoring rule in the
//! API, the same rule as the model's, and its refusals naming the question.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use std::collections::BTreeMap;

use borgerbro::assess::model::{score, Level};
use common::TestApp;
use serde_json::{json, Value};

async fn post_score(app: &TestApp, body: &str) -> (u16, String, Value) {
    let response = reqwest::Client::new()
        .post(app.url("/api/v1/assessments/score"))
        .header("content-type", "application/json")
        .body(body.to_owned())
        .send()
        .await
        .unwrap();
    let status = response.status().as_u16();
    let content_type = response.headers()["content-type"]
        .to_str()
        .unwrap()
        .to_owned();
    (status, content_type, response.json().await.unwrap())
}

#[tokio::test]
async fn the_api_scores_by_the_published_rule_without_a_key() {
    let app = TestApp::spawn().await;
    // Much at stake and little done: 3+4+3+3 + 3+1+3+2 + 2+2+2 + 3+3+2 + 1+2+2 + 2+1+1 = 45
    // of 56 (80.4%), mitigation 3+1+2 = 6 of 24: no reduction, level IV.
    let answers = json!({
        "consequences.people_affected": "all",
        "consequences.removes_analog": "yes",
        "consequences.reversible": "hardly",
        "consequences.money_or_rights": "directly",
        "design_for_all.new_skills": "many",
        "design_for_all.device": "phone_or_computer",
        "design_for_all.mitid": "yes",
        "design_for_all.assistive_technology": "unknown",
        "communicate.new_texts": "many",
        "communicate.legal_terms": "many",
        "communicate.danish_only": "yes",
        "help_errands.share_needing_help": "high",
        "help_errands.deadline": "yes",
        "help_errands.front_desk_load": "much",
        "help_helpers.mandates": "partly",
        "help_helpers.password_sharing": "possible",
        "help_helpers.burden_on_relatives": "much",
        "alternatives.analog_way": "limited",
        "alternatives.exemption": "on_application",
        "alternatives.personal_contact": "limited",
        "mitigation.analog_way_staffed": "yes",
        "mitigation.user_tests_groups_at_risk": "planned",
        "mitigation.plain_language_checked": "yes",
        "mitigation.languages": ""
    });
    let (status, _, body) = post_score(&app, &json!({ "answers": answers }).to_string()).await;
    assert_eq!(status, 200, "{body}");
    assert_eq!(
        body,
        json!({"raw": 45, "max_raw": 56, "mitigation": 6, "max_mitigation": 24,
               "reduced": 45.0, "current": 80.4, "level": "IV"})
    );
    // The same answers through the model give the same score.
    let as_map: BTreeMap<String, String> = serde_json::from_value(answers).unwrap();
    let by_model = score(&as_map).unwrap();
    assert_eq!(body, serde_json::to_value(by_model).unwrap());
    assert_eq!(by_model.level, Level::IV);

    // Enough mitigation (20 of 24) takes 15% off: 45 × 0.85 = 38.25, 68.3%: level III.
    let mut mitigated = as_map.clone();
    for (question, answer) in [
        ("mitigation.user_tests_groups_at_risk", "done"),
        ("mitigation.accessibility_audit", "yes"),
        ("mitigation.helper_mandates", "yes"),
        ("mitigation.front_desk_trained", "yes"),
        ("mitigation.live_figures_watched", "yes"),
        ("mitigation.human_review", "yes"),
    ] {
        mitigated.insert(question.into(), answer.into());
    }
    let (status, _, body) = post_score(&app, &json!({ "answers": mitigated }).to_string()).await;
    assert_eq!(status, 200, "{body}");
    assert_eq!(body["mitigation"], 20);
    assert_eq!(body["reduced"], 38.25);
    assert_eq!(body["current"], 68.3);
    assert_eq!(body["level"], "III");

    // No answers: nothing at stake yet, level I.
    let (status, _, body) = post_score(&app, r#"{"answers": {}}"#).await;
    assert_eq!(status, 200);
    assert_eq!(body["raw"], 0);
    assert_eq!(body["level"], "I");
}

#[tokio::test]
async fn unknown_codes_are_refused_naming_the_question() {
    let app = TestApp::spawn().await;
    let (status, content_type, body) = post_score(
        &app,
        r#"{"answers": {"consequences.people_affected": "most"}}"#,
    )
    .await;
    assert_eq!(status, 422, "{body}");
    assert_eq!(content_type, "application/problem+json");
    assert_eq!(
        body["errors"][0]["field"],
        "answers.consequences.people_affected"
    );
    assert_eq!(body["errors"][0]["value"], "most");

    let (status, _, body) =
        post_score(&app, r#"{"answers": {"consequences.weather": "fine"}}"#).await;
    assert_eq!(status, 422);
    assert_eq!(body["errors"][0]["field"], "answers.consequences.weather");

    // Not the documented shape: 400, saying what to send.
    let (status, content_type, body) = post_score(&app, r#"{"answers": ["all"]}"#).await;
    assert_eq!(status, 400, "{body}");
    assert_eq!(content_type, "application/problem+json");
    assert!(body["detail"].as_str().unwrap().contains("answers"));
}

#[tokio::test]
async fn the_openapi_document_lists_every_question_and_its_answers() {
    let app = TestApp::spawn().await;
    let doc: Value = app.get("/api/v1/openapi.json").await.json().await.unwrap();
    let answers = &doc["components"]["schemas"]["AssessmentScoreRequest"]["properties"]["answers"];
    assert_eq!(answers["additionalProperties"], false);
    assert_eq!(
        answers["properties"]["alternatives.analog_way"]["enum"],
        json!(["", "equal", "limited", "none"])
    );
    assert_eq!(answers["properties"].as_object().unwrap().len(), 30);
}

fn staff(id: &str, name: &str, role: borgerbro::auth::Role) -> borgerbro::auth::User {
    borgerbro::auth::User {
        id: id.to_owned(),
        name: name.to_owned(),
        roles: vec![role],
    }
}

/// Answers worth 37 of 56 impact points (66.1%) and 6 of 24 mitigation points: level III.
fn level_three() -> borgerbro::assess::model::Document {
    let pairs = [
        ("consequences.people_affected", "all"),
        ("consequences.removes_analog", "yes"),
        ("consequences.reversible", "hardly"),
        ("consequences.money_or_rights", "directly"),
        ("design_for_all.new_skills", "many"),
        ("design_for_all.device", "phone_or_computer"),
        ("design_for_all.mitid", "yes"),
        ("design_for_all.assistive_technology", "unknown"),
        ("communicate.new_texts", "many"),
        ("communicate.legal_terms", "many"),
        ("communicate.danish_only", "yes"),
        ("help_helpers.mandates", "partly"),
        ("help_helpers.password_sharing", "possible"),
        ("help_helpers.burden_on_relatives", "much"),
        ("alternatives.analog_way", "limited"),
        ("alternatives.exemption", "on_application"),
        ("alternatives.personal_contact", "limited"),
        ("mitigation.analog_way_staffed", "yes"),
        ("mitigation.user_tests_groups_at_risk", "planned"),
        ("mitigation.plain_language_checked", "yes"),
    ];
    borgerbro::assess::model::Document {
        answers: pairs
            .iter()
            .map(|(q, a)| ((*q).to_owned(), (*a).to_owned()))
            .collect(),
        dpia: borgerbro::assess::model::Dpia {
            description: "Ansøgninger behandles i fagsystemet".into(),
            purposes: "At afgøre boligstøtte".into(),
            necessity: "Oplysningerne kræves af loven".into(),
            proportionality: "Kun de nødvendige oplysninger".into(),
        },
        ..Default::default()
    }
}

#[tokio::test]
async fn a_project_goes_from_draft_through_sign_off_to_published() {
    use borgerbro::assess::{self, model::PublishRefusal, model::SignOffRole, AssessError};
    use borgerbro::auth::Role;
    let app = TestApp::spawn().await;
    let (db, clock) = (&app.state.db, &app.state.clock);
    let owner = staff("owner-1", "Lars Mikkelsen", Role::ProjectOwner);
    let dpo = staff("dpo-1", "Hanne Lund", Role::DataProtectionOfficer);
    let adviser = staff("adviser-1", "Ali Hassan", Role::CitizensAdviser);
    let caseworker = staff("cw-1", "Sagsbehandler", Role::Caseworker);

    let new = assess::NewProject {
        title: " Ansøgning om boligstøtte kun digitalt ".into(),
        purpose: "Færre papirsager".into(),
        affected: "Alle der søger boligstøtte".into(),
        groups_at_risk: vec![assess::model::GroupAtRisk::Elderly],
        changes: "Papirblanketten forsvinder".into(),
        analog_way: "Borgerservice hjælper".into(),
    };
    assert!(matches!(
        assess::create_project(db, clock, &caseworker, &new).await,
        Err(AssessError::NotAllowed)
    ));
    let empty = assess::NewProject::default();
    let Err(AssessError::Invalid(errors)) = assess::create_project(db, clock, &owner, &empty).await
    else {
        panic!("an empty project was stored");
    };
    assert_ne!(errors, borgerbro::forms::FormErrors::default());
    let project = assess::create_project(db, clock, &owner, &new)
        .await
        .unwrap();
    assert_eq!(project.title, "Ansøgning om boligstøtte kun digitalt");
    assert_eq!(project.revision, 1);
    assert!(matches!(
        assess::project(db, &caseworker, &project.id).await,
        Err(AssessError::NotAllowed)
    ));

    // A version from revision 1; a second edit begun at revision 1 is stale.
    let document = level_three();
    let one = assess::save_version(
        db,
        clock,
        &owner,
        &project.id,
        1,
        &document,
        "Første udkast",
    )
    .await
    .unwrap();
    assert_eq!(one, 1);
    assert!(matches!(
        assess::save_version(db, clock, &owner, &project.id, 1, &document, "Samtidig").await,
        Err(AssessError::Stale)
    ));
    assert!(matches!(
        assess::update_project(db, clock, &owner, &project.id, 1, &new).await,
        Err(AssessError::Stale)
    ));
    let renamed = assess::NewProject {
        title: "Boligstøtte kun digitalt".into(),
        ..new.clone()
    };
    let updated = assess::update_project(db, clock, &owner, &project.id, 2, &renamed)
        .await
        .unwrap();
    assert_eq!(updated.revision, 3);
    let latest = assess::latest(db, &dpo, &project.id)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(latest.version.number, 1);
    assert_eq!(latest.score.level, Level::III);
    assert_eq!(latest.score, score(&document.answers).unwrap());

    // Only the two who sign off may; each once a version.
    assert!(matches!(
        assess::sign_off(db, clock, &owner, &project.id, "Fint").await,
        Err(AssessError::NotAllowed)
    ));
    let signed = assess::sign_off(db, clock, &dpo, &project.id, "DPIA i orden")
        .await
        .unwrap();
    assert_eq!(signed.role, SignOffRole::DataProtectionOfficer);
    assert_eq!(signed.person_name, "Hanne Lund");
    assert!(matches!(
        assess::sign_off(db, clock, &dpo, &project.id, "Igen").await,
        Err(AssessError::AlreadySigned)
    ));
    assess::sign_off(db, clock, &adviser, &project.id, "Husk Borgerservice")
        .await
        .unwrap();

    // Level III without involvement of the groups at risk is refused.
    let revision = assess::project(db, &owner, &project.id)
        .await
        .unwrap()
        .revision;
    assert!(matches!(
        assess::publish(db, clock, &owner, &project.id, revision).await,
        Err(AssessError::NotReady(PublishRefusal::NoInvolvement))
    ));
    assert!(matches!(
        assess::published_one(db, &project.id).await,
        Err(AssessError::NotFound)
    ));
    // An activity without the groups at risk does not count; one with them does.
    for (id, with) in [("act-1", 0_i64), ("act-2", 1)] {
        sqlx::query(
            "INSERT INTO assess_activities (id, project_id, kind, held_on, participants, \
             groups, with_groups_at_risk, paid, paid_amount_dkk, description, created_at) \
             VALUES ($1, $2, 'user_test', '2026-11-20', 6, $3, $4, 0, NULL, 'Test', 0)",
        )
        .bind(id)
        .bind(&project.id)
        .bind(if with == 1 { "[\"elderly\"]" } else { "[]" })
        .bind(with)
        .execute(&db.pool)
        .await
        .unwrap();
        let outcome = assess::publish(db, clock, &owner, &project.id, revision).await;
        if with == 0 {
            assert!(matches!(
                outcome,
                Err(AssessError::NotReady(PublishRefusal::NoInvolvement))
            ));
        } else {
            assert_eq!(outcome.unwrap(), 1);
        }
    }
    let (published, assessed) = assess::published_one(db, &project.id).await.unwrap();
    assert_eq!(published.published_version, Some(1));
    assert!(published.review_on.is_some());
    assert_eq!(assessed.signoffs.len(), 2);

    // A new version needs its own sign-offs; the published one stays what it was.
    let two = assess::save_version(
        db,
        clock,
        &owner,
        &project.id,
        published.revision,
        &borgerbro::assess::model::Document::default(),
        "Alt nulstillet",
    )
    .await
    .unwrap();
    assert_eq!(two, 2);
    let latest = assess::latest(db, &owner, &project.id)
        .await
        .unwrap()
        .unwrap();
    assert!(latest.signoffs.is_empty());
    let (_, still) = assess::published_one(db, &project.id).await.unwrap();
    assert_eq!(still.version.number, 1);
    assert_eq!(still.score.level, Level::III);
    let listed = assess::projects(db, &adviser).await.unwrap();
    let (_, newest) = listed.iter().find(|(p, _)| p.id == project.id).unwrap();
    assert_eq!(newest.as_ref().unwrap().version.number, 2);

    // The API gives the published version, scored as the model scores it.
    let body: Value = app
        .get(&format!("/api/v1/assessments/{}", project.id))
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(body["version"], 1);
    assert_eq!(body["score"], serde_json::to_value(still.score).unwrap());
    assert_eq!(body["score"]["level"], "III");
    assert_eq!(body["signoffs"][0]["name"], "Hanne Lund");
    let list: Value = app.get("/api/v1/assessments").await.json().await.unwrap();
    assert!(list
        .as_array()
        .unwrap()
        .iter()
        .any(|a| a["id"] == project.id.as_str() && a["level"] == "III" && a["version"] == 1));
}

#[tokio::test]
async fn unknown_and_unpublished_assessments_are_problem_404s() {
    let app = TestApp::spawn().await;
    for id in ["no-such-project", "0195c0de-0000-7000-8000-0000000000e2"] {
        let response = app.get(&format!("/api/v1/assessments/{id}")).await;
        assert_eq!(response.status().as_u16(), 404, "{id}");
        assert_eq!(
            response.headers()["content-type"],
            "application/problem+json",
            "{id}"
        );
    }
}

#[tokio::test]
async fn the_demo_publishes_a_level_three_assessment_once() {
    let app = TestApp::spawn().await;
    let db = &app.state.db;
    let counts = || async {
        sqlx::query_as::<_, (i64, i64, i64, i64)>(
            "SELECT (SELECT COUNT(*) FROM assess_projects), \
             (SELECT COUNT(*) FROM assess_versions), (SELECT COUNT(*) FROM assess_signoffs), \
             (SELECT COUNT(*) FROM assess_activities)",
        )
        .fetch_one(&db.pool)
        .await
        .unwrap()
    };
    let loaded = counts().await;
    assert_eq!(
        loaded,
        (2, 1, 2, 2),
        "two projects, a version, two sign-offs, two activities"
    );
    borgerbro::demo::load(
        db,
        &app.state.clock,
        &borgerbro::config::AuthorityProfile::demo(),
    )
    .await
    .unwrap();
    assert_eq!(counts().await, loaded);
    let body: Value = app
        .get("/api/v1/assessments/0195c0de-0000-7000-8000-0000000000e1")
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(body["score"]["level"], "III");
    assert_eq!(body["risks"].as_array().unwrap().len(), 3);
    assert_eq!(body["signoffs"].as_array().unwrap().len(), 2);
}
