//! Neste steg's pages, components and server functions.
//!
//! Built twice: with `ssr` into the server, which renders every page as HTML and runs the server
//! functions, and with `hydrate` into the WASM, which carries only the islands (`islands`): the
//! few components that do something in the browser. Nothing that runs in the browser may depend
//! on fluent, sqlx, tokio or axum (`scripts/test` checks it).

// The islands' view types nest deeply; the release build's layout queries need the room.
#![recursion_limit = "256"]

#[cfg(feature = "ssr")]
pub mod calendar;
#[cfg(feature = "ssr")]
pub mod components;
pub mod error;
pub mod i18n;
pub mod islands;
#[cfg(feature = "ssr")]
pub mod messages;
#[cfg(feature = "ssr")]
pub mod pages;
#[cfg(feature = "ssr")]
pub mod portal;
#[cfg(feature = "ssr")]
mod routes;
#[cfg(feature = "ssr")]
pub mod session;
pub mod slots;
#[cfg(feature = "ssr")]
pub mod words;

#[cfg(feature = "ssr")]
pub use routes::{shell, App};

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

/// The browser's entry point, called by the `frontend` crate once the WASM has loaded; the
/// island script then hydrates each `<leptos-island>` in the page.
#[cfg(feature = "hydrate")]
pub fn hydrate() {
    leptos::mount::hydrate_islands();
}

#[cfg(test)]
mod tests {
    use super::{in_area, is_staff_path};

    #[test]
    fn areas_are_recognised_in_every_language() {
        for path in [
            "/nb/staff",
            "/nn/staff/login",
            "/en/staff/admin/departments/horten",
            "/staff",
        ] {
            assert!(is_staff_path(path), "{path}");
        }
        for path in ["/nb", "/nb/kontakt", "/nb/staffe", "/se/bestill"] {
            assert!(!is_staff_path(path), "{path}");
        }
        assert!(in_area("/ar/bestilling/abc/flytt", &["/bestilling"]));
        assert!(!in_area("/nb/bestillinger", &["/bestilling"]));
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
