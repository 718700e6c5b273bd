//! What the post module does, one file a job. `post/mod.rs` re-exports all of it, so
//! other modules say `post::send_in`, never `post::service::send::send_in`.

mod drafts;
mod escalation;
mod figures;
mod files;
mod inbox;
mod printing;
mod reading;
mod replies;
mod send;

pub(crate) use drafts::*;
pub use escalation::*;
pub use figures::*;
pub use files::*;
pub use inbox::*;
pub use printing::*;
pub(crate) use reading::*;
pub use replies::*;
pub use send::*;
