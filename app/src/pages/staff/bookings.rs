//! `/{lang}/staff/bookings`: the requests waiting for the advisor (oldest first, with their hold
//! deadline), people who asked to be called, and the day or week of meetings — an advisor's own,
//! or their departments' (a coordinator: the county's).

use leptos::{prelude::*, server_fn::ServerFn};

use crate::components::form::{kept, Form};
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;
use serde::{Deserialize, Serialize};

use crate::{error::AppError, i18n::use_i18n, t};

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct BookingItem {
    pub id: i64,
    pub first_name: String,
    /// Mobile or e-mail: two people of the same first name are told apart by it.
    pub contact: String,
    pub when: String,
    pub form: String,
    pub office: String,
    pub state: domain::booking::BookingState,
    pub deadline: String,
    pub near_deadline: bool,
    pub started: bool,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CallbackItem {
    pub id: i64,
    pub first_name: String,
    pub mobile: String,
    pub office: String,
    pub asked: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct MeetingDay {
    pub label: String,
    pub meetings: Vec<BookingItem>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct BookingsView {
    /// This page (from 1) of `queue_pages` of the requests waiting, the oldest hold first.
    pub queue: Vec<BookingItem>,
    pub queue_page: i64,
    pub queue_pages: i64,
    pub callbacks: Vec<CallbackItem>,
    pub days: Vec<MeetingDay>,
    pub week: bool,
    pub all: bool,
    pub date: String,
    pub previous: String,
    pub next: String,
    /// What the decision just made did, e.g. «The meeting with Sara … is confirmed».
    pub notice: Option<String>,
}

/// A request is «soon too late» when its hold ends within this many hours.
#[cfg(feature = "ssr")]
pub const NEAR_DEADLINE_HOURS: i64 = 6;

#[cfg(feature = "ssr")]
pub fn item(
    i18n: &crate::i18n::I18n,
    b: &domain::booking::Booking,
    offices: &[domain::department::Department],
    now: chrono::DateTime<chrono::Utc>,
) -> BookingItem {
    BookingItem {
        id: b.id,
        first_name: b.first_name.clone(),
        contact: b
            .mobile
            .clone()
            .or_else(|| b.email.clone())
            .unwrap_or_default(),
        when: crate::calendar::when_label(i18n, b.starts_at),
        form: crate::calendar::form_label(i18n, b.form),
        office: offices
            .iter()
            .find(|o| o.id == b.department_id)
            .map(|o| o.name.clone())
            .unwrap_or_default(),
        state: b.state,
        deadline: crate::calendar::when_label(i18n, b.hold_until),
        near_deadline: b.hold_until - now < chrono::Duration::hours(NEAR_DEADLINE_HOURS),
        started: b.starts_at <= now,
    }
}

/// Requests on one page of the queue.
#[cfg(feature = "ssr")]
const QUEUE_PER_PAGE: i64 = 10;

#[leptos::server(prefix = "/api", endpoint = "bookings")]
pub async fn get_bookings(
    lang: String,
    week: bool,
    all: bool,
    date: Option<String>,
    confirmed: Option<i64>,
    declined: Option<i64>,
    page: Option<i64>,
) -> Result<BookingsView, AppError> {
    use chrono::{Datelike, Duration, NaiveDate};
    use domain::booking::{self, ZONE};
    let (portal, staff, scope) = crate::session::server::require_youth_access().await?;
    let i18n = crate::i18n::server::i18n(
        crate::i18n::Lang::from_code(&lang).unwrap_or(crate::i18n::Lang::DEFAULT),
    );
    let now = chrono::Utc::now();
    let today = now.with_timezone(&ZONE).date_naive();
    let date = date
        .as_deref()
        .and_then(|d| NaiveDate::parse_from_str(d, "%Y-%m-%d").ok())
        .unwrap_or(today);
    let first = if week {
        date - Duration::days(i64::from(date.weekday().num_days_from_monday()))
    } else {
        date
    };
    let length = if week { 7 } else { 1 };
    let from = booking::instant(first, chrono::NaiveTime::MIN, true);
    let to = booking::instant(first + Duration::days(length), chrono::NaiveTime::MIN, true);
    // An advisor sees their own unless they ask for their departments'; a coordinator the county's.
    let own = (!all && staff.role == domain::staff::Role::Advisor).then_some(staff.id);
    let offices = domain::department::list(&portal.db, portal.county.id).await?;
    let queue = booking::queue(&portal.db, portal.county.id, scope, own, now).await?;
    let meetings = booking::meetings(&portal.db, portal.county.id, scope, own, from, to).await?;
    let callbacks = booking::callbacks(&portal.db, portal.county.id, scope).await?;
    crate::session::server::audit(
        &portal,
        &staff,
        "booking.list",
        ("booking", String::new()),
        None,
        format!("{} requests, {} meetings", queue.len(), meetings.len()),
    )
    .await?;
    let mut days: Vec<MeetingDay> = (0..length)
        .map(|d| MeetingDay {
            label: crate::calendar::date_label(&i18n, first + Duration::days(d)),
            meetings: Vec::new(),
        })
        .collect();
    for m in &meetings {
        let day = (m.starts_at.with_timezone(&ZONE).date_naive() - first).num_days();
        if let Some(slot) = usize::try_from(day).ok().and_then(|d| days.get_mut(d)) {
            slot.meetings.push(item(&i18n, m, &offices, now));
        }
    }
    // The notice names the person, from a booking this member of staff may see.
    let notice = match (confirmed, declined) {
        (Some(id), _) => booking::get(&portal.db, portal.county.id, scope, id)
            .await
            .ok()
            .filter(|b| b.state == booking::BookingState::Confirmed)
            .map(|b| {
                t!(
                    i18n,
                    "bookings-confirmed-notice",
                    name = b.first_name.clone(),
                    when = crate::calendar::when_label(&i18n, b.starts_at)
                )
            }),
        (None, Some(id)) => booking::get(&portal.db, portal.county.id, scope, id)
            .await
            .ok()
            .filter(|b| b.state == booking::BookingState::Declined)
            .map(|b| {
                t!(
                    i18n,
                    "bookings-declined-notice",
                    name = b.first_name.clone()
                )
            }),
        _ => None,
    };
    let step = Duration::days(length);
    let queue = domain::paging::Page::of(queue, page.unwrap_or(1), QUEUE_PER_PAGE);
    Ok(BookingsView {
        notice,
        queue_page: queue.page,
        queue_pages: queue.pages,
        queue: queue
            .items
            .iter()
            .map(|b| item(&i18n, b, &offices, now))
            .collect(),
        callbacks: callbacks
            .iter()
            .map(|c| CallbackItem {
                id: c.id,
                first_name: c.first_name.clone(),
                mobile: c.mobile.clone(),
                office: offices
                    .iter()
                    .find(|o| o.id == c.department_id)
                    .map(|o| o.name.clone())
                    .unwrap_or_default(),
                asked: crate::calendar::when_label(&i18n, c.created_at),
            })
            .collect(),
        days,
        week,
        all,
        date: first.format("%Y-%m-%d").to_string(),
        previous: (first - step).format("%Y-%m-%d").to_string(),
        next: (first + step).format("%Y-%m-%d").to_string(),
    })
}

#[cfg(feature = "ssr")]
fn back(lang: &str) {
    let lang = crate::i18n::Lang::from_code(lang).unwrap_or(crate::i18n::Lang::DEFAULT);
    leptos_axum::redirect(&format!("/{}/staff/bookings", lang.code()));
}

/// Confirm or decline a request. Two clicks on one request: the second gets «already answered».
#[leptos::server(prefix = "/api", endpoint = "decide-booking")]
pub async fn decide_booking(
    lang: String,
    id: i64,
    decision: String,
    reason: Option<String>,
) -> Result<(), AppError> {
    use crate::session::server::require_youth_access;
    let (portal, staff, scope) = require_youth_access().await?;
    let compose = crate::pages::booking::booking_composer(&portal).await?;
    let now = chrono::Utc::now();
    let county = portal.county.id;
    let lang = crate::i18n::Lang::from_code(&lang).unwrap_or(crate::i18n::Lang::DEFAULT);
    match decision.as_str() {
        "confirm" => {
            let booking =
                domain::booking::confirm(&portal.db, county, id, staff.id, scope, &compose, now)
                    .await?;
            // The day of the meeting just confirmed, with a notice of what happened.
            let day = booking
                .starts_at
                .with_timezone(&domain::booking::ZONE)
                .date_naive();
            leptos_axum::redirect(&format!(
                "/{}/staff/bookings?confirmed={id}&date={}",
                lang.code(),
                day.format("%Y-%m-%d")
            ));
        }
        "decline" => {
            let reason = reason.unwrap_or_default();
            if reason.trim().is_empty() {
                return Err(AppError::InvalidInput {
                    fields: vec![format!("reason-{id}")],
                });
            }
            let reason: String = reason.chars().take(500).collect();
            domain::booking::decline(
                &portal.db, county, id, staff.id, scope, &reason, &compose, now,
            )
            .await?;
            leptos_axum::redirect(&format!("/{}/staff/bookings?declined={id}", lang.code()));
        }
        _ => {
            return Err(AppError::InvalidInput {
                fields: vec!["decision".into()],
            })
        }
    }
    Ok(())
}

/// After (or instead of) a confirmed meeting: it took place, they did not come, or OT cancels.
#[leptos::server(prefix = "/api", endpoint = "close-meeting")]
pub async fn close_meeting(
    lang: String,
    id: i64,
    outcome: String,
    reason: Option<String>,
) -> Result<(), AppError> {
    use crate::session::server::require_youth_access;
    use domain::booking::{Actor, BookingState};
    let (portal, staff, scope) = require_youth_access().await?;
    let now = chrono::Utc::now();
    let county = portal.county.id;
    match outcome.as_str() {
        "completed" | "no_show" => {
            let state = BookingState::parse(&outcome).unwrap_or(BookingState::Completed);
            domain::booking::record_outcome(&portal.db, county, id, staff.id, scope, state, now)
                .await?
        }
        "cancel" => {
            let compose = crate::pages::booking::booking_composer(&portal).await?;
            let reason: String = reason.unwrap_or_default().chars().take(500).collect();
            let actor = Actor::Staff {
                staff_id: staff.id,
                scope,
            };
            domain::booking::cancel(&portal.db, county, id, actor, &reason, &compose, now).await?
        }
        _ => {
            return Err(AppError::InvalidInput {
                fields: vec!["outcome".into()],
            })
        }
    };
    back(&lang);
    Ok(())
}

#[leptos::server(prefix = "/api", endpoint = "callback-done")]
pub async fn callback_done(lang: String, id: i64) -> Result<(), AppError> {
    use crate::session::server::require_youth_access;
    let (portal, staff, scope) = require_youth_access().await?;
    domain::booking::callback_done(
        &portal.db,
        portal.county.id,
        scope,
        id,
        staff.id,
        chrono::Utc::now(),
    )
    .await?;
    back(&lang);
    Ok(())
}

/// A request and the advisor's other free times, to propose one.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProposeView {
    pub first_name: String,
    pub when: String,
    pub days: Vec<crate::slots::DayView>,
}

#[leptos::server(prefix = "/api", endpoint = "propose-options")]
pub async fn get_propose_options(lang: String, id: i64) -> Result<ProposeView, AppError> {
    let (portal, _, scope) = crate::session::server::require_youth_access().await?;
    let i18n = crate::i18n::server::i18n(
        crate::i18n::Lang::from_code(&lang).unwrap_or(crate::i18n::Lang::DEFAULT),
    );
    let b = domain::booking::get(&portal.db, portal.county.id, scope, id).await?;
    let slots = domain::booking::free_slots(
        &portal.db,
        portal.county.id,
        b.department_id,
        Some(b.form),
        Some(b.staff_id),
        chrono::Utc::now(),
    )
    .await?;
    Ok(ProposeView {
        first_name: b.first_name.clone(),
        when: crate::calendar::when_label(&i18n, b.starts_at),
        days: crate::slots::days(&i18n, &slots),
    })
}

#[leptos::server(prefix = "/api", endpoint = "propose-booking")]
pub async fn propose_booking(lang: String, id: i64, slot: Option<String>) -> Result<(), AppError> {
    use crate::session::server::require_youth_access;
    let (portal, staff, scope) = require_youth_access().await?;
    let (_, starts) =
        slot.as_deref()
            .and_then(crate::slots::parse_slot)
            .ok_or(AppError::InvalidInput {
                fields: vec!["slot".into()],
            })?;
    let compose = crate::pages::booking::booking_composer(&portal).await?;
    domain::booking::propose(
        &portal.db,
        portal.county.id,
        id,
        staff.id,
        scope,
        starts,
        &portal.booking_policy,
        &compose,
        chrono::Utc::now(),
    )
    .await?;
    back(&lang);
    Ok(())
}

/// `/{lang}/staff/bookings/{id}/propose`.
#[component]
pub fn ProposePage() -> impl IntoView {
    let i18n = use_i18n();
    let id = leptos_router::hooks::use_params_map().with_untracked(|p| {
        p.get("id")
            .and_then(|id| id.parse::<i64>().ok())
            .unwrap_or_default()
    });
    // The form writes the title and heading, with the person's name.
    super::staff_page(
        None,
        get_propose_options(i18n.lang().code().into(), id),
        move |view| view! { <ProposeForm view id/> },
    )
}

#[component]
fn ProposeForm(view: ProposeView, id: i64) -> impl IntoView {
    let i18n = use_i18n();
    let action = ServerAction::<ProposeBooking>::new();
    let error = move || action.value().get().and_then(Result::err);
    let message = {
        let i18n = i18n.clone();
        move || {
            error().map(|e| match e {
                AppError::InvalidInput { .. } => t!(i18n, "bookings-propose-missing"),
                AppError::Conflict => t!(i18n, "bookings-decided"),
                other => i18n.loader().get(other.message_id()),
            })
        }
    };
    let legend = t!(i18n, "booking-times-legend");
    let send = t!(i18n, "bookings-propose-send");
    view! {
        <Title text=t!(i18n, "bookings-propose")/>
        <h1>{t!(i18n, "bookings-propose-title", name = view.first_name.clone())}</h1>
        <p>{view.when.clone()}</p>
        <p>{t!(i18n, "bookings-propose-text")}</p>
        {move || message().map(|m| view! { <div class="error-summary" role="alert"><p><a href="#slot">{m}</a></p></div> })}
        <Form action=action class="form">
            <input type="hidden" name="lang" value=i18n.lang().code()/>
            <input type="hidden" name="id" value=id/>
            <fieldset class="choices">
                <legend class="choices__legend">{legend}</legend>
                {crate::slots::slot_grid(view.days, crate::components::form::kept_for(ProposeBooking::PATH, "slot"))}
            </fieldset>
            <button type="submit" class="button">{send}</button>
        </Form>
    }
}

#[component]
pub fn BookingsPage() -> impl IntoView {
    let i18n = use_i18n();
    let query = use_query_map();
    let week = query.with_untracked(|q| q.get("view").as_deref() == Some("week"));
    let all = query.with_untracked(|q| q.get("all").is_some());
    let date = query.with_untracked(|q| q.get("date"));
    let id = |name: &str| query.with_untracked(|q| q.get(name).and_then(|v| v.parse::<i64>().ok()));
    let (confirmed, declined, page) = (id("confirmed"), id("declined"), id("page"));
    let lang = i18n.lang().code().to_string();
    let load = async move {
        let view = get_bookings(lang, week, all, date, confirmed, declined, page).await?;
        // The queue's counts at the top, refreshed by themselves (an island).
        let workload = super::workplace::get_workload().await?;
        Ok((view, workload))
    };
    super::staff_page(
        Some(t!(i18n, "bookings-title")),
        load,
        |(view, workload)| view! { <Bookings view workload/> },
    )
}

/// The lines of the workplace's «today» list that the booking queue shows.
const QUEUE_TASKS: [&str; 2] = ["booking-requests", "callbacks"];

#[component]
fn Bookings(view: BookingsView, workload: Option<super::workplace::Workload>) -> impl IntoView {
    let i18n = use_i18n();
    let decide = ServerAction::<DecideBooking>::new();
    let close = ServerAction::<CloseMeeting>::new();
    let called = ServerAction::<CallbackDone>::new();
    let error = move || {
        decide
            .value()
            .get()
            .and_then(Result::err)
            .or_else(|| close.value().get().and_then(Result::err))
    };
    let lang = i18n.lang().code();
    let queue_empty = view.queue.is_empty();
    let queue = view
        .queue
        .clone()
        .into_iter()
        .map(|b| {
            let reason_id = format!("reason-{}", b.id);
            let hold = t!(i18n, "bookings-hold", deadline = b.deadline.clone());
            let near = b.near_deadline.then(|| t!(i18n, "bookings-near-deadline"));
            let (confirm, decline, reason_label) = (
                t!(i18n, "bookings-confirm"),
                t!(i18n, "bookings-decline"),
                t!(i18n, "bookings-decline-reason"),
            );
            let propose = (i18n.href(&format!("/staff/bookings/{}/propose", b.id)), t!(i18n, "bookings-propose"));
            let id = b.id;
            view! {
                <li class="answer-card" class:answer-card--urgent=b.near_deadline>
                    <p><strong>{b.first_name}</strong>" · "{b.contact}" · "{b.when}</p>
                    <p>
                        {b.form}" · "{b.office}" · "{hold}
                        {near.map(|n| view! { " " <strong class="tag tag--urgent">{n}</strong> })}
                    </p>
                    <Form action=decide class="form form--inline">
                        <input type="hidden" name="lang" value=lang/>
                        <input type="hidden" name="id" value=id/>
                        <input type="hidden" name="decision" value="confirm"/>
                        <button type="submit" class="button">{confirm}</button>
                    </Form>
                    // Declining asks for a message: folded, so the queue reads on a phone; open
                    // again when that message was refused.
                    <details class="disclosure" open=crate::components::form::kept_for(DecideBooking::PATH, "id").is_some_and(|sent| sent == id.to_string())>
                        <summary>{decline.clone()}</summary>
                        <Form action=decide class="form" instance=("id", id.to_string())>
                            <input type="hidden" name="lang" value=lang/>
                            <input type="hidden" name="id" value=id/>
                            <input type="hidden" name="decision" value="decline"/>
                            <div class="field">
                                <label for=reason_id.clone()>{reason_label}</label>
                                <textarea id=reason_id name="reason" rows="2" maxlength="500">{crate::components::form::textarea(kept("reason", ""))}</textarea>
                            </div>
                            <button type="submit" class="button button--secondary">{decline}</button>
                        </Form>
                    </details>
                    <p><a href=propose.0>{propose.1}</a></p>
                </li>
            }
        })
        .collect_view();
    let done_label = t!(i18n, "bookings-callback-done");
    let callbacks = view
        .callbacks
        .clone()
        .into_iter()
        .map(|c| {
            let tel = format!("tel:{}", c.mobile);
            let done_label = done_label.clone();
            view! {
                <li class="answer-card">
                    <p><strong>{c.first_name}</strong>" · "<a href=tel>{c.mobile}</a>" · "{c.office}" · "{c.asked}</p>
                    <Form action=called>
                        <input type="hidden" name="lang" value=lang/>
                        <input type="hidden" name="id" value=c.id/>
                        <button type="submit" class="button button--secondary">{done_label}</button>
                    </Form>
                </li>
            }
        })
        .collect_view();
    let href = {
        let i18n = i18n.clone();
        let all = view.all;
        move |week: bool, date: &str| {
            let mut h = format!(
                "/staff/bookings?view={}&date={date}",
                if week { "week" } else { "day" }
            );
            if all {
                h.push_str("&all=1");
            }
            i18n.href(&h)
        }
    };
    let days = view
        .days
        .clone()
        .into_iter()
        .map(|day| {
            let empty = day.meetings.is_empty();
            let meetings = day
                .meetings
                .into_iter()
                .map(|m| {
                    use domain::booking::BookingState as S;
                    let state = match m.state {
                        S::Requested => t!(i18n, "bookings-requested"),
                        S::Completed => t!(i18n, "bookings-completed"),
                        S::NoShow => t!(i18n, "bookings-no-show"),
                        _ => String::new(),
                    };
                    let confirmed = m.state == S::Confirmed;
                    let started = m.started;
                    let cancel_id = format!("cancel-{}", m.id);
                    let with = t!(i18n, "bookings-with", name = m.first_name.clone(), form = m.form.clone());
                    let (completed, no_show, cancel, cancel_reason) = (
                        t!(i18n, "bookings-completed"),
                        t!(i18n, "bookings-no-show"),
                        t!(i18n, "bookings-cancel"),
                        t!(i18n, "bookings-cancel-reason"),
                    );
                    let id = m.id;
                    view! {
                        <li class="answer-card">
                            <p><strong>{m.when}</strong></p>
                            <p>{with}" · "{m.office}</p>
                            {(!state.is_empty()).then(|| view! { <p class="tag">{state.clone()}</p> })}
                            {(confirmed && started).then(|| view! {
                                <Form action=close class="form form--inline">
                                    <input type="hidden" name="lang" value=lang/>
                                    <input type="hidden" name="id" value=id/>
                                    <button type="submit" name="outcome" value="completed" class="button">{completed}</button>
                                    " "
                                    <button type="submit" name="outcome" value="no_show" class="button button--secondary">{no_show}</button>
                                </Form>
                            })}
                            {(confirmed && !started).then(|| view! {
                                <Form action=close class="form" instance=("id", id.to_string())>
                                    <input type="hidden" name="lang" value=lang/>
                                    <input type="hidden" name="id" value=id/>
                                    <input type="hidden" name="outcome" value="cancel"/>
                                    <div class="field">
                                        <label for=cancel_id.clone()>{cancel_reason}</label>
                                        <textarea id=cancel_id.clone() name="reason" rows="2" maxlength="500">{crate::components::form::textarea(kept("reason", ""))}</textarea>
                                    </div>
                                    <button type="submit" class="button button--secondary">{cancel}</button>
                                </Form>
                            })}
                        </li>
                    }
                })
                .collect_view();
            let none = t!(i18n, "bookings-none");
            view! {
                <h3>{day.label}</h3>
                {if empty {
                    view! { <p>{none}</p> }.into_any()
                } else {
                    view! { <ul class="answer-list">{meetings}</ul> }.into_any()
                }}
            }
        })
        .collect_view();
    let scope_toggle = if view.all {
        (
            i18n.href(&format!(
                "/staff/bookings?view={}&date={}",
                if view.week { "week" } else { "day" },
                view.date
            )),
            t!(i18n, "availability-title"),
        )
    } else {
        (
            format!("{}&all=1", href(view.week, &view.date)),
            t!(i18n, "workplace-departments"),
        )
    };
    let error_i18n = i18n.clone();
    let notice = view.notice.clone();
    view! {
        {notice.map(|n| view! { <p class="notice" role="status">{n}</p> })}
        {move || error().map(|e| {
            let i18n = error_i18n.clone();
            let message = match e {
                AppError::Conflict => t!(i18n, "bookings-decided"),
                AppError::InvalidInput { .. } => t!(i18n, "bookings-decline-reason-missing"),
                other => i18n.loader().get(other.message_id()),
            };
            view! { <div class="error-summary" role="alert"><p>{message}</p></div> }
        })}
        <h2>{t!(i18n, "bookings-queue")}</h2>
        {workload.map(|w| {
            let tasks = super::workplace::task_lines(&i18n, &w)
                .into_iter()
                .filter(|t| QUEUE_TASKS.contains(&t.key))
                .collect();
            super::workplace::task_list(tasks)
        })}
        {if queue_empty {
            view! { <p>{t!(i18n, "bookings-queue-empty")}</p> }.into_any()
        } else {
            view! { <ol class="answer-list" id="queue">{queue}</ol> }.into_any()
        }}
        {crate::components::paging::paging(&i18n, view.queue_page, view.queue_pages, |n| {
            let mut query = form_urlencoded::Serializer::new(String::new());
            if view.week {
                query.append_pair("view", "week");
            }
            if view.all {
                query.append_pair("all", "1");
            }
            query.append_pair("date", &view.date);
            query.append_pair("page", &n.to_string());
            i18n.href(&format!("/staff/bookings?{}#queue", query.finish()))
        })}
        {(!view.callbacks.is_empty()).then(|| view! {
            <h2>{t!(i18n, "bookings-callbacks")}</h2>
            <ul class="answer-list">{callbacks}</ul>
        })}
        <h2>{t!(i18n, "bookings-meetings")}</h2>
        <p class="view-switch">
            <a href=href(false, &view.date) aria-current=(!view.week).then_some("page")>{t!(i18n, "bookings-day")}</a>" · "
            <a href=href(true, &view.date) aria-current=view.week.then_some("page")>{t!(i18n, "bookings-week")}</a>" · "
            <a href=scope_toggle.0>{scope_toggle.1}</a>
        </p>
        <p class="view-switch">
            <a href=href(view.week, &view.previous)>{t!(i18n, "bookings-previous")}</a>" · "
            <a href=href(view.week, &view.next)>{t!(i18n, "bookings-next")}</a>
        </p>
        {days}
        <p><a href=i18n.href("/staff/availability")>{t!(i18n, "availability-title")}</a></p>
    }
}
