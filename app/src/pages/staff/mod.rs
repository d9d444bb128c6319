//! Staff pages: login, the workplace, and administration.

pub mod admin;
pub mod audit;
pub mod departments;
pub mod login;
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
