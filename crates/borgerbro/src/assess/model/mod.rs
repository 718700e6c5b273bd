//! The rules of a consequence assessment, one job a file: the groups at risk
//! (`groups`), the inclusion questionnaire over the six principles with its published
//! points (`questionnaire`), the impact score and level with the obligations that follow
//! (`score`), the rights, data-ethics and data-protection part (`rights`), and what one
//! version of an assessment holds and the check before it is stored (`document`), what
//! changed between two versions (`diff`), and who signs off and what publishing needs
//! (`signoff`). No I/O.

mod diff;
mod document;
mod groups;
mod questionnaire;
mod rights;
mod score;
mod signoff;

pub use diff::{diff, Change};
pub use document::{Document, MAX_ITEMS, MAX_TEXT_CHARS};
pub use groups::GroupAtRisk;
pub use questionnaire::{Answer, Principle, Question, MITIGATIONS, QUESTIONS};
pub use rights::{
    prior_consultation_due, Dpia, Right, RightAnswer, RightEffect, Rights, Risk, RiskBand,
};
pub use score::{
    score, Level, Obligation, Score, ScoreError, LEVEL_LINES_PERCENT, MITIGATION_LINE_PERCENT,
    REDUCTION_PERCENT,
};
pub use signoff::{may_publish, PublishRefusal, SignOffRole};
