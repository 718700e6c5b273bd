//! The impact score in the style of Canada's Algorithmic Impact Assessment, and the
//! level and obligations it leads to. The rule, as DESIGN.md and the assessment page
//! state it:
//!
//! - raw impact = the sum of the impact points of the answers given; `max_raw` = the sum
//!   of each impact question's highest points (56);
//! - mitigation = the sum of the mitigation points; `max_mitigation` likewise (24);
//! - reduced = raw less 15% when mitigation is at least 80% of `max_mitigation`
//!   (20 of 24 points), else raw;
//! - current = reduced as a share of `max_raw`, and the level by it: below 25% level I,
//!   from 25% (25% itself included) level II, from 50% level III, from 75% level IV.
//!
//! A question left unanswered gives no points but still counts in the maximum, so an
//! assessment cannot lower its level by leaving out the hard questions; the page shows
//! which are open. Every comparison is done in whole numbers (hundredths of a point), so
//! a share exactly at a line is at it, never a rounding error below it.

use std::collections::BTreeMap;

use serde::Serialize;

use super::questionnaire::{Question, MITIGATIONS, QUESTIONS};

/// The reduction when mitigation reaches its line, in percent.
pub const REDUCTION_PERCENT: u64 = 15;
/// Where mitigation earns the reduction, in percent of its maximum.
pub const MITIGATION_LINE_PERCENT: u64 = 80;
/// Where levels II, III and IV begin, in percent of `max_raw`.
pub const LEVEL_LINES_PERCENT: [u64; 3] = [25, 50, 75];

/// The impact level, I (least) to IV (most), by the share of the maximum impact.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, utoipa::ToSchema)]
#[schema(as = ImpactLevel)]
pub enum Level {
    I,
    II,
    III,
    IV,
}

/// What an assessment at a level obliges the project to do before it is decided.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Obligation {
    /// Publish the assessment at `/vurderinger` (every level).
    Publish,
    /// Sign-off of the data protection part by the data protection officer (every level).
    DataProtectionOfficerSignOff,
    /// User tests with people from the groups at risk (III and IV).
    UserTestsWithGroupsAtRisk,
    /// A public hearing (III and IV).
    Hearing,
    /// Sign-off by the citizens' adviser (III and IV).
    CitizensAdviserSignOff,
    /// Sign-off by the management, who then decide with the decision basis (IV).
    ManagementSignOff,
}

impl Level {
    /// What this level obliges, in the order it is usually done.
    pub fn obligations(self) -> Vec<Obligation> {
        use Obligation::*;
        let mut all = vec![Publish, DataProtectionOfficerSignOff];
        if self >= Level::III {
            all.extend([UserTestsWithGroupsAtRisk, Hearing, CitizensAdviserSignOff]);
        }
        if self == Level::IV {
            all.push(ManagementSignOff);
        }
        all
    }

    /// Months until the assessment must be looked at again: the higher the level, the
    /// sooner.
    pub fn review_months(self) -> u32 {
        match self {
            Level::I => 24,
            Level::II | Level::III => 12,
            Level::IV => 6,
        }
    }

    /// The level's words in Fluent ("Niveau III: stor påvirkning").
    pub fn label_key(self) -> String {
        format!("assess-level-{}", self.as_str().to_lowercase())
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Level::I => "I",
            Level::II => "II",
            Level::III => "III",
            Level::IV => "IV",
        }
    }
}

/// The score of one set of answers: points and the level they lead to.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, utoipa::ToSchema)]
#[schema(as = AssessmentScore)]
pub struct Score {
    /// The impact points of the answers given.
    pub raw: u32,
    /// The most impact points the questionnaire can give.
    pub max_raw: u32,
    /// The mitigation points of the answers given.
    pub mitigation: u32,
    /// The most mitigation points the questionnaire can give.
    pub max_mitigation: u32,
    /// `raw` less 15% when `mitigation` is at least 80% of `max_mitigation`, else `raw`.
    pub reduced: f64,
    /// `reduced` as a percentage of `max_raw`, to one decimal; the level is read from it.
    pub current: f64,
    pub level: Level,
}

impl Score {
    /// The rule on points alone (the questionnaire's sums), so it can be tested at each
    /// line with round numbers.
    pub fn of_points(raw: u32, max_raw: u32, mitigation: u32, max_mitigation: u32) -> Score {
        let mitigated = u64::from(mitigation) * 100
            >= u64::from(max_mitigation) * MITIGATION_LINE_PERCENT
            && max_mitigation > 0;
        // Hundredths of a point: raw × 100, or raw × 85 after the reduction.
        let reduced_hundredths = u64::from(raw)
            * match mitigated {
                true => 100 - REDUCTION_PERCENT,
                false => 100,
            };
        // reduced / max_raw >= line / 100  ⇔  reduced_hundredths >= max_raw × line. A
        // questionnaire without points (never the published one) passes no line.
        let passed = LEVEL_LINES_PERCENT
            .iter()
            .filter(|line| max_raw > 0 && reduced_hundredths >= u64::from(max_raw) * **line)
            .count();
        let level = [Level::I, Level::II, Level::III, Level::IV][passed];
        let reduced = reduced_hundredths as f64 / 100.0;
        let current = match max_raw {
            0 => 0.0,
            max => (reduced_hundredths as f64 * 10.0 / f64::from(max)).round() / 10.0,
        };
        Score {
            raw,
            max_raw,
            mitigation,
            max_mitigation,
            reduced,
            current,
            level,
        }
    }
}

/// What is wrong with a set of answers: the question is always named.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ScoreError {
    #[error("{question}: no such question")]
    UnknownQuestion { question: String },
    #[error("{question}: no such answer: {answer}")]
    UnknownAnswer { question: String, answer: String },
}

impl ScoreError {
    /// The question the error is about.
    pub fn question(&self) -> &str {
        match self {
            ScoreError::UnknownQuestion { question }
            | ScoreError::UnknownAnswer { question, .. } => question,
        }
    }
}

/// Scores answers keyed by question code (impact and mitigation questions alike), each
/// an answer code. An empty answer is a question left open. An unknown question or
/// answer is refused, never counted as nought.
pub fn score(answers: &BTreeMap<String, String>) -> Result<Score, ScoreError> {
    let find = |code: &str| -> Option<&'static Question> {
        QUESTIONS
            .iter()
            .chain(MITIGATIONS.iter())
            .find(|q| q.code == code)
    };
    let (mut raw, mut mitigation) = (0, 0);
    for (code, given) in answers {
        let question = find(code).ok_or_else(|| ScoreError::UnknownQuestion {
            question: code.clone(),
        })?;
        if given.is_empty() {
            continue;
        }
        let answer = question
            .answer(given)
            .ok_or_else(|| ScoreError::UnknownAnswer {
                question: code.clone(),
                answer: given.clone(),
            })?;
        match question.principle {
            Some(_) => raw += answer.points,
            None => mitigation += answer.points,
        }
    }
    Ok(Score::of_points(
        raw,
        QUESTIONS.iter().map(Question::max_points).sum(),
        mitigation,
        MITIGATIONS.iter().map(Question::max_points).sum(),
    ))
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn level(raw: u32, mitigation: u32) -> Level {
        Score::of_points(raw, 100, mitigation, 100).level
    }

    #[test]
    fn each_level_line_is_in_the_higher_level() {
        // Without the reduction (no mitigation): just below, at and above each line.
        assert_eq!(level(0, 0), Level::I);
        assert_eq!(level(24, 0), Level::I);
        assert_eq!(level(25, 0), Level::II);
        assert_eq!(level(26, 0), Level::II);
        assert_eq!(level(49, 0), Level::II);
        assert_eq!(level(50, 0), Level::III);
        assert_eq!(level(51, 0), Level::III);
        assert_eq!(level(74, 0), Level::III);
        assert_eq!(level(75, 0), Level::IV);
        assert_eq!(level(76, 0), Level::IV);
        assert_eq!(level(100, 0), Level::IV);
    }

    #[test]
    fn the_lines_hold_after_the_reduction_too() {
        // With the reduction, reduced = raw × 0.85: 60 × 0.85 = 51 (III), 88 × 0.85 =
        // 74.8 (III), 89 × 0.85 = 75.65 (IV); 20 × 0.85 = 17 (I), 30 × 0.85 = 25.5 (II).
        assert_eq!(level(88, 80), Level::III);
        assert_eq!(level(89, 80), Level::IV);
        assert_eq!(level(29, 80), Level::I); // 24.65
        assert_eq!(level(30, 80), Level::II); // 25.5
                                              // Exactly at a line after the reduction: 500 × 0.85 = 425 of 1700 is 25%.
        assert_eq!(Score::of_points(500, 1700, 80, 100).level, Level::II);
        assert_eq!(Score::of_points(499, 1700, 80, 100).level, Level::I);
    }

    #[test]
    fn the_reduction_starts_at_eighty_percent_of_mitigation() {
        // Just below, at and above the 80% line.
        assert_eq!(Score::of_points(80, 100, 79, 100).reduced, 80.0);
        assert_eq!(Score::of_points(80, 100, 80, 100).reduced, 68.0);
        assert_eq!(Score::of_points(80, 100, 81, 100).reduced, 68.0);
        assert_eq!(level(80, 79), Level::IV);
        assert_eq!(level(80, 80), Level::III);
        // The questionnaire's own line: 20 of 24 points is 83%, 19 is 79%.
        assert_eq!(Score::of_points(40, 56, 19, 24).reduced, 40.0);
        assert_eq!(Score::of_points(40, 56, 20, 24).reduced, 34.0);
    }

    #[test]
    fn current_is_the_share_in_percent() {
        let score = Score::of_points(40, 56, 20, 24);
        // 34 / 56 = 60.71…%
        assert_eq!(score.current, 60.7);
        assert_eq!(score.level, Level::III);
        assert_eq!(Score::of_points(0, 0, 0, 0).level, Level::I);
    }

    #[test]
    fn obligations_grow_with_the_level() {
        use Obligation::*;
        assert_eq!(
            Level::I.obligations(),
            vec![Publish, DataProtectionOfficerSignOff]
        );
        assert_eq!(Level::II.obligations(), Level::I.obligations());
        assert_eq!(
            Level::III.obligations(),
            vec![
                Publish,
                DataProtectionOfficerSignOff,
                UserTestsWithGroupsAtRisk,
                Hearing,
                CitizensAdviserSignOff
            ]
        );
        assert_eq!(Level::IV.obligations().last(), Some(&ManagementSignOff));
        assert_eq!(Level::IV.obligations().len(), 6);
    }

    fn answers(pairs: &[(&str, &str)]) -> BTreeMap<String, String> {
        pairs
            .iter()
            .map(|(q, a)| (q.to_string(), a.to_string()))
            .collect()
    }

    #[test]
    fn answers_are_summed_by_their_published_points() {
        let score = score(&answers(&[
            ("consequences.people_affected", "all"),          // 3
            ("consequences.removes_analog", "yes"),           // 4
            ("alternatives.analog_way", "limited"),           // 2
            ("design_for_all.device", ""),                    // open: 0
            ("mitigation.analog_way_staffed", "yes"),         // 3
            ("mitigation.user_tests_groups_at_risk", "done"), // 3
        ]))
        .unwrap();
        assert_eq!((score.raw, score.max_raw), (9, 56));
        assert_eq!((score.mitigation, score.max_mitigation), (6, 24));
        assert_eq!(score.reduced, 9.0);
        assert_eq!(score.level, Level::I);
    }

    #[test]
    fn unknown_codes_name_the_question() {
        let err = score(&answers(&[("consequences.people_affected", "most")])).unwrap_err();
        assert_eq!(
            err,
            ScoreError::UnknownAnswer {
                question: "consequences.people_affected".into(),
                answer: "most".into()
            }
        );
        assert_eq!(err.question(), "consequences.people_affected");
        let err = score(&answers(&[("consequences.weather", "fine")])).unwrap_err();
        assert_eq!(err.question(), "consequences.weather");
    }

    /// Each question's answer as an index into its answers, sorted by points, so a
    /// higher index is never fewer points.
    fn by_points(question: &Question, index: usize) -> &'static str {
        let mut sorted = question.answers.to_vec();
        sorted.sort_by_key(|a| a.points);
        sorted[index % sorted.len()].code
    }

    fn answers_of(impact: &[usize], mitigation: &[usize]) -> BTreeMap<String, String> {
        let mut all = BTreeMap::new();
        for (question, i) in QUESTIONS.iter().zip(impact) {
            all.insert(
                question.code.to_string(),
                by_points(question, *i).to_string(),
            );
        }
        for (question, i) in MITIGATIONS.iter().zip(mitigation) {
            all.insert(
                question.code.to_string(),
                by_points(question, *i).to_string(),
            );
        }
        all
    }

    proptest! {
        #[test]
        fn more_impact_never_lowers_the_level(
            max_raw in 1u32..500, a in 0u32..500, b in 0u32..500,
            max_mitigation in 0u32..100, mitigation in 0u32..100,
        ) {
            let (low, high) = (a.min(b).min(max_raw), a.max(b).min(max_raw));
            let mitigation = mitigation.min(max_mitigation);
            prop_assert!(
                Score::of_points(low, max_raw, mitigation, max_mitigation).level
                    <= Score::of_points(high, max_raw, mitigation, max_mitigation).level
            );
        }

        #[test]
        fn more_mitigation_never_raises_the_level(
            max_raw in 1u32..500, raw in 0u32..500,
            max_mitigation in 0u32..100, a in 0u32..100, b in 0u32..100,
        ) {
            let raw = raw.min(max_raw);
            let (low, high) = (a.min(b).min(max_mitigation), a.max(b).min(max_mitigation));
            prop_assert!(
                Score::of_points(raw, max_raw, high, max_mitigation).level
                    <= Score::of_points(raw, max_raw, low, max_mitigation).level
            );
        }

        #[test]
        fn through_the_questionnaire_too(
            impact in proptest::collection::vec(0usize..4, 20),
            mitigation in proptest::collection::vec(0usize..3, 10),
            question in 0usize..20,
            mitigation_question in 0usize..10,
        ) {
            let before = score(&answers_of(&impact, &mitigation)).unwrap().level;
            let mut more_impact = impact.clone();
            more_impact[question] = QUESTIONS[question].answers.len() - 1;
            let mut more_mitigation = mitigation.clone();
            more_mitigation[mitigation_question] = MITIGATIONS[mitigation_question].answers.len() - 1;
            // Normalise indexes to the question's answers before comparing, so "more" is
            // truly more points.
            let clamp = |v: &[usize], qs: &[Question]| -> Vec<usize> {
                v.iter().zip(qs).map(|(i, q)| i % q.answers.len()).collect()
            };
            let base_impact = clamp(&impact, &QUESTIONS);
            let base_mitigation = clamp(&mitigation, &MITIGATIONS);
            let before_clamped = score(&answers_of(&base_impact, &base_mitigation)).unwrap().level;
            prop_assert_eq!(before, before_clamped);
            prop_assert!(score(&answers_of(&more_impact, &base_mitigation)).unwrap().level >= before);
            prop_assert!(score(&answers_of(&base_impact, &more_mitigation)).unwrap().level <= before);
        }
    }
}
