//! `/{lang}/bestill/bekreft/{token}`: the young person types the six-digit code that was sent to
//! the mobile or e-mail they gave on the public booking page. Only then is the time held
//! (`domain::booking::verification`). Server only, like the rest of booking.

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_params_map;
use serde::{Deserialize, Serialize};

use crate::{
    components::{
        error_summary::{field_invalid, problems_for, ErrorSummary},
        form::{kept, Form},
    },
    error::AppError,
    i18n::use_i18n,
    t,
};

/// What the code page shows of the request it confirms.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CodeView {
    pub when: String,
    pub form: String,
    /// `sms` or `email`.
    pub channel: String,
    /// Where the code went, partly hidden (`••• •• 567`, `s•••@example.no`).
    pub sent_to: String,
    /// Expired, used or out of tries.
    pub gone: bool,
    /// Used: the request was sent, and no new code can be asked for.
    pub used: bool,
    /// Tries left for this code.
    pub tries_left: i64,
}

/// Shows enough of a mobile or e-mail for its owner to recognise it, and little more.
pub fn mask(recipient: &str) -> String {
    match recipient.split_once('@') {
        Some((local, domain)) => {
            let first: String = local.chars().take(1).collect();
            format!("{first}•••@{domain}")
        }
        None => {
            let digits: Vec<char> = recipient.chars().filter(char::is_ascii_digit).collect();
            let last: String = digits[digits.len().saturating_sub(3)..].iter().collect();
            format!("••• •• {last}")
        }
    }
}

#[leptos::server(prefix = "/api", endpoint = "booking-code")]
pub async fn get_booking_code(lang: String, token: String) -> Result<CodeView, AppError> {
    let portal = crate::portal::server::use_portal()?;
    let i18n = crate::i18n::server::i18n(super::flow::server::lang(&lang));
    let p = domain::booking::verification::pending(&portal.db, &token)
        .await
        .map_err(|_| super::flow::server::not_found())?;
    if p.county_id != portal.county.id {
        return Err(super::flow::server::not_found());
    }
    let policy = portal.verification_policy.clone();
    let (channel, recipient) = match (&p.mobile, &p.email) {
        (Some(m), _) => ("sms", m.clone()),
        (None, e) => ("email", e.clone().unwrap_or_default()),
    };
    Ok(CodeView {
        when: crate::calendar::when_label(&i18n, p.starts_at),
        form: crate::calendar::form_label(&i18n, p.form),
        channel: channel.into(),
        sent_to: mask(&recipient),
        gone: p.used_at.is_some()
            || p.expires_at <= chrono::Utc::now()
            || p.attempts >= policy.max_attempts,
        used: p.used_at.is_some(),
        tries_left: (policy.max_attempts - p.attempts).max(0),
    })
}

/// A new code for the same page, after a mistyped, expired or used-up one: within the limits
/// of the first code, so a page cannot be used to send messages or to guess more often.
#[leptos::server(prefix = "/api", endpoint = "resend-booking-code")]
pub async fn resend_booking_code(lang: String, token: String) -> Result<(), AppError> {
    use domain::booking::verification::{self, Refusal};
    let portal = crate::portal::server::use_portal()?;
    let p = verification::pending(&portal.db, &token)
        .await
        .map_err(|_| super::flow::server::not_found())?;
    if p.county_id != portal.county.id {
        return Err(super::flow::server::not_found());
    }
    let service = portal.county.service_name.clone();
    let language = p.language.clone();
    let sent = verification::resend(
        &portal.db,
        &token,
        &crate::session::server::client_ip(),
        &portal.verification_policy,
        |code, channel, recipient| {
            crate::messages::booking_code(&service, &language, code, channel, recipient)
        },
        chrono::Utc::now(),
    )
    .await?;
    match sent {
        Ok(_) => {
            leptos_axum::redirect(&format!(
                "/{}/bestill/bekreft/{token}?ny-kode=1",
                super::flow::server::lang(&lang).code()
            ));
            Ok(())
        }
        Err(Refusal::Throttled) => Err(AppError::Throttled),
        Err(_) => Err(AppError::CodeGone),
    }
}

#[leptos::server(prefix = "/api", endpoint = "confirm-booking-code")]
pub async fn confirm_booking_code(
    lang: String,
    token: String,
    code: String,
) -> Result<(), AppError> {
    use domain::booking::verification::{self, Refusal};
    let portal = crate::portal::server::use_portal()?;
    let code: String = code.chars().filter(|c| !c.is_whitespace()).collect();
    if code.len() != 6 || !code.chars().all(|c| c.is_ascii_digit()) {
        return Err(AppError::InvalidInput {
            fields: vec!["code".into()],
        });
    }
    let p = verification::pending(&portal.db, &token)
        .await
        .map_err(|_| super::flow::server::not_found())?;
    if p.county_id != portal.county.id {
        return Err(super::flow::server::not_found());
    }
    let compose = super::flow::booking_composer(&portal).await?;
    let requested = verification::confirm(
        &portal.db,
        &token,
        &code,
        &portal.booking_policy,
        &portal.verification_policy,
        &compose,
        chrono::Utc::now(),
    )
    .await?;
    match requested {
        Ok(requested) => {
            super::flow::server::go_to_booking(&lang, &requested.token);
            Ok(())
        }
        Err(Refusal::WrongCode { .. }) => Err(AppError::WrongCode),
        Err(Refusal::TooManyActive) => Err(AppError::TooManyActive),
        Err(Refusal::Gone | Refusal::Throttled) => Err(AppError::CodeGone),
    }
}

#[component]
pub fn BookingCodePage() -> impl IntoView {
    let i18n = use_i18n();
    let params = use_params_map();
    let token = params.with_untracked(|p| p.get("token").unwrap_or_default());
    let view_resource =
        OnceResource::new_blocking(get_booking_code(i18n.lang().code().into(), token.clone()));
    let title = t!(i18n, "booking-code-title");
    let body = move || {
        let i18n = i18n.clone();
        let token = token.clone();
        Suspend::new(async move {
            match view_resource.await {
                Ok(view) => view! { <CodeForm view token/> }.into_any(),
                Err(AppError::NotFound) => {
                    let phone = crate::portal::use_service_info().phone;
                    view! { <p><crate::components::phone::PhoneText text=t!(i18n, "booking-unusable-text", phone = phone.clone()) phone/></p> }.into_any()
                }
                Err(err) => view! { <p class="error-message" role="alert">{i18n.loader().get(err.message_id())}</p> }.into_any(),
            }
        })
    };
    view! {
        <Title text=title.clone()/>
        <h1>{title}</h1>
        <Suspense fallback=|| ()>{body}</Suspense>
    }
}

#[component]
fn CodeForm(view: CodeView, token: String) -> impl IntoView {
    let i18n = use_i18n();
    let action = ServerAction::<ConfirmBookingCode>::new();
    let error = move || action.value().get().and_then(Result::err);
    let gone = view.gone;
    let code_message = t!(i18n, "booking-code-missing");
    // A used-up code has no field to fix: its problems point at «choose again».
    let first_field = if gone { "again" } else { "code" };
    let problems = {
        let i18n = i18n.clone();
        let messages = [("code", code_message.clone())];
        move || problems_for(&i18n, error(), &messages, first_field)
    };
    let invalid = Signal::derive(move || {
        field_invalid(error, "code").get()
            || matches!(error(), Some(AppError::WrongCode | AppError::CodeGone))
    });
    let sent = match view.channel.as_str() {
        "sms" => t!(i18n, "booking-code-sent-sms", to = view.sent_to.clone()),
        _ => t!(i18n, "booking-code-sent-email", to = view.sent_to.clone()),
    };
    let lang = i18n.lang().code();
    // Choosing another time keeps the office, the name and the contact typed before.
    let again_href = i18n.href(&format!("/bestill/bekreft/{token}/ny-tid"));
    let again = t!(i18n, "booking-code-again");
    let resend = ServerAction::<ResendBookingCode>::new();
    let resend_refused = resend.value().get_untracked().and_then(Result::err);
    let renewed =
        leptos_router::hooks::use_query_map().with_untracked(|q| q.get("ny-kode").is_some());
    let new_code = (!view.used).then(|| {
        let i18n = i18n.clone();
        let token = token.clone();
        view! {
            {resend_refused.map(|err| view! { <p class="error-message" role="alert">{i18n.loader().get(err.message_id())}</p> })}
            <Form action=resend class="inline-form">
                <input type="hidden" name="lang" value=lang/>
                <input type="hidden" name="token" value=token/>
                <button type="submit" class="button button--secondary">{t!(i18n, "booking-code-resend")}</button>
            </Form>
        }
    });
    let last_try = !gone && view.tries_left == 1;
    let field_error = move || match error() {
        Some(AppError::WrongCode) => use_i18n().loader().get("booking-code-wrong"),
        Some(AppError::CodeGone) => use_i18n().loader().get("booking-code-gone"),
        _ => code_message.clone(),
    };
    view! {
        <dl class="booking-facts">
            <dt>{t!(i18n, "booking-when")}</dt><dd>{view.when.clone()}</dd>
            <dt>{t!(i18n, "booking-how")}</dt><dd>{view.form.clone()}</dd>
        </dl>
        {if gone {
            // Gone after a refused try (the time was taken meanwhile): the summary says why.
            let refused = action.value().get_untracked().is_some_and(|r| r.is_err());
            view! {
                {move || view! { <ErrorSummary problems=problems()/> }}
                {(!refused).then(|| view! { <p class="error-message" role="alert">{t!(i18n, "booking-code-gone")}</p> })}
                {new_code}
                <p><a class="button" id="again" href=again_href>{again}</a></p>
            }.into_any()
        } else {
            view! {
                {renewed.then(|| view! { <p class="notice" role="status">{t!(i18n, "booking-code-resent")}</p> })}
                <p class="lead">{sent}</p>
                {move || view! { <ErrorSummary problems=problems()/> }}
                {last_try.then(|| view! { <p class="notice notice--warning" role="alert">{t!(i18n, "booking-code-last-try")}</p> })}
                <Form action=action class="form" novalidate=true>
                    <input type="hidden" name="lang" value=lang/>
                    <input type="hidden" name="token" value=token/>
                    <div class="field" class:field--error=move || invalid.get()>
                        <label for="code">{t!(i18n, "booking-code-label")}</label>
                        <p class="field__hint" id="code-hint">{t!(i18n, "booking-code-hint")}</p>
                        <Show when=move || invalid.get()>
                            <p class="field__error" id="code-error">{field_error.clone()}</p>
                        </Show>
                        <input id="code" name="code" type="text" inputmode="numeric" autocomplete="one-time-code" value=kept("code", "")
                            maxlength="7" required=true
                            aria-describedby=move || if invalid.get() { "code-hint code-error" } else { "code-hint" }
                            aria-invalid=move || if invalid.get() { "true" } else { "false" }/>
                    </div>
                    <button type="submit" class="button">{t!(i18n, "booking-code-submit")}</button>
                </Form>
                {new_code}
                <p><a href=again_href>{again}</a></p>
            }.into_any()
        }}
    }
}
