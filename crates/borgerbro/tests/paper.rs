//! The paper channel, on SQLite and PostgreSQL: an exempt citizen's letter in the print
//! queue as a PDF, posted by the front desk; paper copies made by escalations; the offer
//! of paper post to a citizen whose letters keep escalating.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use std::process::Command;

use common::{header, pdf_bomb, TestApp};
use serde_json::{json, Value};

/// "%PDF-1.4 ... %%EOF", a small whole PDF, in base64.
const PDF_BASE64: &str = "JVBERi0xLjQKMSAwIG9iaiA8PC9UeXBlIC9DYXRhbG9nPj4gZW5kb2JqCnRyYWlsZXIgPDwvUm9vdCAxIDAgUj4+CiUlRU9GCg==";

fn in_days(days: i64) -> String {
    jiff::Zoned::now()
        .date()
        .checked_add(jiff::Span::new().days(days))
        .unwrap()
        .to_string()
}

async fn api(
    app: &TestApp,
    key: &str,
    method: reqwest::Method,
    path: &str,
    body: Option<Value>,
) -> reqwest::Response {
    let mut request = reqwest::Client::new()
        .request(method, app.url(path))
        .bearer_auth(key);
    if let Some(body) = body {
        request = request.json(&body);
    }
    request.send().await.unwrap()
}

/// The text of every page of a PDF, as a reader would copy it.
fn pdf_text(bytes: &[u8]) -> String {
    pdf_pages(bytes).join("\n")
}

/// Each page's text, in order.
fn pdf_pages(bytes: &[u8]) -> Vec<String> {
    let document = lopdf::Document::load_mem(bytes).unwrap();
    let count = document.get_pages().len() as u32;
    (1..=count)
        .map(|page| document.extract_text(&[page]).unwrap())
        .collect()
}

/// Mette, on paper from now on.
async fn exempt_mette(app: &TestApp, key: &str) -> String {
    let mette = app.persona_id("Mette Hansen").await;
    let exempt = api(
        app,
        key,
        reqwest::Method::PUT,
        &format!("/api/v1/people/{mette}/exemption"),
        None,
    )
    .await;
    assert!(exempt.status().is_success());
    mette
}

async fn queued(app: &TestApp, key: &str) -> Vec<Value> {
    api(
        app,
        key,
        reqwest::Method::GET,
        "/api/v1/letters?status=queued",
        None,
    )
    .await
    .json::<Vec<Value>>()
    .await
    .unwrap()
}

#[tokio::test]
async fn an_exempt_citizens_letter_is_printed_from_the_queue_and_marked_posted() {
    let app = TestApp::spawn().await;
    let key = app.api_key("Sagssystem").await;
    let mette = exempt_mette(&app, &key).await;
    let sent: Value = api(
        &app,
        &key,
        reqwest::Method::POST,
        "/api/v1/messages",
        Some(json!({"recipient": {"person_id": mette}, "subject": "Din nye bolig", "summary": "Du kan flytte ind 1. marts.",
                    "body": "Kære Mette\n\nDu har fået en **bolig** på Ølgårdsvej.", "action": {"deadline": in_days(30)},
                    "attachments": [{"filename": "Lejekontrakt.pdf", "content_type": "application/pdf", "data_base64": PDF_BASE64}]})),
    )
    .await
    .json()
    .await
    .unwrap();
    assert_eq!(sent["channel"], "paper");
    let id = sent["id"].as_str().unwrap();

    let queue = queued(&app, &key).await;
    let ours = queue
        .iter()
        .find(|l| l["id"] == id)
        .expect("in the print queue");
    assert_eq!(ours["reason"], "letter");
    assert_eq!(ours["pdf"], format!("/api/v1/letters/{id}.pdf"));

    let pdf = api(
        &app,
        &key,
        reqwest::Method::GET,
        &format!("/api/v1/letters/{id}.pdf"),
        None,
    )
    .await;
    assert_eq!(pdf.status(), 200);
    assert_eq!(header(&pdf, "content-type"), "application/pdf");
    let text = pdf_text(&pdf.bytes().await.unwrap());
    for expected in [
        "Mette Hansen",
        "Jægergårdsgade 42",
        "Aarhus Kommune (demo)",
        "Din nye bolig",
        "Kort fortalt",
        "Du kan flytte ind 1. marts.",
        "Svar senest",
        "Ølgårdsvej",
    ] {
        assert!(text.contains(expected), "{expected} in {text}");
    }
    let missing = api(
        &app,
        &key,
        reqwest::Method::GET,
        "/api/v1/letters/nothing.pdf",
        None,
    )
    .await;
    assert_eq!(missing.status(), 404);
    assert_eq!(header(&missing, "content-type"), "application/problem+json");

    // The citizen never reaches the queue; the front desk does.
    app.login_as("Mette Hansen").await;
    assert_eq!(app.get("/udskrift").await.status(), 403);
    assert_eq!(app.get(&format!("/udskrift/{id}.pdf")).await.status(), 403);
    app.login_as("Jonas Berg").await;
    let page = app.get_html("/udskrift").await;
    assert!(page.contains("Din nye bolig"));
    assert!(page.contains(&format!(
        r#"<a href="/udskrift/{id}/bilag/0">Lejekontrakt.pdf</a>"#
    )));
    let attachment = app.get(&format!("/udskrift/{id}/bilag/0")).await;
    assert_eq!(header(&attachment, "content-type"), "application/pdf");
    let receipt: Value = api(
        &app,
        &key,
        reqwest::Method::GET,
        &format!("/api/v1/messages/{id}"),
        None,
    )
    .await
    .json()
    .await
    .unwrap();
    assert!(
        receipt["attachments"][0]["opened_at"].is_null(),
        "printing is not reading"
    );
    let all = app.get("/udskrift/koe.pdf").await;
    assert_eq!(all.status(), 200);
    let all_text = pdf_text(&all.bytes().await.unwrap());
    assert!(all_text.contains("Din nye bolig"));
    let marked = app
        .submit("/udskrift", "/udskrift/afsendt", &[("letter", id)])
        .await;
    assert_eq!(marked.status(), 303);
    let page = app.get_html(header(&marked, "location")).await;
    assert!(page.contains("Brevet er markeret som sendt."), "{page}");
    assert!(queued(&app, &key).await.iter().all(|l| l["id"] != id));
    let posted: Vec<Value> = api(
        &app,
        &key,
        reqwest::Method::GET,
        "/api/v1/letters?status=posted",
        None,
    )
    .await
    .json()
    .await
    .unwrap();
    assert_eq!(posted[0]["id"], id);
    assert_eq!(posted[0]["status"], "posted");
    assert!(
        post_print_entries(&app).await >= 3,
        "every PDF of a citizen's letter is audited"
    );
}

fn sweep(app: &TestApp, days_ahead: i64) {
    let as_of = jiff::Timestamp::now()
        .checked_add(jiff::Span::new().hours(24 * days_ahead))
        .unwrap()
        .to_string();
    let output = Command::new(env!("CARGO_BIN_EXE_borgerbro"))
        .args(["sweep", "--db", app.db.url.as_str(), "--as-of", &as_of])
        .output()
        .unwrap();
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
}

#[tokio::test]
async fn unread_letters_reach_a_citizen_on_paper_and_bring_one_offer_of_paper_post() {
    let app = TestApp::spawn().await;
    let key = app.api_key("Sagssystem").await;
    let person: Value = api(
        &app,
        &key,
        reqwest::Method::POST,
        "/api/v1/people",
        Some(json!({"name": "Ib Sørensen", "address": "Vestergade 3, 8000 Aarhus C"})),
    )
    .await
    .json()
    .await
    .unwrap();
    let ib = person["id"].as_str().unwrap();
    let mut letters = Vec::new();
    for subject in [
        "Svar om din pension",
        "Svar om din bolig",
        "Svar om din medicin",
    ] {
        let sent: Value = api(
            &app,
            &key,
            reqwest::Method::POST,
            "/api/v1/messages",
            Some(json!({"recipient": {"person_id": ib}, "subject": subject, "body": "Ring til os.", "action": {"deadline": in_days(20)}})),
        )
        .await
        .json()
        .await
        .unwrap();
        assert_eq!(sent["channel"], "digital");
        letters.push(sent["id"].as_str().unwrap().to_owned());
    }
    sweep(&app, 8);
    let queue = queued(&app, &key).await;
    let reason_of = |id: &str| {
        queue
            .iter()
            .find(|l| l["id"] == id)
            .map(|l| l["reason"].as_str().unwrap().to_owned())
    };
    for id in &letters {
        assert_eq!(
            reason_of(id).as_deref(),
            Some("escalation"),
            "a paper copy, no phone known"
        );
    }
    let offers: Vec<&Value> = queue
        .iter()
        .filter(|l| l["reason"] == "exemption_offer")
        .collect();
    assert_eq!(offers.len(), 1, "offered once, not once per escalation");
    let offer_id = offers[0]["id"].as_str().unwrap();
    let offer_pdf = api(
        &app,
        &key,
        reqwest::Method::GET,
        &format!("/api/v1/letters/{offer_id}.pdf"),
        None,
    )
    .await;
    let text = pdf_text(&offer_pdf.bytes().await.unwrap());
    assert!(text.contains("Vil du have dine breve på papir?"), "{text}");
    assert!(text.contains("Ib Sørensen") && text.contains("Vestergade 3"));

    // The front desk sees the task and closes it.
    app.login_as("Jonas Berg").await;
    let desk = app.get_html("/udskrift").await;
    assert!(desk.contains("Tilbyd Ib Sørensen post på papir"), "{desk}");
    let done = app
        .submit("/udskrift", &format!("/udskrift/tilbud/{ib}/klaret"), &[])
        .await;
    assert_eq!(done.status(), 303);
    assert!(!app
        .get_html("/udskrift")
        .await
        .contains("Tilbyd Ib Sørensen"));

    // Later escalations make no second offer.
    sweep(&app, 30);
    let offers_now = queued(&app, &key)
        .await
        .iter()
        .filter(|l| l["reason"] == "exemption_offer")
        .count();
    assert_eq!(offers_now, 1);
}

fn base64(bytes: &[u8]) -> String {
    use base64::Engine;
    base64::engine::general_purpose::STANDARD.encode(bytes)
}

async fn post_print_entries(app: &TestApp) -> i64 {
    let (count,): (i64,) =
        sqlx::query_as("SELECT COUNT(*) FROM audit_entries WHERE action = 'post.print'")
            .fetch_one(&app.state.db.pool)
            .await
            .unwrap();
    count
}

#[tokio::test]
async fn a_printed_letter_carries_its_attachments_and_names_the_one_that_cannot_go_with_it() {
    let app = TestApp::spawn().await;
    let key = app.api_key("Sagssystem").await;
    let mette = exempt_mette(&app, &key).await;
    let contract = common::pdf_of_pages(&["Kontraktside en", "Kontraktside to"]);
    let broken = b"%PDF-1.7\nthis is no PDF past its first line\n%%EOF\n";
    let sent: Value = api(
        &app,
        &key,
        reqwest::Method::POST,
        "/api/v1/messages",
        Some(json!({"recipient": {"person_id": mette}, "subject": "Din lejekontrakt", "body": "Her er din kontrakt.",
                    "attachments": [
                        {"filename": "Kontrakt.pdf", "content_type": "application/pdf", "data_base64": base64(&contract)},
                        {"filename": "Husorden.pdf", "content_type": "application/pdf", "data_base64": base64(broken)}]})),
    )
    .await
    .json()
    .await
    .unwrap();
    assert_eq!(sent["channel"], "paper");
    let id = sent["id"].as_str().unwrap();

    let before = post_print_entries(&app).await;
    let pdf = api(
        &app,
        &key,
        reqwest::Method::GET,
        &format!("/api/v1/letters/{id}.pdf"),
        None,
    )
    .await;
    assert_eq!(pdf.status(), 200);
    let pages = pdf_pages(&pdf.bytes().await.unwrap());
    let letter_pages = pages.iter().filter(|p| p.contains("Side ")).count();
    assert_eq!(letter_pages, 1);
    assert_eq!(
        pages.len(),
        letter_pages + 2,
        "the letter, then the contract's two pages"
    );
    assert!(pages[0].contains("Her er din kontrakt.") && pages[0].contains("Side 1 af 1"));
    assert!(pages[0].contains("Bilag 1: Kontrakt.pdf"), "{}", pages[0]);
    assert!(
        pages[0].contains("Bilag 2 skal printes for sig: Husorden.pdf"),
        "{}",
        pages[0]
    );
    assert!(pages[1].contains("Kontraktside en") && pages[2].contains("Kontraktside to"));
    assert_eq!(
        post_print_entries(&app).await,
        before + 1,
        "one entry a letter, as before"
    );

    // The front desk gets the same from the queue, and the broken one on its own.
    app.login_as("Jonas Berg").await;
    let one = app.get(&format!("/udskrift/{id}.pdf")).await;
    assert_eq!(pdf_pages(&one.bytes().await.unwrap()).len(), 3);
    let queue = app.get("/udskrift/koe.pdf").await;
    let all = pdf_pages(&queue.bytes().await.unwrap());
    let ours = all
        .iter()
        .position(|p| p.contains("Her er din kontrakt."))
        .unwrap();
    assert!(all[ours + 1].contains("Kontraktside en"));
    assert!(all[ours + 2].contains("Kontraktside to"));
    let alone = app.get(&format!("/udskrift/{id}/bilag/1")).await;
    assert_eq!(alone.status(), 200);
    assert_eq!(&alone.bytes().await.unwrap()[..], &broken[..]);
    assert_eq!(
        post_print_entries(&app).await,
        before + 2 + all.iter().filter(|p| p.contains("Side 1 af")).count() as i64 + 1,
        "each letter in each PDF and the attachment printed alone"
    );
}

#[tokio::test]
async fn a_paper_copy_of_an_unopened_letter_says_so_and_says_the_new_deadline() {
    let app = TestApp::spawn().await;
    let key = app.api_key("Sagssystem").await;
    let mut people = Vec::new();
    for (name, language) in [
        ("Ib Sørensen", "da"),
        ("Ann Smith", "en"),
        ("Oksana Bondar", "uk"),
    ] {
        let person: Value = api(
            &app,
            &key,
            reqwest::Method::POST,
            "/api/v1/people",
            Some(json!({"name": name, "address": "Vestergade 3, 8000 Aarhus C"})),
        )
        .await
        .json()
        .await
        .unwrap();
        let id = person["id"].as_str().unwrap().to_owned();
        sqlx::query("UPDATE person_profiles SET language = $1 WHERE person_id = $2")
            .bind(language)
            .bind(&id)
            .execute(&app.state.db.pool)
            .await
            .unwrap();
        let sent: Value = api(
            &app,
            &key,
            reqwest::Method::POST,
            "/api/v1/messages",
            Some(json!({"recipient": {"person_id": id}, "subject": "Svar om din pension", "body": "Ring til os.", "action": {"deadline": in_days(20)}})),
        )
        .await
        .json()
        .await
        .unwrap();
        people.push((language, sent["id"].as_str().unwrap().to_owned()));
    }
    sweep(&app, 8);
    // Deadlines as `in_days` wrote them; the day of sending as Denmark had it.
    let date = |lang, days| borgerbro::web::long_date(lang, in_days(days).parse().unwrap());
    let sent = |lang| {
        let today = jiff::Zoned::now()
            .with_time_zone(jiff::tz::TimeZone::get("Europe/Copenhagen").unwrap())
            .date();
        borgerbro::web::long_date(lang, today)
    };
    use borgerbro::i18n::Lang;
    for (language, id) in people {
        let pdf = api(
            &app,
            &key,
            reqwest::Method::GET,
            &format!("/api/v1/letters/{id}.pdf"),
            None,
        )
        .await;
        let text = pdf_text(&pdf.bytes().await.unwrap());
        let expected = match language {
            "da" => vec![
                "Kopi af et brev, du ikke har åbnet".to_owned(),
                format!("sendte til din digitale post {}", sent(Lang::Da)),
                format!("fra {} til {}", date(Lang::Da, 20), date(Lang::Da, 34)),
                format!("Du har nu til og med {} til at svare.", date(Lang::Da, 34)),
            ],
            "uk" => vec![
                "Копія листа, який Ви не відкрили".to_owned(),
                date(Lang::Uk, 34),
            ],
            _ => vec![
                "A copy of a letter you have not opened".to_owned(),
                format!("sent to your digital post on {}", sent(Lang::En)),
                format!("from {} to {}", date(Lang::En, 20), date(Lang::En, 34)),
                format!("You now have until the end of {}", date(Lang::En, 34)),
            ],
        };
        // A line may break anywhere in the notice: compare the words, not the lines.
        let words = |s: &str| s.split_whitespace().collect::<Vec<_>>().join(" ");
        let text = words(&text);
        for expected in expected {
            assert!(text.contains(&words(&expected)), "{expected:?} in {text}");
        }
        let notice = ["opened", "åbnet", "не відкрили"]
            .iter()
            .find_map(|word| text.find(word))
            .unwrap();
        assert!(
            notice < text.find("Svar om din pension").unwrap(),
            "at the top"
        );
    }
}

#[tokio::test]
async fn a_queue_of_more_attachments_than_a_print_round_holds_is_printed_oldest_first() {
    let mut authority = borgerbro::config::AuthorityProfile::demo();
    authority.post.print_round_mib = 5;
    let app = TestApp::spawn_with(common::Options {
        authority,
        ..common::Options::default()
    })
    .await;
    let key = app.api_key("Sagssystem").await;
    let mette = exempt_mette(&app, &key).await;
    let before = queued(&app, &key).await.len();
    // 400 kB each, counted as about 1.9 MiB of memory (the bytes five times, and the few
    // values): two fit in a round of 5 MiB, the third does not.
    let attachment = base64(&common::pdf_of_pages(&[&"Bilag ".repeat(70_000)]));
    let mut ids = Vec::new();
    for n in 1..=3 {
        let sent: Value = api(
            &app,
            &key,
            reqwest::Method::POST,
            "/api/v1/messages",
            Some(json!({"recipient": {"person_id": mette}, "subject": format!("Runde brev {n}"),
                        "body": "Kære Mette\n\nHer er dit bilag.",
                        "attachments": [{"filename": "Bilag.pdf", "content_type": "application/pdf", "data_base64": attachment}]})),
        )
        .await
        .json()
        .await
        .unwrap();
        ids.push(sent["id"].as_str().unwrap().to_owned());
    }
    let round = before + 2;

    app.login_as("Jonas Berg").await;
    let page = app.get_html("/udskrift").await;
    assert!(page.contains("flere bilag, end én PDF kan rumme"), "{page}");
    assert!(page.contains(&format!("Hent de {round} ældste breve som én PDF")));
    for (id, ticked) in [(&ids[0], true), (&ids[1], true), (&ids[2], false)] {
        assert_eq!(
            page.contains(&format!(r#"value="{id}" checked"#)),
            ticked,
            "{id} ticked to mark posted: {ticked}"
        );
    }
    let pdf = app.get("/udskrift/koe.pdf").await;
    assert_eq!(pdf.status(), 200);
    let text = pdf_text(&pdf.bytes().await.unwrap());
    assert!(text.contains("Runde brev 1") && text.contains("Runde brev 2"));
    assert!(!text.contains("Runde brev 3"), "the next round");

    // Marked posted, the rest is the next round: all of it.
    let queue = queued(&app, &key).await;
    let posted: Vec<(&str, &str)> = queue
        .iter()
        .take(round)
        .map(|letter| ("letter", letter["id"].as_str().unwrap()))
        .collect();
    let marked = app.submit("/udskrift", "/udskrift/afsendt", &posted).await;
    assert_eq!(marked.status(), 303);
    let page = app.get_html("/udskrift").await;
    assert!(!page.contains("flere bilag, end én PDF kan rumme"));
    assert!(page.contains("Hent brevet som PDF"), "{page}");
    let pdf = app.get("/udskrift/koe.pdf").await;
    assert!(pdf_text(&pdf.bytes().await.unwrap()).contains("Runde brev 3"));
}

#[tokio::test]
async fn a_copy_saying_a_letter_was_not_opened_leaves_the_queue_once_it_is_opened_or_answered() {
    let app = TestApp::spawn().await;
    let key = app.api_key("Sagssystem").await;
    // Karen reads digital post and has an address but no phone: an unread letter
    // escalates to a paper copy.
    let karen = app.persona_id("Karen Jensen").await;
    let mut letters = Vec::new();
    for subject in [
        "Svar om din medicin",
        "Svar om din rampe",
        "Svar om din trappe",
    ] {
        let sent: Value = api(
            &app,
            &key,
            reqwest::Method::POST,
            "/api/v1/messages",
            Some(json!({"recipient": {"person_id": karen}, "subject": subject, "body": "Ring til os.", "action": {"deadline": in_days(20)}})),
        )
        .await
        .json()
        .await
        .unwrap();
        assert_eq!(sent["channel"], "digital");
        letters.push(sent["id"].as_str().unwrap().to_owned());
    }
    let (opened, answered, answered_early) = (&letters[0], &letters[1], &letters[2]);
    let answer = |id: String| {
        let (app, karen) = (&app, &karen);
        async move {
            let letter = borgerbro::post::letter(&app.state.db, &id)
                .await
                .unwrap()
                .unwrap();
            borgerbro::post::reply(
                &app.state.db,
                &app.state.clock,
                &letter,
                borgerbro::audit::Actor::Person(karen.clone()),
                &borgerbro::post::model::Answer::parse("Jeg ringer i morgen.").unwrap(),
            )
            .await
            .unwrap();
        }
    };
    // Answered (as a helper's answer or a system's would be) without the receipt of an
    // opening, before it escalates: it never does.
    answer(answered_early.clone()).await;
    // Mette on paper: her letter is the letter itself, which stays whatever she does.
    let mette = exempt_mette(&app, &key).await;
    let paper: Value = api(
        &app,
        &key,
        reqwest::Method::POST,
        "/api/v1/messages",
        Some(json!({"recipient": {"person_id": mette}, "subject": "Din nye rampe", "body": "Den kommer i januar."})),
    )
    .await
    .json()
    .await
    .unwrap();
    let paper = paper["id"].as_str().unwrap().to_owned();

    let later = borgerbro::clock::Clock::fixed(
        jiff::Timestamp::now()
            .checked_add(jiff::Span::new().hours(24 * 8))
            .unwrap(),
    );
    borgerbro::post::sweep(&app.state.db, &later, &app.state.authority.post)
        .await
        .unwrap();
    let reasons = |queue: Vec<Value>| -> Vec<(String, String)> {
        queue
            .iter()
            .map(|l| {
                (
                    l["id"].as_str().unwrap().to_owned(),
                    l["reason"].as_str().unwrap().to_owned(),
                )
            })
            .collect()
    };
    let queue = reasons(queued(&app, &key).await);
    for id in [opened, answered] {
        assert!(
            queue.contains(&(id.clone(), "escalation".into())),
            "{queue:?}"
        );
    }
    assert!(queue.contains(&(paper.clone(), "letter".into())));
    assert!(
        !queue.iter().any(|(id, _)| id == answered_early),
        "{queue:?}"
    );
    app.login_as("Jonas Berg").await;
    let page = app.get_html("/udskrift").await;
    assert!(page.contains(&format!(r#"id="letter-{opened}""#)));
    let pdf = app.get("/udskrift/koe.pdf").await.bytes().await.unwrap();
    assert!(pdf_text(&pdf).contains("Svar om din medicin"));

    // Karen opens one letter; another is answered without an opening. Mette opens her
    // paper letter online.
    app.login_as("Karen Jensen").await;
    assert_eq!(app.get(&format!("/post/{opened}")).await.status(), 200);
    answer(answered.clone()).await;
    app.login_as("Mette Hansen").await;
    assert_eq!(app.get(&format!("/post/{paper}")).await.status(), 200);

    let queue = reasons(queued(&app, &key).await);
    assert!(
        !queue.iter().any(|(id, _)| id == opened || id == answered),
        "{queue:?}"
    );
    assert!(
        queue.contains(&(paper.clone(), "letter".into())),
        "a paper reader's letter stays"
    );
    app.login_as("Jonas Berg").await;
    let page = app.get_html("/udskrift").await;
    assert!(!page.contains(&format!(r#"id="letter-{opened}""#)));
    assert!(!page.contains(&format!(r#"id="letter-{answered}""#)));
    assert!(page.contains(&format!(r#"id="letter-{paper}""#)));
    assert!(page.contains("Ikke længere nødvendige"), "{page}");
    assert!(
        page.contains(r#"<span lang="da">Svar om din medicin</span>. Ikke længere nødvendig: borgeren åbnede brevet"#),
        "{page}"
    );
    assert!(
        page.contains(r#"<span lang="da">Svar om din rampe</span>. Ikke længere nødvendig: borgeren svarede på brevet"#),
        "{page}"
    );
    let pdf = pdf_text(&app.get("/udskrift/koe.pdf").await.bytes().await.unwrap());
    assert!(!pdf.contains("Svar om din medicin") && !pdf.contains("Svar om din rampe"));
    assert!(pdf.contains("Din nye rampe"));
    assert_eq!(
        app.get(&format!("/udskrift/{opened}.pdf")).await.status(),
        404
    );
    let marked = app
        .submit(
            "/udskrift",
            "/udskrift/afsendt",
            &[("letter", opened.as_str())],
        )
        .await;
    assert_eq!(header(&marked, "location"), "/udskrift?marked=0");
    assert_eq!(
        api(
            &app,
            &key,
            reqwest::Method::GET,
            &format!("/api/v1/letters/{opened}.pdf"),
            None
        )
        .await
        .status(),
        404
    );

    app.login_as("Sofie Nielsen").await;
    let escalations = app.get_html("/rykkere").await;
    assert!(
        escalations.contains("Ikke længere nødvendig: borgeren åbnede brevet"),
        "{escalations}"
    );
}

#[tokio::test]
async fn an_attachment_that_inflates_past_the_limits_is_refused_at_upload_with_what_to_do() {
    let app = TestApp::spawn().await;
    let key = app.api_key("Sagssystem").await;
    let mette = app.persona_id("Mette Hansen").await;
    for object_stream in [false, true] {
        let refused = api(
            &app,
            &key,
            reqwest::Method::POST,
            "/api/v1/messages",
            Some(
                json!({"recipient": {"person_id": mette}, "subject": "Bilag", "body": "Se bilaget.",
                        "attachments": [{"filename": "Bombe.pdf", "content_type": "application/pdf",
                                         "data_base64": base64(&pdf_bomb(object_stream))}]}),
            ),
        )
        .await;
        assert_eq!(refused.status(), 422);
        assert_eq!(header(&refused, "content-type"), "application/problem+json");
        let problem: Value = refused.json().await.unwrap();
        assert!(
            problem
                .to_string()
                .contains("Gem PDF-filen igen som en almindelig PDF"),
            "{problem}"
        );
    }
    let ordinary = api(
        &app,
        &key,
        reqwest::Method::POST,
        "/api/v1/messages",
        Some(
            json!({"recipient": {"person_id": mette}, "subject": "Bilag", "body": "Se bilaget.",
                    "attachments": [{"filename": "Kontrakt.pdf", "content_type": "application/pdf",
                                     "data_base64": base64(&common::pdf_of_pages(&["Kontrakt"]))}]}),
        ),
    )
    .await;
    assert_eq!(ordinary.status(), 201);
}

#[tokio::test]
async fn an_attachment_stored_before_the_limits_is_printed_on_its_own_not_read() {
    let app = TestApp::spawn().await;
    let key = app.api_key("Sagssystem").await;
    let mette = exempt_mette(&app, &key).await;
    // Stored as an upload before the check would have stored it: past the API.
    let mut attachments = Vec::new();
    for (filename, bytes) in [
        ("Objektstroem.pdf", pdf_bomb(true)),
        ("Kontrakt.pdf", common::pdf_of_pages(&["Kontraktside en"])),
        ("Stroem.pdf", pdf_bomb(false)),
    ] {
        attachments.push(borgerbro::post::NewAttachment {
            filename: filename.into(),
            size: bytes.len() as i64,
            file_hash: app.state.files.put(&bytes).await.unwrap(),
        });
    }
    let letter = borgerbro::post::NewLetter {
        recipient_id: mette,
        area: borgerbro::post::Area::Housing,
        subject: "Din lejekontrakt".into(),
        body: "Her er din kontrakt.".into(),
        summary: None,
        deadline: None,
        idempotency: None,
        attachments,
        language: borgerbro::i18n::Lang::Da,
        versions: Vec::new(),
    };
    let sender = borgerbro::post::Sender {
        actor: borgerbro::audit::Actor::System,
        name: "Sagssystem".into(),
    };
    let sent = borgerbro::post::send(
        &app.state.db,
        &app.state.clock,
        &app.state.authority.post,
        letter,
        &sender,
    )
    .await
    .unwrap();
    let id = sent.inner().id.clone();

    let started = std::time::Instant::now();
    let pdf = api(
        &app,
        &key,
        reqwest::Method::GET,
        &format!("/api/v1/letters/{id}.pdf"),
        None,
    )
    .await;
    assert_eq!(pdf.status(), 200);
    let pages = pdf_pages(&pdf.bytes().await.unwrap());
    assert!(started.elapsed() < std::time::Duration::from_secs(10));
    assert_eq!(pages.len(), 2, "the letter, then the contract's page");
    assert!(
        pages[0].contains("Bilag 1 skal printes for sig: Objektstroem.pdf"),
        "{}",
        pages[0]
    );
    assert!(pages[0].contains("Bilag 2: Kontrakt.pdf"), "{}", pages[0]);
    assert!(pages[0].contains("Bilag 3 skal printes for sig: Stroem.pdf"));
    assert!(pages[1].contains("Kontraktside en"));

    // The whole queue too, and the front desk can still get the file to print alone.
    app.login_as("Jonas Berg").await;
    let queue = app.get("/udskrift/koe.pdf").await;
    assert_eq!(queue.status(), 200);
    let all = pdf_text(&queue.bytes().await.unwrap());
    assert!(all.contains("Bilag 1 skal printes for sig: Objektstroem.pdf"));
    let alone = app.get(&format!("/udskrift/{id}/bilag/0")).await;
    assert_eq!(alone.status(), 200);
}

#[tokio::test]
async fn a_print_round_counts_an_attachment_by_what_it_holds_parsed_not_its_size_on_disk() {
    let mut authority = borgerbro::config::AuthorityProfile::demo();
    authority.post.print_round_mib = 3;
    let app = TestApp::spawn_with(common::Options {
        authority,
        ..common::Options::default()
    })
    .await;
    let key = app.api_key("Sagssystem").await;
    let mette = exempt_mette(&app, &key).await;
    // The demo's queue posted, so our letters come first.
    app.login_as("Jonas Berg").await;
    let demo = queued(&app, &key).await;
    let demo: Vec<(&str, &str)> = demo
        .iter()
        .map(|letter| ("letter", letter["id"].as_str().unwrap()))
        .collect();
    let marked = app.submit("/udskrift", "/udskrift/afsendt", &demo).await;
    assert_eq!(marked.status(), 303);
    // 120 kB on disk, 60,000 numbers parsed: about 10 MiB of memory, more than a round
    // of 3 MiB.
    let numbers = common::pdf_with_object(format!("[{}]", "0 ".repeat(60_000)).as_bytes());
    let small = common::pdf_of_pages(&["Lille bilag"]);
    for (subject, attachment) in [("Mange tal", numbers), ("Lille brev", small)] {
        let sent = api(
            &app,
            &key,
            reqwest::Method::POST,
            "/api/v1/messages",
            Some(
                json!({"recipient": {"person_id": mette}, "subject": subject, "body": "Se bilaget.",
                        "attachments": [{"filename": "Bilag.pdf", "content_type": "application/pdf",
                                         "data_base64": base64(&attachment)}]}),
            ),
        )
        .await;
        assert_eq!(sent.status(), 201);
    }

    let page = app.get_html("/udskrift").await;
    assert!(page.contains("Hent det ældste brev som PDF"), "{page}");
    let text = pdf_text(&app.get("/udskrift/koe.pdf").await.bytes().await.unwrap());
    assert!(text.contains("Mange tal"));
    assert!(!text.contains("Lille brev"), "the next round");
    // Alone in its round, it still costs more than a round holds: not read, but named.
    assert!(
        text.contains("Bilag 1 skal printes for sig: Bilag.pdf"),
        "{text}"
    );
}

/// A letter to a reader without an address (Olena, on paper post) can never be posted:
/// the queue sets it apart with what to do instead (call, or hand it over), "mark
/// posted" leaves it even when its id is sent, a print service is not given it, and the
/// front desk marks it read aloud or handed over.
#[tokio::test]
async fn a_letter_to_no_address_is_never_posted_but_read_aloud_or_handed_over() {
    let app = TestApp::spawn().await;
    let key = app.api_key("Sagssystem").await;
    let olena = app.persona_id("Olena Kovalenko").await;
    app.login_as("Jonas Berg").await;
    app.give_reason(&olena, "Olena bad om breve på papir").await;
    let paper = app
        .submit(
            "/borgerservice?q=olena",
            &format!("/borgerservice/{olena}/post"),
            &[("channel", "paper")],
        )
        .await;
    assert_eq!(paper.status(), 303);
    let sent = api(
        &app,
        &key,
        reqwest::Method::POST,
        "/api/v1/messages",
        Some(
            json!({"recipient": {"person_id": olena}, "subject": "Din tid til pas",
                    "body": "Kom i Borgerservice med dit pas."}),
        ),
    )
    .await;
    assert_eq!(sent.status(), 201);
    let id = sent.json::<Value>().await.unwrap()["id"]
        .as_str()
        .unwrap()
        .to_owned();

    let page = app.get_html("/udskrift").await;
    assert!(page.contains("Kan ikke sendes med posten"), "{page}");
    assert!(!page.contains(&format!("value=\"{id}\"")), "no box to tick");
    assert!(queued(&app, &key)
        .await
        .iter()
        .all(|l| l["id"] != id.as_str()));
    let marked = app
        .submit("/udskrift", "/udskrift/afsendt", &[("letter", &id)])
        .await;
    assert_eq!(marked.status(), 303);
    let posted = "SELECT COUNT(*) FROM print_jobs WHERE message_id = $1 AND posted_at IS NOT NULL";
    assert_eq!(app.count(posted, &id).await, 0, "never posted");

    let handed = app
        .submit("/udskrift", &format!("/udskrift/{id}/givet"), &[])
        .await;
    assert_eq!(handed.status(), 303);
    let page = app.get_html(header(&handed, "location")).await;
    assert!(page.contains("Læst op eller givet"), "{page}");
    assert!(!page.contains("Kan ikke sendes med posten"));
    let audited =
        "SELECT COUNT(*) FROM audit_entries WHERE action = 'post.handed_over' AND object = $1";
    assert_eq!(app.count(audited, &id).await, 1);
    // A letter that can be posted is posted, not "handed over" by a typed address.
    let mette = exempt_mette(&app, &key).await;
    let postable = api(
        &app,
        &key,
        reqwest::Method::POST,
        "/api/v1/messages",
        Some(
            json!({"recipient": {"person_id": mette}, "subject": "Din nye bolig",
                    "body": "Du kan flytte ind 1. marts."}),
        ),
    )
    .await;
    let postable = postable.json::<Value>().await.unwrap()["id"]
        .as_str()
        .unwrap()
        .to_owned();
    let refused = app
        .submit("/udskrift", &format!("/udskrift/{postable}/givet"), &[])
        .await;
    assert_eq!(refused.status(), 404);
}

/// The letters the system writes to a citizen (here about a permission and a booking),
/// read back from the database, newest first: (id, subject, language).
async fn system_letters(app: &TestApp, person_id: &str) -> Vec<(String, String, String)> {
    use sqlx::Row;
    sqlx::query(
        "SELECT id, subject, language FROM messages \
         WHERE recipient_id = $1 AND sender = 'system' AND area IN ('mandates', 'bookings') \
         ORDER BY sent_at DESC",
    )
    .bind(person_id)
    .fetch_all(&app.state.db.pool)
    .await
    .unwrap()
    .iter()
    .map(|row| {
        (
            row.get::<String, _>("id"),
            row.get::<String, _>("subject"),
            row.get::<String, _>("language"),
        )
    })
    .collect()
}

/// On paper from now on, given a new permission at the front desk and a booked call-back:
/// two letters the system writes, both in the print queue.
async fn permission_and_booking(app: &TestApp, citizen: &str, helper: &str) {
    use borgerbro::audit::Actor;
    use borgerbro::mandates::{self, Giver, InPerson, Proposal, Rights, Scope};
    let jonas = app.persona_id("Jonas Berg").await;
    borgerbro::people::set_exemption(
        &app.state.db,
        &app.state.clock,
        citizen,
        true,
        Actor::Person(jonas.clone()),
    )
    .await
    .unwrap();
    let today = app.state.clock.today();
    let give = mandates::Give {
        proposal: Proposal {
            citizen_id: citizen.to_owned(),
            helper_id: helper.to_owned(),
            scopes: vec![Scope::Bookings],
            rights: Rights::Look,
            valid_from: today,
            valid_to: today.checked_add(jiff::Span::new().days(30)).unwrap(),
        },
        note: None,
        giver: Giver::FrontDesk(jonas),
        in_person: Some(InPerson {
            identity_check: "pas".into(),
        }),
        idempotency: None,
    };
    mandates::give(&app.state.db, &app.state.clock, &app.state.authority, give)
        .await
        .unwrap();
    let slot = borgerbro::bookings::free_slots(
        &app.state.db,
        &app.state.clock,
        borgerbro::bookings::Kind::Callback,
    )
    .await
    .unwrap()
    .remove(0);
    let new = borgerbro::bookings::NewBooking {
        slot_id: slot.id,
        citizen_id: Some(citizen.to_owned()),
        details: borgerbro::bookings::Details {
            name: String::new(),
            phone: Some("86 12 34 56".into()),
            topic: "MitID".into(),
            note: None,
        },
        idempotency: None,
    };
    borgerbro::bookings::book(
        &app.state.db,
        &app.state.clock,
        &app.state.authority.post,
        &borgerbro::help::Catalogue::default(),
        new,
        Actor::Person(citizen.to_owned()),
    )
    .await
    .unwrap();
}

#[tokio::test]
async fn system_letters_are_written_in_the_readers_language_on_the_page_and_on_paper() {
    let app = TestApp::spawn().await;
    let olena = app.persona_id("Olena Kovalenko").await;
    let karen = app.persona_id("Karen Jensen").await;
    let peter = app.persona_id("Peter Jensen").await;
    let birgit = app.persona_id("Birgit Holm").await;
    permission_and_booking(&app, &olena, &peter).await;
    permission_and_booking(&app, &karen, &birgit).await;

    // Olena reads Ukrainian: the letters are written in Ukrainian and say so.
    let olenas = system_letters(&app, &olena).await;
    let permission = olenas
        .iter()
        .find(|(_, subject, _)| subject == "Ви дозволили Peter Jensen допомагати Вам")
        .unwrap_or_else(|| panic!("a Ukrainian letter about the permission: {olenas:?}"));
    let booking = olenas
        .iter()
        .find(|(_, subject, _)| subject.starts_with("Ваш запис на прийом: "))
        .unwrap_or_else(|| panic!("a Ukrainian letter about the booking: {olenas:?}"));
    assert!(olenas.iter().all(|(_, _, lang)| lang == "uk"), "{olenas:?}");
    // Karen reads Danish.
    let karens = system_letters(&app, &karen).await;
    let karens_permission = karens
        .iter()
        .find(|(_, subject, _)| subject == "Du har givet Birgit Holm lov til at hjælpe dig")
        .unwrap_or_else(|| panic!("a Danish letter about the permission: {karens:?}"));
    let karens_booking = karens
        .iter()
        .find(|(_, subject, _)| subject.starts_with("Din tid: "))
        .unwrap_or_else(|| panic!("a Danish letter about the booking: {karens:?}"));
    assert!(karens.iter().all(|(_, _, lang)| lang == "da"), "{karens:?}");

    // The page marks what the letter says with the letter's language, whatever the
    // page's language is: Olena's Ukrainian letters, Karen's Danish ones.
    for (who, (id, subject, lang)) in [
        ("Olena Kovalenko", permission),
        ("Olena Kovalenko", booking),
        ("Karen Jensen", karens_permission),
        ("Karen Jensen", karens_booking),
    ] {
        app.login_as(who).await;
        let page = app.get_html(&format!("/post/{id}")).await;
        assert!(
            page.contains(&format!(
                "<h1 id=\"letter-subject\" lang=\"{lang}\" dir=\"ltr\">{subject}</h1>"
            )),
            "{page}"
        );
        assert!(
            page.contains(&format!(
                "<div class=\"bb-body\" lang=\"{lang}\" dir=\"ltr\">"
            )),
            "{page}"
        );
        assert!(!page.contains("<div class=\"bb-body\" lang=\"da\"") || lang == "da");
        let inbox = app.get_html("/post").await;
        assert!(
            inbox.contains(&format!("/post/{id}\" lang=\"{lang}\">")),
            "{inbox}"
        );
    }

    // On paper: the letter, and the words the paper prints around it (the date), are in
    // the letter's language, and the PDF says its language.
    app.login_as("Jonas Berg").await;
    let queue = app.get_html("/udskrift").await;
    for (id, subject, lang) in [permission, booking, karens_permission, karens_booking] {
        assert!(
            queue.contains(&format!("<span lang=\"{lang}\">{subject}</span>")),
            "{queue}"
        );
        let pdf = app.get(&format!("/udskrift/{id}.pdf")).await;
        assert_eq!(pdf.status(), 200, "{subject}");
        let bytes = pdf.bytes().await.unwrap();
        // A long subject may wrap: Noto Sans Bold is wider than Helvetica was.
        let text = pdf_text(&bytes)
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ");
        assert!(text.contains(subject.as_str()), "{subject} in {text}");
        let document = lopdf::Document::load_mem(&bytes).unwrap();
        let catalog = document.catalog().unwrap();
        assert_eq!(
            catalog.get(b"Lang").unwrap().as_str().unwrap(),
            lang.as_bytes(),
            "{subject}"
        );
        let months = match lang.as_str() {
            "uk" => [
                "січня",
                "лютого",
                "березня",
                "квітня",
                "травня",
                "червня",
                "липня",
                "серпня",
                "вересня",
                "жовтня",
                "листопада",
                "грудня",
            ],
            _ => [
                "januar",
                "februar",
                "marts",
                "april",
                "maj",
                "juni",
                "juli",
                "august",
                "september",
                "oktober",
                "november",
                "december",
            ],
        };
        assert!(
            months.iter().any(|month| text.contains(month)),
            "the date in {lang}: {text}"
        );
        // The authority's phone line too.
        let phone = match lang.as_str() {
            "uk" => "Телефон 89 40 20 00",
            _ => "Telefon 89 40 20 00",
        };
        assert!(text.contains(phone), "{phone} in {text}");
    }
}

#[tokio::test]
async fn a_caseworkers_letter_stays_in_the_language_it_was_written_in() {
    let app = TestApp::spawn().await;
    let key = app.api_key("Sagssystem").await;
    let olena = app.persona_id("Olena Kovalenko").await;
    let send = |language: Value| {
        let mut body = json!({"recipient": {"person_id": olena}, "subject": "Velkommen til kurset",
                              "body": "Kære Olena\n\nDu kan starte på mandag."});
        if !language.is_null() {
            body["language"] = language;
        }
        api(
            &app,
            &key,
            reqwest::Method::POST,
            "/api/v1/messages",
            Some(body),
        )
    };
    // Olena reads Ukrainian, but a caseworker's letter is in the language it was written
    // in: Danish unless the system says otherwise.
    let danish: Value = send(Value::Null).await.json().await.unwrap();
    assert_eq!(danish["language"], "da", "{danish}");
    let english: Value = send(json!("en")).await.json().await.unwrap();
    assert_eq!(english["language"], "en", "{english}");
    let stated_null: Value = send(json!(null)).await.json().await.unwrap();
    assert_eq!(stated_null["language"], "da", "{stated_null}");
    let unknown = send(json!("fr")).await;
    assert!(unknown.status().is_client_error(), "{}", unknown.status());
    assert_eq!(header(&unknown, "content-type"), "application/problem+json");
    app.login_as("Olena Kovalenko").await;
    for (letter, lang) in [(&danish, "da"), (&english, "en")] {
        let page = app
            .get_html(&format!("/post/{}", letter["id"].as_str().unwrap()))
            .await;
        assert!(
            page.contains(&format!(
                "<div class=\"bb-body\" lang=\"{lang}\" dir=\"ltr\">"
            )),
            "{page}"
        );
    }
}
