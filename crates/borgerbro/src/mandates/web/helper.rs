//! "Dem du hjælper": the helper says yes, then reads the citizen's letters inside the
//! permission, opens their attachments and answers them, under the banner.

use std::collections::HashMap;

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{Html, IntoResponse, Redirect, Response};
use axum_extra::extract::Form;
use serde::Deserialize;

use super::{acting_for, view_of, Acting, MandateView};
use crate::audit::{self, Actor, NewEntry};
use crate::auth::{RequireUser, User};
use crate::forms::FormErrors;
use crate::mandates::Rights;
use crate::post::view::{InboxNav, InboxQuery, LetterItem, LetterView, ReplyView};
use crate::post::{self, Opening};
use crate::state::AppState;
use crate::web::{render, AppError, Page};

use crate::mandates;

#[derive(Template)]
#[template(path = "mandates/helping.html")]
struct HelpingPage {
    page: Page,
    mandates: Vec<MandateView>,
    /// The helper's code that works now, as read aloud, and until when it works.
    code: Option<(String, String)>,
    /// A new code was just made.
    new_code: bool,
}

#[derive(Deserialize)]
pub(crate) struct HelpingQuery {
    /// "ny-kode" right after the helper made a code.
    sket: Option<String>,
}

/// "Dem du hjælper": permissions to say yes to, the people the helper may act for, and the
/// helper's code, which a citizen can name them by instead of a CPR number.
pub(crate) async fn helping(
    State(state): State<AppState>,
    page: Page,
    user: RequireUser,
    Query(query): Query<HelpingQuery>,
) -> Result<Html<String>, AppError> {
    let helper = user.0;
    let mut mandates = Vec::new();
    for row in crate::mandates::of_helper(&state.db, &helper.id).await? {
        let view = view_of(&state, &row, &row.citizen_id, page.lang).await?;
        if view.in_force() {
            mandates.push(view);
        }
    }
    let code = mandates::codes::live(&state.db, &state.clock, &helper.id)
        .await?
        .map(|live| {
            let (date, time) = until(live.expires_at, page.lang);
            let until = page
                .lang
                .t_args("helping-code-until", &[("date", date), ("time", time)]);
            (live.code.display(), until)
        });
    render(&HelpingPage {
        new_code: code.is_some() && query.sket.as_deref() == Some("ny-kode"),
        page,
        mandates,
        code,
    })
}

/// The day (in words) and the time a code stops working, Danish wall-clock.
fn until(at_ms: i64, lang: crate::i18n::Lang) -> (String, String) {
    let Some(local) = crate::clock::in_denmark(at_ms) else {
        return (String::new(), String::new());
    };
    (
        crate::web::long_date(lang, local.date()),
        crate::web::clock_time(lang, at_ms),
    )
}

/// The helper makes a new code; the one they had stops working.
pub(crate) async fn new_code(
    State(state): State<AppState>,
    user: RequireUser,
) -> Result<Redirect, AppError> {
    mandates::codes::renew(&state.db, &state.clock, &user.0.id).await?;
    Ok(Redirect::to("/jeg-hjaelper?sket=ny-kode#kode"))
}

pub(crate) async fn accept(
    State(state): State<AppState>,
    user: RequireUser,
    Path(id): Path<String>,
) -> Result<Redirect, AppError> {
    if !crate::mandates::accept(&state.db, &state.clock, &id, &user.0.id).await? {
        return Err(AppError::NotFound);
    }
    Ok(Redirect::to("/jeg-hjaelper"))
}

#[derive(Template)]
#[template(path = "mandates/acting_post.html")]
struct ActingPostPage {
    page: Page,
    acting: Acting,
    letters: Vec<LetterItem>,
    nav: InboxNav,
    /// The permissions name no area of letters: say so, not just "no letters".
    no_areas: bool,
}

/// The citizen's letters the helper may see, those in the permission's areas, a page at
/// a time as the citizen's own inbox. Each look is audited: the list names letters.
pub(crate) async fn acting_post(
    State(state): State<AppState>,
    page: Page,
    user: RequireUser,
    Path(citizen_id): Path<String>,
    Query(query): Query<InboxQuery>,
) -> Result<Html<String>, AppError> {
    let helper = user.0;
    let (acting, rules) = acting_for(&state, &helper, &citizen_id, page.lang).await?;
    let start = query.start()?;
    let today = state.clock.today();
    let areas: Vec<&str> = crate::mandates::model::readable_areas(&rules, Rights::Look, today)
        .into_iter()
        .map(post::Area::as_str)
        .collect();
    let filter = query.filter(&citizen_id, Some(&areas));
    let found = post::inbox_page(&state.db, &filter, &start).await?;
    audit::record(
        &state.db,
        &state.clock,
        NewEntry::new(Actor::Person(helper.id.clone()), "post.list")
            .subject(&citizen_id)
            .acting_for(&citizen_id),
    )
    .await?;
    let path = format!("/jeg-hjaelper/{citizen_id}");
    render(&ActingPostPage {
        // A helper is not told who else helps the citizen: no names of other readers.
        letters: LetterItem::all(&found.letters, page.lang, &HashMap::new()),
        nav: InboxNav::new(&path, "acting-post-search-label", &query, &found),
        no_areas: areas.is_empty(),
        page,
        acting,
    })
}

#[derive(Template)]
#[template(path = "mandates/acting_letter.html")]
struct ActingLetterPage {
    page: Page,
    acting: Acting,
    letter: LetterView,
    /// The permission lets the helper answer.
    may_answer: bool,
    replies: Vec<ReplyView>,
    reply: String,
    errors: FormErrors,
}

/// Whether the permissions let the helper see (or answer) this letter. A letter filed
/// under an area this version does not know is refused, as the list leaves it out.
fn may_read(
    rules: &[crate::mandates::Mandate],
    letter: &post::Letter,
    action: Rights,
    today: jiff::civil::Date,
) -> bool {
    letter.area.is_some_and(|area| {
        crate::mandates::model::may_read_letter(rules, area, action, today).is_ok()
    })
}

/// A letter the helper may read; else "not found", or "not covered" for the citizen's
/// letter outside the permission (each audited as a refusal).
async fn readable_letter(
    state: &AppState,
    helper: &User,
    citizen_id: &str,
    id: &str,
    rules: &[crate::mandates::Mandate],
    action: Rights,
) -> Result<post::Letter, AppError> {
    let letter = match post::letter(&state.db, id).await? {
        Some(letter) if letter.recipient_id == citizen_id => letter,
        _ => {
            mandates::refused(
                &state.db,
                &state.clock,
                &helper.id,
                citizen_id,
                &format!("letter {id}"),
            )
            .await?;
            return Err(AppError::NotFound);
        }
    };
    if !may_read(rules, &letter, action, state.clock.today()) {
        mandates::refused(
            &state.db,
            &state.clock,
            &helper.id,
            citizen_id,
            &mandates::letter_outside(id),
        )
        .await?;
        // The helper acts for this citizen and the letter is hers: say why, not "no such
        // page". A letter of no one they help stays "not found" above.
        return Err(AppError::NotCovered);
    }
    Ok(letter)
}

async fn acting_letter_page(
    state: &AppState,
    page: Page,
    acting: Acting,
    rules: &[crate::mandates::Mandate],
    letter: &post::Letter,
    asked: Option<&str>,
    (reply, errors): (String, FormErrors),
) -> Result<Html<String>, AppError> {
    let attachments = post::attachments_of(&state.db, &letter.id).await?;
    let replies = post::replies_of(&state.db, &letter.id).await?;
    let (versions, shown) = post::view::versions_shown(&state.db, letter, asked, page.lang).await?;
    let href = format!("/jeg-hjaelper/{}/post/{}", acting.citizen_id, letter.id);
    let mut view = LetterView::of(letter, &attachments, page.lang)
        .in_language(letter, &versions, shown, page.lang, &href)
        .with_readers(letter, &replies, &HashMap::new(), page.lang);
    // The helper opens attachments under their own address, checked like the letter.
    view.attachments_at = format!(
        "/jeg-hjaelper/{}/post/{}/bilag",
        acting.citizen_id, letter.id
    );
    let may_answer = may_read(rules, letter, Rights::Act, state.clock.today());
    render(&ActingLetterPage {
        letter: view,
        may_answer,
        replies: ReplyView::all(&replies, &HashMap::new(), page.lang),
        reply,
        errors,
        page,
        acting,
    })
}

#[derive(Deserialize)]
pub(crate) struct LanguageQuery {
    /// The language to read the letter in, when it has versions.
    sprog: Option<String>,
}

/// A letter read by a helper: the read receipt and the audit name the helper.
pub(crate) async fn acting_letter(
    State(state): State<AppState>,
    page: Page,
    user: RequireUser,
    Path((citizen_id, id)): Path<(String, String)>,
    Query(query): Query<LanguageQuery>,
) -> Result<Html<String>, AppError> {
    let helper = user.0;
    let (acting, rules) = acting_for(&state, &helper, &citizen_id, page.lang).await?;
    let letter = readable_letter(&state, &helper, &citizen_id, &id, &rules, Rights::Look).await?;
    let asked = query.sprog.as_deref();
    let (_, shown) = post::view::versions_shown(&state.db, &letter, asked, page.lang).await?;
    post::opened(
        &state.db,
        &state.clock,
        &letter,
        Opening::Letter(shown),
        Actor::Person(helper.id.clone()),
    )
    .await?;
    acting_letter_page(
        &state,
        page,
        acting,
        &rules,
        &letter,
        asked,
        (String::new(), FormErrors::default()),
    )
    .await
}

/// An attachment of a letter inside the permission: the attachment's receipt and the
/// audit name the helper. Outside it, "not found", audited as a refusal.
pub(crate) async fn acting_attachment(
    State(state): State<AppState>,
    page: Page,
    user: RequireUser,
    Path((citizen_id, id, position)): Path<(String, String, i64)>,
) -> Result<Response, AppError> {
    let helper = user.0;
    let (_, rules) = acting_for(&state, &helper, &citizen_id, page.lang).await?;
    let letter = readable_letter(&state, &helper, &citizen_id, &id, &rules, Rights::Look).await?;
    let (attachment, bytes) = post::attachment_bytes(&state, &letter, position).await?;
    post::opened(
        &state.db,
        &state.clock,
        &letter,
        Opening::Attachment(&attachment),
        Actor::Person(helper.id.clone()),
    )
    .await?;
    Ok(crate::web::pdf_response(&attachment.filename, bytes))
}

#[derive(Deserialize)]
pub(crate) struct AnswerForm {
    #[serde(default)]
    body: String,
}

/// A helper who may act answers a letter for the citizen; the answer names the helper.
pub(crate) async fn acting_answer(
    State(state): State<AppState>,
    page: Page,
    user: RequireUser,
    Path((citizen_id, id)): Path<(String, String)>,
    Form(form): Form<AnswerForm>,
) -> Result<Response, AppError> {
    let helper = user.0;
    let (acting, rules) = acting_for(&state, &helper, &citizen_id, page.lang).await?;
    let letter = readable_letter(&state, &helper, &citizen_id, &id, &rules, Rights::Act).await?;
    let answer = match post::model::Answer::parse(&form.body) {
        Ok(answer) => answer,
        Err(problem) => {
            let mut errors = FormErrors::default();
            errors.add("body", problem);
            let html = acting_letter_page(
                &state,
                page,
                acting,
                &rules,
                &letter,
                None,
                (form.body, errors),
            )
            .await?;
            return Ok((StatusCode::UNPROCESSABLE_ENTITY, html).into_response());
        }
    };
    post::reply(
        &state.db,
        &state.clock,
        &letter,
        Actor::Person(helper.id),
        &answer,
    )
    .await?;
    Ok(Redirect::to(&format!("/jeg-hjaelper/{citizen_id}/post/{id}")).into_response())
}
