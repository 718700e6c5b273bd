//! The inclusion figures of a month over `--letters` (10,000,000) letters in SQLite: the
//! sweep's counting of a month (the snapshot, done once an hour and once more when the
//! month is over), a request's reading of the month's figures (`/tal`, the API: the
//! snapshot), and, in the same run, a plain `COUNT(*)` of the same month's letters, with
//! the ratios.
//!
//! The letters are spread over ten months; one in 1,000 is written one at a time, the rest
//! come in batches of 10,000 (a national batch shares its template, so one letter a batch
//! stands for its plain language); four in five are opened.
//!
//! `cargo bench -p borgerbro --bench insight_month [-- --letters N --reads N]`
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod support;

use std::time::{Duration, Instant};

use anyhow::Result;
use sqlx::Row;

use borgerbro::clock::Clock;
use borgerbro::db::Db;
use borgerbro::insight::{self, Month};
use support::{number_arg, person_id_sql, remove_db};

const PEOPLE: usize = 100_000;
const BATCH: usize = 10_000;
const FILL_STEP: usize = 500_000;
/// 1 January 2026 00:00 in Copenhagen, and 30 days.
const START_MS: i64 = 1_767_222_000_000;
const MONTH_MS: i64 = 30 * 24 * 3600 * 1000;

fn median(mut took: Vec<Duration>) -> Duration {
    took.sort();
    took[took.len() / 2]
}

async fn fill(db: &Db, letters: usize) -> Result<()> {
    let people = format!(
        "WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < {}) \
         INSERT INTO persons (id, name, created_at) SELECT {}, 'Person ' || i, 0 FROM n",
        PEOPLE - 1,
        person_id_sql("i")
    );
    sqlx::query(&people).execute(&db.pool).await?;
    let batches = format!(
        "WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < {}) \
         INSERT INTO batches (id, sender, letters, created_at) SELECT 'b' || i, 'apikey:x', {BATCH}, 0 FROM n",
        letters / BATCH
    );
    sqlx::query(&batches).execute(&db.pool).await?;
    // Spread evenly over ten months from January 2026.
    let step_ms = (10 * MONTH_MS) / letters as i64;
    let mut start = 0;
    while start < letters {
        let last = (start + FILL_STEP).min(letters) - 1;
        let sql = format!(
            "WITH RECURSIVE n(i) AS (SELECT {start} UNION ALL SELECT i + 1 FROM n WHERE i < {last}) \
             INSERT INTO messages (id, recipient_id, sender, sender_name, area, subject, body, \
             channel, created_at, sent_at, opened_at, batch_id) \
             SELECT 'm' || printf('%010d', i), {recipient}, 'apikey:x', \
             CASE WHEN i % 3 = 0 THEN 'Ydelsesservice' ELSE 'Borgerservice' END, 'general', \
             'Om din sag', 'Kære borger\n\nVi har fået din ansøgning. Du hører fra os inden for fire uger.', \
             'digital', {START_MS} + i * {step_ms}, {START_MS} + i * {step_ms}, \
             CASE WHEN i % 5 = 0 THEN NULL ELSE {START_MS} + i * {step_ms} + 86400000 END, \
             CASE WHEN i % 1000 = 0 THEN NULL ELSE 'b' || (i / {BATCH}) END FROM n",
            recipient = person_id_sql(&format!("i % {PEOPLE}")),
        );
        sqlx::query(&sql).execute(&db.pool).await?;
        start = last + 1;
    }
    Ok(())
}

fn main() -> Result<()> {
    let letters = number_arg("--letters", 10_000_000)?;
    let reads = number_arg("--reads", 200)?;
    let dir = tempfile::tempdir()?;
    let url = support::sqlite_in(dir.path(), "bench.db")?;
    let runtime = tokio::runtime::Runtime::new()?;
    runtime.block_on(async {
        let db = Db::connect(&url).await?;
        db.migrate(&url).await?;
        let started = Instant::now();
        fill(&db, letters).await?;
        sqlx::query("ANALYZE").execute(&db.pool).await?;
        println!(
            "filled {letters} letters over ten months in {:.1?}",
            started.elapsed()
        );

        // October 2026 is the tenth month; the sweep runs on 1 November, closing it.
        let clock = Clock::fixed("2026-11-01T01:00:00Z".parse()?);
        let october = Month::read("2026-10").map_err(|e| anyhow::anyhow!("{e:?}"))?;
        let (from, to) = october.range_ms();

        let mut counted = Vec::new();
        for _ in 0..3 {
            let started = Instant::now();
            insight::count(&db, october, clock.now(), 45).await?;
            counted.push(started.elapsed());
        }
        insight::sweep(&db, &clock, 45).await?;
        let figures = insight::figures_between(&db, october, october).await?;
        assert_eq!(figures.len(), 1);
        let sent = figures[0].letters_sent.unwrap_or(0);

        let mut read = Vec::new();
        for _ in 0..reads {
            let started = Instant::now();
            let figures = insight::figures_between(&db, october, october).await?;
            read.push(started.elapsed());
            assert_eq!(figures[0].letters_sent, Some(sent));
        }
        let mut plain = Vec::new();
        let mut plain_count = 0;
        for _ in 0..5 {
            let started = Instant::now();
            plain_count = sqlx::query(
                "SELECT COUNT(*) AS n FROM messages WHERE sent_at >= $1 AND sent_at < $2",
            )
            .bind(from)
            .bind(to)
            .fetch_one(&db.pool)
            .await?
            .try_get::<i64, _>("n")?;
            plain.push(started.elapsed());
        }
        assert_eq!(
            plain_count as u64, sent,
            "the figure is the month's letters"
        );
        let (counted, read, plain) = (median(counted), median(read), median(plain));
        println!("October's letters: {sent}");
        println!("counting the month (the sweep's snapshot), median of 3: {counted:.1?}");
        println!(
            "reading the month's figures (a request: the snapshot), median of {reads}: {read:.2?}"
        );
        println!("plain COUNT(*) of the month's letters, median of 5: {plain:.1?}");
        println!(
            "ratios: reading / plain count {:.4}, counting / plain count {:.1}",
            read.as_secs_f64() / plain.as_secs_f64(),
            counted.as_secs_f64() / plain.as_secs_f64()
        );
        db.pool.close().await;
        anyhow::Ok(())
    })?;
    remove_db(&url)?;
    Ok(())
}
