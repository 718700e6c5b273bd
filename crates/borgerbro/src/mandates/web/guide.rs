//! "Sådan hjælper du": what a helper can do in an area, and how. Open to everyone.

use askama::Template;
use axum::extract::Path;
use axum::response::Html;

use crate::web::{render, AppError, Page};

/// The guides "Sådan hjælper du": letters, the subject areas of letters, and bookings.
/// "My data" gets its own with the module that builds it.
pub(crate) const GUIDES: [&str; 3] = ["post", "emner", "tider"];

#[derive(Template)]
#[template(path = "mandates/guide.html")]
struct GuidePage {
    page: Page,
    guide: &'static str,
    guides: [&'static str; 3],
}

impl GuidePage {
    fn key(&self, part: &str) -> String {
        format!("guide-{}-{part}", self.guide)
    }

    fn title_of(&self, guide: &str) -> String {
        format!("guide-{guide}-title")
    }
}

/// "Sådan hjælper du": what a helper can do in an area, and how. Open to everyone, so a
/// relative can read it before they are given a permission.
pub(crate) async fn guide(page: Page, Path(name): Path<String>) -> Result<Html<String>, AppError> {
    let guide = GUIDES
        .into_iter()
        .find(|g| *g == name)
        .ok_or(AppError::NotFound)?;
    render(&GuidePage {
        page,
        guide,
        guides: GUIDES,
    })
}
