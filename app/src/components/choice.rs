//! A group of radio buttons or checkboxes in a fieldset, with its error next to it. The legend
//! can be the page's heading (one question per page).

use leptos::prelude::*;

/// One option: the form name it posts under, its value and its label.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Choice {
    pub name: String,
    pub value: String,
    pub label: String,
    pub checked: bool,
}

#[component]
pub fn ChoiceGroup(
    /// The id of the first input, which the error summary links to.
    id: &'static str,
    legend: String,
    /// Whether the legend is the page's heading.
    #[prop(optional)]
    heading: bool,
    #[prop(optional, into)] hint: String,
    #[prop(default = "radio")] kind: &'static str,
    choices: Vec<Choice>,
    error: String,
    #[prop(into)] invalid: Signal<bool>,
) -> impl IntoView {
    let error_id = format!("{id}-error");
    let hint_id = format!("{id}-hint");
    let has_hint = !hint.is_empty();
    let described_by = move || {
        let mut ids = Vec::new();
        if has_hint {
            ids.push(hint_id.clone());
        }
        if invalid.get() {
            ids.push(format!("{id}-error"));
        }
        (!ids.is_empty()).then(|| ids.join(" "))
    };
    let legend = if heading {
        view! { <legend class="choices__legend choices__legend--heading"><h1>{legend}</h1></legend> }.into_any()
    } else {
        view! { <legend class="choices__legend">{legend}</legend> }.into_any()
    };
    view! {
        <fieldset class="choices field" class:field--error=move || invalid.get() aria-describedby=described_by>
            {legend}
            {has_hint.then(|| view! { <p class="field__hint" id=format!("{id}-hint")>{hint.clone()}</p> })}
            <Show when=move || invalid.get()>
                <p class="field__error" id=error_id.clone()>{error.clone()}</p>
            </Show>
            {choices
                .into_iter()
                .enumerate()
                .map(|(i, c)| {
                    let input_id = if i == 0 { id.to_string() } else { format!("{id}-{}", c.value) };
                    let checked = super::form::kept_checked(&c.name, &c.value, c.checked);
                    view! {
                        <div class="choice">
                            <input type=kind id=input_id.clone() name=c.name value=c.value checked=checked/>
                            <label for=input_id>{c.label}</label>
                        </div>
                    }
                })
                .collect_view()}
        </fieldset>
    }
}
