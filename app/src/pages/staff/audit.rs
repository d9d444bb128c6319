//! The audit log, for administrators: the newest events first, searchable by who did it and by
//! which record it concerns.

use leptos::prelude::*;
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

/// The search, as the page's GET form sends it; empty means «any».
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct AuditQuery {
    pub staff: Option<String>,
    pub subject_type: Option<String>,
    pub subject_id: Option<String>,
}

/// The kinds of record the log names.
const SUBJECT_TYPES: [&str; 4] = ["staff", "department", "contact_request", "answer"];

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AuditPageData {
    pub rows: Vec<AuditRow>,
    /// (id, name) of every member of staff, for the filter.
    pub staff: Vec<(i64, String)>,
}

#[leptos::server(prefix = "/api", endpoint = "audit")]
pub async fn get_audit(query: Option<AuditQuery>) -> Result<AuditPageData, AppError> {
    let (portal, _) = crate::session::server::require_administrator().await?;
    let query = query.unwrap_or_default();
    let staff: Vec<(i64, String)> = domain::staff::list(&portal.db, portal.county.id)
        .await?
        .into_iter()
        .map(|s| (s.id, s.full_name))
        .collect();
    let names: std::collections::HashMap<i64, String> = staff.iter().cloned().collect();
    let staff_id = query.staff.as_deref().and_then(|s| s.parse::<i64>().ok());
    let subject_type = query
        .subject_type
        .as_deref()
        .filter(|t| SUBJECT_TYPES.contains(t));
    let subject_id = query
        .subject_id
        .as_deref()
        .map(str::trim)
        .filter(|s| !s.is_empty());
    let subject = match (subject_type, subject_id) {
        (Some(t), Some(id)) => Some((t, id)),
        _ => None,
    };
    let events =
        domain::audit::search(&portal.db, portal.county.id, staff_id, subject, 200).await?;
    let rows = events
        .into_iter()
        .map(|e| AuditRow {
            at: e.at.format("%Y-%m-%d %H:%M:%S UTC").to_string(),
            by: e.staff_id.and_then(|id| names.get(&id).cloned()),
            action: e.action,
            subject: format!("{} {}", e.subject_type, e.subject_id),
            detail: e.detail,
        })
        .collect();
    Ok(AuditPageData { rows, staff })
}

#[component]
pub fn AuditPage() -> impl IntoView {
    let i18n = use_i18n();
    let query = leptos_router::hooks::use_query_map();
    let current = query.with_untracked(|q| AuditQuery {
        staff: q.get("staff").filter(|v| !v.is_empty()),
        subject_type: q.get("subject_type").filter(|v| !v.is_empty()),
        subject_id: q.get("subject_id").filter(|v| !v.is_empty()),
    });
    let title = t!(i18n, "audit-title");
    let load = get_audit(Some(current.clone()));
    super::staff_page(Some(title), load, move |AuditPageData { rows, staff }| {
        let current = current.clone();
        let system = t!(i18n, "audit-system");
        let is = |value: &str, current: &Option<String>| current.as_deref() == Some(value);
        view! {
            <form method="get" class="form filters">
                <div class="field">
                    <label for="staff">{t!(i18n, "audit-by")}</label>
                    <select id="staff" name="staff">
                        <option value="">{t!(i18n, "answers-all")}</option>
                        {staff.iter().map(|(id, name)| view! {
                            <option value=id.to_string() selected=is(&id.to_string(), &current.staff)>{name.clone()}</option>
                        }).collect_view()}
                    </select>
                </div>
                <div class="field">
                    <label for="subject_type">{t!(i18n, "audit-subject-type")}</label>
                    <select id="subject_type" name="subject_type">
                        <option value="">{t!(i18n, "answers-all")}</option>
                        {SUBJECT_TYPES.iter().map(|t| view! {
                            <option value=*t selected=is(t, &current.subject_type)>{*t}</option>
                        }).collect_view()}
                    </select>
                </div>
                <div class="field">
                    <label for="subject_id">{t!(i18n, "audit-subject-id")}</label>
                    <input id="subject_id" name="subject_id" inputmode="numeric" value=current.subject_id.clone()/>
                </div>
                <button type="submit" class="button button--secondary">{t!(i18n, "answers-filter")}</button>
            </form>
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
    })
}
