//! Guides for moments in life: short steps, what to have ready, who can help, and the
//! way without a computer. Borgerbro ships guides in Danish easy-read and English as
//! files (`guides/{lang}/{slug}.md`); staff edit them or write new ones, and what they
//! save replaces the shipped text.

use std::sync::LazyLock;

use rust_embed::RustEmbed;
use serde::{Deserialize, Serialize};

use super::model::Topic;
use crate::forms::{control_problem, FormErrors, Lines};
use crate::i18n::Lang;

#[derive(RustEmbed)]
#[folder = "guides/"]
struct Shipped;

/// At most this many steps: a guide longer than that is two guides.
pub(crate) const MAX_STEPS: usize = 12;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Step {
    pub title: String,
    /// Markdown.
    pub body: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Guide {
    pub slug: String,
    pub lang: Lang,
    pub title: String,
    pub summary: String,
    pub topics: Vec<Topic>,
    pub ready: Vec<String>,
    pub who_can_help: String,
    pub without_computer: String,
    pub steps: Vec<Step>,
    /// When staff last saved it; `None` for the text as shipped.
    pub updated_at: Option<i64>,
}

/// A guide as the form (and a shipped file) writes it: every field as text.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct GuideDraft {
    pub title: String,
    pub summary: String,
    /// Topic codes separated by commas.
    pub topics: String,
    /// One thing to have ready per line.
    pub ready: String,
    pub who_can_help: String,
    pub without_computer: String,
    /// Markdown: each step starts with a "## " heading.
    pub steps: String,
}

/// The TOML between the `+++` lines at the top of a shipped guide.
#[derive(Deserialize)]
struct FrontMatter {
    title: String,
    summary: String,
    topics: Vec<String>,
    #[serde(default)]
    ready: Vec<String>,
    who_can_help: String,
    without_computer: String,
}

/// "trin-1" style names are not needed: a slug is lowercase letters, digits and hyphens.
pub(crate) fn valid_slug(slug: &str) -> bool {
    !slug.is_empty()
        && slug.len() <= 80
        && slug
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
}

/// Splits "## Title\ntext\n## Title\ntext" into steps; text before the first heading is
/// an error, as is a step without text.
fn steps_of(markdown: &str) -> Result<Vec<Step>, &'static str> {
    let mut steps: Vec<Step> = Vec::new();
    for line in markdown.lines() {
        if let Some(title) = line.strip_prefix("## ") {
            steps.push(Step {
                title: title.trim().to_owned(),
                body: String::new(),
            });
        } else if let Some(step) = steps.last_mut() {
            step.body.push_str(line);
            step.body.push('\n');
        } else if !line.trim().is_empty() {
            return Err("help-guide-error-steps-start");
        }
    }
    for step in &mut steps {
        step.body = step.body.trim().to_owned();
        if step.title.is_empty() || step.body.is_empty() {
            return Err("help-guide-error-step-empty");
        }
    }
    match steps.len() {
        0 => Err("help-guide-error-steps-none"),
        n if n > MAX_STEPS => Err("help-guide-error-steps-many"),
        _ => Ok(steps),
    }
}

impl GuideDraft {
    pub(crate) fn has_topic(&self, topic: &Topic) -> bool {
        self.topics.split(',').any(|t| t.trim() == topic.as_str())
    }

    /// The text a plain-language check reads: what the citizen reads, in order.
    pub(crate) fn reading_text(&self) -> String {
        [
            self.summary.as_str(),
            self.ready.as_str(),
            self.steps.as_str(),
            self.who_can_help.as_str(),
            self.without_computer.as_str(),
        ]
        .join("\n\n")
    }

    pub(crate) fn check(&self, slug: &str, lang: Lang) -> Result<Guide, FormErrors> {
        let mut errors = FormErrors::default();
        // Each message names its field: four alike told nobody which box was empty.
        let required = |value: &str, field: &'static str, message, errors: &mut FormErrors| {
            if value.trim().is_empty() {
                errors.add(field, message);
            }
        };
        required(&self.title, "title", "help-guide-error-title", &mut errors);
        required(
            &self.summary,
            "summary",
            "help-guide-error-summary",
            &mut errors,
        );
        required(
            &self.who_can_help,
            "who_can_help",
            "help-guide-error-who-can-help",
            &mut errors,
        );
        required(
            &self.without_computer,
            "without_computer",
            "help-guide-error-without-computer",
            &mut errors,
        );
        // Control characters, by the one rule for typed text, in every field not already
        // refused for being empty.
        for (field, value, lines) in [
            ("title", &self.title, Lines::One),
            ("summary", &self.summary, Lines::One),
            ("ready", &self.ready, Lines::Several),
            ("steps", &self.steps, Lines::Several),
            ("who_can_help", &self.who_can_help, Lines::Several),
            ("without_computer", &self.without_computer, Lines::Several),
        ] {
            if let Err(problem) = control_problem(value.trim(), lines) {
                if !errors.has(field) {
                    errors.add(field, problem);
                }
            }
        }
        let topics: Option<Vec<Topic>> = self
            .topics
            .split(',')
            .map(str::trim)
            .filter(|t| !t.is_empty())
            .map(Topic::parse)
            .collect();
        let topics = match topics {
            Some(topics) if !topics.is_empty() => topics,
            _ => {
                errors.add("topics", "help-guide-error-topics");
                Vec::new()
            }
        };
        let steps = match errors.has("steps") {
            true => Vec::new(),
            false => steps_of(&self.steps).unwrap_or_else(|message| {
                errors.add("steps", message);
                Vec::new()
            }),
        };
        if !errors.is_empty() {
            return Err(errors);
        }
        Ok(Guide {
            slug: slug.to_owned(),
            lang,
            title: self.title.trim().to_owned(),
            summary: self.summary.trim().to_owned(),
            topics,
            ready: self
                .ready
                .lines()
                .map(str::trim)
                .filter(|l| !l.is_empty())
                .map(str::to_owned)
                .collect(),
            who_can_help: self.who_can_help.trim().to_owned(),
            without_computer: self.without_computer.trim().to_owned(),
            steps,
            updated_at: None,
        })
    }
}

impl Guide {
    /// The guide as the edit form shows it.
    pub(crate) fn draft(&self) -> GuideDraft {
        GuideDraft {
            title: self.title.clone(),
            summary: self.summary.clone(),
            topics: self
                .topics
                .iter()
                .map(|t| t.as_str())
                .collect::<Vec<_>>()
                .join(","),
            ready: self.ready.join("\n"),
            who_can_help: self.who_can_help.clone(),
            without_computer: self.without_computer.clone(),
            steps: self
                .steps
                .iter()
                .map(|s| format!("## {}\n\n{}\n", s.title, s.body))
                .collect::<Vec<_>>()
                .join("\n"),
        }
    }
}

/// Reads a shipped guide file: TOML between `+++` lines, then the steps in Markdown.
fn parse_file(slug: &str, lang: Lang, source: &str) -> Option<Guide> {
    let rest = source.strip_prefix("+++")?;
    let (front, steps) = rest.split_once("\n+++")?;
    let front: FrontMatter = toml::from_str(front).ok()?;
    GuideDraft {
        title: front.title,
        summary: front.summary,
        topics: front.topics.join(","),
        ready: front.ready.join("\n"),
        who_can_help: front.who_can_help,
        without_computer: front.without_computer,
        steps: steps.to_owned(),
    }
    .check(slug, lang)
    .ok()
}

/// Every guide Borgerbro ships in one language, read from the binary once.
pub(crate) fn shipped(lang: Lang) -> &'static [Guide] {
    static SHIPPED: LazyLock<[Vec<Guide>; Lang::ALL.len()]> =
        LazyLock::new(|| Lang::ALL.map(read_shipped));
    let index = Lang::ALL.iter().position(|l| *l == lang).unwrap_or(0);
    &SHIPPED[index]
}

fn read_shipped(lang: Lang) -> Vec<Guide> {
    let prefix = format!("{}/", lang.code());
    let mut guides: Vec<Guide> = Shipped::iter()
        .filter_map(|path| {
            let slug = path.strip_prefix(&prefix)?.strip_suffix(".md")?.to_owned();
            let file = Shipped::get(&path)?;
            let source = std::str::from_utf8(&file.data).ok()?;
            parse_file(&slug, lang, source)
        })
        .collect();
    guides.sort_by(|a, b| a.title.cmp(&b.title));
    guides
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_shipped_guide_reads_in_both_languages_with_the_same_steps() {
        let danish = shipped(Lang::Da);
        let english = shipped(Lang::En);
        assert!(danish.len() >= 9, "{}", danish.len());
        let files = Shipped::iter().filter(|p| p.starts_with("da/")).count();
        assert_eq!(danish.len(), files, "a shipped Danish guide does not read");
        for guide in danish {
            let other = english
                .iter()
                .find(|g| g.slug == guide.slug)
                .unwrap_or_else(|| panic!("{} has no English version", guide.slug));
            assert_eq!(guide.steps.len(), other.steps.len(), "{}", guide.slug);
            assert_eq!(guide.topics, other.topics, "{}", guide.slug);
        }
    }

    #[test]
    fn the_shipped_danish_guides_are_easy_to_read() {
        for guide in shipped(Lang::Da) {
            let text = guide.draft().reading_text();
            let report = klarsprog::analyse(&text, klarsprog::Format::Markdown);
            assert!(report.lix <= 30.0, "{}: LIX {}", guide.slug, report.lix);
        }
    }

    #[test]
    fn a_draft_names_what_is_missing() {
        let errors = GuideDraft {
            steps: "Intro before any step\n## Trin".into(),
            ..GuideDraft::default()
        }
        .check("x", Lang::Da)
        .unwrap_err();
        assert_eq!(errors.get("title"), Some("help-guide-error-title"));
        assert_eq!(errors.get("topics"), Some("help-guide-error-topics"));
        assert_eq!(errors.get("steps"), Some("help-guide-error-steps-start"));
        let empty_step = GuideDraft {
            steps: "## Trin uden tekst\n\n## Trin\nGør det.".into(),
            ..GuideDraft::default()
        };
        let errors = empty_step.check("x", Lang::Da).unwrap_err();
        assert_eq!(errors.get("steps"), Some("help-guide-error-step-empty"));
    }

    #[test]
    fn a_guide_reads_back_from_its_draft() {
        for guide in shipped(Lang::Da) {
            let again = guide.draft().check(&guide.slug, Lang::Da);
            assert_eq!(again.as_ref(), Ok(guide));
        }
    }

    #[test]
    fn control_characters_are_refused_in_every_text_of_a_guide() {
        let guide = &shipped(Lang::Da)[0];
        let good = guide.draft();
        for (field, edit) in [
            (
                "title",
                (|d: &mut GuideDraft| d.title.push('\u{0}')) as fn(&mut GuideDraft),
            ),
            ("summary", |d| d.summary.push_str("\nmere")),
            ("ready", |d| d.ready.push_str("\nPas\u{1b}")),
            ("steps", |d| d.steps.push_str("\n\u{0}")),
            ("who_can_help", |d| d.who_can_help.push('\u{7f}')),
            ("without_computer", |d| d.without_computer.push('\u{8}')),
        ] {
            let mut draft = good.clone();
            edit(&mut draft);
            let errors = draft.check(&guide.slug, Lang::Da).unwrap_err();
            assert_eq!(
                errors.get(field),
                Some(crate::forms::TEXT_INVALID),
                "{field}"
            );
        }
    }

    #[test]
    fn slugs_are_plain() {
        assert!(valid_slug("mistet-mitid"));
        assert!(!valid_slug("Mistet MitID"));
        assert!(!valid_slug("../etc"));
    }
}
