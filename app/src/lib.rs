//! Neste steg's pages, components and server functions.
//!
//! Built twice: with `ssr` into the server (rendering pages, running server functions), and with
//! `hydrate` into the WASM that makes the same pages interactive. Nothing that runs in the
//! browser may depend on sqlx, tokio or axum.

#[cfg(feature = "ssr")]
pub mod calendar;
pub mod components;
pub mod error;
pub mod i18n;
#[cfg(feature = "ssr")]
pub mod messages;
pub mod pages;
pub mod portal;
pub mod session;

use leptos::prelude::*;
use leptos_meta::{provide_meta_context, Title};
use leptos_router::{
    components::{Outlet, ParentRoute, Route, Router, Routes},
    hooks::use_params_map,
    path, SsrMode,
};

use crate::{
    components::layout::Layout,
    i18n::{use_i18n, Lang},
    pages::{
        answer::{AnswerPage, LetterCodePage, Step},
        booking::{BookFrom, BookPage, BookingCodePage, BookingPage},
        contact::ContactPage,
        home::HomePage,
        info::{Info, InfoPage},
        not_found::NotFound,
        planned::{Planned, PlannedPage},
    },
};

// Staff pages are server-rendered forms and are never hydrated (see `shell`): the browser build
// gets empty stand-ins, so the WASM that young people download carries none of their code.
#[cfg(not(feature = "ssr"))]
use crate::pages::staff::browser_stand_ins::{
    AdministrationPage, AnswerReviewPage, AnswersPage, AuditPage, AvailabilityPage, BookingsPage,
    ContactRequestsPage, DemoMailboxPage, DepartmentsPage, ImportPage, ImportPreviewPage,
    LoginPage, NewContactRequestPage, ProposePage, WorkplacePage,
};
#[cfg(feature = "ssr")]
use crate::pages::staff::{
    admin::AdministrationPage,
    answers::{AnswerReviewPage, AnswersPage},
    audit::AuditPage,
    availability::AvailabilityPage,
    bookings::{BookingsPage, ProposePage},
    contact_requests::{ContactRequestsPage, NewContactRequestPage},
    demo_mailbox::DemoMailboxPage,
    departments::DepartmentsPage,
    import::{ImportPage, ImportPreviewPage},
    login::LoginPage,
    workplace::WorkplacePage,
};

/// Whether a path is in one of `areas` (`/staff`, `/svar` …), with or without its language.
pub fn in_area(path: &str, areas: &[&str]) -> bool {
    let rest = match i18n::Lang::from_path(path) {
        Some(lang) => &path[1 + lang.code().len()..],
        None => path,
    };
    areas
        .iter()
        .any(|area| rest == *area || rest.strip_prefix(area).is_some_and(|r| r.starts_with('/')))
}

/// Whether a path is served as plain server-rendered forms without the WASM: the staff area,
/// the answer flow (`/svar…`) and booking (`/bestill`, `/bestilling/…`).
pub fn is_server_only_path(path: &str) -> bool {
    in_area(path, &["/staff", "/svar", "/bestill", "/bestilling"])
}

/// Whether `target` is a path on this site that a redirect may send someone to: one of our own
/// absolute paths, never `//host`, a backslash trick or another scheme.
pub fn is_return_path(target: &str) -> bool {
    target.starts_with('/')
        && !target.starts_with("//")
        && target
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || "/-_.~%?=&".contains(c))
}

/// Whether a login may return to `target`: a staff page of this site.
pub fn is_staff_return(target: &str) -> bool {
    is_return_path(target) && is_staff_path(target.split('?').next().unwrap_or(""))
}

/// Whether a path is in the staff area, which speaks only `Lang::STAFF`.
pub fn is_staff_path(path: &str) -> bool {
    in_area(path, &["/staff"])
}

/// The HTML document around the app, rendered only on the server.
#[cfg(feature = "ssr")]
pub fn shell(options: LeptosOptions) -> impl IntoView {
    use leptos::hydration::HydrationScripts;
    use leptos_meta::MetaTags;

    let i18n = use_i18n();
    let lang = i18n.lang();
    let stylesheet = use_context::<portal::server::Portal>()
        .map(|p| p.stylesheet_href)
        .unwrap_or_default();
    let hydrate =
        !use_context::<http::request::Parts>().is_some_and(|p| is_server_only_path(p.uri.path()));
    view! {
        <!DOCTYPE html>
        <html lang=lang.code() dir=lang.dir()>
            <head>
                <meta charset="utf-8"/>
                <meta name="viewport" content="width=device-width, initial-scale=1"/>
                <meta name="color-scheme" content="light"/>
                <link rel="stylesheet" href=stylesheet/>
                {hydrate.then(|| view! {
                    <script
                        type="application/json"
                        id=i18n::MESSAGES_ELEMENT_ID
                        inner_html=i18n::server::messages_json(lang)
                    ></script>
                    <script
                        type="application/json"
                        id=portal::SERVICE_INFO_ELEMENT_ID
                        inner_html=portal::service_info_json(&portal::use_service_info())
                    ></script>
                    <HydrationScripts options/>
                })}
                <MetaTags/>
            </head>
            <body>
                <App/>
            </body>
        </html>
    }
}

#[component]
pub fn App() -> impl IntoView {
    provide_meta_context();
    let i18n = use_i18n();
    let service = t!(i18n, "service-name");
    view! {
        <Title formatter=move |page: String| format!("{page} – {service}")/>
        <Router>
            <Routes fallback=|| view! { <Layout><NotFound/></Layout> }>
                // Async: every page arrives complete, so it works before (or without) the WASM.
                <ParentRoute path=path!("/:lang") view=LangLayout ssr=SsrMode::Async>
                    <Route path=path!("") view=HomePage ssr=SsrMode::Async/>
                    <Route path=path!("kontakt") view=ContactPage ssr=SsrMode::Async/>
                    <Route path=path!("svar") view=LetterCodePage ssr=SsrMode::Async/>
                    <Route path=path!("svar/:token") view=|| view! { <AnswerPage step=Step::Welcome/> } ssr=SsrMode::Async/>
                    <Route path=path!("svar/:token/aktivitet") view=|| view! { <AnswerPage step=Step::Activity/> } ssr=SsrMode::Async/>
                    <Route path=path!("svar/:token/detaljer") view=|| view! { <AnswerPage step=Step::Details/> } ssr=SsrMode::Async/>
                    <Route path=path!("svar/:token/kontakt") view=|| view! { <AnswerPage step=Step::Contact/> } ssr=SsrMode::Async/>
                    <Route path=path!("svar/:token/kvittering") view=|| view! { <AnswerPage step=Step::Receipt/> } ssr=SsrMode::Async/>
                    <Route path=path!("rettigheter") view=|| view! { <InfoPage info=Info::Rights/> } ssr=SsrMode::Async/>
                    <Route path=path!("foresatte") view=|| view! { <InfoPage info=Info::Guardians/> } ssr=SsrMode::Async/>
                    <Route path=path!("tilbud") view=|| view! { <InfoPage info=Info::Offers/> } ssr=SsrMode::Async/>
                    <Route path=path!("oppfolging") view=|| view! { <InfoPage info=Info::FollowUp/> } ssr=SsrMode::Async/>
                    <Route path=path!("bestill") view=|| view! { <BookPage from=BookFrom::Public/> } ssr=SsrMode::Async/>
                    <Route path=path!("bestill/bekreft/:token") view=BookingCodePage ssr=SsrMode::Async/>
                    <Route path=path!("svar/:token/bestill") view=|| view! { <BookPage from=BookFrom::Answer/> } ssr=SsrMode::Async/>
                    <Route path=path!("bestilling/:token") view=BookingPage ssr=SsrMode::Async/>
                    <Route path=path!("bestilling/:token/flytt") view=|| view! { <BookPage from=BookFrom::Move/> } ssr=SsrMode::Async/>
                    <Route path=path!("ot-rad") view=|| view! { <PlannedPage topic=Planned::Council/> }/>
                    <Route path=path!("staff") view=WorkplacePage ssr=SsrMode::Async/>
                    <Route path=path!("staff/login") view=LoginPage ssr=SsrMode::Async/>
                    <Route path=path!("staff/admin") view=AdministrationPage ssr=SsrMode::Async/>
                    <Route path=path!("staff/audit") view=AuditPage ssr=SsrMode::Async/>
                    <Route path=path!("staff/admin/departments") view=DepartmentsPage ssr=SsrMode::Async/>
                    <Route path=path!("staff/admin/departments/:slug") view=DepartmentsPage ssr=SsrMode::Async/>
                    <Route path=path!("staff/contact-requests") view=ContactRequestsPage ssr=SsrMode::Async/>
                    <Route path=path!("staff/bookings") view=BookingsPage ssr=SsrMode::Async/>
                    <Route path=path!("staff/bookings/:id/propose") view=ProposePage ssr=SsrMode::Async/>
                    <Route path=path!("staff/availability") view=AvailabilityPage ssr=SsrMode::Async/>
                    <Route path=path!("staff/contact-requests/new") view=NewContactRequestPage ssr=SsrMode::Async/>
                    <Route path=path!("staff/contact-requests/import") view=ImportPage ssr=SsrMode::Async/>
                    <Route path=path!("staff/contact-requests/import/:id") view=ImportPreviewPage ssr=SsrMode::Async/>
                    <Route path=path!("staff/answers") view=AnswersPage ssr=SsrMode::Async/>
                    <Route path=path!("staff/answers/:id") view=AnswerReviewPage ssr=SsrMode::Async/>
                    <Route path=path!("staff/demo-mailbox") view=DemoMailboxPage ssr=SsrMode::Async/>
                    <Route path=path!("personvern") view=|| view! { <InfoPage info=Info::Privacy/> } ssr=SsrMode::Async/>
                    <Route path=path!("tilgjengelighet") view=|| view! { <InfoPage info=Info::Accessibility/> } ssr=SsrMode::Async/>
                </ParentRoute>
            </Routes>
        </Router>
    }
}

/// The frame for every `/{lang}/…` page; an unknown language prefix is a 404.
#[component]
fn LangLayout() -> impl IntoView {
    let params = use_params_map();
    let known = move || {
        params.with(|p| {
            p.get("lang")
                .and_then(|code| Lang::from_code(&code))
                .is_some()
        })
    };
    view! {
        <Layout>
            <Show when=known fallback=|| view! { <NotFound/> }>
                <Outlet/>
            </Show>
        </Layout>
    }
}

/// The browser's entry point, called by the `frontend` crate once the WASM has loaded.
#[cfg(feature = "hydrate")]
pub fn hydrate() {
    let i18n = i18n::browser::i18n_from_document();
    let service_info = portal::service_info_from_document();
    leptos::mount::hydrate_body(move || {
        provide_context(i18n.clone());
        if let Some(info) = service_info.clone() {
            provide_context(info);
        }
        view! { <App/> }
    });
}

#[cfg(test)]
mod tests {
    use super::{is_server_only_path, is_staff_path};

    #[test]
    fn the_server_only_areas_are_recognised_in_every_language() {
        for path in [
            "/nb/staff",
            "/nn/staff/login",
            "/en/staff/admin/departments/horten",
            "/staff",
            "/nb/svar",
            "/nn/svar/abc/aktivitet",
            "/nb/bestill",
            "/ar/bestilling/abc/flytt",
        ] {
            assert!(is_server_only_path(path), "{path}");
        }
        for path in [
            "/nb",
            "/nb/kontakt",
            "/nb/staffe",
            "/nb/svaret",
            "/nb/bestillinger",
        ] {
            assert!(!is_server_only_path(path), "{path}");
        }
        assert!(is_staff_path("/se/staff/bookings") && !is_staff_path("/se/bestill"));
    }

    #[test]
    fn return_paths_stay_on_this_site() {
        use super::is_return_path;
        assert!(is_return_path("/nb/staff/bookings?day=2026-12-03"));
        for evil in [
            "//evil.example",
            "https://evil.example",
            "/\\evil",
            "javascript:x",
            "/nb/<x>",
        ] {
            assert!(!is_return_path(evil), "{evil}");
        }
    }
}
