//! Contact requests: advisors ask young people «what are you doing now?». The list shows each
//! request's state and letter code (for paper letters); the form creates one request, and its
//! message goes out through the outbox.

use leptos::{prelude::*, server_fn::ServerFn};
use serde::{Deserialize, Serialize};

use crate::{
    components::{
        error_summary::{field_invalid, message_for, problems_for, ErrorSummary},
        field::Field,
        form::{kept, Form},
    },
    error::AppError,
    i18n::{use_i18n, Lang},
    islands::SendButton,
    session::server::{audit, require_youth_access},
    t,
};

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct RequestRow {
    pub id: i64,
    pub name: String,
    pub department: String,
    pub created: String,
    /// `answered`, `call_list`, `revoked`, `expired` or `waiting`.
    pub state: String,
    pub letter_code: String,
    pub mobile: Option<String>,
    pub email: Option<String>,
    /// The answer once it is sent: the entry links to it.
    pub answer_id: Option<i64>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ContactRequests {
    pub requests: Vec<RequestRow>,
    /// This page of `requests` (from 1), of `pages`; `total` requests in all.
    pub page: i64,
    pub pages: i64,
    pub total: i64,
    /// How many are on the call list (its own page, `call_list`).
    pub to_call: i64,
}

/// Requests on one page of the list: a phone scrolls through twenty, not a county's thousands.
pub const PER_PAGE: i64 = 20;

pub(super) fn row(
    r: domain::contact_request::ContactRequest,
    now: chrono::DateTime<chrono::Utc>,
) -> RequestRow {
    let state = if r.answered_at.is_some() {
        "answered"
    } else if r.revoked_at.is_some() {
        "revoked"
    } else if r.expires_at <= now {
        "expired"
    } else if r.call_list_at.is_some() {
        "call_list"
    } else {
        "waiting"
    };
    RequestRow {
        id: r.id,
        name: format!("{} {}", r.first_name, r.last_name),
        department: r.department_name,
        created: r.created_at.format("%d.%m.%Y").to_string(),
        state: state.into(),
        letter_code: domain::contact_request::display_code(&r.letter_code),
        mobile: r.mobile,
        email: r.email,
        answer_id: r.answer_id,
    }
}

#[leptos::server(prefix = "/api", endpoint = "contact-requests")]
pub async fn get_contact_requests(page: Option<i64>) -> Result<ContactRequests, AppError> {
    let (portal, staff, scope) = require_youth_access().await?;
    let now = chrono::Utc::now();
    let requests = domain::contact_request::list_page(
        &portal.db,
        portal.county.id,
        scope,
        page.unwrap_or(1),
        PER_PAGE,
    )
    .await?;
    let to_call =
        domain::contact_request::call_list_page(&portal.db, portal.county.id, scope, 1, 1)
            .await?
            .total;
    audit(
        &portal,
        &staff,
        "contact_request.list",
        ("contact_request", String::new()),
        None,
        format!(
            "page {} of {}: {} requests, {} to call",
            requests.page,
            requests.pages,
            requests.items.len(),
            to_call
        ),
    )
    .await?;
    Ok(ContactRequests {
        page: requests.page,
        pages: requests.pages,
        total: requests.total,
        requests: requests.items.into_iter().map(|r| row(r, now)).collect(),
        to_call,
    })
}

/// The departments a member of staff may write from: an advisor's own, or the whole county's.
pub(super) async fn allowed_departments(
    portal: &crate::portal::server::Portal,
    scope: domain::contact_request::Scope,
) -> Result<Vec<domain::department::Department>, AppError> {
    let all = domain::department::list(&portal.db, portal.county.id).await?;
    Ok(match scope {
        domain::contact_request::Scope::County => all,
        domain::contact_request::Scope::DepartmentsOf(staff_id) => {
            let own = domain::staff::department_ids(&portal.db, staff_id).await?;
            all.into_iter().filter(|d| own.contains(&d.id)).collect()
        }
    })
}

/// (slug, name) of the departments the form offers.
#[leptos::server(prefix = "/api", endpoint = "contact-request-departments")]
pub async fn get_request_departments() -> Result<Vec<(String, String)>, AppError> {
    let (portal, _, scope) = require_youth_access().await?;
    Ok(allowed_departments(&portal, scope)
        .await?
        .into_iter()
        .map(|d| (d.slug, d.name))
        .collect())
}

#[leptos::server(prefix = "/api", endpoint = "create-contact-request")]
pub async fn create_contact_request(
    lang: String,
    form: domain::contact_request::ContactRequestInput,
) -> Result<(), AppError> {
    let (portal, staff, scope) = require_youth_access().await?;
    let departments: Vec<(i64, String)> = allowed_departments(&portal, scope)
        .await?
        .into_iter()
        .map(|d| (d.id, d.slug))
        .collect();
    let now = chrono::Utc::now();
    let today = now.date_naive();
    let valid =
        domain::contact_request::validate(&form, &departments, today).map_err(|problems| {
            AppError::InvalidInput {
                fields: problems.iter().map(|p| p.field.to_string()).collect(),
            }
        })?;
    let origin = portal.public_origin.clone();
    let service = portal.county.service_name.clone();
    let compose = move |r: &domain::contact_request::NewContactRequest, token: &str, code: &str| {
        crate::messages::contact_request(&origin, &service, r, token, code, today)
    };
    domain::contact_request::create_many(
        &portal.db,
        portal.county.id,
        staff.id,
        domain::contact_request::Source::Form,
        std::slice::from_ref(&valid),
        &portal.contact_policy,
        &compose,
        now,
    )
    .await?;
    let lang = Lang::from_code(&lang).unwrap_or(Lang::DEFAULT);
    leptos_axum::redirect(&format!(
        "/{}/staff/contact-requests?created=1",
        lang.code()
    ));
    Ok(())
}

#[leptos::server(prefix = "/api", endpoint = "revoke-contact-request")]
pub async fn revoke_contact_request(lang: String, id: i64) -> Result<(), AppError> {
    let (portal, staff, scope) = require_youth_access().await?;
    domain::contact_request::revoke(
        &portal.db,
        portal.county.id,
        scope,
        id,
        staff.id,
        chrono::Utc::now(),
    )
    .await?;
    let lang = Lang::from_code(&lang).unwrap_or(Lang::DEFAULT);
    leptos_axum::redirect(&format!(
        "/{}/staff/contact-requests?revoked=1",
        lang.code()
    ));
    Ok(())
}

/// A request's name, leading to the answer once there is one.
pub(super) fn name_of(i18n: &crate::i18n::I18n, r: &RequestRow) -> AnyView {
    match r.answer_id {
        Some(id) => {
            view! { <a href=i18n.href(&format!("/staff/answers/{id}"))>{r.name.clone()}</a> }
                .into_any()
        }
        None => r.name.clone().into_any(),
    }
}

/// How to reach the person: a number to tap, or else an address to write to.
pub(super) fn reach(r: &RequestRow) -> Option<AnyView> {
    match (r.mobile.clone(), r.email.clone()) {
        (Some(m), _) => Some(
            view! { <a class="phone" href=crate::components::phone::tel_href(&m)>{m.clone()}</a> }
                .into_any(),
        ),
        (None, Some(e)) => Some(view! { <a href=format!("mailto:{e}")>{e.clone()}</a> }.into_any()),
        (None, None) => None,
    }
}

#[component]
pub fn ContactRequestsPage() -> impl IntoView {
    let i18n = use_i18n();
    let revoke = ServerAction::<RevokeContactRequest>::new();
    let query = leptos_router::hooks::use_query_map();
    let created = query.with_untracked(|q| q.get("created").is_some());
    let imported = query.with_untracked(|q| q.get("imported"));
    let revoked = query.with_untracked(|q| q.get("revoked").is_some());
    // Withdrawing takes two steps: the button asks, and only the second one posts.
    let asking = query.with_untracked(|q| q.get("revoke").and_then(|id| id.parse::<i64>().ok()));
    let title = t!(i18n, "requests-title");
    let body = {
        let i18n = i18n.clone();
        move |data: ContactRequests| {
            let imported = imported.clone();
            let state_label = {
                let i18n = i18n.clone();
                move |state: &str| match state {
                    "answered" => t!(i18n, "request-state-answered"),
                    "call_list" => t!(i18n, "request-state-call_list"),
                    "revoked" => t!(i18n, "request-state-revoked"),
                    "expired" => t!(i18n, "request-state-expired"),
                    _ => t!(i18n, "request-state-waiting"),
                }
            };
            let lang = i18n.lang().code();
            let name = |r: &RequestRow| name_of(&i18n, r);
            let call_list = (data.to_call > 0).then(|| view! {
                <p><a href=i18n.href("/staff/call-list")>{t!(i18n, "requests-call-list-link", count = data.to_call)}</a></p>
            });
            let (page, pages) = (data.page, data.pages);
            let paging = crate::components::paging::paging(&i18n, page, pages, |n| {
                i18n.href(&format!("/staff/contact-requests?page={n}#requests"))
            });
            view! {
                {created.then(|| view! { <p class="notice" role="status">{t!(i18n, "request-created")}</p> })}
                {revoked.then(|| view! { <p class="notice" role="status">{t!(i18n, "request-revoked-notice")}</p> })}
                {imported.map(|n| view! { <p class="notice" role="status">{t!(i18n, "import-done", count = n.parse::<i64>().unwrap_or(0))}</p> })}
                <p><a class="button" href=i18n.href("/staff/contact-requests/new")>{t!(i18n, "request-new")}</a></p>
                <p><a href=i18n.href("/staff/contact-requests/import")>{t!(i18n, "import-title")}</a></p>
                {call_list}
                <h2 id="requests">{t!(i18n, "requests-all")}</h2>
                <p>{t!(i18n, "requests-count", count = data.total)}</p>
                // Cards, not a table: they fit a phone's width as well as a laptop's.
                <ul class="staff-list request-list">
                    {data.requests.into_iter().map(|r| {
                        let revocable = r.state == "waiting" || r.state == "call_list";
                        let label = t!(i18n, "request-revoke", name = r.name.clone());
                        let short = t!(i18n, "request-revoke-short");
                        let confirm = t!(i18n, "request-revoke-confirm", name = r.name.clone());
                        let keep = t!(i18n, "request-revoke-keep");
                        let list = i18n.href(&format!("/staff/contact-requests?page={page}#request-{}", r.id));
                        let ask = i18n.href(&format!("/staff/contact-requests?page={page}&revoke={}#request-{}", r.id, r.id));
                        view! {
                            <li class="staff-list__item" id=format!("request-{}", r.id)>
                                <p class="staff-list__name">{name(&r)}</p>
                                <p>{state_label(&r.state)}" · "{r.department.clone()}" · "{r.created.clone()}</p>
                                {reach(&r).map(|a| view! { <p>{a}</p> })}
                                <p>{t!(i18n, "requests-letter-code")}": "<code>{r.letter_code.clone()}</code></p>
                                {(revocable && asking != Some(r.id)).then(|| view! {
                                    <p><a class="button button--secondary" href=ask aria-label=label.clone()>{short.clone()}</a></p>
                                })}
                                {(revocable && asking == Some(r.id)).then(move || view! {
                                    <div class="panel" role="alert">
                                        <p>{confirm}</p>
                                        <Form action=revoke class="inline-form">
                                            <input type="hidden" name="lang" value=lang/>
                                            <input type="hidden" name="id" value=r.id/>
                                            <button type="submit" class="button" aria-label=label>{short}</button>
                                        </Form>
                                        " "
                                        <a href=list>{keep}</a>
                                    </div>
                                })}
                            </li>
                        }
                    }).collect_view()}
                </ul>
                {paging}
            }
        }
    };
    let page = query.with_untracked(|q| q.get("page").and_then(|p| p.parse::<i64>().ok()));
    super::staff_page(Some(title), get_contact_requests(page), body)
}

#[component]
pub fn NewContactRequestPage() -> impl IntoView {
    let i18n = use_i18n();
    let create = ServerAction::<CreateContactRequest>::new();
    let error = move || create.value().get().and_then(Result::err);
    // Without a mobile and an e-mail the person cannot be reached: say so, rather than that
    // the (empty) number is wrong.
    let sent = |name| crate::components::form::kept_for(CreateContactRequest::PATH, name);
    let unreachable = sent("form[mobile]").is_some_and(|m| m.trim().is_empty())
        && sent("form[email]").is_none_or(|e| e.trim().is_empty());
    // A name typed too long is told so, not that it is missing.
    let too_long = |name| sent(name).is_some_and(|v| v.trim().chars().count() > 100);
    let name_message = |name, missing| {
        if too_long(name) {
            t!(i18n, "request-name-too-long")
        } else {
            i18n.loader().get(missing)
        }
    };
    let messages = [
        (
            "first_name",
            name_message("form[first_name]", "request-first-name-missing"),
        ),
        (
            "last_name",
            name_message("form[last_name]", "request-last-name-missing"),
        ),
        ("birth_date", t!(i18n, "request-birth-date-invalid")),
        (
            "mobile",
            if unreachable {
                t!(i18n, "request-contact-missing")
            } else {
                t!(i18n, "request-mobile-invalid")
            },
        ),
        ("email", t!(i18n, "admin-email-invalid")),
        (
            "municipality",
            name_message("form[municipality]", "request-municipality-missing"),
        ),
        ("guardian_name", t!(i18n, "request-name-too-long")),
        ("department", t!(i18n, "request-department-invalid")),
        ("language", t!(i18n, "request-language-invalid")),
        ("guardian_mobile", t!(i18n, "request-mobile-invalid")),
        ("guardian_email", t!(i18n, "admin-email-invalid")),
    ];
    let lookup = messages.clone();
    let message = move |field: &str| message_for(&lookup, field);
    let problems = {
        let i18n = i18n.clone();
        move || problems_for(&i18n, error(), &messages, "first_name")
    };
    let invalid = move |field: &'static str| field_invalid(error, field);
    let title = t!(i18n, "request-new");
    let form = move |departments: Vec<(String, String)>| {
        let i18n = i18n.clone();
        let message = message.clone();
        let problems = problems.clone();
        {
            let suffix = t!(i18n, "request-optional");
            let optional = move |label: String| format!("{label} {suffix}");
            view! {
                {move || view! { <ErrorSummary problems=problems()/> }}
                <Form action=create class="form" novalidate=true>
                    <input type="hidden" name="lang" value=i18n.lang().code()/>
                    <Field id="first_name" name="form[first_name]" label=t!(i18n, "request-first-name") error=message("first_name") invalid=invalid("first_name")/>
                    <Field id="last_name" name="form[last_name]" label=t!(i18n, "request-last-name") error=message("last_name") invalid=invalid("last_name")/>
                    <Field id="birth_date" name="form[birth_date]" label=t!(i18n, "request-birth-date") error=message("birth_date") invalid=invalid("birth_date")/>
                    <Field id="mobile" name="form[mobile]" label=t!(i18n, "request-mobile") error=message("mobile") invalid=invalid("mobile") input_type="tel" optional=true/>
                    <Field id="email" name="form[email]" label=optional(t!(i18n, "login-email")) error=message("email") invalid=invalid("email") input_type="email" optional=true/>
                    <div class="field">
                        <label for="language">{t!(i18n, "request-language")}</label>
                        <select id="language" name="form[language]">
                            {Lang::ALL.into_iter().map(|l| view! { <option value=l.code() selected=kept("form[language]", "") == l.code()>{l.native_name()}</option> }).collect_view()}
                        </select>
                    </div>
                    <Field id="municipality" name="form[municipality]" label=t!(i18n, "request-municipality") error=message("municipality") invalid=invalid("municipality")/>
                    <div class="field">
                        <label for="department">{t!(i18n, "admin-department")}</label>
                        <select id="department" name="form[department]">
                            {departments.into_iter().map(|(slug, name)| view! { <option selected=kept("form[department]", "") == slug value=slug>{name}</option> }).collect_view()}
                        </select>
                    </div>
                    <fieldset class="field">
                        <legend>{t!(i18n, "request-guardian")}</legend>
                        <Field id="guardian_name" name="form[guardian_name]" label=optional(t!(i18n, "admin-name")) error=message("guardian_name") invalid=invalid("guardian_name") optional=true/>
                        <Field id="guardian_mobile" name="form[guardian_mobile]" label=optional(t!(i18n, "request-mobile")) error=message("guardian_mobile") invalid=invalid("guardian_mobile") input_type="tel" optional=true/>
                        <Field id="guardian_email" name="form[guardian_email]" label=optional(t!(i18n, "login-email")) error=message("guardian_email") invalid=invalid("guardian_email") input_type="email" optional=true/>
                    </fieldset>
                    <SendButton label=t!(i18n, "request-send") working=t!(i18n, "sending") summary_title=t!(i18n, "error-summary-title") secondary=false/>
                </Form>
            }
        }
    };
    super::staff_page(Some(title), get_request_departments(), form)
}
