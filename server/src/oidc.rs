//! Staff login through the county's identity provider: OpenID Connect authorization code flow
//! with PKCE, state and nonce (openidconnect crate). The provider says who someone is; the
//! portal's own staff table says whether they work here and what they may do.

use axum::{
    extract::{Query, State},
    http::{header, HeaderMap, HeaderValue},
    response::{IntoResponse, Redirect, Response},
    Form,
};
use openidconnect::{
    core::{CoreAuthenticationFlow, CoreClient, CoreProviderMetadata},
    AuthorizationCode, ClientId, ClientSecret, CsrfToken, IssuerUrl, Nonce, OAuth2TokenResponse,
    PkceCodeChallenge, PkceCodeVerifier, RedirectUrl, Scope, TokenResponse,
};
use serde::Deserialize;
use tokio::sync::OnceCell;

use app::i18n::Lang;

use crate::{config::OidcConfig, startup::AppState};

/// The path the provider sends people back to; register `PUBLIC_BASE_URL` + this with it.
pub const CALLBACK_PATH: &str = "/auth/oidc/callback";
/// A short-lived cookie binds the returning browser to the one that left (login CSRF).
const STATE_COOKIE: &str = "neste_steg_oidc_state";

pub struct Oidc {
    config: OidcConfig,
    redirect: String,
    http: openidconnect::reqwest::Client,
    /// Discovered on first use and kept: a provider that is down at start blocks nothing else.
    metadata: OnceCell<CoreProviderMetadata>,
}

impl Oidc {
    pub fn new(config: OidcConfig, public_origin: &str) -> Oidc {
        let http = openidconnect::reqwest::ClientBuilder::new()
            // Following redirects would open the door to server-side request forgery.
            .redirect(openidconnect::reqwest::redirect::Policy::none())
            .timeout(std::time::Duration::from_secs(10))
            .build()
            .unwrap_or_default();
        Oidc {
            config,
            redirect: format!("{public_origin}{CALLBACK_PATH}"),
            http,
            metadata: OnceCell::new(),
        }
    }

    /// Where the login form's redirect goes: the issuer's origin and, once discovery has said
    /// so, the authorization endpoint's (the page's `form-action` must allow both).
    pub fn origins(&self) -> Vec<String> {
        let origin = |url: &str| {
            reqwest::Url::parse(url)
                .ok()
                .map(|u| u.origin().ascii_serialization())
                .filter(|o| o != "null")
        };
        let mut origins: Vec<String> = origin(&self.config.issuer_url).into_iter().collect();
        if let Some(endpoint) = self
            .metadata
            .get()
            .and_then(|m| origin(m.authorization_endpoint().as_str()))
        {
            if !origins.contains(&endpoint) {
                origins.push(endpoint);
            }
        }
        origins
    }

    /// Discovery ahead of the first login (see `origins`); a failure is logged and retried then.
    pub async fn discover(&self) {
        if let Err(error) = self.metadata().await {
            tracing::warn!(%error, "identity provider not discovered at start");
        }
    }

    async fn metadata(&self) -> Result<&CoreProviderMetadata, String> {
        self.metadata
            .get_or_try_init(|| async {
                let issuer =
                    IssuerUrl::new(self.config.issuer_url.clone()).map_err(|e| e.to_string())?;
                CoreProviderMetadata::discover_async(issuer, &self.http)
                    .await
                    .map_err(|e| format!("discovery failed: {e}"))
            })
            .await
    }

    async fn client(
        &self,
    ) -> Result<
        CoreClient<
            openidconnect::EndpointSet,
            openidconnect::EndpointNotSet,
            openidconnect::EndpointNotSet,
            openidconnect::EndpointNotSet,
            openidconnect::EndpointMaybeSet,
            openidconnect::EndpointMaybeSet,
        >,
        String,
    > {
        let metadata = self.metadata().await?.clone();
        let redirect = RedirectUrl::new(self.redirect.clone()).map_err(|e| e.to_string())?;
        Ok(CoreClient::from_provider_metadata(
            metadata,
            ClientId::new(self.config.client_id.clone()),
            Some(ClientSecret::new(self.config.client_secret.clone())),
        )
        .set_redirect_uri(redirect))
    }
}

#[derive(Deserialize)]
pub struct StartForm {
    #[serde(default)]
    lang: String,
    /// The staff page to return to after the login (from the login page's `next`).
    #[serde(default)]
    next: Option<String>,
}

fn lang_of(code: &str) -> Lang {
    Lang::from_code(code).unwrap_or(Lang::DEFAULT)
}

fn back_to_login(lang: Lang) -> Response {
    Redirect::to(&format!("/{}/staff/login?oidc=failed", lang.code())).into_response()
}

fn state_cookie(value: &str, max_age: i64, secure: bool) -> HeaderValue {
    HeaderValue::from_str(&format!(
        "{STATE_COOKIE}={value}; Path=/auth/oidc; HttpOnly; SameSite=Lax; Max-Age={max_age}{}",
        if secure { "; Secure" } else { "" }
    ))
    .unwrap_or_else(|_| HeaderValue::from_static(""))
}

/// `POST /auth/oidc/start`: off to the provider, with a fresh state, nonce and PKCE challenge.
pub async fn start(State(state): State<AppState>, Form(form): Form<StartForm>) -> Response {
    let lang = lang_of(&form.lang);
    let Some(oidc) = state.oidc.as_ref() else {
        return back_to_login(lang);
    };
    let client = match oidc.client().await {
        Ok(client) => client,
        Err(error) => {
            tracing::error!(%error, "identity provider unavailable");
            return back_to_login(lang);
        }
    };
    let (challenge, verifier) = PkceCodeChallenge::new_random_sha256();
    let (url, csrf, nonce) = client
        .authorize_url(
            CoreAuthenticationFlow::AuthorizationCode,
            CsrfToken::new_random,
            Nonce::new_random,
        )
        .add_scope(Scope::new("email".into()))
        .add_scope(Scope::new("profile".into()))
        .set_pkce_challenge(challenge)
        .url();
    let pending = domain::oidc_login::Pending {
        pkce_verifier: verifier.secret().clone(),
        nonce: nonce.secret().clone(),
        lang: lang.code().into(),
        return_to: form.next.filter(|n| app::is_staff_return(n)),
    };
    if let Err(error) =
        domain::oidc_login::begin(&state.db, csrf.secret(), &pending, chrono::Utc::now()).await
    {
        tracing::error!(%error, "could not start an OIDC login");
        return back_to_login(lang);
    }
    let mut response = Redirect::to(url.as_str()).into_response();
    response.headers_mut().append(
        header::SET_COOKIE,
        state_cookie(
            csrf.secret(),
            domain::oidc_login::LIFETIME_MINUTES * 60,
            state.portal.secure_cookies,
        ),
    );
    response
}

#[derive(Deserialize)]
pub struct Callback {
    code: Option<String>,
    state: Option<String>,
}

/// `GET /auth/oidc/callback`: the provider's answer. Checks the state (once, against the cookie
/// of the browser that left), exchanges the code with the PKCE verifier, verifies the ID token and
/// its nonce, and lets in an active member of staff whose e-mail the provider vouches for.
pub async fn callback(
    State(state): State<AppState>,
    Query(callback): Query<Callback>,
    headers: HeaderMap,
) -> Response {
    let portal = &state.portal;
    let now = chrono::Utc::now();
    let cookie_state = crate::routes::cookie(&headers, STATE_COOKIE);
    let (Some(oidc), Some(code), Some(returned_state)) =
        (state.oidc.as_ref(), callback.code, callback.state)
    else {
        return back_to_login(Lang::DEFAULT);
    };
    if cookie_state.as_deref() != Some(returned_state.as_str()) {
        tracing::warn!("OIDC callback without the state cookie of the browser that started it");
        return back_to_login(Lang::DEFAULT);
    }
    let pending = match domain::oidc_login::take(&state.db, &returned_state, now).await {
        Ok(Some(pending)) => pending,
        Ok(None) => return back_to_login(Lang::DEFAULT),
        Err(error) => {
            tracing::error!(%error, "OIDC state lookup failed");
            return back_to_login(Lang::DEFAULT);
        }
    };
    let lang = lang_of(&pending.lang);
    let pending_return = pending.return_to.clone();
    let identity = match verified_identity(oidc, code, pending).await {
        Ok(identity) => identity,
        Err(error) => {
            tracing::warn!(%error, "OIDC login refused");
            return back_to_login(lang);
        }
    };
    let staff = match domain::oidc_login::staff_for_subject(
        &state.db,
        portal.county.id,
        &identity.issuer,
        &identity.subject,
        &identity.email,
        now,
    )
    .await
    {
        Ok(Some(staff)) => staff,
        Ok(None) => {
            tracing::warn!("OIDC login by someone without an active account here, or for an account bound to another subject");
            return back_to_login(lang);
        }
        Err(error) => {
            tracing::error!(%error, "staff lookup failed");
            return back_to_login(lang);
        }
    };
    let token =
        match domain::session::start(&state.db, &staff, domain::session::Method::Oidc, now).await {
            Ok(token) => token,
            Err(error) => {
                tracing::error!(%error, "could not start a session");
                return back_to_login(lang);
            }
        };
    let target = pending_return
        .filter(|n| app::is_staff_return(n))
        .unwrap_or_else(|| format!("/{}/staff", lang.code()));
    let mut response = Redirect::to(&target).into_response();
    let secure = portal.secure_cookies;
    let session = format!(
        "{}={token}; Path=/; HttpOnly; SameSite=Lax{}",
        app::session::server::SESSION_COOKIE,
        if secure { "; Secure" } else { "" }
    );
    if let Ok(value) = HeaderValue::from_str(&session) {
        response.headers_mut().append(header::SET_COOKIE, value);
    }
    response
        .headers_mut()
        .append(header::SET_COOKIE, state_cookie("", 0, secure));
    response
}

/// Who the provider says signed in.
struct Identity {
    issuer: String,
    subject: String,
    email: String,
}

/// An e-mail counts only when the provider says it has verified it: an unverified address is
/// whatever the person typed at the provider.
fn verified(email_verified: Option<bool>) -> Result<(), String> {
    match email_verified {
        Some(true) => Ok(()),
        _ => Err("the provider does not say the e-mail address is verified".into()),
    }
}

async fn verified_identity(
    oidc: &Oidc,
    code: String,
    pending: domain::oidc_login::Pending,
) -> Result<Identity, String> {
    let client = oidc.client().await?;
    let token = client
        .exchange_code(AuthorizationCode::new(code))
        .map_err(|e| e.to_string())?
        .set_pkce_verifier(PkceCodeVerifier::new(pending.pkce_verifier))
        .request_async(&oidc.http)
        .await
        .map_err(|e| format!("token exchange failed: {e}"))?;
    let id_token = token.id_token().ok_or("no ID token")?;
    let claims = id_token
        .claims(&client.id_token_verifier(), &Nonce::new(pending.nonce))
        .map_err(|e| format!("ID token refused: {e}"))?;
    let identity = |email: &str| Identity {
        issuer: claims.issuer().as_str().to_string(),
        subject: claims.subject().as_str().to_string(),
        email: email.to_lowercase(),
    };
    if let Some(email) = claims.email() {
        verified(claims.email_verified())?;
        return Ok(identity(email.as_str()));
    }
    // Providers that keep ID tokens minimal give the e-mail at the userinfo endpoint, for the
    // subject the ID token names.
    let info: openidconnect::core::CoreUserInfoClaims = client
        .user_info(token.access_token().clone(), Some(claims.subject().clone()))
        .map_err(|e| e.to_string())?
        .request_async(&oidc.http)
        .await
        .map_err(|e| format!("userinfo failed: {e}"))?;
    verified(info.email_verified())?;
    let email = info.email().ok_or("no e-mail claim")?;
    Ok(identity(email.as_str()))
}

#[cfg(test)]
mod tests {
    #[test]
    fn only_a_verified_email_counts() {
        assert!(super::verified(Some(true)).is_ok());
        assert!(super::verified(Some(false)).is_err());
        assert!(
            super::verified(None).is_err(),
            "a provider that says nothing has verified nothing"
        );
    }
}
