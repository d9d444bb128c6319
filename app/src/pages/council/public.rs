//! `/{lang}/ot-rad`: the council as everyone may see it, and `/{lang}/ot-rad/bli-med`: the
//! application. Public data only: members' first names and roles, and what the coordinator chose
//! to publish (input without any name, OT's answers, statements, minutes).

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;
use serde::{Deserialize, Serialize};

use crate::{
    components::{
        choice::{Choice, ChoiceGroup},
        error_summary::{field_invalid, problems_for, ErrorSummary},
        field::Field,
        form::{kept, Form},
    },
    error::AppError,
    i18n::{use_i18n, I18n},
    islands::{CharacterCount, SendButton},
    t,
};

/// One line of the year plan.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PlanLine {
    pub date: String,
    pub kind: String,
    pub title: String,
}

/// One published input with OT's answer, under its hearing's title.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AnswerLine {
    pub hearing: String,
    pub text: String,
    pub status: String,
    pub own_status: Option<String>,
    pub answer: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Published {
    pub title: String,
    pub date: String,
    pub text: String,
}

/// Everything the public council page shows.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CouncilView {
    pub plan: Vec<PlanLine>,
    /// (first name, role)
    pub members: Vec<(String, String)>,
    pub answers: Vec<AnswerLine>,
    pub statements: Vec<Published>,
    pub minutes: Vec<Published>,
}

/// A role's name in the page's language.
pub fn role_label(i18n: &I18n, role: domain::council::CouncilRole) -> String {
    use domain::council::CouncilRole;
    match role {
        CouncilRole::Leader => t!(i18n, "council-role-leader"),
        CouncilRole::Deputy => t!(i18n, "council-role-deputy"),
        CouncilRole::Member => t!(i18n, "council-role-member"),
    }
}

/// An input's status in the page's language.
/// The coordinator's own status after the fixed one, in the coordinator's words (isolated, so
/// a Norwegian label keeps its direction on a right-to-left page).
pub fn own_status(label: Option<String>) -> impl IntoView {
    label.map(|label| view! { " – " <bdi>{label}</bdi> })
}

pub fn status_label(i18n: &I18n, status: domain::council::input::InputStatus) -> String {
    use domain::council::input::InputStatus as S;
    match status {
        S::Received => t!(i18n, "council-status-received"),
        S::Considering => t!(i18n, "council-status-considering"),
        S::Answered => t!(i18n, "council-status-answered"),
        S::ActedOn => t!(i18n, "council-status-acted_on"),
        S::NotActedOn => t!(i18n, "council-status-not_acted_on"),
    }
}

fn plan_kind_label(i18n: &I18n, kind: domain::council::plan::PlanKind) -> String {
    use domain::council::plan::PlanKind as K;
    match kind {
        K::Meeting => t!(i18n, "council-plan-meeting"),
        K::HearingDeadline => t!(i18n, "council-plan-hearing_deadline"),
        K::ReportToCommittee => t!(i18n, "council-plan-report_to_committee"),
        K::Other => t!(i18n, "council-plan-other"),
    }
}

#[leptos::server(prefix = "/api", endpoint = "council")]
pub async fn get_council(lang: String) -> Result<CouncilView, AppError> {
    use domain::council;
    let portal = crate::portal::server::use_portal()?;
    let i18n = crate::i18n::server::i18n(super::server::lang(&lang));
    let (db, county) = (&portal.db, portal.county.id);
    let now = chrono::Utc::now();
    let plan = council::plan::year_plan(db, county, now)
        .await?
        .into_iter()
        .map(|e| PlanLine {
            date: match e.at {
                Some(at) => crate::calendar::when_label(&i18n, at),
                None => crate::calendar::date_label(&i18n, e.on_date),
            },
            kind: plan_kind_label(&i18n, e.kind),
            title: e.title,
        })
        .collect();
    let members = council::member::public(db, county, now)
        .await?
        .into_iter()
        .map(|m| (m.first_name, role_label(&i18n, m.role)))
        .collect();
    let answers = council::input::published(db, county)
        .await?
        .into_iter()
        .map(|i| AnswerLine {
            hearing: i.hearing_title,
            text: i.text,
            status: status_label(&i18n, i.status),
            own_status: i.own_status,
            answer: i.answer,
        })
        .collect();
    let statements = council::hearing::statements(db, county)
        .await?
        .into_iter()
        .map(|s| Published {
            title: s.title,
            date: crate::calendar::date_label(
                &i18n,
                s.deadline_at.with_timezone(&council::ZONE).date_naive(),
            ),
            text: s.statement,
        })
        .collect();
    let minutes = council::meeting::published_minutes(db, county, now)
        .await?
        .into_iter()
        .map(|m| Published {
            title: m.title,
            date: crate::calendar::when_label(&i18n, m.starts_at),
            text: m.minutes,
        })
        .collect();
    Ok(CouncilView {
        plan,
        members,
        answers,
        statements,
        minutes,
    })
}

/// Text as the coordinator wrote it: paragraphs kept, as plain text (never HTML).
pub(crate) fn paragraphs(text: &str) -> impl IntoView {
    text.split("\n\n")
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .map(|p| view! { <p class="council-text">{p.to_string()}</p> })
        .collect_view()
}

#[component]
pub fn CouncilPage() -> impl IntoView {
    let i18n = use_i18n();
    let data = OnceResource::new_blocking(get_council(i18n.lang().code().into()));
    let title = t!(i18n, "council-title");
    let body = move || {
        let i18n = i18n.clone();
        Suspend::new(async move {
            match data.await {
                Ok(view) => view! { <CouncilBody view/> }.into_any(),
                Err(err) => view! { <p class="error-message" role="alert">{i18n.loader().get(err.message_id())}</p> }.into_any(),
            }
        })
    };
    let i18n = use_i18n();
    view! {
        <Title text=title.clone()/>
        <h1>{title}</h1>
        <p class="lead">{t!(i18n, "council-lead")}</p>
        <p class="council-actions">
            <a class="button" href=i18n.href("/ot-rad/bli-med")>{t!(i18n, "council-join-link")}</a>
            " "
            <a href=i18n.href("/ot-rad/logg-inn")>{t!(i18n, "council-login-link")}</a>
        </p>
        <Suspense fallback=|| ()>{body}</Suspense>
    }
}

#[component]
fn CouncilBody(view: CouncilView) -> impl IntoView {
    let i18n = use_i18n();
    let list_or = |empty: bool, text: String, list: AnyView| {
        if empty {
            view! { <p>{text}</p> }.into_any()
        } else {
            list
        }
    };
    let plan = list_or(
        view.plan.is_empty(),
        t!(i18n, "council-plan-empty"),
        view! {
            <ul class="council-plan">
                {view.plan.into_iter().map(|p| view! {
                    <li><strong>{p.date}</strong>" – "{p.kind}": "{p.title}</li>
                }).collect_view()}
            </ul>
        }
        .into_any(),
    );
    let members = list_or(
        view.members.is_empty(),
        t!(i18n, "council-members-empty"),
        view! {
            <ul class="council-members">
                {view.members.into_iter().map(|(name, role)| view! { <li>{name}" – "{role}</li> }).collect_view()}
            </ul>
        }
        .into_any(),
    );
    let from_ot = t!(i18n, "council-answer-from-ot");
    let answers = list_or(
        view.answers.is_empty(),
        t!(i18n, "council-answers-empty"),
        view! {
            <ul class="council-answers">
                {view.answers.into_iter().map(|a| {
                    let from_ot = from_ot.clone();
                    view! {
                        <li class="council-card">
                            <p class="council-card__meta">{a.hearing}" · "<strong>{a.status}{own_status(a.own_status)}</strong></p>
                            <blockquote>{paragraphs(&a.text)}</blockquote>
                            {a.answer.map(|answer| view! {
                                <p class="council-card__label">{from_ot}</p>
                                {paragraphs(&answer)}
                            })}
                        </li>
                    }
                }).collect_view()}
            </ul>
        }
        .into_any(),
    );
    let published = |items: Vec<Published>, empty: String| {
        list_or(
            items.is_empty(),
            empty,
            items
                .into_iter()
                .map(|s| {
                    view! {
                        <article class="council-card">
                            <h3>{s.title}</h3>
                            <p class="council-card__meta">{s.date}</p>
                            {paragraphs(&s.text)}
                        </article>
                    }
                })
                .collect_view()
                .into_any(),
        )
    };
    view! {
        <h2>{t!(i18n, "council-mandate-heading")}</h2>
        <p>{t!(i18n, "council-mandate-1")}</p>
        <p>{t!(i18n, "council-mandate-2")}</p>
        <p>{t!(i18n, "council-mandate-3")}</p>
        <h2>{t!(i18n, "council-plan-heading")}</h2>
        {plan}
        <h2>{t!(i18n, "council-members-heading")}</h2>
        {members}
        <h2>{t!(i18n, "council-answers-heading")}</h2>
        {answers}
        <h2>{t!(i18n, "council-statements-heading")}</h2>
        {published(view.statements, t!(i18n, "council-statements-empty"))}
        <h2>{t!(i18n, "council-minutes-heading")}</h2>
        {published(view.minutes, t!(i18n, "council-minutes-empty"))}
        <h2 id="join">{t!(i18n, "council-join-heading")}</h2>
        <p>{t!(i18n, "council-join-text")}</p>
        <p>{t!(i18n, "council-join-keep-seat")}</p>
        <p><a class="button" href=i18n.href("/ot-rad/bli-med")>{t!(i18n, "council-join-link")}</a></p>
    }
}

#[leptos::server(prefix = "/api", endpoint = "council-apply")]
#[allow(clippy::too_many_arguments)]
pub async fn apply(
    lang: String,
    first_name: String,
    age: String,
    mobile: String,
    email: String,
    contact_channel: Option<String>,
    reason: String,
) -> Result<(), AppError> {
    use domain::council::{application, Channel};
    let portal = crate::portal::server::use_portal()?;
    let now = chrono::Utc::now();
    let lang = super::server::lang(&lang);
    let blank = |v: String| Some(v.trim().to_string()).filter(|v| !v.is_empty());
    let age = age.trim().parse::<i32>().ok();
    let channel = match contact_channel.as_deref() {
        Some("email") => Channel::Email,
        _ => Channel::Sms,
    };
    let new = application::NewApplication {
        first_name: first_name.trim().to_string(),
        birth_year: age.map_or(0, |a| application::birth_year_of_age(a, now)),
        mobile: blank(mobile),
        email: blank(email),
        reason: reason.trim().to_string(),
        contact_channel: channel,
        language: lang.code().to_string(),
    };
    // Every problem at once; the age is asked for, the domain keeps the birth year.
    let mut fields: Vec<String> = application::validate(&new, now)
        .into_iter()
        .map(|p| match (p.field, p.reason) {
            ("birth_year", _) => "age".to_string(),
            ("mobile", "contact_needed") => "contact".to_string(),
            (_, "needed_for_channel") => "contact_channel".to_string(),
            (field, _) => field.to_string(),
        })
        .collect();
    if age.is_none() && !fields.iter().any(|f| f == "age") {
        fields.push("age".into());
    }
    if contact_channel.is_none() && !fields.iter().any(|f| f == "contact_channel") {
        fields.push("contact_channel".into());
    }
    fields.dedup();
    if !fields.is_empty() {
        return Err(AppError::InvalidInput { fields });
    }
    let origin = portal.public_origin.clone();
    super::server::accepted(
        application::submit(
            &portal.db,
            portal.county.id,
            &new,
            &crate::session::server::client_ip(),
            &application::ApplicationPolicy::default(),
            |coordinator, id| crate::messages::council_application(&origin, coordinator, id),
            now,
        )
        .await,
    )?;
    super::server::go(lang.code(), "/bli-med?sendt=1");
    Ok(())
}

/// `/{lang}/ot-rad/bli-med`: the application, and its receipt.
#[component]
pub fn ApplyPage() -> impl IntoView {
    let i18n = use_i18n();
    let sent = use_query_map().with_untracked(|q| q.get("sendt").is_some());
    let title = t!(i18n, "council-apply-title");
    if sent {
        return view! {
            <Title text=title/>
            <div class="panel panel--success" role="status">
                <h1>{t!(i18n, "council-apply-sent-title")}</h1>
                <p>{t!(i18n, "council-apply-sent-text")}</p>
            </div>
            <h2>{t!(i18n, "council-apply-next-heading")}</h2>
            <p>{t!(i18n, "council-apply-next")}</p>
            <p><a href=i18n.href("/ot-rad")>{t!(i18n, "council-back")}</a></p>
        }
        .into_any();
    }
    let action = ServerAction::<Apply>::new();
    let error = move || action.value().get().and_then(Result::err);
    let messages = [
        ("first_name", t!(i18n, "booking-first-name-missing")),
        ("age", t!(i18n, "council-apply-age-invalid")),
        ("contact", t!(i18n, "booking-contact-missing")),
        ("mobile", t!(i18n, "booking-mobile-invalid")),
        ("email", t!(i18n, "booking-email-invalid")),
        ("contact_channel", t!(i18n, "council-apply-channel-invalid")),
        ("reason", t!(i18n, "council-apply-reason-too-long")),
    ];
    let message = |field: &str| crate::components::error_summary::message_for(&messages, field);
    let (
        first_name_error,
        age_error,
        contact_error,
        mobile_error,
        email_error,
        channel_error,
        reason_error,
    ) = (
        message("first_name"),
        message("age"),
        message("contact"),
        message("mobile"),
        message("email"),
        message("contact_channel"),
        message("reason"),
    );
    let problems = {
        let i18n = i18n.clone();
        move || problems_for(&i18n, error(), &messages, "first_name")
    };
    let contact_invalid = field_invalid(error, "contact");
    let channels = [
        ("sms", t!(i18n, "channel-sms")),
        ("email", t!(i18n, "channel-email")),
    ]
    .into_iter()
    .map(|(value, label)| Choice {
        name: "contact_channel".into(),
        value: value.into(),
        label,
        checked: false,
    })
    .collect();
    let reason_invalid = field_invalid(error, "reason");
    view! {
        <Title text=title.clone()/>
        <h1>{title}</h1>
        <p>{t!(i18n, "council-apply-intro")}</p>
        {move || view! { <ErrorSummary problems=problems()/> }}
        <Form action=action class="form" novalidate=true>
            <input type="hidden" name="lang" value=i18n.lang().code()/>
            <Field id="first_name" label=t!(i18n, "booking-first-name") error=first_name_error
                invalid=field_invalid(error, "first_name") autocomplete="given-name"/>
            <Field id="age" label=t!(i18n, "council-apply-age") error=age_error
                invalid=field_invalid(error, "age") autocomplete="off"/>
            <p class="field__hint" id="contact">{t!(i18n, "booking-contact-hint")}</p>
            <Show when=move || contact_invalid.get()>
                <p class="field__error">{contact_error.clone()}</p>
            </Show>
            <Field id="mobile" label=t!(i18n, "booking-mobile") error=mobile_error input_type="tel"
                invalid=field_invalid(error, "mobile") autocomplete="tel" optional=true/>
            <Field id="email" label=t!(i18n, "booking-email") error=email_error input_type="email"
                invalid=field_invalid(error, "email") autocomplete="email" optional=true/>
            <ChoiceGroup id="contact_channel" legend=t!(i18n, "council-apply-channel-legend")
                choices=channels error=channel_error invalid=field_invalid(error, "contact_channel")/>
            <div class="field" class:field--error=move || reason_invalid.get()>
                <label for="reason">{t!(i18n, "council-apply-reason")}</label>
                <Show when=move || reason_invalid.get()>
                    <p class="field__error" id="reason-error">{reason_error.clone()}</p>
                </Show>
                <CharacterCount template=t!(i18n, "characters-count", count = "{count}", max = 1000) initial=kept("reason", "").chars().count()>
                    <textarea id="reason" name="reason" rows="4" maxlength="1000">{crate::components::form::textarea(kept("reason", ""))}</textarea>
                </CharacterCount>
            </div>
            <SendButton label=t!(i18n, "council-apply-send") working=t!(i18n, "sending")
                summary_title=t!(i18n, "error-summary-title") secondary=false/>
        </Form>
    }
    .into_any()
}
