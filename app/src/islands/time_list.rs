//! The booking page's free times, redrawn in place: another office or meeting form, more days,
//! and a time someone else took while the young person was typing, all without a page load
//! (which on a slow line costs many seconds, and a young person's patience). The server renders
//! the list (`#times`); the island fetches the same page for other choices and swaps the list in.
//! Without JavaScript the same markup works with plain links and the server's refusal.

use leptos::prelude::*;

#[island]
pub fn TimeList(
    /// Said next to the list when the chosen time was taken by someone else meanwhile.
    taken: String,
    children: Children,
) -> impl IntoView {
    let (ready, set_ready) = signal(false);
    Effect::new(move |_| set_ready.set(true));
    let _ = &taken;
    view! {
        <div
            class="time-list"
            data-ready=move || ready.get().then_some("")
            on:click=move |ev| {
                #[cfg(feature = "hydrate")]
                enhance::click(ev);
                #[cfg(not(feature = "hydrate"))]
                let _ = ev;
            }
            on:change=move |ev| {
                #[cfg(feature = "hydrate")]
                enhance::change(ev, taken.clone());
                #[cfg(not(feature = "hydrate"))]
                let _ = ev;
            }
        >
            {children()}
        </div>
    }
}

#[cfg(feature = "hydrate")]
mod enhance {
    use leptos::{task::spawn_local, wasm_bindgen::JsCast};

    use super::super::dom;

    /// The page of the list for an office, a meeting form and a number of days.
    fn list_url(office: &str, form: &str, days: usize) -> String {
        format!(
            "{}?kontor={}&form={}&dager={days}",
            dom::path(),
            dom::url_word(office),
            dom::url_word(form)
        )
    }

    fn days_shown() -> usize {
        leptos::prelude::document()
            .query_selector_all("#times h2.day")
            .map(|l| l.length() as usize)
            .unwrap_or(0)
    }

    pub fn click(ev: web_sys::MouseEvent) {
        if let Some(link) = dom::closest(ev.target(), "a.more-days") {
            ev.prevent_default();
            let href = link.get_attribute("href").unwrap_or_default();
            let first_new = days_shown();
            spawn_local(async move {
                if let Some(page) = dom::fetch_page(&href).await {
                    dom::replace_from(&page, "#times");
                    if let Some(day) = dom::by_id(&format!("day-{first_new}")) {
                        dom::focus(&day);
                    }
                }
            });
        } else if dom::closest(ev.target(), "a.change-office").is_some() {
            ev.prevent_default();
            if let Some(choice) = dom::by_id("office-form-choice") {
                let _ = choice.toggle_attribute("hidden");
            }
        }
    }

    pub fn change(ev: web_sys::Event, taken: String) {
        let Some(target) = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlElement>().ok())
        else {
            return;
        };
        match target.id().as_str() {
            // Another office or meeting form: its times, the first days.
            "office-choice" | "form-choice" => {
                let url = list_url(
                    &dom::value_of("#office-choice"),
                    &dom::value_of("#form-choice"),
                    2,
                );
                spawn_local(async move {
                    if let Some(page) = dom::fetch_page(&url).await {
                        dom::replace_from(&page, "#times");
                        // Still choosing: the choice stays open.
                        if let Some(choice) = dom::by_id("office-form-choice") {
                            let _ = choice.remove_attribute("hidden");
                        }
                    }
                });
            }
            // A time: is it still free? Someone may have taken it while this page was open.
            _ if target.get_attribute("name").as_deref() == Some("slot") => {
                let chosen = dom::value_of("#times input[name=slot]:checked");
                let url = list_url(
                    &dom::value_of("#times input[name=office]"),
                    &dom::value_of("#times input[name=form]"),
                    days_shown(),
                );
                spawn_local(async move {
                    let Some(page) = dom::fetch_page(&url).await else {
                        return;
                    };
                    let still_free = page
                        .query_selector(&format!("#times input[name=slot][value=\"{chosen}\"]"))
                        .ok()
                        .flatten()
                        .is_some();
                    if !still_free {
                        dom::replace_from(&page, "#times");
                        if let Some(error) = dom::by_id("slot-error") {
                            error.set_text_content(Some(&taken));
                            let _ = error.remove_attribute("hidden");
                        }
                    }
                });
            }
            _ => {}
        }
    }
}
