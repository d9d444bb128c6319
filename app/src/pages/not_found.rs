use leptos::prelude::*;
use leptos_meta::Title;

use crate::{i18n::use_i18n, t};

/// The translated «page not found», sent with HTTP status 404.
#[component]
pub fn NotFound() -> impl IntoView {
    #[cfg(feature = "ssr")]
    if let Some(response) = use_context::<leptos_axum::ResponseOptions>() {
        response.set_status(http::StatusCode::NOT_FOUND);
    }
    let i18n = use_i18n();
    view! {
        <Title text=t!(i18n, "not-found-title")/>
        <h1>{t!(i18n, "not-found-heading")}</h1>
        <p>{t!(i18n, "not-found-text")}</p>
        <p><a href=i18n.href("")>{t!(i18n, "not-found-home")}</a></p>
    }
}
