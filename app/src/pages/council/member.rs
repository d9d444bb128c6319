//! The members' side: the one-time login (`/{lang}/ot-rad/logg-inn` asks for the mobile or
//! e-mail; `…/logg-inn/{page}` takes the six-digit code; `/{lang}/ot-rad/lenke/{link}` shows a
//! button, and only its POST logs in), the member's page (`/{lang}/ot-rad/medlem`: hearings and
//! meetings) and a hearing (`…/medlem/horing/{id}`: the question, one's own input, the other
//! members' input as they may see it, support, comments, reports). Every server function reads
//! the member from the member session and lets the domain decide what they may see and do.

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::{
    components::Redirect,
    hooks::{use_params_map, use_query_map},
};
use serde::{Deserialize, Serialize};

use super::server::{accepted, go};
use crate::{
    components::{
        error_summary::{field_invalid, problems_for, ErrorSummary},
        field::Field,
        form::{kept, kept_checked, Form},
    },
    error::AppError,
    i18n::use_i18n,
    islands::{CharacterCount, SendButton},
    t,
};

// ---- login ----

#[leptos::server(prefix = "/api", endpoint = "council-login")]
pub async fn start_login(lang: String, contact: String) -> Result<(), AppError> {
    use domain::council::login;
    let portal = crate::portal::server::use_portal()?;
    if contact.trim().is_empty() {
        return Err(AppError::InvalidInput {
            fields: vec!["contact".into()],
        });
    }
    let (origin, service) = (
        portal.public_origin.clone(),
        portal.county.service_name.clone(),
    );
    let started = login::start(
        &portal.db,
        portal.county.id,
        &contact,
        &crate::session::server::client_ip(),
        &login::LoginPolicy::default(),
        |code| crate::messages::council_login(&origin, &service, code),
        chrono::Utc::now(),
    )
    .await
    .map_err(|e| match e {
        domain::DomainError::Invalid { .. } => AppError::InvalidInput {
            fields: vec!["contact".into()],
        },
        other => other.into(),
    })?;
    let started = accepted(Ok(started))?;
    go(&lang, &format!("/logg-inn/{}", started.page_token));
    Ok(())
}

#[leptos::server(prefix = "/api", endpoint = "council-code")]
pub async fn enter_code(lang: String, token: String, code: String) -> Result<(), AppError> {
    use domain::council::login;
    let portal = crate::portal::server::use_portal()?;
    if code.trim().is_empty() {
        return Err(AppError::InvalidInput {
            fields: vec!["code".into()],
        });
    }
    let token = accepted(
        login::with_code(
            &portal.db,
            &token,
            &code,
            &login::LoginPolicy::default(),
            chrono::Utc::now(),
        )
        .await,
    )?;
    super::server::set_member_cookie(&token, portal.secure_cookies);
    go(&lang, "/medlem");
    Ok(())
}

#[leptos::server(prefix = "/api", endpoint = "council-link")]
pub async fn use_link(lang: String, token: String) -> Result<(), AppError> {
    use domain::council::login;
    let portal = crate::portal::server::use_portal()?;
    let token = accepted(
        login::with_link(
            &portal.db,
            &token,
            &login::LoginPolicy::default(),
            chrono::Utc::now(),
        )
        .await,
    )?;
    super::server::set_member_cookie(&token, portal.secure_cookies);
    go(&lang, "/medlem");
    Ok(())
}

#[leptos::server(prefix = "/api", endpoint = "council-logout")]
pub async fn member_logout(lang: String) -> Result<(), AppError> {
    let portal = crate::portal::server::use_portal()?;
    if let Some(token) = super::server::end_member_session(portal.secure_cookies) {
        domain::council::member_session::end(&portal.db, &token).await?;
    }
    go(&lang, "");
    Ok(())
}

/// `/{lang}/ot-rad/logg-inn`.
#[component]
pub fn CouncilLoginPage() -> impl IntoView {
    let i18n = use_i18n();
    let action = ServerAction::<StartLogin>::new();
    let error = move || action.value().get().and_then(Result::err);
    let messages = [("contact", t!(i18n, "council-login-contact-invalid"))];
    let problems = {
        let i18n = i18n.clone();
        let messages = messages.clone();
        move || problems_for(&i18n, error(), &messages, "contact")
    };
    let title = t!(i18n, "council-login-title");
    view! {
        <Title text=title.clone()/>
        <h1>{title}</h1>
        <p>{t!(i18n, "council-login-intro")}</p>
        {move || view! { <ErrorSummary problems=problems()/> }}
        <Form action=action class="form" novalidate=true>
            <input type="hidden" name="lang" value=i18n.lang().code()/>
            <Field id="contact" label=t!(i18n, "council-login-contact") error=messages[0].1.clone()
                invalid=field_invalid(error, "contact") autocomplete="username"/>
            <SendButton label=t!(i18n, "council-login-send") working=t!(i18n, "sending")
                summary_title=t!(i18n, "error-summary-title") secondary=false/>
        </Form>
    }
}

/// `/{lang}/ot-rad/logg-inn/{page}`: the code sent by SMS or e-mail is typed here.
#[component]
pub fn CouncilCodePage() -> impl IntoView {
    let i18n = use_i18n();
    let page = use_params_map().with_untracked(|p| p.get("page").unwrap_or_default());
    let action = ServerAction::<EnterCode>::new();
    let error = move || action.value().get().and_then(Result::err);
    let gone = matches!(error(), Some(AppError::CodeGone | AppError::Throttled));
    let code_message = match error() {
        Some(AppError::WrongCode) => t!(i18n, "booking-code-wrong"),
        Some(AppError::CodeGone | AppError::Throttled) => t!(i18n, "council-code-gone"),
        _ => t!(i18n, "council-code-missing"),
    };
    let invalid = Signal::derive(move || {
        matches!(
            error(),
            Some(AppError::WrongCode | AppError::CodeGone | AppError::InvalidInput { .. })
        )
    });
    let problems = {
        let message = code_message.clone();
        move || {
            invalid
                .get()
                .then(|| crate::components::error_summary::Problem {
                    field_id: "code",
                    message: message.clone(),
                })
                .into_iter()
                .collect::<Vec<_>>()
        }
    };
    let title = t!(i18n, "council-code-title");
    view! {
        <Title text=title.clone()/>
        <h1>{title}</h1>
        <p>{t!(i18n, "council-code-sent")}</p>
        {move || view! { <ErrorSummary problems=problems()/> }}
        {gone.then(|| view! { <p><a href=i18n.href("/ot-rad/logg-inn")>{t!(i18n, "council-code-new")}</a></p> })}
        <Form action=action class="form" novalidate=true>
            <input type="hidden" name="lang" value=i18n.lang().code()/>
            <input type="hidden" name="token" value=page/>
            <Field id="code" label=t!(i18n, "council-code-label") error=code_message
                invalid=invalid autocomplete="one-time-code"/>
            <SendButton label=t!(i18n, "council-code-send") working=t!(i18n, "sending")
                summary_title=t!(i18n, "error-summary-title") secondary=false/>
        </Form>
    }
}

#[leptos::server(prefix = "/api", endpoint = "council-link-usable")]
pub async fn link_usable(link: String) -> Result<bool, AppError> {
    let portal = crate::portal::server::use_portal()?;
    Ok(domain::council::login::link_is_usable(
        &portal.db,
        &link,
        &domain::council::login::LoginPolicy::default(),
        chrono::Utc::now(),
    )
    .await?)
}

/// `/{lang}/ot-rad/lenke/{link}`: the link from the message. Opening it changes nothing (mail
/// scanners open links first); the button logs in.
#[component]
pub fn CouncilLinkPage() -> impl IntoView {
    let i18n = use_i18n();
    let link = use_params_map().with_untracked(|p| p.get("link").unwrap_or_default());
    let usable = OnceResource::new_blocking(link_usable(link.clone()));
    let action = ServerAction::<UseLink>::new();
    let title = t!(i18n, "council-link-title");
    let body = move || {
        let i18n = i18n.clone();
        let link = link.clone();
        Suspend::new(async move {
            let refused = action.value().get().and_then(Result::err).is_some();
            if usable.await.unwrap_or(false) && !refused {
                view! {
                    <p>{t!(i18n, "council-link-text")}</p>
                    <Form action=action class="form">
                        <input type="hidden" name="lang" value=i18n.lang().code()/>
                        <input type="hidden" name="token" value=link/>
                        <button type="submit" class="button">{t!(i18n, "council-link-button")}</button>
                    </Form>
                }
                .into_any()
            } else {
                view! {
                    <p>{t!(i18n, "council-link-gone")}</p>
                    <p><a class="button" href=i18n.href("/ot-rad/logg-inn")>{t!(i18n, "council-code-new")}</a></p>
                }
                .into_any()
            }
        })
    };
    view! {
        <Title text=title.clone()/>
        <h1>{title}</h1>
        <Suspense fallback=|| ()>{body}</Suspense>
    }
}

// ---- the member's pages ----

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct HearingLine {
    pub id: i64,
    pub title: String,
    pub deadline: String,
    pub open: bool,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct MeetingLine {
    pub id: i64,
    pub title: String,
    pub when: String,
    pub place: String,
    pub agenda: String,
    pub minutes: Option<String>,
    pub upcoming: bool,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct MemberHome {
    pub first_name: String,
    pub hearings: Vec<HearingLine>,
    pub meetings: Vec<MeetingLine>,
}

#[leptos::server(prefix = "/api", endpoint = "council-member")]
pub async fn get_member_home(lang: String) -> Result<MemberHome, AppError> {
    use domain::council::{hearing, meeting};
    let (portal, member) = super::server::require_member().await?;
    let i18n = crate::i18n::server::i18n(super::server::lang(&lang));
    let now = chrono::Utc::now();
    let hearings = accepted(hearing::for_member(&portal.db, &member, now).await)?
        .into_iter()
        .map(|h| HearingLine {
            id: h.id,
            open: h.is_open(now),
            title: h.title,
            deadline: crate::calendar::when_label(&i18n, h.deadline_at),
        })
        .collect();
    let meetings = accepted(meeting::for_member(&portal.db, &member, now).await)?
        .into_iter()
        .map(|m| MeetingLine {
            id: m.id,
            upcoming: m.ends_at > now,
            title: m.title,
            when: crate::calendar::when_label(&i18n, m.starts_at),
            place: m.place,
            agenda: m.agenda,
            minutes: m.minutes,
        })
        .collect();
    Ok(MemberHome {
        first_name: member.first_name,
        hearings,
        meetings,
    })
}

/// A member page's data, or the way back to the login for someone signed out.
fn member_page<T, V>(
    load: impl std::future::Future<Output = Result<T, AppError>> + Send + 'static,
    body: impl Fn(T) -> V + Clone + Send + Sync + 'static,
) -> impl IntoView
where
    T: Clone + Send + Sync + Serialize + serde::de::DeserializeOwned + 'static,
    V: IntoView + Send + 'static,
{
    let i18n = use_i18n();
    let data = OnceResource::new_blocking(load);
    let page = move || {
        let i18n = i18n.clone();
        let body = body.clone();
        Suspend::new(async move {
            match data.await {
                Ok(data) => body(data).into_any(),
                Err(AppError::SignIn) => {
                    view! { <Redirect path=i18n.href("/ot-rad/logg-inn")/> }.into_any()
                }
                Err(err) => view! { <p class="error-message" role="alert">{i18n.loader().get(err.message_id())}</p> }
                    .into_any(),
            }
        })
    };
    view! { <Suspense fallback=|| ()>{page}</Suspense> }
}

/// `/{lang}/ot-rad/medlem`.
#[component]
pub fn CouncilMemberPage() -> impl IntoView {
    let i18n = use_i18n();
    let logout = ServerAction::<MemberLogout>::new();
    let load = get_member_home(i18n.lang().code().into());
    member_page(load, move |home: MemberHome| {
        let i18n = i18n.clone();
        let hearings = if home.hearings.is_empty() {
            view! { <p>{t!(i18n, "council-hearings-empty")}</p> }.into_any()
        } else {
            view! {
                <ul class="council-list">
                    {home.hearings.into_iter().map(|h| view! {
                        <li class="council-card">
                            <a href=i18n.href(&format!("/ot-rad/medlem/horing/{}", h.id))><strong>{h.title}</strong></a>
                            <p class="council-card__meta">
                                {t!(i18n, "council-hearing-deadline", deadline = h.deadline)}" · "
                                {if h.open { t!(i18n, "council-hearing-open") } else { t!(i18n, "council-hearing-closed") }}
                            </p>
                        </li>
                    }).collect_view()}
                </ul>
            }
            .into_any()
        };
        let meetings = if home.meetings.is_empty() {
            view! { <p>{t!(i18n, "council-meetings-empty")}</p> }.into_any()
        } else {
            let lang = i18n.lang().code();
            view! {
                <ul class="council-list">
                    {home.meetings.into_iter().map(|m| view! {
                        <li class="council-card">
                            <h3>{m.title}</h3>
                            <p class="council-card__meta">{m.when}" · "{m.place}</p>
                            {super::public::paragraphs(&m.agenda)}
                            {m.upcoming.then(|| view! {
                                <p><a class="button button--secondary" href=format!("/{lang}/ot-rad/medlem/mote/{}/kalender.ics", m.id) download="mote.ics">{t!(i18n, "council-meeting-calendar")}</a></p>
                            })}
                            {m.minutes.map(|minutes| view! {
                                <details>
                                    <summary>{t!(i18n, "council-meeting-minutes")}</summary>
                                    {super::public::paragraphs(&minutes)}
                                </details>
                            })}
                        </li>
                    }).collect_view()}
                </ul>
            }
            .into_any()
        };
        let title = t!(
            i18n,
            "council-member-greeting",
            name = home.first_name.clone()
        );
        view! {
            <Title text=t!(i18n, "council-member-title")/>
            <h1>{title}</h1>
            <h2>{t!(i18n, "council-hearings-heading")}</h2>
            {hearings}
            <h2>{t!(i18n, "council-meetings-heading")}</h2>
            {meetings}
            <Form action=logout>
                <input type="hidden" name="lang" value=i18n.lang().code()/>
                <button type="submit" class="button button--secondary">{t!(i18n, "council-logout")}</button>
            </Form>
        }
    })
}

// ---- a hearing ----

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CommentView {
    pub id: i64,
    pub text: String,
    pub author: Option<String>,
    pub own: bool,
    pub pending: bool,
    pub hidden_reason: Option<String>,
    pub hidden: bool,
}

/// One input as this member may see it (never the name of someone who hid it).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct InputView {
    pub id: i64,
    pub text: String,
    pub author: Option<String>,
    pub own: bool,
    pub hide_name: bool,
    pub pending: bool,
    pub hidden: bool,
    pub hidden_reason: Option<String>,
    pub status: String,
    /// The coordinator's own status beside it, in the coordinator's words.
    pub own_status: Option<String>,
    pub answered: bool,
    pub answer: Option<String>,
    pub supports: i64,
    pub supported_by_me: bool,
    pub comments: Vec<CommentView>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct HearingView {
    pub id: i64,
    pub title: String,
    pub question: String,
    pub background: String,
    pub deadline: String,
    pub open: bool,
    pub statement: Option<String>,
    pub inputs: Vec<InputView>,
}

#[leptos::server(prefix = "/api", endpoint = "council-hearing")]
pub async fn get_hearing(lang: String, id: i64) -> Result<HearingView, AppError> {
    use domain::council::{hearing, input};
    let (portal, member) = super::server::require_member().await?;
    let i18n = crate::i18n::server::i18n(super::server::lang(&lang));
    let now = chrono::Utc::now();
    let h = accepted(hearing::get_for_member(&portal.db, &member, id, now).await)?;
    let inputs = accepted(input::for_member(&portal.db, &member, id, now).await)?
        .into_iter()
        .map(|i| InputView {
            id: i.id,
            text: i.text,
            author: i.author,
            own: i.own,
            hide_name: i.hide_name,
            pending: i.pending,
            hidden: i.hidden,
            hidden_reason: i.hidden_reason,
            status: super::public::status_label(&i18n, i.status),
            own_status: i.own_status,
            answered: i.answer.is_some(),
            answer: i.answer,
            supports: i.supports,
            supported_by_me: i.supported_by_me,
            comments: i
                .comments
                .into_iter()
                .map(|c| CommentView {
                    id: c.id,
                    text: c.text,
                    author: c.author,
                    own: c.own,
                    pending: c.pending,
                    hidden: c.hidden,
                    hidden_reason: c.hidden_reason,
                })
                .collect(),
        })
        .collect();
    Ok(HearingView {
        id: h.id,
        open: h.is_open(now),
        title: h.title,
        question: h.question,
        background: h.background,
        deadline: crate::calendar::when_label(&i18n, h.deadline_at),
        statement: h.statement,
        inputs,
    })
}

fn back_to_hearing(lang: &str, hearing: i64) {
    go(lang, &format!("/medlem/horing/{hearing}?lagret=1"));
}

/// Text a member writes: required, at most `max` characters.
fn text_field(text: &str, field: &str, max: usize) -> Result<String, AppError> {
    let text = text.trim();
    if text.is_empty() || text.chars().count() > max {
        return Err(AppError::InvalidInput {
            fields: vec![field.to_string()],
        });
    }
    Ok(text.to_string())
}

#[leptos::server(prefix = "/api", endpoint = "council-input")]
pub async fn send_input(
    lang: String,
    hearing: i64,
    text: String,
    hide_name: Option<String>,
) -> Result<(), AppError> {
    let (portal, member) = super::server::require_member().await?;
    let text = text_field(&text, "text", domain::council::input::TEXT_MAX)?;
    let id = accepted(
        domain::council::input::submit(
            &portal.db,
            &member,
            hearing,
            &text,
            hide_name.is_some(),
            chrono::Utc::now(),
        )
        .await,
    )?;
    // Back to the top of the page, which shows what was sent: below the empty form it looked lost.
    go(&lang, &format!("/medlem/horing/{hearing}?sendt={id}"));
    Ok(())
}

#[leptos::server(prefix = "/api", endpoint = "council-input-edit")]
pub async fn edit_input(
    lang: String,
    hearing: i64,
    id: i64,
    text: String,
    hide_name: Option<String>,
) -> Result<(), AppError> {
    let (portal, member) = super::server::require_member().await?;
    let text = text_field(&text, "text", domain::council::input::TEXT_MAX)?;
    accepted(
        domain::council::input::edit(
            &portal.db,
            &member,
            id,
            &text,
            hide_name.is_some(),
            chrono::Utc::now(),
        )
        .await,
    )?;
    back_to_hearing(&lang, hearing);
    Ok(())
}

/// Withdraw, support or take the support back, comment, withdraw a comment, report: one small
/// form each, one endpoint, the action named.
#[leptos::server(prefix = "/api", endpoint = "council-act")]
pub async fn act(
    lang: String,
    hearing: i64,
    id: i64,
    action: String,
    #[server(default)] text: String,
) -> Result<(), AppError> {
    use domain::council::{comment, input, moderation};
    let (portal, member) = super::server::require_member().await?;
    let (db, now) = (&portal.db, chrono::Utc::now());
    match action.as_str() {
        "withdraw" => accepted(input::withdraw(db, &member, id, now).await)?,
        "support" => accepted(input::support(db, &member, id, now).await)?,
        "unsupport" => accepted(input::unsupport(db, &member, id, now).await)?,
        "comment" => {
            let text = text_field(&text, &format!("comment-{id}"), comment::TEXT_MAX)?;
            accepted(comment::add(db, &member, id, &text, false, now).await).map(|_| ())?
        }
        "withdraw-comment" => accepted(comment::withdraw(db, &member, id, now).await)?,
        "report" | "report-comment" => {
            let item = if action == "report" {
                moderation::Item::Input(id)
            } else {
                moderation::Item::Comment(id)
            };
            let reason = Some(text.trim().to_string()).filter(|r| !r.is_empty());
            accepted(moderation::report(db, &member, item, reason.as_deref(), now).await)
                .map(|_| ())?
        }
        _ => {
            return Err(AppError::InvalidInput {
                fields: vec!["action".into()],
            })
        }
    }
    back_to_hearing(&lang, hearing);
    Ok(())
}

/// `/{lang}/ot-rad/medlem/horing/{id}`.
#[component]
pub fn CouncilHearingPage() -> impl IntoView {
    let i18n = use_i18n();
    let id = use_params_map().with_untracked(|p| {
        p.get("id")
            .and_then(|id| id.parse::<i64>().ok())
            .unwrap_or(-1)
    });
    let saved = use_query_map().with_untracked(|q| q.get("lagret").is_some());
    let sent =
        use_query_map().with_untracked(|q| q.get("sendt").and_then(|id| id.parse::<i64>().ok()));
    let load = get_hearing(i18n.lang().code().into(), id);
    member_page(load, move |view: HearingView| {
        view! { <Hearing view saved sent/> }
    })
}

#[component]
fn Hearing(view: HearingView, saved: bool, sent: Option<i64>) -> impl IntoView {
    let i18n = use_i18n();
    let send = ServerAction::<SendInput>::new();
    let edit = ServerAction::<EditInput>::new();
    let act = ServerAction::<Act>::new();
    let error = move || {
        send.value()
            .get()
            .and_then(Result::err)
            .or_else(|| edit.value().get().and_then(Result::err))
            .or_else(|| act.value().get().and_then(Result::err))
    };
    // A refusal that is not about a field (closed, not allowed) is said at the top.
    let general = {
        let i18n = i18n.clone();
        move || match error() {
            Some(AppError::InvalidInput { .. }) | None => None,
            Some(err) => Some(super::refusal_text(&i18n, &err)),
        }
    };
    let text_message = t!(i18n, "council-input-missing");
    let problems = {
        let i18n = i18n.clone();
        let messages = [("text", text_message.clone())];
        move || {
            problems_for(&i18n, error().filter(|e| matches!(e, AppError::InvalidInput { fields } if fields.iter().any(|f| f == "text"))), &messages, "text")
        }
    };
    let count_line = t!(i18n, "characters-count", count = "{count}", max = 2000);
    let lang = i18n.lang().code();
    let hearing_id = view.id;
    let open = view.open;
    let (own, others): (Vec<InputView>, Vec<InputView>) =
        view.inputs.into_iter().partition(|i| i.own);
    // The input just sent, quoted at the top where the member is brought back to.
    let just_sent = sent.and_then(|id| own.iter().find(|i| i.id == id)).map(|i| {
        view! {
            <div class="panel panel--success" role="status">
                <p><strong>{t!(i18n, "council-sent")}</strong></p>
                <blockquote class="council-sent">{super::public::paragraphs(&i.text)}</blockquote>
                {i.pending.then(|| view! { <p>{t!(i18n, "council-input-pending")}</p> })}
            </div>
        }
    });
    let hidden_fields = move |id: i64| {
        view! {
            <input type="hidden" name="lang" value=lang/>
            <input type="hidden" name="hearing" value=hearing_id/>
            <input type="hidden" name="id" value=id/>
        }
    };
    let small = move |id: i64, action: &'static str, label: String, aria: String| {
        view! {
            <Form action=act class="inline-form" instance=("id", id.to_string())>
                {hidden_fields(id)}
                <input type="hidden" name="action" value=action/>
                <button type="submit" class="button button--secondary button--small" aria-label=aria>{label}</button>
            </Form>
        }
    };
    let own_inputs = own
        .into_iter()
        .map(|i| {
            let i18n = i18n.clone();
            let id = i.id;
            let text_id = format!("text-{id}");
            let hide_id = format!("hide-{id}");
            let (change, label, hide, save) = (
                t!(i18n, "council-input-change"),
                t!(i18n, "council-input-label"),
                t!(i18n, "council-input-hide-name"),
                t!(i18n, "council-input-save"),
            );
            let current = i.text.clone();
            let edit_form = (open && !i.answered).then(move || {
                view! {
                    <details>
                        <summary>{change}</summary>
                        <Form action=edit class="form" instance=("id", id.to_string())>
                            {hidden_fields(id)}
                            <div class="field">
                                <label for=text_id.clone()>{label}</label>
                                <textarea id=text_id name="text" rows="5" maxlength="2000">{crate::components::form::textarea(kept("text", current))}</textarea>
                            </div>
                            <div class="choice">
                                <input type="checkbox" id=hide_id.clone() name="hide_name" value="1" checked=kept_checked("hide_name", "1", i.hide_name)/>
                                <label for=hide_id>{hide}</label>
                            </div>
                            <button type="submit" class="button">{save}</button>
                        </Form>
                    </details>
                }
            });
            view! {
                <li class="council-card council-card--own">
                    <p class="council-card__meta">{t!(i18n, "council-input-yours")}" · "<strong>{i.status.clone()}{super::public::own_status(i.own_status.clone())}</strong></p>
                    {i.pending.then(|| view! { <p class="notice">{t!(i18n, "council-input-pending")}</p> })}
                    {i.hidden.then(|| view! { <p class="notice">{t!(i18n, "council-input-hidden", reason = i.hidden_reason.clone().unwrap_or_default())}</p> })}
                    {super::public::paragraphs(&i.text)}
                    {i.answer.clone().map(|answer| view! {
                        <p class="council-card__label">{t!(i18n, "council-answer-from-ot")}</p>
                        {super::public::paragraphs(&answer)}
                    })}
                    <p class="council-card__meta">{t!(i18n, "council-supports", count = i.supports)}</p>
                    {edit_form}
                    {open.then(|| small(id, "withdraw", t!(i18n, "council-input-withdraw"), t!(i18n, "council-input-withdraw")))}
                </li>
            }
        })
        .collect_view();
    let other_inputs = others
        .into_iter()
        .map(|i| {
            let i18n = i18n.clone();
            let id = i.id;
            let author = i.author.clone().unwrap_or_else(|| t!(i18n, "council-input-anonymous"));
            let support = if i.supported_by_me {
                small(id, "unsupport", t!(i18n, "council-unsupport"), t!(i18n, "council-unsupport-of", name = author.clone()))
            } else {
                small(id, "support", t!(i18n, "council-support"), t!(i18n, "council-support-of", name = author.clone()))
            };
            let comment_id = format!("comment-{id}");
            let report_id = format!("report-{id}");
            let comments = i
                .comments
                .into_iter()
                .map(|c| {
                    let i18n = i18n.clone();
                    let who = c.author.clone().unwrap_or_else(|| t!(i18n, "council-input-anonymous"));
                    view! {
                        <li>
                            <strong>{who}</strong>": "{c.text}
                            {c.pending.then(|| view! { " " <em>{t!(i18n, "council-input-pending")}</em> })}
                            {(c.own && open).then(|| small(c.id, "withdraw-comment", t!(i18n, "council-comment-withdraw"), t!(i18n, "council-comment-withdraw")))}
                            {(!c.own).then(|| small(c.id, "report-comment", t!(i18n, "council-report"), t!(i18n, "council-report-comment")))}
                        </li>
                    }
                })
                .collect_view();
            let (comment_label, comment_missing, comment_send) = (
                t!(i18n, "council-comment-label", name = author.clone()),
                t!(i18n, "council-comment-missing"),
                t!(i18n, "council-comment-send"),
            );
            let comment_invalid = {
                let field = comment_id.clone();
                Signal::derive(move || {
                    matches!(error(), Some(AppError::InvalidInput { fields }) if fields.contains(&field))
                })
            };
            view! {
                <li class="council-card">
                    <p class="council-card__meta"><strong>{author.clone()}</strong>" · "{i.status.clone()}{super::public::own_status(i.own_status.clone())}</p>
                    {super::public::paragraphs(&i.text)}
                    {i.answer.clone().map(|answer| view! {
                        <p class="council-card__label">{t!(i18n, "council-answer-from-ot")}</p>
                        {super::public::paragraphs(&answer)}
                    })}
                    <p class="council-card__meta">{t!(i18n, "council-supports", count = i.supports)}</p>
                    {open.then_some(support)}
                    <ul class="council-comments">{comments}</ul>
                    {open.then(move || view! {
                        <Form action=act class="form" instance=("id", id.to_string())>
                            {hidden_fields(id)}
                            <input type="hidden" name="action" value="comment"/>
                            <div class="field" class:field--error=move || comment_invalid.get()>
                                <label for=comment_id.clone()>{comment_label}</label>
                                <Show when=move || comment_invalid.get()>
                                    <p class="field__error">{comment_missing.clone()}</p>
                                </Show>
                                <textarea id=comment_id.clone() name="text" rows="2" maxlength="1000">{crate::components::form::textarea(kept("text", ""))}</textarea>
                            </div>
                            <button type="submit" class="button button--secondary">{comment_send}</button>
                        </Form>
                    })}
                    <details>
                        <summary>{t!(i18n, "council-report")}</summary>
                        <Form action=act class="form" instance=("id", id.to_string())>
                            {hidden_fields(id)}
                            <input type="hidden" name="action" value="report"/>
                            <div class="field">
                                <label for=report_id.clone()>{t!(i18n, "council-report-reason")}</label>
                                <textarea id=report_id name="text" rows="2" maxlength="500"></textarea>
                            </div>
                            <button type="submit" class="button button--secondary">{t!(i18n, "council-report-send")}</button>
                        </Form>
                    </details>
                </li>
            }
        })
        .collect_view();
    let text_invalid = field_invalid(error, "text");
    let (input_label, hide_label, send_label, working, summary_title) = (
        t!(i18n, "council-input-label"),
        t!(i18n, "council-input-hide-name"),
        t!(i18n, "council-input-send"),
        t!(i18n, "sending"),
        t!(i18n, "error-summary-title"),
    );
    let closed_text = t!(i18n, "council-hearing-closed-text");
    view! {
        <Title text=view.title.clone()/>
        <p><a href=i18n.href("/ot-rad/medlem")>{t!(i18n, "council-member-back")}</a></p>
        // What was just sent first, where the member lands: under the form it looked lost.
        {just_sent}
        <h1>{view.title.clone()}</h1>
        <p class="council-card__meta">
            {t!(i18n, "council-hearing-deadline", deadline = view.deadline.clone())}" · "
            {if open { t!(i18n, "council-hearing-open") } else { t!(i18n, "council-hearing-closed") }}
        </p>
        {saved.then(|| view! { <p class="notice" role="status">{t!(i18n, "council-saved")}</p> })}
        {move || general().map(|m| view! { <div class="error-summary" role="alert"><p>{m}</p></div> })}
        {move || view! { <ErrorSummary problems=problems()/> }}
        <h2>{t!(i18n, "council-hearing-question")}</h2>
        {super::public::paragraphs(&view.question)}
        {(!view.background.trim().is_empty()).then(|| view! {
            <details>
                <summary>{t!(i18n, "council-hearing-background")}</summary>
                {super::public::paragraphs(&view.background)}
            </details>
        })}
        {view.statement.clone().map(|s| view! {
            <h2>{t!(i18n, "council-statements-heading")}</h2>
            {super::public::paragraphs(&s)}
        })}
        <h2>{t!(i18n, "council-input-heading")}</h2>
        {if open {
            view! {
                <Form action=send class="form" novalidate=true>
                    <input type="hidden" name="lang" value=lang/>
                    <input type="hidden" name="hearing" value=hearing_id/>
                    <div class="field" class:field--error=move || text_invalid.get()>
                        <label for="text">{input_label}</label>
                        <p class="field__error" id="text-error" hidden=move || !text_invalid.get()>{text_message.clone()}</p>
                        <CharacterCount template=count_line initial=kept("text", "").chars().count()>
                            <textarea id="text" name="text" rows="5" maxlength="2000" required
                                aria-invalid=move || text_invalid.get().then_some("true")>{crate::components::form::textarea(kept("text", ""))}</textarea>
                        </CharacterCount>
                    </div>
                    <div class="choice">
                        <input type="checkbox" id="hide_name" name="hide_name" value="1" checked=kept_checked("hide_name", "1", false)/>
                        <label for="hide_name">{hide_label}</label>
                    </div>
                    <SendButton label=send_label working summary_title secondary=false/>
                </Form>
            }
            .into_any()
        } else {
            view! { <p>{closed_text}</p> }.into_any()
        }}
        <ul class="council-list">{own_inputs}</ul>
        <h2>{t!(i18n, "council-others-heading")}</h2>
        <ul class="council-list">{other_inputs}</ul>
    }
}
