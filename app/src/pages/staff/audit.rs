//! The audit log, for administrators: the newest events first.

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::components::Redirect;
use serde::{Deserialize, Serialize};

use crate::{error::AppError, i18n::use_i18n, t};

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AuditRow {
    /// UTC, RFC 3339.
    pub at: String,
    pub by: Option<String>,
    pub action: String,
    pub subject: String,
    pub detail: String,
}

#[leptos::server(prefix = "/api", endpoint = "audit")]
pub async fn get_audit() -> Result<Vec<AuditRow>, AppError> {
    let (portal, _) = crate::session::server::require_administrator().await?;
    let names: std::collections::HashMap<i64, String> =
        domain::staff::list(&portal.db, portal.county.id)
            .await?
            .into_iter()
            .map(|s| (s.id, s.full_name))
            .collect();
    let events = domain::audit::search(&portal.db, portal.county.id, None, None, 200).await?;
    Ok(events
        .into_iter()
        .map(|e| AuditRow {
            at: e.at.format("%Y-%m-%d %H:%M:%S UTC").to_string(),
            by: e.staff_id.and_then(|id| names.get(&id).cloned()),
            action: e.action,
            subject: format!("{} {}", e.subject_type, e.subject_id),
            detail: e.detail,
        })
        .collect())
}

#[component]
pub fn AuditPage() -> impl IntoView {
    let i18n = use_i18n();
    let rows = Resource::new_blocking(|| (), |_| get_audit());
    let title = t!(i18n, "audit-title");
    let login_href = i18n.href("/staff/login");
    let body = move || {
        let i18n = i18n.clone();
        let login_href = login_href.clone();
        Suspend::new(async move {
            match rows.await {
                Ok(rows) => {
                    let system = t!(i18n, "audit-system");
                    view! {
                        <table class="audit">
                            <caption>{t!(i18n, "audit-caption")}</caption>
                            <thead>
                                <tr>
                                    <th scope="col">{t!(i18n, "audit-at")}</th>
                                    <th scope="col">{t!(i18n, "audit-by")}</th>
                                    <th scope="col">{t!(i18n, "audit-action")}</th>
                                    <th scope="col">{t!(i18n, "audit-subject")}</th>
                                </tr>
                            </thead>
                            <tbody>
                                {rows
                                    .into_iter()
                                    .map(|r| view! {
                                        <tr>
                                            <td>{r.at}</td>
                                            <td>{r.by.unwrap_or_else(|| system.clone())}</td>
                                            <td><code>{r.action}</code></td>
                                            <td>{r.subject}" "{r.detail}</td>
                                        </tr>
                                    })
                                    .collect_view()}
                            </tbody>
                        </table>
                    }
                    .into_any()
                }
                Err(AppError::SignIn) => view! { <Redirect path=login_href/> }.into_any(),
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
