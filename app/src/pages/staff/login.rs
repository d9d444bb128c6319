//! Staff login with e-mail and password. A plain form: with JavaScript it posts by fetch and
//! shows errors in place; without, the server redirects back with the error in the URL and the
//! page renders the same summary.

use leptos::prelude::*;
use leptos_meta::Title;

use crate::{
    components::{
        error_summary::{ErrorSummary, Problem},
        field::Field,
    },
    error::AppError,
    i18n::use_i18n,
    t,
};

#[leptos::server(prefix = "/api", endpoint = "login")]
pub async fn login(lang: String, email: String, password: String) -> Result<(), AppError> {
    use crate::session::server::{client_ip, set_session_cookie};
    use domain::login::{LoginError, LoginFailure};

    let portal = crate::portal::server::use_portal()?;
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
    let token = domain::session::start(&portal.db, staff.id, now).await?;
    domain::audit::record(
        &portal.db,
        &domain::audit::NewAuditEvent {
            county_id: portal.county.id,
            staff_id: Some(staff.id),
            department_id: None,
            action: "session.login",
            subject_type: "staff",
            subject_id: staff.id.to_string(),
            detail: String::new(),
        },
        now,
    )
    .await?;
    set_session_cookie(&token, portal.secure_cookies);
    leptos_axum::redirect(&format!("/{}/staff", lang.code()));
    Ok(())
}

#[component]
pub fn LoginPage() -> impl IntoView {
    let i18n = use_i18n();
    let action = ServerAction::<Login>::new();
    let error = move || action.value().get().and_then(Result::err);
    let field_error = move |field: &'static str| {
        move || match error() {
            Some(AppError::InvalidInput { fields }) => fields.iter().any(|f| f == field),
            _ => false,
        }
    };
    let problems = {
        let i18n = i18n.clone();
        move || match error() {
            None => Vec::new(),
            Some(AppError::InvalidInput { fields }) => fields
                .iter()
                .filter_map(|f| match f.as_str() {
                    "email" => Some(Problem {
                        field_id: "email",
                        message: t!(i18n, "login-email-missing"),
                    }),
                    "password" => Some(Problem {
                        field_id: "password",
                        message: t!(i18n, "login-password-missing"),
                    }),
                    _ => None,
                })
                .collect(),
            Some(other) => vec![Problem {
                field_id: "email",
                message: i18n.loader().get(other.message_id()),
            }],
        }
    };
    let email_invalid = field_error("email");
    let password_invalid = field_error("password");
    let email_message = t!(i18n, "login-email-missing");
    let password_message = t!(i18n, "login-password-missing");
    view! {
        <Title text=t!(i18n, "login-title")/>
        <h1>{t!(i18n, "login-title")}</h1>
        {move || view! { <ErrorSummary problems=problems()/> }}
        <ActionForm action=action attr:class="form" attr:novalidate=true>
            <input type="hidden" name="lang" value=i18n.lang().code()/>
            <Field
                id="email"
                label=t!(i18n, "login-email")
                error=email_message
                invalid=Signal::derive(email_invalid)
                input_type="email"
                autocomplete="username"
            />
            <Field
                id="password"
                label=t!(i18n, "login-password")
                error=password_message
                invalid=Signal::derive(password_invalid)
                input_type="password"
                autocomplete="current-password"
            />
            <button type="submit" class="button">{t!(i18n, "login-submit")}</button>
        </ActionForm>
    }
}
