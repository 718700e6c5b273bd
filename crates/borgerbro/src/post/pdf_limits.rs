//! The limits an untrusted PDF must keep before `lopdf` reads it whole (issue 15).
//!
//! lopdf turns every value outside stream data into an `Object` in memory and inflates
//! object streams while it loads, without limits of ours: a 41 KB file whose object
//! stream inflates to 40 MiB once took the server from 0.5 GB to 3 GB and 9.7 s. So
//! `check` first passes over the bytes once, cheaply: it counts objects and values,
//! skips stream data, and inflates each FlateDecode stream through a small buffer it
//! reuses, never past the caps below. Its time and memory are bounded by the file's size
//! and the caps; a file that keeps them is one lopdf reads in bounded time and memory,
//! which `Checked::cost` estimates for the print round.
//!
//! Both the upload (`model::check_attachment`, where a refusal can still be told to the
//! sender) and the printing (`bundle::Part::read`) call `check`.

use miniz_oxide::inflate::stream::{inflate, InflateState};
use miniz_oxide::{DataFormat, MZFlush, MZStatus};

const MIB: u64 = 1024 * 1024;

/// At most this many indirect objects (`N G obj` in the file and members of object
/// streams). A letter's attachment of a few hundred pages has a few thousand; each one is
/// a map entry and a dictionary for lopdf, renumbered and written again when merged.
pub const MAX_OBJECTS: u64 = 50_000;
/// At most this many values (numbers, names, strings, arrays, dictionaries) outside
/// stream data and inside object streams. Each is an `Object` of lopdf's, over a hundred
/// bytes however short its text ("0 " is two bytes), so a file of few bytes can hold much
/// memory parsed; a million values are about 190 MiB (`VALUE_COST`).
pub const MAX_VALUES: u64 = 1_000_000;
/// At most this many bytes from one FlateDecode stream. lopdf inflates an object stream
/// whole in memory while it loads; ordinary ones are kilobytes, a page's content a few
/// MiB at most. Passed to lopdf too, as `max_decompressed_size`.
pub(crate) const MAX_STREAM_INFLATED: u64 = 16 * MIB;
/// At most this many bytes from all FlateDecode streams of a file together: the work the
/// check itself may do (about a tenth of a second to inflate), and what printing may
/// inflate later; an attachment of at most 20 MB that inflates to more is a bomb, not a
/// letter's enclosure.
pub const MAX_INFLATED: u64 = 64 * MIB;
/// The memory one parsed value holds in lopdf, with the map entry or array slot it sits
/// in and its allocation, with room: `benches/print_queue_memory.rs` measured 123 to 162
/// bytes a number in an array of 900,000 (the array grows by doubling while parsed).
pub(crate) const VALUE_COST: u64 = 200;
/// The memory a file's byte costs when it is printed, times: see `Checked::cost`.
pub const BYTES_COST: u64 = 5;

/// Which limit a PDF broke.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum TooComplex {
    #[error("more than {MAX_OBJECTS} objects")]
    Objects,
    #[error("more than {MAX_VALUES} values")]
    Values,
    /// The streams claim more bytes than the file has: their lengths lie.
    #[error("stream lengths beyond the file's size")]
    StreamLengths,
    #[error("a stream inflates to more than {MAX_STREAM_INFLATED} bytes")]
    StreamInflated,
    #[error("the streams inflate to more than {MAX_INFLATED} bytes")]
    Inflated,
    /// An object or cross-reference stream, which lopdf decodes while it loads, under a
    /// filter other than FlateDecode, which this check does not bound.
    #[error("an object stream under a filter other than FlateDecode")]
    Filter,
    /// Within the limits, but more memory parsed than is left of the print round it
    /// would go in (`bundle::Part::read_within`).
    #[error("more memory parsed than the print round has left")]
    Memory,
}

/// What the check found in a PDF that keeps the limits.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Checked {
    pub bytes: u64,
    /// Indirect objects: headers in the file and members of object streams.
    pub objects: u64,
    /// Values lopdf parses: outside stream data and inside object streams.
    pub values: u64,
    /// What all FlateDecode streams inflate to.
    pub inflated: u64,
    /// What object streams inflate to: lopdf holds each whole while it parses it.
    pub object_streams: u64,
}

impl Checked {
    /// About the most memory reading and merging the file holds: its bytes five times (as
    /// read from the file store, as the parsed streams' copies, in the merged PDF, and what
    /// lopdf and the allocator hold besides; `benches/print_queue_memory.rs` measured up to
    /// four times for ordinary files), each parsed value, and its object streams inflated.
    pub fn cost(&self) -> u64 {
        BYTES_COST * self.bytes + self.values * VALUE_COST + self.object_streams
    }
}

/// Checks an untrusted PDF against the limits, without parsing it whole. A file that is
/// not a PDF past its first line passes (there is nothing in it to parse); lopdf then
/// refuses it as unreadable, at no cost.
pub fn check(bytes: &[u8]) -> Result<Checked, TooComplex> {
    let mut checked = Checked {
        bytes: bytes.len() as u64,
        ..Checked::default()
    };
    // The streams' `/Length`s together: each stream's data lies in the file, so more
    // than the file's size is a lie, told to readers that trust it.
    let mut declared = 0u64;
    scan(bytes, &mut checked, &mut |checked, dict, data| {
        declared =
            declared.saturating_add(direct_integer(dict, b"/Length").unwrap_or(data.len() as u64));
        if declared > checked.bytes {
            return Err(TooComplex::StreamLengths);
        }
        stream(checked, dict, data)
    })?;
    Ok(checked)
}

/// One stream found by `scan`: its dictionary's text and its data.
type OnStream<'a> = dyn FnMut(&mut Checked, &[u8], &[u8]) -> Result<(), TooComplex> + 'a;

/// Passes over PDF syntax once: counts `obj` headers and values, hands each stream to
/// `on_stream` and goes on after its data, so nothing inside stream data is counted.
fn scan(
    bytes: &[u8],
    checked: &mut Checked,
    on_stream: &mut OnStream<'_>,
) -> Result<(), TooComplex> {
    let mut at = 0;
    // Where the current object's text begins: a stream's dictionary lies between it and
    // the `stream` keyword.
    let mut object = 0;
    while let Some(&byte) = bytes.get(at) {
        at = match byte {
            b'%' => skip_while(bytes, at, |b| b != b'\r' && b != b'\n'),
            b'(' => {
                checked.values += 1;
                skip_literal_string(bytes, at)
            }
            b'<' if bytes.get(at + 1) == Some(&b'<') => {
                checked.values += 1;
                at + 2
            }
            b'<' => {
                checked.values += 1;
                skip_while(bytes, at, |b| b != b'>') + 1
            }
            b'[' => {
                checked.values += 1;
                at + 1
            }
            b'/' => {
                checked.values += 1;
                skip_while(bytes, at + 1, is_regular)
            }
            b']' | b'>' | b'{' | b'}' | b')' => at + 1,
            b if is_white(b) => at + 1,
            _ => {
                let end = skip_while(bytes, at, is_regular);
                match &bytes[at..end] {
                    b"obj" => {
                        checked.objects += 1;
                        object = end;
                    }
                    b"stream" => {
                        let data = stream_data(bytes, &bytes[object..at], end);
                        on_stream(checked, &bytes[object..at], &bytes[data.clone()])?;
                        object = data.end;
                        checked.values += 1;
                        at = data.end;
                        continue;
                    }
                    // The cross-reference table: three tokens an object, which lopdf
                    // keeps as a small entry, not as values.
                    b"xref" => {
                        object = end;
                        at = find(bytes, end, b"trailer").unwrap_or(bytes.len());
                        continue;
                    }
                    b"endobj" | b"endstream" | b"trailer" | b"startxref" => {}
                    _ => checked.values += 1,
                }
                end
            }
        };
        if checked.objects > MAX_OBJECTS {
            return Err(TooComplex::Objects);
        }
        if checked.values > MAX_VALUES {
            return Err(TooComplex::Values);
        }
    }
    Ok(())
}

/// Where a stream's data lies: from after the end of line that follows `stream`, for its
/// `/Length` when that ends at `endstream`, else up to the next `endstream`, as lenient
/// readers (lopdf among them) take it.
fn stream_data(bytes: &[u8], dict: &[u8], keyword_end: usize) -> std::ops::Range<usize> {
    let mut start = keyword_end;
    if bytes.get(start) == Some(&b'\r') {
        start += 1;
    }
    if bytes.get(start) == Some(&b'\n') {
        start += 1;
    }
    let start = start.min(bytes.len());
    let by_length = direct_integer(dict, b"/Length")
        .and_then(|length| start.checked_add(usize::try_from(length).ok()?))
        .filter(|&end| end <= bytes.len())
        .filter(|&end| {
            let after = skip_while(bytes, end, is_white);
            bytes[after..].starts_with(b"endstream")
        });
    let end = by_length
        .or_else(|| find(bytes, start, b"endstream"))
        .unwrap_or(bytes.len());
    start..end
}

/// Inflates a FlateDecode stream against the caps; an object stream's content is also
/// counted as objects and values, as lopdf will parse them.
fn stream(checked: &mut Checked, dict: &[u8], data: &[u8]) -> Result<(), TooComplex> {
    let filters = filters(dict);
    let flate = filters
        .first()
        .is_some_and(|f| *f == b"/FlateDecode" || *f == b"/Fl");
    let object_stream = has_name(dict, b"/ObjStm");
    let decoded_on_load = object_stream || has_name(dict, b"/XRef");
    if decoded_on_load && !(filters.is_empty() || (flate && filters.len() == 1)) {
        return Err(TooComplex::Filter);
    }
    let mut content = Vec::new();
    let keep = object_stream.then_some(&mut content);
    let inflated = if flate {
        let left = MAX_INFLATED - checked.inflated;
        let made = inflate_capped(data, MAX_STREAM_INFLATED.min(left), keep).ok_or(
            if left < MAX_STREAM_INFLATED {
                TooComplex::Inflated
            } else {
                TooComplex::StreamInflated
            },
        )?;
        checked.inflated += made;
        made
    } else {
        if let Some(keep) = keep {
            keep.extend_from_slice(data);
        }
        data.len() as u64
    };
    if object_stream {
        checked.object_streams += inflated;
        // Its members are the pairs of numbers before `/First`; lopdf reads them all,
        // whatever `/N` says.
        let first = direct_integer(dict, b"/First")
            .and_then(|first| usize::try_from(first).ok())
            .unwrap_or(0)
            .min(content.len());
        let mut index = Checked::default();
        scan(&content[..first], &mut index, &mut |_, _, _| Ok(()))?;
        checked.objects += index.values / 2;
        let mut members = Checked::default();
        scan(&content[first..], &mut members, &mut |_, _, _| Ok(()))?;
        checked.values += members.values;
        if checked.objects > MAX_OBJECTS {
            return Err(TooComplex::Objects);
        }
        if checked.values > MAX_VALUES {
            return Err(TooComplex::Values);
        }
    }
    Ok(())
}

/// Inflates zlib data through a buffer of 64 KiB, keeping the output in `keep` when
/// asked; `None` as soon as the output passes `cap`, so no more than `cap` is ever made.
/// Broken data ends the inflating: what came out until then counts.
fn inflate_capped(data: &[u8], cap: u64, mut keep: Option<&mut Vec<u8>>) -> Option<u64> {
    let mut state = InflateState::new_boxed(DataFormat::Zlib);
    let mut buffer = vec![0; 64 * 1024];
    let mut input = data;
    let mut made = 0u64;
    loop {
        let result = inflate(&mut state, input, &mut buffer, MZFlush::None);
        input = &input[result.bytes_consumed..];
        made += result.bytes_written as u64;
        if made > cap {
            return None;
        }
        if let Some(keep) = keep.as_deref_mut() {
            keep.extend_from_slice(&buffer[..result.bytes_written]);
        }
        match result.status {
            Ok(MZStatus::Ok) if result.bytes_consumed + result.bytes_written > 0 => {}
            _ => return Some(made),
        }
    }
}

/// The names of a stream's `/Filter`: one name or an array of them; none for none (or
/// for an indirect one, which lopdf does not follow for object streams either).
fn filters(dict: &[u8]) -> Vec<&[u8]> {
    let Some(after) = key(dict, b"/Filter") else {
        return Vec::new();
    };
    let rest = &dict[skip_while(dict, after, is_white)..];
    let list = match rest.first() {
        Some(b'[') => &rest[1..rest.iter().position(|&b| b == b']').unwrap_or(rest.len())],
        Some(b'/') => &rest[..skip_while(rest, 1, is_regular)],
        _ => return Vec::new(),
    };
    let mut names = Vec::new();
    let mut at = 0;
    while let Some(start) = list[at..].iter().position(|&b| b == b'/').map(|p| at + p) {
        at = skip_while(list, start + 1, is_regular);
        names.push(&list[start..at]);
    }
    names
}

/// The value of `name` in a dictionary's text when it is a plain integer, not `N G R`.
fn direct_integer(dict: &[u8], name: &[u8]) -> Option<u64> {
    let after = key(dict, name)?;
    let start = skip_while(dict, after, is_white);
    let end = skip_while(dict, start, |b| b.is_ascii_digit());
    let number = std::str::from_utf8(&dict[start..end]).ok()?.parse().ok()?;
    // "12 0 R" is a reference to the length, not the length.
    let next = skip_while(dict, end, is_white);
    let after_next = skip_while(dict, next, |b| b.is_ascii_digit());
    let reference = after_next > next && {
        let r = skip_while(dict, after_next, is_white);
        dict.get(r) == Some(&b'R') && dict.get(r + 1).is_none_or(|&b| !is_regular(b))
    };
    (!reference).then_some(number)
}

/// Whether a dictionary's text holds the name `name` whole (not `/Length1` for `/Length`).
fn has_name(dict: &[u8], name: &[u8]) -> bool {
    key(dict, name).is_some()
}

/// Just after the first whole name `name` in a dictionary's text.
fn key(dict: &[u8], name: &[u8]) -> Option<usize> {
    let mut from = 0;
    while let Some(at) = find(dict, from, name) {
        let end = at + name.len();
        if dict.get(end).is_none_or(|&b| !is_regular(b)) {
            return Some(end);
        }
        from = end;
    }
    None
}

fn find(bytes: &[u8], from: usize, needle: &[u8]) -> Option<usize> {
    bytes
        .get(from..)?
        .windows(needle.len())
        .position(|w| w == needle)
        .map(|p| from + p)
}

fn skip_while(bytes: &[u8], from: usize, keep: impl Fn(u8) -> bool) -> usize {
    let from = from.min(bytes.len());
    bytes[from..]
        .iter()
        .position(|&b| !keep(b))
        .map_or(bytes.len(), |p| from + p)
}

/// After a literal string `( ... )`: parentheses nest, a backslash escapes one byte.
fn skip_literal_string(bytes: &[u8], from: usize) -> usize {
    let mut depth = 0usize;
    let mut at = from;
    while let Some(&b) = bytes.get(at) {
        match b {
            b'\\' => at += 1,
            b'(' => depth += 1,
            b')' => {
                depth -= 1;
                if depth == 0 {
                    return at + 1;
                }
            }
            _ => {}
        }
        at += 1;
    }
    bytes.len()
}

fn is_white(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\r' | b'\n' | b'\x0c' | b'\0')
}

fn is_regular(b: u8) -> bool {
    !is_white(b) && !b"()<>[]{}/%".contains(&b)
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use std::time::{Duration, Instant};

    /// A PDF of one empty page whose extra object is `object` (its dictionary, and its
    /// stream data when given), numbered 4.
    pub(crate) fn pdf_with(dict: &str, data: Option<&[u8]>) -> Vec<u8> {
        let mut pdf = b"%PDF-1.7\n".to_vec();
        let mut offsets = Vec::new();
        let objects: [&[u8]; 3] = [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>",
        ];
        for (n, object) in (1..).zip(objects) {
            offsets.push(pdf.len());
            pdf.extend_from_slice(format!("{n} 0 obj\n").as_bytes());
            pdf.extend_from_slice(object);
            pdf.extend_from_slice(b"\nendobj\n");
        }
        offsets.push(pdf.len());
        pdf.extend_from_slice(format!("4 0 obj\n{dict}").as_bytes());
        if let Some(data) = data {
            pdf.extend_from_slice(b"\nstream\n");
            pdf.extend_from_slice(data);
            pdf.extend_from_slice(b"\nendstream");
        }
        pdf.extend_from_slice(b"\nendobj\n");
        let xref = pdf.len();
        pdf.extend_from_slice(b"xref\n0 5\n0000000000 65535 f \n");
        for offset in offsets {
            pdf.extend_from_slice(format!("{offset:010} 00000 n \n").as_bytes());
        }
        pdf.extend_from_slice(
            format!("trailer\n<< /Size 5 /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n").as_bytes(),
        );
        pdf
    }

    /// 40 MiB of zeros, deflated to about 40 KB: more than one stream may inflate to.
    pub(crate) fn bomb() -> Vec<u8> {
        miniz_oxide::deflate::compress_to_vec_zlib(&vec![0; 40 * MIB as usize], 9)
    }

    /// A PDF whose one FlateDecode stream inflates to 40 MiB.
    pub(crate) fn flate_bomb() -> Vec<u8> {
        let data = bomb();
        pdf_with(
            &format!("<< /Length {} /Filter /FlateDecode >>", data.len()),
            Some(&data),
        )
    }

    /// A PDF whose object stream inflates to 40 MiB, as in the issue.
    pub(crate) fn object_stream_bomb() -> Vec<u8> {
        let data = bomb();
        pdf_with(
            &format!(
                "<< /Type /ObjStm /N 1 /First 4 /Length {} /Filter /FlateDecode >>",
                data.len()
            ),
            Some(&data),
        )
    }

    fn quickly(pdf: &[u8]) -> Result<Checked, TooComplex> {
        let started = Instant::now();
        let checked = check(pdf);
        assert!(
            started.elapsed() < Duration::from_secs(2),
            "{:?}",
            started.elapsed()
        );
        checked
    }

    #[test]
    fn a_stream_that_inflates_past_the_cap_is_refused_quickly() {
        let pdf = flate_bomb();
        assert!(pdf.len() < 100_000, "{}", pdf.len());
        assert_eq!(quickly(&pdf), Err(TooComplex::StreamInflated));
        assert_eq!(
            quickly(&object_stream_bomb()),
            Err(TooComplex::StreamInflated)
        );
    }

    #[test]
    fn streams_that_inflate_past_the_cap_together_are_refused() {
        // Five streams of 15 MiB each: every one under its own cap, 75 MiB together.
        let data = miniz_oxide::deflate::compress_to_vec_zlib(&vec![0; 15 * MIB as usize], 9);
        let stream = format!(
            "<< /Length {} /Filter /FlateDecode >>\nstream\n",
            data.len()
        );
        let mut pdf = pdf_with("<< >>", None);
        for n in 5..10 {
            pdf.extend_from_slice(format!("{n} 0 obj\n{stream}").as_bytes());
            pdf.extend_from_slice(&data);
            pdf.extend_from_slice(b"\nendstream\nendobj\n");
        }
        assert_eq!(quickly(&pdf), Err(TooComplex::Inflated));
    }

    #[test]
    fn an_object_stream_of_too_many_members_or_values_is_refused() {
        let members: String = (5..60_000).map(|n| format!("{n} 0 ")).collect();
        let content = format!("{members}null");
        let data = miniz_oxide::deflate::compress_to_vec_zlib(content.as_bytes(), 6);
        let dict = format!(
            "<< /Type /ObjStm /N 1 /First {} /Length {} /Filter /FlateDecode >>",
            members.len(),
            data.len()
        );
        assert_eq!(
            quickly(&pdf_with(&dict, Some(&data))),
            Err(TooComplex::Objects)
        );

        // One array of two million numbers: four bytes of file, two of them deflated,
        // and over 100 bytes of memory each.
        let array = format!("[{}]", "0 ".repeat(2_000_000));
        assert_eq!(quickly(&pdf_with(&array, None)), Err(TooComplex::Values));
    }

    #[test]
    fn stream_lengths_beyond_the_file_are_refused() {
        let pdf = pdf_with("<< /Length 99999999 >>", Some(b"kort"));
        assert_eq!(check(&pdf), Err(TooComplex::StreamLengths));
        // Each under the file's size, together more.
        let mut pdf = pdf_with("<< >>", None);
        for n in 5..10 {
            pdf.extend_from_slice(format!("{n} 0 obj\n<< /Length 900 >>\nstream\n").as_bytes());
            pdf.extend_from_slice(&[b'x'; 300]);
            pdf.extend_from_slice(b"\nendstream\nendobj\n");
        }
        assert!(pdf.len() > 900 && pdf.len() < 5 * 900, "{}", pdf.len());
        assert_eq!(check(&pdf), Err(TooComplex::StreamLengths));
    }

    #[test]
    fn an_object_stream_under_an_unbounded_filter_is_refused() {
        let dict = "<< /Type /ObjStm /N 1 /First 4 /Length 4 /Filter /LZWDecode >>";
        assert_eq!(
            check(&pdf_with(dict, Some(b"abcd"))),
            Err(TooComplex::Filter)
        );
    }

    #[test]
    fn names_and_lengths_are_read_whole() {
        let dict = b"<< /Length1 5 /Length 12 0 R /Filter [/FlateDecode /DCTDecode] >>";
        assert_eq!(direct_integer(dict, b"/Length"), None);
        assert_eq!(
            direct_integer(b"<< /Length1 5 /Length 7 >>", b"/Length"),
            Some(7)
        );
        assert_eq!(filters(dict), vec![&b"/FlateDecode"[..], b"/DCTDecode"]);
        assert_eq!(
            filters(b"<</Filter/FlateDecode/Length 3>>"),
            vec![&b"/FlateDecode"[..]]
        );
        assert!(!has_name(b"<< /Type /ObjStmX >>", b"/ObjStm"));
    }

    #[test]
    fn lengths_too_large_for_a_number_are_lies_not_overflows() {
        let mut pdf = pdf_with("<< /Length 18446744073709551615 >>", Some(b"a"));
        pdf.extend_from_slice(
            b"5 0 obj\n<< /Length 18446744073709551615 >>\nstream\nb\nendstream\n",
        );
        assert_eq!(check(&pdf), Err(TooComplex::StreamLengths));
    }

    proptest::proptest! {
        // Outside input: whatever the bytes, the check answers, and quickly.
        #[test]
        fn any_bytes_are_checked_without_a_panic(bytes in proptest::collection::vec(proptest::num::u8::ANY, 0..2000)) {
            let _ = quickly(&bytes);
        }

        #[test]
        fn a_pdf_cut_or_changed_anywhere_is_checked_without_a_panic(
            at in 0usize..700, byte in proptest::num::u8::ANY, cut in proptest::bool::ANY
        ) {
            let page = miniz_oxide::deflate::compress_to_vec_zlib(b"BT (Hej) Tj ET", 6);
            let dict = format!(
                "<< /Type /ObjStm /N 1 /First 4 /Length {} /Filter [/FlateDecode] >>",
                page.len()
            );
            let mut pdf = pdf_with(&dict, Some(&page));
            let at = at % pdf.len();
            if cut {
                pdf.truncate(at);
            } else {
                pdf[at] = byte;
            }
            let _ = quickly(&pdf);
        }
    }

    #[test]
    fn an_ordinary_pdf_passes_with_its_counts() {
        let page = b"BT /F1 24 Tf 100 600 Td (Hej) Tj ET".repeat(1000);
        let data = miniz_oxide::deflate::compress_to_vec_zlib(&page, 6);
        let pdf = pdf_with(
            &format!("<< /Length {} /Filter /FlateDecode >>", data.len()),
            Some(&data),
        );
        let checked = check(&pdf).unwrap();
        assert_eq!(checked.objects, 4);
        assert_eq!(checked.inflated, page.len() as u64);
        assert!(checked.values > 40 && checked.values < 60, "{checked:?}");
        assert!(checked.cost() >= BYTES_COST * pdf.len() as u64);
    }
}
