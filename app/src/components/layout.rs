//! The frame of every page: skip link, header with the language picker, main landmark, footer.

use leptos::prelude::*;
use leptos_router::hooks::use_location;

use crate::{
    i18n::{use_i18n, Lang, TranslationStatus},
    portal::use_service_info,
    t,
};

#[component]
pub fn Layout(children: Children) -> impl IntoView {
    let i18n = use_i18n();
    // Known without waiting (see `use_service_info`): no Suspense in the frame of every page.
    let info = use_service_info();
    let tel = format!("tel:{}", info.phone.replace(' ', ""));
    let mailto = format!("mailto:{}", info.email);

    view! {
        <a class="skip-link" href="#main">{t!(i18n, "skip-to-content")}</a>
        <header class="site-header">
            <div class="site-header__bar">
                <a class="brand" href=i18n.href("")>
                    <span class="brand__name">{t!(i18n, "service-name")}</span>
                    <span class="brand__org">{info.service_name.clone()}</span>
                </a>
            </div>
            // Disclosures, folded from the first paint with or without JavaScript: nothing
            // shifts when a script runs, and the task is the first thing on a phone. Side by
            // side in one slim row; what they open lies over the page below.
            <div class="site-header__tools">
            <details class="site-menu">
                <summary>{t!(i18n, "menu")}</summary>
                <nav id="site-nav" class="site-nav" aria-label=t!(i18n, "nav-label")>
                    <ul>
                        <li><a href=i18n.href("/svar")>{t!(i18n, "task-answer")}</a></li>
                        <li><a href=i18n.href("/rettigheter")>{t!(i18n, "task-rights")}</a></li>
                        <li><a href=i18n.href("/foresatte")>{t!(i18n, "task-guardians")}</a></li>
                        <li><a href=i18n.href("/bestill")>{t!(i18n, "task-booking")}</a></li>
                        <li><a href=i18n.href("/ot-rad")>{t!(i18n, "task-council")}</a></li>
                        <li><a href=i18n.href("/kontakt")>{t!(i18n, "contact-heading")}</a></li>
                    </ul>
                </nav>
            </details>
            <LanguagePicker/>
            </div>
        </header>
        <main id="main" class="main" tabindex="-1">
            <TranslationNotice/>
            {children()}
        </main>
        <footer class="site-footer">
            <p class="site-footer__org">{info.service_name.clone()}</p>
            <p>
                <a href=tel>{info.phone.clone()}</a>
                " · "
                <a href=mailto>{info.email.clone()}</a>
            </p>
            <ul class="site-footer__links">
                <li><a href=i18n.href("/kontakt")>{t!(i18n, "contact-heading")}</a></li>
                <li><a href=i18n.href("/tall")>{t!(i18n, "figures-title")}</a></li>
                <li><a href=i18n.href("/personvern")>{t!(i18n, "privacy-heading")}</a></li>
                <li><a href=i18n.href("/tilgjengelighet")>{t!(i18n, "accessibility-heading")}</a></li>
                <li><a href=i18n.href("/staff")>{t!(i18n, "task-staff")}</a></li>
            </ul>
        </footer>
    }
}

/// One line on every public page in a translation no qualified translator has reviewed yet,
/// linking to the same page in bokmål (the original).
#[component]
fn TranslationNotice() -> impl IntoView {
    let i18n = use_i18n();
    let path = use_location().pathname.get_untracked();
    let unreviewed = i18n.lang().translation_status() == TranslationStatus::NotReviewed;
    (unreviewed && !crate::is_staff_path(&path)).then(|| {
        let rest = Lang::from_path(&path)
            .map(|lang| path[1 + lang.code().len()..].to_string())
            .unwrap_or_default();
        let original = format!("/{}{rest}", Lang::DEFAULT.code());
        view! {
            <p class="translation-notice">
                {t!(i18n, "translation-notice")}" "
                <a href=original hreflang=Lang::DEFAULT.code() lang=Lang::DEFAULT.code()>
                    {t!(i18n, "translation-original")}
                </a>
            </p>
        }
    })
}

/// A plain form that posts to `/language`: it sets the cookie and sends the visitor back to the
/// same page in the new language, with or without JavaScript.
#[component]
fn LanguagePicker() -> impl IntoView {
    let i18n = use_i18n();
    let location = use_location();
    let current = i18n.lang();
    // The staff area offers only the languages it speaks.
    let offered: Vec<Lang> = if crate::is_staff_path(&location.pathname.get_untracked()) {
        Lang::STAFF.to_vec()
    } else {
        Lang::ALL.to_vec()
    };
    view! {
        <details class="language-picker">
            <summary>{t!(i18n, "language-picker")}</summary>
            <form method="post" action="/language">
                <input type="hidden" name="return_to" value=move || location.pathname.get()/>
                <ul>
                    {offered
                        .into_iter()
                        .map(|lang| {
                            view! {
                                <li>
                                    <button
                                        type="submit"
                                        name="lang"
                                        value=lang.code()
                                        lang=lang.code()
                                        dir=lang.dir()
                                        aria-current=(lang == current).then_some("true")
                                    >
                                        {lang.native_name()}
                                    </button>
                                </li>
                            }
                        })
                        .collect_view()}
                </ul>
            </form>
        </details>
    }
}
