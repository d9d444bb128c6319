//! The council lines of the workplace: what waits for the council coordinator, with links.

use chrono::Utc;
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

use crate::{
    error::AppError,
    i18n::{use_i18n, I18n},
    pages::staff::workplace::{task_list, Task},
    t,
};

/// What waits for the council coordinator.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CouncilWorkload {
    pub new_applications: usize,
    pub pending_inputs: i64,
    pub pending_comments: i64,
    pub open_reports: i64,
    /// Input without an answer after `overdue_days` days.
    pub overdue: i64,
    pub overdue_days: i64,
    pub demo: bool,
}

/// The council coordinator's counts; `None` for everyone else, whose workplace has none.
#[leptos::server(prefix = "/api", endpoint = "council-workload")]
pub async fn get_council_workload() -> Result<Option<CouncilWorkload>, AppError> {
    use domain::council::{
        application::{self, ApplicationState},
        input, moderation,
    };

    use super::server::accepted;
    let (portal, staff) = match crate::session::server::require_council_coordinator().await {
        Ok(access) => access,
        Err(AppError::NotFound) => return Ok(None),
        Err(err) => return Err(err),
    };
    let db = &portal.db;
    let waiting = accepted(moderation::waiting(db, &staff).await, &[])?;
    let overdue =
        input::overdue_count(db, staff.county_id, portal.council_overdue_days, Utc::now()).await?;
    let new_applications = accepted(application::list(db, &staff).await, &[])?
        .iter()
        .filter(|a| a.state == ApplicationState::New)
        .count();
    Ok(Some(CouncilWorkload {
        new_applications,
        pending_inputs: waiting.pending_inputs,
        pending_comments: waiting.pending_comments,
        open_reports: waiting.open_reports,
        overdue,
        overdue_days: portal.council_overdue_days,
        demo: portal.demo,
    }))
}

/// The council lines of the «today» list.
pub fn council_tasks(i18n: &I18n, w: &CouncilWorkload) -> Vec<Task> {
    let task = |key: &'static str, anchor: &str, title: String| Task {
        key,
        href: i18n.href(&format!("/staff/council{anchor}")),
        title,
        note: None,
        urgent: false,
    };
    let mut tasks = vec![
        task(
            "council-approvals",
            "#pending-inputs",
            t!(
                i18n,
                "council-admin-workplace-approvals",
                count = w.pending_inputs
            ),
        ),
        task(
            "council-reports",
            "#open-reports",
            t!(
                i18n,
                "council-admin-workplace-reports",
                count = w.open_reports
            ),
        ),
        Task {
            urgent: w.overdue > 0,
            ..task(
                "council-overdue",
                "#overdue-inputs",
                t!(
                    i18n,
                    "council-admin-workplace-overdue",
                    count = w.overdue,
                    days = w.overdue_days
                ),
            )
        },
    ];
    if w.pending_comments > 0 {
        tasks.insert(
            1,
            task(
                "council-comment-approvals",
                "#hearings",
                t!(
                    i18n,
                    "council-admin-workplace-comments",
                    count = w.pending_comments
                ),
            ),
        );
    }
    if w.new_applications > 0 {
        tasks.push(task(
            "council-applications",
            "#applications",
            t!(
                i18n,
                "council-admin-workplace-applications",
                count = w.new_applications
            ),
        ));
    }
    tasks
}

/// The workplace's council section: the counts as links (the overdue line marked urgent, in
/// words as well as colour), and the council's pages.
#[component]
pub fn CouncilWorkplace(w: CouncilWorkload) -> impl IntoView {
    let i18n = use_i18n();
    let tasks = council_tasks(&i18n, &w);
    view! {
        <h2>{t!(i18n, "council-admin-title")}</h2>
        {task_list(tasks)}
        <ul>
            <li><a href=i18n.href("/staff/council")>{t!(i18n, "council-admin-workplace-link")}</a></li>
            <li><a href=i18n.href("/staff/council#applications")>{t!(i18n, "council-admin-applications")}</a></li>
            {w.demo.then(|| view! { <li><a href=i18n.href("/staff/demo-mailbox")>{t!(i18n, "mailbox-title")}</a></li> })}
        </ul>
    }
}
