//! A stored value read into a typed one, once, in the module's store: a value this build
//! cannot read (a newer version's kind, a hand in the database) is an error wherever it
//! is read, never a default, so it grants nothing and is never shown or acted on as
//! something it is not (DESIGN.md, "Unknown stored values grant nothing").

/// A stored value this build cannot read.
#[derive(Debug, thiserror::Error)]
#[error("{column}: this build cannot read {value:?}")]
pub(crate) struct Unreadable {
    /// `table.column`.
    column: &'static str,
    value: String,
}

impl Unreadable {
    pub(crate) fn new(column: &'static str, value: impl ToString) -> Self {
        Self {
            column,
            value: value.to_string(),
        }
    }
}

impl From<Unreadable> for sqlx::Error {
    fn from(error: Unreadable) -> Self {
        sqlx::Error::ColumnDecode {
            index: error.column.to_owned(),
            source: Box::new(error),
        }
    }
}

/// A text column read by `parse`, which answers `None` for what it cannot read.
pub(crate) fn parsed<T>(
    column: &'static str,
    text: &str,
    parse: impl FnOnce(&str) -> Option<T>,
) -> Result<T, Unreadable> {
    parse(text).ok_or_else(|| Unreadable::new(column, text))
}

/// A yes-or-no column as every store writes it: 0 or 1.
pub(crate) fn flag(column: &'static str, stored: i64) -> Result<bool, Unreadable> {
    match stored {
        0 => Ok(false),
        1 => Ok(true),
        other => Err(Unreadable::new(column, other)),
    }
}

/// A phone number column: a number `crate::phone` can read, kept as it was stored.
pub(crate) fn phone(
    column: &'static str,
    stored: Option<String>,
) -> Result<Option<String>, Unreadable> {
    match stored.as_deref().map(crate::phone::parse) {
        None | Some(Ok(Some(_))) => Ok(stored),
        Some(Ok(None) | Err(crate::phone::NotAPhoneNumber)) => {
            Err(Unreadable::new(column, stored.unwrap_or_default()))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn what_cannot_be_read_is_an_error_that_names_the_column_and_the_value() {
        assert_eq!(flag("t.c", 1).ok(), Some(true));
        assert_eq!(flag("t.c", 0).ok(), Some(false));
        let error = flag("t.c", 2).unwrap_err();
        assert_eq!(error.to_string(), "t.c: this build cannot read \"2\"");
        assert!(matches!(
            sqlx::Error::from(error),
            sqlx::Error::ColumnDecode { .. }
        ));
        assert_eq!(
            phone("t.p", Some("+45 89402000".into())).ok(),
            Some(Some("+45 89402000".into()))
        );
        assert!(phone("t.p", Some("ring mig".into())).is_err());
        assert!(phone("t.p", Some(String::new())).is_err());
        assert_eq!(phone("t.p", None).ok(), Some(None));
        assert!(parsed("t.k", "castle", |_| None::<u8>).is_err());
    }
}
