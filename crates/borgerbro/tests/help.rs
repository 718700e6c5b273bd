//! Finding help, on SQLite and PostgreSQL: the public search without login (page and
//! API), a place's page with its JSON-LD and its calendar feed, and the administrator's
//! create, edit, remove, import and export, with bad input refused and nothing stored.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use borgerbro::clock::Clock;
use common::{Options, TestApp};
use serde_json::Value;

/// Monday 23 November 2026 at 12:00 in Copenhagen, so "open now" is the same every run.
fn monday_noon() -> Clock {
    Clock::fixed("2026-11-23T11:00:00Z".parse().unwrap())
}

async fn spawn() -> TestApp {
    TestApp::spawn_with(Options {
        clock: monday_noon(),
        ..Options::default()
    })
    .await
}

async fn api(app: &TestApp, query: &str) -> (u16, Value) {
    let response = app.get(&format!("/api/v1/help/places?{query}")).await;
    let status = response.status().as_u16();
    (status, response.json().await.unwrap())
}

fn names(found: &Value) -> Vec<String> {
    found["places"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["name"].as_str().unwrap().to_owned())
        .collect()
}

#[tokio::test]
async fn citizens_find_help_without_logging_in() {
    let app = spawn().await;
    let html = app
        .get_html("/hjaelp/steder?emne=mitid&postnummer=8260&afstand=5")
        .await;
    // Nearest first: Viby's library is in 8260, the IT café in Gellerup 3.6 km away.
    let viby = html.find("Viby Bibliotek").expect("Viby Bibliotek found");
    let gellerup = html.find("IT-caféen i Gellerup").expect("Gellerup found");
    assert!(viby < gellerup);
    assert!(html.contains("0,4 km væk"), "distance in Danish");
    assert!(html.contains("Åben nu til kl. 18.00"), "open now, in words");
    assert!(
        html.contains("Drop-in onsdag kl. 13.00"),
        "next drop-in, in words"
    );
    // Dokk1 is 4.8 km from Viby: inside 5 km, outside 2 km.
    assert!(html.contains("Borgerservice Dokk1"));
    let near = app
        .get_html("/hjaelp/steder?emne=mitid&postnummer=8260&afstand=2")
        .await;
    assert!(!near.contains("Borgerservice Dokk1"));
    // The phone line helps wherever you are.
    assert!(near.contains("Digital hjælp på telefon"));

    let (status, found) = api(&app, "topic=mitid&postcode=8260&within_km=5").await;
    assert_eq!(status, 200);
    assert_eq!(names(&found)[0], "Viby Bibliotek");
    assert_eq!(found["places"][0]["open_now"], true);
    assert_eq!(found["places"][0]["distance_km"], 0.45);
    let (_, arabic) = api(&app, "language=ar").await;
    assert_eq!(
        names(&arabic),
        ["Borgerservice Dokk1", "IT-caféen i Gellerup"]
    );
    // At noon on a Monday the IT café (drop-in Wednesday and Saturday) is closed.
    let (_, open) = api(&app, "open_now=true").await;
    assert!(!names(&open).contains(&"IT-caféen i Gellerup".to_owned()));
    assert!(names(&open).contains(&"Borgerservice Dokk1".to_owned()));
    let (_, all) = api(&app, "").await;
    let cafe = all["places"]
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["name"] == "IT-caféen i Gellerup")
        .unwrap();
    assert_eq!(cafe["next_opening"], "2026-11-25T13:00");
}

#[tokio::test]
async fn a_bad_search_says_what_to_do_and_keeps_what_was_typed() {
    let app = spawn().await;
    let response = app.get("/hjaelp/steder?emne=mitid&postnummer=2100").await;
    assert_eq!(response.status(), 422);
    let html = response.text().await.unwrap();
    assert!(html.contains("Vi kender ikke det postnummer"));
    assert!(
        html.contains("value=\"2100\""),
        "the postcode stays in the field"
    );
    assert!(html.contains("<option value=\"mitid\" selected>"));
    let response = app.get("/hjaelp/steder?postnummer=80").await;
    assert_eq!(response.status(), 422);
    assert!(response.text().await.unwrap().contains("4 cifre"));

    for (query, field) in [
        ("postcode=2100", "postcode"),
        ("postcode=abcd", "postcode"),
        ("topic=knitting", "topic"),
        ("within_km=5", "within_km"),
        // Given empty is none of the enum's values; language and postcode say empty is any.
        ("within_km=", "within_km"),
        ("topic=", "topic"),
        ("topic=%20&language=&postcode=", "topic"),
    ] {
        let response = app.get(&format!("/api/v1/help/places?{query}")).await;
        assert_eq!(response.status(), 422, "{query}");
        assert_eq!(
            common::header(&response, "content-type"),
            "application/problem+json"
        );
        let problem: Value = response.json().await.unwrap();
        assert_eq!(problem["errors"][0]["field"], field, "{query}");
    }
}

#[tokio::test]
async fn each_place_has_a_page_machines_can_read_and_a_calendar_feed() {
    let app = spawn().await;
    let id = "0195c0de-0000-7000-8000-0000000000a6";
    let html = app.get_html(&format!("/hjaelp/steder/{id}")).await;
    assert!(html.contains(r#"<h1 lang="da">Borgerservice på besøg i Varmestuen</h1>"#));
    let marker = "<script type=\"application/ld+json\">";
    let start = html.find(marker).unwrap() + marker.len();
    let end = start + html[start..].find("</script>").unwrap();
    let ld: Value = serde_json::from_str(&html[start..end]).unwrap();
    assert_eq!(ld["@type"], "GovernmentOffice");
    assert_eq!(ld["address"]["streetAddress"], "Mejlgade 50");
    assert_eq!(
        ld["openingHoursSpecification"][0]["dayOfWeek"],
        "https://schema.org/Tuesday"
    );

    let response = app.get(&format!("/hjaelp/steder/{id}/kalender.ics")).await;
    assert_eq!(response.status(), 200);
    assert!(common::header(&response, "content-type").starts_with("text/calendar"));
    let ics = response.text().await.unwrap();
    assert!(ics.contains("BEGIN:VCALENDAR"));
    assert!(ics.contains("SUMMARY:Borgerservice på besøg: Borgerservice på besøg i Varmestuen"));
    // The Tuesday after Monday 23 November.
    assert!(ics.contains("DTSTART;TZID=Europe/Copenhagen:20261124T100000"));
    assert!(ics.contains("RRULE:FREQ=WEEKLY;BYDAY=TU"));

    assert_eq!(app.get("/hjaelp/steder/no-such-place").await.status(), 404);
}

fn place_form<'a>(name: &'a str, postcode: &'a str, hours: &'a str) -> Vec<(&'a str, &'a str)> {
    vec![
        ("kind", "it_cafe"),
        ("name", name),
        ("description", "Frivillige hjælper med telefonen."),
        ("audience", "Alle"),
        ("street", "Søndergade 1"),
        ("postcode", postcode),
        ("phone", "12 34 56 78"),
        ("languages", "da, en"),
        ("step_free", "ja"),
        ("topic", "apps"),
        ("topic", "mitid"),
        ("hours", hours),
    ]
}

#[tokio::test]
async fn administrators_create_edit_and_remove_places() {
    let app = spawn().await;
    // Nobody but an administrator may.
    assert_eq!(app.get("/admin/hjaelpesteder").await.status(), 303);
    app.login_as("Mette Hansen").await;
    assert_eq!(app.get("/admin/hjaelpesteder").await.status(), 403);
    app.login_as("Anne Kristensen").await;

    let form = place_form(
        "IT-hjælp i Tranbjerg",
        "8310",
        "man 10-12; man 11-13\ntor 9-7",
    );
    let response = app
        .submit("/admin/hjaelpesteder/ny", "/admin/hjaelpesteder/ny", &form)
        .await;
    assert_eq!(response.status(), 422);
    let html = response.text().await.unwrap();
    assert!(html.contains("To tider overlapper samme dag"));
    assert!(html.contains("Stedet skal lukke efter det åbner"));
    assert!(html.contains("IT-hjælp i Tranbjerg"), "the name is kept");
    assert!(html.contains("id=\"topic-mitid\" name=\"topic\" value=\"mitid\" checked"));
    let (_, before) = api(&app, "").await;

    let form = place_form("IT-hjælp i Tranbjerg", "8310", "man 10-12 drop-in");
    let response = app
        .submit("/admin/hjaelpesteder/ny", "/admin/hjaelpesteder/ny", &form)
        .await;
    assert_eq!(response.status(), 303);
    let location = common::header(&response, "location").to_owned();
    let id = location.rsplit('/').next().unwrap().to_owned();
    let html = app.get_html(&location).await;
    assert!(
        html.contains("Søndergade 1, 8310 Tranbjerg J"),
        "town from the postcode"
    );
    let (_, after) = api(&app, "").await;
    assert_eq!(after["total"], before["total"].as_u64().unwrap() + 1);

    let edit = format!("/admin/hjaelpesteder/{id}");
    let form = place_form("IT-hjælp i Tranbjerg Kirke", "8310", "man 10-12 drop-in");
    let response = app.submit(&edit, &edit, &form).await;
    assert_eq!(response.status(), 303);
    let (_, found) = api(&app, "postcode=8310&within_km=2").await;
    assert!(names(&found).contains(&"IT-hjælp i Tranbjerg Kirke".to_owned()));

    let response = app.submit(&edit, &format!("{edit}/slet"), &[]).await;
    assert_eq!(response.status(), 303);
    let (_, gone) = api(&app, "").await;
    assert_eq!(gone["total"], before["total"]);
    assert_eq!(app.get(&edit).await.status(), 404);
}

fn file_form(name: &str, bytes: Vec<u8>) -> reqwest::multipart::Form {
    reqwest::multipart::Form::new().part(
        "file",
        reqwest::multipart::Part::bytes(bytes).file_name(name.to_owned()),
    )
}

#[tokio::test]
async fn an_import_with_bad_rows_stores_nothing_and_names_the_rows() {
    let app = spawn().await;
    app.login_as("Anne Kristensen").await;
    let (_, before) = api(&app, "").await;
    let csv = "kind;name;street;postcode;phone;topics;hours\n\
               library;Sabro Bibliotek;Sabrovej 1;8471;;apps;man-fre 10-17\n\
               library;Nowhere;Road 1;9999;;apps;man 10-12\n\
               it_cafe;Bad phone;Vej 2;8000;123;apps;fre 17-9\n";
    let response = app
        .submit_multipart(
            "/admin/hjaelpesteder/import",
            "/admin/hjaelpesteder/import",
            file_form("steder.csv", csv.into()),
        )
        .await;
    assert_eq!(response.status(), 422);
    let html = response.text().await.unwrap();
    assert!(html.contains("Intet er gemt"));
    for row in [
        "<td>3</td><td>postcode</td>",
        "<td>4</td><td>phone</td>",
        "<td>4</td><td>hours</td>",
    ] {
        assert!(html.contains(row), "{row} in {html}");
    }
    let (_, after) = api(&app, "").await;
    assert_eq!(after["total"], before["total"], "nothing stored");

    // An export, edited and imported again, changes the place it names and adds the new.
    let response = app.get("/admin/hjaelpesteder/eksport.csv").await;
    assert_eq!(response.status(), 200);
    let exported = response.text().await.unwrap();
    assert!(exported.starts_with("id,kind,name,"));
    let edited = exported.replace("Viby Bibliotek", "Viby Bibliotek og Borgerservice")
        + ",library,Sabro Bibliotek,Bibliotek,Alle,Sabrovej 1,8471,,,,,da,ja,apps,man-fre 10-17\n";
    let response = app
        .submit_multipart(
            "/admin/hjaelpesteder/import",
            "/admin/hjaelpesteder/import",
            file_form("steder.csv", edited.into()),
        )
        .await;
    assert_eq!(response.status(), 200);
    let html = response.text().await.unwrap();
    let count = before["total"].as_u64().unwrap() + 1;
    assert!(
        html.contains(&format!("{count} steder er hentet ind")),
        "{html}"
    );
    let (_, now) = api(&app, "").await;
    assert_eq!(now["total"], count);
    assert!(names(&now).contains(&"Viby Bibliotek og Borgerservice".to_owned()));

    // JSON the same way, with the row numbered from one.
    let json = r#"[{"kind": "library", "name": "Ok", "street": "Vej 1", "postcode": "8000", "topics": "apps", "hours": "man 10-12"},
                   {"kind": "castle", "name": "Bad", "street": "Vej 1", "postcode": "8000", "topics": "apps", "hours": "man 10-12"}]"#;
    let response = app
        .submit_multipart(
            "/admin/hjaelpesteder/import",
            "/admin/hjaelpesteder/import",
            file_form("steder.json", json.into()),
        )
        .await;
    assert_eq!(response.status(), 422);
    assert!(response
        .text()
        .await
        .unwrap()
        .contains("<td>2</td><td>kind</td>"));
    let exported: Value = app
        .get("/admin/hjaelpesteder/eksport.json")
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(exported.as_array().unwrap().len() as u64, count);
}

#[tokio::test]
async fn guides_lead_step_by_step_in_danish_and_english() {
    let app = spawn().await;
    let list = app.get_html("/hjaelp/guider").await;
    for title in [
        "Du har mistet din telefon eller dit MitID",
        "Du har fået et brev, du ikke forstår",
    ] {
        assert!(list.contains(title), "{title}");
    }
    let overview = app.get_html("/hjaelp/guider/mistet-mitid").await;
    assert!(overview.contains("Det skal du have klar"));
    assert!(overview.contains("Dit pas eller dit kørekort"));
    assert!(
        overview.contains("href=\"/hjaelp/steder?emne=mitid\""),
        "who can help, near you"
    );
    let step = app.get_html("/hjaelp/guider/mistet-mitid/trin/2").await;
    assert!(step.contains("Trin 2 af 5"));
    assert!(step.contains(r#"<h1 lang="da">Spær dit SIM-kort og dine kort</h1>"#));
    assert!(step.contains("Næste trin: Sæt MitID op på en ny telefon"));
    assert!(
        step.contains("href=\"/hjaelp/guider/mistet-mitid/trin/1\""),
        "a way back"
    );
    assert!(step.contains("Uden computer"));
    let last = app.get_html("/hjaelp/guider/mistet-mitid/trin/5").await;
    assert!(last.contains("Du er nået til det sidste trin"));
    for missing in [
        "/hjaelp/guider/mistet-mitid/trin/0",
        "/hjaelp/guider/mistet-mitid/trin/6",
        "/hjaelp/guider/no-such-guide",
    ] {
        assert_eq!(app.get(missing).await.status(), 404, "{missing}");
    }
    assert_eq!(app.get("/sprog/en?tilbage=/").await.status(), 303);
    let english = app.get_html("/hjaelp/guider/mistet-mitid/trin/2").await;
    assert!(english.contains("Step 2 of 5"));
    assert!(english.contains("You have lost your phone or your MitID"));
}

#[tokio::test]
async fn get_help_opens_on_the_topic_of_the_page() {
    let app = spawn().await;
    app.login_as("Mette Hansen").await;
    let inbox = app.get_html("/post").await;
    assert!(inbox.contains("href=\"/hjaelp?emne=letters\""));
    let help = app.get_html("/hjaelp?emne=letters").await;
    assert!(help.contains("Hjælp til: Breve du ikke forstår"));
    assert!(help.contains("href=\"/hjaelp/guider/brev-jeg-ikke-forstaar\""));
    assert!(
        !help.contains("href=\"/hjaelp/guider/mistet-mitid\""),
        "only the topic's guides"
    );
    assert!(
        help.contains("Varmestuen i Mejlgade"),
        "a place that helps with letters"
    );
    assert!(help.contains("89 40 20 00"), "and how to call");
    let front = app.get_html("/").await;
    assert!(front.contains("href=\"/hjaelp\""));
}

#[tokio::test]
async fn staff_edit_guides_with_the_plain_language_check_beside_them() {
    let app = spawn().await;
    app.login_as("Mette Hansen").await;
    assert_eq!(app.get("/admin/guider").await.status(), 403);
    app.login_as("Jonas Berg").await;
    let list = app.get_html("/admin/guider").await;
    assert!(list.contains("href=\"/admin/guider/mistet-mitid/da\""));
    assert!(list.contains("Som den kom med Borgerbro"));

    let edit = "/admin/guider/breve-paa-papir/da";
    let page = app.get_html(edit).await;
    assert!(page.contains("LIX"), "the check is beside the text");
    let steps = "## Du bestemmer selv\n\nDu kan få dine breve på papir. Det er nemt.\n\n\
                 ## Ring til os\n\nVedrørende ovennævnte bedes De venligst kontakte \
                 Borgerservice jf. gældende regler.";
    let form = [
        ("title", "Breve på papir"),
        ("summary", "Få dine breve på papir."),
        ("topic", "digital-post"),
        ("ready", "Dit sundhedskort"),
        ("who_can_help", "Borgerservice."),
        ("without_computer", "Ring til os."),
        ("steps", steps),
        ("action", "check"),
    ];
    let checked = app.submit(edit, edit, &form).await;
    assert_eq!(checked.status(), 200);
    let html = checked.text().await.unwrap();
    assert!(
        html.contains("«jf.»") || html.contains("«bedes»"),
        "officialese is found"
    );
    assert!(html.contains("Vedrørende ovennævnte"), "the text is kept");

    let mut broken = form.to_vec();
    broken.retain(|(name, _)| *name != "action" && *name != "steps");
    broken.extend([("steps", "Ingen overskrift"), ("action", "save")]);
    let response = app.submit(edit, edit, &broken).await;
    assert_eq!(response.status(), 422);
    let html = response.text().await.unwrap();
    assert!(html.contains("Start hvert trin med en linje"));
    assert!(
        html.contains("Få dine breve på papir."),
        "the summary is kept"
    );

    let mut good = form.to_vec();
    good.retain(|(name, _)| *name != "action");
    good.push(("action", "save"));
    let response = app.submit(edit, edit, &good).await;
    assert_eq!(response.status(), 303);
    let guide = app.get_html("/hjaelp/guider/breve-paa-papir").await;
    assert!(guide.contains(r#"<h1 lang="da">Breve på papir</h1>"#));
    assert!(guide.contains("2 trin"));
    assert!(app
        .get_html("/admin/guider")
        .await
        .contains("href=\"/admin/guider/breve-paa-papir/da\""));

    let mut taken = good.clone();
    taken.extend([("slug", "breve-paa-papir"), ("sprog", "da")]);
    let response = app
        .submit("/admin/guider/ny", "/admin/guider/ny", &taken)
        .await;
    assert_eq!(response.status(), 422);
    assert!(response
        .text()
        .await
        .unwrap()
        .contains("Der er allerede en guide med det navn"));
    let mut new = good.clone();
    new.extend([("slug", "ny-bolig"), ("sprog", "da")]);
    let response = app
        .submit("/admin/guider/ny", "/admin/guider/ny", &new)
        .await;
    assert_eq!(response.status(), 303);
    assert_eq!(
        common::header(&response, "location"),
        "/hjaelp/guider/ny-bolig"
    );
    assert!(app
        .get_html("/hjaelp/guider/ny-bolig/trin/2")
        .await
        .contains("Trin 2 af 2"));
}

#[tokio::test]
async fn was_it_easy_is_asked_after_a_task_and_summed_up_for_administrators() {
    let app = spawn().await;
    // Anyone finishing a guide is asked, logged in or not.
    let last = "/hjaelp/guider/mistet-mitid/trin/5";
    assert!(app.get_html(last).await.contains("Var det let?"));
    let form = [
        ("task", "guide"),
        ("back", "/hjaelp/guider/mistet-mitid/trin/5?fra=mail"),
        ("words", "Fint, men lang"),
    ];
    let response = app.submit(last, "/var-det-let", &form).await;
    assert_eq!(response.status(), 422, "no score chosen");
    let html = response.text().await.unwrap();
    assert!(html.contains("Vælg, hvor let det var."));
    assert!(html.contains("Fint, men lang"), "the words are kept");
    for score in ["4", "2"] {
        let mut answer = form.to_vec();
        answer.push(("score", score));
        let response = app.submit(last, "/var-det-let", &answer).await;
        assert_eq!(response.status(), 200);
        assert!(response.text().await.unwrap().contains("Tak for dit svar"));
    }
    assert_eq!(
        app.submit(last, "/var-det-let", &[("task", "hacking"), ("score", "5")])
            .await
            .status(),
        404
    );

    // The front desk notes where a citizen got stuck.
    app.login_as("Mette Hansen").await;
    assert_eq!(app.get("/borgerservice/fastlaast").await.status(), 403);
    app.login_as("Jonas Berg").await;
    let stuck = "/borgerservice/fastlaast";
    let response = app
        .submit(
            stuck,
            stuck,
            &[
                ("page", "MitID-appen"),
                ("what_happened", "Kunne ikke scanne QR-koden"),
            ],
        )
        .await;
    assert_eq!(response.status(), 422);
    assert!(response
        .text()
        .await
        .unwrap()
        .contains("Kunne ikke scanne QR-koden"));
    let response = app
        .submit(
            stuck,
            stuck,
            &[
                ("topic", "mitid"),
                ("page", "MitID-appen"),
                ("what_happened", "Kunne ikke scanne QR-koden"),
            ],
        )
        .await;
    assert_eq!(response.status(), 200);
    assert!(response.text().await.unwrap().contains("Tak. Det er gemt."));

    assert_eq!(app.get("/admin/var-det-let").await.status(), 403);
    app.login_as("Anne Kristensen").await;
    let summary = app.get_html("/admin/var-det-let").await;
    assert!(summary.contains("<td>At følge en guide</td><td>/hjaelp/guider/mistet-mitid/trin/5</td><td>2</td><td>3,0</td>"), "{summary}");
    assert!(summary.contains("<td>MitID-appen</td><td>MitID</td><td>1</td>"));
    assert!(summary.contains(r#"«<span class="bb-typed">Fint, men lang</span>»"#));
    let csv = app
        .get("/admin/var-det-let.csv")
        .await
        .text()
        .await
        .unwrap();
    assert!(csv.starts_with("kind,task_or_topic,page,score,words,created_at"));
    assert_eq!(
        csv.matches("\nfeedback,guide,/hjaelp/guider/mistet-mitid/trin/5,")
            .count(),
        2
    );
    assert!(csv.contains("\nstuck,mitid,MitID-appen,,Kunne ikke scanne QR-koden,"));
}

#[tokio::test]
async fn systems_read_the_guides_through_the_api() {
    let app = spawn().await;
    let guides: Value = app
        .get("/api/v1/help/guides?topic=mitid")
        .await
        .json()
        .await
        .unwrap();
    let slugs: Vec<&str> = guides
        .as_array()
        .unwrap()
        .iter()
        .map(|g| g["slug"].as_str().unwrap())
        .collect();
    assert!(slugs.contains(&"mistet-mitid"), "{slugs:?}");
    assert!(!slugs.contains(&"sygemeldt"), "{slugs:?}");
    let lost = guides
        .as_array()
        .unwrap()
        .iter()
        .find(|g| g["slug"] == "mistet-mitid")
        .unwrap();
    assert_eq!(lost["steps"].as_array().unwrap().len(), 5);
    assert_eq!(lost["url"], "/hjaelp/guider/mistet-mitid");
    let english: Value = app
        .get("/api/v1/help/guides?lang=en")
        .await
        .json()
        .await
        .unwrap();
    assert!(english
        .as_array()
        .unwrap()
        .iter()
        .any(|g| g["title"] == "You have lost your phone or your MitID"));
    for query in ["lang=fr", "topic=knitting"] {
        let response = app.get(&format!("/api/v1/help/guides?{query}")).await;
        assert_eq!(response.status(), 422, "{query}");
        assert_eq!(
            common::header(&response, "content-type"),
            "application/problem+json"
        );
    }
}

#[tokio::test]
async fn a_place_removed_on_another_server_is_gone_here_within_a_second() {
    let app = spawn().await;
    let (_, before) = api(&app, "").await;
    let first = before["places"][0]["id"].as_str().unwrap().to_owned();
    // Another server shares the database but not this server's copy of the places.
    let other_server = borgerbro::help::Catalogue::default();
    assert!(other_server.remove(&app.state.db, &first).await.unwrap());
    tokio::time::sleep(std::time::Duration::from_millis(1100)).await;
    let (_, after) = api(&app, "").await;
    assert_eq!(after["total"], before["total"].as_u64().unwrap() - 1);
    assert!(!after["places"].to_string().contains(&first));
}

#[tokio::test]
async fn no_exported_cell_can_run_as_a_formula_and_an_export_imports_unchanged() {
    let app = spawn().await;
    // Anyone, without logging in, can type words that a spreadsheet would run.
    let last = "/hjaelp/guider/mistet-mitid/trin/5";
    for words in ["=cmd|' /C calc'!A0", "@SUM(1+1)", "+45 12 34 56 78", "-2+3"] {
        let answer = [
            ("task", "guide"),
            ("back", last),
            ("score", "3"),
            ("words", words),
        ];
        assert_eq!(
            app.submit(last, "/var-det-let", &answer).await.status(),
            200
        );
    }
    app.login_as("Anne Kristensen").await;
    let csv = app
        .get("/admin/var-det-let.csv")
        .await
        .bytes()
        .await
        .unwrap();
    let mut cells = Vec::new();
    for record in csv::Reader::from_reader(csv.as_ref()).records() {
        cells.extend(record.unwrap().iter().map(str::to_owned));
    }
    assert!(
        cells.contains(&"'=cmd|' /C calc'!A0".to_owned()),
        "{cells:?}"
    );
    assert!(cells.contains(&"'+45 12 34 56 78".to_owned()), "{cells:?}");
    for cell in &cells {
        assert!(
            !cell.starts_with(['=', '+', '-', '@', '\t', '\r']),
            "a formula: {cell:?}"
        );
    }

    // A place named like a formula is exported as text and imported back as it was.
    let exported = app
        .get("/admin/hjaelpesteder/eksport.csv")
        .await
        .text()
        .await
        .unwrap();
    let renamed = exported.replace("Viby Bibliotek", "=Viby Bibliotek");
    let response = app
        .submit_multipart(
            "/admin/hjaelpesteder/import",
            "/admin/hjaelpesteder/import",
            file_form("steder.csv", renamed.into()),
        )
        .await;
    assert_eq!(response.status(), 200);
    let again = app
        .get("/admin/hjaelpesteder/eksport.csv")
        .await
        .text()
        .await
        .unwrap();
    assert!(again.contains(",'=Viby Bibliotek,"), "{again}");
    let response = app
        .submit_multipart(
            "/admin/hjaelpesteder/import",
            "/admin/hjaelpesteder/import",
            file_form("steder.csv", again.into()),
        )
        .await;
    assert_eq!(response.status(), 200);
    let (_, places) = api(&app, "").await;
    assert!(
        names(&places).contains(&"=Viby Bibliotek".to_owned()),
        "as it was"
    );
}

/// "8000 Aarhus C" is what people write on an envelope: the postcode in it is used and
/// what they typed stays in the field. The distance list offers each distance once,
/// with the one searched chosen.
#[tokio::test]
async fn a_postcode_is_found_in_what_people_type_and_each_distance_reads_once() {
    let app = spawn().await;
    let response = app.get("/hjaelp/steder?postnummer=8000+Aarhus+C").await;
    assert_eq!(response.status(), 200);
    let html = response.text().await.unwrap();
    assert!(html.contains("value=\"8000 Aarhus C\""));
    assert!(html.contains("km væk"), "sorted by distance from 8000");
    assert_eq!(html.matches(">10 km<").count(), 1, "{html}");
    assert!(html.contains("<option value=\"10\" selected>"));
    let chosen = app
        .get_html("/hjaelp/steder?postnummer=8000&afstand=5")
        .await;
    assert!(chosen.contains("<option value=\"5\" selected>"));
    assert!(!chosen.contains("<option value=\"10\" selected>"));
}

/// An empty guide's errors each name their field: four alike said nothing of which.
#[tokio::test]
async fn an_empty_guide_is_refused_field_by_field() {
    let app = spawn().await;
    app.login_as("Jonas Berg").await;
    let refused = app
        .submit(
            "/admin/guider/ny",
            "/admin/guider/ny",
            &[("slug", "ny-guide"), ("sprog", "da"), ("action", "save")],
        )
        .await;
    assert_eq!(refused.status(), 422);
    let html = refused.text().await.unwrap();
    for message in [
        "Skriv guidens titel.",
        "Skriv kort, hvad guiden hjælper med.",
        "Skriv, hvem der kan hjælpe",
        "Skriv, hvordan man klarer det uden computer.",
        "Vælg mindst ét emne, guiden handler om.",
    ] {
        assert!(html.contains(message), "{message}");
    }
    assert!(!html.contains("stedet hjælper med"));
}

/// A help place whose stored kind, topics or phone this build cannot read (a newer
/// version's value, a hand in the database) is left out of the catalogue, never shown as
/// something it is not; a note or an answer it cannot read is an error on the summary.
#[tokio::test]
async fn a_place_or_an_answer_this_build_cannot_read_is_never_shown_as_a_default() {
    let app = spawn().await;
    let id = "0195c0de-0000-7000-8000-0000000000a6";
    assert_eq!(app.get(&format!("/hjaelp/steder/{id}")).await.status(), 200);
    let db = &app.state.db;
    for (column, value) in [
        ("kind", "castle"),
        ("topics", "mitid,knitting"),
        ("phone", "ring"),
    ] {
        let (before,): (Option<String>,) =
            sqlx::query_as(&format!("SELECT {column} FROM help_places WHERE id = $1"))
                .bind(id)
                .fetch_one(&db.pool)
                .await
                .unwrap();
        let set = |value: Option<String>| {
            let db = db.clone();
            let sql = format!("UPDATE help_places SET {column} = $1 WHERE id = $2");
            async move {
                sqlx::query(&sql)
                    .bind(value)
                    .bind(id)
                    .execute(&db.pool)
                    .await
                    .unwrap();
                sqlx::query("UPDATE help_versions SET version = version + 1")
                    .execute(&db.pool)
                    .await
                    .unwrap();
            }
        };
        set(Some(value.to_owned())).await;
        tokio::time::sleep(std::time::Duration::from_millis(1100)).await;
        let page = app.get(&format!("/hjaelp/steder/{id}")).await;
        assert_eq!(page.status(), 404, "{column} {value}: left out");
        let (_, found) = api(&app, "").await;
        assert!(!found["places"].to_string().contains(id), "{column}");
        set(before).await;
        tokio::time::sleep(std::time::Duration::from_millis(1100)).await;
        assert_eq!(app.get(&format!("/hjaelp/steder/{id}")).await.status(), 200);
    }

    app.login_as("Anne Kristensen").await;
    assert_eq!(app.get("/admin/var-det-let").await.status(), 200);
    let anne = app.persona_id("Anne Kristensen").await;
    let stuck = format!(
        "INSERT INTO help_stuck (id, topic, page, what_happened, recorded_by, created_at) \
         VALUES ('by-hand', 'knitting', '/post', 'Fandt ikke knappen', '{anne}', 0)"
    );
    for sql in [
        stuck.as_str(),
        "INSERT INTO help_feedback (id, task, page, score, words, created_at) \
         VALUES ('by-hand', 'answer', '/post', 9, NULL, 0)",
    ] {
        sqlx::query(sql).execute(&db.pool).await.unwrap();
        let table = if sql.contains("help_stuck") {
            "help_stuck"
        } else {
            "help_feedback"
        };
        assert_ne!(
            app.get("/admin/var-det-let").await.status(),
            200,
            "{table}: not summed up as something it is not"
        );
        sqlx::query(&format!("DELETE FROM {table} WHERE id = 'by-hand'"))
            .execute(&db.pool)
            .await
            .unwrap();
    }
}
