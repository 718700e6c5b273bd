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
