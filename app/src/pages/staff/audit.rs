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
    pub page: Option<String>,
}

impl AuditQuery {
    /// The log's address with this search, at page `page`.
    fn href(&self, i18n: &crate::i18n::I18n, page: i64) -> String {
        let mut query = form_urlencoded::Serializer::new(String::new());
        for (name, value) in [
            ("staff", &self.staff),
            ("subject_type", &self.subject_type),
            ("subject_id", &self.subject_id),
        ] {
            if let Some(value) = value {
                query.append_pair(name, value);
            }
        }
        query.append_pair("page", &page.to_string());
        i18n.href(&format!("/staff/audit?{}", query.finish()))
    }
}

/// Events on one page of the log, and how far back the log can be paged.
const PER_PAGE: i64 = 25;
const NEWEST: i64 = 1000;

/// The kinds of record the log names.
const SUBJECT_TYPES: [&str; 4] = ["staff", "department", "contact_request", "answer"];

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AuditPageData {
    /// This page (from 1) of `pages` of the newest events matching the search.
    pub rows: Vec<AuditRow>,
    pub page: i64,
    pub pages: i64,
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
        domain::audit::search(&portal.db, portal.county.id, staff_id, subject, NEWEST).await?;
    let page = query
        .page
        .as_deref()
        .and_then(|p| p.parse().ok())
        .unwrap_or(1);
    let events = domain::paging::Page::of(events, page, PER_PAGE);
    let (page, pages) = (events.page, events.pages);
    let rows = events
        .items
        .into_iter()
        .map(|e| AuditRow {
            at: e.at.format("%Y-%m-%d %H:%M:%S UTC").to_string(),
            by: e.staff_id.and_then(|id| names.get(&id).cloned()),
            action: e.action,
            subject: format!("{} {}", e.subject_type, e.subject_id),
            detail: e.detail,
        })
        .collect();
    Ok(AuditPageData {
        rows,
        page,
        pages,
        staff,
    })
}

#[component]
pub fn AuditPage() -> impl IntoView {
    let i18n = use_i18n();
    let query = leptos_router::hooks::use_query_map();
    let current = query.with_untracked(|q| AuditQuery {
        staff: q.get("staff").filter(|v| !v.is_empty()),
        subject_type: q.get("subject_type").filter(|v| !v.is_empty()),
        subject_id: q.get("subject_id").filter(|v| !v.is_empty()),
        page: q.get("page"),
    });
    let title = t!(i18n, "audit-title");
    let load = get_audit(Some(current.clone()));
    super::staff_page(
        Some(title),
        load,
        move |AuditPageData {
                  rows,
                  page,
                  pages,
                  staff,
              }| {
            let current = current.clone();
            let labels = [
                t!(i18n, "audit-at"),
                t!(i18n, "audit-by"),
                t!(i18n, "audit-action"),
                t!(i18n, "audit-subject"),
            ];
            let paging =
                crate::components::paging::paging(&i18n, page, pages, |n| current.href(&i18n, n));
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
                            {labels.iter().map(|l| view! { <th scope="col">{l.clone()}</th> }).collect_view()}
                        </tr>
                    </thead>
                    <tbody>
                        {rows
                            .into_iter()
                            .map(|r| view! {
                                // `data-label`: on a phone each row is a card, each cell under its column's name.
                                <tr>
                                    <td data-label=labels[0].clone()>{r.at}</td>
                                    <td data-label=labels[1].clone()>{r.by.unwrap_or_else(|| system.clone())}</td>
                                    <td data-label=labels[2].clone()><code>{r.action}</code></td>
                                    <td data-label=labels[3].clone()>{r.subject}" "{r.detail}</td>
                                </tr>
                            })
                            .collect_view()}
                    </tbody>
                </table>
                {paging}
            }
        },
    )
}
