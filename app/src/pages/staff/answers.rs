//! The answer inbox: young people's answers with the suggested status code. The advisor confirms
//! or corrects the code, adds a note and marks «called»; every review is kept. Confirmed codes
//! export as CSV for Vigo OT (`/{lang}/staff/answers.csv`, served by the server).

use leptos::prelude::*;

use crate::components::form::{kept, kept_checked, Form};
use leptos_meta::Title;
use leptos_router::hooks::{use_params_map, use_query_map};
use serde::{Deserialize, Serialize};

use crate::{
    error::AppError,
    i18n::{use_i18n, I18n, Lang},
    islands::CharacterCount,
    session::server::{audit, require_youth_access},
    t,
};

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct InboxQuery {
    pub department: Option<String>,
    pub activity: Option<String>,
    pub min_age: Option<String>,
    pub max_age: Option<String>,
    pub handled: Option<String>,
    pub page: Option<String>,
}

impl InboxQuery {
    /// The list's address with these filters, at page `page`.
    fn href(&self, i18n: &I18n, page: i64) -> String {
        let mut query = form_urlencoded::Serializer::new(String::new());
        for (name, value) in [
            ("department", &self.department),
            ("activity", &self.activity),
            ("min_age", &self.min_age),
            ("max_age", &self.max_age),
            ("handled", &self.handled),
        ] {
            if let Some(value) = value {
                query.append_pair(name, value);
            }
        }
        query.append_pair("page", &page.to_string());
        i18n.href(&format!("/staff/answers?{}", query.finish()))
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AnswerRow {
    pub id: i64,
    pub name: String,
    pub age: i32,
    pub department: String,
    pub activity: String,
    pub details: String,
    pub channels: String,
    pub contact_time: Option<String>,
    pub mobile: Option<String>,
    pub email: Option<String>,
    pub suggested_code: String,
    pub status_code: Option<String>,
    pub submitted: String,
    pub reference: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Inbox {
    /// This page of the answers (from 1) of `pages`; `total` answers match the filters.
    pub answers: Vec<AnswerRow>,
    pub page: i64,
    pub pages: i64,
    pub total: i64,
    /// (slug, name) for the department filter.
    pub departments: Vec<(String, String)>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReviewRow {
    pub at: String,
    pub by: String,
    pub status_code: String,
    pub note: String,
    pub called: bool,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AnswerDetail {
    pub answer: AnswerRow,
    pub history: Vec<ReviewRow>,
    /// Every code of the kodeverk with its main group's number.
    pub codes: Vec<(String, u8)>,
}

fn oslo(at: chrono::DateTime<chrono::Utc>) -> String {
    // Staff read times in Norway's wall-clock time.
    use chrono_tz::Europe::Oslo;
    at.with_timezone(&Oslo).format("%d.%m.%Y %H:%M").to_string()
}

fn answer_row(i: domain::answer::InboxItem, today: chrono::NaiveDate) -> AnswerRow {
    AnswerRow {
        id: i.answer_id,
        name: format!("{} {}", i.first_name, i.last_name),
        age: domain::contact_request::age_on(i.birth_date, today),
        department: i.department_name,
        activity: i.activity,
        details: i.details,
        channels: i.contact_channels,
        contact_time: i.contact_time,
        mobile: i.mobile,
        email: i.email,
        suggested_code: i.suggested_code,
        status_code: i.status_code,
        submitted: oslo(i.submitted_at),
        reference: i.reference,
    }
}

/// Answers on one page of the inbox.
const PER_PAGE: i64 = 20;

#[leptos::server(prefix = "/api", endpoint = "inbox")]
pub async fn get_inbox(query: InboxQuery) -> Result<Inbox, AppError> {
    let (portal, staff, scope) = require_youth_access().await?;
    let departments = domain::department::list(&portal.db, portal.county.id).await?;
    let department_id = query
        .department
        .as_deref()
        .and_then(|slug| departments.iter().find(|d| d.slug == slug))
        .map(|d| d.id);
    let age = |v: &Option<String>| v.as_deref().and_then(|a| a.trim().parse::<i32>().ok());
    let filter = domain::answer::InboxFilter {
        department_id,
        activity: query
            .activity
            .filter(|a| domain::status_code::Activity::parse(a).is_ok()),
        min_age: age(&query.min_age),
        max_age: age(&query.max_age),
        include_handled: query.handled.is_some(),
    };
    let today = chrono::Utc::now().date_naive();
    let items = domain::answer::inbox(&portal.db, portal.county.id, scope, &filter, today).await?;
    let page = query
        .page
        .as_deref()
        .and_then(|p| p.parse::<i64>().ok())
        .unwrap_or(1);
    let items = domain::paging::Page::of(items, page, PER_PAGE);
    audit(
        &portal,
        &staff,
        "answer.list",
        ("answer", String::new()),
        department_id,
        format!(
            "page {} of {}: {} of {} answers",
            items.page,
            items.pages,
            items.items.len(),
            items.total
        ),
    )
    .await?;
    Ok(Inbox {
        page: items.page,
        pages: items.pages,
        total: items.total,
        answers: items
            .items
            .into_iter()
            .map(|i| answer_row(i, today))
            .collect(),
        departments: departments.into_iter().map(|d| (d.slug, d.name)).collect(),
    })
}

#[leptos::server(prefix = "/api", endpoint = "answer-detail")]
pub async fn get_answer_detail(id: i64) -> Result<AnswerDetail, AppError> {
    let (portal, staff, scope) = require_youth_access().await?;
    let item = domain::answer::get(&portal.db, portal.county.id, scope, id).await?;
    audit(
        &portal,
        &staff,
        "answer.read",
        ("answer", id.to_string()),
        Some(item.department_id),
        String::new(),
    )
    .await?;
    let history = domain::answer::history(&portal.db, id)
        .await?
        .into_iter()
        .map(|r| ReviewRow {
            at: oslo(r.at),
            by: r.staff_name,
            status_code: r.status_code,
            note: r.note,
            called: r.called,
        })
        .collect();
    Ok(AnswerDetail {
        answer: answer_row(item, chrono::Utc::now().date_naive()),
        history,
        codes: domain::status_code::KODEVERK
            .iter()
            .map(|(c, g)| (c.to_string(), g.number()))
            .collect(),
    })
}

#[leptos::server(prefix = "/api", endpoint = "review-answer")]
pub async fn review_answer(
    lang: String,
    id: i64,
    status_code: String,
    via: Option<String>,
    note: String,
    called: Option<String>,
) -> Result<(), AppError> {
    let (portal, staff, scope) = require_youth_access().await?;
    let raw = if via.is_some() {
        format!("{status_code} via")
    } else {
        status_code
    };
    let code = domain::status_code::StatusCode::parse(&raw)?;
    let review = domain::answer::NewReview {
        answer_id: id,
        staff_id: staff.id,
        code: &code,
        note: &note,
        called: called.is_some(),
    };
    domain::answer::review(
        &portal.db,
        portal.county.id,
        scope,
        &review,
        chrono::Utc::now(),
    )
    .await?;
    let lang = Lang::from_code(&lang).unwrap_or(Lang::DEFAULT);
    leptos_axum::redirect(&format!("/{}/staff/answers/{id}?saved=1", lang.code()));
    Ok(())
}

fn channel_labels(i18n: &I18n, channels: &str) -> String {
    channels
        .split(',')
        .filter(|c| !c.is_empty())
        .map(|c| match c {
            "sms" => t!(i18n, "channel-sms"),
            "call" => t!(i18n, "channel-call"),
            _ => t!(i18n, "channel-email"),
        })
        .collect::<Vec<_>>()
        .join(", ")
}

#[component]
pub fn AnswersPage() -> impl IntoView {
    let i18n = use_i18n();
    let query = use_query_map();
    let current = query.with_untracked(|q| InboxQuery {
        department: q.get("department").filter(|v| !v.is_empty()),
        activity: q.get("activity").filter(|v| !v.is_empty()),
        min_age: q.get("min_age").filter(|v| !v.is_empty()),
        max_age: q.get("max_age").filter(|v| !v.is_empty()),
        handled: q.get("handled"),
        page: q.get("page"),
    });
    let title = t!(i18n, "answers-title");
    let load = get_inbox(current.clone());
    let body = {
        let i18n = i18n.clone();
        move |inbox: Inbox| {
            let current = current.clone();
            let selected =
                |value: &str, current: &Option<String>| current.as_deref() == Some(value);
            view! {
                <p><a href=format!("/{}/staff/answers.csv", i18n.lang().code()) download="statuskoder.csv">{t!(i18n, "answers-export")}</a></p>
                <form method="get" class="form filters">
                    <div class="field">
                        <label for="department">{t!(i18n, "admin-department")}</label>
                        <select id="department" name="department">
                            <option value="">{t!(i18n, "answers-all")}</option>
                            {inbox.departments.iter().map(|(slug, name)| view! {
                                <option value=slug.clone() selected=selected(slug, &current.department)>{name.clone()}</option>
                            }).collect_view()}
                        </select>
                    </div>
                    <div class="field">
                        <label for="activity">{t!(i18n, "answers-activity")}</label>
                        <select id="activity" name="activity">
                            <option value="">{t!(i18n, "answers-all")}</option>
                            {domain::status_code::Activity::ALL.into_iter().map(|a| view! {
                                <option value=a.as_str() selected=selected(a.as_str(), &current.activity)>{crate::words::activity(&i18n, a)}</option>
                            }).collect_view()}
                        </select>
                    </div>
                    <div class="field">
                        <label for="min_age">{t!(i18n, "answers-min-age")}</label>
                        <input id="min_age" name="min_age" type="number" min="13" max="30" inputmode="numeric" value=current.min_age.clone()/>
                    </div>
                    <div class="field">
                        <label for="max_age">{t!(i18n, "answers-max-age")}</label>
                        <input id="max_age" name="max_age" type="number" min="13" max="30" inputmode="numeric" value=current.max_age.clone()/>
                    </div>
                    <div class="choice">
                        <input id="handled" name="handled" type="checkbox" value="1" checked=current.handled.is_some()/>
                        <label for="handled">{t!(i18n, "answers-include-handled")}</label>
                    </div>
                    <button type="submit" class="button button--secondary">{t!(i18n, "answers-filter")}</button>
                </form>
                {if inbox.answers.is_empty() {
                    view! { <p>{t!(i18n, "answers-none")}</p> }.into_any()
                } else {
                    let paging = crate::components::paging::paging(&i18n, inbox.page, inbox.pages, |n| current.href(&i18n, n));
                    view! {
                        <p id="answers">{t!(i18n, "requests-count", count = inbox.total)}</p>
                        <ul class="answer-list">
                            {inbox.answers.into_iter().map(|a| view! {
                                <li class="answer-card">
                                    <a href=i18n.href(&format!("/staff/answers/{}", a.id))>
                                        <strong>{a.name.clone()}</strong>
                                    </a>
                                    " ("{a.age}") — "{a.department.clone()}
                                    <br/>{crate::words::activity_named(&i18n, &a.activity)}
                                    <br/>{t!(i18n, "answers-suggested", code = crate::words::status_code(&i18n, &a.suggested_code))}
                                    {a.status_code.clone().map(|c| view! { <br/>{t!(i18n, "answers-confirmed", code = crate::words::status_code(&i18n, &c))} })}
                                </li>
                            }).collect_view()}
                        </ul>
                        {paging}
                    }.into_any()
                }}
            }
        }
    };
    super::staff_page(Some(title), load, body)
}

#[component]
pub fn AnswerReviewPage() -> impl IntoView {
    let i18n = use_i18n();
    let params = use_params_map();
    let query = use_query_map();
    let id = params.with_untracked(|p| {
        p.get("id")
            .and_then(|id| id.parse::<i64>().ok())
            .unwrap_or(-1)
    });
    let review = ServerAction::<ReviewAnswer>::new();
    let saved = move || query.with(|q| q.get("saved").is_some());
    let body = {
        let i18n = i18n.clone();
        move |detail: AnswerDetail| {
            let i18n = i18n.clone();
            let a = detail.answer;
            let current = a.status_code.clone().unwrap_or(a.suggested_code.clone());
            let current_code = current.trim_end_matches(" via").to_string();
            let via = current.ends_with(" via");
            let time_label = match a.contact_time.as_deref() {
                Some("morning") => t!(i18n, "contact-time-morning"),
                Some("afternoon") => t!(i18n, "contact-time-afternoon"),
                Some("evening") => t!(i18n, "contact-time-evening"),
                _ => t!(i18n, "contact-time-any"),
            };
            let error = move || review.value().get().and_then(Result::err);
            let history_heading = t!(i18n, "answers-history");
            let history_none = t!(i18n, "answers-history-none");
            let called_short = t!(i18n, "answers-called-short");
            let history_i18n = i18n.clone();
            view! {
                <Title text=a.name.clone()/>
                <h1>{a.name.clone()}</h1>
                <dl class="facts">
                    <dt>{t!(i18n, "answers-reference")}</dt><dd>{a.reference.clone()}</dd>
                    <dt>{t!(i18n, "answers-age")}</dt><dd>{a.age}</dd>
                    <dt>{t!(i18n, "admin-department")}</dt><dd>{a.department.clone()}</dd>
                    <dt>{t!(i18n, "answers-received")}</dt><dd>{a.submitted.clone()}</dd>
                    <dt>{t!(i18n, "answers-activity")}</dt><dd>{crate::words::activity_named(&i18n, &a.activity)}</dd>
                    <dt>{t!(i18n, "answers-details")}</dt><dd>{a.details.clone()}</dd>
                    <dt>{t!(i18n, "answer-contact-question")}</dt><dd>{channel_labels(&i18n, &a.channels)}" — "{time_label}</dd>
                    <dt>{t!(i18n, "request-mobile")}</dt><dd>{a.mobile.clone().unwrap_or_default()}</dd>
                    <dt>{t!(i18n, "login-email")}</dt><dd>{a.email.clone().unwrap_or_default()}</dd>
                    <dt>{t!(i18n, "answers-suggested-label")}</dt><dd><strong>{crate::words::status_code(&i18n, &a.suggested_code)}</strong></dd>
                </dl>
                {
                    let i18n = i18n.clone();
                    move || error().map(|err| view! { <p class="error-message" role="alert">{i18n.loader().get(err.message_id())}</p> })
                }
                <h2>{t!(i18n, "answers-review")}</h2>
                <Form action=review class="form">
                    <input type="hidden" name="lang" value=i18n.lang().code()/>
                    <input type="hidden" name="id" value=a.id/>
                    <div class="field">
                        <label for="status_code">{t!(i18n, "answers-code")}</label>
                        <select id="status_code" name="status_code">
                            {detail.codes.iter().map(|(code, group)| view! {
                                <option value=code.clone() selected=*code == kept("status_code", current_code.clone())>{format!("{} ({group})", crate::words::status_code(&i18n, code))}</option>
                            }).collect_view()}
                        </select>
                    </div>
                    <div class="choice">
                        <input id="via" name="via" type="checkbox" value="1" checked=kept_checked("via", "1", via)/>
                        <label for="via">{t!(i18n, "answers-via")}</label>
                    </div>
                    <div class="field">
                        <label for="note">{t!(i18n, "answers-note")}</label>
                        <CharacterCount template=t!(i18n, "characters-count", count = "{count}", max = 2000) initial=kept("note", "").chars().count()>
                            <textarea id="note" name="note" rows="3" maxlength="2000">{crate::components::form::textarea(kept("note", ""))}</textarea>
                        </CharacterCount>
                    </div>
                    <div class="choice">
                        <input id="called" name="called" type="checkbox" value="1" checked=kept_checked("called", "1", false)/>
                        <label for="called">{t!(i18n, "answers-called")}</label>
                    </div>
                    <button type="submit" class="button">{t!(i18n, "answers-confirm")}</button>
                </Form>
                <h2>{history_heading}</h2>
                {if detail.history.is_empty() {
                    view! { <p>{history_none}</p> }.into_any()
                } else {
                    view! {
                        <ul>
                            {detail.history.into_iter().map(|r| view! {
                                <li>
                                    {r.at}" — "{r.by}": "<strong>{crate::words::status_code(&history_i18n, &r.status_code)}</strong>
                                    {r.called.then(|| format!(" ({called_short})"))}
                                    {(!r.note.is_empty()).then(|| view! { <br/>{r.note} })}
                                </li>
                            }).collect_view()}
                        </ul>
                    }.into_any()
                }}
            }
        }
    };
    view! {
        <p><a href=i18n.href("/staff/answers")>{t!(i18n, "answers-back")}</a></p>
        <Show when=saved>
            <p class="notice" role="status">{t!(i18n, "answers-saved")}</p>
        </Show>
        {super::staff_page(None, get_answer_detail(id), body)}
    }
}
