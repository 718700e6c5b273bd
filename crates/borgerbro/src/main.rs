//! The `borgerbro` command.

use std::process::ExitCode;

/// mimalloc rather than the system's malloc: under load a page's many small allocations
/// met glibc's locks across the runtime's threads (BENCHMARKS.md, front page).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

use clap::{Parser, Subcommand};
use secrecy::ExposeSecret;

use borgerbro::audit::{self, Actor};
use borgerbro::auth;
use borgerbro::clock::Clock;
use borgerbro::config::{self, DbArgs, ServeArgs, Settings};
use borgerbro::db::{Db, DbUrl};
use borgerbro::insight;
use borgerbro::mandates;
use borgerbro::mydata;
use borgerbro::post;
use borgerbro::startup::Application;
use borgerbro::textcheck::cli::{self as klarsprog_cli, KlarsprogArgs};

/// Borgerbro: digital contact with the public sector that includes everyone.
#[derive(Parser)]
#[command(version, about, long_about = None)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Run Borgerbro for real: no demo data, login through your OIDC provider.
    /// Brings the database up to date first.
    Serve(ServeArgs),
    /// Try Borgerbro on this machine: makes borgerbro-demo.db (SQLite) in this folder,
    /// fills it with demo people and serves on 127.0.0.1:8080, with a login page where you
    /// choose whom to be.
    Demo(ServeArgs),
    /// Bring a database up to date with this version of Borgerbro, and stop.
    Migrate(DbArgs),
    /// Check the audit log.
    #[command(subcommand)]
    Audit(AuditCommand),
    /// Manage the API keys that other systems use.
    #[command(subcommand)]
    Apikey(ApikeyCommand),
    /// Escalate unopened letters that require action and whose time has come, and move
    /// their deadlines; write to citizens whose permissions to a helper ran out; delete
    /// expired sessions. `serve` does this every minute; running it twice for the same
    /// moment changes nothing the second time.
    Sweep {
        #[command(flatten)]
        db: DbArgs,
        /// Run as if it were this moment (RFC 3339, such as 2026-12-01T09:00:00Z).
        #[arg(long)]
        as_of: Option<jiff::Timestamp>,
    },
    /// Delete or anonymise what has passed its retention period in the record of
    /// processing (/admin/behandlinger), kind by kind, each audited; never what the law
    /// keeps (letters, answers, the person, their choices, the access log). Prints per
    /// kind what it did, or with --dry-run what it would do (and changes nothing).
    /// `serve` does this every hour.
    Retention {
        #[command(flatten)]
        db: DbArgs,
        /// Only count and print; change nothing.
        #[arg(long)]
        dry_run: bool,
        /// Run as if it were the start of this day in Denmark (YYYY-MM-DD).
        #[arg(long)]
        as_of: Option<jiff::civil::Date>,
    },
    /// Send letters from outside the web pages.
    #[command(subcommand)]
    Post(PostCommand),
    /// Check a Danish text for plain language: LIX, long sentences, officialese, passive
    /// forms, CPR numbers. Exit code 1 when LIX is over --max-lix, 2 when the text cannot
    /// be read.
    Klarsprog(KlarsprogArgs),
}

#[derive(Subcommand)]
enum AuditCommand {
    /// Check that no entry of the audit log was altered or removed. Exits with 1 and names
    /// the first bad entry if one was.
    Verify(DbArgs),
}

#[derive(Subcommand)]
enum PostCommand {
    /// Send one letter to every row of a CSV file, from one template: all or none.
    /// Sending the same two files again sends nothing new.
    SendBatch {
        #[command(flatten)]
        db: DbArgs,
        #[command(flatten)]
        args: post::cli::SendBatchArgs,
    },
}

#[derive(Subcommand)]
enum ApikeyCommand {
    /// Make a new API key. The key is printed once, on the last line; store it safely.
    Create {
        #[command(flatten)]
        db: DbArgs,
        /// Who will use the key, such as "Telefonrobot" or "Sagssystem".
        #[arg(long)]
        name: String,
        /// What the system may do; give it once for each (at least one): people,
        /// letters.send, letters.read, letters.read_all, print, mandates.check,
        /// mandates.read, mandates.give, mandates.in_person, mandates.manage_all, bookings.
        #[arg(long = "scope", required = true, value_delimiter = ',')]
        scopes: Vec<String>,
    },
}

const DEMO_DB_FILE: &str = "borgerbro-demo.db";

#[tokio::main]
async fn main() -> ExitCode {
    tracing_subscriber::fmt()
        .with_env_filter(
            tracing_subscriber::EnvFilter::try_from_env("BORGERBRO_LOG")
                .unwrap_or_else(|_| "borgerbro=info,tower_http=warn".into()),
        )
        .with_writer(std::io::stderr)
        .init();
    match run(Cli::parse().command).await {
        Ok(code) => code,
        Err(error) => {
            eprintln!("error: {error}");
            ExitCode::FAILURE
        }
    }
}

async fn run(command: Command) -> anyhow::Result<ExitCode> {
    match command {
        Command::Klarsprog(args) => Ok(klarsprog_cli::run(&args)),
        Command::Sweep { db: db_args, as_of } => {
            let db = open(&db_args).await?;
            let clock = as_of.map_or_else(Clock::system, Clock::fixed);
            let policy = post_policy(&db_args)?;
            let escalated = post::sweep(&db, &clock, &policy).await?;
            println!("Escalated {escalated} letters as of {}.", clock.now());
            let noticed = mandates::sweep(&db, &clock, &policy).await?;
            println!(
                "Wrote to {} citizens whose permission to a helper ran out ({} more ran out long ago or were never accepted, noted without a letter).",
                noticed.letters, noticed.silently
            );
            let reminded = borgerbro::network::events::sweep(&db, &clock, &policy).await?;
            println!(
                "Sent {} reminders of courses and events to the inbox and {} on paper.",
                reminded.digital, reminded.paper
            );
            let swept = mydata::sweep_requests(&db, &clock).await?;
            println!(
                "Warned of {} data protection requests due within a week; found {} past their due day.",
                swept.warned.len(),
                swept.overdue.len()
            );
            let forgotten = mydata::forget_expired_desk_reasons(&db, &clock).await?;
            println!("Deleted {forgotten} reasons the front desk gave that have run out.");
            let due = borgerbro::assess::sweep_reviews(&db, &clock).await?;
            println!("Found {} published assessments due for review.", due.len());
            let expired = auth::sweep(&db, &clock).await?;
            println!(
                "Deleted {} expired sessions and {} expired login attempts.",
                expired.sessions, expired.login_attempts
            );
            for run in mydata::retention::sweep(&db, &clock, true).await? {
                println!("Retention: {}", run.line(false));
            }
            let counted = insight::sweep(&db, &clock, policy.max_lix_without_summary).await?;
            let months: Vec<String> = counted.iter().map(ToString::to_string).collect();
            println!("Counted the inclusion figures of {}.", months.join(", "));
            // After the figures: a benefit that follows one reads the months just counted.
            let noticed = borgerbro::assess::benefits::sweep(&db, &clock).await?;
            println!(
                "Found {} benefits that newly missed their target or moved the wrong way.",
                noticed.len()
            );
            let due = borgerbro::network::materials::sweep(&db, &clock).await?;
            println!(
                "Found {} shared materials whose yearly review has fallen due.",
                due.len()
            );
            Ok(ExitCode::SUCCESS)
        }
        Command::Retention {
            db: db_args,
            dry_run,
            as_of,
        } => {
            let db = open(&db_args).await?;
            let clock = match as_of {
                None => Clock::system(),
                Some(day) => Clock::fixed(
                    mydata::retention::model::start_of(day)
                        .ok_or_else(|| anyhow::anyhow!("--as-of {day} is not a day we can use"))?,
                ),
            };
            println!(
                "Retention as of {}{}:",
                clock.now(),
                if dry_run {
                    " (dry run: nothing is changed)"
                } else {
                    ""
                }
            );
            for run in mydata::retention::sweep(&db, &clock, !dry_run).await? {
                println!("{}", run.line(dry_run));
            }
            Ok(ExitCode::SUCCESS)
        }
        Command::Post(PostCommand::SendBatch { db: db_args, args }) => {
            let db = open(&db_args).await?;
            match post::cli::run(&db, &post_policy(&db_args)?, &args).await {
                Ok(done) => {
                    println!("{done}");
                    Ok(ExitCode::SUCCESS)
                }
                Err(error) => {
                    eprintln!("{error}");
                    Ok(ExitCode::FAILURE)
                }
            }
        }
        Command::Serve(args) => serve(Settings::resolve(&args, None)?).await,
        Command::Demo(args) => {
            let settings = Settings::resolve(&args, Some(DbUrl::sqlite_file(DEMO_DB_FILE)?))?;
            serve(settings).await
        }
        Command::Migrate(args) => {
            let url = config::db_url(&args, &config::file_of(&args)?)?;
            let db = Db::connect(&url).await?;
            db.migrate(&url).await?;
            println!("The database {url} is up to date.");
            Ok(ExitCode::SUCCESS)
        }
        Command::Audit(AuditCommand::Verify(args)) => {
            let db = open(&args).await?;
            match audit::verify(&db.pool).await {
                Ok(count) => {
                    println!("The audit log is intact: {count} entries checked.");
                    Ok(ExitCode::SUCCESS)
                }
                Err(error) => {
                    eprintln!("{error}");
                    Ok(ExitCode::FAILURE)
                }
            }
        }
        Command::Apikey(ApikeyCommand::Create { db, name, scopes }) => {
            let name = name.trim();
            if name.is_empty()
                || name.chars().count() > auth::api_key::MAX_NAME_CHARS
                || borgerbro::forms::control_problem(name, borgerbro::forms::Lines::One).is_err()
            {
                anyhow::bail!(
                    "Give the key a name of 1 to {} characters, no control characters, with --name.",
                    auth::api_key::MAX_NAME_CHARS
                );
            }
            let Ok(scopes) = auth::api_key::scopes_of(&scopes) else {
                anyhow::bail!(
                    "Give what the key may do with --scope, one or more of: {}.",
                    auth::ApiScope::ALL.map(auth::ApiScope::as_str).join(", ")
                );
            };
            let db = open(&db).await?;
            let (key, secret) =
                auth::api_key::create(&db, &Clock::system(), name, scopes, Actor::System).await?;
            println!(
                "Made API key '{}' (id {}) that may: {}. Send it as 'Authorization: Bearer KEY'.",
                key.name,
                key.id,
                key.scopes.stored().replace(',', ", ")
            );
            println!("It is shown only now:");
            println!("{}", secret.expose_secret());
            Ok(ExitCode::SUCCESS)
        }
    }
}

/// The authority's post policy from the settings file, or the defaults.
fn post_policy(args: &DbArgs) -> anyhow::Result<post::Policy> {
    Ok(config::file_of(args)?
        .authority
        .map(|authority| authority.post)
        .unwrap_or_default())
}

/// Opens a database that `migrate` has brought up to date.
async fn open(args: &DbArgs) -> anyhow::Result<Db> {
    let url = config::db_url(args, &config::file_of(args)?)?;
    let db = Db::connect(&url).await?;
    db.migrate(&url).await?;
    Ok(db)
}

async fn serve(settings: Settings) -> anyhow::Result<ExitCode> {
    let app = Application::build(settings, Clock::system()).await?;
    let (addr, state) = (app.address(), app.state());
    if state.settings.demo {
        borgerbro::demo::load_history(&state.db, &state.clock, &state.authority).await?;
        println!(
            "Demo data in {} ({} people added).",
            state.settings.db, app.demo_people_added
        );
    }
    println!("Borgerbro is running at http://{addr}/");
    if state.settings.demo {
        println!("Log in as one of these demo people at http://{addr}/log-ind :");
        for persona in auth::personas(&state.db.pool).await? {
            let roles: Vec<_> = persona.roles.iter().map(|r| r.as_str()).collect();
            println!(
                "  - {} ({}): {}",
                persona.name,
                roles.join(", "),
                persona.description
            );
        }
    }
    app.spawn_sweeps();
    app.run_until(async {
        let _ = tokio::signal::ctrl_c().await;
    })
    .await?;
    Ok(ExitCode::SUCCESS)
}
