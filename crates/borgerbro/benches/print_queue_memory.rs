//! The memory of the front desk's download of the whole print queue (issue 15): a queue of
//! paper letters with ordinary PDF attachments and hostile ones, in a temporary SQLite
//! database, downloaded round after round through `post::web::print::whole_queue_pdf`, the
//! function behind `/udskrift/koe.pdf`, and marked posted. For each round it prints the
//! peak resident memory above the memory before it (VmHWM, reset through
//! /proc/self/clear_refs, against VmRSS), the bytes of the files and what the print round
//! counted them as (`pdf_limits::Checked::cost`).
//!
//! `cargo bench -p borgerbro --bench print_queue_memory` (add `-- --letters N` for
//! another number of ordinary letters; Linux only, for /proc).
//! Figures: BENCHMARKS.md, "Post: the print queue's memory".

// The tests' hand-written PDFs, so the benchmark plants the same hostile files.
#[path = "../tests/common/mod.rs"]
mod common;
mod support;

use std::time::Instant;

use anyhow::{Context, Result};
use lopdf::content::{Content, Operation};
use lopdf::{dictionary, Document, Object, Stream};

use borgerbro::audit::Actor;
use borgerbro::clock::Clock;
use borgerbro::config::{AuthorityProfile, Settings};
use borgerbro::db::Db;
use borgerbro::post::pdf_limits;
use borgerbro::post::{self, Area, NewAttachment, NewLetter, Sender};
use borgerbro::state::AppState;
use support::{number_arg, reset_peak, status_bytes, MIB};

/// An ordinary PDF as scanners and word processors make them: `pages` pages of text
/// sharing a font, and a photo of `photo` bytes that does not compress.
fn ordinary_pdf(pages: usize, photo: usize, seed: u64) -> Result<Vec<u8>> {
    let mut document = Document::with_version("1.5");
    let tree = document.new_object_id();
    let font = document.add_object(dictionary! {
        "Type" => "Font", "Subtype" => "Type1", "BaseFont" => "Helvetica",
    });
    // A xorshift generator: incompressible bytes, as a JPEG's are, the same every run.
    let mut state = seed | 1;
    let noise: Vec<u8> = (0..photo)
        .map(|_| {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            state as u8
        })
        .collect();
    let image = document.add_object(Stream::new(
        dictionary! {
            "Type" => "XObject", "Subtype" => "Image", "Width" => 1000, "Height" => 1000,
            "ColorSpace" => "DeviceRGB", "BitsPerComponent" => 8, "Filter" => "DCTDecode",
        },
        noise,
    ));
    let resources = document.add_object(dictionary! {
        "Font" => dictionary! { "F1" => font },
        "XObject" => dictionary! { "Im1" => image },
    });
    let mut kids: Vec<Object> = Vec::new();
    for page in 0..pages {
        let mut operations = vec![
            Operation::new("BT", vec![]),
            Operation::new("Tf", vec!["F1".into(), 11.into()]),
        ];
        for line in 0..50 {
            operations.push(Operation::new("Td", vec![0.into(), (-14).into()]));
            operations.push(Operation::new(
                "Tj",
                vec![Object::string_literal(format!(
                    "Side {page}, linje {line}: Kommunen har modtaget din ansøgning."
                ))],
            ));
        }
        operations.push(Operation::new("ET", vec![]));
        let content = Content { operations }.encode()?;
        let mut stream = Stream::new(dictionary! {}, content);
        stream.compress()?;
        let contents = document.add_object(stream);
        let page = document.add_object(dictionary! {
            "Type" => "Page", "Parent" => tree, "Contents" => contents,
        });
        kids.push(page.into());
    }
    document.objects.insert(
        tree,
        Object::Dictionary(dictionary! {
            "Type" => "Pages", "Kids" => kids, "Count" => i64::try_from(pages)?,
            "Resources" => resources,
            "MediaBox" => vec![0.into(), 0.into(), 595.into(), 842.into()],
        }),
    );
    let catalog = document.add_object(dictionary! { "Type" => "Catalog", "Pages" => tree });
    document.trailer.set("Root", catalog);
    let mut bytes = Vec::new();
    document.save_to(&mut bytes)?;
    Ok(bytes)
}

/// One array of `values` numbers: two bytes of file each, far more once parsed. Under
/// the limit of values it passes the check, and a round counts it by what it holds parsed.
fn many_values(values: usize) -> Vec<u8> {
    common::pdf_with_object(format!("[{}]", "0 ".repeat(values)).as_bytes())
}

/// Four streams of just under 16 MiB of zeros each: within every limit, and the most
/// inflating the check ever does (64 MiB). The three after the first stand after the
/// file's end, where the check reads them and lopdf does not.
fn inflating_most() -> Vec<u8> {
    let zeros = miniz_oxide::deflate::compress_to_vec_zlib(&vec![0; (16 << 20) - 4096], 9);
    let stream = |n: usize| {
        let mut object = format!(
            "{n} 0 obj\n<< /Filter /FlateDecode /Length {} >>\nstream\n",
            zeros.len()
        )
        .into_bytes();
        object.extend_from_slice(&zeros);
        object.extend_from_slice(b"\nendstream\nendobj\n");
        object
    };
    let first = stream(4);
    let first = &first[b"4 0 obj\n".len()..first.len() - b"\nendobj\n".len()];
    let mut pdf = common::pdf_with_object(first);
    for n in 5..8 {
        pdf.extend_from_slice(&stream(n));
    }
    pdf
}

struct Round {
    letters: usize,
    file_bytes: u64,
    cost: u64,
    peak: u64,
    seconds: f64,
    pdf_bytes: usize,
}

#[tokio::main(flavor = "multi_thread", worker_threads = 2)]
async fn main() -> Result<()> {
    let ordinary = number_arg("--letters", 60)?;
    let dir = tempfile::tempdir()?;
    let url = support::sqlite_in(dir.path(), "queue.db")?;
    let db = Db::connect(&url).await?;
    db.migrate(&url).await?;
    let clock = Clock::system();
    borgerbro::demo::load(&db, &clock, &AuthorityProfile::demo()).await?;
    let settings = Settings {
        demo: true,
        ..support::settings(&url, dir.path())?
    };
    let state = AppState::new(db, clock.clone(), settings)?;
    let mette = borgerbro::auth::personas(&state.db.pool)
        .await?
        .into_iter()
        .find(|p| p.name == "Mette Hansen")
        .context("the demo's Mette Hansen")?
        .id;
    borgerbro::people::set_exemption(&state.db, &clock, &mette, true, Actor::System).await?;
    // The demo's own print jobs go first, so the queue is ours alone.
    let (_, demo_letters) = post::web::print::whole_queue_pdf(&state, Actor::System).await?;
    post::mark_posted(&state.db, &clock, &demo_letters, Actor::System).await?;

    // Ordinary letters: a scanned enclosure (1-3 MB of photo) and a 20-page text; every
    // tenth a hostile file besides, in turn of each kind.
    let hostile: Vec<(&str, Vec<u8>)> = vec![
        ("objektstroem-40MiB.pdf", common::pdf_bomb(true)),
        ("stroem-40MiB.pdf", common::pdf_bomb(false)),
        ("tal-5mio.pdf", many_values(5_000_000)),
        ("tal-900k.pdf", many_values(900_000)),
        ("stroemme-64MiB.pdf", inflating_most()),
    ];
    for (name, bytes) in &hostile {
        let started = Instant::now();
        let checked = pdf_limits::check(bytes);
        let took = started.elapsed().as_secs_f64() * 1e3;
        let verdict = match checked {
            Ok(checked) => format!("passes, counted as {:.0} MiB", checked.cost() as f64 / MIB),
            Err(why) => format!("refused: {why}"),
        };
        println!(
            "{name}: {} KB, checked in {took:.0} ms, {verdict}",
            bytes.len() / 1000
        );
    }
    let sender = Sender {
        actor: Actor::System,
        name: "Sagssystem".into(),
    };
    let mut stored_bytes = 0u64;
    for n in 0..ordinary {
        let mut files = vec![
            (
                "scanning.pdf".to_owned(),
                ordinary_pdf(2, 1_000_000 * (1 + n % 3), n as u64 + 7)?,
            ),
            ("vejledning.pdf".to_owned(), ordinary_pdf(20, 0, 1)?),
        ];
        if n % 10 == 0 {
            let (name, bytes) = &hostile[(n / 10) % hostile.len()];
            files.push(((*name).to_owned(), bytes.clone()));
        }
        let mut attachments = Vec::new();
        for (filename, bytes) in files {
            stored_bytes += bytes.len() as u64;
            attachments.push(NewAttachment {
                filename,
                size: i64::try_from(bytes.len())?,
                // Past the upload's check, as a file stored before it would be.
                file_hash: state.files.put(&bytes).await?,
            });
        }
        let letter = NewLetter {
            recipient_id: mette.clone(),
            area: Area::Housing,
            subject: format!("Brev {n}"),
            body: "Kære Mette\n\nHer er dine bilag.".into(),
            summary: None,
            deadline: None,
            idempotency: None,
            attachments,
            language: borgerbro::i18n::Lang::Da,
            versions: Vec::new(),
        };
        post::send(&state.db, &clock, &state.authority.post, letter, &sender)
            .await
            .map_err(|e| anyhow::anyhow!("{e}"))?;
    }
    println!(
        "{ordinary} letters, {:.1} MiB of attachments; a print round holds {} MiB",
        stored_bytes as f64 / MIB,
        state.authority.post.print_round_mib
    );

    let mut rounds = Vec::new();
    reset_peak()?;
    let baseline = status_bytes("VmRSS")?;
    loop {
        // What the round's files cost by the check, as the round counted them.
        let mut file_bytes = 0;
        let mut cost = 0;
        reset_peak()?;
        let start = status_bytes("VmRSS")?;
        let started = Instant::now();
        let (pdf, letters) = post::web::print::whole_queue_pdf(&state, Actor::System).await?;
        let seconds = started.elapsed().as_secs_f64();
        let peak = status_bytes("VmHWM")?.saturating_sub(start);
        if letters.is_empty() {
            break;
        }
        for id in &letters {
            for attachment in post::attachments_of(&state.db, id).await? {
                let bytes = state.files.get(&attachment.file_hash).await?;
                file_bytes += bytes.len() as u64;
                cost += pdf_limits::check(&bytes).map_or(bytes.len() as u64, |c| c.cost());
            }
        }
        post::mark_posted(&state.db, &clock, &letters, Actor::System).await?;
        rounds.push(Round {
            letters: letters.len(),
            file_bytes,
            cost,
            peak,
            seconds,
            pdf_bytes: pdf.len(),
        });
    }
    println!(
        "resident before the first round: {:.0} MiB",
        baseline as f64 / MIB
    );
    println!();
    println!("| round | letters | files | counted as | peak above start | PDF | time |");
    println!("|---:|---:|---:|---:|---:|---:|---:|");
    for (n, r) in rounds.iter().enumerate() {
        println!(
            "| {} | {} | {:.1} MiB | {:.1} MiB | {:.1} MiB | {:.1} MiB | {:.2} s |",
            n + 1,
            r.letters,
            r.file_bytes as f64 / MIB,
            r.cost as f64 / MIB,
            r.peak as f64 / MIB,
            r.pdf_bytes as f64 / MIB,
            r.seconds
        );
    }
    let worst = rounds.iter().map(|r| r.peak).max().unwrap_or(0);
    println!();
    println!(
        "highest peak of a round: {:.0} MiB above its start",
        worst as f64 / MIB
    );
    Ok(())
}
