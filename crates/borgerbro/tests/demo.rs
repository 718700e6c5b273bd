//! The demo data: every role has a persona, and loading twice changes nothing.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use borgerbro::auth::{personas, Role};
use borgerbro::clock::Clock;
use borgerbro::config::AuthorityProfile;

#[tokio::test]
async fn demo_data_covers_every_role_and_loads_once() {
    let test_db = common::TestDb::new().await;
    let db = test_db.connect().await;
    let clock = Clock::system();
    assert_eq!(
        borgerbro::demo::load(&db, &clock, &AuthorityProfile::demo())
            .await
            .unwrap(),
        15
    );
    let counts = || async {
        sqlx::query_as::<_, (i64, i64)>(
            "SELECT (SELECT COUNT(*) FROM mandates), (SELECT COUNT(*) FROM messages)",
        )
        .fetch_one(&db.pool)
        .await
        .unwrap()
    };
    let loaded = counts().await;
    assert_eq!(loaded.0, 2, "Olena to Birgit, Karen to Peter");
    assert_eq!(
        borgerbro::demo::load(&db, &clock, &AuthorityProfile::demo())
            .await
            .unwrap(),
        0
    );
    assert_eq!(
        counts().await,
        loaded,
        "no permission nor letter given twice"
    );
    let people = personas(&db.pool).await.unwrap();
    assert_eq!(people.len(), 15);
    for role in Role::ALL {
        assert!(people.iter().any(|p| p.roles.contains(&role)), "{role:?}");
    }
    let identifiers: Vec<(String, String)> =
        sqlx::query_as("SELECT person_id, kind FROM person_identifiers")
            .fetch_all(&db.pool)
            .await
            .unwrap();
    let olena = people.iter().find(|p| p.name == "Olena Kovalenko").unwrap();
    assert!(
        identifiers.iter().all(|(id, _)| id != &olena.id),
        "a citizen with neither MitID nor CPR number"
    );
}

#[tokio::test]
async fn the_demo_shows_paper_post_a_late_letter_the_list_to_ring_and_the_print_queue() {
    let app = common::TestApp::spawn().await;
    let erik = app.persona_id("Erik Sørensen").await;
    let booking = borgerbro::bookings::upcoming_of_citizen(&app.state.db, &app.state.clock, &erik)
        .await
        .unwrap()
        .remove(0);
    // Erik reads his call-back's page: its paper letter comes too late, and it says so.
    app.login_as("Erik Sørensen").await;
    let page = app.get_html(&format!("/tider/{}", booking.id)).await;
    assert!(page.contains("Brevet om tiden kommer for sent"), "{page}");
    // The front desk has him on its list to ring, and his letters in the print queue.
    app.login_as("Jonas Berg").await;
    let day = app.get_html("/tider/dagen").await;
    let ring = day.split("id=\"ring\"").nth(1).expect("a list to ring");
    assert!(ring.contains("Erik Sørensen</strong>: sig tiden"), "{ring}");
    assert!(ring.contains("tel:+4586261122"), "{ring}");
    let queue = app.get_html("/udskrift").await;
    for expected in [
        "Erik Sørensen",
        "Byleddet 12, 8220 Brabrand",
        "Din folkepension stiger 1. januar",
        "Din tid: ",
    ] {
        assert!(queue.contains(expected), "{expected} in {queue}");
    }
}

/// `borgerbro demo`'s year behind the inclusion figures: months with figures to show
/// (more than a handful of letters, so they are told), loaded once, and the demo's own
/// letters left as the pages show them (Karen's escalation still open, Erik's letter still
/// in the print queue).
#[tokio::test]
async fn the_demo_year_fills_the_figures_and_leaves_the_demos_own_letters_alone() {
    let test_db = common::TestDb::new().await;
    let db = test_db.connect().await;
    let clock = Clock::system();
    let authority = AuthorityProfile::demo();
    borgerbro::demo::load(&db, &clock, &authority)
        .await
        .unwrap();
    // The personas' escalations, their outcomes and their paper letters posted.
    let personas_own = || async {
        sqlx::query_as::<_, (i64, i64, i64)>(
            "SELECT \
             (SELECT COUNT(*) FROM escalations e JOIN messages m ON m.id = e.message_id \
              JOIN persons p ON p.id = m.recipient_id WHERE p.demo_description IS NOT NULL), \
             (SELECT COUNT(*) FROM escalations e JOIN messages m ON m.id = e.message_id \
              JOIN persons p ON p.id = m.recipient_id \
              WHERE p.demo_description IS NOT NULL AND e.outcome IS NOT NULL), \
             (SELECT COUNT(*) FROM print_jobs j JOIN messages m ON m.id = j.message_id \
              JOIN persons p ON p.id = m.recipient_id \
              WHERE p.demo_description IS NOT NULL AND j.posted_at IS NOT NULL)",
        )
        .fetch_one(&db.pool)
        .await
        .unwrap()
    };
    let before = personas_own().await;
    borgerbro::demo::load_history(&db, &clock, &authority)
        .await
        .unwrap();
    assert_eq!(
        personas_own().await,
        before,
        "the year leaves the personas' letters alone"
    );

    let this_month = borgerbro::insight::Month::of(clock.today());
    let last = this_month.previous();
    let first = (0..11).fold(last, |m, _| m.previous());
    let months = borgerbro::insight::figures_between(&db, first, last)
        .await
        .unwrap();
    assert_eq!(months.len(), 12, "a year of months, each counted");
    for month in &months {
        assert!(month.is_final, "{}", month.month);
        assert!(
            month.letters_sent.is_some_and(|n| n >= 40),
            "{}: {:?}",
            month.month,
            month.letters_sent
        );
        assert!(month.unread_after_7_days.is_some(), "{}", month.month);
    }
    assert!(months.iter().any(|m| m.lix.median.is_some()));
    assert!(
        months.iter().any(|m| m.exempt_share.is_some()),
        "six of 36 on paper"
    );

    let letters = || async {
        sqlx::query_as::<_, (i64,)>("SELECT COUNT(*) FROM messages")
            .fetch_one(&db.pool)
            .await
            .unwrap()
    };
    let loaded = letters().await;
    borgerbro::demo::load_history(&db, &clock, &authority)
        .await
        .unwrap();
    assert_eq!(letters().await, loaded, "loaded once");
}
