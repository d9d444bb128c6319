//! The advisor's workplace at `/{lang}/staff`: who is signed in, their role and departments, and
//! the way out. The lists of what needs the advisor today arrive with the answer and booking
//! journeys.

use leptos::prelude::*;

use leptos_meta::Title;

use super::council::{CouncilWorkload, CouncilWorkplace};
use crate::{error::AppError, i18n::use_i18n, islands::Refreshing, session::Me, t};

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
        role: staff.role,
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
    let load = async {
        Ok((
            get_me().await?,
            get_workload().await.ok().flatten(),
            super::council::get_council_workload().await.ok().flatten(),
        ))
    };
    // The greeting is the heading.
    let title = t!(i18n, "workplace-title");
    let body = move |(me, workload, council): (Me, Option<Workload>, Option<CouncilWorkload>)| {
        let i18n = i18n.clone();
        let role = super::role_label(&i18n, me.role);
        let is_admin = me.role == domain::staff::Role::Administrator;
        let departments = if me.departments.is_empty() {
            t!(i18n, "workplace-whole-county")
        } else {
            me.departments.join(", ")
        };
        view! {
            <Title text=title.clone()/>
            <h1>{t!(i18n, "workplace-greeting", name = me.full_name.clone())}</h1>
            <dl class="facts">
                <dt>{t!(i18n, "workplace-role")}</dt>
                <dd>{role}</dd>
                <dt>{t!(i18n, "workplace-departments")}</dt>
                <dd>{departments}</dd>
            </dl>
            {workload.map(|w| view! { <WorkloadLinks w/> })}
            {council.map(|w| view! { <CouncilWorkplace w/> })}
            {is_admin.then(|| view! {
                <h2>{t!(i18n, "workplace-administration")}</h2>
                <ul>
                    <li><a href=i18n.href("/staff/admin")>{t!(i18n, "admin-title")}</a></li>
                    <li><a href=i18n.href("/staff/audit")>{t!(i18n, "audit-title")}</a></li>
                    <li><a href=i18n.href("/staff/numbers")>{t!(i18n, "numbers-title")}</a></li>
                </ul>
            })}
        }
    };
    super::staff_page(None, load, body)
}

/// One line of the «today» list: a count, a link to where the work is.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Task {
    /// What it counts: `answers`, `call-list`, `booking-requests`, `meetings-today`, `callbacks`.
    pub key: &'static str,
    pub href: String,
    pub title: String,
    pub note: Option<String>,
    pub urgent: bool,
}

pub fn task_lines(i18n: &crate::i18n::I18n, w: &Workload) -> Vec<Task> {
    let task = |key: &'static str, path: &str, title: String| Task {
        key,
        href: i18n.href(path),
        title,
        note: None,
        urgent: false,
    };
    let mut tasks = vec![
        task(
            "answers",
            "/staff/answers",
            t!(i18n, "workplace-waiting-answers", count = w.waiting_answers),
        ),
        task(
            "call-list",
            "/staff/call-list",
            t!(i18n, "workplace-call-list", count = w.call_list),
        ),
        Task {
            note: (w.near_deadline > 0)
                .then(|| t!(i18n, "workplace-near-deadline", count = w.near_deadline)),
            urgent: w.near_deadline > 0,
            ..task(
                "booking-requests",
                "/staff/bookings",
                t!(
                    i18n,
                    "workplace-booking-requests",
                    count = w.booking_requests
                ),
            )
        },
        task(
            "meetings-today",
            "/staff/bookings",
            t!(i18n, "workplace-meetings-today", count = w.meetings_today),
        ),
    ];
    if w.callbacks > 0 {
        tasks.push(task(
            "callbacks",
            "/staff/bookings",
            t!(i18n, "workplace-callbacks", count = w.callbacks),
        ));
    }
    tasks
}

/// The counts as links, kept up to date by the `Refreshing` island while the page is open: a
/// polite live region, so a changed count is announced.
pub fn task_list(tasks: Vec<Task>) -> impl IntoView {
    view! {
        <Refreshing selector=".task-list".to_string() every_seconds=REFRESH_SECONDS>
            <ul class="task-list" aria-live="polite">
                {tasks.into_iter().map(|t| view! {
                    <li><a class="task" class:task--urgent=t.urgent href=t.href>
                        <span class="task__title">{t.title}</span>
                        {t.note.map(|n| view! { <span class="task__text"><strong>{n}</strong></span> })}
                    </a></li>
                }).collect_view()}
            </ul>
        </Refreshing>
    }
}

/// How often the counts refresh themselves while the page is open and visible.
pub const REFRESH_SECONDS: u64 = 45;

#[component]
fn WorkloadLinks(w: Workload) -> impl IntoView {
    let i18n = use_i18n();
    let tasks = task_lines(&i18n, &w);
    view! {
        <h2>{t!(i18n, "workplace-today")}</h2>
        {task_list(tasks)}
        <h2>{t!(i18n, "workplace-areas")}</h2>
        <ul>
            <li><a href=i18n.href("/staff/contact-requests")>{t!(i18n, "requests-title")}</a></li>
            <li><a href=i18n.href("/staff/contact-requests/new")>{t!(i18n, "request-new")}</a></li>
            <li><a href=i18n.href("/staff/answers")>{t!(i18n, "answers-title")}</a></li>
            <li><a href=i18n.href("/staff/bookings")>{t!(i18n, "bookings-title")}</a></li>
            <li><a href=i18n.href("/staff/availability")>{t!(i18n, "availability-title")}</a></li>
            <li><a href=i18n.href("/staff/numbers")>{t!(i18n, "numbers-title")}</a></li>
            {w.demo.then(|| view! { <li><a href=i18n.href("/staff/demo-mailbox")>{t!(i18n, "mailbox-title")}</a></li> })}
        </ul>
    }
}
