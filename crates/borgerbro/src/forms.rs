//! What is wrong with an input, per field, each a Fluent key that says what to do: what
//! a model's check answers (`PlaceDraft::check`, `BookingDraft::check`) and what pages
//! show in the error summary and beside each field, and the API as problem+json. Not in
//! `web`, so the rules that make it need not know about pages.

/// Whether a field holds one line of text (a name, a subject, an address) or several (a
/// letter's body, an answer, a note).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Lines {
    One,
    Several,
}

/// What a page and the API say about text that holds a control character it may not.
pub(crate) const TEXT_INVALID: &str = "form-text-invalid";

/// The one rule for control characters in typed text, for every field on every page and
/// in the API: a line holds none (Unicode's Cc: NUL and the other C0 characters, DEL, the
/// C1 characters), text of several lines none but tab, line feed and carriage return.
/// `web::openapi::line` and `web::openapi::text` state the same in the OpenAPI document.
/// Answers `TEXT_INVALID` when `typed` breaks it.
pub fn control_problem(typed: &str, lines: Lines) -> Result<(), &'static str> {
    let refused = |c: char| match lines {
        Lines::One => c.is_control(),
        Lines::Several => c.is_control() && !matches!(c, '\t' | '\n' | '\r'),
    };
    match typed.chars().any(refused) {
        true => Err(TEXT_INVALID),
        false => Ok(()),
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FieldError {
    pub field: std::borrow::Cow<'static, str>,
    pub message: &'static str,
    /// The value concerned, where the message alone cannot say (a row of a batch: which
    /// recipient, which field).
    pub value: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct FormErrors(Vec<FieldError>);

impl FormErrors {
    pub(crate) fn add(&mut self, field: &'static str, message: &'static str) {
        self.0.push(FieldError {
            field: field.into(),
            message,
            value: None,
        });
    }

    /// An error of a field named at run time, such as `recipients[3]`, with its value.
    pub(crate) fn add_value(&mut self, field: String, message: &'static str, value: String) {
        self.0.push(FieldError {
            field: field.into(),
            message,
            value: Some(value),
        });
    }

    /// An error of a field named at run time, such as `lines[3].low`.
    pub(crate) fn add_at(&mut self, field: String, message: &'static str) {
        self.0.push(FieldError {
            field: field.into(),
            message,
            value: None,
        });
    }

    /// Adds another check's errors after these, as they were.
    pub(crate) fn extend(&mut self, other: FormErrors) {
        self.0.extend(other.0);
    }

    pub(crate) fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    pub(crate) fn iter(&self) -> impl Iterator<Item = &FieldError> {
        self.0.iter()
    }

    pub(crate) fn has(&self, field: &str) -> bool {
        self.get(field).is_some()
    }

    pub(crate) fn get(&self, field: &str) -> Option<&'static str> {
        self.0.iter().find(|e| e.field == field).map(|e| e.message)
    }

    /// The value a check gave, or its default with the check's message on `field`, so a
    /// form goes on collecting every problem before it answers.
    pub(crate) fn take<T: Default>(
        &mut self,
        field: &'static str,
        checked: Result<T, &'static str>,
    ) -> T {
        checked.unwrap_or_else(|problem| {
            self.add(field, problem);
            T::default()
        })
    }

    /// A line of typed text (a name, an address), checked alike wherever it is typed:
    /// trimmed, at most `max` characters (else `too_long` on `field`) and no control
    /// characters such as NUL (else `form-text-invalid`). Answers the trimmed text.
    pub(crate) fn line(
        &mut self,
        field: &'static str,
        typed: &str,
        max: usize,
        too_long: &'static str,
    ) -> String {
        self.typed(field, typed, max, too_long, Lines::One)
    }

    /// Text of several lines (a note), as `line` checks a line, but with tabs and line
    /// breaks allowed. Answers the trimmed text.
    pub(crate) fn text(
        &mut self,
        field: &'static str,
        typed: &str,
        max: usize,
        too_long: &'static str,
    ) -> String {
        self.typed(field, typed, max, too_long, Lines::Several)
    }

    fn typed(
        &mut self,
        field: &'static str,
        typed: &str,
        max: usize,
        too_long: &'static str,
        lines: Lines,
    ) -> String {
        let text = typed.trim();
        if text.chars().count() > max {
            self.add(field, too_long);
        } else if let Err(problem) = control_problem(text, lines) {
            self.add(field, problem);
        }
        text.to_owned()
    }
}

/// One choice of a list to choose from, as the `choose` macro of
/// `web/components.html` shows it.
pub(crate) struct Choice {
    pub value: String,
    pub label: String,
    pub selected: bool,
}

/// Choices from `(value, label)` pairs, `chosen` selected.
pub(crate) fn choices(pairs: Vec<(String, String)>, chosen: &str) -> Vec<Choice> {
    pairs
        .into_iter()
        .map(|(value, label)| Choice {
            selected: value == chosen,
            value,
            label,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_line_is_trimmed_and_held_to_its_length_without_control_characters() {
        let mut errors = FormErrors::default();
        assert_eq!(
            errors.line("name", "  Ib Madsen ", 10, "too-long"),
            "Ib Madsen"
        );
        assert!(errors.is_empty());
        errors.line("name", "Ib\u{0}Madsen", 20, "too-long");
        assert_eq!(errors.get("name"), Some("form-text-invalid"));
        let mut errors = FormErrors::default();
        errors.line("address", &"x".repeat(11), 10, "too-long");
        assert_eq!(errors.get("address"), Some("too-long"));
    }

    #[test]
    fn text_of_several_lines_keeps_its_breaks_and_tabs_but_no_other_control() {
        let mut errors = FormErrors::default();
        assert_eq!(
            errors.text("note", " a\r\n\tb ", 10, "too-long"),
            "a\r\n\tb"
        );
        assert!(errors.is_empty());
        for refused in ['\u{0}', '\u{1b}', '\u{7f}', '\u{85}', '\u{b}'] {
            let mut errors = FormErrors::default();
            errors.text("note", &format!("a{refused}b"), 10, "too-long");
            assert_eq!(errors.get("note"), Some(TEXT_INVALID), "{refused:?}");
        }
        assert_eq!(control_problem("a\nb", Lines::One), Err(TEXT_INVALID));
        assert_eq!(control_problem("a\tb", Lines::One), Err(TEXT_INVALID));
        assert_eq!(control_problem("æ ø å – “”", Lines::One), Ok(()));
    }
}
