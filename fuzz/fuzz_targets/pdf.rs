//! Fuzzes the check an uploaded PDF must pass (`post::pdf_limits`) and the reading that
//! printing does after it (`post::bundle`): whatever the bytes, the check answers within
//! its caps; a file it passes is read by lopdf within libFuzzer's time and memory limits
//! (`-timeout`, `-rss_limit_mb`) and merges into a print job; a file it refuses is
//! refused by printing too, and by the upload.
//!
//! lopdf may panic on a broken file: `bundle` catches that and prints the attachment on
//! its own, by design. libFuzzer's panic hook would abort on it, so the hook here passes
//! over panics inside lopdf (they unwind to `bundle`'s `catch_unwind`) and aborts on any
//! other.
//!
//! Run from the repo root: `RUSTC_BOOTSTRAP=1 cargo fuzz run pdf`.
#![no_main]

use borgerbro::fuzzing::{check_attachment, merge_pdfs, pdf_limits, PdfPart, Unmergeable};
use libfuzzer_sys::fuzz_target;

fuzz_target!(
    init: {
        let abort = std::panic::take_hook();
        std::panic::set_hook(Box::new(move |info| {
            let in_lopdf = info
                .location()
                .is_some_and(|at| at.file().contains("/lopdf-"));
            if !in_lopdf {
                abort(info);
            }
        }));
    },
    |data: &[u8]| {
    let checked = pdf_limits::check(data);
    let read = PdfPart::read(data);
    match checked {
        Ok(checked) => {
            assert_eq!(checked.bytes, data.len() as u64);
            assert!(checked.objects <= pdf_limits::MAX_OBJECTS, "{checked:?}");
            assert!(checked.values <= pdf_limits::MAX_VALUES, "{checked:?}");
            assert!(checked.inflated <= pdf_limits::MAX_INFLATED, "{checked:?}");
            assert!(checked.cost() >= pdf_limits::BYTES_COST * checked.bytes);
            match read {
                Ok(part) => {
                    assert!(part.pages() >= 1);
                    assert_eq!(part.cost(), checked.cost());
                    let _ = merge_pdfs(vec![part]);
                }
                Err(Unmergeable::TooComplex(too)) => {
                    panic!("checked {checked:?}, yet too complex to print: {too}")
                }
                Err(_) => {}
            }
        }
        Err(too) => {
            assert!(
                matches!(read, Err(Unmergeable::TooComplex(found)) if found == too),
                "refused as {too:?}, yet printing read it"
            );
        }
    }
    // The upload asks the same check of a PDF it accepts.
    if check_attachment(data).is_ok() {
        assert!(pdf_limits::check(data).is_ok());
    }
});
