//! The rules of a consequence assessment, one job a file: the groups at risk
//! (`groups`), the inclusion questionnaire over the six principles with its published
//! points (`questionnaire`), the impact score and level with the obligations that follow
//! (`score`), and the rights, data-ethics and data-protection part (`rights`). No I/O.

mod groups;
mod questionnaire;
mod rights;
mod score;

pub use groups::GroupAtRisk;
pub use questionnaire::{Answer, Principle, Question, MITIGATIONS, QUESTIONS};
pub use rights::{
    prior_consultation_due, Dpia, Right, RightAnswer, RightEffect, Rights, Risk, RiskBand,
};
pub use score::{score, Level, Obligation, Score, ScoreError};
