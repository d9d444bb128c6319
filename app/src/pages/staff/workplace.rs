//! The advisor's workplace at `/{lang}/staff`: who is signed in, their role and departments, and
//! the way out. The lists of what needs the advisor today arrive with the answer and booking
//! journeys.

use leptos::prelude::*;

use crate::components::form::Form;
use leptos_meta::Title;
use leptos_router::components::Redirect;

use crate::{error::AppError, i18n::use_i18n, session::Me, t};

#[leptos::server(prefix = "/api", endpoint = "me")]
pub async fn get_me() -> Result<Me, AppError> {
    let (portal, staff) = crate::session::server::require_staff().await?;
    let ids = domain::staff::department_ids(&portal.db, staff.id).await?;
    let departments = domain::department::list(&portal.db, portal.county.id)
        .await?
        .into_iter()
        .filter(|d| ids.contains(&d.id))
        .map(|d| d.name)
        .collect();
    Ok(Me {
        full_name: staff.full_name,
        email: staff.email,
        role: staff.role.as_str().to_string(),
        departments,
    })
}

/// What needs the advisor today, with links: answers waiting for a code, people to call.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Workload {
    pub waiting_answers: usize,
    pub call_list: usize,
    pub booking_requests: usize,
    /// Requests whose hold runs out within `bookings::NEAR_DEADLINE_HOURS`.
    pub near_deadline: usize,
    pub meetings_today: usize,
    pub callbacks: usize,
    pub demo: bool,
}

#[leptos::server(prefix = "/api", endpoint = "workload")]
pub async fn get_workload() -> Result<Option<Workload>, AppError> {
    let (portal, staff, scope) = match crate::session::server::require_youth_access().await {
        Ok(access) => access,
        // Administrators and the council coordinator have no youth work here.
        Err(AppError::NotFound) => return Ok(None),
        Err(err) => return Err(err),
    };
    let today = chrono::Utc::now().date_naive();
    let waiting = domain::answer::inbox(
        &portal.db,
        portal.county.id,
        scope,
        &domain::answer::InboxFilter::default(),
        today,
    )
    .await?
    .len();
    let call_list = domain::contact_request::call_list(&portal.db, portal.county.id, scope)
        .await?
        .len();
    // An advisor's own requests and meetings; a coordinator's the county's.
    let own = (staff.role == domain::staff::Role::Advisor).then_some(staff.id);
    let now = chrono::Utc::now();
    let queue = domain::booking::queue(&portal.db, portal.county.id, scope, own, now).await?;
    let near = chrono::Duration::hours(super::bookings::NEAR_DEADLINE_HOURS);
    let oslo_today = now.with_timezone(&domain::booking::ZONE).date_naive();
    let from = domain::booking::instant(oslo_today, chrono::NaiveTime::MIN, true);
    let to = domain::booking::instant(
        oslo_today.succ_opt().unwrap_or(oslo_today),
        chrono::NaiveTime::MIN,
        true,
    );
    let meetings_today =
        domain::booking::meetings(&portal.db, portal.county.id, scope, own, from, to)
            .await?
            .iter()
            .filter(|b| b.state == domain::booking::BookingState::Confirmed)
            .count();
    let callbacks = domain::booking::callbacks(&portal.db, portal.county.id, scope)
        .await?
        .len();
    Ok(Some(Workload {
        waiting_answers: waiting,
        call_list,
        booking_requests: queue.len(),
        near_deadline: queue.iter().filter(|b| b.hold_until - now < near).count(),
        meetings_today,
        callbacks,
        demo: portal.demo,
    }))
}

#[leptos::server(prefix = "/api", endpoint = "logout")]
pub async fn logout(lang: String) -> Result<(), AppError> {
    use crate::session::server::{clear_session_cookie, session_token};
    let portal = crate::portal::server::use_portal()?;
    if let Some(token) = session_token() {
        domain::session::end(&portal.db, &token).await?;
    }
    clear_session_cookie(portal.secure_cookies);
    let lang = crate::i18n::Lang::from_code(&lang).unwrap_or(crate::i18n::Lang::DEFAULT);
    leptos_axum::redirect(&format!("/{}/staff/login", lang.code()));
    Ok(())
}

#[component]
pub fn WorkplacePage() -> impl IntoView {
    let i18n = use_i18n();
    // One resource for the page: a second one created while the first resolves (a nested
    // Suspense) could leave the response hanging (leptos-rs/leptos#4851).
    let me = Resource::new_blocking(
        || (),
        |_| async { (get_me().await, get_workload().await.ok().flatten()) },
    );
    let logout = ServerAction::<Logout>::new();
    let login_href = i18n.href("/staff/login");
    let title = t!(i18n, "workplace-title");
    let body = move || {
        let i18n = i18n.clone();
        let login_href = login_href.clone();
        Suspend::new(async move {
            let (me, workload) = me.await;
            match me {
                Ok(me) => {
                    let role = super::role_label(&i18n, &me.role);
                    let is_admin = me.role == "administrator";
                    let departments = if me.departments.is_empty() {
                        t!(i18n, "workplace-whole-county")
                    } else {
                        me.departments.join(", ")
                    };
                    view! {
                        <h1>{t!(i18n, "workplace-greeting", name = me.full_name.clone())}</h1>
                        <dl class="facts">
                            <dt>{t!(i18n, "workplace-role")}</dt>
                            <dd>{role}</dd>
                            <dt>{t!(i18n, "workplace-departments")}</dt>
                            <dd>{departments}</dd>
                        </dl>
                        {workload.map(|w| view! { <WorkloadLinks w/> })}
                        {is_admin.then(|| view! {
                            <h2>{t!(i18n, "workplace-administration")}</h2>
                            <ul>
                                <li><a href=i18n.href("/staff/admin")>{t!(i18n, "admin-title")}</a></li>
                                <li><a href=i18n.href("/staff/audit")>{t!(i18n, "audit-title")}</a></li>
                            </ul>
                        })}
                        <Form action=logout>
                            <input type="hidden" name="lang" value=i18n.lang().code()/>
                            <button type="submit" class="button button--secondary">{t!(i18n, "logout")}</button>
                        </Form>
                    }
                    .into_any()
                }
                Err(AppError::SignIn) => view! { <Redirect path=login_href/> }.into_any(),
                Err(err) => view! { <p class="error-message" role="alert">{i18n.loader().get(err.message_id())}</p> }.into_any(),
            }
        })
    };
    view! {
        <Title text=title/>
        <Suspense fallback=|| ()>{body}</Suspense>
    }
}

#[component]
fn WorkloadLinks(w: Workload) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <h2>{t!(i18n, "workplace-today")}</h2>
        <ul class="task-list">
            <li><a class="task" href=i18n.href("/staff/answers")>
                <span class="task__title">{t!(i18n, "workplace-waiting-answers", count = w.waiting_answers)}</span>
            </a></li>
            <li><a class="task" href=i18n.href("/staff/contact-requests")>
                <span class="task__title">{t!(i18n, "workplace-call-list", count = w.call_list)}</span>
            </a></li>
            <li><a class="task" class:task--urgent={w.near_deadline > 0} href=i18n.href("/staff/bookings")>
                <span class="task__title">{t!(i18n, "workplace-booking-requests", count = w.booking_requests)}</span>
                {(w.near_deadline > 0).then(|| view! {
                    <span class="task__text"><strong>{t!(i18n, "workplace-near-deadline", count = w.near_deadline)}</strong></span>
                })}
            </a></li>
            <li><a class="task" href=i18n.href("/staff/bookings")>
                <span class="task__title">{t!(i18n, "workplace-meetings-today", count = w.meetings_today)}</span>
            </a></li>
            {(w.callbacks > 0).then(|| view! {
                <li><a class="task" href=i18n.href("/staff/bookings")>
                    <span class="task__title">{t!(i18n, "workplace-callbacks", count = w.callbacks)}</span>
                </a></li>
            })}
        </ul>
        <h2>{t!(i18n, "workplace-areas")}</h2>
        <ul>
            <li><a href=i18n.href("/staff/contact-requests")>{t!(i18n, "requests-title")}</a></li>
            <li><a href=i18n.href("/staff/contact-requests/new")>{t!(i18n, "request-new")}</a></li>
            <li><a href=i18n.href("/staff/answers")>{t!(i18n, "answers-title")}</a></li>
            <li><a href=i18n.href("/staff/bookings")>{t!(i18n, "bookings-title")}</a></li>
            <li><a href=i18n.href("/staff/availability")>{t!(i18n, "availability-title")}</a></li>
            {w.demo.then(|| view! { <li><a href=i18n.href("/staff/demo-mailbox")>{t!(i18n, "mailbox-title")}</a></li> })}
        </ul>
    }
}
