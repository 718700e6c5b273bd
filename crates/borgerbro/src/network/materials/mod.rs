//! Shared materials with quality review (issue 21): a member organisation writes a
//! guide, a leaflet (PDF), a checklist, a short video (a link) or slides as a draft,
//! sends it to review, and another member reviews it with a short checklist (correct,
//! understandable for the target group, up to date) and a comment. All three ticked
//! publish it; anything less sends it back to draft with the comment. A published
//! material shows who reviewed it and when, and asks for a new review a year on (the
//! sweep tells the owner once); any member may copy a published one to adapt it.
//! Published materials are public: the list, the feed, the API and a snippet a member
//! pastes on its own site.

pub(crate) mod api;
pub(crate) mod demo;
pub mod model;
mod store;
pub(crate) mod web;

pub use store::{Material, Review, StoredFile};

use jiff::civil::Date;

use model::{Content, Filter, MaterialForm, ReviewForm, Status};
use store::NewDraft;

use super::{members, note_in, NetworkError};
use crate::audit::{self, Actor, NewEntry};
use crate::auth::User;
use crate::clock::Clock;
use crate::db::Db;
use crate::forms::FormErrors;

impl Material {
    /// Whether it is published and waits for a new review.
    pub fn due(&self, today: Date) -> bool {
        self.status == Status::Published
            && model::is_due(self.review_due, self.review_due_noticed_at.is_some(), today)
    }
}

/// A material as its form sent it: what was typed, the PDF that goes with it (uploaded
/// now or kept from before), and what was wrong with an upload.
pub struct Submission<'a> {
    pub form: &'a MaterialForm,
    pub file: Option<StoredFile>,
    pub file_errors: FormErrors,
}

impl Submission<'_> {
    /// The content, or every problem of the form and the upload together. A refused
    /// upload already says what is wrong with the file, so a leaflet is not also told
    /// that it has none.
    fn content(&self) -> Result<(Content, Option<StoredFile>), NetworkError> {
        let has_file = self.file.is_some() || self.file_errors.has("file");
        match self.form.content(has_file) {
            Ok(content) if self.file_errors.is_empty() => {
                // A format that takes no file does not keep one.
                let file = self.file.clone().filter(|_| content.format.takes_file());
                Ok((content, file))
            }
            Ok(_) => Err(NetworkError::Invalid(self.file_errors.clone())),
            Err(mut errors) => {
                errors.extend(self.file_errors.clone());
                Err(NetworkError::Invalid(errors))
            }
        }
    }
}

/// A member writes a new draft for its organisation; answers its id.
pub async fn create(
    db: &Db,
    clock: &Clock,
    user: &User,
    submission: &Submission<'_>,
) -> Result<String, NetworkError> {
    create_with_id(db, clock, user, &crate::db::new_id(), submission).await
}

/// As `create`, with the id given (the demo's materials have fixed ids).
pub(crate) async fn create_with_id(
    db: &Db,
    clock: &Clock,
    user: &User,
    id: &str,
    submission: &Submission<'_>,
) -> Result<String, NetworkError> {
    let organisation = members::member_of(db, user).await?;
    let (content, file) = submission.content()?;
    let mut tx = db.pool.begin().await?;
    let new = NewDraft {
        id,
        organisation_id: &organisation.id,
        content: &content,
        file: file.as_ref(),
        source_id: None,
        created_by: &user.id,
        now_ms: clock.now_ms(),
    };
    store::insert(&mut tx, &new).await?;
    note_in(&mut tx, clock, user, "network.material.created", id).await?;
    tx.commit().await?;
    Ok(id.to_owned())
}

/// The member changes its draft.
pub async fn edit(
    db: &Db,
    clock: &Clock,
    user: &User,
    id: &str,
    submission: &Submission<'_>,
) -> Result<(), NetworkError> {
    let organisation = members::member_of(db, user).await?;
    let (content, file) = submission.content()?;
    let mut tx = db.pool.begin().await?;
    let Some(found) = store::one(&mut tx, id).await? else {
        tx.rollback().await?;
        return Err(NetworkError::NotFound);
    };
    if let Err(why) = model::may_edit(found.status, &found.organisation_id, &organisation.id) {
        tx.rollback().await?;
        return Err(refusal(why));
    }
    if !store::update_draft(&mut tx, id, &content, file.as_ref(), clock.now_ms()).await? {
        tx.rollback().await?;
        return Err(NetworkError::Conflict("material-error-not-draft"));
    }
    note_in(&mut tx, clock, user, "network.material.changed", id).await?;
    tx.commit().await?;
    Ok(())
}

/// Another organisation's draft is none of this member's business: not found, as if it
/// were not there; any other refusal says why.
fn refusal(why: model::Refused) -> NetworkError {
    match why {
        "material-error-not-yours" => NetworkError::NotFound,
        other => NetworkError::Conflict(other),
    }
}

/// The member sends its draft to review by another member.
pub async fn submit(db: &Db, clock: &Clock, user: &User, id: &str) -> Result<(), NetworkError> {
    let organisation = members::member_of(db, user).await?;
    let mut tx = db.pool.begin().await?;
    let Some(found) = store::one(&mut tx, id).await? else {
        tx.rollback().await?;
        return Err(NetworkError::NotFound);
    };
    if let Err(why) = model::may_submit(found.status, &found.organisation_id, &organisation.id) {
        tx.rollback().await?;
        return Err(refusal(why));
    }
    if !store::submit(&mut tx, id, clock.now_ms()).await? {
        tx.rollback().await?;
        return Err(NetworkError::Conflict("material-error-not-draft"));
    }
    note_in(&mut tx, clock, user, "network.material.submitted", id).await?;
    tx.commit().await?;
    Ok(())
}

/// Whether this member may review the material now (never its own organisation's);
/// the review page asks before it shows the form.
pub async fn may_review(
    db: &Db,
    clock: &Clock,
    user: &User,
    material: &Material,
) -> Result<model::ReviewKind, NetworkError> {
    let organisation = members::member_of(db, user).await?;
    model::may_review(
        material.status,
        material.due(clock.today()),
        &material.organisation_id,
        !members::is_member_in(&mut *db.pool.acquire().await?, &material.organisation_id).await?,
        &organisation.id,
    )
    .map_err(NetworkError::Conflict)
}

/// Another member reviews a material in review, or a published one whose review is due.
/// All three ticked: published (again, due a year on); else back to draft with the
/// comment for the author. Answers where the material is now.
pub async fn review(
    db: &Db,
    clock: &Clock,
    user: &User,
    id: &str,
    form: &ReviewForm,
) -> Result<Status, NetworkError> {
    let organisation = members::member_of(db, user).await?;
    let mut tx = db.pool.begin().await?;
    let Some(found) = store::one(&mut tx, id).await? else {
        tx.rollback().await?;
        return Err(NetworkError::NotFound);
    };
    let today = clock.today();
    let kind = match model::may_review(
        found.status,
        found.due(today),
        &found.organisation_id,
        !members::is_member_in(&mut tx, &found.organisation_id).await?,
        &organisation.id,
    ) {
        Ok(kind) => kind,
        Err(why) => {
            tx.rollback().await?;
            return Err(NetworkError::Conflict(why));
        }
    };
    let verdict = match form.verdict() {
        Ok(verdict) => verdict,
        Err(errors) => {
            tx.rollback().await?;
            return Err(NetworkError::Invalid(errors));
        }
    };
    let now = clock.now_ms();
    let from = match kind {
        model::ReviewKind::First => Status::InReview,
        model::ReviewKind::Again => Status::Published,
    };
    let moved = match verdict.approved() {
        true => {
            let due = model::review_due(today);
            store::approve(&mut tx, id, from, &organisation.id, due, now).await?
        }
        false => store::back_to_draft(&mut tx, id, from, now).await?,
    };
    if !moved {
        tx.rollback().await?;
        return Err(NetworkError::Conflict("material-error-reviewed"));
    }
    let review = Review {
        id: crate::db::new_id(),
        material_id: id.to_owned(),
        organisation_id: organisation.id.clone(),
        reviewer_id: user.id.clone(),
        verdict,
        reviewed_at: now,
    };
    store::insert_review(&mut tx, &review).await?;
    let action = match review.verdict.approved() {
        true => "network.material.approved",
        false => "network.material.changes_requested",
    };
    note_in(&mut tx, clock, user, action, id).await?;
    tx.commit().await?;
    Ok(review.verdict.status_after())
}

/// A member copies a published material to adapt it: a draft of its own organisation
/// that knows its source. Answers the copy's id.
pub async fn copy(db: &Db, clock: &Clock, user: &User, id: &str) -> Result<String, NetworkError> {
    copy_with_id(db, clock, user, id, &crate::db::new_id()).await
}

/// As `copy`, with the copy's id given (the demo's).
pub(crate) async fn copy_with_id(
    db: &Db,
    clock: &Clock,
    user: &User,
    id: &str,
    copy_id: &str,
) -> Result<String, NetworkError> {
    let organisation = members::member_of(db, user).await?;
    let mut tx = db.pool.begin().await?;
    let source = match store::one(&mut tx, id).await? {
        Some(found) if found.status == Status::Published => found,
        _ => {
            tx.rollback().await?;
            return Err(NetworkError::NotFound);
        }
    };
    let new = NewDraft {
        id: copy_id,
        organisation_id: &organisation.id,
        content: &source.content,
        file: source.file.as_ref(),
        source_id: Some(&source.id),
        created_by: &user.id,
        now_ms: clock.now_ms(),
    };
    store::insert(&mut tx, &new).await?;
    note_in(&mut tx, clock, user, "network.material.copied", copy_id).await?;
    tx.commit().await?;
    Ok(copy_id.to_owned())
}

/// The published materials the filter chooses, the most recently published first.
pub async fn published(db: &Db, filter: &Filter) -> Result<Vec<Material>, sqlx::Error> {
    let mut found: Vec<Material> =
        store::with_status(&mut *db.pool.acquire().await?, Status::Published)
            .await?
            .into_iter()
            .filter(|m| filter.matches(&m.content, &m.organisation_id))
            .collect();
    found.sort_by(|a, b| {
        b.published_at
            .cmp(&a.published_at)
            .then_with(|| a.id.cmp(&b.id))
    });
    Ok(found)
}

/// A material as this reader may see it: a published one anyone; one in review its own
/// organisation and the other members (who review it); a draft its own organisation.
pub async fn visible(db: &Db, user: Option<&User>, id: &str) -> Result<Material, NetworkError> {
    let found = store::one(&mut *db.pool.acquire().await?, id)
        .await?
        .ok_or(NetworkError::NotFound)?;
    if found.status == Status::Published {
        return Ok(found);
    }
    let acting = match user {
        Some(user) => members::acting_for(db, user).await?,
        None => None,
    };
    match (found.status, acting) {
        (_, Some(own)) if own.id == found.organisation_id => Ok(found),
        (Status::InReview, Some(_)) => Ok(found),
        _ => Err(NetworkError::NotFound),
    }
}

/// A material by id, whatever its status, for what is public about it (a copy's
/// source, when published).
pub async fn published_one(db: &Db, id: &str) -> Result<Option<Material>, sqlx::Error> {
    Ok(store::one(&mut *db.pool.acquire().await?, id)
        .await?
        .filter(|m| m.status == Status::Published))
}

/// The member's organisation and its materials.
pub async fn own(
    db: &Db,
    user: &User,
) -> Result<(members::Organisation, Vec<Material>), NetworkError> {
    let organisation = members::member_of(db, user).await?;
    let materials =
        store::of_organisation(&mut *db.pool.acquire().await?, &organisation.id).await?;
    Ok((organisation, materials))
}

/// What waits for this member's review: other members' materials in review (the oldest
/// sent first), then their published ones whose review is due.
pub async fn to_review(db: &Db, clock: &Clock, user: &User) -> Result<Vec<Material>, NetworkError> {
    let organisation = members::member_of(db, user).await?;
    let mut conn = db.pool.acquire().await?;
    let mut waiting = store::with_status(&mut conn, Status::InReview).await?;
    waiting.sort_by_key(|m| m.submitted_at);
    let today = clock.today();
    let due = store::with_status(&mut conn, Status::Published)
        .await?
        .into_iter()
        .filter(|m| m.due(today));
    let members: Vec<String> = members::members(db)
        .await?
        .into_iter()
        .map(|o| o.id)
        .collect();
    let sent_by_a_member = |m: &Material| members.contains(&m.organisation_id);
    Ok(waiting
        .into_iter()
        .filter(sent_by_a_member)
        .chain(due)
        .filter(|m| m.organisation_id != organisation.id)
        .collect())
}

/// A material's reviews, the newest first.
pub async fn reviews(db: &Db, id: &str) -> Result<Vec<Review>, sqlx::Error> {
    store::reviews_of(&mut *db.pool.acquire().await?, id).await
}

/// The sweep's part for materials: each published material whose review has fallen due
/// is noticed once (`network.material.review_due` in the audit log, with the material;
/// its page and its organisation's list say "Skal gennemgås igen" from then until a new
/// review). Answers the ids newly noticed.
pub async fn sweep(db: &Db, clock: &Clock) -> Result<Vec<String>, sqlx::Error> {
    let due = store::due_unnoticed(&mut *db.pool.acquire().await?, clock.today()).await?;
    let mut noticed = Vec::new();
    for id in due {
        let mut tx = db.pool.begin().await?;
        if !store::notice_due(&mut tx, &id, clock.now_ms()).await? {
            tx.rollback().await?;
            continue;
        }
        audit::record_in(
            &mut tx,
            clock,
            NewEntry::new(Actor::System, "network.material.review_due").object(&id),
        )
        .await?;
        tx.commit().await?;
        noticed.push(id);
    }
    Ok(noticed)
}

/// The materials' pages, which `network::pages` merges.
pub(crate) fn pages() -> axum::Router<crate::state::AppState> {
    use axum::extract::DefaultBodyLimit;
    use axum::routing::{get, post};
    axum::Router::new()
        .route("/materialer", get(web::list))
        .route("/materialer.atom", get(web::feed))
        .route("/materialer/mine", get(web::own))
        .route(
            "/materialer/ny",
            get(web::new_form)
                .post(web::create)
                .layer(DefaultBodyLimit::max(web::MAX_FORM_BYTES)),
        )
        .route("/materialer/til-gennemgang", get(web::to_review))
        .route("/materialer/til-jeres-hjemmeside", get(web::snippet))
        .route("/materialer/{id}", get(web::one))
        .route("/materialer/{id}/fil", get(web::file))
        .route(
            "/materialer/{id}/rediger",
            get(web::edit_form)
                .post(web::update)
                .layer(DefaultBodyLimit::max(web::MAX_FORM_BYTES)),
        )
        .route("/materialer/{id}/send", post(web::submit))
        .route(
            "/materialer/{id}/gennemgang",
            get(web::review_form).post(web::review),
        )
        .route("/materialer/{id}/kopier", post(web::copy))
}

/// The materials' API routes, which `network::api` merges.
pub(crate) fn api() -> utoipa_axum::router::OpenApiRouter<crate::state::AppState> {
    use utoipa_axum::routes;
    utoipa_axum::router::OpenApiRouter::new().routes(routes!(api::materials))
}
