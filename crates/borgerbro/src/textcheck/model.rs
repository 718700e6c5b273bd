//! A klarsprog report as the page shows it: the text with each finding marked and
//! numbered, and the numbered explanations beside it. No I/O.

use klarsprog::{Finding, FindingKind};

/// A piece of the checked text: plain, or marked as finding number `mark`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Segment {
    pub text: String,
    pub mark: Option<usize>,
}

/// One numbered finding.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Note {
    pub number: usize,
    pub kind_key: &'static str,
    pub text: String,
    pub message: String,
    pub suggestion: Option<String>,
    /// Whether the finding is marked in the text (short findings) or only listed
    /// (whole sentences and paragraphs, which would hide the marks inside them).
    pub marked: bool,
}

/// The Fluent key of a finding kind's name.
pub(crate) fn kind_key(kind: FindingKind) -> &'static str {
    match kind {
        FindingKind::CprNumber => "check-kind-cpr-number",
        FindingKind::VeryLongSentence => "check-kind-very-long-sentence",
        FindingKind::LongSentence => "check-kind-long-sentence",
        FindingKind::LongParagraph => "check-kind-long-paragraph",
        FindingKind::Officialese => "check-kind-officialese",
        FindingKind::Jargon => "check-kind-jargon",
        FindingKind::Nominalisation => "check-kind-nominalisation",
        FindingKind::Passive => "check-kind-passive",
        FindingKind::Abbreviation => "check-kind-abbreviation",
        FindingKind::OldAddress => "check-kind-old-address",
        FindingKind::VeryLongWord => "check-kind-very-long-word",
    }
}

fn spans_a_passage(kind: FindingKind) -> bool {
    matches!(
        kind,
        FindingKind::VeryLongSentence | FindingKind::LongSentence | FindingKind::LongParagraph
    )
}

/// Numbers the findings in text order and cuts the text into plain and marked pieces.
/// Marks never overlap: a finding inside an earlier mark is listed but not marked.
pub(crate) fn annotate(text: &str, findings: &[Finding]) -> (Vec<Segment>, Vec<Note>) {
    let mut notes = Vec::with_capacity(findings.len());
    let mut segments = Vec::new();
    let mut cursor = 0;
    for (index, finding) in findings.iter().enumerate() {
        let inside = finding.start >= cursor
            && finding.end <= text.len()
            && text.is_char_boundary(finding.start)
            && text.is_char_boundary(finding.end);
        let marked = !spans_a_passage(finding.kind) && inside && finding.end > finding.start;
        if marked {
            if finding.start > cursor {
                segments.push(Segment {
                    text: text[cursor..finding.start].to_owned(),
                    mark: None,
                });
            }
            segments.push(Segment {
                text: text[finding.start..finding.end].to_owned(),
                mark: Some(index + 1),
            });
            cursor = finding.end;
        }
        notes.push(Note {
            number: index + 1,
            kind_key: kind_key(finding.kind),
            text: finding.text.clone(),
            message: finding.message.clone(),
            suggestion: finding.suggestion.clone(),
            marked,
        });
    }
    if cursor < text.len() {
        segments.push(Segment {
            text: text[cursor..].to_owned(),
            mark: None,
        });
    }
    (segments, notes)
}

#[cfg(test)]
mod tests {
    use super::*;
    use klarsprog::{analyse, Format};

    #[test]
    fn findings_are_marked_in_order_and_the_text_is_kept_whole() {
        let text = "Vi skal foretage en vurdering af din sag. Du bedes svare.";
        let report = analyse(text, Format::Text);
        assert!(report.findings.len() >= 2, "{:?}", report.findings);
        let (segments, notes) = annotate(text, &report.findings);
        let whole: String = segments.iter().map(|s| s.text.as_str()).collect();
        assert_eq!(whole, text);
        assert_eq!(notes.len(), report.findings.len());
        let marks: Vec<usize> = segments.iter().filter_map(|s| s.mark).collect();
        assert!(marks.windows(2).all(|w| w[0] < w[1]));
        assert!(segments
            .iter()
            .any(|s| s.mark.is_some() && s.text == "foretage en vurdering"));
    }

    #[test]
    fn a_long_sentence_is_listed_but_does_not_hide_the_marks_inside_it() {
        let text = "Vi skal foretage en vurdering af om du har ret til hjælp og derfor \
                    beder vi dig om at sende os alle de papirer som du har om din sag \
                    og om din indkomst og om din bolig inden fristen udløber.";
        let report = analyse(text, Format::Text);
        let (segments, notes) = annotate(text, &report.findings);
        let long = notes
            .iter()
            .find(|n| n.kind_key.ends_with("long-sentence"))
            .unwrap_or_else(|| panic!("{notes:?}"));
        assert!(!long.marked);
        assert!(segments.iter().any(|s| s.mark.is_some()));
    }

    #[test]
    fn no_findings_leave_one_plain_segment() {
        let (segments, notes) = annotate("Tak for din ansøgning.", &[]);
        assert_eq!(
            segments,
            vec![Segment {
                text: "Tak for din ansøgning.".into(),
                mark: None
            }]
        );
        assert!(notes.is_empty());
    }
}
