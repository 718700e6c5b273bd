//! Settings from flags, environment variables and an optional TOML file, in that order
//! of precedence. Every problem is a value with a message that says what to do.

use std::collections::BTreeMap;
use std::net::SocketAddr;
use std::num::NonZeroU32;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use clap::Args;
use ipnet::IpNet;
use secrecy::SecretString;
use serde::Deserialize;
use url::Url;

use crate::db::DbUrl;
use crate::help::hours::Schedule;
use crate::help::Postcodes;
use crate::i18n::Lang;

/// The flags shared by every command that opens the database.
#[derive(Debug, Clone, Args)]
pub struct DbArgs {
    /// The database: sqlite://FILE or postgres://USER@HOST/DATABASE.
    // A DbUrl, not a String: its Debug and Display never show a password in the address.
    #[arg(long, env = "BORGERBRO_DB", value_parser = DbUrl::parse)]
    pub db: Option<DbUrl>,

    /// An optional settings file (TOML). Flags and environment variables win over it.
    #[arg(long, env = "BORGERBRO_CONFIG")]
    pub config: Option<PathBuf>,
}

/// The flags of the commands that serve the web site.
#[derive(Debug, Clone, Args)]
pub struct ServeArgs {
    #[command(flatten)]
    pub db: DbArgs,

    /// The address to listen on, such as 127.0.0.1:8080.
    #[arg(long, env = "BORGERBRO_ADDR")]
    pub addr: Option<SocketAddr>,

    /// The address people use to reach the site, such as https://borgerbro.aarhus.dk.
    /// Needed for login with OIDC; cookies are marked Secure when it starts with https.
    #[arg(long, env = "BORGERBRO_PUBLIC_URL")]
    pub public_url: Option<Url>,

    /// The OIDC issuer (for instance your MitID broker) used for login.
    #[arg(long, env = "BORGERBRO_OIDC_ISSUER")]
    pub oidc_issuer: Option<Url>,

    /// The client id Borgerbro has at the OIDC issuer.
    #[arg(long, env = "BORGERBRO_OIDC_CLIENT_ID")]
    pub oidc_client_id: Option<String>,

    /// The client secret Borgerbro has at the OIDC issuer.
    #[arg(long, env = "BORGERBRO_OIDC_CLIENT_SECRET", hide_env_values = true)]
    pub oidc_client_secret: Option<SecretString>,

    /// The folder for letter attachments (default: borgerbro-files, or
    /// borgerbro-demo-files for the demo, in the working folder).
    #[arg(long, env = "BORGERBRO_FILES")]
    pub files: Option<PathBuf>,

    /// The reverse proxies in front of Borgerbro (addresses or networks, comma-separated,
    /// such as 10.0.0.5,10.1.0.0/16). Only a request from one of them has its client
    /// address read from the proxy's header; without any, the header is ignored.
    #[arg(long, env = "BORGERBRO_TRUSTED_PROXIES", value_delimiter = ',')]
    pub trusted_proxies: Option<Vec<Network>>,

    /// Also serve GET /bench/bare, a route that does nothing, to compare against in load
    /// benchmarks (see BENCHMARKS.md).
    #[arg(long, hide = true)]
    pub with_bare_route: bool,
}

/// What the settings file may hold. Unknown keys are an error, so a typo is not ignored.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FileSettings {
    pub db: Option<DbUrl>,
    pub addr: Option<SocketAddr>,
    pub public_url: Option<Url>,
    pub files: Option<PathBuf>,
    /// The authority's postcodes as CSV (`postcode,name,latitude,longitude`); the demo
    /// authority's when not given.
    pub postcodes: Option<PathBuf>,
    pub authority: Option<AuthorityProfile>,
    pub oidc: Option<FileOidc>,
    pub trusted_proxies: Option<Vec<Network>>,
    pub proxy_header: Option<ProxyHeader>,
    pub limits: Option<Limits>,
}

/// A trusted proxy as the settings name it: an address (`10.0.0.5`) or a network
/// (`10.1.0.0/16`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(try_from = "String")]
pub struct Network(pub IpNet);

impl std::str::FromStr for Network {
    type Err = String;

    fn from_str(text: &str) -> Result<Self, String> {
        let text = text.trim();
        text.parse::<IpNet>()
            .or_else(|_| text.parse::<std::net::IpAddr>().map(IpNet::from))
            .map(Network)
            .map_err(|_| format!("{text} is neither an address nor a network such as 10.0.0.0/8"))
    }
}

impl TryFrom<String> for Network {
    type Error = String;

    fn try_from(text: String) -> Result<Self, String> {
        text.parse()
    }
}

/// The header a trusted proxy writes the client's address in. Only one is read: a
/// proxy that appends to `X-Forwarded-For` passes a `Forwarded` the client wrote on
/// untouched, and reading that too would let the client choose its address.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ProxyHeader {
    #[default]
    XForwardedFor,
    /// RFC 7239's `Forwarded: for=...`.
    Forwarded,
}

/// How many requests one client may make (`[limits]` in the settings file): each is a
/// number per minute or per hour, of which the whole number may come at once and one
/// more comes back every minute (or hour) divided by the number. The defaults suit a
/// municipality; the tests set small ones.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Limits {
    /// Logins begun (demo or OIDC) and OIDC answers, per client address.
    pub logins_per_minute: NonZeroU32,
    /// Requests with an API key that is wrong or revoked, per client address. A right
    /// key is never refused for them, so a stranger cannot lock a system out.
    pub wrong_api_keys_per_hour: NonZeroU32,
    /// API requests per key.
    pub api_per_minute: NonZeroU32,
    /// Call-backs asked for without login, per client address.
    pub callbacks_per_hour: NonZeroU32,
    /// "Var det let?" answers, per client address.
    pub feedback_per_hour: NonZeroU32,
    /// Answers to public hearings, per client address.
    pub hearing_answers_per_hour: NonZeroU32,
}

impl Default for Limits {
    fn default() -> Self {
        let n = |n: u32| NonZeroU32::new(n).unwrap_or(NonZeroU32::MIN);
        Self {
            logins_per_minute: n(20),
            wrong_api_keys_per_hour: n(30),
            api_per_minute: n(1200),
            callbacks_per_hour: n(3),
            feedback_per_hour: n(20),
            hearing_answers_per_hour: n(10),
        }
    }
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FileOidc {
    pub issuer: Option<Url>,
    pub client_id: Option<String>,
    pub client_secret: Option<SecretString>,
    /// Staff roles by OIDC subject: `"subject" = ["caseworker"]`. Everyone is a citizen.
    #[serde(default)]
    pub roles: BTreeMap<String, Vec<String>>,
}

/// The authority that runs this Borgerbro: shown in the header and the footer, and the
/// human alternatives offered on every page.
#[derive(Debug, Clone, Deserialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct AuthorityProfile {
    pub name: String,
    pub phone: String,
    pub email: String,
    pub address: String,
    pub opening_hours: String,
    /// How this authority's post escalates and what it demands of a letter.
    #[serde(default)]
    pub post: crate::post::Policy,
    /// How long permissions to helpers last.
    #[serde(default)]
    pub mandates: crate::mandates::MandatePolicy,
    /// `opening_hours` as each language writes it, worked out on first use.
    #[serde(skip)]
    pub hours_text: HoursText,
}

/// The opening hours in each language, worked out once: every page's footer shows them,
/// and parsing them and asking Fluent for each day took 11% of the front page's time
/// under load (BENCHMARKS.md). They come from the settings, which do not change while the
/// server runs. A clone starts empty, so a profile cloned and then given other hours
/// works them out anew.
#[derive(Debug, Default)]
pub struct HoursText(std::sync::OnceLock<Vec<(Lang, Option<String>)>>);

impl Clone for HoursText {
    fn clone(&self) -> Self {
        Self::default()
    }
}

/// A memo of `opening_hours`: two profiles are equal by their settings alone.
impl PartialEq for HoursText {
    fn eq(&self, _: &Self) -> bool {
        true
    }
}

impl Eq for HoursText {}

impl AuthorityProfile {
    /// The phone number as a `tel:` link wants it: digits and a leading plus only.
    pub(crate) fn phone_digits(&self) -> String {
        self.phone
            .chars()
            .filter(|c| c.is_ascii_digit() || *c == '+')
            .collect()
    }

    /// The opening hours in `lang`, when the settings write them as a help place's hours
    /// are written ("man-ons 10-15; fre 10-13"), so every reader reads them in their own
    /// language; `None` when they are free text, shown as written (in Danish).
    pub(crate) fn opening_hours_in(&self, lang: Lang) -> Option<String> {
        let all = self.hours_text.0.get_or_init(|| {
            let schedule = self
                .opening_hours
                .parse::<Schedule>()
                .ok()
                .filter(|hours| !hours.is_empty());
            Lang::ALL
                .into_iter()
                .map(|lang| (lang, schedule.as_ref().map(|s| s.week_text(lang))))
                .collect()
        });
        all.iter()
            .find(|(of, _)| *of == lang)
            .and_then(|(_, text)| text.clone())
    }

    /// The authority of the demo data.
    pub fn demo() -> Self {
        Self {
            name: "Aarhus Kommune (demo)".into(),
            phone: "89 40 20 00".into(),
            email: "borgerservice@aarhus.dk.example".into(),
            address: "Borgerservice, Hack Kampmanns Plads 2, 8000 Aarhus C".into(),
            opening_hours: "man-ons 10-15; tor 10-17:30; fre 10-13".into(),
            post: crate::post::Policy::default(),
            mandates: crate::mandates::MandatePolicy::default(),
            hours_text: HoursText::default(),
        }
    }
}

/// Debug shows everything but the secret, so settings can be logged.
#[derive(Debug, Clone)]
pub struct OidcSettings {
    pub issuer: Url,
    pub client_id: String,
    pub client_secret: SecretString,
    pub roles: BTreeMap<String, Vec<String>>,
}

/// Everything a running server needs to know.
#[derive(Debug, Clone)]
pub struct Settings {
    pub db: DbUrl,
    pub addr: SocketAddr,
    pub public_url: Url,
    pub authority: AuthorityProfile,
    pub oidc: Option<OidcSettings>,
    /// Where attachments are kept.
    pub files: PathBuf,
    /// The postcodes a citizen can search for help near.
    pub postcodes: Arc<Postcodes>,
    pub demo: bool,
    pub with_bare_route: bool,
    /// The reverse proxies whose header names the client (see `web::client`).
    pub trusted_proxies: Vec<IpNet>,
    pub proxy_header: ProxyHeader,
    pub limits: Limits,
}

impl Settings {
    /// Cookies are only sent over https when people reach the site over https.
    pub(crate) fn secure_cookies(&self) -> bool {
        self.public_url.scheme() == "https"
    }
}

#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    #[error("Could not read the settings file {path}: {source}. Check the path and that Borgerbro may read the file.")]
    ReadFile {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error(
        "The settings file {path} is not valid: {message}. Fix the line it names and try again."
    )]
    ParseFile { path: PathBuf, message: String },
    #[error("No database given. Use --db sqlite://borgerbro.db (or postgres://...), the environment variable BORGERBRO_DB, or `db` in the settings file.")]
    MissingDb,
    #[error("No settings for the authority. Add an [authority] section (name, phone, email, address, opening_hours) to the settings file; see README.md.")]
    MissingAuthority,
    #[error("OIDC login needs an issuer, a client id and a client secret; {missing} is missing. Give all three, or none to run without login.")]
    OidcIncomplete { missing: &'static str },
    #[error("The public address is not a URL: {0}. Give it as https://HOST/.")]
    PublicUrl(#[from] url::ParseError),
    #[error("Could not read the postcodes file {path}: {source}. It needs the columns postcode,name,latitude,longitude.")]
    Postcodes { path: PathBuf, source: csv::Error },
}

pub(crate) fn read_file(path: &Path) -> Result<FileSettings, ConfigError> {
    let text = std::fs::read_to_string(path).map_err(|source| ConfigError::ReadFile {
        path: path.to_owned(),
        source,
    })?;
    toml::from_str(&text).map_err(|e| ConfigError::ParseFile {
        path: path.to_owned(),
        message: e.message().to_owned(),
    })
}

/// The settings file named by `--config`, or an empty one.
pub fn file_of(args: &DbArgs) -> Result<FileSettings, ConfigError> {
    args.config
        .as_deref()
        .map(read_file)
        .transpose()
        .map(Option::unwrap_or_default)
}

/// The database address from the flag, the environment or the file.
pub fn db_url(args: &DbArgs, file: &FileSettings) -> Result<DbUrl, ConfigError> {
    args.db
        .clone()
        .or_else(|| file.db.clone())
        .ok_or(ConfigError::MissingDb)
}

pub const DEFAULT_ADDR: &str = "127.0.0.1:8080";

impl Settings {
    /// Settings for `serve` and `demo`. For the demo, `demo` is its own database file,
    /// used when no other is given, and the demo authority stands in for a missing one.
    pub fn resolve(args: &ServeArgs, demo: Option<DbUrl>) -> Result<Self, ConfigError> {
        let file = file_of(&args.db)?;
        let db = match (&args.db.db, &file.db, demo.clone()) {
            (None, None, Some(demo_db)) => demo_db,
            _ => db_url(&args.db, &file)?,
        };
        let addr = args
            .addr
            .or(file.addr)
            .unwrap_or_else(|| SocketAddr::from(([127, 0, 0, 1], 8080)));
        let public_url = match args.public_url.clone().or(file.public_url.clone()) {
            Some(url) => url,
            None => Url::parse(&format!("http://{addr}/"))?,
        };
        let authority = match (file.authority, demo.is_some()) {
            (Some(authority), _) => authority,
            (None, true) => AuthorityProfile::demo(),
            (None, false) => return Err(ConfigError::MissingAuthority),
        };
        let file_oidc = file.oidc.unwrap_or_default();
        let issuer = args.oidc_issuer.clone().or(file_oidc.issuer);
        let client_id = args.oidc_client_id.clone().or(file_oidc.client_id);
        let client_secret = args.oidc_client_secret.clone().or(file_oidc.client_secret);
        let oidc = match (issuer, client_id, client_secret) {
            (None, None, None) => None,
            (Some(issuer), Some(client_id), Some(client_secret)) => Some(OidcSettings {
                issuer,
                client_id,
                client_secret,
                roles: file_oidc.roles,
            }),
            (None, _, _) => {
                return Err(ConfigError::OidcIncomplete {
                    missing: "the issuer",
                })
            }
            (_, None, _) => {
                return Err(ConfigError::OidcIncomplete {
                    missing: "the client id",
                })
            }
            (_, _, None) => {
                return Err(ConfigError::OidcIncomplete {
                    missing: "the client secret",
                })
            }
        };
        let files = args.files.clone().or(file.files).unwrap_or_else(|| {
            PathBuf::from(if demo.is_some() {
                "borgerbro-demo-files"
            } else {
                "borgerbro-files"
            })
        });
        let postcodes = match &file.postcodes {
            Some(path) => Postcodes::from_file(path).map_err(|source| ConfigError::Postcodes {
                path: path.clone(),
                source,
            })?,
            None => Postcodes::demo(),
        };
        Ok(Self {
            db,
            addr,
            public_url,
            authority,
            oidc,
            files,
            postcodes: Arc::new(postcodes),
            demo: demo.is_some(),
            with_bare_route: args.with_bare_route,
            trusted_proxies: args
                .trusted_proxies
                .clone()
                .or(file.trusted_proxies)
                .unwrap_or_default()
                .into_iter()
                .map(|network| network.0)
                .collect(),
            proxy_header: file.proxy_header.unwrap_or_default(),
            limits: file.limits.unwrap_or_default(),
        })
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;
    use clap::Parser;

    #[derive(Parser)]
    struct Cli {
        #[command(flatten)]
        serve: ServeArgs,
    }

    fn args(list: &[&str]) -> ServeArgs {
        Cli::parse_from(std::iter::once("borgerbro").chain(list.iter().copied())).serve
    }

    #[test]
    fn flags_win_over_the_file() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("borgerbro.toml");
        std::fs::write(
            &path,
            r#"
db = "sqlite://from-file.db"
addr = "127.0.0.1:9000"
[authority]
name = "Testby Kommune"
phone = "11 22 33 44"
email = "post@testby.example"
address = "Rådhuset, 9999 Testby"
opening_hours = "Hverdage 9-15"
"#,
        )
        .unwrap();
        let config = path.to_str().unwrap();
        let settings = Settings::resolve(
            &args(&["--config", config, "--db", "sqlite://from-flag.db"]),
            None,
        )
        .unwrap();
        assert_eq!(settings.db.as_str(), "sqlite://from-flag.db");
        assert_eq!(settings.addr.port(), 9000);
        assert_eq!(settings.authority.name, "Testby Kommune");
        assert!(!settings.secure_cookies());
    }

    #[test]
    fn cookies_are_secure_behind_https() {
        let demo = DbUrl::parse("sqlite://demo.db").unwrap();
        let settings = Settings::resolve(
            &args(&["--public-url", "https://borgerbro.aarhus.dk/"]),
            Some(demo),
        )
        .unwrap();
        assert!(settings.secure_cookies());
    }

    #[test]
    fn an_unreadable_file_names_the_path() {
        let err = Settings::resolve(&args(&["--config", "/nonexistent/b.toml"]), None).unwrap_err();
        assert!(err.to_string().contains("/nonexistent/b.toml"), "{err}");
    }

    #[test]
    fn a_typo_in_the_file_is_an_error() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("b.toml");
        std::fs::write(&path, "databse = \"sqlite://x.db\"\n").unwrap();
        let err =
            Settings::resolve(&args(&["--config", path.to_str().unwrap()]), None).unwrap_err();
        assert!(err.to_string().contains("databse"), "{err}");
    }

    #[test]
    fn real_mode_needs_an_authority() {
        let err = Settings::resolve(&args(&["--db", "sqlite://x.db"]), None).unwrap_err();
        assert!(matches!(err, ConfigError::MissingAuthority));
    }

    /// Settings are printed with `{:?}` in logs and panics; no secret may show there.
    #[test]
    fn secrets_never_print() {
        use secrecy::ExposeSecret;
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("b.toml");
        std::fs::write(
            &path,
            r#"
db = "postgres://bb:db-hemmelighed@db.example/borgerbro"
[oidc]
client_secret = "fil-hemmelighed"
[authority]
name = "Testby Kommune"
phone = "11 22 33 44"
email = "post@testby.example"
address = "Rådhuset, 9999 Testby"
opening_hours = "Hverdage 9-15"
"#,
        )
        .unwrap();
        let config = path.to_str().unwrap();
        let flags = args(&[
            "--config",
            config,
            "--oidc-issuer",
            "https://login.example/",
            "--oidc-client-id",
            "bb",
            "--oidc-client-secret",
            "flag-hemmelighed",
        ]);
        let file = read_file(&path).unwrap();
        let settings = Settings::resolve(&flags, None).unwrap();
        let oidc = settings.oidc.clone().unwrap();
        // The secrets are there, for the code that needs them.
        assert_eq!(oidc.client_secret.expose_secret(), "flag-hemmelighed");
        let from_file = file.oidc.as_ref().unwrap().client_secret.as_ref().unwrap();
        assert_eq!(from_file.expose_secret(), "fil-hemmelighed");
        assert!(settings.db.as_str().contains("db-hemmelighed"));
        for shown in [
            format!("{flags:?}"),
            format!("{file:?}"),
            format!("{settings:?}"),
            format!("{oidc:?}"),
            format!("{:#?}", settings.db),
        ] {
            assert!(shown.contains("login.example") || shown.contains("db.example"));
            for secret in ["flag-hemmelighed", "fil-hemmelighed", "db-hemmelighed"] {
                assert!(!shown.contains(secret), "{secret} in {shown}");
            }
        }
    }

    #[test]
    fn trusted_proxies_and_limits_come_from_the_file_and_the_flag_wins() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("b.toml");
        std::fs::write(
            &path,
            r#"
trusted_proxies = ["10.0.0.5", "fd00::/8"]
proxy_header = "forwarded"
[limits]
callbacks_per_hour = 5
"#,
        )
        .unwrap();
        let demo = DbUrl::parse("sqlite://demo.db").unwrap();
        let config = path.to_str().unwrap();
        let settings = Settings::resolve(&args(&["--config", config]), Some(demo.clone())).unwrap();
        let networks: Vec<IpNet> =
            vec!["10.0.0.5/32".parse().unwrap(), "fd00::/8".parse().unwrap()];
        assert_eq!(settings.trusted_proxies, networks);
        assert_eq!(settings.proxy_header, ProxyHeader::Forwarded);
        assert_eq!(settings.limits.callbacks_per_hour.get(), 5);
        assert_eq!(
            settings.limits.feedback_per_hour,
            Limits::default().feedback_per_hour
        );
        let flagged = Settings::resolve(
            &args(&[
                "--config",
                config,
                "--trusted-proxies",
                "192.168.1.0/24,192.168.2.1",
            ]),
            Some(demo.clone()),
        )
        .unwrap();
        assert_eq!(flagged.trusted_proxies.len(), 2);
        assert!(flagged.trusted_proxies[1]
            .contains(&"192.168.2.1".parse::<std::net::IpAddr>().unwrap()));
        // Without the setting, no proxy is trusted.
        let none = Settings::resolve(&args(&[]), Some(demo)).unwrap();
        assert!(none.trusted_proxies.is_empty());
    }

    #[test]
    fn a_proxy_that_is_no_address_and_a_limit_of_zero_are_refused() {
        let dir = tempfile::tempdir().unwrap();
        for (text, named) in [
            ("trusted_proxies = [\"proxy.example\"]\n", "proxy.example"),
            ("[limits]\nfeedback_per_hour = 0\n", "nonzero"),
        ] {
            let path = dir.path().join("b.toml");
            std::fs::write(&path, text).unwrap();
            let err = read_file(&path).unwrap_err();
            assert!(err.to_string().contains(named), "{err}");
        }
    }

    #[test]
    fn half_an_oidc_setup_is_refused() {
        let demo = DbUrl::parse("sqlite://demo.db").unwrap();
        let err = Settings::resolve(
            &args(&[
                "--oidc-issuer",
                "https://login.example/",
                "--oidc-client-id",
                "bb",
            ]),
            Some(demo),
        )
        .unwrap_err();
        assert!(err.to_string().contains("client secret"), "{err}");
    }
}
