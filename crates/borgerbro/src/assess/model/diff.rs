//! What changed between two versions of an assessment, field by field, named as
//! `Document::check` names fields (`answers.<question>`, `dpia.purposes`, `risks[1]`), so
//! a page can word each change with the same labels as the form. Pure: the versions page
//! shows it, and the API could give it.

use super::document::Document;
use super::rights::Risk;

/// One field that differs: what it held before and what it holds now; empty is nothing.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Change {
    pub field: String,
    pub before: String,
    pub after: String,
}

fn risk_text(risk: &Risk) -> String {
    format!(
        "{} ({}×{} → {}×{}) {}",
        risk.description,
        risk.likelihood,
        risk.consequence,
        risk.residual_likelihood,
        risk.residual_consequence,
        risk.measures
    )
    .trim_end()
    .to_owned()
}

/// Every field that differs from `before` to `after`, in the document's order: answers,
/// reasoning, mitigations, the DPIA, rights, risks.
pub fn diff(before: &Document, after: &Document) -> Vec<Change> {
    let mut changes = Vec::new();
    let mut push = |field: String, old: String, new: String| {
        if old != new {
            changes.push(Change {
                field,
                before: old,
                after: new,
            });
        }
    };
    let keys = |a: &std::collections::BTreeMap<String, String>,
                b: &std::collections::BTreeMap<String, String>| {
        let mut all: Vec<String> = a.keys().chain(b.keys()).cloned().collect();
        all.sort();
        all.dedup();
        all
    };
    for (prefix, old, new) in [
        ("answers", &before.answers, &after.answers),
        ("reasoning", &before.reasoning, &after.reasoning),
    ] {
        for code in keys(old, new) {
            let text = |map: &std::collections::BTreeMap<String, String>| {
                map.get(&code).cloned().unwrap_or_default()
            };
            push(format!("{prefix}.{code}"), text(old), text(new));
        }
    }
    push(
        "mitigations".into(),
        before.mitigations.join("\n"),
        after.mitigations.join("\n"),
    );
    for (name, old, new) in [
        (
            "description",
            &before.dpia.description,
            &after.dpia.description,
        ),
        ("purposes", &before.dpia.purposes, &after.dpia.purposes),
        ("necessity", &before.dpia.necessity, &after.dpia.necessity),
        (
            "proportionality",
            &before.dpia.proportionality,
            &after.dpia.proportionality,
        ),
    ] {
        push(format!("dpia.{name}"), old.clone(), new.clone());
    }
    for right in super::rights::Right::ALL {
        let text = |doc: &Document| {
            doc.rights
                .get(&right)
                .map(|a| {
                    format!("{} {}", a.effect.as_str(), a.reasoning)
                        .trim_end()
                        .to_owned()
                })
                .unwrap_or_default()
        };
        push(
            format!("rights.{}", right.as_str()),
            text(before),
            text(after),
        );
    }
    for i in 0..before.risks.len().max(after.risks.len()) {
        let text = |doc: &Document| doc.risks.get(i).map(risk_text).unwrap_or_default();
        push(format!("risks[{i}]"), text(before), text(after));
    }
    changes
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeMap;

    fn risk(description: &str, likelihood: u8) -> Risk {
        Risk {
            description: description.into(),
            likelihood,
            consequence: 3,
            measures: "Hjælp".into(),
            residual_likelihood: 1,
            residual_consequence: 2,
        }
    }

    #[test]
    fn the_same_document_has_no_changes() {
        let doc = Document {
            answers: BTreeMap::from([("design_for_all.mitid".into(), "yes".into())]),
            risks: vec![risk("A", 2)],
            ..Document::default()
        };
        assert!(diff(&doc, &doc).is_empty());
    }

    #[test]
    fn each_changed_field_is_named_with_before_and_after() {
        let before = Document {
            answers: BTreeMap::from([
                ("design_for_all.mitid".into(), "yes".into()),
                ("communicate.danish_only".into(), "yes".into()),
            ]),
            risks: vec![risk("A", 2), risk("B", 4)],
            ..Document::default()
        };
        let mut after = before.clone();
        after
            .answers
            .insert("design_for_all.mitid".into(), "with_alternative".into());
        after.answers.remove("communicate.danish_only");
        after.dpia.purposes = "At afgøre støtten.".into();
        after.risks.pop();
        after.risks[0].likelihood = 1;
        let changes = diff(&before, &after);
        let fields: Vec<&str> = changes.iter().map(|c| c.field.as_str()).collect();
        assert_eq!(
            fields,
            [
                "answers.communicate.danish_only",
                "answers.design_for_all.mitid",
                "dpia.purposes",
                "risks[0]",
                "risks[1]"
            ]
        );
        assert_eq!(changes[0].after, "", "an answer taken back");
        assert_eq!(changes[1].before, "yes");
        assert_eq!(changes[1].after, "with_alternative");
        assert_eq!(changes[3].before, "A (2×3 → 1×2) Hjælp");
        assert_eq!(changes[3].after, "A (1×3 → 1×2) Hjælp");
        assert_eq!(changes[4].after, "", "a risk removed");
    }
}
