//! `/tal`: the inclusion figures for anyone, month by month, each chart beside a table
//! with the same numbers, and the same figures as CSV (`/tal.csv`) and JSON (the API).

use askama::Template;
use axum::extract::{Query, State};
use axum::http::header;
use axum::response::{IntoResponse, Response};
use serde::Deserialize;

use super::figures_between;
use super::month::{self, Month};
use super::shown::{Counted, MonthFigures};
use crate::forms::FormErrors;
use crate::i18n::Lang;
use crate::state::AppState;
use crate::web::chart::{self, Bar};
use crate::web::{decimal, percent, render, spreadsheet, whole, AppError, Page};
use crate::{bookings, help};

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub(crate) struct RangeQuery {
    fra: String,
    til: String,
}

/// A table of figures: the month in the first column, the figures after.
struct Table {
    caption: String,
    headers: Vec<String>,
    rows: Vec<Vec<String>>,
}

/// A chart with the caption that names what it shows.
struct Chart {
    caption: String,
    svg: String,
}

impl Chart {
    fn bars(caption: String, bars: &[Bar]) -> Self {
        Chart {
            svg: chart::bars(&caption, bars),
            caption,
        }
    }
}

/// A heading, what the figures count, a chart when one helps, and the table.
struct Section {
    id: &'static str,
    heading: String,
    lead: String,
    chart: Option<Chart>,
    table: Table,
}

#[derive(Template)]
#[template(path = "insight/figures.html")]
struct FiguresPage {
    page: Page,
    query: RangeQuery,
    errors: FormErrors,
    sections: Vec<Section>,
    months_without: usize,
    csv_href: String,
    json_href: String,
}

impl FiguresPage {
    /// The two month fields: id (and name), label, value as typed.
    fn range_fields(&self) -> [(&'static str, &'static str, &str); 2] {
        [
            ("fra", "insight-from", &self.query.fra),
            ("til", "insight-to", &self.query.til),
        ]
    }

    fn months_without_text(&self) -> Option<String> {
        (self.months_without > 0).then(|| {
            self.page
                .count("insight-months-without", self.months_without)
        })
    }
}

/// How the page writes a count: "under 5" when it is not told.
fn count(page: &Page, value: Option<u64>) -> String {
    value.map_or_else(|| page.t("insight-under-five"), |n| whole(page.lang, n))
}

fn share(page: &Page, value: Option<f64>) -> String {
    value.map_or_else(|| page.t("insight-not-told"), |s| percent(page.lang, s))
}

fn number(page: &Page, value: Option<f64>) -> String {
    value.map_or_else(|| page.t("insight-not-told"), |v| decimal(page.lang, v))
}

fn month_name(lang: Lang, month: &str) -> String {
    match Month::read(month) {
        Ok(m) => crate::i18n::month_year(lang, m.first_day()),
        Err(_) => month.to_owned(),
    }
}

fn bars_of(
    page: &Page,
    months: &[MonthFigures],
    value: impl Fn(&MonthFigures) -> Option<u64>,
) -> Vec<Bar> {
    months
        .iter()
        .map(|m| Bar {
            label: month_name(page.lang, &m.month),
            typed: false,
            value: value(m).map(|n| n as f64),
            shown: count(page, value(m)),
        })
        .collect()
}

fn headers(page: &Page, keys: &[&str]) -> Vec<String> {
    keys.iter().map(|k| page.t(k)).collect()
}

fn table(
    page: &Page,
    caption: &str,
    keys: &[&str],
    months: &[MonthFigures],
    cells: impl Fn(&MonthFigures) -> Vec<String>,
) -> Table {
    Table {
        caption: page.t(caption),
        headers: headers(page, keys),
        rows: months
            .iter()
            .map(|m| {
                let mut row = vec![month_name(page.lang, &m.month)];
                row.extend(cells(m));
                row
            })
            .collect(),
    }
}

fn counted_cells(page: &Page, counted: &Counted, keys: &[&str]) -> Vec<String> {
    keys.iter()
        .map(|k| count(page, counted.counts.get(*k).copied().flatten()))
        .collect()
}

fn sections(page: &Page, months: &[MonthFigures]) -> Vec<Section> {
    let mut sections = vec![
        Section {
            id: "breve",
            heading: page.t("insight-letters"),
            lead: page.t("insight-letters-lead"),
            chart: Some(Chart::bars(
                page.t("insight-chart-unread"),
                &bars_of(page, months, |m| m.unread_after_7_days),
            )),
            table: table(
                page,
                "insight-letters",
                &[
                    "insight-col-month",
                    "insight-col-sent",
                    "insight-col-opened",
                    "insight-col-unread",
                    "insight-col-paper",
                    "insight-col-moved",
                ],
                months,
                |m| {
                    vec![
                        count(page, m.letters_sent),
                        count(page, m.opened),
                        count(page, m.unread_after_7_days),
                        count(page, m.paper_letters),
                        count(page, m.deadlines_moved),
                    ]
                },
            ),
        },
        Section {
            id: "rykkere",
            heading: page.t("insight-escalations"),
            lead: page.t("insight-escalations-lead"),
            chart: None,
            table: table(
                page,
                "insight-escalations",
                &[
                    "insight-col-month",
                    "insight-col-phone",
                    "insight-col-paper-copy",
                    "insight-col-visit",
                    "insight-col-reached",
                    "insight-col-not-reached",
                    "insight-col-other-channel",
                ],
                months,
                |m| {
                    vec![
                        count(page, m.escalations.phone),
                        count(page, m.escalations.paper),
                        count(page, m.escalations.visit),
                        count(page, m.outcomes.reached),
                        count(page, m.outcomes.not_reached),
                        count(page, m.outcomes.other_channel),
                    ]
                },
            ),
        },
        Section {
            id: "klart-sprog",
            heading: page.t("insight-lix"),
            lead: page.t1(
                "insight-lix-lead",
                "limit",
                &months
                    .last()
                    .map(|m| m.lix.limit.to_string())
                    .unwrap_or_default(),
            ),
            chart: None,
            table: table(
                page,
                "insight-lix",
                &[
                    "insight-col-month",
                    "insight-col-letters",
                    "insight-col-median",
                    "insight-col-over-limit",
                ],
                months,
                |m| {
                    vec![
                        count(page, m.lix.letters),
                        number(page, m.lix.median),
                        share(page, m.lix.over_limit_share),
                    ]
                },
            ),
        },
        Section {
            id: "fritaget-og-hjaelpere",
            heading: page.t("insight-people"),
            lead: page.t("insight-people-lead"),
            chart: None,
            table: table(
                page,
                "insight-people",
                &[
                    "insight-col-month",
                    "insight-col-exempt",
                    "insight-col-helpers",
                    "insight-col-permissions",
                ],
                months,
                |m| {
                    vec![
                        share(page, m.exempt_share),
                        count(page, m.helpers),
                        count(page, m.permissions),
                    ]
                },
            ),
        },
    ];
    let kinds: Vec<&str> = bookings::Kind::ALL.iter().map(|k| k.as_str()).collect();
    let mut booking_headers = vec!["insight-col-month"];
    booking_headers.extend(bookings::Kind::ALL.iter().map(|k| k.label_key()));
    sections.push(Section {
        id: "bookinger",
        heading: page.t("insight-bookings"),
        lead: page.t("insight-bookings-lead"),
        chart: None,
        table: table(page, "insight-bookings", &booking_headers, months, |m| {
            counted_cells(page, &m.bookings, &kinds)
        }),
    });
    sections.push(Section {
        id: "anmodninger",
        heading: page.t("insight-requests"),
        lead: page.t("insight-requests-lead"),
        chart: None,
        table: table(
            page,
            "insight-requests",
            &[
                "insight-col-month",
                "insight-col-received",
                "insight-col-answered",
                "insight-col-in-time",
                "insight-col-overdue",
            ],
            months,
            |m| {
                vec![
                    count(page, m.requests.received),
                    count(page, m.requests.answered),
                    count(page, m.requests.answered_in_time),
                    count(page, m.requests.overdue),
                ]
            },
        ),
    });
    // The last month that is over: the running one has too little yet to show by unit,
    // task and topic.
    if let Some(last) = months.iter().rev().find(|m| m.is_final).or(months.last()) {
        sections.extend(last_month_sections(page, last));
    }
    sections
}

/// The last month's figures that have a line per unit, task or topic.
fn last_month_sections(page: &Page, last: &MonthFigures) -> Vec<Section> {
    let name = month_name(page.lang, &last.month);
    let units = Table {
        caption: page.t1("insight-units-caption", "month", &name),
        headers: headers(
            page,
            &[
                "insight-col-unit",
                "insight-col-letters",
                "insight-col-median",
                "insight-col-over-limit",
            ],
        ),
        rows: last
            .lix
            .by_unit
            .iter()
            .map(|u| {
                vec![
                    u.unit.clone(),
                    count(page, u.letters),
                    number(page, u.median),
                    share(page, u.over_limit_share),
                ]
            })
            .collect(),
    };
    let tasks = Table {
        caption: page.t1("insight-tasks-caption", "month", &name),
        headers: headers(
            page,
            &[
                "insight-col-task",
                "insight-col-answers",
                "insight-col-average",
                "insight-col-easy",
            ],
        ),
        rows: last
            .var_det_let
            .iter()
            .map(|(task, a)| {
                vec![
                    page.t(&format!("feedback-task-{task}")),
                    count(page, a.answers),
                    number(page, a.average),
                    share(page, a.easy_share),
                ]
            })
            .collect(),
    };
    let topic_bars: Vec<Bar> = help::Topic::ALL
        .iter()
        .map(|topic| {
            let value = last.stuck.counts.get(topic.as_str()).copied().flatten();
            Bar {
                label: page.t(&topic.label_key()),
                typed: false,
                value: value.map(|n| n as f64),
                shown: count(page, value),
            }
        })
        .collect();
    let stuck = Table {
        caption: page.t1("insight-stuck-caption", "month", &name),
        headers: headers(page, &["insight-col-topic", "insight-col-notes"]),
        rows: topic_bars
            .iter()
            .map(|b| vec![b.label.clone(), b.shown.clone()])
            .collect(),
    };
    vec![
        Section {
            id: "enheder",
            heading: page.t1("insight-units", "month", &name),
            lead: page.t("insight-units-lead"),
            chart: None,
            table: units,
        },
        Section {
            id: "var-det-let",
            heading: page.t1("insight-tasks", "month", &name),
            lead: page.t("insight-tasks-lead"),
            chart: None,
            table: tasks,
        },
        Section {
            id: "sad-fast",
            heading: page.t1("insight-stuck", "month", &name),
            lead: page.t("insight-stuck-lead"),
            chart: Some(Chart::bars(
                page.t1("insight-stuck-caption", "month", &name),
                &topic_bars,
            )),
            table: stuck,
        },
    ]
}

/// The months the query asks for, or the errors that say what to write instead.
async fn asked(
    state: &AppState,
    query: &RangeQuery,
) -> Result<Result<(Month, Month, Vec<MonthFigures>), FormErrors>, AppError> {
    let mut errors = FormErrors::default();
    let Some((first, last)) = month::range(
        (Some(&query.fra), Some(&query.til)),
        state.clock.today(),
        ["fra", "til"],
        &mut errors,
    ) else {
        return Ok(Err(errors));
    };
    let figures = figures_between(&state.db, first, last).await?;
    Ok(Ok((first, last, figures)))
}

pub(crate) async fn figures(
    State(state): State<AppState>,
    page: Page,
    Query(query): Query<RangeQuery>,
) -> Result<Response, AppError> {
    let (errors, months, range) = match asked(&state, &query).await? {
        Ok((first, last, months)) => (FormErrors::default(), months, Some((first, last))),
        Err(errors) => (errors, Vec::new(), None),
    };
    let months_without = range.map_or(0, |(first, last)| {
        first.through(last).count() - months.len()
    });
    let (from, to) = range.map_or((query.fra.clone(), query.til.clone()), |(f, l)| {
        (f.to_string(), l.to_string())
    });
    let sections = if months.is_empty() {
        Vec::new()
    } else {
        sections(&page, &months)
    };
    Ok(render(&FiguresPage {
        csv_href: format!("/tal.csv?fra={from}&til={to}"),
        json_href: format!("/api/v1/insight?from={from}&to={to}"),
        page,
        query: RangeQuery { fra: from, til: to },
        errors,
        sections,
        months_without,
    })?
    .into_response())
}

/// The same months as CSV, one row a month; a count not told is written `<5`.
pub(crate) async fn csv(
    State(state): State<AppState>,
    Query(query): Query<RangeQuery>,
) -> Result<Response, AppError> {
    let months = match asked(&state, &query).await? {
        Ok((_, _, months)) => months,
        Err(errors) => return Err(AppError::Invalid(errors)),
    };
    let bytes = super::csv::write(&months).map_err(|e| AppError::internal("writing the CSV", e))?;
    let bytes =
        spreadsheet::neutralise(&bytes).map_err(|e| AppError::internal("writing the CSV", e))?;
    Ok((
        [
            (header::CONTENT_TYPE, "text/csv; charset=utf-8"),
            (
                header::CONTENT_DISPOSITION,
                "attachment; filename=\"tal.csv\"",
            ),
        ],
        bytes,
    )
        .into_response())
}
