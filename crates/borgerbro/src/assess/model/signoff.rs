//! Who signs a version off, and the rule before a project's assessment is published: the
//! sign-offs its level requires, and at level III or IV an involvement activity with
//! people from the groups at risk.

use super::score::{Level, Obligation};

/// The role a sign-off is given in, as stored in `assess_signoffs.role`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum SignOffRole {
    DataProtectionOfficer,
    CitizensAdviser,
    /// The management; no staff role gives it yet, so a level IV assessment cannot be
    /// published until one does (DESIGN.md, `assess/`).
    Management,
}

impl SignOffRole {
    pub const ALL: [SignOffRole; 3] = [
        SignOffRole::DataProtectionOfficer,
        SignOffRole::CitizensAdviser,
        SignOffRole::Management,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            SignOffRole::DataProtectionOfficer => "data_protection_officer",
            SignOffRole::CitizensAdviser => "citizens_adviser",
            SignOffRole::Management => "management",
        }
    }

    /// The role's name in Fluent.
    pub fn label_key(self) -> String {
        format!("assess-signoff-role-{}", self.as_str().replace('_', "-"))
    }

    /// The role of a stored code; `None` for one this build does not know.
    pub fn parse(code: &str) -> Option<SignOffRole> {
        SignOffRole::ALL.into_iter().find(|r| r.as_str() == code)
    }

    /// The sign-offs a level requires, from its obligations.
    pub fn required(level: Level) -> Vec<SignOffRole> {
        level
            .obligations()
            .into_iter()
            .filter_map(|obligation| match obligation {
                Obligation::DataProtectionOfficerSignOff => {
                    Some(SignOffRole::DataProtectionOfficer)
                }
                Obligation::CitizensAdviserSignOff => Some(SignOffRole::CitizensAdviser),
                Obligation::ManagementSignOff => Some(SignOffRole::Management),
                Obligation::Publish
                | Obligation::UserTestsWithGroupsAtRisk
                | Obligation::Hearing => None,
            })
            .collect()
    }
}

/// Why a version may not be published yet.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PublishRefusal {
    /// Level III or IV and no involvement activity with people from the groups at risk.
    NoInvolvement,
    /// Sign-offs the level requires that the version does not have.
    MissingSignOffs(Vec<SignOffRole>),
}

/// Whether a version at `level`, signed off by `signed`, may be published; the first
/// thing missing when not. Involvement is named first: it takes the longest to mend.
pub fn may_publish(
    level: Level,
    involved_groups_at_risk: bool,
    signed: &[SignOffRole],
) -> Result<(), PublishRefusal> {
    let needs_involvement = level
        .obligations()
        .contains(&Obligation::UserTestsWithGroupsAtRisk);
    if needs_involvement && !involved_groups_at_risk {
        return Err(PublishRefusal::NoInvolvement);
    }
    let missing: Vec<SignOffRole> = SignOffRole::required(level)
        .into_iter()
        .filter(|role| !signed.contains(role))
        .collect();
    if missing.is_empty() {
        Ok(())
    } else {
        Err(PublishRefusal::MissingSignOffs(missing))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_code_reads_back() {
        for role in SignOffRole::ALL {
            assert_eq!(SignOffRole::parse(role.as_str()), Some(role));
        }
        assert_eq!(SignOffRole::parse("caseworker"), None);
    }

    #[test]
    fn low_levels_need_only_the_data_protection_officer() {
        use SignOffRole::*;
        for level in [Level::I, Level::II] {
            assert_eq!(
                may_publish(level, false, &[]),
                Err(PublishRefusal::MissingSignOffs(vec![DataProtectionOfficer]))
            );
            assert_eq!(may_publish(level, false, &[DataProtectionOfficer]), Ok(()));
        }
    }

    #[test]
    fn level_three_needs_involvement_and_both_sign_offs() {
        use SignOffRole::*;
        let both = [DataProtectionOfficer, CitizensAdviser];
        assert_eq!(
            may_publish(Level::III, false, &both),
            Err(PublishRefusal::NoInvolvement)
        );
        assert_eq!(
            may_publish(Level::III, true, &[DataProtectionOfficer]),
            Err(PublishRefusal::MissingSignOffs(vec![CitizensAdviser]))
        );
        assert_eq!(may_publish(Level::III, true, &both), Ok(()));
    }

    #[test]
    fn level_four_needs_the_management_too() {
        use SignOffRole::*;
        assert_eq!(
            may_publish(Level::IV, true, &[DataProtectionOfficer, CitizensAdviser]),
            Err(PublishRefusal::MissingSignOffs(vec![Management]))
        );
    }
}
