//! The record of processing (GDPR article 30) as the citizen reads it: one entry per kind
//! of data the authority holds about a citizen, with what it is, why it is kept, where it
//! comes from, who receives it and how long it is kept. The checks an entry must pass
//! before it is stored, and klarsprog's reading of its texts. No I/O.

use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use crate::forms::FormErrors;

/// The longest text of an entry: a short paragraph, which is what a citizen reads.
pub(crate) const MAX_TEXT_CHARS: usize = 1_000;

/// The longest retention period an entry may state in days: a hundred years.
pub(crate) const MAX_RETENTION_DAYS: u32 = 36_500;

/// A kind of data the authority holds about a citizen.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
#[schema(as = RecordCategory)]
pub enum Category {
    /// The person record: name, identifiers, address, phone.
    Person,
    /// Letters and their attachments.
    Letters,
    /// The citizen's answers to letters.
    Answers,
    Bookings,
    /// Sign-ups to the network's courses and events.
    EventSignups,
    /// Permissions the citizen gave helpers.
    Permissions,
    /// Choices such as paper post, language, easy-read.
    Choices,
    /// "Var det let?" answers and what the front desk noted the citizen got stuck on.
    Feedback,
    /// Notes of disagreement and requests under the data protection rules.
    Requests,
    /// Who looked at the citizen's data (the audit log).
    AccessLog,
}

impl Category {
    pub(crate) const ALL: [Category; 10] = [
        Category::Person,
        Category::Letters,
        Category::Answers,
        Category::Bookings,
        Category::EventSignups,
        Category::Permissions,
        Category::Choices,
        Category::Feedback,
        Category::Requests,
        Category::AccessLog,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Category::Person => "person",
            Category::Letters => "letters",
            Category::Answers => "answers",
            Category::Bookings => "bookings",
            Category::EventSignups => "event_signups",
            Category::Permissions => "permissions",
            Category::Choices => "choices",
            Category::Feedback => "feedback",
            Category::Requests => "requests",
            Category::AccessLog => "access_log",
        }
    }

    pub fn parse(text: &str) -> Option<Category> {
        Category::ALL.into_iter().find(|c| c.as_str() == text)
    }

    /// The kind's name, in the Fluent files.
    pub(crate) fn label_key(self) -> String {
        format!("record-category-{}", self.as_str().replace('_', "-"))
    }
}

/// One entry of the record, checked.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct Entry {
    pub category: Category,
    /// What the data is, in plain words.
    pub what: String,
    /// Why it is kept.
    pub purpose: String,
    /// The legal basis (the GDPR article and the law).
    pub legal_basis: String,
    /// Where the data comes from.
    pub source: String,
    /// Who receives it.
    pub recipients: String,
    /// How long it is kept, in plain words.
    pub retention: String,
    /// The retention period in days, counted from when an item was made, that the
    /// retention sweep acts on; none when nothing is deleted by age.
    pub retention_days: Option<u32>,
    /// Used for statistics.
    pub statistics: bool,
    /// Used to train or run machine learning.
    pub machine_learning: bool,
}

/// The text fields of an entry, by name, in the order pages show them.
pub(crate) const TEXT_FIELDS: [&str; 6] = [
    "what",
    "purpose",
    "legal_basis",
    "source",
    "recipients",
    "retention",
];

impl Entry {
    /// The entry's texts with their field names, in [`TEXT_FIELDS`] order.
    pub(crate) fn texts(&self) -> [(&'static str, &str); 6] {
        [
            ("what", &self.what),
            ("purpose", &self.purpose),
            ("legal_basis", &self.legal_basis),
            ("source", &self.source),
            ("recipients", &self.recipients),
            ("retention", &self.retention),
        ]
    }
}

/// An entry as a form or an imported file gives it, not yet checked.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct Draft {
    #[serde(default)]
    pub category: String,
    #[serde(default)]
    pub what: String,
    #[serde(default)]
    pub purpose: String,
    #[serde(default)]
    pub legal_basis: String,
    #[serde(default)]
    pub source: String,
    #[serde(default)]
    pub recipients: String,
    #[serde(default)]
    pub retention: String,
    /// Days as digits, or empty for none.
    #[serde(default, with = "days_text")]
    pub retention_days: String,
    #[serde(default)]
    pub statistics: bool,
    #[serde(default)]
    pub machine_learning: bool,
}

/// `retention_days` is a number or null in JSON and digits in a form: the draft keeps
/// it as text so that one check reads both.
mod days_text {
    use serde::{Deserialize, Deserializer, Serializer};

    pub(crate) fn serialize<S: Serializer>(days: &str, s: S) -> Result<S::Ok, S::Error> {
        match days.parse::<u64>() {
            Ok(days) => s.serialize_u64(days),
            Err(_) => s.serialize_none(),
        }
    }

    pub(crate) fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<String, D::Error> {
        #[derive(Deserialize)]
        #[serde(untagged)]
        enum Days {
            Number(i64),
            Text(String),
        }
        Ok(match Option::<Days>::deserialize(d)? {
            None => String::new(),
            Some(Days::Number(n)) => n.to_string(),
            Some(Days::Text(t)) => t,
        })
    }
}

impl From<&Entry> for Draft {
    fn from(entry: &Entry) -> Self {
        Draft {
            category: entry.category.as_str().into(),
            what: entry.what.clone(),
            purpose: entry.purpose.clone(),
            legal_basis: entry.legal_basis.clone(),
            source: entry.source.clone(),
            recipients: entry.recipients.clone(),
            retention: entry.retention.clone(),
            retention_days: entry
                .retention_days
                .map(|d| d.to_string())
                .unwrap_or_default(),
            statistics: entry.statistics,
            machine_learning: entry.machine_learning,
        }
    }
}

impl Draft {
    /// The entry, or what is wrong with each field (Fluent keys). Texts are trimmed.
    pub(crate) fn check(&self) -> Result<Entry, FormErrors> {
        let mut errors = FormErrors::default();
        let category = Category::parse(self.category.trim());
        if category.is_none() {
            errors.add("category", "record-error-category");
        }
        let texts = [
            ("what", &self.what),
            ("purpose", &self.purpose),
            ("legal_basis", &self.legal_basis),
            ("source", &self.source),
            ("recipients", &self.recipients),
            ("retention", &self.retention),
        ];
        for (field, text) in texts {
            let text = text.trim();
            if text.is_empty() {
                errors.add(field, "record-error-empty");
            } else if text.chars().count() > MAX_TEXT_CHARS {
                errors.add(field, "record-error-too-long");
            }
        }
        let days = self.retention_days.trim();
        let retention_days = if days.is_empty() {
            None
        } else {
            match days.parse::<u32>() {
                Ok(d) if (1..=MAX_RETENTION_DAYS).contains(&d) => Some(d),
                _ => {
                    errors.add("retention_days", "record-error-days");
                    None
                }
            }
        };
        match category {
            Some(category) if errors.is_empty() => Ok(Entry {
                category,
                what: self.what.trim().into(),
                purpose: self.purpose.trim().into(),
                legal_basis: self.legal_basis.trim().into(),
                source: self.source.trim().into(),
                recipients: self.recipients.trim().into(),
                retention: self.retention.trim().into(),
                retention_days,
                statistics: self.statistics,
                machine_learning: self.machine_learning,
            }),
            _ => Err(errors),
        }
    }
}

/// The record as a file: what an export writes and an import reads.
#[derive(Debug, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RecordFile {
    pub entries: Vec<Draft>,
}

/// What is wrong with one entry of an imported file: its number (from one), the field
/// and the Fluent key.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct EntryProblem {
    pub entry: usize,
    pub field: &'static str,
    pub message: &'static str,
}

/// The entries of an imported file, or every problem in it: an unknown field or bad
/// JSON, an entry that fails its check, a kind named twice. All or nothing.
pub(crate) fn read_file(bytes: &[u8]) -> Result<Vec<Entry>, Vec<EntryProblem>> {
    let file: RecordFile = match serde_json::from_slice(bytes) {
        Ok(file) => file,
        Err(_) => {
            return Err(vec![EntryProblem {
                entry: 0,
                field: "file",
                message: "record-import-bad-json",
            }])
        }
    };
    let mut problems = Vec::new();
    let mut entries: Vec<Entry> = Vec::new();
    for (index, draft) in file.entries.iter().enumerate() {
        match draft.check() {
            Ok(entry) if entries.iter().any(|e| e.category == entry.category) => {
                problems.push(EntryProblem {
                    entry: index + 1,
                    field: "category",
                    message: "record-import-twice",
                });
            }
            Ok(entry) => entries.push(entry),
            Err(errors) => {
                for error in errors.iter() {
                    problems.push(EntryProblem {
                        entry: index + 1,
                        field: TEXT_FIELDS
                            .into_iter()
                            .chain(["category", "retention_days"])
                            .find(|f| *f == error.field)
                            .unwrap_or("file"),
                        message: error.message,
                    });
                }
            }
        }
    }
    if entries.is_empty() && problems.is_empty() {
        problems.push(EntryProblem {
            entry: 0,
            field: "file",
            message: "record-import-empty",
        });
    }
    if problems.is_empty() {
        Ok(entries)
    } else {
        Err(problems)
    }
}

/// The record as a file, in the kinds' order, for an export that an import reads back.
pub(crate) fn write_file(entries: &[Entry]) -> RecordFile {
    let mut entries: Vec<&Entry> = entries.iter().collect();
    entries.sort_by_key(|e| Category::ALL.iter().position(|c| *c == e.category));
    RecordFile {
        entries: entries.into_iter().map(Draft::from).collect(),
    }
}

/// klarsprog's reading of one text of the record, as the administrator sees it beside
/// the text: the LIX and what could be plainer.
#[derive(Debug, Clone)]
pub(crate) struct PlainCheck {
    pub lix: i64,
    pub band: klarsprog::Band,
    /// What klarsprog found, in Danish (the texts are Danish).
    pub findings: Vec<String>,
}

pub(crate) fn plain_check(text: &str) -> PlainCheck {
    let report = klarsprog::analyse(text, klarsprog::Format::Text);
    PlainCheck {
        lix: report.lix.round() as i64,
        band: report.band,
        findings: report
            .findings
            .iter()
            .map(|f| match &f.suggestion {
                Some(s) => format!("«{}»: {} ({s})", f.text, f.message),
                None => format!("«{}»: {}", f.text, f.message),
            })
            .collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn draft() -> Draft {
        Draft {
            category: "bookings".into(),
            what: "Dine aftaler med os: tid, sted og hvad mødet handler om.".into(),
            purpose: "Så vi kan holde mødet.".into(),
            legal_basis: "Databeskyttelsesforordningen artikel 6, stk. 1, litra e.".into(),
            source: "Dig, din hjælper eller Borgerservice.".into(),
            recipients: "Kun os.".into(),
            retention: "Et år efter mødet.".into(),
            retention_days: "365".into(),
            statistics: true,
            machine_learning: false,
        }
    }

    #[test]
    fn a_complete_draft_is_an_entry_with_its_texts_trimmed() {
        let mut d = draft();
        d.purpose = "  Så vi kan holde mødet.\n".into();
        let entry = d.check().unwrap();
        assert_eq!(entry.category, Category::Bookings);
        assert_eq!(entry.purpose, "Så vi kan holde mødet.");
        assert_eq!(entry.retention_days, Some(365));
        assert!(entry.statistics && !entry.machine_learning);
        assert_eq!(Draft::from(&entry).check().unwrap(), entry);
    }

    #[test]
    fn each_missing_or_bad_field_is_named() {
        let d = Draft {
            category: "pets".into(),
            what: " ".into(),
            purpose: "x".repeat(MAX_TEXT_CHARS + 1),
            retention_days: "0".into(),
            ..draft()
        };
        let errors = d.check().unwrap_err();
        let fields: Vec<&str> = errors.iter().map(|e| &*e.field).collect();
        assert_eq!(
            fields,
            ["category", "what", "purpose", "retention_days"],
            "{errors:?}"
        );
        for days in ["abc", "-3", "36501", "1.5"] {
            let d = Draft {
                retention_days: days.into(),
                ..draft()
            };
            assert!(d.check().is_err(), "{days}");
        }
        let d = Draft {
            retention_days: " ".into(),
            ..draft()
        };
        assert_eq!(d.check().unwrap().retention_days, None);
    }

    #[test]
    fn a_file_is_read_all_or_nothing_and_names_each_bad_entry() {
        let good = serde_json::to_string(&draft()).unwrap();
        let file = format!(r#"{{"entries": [{good}, {good}, {{"category": "letters"}}]}}"#);
        let problems = read_file(file.as_bytes()).unwrap_err();
        assert!(problems.contains(&EntryProblem {
            entry: 2,
            field: "category",
            message: "record-import-twice"
        }));
        assert!(problems.contains(&EntryProblem {
            entry: 3,
            field: "what",
            message: "record-error-empty"
        }));
        assert!(!problems.iter().any(|p| p.entry == 1));
        assert_eq!(read_file(b"not json").unwrap_err()[0].field, "file");
        assert_eq!(
            read_file(br#"{"entries": [], "extra": 1}"#).unwrap_err()[0].message,
            "record-import-bad-json"
        );
        assert_eq!(
            read_file(br#"{"entries": []}"#).unwrap_err()[0].message,
            "record-import-empty"
        );
        let entries = read_file(format!(r#"{{"entries": [{good}]}}"#).as_bytes()).unwrap();
        assert_eq!(entries.len(), 1);
        // An export is read back as it was; days may be null.
        let written = serde_json::to_vec(&write_file(&entries)).unwrap();
        assert_eq!(read_file(&written).unwrap(), entries);
        let none = good.replace(r#""retention_days":365"#, r#""retention_days":null"#);
        let entries = read_file(format!(r#"{{"entries": [{none}]}}"#).as_bytes()).unwrap();
        assert_eq!(entries[0].retention_days, None);
    }

    #[test]
    fn every_kind_is_read_back_from_its_own_name() {
        for c in Category::ALL {
            assert_eq!(Category::parse(c.as_str()), Some(c));
        }
        assert_eq!(
            Category::AccessLog.label_key(),
            "record-category-access-log"
        );
        assert_eq!(Category::parse("Person"), None);
    }

    #[test]
    fn the_plain_check_reads_lix_and_findings() {
        let hard = plain_check(
            "Behandlingen af personoplysningerne foretages med henblik på varetagelse af \
             myndighedsudøvelsen i henhold til gældende lovgivning på området.",
        );
        assert!(hard.lix > 55, "{}", hard.lix);
        let easy = plain_check("Vi gemmer dit navn. Så kan vi skrive til dig.");
        assert!(easy.lix < hard.lix);
    }
}
