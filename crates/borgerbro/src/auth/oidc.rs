//! Login with OpenID Connect (authorization code flow with PKCE), as MitID brokers and
//! staff identity providers speak it. The provider is discovered at the first login, so
//! Borgerbro starts even while the provider is down.

use openidconnect::core::{CoreAuthenticationFlow, CoreClient, CoreProviderMetadata};
use openidconnect::{
    AuthorizationCode, ClientId, ClientSecret, CsrfToken, EndpointMaybeSet, EndpointNotSet,
    EndpointSet, IssuerUrl, Nonce, PkceCodeChallenge, PkceCodeVerifier, RedirectUrl, Scope,
    TokenResponse,
};
use secrecy::ExposeSecret;
use tokio::sync::OnceCell;
use url::Url;

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

    async fn client(&self) -> Result<&DiscoveredClient, OidcError> {
        self.client
            .get_or_try_init(|| async {
                let issuer = IssuerUrl::from_url(self.settings.issuer.clone());
                let metadata = CoreProviderMetadata::discover_async(issuer, &self.http)
                    .await
                    .map_err(|e| OidcError::Discovery(e.to_string()))?;
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

    pub async fn finish(
        &self,
        code: String,
        pkce_verifier: String,
        nonce: String,
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
        let claims = id_token
            .claims(&client.id_token_verifier(), &Nonce::new(nonce))
            .map_err(|e| OidcError::Token(e.to_string()))?;
        let subject = claims.subject().as_str().to_owned();
        Ok(Identity {
            key: format!("{} {}", claims.issuer().as_str(), subject),
            name: claims
                .name()
                .and_then(|name| name.get(None))
                .map(|name| name.as_str().to_owned()),
            subject,
        })
    }
}
