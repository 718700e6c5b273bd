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
    pub fn from_file(path: &Path) -> Result<Self, csv::Error> {
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

    pub fn iter(&self) -> impl Iterator<Item = (&String, &Postcode)> {
        self.0.iter()
    }
}

/// Four digits, as every Danish postcode is written.
pub fn looks_like_postcode(text: &str) -> bool {
    let text = text.trim();
    text.len() == 4 && text.chars().all(|c| c.is_ascii_digit())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_demo_postcodes_are_read() {
        let codes = Postcodes::demo();
        let centre = codes.get("8000").map(|c| c.name.as_str());
        assert_eq!(centre, Some("Aarhus C"));
        assert!(codes.get(" 8210 ").is_some());
        assert!(codes.get("2100").is_none());
        assert!(codes.iter().count() > 20);
    }

    #[test]
    fn a_postcode_is_four_digits() {
        assert!(looks_like_postcode("8000"));
        assert!(!looks_like_postcode("800"));
        assert!(!looks_like_postcode("8000A"));
    }
}
