//! Whether a helper may do something now: the state of a permission on a day, and
//! the one rule for every check, letters included.

use jiff::civil::Date;
use serde::Serialize;

use super::scope::{Rights, Scope};
use crate::post::Area;

/// A permission as the rules see it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mandate {
    pub id: String,
    pub citizen_id: String,
    pub helper_id: String,
    pub scopes: Vec<Scope>,
    pub rights: Rights,
    /// Calendar days, both included.
    pub valid_from: Date,
    pub valid_to: Date,
    pub accepted: bool,
    pub ended: bool,
    pub suspended: bool,
}

/// Why a helper may not do something, in words the API and the pages share.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, utoipa::ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum Denial {
    // Ordered from least to most telling: when several permissions deny, the most
    // telling reason is the one given.
    NoMandate,
    Revoked,
    Expired,
    NotYetValid,
    NotAccepted,
    Suspended,
    OutsideArea,
    LookOnly,
}

impl Denial {
    pub(crate) const ALL: [Denial; 8] = [
        Denial::NoMandate,
        Denial::Revoked,
        Denial::Expired,
        Denial::NotYetValid,
        Denial::NotAccepted,
        Denial::Suspended,
        Denial::OutsideArea,
        Denial::LookOnly,
    ];

    pub(crate) fn as_str(self) -> &'static str {
        match self {
            Denial::NoMandate => "no_mandate",
            Denial::Revoked => "revoked",
            Denial::Expired => "expired",
            Denial::NotYetValid => "not_yet_valid",
            Denial::NotAccepted => "not_accepted",
            Denial::Suspended => "suspended",
            Denial::OutsideArea => "outside_area",
            Denial::LookOnly => "look_only",
        }
    }
}

/// The state of a permission on a day, as the citizen and the helper see it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, utoipa::ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    Pending,
    Active,
    Suspended,
    Ended,
    Expired,
    NotYetValid,
}

impl Status {
    pub(crate) fn as_str(self) -> &'static str {
        match self {
            Status::Pending => "pending",
            Status::Active => "active",
            Status::Suspended => "suspended",
            Status::Ended => "ended",
            Status::Expired => "expired",
            Status::NotYetValid => "not_yet_valid",
        }
    }

    pub(crate) fn label_key(self) -> &'static str {
        match self {
            Status::Pending => "mandate-status-pending",
            Status::Active => "mandate-status-active",
            Status::Suspended => "mandate-status-suspended",
            Status::Ended => "mandate-status-ended",
            Status::Expired => "mandate-status-expired",
            Status::NotYetValid => "mandate-status-not-yet-valid",
        }
    }
}

impl Mandate {
    pub(crate) fn status(&self, today: Date) -> Status {
        if self.ended {
            Status::Ended
        } else if today > self.valid_to {
            Status::Expired
        } else if self.suspended {
            Status::Suspended
        } else if !self.accepted {
            Status::Pending
        } else if today < self.valid_from {
            Status::NotYetValid
        } else {
            Status::Active
        }
    }

    /// Whether this permission lets its helper do `action` in `scope` today.
    pub(crate) fn permits(&self, scope: Scope, action: Rights, today: Date) -> Result<(), Denial> {
        match self.status(today) {
            Status::Ended => Err(Denial::Revoked),
            Status::Expired => Err(Denial::Expired),
            Status::Suspended => Err(Denial::Suspended),
            Status::Pending => Err(Denial::NotAccepted),
            Status::NotYetValid => Err(Denial::NotYetValid),
            Status::Active if !self.scopes.contains(&scope) => Err(Denial::OutsideArea),
            Status::Active if !self.rights.allows(action) => Err(Denial::LookOnly),
            Status::Active => Ok(()),
        }
    }
}

/// Whether any of a helper's permissions from one citizen lets them do `action` in
/// `scope` today; if none does, the most telling reason.
pub fn decide(
    mandates: &[Mandate],
    scope: Scope,
    action: Rights,
    today: Date,
) -> Result<(), Denial> {
    let mut reason = Denial::NoMandate;
    for mandate in mandates {
        match mandate.permits(scope, action, today) {
            Ok(()) => return Ok(()),
            Err(denial) => reason = reason.max(denial),
        }
    }
    Err(reason)
}

/// What a helper needs ticked, beside `post`, to see the letters filed under `area`: the
/// area itself, except that letters about bookings (where and when the citizen meets
/// the authority) go with the bookings errand.
pub fn letters_need(area: Area) -> Scope {
    match area {
        Area::Bookings => Scope::Bookings,
        area => Scope::Subject(area),
    }
}

/// Whether a helper may see (or, with `Act`, answer) a letter filed under `area`: one
/// permission must hold both `post` and what the area needs (`letters_need`), `general`
/// ("Andet") included, so a permission grants exactly what the citizen ticked on it and
/// nothing from another. The one rule for lists (`readable_areas`), letters,
/// attachments, answers and the API's check.
pub fn may_read_letter(
    mandates: &[Mandate],
    area: Area,
    action: Rights,
    today: Date,
) -> Result<(), Denial> {
    let needs = letters_need(area);
    let mut reason = Denial::NoMandate;
    for mandate in mandates {
        let permits = mandate
            .permits(Scope::Post, action, today)
            .and_then(|()| mandate.permits(needs, action, today));
        match permits {
            Ok(()) => return Ok(()),
            Err(denial) => reason = reason.max(denial),
        }
    }
    Err(reason)
}

/// The areas whose letters a helper may see: what a list filters by in SQL, made from
/// [`may_read_letter`] so that a list never shows a letter that opening refuses.
pub fn readable_areas(mandates: &[Mandate], action: Rights, today: Date) -> Vec<Area> {
    Area::ALL
        .into_iter()
        .filter(|area| may_read_letter(mandates, *area, action, today).is_ok())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::super::testing::*;
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn a_letter_about_housing_is_for_a_housing_helper_only() {
        let housing = [mandate(
            &[Scope::Post, Scope::Subject(Area::Housing)],
            Rights::Look,
        )];
        assert_eq!(
            may_read_letter(&housing, Area::Housing, Rights::Look, day(10)),
            Ok(())
        );
        assert_eq!(
            may_read_letter(&housing, Area::Health, Rights::Look, day(10)),
            Err(Denial::OutsideArea)
        );
        assert_eq!(
            may_read_letter(&housing, Area::Housing, Rights::Act, day(10)),
            Err(Denial::LookOnly)
        );
        assert_eq!(
            may_read_letter(&[], Area::Housing, Rights::Look, day(10)),
            Err(Denial::NoMandate)
        );
    }

    #[test]
    fn general_bookings_and_permission_letters_need_their_own_tick() {
        let health = [mandate(
            &[Scope::Post, Scope::Subject(Area::Health)],
            Rights::Act,
        )];
        for area in [Area::General, Area::Bookings, Area::Mandates] {
            assert_eq!(
                may_read_letter(&health, area, Rights::Look, day(10)),
                Err(Denial::OutsideArea),
                "{area:?}"
            );
        }
        assert_eq!(
            readable_areas(&health, Rights::Look, day(10)),
            [Area::Health]
        );
        let general = [mandate(
            &[Scope::Post, Scope::Subject(Area::General)],
            Rights::Look,
        )];
        assert_eq!(
            readable_areas(&general, Rights::Look, day(10)),
            [Area::General]
        );
        let bookings = [mandate(&[Scope::Post, Scope::Bookings], Rights::Look)];
        assert_eq!(
            readable_areas(&bookings, Rights::Look, day(10)),
            [Area::Bookings]
        );
        let without_post = [mandate(
            &[Scope::Bookings, Scope::Subject(Area::Mandates)],
            Rights::Act,
        )];
        assert!(readable_areas(&without_post, Rights::Look, day(10)).is_empty());
    }

    #[test]
    fn two_permissions_do_not_add_up_to_a_letter_neither_gives() {
        let post_only = mandate(&[Scope::Post], Rights::Act);
        let health_without_post = Mandate {
            id: "m2".into(),
            ..mandate(&[Scope::Subject(Area::Health)], Rights::Act)
        };
        assert_eq!(
            may_read_letter(
                &[post_only, health_without_post],
                Area::Health,
                Rights::Look,
                day(10)
            ),
            Err(Denial::OutsideArea)
        );
    }

    proptest! {
        #[test]
        fn a_revoked_expired_suspended_or_unaccepted_mandate_grants_nothing(
            m in any_mandate(), scope in any_scope(), action in any_rights(), today in 1i8..31
        ) {
            let today = day(today);
            if m.ended || m.suspended || !m.accepted || today > m.valid_to || today < m.valid_from {
                prop_assert!(decide(&[m], scope, action, today).is_err());
            }
        }

        #[test]
        fn a_check_never_allows_more_than_the_mandates_areas_and_rights(
            mandates in prop::collection::vec(any_mandate(), 0..4),
            scope in any_scope(), action in any_rights(), today in 1i8..31
        ) {
            let today = day(today);
            if decide(&mandates, scope, action, today).is_ok() {
                prop_assert!(mandates.iter().any(|m| m.status(today) == Status::Active
                    && m.scopes.contains(&scope)
                    && (m.rights == Rights::Act || action == Rights::Look)));
            }
        }

        #[test]
        fn a_letter_is_seen_only_through_one_permission_in_force_with_post_and_its_area(
            mandates in prop::collection::vec(any_mandate(), 0..4),
            area in prop::sample::select(Area::ALL.to_vec()), action in any_rights(), today in 1i8..31
        ) {
            let today = day(today);
            let allowed = may_read_letter(&mandates, area, action, today).is_ok();
            prop_assert_eq!(allowed, mandates.iter().any(|m| m.status(today) == Status::Active
                && m.scopes.contains(&Scope::Post)
                && m.scopes.contains(&letters_need(area))
                && m.rights.allows(action)));
            prop_assert_eq!(allowed, readable_areas(&mandates, action, today).contains(&area));
        }
    }
}
