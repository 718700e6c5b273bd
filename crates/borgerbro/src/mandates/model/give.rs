//! Who may give a permission, and the rules a new one must keep.

use jiff::civil::Date;
use jiff::ToSpan;

use super::access::{Mandate, Status};
use super::scope::{Rights, Scope};

/// The authority's limits on permissions.
#[derive(Debug, Clone, PartialEq, Eq, serde::Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct MandatePolicy {
    /// A permission lasts this long unless the citizen says otherwise ...
    pub default_days: i32,
    /// ... and never longer than this.
    pub max_days: i32,
}

impl Default for MandatePolicy {
    fn default() -> Self {
        Self {
            default_days: 365,
            max_days: 3 * 365,
        }
    }
}

/// Who gives a permission. Only the citizen, or staff or a system acting on the
/// citizen's request, can; a helper can never give themselves (or anyone) a permission
/// over someone else.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Giver {
    Citizen(String),
    /// The front desk, after checking the citizen's identity in person.
    FrontDesk(String),
    /// A system with an API key (the front desk's own systems).
    System(String),
}

pub fn may_give(giver: &Giver, citizen_id: &str) -> bool {
    match giver {
        Giver::Citizen(id) => id == citizen_id,
        Giver::FrontDesk(_) | Giver::System(_) => true,
    }
}

/// A permission someone asks to give.
#[derive(Debug, Clone)]
pub struct Proposal {
    pub citizen_id: String,
    pub helper_id: String,
    pub scopes: Vec<Scope>,
    pub rights: Rights,
    pub valid_from: Date,
    pub valid_to: Date,
}

/// Each rule a proposed permission breaks, as (field, message key). `existing` are the
/// citizen's permissions to the same helper: a second identical one is refused.
pub fn proposal_problems(
    proposal: &Proposal,
    existing: &[Mandate],
    policy: &MandatePolicy,
    today: Date,
) -> Vec<(&'static str, &'static str)> {
    let mut problems = Vec::new();
    if proposal.helper_id == proposal.citizen_id {
        problems.push(("helper", "mandate-helper-is-citizen"));
    }
    if proposal.scopes.is_empty() {
        problems.push(("areas", "mandate-areas-missing"));
    }
    if proposal.valid_to < proposal.valid_from {
        problems.push(("valid_to", "mandate-dates-order"));
    } else if proposal.valid_to < today {
        problems.push(("valid_to", "mandate-ends-in-past"));
    } else if proposal
        .valid_from
        .checked_add(policy.max_days.days())
        .is_ok_and(|latest| proposal.valid_to > latest)
    {
        problems.push(("valid_to", "mandate-too-long"));
    }
    let same = |m: &Mandate| {
        let mut ours = proposal.scopes.clone();
        let mut theirs = m.scopes.clone();
        ours.sort();
        theirs.sort();
        ours == theirs
            && m.rights == proposal.rights
            && m.valid_from == proposal.valid_from
            && m.valid_to == proposal.valid_to
            && matches!(
                m.status(today),
                Status::Active | Status::Pending | Status::NotYetValid
            )
    };
    if existing.iter().any(same) {
        problems.push(("helper", "mandate-duplicate"));
    }
    problems
}

#[cfg(test)]
mod tests {
    use super::super::testing::*;
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn a_proposal_breaking_the_rules_is_refused_field_by_field() {
        let policy = MandatePolicy::default();
        let proposal = Proposal {
            citizen_id: "karen".into(),
            helper_id: "karen".into(),
            scopes: vec![],
            rights: Rights::Look,
            valid_from: day(10),
            valid_to: day(5),
        };
        assert_eq!(
            proposal_problems(&proposal, &[], &policy, day(1)),
            vec![
                ("helper", "mandate-helper-is-citizen"),
                ("areas", "mandate-areas-missing"),
                ("valid_to", "mandate-dates-order")
            ]
        );
        let too_long = Proposal {
            helper_id: "peter".into(),
            scopes: vec![Scope::Post],
            valid_from: day(1),
            valid_to: Date::new(2030, 1, 1).unwrap(),
            ..proposal.clone()
        };
        assert_eq!(
            proposal_problems(&too_long, &[], &policy, day(1)),
            vec![("valid_to", "mandate-too-long")]
        );
        let existing = mandate(&[Scope::Post], Rights::Look);
        let again = Proposal {
            valid_to: day(31),
            ..too_long
        };
        assert_eq!(
            proposal_problems(&again, &[existing], &policy, day(1)),
            vec![("helper", "mandate-duplicate")]
        );
    }

    proptest! {
        #[test]
        fn nobody_gives_a_permission_over_someone_else(giver in "[a-z]{1,8}", citizen in "[a-z]{1,8}") {
            prop_assert_eq!(may_give(&Giver::Citizen(giver.clone()), &citizen), giver == citizen);
        }

        #[test]
        fn a_citizen_cannot_be_their_own_helper(id in "[a-z]{1,8}", scopes in prop::collection::vec(any_scope(), 1..3)) {
            let proposal = Proposal {
                citizen_id: id.clone(),
                helper_id: id,
                scopes,
                rights: Rights::Act,
                valid_from: day(1),
                valid_to: day(2),
            };
            let problems = proposal_problems(&proposal, &[], &MandatePolicy::default(), day(1));
            prop_assert!(problems.contains(&("helper", "mandate-helper-is-citizen")));
        }
    }
}
