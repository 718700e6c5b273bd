//! The rules of involving citizens, without the database: what an activity and a piece of
//! input must hold, and follow-or-explain (an input not followed carries its reason).

use crate::assess::model::GroupAtRisk;
use crate::forms::FormErrors;

/// The longest description, input or reason a form takes.
pub(crate) const MAX_TEXT: usize = 5_000;
/// More participants than this in one activity is a typing error, not a hearing.
pub(crate) const MAX_PARTICIPANTS: u32 = 100_000;
/// The most a participant is paid for their time, in kroner.
pub(crate) const MAX_PAID_DKK: u32 = 100_000;

/// How citizens were involved.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Kind {
    Workshop,
    UserTest,
    CitizenPanel,
    Council,
    Interview,
}

impl Kind {
    pub(crate) const ALL: [Kind; 5] = [
        Kind::Workshop,
        Kind::UserTest,
        Kind::CitizenPanel,
        Kind::Council,
        Kind::Interview,
    ];

    pub(crate) fn as_str(self) -> &'static str {
        match self {
            Kind::Workshop => "workshop",
            Kind::UserTest => "user_test",
            Kind::CitizenPanel => "citizen_panel",
            Kind::Council => "council",
            Kind::Interview => "interview",
        }
    }

    pub(crate) fn parse(text: &str) -> Option<Kind> {
        Kind::ALL.into_iter().find(|k| k.as_str() == text)
    }

    pub(crate) fn label_key(self) -> String {
        format!("involvement-kind-{}", self.as_str().replace('_', "-"))
    }
}

/// A held activity.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Activity {
    pub id: String,
    pub kind: Kind,
    pub held_on: jiff::civil::Date,
    pub participants: u32,
    /// The groups at risk among the participants, in `GroupAtRisk::ALL`'s order.
    pub groups: Vec<GroupAtRisk>,
    /// What each participant was paid for their time, in kroner; `None` when unpaid.
    pub paid_dkk: Option<u32>,
    pub description: String,
}

impl Activity {
    /// What the publish rule reads: people from the groups at risk took part.
    pub(crate) fn with_groups_at_risk(&self) -> bool {
        !self.groups.is_empty()
    }
}

/// The activity form as typed; `check` makes an activity of it or says what is wrong.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct ActivityDraft {
    pub kind: String,
    pub held_on: String,
    pub participants: String,
    pub groups: Vec<String>,
    pub paid: bool,
    pub paid_dkk: String,
    pub description: String,
}

impl ActivityDraft {
    pub(crate) fn check(&self, id: String) -> Result<Activity, FormErrors> {
        let mut errors = FormErrors::default();
        let kind = Kind::parse(&self.kind);
        if kind.is_none() {
            errors.add("kind", "involvement-error-kind");
        }
        let held_on = self.held_on.trim().parse::<jiff::civil::Date>().ok();
        if held_on.is_none() {
            errors.add("held_on", "involvement-error-held-on");
        }
        let participants = self
            .participants
            .trim()
            .parse::<u32>()
            .ok()
            .filter(|n| (1..=MAX_PARTICIPANTS).contains(n));
        if participants.is_none() {
            errors.add("participants", "involvement-error-participants");
        }
        let mut groups = Vec::new();
        for typed in &self.groups {
            match GroupAtRisk::parse(typed) {
                Some(group) if !groups.contains(&group) => groups.push(group),
                Some(_) => {}
                None => errors.add("groups", "involvement-error-groups"),
            }
        }
        groups.sort_by_key(|g| GroupAtRisk::ALL.iter().position(|a| a == g));
        let paid_dkk = match self.paid {
            false => None,
            true => {
                let amount = self
                    .paid_dkk
                    .trim()
                    .parse::<u32>()
                    .ok()
                    .filter(|n| (1..=MAX_PAID_DKK).contains(n));
                if amount.is_none() {
                    errors.add("paid_dkk", "involvement-error-paid");
                }
                amount
            }
        };
        let description = errors.text(
            "description",
            &self.description,
            MAX_TEXT,
            "involvement-error-too-long",
        );
        if description.is_empty() {
            errors.add("description", "involvement-error-description");
        }
        match (kind, held_on, participants) {
            (Some(kind), Some(held_on), Some(participants)) if errors.is_empty() => Ok(Activity {
                id,
                kind,
                held_on,
                participants,
                groups,
                paid_dkk,
                description,
            }),
            _ => Err(errors),
        }
    }
}

/// The project's answer to a piece of input: follow or explain.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Answer {
    Followed,
    NotFollowed,
}

impl Answer {
    pub(crate) fn as_str(self) -> &'static str {
        match self {
            Answer::Followed => "followed",
            Answer::NotFollowed => "not_followed",
        }
    }

    pub(crate) fn parse(text: &str) -> Option<Answer> {
        [Answer::Followed, Answer::NotFollowed]
            .into_iter()
            .find(|a| a.as_str() == text)
    }
}

/// A piece of input with the project's answer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Input {
    pub id: String,
    pub activity_id: Option<String>,
    pub input: String,
    pub answer: Answer,
    /// How it was followed, or why not; never empty when not followed.
    pub reason: String,
}

/// The input form as typed.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct InputDraft {
    pub activity_id: String,
    pub input: String,
    pub answer: String,
    pub reason: String,
}

impl InputDraft {
    /// The input, or what is wrong; `activities` are the project's, which the input may
    /// name as its source.
    pub(crate) fn check(&self, id: String, activities: &[Activity]) -> Result<Input, FormErrors> {
        let mut errors = FormErrors::default();
        let activity_id = match self.activity_id.trim() {
            "" => None,
            typed => {
                if !activities.iter().any(|a| a.id == typed) {
                    errors.add("activity_id", "involvement-error-activity");
                }
                Some(typed.to_owned())
            }
        };
        let input = errors.text("input", &self.input, MAX_TEXT, "involvement-error-too-long");
        if input.is_empty() {
            errors.add("input", "involvement-error-input");
        }
        let answer = Answer::parse(&self.answer);
        if answer.is_none() {
            errors.add("answer", "involvement-error-answer");
        }
        let reason = errors.text(
            "reason",
            &self.reason,
            MAX_TEXT,
            "involvement-error-too-long",
        );
        // Follow or explain: "not followed" is an answer only with its reason.
        if answer == Some(Answer::NotFollowed) && reason.is_empty() {
            errors.add("reason", "involvement-error-reason");
        }
        match answer {
            Some(answer) if errors.is_empty() => Ok(Input {
                id,
                activity_id,
                input,
                answer,
                reason,
            }),
            _ => Err(errors),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn activity() -> ActivityDraft {
        ActivityDraft {
            kind: "user_test".into(),
            held_on: "2026-10-14".into(),
            participants: "8".into(),
            groups: vec!["weak_danish".into(), "elderly".into(), "elderly".into()],
            paid: true,
            paid_dkk: "200".into(),
            description: "Brugertest på Viby Bibliotek".into(),
        }
    }

    #[test]
    fn an_activity_keeps_its_groups_once_in_order_and_its_pay() {
        let a = activity().check("a1".into()).unwrap();
        assert_eq!(a.kind, Kind::UserTest);
        assert_eq!(
            a.groups,
            vec![GroupAtRisk::Elderly, GroupAtRisk::WeakDanish]
        );
        assert_eq!(a.paid_dkk, Some(200));
        assert!(a.with_groups_at_risk());
        let unpaid = ActivityDraft {
            paid: false,
            paid_dkk: "nonsense".into(),
            groups: vec![],
            ..activity()
        }
        .check("a2".into())
        .unwrap();
        assert_eq!(unpaid.paid_dkk, None);
        assert!(!unpaid.with_groups_at_risk());
    }

    #[test]
    fn a_wrong_activity_names_every_field() {
        let errors = ActivityDraft {
            kind: "party".into(),
            held_on: "14/10".into(),
            participants: "0".into(),
            groups: vec!["tourists".into()],
            paid: true,
            paid_dkk: "".into(),
            description: "  ".into(),
        }
        .check("a".into())
        .unwrap_err();
        for field in [
            "kind",
            "held_on",
            "participants",
            "groups",
            "paid_dkk",
            "description",
        ] {
            assert!(errors.has(field), "{field}");
        }
    }

    fn input(answer: &str, reason: &str) -> InputDraft {
        InputDraft {
            activity_id: String::new(),
            input: "Skriv telefonnummeret på brevet".into(),
            answer: answer.into(),
            reason: reason.into(),
        }
    }

    #[test]
    fn not_followed_without_a_reason_is_refused() {
        let errors = input("not_followed", "  ")
            .check("i".into(), &[])
            .unwrap_err();
        assert_eq!(errors.get("reason"), Some("involvement-error-reason"));
        let explained = input("not_followed", "Loven kræver det ikke")
            .check("i".into(), &[])
            .unwrap();
        assert_eq!(explained.answer, Answer::NotFollowed);
        let followed = input("followed", "").check("i".into(), &[]).unwrap();
        assert_eq!(followed.answer, Answer::Followed);
    }

    #[test]
    fn input_names_only_the_projects_activities() {
        let a = activity().check("a1".into()).unwrap();
        let ok = InputDraft {
            activity_id: "a1".into(),
            ..input("followed", "")
        };
        assert_eq!(
            ok.check("i".into(), std::slice::from_ref(&a))
                .unwrap()
                .activity_id
                .as_deref(),
            Some("a1")
        );
        let other = InputDraft {
            activity_id: "a9".into(),
            ..input("maybe", "")
        };
        let errors = other.check("i".into(), &[a]).unwrap_err();
        assert!(errors.has("activity_id") && errors.has("answer"));
    }
}
