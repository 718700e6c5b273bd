//! CSV files that people open in a spreadsheet. A cell that begins with `=`, `+`, `-` or
//! `@` (or a tab or a carriage return) is a formula to Excel and LibreOffice, so text that
//! anyone typed (an anonymous "Var det let?" answer, a help place's name) could run in an
//! administrator's spreadsheet. Every CSV we write passes through [`neutralise`], which
//! puts an apostrophe before such a cell, as OWASP advises; our imports take it off again
//! ([`restore_cell`]), so an export imports unchanged.

use std::borrow::Cow;

/// A cell a spreadsheet takes for a formula, or one that looks like a neutralised one
/// (apostrophes before such a start): the apostrophe [`restore_cell`] takes off must be
/// one [`neutralise_cell`] put on, or a name typed as "'=x" would come back as "=x".
fn starts_a_formula(cell: &str) -> bool {
    cell.trim_start_matches('\'')
        .starts_with(['=', '+', '-', '@', '\t', '\r'])
}

pub(crate) fn neutralise_cell(cell: &str) -> Cow<'_, str> {
    match starts_a_formula(cell) {
        true => Cow::Owned(format!("'{cell}")),
        false => Cow::Borrowed(cell),
    }
}

/// A cell as it was before [`neutralise_cell`].
pub(crate) fn restore_cell(cell: &str) -> &str {
    match cell.strip_prefix('\'') {
        Some(rest) if starts_a_formula(rest) => rest,
        _ => cell,
    }
}

/// The same CSV with no cell that starts a formula.
pub(crate) fn neutralise(csv_bytes: &[u8]) -> Result<Vec<u8>, csv::Error> {
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .from_reader(csv_bytes);
    let mut writer = csv::Writer::from_writer(Vec::with_capacity(csv_bytes.len()));
    for record in reader.records() {
        let record = record?;
        writer.write_record(record.iter().map(|cell| neutralise_cell(cell).into_owned()))?;
    }
    writer
        .into_inner()
        .map_err(|error| error.into_error().into())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_cell_that_starts_a_formula_is_text_and_comes_back_unchanged() {
        for cell in [
            "=cmd|' /C calc'!A0",
            "+45 89 40 20 00",
            "-1",
            "@SUM(A1)",
            "\tx",
            "\rx",
        ] {
            let safe = neutralise_cell(cell);
            assert!(safe.starts_with('\''), "{cell:?}");
            assert_eq!(restore_cell(&safe), cell);
        }
        // Found writing the help places' fuzz target's property (fuzz/fuzz_targets/
        // places.rs): a cell that already began with an apostrophe and a formula's start
        // lost its apostrophe on the way out and in.
        for cell in ["'=x", "''+45", "'@"] {
            let safe = neutralise_cell(cell);
            assert_eq!(safe, format!("'{cell}"));
            assert_eq!(restore_cell(&safe), cell);
        }
        for cell in [
            "Dokk1",
            "8000 Aarhus C",
            "",
            "'quoted on purpose",
            "a=b",
            "'",
        ] {
            assert_eq!(neutralise_cell(cell), cell);
            assert_eq!(restore_cell(cell), cell);
        }
    }

    #[test]
    fn a_whole_file_is_neutralised_cell_by_cell() {
        let csv = b"kind,words\nanswer,\"=HYPERLINK(\"\"http://x\"\")\"\nanswer,fine\n";
        let safe = String::from_utf8(neutralise(csv).unwrap()).unwrap();
        assert_eq!(
            safe,
            "kind,words\nanswer,\"'=HYPERLINK(\"\"http://x\"\")\"\nanswer,fine\n"
        );
    }
}
