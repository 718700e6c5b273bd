//! Phone numbers as people type them, one rule for every form and the API: a Danish
//! number (eight digits, with or without +45 or 0045) or an international one in E.164
//! (a + or 00, a country code and at most 15 digits in all), such as Olena's Ukrainian
//! "+380 44 123 4567". Spaces, hyphens, dots and brackets are the reader's own and
//! allowed anywhere. A number is stored as people read it aloud: Danish ones in pairs,
//! "89 40 20 00"; international ones with the + and the groups the person typed.

/// Text that is not a phone number we can call.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NotAPhoneNumber;

/// Digits in an E.164 number, country code included.
const E164_MAX_DIGITS: usize = 15;
/// The shortest international number in use (country code and subscriber) has 8 digits.
const INTERNATIONAL_MIN_DIGITS: usize = 8;

/// The longest field a number is read from, separators and all: 15 digits and a + with
/// room for every one to be spaced, and then some.
pub const MAX_CHARS: usize = 64;

/// The number as stored and shown, or `None` for an empty field.
pub fn parse(text: &str) -> Result<Option<String>, NotAPhoneNumber> {
    if text.chars().count() > MAX_CHARS {
        return Err(NotAPhoneNumber);
    }
    let text = text.trim();
    if text.is_empty() {
        return Ok(None);
    }
    let separator = |c: char| matches!(c, ' ' | '-' | '.' | '(' | ')' | '\u{a0}');
    let compact: String = text.chars().filter(|&c| !separator(c)).collect();
    // "-" or "( )": people's way of writing "none", as the API's pattern says.
    if compact.is_empty() {
        return Ok(None);
    }
    let international = compact
        .strip_prefix('+')
        .or_else(|| compact.strip_prefix("00"));
    let digits_only = |s: &str| !s.is_empty() && s.chars().all(|c| c.is_ascii_digit());
    // A Danish number never begins with 0 (the Danish numbering plan): "+45 00333333"
    // shortened to "00 33 33 33" would read back as the international prefix 00 and
    // another number (a finding of the `phone` fuzz target, 2026-12-06).
    let danish = match international {
        Some(rest) => rest.strip_prefix("45").filter(|d| d.len() == 8),
        None => Some(compact.as_str()).filter(|d| d.len() == 8),
    }
    .filter(|d| !d.starts_with('0'));
    if let Some(digits) = danish.filter(|d| digits_only(d)) {
        let pairs: Vec<&str> = (0..4).map(|i| &digits[i * 2..i * 2 + 2]).collect();
        return Ok(Some(pairs.join(" ")));
    }
    match international {
        Some(rest)
            if digits_only(rest)
                && !rest.starts_with('0')
                && (INTERNATIONAL_MIN_DIGITS..=E164_MAX_DIGITS).contains(&rest.len()) =>
        {
            // The person's own groups, with one space between them, after a + for the
            // prefix they typed: "+" or "00", which may be spread over groups ("0 0380")
            // and is ASCII, so it is cut off by its bytes.
            let mut prefix = compact.len() - rest.len();
            let groups: Vec<&str> = text
                .split(separator)
                .filter_map(|part| {
                    let cut = prefix.min(part.len());
                    prefix -= cut;
                    Some(&part[cut..]).filter(|group| !group.is_empty())
                })
                .collect();
            Ok(Some(format!("+{}", groups.join(" "))))
        }
        _ => Err(NotAPhoneNumber),
    }
}

/// A stored number as a `tel:` link wants it: "+4589402000".
pub fn dialable(stored: &str) -> String {
    let digits: String = stored.chars().filter(char::is_ascii_digit).collect();
    match stored.starts_with('+') {
        true => format!("+{digits}"),
        false => format!("+45{digits}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn danish_numbers_in_any_spelling_read_in_pairs() {
        for typed in [
            "89402000",
            "89 40 20 00",
            "+45 89 40 20 00",
            "0045-8940-2000",
        ] {
            assert_eq!(parse(typed), Ok(Some("89 40 20 00".into())), "{typed}");
        }
        assert_eq!(parse("  "), Ok(None));
    }

    #[test]
    fn a_danish_number_never_begins_with_0_so_every_number_stored_reads_back() {
        // The fuzzer's input: +45 and eight digits from 0 is no Danish number; kept whole
        // as an international one, it reads back as itself.
        let stored = parse("+450 0333333").unwrap().unwrap();
        assert_eq!(stored, "+450 0333333");
        assert_eq!(parse(&stored), Ok(Some(stored.clone())));
        assert_eq!(parse("01234567"), Err(NotAPhoneNumber));
        assert_eq!(parse("0045 89 40 20 00"), Ok(Some("89 40 20 00".into())));
    }

    #[test]
    fn international_numbers_keep_the_groups_people_typed() {
        assert_eq!(
            parse("+380 44 123 4567"),
            Ok(Some("+380 44 123 4567".into()))
        );
        assert_eq!(
            parse("00380 (44) 123-4567"),
            Ok(Some("+380 44 123 4567".into()))
        );
        assert_eq!(
            parse("+46 8 123 456 78"),
            Ok(Some("+46 8 123 456 78".into()))
        );
        assert_eq!(dialable("+380 44 123 4567"), "+380441234567");
        assert_eq!(dialable("89 40 20 00"), "+4589402000");
    }

    #[test]
    fn a_prefix_spread_over_groups_is_cut_off_whole() {
        // Found writing the fuzz target's property (fuzz/fuzz_targets/phone.rs): "0 0380..."
        // was stored as "+0 0380...", which is no number and did not read back.
        for typed in [
            "0 0380 44 123 4567",
            "0(0)380 44 123 4567",
            "+ 380 44 123 4567",
            "00-380 44 123 4567",
        ] {
            let stored = parse(typed).unwrap().unwrap();
            assert_eq!(stored, "+380 44 123 4567", "{typed}");
            assert_eq!(parse(&stored), Ok(Some(stored.clone())));
        }
    }

    #[test]
    fn what_cannot_be_called_is_refused() {
        for typed in [
            "1234",
            "ring mig",
            "8940200a",
            "+45 12 34",
            "+1234567",
            "+0123456789",
            "+1234567890123456",
            "+",
            "00",
        ] {
            assert_eq!(parse(typed), Err(NotAPhoneNumber), "{typed}");
        }
    }
}
