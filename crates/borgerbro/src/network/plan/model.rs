//! The annual action plan's rules: an item has a year, an owner, a status and the input
//! that led to it (a meeting, "Var det let?" answers, what citizens got stuck on, a
//! hearing). Pure rules, no I/O.

use serde::Deserialize;

use crate::forms::FormErrors;

/// The most characters of a title or of the input in words.
pub const MAX_LINE: usize = 300;
pub const MAX_TEXT: usize = 2_000;

/// Where an item stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    Planned,
    InProgress,
    Done,
    Dropped,
}

impl Status {
    pub const ALL: [Status; 4] = [
        Status::Planned,
        Status::InProgress,
        Status::Done,
        Status::Dropped,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Status::Planned => "planned",
            Status::InProgress => "in_progress",
            Status::Done => "done",
            Status::Dropped => "dropped",
        }
    }

    pub fn parse(text: &str) -> Option<Status> {
        Status::ALL.into_iter().find(|s| s.as_str() == text)
    }

    pub(crate) fn label_key(self) -> String {
        format!("network-plan-status-{}", self.as_str().replace('_', "-"))
    }
}

/// What led to an item.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Input {
    /// A network meeting (its id is the reference).
    Meeting,
    /// Answers to "Var det let?".
    Feedback,
    /// The front desk's notes of what citizens got stuck on.
    Stuck,
    /// A public hearing of a project (its id is the reference).
    Hearing,
    Other,
}

impl Input {
    pub const ALL: [Input; 5] = [
        Input::Meeting,
        Input::Feedback,
        Input::Stuck,
        Input::Hearing,
        Input::Other,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Input::Meeting => "meeting",
            Input::Feedback => "feedback",
            Input::Stuck => "stuck",
            Input::Hearing => "hearing",
            Input::Other => "other",
        }
    }

    pub fn parse(text: &str) -> Option<Input> {
        Input::ALL.into_iter().find(|s| s.as_str() == text)
    }

    pub(crate) fn label_key(self) -> String {
        format!("network-plan-input-{}", self.as_str())
    }
}

/// An item as the coordinator types it.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[serde(default)]
pub struct ItemForm {
    pub year: String,
    pub title: String,
    pub description: String,
    /// A member organisation's id; empty: the authority.
    pub owner: String,
    pub status: String,
    pub input: String,
    /// The meeting or hearing, when the input is one.
    pub meeting: String,
    pub hearing: String,
    pub input_text: String,
}

/// An item, checked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewItem {
    pub year: i16,
    pub title: String,
    pub description: String,
    pub owner: Option<String>,
    pub status: Status,
    pub input: Input,
    pub input_ref: Option<String>,
    pub input_text: String,
}

/// What an item may refer to: which organisations, meetings and hearings exist.
pub struct Known<'a> {
    pub organisation: &'a dyn Fn(&str) -> bool,
    pub meeting: &'a dyn Fn(&str) -> bool,
    pub hearing: &'a dyn Fn(&str) -> bool,
}

impl ItemForm {
    /// The item, or what is wrong; a plan is for last year, this year or the next two.
    pub fn item(&self, known: &Known<'_>, this_year: i16) -> Result<NewItem, FormErrors> {
        let mut errors = FormErrors::default();
        let year = self.year.trim().parse::<i16>().ok();
        if !year.is_some_and(|y| (this_year - 1..=this_year + 2).contains(&y)) {
            errors.add("year", "network-error-plan-year");
        }
        let title = errors.line("title", &self.title, MAX_LINE, "network-error-too-long");
        if title.is_empty() && !errors.has("title") {
            errors.add("title", "network-error-plan-title");
        }
        let description = errors.text(
            "description",
            &self.description,
            MAX_TEXT,
            "network-error-too-long",
        );
        let owner = match self.owner.trim() {
            "" => None,
            id if (known.organisation)(id) => Some(id.to_owned()),
            _ => {
                errors.add("owner", "network-error-plan-owner");
                None
            }
        };
        let status = Status::parse(&self.status);
        if status.is_none() {
            errors.add("status", "network-error-plan-status");
        }
        let input = Input::parse(&self.input);
        let input_ref = match input {
            None => {
                errors.add("input", "network-error-plan-input");
                None
            }
            Some(Input::Meeting) if (known.meeting)(&self.meeting) => Some(self.meeting.clone()),
            Some(Input::Meeting) => {
                errors.add("meeting", "network-error-plan-meeting");
                None
            }
            Some(Input::Hearing) if (known.hearing)(&self.hearing) => Some(self.hearing.clone()),
            Some(Input::Hearing) => {
                errors.add("hearing", "network-error-plan-hearing");
                None
            }
            Some(_) => None,
        };
        let input_text = errors.text(
            "input_text",
            &self.input_text,
            MAX_TEXT,
            "network-error-too-long",
        );
        if input_text.is_empty() && !errors.has("input_text") {
            errors.add("input_text", "network-error-plan-input-text");
        }
        match (errors.is_empty(), year, status, input) {
            (true, Some(year), Some(status), Some(input)) => Ok(NewItem {
                year,
                title,
                description,
                owner,
                status,
                input,
                input_ref,
                input_text,
            }),
            _ => Err(errors),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn known<'a>(yes: &'a dyn Fn(&str) -> bool) -> Known<'a> {
        Known {
            organisation: yes,
            meeting: yes,
            hearing: yes,
        }
    }

    #[test]
    fn an_item_from_a_meeting_names_the_meeting() {
        let form = ItemForm {
            year: "2027".into(),
            title: "Tjekliste om svindel".into(),
            owner: "viby".into(),
            status: "in_progress".into(),
            input: "meeting".into(),
            meeting: "m1".into(),
            input_text: "Besluttet på efterårsmødet".into(),
            ..ItemForm::default()
        };
        let item = form
            .item(&known(&|id| id == "viby" || id == "m1"), 2026)
            .unwrap();
        assert_eq!(item.input_ref.as_deref(), Some("m1"));
        assert_eq!(item.owner.as_deref(), Some("viby"));
    }

    #[test]
    fn an_item_says_why_and_when() {
        let form = ItemForm {
            year: "2031".into(),
            owner: "ghost".into(),
            input: "hearing".into(),
            hearing: "none".into(),
            ..ItemForm::default()
        };
        let errors = form.item(&known(&|_| false), 2026).unwrap_err();
        for field in ["year", "title", "owner", "status", "hearing", "input_text"] {
            assert!(errors.has(field), "{field}");
        }
    }
}
