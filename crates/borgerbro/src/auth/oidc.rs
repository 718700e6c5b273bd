//! Login with OpenID Connect (authorization code flow with PKCE), as MitID brokers and
//! staff identity providers speak it. The provider is discovered at the first login, so
//! Borgerbro starts even while the provider is down.

use std::sync::Arc;

use openidconnect::core::{CoreAuthenticationFlow, CoreClient, CoreIdToken};
use openidconnect::{
    AuthorizationCode, ClaimsVerificationError, ClientId, ClientSecret, CsrfToken, DiscoveryError,
    EndSessionUrl, EndUserName, EndpointMaybeSet, EndpointNotSet, EndpointSet, IssuerUrl,
    LocalizedClaim, LogoutRequest, Nonce, OAuth2TokenResponse, PkceCodeChallenge, PkceCodeVerifier,
    PostLogoutRedirectUrl, ProviderMetadataWithLogout, RedirectUrl, Scope,
    SignatureVerificationError, TokenResponse,
};
use secrecy::ExposeSecret;
use tokio::sync::RwLock;
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

/// What discovery found: the client (with the provider's signing keys as fetched then)
/// and where the provider ends its own session, if it says.
struct Discovered {
    client: DiscoveredClient,
    end_session: Option<EndSessionUrl>,
}

/// How often at most the provider's keys are fetched again for an ID token whose key id
/// the keys at hand lack: a provider that rotated its keys is followed within a login,
/// and a stream of forged key ids cannot make Borgerbro hammer the provider.
pub(crate) const KEY_REFRESH_INTERVAL_MS: i64 = 60_000;

#[derive(Debug, thiserror::Error)]
pub enum OidcError {
    #[error("the login provider could not be reached or described itself wrongly: {0}")]
    Discovery(String),
    #[error("the login provider refused the code: {0}")]
    Exchange(String),
    #[error("the login provider's answer could not be trusted: {0}")]
    Token(String),
    #[error("the ID token names a signing key the provider does not publish: {0}")]
    UnknownKey(String),
    #[error("setup: {0}")]
    Setup(String),
}

/// Who the provider says logged in.
#[derive(Debug, Clone)]
pub(crate) struct Identity {
    /// Issuer and subject together: the same subject at two providers is two people.
    pub key: String,
    pub subject: String,
    pub name: Option<String>,
    /// The ID token as the provider signed it: the hint that ends the provider's session
    /// at logout.
    pub id_token: String,
}

/// What to remember between sending a person to the provider and their return.
pub(crate) struct Started {
    pub url: Url,
    pub state: String,
    pub pkce_verifier: String,
    pub nonce: String,
}

pub struct Oidc {
    pub settings: OidcSettings,
    redirect: RedirectUrl,
    /// Where the provider sends a person back after ending its session: our public URL.
    after_logout: PostLogoutRedirectUrl,
    http: reqwest::Client,
    discovered: RwLock<Option<Arc<Discovered>>>,
    /// When the keys were last fetched again for an unknown key id (the clock's ms).
    keys_refreshed_at: std::sync::Mutex<Option<i64>>,
}

impl Oidc {
    pub(crate) fn new(settings: OidcSettings, public_url: &Url) -> Result<Self, OidcError> {
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
            after_logout: PostLogoutRedirectUrl::from_url(public_url.clone()),
            http,
            discovered: RwLock::new(None),
            keys_refreshed_at: std::sync::Mutex::new(None),
        })
    }

    /// The provider's description of itself. The settings hold the issuer as a URL, and a
    /// URL cannot tell `https://host` from `https://host/`, which OIDC holds to be two
    /// issuers (Google and panva's oidc-provider name the first, Auth0 the second). At the
    /// root, the issuer is whichever of the two the provider's own document names.
    async fn discover(&self) -> Result<Discovered, OidcError> {
        let configured = &self.settings.issuer;
        let mut issuers = vec![IssuerUrl::from_url(configured.clone())];
        if configured.path() == "/" && configured.query().is_none() {
            let bare = configured.as_str().trim_end_matches('/').to_owned();
            issuers.push(IssuerUrl::new(bare).map_err(|e| OidcError::Setup(e.to_string()))?);
        }
        let mut mismatch = None;
        for issuer in issuers {
            match ProviderMetadataWithLogout::discover_async(issuer, &self.http).await {
                Ok(metadata) => {
                    let end_session = metadata.additional_metadata().end_session_endpoint.clone();
                    let client = CoreClient::from_provider_metadata(
                        metadata,
                        ClientId::new(self.settings.client_id.clone()),
                        Some(ClientSecret::new(
                            self.settings.client_secret.expose_secret().to_owned(),
                        )),
                    )
                    .set_redirect_uri(self.redirect.clone());
                    return Ok(Discovered {
                        client,
                        end_session,
                    });
                }
                Err(e @ DiscoveryError::Validation(_)) => mismatch = Some(e.to_string()),
                Err(e) => return Err(OidcError::Discovery(e.to_string())),
            }
        }
        Err(OidcError::Discovery(mismatch.unwrap_or_default()))
    }

    /// The provider as discovered at the first login (or again after its keys changed).
    async fn client(&self) -> Result<Arc<Discovered>, OidcError> {
        if let Some(discovered) = self.discovered.read().await.as_ref() {
            return Ok(discovered.clone());
        }
        let mut slot = self.discovered.write().await;
        if let Some(discovered) = slot.as_ref() {
            return Ok(discovered.clone());
        }
        let discovered = Arc::new(self.discover().await?);
        *slot = Some(discovered.clone());
        Ok(discovered)
    }

    /// The provider discovered again, with the keys it publishes now, unless that was done
    /// less than `KEY_REFRESH_INTERVAL_MS` ago (then `None`).
    async fn refreshed(&self, clock: &Clock) -> Result<Option<Arc<Discovered>>, OidcError> {
        let now = clock.now_ms();
        {
            let mut refreshed_at = self
                .keys_refreshed_at
                .lock()
                .map_err(|_| OidcError::Setup("the key refresh lock was poisoned".into()))?;
            if refreshed_at.is_some_and(|at| now.saturating_sub(at) < KEY_REFRESH_INTERVAL_MS) {
                return Ok(None);
            }
            *refreshed_at = Some(now);
        }
        let discovered = Arc::new(self.discover().await?);
        *self.discovered.write().await = Some(discovered.clone());
        Ok(Some(discovered))
    }

    /// Where to send the browser at logout to end the provider's session too: its
    /// `end_session_endpoint` with the ID token as `id_token_hint` and our public URL as
    /// `post_logout_redirect_uri`. `None` when the provider names no such endpoint (or
    /// cannot be reached to say): the logout is then ours alone.
    pub(crate) async fn logout_url(&self, id_token: &str) -> Option<Url> {
        let discovered = match self.client().await {
            Ok(discovered) => discovered,
            Err(error) => {
                tracing::warn!(%error, "OIDC logout: the provider could not be discovered");
                return None;
            }
        };
        let end_session = discovered.end_session.clone()?;
        let mut request = LogoutRequest::from(end_session)
            .set_client_id(ClientId::new(self.settings.client_id.clone()))
            .set_post_logout_redirect_uri(self.after_logout.clone());
        match id_token.parse::<CoreIdToken>() {
            Ok(token) => request = request.set_id_token_hint(&token),
            Err(error) => tracing::warn!(%error, "OIDC logout: a stored ID token did not parse"),
        }
        Some(request.http_get_url())
    }

    pub(crate) async fn start(&self) -> Result<Started, OidcError> {
        let discovered = self.client().await?;
        let (challenge, verifier) = PkceCodeChallenge::new_random_sha256();
        let (url, state, nonce) = discovered
            .client
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
    /// time in Borgerbro. An ID token signed with a key id the keys at hand lack (the
    /// provider rotated its keys since discovery) makes Borgerbro fetch the provider's
    /// keys again, at most once every `KEY_REFRESH_INTERVAL_MS`, and check once more; a
    /// key id still unknown is `OidcError::UnknownKey`.
    pub(crate) async fn finish(
        &self,
        code: String,
        pkce_verifier: String,
        nonce: String,
        clock: &Clock,
    ) -> Result<Identity, OidcError> {
        let mut discovered = self.client().await?;
        let response = discovered
            .client
            .exchange_code(AuthorizationCode::new(code))
            .map_err(|e| OidcError::Setup(e.to_string()))?
            .set_pkce_verifier(PkceCodeVerifier::new(pkce_verifier))
            .request_async(&self.http)
            .await
            .map_err(|e| OidcError::Exchange(e.to_string()))?;
        let id_token = response
            .id_token()
            .ok_or_else(|| OidcError::Token("no ID token in the answer".into()))?;
        let nonce = Nonce::new(nonce);
        let unknown_key = |e: &ClaimsVerificationError| {
            matches!(
                e,
                ClaimsVerificationError::SignatureVerification(
                    SignatureVerificationError::NoMatchingKey
                )
            )
        };
        let checked = id_token
            .claims(&verifier(&discovered.client, clock), &nonce)
            .cloned();
        let claims = match checked {
            Ok(claims) => claims,
            Err(e) if unknown_key(&e) => {
                let Some(fresh) = self.refreshed(clock).await? else {
                    return Err(OidcError::UnknownKey(format!(
                        "{e}; the keys were fetched again less than a minute ago"
                    )));
                };
                discovered = fresh;
                id_token
                    .claims(&verifier(&discovered.client, clock), &nonce)
                    .cloned()
                    .map_err(|e| match unknown_key(&e) {
                        true => OidcError::UnknownKey(e.to_string()),
                        false => OidcError::Token(e.to_string()),
                    })?
            }
            Err(e) => return Err(OidcError::Token(e.to_string())),
        };
        let subject = claims.subject().clone();
        let name = match name_of(claims.name()) {
            Some(name) => Some(name),
            None => {
                self.name_from_user_info(&discovered.client, &response, &subject)
                    .await?
            }
        };
        Ok(Identity {
            key: format!("{} {}", claims.issuer().as_str(), subject.as_str()),
            name,
            subject: subject.as_str().to_owned(),
            id_token: id_token.to_string(),
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

/// The ID token's checks, its expiry by `clock` like every other time in Borgerbro.
fn verifier<'a>(
    client: &'a DiscoveredClient,
    clock: &Clock,
) -> openidconnect::IdTokenVerifier<'a, openidconnect::core::CoreJsonWebKey> {
    let clock = clock.clone();
    client.id_token_verifier().set_time_fn(move || {
        chrono::DateTime::from_timestamp_millis(clock.now_ms()).unwrap_or_default()
    })
}

/// The name without a language tag, as ID tokens and UserInfo answers both carry it.
fn name_of(claim: Option<&LocalizedClaim<EndUserName>>) -> Option<String> {
    claim
        .and_then(|name| name.get(None))
        .map(|name| name.as_str().to_owned())
}
