//! `/{lang}/staff/call-list`: the young people whose reminders are used up without an answer,
//! oldest first, a page at a time, each with a number to tap. Reading it is audited.

use leptos::prelude::*;
use serde::{Deserialize, Serialize};

use super::contact_requests::{name_of, reach, row, RequestRow, PER_PAGE};
use crate::{error::AppError, i18n::use_i18n, t};

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CallList {
    pub entries: Vec<RequestRow>,
    pub page: i64,
    pub pages: i64,
    pub total: i64,
}

#[leptos::server(prefix = "/api", endpoint = "call-list")]
pub async fn get_call_list(page: Option<i64>) -> Result<CallList, AppError> {
    use crate::session::server::{audit, require_youth_access};
    let (portal, staff, scope) = require_youth_access().await?;
    let now = chrono::Utc::now();
    let list = domain::contact_request::call_list_page(
        &portal.db,
        portal.county.id,
        scope,
        page.unwrap_or(1),
        PER_PAGE,
    )
    .await?;
    audit(
        &portal,
        &staff,
        "contact_request.call_list",
        ("contact_request", String::new()),
        None,
        format!(
            "page {} of {}: {} to call",
            list.page,
            list.pages,
            list.items.len()
        ),
    )
    .await?;
    Ok(CallList {
        page: list.page,
        pages: list.pages,
        total: list.total,
        entries: list.items.into_iter().map(|r| row(r, now)).collect(),
    })
}

#[component]
pub fn CallListPage() -> impl IntoView {
    let i18n = use_i18n();
    let page = leptos_router::hooks::use_query_map()
        .with_untracked(|q| q.get("page").and_then(|p| p.parse::<i64>().ok()));
    let title = t!(i18n, "call-list-title");
    let body = move |list: CallList| {
        let i18n = i18n.clone();
        let paging = crate::components::paging::paging(&i18n, list.page, list.pages, |n| {
            i18n.href(&format!("/staff/call-list?page={n}"))
        });
        view! {
            <p>{t!(i18n, "call-list-lead", count = list.total)}</p>
            <ul class="staff-list call-list">
                {list.entries.iter().map(|r| view! {
                    <li class="staff-list__item">
                        <p class="staff-list__name">{name_of(&i18n, r)}</p>
                        <p>{r.department.clone()}" · "{r.created.clone()}</p>
                        {reach(r).map(|a| view! { <p>{a}</p> })}
                    </li>
                }).collect_view()}
            </ul>
            {paging}
        }
    };
    super::staff_page(Some(title), get_call_list(page), body)
}
