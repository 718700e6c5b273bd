//! What a month's snapshot holds: the exact counts as the modules gave them. They are
//! kept exact and private; only `shown` turns them into the public figures, where a count
//! under five is never told.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::mydata::RequestCounts;
use crate::post::LetterCounts;

/// A month's counts, as stored in its snapshot.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Counts {
    pub letters: LetterCounts,
    /// People who can get letters, and those of them exempt from digital post, when the
    /// counts were taken.
    pub people: u64,
    pub exempt: u64,
    /// The plain language of the month's letters.
    pub lix: Lix,
    /// "Var det let?" per task: how many answers gave each score, 1 to 5.
    pub var_det_let: BTreeMap<String, [u64; 5]>,
    /// The front desk's notes of where citizens got stuck, per topic.
    pub stuck: BTreeMap<String, u64>,
    /// Bookings made, per kind.
    pub bookings: BTreeMap<String, u64>,
    /// Permissions in force and the helpers who hold them, when the counts were taken.
    pub permissions: u64,
    pub helpers: u64,
    pub requests: RequestCounts,
}

/// The LIX of the month's letters, overall and per sending unit.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Lix {
    /// The authority's limit the share over is counted against.
    pub limit: u32,
    pub all: UnitLix,
    pub units: Vec<UnitLix>,
}

/// How many letters, their median LIX, and how many were over the limit.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct UnitLix {
    pub unit: String,
    pub letters: u64,
    pub median: Option<f64>,
    pub over_limit: u64,
}

impl Lix {
    /// The figures of measured texts: each `(unit, lix, letters it stands for)`.
    pub fn of(mut measured: Vec<(String, f64, u64)>, limit: u32) -> Self {
        measured.sort_by(|a, b| a.1.total_cmp(&b.1));
        let all = UnitLix::of("", measured.iter().map(|(_, lix, n)| (*lix, *n)), limit);
        let mut names: Vec<&str> = measured.iter().map(|(unit, _, _)| unit.as_str()).collect();
        names.sort_unstable();
        names.dedup();
        let units = names
            .into_iter()
            .map(|name| {
                let of_unit = measured.iter().filter(|(unit, _, _)| unit == name);
                UnitLix::of(name, of_unit.map(|(_, lix, n)| (*lix, *n)), limit)
            })
            .collect();
        Lix { limit, all, units }
    }
}

impl UnitLix {
    /// From `(lix, letters)` sorted by LIX: the weighted median is the LIX of the letter
    /// in the middle when every letter is counted (the lower one when the count is even).
    fn of(unit: &str, sorted: impl Iterator<Item = (f64, u64)> + Clone, limit: u32) -> Self {
        let letters: u64 = sorted.clone().map(|(_, n)| n).sum();
        let middle = letters.div_ceil(2);
        let mut seen = 0;
        let median = sorted.clone().find_map(|(lix, n)| {
            seen += n;
            (seen >= middle && n > 0).then_some(lix)
        });
        let over_limit = sorted
            .filter(|(lix, _)| *lix > f64::from(limit))
            .map(|(_, n)| n)
            .sum();
        UnitLix {
            unit: unit.to_owned(),
            letters,
            median: median.filter(|_| letters > 0),
            over_limit,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_median_counts_every_letter_a_batch_stands_for() {
        let lix = Lix::of(
            vec![
                ("Borgerservice".into(), 30.0, 1),
                ("Borgerservice".into(), 50.0, 1),
                ("Ydelser".into(), 40.0, 10),
            ],
            45,
        );
        assert_eq!(lix.all.letters, 12);
        // Twelve letters: the sixth, in the batch of ten at LIX 40.
        assert_eq!(lix.all.median, Some(40.0));
        assert_eq!(lix.all.over_limit, 1);
        let units: Vec<(&str, u64, Option<f64>)> = lix
            .units
            .iter()
            .map(|u| (u.unit.as_str(), u.letters, u.median))
            .collect();
        assert_eq!(
            units,
            [
                ("Borgerservice", 2, Some(30.0)),
                ("Ydelser", 10, Some(40.0))
            ]
        );
    }

    #[test]
    fn no_letters_have_no_median() {
        let lix = Lix::of(Vec::new(), 45);
        assert_eq!(lix.all.median, None);
        assert!(lix.units.is_empty());
    }
}
