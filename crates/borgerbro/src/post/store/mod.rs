//! SQL for the post module's tables, one file a table (or a few that live together):
//! `letters` (messages), `batches`, `escalations` (with the queue of letters waiting to
//! escalate), `attachments`, `print_jobs`, `exemptions` (offers of paper post),
//! `replies`, `drafts` and `versions` (a letter's other languages). Rows are read into typed values here, once: a kind this
//! build cannot read is an error (`db::decode`), never a default.

mod attachments;
mod batches;
mod drafts;
mod escalations;
mod exemptions;
mod figures;
mod letters;
mod print_jobs;
mod replies;
mod versions;

pub use attachments::*;
pub(crate) use batches::*;
pub use drafts::*;
pub use escalations::*;
pub(crate) use exemptions::*;
pub(crate) use figures::{month_counts, month_texts};
pub use figures::{ByKind, ByOutcome, LetterCounts, MeasuredText};
pub use letters::*;
pub use print_jobs::*;
pub use replies::*;
pub(crate) use versions::*;
