//! What every page knows about its request: language, person, CSRF token, authority.

use std::sync::Arc;

use askama::Template;
use axum::extract::FromRequestParts;
use axum::http::request::Parts;
use axum::response::Html;
use axum_extra::extract::CookieJar;
use secrecy::ExposeSecret;

use super::error::{request_lang, AppError};
use crate::auth::{CsrfToken, Role, User};
use crate::config::AuthorityProfile;
use crate::i18n::{Lang, ReaderChoices};
use crate::state::AppState;

/// The context of one page view, handed to every template.
#[derive(Clone)]
pub(crate) struct Page {
    pub lang: Lang,
    pub user: Option<User>,
    pub csrf: String,
    pub demo: bool,
    pub authority: Arc<AuthorityProfile>,
    /// The path and query of this page, for the language switch and "Få hjælp".
    pub path: String,
    /// When a form sent past its limit may be sent again ("14:35"), for the texts that
    /// name it (`$time`; see `web::rate_limit::refuse_form`).
    pub retry_at: Option<String>,
    /// The logged-in person chose large print: larger base text.
    pub large_print: bool,
    /// ... or easy-read: the short version and "Læs op" first.
    pub easy_read: bool,
}

/// Everything but the CSRF token, which the templates need as plain text.
impl std::fmt::Debug for Page {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Page")
            .field("lang", &self.lang)
            .field("user", &self.user)
            .field("csrf", &"[REDACTED]")
            .field("demo", &self.demo)
            .field("authority", &self.authority.name)
            .field("path", &self.path)
            .field("retry_at", &self.retry_at)
            .field("large_print", &self.large_print)
            .field("easy_read", &self.easy_read)
            .finish()
    }
}

/// A link to this page in another language.
pub(crate) struct LangLink {
    pub code: &'static str,
    /// "ltr" or "rtl": the name is set in its own direction.
    pub dir: &'static str,
    pub name: String,
    pub href: String,
    pub current: bool,
    /// Whether a native speaker has reviewed the language (`Lang::reviewed`).
    pub reviewed: Option<bool>,
}

impl Page {
    /// An error page, for whoever the handler's response says is logged in (nobody when
    /// the request never reached the session layer).
    pub(crate) fn for_error(
        state: &AppState,
        lang: Lang,
        path: &str,
        user: Option<User>,
        csrf: Option<&CsrfToken>,
        choices: Option<&ReaderChoices>,
    ) -> Self {
        Self {
            lang,
            large_print: choices.is_some_and(|c| c.large_print),
            easy_read: choices.is_some_and(|c| c.easy_read),
            user,
            csrf: csrf
                .map(|token| token.0.expose_secret().to_owned())
                .unwrap_or_default(),
            demo: state.settings.demo,
            authority: state.authority.clone(),
            path: path.to_owned(),
            retry_at: None,
        }
    }

    pub(crate) fn t(&self, key: &str) -> String {
        match &self.retry_at {
            None => self.lang.t(key),
            Some(time) => self.lang.t_args(key, &[("time", time.clone())]),
        }
    }

    pub(crate) fn t1(&self, key: &str, name: &'static str, value: &str) -> String {
        self.lang.t_args(key, &[(name, value.to_owned())])
    }

    pub(crate) fn t2(
        &self,
        key: &str,
        name1: &'static str,
        value1: &str,
        name2: &'static str,
        value2: &str,
    ) -> String {
        self.lang.t_args(
            key,
            &[(name1, value1.to_owned()), (name2, value2.to_owned())],
        )
    }

    /// A text with a count in it, so Fluent can pick the singular or the plural.
    /// Each error of a form as the error summary lists it: the field to go to, and the
    /// message in the reader's language.
    pub(crate) fn error_items(&self, errors: &crate::forms::FormErrors) -> Vec<(String, String)> {
        errors
            .iter()
            .map(|error| (error.field.to_string(), self.t(error.message)))
            .collect()
    }

    pub(crate) fn count(&self, key: &str, count: usize) -> String {
        self.lang.t_count(key, count)
    }

    /// "Få hjælp" for this page: help on its topic when it has one.
    pub(crate) fn help_href(&self) -> String {
        match crate::help::model::topic_of_path(&self.path) {
            Some(topic) => format!("/hjaelp?emne={}", topic.as_str()),
            None => "/hjaelp".into(),
        }
    }

    /// The authority's opening hours in the reader's language; `None` when the settings
    /// write them as free text, which the footer shows as written and marks as Danish.
    pub(crate) fn opening_hours(&self) -> Option<String> {
        self.authority.opening_hours_in(self.lang)
    }

    pub(crate) fn has_role(&self, role: Role) -> bool {
        self.user.as_ref().is_some_and(|user| user.has(role))
    }

    pub(crate) fn languages(&self) -> Vec<LangLink> {
        let back = url::form_urlencoded::Serializer::new(String::new())
            .append_pair("tilbage", &self.path)
            .finish();
        Lang::ALL
            .into_iter()
            .map(|lang| LangLink {
                code: lang.code(),
                dir: lang.dir(),
                // Each language is named in itself, so a reader finds their own.
                name: lang.t("language-name"),
                href: format!("/sprog/{}?{back}", lang.code()),
                current: lang == self.lang,
                reviewed: lang.reviewed(),
            })
            .collect()
    }

    pub(crate) fn render_error(
        &self,
        title: String,
        next: String,
        request_id: &str,
    ) -> Html<String> {
        let page = ErrorPage {
            page: self,
            title,
            next,
            request_id,
        };
        page.render()
            .map(Html)
            // The error page is the last resort: if even it fails, say it plainly.
            .unwrap_or_else(|_| Html(self.t("error-internal-title")))
    }
}

impl FromRequestParts<AppState> for Page {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, AppError> {
        let jar = CookieJar::from_headers(&parts.headers);
        let choices = parts.extensions.get::<ReaderChoices>();
        Ok(Self {
            lang: request_lang(&jar, &parts.headers, choices),
            large_print: choices.is_some_and(|c| c.large_print),
            easy_read: choices.is_some_and(|c| c.easy_read),
            user: parts.extensions.get::<User>().cloned(),
            csrf: parts
                .extensions
                .get::<CsrfToken>()
                .map(|token| token.0.expose_secret().to_owned())
                .unwrap_or_default(),
            demo: state.settings.demo,
            authority: state.authority.clone(),
            path: parts
                .uri
                .path_and_query()
                .map(|pq| pq.as_str().to_owned())
                .unwrap_or_else(|| "/".into()),
            retry_at: None,
        })
    }
}

#[derive(Template)]
#[template(path = "web/error.html")]
struct ErrorPage<'a> {
    page: &'a Page,
    title: String,
    next: String,
    /// What a person quotes when they call about it.
    request_id: &'a str,
}

/// Renders a template into a response.
pub(crate) fn render(template: &impl Template) -> Result<Html<String>, AppError> {
    template
        .render()
        .map(Html)
        .map_err(|e| AppError::internal("rendering a template", e))
}
