//! The islands: the only components that run in the browser. Every page is server HTML; each
//! island is hydrated on its own and gets what it shows from the server as props (translated
//! words, never a whole language), so the WASM stays small and every page works without it.
//! The shell's loader fetches the WASM only on a page that has an island (`routes::island_loader`).

use leptos::prelude::*;

pub mod checks;
mod day_ranges;
#[cfg(feature = "hydrate")]
mod dom;
mod refreshing;
mod time_list;
pub use day_ranges::*;
pub use refreshing::*;
pub use time_list::*;

/// A form's send button. Pressed, it first checks the form as the server would (required
/// fields, e-mail, mobile: `checks`) and, if something is wrong, shows the server's messages next
/// to the fields and in a summary, without sending; otherwise it says it is working and ignores
/// a second press while the next page loads (a young person on a slow line presses again).
/// Without JavaScript it is a plain submit button and the server does the checking.
#[island]
pub fn SendButton(
    label: String,
    working: String,
    /// The error summary's heading.
    summary_title: String,
    /// Styled as a secondary action.
    secondary: bool,
) -> impl IntoView {
    let (sent, set_sent) = signal(false);
    let (ready, set_ready) = signal(false);
    // Effects run only in the browser, once the island is hydrated.
    Effect::new(move |_| {
        set_ready.set(true);
        // Back to this page from the browser's cache: ready to send again.
        let listener = window_event_listener(leptos::ev::pageshow, move |_| set_sent.set(false));
        std::mem::forget(listener);
    });
    let _ = &summary_title;
    view! {
        <button
            type="submit"
            class="button"
            class:button--secondary=secondary
            aria-disabled=move || sent.get().then_some("true")
            data-ready=move || ready.get().then_some("")
            on:click=move |ev| {
                if sent.get_untracked() {
                    ev.prevent_default();
                    return;
                }
                #[cfg(feature = "hydrate")]
                {
                    use leptos::wasm_bindgen::JsCast;
                    let button = ev.current_target().and_then(|t| t.dyn_into::<web_sys::HtmlButtonElement>().ok());
                    if button.is_some_and(|b| !checks::check_form(&b, &summary_title)) {
                        ev.prevent_default();
                        return;
                    }
                }
                set_sent.set(true);
            }
        >
            {move || if sent.get() { working.clone() } else { label.clone() }}
        </button>
    }
}

/// How much of a long text's room is used, below the text as it is typed, said politely to
/// screen readers. `children` is the textarea, rendered on the server; `initial` is its length
/// there, so the first count needs no script. The line stays invisible (but keeps its place, so
/// nothing shifts) until the island runs: without JavaScript a count that never changes would
/// mislead. `template` is the translated line with `{count}` where the number goes.
#[island]
pub fn CharacterCount(template: String, initial: usize, children: Children) -> impl IntoView {
    let (count, set_count) = signal(initial);
    let (ready, set_ready) = signal(false);
    Effect::new(move |_| set_ready.set(true));
    view! {
        <div
            class="character-count"
            class:character-count--ready=move || ready.get()
            on:input=move |ev| set_count.set(event_target_value(&ev).chars().count())
        >
            {children()}
            <p class="field__hint character-count__text" aria-live="polite" data-ready=move || ready.get().then_some("")>
                {move || template.replace("{count}", &count.get().to_string())}
            </p>
        </div>
    }
}
