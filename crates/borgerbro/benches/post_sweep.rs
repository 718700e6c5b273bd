//! The escalation sweep over millions of letters, few of them due: its time should follow
//! the number due, not the number stored. Three SQLite databases, made fresh in turn:
//! (a) 10,000,000 letters, 100,000 due; (b) 1,000,000 letters, the same 100,000 due;
//! (c) 10,000,000 letters, 10,000 due. For (a) it also shows the plan of the due query.
//!
//! `cargo bench -p borgerbro --bench post_sweep` (about 3 GiB of disk at a time; add
//! `-- --scale 100` to divide every count by 100 for a quick run).
//! Figures and target: BENCHMARKS.md, "Post: the escalation sweep".

mod support;

use std::str::FromStr;
use std::time::{Duration, Instant};

use anyhow::{bail, Context, Result};
use sqlx::sqlite::{SqliteConnectOptions, SqliteJournalMode, SqliteSynchronous};
use sqlx::{ConnectOptions, Connection, Row as _};

use borgerbro::clock::Clock;
use borgerbro::db::{Db, DbUrl};
use borgerbro::post::{self, Policy};
use support::{number_arg, person_id_sql, remove_db, sqlite_path};

/// The moment each sweep runs as (`borgerbro sweep --as-of`).
const AS_OF: &str = "2027-01-15T09:00:00Z";
/// Recipients: a few thousand, so each has many letters, as in a municipality's archive.
const PEOPLE: usize = 5_000;
/// Letters filled per SQL statement: one statement per million keeps memory flat.
const FILL_CHUNK: usize = 1_000_000;
const DAY_MS: i64 = 86_400_000;

struct Case {
    name: char,
    total: usize,
    due: usize,
    /// Show the plan of the sweep's query for the due letters.
    explain: bool,
}

impl Case {
    fn label(&self) -> String {
        format!(
            "({}) {} letters, {} due",
            self.name,
            short(self.total),
            short(self.due)
        )
    }
}

/// 10000000 as "10M", 100000 as "100k".
fn short(n: usize) -> String {
    match n {
        n if n >= 1_000_000 && n % 1_000_000 == 0 => format!("{}M", n / 1_000_000),
        n if n >= 1_000 && n % 1_000 == 0 => format!("{}k", n / 1_000),
        n => n.to_string(),
    }
}

struct Measured {
    fill: Duration,
    file_bytes: u64,
    sweep: Duration,
    /// The processor time the process used during the sweep (user and system, all
    /// threads): on a shared machine the wall time also holds the waits for a core.
    sweep_cpu: Duration,
    again: Duration,
}

/// The processor time this process used so far, user and system, all threads, from
/// /proc/self/stat (in clock ticks of 10 ms).
fn cpu_time() -> Result<Duration> {
    let stat = std::fs::read_to_string("/proc/self/stat")?;
    // The fields after the command name, which is in parentheses and may hold spaces.
    let rest = stat.rsplit_once(')').context("/proc/self/stat")?.1;
    let fields: Vec<&str> = rest.split_whitespace().collect();
    let ticks: u64 = fields[11].parse::<u64>()? + fields[12].parse::<u64>()?;
    Ok(Duration::from_millis(ticks * 10))
}

#[tokio::main]
async fn main() -> Result<()> {
    let scale = number_arg("--scale", 1)?.max(1);
    let cases = [
        Case {
            name: 'a',
            total: 10_000_000 / scale,
            due: 100_000 / scale,
            explain: true,
        },
        Case {
            name: 'b',
            total: 1_000_000 / scale,
            due: 100_000 / scale,
            explain: false,
        },
        Case {
            name: 'c',
            total: 10_000_000 / scale,
            due: 10_000 / scale,
            explain: false,
        },
    ];
    let as_of: jiff::Timestamp = AS_OF.parse()?;
    let dir = tempfile::tempdir()?;
    println!(
        "post sweep: SQLite in {}, as of {as_of}",
        dir.path().display()
    );
    let mut results = Vec::new();
    for case in &cases {
        println!("{}", case.label());
        let measured = run_case(dir.path(), case, as_of).await?;
        results.push(measured);
    }
    println!();
    println!(
        "| case | letters | due | fill (not timed) | file | sweep | per letter due | \
         processor | again (0 due) |"
    );
    println!("|---|---:|---:|---:|---:|---:|---:|---:|---:|");
    for (case, m) in cases.iter().zip(&results) {
        println!(
            "| {} | {} | {} | {:.0} s | {:.1} GiB | {:.2} s | {:.0} µs | {:.2} s | {:.1} ms |",
            case.label(),
            case.total,
            case.due,
            m.fill.as_secs_f64(),
            m.file_bytes as f64 / f64::from(1u32 << 30),
            m.sweep.as_secs_f64(),
            m.sweep.as_secs_f64() * 1e6 / case.due as f64,
            m.sweep_cpu.as_secs_f64(),
            m.again.as_secs_f64() * 1e3,
        );
    }
    if let [a, b, c] = &results[..] {
        println!();
        println!(
            "(a)/(b), 10x the letters, the same due: {:.2}; (a)/(c), 10x the due: {:.1}",
            a.sweep.as_secs_f64() / b.sweep.as_secs_f64(),
            a.sweep.as_secs_f64() / c.sweep.as_secs_f64()
        );
    }
    Ok(())
}

async fn run_case(dir: &std::path::Path, case: &Case, as_of: jiff::Timestamp) -> Result<Measured> {
    let path = dir.join("sweep.db");
    let url = DbUrl::sqlite_file(path.to_str().context("a temporary path in UTF-8")?)?;
    let started = Instant::now();
    fill(&url, case, as_of.as_millisecond()).await?;
    let fill_time = started.elapsed();
    let file_bytes = std::fs::metadata(sqlite_path(&url))?.len();
    println!(
        "  filled in {:.0} s, {:.1} GiB",
        fill_time.as_secs_f64(),
        file_bytes as f64 / f64::from(1u32 << 30)
    );

    let db = Db::connect(&url).await?;
    db.migrate(&url).await?;
    let clock = Clock::fixed(as_of);
    let policy = Policy::default();
    if case.explain {
        explain_due_query(&db, as_of.as_millisecond()).await?;
    }

    let cpu_before = cpu_time()?;
    let started = Instant::now();
    let escalated = post::sweep(&db, &clock, &policy).await?;
    let sweep = started.elapsed();
    let sweep_cpu = cpu_time()?.saturating_sub(cpu_before);
    if escalated != case.due {
        bail!("the sweep escalated {escalated} letters, not {}", case.due);
    }
    let (stored,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM escalations")
        .fetch_one(&db.pool)
        .await?;
    if stored != case.due as i64 {
        bail!("{stored} escalations stored, not {}", case.due);
    }
    // The next minute's sweep, with nothing due: the cost of looking.
    let started = Instant::now();
    let again = post::sweep(&db, &clock, &policy).await?;
    let again_time = started.elapsed();
    if again != 0 {
        bail!("a second sweep escalated {again} letters");
    }
    println!(
        "  sweep: {escalated} escalated in {:.2} s (processor {:.2} s); again: {:.1} ms",
        sweep.as_secs_f64(),
        sweep_cpu.as_secs_f64(),
        again_time.as_secs_f64() * 1e3
    );
    db.pool.close().await;
    remove_db(&url)?;
    Ok(Measured {
        fill: fill_time,
        file_bytes,
        sweep,
        sweep_cpu,
        again: again_time,
    })
}

/// Makes the database: migrated by the application, then filled by SQL on one connection
/// that never waits for the disk (setup only; the sweep runs on the application's own
/// pool). The
/// indexes on `messages` are dropped while filling and made again after, with the
/// migrations' own SQL, because sorting once is far faster than 10M index inserts.
///
/// Every letter `i` with `i % (total / due) == 0` is due: sent eight or more days ago,
/// escalation time past, deadline set, unopened. Of the rest, by `i % 100`: 55 escalates
/// later (unopened, in the sweep's index, not due yet), 0..30 were opened in time, and
/// the others need no action (no deadline, no escalation time; half of them opened).
async fn fill(url: &DbUrl, case: &Case, as_of_ms: i64) -> Result<()> {
    let db = Db::connect(url).await?;
    db.migrate(url).await?;
    db.pool.close().await;

    let mut conn = SqliteConnectOptions::from_str(url.as_str())?
        // The file is already in WAL mode: leaving it would need the lock the closing pool
        // may still hold.
        .journal_mode(SqliteJournalMode::Wal)
        .synchronous(SqliteSynchronous::Off)
        .pragma("cache_size", "-1000000")
        .connect()
        .await?;
    sqlx::query(&format!(
        "INSERT INTO persons (id, name, created_at) \
         WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i + 1 < $1) \
         SELECT {}, 'Borger ' || i, 0 FROM n",
        person_id_sql("i")
    ))
    .bind(PEOPLE as i64)
    .execute(&mut conn)
    .await?;
    // Phone for half, an address for two in three: the sweep picks the escalation by them.
    sqlx::query(&format!(
        "INSERT INTO person_profiles (person_id, address, phone, updated_at) \
         WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i + 1 < $1) \
         SELECT {}, CASE WHEN i % 3 > 0 THEN 'Vejen ' || i || ', 8000 Aarhus C' END, \
                CASE WHEN i % 2 = 0 THEN '2233' || printf('%04d', i) END, 0 FROM n",
        person_id_sql("i")
    ))
    .bind(PEOPLE as i64)
    .execute(&mut conn)
    .await?;

    let indexes: Vec<(String, String)> = sqlx::query_as(
        "SELECT name, sql FROM sqlite_master \
         WHERE type = 'index' AND tbl_name = 'messages' AND sql IS NOT NULL",
    )
    .fetch_all(&mut conn)
    .await?;
    for (name, _) in &indexes {
        sqlx::query(&format!("DROP INDEX {name}"))
            .execute(&mut conn)
            .await?;
    }
    let stride = (case.total / case.due.max(1)).max(1) as i64;
    let sql = format!(
        "INSERT INTO messages (id, recipient_id, sender, sender_name, area, subject, body, \
             summary, channel, created_at, sent_at, deadline_original, deadline_current, \
             escalate_at, escalated_at, opened_at, opened_by, done_at, batch_id) \
         WITH RECURSIVE n(i) AS (SELECT $1 UNION ALL SELECT i + 1 FROM n WHERE i + 1 < $2), \
         r(i, kind, sent, person) AS ( \
             SELECT i, \
                 CASE WHEN i % $3 = 0 THEN 'due' WHEN i % 100 = 55 THEN 'later' \
                      WHEN i % 100 < 30 THEN 'opened' ELSE 'plain' END, \
                 $4 - 8 * {DAY_MS} - ($5 - i) * 100, \
                 {} \
             FROM n) \
         SELECT {}, person, 'system', 'Borgerservice', 'housing', 'Brev nummer ' || i, \
             'Kære borger\n\nVi har truffet afgørelse i din sag. Du kan læse den i brevet \
              herunder. Skriv til os inden fristen, hvis noget ikke passer.', \
             NULL, 'digital', sent, sent, \
             CASE WHEN kind <> 'plain' THEN '2027-02-01' END, \
             CASE WHEN kind <> 'plain' THEN '2027-02-01' END, \
             CASE kind WHEN 'plain' THEN NULL WHEN 'later' THEN $4 + {DAY_MS} + i % 1000 \
                 ELSE sent + 7 * {DAY_MS} END, \
             NULL, \
             CASE WHEN kind = 'opened' OR (kind = 'plain' AND i % 2 = 0) THEN sent + 3600000 END, \
             CASE WHEN kind = 'opened' OR (kind = 'plain' AND i % 2 = 0) THEN 'person:' || person END, \
             NULL, NULL \
         FROM r",
        person_id_sql(&format!("i % {PEOPLE}")),
        // Letter ids in the same shape as person ids: 36 characters, sorting by number.
        person_id_sql("i").replace("8000-", "9000-"),
    );
    let mut start = 0;
    while start < case.total {
        let end = (start + FILL_CHUNK).min(case.total);
        sqlx::query(&sql)
            .bind(start as i64)
            .bind(end as i64)
            .bind(stride)
            .bind(as_of_ms)
            .bind(case.total as i64)
            .execute(&mut conn)
            .await?;
        start = end;
    }
    for (_, index_sql) in &indexes {
        sqlx::query(index_sql).execute(&mut conn).await?;
    }
    // The letters waiting to escalate, as sending puts them in the queue.
    sqlx::query(
        "INSERT INTO escalation_queue (message_id, escalate_at, recipient_id, deadline) \
         SELECT id, escalate_at, recipient_id, deadline_current FROM messages \
         WHERE escalate_at IS NOT NULL AND opened_at IS NULL ORDER BY escalate_at",
    )
    .execute(&mut conn)
    .await?;
    let (due,): (i64,) =
        sqlx::query_as("SELECT COUNT(*) FROM escalation_queue WHERE escalate_at <= $1")
            .bind(as_of_ms)
            .fetch_one(&mut conn)
            .await?;
    if due != case.due as i64 {
        bail!("the fill made {due} due letters, not {}", case.due);
    }
    conn.close().await?;
    // On disk before the sweep, as a database in use is: else the sweep's first
    // checkpoint would wait for the kernel to write out the whole fill.
    std::fs::File::open(sqlite_path(url))?.sync_all()?;
    Ok(())
}

/// Shows that the sweep's query reads only the queue's index, not the letters.
async fn explain_due_query(db: &Db, as_of_ms: i64) -> Result<()> {
    let plan = sqlx::query(
        "EXPLAIN QUERY PLAN SELECT message_id AS id, recipient_id, deadline AS deadline_current \
         FROM escalation_queue WHERE escalate_at <= $1 ORDER BY escalate_at LIMIT 1000",
    )
    .bind(as_of_ms)
    .fetch_all(&db.pool)
    .await?;
    for row in plan {
        let detail: String = row.try_get("detail")?;
        println!("  plan of the due query: {detail}");
    }
    Ok(())
}
