//! Where the time of a help search goes, in-process on one core, with 10,000 places:
//! the catalogue's load (its counter read again once a second), the search in memory,
//! and whole requests for the search page and the API through the router, against a
//! bare route in the same run.
//! The latency under 32 connections is `benches/help-search-load.sh`.
//!
//! `cargo bench -p borgerbro --bench help_search [-- --places N --calls N]`
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod support;

use std::time::Instant;

use anyhow::Result;
use axum::body::Body;
use axum::http::{Request, StatusCode};
use tower::ServiceExt as _;

use borgerbro::clock::Clock;
use borgerbro::config::Settings;
use borgerbro::db::Db;
use borgerbro::help::hours::Moment;
use borgerbro::help::{self, PlaceDraft, Postcodes, Search, Topic};
use borgerbro::router::router;
use borgerbro::state::AppState;
use support::number_arg;

/// Places spread over about 10 km around Aarhus C, a quarter of them about MitID, open on
/// weekdays with drop-in on one day: the same catalogue as the load benchmark.
fn place(i: usize) -> PlaceDraft {
    let kinds = [
        "library",
        "it_cafe",
        "drop_in_centre",
        "front_desk",
        "outreach",
    ];
    let topics = [
        "mitid,digital-post",
        "apps,forms,letters",
        "mitid,helpers,money",
        "housing,pension",
    ];
    let days = ["man", "tir", "ons", "tor", "fre"];
    PlaceDraft {
        kind: kinds[i % 5].into(),
        name: format!("Hjælpested nr. {i}"),
        description: "Frivillige hjælper med telefon, MitID og Digital Post.".into(),
        audience: "Alle".into(),
        street: format!("Vej {i}"),
        postcode: "8000".into(),
        latitude: format!(
            "{:.4}",
            56.1567 + ((i * 7919) % 2000) as f64 / 10000.0 - 0.1
        ),
        longitude: format!(
            "{:.4}",
            10.2108 + ((i * 104_729) % 3000) as f64 / 10000.0 - 0.15
        ),
        phone: "89 40 20 00".into(),
        languages: ["da", "da,en", "da,ar,uk"][i % 3].into(),
        step_free: if i.is_multiple_of(2) { "ja" } else { "nej" }.into(),
        topics: topics[i % 4].into(),
        hours: format!("man-fre 10:00-15:00; {} 15:00-17:00 drop-in", days[i % 5]),
        ..PlaceDraft::default()
    }
}

/// Microseconds a call of `f`, over `calls` calls one after another.
async fn micros<F, Fut>(calls: usize, mut f: F) -> Result<f64>
where
    F: FnMut() -> Fut,
    Fut: std::future::Future<Output = Result<()>>,
{
    let started = Instant::now();
    for _ in 0..calls {
        f().await?;
    }
    Ok(started.elapsed().as_secs_f64() * 1e6 / calls as f64)
}

fn main() -> Result<()> {
    let places = number_arg("--places", 10_000)?;
    let calls = number_arg("--calls", 2_000)?;
    let dir = tempfile::tempdir()?;
    let url = support::sqlite_in(dir.path(), "bench.db")?;
    // One core: everything runs on a single-threaded runtime.
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()?;
    runtime.block_on(async {
        let db = Db::connect(&url).await?;
        db.migrate(&url).await?;
        let postcodes = Postcodes::demo();
        let clock = Clock::fixed("2026-11-23T12:00:00Z".parse()?);
        // The import names who made it, a person.
        sqlx::query("INSERT INTO persons (id, name, created_at) VALUES ('bench', 'Bench', 0)")
            .execute(&db.pool)
            .await?;
        let drafts = (0..places).map(place).collect();
        help::Catalogue::default()
            .import(&db, &postcodes, drafts, 1, "bench", 0)
            .await
            .map_err(|e| anyhow::anyhow!("{e}"))?;
        let settings = Settings {
            postcodes: std::sync::Arc::new(postcodes.clone()),
            with_bare_route: true,
            ..support::settings(&url, dir.path())?
        };
        let state = AppState::new(db, clock.clone(), settings)?;
        let app = router(state.clone());

        let search = Search {
            topic: Some(Topic::Mitid),
            near: postcodes.get("8000").map(|p| p.position),
            within_km: Some(10.0),
            ..Search::default()
        };
        let now = Moment::new(clock.local_now());
        let loaded = state.catalogue.load(&state.db).await?;
        let found = loaded.places.search(&search, &now, 0..20).total;

        let get = |path: &'static str| {
            let app = app.clone();
            async move {
                let response = app.oneshot(Request::get(path).body(Body::empty())?).await?;
                assert_eq!(response.status(), StatusCode::OK, "{path}");
                axum::body::to_bytes(response.into_body(), usize::MAX).await?;
                anyhow::Ok(())
            }
        };
        let page = "/hjaelp/steder?emne=mitid&postnummer=8000&afstand=10";
        let api = "/api/v1/help/places?topic=mitid&postcode=8000&within_km=10&limit=20";
        // Warm the statement cache and the allocator.
        for _ in 0..100 {
            get(page).await?;
        }
        let bare = micros(calls, || get("/bench/bare")).await?;
        let counter = micros(calls, || async {
            state.catalogue.load(&state.db).await?;
            Ok(())
        })
        .await?;
        let in_memory = micros(calls, || async {
            assert_eq!(loaded.places.search(&search, &now, 0..20).hits.len(), 20);
            Ok(())
        })
        .await?;
        let page_time = micros(calls, || get(page)).await?;
        let api_time = micros(calls, || get(api)).await?;
        println!("{places} places, {found} found within 10 km of 8000 about MitID, first 20 shown");
        println!("| step | µs a call | of the search page |");
        println!("|---|---:|---:|");
        for (step, took) in [
            ("bare route through the router", bare),
            ("catalogue load (counter read again once a second)", counter),
            ("search in memory, first 20 of all found", in_memory),
            ("search page through the router", page_time),
            ("search API through the router", api_time),
        ] {
            println!("| {step} | {took:.1} | {:.2} |", took / page_time);
        }
        anyhow::Ok(())
    })?;
    Ok(())
}
