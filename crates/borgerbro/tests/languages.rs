//! Five languages: the citizen's own language chosen on "Min side", at the front desk or
//! by a system; pages that open in it (right to left for Arabic); letters with versions
//! in other languages, the version read recorded; and the line that says a letter is in
//! Danish and where to get help in one's own language.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use common::{header, TestApp};
use reqwest::Method;
use serde_json::{json, Value};

/// A new citizen registered by a system, with the reading choices given.
async fn register(app: &TestApp, key: &str, body: Value) -> Value {
    let (status, person) = app
        .api(key, Method::POST, "/api/v1/people", Some(body))
        .await;
    assert_eq!(status, 201, "{person}");
    person
}

#[tokio::test]
async fn a_system_sets_and_changes_how_a_person_reads() {
    let app = TestApp::spawn().await;
    let key = app.api_key("Sagssystem").await;
    let person = register(
        &app,
        &key,
        json!({"name": "Oksana Bondar", "language": "uk", "easy_read": true}),
    )
    .await;
    assert_eq!(person["language"], "uk");
    assert_eq!(person["easy_read"], true);
    assert_eq!(person["large_print"], false);
    let path = format!("/api/v1/people/{}", person["id"].as_str().unwrap());

    // A change names only what changes; the rest stays.
    let (status, changed) = app
        .api(
            &key,
            Method::PATCH,
            &path,
            Some(json!({"large_print": true})),
        )
        .await;
    assert_eq!(status, 200, "{changed}");
    assert_eq!(changed["language"], "uk");
    assert_eq!(changed["easy_read"], true);
    assert_eq!(changed["large_print"], true);
    let (_, changed) = app
        .api(&key, Method::PATCH, &path, Some(json!({"language": "ar"})))
        .await;
    assert_eq!(changed["language"], "ar");
    assert_eq!(changed["large_print"], true);
    let audited =
        "SELECT COUNT(*) FROM audit_entries WHERE action = 'people.reading' AND subject = $1";
    assert_eq!(app.count(audited, person["id"].as_str().unwrap()).await, 2);

    // An unknown language is refused in the caller's language, saying which there are,
    // and nothing changes.
    let response = reqwest::Client::new()
        .patch(app.url(&path))
        .bearer_auth(&key)
        .header("Accept-Language", "uk")
        .json(&json!({"language": "fr", "easy_read": false}))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 422);
    assert_eq!(
        header(&response, "content-type"),
        "application/problem+json"
    );
    let problem: Value = response.json().await.unwrap();
    assert_eq!(problem["errors"][0]["field"], "language", "{problem}");
    let detail = problem["errors"][0]["detail"].as_str().unwrap();
    assert!(
        detail.contains("Невідома мова") && detail.contains("tr"),
        "{detail}"
    );
    let (_, unchanged) = app.api(&key, Method::PATCH, &path, Some(json!({}))).await;
    assert_eq!(unchanged["language"], "ar");
    assert_eq!(unchanged["easy_read"], true);

    let (status, _) = app
        .api(
            &key,
            Method::POST,
            "/api/v1/people",
            Some(json!({"name": "Ny", "language": "xx"})),
        )
        .await;
    assert_eq!(status, 422);
    let (status, _) = app
        .api(
            &key,
            Method::PATCH,
            "/api/v1/people/0195c0de-0000-7000-8000-0000000000ff",
            Some(json!({"language": "da"})),
        )
        .await;
    assert_eq!(status, 404);
}

#[tokio::test]
async fn the_citizen_chooses_a_language_and_their_pages_open_in_it() {
    let mut app = TestApp::spawn().await;
    app.login_as("Mette Hansen").await;
    let form = app.get_html("/min-side/sprog").await;
    // Each language is named in itself, in its own script and direction.
    assert!(
        form.contains(r#"lang="ar" dir="rtl">العربية</label>"#),
        "{form}"
    );
    assert!(form.contains(r#"lang="uk" dir="ltr">Українська</label>"#));
    assert!(form.contains(r#"lang="tr" dir="ltr">Türkçe</label>"#));

    // A tampered language comes back with the choices kept and a message.
    let response = app
        .submit(
            "/min-side/sprog",
            "/min-side/sprog",
            &[("sprog", "fr"), ("stor_skrift", "1")],
        )
        .await;
    assert_eq!(response.status(), 422);
    let page = response.text().await.unwrap();
    assert!(page.contains("Vælg et af sprogene på listen."), "{page}");
    assert!(page.contains(r#"id="stor_skrift" name="stor_skrift" value="1" aria-describedby="stor_skrift-hint" checked"#), "{page}");

    let response = app
        .submit(
            "/min-side/sprog",
            "/min-side/sprog",
            &[("sprog", "ar"), ("stor_skrift", "1")],
        )
        .await;
    assert_eq!(response.status(), 303);
    let saved = app.get_html("/min-side/sprog?gemt=1").await;
    assert!(
        saved.contains(r#"<html lang="ar" dir="rtl" class="bb-large-print">"#),
        "{}",
        &saved[..300]
    );
    assert!(saved.contains("تم حفظ اختيارك."));

    // A new browser, with no choice of its own: the pages open in Arabic after login.
    app.client = common::client();
    let fresh = &app;
    assert!(fresh
        .get_html("/")
        .await
        .contains(r#"<html lang="da" dir="ltr">"#));
    fresh.login_as("Mette Hansen").await;
    assert!(fresh
        .get_html("/min-side")
        .await
        .contains(r#"<html lang="ar" dir="rtl" class="bb-large-print">"#));
    // A language chosen before login gives way to the person's own.
    app.client = common::client();
    app.get("/sprog/tr?tilbage=/").await;
    app.login_as("Mette Hansen").await;
    let fresh = &app;
    assert!(fresh
        .get_html("/min-side")
        .await
        .contains(r#"<html lang="ar" dir="rtl" class="bb-large-print">"#));
    // ... but a language chosen after login stands.
    let response = fresh.get("/sprog/en?tilbage=/min-side").await;
    assert_eq!(response.status(), 303);
    assert!(fresh
        .get_html("/min-side")
        .await
        .contains(r#"<html lang="en" dir="ltr" class="bb-large-print">"#));
}

#[tokio::test]
async fn the_front_desk_sets_a_citizens_language_at_their_request() {
    let app = TestApp::spawn().await;
    let karen = app.persona_id("Karen Jensen").await;
    app.login_as("Jonas Berg").await;
    app.give_reason(&karen, "Karen bad om breve på tyrkisk")
        .await;
    let page = format!("/borgerservice/{karen}/post");
    let response = app
        .submit(
            &page,
            &format!("/borgerservice/{karen}/sprog"),
            &[("sprog", "tr")],
        )
        .await;
    assert_eq!(response.status(), 303);
    let after = app.get_html(&format!("{page}?sprog=1")).await;
    assert!(
        after.contains("Karen Jensens valg af sprog og læsning er gemt."),
        "{after}"
    );
    assert!(
        after.contains(r#"name="sprog" value="tr" checked"#),
        "{after}"
    );
    let audited = "SELECT COUNT(*) FROM audit_entries WHERE action = 'people.reading' \
                   AND subject = $1 AND acting_for = subject";
    assert_eq!(app.count(audited, &karen).await, 1);
}

/// Sends a letter to this person through the API; answers its JSON.
async fn send(app: &TestApp, key: &str, body: Value) -> (u16, Value) {
    app.api(key, Method::POST, "/api/v1/messages", Some(body))
        .await
}

#[tokio::test]
async fn a_reader_reads_the_version_in_their_language_and_the_receipt_says_which() {
    let app = TestApp::spawn().await;
    let key = app.api_key("Sagssystem").await;
    let olena = app.persona_id("Olena Kovalenko").await;
    let (status, letter) = send(
        &app,
        &key,
        json!({
            "recipient": {"person_id": olena},
            "subject": "Din plads på sprogskolen",
            "summary": "Du har fået en plads på sprogskolen. Du starter mandag.",
            "body": "Kære Olena\n\nDu har fået en plads på sprogskolen. Du starter mandag klokken 9.",
            "translations": {
                "uk": {
                    "subject": "Ваше місце в мовній школі",
                    "summary": "Ви отримали місце в мовній школі.",
                    "body": "Шановна Олено\n\nВи отримали місце в мовній школі. Початок у понеділок о 9."
                },
                "ar": {"subject": "مكانك في مدرسة اللغة", "body": "حصلت على مكان في مدرسة اللغة."}
            }
        }),
    )
    .await;
    assert_eq!(status, 201, "{letter}");
    assert_eq!(letter["language"], "da");
    assert_eq!(letter["translations"], json!(["ar", "uk"]));
    assert_eq!(letter["opened_language"], Value::Null);
    let id = letter["id"].as_str().unwrap();

    // Olena reads Ukrainian: her page opens in it, and so does the letter, marked as a
    // translation with the Danish original a link away.
    app.login_as("Olena Kovalenko").await;
    let page = app.get_html(&format!("/post/{id}")).await;
    assert!(page.contains(r#"<html lang="uk" dir="ltr">"#));
    assert!(
        page.contains(
            r#"<h1 id="letter-subject" lang="uk" dir="ltr">Ваше місце в мовній школі</h1>"#
        ),
        "{page}"
    );
    assert!(page.contains("Це переклад. Чинним є оригінал листа."));
    assert!(page.contains(&format!(
        r#"href="/post/{id}?sprog=da">Прочитати оригінал листа"#
    )));
    assert!(
        page.contains(r#"lang="ar" dir="rtl" hreflang="ar">العربية</a>"#),
        "{page}"
    );
    assert!(
        !page.contains("Цей лист написано данською"),
        "no help line when a version is there"
    );

    let (_, read) = app
        .api(&key, Method::GET, &format!("/api/v1/messages/{id}"), None)
        .await;
    assert_eq!(read["status"], "opened");
    assert_eq!(read["opened_language"], "uk");

    // The original, asked for: Danish text on the Ukrainian page, marked as Danish.
    let original = app.get_html(&format!("/post/{id}?sprog=da")).await;
    assert!(original
        .contains(r#"<h1 id="letter-subject" lang="da" dir="ltr">Din plads på sprogskolen</h1>"#));
    assert!(!original.contains("Це переклад."));
    // The Arabic version reads right to left inside the Ukrainian page.
    let arabic = app.get_html(&format!("/post/{id}?sprog=ar")).await;
    assert!(
        arabic.contains(r#"<div class="bb-body" lang="ar" dir="rtl">"#),
        "{arabic}"
    );
    // The receipt keeps the first opening's version.
    let (_, read) = app
        .api(&key, Method::GET, &format!("/api/v1/messages/{id}"), None)
        .await;
    assert_eq!(read["opened_language"], "uk");
    // Her search finds the letter by the words of the version she reads, as by the
    // original's.
    // "ваше" is only in the subject, written "Ваше": lower case finds it on SQLite too.
    for words in ["мовній%20школі", "sprogskolen", "ваше", "SPROGSKOLEN"] {
        let found = app.get_html(&format!("/post?q={words}")).await;
        assert!(found.contains(&format!("/post/{id}")), "{words}: {found}");
    }
    let none = app
        .get_html("/post?q=%D1%84%D1%83%D1%82%D0%B1%D0%BE%D0%BB")
        .await;
    assert!(
        !none.contains(&format!("/post/{id}")),
        "футбол is in no version"
    );
}

#[tokio::test]
async fn a_letter_with_nothing_in_the_readers_language_says_so_in_it_and_where_to_get_help() {
    let app = TestApp::spawn().await;
    let key = app.api_key("Sagssystem").await;
    let olena = app.persona_id("Olena Kovalenko").await;
    let (_, letter) = send(
        &app,
        &key,
        json!({
            "recipient": {"person_id": olena},
            "subject": "Husk dit pas",
            "body": "Kære Olena\n\nHusk at tage dit pas med til Borgerservice."
        }),
    )
    .await;
    let id = letter["id"].as_str().unwrap();
    app.login_as("Olena Kovalenko").await;
    let page = app.get_html(&format!("/post/{id}")).await;
    assert!(
        page.contains("Цей лист написано данською мовою. Зателефонуйте нам за номером 89 40 20 00"),
        "{page}"
    );
    assert!(page.contains(r#"href="/hjaelp/steder?sprog=uk""#));
    let (_, read) = app
        .api(&key, Method::GET, &format!("/api/v1/messages/{id}"), None)
        .await;
    assert_eq!(read["opened_language"], "da");

    // A Danish reader of a Danish letter needs no such line.
    app.login_as("Karen Jensen").await;
    let karen = app.persona_id("Karen Jensen").await;
    let (_, letter) = send(
        &app,
        &key,
        json!({"recipient": {"person_id": karen}, "subject": "Husk dit pas", "body": "Kære Karen\n\nHusk dit pas."}),
    )
    .await;
    let page = app
        .get_html(&format!("/post/{}", letter["id"].as_str().unwrap()))
        .await;
    assert!(!page.contains("hjaelp/steder?sprog="), "{page}");
}

#[tokio::test]
async fn bad_versions_are_refused_field_by_field_and_no_letter_is_sent() {
    let app = TestApp::spawn().await;
    let key = app.api_key("Sagssystem").await;
    let olena = app.persona_id("Olena Kovalenko").await;
    let before = app
        .count(
            "SELECT COUNT(*) FROM messages WHERE recipient_id = $1",
            &olena,
        )
        .await;
    let (status, problem) = send(
        &app,
        &key,
        json!({
            "recipient": {"person_id": olena},
            "subject": "Husk dit pas",
            "body": "Kære Olena\n\nHusk dit pas.",
            "language": "da",
            "translations": {
                "da": {"subject": "Husk dit pas", "body": "Husk dit pas."},
                "uk": {"subject": " ", "body": ""},
                "fr": {"subject": "Votre passeport", "body": "N'oubliez pas."},
                "ar": {"subject": "جواز السفر رقم 2026-0142 من Aarhus Kommune", "body": "لا تنس جواز سفرك."}
            }
        }),
    )
    .await;
    assert_eq!(status, 422, "{problem}");
    let fields: Vec<&str> = problem["errors"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["field"].as_str().unwrap())
        .collect();
    assert_eq!(
        fields,
        [
            "translations.da",
            "translations.fr",
            "translations.uk.subject",
            "translations.uk.body"
        ],
        "{problem}"
    );
    assert_eq!(
        app.count(
            "SELECT COUNT(*) FROM messages WHERE recipient_id = $1",
            &olena
        )
        .await,
        before
    );
    // A translation that leaves its subject out is named as one without a subject.
    let (status, problem) = send(
        &app,
        &key,
        json!({"recipient": {"person_id": olena}, "subject": "Pas", "body": "Pas.",
               "translations": {"tr": {"body": "Pasaportunuzu getirin."}}}),
    )
    .await;
    assert_eq!(status, 422, "{problem}");
    assert_eq!(
        problem["errors"][0]["field"], "translations.tr.subject",
        "{problem}"
    );
    let (status, problem) = send(
        &app,
        &key,
        json!({"recipient": {"person_id": olena}, "subject": "Pas", "body": "Pas.", "language": "se"}),
    )
    .await;
    assert_eq!(status, 422);
    assert_eq!(problem["errors"][0]["field"], "language", "{problem}");
}

#[tokio::test]
async fn every_page_of_the_arabic_interface_runs_right_to_left() {
    let app = TestApp::spawn().await;
    app.get("/sprog/ar?tilbage=/").await;
    for path in [
        "/",
        "/hjaelp",
        "/hjaelp/guider",
        "/tilgaengelighed",
        "/log-ind",
    ] {
        let page = app.get_html(path).await;
        assert!(page.contains(r#"<html lang="ar" dir="rtl">"#), "{path}");
    }
    // The accessibility statement says which languages a native speaker has reviewed.
    let statement = app.get_html("/tilgaengelighed").await;
    assert!(
        statement
            .contains(r#"<span lang="uk" dir="ltr">Українська</span>: مترجمة، لكن لم يراجعها بعد"#),
        "{statement}"
    );
    // A guide in Arabic, with its steps.
    let guide = app.get_html("/hjaelp/guider/mistet-mitid").await;
    assert!(guide.contains("MitID"), "{guide}");
}

#[tokio::test]
async fn help_is_found_in_the_readers_own_language_first() {
    let app = TestApp::spawn().await;
    app.get("/sprog/uk?tilbage=/").await;
    // The search opens filtered to Ukrainian, which some places speak...
    let places = app.get_html("/hjaelp/steder").await;
    assert!(
        places.contains(r#"<option value="uk" selected>"#),
        "{places}"
    );
    assert!(places.contains("Borgerservice Dokk1"));
    assert!(
        !places.contains("Viby Bibliotek"),
        "a place without Ukrainian"
    );
    // ... until the reader asks for any language, which the next page keeps.
    let any = app.get_html("/hjaelp/steder?sprog=").await;
    assert!(any.contains("Viby Bibliotek"), "{any}");
    assert!(!any.contains(r#"<option value="uk" selected>"#));
    // A guide names the places that help with its topic in the reader's language.
    let guide = app.get_html("/hjaelp/guider/mistet-mitid").await;
    assert!(guide.contains("Тут Вам допоможуть Вашою мовою:"), "{guide}");
    assert!(guide.contains(r#"lang="da" dir="ltr">Borgerservice Dokk1</a>"#));
    // In Danish, every place speaks the language: no filter and no list.
    app.get("/sprog/da?tilbage=/").await;
    assert!(app
        .get_html("/hjaelp/steder")
        .await
        .contains("Viby Bibliotek"));
    assert!(!app
        .get_html("/hjaelp/guider/mistet-mitid")
        .await
        .contains("Her kan du få hjælp på dit sprog"));
}

/// The text of a PDF as poppler's pdftotext reads it (it reads right-to-left text in
/// reading order), without the direction marks it adds; `None` where it is not installed
/// and CI does not demand it (CI installs poppler-utils).
fn pdftotext(pdf: &[u8]) -> Option<String> {
    let file = tempfile::NamedTempFile::new().unwrap();
    std::fs::write(file.path(), pdf).unwrap();
    match std::process::Command::new("pdftotext")
        .arg(file.path())
        .arg("-")
        .output()
    {
        Ok(output) => {
            let text = String::from_utf8(output.stdout).unwrap();
            let marks = |c: &char| !matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}');
            Some(text.chars().filter(marks).collect())
        }
        Err(_) if std::env::var_os("CI").is_none() => {
            eprintln!("pdftotext is not installed (apt-get install poppler-utils): skipped");
            None
        }
        Err(e) => panic!("pdftotext: {e}"),
    }
}

/// A new citizen on paper post who reads `language`, registered by a system.
async fn paper_reader(app: &TestApp, key: &str, name: &str, language: &str) -> String {
    let person = register(
        app,
        key,
        json!({"name": name, "language": language, "address": "Vestergade 3, 8000 Aarhus C"}),
    )
    .await;
    let id = person["id"].as_str().unwrap().to_owned();
    let (status, _) = app
        .api(
            key,
            Method::PUT,
            &format!("/api/v1/people/{id}/exemption"),
            None,
        )
        .await;
    assert_eq!(status, 200);
    id
}

/// The letter's paper copy, as a print service fetches it.
async fn paper(app: &TestApp, key: &str, letter: &Value) -> Vec<u8> {
    let path = format!("/api/v1/letters/{}.pdf", letter["id"].as_str().unwrap());
    let response = reqwest::Client::new()
        .get(app.url(&path))
        .bearer_auth(key)
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 200, "{path}");
    response.bytes().await.unwrap().to_vec()
}

#[tokio::test]
async fn a_reader_on_paper_gets_the_version_in_their_language_then_the_original() {
    let app = TestApp::spawn().await;
    let key = app.api_key("Sagssystem").await;
    let oksana = paper_reader(&app, &key, "Oksana Bondar", "uk").await;
    let (status, letter) = send(
        &app,
        &key,
        json!({
            "recipient": {"person_id": oksana},
            "subject": "Din plads på sprogskolen",
            "body": "Du starter på sprogskolen mandag klokken 9.",
            "translations": {"uk": {
                "subject": "Ваше місце в мовній школі",
                "summary": "Ви починаєте в понеділок.",
                "body": "Ви починаєте навчання в мовній школі в понеділок о 9."
            }}
        }),
    )
    .await;
    assert_eq!(status, 201, "{letter}");
    assert_eq!(letter["channel"], "paper");
    let pdf = paper(&app, &key, &letter).await;
    let document = lopdf::Document::load_mem(&pdf).unwrap();
    let pages = document.get_pages().len() as u32;
    let text = document
        .extract_text(&(1..=pages).collect::<Vec<_>>())
        .unwrap();
    let words = text.split_whitespace().collect::<Vec<_>>().join(" ");
    for expected in [
        "Ваше місце в мовній школі",
        "Ви починаєте навчання в мовній школі в понеділок о 9.",
        "Це переклад.",
        "Оригінал листа",
        "Din plads på sprogskolen",
        "Du starter på sprogskolen mandag klokken 9.",
        // The words around the letter are Ukrainian too: the phone line, the page count.
        "Телефон 89 40 20 00",
    ] {
        assert!(words.contains(expected), "{expected:?} in {words}");
    }
    let catalog = document.catalog().unwrap();
    assert_eq!(catalog.get(b"Lang").unwrap().as_str().unwrap(), b"uk");
}

#[tokio::test]
async fn an_arabic_letter_on_paper_holds_its_arabic_words() {
    let app = TestApp::spawn().await;
    let key = app.api_key("Sagssystem").await;
    let reader = paper_reader(&app, &key, "Ahmad Haddad", "ar").await;
    let (_, letter) = send(
        &app,
        &key,
        json!({
            "recipient": {"person_id": reader},
            "subject": "Husk dit pas",
            "body": "Tag dit pas med til Borgerservice.",
            "translations": {"ar": {
                "subject": "تذكر جواز سفرك",
                "body": "أحضر جواز سفرك إلى Borgerservice في يوم الاثنين"
            }}
        }),
    )
    .await;
    let Some(text) = pdftotext(&paper(&app, &key, &letter).await) else {
        return;
    };
    for word in [
        "تذكر",
        "جواز",
        "سفرك",
        "أحضر",
        "الاثنين",
        "Borgerservice",
        "Husk dit pas",
    ] {
        assert!(text.contains(word), "{word:?} in {text}");
    }
}

#[tokio::test]
async fn a_batch_template_in_several_languages_gives_each_letter_its_versions() {
    let app = TestApp::spawn().await;
    let key = app.api_key("Sagssystem").await;
    let olena = app.persona_id("Olena Kovalenko").await;
    let karen = app.persona_id("Karen Jensen").await;
    let template = json!({
        "subject": "Din tid hos Borgerservice",
        "body": "Kære {{ navn }}\n\nDu har en tid hos Borgerservice {{ dag }}.",
        "translations": {"uk": {
            "subject": "Ваш запис у Borgerservice",
            "body": "Шановна(-ий) {{ navn }}\n\nУ Вас запис у Borgerservice: {{ dag }}."
        }}
    });
    let recipients = json!([
        {"recipient": {"person_id": olena}, "fields": {"navn": "Olena", "dag": "mandag"}},
        {"recipient": {"person_id": karen}, "fields": {"navn": "Karen", "dag": "tirsdag"}}
    ]);
    let (status, batch) = app
        .api(
            &key,
            Method::POST,
            "/api/v1/messages/batch",
            Some(json!({"template": template, "recipients": recipients})),
        )
        .await;
    assert_eq!(status, 201, "{batch}");
    let letter_of = |who: &str| {
        batch["messages"]
            .as_array()
            .unwrap()
            .iter()
            .find(|m| m["recipient_id"] == who)
            .unwrap()["id"]
            .as_str()
            .unwrap()
            .to_owned()
    };
    let (olenas, karens) = (letter_of(&olena), letter_of(&karen));
    app.login_as("Olena Kovalenko").await;
    let page = app.get_html(&format!("/post/{olenas}")).await;
    assert!(
        page.contains("У Вас запис у Borgerservice: mandag."),
        "{page}"
    );
    app.login_as("Karen Jensen").await;
    let page = app.get_html(&format!("/post/{karens}")).await;
    assert!(
        page.contains("Du har en tid hos Borgerservice tirsdag."),
        "{page}"
    );
    // Karen reads Danish, but the Ukrainian version is a link away for whoever needs it.
    assert!(page.contains(&format!("/post/{karens}?sprog=uk")));

    // A version that names a field the list lacks, or leaves out its body, sends nothing.
    let (status, problem) = app
        .api(
            &key,
            Method::POST,
            "/api/v1/messages/batch",
            Some(json!({
                "template": {"subject": "Tid", "body": "Kære {{ navn }}", "translations": {
                    "uk": {"subject": "Запис", "body": ""}, "tr": {"subject": "Randevu", "body": "Sayın {{ isim }}"}
                }},
                "recipients": [{"recipient": {"person_id": olena}, "fields": {"navn": "Olena"}}]
            })),
        )
        .await;
    assert_eq!(status, 422, "{problem}");
    assert!(
        problem.to_string().contains("translations.uk.body"),
        "{problem}"
    );
}

/// Posts the caseworker's write page, as a browser does (multipart, the page's token).
async fn write(app: &TestApp, fields: &[(&str, &str)]) -> reqwest::Response {
    let mut form = reqwest::multipart::Form::new();
    for (name, value) in fields {
        form = form.text(name.to_string(), value.to_string());
    }
    app.submit_multipart("/breve/nyt", "/breve/nyt", form).await
}

#[tokio::test]
async fn a_caseworker_writes_a_letter_with_a_version_in_the_citizens_language() {
    let app = TestApp::spawn().await;
    let olena = app.persona_id("Olena Kovalenko").await;
    app.login_as("Sofie Nielsen").await;
    let letter = [
        ("recipient_id", olena.as_str()),
        ("area", "general"),
        ("subject", "Husk dit pas"),
        ("body", "Kære Olena\n\nTag dit pas med, når du kommer."),
    ];
    // A version without a body, saved as a draft and sent: the draft keeps what was
    // typed, the letter is refused field by field with everything kept.
    let mut fields = letter.to_vec();
    fields.extend([
        ("version_language", "uk"),
        ("version_subject", "Не забудьте паспорт"),
        ("version_body", ""),
        ("action", "draft"),
    ]);
    let saved = write(&app, &fields).await.text().await.unwrap();
    let draft = saved
        .split("name=\"draft_id\" value=\"")
        .nth(1)
        .and_then(|rest| rest.split('"').next())
        .unwrap()
        .to_owned();
    let again = app.get_html(&format!("/breve/nyt?kladde={draft}")).await;
    assert!(
        again.contains(r#"<option value="uk" lang="uk" selected>"#),
        "{again}"
    );
    assert!(again.contains(r#"dir="auto" value="Не забудьте паспорт""#));
    fields.pop();
    fields.push(("action", "send"));
    let refused = write(&app, &fields).await;
    assert_eq!(refused.status(), 422);
    let refused = refused.text().await.unwrap();
    assert!(refused.contains(r##"href="#version_body""##), "{refused}");
    assert!(refused.contains("Не забудьте паспорт"));

    let mut fields = letter.to_vec();
    fields.extend([
        ("version_language", "uk"),
        ("version_subject", "Не забудьте паспорт"),
        (
            "version_body",
            "Шановна Олено\n\nВізьміть із собою паспорт.",
        ),
        ("action", "send"),
    ]);
    let sent = write(&app, &fields).await;
    assert_eq!(sent.status(), 303);
    let status_page = common::header(&sent, "location").to_owned();
    let id = status_page.trim_start_matches("/breve/");
    app.login_as("Olena Kovalenko").await;
    let page = app.get_html(&format!("/post/{id}")).await;
    assert!(
        page.contains(r#"lang="uk" dir="ltr">Не забудьте паспорт</h1>"#),
        "{page}"
    );
    // Danish is no version of a Danish letter.
    app.login_as("Sofie Nielsen").await;
    let mut fields = letter.to_vec();
    fields.extend([
        ("version_language", "da"),
        ("version_subject", "Husk dit pas"),
        ("version_body", "Tag dit pas med."),
        ("action", "send"),
    ]);
    let refused = write(&app, &fields).await.text().await.unwrap();
    assert!(
        refused.contains(r##"href="#version_language""##),
        "{refused}"
    );
}

#[tokio::test]
async fn a_paper_letter_with_nothing_in_the_readers_language_says_so_at_its_top() {
    let app = TestApp::spawn().await;
    let key = app.api_key("Sagssystem").await;
    let oksana = paper_reader(&app, &key, "Oksana Bondar", "uk").await;
    let (_, letter) = send(
        &app,
        &key,
        json!({"recipient": {"person_id": oksana}, "subject": "Husk dit pas", "body": "Tag dit pas med."}),
    )
    .await;
    let pdf = paper(&app, &key, &letter).await;
    let document = lopdf::Document::load_mem(&pdf).unwrap();
    let words = document
        .extract_text(&[1])
        .unwrap()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    let note = "Цей лист написано данською мовою. Зателефонуйте нам за номером 89 40 20 00";
    assert!(words.contains("Цей лист не Вашою мовою"), "{words}");
    assert!(words.contains(note), "{words}");
    assert!(
        words.find(note) < words.find("Husk dit pas"),
        "at the top: {words}"
    );
}
