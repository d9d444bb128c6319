//! The few DOM steps the islands share, in the browser only. The islands enhance HTML that the
//! server rendered: to show new times or counts they fetch the same page the server would send
//! without JavaScript and take the part they need from it. So the WASM carries no data types to
//! decode and no second rendering of the page, and the server stays the one place that decides
//! what a page shows (measured: JSON server functions in the islands doubled the WASM).

use leptos::wasm_bindgen::JsCast;
use web_sys::{Document, DomParser, Element, HtmlElement, SupportedType};

/// Loads a page of this site and parses it; None when it could not be had.
pub async fn fetch_page(url: &str) -> Option<Document> {
    let window = web_sys::window()?;
    let response: web_sys::Response =
        wasm_bindgen_futures::JsFuture::from(window.fetch_with_str(url))
            .await
            .ok()?
            .dyn_into()
            .ok()?;
    if !response.ok() {
        return None;
    }
    let text = wasm_bindgen_futures::JsFuture::from(response.text().ok()?)
        .await
        .ok()?
        .as_string()?;
    DomParser::new()
        .ok()?
        .parse_from_string(&text, SupportedType::TextHtml)
        .ok()
}

/// Puts the content of `selector` in `fetched` into the same element of this page; returns the
/// element of this page when it changed.
pub fn replace_from(fetched: &Document, selector: &str) -> Option<Element> {
    let new = fetched.query_selector(selector).ok()??;
    let old = leptos::prelude::document()
        .query_selector(selector)
        .ok()??;
    let html = new.inner_html();
    if old.inner_html() != html {
        old.set_inner_html(&html);
        Some(old)
    } else {
        None
    }
}

/// The element an event happened in, or its nearest ancestor matching `selector`.
pub fn closest(target: Option<web_sys::EventTarget>, selector: &str) -> Option<Element> {
    target?.dyn_into::<Element>().ok()?.closest(selector).ok()?
}

pub fn focus(element: &Element) {
    if let Some(element) = element.dyn_ref::<HtmlElement>() {
        let _ = element.focus();
    }
}

pub fn by_id(id: &str) -> Option<Element> {
    leptos::prelude::document().get_element_by_id(id)
}

/// The value of a form field (an input or a select) of this page.
pub fn value_of(selector: &str) -> String {
    let Some(element) = leptos::prelude::document()
        .query_selector(selector)
        .ok()
        .flatten()
    else {
        return String::new();
    };
    if let Some(input) = element.dyn_ref::<web_sys::HtmlInputElement>() {
        input.value()
    } else if let Some(select) = element.dyn_ref::<web_sys::HtmlSelectElement>() {
        select.value()
    } else {
        String::new()
    }
}

/// The path of this page, without its query.
pub fn path() -> String {
    web_sys::window()
        .and_then(|w| w.location().pathname().ok())
        .unwrap_or_default()
}

/// A word for a URL query: office slugs, form codes and day counts are plain ASCII words of ours;
/// anything else is left out rather than trusted into a URL.
pub fn url_word(value: &str) -> String {
    value
        .chars()
        .filter(|c| c.is_ascii_alphanumeric() || *c == '-' || *c == '_')
        .collect()
}
