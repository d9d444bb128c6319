//! `/{lang}/tall`: is OT reaching everyone? The national and county figures from Udir and OT
//! Vestfold (each with its source and count date), and the portal's own county figures: the
//! answer rate, the median days to an answer and the status groups at the last count date, with
//! every count under 5 left out so that nobody can be recognised.

use leptos::prelude::*;
use leptos_meta::Title;
use serde::{Deserialize, Serialize};

use crate::{
    components::figures::{decimal, integer, measure, percent, Bar, Figure},
    error::AppError,
    i18n::use_i18n,
    t,
};

/// Youth followed up by OT nationally, counted in June (Udir, August 2024).
const NATIONAL_JUNE: [(u16, u64); 4] = [
    (2021, 13_411),
    (2022, 13_521),
    (2023, 14_758),
    (2024, 15_449),
];

/// Youth followed up by OT in June 2024, by county (Udir, August 2024).
const COUNTIES_JUNE_2024: [(&str, u64); 15] = [
    ("Agder", 1005),
    ("Innlandet", 982),
    ("Møre og Romsdal", 779),
    ("Nordland", 896),
    ("Oslo", 912),
    ("Rogaland", 1340),
    ("Finnmark", 261),
    ("Troms", 512),
    ("Trøndelag", 1501),
    ("Telemark", 577),
    ("Vestfold", 934),
    ("Vestland", 1817),
    ("Akershus", 2015),
    ("Buskerud", 915),
    ("Østfold", 1003),
];

/// The share OT could not reach, 2024, in the counties where it was highest.
const UNREACHED_2024: [(&str, u64); 3] = [("Oslo", 35), ("Nordland", 26), ("Finnmark", 26)];

/// Vestfold's portal (its `COUNTY`), where Vestfold's own figures are shown.
const VESTFOLD: &str = "vestfold";
/// Vestfold on 15 June 2024, by Udir's main groups (OT Vestfold's annual report 2023/24).
const VESTFOLD_JUNE_2024: [(&str, u64); 4] = [
    ("unknown_activity", 23),
    ("follow_up", 191),
    ("in_activity", 523),
    ("clarified", 197),
];

/// The portal's own figures for the county, as the page shows them.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PortalFigures {
    pub period: String,
    pub sent: String,
    pub answered: String,
    pub answer_rate: String,
    pub median_days: String,
    /// (date, [(group key, count text, count if shown)])
    pub count_date: Option<(String, Vec<CountRow>)>,
}

/// One group on the count date: its key, the count as shown, and the count if not suppressed.
pub type CountRow = (String, String, Option<u64>);

#[leptos::server(prefix = "/api", endpoint = "figures")]
pub async fn get_figures(lang: String) -> Result<PortalFigures, AppError> {
    use crate::components::figures::count as shown;
    let portal = crate::portal::server::use_portal()?;
    let lang = crate::i18n::Lang::from_code(&lang).unwrap_or(crate::i18n::Lang::DEFAULT);
    let i18n = crate::i18n::server::i18n(lang);
    let n =
        domain::numbers::public_numbers(&portal.db, portal.county.id, chrono::Utc::now()).await?;
    let last_day = n.period.to.pred_opt().unwrap_or(n.period.to);
    Ok(PortalFigures {
        period: format!(
            "{} – {}",
            crate::calendar::date_with_year(&i18n, n.period.from),
            crate::calendar::date_with_year(&i18n, last_day)
        ),
        sent: shown(&i18n, n.sent),
        answered: shown(&i18n, n.answered),
        answer_rate: measure(&i18n, n.answer_rate, percent),
        median_days: measure(&i18n, n.median_days_to_answer, decimal),
        count_date: n.count_date.map(|c| {
            (
                crate::calendar::date_label(&i18n, c.count_date),
                c.by_group
                    .rows
                    .iter()
                    .map(|r| (r.key.clone(), shown(&i18n, r.count), r.count.exact()))
                    .collect(),
            )
        }),
    })
}

/// A group's name in the page's language.
pub fn group_label(i18n: &crate::i18n::I18n, key: &str) -> String {
    match key {
        "unknown_activity" => t!(i18n, "figures-group-unknown_activity"),
        "follow_up" => t!(i18n, "figures-group-follow_up"),
        "in_activity" => t!(i18n, "figures-group-in_activity"),
        "clarified" => t!(i18n, "figures-group-clarified"),
        _ => t!(i18n, "figures-group-not_in_target_group"),
    }
}

#[component]
pub fn FiguresPage() -> impl IntoView {
    let i18n = use_i18n();
    let lang = i18n.lang();
    let rtl = lang.dir() == "rtl";
    let data = OnceResource::new_blocking(get_figures(lang.code().into()));
    let title = t!(i18n, "figures-title");
    let number = |n: u64| integer(lang, n);
    let count_col = t!(i18n, "figures-count");

    let national = {
        let rows: Vec<(String, Vec<String>)> = NATIONAL_JUNE
            .iter()
            .map(|(year, n)| {
                (
                    integer(lang, u64::from(*year)).replace(['\u{a0}', ',', '٬'], ""),
                    vec![number(*n)],
                )
            })
            .collect();
        let bars = rows
            .iter()
            .zip(NATIONAL_JUNE)
            .map(|((label, _), (_, n))| Bar {
                label: label.clone(),
                value: Some(n),
                text: number(n),
            })
            .collect();
        view! {
            <Figure caption=t!(i18n, "figures-national-caption") columns=vec![t!(i18n, "figures-year"), count_col.clone()]
                rows bars rtl source=t!(i18n, "figures-source-udir")/>
        }
    };
    let counties = {
        let mut sorted = COUNTIES_JUNE_2024.to_vec();
        sorted.sort_by_key(|c| std::cmp::Reverse(c.1));
        let rows = sorted
            .iter()
            .map(|(name, n)| (name.to_string(), vec![number(*n)]))
            .collect();
        let bars = sorted
            .iter()
            .map(|(name, n)| Bar {
                label: name.to_string(),
                value: Some(*n),
                text: number(*n),
            })
            .collect();
        view! {
            <Figure caption=t!(i18n, "figures-counties-caption") columns=vec![t!(i18n, "figures-county"), count_col.clone()]
                rows bars rtl source=t!(i18n, "figures-source-udir")/>
        }
    };
    let unreached = {
        let share = |n: u64| percent(lang, n as f64 / 100.0);
        let rows = UNREACHED_2024
            .iter()
            .map(|(name, n)| (name.to_string(), vec![share(*n)]))
            .collect();
        let bars = UNREACHED_2024
            .iter()
            .map(|(name, n)| Bar {
                label: name.to_string(),
                value: Some(*n),
                text: share(*n),
            })
            .collect();
        view! {
            <Figure caption=t!(i18n, "figures-unreached-caption") columns=vec![t!(i18n, "figures-county"), t!(i18n, "figures-share")]
                rows bars rtl source=t!(i18n, "figures-source-udir")/>
        }
    };
    let vestfold = {
        let rows = VESTFOLD_JUNE_2024
            .iter()
            .map(|(key, n)| (group_label(&i18n, key), vec![number(*n)]))
            .collect();
        let bars = VESTFOLD_JUNE_2024
            .iter()
            .map(|(key, n)| Bar {
                label: group_label(&i18n, key),
                value: Some(*n),
                text: number(*n),
            })
            .collect();
        view! {
            <p>{t!(i18n, "figures-vestfold-text", registered = number(2113), target = number(934), outside = number(1179))}</p>
            <Figure caption=t!(i18n, "figures-vestfold-caption") columns=vec![t!(i18n, "figures-group"), count_col.clone()]
                rows bars rtl source=t!(i18n, "figures-source-vestfold")/>
        }
    };
    let portal = move || {
        let i18n = i18n.clone();
        let count_col = count_col.clone();
        Suspend::new(async move {
            let f = match data.await {
                Ok(f) => f,
                Err(err) => return view! { <p class="error-message" role="alert">{i18n.loader().get(err.message_id())}</p> }.into_any(),
            };
            let groups = f.count_date.clone().map(|(date, groups)| {
                let rows = groups.iter().map(|(key, text, _)| (group_label(&i18n, key), vec![text.clone()])).collect();
                let bars = groups
                    .iter()
                    .map(|(key, text, n)| Bar { label: group_label(&i18n, key), value: *n, text: text.clone() })
                    .collect();
                view! {
                    <Figure caption=t!(i18n, "figures-portal-groups-caption", date = date) columns=vec![t!(i18n, "figures-group"), count_col.clone()]
                        rows bars rtl/>
                }
            });
            view! {
                <dl class="facts key-figures">
                    <dt>{t!(i18n, "figures-portal-period")}</dt><dd>{f.period.clone()}</dd>
                    <dt>{t!(i18n, "figures-portal-sent")}</dt><dd>{f.sent.clone()}</dd>
                    <dt>{t!(i18n, "figures-portal-answered")}</dt><dd>{f.answered.clone()}</dd>
                    <dt>{t!(i18n, "figures-portal-rate")}</dt><dd>{f.answer_rate.clone()}</dd>
                    <dt>{t!(i18n, "figures-portal-median")}</dt><dd>{f.median_days.clone()}</dd>
                </dl>
                {match groups {
                    Some(g) => g.into_any(),
                    None => view! { <p>{t!(i18n, "figures-portal-no-count-date")}</p> }.into_any(),
                }}
                <p class="field__hint">{t!(i18n, "figures-suppression")}</p>
            }
            .into_any()
        })
    };
    let i18n = use_i18n();
    let info = crate::portal::use_service_info();
    let service = info.service_name;
    // Vestfold's annual report belongs on Vestfold's portal, not on another county's.
    let vestfold = (info.county == VESTFOLD).then(|| {
        view! {
            <h2>{t!(i18n, "figures-vestfold-heading")}</h2>
            {vestfold}
        }
    });
    view! {
        <Title text=title.clone()/>
        <h1>{title}</h1>
        <p class="lead">{t!(i18n, "figures-lead")}</p>
        <h2>{t!(i18n, "figures-national-heading")}</h2>
        {national}
        <h2>{t!(i18n, "figures-counties-heading")}</h2>
        {counties}
        <h2>{t!(i18n, "figures-unreached-heading")}</h2>
        {unreached}
        {vestfold}
        <h2>{t!(i18n, "figures-portal-heading", service = service)}</h2>
        <Suspense fallback=|| ()>{portal}</Suspense>
    }
}
