//! Logins through the county's identity provider (OpenID Connect) between leaving for the
//! provider and coming back: the PKCE verifier and nonce wait here, found by the state's hash.

use chrono::{DateTime, Duration, Utc};

use crate::{
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
        "INSERT INTO oidc_login (state_hash, pkce_verifier, nonce, lang, created_at) VALUES ($1, $2, $3, $4, $5)",
        token_hash(state),
        &pending.pkce_verifier,
        &pending.nonce,
        &pending.lang,
        now
    )?;
    Ok(())
}

/// The login a state belongs to, once: a replayed or stale state finds nothing.
pub async fn take(db: &Db, state: &str, now: DateTime<Utc>) -> DomainResult<Option<Pending>> {
    Ok(sql!(
        db, fetch_optional Pending,
        "DELETE FROM oidc_login WHERE state_hash = $1 AND created_at > $2 RETURNING pkce_verifier, nonce, lang",
        token_hash(state), now - Duration::minutes(LIFETIME_MINUTES)
    )?)
}
