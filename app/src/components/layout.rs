//! The frame of every page: skip link, header with the language picker, main landmark, footer.

use leptos::prelude::*;
use leptos_router::hooks::use_location;

use domain::staff::Role;

use crate::{
    components::form::Form,
    i18n::{use_i18n, Lang, TranslationStatus},
    portal::use_service_info,
    session::SignedIn,
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
            {match use_context::<SignedIn>() {
                Some(signed_in) => view! { <StaffMenu signed_in/> }.into_any(),
                None => view! { <PublicMenu/> }.into_any(),
            }}
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

#[component]
fn PublicMenu() -> impl IntoView {
    let i18n = use_i18n();
    view! {
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
    }
}

/// The staff areas open to a role, as (path, Fluent id of its title): the header's menu on
/// every staff page, so no page is a dead end.
pub fn staff_areas(role: Role, demo: bool) -> Vec<(&'static str, &'static str)> {
    let mut areas = vec![("/staff", "workplace-title")];
    match role {
        Role::Advisor | Role::Coordinator => areas.extend([
            ("/staff/answers", "answers-title"),
            ("/staff/contact-requests", "requests-title"),
            ("/staff/call-list", "call-list-title"),
            ("/staff/bookings", "bookings-title"),
            ("/staff/availability", "availability-title"),
            ("/staff/contact-requests/import", "import-title"),
            ("/staff/numbers", "numbers-title"),
        ]),
        Role::CouncilCoordinator => areas.push(("/staff/council", "council-admin-title")),
        Role::Administrator => areas.extend([
            ("/staff/admin", "admin-title"),
            ("/staff/admin/departments", "departments-title"),
            ("/staff/audit", "audit-title"),
            ("/staff/numbers", "numbers-title"),
        ]),
    }
    if demo {
        areas.push(("/staff/demo-mailbox", "mailbox-title"));
    }
    areas
}

/// The header of a signed-in staff page: the areas of the role, the page being read marked as
/// current, and logging out in plain sight (a form, so it works without JavaScript).
#[component]
fn StaffMenu(signed_in: SignedIn) -> impl IntoView {
    let i18n = use_i18n();
    let demo = use_context::<crate::portal::server::Portal>().is_some_and(|p| p.demo);
    let here = use_location().pathname.get_untracked();
    let logout = ServerAction::<crate::pages::staff::workplace::Logout>::new();
    view! {
        <details class="site-menu">
            <summary>{t!(i18n, "menu")}</summary>
            <nav id="site-nav" class="site-nav" aria-label=t!(i18n, "staff-nav-label")>
                <ul>
                    {staff_areas(signed_in.role, demo)
                        .into_iter()
                        .map(|(path, title)| {
                            let href = i18n.href(path);
                            let current = (href == here).then_some("page");
                            view! { <li><a href=href aria-current=current>{i18n.loader().get(title)}</a></li> }
                        })
                        .collect_view()}
                </ul>
            </nav>
        </details>
        <Form action=logout class="site-logout">
            <input type="hidden" name="lang" value=i18n.lang().code()/>
            <button type="submit">{t!(i18n, "logout")}</button>
        </Form>
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
