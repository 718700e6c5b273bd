//! The `borgerbro` command.

use std::process::ExitCode;

use clap::{Parser, Subcommand};

use borgerbro::app::{self, AppState};
use borgerbro::audit::{self, Actor};
use borgerbro::auth;
use borgerbro::clock::Clock;
use borgerbro::config::{self, DbArgs, ServeArgs, Settings};
use borgerbro::db::{Db, DbUrl};
use borgerbro::demo;
use borgerbro::mandates;
use borgerbro::post;
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
    /// their deadlines; write to citizens whose permissions to a helper ran out. `serve`
    /// does this every minute; running it twice for the same moment changes nothing the
    /// second time.
    Sweep {
        #[command(flatten)]
        db: DbArgs,
        /// Run as if it were this moment (RFC 3339, such as 2026-12-01T09:00:00Z).
        #[arg(long)]
        as_of: Option<jiff::Timestamp>,
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
            let escalated = post::sweep(&db, &clock, &post_policy(&db_args)?).await?;
            println!("Escalated {escalated} letters as of {}.", clock.now());
            let noticed = mandates::sweep(&db, &clock).await?;
            println!(
                "Wrote to {} citizens whose permission to a helper ran out ({} more ran out long ago or were never accepted, noted without a letter).",
                noticed.letters, noticed.silently
            );
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
        Command::Apikey(ApikeyCommand::Create { db, name }) => {
            let name = name.trim();
            if name.is_empty() || name.chars().count() > auth::api_key::MAX_NAME_CHARS {
                anyhow::bail!(
                    "Give the key a name of 1 to {} characters with --name.",
                    auth::api_key::MAX_NAME_CHARS
                );
            }
            let db = open(&db).await?;
            let (key, secret) =
                auth::api_key::create(&db, &Clock::system(), name, Actor::System).await?;
            println!(
                "Made API key '{}' (id {}). Send it as 'Authorization: Bearer KEY'.",
                key.name, key.id
            );
            println!("It is shown only now:");
            println!("{secret}");
            Ok(ExitCode::SUCCESS)
        }
    }
}

/// The deadline and escalation work, and the letters about permissions that ran out,
/// while the server runs.
async fn sweep_every_minute(db: Db, clock: Clock, policy: post::Policy) {
    let mut ticks = tokio::time::interval(std::time::Duration::from_secs(60));
    loop {
        ticks.tick().await;
        match post::sweep(&db, &clock, &policy).await {
            Ok(0) => {}
            Ok(escalated) => tracing::info!(escalated, "sweep escalated unopened letters"),
            Err(error) => tracing::warn!(%error, "sweep failed; it runs again in a minute"),
        }
        match mandates::sweep(&db, &clock).await {
            Ok(noticed) if noticed == mandates::Noticed::default() => {}
            Ok(noticed) => tracing::info!(
                letters = noticed.letters,
                silently = noticed.silently,
                "sweep noticed permissions that ran out"
            ),
            Err(error) => {
                tracing::warn!(%error, "permission sweep failed; it runs again in a minute")
            }
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
    let clock = Clock::system();
    let db = Db::connect(&settings.db).await?;
    db.migrate(&settings.db).await?;
    if settings.demo {
        let added = demo::load(&db, &clock).await?;
        println!("Demo data in {} ({added} people added).", settings.db);
    }
    let listener = tokio::net::TcpListener::bind(settings.addr)
        .await
        .map_err(|e| anyhow::anyhow!("Could not listen on {}: {e}. Is another program using it? Choose another with --addr.", settings.addr))?;
    println!("Borgerbro is running at http://{}/", listener.local_addr()?);
    if settings.demo {
        println!(
            "Log in as one of these demo people at http://{}/log-ind :",
            listener.local_addr()?
        );
        for persona in auth::personas(&db.pool).await? {
            let roles: Vec<_> = persona.roles.iter().map(|r| r.as_str()).collect();
            println!(
                "  - {} ({}): {}",
                persona.name,
                roles.join(", "),
                persona.description
            );
        }
    }
    tokio::spawn(sweep_every_minute(
        db.clone(),
        clock.clone(),
        settings.authority.post.clone(),
    ));
    let state = AppState::new(db, clock, settings)?;
    // The client's address is known to handlers (the call-back's rate limit counts by it).
    let app = app::router(state).into_make_service_with_connect_info::<std::net::SocketAddr>();
    axum::serve(listener, app)
        .with_graceful_shutdown(async {
            let _ = tokio::signal::ctrl_c().await;
        })
        .await?;
    Ok(ExitCode::SUCCESS)
}
