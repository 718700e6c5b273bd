//! The network for digital inclusion (issue 21), on SQLite and PostgreSQL: an
//! organisation asks to join and the coordinator approves it (the one who asked then
//! acts for it) or refuses with a reason; a member leaves and its page stays as a former
//! member's. A meeting is planned, gets agenda items until its deadline and sign-ups
//! with needs only the coordinator sees, then minutes and decisions that anyone reads,
//! also through the API and the calendar feed. The action plan names its input. A
//! member's contact people invite colleagues by a link that works once, and take them
//! off again, but never the last.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use common::TestApp;

const NOW: &str = "2026-12-07T09:00:00Z";

fn join_form(name: &str) -> Vec<(&str, &str)> {
    vec![
        ("name", name),
        ("kind", "volunteers"),
        ("who_they_help", "Ældre i Lystrup, der vil lære MitID."),
        ("area", "Lystrup"),
        ("languages", "da"),
        ("languages", "en"),
        ("website", "https://lystrup-it.example.org"),
        ("places", "0195c0de-0000-7000-8000-0000000000a9"),
    ]
}

async fn roles(app: &TestApp, name: &str) -> Vec<String> {
    let id = app.persona_id(name).await;
    borgerbro::auth::user(&app.state.db.pool, &id)
        .await
        .unwrap()
        .unwrap()
        .roles
        .iter()
        .map(|r| r.as_str().to_owned())
        .collect()
}

#[tokio::test]
async fn an_organisation_joins_when_the_coordinator_approves_and_leaves_by_itself() {
    let (app, _hands) = TestApp::spawn_at(NOW).await;
    app.login_as("Birgit Holm").await;
    // Nothing typed is lost when a field is missing.
    let mut missing = join_form("IT-frivillige i Lystrup");
    missing.retain(|(field, _)| *field != "area" && *field != "languages");
    let refused = app
        .submit("/netvaerk/bliv-medlem", "/netvaerk/bliv-medlem", &missing)
        .await;
    assert_eq!(refused.status(), 422);
    let html = refused.text().await.unwrap();
    assert!(html.contains("Skriv, hvor I hjælper."));
    assert!(html.contains("Sæt kryds ved mindst ét sprog"));
    assert!(html.contains("value=\"IT-frivillige i Lystrup\""));
    assert!(html.contains("https://lystrup-it.example.org"));
    let asked = app
        .submit(
            "/netvaerk/bliv-medlem",
            "/netvaerk/bliv-medlem",
            &join_form("IT-frivillige i Lystrup"),
        )
        .await;
    assert_eq!(asked.status(), 303);
    assert!(app
        .get_html("/netvaerk")
        .await
        .contains("Koordinatoren svarer dig"));
    let again = app
        .submit(
            "/netvaerk/bliv-medlem",
            "/netvaerk/bliv-medlem",
            &join_form("IT-frivillige i Lystrup"),
        )
        .await;
    assert_eq!(again.status(), 409, "one request at a time");
    assert_eq!(app.get("/netvaerk/ansoegninger").await.status(), 403);
    assert_eq!(app.get("/netvaerk/min-organisation").await.status(), 403);

    app.login_as("Lene Dahl").await;
    let requests = app.get_html("/netvaerk/ansoegninger").await;
    assert!(requests.contains("IT-frivillige i Lystrup"));
    assert!(
        requests.contains("Dansk Blindesamfund"),
        "the demo's request waits too"
    );
    let id = app
        .count(
            "SELECT COUNT(*) FROM network_organisations WHERE name = $1",
            "IT-frivillige i Lystrup",
        )
        .await;
    assert_eq!(id, 1);
    let org: String = sqlx::query_scalar("SELECT id FROM network_organisations WHERE name = $1")
        .bind("IT-frivillige i Lystrup")
        .fetch_one(&app.state.db.pool)
        .await
        .unwrap();
    let no_reason = app
        .submit(
            "/netvaerk/ansoegninger",
            &format!("/netvaerk/ansoegninger/{org}/afvis"),
            &[("reason", " ")],
        )
        .await;
    assert_eq!(no_reason.status(), 422);
    assert!(no_reason
        .text()
        .await
        .unwrap()
        .contains("Skriv, hvorfor du siger nej"));
    let approved = app
        .submit(
            "/netvaerk/ansoegninger",
            &format!("/netvaerk/ansoegninger/{org}/godkend"),
            &[],
        )
        .await;
    assert_eq!(approved.status(), 303);
    assert!(roles(&app, "Birgit Holm")
        .await
        .contains(&"network_member".to_owned()));
    let twice = app
        .submit(
            "/netvaerk/ansoegninger",
            &format!("/netvaerk/ansoegninger/{org}/godkend"),
            &[],
        )
        .await;
    assert_eq!(twice.status(), 409, "a request is decided once");

    let (status, content_type, members) = app.get_json("/api/v1/network/members").await;
    assert_eq!((status, content_type.as_str()), (200, "application/json"));
    let names: Vec<&str> = members
        .as_array()
        .unwrap()
        .iter()
        .map(|m| m["name"].as_str().unwrap())
        .collect();
    assert_eq!(names.len(), 5, "{names:?}");
    assert!(names.contains(&"IT-frivillige i Lystrup"));
    assert!(
        !names.contains(&"Dansk Blindesamfund, Østjylland"),
        "not a member yet"
    );

    app.login_as("Birgit Holm").await;
    let own = app.get_html("/netvaerk/min-organisation").await;
    assert!(own.contains("IT-frivillige i Lystrup"));
    let changed = app
        .submit(
            "/netvaerk/min-organisation",
            "/netvaerk/min-organisation",
            &[
                ("name", "IT-frivillige i Lystrup"),
                ("kind", "volunteers"),
                ("languages", "da"),
            ],
        )
        .await;
    assert_eq!(
        changed.status(),
        422,
        "who they help and where stay required"
    );
    let left = app
        .submit(
            "/netvaerk/min-organisation",
            "/netvaerk/min-organisation/forlad",
            &[],
        )
        .await;
    assert_eq!(left.status(), 303);
    assert!(!roles(&app, "Birgit Holm")
        .await
        .contains(&"network_member".to_owned()));
    assert_eq!(app.get("/netvaerk/min-organisation").await.status(), 403);
    let page = app.get_html(&format!("/netvaerk/medlemmer/{org}")).await;
    assert!(page.contains("Tidligere medlem"));
    let (_, _, members) = app.get_json("/api/v1/network/members").await;
    assert_eq!(members.as_array().unwrap().len(), 4);
}

/// Plans a meeting on `date` as the coordinator; answers its id.
async fn plan_meeting(app: &TestApp, date: &str, deadline: &str) -> String {
    app.login_as("Lene Dahl").await;
    let form = [
        ("title", "Vintermøde i netværket"),
        ("host", "0195c0de-0000-7000-8000-0000000000c2"),
        ("place", "Lystrup Bibliotek"),
        ("date", date),
        ("from", "9.00"),
        ("to", "15:30"),
        ("agenda_deadline", deadline),
    ];
    let planned = app
        .submit("/netvaerk/moeder/nyt", "/netvaerk/moeder/nyt", &form)
        .await;
    assert_eq!(planned.status(), 303);
    let location = common::header(&planned, "location").to_owned();
    location
        .trim_start_matches("/netvaerk/moeder/")
        .split('?')
        .next()
        .unwrap()
        .to_owned()
}

#[tokio::test]
async fn a_meeting_gets_an_agenda_sign_ups_and_minutes_with_decisions() {
    let (app, hands) = TestApp::spawn_at(NOW).await;
    app.login_as("Lene Dahl").await;
    // The form suggests the next date and host; a date in the past is refused, kept.
    let suggested = app.get_html("/netvaerk/moeder/nyt").await;
    assert!(suggested.contains("name=\"agenda_deadline\""));
    let past = app
        .submit(
            "/netvaerk/moeder/nyt",
            "/netvaerk/moeder/nyt",
            &[
                ("title", "For sent"),
                ("host", "0195c0de-0000-7000-8000-0000000000c2"),
                ("place", "Lystrup"),
                ("date", "2026-12-01"),
                ("from", "09:00"),
                ("to", "12:00"),
                ("agenda_deadline", "2026-11-20"),
            ],
        )
        .await;
    assert_eq!(past.status(), 422);
    let html = past.text().await.unwrap();
    assert!(html.contains("Datoen er overskredet"));
    assert!(html.contains("value=\"For sent\""));
    let id = plan_meeting(&app, "2027-01-20", "2027-01-10").await;
    let meeting = format!("/netvaerk/moeder/{id}");

    app.login_as("Jette Frandsen").await;
    let proposed = app
        .submit(
            &meeting,
            &format!("{meeting}/dagsorden"),
            &[
                ("title", "Kurser om svindel"),
                ("description", "Hvad virker?"),
            ],
        )
        .await;
    assert_eq!(proposed.status(), 303);
    let signed = app
        .submit(
            &meeting,
            &format!("{meeting}/tilmelding"),
            &[("access_needs", "Teleslynge"), ("dietary_needs", "Vegansk")],
        )
        .await;
    assert_eq!(signed.status(), 303);

    // Anyone reads the agenda; only the coordinator reads who comes and what they need.
    let public = common::client()
        .get(app.url(&meeting))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(public.contains("Kurser om svindel"));
    assert!(!public.contains("Teleslynge"));
    app.login_as("Kurt Madsen").await;
    assert!(!app.get_html(&meeting).await.contains("Teleslynge"));
    app.login_as("Lene Dahl").await;
    let coordinator = app.get_html(&meeting).await;
    assert!(coordinator.contains("Teleslynge") && coordinator.contains("Jette Frandsen"));

    // After the deadline an item is refused, and what was typed stays.
    hands.set("2027-01-11T08:00:00Z");
    app.login_as("Kurt Madsen").await;
    let late = app
        .submit(
            &meeting,
            &format!("{meeting}/dagsorden"),
            &[("title", "Et sent punkt"), ("description", "")],
        )
        .await;
    assert_eq!(late.status(), 422);
    let html = late.text().await.unwrap();
    assert!(html.contains("Fristen for punkter til dagsordenen er overskredet"));
    assert!(html.contains("value=\"Et sent punkt\""));

    // Minutes wait for the meeting; then they and the decisions are public.
    app.login_as("Lene Dahl").await;
    // (The page shows no minutes form before the meeting; the token is the session's.)
    let early = app
        .submit(
            "/netvaerk/moeder/nyt",
            &format!("{meeting}/referat"),
            &[("minutes", "Godt møde.")],
        )
        .await;
    assert_eq!(early.status(), 422);
    hands.set("2027-01-20T15:00:00Z");
    app.login_as("Lene Dahl").await; // a login lasts twelve hours
    let written = app
        .submit(
            &meeting,
            &format!("{meeting}/referat"),
            &[("minutes", "## Svindel\n\nVi aftalte **to kurser**.")],
        )
        .await;
    assert_eq!(written.status(), 303);
    let decided = app
        .submit(
            &meeting,
            &format!("{meeting}/beslutninger"),
            &[
                ("decision", "Holde to kurser om svindel"),
                ("who", "0195c0de-0000-7000-8000-0000000000c1"),
                ("by", "2027-03-01"),
            ],
        )
        .await;
    assert_eq!(decided.status(), 303);
    let unknown = app
        .submit(
            &meeting,
            &format!("{meeting}/beslutninger"),
            &[("decision", "Noget"), ("who", "nobody"), ("by", "")],
        )
        .await;
    assert_eq!(unknown.status(), 422);
    let public = app.get_html(&meeting).await;
    assert!(public.contains("<strong>to kurser</strong>"));

    let (status, _, meetings) = app.get_json("/api/v1/network/meetings").await;
    assert_eq!(status, 200);
    let ours = meetings
        .as_array()
        .unwrap()
        .iter()
        .find(|m| m["id"] == id.as_str())
        .unwrap();
    assert_eq!(ours["host"], "Ældre Sagen Aarhus, IT-hjælp");
    assert_eq!(ours["agenda"][0]["title"], "Kurser om svindel");
    assert_eq!(ours["decisions"][0]["who"], "Viby Bibliotek");
    assert_eq!(ours["decisions"][0]["by"], "2027-03-01");
    assert!(
        !meetings.to_string().contains("Teleslynge"),
        "no one's needs"
    );
    assert!(
        meetings.as_array().unwrap().len() >= 3,
        "the demo's two as well"
    );

    let ics = app.get("/netvaerk/moeder.ics").await;
    assert_eq!(
        common::header(&ics, "content-type"),
        "text/calendar; charset=utf-8"
    );
    let ics = ics.text().await.unwrap();
    assert!(ics.contains("SUMMARY:Vintermøde i netværket"));
    assert_eq!(ics.matches("BEGIN:VEVENT").count(), 3);
}

#[tokio::test]
async fn only_members_propose_and_sign_up_and_every_form_needs_its_token() {
    let (app, _hands) = TestApp::spawn_at(NOW).await;
    let id = plan_meeting(&app, "2027-01-20", "2027-01-10").await;
    let meeting = format!("/netvaerk/moeder/{id}");
    app.login_as("Karen Jensen").await;
    let citizen = app
        .submit(
            &meeting,
            &format!("{meeting}/dagsorden"),
            &[("title", "Mit punkt")],
        )
        .await;
    assert_eq!(citizen.status(), 403);
    assert_eq!(app.get("/netvaerk/moeder/nyt").await.status(), 403);
    app.login_as("Jette Frandsen").await;
    let no_token = app
        .post_form(&format!("{meeting}/dagsorden"), &[("title", "Uden token")])
        .await;
    assert_eq!(no_token.status(), 403);
    assert_eq!(
        app.count(
            "SELECT COUNT(*) FROM network_agenda_items WHERE meeting_id = $1",
            &id
        )
        .await,
        0
    );
}

#[tokio::test]
async fn the_action_plan_shows_each_item_with_the_input_that_led_to_it() {
    let (app, _hands) = TestApp::spawn_at(NOW).await;
    let public = app.get_html("/netvaerk/handlingsplan").await;
    assert!(public.contains("Handlingsplan 2026"));
    assert!(
        public.contains("Efterårsmøde i netværket"),
        "the demo's item links its meeting"
    );
    assert!(
        !public.contains("name=\"input_text\""),
        "only the coordinator adds"
    );
    app.login_as("Lene Dahl").await;
    let refused = app
        .submit(
            "/netvaerk/handlingsplan",
            "/netvaerk/handlingsplan",
            &[
                ("year", "2027"),
                ("title", "Hjælp til NemKonto"),
                ("status", "planned"),
                ("input", "hearing"),
            ],
        )
        .await;
    assert_eq!(refused.status(), 422);
    let html = refused.text().await.unwrap();
    assert!(html.contains("Vælg høringen, punktet kom fra."));
    assert!(html.contains("value=\"Hjælp til NemKonto\""));
    let added = app
        .submit(
            "/netvaerk/handlingsplan",
            "/netvaerk/handlingsplan",
            &[
                ("year", "2027"),
                ("title", "Hjælp til NemKonto"),
                ("owner", "0195c0de-0000-7000-8000-0000000000c4"),
                ("status", "planned"),
                ("input", "stuck"),
                (
                    "input_text",
                    "Mange gik i stå med NemKonto i Borgerservice.",
                ),
            ],
        )
        .await;
    assert_eq!(added.status(), 303);
    let plan = app.get_html("/netvaerk/handlingsplan?aar=2027").await;
    assert!(plan.contains("Hjælp til NemKonto"));
    assert!(plan.contains("Boligsocialt Hus Gellerup"));
    assert!(plan.contains("Hvad borgere gik i stå med"));
}

/// The path of the invitation link a page shows.
fn invitation_path(html: &str) -> String {
    let start = html
        .find("/netvaerk/invitation/")
        .expect("a link on the page");
    let rest = &html[start..];
    rest[..rest.find('<').unwrap()].to_owned()
}

async fn invitation_id(app: &TestApp, name: &str) -> String {
    sqlx::query_scalar("SELECT id FROM network_invitations WHERE invited_name = $1")
        .bind(name)
        .fetch_one(&app.state.db.pool)
        .await
        .unwrap()
}

#[tokio::test]
async fn a_contact_person_invites_a_colleague_by_a_link_that_works_once() {
    let (app, hands) = TestApp::spawn_at(NOW).await;
    let viby = "0195c0de-0000-7000-8000-0000000000c1";
    let page = format!("/netvaerk/medlemmer/{viby}/kontaktpersoner");
    let invite = format!("{page}/inviter");
    app.login_as("Birgit Holm").await;
    assert_eq!(app.get(&page).await.status(), 403, "not one of theirs");
    app.login_as("Kurt Madsen").await;
    assert_eq!(app.get(&page).await.status(), 403, "another member's");

    app.login_as("Jette Frandsen").await;
    let own = app.get_html("/netvaerk/min-organisation").await;
    assert!(
        own.contains(&page),
        "the member's page links to its contact people"
    );
    let html = app.get_html(&page).await;
    assert!(html.contains("Jette Frandsen"));
    assert!(html.contains("I har kun én kontaktperson"));
    assert!(!html.contains("/fjern"), "the last one has no button to go");
    // A name is needed; what was typed stays when it is too long.
    let empty = app.submit(&page, &invite, &[("name", "  ")]).await;
    assert_eq!(empty.status(), 422);
    assert!(empty
        .text()
        .await
        .unwrap()
        .contains("Skriv navnet på den kollega"));
    let long = "B".repeat(101);
    let too_long = app.submit(&page, &invite, &[("name", &long)]).await;
    assert_eq!(too_long.status(), 422);
    assert!(too_long
        .text()
        .await
        .unwrap()
        .contains(&format!("value=\"{long}\"")));

    // The link is shown once, and only its hash is kept.
    let made = app.submit(&page, &invite, &[("name", "Birgit Holm")]).await;
    assert_eq!(made.status(), 200);
    let link = invitation_path(&made.text().await.unwrap());
    let secret = link.trim_start_matches("/netvaerk/invitation/");
    assert!(secret.len() >= 40, "{link}");
    let waiting = app.get_html(&page).await;
    assert!(waiting.contains("Birgit Holm") && !waiting.contains(secret));
    let stored = app
        .count(
            "SELECT COUNT(*) FROM network_invitations WHERE secret_hash = $1",
            secret,
        )
        .await;
    assert_eq!(stored, 0, "the secret itself is not stored");

    // Birgit, logged in, reads who invited her and says yes.
    app.login_as("Birgit Holm").await;
    let opened = app.get_html(&link).await;
    assert!(
        opened.contains("Jette Frandsen har inviteret dig"),
        "{opened}"
    );
    let accepted = app.submit(&link, &link, &[]).await;
    assert_eq!(accepted.status(), 303);
    assert!(roles(&app, "Birgit Holm")
        .await
        .contains(&"network_member".to_owned()));
    let welcome = common::header(&accepted, "location").to_owned();
    assert_eq!(welcome, format!("{page}?gemt=welcome"));
    assert!(app
        .get_html(&welcome)
        .await
        .contains("Velkommen. Du er nu kontaktperson."));
    // The link works once.
    app.login_as("Peter Jensen").await;
    assert_eq!(app.get(&link).await.status(), 409);
    assert_eq!(app.submit("/netvaerk", &link, &[]).await.status(), 409);

    // A contact person of another member cannot take an invitation; a withdrawn link
    // and an expired one no longer work.
    app.login_as("Jette Frandsen").await;
    let made = app.submit(&page, &invite, &[("name", "Kurt Madsen")]).await;
    let kurts = invitation_path(&made.text().await.unwrap());
    let made = app
        .submit(&page, &invite, &[("name", "Peter Jensen")])
        .await;
    let peters = invitation_path(&made.text().await.unwrap());
    app.login_as("Kurt Madsen").await;
    let refused = app.submit(&kurts, &kurts, &[]).await;
    assert_eq!(refused.status(), 409);
    assert!(refused
        .text()
        .await
        .unwrap()
        .contains("kun være det for én"));
    app.login_as("Jette Frandsen").await;
    let kurt_id = invitation_id(&app, "Kurt Madsen").await;
    let withdrawn = app
        .submit(
            &page,
            &format!("{page}/invitationer/{kurt_id}/traek-tilbage"),
            &[],
        )
        .await;
    assert_eq!(withdrawn.status(), 303);
    app.login_as("Kurt Madsen").await;
    assert_eq!(app.get(&kurts).await.status(), 409);
    hands.set("2026-12-21T09:00:01Z");
    app.login_as("Peter Jensen").await;
    assert_eq!(app.get(&peters).await.status(), 409, "14 days have passed");

    // Jette takes Birgit off: she loses the role and the page. Jette, the last, cannot go.
    app.login_as("Jette Frandsen").await;
    let birgit = app.persona_id("Birgit Holm").await;
    let jette = app.persona_id("Jette Frandsen").await;
    let removed = app
        .submit(&page, &format!("{page}/{birgit}/fjern"), &[])
        .await;
    assert_eq!(removed.status(), 303);
    assert!(!roles(&app, "Birgit Holm")
        .await
        .contains(&"network_member".to_owned()));
    let last = app
        .submit(&page, &format!("{page}/{jette}/fjern"), &[])
        .await;
    assert_eq!(last.status(), 409);
    assert!(last
        .text()
        .await
        .unwrap()
        .contains("Invitér en kollega først"));
    app.login_as("Birgit Holm").await;
    assert_eq!(app.get(&page).await.status(), 403);

    // The coordinator reaches it from the member's page.
    app.login_as("Lene Dahl").await;
    assert!(app
        .get_html(&format!("/netvaerk/medlemmer/{viby}"))
        .await
        .contains(&page));
    assert_eq!(app.get(&page).await.status(), 200);
    let noted = app
        .count(
            "SELECT COUNT(*) FROM audit_entries WHERE action LIKE $1",
            "network.contact.%",
        )
        .await;
    assert_eq!(
        noted, 6,
        "three invited, one joined, one withdrawn, one removed"
    );
}
