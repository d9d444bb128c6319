//! `/{lang}/staff/numbers`: is OT reaching everyone, and what became of the requests? For a
//! period and a department (an advisor: their own departments; a coordinator and an
//! administrator: the county). Figures are counts, never lists of people, suppressed by the
//! domain (`domain::numbers`): the page, its charts and each table's CSV show the same cells,
//! because all three are made from [`tables`].

use chrono::NaiveDate;
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;
use serde::{Deserialize, Serialize};

use crate::{
    components::figures::{count, decimal, measure, percent, Bar, Figure},
    error::AppError,
    i18n::{use_i18n, I18n, Lang},
    t,
};
use domain::numbers::{Breakdown, Count, Measure, StaffNumbers, Table};

/// The filter as asked for in the address.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct NumbersQuery {
    pub from: Option<String>,
    /// The period's last day (inclusive, as people say it).
    pub to: Option<String>,
    pub department: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct NumbersPage {
    pub numbers: StaffNumbers,
    /// (slug, name) of the departments in scope.
    pub departments: Vec<(String, String)>,
    pub department: Option<String>,
    pub from: NaiveDate,
    /// Inclusive.
    pub to: NaiveDate,
    /// The dates asked for could not be read: the page shows the default period and says so.
    pub period_refused: bool,
}

/// The figures for a staff member's scope. Server only (the CSV route uses it too).
pub async fn load(
    portal: &crate::portal::server::Portal,
    staff: &domain::staff::Staff,
    query: &NumbersQuery,
) -> Result<NumbersPage, AppError> {
    use domain::numbers::{self, Period};
    let scope = numbers::scope_of(staff).ok_or(AppError::NotFound)?;
    let now = chrono::Utc::now();
    let today = now.with_timezone(&domain::booking::ZONE).date_naive();
    let date = |v: &Option<String>| {
        v.as_deref()
            .filter(|s| !s.is_empty())
            .map(|s| NaiveDate::parse_from_str(s, "%Y-%m-%d").ok())
    };
    let default = Period::school_year_of(today);
    let asked = match (date(&query.from), date(&query.to)) {
        (None, None) => Some(default),
        (Some(Some(from)), Some(Some(to))) => {
            to.succ_opt().and_then(|end| Period::new(from, end).ok())
        }
        (Some(Some(from)), None) => {
            Period::new(from, default.to.max(from.succ_opt().unwrap_or(from))).ok()
        }
        _ => None,
    };
    let period_refused = asked.is_none();
    let period = asked.unwrap_or(default);
    let departments = numbers::departments_in_scope(&portal.db, portal.county.id, scope).await?;
    let department = query
        .department
        .as_deref()
        .filter(|s| !s.is_empty())
        .map(|slug| {
            departments
                .iter()
                .find(|d| d.slug == slug)
                .map(|d| (d.id, d.slug.clone()))
                .ok_or(AppError::NotFound)
        })
        .transpose()?;
    let figures = numbers::staff_numbers(
        &portal.db,
        portal.county.id,
        scope,
        department.as_ref().map(|d| d.0),
        period,
        now,
    )
    .await?;
    Ok(NumbersPage {
        numbers: figures,
        departments: departments.into_iter().map(|d| (d.slug, d.name)).collect(),
        department: department.map(|d| d.1),
        from: period.from,
        to: period.last_day(),
        period_refused,
    })
}

#[leptos::server(prefix = "/api", endpoint = "staff-numbers")]
pub async fn get_numbers(query: NumbersQuery) -> Result<NumbersPage, AppError> {
    let (portal, staff) = crate::session::server::require_staff().await?;
    load(&portal, &staff, &query).await
}

/// One table of the page: its id (the CSV's name), caption, columns, rows as shown, and the bars
/// of its chart (none for a table that is a list of key figures).
pub struct TableSpec {
    pub id: &'static str,
    pub caption: String,
    pub columns: Vec<String>,
    pub rows: Vec<(String, Vec<String>)>,
    pub bars: Vec<Bar>,
}

fn rate(i18n: &I18n, m: Measure) -> String {
    measure(i18n, m, percent)
}

fn days(i18n: &I18n, m: Measure) -> String {
    measure(i18n, m, decimal)
}

/// A table of one count per key, with its chart.
fn counted(
    i18n: &I18n,
    id: &'static str,
    caption: String,
    first: String,
    table: &Table,
    label: impl Fn(&str) -> String,
) -> TableSpec {
    let mut rows: Vec<(String, Vec<String>)> = table
        .rows
        .iter()
        .map(|r| (label(&r.key), vec![count(i18n, r.count)]))
        .collect();
    let bars = table
        .rows
        .iter()
        .map(|r| Bar::of(i18n, label(&r.key), r.count))
        .collect();
    rows.push((t!(i18n, "numbers-total"), vec![count(i18n, table.total)]));
    TableSpec {
        id,
        caption,
        columns: vec![first, t!(i18n, "figures-count")],
        rows,
        bars,
    }
}

/// Sent, answered and the answer rate per row of a breakdown.
fn broken_down(
    i18n: &I18n,
    id: &'static str,
    caption: String,
    first: String,
    b: &Breakdown,
    label: impl Fn(&str) -> String,
) -> TableSpec {
    let row = |r: &domain::numbers::BreakdownRow, name: String| {
        (
            name,
            vec![
                count(i18n, r.sent),
                count(i18n, r.answered),
                rate(i18n, r.answer_rate),
            ],
        )
    };
    let mut rows: Vec<(String, Vec<String>)> =
        b.rows.iter().map(|r| row(r, label(&r.key))).collect();
    rows.push(row(&b.total, t!(i18n, "numbers-total")));
    let bars = b
        .rows
        .iter()
        .map(|r| Bar::of(i18n, label(&r.key), r.sent))
        .collect();
    TableSpec {
        id,
        caption,
        columns: vec![
            first,
            t!(i18n, "numbers-sent"),
            t!(i18n, "numbers-answered"),
            t!(i18n, "numbers-answer-rate"),
        ],
        rows,
        bars,
    }
}

fn key_figures(
    i18n: &I18n,
    id: &'static str,
    caption: String,
    rows: Vec<(String, String)>,
) -> TableSpec {
    TableSpec {
        id,
        caption,
        columns: vec![String::new(), t!(i18n, "figures-count")],
        rows: rows.into_iter().map(|(k, v)| (k, vec![v])).collect(),
        bars: Vec::new(),
    }
}

fn channel_label(i18n: &I18n, key: &str) -> String {
    match key {
        "sms" => t!(i18n, "channel-sms"),
        "email" => t!(i18n, "channel-email"),
        "letter" => t!(i18n, "numbers-channel-letter"),
        "link" => t!(i18n, "numbers-route-link"),
        "letter_code" => t!(i18n, "numbers-route-letter_code"),
        _ => t!(i18n, "numbers-unknown"),
    }
}

fn reminder_label(i18n: &I18n, key: &str) -> String {
    match key {
        "none" => t!(i18n, "numbers-reminder-none"),
        "first" => t!(i18n, "numbers-reminder-first"),
        "second" => t!(i18n, "numbers-reminder-second"),
        _ => t!(i18n, "numbers-reminder-later"),
    }
}

fn state_label(i18n: &I18n, key: &str) -> String {
    match key {
        "requested" => t!(i18n, "numbers-state-requested"),
        "confirmed" => t!(i18n, "numbers-state-confirmed"),
        "declined" => t!(i18n, "numbers-state-declined"),
        "expired" => t!(i18n, "numbers-state-expired"),
        "withdrawn" => t!(i18n, "numbers-state-withdrawn"),
        "cancelled" => t!(i18n, "numbers-state-cancelled"),
        "completed" => t!(i18n, "numbers-state-completed"),
        _ => t!(i18n, "numbers-state-no_show"),
    }
}

fn age_label(i18n: &I18n, key: &str) -> String {
    t!(i18n, "numbers-age-band", band = key.replace('-', "–"))
}

fn language_label(key: &str) -> String {
    Lang::from_code(key).map_or_else(|| key.to_string(), |l| l.native_name().to_string())
}

/// Every table of the page, in its order.
pub fn tables(i18n: &I18n, n: &StaffNumbers) -> Vec<TableSpec> {
    let r = &n.reach;
    let group = |key: &str| crate::pages::figures::group_label(i18n, key);
    let mut tables = vec![
        key_figures(
            i18n,
            "reach",
            t!(i18n, "numbers-reach-caption"),
            vec![
                (t!(i18n, "numbers-sent"), count(i18n, r.sent)),
                (t!(i18n, "numbers-answered"), count(i18n, r.answered)),
                (t!(i18n, "numbers-answer-rate"), rate(i18n, r.answer_rate)),
                (
                    t!(i18n, "numbers-median-days"),
                    days(i18n, r.median_days_to_answer),
                ),
                (
                    t!(i18n, "numbers-p90-days"),
                    days(i18n, r.p90_days_to_answer),
                ),
                (t!(i18n, "numbers-unanswered"), count(i18n, r.unanswered)),
                (t!(i18n, "numbers-call-list"), count(i18n, r.on_call_list)),
                (t!(i18n, "numbers-withdrawn"), count(i18n, r.withdrawn)),
            ],
        ),
        counted(
            i18n,
            "reach-channel",
            t!(i18n, "numbers-channel-caption"),
            t!(i18n, "numbers-channel"),
            &r.by_channel,
            |k| channel_label(i18n, k),
        ),
        counted(
            i18n,
            "reach-route",
            t!(i18n, "numbers-route-caption"),
            t!(i18n, "numbers-route"),
            &r.by_route,
            |k| channel_label(i18n, k),
        ),
        counted(
            i18n,
            "reach-reminder",
            t!(i18n, "numbers-reminder-caption"),
            t!(i18n, "numbers-reminder"),
            &r.by_reminder,
            |k| reminder_label(i18n, k),
        ),
        key_figures(
            i18n,
            "status",
            t!(i18n, "numbers-status-caption"),
            vec![
                (
                    t!(i18n, "numbers-confirmed"),
                    count(i18n, n.status.confirmed),
                ),
                (
                    t!(i18n, "numbers-awaiting"),
                    count(i18n, n.status.awaiting_confirmation),
                ),
            ],
        ),
        counted(
            i18n,
            "status-groups",
            t!(i18n, "numbers-groups-caption"),
            t!(i18n, "figures-group"),
            &n.status.by_group,
            group,
        ),
        TableSpec {
            bars: Vec::new(),
            ..counted(
                i18n,
                "status-codes",
                t!(i18n, "numbers-codes-caption"),
                t!(i18n, "numbers-code"),
                &n.status.by_code,
                |k| crate::words::status_code(i18n, k),
            )
        },
        key_figures(
            i18n,
            "meetings",
            t!(i18n, "numbers-meetings-caption"),
            vec![
                (
                    t!(i18n, "numbers-requests"),
                    count(i18n, n.meetings.requests),
                ),
                (
                    t!(i18n, "numbers-meetings-confirmed"),
                    count(i18n, n.meetings.confirmed),
                ),
                (
                    t!(i18n, "numbers-median-hours"),
                    measure(i18n, n.meetings.median_hours_to_confirmation, decimal),
                ),
                (
                    t!(i18n, "numbers-callbacks"),
                    count(i18n, n.meetings.callbacks),
                ),
            ],
        ),
        counted(
            i18n,
            "meetings-state",
            t!(i18n, "numbers-state-caption"),
            t!(i18n, "numbers-state"),
            &n.meetings.by_state,
            |k| state_label(i18n, k),
        ),
    ];
    if let Some(c) = &n.council {
        tables.push(key_figures(
            i18n,
            "council",
            t!(i18n, "numbers-council-caption"),
            vec![
                (
                    t!(i18n, "numbers-council-received"),
                    count(i18n, c.received),
                ),
                (
                    t!(i18n, "numbers-council-answered"),
                    count(i18n, c.answered),
                ),
                (t!(i18n, "numbers-council-waiting"), count(i18n, c.waiting)),
                (
                    t!(i18n, "numbers-council-median"),
                    days(i18n, c.median_days_to_answer),
                ),
            ],
        ));
    }
    tables.extend([
        broken_down(
            i18n,
            "by-age",
            t!(i18n, "numbers-age-caption"),
            t!(i18n, "numbers-age"),
            &n.by_age,
            |k| age_label(i18n, k),
        ),
        broken_down(
            i18n,
            "by-language",
            t!(i18n, "numbers-language-caption"),
            t!(i18n, "numbers-language"),
            &n.by_language,
            language_label,
        ),
        broken_down(
            i18n,
            "by-office",
            t!(i18n, "numbers-office-caption"),
            t!(i18n, "admin-department"),
            &n.by_office,
            str::to_string,
        ),
    ]);
    // Today beside the latest count date, by main group.
    let snapshot = n.count_date.as_ref();
    let mut columns = vec![t!(i18n, "figures-group"), t!(i18n, "numbers-today")];
    if let Some(s) = snapshot {
        columns.push(t!(
            i18n,
            "numbers-at-count-date",
            date = crate::calendar::date_label(i18n, s.count_date)
        ));
    }
    let mut rows: Vec<(String, Vec<String>)> = n
        .today
        .by_group
        .rows
        .iter()
        .map(|row| {
            let mut values = vec![count(i18n, row.count)];
            if let Some(s) = snapshot {
                values.push(count(
                    i18n,
                    s.stock.by_group.get(&row.key).unwrap_or(Count::Exact(0)),
                ));
            }
            (group(&row.key), values)
        })
        .collect();
    let mut awaiting = vec![count(i18n, n.today.awaiting_confirmation)];
    let mut no_answer = vec![count(i18n, n.today.no_answer)];
    if let Some(s) = snapshot {
        awaiting.push(count(i18n, s.stock.awaiting_confirmation));
        no_answer.push(count(i18n, s.stock.no_answer));
    }
    rows.push((t!(i18n, "numbers-awaiting"), awaiting));
    rows.push((t!(i18n, "numbers-no-answer"), no_answer));
    tables.push(TableSpec {
        id: "count-date",
        caption: t!(i18n, "numbers-count-date-caption"),
        columns,
        rows,
        bars: n
            .today
            .by_group
            .rows
            .iter()
            .map(|row| Bar::of(i18n, group(&row.key), row.count))
            .collect(),
    });
    tables
}

/// A table as a spreadsheet: UTF-8 with a BOM and semicolons, as the Vigo OT export, cells as
/// shown on the page (a suppressed cell says so in words). A cell that starts like a formula is
/// neutralised, as in the export.
pub fn csv(table: &TableSpec) -> String {
    let cell = |v: &str| {
        let v = if v.starts_with(['=', '+', '-', '@']) {
            format!("'{v}")
        } else {
            v.to_string()
        };
        if v.contains([';', '"', '\n']) {
            format!("\"{}\"", v.replace('"', "\"\""))
        } else {
            v
        }
    };
    let mut out = String::from("\u{feff}");
    out.push_str(
        &table
            .columns
            .iter()
            .map(|c| cell(c))
            .collect::<Vec<_>>()
            .join(";"),
    );
    out.push_str("\r\n");
    for (label, values) in &table.rows {
        let mut line = vec![cell(label)];
        line.extend(values.iter().map(|v| cell(&v.replace('\u{a0}', " "))));
        out.push_str(&line.join(";"));
        out.push_str("\r\n");
    }
    crate::calendar::plain(out)
}

#[component]
pub fn StaffNumbersPage() -> impl IntoView {
    let i18n = use_i18n();
    let query = use_query_map().with_untracked(|q| NumbersQuery {
        from: q.get("from"),
        to: q.get("to"),
        department: q.get("department"),
    });
    super::staff_page(
        Some(t!(i18n, "numbers-title")),
        get_numbers(query),
        move |page: NumbersPage| view! { <Numbers page/> },
    )
}

#[component]
fn Numbers(page: NumbersPage) -> impl IntoView {
    let i18n = use_i18n();
    let rtl = i18n.lang().dir() == "rtl";
    let lang = i18n.lang().code();
    let (from, to) = (
        page.from.format("%Y-%m-%d").to_string(),
        page.to.format("%Y-%m-%d").to_string(),
    );
    let department = page.department.clone().unwrap_or_default();
    let csv_query = format!("from={from}&to={to}&department={department}");
    let csv_label = t!(i18n, "numbers-csv");
    let sections: [(&str, &[&str]); 5] = [
        (
            "numbers-reach-heading",
            &["reach", "reach-channel", "reach-route", "reach-reminder"],
        ),
        (
            "numbers-status-heading",
            &["status", "status-groups", "status-codes"],
        ),
        (
            "numbers-meetings-heading",
            &["meetings", "meetings-state", "council"],
        ),
        (
            "numbers-breakdown-heading",
            &["by-age", "by-language", "by-office"],
        ),
        ("numbers-count-date-heading", &["count-date"]),
    ];
    let mut tables: std::collections::HashMap<&str, TableSpec> = tables(&i18n, &page.numbers)
        .into_iter()
        .map(|t| (t.id, t))
        .collect();
    let body = sections
        .into_iter()
        .map(|(heading, ids)| {
            let figures = ids
                .iter()
                .filter_map(|id| tables.remove(id))
                .map(|t| {
                    let href = format!("/{lang}/staff/numbers/{}.csv?{csv_query}", t.id);
                    view! {
                        <Figure caption=t.caption columns=t.columns rows=t.rows bars=t.bars rtl
                            csv=(href, csv_label.clone())/>
                    }
                })
                .collect_view();
            view! {
                <h2>{i18n.loader().get(heading)}</h2>
                {figures}
            }
        })
        .collect_view();
    let selected = |slug: &str| page.department.as_deref() == Some(slug);
    let as_of = crate::calendar::when_label(&i18n, page.numbers.as_of);
    view! {
        {page.period_refused.then(|| view! {
            <div class="error-summary" role="alert"><p>{t!(i18n, "numbers-period-invalid")}</p></div>
        })}
        <form method="get" class="form filters">
            <div class="field">
                <label for="from">{t!(i18n, "numbers-from")}</label>
                <input id="from" name="from" type="date" value=from.clone()/>
            </div>
            <div class="field">
                <label for="to">{t!(i18n, "numbers-to")}</label>
                <input id="to" name="to" type="date" value=to.clone()/>
            </div>
            <div class="field">
                <label for="department">{t!(i18n, "admin-department")}</label>
                <select id="department" name="department">
                    <option value="">{t!(i18n, "numbers-all-departments")}</option>
                    {page.departments.iter().map(|(slug, name)| view! {
                        <option value=slug.clone() selected=selected(slug)>{name.clone()}</option>
                    }).collect_view()}
                </select>
            </div>
            <button type="submit" class="button button--secondary">{t!(i18n, "numbers-show")}</button>
        </form>
        <p>{t!(i18n, "numbers-as-of", when = as_of)}" "{t!(i18n, "figures-suppression")}</p>
        {body}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_table_as_a_spreadsheet_is_what_the_page_shows() {
        let table = TableSpec {
            id: "x",
            caption: String::new(),
            columns: vec!["Kanal".into(), "Antall".into()],
            rows: vec![
                ("SMS".into(), vec!["1\u{a0}204".into()]),
                ("=HYPERLINK(\"x\")".into(), vec!["færre enn 5".into()]),
            ],
            bars: Vec::new(),
        };
        assert_eq!(
            csv(&table),
            "\u{feff}Kanal;Antall\r\nSMS;1 204\r\n\"'=HYPERLINK(\"\"x\"\")\";færre enn 5\r\n"
        );
    }
}
