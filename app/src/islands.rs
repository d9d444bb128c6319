//! The islands: the only components that run in the browser. Every page is server HTML; each
//! island is hydrated on its own and gets what it shows from the server as props (translated
//! words, never a whole language), so the WASM stays small and the page works without it.

use leptos::prelude::*;

/// The header's bar (the service's name, linking home) and the site navigation, folded behind a
/// «menu» button once the WASM runs. Without JavaScript the button stays hidden and the links
/// stay open. `children` are the links, rendered on the server.
#[island]
pub fn SiteMenu(
    home: String,
    name: String,
    org: String,
    label: String,
    nav_label: String,
    children: Children,
) -> impl IntoView {
    let (hydrated, set_hydrated) = signal(false);
    let (open, set_open) = signal(false);
    // Effects run only in the browser: the fold starts there, after hydration.
    Effect::new(move |_| set_hydrated.set(true));
    view! {
        <div class="site-header__bar">
            <a class="brand" href=home>
                <span class="brand__name">{name}</span>
                <span class="brand__org">{org}</span>
            </a>
            <button
                type="button"
                class="menu-toggle"
                hidden=move || !hydrated.get()
                aria-expanded=move || open.get().to_string()
                aria-controls="site-nav"
                on:click=move |_| set_open.update(|open| *open = !*open)
            >
                {label}
            </button>
        </div>
        <nav
            id="site-nav"
            class="site-nav"
            class:site-nav--folded=move || hydrated.get() && !open.get()
            aria-label=nav_label
        >
            {children()}
        </nav>
    }
}
