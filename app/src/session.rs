//! Who is asking: the staff session behind the request's cookie. Server only; every staff
//! server function starts here.

use serde::{Deserialize, Serialize};

/// The signed-in member of staff, as pages see them.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Me {
    pub full_name: String,
    pub email: String,
    pub role: domain::staff::Role,
    pub departments: Vec<String>,
}

/// The role of whoever is signed in on this staff page, known before the page renders (the
/// staff gate has looked the session up): the header's staff menu and its way out. The pages'
/// server functions still check the session themselves.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SignedIn {
    pub role: domain::staff::Role,
}

#[cfg(feature = "ssr")]
pub mod server {
    use chrono::Utc;
    use http::{header, HeaderValue};
    use leptos::prelude::*;

    use crate::{
        error::AppError,
        portal::server::{use_portal, Portal},
    };

    pub const SESSION_COOKIE: &str = "neste_steg_session";

    pub fn cookie_value(name: &str) -> Option<String> {
        let parts = use_context::<http::request::Parts>()?;
        let header = parts.headers.get(header::COOKIE)?.to_str().ok()?;
        header
            .split(';')
            .filter_map(|pair| pair.trim().split_once('='))
            .find(|(n, _)| *n == name)
            .map(|(_, v)| v.to_string())
    }

    /// The client's address, for throttling: the trusted proxy's header when one is configured
    /// (its last entry, the one the proxy itself added), else the socket's peer.
    pub fn client_ip() -> String {
        let parts = use_context::<http::request::Parts>();
        let header = use_context::<Portal>().and_then(|p| p.client_ip_header);
        let from_proxy = parts.as_ref().zip(header).and_then(|(p, name)| {
            p.headers
                .get_all(name.as_str())
                .iter()
                .filter_map(|v| v.to_str().ok())
                .flat_map(|v| v.split(','))
                .map(str::trim)
                .rfind(|v| !v.is_empty())
                .map(str::to_string)
        });
        from_proxy
            .or_else(|| {
                parts.and_then(|p| {
                    p.extensions
                        .get::<axum::extract::ConnectInfo<std::net::SocketAddr>>()
                        .map(|c| c.0.ip().to_string())
                })
            })
            .unwrap_or_else(|| "unknown".into())
    }

    /// The signed-in, active member of staff, or `SignIn`.
    pub async fn require_staff() -> Result<(Portal, domain::staff::Staff), AppError> {
        let portal = use_portal()?;
        let token = cookie_value(SESSION_COOKIE).ok_or(AppError::SignIn)?;
        let staff = domain::session::resolve(&portal.db, &token, portal.session_policy, Utc::now())
            .await?
            .filter(|s| s.county_id == portal.county.id)
            .ok_or(AppError::SignIn)?;
        Ok((portal, staff))
    }

    /// The signed-in administrator; everyone else learns nothing, not even that the page exists.
    pub async fn require_administrator() -> Result<(Portal, domain::staff::Staff), AppError> {
        let (portal, staff) = require_staff().await?;
        if staff.role != domain::staff::Role::Administrator {
            return Err(AppError::NotFound);
        }
        Ok((portal, staff))
    }

    /// The signed-in, active council coordinator; everyone else learns nothing, not even that
    /// the council's staff pages exist.
    pub async fn require_council_coordinator() -> Result<(Portal, domain::staff::Staff), AppError> {
        let (portal, staff) = require_staff().await?;
        if staff.role != domain::staff::Role::CouncilCoordinator || !staff.active {
            return Err(AppError::NotFound);
        }
        Ok((portal, staff))
    }

    /// Someone who works with young people's data: an advisor (their own departments) or a
    /// coordinator (the county). Everyone else gets «not found».
    pub async fn require_youth_access(
    ) -> Result<(Portal, domain::staff::Staff, domain::contact_request::Scope), AppError> {
        let (portal, staff) = require_staff().await?;
        let scope = domain::contact_request::Scope::of(&staff).ok_or(AppError::NotFound)?;
        Ok((portal, staff, scope))
    }

    /// Records a read or change of personal data (or of an account) in the audit log.
    pub async fn audit(
        portal: &Portal,
        staff: &domain::staff::Staff,
        action: &'static str,
        subject: (&'static str, String),
        department_id: Option<i64>,
        detail: String,
    ) -> Result<(), AppError> {
        let event = domain::audit::NewAuditEvent {
            county_id: portal.county.id,
            staff_id: Some(staff.id),
            department_id,
            action,
            subject_type: subject.0,
            subject_id: subject.1,
            detail,
        };
        Ok(domain::audit::record(&portal.db, &event, Utc::now()).await?)
    }

    pub fn set_session_cookie(token: &str, secure: bool) {
        set_cookie(&format!(
            "{SESSION_COOKIE}={token}; Path=/; HttpOnly; SameSite=Lax{}",
            if secure { "; Secure" } else { "" }
        ));
    }

    pub fn clear_session_cookie(secure: bool) {
        set_cookie(&format!(
            "{SESSION_COOKIE}=; Path=/; HttpOnly; SameSite=Lax; Max-Age=0{}",
            if secure { "; Secure" } else { "" }
        ));
    }

    pub fn set_cookie(value: &str) {
        if let (Some(response), Ok(value)) = (
            use_context::<leptos_axum::ResponseOptions>(),
            HeaderValue::from_str(value),
        ) {
            response.append_header(header::SET_COOKIE, value);
        }
    }

    pub fn session_token() -> Option<String> {
        cookie_value(SESSION_COOKIE)
    }
}
