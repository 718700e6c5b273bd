//! A batch of a million personalised letters into SQLite, against a raw insert of the
//! same rows in the same run, then the real `borgerbro post send-batch` on the same list.
//!
//! `cargo bench -p borgerbro --bench post_batch` (add `-- --letters N` for a smaller run).
//! Figures and target: BENCHMARKS.md, "Post: batch sending".

use std::io::Write;
use std::path::Path;
use std::process::Command;
use std::time::{Duration, Instant};

use anyhow::{bail, Context, Result};
use jiff::ToSpan;
mod support;

use borgerbro::post::{letter_of, LETTER_COLUMNS};
use support::{number_arg, person_id, person_id_sql, remove_db};

use borgerbro::audit::Actor;
use borgerbro::clock::Clock;
use borgerbro::db::{value_rows, Db, DbUrl, Placeholders};
use borgerbro::post::batch::{self, RecipientRef, Row, RowSource, Template};
use borgerbro::post::{Area, Letter, Policy, Sender};

/// Two merge fields, as a housing-benefit letter has: the name and the amount.
const SUBJECT: &str = "Din boligstøtte for 2027";
const SUMMARY: &str = "Du får {{ beløb }} kr. om måneden i boligstøtte fra 1. januar.";
const BODY: &str = "Kære {{ navn }}\n\nDin boligstøtte er {{ beløb }} kr. om måneden fra \
    1. januar 2027. Vi har regnet den ud fra de oplysninger, vi har om din husstand og din \
    indkomst.\n\nHvis noget ikke passer, skal du give os besked inden fristen.\n";

/// The columns of `messages` the application writes for a batch letter, in the order of
/// its own multi-row insert (`store::insert_letters`).
fn columns() -> String {
    format!("{LETTER_COLUMNS}, created_at, batch_id")
}
const VALUES_PER_LETTER: usize = 19;
// As many letters per statement as the application uses, so both sides pay the same
// number of round trips. Why 25: a statement of 500 letters has 10,000 `$N` parameters,
// and binding each one looks its name up in a list as long as all of them (sqlx-sqlite
// calls `sqlite3_bind_parameter_name` for each, which walks SQLite's parameter list): the
// cost of a statement grows with the square of its size. 25 letters (500 parameters) was
// the fastest of 1, 5, 10, 25, 50, 100, 200 and 500 in a trial run.
use borgerbro::post::LETTERS_PER_INSERT;

#[tokio::main]
async fn main() -> Result<()> {
    let letters = number_arg("--letters", 1_000_000)?;
    let dir = tempfile::tempdir()?;
    println!(
        "post batch: {letters} letters, SQLite in {}",
        dir.path().display()
    );

    // 1. The library's send_batch, with every recipient in the database beforehand.
    let (batch_db, batch_url) = fresh_db(dir.path(), "batch.db", letters).await?;
    let deadline = Clock::system().today().checked_add(30.days())?;
    let template = Template {
        area: Area::Housing,
        subject: SUBJECT.to_owned(),
        body: BODY.to_owned(),
        summary: Some(SUMMARY.to_owned()),
        deadline: Some(deadline),
        versions: Vec::new(),
    };
    let merge_fields = merge_fields();
    let mut rows = Generated {
        next: 0,
        total: letters,
    };
    let sender = Sender {
        actor: Actor::System,
        name: "Borgerservice".to_owned(),
    };
    // The peak from here on is the batch's own, not the setup's ten million persons.
    support::reset_peak()?;
    let started = Instant::now();
    let sent = batch::send_batch(
        &batch_db,
        &Clock::system(),
        &Policy::default(),
        batch::Order {
            template: &template,
            columns: &merge_fields,
            rows: &mut rows,
            sender: &sender,
            idempotency: None,
        },
        &|_| {},
    )
    .await
    .map_err(|e| anyhow::anyhow!("send_batch failed: {e:?}"))?;
    let batch_time = started.elapsed();
    let sent = sent.into_inner();
    if sent.letters != letters as i64 {
        bail!("send_batch wrote {} letters, not {letters}", sent.letters);
    }
    // In KiB; 0 where unknown.
    let batch_rss = support::status_bytes("VmHWM:").unwrap_or(0) / 1024;

    // 2. The same rows, read back, inserted raw into a fresh database: no lookups, no
    //    checks, no merging; what the database and the driver cost alone, in the
    //    application's statement shape. Read and written a page at a time, so that ten
    //    million letters fit in memory; only the inserts and the commit are timed.
    let raw_time = timed_raw_insert(
        dir.path(),
        &batch_db,
        &sent.batch_id,
        letters,
        LETTERS_PER_INSERT,
    )
    .await?;
    batch_db.pool.close().await;
    remove_db(&batch_url)?;

    let rate = |time: Duration| letters as f64 / time.as_secs_f64();
    println!();
    println!("| what | letters | seconds | letters/s |");
    println!("|---|---:|---:|---:|");
    for (what, time) in [
        ("`post::batch::send_batch` (library)".to_owned(), batch_time),
        (
            format!("raw INSERT, same rows, one transaction, {LETTERS_PER_INSERT} letters a statement (as the application)"),
            raw_time,
        ),
    ] {
        println!(
            "| {what} | {letters} | {:.2} | {:.0} |",
            time.as_secs_f64(),
            rate(time)
        );
    }
    println!();
    println!(
        "send_batch / raw insert throughput: {:.2}",
        rate(batch_time) / rate(raw_time),
    );
    println!(
        "peak RSS of this process after send_batch: {} MiB",
        batch_rss / 1024
    );

    // 3. The command a caseworker's IT department runs, on the same list as a CSV file.
    command_line(dir.path(), letters, deadline).await
}

/// A migrated database with `people` persons, written by one SQL statement: setup, not
/// part of any figure.
async fn fresh_db(dir: &Path, file: &str, people: usize) -> Result<(Db, DbUrl)> {
    let path = dir.join(file);
    let url = DbUrl::sqlite_file(path.to_str().context("a temporary path in UTF-8")?)?;
    let db = Db::connect(&url).await?;
    db.migrate(&url).await?;
    sqlx::query(&format!(
        "INSERT INTO persons (id, name, created_at) \
         WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i + 1 < $1) \
         SELECT {}, 'Borger ' || i, 0 FROM n",
        person_id_sql("i")
    ))
    .bind(people as i64)
    .execute(&db.pool)
    .await?;
    Ok((db, url))
}

/// The merge fields, as `post send-batch` reads them from a CSV file's header.
fn merge_fields() -> Vec<String> {
    vec!["person_id".into(), "navn".into(), "beløb".into()]
}

/// The rows, made as they are asked for, as `post send-batch` reads them from a file: the
/// batch's own memory is measured, not a list held beside it.
struct Generated {
    next: usize,
    total: usize,
}

impl RowSource for Generated {
    fn next_rows(&mut self, max: usize) -> Result<Vec<Row>, String> {
        let end = self.total.min(self.next + max);
        let rows = (self.next..end)
            .map(|i| {
                let id = person_id(i);
                Row {
                    recipient: RecipientRef::PersonId(id.clone()),
                    values: vec![Some(id), Some(format!("Borger {i}")), Some(amount(i))],
                }
            })
            .collect();
        self.next = end;
        Ok(rows)
    }
}

fn amount(i: usize) -> String {
    format!("{}", 500 + i % 4000)
}

/// How many stored letters the raw insert reads back at a time.
const READ_BACK_PAGE: i64 = 100_000;

/// The next page of the batch's letters as stored after `after` (an id), every column the
/// raw insert writes.
async fn read_back(db: &Db, batch_id: &str, after: &str) -> Result<Vec<Letter>> {
    let rows = sqlx::query(&format!(
        "SELECT {LETTER_COLUMNS} FROM messages WHERE batch_id = $1 AND id > $2 \
         ORDER BY id LIMIT $3"
    ))
    .bind(batch_id)
    .bind(after)
    .bind(READ_BACK_PAGE)
    .fetch_all(&db.pool)
    .await?;
    Ok(rows.iter().map(letter_of).collect::<Result<_, _>>()?)
}

/// A fresh database with the recipients, then the raw insert into it of the batch's
/// letters read back from `from`; only the inserts and the commit are timed.
async fn timed_raw_insert(
    dir: &Path,
    from: &Db,
    batch_id: &str,
    letters: usize,
    per_insert: usize,
) -> Result<Duration> {
    let (db, url) = fresh_db(dir, &format!("raw-{per_insert}.db"), letters).await?;
    let mut timed = Duration::ZERO;
    let mut tx = db.pool.begin().await?;
    let started = Instant::now();
    sqlx::query(
        "INSERT INTO batches (id, sender, letters, created_at) VALUES ($1, 'system', $2, 0)",
    )
    .bind(batch_id)
    .bind(letters as i64)
    .execute(&mut *tx)
    .await?;
    timed += started.elapsed();
    let mut after = String::new();
    loop {
        let page = read_back(from, batch_id, &after).await?;
        let Some(last) = page.last() else { break };
        after = last.id.clone();
        let started = Instant::now();
        raw_insert(&mut tx, batch_id, &page, per_insert).await?;
        timed += started.elapsed();
    }
    let started = Instant::now();
    tx.commit().await?;
    timed += started.elapsed();
    let (stored,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM messages")
        .fetch_one(&db.pool)
        .await?;
    if stored != letters as i64 {
        bail!("the raw insert stored {stored} letters, not {letters}");
    }
    db.pool.close().await;
    remove_db(&url)?;
    Ok(timed)
}

/// The floor: the letters, `per_insert` to a statement, inside the caller's one
/// transaction through a pool opened as the application opens it.
async fn raw_insert(
    tx: &mut sqlx::Transaction<'_, sqlx::Any>,
    batch_id: &str,
    letters: &[Letter],
    per_insert: usize,
) -> Result<()> {
    let full_sql = insert_sql(per_insert);
    for chunk in letters.chunks(per_insert) {
        let short_sql;
        let sql = match chunk.len() {
            n if n == per_insert => &full_sql,
            n => {
                short_sql = insert_sql(n);
                &short_sql
            }
        };
        let mut query = sqlx::query(sql);
        for letter in chunk {
            query = query
                .bind(&letter.id)
                .bind(&letter.recipient_id)
                .bind(&letter.sender)
                .bind(&letter.sender_name)
                .bind(letter.area.map(Area::as_str))
                .bind(&letter.subject)
                .bind(&letter.body)
                .bind(&letter.summary)
                .bind(letter.channel.as_str())
                .bind(letter.sent_at)
                .bind(&letter.deadline_original)
                .bind(&letter.deadline_current)
                .bind(letter.escalate_at)
                .bind(letter.opened_at)
                .bind(&letter.opened_by)
                .bind(letter.done_at)
                .bind(&letter.language)
                .bind(letter.sent_at)
                .bind(batch_id);
        }
        query.execute(&mut **tx).await?;
    }
    Ok(())
}

/// As the application writes it on SQLite: `?` placeholders (`db::Placeholders`).
fn insert_sql(letters: usize) -> String {
    format!(
        "INSERT INTO messages ({}) VALUES {}",
        columns(),
        value_rows(Placeholders::InOrder, letters, VALUES_PER_LETTER)
    )
}

/// `borgerbro post send-batch` end to end (reading and parsing the files, the batch,
/// the commit), under `/usr/bin/time -v` for its peak memory when that is installed.
async fn command_line(dir: &Path, letters: usize, deadline: jiff::civil::Date) -> Result<()> {
    let (db, url) = fresh_db(dir, "command.db", letters).await?;
    db.pool.close().await;
    let csv = dir.join("modtagere.csv");
    // Written a line at a time: ten million rows are 640 MB of text.
    let mut file = std::io::BufWriter::new(std::fs::File::create(&csv)?);
    writeln!(file, "person_id,navn,beløb")?;
    for i in 0..letters {
        writeln!(file, "{},Borger {i},{}", person_id(i), amount(i))?;
    }
    file.flush()?;
    drop(file);
    let template = dir.join("brev.md");
    std::fs::write(
        &template,
        format!(
            "+++\nsubject = \"{SUBJECT}\"\nsummary = \"{SUMMARY}\"\narea = \"housing\"\n\
             deadline = \"{deadline}\"\n+++\n{BODY}"
        ),
    )?;
    let binary = env!("CARGO_BIN_EXE_borgerbro");
    let time_v = Path::new("/usr/bin/time").exists();
    let mut command = match time_v {
        true => {
            let mut command = Command::new("/usr/bin/time");
            command.arg("-v").arg(binary);
            command
        }
        false => Command::new(binary),
    };
    command
        .args(["post", "send-batch", "--db", url.as_str()])
        .arg(&csv)
        .arg("--template")
        .arg(&template);
    let started = Instant::now();
    let output = command.output()?;
    let elapsed: Duration = started.elapsed();
    let stdout = String::from_utf8_lossy(&output.stdout);
    let stderr = String::from_utf8_lossy(&output.stderr);
    if !output.status.success() || !stdout.starts_with(&format!("Sendt: {letters} breve")) {
        bail!("send-batch failed: {stdout}\n{stderr}");
    }
    let peak = stderr
        .lines()
        .find_map(|line| {
            line.trim()
                .strip_prefix("Maximum resident set size (kbytes): ")
        })
        .and_then(|kib| kib.trim().parse::<u64>().ok())
        .map_or("unknown (no /usr/bin/time)".to_owned(), |kib| {
            format!("{} MiB", kib / 1024)
        });
    println!(
        "`borgerbro post send-batch` on the same {letters} rows as CSV: {:.2} s, {:.0} letters/s end to end, peak RSS {peak}",
        elapsed.as_secs_f64(),
        letters as f64 / elapsed.as_secs_f64()
    );
    remove_db(&url)?;
    Ok(())
}
