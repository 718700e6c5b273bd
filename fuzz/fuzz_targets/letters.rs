//! Fuzzes a batch of letters as `borgerbro post send-batch` reads it: the template's
//! front matter (`+++`, TOML, `+++`) and body, the recipients' CSV file, and the merge
//! fields (`{{ name }}`) of subject, summary and body. Whatever the files, they are read
//! or refused with a reason; every row of a template that reads merges; and a template
//! whose fields are written back as `{{ name }}` merges every row the same.
//!
//! Input: the template, a NUL byte, the recipients' CSV.
//!
//! Run from the repo root: `RUSTC_BOOTSTRAP=1 cargo fuzz run letters`.
#![no_main]

use borgerbro::fuzzing::{letter_template, merge_letter, recipients, RecipientRef, Row, Template};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let (template, csv) = data
        .iter()
        .position(|&b| b == 0)
        .map_or((data, &[][..]), |at| (&data[..at], &data[at + 1..]));
    let Ok(text) = std::str::from_utf8(template) else {
        return;
    };
    let Ok(template) = letter_template(text) else {
        return;
    };
    assert!(
        text.ends_with(template.body.as_str()),
        "{text:?}: body {:?}",
        template.body
    );
    let Ok(recipients) = recipients(csv) else {
        return;
    };
    let columns = &recipients.columns;
    // Each field written back as `{{ name }}`: a template that names its fields the
    // same way, whatever spaces the first had.
    let as_fields = Row {
        recipient: RecipientRef::PersonId(String::new()),
        values: columns
            .iter()
            .map(|c| Some(format!("{{{{ {c} }}}}")))
            .collect(),
    };
    let rewritten = match merge_letter(&template, columns, &as_fields) {
        Ok(Ok(letter)) => Template {
            subject: letter.subject,
            body: letter.body,
            summary: letter.summary,
            ..template.clone()
        },
        Ok(Err(field)) => panic!("{text:?}: field {field:?} missing from a full row"),
        Err(problem) => {
            assert_eq!(problem.row, 0, "{problem:?}");
            assert!(
                problem.message_key.starts_with("post-batch-"),
                "{problem:?}"
            );
            return;
        }
    };
    for row in recipients.rows.iter().take(20) {
        assert_eq!(row.values.len(), columns.len(), "{row:?}");
        let letter = match merge_letter(&template, columns, row) {
            Ok(Ok(letter)) => letter,
            other => panic!("{text:?}: row {row:?} gives {other:?}"),
        };
        let again = merge_letter(&rewritten, columns, row)
            .unwrap_or_else(|p| panic!("{text:?} rewritten as {rewritten:?}: {p:?}"))
            .unwrap_or_else(|f| panic!("{text:?} rewritten as {rewritten:?}: no {f}"));
        assert_eq!(
            (&again.subject, &again.body, &again.summary),
            (&letter.subject, &letter.body, &letter.summary),
            "{text:?} rewritten as {rewritten:?}"
        );
        assert_eq!(letter.area, template.area);
        assert_eq!(letter.deadline, template.deadline);
    }
});
