//! The project pages (issue 18, `assess/web`), on SQLite and PostgreSQL: a project from
//! draft through the questionnaire, sign-off by the data protection officer and the
//! citizens' adviser, a refused and then an allowed publication, to the public page, the
//! Atom feed and the API; the page's level is the API's for the same answers; bad input
//! is named with its question and nothing typed is lost; two owners saving at once are
//! told; only the three staff roles see the projects.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use common::TestApp;
use serde_json::json;

const DEMO_DRAFT: &str = "0195c0de-0000-7000-8000-0000000000e2";
const DEMO_PUBLISHED: &str = "0195c0de-0000-7000-8000-0000000000e1";

/// The id in a `/projekter/{id}?...` redirect.
fn project_of(response: &reqwest::Response) -> String {
    let location = common::header(response, "location");
    location
        .trim_start_matches("/projekter/")
        .split(['?', '#', '/'])
        .next()
        .unwrap()
        .to_owned()
}

async fn new_project(app: &TestApp) -> String {
    let response = app
        .submit(
            "/projekter/ny",
            "/projekter/ny",
            &[
                ("title", "Parkeringstilladelse kun i app"),
                ("purpose", "Færre papirtilladelser."),
                ("affected", "Omkring 3.000 bilister om året."),
                ("groups", "elderly"),
                ("groups", "no_mitid"),
                ("changes", "Tilladelsen findes kun i en app."),
                ("analog_way", "Borgerservice udsteder en papirtilladelse."),
            ],
        )
        .await;
    assert_eq!(response.status(), 303);
    project_of(&response)
}

/// Answers worth level III (31 of 56 points, 55.4%, no reduction), and a finished DPIA.
const LEVEL_III: &[(&str, &str)] = &[
    ("answers.consequences.people_affected", "all"),
    ("answers.consequences.removes_analog", "yes"),
    ("answers.consequences.reversible", "hardly"),
    ("answers.consequences.money_or_rights", "directly"),
    ("answers.design_for_all.new_skills", "many"),
    ("answers.design_for_all.device", "specific"),
    ("answers.design_for_all.mitid", "yes"),
    ("answers.design_for_all.assistive_technology", "unknown"),
    ("answers.communicate.new_texts", "many"),
    ("answers.communicate.legal_terms", "many"),
    ("answers.communicate.danish_only", "yes"),
    ("answers.alternatives.analog_way", "limited"),
    ("answers.mitigation.plain_language_checked", "yes"),
    (
        "reasoning.consequences.removes_analog",
        "Papiret forsvinder for de fleste.",
    ),
    ("dpia.description", "Nummerpladen gemmes i appens system."),
    ("dpia.purposes", "Kontrol af parkering."),
    ("dpia.necessity", "Kontrollen kræver nummerpladen."),
    ("dpia.proportionality", "Intet andet gemmes."),
    ("rights.privacy.effect", "affected"),
    (
        "rights.privacy.reasoning",
        "Nummerpladen kobles til borgeren.",
    ),
    (
        "risks[0].description",
        "Ældre uden smartphone kan ikke parkere.",
    ),
    ("risks[0].likelihood", "3"),
    ("risks[0].consequence", "3"),
    ("risks[0].measures", "Papirtilladelse i Borgerservice."),
    ("risks[0].residual_likelihood", "2"),
    ("risks[0].residual_consequence", "2"),
    ("what_changed", "Første vurdering."),
];

/// The project's revision as the first form on `page` carries it.
async fn revision_on(app: &TestApp, page: &str) -> String {
    let html = app.get_html(page).await;
    html.split("name=\"revision\" value=\"")
        .nth(1)
        .and_then(|rest| rest.split('"').next())
        .unwrap()
        .to_owned()
}

async fn save_questionnaire(app: &TestApp, id: &str, form: &[(&str, &str)]) -> reqwest::Response {
    let page = format!("/projekter/{id}/vurdering");
    let revision = revision_on(app, &page).await;
    let mut fields = vec![("revision", revision.as_str())];
    fields.extend_from_slice(form);
    app.submit(&page, &page, &fields).await
}

#[tokio::test]
async fn a_project_goes_from_draft_through_sign_off_to_the_public_page_and_feed() {
    let app = TestApp::spawn().await;
    app.login_as("Lars Mikkelsen").await;
    let id = new_project(&app).await;
    let html = app.get_html(&format!("/projekter/{id}")).await;
    assert!(html.contains("Parkeringstilladelse kun i app"));
    assert!(html.contains("Ældre, Mennesker uden MitID"));
    assert!(html.contains("Ikke vurderet endnu."));

    let response = save_questionnaire(&app, &id, LEVEL_III).await;
    assert_eq!(response.status(), 303);
    let html = app.get_html(&format!("/projekter/{id}")).await;
    assert!(html.contains("Niveau III: stor påvirkning"), "{html}");
    assert!(html.contains("Påvirkning: 31 af 56 point."));
    assert!(html.contains("Afbødning: 2 af 24 point."));
    assert!(html.contains("Resultat: 31,0 point, det er 55,4 % af det højeste."));
    assert!(html.contains("8 spørgsmål er ikke besvaret."));
    // The page's level is the API's for the same answers.
    let answers: serde_json::Map<String, serde_json::Value> = LEVEL_III
        .iter()
        .filter_map(|(k, v)| k.strip_prefix("answers.").map(|q| (q.to_owned(), json!(v))))
        .collect();
    let scored: serde_json::Value = reqwest::Client::new()
        .post(app.url("/api/v1/assessments/score"))
        .json(&json!({ "answers": answers }))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(scored["level"], "III");
    assert_eq!(scored["raw"], 31);
    assert_eq!(scored["current"], 55.4);

    // Level III without involvement: refused, and the page says what to do.
    let page = format!("/projekter/{id}");
    let revision = revision_on(&app, &page).await;
    let publish = format!("/projekter/{id}/offentliggoer");
    let response = app
        .submit(&page, &publish, &[("revision", &revision)])
        .await;
    assert_eq!(response.status(), 409);
    assert!(response
        .text()
        .await
        .unwrap()
        .contains("borgere fra grupperne i risiko have været med"));

    // The data protection officer and the citizens' adviser sign off, each once.
    for (persona, role) in [
        ("Hanne Lund", "Databeskyttelsesrådgiver"),
        ("Ali Hassan", "Borgerrådgiver"),
    ] {
        app.login_as(persona).await;
        let html = app.get_html(&page).await;
        assert!(html.contains(&format!("Godkend som {role}")), "{persona}");
        assert!(!html.contains("Offentliggør vurderingen"), "{persona}");
        let response = app
            .submit(
                &page,
                &format!("/projekter/{id}/godkend"),
                &[("comment", "Set og godkendt.")],
            )
            .await;
        assert_eq!(response.status(), 303, "{persona}");
        let html = app.get_html(&page).await;
        assert!(html.contains(&format!("<strong>{role}:</strong> {persona}")));
        assert!(
            !html.contains(&format!("Godkend som {role}")),
            "signed once"
        );
    }

    // With a user test with people from the groups at risk, it publishes.
    app.login_as("Lars Mikkelsen").await;
    let involvement = format!("/projekter/{id}/inddragelse");
    let response = app
        .submit(
            &involvement,
            &format!("{involvement}/aktivitet"),
            &[
                ("kind", "user_test"),
                ("held_on", "2026-11-20"),
                ("participants", "6"),
                ("groups", "elderly"),
                ("description", "Test på Hasle Bibliotek."),
            ],
        )
        .await;
    assert_eq!(response.status(), 303);
    let revision = revision_on(&app, &page).await;
    let response = app
        .submit(&page, &publish, &[("revision", &revision)])
        .await;
    assert_eq!(response.status(), 303);
    let html = app.get_html(&page).await;
    assert!(html.contains("Offentliggjort: version 1"));
    assert!(html.contains("Skal gennemgås igen senest"));

    // Anyone reads it, in the list, on its page, in the feed and through the API.
    let anonymous = common::client();
    let list = anonymous
        .get(app.url("/vurderinger"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(list.contains(&format!("/vurderinger/{id}")));
    let one = anonymous
        .get(app.url(&format!("/vurderinger/{id}")))
        .send()
        .await
        .unwrap();
    assert_eq!(one.status(), 200);
    let one = one.text().await.unwrap();
    assert!(one.contains("Niveau III: stor påvirkning"));
    assert!(one.contains("Papiret forsvinder for de fleste."));
    assert!(one.contains("Nummerpladen kobles til borgeren."));
    assert!(one.contains("9 (høj)"), "the risk before its measures");
    assert!(one.contains("<strong>Borgerrådgiver:</strong> Ali Hassan"));
    let feed = anonymous
        .get(app.url("/vurderinger.atom"))
        .send()
        .await
        .unwrap();
    assert!(common::header(&feed, "content-type").starts_with("application/atom+xml"));
    let feed = feed.text().await.unwrap();
    assert!(feed.contains("<feed"));
    assert!(feed.contains("Parkeringstilladelse kun i app (niveau III)"));
    assert!(feed.contains(&format!("/vurderinger/{id}")));
    let listed: serde_json::Value = anonymous
        .get(app.url("/api/v1/assessments"))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let entry = listed
        .as_array()
        .unwrap()
        .iter()
        .find(|a| a["id"] == id.as_str())
        .unwrap();
    assert_eq!(entry["url"], format!("/vurderinger/{id}"));
    assert_eq!(entry["level"], "III");
}

#[tokio::test]
async fn bad_input_is_named_with_its_question_and_nothing_typed_is_lost() {
    let app = TestApp::spawn().await;
    app.login_as("Lars Mikkelsen").await;
    // A project without a title keeps the rest.
    let response = app
        .submit(
            "/projekter/ny",
            "/projekter/ny",
            &[
                ("title", ""),
                ("purpose", "Hurtigere svar."),
                ("groups", "elderly"),
                ("groups", "tourists"),
            ],
        )
        .await;
    assert_eq!(response.status(), 422);
    let html = response.text().await.unwrap();
    assert!(html.contains("Vælg kun grupper fra listen."));
    assert!(html.contains("Hurtigere svar."));

    let id = DEMO_DRAFT;
    let form: Vec<(&str, &str)> = vec![
        ("answers.consequences.people_affected", "everyone"),
        ("answers.design_for_all.mitid", "yes"),
        ("reasoning.design_for_all.mitid", "MitID er et krav."),
        ("rights.autonomy.reasoning", "Borgeren vælger ikke selv."),
        ("risks[0].description", "Fejl i beregningen"),
        ("risks[0].likelihood", "fem"),
        ("risks[0].consequence", "2"),
        ("risks[0].residual_likelihood", "1"),
        ("risks[0].residual_consequence", "1"),
        ("what_changed", ""),
    ];
    let response = save_questionnaire(&app, id, &form).await;
    assert_eq!(response.status(), 422);
    let html = response.text().await.unwrap();
    // Each problem says which question it belongs to.
    assert!(html.contains("Hvor mange borgere berører ændringen? Det svar findes ikke"));
    assert!(html.contains("Selvbestemmelse: Vælg, hvordan rettigheden påvirkes."));
    assert!(html.contains("Risiko 1, Sandsynlighed uden tiltag: Vælg et tal fra 1 til 4."));
    assert!(html.contains("Hvad har du ændret? Skriv noget her."));
    // And what was typed is still there.
    assert!(html.contains("MitID er et krav."));
    assert!(html.contains("Borgeren vælger ikke selv."));
    assert!(html.contains(r#"<option value="fem" selected>fem</option>"#));
    assert!(html.contains(r#"value="yes" checked"#));
    let sql = "SELECT COUNT(*) FROM assess_versions WHERE project_id = $1";
    assert_eq!(app.count(sql, id).await, 0, "nothing stored");
}

#[tokio::test]
async fn two_owners_saving_at_once_the_second_is_told_and_keeps_the_text() {
    let app = TestApp::spawn().await;
    app.login_as("Lars Mikkelsen").await;
    let page = format!("/projekter/{DEMO_DRAFT}/vurdering");
    let html = app.get_html(&page).await;
    let token = common::csrf_token(&html);
    let first = [
        ("csrf_token", token.as_str()),
        ("revision", "1"),
        ("answers.consequences.people_affected", "few"),
        ("what_changed", "Første udkast."),
    ];
    assert_eq!(app.post_form(&page, &first).await.status(), 303);
    let second = [
        ("csrf_token", token.as_str()),
        ("revision", "1"),
        ("answers.consequences.people_affected", "many"),
        ("what_changed", "Mit udkast, skrevet samtidig."),
    ];
    let response = app.post_form(&page, &second).await;
    assert_eq!(response.status(), 409);
    let html = response.text().await.unwrap();
    assert!(html.contains("En anden har gemt en ændring"));
    assert!(html.contains("Mit udkast, skrevet samtidig."));
    assert!(
        html.contains(r#"name="revision" value="2""#),
        "now on the stored revision"
    );
    let sql = "SELECT COUNT(*) FROM assess_versions WHERE project_id = $1";
    assert_eq!(app.count(sql, DEMO_DRAFT).await, 1);

    // The same for the project's description.
    let edit = format!("/projekter/{DEMO_DRAFT}/rediger");
    let html = app.get_html(&edit).await;
    let token = common::csrf_token(&html);
    let response = app
        .post_form(
            &edit,
            &[
                ("csrf_token", token.as_str()),
                ("revision", "1"),
                ("title", "Ledsageordning med SMS"),
                ("purpose", "Bestil uden at ringe."),
                ("affected", "400 borgere."),
                ("changes", "SMS."),
                ("analog_way", "Telefonen."),
            ],
        )
        .await;
    assert_eq!(response.status(), 409);
    assert!(response
        .text()
        .await
        .unwrap()
        .contains("Ledsageordning med SMS"));
}

#[tokio::test]
async fn only_the_three_staff_roles_see_projects_and_only_owners_write() {
    let app = TestApp::spawn().await;
    let anonymous = app.get("/projekter").await;
    assert_eq!(anonymous.status(), 303, "to the login page");
    for persona in ["Karen Jensen", "Jonas Berg", "Sofie Nielsen"] {
        app.login_as(persona).await;
        for path in [
            "/projekter".to_owned(),
            format!("/projekter/{DEMO_PUBLISHED}"),
            format!("/projekter/{DEMO_PUBLISHED}/vurdering"),
            "/projekter/ny".to_owned(),
        ] {
            assert_eq!(app.get(&path).await.status(), 403, "{persona}: {path}");
        }
    }
    app.login_as("Hanne Lund").await;
    let html = app.get_html("/projekter").await;
    assert!(html.contains("Ansøgning om boligstøtte kun digitalt"));
    assert!(!html.contains("/projekter/ny"), "no new project for her");
    assert_eq!(app.get("/projekter/ny").await.status(), 403);
    assert_eq!(
        app.get(&format!("/projekter/{DEMO_PUBLISHED}/vurdering"))
            .await
            .status(),
        403
    );
    // A draft is not public; the published one is.
    let anonymous = common::client();
    let draft = anonymous
        .get(app.url(&format!("/vurderinger/{DEMO_DRAFT}")))
        .send()
        .await
        .unwrap();
    assert_eq!(draft.status(), 404);
    let published = anonymous
        .get(app.url(&format!("/vurderinger/{DEMO_PUBLISHED}")))
        .send()
        .await
        .unwrap();
    assert_eq!(published.status(), 200);
}

#[tokio::test]
async fn a_system_imports_a_published_assessment_as_the_start_of_a_draft() {
    use borgerbro::auth::ApiScope;
    let app = TestApp::spawn().await;
    let key = app
        .api_key_with("Nabokommunens system", &[ApiScope::AssessmentsWrite])
        .await;
    let lars = app.persona_id("Lars Mikkelsen").await;
    let karen = app.persona_id("Karen Jensen").await;
    // Another authority reads a published assessment and sends it back as it is.
    let (status, mut published) = app
        .api(
            &key,
            reqwest::Method::GET,
            &format!("/api/v1/assessments/{DEMO_PUBLISHED}"),
            None,
        )
        .await;
    assert_eq!(status, 200);
    assert_eq!(
        published["dpia"]["purposes"],
        "At afgøre, om borgeren har ret til boligstøtte, og hvor meget."
    );
    let count = "SELECT COUNT(*) FROM assess_projects WHERE owner_id = $1";
    let before = app.count(count, &lars).await;

    // Refused, and nothing stored: an owner who is no project owner, an unknown answer.
    published["owner"] = json!(karen);
    published["answers"]["design_for_all.mitid"] = json!("sometimes");
    let (status, problem) = app
        .api(
            &key,
            reqwest::Method::POST,
            "/api/v1/assessments",
            Some(published.clone()),
        )
        .await;
    assert_eq!(status, 422, "{problem}");
    let fields: Vec<&str> = problem["errors"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["field"].as_str().unwrap())
        .collect();
    assert!(fields.contains(&"owner"), "{fields:?}");
    assert!(
        fields.contains(&"answers.design_for_all.mitid"),
        "{fields:?}"
    );
    assert_eq!(app.count(count, &lars).await, before);

    // A key without the scope may not.
    let reader = app.api_key_with("Læser", &[ApiScope::LettersSend]).await;
    published["owner"] = json!(lars);
    published["answers"]["design_for_all.mitid"] = json!("yes");
    let (status, _) = app
        .api(
            &reader,
            reqwest::Method::POST,
            "/api/v1/assessments",
            Some(published.clone()),
        )
        .await;
    assert_eq!(status, 403);

    let response = reqwest::Client::new()
        .post(app.url("/api/v1/assessments"))
        .bearer_auth(&key)
        .json(&published)
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 201);
    let location = common::header(&response, "location").to_owned();
    let imported: serde_json::Value = response.json().await.unwrap();
    assert_eq!(imported["version"], 1);
    assert_eq!(imported["score"]["level"], "III");
    assert_eq!(imported["url"], location);
    assert_eq!(app.count(count, &lars).await, before + 1);
    // The draft is Lars's to work on, with the imported answers, and not published.
    app.login_as("Lars Mikkelsen").await;
    let html = app.get_html(&location).await;
    assert!(html.contains("Ansøgning om boligstøtte kun digitalt"));
    assert!(html.contains("Niveau III: stor påvirkning"));
    assert!(html.contains("Kladde. Ikke offentliggjort."));
    assert!(html.contains("Ingen har godkendt denne version endnu."));
    let sql = "SELECT COUNT(*) FROM audit_entries WHERE action = 'assess.import' AND object = $1";
    assert_eq!(app.count(sql, imported["id"].as_str().unwrap()).await, 1);
}

#[tokio::test]
async fn the_decision_basis_puts_citizens_and_risks_before_the_money() {
    let app = TestApp::spawn().await;
    let path = format!("/projekter/{DEMO_PUBLISHED}/beslutningsgrundlag.pdf");
    app.login_as("Karen Jensen").await;
    assert_eq!(app.get(&path).await.status(), 403);
    app.login_as("Hanne Lund").await;
    let response = app.get(&path).await;
    assert_eq!(response.status(), 200);
    assert_eq!(common::header(&response, "content-type"), "application/pdf");
    let pdf = response.bytes().await.unwrap();
    let document = lopdf::Document::load_mem(&pdf).unwrap();
    let pages: Vec<u32> = document.get_pages().keys().copied().collect();
    let text = document.extract_text(&pages).unwrap();
    let at = |needle: &str| {
        text.find(needle)
            .unwrap_or_else(|| panic!("{needle} in {text}"))
    };
    assert!(at("Beslutningsgrundlag") < at("Det betyder det for borgerne"));
    assert!(at("Det betyder det for borgerne") < at("Risici for borgerne"));
    assert!(at("Risici for borgerne") < at("Økonomi"));
    assert!(at("Økonomi") < at("Det kræver niveauet"));
    at("Niveau III: stor påvirkning");
    at("Alle lejere i kommunen");
    at("Ældre uden MitID kan ikke søge selv");
    // The business case's readings and the line that moves it most.
    assert!(at("Økonomi") < at("Business case, version 2"));
    at("Nutidsværdi, P50");
    at("Risiko for, at nutidsværdien bliver negativ");
    at("Færre papirsager at taste ind: fra");
    at("Gjort: Offentlig høring.");
    at("Hanne Lund");
    at("Høring sluttede");
    at("3 svar.");
    // The hearing's report follows, with what was said and the project's responses.
    assert!(at("3 svar.") < at("Høringsrapport"));
    at("Det gør vi");
}

#[tokio::test]
async fn every_version_is_kept_and_shows_what_changed_from_the_one_before() {
    let app = TestApp::spawn().await;
    app.login_as("Lars Mikkelsen").await;
    let first = [
        ("answers.consequences.people_affected", "few"),
        ("dpia.purposes", "At bestille ledsagelse."),
        ("what_changed", "Første udkast."),
    ];
    assert_eq!(
        save_questionnaire(&app, DEMO_DRAFT, &first).await.status(),
        303
    );
    let second = [
        ("answers.consequences.people_affected", "many"),
        ("dpia.purposes", "At bestille ledsagelse."),
        ("rights.autonomy.effect", "affected"),
        ("rights.autonomy.reasoning", "SMS passer ikke alle."),
        ("what_changed", "Flere brugere end vi troede."),
    ];
    assert_eq!(
        save_questionnaire(&app, DEMO_DRAFT, &second).await.status(),
        303
    );
    let html = app
        .get_html(&format!("/projekter/{DEMO_DRAFT}/versioner"))
        .await;
    let newest = html.find("Version 2").unwrap();
    let oldest = html.find("Version 1").unwrap();
    assert!(newest < oldest, "the newest first");
    let changes = &html[newest..oldest];
    assert!(changes.contains("Flere brugere end vi troede."));
    assert!(changes.contains("<dt>Hvor mange borgere berører ændringen?</dt>"));
    assert!(changes.contains("Før: <span class=\"bb-typed\">Få: under 100 om året</span>"));
    assert!(changes.contains("Nu: <span class=\"bb-typed\">Mange: 1.000 til 10.000 om året</span>"));
    assert!(changes.contains("<dt>Selvbestemmelse</dt>"));
    assert!(changes.contains("Påvirkes. SMS passer ikke alle."));
    assert!(
        !changes.contains("At bestille ledsagelse."),
        "unchanged is not listed"
    );
    app.login_as("Karen Jensen").await;
    let response = app.get(&format!("/projekter/{DEMO_DRAFT}/versioner")).await;
    assert_eq!(response.status(), 403);
}

#[tokio::test]
async fn the_sweep_notices_a_review_day_once_and_the_owner_sees_it_due() {
    use borgerbro::clock::Clock;
    use std::sync::{Arc, Mutex};
    let now = Arc::new(Mutex::new(jiff::Timestamp::now()));
    let shared = now.clone();
    let app = TestApp::spawn_with(common::Options {
        clock: Clock::from_fn(move || *shared.lock().unwrap()),
        ..Default::default()
    })
    .await;
    let none = borgerbro::assess::sweep_reviews(&app.state.db, &app.state.clock)
        .await
        .unwrap();
    assert!(none.is_empty(), "published today, reviewed in 12 months");
    // Thirteen months on, the demo's published assessment is due.
    let later = now
        .lock()
        .unwrap()
        .checked_add(jiff::SignedDuration::from_hours(24 * 400))
        .unwrap();
    *now.lock().unwrap() = later;
    let due = borgerbro::assess::sweep_reviews(&app.state.db, &app.state.clock)
        .await
        .unwrap();
    assert_eq!(due, vec![DEMO_PUBLISHED.to_owned()]);
    let again = borgerbro::assess::sweep_reviews(&app.state.db, &app.state.clock)
        .await
        .unwrap();
    assert!(again.is_empty(), "noticed once a review day");
    let sql =
        "SELECT COUNT(*) FROM audit_entries WHERE action = 'assess.review.due' AND object = $1";
    assert_eq!(app.count(sql, DEMO_PUBLISHED).await, 1);
    app.login_as("Lars Mikkelsen").await;
    let my_page = app.get_html("/min-side").await;
    assert!(my_page.contains("1 offentliggjort vurdering skal gennemgås igen"));
    let html = app.get_html(&format!("/projekter/{DEMO_PUBLISHED}")).await;
    assert!(html.contains("Vurderingen skal gennemgås igen nu."));
}
