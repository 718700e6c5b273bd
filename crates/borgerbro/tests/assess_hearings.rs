//! Involving citizens and public hearings (issue 18, `assess`), on SQLite and
//! PostgreSQL: the project owner records activities and answers each piece of input,
//! follow or explain ("not followed" without a reason is refused); the data protection
//! officer and the citizens' adviser read; no one else. A hearing goes from open through
//! an anonymous answer, moderation and the project's response to closing at its
//! deadline, after which an answer is refused (409) and shown back.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use std::sync::{Arc, Mutex};

use borgerbro::clock::Clock;
use common::{csrf_token, Options, TestApp};

const PROJECT: &str = "0195c0de-0000-7000-8000-0000000000e1";

fn involvement() -> String {
    format!("/projekter/{PROJECT}/inddragelse")
}

#[tokio::test]
async fn the_demo_project_shows_its_activities_and_answered_input() {
    let app = TestApp::spawn().await;
    app.login_as("Lars Mikkelsen").await;
    let html = app.get_html(&involvement()).await;
    assert!(html.contains("Ansøgning om boligstøtte kun digitalt"));
    assert!(html.contains("Brugertest"));
    assert!(html.contains("Viby Bibliotek"));
    assert!(html.contains("200 kr. pr. deltager"));
    assert!(html.contains("Borgerpanel"));
    assert!(html.contains("Det gør vi ikke."));
    assert!(html.contains("Gem aktiviteten"), "the owner's forms");
    // A second load of the demo adds nothing.
    borgerbro::demo::load(
        &app.state.db,
        &app.state.clock,
        &borgerbro::config::AuthorityProfile::demo(),
    )
    .await
    .unwrap();
    let sql = "SELECT COUNT(*) FROM assess_activities WHERE project_id = $1";
    assert_eq!(app.count(sql, PROJECT).await, 2);
    let sql = "SELECT COUNT(*) FROM assess_inputs WHERE project_id = $1";
    assert_eq!(app.count(sql, PROJECT).await, 3);
}

#[tokio::test]
async fn the_owner_records_an_activity_and_input_follow_or_explain() {
    let app = TestApp::spawn().await;
    app.login_as("Lars Mikkelsen").await;
    let page = involvement();
    let response = app
        .submit(
            &page,
            &format!("{page}/aktivitet"),
            &[
                ("kind", "interview"),
                ("held_on", "2026-11-02"),
                ("participants", "3"),
                ("groups", "homeless"),
                ("groups", "no_cpr"),
                ("paid", "ja"),
                ("paid_dkk", "150"),
                ("description", "Interview på varmestuen i Jægergården"),
            ],
        )
        .await;
    assert_eq!(response.status(), 303);
    let html = app.get_html(&format!("{page}?gemt=activity")).await;
    assert!(html.contains("Aktiviteten er gemt."));
    assert!(html.contains("Interview på varmestuen i Jægergården"));
    assert!(html.contains("Hjemløse, Mennesker uden CPR-nummer"));
    assert!(html.contains("150 kr. pr. deltager"));

    // Not followed without a reason: refused, the typed text kept, nothing stored.
    let before = app
        .count(
            "SELECT COUNT(*) FROM assess_inputs WHERE project_id = $1",
            PROJECT,
        )
        .await;
    let response = app
        .submit(
            &page,
            &format!("{page}/input"),
            &[
                ("activity_id", ""),
                ("input", "Send brevet på papir til alle over 80"),
                ("answer", "not_followed"),
                ("reason", " "),
            ],
        )
        .await;
    assert_eq!(response.status(), 422);
    let html = response.text().await.unwrap();
    assert!(html.contains("Skriv hvorfor I ikke gør det"));
    assert!(html.contains("Send brevet på papir til alle over 80"));
    assert_eq!(
        app.count(
            "SELECT COUNT(*) FROM assess_inputs WHERE project_id = $1",
            PROJECT
        )
        .await,
        before
    );
    let response = app
        .submit(
            &page,
            &format!("{page}/input"),
            &[
                ("activity_id", ""),
                ("input", "Send brevet på papir til alle over 80"),
                ("answer", "not_followed"),
                (
                    "reason",
                    "Alder alene siger ikke, hvem der har brug for papir.",
                ),
            ],
        )
        .await;
    assert_eq!(response.status(), 303);
    let html = app.get_html(&page).await;
    assert!(html.contains("Alder alene siger ikke, hvem der har brug for papir."));
    let audited = app
        .count(
            "SELECT COUNT(*) FROM audit_entries WHERE action = $1",
            "assess.involvement.input",
        )
        .await;
    assert!(audited >= 4, "the demo's three and this one");
}

#[tokio::test]
async fn a_wrong_activity_comes_back_with_every_problem_and_its_values() {
    let app = TestApp::spawn().await;
    app.login_as("Lars Mikkelsen").await;
    let page = involvement();
    let response = app
        .submit(
            &page,
            &format!("{page}/aktivitet"),
            &[
                ("kind", "party"),
                ("held_on", "14. oktober"),
                ("participants", "0"),
                ("paid", "ja"),
                ("paid_dkk", ""),
                ("description", ""),
            ],
        )
        .await;
    assert_eq!(response.status(), 422);
    let html = response.text().await.unwrap();
    assert!(html.contains("id=\"error-summary\""));
    assert!(html.contains("value=\"14. oktober\""));
    for message in [
        "Vælg hvilken slags aktivitet",
        "Skriv datoen sådan: 2026-10-14",
        "Skriv hvor mange der deltog",
        "Skriv beløbet i hele kroner",
        "Skriv hvad der skete",
    ] {
        assert!(html.contains(message), "{message}");
    }
    let unknown = "/projekter/0195c0de-0000-7000-8000-0000000000ff/inddragelse";
    assert_eq!(app.get(unknown).await.status(), 404);
}

#[tokio::test]
async fn the_advisers_read_and_no_one_else_sees_or_writes() {
    let app = TestApp::spawn().await;
    let page = involvement();
    assert_eq!(app.get(&page).await.status(), 303, "login first");
    for reader in ["Hanne Lund", "Ali Hassan"] {
        app.login_as(reader).await;
        let html = app.get_html(&page).await;
        assert!(html.contains("Viby Bibliotek"));
        assert!(!html.contains("Gem aktiviteten"), "{reader} has no forms");
        let response = app
            .submit(
                &page,
                &format!("{page}/input"),
                &[("input", "x"), ("answer", "followed")],
            )
            .await;
        assert_eq!(response.status(), 403, "{reader} may not write");
    }
    for stranger in ["Mette Hansen", "Sofie Nielsen"] {
        app.login_as(stranger).await;
        assert_eq!(app.get(&page).await.status(), 403, "{stranger}");
    }
}

const DEMO_HEARING: &str = "0195c0de-0000-7000-8000-000000001e31";

/// The demo on Tuesday 1 December 2026 in Copenhagen, with a clock the test moves.
async fn spawn_at() -> (TestApp, Arc<Mutex<jiff::Timestamp>>) {
    let now = Arc::new(Mutex::new("2026-12-01T10:00:00Z".parse().unwrap()));
    let shared = now.clone();
    let app = TestApp::spawn_with(Options {
        clock: Clock::from_fn(move || *shared.lock().unwrap()),
        ..Options::default()
    })
    .await;
    (app, now)
}

/// Sends the hearing's form as someone without login, with their own cookies.
async fn answer_anonymously(
    app: &TestApp,
    hearing: &str,
    form: &[(&str, &str)],
) -> reqwest::Response {
    let client = common::client();
    let url = app.url(&format!("/hoeringer/{hearing}"));
    let html = client.get(&url).send().await.unwrap().text().await.unwrap();
    let token = csrf_token(&html);
    let mut fields = vec![("csrf_token", token.as_str())];
    fields.extend_from_slice(form);
    client.post(&url).form(&fields).send().await.unwrap()
}

#[tokio::test]
async fn a_hearing_from_open_through_moderation_and_response_to_its_deadline() {
    let (app, now) = spawn_at().await;
    app.login_as("Lars Mikkelsen").await;
    let own = format!("/projekter/{PROJECT}/hoering");
    // A deadline that has passed is refused, the typed summary kept.
    let response = app
        .submit(
            &own,
            &own,
            &[
                ("summary", "Vi gør ansøgningen digital."),
                ("deadline", "2026-11-30"),
            ],
        )
        .await;
    assert_eq!(response.status(), 422);
    let html = response.text().await.unwrap();
    assert!(html.contains("Skriv en dato efter i dag"));
    assert!(html.contains("Vi gør ansøgningen digital."));
    let response = app
        .submit(
            &own,
            &own,
            &[
                (
                    "summary",
                    "Vi vil have, at man søger boligstøtte på nettet. Hvad mener du?",
                ),
                ("deadline", "2026-12-10"),
            ],
        )
        .await;
    assert_eq!(response.status(), 303);
    let location = common::header(&response, "location").to_owned();
    let hearing = location.trim_start_matches("/hoeringer/").to_owned();

    // Anyone sees it, without login.
    let list = common::client()
        .get(app.url("/hoeringer"))
        .send()
        .await
        .unwrap();
    assert_eq!(list.status(), 200);
    let list = list.text().await.unwrap();
    assert!(list.contains(&format!("/hoeringer/{hearing}")));
    assert!(
        list.contains("Du kan svare til og med 10. december 2026")
            || list.contains("10. december 2026")
    );

    // Empty and too long answers are refused, the rest of the form kept.
    let response = answer_anonymously(&app, &hearing, &[("text", "  "), ("name", "Bo")]).await;
    assert_eq!(response.status(), 422);
    let html = response.text().await.unwrap();
    assert!(html.contains("Skriv dit svar"));
    assert!(html.contains("value=\"Bo\""));
    let long = "a".repeat(20_001);
    let response = answer_anonymously(&app, &hearing, &[("text", &long)]).await;
    assert_eq!(response.status(), 422);
    assert!(response
        .text()
        .await
        .unwrap()
        .contains("må højst være 20.000 tegn"));

    // An anonymous answer is held, not shown.
    let sent = "Ring til mig på 12345678. Behold blanketten.";
    let response = answer_anonymously(
        &app,
        &hearing,
        &[("text", sent), ("email", "bo@example.dk")],
    )
    .await;
    assert_eq!(response.status(), 303);
    let public = format!("/hoeringer/{hearing}");
    let html = app.get_html(&format!("{public}?modtaget=1")).await;
    assert!(html.contains("Vi har fået dit svar"));
    assert!(!html.contains("Behold blanketten"), "held until moderated");

    // Moderation: an edit needs its note; the page says disagreement is never refused.
    let moderation = format!("/projekter/{PROJECT}/hoering/moderation");
    let html = app.get_html(&moderation).await;
    assert!(html.contains("aldrig holdes tilbage, fordi det er uenigt"));
    assert!(html.contains(sent));
    let answer: String =
        sqlx::query_scalar("SELECT id FROM assess_hearing_answers WHERE hearing_id = $1")
            .bind(&hearing)
            .fetch_one(&app.state.db.pool)
            .await
            .unwrap();
    let approve = format!("/projekter/{PROJECT}/hoering/{hearing}/svar/{answer}/godkend");
    let edited = "Ring til mig på [fjernet]. Behold blanketten.";
    let response = app
        .submit(&moderation, &approve, &[("text", edited), ("note", "")])
        .await;
    assert_eq!(response.status(), 422);
    let html = response.text().await.unwrap();
    assert!(html.contains("Skriv hvad I har fjernet"));
    assert!(html.contains(edited), "the edit kept");
    let response = app
        .submit(
            &moderation,
            &approve,
            &[("text", edited), ("note", "Telefonnummer fjernet")],
        )
        .await;
    assert_eq!(response.status(), 303);
    let html = app.get_html(&public).await;
    assert!(html.contains(edited));
    assert!(!html.contains("12345678"));
    assert!(!html.contains("bo@example.dk"), "e-mail never shown");
    assert!(html.contains("Telefonnummer fjernet"));

    // The response: not followed needs its reason.
    let respond = format!("/projekter/{PROJECT}/hoering/{hearing}/svar/{answer}/besvar");
    let response = app
        .submit(
            &moderation,
            &respond,
            &[("response", "not_followed"), ("response_text", "")],
        )
        .await;
    assert_eq!(response.status(), 422);
    assert!(response
        .text()
        .await
        .unwrap()
        .contains("Skriv hvorfor I ikke gør det"));
    let reason = "Over telefonen kan alle søge uden computer.";
    let response = app
        .submit(
            &moderation,
            &respond,
            &[("response", "not_followed"), ("response_text", reason)],
        )
        .await;
    assert_eq!(response.status(), 303);
    let html = app.get_html(&public).await;
    assert!(html.contains("Det gør vi ikke.") && html.contains(reason));

    // The last day is open to its end in Denmark; after it the form is gone and an
    // answer is refused with the text shown back.
    *now.lock().unwrap() = "2026-12-10T22:59:00Z".parse().unwrap();
    assert!(app.get_html(&public).await.contains("Send svaret"));
    // Someone opens the form just before midnight and sends it just after.
    let client = common::client();
    let token = csrf_token(
        &client
            .get(app.url(&public))
            .send()
            .await
            .unwrap()
            .text()
            .await
            .unwrap(),
    );
    *now.lock().unwrap() = "2026-12-10T23:00:00Z".parse().unwrap();
    let html = app.get_html(&public).await;
    assert!(!html.contains("Send svaret"));
    assert!(html.contains("Høringen er slut"));
    let late = "For sent, men vigtigt.";
    let response = client
        .post(app.url(&public))
        .form(&[("csrf_token", token.as_str()), ("text", late)])
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 409);
    let html = response.text().await.unwrap();
    assert!(html.contains("Du kan ikke længere sende et svar"));
    assert!(html.contains(late), "nothing lost");
    assert_eq!(
        app.count(
            "SELECT COUNT(*) FROM assess_hearing_answers WHERE hearing_id = $1",
            &hearing
        )
        .await,
        1
    );
}

#[tokio::test]
async fn the_demo_has_a_closed_hearing_with_three_answers_each_answered() {
    let app = TestApp::spawn().await;
    let list = app.get_html("/hoeringer").await;
    assert!(list.contains("Ansøgning om boligstøtte kun digitalt"));
    assert!(list.contains("Høringen sluttede"));
    let html = app.get_html(&format!("/hoeringer/{DEMO_HEARING}")).await;
    assert!(html.contains("Ældre Sagen Aarhus"));
    assert!(html.contains("Uden navn"));
    assert!(!html.contains("Hans Pedersen"), "moderated out");
    assert!(!html.contains("Send svaret"), "closed");
    assert_eq!(html.matches("Det gør vi.").count(), 2);
    assert_eq!(html.matches("Det gør vi ikke.").count(), 1);
    assert_eq!(app.get("/hoeringer/findes-ikke").await.status(), 404);
}

#[tokio::test]
async fn only_project_owners_open_and_moderate_hearings() {
    let app = TestApp::spawn().await;
    let own = format!("/projekter/{PROJECT}/hoering");
    let moderation = format!("{own}/moderation");
    assert_eq!(app.get(&own).await.status(), 303, "login first");
    for name in ["Mette Hansen", "Hanne Lund", "Ali Hassan"] {
        app.login_as(name).await;
        assert_eq!(app.get(&own).await.status(), 403, "{name}");
        assert_eq!(app.get(&moderation).await.status(), 403, "{name}");
        let approve =
            format!("{own}/{DEMO_HEARING}/svar/0195c0de-0000-7000-8000-000000001e41/godkend");
        let response = app.submit("/hoeringer", &approve, &[("text", "x")]).await;
        assert_eq!(response.status(), 403, "{name}");
    }
    app.login_as("Lars Mikkelsen").await;
    assert!(app
        .get_html(&moderation)
        .await
        .contains("Ældre Sagen Aarhus"));
    let other = "/projekter/0195c0de-0000-7000-8000-0000000000ff/hoering";
    assert_eq!(app.get(other).await.status(), 404);
}

#[tokio::test]
async fn systems_list_hearings_and_send_answers_held_for_moderation() {
    let (app, now) = spawn_at().await;
    app.login_as("Lars Mikkelsen").await;
    let own = format!("/projekter/{PROJECT}/hoering");
    let response = app
        .submit(
            &own,
            &own,
            &[
                (
                    "summary",
                    "Vi vil have, at man søger boligstøtte på nettet.",
                ),
                ("deadline", "2026-12-10"),
            ],
        )
        .await;
    assert_eq!(response.status(), 303);
    let hearing = common::header(&response, "location")
        .trim_start_matches("/hoeringer/")
        .to_owned();

    // Without a key: the new hearing open, the demo's closed, each with its page.
    let client = common::client();
    let list: serde_json::Value = client
        .get(app.url("/api/v1/hearings"))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let list = list.as_array().unwrap();
    let of = |id: &str| list.iter().find(|h| h["id"] == id).unwrap().clone();
    let new = of(&hearing);
    assert_eq!(new["status"], "open");
    assert_eq!(new["deadline"], "2026-12-10");
    assert_eq!(new["url"], format!("/hoeringer/{hearing}"));
    assert!(new["project"].as_str().is_some_and(|p| !p.is_empty()));
    assert_eq!(of(DEMO_HEARING)["status"], "closed");

    let send = |id: String, body: serde_json::Value| {
        let client = client.clone();
        let url = app.url(&format!("/api/v1/hearings/{id}/responses"));
        async move { client.post(url).json(&body).send().await.unwrap() }
    };
    // The same checks as the form: an empty or too long text is refused, naming it.
    for text in ["  ".to_owned(), "a".repeat(20_001)] {
        let response = send(hearing.clone(), serde_json::json!({ "text": text })).await;
        assert_eq!(response.status(), 422);
        assert!(common::header(&response, "content-type").starts_with("application/problem+json"));
        let problem: serde_json::Value = response.json().await.unwrap();
        assert_eq!(problem["errors"][0]["field"], "text");
    }
    let response = send(
        "no-such-hearing".to_owned(),
        serde_json::json!({ "text": "Ja" }),
    )
    .await;
    assert_eq!(response.status(), 404);
    assert!(common::header(&response, "content-type").starts_with("application/problem+json"));
    let response = send(DEMO_HEARING.to_owned(), serde_json::json!({ "text": "Ja" })).await;
    assert_eq!(response.status(), 409);
    assert!(common::header(&response, "content-type").starts_with("application/problem+json"));

    // Held, not shown until moderated; the e-mail never shown.
    let sent = "Behold papirblanketten til dem, der ikke bruger nettet.";
    let response = send(
        hearing.clone(),
        serde_json::json!({ "name": "Bo Berg", "email": "bo@example.dk", "text": sent }),
    )
    .await;
    assert_eq!(response.status(), 202);
    let held: serde_json::Value = response.json().await.unwrap();
    assert_eq!(held["status"], "held");
    let id = held["id"].as_str().unwrap();
    let public = common::client()
        .get(app.url(&format!("/hoeringer/{hearing}")))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(!public.contains(sent));
    let moderation = app.get_html(&format!("{own}/moderation")).await;
    assert!(moderation.contains(sent));
    assert!(moderation.contains(id));

    // After the last day has ended in Denmark: 409, and the list says closed.
    *now.lock().unwrap() = "2026-12-10T23:00:01Z".parse().unwrap();
    let response = send(hearing.clone(), serde_json::json!({ "text": sent })).await;
    assert_eq!(response.status(), 409);
    let list: serde_json::Value = client
        .get(app.url("/api/v1/hearings"))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let closed = list
        .as_array()
        .unwrap()
        .iter()
        .find(|h| h["id"] == hearing.as_str())
        .unwrap()
        .clone();
    assert_eq!(closed["status"], "closed");
}

#[tokio::test]
async fn the_hearing_report_holds_every_shown_answer_with_its_response_and_no_email() {
    let (app, _now) = spawn_at().await;
    let response = common::client()
        .get(app.url(&format!("/hoeringer/{DEMO_HEARING}/rapport.json")))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 200);
    let body = response.text().await.unwrap();
    assert!(!body.contains('@'), "no e-mail address: {body}");
    let report: serde_json::Value = serde_json::from_str(&body).unwrap();
    assert_eq!(report["id"], DEMO_HEARING);
    assert_eq!(report["closed"], true);
    let answers = report["answers"].as_array().unwrap();
    assert_eq!(answers.len(), 3);
    for answer in answers {
        assert!(answer["text"].as_str().is_some_and(|t| !t.is_empty()));
        assert!(["followed", "not_followed"].contains(&answer["response"].as_str().unwrap()));
        assert!(answer["response_text"].is_string());
    }
    let unknown = common::client()
        .get(app.url("/hoeringer/0195c0de-0000-7000-8000-00000000dead/rapport.json"))
        .send()
        .await
        .unwrap();
    assert_eq!(unknown.status(), 404);

    // The same report on paper, linked from the hearing's page, read back.
    let page = app.get_html(&format!("/hoeringer/{DEMO_HEARING}")).await;
    assert!(page.contains(&format!("/hoeringer/{DEMO_HEARING}/rapport.pdf")));
    let response = common::client()
        .get(app.url(&format!("/hoeringer/{DEMO_HEARING}/rapport.pdf")))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 200);
    assert_eq!(common::header(&response, "content-type"), "application/pdf");
    let pdf = response.bytes().await.unwrap();
    let document = lopdf::Document::load_mem(&pdf).unwrap();
    let pages: Vec<u32> = document.get_pages().keys().copied().collect();
    let text = document.extract_text(&pages).unwrap();
    assert!(text.contains("Høringsrapport"), "{text}");
    assert!(text.contains("Ansøgning om boligstøtte kun digitalt"));
    assert!(text.contains("3 svar"));
    assert!(!text.contains('@'), "no e-mail address");
    for answer in answers {
        let said: String = answer["text"].as_str().unwrap().chars().take(25).collect();
        assert!(text.contains(&said), "{said} in {text}");
    }
    assert!(text.contains("Det gør vi"));
}
