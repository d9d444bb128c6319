//! An advisor's weekly hours for one weekday: time ranges added and removed in place, saved
//! with the rest of the availability form. The server renders the day's ranges, one empty row
//! (so a range can be added per save without JavaScript too) and the add and remove buttons,
//! hidden; the island shows the buttons and copies or removes rows.

use leptos::prelude::*;

#[island]
pub fn DayRanges(children: Children) -> impl IntoView {
    let (ready, set_ready) = signal(false);
    let root = NodeRef::<leptos::html::Div>::new();
    Effect::new(move |_| {
        set_ready.set(true);
        #[cfg(feature = "hydrate")]
        if let Some(root) = root.get() {
            enhance::show_buttons(&root);
        }
    });
    view! {
        <div
            class="day-ranges-island"
            node_ref=root
            data-ready=move || ready.get().then_some("")
            on:click=move |ev| {
                #[cfg(feature = "hydrate")]
                enhance::click(ev);
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
    use leptos::wasm_bindgen::JsCast;
    use web_sys::Element;

    use super::super::dom;

    pub fn show_buttons(root: &web_sys::HtmlDivElement) {
        if let Ok(buttons) = root.query_selector_all("button[data-range]") {
            for n in 0..buttons.length() {
                if let Some(button) = buttons.item(n).and_then(|b| b.dyn_into::<Element>().ok()) {
                    let _ = button.remove_attribute("hidden");
                }
            }
        }
    }

    /// The row number of a range's key, `d{weekday}r{n}`.
    fn number(row: &Element) -> Option<usize> {
        row.get_attribute("data-key")?
            .rsplit('r')
            .next()?
            .parse()
            .ok()
    }

    pub fn click(ev: web_sys::MouseEvent) {
        if let Some(button) = dom::closest(ev.target(), "button[data-range=remove]") {
            if let Some(row) = button.closest(".range").ok().flatten() {
                row.remove();
            }
        } else if let Some(button) = dom::closest(ev.target(), "button[data-range=add]") {
            add_after_last(&button);
        }
    }

    /// A copy of the day's last row, emptied, under a new key.
    fn add_after_last(add: &Element) {
        let Some(fieldset) = add.closest("fieldset").ok().flatten() else {
            return;
        };
        let Ok(rows) = fieldset.query_selector_all(".range") else {
            return;
        };
        let rows: Vec<Element> = (0..rows.length())
            .filter_map(|n| rows.item(n)?.dyn_into::<Element>().ok())
            .collect();
        let Some(last) = rows.last() else {
            return;
        };
        let Some(old_key) = last.get_attribute("data-key") else {
            return;
        };
        let next = rows.iter().filter_map(number).max().map_or(0, |n| n + 1);
        let Some(prefix) = old_key.rsplit_once('r').map(|(p, _)| p.to_string()) else {
            return;
        };
        let new_key = format!("{prefix}r{next}");
        let Some(copy) = last
            .clone_node_with_deep(true)
            .ok()
            .and_then(|n| n.dyn_into::<Element>().ok())
        else {
            return;
        };
        // Every id, name and label of the copy names the new key.
        let html = copy.inner_html().replace(&old_key, &new_key);
        copy.set_inner_html(&html);
        let _ = copy.set_attribute("data-key", &new_key);
        if let Ok(inputs) = copy.query_selector_all("input") {
            for n in 0..inputs.length() {
                if let Some(input) = inputs
                    .item(n)
                    .and_then(|i| i.dyn_into::<web_sys::HtmlInputElement>().ok())
                {
                    input.set_value("");
                    let _ = input.remove_attribute("value");
                }
            }
        }
        let _ = add.before_with_node_1(&copy);
        if let Ok(Some(first)) = copy.query_selector("input") {
            dom::focus(&first);
        }
    }
}
