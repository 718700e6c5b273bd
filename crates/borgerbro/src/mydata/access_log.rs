//! "Hvem har kigget" (`/mine-data/hvem-har-kigget`): every look at or change to the
//! citizen's data by someone else, from the hash-chained audit log, newest first, 50 a
//! page with a cursor, filtered by who: staff, helpers or other systems.

use std::collections::HashMap;

use askama::Template;
use axum::extract::{Query, State};
use axum::response::Html;
use serde::Deserialize;

use crate::audit::{self, Actor, Entry};
use crate::auth::{self, RequireUser, Role};
use crate::state::AppState;
use crate::web::{format_date, render, AppError, Page};

/// Entries a page shows.
pub(crate) const PAGE: usize = 50;

/// How many entries one read of the log takes while a page is filled.
const CHUNK: i64 = 200;

/// Who looked, as the filter names them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Who {
    Staff,
    Helper,
    System,
}

impl Who {
    pub(crate) const ALL: [Who; 3] = [Who::Staff, Who::Helper, Who::System];

    /// The filter's value in the address.
    pub(crate) fn as_str(self) -> &'static str {
        match self {
            Who::Staff => "personale",
            Who::Helper => "hjaelpere",
            Who::System => "systemer",
        }
    }

    fn parse(text: &str) -> Option<Who> {
        Who::ALL.into_iter().find(|w| w.as_str() == text)
    }

    pub(crate) fn label_key(self) -> &'static str {
        match self {
            Who::Staff => "log-who-staff",
            Who::Helper => "log-who-helper",
            Who::System => "log-who-system",
        }
    }
}

/// The roles of the authority's staff: a person with one of them looked as staff.
const STAFF: [Role; 4] = [
    Role::Caseworker,
    Role::FrontDesk,
    Role::ProjectOwner,
    Role::Administrator,
];

/// What part of the citizen's data an action is about, by the action's module.
fn what_key(action: &str) -> &'static str {
    match action.split('.').next().unwrap_or_default() {
        "post" => "log-what-letters",
        "booking" | "bookings" => "log-what-bookings",
        "mandate" => "log-what-permissions",
        "people" | "person" => "log-what-person",
        "mydata" if action.starts_with("mydata.overview") => "log-what-overview",
        "mydata" => "log-what-requests",
        _ => "log-what-other",
    }
}

/// One look as the citizen reads it.
pub(crate) struct Line {
    pub who: Who,
    pub name: String,
    pub when: String,
    pub what_key: &'static str,
    pub action: String,
    pub purpose: Option<String>,
    pub on_behalf: bool,
}

#[derive(Deserialize)]
pub(crate) struct LogQuery {
    /// The cursor: the last entry of the page before (its sequence number).
    efter: Option<String>,
    /// personale, hjaelpere or systemer; everyone when empty.
    hvem: Option<String>,
}

#[derive(Template)]
#[template(path = "mydata/access_log.html")]
struct LogPage {
    page: Page,
    lines: Vec<Line>,
    who: Option<Who>,
    whos: [Who; 3],
    /// The address of the next (older) page.
    older: Option<String>,
}

/// Names and kinds of the people and systems on a page, each looked up once.
struct Names {
    people: HashMap<String, (Who, String)>,
    keys: HashMap<String, String>,
}

impl Names {
    async fn of(
        &mut self,
        state: &AppState,
        page: &Page,
        actor: &Actor,
    ) -> Result<(Who, String), AppError> {
        Ok(match actor {
            Actor::System => (Who::System, page.t("log-system-name")),
            Actor::ApiKey(id) => (
                Who::System,
                self.keys
                    .get(id)
                    .cloned()
                    .unwrap_or_else(|| page.t("log-unknown-system")),
            ),
            Actor::Person(id) => {
                if let Some(found) = self.people.get(id) {
                    return Ok(found.clone());
                }
                let found = match auth::user(&state.db.pool, id).await? {
                    Some(user) if STAFF.iter().any(|r| user.has(*r)) => (Who::Staff, user.name),
                    Some(user) => (Who::Helper, user.name),
                    None => (Who::Helper, page.t("log-unknown-person")),
                };
                self.people.insert(id.clone(), found.clone());
                found
            }
        })
    }
}

/// "Hvem har kigget": the citizen's own log.
pub(crate) async fn log(
    State(state): State<AppState>,
    page: Page,
    user: RequireUser,
    Query(query): Query<LogQuery>,
) -> Result<Html<String>, AppError> {
    let citizen = user.with_role(Role::Citizen)?;
    let who = match query.hvem.as_deref().filter(|w| !w.is_empty()) {
        None => None,
        Some(text) => Some(Who::parse(text).ok_or(AppError::BadRequest("log-bad-filter"))?),
    };
    let mut before = match query.efter.as_deref().filter(|c| !c.is_empty()) {
        None => None,
        Some(text) => Some(
            text.parse::<i64>()
                .map_err(|_| AppError::BadRequest("log-bad-cursor"))?,
        ),
    };
    let systems = who.map(|w| w == Who::System);
    let mut names = Names {
        people: HashMap::new(),
        keys: auth::api_keys(&state.db.pool)
            .await?
            .into_iter()
            .map(|k| (k.id, k.name))
            .collect(),
    };
    // Staff and helpers are both people in the log; which one a person is comes from
    // their roles, so a page of one of them reads on until it is full.
    let mut found: Vec<(Entry, Who, String)> = Vec::new();
    loop {
        let chunk = audit::by_others(&state.db, &citizen.id, before, systems, CHUNK).await?;
        let last = chunk.len() < usize::try_from(CHUNK).unwrap_or(usize::MAX);
        before = chunk.last().map(|e| e.seq);
        for entry in chunk {
            let (kind, name) = names.of(&state, &page, &entry.actor).await?;
            if who.is_none_or(|w| w == kind) {
                found.push((entry, kind, name));
            }
            if found.len() > PAGE {
                break;
            }
        }
        if last || found.len() > PAGE {
            break;
        }
    }
    let older = (found.len() > PAGE).then(|| {
        found.truncate(PAGE);
        let seq = found.last().map(|(e, _, _)| e.seq).unwrap_or_default();
        match who {
            Some(w) => format!("/mine-data/hvem-har-kigget?hvem={}&efter={seq}", w.as_str()),
            None => format!("/mine-data/hvem-har-kigget?efter={seq}"),
        }
    });
    let lines = found
        .into_iter()
        .map(|(entry, who, name)| Line {
            who,
            name,
            when: format_date(page.lang, entry.at_ms),
            what_key: what_key(&entry.action),
            on_behalf: entry.acting_for.as_deref() == Some(citizen.id.as_str()),
            action: entry.action,
            purpose: entry.purpose.filter(|p| !p.trim().is_empty()),
        })
        .collect();
    render(&LogPage {
        page,
        lines,
        who,
        whos: Who::ALL,
        older,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_action_names_the_part_of_the_data_it_is_about() {
        assert_eq!(what_key("post.read"), "log-what-letters");
        assert_eq!(what_key("booking.read"), "log-what-bookings");
        assert_eq!(what_key("mandate.refused"), "log-what-permissions");
        assert_eq!(what_key("mydata.overview.read"), "log-what-overview");
        assert_eq!(what_key("mydata.request.read"), "log-what-requests");
        assert_eq!(what_key("people.view"), "log-what-person");
        assert_eq!(what_key("robot.dance"), "log-what-other");
        for who in Who::ALL {
            assert_eq!(Who::parse(who.as_str()), Some(who));
        }
    }
}
