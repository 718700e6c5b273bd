//! The code a helper tells a citizen, so the citizen can name them without a CPR
//! number, read as people type it.

/// Crockford's base 32: no I, L, O or U, so a code read aloud or copied by hand is not
/// mistaken for another.
pub const HELPER_CODE_ALPHABET: &[u8; 32] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";

/// Characters in a helper code: 40 random bits.
pub const HELPER_CODE_LEN: usize = 8;

/// Days a helper code works after it is made, if not used before.
pub const HELPER_CODE_DAYS: i64 = 7;

/// Wrong codes a citizen may type in a day; after that even a right one is refused until
/// the day has passed, so guessing stays hopeless (see DESIGN.md).
pub const HELPER_CODE_MISSES_PER_DAY: i64 = 10;

/// A code a helper tells a citizen so the citizen can name them online without a CPR
/// number: eight characters of Crockford's base 32, shown as two groups of four
/// ("7F3K-2QXM"), kept without the dash.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HelperCode(String);

impl HelperCode {
    /// The code made of these eight indices into the alphabet (each taken modulo 32).
    pub(crate) fn from_indices(indices: [u8; HELPER_CODE_LEN]) -> Self {
        Self(
            indices
                .iter()
                .map(|i| char::from(HELPER_CODE_ALPHABET[usize::from(i % 32)]))
                .collect(),
        )
    }

    /// A code as a person types it: any case, with spaces or dashes, and the letters
    /// Crockford reads as digits (O as 0, I and L as 1). `None` when it cannot be one.
    pub fn parse(typed: &str) -> Option<Self> {
        let code: String = typed
            .chars()
            .filter(|c| !c.is_whitespace() && *c != '-')
            .map(|c| match c.to_ascii_uppercase() {
                'O' => '0',
                'I' | 'L' => '1',
                c => c,
            })
            .collect();
        let valid = code.len() == HELPER_CODE_LEN
            && code.bytes().all(|b| HELPER_CODE_ALPHABET.contains(&b));
        valid.then_some(Self(code))
    }

    /// The code as stored.
    pub(crate) fn as_str(&self) -> &str {
        &self.0
    }

    /// The code as people read it: "7F3K-2QXM".
    pub(crate) fn display(&self) -> String {
        format!("{}-{}", &self.0[..4], &self.0[4..])
    }
}

/// How a citizen named their helper on the give form: by CPR number (ten digits, with or
/// without the dash) or by the helper's code; `None` when it is neither.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum HelperNamed {
    Cpr(String),
    Code(HelperCode),
}

impl HelperNamed {
    pub fn parse(typed: &str) -> Option<Self> {
        let digits: String = typed
            .chars()
            .filter(|c| !c.is_whitespace() && *c != '-')
            .collect();
        if digits.len() == 10 && digits.bytes().all(|b| b.is_ascii_digit()) {
            return Some(Self::Cpr(typed.trim().to_owned()));
        }
        HelperCode::parse(typed).map(Self::Code)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_helper_code_is_read_as_people_type_it_and_never_with_a_letter_that_is_misheard() {
        let code = HelperCode::from_indices([7, 15, 3, 19, 2, 23, 29, 20]);
        assert_eq!(code.display(), "7F3K-2QXM");
        for typed in ["7F3K-2QXM", "7f3k2qxm", " 7F3K 2QXM ", "7f3k-2qxm"] {
            assert_eq!(HelperCode::parse(typed), Some(code.clone()), "{typed}");
        }
        assert_eq!(
            HelperCode::parse("O1IL-0000").map(|c| c.display()),
            Some("0111-0000".to_owned()),
            "O is read as 0, I and L as 1"
        );
        for typed in ["", "7F3K-2QX", "7F3K-2QXMM", "UUUU-UUUU", "7F3K-2QX!"] {
            assert_eq!(HelperCode::parse(typed), None, "{typed}");
        }
        assert!(HELPER_CODE_ALPHABET.iter().all(|b| !b"ILOU".contains(b)));
    }

    #[test]
    fn a_helper_is_named_by_ten_digits_as_a_cpr_number_and_else_by_code() {
        assert_eq!(
            HelperNamed::parse("110865-2345"),
            Some(HelperNamed::Cpr("110865-2345".into()))
        );
        assert_eq!(
            HelperNamed::parse("1108652345"),
            Some(HelperNamed::Cpr("1108652345".into()))
        );
        assert!(matches!(
            HelperNamed::parse("1234-5678"),
            Some(HelperNamed::Code(_))
        ));
        assert_eq!(
            HelperNamed::parse("11086523"),
            HelperNamed::parse("1108-6523")
        );
        assert_eq!(HelperNamed::parse("123"), None);
    }
}
