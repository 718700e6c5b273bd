//! Checks over the source tree: every text in every language, no text outside the Fluent
//! files, and the SQLite and PostgreSQL migrations describing the same tables, columns,
//! indexes and triggers.
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

/// The Danish messages of the Fluent file, each as one text (continuation lines joined),
/// with every placeable (`{ $name }`, a selector) read as a name, as a reader meets it.
fn danish_messages() -> Vec<(String, String)> {
    let text = std::fs::read_to_string(crate_dir().join("locales/da/main.ftl")).unwrap();
    let mut messages: Vec<(String, String)> = Vec::new();
    for line in text.lines() {
        if line.starts_with(|c: char| c.is_ascii_lowercase()) {
            if let Some((id, value)) = line.split_once(" =") {
                messages.push((id.trim().to_owned(), value.trim().to_owned()));
            }
        } else if line.starts_with(' ') && !line.trim_start().starts_with(['*', '[', '}']) {
            if let Some((_, value)) = messages.last_mut() {
                value.push(' ');
                value.push_str(line.trim());
            }
        }
    }
    for (_, value) in &mut messages {
        while let Some(start) = value.find('{') {
            let end = value[start..]
                .find('}')
                .map_or(value.len(), |e| start + e + 1);
            value.replace_range(start..end, "Karen");
        }
    }
    messages
}

/// klarsprog's "old form of address" (De, Dem, Deres) is for letters that say "De" to the
/// reader. Our own pages never do, so a finding in them is a false positive of the rule
/// ("Dem du hjælper" is the name of a page): every Danish text we ship, the pages' and
/// the guides', is held to none.
#[test]
fn our_own_danish_texts_are_not_old_address() {
    let mut found = Vec::new();
    for (id, value) in danish_messages() {
        for f in klarsprog::analyse(&value, klarsprog::Format::Text).findings {
            if f.kind == klarsprog::FindingKind::OldAddress {
                found.push(format!("{id}: {:?} in {value:?}", f.text));
            }
        }
    }
    for path in files(&crate_dir().join("guides/da"), "md") {
        let text = std::fs::read_to_string(&path).unwrap();
        for f in klarsprog::analyse(&text, klarsprog::Format::Markdown).findings {
            if f.kind == klarsprog::FindingKind::OldAddress {
                found.push(format!("{}: {:?}", path.display(), f.text));
            }
        }
    }
    assert!(
        found.is_empty(),
        "old address found where none is meant:\n{}",
        found.join("\n")
    );
}

/// Reflow (WCAG 1.4.10): a table may be wider than a phone at 200% zoom, so every table
/// sits in a region that scrolls on its own, and a keyboard must reach that region to
/// scroll it (axe's scrollable-region-focusable) and hear what it holds.
#[test]
fn every_table_scrolls_in_a_region_a_keyboard_reaches() {
    const REGION: &str =
        r#"<div class="table--responsive-scroll" tabindex="0" role="region" aria-labelledby=""#;
    for path in files(&crate_dir().join("templates"), "html") {
        let text = std::fs::read_to_string(&path).unwrap();
        let mut rest = text.as_str();
        while let Some(at) = rest.find("<table") {
            let before = rest[..at].trim_end();
            let opened = before.rfind('\n').map_or(before, |n| &before[n + 1..]);
            assert!(
                opened.starts_with(REGION),
                "{}: a <table> not right inside {REGION}...\">: {opened}",
                path.display()
            );
            let label = opened[REGION.len()..].split('"').next().unwrap();
            assert!(
                text.contains(&format!(r#"id="{label}""#)),
                "{}: the region is labelled by #{label}, which is not in the template",
                path.display()
            );
            rest = &rest[at + 1..];
        }
    }
}

/// What the migrations of one backend leave behind, replayed from the files in order:
/// tables with their columns, indexes and triggers.
#[derive(Debug, Default, PartialEq)]
struct Schema {
    /// Table to its columns in order, each as `name constraints` with the type written
    /// the same way for both backends (`BIGINT` and `INTEGER` are one type here).
    tables: BTreeMap<String, Vec<String>>,
    indexes: BTreeMap<String, Index>,
    /// (table, BEFORE or AFTER, event): SQLite needs a trigger an event where PostgreSQL
    /// names several in one, so triggers compare by what they guard, not by their names.
    triggers: BTreeSet<(String, String, String)>,
}

#[derive(Debug, PartialEq)]
struct Index {
    table: String,
    unique: bool,
    columns: String,
    /// The WHERE of a partial index.
    predicate: Option<String>,
}

/// Spaces collapsed and upper case, so layout is not a difference.
fn squash(text: &str) -> String {
    text.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_uppercase()
}

/// A column definition with its type spelled as one family for both backends.
fn column(definition: &str) -> String {
    let mut text = format!(" {} ", squash(definition.trim_end_matches(',')));
    for (from, to) in [
        (" DOUBLE PRECISION ", " REAL "),
        (" BIGINT ", " INTEGER "),
        (" BYTEA ", " BLOB "),
    ] {
        text = text.replacen(from, to, 1);
    }
    text.trim().to_owned()
}

/// The statements of a migration file, without comments and PostgreSQL's `$$` function
/// bodies (whose `;` would split them).
fn statements(path: &Path) -> Vec<String> {
    let text: String = std::fs::read_to_string(path)
        .unwrap()
        .lines()
        .map(|line| line.split_once("--").map_or(line, |(code, _)| code))
        .collect::<Vec<_>>()
        .join("\n");
    let unquoted: String = text.split("$$").step_by(2).collect::<Vec<_>>().join("");
    unquoted
        .split(';')
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(str::to_owned)
        .collect()
}

fn schema(backend: &str) -> Schema {
    let mut schema = Schema::default();
    for path in files(&crate_dir().join("migrations").join(backend), "sql") {
        for statement in statements(&path) {
            apply(&mut schema, &statement, &path);
        }
    }
    schema
}

/// Applies one statement; one this test does not understand fails it, so a new kind of
/// change is compared too, not skipped.
fn apply(schema: &mut Schema, statement: &str, path: &Path) {
    let words = squash(statement);
    let unknown = || panic!("{}: cannot compare {statement:?}", path.display());
    if let Some(rest) = statement.strip_prefix("CREATE TABLE ") {
        let (name, body) = rest.split_once('(').unwrap();
        let columns = body
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty() && !l.starts_with(')'))
            .filter(|l| {
                let first = l.split_whitespace().next().unwrap_or_default();
                !["PRIMARY", "UNIQUE", "FOREIGN", "CHECK", "CONSTRAINT"].contains(&first)
            })
            .map(column)
            .collect();
        schema.tables.insert(name.trim().to_owned(), columns);
        // A table's constraints (composite keys, checks) are compared as written.
        let constraints: Vec<String> = body
            .lines()
            .map(str::trim)
            .filter(|l| {
                let first = l.split_whitespace().next().unwrap_or_default();
                ["PRIMARY", "UNIQUE", "FOREIGN", "CHECK", "CONSTRAINT"].contains(&first)
            })
            .map(column)
            .collect();
        schema
            .tables
            .get_mut(name.trim())
            .unwrap()
            .extend(constraints);
    } else if let Some(rest) = words.strip_prefix("ALTER TABLE ") {
        let (table, change) = rest.split_once(' ').unwrap();
        let columns = schema.tables.get_mut(&table.to_lowercase()).unwrap();
        if let Some(definition) = change.strip_prefix("ADD COLUMN ") {
            columns.push(column(definition));
        } else if let Some(name) = change.strip_prefix("DROP COLUMN ") {
            columns.retain(|c| !c.starts_with(&format!("{name} ")));
        } else {
            unknown();
        }
    } else if let Some(table) = words.strip_prefix("DROP TABLE ") {
        schema.tables.remove(&table.to_lowercase());
    } else if let Some(name) = words.strip_prefix("DROP INDEX ") {
        assert!(
            schema.indexes.remove(&name.to_lowercase()).is_some(),
            "{name}"
        );
    } else if words.starts_with("CREATE INDEX ") || words.starts_with("CREATE UNIQUE INDEX ") {
        let unique = words.starts_with("CREATE UNIQUE ");
        let (head, tail) = words.split_once(" ON ").unwrap();
        let name = head.rsplit(' ').next().unwrap().to_lowercase();
        let (table, tail) = tail.split_once('(').unwrap();
        let table = table.trim();
        let (columns, predicate) = tail.split_once(')').unwrap();
        let predicate = predicate.trim().strip_prefix("WHERE ").map(str::to_owned);
        let index = Index {
            table: table.to_lowercase(),
            unique,
            columns: columns.to_owned(),
            predicate,
        };
        assert!(schema.indexes.insert(name, index).is_none());
    } else if let Some(rest) = words.strip_prefix("CREATE TRIGGER ") {
        // NAME {BEFORE|AFTER} EVENT [OR EVENT ...] ON TABLE ...
        let mut parts = rest.split(' ').skip(1);
        let timing = parts.next().unwrap().to_owned();
        let mut events = Vec::new();
        for word in parts.by_ref() {
            match word {
                "ON" => break,
                "OR" => {}
                event => events.push(event.to_owned()),
            }
        }
        let table = parts.next().unwrap().to_lowercase();
        for event in events {
            schema
                .triggers
                .insert((table.clone(), timing.clone(), event));
        }
    } else if ["INSERT ", "UPDATE ", "DELETE "]
        .iter()
        .any(|data| words.starts_with(data))
    {
        // Rows, not the schema.
    } else if words.starts_with("CREATE FUNCTION ") || words == "END" {
        // PostgreSQL's trigger function and the end of a SQLite trigger's body: what a
        // trigger does is written in each backend's own dialect.
    } else {
        unknown();
    }
}

#[test]
fn sqlite_and_postgres_migrations_describe_the_same_schema() {
    let sqlite = schema("sqlite");
    let postgres = schema("postgres");
    assert!(sqlite.tables.len() >= 8, "{sqlite:?}");
    assert!(sqlite.indexes.len() >= 20, "{sqlite:?}");
    // The checks below see what they compare: a dropped table and index are gone, a
    // column added later and a partial unique index are there.
    assert!(!sqlite.tables.contains_key("mandate_change_requests"));
    assert!(!sqlite.indexes.contains_key("messages_escalation_due"));
    assert!(sqlite.tables["mandates"].contains(&"EXPIRY_NOTICED_AT INTEGER".to_owned()));
    let one_per_slot = &sqlite.indexes["bookings_one_per_slot"];
    assert!(one_per_slot.unique, "{one_per_slot:?}");
    assert_eq!(
        one_per_slot.predicate.as_deref(),
        Some("CANCELLED_AT IS NULL")
    );
    assert_eq!(sqlite.triggers.len(), 2, "{:?}", sqlite.triggers);

    assert_eq!(sqlite.tables, postgres.tables, "tables and columns");
    for name in sqlite.indexes.keys().chain(postgres.indexes.keys()) {
        assert_eq!(
            sqlite.indexes.get(name),
            postgres.indexes.get(name),
            "index {name} (left SQLite, right PostgreSQL)"
        );
    }
    assert_eq!(sqlite.triggers, postgres.triggers, "triggers");
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

/// Each translation says on the first line of every file whether a native speaker has
/// reviewed it (`i18n::Lang::reviewed` reads it for `/tilgaengelighed`), and all of one
/// language's files say the same.
#[test]
fn every_translation_says_whether_a_native_speaker_reviewed_it() {
    let locales = crate_dir().join("locales");
    for entry in std::fs::read_dir(&locales).unwrap() {
        let dir = entry.unwrap().path();
        if dir.ends_with("da") {
            continue;
        }
        let answers: BTreeSet<String> = files(&dir, "ftl")
            .iter()
            .map(|file| {
                let text = std::fs::read_to_string(file).unwrap();
                let first = text.lines().next().unwrap_or_default();
                let answer = first
                    .strip_prefix("# Reviewed by a native speaker: ")
                    .and_then(|rest| rest.split('.').next())
                    .unwrap_or_else(|| panic!("{} does not say if it is reviewed", file.display()));
                assert!(
                    answer == "yes" || answer == "no",
                    "{}: {answer}",
                    file.display()
                );
                answer.to_owned()
            })
            .collect();
        assert_eq!(answers.len(), 1, "{} disagrees with itself", dir.display());
    }
}

/// The variables (`{ $name }`) and attributes of every message of a Fluent file, by id.
fn message_shapes(path: &Path) -> BTreeMap<String, (BTreeSet<String>, BTreeSet<String>)> {
    use fluent_syntax::ast;
    fn variables(pattern: &ast::Pattern<&str>, found: &mut BTreeSet<String>) {
        for element in &pattern.elements {
            if let ast::PatternElement::Placeable { expression } = element {
                expression_variables(expression, found);
            }
        }
    }
    fn expression_variables(expression: &ast::Expression<&str>, found: &mut BTreeSet<String>) {
        match expression {
            ast::Expression::Select { selector, variants } => {
                inline_variables(selector, found);
                for variant in variants {
                    variables(&variant.value, found);
                }
            }
            ast::Expression::Inline(inline) => inline_variables(inline, found),
        }
    }
    fn inline_variables(inline: &ast::InlineExpression<&str>, found: &mut BTreeSet<String>) {
        match inline {
            ast::InlineExpression::VariableReference { id } => {
                found.insert(id.name.to_owned());
            }
            ast::InlineExpression::Placeable { expression } => {
                expression_variables(expression, found)
            }
            _ => {}
        }
    }
    let text = std::fs::read_to_string(path).unwrap();
    let resource = fluent_syntax::parser::parse(text.as_str())
        .unwrap_or_else(|(_, errors)| panic!("{} does not parse: {errors:?}", path.display()));
    resource
        .body
        .iter()
        .filter_map(|entry| match entry {
            ast::Entry::Message(message) => {
                let mut found = BTreeSet::new();
                if let Some(value) = &message.value {
                    variables(value, &mut found);
                }
                let mut attributes = BTreeSet::new();
                for attribute in &message.attributes {
                    variables(&attribute.value, &mut found);
                    attributes.insert(attribute.id.name.to_owned());
                }
                Some((message.id.name.to_owned(), (found, attributes)))
            }
            _ => None,
        })
        .collect()
}

/// A translation that drops `{ $phone }` says less than Danish, and one that names a
/// variable Danish never passes shows nothing where it stands: every message of every
/// language uses exactly the Danish message's variables and attributes.
#[test]
fn every_translation_uses_the_danish_variables() {
    let locales = crate_dir().join("locales");
    let shapes = |lang: &str| -> BTreeMap<String, (BTreeSet<String>, BTreeSet<String>)> {
        files(&locales.join(lang), "ftl")
            .iter()
            .flat_map(|file| message_shapes(file))
            .collect()
    };
    let danish = shapes("da");
    for entry in std::fs::read_dir(&locales).unwrap() {
        let lang = entry.unwrap().file_name().to_string_lossy().into_owned();
        for (id, shape) in shapes(&lang) {
            if let Some(source) = danish.get(&id) {
                assert_eq!(&shape, source, "{lang}: {id} differs from Danish");
            }
        }
    }
}
