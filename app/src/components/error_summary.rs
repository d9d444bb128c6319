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

/// What an error means for a form: each invalid field with its own message (`messages` maps a
/// field id to its text), and any other error as one problem pointing at `first_field`.
pub fn problems_for(
    i18n: &crate::i18n::I18n,
    error: Option<crate::error::AppError>,
    messages: &[(&'static str, String)],
    first_field: &'static str,
) -> Vec<Problem> {
    match error {
        None => Vec::new(),
        Some(crate::error::AppError::InvalidInput { fields }) => fields
            .iter()
            .filter_map(|f| {
                messages
                    .iter()
                    .find(|(id, _)| id == f)
                    .map(|(id, message)| Problem {
                        field_id: id,
                        message: message.clone(),
                    })
            })
            .collect(),
        Some(other) => vec![Problem {
            field_id: first_field,
            message: i18n.loader().get(other.message_id()),
        }],
    }
}

/// The message for `field` from a form's (field id, message) table; empty for a field without one.
pub fn message_for(messages: &[(&'static str, String)], field: &str) -> String {
    messages
        .iter()
        .find(|(f, _)| *f == field)
        .map(|(_, m)| m.clone())
        .unwrap_or_default()
}

/// Whether an error names `field` as invalid, as a signal for the field's markup.
pub fn field_invalid(
    error: impl Fn() -> Option<crate::error::AppError> + Send + Sync + 'static,
    field: &'static str,
) -> Signal<bool> {
    Signal::derive(
        move || matches!(error(), Some(crate::error::AppError::InvalidInput { fields }) if fields.iter().any(|f| f == field)),
    )
}
