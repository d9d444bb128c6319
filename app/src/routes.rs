//! The routes and the HTML document around them, rendered on the server only: with islands,
//! the browser never routes, and every link is a plain page load.

use leptos::prelude::*;
use leptos_meta::{provide_meta_context, Meta, Title};
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
        council::{
            ApplyPage, CouncilCodePage, CouncilHearingPage, CouncilLinkPage, CouncilLoginPage,
            CouncilMemberPage, CouncilPage,
        },
        figures::FiguresPage,
        home::HomePage,
        info::{Info, InfoPage},
        not_found::NotFound,
        staff::{
            admin::AdministrationPage,
            answers::{AnswerReviewPage, AnswersPage},
            audit::AuditPage,
            availability::AvailabilityPage,
            bookings::{BookingsPage, ProposePage},
            call_list::CallListPage,
            contact_requests::{ContactRequestsPage, NewContactRequestPage},
            council::{CouncilAdminPage, CouncilHearingAdminPage, CouncilMeetingAdminPage},
            demo_mailbox::DemoMailboxPage,
            departments::DepartmentsPage,
            import::{ImportPage, ImportPreviewPage},
            login::LoginPage,
            numbers::StaffNumbersPage,
            workplace::WorkplacePage,
        },
    },
    portal, t,
};

/// The HTML document around the app, rendered only on the server.
pub fn shell(options: LeptosOptions) -> impl IntoView {
    use leptos_meta::MetaTags;

    let _ = options;
    // Islands mode: no hydration markers outside the islands (as `HydrationScripts` would set).
    if let Some(context) = Owner::current_shared_context() {
        context.set_is_hydrating(false);
    }
    let islands = island_loader();

    let i18n = use_i18n();
    let lang = i18n.lang();
    let stylesheet = use_context::<portal::server::Portal>()
        .map(|p| p.stylesheet_href)
        .unwrap_or_default();
    view! {
        <!DOCTYPE html>
        <html lang=lang.code() dir=lang.dir()>
            <head>
                <meta charset="utf-8"/>
                <meta name="viewport" content="width=device-width, initial-scale=1"/>
                <meta name="color-scheme" content="light"/>
                <link rel="stylesheet" href=stylesheet/>
                <link rel="icon" href="/favicon.svg" type="image/svg+xml"/>
                <MetaTags/>
            </head>
            <body>
                <App/>
                {islands}
            </body>
        </html>
    }
}

/// Leptos's island script, run only when the page has an island: a page without one fetches
/// neither the JS glue nor the WASM. (Leptos's `HydrationScripts` would preload both on every
/// page, and whether a page has an island is known only once its body has rendered.)
fn island_loader() -> impl IntoView {
    let files = use_context::<portal::server::Portal>()
        .map(|p| p.island_files)
        .unwrap_or_default();
    let nonce = leptos::nonce::use_nonce();
    let call = format!(
        "if (document.querySelector(\"leptos-island\")) {{ ({})(\"\", {:?}, {:?}, {:?}); }}",
        include_str!("island_script.js"),
        files.pkg,
        files.js,
        files.wasm
    );
    view! { <script type="module" nonce=nonce>{call}</script> }
}

#[component]
pub fn App() -> impl IntoView {
    provide_meta_context();
    let i18n = use_i18n();
    let service = t!(i18n, "service-name");
    // What search results and shared links show under the title: what OT offers, in the
    // page's language (the front page's lead says it).
    let description = t!(i18n, "home-lead");
    view! {
        <Meta name="description" content=description/>
        // Every page's title passes here, and only here is it escaped: leptos_meta writes the
        // title into the head as it is (see `raw_text`), and names and hearing titles reach it.
        <Title formatter=move |page: String| crate::components::form::raw_text(&format!("{page} – {service}"))/>
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
                    <Route path=path!("bestill/bekreft/:token/ny-tid") view=|| view! { <BookPage from=BookFrom::Retry/> } ssr=SsrMode::Async/>
                    <Route path=path!("svar/:token/bestill") view=|| view! { <BookPage from=BookFrom::Answer/> } ssr=SsrMode::Async/>
                    <Route path=path!("bestilling/:token") view=BookingPage ssr=SsrMode::Async/>
                    <Route path=path!("bestilling/:token/flytt") view=|| view! { <BookPage from=BookFrom::Move/> } ssr=SsrMode::Async/>
                    <Route path=path!("ot-rad") view=CouncilPage ssr=SsrMode::Async/>
                    <Route path=path!("ot-rad/bli-med") view=ApplyPage ssr=SsrMode::Async/>
                    <Route path=path!("ot-rad/logg-inn") view=CouncilLoginPage ssr=SsrMode::Async/>
                    <Route path=path!("ot-rad/logg-inn/:page") view=CouncilCodePage ssr=SsrMode::Async/>
                    <Route path=path!("ot-rad/lenke/:link") view=CouncilLinkPage ssr=SsrMode::Async/>
                    <Route path=path!("ot-rad/medlem") view=CouncilMemberPage ssr=SsrMode::Async/>
                    <Route path=path!("ot-rad/medlem/horing/:id") view=CouncilHearingPage ssr=SsrMode::Async/>
                    <Route path=path!("staff") view=WorkplacePage ssr=SsrMode::Async/>
                    <Route path=path!("staff/login") view=LoginPage ssr=SsrMode::Async/>
                    <Route path=path!("staff/admin") view=AdministrationPage ssr=SsrMode::Async/>
                    <Route path=path!("staff/audit") view=AuditPage ssr=SsrMode::Async/>
                    <Route path=path!("staff/numbers") view=StaffNumbersPage ssr=SsrMode::Async/>
                    <Route path=path!("staff/admin/departments") view=DepartmentsPage ssr=SsrMode::Async/>
                    <Route path=path!("staff/admin/departments/:slug") view=DepartmentsPage ssr=SsrMode::Async/>
                    <Route path=path!("staff/contact-requests") view=ContactRequestsPage ssr=SsrMode::Async/>
                    <Route path=path!("staff/call-list") view=CallListPage ssr=SsrMode::Async/>
                    <Route path=path!("staff/bookings") view=BookingsPage ssr=SsrMode::Async/>
                    <Route path=path!("staff/bookings/:id/propose") view=ProposePage ssr=SsrMode::Async/>
                    <Route path=path!("staff/availability") view=AvailabilityPage ssr=SsrMode::Async/>
                    <Route path=path!("staff/contact-requests/new") view=NewContactRequestPage ssr=SsrMode::Async/>
                    <Route path=path!("staff/contact-requests/import") view=ImportPage ssr=SsrMode::Async/>
                    <Route path=path!("staff/contact-requests/import/:id") view=ImportPreviewPage ssr=SsrMode::Async/>
                    <Route path=path!("staff/answers") view=AnswersPage ssr=SsrMode::Async/>
                    <Route path=path!("staff/answers/:id") view=AnswerReviewPage ssr=SsrMode::Async/>
                    <Route path=path!("staff/demo-mailbox") view=DemoMailboxPage ssr=SsrMode::Async/>
                    <Route path=path!("staff/council") view=CouncilAdminPage ssr=SsrMode::Async/>
                    <Route path=path!("staff/council/hearings/:id") view=CouncilHearingAdminPage ssr=SsrMode::Async/>
                    <Route path=path!("staff/council/meetings/:id") view=CouncilMeetingAdminPage ssr=SsrMode::Async/>
                    <Route path=path!("tall") view=FiguresPage ssr=SsrMode::Async/>
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
