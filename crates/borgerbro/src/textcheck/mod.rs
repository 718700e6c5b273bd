//! "Tjek din tekst": the klarsprog checker as a page, an API and a command, for every
//! writer. The analysis itself is the `klarsprog` crate.

pub mod cli;
mod model;
pub mod routes;
