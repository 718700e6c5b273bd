//! The groups at risk of being left out when an authority digitalises: the codes a
//! project names the groups it affects by (`assess_projects.groups_at_risk`) and an
//! involvement activity the groups that took part (`assess_activities.groups`).

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum GroupAtRisk {
    Elderly,
    Disabled,
    /// People with weak Danish.
    WeakDanish,
    Homeless,
    Prisoners,
    /// People without MitID.
    NoMitid,
    /// People without a CPR number.
    NoCpr,
}

impl GroupAtRisk {
    pub const ALL: [GroupAtRisk; 7] = [
        GroupAtRisk::Elderly,
        GroupAtRisk::Disabled,
        GroupAtRisk::WeakDanish,
        GroupAtRisk::Homeless,
        GroupAtRisk::Prisoners,
        GroupAtRisk::NoMitid,
        GroupAtRisk::NoCpr,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            GroupAtRisk::Elderly => "elderly",
            GroupAtRisk::Disabled => "disabled",
            GroupAtRisk::WeakDanish => "weak_danish",
            GroupAtRisk::Homeless => "homeless",
            GroupAtRisk::Prisoners => "prisoners",
            GroupAtRisk::NoMitid => "no_mitid",
            GroupAtRisk::NoCpr => "no_cpr",
        }
    }

    /// The group of a stored or typed code; `None` for a code this build does not know,
    /// which the caller refuses rather than reads as some default group.
    pub fn parse(code: &str) -> Option<GroupAtRisk> {
        GroupAtRisk::ALL.into_iter().find(|g| g.as_str() == code)
    }

    /// The group's name in Fluent (`assess-group-<code>`), for every page that names it.
    pub fn label_key(self) -> String {
        format!("assess-group-{}", self.as_str().replace('_', "-"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_code_reads_back_and_matches_serde() {
        for group in GroupAtRisk::ALL {
            assert_eq!(GroupAtRisk::parse(group.as_str()), Some(group));
            let json = serde_json::to_string(&group).unwrap();
            assert_eq!(json, format!("\"{}\"", group.as_str()));
        }
        assert_eq!(GroupAtRisk::parse("tourists"), None);
    }
}
