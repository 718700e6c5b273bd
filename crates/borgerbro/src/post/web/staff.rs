//! What staff see of letters: a sent letter's status with its receipts, and the
//! escalation queue where caseworkers record what came of each escalation.

use askama::Template;
use axum::extract::{Path, State};
use axum::response::{Html, Redirect, Response};
use axum::Form;
use serde::Deserialize;

use super::citizen::attachment_bytes;
use super::view::{parse_date, LetterView, ReplyView};
use crate::audit::{self, Actor, NewEntry};
use crate::auth::{RequireUser, Role, User};
use crate::i18n::Lang;
use crate::people;
use crate::post::{Escalation, EscalationKind, Letter, Outcome};
use crate::state::AppState;
use crate::web::pdf_response;
use crate::web::{format_date, long_date, render, AppError, Page};

/// What a sender sees of a letter: the receipt, the deadline and the escalations.
#[derive(Template)]
#[template(path = "post/status.html")]
struct StatusPage {
    page: Page,
    letter: LetterView,
    replies: Vec<ReplyView>,
    recipient: String,
    escalations: Vec<EscalationRow>,
    /// The citizen's notes of disagreement on this letter.
    record_notes: Vec<crate::mydata::NoteView>,
}

struct EscalationRow {
    id: String,
    kind_key: &'static str,
    created: String,
    deadline_before: String,
    deadline_after: String,
    outcome_key: Option<&'static str>,
    letter_id: String,
    subject: String,
    /// The letter's language, for `lang` on its subject.
    lang: String,
    recipient: String,
    contact: String,
    /// A paper copy taken off the queue, and why: "Ikke længere nødvendig: ...".
    not_needed: Option<String>,
}

fn kind_key(kind: EscalationKind) -> &'static str {
    match kind {
        EscalationKind::Phone => "escalation-phone",
        EscalationKind::Paper => "escalation-paper",
        EscalationKind::Visit => "escalation-visit",
    }
}

async fn escalation_row(
    state: &AppState,
    escalation: &Escalation,
    lang: Lang,
) -> Result<EscalationRow, AppError> {
    let letter = crate::post::letter(&state.db, &escalation.message_id)
        .await?
        .ok_or(AppError::NotFound)?;
    let profile = people::profile(&state.db, &letter.recipient_id).await?;
    // What the escalation was for has happened: the paper copy left the queue, or the
    // citizen (or a helper) opened the letter the call or visit is about.
    let not_needed = match escalation.kind == EscalationKind::Paper {
        true => crate::post::print_job(&state.db, &letter.id)
            .await?
            .and_then(|job| super::print::not_needed_text(&job, lang)),
        false => letter.opened_at.map(|at| {
            let why = match letter.opened_by.as_deref() {
                Some(by) if by == format!("person:{}", letter.recipient_id) => {
                    crate::post::NotNeeded::Opened
                }
                _ => crate::post::NotNeeded::OpenedByHelper,
            };
            lang.t_args(why.label_key(), &[("date", format_date(lang, at))])
        }),
    };
    let contact = match escalation.kind {
        EscalationKind::Phone => profile.as_ref().and_then(|p| p.phone.clone()),
        EscalationKind::Paper => profile.as_ref().and_then(|p| p.address.clone()),
        EscalationKind::Visit => None,
    };
    Ok(EscalationRow {
        id: escalation.id.clone(),
        kind_key: kind_key(escalation.kind),
        created: format_date(lang, escalation.created_at),
        deadline_before: parse_date(Some(&escalation.deadline_before))
            .map(|d| long_date(lang, d))
            .unwrap_or_default(),
        deadline_after: parse_date(Some(&escalation.deadline_after))
            .map(|d| long_date(lang, d))
            .unwrap_or_default(),
        outcome_key: escalation.outcome.map(Outcome::label_key),
        letter_id: letter.id.clone(),
        subject: letter.subject.clone(),
        lang: letter.language.clone(),
        recipient: profile.map(|p| p.name).unwrap_or_default(),
        contact: contact.unwrap_or_default(),
        not_needed,
    })
}

/// Staff see a citizen's letter, or one of its attachments (`object`): audited, as every
/// look at a citizen's data by others.
async fn staff_view(
    state: &AppState,
    staff: &User,
    letter: &Letter,
    object: &str,
) -> Result<(), AppError> {
    audit::record(
        &state.db,
        &state.clock,
        NewEntry::new(Actor::Person(staff.id.clone()), "post.status")
            .subject(&letter.recipient_id)
            .object(object)
            .purpose("follow up on a sent letter"),
    )
    .await?;
    Ok(())
}

/// An attachment of a sent letter, for the sender's side to see what went out. It is
/// not the citizen's receipt: only the citizen or their helper opening it is.
pub(crate) async fn attachment(
    State(state): State<AppState>,
    user: RequireUser,
    Path((id, position)): Path<(String, i64)>,
) -> Result<Response, AppError> {
    let caseworker = user.with_role(Role::Caseworker)?;
    let letter = crate::post::letter(&state.db, &id)
        .await?
        .ok_or(AppError::NotFound)?;
    let (attachment, bytes) = attachment_bytes(&state, &letter, position).await?;
    staff_view(&state, &caseworker, &letter, &attachment.id).await?;
    Ok(pdf_response(&attachment.filename, bytes))
}

pub(crate) async fn status(
    State(state): State<AppState>,
    page: Page,
    user: RequireUser,
    Path(id): Path<String>,
) -> Result<Html<String>, AppError> {
    let caseworker = user.with_role(Role::Caseworker)?;
    let letter = crate::post::letter(&state.db, &id)
        .await?
        .ok_or(AppError::NotFound)?;
    staff_view(&state, &caseworker, &letter, &letter.id).await?;
    let recipient = people::profile(&state.db, &letter.recipient_id)
        .await?
        .map(|p| p.name)
        .unwrap_or_default();
    let mut escalations = Vec::new();
    for escalation in crate::post::escalations_of(&state.db, &letter.id).await? {
        escalations.push(escalation_row(&state, &escalation, page.lang).await?);
    }
    let attachments = crate::post::attachments_of(&state.db, &letter.id).await?;
    let replies = crate::post::replies_of(&state.db, &letter.id).await?;
    let others = crate::post::others_on(&state.db, &letter, &replies).await?;
    let record_notes = crate::mydata::notes_for_staff(
        &state.db,
        page.lang,
        &letter.recipient_id,
        &crate::mydata::Record::Letter(letter.id.clone()),
    )
    .await?;
    render(&StatusPage {
        letter: LetterView {
            attachments_at: format!("/breve/{}/bilag", letter.id),
            ..LetterView::of(&letter, &attachments, page.lang)
                .with_readers(&letter, &replies, &others, page.lang)
        },
        replies: ReplyView::all(&replies, &others, page.lang),
        page,
        recipient,
        escalations,
        record_notes,
    })
}

#[derive(Template)]
#[template(path = "post/escalations.html")]
struct EscalationsPage {
    page: Page,
    escalations: Vec<EscalationRow>,
    outcomes: [Outcome; 3],
}

pub(crate) async fn escalations(
    State(state): State<AppState>,
    page: Page,
    user: RequireUser,
) -> Result<Html<String>, AppError> {
    user.with_role(Role::Caseworker)?;
    let mut rows = Vec::new();
    for escalation in crate::post::open_escalations(&state.db).await? {
        rows.push(escalation_row(&state, &escalation, page.lang).await?);
    }
    render(&EscalationsPage {
        page,
        escalations: rows,
        outcomes: Outcome::ALL,
    })
}

#[derive(Deserialize)]
pub(crate) struct OutcomeForm {
    outcome: String,
}

pub(crate) async fn record_outcome(
    State(state): State<AppState>,
    user: RequireUser,
    Path(id): Path<String>,
    Form(form): Form<OutcomeForm>,
) -> Result<Redirect, AppError> {
    let caseworker = user.with_role(Role::Caseworker)?;
    let outcome =
        Outcome::parse(&form.outcome).ok_or(AppError::BadRequest("post-outcome-missing"))?;
    if !crate::post::record_outcome(
        &state.db,
        &state.clock,
        &id,
        outcome,
        Actor::Person(caseworker.id),
    )
    .await?
    {
        return Err(AppError::NotFound);
    }
    Ok(Redirect::to("/rykkere"))
}
