//! Before an authority digitalises: projects, their consequence assessments (inclusion,
//! rights, data ethics and data protection), the involvement of citizens and public
//! hearings (issue 18), business cases and their benefits (issue 19).

// Involving citizens (`involvement/`): activities and input, follow or explain.
pub(crate) mod involvement;
// Public hearings (`hearings/`): opened by the project owner, answered by anyone,
// moderated and answered, follow or explain.
mod api;
// The business case (`business/`): the draft, its simulation, versions and publication.
pub mod business;
// Benefits (`benefits/`): planned, measured by hand or from live figures, realised.
pub mod benefits;
mod decision;
pub(crate) mod demo;
pub(crate) mod hearings;
pub mod model;
mod store;
mod web;

pub use store::{ProjectRow, SignOffRow, Stale, VersionRow};

use jiff::ToSpan;

use crate::auth::{Role, User};
use crate::clock::Clock;
use crate::db::{new_id, Db};
use crate::forms::FormErrors;
use model::{Document, GroupAtRisk, PublishRefusal, Score, SignOffRole};

/// This module's pages.
pub(crate) fn pages() -> axum::Router<crate::state::AppState> {
    use axum::routing::{get, post};
    axum::Router::new()
        .route("/projekter", get(web::projects::list))
        .route(
            "/projekter/ny",
            get(web::projects::new_form).post(web::projects::create),
        )
        .route("/projekter/{id}", get(web::projects::page))
        .route(
            "/projekter/{id}/rediger",
            get(web::projects::edit_form).post(web::projects::update),
        )
        .route(
            "/projekter/{id}/vurdering",
            get(web::questionnaire::form).post(web::questionnaire::save),
        )
        .route(
            "/projekter/{id}/beslutningsgrundlag.pdf",
            get(web::projects::decision_basis),
        )
        .route("/projekter/{id}/versioner", get(web::versions::page))
        .route("/projekter/{id}/godkend", post(web::projects::sign_off))
        .route(
            "/projekter/{id}/offentliggoer",
            post(web::projects::publish),
        )
        .route(
            "/projekter/{id}/businesscase",
            get(business::web::page).post(business::web::save),
        )
        .route(
            "/projekter/{id}/businesscase/version",
            post(business::web::make_version),
        )
        .route(
            "/projekter/{id}/businesscase/offentliggoer",
            post(business::web::publish),
        )
        .route(
            "/projekter/{id}/businesscase/versioner",
            get(business::web::compare),
        )
        .route(
            "/projekter/{id}/gevinster",
            get(benefits::web::page).post(benefits::web::add),
        )
        .route(
            "/projekter/{id}/gevinster/{benefit}/maaling",
            post(benefits::web::record),
        )
        .route(
            "/projekter/{id}/gevinster/{benefit}/analyse",
            post(benefits::web::explain),
        )
        .route(
            "/vurderinger/{id}/businesscase",
            get(business::web::published),
        )
        .route("/vurderinger", get(web::published::list))
        .route("/vurderinger.atom", get(web::published::feed))
        .route("/vurderinger/{id}", get(web::published::one))
        .route("/projekter/{id}/inddragelse", get(involvement::web::page))
        .route(
            "/projekter/{id}/inddragelse/aktivitet",
            post(involvement::web::add_activity),
        )
        .route(
            "/projekter/{id}/inddragelse/input",
            post(involvement::web::add_input),
        )
        .route(
            "/projekter/{id}/hoering",
            get(hearings::owner::hearings).post(hearings::owner::open),
        )
        .route(
            "/projekter/{id}/hoering/moderation",
            get(hearings::owner::moderation),
        )
        .route(
            "/projekter/{id}/hoering/{hearing}/svar/{answer}/godkend",
            post(hearings::owner::approve),
        )
        .route(
            "/projekter/{id}/hoering/{hearing}/svar/{answer}/besvar",
            post(hearings::owner::respond),
        )
        .route("/hoeringer", get(hearings::public::list))
        .route("/hoeringer/{id}/rapport.json", get(hearings::report::json))
        .route("/hoeringer/{id}/rapport.pdf", get(hearings::report::pdf))
        .route(
            "/hoeringer/{id}",
            get(hearings::public::show).post(hearings::public::send),
        )
}

/// This module's API routes; the OpenAPI document is made from them, so the two cannot
/// drift apart.
pub(crate) fn api() -> utoipa_axum::router::OpenApiRouter<crate::state::AppState> {
    use utoipa_axum::routes;
    utoipa_axum::router::OpenApiRouter::new()
        .routes(routes!(api::score))
        .routes(routes!(api::list))
        .routes(crate::auth::scoped(
            routes!(api::import),
            crate::auth::ApiScope::AssessmentsWrite,
        ))
        .routes(routes!(api::one))
        .routes(routes!(business::api::simulate))
        .routes(routes!(business::api::published))
        .routes(routes!(benefits::api::published))
        .routes(crate::auth::scoped(
            routes!(benefits::api::record),
            crate::auth::ApiScope::AssessmentsWrite,
        ))
        .routes(routes!(hearings::api::list_hearings))
        .routes(routes!(hearings::api::send_answer))
}

/// Why an operation on a project did not happen.
#[derive(Debug, thiserror::Error)]
pub enum AssessError {
    #[error("this role may not do that")]
    NotAllowed,
    #[error("no such project or version")]
    NotFound,
    /// Someone changed the project since the form was opened.
    #[error("the project changed since the edit began")]
    Stale,
    #[error("the input breaks a rule")]
    Invalid(FormErrors),
    #[error("this role has already signed this version off")]
    AlreadySigned,
    #[error("not ready to publish: {0:?}")]
    NotReady(PublishRefusal),
    #[error(transparent)]
    Database(#[from] sqlx::Error),
}

impl From<Stale> for AssessError {
    fn from(_: Stale) -> Self {
        AssessError::Stale
    }
}

/// The most characters of a project's descriptive fields.
pub const MAX_PROJECT_TEXT: usize = 5_000;

/// A project as its owner describes it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct NewProject {
    pub title: String,
    pub purpose: String,
    pub affected: String,
    pub groups_at_risk: Vec<GroupAtRisk>,
    pub changes: String,
    pub analog_way: String,
}

impl NewProject {
    /// The project's texts trimmed, or every problem under its field; each is required.
    fn checked(&self) -> Result<NewProject, FormErrors> {
        let mut errors = FormErrors::default();
        let field = |name: &'static str, typed: &str, errors: &mut FormErrors| {
            let text = if name == "title" {
                errors.line(name, typed, 200, "assess-error-title-too-long")
            } else {
                errors.text(
                    name,
                    typed,
                    MAX_PROJECT_TEXT,
                    "assess-error-project-too-long",
                )
            };
            if text.is_empty() && !errors.has(name) {
                errors.add(name, "assess-error-required");
            }
            text
        };
        let checked = NewProject {
            title: field("title", &self.title, &mut errors),
            purpose: field("purpose", &self.purpose, &mut errors),
            affected: field("affected", &self.affected, &mut errors),
            groups_at_risk: self.groups_at_risk.clone(),
            changes: field("changes", &self.changes, &mut errors),
            analog_way: field("analog_way", &self.analog_way, &mut errors),
        };
        if errors.is_empty() {
            Ok(checked)
        } else {
            Err(errors)
        }
    }
}

/// Staff who may read every project: the owners who write them and the two who sign off.
pub fn may_read(user: &User) -> bool {
    [
        Role::ProjectOwner,
        Role::DataProtectionOfficer,
        Role::CitizensAdviser,
    ]
    .into_iter()
    .any(|role| user.has(role))
}

/// A new draft project, unpublished, at its first revision, with a fresh id.
fn draft_row(project: NewProject, owner_id: &str, now: i64) -> ProjectRow {
    ProjectRow {
        id: new_id(),
        title: project.title,
        purpose: project.purpose,
        affected: project.affected,
        groups_at_risk: project.groups_at_risk,
        changes: project.changes,
        analog_way: project.analog_way,
        status: "draft".to_owned(),
        owner_id: owner_id.to_owned(),
        created_at: now,
        updated_at: now,
        revision: 1,
        published_version: None,
        published_at: None,
        review_on: None,
    }
}

/// A new draft project owned by `user`, a project owner.
pub async fn create_project(
    db: &Db,
    clock: &Clock,
    user: &User,
    project: &NewProject,
) -> Result<ProjectRow, AssessError> {
    if !user.has(Role::ProjectOwner) {
        return Err(AssessError::NotAllowed);
    }
    let project = project.checked().map_err(AssessError::Invalid)?;
    let row = draft_row(project, &user.id, clock.now_ms());
    // A fresh id: it cannot be there already.
    store::insert_project(&mut *db.pool.acquire().await?, &row).await?;
    Ok(row)
}

/// An assessment another system sends in (`POST /api/v1/assessments`): the project, owned
/// by `owner_id`, a project owner, and the document as its first version, both drafts.
/// Everything is checked before anything is stored: the project's fields under
/// `project.<field>`, the document's under their own names, the owner under `owner`.
/// Audited as the key's import.
pub async fn import(
    db: &Db,
    clock: &Clock,
    by: crate::audit::Actor,
    owner_id: &str,
    project: &NewProject,
    document: &Document,
    what_changed: &str,
) -> Result<(ProjectRow, i64), AssessError> {
    let mut errors = FormErrors::default();
    let checked = match project.checked() {
        Ok(checked) => Some(checked),
        Err(problems) => {
            for problem in problems.iter() {
                errors.add_value(
                    format!("project.{}", problem.field),
                    problem.message,
                    problem.value.clone().unwrap_or_default(),
                );
            }
            None
        }
    };
    if let Err(problems) = document.check() {
        errors.extend(problems);
    }
    let what_changed = what_changed_checked(what_changed, &mut errors);
    let mut tx = db.pool.begin().await?;
    let owner = crate::auth::user_in(&mut tx, owner_id).await?;
    if !owner.is_some_and(|owner| owner.has(Role::ProjectOwner)) {
        errors.add_value("owner".into(), "assess-error-owner", owner_id.to_owned());
    }
    let Some(project) = checked.filter(|_| errors.is_empty()) else {
        tx.rollback().await?;
        return Err(AssessError::Invalid(errors));
    };
    let now = clock.now_ms();
    let row = draft_row(project, owner_id, now);
    store::insert_project(&mut tx, &row).await?;
    let number =
        store::add_version(&mut tx, &row.id, document, owner_id, &what_changed, now).await?;
    crate::audit::record_in(
        &mut tx,
        clock,
        crate::audit::NewEntry::new(by, "assess.import").object(&row.id),
    )
    .await?;
    tx.commit().await?;
    Ok((row, number))
}

/// Changes a project's description, if it is still at `revision`.
pub async fn update_project(
    db: &Db,
    clock: &Clock,
    user: &User,
    id: &str,
    revision: i64,
    project: &NewProject,
) -> Result<ProjectRow, AssessError> {
    if !user.has(Role::ProjectOwner) {
        return Err(AssessError::NotAllowed);
    }
    let project = project.checked().map_err(AssessError::Invalid)?;
    let mut tx = db.pool.begin().await?;
    let mut row = store::project(&mut tx, id)
        .await?
        .ok_or(AssessError::NotFound)?;
    row.title = project.title;
    row.purpose = project.purpose;
    row.affected = project.affected;
    row.groups_at_risk = project.groups_at_risk;
    row.changes = project.changes;
    row.analog_way = project.analog_way;
    row.revision = revision;
    let now = clock.now_ms();
    let changed = store::update_project(&mut tx, &row, now).await?;
    refused_unless(tx, changed).await?.commit().await?;
    row.revision += 1;
    row.updated_at = now;
    Ok(row)
}

/// Every project with its newest version, the most recently changed first.
pub async fn projects(
    db: &Db,
    user: &User,
) -> Result<Vec<(ProjectRow, Option<Assessed>)>, AssessError> {
    if !may_read(user) {
        return Err(AssessError::NotAllowed);
    }
    let mut conn = db.pool.acquire().await?;
    let mut all = Vec::new();
    for project in store::projects(&mut conn).await? {
        let latest = match store::latest_version(&mut conn, &project.id).await? {
            Some(version) => Some(assessed(&mut conn, version).await?),
            None => None,
        };
        all.push((project, latest));
    }
    Ok(all)
}

/// The published assessments, for anyone: each project with the version it published.
pub async fn published(db: &Db) -> Result<Vec<(ProjectRow, Assessed)>, AssessError> {
    let mut conn = db.pool.acquire().await?;
    let mut all = Vec::new();
    for project in store::published_projects(&mut conn).await? {
        if let Some(found) = published_of(&mut conn, project).await? {
            all.push(found);
        }
    }
    Ok(all)
}

/// One project's published assessment, for anyone; `NotFound` when it has none.
pub async fn published_one(db: &Db, id: &str) -> Result<(ProjectRow, Assessed), AssessError> {
    let mut conn = db.pool.acquire().await?;
    let project = store::project(&mut conn, id)
        .await?
        .ok_or(AssessError::NotFound)?;
    published_of(&mut conn, project)
        .await?
        .ok_or(AssessError::NotFound)
}

async fn published_of(
    conn: &mut sqlx::AnyConnection,
    project: ProjectRow,
) -> Result<Option<(ProjectRow, Assessed)>, AssessError> {
    let Some(number) = project.published_version else {
        return Ok(None);
    };
    match store::version(conn, &project.id, number).await? {
        Some(version) => Ok(Some((project, assessed(conn, version).await?))),
        None => Ok(None),
    }
}

/// A project, if `user` may read it.
pub async fn project(db: &Db, user: &User, id: &str) -> Result<ProjectRow, AssessError> {
    if !may_read(user) {
        return Err(AssessError::NotAllowed);
    }
    store::project(&mut *db.pool.acquire().await?, id)
        .await?
        .ok_or(AssessError::NotFound)
}

/// A project's row for a page anyone may read (a published business case's): only its
/// title, purpose and dates are shown there.
pub(crate) async fn project_row(db: &Db, id: &str) -> Result<Option<ProjectRow>, sqlx::Error> {
    store::project(&mut *db.pool.acquire().await?, id).await
}

/// A project's newest version with its score and sign-offs, if it has one.
pub async fn latest(db: &Db, user: &User, id: &str) -> Result<Option<Assessed>, AssessError> {
    if !may_read(user) {
        return Err(AssessError::NotAllowed);
    }
    let mut conn = db.pool.acquire().await?;
    match store::latest_version(&mut conn, id).await? {
        Some(version) => Ok(Some(assessed(&mut conn, version).await?)),
        None => Ok(None),
    }
}

/// Every version of a project, the newest first, each with what changed from the one
/// before it (the first against an empty document).
pub async fn history(
    db: &Db,
    user: &User,
    id: &str,
) -> Result<Vec<(VersionRow, Vec<model::Change>)>, AssessError> {
    if !may_read(user) {
        return Err(AssessError::NotAllowed);
    }
    let versions = store::versions(&mut *db.pool.acquire().await?, id).await?;
    let empty = Document::default();
    let mut history = Vec::with_capacity(versions.len());
    for (i, version) in versions.iter().enumerate() {
        let before = versions.get(i + 1).map_or(&empty, |older| &older.document);
        history.push((version.clone(), model::diff(before, &version.document)));
    }
    Ok(history)
}

/// A stored version with what follows from it.
#[derive(Debug, Clone)]
pub struct Assessed {
    pub version: VersionRow,
    pub score: Score,
    pub signoffs: Vec<SignOffRow>,
}

async fn assessed(
    conn: &mut sqlx::AnyConnection,
    version: VersionRow,
) -> Result<Assessed, AssessError> {
    // A stored version passed `Document::check`; one that no longer scores (a question
    // this build dropped) is unreadable, not scored as nought.
    let score = model::score(&version.document.answers).map_err(|_| {
        sqlx::Error::from(crate::db::decode::Unreadable::new(
            "assess_versions.document",
            "(answers this build cannot score)",
        ))
    })?;
    let signoffs = store::signoffs(conn, &version.project_id, version.number).await?;
    Ok(Assessed {
        version,
        score,
        signoffs,
    })
}

/// A version's "what changed", trimmed: required, at most `MAX_PROJECT_TEXT` characters;
/// a problem goes into `errors` under `what_changed`.
pub(crate) fn what_changed_checked(typed: &str, errors: &mut FormErrors) -> String {
    let text = errors.text(
        "what_changed",
        typed,
        MAX_PROJECT_TEXT,
        "assess-error-project-too-long",
    );
    if text.is_empty() && !errors.has("what_changed") {
        errors.add("what_changed", "assess-error-required");
    }
    text
}

/// Stores `document` as the project's next version, if the project is still at
/// `revision` (the one the form was opened at). Answers the new version's number.
pub async fn save_version(
    db: &Db,
    clock: &Clock,
    user: &User,
    project_id: &str,
    revision: i64,
    document: &Document,
    what_changed: &str,
) -> Result<i64, AssessError> {
    if !user.has(Role::ProjectOwner) {
        return Err(AssessError::NotAllowed);
    }
    let mut errors = match document.check() {
        Ok(_) => FormErrors::default(),
        Err(errors) => errors,
    };
    let what_changed = what_changed_checked(what_changed, &mut errors);
    if !errors.is_empty() {
        return Err(AssessError::Invalid(errors));
    }
    let now = clock.now_ms();
    let mut tx = db.pool.begin().await?;
    if store::project(&mut tx, project_id).await?.is_none() {
        tx.rollback().await?;
        return Err(AssessError::NotFound);
    }
    let changed = store::touch_project(&mut tx, project_id, revision, now).await?;
    let mut tx = refused_unless(tx, changed).await?;
    let number =
        store::add_version(&mut tx, project_id, document, &user.id, &what_changed, now).await?;
    tx.commit().await?;
    Ok(number)
}

/// The sign-off role a user gives: the data protection officer's or the citizens'
/// adviser's. A project owner, or anyone else, gives none.
pub(crate) fn signoff_role(user: &User) -> Option<SignOffRole> {
    if user.has(Role::DataProtectionOfficer) {
        Some(SignOffRole::DataProtectionOfficer)
    } else if user.has(Role::CitizensAdviser) {
        Some(SignOffRole::CitizensAdviser)
    } else {
        None
    }
}

/// The transaction, if its change went through; else rolled back and the change refused as
/// stale. Rolled back here, not dropped: a dropped transaction that wrote keeps SQLite's
/// write lock until its connection is next used, and the next writer fails with "database
/// is locked" meanwhile.
async fn refused_unless<'c, T>(
    tx: sqlx::Transaction<'c, sqlx::Any>,
    changed: Result<T, Stale>,
) -> Result<sqlx::Transaction<'c, sqlx::Any>, AssessError> {
    match changed {
        Ok(_) => Ok(tx),
        Err(stale) => {
            tx.rollback().await?;
            Err(stale.into())
        }
    }
}

/// Signs off the project's newest version in the user's role, with a comment; recorded
/// with the user's name and the time.
pub async fn sign_off(
    db: &Db,
    clock: &Clock,
    user: &User,
    project_id: &str,
    comment: &str,
) -> Result<SignOffRow, AssessError> {
    let role = signoff_role(user).ok_or(AssessError::NotAllowed)?;
    let mut errors = FormErrors::default();
    let comment = errors.text(
        "comment",
        comment,
        MAX_PROJECT_TEXT,
        "assess-error-project-too-long",
    );
    if !errors.is_empty() {
        return Err(AssessError::Invalid(errors));
    }
    let mut tx = db.pool.begin().await?;
    let version = store::latest_version(&mut tx, project_id)
        .await?
        .ok_or(AssessError::NotFound)?;
    // The DPIA may be open in a draft, never in what is signed off.
    let dpia = version.document.dpia.check();
    if !dpia.is_empty() {
        tx.rollback().await?;
        return Err(AssessError::Invalid(dpia));
    }
    let row = SignOffRow {
        id: new_id(),
        project_id: project_id.to_owned(),
        version_number: version.number,
        role,
        person_id: user.id.clone(),
        person_name: user.name.clone(),
        comment,
        signed_at: clock.now_ms(),
    };
    if !store::insert_signoff(&mut tx, &row).await? {
        tx.rollback().await?;
        return Err(AssessError::AlreadySigned);
    }
    tx.commit().await?;
    Ok(row)
}

/// Publishes the project's newest version, if the project is still at `revision` and
/// the version may be published (`model::may_publish`): its level's sign-offs, and at
/// level III or IV an activity with people from the groups at risk. Sets the review day
/// by the level.
pub async fn publish(
    db: &Db,
    clock: &Clock,
    user: &User,
    project_id: &str,
    revision: i64,
) -> Result<i64, AssessError> {
    if !user.has(Role::ProjectOwner) {
        return Err(AssessError::NotAllowed);
    }
    let mut tx = db.pool.begin().await?;
    let version = store::latest_version(&mut tx, project_id)
        .await?
        .ok_or(AssessError::NotFound)?;
    let number = version.number;
    let assessed = assessed(&mut tx, version).await?;
    let involved = involvement::has_activity_with_groups_at_risk_in(&mut tx, project_id).await?;
    let signed: Vec<SignOffRole> = assessed.signoffs.iter().map(|s| s.role).collect();
    model::may_publish(assessed.score.level, involved, &signed).map_err(AssessError::NotReady)?;
    let review_on = clock
        .today()
        .checked_add(i64::from(assessed.score.level.review_months()).months())
        .map_err(|error| sqlx::Error::Encode(Box::new(error)))?;
    let published = store::publish(
        &mut tx,
        project_id,
        revision,
        number,
        clock.now_ms(),
        &review_on.to_string(),
    )
    .await?;
    refused_unless(tx, published).await?.commit().await?;
    Ok(number)
}

/// Published assessments whose review day has come, for the staff who review them (the
/// project owners' queue on "Min side").
pub async fn due_reviews(db: &Db, clock: &Clock) -> Result<Vec<ProjectRow>, sqlx::Error> {
    let today = clock.today().to_string();
    store::due_reviews(&mut *db.pool.acquire().await?, &today).await
}

/// The sweep's part for assessments: notices each published assessment whose review day
/// has come, once a review day, with an audit entry (`assess.review.due`); the project
/// owners find them in their queue and on the project's page. Answers the projects' ids.
pub async fn sweep_reviews(db: &Db, clock: &Clock) -> Result<Vec<String>, sqlx::Error> {
    let today = clock.today().to_string();
    let mut tx = db.pool.begin().await?;
    let due = store::claim_due_reviews(&mut tx, &today).await?;
    let entries: Vec<crate::audit::NewEntry> = due
        .iter()
        .map(|id| {
            crate::audit::NewEntry::new(crate::audit::Actor::System, "assess.review.due").object(id)
        })
        .collect();
    crate::audit::record_all_in(&mut tx, clock, &entries).await?;
    tx.commit().await?;
    Ok(due)
}

/// The demo's projects, their assessment, involvement and hearing, in the order the
/// publish rule needs: the assessment is published once its involvement is there.
pub(crate) async fn load_demo(db: &Db, clock: &Clock) -> anyhow::Result<()> {
    demo::load(db, clock).await?;
    involvement::demo::load(db, clock).await?;
    demo::publish(db, clock).await?;
    business::demo::load(db, clock, demo::PUBLISHED, demo::LARS).await?;
    benefits::demo::load(db, clock, demo::PUBLISHED, demo::LARS).await?;
    hearings::demo::load(db).await
}
