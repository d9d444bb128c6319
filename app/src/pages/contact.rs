//! Contact and offices: every department of the county with address, phone and opening hours.

use leptos::prelude::*;
use leptos_meta::Title;
use serde::{Deserialize, Serialize};

use crate::{error::AppError, i18n::use_i18n, t};

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct OfficeView {
    pub name: String,
    pub street_address: String,
    pub postal_code: String,
    pub city: String,
    pub phone: String,
    pub email: String,
    pub opening_hours: Vec<OpeningHoursView>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct OpeningHoursView {
    /// 1 = Monday … 7 = Sunday.
    pub weekday: i32,
    pub opens: String,
    pub closes: String,
}

/// Consecutive weekdays with the same hours, e.g. Monday–Thursday 08:00–15:30.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DaySpan {
    pub first: i32,
    pub last: i32,
    pub opens: String,
    pub closes: String,
}

/// Folds opening hours (sorted by weekday) into spans of days that share their hours. A day with
/// more than one interval stands alone, one span per interval.
pub fn group_days(hours: &[OpeningHoursView]) -> Vec<DaySpan> {
    let intervals_on = |day: i32| hours.iter().filter(|h| h.weekday == day).count();
    let mut spans: Vec<DaySpan> = Vec::new();
    for h in hours {
        let single = intervals_on(h.weekday) == 1;
        match spans.last_mut() {
            Some(last)
                if single
                    && last.last + 1 == h.weekday
                    && intervals_on(last.last) == 1
                    && last.opens == h.opens
                    && last.closes == h.closes =>
            {
                last.last = h.weekday;
            }
            _ => spans.push(DaySpan {
                first: h.weekday,
                last: h.weekday,
                opens: h.opens.clone(),
                closes: h.closes.clone(),
            }),
        }
    }
    spans
}

/// «mandag–torsdag» → «Mandag–torsdag»: the locales write weekdays as they stand mid-sentence.
pub fn capitalize_first(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

#[leptos::server(prefix = "/api", endpoint = "offices")]
pub async fn get_offices() -> Result<Vec<OfficeView>, AppError> {
    let portal = crate::portal::server::use_portal()?;
    let offices = domain::department::offices(&portal.db, portal.county.id).await?;
    Ok(offices
        .into_iter()
        .map(|office| OfficeView {
            name: office.department.name,
            street_address: office.department.street_address,
            postal_code: office.department.postal_code,
            city: office.department.city,
            phone: office.department.phone,
            email: office.department.email,
            opening_hours: office
                .opening_hours
                .into_iter()
                .map(|h| OpeningHoursView {
                    weekday: h.weekday,
                    opens: h.opens,
                    closes: h.closes,
                })
                .collect(),
        })
        .collect())
}

#[component]
pub fn ContactPage() -> impl IntoView {
    let i18n = use_i18n();
    let offices = OnceResource::new(get_offices());
    let list = {
        let i18n = i18n.clone();
        move || {
            let i18n = i18n.clone();
            Suspend::new(async move {
                match offices.await {
                    Ok(offices) => view! {
                        <ul class="office-list">
                            {offices.into_iter().map(|office| view! { <Office office/> }).collect_view()}
                        </ul>
                    }
                    .into_any(),
                    Err(err) => view! { <p class="error-message" role="alert">{i18n.loader().get(err.message_id())}</p> }
                        .into_any(),
                }
            })
        }
    };
    view! {
        <Title text=t!(i18n, "contact-heading")/>
        <h1>{t!(i18n, "contact-heading")}</h1>
        <p class="lead">{t!(i18n, "contact-lead")}</p>
        <Suspense fallback=|| ()>{list}</Suspense>
    }
}

#[component]
fn Office(office: OfficeView) -> impl IntoView {
    let i18n = use_i18n();
    let weekday = |day: i32| t!(i18n, "weekday", day = day);
    let spans = group_days(&office.opening_hours)
        .into_iter()
        .map(|span| {
            let days = if span.first == span.last {
                weekday(span.first)
            } else {
                format!("{}–{}", weekday(span.first), weekday(span.last))
            };
            let days = capitalize_first(&days);
            view! {
                <div class="hours__row">
                    <dt>{days}</dt>
                    <dd><span class="ltr">{format!("{}–{}", span.opens, span.closes)}</span></dd>
                </div>
            }
        })
        .collect_view();
    let tel = format!("tel:{}", office.phone.replace(' ', ""));
    let mailto = format!("mailto:{}", office.email);
    view! {
        <li class="office">
            <h2>{office.name}</h2>
            <address>
                {office.street_address}<br/>
                {format!("{} {}", office.postal_code, office.city)}<br/>
                {t!(i18n, "contact-phone")} " " <a href=tel>{office.phone}</a><br/>
                {t!(i18n, "contact-email")} " " <a href=mailto>{office.email}</a>
            </address>
            <h3>{t!(i18n, "contact-opening-hours")}</h3>
            <dl class="hours">{spans}</dl>
        </li>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn h(weekday: i32, opens: &str, closes: &str) -> OpeningHoursView {
        OpeningHoursView {
            weekday,
            opens: opens.into(),
            closes: closes.into(),
        }
    }

    fn spans(hours: &[OpeningHoursView]) -> Vec<(i32, i32, String)> {
        group_days(hours)
            .into_iter()
            .map(|s| (s.first, s.last, format!("{}-{}", s.opens, s.closes)))
            .collect()
    }

    #[test]
    fn consecutive_days_with_equal_hours_share_a_span() {
        let week = [
            h(1, "08:00", "15:30"),
            h(2, "08:00", "15:30"),
            h(3, "08:00", "15:30"),
            h(4, "08:00", "15:30"),
            h(5, "08:00", "14:00"),
        ];
        assert_eq!(
            spans(&week),
            vec![(1, 4, "08:00-15:30".into()), (5, 5, "08:00-14:00".into())]
        );
    }

    #[test]
    fn a_gap_in_the_week_starts_a_new_span() {
        let week = [h(1, "08:00", "15:30"), h(3, "08:00", "15:30")];
        assert_eq!(
            spans(&week),
            vec![(1, 1, "08:00-15:30".into()), (3, 3, "08:00-15:30".into())]
        );
    }

    #[test]
    fn a_day_with_two_intervals_stands_alone() {
        let week = [
            h(1, "08:00", "11:00"),
            h(2, "08:00", "11:00"),
            h(2, "12:00", "15:00"),
            h(3, "12:00", "15:00"),
        ];
        assert_eq!(
            spans(&week),
            vec![
                (1, 1, "08:00-11:00".into()),
                (2, 2, "08:00-11:00".into()),
                (2, 2, "12:00-15:00".into()),
                (3, 3, "12:00-15:00".into())
            ]
        );
    }

    #[test]
    fn labels_start_with_a_capital() {
        assert_eq!(capitalize_first("måndag–torsdag"), "Måndag–torsdag");
        assert_eq!(capitalize_first(""), "");
    }

    #[test]
    fn no_hours_no_spans() {
        assert!(group_days(&[]).is_empty());
    }
}
