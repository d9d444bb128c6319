//! Links between the pages of a long list: the previous and next page and where the reader is.
//! Plain links, so paging works without JavaScript and every page has its own address.

use leptos::prelude::*;

use crate::{i18n::I18n, t};

/// The links for page `page` of `pages` (from 1); `href` gives any page's address. Nothing for
/// a list of one page.
pub fn paging(i18n: &I18n, page: i64, pages: i64, href: impl Fn(i64) -> String) -> AnyView {
    (pages > 1).then(|| {
        let previous = (page > 1).then(|| href(page - 1));
        let next = (page < pages).then(|| href(page + 1));
        view! {
            <nav class="paging" aria-label=t!(i18n, "paging-label")>
                {previous.map(|href| view! { <a class="button button--secondary" href=href rel="prev">{t!(i18n, "paging-previous")}</a> })}
                <p class="paging__position">{t!(i18n, "paging-position", page = page, pages = pages)}</p>
                {next.map(|href| view! { <a class="button button--secondary" href=href rel="next">{t!(i18n, "paging-next")}</a> })}
            </nav>
        }
    })
    .into_any()
}
