//! Letters as citizens meet them: the inbox, a letter, its attachments, and marking it
//! done.

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{Html, IntoResponse, Redirect, Response};
use axum::Form;
use serde::Deserialize;

use super::view::{versions_shown, InboxNav, InboxQuery, LetterItem, LetterView, ReplyView};
use crate::audit::Actor;
use crate::auth::{RequireUser, Role, User};
use crate::forms::FormErrors;
use crate::i18n::Lang;
use crate::post::model::Answer;
use crate::post::{Attachment, Letter, Opening, Version};
use crate::state::AppState;
use crate::web::{pdf_response, render, AppError, Page};

/// A letter only its recipient may see. Anyone else gets "not found", so an id cannot
/// even be confirmed by guessing.
async fn own_letter(state: &AppState, user: &User, id: &str) -> Result<Letter, AppError> {
    match crate::post::letter(&state.db, id).await? {
        Some(letter) if letter.recipient_id == user.id => Ok(letter),
        _ => Err(AppError::NotFound),
    }
}

#[derive(Template)]
#[template(path = "post/inbox.html")]
struct InboxPage {
    page: Page,
    letters: Vec<LetterItem>,
    nav: InboxNav,
}

/// The citizen's letters, a page at a time, newest first.
pub(crate) async fn inbox(
    State(state): State<AppState>,
    page: Page,
    user: RequireUser,
    Query(query): Query<InboxQuery>,
) -> Result<Html<String>, AppError> {
    let citizen = user.with_role(Role::Citizen)?;
    let start = query.start()?;
    let found =
        crate::post::inbox_page(&state.db, &query.filter(&citizen.id, None), &start).await?;
    let openers: Vec<&str> = found
        .letters
        .iter()
        .filter_map(|l| l.opened_by.as_deref())
        .collect();
    let others = crate::post::others_names(&state.db, &citizen.id, &openers).await?;
    render(&InboxPage {
        letters: LetterItem::all(&found.letters, page.lang, &others),
        nav: InboxNav::new("/post", "inbox-search-label", &query, &found),
        page,
    })
}

#[derive(Template)]
#[template(path = "post/letter.html")]
struct LetterPage {
    page: Page,
    letter: LetterView,
    replies: Vec<ReplyView>,
    /// The answer being written, kept when it comes back with an error.
    reply: String,
    errors: FormErrors,
    replied: bool,
}

#[derive(Deserialize)]
pub(crate) struct LetterQuery {
    /// Set after an answer was sent, to say so.
    svaret: Option<String>,
    /// The language to read the letter in, when it has versions.
    sprog: Option<String>,
}

pub(crate) async fn read(
    State(state): State<AppState>,
    page: Page,
    user: RequireUser,
    Path(id): Path<String>,
    Query(query): Query<LetterQuery>,
) -> Result<Html<String>, AppError> {
    let citizen = user.with_role(Role::Citizen)?;
    let letter = own_letter(&state, &citizen, &id).await?;
    let (versions, shown) =
        versions_shown(&state.db, &letter, query.sprog.as_deref(), page.lang).await?;
    crate::post::opened(
        &state.db,
        &state.clock,
        &letter,
        Opening::Letter(shown),
        Actor::Person(citizen.id.clone()),
    )
    .await?;
    letter_page(
        &state,
        page,
        &letter,
        (&versions, shown),
        String::new(),
        FormErrors::default(),
        query.svaret.is_some(),
    )
    .await
}

async fn letter_page(
    state: &AppState,
    page: Page,
    letter: &Letter,
    (versions, shown): (&[Version], Lang),
    reply: String,
    errors: FormErrors,
    replied: bool,
) -> Result<Html<String>, AppError> {
    let attachments = crate::post::attachments_of(&state.db, &letter.id).await?;
    let replies = crate::post::replies_of(&state.db, &letter.id).await?;
    let others = crate::post::others_on(&state.db, letter, &replies).await?;
    render(&LetterPage {
        letter: LetterView::of(letter, &attachments, page.lang)
            .in_language(
                letter,
                versions,
                shown,
                page.lang,
                &format!("/post/{}", letter.id),
            )
            .with_readers(letter, &replies, &others, page.lang),
        replies: ReplyView::all(&replies, &others, page.lang),
        page,
        reply,
        errors,
        replied,
    })
}

#[derive(Deserialize)]
pub(crate) struct ReplyForm {
    #[serde(default)]
    body: String,
}

/// The citizen answers the letter. An empty or overlong answer comes back with what was
/// typed and a message that says what to do.
pub(crate) async fn reply(
    State(state): State<AppState>,
    page: Page,
    user: RequireUser,
    Path(id): Path<String>,
    Form(form): Form<ReplyForm>,
) -> Result<Response, AppError> {
    let citizen = user.with_role(Role::Citizen)?;
    let letter = own_letter(&state, &citizen, &id).await?;
    let answer = match Answer::parse(&form.body) {
        Ok(answer) => answer,
        Err(problem) => {
            let mut errors = FormErrors::default();
            errors.add("body", problem);
            let (versions, shown) = versions_shown(&state.db, &letter, None, page.lang).await?;
            let html = letter_page(
                &state,
                page,
                &letter,
                (&versions, shown),
                form.body,
                errors,
                false,
            )
            .await?;
            return Ok((StatusCode::UNPROCESSABLE_ENTITY, html).into_response());
        }
    };
    crate::post::reply(
        &state.db,
        &state.clock,
        &letter,
        Actor::Person(citizen.id),
        &answer,
    )
    .await?;
    Ok(Redirect::to(&format!("/post/{id}?svaret=1#svar")).into_response())
}

/// An attachment, opened in the browser's own PDF viewer; its first opening is its read
/// receipt.
pub(crate) async fn attachment(
    State(state): State<AppState>,
    user: RequireUser,
    Path((id, position)): Path<(String, i64)>,
) -> Result<Response, AppError> {
    let citizen = user.with_role(Role::Citizen)?;
    let letter = own_letter(&state, &citizen, &id).await?;
    let (attachment, bytes) = attachment_bytes(&state, &letter, position).await?;
    crate::post::opened(
        &state.db,
        &state.clock,
        &letter,
        Opening::Attachment(&attachment),
        Actor::Person(citizen.id),
    )
    .await?;
    Ok(pdf_response(&attachment.filename, bytes))
}

/// A letter's attachment at `position`, with its bytes from the file store.
pub async fn attachment_bytes(
    state: &AppState,
    letter: &Letter,
    position: i64,
) -> Result<(Attachment, Vec<u8>), AppError> {
    let attachment = crate::post::attachments_of(&state.db, &letter.id)
        .await?
        .into_iter()
        .find(|a| a.position == position)
        .ok_or(AppError::NotFound)?;
    let bytes = state.files.get(&attachment.file_hash).await?;
    Ok((attachment, bytes))
}

pub(crate) async fn done(
    State(state): State<AppState>,
    user: RequireUser,
    Path(id): Path<String>,
) -> Result<Redirect, AppError> {
    let citizen = user.with_role(Role::Citizen)?;
    let letter = own_letter(&state, &citizen, &id).await?;
    crate::post::mark_done(&state.db, &state.clock, &letter).await?;
    Ok(Redirect::to(&format!("/post/{id}")))
}
