//! Audit entries and the hash chain that makes a removed or altered entry visible.

use serde::Serialize;
use sha2::{Digest, Sha256};

/// The hash the first entry points back to.
pub(crate) const GENESIS_HASH: &str =
    "0000000000000000000000000000000000000000000000000000000000000000";

/// Who did something: a person, a system with an API key, or Borgerbro itself.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Actor {
    Person(String),
    ApiKey(String),
    System,
}

impl Actor {
    pub(crate) fn as_text(&self) -> String {
        match self {
            Actor::Person(id) => format!("person:{id}"),
            Actor::ApiKey(id) => format!("apikey:{id}"),
            Actor::System => "system".into(),
        }
    }

    /// The actor `as_text` wrote; `None` for text it never writes.
    pub fn parse(text: &str) -> Option<Actor> {
        match text.split_once(':') {
            Some(("person", id)) if !id.is_empty() => Some(Actor::Person(id.to_owned())),
            Some(("apikey", id)) if !id.is_empty() => Some(Actor::ApiKey(id.to_owned())),
            None if text == "system" => Some(Actor::System),
            _ => None,
        }
    }
}

/// An actor is written as `as_text` writes it, in the log and wherever it is shown.
impl Serialize for Actor {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.as_text())
    }
}

/// What happened, before it has a place in the chain.
#[derive(Debug, Clone)]
pub struct NewEntry {
    pub actor: Actor,
    /// The person the actor acted for (a helper's citizen, a front-desk customer).
    pub acting_for: Option<String>,
    /// The person whose data was read or changed.
    pub subject: Option<String>,
    pub action: &'static str,
    pub object: Option<String>,
    pub purpose: Option<String>,
}

impl NewEntry {
    pub fn new(actor: Actor, action: &'static str) -> Self {
        Self {
            actor,
            acting_for: None,
            subject: None,
            action,
            object: None,
            purpose: None,
        }
    }

    pub fn subject(mut self, person_id: &str) -> Self {
        self.subject = Some(person_id.to_owned());
        self
    }

    pub(crate) fn acting_for(mut self, person_id: &str) -> Self {
        self.acting_for = Some(person_id.to_owned());
        self
    }

    pub(crate) fn object(mut self, object: impl Into<String>) -> Self {
        self.object = Some(object.into());
        self
    }

    pub fn purpose(mut self, purpose: impl Into<String>) -> Self {
        self.purpose = Some(purpose.into());
        self
    }
}

/// An entry as stored.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Entry {
    pub seq: i64,
    pub id: String,
    pub at_ms: i64,
    /// Hashed as `Actor::as_text` writes it.
    pub actor: Actor,
    pub acting_for: Option<String>,
    pub subject: Option<String>,
    pub action: String,
    pub object: Option<String>,
    pub purpose: Option<String>,
    pub prev_hash: String,
    pub hash: String,
}

impl Entry {
    /// The hash over every field but the hash itself, in a fixed order.
    pub(crate) fn compute_hash(&self) -> String {
        #[derive(Serialize)]
        struct Hashed<'a> {
            seq: i64,
            id: &'a str,
            at_ms: i64,
            actor: &'a str,
            acting_for: Option<&'a str>,
            subject: Option<&'a str>,
            action: &'a str,
            object: Option<&'a str>,
            purpose: Option<&'a str>,
            prev_hash: &'a str,
        }
        let actor = self.actor.as_text();
        let hashed = Hashed {
            seq: self.seq,
            id: &self.id,
            at_ms: self.at_ms,
            actor: &actor,
            acting_for: self.acting_for.as_deref(),
            subject: self.subject.as_deref(),
            action: &self.action,
            object: self.object.as_deref(),
            purpose: self.purpose.as_deref(),
            prev_hash: &self.prev_hash,
        };
        // Serialising plain strings and integers cannot fail.
        let bytes = serde_json::to_vec(&hashed).unwrap_or_default();
        hex::encode(Sha256::digest(bytes))
    }

    /// Places a new entry after the entry with `prev_seq` and `prev_hash`.
    pub(crate) fn chained(
        new: &NewEntry,
        id: String,
        at_ms: i64,
        prev_seq: i64,
        prev_hash: &str,
    ) -> Self {
        let mut entry = Entry {
            seq: prev_seq + 1,
            id,
            at_ms,
            actor: new.actor.clone(),
            acting_for: new.acting_for.clone(),
            subject: new.subject.clone(),
            action: new.action.to_owned(),
            object: new.object.clone(),
            purpose: new.purpose.clone(),
            prev_hash: prev_hash.to_owned(),
            hash: String::new(),
        };
        entry.hash = entry.compute_hash();
        entry
    }
}

/// Where the chain broke: always the first bad place.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ChainBreak {
    #[error("entry {expected} is missing (the next entry found is {found}): an entry was removed")]
    Missing { expected: i64, found: i64 },
    #[error("entry {seq} (id {id}) was altered: its content does not match its hash")]
    Altered { seq: i64, id: String },
    #[error(
        "entry {seq} (id {id}) does not point to the entry before it: the chain was rewritten"
    )]
    Relinked { seq: i64, id: String },
    #[error("entries after {last} are missing (the log had {head} entries): the newest entries were removed")]
    Truncated { last: i64, head: i64 },
}

/// Checks a chain entry by entry, in order, so that a log of any length needs no memory.
#[derive(Debug)]
pub(crate) struct ChainVerifier {
    last_seq: i64,
    last_hash: String,
}

impl Default for ChainVerifier {
    fn default() -> Self {
        Self {
            last_seq: 0,
            last_hash: GENESIS_HASH.to_owned(),
        }
    }
}

impl ChainVerifier {
    pub(crate) fn check(&mut self, entry: &Entry) -> Result<(), ChainBreak> {
        if entry.seq != self.last_seq + 1 {
            return Err(ChainBreak::Missing {
                expected: self.last_seq + 1,
                found: entry.seq,
            });
        }
        if entry.compute_hash() != entry.hash {
            return Err(ChainBreak::Altered {
                seq: entry.seq,
                id: entry.id.clone(),
            });
        }
        if entry.prev_hash != self.last_hash {
            return Err(ChainBreak::Relinked {
                seq: entry.seq,
                id: entry.id.clone(),
            });
        }
        self.last_seq = entry.seq;
        self.last_hash.clone_from(&entry.hash);
        Ok(())
    }

    /// Compares the end of the chain with the recorded head; answers how many entries
    /// were checked.
    pub(crate) fn finish(self, head_seq: i64, head_hash: &str) -> Result<i64, ChainBreak> {
        if self.last_seq != head_seq || self.last_hash != head_hash {
            return Err(ChainBreak::Truncated {
                last: self.last_seq,
                head: head_seq,
            });
        }
        Ok(self.last_seq)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn chain(n: i64) -> Vec<Entry> {
        let mut entries: Vec<Entry> = Vec::new();
        for i in 0..n {
            let (seq, hash) = entries
                .last()
                .map(|e| (e.seq, e.hash.clone()))
                .unwrap_or((0, GENESIS_HASH.to_owned()));
            let new = NewEntry::new(Actor::Person(format!("p{i}")), "test.read").subject("c1");
            entries.push(Entry::chained(&new, format!("id{i}"), 1000 + i, seq, &hash));
        }
        entries
    }

    fn verify(entries: &[Entry], head: (i64, &str)) -> Result<i64, ChainBreak> {
        let mut verifier = ChainVerifier::default();
        for entry in entries {
            verifier.check(entry)?;
        }
        verifier.finish(head.0, head.1)
    }

    #[test]
    fn an_intact_chain_verifies() {
        let entries = chain(5);
        let last = &entries[4];
        assert_eq!(verify(&entries, (5, &last.hash)), Ok(5));
        assert_eq!(verify(&[], (0, GENESIS_HASH)), Ok(0));
    }

    #[test]
    fn an_altered_entry_is_named() {
        let mut entries = chain(5);
        entries[2].subject = Some("someone-else".into());
        let head = entries[4].hash.clone();
        assert_eq!(
            verify(&entries, (5, &head)),
            Err(ChainBreak::Altered {
                seq: 3,
                id: "id2".into()
            })
        );
    }

    #[test]
    fn a_removed_entry_is_named() {
        let mut entries = chain(5);
        entries.remove(1);
        let head = entries[3].hash.clone();
        assert_eq!(
            verify(&entries, (5, &head)),
            Err(ChainBreak::Missing {
                expected: 2,
                found: 3
            })
        );
    }

    #[test]
    fn a_rehashed_entry_breaks_the_link_to_the_next() {
        let mut entries = chain(4);
        entries[1].action = "test.changed".into();
        entries[1].hash = entries[1].compute_hash();
        let head = entries[3].hash.clone();
        assert_eq!(
            verify(&entries, (4, &head)),
            Err(ChainBreak::Relinked {
                seq: 3,
                id: "id2".into()
            })
        );
    }

    #[test]
    fn removing_the_newest_entry_is_caught_by_the_head() {
        let entries = chain(3);
        let head = entries[2].hash.clone();
        assert_eq!(
            verify(&entries[..2], (3, &head)),
            Err(ChainBreak::Truncated { last: 2, head: 3 })
        );
    }
}
