//! A place as staff type it on the form or in an import file, and the checks it must
//! pass before it is stored: every problem named at once, as the reader can fix it.

use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use super::place::{Kind, Place, Position, Topic};
use crate::forms::{FormErrors, Lines};

/// The longest name of a place.
pub(crate) const MAX_NAME: usize = 200;
/// The longest description: a few sentences.
pub(crate) const MAX_DESCRIPTION: usize = 2_000;
/// The longest of the other lines (who the place is for, street, town).
pub(crate) const MAX_LINE: usize = 200;
use crate::help::hours::Schedule;
use crate::help::postcodes::{postcode_in, Postcodes};

/// A place as typed into the form or read from a CSV row: every field as written, so
/// that nothing typed is lost when it comes back with an error. The field names are the
/// form's and the CSV file's column names.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(default)]
pub struct PlaceDraft {
    /// Empty for a new place; an import replaces the place with this id.
    pub id: String,
    pub kind: String,
    pub name: String,
    pub description: String,
    pub audience: String,
    pub street: String,
    pub postcode: String,
    pub city: String,
    pub latitude: String,
    pub longitude: String,
    pub phone: String,
    /// Language codes separated by commas: "da,en,ar".
    pub languages: String,
    /// "ja" or "nej" (also "yes", "no", "true", "false", "1", "0").
    pub step_free: String,
    /// Topic codes separated by commas: "mitid,digital-post".
    pub topics: String,
    /// "man-fre 10:00-15:00; tor 16:00-18:00 drop-in".
    pub hours: String,
}

impl PlaceDraft {
    pub(crate) fn has_topic(&self, topic: &Topic) -> bool {
        self.topics.split(',').any(|t| t.trim() == topic.as_str())
    }

    /// The place this draft describes, checked; every problem found at once otherwise.
    pub fn check(&self, postcodes: &Postcodes) -> Result<CheckedPlace, FormErrors> {
        let mut errors = FormErrors::default();
        let kind = Kind::parse(&self.kind);
        if kind.is_none() {
            errors.add("kind", "help-error-kind");
        }
        let name = errors.line("name", &self.name, MAX_NAME, "help-error-name");
        if name.is_empty() {
            errors.add("name", "help-error-name");
        }
        let description = errors.text(
            "description",
            &self.description,
            MAX_DESCRIPTION,
            "help-error-description",
        );
        let audience = errors.line("audience", &self.audience, MAX_LINE, "help-error-line");
        let needs_address = kind.is_none_or(Kind::has_address);
        let street = errors.line("street", &self.street, MAX_LINE, "help-error-line");
        if needs_address && street.is_empty() {
            errors.add("street", "help-error-street");
        }
        let city = errors.line("city", &self.city, MAX_LINE, "help-error-line");
        let typed = self.postcode.trim();
        let postcode = postcode_in(typed).unwrap_or(typed);
        let known = postcodes.get(postcode);
        if needs_address || !typed.is_empty() {
            if postcode_in(typed).is_none() {
                errors.add("postcode", "help-error-postcode");
            } else if known.is_none() {
                errors.add_value(
                    "postcode".into(),
                    "help-error-postcode-unknown",
                    typed.into(),
                );
            }
        }
        let position = match (self.latitude.trim(), self.longitude.trim()) {
            ("", "") => known.map(|k| k.position),
            (lat, lon) => match (lat.replace(',', ".").parse(), lon.replace(',', ".").parse()) {
                (Ok(latitude), Ok(longitude))
                    if (Position {
                        latitude,
                        longitude,
                    })
                    .in_denmark() =>
                {
                    Some(Position {
                        latitude,
                        longitude,
                    })
                }
                _ => {
                    errors.add("latitude", "help-error-position");
                    None
                }
            },
        };
        let phone = match crate::phone::parse(&self.phone) {
            Ok(phone) => phone,
            Err(crate::phone::NotAPhoneNumber) => {
                errors.add("phone", "help-error-phone");
                None
            }
        };
        if kind == Some(Kind::PhoneLine) && phone.is_none() && !errors.has("phone") {
            errors.add("phone", "help-error-phone-needed");
        }
        let languages = language_codes(&self.languages).unwrap_or_else(|()| {
            errors.add("languages", "help-error-languages");
            Vec::new()
        });
        let step_free = yes_or_no(&self.step_free).unwrap_or_else(|()| {
            errors.add("step_free", "help-error-step-free");
            false
        });
        let topics: Option<Vec<Topic>> = self
            .topics
            .split(',')
            .map(str::trim)
            .filter(|t| !t.is_empty())
            .map(Topic::parse)
            .collect();
        let topics = match topics {
            Some(topics) if !topics.is_empty() => topics,
            _ => {
                errors.add("topics", "help-error-topics");
                Vec::new()
            }
        };
        let hours = match crate::forms::control_problem(&self.hours, Lines::Several) {
            Err(problem) => {
                errors.add("hours", problem);
                Ok(Schedule::default())
            }
            Ok(()) => self.hours.parse::<Schedule>(),
        };
        let hours = match hours {
            Ok(hours) if hours.is_empty() => {
                errors.add("hours", "help-hours-missing");
                hours
            }
            Ok(hours) => hours,
            Err(problems) => {
                for problem in problems {
                    errors.add_value("hours".into(), problem.problem, problem.entry);
                }
                Schedule::default()
            }
        };
        let (Some(kind), true) = (kind, errors.is_empty()) else {
            return Err(errors);
        };
        let text = |s: &str| (!s.trim().is_empty()).then(|| s.trim().to_owned());
        Ok(CheckedPlace {
            kind,
            name,
            description,
            audience,
            street: text(&street),
            postcode: text(postcode),
            city: text(&city).or_else(|| known.map(|k| k.name.clone())),
            position,
            phone,
            languages,
            step_free,
            topics,
            hours,
        })
    }
}

/// A draft that passed every check, ready to store.
#[derive(Debug, Clone, PartialEq)]
pub struct CheckedPlace {
    pub kind: Kind,
    pub name: String,
    pub description: String,
    pub audience: String,
    pub street: Option<String>,
    pub postcode: Option<String>,
    pub city: Option<String>,
    pub position: Option<Position>,
    pub phone: Option<String>,
    pub languages: Vec<String>,
    pub step_free: bool,
    pub topics: Vec<Topic>,
    pub hours: Schedule,
}

impl CheckedPlace {
    pub fn into_place(self, id: String, updated_at: i64) -> Place {
        Place {
            id,
            kind: self.kind,
            name: self.name,
            description: self.description,
            audience: self.audience,
            street: self.street,
            postcode: self.postcode,
            city: self.city,
            position: self.position,
            phone: self.phone,
            languages: self.languages,
            step_free: self.step_free,
            topics: self.topics,
            hours: self.hours,
            updated_at,
        }
    }
}

/// ISO 639 codes ("da", "en", "ar", "uk"); Danish when none are given.
fn language_codes(text: &str) -> Result<Vec<String>, ()> {
    let codes: Vec<String> = text
        .split(',')
        .map(|c| c.trim().to_lowercase())
        .filter(|c| !c.is_empty())
        .collect();
    if codes
        .iter()
        .any(|c| !(2..=3).contains(&c.len()) || !c.chars().all(|ch| ch.is_ascii_lowercase()))
    {
        return Err(());
    }
    Ok(if codes.is_empty() {
        vec!["da".into()]
    } else {
        codes
    })
}

fn yes_or_no(text: &str) -> Result<bool, ()> {
    match text.trim().to_lowercase().as_str() {
        "ja" | "yes" | "true" | "1" | "on" => Ok(true),
        "nej" | "no" | "false" | "0" | "" => Ok(false),
        _ => Err(()),
    }
}

/// A library's draft that passes every check, for the tests of the rules built on it.
#[cfg(test)]
pub(super) fn library_draft() -> PlaceDraft {
    PlaceDraft {
        kind: "library".into(),
        name: "Dokk1".into(),
        description: "Hjælp til MitID og Digital Post".into(),
        audience: "Alle".into(),
        street: "Hack Kampmanns Plads 2".into(),
        postcode: "8000".into(),
        phone: "+45 89 40 92 00".into(),
        languages: "da, en".into(),
        step_free: "ja".into(),
        topics: "mitid,digital-post".into(),
        hours: "man-fre 08-22; tir 10-12 drop-in".into(),
        ..PlaceDraft::default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn draft() -> PlaceDraft {
        library_draft()
    }

    #[test]
    fn a_good_draft_is_checked_and_filled_in_from_the_postcode() {
        let place = draft()
            .check(&Postcodes::demo())
            .unwrap_or_else(|e| panic!("{e:?}"));
        assert_eq!(place.city.as_deref(), Some("Aarhus C"));
        assert_eq!(place.phone.as_deref(), Some("89 40 92 00"));
        assert_eq!(place.languages, ["da", "en"]);
        assert!(place.position.is_some());
        assert!(place.step_free);
        // The checked place writes back to a draft that checks to the same place.
        let stored = place.clone().into_place("p1".into(), 0);
        assert_eq!(stored.draft().check(&Postcodes::demo()), Ok(place));
    }

    #[test]
    fn control_characters_are_refused_in_every_text_of_a_place() {
        let bad = PlaceDraft {
            name: "Dokk\u{0}1".into(),
            description: "Hjælp\u{1b}[2J".into(),
            audience: "Alle\nover 60".into(),
            street: "Hack Kampmanns Plads\u{7f} 2".into(),
            city: "Aar\u{85}hus".into(),
            hours: "man-fre 08-22\u{0}".into(),
            ..draft()
        };
        let errors = bad.check(&Postcodes::demo()).unwrap_err();
        for field in ["name", "description", "audience", "street", "city", "hours"] {
            assert_eq!(
                errors.get(field),
                Some(crate::forms::TEXT_INVALID),
                "{field}"
            );
        }
        // Line breaks and tabs stay in a description.
        let lines = PlaceDraft {
            description: "Hjælp til MitID.\r\n\tOgså om lørdagen.".into(),
            ..draft()
        };
        assert!(lines.check(&Postcodes::demo()).is_ok());
    }

    #[test]
    fn every_problem_is_named_at_once() {
        let bad = PlaceDraft {
            kind: "castle".into(),
            name: " ".into(),
            postcode: "2100".into(),
            phone: "12 34".into(),
            languages: "dansk".into(),
            step_free: "maybe".into(),
            topics: "mitid,knitting".into(),
            hours: "fre 15-9".into(),
            latitude: "90".into(),
            longitude: "10".into(),
            ..PlaceDraft::default()
        };
        let errors = bad.check(&Postcodes::demo()).unwrap_err();
        for (field, message) in [
            ("kind", "help-error-kind"),
            ("name", "help-error-name"),
            ("street", "help-error-street"),
            ("postcode", "help-error-postcode-unknown"),
            ("latitude", "help-error-position"),
            ("phone", "help-error-phone"),
            ("languages", "help-error-languages"),
            ("step_free", "help-error-step-free"),
            ("topics", "help-error-topics"),
            ("hours", "help-hours-order"),
        ] {
            assert_eq!(errors.get(field), Some(message), "{field}");
        }
    }

    #[test]
    fn a_phone_line_needs_a_phone_and_no_address() {
        let line = PlaceDraft {
            kind: "phone_line".into(),
            name: "Digital hjælp på telefon".into(),
            topics: "apps".into(),
            hours: "man-fre 9-15".into(),
            ..PlaceDraft::default()
        };
        let errors = line.check(&Postcodes::demo()).unwrap_err();
        assert_eq!(errors.get("phone"), Some("help-error-phone-needed"));
        assert!(!errors.has("street"));
        let line = PlaceDraft {
            phone: "70 10 18 81".into(),
            ..line
        };
        assert!(line.check(&Postcodes::demo()).is_ok());
    }
}
