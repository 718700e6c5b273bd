//! Login with OpenID Connect (authorization code flow with PKCE), as MitID brokers and
//! staff identity providers speak it. The provider is discovered at the first login, so
//! Borgerbro starts even while the provider is down.

use openidconnect::core::{CoreAuthenticationFlow, CoreClient, CoreProviderMetadata};
use openidconnect::{
    AuthorizationCode, ClientId, ClientSecret, CsrfToken, DiscoveryError, EndUserName,
    EndpointMaybeSet, EndpointNotSet, EndpointSet, IssuerUrl, LocalizedClaim, Nonce,
    OAuth2TokenResponse, PkceCodeChallenge, PkceCodeVerifier, RedirectUrl, Scope, TokenResponse,
};
use secrecy::ExposeSecret;
use tokio::sync::OnceCell;
use url::Url;

use crate::clock::Clock;
use crate::config::OidcSettings;

type DiscoveredClient = CoreClient<
    EndpointSet,
    EndpointNotSet,
    EndpointNotSet,
    EndpointNotSet,
    EndpointMaybeSet,
    EndpointMaybeSet,
>;

#[derive(Debug, thiserror::Error)]
pub enum OidcError {
    #[error("the login provider could not be reached or described itself wrongly: {0}")]
    Discovery(String),
    #[error("the login provider refused the code: {0}")]
    Exchange(String),
    #[error("the login provider's answer could not be trusted: {0}")]
    Token(String),
    #[error("setup: {0}")]
    Setup(String),
}

/// Who the provider says logged in.
#[derive(Debug, Clone)]
pub struct Identity {
    /// Issuer and subject together: the same subject at two providers is two people.
    pub key: String,
    pub subject: String,
    pub name: Option<String>,
}

/// What to remember between sending a person to the provider and their return.
pub struct Started {
    pub url: Url,
    pub state: String,
    pub pkce_verifier: String,
    pub nonce: String,
}

pub struct Oidc {
    pub settings: OidcSettings,
    redirect: RedirectUrl,
    http: reqwest::Client,
    client: OnceCell<DiscoveredClient>,
}

impl Oidc {
    pub fn new(settings: OidcSettings, public_url: &Url) -> Result<Self, OidcError> {
        let redirect = public_url
            .join("/log-ind/callback")
            .map_err(|e| OidcError::Setup(e.to_string()))?;
        let http = reqwest::Client::builder()
            // Following redirects from a token endpoint opens the door to SSRF.
            .redirect(reqwest::redirect::Policy::none())
            .timeout(std::time::Duration::from_secs(10))
            .build()
            .map_err(|e| OidcError::Setup(e.to_string()))?;
        Ok(Self {
            settings,
            redirect: RedirectUrl::from_url(redirect),
            http,
            client: OnceCell::new(),
        })
    }

    /// The provider's description of itself. The settings hold the issuer as a URL, and a
    /// URL cannot tell `https://host` from `https://host/`, which OIDC holds to be two
    /// issuers (Google and panva's oidc-provider name the first, Auth0 the second). At the
    /// root, the issuer is whichever of the two the provider's own document names.
    async fn discover(&self) -> Result<CoreProviderMetadata, OidcError> {
        let configured = &self.settings.issuer;
        let mut issuers = vec![IssuerUrl::from_url(configured.clone())];
        if configured.path() == "/" && configured.query().is_none() {
            let bare = configured.as_str().trim_end_matches('/').to_owned();
            issuers.push(IssuerUrl::new(bare).map_err(|e| OidcError::Setup(e.to_string()))?);
        }
        let mut mismatch = None;
        for issuer in issuers {
            match CoreProviderMetadata::discover_async(issuer, &self.http).await {
                Ok(metadata) => return Ok(metadata),
                Err(e @ DiscoveryError::Validation(_)) => mismatch = Some(e.to_string()),
                Err(e) => return Err(OidcError::Discovery(e.to_string())),
            }
        }
        Err(OidcError::Discovery(mismatch.unwrap_or_default()))
    }

    async fn client(&self) -> Result<&DiscoveredClient, OidcError> {
        self.client
            .get_or_try_init(|| async {
                let metadata = self.discover().await?;
                Ok(CoreClient::from_provider_metadata(
                    metadata,
                    ClientId::new(self.settings.client_id.clone()),
                    Some(ClientSecret::new(
                        self.settings.client_secret.expose_secret().to_owned(),
                    )),
                )
                .set_redirect_uri(self.redirect.clone()))
            })
            .await
    }

    pub async fn start(&self) -> Result<Started, OidcError> {
        let client = self.client().await?;
        let (challenge, verifier) = PkceCodeChallenge::new_random_sha256();
        let (url, state, nonce) = client
            .authorize_url(
                CoreAuthenticationFlow::AuthorizationCode,
                CsrfToken::new_random,
                Nonce::new_random,
            )
            .add_scope(Scope::new("profile".into()))
            .set_pkce_challenge(challenge)
            .url();
        Ok(Started {
            url,
            state: state.secret().clone(),
            pkce_verifier: verifier.secret().clone(),
            nonce: nonce.secret().clone(),
        })
    }

    /// Exchanges the code and checks the ID token, its expiry by `clock` like every other
    /// time in Borgerbro.
    pub async fn finish(
        &self,
        code: String,
        pkce_verifier: String,
        nonce: String,
        clock: &Clock,
    ) -> Result<Identity, OidcError> {
        let client = self.client().await?;
        let response = client
            .exchange_code(AuthorizationCode::new(code))
            .map_err(|e| OidcError::Setup(e.to_string()))?
            .set_pkce_verifier(PkceCodeVerifier::new(pkce_verifier))
            .request_async(&self.http)
            .await
            .map_err(|e| OidcError::Exchange(e.to_string()))?;
        let id_token = response
            .id_token()
            .ok_or_else(|| OidcError::Token("no ID token in the answer".into()))?;
        let clock = clock.clone();
        let verifier = client.id_token_verifier().set_time_fn(move || {
            chrono::DateTime::from_timestamp_millis(clock.now_ms()).unwrap_or_default()
        });
        let claims = id_token
            .claims(&verifier, &Nonce::new(nonce))
            .map_err(|e| OidcError::Token(e.to_string()))?;
        let subject = claims.subject().clone();
        let name = match name_of(claims.name()) {
            Some(name) => Some(name),
            None => {
                self.name_from_user_info(client, &response, &subject)
                    .await?
            }
        };
        Ok(Identity {
            key: format!("{} {}", claims.issuer().as_str(), subject.as_str()),
            name,
            subject: subject.as_str().to_owned(),
        })
    }

    /// The name, for a provider that follows OIDC Core 5.4 and gives the `profile` scope's
    /// claims at its UserInfo endpoint rather than in the ID token. The endpoint must
    /// speak of the subject the ID token named; a provider without one gives no name.
    async fn name_from_user_info(
        &self,
        client: &DiscoveredClient,
        response: &openidconnect::core::CoreTokenResponse,
        subject: &openidconnect::SubjectIdentifier,
    ) -> Result<Option<String>, OidcError> {
        let Ok(request) = client.user_info(response.access_token().clone(), Some(subject.clone()))
        else {
            return Ok(None);
        };
        let claims: openidconnect::core::CoreUserInfoClaims = request
            .request_async(&self.http)
            .await
            .map_err(|e| OidcError::Token(format!("UserInfo: {e}")))?;
        Ok(name_of(claims.name()))
    }
}

/// The name without a language tag, as ID tokens and UserInfo answers both carry it.
fn name_of(claim: Option<&LocalizedClaim<EndUserName>>) -> Option<String> {
    claim
        .and_then(|name| name.get(None))
        .map(|name| name.as_str().to_owned())
}
