//! "Hvem har kigget" (`/mine-data/hvem-har-kigget`, and `GET /api/v1/people/{id}/access-log`):
//! every look at or change to the citizen's data by someone else, from the hash-chained
//! audit log, newest first, 50 a page with a cursor, filtered by who (staff, helpers or
//! other systems) and by period; and the other systems' own reported looks
//! (`POST /api/v1/access-log`), appended to the same chain. One query ([`looks`]) for the
//! page and the API, each action in plain words ([`words`]).

pub(crate) mod api;
pub(crate) mod demo;
pub(crate) mod desk;
mod page;
pub(crate) mod reported;
mod store;
pub(crate) mod words;

pub(crate) use page::log;

use std::collections::HashMap;

use crate::audit::{self, Actor, Entry, LogFilter};
use crate::auth::{self, Role};
use crate::i18n::Lang;
use crate::state::AppState;
use crate::web::AppError;
use words::{Why, Words};

/// Entries a page shows.
pub(crate) const PAGE: usize = 50;

/// How many entries one read of the log takes while a page is filled.
const CHUNK: i64 = 200;

/// Who looked, as the filter names them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Who {
    Staff,
    Helper,
    /// A person acting for a member organisation of the network for digital inclusion
    /// (the library that holds the course the citizen signed up to): neither the
    /// authority's staff nor a helper the citizen chose.
    Organisation,
    System,
}

impl Who {
    pub(crate) const ALL: [Who; 4] = [Who::Staff, Who::Helper, Who::Organisation, Who::System];

    /// The filter's value in the page's address.
    pub(crate) fn as_str(self) -> &'static str {
        match self {
            Who::Staff => "personale",
            Who::Helper => "hjaelpere",
            Who::Organisation => "organisationer",
            Who::System => "systemer",
        }
    }

    fn parse(text: &str) -> Option<Who> {
        Who::ALL.into_iter().find(|w| w.as_str() == text)
    }

    /// The kind as the API names it.
    pub(crate) fn api_name(self) -> &'static str {
        match self {
            Who::Staff => "staff",
            Who::Helper => "helper",
            Who::Organisation => "organisation",
            Who::System => "system",
        }
    }

    /// The kind the API names.
    pub(crate) fn of_api_name(text: &str) -> Option<Who> {
        Who::ALL.into_iter().find(|w| w.api_name() == text)
    }

    pub(crate) fn label_key(self) -> &'static str {
        match self {
            Who::Staff => "log-who-staff",
            Who::Helper => "log-who-helper",
            Who::Organisation => "log-who-organisation",
            Who::System => "log-who-system",
        }
    }
}

/// The roles of the authority's staff: a person with one of them looked as staff, and the
/// first of them they hold names their unit.
const STAFF: [(Role, &str); 7] = [
    (Role::FrontDesk, "log-unit-front-desk"),
    (Role::Caseworker, "log-unit-caseworker"),
    (Role::ProjectOwner, "log-unit-project"),
    (Role::DataProtectionOfficer, "log-unit-dpo"),
    (Role::CitizensAdviser, "log-unit-citizens-adviser"),
    (Role::Administrator, "log-unit-it"),
    (Role::NetworkCoordinator, "log-unit-network"),
];

/// What part of the log to read.
#[derive(Debug, Clone, Default)]
pub(crate) struct Wanted {
    pub who: Option<Who>,
    /// The cursor: the `seq` of the last entry of the page before.
    pub before: Option<i64>,
    /// The period, as times in ms: from (inclusive) and to (exclusive).
    pub from_ms: Option<i64>,
    pub to_ms: Option<i64>,
}

/// One look as the citizen reads it, on the page and in the API.
#[derive(Debug, Clone)]
pub(crate) struct Look {
    pub seq: i64,
    /// When it happened: the reporting system's time for a reported look, else when it was
    /// recorded.
    pub at_ms: i64,
    pub who: Who,
    /// The person's or the system's name.
    pub name: String,
    /// The unit a member of staff works in.
    pub unit: Option<String>,
    /// The system a reported look happened in ("Sagssystemet (KMD Nexus)").
    pub system: Option<String>,
    /// What the entry's action is called: the audit action, or a reporting system's own.
    pub action: String,
    /// What was looked at or done, in plain words.
    pub what: String,
    /// Why, in plain words: the purpose given, or the action's own; none when nobody wrote
    /// one.
    pub purpose: Option<String>,
    /// Whether the purpose is as a person or a system wrote it (Danish), not our words in
    /// the reader's language.
    pub given: bool,
    pub on_behalf: bool,
}

/// Names and kinds of the people and systems on a page, each looked up once.
struct Names {
    people: HashMap<String, (Who, String, Option<String>)>,
    keys: HashMap<String, String>,
}

impl Names {
    async fn of(
        &mut self,
        state: &AppState,
        lang: Lang,
        actor: &Actor,
    ) -> Result<(Who, String, Option<String>), AppError> {
        Ok(match actor {
            Actor::System => (Who::System, lang.t("log-system-name"), None),
            Actor::ApiKey(id) => (
                Who::System,
                self.keys
                    .get(id)
                    .cloned()
                    .unwrap_or_else(|| lang.t("log-unknown-system")),
                None,
            ),
            Actor::Person(id) => {
                if let Some(found) = self.people.get(id) {
                    return Ok(found.clone());
                }
                let found = match auth::user(&state.db.pool, id).await? {
                    Some(user) => match STAFF.iter().find(|(role, _)| user.has(*role)) {
                        Some((_, unit)) => (Who::Staff, user.name, Some(lang.t(unit))),
                        // A member organisation's person is named with the organisation
                        // they act for now (one that has left the network: none).
                        None if user.has(Role::NetworkMember) => {
                            let organisation =
                                crate::network::members::acting_for(&state.db, &user)
                                    .await?
                                    .map(|o| o.profile.name);
                            (Who::Organisation, user.name, organisation)
                        }
                        None => (Who::Helper, user.name, None),
                    },
                    None => (Who::Helper, lang.t("log-unknown-person"), None),
                };
                self.people.insert(id.clone(), found.clone());
                found
            }
        })
    }
}

/// The filter of the entries a citizen reads: everyone's but their own, without the
/// system's own letters (see `words::NOT_A_LOOK_BY_THE_SYSTEM`).
fn filter(wanted: &Wanted, before: Option<i64>, systems: Option<bool>) -> LogFilter<'static> {
    LogFilter {
        before,
        systems,
        from_ms: wanted.from_ms,
        to_ms: wanted.to_ms,
        not_by_the_system: &words::NOT_A_LOOK_BY_THE_SYSTEM,
    }
}

/// How many looks by others a citizen's list holds, for "Mine data".
pub(crate) async fn count(state: &AppState, citizen_id: &str) -> Result<i64, sqlx::Error> {
    audit::count_by_others(
        &state.db,
        citizen_id,
        filter(&Wanted::default(), None, None),
    )
    .await
}

/// A page of the citizen's looks, newest first, and the cursor of the next (older) page
/// when there is one. Staff and helpers are both people in the log (which one a person is
/// comes from their roles), and a reported look is by a system that names a person, so a
/// page filtered by who reads on in chunks until it is full.
pub(crate) async fn looks(
    state: &AppState,
    lang: Lang,
    citizen_id: &str,
    wanted: &Wanted,
) -> Result<(Vec<Look>, Option<i64>), AppError> {
    let systems = match wanted.who {
        Some(Who::System) => Some(true),
        Some(Who::Staff | Who::Helper | Who::Organisation) => None,
        None => None,
    };
    let mut names = Names {
        people: HashMap::new(),
        keys: auth::api_keys(&state.db.pool)
            .await?
            .into_iter()
            .map(|k| (k.id, k.name))
            .collect(),
    };
    let mut before = wanted.before;
    let mut found: Vec<Look> = Vec::new();
    loop {
        let chunk = audit::by_others(
            &state.db,
            citizen_id,
            filter(wanted, before, systems),
            CHUNK,
        )
        .await?;
        let last = chunk.len() < usize::try_from(CHUNK).unwrap_or(usize::MAX);
        before = chunk.last().map(|e| e.seq);
        for entry in chunk {
            let look = look_of(state, lang, &mut names, citizen_id, entry).await?;
            if wanted.who.is_none_or(|w| w == look.who) {
                found.push(look);
            }
            if found.len() > PAGE {
                break;
            }
        }
        if last || found.len() > PAGE {
            break;
        }
    }
    let next = (found.len() > PAGE).then(|| {
        found.truncate(PAGE);
        found.last().map(|l| l.seq).unwrap_or_default()
    });
    Ok((found, next))
}

/// One entry in plain words.
async fn look_of(
    state: &AppState,
    lang: Lang,
    names: &mut Names,
    citizen_id: &str,
    entry: Entry,
) -> Result<Look, AppError> {
    let Words { what, why } = words::of(&entry.action).unwrap_or(words::UNKNOWN);
    let given = entry.purpose.filter(|p| !p.trim().is_empty());
    let on_behalf = entry.acting_for.as_deref() == Some(citizen_id);
    let (purpose, given) = match (why, given) {
        (Why::Given, Some(given)) => (Some(given), true),
        // Someone acting for the citizen (a helper inside her permission) looked to help
        // her: that is the reason, even when nobody wrote it.
        (Why::Given, None) if on_behalf => (Some(lang.t("log-why-for-you")), false),
        (Why::Given, None) => (None, false),
        (Why::Fixed(key), _) => (Some(lang.t(key)), false),
    };
    if entry.action == words::REPORTED {
        if let Some(reported) = entry.object.as_deref().and_then(reported::Stored::parse) {
            return Ok(Look {
                seq: entry.seq,
                at_ms: reported.at_ms,
                who: reported.actor.kind,
                name: reported.actor.name,
                unit: reported.actor.unit,
                system: Some(reported.system),
                action: reported.action,
                what: reported.what,
                purpose,
                given,
                on_behalf,
            });
        }
    }
    let (who, name, unit) = names.of(state, lang, &entry.actor).await?;
    Ok(Look {
        seq: entry.seq,
        at_ms: entry.at_ms,
        who,
        name,
        unit,
        system: None,
        action: entry.action,
        what: lang.t(what),
        purpose,
        given,
        on_behalf,
    })
}
