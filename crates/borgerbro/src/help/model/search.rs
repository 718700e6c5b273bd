//! How a search picks and orders help places: by topic, language, distance and whether
//! they are open now, over thousands of places in memory.

use std::collections::HashMap;
use std::ops::Range;

use super::place::{Place, Position, Topic};
use crate::help::hours::Moment;

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
pub(super) struct Point([f64; 3]);

impl Point {
    pub(super) fn of(at: Position) -> Self {
        let (lat, lon) = (at.latitude.to_radians(), at.longitude.to_radians());
        Self([lat.cos() * lon.cos(), lat.cos() * lon.sin(), lat.sin()])
    }

    pub(super) fn chord_squared(&self, other: &Point) -> f64 {
        let d = |i: usize| self.0[i] - other.0[i];
        d(0) * d(0) + d(1) * d(1) + d(2) * d(2)
    }

    /// The squared chord of a distance along the surface.
    fn chord_squared_of_km(km: f64) -> f64 {
        (2.0 * (km / (2.0 * EARTH_RADIUS_KM)).sin()).powi(2)
    }

    pub(super) fn km_of_chord_squared(chord_squared: f64) -> f64 {
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
    pub(crate) fn new(list: Vec<Place>) -> Self {
        let keys = list.iter().map(Key::of).collect();
        let by_id = list
            .iter()
            .enumerate()
            .map(|(i, p)| (p.id.clone(), i))
            .collect();
        Self { list, keys, by_id }
    }

    pub(crate) fn all(&self) -> &[Place] {
        &self.list
    }

    pub(crate) fn get(&self, id: &str) -> Option<&Place> {
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

#[cfg(test)]
mod tests {
    use super::super::draft::library_draft as draft;
    use super::super::PlaceDraft;
    use super::*;
    use crate::help::postcodes::Postcodes;
    use jiff::civil::date;

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
}
