//! The web layer shared by every module: layout, DKFDS components, forms, errors,
//! languages, static files and security headers; and the pages that belong to no module.

pub mod assets;
pub mod error;
pub mod format;
pub mod forms;
pub mod i18n;
pub mod idempotency;
pub mod layout;
pub mod markdown;
pub mod routes;
pub mod security;

pub use error::AppError;
pub use format::{decimal, format_date, long_date};
pub use layout::{render, Page};
