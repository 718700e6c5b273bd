//! The rules of a hearing, without the database: when it closes, what an answer must
//! hold, what moderation may do (edit out personal data or abuse, with a note; never
//! refuse an answer), and the response, follow or explain.

pub(crate) use crate::assess::involvement::model::Answer as Response;
use crate::forms::{control_problem, FormErrors, Lines};

/// The longest answer anyone may send.
pub(crate) const MAX_TEXT: usize = 20_000;
/// The longest name, organisation or e-mail address.
pub(crate) const MAX_LINE: usize = 200;
/// The longest summary, moderation note or response.
pub(crate) const MAX_NOTE: usize = 5_000;

/// The moment answers stop for a hearing whose last day is `deadline`: the start of the
/// next day in Denmark, in ms.
pub(crate) fn closes_at(deadline: jiff::civil::Date) -> Option<i64> {
    let next = deadline.tomorrow().ok()?;
    let zoned = next.to_zoned(crate::clock::denmark()).ok()?;
    Some(zoned.timestamp().as_millisecond())
}

/// A hearing to open: its plain-language summary and last day.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct HearingDraft {
    pub summary: String,
    pub deadline: String,
}

/// A checked hearing to open.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct NewHearing {
    pub summary: String,
    pub deadline: jiff::civil::Date,
    pub closes_at: i64,
}

impl HearingDraft {
    /// The hearing, or what is wrong; the last day is after `today`.
    pub(crate) fn check(&self, today: jiff::civil::Date) -> Result<NewHearing, FormErrors> {
        let mut errors = FormErrors::default();
        let summary = errors.text(
            "summary",
            &self.summary,
            MAX_NOTE,
            "hearings-error-summary-long",
        );
        if summary.is_empty() {
            errors.add("summary", "hearings-error-summary");
        }
        let deadline = self
            .deadline
            .trim()
            .parse::<jiff::civil::Date>()
            .ok()
            .filter(|d| *d > today);
        let closes = deadline.and_then(closes_at);
        if closes.is_none() {
            errors.add("deadline", "hearings-error-deadline");
        }
        match (deadline, closes) {
            (Some(deadline), Some(closes_at)) if errors.is_empty() => Ok(NewHearing {
                summary,
                deadline,
                closes_at,
            }),
            _ => Err(errors),
        }
    }
}

/// The text of an answer: 1 to 20,000 characters, without control characters but line
/// breaks. The page and the API say the same.
pub(crate) fn answer_text(typed: &str) -> Result<String, &'static str> {
    let text = typed.trim();
    if text.is_empty() {
        return Err("hearings-error-text-empty");
    }
    if text.chars().count() > MAX_TEXT {
        return Err("hearings-error-text-long");
    }
    control_problem(text, Lines::Several)?;
    Ok(text.to_owned())
}

/// An answer as sent: every part but the text may be empty (an answer with nothing but
/// the text is anonymous).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct AnswerDraft {
    pub name: String,
    pub organisation: String,
    pub email: String,
    pub text: String,
}

/// A checked answer, held for moderation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct NewAnswer {
    pub person_id: Option<String>,
    pub name: Option<String>,
    pub organisation: Option<String>,
    pub email: Option<String>,
    pub text: String,
}

fn present(text: String) -> Option<String> {
    (!text.is_empty()).then_some(text)
}

impl AnswerDraft {
    /// The answer, or what is wrong. `citizen` is the logged-in citizen answering in
    /// their own name (their id and name), which takes the place of a typed name.
    pub(crate) fn check(&self, citizen: Option<(&str, &str)>) -> Result<NewAnswer, FormErrors> {
        let mut errors = FormErrors::default();
        let name = errors.line("name", &self.name, MAX_LINE, "hearings-error-line-long");
        let organisation = errors.line(
            "organisation",
            &self.organisation,
            MAX_LINE,
            "hearings-error-line-long",
        );
        let email = errors.line("email", &self.email, MAX_LINE, "hearings-error-line-long");
        if !email.is_empty() && !plausible_email(&email) {
            errors.add("email", "hearings-error-email");
        }
        let text = errors.take("text", answer_text(&self.text));
        if !errors.is_empty() {
            return Err(errors);
        }
        let (person_id, name) = match citizen {
            Some((id, own)) => (Some(id.to_owned()), Some(own.to_owned())),
            None => (None, present(name)),
        };
        Ok(NewAnswer {
            person_id,
            name,
            organisation: present(organisation),
            email: present(email),
            text,
        })
    }
}

/// One @ with something on each side and a dot after it, no spaces: enough to catch a
/// typing error; whether it reaches anyone only a letter can tell.
fn plausible_email(email: &str) -> bool {
    match email.split_once('@') {
        Some((local, domain)) => {
            !local.is_empty()
                && domain.contains('.')
                && !domain.starts_with('.')
                && !domain.ends_with('.')
                && !domain.contains('@')
                && !email.contains(char::is_whitespace)
        }
        None => false,
    }
}

/// Moderation of one held answer: the text as it will be shown, and a note when the
/// text was changed. There is no refusal: an answer is approved as it is or with
/// personal data or abuse edited out, never held back for what it thinks.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct ModerationDraft {
    pub text: String,
    pub note: String,
}

/// What moderation leaves: the text to show, and the note when it was edited.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Moderated {
    pub text: String,
    pub note: Option<String>,
}

impl ModerationDraft {
    pub(crate) fn check(&self, sent: &str) -> Result<Moderated, FormErrors> {
        let mut errors = FormErrors::default();
        let text = errors.take("text", answer_text(&self.text));
        let note = errors.text("note", &self.note, MAX_NOTE, "hearings-error-note-long");
        let edited = !text.is_empty() && text != sent.trim();
        if edited && note.is_empty() {
            errors.add("note", "hearings-error-note");
        }
        match errors.is_empty() {
            true => Ok(Moderated {
                text,
                note: present(note),
            }),
            false => Err(errors),
        }
    }
}

/// The project's response to an approved answer, follow or explain.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct ResponseDraft {
    pub response: String,
    pub text: String,
}

impl ResponseDraft {
    pub(crate) fn check(&self) -> Result<(Response, String), FormErrors> {
        let mut errors = FormErrors::default();
        let response = Response::parse(&self.response);
        if response.is_none() {
            errors.add("response", "hearings-error-response");
        }
        let text = errors.text(
            "response_text",
            &self.text,
            MAX_NOTE,
            "hearings-error-note-long",
        );
        // Follow or explain: "not followed" is an answer only with its reason.
        if response == Some(Response::NotFollowed) && text.is_empty() {
            errors.add("response_text", "hearings-error-reason");
        }
        match response {
            Some(response) if errors.is_empty() => Ok((response, text)),
            _ => Err(errors),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(text: &str) -> jiff::civil::Date {
        text.parse().unwrap()
    }

    #[test]
    fn a_hearing_closes_when_its_last_day_ends_in_denmark() {
        // 2026-12-15 ends at 23:00 UTC (winter time).
        let closes = closes_at(day("2026-12-15")).unwrap();
        let expected: jiff::Timestamp = "2026-12-15T23:00:00Z".parse().unwrap();
        assert_eq!(closes, expected.as_millisecond());
        let draft = HearingDraft {
            summary: "Vi vil gøre ansøgningen digital.".into(),
            deadline: "2026-12-15".into(),
        };
        assert!(draft.check(day("2026-12-14")).is_ok());
        let errors = draft.check(day("2026-12-15")).unwrap_err();
        assert!(errors.has("deadline"), "the last day is after today");
    }

    #[test]
    fn an_answer_holds_one_to_twenty_thousand_characters() {
        assert_eq!(answer_text("  "), Err("hearings-error-text-empty"));
        assert!(answer_text(&"æ".repeat(MAX_TEXT)).is_ok());
        assert_eq!(
            answer_text(&"æ".repeat(MAX_TEXT + 1)),
            Err("hearings-error-text-long")
        );
        assert!(answer_text("linje 1\nlinje 2").is_ok());
        assert!(answer_text("nul\u{0}tegn").is_err());
    }

    #[test]
    fn an_answer_may_be_anonymous_named_from_an_organisation_or_the_citizens_own() {
        let anonymous = AnswerDraft {
            text: "Behold blanketten".into(),
            ..AnswerDraft::default()
        };
        let a = anonymous.check(None).unwrap();
        assert_eq!((a.name, a.organisation, a.email), (None, None, None));
        let org = AnswerDraft {
            organisation: "Ældre Sagen Aarhus".into(),
            email: "aarhus@example.dk".into(),
            ..anonymous.clone()
        };
        assert_eq!(
            org.check(None).unwrap().organisation.as_deref(),
            Some("Ældre Sagen Aarhus")
        );
        let own = anonymous.check(Some(("p1", "Mette Hansen"))).unwrap();
        assert_eq!(own.person_id.as_deref(), Some("p1"));
        assert_eq!(own.name.as_deref(), Some("Mette Hansen"));
        let wrong = AnswerDraft {
            email: "mette at example".into(),
            text: String::new(),
            ..AnswerDraft::default()
        };
        let errors = wrong.check(None).unwrap_err();
        assert!(errors.has("email") && errors.has("text"));
    }

    #[test]
    fn moderation_edits_only_with_a_note_and_never_refuses() {
        let sent = "Ring til mig på 12345678. Blanketten skal blive.";
        let as_sent = ModerationDraft {
            text: sent.into(),
            note: String::new(),
        };
        assert_eq!(as_sent.check(sent).unwrap().note, None);
        let edited = ModerationDraft {
            text: "Ring til mig på [fjernet]. Blanketten skal blive.".into(),
            note: String::new(),
        };
        assert_eq!(
            edited.check(sent).unwrap_err().get("note"),
            Some("hearings-error-note")
        );
        let noted = ModerationDraft {
            note: "Telefonnummer fjernet".into(),
            ..edited
        };
        assert_eq!(
            noted.check(sent).unwrap().note.as_deref(),
            Some("Telefonnummer fjernet")
        );
        let emptied = ModerationDraft {
            text: String::new(),
            note: "alt".into(),
        };
        assert!(emptied.check(sent).unwrap_err().has("text"));
    }

    #[test]
    fn a_response_not_followed_needs_its_reason() {
        let bare = ResponseDraft {
            response: "not_followed".into(),
            text: String::new(),
        };
        assert!(bare.check().unwrap_err().has("response_text"));
        let followed = ResponseDraft {
            response: "followed".into(),
            text: String::new(),
        };
        assert_eq!(followed.check().unwrap().0, Response::Followed);
    }
}
