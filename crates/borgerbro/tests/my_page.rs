//! "Min side" tells each person what needs doing now, and lists every task of every
//! role they have, each a page that role can open.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use common::TestApp;

/// The links of a page's main content that lead to pages of ours.
fn task_links(html: &str) -> Vec<String> {
    let main = &html[html.find("<main").unwrap()..html.find("</main>").unwrap()];
    main.split("href=\"")
        .skip(1)
        .filter_map(|rest| rest.split('"').next())
        .filter(|href| href.starts_with('/'))
        .map(|href| href.replace("&amp;", "&"))
        .collect()
}

#[tokio::test]
async fn a_citizen_sees_what_waits_for_her_before_what_she_can_do() {
    let app = TestApp::spawn().await;
    app.login_as("Karen Jensen").await;
    let html = app.get_html("/min-side").await;
    let waiting = html.find("Det venter på dig").unwrap();
    let tasks = html.find("Det kan du her").unwrap();
    assert!(waiting < tasks);
    assert!(html.contains("breve, du ikke har læst"), "{html}");
    assert!(html.contains("Svar senest"), "the nearest deadline");
    assert!(html.contains("Din næste aftale"));
    assert!(html.contains("Peter Jensen kan hjælpe dig."));

    // Once answered, a letter's deadline is no longer what waits for her.
    let due = &html[html.find("Svar senest").unwrap()..];
    let letter = due[due.find("href=\"/post/").unwrap() + 6..]
        .split('"')
        .next()
        .unwrap();
    let subject_before = due[..due.find("</a>").unwrap()].rsplit('>').next().unwrap();
    let answered = app
        .submit(letter, &format!("{letter}/svar"), &[("body", "Ja tak.")])
        .await;
    assert_eq!(answered.status(), 303);
    let after = app.get_html("/min-side").await;
    assert!(
        !after.contains(&format!(">{subject_before}</a>")),
        "{after}"
    );
}

#[tokio::test]
async fn a_helper_sees_whom_they_help() {
    let app = TestApp::spawn().await;
    let karen = app.persona_id("Karen Jensen").await;
    app.login_as("Peter Jensen").await;
    let html = app.get_html("/min-side").await;
    assert!(html.contains("Du hjælper"));
    assert!(html.contains(&format!("href=\"/jeg-hjaelper/{karen}\"")));
}

#[tokio::test]
async fn staff_see_their_queues() {
    let app = TestApp::spawn().await;
    app.login_as("Jonas Berg").await;
    let desk = app.get_html("/min-side").await;
    assert!(desk.contains("Det venter i dag"));
    assert!(desk.contains("href=\"/udskrift\""));
    assert!(desk.contains("skal printes"), "{desk}");
    app.login_as("Sofie Nielsen").await;
    let caseworker = app.get_html("/min-side").await;
    assert!(caseworker.contains("venter på opfølgning"), "{caseworker}");
}

/// Every task a role has is on its start page (the administrator once found help
/// places, guides and "Var det let?" only by typing addresses), and every link there
/// opens for that person.
#[tokio::test]
async fn every_role_finds_every_task_on_its_start_page_and_each_opens() {
    let app = TestApp::spawn().await;
    for (persona, must_list) in [
        (
            "Anne Kristensen",
            &[
                "/admin/api-noegler",
                "/admin/tider",
                "/admin/hjaelpesteder",
                "/admin/guider",
                "/admin/var-det-let",
            ][..],
        ),
        (
            "Jonas Berg",
            &[
                "/borgerservice",
                "/udskrift",
                "/tider/dagen",
                "/admin/tider",
                "/borgerservice/fastlaast",
                "/admin/guider",
            ][..],
        ),
        (
            "Lars Mikkelsen",
            &["/projekter", "/projekter/ny", "/hoeringer", "/vurderinger"][..],
        ),
        ("Hanne Lund", &["/projekter", "/vurderinger"][..]),
        (
            "Ali Hassan",
            &["/projekter", "/hoeringer", "/vurderinger"][..],
        ),
        (
            "Sofie Nielsen",
            &["/breve/nyt", "/rykkere", "/tider/dagen", "/tjek-tekst"][..],
        ),
        (
            "Karen Jensen",
            &[
                "/post",
                "/tider",
                "/min-side/breve-paa-papir",
                "/hjaelpere",
                "/jeg-hjaelper",
                "/hjaelp",
            ][..],
        ),
    ] {
        app.login_as(persona).await;
        let links = task_links(&app.get_html("/min-side").await);
        for task in must_list {
            assert!(
                links.iter().any(|l| l == task),
                "{persona}: {task} in {links:?}"
            );
        }
        for link in &links {
            let status = app.get(link).await.status();
            assert_eq!(status, 200, "{persona}: {link}");
        }
    }
}
