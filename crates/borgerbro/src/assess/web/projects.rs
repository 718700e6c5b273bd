//! `/projekter`: the list of projects, a new project and its description, and a project's
//! page: its newest assessment's score and level by the published rule, what the level
//! obliges and what of it is done, the sign-offs, and publishing. Project owners write;
//! the data protection officer and the citizens' adviser read and sign off.

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use axum_extra::extract::Form;
use serde::Deserialize;

use super::{app_error, notice_of, reader};
use crate::assess::hearings::{self, Hearing};
use crate::assess::model::{self, GroupAtRisk, Obligation, PublishRefusal, SignOffRole, QUESTIONS};
use crate::assess::{self as assess, AssessError, Assessed, NewProject, ProjectRow};
use crate::auth::{RequireUser, Role, User};
use crate::forms::FormErrors;
use crate::state::AppState;
use crate::web::{decimal, format_date, long_date, pdf_response, render, AppError, Page};

use super::Saved;

#[derive(Template)]
#[template(path = "assess/projects.html")]
struct ProjectsPage {
    page: Page,
    projects: Vec<(ProjectRow, Option<Assessed>)>,
    may_write: bool,
}

impl ProjectsPage {
    fn changed(&self, project: &ProjectRow) -> String {
        format_date(self.page.lang, project.updated_at)
    }
}

/// The projects, the most recently changed first, with each one's newest level.
pub(crate) async fn list(
    State(state): State<AppState>,
    page: Page,
    user: RequireUser,
) -> Result<Response, AppError> {
    let user = reader(user)?;
    let projects = assess::projects(&state.db, &user)
        .await
        .map_err(app_error)?;
    Ok(render(&ProjectsPage {
        may_write: user.has(Role::ProjectOwner),
        page,
        projects,
    })?
    .into_response())
}

/// A project's description as the form holds it: typed text, and the groups as ticked.
#[derive(Debug, Default, Deserialize)]
pub(crate) struct ProjectForm {
    #[serde(default)]
    title: String,
    #[serde(default)]
    purpose: String,
    #[serde(default)]
    affected: String,
    #[serde(default)]
    groups: Vec<String>,
    #[serde(default)]
    changes: String,
    #[serde(default)]
    analog_way: String,
    /// The project's revision when the form was opened (editing only).
    #[serde(default)]
    revision: i64,
}

impl ProjectForm {
    fn of(project: &ProjectRow) -> Self {
        Self {
            title: project.title.clone(),
            purpose: project.purpose.clone(),
            affected: project.affected.clone(),
            groups: project
                .groups_at_risk
                .iter()
                .map(|g| g.as_str().to_owned())
                .collect(),
            changes: project.changes.clone(),
            analog_way: project.analog_way.clone(),
            revision: project.revision,
        }
    }

    /// The project as `assess` takes it, or the groups' problem: a code this build does
    /// not know is refused, never dropped.
    fn project(&self) -> Result<NewProject, FormErrors> {
        let mut groups = Vec::new();
        for code in &self.groups {
            match GroupAtRisk::parse(code) {
                Some(group) => groups.push(group),
                None => {
                    let mut errors = FormErrors::default();
                    errors.add("groups", "assess-error-groups");
                    return Err(errors);
                }
            }
        }
        Ok(NewProject {
            title: self.title.clone(),
            purpose: self.purpose.clone(),
            affected: self.affected.clone(),
            groups_at_risk: groups,
            changes: self.changes.clone(),
            analog_way: self.analog_way.clone(),
        })
    }
}

#[derive(Template)]
#[template(path = "assess/project_form.html")]
struct ProjectFormPage {
    page: Page,
    /// The project being edited; none for a new one.
    editing: Option<ProjectRow>,
    form: ProjectForm,
    errors: FormErrors,
    notice: Option<&'static str>,
}

impl ProjectFormPage {
    fn groups(&self) -> [GroupAtRisk; 7] {
        GroupAtRisk::ALL
    }

    fn ticked(&self, group: &GroupAtRisk) -> bool {
        self.form.groups.iter().any(|g| g == group.as_str())
    }

    fn action(&self) -> String {
        match &self.editing {
            Some(project) => format!("/projekter/{}/rediger", project.id),
            None => "/projekter/ny".to_owned(),
        }
    }
}

fn form_page(
    page: Page,
    editing: Option<ProjectRow>,
    form: ProjectForm,
    errors: FormErrors,
    notice: Option<(&'static str, StatusCode)>,
) -> Result<Response, AppError> {
    let status = super::form_status(notice, &errors);
    let html = render(&ProjectFormPage {
        page,
        editing,
        form,
        errors,
        notice: notice.map(|(key, _)| key),
    })?;
    Ok((status, html).into_response())
}

pub(crate) async fn new_form(page: Page, user: RequireUser) -> Result<Response, AppError> {
    user.with_role(Role::ProjectOwner)?;
    form_page(
        page,
        None,
        ProjectForm::default(),
        FormErrors::default(),
        None,
    )
}

pub(crate) async fn create(
    State(state): State<AppState>,
    page: Page,
    user: RequireUser,
    Form(form): Form<ProjectForm>,
) -> Result<Response, AppError> {
    let owner = user.with_role(Role::ProjectOwner)?;
    let created = match form.project() {
        Ok(project) => assess::create_project(&state.db, &state.clock, &owner, &project).await,
        Err(errors) => Err(AssessError::Invalid(errors)),
    };
    match created {
        Ok(project) => {
            Ok(Redirect::to(&format!("/projekter/{}?gemt=project", project.id)).into_response())
        }
        Err(AssessError::Invalid(errors)) => form_page(page, None, form, errors, None),
        Err(error) => Err(app_error(error)),
    }
}

pub(crate) async fn edit_form(
    State(state): State<AppState>,
    page: Page,
    user: RequireUser,
    Path(id): Path<String>,
) -> Result<Response, AppError> {
    let owner = user.with_role(Role::ProjectOwner)?;
    let project = assess::project(&state.db, &owner, &id)
        .await
        .map_err(app_error)?;
    let form = ProjectForm::of(&project);
    form_page(page, Some(project), form, FormErrors::default(), None)
}

pub(crate) async fn update(
    State(state): State<AppState>,
    page: Page,
    user: RequireUser,
    Path(id): Path<String>,
    Form(form): Form<ProjectForm>,
) -> Result<Response, AppError> {
    let owner = user.with_role(Role::ProjectOwner)?;
    let project = assess::project(&state.db, &owner, &id)
        .await
        .map_err(app_error)?;
    let updated = match form.project() {
        Ok(typed) => {
            assess::update_project(&state.db, &state.clock, &owner, &id, form.revision, &typed)
                .await
        }
        Err(errors) => Err(AssessError::Invalid(errors)),
    };
    match updated {
        Ok(project) => {
            Ok(Redirect::to(&format!("/projekter/{}?gemt=project", project.id)).into_response())
        }
        Err(AssessError::Invalid(errors)) => form_page(page, Some(project), form, errors, None),
        Err(error) => match notice_of(&error) {
            // What was typed stays, on the revision now stored, so sending again applies it
            // over the colleague's change only when the owner chooses to.
            Some(notice) => {
                let form = ProjectForm {
                    revision: project.revision,
                    ..form
                };
                form_page(
                    page,
                    Some(project),
                    form,
                    FormErrors::default(),
                    Some(notice),
                )
            }
            None => Err(app_error(error)),
        },
    }
}

/// One obligation of the level and whether it is done.
struct ObligationState {
    key: &'static str,
    done: bool,
}

#[derive(Template)]
#[template(path = "assess/project.html")]
struct ProjectPage {
    page: Page,
    project: ProjectRow,
    latest: Option<Assessed>,
    involved: bool,
    hearings: Vec<Hearing>,
    now_ms: i64,
    /// Today, YYYY-MM-DD, to compare with the review day.
    today: String,
    /// Project owners edit, assess and publish.
    may_write: bool,
    /// The role this user signs off in, if any.
    signer: Option<SignOffRole>,
    comment: String,
    errors: FormErrors,
    notice: Option<&'static str>,
    refusal: Option<PublishRefusal>,
    saved: Option<String>,
}

impl ProjectPage {
    fn groups(&self) -> String {
        self.project
            .groups_at_risk
            .iter()
            .map(|g| self.page.t(&g.label_key()))
            .collect::<Vec<_>>()
            .join(", ")
    }

    fn date(&self, ms: &i64) -> String {
        format_date(self.page.lang, *ms)
    }

    fn number(&self, value: &f64) -> String {
        decimal(self.page.lang, *value)
    }

    fn open_questions_text(&self, assessed: &Assessed) -> Option<String> {
        let open = self.open_questions(assessed);
        (open > 0).then(|| self.page.count("assess-open-questions", open))
    }

    fn open_questions(&self, assessed: &Assessed) -> usize {
        QUESTIONS
            .iter()
            .filter(|q| !assessed.version.document.answers.contains_key(q.code))
            .count()
    }

    fn mitigation_line(&self, assessed: &Assessed) -> u32 {
        let max = u64::from(assessed.score.max_mitigation);
        u32::try_from((max * model::MITIGATION_LINE_PERCENT).div_ceil(100)).unwrap_or(0)
    }

    fn prior_consultation(&self, assessed: &Assessed) -> bool {
        model::prior_consultation_due(&assessed.version.document.risks)
    }

    fn dpia_open(&self, assessed: &Assessed) -> bool {
        !assessed.version.document.dpia.check().is_empty()
    }

    fn published_latest(&self, assessed: &Assessed) -> bool {
        self.project.published_version == Some(assessed.version.number)
    }

    fn obligations(&self, assessed: &Assessed) -> Vec<ObligationState> {
        let signed = |role: SignOffRole| assessed.signoffs.iter().any(|s| s.role == role);
        assessed
            .score
            .level
            .obligations()
            .into_iter()
            .map(|obligation| match obligation {
                Obligation::Publish => ObligationState {
                    key: "assess-obligation-publish",
                    done: self.published_latest(assessed),
                },
                Obligation::DataProtectionOfficerSignOff => ObligationState {
                    key: "assess-obligation-dpo",
                    done: signed(SignOffRole::DataProtectionOfficer),
                },
                Obligation::UserTestsWithGroupsAtRisk => ObligationState {
                    key: "assess-obligation-user-tests",
                    done: self.involved,
                },
                Obligation::Hearing => ObligationState {
                    key: "assess-obligation-hearing",
                    done: !self.hearings.is_empty(),
                },
                Obligation::CitizensAdviserSignOff => ObligationState {
                    key: "assess-obligation-adviser",
                    done: signed(SignOffRole::CitizensAdviser),
                },
                Obligation::ManagementSignOff => ObligationState {
                    key: "assess-obligation-management",
                    done: signed(SignOffRole::Management),
                },
            })
            .collect()
    }

    fn has_signed(&self, assessed: &Assessed) -> bool {
        self.signer
            .is_some_and(|role| assessed.signoffs.iter().any(|s| s.role == role))
    }

    fn refusal_text(&self) -> Option<String> {
        Some(match self.refusal.as_ref()? {
            PublishRefusal::NoInvolvement => self.page.t("assess-refused-involvement"),
            PublishRefusal::MissingSignOffs(missing) => {
                let names: Vec<String> = missing
                    .iter()
                    .map(|r| self.page.t(&r.label_key()))
                    .collect();
                self.page
                    .t1("assess-refused-signoffs", "roles", &names.join(", "))
            }
        })
    }

    /// Whether the published assessment's review day has come.
    fn review_due(&self) -> bool {
        self.project
            .review_on
            .as_deref()
            .is_some_and(|day| day <= self.today.as_str())
    }

    fn hearing_open(&self, hearing: &Hearing) -> bool {
        hearing.is_open(self.now_ms)
    }

    fn hearing_deadline(&self, hearing: &Hearing) -> String {
        long_date(self.page.lang, hearing.deadline)
    }
}

/// What the project page shows besides the project: its forms' state.
#[derive(Default)]
struct PageState {
    comment: String,
    errors: FormErrors,
    notice: Option<(&'static str, StatusCode)>,
    refusal: Option<PublishRefusal>,
    saved: Option<String>,
}

async fn show(
    state: &AppState,
    page: Page,
    user: &User,
    id: &str,
    shown: PageState,
) -> Result<Response, AppError> {
    let project = assess::project(&state.db, user, id)
        .await
        .map_err(app_error)?;
    let latest = assess::latest(&state.db, user, id)
        .await
        .map_err(app_error)?;
    let involved = assess::involvement::has_activity_with_groups_at_risk(&state.db, id).await?;
    let hearings = hearings::of_project(&state.db, id).await?;
    let status = match (&shown.notice, &shown.refusal, shown.errors.is_empty()) {
        (Some((_, status)), _, _) => *status,
        (None, Some(_), _) => StatusCode::CONFLICT,
        (None, None, false) => StatusCode::UNPROCESSABLE_ENTITY,
        (None, None, true) => StatusCode::OK,
    };
    let html = render(&ProjectPage {
        page,
        project,
        latest,
        involved,
        hearings,
        now_ms: state.clock.now_ms(),
        today: state.clock.today().to_string(),
        may_write: user.has(Role::ProjectOwner),
        signer: assess::signoff_role(user),
        comment: shown.comment,
        errors: shown.errors,
        notice: shown.notice.map(|(key, _)| key),
        refusal: shown.refusal,
        saved: shown.saved,
    })?;
    Ok((status, html).into_response())
}

pub(crate) async fn page(
    State(state): State<AppState>,
    page: Page,
    user: RequireUser,
    Path(id): Path<String>,
    Query(saved): Query<Saved>,
) -> Result<Response, AppError> {
    let user = reader(user)?;
    let shown = PageState {
        saved: saved.known(&["project", "version", "signoff", "published"]),
        ..PageState::default()
    };
    show(&state, page, &user, &id, shown).await
}

#[derive(Debug, Deserialize)]
pub(crate) struct SignOffForm {
    #[serde(default)]
    comment: String,
}

/// The data protection officer or the citizens' adviser signs the newest version off.
pub(crate) async fn sign_off(
    State(state): State<AppState>,
    page: Page,
    user: RequireUser,
    Path(id): Path<String>,
    Form(form): Form<SignOffForm>,
) -> Result<Response, AppError> {
    let user = reader(user)?;
    match assess::sign_off(&state.db, &state.clock, &user, &id, &form.comment).await {
        Ok(_) => {
            Ok(Redirect::to(&format!("/projekter/{id}?gemt=signoff#godkendelser")).into_response())
        }
        // The DPIA's parts are on the assessment's page, not here: say so, with a link.
        Err(AssessError::Invalid(errors))
            if errors.iter().any(|e| e.field.starts_with("dpia.")) =>
        {
            let shown = PageState {
                comment: form.comment,
                notice: Some(("assess-signoff-dpia-open", StatusCode::UNPROCESSABLE_ENTITY)),
                ..PageState::default()
            };
            show(&state, page, &user, &id, shown).await
        }
        Err(AssessError::Invalid(errors)) => {
            let shown = PageState {
                comment: form.comment,
                errors,
                ..PageState::default()
            };
            show(&state, page, &user, &id, shown).await
        }
        Err(error) => match notice_of(&error) {
            Some(notice) => {
                let shown = PageState {
                    comment: form.comment,
                    notice: Some(notice),
                    ..PageState::default()
                };
                show(&state, page, &user, &id, shown).await
            }
            None => Err(app_error(error)),
        },
    }
}

#[derive(Debug, Deserialize)]
pub(crate) struct PublishForm {
    #[serde(default)]
    revision: i64,
}

/// The project owner publishes the newest version, if the rule allows it.
pub(crate) async fn publish(
    State(state): State<AppState>,
    page: Page,
    user: RequireUser,
    Path(id): Path<String>,
    Form(form): Form<PublishForm>,
) -> Result<Response, AppError> {
    let owner = user.with_role(Role::ProjectOwner)?;
    match assess::publish(&state.db, &state.clock, &owner, &id, form.revision).await {
        Ok(_) => Ok(Redirect::to(&format!("/projekter/{id}?gemt=published")).into_response()),
        Err(AssessError::NotReady(refusal)) => {
            let shown = PageState {
                refusal: Some(refusal),
                ..PageState::default()
            };
            show(&state, page, &owner, &id, shown).await
        }
        Err(error) => match notice_of(&error) {
            Some(notice) => {
                let shown = PageState {
                    notice: Some(notice),
                    ..PageState::default()
                };
                show(&state, page, &owner, &id, shown).await
            }
            None => Err(app_error(error)),
        },
    }
}

/// The decision basis as a PDF (`/projekter/{id}/beslutningsgrundlag.pdf`), for the three
/// roles that read projects: what the decision makers are given.
pub(crate) async fn decision_basis(
    State(state): State<AppState>,
    page: Page,
    user: RequireUser,
    Path(id): Path<String>,
) -> Result<Response, AppError> {
    use crate::assess::decision::{self, Basis};
    use crate::assess::involvement::model::Answer;
    let user = reader(user)?;
    let project = assess::project(&state.db, &user, &id)
        .await
        .map_err(app_error)?;
    let latest = assess::latest(&state.db, &user, &id)
        .await
        .map_err(app_error)?;
    let involved = assess::involvement::has_activity_with_groups_at_risk(&state.db, &id).await?;
    let (_, inputs) = assess::involvement::involvement(&state.db, &id).await?;
    let followed = inputs
        .iter()
        .filter(|i| i.answer == Answer::Followed)
        .count();
    let hearings = hearings::of_project(&state.db, &id).await?;
    let now = state.clock.now_ms();
    let mut reports = Vec::new();
    for hearing in &hearings {
        // Hearings are never deleted: each one listed has its report.
        if let Some(report) = hearings::report::of(&state.db, now, &hearing.id).await? {
            reports.push(report);
        }
    }
    let case = assess::business::versions(&state.db, &user, &id)
        .await
        .map_err(app_error)?;
    let basis = Basis {
        project: &project,
        latest: latest.as_ref(),
        involved,
        input_followed: followed,
        input_not_followed: inputs.len() - followed,
        hearings: &hearings,
        reports,
        case: case.last(),
        now_ms: now,
    };
    let pdf = decision::render(&basis, page.lang);
    Ok(pdf_response("beslutningsgrundlag.pdf", pdf))
}
