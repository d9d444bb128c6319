//! Logins through the county's identity provider (OpenID Connect) between leaving for the
//! provider and coming back: the PKCE verifier and nonce wait here, found by the state's hash.

use chrono::{DateTime, Duration, Utc};

use crate::{
    audit::{self, NewAuditEvent},
    db::{sql, Db},
    error::DomainResult,
    secret::token_hash,
};

/// How long a started login may take at the provider.
pub const LIFETIME_MINUTES: i64 = 10;

#[derive(Clone, Debug, PartialEq, Eq, sqlx::FromRow)]
pub struct Pending {
    pub pkce_verifier: String,
    pub nonce: String,
    pub lang: String,
    /// The staff page that sent the visitor to log in, if any.
    pub return_to: Option<String>,
}

pub async fn begin(
    db: &Db,
    state: &str,
    pending: &Pending,
    now: DateTime<Utc>,
) -> DomainResult<()> {
    // Old, abandoned logins go as new ones come.
    sql!(
        db,
        execute,
        "DELETE FROM oidc_login WHERE created_at < $1",
        now - Duration::minutes(LIFETIME_MINUTES)
    )?;
    sql!(
        db,
        execute,
        "INSERT INTO oidc_login (state_hash, pkce_verifier, nonce, lang, return_to, created_at) VALUES ($1, $2, $3, $4, $5, $6)",
        token_hash(state),
        &pending.pkce_verifier,
        &pending.nonce,
        &pending.lang,
        &pending.return_to,
        now
    )?;
    Ok(())
}

/// The login a state belongs to, once: a replayed or stale state finds nothing.
pub async fn take(db: &Db, state: &str, now: DateTime<Utc>) -> DomainResult<Option<Pending>> {
    Ok(sql!(
        db, fetch_optional Pending,
        "DELETE FROM oidc_login WHERE state_hash = $1 AND created_at > $2 RETURNING pkce_verifier, nonce, lang, return_to",
        token_hash(state), now - Duration::minutes(LIFETIME_MINUTES)
    )?)
}

/// The member of staff the identity provider vouches for.
///
/// The provider's subject (with its issuer) is the person's lasting id. The first OIDC login of
/// an account binds it to the subject that came with its e-mail; from then on the account is
/// found by subject, so an e-mail address the provider later gives to someone else opens
/// nothing. An account already bound to another subject is refused. The binding and its audit
/// row are written together.
pub async fn staff_for_subject(
    db: &Db,
    county_id: i64,
    issuer: &str,
    subject: &str,
    email: &str,
    now: DateTime<Utc>,
) -> DomainResult<Option<crate::staff::Staff>> {
    use crate::{db::write_transaction, staff::Staff};
    const COLUMNS: &str = "id, county_id, full_name, email, role, active";
    let by_subject = format!(
        "SELECT {COLUMNS} FROM staff WHERE county_id = $1 AND oidc_issuer = $2 AND oidc_subject = $3"
    );
    if let Some(staff) = sql!(db, fetch_optional Staff, &by_subject, county_id, issuer, subject)? {
        return Ok(Some(staff).filter(|s| s.active));
    }
    let Ok(email) = crate::staff::normalize_email(email) else {
        return Ok(None);
    };
    let bind = format!(
        "UPDATE staff SET oidc_issuer = $1, oidc_subject = $2 \
         WHERE county_id = $3 AND email = $4 AND active AND oidc_subject IS NULL RETURNING {COLUMNS}"
    );
    let bound = write_transaction!(db, |tx| {
        let staff = sqlx::query_as::<_, Staff>(&bind)
            .bind(issuer)
            .bind(subject)
            .bind(county_id)
            .bind(&email)
            .fetch_optional(&mut *tx)
            .await?;
        if let Some(staff) = &staff {
            let event = NewAuditEvent::change(
                county_id,
                Some(staff.id),
                "staff.oidc.bind",
                ("staff", staff.id.to_string()),
                None,
                String::new(),
            );
            audit::record_in!(&mut *tx, &event, now);
        }
        staff
    });
    Ok(bound)
}
