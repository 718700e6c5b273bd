//! The post module's pages, by who uses them: the citizen's inbox and letters
//! (`citizen`), the caseworker's write page (`write`), a sent letter's status and the
//! escalation queue (`staff`), the print queue (`print`), and how a letter is shown
//! (`view`, which a helper's pages use too).

pub(crate) mod citizen;
pub mod print;
pub(crate) mod staff;
pub mod view;
pub(crate) mod write;
