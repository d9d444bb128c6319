//! Staff login with e-mail and password. A plain form: with JavaScript it posts by fetch and
//! shows errors in place; without, the server redirects back with the error in the URL and the
//! page renders the same summary.

use leptos::prelude::*;
use leptos_meta::Title;

use crate::{
    components::{
        error_summary::{field_invalid, problems_for, ErrorSummary},
        field::Field,
        form::Form,
    },
    error::AppError,
    i18n::use_i18n,
    t,
};

#[leptos::server(prefix = "/api", endpoint = "login")]
pub async fn login(
    lang: String,
    email: String,
    password: String,
    next: Option<String>,
) -> Result<(), AppError> {
    use crate::session::server::{client_ip, set_session_cookie};
    use domain::login::{LoginError, LoginFailure};

    let portal = crate::portal::server::use_portal()?;
    if !portal.local_login {
        // Local passwords are turned off: the county's identity provider is the only way in.
        return Err(AppError::NotFound);
    }
    use crate::i18n::Lang;
    let lang = Lang::from_code(&lang).unwrap_or(Lang::DEFAULT);
    let mut fields = Vec::new();
    if email.trim().is_empty() {
        fields.push("email".to_string());
    }
    if password.is_empty() {
        fields.push("password".to_string());
    }
    if !fields.is_empty() {
        return Err(AppError::InvalidInput { fields });
    }
    let now = chrono::Utc::now();
    let ip = client_ip();
    let staff = domain::login::authenticate(
        &portal.db,
        portal.county.id,
        &email,
        &password,
        &ip,
        portal.throttle_policy,
        now,
    )
    .await
    .map_err(|failure| match failure {
        LoginFailure::Refused(LoginError::WrongCredentials) => AppError::WrongCredentials,
        LoginFailure::Refused(LoginError::Disabled) => AppError::AccountDisabled,
        LoginFailure::Refused(LoginError::Throttled) => AppError::Throttled,
        LoginFailure::Domain(err) => err.into(),
    })?;
    let token =
        domain::session::start(&portal.db, &staff, domain::session::Method::Password, now).await?;
    set_session_cookie(&token, portal.secure_cookies);
    // Back to the staff page that sent them here; anything else (another site, a public page)
    // goes to the workplace.
    let target = next
        .filter(|n| {
            crate::is_return_path(n) && crate::is_staff_path(n.split('?').next().unwrap_or(""))
        })
        .unwrap_or_else(|| format!("/{}/staff", lang.code()));
    leptos_axum::redirect(&target);
    Ok(())
}

/// Which ways in this installation offers: (identity provider, local password).
#[leptos::server(prefix = "/api", endpoint = "login-options")]
pub async fn get_login_options() -> Result<(bool, bool), AppError> {
    let portal = crate::portal::server::use_portal()?;
    Ok((portal.oidc_login, portal.local_login))
}

/// The button to the county's identity provider (a form: starting a login is a POST).
#[component]
fn ProviderLogin() -> impl IntoView {
    let i18n = use_i18n();
    let failed = leptos_router::hooks::use_query_map().with_untracked(|q| q.get("oidc").is_some());
    let next = return_to();
    view! {
        {failed.then(|| view! { <p class="error-message" role="alert">{t!(i18n, "login-oidc-failed")}</p> })}
        <form method="post" action="/auth/oidc/start" class="form">
            <input type="hidden" name="lang" value=i18n.lang().code()/>
            {next.map(|next| view! { <input type="hidden" name="next" value=next/> })}
            <button type="submit" class="button">{t!(i18n, "login-oidc")}</button>
        </form>
    }
}

/// Where the visitor was going when the staff area sent them here (checked again on login).
fn return_to() -> Option<String> {
    leptos_router::hooks::use_query_map()
        .with_untracked(|q| q.get("next"))
        .filter(|n| crate::is_staff_return(n))
}

#[component]
pub fn LoginPage() -> impl IntoView {
    let options = Resource::new_blocking(|| (), |_| get_login_options());
    let i18n = use_i18n();
    let title = t!(i18n, "login-title");
    view! {
        <Title text=title.clone()/>
        <h1>{title}</h1>
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                let (oidc, local) = options.await.unwrap_or((false, true));
                view! {
                    {oidc.then(|| view! { <ProviderLogin/> })}
                    {local.then(|| view! { <PasswordLogin/> })}
                }
            })}
        </Suspense>
    }
}

#[component]
fn PasswordLogin() -> impl IntoView {
    let i18n = use_i18n();
    let next = return_to();
    let action = ServerAction::<Login>::new();
    let error = move || action.value().get().and_then(Result::err);
    let email_message = t!(i18n, "login-email-missing");
    let password_message = t!(i18n, "login-password-missing");
    let problems = {
        let i18n = i18n.clone();
        let messages = [
            ("email", email_message.clone()),
            ("password", password_message.clone()),
        ];
        move || problems_for(&i18n, error(), &messages, "email")
    };
    let email_invalid = field_invalid(error, "email");
    let password_invalid = field_invalid(error, "password");
    view! {
        {move || view! { <ErrorSummary problems=problems()/> }}
        <Form action=action class="form" novalidate=true>
            <input type="hidden" name="lang" value=i18n.lang().code()/>
            {next.map(|next| view! { <input type="hidden" name="next" value=next/> })}
            <Field
                id="email"
                label=t!(i18n, "login-email")
                error=email_message
                invalid=email_invalid
                input_type="email"
                autocomplete="username"
            />
            <Field
                id="password"
                label=t!(i18n, "login-password")
                error=password_message
                invalid=password_invalid
                input_type="password"
                autocomplete="current-password"
            />
            <crate::islands::SendButton label=t!(i18n, "login-submit") working=t!(i18n, "sending") summary_title=t!(i18n, "error-summary-title") secondary=false/>
        </Form>
    }
}
