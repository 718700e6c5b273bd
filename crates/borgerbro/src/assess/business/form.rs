//! The business case's form as typed: every field a text, so a form with a mistake comes
//! back exactly as it was written. Read into a draft (numbers as Danes write them,
//! percentages as percent, years counted from 1), written from one, and the fields of a
//! draft's problems named as the form names them.

use std::collections::BTreeMap;

use super::model::{CaseDocument, CaseLine, Category, Effect, Kind, Value};
use super::Draft;
use crate::forms::FormErrors;
use crate::i18n::{decimal_mark, Lang};

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct LineForm {
    pub kind: String,
    pub category: String,
    pub title: String,
    pub low: String,
    pub likely: String,
    pub high: String,
    pub from_year: String,
    pub to_year: String,
    pub optimism_bias: String,
    pub bias_reason: String,
    pub assumption: String,
    pub source: String,
    pub remove: bool,
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct ValueForm {
    pub title: String,
    pub description: String,
    pub affects: String,
    pub remove: bool,
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct EffectForm {
    pub effect: String,
    pub mitigation: String,
    pub remove: bool,
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct CaseForm {
    pub years: String,
    pub discount_rate: String,
    pub hourly_value: String,
    pub draws: String,
    pub seed: String,
    pub revision: String,
    pub lines: Vec<LineForm>,
    pub values: Vec<ValueForm>,
    pub effects: Vec<EffectForm>,
}

impl LineForm {
    fn is_blank(&self) -> bool {
        [
            &self.title,
            &self.low,
            &self.likely,
            &self.high,
            &self.assumption,
            &self.source,
        ]
        .iter()
        .all(|s| s.trim().is_empty())
    }
}

/// A number as people type it in the page's language. Where a comma is the decimal mark
/// (Danish, Ukrainian, Turkish): "1.250.000", "1 250 000", "3,5" (a dot before three
/// digits groups thousands, else it is read as a decimal point, as many type it). Where a
/// dot is (English, Arabic): "1,250,000", "1 250 000", "3.5" (a comma groups thousands).
/// "-2" in all.
pub(crate) fn parse_number(lang: Lang, text: &str) -> Option<f64> {
    let text: String = text
        .trim()
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '\u{a0}')
        .collect();
    if text.is_empty() {
        return None;
    }
    let normal = if decimal_mark(lang) == '.' {
        if text.matches('.').count() > 1 {
            return None;
        }
        text.replace(',', "")
    } else if text.contains(',') {
        // A comma is the decimal mark; dots group thousands.
        text.replace('.', "").replace(',', ".")
    } else {
        let dots = text.matches('.').count();
        let after_last = text.rsplit('.').next().map_or(0, str::len);
        if dots > 1 || (dots == 1 && after_last == 3) {
            text.replace('.', "")
        } else {
            text
        }
    };
    let value: f64 = normal.parse().ok()?;
    value.is_finite().then_some(value)
}

/// A number as the form writes it back: no thousands separators, the reader's decimal
/// mark, no more decimals than it has.
pub(crate) fn number_text(lang: Lang, value: f64) -> String {
    let mut text = format!("{value:.6}");
    while text.ends_with('0') {
        text.pop();
    }
    if text.ends_with('.') {
        text.pop();
    }
    text.replace('.', decimal_mark(lang).encode_utf8(&mut [0; 4]))
}

impl CaseForm {
    /// The form of a stored draft, with one blank line, value and effect to add.
    pub(crate) fn of(draft: &Draft, lang: Lang) -> Self {
        let d = &draft.document;
        let n = |v: f64| number_text(lang, v);
        let mut lines: Vec<LineForm> = d
            .lines
            .iter()
            .map(|l| LineForm {
                kind: match l.kind {
                    Kind::Cost => "cost".into(),
                    Kind::Benefit => "benefit".into(),
                },
                category: l.category.as_str().into(),
                title: l.title.clone(),
                low: n(l.low),
                likely: n(l.likely),
                high: n(l.high),
                from_year: (l.from_year + 1).to_string(),
                to_year: (l.to_year + 1).to_string(),
                optimism_bias: n(l.optimism_bias * 100.0),
                bias_reason: l.bias_reason.clone(),
                assumption: l.assumption.clone(),
                source: l.source.clone(),
                remove: false,
            })
            .collect();
        lines.push(LineForm::default());
        let mut values: Vec<ValueForm> = d
            .values
            .iter()
            .map(|v| ValueForm {
                title: v.title.clone(),
                description: v.description.clone(),
                affects: v.affects.clone(),
                remove: false,
            })
            .collect();
        values.push(ValueForm::default());
        let mut effects: Vec<EffectForm> = d
            .effects
            .iter()
            .map(|e| EffectForm {
                effect: e.effect.clone(),
                mitigation: e.mitigation.clone(),
                remove: false,
            })
            .collect();
        effects.push(EffectForm::default());
        CaseForm {
            years: d.years.to_string(),
            discount_rate: n(d.discount_rate * 100.0),
            hourly_value: n(d.hourly_value),
            draws: draft.draws.to_string(),
            seed: draft.seed.to_string(),
            revision: draft.revision.to_string(),
            lines,
            values,
            effects,
        }
    }

    /// The form as posted: `lines[3].low` and the like.
    pub(crate) fn from_pairs(pairs: &[(String, String)]) -> Self {
        let mut form = CaseForm::default();
        let mut lines: BTreeMap<usize, LineForm> = BTreeMap::new();
        let mut values: BTreeMap<usize, ValueForm> = BTreeMap::new();
        let mut effects: BTreeMap<usize, EffectForm> = BTreeMap::new();
        for (name, value) in pairs {
            let value = value.clone();
            if let Some((list, index, field)) = indexed(name) {
                match list {
                    "lines" => {
                        let line = lines.entry(index).or_default();
                        match field {
                            "kind" => line.kind = value,
                            "category" => line.category = value,
                            "title" => line.title = value,
                            "low" => line.low = value,
                            "likely" => line.likely = value,
                            "high" => line.high = value,
                            "from_year" => line.from_year = value,
                            "to_year" => line.to_year = value,
                            "optimism_bias" => line.optimism_bias = value,
                            "bias_reason" => line.bias_reason = value,
                            "assumption" => line.assumption = value,
                            "source" => line.source = value,
                            "remove" => line.remove = true,
                            _ => {}
                        }
                    }
                    "values" => {
                        let item = values.entry(index).or_default();
                        match field {
                            "title" => item.title = value,
                            "description" => item.description = value,
                            "affects" => item.affects = value,
                            "remove" => item.remove = true,
                            _ => {}
                        }
                    }
                    "effects" => {
                        let item = effects.entry(index).or_default();
                        match field {
                            "effect" => item.effect = value,
                            "mitigation" => item.mitigation = value,
                            "remove" => item.remove = true,
                            _ => {}
                        }
                    }
                    _ => {}
                }
                continue;
            }
            match name.as_str() {
                "years" => form.years = value,
                "discount_rate" => form.discount_rate = value,
                "hourly_value" => form.hourly_value = value,
                "draws" => form.draws = value,
                "seed" => form.seed = value,
                "revision" => form.revision = value,
                _ => {}
            }
        }
        // At most the form's own number of items: a post cannot make the page huge.
        form.lines = lines
            .into_values()
            .take(super::model::MAX_LINES + 1)
            .collect();
        form.values = values
            .into_values()
            .take(super::model::MAX_WORDS_ITEMS + 1)
            .collect();
        form.effects = effects
            .into_values()
            .take(super::model::MAX_WORDS_ITEMS + 1)
            .collect();
        form
    }

    /// The draft the form asks for, or every problem under the form's own field names.
    /// Lines ticked for removal and blank lines are left out; the problems of the rest
    /// are named by their place in the form.
    /// The draft, its numbers read as the page's language writes them.
    pub(crate) fn draft(&self, lang: Lang) -> Result<Draft, FormErrors> {
        let mut errors = FormErrors::default();
        let number = |field: String, text: &str, errors: &mut FormErrors| -> f64 {
            parse_number(lang, text).unwrap_or_else(|| {
                errors.add_at(field, "case-error-not-a-number");
                0.0
            })
        };
        let whole = |field: &'static str, text: &str, errors: &mut FormErrors| -> u64 {
            text.trim().parse::<u64>().unwrap_or_else(|_| {
                errors.add(field, "case-error-whole-number");
                0
            })
        };
        let years = whole("years", &self.years, &mut errors);
        let discount_rate =
            number("discount_rate".into(), &self.discount_rate, &mut errors) / 100.0;
        let hourly_value = number("hourly_value".into(), &self.hourly_value, &mut errors);
        let draws = whole("draws", &self.draws, &mut errors);
        let seed = whole("seed", &self.seed, &mut errors);
        let revision = self.revision.trim().parse::<i64>().unwrap_or(0);
        let mut kept_lines = Vec::new();
        let mut line_places = Vec::new();
        for (place, line) in self.lines.iter().enumerate() {
            if line.remove || line.is_blank() {
                continue;
            }
            let field = |name: &str| format!("lines[{place}].{name}");
            let kind = match line.kind.as_str() {
                "benefit" => Kind::Benefit,
                "cost" => Kind::Cost,
                _ => {
                    errors.add_at(field("kind"), "case-error-kind");
                    Kind::Cost
                }
            };
            let category = Category::parse(&line.category).unwrap_or_else(|| {
                errors.add_at(field("category"), "case-error-category");
                Category::Other
            });
            let year = |name: &str, text: &str, errors: &mut FormErrors| -> u32 {
                match text.trim().parse::<u32>() {
                    Ok(y) if y >= 1 => y - 1,
                    _ => {
                        errors.add_at(field(name), "case-error-year");
                        0
                    }
                }
            };
            let from_year = year("from_year", &line.from_year, &mut errors);
            let to_year = year("to_year", &line.to_year, &mut errors);
            let bias = if line.optimism_bias.trim().is_empty() {
                category.starting_bias(kind)
            } else {
                number(field("optimism_bias"), &line.optimism_bias, &mut errors) / 100.0
            };
            kept_lines.push(CaseLine {
                kind,
                category,
                title: line.title.trim().to_owned(),
                low: number(field("low"), &line.low, &mut errors),
                likely: number(field("likely"), &line.likely, &mut errors),
                high: number(field("high"), &line.high, &mut errors),
                from_year,
                to_year,
                optimism_bias: bias,
                bias_reason: line.bias_reason.trim().to_owned(),
                assumption: line.assumption.trim().to_owned(),
                source: line.source.trim().to_owned(),
            });
            line_places.push(place);
        }
        let mut value_places = Vec::new();
        let values = self
            .values
            .iter()
            .enumerate()
            .filter(|(_, v)| {
                !v.remove
                    && [&v.title, &v.description, &v.affects]
                        .iter()
                        .any(|s| !s.trim().is_empty())
            })
            .map(|(place, v)| {
                value_places.push(place);
                Value {
                    title: v.title.trim().to_owned(),
                    description: v.description.trim().to_owned(),
                    affects: v.affects.trim().to_owned(),
                }
            })
            .collect();
        let mut effect_places = Vec::new();
        let effects = self
            .effects
            .iter()
            .enumerate()
            .filter(|(_, e)| {
                !e.remove
                    && [&e.effect, &e.mitigation]
                        .iter()
                        .any(|s| !s.trim().is_empty())
            })
            .map(|(place, e)| {
                effect_places.push(place);
                Effect {
                    effect: e.effect.trim().to_owned(),
                    mitigation: e.mitigation.trim().to_owned(),
                }
            })
            .collect();
        let draft = Draft {
            document: CaseDocument {
                years: u32::try_from(years).unwrap_or(u32::MAX),
                discount_rate,
                hourly_value,
                lines: kept_lines,
                values,
                effects,
            },
            draws: u32::try_from(draws).unwrap_or(u32::MAX),
            seed,
            revision,
            updated_at: 0,
        };
        if !errors.is_empty() {
            return Err(errors);
        }
        let problems = super::problems(&draft);
        if problems.is_empty() {
            return Ok(draft);
        }
        // Named as the form names them: the document's third line is the form's fifth
        // when two were removed before it.
        let mut named = FormErrors::default();
        for problem in problems.iter() {
            let field = renamed(
                &problem.field,
                &[
                    ("lines", &line_places),
                    ("values", &value_places),
                    ("effects", &effect_places),
                ],
            );
            named.add_at(field, problem.message);
        }
        Err(named)
    }
}

/// `lines[3].low` as (`lines`, 3, `low`).
fn indexed(name: &str) -> Option<(&str, usize, &str)> {
    let (list, rest) = name.split_once('[')?;
    let (index, field) = rest.split_once("].")?;
    Some((list, index.parse().ok()?, field))
}

/// A document's field named by the form's place of its item.
fn renamed(field: &str, places: &[(&str, &Vec<usize>)]) -> String {
    if let Some((list, index, rest)) = indexed(field) {
        if let Some((_, of_list)) = places.iter().find(|(name, _)| *name == list) {
            if let Some(place) = of_list.get(index) {
                return format!("{list}[{place}].{rest}");
            }
        }
    }
    field.to_owned()
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    #[test]
    fn numbers_read_as_danes_and_others_write_them() {
        let da = |text| parse_number(Lang::Da, text);
        assert_eq!(da("1.250.000"), Some(1_250_000.0));
        assert_eq!(da("1 250 000"), Some(1_250_000.0));
        assert_eq!(da("3,5"), Some(3.5));
        assert_eq!(da("3.5"), Some(3.5));
        assert_eq!(da("1.000"), Some(1000.0));
        assert_eq!(da("12.345,75"), Some(12345.75));
        assert_eq!(da("mange"), None);
        assert_eq!(da(""), None);
        // On an English page a comma groups thousands.
        let en = |text| parse_number(Lang::En, text);
        assert_eq!(en("120,000"), Some(120_000.0));
        assert_eq!(en("1,250,000.50"), Some(1_250_000.5));
        assert_eq!(en("0.125"), Some(0.125));
        assert_eq!(en("1.250.000"), None);
        assert_eq!(number_text(Lang::Da, 3.5), "3,5");
        assert_eq!(number_text(Lang::Da, 1_250_000.0), "1250000");
    }

    #[test]
    fn a_problem_is_named_by_the_place_of_its_line_in_the_form() {
        let line = |title: &str, low: &str, remove: bool| LineForm {
            kind: "cost".into(),
            category: "operation".into(),
            title: title.into(),
            low: low.into(),
            likely: "100".into(),
            high: "200".into(),
            from_year: "1".into(),
            to_year: "3".into(),
            optimism_bias: "41".into(),
            assumption: "Som i dag".into(),
            source: "Regnskab 2025".into(),
            remove,
            ..LineForm::default()
        };
        let form = CaseForm {
            years: "5".into(),
            discount_rate: "3,5".into(),
            hourly_value: "400".into(),
            draws: "1000".into(),
            seed: "7".into(),
            revision: "0".into(),
            lines: vec![
                line("Drift", "50", true),
                LineForm::default(),
                line("Support", "150", false),
            ],
            values: vec![],
            effects: vec![],
        };
        let errors = form.draft(Lang::Da).unwrap_err();
        let fields: Vec<&str> = errors.iter().map(|e| e.field.as_ref()).collect();
        assert_eq!(fields, ["lines[2].low"]);
    }
}
