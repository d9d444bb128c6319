//! The pages and server functions of the answer (server only; see `super`).

use leptos::{prelude::*, server_fn::ServerFn};
use leptos_meta::Title;
use leptos_router::hooks::use_params_map;
use serde::{Deserialize, Serialize};

use super::Step;
use crate::{
    components::{
        choice::{Choice, ChoiceGroup},
        error_summary::{field_invalid, problems_for, ErrorSummary},
        field::Field,
        form::{kept, Form},
    },
    error::AppError,
    i18n::use_i18n,
    islands::{CharacterCount, SendButton},
    t,
};

use domain::answer::{CHANNELS, CONTACT_TIMES};

/// What the answer pages show: who is asking whom, and what has been answered so far.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AnswerView {
    pub service_name: String,
    pub phone: String,
    pub first_name: String,
    pub reference: Option<String>,
    pub activity: Option<String>,
    pub details: String,
    pub channels: Vec<String>,
    pub contact_time: Option<String>,
    pub handled: bool,
    /// Whether OT has a mobile and an e-mail on file: for what it lacks, the contact step asks
    /// (SMS and calls need a mobile, e-mail an address).
    pub has_mobile: bool,
    pub has_email: bool,
    /// What they gave in the contact step for what OT lacked.
    pub given_mobile: String,
    pub given_email: String,
}

#[cfg(feature = "ssr")]
mod server {
    use super::*;
    use crate::{i18n::Lang, portal::server::use_portal, session::server::client_ip};
    use domain::answer::{LinkRefusal, Opened};

    /// Resolves a link token, or answers as if it never existed. A wrong token gets 404 and a
    /// throttled address 429 — to the page, never a hint about which tokens exist.
    pub async fn open(token: &str) -> Result<(crate::portal::server::Portal, Opened), AppError> {
        let portal = use_portal()?;
        let opened = domain::answer::open(
            &portal.db,
            token,
            &client_ip(),
            portal.link_throttle,
            chrono::Utc::now(),
        )
        .await?;
        match opened {
            Ok(opened) => Ok((portal, opened)),
            Err(refusal) => {
                let (status, error) = match refusal {
                    LinkRefusal::Unusable | LinkRefusal::Ended => {
                        (http::StatusCode::NOT_FOUND, AppError::NotFound)
                    }
                    LinkRefusal::Throttled => {
                        (http::StatusCode::TOO_MANY_REQUESTS, AppError::Throttled)
                    }
                };
                if let Some(response) = use_context::<leptos_axum::ResponseOptions>() {
                    response.set_status(status);
                }
                Err(error)
            }
        }
    }

    /// Sends the browser on to the next step of the same link.
    pub fn next(lang: &str, token: &str, step: &str) {
        let lang = Lang::from_code(lang).unwrap_or(Lang::DEFAULT);
        let step = if step.is_empty() {
            String::new()
        } else {
            format!("/{step}")
        };
        leptos_axum::redirect(&format!("/{}/svar/{token}{step}", lang.code()));
    }

    /// A handled answer cannot be changed: the page says it was received and how to reach OT.
    pub fn refuse_if_handled(opened: &Opened) -> Result<(), AppError> {
        if opened.is_handled() {
            Err(AppError::Conflict)
        } else {
            Ok(())
        }
    }
}

/// Opens an answer link for another flow (booking from the answer), with the same refusals.
pub async fn open_link(
    token: &str,
) -> Result<(crate::portal::server::Portal, domain::answer::Opened), AppError> {
    server::open(token).await
}

#[leptos::server(prefix = "/api", endpoint = "answer")]
pub async fn get_answer(token: String) -> Result<AnswerView, AppError> {
    let (portal, opened) = server::open(&token).await?;
    Ok(AnswerView {
        has_mobile: opened.has_mobile,
        has_email: opened.has_email,
        service_name: portal.county.service_name,
        phone: portal.county.phone,
        first_name: opened.first_name.clone(),
        reference: opened.reference.clone(),
        activity: opened.activity.clone(),
        details: opened.details.clone().unwrap_or_default(),
        channels: opened
            .contact_channels
            .as_deref()
            .unwrap_or_default()
            .split(',')
            .filter(|c| !c.is_empty())
            .map(str::to_string)
            .collect(),
        contact_time: opened.contact_time.clone(),
        handled: opened.is_handled(),
        given_mobile: opened.given_mobile.clone().unwrap_or_default(),
        given_email: opened.given_email.clone().unwrap_or_default(),
    })
}

#[leptos::server(prefix = "/api", endpoint = "answer-activity")]
pub async fn save_activity(
    lang: String,
    token: String,
    activity: Option<String>,
) -> Result<(), AppError> {
    let (portal, opened) = server::open(&token).await?;
    server::refuse_if_handled(&opened)?;
    let activity = domain::status_code::Activity::parse(activity.as_deref().unwrap_or_default())?;
    domain::answer::save_activity(
        &portal.db,
        opened.contact_request_id,
        activity,
        chrono::Utc::now(),
    )
    .await?;
    let step = if activity.asks_for_details() {
        "detaljer"
    } else {
        "kvittering"
    };
    server::next(&lang, &token, step);
    Ok(())
}

#[leptos::server(prefix = "/api", endpoint = "answer-details")]
pub async fn save_details(lang: String, token: String, details: String) -> Result<(), AppError> {
    let (portal, opened) = server::open(&token).await?;
    server::refuse_if_handled(&opened)?;
    domain::answer::save_details(
        &portal.db,
        opened.contact_request_id,
        &details,
        chrono::Utc::now(),
    )
    .await?;
    // How OT may get in touch is asked only of someone who asked OT to.
    let asks_for_contact = opened
        .activity
        .as_deref()
        .and_then(|a| domain::status_code::Activity::parse(a).ok())
        .is_some_and(|a| a.asks_for_contact());
    let step = if asks_for_contact {
        "kontakt"
    } else {
        "kvittering"
    };
    server::next(&lang, &token, step);
    Ok(())
}

#[leptos::server(prefix = "/api", endpoint = "answer-contact")]
#[allow(clippy::too_many_arguments)]
pub async fn save_contact(
    lang: String,
    token: String,
    sms: Option<String>,
    call: Option<String>,
    email_channel: Option<String>,
    contact_time: Option<String>,
    mobile: Option<String>,
    email: Option<String>,
) -> Result<(), AppError> {
    let (portal, opened) = server::open(&token).await?;
    server::refuse_if_handled(&opened)?;
    let channels: Vec<String> = [("sms", sms), ("call", call), ("email", email_channel)]
        .into_iter()
        .filter_map(|(name, value)| value.map(|_| name.to_string()))
        .collect();
    let contact_time = contact_time.unwrap_or_default();
    let given = domain::answer::GivenContact { mobile, email };
    // Every problem at once.
    let fields: Vec<String> =
        domain::answer::check_contact(&opened, &channels, &contact_time, &given)
            .into_iter()
            .map(|p| p.field.to_string())
            .collect();
    if !fields.is_empty() {
        return Err(AppError::InvalidInput { fields });
    }
    domain::answer::save_contact(
        &portal.db,
        &opened,
        &channels,
        &contact_time,
        &given,
        chrono::Utc::now(),
    )
    .await?;
    server::next(&lang, &token, "kvittering");
    Ok(())
}

/// A code from a paper letter opens the same pages as a link (with a link of its own).
#[leptos::server(prefix = "/api", endpoint = "answer-code")]
pub async fn enter_letter_code(lang: String, code: String) -> Result<(), AppError> {
    use crate::session::server::client_ip;
    let portal = crate::portal::server::use_portal()?;
    if domain::contact_request::normalize_code(&code).is_empty() {
        return Err(AppError::InvalidInput {
            fields: vec!["code".into()],
        });
    }
    let opened = domain::answer::open_code(
        &portal.db,
        &code,
        &client_ip(),
        portal.link_throttle,
        chrono::Utc::now(),
    )
    .await?;
    match opened {
        Ok(token) => {
            // Already answered: the receipt, where the answer can be changed until an advisor
            // has handled it (as from the link).
            let answered = domain::answer::open(
                &portal.db,
                &token,
                &client_ip(),
                portal.link_throttle,
                chrono::Utc::now(),
            )
            .await?
            .is_ok_and(|o| o.submitted_at.is_some());
            server::next(&lang, &token, if answered { "kvittering" } else { "" });
            Ok(())
        }
        Err(domain::answer::LinkRefusal::Unusable) => Err(AppError::InvalidInput {
            fields: vec!["code".into()],
        }),
        Err(domain::answer::LinkRefusal::Ended) => Err(AppError::InvalidInput {
            fields: vec!["code".into(), "code.ended".into()],
        }),
        Err(domain::answer::LinkRefusal::Throttled) => Err(AppError::Throttled),
    }
}

#[component]
pub fn AnswerPage(step: Step) -> impl IntoView {
    let i18n = use_i18n();
    let params = use_params_map();
    let token = move || params.with(|p| p.get("token").unwrap_or_default());
    let answer = Resource::new_blocking(token, get_answer);
    let body = move || {
        let i18n = i18n.clone();
        let token = token();
        Suspend::new(async move {
            match answer.await {
                Ok(view) if view.handled && step != Step::Receipt => {
                    view! { <Handled view/> }.into_any()
                }
                Ok(view) => match step {
                    Step::Welcome => view! { <Welcome view token/> }.into_any(),
                    Step::Activity => view! { <ActivityStep view token/> }.into_any(),
                    Step::Details => view! { <DetailsStep view token/> }.into_any(),
                    Step::Contact => view! { <ContactStep view token/> }.into_any(),
                    Step::Receipt => view! { <Receipt view token/> }.into_any(),
                },
                Err(AppError::Throttled) => {
                    view! { <Unusable message_id="answer-throttled-text"/> }.into_any()
                }
                Err(AppError::NotFound) => {
                    view! { <Unusable message_id="answer-unusable-text"/> }.into_any()
                }
                Err(err) => view! { <p class="error-message" role="alert">{i18n.loader().get(err.message_id())}</p> }.into_any(),
            }
        })
    };
    view! { <Suspense fallback=|| ()>{body}</Suspense> }
}

/// Expired, revoked, mistyped or throttled: a friendly page with OT's phone number and the way
/// in with a letter code. It never says which of these it was.
#[component]
fn Unusable(message_id: &'static str) -> impl IntoView {
    let i18n = use_i18n();
    let phone = crate::portal::use_service_info().phone;
    let title = t!(i18n, "answer-unusable-title");
    let text = match message_id {
        "answer-throttled-text" => t!(i18n, "answer-throttled-text", phone = phone.clone()),
        _ => t!(i18n, "answer-unusable-text", phone = phone.clone()),
    };
    view! {
        <Title text=title.clone()/>
        <h1>{title}</h1>
        <p><crate::components::phone::PhoneText text phone/></p>
        <p><a href=i18n.href("/svar")>{t!(i18n, "answer-code-link")}</a></p>
    }
}

#[component]
fn Handled(view: AnswerView) -> impl IntoView {
    let i18n = use_i18n();
    let title = t!(i18n, "answer-handled-title");
    view! {
        <Title text=title.clone()/>
        <h1>{title}</h1>
        <p><crate::components::phone::PhoneText text=t!(i18n, "answer-handled-text", phone = view.phone.clone()) phone=view.phone/></p>
    }
}

#[component]
fn Welcome(view: AnswerView, token: String) -> impl IntoView {
    let i18n = use_i18n();
    let title = t!(i18n, "answer-title");
    let answered = view
        .activity
        .clone()
        .map(|a| crate::words::activity_named(&i18n, &a));
    // A link, not a form: the next page only shows a question, so a scanner opening it is harmless.
    view! {
        <Title text=title/>
        <h1>{t!(i18n, "answer-greeting", name = view.first_name.clone())}</h1>
        <p class="lead">{t!(i18n, "answer-intro", service = view.service_name.clone())}</p>
        {match answered {
            Some(activity) => view! {
                <p>{t!(i18n, "answer-your-answer", activity = activity)}</p>
                <p><a class="button" href=i18n.href(&format!("/svar/{token}/aktivitet"))>{t!(i18n, "answer-change")}</a></p>
                // Back from the SMS later: booking is still one tap away.
                {offers_meeting(view.activity.as_deref()).then(|| view! {
                    <p><a class="button button--secondary" href=i18n.href(&format!("/svar/{token}/bestill"))>{t!(i18n, "answer-book")}</a></p>
                })}
            }.into_any(),
            None => view! {
                <p><a class="button" href=i18n.href(&format!("/svar/{token}/aktivitet"))>{t!(i18n, "answer-continue")}</a></p>
            }.into_any(),
        }}
    }
}

/// The hidden fields every step posts: the page language and the link token.
#[component]
fn StepFields(token: String) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <input type="hidden" name="lang" value=i18n.lang().code()/>
        <input type="hidden" name="token" value=token/>
    }
}

#[component]
fn ActivityStep(view: AnswerView, token: String) -> impl IntoView {
    let i18n = use_i18n();
    let action = ServerAction::<SaveActivity>::new();
    let error = move || action.value().get().and_then(Result::err);
    let missing = t!(i18n, "answer-activity-missing");
    let problems = {
        let i18n = i18n.clone();
        let messages = [("activity", missing.clone())];
        move || problems_for(&i18n, error(), &messages, "activity")
    };
    let choices = domain::status_code::Activity::ALL
        .into_iter()
        .map(|a| Choice {
            name: "activity".into(),
            value: a.as_str().to_string(),
            label: crate::words::activity(&i18n, a),
            checked: view.activity.as_deref() == Some(a.as_str()),
        })
        .collect();
    let question = t!(i18n, "answer-activity-question");
    view! {
        <Title text=question.clone()/>
        {move || view! { <ErrorSummary problems=problems()/> }}
        <Form action=action class="form" novalidate=true>
            <StepFields token/>
            <ChoiceGroup id="activity" legend=question heading=true hint=t!(i18n, "answer-activity-hint")
                choices error=missing invalid=field_invalid(error, "activity")/>
            <button type="submit" class="button">{t!(i18n, "answer-next")}</button>
        </Form>
    }
}

#[component]
fn DetailsStep(view: AnswerView, token: String) -> impl IntoView {
    let i18n = use_i18n();
    let action = ServerAction::<SaveDetails>::new();
    let error = move || action.value().get().and_then(Result::err);
    let too_long = t!(i18n, "answer-details-too-long");
    let problems = {
        let i18n = i18n.clone();
        let messages = [("details", too_long.clone())];
        move || problems_for(&i18n, error(), &messages, "details")
    };
    let invalid = field_invalid(error, "details");
    let question = t!(i18n, "answer-details-question");
    // Someone who asks for help is asked what with, not for the name of a school.
    let hint = if view.activity.as_deref() == Some("wants_help") {
        t!(i18n, "answer-details-hint-help")
    } else {
        t!(i18n, "answer-details-hint")
    };
    let details = view.details.clone();
    let count_line = t!(i18n, "characters-count", count = "{count}", max = 1000);
    view! {
        <Title text=question.clone()/>
        {move || view! { <ErrorSummary problems=problems()/> }}
        <Form action=action class="form" novalidate=true>
            <StepFields token/>
            <div class="field" class:field--error=move || invalid.get()>
                <h1><label for="details">{question}</label></h1>
                <p class="field__hint" id="details-hint">{hint}</p>
                <Show when=move || invalid.get()>
                    <p class="field__error" id="details-error">{too_long.clone()}</p>
                </Show>
                <CharacterCount template=count_line initial=kept("details", details.clone()).chars().count()>
                    <textarea id="details" name="details" rows="5" maxlength="1000"
                        aria-describedby=move || if invalid.get() { "details-hint details-error" } else { "details-hint" }
                        aria-invalid=move || invalid.get().then_some("true")
                    >{crate::components::form::textarea(kept("details", details))}</textarea>
                </CharacterCount>
            </div>
            <button type="submit" class="button">{t!(i18n, "answer-next")}</button>
        </Form>
    }
}

#[component]
fn ContactStep(view: AnswerView, token: String) -> impl IntoView {
    let i18n = use_i18n();
    let action = ServerAction::<SaveContact>::new();
    let error = move || action.value().get().and_then(Result::err);
    // A field that was typed and refused is wrong; one left empty is needed for the channel.
    let typed = |name| {
        crate::components::form::kept_for(SaveContact::PATH, name)
            .is_some_and(|v| !v.trim().is_empty())
    };
    let mobile_error = if typed("mobile") {
        t!(i18n, "booking-mobile-invalid")
    } else {
        t!(i18n, "answer-mobile-needed")
    };
    let email_error = if typed("email") {
        t!(i18n, "booking-email-invalid")
    } else {
        t!(i18n, "answer-email-needed")
    };
    let channels_missing = t!(i18n, "answer-channels-missing");
    let time_missing = t!(i18n, "answer-time-missing");
    let problems = {
        let i18n = i18n.clone();
        let messages = [
            ("channels", channels_missing.clone()),
            ("mobile", mobile_error.clone()),
            ("email", email_error.clone()),
            ("contact_time", time_missing.clone()),
        ];
        move || problems_for(&i18n, error(), &messages, "channels")
    };
    let channel_label = |c: &str| match c {
        "sms" => t!(i18n, "channel-sms"),
        "call" => t!(i18n, "channel-call"),
        _ => t!(i18n, "channel-email"),
    };
    let time_label = |c: &str| match c {
        "morning" => t!(i18n, "contact-time-morning"),
        "afternoon" => t!(i18n, "contact-time-afternoon"),
        "evening" => t!(i18n, "contact-time-evening"),
        _ => t!(i18n, "contact-time-any"),
    };
    let channels = CHANNELS
        .iter()
        .map(|c| Choice {
            // `email` is the address field's name; the channel's box posts as `email_channel`.
            name: if *c == "email" {
                "email_channel".into()
            } else {
                c.to_string()
            },
            value: c.to_string(),
            label: channel_label(c),
            checked: view.channels.iter().any(|x| x == c),
        })
        .collect();
    let times = CONTACT_TIMES
        .iter()
        .map(|c| Choice {
            name: "contact_time".into(),
            value: c.to_string(),
            label: time_label(c),
            checked: view.contact_time.as_deref().unwrap_or("any") == *c,
        })
        .collect();
    // For what OT has no number or address for, the step asks (never shows what OT has).
    let lacking_hint = match (view.has_mobile, view.has_email) {
        (true, true) => None,
        (false, true) => Some(t!(i18n, "answer-contact-mobile-hint")),
        (true, false) => Some(t!(i18n, "answer-contact-email-hint")),
        (false, false) => Some(t!(i18n, "answer-contact-letter-hint")),
    };
    let given = lacking_hint.map(|hint| {
        view! {
            <p class="field__hint">{hint}</p>
            {(!view.has_mobile).then(|| view! {
                <Field id="mobile" label=t!(i18n, "booking-mobile") value=view.given_mobile.clone() input_type="tel"
                    error=mobile_error invalid=field_invalid(error, "mobile") autocomplete="tel" optional=true/>
            })}
            {(!view.has_email).then(|| view! {
                <Field id="email" label=t!(i18n, "booking-email") value=view.given_email.clone() input_type="email"
                    error=email_error invalid=field_invalid(error, "email") autocomplete="email" optional=true/>
            })}
        }
    });
    let question = t!(i18n, "answer-contact-question");
    view! {
        <Title text=question.clone()/>
        <h1>{question}</h1>
        {move || view! { <ErrorSummary problems=problems()/> }}
        <Form action=action class="form" novalidate=true>
            <StepFields token/>
            <ChoiceGroup id="channels" kind="checkbox" legend=t!(i18n, "answer-channels-legend")
                choices=channels error=channels_missing invalid=field_invalid(error, "channels")/>
            {given}
            <ChoiceGroup id="contact_time" legend=t!(i18n, "answer-time-legend")
                choices=times error=time_missing invalid=field_invalid(error, "contact_time")/>
            <SendButton label=t!(i18n, "answer-send") working=t!(i18n, "sending") summary_title=t!(i18n, "error-summary-title") secondary=false/>
        </Form>
    }
}

/// Everyone still in the county's target group is offered a meeting.
fn offers_meeting(activity: Option<&str>) -> bool {
    !matches!(
        activity,
        Some("no_thanks" | "moved_county" | "moved_abroad")
    )
}

#[component]
fn Receipt(view: AnswerView, token: String) -> impl IntoView {
    let i18n = use_i18n();
    let title = t!(i18n, "answer-receipt-title");
    let reference = view.reference.clone().unwrap_or_default();
    let offer_meeting = offers_meeting(view.activity.as_deref());
    view! {
        <Title text=title.clone()/>
        <div class="panel panel--success" role="status">
            <h1>{title}</h1>
            <p>{t!(i18n, "answer-receipt-reference")}<br/><strong class="reference">{reference}</strong></p>
        </div>
        <h2>{t!(i18n, "answer-receipt-next-heading")}</h2>
        <p><crate::components::phone::PhoneText text=t!(i18n, "answer-receipt-next", phone = view.phone.clone()) phone=view.phone.clone()/></p>
        {offer_meeting.then(|| view! {
            <p><a class="button" href=i18n.href(&format!("/svar/{token}/bestill"))>{t!(i18n, "answer-book")}</a></p>
        })}
        {(!view.handled).then(|| view! {
            <p><a href=i18n.href(&format!("/svar/{token}/aktivitet"))>{t!(i18n, "answer-change")}</a></p>
        })}
    }
}

/// `/{lang}/svar`: the way in with the code from a paper letter.
#[component]
pub fn LetterCodePage() -> impl IntoView {
    let i18n = use_i18n();
    let action = ServerAction::<EnterLetterCode>::new();
    let error = move || action.value().get().and_then(Result::err);
    // An empty field asks for the code; a code typed wrong says it was not found.
    let typed = crate::components::form::kept_for(EnterLetterCode::PATH, "code");
    let ended = matches!(
        action.value().get_untracked().and_then(Result::err),
        Some(AppError::InvalidInput { fields }) if fields.iter().any(|f| f == "code.ended")
    );
    let wrong = if typed.is_some_and(|c| c.trim().is_empty()) {
        t!(i18n, "answer-code-missing")
    } else if ended {
        t!(
            i18n,
            "answer-code-ended",
            phone = crate::portal::use_service_info().phone
        )
    } else {
        t!(i18n, "answer-code-wrong")
    };
    let problems = {
        let i18n = i18n.clone();
        let messages = [("code", wrong.clone())];
        move || problems_for(&i18n, error(), &messages, "code")
    };
    let title = t!(i18n, "answer-code-title");
    view! {
        <Title text=title.clone()/>
        <h1>{title}</h1>
        <p>{t!(i18n, "answer-code-intro")}</p>
        {move || view! { <ErrorSummary problems=problems()/> }}
        <Form action=action class="form" novalidate=true>
            <input type="hidden" name="lang" value=i18n.lang().code()/>
            <Field id="code" label=t!(i18n, "answer-code-label") error=wrong
                invalid=field_invalid(error, "code") autocomplete="off"/>
            <button type="submit" class="button">{t!(i18n, "answer-continue")}</button>
        </Form>
    }
}
