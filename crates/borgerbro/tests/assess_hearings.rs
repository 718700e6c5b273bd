//! Involving citizens and public hearings (issue 18, `assess`), on SQLite and
//! PostgreSQL: the project owner records activities and answers each piece of input,
//! follow or explain ("not followed" without a reason is refused); the data protection
//! officer and the citizens' adviser read; no one else.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use common::TestApp;

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
