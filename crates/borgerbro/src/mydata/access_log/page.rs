//! The citizen's page "Hvem har kigget".

use askama::Template;
use axum::extract::{Query, State};
use axum::response::Html;
use jiff::civil::Date;
use serde::Deserialize;

use super::{looks, Look, Wanted, Who};
use crate::auth::{RequireUser, Role};
use crate::state::AppState;
use crate::web::{format_date, render, AppError, Page};

#[derive(Deserialize)]
pub(crate) struct LogQuery {
    /// The cursor: the last entry of the page before (its sequence number).
    efter: Option<String>,
    /// personale, hjaelpere or systemer; everyone when empty.
    hvem: Option<String>,
    /// The period: from this day (YYYY-MM-DD, Danish time) ...
    fra: Option<String>,
    /// ... to this day, both included.
    til: Option<String>,
}

/// One look as the page shows it.
pub(crate) struct Line {
    pub look: Look,
    pub when: String,
}

#[derive(Template)]
#[template(path = "mydata/access_log.html")]
struct LogPage {
    page: Page,
    lines: Vec<Line>,
    who: Option<Who>,
    whos: [Who; 4],
    from: String,
    to: String,
    /// The address of the next (older) page.
    older: Option<String>,
}

/// The start of a day in Denmark, in ms.
pub(super) fn day_start_ms(day: Date) -> Option<i64> {
    day.to_zoned(crate::clock::denmark())
        .ok()
        .map(|z| z.timestamp().as_millisecond())
}

fn day(text: Option<&str>) -> Result<Option<Date>, AppError> {
    match text.map(str::trim).filter(|t| !t.is_empty()) {
        None => Ok(None),
        Some(text) => text
            .parse::<Date>()
            .map(Some)
            .map_err(|_| AppError::BadRequest("log-bad-day")),
    }
}

/// "Hvem har kigget": the citizen's own log.
pub(crate) async fn log(
    State(state): State<AppState>,
    page: Page,
    user: RequireUser,
    Query(query): Query<LogQuery>,
) -> Result<Html<String>, AppError> {
    let citizen = user.with_role(Role::Citizen)?;
    let who = match query.hvem.as_deref().filter(|w| !w.is_empty()) {
        None => None,
        Some(text) => Some(Who::parse(text).ok_or(AppError::BadRequest("log-bad-filter"))?),
    };
    let before = match query.efter.as_deref().filter(|c| !c.is_empty()) {
        None => None,
        Some(text) => Some(
            text.parse::<i64>()
                .map_err(|_| AppError::BadRequest("log-bad-cursor"))?,
        ),
    };
    let (from, to) = (day(query.fra.as_deref())?, day(query.til.as_deref())?);
    let wanted = Wanted {
        who,
        before,
        from_ms: from.and_then(day_start_ms),
        to_ms: to.and_then(|d| d.tomorrow().ok()).and_then(day_start_ms),
    };
    let (found, next) = looks(&state, page.lang, &citizen.id, &wanted).await?;
    let (from, to) = (
        from.map(|d| d.to_string()).unwrap_or_default(),
        to.map(|d| d.to_string()).unwrap_or_default(),
    );
    let older = next.map(|seq| {
        let mut href = format!("/mine-data/hvem-har-kigget?efter={seq}");
        if let Some(w) = who {
            href.push_str(&format!("&hvem={}", w.as_str()));
        }
        for (name, value) in [("fra", &from), ("til", &to)] {
            if !value.is_empty() {
                href.push_str(&format!("&{name}={value}"));
            }
        }
        href
    });
    let lines = found
        .into_iter()
        .map(|look| Line {
            when: format_date(page.lang, look.at_ms),
            look,
        })
        .collect();
    render(&LogPage {
        page,
        lines,
        who,
        whos: Who::ALL,
        from,
        to,
        older,
    })
}
