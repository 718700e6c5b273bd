//! The state every handler shares: the database, the clock, the settings and what is
//! built from them once at start-up. A leaf: it knows no module's pages.

use std::sync::Arc;

use axum::extract::FromRef;

use crate::auth::oidc::{Oidc, OidcError};
use crate::clock::Clock;
use crate::config::{AuthorityProfile, Settings};
use crate::db::Db;
use crate::files::Files;
use crate::help;
use crate::web::rate_limit::Limiters;

/// One reference count: every middleware layer and every `State` extractor clones the
/// state for each request, and a clone of the parts was eight counts and a path's
/// allocation, about 6% of a cheap page's time under load (BENCHMARKS.md, front page).
#[derive(Clone)]
pub struct AppState(Arc<Shared>);

/// What the state holds; reached through `AppState` (`state.db`).
pub struct Shared {
    pub db: Db,
    pub clock: Clock,
    pub settings: Arc<Settings>,
    pub authority: Arc<AuthorityProfile>,
    pub oidc: Option<Arc<Oidc>>,
    pub files: Files,
    /// Help places, kept in memory for searching.
    pub catalogue: help::Catalogue,
    /// What each client has spent of its limits.
    pub limits: Arc<Limiters>,
}

impl AppState {
    pub fn new(db: Db, clock: Clock, settings: Settings) -> Result<Self, OidcError> {
        let oidc = settings
            .oidc
            .clone()
            .map(|oidc| Oidc::new(oidc, &settings.public_url).map(Arc::new))
            .transpose()?;
        Ok(Self(Arc::new(Shared {
            files: Files::new(settings.files.clone()),
            catalogue: help::Catalogue::default(),
            limits: Arc::new(Limiters::new(&settings.limits, clock.clone())),
            db,
            clock,
            authority: Arc::new(settings.authority.clone()),
            settings: Arc::new(settings),
            oidc,
        })))
    }
}

impl std::ops::Deref for AppState {
    type Target = Shared;

    fn deref(&self) -> &Shared {
        &self.0
    }
}

// A handler that needs only a part asks for it (`State(db): State<Db>`).
impl FromRef<AppState> for Db {
    fn from_ref(state: &AppState) -> Self {
        state.db.clone()
    }
}

impl FromRef<AppState> for Clock {
    fn from_ref(state: &AppState) -> Self {
        state.clock.clone()
    }
}

impl FromRef<AppState> for Arc<AuthorityProfile> {
    fn from_ref(state: &AppState) -> Self {
        state.authority.clone()
    }
}
