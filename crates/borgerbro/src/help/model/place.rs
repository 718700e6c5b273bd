//! What a help place is: its kind, the topics it helps with, where it is, and the
//! topic of each page of ours ("Få hjælp" on a page opens help for just that).

use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use super::draft::PlaceDraft;
use crate::help::hours::Schedule;

/// What kind of help a place is; it decides the words and the schema.org type.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum Kind {
    FrontDesk,
    Library,
    DropInCentre,
    ItCafe,
    PhoneLine,
    Outreach,
}

impl Kind {
    pub(crate) const ALL: [Kind; 6] = [
        Kind::FrontDesk,
        Kind::Library,
        Kind::DropInCentre,
        Kind::ItCafe,
        Kind::PhoneLine,
        Kind::Outreach,
    ];

    pub(crate) fn as_str(self) -> &'static str {
        match self {
            Kind::FrontDesk => "front_desk",
            Kind::Library => "library",
            Kind::DropInCentre => "drop_in_centre",
            Kind::ItCafe => "it_cafe",
            Kind::PhoneLine => "phone_line",
            Kind::Outreach => "outreach",
        }
    }

    pub fn parse(text: &str) -> Option<Kind> {
        Kind::ALL.into_iter().find(|k| k.as_str() == text.trim())
    }

    pub(crate) fn label_key(self) -> String {
        format!("help-kind-{}", self.as_str())
    }

    /// A phone line is reached by phone; every other place has an address to come to.
    pub(crate) fn has_address(self) -> bool {
        self != Kind::PhoneLine
    }

    pub(super) fn schema_type(self) -> &'static str {
        match self {
            Kind::FrontDesk | Kind::Outreach => "GovernmentOffice",
            Kind::Library => "Library",
            Kind::DropInCentre | Kind::ItCafe => "CivicStructure",
            Kind::PhoneLine => "Organization",
        }
    }
}

/// What a citizen needs help with; places help with topics and guides are about them.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, ToSchema,
)]
#[serde(rename_all = "kebab-case")]
pub enum Topic {
    Mitid,
    DigitalPost,
    Helpers,
    Apps,
    Forms,
    Letters,
    Health,
    Housing,
    Pension,
    Jobs,
    Money,
    Moving,
}

impl Topic {
    pub(crate) const ALL: [Topic; 12] = [
        Topic::Mitid,
        Topic::DigitalPost,
        Topic::Helpers,
        Topic::Apps,
        Topic::Forms,
        Topic::Letters,
        Topic::Health,
        Topic::Housing,
        Topic::Pension,
        Topic::Jobs,
        Topic::Money,
        Topic::Moving,
    ];

    pub(crate) fn as_str(self) -> &'static str {
        match self {
            Topic::Mitid => "mitid",
            Topic::DigitalPost => "digital-post",
            Topic::Helpers => "helpers",
            Topic::Apps => "apps",
            Topic::Forms => "forms",
            Topic::Letters => "letters",
            Topic::Health => "health",
            Topic::Housing => "housing",
            Topic::Pension => "pension",
            Topic::Jobs => "jobs",
            Topic::Money => "money",
            Topic::Moving => "moving",
        }
    }

    pub fn parse(text: &str) -> Option<Topic> {
        Topic::ALL.into_iter().find(|t| t.as_str() == text.trim())
    }

    pub(crate) fn label_key(self) -> String {
        format!("help-topic-{}", self.as_str())
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize, ToSchema)]
pub struct Position {
    pub latitude: f64,
    pub longitude: f64,
}

impl Position {
    /// Denmark with Bornholm and a margin; the Faroe Islands and Greenland have their own
    /// systems for this.
    pub(super) fn in_denmark(&self) -> bool {
        (54.4..=57.9).contains(&self.latitude) && (7.7..=15.4).contains(&self.longitude)
    }
}

/// The topic of the page at `path`, so that "Få hjælp" on it opens help for just that.
pub fn topic_of_path(path: &str) -> Option<Topic> {
    const PAGES: [(&str, Topic); 6] = [
        ("/min-side/breve-paa-papir", Topic::DigitalPost),
        ("/post", Topic::Letters),
        ("/hjaelpere", Topic::Helpers),
        ("/jeg-hjaelper", Topic::Helpers),
        ("/saadan-hjaelper-du", Topic::Helpers),
        ("/log-ind", Topic::Mitid),
    ];
    let path_only = path.split('?').next().unwrap_or_default();
    if let Some(code) = path
        .split_once("emne=")
        .map(|(_, rest)| rest.split('&').next().unwrap_or_default())
    {
        return Topic::parse(code);
    }
    PAGES
        .iter()
        .find(|(prefix, _)| path_only == *prefix || path_only.starts_with(&format!("{prefix}/")))
        .map(|(_, topic)| *topic)
}

/// A help place as stored and shown.
#[derive(Debug, Clone, PartialEq)]
pub struct Place {
    pub id: String,
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
    pub updated_at: i64,
}

impl Place {
    /// "Hack Kampmanns Plads 2, 8000 Aarhus C", or nothing for a phone line.
    pub(crate) fn address_line(&self) -> Option<String> {
        let street = self.street.as_deref()?;
        Some(format!(
            "{street}, {} {}",
            self.postcode.as_deref().unwrap_or_default(),
            self.city.as_deref().unwrap_or_default()
        ))
    }

    /// The phone number as a `tel:` link wants it.
    pub(crate) fn phone_link(&self) -> Option<String> {
        self.phone.as_deref().map(crate::phone::dialable)
    }

    /// The same place as a form or a CSV row writes it.
    pub fn draft(&self) -> PlaceDraft {
        PlaceDraft {
            id: self.id.clone(),
            kind: self.kind.as_str().into(),
            name: self.name.clone(),
            description: self.description.clone(),
            audience: self.audience.clone(),
            street: self.street.clone().unwrap_or_default(),
            postcode: self.postcode.clone().unwrap_or_default(),
            city: self.city.clone().unwrap_or_default(),
            latitude: self
                .position
                .map(|p| p.latitude.to_string())
                .unwrap_or_default(),
            longitude: self
                .position
                .map(|p| p.longitude.to_string())
                .unwrap_or_default(),
            phone: self.phone.clone().unwrap_or_default(),
            languages: self.languages.join(","),
            step_free: if self.step_free { "ja" } else { "nej" }.into(),
            topics: self
                .topics
                .iter()
                .map(|t| t.as_str())
                .collect::<Vec<_>>()
                .join(","),
            hours: self.hours.to_string(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::help::model::search::Point;

    #[test]
    fn each_page_knows_its_topic() {
        assert_eq!(topic_of_path("/post/123"), Some(Topic::Letters));
        assert_eq!(topic_of_path("/post"), Some(Topic::Letters));
        assert_eq!(topic_of_path("/postkasse"), None);
        assert_eq!(topic_of_path("/hjaelpere/ny"), Some(Topic::Helpers));
        assert_eq!(
            topic_of_path("/hjaelp/steder?emne=housing&postnummer=8000"),
            Some(Topic::Housing)
        );
        assert_eq!(topic_of_path("/"), None);
    }

    #[test]
    fn distances_are_real_kilometres() {
        let aarhus = Position {
            latitude: 56.1567,
            longitude: 10.2108,
        };
        let copenhagen = Position {
            latitude: 55.6761,
            longitude: 12.5683,
        };
        // As the search measures it.
        let km =
            Point::km_of_chord_squared(Point::of(aarhus).chord_squared(&Point::of(copenhagen)));
        assert!((150.0..160.0).contains(&km), "{km}");
    }
}
