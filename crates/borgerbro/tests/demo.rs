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
        9
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
    assert_eq!(people.len(), 9);
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
