//! Start-up, built once for `serve`, `demo`, the tests and the benchmarks alike: connect,
//! bring the database up to date, load the demo people when asked, bind the address and
//! serve the router.

use std::future::Future;
use std::net::SocketAddr;

use tokio::net::TcpListener;

use crate::auth::oidc::OidcError;
use crate::clock::Clock;
use crate::config::Settings;
use crate::db::{Db, DbError};
use crate::state::AppState;
use crate::{assess, auth, demo, insight, mandates, mydata, post, router};

#[derive(Debug, thiserror::Error)]
pub enum StartError {
    #[error(transparent)]
    Db(#[from] DbError),
    #[error("Could not load the demo data: {0}")]
    Demo(#[from] anyhow::Error),
    #[error("Could not listen on {addr}: {source}. Is another program using it? Choose another with --addr.")]
    Listen {
        addr: SocketAddr,
        source: std::io::Error,
    },
    #[error(transparent)]
    Oidc(#[from] OidcError),
}

/// A Borgerbro ready to serve: its database up to date and its address bound.
pub struct Application {
    listener: TcpListener,
    state: AppState,
    /// How many demo people the start added (0 when not the demo or already there).
    pub demo_people_added: usize,
}

impl Application {
    /// Builds everything from the settings. Port 0 in `addr` takes any free port (the
    /// tests and benchmarks do), and a `public_url` with port 0 then gets the same port.
    pub async fn build(mut settings: Settings, clock: Clock) -> Result<Self, StartError> {
        let db = Db::connect(&settings.db).await?;
        db.migrate(&settings.db).await?;
        let demo_people_added = match settings.demo {
            true => demo::load(&db, &clock, &settings.authority).await?,
            false => 0,
        };
        let listener =
            TcpListener::bind(settings.addr)
                .await
                .map_err(|source| StartError::Listen {
                    addr: settings.addr,
                    source,
                })?;
        let addr = listener.local_addr().map_err(|source| StartError::Listen {
            addr: settings.addr,
            source,
        })?;
        if settings.public_url.port() == Some(0) {
            // Only a port and a URL we were given can fail here, and 0 was given.
            let _ = settings.public_url.set_port(Some(addr.port()));
        }
        settings.addr = addr;
        let state = AppState::new(db, clock, settings)?;
        Ok(Self {
            listener,
            state,
            demo_people_added,
        })
    }

    pub fn address(&self) -> SocketAddr {
        self.state.settings.addr
    }

    pub fn state(&self) -> &AppState {
        &self.state
    }

    /// The deadline and escalation work, the letters about permissions that ran out,
    /// and the deletion of expired sessions, every minute while the server runs.
    pub fn spawn_sweeps(&self) {
        let state = self.state.clone();
        tokio::spawn(async move {
            let mut ticks = tokio::time::interval(std::time::Duration::from_secs(60));
            loop {
                ticks.tick().await;
                sweep_once(&state).await;
            }
        });
        // Files hourly: the sweep reads the whole folder, and a day's grace needs no more.
        let state = self.state.clone();
        tokio::spawn(async move {
            let mut ticks = tokio::time::interval(std::time::Duration::from_secs(3600));
            loop {
                ticks.tick().await;
                let unused_since = std::time::SystemTime::now() - post::UNUSED_FILE_GRACE;
                match post::sweep_files(&state.db, &state.files, unused_since).await {
                    Ok(0) => {}
                    Ok(removed) => tracing::info!(removed, "sweep deleted files nothing refers to"),
                    Err(error) => {
                        tracing::warn!(%error, "file sweep failed; it runs again in an hour")
                    }
                }
                // The inclusion figures hourly: counting a month reads its letters'
                // texts for their plain language, too much to do every minute.
                let lix_limit = state.authority.post.max_lix_without_summary;
                if let Err(error) = insight::sweep(&state.db, &state.clock, lix_limit).await {
                    tracing::warn!(%error, "counting the inclusion figures failed; it runs again in an hour")
                }
                // Benefits after the figures, as a benefit may follow one of them.
                match assess::benefits::sweep(&state.db, &state.clock).await {
                    Ok(noticed) if noticed.is_empty() => {}
                    Ok(noticed) => tracing::info!(
                        noticed = noticed.len(),
                        "sweep found benefits that missed their target or moved the wrong way"
                    ),
                    Err(error) => {
                        tracing::warn!(%error, "benefit sweep failed; it runs again in an hour")
                    }
                }
                // Retention hourly too: periods are days long, and each kind's run
                // takes the write lock for its transaction.
                match mydata::retention::sweep(&state.db, &state.clock, true).await {
                    Ok(runs) => {
                        for run in runs.iter().filter(|r| r.count > 0) {
                            tracing::info!(
                                kind = run.category.as_str(),
                                count = run.count,
                                "retention sweep: {}",
                                run.line(false)
                            );
                        }
                    }
                    Err(error) => {
                        tracing::warn!(%error, "retention sweep failed; it runs again in an hour")
                    }
                }
            }
        });
    }

    /// Serves until `shutdown` completes.
    pub async fn run_until(
        self,
        shutdown: impl Future<Output = ()> + Send + 'static,
    ) -> std::io::Result<()> {
        // The peer of each connection is known to handlers, for the limits per client
        // (`web::client`).
        let app = router::router(self.state).into_make_service_with_connect_info::<SocketAddr>();
        axum::serve(self.listener, app)
            .with_graceful_shutdown(shutdown)
            .await
    }
}

async fn sweep_once(state: &AppState) {
    state.limits.forget_recovered();
    let (db, clock) = (&state.db, &state.clock);
    match post::sweep(db, clock, &state.authority.post).await {
        Ok(0) => {}
        Ok(escalated) => tracing::info!(escalated, "sweep escalated unopened letters"),
        Err(error) => tracing::warn!(%error, "sweep failed; it runs again in a minute"),
    }
    match mandates::sweep(db, clock, &state.authority.post).await {
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
    match crate::network::events::sweep(db, clock, &state.authority.post).await {
        Ok(reminded) if reminded == crate::network::events::Reminded::default() => {}
        Ok(reminded) => tracing::info!(
            digital = reminded.digital,
            paper = reminded.paper,
            "sweep sent reminders of courses and events"
        ),
        Err(error) => {
            tracing::warn!(%error, "event reminder sweep failed; it runs again in a minute")
        }
    }
    match mydata::sweep_requests(db, clock).await {
        Ok(swept) if swept == mydata::Swept::default() => {}
        Ok(swept) => tracing::info!(
            due_soon = swept.warned.len(),
            overdue = swept.overdue.len(),
            "sweep found data protection requests near or past their due day"
        ),
        Err(error) => {
            tracing::warn!(%error, "request sweep failed; it runs again in a minute")
        }
    }
    match mydata::forget_expired_desk_reasons(db, clock).await {
        Ok(0) => {}
        Ok(forgotten) => {
            tracing::info!(forgotten, "sweep deleted the front desk's expired reasons")
        }
        Err(error) => {
            tracing::warn!(%error, "reason sweep failed; it runs again in a minute")
        }
    }
    match assess::sweep_reviews(db, clock).await {
        Ok(due) if due.is_empty() => {}
        Ok(due) => tracing::info!(due = due.len(), "sweep found assessments due for review"),
        Err(error) => {
            tracing::warn!(%error, "review sweep failed; it runs again in a minute")
        }
    }
    match auth::sweep(db, clock).await {
        Ok(expired) if expired == auth::Expired::default() => {}
        Ok(expired) => tracing::info!(
            sessions = expired.sessions,
            login_attempts = expired.login_attempts,
            "sweep deleted expired sessions and login attempts"
        ),
        Err(error) => {
            tracing::warn!(%error, "session sweep failed; it runs again in a minute")
        }
    }
}
