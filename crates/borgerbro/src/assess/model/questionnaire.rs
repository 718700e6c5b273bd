//! The inclusion questionnaire: for each of the six principles for digital inclusion a
//! few questions with fixed answers, each answer with its published impact points, and
//! the mitigation questions with their points. The points are the rule, so they live
//! here once: the page shows them beside each answer, the API scores by them, and
//! `score` sums them. A question's code is `principle.question`; its words are in
//! Fluent (`assess-q-<code>`), so the code never changes when the wording does.

use serde::Serialize;

/// The six principles for digital inclusion (DESIGN.md's first table), in their order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Principle {
    /// 1 Have an eye for the consequences of digitalisation.
    Consequences,
    /// 2 Design solutions for all.
    DesignForAll,
    /// 3 Communicate so everyone understands.
    Communicate,
    /// 4 Help citizens with their digital errands.
    HelpErrands,
    /// 5 Help those who help.
    HelpHelpers,
    /// 6 Offer usable alternatives.
    Alternatives,
}

impl Principle {
    pub const ALL: [Principle; 6] = [
        Principle::Consequences,
        Principle::DesignForAll,
        Principle::Communicate,
        Principle::HelpErrands,
        Principle::HelpHelpers,
        Principle::Alternatives,
    ];

    /// The principle's name in Fluent, as DESIGN.md's first table words it.
    pub fn label_key(self) -> &'static str {
        match self {
            Principle::Consequences => "assess-principle-consequences",
            Principle::DesignForAll => "assess-principle-design-for-all",
            Principle::Communicate => "assess-principle-communicate",
            Principle::HelpErrands => "assess-principle-help-errands",
            Principle::HelpHelpers => "assess-principle-help-helpers",
            Principle::Alternatives => "assess-principle-alternatives",
        }
    }
}

/// A fixed answer and the points it gives.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Answer {
    pub code: &'static str,
    pub points: u32,
}

/// A question with its fixed answers. An impact question has a principle; a mitigation
/// question has none (a mitigation may serve several).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Question {
    pub code: &'static str,
    pub principle: Option<Principle>,
    pub answers: &'static [Answer],
}

impl Question {
    /// The most points an answer to this question gives: its share of the maximum.
    pub fn max_points(&self) -> u32 {
        self.answers.iter().map(|a| a.points).max().unwrap_or(0)
    }

    pub fn answer(&self, code: &str) -> Option<Answer> {
        self.answers.iter().copied().find(|a| a.code == code)
    }

    /// The question's words in Fluent: `assess-q-` and its code, `.` and `_` as `-`.
    pub fn label_key(&self) -> String {
        format!("assess-q-{}", self.code.replace(['.', '_'], "-"))
    }

    /// An answer's words in Fluent: the question's key, `--` and the answer's code.
    pub fn answer_key(&self, answer: &Answer) -> String {
        format!("{}--{}", self.label_key(), answer.code.replace('_', "-"))
    }
}

const fn a(code: &'static str, points: u32) -> Answer {
    Answer { code, points }
}

const fn q(code: &'static str, principle: Principle, answers: &'static [Answer]) -> Question {
    Question {
        code,
        principle: Some(principle),
        answers,
    }
}

const fn m(code: &'static str, answers: &'static [Answer]) -> Question {
    Question {
        code,
        principle: None,
        answers,
    }
}

use Principle::*;

/// The impact questions: more points, more risk that someone is left out. 20 questions,
/// 3 or 4 a principle; at most 56 points in all.
pub const QUESTIONS: [Question; 20] = [
    // 1 Consequences: how many, how hard, how lasting.
    q(
        "consequences.people_affected",
        Consequences,
        &[a("few", 0), a("some", 1), a("many", 2), a("all", 3)],
    ),
    q(
        "consequences.removes_analog",
        Consequences,
        &[a("no", 0), a("partly", 2), a("yes", 4)],
    ),
    q(
        "consequences.reversible",
        Consequences,
        &[a("easily", 0), a("with_effort", 1), a("hardly", 3)],
    ),
    q(
        "consequences.money_or_rights",
        Consequences,
        &[a("no", 0), a("indirectly", 2), a("directly", 3)],
    ),
    // 2 Design for all: what the citizen must have and be able to.
    q(
        "design_for_all.new_skills",
        DesignForAll,
        &[a("none", 0), a("some", 1), a("many", 3)],
    ),
    q(
        "design_for_all.device",
        DesignForAll,
        &[a("any", 0), a("phone_or_computer", 1), a("specific", 2)],
    ),
    q(
        "design_for_all.mitid",
        DesignForAll,
        &[a("no", 0), a("with_alternative", 1), a("yes", 3)],
    ),
    q(
        "design_for_all.assistive_technology",
        DesignForAll,
        &[
            a("known_to_work", 0),
            a("unknown", 2),
            a("known_not_to_work", 3),
        ],
    ),
    // 3 Communicate: what the citizen must read and understand.
    q(
        "communicate.new_texts",
        Communicate,
        &[a("none", 0), a("few", 1), a("many", 2)],
    ),
    q(
        "communicate.legal_terms",
        Communicate,
        &[a("no", 0), a("some", 1), a("many", 2)],
    ),
    q(
        "communicate.danish_only",
        Communicate,
        &[a("no", 0), a("yes", 2)],
    ),
    // 4 Help with errands: who will need help, and what a missed step costs.
    q(
        "help_errands.share_needing_help",
        HelpErrands,
        &[a("low", 0), a("medium", 2), a("high", 3)],
    ),
    q(
        "help_errands.deadline",
        HelpErrands,
        &[a("no", 0), a("yes", 3)],
    ),
    q(
        "help_errands.front_desk_load",
        HelpErrands,
        &[a("no", 0), a("some", 1), a("much", 2)],
    ),
    // 5 Help those who help: whether helpers can act without a password.
    q(
        "help_helpers.mandates",
        HelpHelpers,
        &[a("yes", 0), a("partly", 1), a("no", 3)],
    ),
    q(
        "help_helpers.password_sharing",
        HelpHelpers,
        &[a("no", 0), a("possible", 2), a("likely", 3)],
    ),
    q(
        "help_helpers.burden_on_relatives",
        HelpHelpers,
        &[a("no", 0), a("some", 1), a("much", 2)],
    ),
    // 6 Alternatives: what remains for someone who cannot go digital.
    q(
        "alternatives.analog_way",
        Alternatives,
        &[a("equal", 0), a("limited", 2), a("none", 4)],
    ),
    q(
        "alternatives.exemption",
        Alternatives,
        &[a("without_reason", 0), a("on_application", 1), a("none", 3)],
    ),
    q(
        "alternatives.personal_contact",
        Alternatives,
        &[a("yes", 0), a("limited", 1), a("no", 3)],
    ),
];

/// The mitigation questions: more points, more done to keep everyone in. At most 24
/// points in all, so the 80% line (`score`) is 20 points.
pub const MITIGATIONS: [Question; 10] = [
    m("mitigation.analog_way_staffed", &[a("no", 0), a("yes", 3)]),
    m(
        "mitigation.user_tests_groups_at_risk",
        &[a("no", 0), a("planned", 1), a("done", 3)],
    ),
    m(
        "mitigation.plain_language_checked",
        &[a("no", 0), a("yes", 2)],
    ),
    m("mitigation.accessibility_audit", &[a("no", 0), a("yes", 3)]),
    m("mitigation.helper_mandates", &[a("no", 0), a("yes", 2)]),
    m("mitigation.front_desk_trained", &[a("no", 0), a("yes", 2)]),
    m("mitigation.languages", &[a("no", 0), a("yes", 2)]),
    m(
        "mitigation.exemption_without_reason",
        &[a("no", 0), a("yes", 2)],
    ),
    m(
        "mitigation.live_figures_watched",
        &[a("no", 0), a("yes", 3)],
    ),
    m("mitigation.human_review", &[a("no", 0), a("yes", 2)]),
];

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    #[test]
    fn codes_are_unique_and_name_their_principle() {
        let mut seen = HashSet::new();
        for question in QUESTIONS.iter().chain(MITIGATIONS.iter()) {
            assert!(seen.insert(question.code), "{} twice", question.code);
            let mut answers = HashSet::new();
            for answer in question.answers {
                assert!(
                    answers.insert(answer.code),
                    "{}: {} twice",
                    question.code,
                    answer.code
                );
            }
            // Every question has an answer that adds nothing, so a project that does no
            // harm (or no mitigation) can say so.
            assert!(
                question.answers.iter().any(|a| a.points == 0),
                "{}",
                question.code
            );
        }
        for question in QUESTIONS {
            let prefix = question.code.split('.').next().unwrap();
            let principle = serde_json::to_value(question.principle.unwrap()).unwrap();
            assert_eq!(principle, prefix, "{}", question.code);
        }
        assert!(MITIGATIONS
            .iter()
            .all(|q| q.principle.is_none() && q.code.starts_with("mitigation.")));
    }

    #[test]
    fn every_principle_has_three_to_five_questions() {
        for principle in Principle::ALL {
            let n = QUESTIONS
                .iter()
                .filter(|q| q.principle == Some(principle))
                .count();
            assert!((3..=5).contains(&n), "{principle:?}: {n}");
        }
    }

    #[test]
    fn every_question_answer_and_principle_has_words_in_every_language() {
        use crate::i18n::Lang;
        let mut keys: Vec<String> = Principle::ALL
            .iter()
            .map(|p| p.label_key().to_owned())
            .collect();
        for question in QUESTIONS.iter().chain(MITIGATIONS.iter()) {
            keys.push(question.label_key());
            keys.extend(question.answers.iter().map(|a| question.answer_key(a)));
        }
        for lang in Lang::ALL {
            for key in &keys {
                assert!(lang.try_t(key).is_some(), "{key} in {lang:?}");
            }
        }
    }

    #[test]
    fn the_maxima_are_as_documented() {
        assert_eq!(QUESTIONS.iter().map(Question::max_points).sum::<u32>(), 56);
        assert_eq!(
            MITIGATIONS.iter().map(Question::max_points).sum::<u32>(),
            24
        );
    }
}
