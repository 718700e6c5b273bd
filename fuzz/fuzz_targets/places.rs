//! Fuzzes the import of help places (`help::staff::read_rows`, a CSV file with commas or
//! semicolons, or JSON): whatever the file, it is read or refused with a reason; rows
//! written back as the export writes them read back the same; and a place that passes its
//! check, exported and imported again, is the same place.
//!
//! Run from the repo root: `RUSTC_BOOTSTRAP=1 cargo fuzz run places`.
#![no_main]

use std::sync::OnceLock;

use borgerbro::fuzzing::{read_place_rows, write_place_rows, Postcodes};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok((drafts, first_row)) = read_place_rows(data) else {
        return;
    };
    assert!(first_row == 1 || first_row == 2);
    // The export of these rows imports as the same rows.
    let exported = write_place_rows(drafts.iter().cloned()).expect("CSV is written");
    let (imported, _) = read_place_rows(&exported)
        .unwrap_or_else(|e| panic!("{drafts:?} exported as {exported:?}, which reads as {e}"));
    assert_eq!(
        imported,
        drafts,
        "exported as {:?}",
        String::from_utf8_lossy(&exported)
    );

    static POSTCODES: OnceLock<Postcodes> = OnceLock::new();
    let postcodes = POSTCODES.get_or_init(Postcodes::demo);
    for draft in drafts.iter().take(20) {
        let Ok(checked) = draft.check(postcodes) else {
            continue;
        };
        let place = checked.clone().into_place(draft.id.clone(), 0);
        let stored = place.draft();
        let exported = write_place_rows([stored.clone()]).expect("CSV is written");
        let again = match read_place_rows(&exported) {
            Ok((rows, _)) if rows.len() == 1 => rows.into_iter().next(),
            other => panic!("{stored:?} exported as {exported:?} reads as {other:?}"),
        };
        let again = again.unwrap_or_default();
        assert_eq!(again, stored);
        let rechecked = again
            .check(postcodes)
            .unwrap_or_else(|e| panic!("{draft:?} was stored as {stored:?}, which fails {e:?}"));
        assert_eq!(rechecked, checked, "{draft:?} stored as {stored:?}");
    }
});
