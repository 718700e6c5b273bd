//! Form errors as templates show them: per field, in the error summary and beside the
//! field, each a Fluent key that says what to do.

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
}
