//! The network's shared materials on SQLite and PostgreSQL: a material goes from draft
//! through review by another member to published, through the pages with their CSRF
//! tokens, and shows in the API with who reviewed it, when, and when it is due again;
//! its own organisation may not review it; a material without a target group and a
//! leaflet that is not a PDF are refused with what was typed kept; a review falls due a
//! year on (`borgerbro sweep --as-of`), is noticed once, and another member reviews it
//! again; a copy knows its source; a former member's material is marked; the feed is
//! Atom a reader reads; the snippet for a member's site is plain HTML; and who may reach
//! the member pages.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use common::{header, Hands, TestApp};
use reqwest::multipart::{Form, Part};
use serde_json::Value;

/// "Er det svindel?" in Danish, shipped, drafted by Viby Bibliotek and reviewed by
/// Ældre Sagen Aarhus in the demo.
const IS_IT_FRAUD: &str = "0195c0de-0000-7000-8000-000000000d01";
/// Viby Bibliotek's draft, and its checklist in review, waiting for Kurt.
const DRAFT: &str = "0195c0de-0000-7000-8000-000000000d11";
const IN_REVIEW: &str = "0195c0de-0000-7000-8000-000000000d12";

const JETTE: &str = "Jette Frandsen";
const KURT: &str = "Kurt Madsen";

/// The demo, loaded on 7 December 2026.
async fn spawn() -> (TestApp, Hands) {
    TestApp::spawn_at("2026-12-07T09:00:00Z").await
}

/// A new material's form: every field but the ones `leave_out` names.
fn material(title: &str, format: &str, leave_out: &[&str]) -> Form {
    let fields = [
        ("title", title),
        (
            "summary",
            "Sådan kommer du i gang. Tag det et trin ad gangen.",
        ),
        ("format", format),
        ("target_groups", "elderly"),
        ("target_groups", "everyone"),
        ("languages", "da"),
        ("topics", "mitid"),
        (
            "body",
            "## Hent appen\n\nHent MitID-appen. Åbn den, og følg trinene.",
        ),
        ("link", ""),
    ];
    fields
        .into_iter()
        .filter(|(name, _)| !leave_out.contains(name))
        .fold(Form::new(), |form, (name, value)| {
            form.text(name, value.to_owned())
        })
}

/// The id in a `/materialer/{id}/rediger?...` redirect.
fn id_of(response: &reqwest::Response) -> String {
    let location = header(response, "location");
    location
        .strip_prefix("/materialer/")
        .and_then(|rest| rest.split('/').next())
        .unwrap_or_else(|| panic!("not a material's address: {location}"))
        .to_owned()
}

async fn api(app: &TestApp, query: &str) -> Vec<Value> {
    let (status, _, body) = app
        .get_json(&format!("/api/v1/network/materials{query}"))
        .await;
    assert_eq!(status, 200, "{body}");
    body.as_array().unwrap().clone()
}

async fn in_api(app: &TestApp, id: &str) -> Option<Value> {
    api(app, "").await.into_iter().find(|m| m["id"] == id)
}

async fn status_of(app: &TestApp, id: &str) -> String {
    let (status,): (String,) = sqlx::query_as("SELECT status FROM network_materials WHERE id = $1")
        .bind(id)
        .fetch_one(&app.state.db.pool)
        .await
        .unwrap();
    status
}

async fn review(app: &TestApp, id: &str, ticked: &[&str], comment: &str) -> reqwest::Response {
    let page = format!("/materialer/{id}/gennemgang");
    let mut fields: Vec<(&str, &str)> = ticked.iter().map(|t| (*t, "yes")).collect();
    fields.push(("comment", comment));
    app.submit(&page, &page, &fields).await
}

const ALL: [&str; 3] = ["correct", "understandable", "up_to_date"];

/// A review this member may not give: the review page answers 409 saying `why`, and the
/// form sent all the same (its token from a page the member may see) is refused alike,
/// with the material still in review.
async fn refused_review(app: &TestApp, id: &str, why: &str) {
    let page = format!("/materialer/{id}/gennemgang");
    let shown = app.get(&page).await;
    assert_eq!(shown.status(), 409);
    assert!(shown.text().await.unwrap().contains(why));
    let token = common::csrf_token(&app.get_html("/materialer/til-gennemgang").await);
    let mut fields: Vec<(&str, &str)> = ALL.iter().map(|t| (*t, "yes")).collect();
    fields.extend([("csrf_token", token.as_str()), ("comment", "")]);
    let refused = app.post_form(&page, &fields).await;
    assert_eq!(refused.status(), 409);
    assert!(refused.text().await.unwrap().contains(why));
    assert_eq!(status_of(app, id).await, "in_review");
}

#[tokio::test]
async fn a_material_goes_from_draft_through_review_by_another_member_to_published() {
    let (app, _hands) = spawn().await;
    app.login_as(JETTE).await;
    let created = app
        .submit_multipart(
            "/materialer/ny",
            "/materialer/ny",
            material("Kom i gang med MitID-appen", "guide", &[]),
        )
        .await;
    assert_eq!(created.status(), 303);
    let id = id_of(&created);
    let edit = app.get_html(&format!("/materialer/{id}/rediger")).await;
    assert!(edit.contains("Kom i gang med MitID-appen"), "{edit}");
    assert!(
        edit.contains("LIX"),
        "the plain-language check beside the draft"
    );
    // A draft is its organisation's alone: not public, not in the API.
    assert_eq!(
        common::client()
            .get(app.url(&format!("/materialer/{id}")))
            .send()
            .await
            .unwrap()
            .status(),
        404
    );
    assert!(in_api(&app, &id).await.is_none());

    // Changed, then sent to review.
    let changed = app
        .submit_multipart(
            &format!("/materialer/{id}/rediger"),
            &format!("/materialer/{id}/rediger"),
            material("Kom godt i gang med MitID-appen", "guide", &[]),
        )
        .await;
    assert_eq!(changed.status(), 303);
    let sent = app
        .submit(
            &format!("/materialer/{id}"),
            &format!("/materialer/{id}/send"),
            &[],
        )
        .await;
    assert_eq!(sent.status(), 303);
    assert_eq!(status_of(&app, &id).await, "in_review");
    let again = app
        .submit_multipart(
            &format!("/materialer/{id}"),
            &format!("/materialer/{id}/rediger"),
            material("Ændret efter afsendelse", "guide", &[]),
        )
        .await;
    assert_eq!(again.status(), 409, "no changes once in review");

    // Kurt, for another member, finds it with the checks, asks for a change first.
    app.login_as(KURT).await;
    let waiting = app.get_html("/materialer/til-gennemgang").await;
    assert!(waiting.contains("Kom godt i gang med MitID-appen"));
    assert!(
        waiting.contains("LIX"),
        "the check results for the reviewer"
    );
    let unsaid = review(&app, &id, &["correct", "understandable"], "").await;
    assert_eq!(unsaid.status(), 422, "what to change must be said");
    let html = unsaid.text().await.unwrap();
    assert!(html.contains("Skriv, hvad der skal rettes"), "{html}");
    assert!(
        html.contains("name=\"correct\" value=\"yes\" checked"),
        "ticks kept"
    );
    let asked = review(
        &app,
        &id,
        &["correct", "understandable"],
        "Skriv, at appen skal være opdateret.",
    )
    .await;
    assert_eq!(asked.status(), 303);
    assert_eq!(status_of(&app, &id).await, "draft");

    // Jette sees the comment, sends it again; Kurt approves.
    app.login_as(JETTE).await;
    let back = app.get_html(&format!("/materialer/{id}/rediger")).await;
    assert!(
        back.contains("Skriv, at appen skal være opdateret."),
        "{back}"
    );
    app.submit(
        &format!("/materialer/{id}"),
        &format!("/materialer/{id}/send"),
        &[],
    )
    .await;
    app.login_as(KURT).await;
    assert_eq!(review(&app, &id, &ALL, "").await.status(), 303);
    assert_eq!(status_of(&app, &id).await, "published");

    let page = common::client()
        .get(app.url(&format!("/materialer/{id}")))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(
        page.contains("Ældre Sagen Aarhus, IT-hjælp"),
        "who reviewed it"
    );
    let published = in_api(&app, &id).await.expect("published in the API");
    assert_eq!(published["reviewed_by"], "Ældre Sagen Aarhus, IT-hjælp");
    assert_eq!(published["organisation"], "Viby Bibliotek");
    assert_eq!(published["reviewed_at"], "2026-12-07T09:00:00Z");
    assert_eq!(published["review_due"], "2027-12-07");
    assert_eq!(published["former_member"], false);
    assert_eq!(
        published["target_groups"],
        serde_json::json!(["elderly", "everyone"])
    );
    let audit = app
        .count(
            "SELECT COUNT(*) FROM audit_entries WHERE object = $1 AND action LIKE 'network.material.%'",
            &id,
        )
        .await;
    assert_eq!(
        audit, 6,
        "created, changed, submitted, changes, submitted, approved"
    );
}

#[tokio::test]
async fn its_own_organisation_cannot_review_a_material() {
    let (app, _hands) = spawn().await;
    app.login_as(JETTE).await;
    refused_review(&app, IN_REVIEW, "I kan ikke gennemgå jeres eget materiale").await;
    let waiting = app.get_html("/materialer/til-gennemgang").await;
    assert!(!waiting.contains(IN_REVIEW), "its own are not offered");
}

#[tokio::test]
async fn a_material_without_a_target_group_is_refused_with_what_was_typed_kept() {
    let (app, _hands) = spawn().await;
    app.login_as(JETTE).await;
    let refused = app
        .submit_multipart(
            "/materialer/ny",
            "/materialer/ny",
            material("Uden målgruppe", "guide", &["target_groups"]),
        )
        .await;
    assert_eq!(refused.status(), 422);
    let html = refused.text().await.unwrap();
    assert!(html.contains("Vælg mindst én målgruppe"), "{html}");
    assert!(
        html.contains("href=\"#target_groups\""),
        "the summary leads to the field"
    );
    assert!(html.contains("value=\"Uden målgruppe\""), "the title kept");
    assert!(
        html.contains("Hent MitID-appen. Åbn den, og følg trinene."),
        "the text kept"
    );
    assert!(html.contains("value=\"mitid\" checked"), "the topic kept");
    assert_eq!(
        app.count(
            "SELECT COUNT(*) FROM network_materials WHERE title = $1",
            "Uden målgruppe"
        )
        .await,
        0
    );
}

#[tokio::test]
async fn a_leaflet_that_is_not_a_pdf_is_refused_and_a_pdf_is_checked() {
    let (app, _hands) = spawn().await;
    app.login_as(JETTE).await;
    let word = Part::bytes(b"PK\x03\x04 a Word document named as a PDF".to_vec())
        .file_name("folder.pdf")
        .mime_str("application/pdf")
        .unwrap();
    let refused = app
        .submit_multipart(
            "/materialer/ny",
            "/materialer/ny",
            material("Folder om svindel", "leaflet", &[]).part("file", word),
        )
        .await;
    assert_eq!(refused.status(), 422);
    let html = refused.text().await.unwrap();
    assert!(html.contains("Filen er ikke en PDF"), "{html}");
    assert!(
        !html.contains("En folder er en PDF. Vælg PDF"),
        "one message for the file"
    );
    assert!(
        html.contains("value=\"Folder om svindel\""),
        "the title kept"
    );
    assert!(
        html.contains("value=\"leaflet\" selected"),
        "the format kept"
    );

    let pdf = Part::bytes(common::pdf_of_pages(&[
        "Ring til banken, hvis du er i tvivl",
    ]))
    .file_name("folder.pdf")
    .mime_str("application/pdf")
    .unwrap();
    let saved = app
        .submit_multipart(
            "/materialer/ny",
            "/materialer/ny",
            material("Folder om svindel", "leaflet", &[]).part("file", pdf),
        )
        .await;
    assert_eq!(saved.status(), 303);
    let id = id_of(&saved);
    let edit = app.get_html(&format!("/materialer/{id}/rediger")).await;
    assert!(edit.contains("er ikke tagget"), "{edit}");
    assert!(edit.contains("siger ikke, hvilket sprog"), "no /Lang");
    assert!(edit.contains("Teksten kan læses ud af PDF"), "text found");
    let file = app.get(&format!("/materialer/{id}/fil")).await;
    assert_eq!(file.status(), 200);
    assert_eq!(header(&file, "content-type"), "application/pdf");
}

#[tokio::test]
async fn a_review_falls_due_after_a_year_and_another_member_reviews_it_again() {
    let (app, hands) = spawn().await;
    let before = in_api(&app, IS_IT_FRAUD).await.unwrap();
    assert_eq!(before["reviewed_by"], "Ældre Sagen Aarhus, IT-hjælp");
    assert_eq!(before["review_is_due"], false);
    let due: String = before["review_due"].as_str().unwrap().to_owned();
    assert!(
        due.as_str() > "2027-09-01" && due.as_str() < "2027-12-07",
        "{due}"
    );

    let swept = app.sweep_as_of("2027-12-01T12:00:00Z");
    assert!(
        swept.contains("Found 11 shared materials whose yearly review has fallen due."),
        "ten shipped and the one due soon: {swept}"
    );
    let again = app.sweep_as_of("2027-12-02T12:00:00Z");
    assert!(
        again.contains("Found 0 shared materials"),
        "noticed once: {again}"
    );
    let told = app
        .count(
            "SELECT COUNT(*) FROM audit_entries WHERE object = $1 AND action = 'network.material.review_due'",
            IS_IT_FRAUD,
        )
        .await;
    assert_eq!(told, 1);

    // Still public meanwhile, marked as due, on its page and the member's list.
    let page = app.get_html(&format!("/materialer/{IS_IT_FRAUD}")).await;
    assert!(page.contains("Skal gennemgås igen"), "{page}");
    assert_eq!(
        in_api(&app, IS_IT_FRAUD).await.unwrap()["review_is_due"],
        true
    );
    app.login_as(JETTE).await;
    let own = app.get_html("/materialer/mine").await;
    assert!(own.contains("Skal gennemgås igen"));
    assert_eq!(
        app.get(&format!("/materialer/{IS_IT_FRAUD}/gennemgang"))
            .await
            .status(),
        409,
        "not by its own organisation"
    );

    // A year on, Kurt reviews it again: it moves on a year.
    hands.set("2027-12-01T12:00:00Z");
    app.login_as(KURT).await;
    let waiting = app.get_html("/materialer/til-gennemgang").await;
    assert!(waiting.contains(IS_IT_FRAUD));
    assert_eq!(
        review(&app, IS_IT_FRAUD, &ALL, "Stadig rigtig.")
            .await
            .status(),
        303
    );
    let after = in_api(&app, IS_IT_FRAUD).await.unwrap();
    assert_eq!(after["review_due"], "2028-12-01");
    assert_eq!(after["reviewed_at"], "2027-12-01T12:00:00Z");
    assert_eq!(after["review_is_due"], false);
    let page = app.get_html(&format!("/materialer/{IS_IT_FRAUD}")).await;
    assert!(!page.contains("Skal gennemgås igen"));
    // Not due: no second review.
    assert_eq!(
        app.get(&format!("/materialer/{IS_IT_FRAUD}/gennemgang"))
            .await
            .status(),
        409
    );
}

#[tokio::test]
async fn a_copy_is_a_draft_of_its_own_organisation_that_knows_its_source() {
    let (app, _hands) = spawn().await;
    app.login_as(KURT).await;
    let page = format!("/materialer/{IS_IT_FRAUD}");
    let copied = app.submit(&page, &format!("{page}/kopier"), &[]).await;
    assert_eq!(copied.status(), 303);
    let copy = id_of(&copied);
    assert_ne!(copy, IS_IT_FRAUD);
    assert_eq!(status_of(&app, &copy).await, "draft");
    let shown = app.get_html(&format!("/materialer/{copy}")).await;
    assert!(shown.contains("Tilpasset fra"), "{shown}");
    assert!(shown.contains(&format!("href=\"/materialer/{IS_IT_FRAUD}\"")));
    let own = app.get_html("/materialer/mine").await;
    assert!(own.contains(&copy), "a draft of Ældre Sagen's");
    // The demo's copy, adapted by Sprogcenter Aarhus, is Sprogcenter's.
    assert_eq!(
        app.count(
            "SELECT COUNT(*) FROM network_materials WHERE source_id = $1 AND organisation_id = '0195c0de-0000-7000-8000-0000000000c3'",
            IS_IT_FRAUD,
        )
        .await,
        1
    );
}

#[tokio::test]
async fn a_former_members_material_stays_marked_as_such() {
    let (app, _hands) = spawn().await;
    app.login_as(JETTE).await;
    let left = app
        .submit(
            "/netvaerk/min-organisation",
            "/netvaerk/min-organisation/forlad",
            &[],
        )
        .await;
    assert_eq!(left.status(), 303);
    let page = common::client()
        .get(app.url(&format!("/materialer/{IS_IT_FRAUD}")))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(page.contains("tidligere medlem"), "{page}");
    let shown = in_api(&app, IS_IT_FRAUD).await.unwrap();
    assert_eq!(shown["former_member"], true);
    assert_eq!(shown["organisation"], "Viby Bibliotek");
    // Jette no longer acts for a member.
    assert_eq!(app.get("/materialer/mine").await.status(), 403);
    // What Viby sent to review before it left waits for no one: another member is told
    // why, and may copy it instead.
    app.login_as(KURT).await;
    let waiting = app.get_html("/materialer/til-gennemgang").await;
    assert!(!waiting.contains(IN_REVIEW), "not offered for review");
    refused_review(&app, IN_REVIEW, "har forladt netværket").await;
}

#[tokio::test]
async fn the_feed_is_atom_that_a_feed_reader_reads() {
    let (app, _hands) = spawn().await;
    let response = app.get("/materialer.atom").await;
    assert_eq!(response.status(), 200);
    assert!(header(&response, "content-type").starts_with("application/atom+xml"));
    let feed = feed_rs::parser::parse(response.bytes().await.unwrap().as_ref()).unwrap();
    assert_eq!(feed.feed_type, feed_rs::model::FeedType::Atom);
    assert_eq!(feed.entries.len(), 11, "ten shipped and the video");
    let entry = feed
        .entries
        .iter()
        .find(|e| {
            e.title
                .as_ref()
                .is_some_and(|t| t.content == "Er det svindel?")
        })
        .expect("Er det svindel? in the feed");
    assert!(entry.links[0]
        .href
        .ends_with(&format!("/materialer/{IS_IT_FRAUD}")));
    assert_eq!(entry.authors[0].name, "Viby Bibliotek");
    assert!(entry.categories.iter().any(|c| c.term == "fraud"));
    assert!(!feed
        .entries
        .iter()
        .any(|e| e.id.contains(DRAFT) || e.id.contains(IN_REVIEW)));
}

#[tokio::test]
async fn the_snippet_for_a_members_site_is_plain_links_and_text() {
    let (app, _hands) = spawn().await;
    app.login_as(JETTE).await;
    let html = app
        .get_html("/materialer/til-jeres-hjemmeside?emne=fraud&egne=ja")
        .await;
    let marker = "class=\"bb-snippet-preview\">";
    let start = html.find(marker).unwrap() + marker.len();
    let snippet = &html[start..];
    // The preview ends where the snippet does: it holds no <div> of its own.
    let snippet = &snippet[..snippet.find("</div>").unwrap()];
    assert!(snippet.contains("Er det svindel?"), "{snippet}");
    // Viby's coming courses and events spread with its materials.
    assert!(snippet.contains("Kurser og arrangementer"), "{snippet}");
    assert!(snippet.contains("/arrangementer/"), "{snippet}");
    assert!(snippet.contains("/materialer/0195c0de-0000-7000-8000-000000000d01\""));
    let lower = snippet.to_lowercase();
    for banned in [
        "<script",
        "<iframe",
        "<frame",
        "<object",
        "<embed",
        "<style",
        "<link",
        "style=",
        "class=",
        " onclick",
        " onload",
        "javascript:",
    ] {
        assert!(!lower.contains(banned), "{banned} in {snippet}");
    }
    assert!(!snippet.contains("Log ind med MitID-appen"), "only Viby's");
    // The same HTML in the readonly field to copy, escaped.
    assert!(html.contains("readonly"));
    let field = &html[html.find("id=\"snippet\"").unwrap()..];
    let field = &field[..field.find("</textarea>").unwrap()];
    assert!(
        field.contains("a href=") && !field.contains("<a "),
        "escaped: {field}"
    );
    assert_eq!(
        app.get("/materialer/til-jeres-hjemmeside?emne=cats")
            .await
            .status(),
        422
    );
}

#[tokio::test]
async fn the_api_filters_and_names_an_unknown_value() {
    let (app, _hands) = spawn().await;
    let english = api(&app, "?language=en").await;
    assert_eq!(english.len(), 2);
    assert!(english.iter().all(|m| m["languages"][0] == "en"));
    let fraud_for_elderly = api(&app, "?topic=fraud&target_group=elderly").await;
    assert_eq!(fraud_for_elderly.len(), 10);
    let videos = api(&app, "?format=video").await;
    assert_eq!(videos.len(), 1);
    assert_eq!(videos[0]["reviewed_by"], "Boligsocialt Hus Gellerup");
    let (status, content_type, body) = app.get_json("/api/v1/network/materials?topic=cats").await;
    assert_eq!(status, 422);
    assert_eq!(content_type, "application/problem+json");
    assert!(body.to_string().contains("\"topic\""), "{body}");
}

#[tokio::test]
async fn only_members_reach_the_member_pages() {
    let (app, _hands) = spawn().await;
    let edit = format!("/materialer/{DRAFT}/rediger");
    let review = format!("/materialer/{IN_REVIEW}/gennemgang");
    let member_pages = [
        "/materialer/mine",
        "/materialer/ny",
        "/materialer/til-gennemgang",
        "/materialer/til-jeres-hjemmeside",
        edit.as_str(),
        review.as_str(),
    ];
    for path in member_pages {
        let anonymous = app.get(path).await;
        assert_eq!(anonymous.status(), 303, "{path}");
        assert!(
            header(&anonymous, "location").starts_with("/log-ind"),
            "{path}"
        );
    }
    for path in [
        &format!("/materialer/{DRAFT}"),
        &format!("/materialer/{IN_REVIEW}"),
    ] {
        assert_eq!(app.get(path).await.status(), 404, "{path} is not public");
    }
    app.login_as("Mette Hansen").await;
    for path in member_pages {
        assert_eq!(app.get(path).await.status(), 403, "{path}");
    }
    // The public list and a published material are anyone's.
    let list = app.get_html("/materialer").await;
    assert!(list.contains("Er det svindel?"));
    assert!(
        !list.contains("Før du ringer til IT-hjælpen"),
        "in review: not public"
    );
    // A member of another organisation reads what is in review, not a draft.
    app.login_as(KURT).await;
    assert_eq!(
        app.get(&format!("/materialer/{IN_REVIEW}")).await.status(),
        200
    );
    assert_eq!(app.get(&format!("/materialer/{DRAFT}")).await.status(), 404);
}

#[tokio::test]
async fn the_demo_puts_its_materials_through_the_review_once() {
    let (app, _hands) = spawn().await;
    let counts = || async {
        sqlx::query_as::<_, (i64, i64, i64)>(
            "SELECT (SELECT COUNT(*) FROM network_materials), \
             (SELECT COUNT(*) FROM network_reviews), \
             (SELECT COUNT(*) FROM audit_entries WHERE action LIKE 'network.material.%')",
        )
        .fetch_one(&app.state.db.pool)
        .await
        .unwrap()
    };
    let loaded = counts().await;
    assert_eq!(
        loaded.0, 14,
        "ten shipped, a draft, one in review, the video, the copy"
    );
    assert_eq!(loaded.1, 11, "each published one reviewed once");
    borgerbro::demo::load(
        &app.state.db,
        &app.state.clock,
        &borgerbro::config::AuthorityProfile::demo(),
    )
    .await
    .unwrap();
    assert_eq!(counts().await, loaded, "a second load adds nothing");
    // Drafted by Viby Bibliotek, reviewed by Ældre Sagen Aarhus, through the service.
    let flow = app
        .count(
            "SELECT COUNT(*) FROM audit_entries WHERE object = $1 AND action IN \
             ('network.material.created', 'network.material.submitted', 'network.material.approved')",
            IS_IT_FRAUD,
        )
        .await;
    assert_eq!(flow, 3);
    let arabic = api(&app, "?language=ar").await;
    assert_eq!(arabic.len(), 2);
    let page = app
        .get_html(&format!(
            "/materialer/{}",
            arabic[0]["id"].as_str().unwrap()
        ))
        .await;
    assert!(
        page.contains("lang=\"ar\" dir=\"rtl\""),
        "marked in its own language"
    );
}
