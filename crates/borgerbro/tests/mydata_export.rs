//! "Hent mine data", on SQLite and PostgreSQL: the citizen downloads a ZIP with
//! `data.json` (valid against the JSON Schema the API publishes), CSV files of the
//! tables and each letter and attachment as PDF; a helper only inside a `mydata`
//! permission, audited so the citizen sees it; the API's export audited as the key's
//! read, unknown people a 404 problem+json; the front desk prints the same as one PDF.
//! A citizen's sign-ups to the network's courses and events are counted on "Mine data"
//! and handed over in data.json and a CSV file, whoever signed them up.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use std::io::{Cursor, Read};

use borgerbro::auth::ApiScope;
use borgerbro::mandates::{self, Giver, InPerson, Proposal, Rights, Scope};
use common::{header, TestApp};
use serde_json::Value;

/// The files of a ZIP by name.
fn unzip(bytes: &[u8]) -> Vec<(String, Vec<u8>)> {
    let mut archive = zip::ZipArchive::new(Cursor::new(bytes)).unwrap();
    (0..archive.len())
        .map(|i| {
            let mut file = archive.by_index(i).unwrap();
            let mut content = Vec::new();
            file.read_to_end(&mut content).unwrap();
            (file.name().unwrap().into_owned(), content)
        })
        .collect()
}

fn file<'a>(files: &'a [(String, Vec<u8>)], name: &str) -> &'a [u8] {
    &files
        .iter()
        .find(|(n, _)| n == name)
        .unwrap_or_else(|| panic!("no {name} in the ZIP"))
        .1
}

async fn schema(app: &TestApp) -> Value {
    let response = app.get("/api/v1/schemas/export.json").await;
    assert_eq!(response.status(), 200);
    assert_eq!(header(&response, "content-type"), "application/schema+json");
    response.json().await.unwrap()
}

/// Checks the export against the published schema, whole, and answers its data.json.
async fn checked(app: &TestApp, files: &[(String, Vec<u8>)]) -> Value {
    let data: Value = serde_json::from_slice(file(files, "data.json")).unwrap();
    let schema = schema(app).await;
    let validator = jsonschema::validator_for(&schema).unwrap();
    let errors: Vec<String> = validator
        .iter_errors(&data)
        .map(|e| format!("{} at {}", e, e.instance_path()))
        .collect();
    assert!(
        errors.is_empty(),
        "data.json against its schema: {errors:?}"
    );
    // The schema does check: a letter without its PDF, a name that is a number, an
    // actor of no known kind are each refused.
    let mut wrong = data.clone();
    wrong["person"]["name"] = Value::from(5);
    assert!(!validator.is_valid(&wrong));
    if data["letters"].get(0).is_some() {
        let mut wrong = data.clone();
        wrong["letters"][0].as_object_mut().unwrap().remove("pdf");
        assert!(!validator.is_valid(&wrong));
    }
    if data["event_signups"].get(0).is_some() {
        let mut wrong = data.clone();
        wrong["event_signups"][0]["status"] = Value::from("attended");
        assert!(!validator.is_valid(&wrong), "a status of no known kind");
        let mut wrong = data.clone();
        wrong["event_signups"][0]["channel"] = Value::from("fax");
        assert!(!validator.is_valid(&wrong), "a channel of no known kind");
    }
    if data["access_log"].get(0).is_some() {
        let mut wrong = data.clone();
        wrong["access_log"][0]["actor"]["kind"] = Value::from("robot");
        assert!(!validator.is_valid(&wrong));
    }
    let in_zip: Value = serde_json::from_slice(file(files, "schema.json")).unwrap();
    assert_eq!(in_zip, schema, "the ZIP carries the published schema");
    data
}

async fn exports_of(app: &TestApp, subject: &str) -> Vec<(String, Option<String>)> {
    sqlx::query_as(
        "SELECT actor, acting_for FROM audit_entries WHERE subject = $1 \
         AND action = 'mydata.export' ORDER BY seq",
    )
    .bind(subject)
    .fetch_all(&app.state.db.pool)
    .await
    .unwrap()
}

async fn give_mydata(app: &TestApp, citizen: &str, helper: &str) {
    let today = app.state.clock.today();
    mandates::give(
        &app.state.db,
        &app.state.clock,
        &app.state.authority,
        mandates::Give {
            proposal: Proposal {
                citizen_id: citizen.to_owned(),
                helper_id: helper.to_owned(),
                scopes: vec![Scope::MyData],
                rights: Rights::Look,
                valid_from: today,
                valid_to: today.checked_add(jiff::Span::new().days(30)).unwrap(),
            },
            note: None,
            giver: Giver::FrontDesk(app.persona_id("Jonas Berg").await),
            in_person: Some(InPerson {
                identity_check: "pas".into(),
            }),
            idempotency: None,
        },
    )
    .await
    .unwrap();
}

#[tokio::test]
async fn the_citizen_downloads_everything_as_json_valid_against_its_schema_csv_and_pdf() {
    let app = TestApp::spawn().await;
    let karen = app.persona_id("Karen Jensen").await;
    app.login_as("Karen Jensen").await;
    let html = app.get_html("/mine-data").await;
    assert!(
        html.contains("href=\"/mine-data/hent-mine-data.zip\""),
        "{html}"
    );
    assert!(html.contains("Hent mine data"));
    assert!(
        !html.contains("udskrift.pdf"),
        "the print is the front desk's"
    );

    let response = app.get("/mine-data/hent-mine-data.zip").await;
    assert_eq!(response.status(), 200);
    assert_eq!(header(&response, "content-type"), "application/zip");
    assert!(header(&response, "content-disposition").starts_with("attachment;"));
    let files = unzip(&response.bytes().await.unwrap());
    let data = checked(&app, &files).await;

    assert_eq!(data["format"], "borgerbro-export/1");
    assert_eq!(data["person"]["id"], karen.as_str());
    assert_eq!(data["person"]["name"], "Karen Jensen");
    let letters = data["letters"].as_array().unwrap();
    let (count,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM messages WHERE recipient_id = $1")
        .bind(&karen)
        .fetch_one(&app.state.db.pool)
        .await
        .unwrap();
    assert!(count > 0);
    assert_eq!(letters.len() as i64, count, "every letter");
    for kind in ["bookings", "permissions_given", "notes", "requests"] {
        assert!(
            !data[kind].as_array().unwrap().is_empty(),
            "Karen's demo has {kind}"
        );
    }
    assert_eq!(data["not_included"][0]["category"], "feedback");

    // Each letter as PDF, where data.json says; each attachment as stored.
    for letter in letters {
        let pdf = file(&files, letter["pdf"].as_str().unwrap());
        assert!(pdf.starts_with(b"%PDF-"), "{}", letter["pdf"]);
        lopdf::Document::load_mem(pdf).unwrap();
        for attachment in letter["attachments"].as_array().unwrap() {
            let bytes = file(&files, attachment["file"].as_str().unwrap());
            assert_eq!(bytes.len() as i64, attachment["size"].as_i64().unwrap());
        }
    }
    // The tables as CSV, one row per item under a header.
    for name in [
        "csv/person.csv",
        "csv/letters.csv",
        "csv/answers.csv",
        "csv/bookings.csv",
        "csv/event_signups.csv",
        "csv/permissions.csv",
        "csv/notes.csv",
        "csv/requests.csv",
        "csv/access_log.csv",
    ] {
        let mut reader = csv::Reader::from_reader(file(&files, name));
        assert!(!reader.headers().unwrap().is_empty(), "{name}");
        let rows = reader.records().count();
        if name == "csv/letters.csv" {
            assert_eq!(rows, letters.len());
        }
        if name == "csv/bookings.csv" {
            assert_eq!(rows, data["bookings"].as_array().unwrap().len());
        }
    }
    // Her own download is not someone else's look.
    assert!(exports_of(&app, &karen).await.is_empty());
}

#[tokio::test]
async fn nobody_exports_another_citizens_data_and_a_helper_only_inside_a_mydata_permission() {
    let app = TestApp::spawn().await;
    let karen = app.persona_id("Karen Jensen").await;
    let peter = app.persona_id("Peter Jensen").await;
    let mette = app.persona_id("Mette Hansen").await;
    let download = format!("/jeg-hjaelper/{karen}/mine-data/hent-mine-data.zip");

    // Not logged in: to the login.
    assert_eq!(app.get("/mine-data/hent-mine-data.zip").await.status(), 303);

    // Mette, a citizen, cannot reach Karen's through a helper's address.
    app.login_as("Mette Hansen").await;
    assert_eq!(app.get(&download).await.status(), 404);
    let response = app.get("/mine-data/hent-mine-data.zip").await;
    let files = unzip(&response.bytes().await.unwrap());
    let data = checked(&app, &files).await;
    assert_eq!(
        data["person"]["id"],
        mette.as_str(),
        "her own, never Karen's"
    );
    // Nor the front desk's print.
    assert_eq!(
        app.get(&format!("/borgerservice/{karen}/mine-data/udskrift.pdf"))
            .await
            .status(),
        403
    );

    // Peter, Karen's helper for post and bookings, not her data.
    app.login_as("Peter Jensen").await;
    assert_eq!(app.get(&download).await.status(), 404);
    assert!(exports_of(&app, &karen).await.is_empty());

    // Inside a mydata permission: the download, and Karen sees Peter made it.
    give_mydata(&app, &karen, &peter).await;
    let html = app
        .get_html(&format!("/jeg-hjaelper/{karen}/mine-data"))
        .await;
    assert!(html.contains(&format!("href=\"{download}\"")));
    let response = app.get(&download).await;
    assert_eq!(response.status(), 200);
    let files = unzip(&response.bytes().await.unwrap());
    let data = checked(&app, &files).await;
    assert_eq!(data["person"]["id"], karen.as_str());
    assert_eq!(
        exports_of(&app, &karen).await,
        vec![(format!("person:{peter}"), Some(karen.clone()))]
    );
    // Not Mette's, whose permission he does not have.
    assert_eq!(
        app.get(&format!(
            "/jeg-hjaelper/{mette}/mine-data/hent-mine-data.zip"
        ))
        .await
        .status(),
        404
    );

    // Karen's next export names Peter's download in her access log.
    app.login_as("Karen Jensen").await;
    let files = unzip(
        &app.get("/mine-data/hent-mine-data.zip")
            .await
            .bytes()
            .await
            .unwrap(),
    );
    let data = checked(&app, &files).await;
    let log = data["access_log"].as_array().unwrap();
    let peters = log.iter().find(|e| e["action"] == "mydata.export").unwrap();
    assert_eq!(peters["actor"]["name"], "Peter Jensen");
    assert_eq!(peters["actor"]["kind"], "person");
    assert_eq!(peters["on_behalf"], true);
}

#[tokio::test]
async fn the_api_exports_a_person_audited_as_the_keys_read() {
    let app = TestApp::spawn().await;
    let karen = app.persona_id("Karen Jensen").await;
    let key = app
        .api_key_with("Sagssystem", &[ApiScope::MyDataRead])
        .await;
    let other = app
        .api_key_with("Postsystem", &[ApiScope::LettersRead])
        .await;
    let path = format!("/api/v1/people/{karen}/export");
    let call = |key: Option<String>, path: String| {
        let app_url = app.url(&path);
        async move {
            let mut request = reqwest::Client::new().get(app_url);
            if let Some(key) = key {
                request = request.bearer_auth(key);
            }
            request.send().await.unwrap()
        }
    };

    let response = call(None, path.clone()).await;
    assert_eq!(response.status(), 401);
    assert_eq!(
        header(&response, "content-type"),
        "application/problem+json"
    );
    let response = call(Some(other), path.clone()).await;
    assert_eq!(response.status(), 403);
    assert_eq!(
        header(&response, "content-type"),
        "application/problem+json"
    );
    assert!(exports_of(&app, &karen).await.is_empty());

    let unknown = "/api/v1/people/0190a0c0-0000-7000-8000-000000000000/export".to_owned();
    let response = call(Some(key.clone()), unknown).await;
    assert_eq!(response.status(), 404);
    assert_eq!(
        header(&response, "content-type"),
        "application/problem+json"
    );

    let response = call(Some(key), path).await;
    assert_eq!(response.status(), 200);
    assert_eq!(header(&response, "content-type"), "application/zip");
    let files = unzip(&response.bytes().await.unwrap());
    let data = checked(&app, &files).await;
    assert_eq!(data["person"]["id"], karen.as_str());
    let audited = exports_of(&app, &karen).await;
    assert_eq!(audited.len(), 1);
    assert!(audited[0].0.starts_with("apikey:"), "{audited:?}");
    assert_eq!(audited[0].1, None);
}

#[tokio::test]
async fn the_front_desk_prints_the_same_as_one_pdf_audited() {
    let app = TestApp::spawn().await;
    let karen = app.persona_id("Karen Jensen").await;
    let jonas = app.persona_id("Jonas Berg").await;
    app.login_as("Jonas Berg").await;
    app.give_reason(&karen, "Karen bad om en udskrift ved skranken")
        .await;
    let base = format!("/borgerservice/{karen}/mine-data");
    let html = app.get_html(&base).await;
    assert!(html.contains(&format!("href=\"{base}/udskrift.pdf\"")));
    assert!(html.contains(&format!("href=\"{base}/hent-mine-data.zip\"")));

    let response = app.get(&format!("{base}/udskrift.pdf")).await;
    assert_eq!(response.status(), 200);
    assert_eq!(header(&response, "content-type"), "application/pdf");
    let pdf = response.bytes().await.unwrap();
    let document = lopdf::Document::load_mem(&pdf).unwrap();
    let (letters,): (i64,) =
        sqlx::query_as("SELECT COUNT(*) FROM messages WHERE recipient_id = $1")
            .bind(&karen)
            .fetch_one(&app.state.db.pool)
            .await
            .unwrap();
    assert!(
        document.get_pages().len() as i64 > letters,
        "the data's pages, then each letter"
    );
    let text = document.extract_text(&[1]).unwrap();
    assert!(text.contains("Karen Jensen"), "{text}");
    // Her sign-up to the demo's IT café, under its kind's heading.
    let data_pages: String = document
        .get_pages()
        .keys()
        .take(3)
        .map(|n| document.extract_text(&[*n]).unwrap_or_default())
        .collect();
    assert!(
        data_pages.contains("Dine tilmeldinger til kurser og arrangementer"),
        "{data_pages}"
    );
    assert!(
        data_pages.contains("Viby Bibliotek · har en plads"),
        "{data_pages}"
    );
    let (actor, purpose): (String, Option<String>) = sqlx::query_as(
        "SELECT actor, purpose FROM audit_entries WHERE subject = $1 \
         AND action = 'mydata.export.print'",
    )
    .bind(&karen)
    .fetch_one(&app.state.db.pool)
    .await
    .unwrap();
    assert_eq!(actor, format!("person:{jonas}"));
    assert_eq!(
        purpose.as_deref(),
        Some("Karen bad om en udskrift ved skranken"),
        "the reason the desk gave is what Karen reads"
    );

    // No such citizen: the desk is asked why first, and that page knows no one.
    let response = app
        .get("/borgerservice/0190a0c0-0000-7000-8000-000000000000/mine-data/udskrift.pdf")
        .await;
    assert_eq!(response.status(), 303);
    let ask = app.get(header(&response, "location")).await;
    assert_eq!(ask.status(), 404);
}

/// The front desk's print carries each letter's PDF attachments after the letter, read
/// back here page by page; one that cannot be merged is named after the letter with why.
#[tokio::test]
async fn the_front_desk_print_carries_the_attachments_and_names_one_left_out() {
    use base64::Engine;
    let app = TestApp::spawn().await;
    let karen = app.persona_id("Karen Jensen").await;
    let key = app.api_key("Sagssystem").await;
    let contract = common::pdf_of_pages(&["Kontraktside en", "Kontraktside to"]);
    let broken = b"%PDF-1.7\nthis is no PDF past its first line\n%%EOF\n";
    let b64 = |bytes: &[u8]| base64::engine::general_purpose::STANDARD.encode(bytes);
    let sent = app
        .client
        .post(app.url("/api/v1/messages"))
        .bearer_auth(&key)
        .json(&serde_json::json!({
            "recipient": {"person_id": karen},
            "subject": "Din lejekontrakt",
            "body": "Her er din kontrakt.",
            "attachments": [
                {"filename": "Kontrakt.pdf", "content_type": "application/pdf", "data_base64": b64(&contract)},
                {"filename": "Husorden.pdf", "content_type": "application/pdf", "data_base64": b64(broken)},
            ],
        }))
        .send()
        .await
        .unwrap();
    assert_eq!(sent.status(), 201, "{}", sent.text().await.unwrap());

    app.login_as("Jonas Berg").await;
    app.give_reason(&karen, "Karen bad om en udskrift ved skranken")
        .await;
    let response = app
        .get(&format!("/borgerservice/{karen}/mine-data/udskrift.pdf"))
        .await;
    assert_eq!(response.status(), 200);
    let pdf = response.bytes().await.unwrap();
    let document = lopdf::Document::load_mem(&pdf).unwrap();
    let pages = document.get_pages();
    let texts: Vec<String> = pages
        .keys()
        .map(|n| document.extract_text(&[*n]).unwrap_or_default())
        .collect();
    let at = |needle: &str| texts.iter().position(|t| t.contains(needle));
    let first = at("Kontraktside en").expect("the attachment's first page");
    assert_eq!(at("Kontraktside to"), Some(first + 1), "then its second");
    let letter = at("Her er din kontrakt.").expect("the letter");
    let left_out = at("Husorden.pdf) er ikke med i udskriften").expect("the one left out");
    assert!(
        letter <= left_out && left_out < first,
        "the letter, what is left out, then the attachment: {letter} {left_out} {first}"
    );
    assert!(texts[left_out].contains("fordi filen ikke kan"));
}

/// Monday 7 December 2026, 12:00 in Copenhagen; the demo's events are counted from it.
const NOW: &str = "2026-12-07T11:00:00Z";
/// The demo's IT café at Viby Bibliotek, on Wednesday 9 December 14-16, and its
/// user-to-user teaching (`network::events::demo`).
const DEMO_IT_CAFE: &str = "0195c0de-0000-7000-8000-00000000ee01";
const DEMO_PEER: &str = "0195c0de-0000-7000-8000-00000000ee04";

#[tokio::test]
async fn a_citizens_sign_ups_to_events_are_counted_on_mine_data_and_handed_over() {
    let (app, _hands) = TestApp::spawn_at(NOW).await;
    let mette = app.persona_id("Mette Hansen").await;
    let signups = "SELECT COUNT(*) FROM network_event_signups WHERE person_id = $1";
    let before = app.count(signups, &mette).await;

    // Mette signs up for the IT café herself; a phone robot signs her up for the
    // teaching, and she cancels that one herself.
    app.login_as("Mette Hansen").await;
    let cafe = format!("/arrangementer/{DEMO_IT_CAFE}");
    let signed = app.submit(&cafe, &format!("{cafe}/tilmeld"), &[]).await;
    assert_eq!(signed.status(), 303);
    let key = app
        .api_key_with("Telefonrobot", &[ApiScope::EventsSignup])
        .await;
    let response = common::client()
        .post(app.url(&format!("/api/v1/events/{DEMO_PEER}/signups")))
        .bearer_auth(&key)
        .json(&serde_json::json!({"citizen": mette}))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 201);
    let peer = format!("/arrangementer/{DEMO_PEER}");
    let cancelled = app.submit(&peer, &format!("{peer}/afmeld"), &[]).await;
    assert_eq!(cancelled.status(), 303);
    let count = app.count(signups, &mette).await;
    assert_eq!(count, before + 2, "the cancelled one is still hers");

    // "Mine data": every one of them, and the way to her sign-ups.
    let html = app.get_html("/mine-data").await;
    let start = html.find("<section id=\"event_signups\"").unwrap();
    let section = &html[start..start + html[start..].find("</section>").unwrap()];
    assert!(
        section.contains(&format!("<strong>{count} i alt</strong>")),
        "{section}"
    );
    assert!(section.contains("Dine tilmeldinger til kurser og arrangementer"));
    assert!(section.contains("href=\"/arrangementer\""), "{section}");
    assert!(section.contains("Et år efter arrangementet."), "{section}");

    // data.json, valid against its schema, and the CSV file.
    let response = app.get("/mine-data/hent-mine-data.zip").await;
    assert_eq!(response.status(), 200);
    let files = unzip(&response.bytes().await.unwrap());
    let data = checked(&app, &files).await;
    let listed = data["event_signups"].as_array().unwrap();
    assert_eq!(listed.len() as i64, count, "every sign-up, cancelled too");
    let of = |event: &str| {
        listed
            .iter()
            .find(|s| s["event_id"] == event)
            .unwrap_or_else(|| panic!("no sign-up to {event}: {listed:?}"))
    };
    let own = of(DEMO_IT_CAFE);
    assert_eq!(
        own["event_title"],
        "IT-café: hjælp til din telefon og MitID"
    );
    assert_eq!(own["place_name"], "Viby Bibliotek");
    assert_eq!(own["starts_at"], "2026-12-09T13:00:00Z");
    assert_eq!(own["status"], "seat");
    assert_eq!(own["channel"], "online");
    assert_eq!(own["made_by"], Value::Null, "she did it herself");
    assert_eq!(own["signed_up_at"], NOW);
    assert_eq!(own["attended"], Value::Null);
    let robot = of(DEMO_PEER);
    assert_eq!(robot["status"], "cancelled");
    assert_eq!(robot["channel"], "api");
    assert!(robot["made_by"].as_str().unwrap().starts_with("apikey:"));
    assert_eq!(robot["cancelled_at"], NOW);
    assert!(
        listed.iter().any(|s| s["attended"] == true),
        "the demo's café last week, where she came"
    );

    let mut reader = csv::Reader::from_reader(file(&files, "csv/event_signups.csv"));
    let headers = reader.headers().unwrap().clone();
    let column = |name: &str| headers.iter().position(|h| h == name).unwrap();
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    assert_eq!(rows.len(), listed.len());
    let row = rows
        .iter()
        .find(|r| &r[column("event_id")] == DEMO_IT_CAFE)
        .unwrap();
    assert_eq!(
        &row[column("event_title")],
        "IT-café: hjælp til din telefon og MitID"
    );
    assert_eq!(&row[column("place_name")], "Viby Bibliotek");
    assert_eq!(&row[column("status")], "seat");
    assert_eq!(&row[column("channel")], "online");
    assert_eq!(&row[column("signed_up_at")], NOW);
}
