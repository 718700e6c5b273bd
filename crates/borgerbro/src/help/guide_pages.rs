//! Guides on the web: the list, a guide's overview, one step at a time ("Trin 2 af 5"),
//! and the pages where staff edit a guide with the plain-language check beside it.

use askama::Template;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{Html, IntoResponse, Redirect, Response};
use axum_extra::extract::Form;
use serde::Deserialize;

use super::guides::{Guide, GuideDraft};
use super::model::Topic;
use super::GuideError;
use crate::auth::{RequireUser, Role, User};
use crate::forms::FormErrors;
use crate::i18n::Lang;
use crate::state::AppState;
use crate::web::markdown::safe_html;
use crate::web::{decimal, format_date, render, AppError, Page};

#[derive(Template)]
#[template(path = "help/guides.html")]
struct GuidesPage {
    page: Page,
    guides: Vec<Guide>,
}

pub(crate) async fn list(
    State(state): State<AppState>,
    page: Page,
) -> Result<Html<String>, AppError> {
    let guides = super::guides(&state.db, page.lang).await?;
    render(&GuidesPage { page, guides })
}

/// Where to find a person for the guide's first topic.
fn places_link(guide: &Guide) -> String {
    guide
        .topics
        .first()
        .map(|t| format!("/hjaelp/steder?emne={}", t.as_str()))
        .unwrap_or_else(|| "/hjaelp/steder".into())
}

/// A help place that gives help in the reader's language, for a guide's topic.
pub(crate) struct HelpInLanguage {
    pub name: String,
    pub href: String,
}

/// The places that help with the guide's first topic in the reader's language, when it
/// is not Danish (every place speaks Danish): a guide says where to go in one's own.
async fn help_in_language(
    state: &AppState,
    guide: &Guide,
    reader: Lang,
) -> Result<Vec<HelpInLanguage>, AppError> {
    if reader == Lang::Da {
        return Ok(Vec::new());
    }
    let loaded = state.catalogue.load(&state.db).await?;
    Ok(loaded
        .places
        .all()
        .iter()
        .filter(|place| place.languages.iter().any(|code| code == reader.code()))
        .filter(|place| {
            guide
                .topics
                .first()
                .is_none_or(|t| place.topics.contains(t))
        })
        .map(|place| HelpInLanguage {
            name: place.name.clone(),
            href: format!("/hjaelp/steder/{}", place.id),
        })
        .collect())
}

#[derive(Template)]
#[template(path = "help/guide.html")]
struct GuidePage {
    page: Page,
    guide: Guide,
    places: String,
    in_language: Vec<HelpInLanguage>,
}

pub(crate) async fn overview(
    State(state): State<AppState>,
    page: Page,
    Path(slug): Path<String>,
) -> Result<Html<String>, AppError> {
    let guide = super::guide(&state.db, &slug, page.lang)
        .await?
        .ok_or(AppError::NotFound)?;
    let in_language = help_in_language(&state, &guide, page.lang).await?;
    render(&GuidePage {
        page,
        places: places_link(&guide),
        guide,
        in_language,
    })
}

#[derive(Template)]
#[template(path = "help/step.html")]
struct StepPage {
    page: Page,
    guide: Guide,
    number: usize,
    body: String,
    places: String,
    in_language: Vec<HelpInLanguage>,
}

impl StepPage {
    /// "Trin 2 af 5": where the reader is.
    fn position(&self) -> String {
        self.page.lang.t_args(
            "guide-step-of",
            &[
                ("number", self.number.to_string()),
                ("count", self.guide.steps.len().to_string()),
            ],
        )
    }

    fn title(&self) -> &str {
        &self.guide.steps[self.number - 1].title
    }

    fn next_title(&self) -> Option<&str> {
        self.guide.steps.get(self.number).map(|s| s.title.as_str())
    }
}

pub(crate) async fn step(
    State(state): State<AppState>,
    page: Page,
    Path((slug, number)): Path<(String, usize)>,
) -> Result<Html<String>, AppError> {
    let guide = super::guide(&state.db, &slug, page.lang)
        .await?
        .ok_or(AppError::NotFound)?;
    let step = number
        .checked_sub(1)
        .and_then(|i| guide.steps.get(i))
        .ok_or(AppError::NotFound)?;
    let in_language = help_in_language(&state, &guide, page.lang).await?;
    render(&StepPage {
        page,
        body: safe_html(&step.body),
        places: places_link(&guide),
        in_language,
        number,
        guide,
    })
}

/// Staff who write guides: the administrators and the front desk, who hear every day
/// where citizens get stuck.
fn writer(user: RequireUser) -> Result<User, AppError> {
    let user = user.0;
    if user.has(Role::Administrator) || user.has(Role::FrontDesk) {
        Ok(user)
    } else {
        Err(AppError::Forbidden)
    }
}

/// A guide in the staff list: one line per language it exists in.
pub(crate) struct GuideLine {
    pub slug: String,
    pub lang: &'static str,
    pub title: String,
    pub edited: Option<String>,
}

#[derive(Template)]
#[template(path = "help/staff_guides.html")]
struct StaffGuidesPage {
    page: Page,
    guides: Vec<GuideLine>,
}

pub(crate) async fn staff_list(
    State(state): State<AppState>,
    page: Page,
    user: RequireUser,
) -> Result<Html<String>, AppError> {
    writer(user)?;
    let mut guides = Vec::new();
    for lang in Lang::ALL {
        guides.extend(
            super::guides(&state.db, lang)
                .await?
                .into_iter()
                .map(|g| GuideLine {
                    slug: g.slug,
                    lang: lang.code(),
                    title: g.title,
                    edited: g.updated_at.map(|at| format_date(page.lang, at)),
                }),
        );
    }
    guides.sort_by(|a, b| (&a.slug, a.lang).cmp(&(&b.slug, b.lang)));
    render(&StaffGuidesPage { page, guides })
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub(crate) struct GuideForm {
    slug: String,
    sprog: String,
    title: String,
    summary: String,
    topic: Vec<String>,
    ready: String,
    who_can_help: String,
    without_computer: String,
    steps: String,
    /// "check" to see the plain-language findings, "save" to save.
    action: String,
}

impl GuideForm {
    fn draft(&self) -> GuideDraft {
        GuideDraft {
            title: self.title.clone(),
            summary: self.summary.clone(),
            topics: self.topic.join(","),
            ready: self.ready.clone(),
            who_can_help: self.who_can_help.clone(),
            without_computer: self.without_computer.clone(),
            steps: self.steps.clone(),
        }
    }
}

#[derive(Template)]
#[template(path = "help/staff_guide.html")]
struct EditPage {
    page: Page,
    /// `None` while the guide is new: the form then asks for its name and language.
    existing: Option<(String, Lang)>,
    slug: String,
    lang: Lang,
    form: GuideDraft,
    errors: FormErrors,
    topics: [Topic; 12],
    report: klarsprog::Report,
}

impl EditPage {
    fn new(
        page: Page,
        existing: Option<(String, Lang)>,
        slug: String,
        lang: Lang,
        form: GuideDraft,
        errors: FormErrors,
    ) -> Self {
        let report = klarsprog::analyse(&form.reading_text(), klarsprog::Format::Markdown);
        Self {
            page,
            existing,
            slug,
            lang,
            form,
            errors,
            topics: Topic::ALL,
            report,
        }
    }

    fn action(&self) -> String {
        match &self.existing {
            Some((slug, lang)) => format!("/admin/guider/{slug}/{}", lang.code()),
            None => "/admin/guider/ny".into(),
        }
    }

    fn lix(&self) -> String {
        decimal(Lang::Da, self.report.lix)
    }

    /// The check reads Danish; an English guide gets no findings.
    fn checked(&self) -> bool {
        self.lang == Lang::Da && !self.form.steps.trim().is_empty()
    }

    fn languages(&self) -> [Lang; Lang::ALL.len()] {
        Lang::ALL
    }
}

pub(crate) async fn new_page(page: Page, user: RequireUser) -> Result<Html<String>, AppError> {
    writer(user)?;
    render(&EditPage::new(
        page,
        None,
        String::new(),
        Lang::Da,
        GuideDraft::default(),
        FormErrors::default(),
    ))
}

pub(crate) async fn edit_page(
    State(state): State<AppState>,
    page: Page,
    user: RequireUser,
    Path((slug, code)): Path<(String, String)>,
) -> Result<Html<String>, AppError> {
    writer(user)?;
    let lang = Lang::from_code(&code).ok_or(AppError::NotFound)?;
    let guide = super::guide(&state.db, &slug, lang)
        .await?
        .filter(|g| g.lang == lang)
        .ok_or(AppError::NotFound)?;
    render(&EditPage::new(
        page,
        Some((slug.clone(), lang)),
        slug,
        lang,
        guide.draft(),
        FormErrors::default(),
    ))
}

pub(crate) async fn create(
    state: State<AppState>,
    page: Page,
    user: RequireUser,
    Form(form): Form<GuideForm>,
) -> Result<Response, AppError> {
    let lang = Lang::from_code(&form.sprog).unwrap_or_default();
    let slug = form.slug.trim().to_owned();
    save(state, page, user, None, slug, lang, form).await
}

pub(crate) async fn update(
    state: State<AppState>,
    page: Page,
    user: RequireUser,
    Path((slug, code)): Path<(String, String)>,
    Form(form): Form<GuideForm>,
) -> Result<Response, AppError> {
    let lang = Lang::from_code(&code).ok_or(AppError::NotFound)?;
    let existing = Some((slug.clone(), lang));
    save(state, page, user, existing, slug, lang, form).await
}

async fn save(
    State(state): State<AppState>,
    page: Page,
    user: RequireUser,
    existing: Option<(String, Lang)>,
    slug: String,
    lang: Lang,
    form: GuideForm,
) -> Result<Response, AppError> {
    let staff = writer(user)?;
    let draft = form.draft();
    if form.action == "save" && existing.is_none() {
        let taken = super::guide(&state.db, &slug, lang)
            .await?
            .is_some_and(|g| g.lang == lang);
        if taken {
            let mut errors = FormErrors::default();
            errors.add("slug", "help-guide-error-slug-taken");
            let html = render(&EditPage::new(page, existing, slug, lang, draft, errors))?;
            return Ok((StatusCode::UNPROCESSABLE_ENTITY, html).into_response());
        }
    }
    if form.action == "save" {
        let saved = super::save_guide(
            &state.db,
            &slug,
            lang,
            draft.clone(),
            &staff.id,
            state.clock.now_ms(),
        )
        .await;
        match saved {
            Ok(guide) => {
                return Ok(Redirect::to(&format!("/hjaelp/guider/{}", guide.slug)).into_response())
            }
            Err(GuideError::Invalid(errors)) => {
                let html = render(&EditPage::new(page, existing, slug, lang, draft, errors))?;
                return Ok((StatusCode::UNPROCESSABLE_ENTITY, html).into_response());
            }
            Err(GuideError::Database(e)) => return Err(e.into()),
        }
    }
    let html = render(&EditPage::new(
        page,
        existing,
        slug,
        lang,
        draft,
        FormErrors::default(),
    ))?;
    Ok(html.into_response())
}
