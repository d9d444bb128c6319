//! One labelled input with its error next to it, marked for assistive technology.

use leptos::prelude::*;

#[component]
pub fn Field(
    /// The input's id and name; the error summary links here.
    id: &'static str,
    label: String,
    /// What to fix, shown above the input while `invalid` holds.
    error: String,
    #[prop(into)] invalid: Signal<bool>,
    #[prop(default = "text")] input_type: &'static str,
    #[prop(optional)] autocomplete: &'static str,
    /// The form name, when it differs from the id (e.g. `form[name]` for a struct argument).
    #[prop(optional)]
    name: &'static str,
    /// The value to start from, e.g. what is saved now (what was typed, after a refused submit).
    #[prop(optional, into)]
    value: String,
    /// Whether the field may be left empty (no `required` for assistive technology).
    #[prop(optional)]
    optional: bool,
) -> impl IntoView {
    let name = if name.is_empty() { id } else { name };
    // What was typed before a refused submit wins over what is saved.
    let value = super::form::kept(name, value);
    let error_id = format!("{id}-error");
    let described_by = error_id.clone();
    view! {
        <div class="field" class:field--error=move || invalid.get()>
            <label for=id>{label}</label>
            // Always on the page, hidden until needed: the send button's check shows it too.
            <p class="field__error" id=error_id hidden=move || !invalid.get()>{error}</p>
            <input
                id=id
                name=name
                value=value
                type=input_type
                autocomplete=autocomplete
                spellcheck="false"
                required=!optional
                aria-invalid=move || invalid.get().then_some("true")
                aria-describedby=move || invalid.get().then(|| described_by.clone())
            />
        </div>
    }
}
