//! The rights, data-ethics and data-protection part of an assessment: the minimum
//! content of a data protection impact assessment (GDPR art. 35(7), as the Danish Data
//! Protection Agency lists it), the fundamental-rights questions, and the risks to
//! citizens judged from their side, with the rule for when prior consultation of the
//! Agency (art. 36) is due.

use serde::{Deserialize, Serialize};

use crate::forms::{control_problem, FormErrors, Lines};

/// The DPIA's minimum content: what is done and why, and whether it is necessary and in
/// proportion to its purpose. (The risks and measures are `Risk`s.)
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Dpia {
    /// A systematic description of the processing.
    pub description: String,
    /// Its purposes.
    pub purposes: String,
    /// Why the processing is necessary for the purposes.
    pub necessity: String,
    /// Why it is in proportion to them.
    pub proportionality: String,
}

impl Dpia {
    /// What is missing or cannot be stored, per field (`dpia.description`, ...). A draft
    /// may be stored with fields open; this is checked before sign-off and publishing.
    pub fn check(&self) -> FormErrors {
        let mut errors = FormErrors::default();
        for (field, text) in [
            ("dpia.description", &self.description),
            ("dpia.purposes", &self.purposes),
            ("dpia.necessity", &self.necessity),
            ("dpia.proportionality", &self.proportionality),
        ] {
            if text.trim().is_empty() {
                errors.add(field, "assess-error-required");
            } else if let Err(message) = control_problem(text, Lines::Several) {
                errors.add(field, message);
            }
        }
        errors
    }
}

/// The fundamental rights each assessment asks about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Right {
    LegalCertainty,
    SelfReliance,
    EqualTreatment,
    Privacy,
    Autonomy,
    Dignity,
}

impl Right {
    pub const ALL: [Right; 6] = [
        Right::LegalCertainty,
        Right::SelfReliance,
        Right::EqualTreatment,
        Right::Privacy,
        Right::Autonomy,
        Right::Dignity,
    ];

    /// The right's name in Fluent.
    pub fn label_key(self) -> String {
        format!("assess-right-{}", self.as_str().replace('_', "-"))
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Right::LegalCertainty => "legal_certainty",
            Right::SelfReliance => "self_reliance",
            Right::EqualTreatment => "equal_treatment",
            Right::Privacy => "privacy",
            Right::Autonomy => "autonomy",
            Right::Dignity => "dignity",
        }
    }
}

/// How the project touches a right.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RightEffect {
    NotAffected,
    Affected,
    SeriouslyAffected,
}

impl RightEffect {
    pub const ALL: [RightEffect; 3] = [
        RightEffect::NotAffected,
        RightEffect::Affected,
        RightEffect::SeriouslyAffected,
    ];

    /// The code, as the JSON document and the form name it.
    pub fn as_str(self) -> &'static str {
        match self {
            RightEffect::NotAffected => "not_affected",
            RightEffect::Affected => "affected",
            RightEffect::SeriouslyAffected => "seriously_affected",
        }
    }

    /// The effect's words in Fluent.
    pub fn label_key(self) -> String {
        format!("assess-effect-{}", self.as_str().replace('_', "-"))
    }

    /// The effect of a typed code; `None` for one this build does not know.
    pub fn parse(code: &str) -> Option<RightEffect> {
        RightEffect::ALL.into_iter().find(|e| e.as_str() == code)
    }
}

/// An answer to a fundamental-rights question, with the reasoning behind it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RightAnswer {
    pub effect: RightEffect,
    #[serde(default)]
    pub reasoning: String,
}

/// The answers to the fundamental-rights questions, by right. A right left out is an open
/// question.
pub type Rights = std::collections::BTreeMap<Right, RightAnswer>;

/// A risk to citizens, judged from their side (not the authority's): how likely it is and
/// how hard it hits them, each 1 (low) to 4 (high), before and after the measures.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Risk {
    pub description: String,
    #[serde(deserialize_with = "judgement")]
    pub likelihood: u8,
    #[serde(deserialize_with = "judgement")]
    pub consequence: u8,
    /// What is done about it.
    #[serde(default)]
    pub measures: String,
    #[serde(deserialize_with = "judgement")]
    pub residual_likelihood: u8,
    #[serde(deserialize_with = "judgement")]
    pub residual_consequence: u8,
}

/// A judgement as JSON may write it: `3` or `3.0` (both are JSON Schema's integer 3), but
/// never `3.5`. Whether it is on the 1 to 4 scale is `Risk::check`'s to say, by field.
fn judgement<'de, D: serde::Deserializer<'de>>(deserializer: D) -> Result<u8, D::Error> {
    let number = f64::deserialize(deserializer)?;
    match number.fract() == 0.0 && (0.0..=f64::from(u8::MAX)).contains(&number) {
        // Whole and in range: the cast is exact.
        true => Ok(number as u8),
        false => Err(serde::de::Error::custom("a whole number from 1 to 4")),
    }
}

/// A risk's band by likelihood × consequence: 1–4 low, 5–8 medium, 9–16 high. So high is
/// 3 × 3 or worse: likely and serious, or nearly certain and more than minor.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum RiskBand {
    Low,
    Medium,
    High,
}

impl RiskBand {
    /// The band's word in Fluent.
    pub fn label_key(self) -> &'static str {
        match self {
            RiskBand::Low => "assess-band-low",
            RiskBand::Medium => "assess-band-medium",
            RiskBand::High => "assess-band-high",
        }
    }

    pub fn of(likelihood: u8, consequence: u8) -> RiskBand {
        match u16::from(likelihood) * u16::from(consequence) {
            0..=4 => RiskBand::Low,
            5..=8 => RiskBand::Medium,
            _ => RiskBand::High,
        }
    }
}

impl Risk {
    pub fn band(&self) -> RiskBand {
        RiskBand::of(self.likelihood, self.consequence)
    }

    pub fn residual_band(&self) -> RiskBand {
        RiskBand::of(self.residual_likelihood, self.residual_consequence)
    }

    /// What cannot be stored, per field of risk number `index` (`risks[0].likelihood`,
    /// ...): each judgement is 1 to 4, the description is not empty.
    pub fn check(&self, index: usize, errors: &mut FormErrors) {
        let field = |name: &str| format!("risks[{index}].{name}");
        for (name, value) in [
            ("likelihood", self.likelihood),
            ("consequence", self.consequence),
            ("residual_likelihood", self.residual_likelihood),
            ("residual_consequence", self.residual_consequence),
        ] {
            if !(1..=4).contains(&value) {
                errors.add_value(field(name), "assess-error-risk-scale", value.to_string());
            }
        }
        if self.description.trim().is_empty() {
            errors.add_value(field("description"), "assess-error-required", String::new());
        }
        for (name, text) in [
            ("description", &self.description),
            ("measures", &self.measures),
        ] {
            if let Err(message) = control_problem(text, Lines::Several) {
                errors.add_value(field(name), message, String::new());
            }
        }
    }
}

/// Prior consultation of the Data Protection Agency (GDPR art. 36) is due when any risk
/// is still high after its measures (`RiskBand::High` on the residual likelihood ×
/// consequence, 9 or more): the measures have not brought it down, so the Agency must be
/// asked before the processing begins.
pub fn prior_consultation_due(risks: &[Risk]) -> bool {
    risks.iter().any(|r| r.residual_band() == RiskBand::High)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn risk(residual_likelihood: u8, residual_consequence: u8) -> Risk {
        Risk {
            description: "Borgere uden MitID kan ikke søge".into(),
            likelihood: 4,
            consequence: 4,
            measures: "Papirblanket i Borgerservice".into(),
            residual_likelihood,
            residual_consequence,
        }
    }

    #[test]
    fn bands_by_likelihood_times_consequence() {
        assert_eq!(RiskBand::of(1, 1), RiskBand::Low);
        assert_eq!(RiskBand::of(1, 4), RiskBand::Low);
        assert_eq!(RiskBand::of(2, 2), RiskBand::Low);
        assert_eq!(RiskBand::of(1, 5), RiskBand::Medium);
        assert_eq!(RiskBand::of(2, 4), RiskBand::Medium);
        assert_eq!(RiskBand::of(3, 3), RiskBand::High);
        assert_eq!(RiskBand::of(4, 3), RiskBand::High);
        assert_eq!(RiskBand::of(4, 4), RiskBand::High);
    }

    #[test]
    fn prior_consultation_is_due_when_a_residual_risk_stays_high() {
        assert!(!prior_consultation_due(&[]));
        // Inherently high, brought down to medium by the measures: not due.
        assert!(!prior_consultation_due(&[risk(2, 4), risk(1, 1)]));
        assert_eq!(risk(2, 4).band(), RiskBand::High);
        // One still high after its measures: due.
        assert!(prior_consultation_due(&[risk(1, 1), risk(3, 3)]));
    }

    #[test]
    fn a_risk_off_the_scale_names_its_field() {
        let mut errors = FormErrors::default();
        risk(0, 5).check(2, &mut errors);
        assert_eq!(
            errors.get("risks[2].residual_likelihood"),
            Some("assess-error-risk-scale")
        );
        assert_eq!(
            errors.get("risks[2].residual_consequence"),
            Some("assess-error-risk-scale")
        );
        assert!(!errors.has("risks[2].likelihood"));
        let mut errors = FormErrors::default();
        risk(1, 1).check(0, &mut errors);
        assert!(errors.is_empty());
    }

    #[test]
    fn the_dpia_needs_all_four_parts() {
        let mut dpia = Dpia {
            description: "Ansøgninger behandles i fagsystemet".into(),
            purposes: "At afgøre boligstøtte".into(),
            necessity: "Oplysningerne er nødvendige for at beregne støtten".into(),
            proportionality: " ".into(),
        };
        assert_eq!(
            dpia.check().get("dpia.proportionality"),
            Some("assess-error-required")
        );
        assert_eq!(dpia.check().iter().count(), 1);
        dpia.proportionality = "Kun de oplysninger loven kræver".into();
        assert!(dpia.check().is_empty());
    }

    #[test]
    fn a_judgement_may_be_written_as_a_whole_decimal_but_not_a_fraction() {
        let risk = |likelihood: &str| {
            serde_json::from_str::<Risk>(&format!(
                r#"{{"description": "x", "likelihood": {likelihood}, "consequence": 2,
                    "residual_likelihood": 1, "residual_consequence": 1}}"#
            ))
        };
        assert_eq!(risk("3").unwrap().likelihood, 3);
        assert_eq!(risk("3.0").unwrap().likelihood, 3);
        assert!(risk("3.5").is_err());
        assert!(risk("-1").is_err());
        assert!(risk("300").is_err());
    }

    #[test]
    fn every_effect_code_reads_back_and_matches_serde() {
        for effect in RightEffect::ALL {
            assert_eq!(RightEffect::parse(effect.as_str()), Some(effect));
            let json = serde_json::to_string(&effect).unwrap();
            assert_eq!(json, format!("\"{}\"", effect.as_str()));
        }
        assert_eq!(RightEffect::parse("somewhat"), None);
    }

    #[test]
    fn rights_are_keyed_by_their_codes() {
        let mut rights = Rights::new();
        rights.insert(
            Right::SelfReliance,
            RightAnswer {
                effect: RightEffect::Affected,
                reasoning: "Nogle må have hjælp".into(),
            },
        );
        let json = serde_json::to_value(&rights).unwrap();
        assert_eq!(json["self_reliance"]["effect"], "affected");
        for right in Right::ALL {
            assert_eq!(serde_json::to_value(right).unwrap(), right.as_str());
        }
    }
}
