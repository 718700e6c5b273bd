//! A person's details and how they want to be contacted. No I/O.

use jiff::civil::Date;
use serde::{Deserialize, Serialize};

/// A CPR number: ten digits whose first six are a real date of birth.
#[derive(Clone, PartialEq, Eq)]
pub struct Cpr(String);

#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum CprError {
    #[error("a CPR number has ten digits, such as 150584-1234")]
    NotTenDigits,
    #[error("the first six digits of a CPR number are a date of birth (DDMMYY)")]
    NotADate,
}

impl CprError {
    /// The Fluent key of what to tell a person.
    pub(crate) fn message_key(self) -> &'static str {
        match self {
            CprError::NotTenDigits => "people-cpr-not-ten-digits",
            CprError::NotADate => "people-cpr-not-a-date",
        }
    }
}

impl Cpr {
    /// Accepts "DDMMYYSSSS", "DDMMYY-SSSS" and "DDMMYY SSSS".
    pub fn parse(raw: &str) -> Result<Self, CprError> {
        let trimmed = raw.trim();
        let digits: String = trimmed
            .chars()
            .enumerate()
            .filter(|&(i, c)| !(i == 6 && (c == '-' || c == ' ')))
            .map(|(_, c)| c)
            .collect();
        if digits.len() != 10 || !digits.chars().all(|c| c.is_ascii_digit()) {
            return Err(CprError::NotTenDigits);
        }
        birth_date(&digits).ok_or(CprError::NotADate)?;
        Ok(Self(digits))
    }

    pub(crate) fn digits(&self) -> &str {
        &self.0
    }

    /// "150584-****": enough to tell people apart in a list, never the whole number.
    pub(crate) fn masked(&self) -> String {
        format!("{}-****", &self.0[..6])
    }
}

impl std::fmt::Debug for Cpr {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Cpr({})", self.masked())
    }
}

/// The date of birth, with the century the seventh digit gives (CPR-kontoret's table).
fn birth_date(digits: &str) -> Option<Date> {
    let number = |range: std::ops::Range<usize>| digits.get(range)?.parse::<i16>().ok();
    let (day, month, yy, seventh) = (number(0..2)?, number(2..4)?, number(4..6)?, number(6..7)?);
    let century = match seventh {
        0..=3 => 1900,
        4 | 9 if yy <= 36 => 2000,
        4 | 9 => 1900,
        5..=8 if yy <= 57 => 2000,
        5..=8 => 1800,
        _ => return None,
    };
    Date::new(
        century + yy,
        i8::try_from(month).ok()?,
        i8::try_from(day).ok()?,
    )
    .ok()
}

/// Which way letters reach a person.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum Channel {
    Digital,
    Paper,
}

impl Channel {
    pub fn as_str(self) -> &'static str {
        match self {
            Channel::Digital => "digital",
            Channel::Paper => "paper",
        }
    }

    pub fn parse(text: &str) -> Option<Channel> {
        match text {
            "digital" => Some(Channel::Digital),
            "paper" => Some(Channel::Paper),
            _ => None,
        }
    }
}

/// What a person has told us about themselves and how to reach them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Profile {
    pub person_id: String,
    pub name: String,
    pub cpr: Option<String>,
    pub address: Option<String>,
    pub phone: Option<String>,
    /// Exempt from digital post: letters go on paper. No reason is ever asked.
    pub paper_post: bool,
    pub language: String,
    pub easy_read: bool,
    pub large_print: bool,
    /// Protected against digital control: new permissions only in person, and on paper.
    pub protected: bool,
}

impl Profile {
    pub(crate) fn channel(&self) -> Channel {
        if self.paper_post {
            Channel::Paper
        } else {
            Channel::Digital
        }
    }

    pub(crate) fn masked_cpr(&self) -> Option<String> {
        self.cpr
            .as_deref()
            .and_then(|cpr| Cpr::parse(cpr).ok())
            .map(|cpr| cpr.masked())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cpr_numbers_are_ten_digits_and_a_real_date() {
        let cpr = Cpr::parse("150584-4122").unwrap();
        assert_eq!(cpr.digits(), "1505844122");
        assert_eq!(birth_date(cpr.digits()), Date::new(1984, 5, 15).ok());
        assert_eq!(Cpr::parse("1505844122").unwrap(), cpr);
        assert_eq!(Cpr::parse(" 150584 4122 ").unwrap(), cpr);
        assert_eq!(Cpr::parse("15058441"), Err(CprError::NotTenDigits));
        assert_eq!(Cpr::parse("15058441223"), Err(CprError::NotTenDigits));
        assert_eq!(Cpr::parse("1505a44122"), Err(CprError::NotTenDigits));
        assert_eq!(Cpr::parse("150-5844122"), Err(CprError::NotTenDigits));
        assert_eq!(Cpr::parse("3102841234"), Err(CprError::NotADate));
        assert_eq!(Cpr::parse("0013841234"), Err(CprError::NotADate));
    }

    #[test]
    fn the_seventh_digit_gives_the_century() {
        let year = |cpr: &str| {
            birth_date(Cpr::parse(cpr).unwrap().digits())
                .unwrap()
                .year()
        };
        assert_eq!(year("0101051234"), 1905);
        assert_eq!(year("0101054234"), 2005);
        assert_eq!(year("0101504234"), 1950);
        assert_eq!(year("0101105234"), 2010);
        assert_eq!(year("0101605234"), 1860);
        assert_eq!(year("2902009234"), 2000, "a leap day in 2000");
        assert_eq!(
            Cpr::parse("2902003234"),
            Err(CprError::NotADate),
            "1900 was no leap year"
        );
    }

    #[test]
    fn a_cpr_number_is_never_shown_in_full() {
        let cpr = Cpr::parse("150584-4122").unwrap();
        assert_eq!(cpr.masked(), "150584-****");
        assert!(!format!("{cpr:?}").contains("4122"));
    }
}
