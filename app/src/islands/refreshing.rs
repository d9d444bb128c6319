//! A part of a page that keeps itself up to date: every `every_seconds`, while the tab is
//! visible, the island fetches its own page and takes the part under `selector` from it (the
//! server renders it as always, so the counts and their words are the server's). Used for the
//! advisor's «today» counts on the workplace and the booking queue, so that a queue left open on
//! a screen stays true; the part is a polite live region, so a changed count is announced.

use leptos::prelude::*;

#[island]
pub fn Refreshing(selector: String, every_seconds: u64, children: Children) -> impl IntoView {
    let (ready, set_ready) = signal(false);
    Effect::new(move |_| {
        set_ready.set(true);
        #[cfg(feature = "hydrate")]
        {
            let selector = selector.clone();
            let handle = set_interval_with_handle(
                move || {
                    // A hidden tab asks nothing of the server.
                    if document().hidden() {
                        return;
                    }
                    let selector = selector.clone();
                    leptos::task::spawn_local(async move {
                        let url = window().location().href().unwrap_or_default();
                        if let Some(page) = super::dom::fetch_page(&url).await {
                            super::dom::replace_from(&page, &selector);
                        }
                    });
                },
                std::time::Duration::from_secs(every_seconds),
            );
            if let Ok(handle) = handle {
                on_cleanup(move || handle.clear());
            }
        }
        #[cfg(not(feature = "hydrate"))]
        let _ = (&selector, every_seconds);
    });
    view! {
        <div class="refreshing" data-ready=move || ready.get().then_some("")>
            {children()}
        </div>
    }
}
