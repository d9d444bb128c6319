//! Staff pages: login, the workplace, and administration.

pub mod admin;
pub mod answers;
pub mod audit;
pub mod availability;
pub mod bookings;
pub mod contact_requests;
pub mod demo_mailbox;
pub mod departments;
pub mod import;
pub mod login;
pub mod workplace;

use crate::{i18n::I18n, t};

/// What a staff page shows when its data is refused: the login page for «sign in», otherwise
/// the error's message.
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
