//! "Hvem har kigget" at scale in SQLite: a citizen with `--mine` (100,000) log entries
//! among `--entries` (10,000,000), filled with raw batched inserts; the first page of
//! `GET /api/v1/people/{id}/access-log` (the page's own query) p50/p99 over loopback, with
//! the query plan; and `POST /api/v1/access-log` throughput in batches of 1,000, with the
//! ratio to a plain multi-row insert of the same rows, measured in the same run.
//!
//! `cargo bench -p borgerbro --bench access_log [-- --entries N --mine N --pages N --batches N]`
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod support;

use std::time::{Duration, Instant};

use anyhow::Result;
use secrecy::ExposeSecret;
use sqlx::Row;

use borgerbro::audit::Actor;
use borgerbro::auth::{ApiScope, ApiScopes};
use borgerbro::clock::Clock;
use borgerbro::db::Db;
use borgerbro::startup::Application;
use support::{number_arg, person_id, person_id_sql, remove_db};

/// People who look, and citizens looked at.
const STAFF: usize = 1_000;
const CITIZENS: usize = 1_000_000;
/// Rows one fill statement inserts: the memory of one statement stays small.
const FILL_STEP: usize = 500_000;

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    let index = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted[index]
}

/// Fills `audit_entries` with `entries` rows, every `entries / mine`-th about citizen 0,
/// in statements that count by themselves.
async fn fill(db: &Db, entries: usize, mine: usize) -> Result<()> {
    let every = (entries / mine.max(1)).max(1);
    let citizen = person_id_sql(&format!(
        "CASE WHEN i % {every} = 0 THEN 0 ELSE 1 + i % {} END",
        CITIZENS - 1
    ));
    let staff = person_id_sql(&format!("{} + i % {STAFF}", CITIZENS));
    let mut start = 0;
    while start < entries {
        let last = (start + FILL_STEP).min(entries) - 1;
        let sql = format!(
            "WITH RECURSIVE n(i) AS (SELECT {start} UNION ALL SELECT i + 1 FROM n WHERE i < {last}) \
             INSERT INTO audit_entries (seq, id, at_ms, actor, acting_for, subject, action, object, \
             purpose, prev_hash, hash) \
             SELECT i + 1, 'e' || i, 1700000000000 + i * 10, 'person:' || {staff}, NULL, {citizen}, \
             'people.view', NULL, 'Opfølgning på din sag', 'x', 'h' || i FROM n"
        );
        sqlx::query(&sql).execute(&db.pool).await?;
        start = last + 1;
    }
    sqlx::query("UPDATE audit_head SET last_seq = $1, last_hash = $2 WHERE id = 1")
        .bind(entries as i64)
        .bind(format!("h{}", entries - 1))
        .execute(&db.pool)
        .await?;
    let people = format!(
        "WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < {STAFF}) \
         INSERT INTO persons (id, name, created_at) \
         SELECT CASE WHEN i = {STAFF} THEN {c0} ELSE {s} END, 'Person ' || i, 0 FROM n",
        c0 = person_id_sql("0"),
        s = person_id_sql(&format!("{CITIZENS} + i")),
    );
    sqlx::query(&people).execute(&db.pool).await?;
    Ok(())
}

fn entry(i: usize) -> serde_json::Value {
    serde_json::json!({
        "person": {"person_id": person_id(0)},
        "actor": {"kind": "staff", "name": "Jens Hansen", "unit": "Jobcentret"},
        "system": "Sagssystemet (KMD Nexus)",
        "action": "case.open",
        "what": "din sag om sygedagpenge",
        "purpose": format!("Opfølgning på din sygemelding {i}"),
        "at": "2026-11-20T09:30:00Z",
    })
}

fn main() -> Result<()> {
    let entries = number_arg("--entries", 10_000_000)?;
    let mine = number_arg("--mine", 100_000)?;
    let pages = number_arg("--pages", 1_000)?;
    let batches = number_arg("--batches", 50)?;
    let dir = tempfile::tempdir()?;
    let url = support::sqlite_in(dir.path(), "bench.db")?;
    let runtime = tokio::runtime::Runtime::new()?;
    runtime.block_on(async {
        let db = Db::connect(&url).await?;
        db.migrate(&url).await?;
        let started = Instant::now();
        fill(&db, entries, mine).await?;
        println!(
            "filled {entries} log entries, {mine} of them about one citizen, in {:.1?}",
            started.elapsed()
        );
        let plan: Vec<String> = sqlx::query(
            "EXPLAIN QUERY PLAN SELECT * FROM audit_entries WHERE subject = $1 AND actor <> $2 \
             AND seq < $3 AND at_ms >= $4 AND at_ms < $5 \
             AND NOT (actor = 'system' AND action IN ($6, $7)) ORDER BY seq DESC LIMIT 200",
        )
        .bind(person_id(0))
        .bind(format!("person:{}", person_id(0)))
        .bind(i64::MAX)
        .bind(i64::MIN)
        .bind(i64::MAX)
        .bind("post.send")
        .bind("post.send_batch")
        .fetch_all(&db.pool)
        .await?
        .iter()
        .map(|r| r.try_get::<String, _>("detail").unwrap_or_default())
        .collect();
        println!("query plan of a page: {plan:?}");
        assert!(plan.iter().any(|d| d.contains("audit_entries_subject")), "{plan:?}");
        let clock = Clock::system();
        let (_, key) = borgerbro::auth::api_key::create(
            &db,
            &clock,
            "Bench",
            ApiScopes::new([ApiScope::MyDataRead, ApiScope::AccessLogWrite]),
            Actor::System,
        )
        .await?;
        let settings = support::settings(&url, dir.path())?;
        let app = Application::build(settings, clock).await?;
        let addr = app.address();
        tokio::spawn(app.run_until(std::future::pending()));
        let client = reqwest::Client::new();
        let secret = key.expose_secret().to_owned();

        // The first page, one request at a time; the first 20 warm up.
        let page = format!("http://{addr}/api/v1/people/{}/access-log", person_id(0));
        let mut latencies = Vec::with_capacity(pages);
        for i in 0..pages + 20 {
            let started = Instant::now();
            let answer: serde_json::Value =
                client.get(&page).bearer_auth(&secret).send().await?.json().await?;
            let took = started.elapsed();
            assert_eq!(answer["entries"].as_array().map(Vec::len), Some(50), "{answer}");
            if i >= 20 {
                latencies.push(took);
            }
        }
        latencies.sort();
        println!(
            "GET first page of the access log ({pages} requests over loopback, each also \
             appending its own audit entry): p50 {:?}, p99 {:?}, max {:?}",
            percentile(&latencies, 0.50),
            percentile(&latencies, 0.99),
            latencies.last().copied().unwrap_or_default()
        );

        // POST throughput, batches of 1,000, one after another.
        let report = format!("http://{addr}/api/v1/access-log");
        let bodies: Vec<serde_json::Value> = (0..batches)
            .map(|b| serde_json::json!({"entries": (0..1000).map(|i| entry(b * 1000 + i)).collect::<Vec<_>>()}))
            .collect();
        let started = Instant::now();
        for body in &bodies {
            let response = client.post(&report).bearer_auth(&secret).json(body).send().await?;
            assert_eq!(response.status(), 201);
        }
        let posted = (batches * 1000) as f64 / started.elapsed().as_secs_f64();

        // The same rows, as a plain multi-row insert into a table of the same shape.
        sqlx::query("CREATE TABLE plain_entries AS SELECT * FROM audit_entries WHERE 0")
            .execute(&db.pool)
            .await?;
        let rows: Vec<(i64, String, String, String)> = (0..batches * 1000)
            .map(|i| {
                (
                    i as i64,
                    format!("p{i}"),
                    serde_json::to_string(&entry(i)).unwrap_or_default(),
                    format!("Opfølgning på din sygemelding {i}"),
                )
            })
            .collect();
        let started = Instant::now();
        for chunk in rows.chunks(1000) {
            let mut tx = db.pool.begin().await?;
            for part in chunk.chunks(45) {
                let values = vec!["(?, ?, 0, 'apikey:x', NULL, 's', 'access_log.report', ?, ?, 'x', 'h')"; part.len()].join(", ");
                let sql = format!(
                    "INSERT INTO plain_entries (seq, id, at_ms, actor, acting_for, subject, action, \
                     object, purpose, prev_hash, hash) VALUES {values}"
                );
                let mut query = sqlx::query(&sql);
                for (seq, id, object, purpose) in part {
                    query = query.bind(*seq).bind(id).bind(object).bind(purpose);
                }
                query.execute(&mut *tx).await?;
            }
            tx.commit().await?;
        }
        let plain = (batches * 1000) as f64 / started.elapsed().as_secs_f64();
        println!(
            "POST /api/v1/access-log, {batches} batches of 1,000 one after another: \
             {posted:.0} entries/s; a plain insert of the same rows (1,000 a transaction): \
             {plain:.0} rows/s; ratio {:.2}",
            posted / plain
        );
        db.pool.close().await;
        anyhow::Ok(())
    })?;
    remove_db(&url)?;
    Ok(())
}
