//! The postcodes this authority knows, each with the position of its middle, so that a
//! citizen can search for help "near 8210" without sharing where they are.

use std::collections::BTreeMap;
use std::path::Path;

use super::model::Position;

/// The demo authority's postcodes (Aarhus Kommune), positions rounded to about a
/// kilometre: a search by postcode needs no more.
const DEMO: &str = include_str!("../../data/postcodes-aarhus.csv");

#[derive(Debug, Clone, PartialEq)]
pub struct Postcode {
    pub name: String,
    pub position: Position,
}

#[derive(Debug, Clone, Default)]
pub struct Postcodes(BTreeMap<String, Postcode>);

#[derive(Debug, serde::Deserialize)]
struct Row {
    postcode: String,
    name: String,
    latitude: f64,
    longitude: f64,
}

impl Postcodes {
    pub fn demo() -> Self {
        Self::from_csv(DEMO.as_bytes()).unwrap_or_default()
    }

    /// Reads `postcode,name,latitude,longitude` rows, as an operator exports them from
    /// the national address register (DAWA).
    pub(crate) fn from_file(path: &Path) -> Result<Self, csv::Error> {
        Self::from_csv(std::fs::File::open(path)?)
    }

    fn from_csv(reader: impl std::io::Read) -> Result<Self, csv::Error> {
        let mut codes = BTreeMap::new();
        for row in csv::Reader::from_reader(reader).deserialize() {
            let row: Row = row?;
            codes.insert(
                row.postcode,
                Postcode {
                    name: row.name,
                    position: Position {
                        latitude: row.latitude,
                        longitude: row.longitude,
                    },
                },
            );
        }
        Ok(Self(codes))
    }

    pub fn get(&self, postcode: &str) -> Option<&Postcode> {
        self.0.get(postcode.trim())
    }
}

/// The postcode in what people type: four digits, as every Danish postcode is written,
/// alone or with the town after it as on an envelope ("8000 Aarhus C", "8000Aarhus") and
/// with or without "DK-" before it. The town is not checked: the postcode decides.
pub(crate) fn postcode_in(text: &str) -> Option<&str> {
    let text = text.trim();
    let text = ["DK-", "dk-", "DK ", "dk "]
        .iter()
        .find_map(|prefix| text.strip_prefix(prefix))
        .unwrap_or(text);
    let code = text.get(..4)?;
    let rest = &text[4..];
    let town_or_nothing =
        rest.is_empty() || rest.starts_with(|c: char| c.is_whitespace() || c.is_alphabetic());
    (code.chars().all(|c| c.is_ascii_digit()) && town_or_nothing).then_some(code)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_postcode_is_found_in_what_people_type() {
        for typed in [
            "8000",
            " 8000 ",
            "8000 Aarhus C",
            "8000Aarhus C",
            "DK-8000 Aarhus C",
        ] {
            assert_eq!(postcode_in(typed), Some("8000"), "{typed}");
        }
        for typed in ["800", "80000", "8000-1", "Aarhus C", "8 000", ""] {
            assert_eq!(postcode_in(typed), None, "{typed}");
        }
    }

    #[test]
    fn the_demo_postcodes_are_read() {
        let codes = Postcodes::demo();
        let centre = codes.get("8000").map(|c| c.name.as_str());
        assert_eq!(centre, Some("Aarhus C"));
        assert!(codes.get(" 8210 ").is_some());
        assert!(codes.get("2100").is_none());
    }
}
