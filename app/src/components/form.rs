//! A form that posts to a server function and, after a refused submit, shows again what was
//! typed: every value, the chosen radio buttons and checkboxes (never passwords).
//!
//! The server keeps a refused form's values (`server::kept_form`) and hands them to the render
//! of the page the person is sent back to as `Kept`. `Form` gives them to the fields inside it
//! when it is the form that was refused; `kept` and `kept_checked` are how a field reads them.

use leptos::{prelude::*, server_fn::ServerFn, tachys::reactive_graph::OwnedView};

/// What a refused form left for this request's page.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Kept {
    /// The server function the form posted to.
    pub action: String,
    /// Its error, in the server function's own encoding.
    pub error: String,
    pub fields: Vec<(String, String)>,
}

/// The kept values of the enclosing form; None when that form was not the one refused.
#[derive(Clone, Debug, Default)]
struct FormValues(Option<Vec<(String, String)>>);

#[component]
pub fn Form<S>(
    /// The server function the form posts to.
    action: ServerAction<S>,
    #[prop(optional)] class: &'static str,
    /// Leaves checking to the server (and the page's own messages) instead of the browser's.
    #[prop(optional)]
    novalidate: bool,
    /// For a form repeated on a page (one per booking, say): the hidden field that tells the
    /// copies apart, so only the copy that was sent gets its values back.
    #[prop(optional)]
    instance: Option<(&'static str, String)>,
    children: Children,
) -> impl IntoView
where
    S: ServerFn + Send + Sync + 'static,
    S::Output: Send + Sync + 'static,
    S::Error: Send + Sync + 'static,
{
    let _ = action;
    let values = use_context::<Kept>()
        .filter(|kept| kept.action == S::PATH)
        .filter(|kept| match &instance {
            Some((name, value)) => kept.fields.iter().any(|(n, v)| n == name && v == value),
            None => true,
        })
        .map(|kept| kept.fields);
    // A child owner, so the values reach this form's fields and no sibling's.
    let owner = Owner::current()
        .expect("a form renders inside a reactive owner")
        .child();
    let children = owner.with(|| {
        provide_context(FormValues(values));
        children()
    });
    let form = view! {
        <form method="post" action=S::url() class=(!class.is_empty()).then_some(class) novalidate=novalidate>
            {children}
        </form>
    };
    OwnedView::new_with_owner(form, owner)
}

/// The value of `name` sent in a refused submit to the server function at `action`, for a page
/// that must know it outside the form (which day of times to open, say).
pub fn kept_for(action: &str, name: &str) -> Option<String> {
    use_context::<Kept>()
        .filter(|kept| kept.action == action)
        .and_then(|kept| kept.fields.into_iter().find(|(n, _)| n == name))
        .map(|(_, v)| v)
}

/// The names of the fields a refused form sent to `action`: for a page that draws as many rows
/// as were sent (the weekly time ranges).
pub fn kept_names(action: &str) -> Vec<String> {
    use_context::<Kept>()
        .filter(|kept| kept.action == action)
        .map(|kept| kept.fields.into_iter().map(|(n, _)| n).collect())
        .unwrap_or_default()
}

fn values() -> Option<Vec<(String, String)>> {
    use_context::<FormValues>().and_then(|v| v.0)
}

/// Text for inside a `<textarea>`, escaped. Leptos (tachys 0.2) writes a textarea's children
/// as they are, like a script's, so a typed `</textarea>` would end the element and what follows
/// would be markup; escaped, the browser shows the text exactly as typed.
pub fn textarea(text: impl AsRef<str>) -> String {
    raw_text(text.as_ref())
}

/// Text escaped for an element whose content Leptos writes as it is: a `<textarea>`'s children,
/// and the `<title>` (leptos_meta 0.8 pushes the formatted title into the head unescaped, so a
/// name with `</title><meta http-equiv=refresh …>` would be markup in every page's head).
pub fn raw_text(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

/// The value of `name` as it was sent, when the enclosing form was refused; else `default`.
pub fn kept(name: &str, default: impl Into<String>) -> String {
    values()
        .and_then(|fields| fields.into_iter().find(|(n, _)| n == name).map(|(_, v)| v))
        .unwrap_or_else(|| default.into())
}

/// Whether the radio button or checkbox `name`=`value` was chosen, when the enclosing form was
/// refused (a box left empty is not sent); else `default`.
pub fn kept_checked(name: &str, value: &str, default: bool) -> bool {
    match values() {
        Some(fields) => fields.iter().any(|(n, v)| n == name && v == value),
        None => default,
    }
}
