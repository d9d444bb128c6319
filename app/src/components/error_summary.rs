//! GOV.UK-style error summary: a heading and one link per problem, each to its field.

use leptos::prelude::*;

use crate::{i18n::use_i18n, t};

/// One problem: the message and the id of the field it is about.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    pub field_id: &'static str,
    pub message: String,
}

#[component]
pub fn ErrorSummary(problems: Vec<Problem>) -> impl IntoView {
    let i18n = use_i18n();
    (!problems.is_empty()).then(|| {
        view! {
            <div class="error-summary" role="alert" aria-labelledby="error-summary-title" tabindex="-1">
                <h2 id="error-summary-title">{t!(i18n, "error-summary-title")}</h2>
                <ul>
                    {problems
                        .into_iter()
                        .map(|p| view! { <li><a href=format!("#{}", p.field_id)>{p.message}</a></li> })
                        .collect_view()}
                </ul>
            </div>
        }
    })
}
