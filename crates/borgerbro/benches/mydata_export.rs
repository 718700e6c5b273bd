//! "Hent mine data" (issue 17): the export of a citizen with 1,000 and one with 10,000
//! letters (every tenth with a PDF attachment) from a temporary SQLite database, through
//! `mydata::export::write_zip`, the function behind `/mine-data/hent-mine-data.zip`, and
//! the ZIP streamed on as the response body would send it. For each it prints the time,
//! the ZIP's size and the peak resident memory above the memory before it (VmHWM, reset
//! through /proc/self/clear_refs, against VmRSS), and the ratio of the two peaks: the
//! goal is under 2 s for 10,000 letters, and a peak that does not grow with the letters.
//!
//! `cargo bench -p borgerbro --bench mydata_export` (`-- --letters N` for another large
//! number; the small one is a tenth of it). Linux only, for /proc.
//! Figures: BENCHMARKS.md, "Mine data: the export".

mod support;

use std::time::Instant;

use anyhow::Result;
use futures_util::StreamExt;

use borgerbro::clock::Clock;
use borgerbro::db::Db;
use borgerbro::mydata::export::{write_zip, Sources};
use borgerbro::state::AppState;
use support::{number_arg, reset_peak, status_bytes, MIB};

/// A person with `letters` letters of about 1.5 KB each, every tenth with `attachment`.
async fn citizen_with(
    state: &AppState,
    n: usize,
    letters: usize,
    attachment: &str,
    size: usize,
) -> Result<String> {
    let citizen = borgerbro::people::NewCitizen {
        name: format!("Borger {n}"),
        cpr: None,
        address: Some("Rådhuspladsen 2, 8000 Aarhus C".into()),
        phone: None,
        reading: Default::default(),
    };
    let id = borgerbro::people::create(
        &state.db,
        &state.clock,
        &citizen,
        borgerbro::audit::Actor::System,
        None,
    )
    .await
    .map_err(|e| anyhow::anyhow!("{e}"))?
    .into_inner();
    let pool = &state.db.pool;
    let body = "Kære borger\n\nKommunen har modtaget din ansøgning om boligstøtte. \
                Vi har brug for flere oplysninger, før vi kan træffe en afgørelse. \
                Send os din lejekontrakt og en kopi af din seneste lønseddel.\n\n"
        .repeat(5);
    sqlx::query(
        "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < $1) \
         INSERT INTO messages (id, recipient_id, sender, sender_name, area, subject, body, \
         channel, created_at, sent_at, language) \
         SELECT printf('%s-%08d', $2, i), $3, 'system', 'Sagssystem', 'housing', \
         'Brev nummer ' || i, $4, 'digital', 1700000000000 + i * 60000, \
         1700000000000 + i * 60000, 'da' FROM n",
    )
    .bind(i64::try_from(letters)?)
    .bind(&id)
    .bind(&id)
    .bind(&body)
    .execute(pool)
    .await?;
    sqlx::query(
        "INSERT INTO attachments (id, message_id, position, filename, content_type, size, \
         file_hash) SELECT 'a-' || id, id, 0, 'bilag.pdf', 'application/pdf', $1, $2 \
         FROM messages WHERE recipient_id = $3 AND CAST(substr(id, -8) AS INTEGER) % 10 = 0",
    )
    .bind(i64::try_from(size)?)
    .bind(attachment)
    .bind(&id)
    .execute(pool)
    .await?;
    Ok(id)
}

struct Measured {
    letters: usize,
    seconds: f64,
    zip_bytes: u64,
    peak: u64,
}

async fn export(state: &AppState, id: &str, letters: usize) -> Result<Measured> {
    let src = Sources {
        db: &state.db,
        clock: &state.clock,
        files: &state.files,
        authority: &state.authority,
    };
    reset_peak()?;
    let start = status_bytes("VmRSS")?;
    let started = Instant::now();
    let file = write_zip(&src, id).await?;
    let zip_bytes = file.len;
    // Sent on as the response would send it, a chunk at a time.
    let mut body = file.into_body().into_data_stream();
    let mut sent = 0u64;
    while let Some(chunk) = body.next().await {
        sent += chunk?.len() as u64;
    }
    let seconds = started.elapsed().as_secs_f64();
    anyhow::ensure!(sent == zip_bytes, "sent {sent} of {zip_bytes} bytes");
    let peak = status_bytes("VmHWM")?.saturating_sub(start);
    Ok(Measured {
        letters,
        seconds,
        zip_bytes,
        peak,
    })
}

#[tokio::main(flavor = "multi_thread", worker_threads = 2)]
async fn main() -> Result<()> {
    let large = number_arg("--letters", 10_000)?;
    let small = large / 10;
    let dir = tempfile::tempdir()?;
    let url = support::sqlite_in(dir.path(), "export.db")?;
    let db = Db::connect(&url).await?;
    db.migrate(&url).await?;
    let clock = Clock::system();
    let settings = support::settings(&url, dir.path())?;
    let state = AppState::new(db, clock, settings)?;
    // A 200 KB attachment, as a scanned page is.
    let attachment = vec![b'%'; 200_000];
    let hash = state.files.put(&attachment).await?;
    let small_id = citizen_with(&state, 1, small, &hash, attachment.len()).await?;
    let large_id = citizen_with(&state, 2, large, &hash, attachment.len()).await?;

    // Cold: each connection's SQLite page cache (`PRAGMA cache_size`, 32 MiB in
    // `db.rs`) fills as the letters are read, and is counted in the peak.
    let cold = [
        export(&state, &small_id, small).await?,
        export(&state, &large_id, large).await?,
    ];
    // Warm: the same again, the caches as full as they get, so the peak is the
    // export's own.
    export(&state, &large_id, large).await?;
    let runs = [
        export(&state, &small_id, small).await?,
        export(&state, &large_id, large).await?,
    ];
    println!("cold (the page caches filling):");
    table(&cold);
    println!(
        "peak RSS ratio {large} / {small} letters, cold: {:.2}",
        cold[1].peak as f64 / cold[0].peak.max(1) as f64
    );
    println!("warm:");
    table(&runs);
    println!(
        "peak RSS ratio {large} / {small} letters, warm: {:.2}",
        runs[1].peak as f64 / runs[0].peak.max(1) as f64
    );
    Ok(())
}

fn table(runs: &[Measured]) {
    println!("| letters | time | ZIP | peak above start |");
    println!("|---:|---:|---:|---:|");
    for r in runs {
        println!(
            "| {} | {:.2} s | {:.1} MiB | {:.1} MiB |",
            r.letters,
            r.seconds,
            r.zip_bytes as f64 / MIB,
            r.peak as f64 / MIB
        );
    }
}
