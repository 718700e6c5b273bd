//! The test harness: a fresh database per test (SQLite always; PostgreSQL when
//! BORGERBRO_TEST_POSTGRES holds a URL), the real router on a real port, and a browser-like
//! HTTP client that keeps cookies.
#![allow(dead_code, clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::net::SocketAddr;

use borgerbro::auth::{ApiScope, ApiScopes};
use borgerbro::clock::Clock;
use borgerbro::config::{AuthorityProfile, Limits, OidcSettings, Settings};
use borgerbro::db::{Backend, Db, DbUrl};
use borgerbro::startup::Application;
use borgerbro::state::AppState;
use secrecy::ExposeSecret;

/// A database that exists for one test and is gone after it.
pub struct TestDb {
    pub url: DbUrl,
    files: tempfile::TempDir,
    _dir: Option<tempfile::TempDir>,
    pg_schema: Option<(String, String)>,
}

impl TestDb {
    pub async fn new() -> Self {
        match std::env::var("BORGERBRO_TEST_POSTGRES") {
            Ok(admin) if !admin.is_empty() => {
                let schema = format!("t_{}", uuid::Uuid::now_v7().simple());
                let admin_url = DbUrl::parse(&admin).unwrap();
                let db = Db::connect(&admin_url).await.unwrap();
                sqlx::query(&format!("CREATE SCHEMA {schema}"))
                    .execute(&db.pool)
                    .await
                    .unwrap();
                db.pool.close().await;
                let sep = if admin.contains('?') { '&' } else { '?' };
                // The schema names the test's connections too, so that the clean-up can end
                // any the test left behind (see `Drop`).
                let url = format!(
                    "{admin}{sep}options=-c%20search_path%3D{schema}&application_name={schema}"
                );
                Self {
                    url: DbUrl::parse(&url).unwrap(),
                    files: tempfile::tempdir().unwrap(),
                    _dir: None,
                    pg_schema: Some((admin, schema)),
                }
            }
            _ => {
                let dir = tempfile::tempdir().unwrap();
                let path = dir.path().join("test.db");
                Self {
                    url: DbUrl::sqlite_file(path.to_str().unwrap()).unwrap(),
                    files: tempfile::tempdir().unwrap(),
                    _dir: Some(dir),
                    pg_schema: None,
                }
            }
        }
    }

    /// A folder for attachments that lives as long as the database.
    pub fn files_dir(&self) -> std::path::PathBuf {
        self.files.path().to_owned()
    }

    pub fn backend(&self) -> Backend {
        self.url.backend()
    }

    pub async fn connect(&self) -> Db {
        let db = Db::connect(&self.url).await.unwrap();
        db.migrate(&self.url).await.unwrap();
        db
    }
}

impl Drop for TestDb {
    fn drop(&mut self) {
        if let Some((admin, schema)) = self.pg_schema.take() {
            // Drop runs outside any runtime we may block, so clean up on a thread of its own.
            // That thread blocks the test's runtime while it runs, so a connection the test
            // still holds (a dropped transaction whose rollback sqlx has queued on that
            // runtime) would never be handed back: DROP SCHEMA would wait for its locks for
            // ever. The test is over, so its connections are ended first.
            let _ = std::thread::spawn(move || {
                let rt = tokio::runtime::Builder::new_current_thread()
                    .enable_all()
                    .build()
                    .unwrap();
                rt.block_on(async {
                    let db = Db::connect(&DbUrl::parse(&admin).unwrap()).await.unwrap();
                    let _ = sqlx::query(
                        "SELECT pg_terminate_backend(pid, 5000) FROM pg_stat_activity \
                         WHERE application_name = $1",
                    )
                    .bind(&schema)
                    .execute(&db.pool)
                    .await;
                    let _ = sqlx::query(&format!("DROP SCHEMA {schema} CASCADE"))
                        .execute(&db.pool)
                        .await;
                    db.pool.close().await;
                });
            })
            .join();
        }
    }
}

pub struct TestApp {
    pub base: String,
    pub addr: SocketAddr,
    pub client: reqwest::Client,
    pub state: AppState,
    pub db: TestDb,
}

pub struct Options {
    pub demo: bool,
    pub oidc: Option<OidcSettings>,
    pub clock: Clock,
    pub authority: AuthorityProfile,
    /// The address people reach the site at; https turns on what only https allows
    /// (Secure cookies, Strict-Transport-Security).
    pub public_url: &'static str,
    /// What each client may spend; small ones for a test of the limits.
    pub limits: Limits,
    /// The proxies whose `X-Forwarded-For` names the client (all requests come from
    /// 127.0.0.1 in the tests).
    pub trusted_proxies: Vec<ipnet::IpNet>,
}

impl Default for Options {
    fn default() -> Self {
        Self {
            demo: true,
            oidc: None,
            clock: Clock::system(),
            authority: AuthorityProfile::demo(),
            public_url: "http://127.0.0.1:0/",
            limits: Limits::default(),
            trusted_proxies: Vec::new(),
        }
    }
}

pub fn client() -> reqwest::Client {
    reqwest::Client::builder()
        .cookie_store(true)
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap()
}

impl TestApp {
    /// The demo: demo data loaded, demo login on.
    pub async fn spawn() -> Self {
        Self::spawn_with(Options::default()).await
    }

    pub async fn spawn_with(options: Options) -> Self {
        let test_db = TestDb::new().await;
        let settings = Settings {
            db: test_db.url.clone(),
            addr: "127.0.0.1:0".parse().unwrap(),
            public_url: options.public_url.parse().unwrap(),
            authority: options.authority,
            oidc: options.oidc,
            files: test_db.files_dir(),
            demo: options.demo,
            postcodes: std::sync::Arc::new(borgerbro::help::Postcodes::demo()),
            with_bare_route: false,
            trusted_proxies: options.trusted_proxies,
            proxy_header: Default::default(),
            limits: options.limits,
        };
        let app = Application::build(settings, options.clock).await.unwrap();
        let (addr, state) = (app.address(), app.state().clone());
        tokio::spawn(async move { app.run_until(std::future::pending()).await.unwrap() });
        Self {
            base: format!("http://{addr}"),
            addr,
            client: client(),
            state,
            db: test_db,
        }
    }

    pub fn url(&self, path: &str) -> String {
        format!("{}{path}", self.base)
    }

    pub async fn get(&self, path: &str) -> reqwest::Response {
        self.client.get(self.url(path)).send().await.unwrap()
    }

    pub async fn get_html(&self, path: &str) -> String {
        let response = self.get(path).await;
        assert_eq!(response.status(), 200, "GET {path}");
        response.text().await.unwrap()
    }

    pub async fn post_form(&self, path: &str, form: &[(&str, &str)]) -> reqwest::Response {
        self.client
            .post(self.url(path))
            .form(form)
            .send()
            .await
            .unwrap()
    }

    /// Posts a form the way a browser does: with the CSRF token of the page it came from.
    pub async fn submit(&self, page: &str, path: &str, form: &[(&str, &str)]) -> reqwest::Response {
        let html = self.get_html(page).await;
        let token = csrf_token(&html);
        let mut fields = vec![("csrf_token", token.as_str())];
        fields.extend_from_slice(form);
        self.post_form(path, &fields).await
    }

    /// Posts a file-upload form the way a browser does: the CSRF token in the address.
    pub async fn submit_multipart(
        &self,
        page: &str,
        path: &str,
        form: reqwest::multipart::Form,
    ) -> reqwest::Response {
        let token = csrf_token(&self.get_html(page).await);
        self.client
            .post(self.url(&format!("{path}?csrf_token={token}")))
            .multipart(form)
            .send()
            .await
            .unwrap()
    }

    pub async fn persona_id(&self, name: &str) -> String {
        borgerbro::auth::personas(&self.state.db.pool)
            .await
            .unwrap()
            .into_iter()
            .find(|p| p.name == name)
            .unwrap_or_else(|| panic!("no demo persona {name}"))
            .id
    }

    /// A new API key for a system of this name that may do everything, made as
    /// `borgerbro apikey create` does.
    pub async fn api_key(&self, name: &str) -> String {
        self.api_key_with(name, &ApiScope::ALL).await
    }

    /// A new API key for a system of this name that may do what `scopes` name.
    pub async fn api_key_with(&self, name: &str, scopes: &[ApiScope]) -> String {
        borgerbro::auth::api_key::create(
            &self.state.db,
            &self.state.clock,
            name,
            ApiScopes::new(scopes.iter().copied()),
            borgerbro::audit::Actor::System,
        )
        .await
        .unwrap()
        .1
        .expose_secret()
        .to_owned()
    }

    /// From now on the database refuses every new row of `table`, as a full disk or a
    /// broken constraint would: a real failure inside a real transaction, to show that a
    /// change which needs that row stores nothing at all.
    pub async fn refuse_rows_of(&self, table: &str) {
        let statements = match self.db.backend() {
            Backend::Sqlite => vec![format!(
                "CREATE TRIGGER refuse_{table} BEFORE INSERT ON {table} \
                 BEGIN SELECT RAISE(ABORT, 'refused by the test'); END"
            )],
            Backend::Postgres => vec![
                "CREATE OR REPLACE FUNCTION refuse_row() RETURNS trigger AS $$ \
                 BEGIN RAISE EXCEPTION 'refused by the test'; END $$ LANGUAGE plpgsql"
                    .to_owned(),
                format!(
                    "CREATE TRIGGER refuse_{table} BEFORE INSERT ON {table} \
                     FOR EACH ROW EXECUTE FUNCTION refuse_row()"
                ),
            ],
        };
        for statement in statements {
            sqlx::query(&statement)
                .execute(&self.state.db.pool)
                .await
                .unwrap();
        }
    }

    /// Takes away the demo's permissions from `citizen` to `helper` (the demo has Karen let
    /// Peter help her), for a test that builds its own from nothing and asserts what he
    /// may do with each. The demo's letters about it stay.
    pub async fn without_demo_permission(&self, citizen: &str, helper: &str) {
        sqlx::query("DELETE FROM mandates WHERE citizen_id = $1 AND helper_id = $2")
            .bind(citizen)
            .bind(helper)
            .execute(&self.state.db.pool)
            .await
            .unwrap();
    }

    /// From now on the database refuses every letter to this person (as
    /// [`TestApp::refuse_rows_of`], for one recipient only): a change that writes letters
    /// to two people must store nothing when the second one fails.
    pub async fn refuse_letters_to(&self, person_id: &str) {
        let statements = match self.db.backend() {
            Backend::Sqlite => vec![format!(
                "CREATE TRIGGER refuse_letters_to BEFORE INSERT ON messages \
                 WHEN NEW.recipient_id = '{person_id}' \
                 BEGIN SELECT RAISE(ABORT, 'refused by the test'); END"
            )],
            Backend::Postgres => vec![
                format!(
                    "CREATE OR REPLACE FUNCTION refuse_letter() RETURNS trigger AS $$ \
                     BEGIN IF NEW.recipient_id = '{person_id}' THEN \
                     RAISE EXCEPTION 'refused by the test'; END IF; RETURN NEW; END \
                     $$ LANGUAGE plpgsql"
                ),
                "CREATE TRIGGER refuse_letters_to BEFORE INSERT ON messages \
                 FOR EACH ROW EXECUTE FUNCTION refuse_letter()"
                    .to_owned(),
            ],
        };
        for statement in statements {
            sqlx::query(&statement)
                .execute(&self.state.db.pool)
                .await
                .unwrap();
        }
    }

    /// The database takes rows of `table` again (see [`TestApp::refuse_rows_of`]).
    pub async fn allow_rows_of(&self, table: &str) {
        let statement = match self.db.backend() {
            Backend::Sqlite => format!("DROP TRIGGER refuse_{table}"),
            Backend::Postgres => format!("DROP TRIGGER refuse_{table} ON {table}"),
        };
        sqlx::query(&statement)
            .execute(&self.state.db.pool)
            .await
            .unwrap();
    }

    /// Calls the API as a system with this key; answers the status and the JSON body
    /// (null when there is none).
    pub async fn api(
        &self,
        key: &str,
        method: reqwest::Method,
        path: &str,
        body: Option<serde_json::Value>,
    ) -> (u16, serde_json::Value) {
        let mut request = reqwest::Client::new()
            .request(method, self.url(path))
            .bearer_auth(key);
        if let Some(body) = body {
            request = request.json(&body);
        }
        let response = request.send().await.unwrap();
        let status = response.status().as_u16();
        (status, response.json().await.unwrap_or_default())
    }

    /// Counts what `sql` (one `$1` bound to `bind`) finds.
    pub async fn count(&self, sql: &str, bind: &str) -> i64 {
        let (n,): (i64,) = sqlx::query_as(sql)
            .bind(bind)
            .fetch_one(&self.state.db.pool)
            .await
            .unwrap();
        n
    }

    /// At the front desk, states why the logged-in member of staff opens this citizen's
    /// data (`/borgerservice/{citizen}/hvorfor`), as they must before the citizen's desk
    /// pages open; the reason holds for this session.
    pub async fn give_reason(&self, citizen: &str, reason: &str) {
        let page = format!("/borgerservice/{citizen}/hvorfor");
        let response = self
            .submit(&page, &page, &[("reason", reason), ("til", "")])
            .await;
        assert_eq!(response.status(), 303, "a reason for {citizen}");
    }

    /// Logs in as a demo persona through the login page.
    pub async fn login_as(&self, name: &str) {
        let id = self.persona_id(name).await;
        let response = self
            .submit("/log-ind", "/log-ind/demo", &[("person_id", &id)])
            .await;
        assert_eq!(response.status(), 303, "login as {name}");
    }
}

/// The CSRF token of the first form on a page.
pub fn csrf_token(html: &str) -> String {
    let marker = "name=\"csrf_token\" value=\"";
    let start = html.find(marker).expect("a form with a CSRF token") + marker.len();
    let end = start + html[start..].find('"').unwrap();
    html[start..end].to_owned()
}

pub fn header<'a>(response: &'a reqwest::Response, name: &str) -> &'a str {
    response
        .headers()
        .get(name)
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default()
}

/// A PDF of one empty page with one more stream: 40 MiB of zeros, deflated to about
/// 40 KB, as a plain FlateDecode stream or as an object stream, as in issue 15.
pub fn pdf_bomb(object_stream: bool) -> Vec<u8> {
    let zeros = miniz_oxide::deflate::compress_to_vec_zlib(&vec![0; 40 << 20], 9);
    let kind = if object_stream {
        "/Type /ObjStm /N 1 /First 4 "
    } else {
        ""
    };
    let mut object = format!(
        "<< {kind}/Filter /FlateDecode /Length {} >>\nstream\n",
        zeros.len()
    )
    .into_bytes();
    object.extend_from_slice(&zeros);
    object.extend_from_slice(b"\nendstream");
    let bytes = pdf_with_object(&object);
    assert!(bytes.len() < 100_000, "{}", bytes.len());
    bytes
}

/// A PDF of one empty page and `object` as object 4, written by hand: a PDF library
/// would leave out an object that nothing refers to, or rewrite it.
pub fn pdf_with_object(object: &[u8]) -> Vec<u8> {
    let mut pdf = b"%PDF-1.7\n".to_vec();
    let mut offsets = Vec::new();
    let objects: [&[u8]; 4] = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>",
        object,
    ];
    for (n, object) in (1..).zip(objects) {
        offsets.push(pdf.len());
        pdf.extend_from_slice(format!("{n} 0 obj\n").as_bytes());
        pdf.extend_from_slice(object);
        pdf.extend_from_slice(b"\nendobj\n");
    }
    let xref = pdf.len();
    pdf.extend_from_slice(b"xref\n0 5\n0000000000 65535 f \n");
    for offset in offsets {
        pdf.extend_from_slice(format!("{offset:010} 00000 n \n").as_bytes());
    }
    pdf.extend_from_slice(
        format!("trailer\n<< /Size 5 /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n").as_bytes(),
    );
    pdf
}

/// A PDF of one page a text, built as many producers build them: the pages inherit
/// their size and font from the page tree, so merging must keep the tree.
pub fn pdf_of_pages(texts: &[&str]) -> Vec<u8> {
    use lopdf::content::{Content, Operation};
    use lopdf::{dictionary, Document, Object, Stream};
    let mut document = Document::with_version("1.5");
    let tree = document.new_object_id();
    let font = document.add_object(dictionary! {
        "Type" => "Font", "Subtype" => "Type1", "BaseFont" => "Helvetica",
    });
    let resources = document.add_object(dictionary! { "Font" => dictionary! { "F1" => font } });
    let mut kids: Vec<Object> = Vec::new();
    for text in texts {
        let content = Content {
            operations: vec![
                Operation::new("BT", vec![]),
                Operation::new("Tf", vec!["F1".into(), 24.into()]),
                Operation::new("Td", vec![100.into(), 600.into()]),
                Operation::new("Tj", vec![Object::string_literal(*text)]),
                Operation::new("ET", vec![]),
            ],
        };
        let stream = document.add_object(Stream::new(dictionary! {}, content.encode().unwrap()));
        let page = document.add_object(dictionary! {
            "Type" => "Page", "Parent" => tree, "Contents" => stream,
        });
        kids.push(page.into());
    }
    document.objects.insert(
        tree,
        Object::Dictionary(dictionary! {
            "Type" => "Pages", "Kids" => kids, "Count" => texts.len() as i64,
            "Resources" => resources,
            "MediaBox" => vec![0.into(), 0.into(), 595.into(), 842.into()],
        }),
    );
    let catalog = document.add_object(dictionary! { "Type" => "Catalog", "Pages" => tree });
    document.trailer.set("Root", catalog);
    let mut bytes = Vec::new();
    document.save_to(&mut bytes).unwrap();
    bytes
}

/// A clock the test moves by hand.
pub struct Hands(std::sync::Arc<std::sync::Mutex<jiff::Timestamp>>);

impl Hands {
    pub fn set(&self, at: &str) {
        *self.0.lock().unwrap() = at.parse().unwrap();
    }
}

impl TestApp {
    /// The demo loaded at `at` (RFC 3339), on a clock the test then moves by hand.
    pub async fn spawn_at(at: &str) -> (TestApp, Hands) {
        let now = std::sync::Arc::new(std::sync::Mutex::new(at.parse().unwrap()));
        let shared = now.clone();
        let app = TestApp::spawn_with(Options {
            clock: Clock::from_fn(move || *shared.lock().unwrap()),
            ..Options::default()
        })
        .await;
        (app, Hands(now))
    }

    /// GET `path` without a login, as another system or anyone reads the open API: the
    /// status, the content type and the JSON body (null when there is none).
    pub async fn get_json(&self, path: &str) -> (u16, String, serde_json::Value) {
        let response = client().get(self.url(path)).send().await.unwrap();
        let status = response.status().as_u16();
        let content_type = header(&response, "content-type").to_owned();
        (
            status,
            content_type,
            response.json().await.unwrap_or_default(),
        )
    }

    /// Runs `borgerbro sweep --as-of` on this app's database, as an operator does;
    /// answers what it printed.
    pub fn sweep_as_of(&self, as_of: &str) -> String {
        let output = std::process::Command::new(env!("CARGO_BIN_EXE_borgerbro"))
            .args(["sweep", "--db", self.db.url.as_str(), "--as-of", as_of])
            .output()
            .unwrap();
        assert!(
            output.status.success(),
            "{}",
            String::from_utf8_lossy(&output.stderr)
        );
        String::from_utf8(output.stdout).unwrap()
    }
}
