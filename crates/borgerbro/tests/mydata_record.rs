//! The record of processing (GDPR article 30), on SQLite and PostgreSQL: the demo ships
//! one for every kind of data, administrators (and only they) edit it with klarsprog's
//! reading beside each text, export it as JSON and import it again all or nothing, every
//! change is audited, and the record is open data in the API. "Mine data" shows each
//! kind in the record's words with the citizen's count and a link, to the citizen and to
//! a helper only inside a `mydata` permission, whose look the citizen can see.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use borgerbro::mandates::{self, Giver, InPerson, Proposal, Rights, Scope};
use common::TestApp;
use serde_json::Value;

const KINDS: [&str; 10] = [
    "person",
    "letters",
    "answers",
    "bookings",
    "event_signups",
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
    let signups = &record["categories"][4];
    assert_eq!(
        signups["title"],
        "Dine tilmeldinger til kurser og arrangementer"
    );
    assert_eq!(signups["retention_days"], 365);
    assert_eq!(signups["statistics"], true);
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
        .contains("9 slags data er hentet ind"));
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

/// The kinds' sections of "Mine data", each with its heading and count.
fn section<'a>(html: &'a str, key: &str) -> &'a str {
    let start = html
        .find(&format!("<section id=\"{key}\""))
        .unwrap_or_else(|| panic!("no section {key}"));
    let end = html[start..].find("</section>").unwrap() + start;
    &html[start..end]
}

#[tokio::test]
async fn mine_data_shows_each_kind_in_the_records_words_with_counts_and_links() {
    let app = TestApp::spawn().await;
    assert_eq!(app.get("/mine-data").await.status(), 303, "log in first");
    app.login_as("Sofie Nielsen").await;
    assert_eq!(
        app.get("/mine-data").await.status(),
        403,
        "staff have no data page"
    );

    app.login_as("Karen Jensen").await;
    let karen = app.persona_id("Karen Jensen").await;
    let looks =
        "SELECT COUNT(*) FROM audit_entries WHERE subject = $1 AND action = 'mydata.overview.read'";
    let html = app.get_html("/mine-data").await;
    assert_eq!(
        app.count(looks, &karen).await,
        0,
        "her own look is not a look by another"
    );
    for key in KINDS {
        section(&html, key);
    }
    let bookings = section(&html, "bookings");
    assert!(bookings.contains("<h2 id=\"bookings-heading\" class=\"h3 mt-0\">Aftaler</h2>"));
    assert!(bookings.contains("<dd lang=\"da\">Et år efter mødet. Så sletter vi aftalen.</dd>"));
    assert!(bookings.contains("href=\"/tider\""));
    let count = |sql: &'static str| {
        let app = &app;
        let karen = karen.clone();
        async move { app.count(sql, &karen).await }
    };
    let shown = |n: i64| match n {
        0 => "<strong>Ingen</strong>".to_owned(),
        n => format!("<strong>{n} i alt</strong>"),
    };
    let letters = count("SELECT COUNT(*) FROM messages WHERE recipient_id = $1").await;
    assert!(letters > 0, "the demo writes to Karen");
    assert!(section(&html, "letters").contains(&shown(letters)));
    assert!(section(&html, "letters").contains("href=\"/post\""));
    let booked = count("SELECT COUNT(*) FROM bookings WHERE citizen_id = $1").await;
    assert!(bookings.contains(&shown(booked)), "{bookings}");
    // Her sign-ups to the network's courses and events, which the demo makes.
    let signups = section(&html, "event_signups");
    let signed = count("SELECT COUNT(*) FROM network_event_signups WHERE person_id = $1").await;
    assert!(signed > 0, "the demo signs Karen up");
    assert!(signups.contains(&shown(signed)), "{signups}");
    assert!(signups.contains("href=\"/arrangementer\""), "{signups}");
    // Her note and her request from the demo.
    assert!(section(&html, "requests").contains("<strong>2 i alt</strong>"));
    assert!(section(&html, "requests").contains("href=\"/mine-data/anmodninger\""));
    assert!(section(&html, "feedback").contains("Vi ved ikke, hvilke der er dine"));
    // Borgerbro's own letters to her are not looks at her data (DESIGN.md).
    let by_others = count(
        "SELECT COUNT(*) FROM audit_entries WHERE subject = $1 AND actor <> 'person:' || $1 \
         AND NOT (actor = 'system' AND action IN ('post.send', 'post.send_batch', \
         'post.escalate', 'post.exemption_offer', 'post.posted', 'mydata.request.due_soon', \
         'mydata.request.overdue'))",
    )
    .await;
    assert!(section(&html, "access_log").contains(&shown(by_others)));

    // A kind the record has no words for says so.
    sqlx::query("DELETE FROM mydata_record WHERE category = 'choices'")
        .execute(&app.state.db.pool)
        .await
        .unwrap();
    let html = app.get_html("/mine-data").await;
    assert!(section(&html, "choices").contains("Vi mangler at skrive"));
}

#[tokio::test]
async fn a_helper_sees_mine_data_only_inside_a_mydata_permission_and_the_look_is_audited() {
    let app = TestApp::spawn().await;
    let karen = app.persona_id("Karen Jensen").await;
    let peter = app.persona_id("Peter Jensen").await;
    let page = format!("/jeg-hjaelper/{karen}/mine-data");
    let looks =
        "SELECT COUNT(*) FROM audit_entries WHERE subject = $1 AND action = 'mydata.overview.read'";
    // The demo's permission covers Karen's post and bookings, not her data.
    app.login_as("Peter Jensen").await;
    assert_eq!(app.get(&page).await.status(), 404);
    assert_eq!(app.count(looks, &karen).await, 0);

    let today = app.state.clock.today();
    mandates::give(
        &app.state.db,
        &app.state.clock,
        &app.state.authority,
        mandates::Give {
            proposal: Proposal {
                citizen_id: karen.clone(),
                helper_id: peter.clone(),
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
    let html = app.get_html(&page).await;
    assert!(html.contains("Data om Karen Jensen"));
    assert!(section(&html, "requests").contains(&format!("href=\"{page}/anmodninger\"")));
    assert!(
        !html.contains("href=\"/post\""),
        "no link to pages that are not his"
    );
    let (actor,): (String,) = sqlx::query_as(
        "SELECT actor FROM audit_entries WHERE subject = $1 AND action = 'mydata.overview.read'",
    )
    .bind(&karen)
    .fetch_one(&app.state.db.pool)
    .await
    .unwrap();
    assert_eq!(
        actor,
        format!("person:{peter}"),
        "Karen can see that Peter looked"
    );

    // Another citizen's page is not his to see.
    let mette = app.persona_id("Mette Hansen").await;
    assert_eq!(
        app.get(&format!("/jeg-hjaelper/{mette}/mine-data"))
            .await
            .status(),
        404
    );
}

async fn karens_request(app: &TestApp, karen: &str) -> String {
    let (id,): (String,) = sqlx::query_as("SELECT id FROM mydata_requests WHERE person_id = $1")
        .bind(karen)
        .fetch_one(&app.state.db.pool)
        .await
        .unwrap();
    id
}

#[tokio::test]
async fn the_citizen_sees_who_looked_with_names_roles_and_reasons() {
    let app = TestApp::spawn().await;
    let karen = app.persona_id("Karen Jensen").await;
    // A caseworker opens Karen's request, her helper her letters, a system her notes.
    app.login_as("Sofie Nielsen").await;
    let request = karens_request(&app, &karen).await;
    app.get_html(&format!("/anmodninger/{request}")).await;
    assert_eq!(app.get("/mine-data/hvem-har-kigget").await.status(), 403);
    app.login_as("Peter Jensen").await;
    app.get_html(&format!("/jeg-hjaelper/{karen}")).await;
    let key = app
        .api_key_with("Sagssystem", &[borgerbro::auth::ApiScope::MyDataRights])
        .await;
    let response = common::client()
        .get(app.url(&format!("/api/v1/people/{karen}/notes")))
        .bearer_auth(&key)
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 200);

    app.login_as("Karen Jensen").await;
    let html = app.get_html("/mine-data/hvem-har-kigget").await;
    let item = |name: &str| {
        let start = html
            .find(&format!("<strong>{name}</strong>"))
            .unwrap_or_else(|| panic!("{name} in {html}"));
        html[start..start + html[start..].find("</li>").unwrap()].to_owned()
    };
    let sofie = item("Sofie Nielsen");
    assert!(sofie.contains("(Medarbejder, Sagsbehandling)"), "{sofie}");
    assert!(sofie.contains("så din anmodning om dine data"));
    assert!(
        sofie.contains("For at svare på din anmodning til tiden."),
        "the case it belongs to, in plain words: {sofie}"
    );
    assert!(!sofie.contains("access"), "no code word: {sofie}");
    let peter = item("Peter Jensen");
    assert!(peter.contains("(Hjælper)"));
    assert!(peter.contains("dine breve"), "{peter}");
    let system = item("Sagssystem");
    assert!(system.contains("(System)"));
    assert!(system.contains("så dine noter om fejl"), "{system}");
    assert!(!html.contains("<code>"), "no action names: {html}");
    assert!(html.contains("kan ikke ændres, uden at det kan ses"));
    // Newest first: the system's read came last.
    assert!(html.find("<strong>Sagssystem</strong>") < html.find("<strong>Peter Jensen</strong>"));

    // By who: only systems, only staff.
    let systems = app
        .get_html("/mine-data/hvem-har-kigget?hvem=systemer")
        .await;
    assert!(systems.contains("<strong>Sagssystem</strong>"));
    assert!(!systems.contains("<strong>Sofie Nielsen</strong>"));
    assert!(!systems.contains("<strong>Peter Jensen</strong>"));
    let staff = app
        .get_html("/mine-data/hvem-har-kigget?hvem=personale")
        .await;
    assert!(staff.contains("<strong>Sofie Nielsen</strong>"));
    assert!(!staff.contains("<strong>Peter Jensen</strong>"));
    assert!(!staff.contains("<strong>Sagssystem</strong>"));
    let helpers = app
        .get_html("/mine-data/hvem-har-kigget?hvem=hjaelpere")
        .await;
    assert!(helpers.contains("<strong>Peter Jensen</strong>"));
    assert!(!helpers.contains("<strong>Sofie Nielsen</strong>"));
    for bad in ["?hvem=naboer", "?efter=abc"] {
        assert_eq!(
            app.get(&format!("/mine-data/hvem-har-kigget{bad}"))
                .await
                .status(),
            400,
            "{bad}"
        );
    }

    // Another citizen sees none of it.
    app.login_as("Mette Hansen").await;
    let mettes = app.get_html("/mine-data/hvem-har-kigget").await;
    assert!(!mettes.contains("Sagssystem"));
    assert!(
        !mettes.contains("mydata.request.read"),
        "Sofie's look at Karen's request"
    );
}

#[tokio::test]
async fn the_log_pages_by_cursor_without_gaps_or_repeats() {
    let app = TestApp::spawn().await;
    let karen = app.persona_id("Karen Jensen").await;
    for n in 0..120 {
        borgerbro::audit::record(
            &app.state.db,
            &app.state.clock,
            borgerbro::audit::NewEntry::new(borgerbro::audit::Actor::System, "post.read")
                .subject(&karen)
                .purpose(format!("opslag-{n:03}")),
        )
        .await
        .unwrap();
    }
    app.login_as("Karen Jensen").await;
    let mut seen = Vec::new();
    let mut next = Some("/mine-data/hvem-har-kigget?hvem=systemer".to_owned());
    let mut pages = 0;
    while let Some(path) = next.take() {
        pages += 1;
        assert!(pages <= 3, "{path} again");
        let html = app.get_html(&path).await;
        let on_page: Vec<String> = html
            .match_indices("opslag-")
            .map(|(i, _)| html[i..i + 10].to_owned())
            .collect();
        assert!(on_page.len() <= 50);
        seen.extend(on_page);
        next = html.find("\">Vis ældre</a>").map(|end| {
            let start = html[..end].rfind("href=\"").unwrap() + "href=\"".len();
            html[start..end].replace("&#38;", "&").replace("&amp;", "&")
        });
    }
    assert_eq!(pages, 3);
    let expected: Vec<String> = (0..120).rev().map(|n| format!("opslag-{n:03}")).collect();
    assert_eq!(seen, expected, "newest first, each once");
}
