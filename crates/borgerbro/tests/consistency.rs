//! Checks over the source tree: every text in every language, no text outside the Fluent
//! files, and the SQLite and PostgreSQL migrations describing the same tables.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

fn crate_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn files(dir: &Path, ext: &str) -> Vec<PathBuf> {
    let mut found = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            found.extend(files(&path, ext));
        } else if path.extension().is_some_and(|e| e == ext) {
            found.push(path);
        }
    }
    found.sort();
    found
}

/// The message ids of a Fluent file.
fn message_ids(path: &Path) -> BTreeSet<String> {
    std::fs::read_to_string(path)
        .unwrap()
        .lines()
        .filter(|line| line.starts_with(|c: char| c.is_ascii_lowercase()))
        .filter_map(|line| line.split_once(" =").map(|(id, _)| id.trim().to_owned()))
        .collect()
}

fn locale_ids() -> BTreeMap<String, BTreeSet<String>> {
    let locales = crate_dir().join("locales");
    std::fs::read_dir(&locales)
        .unwrap()
        .map(|entry| {
            let dir = entry.unwrap().path();
            let lang = dir.file_name().unwrap().to_string_lossy().into_owned();
            let ids = files(&dir, "ftl")
                .iter()
                .flat_map(|f| message_ids(f))
                .collect();
            (lang, ids)
        })
        .collect()
}

#[test]
fn every_locale_has_every_message() {
    let locales = locale_ids();
    let danish = &locales["da"];
    assert!(danish.len() > 50);
    for (lang, ids) in &locales {
        let missing: Vec<_> = danish.difference(ids).collect();
        let extra: Vec<_> = ids.difference(danish).collect();
        assert!(missing.is_empty(), "{lang} lacks {missing:?}");
        assert!(
            extra.is_empty(),
            "{lang} has messages Danish lacks: {extra:?}"
        );
    }
}

/// String literals that look like Fluent keys (dashed, lowercase, with a known prefix).
fn key_literals(text: &str, prefixes: &[&str]) -> Vec<String> {
    text.split('"')
        .skip(1)
        .step_by(2)
        .filter(|literal| {
            literal.contains('-')
                && literal
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
                && prefixes.iter().any(|p| literal.starts_with(p))
        })
        .map(str::to_owned)
        .collect()
}

/// The keys templates pass to `t(`, `t1(` and to form components, and the keys Rust
/// code names (error messages, role names).
fn used_keys() -> BTreeSet<String> {
    let mut keys = BTreeSet::new();
    for path in files(&crate_dir().join("templates"), "html") {
        let text = std::fs::read_to_string(&path).unwrap();
        for line in text.lines() {
            for call in [".t(\"", ".t1(\""] {
                for (i, _) in line.match_indices(call) {
                    let rest = &line[i + call.len()..];
                    keys.insert(rest[..rest.find('"').unwrap()].to_owned());
                }
            }
            if line.contains("{% call c::") {
                keys.extend(key_literals(line, KEY_PREFIXES));
            }
        }
    }
    for path in files(&crate_dir().join("src"), "rs") {
        let text = std::fs::read_to_string(&path).unwrap();
        keys.extend(key_literals(&text, KEY_PREFIXES));
    }
    keys
}

/// The prefixes of Fluent keys named in code and component calls.
const KEY_PREFIXES: &[&str] = &[
    "apikeys-",
    "area-",
    "check-",
    "error-",
    "escalation-",
    "form-",
    "login-",
    "outcome-",
    "people-",
    "post-",
    "role-",
];

#[test]
fn every_key_the_code_uses_exists() {
    let danish = &locale_ids()["da"];
    let used = used_keys();
    assert!(used.len() > 50, "found only {} keys", used.len());
    let missing: Vec<_> = used.difference(danish).collect();
    assert!(
        missing.is_empty(),
        "keys used but not in da/main.ftl: {missing:?}"
    );
}

/// Template text outside tags and template code: there must be none, every word a person
/// reads comes from the Fluent files.
#[test]
fn templates_hold_no_text_of_their_own() {
    for path in files(&crate_dir().join("templates"), "html") {
        let mut text = std::fs::read_to_string(&path).unwrap();
        for (open, close) in [("{#", "#}"), ("{%", "%}"), ("{{", "}}"), ("<", ">")] {
            while let Some(start) = text.find(open) {
                let end = text[start..]
                    .find(close)
                    .map_or(text.len(), |e| start + e + close.len());
                text.replace_range(start..end, " ");
            }
        }
        let stray: String = text.chars().filter(|c| c.is_alphabetic()).collect();
        assert!(
            stray.is_empty(),
            "{}: text outside the Fluent files: {stray}",
            path.display()
        );
    }
}

/// Table name to column names, from the CREATE TABLE statements of one backend.
fn schema(backend: &str) -> BTreeMap<String, Vec<String>> {
    let mut tables = BTreeMap::new();
    for path in files(&crate_dir().join("migrations").join(backend), "sql") {
        let sql: String = std::fs::read_to_string(&path)
            .unwrap()
            .lines()
            .filter(|l| !l.trim_start().starts_with("--"))
            .collect::<Vec<_>>()
            .join("\n");
        for statement in sql.split(';') {
            let Some(rest) = statement.trim().strip_prefix("CREATE TABLE ") else {
                continue;
            };
            let (name, body) = rest.split_once('(').unwrap();
            let columns = body
                .lines()
                .map(str::trim)
                .filter(|l| !l.is_empty() && !l.starts_with(')'))
                .filter_map(|l| l.split_whitespace().next())
                .filter(|w| !["PRIMARY", "UNIQUE", "FOREIGN", "CHECK", "CONSTRAINT"].contains(w))
                .map(str::to_owned)
                .collect();
            tables.insert(name.trim().to_owned(), columns);
        }
    }
    tables
}

#[test]
fn sqlite_and_postgres_migrations_describe_the_same_tables() {
    let sqlite = schema("sqlite");
    let postgres = schema("postgres");
    assert!(sqlite.len() >= 8, "{sqlite:?}");
    assert_eq!(sqlite, postgres);
    let names = |b: &str| -> Vec<String> {
        files(&crate_dir().join("migrations").join(b), "sql")
            .iter()
            .map(|p| p.file_name().unwrap().to_string_lossy().into_owned())
            .collect()
    };
    assert_eq!(
        names("sqlite"),
        names("postgres"),
        "the same migration steps"
    );
}
