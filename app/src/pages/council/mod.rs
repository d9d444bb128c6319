//! The OT-råd (youth council), for the public and its members: `/{lang}/ot-rad` (mandate, year
//! plan, members, OT's published answers, statements and minutes, and «join»), the application,
//! the members' one-time login (a code or a link with a button) and the members' pages
//! (hearings, input, support, comments, meetings). The coordinator's side is under
//! `pages::staff::council`. Member sessions are their own cookie and table: a member can never
//! open staff pages or young people's data.

mod member;
mod public;

pub use member::*;
pub use public::*;

use crate::error::AppError;

/// The member session's cookie, apart from the staff session's.
pub const MEMBER_COOKIE: &str = "neste_steg_council";

pub(crate) mod server {
    use chrono::Utc;
    use domain::council::{Member, Refusal};

    use super::MEMBER_COOKIE;
    use crate::{
        error::AppError,
        i18n::Lang,
        portal::server::{use_portal, Portal},
        session::server::{cookie_value, set_cookie},
    };

    /// The signed-in member with an active term, or `SignIn`.
    pub async fn require_member() -> Result<(Portal, Member), AppError> {
        let portal = use_portal()?;
        let token = cookie_value(MEMBER_COOKIE).ok_or(AppError::SignIn)?;
        let member = domain::council::member_session::resolve(
            &portal.db,
            &token,
            portal.session_policy,
            Utc::now(),
        )
        .await?
        .filter(|m| m.county_id == portal.county.id)
        .ok_or(AppError::SignIn)?;
        Ok((portal, member))
    }

    pub fn set_member_cookie(token: &str, secure: bool) {
        set_cookie(&format!(
            "{MEMBER_COOKIE}={token}; Path=/; HttpOnly; SameSite=Lax{}",
            if secure { "; Secure" } else { "" }
        ));
    }

    pub fn end_member_session(secure: bool) -> Option<String> {
        set_cookie(&format!(
            "{MEMBER_COOKIE}=; Path=/; HttpOnly; SameSite=Lax; Max-Age=0{}",
            if secure { "; Secure" } else { "" }
        ));
        cookie_value(MEMBER_COOKIE)
    }

    /// What a refusal means for the page.
    pub fn refused(refusal: Refusal) -> AppError {
        match refusal {
            Refusal::Forbidden => AppError::NotFound,
            Refusal::NotMember => AppError::SignIn,
            Refusal::Closed => AppError::Closed,
            Refusal::NotAllowed => AppError::Conflict,
            Refusal::Throttled => AppError::Throttled,
            Refusal::WrongCode { .. } => AppError::WrongCode,
            Refusal::Gone => AppError::CodeGone,
        }
    }

    /// `Ok` with the value, or the refusal as the page's error.
    pub fn accepted<T>(
        result: Result<Result<T, Refusal>, domain::DomainError>,
    ) -> Result<T, AppError> {
        result?.map_err(refused)
    }

    pub fn lang(code: &str) -> Lang {
        Lang::from_code(code).unwrap_or(Lang::DEFAULT)
    }

    /// Back to a council page in the page's language.
    pub fn go(lang: &str, path: &str) {
        leptos_axum::redirect(&format!("/{}/ot-rad{path}", self::lang(lang).code()));
    }
}

/// A refused or failed council request, as one line on the page.
pub(crate) fn refusal_text(i18n: &crate::i18n::I18n, err: &AppError) -> String {
    match err {
        AppError::Closed => crate::t!(i18n, "council-closed-error"),
        AppError::Conflict => crate::t!(i18n, "council-not-allowed"),
        other => i18n.loader().get(other.message_id()),
    }
}
