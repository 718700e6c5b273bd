//! Pieces of the OpenAPI document that the derive cannot see: a field kept as text whose
//! value must be one of a list, the list taken from the type that owns it so the document
//! and the code cannot drift apart.

use utoipa::openapi::schema::{ObjectBuilder, SchemaType, Type};
use utoipa::openapi::Object;

/// A string that is one of these values.
pub(crate) fn one_of<'a>(values: impl IntoIterator<Item = &'a str>) -> Object {
    ObjectBuilder::new()
        .schema_type(Type::String)
        .enum_values(Some(values))
        .build()
}

/// One of these values, or `null`: an enum must list null too, or null is refused.
pub(crate) fn one_of_or_null<'a>(values: impl IntoIterator<Item = &'a str>) -> Object {
    let mut listed: Vec<serde_json::Value> = values.into_iter().map(Into::into).collect();
    listed.push(serde_json::Value::Null);
    ObjectBuilder::new()
        .schema_type(SchemaType::Array(vec![Type::String, Type::Null]))
        .enum_values(Some(listed))
        .build()
}

/// A query parameter that is one of these values, with what it means: a parameter's
/// `schema_with` replaces the schema its doc comment would have described.
pub(crate) fn parameter_one_of<'a>(
    description: &str,
    values: impl IntoIterator<Item = &'a str>,
) -> Object {
    let mut schema = one_of(values);
    schema.description = Some(description.to_owned());
    schema
}

/// A query filter that is one of these values, or empty for any (as a page's "Alle" sends
/// it): the empty value is listed too, so a caller that sends it is not called wrong.
pub(crate) fn filter_one_of<'a>(
    description: &str,
    values: impl IntoIterator<Item = &'a str>,
) -> Object {
    parameter_one_of(description, std::iter::once("").chain(values))
}

/// Every operation of a path, to document what they all answer.
pub(crate) fn operations_mut(
    item: &mut utoipa::openapi::PathItem,
) -> impl Iterator<Item = &mut utoipa::openapi::path::Operation> {
    [
        &mut item.get,
        &mut item.put,
        &mut item.post,
        &mut item.delete,
        &mut item.patch,
    ]
    .into_iter()
    .flatten()
}

/// Documents that `operation` may answer `status` with a problem document, unless it
/// already says what that status means.
pub(crate) fn may_answer(
    operation: &mut utoipa::openapi::path::Operation,
    status: &str,
    description: &str,
) {
    use utoipa::openapi::{ContentBuilder, ResponseBuilder};
    operation
        .responses
        .responses
        .entry(status.to_owned())
        .or_insert_with(|| {
            ResponseBuilder::new()
                .description(description)
                .content("application/problem+json", ContentBuilder::new().build())
                .build()
                .into()
        });
}

/// Documents on every operation the answers the layers give whatever the handler: 401
/// where an API key is required and is missing or unknown, and 400 where there is a body
/// or a parameter that can be malformed (not JSON of the documented shape, a query that
/// does not parse, a bad `Idempotency-Key`). Added after the routes are merged, so a new
/// route cannot forget them (schemathesis found 17 answers the document did not list).
pub(crate) fn document_common_answers(openapi: &mut utoipa::openapi::OpenApi) {
    for item in openapi.paths.paths.values_mut() {
        let shared_parameters = item.parameters.as_ref().is_some_and(|p| !p.is_empty());
        for operation in operations_mut(item) {
            if operation.security.as_ref().is_some_and(|s| !s.is_empty()) {
                may_answer(operation, "401", "No API key, or one we do not know");
            }
            let has_input = shared_parameters
                || operation.request_body.is_some()
                || operation.parameters.as_ref().is_some_and(|p| !p.is_empty());
            if has_input {
                may_answer(
                    operation,
                    "400",
                    "A parameter or body that does not parse, or a bad Idempotency-Key",
                );
            }
            describe_idempotency_key(operation);
        }
    }
}

/// The `Idempotency-Key` header as `web::idempotency::key` takes it: 1 to 255 printable
/// ASCII characters (HTTP drops spaces around a header's value, so none stand first or
/// last), stated once here for every operation that takes one.
fn describe_idempotency_key(operation: &mut utoipa::openapi::path::Operation) {
    let keys = operation
        .parameters
        .iter_mut()
        .flatten()
        .filter(|p| p.name.eq_ignore_ascii_case("Idempotency-Key"));
    for parameter in keys {
        let mut schema = string(
            super::idempotency::MAX_KEY_CHARS,
            Blank::Refused,
            Some("^[!-~](?:[ -~]*[!-~])?$".to_owned()),
        );
        schema.description = parameter.description.clone();
        parameter.schema = Some(schema.into());
    }
}

/// Whether a text field may be empty or only spaces (read as "not given").
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum Blank {
    Allowed,
    Refused,
}

/// Control characters (Unicode's Cc, what `char::is_control` finds), as a regular
/// expression's class body.
const CONTROL: &str = r"\u0000-\u001f\u007f-\u009f";

fn string(max_chars: usize, blank: Blank, pattern: Option<String>) -> Object {
    let mut schema = ObjectBuilder::new()
        .schema_type(Type::String)
        .max_length(Some(max_chars))
        .pattern(pattern)
        .build();
    if blank == Blank::Refused {
        schema.min_length = Some(1);
    }
    schema
}

/// The same text, or `null`: for an `Option` field, whose `schema_with` drops what the
/// derive's `nullable` would say.
pub(crate) fn or_null(mut schema: Object) -> Object {
    schema.schema_type = SchemaType::Array(vec![Type::String, Type::Null]);
    schema
}

/// One line as `FormErrors::line` checks it: no control characters
/// (`forms::control_problem` with `Lines::One`), at most `max_chars` characters; with
/// `Blank::Refused` at least one that is not a space.
pub(crate) fn line(max_chars: usize, blank: Blank) -> Object {
    let char = format!("[^{CONTROL}]");
    let pattern = match blank {
        Blank::Allowed => format!("^{char}*$"),
        Blank::Refused => format!(r"^{char}*[^\s{CONTROL}]{char}*$"),
    };
    string(max_chars, blank, Some(pattern))
}

/// Text of several lines (a letter's body, a note) as `FormErrors::text` checks it: no
/// control characters but tab, line feed and carriage return (`forms::control_problem`
/// with `Lines::Several`), at most `max_chars` characters; with `Blank::Refused` at least
/// one that is not a space.
pub(crate) fn text(max_chars: usize, blank: Blank) -> Object {
    let refused = CONTROL_BUT_LINES;
    let pattern = match blank {
        Blank::Allowed => format!("^[^{refused}]*$"),
        Blank::Refused => format!(r"^[^{refused}]*[^\s{refused}][^{refused}]*$"),
    };
    string(max_chars, blank, Some(pattern))
}

/// Text that is read and answered, never stored (klarsprog's check of a text): any
/// characters, at most `max_chars`; with `Blank::Refused` at least one that is not a space.
pub(crate) fn text_to_read(max_chars: usize, blank: Blank) -> Object {
    let pattern = (blank == Blank::Refused).then(|| r"\S".to_owned());
    string(max_chars, blank, pattern)
}

/// Control characters other than the line breaks and tabs a text of several lines may
/// hold.
const CONTROL_BUT_LINES: &str = r"\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f";

/// A CPR number as `people::Cpr::parse` takes it: ten digits, a hyphen or a space after
/// the sixth, the first six a date (DDMMYY). A 29 February is a leap day in every year
/// divisible by four of the three centuries the seventh digit can give, except 1900: 00
/// is 2000 only with a seventh digit of 4 to 9.
/// With `Blank::Allowed`, empty or spaces is none.
pub(crate) fn cpr(blank: Blank) -> Object {
    let date = concat!(
        "(?:(?:0[1-9]|1[0-9]|2[0-8])(?:0[1-9]|1[0-2])",
        "|(?:29|30)(?:0[13-9]|1[0-2])",
        "|31(?:0[13578]|1[02]))[0-9]{2}",
        "|2902(?:0[48]|[2468][048]|[13579][26])"
    );
    let mut pattern = format!("(?:{date})[- ]?[0-9]{{4}}|290200[- ]?[4-9][0-9]{{3}}");
    if blank == Blank::Allowed {
        pattern.push_str(r"|\s*");
    }
    let mut schema = string(11, blank, Some(format!("^(?:{pattern})$")));
    if blank == Blank::Allowed {
        // Spaces alone are none, however many.
        schema.max_length = None;
    }
    schema.description = Some(
        "Ten digits, with or without a hyphen after the sixth; the first six are the \
         birth date (DDMMYY)."
            .to_owned(),
    );
    schema
}

/// A phone number as `phone::parse` takes it: empty, eight Danish digits, or + or 00,
/// a country code and 8 to 15 digits in all; spaces, hyphens, dots and brackets
/// anywhere. Every phone field may be left out, so `null` is none too.
pub(crate) fn phone() -> Object {
    let sep = r"[-. ()\u00a0]";
    // Eight digits, never beginning with 0 (the Danish numbering plan; `phone::parse`).
    let danish = format!("[1-9](?:{sep}*[0-9]){{7}}");
    let international = format!(r"(?:\+|0{sep}*0){sep}*[1-9](?:{sep}*[0-9]){{7,14}}");
    let mut schema = string(
        crate::phone::MAX_CHARS,
        Blank::Allowed,
        Some(format!("^{sep}*(?:{danish}|{international})?{sep}*$")),
    );
    schema.description = Some(
        "A Danish number (8 digits, the first not 0; +45 or 0045 may stand first) or an international one \
         (+ or 00, 8 to 15 digits); spaces, hyphens, dots and brackets are allowed. Empty \
         is none."
            .to_owned(),
    );
    or_null(schema)
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;
    use proptest::prelude::*;

    fn pattern(schema: &Object) -> regex::Regex {
        regex::Regex::new(schema.pattern.as_deref().unwrap()).unwrap()
    }

    /// Every day of a leap and a common year in each century the seventh digit gives,
    /// and days no calendar has: the pattern takes exactly what `Cpr::parse` takes.
    #[test]
    fn the_cpr_pattern_takes_exactly_the_numbers_the_parser_takes() {
        let required = pattern(&cpr(Blank::Refused));
        let optional = pattern(&cpr(Blank::Allowed));
        for year in ["00", "04", "36", "37", "57", "58", "99", "01"] {
            for month in 0..=13 {
                for day in 0..=32 {
                    for seventh in 0..=9 {
                        for separator in ["", "-", " "] {
                            let number = format!("{day:02}{month:02}{year}{separator}{seventh}123");
                            let parsed = crate::people::Cpr::parse(&number).is_ok();
                            assert_eq!(required.is_match(&number), parsed, "{number}");
                            assert_eq!(optional.is_match(&number), parsed, "{number}");
                        }
                    }
                }
            }
        }
        for other in [
            "",
            "0101001234 5",
            "01010-01234",
            "010100--1234",
            "a101001234",
        ] {
            assert!(!required.is_match(other), "{other}");
        }
        assert!(optional.is_match("") && optional.is_match("  "));
    }

    fn phone_like() -> impl Strategy<Value = String> {
        proptest::collection::vec(
            prop_oneof![
                Just("+"),
                Just("00"),
                Just("45"),
                Just("0"),
                Just("4"),
                Just("89"),
                Just("2"),
                Just(" "),
                Just("-"),
                Just("("),
                Just("."),
                Just("a"),
            ],
            0..14,
        )
        .prop_map(|parts| parts.concat())
    }

    proptest! {
        /// Numbers made of the pieces people type: the pattern takes one exactly when
        /// `phone::parse` does.
        #[test]
        fn the_phone_pattern_takes_exactly_the_numbers_the_parser_takes(text in phone_like()) {
            let taken = pattern(&phone()).is_match(&text);
            let parsed = crate::phone::parse(&text).is_ok();
            prop_assert_eq!(taken, parsed, "{}", text);
        }
    }

    #[test]
    fn the_phone_pattern_takes_the_numbers_people_write() {
        let phone = pattern(&phone());
        for number in [
            "",
            "89 40 20 00",
            "+45 89402000",
            "0045 8940 2000",
            "+380 44 123 4567",
            "(+45) 89.40.20.00",
        ] {
            assert!(phone.is_match(number), "{number}");
            assert!(crate::phone::parse(number).is_ok(), "{number}");
        }
        for number in ["8940200", "00123456", "+0 89 40 20 00", "+1234567", "phone"] {
            assert!(!phone.is_match(number), "{number}");
        }
    }

    #[test]
    fn a_line_refuses_control_characters_and_a_required_one_blanks() {
        let required = pattern(&line(10, Blank::Refused));
        let optional = pattern(&line(10, Blank::Allowed));
        assert!(required.is_match("Ib") && optional.is_match("Ib"));
        assert!(!required.is_match("  ") && optional.is_match("  "));
        assert!(!required.is_match("I\u{0}b") && !optional.is_match("I\nb"));
    }

    /// The patterns say what `forms::control_problem` says, character by character.
    #[test]
    fn the_text_patterns_take_exactly_what_the_rule_takes() {
        use crate::forms::{control_problem, Lines};
        let line = pattern(&line(10, Blank::Allowed));
        let text = pattern(&text(10, Blank::Allowed));
        let chars = (0..=0x2030u32).filter_map(char::from_u32);
        for c in chars {
            let typed = format!("a{c}b");
            assert_eq!(
                line.is_match(&typed),
                control_problem(&typed, Lines::One).is_ok(),
                "{c:?}"
            );
            assert_eq!(
                text.is_match(&typed),
                control_problem(&typed, Lines::Several).is_ok(),
                "{c:?}"
            );
        }
        let required = pattern(&super::text(10, Blank::Refused));
        assert!(required.is_match(" a\n") && !required.is_match(" \n\t"));
        assert!(!required.is_match("a\u{0}"));
    }
}
