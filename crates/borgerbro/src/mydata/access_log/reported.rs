//! Looks that the authority's other systems report (`POST /api/v1/access-log`): each
//! entry checked (pure, [`check`]), its person found, and the whole batch appended to the
//! audit chain in one transaction with its `Idempotency-Key`, or nothing stored.

use std::collections::{HashMap, HashSet};

use serde::{Deserialize, Serialize};

use super::words::REPORTED;
use super::Who;
use crate::audit::{self, Actor, NewEntry};
use crate::clock::Clock;
use crate::db::{rows_per_statement, Db};
use crate::forms::{control_problem, FormErrors, Lines};
use crate::idempotency::{self, Idempotency, IdempotencyError, Made};
use crate::people::Cpr;

/// The most entries one call may report: a batch a system sends every few minutes, and
/// one transaction that holds the chain's head for tens of milliseconds, not seconds.
pub(crate) const MAX_ENTRIES: usize = 1_000;
/// The longest a name, a unit, a system's name or an action may be.
pub(crate) const MAX_NAME_CHARS: usize = 200;
/// The longest "what" and "purpose" may be.
pub(crate) const MAX_TEXT_CHARS: usize = 500;
/// How far ahead of our clock an entry's time may be, for clocks that differ a little.
pub(crate) const CLOCK_SKEW_MS: i64 = 60_000;

/// Whose data was looked at: Borgerbro's person id or a CPR number.
#[derive(Debug, Clone, Default, Deserialize)]
pub(crate) struct PersonIn {
    pub person_id: Option<String>,
    pub cpr: Option<String>,
}

/// Who looked, as the reporting system names them.
#[derive(Debug, Clone, Default, Deserialize)]
pub(crate) struct ActorIn {
    pub kind: Option<String>,
    pub name: Option<String>,
    pub unit: Option<String>,
}

/// One reported look as it came.
#[derive(Debug, Clone, Default, Deserialize)]
pub(crate) struct EntryIn {
    pub person: Option<PersonIn>,
    pub actor: Option<ActorIn>,
    pub system: Option<String>,
    pub action: Option<String>,
    pub what: Option<String>,
    pub purpose: Option<String>,
    /// RFC 3339.
    pub at: Option<String>,
}

/// Who looked, as stored and shown.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub(crate) struct StoredActor {
    #[serde(with = "who_name")]
    pub kind: Who,
    pub name: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub unit: Option<String>,
}

mod who_name {
    use super::Who;
    pub(crate) fn serialize<S: serde::Serializer>(who: &Who, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(who.api_name())
    }
    pub(crate) fn deserialize<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Who, D::Error> {
        let text: String = serde::Deserialize::deserialize(d)?;
        Who::of_api_name(&text).ok_or_else(|| serde::de::Error::custom("unknown actor kind"))
    }
}

/// What a reported look keeps in its audit entry's `object`, so the chain's hash covers
/// it all; the purpose goes in the entry's own `purpose`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub(crate) struct Stored {
    pub system: String,
    pub actor: StoredActor,
    pub action: String,
    pub what: String,
    /// When it happened, by the reporting system's clock (ms).
    pub at_ms: i64,
}

impl Stored {
    pub(crate) fn parse(text: &str) -> Option<Stored> {
        serde_json::from_str(text).ok()
    }
}

/// Whose data, once checked.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub(crate) enum PersonRef {
    Id(String),
    Cpr(String),
}

/// A reported look that passed the checks, before its person is found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Checked {
    pub person: PersonRef,
    pub stored: Stored,
    pub purpose: String,
}

/// A line of text from the system: trimmed, not empty, at most `max` characters, no
/// control characters.
fn line(errors: &mut FormErrors, field: String, typed: Option<&str>, max: usize) -> Option<String> {
    let text = typed.unwrap_or_default().trim();
    let problem = if text.is_empty() {
        Some("access-report-missing")
    } else if text.chars().count() > max {
        Some("access-report-too-long")
    } else {
        control_problem(text, Lines::One).err()
    };
    match problem {
        Some(message) => {
            errors.add_value(field, message, text.chars().take(max).collect());
            None
        }
        None => Some(text.to_owned()),
    }
}

/// Checks every entry, naming each problem as `entries[N].field`: all are checked before
/// anything is stored, so one answer names every bad entry.
pub(crate) fn check(entries: &[EntryIn], now_ms: i64) -> Result<Vec<Checked>, FormErrors> {
    let mut errors = FormErrors::default();
    if entries.is_empty() {
        errors.add("entries", "access-report-empty");
    }
    if entries.len() > MAX_ENTRIES {
        errors.add("entries", "access-report-too-many");
        return Err(errors);
    }
    let mut checked = Vec::with_capacity(entries.len());
    for (n, entry) in entries.iter().enumerate() {
        let field = |name: &str| format!("entries[{n}].{name}");
        let person = match &entry.person {
            Some(PersonIn {
                person_id: Some(id),
                cpr: None,
            }) if !id.trim().is_empty() => Some(PersonRef::Id(id.trim().to_owned())),
            Some(PersonIn {
                person_id: None,
                cpr: Some(cpr),
            }) => match Cpr::parse(cpr) {
                Ok(cpr) => Some(PersonRef::Cpr(cpr.digits().to_owned())),
                Err(error) => {
                    errors.add_value(field("person"), error.message_key(), String::new());
                    None
                }
            },
            _ => {
                errors.add_value(field("person"), "access-report-person", String::new());
                None
            }
        };
        let actor = match &entry.actor {
            None => {
                errors.add_value(field("actor"), "access-report-actor", String::new());
                None
            }
            Some(actor) => {
                let kind = match actor
                    .kind
                    .as_deref()
                    .map(str::trim)
                    .and_then(Who::of_api_name)
                {
                    Some(kind) => Some(kind),
                    None => {
                        errors.add_value(
                            field("actor.kind"),
                            "access-report-actor-kind",
                            actor.kind.clone().unwrap_or_default(),
                        );
                        None
                    }
                };
                let name = line(
                    &mut errors,
                    field("actor.name"),
                    actor.name.as_deref(),
                    MAX_NAME_CHARS,
                );
                let unit = match actor
                    .unit
                    .as_deref()
                    .map(str::trim)
                    .filter(|u| !u.is_empty())
                {
                    None => Some(None),
                    Some(unit) => {
                        line(&mut errors, field("actor.unit"), Some(unit), MAX_NAME_CHARS).map(Some)
                    }
                };
                match (kind, name, unit) {
                    (Some(kind), Some(name), Some(unit)) => Some(StoredActor { kind, name, unit }),
                    _ => None,
                }
            }
        };
        let system = line(
            &mut errors,
            field("system"),
            entry.system.as_deref(),
            MAX_NAME_CHARS,
        );
        let action = line(
            &mut errors,
            field("action"),
            entry.action.as_deref(),
            MAX_NAME_CHARS,
        );
        let what = line(
            &mut errors,
            field("what"),
            entry.what.as_deref(),
            MAX_TEXT_CHARS,
        );
        let purpose = line(
            &mut errors,
            field("purpose"),
            entry.purpose.as_deref(),
            MAX_TEXT_CHARS,
        );
        let at_ms = match entry.at.as_deref().map(str::trim) {
            None | Some("") => {
                errors.add_value(field("at"), "access-report-missing", String::new());
                None
            }
            Some(text) => match text.parse::<jiff::Timestamp>() {
                Err(_) => {
                    errors.add_value(
                        field("at"),
                        "access-report-at",
                        text.chars().take(64).collect(),
                    );
                    None
                }
                Ok(at) if at.as_millisecond() > now_ms + CLOCK_SKEW_MS => {
                    errors.add_value(field("at"), "access-report-future", text.to_owned());
                    None
                }
                Ok(at) => Some(at.as_millisecond()),
            },
        };
        if let (
            Some(person),
            Some(actor),
            Some(system),
            Some(action),
            Some(what),
            Some(purpose),
            Some(at_ms),
        ) = (person, actor, system, action, what, purpose, at_ms)
        {
            checked.push(Checked {
                person,
                stored: Stored {
                    system,
                    actor,
                    action,
                    what,
                    at_ms,
                },
                purpose,
            });
        }
    }
    match errors.is_empty() {
        true => Ok(checked),
        false => Err(errors),
    }
}

#[derive(Debug, thiserror::Error)]
pub(crate) enum ReportError {
    #[error("an entry is wrong")]
    Invalid(FormErrors),
    #[error(transparent)]
    Idempotency(#[from] IdempotencyError),
    #[error(transparent)]
    Database(#[from] sqlx::Error),
}

/// The person ids of the entries' people, or `entries[N].person` for each not known.
async fn people_of(db: &Db, checked: &[Checked]) -> Result<Vec<String>, ReportError> {
    let mut ids: Vec<&str> = Vec::new();
    let mut cprs: Vec<&str> = Vec::new();
    let mut seen = HashSet::new();
    for entry in checked {
        if seen.insert(&entry.person) {
            match &entry.person {
                PersonRef::Id(id) => ids.push(id),
                PersonRef::Cpr(cpr) => cprs.push(cpr),
            }
        }
    }
    let mut known_ids = HashSet::new();
    let mut by_cpr = HashMap::new();
    let mut conn = db.pool.acquire().await?;
    for part in ids.chunks(rows_per_statement(1)) {
        known_ids.extend(crate::auth::existing_people(&mut conn, part).await?);
    }
    drop(conn);
    for part in cprs.chunks(rows_per_statement(1)) {
        by_cpr.extend(crate::people::by_cprs(db, part).await?);
    }
    let mut errors = FormErrors::default();
    let mut found = Vec::with_capacity(checked.len());
    for (n, entry) in checked.iter().enumerate() {
        let id = match &entry.person {
            PersonRef::Id(id) => known_ids.get(id).cloned(),
            PersonRef::Cpr(cpr) => by_cpr.get(cpr).cloned(),
        };
        match id {
            Some(id) => found.push(id),
            None => errors.add_value(
                format!("entries[{n}].person"),
                "access-report-unknown-person",
                String::new(),
            ),
        }
    }
    match errors.is_empty() {
        true => Ok(found),
        false => Err(ReportError::Invalid(errors)),
    }
}

/// Appends a system's reported looks to the audit chain, all in one transaction with the
/// call's `Idempotency-Key`, or nothing; answers how many were stored (for a retry: how
/// many the first call stored).
pub(crate) async fn report(
    db: &Db,
    clock: &Clock,
    by: Actor,
    entries: &[EntryIn],
    idempotency: Option<&Idempotency>,
) -> Result<Made<usize>, ReportError> {
    let checked = check(entries, clock.now_ms()).map_err(ReportError::Invalid)?;
    let people = people_of(db, &checked).await?;
    let new: Vec<NewEntry> = checked
        .into_iter()
        .zip(&people)
        .map(|(entry, person)| {
            // Serialising strings and an integer cannot fail.
            let object = serde_json::to_string(&entry.stored).unwrap_or_default();
            NewEntry::new(by.clone(), REPORTED)
                .subject(person)
                .object(object)
                .purpose(entry.purpose)
        })
        .collect();
    let count = new.len();
    let mut tx = db.pool.begin().await?;
    if let Some(request) = idempotency {
        let made = count.to_string();
        if let Some(before) = idempotency::claim(&mut tx, request, &[&made], clock.now_ms()).await?
        {
            // Ended now, not when dropped: a dropped transaction leaves PostgreSQL's
            // connection idle in it, holding its locks, until the pool next uses it.
            tx.rollback().await?;
            let first = before.first().and_then(|n| n.parse().ok()).unwrap_or(0);
            return Ok(Made::Repeat(first));
        }
    }
    audit::record_all_in(&mut tx, clock, &new).await?;
    tx.commit().await?;
    Ok(Made::New(count))
}

#[cfg(test)]
mod tests {
    use super::*;

    const NOW: i64 = 1_800_000_000_000;

    fn good() -> EntryIn {
        EntryIn {
            person: Some(PersonIn {
                person_id: None,
                cpr: Some("150584-1234".into()),
            }),
            actor: Some(ActorIn {
                kind: Some("staff".into()),
                name: Some("Jens Hansen".into()),
                unit: Some("Jobcenter".into()),
            }),
            system: Some("Sagssystemet".into()),
            action: Some("opened".into()),
            what: Some("din sag om boligstøtte".into()),
            purpose: Some("Behandling af din ansøgning".into()),
            at: Some("2027-01-15T08:00:00Z".into()),
        }
    }

    fn fields(entries: &[EntryIn]) -> Vec<String> {
        check(entries, NOW)
            .err()
            .map(|e| e.iter().map(|f| f.field.to_string()).collect())
            .unwrap_or_default()
    }

    #[test]
    fn a_good_entry_passes_and_each_bad_field_is_named_by_its_entry() {
        let checked = check(&[good()], NOW).unwrap_or_else(|e| panic!("{e:?}"));
        assert_eq!(checked[0].person, PersonRef::Cpr("1505841234".into()));
        assert_eq!(checked[0].stored.actor.kind, Who::Staff);
        let mut no_actor = good();
        no_actor.actor = None;
        assert_eq!(fields(&[good(), no_actor]), ["entries[1].actor"]);
        let mut future = good();
        future.at = Some("2099-01-01T00:00:00Z".into());
        assert_eq!(fields(&[future]), ["entries[0].at"]);
        let mut control = good();
        control.what = Some("a\u{0}b".into());
        assert_eq!(fields(&[control]), ["entries[0].what"]);
        let mut long = good();
        long.purpose = Some("x".repeat(MAX_TEXT_CHARS + 1));
        assert_eq!(fields(&[long]), ["entries[0].purpose"]);
        let mut both = good();
        both.person = Some(PersonIn {
            person_id: Some("p".into()),
            cpr: Some("150584-1234".into()),
        });
        assert_eq!(fields(&[both]), ["entries[0].person"]);
        let mut kind = good();
        if let Some(actor) = kind.actor.as_mut() {
            actor.kind = Some("robot".into());
        }
        assert_eq!(fields(&[kind]), ["entries[0].actor.kind"]);
        assert_eq!(fields(&[]), ["entries"]);
        let many = vec![good(); MAX_ENTRIES + 1];
        assert_eq!(fields(&many), ["entries"]);
        assert!(check(&vec![good(); MAX_ENTRIES], NOW).is_ok());
    }

    #[test]
    fn what_is_stored_reads_back_the_same() {
        let stored = check(&[good()], NOW).unwrap_or_default().remove(0).stored;
        let text = serde_json::to_string(&stored).unwrap_or_default();
        assert_eq!(Stored::parse(&text), Some(stored));
    }
}
