//! The parsers of outside input, as the fuzz targets in `fuzz/` call them (issue 15):
//! one place that names them all, so a parser added here is one a target can reach, and
//! the rest of the crate keeps its own visibility. Nothing in the program calls this.

pub use crate::help::hours::{Moment, Schedule, Status};
pub use crate::help::postcodes::Postcodes;
pub use crate::help::staff::{read_rows as read_place_rows, write_rows as write_place_rows};
pub use crate::i18n::Lang;
pub use crate::phone::{dialable as dialable_phone, parse as parse_phone};
pub use crate::post::batch::{Problem, RecipientRef, Recipients, Row, Template};
pub use crate::post::bundle::{merge as merge_pdfs, Part as PdfPart, Unmergeable};
pub use crate::post::model::check_attachment;
pub use crate::post::pdf_limits;
pub use crate::post::NewLetter;
pub use crate::web::idempotency::{key as idempotency_key, request_hash};
pub use crate::web::markdown::safe_html;

/// A batch's template file (`borgerbro post send-batch`): `+++`, TOML settings, `+++`,
/// the Markdown body.
pub fn letter_template(text: &str) -> Result<Template, String> {
    crate::post::cli::parse_template(text)
}

/// A batch's recipients file: CSV whose header names the merge fields.
pub fn recipients(csv: &[u8]) -> Result<Recipients, String> {
    crate::post::cli::parse_recipients(csv)
}

/// One row's letter from a template, as a batch merges it: `Err` for a template that
/// names a field the columns lack or leaves a `{{` open, `Ok(Err(field))` for a row that
/// lacks a field.
pub fn merge_letter(
    template: &Template,
    columns: &[String],
    row: &Row,
) -> Result<Result<NewLetter, String>, Problem> {
    let merger = crate::post::batch::Merger::new(template, columns)?;
    Ok(merger.letter(String::new(), row))
}
