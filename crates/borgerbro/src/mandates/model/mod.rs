//! The rules of helping, one job a file: what a permission can hold (`scope`), whether a
//! helper may do something now (`access`), who may give one and what it must keep
//! (`give`), what a change does (`change`), when the citizen hears it ran out
//! (`expiry`), and the helper's code (`helper_code`). No I/O.

mod access;
mod change;
mod expiry;
mod give;
mod helper_code;
mod scope;

pub use access::{decide, letters_need, may_read_letter, readable_areas, Denial, Mandate, Status};
pub use change::{plan_change, with_terms, ChangePlan, Terms};
pub use expiry::{expiry_notice, ExpiryNotice, EXPIRY_LETTER_DAYS};
pub use give::{may_give, proposal_problems, Giver, MandatePolicy, Proposal};
pub use helper_code::{
    HelperCode, HelperNamed, HELPER_CODE_ALPHABET, HELPER_CODE_DAYS, HELPER_CODE_LEN,
    HELPER_CODE_MISSES_PER_DAY,
};
pub use scope::{identity_check, note, scopes, Rights, Scope, IDENTITY_CHECKS, MAX_NOTE_CHARS};

/// Permissions and strategies the tests of every rule share.
#[cfg(test)]
mod testing {
    use jiff::civil::Date;
    use proptest::prelude::*;

    use super::{Mandate, Rights, Scope};

    pub(super) fn day(d: i8) -> Date {
        Date::new(2026, 12, d).unwrap()
    }

    pub(super) fn mandate(scopes: &[Scope], rights: Rights) -> Mandate {
        Mandate {
            id: "m".into(),
            citizen_id: "karen".into(),
            helper_id: "peter".into(),
            scopes: scopes.to_vec(),
            rights,
            valid_from: day(1),
            valid_to: day(31),
            accepted: true,
            ended: false,
            suspended: false,
        }
    }

    pub(super) fn any_scope() -> impl Strategy<Value = Scope> {
        prop::sample::select(Scope::all())
    }

    pub(super) fn any_rights() -> impl Strategy<Value = Rights> {
        prop::sample::select(vec![Rights::Look, Rights::Act])
    }

    pub(super) fn any_mandate() -> impl Strategy<Value = Mandate> {
        (
            prop::collection::vec(any_scope(), 0..5),
            any_rights(),
            1i8..28,
            0i8..4,
            any::<(bool, bool, bool)>(),
        )
            .prop_map(
                |(scopes, rights, from, length, (accepted, ended, suspended))| Mandate {
                    valid_from: day(from),
                    valid_to: day(from + length),
                    accepted,
                    ended,
                    suspended,
                    ..mandate(&scopes, rights)
                },
            )
    }
}
