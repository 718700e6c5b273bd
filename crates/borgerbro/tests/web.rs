//! The web layer through real HTTP: layout, language, security headers, errors, CSRF.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use common::{header, TestApp};

#[tokio::test]
async fn the_front_page_is_danish_with_dkfds_and_help() {
    let app = TestApp::spawn().await;
    let response = app.get("/").await;
    assert_eq!(response.status(), 200);
    let html = response.text().await.unwrap();
    assert!(html.contains(r#"<html lang="da" dir="ltr">"#));
    assert!(html.contains("/static/dkfds/css/dkfds.min.css"));
    assert!(html.contains("Få hjælp"));
    assert!(html.contains("Aarhus Kommune (demo)"));
    assert!(
        html.contains("Demo."),
        "the demo banner shows on every page"
    );
    assert!(html.contains(r##"href="#main-content""##), "skip link");
    assert!(html.contains("/tilgaengelighed"));
    assert!(
        html.contains("89 40 20 00"),
        "the phone number is in the footer"
    );
}

#[tokio::test]
async fn every_response_carries_the_security_headers() {
    let app = TestApp::spawn().await;
    for path in [
        "/",
        "/findes-ikke",
        "/static/borgerbro.css",
        "/api/v1/authority",
    ] {
        let response = app.get(path).await;
        let csp = header(&response, "content-security-policy");
        assert!(csp.contains("frame-ancestors 'none'"), "{path}: {csp}");
        assert!(csp.contains("default-src 'self'"), "{path}: {csp}");
        assert!(!csp.contains("unsafe-inline"), "{path}: {csp}");
        assert_eq!(header(&response, "x-content-type-options"), "nosniff");
        assert_eq!(header(&response, "referrer-policy"), "same-origin");
    }
}

#[tokio::test]
async fn the_language_switch_remembers_english_and_returns() {
    let app = TestApp::spawn().await;
    let response = app.get("/sprog/en?tilbage=%2Fhjaelp").await;
    assert_eq!(response.status(), 303);
    assert_eq!(header(&response, "location"), "/hjaelp");
    let html = app.get_html("/hjaelp").await;
    assert!(html.contains(r#"<html lang="en" dir="ltr">"#));
    assert!(html.contains("Get help"));
    // A return address off the site is ignored.
    let response = app.get("/sprog/da?tilbage=%2F%2Fevil.example").await;
    assert_eq!(header(&response, "location"), "/");
    assert!(app
        .get_html("/")
        .await
        .contains(r#"<html lang="da" dir="ltr">"#));
    assert_eq!(app.get("/sprog/xx").await.status(), 404);
}

#[tokio::test]
async fn the_browser_language_is_used_until_one_is_chosen() {
    let app = TestApp::spawn().await;
    let response = app
        .client
        .get(app.url("/"))
        .header("accept-language", "en-GB,en;q=0.8")
        .send()
        .await
        .unwrap();
    assert!(response
        .text()
        .await
        .unwrap()
        .contains(r#"<html lang="en" dir="ltr">"#));
}

#[tokio::test]
async fn static_files_come_with_their_type() {
    let app = TestApp::spawn().await;
    let response = app.get("/static/dkfds/css/dkfds.min.css").await;
    assert_eq!(response.status(), 200);
    assert!(header(&response, "content-type").starts_with("text/css"));
    let font = app
        .get("/static/dkfds/fonts/IBMPlexSans/complete/woff2/IBMPlexSans-Regular.woff2")
        .await;
    assert_eq!(font.status(), 200);
    assert_eq!(app.get("/static/nothing.css").await.status(), 404);
}

#[tokio::test]
async fn an_unknown_page_gets_a_friendly_danish_404() {
    let app = TestApp::spawn().await;
    let response = app.get("/findes/ikke").await;
    assert_eq!(response.status(), 404);
    assert!(header(&response, "content-type").starts_with("text/html"));
    let html = response.text().await.unwrap();
    assert!(html.contains("Siden findes ikke"));
    assert!(html.contains("Gå til forsiden"), "says what to do next");
    assert!(html.contains(r#"<html lang="da" dir="ltr">"#));
}

#[tokio::test]
async fn an_error_page_still_shows_who_is_logged_in() {
    let app = TestApp::spawn().await;
    app.login_as("Mette Hansen").await;
    for missing in ["/post/no-such-letter", "/findes/ikke"] {
        let response = app.get(missing).await;
        assert_eq!(response.status(), 404, "{missing}");
        let html = response.text().await.unwrap();
        assert!(html.contains("Siden findes ikke"), "{missing}");
        assert!(html.contains("Log ud"), "{missing}: the way out is there");
        assert!(
            !html.contains(">Log ind<"),
            "{missing}: not asked to log in again"
        );
        assert!(html.contains("Mette Hansen"), "{missing}");
    }
}

#[tokio::test]
async fn api_errors_are_problem_json() {
    let app = TestApp::spawn().await;
    for (path, status) in [("/api/v1/findes-ikke", 404), ("/api/v1/client", 401)] {
        let response = app.get(path).await;
        assert_eq!(response.status(), status, "{path}");
        assert_eq!(
            header(&response, "content-type"),
            "application/problem+json"
        );
        let problem: serde_json::Value = response.json().await.unwrap();
        assert_eq!(problem["status"], status);
        assert!(problem["title"].as_str().unwrap().len() > 3);
        assert!(problem["detail"].as_str().unwrap().len() > 10);
    }
}

#[tokio::test]
async fn a_form_without_its_csrf_token_is_refused_and_nothing_is_stored() {
    let app = TestApp::spawn().await;
    app.login_as("Anne Kristensen").await;
    let response = app
        .post_form("/admin/api-noegler", &[("name", "Uden token")])
        .await;
    assert_eq!(response.status(), 403);
    let refused = response.text().await.unwrap();
    assert!(refused.contains("Formularen er for gammel"));
    // Still logged in, and told so: the way out works from this page too.
    assert!(refused.contains("Anne Kristensen") && !refused.contains(">Log ind<"));
    let response = app
        .post_form(
            "/admin/api-noegler",
            &[
                ("name", "Forkert token"),
                ("csrf_token", "x".repeat(43).as_str()),
            ],
        )
        .await;
    assert_eq!(response.status(), 403);
    let list = app.get_html("/admin/api-noegler").await;
    assert!(!list.contains("Uden token") && !list.contains("Forkert token"));
    let log_out = app
        .post_form("/log-ud", &[("csrf_token", &common::csrf_token(&refused))])
        .await;
    assert_eq!(
        log_out.status(),
        303,
        "the refusal page's log-out button works"
    );
}

#[tokio::test]
async fn a_malformed_form_gets_a_page_that_says_what_to_do() {
    let app = TestApp::spawn().await;
    let html = app.get_html("/log-ind").await;
    let token = common::csrf_token(&html);
    // The demo login form without the person.
    let response = app
        .post_form("/log-ind/demo", &[("csrf_token", token.as_str())])
        .await;
    assert_eq!(response.status(), 400);
    let html = response.text().await.unwrap();
    assert!(
        html.contains("Vi kunne ikke læse det, der blev sendt"),
        "{html}"
    );
}

#[tokio::test]
async fn help_and_accessibility_pages_offer_human_contact() {
    let app = TestApp::spawn().await;
    let help = app.get_html("/hjaelp").await;
    assert!(help.contains("tel:89402000"));
    assert!(help.contains("på papir"));
    let statement = app.get_html("/tilgaengelighed").await;
    assert!(statement.contains("WCAG 2.1"));
    assert!(statement.contains("Digitaliseringsstyrelsen"));
}

#[tokio::test]
async fn health_answers_while_the_database_answers() {
    let app = TestApp::spawn().await;
    assert_eq!(app.get("/healthz").await.status(), 200);
    // The database goes away.
    app.state.db.pool.close().await;
    let response = app.get("/healthz").await;
    assert_eq!(response.status(), 503);
    assert_eq!(
        header(&response, "content-type"),
        "application/problem+json"
    );
    // A page that needs the database says so plainly, in Danish, with what to do.
    let response = app.get("/log-ind").await;
    assert_eq!(response.status(), 503);
    let html = response.text().await.unwrap();
    assert!(html.contains("Prøv igen om et par minutter"), "{html}");
}

#[tokio::test]
async fn the_openapi_document_describes_the_api() {
    let app = TestApp::spawn().await;
    let doc: serde_json::Value = app.get("/api/v1/openapi.json").await.json().await.unwrap();
    assert!(doc["openapi"].as_str().unwrap().starts_with("3."));
    for path in ["/api/v1/client", "/api/v1/authority", "/healthz"] {
        assert!(doc["paths"][path].is_object(), "{path} missing");
    }
    assert!(doc["components"]["securitySchemes"]["api_key"].is_object());
    let authority: serde_json::Value = app.get("/api/v1/authority").await.json().await.unwrap();
    assert_eq!(authority["name"], "Aarhus Kommune (demo)");

    // Values a field may hold are listed as enums, taken from the code's own types.
    let schemas = &doc["components"]["schemas"];
    let areas = &schemas["NewMandateRequest"]["properties"]["areas"]["items"]["enum"];
    for area in ["post", "bookings", "mydata", "health", "general"] {
        assert!(areas.as_array().unwrap().contains(&area.into()), "{areas}");
    }
    assert_eq!(
        schemas["Rights"]["enum"],
        serde_json::json!(["look", "act"])
    );
    let reasons = &schemas["MandateCheckResponse"]["properties"]["reason"]["enum"];
    for reason in ["allowed", "outside_area", "look_only", "no_mandate"] {
        assert!(
            reasons.as_array().unwrap().contains(&reason.into()),
            "{reasons}"
        );
    }
    assert!(schemas["Channel"]["enum"].is_array());
    assert!(schemas["LetterStatus"]["enum"].is_array());
    assert!(schemas["BookingStatus"]["enum"].is_array());
    // Each name is one schema: the plain-language check's request is its own.
    assert!(schemas["MandateCheckRequest"].is_object());
    assert!(
        schemas["TextCheckRequest"]["properties"]["text"].is_object(),
        "{}",
        schemas["TextCheckRequest"]
    );
    assert!(
        schemas["CheckRequest"].is_null(),
        "no name that says nothing of which check"
    );
    // Query parameters that take one of a list say which (`kind=` empty was "valid").
    for (path, name) in [
        ("/api/v1/bookings/slots", "kind"),
        ("/api/v1/help/places", "topic"),
        ("/api/v1/help/guides", "topic"),
        ("/api/v1/letters", "status"),
    ] {
        let parameters = doc["paths"][path]["get"]["parameters"].as_array().unwrap();
        let parameter = parameters.iter().find(|p| p["name"] == name).unwrap();
        assert!(parameter["schema"]["enum"].is_array(), "{path} {name}");
    }
    // Every operation that needs a key documents the 401 it answers without one.
    for (path, item) in doc["paths"].as_object().unwrap() {
        for (method, operation) in item.as_object().unwrap() {
            if operation["security"].is_array() {
                assert!(operation["responses"]["401"].is_object(), "{method} {path}");
            }
        }
    }

    // The whole document as reviewed: a change to the API shows here and is accepted on
    // purpose (`cargo insta review`, or INSTA_UPDATE=always and a look at the diff).
    insta::assert_json_snapshot!("openapi", doc);
}

/// Every value a request may carry states what the API takes, so a client (or
/// schemathesis) that keeps to the document is not refused for a limit it could not see:
/// a string names its values, its format, a pattern or its longest length; a list its
/// longest; and so on inside every object, list and alternative.
#[tokio::test]
async fn every_value_a_request_may_carry_has_its_limits_stated() {
    let app = TestApp::spawn().await;
    let doc: serde_json::Value = app.get("/api/v1/openapi.json").await.json().await.unwrap();
    let mut unbounded = Vec::new();
    for (path, item) in doc["paths"].as_object().unwrap() {
        for (method, operation) in item.as_object().unwrap() {
            for parameter in operation["parameters"].as_array().into_iter().flatten() {
                let at = format!("{method} {path} {}", parameter["name"]);
                find_unbounded(&doc, &parameter["schema"], &at, &mut unbounded);
            }
            let bodies = operation["requestBody"]["content"].as_object();
            for (media, content) in bodies.into_iter().flatten() {
                let at = format!("{method} {path} {media}");
                find_unbounded(&doc, &content["schema"], &at, &mut unbounded);
            }
        }
    }
    assert!(unbounded.is_empty(), "no limits stated: {unbounded:#?}");
    // The walk does look: a string without a limit is found.
    let mut found = Vec::new();
    find_unbounded(
        &doc,
        &serde_json::json!({"type": "string"}),
        "x",
        &mut found,
    );
    assert_eq!(found, ["x"]);
}

/// Values that break what a query parameter's schema states: a value not listed, one
/// past the longest length, a number past its bounds, a word where a yes or no or a
/// number belongs, and a short text its pattern does not take.
fn values_the_schema_refuses(schema: &serde_json::Value) -> Vec<String> {
    let mut refused = Vec::new();
    if let Some(listed) = schema["enum"].as_array() {
        for value in ["zz-not-listed", ""] {
            if !listed.contains(&value.into()) {
                refused.push(value.to_owned());
            }
        }
    }
    if let Some(longest) = schema["maxLength"].as_u64() {
        refused.push("0".repeat(longest as usize + 1));
    }
    if let Some(highest) = schema["maximum"].as_i64() {
        refused.push((highest + 1).to_string());
    }
    if let Some(lowest) = schema["minimum"].as_i64() {
        refused.push((lowest - 1).to_string());
    }
    let types = schema["type"].to_string();
    if types.contains("integer") || types.contains("boolean") {
        refused.push("maybe".to_owned());
    }
    if let Some(pattern) = schema["pattern"].as_str() {
        let pattern = regex::Regex::new(pattern).unwrap();
        let unmatched = ["!", " ", "x", "0"]
            .into_iter()
            .find(|v| !pattern.is_match(v));
        refused.extend(unmatched.map(str::to_owned));
    }
    if schema["format"] == "date-time" {
        refused.push("!".to_owned());
    }
    refused
}

/// Every query parameter refuses what its schema refuses, with a problem document: a
/// filter given a value the document does not list must say so, not answer "nothing"
/// (schemathesis found `language=` and a long `place` answered 200). And a parameter the
/// document places in the path is in the path.
#[tokio::test]
async fn every_query_parameter_refuses_what_its_schema_refuses() {
    let app = TestApp::spawn().await;
    let doc: serde_json::Value = app.get("/api/v1/openapi.json").await.json().await.unwrap();
    let key = app.api_key("Dokumentets grænser").await;
    let person = app.persona_id("Karen Jensen").await;
    // Every id in a path is Karen's, so the request gets past the path to its query.
    let path_parameter = regex::Regex::new(r"\{[a-z_]+\}").unwrap();
    let mut accepted = Vec::new();
    let mut tried = 0;
    for (path, item) in doc["paths"].as_object().unwrap() {
        for (method, operation) in item.as_object().unwrap() {
            let parameters = operation["parameters"].as_array().into_iter().flatten();
            for parameter in parameters {
                let name = parameter["name"].as_str().unwrap();
                if parameter["in"] == "path" {
                    assert!(
                        path.contains(&format!("{{{name}}}")),
                        "{method} {path}: {name}"
                    );
                }
                if method != "get" || parameter["in"] != "query" {
                    continue;
                }
                let called = path_parameter
                    .replace_all(path, person.as_str())
                    .into_owned();
                for value in values_the_schema_refuses(&parameter["schema"]) {
                    tried += 1;
                    let response = common::client()
                        .get(app.url(&called))
                        .query(&[(name, &value)])
                        .bearer_auth(&key)
                        .send()
                        .await
                        .unwrap();
                    let status = response.status().as_u16();
                    let problem = header(&response, "content-type") == "application/problem+json";
                    if !matches!(status, 400 | 422) || !problem {
                        accepted.push(format!("{path}?{name}={value:?}: {status}"));
                    }
                }
            }
        }
    }
    assert!(
        accepted.is_empty(),
        "accepted against the document: {accepted:#?}"
    );
    assert!(tried >= 40, "the walk does look: {tried}");
}

/// Every text a request body may carry states the one rule on control characters
/// (`forms::control_problem`, stated by `web::openapi::line` and `text`): a string that
/// is not one of a list or of a format has a pattern, and a pattern that takes any
/// character refuses NUL and its kin. The one exception is klarsprog's text, which is read
/// and answered, never stored.
#[tokio::test]
async fn every_text_a_request_may_carry_states_that_control_characters_are_refused() {
    let app = TestApp::spawn().await;
    let doc: serde_json::Value = app.get("/api/v1/openapi.json").await.json().await.unwrap();
    let mut free = Vec::new();
    for (path, item) in doc["paths"].as_object().unwrap() {
        for (method, operation) in item.as_object().unwrap() {
            let bodies = operation["requestBody"]["content"].as_object();
            for (media, content) in bodies.into_iter().flatten() {
                let at = format!("{method} {path} {media}");
                find_free_text(&doc, &content["schema"], &at, &mut free);
            }
        }
    }
    assert_eq!(
        free,
        ["post /api/v1/klarsprog application/json (TextCheckRequest).text"],
        "texts that do not state the rule on control characters"
    );
    let mut found = Vec::new();
    let line = serde_json::json!({"type": "string", "pattern": "^[^\\u0000-\\u001f]*$"});
    find_free_text(&doc, &line, "line", &mut found);
    for schema in [
        serde_json::json!({"type": "string", "maxLength": 5}),
        serde_json::json!({"type": "string", "pattern": "\\S"}),
    ] {
        find_free_text(&doc, &schema, "x", &mut found);
    }
    assert_eq!(found, ["x", "x"], "the walk does look");
}

fn find_free_text(
    doc: &serde_json::Value,
    schema: &serde_json::Value,
    at: &str,
    free: &mut Vec<String>,
) {
    if let Some(reference) = schema["$ref"].as_str() {
        let name = reference.trim_start_matches("#/components/schemas/");
        let target = &doc["components"]["schemas"][name];
        return find_free_text(doc, target, &format!("{at} ({name})"), free);
    }
    for alternatives in ["oneOf", "anyOf", "allOf"] {
        for one in schema[alternatives].as_array().into_iter().flatten() {
            find_free_text(doc, one, at, free);
        }
    }
    let types: Vec<&str> = match &schema["type"] {
        serde_json::Value::String(one) => vec![one.as_str()],
        serde_json::Value::Array(many) => many.iter().filter_map(|t| t.as_str()).collect(),
        _ => Vec::new(),
    };
    let has = |key: &str| !schema[key].is_null();
    if types.contains(&"string") && !has("enum") && !has("format") {
        let pattern = schema["pattern"].as_str().unwrap_or_default();
        // A pattern of listed characters (digits, base64) takes no control character; one
        // that takes "anything but" must name NUL among what it refuses.
        let takes_any = pattern.is_empty() || pattern.contains("[^") || pattern.contains("\\S");
        if takes_any && !pattern.contains("\\u0000") {
            free.push(at.to_owned());
        }
    }
    if types.contains(&"array") {
        find_free_text(doc, &schema["items"], &format!("{at}[]"), free);
    }
    for (name, property) in schema["properties"].as_object().into_iter().flatten() {
        find_free_text(doc, property, &format!("{at}.{name}"), free);
    }
    if schema["additionalProperties"].is_object() {
        let values = &schema["additionalProperties"];
        find_free_text(doc, values, &format!("{at}.*"), free);
    }
}

fn find_unbounded(
    doc: &serde_json::Value,
    schema: &serde_json::Value,
    at: &str,
    unbounded: &mut Vec<String>,
) {
    if let Some(reference) = schema["$ref"].as_str() {
        let name = reference.trim_start_matches("#/components/schemas/");
        let target = &doc["components"]["schemas"][name];
        assert!(
            target.is_object(),
            "{at}: {reference} is not in the document"
        );
        return find_unbounded(doc, target, &format!("{at} ({name})"), unbounded);
    }
    for alternatives in ["oneOf", "anyOf", "allOf"] {
        for one in schema[alternatives].as_array().into_iter().flatten() {
            find_unbounded(doc, one, at, unbounded);
        }
    }
    let types: Vec<&str> = match &schema["type"] {
        serde_json::Value::String(one) => vec![one.as_str()],
        serde_json::Value::Array(many) => many.iter().filter_map(|t| t.as_str()).collect(),
        _ => Vec::new(),
    };
    let has = |key: &str| !schema[key].is_null();
    if types.contains(&"string")
        && !["enum", "format", "pattern", "maxLength"]
            .into_iter()
            .any(has)
    {
        unbounded.push(at.to_owned());
    }
    if types.contains(&"array") {
        if !has("maxItems") {
            unbounded.push(format!("{at} (how many)"));
        }
        find_unbounded(doc, &schema["items"], &format!("{at}[]"), unbounded);
    }
    for (name, property) in schema["properties"].as_object().into_iter().flatten() {
        find_unbounded(doc, property, &format!("{at}.{name}"), unbounded);
    }
    if schema["additionalProperties"].is_object() {
        let values = &schema["additionalProperties"];
        find_unbounded(doc, values, &format!("{at}.*"), unbounded);
    }
}

#[tokio::test]
async fn every_error_names_the_request_so_a_caller_can_quote_it() {
    let app = TestApp::spawn().await;
    let page = app
        .client
        .get(app.url("/findes-ikke"))
        .header("X-Request-Id", "<b>mine</b>")
        .send()
        .await
        .unwrap();
    assert_eq!(page.status(), 404);
    let id = header(&page, "x-request-id").to_owned();
    assert_eq!(id.len(), 9, "ours, not the client's: {id}");
    let html = page.text().await.unwrap();
    assert!(html.contains(&format!("Fejlkode: {id}")), "{html}");
    assert!(!html.contains("<b>mine</b>"));

    let problem = app
        .client
        .post(app.url("/api/v1/people"))
        .bearer_auth("no-such-key")
        .json(&serde_json::json!({"name": "Ib"}))
        .send()
        .await
        .unwrap();
    assert_eq!(problem.status(), 401);
    let id = header(&problem, "x-request-id").to_owned();
    let body: serde_json::Value = problem.json().await.unwrap();
    assert_eq!(body["request_id"], id.as_str());

    // Two requests, two ids.
    let again = app.get("/findes-ikke").await;
    assert_ne!(header(&again, "x-request-id"), id);
}

/// The static route as `router.rs` merges it (`web::assets::router()`: the route and its
/// compression), served on a port of its own.
async fn static_route(app: &TestApp) -> String {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    let router = borgerbro::web::assets::router().with_state(app.state.clone());
    tokio::spawn(async move { axum::serve(listener, router).await.unwrap() });
    format!("http://{addr}")
}

async fn fetch(url: &str, headers: &[(&str, &str)]) -> reqwest::Response {
    let mut request = common::client().get(url);
    for (name, value) in headers {
        request = request.header(*name, *value);
    }
    request.send().await.unwrap()
}

#[tokio::test]
async fn static_files_are_compressed_for_a_browser_that_takes_it() {
    use std::io::Read;
    let app = TestApp::spawn().await;
    let base = static_route(&app).await;
    let css = format!("{base}/static/dkfds/css/dkfds.min.css");
    let plain = fetch(&css, &[]).await;
    assert_eq!(header(&plain, "content-encoding"), "");
    let plain = plain.bytes().await.unwrap();
    assert!(plain.len() > 200_000, "{}", plain.len());

    for encoding in ["gzip", "br"] {
        let response = fetch(&css, &[("accept-encoding", encoding)]).await;
        assert_eq!(response.status(), 200);
        assert_eq!(header(&response, "content-encoding"), encoding);
        assert!(header(&response, "vary").contains("accept-encoding"));
        let packed = response.bytes().await.unwrap();
        assert!(
            packed.len() < plain.len() / 4,
            "{encoding}: {}",
            packed.len()
        );
        let mut unpacked = Vec::new();
        match encoding {
            "gzip" => flate2::read::GzDecoder::new(&packed[..]).read_to_end(&mut unpacked),
            _ => {
                brotli_decompressor::Decompressor::new(&packed[..], 4096).read_to_end(&mut unpacked)
            }
        }
        .unwrap();
        assert!(unpacked == plain, "{encoding} unpacks to the file");
    }
    // Brotli when the browser takes both, as browsers do.
    let both = fetch(&css, &[("accept-encoding", "gzip, deflate, br")]).await;
    assert_eq!(header(&both, "content-encoding"), "br");
    // A font is compressed already: sent as it is.
    let font =
        format!("{base}/static/dkfds/fonts/IBMPlexSans/complete/woff2/IBMPlexSans-Regular.woff2");
    let font = fetch(&font, &[("accept-encoding", "gzip, br")]).await;
    assert_eq!(font.status(), 200);
    assert_eq!(header(&font, "content-encoding"), "");
}

#[tokio::test]
async fn a_static_file_asked_again_with_its_etag_is_not_sent_again() {
    let app = TestApp::spawn().await;
    let url = app.url("/static/borgerbro.css");
    let first = fetch(&url, &[]).await;
    let etag = header(&first, "etag").to_owned();
    assert!(etag.starts_with("W/\"") && etag.len() == 68, "{etag}");
    let again = fetch(&url, &[("if-none-match", &etag)]).await;
    assert_eq!(again.status(), 304);
    assert_eq!(header(&again, "etag"), etag);
    assert!(again.bytes().await.unwrap().is_empty());
    // Another file's tag, or a changed file's, gets the file.
    let other = fetch(&url, &[("if-none-match", "W/\"0123\"")]).await;
    assert_eq!(other.status(), 200);
    assert!(!other.bytes().await.unwrap().is_empty());
}

/// Every `/static/` address on a page, as written in its HTML.
fn static_links(html: &str) -> Vec<String> {
    html.match_indices("\"/static/")
        .map(|(at, _)| {
            let rest = &html[at + 1..];
            rest[..rest.find('"').unwrap()].to_owned()
        })
        .collect()
}

#[tokio::test]
async fn pages_link_static_files_by_version_which_is_kept_for_a_year() {
    let app = TestApp::spawn().await;
    app.login_as("Mette Hansen").await;
    let mut links = Vec::new();
    for page in ["/", "/log-ind", "/min-side", "/hjaelp"] {
        links.extend(static_links(&app.get_html(page).await));
    }
    assert!(links.len() >= 8, "{links:?}");
    for link in &links {
        let (path, version) = link.split_once("?v=").expect("a version in every link");
        assert_eq!(version.split('#').next().unwrap().len(), 12, "{link}");
        let response = app.get(link).await;
        assert_eq!(response.status(), 200, "{link}");
        assert_eq!(
            header(&response, "cache-control"),
            "public, max-age=31536000, immutable",
            "{link}"
        );
        // Without its version, or with another, an address is asked again soon.
        for unversioned in [path.to_owned(), format!("{path}?v=000000000000")] {
            let response = app.get(&unversioned).await;
            assert_eq!(response.status(), 200, "{unversioned}");
            assert_eq!(header(&response, "cache-control"), "public, max-age=300");
        }
    }
    let css = links
        .iter()
        .find(|link| link.starts_with("/static/dkfds/css/dkfds.min.css?v="));
    assert!(css.is_some(), "{links:?}");
}

/// An address under /api/ that is no route answers 404 problem+json to every method,
/// never a page's CSRF refusal.
#[tokio::test]
async fn an_unknown_api_address_is_404_problem_json_whatever_the_method() {
    let app = TestApp::spawn().await;
    let client = reqwest::Client::new();
    for method in [
        reqwest::Method::GET,
        reqwest::Method::POST,
        reqwest::Method::DELETE,
    ] {
        let response = client
            .request(method.clone(), app.url("/api/v1/findes-ikke"))
            .json(&serde_json::json!({}))
            .send()
            .await
            .unwrap();
        assert_eq!(response.status(), 404, "{method}");
        assert_eq!(
            header(&response, "content-type"),
            "application/problem+json"
        );
    }
    // A real route with the wrong method still says so.
    let wrong = client
        .delete(app.url("/api/v1/authority"))
        .send()
        .await
        .unwrap();
    assert_eq!(wrong.status(), 405);
}

/// The footer's opening hours are written by the system, so an English reader reads them
/// in English; hours the settings give as free text are shown as written, marked Danish.
#[tokio::test]
async fn the_footers_opening_hours_are_in_the_readers_language() {
    let app = TestApp::spawn().await;
    let danish = app.get_html("/").await;
    assert!(
        danish.contains(
            "Åbningstider: mandag–onsdag 10.00–15.00, torsdag 10.00–17.30, fredag 10.00–13.00"
        ),
        "{danish}"
    );
    app.get("/sprog/en?tilbage=%2F").await;
    let english = app.get_html("/").await;
    assert!(
        english.contains(
            "Opening hours: Monday–Wednesday 10:00–15:00, Thursday 10:00–17:30, Friday 10:00–13:00"
        ),
        "{english}"
    );

    let free_text = TestApp::spawn_with(common::Options {
        authority: borgerbro::config::AuthorityProfile {
            opening_hours: "Hverdage 9-15, dog ikke i juli".into(),
            ..borgerbro::config::AuthorityProfile::demo()
        },
        ..Default::default()
    })
    .await;
    free_text.get("/sprog/en?tilbage=%2F").await;
    assert!(free_text
        .get_html("/")
        .await
        .contains(r#"Opening hours: <span lang="da">Hverdage 9-15, dog ikke i juli</span>"#));
}
