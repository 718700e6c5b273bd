//! Business cases on SQLite and PostgreSQL: the calculator in the API against the closed
//! form and its refusals; a project owner's case from draft through a mistake, a revision
//! and two versions compared to publication, for anyone in the API and on a page; and who
//! may write.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use common::{header, TestApp};
use serde_json::{json, Value};

const PUBLISHED: &str = "0195c0de-0000-7000-8000-0000000000e1";
const DRAFT: &str = "0195c0de-0000-7000-8000-0000000000e2";

async fn simulate(app: &TestApp, body: Value) -> (u16, String, Value) {
    let response = common::client()
        .post(app.url("/api/v1/business-cases/simulate"))
        .json(&body)
        .send()
        .await
        .unwrap();
    let status = response.status().as_u16();
    let content_type = header(&response, "content-type").to_owned();
    (status, content_type, response.json().await.unwrap())
}

fn line(kind: &str, title: &str, (low, likely, high): (f64, f64, f64), years: (u32, u32)) -> Value {
    json!({"kind": kind, "category": "other", "title": title, "low": low, "likely": likely,
           "high": high, "from_year": years.0, "to_year": years.1})
}

#[tokio::test]
async fn the_calculator_gives_the_exact_discounted_sum_for_certain_lines_and_refuses_bad_ones() {
    let app = TestApp::spawn().await;
    // 100 a year for three years at 4%, a cost of 50 in year 0: 100 + 100/1.04 + 100/1.04^2 - 50.
    let (status, _, outcome) = simulate(
        &app,
        json!({"years": 3, "discount_rate": 0.04, "draws": 500, "seed": 7, "lines": [
            line("benefit", "Besparelse", (100.0, 100.0, 100.0), (0, 2)),
            line("cost", "Udvikling", (50.0, 50.0, 50.0), (0, 0)),
        ]}),
    )
    .await;
    assert_eq!(status, 200, "{outcome}");
    let exact = 100.0 + 100.0 / 1.04 + 100.0 / (1.04 * 1.04) - 50.0;
    for reading in ["p10", "p50", "p90", "likely"] {
        let value = outcome["npv"][reading].as_f64().unwrap();
        assert!(
            (value - exact).abs() < 1e-9,
            "{reading}: {value} against {exact}"
        );
    }
    assert_eq!(outcome["probability_negative"], 0.0);
    assert_eq!(
        (outcome["draws"].as_u64(), outcome["seed"].as_u64()),
        (Some(500), Some(7))
    );

    // The same seed gives the same numbers; an uncertain line moves the percentiles.
    let uncertain = json!({"years": 5, "discount_rate": 0.035, "seed": 42, "lines": [
        line("benefit", "Besparelse", (50.0, 100.0, 300.0), (1, 4)),
        line("cost", "Drift", (80.0, 90.0, 150.0), (0, 4)),
    ]});
    let (_, _, first) = simulate(&app, uncertain.clone()).await;
    let (_, _, again) = simulate(&app, uncertain).await;
    assert_eq!(first, again);
    assert_eq!(first["draws"], 10_000, "the default number of draws");
    // JSON Schema's integers may be written 3.0, as some clients do.
    let (status, _, _) = simulate(
        &app,
        json!({"years": 3.0, "discount_rate": 0.04, "draws": 100.0, "seed": null, "lines": [
            {"kind": "cost", "category": "", "title": "X", "low": 1.0, "likely": 2.0,
             "high": 3.0, "from_year": 0.0, "to_year": 2.0}
        ]}),
    )
    .await;
    assert_eq!(status, 200);
    assert!(first["npv"]["p10"].as_f64() < first["npv"]["p90"].as_f64());
    assert_eq!(
        first["sensitivity"][0]["title"], "Besparelse",
        "the widest swing first"
    );

    for (body, fields) in [
        (
            json!({"years": 3, "discount_rate": 0.04, "lines": [line("cost", "X", (200.0, 100.0, 300.0), (0, 2))]}),
            vec!["lines[0].low"],
        ),
        (
            json!({"years": 3, "discount_rate": 0.04, "lines": [line("cost", "X", (100.0, 400.0, 300.0), (0, 2))]}),
            vec!["lines[0].likely"],
        ),
        (
            json!({"years": 51, "discount_rate": 0.25, "draws": 0, "lines": [line("cost", " ", (1.0, 2.0, 3.0), (0, 0))]}),
            vec!["years", "discount_rate", "lines[0].title", "draws"],
        ),
        (
            json!({"years": 3, "discount_rate": 0.04, "draws": 1_000_001, "lines": [line("cost", "X", (1.0, 2.0, 3.0), (2, 3))]}),
            vec!["lines[0].to_year", "draws"],
        ),
        (
            json!({"years": 3, "discount_rate": 0.04, "lines": [line("cost", "Linje\u{7}", (1.0, 2.0, 3.0), (0, 0))]}),
            vec!["lines[0].title"],
        ),
    ] {
        let (status, content_type, problem) = simulate(&app, body.clone()).await;
        assert_eq!(status, 422, "{body}: {problem}");
        assert_eq!(content_type, "application/problem+json");
        let named: Vec<&str> = problem["errors"]
            .as_array()
            .unwrap()
            .iter()
            .map(|e| e["field"].as_str().unwrap())
            .collect();
        assert_eq!(named, fields, "{body}");
    }
}

/// The form's fields for one line, at `i`.
fn line_fields(
    i: usize,
    title: &str,
    (low, likely, high): (&str, &str, &str),
) -> Vec<(String, String)> {
    [
        ("kind", "cost"),
        ("category", "development"),
        ("title", title),
        ("low", low),
        ("likely", likely),
        ("high", high),
        ("from_year", "1"),
        ("to_year", "1"),
        ("optimism_bias", ""),
        ("bias_reason", ""),
        ("assumption", "Et tilbud fra leverandøren"),
        ("source", "Tilbud af 1. november"),
    ]
    .into_iter()
    .map(|(field, value)| (format!("lines[{i}].{field}"), value.to_owned()))
    .collect()
}

fn case_form(csrf: &str, revision: &str, lines: Vec<(String, String)>) -> Vec<(String, String)> {
    let mut form: Vec<(String, String)> = [
        ("csrf_token", csrf),
        ("revision", revision),
        ("years", "5"),
        ("discount_rate", "3,5"),
        ("hourly_value", "400"),
        ("draws", "2000"),
        ("seed", "11"),
    ]
    .into_iter()
    .map(|(k, v)| (k.to_owned(), v.to_owned()))
    .collect();
    form.extend(lines);
    // The empty line the page offers for a new one.
    form.extend(
        line_fields(9, "", ("", "", ""))
            .into_iter()
            .map(|(k, _)| (k, String::new())),
    );
    form
}

async fn post(app: &TestApp, path: &str, form: &[(String, String)]) -> reqwest::Response {
    app.client
        .post(app.url(path))
        .form(form)
        .send()
        .await
        .unwrap()
}

fn revision_of(html: &str) -> String {
    let at = html.find("name=\"revision\" value=\"").unwrap() + "name=\"revision\" value=\"".len();
    html[at..at + html[at..].find('"').unwrap()].to_owned()
}

#[tokio::test]
async fn a_case_goes_from_draft_through_a_revision_to_publication() {
    let app = TestApp::spawn().await;
    app.login_as("Lars Mikkelsen").await;
    let base = format!("/projekter/{DRAFT}/businesscase");
    let html = app.get_html(&base).await;
    assert!(html.contains("Der er ikke noget resultat endnu"), "{html}");
    let csrf = common::csrf_token(&html);

    // A mistake: the low estimate above the likely one. Nothing is saved; what was typed
    // stays, and the summary names the line and the field.
    let wrong = case_form(
        &csrf,
        "0",
        line_fields(0, "SMS-løsning", ("900.000", "500.000", "1.200.000")),
    );
    let response = post(&app, &base, &wrong).await;
    assert_eq!(response.status(), 422);
    let html = response.text().await.unwrap();
    assert!(
        html.contains("Linje 1: Lavt skøn: Det lave skøn må ikke være større end det sandsynlige."),
        "{html}"
    );
    assert!(html.contains("value=\"900.000\""), "the typed value stays");
    assert!(html.contains("href=\"#lines[0].low\""));

    let right = case_form(
        &csrf,
        "0",
        line_fields(0, "SMS-løsning", ("400.000", "500.000", "1.200.000")),
    );
    let response = post(&app, &base, &right).await;
    assert_eq!(response.status(), 303);
    let html = app.get_html(&format!("{base}?gemt=case")).await;
    assert!(html.contains("Business casen er gemt og beregnet."));
    // Development starts at the Green Book's 200% uplift: the likely cost counts three
    // times, in year 1 (not discounted).
    assert!(html.contains("-1.500.000 kr."), "{html}");
    assert!(html.contains("<svg class=\"bb-chart\""), "the tornado");
    let revision = revision_of(&html);

    // Someone saving the same revision again is told, and their form is kept.
    let response = post(
        &app,
        &base,
        &case_form(&csrf, "0", line_fields(0, "Andet", ("1", "2", "3"))),
    )
    .await;
    assert_eq!(response.status(), 409);

    let version = [
        ("csrf_token".to_owned(), csrf.clone()),
        ("what_changed".to_owned(), String::new()),
    ];
    assert_eq!(
        post(&app, &format!("{base}/version"), &version)
            .await
            .status(),
        422
    );
    let version = [
        ("csrf_token".to_owned(), csrf.clone()),
        ("what_changed".to_owned(), "Første udgave.".to_owned()),
    ];
    assert_eq!(
        post(&app, &format!("{base}/version"), &version)
            .await
            .status(),
        303
    );

    // The revision: a lower uplift needs a reason.
    let mut lower = line_fields(0, "SMS-løsning", ("400.000", "600.000", "1.200.000"));
    lower.retain(|(k, _)| !k.ends_with("optimism_bias"));
    lower.push(("lines[0].optimism_bias".into(), "50".into()));
    let response = post(&app, &base, &case_form(&csrf, &revision, lower.clone())).await;
    assert_eq!(response.status(), 422);
    assert!(response
        .text()
        .await
        .unwrap()
        .contains("Skriv, hvorfor tillægget er lavere"));
    lower.retain(|(k, _)| !k.ends_with("bias_reason"));
    lower.push((
        "lines[0].bias_reason".into(),
        "Fast pris i kontrakten".into(),
    ));
    assert_eq!(
        post(&app, &base, &case_form(&csrf, &revision, lower))
            .await
            .status(),
        303
    );
    let version = [
        ("csrf_token".to_owned(), csrf.clone()),
        (
            "what_changed".to_owned(),
            "Tilbuddet blev dyrere, men til fast pris.".to_owned(),
        ),
    ];
    assert_eq!(
        post(&app, &format!("{base}/version"), &version)
            .await
            .status(),
        303
    );

    let compare = app.get_html(&format!("{base}/versioner?a=1&b=2")).await;
    assert!(
        compare.contains("Tilbuddet blev dyrere, men til fast pris."),
        "{compare}"
    );
    assert!(
        compare.contains("500.000 (400.000 – 1.200.000)")
            && compare.contains("600.000 (400.000 – 1.200.000)"),
        "{compare}"
    );

    // Not public before it is published.
    let (status, _, _) = app
        .get_json(&format!("/api/v1/projects/{DRAFT}/business-case"))
        .await;
    assert_eq!(status, 404);
    let publish = [("csrf_token".to_owned(), csrf.clone())];
    assert_eq!(
        post(&app, &format!("{base}/offentliggoer"), &publish)
            .await
            .status(),
        303
    );
    let (status, _, case) = app
        .get_json(&format!("/api/v1/projects/{DRAFT}/business-case"))
        .await;
    assert_eq!(status, 200, "{case}");
    assert_eq!(case["versions"].as_array().unwrap().len(), 2);
    assert_eq!(case["case"]["lines"][0]["optimism_bias"], 0.5);
    assert_eq!(case["simulation"]["seed"], 11);
    let public = common::client()
        .get(app.url(&format!("/vurderinger/{DRAFT}/businesscase")))
        .send()
        .await
        .unwrap();
    let status = public.status();
    let public = public.text().await.unwrap();
    assert_eq!(status, 200, "{public}");
    assert!(
        public.contains("Fast pris i kontrakten") || public.contains("Et tilbud fra leverandøren")
    );
    assert!(
        public.contains("Tilbuddet blev dyrere, men til fast pris."),
        "its history"
    );
}

#[tokio::test]
async fn readers_read_the_case_and_only_project_owners_change_it() {
    let app = TestApp::spawn().await;
    // The demo's published case, with its two versions, for anyone.
    let (status, _, case) = app
        .get_json(&format!("/api/v1/projects/{PUBLISHED}/business-case"))
        .await;
    assert_eq!(status, 200);
    assert!(case["versions"][1]["what_changed"]
        .as_str()
        .unwrap()
        .contains("Leverandørens tilbud"));
    let page = app.get_html(&format!("/vurderinger/{PUBLISHED}")).await;
    let (hearing,): (String,) =
        sqlx::query_as("SELECT id FROM assess_hearings WHERE project_id = $1")
            .bind(PUBLISHED)
            .fetch_one(&app.state.db.pool)
            .await
            .unwrap();
    let hearing_page = app.get_html(&format!("/hoeringer/{hearing}")).await;
    assert!(
        hearing_page.contains(&format!("/vurderinger/{PUBLISHED}/businesscase")),
        "the hearing links the case"
    );
    assert!(
        page.contains(&format!("/vurderinger/{PUBLISHED}/businesscase")),
        "the assessment links its case"
    );

    app.login_as("Hanne Lund").await;
    let base = format!("/projekter/{PUBLISHED}/businesscase");
    let html = app.get_html(&base).await;
    assert!(!html.contains("Gem og beregn"), "a reader gets no form");
    let csrf = common::csrf_token(&html);
    let form = case_form(&csrf, "1", line_fields(0, "X", ("1", "2", "3")));
    assert_eq!(post(&app, &base, &form).await.status(), 403);

    app.login_as("Mette Hansen").await;
    assert_eq!(app.get(&base).await.status(), 403);
}
