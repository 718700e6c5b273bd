//! What a member organisation is, and the checks of a request to join (or of a member's
//! own changes to its page): pure rules, no I/O.

use serde::Deserialize;

use crate::forms::FormErrors;

/// The kinds of organisation the network gathers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Library,
    Seniors,
    Disability,
    LanguageSchool,
    Housing,
    Volunteers,
    Authority,
    Other,
}

impl Kind {
    pub const ALL: [Kind; 8] = [
        Kind::Library,
        Kind::Seniors,
        Kind::Disability,
        Kind::LanguageSchool,
        Kind::Housing,
        Kind::Volunteers,
        Kind::Authority,
        Kind::Other,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Library => "library",
            Kind::Seniors => "seniors",
            Kind::Disability => "disability",
            Kind::LanguageSchool => "language_school",
            Kind::Housing => "housing",
            Kind::Volunteers => "volunteers",
            Kind::Authority => "authority",
            Kind::Other => "other",
        }
    }

    pub fn parse(text: &str) -> Option<Kind> {
        Kind::ALL.into_iter().find(|k| k.as_str() == text)
    }

    pub(crate) fn label_key(self) -> String {
        format!("network-kind-{}", self.as_str().replace('_', "-"))
    }
}

/// Where an organisation stands in the network.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    /// Asked to join; the coordinator has not decided.
    Requested,
    Member,
    Refused,
    /// Left by itself: its materials stay, marked as from a former member.
    Left,
}

impl Status {
    pub fn as_str(self) -> &'static str {
        match self {
            Status::Requested => "requested",
            Status::Member => "member",
            Status::Refused => "refused",
            Status::Left => "left",
        }
    }

    pub fn parse(text: &str) -> Option<Status> {
        [
            Status::Requested,
            Status::Member,
            Status::Refused,
            Status::Left,
        ]
        .into_iter()
        .find(|s| s.as_str() == text)
    }
}

/// The languages an organisation can say it helps in: those the help places name (their
/// words are `help-language-{code}`).
pub const LANGUAGES: [&str; 14] = [
    "da", "en", "ar", "uk", "de", "pl", "tr", "so", "fa", "ur", "ti", "ro", "es", "fr",
];

/// The most characters of a name, an area or an address.
pub const MAX_LINE: usize = 200;
/// The most characters of who they help.
pub const MAX_TEXT: usize = 2_000;
/// The most characters of why the coordinator said no.
pub const MAX_REASON: usize = 1_000;

/// An organisation's page as typed: by the one asking to join, or by a member changing it.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[serde(default)]
pub struct OrganisationForm {
    pub name: String,
    pub kind: String,
    pub who_they_help: String,
    pub area: String,
    /// The language codes ticked (a form sends one `languages` per box).
    pub languages: Vec<String>,
    pub website: String,
    pub phone: String,
    /// The help places that are theirs (a form sends one `places` per box).
    pub places: Vec<String>,
}

/// An organisation's page, checked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Profile {
    pub name: String,
    pub kind: Kind,
    pub who_they_help: String,
    pub area: String,
    pub languages: Vec<String>,
    pub website: String,
    pub phone: String,
    pub place_ids: Vec<String>,
}

impl OrganisationForm {
    /// The page, or what is wrong field by field. `known_place` says whether a help
    /// place's id exists.
    pub fn profile(&self, known_place: impl Fn(&str) -> bool) -> Result<Profile, FormErrors> {
        let mut errors = FormErrors::default();
        let name = errors.line("name", &self.name, MAX_LINE, "network-error-too-long");
        if name.is_empty() && !errors.has("name") {
            errors.add("name", "network-error-name");
        }
        let kind = Kind::parse(&self.kind);
        if kind.is_none() {
            errors.add("kind", "network-error-kind");
        }
        let who_they_help = errors.text(
            "who_they_help",
            &self.who_they_help,
            MAX_TEXT,
            "network-error-too-long",
        );
        if who_they_help.is_empty() && !errors.has("who_they_help") {
            errors.add("who_they_help", "network-error-who-they-help");
        }
        let area = errors.line("area", &self.area, MAX_LINE, "network-error-too-long");
        if area.is_empty() && !errors.has("area") {
            errors.add("area", "network-error-area");
        }
        let mut languages: Vec<String> = Vec::new();
        for code in &self.languages {
            if !LANGUAGES.contains(&code.as_str()) {
                errors.add("languages", "network-error-languages");
                break;
            }
            if !languages.contains(code) {
                languages.push(code.clone());
            }
        }
        if languages.is_empty() && !errors.has("languages") {
            errors.add("languages", "network-error-languages");
        }
        let website = errors.line("website", &self.website, MAX_LINE, "network-error-too-long");
        if !website.is_empty() && !errors.has("website") && !is_web_address(&website) {
            errors.add("website", "network-error-website");
        }
        let phone = crate::phone::parse(&self.phone).unwrap_or_else(|_| {
            errors.add("phone", "network-error-phone");
            None
        });
        let mut place_ids: Vec<String> = Vec::new();
        for id in &self.places {
            if !known_place(id) {
                errors.add("places", "network-error-places");
                break;
            }
            if !place_ids.contains(id) {
                place_ids.push(id.clone());
            }
        }
        match (errors.is_empty(), kind) {
            (true, Some(kind)) => Ok(Profile {
                name,
                kind,
                who_they_help,
                area,
                languages,
                website,
                phone: phone.unwrap_or_default(),
                place_ids,
            }),
            _ => Err(errors),
        }
    }
}

/// An `https://` or `http://` address with a host: a link on a public page never runs
/// script (`javascript:`) or leaves the web.
pub fn is_web_address(text: &str) -> bool {
    url::Url::parse(text).is_ok_and(|url| {
        matches!(url.scheme(), "https" | "http") && url.host_str().is_some_and(|h| !h.is_empty())
    })
}

/// Why the coordinator said no, checked: it must be said, so the one who asked knows
/// what to do next.
pub fn refusal_reason(typed: &str) -> Result<String, FormErrors> {
    let mut errors = FormErrors::default();
    let reason = errors.text("reason", typed, MAX_REASON, "network-error-too-long");
    if reason.is_empty() && errors.is_empty() {
        errors.add("reason", "network-error-reason");
    }
    match errors.is_empty() {
        true => Ok(reason),
        false => Err(errors),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn library() -> OrganisationForm {
        OrganisationForm {
            name: "Viby Bibliotek".into(),
            kind: "library".into(),
            who_they_help: "Alle, der vil lære det digitale.".into(),
            area: "Viby J".into(),
            languages: vec!["da".into(), "en".into(), "da".into()],
            website: "https://aakb.dk/viby".into(),
            phone: "89 40 20 00".into(),
            places: vec!["p1".into()],
        }
    }

    #[test]
    fn a_request_is_checked_and_its_languages_kept_once() {
        let profile = library().profile(|id| id == "p1").unwrap();
        assert_eq!(profile.kind, Kind::Library);
        assert_eq!(profile.languages, ["da", "en"]);
        assert_eq!(profile.place_ids, ["p1"]);
    }

    #[test]
    fn every_missing_or_wrong_field_is_named() {
        let form = OrganisationForm {
            name: " ".into(),
            kind: "bank".into(),
            website: "javascript:alert(1)".into(),
            languages: vec!["xx".into()],
            places: vec!["nowhere".into()],
            phone: "12".into(),
            ..OrganisationForm::default()
        };
        let errors = form.profile(|_| false).unwrap_err();
        for field in [
            "name",
            "kind",
            "who_they_help",
            "area",
            "languages",
            "website",
            "phone",
            "places",
        ] {
            assert!(errors.has(field), "{field}");
        }
    }

    #[test]
    fn only_web_addresses_are_links() {
        assert!(is_web_address("https://example.org/x"));
        assert!(!is_web_address("javascript:alert(1)"));
        assert!(!is_web_address("mailto:a@b.dk"));
        assert!(!is_web_address("https://"));
    }

    #[test]
    fn a_refusal_says_why() {
        assert!(refusal_reason("  ").unwrap_err().has("reason"));
        assert_eq!(
            refusal_reason(" Ikke i kommunen ").unwrap(),
            "Ikke i kommunen"
        );
    }
}
