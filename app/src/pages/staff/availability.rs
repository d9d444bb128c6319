//! `/{lang}/staff/availability`: an advisor's own booking hours — meeting length, buffer, notice,
//! window and forms; weekly time ranges per department, added and removed in place; date exceptions.

use std::collections::BTreeMap;

use leptos::prelude::*;

use crate::components::form::{kept, kept_checked, kept_names, Form};
use crate::islands::DayRanges;
use leptos::server_fn::ServerFn;
use serde::{Deserialize, Serialize};

use crate::{error::AppError, i18n::use_i18n, t};

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct RangeInput {
    #[serde(default)]
    pub department: String,
    #[serde(default)]
    pub starts: String,
    #[serde(default)]
    pub ends: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ExceptionItem {
    pub id: i64,
    pub label: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AvailabilityView {
    pub meeting_minutes: i64,
    pub buffer_minutes: i64,
    pub notice_hours: i64,
    pub window_days: i64,
    /// (code, label, offered)
    pub forms: Vec<(String, String, bool)>,
    /// (id, name) of the advisor's departments.
    pub departments: Vec<(i64, String)>,
    /// `d{weekday}r{n}` → range.
    pub ranges: BTreeMap<String, RangeInput>,
    pub exceptions: Vec<ExceptionItem>,
}

#[leptos::server(prefix = "/api", endpoint = "my-availability")]
pub async fn get_my_availability(lang: String) -> Result<AvailabilityView, AppError> {
    let (portal, staff, _) = crate::session::server::require_youth_access().await?;
    let i18n = crate::i18n::server::i18n(
        crate::i18n::Lang::from_code(&lang).unwrap_or(crate::i18n::Lang::DEFAULT),
    );
    let a = domain::booking::availability(&portal.db, staff.id).await?;
    let ids = domain::staff::department_ids(&portal.db, staff.id).await?;
    let departments: Vec<(i64, String)> = domain::department::list(&portal.db, portal.county.id)
        .await?
        .into_iter()
        .filter(|d| ids.contains(&d.id))
        .map(|d| (d.id, d.name))
        .collect();
    let mut ranges = BTreeMap::new();
    for day in 1..=7u32 {
        for (n, r) in a.weekly.iter().filter(|r| r.weekday == day).enumerate() {
            ranges.insert(
                format!("d{day}r{n}"),
                RangeInput {
                    department: r.department_id.to_string(),
                    starts: r.starts.format("%H:%M").to_string(),
                    ends: r.ends.format("%H:%M").to_string(),
                },
            );
        }
    }
    let exceptions = a
        .exceptions
        .iter()
        .map(|e| {
            let kind = match e.kind {
                domain::booking::ExceptionKind::Away => t!(i18n, "availability-away"),
                domain::booking::ExceptionKind::Extra => t!(i18n, "availability-extra"),
            };
            let hours = e
                .hours
                .map(|(s, e)| format!(" {}–{}", s.format("%H:%M"), e.format("%H:%M")))
                .unwrap_or_default();
            ExceptionItem {
                id: e.id,
                label: format!(
                    "{}: {kind}{hours}",
                    crate::calendar::date_label(&i18n, e.on_date)
                ),
            }
        })
        .collect();
    Ok(AvailabilityView {
        meeting_minutes: a.settings.meeting_minutes,
        buffer_minutes: a.settings.buffer_minutes,
        notice_hours: a.settings.notice_hours,
        window_days: a.settings.window_days,
        forms: domain::booking::MeetingForm::ALL
            .into_iter()
            .map(|f| {
                (
                    f.as_str().to_string(),
                    crate::calendar::form_label(&i18n, f),
                    a.settings.forms.contains(&f),
                )
            })
            .collect(),
        departments,
        ranges,
        exceptions,
    })
}

#[cfg(feature = "ssr")]
/// Back to the form after a change, which then says it is saved (the staff area runs without WASM).
fn back(lang: &str) {
    let lang = crate::i18n::Lang::from_code(lang).unwrap_or(crate::i18n::Lang::DEFAULT);
    leptos_axum::redirect(&format!("/{}/staff/availability?saved=1", lang.code()));
}

#[cfg(feature = "ssr")]
fn time(text: &str) -> Option<chrono::NaiveTime> {
    chrono::NaiveTime::parse_from_str(text.trim(), "%H:%M").ok()
}

/// Saves settings and weekly ranges whole, or nothing.
#[allow(clippy::too_many_arguments)]
#[leptos::server(prefix = "/api", endpoint = "save-availability")]
pub async fn save_my_availability(
    lang: String,
    meeting_minutes: String,
    buffer_minutes: String,
    notice_hours: String,
    window_days: String,
    forms: Option<Vec<String>>,
    ranges: Option<BTreeMap<String, RangeInput>>,
) -> Result<(), AppError> {
    use domain::booking::{MeetingForm, Settings, WeeklyRange};
    let (portal, staff, _) = crate::session::server::require_youth_access().await?;
    let invalid = || AppError::InvalidInput {
        fields: vec!["meeting_minutes".into()],
    };
    let number = |s: &str| s.trim().parse::<i64>().map_err(|_| invalid());
    let settings = Settings {
        meeting_minutes: number(&meeting_minutes)?,
        buffer_minutes: number(&buffer_minutes)?,
        notice_hours: number(&notice_hours)?,
        window_days: number(&window_days)?,
        forms: forms
            .unwrap_or_default()
            .iter()
            .filter_map(|f| MeetingForm::parse(f))
            .collect(),
    };
    let only_department = domain::staff::department_ids(&portal.db, staff.id).await?;
    let mut weekly = Vec::new();
    for (key, r) in ranges.unwrap_or_default() {
        if r.starts.trim().is_empty() && r.ends.trim().is_empty() {
            continue;
        }
        let weekday = key
            .strip_prefix('d')
            .and_then(|k| k.split('r').next())
            .and_then(|d| d.parse::<u32>().ok())
            .ok_or_else(invalid)?;
        let department_id = match r.department.parse::<i64>() {
            Ok(id) => id,
            Err(_) => *only_department.first().ok_or_else(invalid)?,
        };
        weekly.push(WeeklyRange {
            department_id,
            weekday,
            starts: time(&r.starts).ok_or_else(invalid)?,
            ends: time(&r.ends).ok_or_else(invalid)?,
        });
    }
    domain::booking::save_availability(&portal.db, staff.id, &settings, &weekly, Some(staff.id))
        .await
        .map_err(|e| match e {
            domain::DomainError::Invalid { .. } => invalid(),
            other => other.into(),
        })?;
    back(&lang);
    Ok(())
}

#[leptos::server(prefix = "/api", endpoint = "add-availability-exception")]
pub async fn add_availability_exception(
    lang: String,
    date: String,
    kind: String,
    department: Option<String>,
    starts: String,
    ends: String,
) -> Result<(), AppError> {
    use domain::booking::{ExceptionKind, NewException};
    let (portal, staff, _) = crate::session::server::require_youth_access().await?;
    let invalid = || AppError::InvalidInput {
        fields: vec!["exception_date".into()],
    };
    let on_date =
        chrono::NaiveDate::parse_from_str(date.trim(), "%Y-%m-%d").map_err(|_| invalid())?;
    let hours = match (time(&starts), time(&ends)) {
        (Some(s), Some(e)) => Some((s, e)),
        (None, None) => None,
        _ => return Err(invalid()),
    };
    let kind = if kind == "extra" {
        ExceptionKind::Extra
    } else {
        ExceptionKind::Away
    };
    let department_id = department.and_then(|d| d.parse::<i64>().ok());
    let new = NewException {
        department_id: if kind == ExceptionKind::Extra {
            department_id
        } else {
            None
        },
        on_date,
        kind,
        hours,
    };
    domain::booking::add_exception(&portal.db, staff.id, &new)
        .await
        .map_err(|e| match e {
            domain::DomainError::Invalid { .. } => invalid(),
            other => other.into(),
        })?;
    back(&lang);
    Ok(())
}

#[leptos::server(prefix = "/api", endpoint = "remove-availability-exception")]
pub async fn remove_availability_exception(lang: String, id: i64) -> Result<(), AppError> {
    let (portal, staff, _) = crate::session::server::require_youth_access().await?;
    domain::booking::remove_exception(&portal.db, staff.id, id).await?;
    back(&lang);
    Ok(())
}

#[component]
pub fn AvailabilityPage() -> impl IntoView {
    let i18n = use_i18n();
    super::staff_page(
        Some(t!(i18n, "availability-title")),
        get_my_availability(i18n.lang().code().into()),
        |view| view! { <AvailabilityForm view/> },
    )
}

#[component]
fn AvailabilityForm(view: AvailabilityView) -> impl IntoView {
    let i18n = use_i18n();
    let save = ServerAction::<SaveMyAvailability>::new();
    let add = ServerAction::<AddAvailabilityException>::new();
    let remove = ServerAction::<RemoveAvailabilityException>::new();
    let save_error = move || save.value().get().and_then(Result::err).is_some();
    let add_error = move || add.value().get().and_then(Result::err).is_some();
    let query = leptos_router::hooks::use_query_map();
    let saved = move || !save_error() && !add_error() && query.with(|q| q.get("saved").is_some());
    let l_saved = t!(i18n, "availability-saved");
    let lang = i18n.lang().code();
    let number = |id: &'static str, label: String, value: i64| {
        view! {
            <div class="field">
                <label for=id>{label}</label>
                <input id=id name=id type="number" inputmode="numeric" value=kept(id, value.to_string())/>
            </div>
        }
    };
    // Closures, not views: the values kept after a refused save are read inside the form.
    let offered_forms = view.forms.clone();
    let forms = move || {
        offered_forms
        .iter()
        .map(|(code, label, offered)| {
            let id = format!("form-{code}");
            view! {
                <div class="choice">
                    <input type="checkbox" id=id.clone() name="forms[]" value=code.clone() checked=kept_checked("forms[]", code, *offered)/>
                    <label for=id>{label.clone()}</label>
                </div>
            }
        })
        .collect_view()
    };
    let departments = view.departments.clone();
    let ranges = view.ranges.clone();
    let rows_i18n = i18n.clone();
    // Each weekday: its saved ranges (or, after a refused save, what was sent) and one empty
    // row, so that a range can be added without JavaScript too; the island adds and removes
    // ranges in place.
    let rows = move || {
        let i18n = rows_i18n.clone();
        let sent = kept_names(SaveMyAvailability::PATH);
        let several = departments.len() > 1;
        let (from, to, dept) = (
            t!(i18n, "availability-from"),
            t!(i18n, "availability-to"),
            t!(i18n, "workplace-departments"),
        );
        (1..=7u32)
            .map(|day| {
                let prefix = format!("d{day}r");
                let mut numbers: Vec<usize> = if sent.is_empty() {
                    ranges
                        .keys()
                        .filter_map(|k| k.strip_prefix(&prefix)?.parse().ok())
                        .collect()
                } else {
                    sent.iter()
                        .filter_map(|name| {
                            let key = name.strip_prefix("ranges[")?.split(']').next()?;
                            key.strip_prefix(&prefix)?.parse().ok()
                        })
                        .collect()
                };
                numbers.sort_unstable();
                numbers.dedup();
                numbers.push(numbers.last().map_or(0, |n| n + 1));
                let weekday = t!(i18n, "weekday", day = day);
                let remove = t!(i18n, "availability-remove-range");
                let rows = numbers
                    .into_iter()
                    .map(|n| {
                        let key = format!("{prefix}{n}");
                        let saved = ranges.get(&key).cloned().unwrap_or_default();
                        let name = |part: &str| format!("ranges[{key}][{part}]");
                        let starts = kept(&name("starts"), saved.starts);
                        let ends = kept(&name("ends"), saved.ends);
                        let department = kept(&name("department"), saved.department);
                        let (starts_id, ends_id, dept_id) =
                            (format!("{key}-starts"), format!("{key}-ends"), format!("{key}-department"));
                        let options = departments
                            .iter()
                            .map(|(id, d)| view! { <option value=id.to_string() selected=department == id.to_string()>{d.clone()}</option> })
                            .collect_view();
                        view! {
                            <div class="range" data-key=key.clone()>
                                <label for=starts_id.clone()>{from.clone()}</label>
                                <input id=starts_id name=name("starts") type="time" value=starts/>
                                <label for=ends_id.clone()>{to.clone()}</label>
                                <input id=ends_id name=name("ends") type="time" value=ends/>
                                {several.then(|| view! {
                                    <label for=dept_id.clone() class="visually-hidden">{dept.clone()}</label>
                                    <select id=dept_id name=name("department")>{options}</select>
                                })}
                                // Shown by the island: without JavaScript a range is removed by emptying it.
                                <button type="button" class="button button--secondary button--small" data-range="remove" hidden
                                    aria-label=format!("{remove} – {weekday}")>{remove.clone()}</button>
                            </div>
                        }
                    })
                    .collect_view();
                let add = t!(i18n, "availability-add-range");
                view! {
                    <DayRanges>
                        <fieldset class="day-ranges">
                            <legend>{weekday.clone()}</legend>
                            {rows}
                            <button type="button" class="button button--secondary button--small" data-range="add" hidden
                                aria-label=format!("{add} – {weekday}")>{add.clone()}</button>
                        </fieldset>
                    </DayRanges>
                }
            })
            .collect_view()
    };
    let exception_departments = view.departments.clone();
    let department_options = move || {
        let chosen = kept("department", "");
        exception_departments
            .iter()
            .map(|(id, name)| view! { <option value=id.to_string() selected=chosen == id.to_string()>{name.clone()}</option> })
            .collect_view()
    };
    let remove_label = t!(i18n, "availability-remove");
    let exceptions = view
        .exceptions
        .clone()
        .into_iter()
        .map(|e| {
            let remove_label = remove_label.clone();
            let (label, id) = (e.label, e.id);
            view! {
                <li>
                    {label}" "
                    <Form action=remove class="form--inline">
                        <input type="hidden" name="lang" value=lang/>
                        <input type="hidden" name="id" value=id/>
                        <button type="submit" class="button button--secondary">{remove_label}</button>
                    </Form>
                </li>
            }
        })
        .collect_view();
    let no_exceptions = view.exceptions.is_empty();
    let l_availability_add = t!(i18n, "availability-add");
    let l_availability_all_day = t!(i18n, "availability-all-day");
    let l_availability_away = t!(i18n, "availability-away");
    let l_availability_buffer = t!(i18n, "availability-buffer");
    let l_availability_exception_date = t!(i18n, "availability-exception-date");
    let l_availability_exception_invalid = t!(i18n, "availability-exception-invalid");
    let l_availability_exceptions = t!(i18n, "availability-exceptions");
    let l_availability_extra = t!(i18n, "availability-extra");
    let l_availability_forms = t!(i18n, "availability-forms");
    let l_availability_from = t!(i18n, "availability-from");
    let l_availability_invalid = t!(i18n, "availability-invalid");
    let l_availability_length = t!(i18n, "availability-length");
    let l_availability_no_exceptions = t!(i18n, "availability-no-exceptions");
    let l_availability_notice = t!(i18n, "availability-notice");
    let l_availability_save = t!(i18n, "availability-save");
    let l_availability_settings = t!(i18n, "availability-settings");
    let l_availability_to = t!(i18n, "availability-to");
    let l_availability_weekly = t!(i18n, "availability-weekly");
    let l_availability_weekly_hint = t!(i18n, "availability-weekly-hint");
    let l_availability_window = t!(i18n, "availability-window");
    let l_workplace_departments = t!(i18n, "workplace-departments");
    view! {
        <Show when=saved>
            <p class="notice" role="status">{l_saved.clone()}</p>
        </Show>
        <Show when=save_error>
            <div class="error-summary" role="alert"><p>{l_availability_invalid.clone()}</p></div>
        </Show>
        <Form action=save class="form">
            <input type="hidden" name="lang" value=lang/>
            <h2>{l_availability_settings.clone()}</h2>
            {number("meeting_minutes", l_availability_length.clone(), view.meeting_minutes)}
            {number("buffer_minutes", l_availability_buffer.clone(), view.buffer_minutes)}
            {number("notice_hours", l_availability_notice.clone(), view.notice_hours)}
            {number("window_days", l_availability_window.clone(), view.window_days)}
            <fieldset class="choices">
                <legend class="choices__legend">{l_availability_forms.clone()}</legend>
                {forms()}
            </fieldset>
            <h2>{l_availability_weekly.clone()}</h2>
            <p class="field__hint">{l_availability_weekly_hint.clone()}</p>
            {rows()}
            <button type="submit" class="button">{l_availability_save.clone()}</button>
        </Form>
        <h2>{l_availability_exceptions.clone()}</h2>
        {if no_exceptions {
            view! { <p>{l_availability_no_exceptions.clone()}</p> }.into_any()
        } else {
            view! { <ul>{exceptions}</ul> }.into_any()
        }}
        <Show when=add_error>
            <div class="error-summary" role="alert"><p>{l_availability_exception_invalid.clone()}</p></div>
        </Show>
        <Form action=add class="form">
            <input type="hidden" name="lang" value=lang/>
            <div class="field">
                <label for="exception_date">{l_availability_exception_date.clone()}</label>
                <input id="exception_date" name="date" type="date" value=kept("date", "")/>
            </div>
            <fieldset class="choices">
                <legend class="choices__legend">{l_availability_exceptions.clone()}</legend>
                <div class="choice"><input type="radio" id="kind-away" name="kind" value="away" checked=kept_checked("kind", "away", true)/><label for="kind-away">{l_availability_away.clone()}</label></div>
                <div class="choice"><input type="radio" id="kind-extra" name="kind" value="extra" checked=kept_checked("kind", "extra", false)/><label for="kind-extra">{l_availability_extra.clone()}</label></div>
            </fieldset>
            <div class="field">
                <label for="exception_department">{l_workplace_departments.clone()}</label>
                <select id="exception_department" name="department">{department_options()}</select>
            </div>
            <p class="field__hint">{l_availability_all_day.clone()}</p>
            <div class="range">
                <label for="exception_starts">{l_availability_from.clone()}</label>
                <input id="exception_starts" name="starts" type="time" value=kept("starts", "")/>
                <label for="exception_ends">{l_availability_to.clone()}</label>
                <input id="exception_ends" name="ends" type="time" value=kept("ends", "")/>
            </div>
            <button type="submit" class="button button--secondary">{l_availability_add.clone()}</button>
        </Form>
    }
}
