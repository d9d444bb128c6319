//! Figures as people read them: numbers in the page's language and number format, counts that
//! are too small to show said in words, and bar charts drawn on the server as SVG with the same
//! figures in a table beside them. No charting script: the chart is an image of the table, with
//! every value written on it, so no meaning rests on colour or on the chart alone, and it prints.

use leptos::prelude::*;

use crate::{
    i18n::{I18n, Lang},
    t,
};

/// The digits, group and decimal separators of a language (CLDR's defaults).
fn symbols(lang: Lang) -> (Option<&'static [char; 10]>, &'static str, &'static str) {
    const ARABIC: [char; 10] = ['٠', '١', '٢', '٣', '٤', '٥', '٦', '٧', '٨', '٩'];
    const PERSIAN: [char; 10] = ['۰', '۱', '۲', '۳', '۴', '۵', '۶', '۷', '۸', '۹'];
    match lang {
        Lang::Nb | Lang::Nn | Lang::Se | Lang::Uk | Lang::Pl => (None, "\u{a0}", ","),
        Lang::Ar => (Some(&ARABIC), "٬", "٫"),
        Lang::Prs => (Some(&PERSIAN), "٬", "٫"),
        Lang::En | Lang::So | Lang::Ti => (None, ",", "."),
    }
}

fn localise_digits(text: &str, lang: Lang) -> String {
    match symbols(lang).0 {
        Some(digits) => text
            .chars()
            .map(|c| c.to_digit(10).map_or(c, |d| digits[d as usize]))
            .collect(),
        None => text.to_string(),
    }
}

/// A whole number, grouped by thousands in the language's way (Polish groups from 10 000).
pub fn integer(lang: Lang, n: u64) -> String {
    let digits = n.to_string();
    let (_, group, _) = symbols(lang);
    let grouped = if digits.len() > 3 && !(lang == Lang::Pl && digits.len() == 4) {
        let mut out = String::new();
        for (i, c) in digits.chars().enumerate() {
            if i > 0 && (digits.len() - i).is_multiple_of(3) {
                out.push_str(group);
            }
            out.push(c);
        }
        out
    } else {
        digits
    };
    localise_digits(&grouped, lang)
}

/// A number with one decimal (days, hours).
pub fn decimal(lang: Lang, value: f64) -> String {
    let rounded = (value * 10.0).round() / 10.0;
    let whole = rounded.trunc() as u64;
    let tenth = ((rounded - rounded.trunc()) * 10.0).round() as u64;
    let (_, _, point) = symbols(lang);
    if tenth == 0 {
        integer(lang, whole)
    } else {
        format!(
            "{}{point}{}",
            integer(lang, whole),
            localise_digits(&tenth.to_string(), lang)
        )
    }
}

/// A share (0.0–1.0) as a whole percent, with the sign placed as the language writes it.
pub fn percent(lang: Lang, share: f64) -> String {
    let n = integer(lang, (share * 100.0).round() as u64);
    match lang {
        Lang::Nb | Lang::Nn | Lang::Se => format!("{n}\u{a0}%"),
        Lang::Ar | Lang::Prs => format!("{n}٪"),
        _ => format!("{n}%"),
    }
}

/// A count as shown: the number, or why it is not shown.
pub fn count(i18n: &I18n, c: domain::numbers::Count) -> String {
    use domain::numbers::Count;
    match c {
        Count::Exact(n) => integer(i18n.lang(), n),
        Count::FewerThanFive => t!(i18n, "figures-fewer-than-five"),
        Count::Hidden => t!(i18n, "figures-hidden"),
    }
}

/// A measure as shown, `show` writing the value (a percent, days …).
pub fn measure(
    i18n: &I18n,
    m: domain::numbers::Measure,
    show: impl Fn(Lang, f64) -> String,
) -> String {
    match m.value() {
        Some(v) => show(i18n.lang(), v),
        None => t!(i18n, "figures-too-few"),
    }
}

/// One bar of a chart: its label, the number (None: not shown) and the text written by it.
#[derive(Clone, Debug, PartialEq)]
pub struct Bar {
    pub label: String,
    pub value: Option<u64>,
    pub text: String,
}

impl Bar {
    pub fn of(i18n: &I18n, label: String, c: domain::numbers::Count) -> Bar {
        Bar {
            label,
            value: c.exact(),
            text: count(i18n, c),
        }
    }
}

/// A horizontal bar chart drawn in SVG, the label above each bar and its value written after
/// it: it fits a 360 px phone and prints. Right-to-left pages draw from the right. The chart
/// repeats the table that follows it, so it is hidden from screen readers (they read the table).
#[component]
pub fn BarChart(bars: Vec<Bar>, #[prop(into)] rtl: bool) -> impl IntoView {
    const WIDTH: f64 = 320.0;
    const ROW: f64 = 40.0;
    let max = bars
        .iter()
        .filter_map(|b| b.value)
        .max()
        .unwrap_or(0)
        .max(1) as f64;
    let height = ROW * bars.len() as f64 + 4.0;
    // Room for the value written after the longest bar.
    let room = WIDTH * 0.62;
    let x = |from_start: f64| if rtl { WIDTH - from_start } else { from_start };
    // «start» follows the text's direction, which the SVG takes from the page: on a
    // right-to-left page the text starts at x and runs leftwards.
    let anchor = "start";
    let rows = bars
        .into_iter()
        .enumerate()
        .map(|(i, bar)| {
            let top = ROW * i as f64;
            let length = bar.value.map_or(0.0, |v| (v as f64 / max * room).max(if v > 0 { 2.0 } else { 0.0 }));
            let bar_x = if rtl { WIDTH - length } else { 0.0 };
            view! {
                <text x=x(0.0) y=top + 14.0 text-anchor=anchor class="chart__label">{bar.label}</text>
                <rect x=bar_x y=top + 19.0 width=length height="14" class="chart__bar"/>
                <text x=x(length + 6.0) y=top + 31.0 text-anchor=anchor class="chart__value">{bar.text}</text>
            }
        })
        .collect_view();
    view! {
        <svg class="chart" viewBox=format!("0 0 {WIDTH} {height}") width="100%" aria-hidden="true" focusable="false"
            direction=if rtl { "rtl" } else { "ltr" }>
            {rows}
        </svg>
    }
}

/// Rows a table shows open under a figure without a chart.
const FOLD_ROWS: usize = 12;

/// A figure: its caption, the chart, then the table with the same figures, and the link to the
/// table as a spreadsheet (CSV) when there is one.
#[component]
pub fn Figure(
    caption: String,
    /// Column headings: the row's label, then the values.
    columns: Vec<String>,
    /// Each row: its label and its values as shown.
    rows: Vec<(String, Vec<String>)>,
    bars: Vec<Bar>,
    #[prop(into)] rtl: bool,
    #[prop(optional)] csv: Option<(String, String)>,
    #[prop(optional)] source: Option<String>,
) -> impl IntoView {
    // A chart already shows its figures, and a long table would bury the next figure on a
    // phone: such a table is folded under its figure, one tap away.
    let folded = !bars.is_empty() || rows.len() > FOLD_ROWS;
    let i18n = crate::i18n::use_i18n();
    // More than one column of values leaves each under 120 px on a phone: each row is then a
    // card there, each value under its column's name (`data-label`).
    let cards = columns.len() > 2;
    let labels = columns.clone();
    let table = view! {
            <table class="figure__table" class:figure__table--cards=cards>
                <caption class="visually-hidden">{caption.clone()}</caption>
                <thead>
                    <tr>{columns.into_iter().enumerate().map(|(i, c)| view! { <th scope="col" class:num={i > 0}>{c}</th> }).collect_view()}</tr>
                </thead>
                <tbody>
                    {rows.into_iter().map(|(label, values)| view! {
                        <tr>
                            <th scope="row">{label}</th>
                            {values.into_iter().enumerate().map(|(i, v)| view! {
                                <td class="num" data-label=cards.then(|| labels.get(i + 1).cloned().unwrap_or_default())>{v}</td>
                            }).collect_view()}
                        </tr>
                    }).collect_view()}
                </tbody>
            </table>
    };
    view! {
        <figure class="figure">
            <figcaption>{caption.clone()}</figcaption>
            {(!bars.is_empty()).then(|| view! { <BarChart bars rtl/> })}
            {if folded {
                view! {
                    <details class="figure__details">
                        <summary>{crate::t!(i18n, "figure-table-show")}</summary>
                        {table}
                    </details>
                }.into_any()
            } else {
                table.into_any()
            }}
            {source.map(|s| view! { <p class="figure__source">{s}</p> })}
            {csv.map(|(href, label)| view! { <p><a href=href download="">{label}</a></p> })}
        </figure>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_read_as_each_language_writes_them() {
        assert_eq!(integer(Lang::Nb, 15449), "15\u{a0}449");
        assert_eq!(integer(Lang::En, 15449), "15,449");
        assert_eq!(integer(Lang::Pl, 1005), "1005");
        assert_eq!(integer(Lang::Pl, 15449), "15\u{a0}449");
        assert_eq!(integer(Lang::Ar, 934), "٩٣٤");
        assert_eq!(integer(Lang::Prs, 1340), "۱٬۳۴۰");
        assert_eq!(integer(Lang::Nb, 0), "0");
        assert_eq!(integer(Lang::En, 1_000_000), "1,000,000");
        assert_eq!(percent(Lang::Nb, 0.35), "35\u{a0}%");
        assert_eq!(percent(Lang::En, 0.047), "5%");
        assert_eq!(percent(Lang::Ar, 0.26), "٢٦٪");
        assert_eq!(decimal(Lang::Nb, 4.25), "4,3");
        assert_eq!(decimal(Lang::En, 3.0), "3");
        assert_eq!(decimal(Lang::Prs, 12.5), "۱۲٫۵");
    }
}
