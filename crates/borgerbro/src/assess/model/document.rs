//! What one version of an assessment holds, as the JSON document a version stores and the
//! import takes: the answers with their reasoning, the mitigations written in words, the
//! DPIA, the fundamental-rights answers and the risks. `check` is the one gate before a
//! document is stored, whoever sent it (the page or the API), so every problem is named
//! by its field and nothing half-valid is kept.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::questionnaire::{MITIGATIONS, QUESTIONS};
use super::rights::{Dpia, Rights, Risk};
use super::score::{score, Score, ScoreError};
use crate::forms::{control_problem, FormErrors, Lines};

/// The longest text one field of a document may hold, in characters: room for a careful
/// argument, not for a pasted report.
pub const MAX_TEXT_CHARS: usize = 20_000;

/// The most mitigations in words, and the most risks, one document holds: room for a
/// thorough assessment, not for a pasted register.
pub const MAX_ITEMS: usize = 50;

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Document {
    /// Answer codes by question code (impact and mitigation questions).
    #[serde(default)]
    pub answers: BTreeMap<String, String>,
    /// Why each answer was given, by question code.
    #[serde(default)]
    pub reasoning: BTreeMap<String, String>,
    /// Mitigations the questionnaire does not list, in words.
    #[serde(default)]
    pub mitigations: Vec<String>,
    #[serde(default)]
    pub dpia: Dpia,
    #[serde(default)]
    pub rights: Rights,
    #[serde(default)]
    pub risks: Vec<Risk>,
}

fn known_question(code: &str) -> bool {
    QUESTIONS
        .iter()
        .chain(MITIGATIONS.iter())
        .any(|q| q.code == code)
}

fn check_text(field: String, text: &str, errors: &mut FormErrors) {
    if text.chars().count() > MAX_TEXT_CHARS {
        errors.add_value(field, "assess-error-too-long", String::new());
    } else if let Err(message) = control_problem(text, Lines::Several) {
        errors.add_value(field, message, String::new());
    }
}

impl Document {
    /// The document's score, or every problem that stops it being stored, each under its
    /// field: `answers.<question>`, `reasoning.<question>`, `mitigations[N]`,
    /// `rights.<right>.reasoning`, `risks[N].<field>`. The DPIA may still have open parts
    /// in a draft; `Dpia::check` holds them to account before sign-off.
    pub fn check(&self) -> Result<Score, FormErrors> {
        let mut errors = FormErrors::default();
        for (code, answer) in &self.answers {
            let problem = score(&BTreeMap::from([(code.clone(), answer.clone())]));
            match problem {
                Err(ScoreError::UnknownQuestion { .. }) => errors.add_value(
                    format!("answers.{code}"),
                    "assess-error-unknown-question",
                    code.clone(),
                ),
                Err(ScoreError::UnknownAnswer { .. }) => errors.add_value(
                    format!("answers.{code}"),
                    "assess-error-unknown-answer",
                    answer.clone(),
                ),
                Ok(_) => {}
            }
        }
        for (code, text) in &self.reasoning {
            let field = format!("reasoning.{code}");
            match known_question(code) {
                true => check_text(field, text, &mut errors),
                false => errors.add_value(field, "assess-error-unknown-question", code.clone()),
            }
        }
        for (field, count) in [
            ("mitigations", self.mitigations.len()),
            ("risks", self.risks.len()),
        ] {
            if count > MAX_ITEMS {
                errors.add(field, "assess-error-too-many");
            }
        }
        for (i, text) in self.mitigations.iter().enumerate() {
            let field = format!("mitigations[{i}]");
            match text.trim().is_empty() {
                true => errors.add_value(field, "assess-error-required", String::new()),
                false => check_text(field, text, &mut errors),
            }
        }
        for (field, text) in [
            ("dpia.description", &self.dpia.description),
            ("dpia.purposes", &self.dpia.purposes),
            ("dpia.necessity", &self.dpia.necessity),
            ("dpia.proportionality", &self.dpia.proportionality),
        ] {
            check_text(field.to_owned(), text, &mut errors);
        }
        for (right, answer) in &self.rights {
            let field = format!("rights.{}.reasoning", right.as_str());
            check_text(field, &answer.reasoning, &mut errors);
        }
        for (i, risk) in self.risks.iter().enumerate() {
            // `Risk::check` holds the scales and control characters; the length is the
            // document's limit.
            risk.check(i, &mut errors);
            for (name, text) in [
                ("description", &risk.description),
                ("measures", &risk.measures),
            ] {
                if text.chars().count() > MAX_TEXT_CHARS {
                    errors.add_value(
                        format!("risks[{i}].{name}"),
                        "assess-error-too-long",
                        String::new(),
                    );
                }
            }
        }
        match errors.is_empty() {
            true => score(&self.answers).map_err(|_| errors),
            false => Err(errors),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::assess::model::{Level, Right, RightAnswer, RightEffect};

    fn housing_benefit() -> Document {
        serde_json::from_value(serde_json::json!({
            "answers": {
                "consequences.removes_analog": "yes",
                "alternatives.analog_way": "limited",
                "mitigation.analog_way_staffed": "yes"
            },
            "reasoning": {
                "consequences.removes_analog": "Papirblanketten fjernes for de fleste."
            },
            "mitigations": ["Borgerservice hjælper med ansøgningen uden tidsbestilling"],
            "dpia": {
                "description": "Ansøgninger om boligstøtte modtages kun digitalt.",
                "purposes": "At afgøre boligstøtte hurtigere.",
                "necessity": "Oplysningerne kræves af loven.",
                "proportionality": "Kun de oplysninger loven kræver."
            },
            "rights": {"self_reliance": {"effect": "affected",
                                          "reasoning": "Nogle må have hjælp til at søge."}},
            "risks": [{"description": "Borgere uden MitID kan ikke søge selv",
                       "likelihood": 3, "consequence": 4,
                       "measures": "Borgerservice søger sammen med borgeren",
                       "residual_likelihood": 2, "residual_consequence": 3}]
        }))
        .unwrap()
    }

    #[test]
    fn a_whole_document_scores() {
        let score = housing_benefit().check().unwrap();
        // 4 + 2 of 56, mitigation 3 of 24.
        assert_eq!((score.raw, score.mitigation), (6, 3));
        assert_eq!(score.level, Level::I);
        let json = serde_json::to_value(housing_benefit()).unwrap();
        let back: Document = serde_json::from_value(json).unwrap();
        assert_eq!(back, housing_benefit());
    }

    #[test]
    fn every_problem_is_named_by_its_field() {
        let mut doc = housing_benefit();
        doc.answers
            .insert("consequences.people_affected".into(), "most".into());
        doc.answers
            .insert("consequences.weather".into(), "fine".into());
        doc.reasoning
            .insert("design_for_all.colour".into(), "Blå".into());
        doc.mitigations.push(" ".into());
        doc.rights.insert(
            Right::Dignity,
            RightAnswer {
                effect: RightEffect::NotAffected,
                reasoning: "x".repeat(MAX_TEXT_CHARS + 1),
            },
        );
        doc.risks[0].residual_consequence = 5;
        doc.risks[0].measures = "a\u{0}b".into();
        let errors = doc.check().unwrap_err();
        let fields: Vec<&str> = errors.iter().map(|e| e.field.as_ref()).collect();
        assert_eq!(
            fields,
            [
                "answers.consequences.people_affected",
                "answers.consequences.weather",
                "reasoning.design_for_all.colour",
                "mitigations[1]",
                "rights.dignity.reasoning",
                "risks[0].residual_consequence",
                "risks[0].measures",
            ]
        );
        assert_eq!(
            errors.get("answers.consequences.people_affected"),
            Some("assess-error-unknown-answer")
        );
        assert_eq!(
            errors.get("rights.dignity.reasoning"),
            Some("assess-error-too-long")
        );
    }

    #[test]
    fn a_draft_may_leave_the_dpia_open_and_unknown_fields_are_refused() {
        let doc: Document = serde_json::from_value(serde_json::json!({})).unwrap();
        assert_eq!(doc.check().unwrap().level, Level::I);
        assert!(!doc.dpia.check().is_empty());
        assert!(serde_json::from_value::<Document>(serde_json::json!({"score": 3})).is_err());
    }
}
