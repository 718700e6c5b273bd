//! What a change to a permission in force does: less at once, more only after the
//! helper's yes.

use jiff::civil::Date;

use super::access::Mandate;
use super::scope::{Rights, Scope};

/// What a permission lets its helper do: the part a citizen can change (with the note,
/// which lets no one do anything).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Terms {
    pub scopes: Vec<Scope>,
    pub rights: Rights,
    /// The last day, included.
    pub valid_to: Date,
}

impl Terms {
    pub(crate) fn of(mandate: &Mandate) -> Terms {
        Terms {
            scopes: mandate.scopes.clone(),
            rights: mandate.rights,
            valid_to: mandate.valid_to,
        }
    }

    /// Whether these terms allow everything `other` allows (and maybe more).
    pub(crate) fn covers(&self, other: &Terms) -> bool {
        other.scopes.iter().all(|s| self.scopes.contains(s))
            && self.rights.allows(other.rights)
            && other.valid_to <= self.valid_to
    }

    /// What both allow; `None` when they have no area in common.
    pub(crate) fn meet(&self, other: &Terms) -> Option<Terms> {
        let mut scopes: Vec<Scope> = self
            .scopes
            .iter()
            .filter(|s| other.scopes.contains(s))
            .copied()
            .collect();
        scopes.sort();
        scopes.dedup();
        if scopes.is_empty() {
            return None;
        }
        let rights = if self.rights == Rights::Act && other.rights == Rights::Act {
            Rights::Act
        } else {
            Rights::Look
        };
        Some(Terms {
            scopes,
            rights,
            valid_to: self.valid_to.min(other.valid_to),
        })
    }
}

/// What a change to a permission does. Anything that gives the helper less applies at
/// once; anything that gives more waits for the helper's yes, as a new permission would,
/// and until then the old one applies narrowed to what both allow.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ChangePlan {
    /// The permission's terms from now on; `None` when the old and the new have nothing
    /// in common, so the old one ends at once.
    pub now: Option<Terms>,
    /// A new permission with the wanted terms, waiting for the helper's yes; `None` when
    /// the change gives nothing more.
    pub waiting: Option<Terms>,
}

/// Plans the change of `current` into `wanted`. A permission the helper has not said yes
/// to grants nothing yet, so it simply takes the new terms and still waits.
pub fn plan_change(current: &Mandate, wanted: &Terms) -> ChangePlan {
    let old = Terms::of(current);
    if !current.accepted || old.covers(wanted) {
        return ChangePlan {
            now: Some(wanted.clone()),
            waiting: None,
        };
    }
    ChangePlan {
        now: old.meet(wanted),
        waiting: Some(wanted.clone()),
    }
}

/// The permission with other terms (same id, same state).
pub fn with_terms(mandate: &Mandate, terms: &Terms) -> Mandate {
    Mandate {
        scopes: terms.scopes.clone(),
        rights: terms.rights,
        valid_to: terms.valid_to,
        ..mandate.clone()
    }
}

#[cfg(test)]
mod tests {
    use super::super::decide;
    use super::super::testing::*;
    use super::*;
    use crate::post::Area;
    use proptest::prelude::*;

    #[test]
    fn a_change_that_gives_more_waits_and_the_old_one_is_narrowed_meanwhile() {
        let current = mandate(&[Scope::Post, Scope::Subject(Area::Health)], Rights::Act);
        let less = Terms {
            scopes: vec![Scope::Post],
            rights: Rights::Look,
            valid_to: day(20),
        };
        assert_eq!(
            plan_change(&current, &less),
            ChangePlan {
                now: Some(less.clone()),
                waiting: None
            }
        );
        let more = Terms {
            scopes: vec![Scope::Post, Scope::Subject(Area::Housing)],
            rights: Rights::Act,
            valid_to: day(20),
        };
        assert_eq!(
            plan_change(&current, &more),
            ChangePlan {
                now: Some(Terms {
                    scopes: vec![Scope::Post],
                    rights: Rights::Act,
                    valid_to: day(20)
                }),
                waiting: Some(more.clone())
            }
        );
        let elsewhere = Terms {
            scopes: vec![Scope::Bookings],
            ..more.clone()
        };
        assert_eq!(
            plan_change(&current, &elsewhere).now,
            None,
            "nothing in common"
        );
        let pending = Mandate {
            accepted: false,
            ..current
        };
        assert_eq!(
            plan_change(&pending, &more),
            ChangePlan {
                now: Some(more),
                waiting: None
            },
            "not said yes to yet: it just waits with the new terms"
        );
    }

    proptest! {
        #[test]
        fn a_change_never_lets_the_helper_do_more_before_they_accept(
            m in any_mandate(),
            scopes in prop::collection::vec(any_scope(), 1..5),
            rights in any_rights(),
            to in 1i8..31,
            scope in any_scope(), action in any_rights(), today in 1i8..31
        ) {
            let wanted = Terms { scopes, rights, valid_to: day(to) };
            let today = day(today);
            let plan = plan_change(&m, &wanted);
            let mut after = Vec::new();
            if let Some(now) = &plan.now {
                after.push(with_terms(&m, now));
            }
            if let Some(waiting) = &plan.waiting {
                // A new permission: it waits for the helper's yes.
                after.push(Mandate { id: "w".into(), accepted: false, ended: false, suspended: false, ..with_terms(&m, waiting) });
            }
            if decide(&after, scope, action, today).is_ok() {
                prop_assert!(decide(std::slice::from_ref(&m), scope, action, today).is_ok(), "the old one allowed it");
                prop_assert!(wanted.scopes.contains(&scope) && wanted.rights.allows(action) && today <= wanted.valid_to, "the new one allows it");
            }
        }

        #[test]
        fn a_change_that_gives_less_applies_at_once_and_one_that_gives_more_waits(
            m in any_mandate(),
            scopes in prop::collection::vec(any_scope(), 1..5),
            rights in any_rights(),
            to in 1i8..31,
        ) {
            let wanted = Terms { scopes, rights, valid_to: day(to) };
            let plan = plan_change(&m, &wanted);
            if Terms::of(&m).covers(&wanted) || !m.accepted {
                prop_assert_eq!(plan, ChangePlan { now: Some(wanted), waiting: None });
            } else {
                prop_assert_eq!(plan.waiting, Some(wanted));
            }
        }
    }
}
