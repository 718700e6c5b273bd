//! Notes and requests as every page shows them: the citizen's, the helper's, the front
//! desk's and the caseworker's, and the notes beside a record on other modules' staff
//! pages.

use super::model::Status;
use super::{Note, Request};
use crate::i18n::{format_date, long_date, Lang};

/// A note of disagreement as pages show it.
pub struct NoteView {
    pub id: String,
    /// What it is on, in words ("Dine oplysninger", "Brevet", "Aftalen").
    pub record: String,
    pub text: String,
    pub written: String,
    /// Staff's answer: whether it was corrected, and what they said.
    pub outcome: Option<String>,
    pub answer: String,
    pub answered: String,
}

pub(crate) fn note_view(lang: Lang, note: &Note) -> NoteView {
    NoteView {
        id: note.id.clone(),
        record: lang.t(note.record.label_key()),
        text: note.text.clone(),
        written: format_date(lang, note.written_at),
        outcome: note.answer.as_ref().map(|a| lang.t(a.outcome.label_key())),
        answer: note
            .answer
            .as_ref()
            .map(|a| a.text.clone())
            .unwrap_or_default(),
        answered: note
            .answer
            .as_ref()
            .map(|a| format_date(lang, a.at))
            .unwrap_or_default(),
    }
}

/// A request as pages show it.
pub(crate) struct RequestView {
    pub id: String,
    pub kind: &'static str,
    pub text: String,
    pub channel: &'static str,
    pub received: String,
    pub due: String,
    pub status: Status,
    pub extension_reason: String,
    pub answer: String,
    pub carried_out: String,
    pub answered: String,
    /// When the sweep warned that the due day is near, and found it passed.
    pub warned: String,
    pub overdue: String,
}

pub(crate) fn request_view(lang: Lang, request: &Request, today: jiff::civil::Date) -> RequestView {
    RequestView {
        id: request.id.clone(),
        kind: request.kind.label_key(),
        text: request.text.clone(),
        channel: request.channel.label_key(),
        received: long_date(lang, request.received_on),
        due: long_date(lang, request.due_on),
        status: Status::of(request.answered_at.is_some(), request.due_on, today),
        extension_reason: request.extension_reason.clone().unwrap_or_default(),
        answer: request.answer.clone().unwrap_or_default(),
        carried_out: request.carried_out.clone().unwrap_or_default(),
        answered: request
            .answered_at
            .map(|at| format_date(lang, at))
            .unwrap_or_default(),
        warned: request
            .warned_at
            .map(|at| format_date(lang, at))
            .unwrap_or_default(),
        overdue: request
            .overdue_at
            .map(|at| format_date(lang, at))
            .unwrap_or_default(),
    }
}
