//! What the server hands every page and server function: the database and the county it serves.

use serde::{Deserialize, Serialize};

/// The public face of the county's OT, as the header and footer show it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ServiceInfo {
    pub service_name: String,
    pub phone: String,
    pub email: String,
}

#[cfg(feature = "ssr")]
pub mod server {
    use leptos::prelude::*;

    use crate::error::AppError;

    /// Server-side state for pages and server functions; provided per request by the server.
    #[derive(Clone, Debug)]
    pub struct Portal {
        pub db: domain::Db,
        pub county: domain::county::County,
        /// The stylesheet's URL, with the content hash in its name.
        pub stylesheet_href: String,
        pub session_policy: domain::session::SessionPolicy,
        pub throttle_policy: domain::login::ThrottlePolicy,
        /// Wrong link tokens and letter codes allowed per address.
        pub link_throttle: domain::answer::LinkThrottle,
        /// The origin browsers see (`https://ot.example.no`): links in messages start with it.
        pub public_origin: String,
        /// Link lifetime, reminders and the call list for contact requests.
        pub contact_policy: domain::contact_request::ContactPolicy,
        /// Demo mode: demo data, and the demo mailbox readable by staff.
        pub demo: bool,
        /// Staff can log in with the county's identity provider.
        pub oidc_login: bool,
        /// Staff can log in with a local password.
        pub local_login: bool,
        /// The reverse proxy's client-address header, when one is trusted.
        pub client_ip_header: Option<String>,
        /// Cookies get `Secure` when the public origin is https.
        pub secure_cookies: bool,
    }

    pub fn use_portal() -> Result<Portal, AppError> {
        use_context::<Portal>().ok_or_else(|| {
            tracing::error!("Portal missing from the request context");
            AppError::Internal
        })
    }
}

/// The county's OT name and contact, for the header and footer of every page.
#[leptos::server(prefix = "/api", endpoint = "service-info")]
pub async fn get_service_info() -> Result<ServiceInfo, crate::error::AppError> {
    let portal = server::use_portal()?;
    Ok(ServiceInfo {
        service_name: portal.county.service_name,
        phone: portal.county.phone,
        email: portal.county.email,
    })
}
