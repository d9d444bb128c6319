//! A kept form: what a person typed into a form that the server refused, kept for the one page
//! they are sent back to, so that a mistake never wipes what was typed.
//!
//! Without JavaScript a refused form is answered with a redirect back to its page. The values
//! could ride along in the address, but a mobile number in a URL ends up in logs and browser
//! history; so they are kept here instead, under the hash of a random token in a cookie, for
//! 15 minutes, and read once. Passwords are never kept, and the page is kept only as a hash:
//! its path can hold a live answer or booking link (`/nb/svar/{token}/kontakt`).

use chrono::{DateTime, Duration, Utc};

use crate::{
    db::{sql, Db},
    error::DomainResult,
    secret,
};

/// How long a refused form waits for its page to be shown again.
pub const LIFETIME: Duration = Duration::minutes(15);

/// Form fields never kept: what a password field holds, and link tokens, which the page
/// carries itself and which are stored only hashed.
pub fn is_kept(field: &str) -> bool {
    !(field.contains("password") || field == "token")
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct KeptForm {
    /// The page (path and query) the person is sent back to.
    pub page: String,
    /// The server function the form posted to.
    pub action: String,
    /// The error it answered with, in the server function's own encoding.
    pub error: String,
    /// The values in the order posted; fields `is_kept` refuses are left out.
    pub fields: Vec<(String, String)>,
}

#[derive(sqlx::FromRow)]
struct Row {
    action: String,
    error: String,
    fields: String,
}

/// Keeps `form` until `now + LIFETIME`; the returned token goes into the browser's cookie.
pub async fn keep(db: &Db, form: &KeptForm, now: DateTime<Utc>) -> DomainResult<String> {
    let token = secret::new_token();
    let fields = form_urlencoded::Serializer::new(String::new())
        .extend_pairs(form.fields.iter().filter(|(name, _)| is_kept(name)))
        .finish();
    sql!(
        db,
        execute,
        "DELETE FROM kept_form WHERE expires_at < $1",
        now
    )?;
    sql!(
        db,
        execute,
        "INSERT INTO kept_form (token_hash, page, action, error, fields, expires_at) VALUES ($1, $2, $3, $4, $5, $6)",
        secret::token_hash(&token),
        secret::token_hash(&form.page),
        &form.action,
        &form.error,
        fields,
        now + LIFETIME,
    )?;
    Ok(token)
}

/// The form kept under `token` for `page`, once: it is gone after this. Another page, an
/// expired form or an unknown token get nothing (and a kept form for another page stays).
pub async fn take(
    db: &Db,
    token: &str,
    page: &str,
    now: DateTime<Utc>,
) -> DomainResult<Option<KeptForm>> {
    let hash = secret::token_hash(token);
    // DELETE … RETURNING: two tabs opening the page at once cannot both get it.
    let row = sql!(
        db,
        fetch_optional Row,
        "DELETE FROM kept_form WHERE token_hash = $1 AND page = $2 AND expires_at >= $3 RETURNING action, error, fields",
        hash,
        secret::token_hash(page),
        now,
    )?;
    Ok(row.map(|row| KeptForm {
        page: page.to_string(),
        action: row.action,
        error: row.error,
        fields: form_urlencoded::parse(row.fields.as_bytes())
            .into_owned()
            .collect(),
    }))
}

#[cfg(test)]
mod tests {
    use super::is_kept;

    #[test]
    fn passwords_and_link_tokens_are_never_kept() {
        assert!(!is_kept("password"));
        assert!(!is_kept("new_password"));
        assert!(!is_kept("token"));
        assert!(is_kept("first_name"));
        assert!(is_kept("form[mobile]"));
        assert!(is_kept("code"));
    }
}
