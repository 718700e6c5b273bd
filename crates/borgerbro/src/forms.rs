//! What is wrong with an input, per field, each a Fluent key that says what to do: what
//! a model's check answers (`PlaceDraft::check`, `BookingDraft::check`) and what pages
//! show in the error summary and beside each field, and the API as problem+json. Not in
//! `web`, so the rules that make it need not know about pages.

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
    pub fn add(&mut self, field: &'static str, message: &'static str) {
        self.0.push(FieldError {
            field: field.into(),
            message,
            value: None,
        });
    }

    /// An error of a field named at run time, such as `recipients[3]`, with its value.
    pub fn add_value(&mut self, field: String, message: &'static str, value: String) {
        self.0.push(FieldError {
            field: field.into(),
            message,
            value: Some(value),
        });
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    pub fn iter(&self) -> impl Iterator<Item = &FieldError> {
        self.0.iter()
    }

    pub fn has(&self, field: &str) -> bool {
        self.get(field).is_some()
    }

    pub fn get(&self, field: &str) -> Option<&'static str> {
        self.0.iter().find(|e| e.field == field).map(|e| e.message)
    }

    /// The value a check gave, or its default with the check's message on `field`, so a
    /// form goes on collecting every problem before it answers.
    pub fn take<T: Default>(&mut self, field: &'static str, checked: Result<T, &'static str>) -> T {
        checked.unwrap_or_else(|problem| {
            self.add(field, problem);
            T::default()
        })
    }

    /// A line of typed text (a name, an address), checked alike wherever it is typed:
    /// trimmed, at most `max` characters (else `too_long` on `field`) and no control
    /// characters such as NUL (else `form-text-invalid`). Answers the trimmed text.
    pub fn line(
        &mut self,
        field: &'static str,
        typed: &str,
        max: usize,
        too_long: &'static str,
    ) -> String {
        let line = typed.trim();
        if line.chars().count() > max {
            self.add(field, too_long);
        } else if line.chars().any(char::is_control) {
            self.add(field, "form-text-invalid");
        }
        line.to_owned()
    }
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
}
