//! Mandate checks with 100,000 active permissions in SQLite: decisions per second
//! in-process on one core (the rules alone, and with the database read), and the latency
//! of `POST /api/v1/mandates/check` over loopback, one request at a time; and the check's
//! read alone, on the calling thread and handed to `spawn_blocking`.
//!
//! `cargo bench -p borgerbro --bench mandate_check [-- --mandates N --calls N]`
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::time::{Duration, Instant};

use anyhow::Result;
use jiff::civil::Date;
use secrecy::ExposeSecret;

use borgerbro::audit::Actor;
use borgerbro::clock::Clock;
use borgerbro::db::Db;
use borgerbro::mandates::{self, model, Mandate, Rights, Scope};
use borgerbro::startup::Application;

mod support;
use support::{person_id, person_id_sql};

/// Citizens share this many helpers, so each helper has many permissions.
const HELPERS: usize = 1_000;

fn arg(name: &str, default: usize) -> usize {
    let args: Vec<String> = std::env::args().collect();
    args.iter()
        .position(|a| a == name)
        .and_then(|i| args.get(i + 1))
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

/// Fills persons and permissions with SQL that counts by itself: no round trip a row.
async fn fill(db: &Db, mandates: usize) -> Result<()> {
    let people = format!(
        "WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < {last}) \
         INSERT INTO persons (id, name, created_at) SELECT {}, 'Borger ' || i, 0 FROM n",
        person_id_sql("i"),
        last = mandates - 1
    );
    sqlx::query(&people).execute(&db.pool).await?;
    let helpers = format!(
        "WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < {last}) \
         INSERT INTO persons (id, name, created_at) SELECT {}, 'Hjælper ' || i, 0 FROM n",
        person_id_sql(&format!("{HELPER_IDS} + i")),
        last = HELPERS - 1
    );
    sqlx::query(&helpers).execute(&db.pool).await?;
    let permissions = format!(
        "WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < {last}) \
         INSERT INTO mandates (id, citizen_id, helper_id, scopes, rights, valid_from, valid_to, \
         given_by, created_at, accepted_at) \
         SELECT 'm' || i, {}, {}, 'post,health', 'look', \
         '2026-01-01', '2099-12-31', 'bench', 0, 0 FROM n",
        person_id_sql("i"),
        person_id_sql(&format!("{HELPER_IDS} + i % {HELPERS}")),
        last = mandates - 1
    );
    sqlx::query(&permissions).execute(&db.pool).await?;
    Ok(())
}

/// Helpers' person ids start here, after every citizen's (the API checks that both are
/// person ids, as stored).
const HELPER_IDS: usize = 100_000_000;

fn pair(i: usize, mandates: usize) -> (String, String) {
    let citizen = (i * 7919) % mandates;
    (
        person_id(HELPER_IDS + citizen % HELPERS),
        person_id(citizen),
    )
}

/// The permission check's read (`mandates::store::check_between`), counting the rows.
fn read_rows(conn: &rusqlite::Connection, helper: &str, citizen: &str) -> rusqlite::Result<usize> {
    let mut statement = conn.prepare_cached(
        "SELECT id, citizen_id, helper_id, scopes, rights, valid_from, valid_to, accepted_at, \
         suspended_at, ended_at FROM mandates WHERE helper_id = ?1 AND citizen_id = ?2",
    )?;
    let rows = statement.query_map([helper, citizen], |row| row.get::<_, String>(0))?;
    Ok(rows.count())
}

fn rules_alone(calls: usize, today: Date) -> f64 {
    let mandate = Mandate {
        id: "m".into(),
        citizen_id: "c".into(),
        helper_id: "h".into(),
        scopes: vec![Scope::Post, Scope::Subject(borgerbro::post::Area::Health)],
        rights: Rights::Look,
        valid_from: Date::new(2026, 1, 1).unwrap(),
        valid_to: Date::new(2099, 12, 31).unwrap(),
        accepted: true,
        ended: false,
        suspended: false,
    };
    let mandates = [mandate];
    let started = Instant::now();
    let mut allowed = 0usize;
    for i in 0..calls {
        let action = if i % 2 == 0 {
            Rights::Look
        } else {
            Rights::Act
        };
        allowed += usize::from(model::decide(&mandates, Scope::Post, action, today).is_ok());
    }
    assert_eq!(allowed, calls.div_ceil(2));
    calls as f64 / started.elapsed().as_secs_f64()
}

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    let index = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted[index]
}

fn main() -> Result<()> {
    let mandates = arg("--mandates", 100_000);
    let calls = arg("--calls", 100_000);
    let dir = tempfile::tempdir()?;
    let url = support::sqlite_in(dir.path(), "bench.db")?;
    let today = Date::new(2026, 11, 23)?;

    // One core: the in-process figures run on a single-threaded runtime.
    let single = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()?;
    let db = single.block_on(async {
        let db = Db::connect(&url).await?;
        db.migrate(&url).await?;
        fill(&db, mandates).await?;
        anyhow::Ok(db)
    })?;
    println!("{mandates} active permissions, {HELPERS} helpers");
    println!(
        "rules alone (model::decide): {:.0} decisions/s on one core",
        rules_alone(calls * 10, today)
    );
    let in_process = single.block_on(async {
        let started = Instant::now();
        for i in 0..calls {
            let (helper, citizen) = pair(i, mandates);
            let decision =
                mandates::check(&db, &helper, &citizen, Scope::Post, Rights::Look, today).await?;
            assert!(decision.is_ok());
        }
        anyhow::Ok(calls as f64 / started.elapsed().as_secs_f64())
    })?;
    println!("mandates::check with the SQLite read: {in_process:.0} decisions/s on one core");
    // What handing each read to another thread would cost, in this run: the same read
    // of the same rows, on the calling thread (as `check` does) and through
    // spawn_blocking.
    let (in_place, handed_over) = single.block_on(async {
        let readers = db.sqlite_readers().expect("a SQLite file");
        let started = Instant::now();
        for i in 0..calls {
            let (helper, citizen) = pair(i, mandates);
            assert_eq!(readers.read(|conn| read_rows(conn, &helper, &citizen))?, 1);
        }
        let in_place = calls as f64 / started.elapsed().as_secs_f64();
        let started = Instant::now();
        for i in 0..calls {
            let (helper, citizen) = pair(i, mandates);
            let db = db.clone();
            let rows = tokio::task::spawn_blocking(move || {
                let readers = db.sqlite_readers().expect("a SQLite file");
                readers.read(|conn| read_rows(conn, &helper, &citizen))
            })
            .await??;
            assert_eq!(rows, 1);
        }
        let handed_over = calls as f64 / started.elapsed().as_secs_f64();
        anyhow::Ok((in_place, handed_over))
    })?;
    println!(
        "the check's read alone: {in_place:.0} reads/s on the calling thread, \
         {handed_over:.0} reads/s through spawn_blocking ({:.2} of it)",
        handed_over / in_place
    );
    drop(single);

    let runtime = tokio::runtime::Runtime::new()?;
    runtime.block_on(async {
        let clock = Clock::fixed("2026-11-23T12:00:00Z".parse()?);
        let (_, key) =
            borgerbro::auth::api_key::create(
                &db,
                &clock,
                "Bench",
                borgerbro::auth::ApiScopes::new([borgerbro::auth::ApiScope::MandatesCheck]),
                Actor::System,
            )
            .await?;
        let settings = support::settings(&url, dir.path())?;
        let app = Application::build(settings, clock).await?;
        let addr = app.address();
        tokio::spawn(app.run_until(std::future::pending()));
        let client = reqwest::Client::new();
        let endpoint = format!("http://{addr}/api/v1/mandates/check");
        let requests = calls / 5;
        let mut latencies = Vec::with_capacity(requests);
        for i in 0..requests + 500 {
            let (helper, citizen) = pair(i, mandates);
            let body = serde_json::json!({"helper": helper, "citizen": citizen, "area": "post", "action": "look"});
            let started = Instant::now();
            let response = client.post(&endpoint).bearer_auth(key.expose_secret()).json(&body).send().await?;
            let answer: serde_json::Value = response.json().await?;
            let took = started.elapsed();
            assert_eq!(answer["allowed"], true);
            // The first 500 warm the connection and the statement cache.
            if i >= 500 {
                latencies.push(took);
            }
        }
        latencies.sort();
        println!(
            "POST /api/v1/mandates/check, {requests} requests one at a time over loopback: \
             p50 {:?}, p99 {:?}, max {:?}",
            percentile(&latencies, 0.50),
            percentile(&latencies, 0.99),
            latencies.last().copied().unwrap_or_default()
        );
        anyhow::Ok(())
    })?;
    Ok(())
}
