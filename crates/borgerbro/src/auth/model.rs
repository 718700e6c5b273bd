//! Roles, users and the rules of sessions and keys. No I/O.

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use rand::RngCore;
use serde::Serialize;
use sha2::{Digest, Sha256};
use utoipa::ToSchema;

/// What a system's API key may do (issue 15): chosen when the key is made, checked on
/// every API route (`auth::scoped`). A closed set, one for each kind of work the API
/// routes do; stored by name, and a name this build does not know grants nothing.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, ToSchema)]
pub enum ApiScope {
    /// Register people and their choice of paper post (`/people`).
    #[serde(rename = "people")]
    People,
    /// Send letters, one or a batch.
    #[serde(rename = "letters.send")]
    LettersSend,
    /// Follow the letters this key sent: read receipts, deadline, the citizen's answers.
    #[serde(rename = "letters.read")]
    LettersRead,
    /// Follow every letter, whoever sent it (an archive of the authority's own).
    #[serde(rename = "letters.read_all")]
    LettersReadAll,
    /// Fetch the print queue's paper letters and their PDFs (a print shop).
    #[serde(rename = "print")]
    Print,
    /// Ask whether a helper may do something for a citizen.
    #[serde(rename = "mandates.check")]
    MandatesCheck,
    /// List the permissions a citizen has given.
    #[serde(rename = "mandates.read")]
    MandatesRead,
    /// Give permissions that wait for the helper's yes, and change and end those this
    /// key gave.
    #[serde(rename = "mandates.give")]
    MandatesGive,
    /// Give permissions accepted in person, active at once (a front desk's system that
    /// checked the citizen's identity); includes `mandates.give`.
    #[serde(rename = "mandates.in_person")]
    MandatesInPerson,
    /// Change and end any permission, also those a citizen or another system gave.
    #[serde(rename = "mandates.manage_all")]
    MandatesManageAll,
    /// List free slots, book, and read and cancel the bookings this key made.
    #[serde(rename = "bookings")]
    Bookings,
    /// Write and read a citizen's notes of disagreement, and register and handle their
    /// requests under the data protection rules.
    #[serde(rename = "mydata.rights")]
    MyDataRights,
    /// Read what the authority holds about a citizen: the overview of their data, the
    /// log of who looked at it, and the export of all of it (issue 17).
    #[serde(rename = "mydata.read")]
    MyDataRead,
    /// Report the accesses of the authority's other systems (its case system, its
    /// document system) to citizens' data, so the citizen sees them in one list.
    #[serde(rename = "access_log.write")]
    AccessLogWrite,
    /// Import consequence assessments as drafts (another authority's published one as the
    /// start of this authority's own).
    #[serde(rename = "assessments.write")]
    AssessmentsWrite,
    /// Sign people up for the network's courses and events (a phone robot, a member's
    /// own booking system).
    #[serde(rename = "events.signup")]
    EventsSignup,
}

impl ApiScope {
    pub const ALL: [ApiScope; 16] = [
        ApiScope::People,
        ApiScope::LettersSend,
        ApiScope::LettersRead,
        ApiScope::LettersReadAll,
        ApiScope::Print,
        ApiScope::MandatesCheck,
        ApiScope::MandatesRead,
        ApiScope::MandatesGive,
        ApiScope::MandatesInPerson,
        ApiScope::MandatesManageAll,
        ApiScope::Bookings,
        ApiScope::MyDataRights,
        ApiScope::MyDataRead,
        ApiScope::AccessLogWrite,
        ApiScope::AssessmentsWrite,
        ApiScope::EventsSignup,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            ApiScope::People => "people",
            ApiScope::LettersSend => "letters.send",
            ApiScope::LettersRead => "letters.read",
            ApiScope::LettersReadAll => "letters.read_all",
            ApiScope::Print => "print",
            ApiScope::MandatesCheck => "mandates.check",
            ApiScope::MandatesRead => "mandates.read",
            ApiScope::MandatesGive => "mandates.give",
            ApiScope::MandatesInPerson => "mandates.in_person",
            ApiScope::MandatesManageAll => "mandates.manage_all",
            ApiScope::Bookings => "bookings",
            ApiScope::MyDataRights => "mydata.rights",
            ApiScope::MyDataRead => "mydata.read",
            ApiScope::AccessLogWrite => "access_log.write",
            ApiScope::AssessmentsWrite => "assessments.write",
            ApiScope::EventsSignup => "events.signup",
        }
    }

    pub fn parse(text: &str) -> Option<ApiScope> {
        ApiScope::ALL
            .into_iter()
            .find(|scope| scope.as_str() == text)
    }

    /// The key of what the scope lets a system do, in the Fluent files.
    pub(crate) fn description_key(self) -> &'static str {
        match self {
            ApiScope::People => "apiscope-people",
            ApiScope::LettersSend => "apiscope-letters-send",
            ApiScope::LettersRead => "apiscope-letters-read",
            ApiScope::LettersReadAll => "apiscope-letters-read-all",
            ApiScope::Print => "apiscope-print",
            ApiScope::MandatesCheck => "apiscope-mandates-check",
            ApiScope::MandatesRead => "apiscope-mandates-read",
            ApiScope::MandatesGive => "apiscope-mandates-give",
            ApiScope::MandatesInPerson => "apiscope-mandates-in-person",
            ApiScope::MandatesManageAll => "apiscope-mandates-manage-all",
            ApiScope::Bookings => "apiscope-bookings",
            ApiScope::MyDataRights => "apiscope-mydata-rights",
            ApiScope::MyDataRead => "apiscope-mydata-read",
            ApiScope::AccessLogWrite => "apiscope-access-log-write",
            ApiScope::AssessmentsWrite => "apiscope-assessments-write",
            ApiScope::EventsSignup => "apiscope-events-signup",
        }
    }

    /// The scope a wider one includes: reading every letter includes reading one's own,
    /// giving in person includes giving.
    fn included(self) -> Option<ApiScope> {
        match self {
            ApiScope::LettersReadAll => Some(ApiScope::LettersRead),
            ApiScope::MandatesInPerson => Some(ApiScope::MandatesGive),
            _ => None,
        }
    }
}

/// The scopes of one key, as stored: names separated by commas.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct ApiScopes(Vec<ApiScope>);

impl ApiScopes {
    pub fn new(scopes: impl IntoIterator<Item = ApiScope>) -> Self {
        let mut scopes: Vec<ApiScope> = scopes.into_iter().collect();
        scopes.sort();
        scopes.dedup();
        Self(scopes)
    }

    /// Reads the stored names; one this build does not know grants nothing.
    pub fn parse(stored: &str) -> Self {
        Self::new(stored.split(',').filter_map(ApiScope::parse))
    }

    pub fn stored(&self) -> String {
        self.0
            .iter()
            .map(|scope| scope.as_str())
            .collect::<Vec<_>>()
            .join(",")
    }

    /// Whether the key may do what `scope` names, itself or through a wider scope.
    pub fn allow(&self, scope: ApiScope) -> bool {
        self.0
            .iter()
            .any(|held| *held == scope || held.included() == Some(scope))
    }

    pub(crate) fn iter(&self) -> impl Iterator<Item = ApiScope> + '_ {
        self.0.iter().copied()
    }

    pub(crate) fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

/// The roles of DESIGN.md. A person may hold several.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    Citizen,
    Helper,
    Caseworker,
    FrontDesk,
    ProjectOwner,
    /// The data protection officer (databeskyttelsesrådgiver): comments on and signs off
    /// the data protection part of a consequence assessment.
    DataProtectionOfficer,
    /// The citizens' adviser (borgerrådgiver): comments on and signs off a consequence
    /// assessment from the citizens' side.
    CitizensAdviser,
    Administrator,
    /// A contact person of a member organisation of the network for digital inclusion:
    /// acts for that organisation (`network`), and only for it.
    NetworkMember,
    /// The network's coordinator (authority staff): approves members, runs the meetings
    /// and the action plan.
    NetworkCoordinator,
}

impl Role {
    pub const ALL: [Role; 10] = [
        Role::Citizen,
        Role::Helper,
        Role::Caseworker,
        Role::FrontDesk,
        Role::ProjectOwner,
        Role::DataProtectionOfficer,
        Role::CitizensAdviser,
        Role::Administrator,
        Role::NetworkMember,
        Role::NetworkCoordinator,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Role::Citizen => "citizen",
            Role::Helper => "helper",
            Role::Caseworker => "caseworker",
            Role::FrontDesk => "front_desk",
            Role::ProjectOwner => "project_owner",
            Role::DataProtectionOfficer => "data_protection_officer",
            Role::CitizensAdviser => "citizens_adviser",
            Role::Administrator => "administrator",
            Role::NetworkMember => "network_member",
            Role::NetworkCoordinator => "network_coordinator",
        }
    }

    pub fn parse(text: &str) -> Option<Role> {
        Role::ALL.into_iter().find(|role| role.as_str() == text)
    }

    /// The key of what the role may do, in the Fluent files.
    pub(crate) fn description_key(self) -> &'static str {
        match self {
            Role::Citizen => "role-citizen-description",
            Role::Helper => "role-helper-description",
            Role::Caseworker => "role-caseworker-description",
            Role::FrontDesk => "role-front-desk-description",
            Role::ProjectOwner => "role-project-owner-description",
            Role::DataProtectionOfficer => "role-dpo-description",
            Role::CitizensAdviser => "role-citizens-adviser-description",
            Role::Administrator => "role-administrator-description",
            Role::NetworkMember => "role-network-member-description",
            Role::NetworkCoordinator => "role-network-coordinator-description",
        }
    }

    /// The key of the role's name in the Fluent files.
    pub(crate) fn label_key(self) -> &'static str {
        match self {
            Role::Citizen => "role-citizen",
            Role::Helper => "role-helper",
            Role::Caseworker => "role-caseworker",
            Role::FrontDesk => "role-front-desk",
            Role::ProjectOwner => "role-project-owner",
            Role::DataProtectionOfficer => "role-dpo",
            Role::CitizensAdviser => "role-citizens-adviser",
            Role::Administrator => "role-administrator",
            Role::NetworkMember => "role-network-member",
            Role::NetworkCoordinator => "role-network-coordinator",
        }
    }
}

/// A logged-in person.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct User {
    pub id: String,
    pub name: String,
    pub roles: Vec<Role>,
}

impl User {
    pub(crate) fn has(&self, role: Role) -> bool {
        self.roles.contains(&role)
    }
}

/// A demo persona as the login page shows it.
#[derive(Debug, Clone)]
pub struct Persona {
    pub id: String,
    pub name: String,
    pub description: String,
    pub roles: Vec<Role>,
}

/// How long a login lasts, whatever the person does.
pub(crate) const SESSION_LIFETIME_MS: i64 = 12 * 60 * 60 * 1000;
/// How long a person may spend at the OIDC provider.
pub(crate) const LOGIN_ATTEMPT_LIFETIME_MS: i64 = 10 * 60 * 1000;

/// A fresh secret with 256 bits of randomness, safe in a cookie or a header.
pub(crate) fn new_secret() -> String {
    let mut bytes = [0u8; 32];
    rand::rng().fill_bytes(&mut bytes);
    URL_SAFE_NO_PAD.encode(bytes)
}

/// Secrets are stored only as their hash: a copy of the database lets no one log in.
/// They are random and long, so a fast hash is enough (no password stretching needed).
pub(crate) fn hash_secret(secret: &str) -> String {
    hex::encode(Sha256::digest(secret.as_bytes()))
}

/// The prefix that makes a Borgerbro API key recognisable in a leaked file.
pub(crate) const API_KEY_PREFIX: &str = "bb_";

pub(crate) fn new_api_key() -> String {
    format!("{API_KEY_PREFIX}{}", new_secret())
}

/// A path on this site, or nothing: a link with a return address can never send a
/// person on to someone else's site.
pub fn local_path(raw: Option<&str>) -> Option<String> {
    raw.filter(|path| {
        path.starts_with('/')
            && !path.starts_with("//")
            && !path.contains('\\')
            && !path.chars().any(char::is_control)
    })
    .map(str::to_owned)
}

/// Where to go after login.
pub(crate) fn return_path(raw: Option<&str>) -> String {
    local_path(raw).unwrap_or_else(|| "/min-side".to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn roles_round_trip_through_text() {
        for role in Role::ALL {
            assert_eq!(Role::parse(role.as_str()), Some(role));
        }
        assert_eq!(Role::parse("king"), None);
    }

    #[test]
    fn secrets_differ_and_hash_stably() {
        let (a, b) = (new_secret(), new_secret());
        assert_ne!(a, b);
        assert_eq!(a.len(), 43);
        assert_eq!(hash_secret(&a), hash_secret(&a));
        assert_ne!(hash_secret(&a), a);
        assert!(new_api_key().starts_with(API_KEY_PREFIX));
    }

    #[test]
    fn only_local_paths_are_returned_to() {
        assert_eq!(return_path(Some("/min-side")), "/min-side");
        assert_eq!(return_path(Some("/admin?x=1")), "/admin?x=1");
        for evil in [
            "//evil.example",
            "https://evil.example",
            "/\\evil.example",
            "",
            "/a\nb",
        ] {
            assert_eq!(local_path(Some(evil)), None, "{evil:?}");
            assert_eq!(return_path(Some(evil)), "/min-side", "{evil:?}");
        }
        assert_eq!(return_path(None), "/min-side");
    }

    #[test]
    fn scopes_are_stored_by_name_and_an_unknown_name_grants_nothing() {
        for scope in ApiScope::ALL {
            assert_eq!(ApiScope::parse(scope.as_str()), Some(scope));
        }
        let scopes = ApiScopes::parse("letters.send,letters.everything,print,letters.send");
        assert_eq!(scopes.stored(), "letters.send,print");
        assert!(scopes.allow(ApiScope::LettersSend));
        assert!(!scopes.allow(ApiScope::LettersRead));
        assert!(ApiScopes::parse("").is_empty());
    }

    #[test]
    fn a_wider_scope_includes_its_narrower_one_and_nothing_else() {
        let all = ApiScopes::new([ApiScope::LettersReadAll]);
        assert!(all.allow(ApiScope::LettersRead));
        assert!(!all.allow(ApiScope::LettersSend));
        let in_person = ApiScopes::new([ApiScope::MandatesInPerson]);
        assert!(in_person.allow(ApiScope::MandatesGive));
        assert!(!in_person.allow(ApiScope::MandatesManageAll));
        let own = ApiScopes::new([ApiScope::LettersRead, ApiScope::MandatesGive]);
        assert!(!own.allow(ApiScope::LettersReadAll));
        assert!(!own.allow(ApiScope::MandatesInPerson));
    }
}
