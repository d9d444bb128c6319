//! Staff pages: login, the workplace, and administration.

#[cfg(feature = "ssr")]
pub mod admin;
#[cfg(feature = "ssr")]
pub mod answers;
#[cfg(feature = "ssr")]
pub mod audit;
#[cfg(feature = "ssr")]
pub mod availability;
#[cfg(feature = "ssr")]
pub mod bookings;
#[cfg(feature = "ssr")]
pub mod contact_requests;
#[cfg(feature = "ssr")]
pub mod demo_mailbox;
#[cfg(feature = "ssr")]
pub mod departments;
#[cfg(feature = "ssr")]
pub mod import;
#[cfg(feature = "ssr")]
pub mod login;
#[cfg(feature = "ssr")]
pub mod workplace;

use crate::{i18n::I18n, t};

/// What the browser build has in place of the staff pages. They are never rendered there: staff
/// pages are served without hydration, and links into the staff area load a new page
/// (`rel="external"`), so the client router never navigates to one.
#[cfg(not(feature = "ssr"))]
pub mod browser_stand_ins {
    use leptos::prelude::*;

    #[component]
    pub fn WorkplacePage() -> impl IntoView {}
    #[component]
    pub fn LoginPage() -> impl IntoView {}
    #[component]
    pub fn AdministrationPage() -> impl IntoView {}
    #[component]
    pub fn AuditPage() -> impl IntoView {}
    #[component]
    pub fn DepartmentsPage() -> impl IntoView {}
    #[component]
    pub fn ContactRequestsPage() -> impl IntoView {}
    #[component]
    pub fn NewContactRequestPage() -> impl IntoView {}
    #[component]
    pub fn AnswersPage() -> impl IntoView {}
    #[component]
    pub fn AnswerReviewPage() -> impl IntoView {}
    #[component]
    pub fn DemoMailboxPage() -> impl IntoView {}
    #[component]
    pub fn ImportPage() -> impl IntoView {}
    #[component]
    pub fn ImportPreviewPage() -> impl IntoView {}
    #[component]
    pub fn BookingsPage() -> impl IntoView {}
    #[component]
    pub fn ProposePage() -> impl IntoView {}
    #[component]
    pub fn AvailabilityPage() -> impl IntoView {}
}

/// What a staff page shows when its data is refused: the login page for «sign in», otherwise
/// the error's message.
#[cfg(feature = "ssr")]
pub fn refusal(i18n: &I18n, err: crate::error::AppError) -> leptos::prelude::AnyView {
    use leptos::prelude::*;
    use leptos_router::components::Redirect;
    match err {
        crate::error::AppError::SignIn => {
            view! { <Redirect path=i18n.href("/staff/login")/> }.into_any()
        }
        err => view! { <p class="error-message" role="alert">{i18n.loader().get(err.message_id())}</p> }
            .into_any(),
    }
}

/// A role's name in the page's language.
pub fn role_label(i18n: &I18n, role: &str) -> String {
    match role {
        "advisor" => t!(i18n, "role-advisor"),
        "coordinator" => t!(i18n, "role-coordinator"),
        "council_coordinator" => t!(i18n, "role-council_coordinator"),
        _ => t!(i18n, "role-administrator"),
    }
}
