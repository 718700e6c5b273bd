//! Help places and the rules for them, one job a file: what a place is (`place`), what
//! it must say about itself before it is stored (`draft`), how a search picks and orders
//! places (`search`), and the place as schema.org describes it (`schema`). No I/O.

mod draft;
mod place;
mod schema;
mod search;

pub use draft::{CheckedPlace, PlaceDraft};
pub use place::{topic_of_path, Kind, Place, Position, Topic};
pub use schema::{json_ld, CLOSED_DAYS_PUBLISHED};
pub use search::{Found, Hit, Places, Search};
