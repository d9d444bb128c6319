//! Staff pages: login, the workplace, and administration.

pub mod admin;
pub mod audit;
pub mod login;
pub mod workplace;

use crate::{i18n::I18n, t};

/// A role's name in the page's language.
pub fn role_label(i18n: &I18n, role: &str) -> String {
    match role {
        "advisor" => t!(i18n, "role-advisor"),
        "coordinator" => t!(i18n, "role-coordinator"),
        "council_coordinator" => t!(i18n, "role-council_coordinator"),
        _ => t!(i18n, "role-administrator"),
    }
}
