//! Whether the citizen hears that a permission ran out by itself.

use jiff::civil::Date;
use jiff::ToSpan;

use super::access::Mandate;

/// Whether the sweep should write to the citizen about a permission that ran out by
/// itself: `None` while it has not run out.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExpiryNotice {
    /// It ran out lately: the citizen gets a letter.
    Letter,
    /// It ran out long before the sweep first saw it (or never started: the helper never
    /// said yes): noted without a letter, so the first sweep after an upgrade does not
    /// bury citizens in letters about long-gone permissions.
    Silently,
}

/// How long after it ran out a permission still brings a letter.
pub const EXPIRY_LETTER_DAYS: i32 = 7;

pub fn expiry_notice(mandate: &Mandate, today: Date) -> Option<ExpiryNotice> {
    if mandate.ended || today <= mandate.valid_to {
        return None;
    }
    let first_day_without = mandate.valid_to.tomorrow().ok()?;
    let late = first_day_without
        .checked_add(EXPIRY_LETTER_DAYS.days())
        .is_ok_and(|limit| today > limit);
    Some(if late || !mandate.accepted {
        ExpiryNotice::Silently
    } else {
        ExpiryNotice::Letter
    })
}

#[cfg(test)]
mod tests {
    use super::super::testing::*;
    use super::super::{Rights, Scope};
    use super::*;

    #[test]
    fn a_permission_that_ran_out_lately_brings_a_letter_and_an_old_one_does_not() {
        let m = mandate(&[Scope::Post], Rights::Look);
        let next_month = |d| Date::new(2027, 1, d).unwrap();
        assert_eq!(
            expiry_notice(&m, day(31)),
            None,
            "the last day still counts"
        );
        assert_eq!(expiry_notice(&m, next_month(1)), Some(ExpiryNotice::Letter));
        assert_eq!(expiry_notice(&m, next_month(8)), Some(ExpiryNotice::Letter));
        assert_eq!(
            expiry_notice(&m, next_month(9)),
            Some(ExpiryNotice::Silently),
            "ran out more than 7 days ago"
        );
        let never_accepted = Mandate {
            accepted: false,
            ..m.clone()
        };
        assert_eq!(
            expiry_notice(&never_accepted, next_month(1)),
            Some(ExpiryNotice::Silently)
        );
        let ended = Mandate { ended: true, ..m };
        assert_eq!(expiry_notice(&ended, next_month(1)), None);
    }
}
