//! Help places and the rules for them: what a place must say about itself, how a search
//! picks and orders places, and the place as schema.org describes it.

use std::collections::HashMap;
use std::ops::Range;

use jiff::civil::Date;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use super::hours::{Moment, Schedule};
use super::postcodes::{postcode_in, Postcodes};
use crate::forms::FormErrors;

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
    pub const ALL: [Kind; 6] = [
        Kind::FrontDesk,
        Kind::Library,
        Kind::DropInCentre,
        Kind::ItCafe,
        Kind::PhoneLine,
        Kind::Outreach,
    ];

    pub fn as_str(self) -> &'static str {
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

    pub fn label_key(self) -> String {
        format!("help-kind-{}", self.as_str())
    }

    /// A phone line is reached by phone; every other place has an address to come to.
    pub fn has_address(self) -> bool {
        self != Kind::PhoneLine
    }

    fn schema_type(self) -> &'static str {
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
    pub const ALL: [Topic; 12] = [
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

    pub fn as_str(self) -> &'static str {
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

    pub fn label_key(self) -> String {
        format!("help-topic-{}", self.as_str())
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize, ToSchema)]
pub struct Position {
    pub latitude: f64,
    pub longitude: f64,
}

impl Position {
    /// Kilometres along the earth's surface: exact enough for "1,2 km away".
    pub fn km_to(&self, other: &Position) -> f64 {
        Point::km_of_chord_squared(Point::of(*self).chord_squared(&Point::of(*other)))
    }

    /// Denmark with Bornholm and a margin; the Faroe Islands and Greenland have their own
    /// systems for this.
    fn in_denmark(&self) -> bool {
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
    pub fn address_line(&self) -> Option<String> {
        let street = self.street.as_deref()?;
        Some(format!(
            "{street}, {} {}",
            self.postcode.as_deref().unwrap_or_default(),
            self.city.as_deref().unwrap_or_default()
        ))
    }

    /// The phone number as a `tel:` link wants it.
    pub fn phone_link(&self) -> Option<String> {
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
    pub fn has_topic(&self, topic: &Topic) -> bool {
        self.topics.split(',').any(|t| t.trim() == topic.as_str())
    }

    /// The place this draft describes, checked; every problem found at once otherwise.
    pub fn check(&self, postcodes: &Postcodes) -> Result<CheckedPlace, FormErrors> {
        let mut errors = FormErrors::default();
        let kind = Kind::parse(&self.kind);
        if kind.is_none() {
            errors.add("kind", "help-error-kind");
        }
        let name = self.name.trim();
        if name.is_empty() || name.chars().count() > 200 {
            errors.add("name", "help-error-name");
        }
        let needs_address = kind.is_none_or(Kind::has_address);
        let street = self.street.trim();
        if needs_address && street.is_empty() {
            errors.add("street", "help-error-street");
        }
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
        let hours = match self.hours.parse::<Schedule>() {
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
            name: name.to_owned(),
            description: self.description.trim().to_owned(),
            audience: self.audience.trim().to_owned(),
            street: text(street),
            postcode: text(postcode),
            city: text(&self.city).or_else(|| known.map(|k| k.name.clone())),
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

/// What a citizen searches for; every part is optional.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Search {
    pub topic: Option<Topic>,
    pub language: Option<String>,
    pub near: Option<Position>,
    pub within_km: Option<f64>,
    pub open_now: bool,
}

/// A place found, with how far away it is. When it is open is worked out only for the
/// places a page shows (`Schedule::status`), not for every place that matches.
#[derive(Debug, Clone)]
pub struct Hit<'a> {
    pub place: &'a Place,
    pub distance_km: Option<f64>,
}

/// What a search found: how many places match, and those in the window asked for.
#[derive(Debug, Clone)]
pub struct Found<'a> {
    pub total: usize,
    pub hits: Vec<Hit<'a>>,
}

const EARTH_RADIUS_KM: f64 = 6371.0;

/// A position as a point on the unit sphere. The straight line (chord) between two
/// points grows with the distance along the surface, so a search can filter and order
/// thousands of places by it with a few multiplications each, and work out kilometres
/// (the same as haversine) only for the places it shows.
#[derive(Debug, Clone, Copy, PartialEq)]
struct Point([f64; 3]);

impl Point {
    fn of(at: Position) -> Self {
        let (lat, lon) = (at.latitude.to_radians(), at.longitude.to_radians());
        Self([lat.cos() * lon.cos(), lat.cos() * lon.sin(), lat.sin()])
    }

    fn chord_squared(&self, other: &Point) -> f64 {
        let d = |i: usize| self.0[i] - other.0[i];
        d(0) * d(0) + d(1) * d(1) + d(2) * d(2)
    }

    /// The squared chord of a distance along the surface.
    fn chord_squared_of_km(km: f64) -> f64 {
        (2.0 * (km / (2.0 * EARTH_RADIUS_KM)).sin()).powi(2)
    }

    fn km_of_chord_squared(chord_squared: f64) -> f64 {
        2.0 * EARTH_RADIUS_KM * (chord_squared.sqrt() / 2.0).min(1.0).asin()
    }
}

/// The help places, each with what a search filters on worked out once when the
/// catalogue is read, ready to search.
#[derive(Debug, Default)]
pub struct Places {
    list: Vec<Place>,
    /// `keys[i]` belongs to `list[i]`. Kept apart from the places, side by side in
    /// memory, so a search over thousands of places reads one small array instead of
    /// following each place's pointers to its topics (which cost more than the
    /// arithmetic, measured with `perf` on `benches/help_search.rs`).
    keys: Vec<Key>,
    /// A place's index in `list` by its id, for a place page or a booking's place.
    by_id: HashMap<String, usize>,
}

/// What a search filters a place on.
#[derive(Debug, Clone, Copy)]
struct Key {
    point: Option<Point>,
    /// One bit a topic (`Topic::bit`).
    topics: u32,
    /// A place without an address (a phone line) is near everyone.
    near_everyone: bool,
}

impl Key {
    fn of(place: &Place) -> Self {
        Self {
            point: place.position.map(Point::of),
            topics: place.topics.iter().fold(0, |bits, t| bits | t.bit()),
            near_everyone: !place.kind.has_address(),
        }
    }
}

impl Topic {
    /// Its own bit of a `u32`: twelve topics, one bit each by declaration order.
    fn bit(self) -> u32 {
        1 << (self as u32)
    }
}

impl Places {
    pub fn new(list: Vec<Place>) -> Self {
        let keys = list.iter().map(Key::of).collect();
        let by_id = list
            .iter()
            .enumerate()
            .map(|(i, p)| (p.id.clone(), i))
            .collect();
        Self { list, keys, by_id }
    }

    pub fn all(&self) -> &[Place] {
        &self.list
    }

    pub fn get(&self, id: &str) -> Option<&Place> {
        self.by_id.get(id).map(|&i| &self.list[i])
    }

    /// The places that match, nearest first when the search has a position (phone
    /// lines, which are everywhere, after them), otherwise by name; of them the ones in
    /// `window` (page 2 of 20 a page is `20..40`). Only the window is put in order, so a
    /// page of 20 out of thousands costs little more than finding them.
    pub fn search(&self, search: &Search, now: &Moment, window: Range<usize>) -> Found<'_> {
        let from = search.near.map(Point::of);
        let limit = search.within_km.map(Point::chord_squared_of_km);
        let topic = search.topic.map_or(u32::MAX, Topic::bit);
        // (index, squared chord): infinite for a place without a position.
        let mut found: Vec<(usize, f64)> = self
            .keys
            .iter()
            .enumerate()
            .filter(|(_, key)| key.topics & topic != 0)
            .filter_map(|(i, key)| {
                let chord = from
                    .zip(key.point)
                    .map_or(f64::INFINITY, |(from, to)| from.chord_squared(&to));
                let within = match (limit, key.point) {
                    (Some(limit), Some(_)) => chord <= limit,
                    (Some(_), None) => key.near_everyone,
                    (None, _) => true,
                };
                within.then_some((i, chord))
            })
            .filter(|&(i, _)| {
                let place = &self.list[i];
                search
                    .language
                    .as_ref()
                    .is_none_or(|l| place.languages.contains(l))
                    && (!search.open_now || place.hours.is_open(now))
            })
            .collect();
        let total = found.len();
        let order = |a: &(usize, f64), b: &(usize, f64)| {
            let (pa, pb) = (&self.list[a.0], &self.list[b.0]);
            a.1.total_cmp(&b.1)
                .then_with(|| pa.name.cmp(&pb.name))
                .then_with(|| pa.id.cmp(&pb.id))
        };
        let end = window.end.min(total);
        if end < total {
            found.select_nth_unstable_by(end, order);
            found.truncate(end);
        }
        found.sort_by(order);
        let hits = found
            .into_iter()
            .skip(window.start)
            .map(|(i, chord)| Hit {
                place: &self.list[i],
                distance_km: chord.is_finite().then(|| Point::km_of_chord_squared(chord)),
            })
            .collect();
        Found { total, hits }
    }
}

/// How far ahead the JSON-LD and the calendar feed publish the days a place is closed.
pub const CLOSED_DAYS_PUBLISHED: i64 = 365;

/// The place as schema.org JSON-LD, for search engines and assistive apps; the days it
/// is closed in the coming year (holidays, its own closing days) are special opening
/// hours that open and close at midnight, as schema.org writes "closed".
pub fn json_ld(place: &Place, url: &str, today: Date) -> serde_json::Value {
    const DAYS: [&str; 7] = [
        "Monday",
        "Tuesday",
        "Wednesday",
        "Thursday",
        "Friday",
        "Saturday",
        "Sunday",
    ];
    let hours: Vec<_> = place
        .hours
        .periods()
        .iter()
        .map(|p| {
            serde_json::json!({
                "@type": "OpeningHoursSpecification",
                "dayOfWeek": format!("https://schema.org/{}", DAYS[usize::from(p.day - 1)]),
                "opens": super::hours::time_of_day(p.opens, false),
                "closes": super::hours::time_of_day(p.closes, false),
            })
        })
        .collect();
    let until = today
        .checked_add(jiff::Span::new().days(CLOSED_DAYS_PUBLISHED))
        .unwrap_or(today);
    let closed: Vec<_> = place
        .hours
        .closed_days(today, until)
        .into_iter()
        .map(|(day, _)| {
            serde_json::json!({
                "@type": "OpeningHoursSpecification",
                "validFrom": day.to_string(),
                "validThrough": day.to_string(),
                "opens": "00:00",
                "closes": "00:00",
            })
        })
        .collect();
    let mut ld = serde_json::json!({
        "@context": "https://schema.org",
        "@type": place.kind.schema_type(),
        "@id": url,
        "url": url,
        "name": place.name,
        "description": place.description,
        "knowsLanguage": place.languages,
        "isAccessibleForFree": true,
        "openingHoursSpecification": hours,
        "specialOpeningHoursSpecification": closed,
        "amenityFeature": [{
            "@type": "LocationFeatureSpecification",
            "name": "Step-free access",
            "value": place.step_free,
        }],
    });
    if let Some(phone) = place.phone_link() {
        ld["telephone"] = phone.into();
    }
    if let Some(street) = &place.street {
        ld["address"] = serde_json::json!({
            "@type": "PostalAddress",
            "streetAddress": street,
            "postalCode": place.postcode,
            "addressLocality": place.city,
            "addressCountry": "DK",
        });
    }
    if let Some(at) = place.position {
        ld["geo"] = serde_json::json!({
            "@type": "GeoCoordinates",
            "latitude": at.latitude,
            "longitude": at.longitude,
        });
    }
    ld
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    fn draft() -> PlaceDraft {
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
        let km = aarhus.km_to(&copenhagen);
        assert!((150.0..160.0).contains(&km), "{km}");
    }

    #[test]
    fn search_filters_and_puts_the_nearest_first() {
        let postcodes = Postcodes::demo();
        let place = |name: &str, postcode: &str, topics: &str, hours: &str| {
            PlaceDraft {
                name: name.into(),
                postcode: postcode.into(),
                topics: topics.into(),
                hours: hours.into(),
                ..draft()
            }
            .check(&postcodes)
            .unwrap_or_else(|e| panic!("{e:?}"))
            .into_place(name.into(), 0)
        };
        let places = Places::new(vec![
            place("Far", "8541", "mitid", "man-søn 10-12"),
            place("Near", "8000", "mitid", "man-søn 08-20"),
            place("Other topic", "8000", "housing", "man-søn 08-20"),
        ]);
        let monday_noon = Moment::new(date(2026, 11, 23).at(13, 0, 0, 0));
        let near_centre = Search {
            topic: Some(Topic::Mitid),
            near: postcodes.get("8000").map(|p| p.position),
            ..Search::default()
        };
        let names: Vec<_> = places
            .search(&near_centre, &monday_noon, 0..20)
            .hits
            .iter()
            .map(|h| h.place.name.as_str())
            .collect();
        assert_eq!(names, ["Near", "Far"]);
        let within_5_km = Search {
            within_km: Some(5.0),
            ..near_centre.clone()
        };
        assert_eq!(places.search(&within_5_km, &monday_noon, 0..20).total, 1);
        let open_now = Search {
            open_now: true,
            ..near_centre
        };
        let names: Vec<_> = places
            .search(&open_now, &monday_noon, 0..20)
            .hits
            .iter()
            .map(|h| h.place.name.as_str())
            .collect();
        assert_eq!(names, ["Near"]);
    }

    #[test]
    fn a_page_of_results_is_the_same_slice_of_the_whole_order() {
        let postcodes = Postcodes::demo();
        let base = draft()
            .check(&postcodes)
            .unwrap_or_else(|e| panic!("{e:?}"));
        // 300 places scattered about 10 km around Aarhus C, some at the same spot.
        let list: Vec<Place> = (0..300u32)
            .map(|i| {
                let mut place = base.clone().into_place(format!("p{i:03}"), 0);
                place.position = Some(Position {
                    latitude: 56.1567 + f64::from((i * 7919) % 200) / 1000.0 - 0.1,
                    longitude: 10.2108 + f64::from((i * 104_729) % 300) / 1000.0 - 0.15,
                });
                place
            })
            .collect();
        let places = Places::new(list);
        let now = Moment::new(date(2026, 11, 23).at(13, 0, 0, 0));
        let near = Search {
            near: postcodes.get("8000").map(|p| p.position),
            within_km: Some(8.0),
            ..Search::default()
        };
        let whole = places.search(&near, &now, 0..usize::MAX);
        let page = places.search(&near, &now, 40..60);
        assert_eq!(page.total, whole.total);
        assert!(whole.total > 60 && whole.total < 300, "{}", whole.total);
        let ids = |hits: &[Hit]| hits.iter().map(|h| h.place.id.clone()).collect::<Vec<_>>();
        assert_eq!(ids(&page.hits), ids(&whole.hits[40..60]));
        let from = near.near.unwrap_or_else(|| panic!("8000 is known"));
        for hit in &whole.hits {
            let km = hit.distance_km.unwrap_or(f64::NAN);
            assert!(km <= 8.0, "{km}");
            // The same kilometres as haversine.
            let to = hit.place.position.unwrap_or(from);
            let (lat1, lat2) = (from.latitude.to_radians(), to.latitude.to_radians());
            let (dlat, dlon) = (lat2 - lat1, (to.longitude - from.longitude).to_radians());
            let a =
                (dlat / 2.0).sin().powi(2) + lat1.cos() * lat2.cos() * (dlon / 2.0).sin().powi(2);
            let haversine = 2.0 * 6371.0 * a.sqrt().asin();
            assert!((km - haversine).abs() < 1e-6, "{km} {haversine}");
        }
        assert!(whole
            .hits
            .windows(2)
            .all(|w| w[0].distance_km <= w[1].distance_km));
    }

    #[test]
    fn json_ld_names_the_place_its_address_and_hours() {
        let place = draft()
            .check(&Postcodes::demo())
            .unwrap_or_else(|e| panic!("{e:?}"))
            .into_place("p1".into(), 0);
        let ld = json_ld(
            &place,
            "https://example.org/hjaelp/steder/p1",
            date(2026, 11, 23),
        );
        assert_eq!(ld["@type"], "Library");
        assert_eq!(ld["address"]["postalCode"], "8000");
        assert_eq!(ld["telephone"], "+4589409200");
        assert_eq!(ld["openingHoursSpecification"][0]["opens"], "08:00");
        // Open on weekdays, so the first day it is closed all day is Christmas Eve.
        let closed = &ld["specialOpeningHoursSpecification"][0];
        assert_eq!(closed["validFrom"], "2026-12-24");
        assert_eq!(closed["opens"], "00:00");
        assert_eq!(closed["closes"], "00:00");
    }
}
