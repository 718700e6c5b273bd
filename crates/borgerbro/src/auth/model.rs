//! Roles, users and the rules of sessions and keys. No I/O.

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use rand::RngCore;
use serde::Serialize;
use sha2::{Digest, Sha256};

/// The roles of DESIGN.md. A person may hold several.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    Citizen,
    Helper,
    Caseworker,
    FrontDesk,
    ProjectOwner,
    Administrator,
}

impl Role {
    pub const ALL: [Role; 6] = [
        Role::Citizen,
        Role::Helper,
        Role::Caseworker,
        Role::FrontDesk,
        Role::ProjectOwner,
        Role::Administrator,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Role::Citizen => "citizen",
            Role::Helper => "helper",
            Role::Caseworker => "caseworker",
            Role::FrontDesk => "front_desk",
            Role::ProjectOwner => "project_owner",
            Role::Administrator => "administrator",
        }
    }

    pub fn parse(text: &str) -> Option<Role> {
        Role::ALL.into_iter().find(|role| role.as_str() == text)
    }

    /// The key of what the role may do, in the Fluent files.
    pub fn description_key(self) -> &'static str {
        match self {
            Role::Citizen => "role-citizen-description",
            Role::Helper => "role-helper-description",
            Role::Caseworker => "role-caseworker-description",
            Role::FrontDesk => "role-front-desk-description",
            Role::ProjectOwner => "role-project-owner-description",
            Role::Administrator => "role-administrator-description",
        }
    }

    /// The key of the role's name in the Fluent files.
    pub fn label_key(self) -> &'static str {
        match self {
            Role::Citizen => "role-citizen",
            Role::Helper => "role-helper",
            Role::Caseworker => "role-caseworker",
            Role::FrontDesk => "role-front-desk",
            Role::ProjectOwner => "role-project-owner",
            Role::Administrator => "role-administrator",
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
    pub fn has(&self, role: Role) -> bool {
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
pub const SESSION_LIFETIME_MS: i64 = 12 * 60 * 60 * 1000;
/// How long a person may spend at the OIDC provider.
pub const LOGIN_ATTEMPT_LIFETIME_MS: i64 = 10 * 60 * 1000;

/// A fresh secret with 256 bits of randomness, safe in a cookie or a header.
pub fn new_secret() -> String {
    let mut bytes = [0u8; 32];
    rand::rng().fill_bytes(&mut bytes);
    URL_SAFE_NO_PAD.encode(bytes)
}

/// Secrets are stored only as their hash: a copy of the database lets no one log in.
/// They are random and long, so a fast hash is enough (no password stretching needed).
pub fn hash_secret(secret: &str) -> String {
    hex::encode(Sha256::digest(secret.as_bytes()))
}

/// The prefix that makes a Borgerbro API key recognisable in a leaked file.
pub const API_KEY_PREFIX: &str = "bb_";

pub fn new_api_key() -> String {
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
pub fn return_path(raw: Option<&str>) -> String {
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
}
