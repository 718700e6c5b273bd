//! The record of processing (GDPR article 30), on SQLite and PostgreSQL: the demo ships
//! one for every kind of data, administrators (and only they) edit it with klarsprog's
//! reading beside each text, export it as JSON and import it again all or nothing, every
//! change is audited, and the record is open data in the API.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use common::TestApp;
use serde_json::Value;

const KINDS: [&str; 9] = [
    "person",
    "letters",
    "answers",
    "bookings",
    "permissions",
    "choices",
    "feedback",
    "requests",
    "access_log",
];

fn file_form(bytes: Vec<u8>) -> reqwest::multipart::Form {
    reqwest::multipart::Form::new().part(
        "file",
        reqwest::multipart::Part::bytes(bytes).file_name("behandlinger.json"),
    )
}

async fn record_api(app: &TestApp) -> Value {
    let response = app.get("/api/v1/record-of-processing").await;
    assert_eq!(response.status(), 200);
    response.json().await.unwrap()
}

#[tokio::test]
async fn the_demo_ships_a_record_of_every_kind_open_to_read() {
    let app = TestApp::spawn().await;
    let record = record_api(&app).await;
    let keys: Vec<&str> = record["categories"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["key"].as_str().unwrap())
        .collect();
    assert_eq!(keys, KINDS);
    let bookings = &record["categories"][3];
    assert_eq!(bookings["title"], "Aftaler");
    assert_eq!(bookings["retention_days"], 365);
    assert_eq!(bookings["statistics"], true);
    assert_eq!(bookings["machine_learning"], false);
    assert!(bookings["legal_basis"]
        .as_str()
        .unwrap()
        .contains("artikel 6"));
    assert_eq!(record["categories"][1]["retention_days"], Value::Null);
}

#[tokio::test]
async fn only_administrators_keep_the_record_with_klarsprog_beside_each_text() {
    let app = TestApp::spawn().await;
    assert_eq!(app.get("/admin/behandlinger").await.status(), 303);
    app.login_as("Sofie Nielsen").await;
    assert_eq!(app.get("/admin/behandlinger").await.status(), 403);
    assert_eq!(app.get("/admin/behandlinger/bookings").await.status(), 403);
    assert_eq!(
        app.post_form("/admin/behandlinger/bookings", &[("what", "x")])
            .await
            .status(),
        403,
    );
    app.login_as("Anne Kristensen").await;
    let html = app.get_html("/admin/behandlinger").await;
    for kind in KINDS {
        assert!(
            html.contains(&format!("href=\"/admin/behandlinger/{kind}\"")),
            "{kind}"
        );
    }
    assert!(html.contains("Et år efter mødet. Så sletter vi aftalen."));
    assert!(
        html.contains("LIX "),
        "klarsprog's reading beside the texts"
    );
    assert_eq!(app.get("/admin/behandlinger/pets").await.status(), 404);

    // A hard text and a bad number: refused, the values kept, klarsprog's reading of
    // the text as written, nothing stored.
    let hard = "Behandlingen af personoplysningerne foretages med henblik på varetagelse af \
                myndighedsudøvelsen i henhold til gældende lovgivning på området.";
    let edit = "/admin/behandlinger/bookings";
    let form = [
        ("what", hard),
        ("purpose", ""),
        ("legal_basis", "Artikel 6, stk. 1, litra e."),
        ("source", "Dig."),
        ("recipients", "Kun os."),
        ("retention", "Et halvt år."),
        ("retention_days", "et halvt år"),
        ("statistics", "ja"),
    ];
    let response = app.submit(edit, edit, &form).await;
    assert_eq!(response.status(), 422);
    let html = response.text().await.unwrap();
    assert!(html.contains("Skriv noget her"), "{html}");
    assert!(html.contains("Skriv et helt antal dage"));
    assert!(html.contains("value=\"et halvt år\""), "the value is kept");
    assert!(html.contains(hard), "the text is kept");
    assert!(html.contains("meget svær"), "klarsprog read the hard text");
    assert!(html.contains("id=\"statistics\" name=\"statistics\" value=\"ja\" checked"));
    assert_eq!(
        record_api(&app).await["categories"][3]["retention_days"],
        365
    );

    let audited = "SELECT COUNT(*) FROM audit_entries WHERE action = $1";
    let before = app.count(audited, "mydata.record.change").await;
    let mut form = form.to_vec();
    form[1] = ("purpose", "Så vi kan holde mødet.");
    form[6] = ("retention_days", "183");
    form.truncate(7);
    let response = app.submit(edit, edit, &form).await;
    assert_eq!(response.status(), 303);
    let bookings = &record_api(&app).await["categories"][3];
    assert_eq!(bookings["retention_days"], 183);
    assert_eq!(bookings["retention"], "Et halvt år.");
    assert_eq!(bookings["statistics"], false, "the box left unticked");
    assert_eq!(app.count(audited, "mydata.record.change").await, before + 1);
}

#[tokio::test]
async fn the_record_is_exported_and_imported_again_all_or_nothing() {
    let app = TestApp::spawn().await;
    app.login_as("Anne Kristensen").await;
    let response = app.get("/admin/behandlinger/eksport.json").await;
    assert_eq!(response.status(), 200);
    assert!(common::header(&response, "content-disposition").contains("behandlinger.json"));
    let exported: Value = response.json().await.unwrap();
    assert_eq!(exported["entries"].as_array().unwrap().len(), KINDS.len());

    // A file with one good and two bad entries stores nothing and names the bad ones.
    let mut bad = exported.clone();
    bad["entries"][0]["what"] = "Et nyt navn".into();
    bad["entries"][1]["purpose"] = "".into();
    bad["entries"][2]["category"] = "pets".into();
    let import = "/admin/behandlinger/import";
    let response = app
        .submit_multipart(import, import, file_form(serde_json::to_vec(&bad).unwrap()))
        .await;
    assert_eq!(response.status(), 422);
    let html = response.text().await.unwrap();
    assert!(html.contains("Intet er gemt"));
    assert!(html.contains("<td>2</td><td>purpose</td>"), "{html}");
    assert!(html.contains("<td>3</td><td>category</td>"));
    let record = record_api(&app).await;
    assert_ne!(record["categories"][0]["what"], "Et nyt navn");

    // Not JSON, and no file: a message on the file field.
    let response = app
        .submit_multipart(import, import, file_form(b"what,purpose\n".to_vec()))
        .await;
    assert_eq!(response.status(), 422);
    assert!(response
        .text()
        .await
        .unwrap()
        .contains("Filen kan ikke læses"));
    let response = app
        .submit_multipart(import, import, file_form(Vec::new()))
        .await;
    assert_eq!(response.status(), 422);
    assert!(response.text().await.unwrap().contains("Vælg en fil"));

    // The export edited and imported again: the kinds it names change, with one audit
    // entry; a kind left out of the file stays.
    let mut edited = exported.clone();
    edited["entries"][0]["what"] = "Dit navn og din adresse.".into();
    edited["entries"]
        .as_array_mut()
        .unwrap()
        .retain(|e| e["category"] != "feedback");
    let before = app
        .count(
            "SELECT COUNT(*) FROM audit_entries WHERE action = $1",
            "mydata.record.import",
        )
        .await;
    let response = app
        .submit_multipart(
            import,
            import,
            file_form(serde_json::to_vec(&edited).unwrap()),
        )
        .await;
    assert_eq!(response.status(), 200);
    assert!(response
        .text()
        .await
        .unwrap()
        .contains("8 slags data er hentet ind"));
    let record = record_api(&app).await;
    assert_eq!(record["categories"][0]["what"], "Dit navn og din adresse.");
    assert_eq!(record["categories"].as_array().unwrap().len(), KINDS.len());
    assert_eq!(
        app.count(
            "SELECT COUNT(*) FROM audit_entries WHERE action = $1",
            "mydata.record.import"
        )
        .await,
        before + 1
    );
}

#[tokio::test]
async fn a_stored_entry_this_build_cannot_read_is_an_error_not_a_guess() {
    let app = TestApp::spawn().await;
    sqlx::query("UPDATE mydata_record SET statistics = 2 WHERE category = 'letters'")
        .execute(&app.state.db.pool)
        .await
        .unwrap();
    assert_eq!(app.get("/api/v1/record-of-processing").await.status(), 500);
}
