//! `/projekter/{id}/vurdering`: the project owner fills in the assessment, the questions
//! of each principle with their points shown beside each answer, the mitigations, the
//! DPIA, the fundamental rights and the risks, and saves it as the project's next
//! version. The form opens with the newest version; what was typed is kept when
//! something is wrong, and every problem is named with the question it belongs to.

use std::collections::BTreeMap;

use askama::Template;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use axum_extra::extract::Form;

use super::{app_error, notice_of};
use crate::assess::model::{
    Document, Dpia, Principle, Question, Right, RightAnswer, RightEffect, Risk, MITIGATIONS,
    QUESTIONS,
};
use crate::assess::{self as assess, AssessError, ProjectRow};
use crate::auth::{RequireUser, Role};
use crate::forms::FormErrors;
use crate::state::AppState;
use crate::web::{render, AppError, Page};

/// A risk as typed: the judgements stay text until they are read, so a wrong one is shown
/// back as it was.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
struct TypedRisk {
    description: String,
    likelihood: String,
    consequence: String,
    measures: String,
    residual_likelihood: String,
    residual_consequence: String,
}

impl TypedRisk {
    fn of(risk: &Risk) -> Self {
        Self {
            description: risk.description.clone(),
            likelihood: risk.likelihood.to_string(),
            consequence: risk.consequence.to_string(),
            measures: risk.measures.clone(),
            residual_likelihood: risk.residual_likelihood.to_string(),
            residual_consequence: risk.residual_consequence.to_string(),
        }
    }

    fn is_blank(&self) -> bool {
        *self == TypedRisk::default()
    }

    fn field_mut(&mut self, name: &str) -> Option<&mut String> {
        Some(match name {
            "description" => &mut self.description,
            "likelihood" => &mut self.likelihood,
            "consequence" => &mut self.consequence,
            "measures" => &mut self.measures,
            "residual_likelihood" => &mut self.residual_likelihood,
            "residual_consequence" => &mut self.residual_consequence,
            _ => return None,
        })
    }

    /// The risk, with a judgement that is not a number read as 0, which `Risk::check`
    /// then names as off the scale.
    fn risk(&self) -> Risk {
        let scale = |typed: &str| typed.trim().parse::<u8>().unwrap_or(0);
        Risk {
            description: self.description.trim().to_owned(),
            likelihood: scale(&self.likelihood),
            consequence: scale(&self.consequence),
            measures: self.measures.trim().to_owned(),
            residual_likelihood: scale(&self.residual_likelihood),
            residual_consequence: scale(&self.residual_consequence),
        }
    }
}

/// The whole form as typed, field by field, by the names the document's check uses.
#[derive(Debug, Clone, Default)]
struct Typed {
    answers: BTreeMap<String, String>,
    reasoning: BTreeMap<String, String>,
    /// The mitigations written in words, one a line.
    mitigations: String,
    dpia: Dpia,
    /// Each right's effect code and reasoning, by the right's code.
    rights: BTreeMap<String, (String, String)>,
    risks: Vec<TypedRisk>,
    what_changed: String,
    revision: i64,
}

/// The most risks one form holds: as many as a document may.
const MAX_RISKS: usize = crate::assess::model::MAX_ITEMS;

impl Typed {
    fn of(document: &Document, revision: i64) -> Self {
        Self {
            answers: document.answers.clone(),
            reasoning: document.reasoning.clone(),
            mitigations: document.mitigations.join("\n"),
            dpia: document.dpia.clone(),
            rights: document
                .rights
                .iter()
                .map(|(right, answer)| {
                    let typed = (answer.effect.as_str().to_owned(), answer.reasoning.clone());
                    (right.as_str().to_owned(), typed)
                })
                .collect(),
            risks: document.risks.iter().map(TypedRisk::of).collect(),
            what_changed: String::new(),
            revision,
        }
    }

    /// The form as the browser sent it. Names it does not know are ignored, as a form's
    /// extra fields are (the CSRF token among them).
    fn parse(pairs: Vec<(String, String)>) -> Self {
        let mut typed = Typed::default();
        for (name, value) in pairs {
            if let Some(code) = name.strip_prefix("answers.") {
                if !value.is_empty() {
                    typed.answers.insert(code.to_owned(), value);
                }
            } else if let Some(code) = name.strip_prefix("reasoning.") {
                if !value.trim().is_empty() {
                    typed.reasoning.insert(code.to_owned(), value);
                }
            } else if let Some(rest) = name.strip_prefix("rights.") {
                if let Some((right, part)) = rest.split_once('.') {
                    let entry = typed.rights.entry(right.to_owned()).or_default();
                    match part {
                        "effect" => entry.0 = value,
                        "reasoning" => entry.1 = value,
                        _ => {}
                    }
                }
            } else if let Some(rest) = name.strip_prefix("risks[") {
                let Some((index, field)) = rest.split_once("].") else {
                    continue;
                };
                let Ok(index) = index.parse::<usize>() else {
                    continue;
                };
                if index >= MAX_RISKS {
                    continue;
                }
                if typed.risks.len() <= index {
                    typed.risks.resize(index + 1, TypedRisk::default());
                }
                if let Some(slot) = typed.risks[index].field_mut(field) {
                    *slot = value;
                }
            } else {
                match name.as_str() {
                    "mitigations" => typed.mitigations = value,
                    "dpia.description" => typed.dpia.description = value,
                    "dpia.purposes" => typed.dpia.purposes = value,
                    "dpia.necessity" => typed.dpia.necessity = value,
                    "dpia.proportionality" => typed.dpia.proportionality = value,
                    "what_changed" => typed.what_changed = value,
                    "revision" => typed.revision = value.trim().parse().unwrap_or(0),
                    _ => {}
                }
            }
        }
        // A blank row is the form's room for one more risk, not a risk.
        typed.risks.retain(|risk| !risk.is_blank());
        typed
    }

    /// The document, or what is wrong in reading it: a right with reasoning but no effect,
    /// or an effect this build does not know. `Document::check` finds the rest.
    fn document(&self) -> (Document, FormErrors) {
        let mut errors = FormErrors::default();
        let mut rights = BTreeMap::new();
        for right in Right::ALL {
            let Some((effect, reasoning)) = self.rights.get(right.as_str()) else {
                continue;
            };
            if effect.is_empty() && reasoning.trim().is_empty() {
                continue;
            }
            match RightEffect::parse(effect) {
                Some(effect) => {
                    let reasoning = reasoning.trim().to_owned();
                    rights.insert(right, RightAnswer { effect, reasoning });
                }
                None => errors.add_value(
                    format!("rights.{}.effect", right.as_str()),
                    "assess-error-right-effect",
                    effect.clone(),
                ),
            }
        }
        let document = Document {
            answers: self.answers.clone(),
            reasoning: self
                .reasoning
                .iter()
                .map(|(code, text)| (code.clone(), text.trim().to_owned()))
                .collect(),
            mitigations: self
                .mitigations
                .lines()
                .map(str::trim)
                .filter(|line| !line.is_empty())
                .map(str::to_owned)
                .collect(),
            dpia: Dpia {
                description: self.dpia.description.trim().to_owned(),
                purposes: self.dpia.purposes.trim().to_owned(),
                necessity: self.dpia.necessity.trim().to_owned(),
                proportionality: self.dpia.proportionality.trim().to_owned(),
            },
            rights,
            risks: self.risks.iter().map(TypedRisk::risk).collect(),
        };
        (document, errors)
    }

    fn right(&self, right: &Right) -> (String, String) {
        self.rights.get(right.as_str()).cloned().unwrap_or_default()
    }
}

/// The mitigations are one text box on the page and a list in the document: an error of
/// `mitigations[N]` is shown on the box.
fn on_the_page(errors: FormErrors) -> FormErrors {
    let mut shown = FormErrors::default();
    for error in errors.iter() {
        let field = match error.field.starts_with("mitigations[") {
            true => "mitigations".to_owned(),
            false => error.field.to_string(),
        };
        shown.add_value(
            field,
            error.message,
            error.value.clone().unwrap_or_default(),
        );
    }
    shown
}

/// One field of a risk's row on the page: a text box or a choice on the 1 to 4 scale.
struct RiskField {
    id: String,
    label_key: String,
    value: String,
    /// The scale's words (`assess-scale-likelihood-N` or `-consequence-N`); none for text.
    scale: Option<&'static str>,
}

impl TypedRisk {
    /// The row's fields in the order the page shows them, named as the document's check
    /// names them (`risks[N].likelihood`).
    fn fields(&self, index: usize) -> Vec<RiskField> {
        let field = |name: &str, value: &str, scale: Option<&'static str>| RiskField {
            id: format!("risks[{index}].{name}"),
            label_key: format!("assess-risk-{}", name.replace('_', "-")),
            value: value.to_owned(),
            scale,
        };
        vec![
            field("description", &self.description, None),
            field("likelihood", &self.likelihood, Some("likelihood")),
            field("consequence", &self.consequence, Some("consequence")),
            field("measures", &self.measures, None),
            field(
                "residual_likelihood",
                &self.residual_likelihood,
                Some("likelihood"),
            ),
            field(
                "residual_consequence",
                &self.residual_consequence,
                Some("consequence"),
            ),
        ]
    }
}

#[derive(Template)]
#[template(path = "assess/questionnaire.html")]
struct QuestionnairePage {
    page: Page,
    project: ProjectRow,
    typed: Typed,
    errors: FormErrors,
    notice: Option<&'static str>,
}

impl QuestionnairePage {
    fn principles(&self) -> [Principle; 6] {
        Principle::ALL
    }

    fn questions_of(&self, principle: &Principle) -> Vec<&'static Question> {
        QUESTIONS
            .iter()
            .filter(|q| q.principle == Some(*principle))
            .collect()
    }

    fn mitigation_questions(&self) -> &'static [Question] {
        &MITIGATIONS
    }

    fn chosen(&self, question: &Question, answer: &str) -> bool {
        self.typed.answers.get(question.code).map(String::as_str) == Some(answer)
    }

    fn reasoning(&self, question: &Question) -> &str {
        self.typed
            .reasoning
            .get(question.code)
            .map_or("", String::as_str)
    }

    fn rights(&self) -> [Right; 6] {
        Right::ALL
    }

    fn effects(&self) -> [RightEffect; 3] {
        RightEffect::ALL
    }

    fn right_effect(&self, right: &Right) -> String {
        self.typed.right(right).0
    }

    fn right_reasoning(&self, right: &Right) -> String {
        self.typed.right(right).1
    }

    /// The typed risks and one blank row for another.
    fn risk_rows(&self) -> Vec<(usize, TypedRisk)> {
        let mut rows: Vec<TypedRisk> = self.typed.risks.clone();
        if rows.len() < MAX_RISKS {
            rows.push(TypedRisk::default());
        }
        rows.into_iter().enumerate().collect()
    }

    fn scale(&self) -> [&'static str; 4] {
        ["1", "2", "3", "4"]
    }

    fn off_scale(&self, value: &str) -> bool {
        !value.is_empty() && !self.scale().contains(&value)
    }

    fn same(&self, a: &str, b: &str) -> bool {
        a == b
    }

    fn scale_key(&self, scale: &str, n: &str) -> String {
        format!("assess-scale-{scale}-{n}")
    }

    fn points(&self, points: &u32) -> String {
        self.page.count("assess-points", *points as usize)
    }

    /// Each problem, named with what it belongs to ("Risk 2, likelihood: ..."), and the
    /// field to go to: the summary of a long form must say where.
    fn summary(&self) -> Vec<(String, String)> {
        self.errors
            .iter()
            .map(|error| {
                let field = error.field.to_string();
                let label = super::field_label(&self.page, &field);
                // "Question? Message." reads better than "Question?: Message.".
                let joint = match label.ends_with(['?', '.']) {
                    true => " ",
                    false => ": ",
                };
                let text = format!("{label}{joint}{}", self.page.t(error.message));
                (field, text)
            })
            .collect()
    }
}

fn render_form(
    page: Page,
    project: ProjectRow,
    typed: Typed,
    errors: FormErrors,
    notice: Option<(&'static str, StatusCode)>,
) -> Result<Response, AppError> {
    let status = super::form_status(notice, &errors);
    let html = render(&QuestionnairePage {
        page,
        project,
        typed,
        errors,
        notice: notice.map(|(key, _)| key),
    })?;
    Ok((status, html).into_response())
}

/// The form, opened with the newest version's answers (or empty before the first).
pub(crate) async fn form(
    State(state): State<AppState>,
    page: Page,
    user: RequireUser,
    Path(id): Path<String>,
) -> Result<Response, AppError> {
    let owner = user.with_role(Role::ProjectOwner)?;
    let project = assess::project(&state.db, &owner, &id)
        .await
        .map_err(app_error)?;
    let latest = assess::latest(&state.db, &owner, &id)
        .await
        .map_err(app_error)?;
    let document = latest.map(|a| a.version.document).unwrap_or_default();
    let typed = Typed::of(&document, project.revision);
    render_form(page, project, typed, FormErrors::default(), None)
}

/// Saves the form as the next version, if it holds nothing wrong and nobody saved since
/// it was opened.
pub(crate) async fn save(
    State(state): State<AppState>,
    page: Page,
    user: RequireUser,
    Path(id): Path<String>,
    Form(pairs): Form<Vec<(String, String)>>,
) -> Result<Response, AppError> {
    let owner = user.with_role(Role::ProjectOwner)?;
    let project = assess::project(&state.db, &owner, &id)
        .await
        .map_err(app_error)?;
    let typed = Typed::parse(pairs);
    let (document, mut errors) = typed.document();
    let saved = match errors.is_empty() {
        true => {
            assess::save_version(
                &state.db,
                &state.clock,
                &owner,
                &id,
                typed.revision,
                &document,
                &typed.what_changed,
            )
            .await
        }
        // Read errors first, then every problem the document's own check finds.
        false => {
            if let Err(more) = document.check() {
                errors.extend(more);
            }
            assess::what_changed_checked(&typed.what_changed, &mut errors);
            Err(AssessError::Invalid(errors))
        }
    };
    match saved {
        Ok(_) => {
            Ok(Redirect::to(&format!("/projekter/{id}?gemt=version#vurdering")).into_response())
        }
        Err(AssessError::Invalid(errors)) => {
            render_form(page, project, typed, on_the_page(errors), None)
        }
        Err(error) => match notice_of(&error) {
            // Someone saved a version since: what was typed stays, on the revision now
            // stored, so saving again makes it the next version when the owner chooses.
            Some(notice) => {
                let typed = Typed {
                    revision: project.revision,
                    ..typed
                };
                render_form(page, project, typed, FormErrors::default(), Some(notice))
            }
            None => Err(app_error(error)),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pairs(list: &[(&str, &str)]) -> Vec<(String, String)> {
        list.iter()
            .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
            .collect()
    }

    #[test]
    fn the_form_reads_back_into_the_document_it_was_opened_with() {
        let typed = Typed::parse(pairs(&[
            ("answers.consequences.people_affected", "many"),
            ("answers.design_for_all.mitid", ""),
            ("reasoning.consequences.people_affected", " Alle lejere. "),
            (
                "mitigations",
                "To ekstra medarbejdere\n\n  Vejledning på arabisk ",
            ),
            ("dpia.purposes", "At afgøre retten til støtte."),
            ("rights.privacy.effect", "affected"),
            ("rights.privacy.reasoning", "Flere oplysninger samles."),
            ("rights.dignity.effect", ""),
            ("rights.dignity.reasoning", ""),
            ("risks[0].description", "Ældre mister støtte"),
            ("risks[0].likelihood", "3"),
            ("risks[0].consequence", "4"),
            ("risks[0].measures", "Hjælp i Borgerservice"),
            ("risks[0].residual_likelihood", "2"),
            ("risks[0].residual_consequence", "3"),
            ("risks[1].description", ""),
            ("risks[1].likelihood", ""),
            ("what_changed", "Første udkast"),
            ("revision", "4"),
            ("csrf_token", "x"),
        ]));
        let (document, errors) = typed.document();
        assert!(errors.is_empty(), "{errors:?}");
        assert_eq!(document.answers.len(), 1, "an empty choice is no answer");
        assert_eq!(
            document.reasoning["consequences.people_affected"],
            "Alle lejere."
        );
        assert_eq!(
            document.mitigations,
            vec!["To ekstra medarbejdere", "Vejledning på arabisk"]
        );
        assert_eq!(
            document.rights.len(),
            1,
            "an untouched right is an open question"
        );
        assert_eq!(document.risks.len(), 1, "the blank row is no risk");
        assert_eq!(document.risks[0].likelihood, 3);
        assert_eq!(typed.revision, 4);
        assert_eq!(typed.what_changed, "Første udkast");
        assert!(document.check().is_ok());
        // Opened again, the form holds what was saved.
        let again = Typed::of(&document, 4);
        assert_eq!(again.document().0, document);
    }

    #[test]
    fn a_wrong_judgement_or_effect_is_named_and_kept_as_typed() {
        let typed = Typed::parse(pairs(&[
            ("rights.autonomy.reasoning", "Borgeren vælger ikke selv."),
            ("risks[0].description", "Fejl i beregningen"),
            ("risks[0].likelihood", "fem"),
            ("risks[0].consequence", "2"),
            ("risks[0].residual_likelihood", "1"),
            ("risks[0].residual_consequence", "1"),
        ]));
        let (document, errors) = typed.document();
        assert!(errors.has("rights.autonomy.effect"));
        let more = document.check().unwrap_err();
        assert!(more.has("risks[0].likelihood"));
        assert_eq!(typed.risks[0].likelihood, "fem", "shown back as typed");
    }

    #[test]
    fn a_mitigations_error_is_shown_on_its_box() {
        let mut errors = FormErrors::default();
        errors.add_value(
            "mitigations[2]".into(),
            "assess-error-too-long",
            String::new(),
        );
        errors.add("dpia.purposes", "assess-error-required");
        let shown = on_the_page(errors);
        assert!(shown.has("mitigations"));
        assert!(shown.has("dpia.purposes"));
    }

    #[test]
    fn risk_rows_past_the_form_limit_are_not_read() {
        let typed = Typed::parse(pairs(&[("risks[100000000].description", "x")]));
        assert!(typed.risks.is_empty());
    }
}
