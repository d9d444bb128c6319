//! What the server hands every page and server function: the database and the county it serves.
//! Server only, like every page.

use serde::{Deserialize, Serialize};

/// The public face of the county's OT, as the header and footer show it, and what a printed
/// page needs besides: the site's public origin and today's date in Oslo.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ServiceInfo {
    /// The county's slug (`COUNTY`): content that belongs to one county is shown on its portal
    /// only.
    pub county: String,
    pub service_name: String,
    pub phone: String,
    pub email: String,
    pub public_origin: String,
    /// dd.mm.yyyy, as Norwegian letters are dated.
    pub today: String,
    /// How long data is kept, as the privacy page states it (from the configuration).
    pub retention: Retention,
}

/// The retention periods the privacy page names, in whole years of age and days.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Retention {
    /// Kept up to and including the year the young person turns this age.
    pub last_age: i64,
    /// Answer links work this many days.
    pub link_days: i64,
    pub booking_days: i64,
    pub booking_link_days: i64,
    pub message_days: i64,
}

impl Default for Retention {
    fn default() -> Self {
        Retention {
            last_age: 24,
            link_days: 30,
            booking_days: 365,
            booking_link_days: 14,
            message_days: 90,
        }
    }
}

impl ServiceInfo {
    fn of(portal: server::Portal) -> ServiceInfo {
        ServiceInfo {
            county: portal.county.slug,
            service_name: portal.county.service_name,
            phone: portal.county.phone,
            email: portal.county.email,
            public_origin: portal.public_origin,
            today: chrono::Utc::now()
                .with_timezone(&chrono_tz::Europe::Oslo)
                .format("%d.%m.%Y")
                .to_string(),
            retention: Retention {
                last_age: portal.retention_policy.last_age.into(),
                link_days: portal.contact_policy.link_days,
                booking_days: portal.retention_policy.bookings.num_days(),
                booking_link_days: portal.retention_policy.booking_links.num_days(),
                message_days: portal.retention_policy.outbox.num_days(),
            },
        }
    }
}

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
        pub island_files: IslandFiles,
        pub session_policy: domain::session::SessionPolicy,
        pub throttle_policy: domain::login::ThrottlePolicy,
        /// Wrong link tokens and letter codes allowed per address.
        pub link_throttle: domain::answer::LinkThrottle,
        /// The origin browsers see (`https://ot.example.no`): links in messages start with it.
        pub public_origin: String,
        /// Link lifetime, reminders and the call list for contact requests.
        pub contact_policy: domain::contact_request::ContactPolicy,
        /// How long a booking request holds its time.
        pub booking_policy: domain::booking::BookingPolicy,
        /// How long personal data is kept (the privacy page states it).
        pub retention_policy: domain::retention::RetentionPolicy,
        /// Limits and lifetime of the codes that confirm a public booking.
        pub verification_policy: domain::booking::verification::VerificationPolicy,
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
        /// OT-råd input unanswered this many days is highlighted for the coordinator.
        pub council_overdue_days: i64,
    }

    /// The built JS glue and WASM, by the names under `pkg` the build gave them.
    #[derive(Clone, Debug, Default)]
    pub struct IslandFiles {
        pub pkg: String,
        pub js: String,
        pub wasm: String,
    }

    pub fn use_portal() -> Result<Portal, AppError> {
        use_context::<Portal>().ok_or_else(|| {
            tracing::error!("Portal missing from the request context");
            AppError::Internal
        })
    }
}

/// The county's OT name and contact, without waiting, from the request's `Portal`. Every page's
/// header and footer need it, and a resource there would add two Suspense boundaries to every
/// page (see leptos-rs/leptos#4851: several on one page can leave an SSR response hanging).
pub fn use_service_info() -> ServiceInfo {
    leptos::prelude::use_context::<server::Portal>()
        .map(ServiceInfo::of)
        .unwrap_or_default()
}
