//! The export's `data.json`, as types: the JSON Schema the API publishes
//! (`GET /api/v1/schemas/export.json`) is made from them, so the file and its schema
//! cannot drift apart. The file itself is written a piece at a time (`mod.rs`), in the
//! order and shape of [`ExportData`]; the tests check each export against the schema.

use serde::Serialize;
use serde_json::{json, Map, Value};
use utoipa::openapi::{RefOr, Schema};
use utoipa::{PartialSchema, ToSchema};

use super::super::rights::api::{NoteResponse, RequestResponse};

/// The format's name and version, the first field of every `data.json`.
pub(crate) const FORMAT: &str = "borgerbro-export/1";

/// Where the schema is published.
pub(crate) const SCHEMA_PATH: &str = "/api/v1/schemas/export.json";

/// Everything the authority holds about one citizen.
#[derive(Serialize, ToSchema)]
#[schema(as = ExportData)]
pub(crate) struct ExportData {
    /// Always `borgerbro-export/1`.
    #[schema(pattern = "^borgerbro-export/1$")]
    pub format: String,
    /// When the export was made, RFC 3339, UTC.
    pub made_at: String,
    pub person: ExportPerson,
    pub choices: ExportChoices,
    /// Permissions the citizen gave helpers.
    pub permissions_given: Vec<ExportPermission>,
    /// Permissions others gave the citizen as their helper.
    pub permissions_received: Vec<ExportPermission>,
    pub bookings: Vec<ExportBooking>,
    /// Sign-ups to the network's courses and events, newest first.
    pub event_signups: Vec<ExportEventSignup>,
    /// Notes of disagreement ("Det er ikke rigtigt") with staff's answers.
    pub notes: Vec<NoteResponse>,
    /// Requests under the data protection rules.
    pub requests: Vec<RequestResponse>,
    /// Kinds of data that are not in the export, and why.
    pub not_included: Vec<ExportLeftOut>,
    /// Every letter, newest first.
    pub letters: Vec<ExportLetter>,
    /// The citizen's (or a helper's) answers to the letters, oldest first.
    pub answers: Vec<ExportAnswer>,
    /// Every look at or change to the citizen's data by someone else, newest first.
    pub access_log: Vec<ExportAccess>,
}

/// The person record.
#[derive(Serialize, ToSchema)]
pub(crate) struct ExportPerson {
    pub id: String,
    pub name: String,
    pub cpr: Option<String>,
    pub address: Option<String>,
    pub phone: Option<String>,
    /// Protected against digital control: new permissions only in person.
    pub protected: bool,
}

/// The citizen's choices.
#[derive(Serialize, ToSchema)]
pub(crate) struct ExportChoices {
    /// Letters come on paper (exempt from digital post).
    pub paper_post: bool,
    /// The language the authority writes in, e.g. `da`.
    pub language: String,
    pub easy_read: bool,
    pub large_print: bool,
}

/// A permission between a citizen and a helper.
#[derive(Serialize, ToSchema)]
pub(crate) struct ExportPermission {
    pub id: String,
    pub citizen_id: String,
    pub citizen_name: Option<String>,
    pub helper_id: String,
    pub helper_name: Option<String>,
    /// What it covers: post, bookings, mydata or an area of letters.
    pub scopes: Vec<String>,
    /// `look` or `act`.
    pub rights: String,
    /// YYYY-MM-DD, both days included.
    pub valid_from: String,
    pub valid_to: String,
    pub note: Option<String>,
    /// RFC 3339, UTC.
    pub created_at: String,
    pub accepted_at: Option<String>,
    pub suspended_at: Option<String>,
    pub ended_at: Option<String>,
}

/// A booked meeting.
#[derive(Serialize, ToSchema)]
pub(crate) struct ExportBooking {
    pub id: String,
    /// front_desk, callback, video or home_visit.
    pub kind: String,
    /// RFC 3339, UTC.
    pub starts_at: String,
    pub ends_at: String,
    pub name: String,
    pub phone: Option<String>,
    pub topic: String,
    pub note: Option<String>,
    /// Who booked it, as the audit log names actors (`person:ID`, `apikey:ID`, `system`).
    pub booked_by: String,
    pub created_at: String,
    pub cancelled_at: Option<String>,
    /// The booking that took its place when it was moved.
    pub moved_to: Option<String>,
}

/// A sign-up to one of the network's courses or events.
#[derive(Serialize, ToSchema)]
pub(crate) struct ExportEventSignup {
    pub id: String,
    pub event_id: String,
    /// The event's title, as its organiser wrote it.
    pub event_title: String,
    /// RFC 3339, UTC.
    pub starts_at: String,
    pub ends_at: String,
    /// The help place it is at, by name; null when the place is no longer listed.
    pub place_name: Option<String>,
    /// When the organiser cancelled the whole event.
    pub event_cancelled_at: Option<String>,
    pub status: ExportSignupStatus,
    /// Whether they came, once the organiser has marked it; null until then.
    pub attended: Option<bool>,
    pub channel: ExportSignupChannel,
    /// Who signed the citizen up, as the audit log names actors (`person:ID`,
    /// `apikey:ID`); null when they did it themselves.
    pub made_by: Option<String>,
    /// RFC 3339, UTC.
    pub signed_up_at: String,
    pub cancelled_at: Option<String>,
    /// When the reminder letter was sent.
    pub reminded_at: Option<String>,
}

/// Where a sign-up stands.
#[derive(Debug, Clone, Copy, Serialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub(crate) enum ExportSignupStatus {
    /// Has a seat.
    Seat,
    /// On the waiting list.
    Waiting,
    Cancelled,
}

/// How the citizen was signed up.
#[derive(Debug, Clone, Copy, Serialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub(crate) enum ExportSignupChannel {
    /// By themselves, logged in.
    Online,
    /// By the front desk or the organiser, in person or on the phone.
    Desk,
    /// By a helper inside the citizen's permission.
    Helper,
    /// By another system with an API key, such as a phone robot.
    Api,
}

impl ExportSignupStatus {
    /// As in `data.json`, for the CSV.
    pub(crate) fn as_str(self) -> &'static str {
        match self {
            ExportSignupStatus::Seat => "seat",
            ExportSignupStatus::Waiting => "waiting",
            ExportSignupStatus::Cancelled => "cancelled",
        }
    }
}

impl ExportSignupChannel {
    /// As in `data.json`, for the CSV.
    pub(crate) fn as_str(self) -> &'static str {
        match self {
            ExportSignupChannel::Online => "online",
            ExportSignupChannel::Desk => "desk",
            ExportSignupChannel::Helper => "helper",
            ExportSignupChannel::Api => "api",
        }
    }
}

/// A kind of data the export leaves out.
#[derive(Serialize, ToSchema)]
pub(crate) struct ExportLeftOut {
    /// The kind's key in the record of processing.
    pub category: String,
    pub why: String,
}

/// A letter and its metadata.
#[derive(Serialize, ToSchema)]
pub(crate) struct ExportLetter {
    pub id: String,
    /// RFC 3339, UTC.
    pub sent_at: String,
    pub sender_name: String,
    /// The area it is filed under; null when this version cannot read it.
    pub area: Option<String>,
    pub subject: String,
    pub summary: Option<String>,
    /// The letter's text, in Markdown.
    pub body: String,
    /// `digital` or `paper`.
    pub channel: String,
    pub language: String,
    /// YYYY-MM-DD.
    pub deadline_original: Option<String>,
    pub deadline_current: Option<String>,
    pub opened_at: Option<String>,
    pub done_at: Option<String>,
    /// The letter as PDF, its path in the ZIP.
    pub pdf: String,
    pub attachments: Vec<ExportAttachment>,
}

/// A letter's attachment.
#[derive(Serialize, ToSchema)]
pub(crate) struct ExportAttachment {
    /// 1 for the first.
    pub number: i64,
    pub filename: String,
    pub size: i64,
    /// Its path in the ZIP (a file the store has lost is named here but not in the ZIP).
    pub file: String,
}

/// An answer to a letter.
#[derive(Serialize, ToSchema)]
pub(crate) struct ExportAnswer {
    pub id: String,
    pub letter_id: String,
    /// RFC 3339, UTC.
    pub at: String,
    /// Who wrote it (`person:ID`).
    pub author: String,
    pub body: String,
}

/// Who looked, in the access log.
#[derive(Serialize, ToSchema)]
pub(crate) struct ExportActor {
    pub kind: ExportActorKind,
    /// The person's name or the system's (API key's) name; null when unknown.
    pub name: Option<String>,
}

/// The kinds of actor.
#[derive(Debug, Clone, Copy, Serialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub(crate) enum ExportActorKind {
    Person,
    System,
}

impl ExportActorKind {
    /// As in `data.json`, for the CSV and the print.
    pub(crate) fn as_str(self) -> &'static str {
        match self {
            ExportActorKind::Person => "person",
            ExportActorKind::System => "system",
        }
    }
}

/// One entry of the access log.
#[derive(Serialize, ToSchema)]
pub(crate) struct ExportAccess {
    /// RFC 3339, UTC.
    pub at: String,
    pub actor: ExportActor,
    /// What was done, e.g. `post.letter.read`.
    pub action: String,
    /// What it was done to (a letter's id), when it names one.
    pub what: Option<String>,
    /// The reason given.
    pub purpose: Option<String>,
    /// Done on the citizen's behalf (by a helper).
    pub on_behalf: bool,
}

/// The JSON Schema (2020-12) of `data.json`, made from [`ExportData`] and the types it
/// names: OpenAPI 3.1's schemas are JSON Schema, their references moved to `$defs`.
pub(crate) fn json_schema() -> Value {
    let mut defs = Vec::<(String, RefOr<Schema>)>::new();
    <ExportData as ToSchema>::schemas(&mut defs);
    let mut doc = Map::new();
    doc.insert(
        "$schema".into(),
        json!("https://json-schema.org/draft/2020-12/schema"),
    );
    doc.insert("$id".into(), json!(SCHEMA_PATH));
    doc.insert(
        "title".into(),
        json!("Hent mine data: data.json, everything the authority holds about a citizen"),
    );
    if let Ok(Value::Object(root)) = serde_json::to_value(<ExportData as PartialSchema>::schema()) {
        doc.extend(root);
    }
    let defs: Map<String, Value> = defs
        .into_iter()
        .filter_map(|(name, schema)| Some((name, serde_json::to_value(schema).ok()?)))
        .collect();
    doc.insert("$defs".into(), Value::Object(defs));
    let mut doc = Value::Object(doc);
    to_defs(&mut doc);
    doc
}

/// Points each `#/components/schemas/X` reference at `#/$defs/X`.
fn to_defs(value: &mut Value) {
    match value {
        Value::Object(map) => {
            for (key, inner) in map.iter_mut() {
                match (key.as_str(), &inner) {
                    ("$ref", Value::String(target)) => {
                        if let Some(name) = target.strip_prefix("#/components/schemas/") {
                            *inner = Value::String(format!("#/$defs/{name}"));
                        }
                    }
                    _ => to_defs(inner),
                }
            }
        }
        Value::Array(items) => items.iter_mut().for_each(to_defs),
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn refs(value: &Value, out: &mut Vec<String>) {
        match value {
            Value::Object(map) => {
                for (key, inner) in map {
                    match (key.as_str(), inner) {
                        ("$ref", Value::String(target)) => out.push(target.clone()),
                        _ => refs(inner, out),
                    }
                }
            }
            Value::Array(items) => items.iter().for_each(|i| refs(i, out)),
            _ => {}
        }
    }

    #[test]
    fn a_sign_ups_words_in_the_csv_are_those_of_data_json() {
        use ExportSignupChannel as C;
        use ExportSignupStatus as S;
        for status in [S::Seat, S::Waiting, S::Cancelled] {
            assert_eq!(
                serde_json::to_value(status).unwrap(),
                json!(status.as_str())
            );
        }
        for channel in [C::Online, C::Desk, C::Helper, C::Api] {
            assert_eq!(
                serde_json::to_value(channel).unwrap(),
                json!(channel.as_str())
            );
        }
        let schema = json_schema();
        assert_eq!(
            schema["$defs"]["ExportSignupStatus"]["enum"],
            json!(["seat", "waiting", "cancelled"])
        );
        assert!(schema["required"]
            .as_array()
            .unwrap()
            .contains(&json!("event_signups")));
    }

    #[test]
    fn every_reference_of_the_schema_is_defined_in_it() {
        let schema = json_schema();
        let mut found = Vec::new();
        refs(&schema, &mut found);
        assert!(
            found.iter().any(|r| r == "#/$defs/ExportLetter"),
            "{found:?}"
        );
        for target in found {
            let name = target.strip_prefix("#/$defs/").unwrap();
            assert!(schema["$defs"].get(name).is_some(), "{target}");
        }
        assert!(schema["required"]
            .as_array()
            .unwrap()
            .contains(&json!("letters")));
    }
}
